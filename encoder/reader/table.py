"""A transcript exported as a table: a header row naming the columns, then one
row a turn (CSV with quoted cells, TSV, or ``;`` as some spreadsheets write it).

Recognisers and transcript editors export ``Speaker,Start Time,End Time,Text``
or ``start,end,speaker,text``: the speaker's cell names who speaks, the start
cell says when, the last cell holds the words (quoted where they hold the
separator, a quotation mark doubled inside, maybe over several lines). The
row's cells before the words are its label; the words stay as written.
"""

from __future__ import annotations

from typing import Final

from .. import recache
from ..model import evolve
from ..record import Record
from .vocab import TABLE_SPEAKER_COLUMNS, TABLE_START_COLUMNS, TABLE_TEXT_COLUMNS

_SEPARATORS: Final = (",", "\t", ";")
# how far down the header row may stand: under a title line or two ("Title: …")
_HEADER_DEPTH: Final = 3
# a start cell: seconds ("3.01", or milliseconds where the column says "ms"), or a
# clock reading with a fraction and maybe an editor's frames ("00:00:01:12")
_SECONDS: Final = recache.compile(r"^\d{1,7}(?:\.\d+)?$")
_CLOCK: Final = recache.compile(
    r"^(?P<t>(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)(?:[:;]\d{2})?$"
)
_UNIT: Final = recache.compile(r"\([^()]*\)$")


class TableLayout(Record):
    """Where a table's columns are: ``header`` the header row's line (1-based)."""

    separator: str
    header: int
    width: int  # the header's number of cells
    speaker: int
    text: int  # the last column
    start: int | None = None
    millis: bool = False  # the start column counts milliseconds
    rows: int = 0  # the rows under the header that name a speaker


def split_cells(line: str, separator: str) -> tuple[list[tuple[int, int]], bool]:
    """The spans of a delimited line's cells, and whether a quoted cell runs on
    past the line's end (its words go on on the next line).

    >>> split_cells('Ana,"Hi, all",x', ",")
    ([(0, 3), (4, 13), (14, 15)], False)
    >>> split_cells('Ana,"She said ""no"", then', ",")
    ([(0, 3), (4, 26)], True)
    """
    spans: list[tuple[int, int]] = []
    at = 0
    while True:
        search = at
        if line[at : at + 1] == '"':
            close = _closing_quote(line, at + 1)
            if close < 0:
                spans.append((at, len(line)))
                return spans, True
            search = close + 1
        end = line.find(separator, search)
        if end < 0:
            spans.append((at, len(line)))
            return spans, False
        spans.append((at, end))
        at = end + 1


def _closing_quote(line: str, at: int) -> int:
    """The quotation mark that closes a quoted cell (a doubled one is a quote inside)."""
    while True:
        found = line.find('"', at)
        if found < 0 or line[found + 1 : found + 2] != '"':
            return found
        at = found + 2


def cell_value(cell: str) -> str:
    """A cell's value: its quotes taken off, a doubled quote single.

    >>> cell_value('"Doe, Jane"'), cell_value(' Ana ')
    ('Doe, Jane', 'Ana')
    """
    cell = cell.strip()
    if len(cell) >= 2 and cell[0] == cell[-1] == '"':
        return cell[1:-1].replace('""', '"')
    return cell


def _column(name: str) -> str:
    """A header cell as the vocabulary writes column names."""
    name = cell_value(name).lstrip("\ufeff").casefold().replace("_", " ").replace("-", " ")
    return " ".join(_UNIT.sub("", name).split())


def _header(line: str, number: int) -> TableLayout | None:
    """The layout a header row gives, where it names a speaker and, last, the words."""
    for separator in _SEPARATORS:
        if separator not in line:
            continue
        spans, open_quote = split_cells(line, separator)
        names = [_column(line[a:b]) for a, b in spans]
        if open_quote or len(names) < 2 or names[-1] not in TABLE_TEXT_COLUMNS:
            continue
        speaker = next((i for i, n in enumerate(names) if n in TABLE_SPEAKER_COLUMNS), None)
        if speaker is None:
            continue
        start = next((i for i, n in enumerate(names) if n in TABLE_START_COLUMNS), None)
        millis = start is not None and names[start].endswith(" ms")
        return TableLayout(separator, number, len(names), speaker, len(names) - 1, start, millis)
    return None


def table_layout(lines: tuple[str, ...]) -> TableLayout | None:
    """The layout of a transcript table, where the header row stands among the
    first lines and two rows under it at least name a speaker."""
    seen = 0
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line:
            continue
        seen += 1
        if seen > _HEADER_DEPTH:
            return None
        # (only a line holding a separator can be a header: prose pays nothing more)
        if not any(s in line for s in _SEPARATORS):
            continue
        layout = _header(line, number)
        if layout is not None:
            rows = sum(1 for r in lines[number:] if row_label(r.strip(), layout) is not None)
            return evolve(layout, "rows", rows) if rows >= 2 else None
    return None


class RowLabel(Record):
    """A row's speaker, where its words start, its start time, and whether the
    words' quoted cell goes on over the next lines."""

    name: str
    speech: int
    open_quote: bool
    start: tuple[str, int, float | None] | None = None  # (as written, where, seconds)


def row_label(line: str, layout: TableLayout) -> RowLabel | None:
    """The label of a table row, or None where the line is no row of the table.

    >>> layout = TableLayout(",", 1, 4, 0, 3, 1)
    >>> row = row_label('Ana Ruiz,00:00:03,00:00:05,"Yes, go on."', layout)
    >>> row.name, row.speech, row.start
    ('Ana Ruiz', 27, ('00:00:03', 9, 3.0))
    >>> row_label("Ana Ruiz said so, and left.", layout) is None
    True
    """
    if layout.separator not in line:
        return None
    spans, open_quote = split_cells(line, layout.separator)
    if len(spans) < layout.width:  # (a row's words may hold the separator: more cells)
        return None
    a, b = spans[layout.speaker]
    name = cell_value(line[a:b])
    if not name or len(name) > 80 or name[-1:] in ".?!":
        return None
    start = _start(line, spans, layout)
    if layout.start is not None and start is None:
        return None  # a start column whose cell holds no time: no row of this table
    # the words run to the line's end: a separator unquoted in them is theirs
    return RowLabel(name, spans[layout.text][0], open_quote, start)


def _start(
    line: str, spans: list[tuple[int, int]], layout: TableLayout
) -> tuple[str, int, float | None] | None:
    if layout.start is None:
        return None
    a, b = spans[layout.start]
    written = cell_value(line[a:b])
    at = line.find(written, a) if written else -1
    if not written:
        return None
    if _SECONDS.match(written):
        value = float(written)
        return written, at, value / 1000 if layout.millis else value
    clock = _CLOCK.match(written)
    if clock is None:
        return None
    parts = clock.group("t").replace(",", ".").split(":")
    seconds = 0.0
    for part in parts:
        seconds = seconds * 60 + float(part)
    return written, at, seconds
