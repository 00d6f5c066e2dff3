"""Benchmark tei-encode: ``python -m encoder.bench [--quick] [--json]``.

Measures, for the bundled transcripts in ``sources/``:

* per-stage milliseconds (read, transforms, TEI write, serialise, validate,
  HTML), the median of N runs after warm-up, timing the library functions
  directly;
* the floor: the same output parsed and re-serialised by plain lxml, and the
  ratio encode / floor;
* a cold ``tei-encode encode`` (a new process each time, median of 5);
* scaling over synthetic inputs 1x, 10x, 100x the source's size (the
  conversation's turns repeated with renumbered footnotes), with time and
  peak memory, each size in its own process;
* a synthetic collection of many small documents built by ``tei-encode
  build --jobs 1`` and ``--jobs 2``, and a rebuild with nothing changed, each
  a new process timed from start to exit;
* a synthetic collection of 2000 documents built with ``--scheduler local
  -j 2`` (Dask, two worker processes) and with ``--jobs 2``: the engine's
  overhead (skipped when the ``distributed`` extra is not installed).

Synthetic inputs live in a temporary folder that is removed at the end.
The figures go to stdout as a table, or as one JSON object with ``--json``;
progress goes to stderr.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

ROOT: Final = Path(__file__).resolve().parent.parent
SOURCES: Final = ROOT / "sources"

# A speaker label opening a turn: "MAO ZEDONG. …", "N.S. KHRUSHCHEV (jokingly). …".
_TURN: Final = re.compile(
    r"^(?:[A-Z]\.\s?)*[A-Z][A-Z’'\-]+(?:\s+[A-Z][A-Z’'\-]+)*(?:\s*\([^)]*\))?\.\s"
)
_NOTE_BODY: Final = re.compile(r"^\[(\d{1,4})\]")
_ANCHOR: Final = re.compile(r"\[(\d{1,4})\]")

TARGETS: Final = {
    "end_to_end_ms": ("end-to-end in-process (encode+validate+HTML)", "< 50 ms"),
    "encode_over_floor": ("encode / lxml floor", "< 5x"),
    # issue 11's step towards 5x
    "encode_over_floor_step": ("encode / lxml floor (this step)", "< 8x"),
    "cold_cli_s": ("cold tei-encode encode", "< 0.4 s"),
    # issue 11: at most twice a bare `python -c "import lxml.etree, click"`
    "cold_over_bare": ("cold CLI / bare lxml+click import", "< 2x"),
    "scale_100x_ratio": ("100x input TEI time / 1x time", "< 120x"),
    "memory_over_output": ("peak memory / XML output size (100x)", "< 20x"),
    "speedup_jobs2": ("collection jobs=2 / jobs=1 speed-up", ">= 1.7x"),
    "incremental_pct": ("no-change rebuild / full build", "< 5%"),
    "dask_over_jobs2": ("collection --scheduler local / --jobs 2 speed", ">= 0.8x"),
}


# --- synthetic transcripts ----------------------------------------------------


def _label(line: str) -> str | None:
    match = _TURN.match(line)
    return match.group(0).split("(")[0].strip() if match else None


@dataclass(frozen=True, slots=True)
class TranscriptParts:
    """A transcript cut where it can be repeated: ``body`` holds the turns,
    ``notes`` the footnote bodies by number (each with its following lines)."""

    head: list[str]
    body: list[str]
    closer: list[str]
    notes: dict[int, list[str]]
    tail: list[str]

    @classmethod
    def split(cls, text: str) -> TranscriptParts:
        lines = text.splitlines(keepends=True)
        first_turn = next(i for i, line in enumerate(lines) if _TURN.match(line))
        note_lines = [
            i for i, line in enumerate(lines) if i > first_turn and _NOTE_BODY.match(line)
        ]
        if not note_lines:
            return cls(lines[:first_turn], lines[first_turn:], [], {}, [])
        notes_start, notes_end = note_lines[0], note_lines[-1] + 1
        while notes_end < len(lines) and not lines[notes_end].strip():
            notes_end += 1
        # The body ends with the last turn of a recurring speaker or the last
        # anchor; what follows (signatures, archive line) is said once.
        labels = [_label(line) for line in lines[first_turn:notes_start]]
        recurring = {label for label in labels if label and labels.count(label) > 1}
        body_end = 1 + max(
            i
            for i in range(first_turn, notes_start)
            if _label(lines[i]) in recurring or _ANCHOR.search(lines[i])
        )
        notes: dict[int, list[str]] = {}
        current: list[str] = []
        for line in lines[notes_start:notes_end]:
            match = _NOTE_BODY.match(line)
            if match:
                current = notes.setdefault(int(match.group(1)), [])
            current.append(line)
        return cls(
            head=lines[:first_turn],
            body=lines[first_turn:body_end],
            closer=lines[body_end:notes_start],
            notes=notes,
            tail=lines[notes_end:],
        )

    def _copy(self, lines: Sequence[str], offset: int, used: set[int]) -> list[str]:
        def renumber(match: re.Match[str]) -> str:
            number = int(match.group(1))
            if number not in self.notes:
                return match.group(0)
            used.add(number)
            return f"[{number + offset}]"

        return [_ANCHOR.sub(renumber, line) for line in lines]

    def _note_lines(self, number: int, offset: int) -> list[str]:
        first, *rest = self.notes[number]
        return [f"[{number + offset}]" + first[_NOTE_BODY.match(first).end() :], *rest]  # type: ignore[union-attr]

    def repeat(self, copies: int) -> str:
        """The transcript with its turns ``copies`` times, footnotes renumbered."""
        step = max(self.notes, default=0)
        body: list[str] = []
        extra_notes: list[str] = []
        for copy in range(copies):
            used: set[int] = set()
            turns = self._copy(self.body, copy * step, used) if copy else list(self.body)
            if body and body[-1].strip():
                body.append("\n")
            body.extend(turns)
            if copy:
                for number in sorted(used):
                    extra_notes.extend(self._note_lines(number, copy * step))
        notes = [line for number in sorted(self.notes) for line in self.notes[number]]
        if notes and notes[-1].strip():
            notes.append("\n")
        return "".join([*self.head, *body, *self.closer, *notes, *extra_notes, *self.tail])

    def excerpt(self, turns: int, tag: int) -> str:
        """A small document: the first ``turns`` turns and their notes; ``tag``
        makes its text (and so its hash) its own."""
        starts = [i for i, line in enumerate(self.body) if _TURN.match(line)]
        cut = starts[turns] if turns < len(starts) else len(self.body)
        body = list(self.body[:cut])
        body[0] = body[0].rstrip("\n") + f" Excerpt {tag}.\n"
        used = {int(n) for line in body for n in _ANCHOR.findall(line)} & set(self.notes)
        head_used = {int(n) for line in self.head for n in _ANCHOR.findall(line)}
        notes = [
            line for n in sorted(used | head_used) if n in self.notes for line in self.notes[n]
        ]
        return "".join([*self.head, *body, "\n", *self.closer, *notes, *self.tail])


# --- measuring ------------------------------------------------------------------


def _median_ms(samples: Sequence[float]) -> float:
    return round(statistics.median(samples) * 1000, 2)


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


STAGES: Final = ("read", "transforms", "tei", "serialise", "validate", "html", "floor")


def time_stages(sources: Sequence[Path], runs: int, warmup: int) -> dict[str, float]:
    """Median milliseconds per stage over ``runs`` (summed over ``sources``)."""
    from lxml import etree

    from .diagnostics import Reporter
    from .html import render_html
    from .pipeline import read_transcript
    from .tei import Options, to_tei
    from .transforms.notes import resolve_notes
    from .transforms.persons import build_register
    from .validate import validate_tree
    from .xmlio import parse_xml_bytes, serialize

    samples: dict[str, list[float]] = {stage: [] for stage in STAGES}
    for run in range(warmup + runs):
        spent = dict.fromkeys(STAGES, 0.0)
        for path in sources:
            clock = time.perf_counter()
            reporter = Reporter()
            doc = read_transcript(path.read_bytes(), str(path), reporter)
            assert doc is not None, reporter.diagnostics
            marks = [clock, time.perf_counter()]
            doc = build_register(resolve_notes(doc, reporter), reporter)
            marks.append(time.perf_counter())
            tree = to_tei(doc, Options(source_date_epoch=0))
            marks.append(time.perf_counter())
            xml = serialize(tree)
            marks.append(time.perf_counter())
            validate_tree(tree, str(path))
            marks.append(time.perf_counter())
            render_html(parse_xml_bytes(xml))
            marks.append(time.perf_counter())
            etree.tostring(etree.fromstring(xml), encoding="utf-8", xml_declaration=True)
            marks.append(time.perf_counter())
            for stage, (start, end) in zip(STAGES, itertools.pairwise(marks), strict=True):
                spent[stage] += end - start
        if run >= warmup:
            for stage in STAGES:
                samples[stage].append(spent[stage])
    return {stage: _median_ms(values) for stage, values in samples.items()}


def _cli_command() -> list[str]:
    script = Path(sys.executable).parent / "tei-encode"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from encoder.cli import entry_point; entry_point()"]


def time_cold(source: Path, workdir: Path, runs: int = 7) -> tuple[float, float]:
    """Median wall seconds, in new processes, of ``tei-encode -q encode SOURCE
    -o X`` and of a bare ``python -c "import lxml.etree, click"``: the
    start-up any tool built on lxml and click pays. The two alternate run by
    run, so that a change of the machine's load falls on both alike."""
    encode = [*_cli_command(), "-q", "encode", str(source), "-o", str(workdir / "cli.xml")]
    commands: list[tuple[list[str], dict[str, str]]] = [
        (encode, {}),
        ([sys.executable, "-c", "import lxml.etree, click"], {}),
    ]
    cold, bare = _median_walls(commands, runs)
    return cold, bare


