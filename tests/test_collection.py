"""Building a collection: incremental skips, failures counted, parallel = serial.

The encoder used here is :func:`encode_for_tests`, the real pipeline without
the schema check, so that these tests do not depend on ``encoder.validate``;
one test runs the real :func:`encoder.collection.encode_document` when that
module is there. No test looks at timings.
"""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path

import pytest

from encoder.collection import (
    MANIFEST_NAME,
    BuildSettings,
    BuildSummary,
    DocumentOutcome,
    DocumentResult,
    Status,
    build_collection,
    encode_document,
)
from encoder.diagnostics import EXIT_INPUT
from encoder.pipeline import encode_bytes
from encoder.tei import Options

TRANSCRIPT = """\
August 1, 1958

Conversation of A. Smith with B. Jones, number {n}

MAO ZEDONG. We have therefore gathered here, time {n}.[1]

N.S. KHRUSHCHEV. Who says so?

MAO ZEDONG. The press says so.

[1] A note for document {n}.
"""


def encode_for_tests(data: bytes, display: str, settings: BuildSettings) -> DocumentResult:
    """The real pipeline and HTML writer, minus the schema check (top level: it pickles)."""
    options = Options(source_date_epoch=settings.source_date_epoch)
    result = encode_bytes(data, display, options, settings.encoding)
    if result.xml is None:
        return DocumentResult({}, list(result.diagnostics), EXIT_INPUT)
    outputs = {".xml": result.xml}
    if settings.html:
        from encoder.html import render_html
        from encoder.xmlio import parse_xml_bytes

        outputs[".html"] = render_html(parse_xml_bytes(result.xml))
    return DocumentResult(outputs, list(result.diagnostics))


def misbehave_at(
    name: str, action: str, data: bytes, display: str, settings: BuildSettings
) -> DocumentResult:
    """The test encoder, except on the document ``name``: "raise" an error,
    "interrupt" (Ctrl-C while it is encoded), "die" (the worker killed
    outright, as by the out-of-memory killer) or "die-later" (the same after
    two seconds). Top level, so that ``partial(misbehave_at, …)`` pickles."""
    if display.endswith(name):
        if action == "raise":
            raise RuntimeError("boom")
        if action == "interrupt":
            raise KeyboardInterrupt
        if action == "die-later":
            import time

            time.sleep(2)
        os._exit(9)
    return encode_for_tests(data, display, settings)


