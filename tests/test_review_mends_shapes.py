"""Review 10's invented inputs that the reader misread: each mended shape, on
small transcripts written for the test (names invented)."""

from __future__ import annotations

from test_exports_and_oral import encode, xp


def _labels(tree: object) -> list[str]:
    return ["".join(s.itertext()).strip() for s in xp(tree, "//t:sp/t:speaker")]


def _turn_texts(tree: object) -> list[str]:
    return [" ".join("".join(p.itertext()).split()) for p in xp(tree, "//t:sp")]


def test_a_speaker_reading_the_gov_banner_keeps_the_words() -> None:
    text = (
        "VANCE: Here is the slide.\n\nOfficial websites use .gov\n\n"
        "PELL: And then?\n\nVANCE: Here's how you know\n"
    )
    tree = encode(text)
    turns = _turn_texts(tree)
    assert turns[0] == "VANCE: Here is the slide. Official websites use .gov"
    assert turns[2] == "VANCE: Here's how you know"
    assert xp(tree, "//t:notesStmt/t:note[@type='boilerplate']") == []


def test_the_gov_banner_over_a_page_copy_is_still_furniture() -> None:
    text = (
        "Official websites use .gov\n\nHarbor Safety Briefing\n\n"
        "VANCE: Welcome.\n\nPELL: Thank you.\n\nVANCE: The pier is shut.\n\nPELL: Since when?\n"
    )
    tree = encode(text)
    assert len(xp(tree, "//t:notesStmt/t:note[@type='boilerplate']")) == 1
    assert _labels(tree) == ["VANCE:", "PELL:", "VANCE:", "PELL:"]


def test_nested_mail_quotes_are_no_caption_turns() -> None:
    text = (
        "Lena,\n\nThursday suits me.\n\nOwen\n\n"
        "> On Tuesday, Lena Marsh wrote:\n> Could we meet later?\n"
        ">> On Monday, Owen Pike wrote:\n>> The board meets at nine.\n>> Bring the maps.\n"
    )
    tree = encode(text)
    assert xp(tree, "//t:sp") == []
    assert xp(tree, "//t:person[@role='unidentified']") == []


def test_a_forums_double_chevron_quote_is_no_caption_turn() -> None:
    text = (
        "Ferry thread\n\nLena wrote:\n\n>> The ferry stopped in 2003.\n>> Nobody said why.\n\n"
        "Owen replied:\n\nThe engines failed.\n"
    )
    assert xp(encode(text), "//t:sp") == []


def test_caption_chevron_paragraphs_copied_as_text_still_open_turns() -> None:
    text = (
        ">> Good evening from the ferry board.\n\n>> Thank you. The minutes first.\n\n"
        ">> Seconded.\n\n>> Any against?\n"
    )
    assert len(xp(encode(text), "//t:sp")) == 4


def test_a_statute_quoted_in_a_lecturers_turn_is_no_voice_from_the_floor() -> None:
    text = (
        "Seminar on River Law\n\nDR. MOSS: I will read the by-law.\n\n"
        "> No barge shall moor at the weir.\n\nDR. MOSS: That is all of it.\n\n"
        "AUDITOR: Even in floods?\n\nDR. MOSS: The second clause says:\n\n"
        "> Save in flood.\n"
    )
    tree = encode(text)
    assert xp(tree, "//t:person[@role='unidentified']") == []
    assert _turn_texts(tree)[0] == (
        "DR. MOSS: I will read the by-law. > No barge shall moor at the weir."
    )


def test_a_letter_read_on_air_stays_the_hosts() -> None:
    text = (
        "PRESENTER: A note from Kettering.\n\n> I listen every Sunday.\n\n"
        "> More about owls, please.\n\nCALLER: Nice.\n\nPRESENTER: Owls it is.\n"
    )
    tree = encode(text)
    assert _turn_texts(tree)[0] == (
        "PRESENTER: A note from Kettering. > I listen every Sunday. > More about owls, please."
    )
    assert _labels(tree) == ["PRESENTER:", "CALLER:", "PRESENTER:"]


