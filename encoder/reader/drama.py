"""Plain-text plays → :class:`~encoder.drama_model.Play`.

One pass over the lines gives each a kind from :data:`LINE_RULES` (an
ordered table: the first rule that matches wins); :func:`survey_prefixes`
decides which speaker prefixes the play establishes; :class:`_Parser` is an
explicit state machine (``front`` → ``cast`` → ``body``) whose transitions
are the methods named in :data:`TRANSITIONS`. Verse or prose is decided per
speech after the whole play is read (it needs the width the text was
wrapped at).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Final

from .. import recache
from ..drama_model import (
    CastEntry,
    CastList,
    Division,
    DivisionKind,
    Footnote,
    FrontLine,
    Node,
    PageBreak,
    Play,
    SourceInfo,
    Speech,
    SpokenText,
    StageDirection,
    StageKind,
    Trailer,
)
from ..model import Boilerplate
from .inlines import PAGE_IN_TEXT
from .names import NAMES_SPLIT, fold_marks, led_names, shortens
from .patterns import FRONT_MATTER_RULES, UP, YAML_FIELD, YAML_LINES, yaml_front_end
from .playmarks import italic_prefixes, verse_dialogue
from .profile import Profile
from .vocab import (
    ACT_WORDS,
    ADDRESS_OPENERS,
    BACK_MATTER_HEADS,
    CAST_SECTION_HEADS,
    CURTAIN_LINES,
    DIVISION_WORDS,
    ENTRANCE_WORDS,
    EXIT_WORDS,
    GROUP_NOUNS,
    NOT_PREFIXES,
    ORDINAL_WORDS,
    PARTICIPLE_PRONOUNS,
    RUN_ON_WORDS,
    SCENE_WORDS,
    STAGE_OPENERS,
    STAGE_VERBS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
)

# ------------------------------------------------------------ digital library furniture

_LIBRARY_START: Final = recache.compile(r"^\*{3}\s?START OF (?:THE|THIS) PROJECT GUTENBERG", re.I)
_LIBRARY_END: Final = recache.compile(r"^\*{3}\s?END OF (?:THE|THIS) PROJECT GUTENBERG", re.I)
_LIBRARY_END_NOTE: Final = recache.compile(r"^End of (?:the )?Project Gutenberg", re.I)
_LIBRARY_CREDIT: Final = recache.compile(r"^(?:Produced|Transcribed|E-text prepared) by\b", re.I)
_LIBRARY_FIELD: Final = recache.compile(
    r"^(?P<key>Title|Author|Translator|Release Date):\s+(?P<v>\S.*)$"
)
_EBOOK_NUMBER: Final = recache.compile(r"\[e-?book #(?P<n>\d{1,7})\]", re.I)

# ------------------------------------------------------------------- line rules

_NUMBER: Final = r"[IVXLC]{1,7}|\d{1,2}|[^\W\d_]{3,9}"
# (German: "AKT I", "ERSTER AKT", "Zweiter Aufzug"; a scene "ERSTER AUFTRITT", "Zweite Szene";
# Spanish and French: "ACTO PRIMERO.", "ACTE I.", "ESCENA I.", "SCÈNE PREMIÈRE.")
_ACT: Final = recache.compile(
    # ("ACT THE FIRST.", "Act the Second": an eighteenth-century edition's words)
    r"^(?:ACT|Act|ACTUS|Actus|AKT|Akt|AUFZUG|Aufzug|ACTO|Acto|ACTE|Acte)\s{1,3}"
    r"(?:(?:THE|The|the)\s)?(?P<n>" + _NUMBER + r")\b[.:]?"
)
_ACT_AFTER: Final = recache.compile(
    r"^(?:THE\s|The\s)?(?P<n>[^\W\d_]{3,8})\s(?:ACT|Act|AKT|Akt|AUFZUG|Aufzug)\b[.:]?"
)
_SCENE_WORDS: Final = (
    r"SCENE|Scene|SCENA|Scena|SCOENA|Scoena|Scaena|Scæna|Scœna|SZENE|Szene"
    r"|ESCENA|Escena|SCÈNE|Scène"
)
_SCENE: Final = recache.compile(
    r"^(?:"
    + _SCENE_WORDS
    + r"|AUFTRITT|Auftritt)\s{1,3}(?:(?:THE|The|the)\s)?(?P<n>"
    + _NUMBER
    + r")\b[.:]?"
)
_SCENE_AFTER: Final = recache.compile(
    r"^(?P<n>[^\W\d_]{3,8})\s(?:" + _SCENE_WORDS + r"|AUFTRITT|Auftritt)\b[.:]?$"
)
_FRAME: Final = recache.compile(
    r"^(?:THE\s|The\s)?(?P<kind>PROLOGUE|Prologue|EPILOGUE|Epilogue|INDUCTION|Induction"
    # German: "Prolog im Himmel.", "Vorspiel auf dem Theater", "EPILOG", "Nachspiel"
    r"|PROLOG|Prolog|EPILOG|Epilog|VORSPIEL|Vorspiel|NACHSPIEL|Nachspiel)"
    # who wrote or spoke it: "PROLOGUE WRITTEN BY MR. GARRICK", "Epilogue, spoken by Mrs. Abington"
    r"(?:,?\s(?:WRITTEN|SPOKEN|[Ww]ritten|[Ss]poken)\s(?:BY|[Bb]y)\s[^\n]{1,60}"
    # where a German one is played: "im Himmel", "auf dem Theater"
    r"|\s(?:im|in|auf|vor|zu)\s[^\W\d_][\w ]{1,30})?\.?$"
)
# The frame a German heading names, as the English word for it.
_FRAME_KINDS: Final = {
    "prolog": "prologue",
    "vorspiel": "prologue",
    "epilog": "epilogue",
    "nachspiel": "epilogue",
}
# A paragraph set all in italics.
_ITALIC: Final = recache.compile(r"^_[^_]+_\.?$")
# The heading of a list of the play's acts and their places: "THE SCENES OF THE PLAY".
_SCENES_HEAD: Final = recache.compile(
    r"^(?:THE\s)?(?:SCENES|SYNOPSIS)(?:\sOF\s(?:THE\s)?(?:PLAY|SCENES|ACTS))?[.:]?$", re.I
)
_CAST_HEAD: Final = recache.compile(
    r"^(?:THE\s)?(?:DRAMATIS\sPERSONAE|PERSONS\s(?:OF|IN)\sTHE\s(?:PLAY|DRAMA|COMEDY|TRAGEDY)"
    # ("Persons Represented in the Play.": Beaumont and Fletcher's folio heading)
    r"|PERSONS(?:\sREPRESENTED(?:\sIN\sTHE\s(?:PLAY|COMEDY|TRAGEDY))?)?"
    r"|CHARACTERS(?:\sIN\sTHE\sPLAY)?|CAST(?:\sOF\sCHARACTERS)?"
    r"|THE\sACTORS?\sNAMES|(?:DIE\s)?PERSONEN(?:\sDER\sHANDLUNG)?"
    # French and Spanish: "ACTEURS.", "ACTEURS DE LA COMÉDIE.", "PERSONNAGES", "PERSONAJES"
    r"|ACTEURS(?:\s(?:DE\sLA\s(?:COMÉDIE|TRAGÉDIE|PIÈCE)|DU\sPROLOGUE))?|PERSONNAGES|PERSONAJES)[.:]?"
    r"(?:<\d{1,3}>|\[\d{1,3}\])?$",  # an editor's note against it: "DRAMATIS PERSONAE<2>"
    re.I,
)
_SETTING: Final = recache.compile(
    r"^(?:SCENE|Scene|TIME|Time|PLACE|Place)\s?(?:[.:,]|[.:]?\s?[-—])"
    r"|^(?:The|THE)\s(?:scene|SCENE|action|ACTION)\s(?:is|IS|takes|TAKES|represents|REPRESENTS)\b"
)
# (a name's word in any alphabet's letters: "Tomás", "ÉLISE", "Müller")
_WORD: Final = recache.compile(UP + r"(?:[^\W\d_]|['’\-]){0,30}")
_CONNECTOR: Final = frozenset({"of", "the", "de", "la", "le", "von", "van", "du", "and"})
# small words a prefix may hold: "_Bjoern's voice_ (_very near_)."
_NAME_WORDS: Final = _CONNECTOR | {"voice", "voices"}
_SMALL_WORD: Final = recache.compile(r"[a-z]{2,6}(?![a-z])")
# The number before a prefix of one of several ("1. Cit.", "2 NEI.", "1, 2, 4 NEI.",
# neighbours speaking together); without its stop only before a word in capitals.
_ORDINAL_PREFIX: Final = recache.compile(
    r"^(?P<o>\d{1,2}(?:, \d{1,2}){0,5})(?:(?P<stop>\.)\s?|\s(?=[A-Z]))"
)
_TRAILING_EXIT: Final = recache.compile(
    r"(?<=[.!?,;:])\s{1,8}(?P<d>(?:Exit|Exeunt)\b[^.!?]{0,40}\.?)$"
)


def _is_number(word: str, names: frozenset[str]) -> bool:
    """An act or scene number: roman, arabic, or an ordinal word.

    >>> _is_number("III", frozenset()), _is_number("Prima", frozenset({"prima"}))
    (True, True)
    """
    return word.isdigit() or set(word) <= set("IVXLC") or word.casefold() in names


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # blank, act, scene, act-scene, frame, cast-head, setting, stage, prefix, text
    line: int
    text: str  # stripped
    indent: int
    prefix: str = ""  # the prefix as written, with its terminator
    name: str = ""
    delivery: str = ""
    rest: str = ""
    head_kind: str = ""


_END: Final = recache.compile(
    r"^(?:THE\sEND|FINIS|END\sOF\s(?:THE\s)?(?:[A-Z]{3,9}\s)?(?P<what>ACT|PLAY|SCENE)"
    r"(?:\s[IVXLC0-9]{1,5})?)\.?$",
    re.I,
)


def _end(text: str, line: int, indent: int) -> Token | None:
    """ "END OF THE FIRST ACT." closes the act; "THE END." the play."""
    found = _END.match(text.strip("_ "))
    if found is None and text.strip("_ .") in BACK_MATTER_HEADS:
        # "GLOSSARY" after the last scene: the editor's back matter begins, the play ends
        return Token("end", line, text, indent, head_kind="play")
    if found is None:
        return None
    what = (found["what"] or "play").lower()
    return Token("end", line, text, indent, head_kind="play" if what == "play" else "act")


def _unmarked(text: str) -> str:
    """A heading without Markdown's marks: "## SCÈNE II." is "SCÈNE II."."""
    return text.lstrip("#").lstrip() if text[:2] in ("# ", "##") else text


def _heading(text: str, line: int, indent: int) -> Token | None:
    # "_The Persons of the Play_", "# ACTE I." (a Markdown export)
    text_as_written, text = text, _unmarked(text).strip("_ ")
    if text[:1] == "[" and text[-1:] == "]":
        text = text[1:-1].strip()  # "[ACT I. SCENE 1.]", "[Prologue]": supplied by the editor
    if text[:4] in _OLD_LATIN_ACT:
        text = text.replace("V", "U").replace("v", "u")  # "ACTVS PRIMVS.": u printed as v
    token = _plain_heading(text, line, indent)
    if token is None:
        return None
    return Token(
        token.kind, line, text_as_written, indent, rest=token.rest, head_kind=token.head_kind
    )


# The Latin act word as early printers spelt it, u as v: "ACTVS PRIMVS.", "Actvs Secvndvs."
_OLD_LATIN_ACT: Final = frozenset(("ACTV", "Actv"))


def _plain_heading(text: str, line: int, indent: int) -> Token | None:
    act = _ACT.match(text) or _ACT_AFTER.match(text)
    if act is not None and _is_number(act["n"], ACT_WORDS):
        rest = text[act.end() :].strip(" .:,")  # "Act 1, Scene 2": a web edition's comma
        scene = _SCENE.match(rest)
        if scene is not None and _is_number(scene["n"], SCENE_WORDS):
            return Token("act-scene", line, text, indent, rest=rest)
        return Token("act", line, text, indent)
    scene = _SCENE.match(text) or _SCENE_AFTER.match(text)
    if scene is not None and _is_number(scene["n"], SCENE_WORDS):
        return Token("scene", line, text, indent)
    frame = _FRAME.match(text)
    if frame is not None:
        kind = frame["kind"].lower()
        return Token("frame", line, text, indent, head_kind=_FRAME_KINDS.get(kind, kind))
    return None


def _cast_head(text: str, line: int, indent: int) -> Token | None:
    # ("DRAMATIS PERSONÆ.", "DRĀMATIS PERSŌNAE": a ligature, a Latin reader's long vowels)
    head = _CAST_HEAD.match(fold_marks(_unmarked(text).strip("_ ")))
    return Token("cast-head", line, text, indent) if head else None


# the longest line a curtain's cue alone takes ("_Quick curtain._")
_CURTAIN_WIDTH: Final = 20


def _direction(text: str, line: int, indent: int) -> Token | None:
    if _SETTING.match(text):
        return Token("setting", line, text, indent)
    if text[0] in "[(" or (
        text.startswith("_") and text.endswith(("_", "_.")) and _prefix(text, line, indent) is None
    ):
        return Token("stage", line, text, indent)
    if text[:4] == "_To " and _TO_THEM.match(text):
        return Token("stage", line, text, indent)  # "_To them_ ABAS.": who comes on, in italics
    if text[:2] == "* " and text[2:].lstrip()[:1] == "[":
        return Token("stage", line, text, indent)  # "* [He goes into the Office; …": a list's mark
    if len(text) <= _CURTAIN_WIDTH and text.strip("_ .").casefold() in CURTAIN_LINES:
        return Token("stage", line, text, indent)  # "ACT DROP" under an act's last speech
    lead = text.lstrip("_")  # "_Enter Halla with a wooden mug …"
    if lead[:1] == "*" and lead[1:2] != "*":
        lead = lead[1:]  # "*Exeunt.*": a Markdown copy's italics (not its bold prefix)
    first = _WORD.match(lead)
    if first is not None and first[0].rstrip(".").capitalize() in STAGE_OPENERS:
        return Token("stage", line, text, indent)  # "Enter", "ENTER", "Exeunt."
    words = text.rstrip(".").split()
    if (
        text.endswith(".")
        and 1 < len(words) <= 4
        and words[-1].casefold() in STAGE_VERBS
        and words[0][1:] != "."  # "D. Die.": an initial and a name, a prefix
    ):
        return Token("stage", line, text, indent)  # "Witches vanish."
    if text.endswith((" in.", " out.", " off.")) and _COMING.match(text):
        return Token("stage", line, text, indent)  # "MASHA and MEDVIEDENKO go out."
    return None


# An entrance as old editions print it, "To them" in italics: "_To them_ SOLYMAN AGA.",
# "_To them the Emperor, with a letter in his hand: …" (a verse line "To them I gave" is
# no direction: no italics)
_TO_THEM: Final = recache.compile(r"^_To (?:them|him|her)(?:_ [A-Z]|,? [a-zA-Z])")


# Characters named in capitals coming or going: "ANNA goes out.", "SORIN, leaning on a
# cane, and TREPLIEFF come in."
_COMING: Final = recache.compile(
    r"^[A-Z][A-Z'’\-]{1,30}\b[^.!?\n]{0,100}?\s(?:go|goes|come|comes)\s(?:in|out|off)\.$"
)


# The titles shortened with a stop before a name in a prefix: English ones, a clergyman's
# ("REV. S." for the Reverend Samuel, as Shaw prints him), and the French a translated
# play keeps ("MME. VOITSKAYA.", "Mlle. Roux."); the stop is no prefix's end
_PREFIX_TITLES: Final = TITLE_ABBREVIATIONS | frozenset("Mme MME Mlle MLLE Ms MS Rev REV".split())


