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


# E2: a space mission's typescript timed in hours, minutes and seconds only (three
# groups of two digits, one before liftoff with a minus), a one-letter call sign,
# the transmission's second line flush left; page heads and a station's section.
THREE_GROUP_TIMES = """Page 7
Section BERMUDA

-00 00 05 GC 5, 4, 3, 2, 1.
00 00 01 GC Liftoff. The clock is running.
00 00 04 K Roger, clock started and the
ride is smooth.
00 00 09 GC Roger, Kestrel.
00 00 15 N Cabin pressure holding.
00 00 21 K Pitch program on time.
00 00 30 GC Copy, pitch program.
"""


def test_a_mission_time_of_three_groups_opens_each_transmission() -> None:
    tree = encode(THREE_GROUP_TIMES)
    assert speakers_and_times(tree) == [
        ("#gc", "-00 00 05"),
        ("#gc", "00 00 01"),
        ("#k", "00 00 04"),
        ("#gc", "00 00 09"),
        ("#n", "00 00 15"),
        ("#k", "00 00 21"),
        ("#gc", "00 00 30"),
    ]
    assert said(tree)[2] == ("#k", "Roger, clock started and the ride is smooth.")
    intervals = [w.get("interval") for w in xp(tree, "//t:timeline/t:when[@interval]")]
    assert intervals[:3] == ["-5", "1", "4"]


# A near miss: a table of scores, three numbers and a team in capitals, is no log.
SCORE_TABLE = """Results of the spring league

12 10 08 FC Lorient won on goal difference.
09 11 07 AS Brest finished second.
"""


def test_three_numbers_before_words_are_no_mission_time() -> None:
    tree = encode(SCORE_TABLE)
    assert turns(tree) == 0


# E3: a mission typescript whose page heads carry a station's code on the line
# under the page number ("BDA-2"), a code that never speaks: the transmissions
# under it keep their own call signs.
STATION_CODES = """\tPage 21
\tBDA-2

00 01 12 40 CC     Kestrel, Bermuda. Radar contact.
00 01 12 44 K      Roger, Bermuda. Reading you fine.
00 01 12 50 CC     Stand by for the update.

\tPage 22
\tBDA-2

00 01 13 02 K      Standing by.
00 01 13 05 CC     Retro time 1 40 22.
"""


def test_a_station_code_under_the_page_head_is_no_speaker() -> None:
    tree = encode(STATION_CODES)
    assert [w for w, _ in speakers_and_times(tree)] == ["#cc", "#k", "#cc", "#k", "#cc"]
    assert not xp(tree, "//t:person[t:persName='BDA-2']")


# A near miss: a log's call sign that speaks after a time elsewhere, standing alone
# over its words once (the typist set the time on the line before): a speaker still.
SIGN_ALONE_ONCE = """00 01 12 40 CC     Kestrel, Bermuda. Radar contact.
00 01 12 44 K      Roger, Bermuda.
00 01 12 47 CC     Say again the cabin pressure.
00 01 12 50
K
Five point five.
00 01 12 55 CC     Copy, five point five.
"""


def test_a_call_sign_alone_that_speaks_after_times_stays_a_speaker() -> None:
    tree = encode(SIGN_ALONE_ONCE)
    assert [w for w, _ in speakers_and_times(tree)] == ["#cc", "#k", "#cc", "#k", "#cc"]
