"""The pointer rules as ISO Schematron, run from Python (``--engine schematron``, ``jing``).

The XSD says what may stand where; the rules no grammar can say (every
``#pointer`` names an ``xml:id`` of the document, ids are unique, footnotes
are numbered once, a turn's speaker is a person, every participant is
referred to) are checked in Python by :mod:`encoder.validate` and, for tools
outside Python, stated in ISO Schematron (``queryBinding="exslt"``: XPath 1.0
with EXSLT's ``str:tokenize``, which libxslt, and so lxml and xsltproc, run)
as ``constraintSpec``s of the ODD, from which :mod:`encoder.oddgen` writes
``schema/tei-encoder.sch``. This module runs that bundled file, so it sees
what an ingest validator outside Python sees; ``tests/test_schematron.py``
checks that it finds exactly what the Python checks find, on every test
document.

Each assertion's ``@id`` starts with the diagnostic code (``R201-who``) and
its ``@role`` is ``error`` or ``warning``.
"""

from __future__ import annotations

from typing import Any, Final

from lxml import etree

from .diagnostics import Diagnostic, Severity, Span
from .oddgen import SCH_FILE, odd_path

SVRL_NS: Final = "http://purl.oclc.org/dsdl/svrl"


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
    """The bundled Schematron compiled to XSLT once (lxml's ISO skeleton, XSLT 1.0)."""
    if not _COMPILED:
        import importlib

        iso: Any = importlib.import_module("lxml.isoschematron")  # not in lxml's type stubs
        rules = etree.parse(str(odd_path().parent / SCH_FILE))
        schema = iso.Schematron(rules, store_xslt=True)
        _COMPILED.append(etree.XSLT(schema.validator_xslt))
    return _COMPILED[0]