def _median_walls(commands: list[tuple[list[str], dict[str, str]]], runs: int) -> list[float]:
    """Median wall seconds of each command (with its settings added to the
    environment) in a new process, after one run of each that compiles the
    .pyc files, as an installed tool has them. That run may write them even
    where PYTHONDONTWRITEBYTECODE is set: without them every timed run
    compiled the package from source (about 45 ms here), which a bare
    ``import lxml.etree, click`` (compiled when installed) never pays."""
    envs = [{**os.environ, **settings} for _, settings in commands]
    for (command, _), env in zip(commands, envs, strict=True):
        first = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
        subprocess.run(command, check=True, capture_output=True, env=first)
    samples: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for (command, _), env, times in zip(commands, envs, samples, strict=True):
            start = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, env=env)
            times.append(time.perf_counter() - start)
    return [round(statistics.median(times), 3) for times in samples]


# Run in a fresh interpreter so that peak memory belongs to one size only.
# The TEI path (encode + validate) and the HTML rendering are timed apart.
_SCALE_PROBE: Final = """
import json, resource, sys, time
from pathlib import Path
from encoder.collection import BuildSettings, encode_document
from encoder.html import render_html
from encoder.xmlio import parse_xml_bytes
warm, target = Path(sys.argv[1]).read_bytes(), Path(sys.argv[2]).read_bytes()
runs, html = int(sys.argv[3]), sys.argv[4] == "html"
encode_document(warm, "warm.txt", BuildSettings())  # compile the schema and the XSLT
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
tei, page = [], []
for _ in range(runs):
    start = time.perf_counter()
    result = encode_document(target, "target.txt", BuildSettings(html=False))
    tei.append(time.perf_counter() - start)
    assert result.outputs, [d.format() for d in result.diagnostics if d.severity.value == "error"]
# the memory figure is the TEI path's (encode + validate), measured before any HTML
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
for _ in range(runs if html else 0):
    start = time.perf_counter()
    render_html(parse_xml_bytes(result.outputs[".xml"]))
    page.append(time.perf_counter() - start)
print(json.dumps({"tei": tei, "html": page, "rss_kib": after - before,
                  "xml": len(result.outputs[".xml"])}))
"""
HTML_BUDGET_S: Final = 20.0  # skip HTML at a size predicted to take longer


