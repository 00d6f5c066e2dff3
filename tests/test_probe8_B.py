"""Interviews and oral histories (probe 8, helper B): initials that keep a
particle's small letter ("AvW:", "WdG:"), titles naming the interviewee in
German, Dutch, French or Spanish, and a White House interview's title naming
the President and a second guest. Invented texts, other names than the probe's."""

from __future__ import annotations

from test_exports_and_oral import encode, participants, said, xp

from encoder.plaintext import tei_to_text


def _who_by_label(tree: object) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for sp in xp(tree, "//t:sp"):  # type: ignore[arg-type]
        label = " ".join("".join(xp(sp, "t:speaker")[0].itertext()).split())
        out.setdefault(label, set()).add(sp.get("who"))
    return out


def _names_of(tree: object, who: str) -> list[str]:
    return participants(tree).get(who.lstrip("#"), [])  # type: ignore[arg-type]


# ------------------------------------- "Full Name (MvD):", then "MvD:"

KEYED_PARTICLE = (
    "---\n"
    "title: Una charla sobre faros\n"
    "date: 2031-05-02\n"
    "---\n"
    "Marten van Dijk (MvD): Bienvenida, Lucía. ¿Cómo estás?\n"
    "\n"
    "Lucía Prats (LP): Muy bien, gracias por invitarme.\n"
    "\n"
    "MvD: Hablemos de los faros del norte.\n"
    "\n"
    "LP: Con mucho gusto, es mi tema favorito.\n"
    "\n"
    "MvD: ¿Cuántos quedan en servicio?\n"
)


def test_particle_initials_in_parentheses_name_the_later_label() -> None:
    tree = encode(KEYED_PARTICLE)
    who = _who_by_label(tree)
    assert len(said(tree)) == 5
    assert who["MvD:"] == who["Marten van Dijk (MvD):"]
    assert who["LP:"] == who["Lucía Prats (LP):"]
    assert len({w for ws in who.values() for w in ws}) == 2


# ------------------------------------- a Dutch title and a particle in the initials

DUTCH = (
    "Interview met Geert van Leeuwen\n"
    "Interviewer: Femke Jansen\n"
    "Datum: 7 juni 2012\n"
    "\n"
    "FJ: Waar woonde u als kind?\n"
    "GvL: Aan de Zuiderhaven, boven de bakkerij.\n"
    "FJ: En uw ouders?\n"
    "GvL: Mijn vader repareerde netten. [lacht]\n"
)


def test_dutch_title_names_the_narrator_labelled_with_particle_initials() -> None:
    tree = encode(DUTCH)
    who = _who_by_label(tree)
    assert len(said(tree)) == 4
    (narrator,) = who["GvL:"]
    assert narrator == "#geert-van-leeuwen"
    assert _names_of(tree, narrator)[0] == "Geert van Leeuwen"
    (asker,) = who["FJ:"]
    assert _names_of(tree, asker)[0] == "Femke Jansen"
    assert tei_to_text(tree).split() == DUTCH.split()


GERMAN = (
    "Gespräch mit Anneliese Kurz\n"
    "Interviewerin: Petra Lang\n"
    "Datum: 3. März 2004\n"
    "\n"
    "PL: Wo sind Sie zur Schule gegangen?\n"
    "AK: In Halle, in der Lutherschule.\n"
    "PL: Und nach der Schule?\n"
    "AK: Eine Lehre als Schneiderin. [lacht]\n"
)

FRENCH = (
    "Entretien avec Paul Girard\n"
    "Interviewer: Marc Leroy\n"
    "Date: 18 juin 2007\n"
    "\n"
    "ML: Où êtes-vous né ?\n"
    "PG: À Roubaix, en 1936.\n"
    "ML: Et votre père ?\n"
    "PG: Il travaillait à la filature.\n"
)


def test_german_and_french_titles_name_the_narrator() -> None:
    for text, label, name in ((GERMAN, "AK:", "Anneliese Kurz"), (FRENCH, "PG:", "Paul Girard")):
        tree = encode(text)
        (narrator,) = _who_by_label(tree)[label]
        assert _names_of(tree, narrator)[0] == name


def test_a_title_without_a_name_after_the_words_names_no_one() -> None:
    # an ordinary article whose title only speaks of a talk
    text = (
        "Gespräch mit dem Bürgermeister über den Hafen\n"
        "\n"
        "Der Hafen soll im nächsten Jahr erweitert werden. Die Stadt rechnet mit\n"
        "zwei neuen Liegeplätzen und einem größeren Lager.\n"
    )
    tree = encode(text)
    assert xp(tree, "//t:sp") == []
    assert participants(tree) == {}


