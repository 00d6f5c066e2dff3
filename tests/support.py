"""Helpers shared by several test files: the reference TEI files, jing, and a
loopback HTTP server that counts the requests it gets."""

from __future__ import annotations

import http.server
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn

ROOT = Path(__file__).resolve().parent.parent


def find_reference(variable: str, name: str) -> Path | None:
    """``$variable`` if set, else ``../shared/tei/NAME`` beside the repository,
    else the copy shipped in ``tests/data/tei/`` (``tei_all.rng``)."""
    configured = os.environ.get(variable)
    candidates = [Path(configured)] if configured else []
    candidates.append(ROOT.parent / "shared" / "tei" / name)
    candidates.append(ROOT / "tests" / "data" / "tei" / name)
    return next((c for c in candidates if c.is_file()), None)


def missing(reason: str) -> NoReturn:
    """Skip a test for a missing tool or reference file, except in CI
    (``CI=true``), where everything a test needs must be there: it fails."""
    import pytest

    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        pytest.fail(f"{reason} (CI=true: tests may not skip)")
    pytest.skip(reason)


def find_jing() -> list[str] | None:
    """The command that runs jing (the one ``validate --engine jing`` uses)."""
    from encoder.relaxng import find_jing as found

    return found()


def assert_valid_tei_all(paths: list[Path]) -> None:
    """jing with the official tei_all.rng over ``paths``: all valid (a
    missing jing or schema fails the test)."""
    import subprocess

    rng = find_reference("TEI_ALL_RNG", "tei_all.rng")
    jing = find_jing()
    assert rng is not None and jing is not None, "jing and tei_all.rng are needed"
    command = [*jing, str(rng), *map(str, paths)]
    run = subprocess.run(command, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout + run.stderr


@contextmanager
def counting_server(body: bytes, content_type: str) -> Iterator[tuple[str, list[str]]]:
    """A server on 127.0.0.1 answering every GET with ``body``; yields its base
    URL and the list of paths requested so far."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", hits
    finally:
        server.shutdown()
        server.server_close()


TEI_NS = "http://www.tei-c.org/ns/1.0"
CC_BY = "https://creativecommons.org/licenses/by/4.0/"


def add_contract_header(tree: Any, stem: str) -> None:
    """Give an encoded edition the header places of the header contract
    (docs/deposit.md) that an edition has only when the collection file
    gives them and an export or deposit needs: TEI/@xml:id, publisher,
    publication date, local idno, the edition's URI, a CC BY licence, the
    place (and, if absent, the date) of the conversation, and a digital
    source with its web address. Places already there are kept; values come
    from ``stem``."""
    from lxml import etree

    def sub(parent: Any, tag: str, text: str | None = None, **attrs: str) -> Any:
        element = etree.SubElement(parent, f"{{{TEI_NS}}}{tag}", attrs)
        element.text = text
        return element

    ns = {"tei": TEI_NS}
    root = tree.getroot()
    root.set(
        "{http://www.w3.org/XML/1998/namespace}id",
        root.get("{http://www.w3.org/XML/1998/namespace}id", f"doc-{stem}"),
    )
    (pub,) = root.xpath("tei:teiHeader/tei:fileDesc/tei:publicationStmt", namespaces=ns)
    if not pub.xpath("tei:publisher", namespaces=ns):
        publisher = etree.Element(f"{{{TEI_NS}}}publisher")
        publisher.text = "Test Publisher"
        pub.insert(0, publisher)
    if not pub.xpath("tei:date", namespaces=ns):
        sub(pub, "date", "1 May 2025", when="2025-05-01")
    if not pub.xpath("tei:idno[@type='local']", namespaces=ns):
        sub(pub, "idno", root.get("{http://www.w3.org/XML/1998/namespace}id"), type="local")
    if not pub.xpath("tei:idno[@type='URI']", namespaces=ns):
        sub(pub, "idno", f"https://example.org/editions/{stem}", type="URI")
    availability = pub.find(f"{{{TEI_NS}}}availability")
    if availability is None:
        availability = sub(pub, "availability")
    if availability.find(f"{{{TEI_NS}}}licence") is None:
        sub(availability, "licence", "CC BY 4.0", target=CC_BY)
    (profile,) = root.xpath("tei:teiHeader/tei:profileDesc", namespaces=ns)
    creation = profile.find(f"{{{TEI_NS}}}creation")
    if creation is None:
        creation = etree.Element(f"{{{TEI_NS}}}creation")
        profile.insert(0, creation)
    if creation.find(f"{{{TEI_NS}}}date") is None:
        sub(creation, "date", "1 January 2000", when="2000-01-01")
    if not profile.xpath(".//tei:placeName", namespaces=ns):
        sub(creation, "placeName", f"Place of {stem}")
    (source,) = root.xpath("tei:teiHeader/tei:fileDesc/tei:sourceDesc", namespaces=ns)
    digital = source.xpath("tei:bibl[@type='digital']", namespaces=ns)
    if not digital:
        bibl = sub(source, "bibl", type="digital")
        sub(bibl, "title", f"Digital copy of {stem}")
        sub(bibl, "ptr", target=f"https://example.org/source/{stem}")
        sub(bibl, "idno", f"REC-{stem}", type="record")
    elif not digital[0].xpath("tei:ptr[starts-with(@target, 'http')]", namespaces=ns):
        sub(digital[0], "ptr", target=f"https://example.org/source/{stem}")


def built_editions() -> list[Path]:
    """The editions ``tei-encode build`` wrote in out/: every OUT/*.xml but
    the collection's corpus.xml (a teiCorpus, not an edition)."""
    from encoder.publish import CORPUS_NAME

    return [p for p in sorted((ROOT / "out").glob("*.xml")) if p.name != CORPUS_NAME]


_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_POINTERS = ("who", "ref", "target", "resp", "corresp", "synch", "origin", "since", "source")


def local_ids(tree: Any) -> Any:
    """A copy of an encoded document with the document's prefix taken off
    every ``xml:id`` and ``#pointer`` (``memo-turn-1`` → ``turn-1``), for tests
    about what is encoded, not about the prefix (``test_edition.py`` tests
    that). ``TEI/@xml:id`` itself is kept."""
    from copy import deepcopy

    copy = deepcopy(tree)
    root = copy.getroot() if hasattr(copy, "getroot") else copy
    prefix = root.get(_XML_ID, "") + "-"
    for elem in root.iter():
        ident = elem.get(_XML_ID)
        if elem is not root and ident is not None and ident.startswith(prefix):
            elem.set(_XML_ID, ident[len(prefix) :])
        for name in _POINTERS:
            value = elem.get(name)
            if value is not None and "#" + prefix in value:
                elem.set(name, value.replace("#" + prefix, "#"))
    return copy
