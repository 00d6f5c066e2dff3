"""The closing table of the plays issue: for each play of tests/plays/, its
source (from the fixture README's table), the speeches, stage directions and
scenes expected (tests/plays/*.expect.json,
counted by reading) against what tei-encode writes, the prefixes it reports
as naming no one, and how many speeches it reads as verse or prose rightly.

    .venv/bin/python scripts/play_figures.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from encoder.drama_model import iterate_speeches  # noqa: E402
from encoder.pipeline import encode_bytes  # noqa: E402

NS = {"t": "http://www.tei-c.org/ns/1.0"}


def sources(readme: Path) -> dict[str, str]:
    """File name → its source as the README's table gives it (the repository,
    or "written for tei-encoder")."""
    out = {}
    for line in readme.read_text("utf-8").splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        found = re.fullmatch(r"`(?P<name>[^`]+)\.txt`", cells[0]) if len(cells) >= 3 else None
        if found is not None:
            repo = re.search(r"`([^`]+/[^`]+)`", cells[2])
            out[found["name"]] = repo[1] if repo else cells[2]
    return out


def row(expect_file: Path, source: str) -> str:
    want = json.loads(expect_file.read_text("utf-8"))
    name = expect_file.name.removesuffix(".expect.json")
    encoding = None if want["encoding"] == "utf-8" else want["encoding"]
    result = encode_bytes(
        (expect_file.parent / f"{name}.txt").read_bytes(), name, encoding=encoding
    )
    assert result.tree is not None and result.transcript is not None
    play = result.transcript.play
    assert play is not None
    text = result.tree.getroot().find("t:text", NS)
    assert text is not None
    speeches = len(text.findall(".//t:sp", NS))
    stages = len(text.findall(".//t:stage", NS))
    scenes = len(text.findall(".//t:div[@type='scene']", NS))
    acts = len(text.findall(".//t:div[@type='act']", NS))
    verse = want["verse_speeches"]
    spoken = iterate_speeches(play.body)
    right = sum(1 for s in spoken if s.verse == (verse == "all" or s.line in verse))
    unresolved = ", ".join(play.unresolved) or "none"
    return (
        f"| {name} | {source} | {want['speeches']} / {speeches} "
        f"| {want['stage_directions']} / {stages} "
        f"| {want['acts']} / {acts} | {want['scenes']} / {scenes} | {unresolved} "
        f"| {right}/{len(spoken)} = {100 * right / len(spoken):.1f} % |"
    )


def main() -> None:
    print(
        "| play | source | speeches expected / got | stage directions expected / got "
        "| acts expected / got | scenes expected / got | unresolved prefixes "
        "| verse/prose right |"
    )
    print("|---|---|---|---|---|---|---|---|")
    plays = ROOT / "tests" / "plays"
    given = sources(plays / "README.md")
    for expect_file in sorted(plays.glob("*.expect.json")):
        name = expect_file.name.removesuffix(".expect.json")
        print(row(expect_file, given.get(name, "?")))


if __name__ == "__main__":
    main()
