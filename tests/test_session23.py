"""Session 23: conversations exported from chat apps.

WhatsApp's export writes every message with its date, time and sender, and notes
what happened in the group on lines of the same form without a sender; Telegram
Desktop copies each message under a head of the sender's name, a comma and the
day and time in brackets. Expected values are written from reading the invented
texts below.
"""

from __future__ import annotations

from lxml import etree

from encoder.pipeline import encode_text
from encoder.plaintext import tei_to_text

NS = {"t": "http://www.tei-c.org/ns/1.0"}


def _tree(text: str, name: str = "t.txt") -> etree._ElementTree:
    result = encode_text(text, name)
    assert result.tree is not None, [d.format() for d in result.diagnostics]
    return result.tree


def _turns(tree: etree._ElementTree) -> list[tuple[str, str]]:
    """(who, the turn's words) of every turn."""
    return [
        (sp.get("who", "").split("-", 1)[-1], " ".join("".join(sp.itertext()).split()))
        for sp in tree.iterfind(".//t:sp", NS)
    ]


def _same_lines(tree: etree._ElementTree, text: str) -> None:
    back = [line for line in tei_to_text(tree).splitlines() if line.strip()]
    assert back == [line for line in text.splitlines() if line.strip()]


# Android's export: "date, time - sender: message"; the app's own notes have no sender
WHATSAPP_ANDROID = """\
03/05/2024, 08:01 - Messages and calls are end-to-end encrypted. No one else can read them.
03/05/2024, 08:01 - Petra Lindqvist created group "Allotment rota"
03/05/2024, 08:02 - Petra Lindqvist: Morning! Who has the key this week?
03/05/2024, 08:05 - Joel Amadi: I do, until Thursday.
03/05/2024, 08:06 - Petra Lindqvist: Lovely. The water butts need emptying
before the frost.
03/05/2024, 08:09 - Joel Amadi added Suvi Kallio
03/05/2024, 08:11 - Suvi Kallio: Hello both, thanks for adding me.
03/05/2024, 08:12 - Joel Amadi: Welcome Suvi.
"""


def test_whatsapp_notes_of_the_app_are_no_words_of_the_post_before() -> None:
    tree = _tree(WHATSAPP_ANDROID)
    assert _turns(tree) == [
        (
            "petra-lindqvist",
            "03/05/2024, 08:02 - Petra Lindqvist: Morning! Who has the key this week?",
        ),
        ("joel-amadi", "03/05/2024, 08:05 - Joel Amadi: I do, until Thursday."),
        (
            "petra-lindqvist",
            "03/05/2024, 08:06 - Petra Lindqvist: Lovely. The water butts need emptying"
            " before the frost.",
        ),
        ("suvi-kallio", "03/05/2024, 08:11 - Suvi Kallio: Hello both, thanks for adding me."),
        ("joel-amadi", "03/05/2024, 08:12 - Joel Amadi: Welcome Suvi."),
    ]
    stages = tree.findall(".//t:body//t:stage", NS)
    told = [" ".join("".join(s.itertext()).split()) for s in stages]
    assert told == [
        "03/05/2024, 08:01 - Messages and calls are end-to-end encrypted."
        " No one else can read them.",
        '03/05/2024, 08:01 - Petra Lindqvist created group "Allotment rota"',
        "03/05/2024, 08:09 - Joel Amadi added Suvi Kallio",
    ]
    # each note is at its time on the timeline, the time alone in the time element
    times = [s.find("t:time", NS) for s in stages]
    assert [t.text for t in times if t is not None] == ["03/05/2024, 08:01"] * 2 + [
        "03/05/2024, 08:09"
    ]
    xml_id = "{http://www.w3.org/XML/1998/namespace}id"
    whens = {w.get(xml_id): w.get("absolute") for w in tree.iterfind(".//t:when", NS)}
    last = times[2]
    assert last is not None and whens[last.get("synch", "")[1:]] == "08:09:00"
    _same_lines(tree, WHATSAPP_ANDROID)


WHATSAPP_IOS = """\
[14/02/2024, 19:30:12] Oskar Brandt: Is the hall booked for Saturday?
[14/02/2024, 19:31:40] Maren Holt: Yes, from ten.
[14/02/2024, 19:32:05] Maren Holt changed this group's icon
[14/02/2024, 19:33:51] Oskar Brandt: Perfect.
"""


