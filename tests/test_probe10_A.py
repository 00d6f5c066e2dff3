"""Meeting-software and transcription-service exports a tester's probe (10, A)
found misread: a transcript exported as a table (CSV or TSV with a header row
naming the speaker's, the times' and the words' columns) gave no turn at all.
Small transcripts written for these tests (names, times and words invented, in
the house styles of the exporters); every expectation was written from the
transcript above it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, said, xp
from test_exports_probe7 import speakers_and_times


def turns(tree: object) -> int:
    return len(xp(tree, "//t:sp"))  # type: ignore[arg-type]


def intervals(tree: object) -> list[str]:
    """The timeline's intervals, in the order of its points (the origin has none)."""
    return [w.get("interval") for w in xp(tree, "//t:timeline/t:when[@interval]")]  # type: ignore[arg-type]


# A1: an editor's CSV export: "Speaker,Start Time,End Time,Text", the words quoted
# where they hold a comma, a quotation mark doubled inside.
CSV_EXPORT = """Speaker,Start Time,End Time,Text
Marta Quist,00:00:01,00:00:05,"Good morning, all. Shall we begin?"
Ole Brandt,00:00:06,00:00:09,"Yes, though I said ""wait"" last week."
Marta Quist,00:00:10,00:00:15,Fine then
Ole Brandt,00:01:02,00:01:04,The budget first.
"""


def test_a_csv_transcript_is_a_turn_a_row_at_its_start_time() -> None:
    tree = encode(CSV_EXPORT, "meeting.csv")
    assert speakers_and_times(tree) == [
        ("#marta-quist", "00:00:01"),
        ("#ole-brandt", "00:00:06"),
        ("#marta-quist", "00:00:10"),
        ("#ole-brandt", "00:01:02"),
    ]
    assert intervals(tree) == ["1", "6", "10", "62"]
    assert said(tree)[1] == ("#ole-brandt", '"Yes, though I said ""wait"" last week."')
    # the header row names the columns: no one's words
    assert "Start Time" not in " ".join(w for _, w in said(tree))


# A1: a recogniser's TSV, the speaker after the times, seconds with a fraction.
TSV_EXPORT = "start\tend\tspeaker\ttext\n" + "\n".join(
    [
        "0.53\t2.78\tSPEAKER_00\tThe old barn, they said, was gone.",
        "3.01\t5.52\tSPEAKER_01\tIt burned in March.",
        "5.90\t7.10\tSPEAKER_00\tAll of it?",
    ]
)


def test_a_tsv_transcript_with_the_speaker_after_the_times() -> None:
    tree = encode(TSV_EXPORT, "segments.tsv")
    assert [w for w, _ in speakers_and_times(tree)] == ["#speaker-00", "#speaker-01", "#speaker-00"]
    assert intervals(tree) == ["0.53", "3.01", "5.9"]
    assert said(tree)[2] == ("#speaker-00", "All of it?")


# A1: a spreadsheet's export with ";", a title line over the header, the start in
# milliseconds, a name surname first in quotes, words over three lines in one cell.
SEMICOLON_EXPORT = """Title: Allotment committee

speaker;start_ms;end_ms;utterance
Fenna Holt;1200;3400;"We begin with the sheds; then water."
"Rask, Ivo";3500;7000;"Two things.
First, the ""new"" tap.
Second, the gate."
Fenna Holt;7100;8000;Agreed.
"""


def test_a_table_row_whose_quoted_words_run_over_lines() -> None:
    tree = encode(SEMICOLON_EXPORT, "allotment.csv")
    assert [w for w, _ in speakers_and_times(tree)] == ["#fenna-holt", "#ivo-rask", "#fenna-holt"]
    assert intervals(tree) == ["1.2", "3.5", "7.1"]
    assert said(tree)[1] == ("#ivo-rask", '"Two things. First, the ""new"" tap. Second, the gate."')
    assert turns(tree) == 3


# A1, negative: a conference schedule exported as CSV names a speaker per row, but
# its last column is no one's words: a table, not a transcript.
SCHEDULE = """Session Title,Speaker,Start Time,End Time
Opening Keynote,Dana Frey,09:00,10:00
Panel on Ports,Rob Ilves,12:30,13:30
Closing Remarks,Dana Frey,16:00,16:15
"""


def test_a_schedule_table_is_no_transcript() -> None:
    assert turns(encode(SCHEDULE, "schedule.csv")) == 0


# A1, negative: prose whose first line holds commas and the word "text" gives no
# table, and an ordinary labelled transcript is read as before.
PROSE = """Speaker, listener and text, the three parts of any talk.
Anna Berg: We read the first chapter.
Jonas Pik: And the second, too.
Anna Berg: Then we stop here.
"""


def test_prose_with_commas_over_labels_is_no_table() -> None:
    tree = encode(PROSE)
    assert [w for w, _ in speakers_and_times(tree)] == ["#anna-berg", "#jonas-pik", "#anna-berg"]


