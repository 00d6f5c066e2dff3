"""encoder.validate: the broken corpus, the valid documents, the API.

Each file in ``tests/broken/`` states what it must produce in comments at its
top, one line per diagnostic, so a failure names the file and the line::

    <!-- expect R201 line 36: <sp> @who points to "#krushchev" -->

The run must report exactly those codes on exactly those lines (nothing more,
nothing less) and each message must contain the text after the colon.
"""

from __future__ import annotations

import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from support import built_editions

from encoder.diagnostics import Severity
from encoder.validate import schema_path, validate_file, validate_tree
from encoder.xmlio import parse_xml_bytes

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
BROKEN = sorted((TESTS / "broken").glob("*.xml"))
VALID = sorted((TESTS / "valid").glob("*.xml"))
OUTPUTS = built_editions()

_EXPECT = re.compile(r"<!-- expect (?P<code>[VRW]\d{3}) line (?P<line>\d+): (?P<text>.*?) -->")


def expectations(path: Path) -> list[tuple[str, int, str]]:
    text = path.read_text(encoding="utf-8")
    return [(m["code"], int(m["line"]), m["text"]) for m in _EXPECT.finditer(text)]


def test_the_broken_corpus_is_large_enough() -> None:
    assert len(BROKEN) >= 25
    codes = {code for path in BROKEN for code, _, _ in expectations(path)}
    assert {"V101", "V102", "V103", "V104", "V105", "V106", "V107", "V108"} <= codes
    assert {"R201", "R202", "R203", "R204", "R206", "W205"} <= codes


@pytest.mark.parametrize("path", BROKEN, ids=[p.stem for p in BROKEN])
def test_broken_document_is_rejected_with_the_expected_diagnostics(path: Path) -> None:
    expected = expectations(path)
    assert expected, f"{path.name} states no expectation"
    found = validate_file(path)
    shown = "\n".join(d.format() for d in found)

    assert sorted((d.code, d.span.line) for d in found) == sorted(
        (code, line) for code, line, _ in expected
    ), shown
    for code, line, text in expected:
        assert any(d.code == code and d.span.line == line and text in d.message for d in found), (
            f"no {code} on line {line} containing {text!r}:\n{shown}"
        )
    for d in found:
        assert d.span.file == str(path)
        wanted = Severity.WARNING if d.code.startswith("W") else Severity.ERROR
        assert d.severity is wanted, d.format()
    assert any(d.severity is Severity.ERROR for d in found) or all(
        code.startswith("W") for code, _, _ in expected
    )


@pytest.mark.parametrize("path", VALID + OUTPUTS, ids=[p.name for p in VALID + OUTPUTS])
def test_valid_document_passes(path: Path) -> None:
    found = validate_file(path)
    assert found == [], "\n".join(d.format() for d in found)


def test_every_problem_of_a_document_is_reported_in_one_run() -> None:
    found = validate_file(TESTS / "broken" / "many-problems.xml")
    assert [d.code for d in found] == ["V103", "W205", "V101", "R201"]
    assert [d.span.line for d in found] == sorted(d.span.line for d in found)


def test_validate_tree_uses_the_given_file_name_and_source_lines() -> None:
    data = (TESTS / "broken" / "dangling-target.xml").read_bytes()
    found = validate_tree(parse_xml_bytes(data), "memory.xml")
    assert [d.format() for d in found] == [
        'memory.xml:32: error[R201]: <ref> @target points to "#n9", but no element has xml:id="n9"'
    ]


def test_a_file_that_cannot_be_read_is_one_error(tmp_path: Path) -> None:
    found = validate_file(tmp_path / "missing.xml")
    assert [d.code for d in found] == ["V108"]
    assert "cannot read" in found[0].message


def test_entities_are_refused_not_expanded(tmp_path: Path) -> None:
    path = tmp_path / "xxe.xml"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE TEI [\n<!ENTITY x SYSTEM "file:///etc/passwd">\n]>\n'
        '<TEI xmlns="http://www.tei-c.org/ns/1.0">&x;</TEI>\n'
    )
    found = validate_file(path)
    assert [(d.code, d.span.line) for d in found] == [("V108", 3)]


def test_header_notes_need_no_number_but_footnotes_do() -> None:
    data = (TESTS / "valid" / "encoder-skeleton.xml").read_bytes()
    tree = parse_xml_bytes(data)
    tei = "{http://www.tei-c.org/ns/1.0}"
    notes = list(tree.getroot().iter(tei + "note"))
    footnotes = [n for n in notes if n.get("type") is None and n.get("place") in ("foot", "end")]
    for note in notes:
        if note not in footnotes and "n" in note.attrib:
            del note.attrib["n"]
    assert validate_tree(tree, "x.xml") == []
    del footnotes[0].attrib["n"]
    assert [d.code for d in validate_tree(tree, "x.xml")] == ["R203"]


def test_validation_is_safe_from_several_threads() -> None:
    paths = [*VALID, *BROKEN[:8]]
    serial = {p: validate_file(p) for p in paths}
    results: dict[Path, list[object]] = {}

    def work(path: Path) -> None:
        for _ in range(5):
            results[path] = list(validate_file(path))

    threads = [threading.Thread(target=work, args=(p,)) for p in paths]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == serial


# In a new process, so that the schema is compiled by the thread, not already
# by an earlier test: the broken files' diagnostics must be the same as when
# the validation compiles the schema itself.
_EARLY_THEN_VALIDATE = """
import sys
from pathlib import Path
from encoder.validate import compile_schema_early, validate_file
compile_schema_early()
for name in sys.argv[1:]:
    print(name, [(d.code, d.span.line, d.message) for d in validate_file(Path(name))])
"""


def test_a_schema_compiled_on_another_thread_validates_as_before() -> None:
    paths = [str(p) for p in BROKEN[:6]]
    done = subprocess.run(
        [sys.executable, "-c", _EARLY_THEN_VALIDATE, *paths],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stderr == ""
    expected = [
        f"{p} {[(d.code, d.span.line, d.message) for d in validate_file(Path(p))]}" for p in paths
    ]
    assert done.stdout.splitlines() == expected
    assert all("[]" not in line for line in expected)  # each file has its errors


def test_the_schema_is_found_next_to_the_package() -> None:
    path = schema_path()
    assert path.name == "tei-encoder.xsd"
    assert (path.parent / "xml.xsd").is_file()
