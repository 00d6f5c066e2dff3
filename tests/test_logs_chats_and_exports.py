"""Logs, chats and exports a tester's probe found misread (probe 5d): a
cockpit recorder's and a radio log's labels (`F/O:`, a call sign with a
flight's number), a dotted elapsed time, an export that puts one time before
every line, a chat name joined by an underscore said once. Small transcripts
written for these tests; every expectation was written from the transcript
above it, by reading."""

from __future__ import annotations

import pytest
from test_exports_and_oral import encode, participants, said, same_words, xp

# A cockpit recorder's transcript: elapsed time with a dot after the hours,
# crew labels with a slash.
COCKPIT = """Recorder transcript, Northwind Flight 4

00.41:02 CAPT: gear up
00.41:06 F/O: gear is up
00.41:11 CAPT: climb power
00.41:15 F/O: climb power set
00.41:20 RDO-1: Northwind four passing two thousand
"""


def test_a_dotted_elapsed_time_opens_each_labelled_line() -> None:
    tree = encode(COCKPIT, "cockpit.txt")
    assert said(tree) == [
        ("#capt", "gear up"),
        ("#f-o", "gear is up"),
        ("#capt", "climb power"),
        ("#f-o", "climb power set"),
        ("#rdo-1", "Northwind four passing two thousand"),
    ]
    first = xp(tree, "//t:sp")[1]
    assert "".join(xp(first, "t:speaker//text()")) == "00.41:06 F/O:"
    assert xp(first, "t:speaker/t:time/text()") == ["00.41:06"]
    # hours, a dot, minutes and seconds: 41 minutes 6 seconds from the origin
    point = first.get("synch")[1:]
    assert xp(tree, f"//t:when[@xml:id='{point}']/@interval") == ["2466"]
    same_words(tree, COCKPIT)


def test_a_slashed_crew_label_is_a_turn_after_a_clock_time() -> None:
    text = COCKPIT.replace("00.", "00:")
    tree = encode(text, "cockpit.txt")
    assert [who for who, _ in said(tree)] == ["#capt", "#f-o", "#capt", "#f-o", "#rdo-1"]
    assert participants(tree)["f-o"] == ["F/O"]


# A radio log: stations and aircraft, call signs with a flight's number of
# four digits, one of them said once.
RADIO = """Tower tapes, morning of the storm

6:02:11 Harbor Tower: "Seabird 3187, wind two seven zero, cleared to land."

6:02:15 Seabird 3187: "Cleared to land, Seabird 3187."

6:02:40 Harbor Tower: "Coastline 4410, hold short."

6:02:44 Coastline 4410: "Holding short."

6:03:02 Harbor Tower: "Seabird 3187, turn left at the next taxiway."

6:03:06 Seabird 3187: "Left at the next, Seabird 3187."
"""


def test_call_signs_with_four_digit_numbers_are_labels() -> None:
    tree = encode(RADIO, "radio.txt")
    assert [who for who, _ in said(tree)] == [
        "#harbor-tower",
        "#seabird-3187",
        "#harbor-tower",
        "#coastline-4410",
        "#harbor-tower",
        "#seabird-3187",
    ]
    # the aircraft's words are its own, never in the tower's turn
    assert said(tree)[3] == ("#coastline-4410", '"Holding short."')
    assert said(tree)[0][1] == '"Seabird 3187, wind two seven zero, cleared to land."'
    same_words(tree, RADIO)


def test_a_month_and_a_year_before_a_colon_is_no_label() -> None:
    text = "Log of the storm\n\nMarch 2023: the roof was mended.\n\n" + RADIO.split("\n\n", 1)[1]
    tree = encode(text, "radio.txt")
    assert "march-2023" not in participants(tree)
    assert len(said(tree)) == 6


# A chat's names joined by an underscore, one of them said once.
UNDERSCORED = """Tove_Brandt: Morning all, the orchard rota first.
Tove_Brandt: Saturday is still open.
Jens_Aalto: I can take Saturday.
Tove_Brandt: Thanks, Jens.
"""


