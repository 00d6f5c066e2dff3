"""Safe reading and fixed writing of TEI XML.

Every command that reads XML (``validate``, ``render``, ``text``) goes through
:func:`parse_xml_bytes`: no DTD is loaded, no entity is resolved or expanded,
no network is reached, and a document that declares entities is refused (the
billion-laughs and XXE attacks both need a DOCTYPE with entity declarations).
"""

from __future__ import annotations

import codecs
import io
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from lxml import etree

from . import recache
from .fileio import DEFAULT_MAX_INPUT, InputFileError, read_input

if TYPE_CHECKING:
    from .parts import BodyParts

TEI_NS: Final = "http://www.tei-c.org/ns/1.0"
XML_NS: Final = "http://www.w3.org/XML/1998/namespace"
TEI: Final = f"{{{TEI_NS}}}"
XML_ID: Final = f"{{{XML_NS}}}id"
XML_LANG: Final = f"{{{XML_NS}}}lang"


class XmlInputError(Exception):
    """An XML input that cannot be read: ``line``/``col`` locate it when known."""

    def __init__(self, message: str, line: int = 0, col: int = 0) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.col = col


class _RefuseAll(etree.Resolver):
    """Answers every request libxml2 makes for an external resource (a DTD,
    an external entity, whatever the document's encoding hid from the
    prolog check) with an empty text, so that no file or URL is ever opened,
    and remembers that one was asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    # lxml-stubs leave out the context argument that lxml passes
    def resolve(  # type: ignore[override]
        self, system_url: str, public_id: str, context: object
    ) -> Any:
        self.asked.append(system_url or public_id or "?")
        # resolve_empty() lets libxml2 fall back to opening the file; a space does not
        return self.resolve_string(" ", context)  # type: ignore[call-arg]


def _parser(resolver: _RefuseAll) -> etree.XMLParser:
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=False,
        collect_ids=False,  # duplicate ids are the validator's to report, not a parse error
    )
    parser.resolvers.add(resolver)
    return parser


_PROLOG_SKIP: Final = recache.compile(r"\s+|<\?.*?\?>|<!--.*?-->", re.S)
_EXTERNAL_OR_SUBSET: Final = recache.compile(r"\b(?:SYSTEM|PUBLIC)\b|\[", re.I)


def _prolog_text(data: bytes) -> str:
    """The document as text good enough to read its prolog: UTF-32 and UTF-16
    by their byte-order mark or by the bytes of ``<``, otherwise byte for
    byte (so offsets are byte offsets). What this misses (EBCDIC, odd byte
    orders) the check on the parsed document catches."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return data.decode("utf-32", errors="replace")
    if data[:4] in (b"<\x00\x00\x00", b"\x00\x00\x00<"):
        return data.decode("utf-32-le" if data[0] == 0x3C else "utf-32-be", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    if data[:4] in (b"<\x00?\x00", b"\x00<\x00?"):
        return data.decode("utf-16-le" if data[0] == 0x3C else "utf-16-be", errors="replace")
    return data.decode("latin-1")


def _check_doctype(data: bytes) -> None:
    """Refuse a DOCTYPE that names an external DTD or has an internal subset.

    TEI needs no DTD. An external one would make libxml2 open a local file
    (probing which files exist); an internal subset is where entity bombs and
    external entities live. A bare ``<!DOCTYPE TEI>`` is harmless and allowed.
    """
    text = _prolog_text(data)
    pos = 1 if text.startswith("\ufeff") else 0
    while (match := _PROLOG_SKIP.match(text, pos)) is not None:
        pos = match.end()
    if text[pos : pos + 9].upper() != "<!DOCTYPE":
        return
    end = text.find(">", pos)
    declaration = text[pos : end if end >= 0 else len(text)]
    if _EXTERNAL_OR_SUBSET.search(declaration):
        entity = text.find("<!ENTITY", pos) if "[" in declaration else -1
        line = text.count("\n", 0, entity if entity >= 0 else pos) + 1
        raise XmlInputError(_DOCTYPE_REFUSED, line, 1)


_DOCTYPE_REFUSED: Final = (
    "the document has a DOCTYPE that names a DTD or declares entities; tei-encode "
    "never reads DTDs or expands entities (they can read local files or explode in "
    "size): remove the DOCTYPE, TEI needs none"
)


def _check_parsed(tree: etree._ElementTree, resolver: _RefuseAll) -> None:
    """The DOCTYPE check again, on what libxml2 decoded: whatever the
    encoding, a document that names a DTD, declares anything in an internal
    subset (an entity there is expanded in attributes even with
    ``resolve_entities=False``) or made libxml2 ask for a resource is refused."""
    info: Any = tree.docinfo  # lxml-stubs lack system_url and the DTD iterators
    dtd: Any = info.internalDTD
    declares = dtd is not None and (
        any(True for _ in dtd.iterentities()) or any(True for _ in dtd.iterelements())
    )
    if resolver.asked or info.system_url or info.public_id or declares:
        raise XmlInputError(_DOCTYPE_REFUSED, 1, 1)


# libxml2's limits without XML_PARSE_HUGE, said in the tool's words.
_HUGE: Final = (
    "the document is beyond what tei-encode reads (a text of more than 10,000,000 "
    "bytes without markup, or elements nested more than 256 deep)"
)


def parse_xml_bytes(data: bytes) -> etree._ElementTree:
    """Parse ``data`` safely; raise :class:`XmlInputError` with a position."""
    _check_doctype(data)
    resolver = _RefuseAll()
    try:
        root = etree.fromstring(data, _parser(resolver))
    except etree.XMLSyntaxError as exc:
        line, col = exc.position if exc.position else (0, 0)
        msg = exc.msg or str(exc)
        if resolver.asked:
            raise XmlInputError(_DOCTYPE_REFUSED, line, 1) from None
        if "XML_PARSE_HUGE" in msg or "too long" in msg or "Excessive depth" in msg:
            msg = _HUGE
            raise XmlInputError(msg, line, col + 1 if col else 0) from None
        msg = msg.replace(", use XML_PARSE_HUGE option", "")
        raise XmlInputError(f"not well-formed XML: {msg}", line, col + 1 if col else 0) from None
    tree = root.getroottree()
    _check_parsed(tree, resolver)
    if any(isinstance(n, etree._Entity) for n in root.iter()):
        raise XmlInputError("the document uses entity references; remove them")
    return tree


# The largest XML file read: the TEI of the largest transcript read by
# default (fileio.DEFAULT_MAX_INPUT) is about three times its size.
MAX_XML_INPUT: Final = 4 * DEFAULT_MAX_INPUT


def parse_xml_file(path: Path, limit: int = MAX_XML_INPUT) -> etree._ElementTree:
    """Read a regular file (never a pipe or device) and parse it safely."""
    try:
        data = read_input(path, limit, option=False)
    except InputFileError as exc:
        raise XmlInputError(exc.message) from None
    return parse_xml_bytes(data)


# Elements whose content is elements only: the serialiser indents inside
# these and nowhere else, so mixed content is never touched.
_CONTAINERS: Final = frozenset(
    TEI + name
    for name in (
        "TEI teiHeader fileDesc titleStmt respStmt publicationStmt "
        "availability notesStmt sourceDesc msDesc msIdentifier msContents "
        "msItem physDesc encodingDesc appInfo application editorialDecl charDecl char "
        "normalization interpretation correction quotation segmentation "
        "profileDesc creation langUsage textClass keywords particDesc "
        "listPerson person settingDesc setting revisionDesc standOff text teiCorpus "
        "front body back div sp closer docTitle listBibl relatedItem "
        # a bibl is mixed content, but the header's digital source has only elements
        "bibl "
    ).split()
)


def last_child(parent: etree._Element) -> etree._Element | None:
    """``parent``'s last child or None, in constant time: lxml's len(parent)
    walks every child (a body of 10,000 turns asked once per turn made the
    writer quadratic), and parent[-1] raises on an element without children."""
    for last in parent.iterchildren(reversed=True):
        return last
    return None


def indent(elem: etree._Element, level: int, parts: dict[int, int] | None = None) -> None:
    """Indent element-only containers by two spaces per level.

    This is the one place that writes ``.text``/``.tail`` for layout.
    ``parts`` receives the level of each part's placeholder that is reached
    (:mod:`encoder.parts`): where its element would have been indented.
    """
    if elem.tag in _CONTAINERS:
        _indent_container(elem, level, parts)


def _indent_container(elem: etree._Element, level: int, parts: dict[int, int] | None) -> None:
    """:func:`indent` of a container: its children's tags are read once, here
    (lxml makes a string of a tag each time it is read)."""
    children = list(elem)  # one proxy per child, for both walks below
    if not children:
        return
    text = elem.text
    if text and text.strip():
        return
    for child in children:
        tail = child.tail
        if tail and tail.strip():
            return
    pad = "\n" + "  " * (level + 1)
    elem.text = pad
    for child in children:
        child.tail = pad
        if child.tag in _CONTAINERS:
            _indent_container(child, level + 1, parts)
        elif parts is not None and isinstance(child, etree._ProcessingInstruction):
            from .parts import part_index

            index = part_index(child)
            if index is not None:
                parts[index] = level + 1
    children[-1].tail = "\n" + "  " * level


def serialize(
    tree: etree._ElementTree, parts: BodyParts | None = None, *, laid_out: bool = False
) -> bytes:
    """UTF-8, XML declaration, LF, 2-space indent of containers, final newline.

    libxml2 writes to the buffer in small chunks, so that no second copy of
    the document is made: ``tostring`` built the whole text in libxml2's own
    buffer, then as bytes, then once more joined to the declaration (three
    copies of 30 MB at the peak of a 19 MB transcript). ``parts``, the body
    written out while it was built, are written in place of their
    placeholders, each given up once written. ``laid_out``: the tree is
    indented already (the corpus, whose editions the workers indent).
    """
    root = tree.getroot()
    levels: dict[int, int] | None = {} if parts is not None else None
    if not laid_out:
        indent(root, 0, levels)
    buffer = io.BytesIO()
    buffer.write(b'<?xml version="1.0" encoding="UTF-8"?>\n')
    prolog = list(root.itersiblings(preceding=True))[::-1]  # <?xml-model?> PIs
    for node in prolog:  # one per line
        buffer.write(etree.tostring(node, with_tail=False) + b"\n")
    if parts is None or levels is None:
        if prolog:  # the root alone (a copy of its bytes: only then)
            buffer.write(etree.tostring(root, encoding="utf-8", with_tail=False))
        else:
            etree.ElementTree(root).write(buffer, encoding="utf-8", xml_declaration=False)
    else:
        skeleton = etree.tostring(root, encoding="utf-8", with_tail=False)
        _write_with_parts(buffer, skeleton, parts, levels)
    buffer.write(b"\n")
    return buffer.getvalue()  # shares the buffer's bytes: no copy


def _write_with_parts(
    buffer: io.BytesIO, skeleton: bytes, parts: BodyParts, levels: dict[int, int]
) -> None:
    from .parts import PLACEHOLDER

    start = 0
    for match in PLACEHOLDER.finditer(skeleton):
        buffer.write(skeleton[start : match.start()])
        index = int(match.group(1))
        if levels.get(index) != parts.levels[index]:  # see encoder.parts.parts_fit
            raise RuntimeError(f"part {index} was indented for another place")
        buffer.write(parts.pop(index))
        start = match.end()
    buffer.write(skeleton[start:])
