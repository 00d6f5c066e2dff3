"""Build a collection: many transcripts → ``OUT/NAME.xml`` (and ``NAME.html``).

Like :mod:`encoder.cli`, this module sits at the I/O edge: the parent
process hashes the inputs the manifest knows, decides what is up to date, hands the
rest to :func:`encode_document` (in this process, or in a pool of worker
processes with ``jobs > 1``), writes the outputs atomically and records
what it built in ``OUT/.tei-encode-manifest.json``. A worker reads its own
inputs and hands back bytes and diagnostics; it writes nothing. Nothing is
printed here; the caller gets each :class:`DocumentOutcome` in input order
(through ``report``) and a :class:`BuildSummary`, and chooses the exit code.

The parent keeps no input's bytes and at most a few chunks of documents
per worker are in flight, so memory grows only by each document's
outcome (about 1.6 KB), not by its size; except, with
``settings.merging`` (a build that publishes the collection), by each
edition's part of the collection files (about its TEI's size, as text;
:mod:`encoder.publish`), which publishing needs all at once anyway.
A build that is interrupted (Ctrl-C) still records what it finished, so
the next build resumes where it stopped.

A document is skipped when the manifest says it was built from the same
input bytes, with the same :class:`BuildSettings`, by the same tool version
and the same code (a hash of the package's own ``.py``, XSLT and schema
files), and every output it recorded is still there with the recorded hash.

Outputs the manifest records but no current document writes are *stale*:
those of a source that left the inputs, and those a document no longer
writes (its ``.html`` after a build with ``html=False``). They are reported
(W601) and kept, and the manifest's ``stale`` map keeps them so that every
build reports them, until a build with ``prune`` removes them (I602). An
output edited by hand since it was built is never removed (W602). A
document that fails keeps the record of its earlier outputs (it is tried
again every build), and a manifest written by another version of the tool
still says which outputs are ours, though none is reused.

>>> BuildSummary(encoded=3, skipped=1, failed=0, outcomes=()).format()
'3 encoded, 1 skipped, 0 failed'
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import json
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Generator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Never

from . import __version__
from .diagnostics import (
    EXIT_INPUT,
    EXIT_INTERNAL,
    EXIT_IO,
    EXIT_OK,
    Diagnostic,
    Severity,
    Span,
)

# re-exported: a build's callers and workers name them here
from .document import BuildSettings as BuildSettings
from .document import DocumentResult as DocumentResult
from .document import encode_document as encode_document

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor
    from multiprocessing.synchronize import Event as EventLike

    from tqdm import tqdm

    from .publish import EditionPart


MANIFEST_NAME: Final = ".tei-encode-manifest.json"
MANIFEST_FORMAT: Final = 1
# One line per document written, appended as the build goes: a build that
# dies (kill -9, a power cut) keeps what it wrote. The next build reads it
# with the manifest; a build that ends, however, folds it into the manifest
# and removes it.
JOURNAL_NAME: Final = ".tei-encode-journal.jsonl"


class BuildTerminated(KeyboardInterrupt):
    """SIGTERM during a build: handled like Ctrl-C (what is finished is
    recorded), but the command exits 143."""


class BuildLocked(Exception):
    """Another build holds OUT's lock."""


class OutputFolderError(Exception):
    """OUT cannot be created or locked; ``message`` names the path."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


# Package files whose change can change an output: code, stylesheets, schema.
_CODE_SUFFIXES: Final = frozenset({".py", ".xsl", ".xslt", ".css", ".xsd", ".rng", ".sch"})
_NOT_CODE: Final = frozenset({"bench.py"})  # cannot change an output
# Documents per task sent to a worker: large enough that 1000 tiny documents
# do not drown in inter-process traffic, small enough to keep workers even.
_MAX_CHUNK: Final = 16


EncodeOne = Callable[[bytes, str, BuildSettings], DocumentResult]


class Status(enum.Enum):
    ENCODED = "encoded"
    SKIPPED = "skipped"
    FAILED = "failed"
    STALE = "stale"  # outputs no current document writes, kept
    PRUNED = "pruned"  # such outputs, removed
    NOTICE = "notice"  # not a document: a problem of the build as a whole (E010 counts, manifest)


@dataclass(frozen=True, slots=True)
class DocumentOutcome:
    path: Path
    status: Status
    diagnostics: tuple[Diagnostic, ...] = ()
    code: int = EXIT_OK
    written: tuple[Path, ...] = ()


@dataclass(frozen=True, slots=True)
class BuildSummary:
    encoded: int
    skipped: int
    failed: int
    outcomes: tuple[DocumentOutcome, ...] = field(default=())
    # stem → what publishing the collection needs of each edition written
    parts: Mapping[str, EditionPart] = field(default_factory=dict, compare=False)

    def format(self) -> str:
        line = f"{self.encoded} encoded, {self.skipped} skipped, {self.failed} failed"
        gone = [
            f"{count} {status.value}"
            for status in (Status.STALE, Status.PRUNED)
            if (count := sum(o.status is status for o in self.outcomes))
        ]
        return ", ".join([line, *gone])


# --- the manifest -------------------------------------------------------------


@cache
def code_fingerprint() -> str:
    """sha256 over the package's own code, stylesheets and schema (path + bytes).

    The schema is in ``encoder/schema/`` in a wheel and in the repository's
    top-level ``schema/`` in a checkout (see ``encoder.validate.schema_path``):
    both are hashed when present.
    """
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for root, prefix in ((package, "encoder"), (package.parent / "schema", "schema")):
        if not root.is_dir():
            continue
        files = sorted(
            p
            for p in root.rglob("*")
            if p.suffix in _CODE_SUFFIXES
            and p.name not in _NOT_CODE
            and p.is_file()
            and "__pycache__" not in p.parts
        )
        for path in files:
            digest.update(f"{prefix}/{path.relative_to(root).as_posix()}".encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True, slots=True)
class _Entry:
    """The manifest's record of one built document."""

    source: str
    input_sha256: str
    settings: dict[str, object]
    outputs: dict[str, str]  # file name in OUT → sha256

    def to_json(self) -> dict[str, object]:
        return {
            "source": self.source,
            "input_sha256": self.input_sha256,
            "settings": self.settings,
            "outputs": self.outputs,
        }