@dataclass
class ScaleRow:
    factor: int
    input_bytes: int
    tei_ms: float
    ratio: float
    html_ms: float | None
    html_ratio: float | None
    peak_mib: float
    xml_bytes: int
    memory_over_output: float
    note: str = ""


def _predict_html_ms(rows: Sequence[ScaleRow], factor: int) -> float | None:
    """Extrapolate the HTML time from the last two sizes (power law)."""
    timed = [row for row in rows if row.html_ms]
    if len(timed) < 2:
        return None
    (a, b) = timed[-2:]
    assert a.html_ms and b.html_ms
    exponent = math.log(b.html_ms / a.html_ms) / math.log(b.factor / a.factor)
    return float(b.html_ms * (factor / b.factor) ** exponent)


def measure_scaling(
    parts: TranscriptParts, workdir: Path, factors: Sequence[int], runs: Callable[[int], int]
) -> list[ScaleRow]:
    warm = workdir / "warm.txt"
    warm.write_text(parts.excerpt(3, 0), encoding="utf-8")
    rows: list[ScaleRow] = []
    for factor in factors:
        path = workdir / f"scale-{factor}x.txt"
        path.write_text(parts.repeat(factor), encoding="utf-8")
        predicted = _predict_html_ms(rows, factor)
        html = predicted is None or predicted < HTML_BUDGET_S * 1000
        _log(f"  scaling {factor}x ({path.stat().st_size // 1024} KiB)…")
        probe = [sys.executable, "-c", _SCALE_PROBE, str(warm), str(path), str(runs(factor))]
        probe.append("html" if html else "no-html")
        done = subprocess.run(probe, check=True, capture_output=True, text=True)
        found = json.loads(done.stdout)
        tei_ms = _median_ms(found["tei"])
        html_ms = _median_ms(found["html"]) if found["html"] else None
        peak = found["rss_kib"] * 1024
        first = rows[0] if rows else None
        rows.append(
            ScaleRow(
                factor=factor,
                input_bytes=path.stat().st_size,
                tei_ms=tei_ms,
                ratio=round(tei_ms / first.tei_ms, 1) if first else 1.0,
                html_ms=html_ms,
                html_ratio=(
                    round(html_ms / first.html_ms, 1)
                    if first and first.html_ms and html_ms
                    else (1.0 if html_ms else None)
                ),
                peak_mib=round(peak / 2**20, 1),
                xml_bytes=found["xml"],
                memory_over_output=round(peak / found["xml"], 1),
                note="" if html else f"HTML skipped: predicted {(predicted or 0) / 1000:.0f} s",
            )
        )
    return rows


