"""Inputs that are not clean UTF-8 transcripts, through the command line.

Each failure must: exit with the documented code, say ``file:line:col:
error[CODE]: …`` on stderr, print no traceback, and leave no output file
(nor a temporary file) behind.
"""

from __future__ import annotations

import re
import time
import unicodedata
from pathlib import Path

import pytest

from encoder import cli
from encoder.cli import main
from encoder.diagnostics import EXIT_INPUT, EXIT_IO, EXIT_OK

try:  # the self-check needs encoder.validate, written by others in parallel
    import encoder.validate as _validate  # noqa: F401

    HAVE_VALIDATE = True
except ImportError:  # pragma: no cover - depends on the state of the tree
    HAVE_VALIDATE = False

TURNS = (
    "SMITH. Good morning.\n\nJONES. Good morning to you.\n\nSMITH. Let us begin.\n\nJONES. Yes.\n"
)


@pytest.fixture(autouse=True)
def _no_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    if not HAVE_VALIDATE:  # pragma: no cover
        monkeypatch.setattr(cli, "_self_check", lambda tree, display: [])


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def error_lines(err: str, path: Path) -> list[str]:
    return [line for line in err.splitlines() if ": error[" in line]


def assert_failure(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    source: Path,
    code_expected: str,
    line: int,
    col: int,
    *extra: str,
) -> str:
    out = tmp_path / "out" / "result.xml"
    code, stdout, err = run(capsys, "encode", str(source), "-o", str(out), *extra)
    assert code == EXIT_INPUT
    assert "Traceback" not in err + stdout
    assert stdout == ""
    errors = error_lines(err, source)
    pattern = rf"^{re.escape(str(source))}:{line}:{col}: error\[{code_expected}\]: \S"
    assert any(re.match(pattern, e) for e in errors), err
    assert all(
        re.match(rf"^{re.escape(str(source))}:\d+(:\d+)?: error\[E\d{{3}}\]: ", e) for e in errors
    )
    assert not out.exists()
    leftovers = [p for p in tmp_path.rglob("*") if p.is_file() and p != source]
    assert leftovers == []
    return err


def write(tmp_path: Path, data: bytes, name: str = "t.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def encode_ok(capsys: pytest.CaptureFixture[str], source: Path, out: Path, *extra: str) -> bytes:
    code, stdout, err = run(capsys, "encode", str(source), "-o", str(out), *extra)
    assert code == EXIT_OK, err
    assert stdout == ""
    assert "Traceback" not in err
    leftovers = [p.name for p in out.parent.iterdir() if p.name.startswith(".")]
    assert leftovers == []
    return out.read_bytes()


# ------------------------------------------------------------- failures


def test_empty_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert_failure(tmp_path, capsys, write(tmp_path, b""), "E006", 1, 1)


def test_whitespace_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert_failure(tmp_path, capsys, write(tmp_path, b"  \n\t\n\r\n   "), "E006", 1, 1)


def test_binary_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # (a file of no format tei-encode names: a ZIP archive is named, E009)
    data = b"\x7fELF\n\x00\x00\x14\x00binary"
    err = assert_failure(tmp_path, capsys, write(tmp_path, data), "E001", 2, 1)
    assert "binary" in err


@pytest.mark.parametrize(
    ("data", "named", "advice"),
    [
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF file", "pdftotext"),
        (b"{\\rtf1\\ansi\\deff0 ANN: Hello.\\par}", "an RTF document", "Plain Text"),
        (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "a Word document (.docx)", "Plain Text"),
        (b"PK\x03\x04\n\x00\x00\x14\x00binary", "a ZIP archive", "unpack"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "old binary format (.doc", "Plain Text"),
        (b"\xef\xbb\xbf\n<!DOCTYPE html>\n<html><body><p>ANN: Hi.</p>", "an HTML page", "browser"),
        (
            b'<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"/>',
            "an XML file",
            "validate",
        ),
    ],
)
def test_a_document_of_another_format_is_named_with_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes, named: str, advice: str
) -> None:
    """A word processor's file, a PDF, a page's source handed over for its text:
    named, with how to have the text, instead of "binary" or "not UTF-8"."""
    err = assert_failure(tmp_path, capsys, write(tmp_path, data), "E009", 1, 1)
    assert named in err and advice in err


def test_a_transcript_that_mentions_a_tag_or_a_format_is_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write(tmp_path, b"ANN: The <html> tag opens the page.\n\nBO: And %PDF- a PDF.\n")
    code, _out, err = run(capsys, "encode", str(source), "-o", str(tmp_path / "t.xml"))
    assert code == EXIT_OK and "E009" not in err


