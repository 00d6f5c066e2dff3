"""Meeting-software exports and speech-recognition output that a tester's probe
(18, A) found misread. Small transcripts written for these tests (names, times and
words invented, in the house styles found); every expectation was written from the
transcript above it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, said, xp
from test_exports_probe7 import speakers_and_times, words_back

from encoder.plaintext import tei_to_text

# A1: a note-taker's Markdown export of a call sets each timed segment as a list
# item, "* 00:04 Name: words"; where it could not tell who spoke it writes a check
# mark where the name would be, "* 00:04 ✅ : words". Both gave 0 turns.
LISTED = """# Pier lighting working group
# https://meet.example.org/abc-defg-hij

* 00:00 Orla Fenn: Good morning, can everyone hear me?
* 00:04 Tamsin Kerr: Yes, loud and clear.
* 00:07 Orla Fenn: First item is the lamp posts on the east quay.
* 00:15 Tamsin Kerr: The bases are rusted through, the contractor says.
"""

MARKED = """# Pier lighting working group

* 00:00 ✅ : Good morning, can everyone hear me?
* 00:04 ✅ : Yes, loud and clear.
* 00:07 ✅ : First item is the lamp posts on the east quay.
* 00:15 ✅ : The bases are rusted through, the contractor says.
* 00:21 ✅ : Do we have a quote for new ones?
"""


def test_a_list_of_timed_lines_gives_a_turn_per_item() -> None:
    tree = encode(LISTED)
    assert speakers_and_times(tree) == [
        ("#orla-fenn", "00:00"),
        ("#tamsin-kerr", "00:04"),
        ("#orla-fenn", "00:07"),
        ("#tamsin-kerr", "00:15"),
    ]
    assert said(tree)[1] == ("#tamsin-kerr", "Yes, loud and clear.")
    words_back(tree, LISTED)


def test_a_mark_where_the_name_would_be_is_one_unnamed_voice() -> None:
    tree = encode(MARKED)
    sps = xp(tree, "//t:sp")
    assert len(sps) == 5
    assert len({sp.get("who") for sp in sps}) == 1
    who = sps[0].get("who")[1:]
    person = xp(tree, f"//t:person[@xml:id='{who}']")[0]
    assert person.get("role") == "unidentified"
    assert said(tree)[4][1] == "Do we have a quote for new ones?"
    assert tei_to_text(tree).split() == MARKED.split()


# near misses: an agenda's bullets with times in them are no transcript's lines;
# a list of timed items beside timed lines without the marker is not the export's
# list; an arrow before a colon after a time points, it names no one.
AGENDA = """# Agenda

* 10:00 Welcome and apologies
* 10:15 Harbour lighting: the quote
* 10:45 Any other business

Orla Fenn: Shall we begin?
Tamsin Kerr: Yes.
"""


def test_an_agendas_timed_bullets_are_no_turns() -> None:
    tree = encode(AGENDA)
    assert [sp.get("who") for sp in xp(tree, "//t:sp")] == ["#orla-fenn", "#tamsin-kerr"]


ARROWS = """00:00 Orla Fenn: Good morning.
00:04 → : the slides are shared
00:07 Tamsin Kerr: Thanks.
00:10 → : the slides are closed
00:12 Orla Fenn: Next item.
"""


def test_an_arrow_where_a_name_would_be_names_no_voice() -> None:
    tree = encode(ARROWS)
    whos = [sp.get("who") for sp in xp(tree, "//t:sp")]
    assert whos == ["#orla-fenn", "#tamsin-kerr", "#orla-fenn"]


# A2: Zoom's WebVTT writes the display name in every cue and cuts one person's
# speech into many cues. The TEI's sp is one speaker's speech, and an utterance ends
# where the speaker changes: consecutive cues of one voice are one speech, each later
# cue a paragraph of it, its timing a point of the timeline and the name written
# again kept as the caption's furniture (fw type="label"), so the text comes back.
ZOOM_VTT = """WEBVTT

1
00:00:01.200 --> 00:00:04.500
Orla Fenn: Good morning, everyone, and welcome.

2
00:00:04.900 --> 00:00:09.100
Orla Fenn: First item is the lamp posts on the east quay.

3
00:00:09.800 --> 00:00:12.000
Orla Fenn: Tamsin, can you start?

4
00:00:12.400 --> 00:00:15.900
Tamsin Kerr (harbour office): Yes. The bases are rusted through.

5
00:00:16.100 --> 00:00:19.000
Tamsin Kerr (harbour office): We have a quote for new ones.

6
00:00:19.500 --> 00:00:21.000
Orla Fenn: Thank you.

