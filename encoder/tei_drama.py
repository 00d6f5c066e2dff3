"""A play → TEI (chapter 7 of the Guidelines, "Performance Texts").

Called by :func:`encoder.tei.to_tei` when the transcript is a play: the
header is the transcript header with the play's title, author, source and
characters; the text is ``front`` (title page, ``castList``) and ``body``
(``div type="act"``/``"scene"``, ``sp``, ``l``/``p``, ``stage``). Lines of the
source are kept: a prose paragraph's line breaks are ``lb``, a prefix on a
line of its own is followed by ``lb``.
"""

from __future__ import annotations

from typing import Final

from lxml import etree

from .drama_model import (
    CastList,
    Character,
    Division,
    Footnote,
    FrontLine,
    PageBreak,
    Play,
    Speech,
    SpokenText,
    StageDirection,
    Trailer,
)
from .header import NORMALIZATION as SAID_OF_ANY
from .xmlio import TEI, XML_ID, last_child

_E = etree._Element


def _el(parent: _E, name: str, attrib: dict[str, str] | None = None) -> _E:
    return etree.SubElement(parent, TEI + name, attrib)


def _add_text(parent: _E, value: str) -> None:
    """Character data after ``parent``'s last child; ``\\n`` becomes ``lb``."""
    for index, piece in enumerate(value.split("\n")):
        if index:
            _el(parent, "lb")
        if not piece:
            continue
        last = last_child(parent)
        if last is not None:
            last.tail = (last.tail or "") + piece
        else:
            parent.text = (parent.text or "") + piece


def _full_stop(elem: etree._Element) -> str:
    """The full stop a sentence of ``elem`` still needs: none where its text
    ends with one already ("… August 8, 1916." then no second stop)."""
    written = "".join(str(piece) for piece in elem.itertext())
    return "" if written.rstrip().endswith((".", "!", "?")) else "."


def _stage(parent: _E, direction: StageDirection) -> None:
    if isinstance(direction, Footnote):  # laid out as a direction is, no direction
        _note(parent, direction.text, direction.n)
        return
    if isinstance(direction, PageBreak):  # "[Pg 12]": the edition's page, as printed
        _el(parent, "pb", {"n": direction.n})
        _add_text(_el(parent, "fw", {"type": "pageNum"}), direction.text)
        return
    _add_text(_el(parent, "stage", {"type": direction.kind}), direction.text)


def _note(parent: _E, text: str, number: str) -> None:
    """A footnote where the book's copy set it (``rend="block"``: a block of its
    own, not a mark at the anchor, which stays in the text as written)."""
    attrib = {"n": number, "place": "foot", "rend": "block"}
    _add_text(_el(parent, "note", attrib), text)


def _spoken(parent: _E, text: SpokenText) -> None:
    for part in text.parts:
        if isinstance(part, StageDirection):
            _stage(parent, part)
        else:
            _add_text(parent, part)


def write_speech(parent: _E, speech: Speech) -> None:
    sp = _el(parent, "sp", {"who": " ".join("#" + w for w in speech.who.split())})
    _add_text(_el(sp, "speaker"), speech.prefix)
    if speech.delivery is not None:
        _stage(sp, speech.delivery)
    if speech.own_line:
        _el(sp, "lb")
    for item in speech.body:
        if isinstance(item, StageDirection):
            _stage(sp, item)
        elif speech.verse:
            line = _el(sp, "l", {"part": item.part} if item.part else None)
            _spoken(line, item)
        else:
            _spoken(_el(sp, "p"), item)
    if len(sp) == 1 or (len(sp) == 2 and sp[-1].tag == TEI + "lb"):
        _el(sp, "p")  # a prefix with no speech after it (broken input): TEI wants a block


