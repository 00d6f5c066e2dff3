"""Interviews, oral histories, press conferences and debates (probe 7, reports
b and d): label layouts the reader did not take, head and foot lines of an
interview record, and labels whose words went to the speaker before. Invented
texts, other names than the probe's."""

from __future__ import annotations

import pytest
from test_exports_and_oral import encode, participants, said, xp

from encoder.html import render_html
from encoder.plaintext import tei_to_text


def _labels(tree: object) -> list[str]:
    return ["".join(s.itertext()).strip() for s in xp(tree, "//t:sp/t:speaker")]


def _who(tree: object) -> list[str]:
    return [w for w, _ in said(tree)]  # type: ignore[arg-type]


def _words(text: str) -> list[str]:
    return text.split()


def _lines(text: str) -> list[str]:
    """The text's lines with words (blank lines between paragraphs may differ)."""
    return [line for line in text.splitlines() if line.strip()]


# ------------------------------------------------ rules between speaker blocks

RULED = (
    "Stenographic record | Monday 4 May, 2043\n"
    "Port Alder Town Council\n"
    "4 May 2043\n"
    "---\n"
    "MAYOR HELENA VOSS LINDGREN\n"
    "Good morning.\n"
    "Today we open the new ferry line.\n"
    "---\n"
    "BRUNO OKAFOR DIAS, HARBOUR COMMISSIONER OF THE PORT AUTHORITY\n"
    "Thank you, mayor.\n"
    "---\n"
    "QUESTION\n"
    "When does it start?\n"
    "---\n"
    "BRUNO OKAFOR DIAS\n"
    "In June.\n"
    "---\n"
    "MAYOR HELENA VOSS LINDGREN\n"
    "And it is free for children.\n"
    "---\n"
    "QUESTION\n"
    "And the night boats?\n"
    "---\n"
    "BRUNO OKAFOR DIAS\n"
    "Later in the year.\n"
    "I will say more next week.\n"
)


def test_a_rule_between_blocks_parts_turns_of_names_alone() -> None:
    tree = encode(RULED)
    assert _labels(tree) == [
        "MAYOR HELENA VOSS LINDGREN",
        "BRUNO OKAFOR DIAS, HARBOUR COMMISSIONER OF THE PORT AUTHORITY",
        "QUESTION",
        "BRUNO OKAFOR DIAS",
        "MAYOR HELENA VOSS LINDGREN",
        "QUESTION",
        "BRUNO OKAFOR DIAS",
    ]
    who = _who(tree)
    # the name with its office the first time is the same person as the bare name
    assert who[1] == who[3] == who[6] != who[0] == who[4]
    assert len(set(who)) == 3
    turns = said(tree)
    assert turns[0][1] == "Good morning. Today we open the new ferry line."
    assert turns[6][1] == "Later in the year. I will say more next week."
    # each line of a speech is a paragraph of its own, the rule is no word of it
    assert len(xp(tree, "//t:sp[7]/t:p")) == 2
    assert not any("---" in "".join(p.itertext()) for p in xp(tree, "//t:text//t:p"))
    assert "---" in [n.text for n in xp(tree, "//t:note[@type='boilerplate']")]
    assert xp(tree, "//t:title")[0].text == "Stenographic record | Monday 4 May, 2043"
    # the words come back, the rules left out as page boilerplate
    back = tei_to_text(tree)
    assert _words(back) == [w for w in _words(RULED) if w != "---"]


def test_a_name_with_its_office_once_over_blank_lines_is_a_label() -> None:
    text = (
        "IRENE TALBOT MARSH, DIRECTOR OF PARKS\n"
        "Welcome.\n\n"
        "OTTO FENN BRAGA, CITY ENGINEER\n"
        "Thanks.\n\n"
        "IRENE TALBOT MARSH\n"
        "Shall we?\n\n"
        "OTTO FENN BRAGA\n"
        "Yes.\n\n"
        "IRENE TALBOT MARSH\n"
        "Good.\n"
    )
    tree = encode(text)
    who = _who(tree)
    assert len(who) == 5
    assert who[0] == who[2] == who[4] != who[1] == who[3]
    assert [w for _, w in said(tree)] == ["Welcome.", "Thanks.", "Shall we?", "Yes.", "Good."]
    names = {n for ns in participants(tree).values() for n in ns}
    assert not any("DIRECTOR" in n.upper() or "ENGINEER" in n.upper() for n in names)


