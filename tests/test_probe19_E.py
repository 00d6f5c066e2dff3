"""Press briefings and calls a tester's probe (19, E) found misread: a briefing's
text wrapped at a fixed width where a word in capitals and a colon fell at a line's
start in the middle of a sentence ("… with allies and partners at" / "NATO: We are
…"), read as a speaker said once (E1). Small transcripts written for these tests (names and
words invented, in the house style found); every expectation was written from the
transcript above it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, said, xp


def turns(tree: object) -> int:
    return len(xp(tree, "//t:sp"))  # type: ignore[arg-type]


def paragraphs_of(tree: object, index: int) -> list[str]:
    sp = xp(tree, "//t:sp")[index]  # type: ignore[arg-type]
    return [" ".join("".join(p.itertext()).split()) for p in xp(sp, "t:p")]


# E1: a briefing wrapped at 72 columns; the adviser's sentence runs on over "TREATY:"
# at a line's start, and a reporter's question over "GRID:".
WRAPPED_COLON_WORDS = """Press Briefing by the Press Secretary and the Security Adviser

Main Briefing Room

1:05 P.M. EST

MS. VANTERPOOL:  Good afternoon.  The adviser will start us off today and
then take a few of your questions.

MR. OKONKWO:  Thanks.  As we said in the readout, and as we agreed with
the other members of the council when we met in the capital last week, the
TREATY: We are ready to talk about limits on exercises, so long as both
sides verify them.

Q    And a follow-up on the power lines.  What happens to the
GRID: Is it safe through the winter?

MR. OKONKWO:  We think it is, yes.

MS. VANTERPOOL:  Thanks, everybody.

END 1:20 P.M. EST
"""


def test_a_word_and_colon_a_wrap_put_at_a_lines_start_is_no_speaker() -> None:
    tree = encode(WRAPPED_COLON_WORDS)
    whos = [who for who, _ in said(tree)]
    assert turns(tree) == 5
    assert not any("treaty" in w.casefold() or "grid" in w.casefold() for w in whos)
    # the sentence stays one paragraph of the adviser's turn, the question one of Q's
    first = paragraphs_of(tree, 1)
    assert len(first) == 1
    assert "last week, the TREATY: We are ready to talk" in first[0]
    assert "happens to the GRID: Is it safe" in paragraphs_of(tree, 2)[0]
    assert whos[2] == "#q"


# negative: the same shape, but a voice said once opens its own paragraph after a
# blank line under a speech left mid-sentence (a reporter cut off), and another right
# under a sentence that ended: both are turns.
SAID_ONCE_AFTER_CUT = """Press Briefing by the Press Secretary

Main Briefing Room

1:05 P.M. EST

MS. VANTERPOOL:  Good afternoon.  Two things at the top before I take your
questions.

Q    Can you say when the report comes out and whether the

AIDE:  Last question, please.

MS. VANTERPOOL:  It comes out on Friday.  We have said so since the spring.
OFFICIAL:  And the annex comes out a week later.

MS. VANTERPOOL:  Thanks, everybody.
"""


def test_a_voice_said_once_after_a_blank_line_or_an_ended_sentence_stays_a_turn() -> None:
    tree = encode(SAID_ONCE_AFTER_CUT)
    whos = [who for who, _ in said(tree)]
    assert turns(tree) == 6
    assert any(w.endswith("aide") for w in whos)
    assert any(w.endswith("official") for w in whos)