# ------------------------------------- "Interview of President X and Y by Z"

WH_INTERVIEW = (
    "---\n"
    "date: '2031-03-01'\n"
    "tags: remarks\n"
    'title: "Interview of President Okafor and Dana Whitcombe by Lee Marsh, \\u201CHarbor\\\n'
    '  \\ Radio\\u201D"\n'
    "---\n"
    " \n"
    "Studio B\n"
    "\n"
    "10:02 A.M. EST\n"
    "\n"
    "     Q    Mr. President, welcome.  \n"
    "  \n"
    "     THE PRESIDENT:  Thank you.  Good to be here.  \n"
    "  \n"
    "     Q    And Dana, you built the new ferry\n"
    "terminal.  \n"
    "  \n"
    "     MS. WHITCOMBE:  We did, with a great crew.  \n"
    "  \n"
    "     THE PRESIDENT:  A great crew.  \n"
)


def test_interview_title_names_the_president_and_the_second_guest() -> None:
    tree = encode(WH_INTERVIEW)
    who = _who_by_label(tree)
    assert len(said(tree)) == 5
    (president,) = who["THE PRESIDENT:"]
    assert "President Okafor" in _names_of(tree, president)
    (guest,) = who["MS. WHITCOMBE:"]
    assert _names_of(tree, guest)[0] == "Dana Whitcombe"
    # the interviewer after "by" is no office holder: not a name of the President
    assert "Lee Marsh" not in _names_of(tree, president)


def test_interview_title_over_prose_makes_no_turns() -> None:
    text = (
        "Interview of a Baker\n"
        "\n"
        "Flour, water and salt: the baker told us that is all a loaf needs, and time.\n"
        "She starts at four in the morning and sells out by noon.\n"
    )
    tree = encode(text)
    assert xp(tree, "//t:sp") == []
    assert participants(tree) == {}


# ------------------------------------- notes about the recording, and an index after it

SIAM_TAPES = (
    "An interview with\n"
    "HELGA MARSTON\n"
    "Conducted by Ivo Brandt\n"
    "On 2 May, 2006\n"
    "\n"
    "IVO BRANDT: We are at her office in Leiden. Where did you study?\n"
    "HELGA MARSTON: In Utrecht, mathematics and some physics.\n"
    "BRANDT: And your first computer?\n"
    "MARSTON: An Electrologica, in the basement.\n"
    "[End of Tape 1, Side A] [Start of Tape 1, Side B]\n"
    "BRANDT: You were saying, the basement.\n"
    "MARSTON: Yes, it was always too warm down there.\n"
)


def test_two_tape_notes_on_one_line_are_one_incident_between_turns() -> None:
    tree = encode(SIAM_TAPES)
    assert len(said(tree)) == 6
    incidents = ["".join(i.itertext()) for i in xp(tree, "//t:incident")]
    assert incidents == ["[End of Tape 1, Side A] [Start of Tape 1, Side B]"]
    assert all("Tape" not in words for _, words in said(tree))


FOREIGN_TAPES = (
    "Gespräch mit Anneliese Kurz\n"
    "Interviewerin: Petra Lang\n"
    "\n"
    "PL: Wo sind Sie zur Schule gegangen?\n"
    "AK: In Halle.\n"
    "[Ende Band 1, Seite A]\n"
    "PL: Wir waren bei der Schule.\n"
    "AK: Ja, in Halle, bis 1952.\n"
    "[Ende des Interviews]\n"
)


def test_german_tape_and_end_notes_are_incidents() -> None:
    tree = encode(FOREIGN_TAPES)
    assert len(said(tree)) == 4
    incidents = ["".join(i.itertext()) for i in xp(tree, "//t:incident")]
    assert incidents == ["[Ende Band 1, Seite A]", "[Ende des Interviews]"]
    for text, note in (
        (
            "Entretien avec Paul Girard\n\nML: Et après ?\nPG: Lyon.\n[Fin de l'entretien]\n",
            "[Fin de l'entretien]",
        ),
        (
            "Interview met Geert van Leeuwen\n\nFJ: En toen?\nGvL: Zwolle.\n[Einde interview]\n",
            "[Einde interview]",
        ),
    ):
        tree = encode(text)
        assert ["".join(i.itertext()) for i in xp(tree, "//t:incident")] == [note]


def test_bracketed_words_that_are_no_recording_note_stay_words() -> None:
    text = (
        "Interviewer: Petra Lang\n"
        "\n"
        "PL: Was haben Sie damals gelesen?\n"
        "AK: Alles von Fallada.\n"
        "[Fin de la guerre]\n"
        "PL: Und danach?\n"
        "AK: Ende der Geschichte.\n"
    )
    tree = encode(text)
    assert xp(tree, "//t:incident") == []
    assert "Ende der Geschichte." in said(tree)[-1][1]


