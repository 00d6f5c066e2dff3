"""Command-line behaviour that no other test file owns: help, internal errors."""

from __future__ import annotations

from pathlib import Path

import pytest

import encoder.collection
from encoder.cli import main
from encoder.diagnostics import EXIT_INTERNAL

FIXTURE = Path(__file__).parent / "fixtures" / "senate_hearing_titles.txt"


@pytest.mark.parametrize("command", [[], ["encode"], ["build"], ["validate"], ["render"], ["text"]])
def test_help_lists_the_exit_codes(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*command, "--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    for code in ("0 success", "3 input unreadable", "4 the encoder wrote invalid TEI", "70"):
        assert code in out


def test_an_internal_error_is_reported_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("simulated defect")

    monkeypatch.setattr(encoder.document, "encode_document", broken)
    out = tmp_path / "x.xml"
    code = main(["encode", str(FIXTURE), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == EXIT_INTERNAL
    assert "error[E999]: internal error (RuntimeError: simulated defect)" in err
    assert "please report it" in err
    assert "Traceback" not in err
    assert not out.exists()


def test_output_into_a_new_folder(tmp_path: Path) -> None:
    out = tmp_path / "new" / "folder" / "x.xml"
    assert main(["-q", "encode", str(FIXTURE), "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<TEI ')


def test_build_with_one_job_matches_the_default(tmp_path: Path) -> None:
    sources = tmp_path / "src"
    sources.mkdir()
    (sources / "a.txt").write_bytes(FIXTURE.read_bytes())
    one, default = tmp_path / "one", tmp_path / "default"
    assert main(["-q", "build", "--sources", str(sources), "--out", str(one), "-j", "1"]) == 0
    assert main(["-q", "build", "--sources", str(sources), "--out", str(default)]) == 0
    for name in ("a.xml", "a.html"):
        assert (one / name).read_bytes() == (default / name).read_bytes()


def test_source_date_epoch_dates_the_change_and_nothing_else_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.xml"
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert main(["-q", "encode", str(FIXTURE), "-o", str(out)]) == 0
    undated = out.read_text(encoding="utf-8")
    assert "<change who=" in undated and "<change when" not in undated
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(365 * 86400 + 3600))
    assert main(["-q", "encode", str(FIXTURE), "-o", str(out)]) == 0
    dated = out.read_text(encoding="utf-8")
    assert '<change when="1971-01-01" who=' in dated
    assert dated.replace(' when="1971-01-01"', "") == undated
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    assert main(["encode", str(FIXTURE), "-o", str(out)]) == 2
    assert "SOURCE_DATE_EPOCH must be a whole number" in capsys.readouterr().err


def test_output_onto_the_input_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "t.txt"
    source.write_bytes(FIXTURE.read_bytes())
    assert main(["encode", str(source), "-o", str(source)]) == 2
    assert "error[E013]: the output is the input file" in capsys.readouterr().err
    assert source.read_bytes() == FIXTURE.read_bytes()


def test_a_symlinked_output_is_followed_and_kept(tmp_path: Path) -> None:
    target, link = tmp_path / "target.xml", tmp_path / "link.xml"
    link.symlink_to(target)
    assert main(["-q", "encode", str(FIXTURE), "-o", str(link)]) == 0
    assert link.is_symlink() and target.read_bytes().startswith(b"<?xml")


def test_a_named_pipe_is_written_not_replaced(tmp_path: Path) -> None:
    import os
    import threading

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()
    assert main(["-q", "encode", str(FIXTURE), "-o", str(pipe)]) == 0
    reader.join(timeout=10)
    assert pipe.is_fifo()
    assert received and received[0].startswith(b"<?xml")


def test_validate_a_missing_file_is_an_input_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "/nonexistent/x.xml"]) == 3
    assert "/nonexistent/x.xml: error[E000]: no such file" in capsys.readouterr().err


def test_utf16_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    from lxml import etree

    (tmp_path / "u16").mkdir()
    source = tmp_path / "u16" / FIXTURE.name  # the same name: the same ids
    source.write_bytes(FIXTURE.read_text(encoding="utf-8").encode("utf-16"))
    plain, wide = tmp_path / "plain.xml", tmp_path / "wide.xml"
    assert main(["-q", "encode", str(FIXTURE), "-o", str(plain)]) == 0
    assert main(["-q", "encode", str(source), "-o", str(wide)]) == 0
    tei = "{http://www.tei-c.org/ns/1.0}text"
    texts = [etree.tostring(etree.parse(str(p)).find(tei)) for p in (plain, wide)]
    assert texts[0] == texts[1]
