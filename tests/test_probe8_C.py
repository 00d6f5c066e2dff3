"""Legislative and official records probe 8 (helper C) found misread: an
Oireachtas office printed without "The" before its holder in brackets (also
wrapped inside the bracket), a member of the Dáil named once as "Deputy First
Last:", and a footnote body at a page's foot after a sentence the page break
cut (FOMC transcripts as extracted from the PDF).

Every transcript here is invented for these tests; every expectation was
written from the transcript above it, by reading.
"""

from __future__ import annotations

from test_exports_and_oral import encode, said, xp


def test_deputy_before_a_full_name_said_once_opens_a_turn() -> None:
    text = (
        "An Ceann Comhairle: Before we proceed, I ask the House to rise.\n\n"
        "Deputy Aoife Brennan: As the Minister is aware, the scheme is failing.\n\n"
        "Deputy Tomás Mac Giolla: I agree with that.\n\n"
        "An Ceann Comhairle: Thank you.\n"
    )
    assert [who for who, _ in said(encode(text, "dail.txt"))] == [
        "#an-ceann-comhairle",
        "#aoife-brennan",
        "#tomas-mac-giolla",
        "#an-ceann-comhairle",
    ]


def test_an_office_or_deputy_line_in_ordinary_text_is_no_label() -> None:
    # a minister named with a party and no joining word; offices as a notice's fields
    notes = (
        "Notes from the county meeting\n\n"
        "Minister Roe (Fine Gael): the notice of this visit came late, and the agenda "
        "was printed the night before.\n"
        "Minister for the day: Ann Kelly, who chaired the session with patience.\n"
        "The hall was full, and the questions ran well past the hour.\n"
    )
    assert xp(encode(notes, "notes.txt"), "//t:sp") == []
    memo = (
        "Harbourview Primary School\nStaff notice, spring term\n\n"
        "Deputy Head Teacher: Mrs Ann Hale\nDeputy Head of Science: Tom Reilly\n\n"
        "The staff room will be closed on Friday for painting. Please take your mugs home.\n"
        "Deputy Head Teacher Ann Hale will lead assembly on Monday.\n"
    )
    assert xp(encode(memo, "memo.txt"), "//t:sp") == []
