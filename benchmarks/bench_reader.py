"""How long the reader's passes take on one transcript, warm, in CPU time.

Prints figures, asserts nothing::

    python benchmarks/bench_reader.py                  # the bundled source
    python benchmarks/bench_reader.py FILE.txt -n 300  # one file, 300 runs

Each figure is the fastest of N runs of ``time.thread_time()`` around one
pass, in one process with the garbage collector off: the CPU time a pass
needs moves less with the load of a shared machine than wall time does, and
the fastest run is the one least disturbed. Compare two commits by running
this alternately on each, not against figures taken at another time.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from encoder.diagnostics import Reporter  # noqa: E402
from encoder.pipeline import read_transcript  # noqa: E402
from encoder.reader.blocks import Classifier, survey, wrap_width  # noqa: E402
from encoder.reader.shapes import lex_lines  # noqa: E402
from encoder.reader.source import decode_source  # noqa: E402

SOURCE = ROOT / "sources" / "wilson-center-1958-08-01-khrushchev-mao.txt"


def fastest_ms(step: Callable[[], object], runs: int) -> float:
    for _ in range(5):
        step()
    best = float("inf")
    for _ in range(runs):
        start = time.thread_time()
        step()
        best = min(best, time.thread_time() - start)
    return best * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=SOURCE)
    parser.add_argument("-n", "--runs", type=int, default=150)
    args = parser.parse_args()
    data = args.source.read_bytes()
    name = str(args.source)
    lines = decode_source(data, name, Reporter()).lines
    width = wrap_width(lines)
    paragraphs, shape = lex_lines(lines, width)
    facts = survey(paragraphs)
    facts.shape = shape

    def classify() -> None:
        classifier = Classifier(name, facts, Reporter())
        for paragraph in paragraphs:
            classifier.classify(paragraph)

    gc.disable()
    figures = {
        "decode": lambda: decode_source(data, name, Reporter()),
        "lex_lines": lambda: lex_lines(lines, width),
        "survey": lambda: survey(paragraphs),
        "classify": classify,
        "read_transcript": lambda: read_transcript(data, name, Reporter()),
    }
    print(f"{args.source.name}: fastest of {args.runs} runs, CPU ms")
    for label, step in figures.items():
        print(f"{label:<16}{fastest_ms(step, args.runs):8.2f}")


if __name__ == "__main__":
    main()