def test_whatsapp_ios_note_in_brackets() -> None:
    tree = _tree(WHATSAPP_IOS)
    assert [who for who, _ in _turns(tree)] == ["oskar-brandt", "maren-holt", "oskar-brandt"]
    stage = tree.find(".//t:body//t:stage", NS)
    assert stage is not None
    assert " ".join("".join(stage.itertext()).split()) == (
        "[14/02/2024, 19:32:05] Maren Holt changed this group's icon"
    )
    _same_lines(tree, WHATSAPP_IOS)


# near miss: a recording's timed lines, a time before a speech's later segments
# with no name: those stay the speaker's words (a recogniser names only changes)
TIMED_SEGMENTS = """\
[00:00:01] Rosa Ferreira: Welcome back to the programme.
[00:00:06] Today we are at the old mill.
[00:00:11] Lino Baptista: Thanks for having me.
"""


def test_timed_segment_without_a_name_goes_on_the_speech() -> None:
    tree = _tree(TIMED_SEGMENTS)
    turns = _turns(tree)
    assert [who for who, _ in turns] == ["rosa-ferreira", "lino-baptista"]
    assert turns[0][1].endswith("Today we are at the old mill.")
    assert tree.find(".//t:body//t:stage", NS) is None


TELEGRAM = """\
Hanne Sørli, [12.03.24 09:14]
Has anyone seen the ferry timetable for April?

Ruben Okoye, [12.03.24 09:20]
Not yet. The office said Friday.
They are short of staff.

Hanne Sørli, [12.03.24 09:22]
Thanks, I will ask again then.
"""


def test_telegram_desktop_copy_heads_each_message() -> None:
    tree = _tree(TELEGRAM)
    assert _turns(tree) == [
        (
            "hanne-sorli",
            "Hanne Sørli, [12.03.24 09:14] Has anyone seen the ferry timetable for April?",
        ),
        (
            "ruben-okoye",
            "Ruben Okoye, [12.03.24 09:20] Not yet. The office said Friday."
            " They are short of staff.",
        ),
        ("hanne-sorli", "Hanne Sørli, [12.03.24 09:22] Thanks, I will ask again then."),
    ]
    # the time of day on the 24-hour clock is the timeline's value
    absolute = [w.get("absolute") for w in tree.iterfind(".//t:when", NS) if w.get("absolute")]
    assert absolute == ["09:14:00", "09:20:00", "09:22:00"]
    _same_lines(tree, TELEGRAM)


# near miss: a sentence with a comma before a bracketed date is no head
TELEGRAM_NEAR = """\
Minutes of the ferry users' group

Backup finished, [12.03.24 09:14]
The chair opened the meeting and read the apologies.
"""


def test_sentence_before_bracketed_date_is_no_head() -> None:
    tree = _tree(TELEGRAM_NEAR)
    assert _turns(tree) == []


# a caption file whose header line carries its maker's title
CAPTIONS = """\
WEBVTT - Lantern Street residents' meeting, 9 April 2025

NOTE exported by the chair

00:00:01.000 --> 00:00:03.500
<v Greta Holm>Shall we begin?

00:00:04.000 --> 00:00:06.000
<v Anselm Troy>Yes, everyone is here.
"""


def _title(tree: etree._ElementTree) -> str:
    return tree.findtext(".//t:titleStmt/t:title", namespaces=NS) or ""


def test_webvtt_header_text_is_the_title() -> None:
    tree = _tree(CAPTIONS, "meeting.vtt")
    assert _title(tree) == "Lantern Street residents' meeting, 9 April 2025"
    assert [who for who, _ in _turns(tree)] == ["greta-holm", "anselm-troy"]


def test_webvtt_header_without_text_leaves_the_file_name() -> None:
    for header in ("WEBVTT", "WEBVTT FILE"):
        text = CAPTIONS.replace(CAPTIONS.splitlines()[0], header)
        assert _title(_tree(text, "meeting.vtt")) == "meeting"


