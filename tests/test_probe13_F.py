"""Timestamped logs a tester's probe (13, F) found misread: a safety board's
cockpit recorder transcript copied out of its PDF, the time, the source and the
words each on a line of their own (no turn at all). Small transcripts written
for these tests (stations, times and words invented, in the house styles found);
every expectation was written from the transcript above it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, said, xp
from test_exports_probe7 import speakers_and_times


def turns(tree: object) -> int:
    return len(xp(tree, "//t:sp"))  # type: ignore[arg-type]


# F1: a cockpit recorder transcript's columns stacked: the time of day with hours and
# minutes run together ("0942:17"), the source ("CAM-1", "RDO-2", "TWR") on the next
# line, the words on the next.
STACKED_RECORDER = """0942:17
CAM-1
gear down please
0942:19
CAM-2
gear down three green
0942:25
RDO-2
heron tower wren air six four on final
0942:31
TWR
wren air six four runway two seven cleared to land
0942:40
CAM
[sound of chime]
"""


def test_a_recorder_time_alone_over_its_source_times_the_turn() -> None:
    tree = encode(STACKED_RECORDER)
    assert speakers_and_times(tree) == [
        ("#cam-1", "0942:17"),
        ("#cam-2", "0942:19"),
        ("#rdo-2", "0942:25"),
        ("#twr", "0942:31"),
        ("#cam", "0942:40"),
    ]
    assert said(tree)[2] == ("#rdo-2", "heron tower wren air six four on final")
    # the time of day has its value on the timeline: 09:42:17 is 34937 seconds
    assert xp(tree, "//t:when[@interval='34937']")


# A near miss: four digits, a colon and two digits alone on a line that no label
# follows is a verse reference or a score, and stays text.
VERSE_NUMBERS = """Readings for the week

1204:15

The choir meets on Thursday.

1311:02

Bring the blue hymn books.
"""


def test_four_digits_and_seconds_alone_without_labels_stay_text() -> None:
    tree = encode(VERSE_NUMBERS)
    assert turns(tree) == 0
    assert xp(tree, "//t:when") == []


# F2: a tower tape's transcript as aviation sites print it: the time of day with full
# stops ("11.02.40"), the position or the flight's call sign in capitals, the words,
# a long transmission going on indented; a key to the positions at the top.
DOTTED_TOWER_TAPE = """Harbor Tower, Local Control: LC
Wren Air Flight 64: WRN64

11.02.40 APP handing off wren six four
11.02.44 LC harbor tower
11.02.51 WRN64 harbor tower wren six four with you
    on the localizer two seven
11.02.58 LC wren six four cleared to land two seven
11.03.05 WRN64 cleared to land wren six four
"""


def test_a_time_with_full_stops_before_a_station_opens_the_transmission() -> None:
    tree = encode(DOTTED_TOWER_TAPE)
    assert speakers_and_times(tree) == [
        ("#app", "11.02.40"),
        ("#lc", "11.02.44"),
        ("#wrn64", "11.02.51"),
        ("#lc", "11.02.58"),
        ("#wrn64", "11.03.05"),
    ]
    assert said(tree)[2][1].endswith("on the localizer two seven")
    assert xp(tree, "//t:when[@interval='39760']")  # 11:02:40


# A near miss: a diary whose entries start with a date written with full stops.
DOTTED_DIARY = """03.04.21 rain all day, stayed in.
04.04.21 walked to the harbour with Tom.
05.04.21 letters to Ana and Bea.
06.04.21 rain again.
"""


def test_a_date_with_full_stops_before_lower_case_words_is_no_time() -> None:
    tree = encode(DOTTED_DIARY)
    assert turns(tree) == 0
    assert xp(tree, "//t:when") == []


# F3: a mission typescript as a volunteer typed it: each page under its tape and page
# lines set in by a tab, a blank line between pages, and the copyist's "Comment …"
# line (the station in reach) standing alone between two transmissions.
TYPED_PAGES_WITH_COMMENT = """\tTape 4
\tPage 1
\tComment TANAGER (REV 2)
01 02 03 04 CC Kestrel, Houston. Over.
01 02 03 09 CDR Go ahead, Houston.

