"""Generic rewriting of inline content inside any block.

Transforms rewrite inline sequences; this module knows where blocks keep
them, so each transform only says what to do with one sequence.
"""

from __future__ import annotations

from collections.abc import Callable

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
        paras = rewrite_paragraphs(block, fn)
        return block if paras is block.paragraphs else evolve(block, "paragraphs", paras)
    if isinstance(block, SourceLine):
        rest = fn(block.rest)
        return block if rest is block.rest else evolve(block, "rest", rest)
    if isinstance(block, _CONTENT_BLOCKS):
        content = fn(block.content)
        return block if content is block.content else evolve(block, "content", content)
    return block


def rewrite_paragraphs(turn: Turn, fn: InlineRewrite) -> tuple[Paragraph | Narration, ...]:
    """``fn`` applied to each paragraph of ``turn`` (and each remark inside it):
    the turn's own tuple when none changed (for a caller that copies the turn
    itself)."""
    changed = False
    paras: list[Paragraph | Narration] = []
    for para in turn.paragraphs:
        content = fn(para.content)
        if content is not para.content:
            changed = True
            if type(para) is Paragraph:
                para = Paragraph(content, para.line)
            else:  # "(Applause.)" inside the speech stays a remark
                para = evolve(para, "content", content)
        paras.append(para)
    return tuple(paras) if changed else turn.paragraphs


# Inline nodes with inline content of their own.
_NESTING = frozenset({Note, Supplied, EditorialNote, Citation})


def _gather(content: tuple[Inline, ...], nodes: list[Inline]) -> None:
    # a list filled in place: nested generators cost a frame per node and level
    for node in content:
        nodes.append(node)
        if type(node) in _NESTING:
            _gather(node.content, nodes)  # type: ignore[union-attr]


def block_inlines(block: Block) -> list[Inline]:
    """Every inline node of a block, depth first, including those inside
    notes and supplied text."""
    nodes: list[Inline] = []
    if isinstance(block, Turn):
        for para in block.paragraphs:
            _gather(para.content, nodes)
    elif isinstance(block, SourceLine):
        _gather(block.rest, nodes)
    elif isinstance(block, _CONTENT_BLOCKS):
        _gather(block.content, nodes)
    return nodes