def test_a_markdown_rule_in_prose_is_no_block_separator() -> None:
    """Rules between paragraphs that open with no recurring name stay as before."""
    text = (
        "Notes on the ferry\n\n"
        "The first boat ran in May.\n"
        "---\n"
        "The second boat ran in June.\n"
        "---\n"
        "The third boat never ran.\n"
        "---\n"
        "Nobody knows why.\n"
    )
    tree = encode(text)
    assert xp(tree, "//t:sp") == []
    assert "The third boat never ran." in tei_to_text(tree)


# ------------------------------------------------ labels the turn before swallowed


def test_a_label_of_two_speakers_is_a_turn_of_both() -> None:
    text = (
        "Nell Orr: We kept bees.\n\n"
        "Sam and Vera Quist: Go on, then.\n\n"
        "Nell Orr: Forty hives.\n\n"
        "Vera Quist: Where?\n\n"
        "Nell Orr: Down by the creek.\n\n"
        "Sam Quist: And the honey?\n\n"
        "Nell Orr: We sold it.\n"
    )
    tree = encode(text)
    assert len(_labels(tree)) == 7
    ids = {n[0]: i for i, n in participants(tree).items()}
    both = f"#{ids['Sam Quist']} #{ids['Vera Quist']}"
    who = _who(tree)
    assert who[1] == both
    assert who[3] == f"#{ids['Vera Quist']}" and who[5] == f"#{ids['Sam Quist']}"
    assert said(tree)[0][1] == "We kept bees."  # the joint label is no word of Nell's
    assert len(participants(tree)) == 3
    assert tei_to_text(tree) == text


@pytest.mark.parametrize("joined", ["LENA AND OTTO", "LENA ET OTTO"])
def test_two_one_word_names_joined_in_capitals_are_a_turn_of_both(joined: str) -> None:
    text = (
        f"LENA: We start.\n\nOTTO: We do.\n\n{joined}: Together now.\n\nLENA: Good.\n\nOTTO: Yes.\n"
    )
    tree = encode(text)
    assert _who(tree)[2] == "#lena #otto"
    assert sorted(participants(tree)) == ["lena", "otto"]
    assert tei_to_text(tree) == text
    # the edition's label links the first and names both
    page = render_html(tree).decode()
    assert f'title="Lena and Otto">{joined}:</a>' in page


def test_initials_in_a_label_of_two_speakers_take_the_surname() -> None:
    text = (
        "Hal B. and Iris K. Penrose: Ready.\n\n"
        "Otis Wren: Yes.\n\n"
        "Hal B. Penrose: Tell us.\n\n"
        "Otis Wren: Well.\n\n"
        "Iris K. Penrose: Slowly.\n"
    )
    tree = encode(text)
    ids = {n[0]: i for i, n in participants(tree).items()}
    assert _who(tree)[0] == f"#{ids['Hal B. Penrose']} #{ids['Iris K. Penrose']}"


def test_and_between_names_that_never_speak_alone_joins_no_one() -> None:
    """'Questions and Answers:' names no two speakers: no turn points to two."""
    text = (
        "Questions and Answers: the session.\n\n"
        "Ada Pike: Yes.\n\n"
        "Ben Roe: No.\n\n"
        "Ada Pike: Maybe.\n\n"
        "Ben Roe: Fine.\n"
    )
    tree = encode(text)
    assert _labels(tree)[-4:] == ["Ada Pike:", "Ben Roe:", "Ada Pike:", "Ben Roe:"]
    assert all(" " not in w for w in _who(tree))


def test_a_full_name_glued_to_its_words_is_a_label_where_it_recurs() -> None:
    text = (
        "Lina Marsh: We moved in March.\n\n"
        "Tom Brecht: From where?\n\n"
        "Lina Marsh:From the coast.\n\n"
        "Tom Brecht: Why?\n\n"
        "Lina Marsh: Work.\n"
    )
    tree = encode(text)
    who = _who(tree)
    assert len(who) == 5
    assert who[0] == who[2] == who[4] != who[1]
    assert said(tree)[2][1] == "From the coast."
    assert said(tree)[1][1] == "From where?"


