"""How much memory ``tei-encode build`` needs as the collection grows.

Prints figures, asserts nothing::

    python benchmarks/bench_collection_memory.py               # 250 and 1000 documents
    python benchmarks/bench_collection_memory.py 500 2000 -j 2

Each size is a folder of copies of the bundled source (generated in a
temporary folder, removed at the end), built with ``--no-html`` by a fresh
``tei-encode build`` whose parent process prints its own peak RSS when it
ends (the workers' memory is per document and does not grow with the
collection). A parent that kept every input, or every finished output,
would grow with the collection's size; a bounded one stays flat.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = next((ROOT / "sources").glob("*.txt"))

# The build, then the parent's own peak RSS (KiB on Linux) on stdout.
_BUILD = (
    "import resource, sys; from encoder.cli import main; code = main(sys.argv[1:]); "
    "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss); sys.exit(code)"
)


def measure(documents: int, jobs: int, workdir: Path) -> tuple[float, float, float]:
    """(input MiB, parent peak MiB, seconds) for a build of ``documents`` copies."""
    src = workdir / f"src-{documents}"
    src.mkdir()
    data = SOURCE.read_bytes()
    for number in range(documents):
        (src / f"doc-{number:05d}.txt").write_bytes(data)
    out = workdir / f"out-{documents}"
    command = [sys.executable, "-c", _BUILD, "-q", "build", "--sources", str(src)]
    command += ["--out", str(out), "--no-html", "--jobs", str(jobs)]
    start = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"build of {documents} documents failed:\n{proc.stderr[-2000:]}")
    peak_kib = int(proc.stdout.split()[-1])
    shutil.rmtree(src)
    shutil.rmtree(out)
    return documents * len(data) / 2**20, peak_kib / 1024, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[250, 1000])
    parser.add_argument("-j", "--jobs", type=int, default=2)
    args = parser.parse_args()
    print(f"tei-encode build --no-html --jobs {args.jobs}, copies of {SOURCE.name}")
    print(f"{'documents':>10} {'input MiB':>10} {'parent peak MiB':>16} {'seconds':>8}")
    with tempfile.TemporaryDirectory(prefix="tei-encode-bench-") as tmp:
        for documents in args.sizes:
            print(f"  building {documents}…", file=sys.stderr)
            size, peak, seconds = measure(documents, args.jobs, Path(tmp))
            print(f"{documents:>10} {size:>10.1f} {peak:>16.1f} {seconds:>8.1f}")


if __name__ == "__main__":
    main()
