"""encoder.patterncache: kept programs give the same patterns, and so the same
bytes, as compiling; a missing, damaged or foreign file is never an error.

Each run is a new ``tei-encode`` process (the cache serves a cold start), with
the cache in a folder of the test's own.
"""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

from encoder.patterncache import ENV

ROOT = Path(__file__).resolve().parent.parent
SOURCE = sorted((ROOT / "sources").glob("*.txt"))[0]
# a transcript of another shape (its reader needs other patterns): a WebVTT file
OTHERS = [
    ROOT / "tests" / "shapes" / "timestamped" / "own-webvtt-library-board.txt",
]

_REPORT = """
import sys
from pathlib import Path
from encoder import patterncache
from encoder.document import BuildSettings, encode_document
loaded = patterncache.preload()
result = encode_document(Path(sys.argv[1]).read_bytes(), "t.txt", BuildSettings(html=False))
sys.stdout.buffer.write(b"%d\\n" % loaded + result.outputs[".xml"])
"""


def _encode(source: Path, cache: str, seed: int = 0) -> tuple[int, bytes]:
    """(patterns loaded from the cache, the TEI) of one encode in a new process
    (with this hash seed: a pattern whose text changed with it would be
    written again on every run)."""
    env = {**os.environ, ENV: cache, "PYTHONHASHSEED": str(seed)}
    done = subprocess.run(
        [sys.executable, "-c", _REPORT, str(source)], capture_output=True, env=env, check=True
    )
    assert done.stderr == b""
    loaded, _, xml = done.stdout.partition(b"\n")
    return int(loaded), xml


def _cache_file(folder: Path) -> Path:
    (found,) = folder.glob("patterns-*.marshal")
    return found


@pytest.mark.parametrize("source", [SOURCE, *OTHERS], ids=lambda p: p.stem)
def test_kept_patterns_give_the_same_bytes(tmp_path: Path, source: Path) -> None:
    loaded, compiled = _encode(source, "off")
    assert loaded == 0
    first_loaded, first = _encode(source, str(tmp_path), seed=1)  # writes the file
    assert first_loaded == 0
    written = _cache_file(tmp_path).stat().st_mtime_ns
    again_loaded, again = _encode(source, str(tmp_path), seed=2)
    assert again_loaded > 50  # the reader's and the transforms' patterns
    assert first == again == compiled
    assert _cache_file(tmp_path).stat().st_mtime_ns == written  # not written again


@pytest.mark.parametrize(
    "damage",
    [b"", b"not marshal at all", marshal.dumps(("another python", 0, b""))],
    ids=["empty", "garbage", "another-build"],
)
def test_an_unusable_file_is_ignored_and_replaced(tmp_path: Path, damage: bytes) -> None:
    _, compiled = _encode(SOURCE, "off")
    _encode(SOURCE, str(tmp_path))
    path = _cache_file(tmp_path)
    path.write_bytes(damage)
    loaded, xml = _encode(SOURCE, str(tmp_path))
    assert (loaded, xml) == (0, compiled)
    assert path.read_bytes() != damage  # written again, whole
    assert _encode(SOURCE, str(tmp_path))[0] > 50


def test_a_damaged_program_is_not_read(tmp_path: Path) -> None:
    """One program changed after it was written (a disk error, a partial
    copy): the checksum no longer fits and the whole file is left aside."""
    _, compiled = _encode(SOURCE, "off")
    _encode(SOURCE, str(tmp_path))
    path = _cache_file(tmp_path)
    build, checksum, payload = marshal.loads(path.read_bytes())
    entries = marshal.loads(payload)
    source, flags, final, code, groups, index, names = entries[0]
    entries[0] = (source, flags, final, code, groups + 1, index, (*names, None))
    damaged = marshal.dumps((build, checksum, marshal.dumps(entries)))
    path.write_bytes(damaged)
    assert _encode(SOURCE, str(tmp_path)) == (0, compiled)
    assert path.read_bytes() != damaged  # written again
    assert _encode(SOURCE, str(tmp_path))[0] > 50


def test_an_unwritable_folder_only_costs_the_cache(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x", encoding="utf-8")
    _, compiled = _encode(SOURCE, "off")
    assert _encode(SOURCE, str(blocked / "cache")) == (0, compiled)
