"""Cases the coordinator mended in session 14, each beside the text of the same
look that must not be read the new way. All texts written for these tests."""

from __future__ import annotations

from test_exports_and_oral import encode, participants, said, same_words, xp

# A mission log as an OCR of its typescript reads it: letters for digits in a time.
OCR_LOG = """SKYLARK 3 AIR-TO-GROUND VOICE TRANSCRIPTION

00 02 14 05 CMD Houston, Skylark. Radio check.
00 02 14 09 CAP Loud and clear, Skylark.
00 02 14 l2 CMD Roger. Starting the pitch manoeuvre now.
00 02 14 2O PLT Pitch is complete.
00 02 14 31 CAP Copy, looking good from here.
"""


def test_an_ocr_letter_in_a_mission_time_still_opens_a_transmission() -> None:
    tree = encode(OCR_LOG, "skylark.txt")
    got = [(who, words.split(".")[0]) for who, words in said(tree)]
    assert got == [
        ("#cmd", "Houston, Skylark"),
        ("#cap", "Loud and clear, Skylark"),
        ("#cmd", "Roger"),
        ("#plt", "Pitch is complete"),
        ("#cap", "Copy, looking good from here"),
    ]
    # the damaged times are kept as written, but give no point on the timeline:
    # 'l2' and '2O' are no numbers to trust
    times = [t.text for t in xp(tree, "//t:sp/t:speaker/t:time")]
    assert times == ["00 02 14 05", "00 02 14 09", "00 02 14 l2", "00 02 14 2O", "00 02 14 31"]
    synched = [sp.get("synch") is not None for sp in xp(tree, "//t:sp")]
    assert synched == [True, True, False, False, True]
    intervals = [w.get("interval") for w in xp(tree, "//t:timeline/t:when[@interval]")]
    assert intervals == [str(2 * 3600 + 14 * 60 + s) for s in (5, 9, 31)]
    same_words(tree, OCR_LOG)


PROSE = """Allotment society notes

The plots numbered 12 to 20 were let this spring. Plot
04 12 Il OO was a typing slip in last year's list and is plot 12.

Members agreed to share the water butts.
"""


def test_a_line_of_prose_with_such_letters_is_no_transmission() -> None:
    tree = encode(PROSE, "notes.txt")
    assert said(tree) == []
    assert xp(tree, "//t:timeline") == []
    same_words(tree, PROSE)


# An oral history copied from a PDF: a running foot with the page, one inside an
# answer and one between two turns (there the page break goes before the label).
FOOTED = """Oral History of Dana Kovac

Interviewed by:
Ilse Brandt

Brandt: Where did you first work with computers?

Kovac: At the county office, in 1971. We had a card punch and

Ref: X7.2012        Page 1 of 3

a great deal of patience.

Brandt: And after that?

Ref: X7.2012        Page 2 of 3

Kovac: The bank, for twenty years.

Brandt: Thank you.

Ref: X7.2012        Page 3 of 3
"""


def test_the_interpretation_counts_a_page_break_before_a_label() -> None:
    tree = encode(FOOTED, "kovac.txt")
    breaks = xp(tree, "//t:text//t:pb")
    assert [pb.get("n") for pb in breaks] == ["2", "3"]
    assert xp(xp(tree, "//t:sp")[3], "t:pb/@n") == ["3"]  # before Kovac's label
    (said_of,) = xp(tree, "//t:interpretation/t:p/text()")
    assert "page breaks became pb (2)" in said_of
    same_words(tree, FOOTED)


PLAY_1252 = """THE GARDENER'S DAUGHTER

A Comedy in One Act

CHARACTERS

ROS\u00c9, a gardener's daughter.
HENRI, a clerk.

ACT I

_A garden. Morning._

ROS\u00c9. You are late again, Henri \u2013 the roses will not wait.

HENRI. Forgive me; the caf\u00e9 was full.

ROS\u00c9. Then fetch the shears, and we shall say no more.

HENRI. [_Going._] As you wish.
"""


