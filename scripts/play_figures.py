"""The closing table of the plays issue: for each play of tests/plays/, the
speeches, stage directions and scenes expected (tests/plays/*.expect.json,
counted by reading) against what tei-encode writes, the prefixes it reports
as naming no one, and how many speeches it reads as verse or prose rightly.

    .venv/bin/python scripts/play_figures.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from encoder.drama_model import iterate_speeches  # noqa: E402
from encoder.pipeline import encode_bytes  # noqa: E402

NS = {"t": "http://www.tei-c.org/ns/1.0"}


def row(expect_file: Path) -> str:
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
        f"| {name} | {want['speeches']} / {speeches} | {want['stage_directions']} / {stages} "
        f"| {want['acts']} / {acts} | {want['scenes']} / {scenes} | {unresolved} "
        f"| {right}/{len(spoken)} = {100 * right / len(spoken):.1f} % |"
    )


def main() -> None:
    print(
        "| play | speeches expected / got | stage directions expected / got "
        "| acts expected / got | scenes expected / got | unresolved prefixes "
        "| verse/prose right |"
    )
    print("|---|---|---|---|---|---|---|")
    for expect_file in sorted((ROOT / "tests" / "plays").glob("*.expect.json")):
        print(row(expect_file))


if __name__ == "__main__":
    main()