@dataclass
class CollectionFigures:
    documents: int
    jobs1_s: float
    jobs2_s: float
    speedup: float
    rebuild_s: float
    rebuild_pct: float
    failed: int = 0


def _failed_count(summary: str) -> int:
    """The failures in a build's summary line ("1000 encoded, 0 skipped, 0 failed")."""
    found = re.findall(r"(\d+) failed", summary)
    return int(found[-1]) if found else 0


def _write_collection(parts: TranscriptParts, folder: Path, documents: int) -> None:
    folder.mkdir()
    for number in range(documents):
        path = folder / f"doc-{number:04d}.txt"
        path.write_text(parts.excerpt(4, number), encoding="utf-8")


def _timed_build(command: list[str]) -> tuple[float, int]:
    """Wall seconds of one `tei-encode build` in a new process, and the
    documents it reports failed; any other failure stops the benchmark."""
    start = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, check=False)
    spent = time.perf_counter() - start
    if proc.returncode not in (0, 6):  # 6: some documents failed (counted)
        raise SystemExit(f"tei-encode build failed:\n{proc.stderr.decode()[-2000:]}")
    return spent, _failed_count(proc.stdout.decode() + proc.stderr.decode())


def measure_collection(
    parts: TranscriptParts, workdir: Path, documents: int, repeats: int = 2
) -> CollectionFigures:
    src = workdir / "collection"
    _write_collection(parts, src, documents)
    timings: dict[str, float] = {}
    failed = 0
    # Each build is `tei-encode build` in a new process, as a user runs it: an
    # in-process --jobs 1 would reuse this process's warm caches (and carry
    # its heap) while the workers of --jobs 2 start cold. The full builds
    # alternate and the fastest of each counts: on a shared machine the speed
    # drifts over seconds, and one build each measured the drift as much.
    plan = [("jobs1", "out1", 1), ("jobs2", "out2", 2)] * repeats + [("rebuild", "out1", 1)]
    for label, out, jobs in plan:
        _log(f"  collection of {documents}: {label}…")
        if label != "rebuild":
            shutil.rmtree(workdir / out, ignore_errors=True)  # a full build each time
        command = [*_cli_command(), "build", "--sources", str(src)]
        command += ["--out", str(workdir / out), "--jobs", str(jobs)]
        spent, failures = _timed_build(command)
        timings[label] = min(spent, timings.get(label, spent))
        failed = max(failed, failures)
    return CollectionFigures(
        documents=documents,
        jobs1_s=round(timings["jobs1"], 2),
        jobs2_s=round(timings["jobs2"], 2),
        speedup=round(timings["jobs1"] / timings["jobs2"], 2),
        rebuild_s=round(timings["rebuild"], 3),
        rebuild_pct=round(100 * timings["rebuild"] / timings["jobs1"], 1),
        failed=failed,
    )