def test_an_underscored_full_name_said_once_is_a_turn() -> None:
    tree = encode(UNDERSCORED, "chat.txt")
    assert said(tree) == [
        ("#tove-brandt", "Morning all, the orchard rota first."),
        ("#tove-brandt", "Saturday is still open."),
        ("#jens-aalto", "I can take Saturday."),
        ("#tove-brandt", "Thanks, Jens."),
    ]


# An export that puts one time before every line: a name and its own time over
# the words below.
PREFIXED_EXPORT = """0:00 Ruth Amsel  00:00

0:00 Welcome back to the workshop hour, where we mend things.

0:00 Unknown Speaker  00:09

0:00 And I'm Kofi Baah.

0:00 Ruth Amsel  00:14

0:00 Good to have you, Kofi.

0:00 Kofi Baah  00:18

0:00 Thanks. Today it is the old radio.
"""


def test_a_constant_time_before_every_line_is_no_speaker() -> None:
    tree = encode(PREFIXED_EXPORT, "export.txt")
    assert [who for who, _ in said(tree)] == [
        "#ruth-amsel",
        "#unknown-speaker",
        "#ruth-amsel",
        "#kofi-baah",
    ]
    assert said(tree)[1][1] == "0:00 And I'm Kofi Baah."
    # the name's own time is the turn's time; the title is no label line
    assert xp(tree, "(//t:sp)[3]/t:speaker/t:time/text()") == ["00:14"]
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["export"]
    # a spoken line is no person, and its words point to no one
    assert set(participants(tree)) == {"ruth-amsel", "unknown-speaker", "kofi-baah"}
    assert not xp(tree, "//t:sp[1]//t:persName")
    same_words(tree, PREFIXED_EXPORT)


def test_a_constant_time_and_a_sentence_of_capitals_is_no_name() -> None:
    text = "00:05 Ruth Amsel\n\n00:07 And Then We Went Home.\n\n00:09 Kofi Baah\n\n00:10 Yes.\n"
    tree = encode(text, "export.txt")
    assert "and-then-we-went-home" not in participants(tree)


# IRC logs: a turn a line, the nick the speaker, the stamp a time of day.
PLAIN_IRC = """[09:15] <marta_v> Morning, is the build green?
[09:16] <dkoss> Not yet, two tests fail.
[09:16] <marta_v> Which ones?
[09:18] <@dkoss> The parser ones, I am on it.
"""


def test_an_irc_log_gives_a_turn_a_line_to_each_nick() -> None:
    tree = encode(PLAIN_IRC, "irc.txt")
    assert said(tree) == [
        ("#marta-v", "Morning, is the build green?"),
        ("#dkoss", "Not yet, two tests fail."),
        ("#marta-v", "Which ones?"),
        ("#dkoss", "The parser ones, I am on it."),
    ]
    first = xp(tree, "//t:sp")[0]
    assert "".join(xp(first, "t:speaker//text()")) == "[09:15] <marta_v>"
    # a log's time is a time of day
    point = first.get("synch")[1:]
    assert xp(tree, f"//t:when[@xml:id='{point}']/@absolute") == ["09:15:00"]
    # the log line is never the title
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["irc"]
    same_words(tree, PLAIN_IRC)


def test_irc_lines_without_a_time() -> None:
    text = "".join(line.split("] ", 1)[1] + "\n" for line in PLAIN_IRC.splitlines())
    tree = encode(text, "irc.txt")
    assert [who for who, _ in said(tree)] == ["#marta-v", "#dkoss", "#marta-v", "#dkoss"]


# A log whose bot relays what a speech recogniser heard: "Name: words".
RELAYED_LOG = (
    "[2025-11-04T17:58:02.120Z]\t<Lise_Moen>\tpresent+\n"
    "[2025-11-04T18:00:01.500Z]\t<Captioner>\tMeeting: budget\n"
    "[2025-11-04T18:00:05.250Z]\t<Captioner>\tLise_Moen: Welcome, first the printers.\n"
    "[2025-11-04T18:00:11.000Z]\t<Captioner>\tLise_Moen: We have two offers.\n"
    "[2025-11-04T18:00:19.800Z]\t<Captioner>\tArvid Holt: The cheaper one is fine.\n"
    "[2025-11-04T18:00:24.300Z]\t<arvid_h>\thttps://example.org/offer\n"
    "[2025-11-04T18:00:30.000Z]\t<Captioner>\tLise_Moen: Then we agree.\n"
)


