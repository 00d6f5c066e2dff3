"""Meeting-software exports, speech recognition and live captions a tester's
probe found misread (probe 6a): a speech recogniser's `[Speaker 1] [00:00]`
lines, call notes' `**Name (05:51):**`, a recording player's copy (a time
alone, a name alone, the words), audience questions as Markdown quotes,
caption cues that open with `[Name]` or with `>>`. Small transcripts written
for these tests; every expectation was written from the transcript above it,
by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, participants, said, same_words, xp

from encoder.plaintext import tei_to_text


def lines_back(tree: object, source: str) -> None:
    """The text comes back line for line (blank lines aside, README "normalisation")."""
    back = [line for line in tei_to_text(tree).splitlines() if line.strip()]  # type: ignore[arg-type]
    assert back == [line.strip() for line in source.splitlines() if line.strip()]


def cue_words(tree: object, source: str) -> None:
    """The words come back, but for WEBVTT's header and SubRip's cue numbers
    (README "Round trip": a caption file comes back as its cues' timings,
    voices and text)."""
    kept = [line for line in source.splitlines() if line != "WEBVTT" and not line.isdigit()]
    assert tei_to_text(tree).split() == "\n".join(kept).split()  # type: ignore[arg-type]


def spoken_times(tree: object) -> list[str]:
    return [
        "".join(xp(sp, "t:speaker/t:time/text()"))  # type: ignore[arg-type]
        for sp in xp(tree, "//t:sp")  # type: ignore[arg-type]
    ]


# A speech recogniser's app with diarisation: a label and the time in brackets.
WHISPER = """[Speaker 1] [00:00] Can everyone see the slides?
[Speaker 2] [00:06] Yes, the first one is up.
[Speaker 1] [00:09] Good. The harbour plan, then.
[Speaker 3] [00:15] Sorry, which version is that?
[Speaker 1] [01:02] The one from Tuesday.
"""


def test_a_diarised_label_and_a_bracketed_time_open_each_turn() -> None:
    tree = encode(WHISPER, "whisper.txt")
    assert said(tree) == [
        ("#speaker-1", "Can everyone see the slides?"),
        ("#speaker-2", "Yes, the first one is up."),
        ("#speaker-1", "Good. The harbour plan, then."),
        ("#speaker-3", "Sorry, which version is that?"),
        ("#speaker-1", "The one from Tuesday."),
    ]
    assert spoken_times(tree) == ["00:00", "00:06", "00:09", "00:15", "01:02"]
    roles = xp(tree, "//t:listPerson[@type='participants']/t:person/@role")
    assert roles == ["unidentified"] * 3
    # the label is no editor's supplied word
    assert xp(tree, "//t:supplied") == []
    lines_back(tree, WHISPER)


def test_a_bracketed_name_and_a_bracketed_time_open_each_turn() -> None:
    text = WHISPER.replace("Speaker 1", "Tomas Varga").replace("Speaker 2", "Ilse Dahl")
    text = text.replace("Speaker 3", "Rafe Okoro")
    tree = encode(text, "named.txt")
    assert [who for who, _ in said(tree)] == [
        "#tomas-varga",
        "#ilse-dahl",
        "#tomas-varga",
        "#rafe-okoro",
        "#tomas-varga",
    ]
    assert participants(tree)["ilse-dahl"] == ["Ilse Dahl"]
    assert spoken_times(tree)[3] == "00:15"
    lines_back(tree, text)


def test_a_bracketed_time_with_milliseconds_and_hours() -> None:
    text = "[SPEAKER_00] [00:00:01.250] Ready?\n[SPEAKER_01] [00:00:02.900] Ready.\n"
    tree = encode(text, "segments.txt")
    assert [w for _, w in said(tree)] == ["Ready?", "Ready."]
    assert spoken_times(tree) == ["00:00:01.250", "00:00:02.900"]
    assert xp(tree, "//t:listPerson/t:person/@role") == ["unidentified"] * 2


# Call notes: the label in bold with the time in parentheses.
CALL_NOTES = """## Notes of the tooling call

**Wen Zhao (03:12):** Recording is on. First the release.

