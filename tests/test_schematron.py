"""schema/tei-encoder.sch: the pointer rules of encoder/validate.py as ISO Schematron.

The committed file is what ``encoder.oddgen`` compiles from the ODD's
``constraintSpec``s (``tests/test_oddgen.py``), and on every test document
(valid, broken, the bundled output) it finds exactly what the Python checks
find: the same codes at the same lines.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

from encoder.cli import main
from encoder.schematron import schematron_diagnostics
from encoder.validate import _reference_diagnostics
from encoder.xmlio import XmlInputError, parse_xml_file

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = [
    *sorted((ROOT / "tests" / "valid").glob("*.xml")),
    *sorted((ROOT / "tests" / "broken").glob("*.xml")),
    *sorted((ROOT / "out").glob("*.xml")),
]


def _readable(path: Path) -> etree._ElementTree | None:
    try:
        return parse_xml_file(path)
    except XmlInputError:
        return None


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_schematron_finds_what_the_python_checks_find(path: Path) -> None:
    tree = _readable(path)
    if tree is None:
        return  # not well-formed: no checker reads it (V108)
    python = sorted((d.code, d.span.line) for d in _reference_diagnostics(tree.getroot(), "x"))
    rules = sorted((d.code, d.span.line) for d in schematron_diagnostics(tree, "x"))
    assert rules == python


def test_the_broken_documents_exercise_every_rule() -> None:
    codes: Counter[str] = Counter()
    for path in DOCUMENTS:
        tree = _readable(path)
        if tree is not None:
            codes.update(d.code for d in schematron_diagnostics(tree, path.name))
    assert set(codes) == {"R201", "R202", "R203", "R204", "R206", "W205"}


def test_validate_with_the_schematron_engine(capsys: pytest.CaptureFixture[str]) -> None:
    broken = ROOT / "tests" / "broken"
    files = [str(broken / "duplicate-xml-id.xml"), str(broken / "who-points-at-note.xml")]
    assert main(["validate", "--engine", "schematron", *files]) == 1
    err = capsys.readouterr().err
    assert "duplicate-xml-id.xml:33: error[R202]:" in err
    assert "who-points-at-note.xml:33: error[R206]:" in err
    assert "who-points-at-note.xml:23: warning[W205]:" in err
    assert (
        main(["validate", "--engine", "schematron", str(ROOT / "tests" / "valid" / "minimal.xml")])
        == 0
    )
