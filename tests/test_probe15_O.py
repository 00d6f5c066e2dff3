"""Oral-history transcripts a tester's probe (15, O) found misread, in the house style
of an art archive's 1960s interviews as edited in Markdown for a photography project:
each turn under a Markdown heading that holds only its time on the tape ("## 00:00:37"
over "FULL NAME: words"), read as the heading of a section of its own, one a turn, and
a time heading over a tape's end or the interview's end ("## 00:29:40" over "[END OF
SIDE A]") read as a section's head too (O1); a later session's head with its date on
the same line ("Session 2, 21 March 1998"), read as words of the last answer (O2); a
label the text uses throughout typed against its words with no space ("RICHARD DOUD:I
see."), under its time or not, read as words of the turn before or a remark (O3); the
state a Markdown editor leaves under the text in an HTML comment over several lines
("<!--stackedit_data:" / data / "-->"), read as words of the last turn (O4); a tape's
first line saying it goes on from the last ("[CONTINUED FROM PREVIOUS TAPE]"), read as
an editor's insertion instead of a note about the recording (O5); the interview's end
over the editor's first footnote, read as words of the note (O6); the first time heading
of a tape, over its announcement or its note before any turn, read as a paragraph (O7);
a paragraph with no label after the interview's end (an editor's note), read as words of
the last answer (O8); a bare time over a tape's end, each turn under its own time, read
as words of the last answer (O9).
Small transcripts written for these tests (names and words invented, in the house style
found); every expectation was written from the transcript above it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, said, same_words, xp


def heads(tree: object) -> list[str]:
    return [" ".join("".join(h.itertext()).split()) for h in xp(tree, "//t:text//t:head")]  # type: ignore[arg-type]


def turn_times(tree: object) -> list[str]:
    return ["".join(t.itertext()) for t in xp(tree, "//t:sp/t:speaker/t:time")]  # type: ignore[arg-type]


# O1: each turn under a Markdown heading holding its time alone; a tape's end and the
# interview's end under a time heading of their own.
TIME_HEADINGS = """## 00:00:04
MARTA QUILLON: This is Marta Quillon talking with Osgood Fenn at his farm, April 3, 1971.

## 00:00:15
OSGOOD FENN: Glad to have you out here, though the roads are bad this time of year.

## 00:00:27
MARTA QUILLON: How did you come to the cooperative in the first place?

## 00:29:40
[END OF SIDE A]

## 00:00:02
OSGOOD FENN: My uncle ran the creamery. He needed a driver and I needed the money.

## 00:00:31
MARTA QUILLON: And the drivers were paid by the load?

## 00:11:12
END OF INTERVIEW
"""


def test_a_heading_holding_only_a_time_is_the_time_of_the_turn_under_it() -> None:
    tree = encode(TIME_HEADINGS, "quillon.md")
    pairs = said(tree)
    assert len(pairs) == 5
    assert [who for who, _ in pairs] == [
        "#marta-quillon",
        "#osgood-fenn",
        "#marta-quillon",
        "#osgood-fenn",
        "#marta-quillon",
    ]
    assert turn_times(tree) == ["00:00:04", "00:00:15", "00:00:27", "00:00:02", "00:00:31"]
    assert heads(tree) == []  # no time is a section's head
    same_words(tree, TIME_HEADINGS)


def test_a_time_heading_over_a_tape_s_end_is_a_point_of_the_recording() -> None:
    tree = encode(TIME_HEADINGS, "quillon.md")
    stages = ["".join(s.itertext()) for s in xp(tree, "//t:stage")]
    assert "## 00:29:40" in stages and "## 00:11:12" in stages
    times = xp(tree, "//t:stage/t:time/@synch")
    assert len(times) == 2  # each on the recording's timeline
    markers = ["".join(i.itertext()) for i in xp(tree, "//t:incident")]
    assert markers == ["[END OF SIDE A]", "END OF INTERVIEW"]
    assert all("END" not in words for _, words in said(tree))


# negative: a Markdown heading with a time and a title over labelled turns is a
# chapter, and stays the head of its section; a time inside a sentence's heading too.
TIMED_CHAPTERS = """## 00:00:00 Arrival at the farm

MARTA QUILLON: We drove out on the Tuesday.

OSGOOD FENN: The roads were bad.

## 00:10:00 The creamery

MARTA QUILLON: Tell me about the creamery.

