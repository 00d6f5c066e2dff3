"""`validate --engine xmlschema` gives a second opinion on the same bundled XSD."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import built_editions

from encoder.cli import main
from encoder.diagnostics import Severity
from encoder.validate import validate_file

ROOT = Path(__file__).resolve().parent.parent
VALID = sorted((ROOT / "tests" / "valid").glob("*.xml")) + built_editions()
# Broken files whose only problems are in the grammar (not pointers, not parsing).
BROKEN = sorted((ROOT / "tests" / "broken").glob("wrong-*.xml"))


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_both_engines_accept_valid_files(path: Path) -> None:
    for engine in ("lxml", "xmlschema"):
        errors = [d for d in validate_file(path, engine) if d.severity is Severity.ERROR]
        assert errors == [], (engine, [e.format() for e in errors])


@pytest.mark.parametrize("path", BROKEN, ids=lambda p: p.name)
def test_both_engines_reject_broken_files_on_the_same_line(path: Path) -> None:
    lines = {}
    for engine in ("lxml", "xmlschema"):
        errors = [d for d in validate_file(path, engine) if d.severity is Severity.ERROR]
        assert errors, f"{engine} accepted {path.name}"
        lines[engine] = {d.span.line for d in errors}
    assert lines["lxml"] & lines["xmlschema"], lines


def test_cli_engine_option(capsys: pytest.CaptureFixture[str]) -> None:
    broken = ROOT / "tests" / "broken" / "wrong-stage-type.xml"
    assert main(["validate", "--engine", "xmlschema", str(broken)]) == 1
    err = capsys.readouterr().err
    assert "wrong-stage-type.xml:31: error[V100]:" in err
    assert "'narration', 'delivery'" in err