@dataclass
class DaskFigures:
    documents: int
    jobs2_s: float
    dask_s: float
    ratio: float  # throughput of --scheduler local over that of --jobs 2
    jobs2_cpu_s: float = 0.0  # CPU time of the build and all its processes
    dask_cpu_s: float = 0.0
    failed: int = 0


def measure_dask(
    parts: TranscriptParts, workdir: Path, documents: int, repeats: int = 2
) -> DaskFigures | None:
    """``build --scheduler local -j 2`` against ``build --jobs 2``, each a new
    process timed from start to exit (the Dask one includes starting its
    cluster), alternating, the fastest of each. Dask's workers also write the
    outputs, which ``--jobs 2`` leaves to its parent process: on two busy
    cores that work is not free, and the ratio falls as others' load rises."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        _log("  Dask: not installed (pip install 'tei-encoder[distributed]'); skipped")
        return None
    src = workdir / "dask-collection"
    _write_collection(parts, src, documents)
    timings: dict[str, float] = {}
    cpu: dict[str, float] = {}
    failed = 0
    runs = [("jobs2", ["--jobs", "2"]), ("dask", ["--scheduler", "local", "-j", "2"])]
    for label, options in runs * repeats:
        _log(f"  collection of {documents}: {label}…")
        out = workdir / f"dask-{label}"
        shutil.rmtree(out, ignore_errors=True)
        command = [*_cli_command(), "build", "--sources", str(src), "--out", str(out), *options]
        before = _children_cpu_s()
        spent, failures = _timed_build(command)
        # The CPU time hardly depends on others' load, unlike the wall time.
        cpu[label] = min(_children_cpu_s() - before, cpu.get(label, math.inf))
        timings[label] = min(spent, timings.get(label, spent))
        failed = max(failed, failures)
    return DaskFigures(
        documents=documents,
        jobs2_s=round(timings["jobs2"], 2),
        dask_s=round(timings["dask"], 2),
        ratio=round(timings["jobs2"] / timings["dask"], 2),
        jobs2_cpu_s=round(cpu["jobs2"], 2),
        dask_cpu_s=round(cpu["dask"], 2),
        failed=failed,
    )


def _children_cpu_s() -> float:
    """CPU seconds of every finished descendant (their workers included)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