def test_a_name_glued_to_words_once_stays_text() -> None:
    """'Re:Budget' or a name never used as a label with a space is no label."""
    text = "Lina Marsh: Hello.\n\nTom Brecht: Hi.\n\nLina Marsh: Note:Bring the map.\n"
    tree = encode(text)
    assert len(_labels(tree)) == 3


# ------------------------------------------------ debates: labels said once, one moderator

DEBATE = (
    "The Third Forum of 2039\n\n"
    "    CARL JESPERSEN:  Good evening. With us are Ms. Albers and Mr. Toivonen.\n\n"
    "ALBERS: Thank you, Carl.\n\n"
    "MR. JESPERSEN: The first question is on water. Mr. Toivonen?\n\n"
    "    TOIVONEN:  Water comes first, and I have said so for years.\n"
)


def test_a_one_word_label_said_once_in_a_debate_is_a_turn() -> None:
    tree = encode(DEBATE)
    assert _labels(tree) == ["CARL JESPERSEN:", "ALBERS:", "MR. JESPERSEN:", "TOIVONEN:"]
    turns = said(tree)
    assert turns[3][1] == "Water comes first, and I have said so for years."
    assert turns[2][1] == "The first question is on water. Mr. Toivonen?"


def test_a_full_name_then_title_and_surname_is_one_moderator() -> None:
    tree = encode(DEBATE)
    who = _who(tree)
    assert who[0] == who[2]
    assert len(set(who)) == 3
    names = participants(tree)[who[0].lstrip("#")]
    assert "Carl Jespersen" in names


def test_a_title_and_surname_beside_a_full_name_still_speaking_is_another_person() -> None:
    """'MRS. HOLM:' while 'PETER HOLM:' goes on speaking: his wife, not him."""
    text = (
        "PETER HOLM: We farmed rye.\n\n"
        "INTERVIEWER: And you, Mrs. Holm?\n\n"
        "MRS. HOLM: I kept the books.\n\n"
        "PETER HOLM: She did.\n\n"
        "INTERVIEWER: Thank you.\n"
    )
    tree = encode(text)
    who = _who(tree)
    assert who[0] == who[3] != who[2]


# ------------------------------------------------ briefings: notices and titles


def test_please_note_is_a_notice_not_a_speaker() -> None:
    text = (
        "Harbor Agency Telebriefing: Storm Season\n\n"
        "Please Note: This transcript is not edited.\n\n"
        "Operator: Thank you for standing by.\n\n"
        "Ruth Ansel (Moderator): Welcome. Dr. Kemp?\n\n"
        "Dr. Kemp: Thank you, Ruth.\n"
    )
    tree = encode(text)
    assert _labels(tree) == ["Operator:", "Ruth Ansel (Moderator):", "Dr. Kemp:"]
    assert not any("note" in i for i in participants(tree))
    assert "Please Note: This transcript is not edited." in [
        "".join(p.itertext()) for p in xp(tree, "//t:text//t:p")
    ]


def test_a_generic_briefing_heading_under_the_title_does_not_win() -> None:
    text = (
        "Harbor Agency Telebriefing Transcript: Storm Season\n\n"
        "Press Briefing Transcript\n\n"
        "Monday, June 3, 2041\n\n"
        "Operator: Thank you for standing by.\n\n"
        "Dr. Kemp: Thank you.\n"
    )
    tree = encode(text)
    assert xp(tree, "//t:titleStmt/t:title")[0].text == (
        "Harbor Agency Telebriefing Transcript: Storm Season"
    )


def test_an_archive_section_over_the_record_gives_the_record_its_title() -> None:
    text = (
        "Harbor Agency Home\n\n"
        "This page is kept as an archive.\n\n"
        "Press Conference Transcripts\n\n"
        "Monthly Storm Season Update\n\n"
        "Operator: Thank you for standing by.\n\n"
        "Dr. Kemp: Thank you.\n"
    )
    tree = encode(text)
    assert xp(tree, "//t:titleStmt/t:title")[0].text == "Monthly Storm Season Update"


# ------------------------------------------------ interview records: head and foot lines