INDEXED = (
    "Narrator: Tomasz Wierzba\n"
    "Interviewer: Ruth Kowalski\n"
    "\n"
    "Q: Where were you born?\n"
    "A: In Gdynia, in 1944.\n"
    "Q: And when did you come to Ohio?\n"
    "A: In 1969, to work at the tire plant.\n"
    "\n"
    "INDEX\n"
    "Gdynia, 1\n"
    "Wierzba, Tomasz, 1-2\n"
)


def test_an_index_of_names_after_the_interview_is_no_speech() -> None:
    tree = encode(INDEXED)
    assert len(said(tree)) == 4
    assert said(tree)[-1][1] == "In 1969, to work at the tire plant."
    assert tei_to_text(tree).split() == INDEXED.split()


# ------------------------------------- initials with a full stop that spell a title

PERIOD_INITIALS = (
    "Interviewee: Nora Vance\n"
    "Interviewer: Martin Reyes\n"
    "Date: 9 April 1997\n"
    "\n"
    "MR. We are on the porch of the Vance house in Bisbee.\n"
    "NV. The porch my father screened in, in 1948.\n"
    "MR. Did he build the house too?\n"
    "NV. No, he bought it from the mine. [laughs]\n"
    "MR. What did he do at the mine?\n"
    "NV. He kept the pumps going.\n"
    "[END OF INTERVIEW]\n"
)


def test_initials_that_spell_a_title_label_the_person_the_front_matter_names() -> None:
    tree = encode(PERIOD_INITIALS)
    who = _who_by_label(tree)
    assert len(said(tree)) == 6
    (asker,) = who["MR."]
    assert _names_of(tree, asker)[0] == "Martin Reyes"
    (narrator,) = who["NV."]
    assert _names_of(tree, narrator)[0] == "Nora Vance"


def test_a_title_with_a_full_stop_is_no_label_without_such_a_person() -> None:
    text = PERIOD_INITIALS.replace("Interviewer: Martin Reyes\n", "")
    tree = encode(text)
    assert set(_who_by_label(tree)) == {"NV."}
    assert len(said(tree)) == 3


# ------------------------------------- French initials with their full stops

DOTTED = (
    "Entretien avec Jean-Luc Perrin\n"
    "Interviewer: Odile Mercier\n"
    "Date : 4 mars 2010\n"
    "\n"
    "O. M. : Où avez-vous appris le métier ?\n"
    "J.-L. P. : Chez mon oncle, à Saint-Étienne.\n"
    "O. M. : Combien de temps ?\n"
    "J.-L. P. : Six ans. [rires] Il était sévère.\n"
)


def test_french_dotted_initials_name_the_people_of_the_front_matter() -> None:
    tree = encode(DOTTED)
    who = _who_by_label(tree)
    assert len(said(tree)) == 4
    (asker,) = who["O. M. :"]
    assert asker == "#odile-mercier"
    (narrator,) = who["J.-L. P. :"]
    assert narrator == "#jean-luc-perrin"
    names = [n for ns in participants(tree).values() for n in ns]
    assert "" not in names and "-L. P." not in names


# ------------------------------------- a release field in the front matter

RELEASED = (
    "Interviewee: Irena Sokol\n"
    "Interviewer: Dale Whitford\n"
    "Date of interview: May 2, 2004\n"
    "Release: Irena Sokol signed a release on May 2, 2004, giving the museum all rights "
    "to this recording.\n"
    "\n"
    "WHITFORD: When did you start at the cannery?\n"
    "SOKOL: In 1951, on the night shift.\n"
    "WHITFORD: And the pay?\n"
    "SOKOL: Ninety cents an hour. [laughs]\n"
)


def test_a_release_field_before_the_turns_is_the_sources_terms() -> None:
    tree = encode(RELEASED)
    assert len(said(tree)) == 4
    terms = xp(tree, "//t:sourceDesc//t:availability//text()")
    assert "signed a release" in "".join(terms)
    assert all("release" not in words for _, words in said(tree))
    assert tei_to_text(tree).split() == RELEASED.split()


def test_a_release_line_in_ordinary_notes_is_text() -> None:
    text = (
        "Notes for the ferry timetable app\n"
        "\n"
        "Release: version 2.4 starts faster and shows the winter timetable.\n"
        "Known problems: the map is slow on old phones.\n"
    )
    tree = encode(text)
    assert xp(tree, "//t:sp") == []
    assert xp(tree, "//t:ab[@type='rights']") == []


