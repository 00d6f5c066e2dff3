"""The editions of a collection as one ``teiCorpus`` (OUT/corpus.xml).

::

    <teiCorpus>
      <teiHeader>  … <particDesc><listPerson>  the one register of persons
      <TEI xml:id="doc-a"> …                   every edition, ids prefixed
      <TEI xml:id="doc-b"> …

Each edition keeps its text and header; its persons (participants and
persons mentioned) move to the corpus register, and every pointer to them
(``@who``, ``@ref``, …) follows.

Ids are unique in the corpus whatever the editions' own ids: each edition's
id is its ``TEI/@xml:id`` (else a slug of its file name), and unless all of
its ids already start with ``{id}-`` they are prefixed so, with every
pointer to them.

Persons are merged across editions through the authority file
(``--persons``) or a merge table (``--merge``), never by name: a person
whose id is an authority id (``khrushchev``, or ``{edition id}-khrushchev``)
becomes the register's one ``khrushchev``; a row ``a-bridge,hale,hale`` of
the merge table makes person ``hale`` of the document ``a-bridge`` the
register's ``hale``; persons that agree only in name stay apart (two Smiths
are not one Smith).
"""

from __future__ import annotations

import copy
import csv
import io
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final

from lxml import etree

from .xmlio import TEI, TEI_NS, XML_ID, XmlInputError, indent

POINTER_ATTRIBUTES: Final = frozenset(
    {"who", "ref", "target", "synch", "resp", "origin", "since", "corresp", "sameAs", "ana"}
)
_PERSONS: Final = (TEI + "person", TEI + "personGrp")
_NS: Final = {"tei": TEI_NS}


def _elements(node: etree._Element, path: str) -> list[etree._Element]:
    found = node.xpath(path, namespaces=_NS)
    assert isinstance(found, list)
    return [e for e in found if isinstance(e, etree._Element)]


def _words(element: etree._Element) -> str:
    return " ".join(str(element.xpath("string()")).split())


_NCNAME: Final = re.compile(r"^[A-Za-z_][\w.\-]*$")
MERGE_COLUMNS: Final = ("document", "person", "into")


class MergeTableError(Exception):
    """A merge table that cannot be used: ``line`` is where (0: the whole file)."""

    def __init__(self, message: str, line: int = 0) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


@dataclass(frozen=True)
class Merging:
    """How persons of different editions become one register entry: the
    authority file's ids, and the merge table's (document stem, person id)
    → shared id."""

    authority: Collection[str] = frozenset()
    table: Mapping[tuple[str, str], str] = field(default_factory=dict)


