"""The cache of compiled patterns (encoder/recache.py): a pattern built from
the cache is the pattern ``re.compile`` makes, and a missing, damaged or
unwritable cache costs time, never a wrong match or an error."""

from __future__ import annotations

import importlib
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from encoder import recache


def test_the_interpreter_of_ci_is_one_the_cache_serves() -> None:
    assert recache._SUPPORTED  # CPython 3.11; elsewhere every pattern comes from re.compile


# every module that compiles its fixed patterns through the cache
MODULES = [
    "encoder.header",
    "encoder.xmlio",
    "encoder.reader.blocks",
    "encoder.reader.drama",
    "encoder.reader.inlines",
    "encoder.reader.names",
    "encoder.reader.patterns",
    "encoder.reader.shapes",
    "encoder.reader.source",
    "encoder.transforms.bios",
    "encoder.transforms.cast",
    "encoder.transforms.citations",
    "encoder.transforms.persons",
]


def _patterns(module: ModuleType) -> list[re.Pattern[str]]:
    found: list[re.Pattern[str]] = []
    for value in vars(module).values():
        items = value if isinstance(value, tuple | list) else (value,)
        found.extend(item for item in items if isinstance(item, re.Pattern))
    return found


def test_every_cached_pattern_is_the_one_re_compiles() -> None:
    """CPython's patterns are equal only when their source, flags and compiled
    code are: each module pattern, however it was made, equals a fresh
    ``re.compile`` of its source."""
    count = 0
    for name in MODULES:
        for pattern in _patterns(importlib.import_module(name)):
            fresh = re.compile(pattern.pattern, pattern.flags)
            assert pattern == fresh, pattern.pattern
            assert pattern.groupindex == fresh.groupindex
            assert pattern.groups == fresh.groups
            count += 1
    assert count > 150  # the modules' patterns were found, not none


def test_a_pattern_from_the_cache_file_matches_as_re_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    source = r"^(?P<label>[A-Z][A-Za-z .'-]{0,40}):\s+(?P<rest>.+)$"
    cache = recache._Cache()
    cache.path = tmp_path / "c.marshal"
    cache.loaded = True
    entry = recache._entry(source, re.M)
    cache.entries[(source, int(re.M))] = entry
    cache.dirty = True
    cache.save()
    data = marshal.loads(cache.path.read_bytes())
    assert data[0] == recache._FORMAT
    built = recache._build(source, marshal.loads(data[2])[(source, int(re.M))])
    assert built == re.compile(source, re.M)
    match = built.search("x\nMR. SMITH: Good morning.\n")
    assert match is not None and match.group("label") == "MR. SMITH"


def _run(code: str, cache_dir: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(TEI_ENCODER_CACHE_DIR=str(cache_dir), **extra)
    return subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )


PROBE = (
    "import re, encoder.reader.blocks, encoder.recache as r\n"
    "from encoder.reader import patterns\n"
    "print(len(r._CACHE.entries), r._CACHE.dirty, "
    "patterns.NAME_ITEM == re.compile(patterns.NAME_ITEM.pattern))\n"
)


def test_a_new_process_writes_the_file_and_the_next_reads_it(tmp_path: Path) -> None:
    first = _run(PROBE, tmp_path)
    assert first.returncode == 0, first.stderr
    files = list(tmp_path.glob("regex-*.marshal"))
    assert len(files) == 1
    count, dirty, equal = first.stdout.split()
    assert int(count) > 100 and dirty == "True" and equal == "True"
    second = _run(PROBE, tmp_path)
    assert second.returncode == 0, second.stderr
    # everything came from the file: nothing new to write
    assert second.stdout.split()[1:] == ["False", "True"]


@pytest.mark.parametrize(
    "damage",
    [
        b"not marshal at all",
        b"",
        marshal.dumps((1, 0, marshal.dumps({}))),  # wrong checksum
        marshal.dumps([1, 2, 3]),
    ],
)
def test_a_damaged_file_is_ignored_and_rewritten(tmp_path: Path, damage: bytes) -> None:
    first = _run(PROBE, tmp_path)
    assert first.returncode == 0, first.stderr
    (path,) = tmp_path.glob("regex-*.marshal")
    path.write_bytes(damage)
    second = _run(PROBE, tmp_path)
    assert second.returncode == 0, second.stderr
    assert second.stdout.split()[1:] == ["True", "True"]  # compiled afresh
    assert path.read_bytes() != damage


def test_well_formed_but_wrong_code_is_refused_by_its_checksum(tmp_path: Path) -> None:
    """A file whose entry was altered after it was written (here: the code of
    one pattern replaced by another's) fails its checksum, so the altered
    code is never used."""
    first = _run(PROBE, tmp_path)
    assert first.returncode == 0, first.stderr
    (path,) = tmp_path.glob("regex-*.marshal")
    form, checksum, payload = marshal.loads(path.read_bytes())
    entries = marshal.loads(payload)
    keys = list(entries)
    entries[keys[0]], entries[keys[1]] = entries[keys[1]], entries[keys[0]]
    path.write_bytes(marshal.dumps((form, checksum, marshal.dumps(entries))))
    second = _run(PROBE, tmp_path)
    assert second.returncode == 0, second.stderr
    assert second.stdout.split()[1:] == ["True", "True"]


def test_the_cache_can_be_turned_off(tmp_path: Path) -> None:
    result = _run(PROBE, tmp_path, TEI_ENCODER_NO_CACHE="1")
    assert result.returncode == 0, result.stderr
    assert list(tmp_path.iterdir()) == []
    assert result.stdout.split() == ["0", "False", "True"]


def test_no_write_where_bytecode_is_not_written(tmp_path: Path) -> None:
    result = _run(PROBE, tmp_path, PYTHONDONTWRITEBYTECODE="1")
    assert result.returncode == 0, result.stderr
    assert list(tmp_path.glob("regex-*")) == []


def test_a_directory_that_cannot_be_written_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder would be")
    result = _run(PROBE, blocker / "sub")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.split()[2] == "True"


def test_an_encode_is_the_same_with_and_without_the_cache(tmp_path: Path, repo_root: Path) -> None:
    source = next((repo_root / "sources").glob("*.txt"))
    outputs = []
    for index, extra in enumerate(({}, {}, {"TEI_ENCODER_NO_CACHE": "1"})):
        out = tmp_path / f"out{index}.xml"
        code = (
            "from encoder.cli import main; import sys; "
            f"sys.exit(main(['-q', 'encode', {str(source)!r}, '-o', {str(out)!r}]))"
        )
        result = _run(code, tmp_path / "cache", **extra)
        assert result.returncode == 0, result.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]


def test_a_bad_pattern_still_raises_re_error() -> None:
    with pytest.raises(re.error):
        recache.compile(r"(unclosed")
