"""The shape fixtures with shape lines put in at random: never a crash, never
invalid TEI.

A fixed seed makes the run the same every time; the lines put in are the
shapes the reader knows (form feeds, page markers, timestamps, WebVTT cues,
tape lines, examination headings, bare labels, brackets). A fuzzing run of
this kind found four defects (tests/test_shape_rules.py, the last four).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from encoder.pipeline import encode_bytes
from encoder.validate import validate_tree

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "tests" / "shapes").glob("*/*.txt")) + sorted(
    (ROOT / "tests" / "fixtures").glob("*.txt")
)
SHAPE_LINES = (
    "\f",
    "[Page 7]",
    "- 9 -",
    "12",
    "[00:01:02]",
    "00:00:05.000 --> 00:00:07.000",
    "<v Ann>hi</v>",
    "Q   ",
    "WEBVTT",
    "END OF TAPE 1, SIDE A",
    "DIRECT EXAMINATION",
    "BY MR. X:",
    "1. The PRESIDENT:",
    "[",
    "]",
    "(",
    "Speaker 1  0:03",
    "[10000]",
    "RB:x",
    "¹",
)


def _mutated(seed: int) -> tuple[str, bytes]:
    rng = random.Random(seed)
    source = rng.choice(SOURCES)
    lines = source.read_text(encoding="utf-8").split("\n")
    for _ in range(rng.randint(1, 8)):
        where = rng.randrange(len(lines) + 1)
        if rng.random() < 0.6 or not lines:
            lines.insert(where, rng.choice(SHAPE_LINES))
        else:
            at = rng.randrange(len(lines))
            lines[at] = rng.choice(SHAPE_LINES) + " " + lines[at]
    return source.name, "\n".join(lines).encode("utf-8")


@pytest.mark.parametrize("seed", range(120))
def test_random_shape_lines_never_crash_and_give_valid_tei(seed: int) -> None:
    name, data = _mutated(seed)
    result = encode_bytes(data, f"fuzz-{seed}-{name}")
    if result.tree is None:  # refused with an error diagnostic, never a crash
        assert any(d.severity.value == "error" for d in result.diagnostics)
        return
    errors = [d.format() for d in validate_tree(result.tree, name) if d.severity.value == "error"]
    assert errors == [], name
