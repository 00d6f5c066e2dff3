"""Model (+ the edition's metadata) → ``teiHeader``.

Two kinds of statement are kept apart, as TEI's header intends:

* the *electronic file*: ``titleStmt`` names its editors (from the collection
  file, :mod:`encoder.edition`), ``publicationStmt`` its publisher, date,
  identifier and licence, ``revisionDesc`` who encoded it and when; the
  software is named in ``appInfo`` only;
* the *source*: everything the transcript says about itself (note-takers,
  translator, editors' initials, funder, the archive's rights text, the web
  page it was copied from) goes into ``sourceDesc/bibl[@type='digital']``,
  with the archival original as ``relatedItem/msDesc``.

A value nobody gave is left out. No local path is written: the output is the
same whichever way the input file was named.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import re
from collections.abc import Iterable
from typing import Final

from lxml import etree

from . import __version__, glyphs, recache
from .edition import Edition, SourceRecord, document_id
from .ids import editor_id
from .model import (
    ArchivalCitation,
    Block,
    Boilerplate,
    Citation,
    ClockLine,
    Closer,
    Correction,
    DateLine,
    Dateline,
    DateText,
    DocType,
    EditorialNote,
    Foreign,
    FunderField,
    FundingLine,
    Gloss,
    Heading,
    MetadataField,
    Narration,
    Note,
    PageMark,
    Paragraph,
    PersName,
    Person,
    Rights,
    SourceLine,
    Stage,
    Supplied,
    Text,
    TitleLine,
    Transcript,
    Turn,
)
from .tei import _E, LANGUAGE_NAMES, Options, _el, _plain
from .transforms.walk import block_inlines
from .validate import POINTER_ATTRIBUTES
from .xmlio import TEI, XML_ID

# the software's id: the agent of the encoder's own interventions (@resp)
APPLICATION_ID: Final = "tei-encode"
# the digital source's id: the agent of the source's unsigned interventions
SOURCE_ID: Final = "source"
# Cloudflare's e-mail obfuscation leaves this in a saved web page in place of
# an address; the address is not in the copy, so it is marked as a gap.
_HIDDEN_EMAIL: Final = recache.compile(r"\[email\xa0protected\]|\[email protected\]")


def _blocks(doc: Transcript, kind: type) -> list[Block]:
    return [b for b in doc.blocks if isinstance(b, kind)]


# (and a briefing notice's bullet and field: "• WHAT: On-the-Record Briefing")
_HEADING_MARKS: Final = recache.compile(r"^(?:#{1,6}[ \t]+|(?:•[ \t]*)?(?:WHAT|What):[ \t]+)")
# A digital library's own line over the book: "The Project Gutenberg EBook of …".
_LIBRARY_LINE: Final = recache.compile(r"^The Project Gutenberg E-?[Bb]ook of ")


# A title that says only what kind of record it is: "Transcript of an Interview",
# "Oral History Interview", "Interview Transcript".
_INTERVIEW_KIND: Final = recache.compile(
    r"(?i:(?:edited\s+|verbatim\s+)?(?:transcript\s+of\s+an?\s+(?:oral\s+history\s+)?interview"
    r"|oral\s+history(?:\s+interview)?(?:\s+transcript)?|interview\s+transcript))$"
)


# A cover sheet's first line, the kind of record only, over its "Title:" field (an
# agency's reporting firm: "Official Transcript of Proceedings"), the agency's name in
# capitals after it where a PDF's text ran the cover's two lines together
# ("Official Transcript of Proceedings NUCLEAR REGULATORY COMMISSION").
_PROCEEDINGS_KIND: Final = recache.compile(
    r"(?i:(?:official\s+|verbatim\s+)?transcript\s+of\s+(?:the\s+)?proceedings)"
    r"(?:\s[A-Z][A-Z.,&' -]*)?$"
)


def title_text(doc: Transcript) -> str:
    """The title line; else the document type with its subject or dateline
    ("Memorandum of Conversation: Austrian State Treaty"); else the file name."""
    titles = _blocks(doc, TitleLine)
    named = next(
        (b.value for b in doc.blocks if isinstance(b, MetadataField) and b.kind == "title"), None
    )
    first = titles[0] if titles else None
    if isinstance(first, TitleLine) and named and _LIBRARY_LINE.match(_plain(first.content)):
        return named  # "The Project Gutenberg EBook of …" over the library's "Title: …"
    if isinstance(first, TitleLine) and named and _PROCEEDINGS_KIND.match(_plain(first.content)):
        return named  # a reporter's cover sheet: "Official Transcript of Proceedings" / "Title: …"
    if titles:
        assert isinstance(titles[0], TitleLine)
        # a Markdown heading's marks are typography: "# Episode 58" is "Episode 58",
        # and so are brackets round the whole line ("[Congressional Record …]")
        title = _HEADING_MARKS.sub("", _plain(titles[0].content))
        # (an HTML comment in a Markdown heading is for the renderer, not read:
        # "# Call #94 Notes <!-- omit in toc -->", as a table of contents tool wants it)
        title = _without_html_comments(title) if "<!--" in title else title
        title = _without_caption_rule(title)
        if title[:2] == "**" and title[-2:] == "**":
            # stars round the whole line set it off, as a court reporter marks a part
            # of the record: "******SEALED BENCH CONFERENCE******"
            title = title.strip("*").strip() or title
        whole = title[:1] == "[" and title[-1:] == "]" and "[" not in title[1:-1]
        if not whole and _INTERVIEW_KIND.match(title):
            # "Transcript of an Interview" on a title page, the narrator's name in
            # a field under it: the kind and whom it is with, as a memorandum's
            # kind and subject ("Transcript of an Interview: Vladimir Prelog")
            person = next(
                (
                    b.value
                    for b in doc.blocks
                    if isinstance(b, MetadataField)
                    and b.kind == "role"
                    and b.key.casefold()
                    in ("interviewee", "interview", "interview with", "narrator")
                ),
                None,
            )
            return f"{title}: {person}" if person else title
        return title[1:-1].strip() if whole else _without_note_number(title)
    if named:  # a Markdown file's "title: …"
        return named
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
    if not (kind or subject) and (topic := _meetbot_topic(doc)):
        return topic  # an IRC log's "#startmeeting Fedora 20: FESCo townhall"
    if not (kind or subject) and (header := _vtt_header_text(doc)):
        return header  # a caption file's "WEBVTT - Works committee, 4 March 2025"
    name = re.split(r"[/\\]", doc.source_name)[-1]
    return kind or subject or name.rsplit(".", 1)[0]


def _irc_openings(doc: Transcript) -> Iterable[str]:
    """The plain text of the first paragraph of an IRC log's first turns."""
    turns = (b for b in doc.blocks if isinstance(b, Turn) and b.style == "IRC message")
    for turn in itertools.islice(turns, 8):
        first = turn.paragraphs[0] if turn.paragraphs else None
        if isinstance(first, Paragraph):
            yield _plain(first.content)