def split_prefix(text: str) -> tuple[str, str, str, str] | None:
    """(label as written, name, delivery note, rest) of a line that opens with
    a speaker prefix, or None; the label keeps its terminator unless a
    delivery note stands before it, which then keeps it.

    >>> split_prefix("Macb. So foule and faire a day")
    ('Macb.', 'Macb', '', 'So foule and faire a day')
    >>> split_prefix("1. Cit. Soft, who comes here?")
    ('1. Cit.', '1. Cit', '', 'Soft, who comes here?')
    >>> split_prefix("MRS PETERS: (_after a step_) I'm not--cold.")
    ('MRS PETERS:', 'MRS PETERS', '', "(_after a step_) I'm not--cold.")
    >>> split_prefix("Helmer [calls out]. Is that my lark?")
    ('Helmer', 'Helmer', '[calls out].', 'Is that my lark?')
    >>> split_prefix("  3. That will be ere the set of Sunne".strip())
    ('3.', '3', '', 'That will be ere the set of Sunne')
    >>> split_prefix("So foule and faire") is None
    True
    >>> split_prefix("2 NEI. And nightly, too.")
    ('2 NEI.', '2 NEI', '', 'And nightly, too.')
    >>> split_prefix("1, 2, 4 NEI. We saw him.")
    ('1, 2, 4 NEI.', '1, 2, 4 NEI', '', 'We saw him.')
    >>> split_prefix("10 That will be ere the set of Sunne") is None
    True
    >>> split_prefix("_The Boy (throws his dart)._")
    ('_The Boy', 'The Boy', '(throws his dart)._', '')
    >>> split_prefix("_Filch._ Sir, _Black Moll_ hath sent word")
    ('_Filch._', 'Filch', '', 'Sir, _Black Moll_ hath sent word')
    >>> split_prefix("OSWALD.--then it flashed upon me")
    ('OSWALD.', 'OSWALD', '', '--then it flashed upon me')
    >>> split_prefix("RAINA (turning away.) Oh, it is useless")
    ('RAINA', 'RAINA', '(turning away.)', 'Oh, it is useless')
    """
    italic = text.startswith("_")  # "_Gudfinna._": the prefix in italics
    pos = 2 if text.startswith("__") else int(italic)  # "__Y. Mor._": a doubled mark
    ordinal = None if italic else _ORDINAL_PREFIX.match(text)
    if ordinal is not None:
        pos = ordinal.end()
    words = 0
    initial: tuple[str, str, str, str] | None = None
    title = ""  # a title in capitals before the name ("REV. S.", "MRS. PEARCE.")
    while words < 9:
        word = _WORD.match(text, pos)
        if word is None:
            low = _SMALL_WORD.match(text, pos)
            if words == 0 or low is None or low[0] not in _NAME_WORDS:
                break
            found = _terminated(text, pos, low.end(), italic)
            if found is not None and low[0] not in _CONNECTOR:
                return found
            pos = low.end() + 1
            continue
        words += 1
        end = word.end()
        if text[end : end + 2] == ". " and word[0] in _PREFIX_TITLES:
            pos = end + 2  # "Mrs. Hale:", "MME. VOITSKAYA." (a translated play's Madame)
            title = word[0] if word[0].isupper() else ""
            continue
        if len(word[0]) == 1 and text[end : end + 2] == ". " and _WORD.match(text, end + 2):
            # "D. Ros.": an initial before the name; the initial alone is the prefix
            # where no name follows it ("A. Yes, sir.")
            initial = initial or _terminated(text, pos, end, italic)
            if title and words == 2 and not text[end + 2 : end + 4].isupper():
                return initial  # "REV. S. Er--Frank.": the title in capitals and an initial
            pos = end + 2
            continue
        found = _terminated(text, pos, end, italic)
        if found is not None:
            return found
        if italic and text[end : end + 2] == ". " and len(word[0]) <= _ABBREVIATED:
            pos = end + 2  # "_K. Edw._", "_First P. Man._": the italics close the prefix
            continue
        if text[end : end + 2] == ", " and word[0].isupper() and text[end + 2 : end + 3].isupper():
            pos = end + 2  # "JIMMIE, MRS. UPJOHN, AND ROPER."
            continue
        if text[end : end + 1] != " ":
            break
        pos = end + 1
    if initial is not None:
        return initial
    if ordinal is not None and ordinal["stop"] and "," not in ordinal["o"]:
        # "1. When shall we three meet againe?" (a number alone with its stop; a
        # line's number before its verse, "10 That will be", is none)
        rest = text[ordinal.end() :]
        return ordinal[0].strip(), ordinal["o"], "", rest
    return None


def _terminated(
    text: str, start: int, end: int, italic: bool = False
) -> tuple[str, str, str, str] | None:
    """The prefix whose name ends at ``end``, if a terminator follows (after a
    delivery note in brackets, and the italics' closing ``_``)."""
    name = text[:end].strip(" _")
    pos = end
    closed = italic and text[pos : pos + 1] == "_"  # "_Halla_ (_to Kari_). …"
    if closed:
        pos += 1
    label_end = pos
    dashed = _DASH_LED.get(text[pos : pos + 5], 0) if not italic else 0
    pos += dashed  # "PEGEEN -- [slowly.] -- Six yards": dashes around the note
    if text[pos : pos + 2] in (" [", " ("):
        close = text.find("]" if text[pos + 1] == "[" else ")", pos)
        if close == -1:  # "_Halla (stands motionless …": the note goes on below
            return text[:label_end], name, "", text[label_end:].strip()
        pos = close + 1
        if dashed:
            return _dashed_delivery(text, name, label_end, pos)
    elif dashed:
        return None
    if (
        text[pos : pos + 2] == ", "
        and not italic
        and name.isupper()
        and _DIRECTED.match(text[pos + 2 :])
    ):
        # "PHILINTE, avec humeur." alone: the name in capitals, what they do after it
        return text[: pos + 1], name, text[pos + 2 :].strip(), ""
    if text[pos : pos + 2] == ", " and not italic and capital_direction(text[pos + 2 :]):
        # "PHILISTE, À ALCIPPE." alone: the direction in capitals too
        return text[: pos + 1], name, text[pos + 2 :].strip(), ""
    # "Brandt ." alone on its line: a space before the stop, as some web editions set it
    spaced = text[pos : pos + 2] == " ." and pos + 2 == len(text.rstrip())
    pos += spaced
    if text[pos : pos + 1] not in (".", ":"):
        if pos != label_end and _bare_delivery(text, name, pos, italic):
            # "THE MOTHER [to Clara] Give it to me.": no stop at all, as Shaw set them
            return text[:label_end], name, text[label_end:pos].strip(), text[pos:].strip()
        if pos == label_end or text[pos - 2 : pos] not in (".)", ".]"):
            return None
        pos -= 1  # "RAINA (turning away.) Oh,": the stop inside the note
    pos += 1
    doubled = text[pos - 1 : pos + 1] == ".:" and not italic
    pos += doubled  # "Jensen.:   I've heard": a stop and a colon, as a converted copy has them
    if italic and not closed:
        if text[pos : pos + 1] != "_":
            return None
        pos += 1  # "_Filch._": the italics close after the terminator
    if _NOTE_AFTER.match(text, pos) is not None:  # "POSEIDON.[1]": the label keeps its note
        return text.rstrip(), name, "", ""
    if pos < len(text) and text[pos] != " " and not text.startswith(_TAKEN_UP, pos):
        return None  # "ENGSTRAND.--and temptations": a broken sentence taken up
    rest = text[pos:].strip()
    if pos - label_end - spaced - doubled > 1 + (italic and not closed):  # a note before it
        return text[:label_end], name, text[label_end:pos].strip(), rest
    return text[:pos], name, "", rest


_TAKEN_UP: Final = ("--", "\u2014")
# A dash between a name in capitals and its note, as Gutenberg's Synge sets an em dash
# ("PEGEEN -- [slowly as she writes.] -- Six yards …"): how far the note's " [" lies
_DASH_LED: Final = {" -- [": 3, " -- (": 3, " \u2014 [": 2, " \u2014 (": 2}
_DASH_AFTER: Final = (" --", " \u2014")
_DASH_OPENS: Final = ("--", "\u2014 ")


def _dashed_delivery(
    text: str, name: str, label_end: int, pos: int
) -> tuple[str, str, str, str] | None:
    """(label, name, delivery, rest) of a name in capitals whose delivery note stands
    between dashes, the dashes kept with the note; the speech follows the second dash,
    or a space where the printer left it out ("SHAWN -- [timidly.] Would I …").

    >>> _dashed_delivery("MEN -- [together.] -- God bless you.", "MEN", 3, 18)
    ('MEN', 'MEN', '-- [together.] --', 'God bless you.')
    >>> _dashed_delivery("Ah -- [so] -- well", "Ah", 2, 10) is None
    True
    """
    if not name.isupper() or sum(ch.isalpha() for ch in name) < 2:
        return None  # "O -- (she cried) -- no": a word of verse, not a name
    for dash in _DASH_AFTER:
        if text.startswith(dash, pos):
            pos += len(dash)
            break
    if pos < len(text) and text[pos] != " ":
        return None
    return text[:label_end], name, text[label_end:pos].strip(), text[pos:].strip()


def _bare_delivery(text: str, name: str, end: int, italic: bool) -> bool:
    """Whether a name in capitals and its closed delivery note, with no stop after
    either, open a speech: the speech after them opens a sentence (or the line ends).
    Words in capitals before a note inside a speech run on in small letters
    ("GOOD WINE [he squints] and nothing more"), and a lone capital ("O (cried she)
    Let …", "I [aside] …") is a word of verse, not a name.

    >>> _bare_delivery("THE MOTHER [to Clara] Give it.", "THE MOTHER", 21, False)
    True
    >>> _bare_delivery("GOOD WINE [he squints] and more", "GOOD WINE", 22, False)
    False
    >>> _bare_delivery("O (cried she) Let us go", "O", 13, False)
    False
    """
    if italic or not name.isupper() or sum(ch.isalpha() for ch in name) < 2:
        return False
    rest = text[end:]
    if not rest.strip():
        return True
    return rest[0] == " " and not rest.lstrip()[0].islower()


# an editor's note number right after the prefix's stop, the speech below: "POSEIDON.[1]"
_NOTE_AFTER: Final = recache.compile(r"\[\d{1,3}\]\s*$")
# a direction after a prefix and its comma, alone on the line: "avec humeur.", "riant.",
# "aside." (a few words in small letters, a stop)
_DIRECTED: Final = recache.compile(r"^[a-zà-ÿ][\w'’-]*(?: [\w'’-]+){0,5}\.\s*$")
# the same in capitals, as editions of French plays set it: "À ALCIPPE.", "À CLARICE, TOUT
# BAS.", "LE TIRANT PAR LA BASQUE.", "À CLITON.." (a stop doubled by mistake)
_CAPITAL_DIRECTED: Final = recache.compile(r"^[^\W\d_][\w'’-]*(?:,? [\w'’-]+){0,9}\.{1,2}\s*$")
# the words that may follow a participle opening a direction ("REVENANT À EUX",
# "FAISANT UN FAUX PAS"): a name's second word is none of them
_AFTER_PARTICIPLE: Final = frozenset("à au aux par un une le la les de du des en sur vers".split())


def capital_direction(text: str) -> bool:
    """Whether ``text``, after a name in capitals and its comma, alone on the
    line, is a direction in capitals: it opens with a word of address ("À",
    "TOUT BAS") or with a present participle, after its pronoun or before a
    preposition ("LES SALUANT", "REVENANT À EUX"); a second name never does.

    >>> capital_direction("À ALCIPPE."), capital_direction("LE TIRANT PAR LA BASQUE.")
    (True, True)
    >>> capital_direction("MRS. UPJOHN, AND ROPER."), capital_direction("BRYANT HALE.")
    (False, False)
    """
    if not text.isupper() or _CAPITAL_DIRECTED.match(text) is None:
        return False
    words = text.rstrip(". ").replace(",", "").casefold().split()
    if words[0] in ADDRESS_OPENERS:
        return True
    pronoun = words[0] in PARTICIPLE_PRONOUNS or words[0][:2] in ("s'", "l'")
    at = 1 if pronoun else 0
    if at >= len(words) or len(words[at]) < 5 or not words[at].endswith("ant"):
        return False
    return pronoun or (len(words) > 1 and words[1] in _AFTER_PARTICIPLE)


# the longest word an italic prefix abbreviates with a stop inside it ("_Sec. P. Man._")
_ABBREVIATED: Final = 4


_ITALIC_ALONE: Final = recache.compile(
    r"^_(?P<name>[A-Z][\w'’\-]{1,30}(?: [A-Za-z][\w'’\-]{0,30}){0,3})_$"
)
# (capitals of any script: "VALÈRE", "GROS-RENÉ"; an article first: "A VOICE OUTSIDE")
_NAME_ALONE: Final = recache.compile(
    rf"^(?:AN? )?{UP}(?:{UP}|['’\-]){{1,30}}(?: {UP}(?:{UP}|['’\-]){{0,30}}){{0,3}}$"
)


# the widest a prefix in Markdown bold may be: "**THE FIRST GRAVEDIGGER.**"
_BOLD_WIDTH: Final = 60
# a direction in Markdown italics right after a prefix: "*(checking a clipboard)*"
_MARKED_DELIVERY: Final = recache.compile(r"^([*_])[(\[][^()\[\]\n]{1,200}[)\]]\1(?=\s|$)")


def split_bold_prefix(text: str) -> tuple[str, str, str, str] | None:
    """(label, name, delivery, rest) of a speech under a prefix in Markdown bold,
    as a Markdown copy of a play sets it: the bold holds the name and its stop
    (or the stop follows it), a direction in italics may follow.

    >>> split_bold_prefix("**NURSE DALE.** *(checking a clipboard)* Bed four is awake.")
    ('**NURSE DALE.**', 'NURSE DALE', '*(checking a clipboard)*', 'Bed four is awake.')
    >>> split_bold_prefix("**Ann**: No.")
    ('**Ann**:', 'Ann', '', 'No.')
    >>> split_bold_prefix("**Note.** See below."), split_bold_prefix("**bold** words")
    (('**Note.**', 'Note', '', 'See below.'), None)
    """
    close = text.find("**", 2)
    if close < 3 or close > _BOLD_WIDTH:
        return None
    inner, after = text[2:close], close + 2
    if inner[-1:] not in ".:" and text[after : after + 1] in (".", ":"):
        inner, after = inner + text[after], after + 1  # "**Ann**: No."
    found = split_prefix(inner)
    if found is None or found[3] or (found[2] and not found[2].endswith((".", ":"))):
        return None  # the bold holds a label and nothing said
    _label, name, delivery, _rest = found
    rest = text[after:].strip()
    marked = None if delivery else _MARKED_DELIVERY.match(rest)
    if marked is not None:
        delivery, rest = marked[0], rest[marked.end() :].strip()
    return text[:after], name, delivery, rest


def _prefix(text: str, line: int, indent: int) -> Token | None:
    # ("**NURSE DALE.** …": a Markdown copy's prefix in bold)
    found = split_bold_prefix(text) if text[:2] == "**" else split_prefix(text)
    if found is None and text[:2] == "* ":  # "* Jensen.:   Is he …": a list's mark before it
        bare = text[1:].lstrip()
        found = split_prefix(bare) if bare[:1].isupper() else None
        if found is not None:
            label, name, delivery, rest = found
            found = (text[: len(text) - len(bare)] + label, name, delivery, rest)
    if found is None and _NAME_ALONE.match(text):  # "ALONSO" on its line, no stop after it
        found = (text, text, "", "")
    if found is None and "_" in text and text[0].isupper():
        found = _directed_name(text)
    italic = _ITALIC_ALONE.match(text) if found is None else None
    if italic is not None:  # "_Ogre_" on its line: a name in italics, no stop
        found = (text, italic["name"], "", "")
    if found is None:
        return None
    prefix, name, delivery, rest = found
    key = name.casefold()
    if key in NOT_PREFIXES or len(name) > 80 or name.split()[0].capitalize() in STAGE_OPENERS:
        return None  # "_Enter Halla._" is a direction
    return Token("prefix", line, text, indent, prefix, name, delivery, rest)


# A name in capitals and its delivery in italics in brackets, no stop, alone on its line
# or with the speech after it, as Methuen set Wilde's plays: "GUIDO [_reading still_]",
# "LADY HUNSTANTON [_in a low voice_]  I had …" (the italics keep a line of a speech,
# "GOOD WINE [he squints]", out)
_DIRECTED_NAME: Final = recache.compile(
    rf"^(?P<name>{UP}(?:{UP}|['’\-]){{1,30}}\.?(?: {UP}(?:{UP}|['’\-]){{0,30}}\.?){{0,3}})"
    r" {1,2}(?P<note>\[_[^\[\]]{1,200}\]|\(_[^()]{1,200}\))(?:$| {1,3}(?P<rest>\S.*))"
)


def _directed_name(text: str) -> tuple[str, str, str, str] | None:
    """(label, name, delivery, rest) of "GUIDO [_reading still_]" or
    "LADY HUNSTANTON [_in a low voice_]  I had …", or None.

    >>> _directed_name("GUIDO [_reading still_]")
    ('GUIDO', 'GUIDO', '[_reading still_]', '')
    >>> _directed_name("GOOD WINE [he squints] and more") is None
    True
    """
    found = _DIRECTED_NAME.match(text)
    if found is None:
        return None
    return found["name"], found["name"], found["note"], found["rest"] or ""


def _library_title(text: str, line: int, indent: int) -> Token | None:
    """ "[The Tragedie of Macbeth by William Shakespeare 1603]": a title line, not a direction."""
    return Token("text", line, text, indent) if _BRACKET_TITLE.match(text) else None


# the widest an editor's supplied prefix in brackets may be: "[III WATCH.]"
_SUPPLIED_WIDTH: Final = 30


