"""The edition's own metadata: what the user says about the TEI files, never the source.

A transcript says who made the *source* (note-takers, a translator, an
archive and its funder); only the user can say who publishes the *edition*,
under which licence, with which identifiers. That comes from a collection
file, ``tei-encode.toml`` beside the ``sources/`` folder (or ``--edition
FILE``), or from the same keys given as options::

    id_prefix = "wc-"                   # TEI/@xml:id = prefix + the document's name
    publisher = "Example Press"
    date = "2026-12-01"                 # the edition's date (ISO)

    [[editors]]
    name = "Jane Roe"
    orcid = "0000-0002-1825-0097"       # optional

    [licence]
    target = "https://creativecommons.org/licenses/by/4.0/"
    label = "CC BY 4.0"
    status = "free"                     # optional: free, restricted or unknown

    [documents."memo-1958.txt"]         # keyed by the source file's name
    source_url = "https://archive.example/doc/1"
    record_id = "112081"

and ``schema_url = "https://example.org/schema/"``: the folder where the
edition publishes ``tei-encoder.rng`` and ``tei-encoder.sch`` (written as
``<?xml-model?>`` and ``schemaRef``); ``edition_url =
"https://example.org/editions/"``: the folder where it publishes its TEI
files, so that each edition's URI is that folder and its file name
(``idno[@type='URI']``).

Every key is optional. A value that is not given is left out of the TEI,
never filled with the source's. A file with an unknown key or a bad value
is refused whole, with the key and what to write instead (E521).
"""

from __future__ import annotations

import re
from typing import Final

from .diagnostics import Diagnostic, Severity, Span
from .lazyre import LazyPattern
from .record import Record, replace

