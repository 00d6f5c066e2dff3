"""The collection's own pages, written by ``tei-encode build`` beside the
HTML editions:

- ``index.html``: the documents (date, title, participants, turns), a table
  sortable and filterable in the browser, and a full-text search;
- ``people.html``: every person of the collection (merged through the
  authority file or merge table as in :mod:`encoder.corpus`), with the documents and turns
  where they speak and where they are mentioned;
- ``search-index.js``: the prebuilt search index (every turn's text and an
  index of its words), loaded by ``index.html`` with a script element, so
  that the search needs no server and works from ``file://``.

The pages carry their style and script inline (``encoder/assets/``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from lxml import etree

from .corpus import Edition, persons_of
from .xmlio import TEI, TEI_NS, XML_ID

ASSETS: Final = Path(__file__).resolve().parent / "assets"
INDEX_NAME: Final = "index.html"
PEOPLE_NAME: Final = "people.html"
SEARCH_NAME: Final = "search-index.js"
_NS: Final = {"tei": TEI_NS}
_WORDS: Final = re.compile(r"\w+")  # as collection.js's [\p{L}\p{N}_]+


def _words(node: etree._Element | None) -> str:
    if node is None:
        return ""
    return " ".join(str(node.xpath("string()")).split())


def _text_without_notes(node: etree._Element) -> str:
    parts = node.xpath(".//text()[not(ancestor::tei:note)]", namespaces=_NS)
    assert isinstance(parts, list)
    return " ".join("".join(str(p) for p in parts).split())


def _first(node: etree._Element, path: str) -> etree._Element | None:
    found = node.xpath(path, namespaces=_NS)
    assert isinstance(found, list)
    return next((f for f in found if isinstance(f, etree._Element)), None)


def _all(node: etree._Element, path: str) -> list[etree._Element]:
    found = node.xpath(path, namespaces=_NS)
    assert isinstance(found, list)
    return [f for f in found if isinstance(f, etree._Element)]


def _pointers(value: str | None) -> list[str]:
    return [t[1:] for t in (value or "").split() if t.startswith("#")]


@dataclass
class _Person:
    names: list[str] = field(default_factory=list)
    idnos: list[str] = field(default_factory=list)
    # document number → (turns spoken, turns mentioning; anchors in order)
    speaks: dict[int, list[str]] = field(default_factory=dict)
    mentioned: dict[int, list[str]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Document:
    href: str
    title: str
    when: str
    date: str
    participants: tuple[str, ...]
    turns: int


# A turn for the pages: its anchor, the register ids of who speaks it and of
# who is mentioned in it, the speaker's label and the text without notes.
SiteTurn = tuple[str, tuple[str, ...], tuple[str, ...], str, str]


@dataclass(frozen=True, slots=True)
class SitePart:
    """What the pages need of one edition (read by :func:`site_part`, in a
    build's worker or from the edition's file): small, picklable, and kept as
    JSON between builds."""

    document: _Document
    persons: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]  # id, names, idnos
    turns: tuple[SiteTurn, ...]
    texts: tuple[str, ...]  # paragraphs and stage directions outside the turns

    def to_json(self) -> list[object]:
        d = self.document
        document = [d.href, d.title, d.when, d.date, list(d.participants), d.turns]
        return [document, self.persons, self.turns, self.texts]

    @classmethod
    def from_json(cls, raw: Any) -> SitePart:
        """From :meth:`to_json`'s list, read back from JSON."""
        (href, title, when, date, participants, count), persons, turns, texts = raw
        return cls(
            _Document(str(href), str(title), str(when), str(date), tuple(participants), int(count)),
            tuple((str(i), tuple(n), tuple(x)) for i, n, x in persons),
            tuple((str(a), tuple(s), tuple(m), str(k), str(t)) for a, s, m, k, t in turns),
            tuple(texts),
        )


