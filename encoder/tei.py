"""Model → TEI P5 (an lxml tree): one handler per node type.

The writer never sees transcript syntax: brackets, anchors and labels were
resolved by the reader and the transforms. Content's ``.text``/``.tail`` are
written by :func:`_add_text` and, for text after an element an inline handler
returned, by :func:`write_inlines`.
"""

from __future__ import annotations

from contextvars import ContextVar
from functools import singledispatch
from typing import TYPE_CHECKING, Final

from lxml import etree

from . import glyphs
from .edition import Edition, document_id
from .ids import editor_id
from .model import (
    Anchor,
    ArchivalCitation,
    Block,
    Boilerplate,
    Breaks,
    Citation,
    CitedAuthor,
    CitedTitle,
    ClockLine,
    Closer,
    Commentary,
    Correction,
    DateLine,
    Dateline,
    DateText,
    DocType,
    EditorialNote,
    Folio,
    Foreign,
    FunderField,
    FundingLine,
    Gloss,
    Heading,
    Incident,
    Inline,
    LineBreak,
    MetadataField,
    Narration,
    Note,
    NoteBody,
    PageMark,
    Paragraph,
    ParticipantsHead,
    ParticipantsLine,
    PersName,
    PlaceName,
    Rights,
    SectionLabel,
    SourceLine,
    Stage,
    Stamp,
    Supplied,
    Text,
    TimeMark,
    TitleLine,
    Transcript,
    Turn,
    plain_text,
)
from .reader.patterns import TO_SUPERSCRIPT
from .record import Record
from .xmlio import TEI, TEI_NS, XML_ID, XML_LANG, last_child

if TYPE_CHECKING:
    from .header import WrittenIds
    from .parts import BodyParts

_E = etree._Element

LANGUAGE_NAMES: Final = {
    "en": "English",
    "ru": "Russian",
    "zh": "Chinese",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pl": "Polish",
    "nl": "Dutch",
    "pt": "Portuguese",
    "ja": "Japanese",
    "ar": "Arabic",
    "und": "undetermined",
}


class Options(Record):
    source_date_epoch: int | None = None
    edition: Edition = Edition()  # the edition's metadata (edition.py)


# The ids and pointers of the document being written whole (to_tei sets it).
_WRITTEN: ContextVar[WrittenIds | None] = ContextVar("_WRITTEN", default=None)


def _el(
    parent: _E | None, name: str, attrib: dict[str, str] | None = None, text: str | None = None
) -> _E:
    """The one maker of elements here and in the header: each id and pointer
    goes through the document's :class:`encoder.header.WrittenIds`, if set.

    The attributes are set one by one, which lxml does faster than it takes
    them as the new element's dictionary (~0.4 us less for two)."""
    tag = TEI + name
    elem = etree.Element(tag) if parent is None else etree.SubElement(parent, tag)
    if attrib:
        ids = _WRITTEN.get()
        if ids is not None:
            ids.set_attributes(elem, attrib)
        else:
            for key, value in attrib.items():
                elem.set(key, value)
    if text is not None:
        elem.text = text
    return elem


def _add_text(parent: _E, value: str) -> None:
    """Append character data to ``parent`` after its last child (the only text writer)."""
    if not value:
        return
    last = last_child(parent)
    if last is not None:
        last.tail = (last.tail or "") + value
    else:
        parent.text = (parent.text or "") + value


def write_glyphs(root: _E) -> None:
    """Each control character under ``root`` as the ``<g>`` that points at its
    declaration (:mod:`encoder.glyphs`)."""
    glyphs.write_glyphs(root, lambda code: _el(None, "g", {"ref": "#" + glyphs.char_id(code)}))


def _plain(content: tuple[Inline, ...]) -> str:
    """The reading text of inline content, notes left out (for the header)."""
    return plain_text(content).strip()


# ------------------------------------------------------------------ inlines


