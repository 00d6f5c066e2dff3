"""Control characters of the source, which XML cannot hold, kept as ``<g>``.

A transcript copied from a PDF or a word processor sometimes holds C0 control
characters (U+0008 in ``pdftotext``'s dot leaders, U+000B for Word's manual
line break, U+001E and U+001F for its non-breaking and optional hyphens).
XML 1.0 forbids them, so they cannot be written as characters; dropping them
would lose what the source says. TEI's way for a character the document
cannot hold is the gaiji module: each control is written ``<g ref="#ctl-0008"/>``
where it stood, pointing at a ``<char>`` in the header's ``charDecl`` that
names it (Unicode's name alias and the code point), and ``tei-encode text``
gives the character back.

Between the reading and the writing, a control travels as a code point of
Unicode's supplementary private use area B (U+100000 plus the control's
value): an ordinary character to every rule of the reader (it is no space,
no line end and no word letter, as ``\\s`` would take U+000B and U+001F to be),
turned into ``<g>`` once the tree is written (:func:`write_glyphs`). A
source that holds one of those 32 code points itself is refused (E005).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from lxml import etree

# The C0 controls XML 1.0 forbids: all but TAB, LF, CR (and FF, which the
# reader takes for a page break and never writes).
CONTROLS: Final = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D}
PRIVATE_BASE: Final = 0x100000  # U+100000..U+10001F stand for U+0000..U+001F

# Unicode's Name_Alias of each control (the ISO/IEC 6429 names).
NAMES: Final = {
    0x00: "NULL",
    0x01: "START OF HEADING",
    0x02: "START OF TEXT",
    0x03: "END OF TEXT",
    0x04: "END OF TRANSMISSION",
    0x05: "ENQUIRY",
    0x06: "ACKNOWLEDGE",
    0x07: "ALERT",
    0x08: "BACKSPACE",
    0x0B: "LINE TABULATION",
    0x0E: "SHIFT OUT",
    0x0F: "SHIFT IN",
    0x10: "DATA LINK ESCAPE",
    0x11: "DEVICE CONTROL ONE",
    0x12: "DEVICE CONTROL TWO",
    0x13: "DEVICE CONTROL THREE",
    0x14: "DEVICE CONTROL FOUR",
    0x15: "NEGATIVE ACKNOWLEDGE",
    0x16: "SYNCHRONOUS IDLE",
    0x17: "END OF TRANSMISSION BLOCK",
    0x18: "CANCEL",
    0x19: "END OF MEDIUM",
    0x1A: "SUBSTITUTE",
    0x1B: "ESCAPE",
    0x1C: "INFORMATION SEPARATOR FOUR",
    0x1D: "INFORMATION SEPARATOR THREE",
    0x1E: "INFORMATION SEPARATOR TWO",
    0x1F: "INFORMATION SEPARATOR ONE",
}

# Elements whose content TEI keeps to plain phrases or text (model.limitedPhrase,
# text only), which have no room for <g>: the header's copies of the text.
_NO_G: Final = frozenset(
    "{http://www.tei-c.org/ns/1.0}" + name
    for name in (
        "authority collection creation desc extent funder idno language locus "
        "publisher repository resp"
    ).split()
)

_HIDE: Final = {code: PRIVATE_BASE + code for code in CONTROLS}
_FIRST: Final = chr(PRIVATE_BASE)
_LAST: Final = chr(PRIVATE_BASE + 0x1F)


def hide(text: str) -> str:
    """``text`` with each control as its stand-in (the reader's form)."""
    return text.translate(_HIDE)


def char_id(code: int) -> str:
    """The ``xml:id`` of the ``<char>`` that declares control ``code``."""
    return f"ctl-{code:04X}"


def code_of(ident: str) -> int | None:
    """The control a ``<char>`` id (prefixed or not) declares, or None."""
    head, sep, tail = ident.rpartition("ctl-")
    if not sep or len(tail) != 4 or (head and not head.endswith("-")):
        return None
    try:
        code = int(tail, 16)
    except ValueError:
        return None
    return code if code in CONTROLS else None


def _holds(value: str | None) -> bool:
    return value is not None and not value.isascii() and max(value) >= _FIRST


def _stand_ins(value: str) -> list[tuple[int, int]]:
    """(position, control) of each stand-in in ``value``."""
    return [(at, ord(ch) - PRIVATE_BASE) for at, ch in enumerate(value) if _FIRST <= ch <= _LAST]


def _split(value: str) -> list[str | int]:
    """``value`` as runs of text and controls."""
    pieces: list[str | int] = []
    start = 0
    for at, code in _stand_ins(value):
        if at > start:
            pieces.append(value[start:at])
        pieces.append(code)
        start = at + 1
    if start < len(value):
        pieces.append(value[start:])
    return pieces


def write_glyphs(root: etree._Element, make: Callable[[int], etree._Element]) -> None:
    """Each stand-in under ``root`` (text, tails, attributes) made a ``<g>``
    by ``make(control)``; in an attribute, whose value is derived from the
    text (an id, a number), and in a header field with no room for ``<g>``
    (:data:`_NO_G`, a copy of the text), it is dropped."""
    # the elements first: the walk must not meet the <g> it inserts
    for elem in list(root.iter(etree.Element)):
        for name, value in elem.items():
            if isinstance(value, str) and _holds(value) and _stand_ins(value):
                elem.set(name, _without(value))
        if _holds(elem.text) and _stand_ins(elem.text or ""):
            if elem.tag in _NO_G:
                elem.text = _without(elem.text or "")
            else:
                pieces = _split(elem.text or "")
                elem.text = None
                _place(elem, pieces, make, inside=True)
        if elem is not root and _holds(elem.tail) and _stand_ins(elem.tail or ""):
            parent = elem.getparent()
            if parent is not None and parent.tag in _NO_G:
                elem.tail = _without(elem.tail or "")
            else:
                pieces = _split(elem.tail or "")
                elem.tail = None
                _place(elem, pieces, make, inside=False)


def _without(value: str) -> str:
    """``value`` without its stand-ins."""
    return "".join(piece for piece in _split(value) if isinstance(piece, str))


def _place(
    elem: etree._Element,
    pieces: list[str | int],
    make: Callable[[int], etree._Element],
    inside: bool,
) -> None:
    """Write ``pieces`` as ``elem``'s text (``inside``) or tail, each control a
    ``<g>`` inserted in order."""
    parent = elem if inside else elem.getparent()
    assert parent is not None
    index = 0 if inside else parent.index(elem) + 1
    last: etree._Element | None = None if inside else elem
    for piece in pieces:
        if isinstance(piece, int):
            g = make(piece)
            parent.insert(index, g)
            index += 1
            last = g
        elif last is None:
            parent.text = (parent.text or "") + piece
        else:
            last.tail = (last.tail or "") + piece
