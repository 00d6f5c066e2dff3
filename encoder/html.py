"""TEI → HTML with the bundled XSLT 1.0 stylesheet (``encoder/xslt/``).

The stylesheet is compiled once per process, on first use, and runs under an
:class:`lxml.etree.XSLTAccessControl` that forbids every network access and
every file write: ``document()`` on a URL fails, and so would
``xsl:document`` or ``exsl:document``.  Reading local files is forbidden too,
since the stylesheet needs none at run time (its ``xsl:include``\\ s are
resolved when it is compiled).

>>> from encoder.xmlio import parse_xml_bytes
>>> page = render_html(parse_xml_bytes(
...     b'<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en"><teiHeader>'
...     b'<fileDesc><titleStmt><title>T</title></titleStmt></fileDesc>'
...     b'</teiHeader><text><body><p>Hi</p></body></text></TEI>'))
>>> page.startswith(b"<!DOCTYPE html>\\n<html lang=\\"en\\">")
True
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import BinaryIO, Final

from lxml import etree

from encoder.xmlio import TEI, parse_xml_file

XSLT_DIR: Final = Path(__file__).resolve().parent / "xslt"
STYLESHEET: Final = XSLT_DIR / "tei-html.xsl"

# lxml-stubs declares neither XSLTAccessControl's keyword arguments nor
# string parameters next to ``profile_run``: call both through ``Callable``.
_access_control: Callable[..., etree.XSLTAccessControl] = etree.XSLTAccessControl

ACCESS_CONTROL: Final = _access_control(
    read_file=False,
    write_file=False,
    create_dir=False,
    read_network=False,
    write_network=False,
)


class HtmlRenderError(Exception):
    """The stylesheet could not be compiled or applied to a document."""


def compile_stylesheet(path: Path) -> etree.XSLT:
    """Compile the XSLT at ``path`` under :data:`ACCESS_CONTROL`.

    The stylesheet is parsed without DTD, entities or network, like any
    other XML the project reads.
    """
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        xslt_doc = etree.parse(str(path), parser)
        return etree.XSLT(xslt_doc, access_control=ACCESS_CONTROL)
    except (OSError, etree.XMLSyntaxError, etree.XSLTParseError) as exc:
        raise HtmlRenderError(f"{path}: cannot compile the stylesheet: {exc}") from None


def _tei_root(tree: etree._ElementTree) -> etree._Element:
    root = tree.getroot()
    if root.tag != TEI + "TEI":
        raise HtmlRenderError(
            f"the document element is {root.tag!r}, not TEI in the TEI P5 namespace"
        )
    return root


@cache
def _transform() -> etree.XSLT:
    return compile_stylesheet(STYLESHEET)


def apply_stylesheet(
    transform: etree.XSLT,
    tree: etree._ElementTree,
    params: Mapping[str, str] | None = None,
) -> bytes:
    """Run ``transform`` on ``tree``; string ``params`` are quoted for XSLT."""
    quoted = {name: etree.XSLT.strparam(value) for name, value in (params or {}).items()}
    try:
        run: Callable[..., etree._XSLTResultTree] = transform
        result = run(tree, **quoted)
    except etree.XSLTApplyError as exc:
        raise HtmlRenderError(f"the stylesheet failed: {exc}") from None
    # bytes() goes through libxslt's own serialiser, which honours the
    # xsl:output settings and disable-output-escaping (the doctype).
    return bytes(result)


def render_html(tree: etree._ElementTree, params: Mapping[str, str] | None = None) -> bytes:
    """Render a TEI document as one self-contained HTML5 page (UTF-8 bytes).

    ``params`` overrides the stylesheet's parameters (see
    ``encoder/xslt/params.xsl``), e.g. ``{"edition-url": "https://…"}``.
    """
    _tei_root(tree)
    return apply_stylesheet(_transform(), tree, params)


def transform_html(
    tree: etree._ElementTree, params: Mapping[str, str] | None = None
) -> etree._XSLTResultTree:
    """The HTML edition as libxslt's result tree, to be written with
    ``write_output`` (the same bytes as :func:`render_html`, written in small
    chunks instead of one more copy of the page in memory). The caller can
    drop ``tree`` before writing."""
    _tei_root(tree)
    quoted = {name: etree.XSLT.strparam(value) for name, value in (params or {}).items()}
    try:
        run: Callable[..., etree._XSLTResultTree] = _transform()
        return run(tree, **quoted)
    except etree.XSLTApplyError as exc:
        raise HtmlRenderError(f"the stylesheet failed: {exc}") from None


PART_MARK: Final = b"<?tei-encoder-part?>"
# Items per pass when a page is made in parts: every pass walks the whole
# input tree again (the stylesheet's keys and global variables), so the
# passes are few, and each result tree stays a small share of the page's.
PART_SIZE: Final = 16384

_NS: Final = {"tei": TEI[1:-1]}
XML_SPACE: Final = " \t\r\n"  # what xsl:strip-space strips (not NBSP)
# The stylesheet's $numbered-notes and $registers (notes.xsl, names.xsl).
_NOTES: Final = etree.XPath("/tei:TEI/tei:text//tei:note[not(@place='inline')]", namespaces=_NS)
_REGISTERS: Final = etree.XPath(
    "/tei:TEI/tei:teiHeader//tei:listPerson[tei:person | tei:personGrp]"
    " | /tei:TEI/tei:standOff//tei:listPerson[tei:person]",
    namespaces=_NS,
)


def _container(root: etree._Element) -> tuple[int, int]:
    """Position (the stylesheet's ``$part-parent``, 0 for none) and number of
    element children of the body or div with the most of them, when it has
    nothing but elements and whitespace (the stylesheet strips that)."""
    body = root.find(f"{TEI}text/{TEI}body")
    if body is None:
        return 0, 0
    candidates = [body, *body.iterdescendants(TEI + "div")]
    best = max(range(len(candidates)), key=lambda i: len(candidates[i]))
    container = candidates[best]
    texts = [container.text, *(child.tail for child in container)]
    if any(text and text.strip(XML_SPACE) for text in texts):
        return 0, 0
    if any(not isinstance(child.tag, str) for child in container):
        return 0, 0  # a comment or processing instruction: its children stay in the frame
    return best + 1, len(container)


def _parts(root: etree._Element) -> list[tuple[str, int, int]]:
    """The lists the frame of the page leaves to other passes, in the order of
    their marks: (value of ``$part``, of ``$part-parent``, number of items)."""
    parent, children = _container(root)
    parts = [("children", parent, children)] if parent else []
    notes = len(_NOTES(root))  # type: ignore[arg-type]
    if notes:
        parts.append(("notes", 0, notes))
    registers: list[etree._Element] = _REGISTERS(root)  # type: ignore[assignment]
    for position, register in enumerate(registers, 1):
        persons = sum(child.tag in (TEI + "person", TEI + "personGrp") for child in register)
        parts.append(("register", position, persons))
    return parts


def html_writer(
    tree: etree._ElementTree,
    params: Mapping[str, str] | None = None,
    part_size: int | None = None,
) -> Callable[[BinaryIO], None]:
    """A function writing the HTML edition of ``tree`` to a binary file: the
    bytes of :func:`render_html`, made in parts when a list of the page (the
    children of the text's largest container, the notes, a register) has
    more than ``part_size`` items (default :data:`PART_SIZE`).

    The parts are made by the same stylesheet in several passes over the same
    input tree (parameters ``part``, ``part-parent``, ``part-from`` and
    ``part-to``, see ``params.xsl``): a frame (the whole page with a mark in
    place of each long list), then each list in ranges of ``part_size``
    items, each written as soon as it is made, so only one part's result
    tree is in memory at a time.  The frame is made here, so an error of the
    stylesheet is raised before anything is written."""
    root = _tei_root(tree)
    parts = _parts(root)
    part_size = PART_SIZE if part_size is None else part_size
    if all(count <= part_size for _, _, count in parts):
        page = transform_html(tree, params)
        whole: Callable[[BinaryIO], None] = page.write_output  # type: ignore[attr-defined]
        return whole
    given = dict(params or {})
    container = str(parts[0][1]) if parts and parts[0][0] == "children" else "0"
    frame = apply_stylesheet(
        _transform(), tree, {**given, "part": "frame", "part-parent": container}
    )
    pieces = frame.split(PART_MARK)
    del frame
    if len(pieces) != len(parts) + 1:
        raise HtmlRenderError(
            f"the frame of the page has {len(pieces) - 1} part marks, not {len(parts)}"
        )

    def write(out: BinaryIO) -> None:
        for piece, (kind, parent, count) in zip(pieces, parts, strict=False):
            out.write(piece)
            for start in range(1, count + 1, part_size):
                part = {"part": kind, "part-parent": str(parent), "part-from": str(start)}
                part["part-to"] = str(start + part_size - 1)
                out.write(apply_stylesheet(_transform(), tree, {**given, **part}))
        out.write(pieces[-1])

    return write


def render_html_in_parts(
    tree: etree._ElementTree, params: Mapping[str, str] | None = None
) -> bytes:
    """The bytes of :func:`render_html`, made by :func:`html_writer`: a large
    page costs its bytes but not libxslt's result tree of all of it."""
    page = io.BytesIO()
    html_writer(tree, params)(page)
    return page.getvalue()


def render_file(path: Path, params: Mapping[str, str] | None = None) -> bytes:
    """Read a TEI file safely (:func:`encoder.xmlio.parse_xml_file`) and render it.

    Raises :class:`encoder.xmlio.XmlInputError` for unreadable or unsafe XML
    and :class:`HtmlRenderError` for a document the stylesheet cannot render.
    """
    return render_html(parse_xml_file(path), params)
