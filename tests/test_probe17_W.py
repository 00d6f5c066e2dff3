"""Meeting-software exports and speech-recognition output a tester's probe (17, W)
found misread. Small transcripts written for these tests (names, times and words
invented, in the house styles found in real exports); every expectation was
written from the transcript above it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, said, xp
from test_exports_probe7 import speakers_and_times, words_back

# W1: a meeting program's automatic transcript set out as an IRC raw log by a
# group's scribe tool: the stamp, a tab, the display name in angle brackets (spaces,
# its company or pronouns in parentheses), a tab, the words; "<>" where the program
# did not know who spoke.
LOGGED_TRANSCRIPT = (
    "[2031-03-04T17:02:10.120Z]\t<Marta Ilves>\tGood afternoon, shall we begin?\n"
    "[2031-03-04T17:02:15.400Z]\t<Oskar Lind (Harbor/Labs)>\tYes, I have the draft open.\n"
    "[2031-03-04T17:02:19.000Z]\t<>\tCan you hear me?\n"
    "[2031-03-04T17:02:22.730Z]\t<Marta Ilves>\tWe can. Oskar, the second section first.\n"
    "[2031-03-04T17:02:31.050Z]\t<Oskar Lind (he/him)>\tThe schema changed last week.\n"
    "[2031-03-04T17:02:40.600Z]\t<Marta Ilves>\tThen we vote next time.\n"
)


def test_a_transcript_logged_with_full_display_names_gives_each_line_its_speaker() -> None:
    tree = encode(LOGGED_TRANSCRIPT, "call.txt")
    assert [who for who, _ in said(tree)] == [
        "#marta-ilves",
        "#oskar-lind",
        "#person",
        "#marta-ilves",
        "#oskar-lind",
        "#marta-ilves",
    ]
    # the company or the pronouns in parentheses are no part of the name
    assert xp(tree, "//t:person[@xml:id='oskar-lind']/t:persName/text()") == ["Oskar Lind"]
    # the empty brackets: a voice the program could not name, no one's name
    assert xp(tree, "//t:person[@xml:id='person']/@role") == ["unidentified"]
    assert said(tree)[2][1] == "Can you hear me?"
    assert speakers_and_times(tree)[1] == ("#oskar-lind", "2031-03-04T17:02:15.400Z")
    words_back(tree, LOGGED_TRANSCRIPT)


def test_empty_brackets_or_a_parenthesis_in_prose_open_no_turn() -> None:
    # a programmer's notes: "<>" and a bracketed word with a parenthesis, no stamp,
    # no log: paragraphs
    text = (
        "<> is the diamond operator in our generic calls.\n\n"
        "<Widget (legacy)> renders the old panel; avoid it.\n\n"
        "The new panel is the default from version four.\n"
    )
    tree = encode(text, "notes.txt")
    assert xp(tree, "//t:sp") == []
    words_back(tree, text)


# W2: a meeting's chat copied from Jitsi Meet's panel: the sender's display name
# alone, the message on the lines below, then the time it was sent alone UNDER the
# message; no blank line, no colon. A recording player's copy sets its times over the
# names instead: only the copy's first lines tell the two apart.
PANEL_CHAT = """Lotte Brandt
the minutes are in the shared folder
14:02
Rafael Ortiz // Rafa (he/him) (Kestrel)
Thanks, I will read them before Friday.
14:03
Lotte Brandt
+1
14:03
Ines
Could we move the review to next week?
The printer is still broken.
14:05
Lotte Brandt
q+
14:06
Rafael Ortiz // Rafa (he/him) (Kestrel)
fine by me
"""


def test_a_chat_panels_time_under_each_post_is_no_label_of_the_next() -> None:
    tree = encode(PANEL_CHAT, "chat.txt")
    assert [who for who, _ in said(tree)] == [
        "#lotte-brandt",
        "#rafael-ortiz-rafa",
        "#lotte-brandt",
        "#ines",
        "#lotte-brandt",
        "#rafael-ortiz-rafa",
    ]
    # the time stands in the post it closes, as a point of the timeline, never words
    # of the next sender's label
    assert xp(tree, "(//t:sp)[1]/t:p[last()]/t:time/text()") == ["14:02"]
    assert xp(tree, "(//t:sp)[4]/t:p/t:time/text()") == ["14:05"]
    assert xp(tree, "//t:speaker/t:time") == []
    assert said(tree)[3][1] == (
        "Could we move the review to next week? The printer is still broken. 14:05"
    )
    words_back(tree, PANEL_CHAT)


def test_a_players_copy_with_a_title_keeps_each_time_over_its_name() -> None:
    text = """Budget Review
Notes from the Tuesday call.
00:01
Ana Ruiz
Welcome, everyone, we start with the roads.
00:40
Ben Ode
The roads took most of the money this year.
01:10
Ana Ruiz
Then we cut the parks first.
01:32
Ben Ode
Agreed.
"""
    tree = encode(text, "call.txt")
    assert speakers_and_times(tree) == [
        ("#ana-ruiz", "00:01"),
        ("#ben-ode", "00:40"),
        ("#ana-ruiz", "01:10"),
        ("#ben-ode", "01:32"),
    ]


# W3: a note-taker for Google Meet exports its transcript under its own banner: the
# meeting's date, a bar and its name on one line, the attendees, a "Highlights" part
# (the moments the user saved), then "Transcript" over "MM:SS Name: text" lines.
NOTE_TAKER = """Transcript delivered by Quillnote - try it for your calls today!
View the full transcript in your Quillnote account.