def _supplied_prefix(text: str, line: int, indent: int) -> Token | None:
    """A prefix in capitals the editor supplied in brackets, the speech after it on
    its line, as Manly's Kyd sets it: "[KING.]  Welcome, Don Balthazar!".

    >>> _supplied_prefix("[KING.]  Welcome, nephew!", 3, 2).name
    'KING'
    >>> _supplied_prefix("[Exit.] Now he goes.", 3, 2) is None
    True
    """
    if text[:1] != "[":
        return None
    close = text.find("]", 2, _SUPPLIED_WIDTH)
    if close == -1 or text[close - 1] != "." or text[close + 1 : close + 2] != " ":
        return None
    rest = text[close + 1 :].strip()
    found = split_prefix(text[1:close])
    if found is None or found[2] or found[3] or not rest or not _capitals(found[1]):
        return None
    name = found[1]
    if name.casefold() in NOT_PREFIXES or name.split()[0].capitalize() in STAGE_OPENERS:
        return None
    return Token("prefix", line, text, indent, text[: close + 1], name, "", rest)


LINE_RULES: Final[tuple[tuple[str, Callable[[str, int, int], Token | None]], ...]] = (
    ("library-title", _library_title),
    ("end", _end),
    ("heading", _heading),
    ("cast-head", _cast_head),
    ("supplied-prefix", _supplied_prefix),
    ("direction", _direction),
    ("prefix", _prefix),
)


def lex_lines(lines: tuple[str, ...], start: int, stop: int) -> list[Token]:
    """One token per line of ``lines[start:stop]`` (line numbers from 1)."""
    tokens: list[Token] = []
    for index in range(start, stop):
        raw = lines[index].rstrip()
        text = raw.lstrip()
        indent = len(raw) - len(text)
        if not text:
            tokens.append(Token("blank", index + 1, "", 0))
            continue
        for _name, rule in LINE_RULES:
            token = rule(text, index + 1, indent)
            if token is not None:
                break
        else:
            token = Token("text", index + 1, text, indent)
        tokens.append(token)
    return tokens


# ------------------------------------------------------------------------ survey


@dataclass(frozen=True, slots=True)
class Prefixes:
    """``accepted``: the prefix names of the play; ``recurring``: those used twice."""

    accepted: frozenset[str]
    recurring: frozenset[str]
    capitals: bool = False  # the play writes its prefixes in capitals
    short: frozenset[str] = frozenset()  # there, the abbreviations in small letters ("Hor.")
    indented: bool = False  # the play sets its prefixes in, its speeches' lines flush


def survey_prefixes(tokens: list[Token]) -> Prefixes:
    """The prefix names the play establishes: a name used as a prefix at the
    start of a block (after a blank line, a direction or a heading, or
    indented deeper than the line before) twice, or once in the typography
    (terminator, capitals, indentation) of the established ones. Where the
    recurring prefixes are in capitals, a name in small letters is speech
    ("Splendid." on a line of its own), however often it recurs."""
    placed: list[Token] = []
    previous: Token | None = None
    before: Token | None = None  # the last line that is not blank
    awaited = False  # a prefix alone on its line came last: its speech is next
    for token in tokens:
        if token.kind == "prefix" and opens_block(previous, token) and not awaited:
            placed.append(token)
        if token.kind != "blank":
            # ("KARL." / "" / "Always.": the one word under the name is the speech;
            # "ROSA, TOMÁS." under "ESCENA I." is who is on stage, no speech follows)
            awaited = (
                token.kind == "prefix"
                and not token.rest
                and (previous is None or previous.kind == "blank")
                and not awaited
                and (before is None or before.kind not in _DIVISION_HEADS)
            )
            before = token
        previous = token
    placed = _spaced_habit(_off_centre(placed), tokens)
    counts = Counter(t.name.casefold() for t in placed)
    apart = _alone_apart(placed)
    headings = apart - _over_set_in(placed, tokens, apart)
    established = {name for name, n in counts.items() if n >= 2} - apart
    recurring = [t for t in placed if t.name.casefold() in established]
    capitals = sum(1 for t in recurring if _capitals(t.name))
    small = [t for t in placed if not _capitals(t.name)]
    if recurring and capitals * 10 >= len(recurring) * 9:
        placed = [t for t in placed if _capitals(t.name)]
        established = {t.name.casefold() for t in placed} & established
    styles = Counter(_style(t) for t in placed if t.name.casefold() in established)
    if not styles:
        return Prefixes(frozenset(), frozenset())
    common = {style for style, n in styles.most_common(2) if n >= 3}
    styled = {t.name.casefold() for t in placed if _style(t) in common and t.name}
    accepted = established | (styled - headings)
    upper = bool(recurring) and capitals * 10 >= len(recurring) * 9
    short = {t.name.casefold() for t in small if upper and _shortens(t.name, accepted)}
    indented = sum(1 for t in recurring if t.indent > 0) * 10 >= len(recurring) * 9
    return Prefixes(
        frozenset(accepted | short), frozenset(established), upper, frozenset(short), indented
    )


_INLINE_HABIT: Final = 10  # speeches on their prefixes' lines that make a play's habit


def _alone_apart(placed: list[Token]) -> set[str]:
    """The names that only ever stand alone on their lines where every other
    name said twice opens its speech on its own line (ten times at least, as
    editions of old plays print ``_Hip._ To confine …``): a title said again
    over the play (``_THE GENTLEMAN DANCING-MASTER._``), recurring proves
    nothing there; such a name is a prefix only in the play's typography."""
    alone = {t.name.casefold() for t in placed if not t.rest and not t.delivery}
    inline = Counter(t.name.casefold() for t in placed if t.rest)
    if not alone or sum(inline.values()) < _INLINE_HABIT:
        return set()
    apart = alone - set(inline)
    others = [t for t in placed if t.name.casefold() not in apart]
    if sum(1 for t in others if t.rest) * 10 < len(others) * 9:
        return set()
    return apart


def _over_set_in(placed: list[Token], tokens: list[Token], names: set[str]) -> set[str]:
    """Those of ``names`` said alone on a line over lines set in deeper (a song
    under its singer's name): a speaker's. Alone over a paragraph at the margin
    (``ARGUMENT.``, ``Theatrical History.``) or under a line of speech (``Lady.``,
    the last word of a sentence) the name is a heading or words, in a play whose
    prefixes carry their speeches on their lines."""
    if not names:
        return set()
    at = {t.line: i for i, t in enumerate(tokens)}
    sung: set[str] = set()
    for token in placed:
        key = token.name.casefold()
        if key not in names or key in sung:
            continue
        index = at[token.line] + 1
        while index < len(tokens) and tokens[index].kind == "blank":
            index += 1
        if index < len(tokens) and tokens[index].indent > token.indent:
            sung.add(key)
    return sung


def _spaced_habit(placed: list[Token], tokens: list[Token]) -> list[Token]:
    """``placed`` without the names alone that only ever stand right under a
    line of speech, where the play sets each prefix alone after an empty line
    ("First Warden:" / lines / "" / "All:"): there a line ending in a colon
    ("Hither The Tower Guard:") is verse, however like a name it looks. A name in
    capitals stays (Goethe's "DIE ANDRE:" right under the line before her speech):
    capitals are how prefixes are set, verse is not."""
    before = {t.line: tokens[i - 1] for i, t in enumerate(tokens) if i and t.kind == "prefix"}
    alone = [t for t in placed if not t.rest and not t.delivery]
    under = {t.line for t in alone if t.line in before and before[t.line].kind == "text"}
    spaced = len(alone) - len(under)
    if not under or spaced < 6 or len(under) * 4 > spaced:
        return placed
    said = {t.name.casefold() for t in placed if t.line not in under}
    return [
        t for t in placed if t.line not in under or t.name.casefold() in said or _capitals(t.name)
    ]


