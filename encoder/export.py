"""A tei-encode edition in a TEI interchange profile, by bundled XSLT 1.0.

=========  ==========================  =======================================
profile    stylesheet                  valid against
=========  ==========================  =======================================
simple     ``xslt/export-simple.xsl``  TEI Simple Print (``teisimple.rng``)
lite       ``xslt/export-lite.xsl``    TEI Lite (``tei_lite.rng``)
parlamint  ``xslt/export-parlamint.xsl``  ParlaMint (``ParlaMint-TEI.rng``, which
           then ``-tags.xsl`` (its     includes ``ParlaMint.rng``)
           tagsDecl and word count)
=========  ==========================  =======================================

ParlaMint asks for header facts a transcript may lack (:data:`REQUIRED`):
an edition without one of them is refused, with the list of what is
missing, rather than given made-up values.

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

# profile → its stylesheets, applied in turn
PROFILES: Final = {
    "simple": ("export-simple.xsl",),
    "lite": ("export-lite.xsl",),
    "parlamint": ("export-parlamint.xsl", "export-parlamint-tags.xsl"),
}

_HEADER: Final = "/tei:TEI/tei:teiHeader"
_PUB: Final = f"{_HEADER}/tei:fileDesc/tei:publicationStmt"
_PROFILE: Final = f"{_HEADER}/tei:profileDesc"
CC_BY_4: Final = (
    "http://creativecommons.org/licenses/by/4.0/",
    "https://creativecommons.org/licenses/by/4.0/",
)

# an http(s) address: ParlaMint's idno holds nothing else
_WEB: Final = (
    "starts-with(normalize-space(), 'http://') or starts-with(normalize-space(), 'https://')"
)

# profile → (XPath that must be true, what is missing when it is not)
REQUIRED: Final = {
    "parlamint": (
        ("/tei:TEI/@xml:id", "the document's id (TEI/@xml:id)"),
        ("/tei:TEI/@xml:lang", "the document's language (TEI/@xml:lang)"),
        (
            f"{_HEADER}/tei:fileDesc/tei:titleStmt/tei:title[1][normalize-space()]",
            "a title (titleStmt/title)",
        ),
        (f"{_PUB}/tei:publisher[normalize-space()]", "a publisher (publicationStmt/publisher)"),
        (f"{_PUB}/tei:date/@when", "a publication date (publicationStmt/date/@when)"),
        (
            f"{_PUB}/tei:idno[@type='URI'][{_WEB}]",
            "an http(s) URI of the edition (publicationStmt/idno[@type='URI'])",
        ),
        (
            f"{_PUB}/tei:availability/tei:licence[@target = '{CC_BY_4[0]}' "
            f"or @target = '{CC_BY_4[1]}']",
            "the CC BY 4.0 licence ParlaMint requires (availability/licence/@target)",
        ),
        (
            f"{_HEADER}/tei:fileDesc/tei:editionStmt/tei:edition[normalize-space()]"
            f" | {_HEADER}/tei:encodingDesc/tei:appInfo/tei:application[@ident]",
            "an edition statement (editionStmt/edition, or encodingDesc/appInfo/application)",
        ),
        (
            f"({_PROFILE}/tei:creation/tei:date | {_PROFILE}/tei:settingDesc/tei:setting/tei:date)"
            "[1]/@when",
            "the date of the conversation (profileDesc/creation/date/@when)",
        ),
        (
            f"({_PROFILE}/tei:creation/tei:placeName"
            f" | {_PROFILE}/tei:settingDesc/tei:setting/tei:placeName)[1][normalize-space()]",
            "the place of the conversation (profileDesc/creation/placeName)",
        ),
        (
            f"{_HEADER}/tei:fileDesc/tei:sourceDesc/tei:bibl[@type='digital'][1]"
            "/tei:ptr/@target[starts-with(., 'http://') or starts-with(., 'https://')]",
            "the http(s) address of the digital source (sourceDesc/bibl[@type='digital']/ptr)",
        ),
        (
            " | ".join(
                f"/tei:TEI/tei:text/{part}[normalize-space() or .//tei:pb]"
                for part in ("tei:front", "tei:body/tei:div", "tei:back")
            ),
            "a text with words (in the front, a division of the body, or the back)",
        ),
    ),
}


class ExportError(Exception):
    """The document cannot be exported (not TEI, or the stylesheet failed)."""


@cache
def _compiled(name: str) -> etree.XSLT:
    from .html import XSLT_DIR, compile_stylesheet

    return compile_stylesheet(XSLT_DIR / name)


def export_tree(tree: etree._ElementTree, profile: str) -> bytes:
    """``tree`` (a TEI document) in ``profile`` (a key of :data:`PROFILES`)."""
    from .html import HtmlRenderError, apply_stylesheet
    from .xmlio import TEI

    if tree.getroot().tag != TEI + "TEI":
        raise ExportError("the document element is not TEI in the TEI P5 namespace")
    missing = [
        what
        for test, what in REQUIRED.get(profile, ())
        if not tree.xpath(f"boolean({test})", namespaces={"tei": TEI.strip("{}")})
    ]
    if missing:
        raise ExportError(
            f"the {profile} profile needs what this edition lacks: " + "; ".join(missing)
        )
    from .xmlio import parse_xml_bytes

    first, *then = PROFILES[profile]
    try:
        data = apply_stylesheet(_compiled(first), tree)
        for name in then:
            data = apply_stylesheet(_compiled(name), parse_xml_bytes(data))
    except HtmlRenderError as exc:
        raise ExportError(str(exc)) from None
    return data