def make_sources(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"doc-{n:02d}.txt"
        path.write_text(TRANSCRIPT.format(n=n), encoding="utf-8")
        paths.append(path)
    return paths


def build(
    inputs: list[Path],
    out: Path,
    settings: BuildSettings | None = None,
    jobs: int = 1,
    prune: bool = False,
) -> BuildSummary:
    return build_collection(
        inputs,
        out,
        settings or BuildSettings(),
        jobs=jobs,
        encode_one=encode_for_tests,
        prune=prune,
    )


def statuses(summary: BuildSummary) -> dict[str, Status]:
    return {o.path.name: o.status for o in summary.outcomes}


def outputs_of(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


def test_first_build_encodes_everything_and_writes_a_manifest(tmp_path: Path) -> None:
    inputs = make_sources(tmp_path / "src", 3)
    summary = build(inputs, tmp_path / "out")
    assert (summary.encoded, summary.skipped, summary.failed) == (3, 0, 0)
    assert summary.format() == "3 encoded, 0 skipped, 0 failed"
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == sorted(
        [MANIFEST_NAME] + [f"doc-{n:02d}{suffix}" for n in range(3) for suffix in (".xml", ".html")]
    )


def test_second_build_skips_everything_and_rewrites_nothing(tmp_path: Path) -> None:
    inputs = make_sources(tmp_path / "src", 3)
    out = tmp_path / "out"
    build(inputs, out)
    before = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    summary = build(inputs, out)
    assert (summary.encoded, summary.skipped, summary.failed) == (0, 3, 0)
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir()} == before


def test_changing_one_input_rebuilds_only_it(tmp_path: Path) -> None:
    inputs = make_sources(tmp_path / "src", 3)
    out = tmp_path / "out"
    build(inputs, out)
    inputs[1].write_text(TRANSCRIPT.format(n=99), encoding="utf-8")
    summary = build(inputs, out)
    assert statuses(summary) == {
        "doc-00.txt": Status.SKIPPED,
        "doc-01.txt": Status.ENCODED,
        "doc-02.txt": Status.SKIPPED,
    }
    assert b"time 99" in (out / "doc-01.xml").read_bytes()


def test_touching_an_input_without_changing_it_rebuilds_nothing(tmp_path: Path) -> None:
    """Freshness is by content (sha256), not by modification time."""
    inputs = make_sources(tmp_path / "src", 2)
    out = tmp_path / "out"
    build(inputs, out)
    os.utime(inputs[0], ns=(0, 0))
    assert build(inputs, out).skipped == 2


def test_deleting_an_output_rebuilds_its_document(tmp_path: Path) -> None:
    inputs = make_sources(tmp_path / "src", 3)
    out = tmp_path / "out"
    build(inputs, out)
    (out / "doc-02.html").unlink()
    summary = build(inputs, out)
    assert statuses(summary)["doc-02.txt"] is Status.ENCODED
    assert (summary.encoded, summary.skipped) == (1, 2)
    assert (out / "doc-02.html").exists()


def test_editing_an_output_by_hand_rebuilds_its_document(tmp_path: Path) -> None:
    inputs = make_sources(tmp_path / "src", 2)
    out = tmp_path / "out"
    first = build(inputs, out)
    assert first.encoded == 2
    pristine = (out / "doc-00.xml").read_bytes()
    (out / "doc-00.xml").write_bytes(b"edited by hand\n")
    assert statuses(build(inputs, out))["doc-00.txt"] is Status.ENCODED
    assert (out / "doc-00.xml").read_bytes() == pristine


def test_changing_options_rebuilds_everything(tmp_path: Path) -> None:
    inputs = make_sources(tmp_path / "src", 2)
    out = tmp_path / "out"
    build(inputs, out)
    assert build(inputs, out, BuildSettings(source_date_epoch=0)).encoded == 2
    assert build(inputs, out, BuildSettings(source_date_epoch=0)).skipped == 2
    assert build(inputs, out, BuildSettings(source_date_epoch=0, html=False)).encoded == 2


def test_a_foreign_or_broken_manifest_means_a_full_rebuild(tmp_path: Path) -> None:
    inputs = make_sources(tmp_path / "src", 2)
    out = tmp_path / "out"
    build(inputs, out)
    (out / MANIFEST_NAME).write_text("{not json", encoding="utf-8")
    assert build(inputs, out).encoded == 2
    assert build(inputs, out).skipped == 2


def test_a_failing_document_does_not_stop_the_others(tmp_path: Path) -> None:
    inputs = make_sources(tmp_path / "src", 3)
    empty = tmp_path / "src" / "doc-01b.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "src" / "doc-01c.txt"  # never created: cannot be read
    everything = sorted([*inputs, empty, missing])
    seen: list[DocumentOutcome] = []
    summary = build_collection(
        everything,
        tmp_path / "out",
        BuildSettings(),
        jobs=1,
        report=seen.append,
        encode_one=encode_for_tests,
    )
    assert (summary.encoded, summary.skipped, summary.failed) == (3, 0, 2)
    assert [o.path for o in seen] == everything  # reported in input order
    failed = {o.path.name: o for o in summary.outcomes if o.status is Status.FAILED}
    assert sorted(failed) == ["doc-01b.txt", "doc-01c.txt"]
    assert [d.code for d in failed["doc-01b.txt"].diagnostics] == ["E006"]
    assert [d.code for d in failed["doc-01c.txt"].diagnostics] == ["E000"]
    assert all(o.code == EXIT_INPUT for o in failed.values())
    # A failed document is not recorded, so the next build tries it again.
    again = build(everything, tmp_path / "out")
    assert (again.encoded, again.skipped, again.failed) == (0, 3, 2)


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_exception_in_the_encoder_fails_only_its_document(tmp_path: Path, jobs: int) -> None:
    inputs = make_sources(tmp_path / "src", 4)
    summary = build_collection(
        inputs,
        tmp_path / "out",
        BuildSettings(),
        jobs=jobs,
        encode_one=partial(misbehave_at, "doc-01.txt", "raise"),
    )
    assert (summary.encoded, summary.failed) == (3, 1)
    (broken,) = [o for o in summary.outcomes if o.status is Status.FAILED]
    assert broken.path.name == "doc-01.txt"
    assert broken.diagnostics[0].code == "E999"
    assert "RuntimeError: boom" in broken.diagnostics[0].message


def test_jobs_2_writes_the_same_bytes_as_jobs_1(tmp_path: Path) -> None:
    inputs = make_sources(tmp_path / "src", 40)
    inputs.append(tmp_path / "src" / "empty.txt")
    inputs[-1].write_bytes(b"")
    serial = build(inputs, tmp_path / "serial", jobs=1)
    parallel = build(inputs, tmp_path / "parallel", jobs=2)
    assert (serial.encoded, serial.failed) == (parallel.encoded, parallel.failed) == (40, 1)
    assert [(o.path, o.status, o.diagnostics) for o in serial.outcomes] == [
        (o.path, o.status, o.diagnostics) for o in parallel.outcomes
    ]
    assert outputs_of(tmp_path / "serial") == outputs_of(tmp_path / "parallel")


def test_the_manifest_is_deterministic(tmp_path: Path) -> None:
    inputs = make_sources(tmp_path / "src", 5)
    build(inputs, tmp_path / "a")
    build(list(reversed(inputs)), tmp_path / "b", jobs=2)
    manifest = (tmp_path / "a" / MANIFEST_NAME).read_bytes()
    assert manifest == (tmp_path / "b" / MANIFEST_NAME).read_bytes()
    assert manifest.endswith(b"}\n") and b"\r" not in manifest
    assert str(tmp_path).encode() not in manifest  # no absolute paths
    # A no-op build leaves it alone; so does rebuilding one document.
    build(inputs, tmp_path / "a")
    assert (tmp_path / "a" / MANIFEST_NAME).read_bytes() == manifest
    (tmp_path / "a" / "doc-03.xml").unlink()
    build(inputs, tmp_path / "a")
    assert (tmp_path / "a" / MANIFEST_NAME).read_bytes() == manifest


def test_two_inputs_with_one_name_are_refused(tmp_path: Path) -> None:
    first = make_sources(tmp_path / "a", 1)
    second = make_sources(tmp_path / "b", 1)
    with pytest.raises(ValueError, match="same name"):
        build([*first, *second], tmp_path / "out")


def test_the_real_encoder_validates_and_renders(tmp_path: Path) -> None:
    pytest.importorskip("encoder.validate")
    inputs = make_sources(tmp_path / "src", 2)
    summary = build_collection(
        inputs, tmp_path / "out", BuildSettings(), jobs=2, encode_one=encode_document
    )
    assert (summary.encoded, summary.failed) == (2, 0), summary.outcomes
    assert (tmp_path / "out" / "doc-00.html").exists()


def test_the_benchmarks_synthetic_transcripts_encode_cleanly(repo_root: Path) -> None:
    """encoder.bench repeats the bundled conversation with renumbered notes."""
    from encoder.bench import TranscriptParts

    source = sorted((repo_root / "sources").glob("*.txt"))[0].read_text(encoding="utf-8")
    parts = TranscriptParts.split(source)
    assert parts.repeat(1) == source
    for text in (parts.repeat(2), parts.excerpt(4, 7)):
        result = encode_bytes(text.encode("utf-8"), "synthetic.txt")
        errors = [d.format() for d in result.diagnostics if d.severity.value == "error"]
        assert result.xml is not None, errors
    doubled = encode_bytes(parts.repeat(2).encode("utf-8"), "synthetic.txt").xml
    single = encode_bytes(source.encode("utf-8"), "synthetic.txt").xml
    assert doubled is not None and single is not None
    assert doubled.count(b"<note ") > single.count(b"<note ")


def test_an_interrupted_build_keeps_what_it_finished_and_the_next_resumes(
    tmp_path: Path,
) -> None:
    inputs = make_sources(tmp_path / "src", 5)
    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt):
        build_collection(
            inputs,
            out,
            BuildSettings(html=False),
            jobs=1,
            encode_one=partial(misbehave_at, "doc-02.txt", "interrupt"),
        )
    # the two finished documents are written and recorded; nothing else is there
    assert sorted(p.name for p in out.iterdir()) == [MANIFEST_NAME, "doc-00.xml", "doc-01.xml"]
    resumed = build(inputs, out, BuildSettings(html=False))
    assert statuses(resumed) == {
        "doc-00.txt": Status.SKIPPED,
        "doc-01.txt": Status.SKIPPED,
        "doc-02.txt": Status.ENCODED,
        "doc-03.txt": Status.ENCODED,
        "doc-04.txt": Status.ENCODED,
    }