def _off_centre(placed: list[Token]) -> list[Token]:
    """Drop names alone set in the middle of the page ("SCENE", "ACT DROP", the
    publisher's "LONDON" on the title page) where most prefixes open their speech's
    line near the margin: there a centred line is a caption, never a speaker (where
    the play centres its prefixes over their speeches, none opens a line)."""
    if not any(not t.rest and t.indent >= _CENTRED_TITLE for t in placed):
        return placed
    inline = sorted(t.indent for t in placed if t.rest)
    if len(inline) * 2 < len(placed):
        return placed
    limit = inline[len(inline) // 2] + _CENTRED_TITLE
    return [t for t in placed if t.rest or t.indent < limit]


def _shortens(name: str, names: set[str]) -> bool:
    words = re.findall(r"[a-z0-9]+", name.casefold())
    return any(shortens(words, re.findall(r"[a-z0-9]+", other)) for other in names)


def _shortens_to(name: str, recurring: frozenset[str]) -> bool:
    """Whether a recurring prefix abbreviates ``name`` ("dio" for "dionysus")."""
    return any(_shortens(short, {name}) for short in recurring)


def _capitals(name: str) -> bool:
    """ "LADY MACBETH", "DAPHNE and NITA", "MRS. UPJOHN": the name words in capitals."""
    words = [w for w in re.findall(r"[A-Za-z'’]+", name) if w not in _CONNECTOR]
    return bool(words) and all(w.isupper() for w in words)


def opens_block(previous: Token | None, token: Token) -> bool:
    """A prefix stands where a speech can begin: after a blank line, a heading
    or a direction, indented deeper than the line before, or alone on its
    line ("WARDEN" over the speech, right after the last line of the one before)."""
    if token.kind == "prefix" and not token.rest and not token.delivery:
        return True
    if token.kind == "prefix" and not token.rest and token.delivery.endswith(") ."):
        return True  # "Marthe (zögernd) .": the spaced stop of a web edition marks a prefix
    if token.kind == "prefix" and not token.rest and token.prefix.endswith(","):
        return True  # "PHILINTE, avec humeur." alone: the name, then what they do
    if _mermaid(token):
        return True  # "_Gav._ Do." under a speech's last line: the italics mark the prefix
    if (
        previous is None
        or previous.kind not in ("text", "prefix")
        or token.indent > previous.indent
    ):
        return True
    return previous.kind == "prefix" and token.indent > 0  # one-line speeches in a row


def _mermaid(token: Token) -> bool:
    """A prefix at the margin whose italics hold its stop ("_Gav._", "_K. Edw._"),
    or open on it and go on over the speech ("_Gav. Mort dieu!_"); not a name whose
    italics close before the stop ("_Charles the Eighth_. This was played …", a
    title cited at the start of an editor's line)."""
    return (
        token.kind == "prefix"
        and token.indent == 0
        and token.prefix.startswith("_")
        and token.prefix.endswith(("._", "."))
        and not token.prefix.endswith("_.")
    )


def _style(token: Token) -> tuple[str, bool, bool, bool]:
    """Terminator, capitals, indentation and italics of a prefix."""
    term = (token.delivery or token.prefix).rstrip("_")[-1:]
    if term.isalnum():
        term = ""  # none: "WARDEN", "_Ogre_" alone on the line
    if not term and token.rest[:1] in ("[", "("):
        # "A BYSTANDER [thrusting himself …" whose note goes on below: the same
        # typography as "THE MOTHER [to Clara] Give it …"
        term = "]" if token.rest[0] == "[" else ")"
    if token.delivery[:2] in _DASH_OPENS or (not term and token.rest[:4] in ("-- [", "-- (")):
        # a note between dashes, closed after one dash or two, or going on below
        # ("SHAWN KEOGH -- [a fat and fair young man …"): one typography
        term = "-"
    return (term, _capitals(token.name), token.indent > 0, token.prefix.startswith("_"))


_OPEN_ITALIC: Final = recache.compile(r"^_{1,2}(?P<name>[A-Z][^_.!?:]{0,30}?)\.\s(?=\S)")


def _italic_names(tokens: list[Token], prefixes: Prefixes, italic: bool) -> Prefixes:
    """Where the play prints its prefixes in italics at the margin, a name so
    printed is a prefix even said once ("_Mar._" beside "_Mar. Here lies …_")."""
    if not italic:
        return prefixes
    printed = [t for t in tokens if _mermaid(t) and t.prefix.endswith("._")]
    names = {t.name.casefold() for t in printed} - _alone_apart(printed)
    return replace(prefixes, accepted=prefixes.accepted | names)


def settle_open_italics(tokens: list[Token], prefixes: Prefixes) -> list[Token]:
    """A line whose italics open on a prefix the play establishes and go on
    over the speech (``_Gav. My father is deceas'd.``, ``_Gav. Mort dieu!_``):
    the prefix is the name up to its stop, the rest is the speech."""
    settled: list[Token] = []
    for token in tokens:
        found = _OPEN_ITALIC.match(token.text) if token.kind in ("text", "stage") else None
        if found is None or found["name"].casefold() not in prefixes.accepted:
            settled.append(token)
            continue
        prefix = token.text[: found.end("name") + 1]
        rest = token.text[found.end() :].strip()
        settled.append(
            Token("prefix", token.line, token.text, token.indent, prefix, found["name"], "", rest)
        )
    return settled


def settle_led_prefixes(tokens: list[Token], prefixes: Prefixes) -> tuple[list[Token], Prefixes]:
    """A prefix in capitals that opens with a name the play establishes and
    goes on with what its speaker does (``LA MONTAGNE, REVENANT.``), or with
    two such names joined (``ROSINE ET ALAIN CHANTENT ENSEMBLE.``): the names
    are the prefix (the two accepted as one), the rest its direction."""
    settled: list[Token] = []
    joint: set[str] = set()
    for token in tokens:
        key = token.name.casefold()
        led = None
        if token.kind == "prefix" and not token.rest and key not in prefixes.recurring:
            led = led_names(token.name, prefixes.recurring) if token.name.isupper() else None
        if led is None or led == token.name:  # ("COOLING AND LILY.": nothing after the names)
            settled.append(token)
            continue
        cut = len(led) + (token.name[len(led) : len(led) + 1] == ",")
        prefix, delivery = token.text[:cut], token.text[cut:].strip()
        settled.append(replace(token, prefix=prefix, name=led, delivery=delivery))
        joint.add(led.casefold())
    return settled, replace(prefixes, accepted=prefixes.accepted | joint)


_OPENING_QUOTES: Final = "\"'“‘"
_CAST_CAPITALS: Final = recache.compile(
    r"^[A-Z][A-Z'’\-]{1,30}(?: [A-Z][A-Z'’\-]{1,30}){0,2}(?=$|[ ,(])"
)


def _cast_capitals(tokens: list[Token]) -> tuple[set[str], set[int]]:
    """The names in capitals that open the lines under a cast list's heading,
    and the lines set in as its first is (the list's own lines)."""
    names: set[str] = set()
    listed: set[int] = set()
    indent: int | None = None
    for index, token in enumerate(tokens):
        if token.kind == "cast-head":
            indent = -1
        elif token.kind not in ("text", "prefix", "blank") or _after_gap(tokens, index):
            indent = None
        elif indent is not None and token.kind != "blank":
            indent = token.indent if indent < 0 else indent
            found = _CAST_CAPITALS.match(token.text)
            if found is not None:
                names.add(found[0])
            if token.indent == indent:
                listed.add(token.line)
    return names, listed


def settle_unstopped_capitals(tokens: list[Token]) -> list[Token]:
    """A speech that opens with its speaker's name in capitals and no stop
    (``NORA Where is she?``, as the Abbey Theatre's plays print them), where
    the play writes that name without a stop over a speech of its own too
    (``NORA [In a low voice.]``, ``NORA`` alone) or its cast list names it
    (``NORA (a girl)``): the name is the prefix."""
    cast, listed = _cast_capitals(tokens)
    names = cast | {
        t.name
        for t in tokens
        if t.kind == "prefix" and t.prefix.rstrip("_") == t.name and _capitals(t.name)
    }
    names -= {name for name in names if name.casefold() in _CONNECTOR}  # "THE": a title's

    if not names:
        return tokens
    settled: list[Token] = []
    previous: Token | None = None
    for token in tokens:
        found = None
        opens = previous is None or previous.kind != "text"
        if token.kind == "text" and opens and token.line not in listed:
            words = token.text.split(" ", 3)
            found = next(
                (
                    " ".join(words[:size])
                    for size in (3, 2, 1)
                    if len(words) > size
                    and words[size].lstrip(_OPENING_QUOTES)[:1].isupper()
                    and " ".join(words[:size]) in names
                ),
                None,
            )
        if found is not None:
            rest = token.text[len(found) :].strip()
            token = Token("prefix", token.line, token.text, token.indent, found, found, "", rest)
        settled.append(token)
        previous = token
    return settled


# ------------------------------------------------------------------------ parser


@dataclass
class _Open:
    kind: DivisionKind
    head: str | None
    line: int
    content: list[Node] = field(default_factory=list)


@dataclass
class _RawSpeech:
    token: Token
    items: list[Token | StageDirection] = field(default_factory=list)


@dataclass
class _Parser:
    prefixes: Prefixes
    state: str = "front"  # front, contents, cast, body, back
    listed: set[str] = field(default_factory=set)  # the headings a contents list names
    contents: set[int] = field(default_factory=set)  # the lines of that list
    front: list[list[Token]] = field(default_factory=list)
    cast_head: Token | None = None
    cast: list[list[Token]] = field(default_factory=list)  # a line and its continuations
    back: list[list[Token]] = field(default_factory=list)
    body: list[Node] = field(default_factory=list)
    act: _Open | None = None
    scene: _Open | None = None
    speech: _RawSpeech | None = None
    pending: list[StageDirection] = field(default_factory=list)
    raw: list[_RawSpeech] = field(default_factory=list)
    front_directions: list[StageDirection] = field(default_factory=list)
    plain: set[int] = field(default_factory=set)  # front paragraphs that are neither title nor date

    # -- containers
    def container(self) -> list[Node]:
        if self.scene is not None:
            return self.scene.content
        if self.act is not None:
            return self.act.content
        self.scene = _Open("scene", None, 0)  # text before any heading: an implicit scene
        return self.scene.content

    def close_speech(self) -> None:
        if self.speech is not None:
            self.raw.append(self.speech)
            self.container().append(_placeholder(len(self.raw) - 1))
            self.speech = None
        if self.pending:
            self.container().extend(self.pending)
            self.pending = []

    def close_scene(self) -> None:
        self.close_speech()
        if self.scene is not None:
            division = _freeze(self.scene)
            (self.act.content if self.act is not None else self.body).append(division)
            self.scene = None

    def close_act(self) -> None:
        self.close_scene()
        if self.act is not None:
            self.body.append(_freeze(self.act))
            self.act = None

    def _prologue_before_acts(self) -> None:
        """Speech before the first act, under no heading of its own (the Jew of
        Malta's Machiavel after the cast list, "Enter CHORUS." before ACT I):
        the play's prologue, not a scene outside the acts."""
        opening = self.scene
        if opening is None or self.act is not None or self.body or opening.head is not None:
            return
        if self.speech is not None or any(
            not isinstance(node, StageDirection) for node in opening.content
        ):
            opening.kind = "prologue"

    # -- transitions
    def open_act(self, token: Token) -> None:
        self.state = "body"
        self._prologue_before_acts()
        self.close_act()
        self.act = _Open("act", token.text, token.line)

    def open_act_scene(self, token: Token) -> None:
        self.state = "body"
        if self.act is not None and _same_act(self.act, token):
            # "[ACT I.  SCENE 2.]" under "ACTVS PRIMVS.": an editor names the act over
            # each scene; the act goes on, the heading opens its next scene
            self.close_scene()
            self.scene = _Open("scene", token.text, token.line)
            return
        self._prologue_before_acts()
        self.close_act()
        self.act = _Open("act", token.text, token.line)
        self.scene = _Open("scene", None, token.line)  # the heading names both

    def open_scene(self, token: Token) -> None:
        self.state = "body"
        self.close_scene()
        self.scene = _Open("scene", token.text, token.line)

    def open_frame(self, token: Token) -> None:
        self.state = "body"
        kind: DivisionKind = "induction" if token.head_kind == "induction" else "prologue"
        if token.head_kind == "epilogue":
            kind = "epilogue"
        if (
            kind != "epilogue"
            and self.act is not None
            and self.act.kind == "act"
            and not self.act.content
            and self.scene is None  # (an act's scene open holds its words till it closes)
        ):
            # "ACTVS PRIMVS." / "[Prologue]": the act's own prologue, its first part
            self.close_scene()
            self.scene = _Open(kind, token.text, token.line)
            return
        self.close_act()
        self.act = _Open(kind, token.text, token.line)

    def open_cast(self, token: Token) -> None:
        self._prologue_to_front()
        self.state = "cast"
        self.cast_head = token

    def _prologue_to_front(self) -> None:
        """A prologue printed before the cast list with no one's prefix in it
        (``PROLOGUE.`` / ``SPOKEN BY THE PLAIN DEALER.`` / its verse, as editions
        of Restoration plays set it): front matter, its heading and paragraphs
        kept in the edition's order before the list, not a division after it."""
        prologue = self.act
        if (
            prologue is None
            or prologue.kind != "prologue"
            or self.body
            or self.scene is not None
            or self.speech is not None
            or self.pending
            or not all(type(node) is StageDirection for node in prologue.content)
        ):
            return
        self.front.append([Token("text", prologue.line, prologue.head or "", 0)])
        self.plain.add(prologue.line)
        for node in prologue.content:
            assert isinstance(node, StageDirection)
            lines = node.text.split("\n")
            self.front.append([Token("text", node.line + at, t, 0) for at, t in enumerate(lines)])
            self.plain.add(node.line)  # ("_This poem was written … in 1662_": no date of the play)
        self.act = None

    def add_cast(self, token: Token) -> None:
        last = self.cast[-1] if self.cast else None
        if last is not None and token.indent > last[0].indent and token.text[0] in "(_{":
            last.append(token)  # "    (_Formerly, as Dolly Ensor, …_)"
        elif last is not None and _entry_goes_on(last, token):
            last.append(token)
        else:
            self.cast.append([token])

    def open_speech(self, token: Token) -> None:
        self.state = "body"
        self.close_speech()
        self.speech = _RawSpeech(token)

    def end_division(self, token: Token) -> None:
        """ "END OF THE FIRST ACT." closes the act, "THE END." the play."""
        self.close_speech()
        if self.state not in ("body", "back"):
            self.add_text(token)
            return
        if token.head_kind == "act":
            self.close_scene()
        target = self.act if self.act is not None and token.head_kind == "act" else None
        target = target or self.scene or self.act
        trailer = Trailer(token.text, token.line)
        if target is None:
            self.back.append([token])
        else:
            target.content.append(trailer)
        if token.head_kind == "play":
            self.close_act()
            self.state = "back"
        elif target is self.act:
            self.close_act()

    def add_text(self, token: Token) -> None:
        if self.state in ("front", "back", "contents"):
            paragraphs = self.back if self.state == "back" else self.front
            if paragraphs and paragraphs[-1][-1].line == token.line - 1:
                paragraphs[-1].append(token)
            else:
                paragraphs.append([token])
        elif self.speech is not None:
            self.speech.items.extend(self.pending)
            self.pending = []
            self.speech.items.append(token)

    def add_direction(self, tokens: list[Token]) -> None:
        text = "\n".join(t.text for t in tokens)
        opening = self.speech is None and not _has_speech(self.container_or_none())
        kind = stage_kind(text, "setting" if opening else "business")
        if tokens[0].kind == "setting":
            kind = "setting"
        note = _FOOTNOTE.match(text) if text[:10] == "[Footnote " else None
        page = _PAGE_MARKER.match(text) if text[:1] == "[" and len(tokens) == 1 else None
        direction: StageDirection
        if note is not None:
            direction = Footnote(note["body"], "business", tokens[0].line, note["n"])
        elif page is not None:
            direction = PageBreak(text, "business", tokens[0].line, page["n"])
        else:
            direction = StageDirection(text, kind, tokens[0].line)
        if self.state != "body" or (kind == "setting" and self.container_or_none() is None):
            self.front_directions.append(direction)  # the play's setting, before any division
        elif self.speech is not None:
            self.pending.append(direction)
        else:
            self.container().append(direction)

    def container_or_none(self) -> list[Node] | None:
        if self.scene is not None:
            return self.scene.content
        if self.act is not None:
            return self.act.content
        return None


def _italics_open(entry: list[Token]) -> bool:
    """Whether a cast entry's description opened in italics and is still open:
    "MENELAUS, _King of Sparta, and …" over "General of the Greeks_.". Only the
    one mark: a text whose marks go astray is not trusted ("NIECE _to_ KING …,
    _daughter to" / "the _DUKE OF GLOCESTER._")."""
    return ", _" in entry[0].text and sum(t.text.count("_") for t in entry) == 1


def _entry_goes_on(entry: list[Token], token: Token) -> bool:
    """Whether a line goes on with the cast entry above it: it opens in a
    small letter ("  the King. [Note: …"), or a bracket of the entry is
    still open ("  King on men of wealth …]"), or the italics of its
    description are ("NAME, _King of …" / "General of the Greeks_.")."""
    if token.text[:1].islower() or sum(_bracket_depth(t.text) for t in entry) > 0:
        return True
    if _italics_open(entry):
        return True
    if _wrapped_beside_column(entry[-1].text, token.text):
        return True
    # ("Mayor of the" / "Town and Chairman of the Pier Board.": the description wrapped)
    last = entry[-1].text.rsplit(None, 1)[-1]
    if last.endswith(("'s", "’s")) and last[:1].isupper() and token.text[:1].isupper():
        # ("Lawyers, …, a Bookseller's" / "Apprentice, a Foot-boy, …": whose, then what)
        return not _CAST_NAME_FIRST.match(token.text)
    return last.islower() and last in RUN_ON_WORDS


def _wrapped_beside_column(above: str, text: str) -> bool:
    """Whether ``text`` is the rest of a description cut short by the actors' column
    beside it ("MRS. MILLAMANT, a fine lady, niece to Lady      _Mrs. Bracegirdle_." /
    "Wishfort, and loves Mirabell,"): a line with no column of its own, opening on a
    word in small letters after its capital, under a line with one. A name in
    capitals opens an entry of its own.

    >>> _wrapped_beside_column("NELL, a maid to Lady       _Mrs. Cole_.", "Grey, and wise,")
    True
    >>> _wrapped_beside_column("NELL, a maid,       _Mrs. Cole_.", "TOBY, a groom,")
    False
    """
    if "   " not in above or _COLUMN_GAP.search(above) is None or _COLUMN_GAP.search(text):
        return False
    first = text.split(None, 1)[0].strip(",.;:")
    return len(first) > 1 and first[0].isupper() and first[1:].islower()


# Two spaces or more between words: the gap before a second column (the actors).
_COLUMN_GAP: Final = recache.compile(r"\S {3,}\S")


def _has_speech(content: list[Node] | None) -> bool:
    return bool(content) and any(isinstance(c, Speech) for c in content or ())


_PLACEHOLDER_LINE: Final = -1


def _placeholder(index: int) -> Speech:
    """A speech's place in its container until verse or prose is decided."""
    return Speech("", str(index), _PLACEHOLDER_LINE, (), False)


def _same_act(act: _Open, token: Token) -> bool:
    """Whether a heading naming an act and a scene names the act already open
    ("[ACT I. SCENE 2.]" under "ACTVS PRIMVS." or "[ACT I. SCENE 1.]").

    >>> _same_act(_Open("act", "ACTVS PRIMVS.", 1), Token("act-scene", 9, "[ACT I. SCENE 2.]", 0))
    True
    >>> _same_act(_Open("act", "ACT I.", 1), Token("act-scene", 9, "ACT II. SCENE 1.", 0))
    False
    """
    here = _act_number(act.head or "")
    return here is not None and here == _act_number(token.text)


# The words that number an act, by their value: English and Latin ordinals
_ACT_ORDINALS: Final = {
    **{word: at for at, word in enumerate(ORDINAL_WORDS, 1)},
    **{
        word: at
        for at, word in enumerate(("primus", "secundus", "tertius", "quartus", "quintus"), 1)
    },
}


def _act_number(heading: str) -> int | None:
    """The act a heading names, as a number, or None."""
    text = heading.strip("[]_ ")
    if text[:4] in _OLD_LATIN_ACT:
        text = text.replace("V", "U").replace("v", "u")
    found = _ACT.match(text) or _ACT_AFTER.match(text)
    if found is None:
        return None
    word = found["n"]
    if word.isdigit():
        return int(word)
    if set(word) <= set("IVXLC"):
        return _roman(word)
    return _ACT_ORDINALS.get(word.casefold())


_ROMAN: Final = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman(word: str) -> int:
    """ "IV" → 4, "XII" → 12.

    >>> _roman("IV"), _roman("XII")
    (4, 12)
    """
    values = [_ROMAN[ch] for ch in word]
    return sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))


def _freeze(open_division: _Open) -> Division:
    return Division(
        open_division.kind, open_division.head, open_division.line, tuple(open_division.content)
    )


TRANSITIONS: Final = {
    "act": _Parser.open_act,
    "act-scene": _Parser.open_act_scene,
    "scene": _Parser.open_scene,
    "frame": _Parser.open_frame,
    "cast-head": _Parser.open_cast,
    "prefix": _Parser.open_speech,
    "end": _Parser.end_division,
    "text": _Parser.add_text,
}


def _bracket_depth(text: str) -> int:
    return text.count("(") + text.count("[") - text.count(")") - text.count("]")


def _unbulleted(text: str) -> str:
    """A cast line without a list's bullet: " – ROSINE, veuve." is "ROSINE, veuve."."""
    return text[2:] if text[:2] in _BULLETS else text


_BULLETS: Final = ("– ", "- ", "* ", "• ", "— ")


def _cast_like(token: Token) -> bool:
    """A line of a cast list: a name first (after its title in italics,
    ``_Captain_ GABRIEL TOWERSON.``, as Scott's Dryden prints them), not a
    paragraph of prose."""
    text = _unbulleted(token.text)
    if text[:1] == "_" or token.kind == "stage":
        # ("_Mr_ BEAMONT, } _English Merchants, …_" is no direction; "_The Fiscal._",
        # "_Page to_ TOWERSON." are roles; a paragraph in italics is none)
        return (
            len(text) <= _CAST_WIDTH
            and _ITALIC_ROLE.match(text) is not None
            and not _opens_with_stage_word(text)  # "_Enter_ CHORUS.": the play begins
        )
    return (
        token.kind in ("text", "prefix")
        and text[:1].isupper()
        and len(token.text) <= _CAST_WIDTH
        and not _SETTING.match(token.text)
    )


_CAST_WIDTH: Final = 90
# a role in italics, whole and one phrase ("_A Skipper._", not "_Boatmen of the Ford.
# Villagers._") or before a name in capitals ("_Captain_ MIDDLETON", "_Page to_ TOWERSON.")
_ITALIC_ROLE: Final = recache.compile(
    r"^_[A-Z](?:[^_.]{0,40}(?:_\.?$|\._$)|[^_]{0,40}_ [A-Z][A-Z'’\-]{1,30}\b)"
)


_HEADINGS: Final = ("act", "act-scene", "scene", "frame", "cast-head", "end")


def _kind(parser: _Parser, tokens: list[Token], index: int) -> str:
    """The kind a token has where the parser stands."""
    token = tokens[index]
    kind = token.kind
    previous = tokens[index - 1] if index else None
    if kind == "prefix" and token.prefix == token.name == token.text and parser.state != "body":
        return "text"  # a name alone before the play begins: the title page, a cast line
    if (
        kind == "prefix"
        and parser.state != "body"
        and not token.rest
        and token.indent >= _CENTRED_TITLE
        and not parser.prefixes.indented
    ):
        return "text"  # "        WILHELM TELL." centred over the play: its title, no one
    if (
        kind == "prefix"
        and parser.state != "body"
        and not token.rest
        and (_next_kind(tokens, index) in _HEADINGS or _kind_of_play_next(tokens, index))
    ):
        # "WILHELM TELL." over "ACT I.", "HEDDA GABLER." over "PLAY IN FOUR ACTS.": the
        # title again, nothing said
        return "text"
    if kind == "prefix" and _place_under_heading(parser, tokens, index):
        return "stage"  # "Eine Stube." or "ÉLODIE, BASILE." under a scene's heading
    if (
        kind == "prefix"
        and parser.state == "body"
        and not token.rest
        and _in_name_list(tokens, index)
    ):
        return "stage"  # "THE GOODMAN." / "HIS WIFE." one under the other: who is in the scene
    if kind == "prefix":
        body = parser.state == "body" or _mermaid(token)  # "_Mar. Here lies …": italics mark it
        names = parser.prefixes.accepted if body else parser.prefixes.recurring
        key = token.name.casefold()
        # ("DIONYSUS." before the play's "DIO." begins it: the name its prefixes shorten)
        shortened = not body and key not in names and _shortens_to(key, parser.prefixes.recurring)
        if (key not in names and not shortened) or not opens_block(previous, token):
            # ("[ASIDE.]  Now to my task": a direction in brackets, where no one is ASIDE)
            return "stage" if token.prefix[:1] == "[" else "text"
        short = token.name.casefold() in parser.prefixes.short
        if parser.prefixes.capitals and not _capitals(token.name) and not short:
            return "text"  # "Mrs. Upjohn. How'r'you, Roper?" where prefixes are in capitals
    if kind in _HEADINGS and previous is not None and previous.kind not in ("blank", *_HEADINGS):
        return "text"  # "… in the course of the / Second Act._": a heading stands alone
    if kind == "cast-head" and parser.state != "front" and not _cast_after_frame(parser):
        return "text"
    if (
        kind == "stage"
        and parser.state in ("front", "cast")
        and _entrance_after_cast(parser, token)
    ):
        return "stage"  # "Enter CHORUS." under the cast list and title: a prologue begins
    if kind == "stage" and parser.state in ("front", "cast"):
        return "text"  # "_Copyright 1912_", "[Transcriber's Note:": the title page
    if (
        kind == "stage"
        and token.text[0] == "_"
        and previous
        and previous.kind != "blank"
        and not _opens_with_stage_word(token.text)
    ):
        return "text"  # "We don't / _know_.": words in italics go on a speech
    if (
        kind == "stage"
        and token.text[0] == "("
        and previous is not None
        and previous.kind == "text"
        and 0 < previous.indent == token.indent
        and not _closing_sentence(tokens, index)
    ):
        return "text"  # "  (You know where without the telling)": a line of an indented song
    if kind == "stage" and parser.speech is not None and not _closes_line(tokens, index):
        return "text"  # "(_stops_) ... but Harry": speech with a direction in it
    if (
        kind == "stage"
        and parser.speech is not None
        and previous is not None
        and previous.kind == "text"
        and token.text[-1:] in ",;:-"
        and token.text[0] != "["  # "[MOSCA WITHDRAWS THE CURTAIN, AND …," / "PLATE, ETC.]"
        and token.text.split()[0].casefold() not in ENTRANCE_WORDS | EXIT_WORDS
    ):
        return "text"  # "Music and poetry is his delight;": verse opening with a stage word
    if (
        kind == "stage"
        and parser.speech is not None
        and previous is not None
        and previous.kind in ("text", "prefix")
        and _spoken_in_verse(token.text)
        and not _closing_sentence(tokens, index)
    ):
        return "text"  # "(Among which number Cassius be you one)": spoken, in verse
    if (
        kind == "text"
        and parser.speech is not None
        and previous is not None
        and previous.kind == "blank"
        and _unbulleted(token.text)[:1].isupper()
        and parser.speech.token.rest  # the play sets each speech on its prefix's line
        and (
            _named_action(_unbulleted(token.text), parser.prefixes.accepted)
            or _capitals_action(_unbulleted(token.text))
        )
    ):
        return "stage"  # "Freddy rushes in out of the rain …": Shaw's unbracketed paragraph
    return kind


