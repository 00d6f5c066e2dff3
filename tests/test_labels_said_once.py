"""Speaker labels said once (probe 6: press briefings, oral histories, short
records): a role, a label of the record's established form, or one of a short
record whose speakers each speak once opens a turn, never words of the turn
before; fields, notes and headings stay what they are. Invented texts."""

from __future__ import annotations

from test_exports_and_oral import encode, said, xp

from encoder.pipeline import encode_text
from encoder.plaintext import tei_to_text


def _labels(tree: object) -> list[str]:
    return ["".join(s.itertext()).strip() for s in xp(tree, "//t:sp/t:speaker")]


def _codes(text: str, name: str = "t.txt") -> list[str]:
    return [d.format() for d in encode_text(text, name).diagnostics]


def test_role_labels_said_once_open_turns() -> None:
    text = (
        "QUESTION: Good afternoon.\n\n"
        "MODERATOR: Our speaker is on background today. Go ahead.\n\n"
        "SENIOR ENERGY OFFICIAL: Thank you. Some words first.\n\n"
        "Then I will take questions.\n"
    )
    tree = encode(text)
    assert _labels(tree) == ["QUESTION:", "MODERATOR:", "SENIOR ENERGY OFFICIAL:"]
    turns = said(tree)
    assert turns[2][1] == "Thank you. Some words first. Then I will take questions."
    assert len({who for who, _ in turns}) == 3
    assert xp(tree, "//t:body//t:div/t:p") == []  # no label left as a paragraph
    assert tei_to_text(tree) == text


def test_a_capitals_label_said_once_is_not_the_last_speaker_s_words() -> None:
    """KOVAC once among DIAZ's recurring turns: Kovac's words are Kovac's."""
    text = (
        "DIAZ: The mill closed in 1962.\n\n"
        "DIAZ: Most of us moved away.\n\n"
        "KOVAC: [Over Diaz] This is a history of the valley.\n\n"
        "DIAZ: Some came back.\n"
    )
    tree = encode(text)
    assert _labels(tree) == ["DIAZ:", "DIAZ:", "KOVAC:", "DIAZ:"]
    turns = said(tree)
    assert turns[2][1].endswith("This is a history of the valley.")
    assert turns[1][1] == "Most of us moved away."
    assert turns[0][0] == turns[1][0] == turns[3][0] != turns[2][0]
    assert not any("W103" in d for d in _codes(text))


def test_a_host_said_once_among_surnames_opens_a_turn() -> None:
    text = (
        "LINDQVIST: Tell me about the storm.\n\n"
        "OKAFOR: It came at night.\n\n"
        "HOST: You are listening to a weather history.\n\n"
        "OKAFOR: By morning the pier was gone.\n"
    )
    tree = encode(text)
    assert _labels(tree) == ["LINDQVIST:", "OKAFOR:", "HOST:", "OKAFOR:"]
    assert said(tree)[2][1] == "You are listening to a weather history."


def test_mixed_case_labels_said_once_make_turns_without_a_false_w105() -> None:
    text = (
        "Moderator: Welcome to the call. I hand over to Ms. Pell.\n\n"
        "Ms. Pell: Thanks for dialing in.\n\n"
        "We will take questions shortly.\n"
    )
    tree = encode(text)
    assert _labels(tree) == ["Moderator:", "Ms. Pell:"]
    assert said(tree)[1][1] == "Thanks for dialing in. We will take questions shortly."
    assert not any("W105" in d for d in _codes(text))


def test_a_short_record_whose_members_speak_once_is_turns() -> None:
    text = (
        "Tuesday, 9 March 2004\n\n"
        "Senator Hale: My question is to the minister.\n\n"
        "The SPEAKER: The minister.\n\n"
        "Senator Ruiz: I will answer it.\n"
    )
    tree = encode(text)
    assert _labels(tree) == ["Senator Hale:", "The SPEAKER:", "Senator Ruiz:"]
    assert [w for _, w in said(tree)] == [
        "My question is to the minister.",
        "The minister.",
        "I will answer it.",
    ]


def test_full_names_and_initials_each_said_once_are_turns() -> None:
    text = "Nadia Brooks: Where were you born?\n\nOwen Price: In Leeds.\n\nNB: And your parents?\n"
    tree = encode(text)
    assert _labels(tree) == ["Nadia Brooks:", "Owen Price:", "NB:"]
    assert len({who for who, _ in said(tree)}) >= 2