def site_part(edition: Edition, ids: dict[str, str]) -> SitePart:
    """Read from ``edition`` what the pages show of it (``ids``: each person's
    id in the collection's register, :func:`corpus.person_register_ids`)."""
    root = edition.tree.getroot()
    persons = tuple(
        (
            ids[str(person.get(XML_ID))],
            tuple(_words(name) for name in person.iterchildren(TEI + "persName")),
            tuple(_words(idno) for idno in person.iterchildren(TEI + "idno")),
        )
        for person in persons_of(root)
    )
    header = "tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title"
    date = _first(root, "tei:teiHeader/tei:profileDesc/tei:creation/tei:date")
    participants = _all(
        root, "tei:teiHeader/tei:profileDesc/tei:particDesc/tei:listPerson/*/tei:persName[1]"
    )
    turns = _all(root, "tei:text//tei:sp")
    document = _Document(
        href=f"{edition.stem}.html",
        title=_words(_first(root, header)) or edition.stem,
        when=(date.get("when") or "") if date is not None else "",
        date=_words(date),
        participants=tuple(_words(p) for p in participants),
        turns=len(turns),
    )
    site_turns: list[SiteTurn] = []
    for turn in turns:
        mentions = {p for r in _all(turn, ".//tei:persName") for p in _pointers(r.get("ref"))}
        site_turns.append(
            (
                turn.get(XML_ID) or "",
                tuple(ids[pid] for pid in _pointers(turn.get("who")) if pid in ids),
                tuple(ids[pid] for pid in sorted(mentions & ids.keys())),
                _words(_first(turn, "tei:speaker")),
                _text_without_notes(turn),
            )
        )
    blocks = _all(
        root, "tei:text/tei:body//*[self::tei:p or self::tei:stage][not(ancestor::tei:sp)]"
    )
    texts = tuple(text for block in blocks if (text := _text_without_notes(block)))
    return SitePart(document, persons, tuple(site_turns), texts)


class _Collection:
    """What the pages show, gathered from the editions' parts."""

    def __init__(self, parts: Sequence[SitePart]) -> None:
        self.documents: list[_Document] = []
        self.people: dict[str, _Person] = {}
        self.turns: list[dict[str, object]] = []
        for number, part in enumerate(parts):
            self._add(number, part)

    def _add(self, number: int, part: SitePart) -> None:
        for register_id, names, idnos in part.persons:
            entry = self.people.setdefault(register_id, _Person())
            for found, known in ((names, entry.names), (idnos, entry.idnos)):
                known.extend(n for n in dict.fromkeys(found) if n not in known)
        self.documents.append(part.document)
        for anchor, speaks, mentioned, speaker, text in part.turns:
            for register_id in speaks:
                self.people[register_id].speaks.setdefault(number, []).append(anchor)
            for register_id in mentioned:
                self.people[register_id].mentioned.setdefault(number, []).append(anchor)
            self.turns.append({"d": number, "a": anchor, "s": speaker, "t": text})
        for text in part.texts:
            self.turns.append({"d": number, "a": "text", "s": "", "t": text})


# --- writing HTML ----------------------------------------------------------------


def _el(
    parent: etree._Element | None, tag: str, text: str | None = None, **attrs: str
) -> etree._Element:
    attributes = {k.rstrip("_").replace("_", "-"): v for k, v in attrs.items()}
    element = (
        etree.Element(tag, attributes)
        if parent is None
        else etree.SubElement(parent, tag, attributes)
    )
    element.text = text
    return element


def _page(title: str, lang: str, script: bool) -> tuple[etree._Element, etree._Element]:
    """An html element with its head and banner; returns it and its main."""
    html = _el(None, "html", lang=lang)
    head = _el(html, "head")
    _el(head, "meta", charset="utf-8")
    _el(head, "meta", name="viewport", content="width=device-width, initial-scale=1")
    _el(head, "title", title)
    _el(head, "style", (ASSETS / "collection.css").read_text(encoding="utf-8"))
    body = _el(html, "body")
    header = _el(body, "header")
    _el(header, "a", "Skip to the content", href="#main", class_="skip-link")
    _el(header, "h1", title)
    nav = _el(_el(header, "nav", aria_label="Collection"), "ul")
    _el(_el(nav, "li"), "a", "Documents", href=INDEX_NAME)
    _el(_el(nav, "li"), "a", "People", href=PEOPLE_NAME)
    main = _el(body, "main", id="main")
    if script:
        _el(body, "script", src=SEARCH_NAME)
        _el(body, "script", (ASSETS / "collection.js").read_text(encoding="utf-8"))
    return html, main


def _serialize(html: etree._Element) -> bytes:
    return b"<!DOCTYPE html>\n" + etree.tostring(html, method="html", encoding="utf-8") + b"\n"