def _capitals_action(text: str) -> bool:
    """Whether a paragraph opens with a name in capitals and a verb of the third
    person (``OLD EKDAL appears from the right, …``): a direction, as the play's
    directions name the characters in capitals.

    >>> _capitals_action("OLD EKDAL appears from the right."), _capitals_action("NORA says so.")
    (True, False)
    """
    found = _CAPITALS_ACTION.match(text)
    return found is not None and found["verb"] not in _SPOKEN_VERBS


_CAPITALS_ACTION: Final = recache.compile(
    r"^[A-Z][A-Z'’\-]{1,30}(?: [A-Z][A-Z'’\-]{1,30}){0,2},? (?P<verb>[a-z]{3,15}s)\b"
)


# Verbs in -s that a speech, not a direction, opens with after a name ("Freddy says …")
_SPOKEN_VERBS: Final = frozenset(("does", "says", "thinks", "knows", "seems", "means"))


def _named_action(text: str, names: frozenset[str]) -> bool:
    """Whether a paragraph opens with a speaker's name, in any case, and a verb
    of the third person ("Freddy rushes in …", "The flower girl sits down."):
    where every speech opens on its prefix's line, such a paragraph under a
    speech is a direction, as Shaw printed them without brackets.

    >>> names = frozenset(("freddy", "the flower girl"))
    >>> _named_action("Freddy rushes in out of the rain, and", names)
    True
    >>> _named_action("The flower girl sits down.", names)
    True
    >>> _named_action("Freddy is a fool, mother.", names), _named_action("Freddy says so.", names)
    (False, False)
    >>> _named_action("Clara rushes in.", names)
    False
    """
    words = text.split(None, 5)
    for size in range(1, min(4, len(words) - 1) + 1):
        if " ".join(words[:size]).casefold() in names:
            verb = words[size].rstrip(",;.")
            return (
                len(verb) > 3
                and verb.isalpha()
                and verb.islower()
                and verb.endswith("s")
                and verb not in _SPOKEN_VERBS
            )
    return False


_DIVISION_HEADS: Final = ("act", "act-scene", "scene", "frame")


def _in_name_list(tokens: list[Token], index: int) -> bool:
    """Whether a name alone with its stop stands among two or more such lines
    with no blank line between them and none under the last: the list of who is
    in the scene, as children's plays print it between rows of asterisks
    ("THE GOODMAN." / "HIS WIFE."); a speech is never a name alone."""

    def alone(at: int) -> bool:
        found = tokens[at]
        return (
            found.kind == "prefix"
            and not found.rest
            and not found.delivery
            and found.text.endswith(".")
            and found.text.isupper()  # ("Magnifique." under a prefix is a speech)
        )

    if not alone(index):
        return False
    first = last = index
    while first > 0 and alone(first - 1):
        first -= 1
    while last + 1 < len(tokens) and alone(last + 1):
        last += 1
    return last > first and (last + 1 == len(tokens) or tokens[last + 1].kind == "blank")


def _place_under_heading(parser: _Parser, tokens: list[Token], index: int) -> bool:
    """A name-like line alone right under an act's or scene's heading, said
    once and with no speech under it (a prefix follows): the scene's place
    ("Eine Stube.") or who is on stage ("ÉLODIE, BASILE."), never a speech."""
    token = tokens[index]
    # ("ÉLIANTE, PHILINTE." names two who speak: who is on stage, though each recurs)
    listed = [n.strip(" ._").casefold() for n in NAMES_SPLIT.split(token.text)]
    on_stage = len(listed) >= 2 and all(n in parser.prefixes.recurring for n in listed)
    if token.rest and not on_stage:
        return False
    back = index - 1
    while back >= 0 and tokens[back].kind == "blank":
        back -= 1
    ahead = index + 1
    while ahead < len(tokens) and tokens[ahead].kind == "blank":
        ahead += 1
    if back < 0 or tokens[back].kind not in _DIVISION_HEADS or ahead >= len(tokens):
        return False
    if on_stage:
        return True
    # ("AN OUTER ROOM IN THE SAME." over "ENTER FACE …": the place, then who comes in)
    entrance = tokens[ahead].kind == "stage" and _opens_with_stage_word(
        tokens[ahead].text[:1].strip("[(") + tokens[ahead].text[1:]
    )
    if not (entrance or tokens[ahead].kind == "prefix"):
        return False
    # ("A ROOM IN LOVEWIT'S HOUSE." under two scenes' headings: a place said again,
    # never a speaker, where it never stands anywhere else)
    return token.name.casefold() not in parser.prefixes.recurring or _always_under_heading(
        tokens, token.name
    )


def _always_under_heading(tokens: list[Token], name: str) -> bool:
    """Whether every line of ``name`` stands right under a division's heading."""
    last = ""
    for token in tokens:
        if token.kind == "blank":
            continue
        if token.kind == "prefix" and token.name == name and last not in _DIVISION_HEADS:
            return False
        last = token.kind
    return True


def _repeats_title(parser: _Parser, token: Token) -> bool:
    """A line of the title page said again ("THE FERRYMAN." under the cast
    list, over the first act): the title, never a role."""
    key = token.text.strip("_. ").casefold()
    return any(
        t.text.strip("_. ").casefold() == key and t.line not in parser.contents
        for lines in parser.front
        for t in lines
    )  # ("CHORUS." under "ACT II" in the contents is no title: the role may follow)


# The heading of a book's list of contents: "Contents", "CONTENTS.", "Table of Contents"
_CONTENTS: Final = recache.compile(
    r"^(?:TABLE OF CONTENTS|Table of Contents|CONTENTS|Contents)\.?$"
)


def _contents_head(tokens: list[Token], index: int) -> bool:
    """ "Contents" before the play, over a list of its divisions (an act's or
    scene's heading or the prologue's next), as Gutenberg's Shakespeare sets it."""
    text = tokens[index].text
    if text[:1] not in "CT" or _CONTENTS.match(text) is None:
        return False
    return _next_kind(tokens, index) in _DIVISION_HEADS


def _heading_key(text: str) -> str:
    """ "THE PROLOGUE." and "THE PROLOGUE", "ACT I" and "Act I.": one heading."""
    return " ".join(text.strip(" ._").casefold().split())


def _in_contents(parser: _Parser, token: Token) -> bool:
    """Whether a line still belongs to the list of contents: its headings and
    the lines under them ("CHORUS." under "ACT II"), until a cast list's
    heading, a direction or a speech, or a heading the list has already named
    (the play's own "ACT I"), each of which ends the list."""
    if token.kind == "blank":
        return True
    key = _heading_key(token.text)
    if token.kind in ("cast-head", "stage", "setting") or key in parser.listed:
        parser.state = "front"
        return False
    if token.kind == "prefix" and token.rest:
        parser.state = "front"
        return False
    if token.kind in ("act", "act-scene", "frame"):
        parser.listed.add(key)  # (not a scene's: each act has its "Scene I.")
    return True


def _next_kind(tokens: list[Token], index: int) -> str:
    """The kind of the next token with words after ``index`` ("" at the end)."""
    return next((t.kind for t in tokens[index + 1 :] if t.kind != "blank"), "")


