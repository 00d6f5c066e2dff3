"""TEI → plain transcript: the round trip.

The text comes back in the source's order: front matter, the conversation
(labels, speeches, brackets restored from their markup, note anchors as
``[n]``), what followed the conversation, then the footnote bodies as
``[n]Text`` lines, then the back matter. Paragraphs are separated by one
blank line.

What "the same" means (the normalisation, also in the README):

* line ends are LF (CR, CRLF, U+2028 and U+2029 read as line ends, U+2029
  as a blank line too), each line is stripped (of zero-width spaces, word
  joiners and byte-order marks too, at its ends) of leading and trailing white
  space, and runs of blank lines count as one;
* each line is a paragraph, except in hard-wrapped text (lines ending near
  one width of at most 100 columns), where the lines of a paragraph are
  joined with a space;
* a footnote body is written ``[n]Text`` (or ``¹Text`` where the source
  marked its notes with superscript digits), no space after the marker; an
  end note written ``3. Text`` under a "Notes" heading comes back ``[3]Text``;
* the white space between a speaker's label (or its delivery note) and the
  speech is one space (none after a full-width colon "：", nor after a WebVTT
  voice tag "<v Ann>", whose words follow it unspaced); a label that stood
  alone on its line (an ``lb`` after the ``speaker``) comes back so;
* the text is in Unicode NFC (the encoder normalises it, and says so);
* page boilerplate is left out; the header lists each removed line with
  its line number (:func:`removed_lines`);
* in a play every line comes back as a line (verse lines, prose with its
  line breaks, a prefix alone on its line), and the header and footer of a
  digital library are boilerplate.
"""

from __future__ import annotations

from typing import Final

from lxml import etree

from . import glyphs
from .reader.patterns import TO_SUPERSCRIPT
from .xmlio import TEI, XML_ID

_BLOCKS: Final = frozenset(
    TEI + n
    for n in (
        "docDate",
        "titlePart",
        "p",
        "dateline",
        "head",
        "ab",
        "bibl",
        "signed",
        "docAuthor",
        "castItem",
        "l",
        "trailer",
    )
)
_SPEECH: Final = frozenset((TEI + "p", TEI + "l", TEI + "ab"))


def inline_text(elem: etree._Element, notes: list[etree._Element]) -> str:
    """The reading text of mixed content, with brackets restored and footnote
    bodies collected in ``notes``."""
    parts: list[str] = [elem.text or ""]
    inline_page = False  # a page break inside a line: its printed number goes back there
    for child in elem:
        if child.tag == TEI + "pb" and child.get("type") != "formfeed" and _mid_line(parts):
            inline_page = True  # "as far as [Pg 12]Toledo"
        elif inline_page and child.tag == TEI + "fw":
            parts.append(child.text or "")
            inline_page = False
        else:
            parts.append(_inline_child(child, notes))
            inline_page = False
        parts.append(child.tail or "")
    return "".join(parts)


def _mid_line(parts: list[str]) -> bool:
    """Whether words of the same line stand before this point."""
    written = "".join(parts)
    return bool(written.strip()) and not written.endswith("\n")


def _inline_child(child: etree._Element, notes: list[etree._Element]) -> str:
    tag = child.tag
    if tag == TEI + "note":
        if child.get("type") in ("editorial", "original-wording"):  # inline, in brackets
            inner = inline_text(child, notes)
            rend = child.get("rend")
            if rend == "escaped-brackets":  # Markdown's "\[laughs\]"
                return f"\\[{inner}\\]"
            return f"({inner})" if rend == "parentheses" else f"[{inner}]"
        notes.append(child)
        return _marker(child)
    if tag == TEI + "supplied":
        return "[" + inline_text(child, notes) + "]"
    if tag == TEI + "choice" and len(child) == 2 and [c.tag for c in child] == _SIC_CORR:
        sic, corr = child  # "our [your]"
        return f"{inline_text(sic, notes)} [{inline_text(corr, notes)}]"
    if tag == TEI + "g":
        return _glyph(child)
    if tag == TEI + "lb":
        number = child.get("n")
        return "\n" if number is None else f"\n{number} "
    if tag == TEI + "fw" and child.get("type") == "label":
        return child.text or ""  # a caption's name written again in the cue, in its line
    if tag == TEI + "incident" and child.get("rend") == "inline":
        return _all_text(child)  # typed in the line of speech: it stays in that line
    if tag in _BREAKS:
        return "\n" + _break_text(child) + "\n"
    if not isinstance(tag, str):  # comments, processing instructions
        return ""
    return inline_text(child, notes)


