"""The pointer rules of :mod:`encoder.validate` as ISO Schematron, for tools outside Python.

The XSD says what may stand where; the rules no grammar can say (every
``#pointer`` names an ``xml:id`` of the document, ids are unique, footnotes
are numbered once, a turn's speaker is a person, every participant is
referred to) were checked only in Python. :func:`schematron` writes them as
ISO Schematron (``queryBinding="exslt"``: XPath 1.0 with EXSLT's
``str:tokenize``, which libxslt, and so lxml and xsltproc, run), from the
same list of pointer attributes :mod:`encoder.validate` uses, so the two
cannot drift. ``schema/tei-encoder.sch`` is its output, committed;
``tests/test_schematron.py`` checks that it is what this module writes now
and that it finds exactly what the Python checks find, on every test
document. Regenerate with ``python -m encoder.schematron > schema/tei-encoder.sch``.

Each assertion's ``@id`` starts with the diagnostic code (``R201-who``) and
its ``@role`` is ``error`` or ``warning``.
"""

from __future__ import annotations

import sys
from typing import Any, Final

from lxml import etree

from .diagnostics import Diagnostic, Severity, Span
from .validate import POINTER_ATTRIBUTES

SCH_NS: Final = "http://purl.oclc.org/dsdl/schematron"
SVRL_NS: Final = "http://purl.oclc.org/dsdl/svrl"
_S: Final = "{" + SCH_NS + "}"

# Tokens of an attribute that are same-document pointers.
_TOKENS: Final = "str:tokenize(normalize-space(@{a}), ' ')[starts-with(., '#')]"


def _el(
    parent: etree._Element, name: str, attrib: dict[str, str], text: str = ""
) -> etree._Element:
    elem = etree.SubElement(parent, _S + name, attrib)
    if text:
        elem.text = text
    return elem


def _pattern(root: etree._Element, ident: str, title: str) -> etree._Element:
    pattern = _el(root, "pattern", {"id": "rules-" + ident})
    _el(pattern, "p", {}, title)
    return pattern


def _assert(rule: etree._Element, ident: str, test: str, *message: str | tuple[str]) -> None:
    """An assertion whose message mixes text and ``value-of`` (a 1-tuple);
    ``ident`` is the diagnostic code, then a hyphen and what tells it apart
    (Schematron ids are unique)."""
    role = "warning" if ident.startswith("W") else "error"
    elem = _el(rule, "assert", {"id": ident, "role": role, "test": test})
    last: etree._Element | None = None
    for part in message:
        if isinstance(part, tuple):
            last = _el(elem, "value-of", {"select": part[0]})
        elif last is None:
            elem.text = (elem.text or "") + part
        else:
            last.tail = (last.tail or "") + part


