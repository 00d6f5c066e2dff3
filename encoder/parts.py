"""The body of a large edition written out in parts while it is built.

A transcript of many megabytes makes a TEI tree of ten times its size in
libxml2's memory; with the model still alive, that tree was the peak of
``encode``. :func:`encoder.tei.to_tei` given a :class:`BodyParts` hands it
each finished child of the conversation as it goes: the child gets what
:func:`encoder.tei._finish` gives every element (``@resp``, prefixed ids),
is indented for its place, kept as bytes, and leaves a placeholder in the
tree. :func:`encoder.xmlio.serialize` writes the parts in place of their
placeholders (and checks that each place was indented as its part), so the
bytes are those of the tree written whole.

A part is taken only when every pointer in it names an id the document is
already known to have (the header's, the parts' before it, its own): the
prefix of a pointer depends on whether its target exists, and a pointer to
a later element is decided at the end, with the rest of the tree.
"""

from __future__ import annotations

import re
from typing import Final

from lxml import etree

from .model import Anchor, Breaks, Text, Transcript
from .xmlio import TEI, TEI_NS, XML_ID, indent

PART_TARGET: Final = "tei-encoder-part"
PLACEHOLDER: Final = re.compile(rb"<\?" + PART_TARGET.encode() + rb" (\d+)\?>")
_DECLARATION: Final = f' xmlns="{TEI_NS}"'.encode()
# parts are taken after every this many blocks of the transcript
BATCH: Final = 64


class BodyParts:
    """The parts written so far (bytes, in order) and what taking them needs
    to know: the document's id prefix, the agent of ``@resp``, the ids seen."""

    def __init__(self, prefix: str, agent: str) -> None:
        self.prefix = prefix
        self.agent = agent
        self.known: set[str] = set()  # unprefixed ids of the document so far
        self.chunks: list[bytes | None] = []
        self.levels: list[int] = []  # the level each part was indented for
        self.over_limit: dict[int, int] = {}  # part -> its first text over the limit
        self.waiting = 0  # blocks written since the last batch
        self.parent: etree._Element | None = None  # where the last batch was taken
        self.mark: etree._Element | None = None  # the last child of it looked at

    def see(self, root: etree._Element) -> None:
        """The ids of what the tree has before its body's blocks (the header)."""
        self.known.update(e.get(XML_ID, "") for e in root.iter(etree.Element))
        self.known.discard("")

    def take_finished(self, parent: etree._Element | None) -> None:
        """Write out the children of ``parent`` but its last (text may still
        follow it), leaving a placeholder for each; divisions stay (headings
        open them and later turns go into them). Each child is looked at
        once: one left (it points further on) stays for the end."""
        self.waiting += 1
        if parent is None or self.waiting < BATCH:
            return
        self.waiting = 0
        if parent is not self.parent:
            self.parent, self.mark = parent, None
        # a walk from the last child looked at (lxml's slices walk from the first)
        after = parent.iterchildren() if self.mark is None else self.mark.itersiblings()
        for child in list(after)[:-1]:
            taken = isinstance(child.tag, str) and child.tag != TEI + "div"
            self.mark = self._take(child) if taken else child

    def _take(self, elem: etree._Element) -> etree._Element:
        """The placeholder of ``elem``, or ``elem`` left in the tree."""
        from .header import (
            POINTERS,
            assign_resp_in,
            ids_and_pointers,
            prefix_own_ids,
            prefix_pointers,
            prefixed_pointer,
        )

        with_id, holders = ids_and_pointers(elem)  # one walk for the check and the prefixes
        own = {str(e.get(XML_ID, "")) for e in with_id}
        targets = {
            t[1:]
            for e in holders
            for name, value in e.items()
            if name in POINTERS
            for t in str(value).split()
            if t.startswith("#")
        }
        if any(t not in self.known and t not in own for t in targets):
            return elem  # a pointer to what is not written yet: decided at the end
        prefix_own_ids(with_id, self.prefix, self.known)
        prefix_pointers(holders, self.prefix, self.known)
        # @resp last, its value prefixed here: the pointers above were rewritten without it
        assign_resp_in(elem, prefixed_pointer(self.agent, self.prefix, self.known))
        index = len(self.chunks)
        over = first_text_over(elem)
        if over:
            self.over_limit[index] = over
        level = sum(1 for _ in elem.iterancestors())
        indent(elem, level)  # as serialize will indent its place (see parts_fit)
        self.levels.append(level)
        self.chunks.append(etree.tostring(elem, encoding="utf-8", with_tail=False))
        placeholder = etree.ProcessingInstruction(PART_TARGET, str(index))
        placeholder.tail = elem.tail
        parent = elem.getparent()
        assert parent is not None
        parent.replace(elem, placeholder)
        return placeholder

    def pop(self, index: int) -> bytes:
        """Part ``index``, given up (it is written once)."""
        chunk = self.chunks[index]
        assert chunk is not None
        self.chunks[index] = None
        return chunk


# libxml2's longest text node without XML_PARSE_HUGE (XML_MAX_TEXT_LENGTH):
# what `encode` writes, `validate`, `text` and `render` must read back.
XML_TEXT_LIMIT: Final = 10_000_000


def first_text_over(root: etree._Element, parts: BodyParts | None = None) -> int:
    """The UTF-8 length of the first text node over :data:`XML_TEXT_LIMIT`
    under ``root`` (in the parts written out too), or 0."""
    for element in root.iter():
        index = part_index(element) if parts is not None else None
        if index is not None and parts is not None:
            if index in parts.over_limit:
                return parts.over_limit[index]
            continue
        for text in (element.text, element.tail):
            # a character is at most 4 bytes: most texts need no encoding to tell
            if text and len(text) * 4 > XML_TEXT_LIMIT:
                size = len(text.encode("utf-8"))
                if size > XML_TEXT_LIMIT:
                    return size
    return 0


def parts_fit(doc: Transcript) -> bool:
    """Whether the body can be written in parts: a part is indented when it is
    taken, for the place it leaves, so nothing may later stop the containers
    above it from being indented. Only a line of breaks puts text straight
    into the conversation (or the body); with text of its own (or an
    anchor's number), the whole tree is written at the end."""
    return not any(
        isinstance(block, Breaks) and any(type(node) in (Text, Anchor) for node in block.content)
        for block in doc.blocks
    )


def part_index(node: etree._Element) -> int | None:
    """The part a placeholder stands for, or None for any other node."""
    if isinstance(node, etree._ProcessingInstruction) and node.target == PART_TARGET:
        return int(node.text or "")
    return None


def without_declaration(chunk: bytes) -> bytes:
    """A part as written inside the document: the namespace that lxml declares
    on an element written alone is the document's already."""
    end = chunk.index(b">")
    start = chunk.index(_DECLARATION, 0, end)
    return chunk[:start] + chunk[start + len(_DECLARATION) :]
