"""Hearings, depositions, court and legislative records a tester's probe (18, C)
found misread. Small transcripts written for these tests (names, committees and
words invented, in the house styles of the real printed records); every
expectation was written from the transcript above it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, xp


def speakers(tree: object) -> list[str]:
    """Each turn's label, as written."""
    return ["".join(s.itertext()).strip() for s in xp(tree, "//t:sp/t:speaker")]  # type: ignore[arg-type]


def person_names(tree: object, who: str) -> list[str]:
    """The forms the register gives the person a turn's @who points to."""
    pid = who.lstrip("#")
    return [
        "".join(n.itertext())
        for n in xp(tree, f"//t:person[@xml:id='{pid}']/t:persName")  # type: ignore[arg-type]
    ]


def whos(tree: object) -> list[str]:
    return [sp.get("who") for sp in xp(tree, "//t:sp")]  # type: ignore[arg-type]


# C1: a whole GPO hearing prints the committee's roster on the cover, each member
# in capitals with the state, two columns to a line; in the body the members
# are labelled by surname alone ("Mr. Orrin.", "Senator Vasko.") and the list of
# members present gives only surnames. The members kept only their surnames.
ROSTER = """\
                 HOUSE COMMITTEE ON HARBOUR AFFAIRS

                 LUDMILA ORRIN, Vermont, Chairman

TOBIAS K. VASKO, Ohio                 PETRA QUENBY, Alabama
AUGUSTIN FERRELL, New York            DELPHINE HATHE, Utah
NESTOR PIKE, Oregon                   ROALD FERRELL, Maine
CAROLYN McSWAIN, Iowa                 BERIT LANGMO, Idaho

        Maren Toft, Staff Director

    The committee met, pursuant to notice, at 10:00 a.m., in
room 2128, Hon. Ludmila Orrin [chairman of the committee]
presiding.
    Members present: Representatives Orrin, Vasko, Ferrell of
Maine, McSwain, Quenby, and Langmo.
"""
BODY = """\
    The Chairman. The committee will come to order.
    Mr. Vasko. Thank you, Madam Chairman.
    Mr. Ferrell of Maine. I have one question.
    Mrs. McSwain. I yield back.
    The Chairman. The hearing is adjourned.
"""


def test_a_roster_on_the_cover_names_the_members_labelled_by_surname() -> None:
    tree = encode(ROSTER + BODY)
    assert speakers(tree) == [
        "The Chairman.",
        "Mr. Vasko.",
        "Mr. Ferrell of Maine.",
        "Mrs. McSwain.",
        "The Chairman.",
    ]
    who = whos(tree)
    assert person_names(tree, who[1])[0] == "Tobias K. Vasko"
    # two Ferrells on the roster: the label's state picks Roald, never Augustin
    assert person_names(tree, who[2])[0] == "Roald Ferrell"
    assert person_names(tree, who[3])[0] == "Carolyn McSwain"
    assert who[0] == who[4]
    assert "Ludmila Orrin" in person_names(tree, who[0])
    # a member present who never speaks takes her full name too
    listed = ["".join(p.itertext()) for p in xp(tree, "//t:person/t:persName[1]")]
    assert "Berit Langmo" in listed
    assert not any("Augustin" in name for name in listed)  # on the roster only
    # the committee's name in capitals over the chair's line is no word of her name
    assert not any("Affairs" in name for name in listed)


def test_a_shared_surname_without_the_state_takes_no_roster_name() -> None:
    # near miss: "Mr. Ferrell." with two Ferrells on the roster is neither
    body = BODY.replace("Mr. Ferrell of Maine.", "Mr. Ferrell.")
    tree = encode(ROSTER.replace("Ferrell of\nMaine", "Ferrell") + body)
    who = whos(tree)
    assert speakers(tree)[2] == "Mr. Ferrell."
    assert not any("Roald" in n or "Augustin" in n for n in person_names(tree, who[2]))


