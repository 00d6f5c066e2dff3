"""Logs probe 9 (helper D) found misread: IRC logs in the house styles of irssi
(``14:02 < nick>``, ``-!-`` notices, a bridge bot's ``<bot> <Name>``), MeetBot's raw
log (``17:02:30 <nick>``), XChat (``<nick>TAB``, ``-->``/``<--``/``---`` notices with
wrapped lines, ``*TAB nick`` actions) and a client that writes joins and quits with
arrows (``→ nick joined``, ``⇐ nick quit``); and a NASA transcript's key to its
labels, whose group lines (``Spacecraft:``) are no speakers. Every transcript here
is invented in the house style of a real one (/work/probe9/D/SOURCES.md); every
expectation was written by reading the transcript above it."""

from __future__ import annotations

from test_exports_and_oral import encode, said, same_words, xp

# irssi: a bare time, the nick padded with a space (or its mode sigil), an action,
# notices of who comes and goes, a bridge bot typing another network's speaker.
IRSSI = """09:58 -!- marit [~marit@host.example] has joined #garden
10:00 < olav> 0) hello all
10:00 < olav> 1) the seed order
10:01 <+marit> here, and I brought the list
10:01  * olav waves
10:02 < relay> <Tove> the shed key is with me
10:02 < relay> <Tove> I will open at nine
10:03 < relay> <Tove> bring gloves
10:03 < olav> thanks Tove
10:04 -!- marit [~marit@host.example] has quit [Ping timeout]
"""


def test_an_irssi_log_gives_a_turn_to_each_message_and_action() -> None:
    tree = encode(IRSSI, "garden.txt")
    assert said(tree) == [
        ("#olav", "0) hello all"),
        ("#olav", "1) the seed order"),
        ("#marit", "here, and I brought the list"),
        ("#olav", "waves"),  # the action is what olav typed
        ("#tove", "the shed key is with me"),  # the bridge's speaker, not the bridge
        ("#tove", "I will open at nine"),
        ("#tove", "bring gloves"),
        ("#olav", "thanks Tove"),
    ]
    first = xp(tree, "//t:sp")[0]
    assert "".join(xp(first, "t:speaker//text()")) == "10:00 < olav>"
    point = first.get("synch")[1:]
    assert xp(tree, f"//t:when[@xml:id='{point}']/@absolute") == ["10:00:00"]
    # the client's notices are incidents, between the turns, never speech
    notices = xp(tree, "//t:incident[@type='notice']/t:desc/text()")
    assert [n.split()[1] for n in notices] == ["-!-", "-!-"]
    assert not xp(tree, "//t:sp//t:incident")
    assert not xp(tree, "//t:person[@xml:id='relay']")
    same_words(tree, IRSSI)


# MeetBot's raw log: the time bare, with seconds; the bot answering the chair.
MEETBOT = """18:00:04 <ana_r> #startmeeting library board
18:00:04 <bookbot> Meeting started Tue Mar  3 18:00:04 2026 UTC.  The chair is ana_r.
18:00:20 <jens> hi
18:00:31 <ana_r> #topic opening hours
18:01:02 <jens> the winter hours stay as they are
18:01:40 * ana_r nods
18:02:05 <ana_r> #endmeeting
"""


def test_a_meetbot_log_with_bare_times_is_a_log() -> None:
    tree = encode(MEETBOT, "board.txt")
    assert [who for who, _ in said(tree)] == [
        "#ana-r",
        "#bookbot",
        "#jens",
        "#ana-r",
        "#jens",
        "#ana-r",
        "#ana-r",
    ]
    assert said(tree)[5] == ("#ana-r", "nods")
    sixth = xp(tree, "//t:sp")[5]
    assert xp(sixth, "t:speaker/t:time/text()") == ["18:01:40"]
    point = sixth.get("synch")[1:]
    assert xp(tree, f"//t:when[@xml:id='{point}']/@absolute") == ["18:01:40"]
    # the chair's "#startmeeting" names the meeting, MeetBot's answer gives its day
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["library board"]
    assert xp(tree, "//t:profileDesc/t:creation/t:date/@when") == ["2026-03-03"]
    same_words(tree, MEETBOT)


def test_a_log_without_meetbot_keeps_the_file_name_as_title() -> None:
    text = MEETBOT.replace("#startmeeting library board", "#library board").replace(
        "Meeting started", "Meeting begins"
    )
    tree = encode(text, "board.txt")
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["board"]
    assert xp(tree, "//t:profileDesc/t:creation/t:date") == []


# XChat: no times, a tab after the nick, notices with arrows and dashes (a long one
# wrapped onto a line set in with a tab), an action with a tab.
XCHAT = (
    "-->\tYou are now talking on #garden\n"
    "---\tTopic for #garden is Spring planning - logs at:\n"
    "\t  http://example.org/logs\n"
    "<olav>\thello all\n"
    "<marit>\thello, I have the seed list\n"
    "-->\ttove (~t@host) has joined #garden\n"
    "<olav>\tgood, the list is long and I think we should split it between the\n"
    "\t  two of us before Friday.\n"
    "*\tmarit nods\n"
    "<--\ttove has quit (Ping timeout)\n"
    "<marit>\tfine by me\n"
)