**Pia Lindqvist (03:40):** We cut it on Monday.

**Wen Zhao (4:05):** Any blockers?

**Olu Bankole (12:31):** One, the signing key.
"""


def test_a_bold_label_with_its_time_in_parentheses_is_a_turn() -> None:
    tree = encode(CALL_NOTES, "notes.md")
    assert said(tree) == [
        ("#wen-zhao", "Recording is on. First the release."),
        ("#pia-lindqvist", "We cut it on Monday."),
        ("#wen-zhao", "Any blockers?"),
        ("#olu-bankole", "One, the signing key."),
    ]
    assert spoken_times(tree) == ["03:12", "03:40", "4:05", "12:31"]
    # the time is no part of the person's name
    assert participants(tree)["olu-bankole"] == ["Olu Bankole"]
    lines_back(tree, CALL_NOTES)


# A transcript copied from a recording's web player: a time alone, a label
# alone, the words; no label is said twice; a handle in small letters; a
# label before its words once; times alone between the paragraphs of a speech.
PLAYER = """# Harbour board call

00:02
Nadia Petrov:
Thanks for joining. The dredging first.

Our contractor has sent the new figures.

Joel Amsel: Happy to walk through them.

01:15
They are lower than in March.

03:40
The second site is the same.

04:10
Nadia P:
Good. Any questions?

05:02
marco:
One, on the schedule.

Joel A:
It starts in May.
"""


def test_a_recording_players_copy_gives_a_turn_per_label() -> None:
    tree = encode(PLAYER, "player.md")
    assert [who for who, _ in said(tree)] == [
        "#nadia-petrov",
        "#joel-amsel",
        "#nadia-petrov",
        "#marco",
        "#joel-amsel",
    ]
    # the inline label is Joel's turn, never words of Nadia's
    assert said(tree)[0] == (
        "#nadia-petrov",
        "Thanks for joining. The dredging first. Our contractor has sent the new figures.",
    )
    assert said(tree)[1] == (
        "#joel-amsel",
        "Happy to walk through them. 01:15 They are lower than in March. "
        "03:40 The second site is the same.",
    )
    # the times over labels are the turns'; the times in a speech are times, not words
    assert spoken_times(tree) == ["00:02", "", "04:10", "05:02", ""]
    joel = xp(tree, "//t:sp")[1]
    assert xp(joel, "t:p/t:time/text()") == ["01:15", "03:40"]
    # "Nadia P" and "Joel A" are the speakers named in full before
    assert participants(tree) == {
        "nadia-petrov": ["Nadia Petrov", "Nadia P"],
        "joel-amsel": ["Joel Amsel", "Joel A"],
        "marco": ["marco"],
    }
    same_words(tree, PLAYER)


def test_labels_alone_under_times_need_not_recur() -> None:
    text = """00:01
Ines Moreau:
Welcome, all.

00:30
Pavel Novak:
Thank you.

01:10
Lea Brandt:
A short question.
"""
    tree = encode(text, "alone.txt")
    assert said(tree) == [
        ("#ines-moreau", "Welcome, all."),
        ("#pavel-novak", "Thank you."),
        ("#lea-brandt", "A short question."),
    ]
    assert spoken_times(tree) == ["00:01", "00:30", "01:10"]


def test_a_lead_in_with_a_colon_in_a_players_copy_stays_speech() -> None:
    # "First item:" is no one's name: the words go on in the speaker's turn
    text = PLAYER.replace("Our contractor", "First item: our contractor")
    tree = encode(text, "player.md")
    assert said(tree)[0][1].endswith("First item: our contractor has sent the new figures.")
    assert len(said(tree)) == 5


# A live captioner's copy of a session: the facilitator's label, the room's
# questions quoted as Markdown, the facilitator answering without a label.
SESSION = """Mapping the river data
Session facilitator(s): Oskar Lind

OSKAR: Welcome. Who has used a tile server before?

> I have, for the flood maps.

OSKAR: Good. Which one?

> The city's own.

The city's own is a good start. It caches well.

> Does it cost anything?

> And can it run offline?

