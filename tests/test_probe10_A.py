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
