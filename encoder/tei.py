"""Model → TEI P5 (an lxml tree): one handler per node type.

The writer never sees transcript syntax: brackets, anchors and labels were
resolved by the reader and the transforms. The one helper that writes
``.text``/``.tail`` for content is :func:`_add_text`.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import singledispatch
from typing import Final

from lxml import etree

from . import __version__
from .model import (
    Anchor,
    ArchivalCitation,
    Block,
    Boilerplate,
    Breaks,
    Closer,
    Commentary,
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
    Person,
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
from .xmlio import TEI, TEI_NS, XML_ID, XML_LANG

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
    "ja": "Japanese",
    "ar": "Arabic",
    "und": "undetermined",
}


@dataclass(frozen=True, slots=True)
class Options:
    source_date_epoch: int | None = None
    authority: str = "Unpublished encoding made with tei-encode"


def _el(
    parent: _E | None, name: str, attrib: dict[str, str] | None = None, text: str | None = None
) -> _E:
    tag = TEI + name
    elem = etree.Element(tag, attrib) if parent is None else etree.SubElement(parent, tag, attrib)
    if text is not None:
        elem.text = text
    return elem


def _add_text(parent: _E, value: str) -> None:
    """Append character data to ``parent`` after its last child (the only text writer)."""
    if not value:
        return
    # parent[-1] is constant-time in lxml; len(parent) walks every child.
    try:
        last = parent[-1]
    except IndexError:
        parent.text = (parent.text or "") + value
        return
    last.tail = (last.tail or "") + value


def _plain(content: tuple[Inline, ...]) -> str:
    """The reading text of inline content, notes left out (for the header)."""
    return plain_text(content).strip()


# ------------------------------------------------------------------ inlines


@singledispatch
def write_inline(node: Inline, parent: _E, doc: Transcript) -> None:
    raise TypeError(f"no TEI handler for {type(node).__name__}")


def write_inlines(content: tuple[Inline, ...], parent: _E, doc: Transcript) -> None:
    for node in content:
        if type(node) is Text:  # the commonest node, without the dispatch
            _add_text(parent, node.value)
        else:
            write_inline(node, parent, doc)


@write_inline.register
def _(node: Text, parent: _E, doc: Transcript) -> None:
    _add_text(parent, node.value)


@write_inline.register
def _(node: Anchor, parent: _E, doc: Transcript) -> None:
    # Unresolved anchors never reach the writer (the notes transform turns
    # them into notes or text); one here is a bug, so keep its text.
    if node.superscript:
        _add_text(parent, node.number.translate(TO_SUPERSCRIPT))
    else:
        _add_text(parent, f"[{node.number}]")


@write_inline.register
def _(node: Note, parent: _E, doc: Transcript) -> None:
    attrib = {XML_ID: node.note_id, "n": node.number, "place": "foot"}
    if node.superscript:
        attrib["rend"] = "superscript"  # marked ¹² in the source
    note = _el(parent, "note", attrib)
    write_inlines(node.content, note, doc)


@write_inline.register
def _(node: Supplied, parent: _E, doc: Transcript) -> None:
    supplied = _el(parent, "supplied", {"reason": node.reason})
    write_inlines(node.content, supplied, doc)


@write_inline.register
def _(node: Foreign, parent: _E, doc: Transcript) -> None:
    attrib = {XML_LANG: node.lang} if node.lang else {}
    _el(parent, "foreign", attrib, node.text)


@write_inline.register
def _(node: Gloss, parent: _E, doc: Transcript) -> None:
    _el(parent, "gloss", None, node.text)


@write_inline.register
def _(node: EditorialNote, parent: _E, doc: Transcript) -> None:
    attrib = {"type": "editorial", "place": "inline", "rend": node.brackets}
    if node.initials:  # a remark signed by editors; unsigned ones are the transcriber's
        attrib["resp"] = " ".join("#" + editor_id(i) for i in node.initials)
    note = _el(parent, "note", attrib)
    write_inlines(node.content, note, doc)


@write_inline.register
def _(node: Stage, parent: _E, doc: Transcript) -> None:
    _el(parent, "stage", {"type": "delivery"}, node.text)


@write_inline.register
def _(node: PersName, parent: _E, doc: Transcript) -> None:
    _el(parent, "persName", {"ref": "#" + node.ref} if node.ref else None, node.text)


@write_inline.register
def _(node: PlaceName, parent: _E, doc: Transcript) -> None:
    _el(parent, "placeName", None, node.text)


@write_inline.register
def _(node: DateText, parent: _E, doc: Transcript) -> None:
    _el(parent, "date", {"when": node.when}, node.text)


@write_inline.register
def _(node: LineBreak, parent: _E, doc: Transcript) -> None:
    _el(parent, "lb", {"n": node.n} if node.n is not None else None)


@write_inline.register
def _(node: TimeMark, parent: _E, doc: Transcript) -> None:
    _el(parent, "time", {"synch": "#" + node.ident} if node.ident else None, node.text)


@write_inline.register
def _(node: Folio, parent: _E, doc: Transcript) -> None:
    _el(parent, "fw", {"type": node.kind}, node.text)


@write_inline.register
def _(node: Incident, parent: _E, doc: Transcript) -> None:
    _el(_el(parent, "incident", {"type": "recording"}), "desc", None, node.text)


@write_inline.register
def _(node: PageMark, parent: _E, doc: Transcript) -> None:
    attrib: dict[str, str] = {}
    if node.n is not None:
        attrib["n"] = node.n
    if node.formfeed:
        attrib["type"] = "formfeed"  # the source began the page with U+000C
    _el(parent, "pb", attrib)
    if node.text is not None:
        _el(parent, "fw", {"type": "pageNum"}, node.text)  # the marker as written


def editor_id(initials: str) -> str:
    return "ed-" + initials.lower()


# ------------------------------------------------------------------ blocks


@dataclass
class _Sections:
    front: _E
    body: _E
    conversation: _E | None
    back: _E
    back_info: _E | None = None
    turns: int = 0
    current: _E | None = None  # the division that headings opened inside the conversation


def _conversation(s: _Sections) -> _E:
    if s.current is not None:
        return s.current
    if s.conversation is None:
        s.conversation = _el(s.body, "div", {"type": "conversation"})
    return s.conversation


@singledispatch
def write_block(block: Block, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    raise TypeError(f"no TEI handler for {type(block).__name__}")


@write_block.register
def _(block: Boilerplate, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    return None  # kept in the header's notesStmt


def _front_item(s: _Sections, name: str, attrib: dict[str, str] | None = None) -> _E:
    """An element of the front matter: ``name`` where TEI allows it (before any
    division of the front), otherwise a ``<p>`` where the text has got to (in
    the front's last division, or in the body once the text has begun)."""
    if s.conversation is not None:
        return _el(s.conversation, "p")
    last = s.front[-1] if len(s.front) else None
    if last is not None and last.tag == TEI + "div":
        return _el(last, "p")
    return _el(s.front, name, attrib)


@write_block.register
def _(block: TitleLine, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    parent = _front_item(s, "docTitle")
    if parent.tag == TEI + "docTitle":
        parent = _el(parent, "titlePart")
    write_inlines(block.content, parent, doc)


@write_block.register
def _(block: DateLine, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    parent = _front_item(s, "docDate", {"when": block.when})
    if parent.tag == TEI + "docDate":
        _add_text(parent, block.text)
    else:
        _el(parent, "date", {"when": block.when}, block.text)


@write_block.register
def _(block: FundingLine, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    write_inlines(block.content, _front_item(s, "p"), doc)


@write_block.register
def _(block: MetadataField, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    write_inlines(block.content, _front_item(s, "p"), doc)


@write_block.register
def _(block: Dateline, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    write_inlines(block.content, _front_item(s, "dateline"), doc)


def _participants_div(s: _Sections) -> _E:
    last = s.front[-1] if len(s.front) else None
    if last is not None and last.tag == TEI + "div" and last.get("type") == "participants":
        return last
    return _el(s.front, "div", {"type": "participants"})


@write_block.register
def _(block: ParticipantsHead, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    # each heading ("Participants:", "Also Present:") opens a list of its own
    if s.conversation is not None:
        write_inlines(block.content, _el(s.conversation, "p"), doc)
        return
    div = _el(s.front, "div", {"type": "participants"})
    write_inlines(block.content, _el(div, "head"), doc)


@write_block.register
def _(block: ParticipantsLine, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    parent = s.conversation if s.conversation is not None else _participants_div(s)
    write_inlines(block.content, _el(parent, "p"), doc)


@write_block.register
def _(block: Paragraph, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    if s.conversation is None and block.front:
        _front_p(block.content, s, doc)  # before the last line of front matter
    else:
        write_inlines(block.content, _el(_conversation(s), "p"), doc)


def _front_p(content: tuple[Inline, ...], s: _Sections, doc: Transcript) -> None:
    write_inlines(content, _front_item(s, "p"), doc)


@write_block.register
def _(block: Narration, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    stage = _el(_conversation(s), "stage", {"type": "narration"})
    write_inlines(block.content, stage, doc)


@write_block.register
def _(block: Turn, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    s.turns += 1
    sp = _el(_conversation(s), "sp", {XML_ID: f"turn-{s.turns}", "who": "#" + block.who})
    if block.number is not None:
        sp.set("n", block.number)  # the paragraph number written before the label
    write_inlines(block.lead, sp, doc)
    if block.stamp is None:
        _el(sp, "speaker", None, block.label)
    else:
        sp.set("synch", "#" + block.stamp.ident)
        speaker = _el(sp, "speaker")
        stamp = block.stamp
        end = stamp.start + len(stamp.text)
        _add_text(speaker, block.label[: stamp.start])
        _el(speaker, "time", None, block.label[stamp.start : end])
        _add_text(speaker, block.label[end:])
    if block.delivery:
        _el(sp, "stage", {"type": "delivery"}, block.delivery)
    for para in block.paragraphs:
        write_inlines(para.content, _el(sp, "p"), doc)


@write_block.register
def _(block: Closer, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    signed = _el(_el(_conversation(s), "closer"), "signed")
    write_inlines(block.content, signed, doc)


def _write_timeline(body: _E, points: tuple[Stamp, ...]) -> None:
    """The points in time of the timestamps, opening the body: elapsed times as
    seconds since the recording's start, times of day as such."""
    timeline = _el(body, "timeline", {"unit": "s", "origin": "#time-0"})
    _el(timeline, "when", {XML_ID: "time-0"})
    for stamp in points:
        attrib = {XML_ID: stamp.ident}
        if stamp.clock is not None:
            attrib["absolute"] = stamp.clock
        elif stamp.seconds is not None:
            attrib["interval"] = f"{stamp.seconds:g}"
            attrib["since"] = "#time-0"
        _el(timeline, "when", attrib)


def _tail_div(s: _Sections, kind: str, after_notes: bool) -> _E:
    parent = s.back if after_notes else s.body
    last = parent[-1] if len(parent) else None
    if last is not None and last.tag == TEI + "div" and last.get("type") == kind:
        return last
    return _el(parent, "div", {"type": kind})


@write_block.register
def _(block: ArchivalCitation, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    _el(_tail_div(s, "source", after_notes), "bibl", {"type": "archival"}, block.text)


@write_block.register
def _(block: Commentary, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    parent = _info_or(s, "commentary", after_notes)
    write_inlines(block.content, _el(parent, "p"), doc)


def _info_or(s: _Sections, kind: str, after_notes: bool) -> _E:
    """Blocks after a section label go into that labelled div."""
    if s.back_info is not None:
        return s.back_info
    return _tail_div(s, kind, after_notes)


@write_block.register
def _(block: SectionLabel, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    parent = s.back if after_notes else s.body
    div = _el(parent, "div", {"type": "documentInformation"})
    _el(div, "head", None, block.text)
    s.back_info = div


@write_block.register
def _(block: SourceLine, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    if s.conversation is None and not block.citation_text:  # a credit in the front matter
        write_inlines(block.rest, _front_item(s, "p"), doc)
        return
    ab = _el(_info_or(s, "documentInformation", after_notes), "ab", {"type": "citation"})
    if block.citation_text:
        attrib = {"type": "archival"} if block.citation is not None else None
        _el(ab, "bibl", attrib, block.citation_text)
    write_inlines(block.rest, ab, doc)


@write_block.register
def _(block: Rights, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    ab = _el(_info_or(s, "documentInformation", after_notes), "ab", {"type": "rights"})
    write_inlines(block.content, ab, doc)


@write_block.register
def _(block: DocType, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    if s.conversation is None and s.back_info is None and not after_notes:
        _el(_front_item(s, "p"), "term", None, block.text)
        return
    ab = _el(_info_or(s, "documentInformation", after_notes), "ab", {"type": "documentType"})
    _el(ab, "term", None, block.text)


@write_block.register
def _(block: FunderField, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    _el(_info_or(s, "documentInformation", after_notes), "ab", {"type": "funder"}, block.text)


@write_block.register
def _(block: NoteBody, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    raise TypeError("note bodies are placed by the notes transform")


@write_block.register
def _(block: Heading, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    # a heading opens a division of the conversation that runs to the next one
    s.current = None
    div = _el(_conversation(s), "div", {"type": block.kind})
    write_inlines(block.content, _el(div, "head"), doc)
    s.current = div


@write_block.register
def _(block: Breaks, s: _Sections, doc: Transcript, after_notes: bool) -> None:
    parent = _conversation(s) if s.conversation is not None or s.turns else s.body
    write_inlines(block.content, parent, doc)


# ------------------------------------------------------------------ header


def _blocks(doc: Transcript, kind: type) -> list[Block]:
    return [b for b in doc.blocks if isinstance(b, kind)]


def _title_text(doc: Transcript) -> str:
    """The title line; else the document type with its subject or dateline
    ("Memorandum of Conversation: Austrian State Treaty"); else the file name."""
    titles = _blocks(doc, TitleLine)
    if titles:
        assert isinstance(titles[0], TitleLine)
        return _plain(titles[0].content)
    kind = next((b.text for b in doc.blocks if isinstance(b, DocType)), None)
    subject = next(
        (b.value for b in doc.blocks if isinstance(b, MetadataField) and b.kind == "subject"),
        None,
    )
    dateline = next((_plain(b.content) for b in doc.blocks if isinstance(b, Dateline)), None)
    if kind and subject:
        return f"{kind}: {subject}"
    if kind and dateline:
        return f"{kind}, {dateline}"
    return kind or subject or doc.source_name.rsplit("/", 1)[-1].rsplit(".", 1)[0]


def _write_header(doc: Transcript, options: Options) -> _E:
    header = _el(None, "teiHeader")
    file_desc = _el(header, "fileDesc")
    title_stmt = _el(file_desc, "titleStmt")
    _el(title_stmt, "title", None, _title_text(doc))
    funders: list[str] = []
    for block in doc.blocks:
        if isinstance(block, FundingLine | FunderField):
            name = block.funder if isinstance(block, FundingLine) else block.text
            if name not in funders:
                funders.append(name)
    for name in funders:
        _el(title_stmt, "funder", None, name)
    for block in doc.blocks:
        if isinstance(block, SourceLine):
            for name in block.translators:
                resp = _el(title_stmt, "respStmt")
                _el(resp, "resp", None, "translation")
                _el(resp, "name", None, name)
        if isinstance(block, Closer):
            for name in block.names:
                resp = _el(title_stmt, "respStmt")
                _el(resp, "resp", None, "transcription of the conversation")
                _el(resp, "name", None, name)
    for block in doc.blocks:
        if isinstance(block, MetadataField) and block.kind == "role":
            resp = _el(title_stmt, "respStmt")
            _el(resp, "resp", None, block.key.lower())
            _el(resp, "name", None, block.value)
    for initials in doc.editors:
        resp = _el(title_stmt, "respStmt", {XML_ID: editor_id(initials)})
        _el(resp, "resp", None, "editorial remarks signed with these initials")
        _el(resp, "name", None, ".".join(initials) + ".")
    resp = _el(title_stmt, "respStmt")
    _el(resp, "resp", None, "TEI encoding")
    _el(resp, "name", None, "tei-encode")

    pub = _el(file_desc, "publicationStmt")
    _el(pub, "authority", None, options.authority)
    rights = _blocks(doc, Rights)
    if rights:
        availability = _el(pub, "availability")
        for block in rights:
            assert isinstance(block, Rights)
            _el(availability, "p", None, _plain(block.content))

    boiler = _blocks(doc, Boilerplate)
    if boiler:
        notes = _el(file_desc, "notesStmt")
        for block in boiler:
            assert isinstance(block, Boilerplate)
            _el(notes, "note", {"type": "boilerplate", "n": str(block.line)}, block.text)

    source = _el(file_desc, "sourceDesc")
    citations: list[ArchivalCitation] = []
    for block in doc.blocks:
        if isinstance(block, ArchivalCitation):
            citations.append(block)
        elif isinstance(block, SourceLine) and block.citation is not None:
            citations.append(block.citation)
    sources = [b.value for b in doc.blocks if isinstance(b, MetadataField) and b.kind == "source"]
    sources += [
        re.sub(r"^[^:]{1,20}:\s*", "", b.citation_text)
        for b in doc.blocks
        if isinstance(b, SourceLine) and b.citation is None and b.citation_text
    ]
    if citations:
        _write_ms_desc(source, citations, _title_text(doc))
        for citation in citations:
            _el(source, "bibl", {"type": "archival"}, citation.text)
    for value in sources:
        _el(source, "bibl", None, value)
    if not citations and not sources:
        _el(source, "p", None, f"Transcribed from the plain-text file {doc.source_name}.")

    _write_encoding_desc(header, doc)
    _write_profile_desc(header, doc)
    revision = _el(header, "revisionDesc")
    change_attrib = {}
    if options.source_date_epoch is not None:
        day = _dt.datetime.fromtimestamp(options.source_date_epoch, _dt.UTC).date()
        change_attrib["when"] = day.isoformat()
    _el(
        revision,
        "change",
        change_attrib,
        f"Encoded in TEI from plain text by tei-encode {__version__}.",
    )
    return header


def _write_ms_desc(parent: _E, citations: list[ArchivalCitation], title: str) -> None:
    main = max(
        citations, key=lambda c: (len(c.idnos) + (c.collection is not None), c.physical is not None)
    )
    ms = _el(parent, "msDesc")
    ident = _el(ms, "msIdentifier")
    _el(ident, "repository", None, main.repository)
    if main.collection:
        _el(ident, "collection", None, main.collection)
    for kind, value in main.idnos:
        _el(ident, "idno", {"type": kind}, value)
    if main.locus:
        item = _el(_el(ms, "msContents"), "msItem")
        attrib = {}
        bounds = main.locus.replace("–", "-").split("-")
        if len(bounds) == 2 and all(b.isdigit() for b in bounds):
            attrib = {"from": bounds[0], "to": bounds[1]}
        _el(item, "locus", attrib, main.locus)
        _el(item, "title", None, title)
    physical = next((c.physical for c in citations if c.physical), None)
    if physical:
        _el(_el(ms, "physDesc"), "p", None, physical)


_NORMALIZATION: Final = (
    "The transcript is encoded diplomatically: spelling, punctuation and typing errors "
    "of the source are kept as written. Line endings were normalised to LF; each line is a "
    "paragraph, except in hard-wrapped text, whose lines were joined with a space."
)
_INTERPRETATION: Final = (
    "Speaker labels became sp/speaker with @who; delivery notes in a label or in speech "
    "became stage[@type='delivery']; narration became stage[@type='narration']; footnote "
    "anchors and bodies became note elements at the anchors; words in square brackets "
    "became supplied (with @reason), foreign or gloss; editors' signed remarks became "
    "note[@type='editorial'] with @resp. Page boilerplate was removed from the text and "
    "is listed in notesStmt."
)


def _write_encoding_desc(header: _E, doc: Transcript) -> None:
    enc = _el(header, "encodingDesc")
    app_info = _el(enc, "appInfo")
    app = _el(app_info, "application", {"ident": "tei-encode", "version": __version__})
    _el(app, "label", None, "tei-encode")
    decl = _el(enc, "editorialDecl")
    normalization = _NORMALIZATION
    if doc.normalized_nfc:
        normalization += " The text was normalised to Unicode NFC."
    _el(_el(decl, "normalization"), "p", None, normalization)
    _el(_el(decl, "interpretation"), "p", None, _INTERPRETATION)


def _document_date(doc: Transcript) -> tuple[str | None, str | None]:
    """The first date of the front matter: a date line, a dateline or "Date: …"."""
    for block in doc.blocks:
        if isinstance(block, DateLine):
            return block.when, block.text
        if isinstance(block, Dateline | MetadataField):
            for node in block.content:
                if isinstance(node, DateText):
                    return node.when, node.text
    return None, None


def _document_place(doc: Transcript) -> str | None:
    for block in doc.blocks:
        if isinstance(block, Dateline) and block.place:
            return block.place
        if isinstance(block, MetadataField) and block.kind == "place":
            return block.value
    return None


def _write_profile_desc(header: _E, doc: Transcript) -> None:
    profile = _el(header, "profileDesc")
    when, date_text = _document_date(doc)
    if when and date_text:
        _el(_el(profile, "creation"), "date", {"when": when}, date_text)
    usage = _el(profile, "langUsage")
    _el(usage, "language", {"ident": doc.lang}, LANGUAGE_NAMES.get(doc.lang, doc.lang))
    if doc.original_lang and _uses_foreign(doc):
        code = f"{doc.original_lang}-Latn"
        name = LANGUAGE_NAMES.get(doc.original_lang, doc.original_lang)
        _el(usage, "language", {"ident": code}, f"{name} in Latin transliteration")
    terms = [b.text for b in doc.blocks if isinstance(b, DocType)] + [
        b.value for b in doc.blocks if isinstance(b, MetadataField) and b.kind == "subject"
    ]
    if terms:
        keywords = _el(_el(profile, "textClass"), "keywords")
        for term in terms:
            _el(keywords, "term", None, term)
    participants = [p for p in doc.persons if p.participant or p.speaker]
    if participants:
        listing = _el(_el(profile, "particDesc"), "listPerson", {"type": "participants"})
        for person in participants:
            _write_person(listing, person)
    place = _document_place(doc)
    if place or when:
        setting = _el(_el(profile, "settingDesc"), "setting")
        if place:
            _el(setting, "placeName", None, place)
        if when:
            _el(setting, "date", {"when": when})


def _uses_foreign(doc: Transcript) -> bool:
    from .transforms.walk import block_inlines

    return any(
        isinstance(node, Foreign) and node.lang for b in doc.blocks for node in block_inlines(b)
    )


def _write_person(parent: _E, person: Person) -> None:
    if person.kind == "group":  # "HON. MEMBERS", "Several voices"
        elem = _el(parent, "personGrp", {XML_ID: person.person_id, "role": "collective"})
    elif person.kind == "anonymous":  # "SPEAKER_00", "Unidentified speaker"
        elem = _el(parent, "person", {XML_ID: person.person_id, "role": "unidentified"})
    else:
        elem = _el(parent, "person", {XML_ID: person.person_id})
    for name in person.names:
        _el(elem, "persName", None, name)
    if person.birth:
        _el(elem, "birth", {"when": person.birth})
    if person.death:
        _el(elem, "death", {"when": person.death})
    for kind, value in person.idnos:
        _el(elem, "idno", {"type": kind}, value)
    if person.role:
        _el(elem, "note", None, person.role)
    if person.note_id:
        _el(elem, "ptr", {"type": "note", "target": "#" + person.note_id})


# ------------------------------------------------------------------ document


def to_tei(doc: Transcript, options: Options | None = None) -> etree._ElementTree:
    options = options or Options()
    root = etree.Element(TEI + "TEI", nsmap={None: TEI_NS})  # type: ignore[dict-item]
    root.set(XML_LANG, doc.lang)
    root.append(_write_header(doc, options))
    if doc.play is not None:
        return _play_to_tei(root, doc)
    others = [p for p in doc.persons if not (p.participant or p.speaker)]
    if others:
        stand_off = _el(root, "standOff")
        listing = _el(stand_off, "listPerson", {"type": "mentioned"})
        for person in others:
            _write_person(listing, person)
    text = _el(root, "text")
    s = _Sections(_el(text, "front"), _el(text, "body"), None, _el(text, "back"))
    if doc.timeline:
        _write_timeline(s.body, doc.timeline)
    for index, block in enumerate(doc.blocks):
        after_notes = doc.notes_position is not None and index >= doc.notes_position
        if after_notes and s.back_info is not None and s.back_info.getparent() is s.body:
            s.back_info = None
        write_block(block, s, doc, after_notes)
    if doc.end_notes:
        notes = _el(s.back, "div", {"type": "notes"})
        s.back.insert(0, notes)
        for note in doc.end_notes:
            elem = _el(notes, "note", {XML_ID: note.note_id, "n": note.number, "place": "end"})
            write_inlines(note.content, elem, doc)
    for section in (s.front, s.back):
        if len(section) == 0:
            text.remove(section)
    if s.body.find(TEI + "div") is None:  # only metadata lines (a date, a funder): no text
        _el(_conversation(s), "p")
    return root.getroottree()


def _play_to_tei(root: _E, doc: Transcript) -> etree._ElementTree:
    """A play: the drama writer fills in the header and writes the text."""
    from .tei_drama import write_characters, write_play_header, write_play_text

    assert doc.play is not None
    header = root[0]
    write_play_header(header, doc.play, _title_text(doc))
    profile = header.find(TEI + "profileDesc")
    assert profile is not None
    write_characters(profile, doc.play.characters)
    write_play_text(_el(root, "text"), doc.play)
    return root.getroottree()