OSGOOD FENN: It closed in 1958.
"""


def test_a_heading_with_a_time_and_a_title_stays_a_chapter_head() -> None:
    tree = encode(TIMED_CHAPTERS, "chapters.md")
    assert len(said(tree)) == 4
    assert "## 00:10:00 The creamery" in heads(tree)
    assert turn_times(tree) == []


# O2: initials with stops as labels, a front block naming both, tape changes set off with
# dashes, and the second session's head with its date on one line.
SESSION_WITH_DATE = """Harbour Pilots Oral History Project

Interviewee: Moira Sandoval
Interviewer: Rhys Tennant
Date: 14 March 1998

R.T.: This is Rhys Tennant with Moira Sandoval, at her kitchen table.

M.S.: Yes, and the coffee is on.

R.T.: When did you first go out on the pilot boat?

M.S.: I was sixteen. My father took me out in a fog you could lean on.

--- Tape 1 ends ---

R.T.: We were talking about the fog.

M.S.: Right. The fog was the job, really.

Session 2, 21 March 1998

R.T.: This is the second session with Moira Sandoval.

M.S.: Good to see you again.

[END OF INTERVIEW]
"""


def test_a_session_head_with_its_date_opens_the_next_session() -> None:
    tree = encode(SESSION_WITH_DATE, "sandoval.txt")
    pairs = said(tree)
    assert len(pairs) == 8
    assert pairs[5] == ("#moira-sandoval", "Right. The fog was the job, really.")
    assert "Session 2, 21 March 1998" in heads(tree)
    same_words(tree, SESSION_WITH_DATE)


# negative: an answer's paragraph that opens with a session's number goes on as a
# sentence: words of the answer, no head.
SESSION_IN_SPEECH = """R.T.: How did the meetings go?

M.S.: The first was short.

Session 2, we all agreed, went far better than anyone hoped.

R.T.: Why was that?

M.S.: The fog lifted.
"""


def test_a_sentence_opening_with_a_session_s_number_stays_speech() -> None:
    tree = encode(SESSION_IN_SPEECH, "meetings.txt")
    pairs = said(tree)
    assert len(pairs) == 4
    assert pairs[1][1].endswith("went far better than anyone hoped.")
    assert heads(tree) == []


# O3: a label typed against its words, under its time heading and without one; the
# label is used with a space three times or more elsewhere.
GLUED = """## 00:00:04
MARTA QUILLON: How did you come to the cooperative?

## 00:00:09
OSGOOD FENN: My uncle ran the creamery.

## 00:00:15
MARTA QUILLON:I see. Yes.

## 00:00:19
OSGOOD FENN: Paid by the load, every one of them.

## 00:00:30
MARTA QUILLON: Thank you.

OSGOOD FENN:You are welcome.

MARTA QUILLON: One more thing.
"""


def test_a_recurring_label_typed_against_its_words_opens_a_turn() -> None:
    tree = encode(GLUED, "glued.md")
    pairs = said(tree)
    assert len(pairs) == 7
    assert pairs[2] == ("#marta-quillon", "I see. Yes.")  # a short one, under its time
    assert pairs[5] == ("#osgood-fenn", "You are welcome.")
    assert turn_times(tree) == ["00:00:04", "00:00:09", "00:00:15", "00:00:19", "00:00:30"]


# negative: a word in capitals and a colon against the next word, no label of the text
# ("NOTE:The"), opens no turn (an editor's note between the turns); nor does a time of
# day inside a turn ("at 10:30").
NOT_GLUED = """MARTA QUILLON: How did you come to the cooperative?

OSGOOD FENN: My uncle ran the creamery.

NOTE:The creamery records were lost in 1961.

MARTA QUILLON: And the drivers?

OSGOOD FENN: They left at 10:30 every night.
"""


def test_a_capital_word_against_a_colon_that_labels_nothing_stays_text() -> None:
    tree = encode(NOT_GLUED, "notglued.txt")
    pairs = said(tree)
    assert len(pairs) == 4
    assert [who for who, _ in pairs].count("#osgood-fenn") == 2
    assert all("note" not in who for who, _ in pairs)
    assert pairs[3][1] == "They left at 10:30 every night."


# O4: the editor's state in an HTML comment over three lines right under the last turn.
EDITOR_STATE = """## 00:00:04
MARTA QUILLON: How did you come to the cooperative?

## 00:00:09
OSGOOD FENN: My uncle ran the creamery.