def _tool_json() -> dict[str, str]:
    return {"version": __version__, "code_sha256": code_fingerprint()}


@dataclass(frozen=True, slots=True)
class _Stale:
    """An output in OUT that no current document claims: its source left the
    inputs, or the document is now built without it (``--no-html``)."""

    source: str
    sha256: str  # as written, so that a hand-edited file is never removed

    def to_json(self) -> dict[str, object]:
        return {"source": self.source, "sha256": self.sha256}


@dataclass(frozen=True, slots=True)
class Manifest:
    """What OUT's manifest says. ``reusable`` is False when another tool or
    code wrote it: its documents are then rebuilt, but what it records still
    tells which outputs are ours (for stale outputs and ``--prune``)."""

    entries: dict[str, _Entry] = field(default_factory=dict)
    stale: dict[str, _Stale] = field(default_factory=dict)
    reusable: bool = False


_OUTPUT_SUFFIXES: Final = (".xml", ".html")


def _own_output(stem: object, name: object) -> bool:
    """``name`` is one of the files a document ``stem`` writes in OUT: not
    "../x", "/x", "a/x", another document's file or a name with a NUL."""
    return (
        isinstance(stem, str)
        and isinstance(name, str)
        and stem not in ("", ".", "..")
        and "\0" not in stem
        and Path(stem).name == stem
        and name in {stem + suffix for suffix in _OUTPUT_SUFFIXES}
    )


def read_manifest(out: Path) -> Manifest:
    """OUT's manifest; an absent, unreadable or malformed one is empty.

    A manifest is a file in OUT anyone may edit: one whose output names are
    not the documents' own file names in OUT is not trusted at all, so that
    no build reads, and no ``--prune`` deletes, anything else.
    """
    try:
        raw: Any = json.loads((out / MANIFEST_NAME).read_bytes())
        if raw.get("format") != MANIFEST_FORMAT:
            return Manifest()
        entries = {
            stem: _Entry(e["source"], e["input_sha256"], dict(e["settings"]), dict(e["outputs"]))
            for stem, e in raw["documents"].items()
        }
        stale = {name: _Stale(e["source"], e["sha256"]) for name, e in raw.get("stale", {}).items()}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return Manifest()
    trusted = all(
        isinstance(e.source, str) and all(_own_output(stem, n) for n in e.outputs)
        for stem, e in entries.items()
    ) and all(
        isinstance(x.source, str) and _own_output(Path(name).stem, name)
        for name, x in stale.items()
    )
    if not trusted:
        return Manifest()
    return Manifest(entries, stale, raw.get("tool") == _tool_json())


def _read_journal(out: Path) -> list[tuple[bool, str, _Entry]]:
    """The journal's records: (written by this tool and code, stem, entry).
    A line cut short by a crash, or one naming files that are not the
    document's own, is left out."""
    try:
        lines = (out / JOURNAL_NAME).read_bytes().splitlines()
    except OSError:
        return []
    records: list[tuple[bool, str, _Entry]] = []
    for line in lines:
        try:
            raw: Any = json.loads(line)
            stem, e = raw["stem"], raw["entry"]
            entry = _Entry(e["source"], e["input_sha256"], dict(e["settings"]), dict(e["outputs"]))
        except (ValueError, TypeError, KeyError, AttributeError):
            continue
        if isinstance(entry.source, str) and all(_own_output(stem, n) for n in entry.outputs):
            records.append((raw.get("tool") == _tool_json(), stem, entry))
    return records


