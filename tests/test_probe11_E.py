"""Timestamped logs and podcast transcripts a tester's probe (11, E) found
misread: a podcast site's transcript that sets each turn as a time, the name in
bold with no colon and the words (no turn at all); a space mission's typescript
timed in hours, minutes and seconds only, three groups (no turn at all); a
mission typescript's station codes under the page heads, read as call signs.
Small transcripts written for these tests (names, times and words invented, in
the house styles found); every expectation was written from the transcript above
it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, said, xp
from test_exports_probe7 import speakers_and_times


def turns(tree: object) -> int:
    return len(xp(tree, "//t:sp"))  # type: ignore[arg-type]


# E1: a podcast site's transcript: the time with its tenths, the name in bold with
# no colon, the words on the same line; a paragraph with a time and no name goes on
# with the speaker before; two names joined by "&" speak together.
BOLD_AFTER_TIME = """(Theme music: banjo)

0:00:04.2 **Ruth Okafor** Welcome back to Tidepool Talk. I'm Ruth.

0:00:09.8 **Len Marsh** And I'm Len.

0:00:11.0 **Ruth Okafor** Today we're talking about limpets.

0:00:20.5 They hold on harder than you would think.

0:00:25.1 **Len Marsh** (laughs) They do.

0:00:27.9 **Ruth Okafor & Len Marsh** Limpets!
"""


def test_a_bold_name_after_a_time_labels_the_words() -> None:
    tree = encode(BOLD_AFTER_TIME)
    assert speakers_and_times(tree) == [
        ("#ruth-okafor", "0:00:04.2"),
        ("#len-marsh", "0:00:09.8"),
        ("#ruth-okafor", "0:00:11.0"),
        ("#len-marsh", "0:00:25.1"),
        ("#ruth-okafor #len-marsh", "0:00:27.9"),
    ]
    words = said(tree)
    assert words[0] == ("#ruth-okafor", "Welcome back to Tidepool Talk. I'm Ruth.")
    # the timed paragraph without a name is Ruth's still
    assert "hold on harder" in words[2][1]


# A near miss: a timed log whose lines put a word in bold for stress, each once.
BOLD_FOR_STRESS = """0:00:04 **Check** the pumps before noon.
0:00:09 **Never** open valve three.
0:00:15 Log the readings.
0:00:20 **Always** sign the sheet.
"""


def test_a_stressed_word_in_bold_after_a_time_is_no_speaker() -> None:
    tree = encode(BOLD_FOR_STRESS)
    assert turns(tree) == 0
