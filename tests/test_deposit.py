"""tei-encode deposit: a BagIt 1.0 bag of a built collection (docs/deposit.md)."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import bagit
import pytest
from lxml import etree

from encoder.cli import main
from encoder.deposit import Edition, bag_info, bagging_date
from encoder.xmlio import parse_xml_bytes

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "sources").glob("*.txt"))
FULL_HEADER = ROOT / "tests" / "data" / "deposit" / "full-header.xml"
# 2025-06-01T12:00:00Z
EPOCH = "1748779200"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled sources and two small transcripts of our own, built once."""
    sources = tmp_path_factory.mktemp("sources")
    for source in SOURCES:
        shutil.copyfile(source, sources / source.name)
    (sources / "quay.txt").write_text(
        "HARBOURMASTER: The tide turns at four.\n\nPILOT: Then we sail at five.\n",
        encoding="utf-8",
    )
    (sources / "kiosk.txt").write_text(
        "Anna Berg: Is the kiosk open?\n\nOle Berg: Only on Sundays.\n", encoding="utf-8"
    )
    out = tmp_path_factory.mktemp("out")
    assert main(["-q", "build", "-j", "1", "--sources", str(sources), "--out", str(out)]) == 0
    return out


def _deposit(out: Path, bag: Path, monkeypatch: pytest.MonkeyPatch, *extra: str) -> int:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    return main(["-q", "deposit", "--out", str(out), "--bag", str(bag), *extra])


