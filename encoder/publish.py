"""What ``tei-encode build`` writes for the collection as a whole, after its
documents: ``OUT/corpus.xml`` (:mod:`encoder.corpus`) and, with the HTML
editions, the collection's pages and search index (:mod:`encoder.site`).

The collection is the documents of OUT's build record (the manifest), in the
order of their names. A file is rewritten only when its bytes change, so a
build that changed nothing touches nothing. What the files were made from
(the editions' checksums, the merging, the tool) is kept in
``OUT/.tei-encode-collection.json``: when it and the files are unchanged the
editions are not even read again, so a no-change rebuild of a large
collection stays cheap. Only a local OUT gets them (not an fsspec URL).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

from . import __version__
from .collection import Manifest, code_fingerprint, read_state
from .corpus import Edition, Merging, build_corpus, unmatched_rows
from .fileio import write_atomic
from .site import INDEX_NAME, PEOPLE_NAME, SEARCH_NAME, site_files
from .xmlio import parse_xml_file, serialize

CORPUS_NAME: Final = "corpus.xml"
# every file publish_collection writes (with HTML editions)
COLLECTION_NAMES: Final = (CORPUS_NAME, INDEX_NAME, PEOPLE_NAME, SEARCH_NAME)
RECORD_NAME: Final = ".tei-encode-collection.json"


def collection_editions(out: Path, state: Manifest | None = None) -> list[Edition]:
    """The editions OUT's build record lists, parsed, by file name."""
    state = read_state(out) if state is None else state
    return [
        Edition(stem, parse_xml_file(out / f"{stem}.xml"))
        for stem in sorted(state.entries)
        if (out / f"{stem}.xml").is_file()
    ]


def collection_files(editions: Sequence[Edition], merging: Merging, html: bool) -> dict[str, bytes]:
    """Every collection-level file: name → bytes (the pages with ``html``)."""
    if not editions:
        return {}
    files = {CORPUS_NAME: serialize(build_corpus(editions, merging))}
    if html:
        files |= site_files(editions, merging)
    return files


def _made_from(state: Manifest, merging: Merging, html: bool) -> str:
    """A checksum of everything the collection files are made from."""
    inputs = {
        "editions": sorted((stem, sorted(e.outputs.items())) for stem, e in state.entries.items()),
        "authority": sorted(merging.authority),
        "table": sorted([*key, into] for key, into in merging.table.items()),
        "html": html,
        "tool": [__version__, code_fingerprint()],
    }
    return hashlib.sha256(json.dumps(inputs, sort_keys=True).encode()).hexdigest()


def _sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _unchanged(out: Path, made_from: str) -> list[tuple[str, str]] | None:
    """The recorded unmatched merge rows when the record says the files were
    made from ``made_from`` and they are as written; else None."""
    try:
        record: Any = json.loads((out / RECORD_NAME).read_bytes())
        if record["made_from"] != made_from:
            return None
        if any(_sha256(out / name) != sha for name, sha in record["files"].items()):
            return None
        return [(str(d), str(p)) for d, p in record["unmatched"]]
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def publish_collection(out: Path, merging: Merging, html: bool) -> list[tuple[str, str]]:
    """Write OUT's collection-level files (those whose bytes changed);
    return the merge table's rows that name no person of the collection."""
    state = read_state(out)
    made_from = _made_from(state, merging, html)
    known = _unchanged(out, made_from)
    if known is not None:
        return known
    editions = collection_editions(out, state)
    files = collection_files(editions, merging, html)
    for name, data in files.items():
        target = out / name
        if not (target.is_file() and target.read_bytes() == data):
            write_atomic(target, data)
    unmatched = unmatched_rows(editions, merging)
    record = {
        "made_from": made_from,
        "files": {name: hashlib.sha256(data).hexdigest() for name, data in files.items()},
        "unmatched": unmatched,
    }
    write_atomic(out / RECORD_NAME, json.dumps(record, indent=1, sort_keys=True).encode() + b"\n")
    return unmatched
