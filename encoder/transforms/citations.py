"""Bibliographic references in footnotes: "See AUTHOR, “Title,” … (Place: Publisher, 1973), 113."

A footnote that ends with "See …" and whose reference shows the marks of a
citation (a publication year after "Place: Publisher", a volume, a date) gets
that reference as a :class:`Citation`. Inside it, only what can be read
without guessing is marked: the author when the reference begins with a
name the register knows and a comma; a title in quotation marks; the year
of publication. The words themselves are not changed (the round trip gives
back the note as written).

>>> from encoder.model import PersName
>>> note = (Text("Reference to it. See "), PersName("V. I. Lenin", "lenin"),
...         Text(", “Gold,” in Works (Moscow: Progress, 1973), 113."))
>>> [type(n).__name__ for n in cite(note)]
['Text', 'Citation']
>>> [type(n).__name__ for n in cite(note)[1].content]
['CitedAuthor', 'Text', 'CitedTitle', 'Text', 'DateText', 'Text']
"""

from __future__ import annotations

from typing import Final

from .. import recache
from ..model import (
    Citation,
    CitedAuthor,
    CitedTitle,
    DateText,
    Inline,
    Note,
    PersName,
    Text,
    Transcript,
    evolve,
    plain_text,
)
from ..reader.vocab import MONTH_NAMES
from .walk import rewrite_block

_SEE: Final = recache.compile(r"(?:^|(?<=[\s.;(]))See ")
_IMPRINT: Final = recache.compile(
    r"\((?P<place>[^():]+): (?P<publisher>[^()]+?), (?P<year>\d{4})\)"
)
# a full English date ("June 15, 1958"), the month names from the one vocabulary
_MONTHS: Final = "|".join(names[0].capitalize() for names in MONTH_NAMES)
_CITATION_MARKS: Final = recache.compile(
    rf"\([^():]+: [^()]+?, \d{{4}}\)|, vol\. \d|\b(?:{_MONTHS}) \d{{1,2}}, \d{{4}}"
)
_QUOTED: Final = recache.compile(r"“(?P<title>[^”]+?)(?P<comma>,?)”")


def cite_references(doc: Transcript) -> Transcript:
    """Every footnote (at its anchor or at the end) with its reference marked."""

    def in_notes(content: tuple[Inline, ...]) -> tuple[Inline, ...]:
        changed = False
        out: list[Inline] = []
        for node in content:
            if isinstance(node, Note):
                cited = cite(node.content)
                if cited is not node.content:
                    node = evolve(node, "content", cited)
                    changed = True
            out.append(node)
        return tuple(out) if changed else content

    blocks = tuple(rewrite_block(block, in_notes) for block in doc.blocks)
    end_notes = tuple(
        evolve(n, "content", cite(n.content)) if cite(n.content) is not n.content else n
        for n in doc.end_notes
    )
    return evolve(evolve(doc, "blocks", blocks), "end_notes", end_notes)


def cite(content: tuple[Inline, ...]) -> tuple[Inline, ...]:
    """A note's content with its closing "See …" reference as a Citation;
    ``content`` itself when it has none."""
    for index, node in enumerate(content):
        if not isinstance(node, Text) or "See " not in node.value:
            continue  # the word looked for first: the pattern has no first character
        match = _SEE.search(node.value)
        if match is None:
            continue
        rest: list[Inline] = [Text(node.value[match.end() :]), *content[index + 1 :]]
        text = plain_text(tuple(rest)).strip()
        if not text.endswith(".") or not _CITATION_MARKS.search(text):
            return content
        head = Text(node.value[: match.end()])
        return (*content[:index], head, Citation(_structure(rest)))
    return content


def _structure(rest: list[Inline]) -> tuple[Inline, ...]:
    nodes = [n for n in rest if not (isinstance(n, Text) and not n.value)]
    out: list[Inline] = []
    if (
        len(nodes) > 1
        and isinstance(nodes[0], PersName)
        and isinstance(nodes[1], Text)
        and nodes[1].value.startswith(",")
    ):
        out.append(CitedAuthor(nodes[0]))
        nodes = nodes[1:]
    for node in nodes:
        if isinstance(node, Text):
            out.extend(_titles_and_years(node.value))
        else:
            out.append(node)
    return tuple(out)


def _titles_and_years(value: str) -> list[Inline]:
    """A title in quotation marks and the year of an imprint, in one text."""
    out: list[Inline] = []
    position = 0
    marks = sorted(
        [(m.start("title"), m.end("title"), "title", m) for m in _QUOTED.finditer(value)]
        + [(m.start("year"), m.end("year"), "year", m) for m in _IMPRINT.finditer(value)]
    )
    for start, end, kind, match in marks:
        if start < position:
            continue
        if start > position:
            out.append(Text(value[position:start]))
        if kind == "title":
            out.append(CitedTitle(match.group("title")))
        else:
            out.append(DateText(match.group("year"), match.group("year")))
        position = end
    if position < len(value):
        out.append(Text(value[position:]))
    return out
