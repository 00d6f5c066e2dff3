"""Collection builds on Dask: ``tei-encode build --scheduler ADDRESS|local``.

The client (the process running ``build``) plans the build and keeps the
manifest exactly as a local build does (:mod:`encoder.collection`); only the
per-document work moves. Batches of documents go to the Dask workers; each
worker reads its inputs, encodes them with the build's own function, writes
the outputs itself (to a folder every worker sees, or an fsspec URL: see
:mod:`encoder.stores`) and sends back only each document's outcome and
manifest entry (the hashes of what it wrote). The client records them as
they arrive, so a cluster build writes the same bytes and the same manifest
as a local one.

Batches are sized like the local build's chunks, for the cluster's worker
threads: about four per thread, but at most 64 documents each (a local
chunk has at most 16). At most two batches per thread wait on the cluster
at a time, so that neither the client's memory nor the scheduler's queue
grows with the collection.

Failures: a document that fails is its own outcome, as in a local build. A
worker lost mid-batch (killed, out of memory, its machine gone) makes Dask
run the batch again on another worker; after
``distributed.scheduler.allowed-failures`` losses, or when the scheduler
itself is lost, the batch's documents fail (E998) and the others go on.
On Ctrl-C the client records what has finished and cancels the rest: a
batch already running still writes its outputs, which the next build
(finding them unrecorded) writes again, the same bytes.

A worker must run the same tei-encoder code as the client (the manifest
records the client's): a batch on a worker whose code differs fails
(E997) instead of writing different bytes.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Generator, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Final

from .collection import (
    _CHUNKS_AHEAD,
    BuildSettings,
    DocumentOutcome,
    EncodeOne,
    Status,
    Stored,
    _Entry,
    _Leftovers,
    _run_one,
    _SourceGuard,
    _store,
    _Task,
    code_fingerprint,
)
from .diagnostics import EXIT_INTERNAL, Diagnostic, Severity, Span
from .stores import INSTALL_HINT, MissingExtraError

if TYPE_CHECKING:
    from distributed import Client

LOCAL: Final = "local"
# How long to wait for a scheduler to answer, and then for its first worker.
CONNECT_TIMEOUT: Final = "20s"
WORKERS_TIMEOUT_S: Final = 120.0
# Dask settings for the workers of --scheduler local. Each timer wakes a
# thread that must take the GIL from the one encoding; on busy cores every
# such hand-over waits for the OS to run that thread. The statistical
# profiler (every 10 ms) serves only the dashboard; the others are slowed.
QUIET_WORKERS: Final = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "1s",
}
# Documents per batch at most. A Dask task costs more than a task of the
# local pool (the scheduler, its messages, the GIL handed between the
# worker's event loop and the encoding thread): on 2000 small documents,
# batches of up to 64 took 7% less CPU than batches of up to 16. A lost
# worker costs at most two batches done again.
_MAX_BATCH: Final = 64
# How often the client asks how many worker threads the cluster has now, so
# that workers joining during the build get work too.
RECOUNT_S: Final = 5.0


class ClusterError(RuntimeError):
    """The cluster cannot run the build (unreachable, or other code on it)."""


def require_dask() -> None:
    """Raise :class:`MissingExtraError` unless Dask's distributed is installed."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise MissingExtraError(f"--scheduler needs Dask: {INSTALL_HINT}") from None


Batch = list[tuple[DocumentOutcome, _Entry | None]]


def encode_batch(
    tasks: list[_Task],
    out: Path,
    settings: BuildSettings,
    encode_one: EncodeOne,
    code: str,
) -> Batch:
    """On a worker: read, encode and write each document of a batch, as a
    local build does. Never raises for one document; ``code`` is the
    client's :func:`code_fingerprint`."""
    if code_fingerprint() != code:
        message = (
            "this Dask worker runs other tei-encoder code than the client; install the "
            "same version on every worker"
        )
        return [_failed(task, "E997", message) for task in tasks]
    guard = _SourceGuard.of([t.path for t in tasks])  # never write onto a source
    leftovers = _Leftovers(out)
    return [
        _store(t.path, out, settings, _run_one(encode_one, t, settings), guard, leftovers)
        for t in tasks
    ]


def _failed(task: _Task, code: str, message: str) -> tuple[DocumentOutcome, None]:
    diag = Diagnostic(code, Severity.ERROR, message, Span(task.display))
    return DocumentOutcome(task.path, Status.FAILED, (diag,), EXIT_INTERNAL), None


def _absolute(path: Path) -> Path:
    """A local path as workers must see it (their working folder is not the
    client's); a URL as it is."""
    return path.absolute() if isinstance(path, Path) else path