def test_a_play_saved_by_windows_is_read_and_its_header_says_how() -> None:
    from encoder.pipeline import encode_bytes

    result = encode_bytes(PLAY_1252.encode("cp1252"), "garden.txt")
    assert [d.code for d in result.diagnostics if d.severity != "info"] == ["W006"]
    assert result.tree is not None
    tree = result.tree
    who = [sp.get("who") for sp in xp(tree, "//t:sp")]
    assert who == ["#garden-rose", "#garden-henri", "#garden-rose", "#garden-henri"]
    assert "ROS\u00c9" in [s.text.strip(". ") for s in xp(tree, "//t:speaker")]
    (norm,) = xp(tree, "//t:normalization/t:p/text()")
    assert norm.startswith("The play is encoded diplomatically")
    assert norm.endswith("it was read as Windows-1252.")


# A play copied as Markdown, with no act or scene heading: prefixes in bold with
# their stop, directions in italics.
MARKDOWN_PLAY = """# Night Shift

*A hospital corridor, 3 a.m.*

**NURSE DALE.** *(checking a clipboard)* Bed four is awake again.

**DR. OSEI.** Then give him water, not the sedative.

**NURSE DALE.** He asked for his daughter.

**DR. OSEI.** _(pausing)_ Call her. It's time.

**NURSE DALE.** I'll do it now.
"""


def test_bold_prefixes_with_their_stop_are_turns_and_italic_directions_stages() -> None:
    tree = encode(MARKDOWN_PLAY, "night.md")
    assert [who for who, _ in said(tree)] == ["#nurse-dale", "#osei"] * 2 + ["#nurse-dale"]
    assert [s.text for s in xp(tree, "//t:speaker")][:2] == ["**NURSE DALE.**", "**DR. OSEI.**"]
    stages = [(s.get("type"), s.text) for s in xp(tree, "//t:sp//t:stage")]
    assert stages == [("delivery", "*(checking a clipboard)*"), ("delivery", "_(pausing)_")]
    same_words(tree, MARKDOWN_PLAY)


README_BOLD = """# Backup tool

**IMPORTANT.** Back up your files before you upgrade.

**EXAMPLE.** Run the tool with no options to see the help.

Use it *(carefully)* on shared drives.

**IMPORTANT.** Never run two copies at once.
"""


def test_bold_words_with_a_stop_in_a_readme_are_no_speakers() -> None:
    # 'IMPORTANT' is a heading word, no one's name; 'EXAMPLE' alone is one bold prefix
    # of one name, where a play's need three of two names, one recurring
    tree = encode(README_BOLD, "readme.md")
    assert said(tree) == []
    same_words(tree, README_BOLD)
    # the italic parenthesis inside a sentence is words, not a direction
    assert "(carefully)" not in [s.text for s in xp(tree, "//t:stage")]


# An oral history whose labels are three initials, the middle one never written
# in the front matter (the title names her without it).
MIDDLE_INITIAL = """An Interview with Dorothy Quill

Conducted by Peter R. Vance, 12 May 1989

PRV: How did you come to the laboratory?

DMQ: I answered an advertisement for someone who could read a circuit diagram.

PRV: And could you?

DMQ: Not at first. I learned on the job.
"""


def test_three_initials_find_the_name_written_without_the_middle_one() -> None:
    tree = encode(MIDDLE_INITIAL, "quill.txt")
    assert [who for who, _ in said(tree)] == ["#peter-r-vance", "#dorothy-quill"] * 2
    assert participants(tree)["dorothy-quill"] == ["Dorothy Quill", "DMQ"]
    same_words(tree, MIDDLE_INITIAL)


def test_three_initials_that_fit_two_labels_link_neither() -> None:
    # "DMQ" and "DAQ" both open with D and end with Q: which is Dorothy Quill is
    # not said, so neither is linked to her
    text = MIDDLE_INITIAL.replace("DMQ: Not at first.", "DAQ: Not at first.")
    tree = encode(text, "quill.txt")
    assert sorted({who for who, _ in said(tree)}) == ["#daq", "#dmq", "#peter-r-vance"]
    assert participants(tree)["dorothy-quill"] == ["Dorothy Quill"]
