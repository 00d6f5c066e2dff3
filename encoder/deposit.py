"""A built collection (OUT) as a BagIt 1.0 bag for deposit in an archive.

The bag is made by the Library of Congress's ``bagit`` library::

    BAG/
      bagit.txt  bag-info.txt
      manifest-sha256.txt  manifest-sha512.txt
      tagmanifest-sha256.txt  tagmanifest-sha512.txt
      data/masters/NAME.xml          the TEI editions (the master files)
      data/derivatives/NAME.html     the HTML editions, when built
      data/metadata/NAME.dc.xml      oai_dc record   } by the bundled XSLT
      data/metadata/NAME.jsonld      schema.org      } (encoder.crosswalk)
      data/metadata/NAME.mets.xml    METS wrapper    }
      data/schema/                   the bundled schema (XSD, ODD, ...)
      data/provenance.txt            tool, version, code fingerprint, and
                                     each document's input checksum

Only documents OUT's build record (``.tei-encode-manifest.json``) lists
are bagged, and only when that record was written by this tool and code and
the files are as the build wrote them: the provenance record then tells the
truth. Each edition is validated against the bundled schema first.

The same OUT and the same date give a byte-identical bag (manifests,
bag-info, every file): the Bagging-Date is ``SOURCE_DATE_EPOCH`` when set,
else the latest ``publicationStmt/date/@when`` of the editions, else today
(:attr:`BaggingDate.source` says which, so that the command line can warn).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Final

from lxml import etree

from . import __version__
from .collection import MANIFEST_NAME, code_fingerprint, locked_out, read_state
from .crosswalk import FileRef, dublin_core, json_ld, mets
from .diagnostics import Diagnostic, Severity
from .validate import schema_path, validate_tree
from .xmlio import TEI, XmlInputError, parse_xml_bytes

CHECKSUMS: Final = ("sha256", "sha512")
BAGIT_VERSION: Final = "1.0"
SCHEMA_SUFFIXES: Final = frozenset({".xsd", ".rng", ".odd", ".sch"})
_NS: Final = {"tei": TEI.strip("{}")}


class DepositError(Exception):
    """OUT cannot be bagged: ``message`` is the whole line to print (with its
    code); ``diagnostics`` the editions' problems, if any."""

    def __init__(self, message: str, diagnostics: Sequence[Diagnostic] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.diagnostics = list(diagnostics)


class BagExistsError(DepositError):
    """The bag's folder is already there; a bag is never overwritten."""


@dataclass(frozen=True, slots=True)
class BaggingDate:
    value: str  # YYYY-MM-DD
    source: str  # "SOURCE_DATE_EPOCH", "publicationStmt/date", or "clock"


@dataclass(frozen=True, slots=True)
class Edition:
    """One built document as it goes into the bag."""

    stem: str
    source: str
    input_sha256: str
    tei: bytes
    html: bytes | None
    tree: etree._ElementTree

    def first(self, path: str) -> str | None:
        found = self.tree.xpath(f"normalize-space(({path})[1])", namespaces=_NS)
        return found if isinstance(found, str) and found else None

    def all(self, path: str) -> list[str]:
        found = self.tree.xpath(path, namespaces=_NS)
        assert isinstance(found, list)
        texts = (x.xpath("string()") if isinstance(x, etree._Element) else x for x in found)
        return [" ".join(str(text).split()) for text in texts if str(text).strip()]


@dataclass(frozen=True, slots=True)
class DepositResult:
    documents: int
    date: BaggingDate
    payload_oxum: str


def read_editions(out: Path) -> list[Edition]:
    """The documents of OUT's build record, checked and validated."""
    state = read_state(out)
    if not state.entries:
        raise DepositError(
            f"{out}: error[E041]: no build record ({MANIFEST_NAME}) with documents in this "
            "folder; run tei-encode build first (with --out pointing here)",
        )
    if not state.reusable or any(not e.input_sha256 for e in state.entries.values()):
        raise DepositError(
            f"{out}: error[E041]: this folder was built by another version of tei-encode, so "
            "its provenance cannot be vouched for; run tei-encode build again",
        )
    editions: list[Edition] = []
    problems: list[Diagnostic] = []
    for stem in sorted(state.entries):
        entry = state.entries[stem]
        files = {name: _read_built(out, name, sha) for name, sha in sorted(entry.outputs.items())}
        tei = files.get(stem + ".xml")
        if tei is None:
            continue  # never: a build always writes the TEI
        try:
            tree = parse_xml_bytes(tei)
        except XmlInputError as exc:  # the build wrote it: only a broken disk gets here
            raise DepositError(f"{out / (stem + '.xml')}: error[E041]: {exc}") from None
        problems.extend(
            d
            for d in validate_tree(tree, str(out / (stem + ".xml")))
            if d.severity is Severity.ERROR
        )
        html = files.get(stem + ".html")
        editions.append(Edition(stem, entry.source, entry.input_sha256, tei, html, tree))
    if problems:
        raise DepositError(
            f"{out}: error[E042]: {len(problems)} schema or pointer error(s) in the editions; "
            "a bag holds valid TEI only (see tei-encode validate)",
            problems,
        )
    return editions


def _read_built(out: Path, name: str, sha256: str) -> bytes:
    path = out / name
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DepositError(
            f"{path}: error[E041]: cannot read this built file ({exc.strerror or exc}); "
            "run tei-encode build again",
        ) from None
    if hashlib.sha256(data).hexdigest() != sha256:
        raise DepositError(
            f"{path}: error[E041]: changed since tei-encode build wrote it; its provenance "
            "would be false: run tei-encode build again (an edited file is a new edition)",
        )
    return data


def bagging_date(editions: Sequence[Edition], epoch: int | None) -> BaggingDate:
    """``SOURCE_DATE_EPOCH`` (UTC) when given, else the editions' latest full
    ``publicationStmt/date/@when``, else today."""
    if epoch is not None:
        day = datetime.fromtimestamp(epoch, tz=UTC).date()
        return BaggingDate(day.isoformat(), "SOURCE_DATE_EPOCH")
    dates = [
        when[:10]
        for e in editions
        for when in e.all("/tei:TEI/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:date/@when")
        if _is_full_date(when[:10])
    ]
    if dates:
        return BaggingDate(max(dates), "publicationStmt/date")
    return BaggingDate(date.today().isoformat(), "clock")


def _is_full_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


def bag_info(editions: Sequence[Edition], when: BaggingDate) -> dict[str, str | list[str]]:
    """bag-info.txt's fields from the editions' headers (absent ones left out)."""
    import bagit

    pub = "/tei:TEI/tei:teiHeader/tei:fileDesc/tei:publicationStmt"
    publishers = sorted({p for e in editions for p in e.all(f"{pub}/tei:publisher")})
    identifiers: list[str] = []
    for e in editions:
        local = e.first(f"{pub}/tei:idno[@type='local'] | /tei:TEI/@xml:id")
        identifiers.extend([local] if local else [])
        identifiers.extend(e.all(f"{pub}/tei:idno[@type='URI']"))
    info: dict[str, str | list[str]] = {
        "Bagging-Date": when.value,
        "Bag-Software-Agent": f"tei-encode {__version__} with bagit.py {bagit.VERSION}",
        "External-Description": (
            f"{len(editions)} TEI P5 edition(s) of conversation transcripts, with HTML "
            "derivatives, metadata crosswalks, schema and provenance"
        ),
    }
    if publishers:
        info["Source-Organization"] = publishers
    if identifiers:
        info["External-Identifier"] = identifiers
    return info


def provenance(editions: Sequence[Edition]) -> bytes:
    """The plain-text provenance record (data/provenance.txt)."""
    import bagit

    lines = [
        "Provenance of the editions in this bag",
        "",
        f"tool: tei-encode {__version__}",
        f"code fingerprint (sha256 over its code, stylesheets and schema): {code_fingerprint()}",
        f"bagged with: bagit.py {bagit.VERSION}",
        "",
        "Each edition was encoded by this tool and code from the transcript named below,",
        "whose bytes had the sha256 given; the master and derivative are as it wrote them.",
    ]
    for e in editions:
        lines += [
            "",
            f"document: {e.stem}",
            f"  transcript: {e.source}",
            f"  transcript sha256: {e.input_sha256}",
            f"  master: masters/{e.stem}.xml sha256 {hashlib.sha256(e.tei).hexdigest()}",
        ]
        if e.html is not None:
            digest = hashlib.sha256(e.html).hexdigest()
            lines.append(f"  derivative: derivatives/{e.stem}.html sha256 {digest}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def payload(editions: Sequence[Edition]) -> dict[str, bytes]:
    """Every payload file of the bag: path under data/ → bytes."""
    files: dict[str, bytes] = {}
    for e in editions:
        master = f"masters/{e.stem}.xml"
        files[master] = e.tei
        derivative = None
        if e.html is not None:
            files[f"derivatives/{e.stem}.html"] = e.html
            derivative = FileRef(f"../derivatives/{e.stem}.html", e.html)
        files[f"metadata/{e.stem}.dc.xml"] = dublin_core(e.tree)
        files[f"metadata/{e.stem}.jsonld"] = json_ld(e.tree)
        files[f"metadata/{e.stem}.mets.xml"] = mets(
            e.tree, FileRef(f"../{master}", e.tei), derivative
        )
    schema_dir = schema_path().parent
    for path in sorted(schema_dir.iterdir()):
        if path.suffix in SCHEMA_SUFFIXES and path.is_file():
            files[f"schema/{path.name}"] = path.read_bytes()
    files["provenance.txt"] = provenance(editions)
    return files


def make_deposit(out: Path, bag: Path, epoch: int | None) -> DepositResult:
    """Bag the built collection in OUT as the new folder BAG.

    The bag is made in a hidden folder beside BAG and renamed into place once
    it validates: a failure leaves nothing behind.
    """
    if not out.is_dir():
        raise DepositError(f"{out}: error[E040]: no such folder; run tei-encode build")
    if bag.exists() or bag.is_symlink():
        raise BagExistsError(
            f"{bag}: error[E043]: already exists; a bag is never overwritten: give another "
            "--bag or remove it",
        )
    with locked_out(out):
        editions = read_editions(out)
        when = bagging_date(editions, epoch)
        files = payload(editions)
        info = bag_info(editions, when)
    bag.parent.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=f".{bag.name}.", dir=bag.parent))
    try:
        oxum = _make_bag(stage, files, info)
        stage.rename(bag)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    return DepositResult(len(editions), when, oxum)


