"""Mission and radio logs a tester's probe (16, U) found misread: a space
station's public affairs commentary typed as `CODE words` with no time and no
colon, each transmission's words running on at the margin over the next lines
(no turn at all). Small transcripts written for these tests (stations, crews
and words invented, in the house styles found); every expectation was written
from the transcript above it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, said, xp


def turns(tree: object) -> int:
    return len(xp(tree, "//t:sp"))  # type: ignore[arg-type]


# U1: a mission commentary typescript: the commentator's and the crew's codes
# (PAO, CC, CMP, LMP) before the words, no colon and no time; a transmission's
# words run on at the margin, so the coded lines are fewer than half of all lines.
WRAPPED_COMMENTARY = """ORB-3 MC240/1
Time: 09:12 CST 12:15:12 GMT

PAO This is Orbital Control, the crew is
about to begin the third pass over the
southern station, and the line will stay up
for the next eight minutes.
CC Orbiter, we're with you through the
southern station for eight minutes, and we
need a battery reading when you are free.
CMP Stand by, Lena is at the panel.
LMP Battery two reads thirty one and a
half, battery three reads thirty, and the
heater is off again.
CC Copy, thirty one and a half and thirty,
and the heater off. That agrees with the
numbers down here.
CMP MARK. Camera on at 14:20.
CC Roger, we saw it.
LMP Okay, the window is clear now and the
coast is coming up on the left side.
"""


def test_a_commentary_of_codes_and_wrapped_words_opens_a_turn_at_each_code() -> None:
    tree = encode(WRAPPED_COMMENTARY)
    who = [w for w, _ in said(tree)]
    assert who == ["#pao", "#cc", "#cmp", "#lmp", "#cc", "#cmp", "#cc", "#lmp"]
    # the run-on lines are the transmission's words, the code is no word of them
    assert said(tree)[3] == (
        "#lmp",
        "Battery two reads thirty one and a half, battery three reads thirty, "
        "and the heater is off again.",
    )
    # "CMP MARK. Camera on at 14:20.": the code and a word called out, not a
    # label "CMP MARK." closed by its full stop
    assert said(tree)[5] == ("#cmp", "MARK. Camera on at 14:20.")


# A near miss: a hard-wrapped news report whose lines open with country codes now
# and then ("US officials", "UK ministers") is prose, no voices.
WRAPPED_REPORT = """Trade talks resume

The talks resumed on Monday after a pause of
three weeks. US officials said the tariffs
would stay for now, while the other side
asked for a timetable.
UK ministers were not at the table, but
their advisers sent a note to both sides.
US negotiators answered it in writing and
the note was published the next morning.
EU officials said they would wait and see
what the two delegations agree before they
make any offer of their own on steel.
UK exporters, for their part, want an end
to the uncertainty before the winter.
US farmers said the same in a letter.
EU members meet again next month.
"""


def test_a_wrapped_report_with_country_codes_at_lines_starts_has_no_turns() -> None:
    tree = encode(WRAPPED_REPORT)
    assert turns(tree) == 0


# A near miss: a court's labels in capitals closed by a colon are labels, not codes.
COURT_LINES = """HIS HONOUR: Yes, Mr Roe.
MR ROE: Thank you, your Honour. At 10:30 the witness left.
HIS HONOUR: Go on.
MR ROE: The next entry is at 11:15.
"""


def test_a_courts_capital_labels_with_colons_stay_labels() -> None:
    tree = encode(COURT_LINES)
    assert [s.text for s in xp(tree, "//t:sp/t:speaker")] == ["HIS HONOUR:", "MR ROE:"] * 2


# U2: a long mission's elapsed time (days past eleven) and a typescript's day of the
# year are a million seconds and more: the timeline's value must stay a decimal
# the schema takes, not the exponent form ("1.2174e+06").
LONG_MISSION = """14 02 10 05 CC Station, Houston. We have you for nine minutes.
14 02 10 11 CDR Loud and clear, Houston.
14 02 10 20 CC Roger. We'd like the water reading first.
14 02 10 31 PLT Water is at sixty two percent.
"""


def test_a_mission_time_past_eleven_days_keeps_a_decimal_value() -> None:
    tree = encode(LONG_MISSION)  # (encode checks the output against the schema)
    assert turns(tree) == 4
    # 14 days 02:10:05 is 1 217 405 seconds
    assert xp(tree, "//t:when[@interval='1217405']")
    assert not xp(tree, "//t:when[contains(@interval, 'e')]")


# U3: a technical air-to-ground typescript keyed by the day of the year: the time
# (day, hours, minutes, seconds) is printed only when it changes, so most
# transmissions are a code and words, and the times are too few to make the file
# a timed log; a time before one of the codes is still that transmission's.
DAY_OF_YEAR_TAPE = """TAPE 212-04

212 04 11 52 CC Station, Houston. We're with you through
the west coast for twelve minutes.

SPT Good morning, Houston.

CC Good morning. The pad for the solar pass is
ready when you are.

212 04 13 07 CC And Tom, the filter change can wait until
after the pass.

SPT Fine, we'll leave it.

CDR Houston, the heater is on again.

CC Copy, the heater on.
"""


def test_a_day_of_year_time_before_a_code_times_its_transmission() -> None:
    tree = encode(DAY_OF_YEAR_TAPE)
    assert [w for w, _ in said(tree)] == ["#cc", "#spt", "#cc", "#cc", "#spt", "#cdr", "#cc"]
    assert said(tree)[0] == (
        "#cc",
        "Station, Houston. We're with you through the west coast for twelve minutes.",
    )
    # the two times are the first and the fourth transmissions'
    timed = xp(tree, "//t:sp[@synch]/t:speaker/t:time/text()")
    assert timed == ["212 04 11 52", "212 04 13 07"]
    assert xp(tree, "//t:when[@interval='18331912']")  # day 212, 04:11:52


# A near miss: figures in four groups before a word in capitals, in a text with no
# codes of a voice transcript, are a table's, no time.
FIGURES = """Readings from the gauge

