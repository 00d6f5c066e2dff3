"""Meeting-software chat and speech-recognition exports a tester's probe (8, A)
found misread in real call notes (ethereum/pm) and recogniser transcripts
(bitcointranscripts): Zoom's chat pasted without its time column ("From Ana
Ruiz to Everyone: (11:02 AM)" over the message, as a list item, in bold), a
diariser's "Speaker 0: 00:01:17" over the words, "**Name** [m:ss](link): text",
chat posts "Name (Jul 31, 2024, 10:05 AM)", names in bold alone over the words
or points, a date heading, a bold date key, a title with an HTML comment, "OK."
under a segment's head. Small transcripts written for these tests (names, times
and words invented, in the house styles of the real files); every expectation
was written from the transcript above it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, said, xp
from test_exports_probe7 import speakers_and_times, words_back


def turns(tree: object) -> int:
    return len(xp(tree, "//t:sp"))  # type: ignore[arg-type]


# A1: Zoom's chat pasted into notes: "From NAME to Everyone: (09:02 AM)" alone over
# the message; a leading space; "Me" is the exporter's own name in Zoom.
ZOOM_CHAT_PAREN = """## Chat

From Odile Marchetti to Everyone: (09:02 AM)
Agenda is in the tracker, item 4 first please

From Ben Akintola to Everyone: (09:04 AM)
Can someone paste the link to the draft?

From Odile Marchetti to Everyone: (09:04 AM)
https://example.org/drafts/rollout-plan

 From Ben Akintola to Everyone: (09:05 AM)
thanks!

From Me to Everyone: (09:11 AM)
I will take the action on the test plan

From Odile Marchetti to Everyone: (09:15 AM)
Two things before we close:
the date for the next call, and who owns the review
"""


def test_zoom_chat_from_head_with_time_in_parentheses() -> None:
    tree = encode(ZOOM_CHAT_PAREN, "chat.md")
    assert speakers_and_times(tree) == [
        ("#odile-marchetti", "09:02 AM"),
        ("#ben-akintola", "09:04 AM"),
        ("#odile-marchetti", "09:04 AM"),
        ("#ben-akintola", "09:05 AM"),
        ("#me", "09:11 AM"),
        ("#odile-marchetti", "09:15 AM"),
    ]
    assert said(tree)[5] == (
        "#odile-marchetti",
        "Two things before we close: the date for the next call, and who owns the review",
    )
    words_back(tree, ZOOM_CHAT_PAREN)


# A2: the same chat as a Markdown list, the message on the head's line, after an
# attendance list of names (no speakers).
ZOOM_CHAT_BULLETS = """## Attendance

- Odile Marchetti
- Ben Akintola
- Priya Natarajan

## Zoom Chat
* From Odile Marchetti to Everyone 09:02 AM: morning all
* From Ben Akintola to Everyone 09:03 AM: morning
* From priya.n to Everyone 09:05 AM: the staging build is green again
* From Odile Marchetti to Everyone 09:06 AM: great, thanks Priya
* From Ben Akintola to Everyone 09:09 AM: do we keep the old flag for one release?
* From priya.n to Everyone 09:10 AM: yes, removal is planned for the release after
"""


def test_zoom_chat_from_head_as_list_items_with_the_message() -> None:
    tree = encode(ZOOM_CHAT_BULLETS, "chat.md")
    assert [w for w, _ in speakers_and_times(tree)] == [
        "#odile-marchetti",
        "#ben-akintola",
        "#priya-n",
        "#odile-marchetti",
        "#ben-akintola",
        "#priya-n",
    ]
    assert all(t and t.endswith("AM") for _, t in speakers_and_times(tree))
    assert said(tree)[1] == ("#ben-akintola", "morning")
    words_back(tree, ZOOM_CHAT_BULLETS)


# A3: the head in bold italic (or bold in a list item) alone over the message.
ZOOM_CHAT_BOLD = """## Chat Highlights

***From Odile Marchetti to Everyone 09:02 AM:***
Agenda is in the tracker.

***From Ben Akintola to Everyone 09:04 AM:***
Can someone paste the link to the draft?

***From Odile Marchetti to Everyone 09:05 AM:***
Here it is: https://example.org/drafts/rollout-plan

