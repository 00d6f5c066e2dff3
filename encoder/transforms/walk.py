"""Generic rewriting of inline content inside any block.

Transforms rewrite inline sequences; this module knows where blocks keep
them, so each transform only says what to do with one sequence.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator

from ..model import (
    Block,
    Closer,
    Commentary,
    Dateline,
    EditorialNote,
    FundingLine,
    Inline,
    Narration,
    Note,
    NoteBody,
    Paragraph,
    ParticipantsHead,
    ParticipantsLine,
    Rights,
    SourceLine,
    Supplied,
    TitleLine,
    Turn,
)

InlineRewrite = Callable[[tuple[Inline, ...]], tuple[Inline, ...]]

# Blocks whose inline content is in a field named ``content``.
_CONTENT_BLOCKS = (
    TitleLine,
    FundingLine,
    Dateline,
    ParticipantsHead,
    ParticipantsLine,
    Paragraph,
    Narration,
    Closer,
    NoteBody,
    Commentary,
    Rights,
)


def rewrite_block(block: Block, fn: InlineRewrite) -> Block:
    """Apply ``fn`` to every inline sequence of ``block`` (not into nested notes)."""
    if isinstance(block, Turn):
        paras = tuple(Paragraph(fn(p.content), p.line) for p in block.paragraphs)
        return dataclasses.replace(block, paragraphs=paras)
    if isinstance(block, SourceLine):
        return dataclasses.replace(block, rest=fn(block.rest))
    if isinstance(block, _CONTENT_BLOCKS):
        new: Block = dataclasses.replace(block, content=fn(block.content))
        return new
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
    elif isinstance(block, SourceLine):
        yield from iterate_inlines(block.rest)
    elif isinstance(block, _CONTENT_BLOCKS):
        yield from iterate_inlines(block.content)
