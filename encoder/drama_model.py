"""The model of a play: frozen dataclasses that know no XML and no syntax.

A play read from plain text is its title page (:class:`FrontLine`), an
optional cast list, and a body of divisions (acts, scenes, a prologue) that
hold speeches and stage directions in source order. Every node keeps its
source line; text is kept as written (stripped of the line's indentation),
so the round trip can give every line back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

StageKind = Literal["entrance", "exit", "delivery", "setting", "business"]


@dataclass(frozen=True, slots=True)
class StageDirection:
    """``text`` as written, brackets and all; lines joined with ``\\n``."""

    text: str
    kind: StageKind
    line: int


@dataclass(frozen=True, slots=True)
class Footnote(StageDirection):
    """An editor's footnote set as a block where the book printed it: Project
    Gutenberg moves a page's footnotes under the paragraph that holds their
    anchor (``[Footnote 1: …]``). ``text`` is the note's words (without the
    brackets and the label), ``n`` its number. It stands where directions stand
    (between speeches, inside one), so the reader's layout rules take it as the
    block it is; the writer makes it a ``note``, never a ``stage``."""

    n: str = ""


@dataclass(frozen=True, slots=True)
class PageBreak(StageDirection):
    """A page marker an edition's copy keeps on a line of its own (``[Pg 12]``,
    ``[Page 12]``): laid out as a direction is (between speeches, inside one),
    written as the page break it is (``pb``, the marker as printed an ``fw``),
    never a ``stage``. ``text`` is the marker as written, ``n`` the page."""

    n: str = ""


Part = Literal["I", "M", "F"]


@dataclass(frozen=True, slots=True)
class SpokenText:
    """A verse line, or a prose paragraph (its lines joined with ``\\n``), with
    the directions written inside it; ``part`` marks a verse line split
    between speakers (``I`` initial, ``M`` medial, ``F`` final)."""

    parts: tuple[str | StageDirection, ...]
    line: int
    part: Part | None = None


@dataclass(frozen=True, slots=True)
class Speech:
    """``prefix`` as written with its terminator ("Macb.", "HALE:"); ``name``
    the prefix without it; ``delivery`` a direction between prefix and speech;
    ``own_line`` when the speech begins on the line after the prefix."""

    prefix: str
    name: str
    line: int
    body: tuple[SpokenText | StageDirection, ...]
    verse: bool
    delivery: StageDirection | None = None
    own_line: bool = False
    who: str = ""


DivisionKind = Literal["act", "scene", "prologue", "epilogue", "induction"]


@dataclass(frozen=True, slots=True)
class Trailer:
    """ "END OF THE FIRST ACT.", "THE END.": the close of a division, as written."""

    text: str
    line: int


@dataclass(frozen=True, slots=True)
class Division:
    kind: DivisionKind
    head: str | None  # the heading as written; None for an implicit scene
    line: int
    content: tuple[Node, ...]


# what a division holds
Node = Division | Speech | StageDirection | Trailer

FrontKind = Literal["title", "author", "date", "p", "stage", "note"]


@dataclass(frozen=True, slots=True)
class FrontLine:
    """A paragraph of the title page; ``when`` an ISO year or date where one is stated."""

    text: str
    kind: FrontKind
    line: int
    when: str | None = None
    n: str | None = None  # a footnote's number ("note")


@dataclass(frozen=True, slots=True)
class CastEntry:
    """One line of the cast list: the roles' names and what the line says of them."""

    text: str  # the line as written (stripped)
    roles: tuple[str, ...]
    description: str | None
    line: int
    group: bool = False  # "Lords, Ladies, Officers": groups, one per role
    ids: tuple[str, ...] = ()  # filled by the cast transform


@dataclass(frozen=True, slots=True)
class CastList:
    head: str | None
    line: int
    entries: tuple[CastEntry, ...]


@dataclass(frozen=True, slots=True)
class Character:
    ident: str
    name: str
    kind: Literal["person", "group"]
    sex: str | None = None
    prefixes: tuple[str, ...] = ()  # the prefixes resolved to this character


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """What a digital library's header says of the edition (kept out of the text)."""

    title: str | None = None
    author: str | None = None
    translator: str | None = None
    release: str | None = None  # "Release Date: …" as written
    ebook: str | None = None  # the library's number


@dataclass(frozen=True, slots=True)
class Play:
    front: tuple[FrontLine, ...]
    cast: CastList | None
    body: tuple[Node, ...]
    source: SourceInfo = SourceInfo()
    characters: tuple[Character, ...] = ()
    unresolved: tuple[str, ...] = ()  # prefixes that named no one (reported)
    back: tuple[FrontLine, ...] = ()  # what follows "THE END." (a printer's imprint, errata)


def iterate_speeches(
    content: tuple[Node, ...],
) -> list[Speech]:
    """Every speech in document order.

    >>> s = Speech("A.", "A", 3, (), False)
    >>> iterate_speeches((Division("act", "ACT I", 1, (s,)),)) == [s]
    True
    """
    found: list[Speech] = []
    for node in content:
        if isinstance(node, Division):
            found.extend(iterate_speeches(node.content))
        elif isinstance(node, Speech):
            found.append(node)
    return found


def iterate_directions(
    content: tuple[Node, ...],
) -> list[StageDirection]:
    """Every stage direction in document order, inside speeches too (a
    delivery note after a prefix included)."""
    found: list[StageDirection] = []
    for node in content:
        if isinstance(node, Division):
            found.extend(iterate_directions(node.content))
        elif isinstance(node, StageDirection):
            found.append(node)
        elif isinstance(node, Speech):
            if node.delivery is not None:
                found.append(node.delivery)
            for item in node.body:
                if isinstance(item, StageDirection):
                    found.append(item)
                else:
                    found.extend(p for p in item.parts if isinstance(p, StageDirection))
    return found