def test_an_interrupt_in_a_parallel_build_stops_it_and_keeps_what_is_written(
    tmp_path: Path,
) -> None:
    inputs = make_sources(tmp_path / "src", 60)
    out = tmp_path / "out"
    seen: list[DocumentOutcome] = []

    def stop_after_ten(outcome: DocumentOutcome) -> None:
        seen.append(outcome)
        if len(seen) == 10:
            raise KeyboardInterrupt  # as if Ctrl-C came while the parent reported

    with pytest.raises(KeyboardInterrupt):
        build_collection(
            inputs,
            out,
            BuildSettings(html=False),
            jobs=2,
            report=stop_after_ten,
            encode_one=encode_for_tests,
        )
    written = sorted(p.name for p in out.glob("*.xml"))
    assert written == [f"doc-{n:02d}.xml" for n in range(10)]  # in order, none past the stop
    resumed = build(inputs, out, BuildSettings(html=False), jobs=2)
    assert (resumed.skipped, resumed.encoded, resumed.failed) == (10, 50, 0)


def test_an_input_removed_after_planning_fails_alone(tmp_path: Path) -> None:
    inputs = make_sources(tmp_path / "src", 3)
    out = tmp_path / "out"
    build(inputs, out)
    for n, path in ((98, inputs[1]), (99, inputs[2])):  # changed: both to be rebuilt
        path.write_text(TRANSCRIPT.format(n=n), encoding="utf-8")

    def remove_then_encode(data: bytes, display: str, settings: BuildSettings) -> DocumentResult:
        inputs[2].unlink()  # gone between the plan and its turn
        return encode_for_tests(data, display, settings)

    summary = build_collection(inputs, out, BuildSettings(), jobs=1, encode_one=remove_then_encode)
    assert statuses(summary) == {
        "doc-00.txt": Status.SKIPPED,
        "doc-01.txt": Status.ENCODED,
        "doc-02.txt": Status.FAILED,
    }
    (failed,) = [o for o in summary.outcomes if o.status is Status.FAILED]
    assert [d.code for d in failed.diagnostics] == ["E000"]
    assert "cannot read the file" in failed.diagnostics[0].message


