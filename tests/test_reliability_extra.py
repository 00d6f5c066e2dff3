"""Bad-input cases of tests/RELIABILITY.md that no other test covers:
nested brackets, the NFC normalisation recorded in the header, and a
transcript that is only page boilerplate."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from encoder.cli import main
from encoder.diagnostics import EXIT_OK


@pytest.fixture(autouse=True)
def _no_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


def test_nested_brackets_are_kept_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "n.txt"
    source.write_text(
        "SMITH. And [this [nested] one] too.\n\nJONES. Yes.\n\nSMITH. No.\n\nJONES. Fine.\n",
        encoding="utf-8",
    )
    out = tmp_path / "n.xml"
    code = main(["encode", str(source), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == EXIT_OK, err
    assert re.search(rf"^{re.escape(str(source))}:1:12: warning\[W302\]: ", err, re.M), err
    assert re.search(rf"^{re.escape(str(source))}:1:30: warning\[W302\]: ", err, re.M), err
    xml = out.read_text(encoding="utf-8")
    assert '[this <supplied reason="implied" resp="#n-source">nested</supplied> one]' in xml
    main(["text", str(out), "-o", str(tmp_path / "n.back.txt")])
    assert "And [this [nested] one] too." in (tmp_path / "n.back.txt").read_text("utf-8")


def test_nfd_input_is_recorded_as_normalised_in_the_header(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nfd = unicodedata.normalize("NFD", "SMITH. Mend\u00e8s.\n\nJONES. Yes.\n\nSMITH. No.\n")
    source = tmp_path / "nfd.txt"
    source.write_text(nfd, encoding="utf-8")
    out = tmp_path / "nfd.xml"
    assert main(["encode", str(source), "-o", str(out)]) == EXIT_OK
    xml = out.read_text(encoding="utf-8")
    header = xml[: xml.index("</teiHeader>")]
    assert re.search(r"<normalization>\s*<p>[^<]*normalised to Unicode NFC", header)
    # and only when it happened
    plain = tmp_path / "nfc.txt"
    plain.write_text(unicodedata.normalize("NFC", nfd), encoding="utf-8")
    assert main(["encode", str(plain), "-o", str(tmp_path / "nfc.xml")]) == EXIT_OK
    assert "Unicode NFC" not in (tmp_path / "nfc.xml").read_text(encoding="utf-8")
    capsys.readouterr()


def test_only_boilerplate_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "b.txt"
    source.write_text("Skip to content\n\nRecord ID\n\nMenu\n", encoding="utf-8")
    main(["-v", "encode", str(source), "-o", str(tmp_path / "b.xml")])
    err = capsys.readouterr().err
    for line, text in ((1, "Skip to content"), (3, "Record ID"), (5, "Menu")):
        assert f"{source}:{line}:1: info[I101]: page boilerplate {text!r}" in err
    assert "Traceback" not in err


def test_only_boilerplate_is_an_error_without_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "b.txt"
    source.write_text("Skip to content\n\nRecord ID\n\nMenu\n", encoding="utf-8")
    code = main(["encode", str(source), "-o", str(tmp_path / "b.xml")])
    err = capsys.readouterr().err
    assert code == 3
    assert f"{source}:1:1: error[E007]: every line of the file is page boilerplate" in err
    assert not (tmp_path / "b.xml").exists()
    assert "(output): error[" not in err
