"""Safe reading and fixed writing of TEI XML.

Every command that reads XML (``validate``, ``render``, ``text``) goes through
:func:`parse_xml_bytes`: no DTD is loaded, no entity is resolved or expanded,
no network is reached, and a document that declares entities is refused (the
billion-laughs and XXE attacks both need a DOCTYPE with entity declarations).
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import Final

from lxml import etree

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


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=False,
        collect_ids=False,  # duplicate ids are the validator's to report, not a parse error
    )


_PROLOG_SKIP: Final = re.compile(r"\s+|<\?.*?\?>|<!--.*?-->", re.S)
_EXTERNAL_OR_SUBSET: Final = re.compile(r"\b(?:SYSTEM|PUBLIC)\b|\[", re.I)


def _prolog_text(data: bytes) -> str:
    """The document as text good enough to read its prolog: UTF-16 by its
    byte-order mark, otherwise byte for byte (so offsets are byte offsets)."""
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
        raise XmlInputError(
            "the document has a DOCTYPE that names a DTD or declares entities; tei-encode "
            "never reads DTDs or expands entities (they can read local files or explode in "
            "size): remove the DOCTYPE, TEI needs none",
            line,
            1,
        )


def parse_xml_bytes(data: bytes) -> etree._ElementTree:
    """Parse ``data`` safely; raise :class:`XmlInputError` with a position."""
    _check_doctype(data)
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        line, col = exc.position if exc.position else (0, 0)
        msg = exc.msg or str(exc)
        raise XmlInputError(f"not well-formed XML: {msg}", line, col + 1 if col else 0) from None
    tree = root.getroottree()
    if any(isinstance(n, etree._Entity) for n in root.iter()):
        raise XmlInputError("the document uses entity references; remove them")
    return tree


def parse_xml_file(path: Path) -> etree._ElementTree:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise XmlInputError(f"cannot read the file: {exc.strerror or exc}") from None
    return parse_xml_bytes(data)


# Elements whose content is elements only: the serialiser indents inside
# these and nowhere else, so mixed content is never touched.
_CONTAINERS: Final = frozenset(
    TEI + name
    for name in (
        "TEI teiHeader fileDesc titleStmt respStmt publicationStmt "
        "availability notesStmt sourceDesc msDesc msIdentifier msContents "
        "msItem physDesc encodingDesc appInfo application editorialDecl "
        "normalization interpretation correction quotation segmentation "
        "profileDesc creation langUsage textClass keywords particDesc "
        "listPerson person settingDesc setting revisionDesc standOff text "
        "front body back div sp closer docTitle listBibl "
    ).split()
)


def _indent(elem: etree._Element, level: int) -> None:
    """Indent element-only containers by two spaces per level.

    This is the one place that writes ``.text``/``.tail`` for layout.
    """
    if elem.tag not in _CONTAINERS or len(elem) == 0:
        return
    if elem.text and elem.text.strip():
        return
    if any(child.tail and child.tail.strip() for child in elem):
        return
    pad = "\n" + "  " * (level + 1)
    elem.text = pad
    for child in elem:
        child.tail = pad
        if child.tag in _CONTAINERS:  # the test _indent starts with, saving a call
            _indent(child, level + 1)
    elem[-1].tail = "\n" + "  " * level


def serialize(tree: etree._ElementTree) -> bytes:
    """UTF-8, XML declaration, LF, 2-space indent of containers, final newline."""
    root = tree.getroot()
    _indent(root, 0)
    body = etree.tostring(root, encoding="utf-8", xml_declaration=False)
    # one copy of the body (a + b + c would make two: it matters at 30 MB)
    return b"".join((b'<?xml version="1.0" encoding="UTF-8"?>\n', body, b"\n"))