def test_a_relay_bot_gives_the_words_to_the_speaker_it_names() -> None:
    tree = encode(RELAYED_LOG, "log.txt")
    assert said(tree) == [
        ("#lise-moen", "present+"),
        ("#captioner", "Meeting: budget"),
        ("#lise-moen", "Welcome, first the printers."),
        ("#lise-moen", "We have two offers."),
        ("#arvid-holt", "The cheaper one is fine."),
        ("#arvid-h", "https://example.org/offer"),
        ("#lise-moen", "Then we agree."),
    ]
    turn = xp(tree, "//t:sp")[4]
    speaker = "".join(xp(turn, "t:speaker//text()"))
    assert speaker == "[2025-11-04T18:00:19.800Z]\t<Captioner>\tArvid Holt:"
    assert xp(turn, "t:speaker/t:time/text()") == ["2025-11-04T18:00:19.800Z"]
    point = turn.get("synch")[1:]
    assert xp(tree, f"//t:when[@xml:id='{point}']/@absolute") == ["18:00:19.800Z"]
    assert "meeting" not in participants(tree)
    same_words(tree, RELAYED_LOG)


# A human scribe: "scribe+", then the speakers' words as "name: text", "...:"
# for the same speaker going on; a chat's answer to someone stays the nick's.
SCRIBED_LOG = """[10:00] <pia> scribe+
[10:01] <pia> Topic: Roadmap
[10:01] <pia> olek: We ship the reader in May.
[10:02] <pia> ...: the writer after that.
[10:02] <rune> olek: May is tight
[10:03] <pia> Rune Dahl: I agree with the plan.
[10:03] <pia> olek: Good, moving on.
"""


def test_a_scribe_types_the_speakers_words_and_goes_on_with_dots() -> None:
    tree = encode(SCRIBED_LOG, "minutes.txt")
    assert said(tree) == [
        ("#pia", "scribe+"),
        ("#pia", "Topic: Roadmap"),
        ("#olek", "We ship the reader in May."),
        ("#olek", "the writer after that."),
        ("#rune", "olek: May is tight"),
        ("#rune-dahl", "I agree with the plan."),
        ("#olek", "Good, moving on."),
    ]
    assert "topic" not in participants(tree)
    same_words(tree, SCRIBED_LOG)


def test_a_log_is_dated_by_its_stamps_and_titled_by_no_line() -> None:
    tree = encode(RELAYED_LOG, "log.txt")
    assert xp(tree, "//t:profileDesc/t:creation/t:date/@when") == ["2025-11-04"]
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["log"]


# Minutes sent by e-mail: a note of thanks and links, a rule, then the heading.
EMAILED_MINUTES = """Thanks to the captioning bot for scribing this week!

The minutes of the call are here:

https://example.org/minutes/2026-01-13/

----------------------------------------
Allotment Board Call Transcript for 2026-01-13

Hedda Lunde: Good evening, three items tonight.
Ivo Marsh: The water bill came.
Hedda Lunde: Then that first.
"""


def test_the_heading_under_the_rule_is_the_title_and_dates_the_record() -> None:
    tree = encode(EMAILED_MINUTES, "minutes.txt")
    title = xp(tree, "//t:titleStmt/t:title/text()")
    assert title == ["Allotment Board Call Transcript for 2026-01-13"]
    assert xp(tree, "//t:profileDesc/t:creation/t:date/@when") == ["2026-01-13"]
    assert [who for who, _ in said(tree)] == ["#hedda-lunde", "#ivo-marsh", "#hedda-lunde"]
    same_words(tree, EMAILED_MINUTES)


