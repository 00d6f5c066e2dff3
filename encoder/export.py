"""A tei-encode edition in a TEI interchange profile, by bundled XSLT 1.0.

=========  ==========================  =======================================
profile    stylesheet                  valid against
=========  ==========================  =======================================
simple     ``xslt/export-simple.xsl``  TEI Simple Print (``teisimple.rng``)
lite       ``xslt/export-lite.xsl``    TEI Lite (``tei_lite.rng``)
=========  ==========================  =======================================

Each stylesheet's comment says what it maps to what; the official schemas
the tests check the output against are in ``tests/data/schemas/profiles/``.
This module imports lxml only when a document is exported, so that the
command line can list the profiles cheaply.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from lxml import etree

PROFILES: Final = {
    "simple": "export-simple.xsl",
    "lite": "export-lite.xsl",
}


class ExportError(Exception):
    """The document cannot be exported (not TEI, or the stylesheet failed)."""


@cache
def _compiled(profile: str) -> etree.XSLT:
    from .html import XSLT_DIR, compile_stylesheet

    return compile_stylesheet(XSLT_DIR / PROFILES[profile])


def export_tree(tree: etree._ElementTree, profile: str) -> bytes:
    """``tree`` (a TEI document) in ``profile`` (a key of :data:`PROFILES`)."""
    from .html import HtmlRenderError, apply_stylesheet
    from .xmlio import TEI

    if tree.getroot().tag != TEI + "TEI":
        raise ExportError("the document element is not TEI in the TEI P5 namespace")
    try:
        return apply_stylesheet(_compiled(profile), tree)
    except HtmlRenderError as exc:
        raise ExportError(str(exc)) from None
