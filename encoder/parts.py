"""The body of a large edition written out in parts while it is built.

A transcript of many megabytes makes a TEI tree of ten times its size in
libxml2's memory; with the model still alive, that tree was the peak of
``encode``. :func:`encoder.tei.to_tei` given a :class:`BodyParts` hands it
the finished children of the conversation as it goes: each gets what
:func:`encoder.tei._finish` gives every element (``@resp``, prefixed ids)
and is indented for its place; a run of them (the siblings between two
divisions) is kept as bytes, the indentation between them included, and
leaves one placeholder in the tree. :func:`encoder.xmlio.serialize` writes
the parts in place of their placeholders (and checks that each place was
indented as its part), so the bytes are those of the tree written whole.

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
# A body of fewer blocks is written whole: its tree is small (the bundled
# source's ~200 blocks make ~1,350 elements), and taking parts costs time
# (each part's ids and pointers read back from its elements, the document's
# ids prefixed by a walk at the end: ~2.5 ms of a ~27 ms encode of that source).
WHOLE_BELOW: Final = 16 * BATCH


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
        self.controls = False  # whether the source holds control characters (encoder.glyphs)

    def see(self, root: etree._Element) -> None:
        """The ids of what the tree has before its body's blocks (the header)."""
        self.known.update(e.get(XML_ID, "") for e in root.iter(etree.Element))
        self.known.discard("")

    def take_finished(self, parent: etree._Element | None) -> None:
        """Write out the children of ``parent`` but its last (text may still
        follow it), each run of them between divisions as one part with one
        placeholder; divisions stay (headings open them and later turns go
        into them). Each child is looked at once: one left (it points further
        on) stays for the end."""
        self.waiting += 1
        if parent is None or self.waiting < BATCH:
            return
        self.waiting = 0
        if parent is not self.parent:
            self.parent, self.mark = parent, None
        # a walk from the last child looked at (lxml's slices walk from the first)
        after = parent.iterchildren() if self.mark is None else self.mark.itersiblings()
        run: list[etree._Element] = []
        for child in list(after)[:-1]:
            if isinstance(child.tag, str) and child.tag != TEI + "div":
                run.append(child)
                continue
            self._take_run(run)
            run = []
            self.mark = child
        self._take_run(run)

    def _take_run(self, run: list[etree._Element]) -> None:
        """Siblings written out as one part: one placeholder, and the work of
        a part (the prefixes, ``@resp``, the bytes) done once for all. Where
        one of them points further on, or text stands between them, each is
        taken or left on its own (:meth:`_take`)."""
        if not run:
            return
        from .header import ids_and_pointers  # the header module is loaded by to_tei

        if self.controls:  # before the pointers are gathered: each <g> is one
            from .tei import write_glyphs

            for elem in run:
                write_glyphs(elem)

        with_id: list[etree._Element] = []
        holders: list[etree._Element] = []
        for elem in run:
            ids, pointers = ids_and_pointers(elem)
            with_id += ids
            holders += pointers
        between = any(elem.tail and not elem.tail.isspace() for elem in run[:-1])
        if between or not self._ready(with_id, holders):
            for elem in run:
                self.mark = self._take(elem)
            return
        self.mark = self._write(run, with_id, holders)

    def _take(self, elem: etree._Element) -> etree._Element:
        """The placeholder of ``elem``, or ``elem`` left in the tree."""
        from .header import ids_and_pointers

        with_id, holders = ids_and_pointers(elem)
        if not self._ready(with_id, holders):
            return elem  # a pointer to what is not written yet: decided at the end
        return self._write([elem], with_id, holders)

    def _ready(self, with_id: list[etree._Element], holders: list[etree._Element]) -> bool:
        """Whether every pointer of a part names an id the document is known
        to have (before it, or in it)."""
        from .header import POINTERS

        own = {str(e.get(XML_ID, "")) for e in with_id}
        return all(
            t[1:] in self.known or t[1:] in own
            for e in holders
            for name, value in e.items()
            if name in POINTERS
            for t in str(value).split()
            if t.startswith("#")
        )

    def _write(
        self,
        run: list[etree._Element],
        with_id: list[etree._Element],
        holders: list[etree._Element],
    ) -> etree._Element:
        """Give ``run`` (siblings) what the whole tree gets at the end, write
        it as one part, and leave one placeholder in its place."""
        from .header import assign_resp_in, prefix_own_ids, prefix_pointers, prefixed_pointer

        prefix_own_ids(with_id, self.prefix, self.known)
        prefix_pointers(holders, self.prefix, self.known)
        # @resp last, its value prefixed here: the pointers above were rewritten without it
        agent = prefixed_pointer(self.agent, self.prefix, self.known)
        index = len(self.chunks)
        level = sum(1 for _ in run[0].iterancestors())
        pieces: list[bytes] = []
        for elem in run:
            assign_resp_in(elem, agent)
            over = first_text_over(elem)
            if over and index not in self.over_limit:
                self.over_limit[index] = over
            indent(elem, level)  # as serialize will indent its place (see parts_fit)
            pieces.append(
                without_declaration(etree.tostring(elem, encoding="utf-8", with_tail=False))
            )
        self.levels.append(level)
        # between the siblings, what serialize's indent gives their tails
        self.chunks.append(("\n" + "  " * level).encode().join(pieces))
        placeholder = etree.ProcessingInstruction(PART_TARGET, str(index))
        placeholder.tail = run[-1].tail
        parent = run[0].getparent()
        assert parent is not None
        parent.replace(run[0], placeholder)
        for elem in run[1:]:
            parent.remove(elem)
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
    if (parts is None or not parts.over_limit) and not _text_over(root):
        return 0  # all the text together is within the limit, so each node is
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


def _text_over(root: etree._Element) -> bool:
    """Whether the text of ``root`` and its descendants, with its tail, is
    over :data:`XML_TEXT_LIMIT` all together (libxml2 joins it in one call,
    where a walk reads each text and tail into a Python string). What it
    leaves out, the data of processing instructions, is the placeholders'
    numbers here: the writer makes no comments."""
    text = etree.tostring(root, method="text", encoding="utf-8", with_tail=True)
    return len(text) > XML_TEXT_LIMIT


def in_parts(doc: Transcript) -> bool:
    """Whether the body is written in parts: it is large enough for its
    tree to matter, and :func:`parts_fit`."""
    return len(doc.blocks) >= WHOLE_BELOW and parts_fit(doc)


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
    """An element as written inside the document: the namespace that lxml
    declares on an element written alone is the document's already."""
    end = chunk.index(b">")
    start = chunk.index(_DECLARATION, 0, end)
    return chunk[:start] + chunk[start + len(_DECLARATION) :]