def write_division(parent: _E, division: Division) -> None:
    div = _el(parent, "div", {"type": division.kind})
    if division.head is not None:
        _add_text(_el(div, "head"), division.head)
    for node in division.content:
        if isinstance(node, Division):
            write_division(div, node)
        elif isinstance(node, Speech):
            write_speech(div, node)
        elif isinstance(node, Trailer):
            _add_text(_el(div, "trailer"), node.text)
        else:
            _stage(div, node)
    if len(div) == (division.head is not None) and not any(
        isinstance(n, Division) for n in division.content
    ):
        _el(div, "p")  # a heading with nothing under it


_FRONT_TAGS: Final = {"author": "docAuthor", "p": "p"}


def _front_line(front: _E, line: FrontLine) -> None:
    if line.kind == "title":
        _add_text(_el(_el(front, "docTitle"), "titlePart", {"type": "main"}), line.text)
    elif line.kind == "date":
        attrib = {"when": line.when} if line.when else None
        _add_text(_el(front, "docDate", attrib), line.text)
    elif line.kind == "stage":
        _add_text(_el(_el(front, "p"), "stage", {"type": "setting"}), line.text)
    elif line.kind == "note":
        _note(front, line.text, line.n or "")
    else:
        _add_text(_el(front, _FRONT_TAGS[line.kind]), line.text)


def _cast_list(front: _E, cast: CastList) -> None:
    if not cast.entries:  # a heading with no one under it (reported by the cast transform)
        _add_text(_el(front, "p"), cast.head or "")
        return
    listing = _el(front, "castList")
    if cast.head is not None:
        _add_text(_el(listing, "head"), cast.head)
    for entry in cast.entries:
        item = _el(listing, "castItem", {"type": "list" if entry.group else "role"})
        rest = entry.text
        for role, ident in zip(entry.roles, entry.ids, strict=True):
            start = rest.find(role)
            _add_text(item, rest[:start])
            _add_text(_el(item, "role", {"corresp": "#" + ident}), role)
            rest = rest[start + len(role) :]
        desc = entry.description
        if desc and desc in rest:
            start = rest.find(desc)
            _add_text(item, rest[:start])
            _add_text(_el(item, "roleDesc"), desc)
            rest = rest[start + len(desc) :]
        _add_text(item, rest)


def write_play_text(text: _E, play: Play) -> None:
    """``front`` (title page and cast list in source order) and ``body``."""
    items: list[tuple[int, FrontLine | CastList]] = [(f.line, f) for f in play.front]
    if play.cast is not None:
        items.append((play.cast.line, play.cast))
    if items:
        front = _el(text, "front")
        for _line, item in sorted(items, key=lambda pair: pair[0]):
            if isinstance(item, CastList):
                _cast_list(front, item)
            else:
                _front_line(front, item)
    body = _el(text, "body")
    for division in play.body:
        assert isinstance(division, Division)  # the reader puts all text in divisions
        write_division(body, division)
    if not len(body):
        _el(_el(body, "div", {"type": "scene"}), "p")
    if play.back:
        back = _el(text, "back")
        for line in play.back:
            _add_text(_el(back, "p"), line.text)


def write_characters(profile: _E, characters: tuple[Character, ...]) -> None:
    """``particDesc/listPerson`` with a ``person`` or ``personGrp`` per character."""
    if not characters:
        return
    partic = etree.Element(TEI + "particDesc")
    listing = _el(partic, "listPerson")
    for character in characters:
        attrib = {XML_ID: character.ident}
        if character.sex:
            attrib["sex"] = character.sex
        elem = _el(listing, "personGrp" if character.kind == "group" else "person", attrib)
        _add_text(_el(elem, "persName"), character.name)
    usage = profile.find(TEI + "langUsage")
    position = list(profile).index(usage) + 1 if usage is not None else len(profile)
    text_class = profile.find(TEI + "textClass")
    if text_class is not None:
        position = list(profile).index(text_class) + 1
    profile.insert(position, partic)


