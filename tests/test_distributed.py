"""Collection builds on Dask (``build --scheduler``): the same bytes and manifest
as a local build, through a real scheduler and two workers, each a separate
``dask`` process on 127.0.0.1 (random free ports, always torn down).

Every wait is bounded; no test looks at timings.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pytest

from encoder.bench import SOURCES, TranscriptParts
from encoder.cli import main
from encoder.collection import (
    MANIFEST_NAME,
    BuildSettings,
    DocumentOutcome,
    DocumentResult,
    Status,
    build_collection,
    encode_document,
)
from encoder.publish import COLLECTION_NAMES, PARTS_NAME, RECORD_NAME

pytest.importorskip("distributed")

DOCUMENTS = 12
READY_TIMEOUT_S = 60.0
TESTS = Path(__file__).resolve().parent


@dataclass
class Cluster:
    address: str
    workers: list[subprocess.Popen[bytes]]


def _start(args: list[str], log: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    with log.open("wb") as sink:
        return subprocess.Popen(
            [sys.executable, "-m", "dask", *args],
            stdout=sink,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,  # so that its whole process group can be ended
        )


def _end(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


@contextmanager
def dask_cluster(tmp: Path, workers: int = 2, **config: str) -> Iterator[Cluster]:
    """``dask scheduler`` and ``workers`` × ``dask worker`` (one thread, no
    nanny: a killed worker stays dead). ``config`` sets Dask options, e.g.
    ``distributed__scheduler__allowed_failures="0"``. The workers import this
    module's encoders, so tests/ is on their path."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(TESTS), env.get("PYTHONPATH")]))
    env.update({f"DASK_{key.upper()}": value for key, value in config.items()})
    tmp.mkdir(parents=True, exist_ok=True)
    file = tmp / "scheduler.json"
    common = ["--host", "127.0.0.1", "--no-dashboard"]
    procs = [
        _start(
            ["scheduler", *common, "--port", "0", "--scheduler-file", str(file)],
            tmp / "scheduler.log",
            {**env, "DASK_DISTRIBUTED__SCHEDULER__IDLE_TIMEOUT": "300s"},  # a safety net
        )
    ]
    try:
        for number in range(workers):
            worker = ["worker", *common, "--scheduler-file", str(file), "--nthreads", "1"]
            worker += ["--no-nanny", "--death-timeout", "60"]
            worker += ["--local-directory", str(tmp / f"w{number}")]
            procs.append(_start(worker, tmp / f"worker{number}.log", env))
        from distributed import Client

        deadline = time.monotonic() + READY_TIMEOUT_S
        while not file.exists() or not file.read_text().strip():
            assert time.monotonic() < deadline, (tmp / "scheduler.log").read_text()
            assert procs[0].poll() is None, (tmp / "scheduler.log").read_text()
            time.sleep(0.1)
        address = json.loads(file.read_text())["address"]
        if workers:
            with Client(address, timeout="30s") as client:
                client.wait_for_workers(workers, timeout=READY_TIMEOUT_S)
        yield Cluster(address, procs[1:])
    finally:
        for proc in reversed(procs):
            _end(proc)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    with dask_cluster(tmp_path_factory.mktemp("dask")) as running:
        yield running


def make_sources(folder: Path, count: int = DOCUMENTS, broken: bool = True) -> Path:
    """``count`` synthetic transcripts (the benchmark's) and, with ``broken``,
    one that fails (an empty file)."""
    parts = TranscriptParts.split(sorted(SOURCES.glob("*.txt"))[0].read_text(encoding="utf-8"))
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        text = parts.excerpt(3, number)
        (folder / f"doc-{number:03d}.txt").write_text(text, encoding="utf-8")
    if broken:
        (folder / "doc-broken.txt").write_bytes(b"")
    return folder


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (the manifest too) by its relative name."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def build(*args: str) -> int:
    return main(["-q", "build", *args])


