"""Meeting-software exports a tester's probe (15, P) found misread. Small
transcripts written for these tests (names, times and words invented, in the
house styles found in real exports); every expectation was written from the
transcript above it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, said, xp
from test_exports_probe7 import speakers_and_times

# P1: a recogniser's WebVTT turned into text, one line per second: "HH:MM:SS" and the
# cue's "<v Name>" voice; where two cues fall in one second the converter joins them
# onto one line and keeps both voices, the same voice again or another one.
JOINED_VOICES = """00:00:00 <v Ilse Marek>Welcome to the harbour podcast, episode twelve.

00:00:04 <v Ilse Marek>I'm Ilse Marek, and with me, <v Ilse Marek>as every week, is Tomas.

00:00:09 <v Tomas Brenner>Hello, hello.

00:00:11 <v Tomas Brenner>We start with the ferries, well, <v Speaker 3>the ferries and the locks.

00:00:15 <v Ilse Marek>Right, the locks first.
"""


def test_every_voice_joined_onto_a_line_opens_its_turn() -> None:
    tree = encode(JOINED_VOICES, "episode.txt")
    assert speakers_and_times(tree) == [
        ("#ilse-marek", "00:00:00"),
        ("#ilse-marek", "00:00:04"),
        ("#ilse-marek", None),  # the line's time, written once, before the first voice
        ("#tomas-brenner", "00:00:09"),
        ("#tomas-brenner", "00:00:11"),
        ("#speaker-3", None),
        ("#ilse-marek", "00:00:15"),
    ]
    # the voice tag is markup: never in the words
    assert said(tree)[1][1] == "I'm Ilse Marek, and with me,"
    assert said(tree)[5][1] == "the ferries and the locks."
    # the joined voice's label is written as the first voice's is, tag and all
    assert xp(tree, "(//t:sp)[6]/t:speaker/text()") == ["<v Speaker 3>"]
    assert not [w for _, w in said(tree) if "<v" in w]
    # the joined turn is at its line's time
    synch = xp(tree, "(//t:sp)[6]/@synch")[0].lstrip("#")
    when = xp(tree, f"//t:when[@xml:id='{synch}']/@interval")
    assert when == ["11"]
    # a diariser's "Speaker 3" is someone unnamed
    assert xp(tree, "//t:person[@xml:id='speaker-3']/@role") == ["unidentified"]


def test_a_tag_like_word_inside_a_voiced_line_stays_words() -> None:
    text = (
        "00:00:00 <v Ilse Marek>Type <video> in the box, then press enter.\n\n"
        "00:00:05 <v Tomas Brenner>And the <v> key does nothing.\n\n"
        "00:00:09 <v Ilse Marek>Right.\n"
    )
    tree = encode(text, "episode.txt")
    assert [who for who, _ in said(tree)] == ["#ilse-marek", "#tomas-brenner", "#ilse-marek"]
    assert said(tree)[0][1] == "Type <video> in the box, then press enter."
    assert said(tree)[1][1] == "And the <v> key does nothing."


def test_a_voice_tag_quoted_in_a_colon_labelled_line_stays_words() -> None:
    text = (
        "Ilse Marek: The captions write <v Tomas Brenner> before his lines.\n"
        "Tomas Brenner: Only in the raw file.\n"
        "Ilse Marek: Good.\n"
    )
    tree = encode(text, "notes.txt")
    assert [who for who, _ in said(tree)] == ["#ilse-marek", "#tomas-brenner", "#ilse-marek"]
    assert "<v Tomas Brenner>" in said(tree)[0][1]


# P2: Google Meet's assistant writes its notes as a document with two tabs, each
# headed by a pictograph and a word ("📝 Notes", "📖 Transcript"), then the date and
# "<meeting> - Notes by Gemini" / "<meeting> - Transcript"; copied from either tab.
GEMINI_TRANSCRIPT_TAB = """📖 Transcript
Sep 9, 2031
Orchard co-op - Transcript
00:00:00

Rosa Lind: Shall we look at the harvest rota?
Piet Hal: Yes, I have the sheet here.
00:02:10

Rosa Lind: Good, then we close.