def test_the_manifest_records_the_bytes_that_were_encoded(tmp_path: Path) -> None:
    """The input's hash comes from the bytes the encoder read, so an input
    edited while the build ran is rebuilt next time, not wrongly skipped."""
    import hashlib
    import json

    inputs = make_sources(tmp_path / "src", 2)
    out = tmp_path / "out"
    build(inputs, out)
    inputs[0].write_text(TRANSCRIPT.format(n=50), encoding="utf-8")
    build(inputs, out)
    manifest = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    recorded = manifest["documents"]["doc-00"]["input_sha256"]
    assert recorded == hashlib.sha256(inputs[0].read_bytes()).hexdigest()
    assert "document 50" in (out / "doc-00.xml").read_text(encoding="utf-8")


def test_ctrl_c_stops_a_parallel_build_at_once_and_the_next_build_resumes(
    tmp_path: Path,
) -> None:
    """SIGINT to the whole process group, as a terminal sends it: the parent
    stops (exit 130), the workers do not die mid-chunk with tracebacks, and
    what was written is recorded."""
    import json
    import signal
    import subprocess
    import sys
    import time

    inputs = make_sources(tmp_path / "src", 3000)
    out = tmp_path / "out"
    cli = (
        "import sys; from encoder.cli import entry_point; sys.argv[0] = 'tei-encode'; entry_point()"
    )
    command = [sys.executable, "-c", cli, "build", "--sources", str(tmp_path / "src")]
    command += ["--out", str(out)]
    command += ["--jobs", "2"]  # with HTML: slow enough to be interrupted midway
    proc = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while not any(out.glob("*.xml")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.2)  # a few more documents
    os.killpg(proc.pid, signal.SIGINT)
    _stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr.decode()
    assert b"Traceback" not in stderr
    assert b"the next build skips them" in stderr
    written = {p.stem for p in out.glob("*.xml")}
    manifest = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    recorded = set(manifest["documents"])
    # an output written just as the signal came may be unrecorded: it is redone
    assert recorded and recorded <= written and len(written) < len(inputs)
    again = subprocess.run(command, capture_output=True, check=False)
    assert again.returncode == 0, again.stderr.decode()
    summary = again.stdout.decode() + again.stderr.decode()
    assert f"{len(inputs) - len(recorded)} encoded, {len(recorded)} skipped, 0 failed" in summary