def test_a_witness_whose_surname_a_member_shares_is_the_witness() -> None:
    # near miss: the heading names a witness Pike; the roster's Nestor Pike is
    # another man, who does not speak
    body = (
        "    The Chairman. Our witness is Mr. Pike.\n\n"
        "   STATEMENT OF SILAS PIKE, DIRECTOR, HARBOUR PILOTS GUILD\n\n"
        "    Mr. Pike. Thank you, Madam Chairman.\n"
        "    The Chairman. Thank you.\n"
    )
    tree = encode(ROSTER + body)
    who = whos(tree)
    names = person_names(tree, who[1])
    assert names[0] == "Silas Pike"
    assert not any("Nestor" in n for n in names)


def test_a_roster_after_the_first_turn_names_no_one() -> None:
    # near miss: the same lines in an appendix after the turns are no cover's roster
    body = BODY.replace("Mr. Ferrell of Maine.", "Mr. Ferrell.")
    tree = encode(body + "\n" + ROSTER.split("        Maren")[0])
    who = whos(tree)
    assert person_names(tree, who[1])[0] != "Tobias K. Vasko"


# C1 (go on): a committee's roster and its subcommittee's name a member twice,
# and the contents name her in running case by her seat, the given name in
# full ("Hon. Janice D. Roe, a Representative in Congress from the State of
# Illinois") where the roster shortens it ("JAN ROE, Illinois").
TWO_ROSTERS = """\
                 COMMITTEE ON HARBOUR AFFAIRS

TOBIAS K. VASKO, Ohio                 PETRA QUENBY, Alabama
MARGIT SOLLAND, Illinois              BERIT LANGMO, Idaho

                 Subcommittee on Dredging

                     TOBIAS K. VASKO, Ohio
                            Chairman
MARGIT SOLLAND, Illinois              PETRA QUENBY, Alabama

                            C O N T E N T S

Hon. Tobias K. Vasko, a Representative in Congress from the State
  of Ohio, opening statement.....................................     1
Hon. Margitta Ann Solland, a Representative in Congress from the
  State of Illinois, opening statement...........................     3

    The subcommittee met, pursuant to call, at 10:00 a.m., Hon.
Tobias K. Vasko [chairman of the subcommittee] presiding.
    Members present: Representatives Vasko, Solland, and
Quenby.

         OPENING STATEMENT OF HON. TOBIAS K. VASKO, A REPRESENTATIVE
               IN CONGRESS FROM THE STATE OF OHIO

    Mr. Vasko. The subcommittee will come to order.
    Ms. Solland. Thank you, Mr. Chairman.
    Ms. Quenby. I have no statement.
    Mr. Vasko. We are adjourned.
"""


def test_two_rosters_and_the_contents_name_one_member_once() -> None:
    tree = encode(TWO_ROSTERS)
    who = whos(tree)
    assert speakers(tree) == ["Mr. Vasko.", "Ms. Solland.", "Ms. Quenby.", "Mr. Vasko."]
    assert person_names(tree, who[0])[0] == "Tobias K. Vasko"
    # the contents' form, its given names in full, over the roster's capitals
    assert person_names(tree, who[1])[0] == "Margitta Ann Solland"
    assert person_names(tree, who[2])[0] == "Petra Quenby"
    assert len(set(who)) == 3


# C2: a court's "THE INTERPRETER:" is a role that interpreters fill in turn,
# unnamed in the record: it was an ordinary person called "Interpreter".
COURT = """\
THE COURT: Please state your name for the record.
THE INTERPRETER: The witness says her name is Ilse Varga.
THE COURT: Thank you. Counsel, you may proceed.
MR. LEHTO: Thank you, Your Honor.
THE INTERPRETER: Could counsel repeat the question?
"""


def test_the_interpreter_of_a_court_is_an_unnamed_role() -> None:
    tree = encode(COURT)
    who = whos(tree)
    assert speakers(tree)[1] == "THE INTERPRETER:"
    assert who[1] == who[4]
    person = xp(tree, f"//t:person[@xml:id='{who[1].lstrip('#')}']")[0]
    assert person.get("role") == "unidentified"


