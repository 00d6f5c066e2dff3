"""Two commits' warm encode of one transcript, stage by stage, in one process.

Prints figures, asserts nothing but that both versions wrote the same bytes::

    python benchmarks/bench_ab.py 3274aff              # that commit against the work tree
    python benchmarks/bench_ab.py HEAD~1 --parts -n 100 # the CLI's path (body in parts)

The base's ``encoder`` package is exported from git (``git archive``) into a
temporary folder as ``encoder_base``: the package imports itself relatively,
so both versions load side by side. Each round encodes the transcript with
both, which one first alternating, and each figure is the fastest
``time.thread_time()`` of N rounds, the garbage collector paused (as
``encoder.pipeline`` pauses it). Both versions meet the same load at nearly
the same moment, so a change of a few tenths of a millisecond shows where
separate processes, run one after the other on a shared machine, differ by
more from one run to the next.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import io
import itertools
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "sources" / "wilson-center-1958-08-01-khrushchev-mao.txt"
STAGES = ("read", "transforms", "tei", "serialise", "encode")


def export_base(commit: str, folder: Path) -> str:
    """The package of ``commit`` as ``encoder_base`` under ``folder``."""
    archive = subprocess.run(
        ["git", "archive", commit, "encoder"], cwd=ROOT, check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    (folder / "encoder").rename(folder / "encoder_base")
    return "encoder_base"


def _module(package: str, name: str) -> ModuleType:
    return importlib.import_module(f"{package}.{name}")


class Version:
    """One version's pipeline, stage by stage, as ``encode_bytes`` runs it."""

    def __init__(self, package: str, parts: bool) -> None:
        self.modules = {
            name: _module(package, name)
            for name in (
                "diagnostics",
                "pipeline",
                "tei",
                "header",
                "parts",
                "xmlio",
                "transforms.notes",
                "transforms.times",
                "transforms.persons",
                "transforms.citations",
            )
        }
        self.parts = parts

    def encode(self, data: bytes, clock: list[float]) -> bytes:
        m = self.modules
        reporter = m["diagnostics"].Reporter()
        clock.append(time.thread_time())
        doc: Any = m["pipeline"].read_transcript(data, "source.txt", reporter)
        clock.append(time.thread_time())
        doc = m["transforms.notes"].resolve_notes(doc, reporter)
        doc = m["transforms.times"].number_times(doc)
        doc = m["transforms.persons"].build_register(doc, reporter)
        doc = m["transforms.citations"].cite_references(doc)
        clock.append(time.thread_time())
        options = m["tei"].Options(source_date_epoch=0)
        parts = m["parts"].BodyParts("source", m["header"].resp_agent(doc)) if self.parts else None
        tree = m["tei"].to_tei(doc, options, parts)
        clock.append(time.thread_time())
        xml: bytes = m["xmlio"].serialize(tree, parts)
        clock.append(time.thread_time())
        return xml


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("base", help="the commit to compare the work tree with")
    parser.add_argument("file", nargs="?", type=Path, default=SOURCE)
    parser.add_argument("-n", "--runs", type=int, default=60)
    parser.add_argument("--parts", action="store_true", help="the body in parts, as the CLI")
    args = parser.parse_args()
    data = args.file.read_bytes()
    with tempfile.TemporaryDirectory() as folder:
        base = export_base(args.base, Path(folder))
        sys.path[:0] = [folder, str(ROOT)]
        versions = {"base": Version(base, args.parts), "work tree": Version("encoder", args.parts)}
        best = {name: dict.fromkeys(STAGES, float("inf")) for name in versions}
        written: dict[str, bytes] = {}
        gc.disable()
        for round_ in range(args.runs + 3):  # three rounds to warm up
            order = list(versions) if round_ % 2 else list(versions)[::-1]
            for name in order:
                clock: list[float] = []
                written[name] = versions[name].encode(data, clock)
                spans = [end - start for start, end in itertools.pairwise(clock)]
                spans.append(clock[-1] - clock[0])
                if round_ >= 3:
                    for stage, span in zip(STAGES, spans, strict=True):
                        best[name][stage] = min(best[name][stage], span)
                gc.collect()
    if written["base"] != written["work tree"]:
        print("the two versions wrote different bytes", file=sys.stderr)
        return 1
    print(f"{args.file.name}, fastest of {args.runs} (thread time, ms)")
    print(f"{'':10}" + "".join(f"{stage:>11}" for stage in STAGES))
    for name, figures in best.items():
        print(f"{name:10}" + "".join(f"{figures[s] * 1000:11.2f}" for s in STAGES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