def test_an_interviewer_line_with_place_and_date_is_front_matter_and_asks_q() -> None:
    text = (
        "Interviewer: R.J. Okafor, Camden, Me. 5/14/39.\n\n"
        "Q: Where did you fish?\n\n"
        "A: Off the point.\n\n"
        "Q: With whom?\n\n"
        "A: My brother.\n"
    )
    tree = encode(text)
    assert _labels(tree) == ["Q:", "A:", "Q:", "A:"]
    who = _who(tree)
    asker = participants(tree)[who[0].lstrip("#")]
    assert "R.J. Okafor" in asker
    assert not any("Interviewer" in n for ns in participants(tree).values() for n in ns)
    line = xp(tree, "//t:text//t:p[starts-with(., 'Interviewer:')]")[0]
    assert xp(line, "t:placeName")[0].text == "Camden, Me."
    assert tei_to_text(tree) == text


def test_an_interviewer_line_at_a_narrative_s_foot_is_no_turn() -> None:
    text = (
        "TALES OF THE QUARRY\n\n"
        '"I cut granite for thirty years, and my father cut it before me, up on the '
        'north face where the stone was best."\n\n'
        '"We struck in 1922 and won."\n\n'
        "Source: Amos Fairweather (79), Barre, Vt.\n"
        "Interviewer: Celia Brandt, Barre, Vt., June 3, 1938.\n"
    )
    tree = encode(text)
    assert xp(tree, "//t:sp") == []
    line = xp(tree, "//t:text//t:p[starts-with(., 'Interviewer:')]")[0]
    assert xp(line, "t:date/@when") == ["1938-06-03"]
    names = [n for ns in participants(tree).values() for n in ns]
    assert names == ["Celia Brandt"]
    # the narrative is the text, not front matter
    assert xp(tree, "//t:body//t:p[starts-with(., '\"I cut granite')]")


def test_an_interviewer_line_with_a_question_is_still_a_turn() -> None:
    text = (
        "Interviewer: Where, in Camden, did you fish?\n\n"
        "Narrator: Off the point.\n\n"
        "Interviewer: With whom?\n\n"
        "Narrator: My brother.\n"
    )
    tree = encode(text)
    assert len(_labels(tree)) == 4


def test_a_place_and_a_year_under_the_title_date_the_record() -> None:
    text = (
        "Interview with Nell Orr\n"
        "Bangor, Maine, 1941\n\n"
        "Nell Orr: Yes.\n\n"
        "Sam Quist: Go on.\n\n"
        "Nell Orr: We moved.\n"
    )
    tree = encode(text)
    assert xp(tree, "//t:front/t:dateline/t:date/@when") == ["1941"]
    assert xp(tree, "//t:front/t:dateline/t:placeName/text()") == ["Bangor, Maine"]
    assert xp(tree, "//t:settingDesc//t:date/@when") == ["1941"]
    assert xp(tree, "//t:body//t:p[contains(., '1941')]") == []
    assert _lines(tei_to_text(tree)) == _lines(text)


def test_a_year_after_words_in_a_speech_is_no_dateline() -> None:
    text = "Nell Orr: Yes.\n\nSam Quist: Go on.\n\nBangor, Maine, 1941\n\nNell Orr: We moved.\n"
    tree = encode(text)
    assert xp(tree, "//t:dateline") == []


def test_a_line_of_speakers_joined_by_ampersand_lists_the_participants() -> None:
    text = (
        "Interview with Nell Orr\n"
        "Bangor, Maine, June 3, 1941\n"
        "Nell Orr, Sam & Vera Quist, and Unidentified Man\n\n"
        "Nell Orr: Yes.\n\n"
        "Sam Quist: Go on.\n\n"
        "Vera Quist: And then?\n\n"
        "Unidentified Man: Quiet, please.\n\n"
        "Nell Orr: We moved.\n"
    )
    tree = encode(text)
    listed = xp(tree, "//t:front/t:div[@type='participants']/t:p")
    assert len(listed) == 1
    assert "&" in "".join(listed[0].itertext())
    assert len(_labels(tree)) == 5
    assert said(tree)[0][1] == "Yes."
    assert _lines(tei_to_text(tree)) == _lines(text)


def test_a_first_name_given_to_another_is_not_linked_to_the_speaker() -> None:
    text = (
        "Nell Orr: My uncle had a mule named Sam.\n\n"
        "Sam Quist: What did the mule do?\n\n"
        "Nell Orr: Sam pulled the cart. Ask Quist.\n\n"
        "Sam Quist: I see.\n"
    )
    tree = encode(text)
    refs = xp(tree, "//t:sp//t:p//t:persName")
    assert "Sam" not in ["".join(r.itertext()) for r in refs]