def _meetbot_topic(doc: Transcript) -> str | None:
    """What the chair named the meeting with MeetBot's ``#startmeeting TOPIC``."""
    for text in _irc_openings(doc):
        if text[:14].casefold() == "#startmeeting " and text[14:].strip():
            return text[14:].strip()
    return None


# A WebVTT file's first line with the text its header may carry after a space or a
# tab, a dash or a colon between them ("WEBVTT - Works committee"); older tools' "WEBVTT
# FILE" names only the format.
_VTT_HEADER_TEXT: Final = recache.compile(
    r"^\ufeff?WEBVTT[ \t]+(?:[-–—:][ \t]*)?(?!FILE$)(?P<text>\S.*?)[ \t]*$"
)


def _vtt_header_text(doc: Transcript) -> str | None:
    """The text of a WebVTT file's header line, which the reader keeps as the file
    format's furniture: the title its maker gave the captions.

    >>> from encoder.model import Transcript
    >>> def doc(line): return Transcript("c.vtt", (Boilerplate(line, 1),))
    >>> _vtt_header_text(doc("WEBVTT - Works committee, 4 March 2025"))
    'Works committee, 4 March 2025'
    >>> [_vtt_header_text(doc(t)) for t in ("WEBVTT", "WEBVTT FILE", "WEBVTTX Budget")]
    [None, None, None]
    """
    first = next((b for b in doc.blocks if isinstance(b, Boilerplate)), None)
    found = _VTT_HEADER_TEXT.match(first.text) if first is not None else None
    return found.group("text") if found is not None else None


def _without_caption_rule(title: str) -> str:
    """A title without the rule of a court's caption that a copy joined to it (a
    transcript's "- - - - - x" under "IN THE SUPREME COURT OF THE UNITED STATES").

    >>> _without_caption_rule("IN THE SUPREME COURT OF THE UNITED STATES - - - - - - x")
    'IN THE SUPREME COURT OF THE UNITED STATES'
    >>> _without_caption_rule("Pros - cons - more - less - x")
    'Pros - cons - more - less - x'
    """
    words = title.split()
    end = len(words) - 1 if words and words[-1] in ("x", "X") else len(words)
    start = end
    while start and words[start - 1] == "-":
        start -= 1
    if end - start < 4 or start == 0:
        return title
    return " ".join(words[:start])


