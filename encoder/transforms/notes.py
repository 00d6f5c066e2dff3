"""Resolve footnote anchors: each ``[n]`` anchor gets its body, in place.

Before::

    Paragraph("…Zhongnanhai", Anchor("1")) … NoteBody("1", "The conversation…")

After::

    Paragraph("…Zhongnanhai", Note("1", "n1", "The conversation…"))

Anchors without a body stay as text (warning W201); bodies without an
anchor become end notes (warning W202); a number with two bodies is an
error (E203), since no rule can tell which body belongs to which anchor.
"""

from __future__ import annotations

from ..diagnostics import Reporter, Span
from ..model import Anchor, Block, Inline, Note, NoteBody, Text, Transcript
from ..reader.patterns import TO_SUPERSCRIPT, year_number
from ..record import replace
from .walk import rewrite_block


def resolve_notes(doc: Transcript, reporter: Reporter) -> Transcript:
    bodies: dict[str, NoteBody] = {}
    for block in doc.blocks:
        if isinstance(block, NoteBody):
            if block.number in bodies:
                first = bodies[block.number]
                reporter.error(
                    "E203",
                    f"footnote [{block.number}] has two bodies (lines {first.line} and "
                    f"{block.line}); renumber one of them so each number is used once",
                    Span(doc.source_name, block.line, 1),
                )
                continue
            bodies[block.number] = block
    used: set[str] = set()

    def resolve(content: tuple[Inline, ...]) -> tuple[Inline, ...]:
        if _settled(content):
            return content  # not copied, nor is its block (rewrite_block)
        out: list[Inline] = []
        for node in content:
            if not isinstance(node, Anchor):
                out.append(node)
                continue
            body = bodies.get(node.number)
            if body is not None and node.superscript and body.marker == "brackets":
                body = None  # "0²" beside notes written "[2]": a superscript, not an anchor
            span = Span(doc.source_name, node.line, node.col)
            if body is None and (node.superscript or year_number(node.number)):
                # "km²": a superscript, not an anchor; "[1995] HCATrans 200", "in
                # Roe [2003] EWCA": a bracketed year of a citation, no note's number
                out.append(Text(_marker(node)))
            elif body is None:
                reporter.warning(
                    "W201",
                    f"footnote anchor [{node.number}] has no body; it is kept as text. "
                    f"Add a line '[{node.number}]…' with the note's text",
                    span,
                )
                out.append(Text(_marker(node)))
            elif node.number in used:
                reporter.warning(
                    "W204",
                    f"footnote anchor [{node.number}] appears again; the note sits at its "
                    "first anchor and this one is kept as text",
                    span,
                )
                out.append(Text(_marker(node)))
            else:
                used.add(node.number)
                number = node.number
                out.append(
                    Note(
                        number,
                        note_id(number),
                        body.content,
                        body.line,
                        node.superscript,
                        node.digits,
                        body.marker == "listed",
                        node.digits and body.marker == "numbered",
                    )
                )
        return _merge_text(out)

    blocks: list[Block] = []
    position: int | None = None
    for block in doc.blocks:
        if isinstance(block, NoteBody):
            position = len(blocks) if position is None else position
            continue
        blocks.append(rewrite_block(block, resolve))
    end_notes: list[Note] = []
    for number, body in bodies.items():
        if number not in used:
            reporter.warning(
                "W202",
                f"footnote [{number}] has no anchor in the text; it is kept as an end note",
                Span(doc.source_name, body.line, 1),
            )
            end_notes.append(Note(number, note_id(number), body.content, body.line))
    return replace(doc, blocks=tuple(blocks), end_notes=tuple(end_notes), notes_position=position)


def _marker(anchor: Anchor) -> str:
    """The anchor as written, for one that stays text."""
    if anchor.superscript:
        return anchor.number.translate(TO_SUPERSCRIPT)
    return anchor.number if anchor.digits else f"[{anchor.number}]"


def note_id(number: str) -> str:
    """ "n12"; an asterisk note's "na1" ("**": "na2")."""
    return f"n{int(number)}" if number.isdecimal() else f"na{len(number)}"


def _settled(content: tuple[Inline, ...]) -> bool:
    """Whether resolving would give ``content`` back as it is: no anchor, and
    no two text nodes in a row for :func:`_merge_text` to join."""
    after_text = False
    for node in content:
        kind = type(node)
        if kind is Anchor or (after_text and kind is Text):
            return False
        after_text = kind is Text
    return True


def _merge_text(nodes: list[Inline]) -> tuple[Inline, ...]:
    out: list[Inline] = []
    for node in nodes:
        if isinstance(node, Text) and out and isinstance(out[-1], Text):
            out[-1] = Text(out[-1].value + node.value)
        else:
            out.append(node)
    return tuple(out)