def test_a_numbered_report_to_a_board_is_no_question_to_a_minister() -> None:
    text = (
        "Minutes of the Canoe Club\n\n1. Opening by the chair.\n\n"
        "2. Lena Marsh (Treasurer) to the Board of Trustees: the accounts are sound.\n\n"
        "3. Any other business: none.\n"
    )
    assert xp(encode(text), "//t:sp") == []


def test_a_numbered_question_to_an_associate_minister_is_still_asked() -> None:
    text = (
        "Questions for Oral Answer\n\n"
        "7. OWEN PIKE (Labour—Otago) to the Associate Minister of Health: Is the ward open?\n\n"
        "Hon LENA MARSH (Associate Minister of Health): It opens in May.\n\n"
        "Owen Pike: Which May?\n\nHon LENA MARSH: This one.\n"
    )
    assert _turn_texts(encode(text))[0] == (
        "7. OWEN PIKE (Labour—Otago) to the Associate Minister of Health: Is the ward open?"
    )


def test_an_aside_between_em_dashes_after_one_word_is_no_speaker() -> None:
    text = (
        "The Weir Survey\n\nStill —as the divers found— the weir was sound.\n\n"
        "Then —after the flood— the board reopened it.\n\nNo one complained.\n"
    )
    tree = encode(text)
    assert xp(tree, "//t:sp") == []
    assert xp(tree, "//t:person") == []


def test_members_labels_glued_to_an_em_dash_still_open_turns() -> None:
    text = (
        "The PRESIDENT —Order! Senator Pike.\n\nSenator PIKE —I move the motion.\n\n"
        "Ms Marsh —I second it.\n\nThe PRESIDENT —The question is put.\n"
    )
    chair = "The PRESIDENT —"
    assert _labels(encode(text)) == [chair, "Senator PIKE —", "Ms Marsh —", chair]


def test_a_participants_list_with_offices_in_parentheses_opens_no_turns() -> None:
    text = (
        "Minutes of the Chess Club\n\nPresent:\nLena Marsh (Chair) (by video)\n"
        "Owen Pike (Clerk) (left early)\n\nLena Marsh\nThe hall is booked.\n\n"
        "Owen Pike\nThe fees are paid.\n"
    )
    tree = encode(text)
    assert not any(
        t.startswith(("Lena Marsh (Chair)", "Owen Pike (Clerk)")) for t in _turn_texts(tree)
    )
    assert xp(tree, "//t:sp[not(t:p)]") == []


def test_a_title_with_its_draft_in_parentheses_is_no_office_and_holder() -> None:
    text = (
        "The Weir Plan (Third Draft)\n\nMr. Pike said the plan was late.\n\n"
        "Ms. Marsh asked about the weir.\n"
    )
    tree = encode(text)
    assert xp(tree, "//t:sp") == []
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["The Weir Plan (Third Draft)"]


def test_offices_and_holders_alone_over_speeches_still_open_turns() -> None:
    text = (
        "Official Report\n\nThe Presiding Officer (Lena Marsh)\nOrder, order.\n\n"
        "The Minister for Canals (Owen Pike)\nThe locks are mended.\n\n"
        "The Presiding Officer (Lena Marsh)\nThank you.\n"
    )
    assert [t.split(")")[0] for t in _turn_texts(encode(text))] == [
        "The Presiding Officer (Lena Marsh",
        "The Minister for Canals (Owen Pike",
        "The Presiding Officer (Lena Marsh",
    ]


def test_a_recurring_office_and_holder_on_the_first_line_is_a_label() -> None:
    text = (
        "The Presiding Officer (Lena Marsh)\nOrder, order.\n\n"
        "The Minister for Canals (Owen Pike)\nThe locks are mended.\n\n"
        "The Presiding Officer (Lena Marsh)\nThank you.\n"
    )
    assert len(_turn_texts(encode(text))) == 3