OSKAR: No, and yes.
"""


def test_quoted_voices_from_the_floor_are_turns_of_their_own() -> None:
    tree = encode(SESSION, "session.md")
    turns = said(tree)
    (floor,) = xp(tree, "//t:person[@role='unidentified']/@xml:id")
    oskar = "#oskar-lind"  # "OSKAR:" is the facilitator the head names
    assert turns == [
        (oskar, "Welcome. Who has used a tile server before?"),
        ("#" + floor, "I have, for the flood maps."),
        (oskar, "Good. Which one?"),
        ("#" + floor, "The city's own."),
        # the facilitator answers, unlabelled: his words, not the room's
        (oskar, "The city's own is a good start. It caches well."),
        ("#" + floor, "Does it cost anything?"),
        ("#" + floor, "And can it run offline?"),
        (oskar, "No, and yes."),
    ]
    # the quote mark is kept as the voice's label; the answer has none
    sps = xp(tree, "//t:sp")
    assert "".join(xp(sps[1], "t:speaker/text()")) == ">"
    assert xp(sps[4], "t:speaker") == []
    lines_back(tree, SESSION)


def test_a_quotation_a_speaker_introduces_stays_in_the_turn() -> None:
    text = """OSKAR: The council wrote:

> Data must be open by default.

> Exceptions need a reason.

MIRA: That is clear.

OSKAR: It is.

MIRA: Then we agree.
"""
    tree = encode(text, "quote.md")
    assert [who for who, _ in said(tree)] == ["#oskar", "#mira", "#oskar", "#mira"]
    assert said(tree)[0][1] == (
        "The council wrote: > Data must be open by default. > Exceptions need a reason."
    )
    assert xp(tree, "//t:person[@role='unidentified']") == []
    lines_back(tree, text)


# SubRip captions naming the speaker in brackets before the words; sounds in
# brackets too, in capitals and in small letters.
BRACKETED_SRT = """1
00:00:00,500 --> 00:00:03,000
[Music]

2
00:00:03,200 --> 00:00:06,000
[Hanna Ekberg] Welcome back to Harbour Talk.

3
00:00:06,200 --> 00:00:08,000
[Luca] Thanks, good to be here.

4
00:00:08,400 --> 00:00:11,000
[Hanna Ekberg] So, the ferry timetable.
[Luca] Yes, the ferry.

5
00:00:11,500 --> 00:00:14,000
[laughs] That one again.

6
00:00:14,500 --> 00:00:16,000
[Applause]
"""


def test_a_name_in_brackets_opening_a_cue_is_its_speaker() -> None:
    tree = encode(BRACKETED_SRT, "talk.srt")
    assert said(tree) == [
        ("#hanna-ekberg", "Welcome back to Harbour Talk."),
        ("#luca", "Thanks, good to be here."),
        ("#hanna-ekberg", "So, the ferry timetable."),
        ("#luca", "Yes, the ferry. 00:00:11,500 --> 00:00:14,000 laughs That one again."),
    ]
    # the sounds stay sounds, never speakers, never words an editor supplied
    sounds = [" ".join(i.itertext()) for i in xp(tree, "//t:incident[@type='sound']")]
    assert [s.split()[-1] for s in sounds] == ["[Music]", "[Applause]"]
    assert sorted(participants(tree)) == ["hanna-ekberg", "luca"]
    assert xp(tree, "//t:supplied") == []
    # the second voice of cue 4 has the cue's time
    points = [sp.get("synch")[1:] for sp in xp(tree, "//t:sp")[2:]]
    times = [xp(tree, f"//t:when[@xml:id='{p}']/@interval") for p in points]
    assert times == [["8.4"], ["8.4"]]
    # (its time is written once, in the first voice's speaker: no empty time)
    assert [len(xp(sp, "t:speaker/t:time")) for sp in xp(tree, "//t:sp")[2:]] == [1, 0]
    assert xp(tree, "//t:time[not(node())]") == []
    cue_words(tree, BRACKETED_SRT)


def test_a_sound_in_capitals_before_words_is_no_speaker() -> None:
    for sound in ("[Cheering]", "[CROWD CHEERING]", "[INAUDIBLE]"):
        text = BRACKETED_SRT.replace("[laughs]", sound)
        tree = encode(text, "talk.srt")
        assert sorted(participants(tree)) == ["hanna-ekberg", "luca"], sound


def test_names_in_capitals_in_brackets_count_where_they_recur() -> None:
    text = BRACKETED_SRT.replace("[Hanna Ekberg]", "[HANNA]").replace("[Luca]", "[LUCA]")
    tree = encode(text, "talk.srt")
    assert [who for who, _ in said(tree)] == ["#hanna", "#luca", "#hanna", "#luca"]


# Broadcast captions: ">>" at each change of speaker, a name after it or none.
CHEVRON_VTT = """WEBVTT