def test_an_interpreter_the_record_names_is_that_person() -> None:
    # near miss: the caption lists her with her role; the label is she
    caption = "ALSO PRESENT:\n\nMIRELA COSTIN, Romanian Interpreter\n\n"
    tree = encode(caption + COURT)
    who = whos(tree)
    assert person_names(tree, who[1])[0] in ("MIRELA COSTIN", "Mirela Costin")
    # and a field naming the interpreter, as an oral history gives it
    field = "Interviewer: Lena Marsh\nInterpreter: Ana Ruiz\n\n"
    text = "MARSH: Where were you born?\nINTERPRETER: He says in Bergen.\nMARSH: Thanks.\n"
    tree = encode(field + text)
    assert "Ana Ruiz" in person_names(tree, whos(tree)[1])


# C3: a web copy of a court's transcript sets each page's number alone at the
# margin, between the last numbered line of a page and the first of the next,
# with the margin numbers glued to the words by one space. The number was read
# as a word of the speech going on over the page ("… produced to be 4760").
def _numbered(first: int, lines: list[str]) -> list[str]:
    return [f"{first + i} {line}" for i, line in enumerate(lines)]


PAGES = "\n".join(
    [
        "312",
        *_numbered(1, ["THE COURT: Good morning. Be seated."]),
        *_numbered(2, [f"MR. LEHTO: Line {i} of my long remarks goes on" for i in range(1)]),
        *[f"{n} and on, the same remarks" for n in range(3, 26)],
        "313",
        "1 until the page turns.",
        "2 THE COURT: Thank you, counsel.",
        "3 MR. LEHTO: You are welcome.",
        "4 THE COURT: We will adjourn.",
    ]
)


def test_a_page_number_alone_between_numbered_pages_is_a_page_break() -> None:
    tree = encode(PAGES + "\n")
    assert [pb.get("n") for pb in xp(tree, "//t:pb")] == ["312", "313"]
    assert speakers(tree) == [
        "THE COURT:",
        "MR. LEHTO:",
        "THE COURT:",
        "MR. LEHTO:",
        "THE COURT:",
    ]
    lehto = "".join(xp(tree, "//t:sp[2]/t:p//text()[not(ancestor::t:fw)]"))
    assert "313" not in lehto and "until the page turns." in lehto


def test_a_page_number_of_two_digits_after_line_25_is_one_too() -> None:
    text = PAGES.replace("312", "11", 1).replace("313", "12", 1)
    tree = encode(text + "\n")
    assert [pb.get("n") for pb in xp(tree, "//t:pb")] == ["11", "12"]


def test_a_numbered_blank_line_and_a_figure_mid_page_are_no_page_numbers() -> None:
    # near miss: "25" alone after line 24 is the margin's blank line 25, and a
    # figure alone on an unnumbered line mid-page ("1200") is no page's number
    lines = [f"{n} MR. LEHTO: remark {n}" for n in range(20, 25)]
    text = "\n".join(
        [*lines, "25", "1 THE COURT: Go on.", "2 MR. LEHTO: The sum was", "1200", "3 dollars."]
    )
    tree = encode(text + "\n")
    assert xp(tree, "//t:pb") == []


# C4: an older GPO print sets the witness in uniform by a rank of two words and
# the surname in capitals ("Lieutenant Colonel ROSSLER."), said once under the
# heading that names him. Only a rank of one word ("Colonel ROSSLER.") was read
# as a label: the witness's words went into the chairman's turn.
UNIFORM = """\
    The CHAIRMAN. The committee will come to order. Our first
witness is from the battalion.

 STATEMENT OF LIEUTENANT COLONEL HAGEN ROSSLER, UNITED STATES ARMY,
               COMMANDER, HARBOUR ENGINEER BATTALION

    Lieutenant Colonel ROSSLER. Thank you, Mr. Chairman. The
battalion has completed the survey of the eastern channel.
    The CHAIRMAN. Thank you, Colonel. Senator VASKO.
    Senator VASKO. Colonel, how long will the dredging take?
    The CHAIRMAN. The committee stands adjourned.
"""


def test_a_rank_of_two_words_before_a_surname_in_capitals_is_a_label() -> None:
    tree = encode(UNIFORM)
    assert speakers(tree) == [
        "The CHAIRMAN.",
        "Lieutenant Colonel ROSSLER.",
        "The CHAIRMAN.",
        "Senator VASKO.",
        "The CHAIRMAN.",
    ]
    assert person_names(tree, whos(tree)[1])[0] == "Hagen Rossler"
    for rank in ("Major General", "Brig. Gen.", "Lt. Col."):
        tree = encode(UNIFORM.replace("Lieutenant Colonel ROSSLER.", f"{rank} ROSSLER."))
        assert speakers(tree)[1] == f"{rank} ROSSLER."