# ------------------------------------- an interview recorded over two days


def test_a_date_of_two_days_under_the_title_dates_the_interview() -> None:
    text = SIAM_TAPES.replace("On 2 May, 2006\n", "On\n2 and 3 May, 2006\n")
    tree = encode(text)
    dates = [d.get("when") for d in xp(tree, "//t:profileDesc/t:creation/t:date")]
    assert dates == ["2006-05-02"]
    assert len(said(tree)) == 6
    assert tei_to_text(tree).split() == text.split()


def test_two_days_inside_a_sentence_date_nothing() -> None:
    text = (
        "IVO BRANDT: When was the conference?\n"
        "HELGA MARSTON: It ran 2 and 3 May, 2006, in Delft.\n"
        "IVO BRANDT: And you spoke?\n"
        "HELGA MARSTON: On the second day.\n"
    )
    tree = encode(text)
    assert xp(tree, "//t:profileDesc/t:creation/t:date") == []
    assert len(said(tree)) == 4


# ------------------------------------- a YAML title folded right after an escape


def test_a_yaml_title_folded_after_a_no_break_space_has_no_extra_space() -> None:
    text = (
        "---\n"
        "date: '2030-07-02'\n"
        'title: "Remarks by the Mayor in a Conversation With Ada Roe at the Harbor\\_\\\n'
        '  Festival"\n'
        "---\n"
        "\n"
        "Q    Welcome, everyone.\n"
        "\n"
        "THE MAYOR:  Thank you.  Good to be here.\n"
        "\n"
        "Q    Tell us about the ferry.\n"
        "\n"
        "THE MAYOR:  It starts in June.\n"
    )
    tree = encode(text)
    (title,) = xp(tree, "//t:titleStmt/t:title/text()")
    assert str(title).endswith("at the Harbor\u00a0Festival")
    assert len(said(tree)) == 4


def test_a_yaml_title_folded_before_an_escaped_space_keeps_one_space() -> None:
    text = (
        "---\n"
        'title: "Remarks by the Mayor Moderated\\\n'
        '  \\ by Ada Roe"\n'
        "---\n"
        "\n"
        "THE MAYOR:  Thank you.\n"
        "\n"
        "MS. ROE:  Welcome.\n"
    )
    tree = encode(text)
    (title,) = xp(tree, "//t:titleStmt/t:title/text()")
    assert str(title) == "Remarks by the Mayor Moderated by Ada Roe"


# ------------------------------------- an abstract in the head of the interview


def test_an_abstract_under_the_interviews_head_is_front_matter() -> None:
    text = SIAM_TAPES.replace(
        "On 2 May, 2006\n",
        "On 2 May, 2006\n"
        "\n"
        "ABSTRACT\n"
        "In this interview, Helga Marston recalls her studies in Utrecht, her first years\n"
        "at a computing centre and the building of a compiler for a Dutch machine.\n",
    )
    tree = encode(text)
    front = " ".join("".join(xp(tree, "//t:front")[0].itertext()).split())
    assert "recalls her studies in Utrecht" in front
    body_ps = xp(tree, "//t:body//t:div[@type='conversation']/t:p")
    assert body_ps == []
    assert len(said(tree)) == 6
    assert tei_to_text(tree).split() == text.split()


def test_a_summary_heading_in_an_ordinary_article_stays_text() -> None:
    text = (
        "Summary\n"
        "\n"
        "The harbour board met on Tuesday and agreed to dredge the inner basin before the\n"
        "winter storms, at a cost the members thought reasonable for the work planned.\n"
        "\n"
        "The ferry company will pay a third of the cost.\n"
    )
    tree = encode(text)
    assert xp(tree, "//t:sp") == []
    front = xp(tree, "//t:front")
    assert front == [] or "dredge" not in "".join(front[0].itertext())


def test_minutes_under_a_summary_heading_without_turns_stay_the_text() -> None:
    text = (
        "Harbour Board\n"
        "Minutes of 4 March 2031\n"
        "\n"
        "Summary\n"
        "\n"
        "The board agreed to dredge the inner basin before the winter storms.\n"
        "The ferry company will pay a third of the cost.\n"
    )
    tree = encode(text)
    front = xp(tree, "//t:front")
    assert front == [] or "dredge" not in "".join(front[0].itertext())


def test_on_and_a_date_under_the_head_dates_the_interview() -> None:
    tree = encode(SIAM_TAPES)
    dates = [d.get("when") for d in xp(tree, "//t:profileDesc/t:creation/t:date")]
    assert dates == ["2006-05-02"]