def _closing_sentence(tokens: list[Token], index: int) -> bool:
    """Whether a line in parentheses is a sentence with its stop inside them that
    ends its speech ("  (Der Himmel schließt, die Erzengel verteilen sich.)" under the
    last verse, a blank line after it): a direction, not a line of the verse."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return tokens[index].text.endswith((".)", "!)")) and (
        following is None or following.kind == "blank"
    )


def _cast_after_frame(parser: _Parser) -> bool:
    """Whether a cast list's heading may stand here: after the prologue (or an
    epilogue printed before the play), no act begun yet, as editions of Restoration
    and eighteenth-century comedies print the dedication, the prologue and then the
    dramatis personae."""
    frame = parser.act
    return (
        parser.state == "body"
        and frame is not None
        and frame.kind in ("prologue", "epilogue")
        and parser.scene is None
        and not any(isinstance(node, Division) and node.kind == "act" for node in parser.body)
    )


def _kind_of_play_next(tokens: list[Token], index: int) -> bool:
    """Whether the next line with words says what kind of play this is ("PLAY IN
    FOUR ACTS.", "A Comedy."): the line above it is the play's title."""
    following = next((t for t in tokens[index + 1 :] if t.kind != "blank"), None)
    return following is not None and _PLAY_KIND.match(following.text) is not None


# A subtitle naming the kind of play, as title pages print it under the title.
_PLAY_KIND: Final = recache.compile(
    r"^(?:an?\s)?(?:[\w-]+\s){0,2}(?:play|comedy|tragedy|drama|farce|melodrama|tragi-?comedy)"
    r"(?:\s(?:in|of)\s(?:one|two|three|four|five|\d)\s(?:acts?|scenes?))?\.?$",
    re.IGNORECASE,
)


# How far in a line alone before the play stands to be centred (a title), where
# the play's prefixes stand at the margin.
_CENTRED_TITLE: Final = 8


def _unstopped_prefix(prefixes: Prefixes, previous: Token | None, token: Token) -> Token | None:
    """A speech whose prefix lost its stop: where the play sets its prefixes
    in and its speeches' lines flush, a line set in that opens with a prefix
    of the play and then a capital ("   Caes Let me haue men about me");
    where it writes them in capitals, a paragraph that opens with one and a
    comma, then a capital ("CATHERINE, Here! Then he must have …")."""
    if token.kind != "text":
        return None
    opens = previous is None or previous.kind == "blank"
    label, _space, rest = token.text.partition(" ")
    name = label
    set_in = prefixes.indented and token.indent > 0
    if prefixes.capitals and opens and label.endswith(","):
        name = label[:-1]  # one word: "JIMMIE, MRS. UPJOHN, AND ROPER." is read already
    elif not set_in or not (opens or previous is None or previous.indent < token.indent):
        return None
    if name.casefold() not in prefixes.recurring or not rest[:1].isupper():
        return None
    if label.endswith(",") and not _capitals(name):
        return None
    return Token("prefix", token.line, token.text, token.indent, label, name, "", rest)


def parse_tokens(tokens: list[Token], prefixes: Prefixes) -> _Parser:
    parser = _Parser(prefixes)
    index = 0
    while index < len(tokens):
        previous = tokens[index - 1] if index else None
        # (in the cast list "  GHOST OF ANDREA      |" is a role, though the play's
        # GHOST speaks: a role's name opens with its prefix, no speech lost its stop)
        casting = parser.state == "cast"
        unstopped = None if casting else _unstopped_prefix(prefixes, previous, tokens[index])
        if unstopped is not None:
            tokens[index] = unstopped
        token = tokens[index]
        if parser.state == "front" and _contents_head(tokens, index):
            parser.state = "contents"  # "Contents" over "ACT I" / "Scene I. A public place."
        if parser.state == "contents" and _in_contents(parser, tokens[index]):
            if token.kind != "blank":
                parser.contents.add(token.line)
                parser.add_text(Token("text", token.line, token.text, token.indent))
            index += 1
            continue
        kind = _kind(parser, tokens, index)
        if kind == "text" and token.kind != "text":
            token = Token("text", token.line, token.text, token.indent)
        if parser.state == "cast" and kind != "blank":
            if _cast_section(parser, tokens, index):
                parser.add_cast(token)  # "WOMEN." over the women: the list goes on
                index += 1
                continue
            if (
                (parser.cast and _after_gap(tokens, index) and not _cast_resumes(tokens, index))
                or kind == "setting"
                or _SCENES_HEAD.match(token.text.strip("_ "))
                or (
                    parser.cast
                    and token.indent >= parser.cast[-1][0].indent + _CENTRED_TITLE
                    and not _italics_open(parser.cast[-1])  # "Calianax, _an old …, and"
                )
                # (the title again; not the first entry, which names the hero the play
                # is called after: "CYRANO DE BERGERAC" under "The Characters")
                or (parser.cast and _repeats_title(parser, token))
                or (kind == "prefix" and token.prefix == token.name and bool(token.rest))
            ):
                # blank lines end the list, or a line centred over the play: a title, a prologue
                parser.state = "front"
            elif (
                (kind in ("text", "prefix", "stage") and _cast_like(token))
                or (parser.cast and token.indent > parser.cast[-1][0].indent)
                or (parser.cast and _entry_goes_on(parser.cast[-1], token))
            ):
                parser.add_cast(token)
                index += 1
                continue
            elif parser.cast and _CAST_FOOTNOTE.match(token.text):
                # "[Footnote 1: The name hints at …]" under the entry it annotates, as
                # Project Gutenberg sets an editor's notes: the entry's, the list goes on
                parser.cast[-1].append(token)
                index += 1
                continue
            if kind in ("text", "stage"):
                parser.state = "front"
        if kind == "blank":
            pass
        elif parser.state == "back":
            parser.add_text(token)
        elif kind in ("stage", "setting") or (
            kind == "text" and parser.speech is None and parser.state == "body"
        ):
            group = [token]
            depth = _bracket_depth(token.text)
            paragraph = kind != "stage" or token.text[0] == "_"  # a description: to its end
            while index + 1 < len(tokens) and _continues(
                group[-1], tokens[index + 1], depth, paragraph
            ):
                index += 1
                group.append(tokens[index])
                depth += _bracket_depth(tokens[index].text)
            if len(group) == 1 and _lone_scene_word(token.text):
                # Wilde's "SCENE" alone over the setting heads it: one direction
                after = index + 1
                while after < len(tokens) and tokens[after].kind == "blank":
                    after += 1
                if after < len(tokens) and tokens[after].kind in ("stage", "setting", "text"):
                    index = after
                    group.append(tokens[index])
                    kind = "setting"
                    depth = _bracket_depth(tokens[index].text)
                    # ("--A cottage … (Nets on the wall, a table" / "with bread …)": to its end)
                    while index + 1 < len(tokens) and _continues(
                        group[-1], tokens[index + 1], depth, True
                    ):
                        index += 1
                        group.append(tokens[index])
                        depth += _bracket_depth(tokens[index].text)
            if (kind == "setting" and not _gap_follows(tokens, index)) or (
                kind == "stage" and parser.state == "front"
            ):
                # (a setting under the cast list, then blank lines and the title,
                # leaves the play to begin; an entrance begins a prologue)
                parser.state = "body"
            parser.add_direction(group)
        else:
            TRANSITIONS[kind](parser, token)
        index += 1
    parser.close_act()
    return parser


def _lone_scene_word(text: str) -> bool:
    """ "SCENE" alone on its line, without a number: the word over a setting.

    >>> _lone_scene_word("SCENE"), _lone_scene_word("_Scene._"), _lone_scene_word("SCENE II.")
    (True, True, False)
    """
    return text.strip(" .:_").casefold() in ("scene", "the scene")


def _opens_with_stage_word(text: str) -> bool:
    """ "_Enter_ DUKE ROLAND …", "_Exeunt._": a direction's own first word."""
    first = _WORD.match(text.lstrip("_"))
    return first is not None and first[0].capitalize() in STAGE_OPENERS


def _entrance_after_cast(parser: _Parser, token: Token) -> bool:
    """Whether a direction is an entrance ("Enter VESPER.") after a cast list."""
    words = token.text.lstrip("_[( ").split(None, 1)
    # ("_Enter_ GAVESTON, _reading a letter._": the word in italics of its own)
    return bool(parser.cast) and bool(words) and words[0].strip("_").casefold() in ENTRANCE_WORDS


def _gap_follows(tokens: list[Token], index: int) -> bool:
    """Whether two blank lines or more follow ``tokens[index]``, then a line."""
    after = index + 1
    while after < len(tokens) and tokens[after].kind == "blank":
        after += 1
    return after - index > 2 and after < len(tokens)


# a footnote as Project Gutenberg sets it, under the paragraph of its anchor, over
# one line or more: "[Footnote 1: _Polly Peachum_, by" / "Charles E. Pearce.]"
_FOOTNOTE: Final = recache.compile(r"^\[Footnote (?P<n>\d{1,3}): ?(?P<body>[^\]]*(?:\][^\]]+)*)\]$")
# A page marker of the edition copied, alone on its line: "[Pg 12]", "[Page 12]",
# "[p. 12]" (Project Gutenberg's HTML gives them so in a copied text)
_PAGE_MARKER: Final = recache.compile(r"^\[(?:[Pp]age|[Pp]g\.?|p\.)\s?(?P<n>[0-9ivxlcdm]{1,5})\]$")
# an editor's note under a cast entry, as Project Gutenberg prints the notes of a book
_CAST_FOOTNOTE: Final = recache.compile(r"^\[(?:Footnote|Note) \d{1,3}:")


def _cast_section(parser: _Parser, tokens: list[Token], index: int) -> bool:
    """Whether ``tokens[index]`` heads a section of the cast list being read, over
    roles right under it (a blank line or two between): a word that parts a cast
    ("MEN." / "WOMEN.", even after two blank lines), or a short line in italics
    over roles set in deeper ("_Discipulī_" over the pupils of a school play)."""
    token = tokens[index]
    words = token.text.strip("_ .:").split()
    stars = set(token.text) == _STAR_ROW
    if (
        not parser.cast
        or not (0 < len(words) <= 3 or stars)
        or token.kind not in ("text", "prefix")
    ):
        return False
    after = index + 1
    while after < len(tokens) and after - index <= 3 and tokens[after].kind == "blank":
        after += 1
    if after - index > 3 or after >= len(tokens) or not _cast_like(tokens[after]):
        return False
    if " ".join(words).casefold() in CAST_SECTION_HEADS:
        return True
    if stars:  # "* * * * *" between the men and the women (Methuen's Wilde), over a name
        return len(tokens[after].text.split(",")[0].split()) <= _ROLE_WORDS
    italic = _ITALIC.match(token.text) is not None
    return italic and tokens[after].indent > token.indent and not _after_gap(tokens, index)


_STAR_ROW: Final = frozenset("* ")
# the most words a role's name takes before its description ("LADY CAROLINE PONTEFRACT")
_ROLE_WORDS: Final = 5


# the most lines of a cast entry's paragraph, and of a cast list's second part
_ENTRY_LINES: Final = 4
_PART_LINES: Final = 40


def _cast_resumes(tokens: list[Token], index: int) -> bool:
    """Whether the cast list goes on after two blank lines: the women after the
    men (``HIPPOLITA, FORMAL'S Daughter.`` / ``Mrs. CAUTION, …``), entries a
    blank line apart, two at least, each of a few lines opening with a name,
    up to the setting that ends the list (``SCENE--LONDON.``). A title, a
    prologue or prose after the gap ends the list, as does a heading."""
    entries = 0
    lines = 0  # the lines of the entry being read
    for token in tokens[index : index + _PART_LINES]:
        if token.kind == "blank":
            lines = 0
        elif token.kind == "setting" or _SETTING.match(token.text):
            return entries >= 2
        elif token.kind not in ("text", "prefix") or lines >= _ENTRY_LINES:
            return False
        elif lines == 0:
            named = entries or _CAST_NAME_FIRST.match(_unbulleted(token.text))
            if not _cast_like(token) or not named:  # ("A Lady." among them)
                return False
            entries, lines = entries + 1, 1
        else:
            lines += 1
    return False


# a cast entry's first word: a name in capitals, or a title before one ("Mrs. FLIRT,")
_CAST_NAME_FIRST: Final = recache.compile(r"^(?:[A-Z][a-z]{1,3}\.? )?[A-Z][A-Z'’\-]{1,30}\b")


def _after_gap(tokens: list[Token], index: int) -> bool:
    """Whether two blank lines or more stand before ``tokens[index]``."""
    return index >= 2 and tokens[index - 1].kind == tokens[index - 2].kind == "blank"


def _spoken_in_verse(text: str) -> bool:
    """A line in parentheses that verse would speak: no stage word, no italics,
    no small letter first (in prose its speech still makes it a direction)."""
    group = text if text.endswith(")") else text + ")"
    return text.startswith("(") and not _is_direction(group, verse_play=True)


def _closes_line(tokens: list[Token], index: int) -> bool:
    """Whether the bracket that opens ``tokens[index]`` closes at the end of a line."""
    text = tokens[index].text
    if text[0] not in "[(":
        return True
    depth = 0
    while True:
        for pos, char in enumerate(text):
            depth += (char in "[(") - (char in ")]")
            if depth == 0:
                return not text[pos + 1 :].strip(" .,;:")
        index += 1
        if index >= len(tokens) or tokens[index].kind == "blank":
            return True
        text = tokens[index].text


def _continues(last: Token, following: Token, depth: int, paragraph: bool) -> bool:
    """Whether a direction goes on onto the next line: inside an open bracket,
    to the end of its paragraph where it is a description, or when its line
    does not end a sentence and the next is not a prefix."""
    if following.kind == "blank":
        return False
    if depth > 0:
        return True
    # (a name that happens to open a line of the direction: "… and / Flauius.", "_and_ /
    # Attendants.")
    mid = _MID_PHRASE.search(last.text.replace("_", " ").rstrip()) is not None
    if paragraph and following.kind not in _HEADINGS:
        return following.kind != "prefix" or not opens_block(last, following) or mid
    if following.kind == "prefix" and (not opens_block(last, following) or mid):
        return True
    if following.kind == "prefix" and not following.rest and last.text.endswith((";", "--")):
        # "ENTER MOSCA IN THE HABIT OF A CLARISSIMO;" / "AND VOLPONE IN THAT OF A …": a
        # direction not ended goes on over a line in capitals that looks like a name
        return True
    if following.kind not in ("text", "stage"):
        return False
    return not last.text.endswith((".", "!", "?", ")", "]")) or following.text[:1].islower()


_MID_PHRASE: Final = recache.compile(r"(?:,|&|\b(?:and|with|of|to|the|after|before))$")


# ---------------------------------------------------------------- directions in speech

_GROUP: Final = recache.compile(r"\[[^\[\]]{1,2000}\]|\([^()]{1,2000}\)")
_UNCLOSED: Final = recache.compile(r"\[_[^\[\]]{1,2000}$")
_NOTE: Final = recache.compile(r"(?:(?:Translator|Editor)['’]s\s)?Note\s?[:.]", re.I)


def stage_kind(text: str, otherwise: StageKind) -> StageKind:
    """The TEI sample type of a direction.

    >>> stage_kind("Enter three Witches.", "business"), stage_kind("[Exit.]", "business")
    ('entrance', 'exit')
    >>> stage_kind("(aside)", "delivery")
    'delivery'
    """
    if text.endswith((" in.", " out.", " off.")) and _COMING.match(text):
        return "entrance" if text.endswith(" in.") else "exit"  # "MASHA and … go out."
    if text[:4] == "_To " and _TO_THEM.match(text):
        return "entrance"  # "_To them_ ABAS."
    words = {w.casefold() for w in re.findall(r"[A-Za-z]{2,12}", text[:400])}
    if words & ENTRANCE_WORDS:
        return "entrance"
    if words & EXIT_WORDS:
        return "exit"
    return otherwise


def _is_direction(group: str, verse_play: bool = False) -> bool:
    """A bracketed group inside speech is a direction when it is in square
    brackets or in italics (``_…_``), opens with a stage word, or stands in
    parentheses in the prose of a play mostly in prose (in verse, and in a
    play mostly in verse, words in parentheses are spoken); a note of the
    translator or editor ("[Note: …]") is none, nor is an editor's note
    number ("[17]": the anchor of a note printed elsewhere, kept as written).

    >>> _is_direction("(Raina looks into the room.)"), _is_direction("(almost)", True)
    (True, False)
    >>> _is_direction("[Note: This and other French words]"), _is_direction("[17]")
    (False, False)
    >>> _is_direction("[Pg 4]"), _is_direction("[Aside]")
    (False, True)
    """
    inner = group[1:-1].strip()
    if not inner or _NOTE.match(inner) or inner.isdecimal():
        return False
    if group[0] == "[" and PAGE_IN_TEXT.match(inner):
        return False  # "[Pg 4]": the page of the edition copied, kept as written
    if group[0] == "[" or "_" in inner:
        return True
    first = re.match(r"[A-Za-z]{1,12}", inner)
    opener = first is not None and first[0].capitalize() in STAGE_OPENERS
    return opener or not verse_play


def _editorial(group: str, before: str) -> bool:
    """An editor's brackets in a play's text, not a direction: a stop supplied
    ("matches[,] of three"), a query of who speaks ("[VERJUICE.?]"), a word's
    spelling mended after it ("Feme [Femme]").

    >>> _editorial("[,]", "six matches"), _editorial("[Femme]", "a Feme ")
    (True, True)
    >>> _editorial("[NELL.?]", ""), _editorial("[Aside]", "so it is ")
    (True, False)
    """
    if group[0] != "[":
        return False
    inner = group[1:-1].strip()
    if not any(c.isalpha() for c in inner):
        return True
    if " " in inner:
        return False
    if inner.endswith("?"):
        return True
    last = before.split()[-1].strip(".,;:!?") if before[-1:] == " " and before.strip() else ""
    return (
        len(inner) >= 3
        and last[:2].casefold() == inner[:2].casefold()
        and abs(len(last) - len(inner)) <= 2
    )


def split_directions(
    text: str, line: int, at_start: bool, verse_play: bool = False
) -> tuple[str | StageDirection, ...]:
    """Words and the directions written among them. In verse, and in the
    prose of a play mostly in verse (``verse_play``), words in parentheses
    are spoken ("(well hee deserues that Name)", "(almost) choaked Caesar")
    unless they are in italics or open with a stage word.

    >>> split_directions("(_stiffly_) There's work.", 4, True)
    (StageDirection(text='(_stiffly_)', kind='delivery', line=4), " There's work.")
    >>> split_directions("(Worthie to be a Rebell, for to that", 9, False)
    ('(Worthie to be a Rebell, for to that',)
    """
    parts: list[str | StageDirection] = []
    pos = 0
    for match in _GROUP.finditer(text):
        group = match[0]
        if not _is_direction(group, verse_play) or _editorial(group, text[: match.start()]):
            continue
        if match.start() > pos:
            parts.append(text[pos : match.start()])
        here = line + text.count("\n", 0, match.start())
        short = len(group.split()) <= 5
        delivery = (at_start and match.start() == 0) or short
        parts.append(
            StageDirection(group, stage_kind(group, "delivery" if delivery else "business"), here)
        )
        pos = match.end()
    rest = text[pos:]
    trailing = _TRAILING_EXIT.search(rest) if "\n" not in rest else None
    unclosed = _UNCLOSED.search(rest)
    if unclosed is not None:  # "Good-bye. [_He vanishes._": the printer left it open
        here = line + text.count("\n", 0, pos + unclosed.start())
        if unclosed.start():
            parts.append(rest[: unclosed.start()])
        parts.append(StageDirection(unclosed[0], stage_kind(unclosed[0], "business"), here))
    elif trailing is not None:
        parts.append(rest[: trailing.start("d")])
        parts.append(StageDirection(trailing["d"], stage_kind(trailing["d"], "business"), line))
    elif rest:
        parts.append(rest)
    return tuple(parts)


# ---------------------------------------------------------------- verse and prose


def judge_verse(lines: list[Token]) -> bool | None:
    """True for verse, False for prose, None where the lines cannot tell.

    Prose is hard-wrapped: a line after the first may open with a small
    letter (unless it is the end of a verse line turned under it, "what
    Trade?"); verse lines open with capitals, and four of them in a row are
    verse. One to three lines that open with capitals are left to
    :func:`decide_verse`.
    """
    if any(t.text[:1].islower() and not _turned(t) for t in lines[1:]):
        return False
    if any(len(t.text) > _PROSE_WIDTH for t in lines):
        return False  # a paragraph on one line, as a Markdown copy leaves it: no verse line
    if len(lines) >= 4:
        return True
    return None


# longer than any verse line (an alexandrine, a fourteener): a paragraph left unwrapped
_PROSE_WIDTH: Final = 110


def _turned(token: Token) -> bool:
    """A line of one or two short words ("what Trade?", "faults."): the end
    of a verse line turned under it, as often as the end of prose."""
    return len(token.text) <= 15 and len(token.text.split()) <= 2


def by_speaker(names: list[str], lines: list[int], judged: list[bool | None]) -> list[bool | None]:
    """In a play mostly in verse, a speech its lines leave open is as the
    nearest speech of the same speaker (the name, or one shortening the other)
    that they decide: Caska's "Why for that too" among his prose is prose.

    >>> by_speaker(["Cask", "Bru", "Cask", "Caska"], [1, 2, 3, 9], [False, True, None, True])
    [False, True, False, True]
    """
    keys = [tuple(re.findall(r"[a-z0-9]+", n.casefold())) for n in names]
    decided: dict[tuple[str, ...], list[tuple[int, int]]] = {}  # key -> (line, index), in order
    for index, verdict in enumerate(judged):
        if verdict is not None:
            decided.setdefault(keys[index], []).append((lines[index], index))
    for places in decided.values():
        places.sort()
    related: dict[tuple[str, ...], list[list[tuple[int, int]]]] = {}
    out = list(judged)
    for index, verdict in enumerate(judged):
        if verdict is not None:
            continue
        key = keys[index]
        if key not in related:
            related[key] = [
                places
                for other, places in decided.items()
                if other == key or shortens([*key], [*other]) or shortens([*other], [*key])
            ]
        line = lines[index]
        nearest: tuple[int, int] | None = None  # (distance, line) of the nearest, and its index
        found = -1
        for places in related[key]:
            at = bisect_left(places, (line, -1))
            for other_line, other in places[max(at - 1, 0) : at + 1]:
                rank = (abs(other_line - line), other_line)
                if nearest is None or rank < nearest:
                    nearest, found = rank, other
        if nearest is not None:
            out[index] = judged[found]
    return out


def _wrapped_direction(lines: list[Token]) -> bool:
    """Whether a line opens inside a parenthesis that opened in small letters
    on a line before ("(taking / Petkoff's arm)"): in a play mostly in prose,
    a direction wrapped with the lines of prose."""
    open_groups: list[bool] = []  # for each open parenthesis: whether it opened in small letters
    for token in lines:
        if any(open_groups):
            return True
        for pos, char in enumerate(token.text):
            if char == "(":
                open_groups.append(token.text[pos + 1 : pos + 2].islower())
            elif char == ")" and open_groups:
                open_groups.pop()
    return False


def _prose_play(decided: list[bool], texts: list[list[Token]]) -> bool:
    """Whether the play is mostly prose: by the speeches the lines decide,
    or, with fewer than three of those, by how its lines end: a line of
    verse ends at a pause (a stop, comma or colon), a wrapped line of prose
    mostly in mid-phrase; evenly split, by their length. With no line to
    judge, prose."""
    if len(decided) >= 3:
        return sum(decided) * 2 <= len(decided)
    ends = [t.text[-1:] for lines in texts for t in lines[:-1]]
    stops = sum(1 for end in ends if end in ".,;:!?-")
    if not ends or stops * 2 != len(ends):
        return stops * 2 < len(ends) or not ends
    return max(len(t.text) for lines in texts for t in lines) >= 60  # even: short lines are verse


def decide_verse(lines: list[Token], judged: bool | None, prose_play: bool, base: int) -> bool:
    """What the lines the first pass left open are: in a play mostly in
    verse, verse; in a play mostly in prose, verse only where every line is
    indented deeper than the play's speeches (a song set in), else prose."""
    if judged is not None:
        return judged
    if not prose_play:
        return True
    return len(lines) > 1 and all(t.indent > base for t in lines)


def _song_caption(raw: _RawSpeech) -> None:
    """Under a name alone with a note on how it is delivered ("FISHER BOY
    (sings in his boat).", "HERDSMAN (on the mountains)."), a short line alone
    over a song set in below it ("Melody of the Ranz des Vaches.") is the
    song's caption: a direction, not its first line."""
    if raw.token.rest or raw.token.delivery[:1] not in ("(", "["):
        return  # (not "ALAIN, REVENANT.": a direction in capitals after the name)
    lines = [t for t in raw.items if isinstance(t, Token)]
    if len(lines) < 2 or raw.items[0] is not lines[0]:
        return
    caption, song = lines[0], lines[1]
    short = len(caption.text) <= _CAPTION and caption.text.endswith(".")
    if short and song.line > caption.line + 1 and song.indent > caption.indent:
        raw.items[0] = StageDirection(caption.text, "business", caption.line)


_CAPTION: Final = 60


def _speech_lines(raw: _RawSpeech) -> list[Token]:
    lines = [t for t in raw.items if isinstance(t, Token)]
    if _GROUP.sub("", raw.token.rest).strip("} "):  # not "ROPER.  } [_To LILY._]"
        return [Token("text", raw.token.line, raw.token.text, raw.token.indent), *lines]
    return lines


def build_speech(
    raw: _RawSpeech, verse: bool, base_indent: int, verse_play: bool = False
) -> Speech:
    token = raw.token
    body: list[SpokenText | StageDirection] = []
    prose: list[Token] = []
    first = True

    def flush() -> None:
        nonlocal first
        if prose:
            text = "\n".join(t.text if t.line != token.line else token.rest for t in prose)
            parts = split_directions(text, prose[0].line, first, verse_play)
            body.append(SpokenText(parts, prose[0].line))
            prose.clear()
            first = False

    items: list[Token | StageDirection] = list(raw.items)
    if token.rest:
        items.insert(0, Token("text", token.line, token.rest, token.indent))
    for item in items:
        if isinstance(item, StageDirection):
            flush()
            body.append(item)
            first = False
        elif verse:
            split = first and item.line != token.line and item.indent >= base_indent + 8
            part = "F" if split else None
            text = item.text
            parts = split_directions(text, item.line, first, verse_play=True)
            body.append(SpokenText(parts, item.line, part))  # type: ignore[arg-type]
            first = False
        else:
            if prose and item.line != prose[-1].line + 1:
                flush()  # a blank line: a new paragraph
            prose.append(item)
    flush()
    delivery = StageDirection(token.delivery, "delivery", token.line) if token.delivery else None
    return Speech(
        token.prefix,
        token.name,
        token.line,
        tuple(body),
        verse,
        delivery,
        own_line=not token.rest,
    )


def _division_list(body: tuple[Node, ...]) -> tuple[list[FrontLine], tuple[Node, ...]]:
    """Two acts or more with nothing in them but a place, or scenes with only
    their summary, before the first act with speeches, are the front matter's
    list of the play's acts ("ACT I.  _The Hall_." / "ACT II.  _The Garden_.",
    a synopsis): its lines.

    Before: ``(Division("ACT I.  _The Hall_."), Division("ACT II. …"), Division("FIRST ACT", …))``
    After:  ``[FrontLine("ACT I.  _The Hall_."), FrontLine("ACT II. …")], (Division("FIRST ACT"),)``
    """
    count = 0
    while count < len(body) and _speechless(body[count]):
        count += 1
    if count < 2 or count == len(body):
        return [], body
    lines: list[FrontLine] = []
    for node in body[:count]:
        lines.extend(_listed(node))
    return lines, body[count:]


def _speechless(node: Node) -> bool:
    """A division with no speech in it, nor in its divisions (a synopsis's
    "ACT I." over its "SCENE I. In the orchard. …" paragraphs)."""
    return isinstance(node, Division) and all(
        isinstance(c, StageDirection) or _speechless(c) for c in node.content
    )


def _listed(node: Node) -> list[FrontLine]:
    """The lines of a speechless division, as paragraphs of the front matter."""
    if isinstance(node, StageDirection):
        return [FrontLine(node.text, "p", node.line)]
    assert isinstance(node, Division)
    lines = [FrontLine(node.head, "p", node.line)] if node.head else []
    for child in node.content:
        lines.extend(_listed(child))
    return lines


def _fill(content: tuple[Node, ...], speeches: list[Speech]) -> tuple[Node, ...]:
    out: list[Node] = []
    for node in content:
        if isinstance(node, Division):
            out.append(Division(node.kind, node.head, node.line, _fill(node.content, speeches)))
        elif isinstance(node, Speech) and node.line == _PLACEHOLDER_LINE:
            out.append(speeches[int(node.name)])
        else:
            out.append(node)
    return tuple(out)


# -------------------------------------------------------------------- front matter

_BY: Final = recache.compile(r"^(?:BY|By|by)\s(?P<name>\S.{1,80})$")
_YEAR: Final = recache.compile(r"(?<![0-9])(?P<y>1[5-9][0-9][0-9])(?![0-9])")
_BRACKET_TITLE: Final = recache.compile(
    r"^\[(?P<t>[^\]]{1,200}?) by (?P<a>[^\]]{1,80}?)(?: (?P<y>1[5-9]\d\d))?\]$"
)
_CAST_LINE: Final = recache.compile(
    r"^(?P<name>[A-Z][A-Z'’.\- ]{1,40}[A-Z.])(?P<rest>(?:,|\s?\(|\s[-—]).{0,200})?$"
)


def _front(paragraphs: list[list[Token]], known: str | None = None) -> list[FrontLine]:
    """The title page: the title (the paragraph that is the library's title,
    else the first in capitals that heads no section such as INTRODUCTION),
    the author (``By …``), dates (a short paragraph with a year: an
    introduction's paragraphs are no dates), the rest paragraphs."""
    out: list[FrontLine] = []
    texts = ["\n".join(t.text for t in para) for para in paragraphs]
    named = [i for i, text in enumerate(texts) if known and _words(text) == _words(known)]
    capitals = [
        i
        for i, t in enumerate(texts)
        if _in_capitals(t) and _words(t) not in _SECTIONS and not _SCENES_HEAD.match(t)
    ]
    # else the first paragraph, unless it heads a list or is all in italics (a
    # description: "_Sailors of the Norwegian Vessel. …_" under the cast) or is a
    # Markdown copy's YAML front matter ("---" / "Title: …" / "---"); -1: none
    fields = bool(texts) and texts[0][:3] in FRONT_MATTER_RULES
    first = (
        [0]
        if texts and not fields and not _SCENES_HEAD.match(texts[0]) and not _ITALIC.match(texts[0])
        else [-1]
    )
    title = (named or capitals or first)[0]
    for index, para in enumerate(paragraphs):
        text = texts[index]
        line = para[0].line
        year = _YEAR.search(text)
        note = _FOOTNOTE.match(text) if text[:10] == "[Footnote " else None
        if note is not None:  # under the paragraph of its anchor: no title, no date
            out.append(FrontLine(note["body"], "note", line, n=note["n"]))
        elif index == 0 and fields:  # the front matter's lines as written, no title
            out.append(FrontLine(text, "p", line))
        elif index == title and _BRACKET_TITLE.match(text) is None:
            out.append(FrontLine(text, "title", line))
        elif _BRACKET_TITLE.match(text) is not None or _BY.match(text) is not None:
            out.append(FrontLine(text, "author" if _BY.match(text) else "title", line))
        elif year is not None and len(para) <= 5 and len(text) <= 400 and text[:8] != "Footnote":
            # ("Footnote" / "1. … See his proclamation of war in 1671-2.": a note, no date)
            out.append(FrontLine(text, "date", line, year["y"]))
        else:
            out.append(FrontLine(text, "p", line))
    return out


_SECTIONS: Final = frozenset(
    ("introduction", "preface", "foreword", "contents", "note", "notes", "prologue")
)


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.casefold()))