def parse_merge_table(data: bytes) -> dict[tuple[str, str], str]:
    """A CSV merge table: a header ``document,person,into``, then one row per
    person to merge: the document's file name without .txt, the person's id
    in it, and the id of the shared register entry.

    >>> parse_merge_table(b"document,person,into\\na-bridge,hale,hale\\nb-ferry,hale,hale\\n")
    {('a-bridge', 'hale'): 'hale', ('b-ferry', 'hale'): 'hale'}
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise MergeTableError("not UTF-8 text") from None
    rows = csv.reader(io.StringIO(text))
    header = [h.strip() for h in next(rows, [])]
    if tuple(header) != MERGE_COLUMNS:
        raise MergeTableError(f"the first row must be {','.join(MERGE_COLUMNS)}", 1)
    table: dict[tuple[str, str], str] = {}
    for line, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(MERGE_COLUMNS):
            raise MergeTableError(f"{len(row)} columns, not {len(MERGE_COLUMNS)}", line)
        document, person, into = (cell.strip() for cell in row)
        if not all(_NCNAME.match(v) for v in (person, into)) or not document:
            raise MergeTableError("a document name and two XML ids (person, into) are needed", line)
        if table.get((document, person), into) != into:
            raise MergeTableError(f"{document},{person} is merged into two entries", line)
        table[(document, person)] = into
    return table


@dataclass(frozen=True, slots=True)
class Edition:
    """One edition to gather: its file stem and its parsed TEI."""

    stem: str
    tree: etree._ElementTree


def edition_id(edition: Edition) -> str:
    """``TEI/@xml:id``, else a slug of the file name."""
    ident = edition.tree.getroot().get(XML_ID)
    if ident:
        return ident
    from .reader.names import slugify  # the reader's tables: only for an edition without an id

    return slugify(edition.stem)


def _tokens_mapped(value: str, mapping: dict[str, str]) -> str:
    return " ".join(
        "#" + mapping.get(token[1:], token[1:]) if token.startswith("#") else token
        for token in value.split()
    )


def _inner_ids(root: etree._Element) -> list[etree._Element]:
    return [e for e in _elements(root, "descendant::*[@xml:id]") if e.get(XML_ID)]


def _needs_prefix(root: etree._Element, prefix: str) -> bool:
    return not all(str(e.get(XML_ID)).startswith(prefix) for e in _inner_ids(root))


def _prefix_ids(root: etree._Element, prefix: str) -> dict[str, str]:
    """Prefix every id of ``root`` (unless all already carry ``prefix``);
    return old id → new id."""
    inside = _inner_ids(root)
    if all(str(e.get(XML_ID)).startswith(prefix) for e in inside):
        return {}
    renamed = {str(e.get(XML_ID)): prefix + str(e.get(XML_ID)) for e in inside}
    for element in inside:
        element.set(XML_ID, renamed[str(element.get(XML_ID))])
    return renamed


def persons_of(root: etree._Element) -> list[etree._Element]:
    """An edition's persons and groups: its participants and those mentioned."""
    return _elements(
        root,
        "tei:teiHeader/tei:profileDesc/tei:particDesc//*[self::tei:person or self::tei:personGrp]"
        " | tei:standOff/tei:listPerson//*[self::tei:person or self::tei:personGrp]",
    )


def person_register_ids(edition: Edition, merging: Merging) -> dict[str, str]:
    """Each person id of ``edition`` → its id in the collection's register:
    the merge table's, else the authority id, else its id made unique."""
    root = edition.tree.getroot()
    prefix = edition_id(edition) + "-"
    prefixing = _needs_prefix(root, prefix)
    ids = {}
    for person in persons_of(root):
        own = str(person.get(XML_ID))
        ids[own] = (
            merging.table.get((edition.stem, own))  # the id as written, or without
            or merging.table.get((edition.stem, own.removeprefix(prefix)))  # its prefix
            or _authority_id(own, prefix, merging.authority)
            or (prefix + own if prefixing else own)
        )
    return ids


def _authority_id(person_id: str, prefix: str, authority: Collection[str]) -> str | None:
    bare = person_id.removeprefix(prefix)
    return bare if bare in authority else None


class _Register:
    """The corpus register: one entry per person, merged by shared id."""

    def __init__(self) -> None:
        self.entries: dict[str, etree._Element] = {}

    def add(self, person: etree._Element, register_id: str) -> None:
        known = self.entries.get(register_id)
        if known is None:
            person.set(XML_ID, register_id)
            self.entries[register_id] = person
            return
        seen = {(c.tag, _words(c)) for c in known}
        for child in person:
            key = (child.tag, _words(child))
            if key not in seen and (child.tag not in (TEI + "birth", TEI + "death")):
                known.append(child)
                seen.add(key)


# An edition's share of the corpus, as text, so that a build's worker can hand
# it to the parent: its TEI element with ids made unique and its persons taken
# out; the persons taken out, in a listPerson; the register id of each.
Gathered = tuple[str, str, tuple[str, ...]]