\tTape 4
\tPage 2
01 02 04 11 CC Your burn looked good.
01 02 04 15 CDR Thank you.

\tTape 4
\tPage 3
01 02 05 20 LMP Systems are steady.
01 02 05 40 CDR Houston, how do you read?

\tComment OSPREY (REV 2)
01 02 05 44 CC Reading you five by.
01 02 05 47 CC Go ahead, Kestrel.

\tTape 4
\tPage 4
01 02 06 02 CDR Stand by for the readout.
01 02 06 09 CC Standing by.
"""


def test_a_copyists_comment_between_transmissions_is_no_speaker() -> None:
    tree = encode(TYPED_PAGES_WITH_COMMENT)
    who = [sp.get("who") for sp in xp(tree, "//t:sp")]
    assert who == ["#cc", "#cdr", "#cc", "#cdr", "#lmp", "#cdr", "#cc", "#cc", "#cdr", "#cc"]
    assert xp(tree, "//t:person[contains(@xml:id, 'comment')]") == []
    # the comment stands where it stood, between CDR's call and CC's answer
    comment = xp(tree, "//t:incident[t:desc='Comment OSPREY (REV 2)']")
    assert len(comment) == 1
    assert comment[0].getnext().get("who") == "#cc"
    assert all("OSPREY" not in words for _, words in said(tree))


# A near miss: a live event's chat, each poster's name alone over the message, no
# time: the names are still the speakers.
POSTERS_CHAT = """Ana Ruiz
Good morning all.

Comment Desk
Questions go here.

Ana Ruiz
Thanks.

Comment Desk
Noted.

Ana Ruiz
Bye.
"""


def test_names_over_messages_without_times_still_speak() -> None:
    tree = encode(POSTERS_CHAT)
    assert [sp.get("who") for sp in xp(tree, "//t:sp")] == [
        "#ana-ruiz",
        "#comment-desk",
        "#ana-ruiz",
        "#comment-desk",
        "#ana-ruiz",
    ]


# F4: a safety board's legend over the recorder transcript: each source's code, one
# space, what it means ("CAM Cockpit area microphone ..."); the same codes then
# speak after the times ("0942:40 CAM [sound of chime]").
LEGEND_OVER_RECORDER = """LEGEND
CAM Cockpit area microphone voice or sound source
HOT Flight crew audio panel voice or sound source
RDO Radio transmission from the accident airplane
TWR Radio transmission from Heron tower
-1 Voice identified as the captain
-2 Voice identified as the first officer

0942:17 CAM-1 gear down please
0942:19 HOT-2 gear down three green
0942:25 RDO-2 heron tower wren air six four on final
0942:31 TWR wren air six four cleared to land
0942:40 CAM [sound of chime]
0942:44 HOT-1 landing checklist
"""


def test_a_legend_line_whose_code_speaks_later_is_no_turn() -> None:
    tree = encode(LEGEND_OVER_RECORDER)
    assert [who for who, _ in speakers_and_times(tree)] == [
        "#cam-1",
        "#hot-2",
        "#rdo-2",
        "#twr",
        "#cam",
        "#hot-1",
    ]
    assert all(time is not None for _, time in speakers_and_times(tree))
    assert all("microphone" not in words for _, words in said(tree))


# A near miss: after the first time, a call sign's line with no time of its own is a
# transmission in the same second, as a typist printed a time only when it changed.
SAME_SECOND = """Voice transcription, pass one

00 01 02 03 CC Kestrel, Houston.
CDR Go ahead.
00 01 02 09 CC Your burn looked good.
00 01 02 15 CDR Thank you.
CC Roger.
"""


def test_a_sign_without_a_time_after_the_first_time_still_speaks() -> None:
    tree = encode(SAME_SECOND)
    assert [sp.get("who") for sp in xp(tree, "//t:sp")] == ["#cc", "#cdr", "#cc", "#cdr", "#cc"]
