"""A user's authority file of persons: CSV or TEI ``listPerson``, read offline.

CSV columns (a header row first; only ``id`` and ``name`` are required)::

    id,name,wikidata,viaf,gnd
    dulles,John Foster Dulles|Dulles,Q219953,,118527665

``name`` may hold several forms separated by ``|``. Identifiers may be given
bare (``Q219953``) or as their full URIs; they are written as full URIs in
``<idno type="wikidata">`` etc. The same file gives the same persons the same
ids in every document of a collection.

>>> r = Reporter()
>>> entries = parse_authority(b"id,name,wikidata\\nkh,N.S. Khrushchev,Q35498\\n", "p.csv", r)
>>> entries[0].person_id, entries[0].idnos
('kh', (('wikidata', 'http://www.wikidata.org/entity/Q35498'),))
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from typing import Final

from lxml import etree

from .diagnostics import Reporter, Span
from .ids import is_reserved
from .xmlio import TEI, XML_ID, XmlInputError, parse_xml_bytes

_NCNAME: Final = re.compile(r"^[A-Za-z_][\w.\-]*$")
# type → (pattern of the bare identifier, URI prefix)
AUTHORITIES: Final = {
    "wikidata": (re.compile(r"^Q[1-9]\d*$"), "http://www.wikidata.org/entity/"),
    "viaf": (re.compile(r"^[1-9]\d{0,21}$"), "http://viaf.org/viaf/"),
    "gnd": (re.compile(r"^[0-9X\-]{7,12}$"), "https://d-nb.info/gnd/"),
}


@dataclass(frozen=True, slots=True)
class AuthorityEntry:
    person_id: str
    names: tuple[str, ...]
    idnos: tuple[tuple[str, str], ...]


class AuthorityError(Exception):
    """The authority file has errors; the reporter lists them."""


def _identifier(kind: str, value: str) -> str | None:
    pattern, prefix = AUTHORITIES[kind]
    bare = value.strip()
    if bare.startswith(("http://", "https://")):
        bare = bare.rstrip("/").rsplit("/", 1)[-1]
    if not pattern.match(bare):
        return None
    return prefix + bare


def parse_authority(data: bytes, name: str, reporter: Reporter) -> tuple[AuthorityEntry, ...]:
    """Parse an authority file; raise :class:`AuthorityError` after reporting problems."""
    head = data.lstrip()[:200]
    if head.startswith(b"<"):
        entries = _parse_tei(data, name, reporter)
    else:
        entries = _parse_csv(data, name, reporter)
    seen: dict[str, int] = {}
    for index, entry in enumerate(entries):
        if entry.person_id in seen:
            reporter.error(
                "E503",
                f"id {entry.person_id!r} is given twice in the authority file; ids must be unique",
                Span(name, index + 2 if not head.startswith(b"<") else 0),
            )
        seen[entry.person_id] = index
    if reporter.has_errors:
        raise AuthorityError(name)
    return tuple(entries)


def _parse_csv(data: bytes, name: str, reporter: Reporter) -> list[AuthorityEntry]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        reporter.error("E500", "the authority file is not UTF-8", Span(name, 1))
        raise AuthorityError(name) from None
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        reporter.error("E500", "the authority file is empty", Span(name, 1))
        raise AuthorityError(name)
    header = [h.strip().lower() for h in rows[0]]
    if "id" not in header or "name" not in header:
        reporter.error(
            "E501",
            "the authority file's header must name the columns 'id' and 'name' "
            "(optional: wikidata, viaf, gnd)",
            Span(name, 1, 1),
        )
        raise AuthorityError(name)
    entries: list[AuthorityEntry] = []
    for number, row in enumerate(rows[1:], 2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            reporter.error(
                "E502",
                f"row {number} has {len(row)} fields, the header has {len(header)}",
                Span(name, number, 1),
            )
            continue
        record = dict(zip(header, (cell.strip() for cell in row), strict=True))
        entry = _entry(record, name, number, reporter)
        if entry is not None:
            entries.append(entry)
    return entries


def _entry(
    record: dict[str, str], name: str, number: int, reporter: Reporter
) -> AuthorityEntry | None:
    person_id = record.get("id", "")
    names = tuple(n.strip() for n in record.get("name", "").split("|") if n.strip())
    ok = True
    if not _NCNAME.match(person_id):
        reporter.error(
            "E502",
            f"row {number}: id {person_id!r} is not a valid XML id (letters, digits, "
            "'-', '_', '.', starting with a letter)",
            Span(name, number, 1),
        )
        ok = False
    elif is_reserved(person_id):
        reporter.error(
            "E502", _reserved_message(f"row {number}: id", person_id), Span(name, number, 1)
        )
        ok = False
    if not names:
        reporter.error("E502", f"row {number}: the name is empty", Span(name, number, 1))
        ok = False
    idnos: list[tuple[str, str]] = []
    for kind in AUTHORITIES:
        value = record.get(kind, "")
        if not value:
            continue
        uri = _identifier(kind, value)
        if uri is None:
            reporter.error(
                "E502",
                f"row {number}: {value!r} is not a {kind} identifier",
                Span(name, number, 1),
            )
            ok = False
        else:
            idnos.append((kind, uri))
    return AuthorityEntry(person_id, names, tuple(idnos)) if ok else None


def _reserved_message(what: str, person_id: str) -> str:
    return (
        f"{what} {person_id!r} is one the encoder gives another element (the source, a turn, "
        "a note, a time, an editor); give the person another id, e.g. one made from the name"
    )


def _line(element: etree._Element) -> int:
    value = element.sourceline
    return value if isinstance(value, int) else 0


def _parse_tei(data: bytes, name: str, reporter: Reporter) -> list[AuthorityEntry]:
    try:
        tree = parse_xml_bytes(data)
    except XmlInputError as exc:
        reporter.error("E500", exc.message, Span(name, exc.line, exc.col))
        raise AuthorityError(name) from None
    entries: list[AuthorityEntry] = []
    for person in tree.getroot().iter(TEI + "person"):
        line = _line(person)
        person_id = person.get(XML_ID, "")
        names = tuple(
            " ".join("".join(str(t) for t in p.itertext()).split())
            for p in person.findall(TEI + "persName")
        )
        idnos: list[tuple[str, str]] = []
        ok = bool(person_id) and bool(names)
        if not person_id:
            reporter.error("E502", "a <person> has no xml:id", Span(name, line, 1))
        elif is_reserved(person_id):
            reporter.error(
                "E502", _reserved_message("a <person>'s xml:id", person_id), Span(name, line, 1)
            )
            ok = False
        if not names:
            reporter.error("E502", "a <person> has no <persName>", Span(name, line, 1))
        for idno in person.findall(TEI + "idno"):
            kind = (idno.get("type") or "").lower()
            if kind not in AUTHORITIES:
                continue
            uri = _identifier(kind, idno.text or "")
            if uri is None:
                reporter.error(
                    "E502",
                    f"{(idno.text or '')!r} is not a {kind} identifier",
                    Span(name, _line(idno) or line, 1),
                )
                ok = False
            else:
                idnos.append((kind, uri))
        if ok:
            entries.append(AuthorityEntry(person_id, names, tuple(idnos)))
    if not entries and not reporter.has_errors:
        reporter.error("E501", "no <person> in the TEI authority file", Span(name, 1))
    return entries