- **From priya.n to Everyone 09:07 AM:**
The staging build is green again.
"""


def test_zoom_chat_from_head_in_bold_alone() -> None:
    tree = encode(ZOOM_CHAT_BOLD, "chat.md")
    assert said(tree) == [
        ("#odile-marchetti", "Agenda is in the tracker."),
        ("#ben-akintola", "Can someone paste the link to the draft?"),
        ("#odile-marchetti", "Here it is: https://example.org/drafts/rollout-plan"),
        ("#priya-n", "The staging build is green again."),
    ]
    words_back(tree, ZOOM_CHAT_BOLD)


# A journey's legs say "From X to Y" with a time: no chat (no one is sent to).
JOURNEY = """## Day two

From Lyon to Geneva: (10:30 AM)
The regional train, change at Bellegarde.

From Geneva to Bern 01:15 PM
Intercity, a seat in the quiet coach.

* From Bern to Thun 04:40 PM: the lake boat if the weather holds
* From Thun to Interlaken 06:05 PM: bus 21 from the station
"""


def test_a_journey_from_place_to_place_with_times_is_no_chat() -> None:
    tree = encode(JOURNEY, "trip.md")
    assert turns(tree) == 0


# A4: tstbtc's Deepgram segments: "Speaker 0: 00:00:04" alone, a blank line, one
# sentence a line; front matter with the real names (not mapped to the numbers).
SPEAKER_N_TIME_ALONE = """---
title: Harbour Radio, episode 12
speakers:
  - Mara Quist
  - Tobias Fenn
date: 2024-03-02
---
## Welcome

Speaker 0: 00:00:04

Welcome back to Harbour Radio.
Today we talk about the old ferry pier.

Speaker 1: 00:00:19

Thanks for having me.
It has been a long winter on the pier.

## The pier

Speaker 0: 00:01:02

So what happens to the pier now?

Speaker 1: 00:01:10

The council votes in May.
Until then, nothing moves.
"""


def test_a_diariser_label_with_its_time_alone_over_the_words() -> None:
    tree = encode(SPEAKER_N_TIME_ALONE, "harbour.md")
    assert speakers_and_times(tree) == [
        ("#speaker-0", "00:00:04"),
        ("#speaker-1", "00:00:19"),
        ("#speaker-0", "00:01:02"),
        ("#speaker-1", "00:01:10"),
    ]
    assert said(tree)[0] == (
        "#speaker-0",
        "Welcome back to Harbour Radio. Today we talk about the old ferry pier.",
    )
    assert xp(tree, "//t:sp[t:p[not(node())]]") == []  # no empty paragraph under a head
    words_back(tree, SPEAKER_N_TIME_ALONE)


# A programme's slots are no turns: a numbered speaker and a time of day, one a line.
PROGRAMME = """Conference programme, Saturday

Speaker 1: 10:30
Speaker 2: 11:15
Lunch: 12:30
Speaker 3: 13:45

All talks are in the main hall. Coffee is served from 9:45.
"""


def test_a_programme_of_numbered_speakers_and_times_is_no_transcript() -> None:
    assert turns(encode(PROGRAMME, "programme.txt")) == 0


# A5: call notes with the name in bold, the time a link to the recording, a colon.
BOLD_NAME_LINKED_TIME = """# Harbour Board Call #12 Notes

### Meeting Date/Time: Thursday 2024/05/16 at 14:00 UTC
### Notes: Ines Varga

# 1. Ferry pier