Meeting ended after 00:02:31 👋
"""


def test_the_title_of_a_meet_tab_is_the_meetings_line_below_it() -> None:
    tree = encode(GEMINI_TRANSCRIPT_TAB, "orchard.txt")
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["Orchard co-op - Transcript"]
    assert xp(tree, "//t:docDate/@when") == ["2031-09-09"]
    assert [who for who, _ in said(tree)] == ["#rosa-lind", "#piet-hal", "#rosa-lind"]


def test_a_title_opening_with_a_pictograph_keeps_its_words() -> None:
    text = (
        "🌊 Harbour board\nSep 9, 2031\nHarbour board minutes\n\n"
        "Rosa Lind: We begin.\nPiet Hal: Agreed.\n"
    )
    tree = encode(text, "harbour.txt")
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["🌊 Harbour board"]


# P3: Fathom's transcript, merged by speaker: a Markdown heading holding the span of
# the turn in brackets and the name, "### [00:00:10 - 00:00:59] Name", the words below.
FATHOM = """# Orchard co-op

## Transcript (Merged by Speaker)

### [00:00:04 - 00:00:31] Rosa Lind

Shall we look at the harvest rota? I have the sheet here.

### [00:00:33 - 00:00:50] Piet Hal

Yes, the apples need two more pickers.

### [00:00:52 - 00:01:05] Rosa Lind

I can ask the school.

### [00:01:07 - 00:01:20] Piet Hal

Good, then we close.
"""


def test_a_heading_with_the_span_of_a_turn_labels_the_words_below() -> None:
    tree = encode(FATHOM, "orchard.md")
    assert speakers_and_times(tree) == [
        ("#rosa-lind", "00:00:04"),
        ("#piet-hal", "00:00:33"),
        ("#rosa-lind", "00:00:52"),
        ("#piet-hal", "00:01:07"),
    ]
    assert said(tree)[1][1] == "Yes, the apples need two more pickers."


def test_chapters_with_spans_in_headings_name_no_one() -> None:
    text = (
        "# Orchard video\n\n## [00:00:00 - 00:02:10] Introduction\n\nWe walk the rows.\n\n"
        "## [00:02:10 - 00:05:00] Pruning Basics\n\nCut above the bud.\n\n"
        "## [00:05:00 - 00:07:30] Introduction\n\nAgain, briefly.\n"
    )
    tree = encode(text, "video.md")
    assert xp(tree, "//t:sp") == []


# P4: Granola's notes: "# Transcript for: <meeting>", then "### You (<ISO instant>)" for
# the one who recorded and "### Guest (<ISO instant>)" for anyone else, the words below.
GRANOLA = """# Transcript for: Orchard co-op

### Guest (2031-09-09T16:00:23.023Z)

Can you hear me now?

### You (2031-09-09T16:00:25.104Z)

Yes. Shall we look at the harvest rota?

### Guest (2031-09-09T16:00:31.983Z)

Sure, the apples need two more pickers.

### You (2031-09-09T16:00:37.824Z)

I can ask the school.
"""


def test_a_heading_with_a_name_and_an_instant_labels_the_words_below() -> None:
    tree = encode(GRANOLA, "orchard.md")
    assert [who for who, _ in said(tree)] == ["#guest", "#you", "#guest", "#you"]
    assert said(tree)[2][1] == "Sure, the apples need two more pickers."
    # the instant's time of day is the turn's time
    synch = xp(tree, "(//t:sp)[3]/@synch")[0].lstrip("#")
    assert xp(tree, f"//t:when[@xml:id='{synch}']/@absolute") == ["16:00:31"]


def test_a_heading_dated_once_is_no_speaker() -> None:
    text = (
        "# Release notes\n\n### Version two (2031-09-09T16:00:00Z)\n\nFaster sync.\n\n"
        "### Version one (2031-03-01T10:00:00Z)\n\nFirst release.\n"
    )
    tree = encode(text, "notes.md")
    assert xp(tree, "//t:sp") == []


# P5: WebVTT lets a cue's line hold two voice spans, "<v Ben>Yes.</v> <v Ana>Good.</v>"
# (P1's joined voices, in the caption file itself): the second was read as words
# of the first voice.
TWO_VOICES_ON_A_LINE = """WEBVTT

1
00:00:01.000 --> 00:00:03.000
<v Rosa Lind>Shall we look at the harvest rota?</v>

2
00:00:03.500 --> 00:00:05.000
<v Piet Hal>Yes.</v> <v Rosa Lind>Good.</v>