_NORMALIZATION: Final = (
    "The play is encoded diplomatically: spelling, punctuation and typography of the source "
    "are kept as written, brackets, underscores for italics and prefixes' terminators "
    "included. Line endings were normalised to LF; every line of the source is kept: a verse "
    "line is an l, the lines of prose are joined in a p by lb."
)
_INTERPRETATION: Final = (
    "Speaker prefixes became sp/speaker; sp/@who names the character the prefix stands for, "
    "found through the cast list, the stage directions and the other prefixes (a prefix that "
    "names no one is a character of its own). Acts and scenes became div with head; stage "
    "directions became stage with a TEI sample @type (entrance, exit, setting, delivery, "
    "business). A speech is verse (l) or prose (p) as its lines show. The header and footer "
    "of a digital library were removed from the text and are listed in notesStmt."
)


def write_play_header(header: _E, play: Play, fallback_title: str) -> None:
    """Title and author from the title page (or the library's header), the
    source edition in ``sourceDesc``, what the encoding decided in
    ``editorialDecl``."""
    decl = header.find(f"{TEI}encodingDesc/{TEI}editorialDecl")
    assert decl is not None
    for name, value in (("normalization", _NORMALIZATION), ("interpretation", _INTERPRETATION)):
        paragraph = decl.find(f"{TEI}{name}/{TEI}p")
        assert paragraph is not None
        # what the transcript header said of this source after its own sentences (the
        # encoding it was read in, NFC) stays, after the play's
        said = paragraph.text or ""
        paragraph.text = value + (said[len(SAID_OF_ANY) :] if said.startswith(SAID_OF_ANY) else "")
    title_page = next((f for f in play.front if f.kind == "title"), None)
    author_line = next((f for f in play.front if f.kind == "author"), None)
    title = play.source.title or (
        # the words, without the quotes and italics they are set in: '"_THE RESCUE_"'
        " ".join(title_page.text.split()).strip('"“”_ ') if title_page else fallback_title
    )
    author = play.source.author or (" ".join(author_line.text.split()[1:]) if author_line else None)
    if title_page is not None and title_page.text.startswith("["):  # "[T by A 1603]"
        inner = title_page.text.strip("[]")
        head, _, rest = inner.partition(" by ")
        title = play.source.title or head
        words = rest.split()
        author = play.source.author or " ".join(w for w in words if not w.isdigit()) or None
    title_stmt = header.find(f"{TEI}fileDesc/{TEI}titleStmt")
    assert title_stmt is not None
    title_stmt[0].text = title
    if author:
        title_stmt.insert(1, etree.Element(TEI + "author"))
        title_stmt[1].text = author
    source = header.find(f"{TEI}fileDesc/{TEI}sourceDesc")
    assert source is not None
    # the digital source the play was copied from, in the place every edition has it;
    # what the collection file says of it (its URL, its record id) is kept
    given = source.find(f"{TEI}bibl[@type='digital']")
    ident = given.get(XML_ID) if given is not None else None
    kept = [c for c in given if c.tag in (TEI + "ptr", TEI + "idno")] if given is not None else []
    for child in list(source):
        source.remove(child)
    bibl = _el(source, "bibl", ({XML_ID: ident} if ident else {}) | {"type": "digital"})
    _add_text(_el(bibl, "title"), title)
    if author:
        _add_text(bibl, ", ")
        _add_text(_el(bibl, "name"), author)
    if play.source.translator:
        _add_text(bibl, ", translated by ")
        _add_text(_el(bibl, "name"), play.source.translator)
    if play.source.ebook:
        _add_text(bibl, ". Project Gutenberg eBook ")
        _add_text(_el(bibl, "idno", {"type": "gutenberg"}), play.source.ebook)
    if play.source.release:
        _add_text(bibl, f", {play.source.release}")
    for line in play.front:
        if line.kind == "date" and line.when:
            _add_text(bibl, _full_stop(bibl) + " ")
            _add_text(_el(bibl, "date", {"when": line.when}), " ".join(line.text.split()))
    _add_text(bibl, _full_stop(bibl))
    for element in kept:
        element.tail = None
        _add_text(bibl, " ")
        bibl.append(element)