def _glyph(g: etree._Element) -> str:
    """The character a ``<g>`` stands for: its content, else the control
    character its ``<char>`` declares (by the id tei-encode gives it, else by
    the declaration's ``codepoint`` property)."""
    if g.text:
        return g.text
    target = (g.get("ref") or "").removeprefix("#")
    code = glyphs.code_of(target)
    if code is None and target:
        for char in g.getroottree().getroot().iter(TEI + "char"):
            if char.get(XML_ID) == target:
                for prop in char.iter(TEI + "localProp"):
                    value = prop.get("value") or ""
                    if prop.get("name") == "codepoint" and value.startswith("U+"):
                        try:
                            code = int(value[2:], 16)
                        except ValueError:
                            continue
    return chr(code) if code is not None and code in glyphs.CONTROLS else ""


def _all_text(elem: etree._Element) -> str:
    """Every text under ``elem``, as ``itertext`` gives it, each ``<g>`` its
    character (an incident's description, a removed line kept in the header)."""
    parts = [elem.text or ""]
    for child in elem:
        if child.tag == TEI + "g":
            parts.append(_glyph(child))
        elif isinstance(child.tag, str):
            parts.append(_all_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


_BREAKS: Final = frozenset((TEI + "pb", TEI + "fw", TEI + "incident"))
_SIC_CORR: Final = [TEI + "sic", TEI + "corr"]


def _break_text(elem: etree._Element) -> str:
    """A page break: a form feed where the source had one; the page number as
    printed (``fw``)."""
    if elem.tag == TEI + "pb":
        return "\x0c" if elem.get("type") == "formfeed" else ""
    if elem.tag == TEI + "incident":
        return _all_text(elem)
    return elem.text or ""


def _marker(note: etree._Element) -> str:
    """ "[12]", or "¹²" for a note marked with superscript digits."""
    number = note.get("n", "")
    if note.get("rend") == "superscript":
        return number.translate(TO_SUPERSCRIPT)
    return number if note.get("rend") in ("digits", "listed", "numbered") else f"[{number}]"


def _after_label(label: list[str], text: str) -> str:
    """The label, then the speech: one space between, none after a full-width
    colon or a WebVTT voice tag."""
    head = ""
    for part in label:  # "赫鲁晓夫（笑）：": no space before a full-width bracket
        head += part if not head or part.startswith("（") else " " + part
    return head + text if head.endswith("：") or _ends_in_voice(head) else f"{head} {text}"


def _ends_in_voice(head: str) -> bool:
    """A label that ends in a voice tag, "00:00:01 <v Ann Lee>": the cue's words
    follow the tag with no space (WebVTT, and text renderings of it)."""
    at = head.rfind("<v")
    return (
        at >= 0
        and head.endswith(">")
        and head[at + 2 : at + 3] in (" ", "\t", ".")
        and ">" not in head[at:-1]
    )


def _label_note(para: etree._Element) -> str:
    """The number of a note written with digits that opens a speech's first
    paragraph: it stood against the label in the source."""
    first = para[0] if len(para) else None
    if para.text or first is None or first.tag != TEI + "note" or first.get("rend") != "digits":
        return ""
    return _marker(first)


def _speech(sp: etree._Element, notes: list[etree._Element]) -> list[str]:
    lines: list[str] = []
    label: list[str] = []
    number = sp.get("n")  # a paragraph number written before the label ("12.")
    started = False  # the first paragraph (written after the label) was seen
    own_line = False  # a play's prefix on a line of its own: the speech begins below it
    children = list(sp)
    for at, child in enumerate(children):
        if child.tag in _BREAKS and not label:
            lines.append(_break_text(child))  # a page break before the label
        elif child.tag == TEI + "lb" and not label:
            after = children[at + 1].tag if at + 1 < len(children) else None
            if after == TEI + "lb" or after in _BREAKS:
                lines.append(child.get("n", ""))  # an empty numbered line above the label
            else:
                label.append(child.get("n", ""))  # the label line's margin number
        elif child.tag == TEI + "lb" and not started:
            lines.append(" ".join([number, *label] if number else label))
            own_line = started = True
        elif child.tag == TEI + "speaker" or (child.tag == TEI + "stage" and not started and label):
            label.append(inline_text(child, notes))
        elif child.tag in _SPEECH:
            text = inline_text(child, notes)
            if not started and number:
                label.insert(0, number)
            glued = _label_note(child) if not started and label else ""
            if glued:  # "MR. POTTER.1 Thank you": the note's number against the label
                label[-1] += glued
                text = text[len(glued) :]
            lines.append(text if started or not label else _after_label(label, text))
            started = True
        elif child.tag == TEI + "stage":
            lines.append(inline_text(child, notes))
        elif child.tag == TEI + "note" and child.get("rend") == "block":
            lines.append(_block_note(child, notes))
        elif (
            child.tag in _BREAKS
            and started
            and (child.tag != TEI + "pb" or child.get("type") == "formfeed")
        ):
            # a page break between a speech's paragraphs or verse lines (a play's
            # "[Pg 12]"): the marker as printed, on a line of its own
            lines.append(_break_text(child))
    if not started and label and not own_line:
        lines.append(" ".join([number, *label] if number else label))
    return lines


def _walk(elem: etree._Element, out: list[str], notes: list[etree._Element]) -> None:
    for child in elem:
        tag = child.tag
        if tag == TEI + "sp":
            out.extend(_speech(child, notes))
        elif tag == TEI + "timeline":
            continue  # the values of the labels' timestamps, written in the labels
        elif tag == TEI + "lb" or tag in _BREAKS:
            out.append(_inline_child(child, notes))
        elif tag == TEI + "stage":
            out.append(inline_text(child, notes))
        elif tag == TEI + "div" and child.get("type") == "notes":
            notes.extend(n for n in child if n.tag == TEI + "note")
        elif tag == TEI + "signed":
            out.extend(inline_text(child, notes).split("\n"))
        elif tag in _BLOCKS:
            out.append(inline_text(child, notes))
        elif tag == TEI + "note" and child.get("rend") == "block":
            out.append(_block_note(child, notes))
        elif tag == TEI + "note":
            notes.append(child)
        elif isinstance(tag, str):
            _walk(child, out, notes)


def _block_note(note: etree._Element, notes: list[etree._Element]) -> str:
    """A play's footnote where the book's copy set it: "[Footnote 1: …]"."""
    return f"[Footnote {note.get('n', '')}: {inline_text(note, notes)}]"


def _note_lines(notes: list[etree._Element]) -> list[str]:
    lines: list[str] = []
    pending = list(notes)
    while pending:
        note = pending.pop(0)
        nested: list[etree._Element] = []
        space = {"digits": " ", "numbered": ". "}.get(note.get("rend", ""), "")  # "2 Text"
        if note.get("rend") == "listed":  # "- Text↩": an item of a web page's list
            lines.append("- " + inline_text(note, nested))
        else:
            lines.append(_marker(note) + space + inline_text(note, nested))
        pending[0:0] = nested
    return lines


# What str.strip() takes for white space, but the controls a <g> gives back
# (U+000B, U+001C..U+001F), which a source line may begin or end with.
_SPACE: Final = "".join(
    ch for ch in map(chr, range(0x3001)) if ch.isspace() and ord(ch) not in glyphs.CONTROLS
)


def tei_to_text(tree: etree._ElementTree) -> str:
    root = tree.getroot()
    text = root.find(TEI + "text")
    if text is None:
        return ""
    lines: list[str] = []
    notes: list[etree._Element] = []
    for section in text:
        if section.tag == TEI + "back":
            lines.extend(_note_lines(notes))
            notes = []
        _walk(section, lines, notes)
    lines.extend(_note_lines(notes))
    # a form feed (a page break in the source) is kept; other white space at the ends goes
    lines = [
        "\x0c" if line.startswith("\x0c") and not line.strip() else line.strip(_SPACE)
        for line in lines
    ]
    return "\n\n".join(line for line in lines if line) + "\n"


def removed_lines(tree: etree._ElementTree) -> dict[int, str]:
    """Source line number → text of the page boilerplate the encoder removed."""
    return {
        int(n.get("n", "0")): _all_text(n)
        for n in tree.getroot().iter(TEI + "note")
        if n.get("type") == "boilerplate" and (n.get("n") or "").isdigit()
    }