def schematron() -> bytes:
    """The Schematron of the pointer rules, as bytes (deterministic)."""
    root = etree.Element(_S + "schema", {"queryBinding": "exslt"}, nsmap={"sch": SCH_NS})
    _el(root, "ns", {"prefix": "tei", "uri": "http://www.tei-c.org/ns/1.0"})
    _el(root, "ns", {"prefix": "str", "uri": "http://exslt.org/strings"})
    _el(root, "p", {}, "tei-encoder: the rules no grammar can express (R201-R206, W205)")
    # the document's ids (a token of str:tokenize lives in a document of its own,
    # so the predicates below cannot reach the TEI document with //)
    _el(root, "let", {"name": "ids", "value": "//@xml:id"})
    _el(
        root,
        "let",
        {"name": "person-ids", "value": "//tei:person/@xml:id | //tei:personGrp/@xml:id"},
    )
    # R201: one pattern per attribute, so that each is checked on every element
    for attribute in POINTER_ATTRIBUTES:
        pattern = _pattern(root, f"R201-{attribute}", f"@{attribute} points inside the document")
        rule = _el(pattern, "rule", {"context": f"*[@{attribute}]"})
        bad = _TOKENS.format(a=attribute) + "[not(substring(., 2) = $ids)]"
        _el(rule, "let", {"name": "dangling", "value": bad})
        _assert(
            rule,
            f"R201-{attribute}",
            "not($dangling)",
            "<",
            ("local-name()",),
            f'> @{attribute} points to "',
            ("$dangling[1]",),
            '", but no element has that xml:id',
        )
    rule = _el(_pattern(root, "R202", "ids are unique"), "rule", {"context": "*[@xml:id]"})
    _el(rule, "let", {"name": "id", "value": "@xml:id"})
    _assert(
        rule,
        "R202",
        "not(preceding::*[@xml:id = $id] | ancestor::*[@xml:id = $id])",
        'xml:id="',
        ("$id",),
        '" is already used; ids must be unique',
    )
    footnote = "tei:text//tei:note[not(@type)]"
    rule = _el(_pattern(root, "R203", "footnotes are numbered"), "rule", {"context": footnote})
    _assert(rule, "R203", "@n", "footnote <note> in <text> has no @n")
    rule = _el(
        _pattern(root, "R204", "each footnote number once"), "rule", {"context": footnote + "[@n]"}
    )
    _el(rule, "let", {"name": "n", "value": "@n"})
    _assert(
        rule,
        "R204",
        f"not(preceding::{footnote.replace('tei:text//', '')}[@n = $n][ancestor::tei:text])",
        'footnote number n="',
        ("$n",),
        '" is used twice',
    )
    rule = _el(_pattern(root, "R206", "a speaker is a person"), "rule", {"context": "tei:sp[@who]"})
    not_person = (
        _TOKENS.format(a="who") + "[substring(., 2) = $ids][not(substring(., 2) = $person-ids)]"
    )
    _el(rule, "let", {"name": "other", "value": not_person})
    _assert(
        rule,
        "R206",
        "not($other)",
        '<sp> @who="',
        ("$other[1]",),
        '" points at an element that is not a <person>',
    )
    rule = _el(
        _pattern(root, "W205", "every participant is referred to"),
        "rule",
        {"context": "tei:particDesc//tei:person[@xml:id]"},
    )
    _el(rule, "let", {"name": "pointer", "value": "concat(' #', @xml:id, ' ')"})
    attributes = " | ".join(f"@{a}" for a in POINTER_ATTRIBUTES)
    referring = (  # by another element (current(): the participant)
        f"//*[generate-id() != generate-id(current())][{attributes}]"
        f"[({attributes})[contains(concat(' ', normalize-space(.), ' '), $pointer)]]"
    )
    _assert(
        rule,
        "W205",
        referring,
        'participant "',
        ("@xml:id",),
        '" never speaks and is never referred to',
    )
    etree.indent(root, space="  ")
    body = etree.tostring(root, encoding="UTF-8", xml_declaration=False)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body + b"\n"


def schematron_diagnostics(tree: etree._ElementTree, filename: str) -> list[Diagnostic]:
    """What the Schematron finds in ``tree``, as diagnostics at the failing
    element's line (the same codes as :mod:`encoder.validate`)."""
    report = _compiled()(tree)
    found: list[Diagnostic] = []
    for failed in report.getroot().iter(f"{{{SVRL_NS}}}failed-assert"):
        location = failed.get("location", "")
        hits = tree.xpath(location) if location else []
        first = hits[0] if isinstance(hits, list) and hits else None
        found_line: object = getattr(first, "sourceline", None)
        line = found_line if isinstance(found_line, int) else 0
        text = "".join(str(t) for t in failed.itertext()).strip()
        severity = Severity.WARNING if failed.get("role") == "warning" else Severity.ERROR
        code = failed.get("id", "").split("-", 1)[0]
        found.append(Diagnostic(code, severity, text, Span(filename, line)))
    return found


_COMPILED: list[etree.XSLT] = []


def _compiled() -> etree.XSLT:
    """The Schematron compiled to XSLT once (lxml's ISO skeleton, XSLT 1.0)."""
    if not _COMPILED:
        import importlib

        iso: Any = importlib.import_module("lxml.isoschematron")  # not in lxml's type stubs
        schema = iso.Schematron(etree.fromstring(schematron()), store_xslt=True)
        _COMPILED.append(etree.XSLT(schema.validator_xslt))
    return _COMPILED[0]


if __name__ == "__main__":
    sys.stdout.buffer.write(schematron())
