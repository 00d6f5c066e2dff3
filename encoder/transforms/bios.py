"""Biographical footnotes: "John Foster Dulles (1888-1959) was secretary of state …".

Scholarly editions identify a person at first mention with a note giving the
full name, the years, and a role. This module finds the name and the years
(what can be read reliably) in a note's text; several may stand in one note.
The role is left in the note: a clause cut from prose is not a fact.

>>> [(b.name, b.birth, b.death) for b in find_bios(
...     "Jawaharlal Nehru (1889-1964) was prime minister of India; U Nu (1907-1995) was …")]
[('Jawaharlal Nehru', '1889', '1964'), ('U Nu', '1907', '1995')]
>>> find_bios("Vice-Admiral Charles R. Brown (1899-1983) commanded the fleet.")[0].name
'Charles R. Brown'
"""

from __future__ import annotations

import re
from typing import Final

from .. import recache
from ..reader.vocab import TITLE_WORDS
from ..record import Record

_TOKEN: Final = (
    r"(?:[A-Z][\w’'\-]*\.?|(?:al|ul|el|ad|ibn|bin)-[A-Z][\w’'\-]*"
    r"|de|van|von|da|di|du|la|le|bin|ibn)"
)
_TOKEN_RE: Final = recache.compile(_TOKEN)
_ACRONYM: Final = recache.compile(r"[A-Z]{2,}")
_ROMAN: Final = recache.compile(r"[IVX]+")
_WORD: Final = recache.compile(r"\S+")
_LOWER: Final = recache.compile(r"[a-z]")
_YEARS: Final = recache.compile(r"\((?P<birth>\d{3,4})\s*[-–—]\s*(?P<death>\d{3,4})\)")
# Titles and ranks that precede a name but are not part of it.
_LOWER_PARTICLES: Final = frozenset(
    ["de", "van", "von", "da", "di", "du", "la", "le", "bin", "ibn"]
)


class Bio(Record):
    name: str
    birth: str
    death: str
    start: int  # offset of the name in the note's text


# One pattern per preposition: a pattern that starts with a literal word is
# searched for much faster than an alternation (the set is all that counts).
_AFTER_PREPOSITION: Final = tuple(
    recache.compile(rf"{word}(?<=\b{word})\s+(?P<word>[A-Z][\w’'\-]+)(?![\w’'\-]|\s+[A-Z])")
    for word in ("in", "of", "to", "from", "at")
)


def place_words(document_text: str) -> frozenset[str]:
    """Capitalised words the document uses after a preposition on their own
    ("in Vietnam", "of Germany"): likely places, not the start of a name.

    >>> sorted(place_words("born in Hanoi, of Laos, to John Smith, at Yalta"))
    ['Hanoi', 'Laos', 'Yalta']
    """
    return frozenset(w for p in _AFTER_PREPOSITION for w in p.findall(document_text))


def _name_before(text: str, end: int, places: frozenset[str]) -> tuple[str, int] | None:
    """The run of name tokens that ends at ``end`` (just before "(years)")."""
    words = list(_WORD.finditer(text, 0, end))
    tokens: list[re.Match[str]] = []
    for match in reversed(words):
        word = match.group()
        if tokens and word.endswith((",", ";", ":", ")")):
            break
        if not _TOKEN_RE.fullmatch(word.rstrip(",")):
            break
        if _ACRONYM.fullmatch(word) and not _ROMAN.fullmatch(word):
            break  # an acronym (USSR, DRV), not a name
        tokens.insert(0, match)
    while tokens and (
        tokens[0].group().lower() in TITLE_WORDS or tokens[0].group() in _LOWER_PARTICLES
    ):
        tokens.pop(0)
    while len(tokens) > 1 and tokens[0].group() in places:
        tokens.pop(0)
    if len(tokens) == 1 and tokens[0].group() in places:
        before = text[: tokens[0].start()].split()
        if before and before[-1] in {"in", "of", "to", "from", "at"}:
            return None
    if not tokens:
        return None
    start = tokens[0].start()
    name = text[start:end].strip()
    if not _LOWER.search(name):
        return None
    return name, start


def find_bios(text: str, places: frozenset[str] = frozenset()) -> list[Bio]:
    bios: list[Bio] = []
    for match in _YEARS.finditer(text):
        found = _name_before(text, match.start(), places)
        if found is None:
            continue
        name, start = found
        birth, death = match.group("birth").zfill(4), match.group("death").zfill(4)
        bios.append(Bio(name, birth, death, start))
    return bios
