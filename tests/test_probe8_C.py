"""Legislative and official records probe 8 (helper C) found misread: an
Oireachtas office printed without "The" before its holder in brackets (also
wrapped inside the bracket), a member of the Dáil named once as "Deputy First
Last:", and a footnote body at a page's foot after a sentence the page break
cut (FOMC transcripts as extracted from the PDF).

Every transcript here is invented for these tests; every expectation was
written from the transcript above it, by reading.
"""

from __future__ import annotations

from test_exports_and_oral import encode, participants, said, same_words, xp

# Dáil style: inline labels, hard-wrapped speech, no empty line between turns;
# a minister's office without "The", its holder in brackets.
OFFICE_HOLDER = """Harbour Safety

Deputy Niamh Corrigan: I thank the Ceann Comhairle for selecting this matter. The pier at
Kilbrack has been closed since the storm and the fishing fleet cannot land its catch.
Minister of State at the Department of the Marine (Deputy Ronan Tierney): I thank the
Deputy for raising the matter. Engineers inspected the pier last week and their report
is with my Department.
Deputy Niamh Corrigan: When will the works begin?
Deputy Ronan Tierney: I expect a tender before the end of the year.
"""


def test_an_office_without_the_before_its_holder_in_brackets_is_a_label() -> None:
    tree = encode(OFFICE_HOLDER, "pier.txt")
    turns = said(tree)
    assert [who for who, _ in turns] == [
        "#niamh-corrigan",
        "#ronan-tierney",
        "#niamh-corrigan",
        "#ronan-tierney",
    ]
    assert turns[1][1].startswith("I thank the Deputy for raising the matter.")
    speaker = xp(tree, "//t:sp[2]/t:speaker")[0]
    assert " ".join("".join(speaker.itertext()).split()) == (
        "Minister of State at the Department of the Marine (Deputy Ronan Tierney):"
    )
    same_words(tree, OFFICE_HOLDER)


# The same label wrapped by the print inside its bracket, and a member named once.
WRAPPED_HOLDER = """Deputy Orla Breen: The grant scheme for coastal towns closed after three
weeks and half the applicants were turned away.
Minister of State at the Department of Rural and Community Development (Deputy
Colm Ferriter): I thank the Deputy. The scheme will reopen in the spring with more funding.
Deputy Orla Breen: That is welcome.
Deputy Fergal Dalton: Will the islands be included?
Deputy Colm Ferriter: They will.
"""


def test_an_office_label_wrapped_inside_its_bracket_and_a_deputy_said_once() -> None:
    tree = encode(WRAPPED_HOLDER, "grant.txt")
    assert [who for who, _ in said(tree)] == [
        "#orla-breen",
        "#colm-ferriter",
        "#orla-breen",
        "#fergal-dalton",
        "#colm-ferriter",
    ]
    assert said(tree)[1][1] == (
        "I thank the Deputy. The scheme will reopen in the spring with more funding."
    )
    assert "Deputy Fergal Dalton" in participants(tree)["fergal-dalton"]
    same_words(tree, WRAPPED_HOLDER)


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