def _index_page(collection: _Collection, lang: str) -> bytes:
    html, main = _page("Documents of the collection", lang, script=True)
    documents = collection.documents
    _el(main, "h2", "Documents", id="documents-heading")
    _el(main, "label", "Show only the documents that contain", for_="filter")
    _el(main, "input", type="search", id="filter", autocomplete="off")
    _el(
        main, "p", f"{len(documents)} documents", id="filter-status", class_="status", role="status"
    )
    table = _el(main, "table", id="documents", aria_labelledby="documents-heading")
    _el(table, "caption", "Choose a column heading to sort by it.")
    row = _el(_el(table, "thead"), "tr")
    for label, kind in (
        ("Date", "text"),
        ("Title", "text"),
        ("Participants", "text"),
        ("Turns", "number"),
    ):
        _el(
            _el(row, "th", scope="col", aria_sort="none", data_type=kind),
            "button",
            label,
            type="button",
        )
    body = _el(table, "tbody")
    for doc in documents:
        tr = _el(body, "tr")
        _el(tr, "td", doc.date or doc.when, data_sort=doc.when)
        _el(_el(tr, "td", data_sort=doc.title.casefold()), "a", doc.title, href=doc.href)
        names = ", ".join(doc.participants)
        _el(tr, "td", names, data_sort=names.casefold())
        _el(tr, "td", str(doc.turns), data_sort=str(doc.turns), class_="number")
    _el(main, "h2", "Search the texts", id="search-heading")
    form = _el(main, "form", id="search", role="search", aria_labelledby="search-heading")
    _el(form, "label", "Word or phrase", for_="q")
    _el(form, "input", type="search", id="q", name="q", autocomplete="off")
    _el(form, "button", "Search", type="submit")
    _el(main, "noscript", "The search needs JavaScript.")
    _el(main, "p", None, id="search-status", class_="status", role="status")
    _el(main, "ol", None, id="results", class_="results", aria_label="Search results")
    return _serialize(html)


def _turn_links(parent: etree._Element, href: str, anchors: list[str]) -> None:
    """Links to the turns, "turn 12" for an anchor ending in -12, with commas."""
    previous = None
    for anchor in anchors:
        link = _el(parent, "a", f"turn {anchor.rsplit('-', 1)[-1]}", href=f"{href}#{anchor}")
        if previous is not None:
            previous.tail = ", "
        previous = link


def _people_page(collection: _Collection, lang: str) -> bytes:
    html, main = _page("People of the collection", lang, script=False)
    people = sorted(collection.people.items(), key=lambda item: (item[1].names[:1], item[0]))
    count = len(collection.documents)
    _el(main, "p", f"{len(people)} people in {count} document{'' if count == 1 else 's'}.")
    for register_id, person in people:
        section = _el(main, "section", class_="person", id=f"person-{register_id}")
        heading = _el(section, "h2", person.names[0] if person.names else register_id)
        heading.set("id", f"person-{register_id}-name")
        section.set("aria-labelledby", f"person-{register_id}-name")
        if len(person.names) > 1:
            _el(section, "p", "Also written: " + "; ".join(person.names[1:]), class_="also")
        for idno in person.idnos:
            _el(_el(section, "p"), "a", idno, href=idno)
        items = _el(section, "ul")
        for number in sorted(person.speaks.keys() | person.mentioned.keys()):
            doc = collection.documents[number]
            item = _el(items, "li")
            _el(item, "a", doc.title, href=doc.href)
            for label, turns in (("speaks in", person.speaks), ("mentioned in", person.mentioned)):
                if number in turns:
                    line = _el(item, "p", f"{label.capitalize()} {len(turns[number])} turn(s): ")
                    _turn_links(line, doc.href, turns[number])
        if not person.speaks and not person.mentioned:
            _el(items, "li", "Named in the documents' notes or registers only.")
    return _serialize(html)


def _search_index(collection: _Collection) -> bytes:
    words: dict[str, list[int]] = {}
    for number, turn in enumerate(collection.turns):
        for word in sorted(set(_WORDS.findall(str(turn["t"]).lower()))):
            words.setdefault(word, []).append(number)
    index = {
        "documents": [{"href": d.href, "title": d.title} for d in collection.documents],
        "turns": collection.turns,
        "words": dict(sorted(words.items())),
    }
    data = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
    return f"window.TEI_SEARCH = {data};\n".encode()


def site_files(parts: Sequence[SitePart], lang: str | None) -> dict[str, bytes]:
    """index.html, people.html and search-index.js of the editions' ``parts``
    (``lang``: the language they share, if they do)."""
    collection = _Collection(parts)
    return {
        INDEX_NAME: _index_page(collection, lang or "en"),
        PEOPLE_NAME: _people_page(collection, lang or "en"),
        SEARCH_NAME: _search_index(collection),
    }
