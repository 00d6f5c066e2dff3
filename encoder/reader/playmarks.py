"""Whether a text may be a play, decided without the play reader.

Every encode asks; most texts are transcripts, so the question is asked with
string operations on each line's first two words, and only a text that may
be a play loads :mod:`encoder.reader.drama` (whose rules are compiled on
import) to be read through the play's line rules.
"""

from __future__ import annotations

from typing import Final

from .. import recache
from .names import fold_marks
from .profile import Profile
from .vocab import ACT_WORDS, NAME_JOINING_WORDS, NAME_PARTICLES, SCENE_WORDS

_HEADS: Final = frozenset(
    (
        "ACT",
        "ACTUS",
        "AKT",
        "AUFZUG",
        "AUFTRITT",
        "ACTO",
        "ACTE",
        "ESCENA",
        "SCÈNE",
        "SCENE",
        "SZENE",
        "SCENA",
        "SCOENA",
        "SCAENA",
        "PROLOGUE",
        "EPILOGUE",
        "INDUCTION",
        "DRAMATIS",
        "PERSONS",
        "CHARACTERS",
        "ACTEURS",
        "PERSONNAGES",
        "PERSONAJES",
    )
)
_NUMBERS: Final = frozenset(w.upper() for w in ACT_WORDS | SCENE_WORDS)
_DIVISIONS: Final = frozenset(
    ("ACT", "SCENE", "AKT", "AUFZUG", "AUFTRITT", "SZENE", "ACTO", "ACTE", "ESCENA", "SCÈNE")
)
_AFTER_THE: Final = _HEADS | _NUMBERS | {"END", "ACTORS", "CAST"}
_COMINGS: Final = frozenset(("ENTER", "ENTERS", "RE-ENTER", "REENTER", "EXIT", "EXEUNT"))
_MARGIN: Final = " \t_[(#"  # ("# ACTE I.": a Markdown export's heading)
_EDGES: Final = ".:,;_[]()"


def may_be_play(lines: tuple[str, ...], profile: Profile | None) -> bool:
    """``--shape play``; or, detecting, a line that may open an act, a scene,
    a prologue or a cast list, or two that may be entrances or exits; or
    verse spoken under names alone on their lines (:func:`verse_dialogue`).

    >>> may_be_play(("MR. SMITH. The first act of the board was this.",), None)
    False
    >>> may_be_play(("Some title", "", "THE FIRST ACT"), None)
    True
    """
    name = profile.name if profile is not None else "auto"
    if name == "play":
        return True
    if name != "auto" or (profile is not None and profile.label is not None):
        return False
    comings = 0
    if italic_prefixes(lines):
        return True
    for line in lines:
        words = line.lstrip(_MARGIN).split(None, 2)
        if not words:
            continue
        # ("DRĀMATIS PERSŌNAE": long vowels marked, as a Latin reader prints them)
        first = fold_marks(words[0].strip(_EDGES)).upper()
        second = words[1].strip(_EDGES).upper() if len(words) > 1 else ""
        if first in _HEADS or (first == "THE" and second in _AFTER_THE):
            return True
        if first in _NUMBERS and second in _DIVISIONS:  # "FIRST ACT"
            return True
        if first in _COMINGS:
            comings += 1
            if comings >= 2:
                return True
    return verse_dialogue(lines)


# A speaker's prefix in italics at the margin, the stop inside them: "_Gav._", "_K. Edw._".
_ITALIC_PREFIX: Final = recache.compile(
    r"^_{1,2}([A-Z][\w'’]{0,15}(?:\.? [A-Z][\w'’]{0,15}){0,3})\._"
)


def italic_prefixes(lines: tuple[str, ...]) -> bool:
    """Speeches under prefixes in italics at the margin (``_Gav._ What canst
    thou do?``), as many editions of old plays print them: two names or more
    opening three lines or more, one of them twice.

    >>> italic_prefixes(("_Ann._ Go.", "_Bo._ No.", "_Ann._ Why?", "_Bo._ Rain."))
    True
    >>> italic_prefixes(("_Note._ See the index.", "_Note._ Again."))
    False
    """
    names: dict[str, int] = {}
    for line in lines:
        if line[:1] != "_":
            continue
        found = _ITALIC_PREFIX.match(line)
        if found is not None:
            names[found[1]] = names.get(found[1], 0) + 1
    return len(names) >= 2 and sum(names.values()) >= 3 and max(names.values()) >= 2


# A verse line: short, and opening with a capital (after an opening quote or bracket).
_VERSE_WIDTH: Final = 64
_OPENERS: Final = "'\"‘“([¿¡"
# words a character's name may hold in small letters: "Duke of Milan", "Lord of the Isles"
_NAME_JOINS: Final = NAME_JOINING_WORDS | frozenset(NAME_PARTICLES)


def verse_dialogue(lines: tuple[str, ...]) -> bool:
    """Speeches under a name alone on its line ending in a colon ("First
    Citizen:"), a tenth of them (three at least) of four or more lines of
    verse, and more of verse than of prose (a later line opening with a small
    letter): a play printed with no heading, no list of characters and no
    direction, as corpora of plays are often given. A transcript whose
    speakers are labelled on lines of their own speaks in paragraphs: lines
    longer than verse, prose wrapped, or short sentences a line each.

    >>> speech = ["NERISSA:", "I come at last across the silver bay,", "And bring the word",
    ...     "Of ships that wait beyond the harbour wall", "For one more tide."]
    >>> verse_dialogue(tuple(speech * 30))
    True
    >>> verse_dialogue(tuple(["Priya Raman:", "So the first thing, and", "this is it.", ""] * 30))
    False
    >>> said = ["Ann Roe:", "We met at noon.", "Nobody came.", "So we left.", "It rained.", ""]
    >>> verse_dialogue(tuple(said * 30))
    False
    """
    speeches = verse = prose = 0
    at, count = 0, len(lines)
    while at < count:
        if not _name_alone(lines[at]):
            at += 1
            continue
        at += 1
        start = at
        while at < count and lines[at].strip() and not _name_alone(lines[at]):
            at += 1
        run = [line.strip() for line in lines[start:at]]
        if not run:
            continue
        speeches += 1
        if any(line[:1].islower() for line in run[1:]):
            prose += 1
        elif len(run) >= 4 and all(_verse_line(line) for line in run) and _runs_on(run):
            verse += 1
    return speeches >= 10 and verse >= max(3, speeches // 10) and verse > prose


def _name_alone(line: str) -> bool:
    """``First Citizen:``, ``KING RICHARD III:``: at most five words, a capital
    opening each but the joining ones, no digit."""
    text = line.strip()
    if not text.endswith(":") or len(text) > 40:
        return False
    words = text[:-1].split()
    return (
        0 < len(words) <= 5
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in _NAME_JOINS for w in words)
        and not any(c.isdigit() for c in text)
    )


def _runs_on(run: list[str]) -> bool:
    """Verse runs its sentences over its lines: at most half of them end one.
    A transcript that puts each short sentence on a line of its own ("We met
    at noon." / "Nobody came.") ends one on nearly every line."""
    ends = sum(1 for line in run if line.rstrip(_CLOSERS)[-1:] in ".!?")
    return ends * 2 <= len(run)


_CLOSERS: Final = "'\"’”)]"


def _verse_line(line: str) -> bool:
    first = line.lstrip(_OPENERS)[:1]
    return len(line) <= _VERSE_WIDTH and first.isupper()
