"""IRC logs: who typed each line, and whose speech a relay typed for them.

A line of a log is an optional time in brackets (``[14:00]``, an ISO stamp
``[2024-03-12T15:00:05.406Z]``), the nick in angle brackets, then the
message, separated by spaces or tabs. A relay (a speech recogniser's bot, a
human scribe) types others' words as ``Name: text``, and ``...: text`` for the
same speaker going on: those words are the named speaker's, not the relay's.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from .. import recache
from .vocab import IRC_COMMANDS

IRC_LINE: Final = recache.compile(
    r"^(?:\[(?P<stamp>(?:(?P<date>\d{4}-\d{2}-\d{2})[T ])?"
    r"(?P<t>\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?)(?P<zone>Z|[+-]\d{2}:?\d{2})?)\][ \t]+)?"
    r"<(?P<nick>[@+%~&]?[^\s<>@+%~&][^\s<>]{0,79})>[ \t]+(?=\S)"
)
# The speaker a relay names before the words: "Ana_Ruiz: …", "Nick Main: …", "...: …"
RELAYED: Final = recache.compile(
    r"^(?P<name>\.\.\.|[^\s:<>\[\](){}][^:<>\[\]{}\n]{0,40}?):[ \t]+(?=\S)"
)
# "scribe: ana_r" or "scribenick: ana_r": the nick that types the others' words
_SCRIBE_NAMED: Final = recache.compile(r"^scribe(?:nick)?:[ \t]+(?P<nick>\S{1,80})\s*$", re.I)


def log_lines(content: list[str]) -> int:
    """How many lines are lines of an IRC log, where most lines are (three at
    least); 0 otherwise.

    Markup is no log: a line closing the tag it opens ("<p> text </p>") is not
    counted.

    >>> log_lines(["[14:00] <ana> hi", "[14:01] <bo> hi", "<ana> so", "x"])
    3
    >>> log_lines(["<p> One.</p>", "<p> Two.</p>", "<p> Three.</p>"])
    0
    """
    lines = 0
    for line in content:
        found = IRC_LINE.match(line) if line[:1] in "[<" else None
        if found is not None and not line.endswith(f"</{found.group('nick')}>"):
            lines += 1
    return lines if lines >= 3 and lines * 2 >= len(content) else 0


def relayed_name(message: str) -> str | None:
    """The speaker a relayed message names, or None (a command such as
    "Topic: …" or "present+", a link, words of the nick's own).

    >>> relayed_name("Ana_Ruiz: Hello."), relayed_name("Topic: Budget"), relayed_name("...: on")
    ('Ana_Ruiz', None, '...')
    """
    found = RELAYED.match(message)
    if found is None:
        return None
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
        found = IRC_LINE.match(line) if line[:1] in "[<" else None
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
    written = found.group("t")
    if written.count(":") == 1:
        written += ":00"
    hours, rest = written.split(":", 1)
    return f"{int(hours):02d}:{rest}{found.group('zone') or ''}"