def gather(edition: Edition, register_ids: dict[str, str], *, in_place: bool = False) -> Gathered:
    """The edition's root, its ids made unique, its persons taken out for the
    register (``register_ids``: :func:`person_register_ids`). ``in_place``
    takes the edition's own tree apart (no copy)."""
    root = edition.tree.getroot()
    if not in_place:
        root = copy.deepcopy(root)
    doc_id = edition_id(edition)
    root.set(XML_ID, doc_id)
    persons = [(person, str(person.get(XML_ID))) for person in persons_of(root)]
    renamed = _prefix_ids(root, doc_id + "-") | register_ids
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for name in POINTER_ATTRIBUTES & set(element.attrib):
            element.set(name, _tokens_mapped(element.get(name, ""), renamed))
    taken = etree.Element(TEI + "listPerson", nsmap={None: TEI_NS})  # type: ignore[dict-item]
    taken.extend(person for person, _own in persons)  # each with its tail
    _drop_empty_registers(root)
    indent(root, 1)  # as a child of the corpus (see corpus_of)
    return (
        etree.tostring(root, encoding="unicode"),
        etree.tostring(taken, encoding="unicode"),
        tuple(register_ids[own] for _person, own in persons),
    )


# The parts come from this build's workers or from a file in OUT that this
# tool wrote: no DTD, no entities, nothing fetched.
_PART_PARSER: Final = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def _parsed(text: str) -> etree._Element:
    try:
        return etree.fromstring(text, _PART_PARSER)
    except etree.XMLSyntaxError as exc:
        line, col = exc.position if exc.position else (0, 0)
        raise XmlInputError(f"a kept part of the corpus: {exc.msg}", line, col) from None


def _drop_empty_registers(root: etree._Element) -> None:
    """listPerson and particDesc left without persons go, and an empty standOff."""
    for path in (
        "tei:teiHeader/tei:profileDesc/tei:particDesc//tei:listPerson",
        "tei:teiHeader/tei:profileDesc/tei:particDesc",
        "tei:standOff/tei:listPerson",
    ):
        for element in reversed(_elements(root, path)):
            if not _elements(element, ".//tei:person | .//tei:personGrp"):
                element.getparent().remove(element)  # type: ignore[union-attr]
    for stand_off in root.findall(TEI + "standOff"):
        if len(stand_off) == 0:
            root.remove(stand_off)


def _el(parent: etree._Element, name: str, text: str | None = None) -> etree._Element:
    element = etree.SubElement(parent, TEI + name)
    element.text = text
    return element


def build_corpus(editions: Sequence[Edition], merging: Merging) -> etree._ElementTree:
    """The ``teiCorpus`` of ``editions`` (in the given order)."""
    return corpus_of([gather(e, person_register_ids(e, merging)) for e in editions])


def corpus_of(parts: Sequence[Gathered]) -> etree._ElementTree:
    """The ``teiCorpus`` of the editions' shares (:func:`gather`), in order,
    indented (for :func:`encoder.xmlio.serialize` with ``laid_out``)."""
    register = _Register()
    documents = []
    for root, persons, register_ids in parts:
        documents.append(_parsed(root))
        for person, register_id in zip(_parsed(persons), register_ids, strict=True):
            register.add(person, register_id)
    corpus = etree.Element(TEI + "teiCorpus", nsmap={None: TEI_NS})  # type: ignore[dict-item]
    langs = {d.get("{http://www.w3.org/XML/1998/namespace}lang") for d in documents}
    lang = langs.pop() if len(langs) == 1 else None
    corpus.set("{http://www.w3.org/XML/1998/namespace}lang", lang or "und")
    header = _el(corpus, "teiHeader")
    file_desc = _el(header, "fileDesc")
    count = len(documents)
    _el(_el(file_desc, "titleStmt"), "title", f"A collection of {count} edition(s)")
    _el(_el(file_desc, "publicationStmt"), "p", "Gathered by tei-encode build from its editions.")
    _el(
        _el(file_desc, "sourceDesc"),
        "p",
        "The editions below, each with the description of its own source.",
    )
    if register.entries:
        listing = _el(_el(_el(header, "profileDesc"), "particDesc"), "listPerson")
        for person in register.entries.values():
            listing.append(person)
    # Laid out as serialize() would: the header here, each edition when gathered
    # (a walk of every element of the corpus again was ~30 % of publishing it).
    indent(corpus, 0)
    corpus.extend(documents)
    for child in corpus:
        child.tail = "\n  "
    corpus[-1].tail = "\n"
    return etree.ElementTree(corpus)
