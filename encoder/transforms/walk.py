"""Generic rewriting of inline content inside any block.

Transforms rewrite inline sequences; this module knows where blocks keep
them, so each transform only says what to do with one sequence.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator

from ..model import (
    Block,
    EditorialNote,
    Inline,
    Note,
    Paragraph,
    Supplied,
    Turn,
)

InlineRewrite = Callable[[tuple[Inline, ...]], tuple[Inline, ...]]


def rewrite_block(block: Block, fn: InlineRewrite) -> Block:
    """Apply ``fn`` to every inline sequence of ``block`` (not into nested notes)."""
    if isinstance(block, Turn):
        paras = tuple(Paragraph(fn(p.content), p.line) for p in block.paragraphs)
        return dataclasses.replace(block, paragraphs=paras)
    content = getattr(block, "content", None)
    if isinstance(content, tuple):
        return dataclasses.replace(block, content=fn(content))  # type: ignore[call-arg]
    rest = getattr(block, "rest", None)
    if isinstance(rest, tuple):
        return dataclasses.replace(block, rest=fn(rest))  # type: ignore[call-arg]
    return block


def iterate_inlines(content: tuple[Inline, ...]) -> Iterator[Inline]:
    """Every inline node, depth first, including those inside notes and supplied text."""
    for node in content:
        yield node
        if isinstance(node, Note | Supplied | EditorialNote):
            yield from iterate_inlines(node.content)


def block_inlines(block: Block) -> Iterator[Inline]:
    if isinstance(block, Turn):
        for para in block.paragraphs:
            yield from iterate_inlines(para.content)
        return
    for name in ("content", "rest"):
        value = getattr(block, name, None)
        if isinstance(value, tuple):
            yield from iterate_inlines(value)