def test_windows_1252(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Western text saved by Windows or Word: read as Windows-1252, said in a warning
    # with the place of the first byte UTF-8 cannot read, and in the header
    text = "SMITH. We met at the caf\u00e9 \u2013 it was closed.\n\nJONES. Pity.\n\nSMITH. Yes.\n"
    data = ("\n" + text).encode("cp1252")
    source = write(tmp_path, data)
    out = tmp_path / "guessed.xml"
    code, stdout, err = run(capsys, "encode", str(source), "-o", str(out))
    assert code == EXIT_OK, err
    assert stdout == ""
    # 0xE9 ("é") is on line 2, column 25
    assert re.search(rf"^{re.escape(str(source))}:2:25: warning\[W006\]: .*Windows-1252", err, re.M)
    assert "--encoding" in err
    xml = out.read_bytes()
    assert "caf\u00e9 \u2013 it".encode() in xml
    assert b"it was read as Windows-1252." in xml  # the header's normalization
    # asked for, it is no guess: no warning, and the header says nothing of it
    asked = encode_ok(capsys, source, tmp_path / "ok.xml", "--encoding", "cp1252")
    assert "caf\u00e9 \u2013 it".encode() in asked
    assert b"Windows-1252" not in asked


def test_text_of_another_script_in_a_legacy_encoding_is_not_guessed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Russian in Windows-1251 would read as Windows-1252 letters ("Ïåòðîâ"): refused
    text = "\u041f\u0415\u0422\u0420\u041e\u0412. \u0414\u0430, "
    text += "\u043a\u043e\u043d\u0435\u0447\u043d\u043e.\n"
    source = write(tmp_path, (text * 3).encode("cp1251"))
    err = assert_failure(tmp_path, capsys, source, "E003", 1, 1)
    assert "--encoding" in err


def test_a_file_of_two_encodings_is_not_guessed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # UTF-8 and Windows-1252 in one file (two copies pasted together): refused, as
    # either reading would garble one part
    data = "SMITH. Caf\u00e9.\n".encode("cp1252") + "JONES. Na\u00efve.\n".encode()
    source = write(tmp_path, data)
    err = assert_failure(tmp_path, capsys, source, "E003", 1, 11)
    assert "--encoding" in err


def test_windows_1252_option_after_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write(tmp_path, "SMITH. Caf\u00e9.\n\nJONES. Yes.\n\nSMITH. No.\n".encode("cp1252"))
    out = tmp_path / "ok.xml"
    code, _, err = run(capsys, "encode", str(source), "-o", str(out), "--encoding", "cp1252")
    assert code == EXIT_OK, err
    assert "Caf\u00e9".encode() in out.read_bytes()


def test_unknown_encoding(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write(tmp_path, TURNS.encode())
    out = tmp_path / "out.xml"
    code, _, err = run(capsys, "encode", str(source), "-o", str(out), "--encoding", "no-such")
    assert code == EXIT_INPUT
    assert f"{source}: error[E002]" in err
    assert "Traceback" not in err
    assert not out.exists()


def test_noncharacter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # (a control character such as U+0007 is kept as <g>: tests/test_control_characters.py)
    data = "SMITH. Good morning.\n\nJONES. Go\uffffod.\n\nSMITH. Yes.\n".encode()
    err = assert_failure(tmp_path, capsys, write(tmp_path, data), "E005", 3, 10)
    assert "U+FFFF" in err


def test_missing_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.xml"
    code, _, err = run(capsys, "encode", str(tmp_path / "nope.txt"), "-o", str(out))
    assert code == EXIT_INPUT
    assert "error[E000]" in err
    assert "Traceback" not in err
    assert not out.exists()


def test_output_cannot_be_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write(tmp_path, TURNS.encode())
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder")
    out = blocker / "out.xml"
    code, _, err = run(capsys, "encode", str(source), "-o", str(out))
    assert code == EXIT_IO
    assert "error[E010]" in err
    assert "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blocker", "t.txt"]


def test_duplicate_note_leaves_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = b"SMITH. One.[1]\n\nJONES. Two.\n\nSMITH. Three.\n\n[1]A.\n\n[1]B.\n"
    assert_failure(tmp_path, capsys, write(tmp_path, data), "E203", 9, 1)


def test_failure_keeps_an_existing_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "result.xml"
    out.write_bytes(b"previous")
    source = write(tmp_path, b"")
    code, _, _ = run(capsys, "encode", str(source), "-o", str(out))
    assert code == EXIT_INPUT
    assert out.read_bytes() == b"previous"


# ------------------------------------------------------------- accepted


def test_bom_is_accepted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write(tmp_path, TURNS.encode())
    plain = encode_ok(capsys, source, tmp_path / "a.xml")
    source.write_bytes(b"\xef\xbb\xbf" + TURNS.encode())
    with_bom = encode_ok(capsys, source, tmp_path / "b.xml")
    assert with_bom == plain
    assert "\ufeff".encode() not in with_bom


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_cr(tmp_path: Path, capsys: pytest.CaptureFixture[str], newline: str) -> None:
    source = write(tmp_path, TURNS.encode())
    lf = encode_ok(capsys, source, tmp_path / "lf.xml")
    source.write_bytes(TURNS.replace("\n", newline).encode())
    other = encode_ok(capsys, source, tmp_path / "other.xml")
    assert other == lf
    assert b"\r" not in other
    assert lf.count(b"<sp ") == 4


def test_nfd_is_normalised(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    nfc = "SMITH. Monsieur Mend\u00e8s is here.\n\nJONES. Good.\n\nSMITH. Yes.\n"
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc
    source = write(tmp_path, nfd.encode())
    out = tmp_path / "nfd.xml"
    code, _, err = run(capsys, "-v", "encode", str(source), "-o", str(out))
    assert code == EXIT_OK, err
    assert re.search(rf"^{re.escape(str(source))}(:\d+)*: info\[I004\]: ", err, re.M)
    xml = out.read_bytes().decode()
    assert "Mend\u00e8s" in xml
    assert unicodedata.normalize("NFC", xml) == xml
    # without -v the info is not shown
    code, _, err = run(capsys, "encode", str(source), "-o", str(tmp_path / "quiet.xml"))
    assert code == EXIT_OK
    assert "I004" not in err


def test_one_megabyte_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # prose with a supplied word and a name now and then, as in a long speech
    words = " ".join(
        f"word{i % 97} and [more] Smith said" if i % 50 == 0 else f"word{i % 97} said"
        for i in range(100_000)
    )
    line = "SMITH. " + words
    assert len(line) >= 1_000_000
    source = write(tmp_path, (line + "\n\nJONES. Short.\n\nSMITH. Yes.\n\nJONES. No.\n").encode())
    out = tmp_path / "big.xml"
    start = time.monotonic()
    code, _, err = run(capsys, "encode", str(source), "-o", str(out))
    assert time.monotonic() - start < 10
    assert code == EXIT_OK, err[:500]
    assert out.read_bytes().count(b"<sp ") == 4


def test_unbalanced_brackets(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "SMITH. This [is unbalanced.\n\nJONES. And this] too.\n\nSMITH. Yes.\n"
    source = write(tmp_path, text.encode())
    out = tmp_path / "u.xml"
    code, _, err = run(capsys, "encode", str(source), "-o", str(out))
    assert code == EXIT_OK, err
    assert re.search(rf"^{re.escape(str(source))}:1:13: warning\[W302\]: ", err, re.M), err
    assert re.search(rf"^{re.escape(str(source))}:3:16: warning\[W302\]: ", err, re.M), err
    xml = out.read_bytes()
    assert b"This [is unbalanced." in xml
    assert b"And this] too." in xml


@pytest.mark.skipif(not HAVE_VALIDATE, reason="encoder.validate is not there yet")
def test_unbalanced_brackets_output_is_valid(tmp_path: Path) -> None:
    from encoder.pipeline import encode_text
    from encoder.validate import validate_tree

    result = encode_text("SMITH. This [is odd.\n\nJONES. Yes] no.\n\nSMITH. Fine.\n", "u.txt")
    assert result.tree is not None
    problems = [d for d in validate_tree(result.tree, "u.xml") if d.severity.value == "error"]
    assert problems == []


def test_no_speaker_labels(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "A visit to the works\n\nThe visitors arrived at ten.\n\nThey left at noon.\n"
    source = write(tmp_path, text.encode())
    xml = encode_ok(capsys, source, tmp_path / "n.xml")
    assert b"<sp " not in xml
    assert b"The visitors arrived at ten." in xml


def test_output_to_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write(tmp_path, TURNS.encode())
    file_xml = encode_ok(capsys, source, tmp_path / "f.xml")
    code = main(["encode", str(source), "-o", "-"])
    captured = capsys.readouterr()
    assert code == EXIT_OK
    assert captured.out.encode() == file_xml
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.xml", "t.txt"]


def test_warnings_go_to_stderr_not_stdout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write(tmp_path, b"SMITH. Odd [bracket.\n\nJONES. Yes.\n\nSMITH. No.\n")
    code = main(["encode", str(source), "-o", "-"])
    captured = capsys.readouterr()
    assert code == EXIT_OK
    assert captured.out.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    assert "W302" not in captured.out
    assert "W302" in captured.err