def test_a_worker_that_dies_fails_the_unfinished_documents_and_the_build_ends(
    tmp_path: Path,
) -> None:
    inputs = make_sources(tmp_path / "src", 12)
    out = tmp_path / "out"
    summary = build_collection(
        inputs,
        out,
        BuildSettings(html=False),
        jobs=2,
        encode_one=partial(misbehave_at, "doc-03.txt", "die"),
    )
    by_name = {o.path.name: o for o in summary.outcomes}
    assert len(by_name) == 12
    assert by_name["doc-03.txt"].status is Status.FAILED
    for outcome in by_name.values():  # each either written or failed with E998
        if outcome.status is Status.FAILED:
            assert [d.code for d in outcome.diagnostics] == ["E998"]
            assert "try --jobs 1" in outcome.diagnostics[0].message
        else:
            assert outcome.status is Status.ENCODED
    # what was written is recorded; the rest is encoded by the next build
    again = build(inputs, out, BuildSettings(html=False), jobs=1)
    assert (again.skipped, again.encoded, again.failed) == (summary.encoded, summary.failed, 0)


def test_chunks_finished_before_a_worker_died_are_kept(tmp_path: Path) -> None:
    """The parent is slow (reporting) while a worker dies: the chunks that
    had finished before are still written, not failed with the rest."""
    import time

    inputs = make_sources(tmp_path / "src", 40)  # chunks of 5 with two workers

    def slow_first_report(outcome: DocumentOutcome) -> None:
        if outcome.path.name == "doc-00.txt":
            time.sleep(4)  # the worker dies meanwhile

    summary = build_collection(
        inputs,
        tmp_path / "out",
        BuildSettings(html=False),
        jobs=2,
        report=slow_first_report,
        encode_one=partial(misbehave_at, "doc-10.txt", "die-later"),
    )
    encoded = [o.path.name for o in summary.outcomes if o.status is Status.ENCODED]
    assert encoded == [f"doc-{n:02d}.txt" for n in range(10)]
    assert summary.failed == 30