00:00:01.000 --> 00:00:03.000
>> Good evening, this is the harbour board.

00:00:03.500 --> 00:00:06.000
>> OLGA BERG: Thank you, chair.
I move the minutes.

00:00:06.500 --> 00:00:08.000
As printed.

00:00:08.500 --> 00:00:10.000
>> All in favour?
>> OLGA BERG: Aye.
"""


def test_chevrons_open_a_turn_named_or_not_in_captions() -> None:
    tree = encode(CHEVRON_VTT, "board.vtt")
    (unnamed,) = xp(tree, "//t:person[@role='unidentified']/@xml:id")
    assert said(tree) == [
        ("#" + unnamed, "Good evening, this is the harbour board."),
        (
            "#olga-berg",
            "Thank you, chair. I move the minutes. 00:00:06.500 --> 00:00:08.000 As printed.",
        ),
        ("#" + unnamed, "All in favour?"),
        ("#olga-berg", "Aye."),
    ]
    speakers = ["".join(sp.itertext()) for sp in xp(tree, "//t:sp/t:speaker")]
    assert speakers[0] == "00:00:01.000 --> 00:00:03.000 >>"
    # the chevrons are the label, never part of the time
    assert xp(tree, "//t:sp[1]/t:speaker/t:time/text()") == ["00:00:01.000 --> 00:00:03.000"]
    cue_words(tree, CHEVRON_VTT)


CHEVRON_TEXT = """>> Good evening, this is the harbour board.
>> OLGA BERG: Thank you, chair. I move the minutes.
>> Second.
>> All in favour?
>> OLGA BERG: Aye.
>> PIET DEKKER: Aye, with a note.
"""


def test_chevrons_copied_as_text_open_turns() -> None:
    tree = encode(CHEVRON_TEXT, "board.txt")
    (unnamed,) = xp(tree, "//t:person[@role='unidentified']/@xml:id")
    assert [who for who, _ in said(tree)] == [
        "#" + unnamed,
        "#olga-berg",
        "#" + unnamed,
        "#" + unnamed,
        "#olga-berg",
        "#piet-dekker",
    ]
    assert said(tree)[5] == ("#piet-dekker", "Aye, with a note.")
    lines_back(tree, CHEVRON_TEXT)


def test_two_chevron_lines_in_a_long_text_change_nothing() -> None:
    text = "ANA: " + "\n\nANA: ".join(f"Point {n} of the plan." for n in range(8))
    text += "\n\nBEN: Noted.\n\nBEN: Also:\n\n>> a quoted reply\n\n>> another\n"
    tree = encode(text, "mail.txt")
    assert xp(tree, "//t:person[@role='unidentified']") == []


def test_a_screenplays_transitions_quoted_are_no_voices() -> None:
    # Fountain writes a transition as "> CUT TO:"; the cues over the dialogue
    # are the screenplay's speakers, and nobody from the floor speaks
    text = (
        "Title: Night Shift\n\nINT. DEPOT - NIGHT\n\n> FADE IN:\n\nWREN\nLights.\n\n"
        "OSKAR\nOn it.\n\nEXT. YARD - NIGHT\n\nWREN\nNow the gate.\n\n"
        "OSKAR\nDone.\n\n> CUT TO:\n\nWREN\nGood.\n"
    )
    tree = encode(text, "night.fountain")
    assert [who for who, _ in said(tree)] == ["#wren", "#oskar", "#wren", "#oskar", "#wren"]
    assert xp(tree, "//t:person[@role='unidentified']") == []


def test_a_few_chevrons_among_many_automatic_cues_open_no_turns() -> None:
    # automatic captions mark two changes of voice near the start and none after:
    # the rest is three people talking, not the voice of the last ">>"
    cues = ["WEBVTT", ""]
    words = [">> Morning.", ">> Hi there."] + [f"and so point {n} goes on" for n in range(30)]
    for n, line in enumerate(words):
        cues += [f"00:00:{n:02d}.000 --> 00:00:{n + 1:02d}.000", line, ""]
    tree = encode("\n".join(cues), "auto.vtt")
    assert said(tree) == []
    assert xp(tree, "//t:person[@role='unidentified']") == []


# A Google Meet transcript saved as Markdown: the attendees (a note-taking bot
# and a shared screen among them), the document's type, the program's notice.
MEET = """## Allotment board (2025-06-02 18:30 BST) - Transcript