@contextmanager
def _connect(scheduler: str, jobs: int) -> Iterator[Client]:
    """A client of the scheduler at ``scheduler``, or of a new cluster of
    ``jobs`` single-threaded worker processes on this machine."""
    import dask
    from distributed import Client, LocalCluster

    if scheduler == LOCAL:
        with (
            dask.config.set(QUIET_WORKERS),
            LocalCluster(
                n_workers=jobs,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",  # 8787 may be another cluster's
                silence_logs=logging.ERROR,  # its warnings as it closes on Ctrl-C
            ) as cluster,
            Client(cluster) as client,
        ):
            client.run(_ignore_interrupts)
            yield client
        return
    try:
        client = Client(scheduler, timeout=CONNECT_TIMEOUT)
    except (OSError, ValueError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    with client:
        yield client


def _ignore_interrupts() -> None:
    """In a worker of ``--scheduler local``: Ctrl-C in the terminal reaches
    the workers too; leave it to the client, which records what is finished
    and closes the cluster (a worker that took it died with a traceback)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _check_workers(client: Client) -> int:
    """The number of worker threads once there is a worker; refuse workers
    that run other code."""
    try:
        client.wait_for_workers(1, timeout=WORKERS_TIMEOUT_S)
    except TimeoutError:
        message = f"no Dask worker joined the scheduler within {WORKERS_TIMEOUT_S:.0f} s"
        raise ClusterError(message) from None
    try:
        codes = client.run(code_fingerprint)
    except Exception as exc:  # the workers cannot import encoder, or died
        raise ClusterError(f"the Dask workers cannot run tei-encoder: {exc}") from None
    other = sorted(worker for worker, code in codes.items() if code != code_fingerprint())
    if other:
        raise ClusterError(
            f"{len(other)} Dask worker(s) run other tei-encoder code than this client "
            f"({', '.join(other)}); install the same version on every worker"
        )
    return _threads(client)


def _threads(client: Client) -> int:
    threads: dict[str, int] = client.nthreads()
    return max(1, sum(threads.values()))


def store_on_dask(
    tasks: Sequence[_Task],
    out: Path,
    settings: BuildSettings,
    scheduler: str,
    jobs: int,
    encode_one: EncodeOne,
) -> Generator[Stored, None, None]:
    """Each document's position, outcome and manifest entry, as each batch
    finishes on the cluster (in any order)."""
    if not tasks:
        return
    from distributed import as_completed

    target = _absolute(out)
    code = code_fingerprint()
    with _connect(scheduler, jobs) as client:
        threads = _check_workers(client)
        size = max(1, min(_MAX_BATCH, len(tasks) // (threads * 4)))
        firsts = iter(range(0, len(tasks), size))
        waiting = as_completed()
        starts: dict[object, int] = {}  # future → position of its first document
        counted = time.monotonic()

        def top_up() -> None:
            nonlocal threads, counted
            if time.monotonic() - counted > RECOUNT_S:
                threads, counted = _threads(client), time.monotonic()
            while len(starts) < threads * _CHUNKS_AHEAD:
                start = next(firsts, None)
                if start is None:
                    return
                # Made here, batch by batch: no second list of every task.
                batch = [_Task(_absolute(t.path), t.display) for t in tasks[start : start + size]]
                future = client.submit(
                    encode_batch, batch, target, settings, encode_one, code, pure=False
                )
                starts[future] = start
                waiting.add(future)

        try:
            top_up()
            for future in waiting:
                start = starts.pop(future)
                top_up()  # before recording, so that the workers stay busy
                try:
                    results: Batch = future.result()
                except Exception as exc:  # lost too often, the scheduler gone, a bug
                    lost = tasks[start : start + size]
                    results = [_failed(task, "E998", _why_lost(exc)) for task in lost]
                for offset, (outcome, entry) in enumerate(results):
                    yield start + offset, (_as_given(outcome, tasks[start + offset], out), entry)
        finally:
            client.cancel(list(starts))


def _why_lost(exc: Exception) -> str:
    from concurrent.futures import CancelledError

    from distributed import KilledWorker

    if isinstance(exc, KilledWorker):
        why = "the Dask workers encoding it were lost"
    elif isinstance(exc, CancelledError):  # the client closed its futures
        why = "the connection to the Dask scheduler was lost"
    else:  # encode_batch raised: not an input's fault
        why = f"its batch failed on the cluster ({type(exc).__name__}: {exc})"
    return f"{why}; the next build tries it again"


def _as_given(outcome: DocumentOutcome, task: _Task, out: Path) -> DocumentOutcome:
    """The outcome with the paths as the user gave them, as a local build reports them."""
    written = tuple(out / path.name for path in outcome.written)
    return dataclasses.replace(outcome, path=task.path, written=written)
