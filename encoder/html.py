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

from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import Final

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
    root = tree.getroot()
    if root.tag != TEI + "TEI":
        raise HtmlRenderError(
            f"the document element is {root.tag!r}, not TEI in the TEI P5 namespace"
        )
    return apply_stylesheet(_transform(), tree, params)


def transform_html(
    tree: etree._ElementTree, params: Mapping[str, str] | None = None
) -> etree._XSLTResultTree:
    """The HTML edition as libxslt's result tree, to be written with
    ``write_output`` (the same bytes as :func:`render_html`, written in small
    chunks instead of one more copy of the page in memory). The caller can
    drop ``tree`` before writing."""
    root = tree.getroot()
    if root.tag != TEI + "TEI":
        raise HtmlRenderError(
            f"the document element is {root.tag!r}, not TEI in the TEI P5 namespace"
        )
    quoted = {name: etree.XSLT.strparam(value) for name, value in (params or {}).items()}
    try:
        run: Callable[..., etree._XSLTResultTree] = _transform()
        return run(tree, **quoted)
    except etree.XSLTApplyError as exc:
        raise HtmlRenderError(f"the stylesheet failed: {exc}") from None


def render_file(path: Path, params: Mapping[str, str] | None = None) -> bytes:
    """Read a TEI file safely (:func:`encoder.xmlio.parse_xml_file`) and render it.

    Raises :class:`encoder.xmlio.XmlInputError` for unreadable or unsafe XML
    and :class:`HtmlRenderError` for a document the stylesheet cannot render.
    """
    return render_html(parse_xml_file(path), params)