7
00:00:21.400 --> 00:00:24.000
Piet Vos (Quay Works, Ltd.): May I add one thing?

8
00:00:24.300 --> 00:00:27.800
Piet Vos (Quay Works, Ltd.): The new bases could be cast on site.
"""


def _words_said(p: object) -> str:
    """A paragraph's text without its times and repeated labels."""
    kept = xp(p, "text() | *[not(self::t:time or self::t:fw)]//text()")  # type: ignore[arg-type]
    return " ".join("".join(kept).split())


def test_consecutive_cues_of_one_voice_are_one_speech() -> None:
    tree = encode(ZOOM_VTT)
    assert speakers_and_times(tree) == [
        ("#orla-fenn", "00:00:01.200 --> 00:00:04.500"),
        ("#tamsin-kerr", "00:00:12.400 --> 00:00:15.900"),
        ("#orla-fenn", "00:00:19.500 --> 00:00:21.000"),
        ("#piet-vos", "00:00:21.400 --> 00:00:24.000"),
    ]
    # (the company after the name, as Zoom shows a display name: the same label again)
    assert [fw.text for fw in xp(tree, "//t:sp[4]/t:p/t:fw")] == ["Piet Vos (Quay Works, Ltd.):"]
    first = xp(tree, "//t:sp")[0]
    paragraphs = xp(first, "t:p")
    assert len(paragraphs) == 3
    # each later cue keeps its time, pointing into the timeline, and its label
    times = xp(first, "t:p/t:time")
    assert [t.text for t in times] == [
        "00:00:04.900 --> 00:00:09.100",
        "00:00:09.800 --> 00:00:12.000",
    ]
    assert all(t.get("synch", "").startswith("#") for t in times)
    assert [fw.text for fw in xp(first, "t:p/t:fw[@type='label']")] == ["Orla Fenn:"] * 2
    # the speech's words are the cues' words, without the times and the names
    words = [_words_said(p) for p in paragraphs[1:]]
    assert words == ["First item is the lamp posts on the east quay.", "Tamsin, can you start?"]
    second = xp(tree, "//t:sp")[1]
    assert [fw.text for fw in xp(second, "t:p/t:fw")] == ["Tamsin Kerr (harbour office):"]
    back = tei_to_text(tree)
    assert "00:00:04.900 --> 00:00:09.100 Orla Fenn: First item is the lamp posts" in back
    assert back.split() == [w for w in ZOOM_VTT.split() if w not in ("WEBVTT", *"12345678")]


# near misses: a timed log's transmissions (no caption cues) stay one turn each when
# one voice follows itself; a saved chat's messages stay one turn each; a cue whose
# name stands alone over words holding a colon is not taken for a label repeated.
RADIO_LOG = """[00:00:01] HARBOUR: Pilot boat, this is harbour control.
[00:00:05] HARBOUR: Pilot boat, harbour control, do you read?
[00:00:09] PILOT: Harbour, pilot boat, loud and clear.
[00:00:13] HARBOUR: Proceed to berth four.
"""


def test_a_timed_logs_transmissions_of_one_voice_stay_apart() -> None:
    tree = encode(RADIO_LOG)
    assert [w for w, _t in speakers_and_times(tree)] == [
        "#harbour",
        "#harbour",
        "#pilot",
        "#harbour",
    ]


ZOOM_CHAT = (
    "00:13:46\tOrla Fenn:\tgood morning\n"
    "00:13:51\tOrla Fenn:\tthe agenda is in the channel\n"
    "00:14:22\tTamsin Kerr:\tthanks\n"
    "00:14:50\tOrla Fenn:\tstarting now\n"
)


def test_a_chats_messages_of_one_poster_stay_apart() -> None:
    tree = encode(ZOOM_CHAT)
    assert len(xp(tree, "//t:sp")) == 4


TEAMS_CUES = """WEBVTT

00:00:01.000 --> 00:00:04.000
Orla Fenn
The plan: we start with the quay.

00:00:04.500 --> 00:00:08.000
Orla Fenn
Then: the lamps on the pier.

00:00:08.500 --> 00:00:10.000
Tamsin Kerr
Agreed: quay first.
"""


def test_a_name_alone_over_words_with_a_colon_is_no_label_again() -> None:
    tree = encode(TEAMS_CUES)
    assert xp(tree, "//t:fw[@type='label']") == []
    assert "The plan: we start with the quay." in said(tree)[0][1]