### Attendees
Rosa Imhof, Tarek Haddad, Ulla Berg, Otter.ai Notetaker Rosa, Tarek Haddad's Presentation

# Transcript

#### **This editable transcript was computer generated and might contain errors.**

Rosa Imhof: The water meters first.

Tarek Haddad: Two are broken.

Rosa Imhof: Then we order two.

Tarek Haddad:\x20

Tarek Haddad: And a spare.
"""


def test_markdown_meeting_heads_are_front_matter_and_attendees_participants() -> None:
    tree = encode(MEET, "meet.md")
    assert said(tree) == [
        ("#rosa-imhof", "The water meters first."),
        ("#tarek-haddad", "Two are broken."),
        ("#rosa-imhof", "Then we order two."),
        ("#tarek-haddad", ""),  # a turn Meet heard no words in: never the name as words
        ("#tarek-haddad", "And a spare."),
    ]
    # Ulla Berg attends and never speaks; the bot and the shared screen are no one
    assert participants(tree) == {
        "rosa-imhof": ["Rosa Imhof"],
        "tarek-haddad": ["Tarek Haddad"],
        "ulla-berg": ["Ulla Berg"],
    }
    conversation = xp(tree, "//t:body/t:div[@type='conversation']")[0]
    words = " ".join(conversation.itertext())
    for head in ("Attendees", "# Transcript", "editable transcript"):
        assert head not in words
    assert xp(tree, "//t:front/t:div[@type='participants']/t:head/text()") == ["### Attendees"]
    assert xp(tree, "//t:keywords/t:term/text()") == ["# Transcript"]
    notice = xp(tree, "//t:div[@type='commentary']//text()")
    assert "This editable transcript" in "".join(notice)
    assert xp(tree, "//t:creation/t:date/@when") == ["2025-06-02"]
    same_words(tree, MEET)


def test_a_title_dated_year_first_with_slashes() -> None:
    text = MEET.replace("(2025-06-02 18:30 BST)", "- 2025/06/02 18:30 BST -")
    tree = encode(text, "meet.md")
    assert xp(tree, "//t:creation/t:date/@when") == ["2025-06-02"]
    assert xp(tree, "//t:titleStmt/t:title/text()")[0].startswith("Allotment board")


# A call's notes: the date and the moderator as Markdown headings, no title.
CALL_HEAD = """## Meeting Date/Time: Tuesday 2025/09/16 at 15:00 UTC
### Moderator: Petra Holm
### Notes: Sven Aas
---

**Petra Holm (00:12):** Welcome, all.

**Jonas Falk (00:40):** Thanks, Petra.