**Mara** [1:53](https://youtu.be/xyz789&t=113): Welcome to the twelfth call. First item is the pier.

**Tobias Fenn** [2:39](https://youtu.be/xyz789&t=159): The survey came back: two piles.

**Mara**  [3:40](https://youtu.be/xyz789&t=220): Do we know the cost yet?

**Tobias Fenn** [ 3:58](https://youtu.be/xyz789&t=238): Not before the tender closes.

**Odile Marchetti** [4:16](https://youtu.be/xyz789&t=256): The council has last year's figures.
"""


def test_a_bold_name_with_its_time_linked_to_the_recording_and_a_colon() -> None:
    tree = encode(BOLD_NAME_LINKED_TIME, "call.md")
    assert speakers_and_times(tree) == [
        ("#mara", "1:53"),
        ("#tobias-fenn", "2:39"),
        ("#mara", "3:40"),
        ("#tobias-fenn", "3:58"),
        ("#odile-marchetti", "4:16"),
    ]
    assert said(tree)[2] == ("#mara", "Do we know the cost yet?")
    words_back(tree, BOLD_NAME_LINKED_TIME)


# A video's chapters in the same typography are no one's words.
CHAPTERS = """# Launch review, video chapters

**Welcome** [0:00](https://youtu.be/abc123&t=0): housekeeping and the agenda
**Shadow Forks** [2:39](https://youtu.be/abc123&t=159): results of the last run
**Bounty Program** [5:03](https://youtu.be/abc123&t=303): payouts for critical bugs
**Open Discussion** [14:19](https://youtu.be/abc123&t=859): anything else

Thanks for watching.
"""


def test_video_chapters_with_linked_times_are_no_turns() -> None:
    assert turns(encode(CHAPTERS, "chapters.md")) == 0


# A6: a Markdown heading with an HTML comment for a table-of-contents tool: the
# comment is no part of the title (the text keeps it).
TOC_COMMENT_TITLE = """# Harbour Board Call #12 Notes <!-- omit in toc -->

### Meeting Date/Time: Thursday 2024/05/16 at 14:00 UTC <!-- omit in toc -->

**Mara** [1:53](https://youtu.be/xyz789&t=113): Welcome to the twelfth call.

**Tobias Fenn** [2:39](https://youtu.be/xyz789&t=159): The survey came back: two piles.

**Mara** [3:40](https://youtu.be/xyz789&t=220): Do we know the cost yet?
"""


def test_an_html_comment_in_the_title_heading_is_not_the_title() -> None:
    tree = encode(TOC_COMMENT_TITLE, "call.md")
    assert xp(tree, "string(//t:titleStmt/t:title)") == "Harbour Board Call #12 Notes"
    assert turns(tree) == 3
    words_back(tree, TOC_COMMENT_TITLE)


# A7: breakout notes mixing the note-taker's "Name: text" and "- points" with chat
# posts copied from the meeting: "Name (May 16, 2024, 10:05 AM)" alone over the
# message (a handle in small letters, a company after a bar).
CHAT_POSTS_DATED = (
    "Pier working group #3\n"
    "--\n"
    "\n"
    "**Date**: May 16 2024, 14:00-15:00 UTC\n"
    "\n"
    "(Notes+chat)\n"
    "\n"
    "Mara: Opened the call.\n"
    "- Survey results first, then the tender\n"
    "\n"
    "Odile Marchetti (May 16, 2024, 10:05 AM)\n"
    "the survey PDF is in the shared folder\n"
    "\n"
    "tfenn (May 16, 2024, 10:07 AM)\n"
    "two piles need replacing, the rest can wait\n"
    "\x20\n"
    "Odile Marchetti (May 16, 2024, 10:09 AM)\n"
    "do we know if the tender can be split?\n"
    "\x20\n"
    "Ivo Petrov | Harbour Works (May 16, 2024, 10:12 AM)\n"
    "It can, we did that for the north quay.\n"
    "\n"
    "Mara:\n"
    "- tender to be split in two lots\n"
)


def test_chat_posts_headed_with_name_date_and_time_in_parentheses() -> None:
    tree = encode(CHAT_POSTS_DATED, "notes.md")
    # (the note-taker's two "Mara:" lines are left aside here: one speaker's colon
    # labels twice in notes are not established as labels)
    assert [(w, t) for w, t in speakers_and_times(tree) if t] == [
        ("#odile-marchetti", "May 16, 2024, 10:05 AM"),
        ("#tfenn", "May 16, 2024, 10:07 AM"),
        ("#odile-marchetti", "May 16, 2024, 10:09 AM"),
        ("#ivo-petrov-harbour-works", "May 16, 2024, 10:12 AM"),
    ]
    assert ("#tfenn", "two piles need replacing, the rest can wait") in said(tree)
    # the key of the date in bold, as the notes set it: "**Date**: May 16 2024, …"
    assert "2024-05-16" in xp(tree, "//t:teiHeader//t:date/@when")
    words_back(tree, CHAT_POSTS_DATED)


# A deploy log heads its entries with an event and a date and time: no chat.
DEPLOY_LOG = """Release log

Deployed (Mar 3, 2024, 9:14 AM)
All services green after the rollout.

Rolled back (Mar 3, 2024, 9:40 AM)
Cache errors on the EU nodes.

Deployed (Mar 4, 2024, 8:02 AM)
Fixed build, all green.
"""


def test_a_log_of_dated_events_is_no_chat() -> None:
    assert turns(encode(DEPLOY_LOG, "log.md")) == 0


# A8: a recogniser's labels cleaned into Markdown call notes: "**Speaker 01**" alone
# in bold over the turn's points, a name set so among them ("**Tobias**"); the table
# above names him in a cell (no turn).
SPEAKER_BOLD_ALONE = (
    "# Pier Repair Call (Breakout #4)\n"
    "\n"
    "### Moderator: Mara Quist\n"
    "### Notes: Ines Varga\n"
    "\n"
    "| Item | Description |\n"
    "| --- | --- |\n"
    "| **4.1** | **Tobias** wants the tender split |\n"
    "\n"
    "**Speaker 01**\n"
    "* Thanks for joining. We are recording.\n"
    "* First item is the survey.\n"
    "\n"
    "**Speaker 02**\n"
    "* The survey came back on Monday.\n"
    "* Two piles need replacing.\n"
    "\n"
    "**Tobias**\n"
    "* Can we split the tender in two lots?\n"
    "\n"
    "**Speaker 01**\n"
    "* I think so, we did that for the north quay.\n"
    "\n"
    "**Speaker 02**\n"
    "* Agreed.\n"
)


def test_diariser_labels_in_bold_alone_over_points() -> None:
    tree = encode(SPEAKER_BOLD_ALONE, "notes.md")
    assert [w for w, _ in said(tree)] == [
        "#speaker-01",
        "#speaker-02",
        "#tobias",
        "#speaker-01",
        "#speaker-02",
    ]
    assert said(tree)[1] == (
        "#speaker-02",
        "* The survey came back on Monday. * Two piles need replacing.",
    )
    words_back(tree, SPEAKER_BOLD_ALONE)


# A9: an Otter transcript copied to a site: full names in bold alone (a line break's
# two spaces after them), the words below.
BOLD_FULL_NAMES_ALONE = (
    "## Transcript\n"
    "\n"
    "**Mara Quist** \x20\n"
    "Welcome to the harbour meetup. We are live on the stream.\n"
    "\n"
    "**Tobias Fenn** \x20\n"
    "Thanks for having me, it has been a long winter on the pier.\n"
    "\n"
    "**Mara Quist** \x20\n"
    "So what happens to the pier now?\n"
    "\n"
    "**Tobias Fenn** \x20\n"
    "The council votes in May, and until then nothing moves.\n"
    "\n"
)


def test_full_names_in_bold_alone_over_their_words() -> None:
    tree = encode(BOLD_FULL_NAMES_ALONE, "meetup.md")
    assert [w for w, _ in said(tree)] == ["#mara-quist", "#tobias-fenn"] * 2
    words_back(tree, BOLD_FULL_NAMES_ALONE)


# A Markdown report's headings in bold over points, repeated week by week: no one.
BOLD_HEADINGS = """# Weekly report

**Done This Week**
- moved the build to the new runner
- fixed the flaky upload test

**Next Steps**
- release candidate on Friday

**Done This Week**
- wrote the migration notes

**Next Steps**
- tag the release
"""


def test_bold_headings_over_points_are_no_speakers() -> None:
    assert turns(encode(BOLD_HEADINGS, "report.md")) == 0


# A document's parts repeat their bold headings over prose, each part under its own
# Markdown heading: no one speaks.
BOLD_HEADINGS_IN_PARTS = """# Product notes

## Ferry app

**Getting Started**
Install the app from the store and sign in.

**Known Issues**
The map is slow on old phones.

## Pier app

**Getting Started**
Ask the harbour office for an account.

**Known Issues**
None so far.
"""


def test_bold_headings_repeated_in_each_part_are_no_speakers() -> None:
    assert turns(encode(BOLD_HEADINGS_IN_PARTS, "notes.md")) == 0


# A field's key in bold is a field only where its value is one ("**Date**: May 16
# 2024"); a role's key in bold before words said is a turn, as before.
BOLD_ROLE_TURNS = """**Host:** Welcome back to Harbour Radio, and welcome to our guest.

**Guest:** Thanks, it is good to be here again.

**Host:** So what happens to the pier now?

**Guest:** The council votes in May, and until then nothing moves.
"""


def test_bold_role_keys_before_words_said_stay_turns() -> None:
    tree = encode(BOLD_ROLE_TURNS, "radio.md")
    assert [w for w, _ in said(tree)] == ["#host", "#guest"] * 2


# A10: call notes dated by a heading, the time in two zones: "### Friday, June 6,
# 2025 at 14:00 UTC (10:00 ET)".
DATED_HEADING = """# Pier Repair Call (Breakout #5)

### Friday, June 6, 2025 at 14:00 UTC (10:00 ET)
### Moderator: Mara Quist

**Speaker 01**
* Thanks for joining.

**Speaker 02**
* The tender closed on Monday.

**Speaker 01**
* Then we can decide today.
"""


def test_a_date_heading_with_the_time_in_two_zones_dates_the_call() -> None:
    tree = encode(DATED_HEADING, "call.md")
    assert "2025-06-06" in xp(tree, "//t:teiHeader//t:date/@when")
    assert turns(tree) == 3


# A diary's entries headed by their day alone (no hour) stay headings in the text.
PLAN = """# Harbour diary

## Monday, June 2, 2025

We mended the nets.

## Tuesday, June 3, 2025

The ferry was late again.
"""


def test_date_headings_of_a_diary_stay_in_the_text() -> None:
    tree = encode(PLAN, "diary.md")
    assert xp(tree, "//t:front//t:docDate") == []
    assert len(xp(tree, "//t:body//t:p")) == 4
    words_back(tree, PLAN)


# A11: call notes with first names in bold alone, the words on the next line (no
# blank line), a topic heading now and then among the turns.
FIRST_NAMES_BOLD_ALONE = """# Harbour Board Call 14

### Meeting Date/Time: Thursday 2024/05/30 at 14:00 UTC
### Moderator: Mara Quist

## Pier

**Mara**
Stream is live. First item is the pier survey.

**Tobias**
The survey came back on Monday. Two piles need replacing.

**Mara**
Do we know the cost yet?

**Odile**
Not before the tender closes, but last year's figures are a guide.

## Ferry timetable

**Mara**
Next up is the summer timetable.

**Tobias**
We add two late sailings on Fridays.

**Odile**
And the first sailing moves to seven.
"""


def test_first_names_in_bold_alone_over_their_words() -> None:
    tree = encode(FIRST_NAMES_BOLD_ALONE, "call.md")
    # "**Mara**" is the moderator the head names, Mara Quist, as a plain "Mara:" is
    assert [w for w, _ in said(tree)] == [
        "#mara-quist",
        "#tobias",
        "#mara-quist",
        "#odile",
        "#mara-quist",
        "#tobias",
        "#odile",
    ]
    assert said(tree)[1] == (
        "#tobias",
        "The survey came back on Monday. Two piles need replacing.",
    )
    words_back(tree, FIRST_NAMES_BOLD_ALONE)


# A12: the same with each turn's words as points, as a recogniser's words are
# pasted (small letters, no stops).
NAMES_BOLD_OVER_POINTS = """**Tim**

* welcome to the harbour call a couple of things on the agenda today pier and ferry

**Marius (Port Works)**

* i can start so we are currently looking at the survey from monday

**Tim**

* did you find anything new in it so far

**Marius**

* we found two piles that need replacing before the summer season starts
"""


def test_names_in_bold_alone_over_points_of_speech() -> None:
    tree = encode(NAMES_BOLD_OVER_POINTS, "call.md")
    assert [w for w, _ in said(tree)] == ["#tim", "#marius", "#tim", "#marius"]


# Release notes set their parts' headings in bold over prose, each release under
# its own Markdown heading: no speakers.
RELEASE_NOTES = """# Release notes

## v1.3

**Highlights**
The pier view loads twice as fast.

**Breaking Changes**
The old export format is gone.

## v1.2

**Highlights**
A dark theme.

## v1.1

**Highlights**
Offline maps for the harbour.

**Breaking Changes**
Python 3.8 is no longer supported.
"""


def test_bold_headings_of_release_notes_are_no_speakers() -> None:
    assert turns(encode(RELEASE_NOTES, "notes.md")) == 0


# A list of attendees in bold, one a line, under a transcript labelled the same way:
# no one's turns.
BOLD_ATTENDEES = SPEAKER_BOLD_ALONE + (
    "\n"
    "## Attendees\n"
    "**Mara Quist** \x20\n"
    "**Tobias** \x20\n"
    "**Odile Marchetti** \x20\n"
    "**Ines Varga** \x20\n"
)


def test_an_attendee_list_in_bold_is_no_turns() -> None:
    tree = encode(BOLD_ATTENDEES, "notes.md")
    assert turns(tree) == 5
    assert "#ines-varga" not in {w for w, _ in said(tree)}


# A13: a recogniser's "OK." (or "OK, sorry.") alone under a segment's head is the
# speaker's words, not a speaker called OK.
SEGMENTS_WITH_OK = """## Intro

Speaker 0: 00:00:02

OK.

Speaker 1: 00:00:12

Hello, everyone.

Speaker 0: 00:00:18

OK, sorry.

Speaker 1: 00:00:25

Let's start with the pier survey.
"""


def test_ok_alone_under_a_segment_head_is_said_not_a_speaker() -> None:
    tree = encode(SEGMENTS_WITH_OK, "talk.md")
    assert said(tree) == [
        ("#speaker-0", "OK."),
        ("#speaker-1", "Hello, everyone."),
        ("#speaker-0", "OK, sorry."),
        ("#speaker-1", "Let's start with the pier survey."),
    ]