def read_state(out: Path) -> Manifest:
    """The manifest with the journal of an unfinished build laid over it.

    Journal entries of this tool are reusable; when the manifest is not (an
    older tool wrote it, or there is none), its entries still say which
    outputs are ours but can no longer be skipped.
    """
    manifest = read_manifest(out)
    records = _read_journal(out)
    if not records:
        return manifest
    entries = dict(manifest.entries)
    reusable = manifest.reusable or any(current for current, _, _ in records)
    if reusable and not manifest.reusable:
        entries = {k: dataclasses.replace(e, input_sha256="") for k, e in entries.items()}
    for current, stem, entry in records:
        entries[stem] = entry if current else dataclasses.replace(entry, input_sha256="")
    return Manifest(entries, dict(manifest.stale), reusable)


def is_local(path: Path) -> bool:
    """A path of this machine's file system (not a URL's path through fsspec)."""
    return type(path).__module__ == "pathlib"


class _Journal:
    """Appends a line per document written (see :data:`JOURNAL_NAME`). Kept
    for OUT on this machine's file system; at a URL the manifest alone
    records the build (an object store cannot append)."""

    def __init__(self, out: Path) -> None:
        self.path = out / JOURNAL_NAME
        self._handle: Any = None
        self.failed = not is_local(out)

    def record(self, stem: str, entry: _Entry) -> None:
        if self.failed:
            return
        line = json.dumps(
            {"tool": _tool_json(), "stem": stem, "entry": entry.to_json()},
            sort_keys=True,
            ensure_ascii=False,
        )
        try:
            if self._handle is None:
                self._handle = self.path.open("a", encoding="utf-8")
            self._handle.write(line + "\n")
            self._handle.flush()  # to the kernel: it survives the process, if not the machine
        except OSError:
            self.failed = True  # the outputs are still recorded when the build ends

    def remove(self) -> None:
        """Called once the manifest holds everything the journal said."""
        if self._handle is not None:
            self._handle.close()
            self._handle = None
        if is_local(self.path):
            with suppress(OSError):
                self.path.unlink(missing_ok=True)


def manifest_bytes(
    entries: Mapping[str, _Entry], stale: Mapping[str, _Stale] | None = None
) -> bytes:
    """Sorted keys, 2-space indent, LF, final newline: the same build, the same bytes."""
    document: dict[str, object] = {
        "format": MANIFEST_FORMAT,
        "tool": _tool_json(),
        "documents": {stem: entry.to_json() for stem, entry in entries.items()},
    }
    if stale:
        document["stale"] = {name: item.to_json() for name, item in stale.items()}
    return (json.dumps(document, sort_keys=True, indent=2, ensure_ascii=False) + "\n").encode()


def _is_fresh(entry: _Entry | None, out: Path, input_sha: str, settings: dict[str, object]) -> bool:
    if entry is None or entry.input_sha256 != input_sha or entry.settings != settings:
        return False
    for name, sha in entry.outputs.items():
        try:
            if _sha256((out / name).read_bytes()) != sha:
                return False
        except OSError:
            return False
    return True


def _write(path: Path, data: bytes) -> None:
    from .fileio import write_atomic

    write_atomic(path, data)


class _SourceGuard:
    """What a build must never write onto: the inputs (by inode, which also
    catches hard links) and anything under the folders they are in. Worked
    out when first asked, so that a build that writes nothing pays nothing."""

    def __init__(self, inputs: Sequence[Path]) -> None:
        self._inputs = inputs
        self._inodes: frozenset[tuple[int, int]] | None = None
        self._folders: tuple[Path, ...] = ()

    @classmethod
    def of(cls, inputs: Sequence[Path]) -> _SourceGuard:
        return cls(inputs)

    def _known(self) -> frozenset[tuple[int, int]]:
        if self._inodes is None:
            inodes = set()
            for path in self._inputs:
                try:
                    info = path.stat()
                except OSError:
                    continue
                inodes.add((info.st_dev, info.st_ino))
            self._inodes = frozenset(inodes)
            self._folders = tuple(sorted({p.resolve() for p in {i.parent for i in self._inputs}}))
        return self._inodes

    def source_behind(self, target: Path) -> Path | None:
        """The source file or folder ``target`` would write onto, if any: a
        hard link to an input, or a symbolic link into a source folder."""
        inodes = self._known()
        try:
            info = target.stat()
            if (info.st_dev, info.st_ino) in inodes:
                return target.resolve()
        except OSError:
            pass
        if target.is_symlink():
            resolved = target.resolve()
            if any(resolved.is_relative_to(folder) for folder in self._folders):
                return resolved
        return None