def test_a_first_name_before_an_initial_is_not_linked_alone() -> None:
    text = (
        "Nell Orr: Vera K. Lind came by.\n\n"
        "Vera Quist: Did she?\n\n"
        "Nell Orr: Yes, Vera did.\n\n"
        "Vera Quist: Good.\n"
    )
    tree = encode(text)
    texts = ["".join(r.itertext()) for r in xp(tree, "//t:sp//t:p//t:persName")]
    assert texts.count("Vera") == 1  # "Yes, Vera did." only
    first = xp(tree, "//t:sp[1]/t:p")[0]
    assert not [r for r in xp(first, ".//t:persName") if "".join(r.itertext()) == "Vera"]


def test_a_source_link_after_the_last_tape_mark_is_boilerplate_not_speech() -> None:
    text = (
        "Nell Orr: Yes.\n\n"
        "Sam Quist: Go on.\n\n"
        "Nell Orr: We moved in the spring.\n\n"
        "END OF SIDE\n\n"
        "You can find the full recording here.\n"
    )
    tree = encode(text)
    assert said(tree)[-1][1] == "We moved in the spring."
    assert xp(tree, "//t:sp//t:incident") == []
    assert [d.text for d in xp(tree, "//t:body//t:incident/t:desc")] == ["END OF SIDE"]
    notes = [n.text for n in xp(tree, "//t:note[@type='boilerplate']")]
    assert notes == ["You can find the full recording here."]


def test_a_date_after_a_long_place_line_with_its_stop_dates_the_debate() -> None:
    text = (
        "Second Council Forum\n"
        "Hall of the Guilds, Northern Polytechnic, Harwick, Ontario.  Tuesday, March 4, 2042.\n\n"
        "OYELARAN: Good evening.\n\n"
        "OYELARAN: Our first question.\n"
    )
    tree = encode(text)
    assert xp(tree, "//t:front/t:dateline/t:date/@when") == ["2042-03-04"]
    place = xp(tree, "//t:front/t:dateline/t:placeName/text()")
    assert place == ["Hall of the Guilds, Northern Polytechnic, Harwick, Ontario."]


def test_two_words_over_a_place_and_date_line_are_the_title() -> None:
    text = (
        "Budget Forum\n"
        "Town Hall, Harwick.  Tuesday, March 4, 2042.\n\n"
        "OYELARAN: Good evening.\n\n"
        "OYELARAN: Our first question.\n"
    )
    tree = encode(text)
    assert xp(tree, "//t:titleStmt/t:title")[0].text == "Budget Forum"
    assert xp(tree, "//t:front/t:dateline/t:placeName/text()") == ["Town Hall, Harwick."]


def test_a_spanish_press_record_s_voices_are_no_named_persons() -> None:
    text = (
        "---\n"
        "GOBERNADORA LUCÍA PAREDES VIDAL\n"
        "Veamos el video.\n"
        "---\n"
        "VOZ HOMBRE\n"
        "Aquí estamos.\n"
        "---\n"
        "VOCES A CORO\n"
        "¡Agua!\n"
        "---\n"
        "GOBERNADORA LUCÍA PAREDES VIDAL\n"
        "Preguntas.\n"
        "---\n"
        "PREGUNTA\n"
        "¿Cuándo?\n"
        "---\n"
        "GOBERNADORA LUCÍA PAREDES VIDAL\n"
        "En mayo.\n"
        "---\n"
        "INTERLOCUTORA\n"
        "¿Seguro?\n"
        "---\n"
        "GOBERNADORA LUCÍA PAREDES VIDAL\n"
        "Sí.\n"
    )
    tree = encode(text)
    assert len(_labels(tree)) == 8
    groups = ["".join(g.itertext()).strip() for g in xp(tree, "//t:listPerson/t:personGrp")]
    assert any("Coro" in g or "CORO" in g for g in groups)
    assert any("Pregunta" in g or "PREGUNTA" in g for g in groups)
    persons = xp(tree, "//t:listPerson/t:person")
    named = [p for p in persons if not p.get("role")]
    assert ["".join(xp(p, "t:persName")[0].itertext()) for p in named] == [
        "Gobernadora Lucía Paredes Vidal"
    ]