@singledispatch
def write_inline(node: Inline, parent: _E, doc: Transcript) -> _E | None:
    """Write ``node`` into ``parent``; the last element it appended there, or
    None if it wrote text only."""
    raise TypeError(f"no TEI handler for {type(node).__name__}")


def write_inlines(content: tuple[Inline, ...], parent: _E, doc: Transcript) -> None:
    # the handler looked up by the node's own type (the model's classes have no
    # subclasses), which spares singledispatch's wrapper and cache on every node
    handlers = write_inline.registry
    # the element a handler wrote last here, whose tail a text after it extends
    # (None before the first: the parent may hold children, _add_text finds them)
    last: _E | None = None
    for node in content:
        kind = type(node)
        if kind is not Text:
            last = handlers.get(kind, write_inline)(node, parent, doc)
        elif last is None:  # text, the commonest node, without a look-up
            _add_text(parent, node.value)  # type: ignore[union-attr]
        elif node.value:  # type: ignore[union-attr]
            last.tail = (last.tail or "") + node.value  # type: ignore[union-attr]


@write_inline.register(Text)
def _(node: Text, parent: _E, doc: Transcript) -> _E | None:
    _add_text(parent, node.value)
    return None


@write_inline.register(Anchor)
def _(node: Anchor, parent: _E, doc: Transcript) -> _E | None:
    # Unresolved anchors never reach the writer (the notes transform turns
    # them into notes or text); one here is a bug, so keep its text.
    if node.superscript:
        _add_text(parent, node.number.translate(TO_SUPERSCRIPT))
    else:
        _add_text(parent, f"[{node.number}]")
    return None


@write_inline.register(Note)
def _(node: Note, parent: _E, doc: Transcript) -> _E | None:
    attrib = {XML_ID: node.note_id, "n": node.number, "place": "foot"}
    if node.superscript:
        attrib["rend"] = "superscript"  # marked ¹² in the source
    elif node.listed:
        attrib["rend"] = "listed"  # marked "urgent.2", its body "- Text↩" in a web page's list
    elif node.numbered:
        attrib["rend"] = "numbered"  # marked "urgent.2", its body "2. Text" after the text
    elif node.digits:
        attrib["rend"] = "digits"  # marked "urgent.2" in the source, its body "2 Text"
    note = _el(parent, "note", attrib)
    write_inlines(node.content, note, doc)
    return note


@write_inline.register(Supplied)
def _(node: Supplied, parent: _E, doc: Transcript) -> _E | None:
    if node.reason == "original-wording":  # the translator's note of the original's words
        attrib = {"type": "original-wording", "place": "inline", "rend": "brackets"}
        note = _el(parent, "note", attrib)
        write_inlines(node.content, note, doc)
        return note
    supplied = _el(parent, "supplied", {"reason": node.reason})
    write_inlines(node.content, supplied, doc)
    return supplied


@write_inline.register(Correction)
def _(node: Correction, parent: _E, doc: Transcript) -> _E | None:
    choice = _el(parent, "choice")
    _el(choice, "sic", None, node.original)
    _el(choice, "corr", None, node.corrected)
    return choice


@write_inline.register(Citation)
def _(node: Citation, parent: _E, doc: Transcript) -> _E | None:
    bibl = _el(parent, "bibl")
    write_inlines(node.content, bibl, doc)
    return bibl


@write_inline.register(CitedAuthor)
def _(node: CitedAuthor, parent: _E, doc: Transcript) -> _E | None:
    author = _el(parent, "author")
    write_inline(node.name, author, doc)
    return author


@write_inline.register(CitedTitle)
def _(node: CitedTitle, parent: _E, doc: Transcript) -> _E | None:
    return _el(parent, "title", None, node.text)


@write_inline.register(Foreign)
def _(node: Foreign, parent: _E, doc: Transcript) -> _E | None:
    attrib = {XML_LANG: node.lang} if node.lang else {}
    return _el(parent, "foreign", attrib, node.text)