**Petra Holm (01:02):** First, the release.
"""


def test_a_calls_date_line_and_moderator_are_header_data_not_the_title() -> None:
    tree = encode(CALL_HEAD, "call-17.md")
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["call-17"]
    assert xp(tree, "//t:creation/t:date/@when") == ["2025-09-16"]
    resp = [
        ("".join(xp(r, "t:resp/text()")), "".join(xp(r, "t:persName/text()")))
        for r in xp(tree, "//t:sourceDesc//t:respStmt")
    ]
    assert ("moderator", "Petra Holm") in resp
    assert ("notes", "Sven Aas") in resp
    # who took the notes made the record, and is no participant
    assert sorted(participants(tree)) == ["jonas-falk", "petra-holm"]
    assert [who for who, _ in said(tree)] == ["#petra-holm", "#jonas-falk", "#petra-holm"]
    conversation = " ".join(xp(tree, "//t:div[@type='conversation']")[0].itertext())
    assert "Moderator" not in conversation and "Date/Time" not in conversation
    same_words(tree, CALL_HEAD)


# Zoom's saved chat: a message over two lines, reactions in two of the
# program's languages.
CHAT = (
    "00:02:10\tMei Tanaka:\tready when you are\r\n"
    "00:02:31\tOmar Sy:\tNAY!!\r\n"
    "(the board has spoken)\r\n"
    "00:02:40\tMei Tanaka:\tnext item\r\n"
    '00:02:44\tOmar Sy:\tReacted to "next item" with 👍\r\n'
    '00:02:50\tLior Ben:\tSe ha reaccionado a "next item" con 🎉\r\n'
    "00:03:05\tLior Ben:\tagreed\r\n"
)


def test_a_chat_messages_second_line_and_a_reaction_in_spanish() -> None:
    tree = encode(CHAT, "chat.txt")
    assert said(tree) == [
        ("#mei-tanaka", "ready when you are"),
        ("#omar-sy", "NAY!! (the board has spoken)"),
        ("#mei-tanaka", "next item"),
        ("#lior-ben", "agreed"),
    ]
    reactions = [" ".join(i.itertext()) for i in xp(tree, "//t:incident[@type='reaction']")]
    assert len(reactions) == 2 and "Se ha reaccionado" in reactions[1]
    assert xp(tree, "//t:body//t:stage[@type='narration']") == []
    same_words(tree, CHAT)


# A Hugo page: TOML front matter between "+++" lines, the hosts in an array,
# labels that give the hosts' first names.
HUGO = """+++
date = "2022-10-04"
episode = 31
hosts = ["Iris Vogel", "Kofi Asante"]
title = "Tides and Timetables"
+++

IRIS: Welcome to episode 31.

KOFI: Glad to be back.

IRIS: Let's talk tides.

KOFI: And timetables.
"""


def test_toml_front_matter_gives_title_date_and_hosts() -> None:
    tree = encode(HUGO, "episode-31.md")
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["Tides and Timetables"]
    assert xp(tree, "//t:creation/t:date/@when") == ["2022-10-04"]
    assert [who for who, _ in said(tree)] == [
        "#iris-vogel",
        "#kofi-asante",
        "#iris-vogel",
        "#kofi-asante",
    ]
    # the hosts are the two persons, named in full
    assert {k: v[0] for k, v in participants(tree).items()} == {
        "iris-vogel": "Iris Vogel",
        "kofi-asante": "Kofi Asante",
    }
    # the front matter's lines are no words an editor supplied, nor of any turn
    assert xp(tree, "//t:supplied") == []
    assert xp(tree, "//t:body//t:p[contains(., 'hosts')]") == []
    lines_back(tree, HUGO)


def test_a_sound_in_brackets_before_a_label_opens_the_turn_after_it() -> None:
    text = (
        "[MUSIC PLAYING] TOVE: Welcome to the harbour show.\n\n"
        "IDRIS: Glad to be here.\n\n"
        "[LAUGHTER] TOVE: You always say that.\n\n"
        "IDRIS: Because it is true.\n"
    )
    tree = encode(text, "show.txt")
    assert said(tree) == [
        ("#tove", "Welcome to the harbour show."),
        ("#idris", "Glad to be here."),
        ("#tove", "You always say that."),
        ("#idris", "Because it is true."),
    ]
    sounds = ["".join(i.itertext()) for i in xp(tree, "//t:incident[@type='sound']")]
    assert sounds == ["[MUSIC PLAYING]", "[LAUGHTER]"]
    assert sorted(participants(tree)) == ["idris", "tove"]
