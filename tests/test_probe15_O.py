"""Oral-history transcripts a tester's probe (15, O) found misread, in the house style
of an art archive's 1960s interviews as edited in Markdown for a photography project:
each turn under a Markdown heading that holds only its time on the tape ("## 00:00:37"
over "FULL NAME: words"), read as the heading of a section of its own, one a turn, and
a time heading over a tape's end or the interview's end ("## 00:29:40" over "[END OF
SIDE A]") read as a section's head too (O1). Small transcripts written for these tests
(names and words invented, in the house style found); every expectation was written
from the transcript above it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, said, same_words, xp


def heads(tree: object) -> list[str]:
    return [" ".join("".join(h.itertext()).split()) for h in xp(tree, "//t:text//t:head")]  # type: ignore[arg-type]


def turn_times(tree: object) -> list[str]:
    return ["".join(t.itertext()) for t in xp(tree, "//t:sp/t:speaker/t:time")]  # type: ignore[arg-type]


# O1: each turn under a Markdown heading holding its time alone; a tape's end and the
# interview's end under a time heading of their own.
TIME_HEADINGS = """## 00:00:04
MARTA QUILLON: This is Marta Quillon talking with Osgood Fenn at his farm, April 3, 1971.

## 00:00:15
OSGOOD FENN: Glad to have you out here, though the roads are bad this time of year.

## 00:00:27
MARTA QUILLON: How did you come to the cooperative in the first place?

## 00:29:40
[END OF SIDE A]

## 00:00:02
OSGOOD FENN: My uncle ran the creamery. He needed a driver and I needed the money.

## 00:00:31
MARTA QUILLON: And the drivers were paid by the load?

## 00:11:12
END OF INTERVIEW
"""


def test_a_heading_holding_only_a_time_is_the_time_of_the_turn_under_it() -> None:
    tree = encode(TIME_HEADINGS, "quillon.md")
    pairs = said(tree)
    assert len(pairs) == 5
    assert [who for who, _ in pairs] == [
        "#marta-quillon",
        "#osgood-fenn",
        "#marta-quillon",
        "#osgood-fenn",
        "#marta-quillon",
    ]
    assert turn_times(tree) == ["00:00:04", "00:00:15", "00:00:27", "00:00:02", "00:00:31"]
    assert heads(tree) == []  # no time is a section's head
    same_words(tree, TIME_HEADINGS)


def test_a_time_heading_over_a_tape_s_end_is_a_point_of_the_recording() -> None:
    tree = encode(TIME_HEADINGS, "quillon.md")
    stages = ["".join(s.itertext()) for s in xp(tree, "//t:stage")]
    assert "## 00:29:40" in stages and "## 00:11:12" in stages
    times = xp(tree, "//t:stage/t:time/@synch")
    assert len(times) == 2  # each on the recording's timeline
    markers = ["".join(i.itertext()) for i in xp(tree, "//t:incident")]
    assert markers == ["[END OF SIDE A]", "END OF INTERVIEW"]
    assert all("END" not in words for _, words in said(tree))


# negative: a Markdown heading with a time and a title over labelled turns is a
# chapter, and stays the head of its section; a time inside a sentence's heading too.
TIMED_CHAPTERS = """## 00:00:00 Arrival at the farm

MARTA QUILLON: We drove out on the Tuesday.

OSGOOD FENN: The roads were bad.

## 00:10:00 The creamery

MARTA QUILLON: Tell me about the creamery.

OSGOOD FENN: It closed in 1958.
"""


def test_a_heading_with_a_time_and_a_title_stays_a_chapter_head() -> None:
    tree = encode(TIMED_CHAPTERS, "chapters.md")
    assert len(said(tree)) == 4
    assert "## 00:10:00 The creamery" in heads(tree)
    assert turn_times(tree) == []
