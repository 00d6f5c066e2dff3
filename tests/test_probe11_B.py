"""Parliamentary records as a user has them (probe 11, helper B): the Oireachtas
Official Report as pdftotext gives it (hard-wrapped speech, labels inline, headings
of business between turns) and the Congressional Record's web page. Every
transcript here is invented (other names, other words than the probe's)."""

from __future__ import annotations

from test_exports_and_oral import encode, said, same_words

# A wrapped line of a speech may open with "the" and a party's letters ending a
# sentence ("the SDLP. Next Monday ..."): words of the speech, no label.
WRAPPED_ACRONYM = """Minister for Rural Affairs (Deputy Nora Keegan): I spoke about the harbour
works on Friday with the county manager and with the leader of
the SDLP. Next week's meeting in Sligo will give us the chance to settle the
timetable for the second pier.
Deputy Colm Farrelly: Will the Minister publish the timetable?
Deputy Nora Keegan: I will, as soon as it is agreed.
Deputy Colm Farrelly: I thank the Minister.
"""


def test_a_wrapped_line_opening_with_the_and_letters_is_speech() -> None:
    tree = encode(WRAPPED_ACRONYM, "dail.txt")
    turns = said(tree)
    assert [who for who, _ in turns] == [
        "#nora-keegan",
        "#colm-farrelly",
        "#nora-keegan",
        "#colm-farrelly",
    ]
    assert "the SDLP. Next week's meeting in Sligo" in turns[0][1]
    same_words(tree, WRAPPED_ACRONYM)


def test_an_office_in_capitals_after_the_still_opens_a_turn() -> None:
    text = (
        "  The PRESIDING OFFICER. The Senator from Ohio.\n"
        "  Mr. HALVORSEN. I thank the Chair. I rise to speak on the bill.\n"
        "  The PRESIDING OFFICER. The Senator's time has expired.\n"
        "  Mr. HALVORSEN. I yield the floor.\n"
    )
    tree = encode(text, "crec.txt")
    assert [who for who, _ in said(tree)] == [
        "#presiding-officer",
        "#halvorsen",
        "#presiding-officer",
        "#halvorsen",
    ]