# A2: a recording service's Markdown transcript (tl;dv's house style): the time a
# link to that moment of the recording, then "Name: words", a blank line between.
LINKED_TIMES = """[00:00](https://tldv.io/app/meetings/0a1b2c) Wren Ollis: Shall we start?

[00:04](https://tldv.io/app/meetings/0a1b2c?t=4) Pell Arkwright: Yes, go on. The list, please.

[00:09](https://tldv.io/app/meetings/0a1b2c?t=9) Wren Ollis: Right. First the roof.

[01:12](https://tldv.io/app/meetings/0a1b2c?t=72) Pell Arkwright: Mm-hmm.
"""


def test_a_time_linked_to_the_recording_before_the_name() -> None:
    tree = encode(LINKED_TIMES, "call.md")
    assert speakers_and_times(tree) == [
        ("#wren-ollis", "00:00"),
        ("#pell-arkwright", "00:04"),
        ("#wren-ollis", "00:09"),
        ("#pell-arkwright", "01:12"),
    ]
    assert intervals(tree)[-1] == "72"
    assert said(tree)[1] == ("#pell-arkwright", "Yes, go on. The list, please.")


# A2, negative: a video's chapters, each time linked to the recording, name no one.
CHAPTERS = """# Episode 12 chapters

[00:00](https://youtu.be/abc?t=0) Introduction
[02:15](https://youtu.be/abc?t=135) Setting up the bench
[05:40](https://youtu.be/abc?t=340) Questions from viewers
[09:02](https://youtu.be/abc?t=542) Wrap-up
"""


def test_linked_chapter_times_are_no_turns() -> None:
    assert turns(encode(CHAPTERS, "chapters.md")) == 0


# A3: a podcast transcript's house style (a transcription service's export, as
# bitcointranscripts keeps several): "Name – 00:03:20:" alone on its line, the name,
# an en dash, the elapsed time and a colon; the words in the paragraph below.
DASHED_NAME_TIME = """Hal Serrano – 00:00:04:

Welcome back to the show. Today we talk about ferries.

Ute Lindqvist – 00:00:09:

Thanks for having me.

Hal Serrano  – 00:00:12:

So, how did it start?

Ute Lindqvist – 00:01:40:

With a broken engine, of all things.
"""


def test_a_name_a_dash_and_a_time_with_a_colon_alone_over_the_words() -> None:
    tree = encode(DASHED_NAME_TIME, "episode.md")
    assert speakers_and_times(tree) == [
        ("#hal-serrano", "00:00:04"),
        ("#ute-lindqvist", "00:00:09"),
        ("#hal-serrano", "00:00:12"),
        ("#ute-lindqvist", "00:01:40"),
    ]
    assert said(tree)[3] == ("#ute-lindqvist", "With a broken engine, of all things.")


# A3, negative: an evening's programme, each item once with its time and a colon,
# a description under it: no one speaks.
EVENING_PROGRAMME = """Harbour festival, Saturday

Doors – 18:00:

The hall opens; coats to the left.

Dinner – 19:30:

Served in the garden if it stays dry.

Fireworks – 22:15:

From the pier, weather permitting.
"""


def test_a_programme_of_items_with_dashed_times_is_no_transcript() -> None:
    assert turns(encode(EVENING_PROGRAMME)) == 0


# A4: a reviewed podcast transcript's house style (bitcointranscripts' review site):
# "Name: 00:03:20" alone on its line, the words in the paragraphs below; no front
# matter listing the speakers; a diariser's "Speaker 4" heads one turn only.
COLON_NAME_TIME = """Nadia Ferro: 00:00:00

So today we look at the harbour survey.
The first slide is the map.

Piet Olsen: 00:00:41

Can you zoom in on the north pier?

Nadia Ferro: 00:00:47

Sure.

Speaker 4: 00:00:52

Sorry, which year is that?

Piet Olsen: 00:01:03

Nineteen ninety, I think.
"""


def test_a_name_its_colon_and_a_time_alone_over_the_words() -> None:
    tree = encode(COLON_NAME_TIME, "survey.md")
    assert speakers_and_times(tree) == [
        ("#nadia-ferro", "00:00:00"),
        ("#piet-olsen", "00:00:41"),
        ("#nadia-ferro", "00:00:47"),
        ("#speaker-4", "00:00:52"),
        ("#piet-olsen", "00:01:03"),
    ]
    assert said(tree)[0] == (
        "#nadia-ferro",
        "So today we look at the harbour survey. The first slide is the map.",
    )


# A4, negative: a recording's head gives its fields with times ("Duration:"), each
# once, over an interview with ordinary labels: the fields are no speakers.
FIELDS_OVER_LABELS = """Recorded: 14:05
Duration: 00:52:10

Nadia Ferro: Shall we start with the pier?
Piet Olsen: Yes, the north one.
Nadia Ferro: Good.
Piet Olsen: It was built in 1890.
"""


def test_time_fields_of_a_head_are_no_speakers() -> None:
    tree = encode(FIELDS_OVER_LABELS)
    assert [w for w, _ in speakers_and_times(tree)] == [
        "#nadia-ferro",
        "#piet-olsen",
        "#nadia-ferro",
        "#piet-olsen",
    ]


def test_a_programme_of_items_with_dashed_times_without_colons_is_no_transcript() -> None:
    # (the same items as Fireflies' "Ana Ruiz - 00:09" heads would write them: each
    # said once, so a list, as the names of speakers who speak again are not)
    assert turns(encode(EVENING_PROGRAMME.replace(":\n", "\n"))) == 0
