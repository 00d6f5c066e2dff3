"""Lists that look like meeting exports or labelled speech, and are neither
(the two cases session 12's review left wrong in both versions), beside the
transcripts of the same look that must stay turns. All texts written for
these tests."""

from __future__ import annotations

from test_exports_and_oral import encode, said, same_words, xp

RESULTS = """Running club report - May

Riverside parkrun, 4 May

Ana Ruiz - 22:41
A new personal best, by eleven seconds.

Tom Hale - 25:10
First run back after the knee injury.

Mei Tan - 27:55
Ran with her daughter, who beat her.

Castle parkrun, 18 May

Ana Ruiz - 23:02
Hilly course, great effort.

Tom Hale - 24:48
Faster than before the injury!

Mei Tan - 27:30
Another PB.
"""


def test_race_results_whose_times_fall_back_are_no_meeting_export() -> None:
    # a recording's clock only runs on: 27:55 then 23:02 is the next race's list
    tree = encode(RESULTS, "results.txt")
    assert said(tree) == []
    assert xp(tree, "//t:person") == []
    same_words(tree, RESULTS)


TWO_PARTS = """Weekly sync - Fireflies transcript

Part 1

Priya Shah - 00:00
OK, let's get started. Thanks everyone for joining.

Marcus Bell - 00:09
Happy to be here.

Priya Shah - 12:12
First item is the park cleanup.

Part 2

Marcus Bell - 00:02
We are back. I can lead the cleanup.

Priya Shah - 00:15
Thank you, Marcus.
"""


def test_a_second_recording_starting_again_at_zero_is_still_an_export() -> None:
    tree = encode(TWO_PARTS, "sync.txt")
    assert [who for who, _ in said(tree)] == [
        "#priya-shah",
        "#marcus-bell",
        "#priya-shah",
        "#marcus-bell",
        "#priya-shah",
    ]
    assert said(tree)[3][1] == "We are back. I can lead the cleanup."


AFTERNOON = """Board call, afternoon

Lena Ortiz - 12:58 PM
Let us begin, it is nearly one.

Sam Okafor - 1:04 PM
Agreed, I have the figures.

Lena Ortiz - 1:10 PM
Go ahead, Sam.
"""


def test_times_of_day_past_noon_run_on() -> None:
    # 1:04 PM follows 12:58 PM on the clock, though the figure is smaller
    tree = encode(AFTERNOON, "call.txt")
    assert [who for who, _ in said(tree)] == ["#lena-ortiz", "#sam-okafor", "#lena-ortiz"]


STAFF = """Greenfield Primary School - staff 2024/25

Head: Mrs Amanda Green
Deputy Head: Mr Colin Ross
Assistant Head: Ms Priya Shah
Bursar: Ms Helen Lee
Caretaker: Mr Dave Hughes
Deputy Safeguarding Lead: Mr Colin Ross
"""


def test_a_staff_list_of_offices_and_titled_names_has_no_speakers() -> None:
    tree = encode(STAFF, "staff.txt")
    assert said(tree) == []
    assert xp(tree, "//t:particDesc") == []
    same_words(tree, STAFF)


MEETING_WITH_A_CHAIR_LINE = """Parish council, 3 June

Chair: Mrs Amanda Green
Clerk: Mr Colin Ross

GREEN: Good evening. The first item is the footpath.

ROSS: The county has replied. They will repair it in July.

GREEN: Thank you. Any questions?
"""


def test_keys_over_titled_names_beside_speech_leave_the_speech_alone() -> None:
    tree = encode(MEETING_WITH_A_CHAIR_LINE, "parish.txt")
    assert [words for _, words in said(tree)] == [
        "Good evening. The first item is the footpath.",
        "The county has replied. They will repair it in July.",
        "Thank you. Any questions?",
    ]