@write_inline.register(Gloss)
def _(node: Gloss, parent: _E, doc: Transcript) -> _E | None:
    return _el(parent, "gloss", None, node.text)


@write_inline.register(EditorialNote)
def _(node: EditorialNote, parent: _E, doc: Transcript) -> _E | None:
    attrib = {"type": "editorial", "place": "inline", "rend": node.brackets}
    if node.initials:  # a remark signed by editors; unsigned ones are the transcriber's
        attrib["resp"] = " ".join("#" + editor_id(i) for i in node.initials)
    note = _el(parent, "note", attrib)
    write_inlines(node.content, note, doc)
    return note


@write_inline.register(Stage)
def _(node: Stage, parent: _E, doc: Transcript) -> _E | None:
    return _el(parent, "stage", {"type": node.kind}, node.text)


@write_inline.register(PersName)
def _(node: PersName, parent: _E, doc: Transcript) -> _E | None:
    return _el(parent, "persName", {"ref": "#" + node.ref} if node.ref else None, node.text)


@write_inline.register(PlaceName)
def _(node: PlaceName, parent: _E, doc: Transcript) -> _E | None:
    return _el(parent, "placeName", None, node.text)


@write_inline.register(DateText)
def _(node: DateText, parent: _E, doc: Transcript) -> _E | None:
    return _el(parent, "time" if node.clock else "date", {"when": node.when}, node.text)


@write_inline.register(LineBreak)
def _(node: LineBreak, parent: _E, doc: Transcript) -> _E | None:
    return _el(parent, "lb", {"n": node.n} if node.n is not None else None)


@write_inline.register(TimeMark)
def _(node: TimeMark, parent: _E, doc: Transcript) -> _E | None:
    return _el(parent, "time", {"synch": "#" + node.ident} if node.ident else None, node.text)


@write_inline.register(Folio)
def _(node: Folio, parent: _E, doc: Transcript) -> _E | None:
    return _el(parent, "fw", {"type": node.kind}, node.text)


@write_inline.register(Incident)
def _(node: Incident, parent: _E, doc: Transcript) -> _E | None:
    attrib = {"type": node.kind, "rend": "inline"} if node.inline else {"type": node.kind}
    incident = _el(parent, "incident", attrib)
    _el(incident, "desc", None, node.text)
    return incident


@write_inline.register(PageMark)
def _(node: PageMark, parent: _E, doc: Transcript) -> _E | None:
    attrib: dict[str, str] = {}
    if node.n is not None:
        attrib["n"] = node.n
    if node.formfeed:
        attrib["type"] = "formfeed"  # the source began the page with U+000C
    pb = _el(parent, "pb", attrib)
    if node.text is None:
        return pb
    return _el(parent, "fw", {"type": "pageNum"}, node.text)  # the marker as written


# ------------------------------------------------------------------ blocks


class _Sections:
    """Where the blocks are written (a plain class: a dataclass is compiled
    at import, ~0.3 ms of a cold encode)."""

    __slots__ = ("back", "back_info", "body", "conversation", "current", "front", "turns")

    def __init__(self, front: _E, body: _E, conversation: _E | None, back: _E) -> None:
        self.front = front
        self.body = body
        self.conversation = conversation
        self.back = back
        self.back_info: _E | None = None
        self.turns = 0
        self.current: _E | None = None  # the division headings opened inside the conversation


def _conversation(s: _Sections) -> _E:
    if s.current is not None:
        return _open_end(s.current)
    if s.conversation is None:
        s.conversation = _el(s.body, "div", {"type": "conversation"})
    return _open_end(s.conversation)


def _open_end(div: _E) -> _E:
    """Where text goes on in ``div``: TEI allows no paragraph or turn after a
    division inside a division, so text after one (a list the reader found
    after an examination's turns) goes on in the last division."""
    last = last_child(div)
    while last is not None and last.tag == TEI + "div":
        div, last = last, last_child(last)
    return div