# --- the report -----------------------------------------------------------------


@dataclass
class Report:
    sources: list[str]
    runs: int
    load_average: list[float]
    stages_ms: dict[str, float]
    encode_ms: float
    end_to_end_ms: float
    floor_ms: float
    encode_over_floor: float
    cold_cli_s: float
    bare_import_s: float
    scaling: list[ScaleRow]
    collection: CollectionFigures
    dask: DaskFigures | None = None
    results: dict[str, dict[str, object]] = field(default_factory=dict)

    def judge(self) -> None:
        by_factor = {row.factor: row for row in self.scaling}
        largest = by_factor.get(100)
        figures: dict[str, float | None] = {
            "end_to_end_ms": self.end_to_end_ms,
            "encode_over_floor": self.encode_over_floor,
            "encode_over_floor_step": self.encode_over_floor,
            "cold_cli_s": self.cold_cli_s,
            "cold_over_bare": round(self.cold_cli_s / self.bare_import_s, 1)
            if self.bare_import_s
            else None,
            "scale_100x_ratio": largest.ratio if largest else None,
            "memory_over_output": largest.memory_over_output if largest else None,
            "speedup_jobs2": self.collection.speedup,
            "incremental_pct": self.collection.rebuild_pct,
            "dask_over_jobs2": self.dask.ratio if self.dask else None,
        }
        for key, value in figures.items():
            label, target = TARGETS[key]
            self.results[key] = {
                "what": label,
                "value": value,
                "target": target,
                "verdict": "n/a"
                if value is None
                else ("PASS" if _meets(value, target) else "MISS"),
            }


def _meets(value: float, target: str) -> bool:
    op, number = target.split()[:2]
    limit = float(number.rstrip("x%"))
    return value < limit if op == "<" else value >= limit


def _as_json(report: Report) -> dict[str, object]:
    from dataclasses import asdict

    return asdict(report)


