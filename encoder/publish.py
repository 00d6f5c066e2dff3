"""What ``tei-encode build`` writes for the collection as a whole, after its
documents: ``OUT/corpus.xml`` (:mod:`encoder.corpus`) and, with the HTML
editions, the collection's pages and search index (:mod:`encoder.site`).

The collection is the documents of OUT's build record (the manifest), in the
order of their names. A file is rewritten only when its bytes change, so a
build that changed nothing touches nothing. Only a local OUT gets them (not
an fsspec URL).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Final

from .collection import read_state
from .corpus import Edition, Merging, build_corpus, unmatched_rows
from .fileio import write_atomic
from .site import INDEX_NAME, PEOPLE_NAME, SEARCH_NAME, site_files
from .xmlio import parse_xml_file, serialize

CORPUS_NAME: Final = "corpus.xml"
# every file publish_collection writes (with HTML editions)
COLLECTION_NAMES: Final = (CORPUS_NAME, INDEX_NAME, PEOPLE_NAME, SEARCH_NAME)


def collection_editions(out: Path) -> list[Edition]:
    """The editions OUT's build record lists, parsed, by file name."""
    state = read_state(out)
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


def publish_collection(out: Path, merging: Merging, html: bool) -> list[tuple[str, str]]:
    """Write OUT's collection-level files (those whose bytes changed);
    return the merge table's rows that name no person of the collection."""
    editions = collection_editions(out)
    for name, data in collection_files(editions, merging, html).items():
        target = out / name
        if not (target.is_file() and target.read_bytes() == data):
            write_atomic(target, data)
    return unmatched_rows(editions, merging)