def _closing(s: _Sections) -> _E:
    """Where a closer goes: the division the text is in, unless it holds no
    text yet (only its head: "DIRECT EXAMINATION" just before the sitting's
    close), where a closer may not stand; then after that division."""
    div = _conversation(s)
    parent = div.getparent()
    if (
        last_child(div) is not None
        and all(child.tag == TEI + "head" for child in div)
        and parent is not None
    ):
        return parent
    return div


@singledispatch
def write_block(block: Block, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    raise TypeError(f"no TEI handler for {type(block).__name__}")


@write_block.register(Boilerplate)
def _(block: Boilerplate, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    return None  # kept in the header's notesStmt


def _front_item(s: _Sections, name: str, attrib: dict[str, str] | None = None) -> _E:
    """An element of the front matter: ``name`` where TEI allows it (before any
    division of the front), otherwise a ``<p>`` where the text has got to (in
    the front's last division, or in the body once the text has begun)."""
    if s.conversation is not None:  # in the division a heading opened, if one did
        return _el(_conversation(s), "p")
    last = last_child(s.front)
    if last is not None and last.tag == TEI + "div":
        return _el(last, "p")
    return _el(s.front, name, attrib)


@write_block.register(TitleLine)
def _(block: TitleLine, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    parent = _front_item(s, "docTitle")
    if parent.tag == TEI + "docTitle":
        parent = _el(parent, "titlePart")
    write_inlines(block.content, parent, doc)


@write_block.register(DateLine)
def _(block: DateLine, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    parent = _front_item(s, "docDate", {"when": block.when})
    if parent.tag == TEI + "docDate":
        _add_text(parent, block.text)
    else:
        _el(parent, "date", {"when": block.when}, block.text)


@write_block.register(FundingLine)
def _(block: FundingLine, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    write_inlines(block.content, _front_item(s, "p"), doc)


@write_block.register(MetadataField)
def _(block: MetadataField, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    if not block.content:
        return  # a further name of a list on the line before ("Interviewers: A, B")
    write_inlines(block.content, _front_item(s, "p"), doc)


@write_block.register(Dateline)
def _(block: Dateline, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    write_inlines(block.content, _front_item(s, "dateline"), doc)


def _participants_div(s: _Sections) -> _E:
    last = last_child(s.front)
    if last is not None and last.tag == TEI + "div" and last.get("type") == "participants":
        return last
    return _el(s.front, "div", {"type": "participants"})


@write_block.register(ParticipantsHead)
def _(block: ParticipantsHead, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    # each heading ("Participants:", "Also Present:") opens a list of its own
    if s.conversation is not None:
        write_inlines(block.content, _el(_conversation(s), "p"), doc)
        return
    div = _el(s.front, "div", {"type": "participants"})
    write_inlines(block.content, _el(div, "head"), doc)


@write_block.register(ParticipantsLine)
def _(block: ParticipantsLine, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    parent = _conversation(s) if s.conversation is not None else _participants_div(s)
    write_inlines(block.content, _el(parent, "p"), doc)


@write_block.register(Paragraph)
def _(block: Paragraph, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    if s.conversation is None and block.front:
        _front_p(block.content, s, doc)  # before the last line of front matter
    else:
        write_inlines(block.content, _el(_conversation(s), "p"), doc)


def _front_p(content: tuple[Inline, ...], s: _Sections, doc: Transcript) -> None:
    write_inlines(content, _front_item(s, "p"), doc)


@write_block.register(Narration)
def _(block: Narration, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    stage = _el(_conversation(s), "stage", {"type": "narration"})
    write_inlines(block.content, stage, doc)


@write_block.register(Turn)
def _(block: Turn, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    s.turns += 1
    attrib = {XML_ID: f"turn-{s.turns}", "who": " ".join("#" + w for w in block.who.split())}
    if block.number is not None:
        attrib["n"] = block.number  # the paragraph number written before the label
    if block.stamp is not None and block.stamp.ident:  # (a time with no value has no point)
        attrib["synch"] = "#" + block.stamp.ident
    sp = _el(_conversation(s), "sp", attrib)
    write_inlines(block.lead, sp, doc)
    if block.label_break is not None:  # "Senator Baptiste-<lb/>Moreau."
        speaker = _el(sp, "speaker", None, block.label[: block.label_break])
        _el(speaker, "lb").tail = block.label[block.label_break :]
    elif block.label_lines and block.stamp is None:  # a label over numbered lines
        speaker = _el(sp, "speaker", None, block.label[: block.label_lines[0][0]])
        ends = [at for at, _n in block.label_lines[1:]] + [len(block.label)]
        for (at, number), end in zip(block.label_lines, ends, strict=True):
            lb = _el(speaker, "lb", {"n": number} if number is not None else None)
            lb.tail = block.label[at:end]
    elif (block.stamp is None or not block.stamp.text) and block.label:
        # (a speaker resumed has no label; a second voice of one cue has the cue's
        # time, written once, before the first voice: @synch only)
        _el(sp, "speaker", None, block.label)
    elif block.stamp is not None:
        speaker = _el(sp, "speaker")
        stamp = block.stamp
        end = stamp.start + len(stamp.text)
        _add_text(speaker, block.label[: stamp.start])
        _el(speaker, "time", None, block.label[stamp.start : end])
        _add_text(speaker, block.label[end:])
    if block.delivery:
        _el(sp, "stage", {"type": "delivery"}, block.delivery)
    if block.alone:  # the label on a line of its own, as a play's prefix may stand
        _el(sp, "lb")
    for para in block.paragraphs:
        if isinstance(para, Narration):  # "(Applause.)" inside the speech
            write_inlines(para.content, _el(sp, "stage", {"type": "narration"}), doc)
        else:
            write_inlines(para.content, _el(sp, "p"), doc)


@write_block.register(ClockLine)
def _(block: ClockLine, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    # the start under the title, the end as the conversation's closing line
    if block.edge == "start":
        parent = _front_item(s, "dateline")
    else:
        parent = _el(_el(_closing(s), "closer"), "dateline")
    write_inlines(block.content, parent, doc)


@write_block.register(Closer)
def _(block: Closer, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    signed = _el(_el(_closing(s), "closer"), "signed")
    write_inlines(block.content, signed, doc)


def _write_timeline(body: _E, points: tuple[Stamp, ...]) -> None:
    """The points in time of the timestamps, opening the body: elapsed times as
    seconds since the recording's start (or since the point where they start
    again, a point with no value), times of day as such."""
    timeline = _el(body, "timeline", {"unit": "s", "origin": "#time-0"})
    _el(timeline, "when", {XML_ID: "time-0"})
    for stamp in points:
        attrib = {XML_ID: stamp.ident}
        if stamp.clock is not None:
            attrib["absolute"] = stamp.clock
        elif stamp.seconds is not None:
            attrib["interval"] = _seconds(stamp.seconds)
            attrib["since"] = f"#{stamp.since or 'time-0'}"
        _el(timeline, "when", attrib)


def _seconds(value: float) -> str:
    """Seconds as the schema's decimal: the shortest form, but never the exponent
    that form takes from a million seconds on (a long mission's elapsed time, "84
    02 30 00", or a typescript's day of the year, "357 01 25 13", which the
    schema refuses as "7.27e+06").

    >>> _seconds(7.5), _seconds(34937.0), _seconds(7265400.0), _seconds(1087919.5)
    ('7.5', '34937', '7265400', '1087919.5')
    """
    text = f"{value:g}"
    if "e" in text:
        text = f"{value:.3f}".rstrip("0").rstrip(".")
    return text


def _tail_div(s: _Sections, kind: str, after_notes: bool) -> _E:
    parent = s.back if after_notes else s.body
    last = last_child(parent)
    if last is not None and last.tag == TEI + "div" and last.get("type") == kind:
        return last
    return _el(parent, "div", {"type": kind})


@write_block.register(ArchivalCitation)
def _(block: ArchivalCitation, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    _el(_tail_div(s, "source", after_notes), "bibl", {"type": "archival"}, block.text)


@write_block.register(Commentary)
def _(block: Commentary, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    parent = _info_or(s, "commentary", after_notes)
    write_inlines(block.content, _el(parent, "p"), doc)


def _info_or(s: _Sections, kind: str, after_notes: bool) -> _E:
    """Blocks after a section label go into that labelled div."""
    if s.back_info is not None:
        return s.back_info
    return _tail_div(s, kind, after_notes)


@write_block.register(SectionLabel)
def _(block: SectionLabel, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    parent = s.back if after_notes else s.body
    div = _el(parent, "div", {"type": "documentInformation"})
    _el(div, "head", None, block.text)
    s.back_info = div


@write_block.register(SourceLine)
def _(block: SourceLine, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    if s.conversation is None and not block.citation_text:  # a credit in the front matter
        write_inlines(block.rest, _front_item(s, "p"), doc)
        return
    ab = _el(_info_or(s, "documentInformation", after_notes), "ab", {"type": "citation"})
    if block.citation_text:
        attrib = {"type": "archival"} if block.citation is not None else None
        _el(ab, "bibl", attrib, block.citation_text)
    write_inlines(block.rest, ab, doc)


@write_block.register(Rights)
def _(block: Rights, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    ab = _el(_info_or(s, "documentInformation", after_notes), "ab", {"type": "rights"})
    write_inlines(block.content, ab, doc)


@write_block.register(DocType)
def _(block: DocType, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    # before the first turn the type word stays where it stands, also under what a
    # note-taker sets over its transcript ("Highlights" / … / "Transcript"): given
    # back after the turns, the text would lose its order
    if s.back_info is None and not after_notes and (s.conversation is None or not s.turns):
        _el(_front_item(s, "p"), "term", None, block.text)
        return
    ab = _el(_info_or(s, "documentInformation", after_notes), "ab", {"type": "documentType"})
    _el(ab, "term", None, block.text)


@write_block.register(FunderField)
def _(block: FunderField, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    _el(_info_or(s, "documentInformation", after_notes), "ab", {"type": "funder"}, block.text)


@write_block.register(NoteBody)
def _(block: NoteBody, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    raise TypeError("note bodies are placed by the notes transform")


@write_block.register(Heading)
def _(block: Heading, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    # a heading opens a division of the conversation that runs to the next one
    s.current = None
    _conversation(s)
    assert s.conversation is not None
    div = _el(s.conversation, "div", {"type": block.kind})  # beside the one before
    write_inlines(block.content, _el(div, "head"), doc)
    s.current = div


@write_block.register(Breaks)
def _(block: Breaks, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    # an event of the recording ("TAPE ONE, SIDE ONE") belongs to the text
    if s.conversation is not None or s.turns or any(isinstance(n, Incident) for n in block.content):
        parent = _conversation(s)
    elif (last := last_child(s.front)) is not None and last.tag != TEI + "div":
        parent = s.front  # a margin number of the front matter, in its place there
    else:
        parent = s.body
    write_inlines(block.content, parent, doc)


# ------------------------------------------------------------------ document


def to_tei(
    doc: Transcript, options: Options | None = None, parts: BodyParts | None = None
) -> etree._ElementTree:
    """The edition as a tree; with ``parts``, the finished children of the
    conversation are written out as it is built and left as placeholders
    (:mod:`encoder.parts`), for :func:`encoder.xmlio.serialize` with them."""
    from .header import WrittenIds, write_header
    from .parts import in_parts

    options = options or Options()
    root = etree.Element(TEI + "TEI", nsmap={None: TEI_NS})  # type: ignore[dict-item]
    root.set(XML_LANG, doc.lang)
    if doc.play is not None:
        root.append(write_header(doc, options))
        return _play_to_tei(root, doc, options)
    if parts is not None and not in_parts(doc):
        parts = None
    # Written whole, the document's ids get their prefix as they are written;
    # the parts' (and a play's, which tei_drama writes) get it at the end.
    ids = (
        None
        if parts is not None
        else WrittenIds(document_id(options.edition.id_prefix, doc.source_name))
    )
    token = _WRITTEN.set(ids)
    if parts is not None:
        parts.controls = bool(doc.controls)
    try:
        root.append(write_header(doc, options))
        _write_text(root, doc, parts)
        if doc.controls:  # what the parts have not taken
            write_glyphs(root)
    finally:
        _WRITTEN.reset(token)
    return _finish(root, doc, options, parts, ids)


def _write_text(root: _E, doc: Transcript, parts: BodyParts | None) -> None:
    """The persons the talk only mentions, then the text."""
    from .header import write_person

    others = [p for p in doc.persons if not (p.participant or p.speaker)]
    if others:
        stand_off = _el(root, "standOff")
        listing = _el(stand_off, "listPerson", {"type": "mentioned"})
        for person in others:
            write_person(listing, person)
    text = _el(root, "text")
    s = _Sections(_el(text, "front"), _el(text, "body"), None, _el(text, "back"))
    if doc.timeline:
        _write_timeline(s.body, doc.timeline)
    if parts is not None:
        parts.see(root)
    block_handlers = write_block.registry  # as in write_inlines
    for index, block in enumerate(doc.blocks):
        after_notes = doc.notes_position is not None and index >= doc.notes_position
        if after_notes and s.back_info is not None and s.back_info.getparent() is s.body:
            s.back_info = None
        block_handlers.get(type(block), write_block)(block, s, doc, after_notes)
        if parts is not None:
            parts.take_finished(s.current if s.current is not None else s.conversation)
    if doc.end_notes:
        notes = _el(s.back, "div", {"type": "notes"})
        s.back.insert(0, notes)
        for note in doc.end_notes:
            elem = _el(notes, "note", {XML_ID: note.note_id, "n": note.number, "place": "end"})
            write_inlines(note.content, elem, doc)
    for section in (s.front, s.back):
        if last_child(section) is None:
            text.remove(section)
    if s.body.find(TEI + "div") is None:  # only metadata lines (a date, a funder): no text
        _el(_conversation(s), "p")


def _finish(
    root: _E,
    doc: Transcript,
    options: Options,
    parts: BodyParts | None = None,
    ids: WrittenIds | None = None,
) -> etree._ElementTree:
    """What every edition gets last: @resp on interventions, the document's
    id on TEI and as the prefix of every id (given as they were written,
    with ``ids``), the links to the schema."""
    from .header import add_schema_links, assign_resp, prefix_ids

    ident = document_id(options.edition.id_prefix, doc.source_name)
    if ids is None:
        assign_resp(root, doc)
        prefix_ids(root, ident, parts.known if parts is not None else None)
    else:
        ids.finish(root, doc)
    root.set(XML_ID, ident)
    add_schema_links(root, options.edition.schema_url)
    return root.getroottree()


def _play_to_tei(root: _E, doc: Transcript, options: Options) -> etree._ElementTree:
    """A play: the drama writer fills in the header and writes the text."""
    from .header import title_text
    from .tei_drama import write_characters, write_play_header, write_play_text

    assert doc.play is not None
    header = root[0]
    write_play_header(header, doc.play, title_text(doc))
    profile = header.find(TEI + "profileDesc")
    assert profile is not None
    write_characters(profile, doc.play.characters)
    write_play_text(_el(root, "text"), doc.play)
    if doc.controls:
        write_glyphs(root)
    return _finish(root, doc, options)