def test_fields_and_notes_said_once_stay_what_they_are() -> None:
    """Colons said once that are no speakers: a date, a place, a note, a source."""
    text = (
        "Date: 3 May 2001\n\nLocation: Town Hall\n\n"
        "Note: the first minutes of the tape are lost.\n\n"
        "Source: County Archive, box 4.\n"
    )
    tree = encode(text)
    assert xp(tree, "//t:sp") == []


def test_labels_of_two_forms_said_once_are_not_a_record_of_turns() -> None:
    """A name in mixed case and one in capitals, each once: no consistent form."""
    text = "Ada Holm: the house by the river.\n\nWEBB: a barn, later a school.\n"
    assert xp(encode(text), "//t:sp") == []


def test_staff_said_once_after_a_title_is_the_staff_speaking() -> None:
    text = (
        "Press Conference on Flood Season\n\n"
        "STAFF: Welcome. Over to you, Director.\n\n"
        "Thank you. The rains come early this year.\n"
    )
    tree = encode(text)
    assert _labels(tree) == ["STAFF:"]
    assert said(tree)[0][1].startswith("Welcome. Over to you, Director. Thank you.")
    assert xp(tree, "//t:div[@type='participants']") == []


def test_a_staff_list_is_still_a_list() -> None:
    text = (
        "Staff: Ann Lee, Bo Kim\n\n"
        "LEE: We begin.\n\nKIM: Agreed.\n\nLEE: Then the budget.\n\nKIM: Yes.\n"
    )
    tree = encode(text)
    assert len(xp(tree, "//t:sp")) == 4
    assert xp(tree, "//t:div[@type='participants']")


def test_a_moderator_field_before_the_text_names_and_does_not_speak() -> None:
    text = (
        "Moderator: Lena Ruiz\n\n"
        "Moderator: Welcome, everyone.\n\n"
        "DR. OSEI: Thank you.\n\nDR. OSEI: Let me begin.\n"
    )
    tree = encode(text)
    assert _labels(tree) == ["Moderator:", "DR. OSEI:", "DR. OSEI:"]
    assert said(tree)[0][1] == "Welcome, everyone."


def test_w105_names_the_label_w103_read_as_text() -> None:
    text = (
        "Interview with Sgt. Paul Novak\n\n"
        "KT: My name is Kim Tran and I am with the project. Please begin.\n\n"
        "I grew up in Ohio.\n"
    )
    w105 = [d for d in _codes(text) if "W105" in d]
    assert len(w105) == 1
    assert "'KT:'" in w105[0] and "no speaker labels were found" not in w105[0]


def test_question_is_the_press_not_a_person_called_question() -> None:
    text = (
        "MR. VANCE: Good afternoon.\n\nQUESTION: What about the strike?\n\n"
        "MR. VANCE: No comment.\n\nQUESTION: And the port?\n"
    )
    tree = encode(text)
    assert xp(tree, "//t:person[t:persName='QUESTION' or t:persName='Question']") == []
    group = xp(tree, "//t:personGrp[t:persName='QUESTION']")
    assert len(group) == 1 and group[0].get("role") == "collective"
    ids = {who for who, _ in said(tree)}
    assert "#" + group[0].get("{http://www.w3.org/XML/1998/namespace}id") in ids


def _person_of(tree: object, label: str) -> list[str]:
    """The names of the person whose turns the label opens."""
    sp = xp(tree, f"//t:sp[t:speaker='{label}']")[0]
    pid = sp.get("who").lstrip("#")
    return ["".join(n.itertext()) for n in xp(tree, f"//*[@xml:id='{pid}']/t:persName")]


def test_initials_after_full_name_labels_are_those_people() -> None:
    text = (
        "Nadia Brooks: This begins an interview with Owen Price. Where were you born?\n\n"
        "Owen Price: In Leeds, in 1950.\n\n"
        "NB: And your parents?\n\nOP: Both taught.\n\nNB: Brothers?\n\nOP: One.\n"
    )
    tree = encode(text)
    assert len(xp(tree, "//t:sp")) == 6
    assert _person_of(tree, "NB:")[0] == "Nadia Brooks"
    assert _person_of(tree, "OP:")[0] == "Owen Price"
    assert len({who for who, _ in said(tree)}) == 2


