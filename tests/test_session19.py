"""Session 19: what the probe 15 reports left.

Expected values are written from reading the invented texts below.
"""

from __future__ import annotations

from encoder.pipeline import encode_text
from encoder.plaintext import tei_to_text

# a text rendering of a WebVTT file: each cue's time, its voice tag, the words
# against the tag (no space), as converters write them
VOICED_LINES = """\
00:00:01 <v Ann Lee>Hello there, good to see you.
00:00:04 <v Bo Park>Likewise, shall we start?
00:00:07 <v Ann Lee>Yes. First item is the budget.
00:00:10 <v Bo Park>Fine by me.
"""

# an IRC log: nicknames in angle brackets, one starting with "v", then a space
IRC_NICKS = """\
[10:01] <vera> hello all, are we ready
[10:02] <vic> yes, ready when you are
[10:03] <vera> good, then the first item
[10:04] <vic> the budget, I think
"""


def _back(text: str, name: str) -> list[str]:
    result = encode_text(text, name)
    assert result.tree is not None, [d.format() for d in result.diagnostics]
    assert len(result.tree.findall(".//{*}sp")) == 4
    return [line for line in tei_to_text(result.tree).splitlines() if line]


def test_a_voice_tag_comes_back_against_its_words() -> None:
    assert _back(VOICED_LINES, "voices.txt") == VOICED_LINES.splitlines()


def test_a_nickname_in_angle_brackets_keeps_its_space() -> None:
    assert _back(IRC_NICKS, "irc.txt") == IRC_NICKS.splitlines()


def _timeline(text: str, name: str) -> list[dict[str, str]]:
    result = encode_text(text, name)
    assert result.tree is not None, [d.format() for d in result.diagnostics]
    prefix = name.split(".")[0] + "-"
    return [
        {k.split("}")[-1]: v.replace(prefix, "") for k, v in when.attrib.items()}
        for when in result.tree.iter("{*}when")
    ]


# an oral history whose times start again on the second side of the tape
TAPE_SIDES = """\
Interview with Greta Olsen, conducted by Hal Moss.

[Tape 1, Side A]

00:00:05 HM: Let us begin with the harbour.

00:01:10 GO: My father kept the light there.

00:44:20 HM: And after the storm?

[Tape 1, Side B]

00:00:04 GO: We rebuilt the jetty that spring.

00:02:30 HM: Who paid for it?
"""

# a speaker's cue starting two seconds before the last one's (an overlap)
OVERLAP = """\
00:10:05 Ana Ruiz: Shall we take the second item now?

00:10:09 Ben Ode: Yes, the second item.

00:10:07 Ana Ruiz: Sorry, go on.

00:10:15 Ben Ode: The budget for the pier.
"""


def test_times_that_start_again_count_from_an_origin_of_their_own() -> None:
    assert _timeline(TAPE_SIDES, "tapes.txt") == [
        {"id": "time-0"},
        {"id": "time-1", "interval": "5", "since": "#time-0"},
        {"id": "time-2", "interval": "70", "since": "#time-0"},
        {"id": "time-3", "interval": "2660", "since": "#time-0"},
        {"id": "time-4"},  # the second side's start: how far after the first, unsaid
        {"id": "time-5", "interval": "4", "since": "#time-4"},
        {"id": "time-6", "interval": "150", "since": "#time-4"},
    ]
    result = encode_text(TAPE_SIDES, "tapes.txt")
    assert result.tree is not None
    # the header counts the five timestamps of the text, not the second origin
    assert "pointing to a timeline (5)" in "".join(result.tree.getroot().itertext())


def test_a_cue_a_little_before_the_last_keeps_the_first_origin() -> None:
    points = _timeline(OVERLAP, "overlap.txt")
    assert [p.get("since") for p in points] == [None, "#time-0", "#time-0", "#time-0", "#time-0"]
    assert [p.get("interval") for p in points[1:]] == ["605", "609", "607", "615"]


def _register(text: str, name: str) -> list[list[str]]:
    result = encode_text(text, name)
    assert result.tree is not None, [d.format() for d in result.diagnostics]
    return [
        [n.text or "" for n in person.findall("{*}persName")]
        for person in result.tree.iter("{*}person")
    ]


CONDUCTED_BY = """\
Interview with Greta Olsen, conducted by {by}

GO: My father kept the light there.

HM: And after the storm?

GO: We rebuilt the jetty that spring.
"""