## 00:00:30
MARTA QUILLON: Thank you.
<!--stackedit_data:
eyJoaXN0b3J5IjpbLTEyMzQ1Njc4OV19
-->
"""


def test_an_editor_s_comment_over_several_lines_is_no_words_of_the_last_turn() -> None:
    tree = encode(EDITOR_STATE, "state.md")
    pairs = said(tree)
    assert len(pairs) == 3
    assert pairs[-1] == ("#marta-quillon", "Thank you.")
    assert not any("eyJ" in words or "stackedit" in words for _, words in pairs)


# negative: an HTML comment opened and never closed is no comment: the turns under it
# stay turns; a comment on one line between turns leaves the next turn as it is.
UNCLOSED = """MARTA QUILLON: How did you come to the cooperative?

<!-- more -->

OSGOOD FENN: My uncle ran the creamery.

<!-- check the spelling of the creamery's name

MARTA QUILLON: And the drivers?

OSGOOD FENN: Paid by the load.
"""


def test_an_unclosed_comment_leaves_the_turns_under_it() -> None:
    tree = encode(UNCLOSED, "unclosed.md")
    pairs = said(tree)
    assert [who for who, _ in pairs] == [
        "#marta-quillon",
        "#osgood-fenn",
        "#marta-quillon",
        "#osgood-fenn",
    ]
    assert pairs[3][1] == "Paid by the load."


# O5: the second tape's transcript opens by saying it goes on from the first.
CONTINUED = """## 00:00:03
[CONTINUED FROM PREVIOUS TAPE]

## 00:00:49
MARTA QUILLON: You were saying the creamery closed.

## 00:01:02
OSGOOD FENN: In 1958, yes. (continued on tape 3)
"""


def test_a_tape_continued_from_the_last_is_a_note_about_the_recording() -> None:
    tree = encode(CONTINUED, "continued.md")
    assert len(said(tree)) == 2
    markers = ["".join(i.itertext()) for i in xp(tree, "//t:incident")]
    assert markers == ["[CONTINUED FROM PREVIOUS TAPE]"]
    assert xp(tree, "//t:supplied") == []


# negative: a sentence in a turn about going on from tape to tape stays the turn's words.
CONTINUED_SAID = """MARTA QUILLON: How did the recordings go?

OSGOOD FENN: It continued from tape to tape, you know.

MARTA QUILLON: All of them?
"""


def test_a_sentence_about_continuing_tapes_stays_speech() -> None:
    tree = encode(CONTINUED_SAID, "said.txt")
    pairs = said(tree)
    assert pairs[1] == ("#osgood-fenn", "It continued from tape to tape, you know.")
    assert xp(tree, "//t:incident") == []


# O6: the editor's footnote after the interview's end, its number in brackets in the
# answer and before the note.
FOOTNOTE_AFTER_END = """Narrator: Delphine Arcenaux
Interviewer: Tomasz Wierzbicki

TW: Tell me about the mill.

DA: My father worked the mill from 1931.[1] He ran the boiler.

TW: And your mother?

DA: She kept the books until the war.

[END OF INTERVIEW]

[1] The mill's payroll for 1931 lists him as a fireman. Ed.
"""


def test_the_interview_s_end_over_a_footnote_is_no_words_of_the_note() -> None:
    tree = encode(FOOTNOTE_AFTER_END, "arcenaux.txt")
    assert len(said(tree)) == 4
    notes = ["".join(n.itertext()) for n in xp(tree, "//t:note[@place='foot']")]
    assert notes == ["The mill's payroll for 1931 lists him as a fireman. Ed."]
    markers = ["".join(i.itertext()) for i in xp(tree, "//t:incident")]
    assert markers == ["[END OF INTERVIEW]"]
    assert xp(tree, "//t:note//t:incident") == []


# negative: a tape's end between two paragraphs of one answer leaves the answer one
# turn, the marker where it stands.
MARKER_IN_ANSWER = """TW: Tell me about the mill.

DA: My father worked the mill from 1931. He ran the boiler.

[End of Tape 1, Side A]

And the boiler blew in 1940, the year I married.

TW: Was anyone hurt?

DA: No one, thank God.
"""


def test_a_tape_s_end_inside_an_answer_leaves_it_one_turn() -> None:
    tree = encode(MARKER_IN_ANSWER, "answer.txt")
    pairs = said(tree)
    assert len(pairs) == 4
    assert pairs[1][1].endswith("the year I married.")
    assert len(xp(tree, "//t:incident")) == 1


# O7: the tape's first time heading stands over the recording's announcement, before
# any turn.
ANNOUNCED = """## 00:00:00
This is an interview with Osgood Fenn at Tamsworth, April 3, 1971. The interviewer is Marta Quillon.