def test_a_record_title_with_a_flight_number_is_no_place() -> None:
    text = "Recorder transcript Northwind Flight 4 - 11 FEB 2019\n\n" + COCKPIT.split("\n\n", 1)[1]
    tree = encode(text, "cockpit.txt")
    assert xp(tree, "//t:titleStmt/t:title/text()") == [
        "Recorder transcript Northwind Flight 4 - 11 FEB 2019"
    ]
    assert xp(tree, "//t:placeName") == []
    assert xp(tree, "//t:profileDesc/t:creation/t:date/@when") == ["2019-02-11"]
    assert len(said(tree)) == 5


# Zoom's saved chat before 2021: "From Name : text", "From Name to Everyone : text";
# and of 2021-2022: a tab after the time and after the colon, two spaces around the
# names, a private message "(Direct Message)".
OLD_ZOOM_CHAT = (
    "19:02:10\t From Wanjiru Kamau : Is the recording on?\n"
    "19:02:31\t From Teo Lindqvist to Everyone : Yes, since the start.\n"
    "19:03:05\t From Wanjiru Kamau : Thanks!\n"
)
TABBED_ZOOM_CHAT = (
    "00:04:12\tFrom  Wanjiru Kamau  to  Everyone:\tIs the recording on?\n"
    "00:04:40\tFrom  Teo Lindqvist  to  Everyone:\tYes, since the start.\n"
    "00:05:02\tFrom  Wanjiru Kamau  to  Teo Lindqvist(Direct Message):\tThanks!\n"
)


@pytest.mark.parametrize("chat", [OLD_ZOOM_CHAT, TABBED_ZOOM_CHAT], ids=["spaced", "tabbed"])
def test_zoom_chat_names_the_poster_without_from_and_addressee(chat: str) -> None:
    tree = encode(chat, "chat.txt")
    assert said(tree) == [
        ("#wanjiru-kamau", "Is the recording on?"),
        ("#teo-lindqvist", "Yes, since the start."),
        ("#wanjiru-kamau", "Thanks!"),
    ]
    assert participants(tree) == {
        "wanjiru-kamau": ["Wanjiru Kamau"],
        "teo-lindqvist": ["Teo Lindqvist"],
    }
    same_words(tree, chat)


def test_an_underscored_label_is_the_listed_person() -> None:
    text = "Present: Tove Brandt, Jens Aalto\n\n" + UNDERSCORED
    tree = encode(text, "chat.txt")
    assert [who for who, _ in said(tree)] == [
        "#tove-brandt",
        "#tove-brandt",
        "#jens-aalto",
        "#tove-brandt",
    ]
    assert set(participants(tree)) == {"tove-brandt", "jens-aalto"}


def test_a_station_named_in_the_words_is_a_place_not_the_speaker() -> None:
    text = RADIO + '\n6:03:20 Fairport: "Seabird 3187, you can also come to Fairport."\n'
    tree = encode(text, "radio.txt")
    assert said(tree)[-1][0] == "#fairport"
    # the airport said in the words is no mention of the station that speaks
    assert xp(tree, "//t:sp//t:p//t:persName") == []


def test_two_words_over_a_meeting_export_s_first_turn_are_its_title() -> None:
    text = "Weekly sync\n\nIlse Brandt   0:03\nShall we start?\n\nKojo Mensah   0:09\nYes.\n"
    tree = encode(text, "call.txt")
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["Weekly sync"]
    assert len(xp(tree, "//t:sp")) == 2
    same_words(tree, text)
    # a line about the recording, or a part of it, is no title
    for line in ("Recording started", "Side B", "Tape two"):
        tree = encode(text.replace("Weekly sync", line), "call.txt")
        assert xp(tree, "//t:titleStmt/t:title/text()") == ["call"], line


def test_two_words_over_the_first_paragraph_of_a_text_without_turns_are_its_title() -> None:
    text = "Staff memo\n\nThe car park is closed on Friday. Please use the side gate.\n"
    assert xp(encode(text, "memo.txt"), "//t:titleStmt/t:title/text()") == ["Staff memo"]
    # a kind of transcript is no title
    text = "Interview Transcript\n\nThe car park is closed on Friday.\n"
    assert xp(encode(text, "memo.txt"), "//t:titleStmt/t:title/text()") == ["memo"]