def test_a_rank_in_running_words_is_no_label() -> None:
    # near miss: the rank and the name in a sentence, no full stop after the name
    text = UNIFORM.replace(
        "    Lieutenant Colonel ROSSLER. Thank you, Mr. Chairman. The",
        "    Lieutenant Colonel ROSSLER will answer in writing. The",
    )
    tree = encode(text)
    assert "Lieutenant Colonel ROSSLER." not in speakers(tree)
    assert len(speakers(tree)) == 4


# C5: a court's transcript copied without its line breaks: the whole record
# run together on one long line. It was one turn of the first label.
RECORD = [
    "THE COURT: Good morning. Please be seated.",
    "MR. LEHTO: Good morning, Your Honor. Tomas Lehto for the plaintiff, and with me"
    " at counsel table is Ms. Dana Ferrell.",
    "THE COURT: Thank you. Call your first witness.",
    "MR. LEHTO: The plaintiff calls Ilse Varga.",
    "(Witness sworn)",
    "DIRECT EXAMINATION",
    "BY MR. LEHTO:",
    "Q. Good morning. Please state your name.",
    "A. Ilse Varga.",
    "Q. Where do you live?",
    "A. In Eastfield, on the harbour road, near the old mill.",
    "THE COURT: Speak up, please.",
    "THE WITNESS: In Eastfield.",
    "Q. How long have you lived there?",
    "A. Since 1998, with my husband.",
    "Q. And what is your work?",
    "A. I keep the lock on the canal.",
    "MR. LEHTO: Nothing further.",
    "THE COURT: Cross-examination?",
    "MS. FERRELL: No questions, Your Honor.",
]


def test_a_record_run_together_on_one_line_is_cut_at_its_labels() -> None:
    tree = encode(" ".join(RECORD) + "\n")
    labels = [line.split(" ")[0] for line in RECORD]
    expected = [
        line[: line.index(":") + 1] if line.startswith(("THE ", "MR. ", "MS. ")) else first
        for line, first in zip(RECORD, labels, strict=True)
        if line.startswith(("THE ", "MR. ", "MS. ", "Q. ", "A. "))
    ]
    assert speakers(tree) == expected
    assert len(expected) == 17
    who = whos(tree)
    # Q is the examiner the heading names, A the sworn witness who answers
    assert who[speakers(tree).index("Q.")] == who[1]
    assert who[speakers(tree).index("A.")] == who[speakers(tree).index("THE WITNESS:")]


def test_a_long_paragraph_quoting_a_label_is_not_cut() -> None:
    # near miss: one long paragraph of an unwrapped copy that quotes a court's
    # label and holds questions and answers of its own is a speech, not a record
    speech = (
        "MR. LEHTO: Your Honor, the minutes read so. "
        + (
            "THE COURT: asked for the map, and the clerk wrote it down. Q. Where is it?"
            " was then asked of the keeper, as the minutes read so. "
        )
        * 6
    )
    tree = encode(speech + "\nTHE COURT: Thank you.\n")
    assert speakers(tree) == ["MR. LEHTO:", "THE COURT:"]


# C6: a committee's web transcript lists members by surname, the state after
# one that another member shares ("Also Present: Representative Quenby of Ohio
# and Vasko-Lind."): with two names only, the list was read as one person and a
# role ("Quenby", "of Ohio and Vasko-Lind"), the state and the second member lost.
HEAD = (
    (
        "The subcommittee met, pursuant to call, at 10:00 a.m., in Room H-313, Hon. Ada"
        " Orrin [chairman of the subcommittee] presiding.\n"
    )
    + """

Present: Representatives Orrin, Pell, Quenby of Utah, and Sallow.
Also Present: Representative Quenby of Ohio and Vasko-Lind.

Mr. Orrin. The meeting will come to order.

Mr. Quenby of Ohio. Thank you.

Ms. Vasko-Lind. I have a question.
"""
)