_ORCID: Final = LazyPattern(r"^(?:https?://orcid\.org/)?(\d{4}-\d{4}-\d{4}-\d{3}[\dX])$")
_ISO_DATE: Final = LazyPattern(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")
# the start of an XML name (NCName) and what may follow; the prefix ends up
# at the start of every xml:id of the document
_PREFIX: Final = LazyPattern(r"^(?:[A-Za-z_][A-Za-z0-9._-]*)?$")
_URI: Final = LazyPattern(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")
STATUSES: Final = ("free", "restricted", "unknown")
_TOP_KEYS: Final = {
    "id_prefix",
    "publisher",
    "date",
    "editors",
    "licence",
    "documents",
    "schema_url",
    "edition_url",
}
_LICENCE_KEYS: Final = {"target", "label", "status"}
_EDITOR_KEYS: Final = {"name", "orcid"}
_DOCUMENT_KEYS: Final = {"source_url", "record_id"}
COLLECTION_FILE: Final = "tei-encode.toml"


class Editor(Record):
    name: str
    orcid: str | None = None  # the bare identifier, 0000-0002-1825-0097

    @property
    def uri(self) -> str | None:
        return f"https://orcid.org/{self.orcid}" if self.orcid else None


class SourceRecord(Record):
    """Where one document's source was found: the page it was copied from."""

    url: str | None = None
    record_id: str | None = None


class Edition(Record):
    publisher: str | None = None
    editors: tuple[Editor, ...] = ()
    licence_target: str | None = None
    licence_label: str | None = None
    licence_status: str | None = None
    id_prefix: str = ""
    date: str | None = None
    documents: tuple[tuple[str, SourceRecord], ...] = ()
    schema_url: str | None = None  # where the edition publishes schema/tei-encoder.rng and .sch
    edition_url: str | None = None  # where the edition publishes its TEI files (NAME.xml)

    def source_of(self, file_name: str) -> SourceRecord:
        """The record of a source file (by its name, not its path)."""
        return dict(self.documents).get(file_name, SourceRecord())

    def to_json(self) -> dict[str, object]:
        """What a build's manifest records (every value: any of them changes an output)."""
        return {
            "publisher": self.publisher,
            "editors": [[e.name, e.orcid] for e in self.editors],
            "licence": [self.licence_target, self.licence_label, self.licence_status],
            "id_prefix": self.id_prefix,
            "date": self.date,
            "documents": [[name, r.url, r.record_id] for name, r in self.documents],
            "schema_url": self.schema_url,
            "edition_url": self.edition_url,
        }


class EditionError(ValueError):
    """A collection file or option that cannot be used; ``diagnostics`` say why."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("; ".join(d.format() for d in diagnostics))
        self.diagnostics = diagnostics


class _Checker:
    """Collects every problem of one file, so that the user sees them all at once."""

    def __init__(self, where: str) -> None:
        self.where = where
        self.problems: list[Diagnostic] = []

    def fail(self, key: str, message: str) -> None:
        text = f"{key}: {message}"
        self.problems.append(Diagnostic("E521", Severity.ERROR, text, Span(self.where)))

    def text(self, key: str, value: object) -> str | None:
        if not isinstance(value, str) or not value.strip():
            self.fail(key, 'must be a non-empty string in quotes, e.g. key = "value"')
            return None
        return " ".join(value.split())

    def unknown(self, key: str, table: dict[str, object], allowed: set[str]) -> None:
        for name in sorted(set(table) - allowed):
            known = ", ".join(sorted(allowed))
            self.fail(f"{key}{name}", f"unknown key; the keys here are {known}")


def check_orcid(value: str) -> str | None:
    """The bare ORCID iD if ``value`` is one (with a right check digit), else None.

    >>> check_orcid("https://orcid.org/0000-0002-1825-0097")
    '0000-0002-1825-0097'
    >>> check_orcid("0000-0002-1825-0098") is None
    True
    """
    match = _ORCID.match(value.strip())
    if match is None:
        return None
    digits = match.group(1).replace("-", "")
    total = 0
    for digit in digits[:-1]:  # ISO 7064 MOD 11-2
        total = (total + int(digit)) * 2
    check = (12 - total % 11) % 11
    return match.group(1) if digits[-1] == ("X" if check == 10 else str(check)) else None


def _uri(checker: _Checker, key: str, value: object) -> str | None:
    text = checker.text(key, value)
    if text is not None and not _URI.match(text):
        checker.fail(key, f"{text!r} is not an absolute URI such as https://example.org/x")
        return None
    return text


def _folder(checker: _Checker, key: str, value: object) -> str | None:
    url = _uri(checker, key, value)
    if url is not None and not url.endswith("/"):
        checker.fail(key, f"{url!r} must name a folder: end it with /")
        return None
    return url


def _date(checker: _Checker, key: str, value: object) -> str | None:
    text = checker.text(key, value)
    if text is not None and not _ISO_DATE.match(text):
        checker.fail(key, f"{text!r} is not an ISO date: write YYYY, YYYY-MM or YYYY-MM-DD")
        return None
    return text


def _prefix(checker: _Checker, key: str, value: object) -> str:
    if not isinstance(value, str) or not _PREFIX.match(value):
        checker.fail(
            key,
            f"{value!r} cannot begin an XML id: a letter or _ first, then letters, "
            "digits, '.', '-' or '_' (e.g. \"wc-\")",
        )
        return ""
    return value


def _editor(checker: _Checker, key: str, raw: object) -> Editor | None:
    if not isinstance(raw, dict):
        checker.fail(key, 'must be a table: [[editors]] with name = "…" (and orcid = "…")')
        return None
    checker.unknown(key + ".", raw, _EDITOR_KEYS)
    name = checker.text(key + ".name", raw.get("name"))
    orcid = None
    if "orcid" in raw:
        given = checker.text(key + ".orcid", raw["orcid"])
        orcid = check_orcid(given) if given else None
        if given and orcid is None:
            checker.fail(
                key + ".orcid",
                f"{given!r} is not an ORCID iD (16 digits in groups of four, the last "
                "a check digit, e.g. 0000-0002-1825-0097)",
            )
    return Editor(name, orcid) if name else None


def _licence(checker: _Checker, raw: object) -> tuple[str | None, str | None, str | None]:
    if not isinstance(raw, dict):
        checker.fail("licence", 'must be a table: [licence] with target = "URI", label = "…"')
        return None, None, None
    checker.unknown("licence.", raw, _LICENCE_KEYS)
    target = _uri(checker, "licence.target", raw["target"]) if "target" in raw else None
    label = checker.text("licence.label", raw["label"]) if "label" in raw else None
    status = checker.text("licence.status", raw["status"]) if "status" in raw else None
    if status is not None and status not in STATUSES:
        checker.fail("licence.status", f"{status!r} is not one of {', '.join(STATUSES)}")
        status = None
    return target, label, status


def _documents(checker: _Checker, raw: object) -> tuple[tuple[str, SourceRecord], ...]:
    if not isinstance(raw, dict):
        checker.fail("documents", 'must be a table of tables: [documents."NAME.txt"]')
        return ()
    records = []
    for name, entry in sorted(raw.items()):
        key = f"documents.{name!r}"
        if "/" in name or "\\" in name:
            checker.fail(key, "name the source file only (memo.txt), not a path")
            continue
        if not isinstance(entry, dict):
            checker.fail(key, 'must be a table with source_url = "…" and/or record_id = "…"')
            continue
        checker.unknown(key + ".", entry, _DOCUMENT_KEYS)
        url = (
            _uri(checker, key + ".source_url", entry["source_url"])
            if "source_url" in entry
            else None
        )
        record = None
        if "record_id" in entry:
            value = entry["record_id"]
            record = checker.text(
                key + ".record_id", str(value) if isinstance(value, int) else value
            )
        records.append((name, SourceRecord(url, record)))
    return tuple(records)


def parse_edition(data: bytes, where: str) -> Edition:
    """The edition a collection file describes, or :class:`EditionError`.

    >>> parse_edition(b'publisher = "P"\\nid_prefix = "x-"', "t.toml").publisher
    'P'
    """
    import tomllib  # only for a collection file: not loaded by every encode

    try:
        raw = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        message = f"not a TOML file in UTF-8 ({exc}); see docs/edition.md for its form"
        raise EditionError([Diagnostic("E520", Severity.ERROR, message, Span(where))]) from None
    checker = _Checker(where)
    checker.unknown("", raw, _TOP_KEYS)
    edition = Edition()
    if "publisher" in raw:
        edition = replace(edition, publisher=checker.text("publisher", raw["publisher"]))
    if "date" in raw:
        edition = replace(edition, date=_date(checker, "date", raw["date"]))
    if "id_prefix" in raw:
        edition = replace(edition, id_prefix=_prefix(checker, "id_prefix", raw["id_prefix"]))
    if "editors" in raw:
        items = raw["editors"] if isinstance(raw["editors"], list) else [raw["editors"]]
        editors = [_editor(checker, f"editors[{i}]", item) for i, item in enumerate(items)]
        edition = replace(edition, editors=tuple(e for e in editors if e is not None))
    if "licence" in raw:
        target, label, status = _licence(checker, raw["licence"])
        edition = replace(
            edition, licence_target=target, licence_label=label, licence_status=status
        )
    if "documents" in raw:
        edition = replace(edition, documents=_documents(checker, raw["documents"]))
    if "schema_url" in raw:
        edition = replace(edition, schema_url=_folder(checker, "schema_url", raw["schema_url"]))
    if "edition_url" in raw:
        edition = replace(edition, edition_url=_folder(checker, "edition_url", raw["edition_url"]))
    if checker.problems:
        raise EditionError(checker.problems)
    return edition


def with_options(
    edition: Edition,
    *,
    publisher: str | None = None,
    editors: tuple[str, ...] = (),
    licence: str | None = None,
    licence_label: str | None = None,
    id_prefix: str | None = None,
    date: str | None = None,
    schema_url: str | None = None,
    edition_url: str | None = None,
) -> Edition:
    """``edition`` with the values given as options in its place (an option
    wins over the file; ``--editor`` replaces the file's editors). An editor
    is written ``NAME`` or ``NAME|ORCID``."""
    checker = _Checker("command line")
    if publisher is not None:
        edition = replace(edition, publisher=checker.text("--publisher", publisher))
    if date is not None:
        edition = replace(edition, date=_date(checker, "--edition-date", date))
    if id_prefix is not None:
        edition = replace(edition, id_prefix=_prefix(checker, "--id-prefix", id_prefix))
    if licence is not None:
        edition = replace(edition, licence_target=_uri(checker, "--licence", licence))
    if schema_url is not None:
        edition = replace(edition, schema_url=_folder(checker, "--schema-url", schema_url))
    if edition_url is not None:
        edition = replace(edition, edition_url=_folder(checker, "--edition-url", edition_url))
    if licence_label is not None:
        edition = replace(edition, licence_label=checker.text("--licence-label", licence_label))
    if editors:
        given = []
        for value in editors:
            name, _, orcid = value.partition("|")
            table: dict[str, object] = {"name": name}
            if orcid:
                table["orcid"] = orcid
            given.append(_editor(checker, "--editor", table))
        edition = replace(edition, editors=tuple(e for e in given if e is not None))
    if checker.problems:
        raise EditionError(checker.problems)
    return edition


def with_document(edition: Edition, name: str, record: SourceRecord) -> Edition:
    """``edition`` with ``record`` as the source of the file ``name``
    (encode's ``--source-url`` and ``--record-id``), checked like the
    collection file's ``[documents]`` table; nothing given: unchanged."""
    table = {"source_url": record.url, "record_id": record.record_id}
    table = {key: value for key, value in table.items() if value is not None}
    if not table:
        return edition
    checker = _Checker("command line")
    given = _documents(checker, {name: table})
    if checker.problems:
        raise EditionError(checker.problems)
    others = tuple(entry for entry in edition.documents if entry[0] != name)
    return replace(edition, documents=tuple(sorted(others + given, key=lambda e: e[0])))


def document_id(prefix: str, source_name: str) -> str:
    """``TEI/@xml:id``: the prefix and a slug of the source file's name (its
    extension and folders left out, so that the path the file was given by
    does not matter). A name that would not start an XML id gets ``d-``.

    >>> document_id("wc-", "sources/Memo 1958 (draft).txt")
    'wc-memo-1958-draft'
    >>> document_id("", "/tmp/1958.txt")
    'd-1958'
    """
    name = re.split(r"[/\\]", source_name)[-1]
    stem = name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-") or "document"
    ident = prefix + slug
    return ident if re.match(r"[A-Za-z_]", ident) else "d-" + ident
