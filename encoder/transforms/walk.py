"""Generic rewriting of inline content inside any block.

Transforms rewrite inline sequences; this module knows where blocks keep
them, so each transform only says what to do with one sequence.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ..model import (
    Block,
    Breaks,
    Citation,
    Closer,
    Commentary,
    Dateline,
    EditorialNote,
    FundingLine,
    Heading,
    Inline,
    MetadataField,
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
    evolve,
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
    Heading,
    Breaks,
    MetadataField,
)


def rewrite_block(block: Block, fn: InlineRewrite) -> Block:
    """Apply ``fn`` to every inline sequence of ``block`` (not into nested notes).

    A sequence ``fn`` returns unchanged (the same object) is not copied, nor
    is a block none of whose sequences changed.
    """
    if isinstance(block, Turn):
        changed = False
        paras: list[Paragraph] = []
        for para in block.paragraphs:
            content = fn(para.content)
            if content is not para.content:
                changed = True
                para = Paragraph(content, para.line)
            paras.append(para)
        return evolve(block, "paragraphs", tuple(paras)) if changed else block
    if isinstance(block, SourceLine):
        rest = fn(block.rest)
        return block if rest is block.rest else evolve(block, "rest", rest)
    if isinstance(block, _CONTENT_BLOCKS):
        content = fn(block.content)
        return block if content is block.content else evolve(block, "content", content)
    return block


def iterate_inlines(content: tuple[Inline, ...]) -> Iterator[Inline]:
    """Every inline node, depth first, including those inside notes and supplied text."""
    for node in content:
        yield node
        if isinstance(node, Note | Supplied | EditorialNote | Citation):
            yield from iterate_inlines(node.content)


def block_inlines(block: Block) -> Iterator[Inline]:
    if isinstance(block, Turn):
        for para in block.paragraphs:
            yield from iterate_inlines(para.content)
    elif isinstance(block, SourceLine):
        yield from iterate_inlines(block.rest)
    elif isinstance(block, _CONTENT_BLOCKS):
        yield from iterate_inlines(block.content)
