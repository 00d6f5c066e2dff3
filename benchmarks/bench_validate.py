"""How long validation takes: cold (a fresh interpreter, like the CLI) and warm.

Prints figures, asserts nothing::

    python benchmarks/bench_validate.py                 # every out/*.xml
    python benchmarks/bench_validate.py FILE.xml -n 50  # one file, 50 warm runs

"cold" starts ``python -c`` that imports :mod:`encoder.validate` and validates
the file once (interpreter start, imports, schema compilation, validation),
against a bare ``python -c pass`` for scale. "warm" is the median of N
in-process :func:`encoder.validate.validate_file` calls once the schema is
compiled, split into parsing and :func:`validate_tree`.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from encoder.validate import validate_file, validate_tree  # noqa: E402
from encoder.xmlio import parse_xml_file  # noqa: E402

COLD = (
    "import sys; from pathlib import Path; import encoder.validate as v; "
    "sys.exit(1 if any(d.severity.value == 'error' for d in v.validate_file(Path(sys.argv[1])))"
    " else 0)"
)


def median_ms(action: Callable[[], object], runs: int) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def cold_ms(args: list[str], runs: int) -> tuple[float, int]:
    timings, code = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        code = subprocess.run([sys.executable, *args], cwd=ROOT, check=False).returncode
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings), code


def bench(path: Path, runs: int, cold_runs: int) -> None:
    size = path.stat().st_size / 1024
    diagnostics = validate_file(path)  # compiles the schema once
    errors = sum(d.severity.value == "error" for d in diagnostics)
    tree = parse_xml_file(path)
    parse = median_ms(lambda: parse_xml_file(path), runs)
    check = median_ms(lambda: validate_tree(tree, str(path)), runs)
    whole = median_ms(lambda: validate_file(path), runs)
    cold, code = cold_ms(["-c", COLD, str(path)], cold_runs)
    print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    print(
        f"  size                     {size:8.1f} KiB, {len(diagnostics)} diagnostic(s), "
        f"{errors} error(s)"
    )
    print(f"  warm parse               {parse:8.2f} ms  (median of {runs})")
    print(f"  warm validate_tree       {check:8.2f} ms  (median of {runs})")
    print(f"  warm validate_file       {whole:8.2f} ms  (median of {runs})")
    print(f"  cold python -c validate  {cold:8.1f} ms  (median of {cold_runs}, exit {code})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("files", nargs="*", type=Path, help="TEI files (default: out/*.xml)")
    parser.add_argument("-n", "--runs", type=int, default=30, help="warm runs (default 30)")
    parser.add_argument("--cold-runs", type=int, default=5, help="cold runs (default 5)")
    options = parser.parse_args(argv)
    files = options.files or [
        p for p in sorted((ROOT / "out").glob("*.xml")) if p.name != "corpus.xml"
    ]
    if not files:
        print("no TEI file given and none in out/", file=sys.stderr)
        return 2
    import encoder.validate as module

    module._grammar.cache_clear()  # measure the compilation the first call pays
    start = time.perf_counter()
    module._grammar()
    print(f"schema compilation         {(time.perf_counter() - start) * 1000:8.2f} ms")
    bare, _ = cold_ms(["-c", "pass"], options.cold_runs)
    print(f"bare python -c pass        {bare:8.1f} ms  (median of {options.cold_runs})")
    for path in files:
        bench(path.resolve(), options.runs, options.cold_runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