def _without_html_comments(text: str) -> str:
    """The text with each ``<!-- … -->`` a space (found by ``str.find``, once
    each: a pattern's lazy ``.*?`` ran to the end again from every unclosed
    ``<!--``).

    >>> _without_html_comments("Call #94 Notes <!-- omit in toc -->")
    'Call #94 Notes'
    >>> _without_html_comments("a <!-- b")
    'a <!-- b'
    """
    out: list[str] = []
    at = 0
    while (start := text.find("<!--", at)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        out.append(text[at:start].rstrip(" \t") + " ")
        at = end + 3
        while at < len(text) and text[at] in " \t":
            at += 1
    out.append(text[at:])
    return "".join(out).strip()


def _without_note_number(title: str) -> str:
    """A title without the number of a note against its last word, as a web
    page's superscript is copied ("Memorandum of Conversation1"): a note whose
    body the copy lost is no part of the title. The text keeps it as written.

    A short word keeps its number ("Panel on Web3", "Python3"): names are
    written so, and a note's number stands against a longer word.

    >>> _without_note_number("136. Memorandum of Conversation0"), _without_note_number("Apollo 17")
    ('136. Memorandum of Conversation', 'Apollo 17')
    >>> _without_note_number("Panel on Web3"), _without_note_number("Ports of Call in Python3")
    ('Panel on Web3', 'Ports of Call in Python3')

    An edition's numbered conversation ends with the names, short or in parentheses:

    >>> _without_note_number("27. Transcript of a Conversation Between Ann Vale and Jo Ek1")
    '27. Transcript of a Conversation Between Ann Vale and Jo Ek'
    >>> _without_note_number("63. Memorandum of Conversation Between the Minister (Lund)2")
    '63. Memorandum of Conversation Between the Minister (Lund)'
    >>> _without_note_number("4. Minutes of the Meeting on Web3")
    '4. Minutes of the Meeting on Web3'
    """
    stem = title.rstrip("0123456789")
    word = stem.split()[-1] if stem.split() else ""
    note = len(title) - len(stem) <= 2 and word.isalpha() and word[1:].islower()
    if note and len(word) >= 7:
        return stem
    if title[:1].isdigit() and _EDITION_DOCUMENT.match(title) and len(title) - len(stem) <= 2:
        # an edition's numbered document names its people last: the source note's
        # number stands against a short surname or a holder's parentheses
        return stem if (note and word[:1].isupper()) or stem[-1:] == ")" else title
    return title


# An edition's numbered document of conversation, as its title opens: "63. Transcript
# of a Telephone Conversation Between …", "136. Memorandum of Conversation".
_EDITION_DOCUMENT: Final = recache.compile(
    r"\d{1,4}\. (?:Transcript|Memorandum|Record|Minutes)\b[^\n]*\bConversation\b"
)


def _editor_ident(index: int) -> str:
    return f"editor-{index}"


def write_header(doc: Transcript, options: Options) -> _E:
    edition = options.edition
    header = _el(None, "teiHeader")
    file_desc = _el(header, "fileDesc")
    title = title_text(doc)
    title_stmt = _el(file_desc, "titleStmt")
    _el(title_stmt, "title", None, title)
    for index, editor in enumerate(edition.editors, 1):
        resp = _el(title_stmt, "respStmt")
        _el(resp, "resp", None, "edition")
        attrib = {XML_ID: _editor_ident(index)}
        if editor.uri:
            attrib["ref"] = editor.uri
        _el(resp, "persName", attrib, editor.name)
    _write_publication(file_desc, doc, edition)
    boiler = _blocks(doc, Boilerplate)
    if boiler:
        notes = _el(file_desc, "notesStmt")
        for block in boiler:
            assert isinstance(block, Boilerplate)
            _el(notes, "note", {"type": "boilerplate", "n": str(block.line)}, block.text)
    name = re.split(r"[/\\]", doc.source_name)[-1]
    _write_source_desc(_el(file_desc, "sourceDesc"), doc, title, edition.source_of(name))
    _write_encoding_desc(header, doc, edition.schema_url)
    _write_profile_desc(header, doc)
    _write_revision(header, options)
    return header


def _write_publication(file_desc: _E, doc: Transcript, edition: Edition) -> None:
    pub = _el(file_desc, "publicationStmt")
    if edition.publisher:
        _el(pub, "publisher", None, edition.publisher)
    else:  # TEI asks for an agency before the identifier; none was given
        _el(pub, "authority", None, "not given")
    if edition.date:
        _el(pub, "date", {"when": edition.date}, edition.date)
    _el(pub, "idno", {"type": "local"}, document_id(edition.id_prefix, doc.source_name))
    if edition.edition_url:  # where the edition publishes this file, as build names it
        from urllib.parse import quote

        name = re.split(r"[/\\]", doc.source_name)[-1]
        stem = name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name
        _el(pub, "idno", {"type": "URI"}, f"{edition.edition_url}{quote(stem)}.xml")
    if edition.licence_target or edition.licence_label:
        attrib = {"status": edition.licence_status} if edition.licence_status else None
        availability = _el(pub, "availability", attrib)
        target = {"target": edition.licence_target} if edition.licence_target else None
        _el(availability, "licence", target, edition.licence_label or edition.licence_target)


# ------------------------------------------------------------------ the source


def _source_agents(bibl: _E, doc: Transcript) -> None:
    """Who made the source, as the transcript says: the record's note-takers,
    its translator, roles in "Key: value" lines, the editors who signed remarks.
    A name the register holds points to its entry."""
    register = {name: p.person_id for p in doc.persons for name in p.names}

    def agent(resp: _E, name: str) -> None:
        person = register.get(name)
        _el(resp, "persName", {"ref": "#" + person} if person else None, name)

    translators = 0
    roles: set[tuple[str, str]] = set()
    for block in doc.blocks:
        if isinstance(block, Closer):
            for name in block.names:
                resp = _el(bibl, "respStmt")
                _el(resp, "resp", None, "record of the conversation")
                agent(resp, name)
        if isinstance(block, SourceLine):
            for name in block.translators:
                translators += 1
                resp = _el(bibl, "respStmt", {XML_ID: translator_id(translators)})
                _el(resp, "resp", None, "translation")
                agent(resp, name)
        if isinstance(block, MetadataField) and block.kind == "role":
            if (block.key.lower(), block.value) in roles:
                continue  # said again over an oral history's next session
            roles.add((block.key.lower(), block.value))
            resp = _el(bibl, "respStmt")
            _el(resp, "resp", None, block.key.lower())
            agent(resp, block.value)
        if isinstance(block, MetadataField) and block.kind == "extent":
            _el(bibl, "extent", None, block.value)  # "Length: 0:48:20"
    for initials in doc.editors:
        resp = _el(bibl, "respStmt", {XML_ID: editor_id(initials)})
        _el(resp, "resp", None, "editorial remarks signed with these initials")
        _el(resp, "name", None, ".".join(initials) + ".")


def translator_id(index: int) -> str:
    return "translator" if index == 1 else f"translator-{index}"


def _funders(doc: Transcript) -> list[str]:
    funders: list[str] = []
    for block in doc.blocks:
        if isinstance(block, FundingLine | FunderField):
            name = block.funder if isinstance(block, FundingLine) else block.text
            if name not in funders:
                funders.append(name)
    return funders


def _rights_paragraph(parent: _E, text: str) -> None:
    """The source's rights text; an address a web copy hid becomes a gap."""
    p = _el(parent, "p")
    pieces = _HIDDEN_EMAIL.split(text)
    p.text = pieces[0]
    for piece in pieces[1:]:
        _el(p, "gap", {"reason": "hidden-email-address"}).tail = piece


def _write_source_desc(source: _E, doc: Transcript, title: str, record: SourceRecord) -> None:
    bibl = _el(source, "bibl", {XML_ID: SOURCE_ID, "type": "digital"})
    _el(bibl, "title", None, title)
    if record.url:
        _el(bibl, "ptr", {"target": record.url})
    if record.record_id:
        _el(bibl, "idno", {"type": "record"}, record.record_id)
    _source_agents(bibl, doc)
    for name in _funders(doc):
        _el(bibl, "funder", None, name)
    rights = _blocks(doc, Rights)
    if rights:
        availability = _el(bibl, "availability")
        for block in rights:
            assert isinstance(block, Rights)
            _rights_paragraph(availability, _plain(block.content))
    citations: list[ArchivalCitation] = []
    for block in doc.blocks:
        if isinstance(block, ArchivalCitation):
            citations.append(block)
        elif isinstance(block, SourceLine) and block.citation is not None:
            citations.append(block.citation)
    if citations:
        original = _el(bibl, "relatedItem", {"type": "original"})
        _write_ms_desc(original, citations, title)
        for citation in citations:
            _el(source, "bibl", {"type": "archival"}, citation.text)
    sources = [b.value for b in doc.blocks if isinstance(b, MetadataField) and b.kind == "source"]
    sources += [
        re.sub(r"^[^:]{1,20}:\s*", "", b.citation_text)
        for b in doc.blocks
        if isinstance(b, SourceLine) and b.citation is None and b.citation_text
    ]
    for value in sources:
        _el(source, "bibl", None, value)


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


# ------------------------------------------------------------------ encoding


NORMALIZATION: Final = (
    "The transcript is encoded diplomatically: spelling, punctuation and typing errors "
    "of the source are kept as written. Line endings were normalised to LF; each line is a "
    "paragraph, except in hard-wrapped text, whose lines were joined with a space."
)


# The inline nodes counted by their kind (Supplied and PersName are told apart below).
_COUNTED: Final[dict[type, str]] = {
    kind: kind.__name__.lower()
    for kind in (Note, EditorialNote, Stage, Foreign, Gloss, PageMark, Correction, Citation)
}


def _found(doc: Transcript) -> dict[str, int]:
    """How many of each thing the interpretation paragraph speaks of this document has."""
    counts: dict[str, int] = {}

    def add(key: str) -> None:
        counts[key] = counts.get(key, 0) + 1

    for block in doc.blocks:
        kind = type(block)
        if kind is Turn:
            add("turn")
            if block.delivery:  # type: ignore[union-attr]
                add("delivery")
        elif kind in (Narration, Boilerplate, Heading):
            add(kind.__name__.lower())
        # (a page break before a turn's label stands in its lead: counted too)
        lead = block.lead if kind is Turn else ()  # type: ignore[union-attr]
        for node in (*lead, *block_inlines(block)) if lead else block_inlines(block):
            node_kind = type(node)
            if node_kind is Text:  # most nodes: looked at once
                continue
            counted = _COUNTED.get(node_kind)
            if node_kind is Stage and node.kind == "narration":  # type: ignore[union-attr]
                add("interjection")
            elif node_kind is Stage and node.kind == "business":  # type: ignore[union-attr]
                add("cue")
            elif counted is not None:
                add(counted)
            elif node_kind is Supplied:
                add("original" if node.reason == "original-wording" else "supplied")  # type: ignore[union-attr]
            elif node_kind is PersName and node.ref:  # type: ignore[union-attr]
                add("persname")
    if doc.end_notes:
        counts["note"] = counts.get("note", 0) + len(doc.end_notes)
    if doc.timeline:  # (a point where the times start again is no timestamp of the text)
        counts["timestamp"] = sum(
            1 for point in doc.timeline if point.seconds is not None or point.clock is not None
        )
    return counts


# what each kind of thing found became, in the order the paragraph lists them
_CLAUSES: Final = (
    ("turn", "speaker labels became sp/speaker with @who pointing to the participants"),
    ("delivery", "delivery notes in a label became stage[@type='delivery']"),
    ("stage", "delivery notes in speech became stage[@type='delivery']"),
    ("narration", "narrative lines between the turns became stage[@type='narration']"),
    (
        "interjection",
        "what the House called out, in brackets in a speech, became stage[@type='narration']",
    ),
    ("cue", "a script's cues in italic brackets in a speech became stage[@type='business']"),
    ("heading", "headings within the text opened a div of their own"),
    ("note", "footnote anchors and bodies became note elements at the anchors"),
    ("supplied", "words in square brackets became supplied, with @reason"),
    ("correction", "a pronoun in brackets after another became choice/sic/corr"),
    ("original", "the original's words in brackets became note[@type='original-wording']"),
    ("foreign", "words in the original language became foreign"),
    ("gloss", "explanations in brackets became gloss"),
    ("editorialnote", "editors' remarks became note[@type='editorial'], with @resp if signed"),
    ("citation", "references in notes (See …) became bibl, with author, title, date where read"),
    ("persname", "names of the people in the register became persName with @ref"),
    ("pagemark", "page breaks became pb"),
    ("timestamp", "timestamps became time elements pointing to a timeline"),
    ("boilerplate", "page boilerplate was taken out of the text and listed in notesStmt"),
)


def interpretation(doc: Transcript) -> str:
    """One sentence per document, naming only what it holds.

    >>> interpretation(Transcript("x.txt", ()))
    'No speaker labels, notes or brackets were found: the text is encoded as paragraphs.'
    """
    counts = _found(doc)
    clauses = [f"{text} ({counts[key]})" for key, text in _CLAUSES if counts.get(key)]
    if not clauses:
        return "No speaker labels, notes or brackets were found: the text is encoded as paragraphs."
    return "In this document: " + "; ".join(clauses) + "."


def _write_encoding_desc(header: _E, doc: Transcript, schema_url: str | None) -> None:
    enc = _el(header, "encodingDesc")
    if schema_url:
        _el(enc, "schemaRef", {"type": "interchange", "url": schema_url + RNG_FILE})
    app_info = _el(enc, "appInfo")
    app = _el(
        app_info,
        "application",
        {XML_ID: APPLICATION_ID, "ident": "tei-encode", "version": __version__},
    )
    _el(app, "label", None, "tei-encode")
    decl = _el(enc, "editorialDecl")
    normalization = NORMALIZATION
    if doc.decoded_as == "windows-1252":
        normalization += " The source was not in UTF-8; it was read as Windows-1252."
    if doc.normalized_nfc:
        normalization += " The text was normalised to Unicode NFC."
    _el(_el(decl, "normalization"), "p", None, normalization)
    _el(_el(decl, "interpretation"), "p", None, interpretation(doc))
    if doc.controls:
        _write_char_decl(enc, doc.controls)


def _write_char_decl(enc: _E, controls: tuple[int, ...]) -> None:
    """The control characters the source holds, each a ``<char>`` that the
    ``<g>`` where it stood points at (encoder.glyphs)."""
    declared = _el(enc, "charDecl")
    for code in controls:
        char = _el(declared, "char", {XML_ID: glyphs.char_id(code)})
        _el(char, "unicodeProp", {"name": "Name_Alias", "value": glyphs.NAMES[code]})
        _el(char, "localProp", {"name": "codepoint", "value": f"U+{code:04X}"})
        _el(
            char,
            "desc",
            None,
            f"a control character of the source (U+{code:04X}), which XML cannot hold",
        )


def _write_revision(header: _E, options: Options) -> None:
    """Who encoded the file and when: the edition's editors and date, else
    the software (and SOURCE_DATE_EPOCH's day, if set)."""
    edition = options.edition
    attrib: dict[str, str] = {}
    if edition.date:
        attrib["when"] = edition.date
    elif options.source_date_epoch is not None:
        day = _dt.datetime.fromtimestamp(options.source_date_epoch, _dt.UTC).date()
        attrib["when"] = day.isoformat()
    if edition.editors:
        ids = (_editor_ident(i) for i in range(1, len(edition.editors) + 1))
        attrib["who"] = " ".join("#" + ident for ident in ids)
    else:
        attrib["who"] = "#" + APPLICATION_ID
    text = f"Encoded in TEI from plain text by tei-encode {__version__}."
    _el(_el(header, "revisionDesc"), "change", attrib, text)


# ------------------------------------------------------------------ profile


def _document_date(doc: Transcript) -> tuple[str | None, str | None]:
    """The first date of the front matter: a date line, a dateline or "Date: …";
    else a date in the title."""
    for block in doc.blocks:
        if isinstance(block, DateLine):
            return block.when, block.text
        if isinstance(block, Dateline | MetadataField):
            for node in block.content:
                if isinstance(node, DateText):
                    return node.when, node.text
    for block in doc.blocks:  # else the date the title gives (the reader marked it)
        if isinstance(block, TitleLine):
            for node in block.content:
                if isinstance(node, DateText) and not node.clock:
                    return node.when, node.text
            break
    for block in doc.blocks:  # else the day a log's first stamp gives ("2024-03-12T15:00:05Z")
        stamp = block.stamp if isinstance(block, Turn) else None
        day = _STAMP_DAY.match(stamp.text) if stamp is not None else None
        if day is not None:
            return day.group(1), day.group(1)
    return _meetbot_date(doc)


_STAMP_DAY: Final = recache.compile(r"^(\d{4}-[01]\d-[0-3]\d)[T ]\d")

# MeetBot's answer to "#startmeeting" in an IRC log: "Meeting started Wed Oct  7
# 17:02:30 2015 UTC.  The chair is …"
_MEETBOT_STARTED: Final = recache.compile(
    r"^Meeting started (?:at )?(?:[A-Z][a-z]{2} )?(?P<month>[A-Z][a-z]{2}) +(?P<day>\d{1,2}) "
    r"\d{1,2}:\d{2}(?::\d{2})? (?P<year>\d{4})\b"
)
_MONTHS: Final = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def _meetbot_date(doc: Transcript) -> tuple[str | None, str | None]:
    """The day MeetBot's "Meeting started Wed Oct  7 17:02:30 2015 UTC." gives,
    in the first turns of an IRC log (its words as written are the date's text).

    >>> m = _MEETBOT_STARTED.match("Meeting started Wed Oct  7 17:02:30 2015 UTC.")
    >>> m.group("month"), m.group("day"), m.group("year")
    ('Oct', '7', '2015')
    """
    for text in _irc_openings(doc):
        found = _MEETBOT_STARTED.match(text) if text[:16] == "Meeting started " else None
        if found is not None and found.group("month") in _MONTHS:
            month = _MONTHS.index(found.group("month")) + 1
            when = f"{found.group('year')}-{month:02d}-{int(found.group('day')):02d}"
            return when, found.group()
    return None, None


def _document_place(doc: Transcript) -> str | None:
    for block in doc.blocks:
        if isinstance(block, Dateline) and block.place:
            return block.place
        if isinstance(block, MetadataField) and block.kind == "place":
            return block.value
    return _place_over_start(doc.blocks) or _place_in_title(title_text(doc))


# Where a press record's title says it was given: "… Aboard Air Force One En Route
# Cincinnati, OH", "… en route Joint Base Andrews"; a date after it is not the place.
_TITLE_PLACE: Final = recache.compile(
    r"\s(?P<place>(?i:aboard|en route(?: to)?)\s+[A-Z0-9][^\n]*?)"
    r"(?:,?\s+(?:on\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|\d{4}-\d\d-\d\d))?\.?$"
)


def _place_in_title(title: str) -> str | None:
    """The place a title gives ("Press Gaggle by … Aboard Air Force One En Route
    Cincinnati, OH"), for a record with no place lines of its own; None else.

    >>> _place_in_title("Press Gaggle by Ann Roe Aboard Air Force One En Route Tulsa, OK")
    'Aboard Air Force One En Route Tulsa, OK'
    >>> _place_in_title("Gaggle by Ann Roe en route Dover, Delaware, July 9, 2020")
    'en route Dover, Delaware'
    >>> _place_in_title("Press Briefing by Ann Roe"), _place_in_title("All aboard the ship")
    (None, None)
    """
    if "oute" not in title and "board" not in title:
        return None
    found = _TITLE_PLACE.search(title)
    return found.group("place") if found is not None else None


# The first word of a chamber's record's title ("House debates", "Senate
# Hansard"): the lines under its date are the business's headings, no places.
_CHAMBER_TITLES: Final = frozenset(
    ("House", "Senate", "Assembly", "Parliament", "Legislature", "Hansard")
)


def _place_over_start(blocks: tuple[Block, ...]) -> str | None:
    """The place lines a press record sets between its head (title, date or a
    front matter's fields) and the time it began ("AUGUST 3, 2022" / "Aboard
    Air Force One" / "En Route Dayton, Ohio" / "12:41 P.M. EDT"), joined; None
    where no such lines stand. A date in brackets among them is no place."""
    start = next(
        (i for i, b in enumerate(blocks) if isinstance(b, ClockLine) and b.edge == "start"), -1
    )
    if start < 1 or any(isinstance(b, Turn) for b in blocks[:start]):
        return None
    title = next((b for b in blocks[:start] if isinstance(b, TitleLine)), None)
    if title is not None and _plain(title.content).partition(" ")[0] in _CHAMBER_TITLES:
        return None  # "House debates" / "Questions without Notice": the business's headings
    lines: list[str] = []
    office = False  # the office that issued it heads the lines
    at = start - 1
    while at >= 0 and isinstance(blocks[at], Paragraph | Boilerplate):
        block = blocks[at]
        at -= 1
        if not isinstance(block, Paragraph):
            continue  # a web page's furniture between them
        text = _plain(block.content).strip()
        if text[:1] == "(" and text[-1:] == ")":
            continue  # "(March 9, 2025)": the date again
        if text.isupper():
            office = True  # "NATIONAL SECURITY COUNCIL": the office that issued it, the head
            break
        if not text or len(text) > 60 or len(text.split()) > 8 or text[-1:] in ".?!:":
            return None  # a sentence, a notice: no place line
        lines.insert(0, text)
    head = office or (at >= 0 and isinstance(blocks[at], DateLine | TitleLine | MetadataField))
    return ", ".join(lines) if head and 0 < len(lines) <= 3 else None


def _write_profile_desc(header: _E, doc: Transcript) -> None:
    profile = _el(header, "profileDesc")
    when, date_text = _document_date(doc)
    place = _document_place(doc)
    if when and date_text:
        creation = _el(profile, "creation")
        _el(creation, "date", {"when": when}, date_text)
        if place:
            creation[-1].tail = ", "
            _el(creation, "placeName", None, place)
    usage = _el(profile, "langUsage")
    _el(usage, "language", {"ident": doc.lang}, LANGUAGE_NAMES.get(doc.lang, doc.lang))
    if doc.original_lang and _uses_foreign(doc):
        code = f"{doc.original_lang}-Latn"
        name = LANGUAGE_NAMES.get(doc.original_lang, doc.original_lang)
        _el(usage, "language", {"ident": code}, f"{name} in Latin transliteration")
    terms = [b.text for b in doc.blocks if isinstance(b, DocType)] + [
        term
        for b in doc.blocks
        if isinstance(b, MetadataField) and b.kind == "subject"
        for term in _terms(b)
    ]
    if terms:
        keywords = _el(_el(profile, "textClass"), "keywords")
        for term in terms:
            _el(keywords, "term", None, term)
    participants = [p for p in doc.persons if p.participant or p.speaker]
    if participants:
        listing = _el(_el(profile, "particDesc"), "listPerson", {"type": "participants"})
        for person in participants:
            write_person(listing, person)
    hours = {b.edge: b for b in doc.blocks if isinstance(b, ClockLine)}
    if place or when or hours:
        setting = _el(_el(profile, "settingDesc"), "setting")
        if place:
            _el(setting, "placeName", None, place)
        if when:
            _el(setting, "date", {"when": when})
        if hours:
            _write_hours(setting, hours.get("start"), hours.get("end"))


def _write_hours(setting: _E, start: ClockLine | None, end: ClockLine | None) -> None:
    """When the meeting began and ended, as its first and last lines say:
    ``<time from="13:12:00-04:00" to="13:31:00-04:00">``, its text the
    times as written."""
    attrib = {}
    if start is not None:
        attrib["from"] = start.when
    if end is not None:
        attrib["to"] = end.when
    written = [_clock_text(b) for b in (start, end) if b is not None]
    _el(setting, "time", attrib, " – ".join(written))


def _clock_text(block: ClockLine) -> str:
    return next(n.text for n in block.content if isinstance(n, DateText) and n.clock)


def _terms(field: MetadataField) -> list[str]:
    """A subject is one term; a list of keywords ("SUMMARY KEYWORDS" / "dairy,
    drought, auction") is a term each."""
    if "keyword" not in field.key.casefold():
        return [field.value]
    return [t.strip() for t in _KEYWORD_SPLIT.split(field.value) if t.strip()]


_KEYWORD_SPLIT: Final = recache.compile(r"[,;]")


def _uses_foreign(doc: Transcript) -> bool:
    return any(
        isinstance(node, Foreign) and node.lang for b in doc.blocks for node in block_inlines(b)
    )


def person_names(names: tuple[str, ...]) -> list[str]:
    """The forms of a name, without a speaker label's capitals when the same
    name is also written in mixed case ("N.S. KHRUSHCHEV" beside "N.S.
    Khrushchev"): the label is typography, kept in ``speaker``. A name only
    ever written in capitals ("HON. MEMBERS") stays.

    >>> person_names(("Mao Zedong", "MAO ZEDONG", "CHAIRMAN MAO"))
    ['Mao Zedong', 'CHAIRMAN MAO']
    """
    mixed = {n.casefold() for n in names if n != n.upper()}
    return [n for n in names if n != n.upper() or n.casefold() not in mixed]


def write_person(parent: _E, person: Person) -> None:
    if person.kind == "group":  # "HON. MEMBERS", "Several voices"
        elem = _el(parent, "personGrp", {XML_ID: person.person_id, "role": "collective"})
    elif person.kind == "anonymous":  # "SPEAKER_00", "Unidentified speaker"
        elem = _el(parent, "person", {XML_ID: person.person_id, "role": "unidentified"})
    else:
        elem = _el(parent, "person", {XML_ID: person.person_id})
    for name in person_names(person.names):
        _el(elem, "persName", None, name)
    # the years are read from the person's note: @source says where
    source = {"source": "#" + person.note_id} if person.note_id else {}
    if person.birth:
        _el(elem, "birth", {"when": person.birth, **source})
    if person.death:
        _el(elem, "death", {"when": person.death, **source})
    for kind, value in person.idnos:
        _el(elem, "idno", {"type": kind}, value)
    if person.role:
        _el(elem, "note", None, person.role)
    if person.note_id:
        _el(elem, "ptr", {"type": "note", "target": "#" + person.note_id})


# ------------------------------------------------------------------ schema

RNG_FILE: Final = "tei-encoder.rng"
SCH_FILE: Final = "tei-encoder.sch"


def add_schema_links(root: _E, schema_url: str | None) -> None:
    """``<?xml-model?>`` processing instructions before the root for the
    grammar and the Schematron, where the edition publishes them (the
    collection file's ``schema_url``); none when it is not given."""
    if not schema_url:
        return
    for name, language in (
        (RNG_FILE, "http://relaxng.org/ns/structure/1.0"),
        (SCH_FILE, "http://purl.oclc.org/dsdl/schematron"),
    ):
        data = f'href="{schema_url}{name}" type="application/xml" schematypens="{language}"'
        root.addprevious(etree.ProcessingInstruction("xml-model", data))


# ------------------------------------------------------------------ responsibility


def _translators(doc: Transcript) -> int:
    return sum(len(b.translators) for b in doc.blocks if isinstance(b, SourceLine))


def assign_resp(root: _E, doc: Transcript) -> None:
    """``@resp`` on each editorial intervention that has none: words supplied
    in brackets, corrections, the original's words given in brackets, and
    unsigned editorial remarks. They stand in the source, so
    they are the work of its translator when the source names exactly one
    (the translator of a translated record supplies its bracketed words),
    else of those responsible for the source as a whole (its ``bibl``).
    Signed remarks already point to the editors who signed them."""
    assign_resp_in(root, resp_agent(doc))


def resp_agent(doc: Transcript) -> str:
    """The pointer that :func:`assign_resp` gives."""
    return "#" + (translator_id(1) if _translators(doc) == 1 else SOURCE_ID)


def assign_resp_in(root: _E, agent: str) -> None:
    """:func:`assign_resp` with its agent known (on a part of the document)."""
    for elem in root.iter(TEI + "supplied", TEI + "corr", TEI + "note"):
        if elem.get("resp") is not None:
            continue
        if elem.tag != TEI + "note" or elem.get("type") in ("editorial", "original-wording"):
            elem.set("resp", agent)


# ------------------------------------------------------------------ ids

POINTERS: Final = frozenset(POINTER_ATTRIBUTES)


def prefix_ids(root: _E, prefix: str, known: set[str] | None = None) -> None:
    """Give every ``xml:id`` of the document the prefix (the document's id and
    a hyphen) and rewrite the pointers to them, so that documents combine in a
    ``teiCorpus`` without clashes. Pointers to other documents are kept.
    ``known`` holds the (unprefixed) ids of parts of the document already
    written out (:mod:`encoder.parts`)."""
    known = set() if known is None else known
    with_id, holders = ids_and_pointers(root)
    prefix_own_ids(with_id, prefix, known)
    prefix_pointers(holders, prefix, known)


def ids_and_pointers(root: _E) -> tuple[list[_E], list[_E]]:
    """The elements under ``root`` (itself included) with an ``xml:id``, and
    those with a pointer attribute, found in one walk."""
    with_id: list[_E] = []
    holders: list[_E] = []
    for elem in root.iter(etree.Element):
        names = elem.keys()
        if not names:
            continue
        if XML_ID in names:
            with_id.append(elem)
        if not POINTERS.isdisjoint(names):
            holders.append(elem)
    return with_id, holders


def prefix_own_ids(with_id: list[_E], prefix: str, known: set[str]) -> None:
    """Prefix the ids of these elements; add them (unprefixed) to ``known``."""
    for elem in with_id:
        ident = elem.get(XML_ID, "")
        known.add(ident)
        elem.set(XML_ID, f"{prefix}-{ident}")


def prefixed_pointer(value: str, prefix: str, known: set[str]) -> str:
    """A pointer attribute's value with ``#id`` made ``#prefix-id`` where the
    document has ``id``."""
    return " ".join(
        f"#{prefix}-{t[1:]}" if t[0] == "#" and t[1:] in known else t for t in value.split()
    )


def prefix_pointers(holders: list[_E], prefix: str, known: set[str]) -> None:
    """Point ``#id`` at the prefixed id where the document has ``id``."""
    _prefix_values(
        ((elem, str(name), str(value)) for elem in holders for name, value in elem.items()),
        prefix,
        known,
    )


def _prefix_values(pointers: Iterable[tuple[_E, str, str]], prefix: str, known: set[str]) -> None:
    """Rewrite these attributes (element, name, value) where they are
    pointers to the document's ids. A document repeats few values (``who``
    of each turn, ``resp``): each is rewritten once, and set only where it
    changes."""
    rewritten: dict[str, str] = {}
    for elem, name, value in pointers:
        if name not in POINTERS or "#" not in value:
            continue
        new = rewritten.get(value)
        if new is None:
            new = rewritten[value] = prefixed_pointer(value, prefix, known)
        if new != value:
            elem.set(name, new)


class WrittenIds:
    """The ids and pointers of a document written whole, taken as the writer
    gives its elements their attributes (:func:`encoder.tei._el`): what :func:`prefix_ids`
    and :func:`assign_resp` give the finished tree, without reading its
    attributes back (lxml makes a string of each name and value it reads).

    Each ``xml:id`` gets the prefix as it is written. Each pointer is written
    as if the document had every id it names (as a valid edition has), and
    kept with its element: :meth:`finish` checks the guess once the ids are
    all known, and sets the pointers it got wrong."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.known: set[str] = set()  # the ids written, without the prefix
        self.pointers: list[tuple[_E, str, str]] = []  # element, name, value given
        self.guessed: dict[str, str] = {}  # value given -> value written

    def set_attributes(self, elem: _E, attrib: dict[str, str]) -> None:
        """Give ``elem`` the attributes ``attrib``, its id and pointers written
        as above."""
        for name, value in attrib.items():
            if name == XML_ID:
                self.known.add(value)
                elem.set(name, f"{self.prefix}-{value}")
            elif name in POINTERS:
                elem.set(name, self.guessed.get(value) or self._guess(value))
                self.pointers.append((elem, name, value))
            else:
                elem.set(name, value)

    def _guess(self, value: str) -> str:
        """The pointer with every ``#id`` prefixed (a value without one kept)."""
        guess = value
        if "#" in value:
            guess = " ".join(f"#{self.prefix}-{t[1:]}" if t[0] == "#" else t for t in value.split())
        self.guessed[value] = guess
        return guess

    def finish(self, root: _E, doc: Transcript) -> None:
        """Set the pointers whose target the document lacks as
        :func:`prefix_pointers` would have, then give ``@resp`` where it is
        missing."""
        wrong: dict[str, str] = {}
        for value, guess in self.guessed.items():
            right = prefixed_pointer(value, self.prefix, self.known) if "#" in value else value
            if right != guess:
                wrong[value] = right
        for elem, name, value in self.pointers if wrong else ():
            if value in wrong:
                elem.set(name, wrong[value])
        assign_resp_in(root, prefixed_pointer(resp_agent(doc), self.prefix, self.known))