def _bagit_cli(bag: Path) -> subprocess.CompletedProcess[str]:
    """The library's own command line: bagit.py --validate."""
    return subprocess.run(
        [sys.executable, "-m", "bagit", "--validate", "--quiet", str(bag)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_bag_validates_with_bagit(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bag = tmp_path / "bag"
    assert _deposit(built, bag, monkeypatch) == 0
    bagit.Bag(str(bag)).validate()
    assert _bagit_cli(bag).returncode == 0
    assert (bag / "bagit.txt").read_text() == (
        "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
    )
    for name in (
        "manifest-sha256.txt",
        "manifest-sha512.txt",
        "tagmanifest-sha256.txt",
        "tagmanifest-sha512.txt",
    ):
        assert (bag / name).is_file(), name


def test_a_flipped_payload_byte_fails_validation(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bag = tmp_path / "bag"
    assert _deposit(built, bag, monkeypatch) == 0
    master = bag / "data" / "masters" / "quay.xml"
    data = bytearray(master.read_bytes())
    data[200] ^= 0x01
    master.write_bytes(bytes(data))
    with pytest.raises(bagit.BagValidationError):
        bagit.Bag(str(bag)).validate()
    assert _bagit_cli(bag).returncode != 0


def test_two_runs_give_the_same_bag(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    assert _deposit(built, first, monkeypatch) == 0
    assert _deposit(built, second, monkeypatch) == 0
    names = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert names == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    assert Path("bag-info.txt") in names and Path("manifest-sha512.txt") in names
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_payload_layout_and_bag_info(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bag = tmp_path / "bag"
    assert _deposit(built, bag, monkeypatch) == 0
    data = bag / "data"
    stems = sorted([s.stem for s in SOURCES] + ["quay", "kiosk"])
    assert sorted(p.stem for p in (data / "masters").iterdir()) == stems
    assert sorted(p.stem for p in (data / "derivatives").iterdir()) == stems
    for stem in stems:
        assert (data / "masters" / f"{stem}.xml").read_bytes() == (
            built / f"{stem}.xml"
        ).read_bytes()
        for suffix in (".dc.xml", ".jsonld", ".mets.xml"):
            assert (data / "metadata" / f"{stem}{suffix}").is_file()
    assert {"tei-encoder.xsd", "tei-encoder.odd", "xml.xsd"} <= {
        p.name for p in (data / "schema").iterdir()
    }
    info = (bag / "bag-info.txt").read_text(encoding="utf-8")
    assert "Bagging-Date: 2025-06-01\n" in info
    files = [p for p in data.rglob("*") if p.is_file()]
    assert f"Payload-Oxum: {sum(p.stat().st_size for p in files)}.{len(files)}\n" in info
    # each edition's id (publicationStmt/idno) names it; no publisher given: none invented
    ids = [
        line.split(": ", 1)[1]
        for line in info.splitlines()
        if line.startswith("External-Identifier: ")
    ]
    assert ids == stems
    assert "Source-Organization" not in info


def test_provenance_names_tool_and_each_input_checksum(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bag = tmp_path / "bag"
    assert _deposit(built, bag, monkeypatch) == 0
    record = (bag / "data" / "provenance.txt").read_text(encoding="utf-8")
    assert "tool: tei-encode 0.1.0" in record
    for source in SOURCES:
        digest = hashlib.sha256(source.read_bytes()).hexdigest()
        assert f"  transcript: {source.name}\n  transcript sha256: {digest}\n" in record
    quay = b"HARBOURMASTER: The tide turns at four.\n\nPILOT: Then we sail at five.\n"
    assert hashlib.sha256(quay).hexdigest() in record


def test_mets_checksums_match_the_bagged_files(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bag = tmp_path / "bag"
    assert _deposit(built, bag, monkeypatch) == 0
    ns = {"mets": "http://www.loc.gov/METS/", "xlink": "http://www.w3.org/1999/xlink"}
    for mets_file in sorted((bag / "data" / "metadata").glob("*.mets.xml")):
        files = etree.parse(str(mets_file)).findall(".//mets:file", ns)
        assert len(files) == 2  # the master and its HTML
        for entry in files:
            href = entry.find("mets:FLocat", ns).get("{http://www.w3.org/1999/xlink}href")
            target = (mets_file.parent / href).resolve()
            data = target.read_bytes()
            assert entry.get("CHECKSUM") == hashlib.sha256(data).hexdigest()
            assert entry.get("CHECKSUMTYPE") == "SHA-256"
            assert entry.get("SIZE") == str(len(data))


def test_without_html_the_bag_has_no_derivatives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources, out = tmp_path / "src", tmp_path / "out"
    sources.mkdir()
    (sources / "pier.txt").write_text("A: One.\n\nB: Two.\n", encoding="utf-8")
    assert main(["-q", "build", "--no-html", "--sources", str(sources), "--out", str(out)]) == 0
    bag = tmp_path / "bag"
    assert _deposit(out, bag, monkeypatch) == 0
    assert not (bag / "data" / "derivatives").exists()
    mets = etree.parse(str(bag / "data" / "metadata" / "pier.mets.xml"))
    assert len(mets.findall(".//{http://www.loc.gov/METS/}file")) == 1
    bagit.Bag(str(bag)).validate()


# --- errors ---------------------------------------------------------------------


def test_an_existing_bag_is_never_overwritten(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bag = tmp_path / "bag"
    bag.mkdir()
    (bag / "keep.txt").write_text("mine", encoding="utf-8")
    assert _deposit(built, bag, monkeypatch) == 2
    assert "error[E043]" in capsys.readouterr().err
    assert [p.name for p in bag.iterdir()] == ["keep.txt"]


def test_a_folder_that_was_never_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _deposit(tmp_path / "missing", tmp_path / "bag", monkeypatch) == 3
    assert "error[E040]" in capsys.readouterr().err
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "loose.xml").write_text("<x/>", encoding="utf-8")
    assert _deposit(empty, tmp_path / "bag", monkeypatch) == 3
    err = capsys.readouterr().err
    assert "error[E041]" in err and "run tei-encode build" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty"]  # nothing left behind


def test_an_edited_edition_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sources, out = tmp_path / "src", tmp_path / "out"
    sources.mkdir()
    (sources / "pier.txt").write_text("A: One.\n\nB: Two.\n", encoding="utf-8")
    assert main(["-q", "build", "--sources", str(sources), "--out", str(out)]) == 0
    edited = out / "pier.xml"
    edited.write_bytes(edited.read_bytes().replace(b"One.", b"Three."))
    assert _deposit(out, tmp_path / "bag", monkeypatch) == 3
    err = capsys.readouterr().err
    assert "pier.xml: error[E041]: changed since tei-encode build wrote it" in err
    assert not (tmp_path / "bag").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".bag")]


def test_without_a_date_the_clock_is_used_and_said(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert main(["deposit", "--out", str(built), "--bag", str(tmp_path / "bag")]) == 0
    err = capsys.readouterr().err
    assert "warning[W040]" in err and "SOURCE_DATE_EPOCH" in err


# --- bag-info from the header contract's places ------------------------------------


def _edition(tei: bytes, stem: str = "doc") -> Edition:
    return Edition(stem, stem + ".txt", "0" * 64, tei, None, parse_xml_bytes(tei))


def test_bag_info_reads_publisher_and_ids_from_the_header() -> None:
    full = _edition(FULL_HEADER.read_bytes())
    info = bag_info([full], bagging_date([full], None))
    assert info["Source-Organization"] == ["Example Harbour Archive"]
    assert info["External-Identifier"] == [
        "harbour-1921-03-04",
        "https://example.org/editions/harbour-1921-03-04",
    ]
    assert info["Bagging-Date"] == "2025-06-30"  # the edition's publicationStmt/date


def test_bagging_date_is_the_latest_edition_date_unless_epoch_is_set() -> None:
    def dated(when: str) -> Edition:
        return _edition(
            b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><publicationStmt>'
            b'<publisher>P</publisher><date when="' + when.encode() + b'"/></publicationStmt>'
            b"</fileDesc></teiHeader></TEI>"
        )

    editions = [dated("2024-02-29"), dated("2024-11-05"), dated("2030")]
    assert bagging_date(editions, None).value == "2024-11-05"  # "2030" is no full date
    assert bagging_date(editions, None).source == "publicationStmt/date"
    assert bagging_date(editions, 0).value == "1970-01-01"
    assert bagging_date([dated("2030")], None).source == "clock"