# A3: a chat copied from Jitsi Meet's panel sets the time each post was sent (a time
# of day, "14:02") under its message. It was kept in its place but counted as 14
# minutes 2 seconds of a recording, and the post's turn had no time. The turn now
# points to the time it was sent (sp/@synch, a point with @absolute), and the time
# stays under the message as written.
PANEL = """Orla Fenn
the minutes are in the shared folder
14:02
Tamsin Kerr // Tam (she/her) (Harbour Office)
Thanks, I will read them before Friday.
14:03
Orla Fenn
+1
14:03
Piet
Could we move the review to next week?
14:05
Orla Fenn
fine by me
"""


def _synched_clock(tree: object, sp: object) -> str | None:
    synch = sp.get("synch")  # type: ignore[attr-defined]
    if synch is None:
        return None
    (when,) = xp(tree, f"//t:when[@xml:id='{synch[1:]}']")  # type: ignore[arg-type]
    return when.get("absolute")  # type: ignore[no-any-return]


def test_a_chat_panels_post_is_timed_by_the_time_under_it() -> None:
    tree = encode(PANEL, "chat.txt")
    sps = xp(tree, "//t:sp")
    assert [_synched_clock(tree, sp) for sp in sps] == [
        "14:02:00",
        "14:03:00",
        "14:03:00",
        "14:05:00",
        None,  # the copy ends before the last post's time
    ]
    # the time itself stays under the message, a time of day too, never in the label
    (under,) = xp(sps[3], "t:p/t:time")
    (point,) = xp(tree, f"//t:when[@xml:id='{under.get('synch')[1:]}']")
    assert (under.text, point.get("absolute"), point.get("interval")) == ("14:05", "14:05:00", None)
    assert xp(tree, "//t:speaker/t:time") == []
    words_back(tree, PANEL)


# near miss: a recording player's copy sets elapsed times over the names: they stay
# the recording's times (@interval), the label's own.
PLAYER = """Budget Review
Notes from the Tuesday call.
00:01
Orla Fenn
Welcome, everyone, we start with the roads.
00:40
Tamsin Kerr
The roads took most of the money this year.
01:10
Orla Fenn
Then we cut the parks first.
"""


def test_a_players_times_over_names_stay_elapsed() -> None:
    tree = encode(PLAYER, "call.txt")
    sps = xp(tree, "//t:sp")
    assert [_synched_clock(tree, sp) for sp in sps] == [None, None, None]
    points = xp(tree, "//t:when[@interval]/@interval")
    assert [float(p) for p in points] == [1.0, 40.0, 70.0]


# A4: a community call's notes page dates the call under its title with the hour, the
# zone's region and its offset: "## March 4, 2031 11:00 a.m. Eastern (UTC-5)". The line
# was no date (the region and the offset were not read), and a later sentence with a
# deadline, "Please add your vote by Friday, March 7, 2031.", dated the record instead,
# its first words taken for a place.
NOTES_PAGE = """# Harbour Working Group Meeting Notes
## March 4, 2031 11:00 a.m. Eastern (UTC-5)

### Attendees
Orla Fenn, Tamsin Kerr

### Notes
The group discussed the lamp posts.
Please add your vote by Friday, March 7, 2031.

Orla Fenn: Good morning, everyone.
Tamsin Kerr: Morning.
"""


def _created(tree: object) -> list[str]:
    return xp(tree, "//t:profileDesc/t:creation/t:date/@when")  # type: ignore[arg-type]


def test_a_notes_pages_date_with_zone_and_offset_dates_the_call() -> None:
    tree = encode(NOTES_PAGE)
    assert _created(tree) == ["2031-03-04"]
    assert xp(tree, "//t:placeName") == []
    assert [sp.get("who") for sp in xp(tree, "//t:sp")] == ["#orla-fenn", "#tamsin-kerr"]


# near misses: a day alone as a Markdown heading heads a diary's entry (no date of the
# record); a region's word that is no zone ends no date line; a place of a name with a
# small word in it is still a place.
def test_a_diarys_day_heading_and_an_airline_are_no_date_lines() -> None:
    diary = "# Harbour diary\n\n## March 4, 2031\n\nOrla Fenn: We sailed.\nTamsin Kerr: Yes.\n"
    assert _created(encode(diary)) == []
    flight = (
        "# Harbour notes\n\nMarch 4, 2031 11:00 a.m. Eastern Airlines\n\n"
        "Orla Fenn: We flew.\nTamsin Kerr: Yes.\n"
    )
    assert _created(encode(flight)) == []