def test_a_member_and_her_state_in_a_short_list_of_those_present() -> None:
    tree = encode(HEAD)
    listed = ["".join(p.itertext()) for p in xp(tree, "//t:person/t:persName[1]")]
    assert "Quenby of Utah" in listed and "Quenby of Ohio" in listed
    assert any("Vasko-Lind" in name for name in listed)
    who = whos(tree)
    assert len(set(who)) == 3
    assert "Quenby of Ohio" in person_names(tree, who[1])
    assert "Quenby of Utah" not in person_names(tree, who[1])


def test_a_person_of_a_country_keeps_it_as_a_role() -> None:
    # near miss: "of Nigeria" names no state: the ambassador and the country
    text = (
        "Present: Ambassador Daniel Okoro of Nigeria\n\n"
        "MR. OKORO: Thank you.\nMS. ROE: Welcome.\nMR. OKORO: Yes.\n"
    )
    tree = encode(text)
    names = person_names(tree, whos(tree)[0])
    assert names[0] == "Daniel Okoro"


# C7: a GPO cover sets its title's lines a blank line apart, the first ending
# in a word that cannot end a title ("HARBOUR DREDGING AND THE" / "" / "STATE OF
# THE SMALLER PORTS"): the title was its first line only.
COVER = """\
[House Hearing, 118 Congress]
[From the U.S. Government Publishing Office]



                     HARBOUR DREDGING AND THE

                    STATE OF THE SMALLER PORTS

=======================================================================

                                HEARING

                               BEFORE THE

                    COMMITTEE ON HARBOUR AFFAIRS

                             MARCH 4, 2031

"""
COVER_BODY = """\
    The Chairman. The committee will come to order.
    Mr. Vasko. Thank you.
    The Chairman. Adjourned.
"""


def test_a_cover_title_over_a_blank_line_after_a_joining_word_is_one_title() -> None:
    tree = encode(COVER + COVER_BODY)
    title = " ".join("".join(xp(tree, "//t:titleStmt/t:title")[0].itertext()).split())
    assert title == "HARBOUR DREDGING AND THE STATE OF THE SMALLER PORTS"


def test_a_cover_title_line_that_can_end_stays_alone() -> None:
    # near miss: "HARBOUR DREDGING" can end a title; the line below the blank
    # line is the next part of the cover
    tree = encode(COVER.replace("HARBOUR DREDGING AND THE", "HARBOUR DREDGING") + COVER_BODY)
    title = " ".join("".join(xp(tree, "//t:titleStmt/t:title")[0].itertext()).split())
    assert title == "HARBOUR DREDGING"


# C8: a committee's web transcript opens with the page's row of links set apart
# by bars ("| Printer-Friendly | Search"): it was the record's title.
def test_a_row_of_links_over_a_web_transcript_is_no_title() -> None:
    text = "| Printer-Friendly | Search\n\nHearings of the\nSubcommittee on Dredging\n\n" + HEAD
    tree = encode(text)
    title = " ".join("".join(xp(tree, "//t:titleStmt/t:title")[0].itertext()).split())
    assert "Printer" not in title and title.startswith("Hearings of the")
    assert len(speakers(tree)) == 3


def test_words_set_apart_by_bars_are_no_row_of_links() -> None:
    # near miss: a row whose items are not a page's links stays text
    text = "| Harbour | Dredging | Report |\n\n" + HEAD
    tree = encode(text)
    assert "Harbour" in "".join(xp(tree, "//t:text")[0].itertext())
    assert "Harbour" in " ".join("".join(xp(tree, "//t:titleStmt/t:title")[0].itertext()).split())


# C9: a Senate print's cover opens with its number flush right under the
# copy's banner ("S. Hrg. 110-1008"): it was the title, the title under it a line.
SENATE_COVER = """\
[Senate Hearing 131-412]
[From the U.S. Government Publishing Office]



                                                       S. Hrg. 131-412


HARBOUR DREDGING AND THE STATE OF THE SMALLER PORTS ON THE EASTERN
                                 SEABOARD

=======================================================================

                                HEARING

                               before the

                    COMMITTEE ON HARBOUR AFFAIRS

                         TUESDAY, MARCH 4, 2031

"""