## 00:00:14
MARTA QUILLON: How did you come to the cooperative?

## 00:00:20
OSGOOD FENN: My uncle ran the creamery.
"""


def test_a_time_heading_before_the_first_turn_is_a_point_of_the_recording() -> None:
    tree = encode(ANNOUNCED, "announced.md")
    assert len(said(tree)) == 2
    first = xp(tree, "//t:body//t:stage[1]")
    assert ["".join(s.itertext()) for s in first] == ["## 00:00:00"]
    assert len(xp(tree, "//t:body//t:stage[1]/t:time/@synch")) == 1
    same_words(tree, ANNOUNCED)


# negative: a Markdown heading with a title first stays the title, and a chapter's time
# with its name stays a heading.
TITLED = """# Osgood Fenn, 1971

## 00:00:00 Arrival

MARTA QUILLON: How did you come to the cooperative?

OSGOOD FENN: My uncle ran the creamery.
"""


def test_a_title_heading_first_stays_the_title() -> None:
    tree = encode(TITLED, "titled.md")
    assert len(said(tree)) == 2
    titles = ["".join(t.itertext()) for t in xp(tree, "//t:titleStmt/t:title")]
    assert any("Osgood Fenn, 1971" in title for title in titles)
    assert xp(tree, "//t:body//t:stage/t:time") == []


# O8: the editor's note after the interview's end, no label, no note number.
AFTER_THE_END = """TW: Tell me about the mill.

DA: My father worked the mill from 1931. He ran the boiler.

TW: Thank you, Mrs. Arcenaux.

DA: You're welcome, dear.

[END OF INTERVIEW]

The narrator reviewed this transcript in 2005 and corrected two dates.
"""


def test_a_paragraph_after_the_interview_s_end_is_no_words_of_the_last_answer() -> None:
    tree = encode(AFTER_THE_END, "end.txt")
    pairs = said(tree)
    assert len(pairs) == 4
    assert pairs[-1] == ("#da", "You're welcome, dear.")
    assert "reviewed this transcript" not in " ".join(words for _, words in pairs)
    same_words(tree, AFTER_THE_END)


# negative: a pause of the interview over the rest of an answer leaves the answer whole.
PAUSED = """TW: Tell me about the mill.

DA: My father worked the mill from 1931.

[Interview paused]

He ran the boiler until the war.

TW: Thank you.
"""


def test_a_pause_of_the_interview_leaves_the_answer_whole() -> None:
    tree = encode(PAUSED, "paused.txt")
    pairs = said(tree)
    assert len(pairs) == 3
    assert pairs[1][1].endswith("He ran the boiler until the war.")


# O9: bare times over each turn, and one over the tape's end.
BARE_TIMES = """00:00:04
MARTA QUILLON: How did you come to the cooperative?

00:00:15
OSGOOD FENN: My uncle ran the creamery.

00:29:40
[END OF SIDE A]

00:00:02
MARTA QUILLON: And the drivers?

00:00:09
OSGOOD FENN: Paid by the load.
"""


def test_a_bare_time_over_a_tape_s_end_is_a_point_of_the_recording() -> None:
    tree = encode(BARE_TIMES, "bare.txt")
    pairs = said(tree)
    assert len(pairs) == 4
    assert pairs[1] == ("#osgood-fenn", "My uncle ran the creamery.")
    stages = ["".join(s.itertext()) for s in xp(tree, "//t:stage")]
    assert stages == ["00:29:40"]
    assert turn_times(tree) == ["00:00:04", "00:00:15", "00:00:02", "00:00:09"]


# negative: times alone over labels with none of their own are those turns' times (a
# meeting program marks every few minutes so), never points outside the turns.
TIME_OVER_LABEL = """MARTA QUILLON: How did you come to the cooperative?

00:02:30
OSGOOD FENN: My uncle ran the creamery.

MARTA QUILLON: And the drivers?

00:05:00
OSGOOD FENN: Paid by the load.
"""


def test_a_time_alone_over_an_untimed_label_stays_its_time() -> None:
    tree = encode(TIME_OVER_LABEL, "over.txt")
    assert len(said(tree)) == 4
    assert turn_times(tree) == ["00:02:30", "00:05:00"]
    assert xp(tree, "//t:stage") == []