def log_slowly(data: bytes, display: str, settings: BuildSettings) -> DocumentResult:
    """Half a second per document, then a line in the log file the test names."""
    import time

    time.sleep(0.5)
    with open(os.environ["TEI_ENCODE_TEST_LOG"], "a", encoding="utf-8") as log:
        log.write(display + "\n")
    return encode_for_tests(data, display, settings)


def test_an_interrupted_parallel_build_stops_its_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Workers ignore Ctrl-C, so the parent must stop them: otherwise they
    finish their chunks (whose results nobody wants) before Python exits,
    and a second Ctrl-C during that wait hung the process."""
    import time

    log = tmp_path / "log.txt"
    log.touch()
    monkeypatch.setenv("TEI_ENCODE_TEST_LOG", str(log))
    inputs = make_sources(tmp_path / "src", 32)  # chunks of 4: 2 s each

    def stop(outcome: DocumentOutcome) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build_collection(
            inputs,
            tmp_path / "out",
            BuildSettings(html=False),
            jobs=2,
            report=stop,
            encode_one=log_slowly,
        )
    logged = len(log.read_text(encoding="utf-8").splitlines())
    time.sleep(1.5)  # three documents' time: a live worker would log more
    assert len(log.read_text(encoding="utf-8").splitlines()) == logged
    assert logged < len(inputs)


def test_outputs_of_a_removed_source_are_reported_every_build_and_kept(tmp_path: Path) -> None:
    inputs = make_sources(tmp_path / "src", 3)
    out = tmp_path / "out"
    build(inputs, out)
    inputs[1].unlink()
    remaining = [inputs[0], inputs[2]]
    for _ in range(2):  # reported by every build until pruned
        seen: list[DocumentOutcome] = []
        summary = build_collection(
            remaining, out, BuildSettings(), jobs=1, report=seen.append, encode_one=encode_for_tests
        )
        assert summary.format() == "0 encoded, 2 skipped, 0 failed, 1 stale"
        (stale,) = [o for o in seen if o.status is Status.STALE]
        assert stale.path.name == "doc-01.txt"
        assert [(d.code, Path(d.span.file).name) for d in stale.diagnostics] == [
            ("W601", "doc-01.html"),
            ("W601", "doc-01.xml"),
        ]
        assert "build --prune removes it" in stale.diagnostics[0].message
        assert (out / "doc-01.xml").exists() and (out / "doc-01.html").exists()


def test_prune_removes_the_outputs_of_a_removed_source_but_not_hand_edits(
    tmp_path: Path,
) -> None:
    import json

    inputs = make_sources(tmp_path / "src", 4)
    out = tmp_path / "out"
    build(inputs, out)
    inputs[1].unlink()
    inputs[2].unlink()
    (out / "doc-02.html").write_text("edited by hand", encoding="utf-8")
    remaining = [inputs[0], inputs[3]]
    summary = build(remaining, out, BuildSettings(), prune=True)
    assert summary.format() == "0 encoded, 2 skipped, 0 failed, 1 stale, 1 pruned"
    assert sorted(p.name for p in out.glob("doc-*")) == [
        "doc-00.html",
        "doc-00.xml",
        "doc-02.html",  # edited since it was built: kept
        "doc-03.html",
        "doc-03.xml",
    ]
    codes = {**_codes(summary, Status.PRUNED), **_codes(summary, Status.STALE)}
    assert codes == {
        "doc-01.html": "I602",
        "doc-01.xml": "I602",
        "doc-02.html": "W602",
        "doc-02.xml": "I602",
    }
    manifest = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert sorted(manifest["documents"]) == ["doc-00", "doc-03"]
    assert sorted(manifest["stale"]) == ["doc-02.html"]  # still reported, never removed
    again = build(remaining, out)
    assert again.format() == "0 encoded, 2 skipped, 0 failed, 1 stale"
    (out / "doc-02.html").unlink()  # the editor removes it: nothing left to report
    assert build(remaining, out).format() == "0 encoded, 2 skipped, 0 failed"


def test_build_prune_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from encoder.cli import main

    src = tmp_path / "src"
    make_sources(src, 2)
    out = tmp_path / "out"
    assert main(["build", "--sources", str(src), "--out", str(out), "--jobs", "1"]) == 0
    (src / "doc-00.txt").unlink()
    assert main(["build", "--sources", str(src), "--out", str(out), "--jobs", "1"]) == 0
    err = capsys.readouterr()
    assert "W601" in err.err and "1 stale" in err.out + err.err
    assert main(["build", "--sources", str(src), "--out", str(out), "--prune", "--jobs", "1"]) == 0
    assert "1 pruned" in "".join(capsys.readouterr())
    assert sorted(p.name for p in out.glob("doc-*")) == ["doc-01.html", "doc-01.xml"]


def test_a_manifest_naming_files_outside_out_is_not_trusted(tmp_path: Path) -> None:
    """A manifest is a file in OUT anyone may edit: one that names "../x" as
    an output must not make --prune delete x (or a build read it)."""
    import hashlib
    import json

    inputs = make_sources(tmp_path / "src", 2)
    out = tmp_path / "out"
    build(inputs, out)
    victim = tmp_path / "precious.txt"
    victim.write_text("keep me", encoding="utf-8")
    manifest = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    manifest["documents"]["gone"] = {
        "source": "gone.txt",
        "input_sha256": "0" * 64,
        "settings": manifest["documents"]["doc-00"]["settings"],
        "outputs": {"../precious.txt": hashlib.sha256(b"keep me").hexdigest()},
    }
    (out / MANIFEST_NAME).write_text(json.dumps(manifest), encoding="utf-8")
    summary = build(inputs, out, BuildSettings(), prune=True)
    assert victim.read_text(encoding="utf-8") == "keep me"
    # the whole manifest was distrusted: everything was rebuilt, nothing pruned
    assert summary.format() == "2 encoded, 0 skipped, 0 failed"


def _codes(summary: BuildSummary, status: Status) -> dict[str, str]:
    return {
        Path(d.span.file).name: d.code
        for o in summary.outcomes
        if o.status is status
        for d in o.diagnostics
    }


def test_html_left_by_an_earlier_build_is_stale_after_no_html(tmp_path: Path) -> None:
    inputs = make_sources(tmp_path / "src", 2)
    out = tmp_path / "out"
    build(inputs, out)  # with HTML
    summary = build(inputs, out, BuildSettings(html=False))
    assert summary.format() == "2 encoded, 0 skipped, 0 failed, 2 stale"
    assert _codes(summary, Status.STALE) == {"doc-00.html": "W601", "doc-01.html": "W601"}
    message = summary.outcomes[-1].diagnostics[0].message
    assert "no longer written for doc-01.txt with these settings" in message
    pruned = build(inputs, out, BuildSettings(html=False), prune=True)
    assert pruned.format() == "0 encoded, 2 skipped, 0 failed, 2 pruned"
    assert sorted(p.name for p in out.glob("doc-*")) == ["doc-00.xml", "doc-01.xml"]


def test_stale_outputs_are_still_known_after_the_tool_changes(tmp_path: Path) -> None:
    import json

    inputs = make_sources(tmp_path / "src", 2)
    out = tmp_path / "out"
    build(inputs, out)
    manifest = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    manifest["tool"]["version"] = "0.0.1"  # as written by another version
    (out / MANIFEST_NAME).write_text(json.dumps(manifest), encoding="utf-8")
    inputs[0].unlink()
    summary = build([inputs[1]], out)
    assert summary.format() == "1 encoded, 0 skipped, 0 failed, 1 stale"  # rebuilt, not reused


def test_a_document_that_fails_keeps_the_record_of_its_outputs(tmp_path: Path) -> None:
    inputs = make_sources(tmp_path / "src", 2)
    out = tmp_path / "out"
    build(inputs, out)
    inputs[0].write_bytes(b"")  # now fails (E006); its earlier outputs stay in OUT
    failed = build(inputs, out)
    assert failed.format() == "0 encoded, 1 skipped, 1 failed"
    assert build(inputs, out).failed == 1  # tried again, never skipped
    inputs[0].unlink()  # and once its source is gone, its outputs are stale
    assert build([inputs[1]], out).format() == "0 encoded, 1 skipped, 0 failed, 1 stale"


def test_an_output_prune_cannot_remove_stays_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inputs = make_sources(tmp_path / "src", 2)
    out = tmp_path / "out"
    build(inputs, out)
    inputs[0].unlink()
    unlink = Path.unlink

    def refuse(self: Path, missing_ok: bool = False) -> None:
        if self.name == "doc-00.xml":
            raise PermissionError(13, "Permission denied")
        unlink(self, missing_ok)

    monkeypatch.setattr(Path, "unlink", refuse)
    summary = build([inputs[1]], out, BuildSettings(), prune=True)
    assert summary.format() == "0 encoded, 1 skipped, 0 failed, 1 stale"
    assert _codes(summary, Status.STALE) == {"doc-00.html": "I602", "doc-00.xml": "E010"}
    monkeypatch.setattr(Path, "unlink", unlink)
    again = build([inputs[1]], out, BuildSettings(), prune=True)
    assert again.format() == "0 encoded, 1 skipped, 0 failed, 1 pruned"
    assert not (out / "doc-00.xml").exists()


def test_ctrl_c_while_stale_outputs_are_reported_keeps_the_build_s_record(
    tmp_path: Path,
) -> None:
    inputs = make_sources(tmp_path / "src", 3)
    out = tmp_path / "out"
    build(inputs, out)
    inputs[0].unlink()
    inputs[1].write_text(TRANSCRIPT.format(n=77), encoding="utf-8")

    def stop_at_stale(outcome: DocumentOutcome) -> None:
        if outcome.status is Status.STALE:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build_collection(
            inputs[1:],
            out,
            BuildSettings(),
            jobs=1,
            report=stop_at_stale,
            encode_one=encode_for_tests,
        )
    again = build(inputs[1:], out)  # doc-01 was rebuilt and recorded before the stop
    assert again.format() == "0 encoded, 2 skipped, 0 failed, 1 stale"


def test_interrupts_are_held_while_the_manifest_is_written() -> None:
    import signal

    from encoder.collection import _interrupts_deferred

    done = []
    with pytest.raises(KeyboardInterrupt), _interrupts_deferred():
        os.kill(os.getpid(), signal.SIGINT)  # a second Ctrl-C
        done.append("written")  # the block still runs to its end
    assert done == ["written"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_a_manifest_entry_claiming_another_document_s_file_is_not_trusted(
    tmp_path: Path,
) -> None:
    import json

    inputs = make_sources(tmp_path / "src", 2)
    out = tmp_path / "out"
    build(inputs, out)
    manifest = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    manifest["documents"]["ghost"] = dict(manifest["documents"]["doc-00"], source="ghost.txt")
    (out / MANIFEST_NAME).write_text(json.dumps(manifest), encoding="utf-8")
    summary = build(inputs, out, BuildSettings(), prune=True)
    assert summary.format() == "2 encoded, 0 skipped, 0 failed"  # rebuilt, nothing pruned
    assert (out / "doc-00.xml").exists()
