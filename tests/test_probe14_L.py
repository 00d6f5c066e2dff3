"""Plays probe 14 (helper L) found misread: printed plays as plain text in the house
styles of Gutenberg's Synge (a prefix in capitals, then its delivery in brackets between
dashes and no stop), of Manly's Kyd (the editor's headings and prefixes in brackets) and
of other editions listed in /work/probe14/L/SOURCES.md. Every play here is invented in
the house style of a real one; every expectation was written by reading the play above
it."""

from __future__ import annotations

from test_exports_and_oral import encode, xp
from test_probe11_D import _turns

# Synge as Gutenberg gives him: a prefix in capitals, then its delivery in square
# brackets between two dashes (the printer's em dashes) and no stop, the speech after
# the second dash (sometimes after a space only); a note may run over the line end;
# other speeches are "NAME. speech".
DASHED_DELIVERY = """ACT I.

SCENE: [A forge at the edge of a bog. Night. Brigid is raking the fire.]

BRIGID -- [without looking round.] -- Is that yourself, Tomas, and the
rain coming down in sheets?

TOMAS -- [a thin lad with a sack over his head, stepping in from the
dark.] -- It is, surely, and I drenched to the bone.

BRIGID. Sit in by the fire so.

TOMAS -- [shyly.] I will, and thank you kindly.

BRIGID -- [sharply, turning on him.] --
Did you see the tinkers on the road?

TOMAS. I did not. [He sits.] Only the one ass grazing.

NEIGHBOURS -- [outside, together.] -- God save all here!

BRIGID [going to the door.] -- Come in, come in out of the wet.
"""


def test_a_delivery_between_dashes_after_a_name_opens_a_speech() -> None:
    tree = encode(DASHED_DELIVERY, "forge.txt")
    turns = _turns(tree)
    assert [label for label, _ in turns] == [
        "BRIGID",
        "TOMAS",
        "BRIGID.",
        "TOMAS",
        "BRIGID",
        "TOMAS.",
        "NEIGHBOURS",
        "BRIGID",
    ]
    assert turns[0][1].startswith("Is that yourself, Tomas,")
    assert turns[3][1] == "I will, and thank you kindly."
    assert turns[4][1] == "Did you see the tinkers on the road?"
    deliveries = xp(tree, "//t:sp/t:stage[@type='delivery']//text()")
    assert "-- [without looking round.] --" in deliveries
    assert "-- [shyly.]" in deliveries


# Near miss: dashes around a bracket inside a speech, a line of the speech opening on
# words in capitals (a shout, a sign), and a word of verse before a dash.
DASHES_IN_SPEECH = """ACT I.

BRIGID. Read me what's on the board above the door.

TOMAS. It says in big letters,
NO CREDIT -- [he spells it out] -- and under it the price of porter.

BRIGID. And the song they sing at the wake?

TOMAS. It goes this way:
O -- [he hums] -- the dark rain falling.

BRIGID. That'll do.
"""


def test_dashes_around_a_note_inside_a_speech_stay_its_words() -> None:
    tree = encode(DASHES_IN_SPEECH, "board.txt")
    turns = _turns(tree)
    assert [label for label, _ in turns] == [
        "BRIGID.",
        "TOMAS.",
        "BRIGID.",
        "TOMAS.",
        "BRIGID.",
    ]
    assert "NO CREDIT" in turns[1][1]
    assert "the dark rain falling" in turns[3][1]
