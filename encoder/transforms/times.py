"""Timestamps → points of a timeline: each gets an id, the document a list.

Before: ``Turn(stamp=Stamp("00:00:05", seconds=5.0))``, ``TimeMark("00:01:10", 70.0)``
After:  ``Turn(stamp=Stamp(…, ident="time-1"))``, ``TimeMark(…, ident="time-2")`` and
``Transcript.timeline == (Stamp(…, ident="time-1"), Stamp("00:01:10", …, ident="time-2"))``

The writer writes the timeline at the start of the body and points to it
(``sp/@synch``, ``time/@synch``); it numbers nothing itself.
"""

from __future__ import annotations

from ..model import Block, Inline, Stamp, TimeMark, Transcript, Turn, evolve
from .walk import rewrite_block


def number_times(doc: Transcript) -> Transcript:
    points: list[Stamp] = []

    def point(stamp: Stamp) -> Stamp:
        if stamp.seconds is None and stamp.clock is None:
            return stamp  # a time with no value ("00 00 01 ll", an OCR's letters): no point
        numbered = evolve(stamp, "ident", f"time-{len(points) + 1}")
        points.append(numbered)
        return numbered

    def marks(content: tuple[Inline, ...]) -> tuple[Inline, ...]:
        """The content with its timestamps numbered, inside notes and brackets too."""
        out: list[Inline] = []
        changed = False
        for node in content:
            if isinstance(node, TimeMark):
                stamp = point(Stamp(node.text, 0, node.seconds))
                node = evolve(node, "ident", stamp.ident)
                changed = True
            else:
                inner = getattr(node, "content", None)
                if isinstance(inner, tuple):
                    numbered = marks(inner)
                    if numbered is not inner:
                        node = evolve(node, "content", numbered)
                        changed = True
            out.append(node)
        return tuple(out) if changed else content

    blocks: list[Block] = []
    for block in doc.blocks:
        if isinstance(block, Turn) and block.stamp is not None:
            block = evolve(block, "stamp", point(block.stamp))
        blocks.append(rewrite_block(block, marks))
    end_notes = tuple(evolve(n, "content", marks(n.content)) for n in doc.end_notes)
    if not points:
        return doc
    doc = evolve(evolve(doc, "blocks", tuple(blocks)), "end_notes", end_notes)
    return evolve(doc, "timeline", tuple(points))