def test_a_name_closing_the_titles_sentence_leaves_its_full_stop() -> None:
    register = _register(CONDUCTED_BY.format(by="Hal Moss."), "olsen.txt")
    assert ["Hal Moss", "HM"] in register


def test_an_initials_and_a_generations_full_stop_stay() -> None:
    assert ["Hal T. Moss Jr.", "HM"] in _register(
        CONDUCTED_BY.format(by="Hal T. Moss Jr."), "olsen.txt"
    )
    assert ["Hal M.", "HM"] in _register(CONDUCTED_BY.format(by="Hal M."), "olsen.txt")


# a voice transcription's key to its call signs (columns set apart by two spaces
# or more), then the transmissions with their elapsed times
SIGN_KEY = """\
Communicators in the text may be identified according to the following list.

Spacecraft:
CDR        Commander               Rhea Tolland
PLT        Pilot                   Gus M. Ferrante, Jr.
SC         Unidentifiable crewmember

Mission Control Center:
CC         Capsule communicator (CAP COMM)
FD         Flight director

01 02 03 04 CDR   Cabin pressure is holding.
01 02 03 10 CC    Copy, holding.
01 02 03 15 PLT   The hatch light is out.
01 02 04 01 SC    Say again?
01 02 04 07 CC    Hatch light out, understood.
"""


def _people(text: str, name: str) -> tuple[list[str], dict[str, tuple[str, ...]]]:
    result = encode_text(text, name)
    assert result.tree is not None, [d.format() for d in result.diagnostics]
    prefix = name.split(".")[0] + "-"
    who = [sp.get("who", "").replace(prefix, "") for sp in result.tree.iter("{*}sp")]
    people = {
        (p.get("{http://www.w3.org/XML/1998/namespace}id") or "").replace(prefix, ""): (
            p.get("role") or "",
            *(n.text or "" for n in p.findall("{*}persName")),
            *(n.text or "" for n in p.findall("{*}note")),
        )
        for p in result.tree.iter("{*}person")
    }
    return who, people


def test_a_key_to_call_signs_names_who_each_sign_is() -> None:
    who, people = _people(SIGN_KEY, "orbit.txt")
    assert who == ["#rhea-tolland", "#cc", "#gus-m-ferrante-jr", "#sc", "#cc"]
    assert people["rhea-tolland"] == ("", "Rhea Tolland", "CDR", "Commander")
    assert people["gus-m-ferrante-jr"] == ("", "Gus M. Ferrante, Jr.", "PLT", "Pilot")
    assert people["cc"] == ("", "CC", "Capsule communicator (CAP COMM)")
    assert people["sc"] == ("unidentified", "SC", "Unidentifiable crewmember")
    assert "fd" not in people  # keyed, but no turn of the text is the flight director's


def test_signs_a_key_row_does_not_give_stay_as_labelled() -> None:
    # one row of a key is no key: the signs keep their own persons
    text = SIGN_KEY.replace("PLT        Pilot                   Gus M. Ferrante, Jr.\n", "")
    text = text.replace("CC         Capsule communicator (CAP COMM)\n", "")
    text = text.replace("SC         Unidentifiable crewmember\n", "")
    who, people = _people(text, "orbit.txt")
    assert who == ["#cdr", "#cc", "#plt", "#sc", "#cc"]
    assert "rhea-tolland" not in people


# the same key copied with one space between its columns, as a PDF's text gives it
SIGN_KEY_ONE_SPACE = """\
Communicators in the text may be identified according to the following list.

Spacecraft:
CDR Commander Rhea Tolland
PLT Pilot Gus M. Ferrante, Jr.
SC Unidentifiable crewmember

Mission Control Center:
CC Capsule communicator (CAP COMM)
CT Communications Technician (COMM TECH)

01 02 03 04 CDR Cabin pressure is holding.
01 02 03 10 CC Copy, holding.
01 02 03 15 PLT The hatch light is out.
01 02 04 01 SC Say again?
01 02 04 07 CT Net check.
"""


def test_a_key_copied_with_one_space_between_columns_names_the_signs() -> None:
    who, people = _people(SIGN_KEY_ONE_SPACE, "orbit.txt")
    assert who == ["#rhea-tolland", "#cc", "#gus-m-ferrante-jr", "#sc", "#ct"]
    assert people["rhea-tolland"] == ("", "Rhea Tolland", "CDR", "Commander")
    assert people["ct"] == ("", "CT", "Communications Technician (COMM TECH)")


