"""Issue 16 (hardening): one test per finding of the adversarial probe, each
named after it. tests/RELIABILITY.md lists them with message and exit code.

Anything that could hang when the fix regresses runs in a subprocess with a
timeout, so that a regression fails instead of stalling the suite.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from encoder.xmlio import XmlInputError, parse_xml_bytes

ROOT = Path(__file__).resolve().parent.parent
TEI_NS = "http://www.tei-c.org/ns/1.0"


def run_cli(*args: str, timeout: float = 60, **kwargs: object) -> subprocess.CompletedProcess[str]:
    """``tei-encode ARGS`` in a subprocess (``python -c`` so no script is needed)."""
    return subprocess.run(
        [sys.executable, "-c", "from encoder.cli import entry_point; entry_point()", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=kwargs.pop("cwd", None),  # type: ignore[arg-type]
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


# ------------------------------------------------------------- point 2: XML


def _doctype_document(encoding: str, system: str) -> bytes:
    label = encoding.upper().replace("-SIG", "")
    doc = (
        f'<?xml version="1.0" encoding="{label}"?>\n'
        f'<!DOCTYPE TEI SYSTEM "{system}">\n'
        f'<TEI xmlns="{TEI_NS}"/>\n'
    )
    return doc.encode(encoding)


UTF32 = [
    pytest.param("utf-32", id="utf-32-bom"),  # Python writes the platform's order with a BOM
    pytest.param("utf-32-le", id="utf-32-le-no-bom"),
    pytest.param("utf-32-be", id="utf-32-be-no-bom"),
]


@pytest.mark.parametrize("encoding", UTF32)
def test_utf32_doctype_naming_a_fifo_is_refused_without_opening_it(
    tmp_path: Path, encoding: str
) -> None:
    fifo = tmp_path / "dtd.fifo"
    os.mkfifo(fifo)
    doc = tmp_path / "doc.xml"
    doc.write_bytes(_doctype_document(encoding, str(fifo)))
    for command in ("validate", "text", "render"):
        extra = ["-o", str(tmp_path / "x.out")] if command == "render" else []
        run = run_cli(command, str(doc), *extra, timeout=30)
        assert run.returncode == (1 if command == "validate" else 3), run.stderr
        assert "DOCTYPE that names a DTD" in run.stderr


@pytest.mark.parametrize("bom", [b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"])
def test_utf32_with_a_bom_and_a_system_id_is_refused(bom: bytes) -> None:
    codec = "utf-32-le" if bom[0] == 0xFF else "utf-32-be"
    data = bom + _doctype_document(codec, "/etc/hostname")
    with pytest.raises(XmlInputError, match="DOCTYPE"):
        parse_xml_bytes(data)


@pytest.mark.parametrize("encoding", UTF32)
def test_utf32_internal_entity_in_an_attribute_is_not_expanded(encoding: str) -> None:
    label = encoding.upper()
    doc = (
        f'<?xml version="1.0" encoding="{label}"?>\n'
        '<!DOCTYPE TEI [<!ENTITY e "EXPANDED">]>\n'
        f'<TEI xmlns="{TEI_NS}" n="&e;"/>\n'
    ).encode(encoding)
    with pytest.raises(XmlInputError, match="DOCTYPE"):
        parse_xml_bytes(doc)


def test_the_parsed_document_is_checked_when_the_prolog_check_misses(tmp_path: Path) -> None:
    """Defence in depth: with the byte-level prolog check switched off, the
    resolver that refuses everything and the check of what libxml2 decoded
    still refuse a DTD on a FIFO (which would block for ever if opened) and an
    entity declared for an attribute."""
    fifo = tmp_path / "dtd.fifo"
    os.mkfifo(fifo)
    code = textwrap.dedent(
        f"""
        from encoder import xmlio
        xmlio._check_doctype = lambda data: None
        docs = [
            b'<!DOCTYPE TEI SYSTEM "{fifo}"><TEI xmlns="{TEI_NS}"/>',
            b'<!DOCTYPE TEI [<!ENTITY e "X">]><TEI xmlns="{TEI_NS}" n="&e;"/>',
        ]
        for doc in docs:
            try:
                xmlio.parse_xml_bytes(doc)
            except xmlio.XmlInputError as exc:
                print("refused:", exc.message[:40])
        """
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=30,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert run.stdout.count("refused: the document has a DOCTYPE") == 2, run.stderr


def test_a_bare_doctype_is_still_accepted() -> None:
    tree = parse_xml_bytes(f'<!DOCTYPE TEI><TEI xmlns="{TEI_NS}"/>'.encode())
    assert tree.getroot().tag == f"{{{TEI_NS}}}TEI"


@pytest.mark.parametrize("command", ["text", "render", "validate"])
def test_a_fifo_given_as_the_xml_input_is_refused(tmp_path: Path, command: str) -> None:
    fifo = tmp_path / "doc.xml"
    os.mkfifo(fifo)
    extra = ["-o", str(tmp_path / "x.out")] if command == "render" else []
    run = run_cli(command, str(fifo), *extra, timeout=30)
    assert run.returncode == 3, run.stderr
    assert "named pipe" in run.stderr or "not a regular file" in run.stderr