def test_a_header_block_s_name_is_who_the_briefer_s_label_is() -> None:
    text = (
        "Maria Feld\nWeekly Press Briefing\nOttawa\nMarch 2, 2018\n\n"
        "MS FELD: Good afternoon.\n\nQUESTION: Afternoon.\n\n"
        "MS FELD: One thing first.\n\nQUESTION: Go on.\n"
    )
    tree = encode(text)
    assert _person_of(tree, "MS FELD:")[0] == "Maria Feld"
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["Weekly Press Briefing"]


def test_a_place_in_two_words_over_a_blank_line_keeps_the_title_s_place() -> None:
    """Only a name right over the next line is a header block's name: "Harbour
    Hall" over a blank line stays the first line, which two words make no
    title, so the file names the edition."""
    text = "Harbour Hall\n\nWeekly Press Briefing\n\nMR DALE: Hello.\n\nMR DALE: Bye.\n"
    assert xp(encode(text, "hall.txt"), "//t:titleStmt/t:title/text()") == ["hall"]


def test_a_background_line_names_the_briefer() -> None:
    text = (
        "Harbor Briefing\n\n"
        "BACKGROUND: Ivo Marsh is the Special Envoy for Ports.\n\n"
        "MODERATOR: Welcome. Over to you.\n\nMR MARSH: Thank you.\n\n"
        "MODERATOR: Questions?\n\nMR MARSH: Happy to take them.\n"
    )
    tree = encode(text)
    assert _person_of(tree, "MR MARSH:")[0] == "Ivo Marsh"


def test_an_interviewer_line_under_the_title_names_the_initials() -> None:
    text = (
        "AN INTERVIEW WITH ELSA NYGAARD\n\nINTERVIEW CONDUCTED BY TOM BRANDT\n\n"
        "TB: Where were you born?\n\nEN: In Duluth.\n\nTB: When?\n\nEN: In 1948.\n"
    )
    tree = encode(text)
    assert _person_of(tree, "TB:")[0] == "Tom Brandt"


def test_a_moderator_s_one_word_welcome_after_a_title_is_a_turn() -> None:
    text = (
        "Ferry Briefing\n\nMODERATOR: Welcome.\n\nMR HALE: The new boats sail in May.\n\n"
        "MODERATOR: Questions?\n\nMR HALE: Happy to take them.\n"
    )
    tree = encode(text)
    assert _labels(tree) == ["MODERATOR:", "MR HALE:", "MODERATOR:", "MR HALE:"]
    assert said(tree)[0][1] == "Welcome."
    assert xp(tree, "//t:persName[.='Welcome.']") == []
    assert xp(tree, "//t:div[@type='participants']") == []


def test_a_line_naming_the_next_speaker_is_not_the_last_speaker_s_words() -> None:
    text = (
        "HOLM: Tell me about the flood.\n\n"
        "Ida Vance, Office of Water Safety; at the agency: 1985-2019\n\n"
        "VANCE: It came in 1993.\n\nHOLM: And after?\n\nVANCE: We rebuilt.\n"
    )
    tree = encode(text)
    assert said(tree)[0][1] == "Tell me about the flood."
    stage = xp(tree, "//t:body//t:stage")
    assert len(stage) == 1 and xp(stage[0], "t:persName/text()") == ["Ida Vance"]
    assert _person_of(tree, "VANCE:")[0] == "Ida Vance"
    assert tei_to_text(tree) == text


def test_a_photo_caption_may_stand_between_the_name_line_and_the_label() -> None:
    text = (
        "HOLM: Tell me about the flood.\n\n"
        "Ida Vance, Office of Water Safety; at the agency: 1985-2019\n\n"
        "The river at its height in 1993, seen from the bridge. (County photo)\n\n"
        "VANCE: It came in 1993.\n\nHOLM: And after?\n\nVANCE: We rebuilt.\n"
    )
    tree = encode(text)
    assert said(tree)[0][1] == "Tell me about the flood."
    assert _person_of(tree, "VANCE:")[0] == "Ida Vance"


def test_a_sentence_opening_with_a_name_and_a_comma_stays_speech() -> None:
    text = (
        "HOLM: Tell me about the flood.\n\n"
        "Ida Vance, my neighbour, lost her house\n\n"
        "VANCE: It came in 1993.\n\nHOLM: And after?\n\nVANCE: We rebuilt.\n"
    )
    assert said(encode(text))[0][1] == (
        "Tell me about the flood. Ida Vance, my neighbour, lost her house"
    )