def test_an_xchat_log_keeps_its_notices_apart_from_the_turns() -> None:
    tree = encode(XCHAT, "garden.txt")
    assert said(tree) == [
        ("#olav", "hello all"),
        ("#marit", "hello, I have the seed list"),
        ("#olav", "good, the list is long and I think we should split it between the"
         " two of us before Friday."),
        ("#marit", "nods"),
        ("#marit", "fine by me"),
    ]  # fmt: skip
    # the message's wrapped line, set in under it, goes on in its paragraph
    assert len(xp(tree, "//t:sp[3]/t:p")) == 1
    notices = xp(tree, "//t:incident[@type='notice']/t:desc/text()")
    assert len(notices) == 4
    assert notices[1].endswith("logs at: http://example.org/logs")  # its wrapped line with it
    assert not xp(tree, "//t:sp//t:incident")
    # the client's first notice is not the title
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["garden"]
    assert sorted(p.get("{http://www.w3.org/XML/1998/namespace}id") for p in xp(
        tree, "//t:listPerson/t:person")) == ["marit", "olav"]  # fmt: skip
    same_words(tree, XCHAT)


# A client that writes joins and quits with arrows under the stamp; CRLF line ends.
ARROWS = (
    "[2026-03-03 18:00:04] <ana_r> good evening\r\n"
    "[2026-03-03 18:00:11] → jens joined (~jens@host.example)\r\n"
    "[2026-03-03 18:00:15] <jens> evening\r\n"
    "[2026-03-03 18:00:20] <ana_r> shall we begin?\r\n"
    "[2026-03-03 18:01:05] ⇐ tove quit (~t@host.example): Ping timeout: 240 seconds\r\n"
    "[2026-03-03 18:01:09] <jens> yes\r\n"
)


def test_joins_and_quits_with_arrows_are_incidents_not_words() -> None:
    tree = encode(ARROWS, "log.txt")
    assert said(tree) == [
        ("#ana-r", "good evening"),
        ("#jens", "evening"),
        ("#ana-r", "shall we begin?"),
        ("#jens", "yes"),
    ]
    notices = xp(tree, "//t:incident[@type='notice']/t:desc/text()")
    assert [n.split()[2] for n in notices] == ["→", "⇐"]
    assert not xp(tree, "//t:supplied")  # the stamp is no words supplied
    assert not xp(tree, "//t:person[@xml:id='tove']")
    same_words(tree, ARROWS)


# HexChat writes the client's notices as a nick's action: "* bo has quit (…)".
HEXCHAT = """<olav> morning all
* tove (~tove@host.example) has joined #garden
<marit> morning
* olav waves
* tove has quit (Ping timeout: 250 seconds)
* marit_ is now known as marit
<olav> shall we start?
"""


def test_notices_written_as_actions_are_notices() -> None:
    tree = encode(HEXCHAT, "garden.txt")
    assert said(tree) == [
        ("#olav", "morning all"),
        ("#marit", "morning"),
        ("#olav", "waves"),
        ("#olav", "shall we start?"),
    ]
    assert len(xp(tree, "//t:incident[@type='notice']")) == 3
    assert not xp(tree, "//t:person[@xml:id='tove']")
    same_words(tree, HEXCHAT)


# A NASA air-to-ground transcript as text: a key to the call signs under group lines
# ("Spacecraft:", "Mission Control Centers:"), then each transmission's elapsed time
# and call sign on a line, the words below.
NASA_KEY = """NATIONAL AERONAUTICS AND SPACE ADMINISTRATION

GEMINI 99

AIR-TO-GROUND VOICE TRANSCRIPTION

Speakers in the transcript may be identified as follows.
Spacecraft:
CDR                Commander            Ann B. Roe
PLT                Pilot    Carl D. Moe
Mission Control Centers:
CC                Capsule communicator (CAP COMM)
F                Flight director

000:00:02 CDR
The clock is running.

000:00:05 CC
Roger, clock.

000:00:09 PLT
Roll program.

000:00:14 CC
Copy roll.
"""


def test_a_keys_group_lines_are_no_speakers() -> None:
    tree = encode(NASA_KEY, "gemini.txt")
    # (since session 19 the key's rows name who each sign is: CDR is Ann B. Roe)
    assert [who for who, _ in said(tree)] == ["#ann-b-roe", "#cc", "#carl-d-moe", "#cc"]
    ids = [p.get("{http://www.w3.org/XML/1998/namespace}id") for p in xp(tree, "//t:person")]
    assert "spacecraft" not in ids and "mission-control-centers" not in ids
    # the group line stays a line of its own, over the key's first entry
    assert "Spacecraft:" in [" ".join("".join(p.itertext()).split()) for p in xp(tree, "//t:p")]
    same_words(tree, NASA_KEY)