3
00:00:05.500 --> 00:00:07.000
<v Piet Hal>The apples need two more pickers.</v>
"""


def test_a_second_voice_on_a_cues_line_is_its_own_turn() -> None:
    tree = encode(TWO_VOICES_ON_A_LINE, "orchard.vtt")
    assert said(tree) == [
        ("#rosa-lind", "Shall we look at the harvest rota?"),
        ("#piet-hal", "Yes."),
        ("#rosa-lind", "Good."),
        ("#piet-hal", "The apples need two more pickers."),
    ]
    # the joined voice is at its cue's time
    synch = xp(tree, "(//t:sp)[3]/@synch")[0].lstrip("#")
    assert xp(tree, f"//t:when[@xml:id='{synch}']/@interval") == ["3.5"]


def test_a_tag_like_word_in_a_cue_stays_words() -> None:
    text = (
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\n<v Rosa Lind>Press the <v> key.</v>\n\n"
        "2\n00:00:03.500 --> 00:00:05.000\n<v Piet Hal>Done.</v>\n"
    )
    tree = encode(text, "orchard.vtt")
    assert [who for who, _ in said(tree)] == ["#rosa-lind", "#piet-hal"]


# P6: an Otter export passed through a converter that sets "0:00 " before every line
# ("0:00 Name  00:12" over "0:00 words"): Otter's footer gets the prefix too.
PREFIXED_OTTER = """0:00 Rosa Lind  00:00

0:00 Shall we look at the harvest rota?

0:00 Unknown Speaker  00:06

0:00 Yes, the apples need two more pickers.

0:00 Rosa Lind  00:11

0:00 I can ask the school.

0:00 Transcribed by https://otter.ai
"""


def test_the_footer_after_a_constant_time_is_no_ones_words() -> None:
    tree = encode(PREFIXED_OTTER, "orchard.txt")
    assert [who for who, _ in said(tree)] == ["#rosa-lind", "#unknown-speaker", "#rosa-lind"]
    assert "otter.ai" not in said(tree)[-1][1]
    assert xp(tree, "//t:closer//text()") != []
    # the program named by its address is no person
    assert set(xp(tree, "//t:person/@xml:id")) == {"rosa-lind", "unknown-speaker"}


def test_a_stamped_line_about_a_transcriber_among_the_turns_stays_words() -> None:
    text = PREFIXED_OTTER.replace(
        "0:00 I can ask the school.",
        "0:00 I can ask the school.\n\n0:00 Transcribed by the clerk, the minutes were.",
    ).replace(
        "\n0:00 Transcribed by https://otter.ai\n", "\n0:00 Unknown Speaker  00:20\n\n0:00 Good.\n"
    )
    tree = encode(text, "orchard.txt")
    assert "Transcribed by the clerk" in said(tree)[2][1]


# P7: a meeting's transcript copied from its web view with the name, the time and the
# words on one line, "Rosa Lind 0:03 Shall we …", every turn so (Teams writes a stretch
# of a copy so; the reader knew it only among "Name   0:03" lines over the words).
INLINE_NAME_TIMES = """Rosa Lind 0:03 Shall we look at the harvest rota? I have the sheet here and
the apples need more hands than last year.
Piet Hal 0:12 Yes, two more pickers at least.
Rosa Lind 0:18 I can ask the school.
Piet Hal 0:25 Good, then we close.
"""


def test_a_transcript_of_name_time_and_words_lines_gives_a_turn_each() -> None:
    tree = encode(INLINE_NAME_TIMES, "orchard.txt")
    assert speakers_and_times(tree) == [
        ("#rosa-lind", "0:03"),
        ("#piet-hal", "0:12"),
        ("#rosa-lind", "0:18"),
        ("#piet-hal", "0:25"),
    ]
    # the wrapped line goes on in the first turn
    assert said(tree)[0][1].endswith("more hands than last year.")


def test_a_programme_of_names_and_times_is_no_transcript() -> None:
    text = (
        "Orchard open day\n\n"
        "Rosa Lind 9:00 Welcome and coffee\n"
        "Piet Hal 9:30 Pruning walk\n"
        "Rosa Lind 9:15 Tasting\n"
        "Cora Ames 10:00 Close\n"
    )
    tree = encode(text, "programme.txt")
    assert xp(tree, "//t:sp") == []