@contextmanager
def locked_out(out: Path) -> Generator[None, None, None]:
    """Hold an advisory lock on OUT (``flock`` on the folder itself, so that
    no lock file joins the outputs) while a build writes there.

    Raises :class:`BuildLocked` at once when another build holds it, and
    :class:`OutputFolderError` when OUT cannot be made or opened. An OUT at
    a URL (an object store, through fsspec) has no lock to take.
    """
    if not is_local(out):
        yield
        return
    created = not out.exists()
    try:
        out.mkdir(parents=True, exist_ok=True)
        fd = os.open(out, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError as exc:
        raise OutputFolderError(
            f"{out}: error[E010]: cannot create or open the output folder: {exc.strerror or exc}"
        ) from None
    try:
        try:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except ImportError:  # not on POSIX: no lock
            pass
        except BlockingIOError:
            raise BuildLocked(str(out)) from None
        try:
            yield
        except BaseException:
            if created:  # a build that failed before writing anything leaves no folder
                with suppress(OSError):
                    out.rmdir()
            raise
    finally:
        os.close(fd)  # releases the lock


# --- running the encoder --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Task:
    path: Path
    display: str
    max_size: int = 0  # 0: fileio.DEFAULT_MAX_INPUT


@dataclass(frozen=True, slots=True)
class _Done:
    """A document's result and the sha256 of the bytes it was made from
    (empty when the file could not be read)."""

    input_sha256: str
    result: DocumentResult


def _read_failure(display: str, exc: OSError | str) -> DocumentResult:
    message = exc if isinstance(exc, str) else f"cannot read the file: {exc.strerror or exc}"
    return DocumentResult(
        {}, [Diagnostic("E000", Severity.ERROR, message, Span(display))], EXIT_INPUT
    )


def _run_one(encode_one: EncodeOne, task: _Task, settings: BuildSettings) -> _Done:
    """Read and encode one input. Never raises: an exception in one document
    must not stop the others."""
    from .fileio import DEFAULT_MAX_INPUT, InputFileError, read_input

    try:  # never blocks: a named pipe put among the sources is refused
        data = read_input(task.path, task.max_size or DEFAULT_MAX_INPUT)
    except InputFileError as exc:
        return _Done("", _read_failure(task.display, exc.message))
    try:
        return _Done(_sha256(data), encode_one(data, task.display, settings))
    except Exception as exc:
        message = f"internal error in tei-encode ({type(exc).__name__}: {exc}); please report it"
        diag = Diagnostic("E999", Severity.ERROR, message, Span(task.display))
        return _Done(_sha256(data), DocumentResult({}, [diag], EXIT_INTERNAL))


# In a worker: set by the parent when the build stops early (see _results).
_stop_requested: EventLike | None = None


def _run_chunk(encode_one: EncodeOne, tasks: list[_Task], settings: BuildSettings) -> list[_Done]:
    """The worker's entry point (top level, so that it pickles by reference).
    Between documents it gives up when the parent has asked it to stop; the
    parent then discards what it returns."""
    done: list[_Done] = []
    for task in tasks:
        if _stop_requested is not None and _stop_requested.is_set():
            break
        done.append(_run_one(encode_one, task, settings))
    return done


def _init_worker(stop: EventLike) -> None:
    """Workers leave Ctrl-C to the parent, which stops the build, keeps what
    is finished and tells them to stop through ``stop``. (A worker that took
    the signal would die mid-document; one the parent killed could die while
    sending a result and leave the pool's reader blocked for good.)"""
    import signal

    global _stop_requested
    _stop_requested = stop
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()


def _die_with_parent() -> None:
    """Make this worker end when the parent does, even by ``kill -9``: on
    Linux the kernel sends SIGKILL (``prctl(PR_SET_PDEATHSIG)``); elsewhere a
    thread watches the parent's pid. (Orphaned workers blocked for ever.)"""
    import signal
    import threading

    parent = os.getppid()
    armed = False
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            pr_set_pdeathsig = 1
            armed = libc.prctl(pr_set_pdeathsig, int(signal.SIGKILL), 0, 0, 0) == 0
        except (OSError, AttributeError):
            armed = False
    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(1)
    if armed:
        return

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="tei-encode-parent-watch", daemon=True).start()


