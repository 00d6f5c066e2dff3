"""A briefing's first and last lines give when it began and ended: small
transcripts written for these tests, in the typography of press offices.
Every expectation was written from the transcript above it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, participants, said, same_words, xp

from encoder.html import render_html
from encoder.plaintext import tei_to_text

# A press office's release: the office's name first, the briefing's title
# under it, the start time alone, "END" and the end time after the last answer.
RELEASE = """THE WHITE HOUSE
Office of the Press Secretary

PRESS BRIEFING BY PRESS SECRETARY DANA WELLS

James S. Brady Press Briefing Room

1:12 P.M. EDT

MS. WELLS: Good afternoon, everyone. I have two announcements.

First, the President will travel to Ohio on Thursday.

Q    Thank you, Dana. Will he meet the governor?

MS. WELLS: He will, yes.

Q    And on the budget?

MS. WELLS: We'll have more on that tomorrow.

END                1:31 P.M. EDT
"""

SETTING = "//t:settingDesc/t:setting/t:time"
CLOSING = "//t:div[@type='conversation']/t:closer/t:dateline"


def test_the_start_and_end_lines_are_the_hours_of_the_briefing() -> None:
    tree = encode(RELEASE, "release.txt")
    # EDT is four hours behind UTC
    assert xp(tree, f"{SETTING}/@from") == ["13:12:00-04:00"]
    assert xp(tree, f"{SETTING}/@to") == ["13:31:00-04:00"]
    assert xp(tree, f"{SETTING}/text()") == ["1:12 P.M. EDT – 1:31 P.M. EDT"]
    assert xp(tree, "//t:front/t:dateline/t:time/@when") == ["13:12:00-04:00"]
    # the END line closes the conversation, its words and spaces as written
    assert xp(tree, f"{CLOSING}/text()") == ["END                "]
    assert xp(tree, f"{CLOSING}/t:time/text()") == ["1:31 P.M. EDT"]
    assert not xp(tree, "//t:head")  # "END …" was a section heading before


def test_the_title_is_the_briefing_s_not_the_office_s() -> None:
    tree = encode(RELEASE, "release.txt")
    assert xp(tree, "//t:titleStmt/t:title/text()") == [
        "PRESS BRIEFING BY PRESS SECRETARY DANA WELLS"
    ]
    assert xp(tree, "//t:front/t:docTitle/t:titlePart/text()") == [
        "PRESS BRIEFING BY PRESS SECRETARY DANA WELLS"
    ]
    # the office's lines stay in the front matter, in their place
    assert xp(tree, "//t:front/t:p/text()") == [
        "THE WHITE HOUSE",
        "Office of the Press Secretary",
        "James S. Brady Press Briefing Room",
    ]


def test_the_title_names_the_press_secretary_behind_her_label() -> None:
    tree = encode(RELEASE, "release.txt")
    assert participants(tree)["dana-wells"] == ["Dana Wells", "Ms. Wells"]
    assert [who for who, _ in said(tree)] == [
        "#dana-wells",
        "#q",
        "#dana-wells",
        "#q",
        "#dana-wells",
    ]


def test_nothing_is_lost_in_the_round_trip() -> None:
    tree = encode(RELEASE, "release.txt")
    same_words(tree, RELEASE)
    back = [line for line in tei_to_text(tree).splitlines() if line.strip()]
    assert back[0] == "THE WHITE HOUSE"
    assert "1:12 P.M. EDT" in back and back[-1] == "END                1:31 P.M. EDT"
    expected = [line.strip() for line in RELEASE.splitlines() if line.strip()]
    assert [" ".join(line.split()) for line in back] == [
        " ".join(line.split()) for line in expected
    ]


def test_the_html_gives_each_time_its_value() -> None:
    page = render_html(encode(RELEASE, "release.txt")).decode()
    assert '<time class="timestamp" datetime="13:12:00-04:00">1:12 P.M. EDT</time>' in page
    assert '<time class="timestamp" datetime="13:31:00-04:00">1:31 P.M. EDT</time>' in page


def test_a_time_in_lower_case_without_a_zone_and_after_midnight() -> None:
    text = (
        "Background call on the summit\n\n12:05 a.m.\n\n"
        "MODERATOR: Thanks for joining.\n\nQ: When does it start?\n\n"
        "MODERATOR: Tomorrow.\n\n12:40 a.m.\n"
    )
    tree = encode(text, "call.txt")
    assert xp(tree, f"{SETTING}/@from") + xp(tree, f"{SETTING}/@to") == ["00:05:00", "00:40:00"]
    assert len(said(tree)) == 3
    # the last time is not the end of the moderator's answer
    assert said(tree)[-1] == ("#moderator", "Tomorrow.")


def test_a_zone_of_two_meanings_gives_no_offset() -> None:
    text = "1:15 P.M. IST\n\nMR. RAO: Good afternoon.\n\nQ    A question.\n\nMR. RAO: An answer.\n"
    tree = encode(text, "ist.txt")
    assert xp(tree, "//t:front/t:dateline/t:time/@when") == ["13:15:00"]
    assert not xp(tree, "//t:closer")


def test_a_time_between_the_turns_is_a_remark_not_the_end() -> None:
    text = (
        "MS. ROE: We'll take a short break.\n\n2:05 P.M. EST\n\n"
        "MS. ROE: We're back.\n\nQ    Thanks.\n"
    )
    tree = encode(text, "break.txt")
    assert xp(tree, "//t:div[@type='conversation']/t:stage/t:time/@when") == ["14:05:00-05:00"]
    assert not xp(tree, "//t:closer")
    assert not xp(tree, SETTING)
    assert len(said(tree)) == 3


def test_a_time_before_text_that_is_no_turn_is_not_the_end() -> None:
    # A debate's heading and time over a speech whose label is not read as
    # one: the time was taken for the end and the speech written after the
    # closer, an invalid TEI the tool refused to write (no output at all).
    text = (
        "MR SPEAKER: Order. We come now to the statement.\n\n"
        "Harbour dues\n4.05 pm\n\n"
        "Some words a reader may not take for a turn, and the last of the text.\n"
    )
    tree = encode(text, "debate.txt")  # valid, or encode fails
    assert not xp(tree, "//t:closer")
    assert xp(tree, "//t:stage/t:time/@when") == ["16:05:00"]
    same_words(tree, text)


def test_an_office_s_name_without_a_briefing_line_stays_the_title() -> None:
    text = "THE WHITE HOUSE\n\nMS. ROE: Hello.\n\nQ    Hi.\n\nMS. ROE: Bye.\n"
    tree = encode(text, "office.txt")
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["THE WHITE HOUSE"]


def test_a_time_in_a_sentence_is_not_a_clock_line() -> None:
    text = (
        "MS. ROE: The vote is at 1:31 P.M. EDT today.\n\n"
        "Q    Which room?\n\nMS. ROE: Ends at 2:00 P.M.\n"
    )
    tree = encode(text, "sentence.txt")
    assert not xp(tree, "//t:time")
    assert len(said(tree)) == 3


def test_the_lite_export_gives_each_end_of_the_hours_a_time_of_its_own() -> None:
    from encoder.export import export_tree

    lite = export_tree(encode(RELEASE, "release.txt"), "lite").decode()
    assert (
        '<time when="13:12:00-04:00">1:12 P.M. EDT</time> – '
        '<time when="13:31:00-04:00">1:31 P.M. EDT</time>'
    ) in lite


RELEASE_TWO_LINES = """THE WHITE HOUSE
Office of the Press Secretary

For Immediate Release                                    March 4, 2025

PRESS BRIEFING
BY PRESS SECRETARY OWEN FARRELL

10:02 A.M. EST

MR. FARRELL:  Good morning.

Q    Good morning.

MR. FARRELL:  Let's begin.

END                10:20 A.M. EST
"""


def test_the_release_line_dates_the_briefing() -> None:
    tree = encode(RELEASE_TWO_LINES, "release2.txt")
    assert xp(tree, "//t:creation/t:date/@when") == ["2025-03-04"]
    assert xp(tree, "//t:front/t:dateline/t:date/text()") == ["March 4, 2025"]
    assert xp(tree, f"{SETTING}/@from") + xp(tree, f"{SETTING}/@to") == [
        "10:02:00-05:00",
        "10:20:00-05:00",
    ]


def test_a_title_over_two_lines_names_the_press_secretary() -> None:
    tree = encode(RELEASE_TWO_LINES, "release2.txt")
    assert participants(tree)["owen-farrell"] == ["Owen Farrell", "Mr. Farrell"]
    same_words(tree, RELEASE_TWO_LINES)