101 02 03 04 ABC was the first batch, and it was fine.

The second batch was late. We will test it again next week and
report the numbers then.
"""


def test_four_groups_of_figures_without_codes_stay_text() -> None:
    tree = encode(FIGURES)
    assert turns(tree) == 0
    assert not xp(tree, "//t:when[@interval]")


# U4: a NASA typescript's tape head with its series before it, alone on its line
# over each page: "TAG Tape 212-04/T-301" (a technical air-to-ground tape), "ORB-3
# MC240/2" (a mission commentary's tape and page). The series code is no voice:
# the head is a page's, not a transmission "TAG" of a tape's words.
SERIES_HEADS = """TAG Tape 212-04/T-301

212 04 11 52 CC Station, Houston. We're with you for
twelve minutes.

SPT Good morning, Houston.

CC Morning. The pad is ready.

TAG Tape 212-04/T-302

212 04 13 07 CC And the filter can wait.

SPT Fine, we'll leave it. CC Tape recorder is on, by the way.

CC Tape recorder is on here too.
"""


def test_a_tapes_head_with_its_series_is_a_page_not_a_voice() -> None:
    tree = encode(SERIES_HEADS)
    assert [w for w, _ in said(tree)] == ["#cc", "#spt", "#cc", "#cc", "#spt", "#cc"]
    assert [pb.get("n") for pb in xp(tree, "//t:pb")] == ["212-04/T-301", "212-04/T-302"]
    # a code's words that start with "Tape" are still its words
    assert said(tree)[5] == ("#cc", "Tape recorder is on here too.")


COMMENTARY_PAGES = WRAPPED_COMMENTARY + "ORB-3 MC240/2\nCC Okay, we see it too.\n"


def test_a_commentary_tapes_page_head_is_a_page_break_not_words() -> None:
    tree = encode(COMMENTARY_PAGES)
    assert [pb.get("n") for pb in xp(tree, "//t:pb")] == ["240/1", "240/2"]
    assert said(tree)[-2] == (
        "#lmp",
        "Okay, the window is clear now and the coast is coming up on the left side.",
    )
    assert said(tree)[-1] == ("#cc", "Okay, we see it too.")


# U5: a voice transcription's page head on one line, its parts set apart by tabs:
# the network in parentheses, the tape, the page ("(ORB NET 2)<TAB>Tape 2/1<TAB>Page
# 4"), or the tape in parentheses and the page: the page begins; the head is no
# words of the transmission above it.
NET_HEADS = (
    "(ORB NET 2)\t\t\t\tTape 2/1\t\t\t\tPage 4\n\n"
    "00 00 10 04 CDR The clock is running.\n"
    "00 00 10 09 CC Roger, clock.\n"
    "00 00 10 15 LMP Roll program.\n"
    "CC Roger, roll.\n\n"
    "(ORB NET 2)\t\t\t\tTape 2/2\t\t\t\tPage 5\n\n"
    "00 00 11 02 CMP Cabin pressure is holding\n"
    "                at five point two.\n"
    "00 00 11 10 CC Copy, five point two.\n\n"
    "(TAPE 3/1)\t\t\t\tPage 6\n\n"
    "00 00 12 00 CDR Staging.\n"
    "00 00 12 05 CC Roger, staging.\n"
)


def test_a_net_tape_and_page_head_is_a_page_break() -> None:
    tree = encode(NET_HEADS)
    assert [pb.get("n") for pb in xp(tree, "//t:text//t:pb")] == ["4", "5", "6"]
    assert turns(tree) == 8
    assert said(tree)[3] == ("#cc", "Roger, roll.")
    assert said(tree)[5] == ("#cc", "Copy, five point two.")


# A near miss: a sentence that names a tape and a page is words.
TAPE_SENTENCE = """00 00 10 04 CDR The clock is running.
00 00 10 09 CC Roger, clock.
00 00 10 15 LMP Roll program.
(Tape 3/1) Page 6 was lost in the copy.
00 00 10 20 CC Roger, roll.
"""


def test_a_sentence_about_a_tape_and_a_page_stays_words() -> None:
    tree = encode(TAPE_SENTENCE)
    assert not xp(tree, "//t:text//t:pb")
    assert "Page 6 was lost in the copy." in " ".join(w for _, w in said(tree))


# U6: under a commentary tape's head, the tape's time and date on lines of their own
# ("Time: 09:12 CST 12:15:12 GMT", "3/14/75") are the page's head, no words of the
# transmission the page breaks into.
HEADED_PAGES = (
    WRAPPED_COMMENTARY
    + "ORB-3 MC240/2\nTime: 09:12 CST 12:15:12 GMT\n3/14/75\n\n"
    + "CC Okay, we see it too.\n"
    + "ORB-3 MC241/1\nCC Time: two minutes to the next pass.\n"
)


def test_a_tapes_time_and_date_under_its_head_are_the_pages_head() -> None:
    tree = encode(HEADED_PAGES)
    heads = [" ".join(fw.itertext()) for fw in xp(tree, "//t:fw[@type='header']")]
    assert "Time: 09:12 CST 12:15:12 GMT" in heads
    assert "3/14/75" in heads
    assert said(tree)[-3][1].endswith("coming up on the left side.")
    assert said(tree)[-2] == ("#cc", "Okay, we see it too.")
    # a transmission under the head that speaks of the time stays the code's words
    assert said(tree)[-1] == ("#cc", "Time: two minutes to the next pass.")
