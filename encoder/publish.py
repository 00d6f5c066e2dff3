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

What the files need of each edition is its :class:`EditionPart`: a build's
workers read it from the tree they have just written and hand it back with
the document (:func:`encoder.document.encode_document`), so that the parent
does not parse every edition again. The parts are kept in
``OUT/.tei-encode-collection-parts.json`` with the checksum of the edition
each was read from, for the documents the next build skips; an edition
without a part that fits is parsed here.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from . import __version__
from .collection import Manifest, code_fingerprint, read_state
from .corpus import (
    Edition,
    Gathered,
    Merging,
    corpus_of,
    edition_id,
    gather,
    person_register_ids,
    persons_of,
)
from .fileio import write_atomic
from .site import INDEX_NAME, PEOPLE_NAME, SEARCH_NAME, SitePart, site_files, site_part
from .xmlio import XML_ID, XML_LANG, parse_xml_file, serialize

CORPUS_NAME: Final = "corpus.xml"
# every file publish_collection writes (with HTML editions)
COLLECTION_NAMES: Final = (CORPUS_NAME, INDEX_NAME, PEOPLE_NAME, SEARCH_NAME)
RECORD_NAME: Final = ".tei-encode-collection.json"
PARTS_NAME: Final = ".tei-encode-collection-parts.json"


@dataclass(frozen=True, slots=True)
class EditionPart:
    """What the collection files need of one edition."""

    lang: str | None  # the edition's xml:lang
    known: tuple[str, ...]  # its person ids, as written and without its prefix
    corpus: Gathered  # see corpus.gather
    site: SitePart

    def to_json(self) -> list[object]:
        return [self.lang, self.known, *self.corpus, self.site.to_json()]

    @classmethod
    def from_json(cls, raw: Any) -> EditionPart:
        lang, known, root, persons, register_ids, site = raw
        gathered = (str(root), str(persons), tuple(map(str, register_ids)))
        return cls(lang, tuple(known), gathered, SitePart.from_json(site))


def edition_part(edition: Edition, merging: Merging, *, in_place: bool = False) -> EditionPart:
    """Read from ``edition`` what the collection files need of it; with
    ``in_place`` its tree is taken apart (see :func:`encoder.corpus.gather`)."""
    root = edition.tree.getroot()
    prefix = edition_id(edition) + "-"
    own = [str(person.get(XML_ID)) for person in persons_of(root)]
    known = tuple(dict.fromkeys(k for o in own for k in (o, o.removeprefix(prefix))))
    ids = person_register_ids(edition, merging)
    site = site_part(edition, ids)  # first: gather changes the ids
    return EditionPart(root.get(XML_LANG), known, gather(edition, ids, in_place=in_place), site)


def _parts_key(merging: Merging) -> str:
    """What every part depends on beside its edition: the merging and the tool."""
    inputs = {
        "authority": sorted(merging.authority),
        "table": sorted([*key, into] for key, into in merging.table.items()),
        "tool": [__version__, code_fingerprint()],
    }
    return hashlib.sha256(json.dumps(inputs, sort_keys=True).encode()).hexdigest()


def _kept_parts(out: Path, key: str) -> dict[str, tuple[str, Any]]:
    """The parts the last publishing kept: stem → (edition sha256, raw part)."""
    try:
        raw: Any = json.loads((out / PARTS_NAME).read_bytes())
        if raw["key"] != key:
            return {}
        return {str(stem): (str(sha), part) for stem, (sha, part) in raw["parts"].items()}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return {}


def collection_parts(
    out: Path, merging: Merging, state: Manifest, given: Mapping[str, EditionPart]
) -> dict[str, tuple[str, EditionPart]]:
    """stem → (the edition's sha256, its part) for each edition OUT's build
    record lists, by file name: the part ``given`` (this build's workers), else
    the one kept for the same edition, else read from the edition's file."""
    key = _parts_key(merging)
    kept: dict[str, tuple[str, Any]] | None = None
    parts: dict[str, tuple[str, EditionPart]] = {}
    for stem in sorted(state.entries):
        path = out / f"{stem}.xml"
        sha = state.entries[stem].outputs.get(path.name, "")
        if stem in given:
            parts[stem] = (sha, given[stem])
            continue
        if not path.is_file():
            continue
        kept = _kept_parts(out, key) if kept is None else kept
        recorded, raw = kept.get(stem, ("", None))
        part = None
        if sha and recorded == sha:
            try:
                part = EditionPart.from_json(raw)
            except (ValueError, TypeError):
                part = None
        if part is None:
            part = edition_part(Edition(stem, parse_xml_file(path)), merging, in_place=True)
        parts[stem] = (sha, part)
    return parts


def collection_files(parts: Sequence[EditionPart], html: bool) -> dict[str, bytes]:
    """Every collection-level file: name → bytes (the pages with ``html``)."""
    if not parts:
        return {}
    files = {CORPUS_NAME: serialize(corpus_of([part.corpus for part in parts]), laid_out=True)}
    if html:
        langs = {part.lang for part in parts}
        lang = langs.pop() if len(langs) == 1 else None
        files |= site_files([part.site for part in parts], lang)
    return files


def unmatched_rows(parts: Mapping[str, EditionPart], merging: Merging) -> list[tuple[str, str]]:
    """The merge table's (document, person) pairs that name no person of the
    editions (``parts`` by stem)."""
    known = {(stem, own) for stem, part in parts.items() for own in part.known}
    return sorted(set(merging.table) - known)


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


def publish_collection(
    out: Path, merging: Merging, html: bool, given: Mapping[str, EditionPart] | None = None
) -> list[tuple[str, str]]:
    """Write OUT's collection-level files (those whose bytes changed);
    return the merge table's rows that name no person of the collection.
    ``given``: the parts of the editions this build wrote, by stem."""
    state = read_state(out)
    made_from = _made_from(state, merging, html)
    known = _unchanged(out, made_from)
    if known is not None:
        return known
    parts = collection_parts(out, merging, state, given or {})
    by_stem = {stem: part for stem, (_sha, part) in parts.items()}
    files = collection_files(list(by_stem.values()), html)
    for name, data in files.items():
        target = out / name
        if not (target.is_file() and target.read_bytes() == data):
            write_atomic(target, data)
    kept = {
        "key": _parts_key(merging),
        "parts": {stem: [sha, part.to_json()] for stem, (sha, part) in parts.items() if sha},
    }
    write_atomic(out / PARTS_NAME, json.dumps(kept, ensure_ascii=False).encode() + b"\n")
    unmatched = unmatched_rows(by_stem, merging)
    record = {
        "made_from": made_from,
        "files": {name: hashlib.sha256(data).hexdigest() for name, data in files.items()},
        "unmatched": unmatched,
    }
    write_atomic(out / RECORD_NAME, json.dumps(record, indent=1, sort_keys=True).encode() + b"\n")
    return unmatched