def _chunk_size(count: int, jobs: int) -> int:
    return max(1, min(_MAX_CHUNK, count // (jobs * 4)))


def _chunks(tasks: Sequence[_Task], jobs: int) -> list[list[_Task]]:
    size = _chunk_size(len(tasks), jobs)
    return [list(tasks[i : i + size]) for i in range(0, len(tasks), size)]


# Chunks handed to the pool ahead of the one the parent waits for, per
# worker: enough to keep every worker busy, few enough that finished outputs
# waiting to be written stay a handful of chunks however large the collection.
_CHUNKS_AHEAD: Final = 2


def _results(
    tasks: Sequence[_Task], settings: BuildSettings, jobs: int, encode_one: EncodeOne
) -> Generator[_Done, None, None]:
    """Results in the order of ``tasks``, as soon as each is known."""
    if jobs <= 1 or len(tasks) <= 1:
        for task in tasks:
            yield _run_one(encode_one, task, settings)
        return
    chunks = iter(_chunks(tasks, jobs))
    workers = min(jobs, -(-len(tasks) // _chunk_size(len(tasks), jobs)))
    # imported here: a single document (`encode`, `--jobs 1`) needs no pool
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    stop = multiprocessing.get_context().Event()
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(stop,))
    pending: deque[Future[list[_Done]]] = deque()
    broken: list[BrokenProcessPool] = []  # set once the pool refuses new work

    def top_up() -> None:
        while not broken and len(pending) < workers * _CHUNKS_AHEAD:
            chunk = next(chunks, None)
            if chunk is None:
                return
            try:
                pending.append(pool.submit(_run_chunk, encode_one, chunk, settings))
            except BrokenProcessPool as exc:  # chunks already finished still count
                broken.append(exc)

    done = 0
    completed = False
    try:
        top_up()
        while pending:
            finished = pending.popleft().result()
            top_up()  # before the parent writes, so that the workers stay busy
            for result in finished:
                done += 1
                yield result
        if broken:
            raise broken[0]
        completed = True
    except BrokenProcessPool as exc:  # a worker died (killed, out of memory)
        for task in tasks[done:]:
            message = f"a worker process died while encoding ({exc}); try --jobs 1"
            diag = Diagnostic("E998", Severity.ERROR, message, Span(task.display))
            yield _Done("", DocumentResult({}, [diag], EXIT_INTERNAL))
    finally:
        if completed:
            # Waiting lets the executor's thread end before the interpreter
            # exits (exiting first raced with it).
            pool.shutdown(wait=True, cancel_futures=True)
        else:
            _stop_pool(pool, stop)


# Set when a build stopped its worker pool early: the command line then
# leaves with os._exit once the record is written (see cli.build), since at
# exit the interpreter joins the pool's threads, and one left waiting on a
# killed worker's pipe would hold the process for ever.
pool_abandoned: bool = False


def _stop_pool(pool: ProcessPoolExecutor, stop: EventLike) -> None:
    """Ctrl-C, SIGTERM, an early close or a dead worker: what the workers are
    doing is not wanted. Waiting for them took as long as their document (a
    minute on a pathological input, for ever on a named pipe), so they are
    killed; the executor then sees them gone and ends."""
    global pool_abandoned
    pool_abandoned = True
    stop.set()
    processes = dict(getattr(pool, "_processes", None) or {})
    results = getattr(pool, "_result_queue", None)  # shutdown() forgets it
    for process in processes.values():
        with suppress(OSError, ValueError, AttributeError):
            process.kill()
    pool.shutdown(wait=False, cancel_futures=True)
    deadline = time.monotonic() + 1.0
    for process in processes.values():
        process.join(max(0.0, deadline - time.monotonic()))
    # A worker killed while sending its result leaves half a message in the
    # pipe, and the executor's thread waiting for the rest for ever: the
    # parent's own copy of the pipe's write end is the last one open, so
    # closing it ends that wait (end of file; the executor then stops).
    with suppress(OSError, AttributeError):
        results._writer.close()  # type: ignore[union-attr]
    manager = getattr(pool, "_executor_manager_thread", None)
    if manager is not None:
        manager.join(max(0.0, deadline - time.monotonic()))


# A document's outcome and manifest entry, with its position among the tasks.
Stored = tuple[int, tuple[DocumentOutcome, _Entry | None]]


def _stored(
    tasks: Sequence[_Task],
    out: Path,
    settings: BuildSettings,
    jobs: int,
    encode_one: EncodeOne,
    scheduler: str | None,
    guard: _SourceGuard,
    parts: dict[str, EditionPart],
) -> Generator[Stored, None, None]:
    """Each document written and its outcome, as soon as it is known: here or
    in local worker processes, in task order; or on a Dask cluster, whose
    workers write the outputs, in any order."""
    if scheduler is not None:
        from .distributed import store_on_dask

        yield from store_on_dask(tasks, out, settings, scheduler, jobs, encode_one)
        return
    results = _results(tasks, settings, jobs, encode_one)
    leftovers = _Leftovers(out)
    try:
        for position, (task, done) in enumerate(zip(tasks, results, strict=True)):
            stored = _store(task.path, out, settings, done, guard, leftovers)
            if stored[1] is not None and done.result.part is not None:
                parts[task.path.stem] = done.result.part
            yield position, stored
    finally:
        results.close()


PROGRESS_DELAY_S: Final = 1.0


class _Progress:
    """A tqdm bar on stderr that appears only on a terminal, for more than one
    document, once the build has lasted :data:`PROGRESS_DELAY_S`; a no-op
    otherwise. ``report`` runs its callback so that what it prints does not
    garble the bar."""

    def __init__(self, total: int, enabled: bool) -> None:
        self._bar: tqdm[Never] | None = None  # a bar with no iterable
        self._start = time.monotonic()
        if enabled and total > 1 and sys.stderr.isatty():
            from tqdm import tqdm

            self._bar = tqdm(
                total=total, delay=PROGRESS_DELAY_S, unit="doc", file=sys.stderr, leave=False
            )

    def report(self, callback: Callable[[], None]) -> None:
        # Before the delay the bar is not on screen: tqdm's write mode would
        # draw it early, so only use it once the bar may be showing.
        if self._bar is None or time.monotonic() - self._start < PROGRESS_DELAY_S:
            callback()
            return
        with self._bar.external_write_mode(file=sys.stderr):
            callback()

    def advance(self) -> None:
        if self._bar is not None:
            self._bar.update(1)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


# --- the build ------------------------------------------------------------------


@dataclass
class _Plan:
    """The parent's view of the inputs, in input order."""

    outcomes: list[DocumentOutcome | None]
    todo: list[tuple[int, str]]  # (index, stem)
    tasks: list[_Task]
    entries: dict[str, _Entry]  # this build's: skipped and encoded documents
    previous: Manifest  # as the build found it


def _plan(inputs: Sequence[Path], out: Path, settings: BuildSettings, max_size: int) -> _Plan:
    from .fileio import InputFileError, check_regular, read_input

    previous = read_state(out)
    wanted = settings.to_json()
    plan = _Plan([None] * len(inputs), [], [], {}, previous)
    for index, path in enumerate(inputs):
        display = str(path)
        entry = previous.entries.get(path.stem) if previous.reusable else None
        try:
            # only for a recorded document is the input's hash needed now;
            # read_input opens without blocking and refuses all but a
            # regular file, check_regular does so without opening at all
            sha = _sha256(read_input(path, max_size)) if entry is not None else ""
            if entry is None:
                check_regular(path)
        except InputFileError as exc:
            failure = _read_failure(display, exc.message)
            outcome = DocumentOutcome(path, Status.FAILED, tuple(failure.diagnostics), failure.code)
            plan.outcomes[index] = outcome
            continue
        if entry is not None and _is_fresh(entry, out, sha, wanted):
            plan.entries[path.stem] = entry
            plan.outcomes[index] = DocumentOutcome(path, Status.SKIPPED)
            continue
        plan.todo.append((index, path.stem))
        plan.tasks.append(_Task(path, display, max_size))
    return plan


def _store(
    path: Path,
    out: Path,
    settings: BuildSettings,
    done: _Done,
    guard: _SourceGuard,
    leftovers: _Leftovers,
) -> tuple[DocumentOutcome, _Entry | None]:
    """Write one document's outputs; return its outcome and manifest entry.
    A write error names the file (E010); an output that is a link onto a
    source is not written (E014)."""
    result, sha = done.result, done.input_sha256
    diagnostics = tuple(result.diagnostics)
    if not result.outputs:
        return DocumentOutcome(path, Status.FAILED, diagnostics, result.code), None
    written: list[Path] = []
    hashes: dict[str, str] = {}
    for suffix, data in sorted(result.outputs.items()):
        target = out / (path.stem + suffix)
        source = guard.source_behind(target)
        if source is not None:
            message = (
                f"this output is a link onto {source}, among the sources; tei-encode never "
                "writes onto a source: remove the link"
            )
            diag = Diagnostic("E014", Severity.ERROR, message, Span(str(target)))
            return DocumentOutcome(path, Status.FAILED, (*diagnostics, diag), EXIT_IO), None
        try:
            _write(target, data)
        except OSError as exc:
            diag = _write_error(target, exc)
            return DocumentOutcome(path, Status.FAILED, (*diagnostics, diag), EXIT_IO), None
        leftovers.remove(target)
        written.append(target)
        hashes[target.name] = _sha256(data)
    entry = _Entry(path.name, sha, settings.to_json(), hashes)
    return DocumentOutcome(path, Status.ENCODED, diagnostics, EXIT_OK, tuple(written)), entry


class _Leftovers:
    """The temporary files that a process killed while writing left in OUT
    (``.NAME.XXXX.tmp``, see :func:`fileio.write_atomic`), removed once
    ``NAME`` itself is written. OUT is listed once per build, when first
    asked: a listing per file written made a build quadratic in its size."""

    def __init__(self, out: Path) -> None:
        self._out = out
        self._by_name: dict[str, list[Path]] | None = None

    def _index(self) -> dict[str, list[Path]]:
        if self._by_name is None:
            self._by_name = {}
            with suppress(OSError):
                for entry in os.scandir(self._out):
                    name = entry.name
                    if name.startswith(".") and name.endswith(".tmp"):
                        target, dot, _random = name[1:-4].rpartition(".")
                        if dot and target:
                            self._by_name.setdefault(target, []).append(Path(entry.path))
        return self._by_name

    def remove(self, target: Path) -> None:
        if not is_local(target):
            return
        for leftover in self._index().pop(target.name, []):
            with suppress(OSError):
                leftover.unlink()


def _write_error(target: Path, exc: OSError) -> Diagnostic:
    """E010 naming the file; the cause (errno) is in ``Span.col``-free form
    so that repeats can be told apart by message."""
    return Diagnostic(
        "E010", Severity.ERROR, f"cannot write: {exc.strerror or exc}", Span(str(target))
    )


class _OncePerCause:
    """Keeps the first E010 of each cause (the same message: "No space left
    on device", "Read-only file system") and counts the rest, so that a full
    disk gives one line and a count, not one line per document."""

    def __init__(self) -> None:
        self.first: dict[str, Diagnostic] = {}
        self.more: dict[str, list[str]] = {}

    def filter(self, outcome: DocumentOutcome) -> DocumentOutcome:
        kept: list[Diagnostic] = []
        for diag in outcome.diagnostics:
            if diag.code != "E010":
                kept.append(diag)
            elif diag.message not in self.first:
                self.first[diag.message] = diag
                kept.append(diag)
            else:
                self.more.setdefault(diag.message, []).append(diag.span.file)
        if len(kept) == len(outcome.diagnostics):
            return outcome
        return dataclasses.replace(outcome, diagnostics=tuple(kept))

    def summary(self) -> list[DocumentOutcome]:
        outcomes = []
        for message, files in self.more.items():
            first = self.first[message]
            shown = ", ".join(files[:3]) + (", …" if len(files) > 3 else "")
            text = f"{len(files)} more output(s) could not be written for the same reason ({shown})"
            diag = Diagnostic("E010", Severity.ERROR, f"{message}: {text}", first.span)
            outcomes.append(DocumentOutcome(Path(first.span.file), Status.NOTICE, (diag,), EXIT_IO))
        return outcomes


def _next_manifest(
    out: Path, plan: _Plan, stems: set[str]
) -> tuple[dict[str, _Entry], dict[str, _Stale]]:
    """The documents and stale outputs to record after this build (or after
    the part of it that ran).

    A document built or skipped now is recorded as now. One that failed, or
    that an interrupted build did not reach, keeps its earlier record (its
    outputs are still there and still ours) but can no longer be skipped.
    Outputs of a source that left the inputs, and outputs a rebuilt document
    no longer writes, join the stale ones; a stale output is forgotten once
    it is gone from OUT or a current document writes it again.
    """
    entries: dict[str, _Entry] = {}
    stale = dict(plan.previous.stale)
    for stem, old in plan.previous.entries.items():
        new = plan.entries.get(stem)
        if new is None and stem in stems:
            entries[stem] = dataclasses.replace(old, input_sha256="")  # never fresh
            continue
        for name, sha in old.outputs.items():
            if new is None or name not in new.outputs:
                stale[name] = _Stale(old.source, sha)
    entries.update(plan.entries)
    claimed = {name for entry in entries.values() for name in entry.outputs}
    stale = {
        name: item
        for name, item in sorted(stale.items())
        if name not in claimed and (out / name).exists()
    }
    return entries, stale


def _settle_stale(
    out: Path, stale: dict[str, _Stale], prune: bool, stems: set[str]
) -> tuple[list[DocumentOutcome], dict[str, _Stale]]:
    """Report the stale outputs (W601), or remove them with ``prune`` (I602)
    unless edited by hand (W602) or not removable (E010). One outcome per
    source; the stale outputs that remain."""
    by_source: dict[str, list[Diagnostic]] = {}
    remaining: dict[str, _Stale] = {}
    for name, item in sorted(stale.items()):
        target = out / name
        diagnostics = by_source.setdefault(item.source, [])
        why = (
            f"is no longer written for {item.source} with these settings"
            if Path(item.source).stem in stems
            else f"was built from {item.source}, which is not among the sources any more"
        )
        if not prune:
            message = f"{why}; kept (build --prune removes it)"
            diagnostics.append(Diagnostic("W601", Severity.WARNING, message, Span(str(target))))
            remaining[name] = item
            continue
        try:
            edited = _sha256(target.read_bytes()) != item.sha256
            if not edited:
                target.unlink()
        except OSError as exc:
            message = f"cannot remove it: {exc.strerror or exc}"
            diagnostics.append(Diagnostic("E010", Severity.ERROR, message, Span(str(target))))
            remaining[name] = item
            continue
        if edited:
            message = f"{why}, but it was edited since it was built; not removed"
            diagnostics.append(Diagnostic("W602", Severity.WARNING, message, Span(str(target))))
            remaining[name] = item
        else:
            message = f"removed: it {why}"
            diagnostics.append(Diagnostic("I602", Severity.INFO, message, Span(str(target))))
    outcomes = [
        DocumentOutcome(
            Path(source),
            Status.STALE if any(d.code != "I602" for d in diagnostics) else Status.PRUNED,
            tuple(diagnostics),
            EXIT_IO if any(d.severity is Severity.ERROR for d in diagnostics) else EXIT_OK,
        )
        for source, diagnostics in by_source.items()
    ]
    return outcomes, remaining


def _write_manifest(
    out: Path,
    entries: Mapping[str, _Entry],
    stale: Mapping[str, _Stale],
    guard: _SourceGuard | None = None,
) -> Diagnostic | None:
    """Rewrite the manifest only when it changes (a no-op build writes nothing).
    Ctrl-C cannot cut the write short (a second press while the first is
    handled used to lose the record). A failure is returned as E010."""
    data = manifest_bytes(dict(sorted(entries.items())), dict(sorted(stale.items())))
    target = out / MANIFEST_NAME
    try:
        if target.read_bytes() == data:
            return None
    except OSError:
        pass
    if guard is not None and (source := guard.source_behind(target)) is not None:
        message = f"the manifest is a link onto {source}, among the sources; not written"
        return Diagnostic("E014", Severity.ERROR, message, Span(str(target)))
    try:
        with _interrupts_deferred():
            _write(target, data)
    except OSError as exc:
        return _write_error(target, exc)
    return None


@contextmanager
def _interrupts_deferred() -> Generator[None, None, None]:
    """Hold SIGINT and SIGTERM until the block ends (only the main thread can)."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    held = (signal.SIGINT, signal.SIGTERM)
    previous = {
        number: signal.signal(number, lambda number, _frame: caught.append(number))
        for number in held
    }
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
    if signal.SIGTERM in caught:
        raise BuildTerminated
    if caught:
        raise KeyboardInterrupt


def build_collection(
    inputs: Sequence[Path],
    out: Path,
    settings: BuildSettings,
    *,
    jobs: int | None = None,
    progress: bool = False,
    report: Callable[[DocumentOutcome], None] | None = None,
    encode_one: EncodeOne = encode_document,
    prune: bool = False,
    scheduler: str | None = None,
    max_size: int = 0,
) -> BuildSummary:
    """Encode ``inputs`` into ``out``; skip what is up to date; never stop early.

    ``jobs`` is the number of worker processes (default ``os.cpu_count()``);
    1 runs everything in this process. ``encode_one`` must be a top-level
    function (or a :func:`functools.partial` of one) when ``jobs > 1``.
    ``report`` is called once per document, in input order, as soon as that
    document and all before it are done. ``progress`` allows a progress bar
    on stderr (the caller passes ``not quiet``). ``prune`` removes the outputs
    of sources that are gone (see the module's documentation); their
    outcomes come after the inputs' ones. ``scheduler`` (a Dask scheduler's
    address, or ``"local"`` for a cluster of ``jobs`` workers on this machine)
    runs the documents on Dask instead (see :mod:`encoder.distributed`).
    ``max_size`` bounds each input (0: :data:`encoder.fileio.DEFAULT_MAX_INPUT`).

    OUT is locked for the build: :class:`BuildLocked` when another build
    holds it, :class:`OutputFolderError` when it cannot be made. Each
    document written is journalled at once, so that even a killed build
    keeps its record. Raises :class:`ValueError` when two inputs would write
    the same output.
    """
    from .fileio import DEFAULT_MAX_INPUT

    stems = [p.stem for p in inputs]
    if len(set(stems)) != len(stems):
        raise ValueError("two inputs have the same name and would write the same outputs")
    with locked_out(out):
        return _build_locked(
            inputs,
            out,
            settings,
            jobs if jobs is not None else (os.cpu_count() or 1),
            progress,
            report,
            encode_one,
            prune,
            max_size or DEFAULT_MAX_INPUT,
            scheduler,
        )


def _build_locked(
    inputs: Sequence[Path],
    out: Path,
    settings: BuildSettings,
    workers: int,
    progress: bool,
    report: Callable[[DocumentOutcome], None] | None,
    encode_one: EncodeOne,
    prune: bool,
    max_size: int,
    scheduler: str | None,
) -> BuildSummary:
    stems = [p.stem for p in inputs]
    guard = _SourceGuard.of(inputs)
    plan = _plan(inputs, out, settings, max_size)
    bar = _Progress(len(inputs), progress)
    parts: dict[str, EditionPart] = {}
    results = _stored(plan.tasks, out, settings, workers, encode_one, scheduler, guard, parts)
    journal = _Journal(out)
    once = _OncePerCause()
    reported = 0

    def flush() -> None:
        nonlocal reported
        while reported < len(inputs) and plan.outcomes[reported] is not None:
            outcome = plan.outcomes[reported]
            assert outcome is not None
            if report is not None:
                bar.report(partial(report, outcome))
            bar.advance()
            reported += 1

    current = set(stems)
    try:
        flush()
        for position, (outcome, entry) in results:
            index, stem = plan.todo[position]
            plan.outcomes[index] = once.filter(outcome)
            if entry is not None:
                plan.entries[stem] = entry
                journal.record(stem, entry)
            flush()
        bar.close()
        entries, stale = _next_manifest(out, plan, current)
        settled, stale = _settle_stale(out, stale, prune, current)
        settled = once.summary() + settled
        for outcome in settled:
            if report is not None:
                report(outcome)
    except KeyboardInterrupt:
        # What is written is recorded, so that the next build skips it.
        with _interrupts_deferred():
            if _write_manifest(out, *_next_manifest(out, plan, current), guard) is None:
                journal.remove()
        raise
    finally:
        bar.close()
        results.close()
    outcomes = tuple(o for o in plan.outcomes if o is not None) + tuple(settled)
    problem = _write_manifest(out, entries, stale, guard)
    if problem is None:
        journal.remove()
    else:
        failure = DocumentOutcome(Path(problem.span.file), Status.NOTICE, (problem,), EXIT_IO)
        if report is not None:
            report(failure)
        outcomes += (failure,)
    return BuildSummary(
        encoded=sum(o.status is Status.ENCODED for o in outcomes),
        skipped=sum(o.status is Status.SKIPPED for o in outcomes),
        failed=sum(o.status is Status.FAILED for o in outcomes),
        outcomes=outcomes,
        parts=parts,
    )