# a Teams transcript where a meeting room's device speaks for the people in it
ROOM_DEVICE = """\
Conf Room 4B   0:03
Hi, it's Dana and Piet here in the room.
Adrian Room   0:10
Morning both. Can you see my screen?
Conf Room 4B   0:15
Yes, we can.
"""


def test_a_meeting_room_device_is_a_group_and_a_surname_room_a_person() -> None:
    tree = _tree(ROOM_DEVICE)
    groups = [g.findtext("t:persName", namespaces=NS) for g in tree.iterfind(".//t:personGrp", NS)]
    persons = [p.findtext("t:persName", namespaces=NS) for p in tree.iterfind(".//t:person", NS)]
    assert groups == ["Conf Room 4B"]
    assert "Adrian Room" in persons and "Conf Room 4B" not in persons
    assert [who for who, _ in _turns(tree)] == ["conf-room-4b", "adrian-room", "conf-room-4b"]


# a transcriber's note on where the transcript starts in the recording
STARTS_AT = """\
Harbour Lights podcast, episode 12

Transcript starts at 04:10.

HOST: Welcome back. Today we talk about lighthouses.
GUEST: Thanks. It starts at the top, with the lamp.
"""


def test_where_the_transcript_starts_in_the_recording_is_no_speech() -> None:
    tree = _tree(STARTS_AT)
    incidents = [
        " ".join("".join(i.itertext()).split()) for i in tree.iterfind(".//t:incident", NS)
    ]
    assert incidents == ["Transcript starts at 04:10."]
    turns = _turns(tree)
    assert [who for who, _ in turns] == ["host", "guest"]
    # near miss: the same words inside a speech stay speech
    assert turns[1][1] == "GUEST: Thanks. It starts at the top, with the lamp."
    _same_lines(tree, STARTS_AT)


NET_MENDERS = """\
THE NET MENDERS

A PLAY IN ONE ACT

PERSONS

OLAF BRENNE, a boat owner.
KAI, his son.
SOME FISHERMEN.

ACT I.

OLAF. The nets are torn again.

KAI. I will mend them, father.

OLAF. Good lad.

KAI. [to the door.] Who comes?

OLAF. Only the wind.
"""


def test_a_cast_list_s_some_with_a_plural_is_a_group() -> None:
    tree = _tree(NET_MENDERS)
    groups = [g.findtext("t:persName", namespaces=NS) for g in tree.iterfind(".//t:personGrp", NS)]
    persons = [p.findtext("t:persName", namespaces=NS) for p in tree.iterfind(".//t:person", NS)]
    assert groups == ["SOME FISHERMEN"]
    assert persons == ["OLAF BRENNE", "KAI"]
    # near miss: "Some" before a name that is no plural counts no one
    single = _tree(NET_MENDERS.replace("SOME FISHERMEN.", "SOME SEAMAN."))
    assert not single.findall(".//t:personGrp", NS)


def _encoded(text: str):  # type: ignore[no-untyped-def]
    result = encode_text(text, "play.txt")
    assert result.tree is not None
    return result


TYPO_PLAY = """\
THE LOCK KEEPER

PERSONS

MARTA KOWALSKA, the lock keeper.
JONAS PRENT, a bargeman.
IDA, a child.

ACT I.

MARTA KOWALSKA. The water is high today.

JONAS PRENT. Too high for the barge.

MARTA KOWALSKI. Then wait until the morning.

JONAS PRENT. I will.

IDA. Can I ride on the barge?

IDE. Please?
"""


def test_a_prefix_one_letter_off_a_cast_role_is_that_role() -> None:
    result = _encoded(TYPO_PLAY)
    whos = [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)]
    assert whos[0] == whos[2] == "#play-marta-kowalska"
    codes = {d.code: d for d in result.diagnostics}
    assert "I703" in codes and "MARTA KOWALSKI" in codes["I703"].message
    # near miss: a name under four letters one letter off ("IDE" for "IDA") is no guess
    assert whos[5] != whos[4] and "W701" in codes


def test_a_prefix_two_letters_off_is_its_own_character() -> None:
    result = _encoded(TYPO_PLAY.replace("MARTA KOWALSKI.", "MARTA KOWALEWSKI."))
    whos = [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)]
    assert whos[2] != whos[0]
    assert "I703" not in {d.code for d in result.diagnostics}
