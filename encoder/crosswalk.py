"""Metadata crosswalks of one TEI edition, by the bundled XSLT 1.0 stylesheets.

Each reads only the header places listed in ``docs/deposit.md`` and leaves
out what is absent:

- :func:`dublin_core`: an ``oai_dc`` record (``xslt/crosswalk-dc.xsl``);
- :func:`json_ld`: schema.org JSON-LD, a ``Conversation`` (``xslt/crosswalk-jsonld.xsl``);
- :func:`mets`: a METS wrapper with the Dublin Core, the files and their
  SHA-256 checksums (``xslt/crosswalk-mets.xsl``).

>>> from encoder.xmlio import parse_xml_bytes
>>> tree = parse_xml_bytes(
...     b'<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="d1"><teiHeader><fileDesc>'
...     b'<titleStmt><title>A "talk"</title></titleStmt></fileDesc></teiHeader></TEI>')
>>> import json
>>> json.loads(json_ld(tree))["name"], json.loads(json_ld(tree))["identifier"]
('A "talk"', ['d1'])
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from typing import Final

from lxml import etree

from .html import XSLT_DIR, apply_stylesheet, compile_stylesheet

DC_STYLESHEET: Final = XSLT_DIR / "crosswalk-dc.xsl"
JSONLD_STYLESHEET: Final = XSLT_DIR / "crosswalk-jsonld.xsl"
METS_STYLESHEET: Final = XSLT_DIR / "crosswalk-mets.xsl"


@dataclass(frozen=True, slots=True)
class FileRef:
    """A file the METS wrapper lists: where it is (relative to the METS
    file) and its bytes, whose size and SHA-256 it records."""

    href: str
    data: bytes

    def params(self, role: str) -> dict[str, str]:
        return {
            f"{role}-href": self.href,
            f"{role}-sha256": hashlib.sha256(self.data).hexdigest(),
            f"{role}-size": str(len(self.data)),
        }


@cache
def _compiled(name: str) -> etree.XSLT:
    return compile_stylesheet(XSLT_DIR / name)


def dublin_core(tree: etree._ElementTree) -> bytes:
    """The edition's oai_dc record (XML bytes)."""
    return apply_stylesheet(_compiled(DC_STYLESHEET.name), tree)


def json_ld(tree: etree._ElementTree) -> bytes:
    """The edition's schema.org description (JSON-LD, UTF-8 bytes)."""
    return apply_stylesheet(_compiled(JSONLD_STYLESHEET.name), tree)


def mets(tree: etree._ElementTree, master: FileRef, derivative: FileRef | None) -> bytes:
    """A METS document wrapping the edition (``master``, the TEI) and its
    HTML ``derivative`` when there is one."""
    params = master.params("master")
    if derivative is not None:
        params |= derivative.params("derivative")
    return apply_stylesheet(_compiled(METS_STYLESHEET.name), tree, params)
