"""Time the TEI → HTML rendering in process.

    python benchmarks/bench_html.py [-n RUNS] [FILE.xml ...]

Without files, renders every out/*.xml.  The stylesheet is compiled once
(the first, untimed call) and each file is parsed once; the figure is the
median wall time of RUNS calls to ``encoder.html.render_html``.  The target
for the bundled source is under 50 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from encoder.html import render_html  # noqa: E402
from encoder.xmlio import parse_xml_file  # noqa: E402

TARGET_MS = 50.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("-n", "--runs", type=int, default=21)
    args = parser.parse_args(argv)
    files: list[Path] = args.files or [
        p for p in sorted((ROOT / "out").glob("*.xml")) if p.name != "corpus.xml"
    ]
    if not files:
        print("no out/*.xml to render: run the build first", file=sys.stderr)
        return 2
    start = time.perf_counter()
    render_html(parse_xml_file(files[0]))
    print(f"compile + first render: {(time.perf_counter() - start) * 1000:.1f} ms")
    slow = False
    for path in files:
        tree = parse_xml_file(path)
        times = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            page = render_html(tree)
            times.append((time.perf_counter() - t0) * 1000)
        median = statistics.median(times)
        slow |= median > TARGET_MS
        print(
            f"{path.name}: median {median:.1f} ms, min {min(times):.1f} ms "
            f"over {args.runs} runs, {len(page):,} bytes of HTML"
        )
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