def _make_bag(stage: Path, files: dict[str, bytes], info: dict[str, str | list[str]]) -> str:
    """Write ``files`` into ``stage`` and turn it into a BagIt 1.0 bag."""
    import bagit

    umask = os.umask(0)
    os.umask(umask)
    os.chmod(stage, 0o777 & ~umask)
    for name, data in files.items():
        target = stage / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    made = bagit.make_bag(str(stage), dict(info), checksums=list(CHECKSUMS))
    # bagit.py 1.9 declares BagIt 0.97; the bag it makes (manifests, tag
    # manifests, bag-info) is also a BagIt 1.0 bag (RFC 8493), so declare that,
    # and list the tag manifests in a fixed order (the library takes the
    # folder's order), so that two runs give the same bytes.
    (stage / "bagit.txt").write_bytes(
        f"BagIt-Version: {BAGIT_VERSION}\nTag-File-Character-Encoding: UTF-8\n".encode()
    )
    made.save()
    for algorithm in CHECKSUMS:
        tagmanifest = stage / f"tagmanifest-{algorithm}.txt"
        lines = sorted(
            tagmanifest.read_bytes().splitlines(keepends=True), key=lambda line: line.split()[-1]
        )
        tagmanifest.write_bytes(b"".join(lines))
    checked = bagit.Bag(str(stage))
    checked.validate()
    return str(checked.info["Payload-Oxum"])