def _in_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and text.count("\n") < 4


def split_cast_line(text: str) -> tuple[tuple[str, ...], str | None, bool]:
    """The roles a cast line names, its description, and whether they are groups.

    >>> split_cast_line("HAMLET, Prince of Denmark.")
    (('HAMLET',), 'Prince of Denmark.', False)
    >>> split_cast_line("GEORGE HENDERSON (County Attorney)")
    (('GEORGE HENDERSON',), '(County Attorney)', False)
    >>> split_cast_line("Lords, Ladies, Officers, and Attendants.")
    (('Lords', 'Ladies', 'Officers', 'Attendants'), None, True)
    >>> split_cast_line("Two Merchants.")
    (('Two Merchants',), None, True)
    >>> split_cast_line("_Two Dutch Merchants._")
    (('Two Dutch Merchants',), None, True)
    >>> split_cast_line("MACHIAVEL as Prologue speaker.")
    (('MACHIAVEL',), 'Prologue speaker.', False)
    >>> split_cast_line("WILFRID TAVISH, and       } (_Actors at the Pandora_)")
    (('WILFRID TAVISH',), '(_Actors at the Pandora_)', False)
    >>> split_cast_line("DALAND              _A Norwegian Navigator_")
    (('DALAND',), '_A Norwegian Navigator_', False)
    >>> split_cast_line("SIR PETER TEAZLE      Mr. King")
    (('SIR PETER TEAZLE',), 'Mr. King', False)
    >>> split_cast_line("Olaf & Nils (their sons).")
    (('Olaf', 'Nils'), '(their sons).', False)
    >>> split_cast_line("NADEZHDA[2] (_called_ NADYA), _seventeen years old_")
    (('NADEZHDA',), '(_called_ NADYA), _seventeen years old_', False)
    >>> split_cast_line("MRS. ALVING, widow of Captain Alving, late Chamberlain to\\nthe King.")
    (('MRS. ALVING',), 'widow of Captain Alving, late Chamberlain to\\nthe King.', False)
    """
    if text[:1] == "_" and _ITALIC.match(text):  # "_The Fiscal._": the whole line in italics
        text = text.strip("_").rstrip(".")
    if "}" in text:  # names braced together, the description after the brace
        names, _brace, rest = text.partition("}")
        roles = [w.strip(" .\t\n") for w in _CAST_AND.split(names)]
        return tuple(w for w in roles if w), rest.strip() or None, False
    words = [w.strip(" .\t\n") for w in _CAST_AND.split(text)]
    words = [w for w in words if w]
    if words and words[0].split()[0].casefold() in GROUP_NOUNS:  # "Peasants, peasant women, …"
        return _crowds(text)
    counted = words[0].split() if len(words) == 1 else []
    if 2 <= len(counted) <= 3 and counted[0].casefold() in _COUNT_WORDS and _plural(counted[-1]):
        return (words[0],), None, True  # "Two Merchants.", "Two Dutch Merchants.": a group
    paired = _named_pair(text) if " AND " in text or " and " in text else None
    if paired is not None:  # "PHILLY CULLEN AND JIMMY FARRELL, small farmers.": two roles
        return paired
    nicknamed = _NICKNAMED.match(text) if " (" in text else None
    if nicknamed is not None:  # "IVAN (VANYA) VOITSKI, her son": the pet name inside the name
        return (nicknamed["name"],), nicknamed["desc"].strip() or None, False
    acting = _CAST_AS.match(text)  # "MACHIAVEL as Prologue speaker.": the role, then its part
    if acting is not None:
        return (acting["name"].strip(),), acting["desc"].strip() or None, False
    # (a name, then a run of spaces and a description in italics: "DALAND      _A Navigator_";
    # or the actor who played it: "SIR PETER TEAZLE      Mr. King")
    match = _CAST_SPLIT.match(text)
    if match is not None and not match["sep"].strip():
        # a title after spaces: the actor's column ("SIR PETER TEAZLE      Mr. King",
        # after one space "SIR BENJAMIN BACKBITE Mr. Dodd"), unless the role's words
        # run on into it ("MAID to Mrs. Page.", "SERVANT TO Mrs. Hardcastle")
        name = match["name"].split()
        spaced = len(text[match.end("name") : match.start("desc")]) >= 2
        joined = name[-1].casefold() in _ROLE_JOINS
        if joined or not (spaced or match["name"].isupper()):
            match = None
    if match is None:
        return (_ROLE_NOTE.sub("", text.rstrip(".")),), None, False
    desc = match["desc"]
    if match["sep"] == "(":
        desc = "(" + desc
    # ("Ejlif & Morten (their sons …)": two roles, one description)
    pair = tuple(n.strip() for n in match["name"].split(" & ")) if " & " in match["name"] else ()
    # ("NADEZHDA[2] (_called_ NADYA), …": the editor's note number is no part of the name)
    name = _ROLE_NOTE.sub("", match["name"].strip())
    # ("AVOCATORI, four Magistrates.": the description counts them, a group)
    return pair or (name,), desc.strip() or None, counted_group(desc)


def counted_group(desc: str) -> bool:
    """A cast line's description that counts the role as several: "four
    Magistrates", "two Gentlemen of the court"; never an age ("two years old").

    >>> counted_group("four Magistrates."), counted_group("two years old")
    (True, False)
    >>> counted_group("a Knight")
    False
    """
    words = desc.strip(" ._").split()
    return (
        len(words) >= 2
        and words[0].casefold() in _COUNT_WORDS
        and _plural(words[1].rstrip(".,;"))
        and words[1].casefold() not in _AGES
        and "old" not in words
    )


_AGES: Final = frozenset(("years", "months", "weeks", "days"))


# A name in capitals with the pet name the play also calls the person in parentheses
# inside it, as translations of Chekhov set them: "IVAN (VANYA) VOITSKI, her son"
_NICKNAMED: Final = recache.compile(
    r"^(?P<name>[A-Z][A-Z'’\-]+ \([A-Z][A-Z'’\-]+\)(?: [A-Z][A-Z'’\-]+){1,2})"
    r"(?:,\s|$)(?P<desc>.*)$",
    re.S,
)
# Names in capitals joined by "and" before a comma and what they are, together:
# "SARA TANSEY, SUSAN BRADY, AND HONOR BLAKE, village girls."
_CAPITAL_NAME: Final = r"[A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+){0,2}"
_NAMED_PAIR: Final = recache.compile(
    rf"^(?P<names>{_CAPITAL_NAME}(?:, {_CAPITAL_NAME}){{0,4}},? (?:AND|and) {_CAPITAL_NAME}),"
    r" (?P<desc>[a-z].*)$",
    re.S,
)

_PAIR_JOINS: Final = recache.compile(r",? (?:AND|and) |, ")
# the small words that end a description's noun phrase: "girls of the parish"
_AFTER_NOUN: Final = frozenset(("of", "to", "in", "at", "from", "on", "with", "who", "that"))


def _named_pair(text: str) -> tuple[tuple[str, ...], str | None, bool] | None:
    """The roles of a cast line naming two people or more in capitals, joined by
    "and", who share one description in the plural (Synge's "PHILLY CULLEN AND JIMMY
    FARRELL, small farmers."; "NAZAROVNA and EFIMOVNA, women pilgrims"): a role each.
    A title alone before "and" is one role's ("LORD AND LADY CAPULET"), as is a
    description in the singular.

    >>> _named_pair("PHILLY CULLEN AND JIMMY FARRELL, small farmers.")
    (('PHILLY CULLEN', 'JIMMY FARRELL'), 'small farmers.', False)
    >>> _named_pair("KING AND QUEEN OF TYRE, rulers of the isle.") is None
    True
    >>> _named_pair("HOB AND NOB, a tavern's name.") is None
    True
    """
    found = _NAMED_PAIR.match(text)
    if found is None:
        return None
    desc = found["desc"]
    # the noun the description names them by, before what follows it ("girls of the parish")
    described = desc.split(",")[0].split()
    for at, word in enumerate(described):
        if at and word in _AFTER_NOUN:
            described = described[:at]
            break
    if not described or described[0] in ("a", "an") or not _plural(described[-1].strip(".;:")):
        return None  # "a tavern's sign that speaks": one thing, though its verb ends in s
    names = [n.strip() for n in _PAIR_JOINS.split(found["names"])]
    names = [n for n in names if n]
    if any(len(n.split()) == 1 and n.casefold() in TITLE_WORDS for n in names):
        return None
    return tuple(names), desc.strip() or None, False


# an editor's note number against a role in the cast list: "NADEZHDA[2]", or the stars of
# a note printed under the list: "GEORGE TESMAN.*" (the stop before them is the entry's)
_ROLE_NOTE: Final = recache.compile(r"(?<=\w)(?:\[\d{1,3}\]|\.?\*{1,3})$")


# What parts the roles of a cast line: a comma, or "and" in small letters, also in
# italics ("MESSENGERS, SOLDIERS, _and_ ATTENDANTS"); "MEN AND WOMEN" is one role.
_CAST_AND: Final = recache.compile(r",|(?<![^\W_])_?and_?(?![^\W_])")
# the "and" before a list's last item: "…, and Attendants", "…, _and_ ATTENDANTS"
_LAST_AND: Final = recache.compile(r"^_?and_?\s")