@pytest.fixture
def local_build(tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    """The sources and what ``build --jobs 1`` makes of them (absolute paths,
    so that a file:// URL names the same files)."""
    sources = make_sources(tmp_path / "src")
    assert build("--sources", str(sources), "--out", str(tmp_path / "local"), "-j", "1") == 6
    return sources, tree(tmp_path / "local")


def test_a_cluster_build_writes_the_same_bytes_and_manifest_as_a_local_one(
    cluster: Cluster, local_build: tuple[Path, dict[str, bytes]], tmp_path: Path
) -> None:
    sources, expected = local_build
    out = tmp_path / "cluster"
    # One failing document (exit 6) stops none of the others.
    assert build("--sources", str(sources), "--out", str(out), "--scheduler", cluster.address) == 6
    assert tree(out) == expected
    # each document's .xml and .html, the manifest, the collection's files, their record
    # and the editions' parts of them (read by the local workers, by the parent on Dask)
    assert MANIFEST_NAME in expected and RECORD_NAME in expected and PARTS_NAME in expected
    assert len(expected) == 2 * DOCUMENTS + 1 + len(COLLECTION_NAMES) + 2
    # The second build skips everything, like a local one.
    assert build("--sources", str(sources), "--out", str(out), "--scheduler", cluster.address) == 6
    assert tree(out) == expected


def test_file_urls_name_the_same_files_as_local_paths(
    cluster: Cluster, local_build: tuple[Path, dict[str, bytes]], tmp_path: Path
) -> None:
    sources, expected = local_build
    out = tmp_path / "by-url"
    url = f"file://{sources}"
    assert build("--sources", url, "--out", f"file://{out}", "--scheduler", cluster.address) == 6
    assert tree(out) == expected


def test_scheduler_local_starts_its_own_workers(
    local_build: tuple[Path, dict[str, bytes]], tmp_path: Path
) -> None:
    sources, expected = local_build
    out = tmp_path / "local-cluster"
    assert build("--sources", str(sources), "--out", str(out), "--scheduler", "local") == 6
    assert tree(out) == expected


def gated_encode(gate: str, data: bytes, display: str, settings: BuildSettings) -> DocumentResult:
    """The real encoder, except that documents numbered 8 and above wait (at
    most a minute) until the file ``gate`` exists. Top level: workers import it."""
    if int(Path(display).stem.rsplit("-", 1)[1]) >= 8:
        deadline = time.monotonic() + 60
        while not os.path.exists(gate) and time.monotonic() < deadline:
            time.sleep(0.05)
    return encode_document(data, display, settings)


def test_a_worker_killed_mid_build_loses_no_finished_document(tmp_path: Path) -> None:
    sources = make_sources(tmp_path / "src", count=24, broken=False)
    inputs = sorted(sources.glob("*.txt"))
    expected_out = tmp_path / "local"
    build_collection(inputs, expected_out, BuildSettings(), jobs=1)
    gate = tmp_path / "gate"
    out = tmp_path / "out"
    reported: list[DocumentOutcome] = []
    # allowed-failures 0: the batch a lost worker was running fails at once
    # (by default Dask runs it again elsewhere), so that the rerun has work.
    with dask_cluster(tmp_path / "dask", distributed__scheduler__allowed_failures="0") as running:

        def report(outcome: DocumentOutcome) -> None:
            reported.append(outcome)
            if len(reported) == 6:  # documents 0-7 are done; 8 and on wait at the gate
                victim = running.workers[0]
                os.killpg(victim.pid, signal.SIGKILL)
                victim.wait(timeout=30)
                gate.touch()

        summary = build_collection(
            inputs,
            out,
            BuildSettings(),
            report=report,
            encode_one=partial(gated_encode, str(gate)),
            scheduler=running.address,
        )
    assert gate.exists(), "the build ended before the worker was killed"
    finished = [o.path.stem for o in reported[:6]]
    assert all(o.status is Status.ENCODED for o in reported[:6])
    recorded = json.loads((out / MANIFEST_NAME).read_bytes())["documents"]
    assert set(finished) <= set(recorded)
    failed = {o.path.stem for o in summary.outcomes if o.status is Status.FAILED}
    assert all(
        d.code == "E998"
        for o in summary.outcomes
        if o.status is Status.FAILED
        for d in o.diagnostics
    )
    # The rerun (here, without Dask) encodes only what the first did not finish.
    again = build_collection(inputs, out, BuildSettings(), jobs=1)
    assert {o.path.stem for o in again.outcomes if o.status is Status.ENCODED} == failed
    assert again.failed == 0
    assert tree(out) == tree(expected_out)


def test_memory_urls_through_fsspec(tmp_path: Path) -> None:
    """Sources and outputs in fsspec's in-memory store: a build here, then on
    an in-process cluster (its workers share this process's memory store)."""
    import fsspec
    from distributed import LocalCluster

    store = fsspec.filesystem("memory")
    sources = make_sources(tmp_path / "src", count=4)
    for path in sources.iterdir():
        store.pipe(f"/tei-test/src/{path.name}", path.read_bytes())
    try:
        src = "memory://tei-test/src"
        assert build("--sources", src, "--out", "memory://tei-test/here", "-j", "1") == 6
        here = store.ls("/tei-test/here", detail=False)
        assert len(here) == 2 * 4 + 1
        with LocalCluster(n_workers=1, processes=False, dashboard_address=":0") as local:
            address = local.scheduler_address
            dask_out = "memory://tei-test/dask"
            assert build("--sources", src, "--out", dask_out, "--scheduler", address) == 6
        for name in (p.rsplit("/", 1)[1] for p in here):
            assert store.cat(f"/tei-test/dask/{name}") == store.cat(f"/tei-test/here/{name}")
        # The manifest read back through fsspec: nothing left to do.
        assert build("--sources", src, "--out", "memory://tei-test/here", "-j", "1") == 6
        assert store.cat(f"/tei-test/here/{MANIFEST_NAME}") == store.cat(
            f"/tei-test/dask/{MANIFEST_NAME}"
        )
    finally:
        store.rm("/tei-test", recursive=True)


def test_without_the_extra_the_build_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    sources = make_sources(tmp_path / "src", count=1, broken=False)
    monkeypatch.setitem(sys.modules, "distributed", None)  # import fails
    monkeypatch.setitem(sys.modules, "upath", None)
    assert build("--sources", str(sources), "--out", str(tmp_path), "--scheduler", "local") == 2
    assert "pip install 'tei-encoder[distributed]'" in capsys.readouterr().err
    assert build("--sources", "memory://x/src", "--out", str(tmp_path), "-j", "1") == 2
    assert "pip install 'tei-encoder[distributed]'" in capsys.readouterr().err
    assert not (tmp_path / MANIFEST_NAME).exists()


def test_jobs_with_a_remote_scheduler_is_a_usage_error(tmp_path: Path) -> None:
    sources = make_sources(tmp_path / "src", count=1, broken=False)
    args = ["--sources", str(sources), "--out", str(tmp_path / "out")]
    assert build(*args, "--scheduler", "tcp://127.0.0.1:1", "-j", "2") == 2


def test_an_unreachable_scheduler_is_one_error_not_a_failure_per_document(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import socket

    import encoder.distributed

    monkeypatch.setattr(encoder.distributed, "CONNECT_TIMEOUT", "2s")
    with socket.socket() as probe:  # a free port that nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sources = make_sources(tmp_path / "src", count=3, broken=False)
    args = ["--sources", str(sources), "--out", str(tmp_path / "out")]
    assert build(*args, "--scheduler", f"tcp://127.0.0.1:{port}") == 2
    err = capsys.readouterr().err
    assert err.count("error[E030]") == 1 and "cannot reach the Dask scheduler" in err


def test_an_interrupted_cluster_build_keeps_what_it_finished(
    cluster: Cluster, tmp_path: Path
) -> None:
    """Ctrl-C (here raised while the sixth document is reported): the client
    records what has finished, and the next build does only the rest."""
    sources = make_sources(tmp_path / "src", count=24, broken=False)
    inputs = sorted(sources.glob("*.txt"))
    out = tmp_path / "out"
    reported: list[DocumentOutcome] = []

    def report(outcome: DocumentOutcome) -> None:
        reported.append(outcome)
        if len(reported) == 6:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build_collection(inputs, out, BuildSettings(), report=report, scheduler=cluster.address)
    recorded = json.loads((out / MANIFEST_NAME).read_bytes())["documents"]
    assert {o.path.stem for o in reported} <= set(recorded)
    again = build_collection(inputs, out, BuildSettings(), scheduler=cluster.address)
    assert again.failed == 0
    assert again.skipped == len(recorded) and again.encoded == len(inputs) - len(recorded)


def test_a_url_whose_file_system_is_not_installed_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import importlib.util

    assert build("--sources", "nosuch://bucket/src", "--out", str(tmp_path)) == 2
    assert "error[E031]" in capsys.readouterr().err
    if importlib.util.find_spec("s3fs") is None:
        assert build("--sources", "s3://bucket/src", "--out", str(tmp_path)) == 2
        assert "s3fs" in capsys.readouterr().err


def test_a_scheduler_without_workers_is_one_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import encoder.distributed

    monkeypatch.setattr(encoder.distributed, "WORKERS_TIMEOUT_S", 1.0)
    sources = make_sources(tmp_path / "src", count=2, broken=False)
    with dask_cluster(tmp_path / "dask", workers=0) as empty:
        args = ["--sources", str(sources), "--out", str(tmp_path / "out")]
        assert build(*args, "--scheduler", empty.address) == 2
    err = capsys.readouterr().err
    assert err.count("error[E030]") == 1 and "no Dask worker joined" in err
    assert not (tmp_path / "out").exists()