def test_a_bracketed_direction_is_a_stage_not_supplied_words() -> None:
    text = (
        "[Hosted by Rita Sand, Press Officer]\n\n"
        "MS. SAND: Good morning.\n\nMR. OYE: Morning.\n\n"
        "MS. SAND: [Talking over Oye] First question, please.\n\nMR. OYE: Thank you.\n"
    )
    tree = encode(text)
    assert xp(tree, "//t:supplied") == []
    assert xp(tree, "//t:sp[3]/t:p/t:stage[@type='delivery']/text()") == ["[Talking over Oye]"]
    stages = xp(tree, "//t:body//t:stage[@type='narration']")
    assert ["".join(s.itertext()) for s in stages] == ["[Hosted by Rita Sand, Press Officer]"]
    assert "Hosted" not in "".join(xp(tree, "//t:titleStmt/t:title/text()"))
    assert _person_of(tree, "MS. SAND:")[0] == "Rita Sand"
    assert tei_to_text(tree) == text


def test_a_given_name_label_is_the_facilitator_a_heading_names() -> None:
    text = (
        "# Soil testing at home\n\n### Session host(s): Lena Obi\n\n"
        "LENA: Welcome, I'm Lena.\n\nAUDIENCE: Which kits?\n\n"
        "LENA: The cheap ones.\n\nAUDIENCE: Thanks.\n"
    )
    tree = encode(text, "t.md")
    assert _person_of(tree, "LENA:")[0] == "Lena Obi"
    assert len({who for who, _ in said(tree)}) == 2


def test_a_cover_s_place_and_date_without_a_comma_between_are_read() -> None:
    text = (
        "AN INTERVIEW WITH ROSA IBARRA\n\nINTERVIEW CONDUCTED BY DAN KOLE\n\n"
        "BANGOR, MAINE JUNE 9, 2017\n\nDK: Where were you born?\n\nRI: In Orono.\n\n"
        "DK: When?\n\nRI: In 1939.\n"
    )
    tree = encode(text)
    assert xp(tree, "//t:dateline/t:date/@when") == ["2017-06-09"]
    assert xp(tree, "//t:dateline/t:placeName/text()") == ["BANGOR, MAINE"]


def test_a_title_in_capitals_with_its_date_names_no_place() -> None:
    text = "BOARD MEETING MARCH 3, 2019\n\nHALE: We begin.\n\nORTIZ: Agreed.\n\nHALE: Good.\n"
    assert xp(encode(text), "//t:placeName") == []


def test_a_briefing_notice_s_what_field_is_the_title_without_its_key() -> None:
    text = (
        "• WHAT: Background Briefing on Ports\n\n• WHERE: 4 Quay Street\n\n"
        "MODERATOR: Welcome.\n\nMR DALE: Thanks.\n\nMODERATOR: Questions?\n\nMR DALE: Yes.\n"
    )
    tree = encode(text)
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["Background Briefing on Ports"]
    assert tei_to_text(tree) == text


def test_initials_said_once_that_the_speech_spells_out_are_a_turn() -> None:
    text = (
        "Interview with SGT Paul Novak 3 March 2012\n\n"
        "KT: My name is Kim Tran (KT) and I am with the project. Please begin.\n\n"
        "I grew up in Ohio.\n"
    )
    tree = encode(text)
    assert _labels(tree) == ["KT:"]
    assert _person_of(tree, "KT:")[0] == "Kim Tran"


def test_initials_in_parentheses_of_another_name_make_no_turn() -> None:
    text = (
        "Interview with SGT Paul Novak\n\n"
        "KT: My name is Ann Lowe (KT stands for the project) and I ask.\n\nI grew up in Ohio.\n"
    )
    assert xp(encode(text), "//t:sp") == []


def test_a_government_page_s_banner_is_boilerplate_not_the_title() -> None:
    text = (
        "An official website of the United States Government\nHere's how you know\n\n"
        "Official websites use .gov\n\nSecure .gov websites use HTTPS\n\n"
        "Flood Season Press Conference\n\n"
        "STAFF: Welcome. Over to you, Director.\n\nThank you. The rains come early.\n"
    )
    tree = encode(text)
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["Flood Season Press Conference"]
    assert len(xp(tree, "//t:notesStmt/t:note[@type='boilerplate']")) == 4  # a note a line
    assert _labels(tree) == ["STAFF:"]