def test_a_print_number_over_a_senate_cover_is_no_title() -> None:
    tree = encode(SENATE_COVER + COVER_BODY)
    title = " ".join("".join(xp(tree, "//t:titleStmt/t:title")[0].itertext()).split())
    assert title == ("HARBOUR DREDGING AND THE STATE OF THE SMALLER PORTS ON THE EASTERN SEABOARD")
    assert "S. Hrg. 131-412" in "".join(xp(tree, "//t:front")[0].itertext())


def test_a_line_that_opens_with_a_print_number_may_be_a_title() -> None:
    # near miss: more than the number alone on the line is a title as any other
    tree = encode(
        SENATE_COVER.replace("S. Hrg. 131-412\n", "S. Hrg. 131-412 Addendum\n") + COVER_BODY
    )
    title = " ".join("".join(xp(tree, "//t:titleStmt/t:title")[0].itertext()).split())
    assert title == "S. Hrg. 131-412 Addendum"


# C10: a court reporter's remarks over the first turn ("(In open court)",
# "(Jury present)") were paragraphs of the front; between turns they are remarks.
OPENING = "(In open court)\n(Jury present)\n" + "\n".join(RECORD[:4]) + "\n"


def test_a_reporters_remark_over_the_first_turn_is_a_remark() -> None:
    tree = encode(OPENING)
    stages = ["".join(s.itertext()) for s in xp(tree, "//t:body//t:stage")]
    assert "(In open court)" in stages and "(Jury present)" in stages
    assert len(speakers(tree)) == 4


def test_other_words_in_parentheses_over_the_first_turn_stay_as_they_were() -> None:
    # near miss: a note on the copy, not on the scene
    tree = encode("(Prepared from the audio recording)\n" + "\n".join(RECORD[:4]) + "\n")
    stages = ["".join(s.itertext()) for s in xp(tree, "//t:body//t:stage")]
    assert "(Prepared from the audio recording)" not in stages


# C11: a GPO print's title over its body, its lines blank lines apart, and a
# witness's heading wrapped onto the next line were each two sections.
BODY_HEADS = """\
    The Chairman. The committee will come to order.



                     HARBOUR DREDGING AND THE



                    STATE OF THE SMALLER PORTS

    The Chairman. Our witness is Dr. Quenby.

 STATEMENT OF PETRA QUENBY, CHIEF ENGINEER, THE EASTFIELD HARBOUR
                    INSTITUTE, EASTFIELD, OHIO

    Dr. Quenby. Thank you.
    The Chairman. Adjourned.
"""


def test_a_heading_wrapped_or_run_on_is_one_section() -> None:
    tree = encode(BODY_HEADS)
    heads = [" ".join("".join(h.itertext()).split()) for h in xp(tree, "//t:body//t:head")]
    assert "HARBOUR DREDGING AND THE STATE OF THE SMALLER PORTS" in heads
    assert (
        "STATEMENT OF PETRA QUENBY, CHIEF ENGINEER, THE EASTFIELD HARBOUR "
        "INSTITUTE, EASTFIELD, OHIO"
    ) in heads
    assert len(speakers(tree)) == 4


def test_two_headings_that_can_each_end_stay_two() -> None:
    # near miss: "PANEL I" can end a heading; the witness's heading under it is its own
    text = BODY_HEADS.replace("HARBOUR DREDGING AND THE", "PANEL I").replace(
        "STATE OF THE SMALLER PORTS", "PANEL II"
    )
    tree = encode(text)
    heads = [" ".join("".join(h.itertext()).split()) for h in xp(tree, "//t:body//t:head")]
    assert "PANEL I" in heads and "PANEL II" in heads


def test_the_interpreter_among_several_listed_stays_a_role() -> None:
    # near miss: two interpreters listed; the record does not say which one speaks
    caption = (
        "ALSO PRESENT:\n\nMIRELA COSTIN, Romanian Interpreter\nTUDOR VLAD, Romanian Interpreter\n\n"
    )
    tree = encode(caption + COURT)
    person = xp(tree, f"//t:person[@xml:id='{whos(tree)[1].lstrip('#')}']")[0]
    assert person.get("role") == "unidentified"