def test_a_place_with_a_small_word_still_dates_the_record() -> None:
    text = "Frankfurt am Main, March 4, 2031\n\nOrla Fenn: Good morning.\nTamsin Kerr: Morning.\n"
    tree = encode(text)
    assert _created(tree) == ["2031-03-04"]
    assert [p.text for p in xp(tree, "//t:settingDesc//t:placeName")] == ["Frankfurt am Main"]


# A5: a notes page with a few lines of Zoom's saved chat pasted under its notes (too
# few to make the file a chat): the reaction line was a turn of the one who reacted.
NOTES_WITH_CHAT = """# Harbour Working Group Meeting Notes

The group discussed the lamp posts and the quay.
The contractor will send a quote.
Tamsin will ask the harbour office about the bases.
The next meeting is in two weeks.
The lamp posts on the pier are older than those on the quay.
Their bases were cast in one piece with the posts.
New bases would be bolted to the old footings.
The harbour office keeps the drawings of the footings.

### Raw Meeting Chat:

00:12:42\tOrla Fenn:\tthe quote is in the shared folder
00:28:29\tTamsin Kerr:\tthanks, reading it now
00:29:35\tOrla Fenn:\tReacted to "thanks, reading it..." with 👍
"""


def test_a_chat_reaction_pasted_into_notes_is_no_turn() -> None:
    tree = encode(NOTES_WITH_CHAT)
    assert [sp.get("who") for sp in xp(tree, "//t:sp")] == ["#orla-fenn", "#tamsin-kerr"]
    (reaction,) = xp(tree, "//t:incident[@type='reaction']/t:desc/text()")
    assert reaction.endswith('Reacted to "thanks, reading it..." with 👍')


# near miss: the words "Reacted to" said in a speech, no chat line, are words.
def test_reacted_to_in_speech_is_words() -> None:
    text = 'Orla Fenn: She reacted to "the quote" with a shrug.\nTamsin Kerr: Fair.\n'
    tree = encode(text)
    assert len(xp(tree, "//t:sp")) == 2
    assert xp(tree, "//t:incident") == []


# A6: Google Meet's chat panel copied as text glues the sender and the post's time
# ("Orla Fenn10:56 AM", a narrow no-break space before AM), the message below; pasted
# into a notes page over Meet's transcript ("Transcript", the program's notice, then
# "Name: text" lines). The glued heads gave no turns; read, the notice after the chat's
# turns made the whole transcript back matter; and a transcript's label said once
# ("Matt Heon: Sure.") among labels alone was taken for words.
NB = "\u202f"
MEET_NOTES = f"""# Harbour Working Group Meeting Notes

### Raw Meeting Chat:

```
Orla Fenn10:56{NB}AM
can you hear me ok?
You10:56{NB}AM
I can not hear you at all
Orla Fenn10:58{NB}AM
i'll use a phone for audio.
Tamsin Kerr11:01{NB}AM
is the audio working now?
```

### Raw Google Meet Transcript

```
Transcript
This editable transcript was computer generated and might contain errors.
Orla Fenn: Good morning, everyone.
Piet Vos: Sure, I can start.
Orla Fenn: Thank you, go ahead.
Tamsin Kerr: The quote came in yesterday.
Orla Fenn: Good.
```
"""


def test_a_meet_chats_glued_heads_and_its_transcript_are_turns() -> None:
    tree = encode(MEET_NOTES)
    whos = [sp.get("who") for sp in xp(tree, "//t:sp")]
    assert whos == [
        "#orla-fenn",
        "#you",
        "#orla-fenn",
        "#tamsin-kerr",
        "#orla-fenn",
        "#piet-vos",
        "#orla-fenn",
        "#tamsin-kerr",
        "#orla-fenn",
    ]
    # each post at its time of day
    assert [_synched_clock(tree, sp) for sp in xp(tree, "//t:sp")[:4]] == [
        "10:56:00",
        "10:56:00",
        "10:58:00",
        "11:01:00",
    ]
    assert said(tree)[5] == ("#piet-vos", "Sure, I can start.")
    # (the program's notice stays where it stands, among the text, no back matter)
    assert xp(tree, "//t:div[@type='commentary']") == []


# near misses: a sentence ending in a time of day glued to no name is words; a label
# said once at the end of a run, with no labelled line under it, among labels alone,
# is still refused (a colon in a sentence).
def test_a_glued_time_after_words_is_no_sender() -> None:
    text = f"Orla Fenn: We meet again at10:30{NB}AM\nTamsin Kerr: Fine.\nOrla Fenn: Good.\n"
    tree = encode(text)
    assert [sp.get("who") for sp in xp(tree, "//t:sp")] == [
        "#orla-fenn",
        "#tamsin-kerr",
        "#orla-fenn",
    ]