def _crowds(text: str) -> tuple[tuple[str, ...], str | None, bool]:
    """A line of groups, parted at its commas (an "and" inside an item, as in
    "Men of various conditions and occupations", keeps it whole), with a
    description after a dash at its end.

    >>> _crowds("Men of various conditions and occupations, a few women, and a troop of\\n"
    ...         "schoolboys--the audience at a public meeting.")
    (('Men of various conditions and occupations', 'a few women', 'a troop of\\nschoolboys'), \
'the audience at a public meeting.', True)
    >>> _crowds("Lords and Ladies")
    (('Lords', 'Ladies'), None, True)
    """
    head, dash, desc = text.partition("--") if "--" in text else text.partition("—")
    items = [_LAST_AND.sub("", w.strip(" .\t\n")).strip() for w in head.split(",")]
    if len(items) == 1:  # "Lords and Ladies": no comma, so "and" parts them
        items = [w.strip(" .\t\n") for w in _CAST_AND.split(head)]
    return tuple(w for w in items if w), (desc.strip() or None) if dash else None, True


# A role, then its description after a comma, a parenthesis or a dash; or, after a
# run of spaces, a description in italics ("DALAND      _A Navigator_") or the actor
# who played it ("SIR PETER TEAZLE      Mr. King", "SIR BENJAMIN BACKBITE Mr. Dodd";
# see split_cast_line for "MAID to Mrs. Page.").
_CAST_SPLIT: Final = recache.compile(
    r"^(?P<name>[^,(—\n]{1,60}?)\s?(?P<sep>,|\(|—|--|[ \t]{2,}(?=_)"
    r"|[ \t]+(?=(?:Mr|Mrs|Miss|Ms|Mme|Mlle)\.?\s[A-Z][a-z]))\s?(?P<desc>.*)$",
    re.S,
)
# the small words a role's name runs on with into a person's title ("MAID to Mrs. Page")
_ROLE_JOINS: Final = frozenset(("to", "of", "for", "and", "with", "the"))
# a role in capitals and the part it plays: "MACHIAVEL as Prologue speaker."
_CAST_AS: Final = recache.compile(
    r"^(?P<name>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,3}) as (?P<desc>.+)$"
)
# the numbers that count a group in a cast list: "Two Merchants", "Three Jews"
_COUNT_WORDS: Final = frozenset(
    "two three four five six seven eight nine ten several some many other various sundry".split()
)


def _plural(word: str) -> bool:
    """ "Merchants", "Jews", "Watchmen", "Children": a noun in the plural.

    >>> _plural("Merchants"), _plural("Watchmen"), _plural("Merchant")
    (True, True, False)
    """
    folded = word.casefold()
    return folded.endswith(("s", "men", "ren")) and not folded.endswith("ss")


def _cast(head: Token | None, lines: list[list[Token]]) -> CastList | None:
    if head is None and not lines:
        return None
    entries: list[CastEntry] = []
    braced = _braced(lines)
    for index, entry in enumerate(lines):
        text = "\n".join(t.text for t in entry)
        if index in braced:  # "JACOMO,     |" / "BARNARDINE, | friars.": the brace's words
            roles = split_cast_line(_beside_brace(text)[0].strip(" ,"))[0]
            entries.append(CastEntry(text, roles, braced[index], entry[0].line))
            continue
        if set(text) == _STAR_ROW and entries:
            # "* * * * *" parts the men from the women: no one, the last entry's layout
            last = entries[-1]
            entries[-1] = CastEntry(
                last.text + "\n" + text, last.roles, last.description, last.line, last.group
            )
            continue
        roles, desc, group = split_cast_line(_unbulleted(text))
        entries.append(CastEntry(text, roles, desc, entry[0].line, group))
    return CastList(
        head.text if head else None,
        head.line if head else lines[0][0].line,
        tuple(_shared_descriptions(entries)),
    )


def _shared_descriptions(entries: list[CastEntry]) -> list[CastEntry]:
    """Names alone on their lines, each ending in a comma, over a line that
    describes them all (``Mr. GERRARD,`` / ``Mr. MARTIN,`` / ``Young Gentlemen
    of the town, and friends.``): that line is their description, no role; it
    stays written with the last of them."""
    out: list[CastEntry] = []
    for entry in entries:
        named = [
            e
            for e in out[-_ENTRY_LINES:]
            if e.text.endswith(",") and len(e.roles) == 1 and e.description is None
        ]
        run = 0
        while run < len(named) and named[-1 - run].line == entry.line - 1 - run:
            run += 1
        if (
            run < 2
            or out[-1].line != entry.line - 1
            or "\n" in entry.text
            or _CAST_NAME_FIRST.match(_unbulleted(entry.text))
        ):
            out.append(entry)
            continue
        desc = entry.text
        for at in range(len(out) - run, len(out)):
            last = out[at]
            text = last.text + "\n" + desc if at == len(out) - 1 else last.text
            out[at] = CastEntry(text, last.roles, desc, last.line, last.group)
    return out


def _brace(text: str) -> str | None:
    """The brace a cast line is drawn against, "|" or a closing "}" after the
    name ("Malantius}" / "Diphilius} _Brothers to_ Evadne."), or None."""
    if "|" in text and text[:1] != "|":
        return "|"
    before = text.partition("}")[0]
    # ("DOUGLAS GLYNN, ALBERT PALK, }": a list of names wrapped against the brace is
    # read as a list, each line a line of it)
    # ("DIANET,     }" / "MIR BABA,   } _Indian Lords …": one name and its comma is braced)
    if "}" in text and before.strip() and "{" not in text and "," not in before.strip(" ,"):
        return "}"
    return None


def _beside_brace(text: str) -> tuple[str, str]:
    """The words before a cast line's brace and the words beside it."""
    before, _, after = text.partition(_brace(text) or "|")
    return before, after.strip()


def _braced(lines: list[list[Token]]) -> dict[int, str | None]:
    """Cast lines braced together with a "|" drawn down the page (or "}"), two
    or more in a row ("ELSE,   |" / "GRETA,  | His daughters."): each line's index and
    the words beside the brace, which describe every role it holds."""
    braced: dict[int, str | None] = {}
    run: list[int] = []
    for index, entry in enumerate([*lines, []]):
        bar = len(entry) == 1 and _brace(entry[0].text) is not None
        # a brace holds the lines right under one another: a blank line ends it
        if bar and (not run or entry[0].line == lines[run[-1]][0].line + 1):
            run.append(index)
            continue
        if len(run) >= 2:
            words = [_beside_brace(lines[i][0].text)[1] for i in run]
            desc = " ".join(w for w in words if w) or None
            braced.update(dict.fromkeys(run, desc))
        run = [index] if bar else []
    return braced


def _headless_cast(front: list[list[Token]]) -> tuple[list[list[Token]], list[Token]]:
    """A run of three or more one-line paragraphs naming persons in capitals
    after the title: a cast list without a heading (Glaspell's *Trifles*)."""
    best: tuple[int, int] = (0, 0)
    start = None
    for index, para in enumerate([*front, []]):
        fits = index > 0 and len(para) == 1 and _CAST_LINE.match(para[0].text) is not None
        if fits and start is None:
            start = index
        elif not fits and start is not None:
            if index - start > best[1] - best[0]:
                best = (start, index)
            start = None
    if best[1] - best[0] < 3:
        return front, []
    cast = [para[0] for para in front[best[0] : best[1]]]
    return front[: best[0]] + front[best[1] :], cast


# ------------------------------------------------------------------------ library


def _library(lines: tuple[str, ...]) -> tuple[int, int, SourceInfo, list[Boilerplate]]:
    """The lines of the play between a digital library's header and footer,
    what the header says of the edition, and the furniture, one per line."""
    start = next((i for i, line in enumerate(lines) if _LIBRARY_START.match(line)), None)
    if start is None:
        return 0, len(lines), SourceInfo(), []
    stop = next(
        (i for i in range(start + 1, len(lines)) if _LIBRARY_END.match(lines[i])), len(lines)
    )
    while stop > start + 1 and (
        not lines[stop - 1].strip() or _LIBRARY_END_NOTE.match(lines[stop - 1])
    ):
        stop -= 1
    begin = start + 1
    while begin < stop and not lines[begin].strip():
        begin += 1
    if begin < stop and _LIBRARY_CREDIT.match(lines[begin].strip()):
        while begin < stop and lines[begin].strip():
            begin += 1
    fields: dict[str, str] = {}
    for line in lines[:start]:
        found = _LIBRARY_FIELD.match(line.strip())
        if found is not None:
            fields.setdefault(found["key"], found["v"].strip())
    number = next((m["n"] for line in lines[:start] if (m := _EBOOK_NUMBER.search(line))), None)
    info = SourceInfo(
        fields.get("Title"),
        fields.get("Author"),
        fields.get("Translator"),
        _EBOOK_NUMBER.sub("", fields.get("Release Date", "")).strip() or None,
        number,
    )
    furniture = [
        Boilerplate(lines[i].strip(), i + 1)
        for i in [*range(0, begin), *range(stop, len(lines))]
        if lines[i].strip()
    ]
    return begin, stop, info, furniture


def _front_matter(lines: tuple[str, ...]) -> SourceInfo:
    """The title and author a Markdown copy's YAML front matter gives, as a
    reading site or a notes vault opens each play or scene with it ("---" /
    "Title: …" / "Author:" / "  - …" / "---"); its lines stay the play's, as
    written, before the title page.

    >>> _front_matter(("---", "Title: The Storm", "Author:", "  - Ann Lee", "---", "## Act 1"))
    SourceInfo(title='The Storm', author='Ann Lee', translator=None, release=None, ebook=None)
    """
    end = yaml_front_end([line.strip() for line in lines[:YAML_LINES]])
    fields: dict[str, str] = {}
    key = ""
    for line in lines[1:end]:
        text = line.strip()
        if text[:2] == "- " and key and not fields.get(key):
            fields[key] = text[2:].strip()  # "Author:" over "  - Ann Lee": a list's first
            continue
        found = YAML_FIELD.fullmatch(text)
        if found is not None:
            key = found["key"].casefold()
            fields.setdefault(key, found["value"].strip().strip("\"'"))
    return SourceInfo(fields.get("title") or None, fields.get("author") or None)


# ------------------------------------------------------------------------- reader

_PLAY_MARKS: Final = frozenset(("act", "act-scene", "scene", "frame", "cast-head", "setting"))


_MARK_WORDS: Final = frozenset(
    w.upper()
    for w in (
        *ACT_WORDS,
        *SCENE_WORDS,
        *STAGE_OPENERS,
        *DIVISION_WORDS,
        "act",
        "actus",
        "scene",
        "scena",
        "scoena",
        "scaena",
        "prologue",
        "epilogue",
        "induction",
        "dramatis",
        "persons",
        "characters",
        "cast",
        "acteurs",
        "personnages",
        "personajes",
        "the",
    )
)


def _marked(lines: tuple[str, ...]) -> bool:
    """An act, scene, prologue or cast-list heading, a SCENE: setting, or two
    entrances or exits. Only lines whose first word may begin one are lexed:
    for a transcript this is a small part of the cost of reading it."""
    comings = 0
    for number, raw in enumerate(lines, 1):
        text = raw.strip()
        first = _unmarked(text).lstrip("_[(").split(None, 1)[:1]
        if not first or first[0].strip(".:_[]()").upper() not in _MARK_WORDS:
            continue
        token = (
            _heading(text, number, 0) or _cast_head(text, number, 0) or _direction(text, number, 0)
        )
        if token is None:
            continue
        if token.kind in _PLAY_MARKS and (token.kind != "setting" or text[:5].upper() == "SCENE"):
            return True
        if token.kind == "stage" and stage_kind(text, "business") != "business":
            comings += 1
            if comings >= 2:
                return True
    return False


def is_play(lines: tuple[str, ...], profile: Profile | None) -> bool:
    """Whether to read ``lines`` as a play: ``--shape play``, or (detecting)
    an act, scene or cast-list heading, a setting or two entrances or exits,
    with at least two prefixes the play establishes used five times."""
    name = profile.name if profile is not None else "auto"
    if name == "play":
        return True
    if name != "auto" or (profile is not None and profile.label is not None):
        return False
    begin, stop, _info, _furniture = _library(lines)
    italic = italic_prefixes(lines[begin:stop])
    if not italic and not _marked(lines[begin:stop]) and not verse_dialogue(lines[begin:stop]):
        return False
    tokens = settle_unstopped_capitals(lex_lines(lines, begin, stop))
    surveyed = _italic_names(tokens, survey_prefixes(tokens), italic)
    tokens = settle_open_italics(tokens, surveyed)
    prefixes = {p for p in surveyed.accepted if len(p) > 1}  # not Q. and A.
    spoken = [t for t in tokens if t.kind == "prefix" and t.name.casefold() in prefixes]
    used = len(spoken)
    # the italics, a digital library's header over it, a cast list naming every
    # prefix ("PERSONS" over "MAIRE (a widow)"), or every prefix alone on its line
    # over its speech (a short scene under "ACTO PRIMERO."), mark a book's play
    cast = {name.casefold() for name in _cast_capitals(tokens)[0]}
    alone = bool(spoken) and not any(t.rest for t in spoken)
    marked = italic or begin > 0 or (bool(prefixes) and prefixes <= cast) or alone
    return len(prefixes) >= 2 and used >= (4 if marked else 5)


def read_play(lines: tuple[str, ...]) -> tuple[Play, list[Boilerplate]]:
    begin, stop, info, furniture = _library(lines)
    if not begin and lines[:1] and lines[0].strip() in FRONT_MATTER_RULES:
        info = _front_matter(lines)
    tokens = settle_unstopped_capitals(lex_lines(lines, begin, stop))
    prefixes = _italic_names(tokens, survey_prefixes(tokens), italic_prefixes(lines[begin:stop]))
    tokens, prefixes = settle_led_prefixes(settle_open_italics(tokens, prefixes), prefixes)
    parser = parse_tokens(tokens, prefixes)
    for raw in parser.raw:
        _song_caption(raw)
    if parser.cast_head is None:
        front_paras, headless = _headless_cast(parser.front)
        cast = _cast(None, [[t] for t in headless])
    else:
        front_paras, cast = parser.front, _cast(parser.cast_head, parser.cast)
    texts = [_speech_lines(r) for r in parser.raw]
    judged = [judge_verse(speech_lines) for speech_lines in texts]
    decided = [j for j in judged if j is not None]
    prose_play = _prose_play(decided, texts)
    if prose_play:  # "(taking / Petkoff's arm)": prose wraps its directions
        judged = [
            False if v and _wrapped_direction(t) else v for v, t in zip(judged, texts, strict=True)
        ]
    else:
        names = [r.token.name for r in parser.raw]
        judged = by_speaker(names, [r.token.line for r in parser.raw], judged)
    indents = [t.indent for r in parser.raw for t in r.items if isinstance(t, Token)]
    base = min(indents, default=0)
    speeches = [
        build_speech(raw, decide_verse(speech_lines, verse, prose_play, base), base, not prose_play)
        for raw, speech_lines, verse in zip(parser.raw, texts, judged, strict=True)
    ]
    speeches = mark_split_lines(speeches)
    listed, body = _division_list(_fill(tuple(parser.body), speeches))
    front = [
        FrontLine(f.text, "p", f.line) if f.line in parser.plain else f
        for f in _front(front_paras, info.title)
    ] + [FrontLine(d.text, "stage", d.line) for d in parser.front_directions]
    front += listed
    back = tuple(FrontLine("\n".join(t.text for t in p), "p", p[0].line) for p in parser.back)
    play = Play(tuple(sorted(front, key=lambda f: f.line)), cast, body, info, back=back)
    return play, furniture


def mark_split_lines(speeches: list[Speech]) -> list[Speech]:
    """A verse line marked ``F`` (indented to go on from the line before) makes
    the previous speech's last verse line ``I`` (or ``M`` if it went on itself)."""
    out = list(speeches)
    for index in range(1, len(out)):
        speech = out[index]
        first = next((b for b in speech.body if isinstance(b, SpokenText)), None)
        if first is None or first.part != "F" or not out[index - 1].verse:
            continue
        previous = out[index - 1]
        body = list(previous.body)
        for position in range(len(body) - 1, -1, -1):
            item = body[position]
            if isinstance(item, SpokenText):
                part = "M" if item.part == "F" else "I"
                body[position] = SpokenText(item.parts, item.line, part)  # type: ignore[arg-type]
                break
        out[index - 1] = Speech(
            previous.prefix,
            previous.name,
            previous.line,
            tuple(body),
            previous.verse,
            previous.delivery,
            previous.own_line,
        )
    return out
