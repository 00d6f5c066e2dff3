"""Cases the coordinator mended in session 15, each beside a text of the same look
that must not be read the new way. All texts written for these tests."""

from __future__ import annotations

from test_exports_and_oral import encode, participants, said, same_words, xp

# Microsoft Word's transcription: the time, then the recogniser's label, alone over
# the words.
WORD_EXPORT = """Harbour committee, 12 May

00:00:02 Speaker 1
Shall we begin with the moorings?

00:00:09 Speaker 2
Yes. The list came in on Monday.

00:00:15 Speaker 1
Thank you, go on.
"""


def test_a_time_over_a_recognisers_label_opens_a_turn() -> None:
    tree = encode(WORD_EXPORT, "harbour.txt")
    assert said(tree) == [
        ("#speaker-1", "Shall we begin with the moorings?"),
        ("#speaker-2", "Yes. The list came in on Monday."),
        ("#speaker-1", "Thank you, go on."),
    ]
    times = [t.text for t in xp(tree, "//t:sp/t:speaker/t:time")]
    assert times == ["00:00:02", "00:00:09", "00:00:15"]
    same_words(tree, WORD_EXPORT)


# The same look, but a heading with a number under a time: no one speaks.
CHAPTERS = """Lecture notes

00:00:00 Chapter 1
The tides are driven by the moon.

00:10:00 Chapter 2
Spring tides come twice a month.
"""


def test_a_time_over_a_numbered_heading_is_no_turn() -> None:
    tree = encode(CHAPTERS, "lecture.txt")
    assert said(tree) == []
    same_words(tree, CHAPTERS)


# Elapsed times in minutes and seconds over names, as some recorders export: not
# a day's programme, though each looks like a slot ("0:03 Name").
ELAPSED = """0:03 Wanjiru Kamau
Morning. Is the recorder on?

0:07 Felix Braun
It is. Go ahead.

0:12 Wanjiru Kamau
Good, then I will start with the harvest.
"""

# A programme: slots on round minutes, each item once.
PROGRAMME = """Open day

09:00 Registration
09:30 Welcome by the chair
10:15 Coffee break
10:45 Walk round the orchard
"""


def test_elapsed_times_over_names_are_turns_and_a_programme_is_not() -> None:
    tree = encode(ELAPSED, "harvest.txt")
    assert [who for who, _ in said(tree)] == ["#wanjiru-kamau", "#felix-braun", "#wanjiru-kamau"]
    same_words(tree, ELAPSED)
    tree = encode(PROGRAMME, "openday.txt")
    assert said(tree) == []
    same_words(tree, PROGRAMME)


# A podcast's Markdown: the name in bold, the time in parentheses, then the colon.
BOLD_PAREN = """# Episode 12: soil

**Mira Holt** (00:03): Welcome back to the show.

**Dev Anand** (00:41): Thanks for having me.

**Mira Holt** (01:10): Let us start with compost.
"""


def test_a_bold_name_with_its_time_in_parentheses_and_a_colon_is_a_label() -> None:
    tree = encode(BOLD_PAREN, "episode.md")
    assert said(tree) == [
        ("#mira-holt", "Welcome back to the show."),
        ("#dev-anand", "Thanks for having me."),
        ("#mira-holt", "Let us start with compost."),
    ]
    assert [t.text for t in xp(tree, "//t:sp/t:speaker/t:time")] == ["00:03", "00:41", "01:10"]
    same_words(tree, BOLD_PAREN)


# The same without bold is prose: a sentence that cites a time is no label.
PLAIN_PAREN = """Notes on the recording

The hum starts (00:03): it is the fridge.
It stops again (00:41): the fridge is off.
It comes back (01:10): we gave up.
"""


def test_a_time_in_parentheses_in_a_sentence_is_no_label() -> None:
    tree = encode(PLAIN_PAREN, "notes.txt")
    assert said(tree) == []
    same_words(tree, PLAIN_PAREN)


# An IRC log as a logging bot writes it: the day before the time, no brackets.
DATED_IRC = """2024-03-12 17:02:30 <ana_r> shall we start?
2024-03-12 17:02:41 <bkim> yes, the agenda is in the topic
2024-03-12 17:03:02 <cleo> I am here too
2024-03-12 17:03:20 <ana_r> good
"""


def test_an_irc_log_with_the_day_before_each_time() -> None:
    tree = encode(DATED_IRC, "meeting.log.txt")
    assert [who for who, _ in said(tree)] == ["#ana-r", "#bkim", "#cleo", "#ana-r"]
    assert set(participants(tree)) == {"ana-r", "bkim", "cleo"}
    absolute = [w.get("absolute") for w in xp(tree, "//t:timeline/t:when[@absolute]")]
    assert absolute == ["17:02:30", "17:02:41", "17:03:02", "17:03:20"]
    same_words(tree, DATED_IRC)


# Discord's messages copied: the name, a dash, the day and the time over each message.
DISCORD = """ana_r — Today at 3:02 PM
shall we start?
Bo Kim — Today at 3:02 PM
yes, the agenda is pinned
cleo — Today at 3:04 PM
here
ana_r — Today at 3:05 PM
good, first item
"""


def test_discord_posts_are_turns_of_their_posters() -> None:
    tree = encode(DISCORD, "channel.txt")
    assert said(tree) == [
        ("#ana-r", "shall we start?"),
        ("#bo-kim", "yes, the agenda is pinned"),
        ("#cleo", "here"),
        ("#ana-r", "good, first item"),
    ]
    same_words(tree, DISCORD)


# Headings with a dash and a day are no posts where no one posts twice.
DASHED_HEADS = """Site diary

Delivery — 01/05/2024 9:00 AM
The bricks came on time.
Inspection — 02/05/2024 2:30 PM
The inspector passed the footings.
"""


def test_dated_headings_said_once_are_no_posts() -> None:
    tree = encode(DASHED_HEADS, "diary.txt")
    assert said(tree) == []
    same_words(tree, DASHED_HEADS)
