"""Timestamps → points of a timeline: each gets an id, the document a list.

Before: ``Turn(stamp=Stamp("00:00:05", seconds=5.0))``, ``TimeMark("00:01:10", 70.0)``
After:  ``Turn(stamp=Stamp(…, ident="time-1"))``, ``TimeMark(…, ident="time-2")`` and
``Transcript.timeline == (Stamp(…, ident="time-1"), Stamp("00:01:10", …, ident="time-2"))``

Elapsed times that start again (``00:00:03`` after ``00:45:00``, a new tape
side) count from an origin of their own, a point with no value in the list,
named in each later point's ``since``.

The writer writes the timeline at the start of the body and points to it
(``sp/@synch``, ``time/@synch``); it numbers nothing itself.
"""

from __future__ import annotations

from ..model import Block, Inline, Stamp, TimeMark, Transcript, Turn, evolve
from .walk import rewrite_block

# Elapsed times that fall back by at least this many seconds start again from
# an origin of their own (a new tape side, a second session's recording); a
# step back of a few seconds is a cue overlapping the one before.
RESTART_SECONDS = 60.0


def number_times(doc: Transcript) -> Transcript:
    points: list[Stamp] = []
    origin = ""  # the point elapsed times count from ("": the recording's start)
    last: float | None = None  # the last elapsed time, in seconds

    def point(stamp: Stamp) -> Stamp:
        nonlocal origin, last
        if stamp.seconds is None and stamp.clock is None:
            return stamp  # a time with no value ("00 00 01 ll", an OCR's letters): no point
        if stamp.clock is None and stamp.seconds is not None:
            if last is not None and last - stamp.seconds >= RESTART_SECONDS:
                # "00:00:03" after "00:45:00": the times start again from a point
                # whose distance from the first origin the text does not give
                origin = f"time-{len(points) + 1}"
                points.append(Stamp("", 0, ident=origin))
            last = stamp.seconds
            stamp = evolve(stamp, "since", origin)
        numbered = evolve(stamp, "ident", f"time-{len(points) + 1}")
        points.append(numbered)
        return numbered

    def marks(content: tuple[Inline, ...]) -> tuple[Inline, ...]:
        """The content with its timestamps numbered, inside notes and brackets too."""
        out: list[Inline] = []
        changed = False
        for node in content:
            if isinstance(node, TimeMark):
                stamp = point(Stamp(node.text, 0, node.seconds, node.clock))
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