def format_table(report: Report) -> str:
    lines = [f"tei-encode benchmark: {', '.join(report.sources)} (median of {report.runs} runs)"]
    load = ", ".join(f"{x:.2f}" for x in report.load_average)
    lines.append(f"{os.cpu_count()} CPUs, load average at the end {load} (others' load skews it)")
    lines.append("")
    lines.append(f"{'stage':<28}{'ms':>10}")
    for stage, ms in report.stages_ms.items():
        lines.append(f"{stage:<28}{ms:>10.2f}")
    lines.append(f"{'encode (read..serialise)':<28}{report.encode_ms:>10.2f}")
    lines.append(f"{'end to end (+validate+HTML)':<28}{report.end_to_end_ms:>10.2f}")
    lines.append("")
    lines.append(
        f"{'scale':<7}{'input KiB':>10}{'TEI ms':>10}{'x 1x':>8}{'HTML ms':>10}{'x 1x':>8}"
        f"{'peak MiB':>10}{'peak/xml':>10}"
    )
    for row in report.scaling:
        html = (
            f"{row.html_ms:>10.1f}{row.html_ratio:>8.1f}" if row.html_ms else f"{'-':>10}{'-':>8}"
        )
        lines.append(
            f"{row.factor:>4}x  {row.input_bytes / 1024:>10.0f}{row.tei_ms:>10.1f}{row.ratio:>8.1f}"
            f"{html}{row.peak_mib:>10.1f}{row.memory_over_output:>10.1f}  {row.note}".rstrip()
        )
    lines.append(
        "(TEI = encode + validate, in a fresh process after warm-up; peak = rise of max RSS)"
    )
    lines.append("")
    lines.append(
        f"cold tei-encode encode {report.cold_cli_s:.3f} s; "
        f"bare python -c 'import lxml.etree, click' {report.bare_import_s:.3f} s"
    )
    c = report.collection
    lines.append("")
    lines.append(
        f"collection of {c.documents}: jobs=1 {c.jobs1_s:.2f} s, jobs=2 {c.jobs2_s:.2f} s "
        f"(x{c.speedup:.2f}), no-change rebuild {c.rebuild_s:.3f} s ({c.rebuild_pct:.1f}%)"
        + (f", {c.failed} FAILED" if c.failed else "")
    )
    if report.dask is not None:
        d = report.dask
        lines.append(
            f"collection of {d.documents}: --jobs 2 {d.jobs2_s:.2f} s, --scheduler local -j 2 "
            f"{d.dask_s:.2f} s (throughput x{d.ratio:.2f}); CPU {d.jobs2_cpu_s:.1f} s "
            f"vs {d.dask_cpu_s:.1f} s" + (f", {d.failed} FAILED" if d.failed else "")
        )
    lines.append("")
    lines.append(f"{'target':<46}{'value':>10}  {'goal':<9}verdict")
    for result in report.results.values():
        value = result["value"]
        shown = "-" if value is None else f"{value}"
        lines.append(
            f"{result['what']!s:<46}{shown:>10}  {result['target']!s:<9}{result['verdict']}"
        )
    return "\n".join(lines)


def run(quick: bool) -> Report:
    sources = sorted(SOURCES.glob("*.txt"))
    if not sources:
        raise SystemExit(f"no *.txt in {SOURCES}")
    runs, warmup = (5, 1) if quick else (15, 3)
    _log(f"stages ({runs} runs)…")
    stages = time_stages(sources, runs, warmup)
    encode_ms = round(sum(stages[s] for s in ("read", "transforms", "tei", "serialise")), 2)
    end_to_end = round(encode_ms + stages["validate"] + stages["html"], 2)
    workdir = Path(tempfile.mkdtemp(prefix="tei-encode-bench-"))
    try:
        _log("cold CLI…")
        cold, bare = time_cold(sources[0], workdir)
        parts = TranscriptParts.split(sources[0].read_text(encoding="utf-8"))
        _log("scaling…")
        scaling = measure_scaling(
            parts, workdir, (1, 10, 100), lambda factor: 1 if factor >= 100 or quick else 3
        )
        _log("collection…")
        collection = measure_collection(parts, workdir, 200 if quick else 1000, 1 if quick else 2)
        _log("collection on Dask…")
        dask = measure_dask(parts, workdir, 400 if quick else 2000, 1 if quick else 3)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    report = Report(
        sources=[p.name for p in sources],
        runs=runs,
        load_average=[round(x, 2) for x in os.getloadavg()],
        stages_ms=stages,
        encode_ms=encode_ms,
        end_to_end_ms=end_to_end,
        floor_ms=stages["floor"],
        encode_over_floor=round(encode_ms / stages["floor"], 1),
        cold_cli_s=cold,
        bare_import_s=bare,
        scaling=scaling,
        collection=collection,
        dask=dask,
    )
    report.judge()
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m encoder.bench", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--quick", action="store_true", help="fewer runs, 200 documents (400 on Dask)"
    )
    parser.add_argument("--json", action="store_true", help="one JSON object on stdout")
    args = parser.parse_args(argv)
    report = run(args.quick)
    if args.json:
        print(json.dumps(_as_json(report), indent=2, sort_keys=True))
    else:
        print(format_table(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
