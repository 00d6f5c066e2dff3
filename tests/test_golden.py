"""out/ holds the committed result of `tei-encode build` for the bundled sources.

The comparison is byte-exact. To regenerate on purpose:
``pytest tests/test_golden.py --update-golden``, then read ``git diff out/``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from encoder.cli import main
from encoder.publish import COLLECTION_NAMES

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "sources").glob("*.txt"))


def test_there_is_a_bundled_source() -> None:
    assert SOURCES, "sources/ must hold at least one transcript"


def test_out_is_what_build_writes_now(
    tmp_path: Path, update_golden: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    code = main(["-q", "build", "--sources", str(ROOT / "sources"), "--out", str(tmp_path)])
    assert code == 0
    written = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("."))
    expected = sorted(
        [name for s in SOURCES for name in (s.stem + ".xml", s.stem + ".html")]
        + list(COLLECTION_NAMES)  # corpus.xml, the collection pages (encoder/publish.py)
    )
    assert written == expected
    for name in written:
        fresh = (tmp_path / name).read_bytes()
        golden = ROOT / "out" / name
        if update_golden:
            shutil.copyfile(tmp_path / name, golden)
            continue
        assert golden.exists(), f"out/{name} is missing: run tei-encode build and commit it"
        assert fresh == golden.read_bytes(), (
            f"out/{name} differs from what tei-encode build writes now; if the change is "
            "intended run pytest --update-golden and read the diff"
        )


def test_build_twice_is_byte_identical(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    assert (
        main(["-q", "build", "--no-html", "--sources", str(ROOT / "sources"), "--out", str(first)])
        == 0
    )
    assert (
        main(["-q", "build", "--no-html", "--sources", str(ROOT / "sources"), "--out", str(second)])
        == 0
    )
    for path in first.iterdir():
        assert path.read_bytes() == (second / path.name).read_bytes()