# a voice transcription whose title stands over the tape head of every page
TITLE_OVER_TAPE_HEADS = """\
ORBIT 9 AIR-TO-GROUND VOICE TRANSCRIPTION

(GOSS NET 1)\tTape 2/1\tPage 4

00 00 10 04 CDR The clock is running.
00 00 10 09 CC Roger, clock.

ORBIT 9 AIR-TO-GROUND VOICE TRANSCRIPTION

(GOSS NET 1)\tTape 2/2\tPage 5

00 00 11 02 CMP Cabin pressure is holding.
00 00 11 10 CC Copy, holding.
"""


def test_a_title_over_every_tape_head_is_the_title_then_a_running_head() -> None:
    result = encode_text(TITLE_OVER_TAPE_HEADS, "orbit.txt")
    assert result.tree is not None, [d.format() for d in result.diagnostics]
    root = result.tree.getroot()
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert root.xpath("string(//t:titleStmt/t:title)", namespaces=ns) == (
        "ORBIT 9 AIR-TO-GROUND VOICE TRANSCRIPTION"
    )
    assert root.xpath("//t:body//t:fw/text()", namespaces=ns) == [
        "(GOSS NET 1)\tTape 2/1\tPage 4",
        "ORBIT 9 AIR-TO-GROUND VOICE TRANSCRIPTION",
        "(GOSS NET 1)\tTape 2/2\tPage 5",
    ]
    assert not root.xpath("//t:body//t:head", namespaces=ns)
    assert len(root.xpath("//t:sp", namespaces=ns)) == 4


# a mission log typed in columns: a transmission's words wrapped onto lines set
# in under its first words
WRAPPED_TRANSMISSIONS = """\
04 06 45 40 CDR      Roger. The clock is running and the
                     roll program is in.
04 06 45 52 CC       Roger, clock.
04 06 46 01 LMP      We have a good pitch program and
                     the cabin is holding.
04 06 46 10 CC       Copy.
"""


def test_a_transmission_wrapped_under_its_words_is_one_paragraph() -> None:
    result = encode_text(WRAPPED_TRANSMISSIONS, "log.txt")
    assert result.tree is not None, [d.format() for d in result.diagnostics]
    speeches = [
        ["".join(p.itertext()) for p in sp.findall("{*}p")] for sp in result.tree.iter("{*}sp")
    ]
    assert speeches == [
        ["Roger. The clock is running and the roll program is in."],
        ["Roger, clock."],
        ["We have a good pitch program and the cabin is holding."],
        ["Copy."],
    ]


def test_a_line_set_in_elsewhere_under_a_transmission_stays_its_own() -> None:
    # the next line starts further left than the words: no hanging indent
    text = WRAPPED_TRANSMISSIONS.replace("                     roll", "          roll")
    result = encode_text(text, "log.txt")
    assert result.tree is not None
    first = next(iter(result.tree.iter("{*}sp")))
    assert ["".join(p.itertext()) for p in first.findall("{*}p")] == [
        "Roger. The clock is running and the",
        "roll program is in.",
    ]


GAGGLE = """\
Press Gaggle by Press Secretary Dana Whitcombe En Route Dayton, OH
AUGUST 3, 2022
{place}

12:41 P.M. EDT

MS. WHITCOMBE: Hi, everyone. A couple of items for you at the top.

Q Dana, on the bridge funding?

MS. WHITCOMBE: We support the bill as it stands.

END 12:58 P.M. EDT
"""


def _setting_place(text: str) -> list[str]:
    result = encode_text(text, "gaggle.txt")
    assert result.tree is not None, [d.format() for d in result.diagnostics]
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    return [str(p) for p in result.tree.xpath("//t:setting/t:placeName/text()", namespaces=ns)]


def test_a_press_records_place_lines_over_its_start_are_the_setting() -> None:
    place = "Aboard Air Force One\nEn Route Dayton, Ohio"
    assert _setting_place(GAGGLE.format(place=place)) == [
        "Aboard Air Force One, En Route Dayton, Ohio"
    ]
    # a date in brackets among them is no place; the issuing office in capitals heads them
    place = "NATIONAL SECURITY COUNCIL\nVia Teleconference\n(August 3, 2022)"
    assert _setting_place(GAGGLE.format(place=place)) == ["Via Teleconference"]


def test_a_notice_over_the_start_is_no_place() -> None:
    notice = "Please note: the briefing began late because of a fire drill."
    # (since session 20 the title's "En Route Dayton, OH" is the place where no
    # place lines stand: the notice is still none of it)
    assert _setting_place(GAGGLE.format(place=notice)) == ["En Route Dayton, OH"]