# Before a timestamped record's first time, a label alone over words that are no key
# entry is untouched by the rule (a key entry is a short sign, two spaces, its meaning).
HEAD_LABEL = """Moderator:
Welcome everyone  to the call.

[00:00:05] Ana: Thanks.
[00:00:09] Bo: Hi.
[00:00:12] Ana: Let's start.
[00:00:15] Bo: Go on.
"""


def test_a_label_alone_over_speech_is_no_keys_group_line() -> None:
    from encoder.reader.shapes import _key_heads

    assert _key_heads(["Moderator:", "Welcome everyone  to the call."]) == frozenset()
    tree = encode(HEAD_LABEL, "call.txt")
    assert [who for who, _ in said(tree)][-4:] == ["#ana", "#bo", "#ana", "#bo"]
    same_words(tree, HEAD_LABEL)


# Pidgin's log: a twelve-hour time in parentheses, a nick in small letters and a
# colon, words that begin in small letters; one nick speaks once.
PIDGIN = """(04:01:11 PM) eyedee: welcome to the meeting, 1) hi
(04:01:25 PM) zzq: hi
(04:01:40 PM) lat: hi all
(04:02:02 PM) psi: doesn't the build normalise timestamps?
(04:02:30 PM) zzq: yes, on the builder only
(04:03:05 PM) eyedee: ok, 2) the release
(04:03:40 PM) lat: tagging tonight
"""


def test_a_pidgin_log_reads_every_handle_even_one_said_once() -> None:
    tree = encode(PIDGIN, "meeting.txt")
    assert [who for who, _ in said(tree)] == [
        "#eyedee",
        "#zzq",
        "#lat",
        "#psi",
        "#zzq",
        "#eyedee",
        "#lat",
    ]
    fourth = xp(tree, "//t:sp")[3]
    point = fourth.get("synch")[1:]
    assert xp(tree, f"//t:when[@xml:id='{point}']/@absolute") == ["16:02:02"]
    same_words(tree, PIDGIN)


# A day's programme: times before words in small letters with a colon are slots,
# no handles speaking.
PROGRAMME = """Saturday

09:00 registration: hall a
09:30 keynote: main room
10:30 coffee: the foyer
11:00 workshops: rooms one to three
"""


def test_a_programme_of_small_letter_slots_has_no_speakers() -> None:
    tree = encode(PROGRAMME, "programme.txt")
    assert xp(tree, "//t:sp") == []
    same_words(tree, PROGRAMME)


# MeetBot's text minutes: a reStructuredText title between "=" rules, then the
# summary; no one speaks.
MINUTES = """=================================
#gardenclub: spring planning
=================================


Meeting started by olav at 18:00:04 UTC.



Meeting summary
---------------

* seeds  (olav, 18:01:02)
  * ACTION: marit to order the seeds  (olav, 18:02:30)



People present (lines said)
---------------------------

* olav (12)
* marit (7)
"""


def test_meetbot_minutes_take_their_overlined_title_and_have_no_turns() -> None:
    tree = encode(MINUTES, "minutes.txt")
    assert xp(tree, "//t:sp") == []
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["#gardenclub: spring planning"]
    same_words(tree, MINUTES)


def test_a_line_under_a_rule_but_over_no_rule_is_no_overlined_title() -> None:
    text = "=====\nkeep the shed locked\n\nThe key is with Tove.\n"
    tree = encode(text, "note.txt")
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["note"]


# ---------------------------------------------------------------- left alone

# A Markdown note with bullets that start "* word word", times of a programme and an
# arrow: no log, no turns, no notices.
NOTES = """# Saturday workshop

10:30 Coffee in the hall
11:00 Seeds and soil

* bring gloves and a trowel
* olav brings the seed list
* marit opens the shed

--> see the map on the back page
--- the organisers
"""


def test_bullets_programme_times_and_arrows_are_no_log() -> None:
    tree = encode(NOTES, "notes.txt")
    assert xp(tree, "//t:sp") == []
    assert xp(tree, "//t:incident[@type='notice']") == []
    same_words(tree, NOTES)


# A chat with a bullet list under a message: the bullets stay the message's text,
# no action of a nick "bring"; a bare action of a nick the chat knows is its turn.
CHAT_WITH_LIST = """<ana> the list for Saturday:
<bo> go on
<ana> here it is
* bring gloves and a trowel
* bring water
* bo nods
<bo> thanks
"""


def test_bullets_in_a_log_are_no_actions_unless_a_known_nick_acts() -> None:
    tree = encode(CHAT_WITH_LIST, "chat.txt")
    whos = [who for who, _ in said(tree)]
    assert whos == ["#ana", "#bo", "#ana", "#bo", "#bo"]
    assert said(tree)[2] == ("#ana", "here it is * bring gloves and a trowel * bring water")
    assert said(tree)[3] == ("#bo", "nods")
    same_words(tree, CHAT_WITH_LIST)
