"""Whether a text may be a play, decided without the play reader.

Every encode asks; most texts are transcripts, so the question is asked with
string operations on each line's first two words, and only a text that may
be a play loads :mod:`encoder.reader.drama` (whose rules are compiled on
import) to be read through the play's line rules.
"""

from __future__ import annotations

from typing import Final

from .profile import Profile
from .vocab import ACT_WORDS, SCENE_WORDS

_HEADS: Final = frozenset(
    (
        "ACT",
        "ACTUS",
        "AKT",
        "AUFZUG",
        "AUFTRITT",
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
    )
)
_NUMBERS: Final = frozenset(w.upper() for w in ACT_WORDS | SCENE_WORDS)
_DIVISIONS: Final = frozenset(("ACT", "SCENE", "AKT", "AUFZUG", "AUFTRITT", "SZENE"))
_AFTER_THE: Final = _HEADS | _NUMBERS | {"END", "ACTORS", "CAST"}
_COMINGS: Final = frozenset(("ENTER", "ENTERS", "RE-ENTER", "REENTER", "EXIT", "EXEUNT"))
_MARGIN: Final = " \t_[("
_EDGES: Final = ".:,;_[]()"


def may_be_play(lines: tuple[str, ...], profile: Profile | None) -> bool:
    """``--shape play``; or, detecting, a line that may open an act, a scene,
    a prologue or a cast list, or two that may be entrances or exits.

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
    for line in lines:
        words = line.lstrip(_MARGIN).split(None, 2)
        if not words:
            continue
        first = words[0].strip(_EDGES).upper()
        second = words[1].strip(_EDGES).upper() if len(words) > 1 else ""
        if first in _HEADS or (first == "THE" and second in _AFTER_THE):
            return True
        if first in _NUMBERS and second in _DIVISIONS:  # "FIRST ACT"
            return True
        if first in _COMINGS:
            comings += 1
            if comings >= 2:
                return True
    return False
