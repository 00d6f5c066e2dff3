"""IRC logs: who typed each line, and whose speech a relay typed for them.

A line of a log is an optional time in brackets (``[14:00]``, an ISO stamp
``[2024-03-12T15:00:05.406Z]``) or bare (``17:02:30``, as MeetBot and irssi
write it), the nick in angle brackets (irssi pads it, ``< ana>``, where no mode
sigil stands), then the message, separated by spaces or tabs. A relay (a speech
recogniser's bot, a human scribe) types others' words as ``Name: text``, and
``...: text`` for the same speaker going on; a bridge bot types another
network's speaker in angle brackets, ``<bridge> <Ana> text``: those words are
the named speaker's, not the relay's. An action (``/me``) is ``* nick text``;
the client's notices of who comes and goes, topics and modes begin with an
arrow or dashes (``-->``, ``<--``, ``---``, ``-!-``, ``***``, ``→``, ``⇐``).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from .. import recache
from .vocab import IRC_COMMANDS

# The time before a line: in brackets, with a date and a zone or not, or bare
# ("17:02:30 <wking>", "14:02 < jrandom>"), with the day before it as logging
# bots and bouncers write it ("2024-03-12 15:00:05 <ana>")
_STAMP: Final = (
    r"^(?:(?:\[(?P<stamp>(?:(?P<date>\d{4}-\d{2}-\d{2})[T ])?"
    r"(?P<t>\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?)(?P<zone>Z|[+-]\d{2}:?\d{2})?)\]"
    r"|(?P<bare>(?:\d{4}-\d{2}-\d{2}[T ])?(?P<bt>\d{1,2}:\d{2}(?::\d{2})?)))[ \t]+)?"
)
# (a bridged network's display name may hold spaces, its words capitalised: "<Ana Ruiz>";
# a tag's attributes, "<a href=…>", never are; a time of day in the brackets is a
# meeting transcriber's stamp, "<10:02:14 AM> Ana Ruiz: …" (Jitsi), no nick. A meeting
# program's transcript set out as a log keeps the display name whole, its company or
# pronouns in parentheses ("<Ana Ruiz (Acme/Lab)>"), and writes "<>" where the program
# did not know the voice: empty brackets after a stamp, an unnamed speaker)
IRC_LINE: Final = recache.compile(
    _STAMP + r"< ?(?!\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.?[Mm]\.?)?>)"
    r"(?P<nick>[@+%~&]?[^\s<>@+%~&][^\s<>]{0,79}(?: [A-Z][^\s<>=]{0,40}){0,3}"
    r"(?: \([^<>()\n]{1,40}\))?|(?<=[\]\d][ \t]<))>"
    r"[ \t]+(?=\S)"
)
# A message as WeeChat logs it: the day and the time, the nick and the message, each
# after a tab ("2024-05-01 10:02:11<TAB>ana<TAB>hi"); a nick opens with a letter or
# one of IRC's nick characters, never a notice's arrow or dashes ("-->", "<--"); the
# message has a letter (a table's "2024-05-01 10:02<TAB>pump_a<TAB>42" is none)
TAB_LINE: Final = recache.compile(
    r"(?=\d{4}-\d{2}-\d{2}[T ]\d)" + _STAMP + r"(?<=\t)"
    r"(?P<nick>[@+%~&]?[A-Za-z0-9_\[\]\\`^{}|][^\s<>]{0,79})\t(?=[^\t\n]*?[^\W\d_])"
)
# An action: "* jrandom waves", "14:03  * jrandom waves", "*<TAB>mids bows" (not a
# nick's change, "* ana_ → ana")
IRC_ACTION: Final = recache.compile(
    _STAMP + r"\*[ \t]+(?P<nick>[^\s*<>][^\s<>]{0,79})[ \t]+(?=[^\s→])"
)
# The client's notice: "-->\tana (~a@host) has joined #c", "<--\tbo has quit",
# "---\tTopic for #c is …", "-!- bo is now known as bob", "→ ana joined (~a@host)"
# HexChat and others write them as a nick's action: "* bo (~b@host) has joined #c",
# "* bo has quit (Ping timeout)", "* bo is now known as bob", "* bo_ → bo"
IRC_NOTICE: Final = recache.compile(
    _STAMP + r"(?:(?:-->|<--|---|-!-|\*\*\*|[→←⇐⇒])[ \t]+(?=\S)"
    r"|\*[ \t]+[^\s*<>]{1,80}[ \t]+(?:\([^()\s]{1,200}\)[ \t]+)?"
    r"(?:→|has (?:joined|quit|left)\b|joined the channel|is now known as\b|sets mode\b"
    r"|has changed the topic\b|was kicked\b))"
)
# The first characters a line of a log may begin with (a time's digit, "[", "<",
# an action's "*", a notice's dash or arrow): other lines are never tried
_FIRST: Final = frozenset("[<*-→←⇐⇒0123456789")
# The speaker a relay names before the words: "Ana_Ruiz: …", "Nick Main: …", "...: …";
# or a bridge's speaker in angle brackets: "<Nightblade> …"
RELAYED: Final = recache.compile(
    r"^(?:<(?P<bridged>[^\s<>@+%~&][^\s<>]{0,40})>"
    r"|(?P<name>\.\.\.|[^\s:<>\[\](){}][^:<>\[\]{}\n]{0,40}?):)[ \t]+(?=\S)"
)
# "scribe: ana_r" or "scribenick: ana_r": the nick that types the others' words
_SCRIBE_NAMED: Final = recache.compile(r"^scribe(?:nick)?:[ \t]+(?P<nick>\S{1,80})\s*$", re.I)


def log_lines(content: list[str]) -> int:
    """How many lines are messages of an IRC log, where most lines are lines of
    the log (messages, three at least, actions and the client's notices); 0
    otherwise.

    Markup is no log: a line closing the tag it opens ("<p> text </p>") is not
    counted.

    >>> log_lines(["[14:00] <ana> hi", "[14:01] <bo> hi", "<ana> so", "x"])
    3
    >>> log_lines(["<p> One.</p>", "<p> Two.</p>", "<p> Three.</p>"])
    0
    >>> log_lines(["<Ana Ruiz> hi", "<Bo Lee> so", "<Ana Ruiz> ok"])
    3
    >>> log_lines(["17:02:30 <ana> hi", "14:02 < bo> hi", "<ana>\\tso"])
    3
    >>> log_lines(["2024-03-12 17:02:30 <ana> hi", "2024-03-12 17:03:01 <bo> hi", "<ana> so"])
    3
    >>> log_lines([f"2024-05-01 10:0{i}:00\\t{n}\\thi" for i, n in enumerate(["ana", "bo", "ana"])])
    3
    """
    lines = others = 0
    for line in content:
        found = message_line(line)
        if found is not None and not line.endswith(f"</{found.group('nick')}>"):
            lines += 1
        elif found is None and (notice(line) or action(line)):
            others += 1  # the client's notices and the nicks' actions: lines of the log too
    return lines if lines >= 3 and (lines + others) * 2 >= len(content) else 0


def message_line(line: str) -> re.Match[str] | None:
    """:data:`IRC_LINE` (or, with the day and a tab first, :data:`TAB_LINE`) on a
    line that can begin a log's message.

    >>> message_line("2024-05-01 10:02:11\\tana\\thi").group("nick", "bt")
    ('ana', '10:02:11')
    >>> [message_line(t) for t in ("2024-05-01 10:02:11\\t-->\\tbo joined", "1\\tana\\thi")]
    [None, None]
    >>> [message_line(f"[10:02:11]\\t{n}\\thi").group("nick") for n in ("<Bo Ode (Acme)>", "<>")]
    ['Bo Ode (Acme)', '']
    >>> message_line("<> is the diamond")
    """
    if line[:1] not in _FIRST:
        return None
    found = IRC_LINE.match(line)
    if found is None and line[:1].isdigit() and "\t" in line[10:21]:
        found = TAB_LINE.match(line)
    return found


def is_message(found: re.Match[str]) -> bool:
    """Whether a match of this module's patterns is a nick's message (not an action)."""
    return found.re is IRC_LINE or found.re is TAB_LINE


def action(line: str) -> re.Match[str] | None:
    """:data:`IRC_ACTION` on a line that can begin an action ("* bo waves").

    >>> [bool(action(t)) for t in ("* bo waves", "14:03  * bo waves", "* bo_ → bo", "*bold*")]
    [True, True, False, False]
    """
    return IRC_ACTION.match(line) if line[:1] in _FIRST else None


def notice(line: str) -> re.Match[str] | None:
    """:data:`IRC_NOTICE` on a line that can begin a client's notice.

    >>> [bool(notice(t)) for t in ("-->\\tbo (~b@h) has joined #c", "-!- bo quit", "---", "- a")]
    [True, True, False, False]
    >>> [bool(notice(t)) for t in ("* bo (~b@h) has joined #c", "* bo is now known as bob")]
    [True, True]
    >>> [bool(notice(t)) for t in ("* bo waves", "* bo has a question")]
    [False, False]
    """
    return IRC_NOTICE.match(line) if line[:1] in _FIRST else None


def nicks(content: list[str]) -> frozenset[str]:
    """The nicks of a log's messages, their mode sigils stripped.

    >>> sorted(nicks(["<@ana> hi", "[14:01] < bo> hi", "* cy waves"]))
    ['ana', 'bo']
    """
    found = (message_line(line) for line in content)
    return frozenset(m.group("nick").lstrip("@+%~&") for m in found if m is not None)


def own_action(found: re.Match[str], known: frozenset[str]) -> bool:
    """Whether an :func:`action` line is a nick's action: under a time, or with
    the tab a client writes (``*<TAB>mids bows``), or by a nick the log's
    messages know; a bare ``* word …`` by no such nick is a list's item.

    >>> known = frozenset({"bo"})
    >>> [own_action(action(t), known) for t in ("* bo waves", "* bring gloves", "*\\tcy bows")]
    [True, False, True]
    """
    if stamp_of(found) is not None or "\t" in found.group()[:2]:
        return True
    return found.group("nick") in known


def stamp_of(found: re.Match[str]) -> tuple[str, int] | None:
    """The time before a log's line as written, and where it stands; None without."""
    for group in ("stamp", "bare"):
        if found.group(group):
            return found.group(group), found.start(group)
    return None


def relayed_name(message: str) -> str | None:
    """The speaker a relayed message names, or None (a command such as
    "Topic: …" or "present+", a link, words of the nick's own).

    >>> relayed_name("Ana_Ruiz: Hello."), relayed_name("Topic: Budget"), relayed_name("...: on")
    ('Ana_Ruiz', None, '...')
    >>> relayed_name("<Nightblade> how do you know")
    'Nightblade'
    """
    found = RELAYED.match(message)
    if found is None:
        return None
    if found.group("bridged"):
        return found.group("bridged")  # a bridge's speaker: "<Nightblade> words"
    name = found.group("name").strip()
    if name.casefold() in IRC_COMMANDS or len(name.split()) > 4:
        return None
    return name


def relays(content: list[str]) -> frozenset[str]:
    """The nicks that type others' speech: one that took the scribe's part
    (``scribe+``, or named by ``scribe: nick``) and named a speaker, or one
    whose messages name a speaker three times and nearly always (an answer
    to someone, "bo: sure", is a chat's, not a relay's).

    >>> relays(["<bot> Ana: Hi.", "<bot> Bo: Hi.", "<bot> Ana: So.", "<ana> bo: yes", "<x> y"])
    frozenset({'bot'})
    """
    named: Counter[str] = Counter()
    own: Counter[str] = Counter()
    scribes: set[str] = set()
    for line in content:
        found = message_line(line)
        if found is None:
            continue
        nick = found.group("nick")
        message = line[found.end() :].strip()
        chosen = _SCRIBE_NAMED.match(message)
        if chosen is not None:
            scribes.add(chosen.group("nick").lstrip("@+"))
        if message.casefold() == "scribe+":
            scribes.add(nick)
        if relayed_name(message) is not None:
            named[nick] += 1
        elif not message.endswith(("+", "-")):  # "present+", "q+", "q-" are no words
            own[nick] += 1
    return frozenset(
        nick
        for nick, count in named.items()
        if nick in scribes or (count >= 3 and count >= 4 * own[nick])
    )


def clock(found: re.Match[str]) -> str:
    """The time of day a log's stamp gives, as xs:time ("14:00" → "14:00:00",
    "16:05:00.406" with its zone "Z" → "16:05:00.406Z")."""
    written = found.group("t") or found.group("bt")
    if written.count(":") == 1:
        written += ":00"
    hours, rest = written.split(":", 1)
    return f"{int(hours):02d}:{rest}{found.group('zone') or ''}"
