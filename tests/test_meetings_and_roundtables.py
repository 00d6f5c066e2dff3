"""Shapes a tester's probe found misread (probe 5/b): meeting software's
transcripts (Teams copied from Word, with a meeting room's device among the
voices), stenographic roundtables and hearings with numbered margins. Small
transcripts written for these tests; every expectation was written from the
transcript above it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, participants, said, xp

from encoder.plaintext import tei_to_text

# Teams copied from Word: timing, name, words, with no blank line between the
# cues; one voice is a meeting room's device, its name with digits, a slash and
# the number of people in the room.
ROOM_CUES = """0:1:4.200 --> 0:1:7.950
Harbour Suite 7/104 (5)
Morning all, we are five in the room today.
0:1:8.10 --> 0:1:11.400
Harbour Suite 7/104 (5)
First item is the ferry timetable.
0:1:12.0 --> 0:1:14.600
Priya Venkataraman
Is the winter one out yet?
0:1:14.900 --> 0:1:18.350
Harbour Suite 7/104 (5)
Not yet, it goes out on Friday.
0:1:18.700 --> 0:1:20.100
Priya Venkataraman
Great, thanks.
"""


def test_teams_word_cues_with_a_room_device_are_all_turns() -> None:
    tree = encode(ROOM_CUES, "ferry.txt")
    assert said(tree) == [
        ("#harbour-suite-7-104", "Morning all, we are five in the room today."),
        ("#harbour-suite-7-104", "First item is the ferry timetable."),
        ("#priya-venkataraman", "Is the winter one out yet?"),
        ("#harbour-suite-7-104", "Not yet, it goes out on Friday."),
        ("#priya-venkataraman", "Great, thanks."),
    ]
    assert participants(tree) == {
        "harbour-suite-7-104": ["Harbour Suite 7/104"],
        "priya-venkataraman": ["Priya Venkataraman"],
    }
    # the timing and the name are the label; nothing spoken is in the header
    first = xp(tree, "//t:sp")[0]
    assert (
        "".join(xp(first, "t:speaker//text()")) == "0:1:4.200 --> 0:1:7.950 Harbour Suite 7/104 (5)"
    )
    assert xp(tree, "//t:teiHeader//t:note[@type='boilerplate']") == []
    header = " ".join(xp(tree, "//t:teiHeader//text()"))
    assert "ferry timetable" not in header and "winter" not in header


def test_teams_word_cues_with_a_room_device_come_back_as_written() -> None:
    tree = encode(ROOM_CUES, "ferry.txt")
    back = [line for line in tei_to_text(tree).splitlines() if line.strip()]
    assert " ".join(back).split() == ROOM_CUES.split()


# The copy begins inside a cue (its timing not copied): a name and its words
# over the first timing, after a pre-meeting chat post.
CUT_COPY = """Welcome, the call starts at ten past.

Tomasz Lindgren
Can you all see the slides?
0:0:9.300 --> 0:0:11.20
Tomasz Lindgren
They are on the shared drive too.
0:0:11.400 --> 0:0:13.800
Aiko Brandt
Yes, I can see them.
0:0:14.100 --> 0:0:16.900
Tomasz Lindgren
Good, on to the first slide.
0:0:17.0 --> 0:0:18.500
Aiko Brandt
Go ahead.
"""


def test_words_before_the_first_timing_are_the_named_voice_s() -> None:
    tree = encode(CUT_COPY, "slides.txt")
    assert said(tree)[0] == ("#tomasz-lindgren", "Can you all see the slides?")
    assert [who for who, _ in said(tree)] == [
        "#tomasz-lindgren",
        "#tomasz-lindgren",
        "#aiko-brandt",
        "#tomasz-lindgren",
        "#aiko-brandt",
    ]
    assert xp(tree, "//t:teiHeader//t:note[@type='boilerplate']") == []
    assert tei_to_text(tree).split() == CUT_COPY.split()


def test_a_subrip_number_under_a_cue_is_still_its_identifier() -> None:
    srt = (
        "1\n00:00:01,000 --> 00:00:02,500\nHello there.\n"
        "2\n00:00:03,000 --> 00:00:04,200\nHi.\n"
        "3\n00:00:05,000 --> 00:00:06,000\nBye.\n"
    )
    tree = encode(srt, "cues.srt")
    body = " ".join(" ".join(xp(tree, "//t:body//text()")).split())
    # the cue numbers are the file's, not words of the cues
    assert "Hello there. 2" not in body and "Hi. 3" not in body
    assert "Bye." in body