14 Mar 2031 | Harbour works weekly sync
Attendees: Ilse Marek, Tomas Brenner, Odile Fav


Highlights
No highlights were saved.


Transcript
00:00 Ilse Marek: Good morning, everyone, can you hear me?
00:04 Tomas Brenner: Yes, loud and clear.
00:09 Ilse Marek: Good. First the crane, then the budget.
00:15 Odile Fav: The crane is fixed since Monday.
1:02:30 Ilse Marek: Then we stop here. Thanks all.
"""


def test_a_note_takers_date_bar_and_name_line_is_the_title_and_highlights_no_one() -> None:
    tree = encode(NOTE_TAKER, "sync.txt")
    title = "".join(xp(tree, "//t:titleStmt/t:title")[0].itertext())
    assert title == "14 Mar 2031 | Harbour works weekly sync"
    assert "2031-03-14" in xp(tree, "//t:titlePart//t:date/@when")
    # the note-taker's part under the attendees is no attendee
    names = sorted(
        "".join(p.itertext())
        for p in xp(tree, "//t:listPerson[@type='participants']/t:person/t:persName")
    )
    assert names == ["Ilse Marek", "Odile Fav", "Tomas Brenner"]
    assert [who for who, _ in said(tree)] == [
        "#ilse-marek",
        "#tomas-brenner",
        "#ilse-marek",
        "#odile-fav",
        "#ilse-marek",
    ]
    words_back(tree, NOTE_TAKER)


def test_a_table_row_or_a_later_dated_line_with_bars_is_no_title() -> None:
    text = """Harbour works weekly sync

12 May 2031 | 4 | 7
14 Mar 2031 | crane repaired

Ilse Marek: Good morning, everyone.
Tomas Brenner: Morning.
Ilse Marek: The crane first.
"""
    tree = encode(text, "sync.txt")
    title = "".join(xp(tree, "//t:titleStmt/t:title")[0].itertext())
    assert title == "Harbour works weekly sync"


# W4: Speechmatics' text output with diarisation heads each speaker's block with the
# recogniser's label alone on its line ("SPEAKER: S1"; "UU" a voice it could not tell),
# the words on the lines below, a blank line between blocks.
RECOGNISED_BLOCKS = """SPEAKER: S1
Good evening and welcome to the allotment society.

SPEAKER: S2
Thank you. The water butts are full again.
The hoses can stay in the shed.

SPEAKER: UU
sorry, can you repeat?

SPEAKER: S1
The hoses stay in the shed.
"""


def test_a_recognisers_label_alone_over_each_block_opens_a_turn_of_that_voice() -> None:
    tree = encode(RECOGNISED_BLOCKS, "society.txt")
    assert [who for who, _ in said(tree)] == [
        "#speaker-s1",
        "#speaker-s2",
        "#speaker-uu",
        "#speaker-s1",
    ]
    assert said(tree)[1][1] == (
        "Thank you. The water butts are full again. The hoses can stay in the shed."
    )
    # each voice is the recogniser's, unnamed
    roles = xp(tree, "//t:listPerson[@type='participants']/t:person/@role")
    assert roles == ["unidentified"] * 3
    words_back(tree, RECOGNISED_BLOCKS)


def test_a_speaker_field_with_words_on_its_line_is_no_block_label() -> None:
    # a programme's field: the speaker's code and words on one line, no block under it
    text = """Evening programme

SPEAKER: S1 opens the evening at seven.
SPEAKER: S2 closes it at nine.

Tea and cake follow in the hall.
"""
    tree = encode(text, "programme.txt")
    assert "#speaker-s1" not in [who for who, _ in said(tree)]


# W5: the type word over the transcript ("Transcript") under what a note-taker sets
# before it (its highlights, read as narration) was given back after the turns.
def test_the_type_word_over_the_first_turn_stays_where_it_stands() -> None:
    tree = encode(NOTE_TAKER, "sync.txt")
    assert xp(tree, "//t:div[@type='conversation']/t:p/t:term/text()") == ["Transcript"]
    assert xp(tree, "//t:ab[@type='documentType']") == []


def test_a_type_word_after_the_turns_stays_document_information() -> None:
    text = """Ilse Marek: Good morning.
Tomas Brenner: Morning.
Ilse Marek: The crane first.

Transcript
"""
    tree = encode(text, "sync.txt")
    assert xp(tree, "//t:ab[@type='documentType']/t:term/text()") == ["Transcript"]


def test_a_senders_further_post_of_two_lines_under_a_time_names_no_one() -> None:
    # the panel sets a sender's next post under the first with no name over it
    text = """Lotte Brandt
the minutes are in the shared folder
14:02
ok thanks
the budget sheet has the new figures
14:03
Rafael Ortiz
Thanks, I will read them before Friday.
14:04
Lotte Brandt
+1
14:05
Rafael Ortiz
fine by me
"""
    tree = encode(text, "chat.txt")
    assert [who for who, _ in said(tree)] == [
        "#lotte-brandt",
        "#rafael-ortiz",
        "#lotte-brandt",
        "#rafael-ortiz",
    ]
    assert said(tree)[0][1].startswith("the minutes are in the shared folder 14:02 ok thanks")
