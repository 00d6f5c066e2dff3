"""The document model: frozen records that know no XML and no syntax.

A transcript is a sequence of blocks in source order. Inline content is a
tuple of inline nodes. A footnote is an inline :class:`Note` sitting where
its anchor was (the notes transform puts it there); before that transform the
reader leaves an :class:`Anchor`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeVar

from .record import Record

if TYPE_CHECKING:
    from .drama_model import Play  # loaded with the play reader, not by every encode

# ---------------------------------------------------------------- inlines


class Text(Record):
    value: str


class Anchor(Record):
    """A footnote anchor ``[12]`` (or superscript ``¹²``) not yet resolved."""

    number: str
    line: int
    col: int
    superscript: bool = False
    digits: bool = False  # a plain number against the word: "Conversation1", "urgent.2"


class Note(Record):
    """A footnote at its anchor; ``note_id`` is an XML id such as ``n12``."""

    number: str
    note_id: str
    content: tuple[Inline, ...]
    line: int
    superscript: bool = False  # marked ¹² in the source, not [12]
    digits: bool = False  # marked with a plain number against the word ("urgent.2")
    listed: bool = False  # its body an item of a web page's list of notes ("- Text↩")
    numbered: bool = False  # marked "urgent.2", its body "2. Text" in the page's list


SuppliedReason = Literal["implied", "punctuation", "original-wording", "gloss"]


class Supplied(Record):
    """Words in square brackets that the translator or editor supplied."""

    content: tuple[Inline, ...]
    reason: SuppliedReason


class Correction(Record):
    """ "our [your]": a word of the source and, in brackets after it, the word
    the translator or editor puts in its place (written "our [your]")."""

    original: str
    corrected: str


class CitedAuthor(Record):
    """The author a reference in a note names first ("See V. I. Lenin, …")."""

    name: PersName


class CitedTitle(Record):
    """A title in quotation marks in a reference (the marks stay outside)."""

    text: str


class Citation(Record):
    """A bibliographic reference in a note, "See …" to the note's end."""

    content: tuple[Inline, ...]


class Foreign(Record):
    text: str
    lang: str | None


class Gloss(Record):
    text: str


class EditorialNote(Record):
    """An editor's remark signed with initials, in brackets or parentheses."""

    content: tuple[Inline, ...]
    initials: tuple[str, ...]
    brackets: Literal["brackets", "parentheses", "escaped-brackets"]  # "\[laughs\]"
    line: int


class Stage(Record):
    """A note inside speech, text with its brackets: on delivery (``(Ironically)``),
    or, ``kind`` "narration", what the House called out (``[Hon. Members: "Hear, hear."]``);
    "business", a script's cue in italics (``[_creak of a door_]``)."""

    text: str
    kind: Literal["delivery", "narration", "business"] = "delivery"


class PersName(Record):
    text: str
    ref: str | None


class PlaceName(Record):
    text: str


class DateText(Record):
    """A date as written, with its value; ``clock``: a time of day ("1:12 P.M.
    EDT", ``when`` an xs:time), written as ``time`` rather than ``date``."""

    text: str
    when: str
    clock: bool = False


class LineBreak(Record):
    """A line break inside a block (e.g. the names under a closer); ``n`` is
    the margin line number written before the line (court transcripts)."""

    n: str | None = None


class PageMark(Record):
    """A page break: ``n`` the page number, ``text`` the marker as written
    ("[Page 12]", "- 12 -", a page-number line), ``formfeed`` when a form
    feed (U+000C) stood there."""

    n: str | None
    text: str | None
    formfeed: bool = False


class TimeMark(Record):
    """A timestamp inside speech ("… [00:00:12] …"): ``text`` the time as
    written (without its brackets), ``seconds`` from the recording's start, or
    ``clock`` a time of day (xs:time) where the time is one (a chat post's)."""

    text: str
    seconds: float | None
    ident: str = ""  # its point on the timeline, given by the times transform
    clock: str | None = None


class Folio(Record):
    """Page furniture as printed: a page number (``kind`` "pageNum") where it
    does not begin the page (the page break itself is a :class:`PageMark` with
    the number), or a running head or foot repeated on every page ("header")."""

    text: str
    kind: str = "pageNum"


class Incident(Record):
    """A note about the recording on a line of its own, "[END OF TAPE 1, SIDE A]",
    "[END OF INTERVIEW]": it stands where it stood, between or inside speeches;
    ``text`` as written; ``kind`` "recording", or "reaction" for a chat's
    "Reacted to … with 👍"."""

    text: str
    kind: str = "recording"
    inline: bool = False  # typed inside a line of speech ("… the office. [END OF TAPE 1]")


class Stamp(Record):
    """A timestamp in a speaker's label: ``text`` as written, at ``start`` in
    the label; ``seconds`` from the recording's start (elapsed time) or
    ``clock`` (a time of day, "10:03 AM" → "10:03:00")."""

    text: str
    start: int
    seconds: float | None = None
    clock: str | None = None
    ident: str = ""  # its point on the timeline, given by the times transform
    # the point its elapsed seconds count from: "" the recording's start; a later
    # origin where the times start again (a new tape side), given by the same transform
    since: str = ""


Inline = (
    Text
    | Anchor
    | Note
    | Supplied
    | Correction
    | Citation
    | CitedAuthor
    | CitedTitle
    | Foreign
    | Gloss
    | EditorialNote
    | Stage
    | PersName
    | PlaceName
    | DateText
    | LineBreak
    | PageMark
    | Folio
    | Incident
    | TimeMark
)

# ---------------------------------------------------------------- blocks


class Boilerplate(Record):
    """Page furniture that is not content of the edition ("Skip to content")."""

    text: str
    line: int


class TitleLine(Record):
    content: tuple[Inline, ...]
    line: int


class DateLine(Record):
    text: str
    when: str
    line: int


class FundingLine(Record):
    content: tuple[Inline, ...]
    funder: str
    line: int


class Dateline(Record):
    """A date with a place, e.g. "August 1, 1958, in Zhongnanhai"."""

    content: tuple[Inline, ...]
    when: str
    place: str | None
    line: int


# "note": a line about the meeting, kept where it stands ("Absent: …", "Note: …")
# "title": a front matter's "title: …" (YAML in a Markdown file)
MetadataKind = Literal["date", "place", "source", "subject", "role", "extent", "note", "title"]


class MetadataField(Record):
    """A "Key: value" line before the conversation ("Date: May 17, 1955",
    "Location: Geneva", "Source: …", "Interviewer: Ruth Abernathy")."""

    kind: MetadataKind
    key: str
    value: str
    content: tuple[Inline, ...]
    line: int


class ParticipantsHead(Record):
    """ "Present:" — with the names when the list follows on the same line."""

    content: tuple[Inline, ...]
    line: int
    names: tuple[str, ...] = ()


class ParticipantsLine(Record):
    content: tuple[Inline, ...]
    names: tuple[str, ...]
    line: int
    roles: tuple[str | None, ...] = ()  # "Secretary Dulles, Secretary of State"


class Paragraph(Record):
    content: tuple[Inline, ...]
    line: int
    front: bool = False  # stands among the front matter (the reader decides)


class Narration(Record):
    content: tuple[Inline, ...]
    line: int
    guessed: bool = False


class Turn(Record):
    """A speaker's turn: the label as written, an optional delivery note, paragraphs.

    ``label`` keeps its terminator (``MAO ZEDONG.``) unless a delivery note
    follows, in which case the terminator ends the delivery (``(jokingly).``).
    ``name`` is the label's name part (``N.S. KHRUSHCHEV``); ``who`` the
    person id, filled in by the persons transform.
    """

    label: str
    name: str
    delivery: str | None
    # its paragraphs, and what happened while the speaker held the floor
    # ("(Applause.)" between two paragraphs of one speech)
    paragraphs: tuple[Paragraph | Narration, ...]
    line: int
    who: str = ""
    lead: tuple[Inline, ...] = ()  # page and line breaks before the label
    stamp: Stamp | None = None  # a timestamp inside the label
    style: str = ""  # how the label was recognised ("name in capitals", "call sign", …)
    number: str | None = None  # the paragraph number before the label, as written ("12.")
    label_break: int | None = None  # where the print broke the label's line ("Baptiste-|Moreau.")
    # where a label set over several numbered lines broke, and each new line's number:
    # "MS. RUTH ADLER, DIRECTOR, |HARBOR AUTHORITY:" → ((27, "9"),)
    label_lines: tuple[tuple[int, str | None], ...] = ()
    # the label stood on a line of its own, the speech on the lines below it
    # ("Chairman ROE." / "The committee will come to order."): written so
    alone: bool = False


class ClockLine(Record):
    """A line giving only the time a meeting began or ended ("1:12 P.M. EDT"
    under a briefing's title, "END 1:31 P.M. EDT" after its last answer); the
    time is a clock :class:`DateText` in ``content``."""

    content: tuple[Inline, ...]
    when: str
    edge: Literal["start", "end"]
    line: int


class Closer(Record):
    """ "Conversation transcribed by" and the names under it."""

    content: tuple[Inline, ...]
    names: tuple[str, ...]
    line: int


class ArchivalCitation(Record):
    text: str
    repository: str
    collection: str | None
    idnos: tuple[tuple[str, str], ...]
    locus: str | None
    physical: str | None
    line: int


class NoteBody(Record):
    number: str
    content: tuple[Inline, ...]
    line: int
    # "[2]Text", "²Text", "2. Text" under a Notes heading, "2 Text" after the text,
    # "- Text↩" in a web page's list of notes after the text
    marker: Literal["brackets", "superscript", "numbered", "digits", "listed"] = "brackets"


class Commentary(Record):
    content: tuple[Inline, ...]
    line: int


class SectionLabel(Record):
    """A heading of the page such as "Document Information"."""

    text: str
    line: int


class SourceLine(Record):
    """A citation of the source, optionally with "Translated by NAME."."""

    citation: ArchivalCitation | None
    citation_text: str
    rest: tuple[Inline, ...]
    translators: tuple[str, ...]
    line: int


class Rights(Record):
    content: tuple[Inline, ...]
    line: int


class DocType(Record):
    text: str
    line: int


class Heading(Record):
    """A heading inside the text ("DIRECT EXAMINATION", "BY MR. SMITH:", a
    section title): it opens a division of its own. ``kind`` is the division's
    type ("examination" or "section")."""

    content: tuple[Inline, ...]
    kind: str
    line: int


class Breaks(Record):
    """Page and line breaks with no text of their own to sit in."""

    content: tuple[Inline, ...]
    line: int


class FunderField(Record):
    """A bare funder name standing alone in the page's metadata fields."""

    text: str
    line: int


Block = (
    Boilerplate
    | TitleLine
    | DateLine
    | FundingLine
    | Dateline
    | MetadataField
    | ParticipantsHead
    | ParticipantsLine
    | Paragraph
    | Narration
    | Turn
    | ClockLine
    | Closer
    | ArchivalCitation
    | NoteBody
    | Commentary
    | SectionLabel
    | SourceLine
    | Rights
    | DocType
    | FunderField
    | Heading
    | Breaks
)

# ---------------------------------------------------------------- persons


class Person(Record):
    person_id: str
    names: tuple[str, ...]  # every form seen; the fullest first
    participant: bool
    speaker: bool
    birth: str | None = None
    death: str | None = None
    role: str | None = None
    note_id: str | None = None
    idnos: tuple[tuple[str, str], ...] = ()
    kind: Literal["person", "group", "anonymous"] = "person"


# ---------------------------------------------------------------- document


class Transcript(Record):
    source_name: str
    blocks: tuple[Block, ...]
    persons: tuple[Person, ...] = ()
    end_notes: tuple[Note, ...] = ()  # bodies whose anchor is missing
    notes_position: int | None = None  # index in blocks where the note bodies stood
    lang: str = "en"
    original_lang: str | None = None
    normalized_nfc: bool = False
    decoded_as: str | None = None  # the source's encoding where it was not UTF-8 and not given
    controls: tuple[int, ...] = ()  # the control characters the source holds (encoder.glyphs)
    editors: tuple[str, ...] = ()  # initials seen in editorial notes
    shape: tuple[tuple[str, int], ...] = ()  # the shapes the reader found, with counts
    timeline: tuple[Stamp, ...] = ()  # every timestamp, in order, with its ident
    play: Play | None = None  # a play: read by reader.drama, written by tei_drama


def plain_text(content: tuple[Inline, ...]) -> str:
    """The reading text of inline content, notes left out (for the header and
    for the reader's length tests); supplied words keep their brackets.

    >>> plain_text((Text("our "), Supplied((Text("way"),), "implied"), Text(".")))
    'our [way].'
    """
    parts: list[str] = []
    for node in content:
        if isinstance(node, Text):
            parts.append(node.value)
        elif isinstance(node, PersName | PlaceName | DateText):
            parts.append(node.text)
        elif isinstance(node, Supplied):
            parts.append("[" + plain_text(node.content) + "]")
        elif isinstance(node, Foreign | Gloss):
            parts.append(node.text)
        elif isinstance(node, Correction):
            parts.append(f"{node.original} [{node.corrected}]")
        elif isinstance(node, Citation):
            parts.append(plain_text(node.content))
        elif isinstance(node, CitedAuthor):
            parts.append(node.name.text)
        elif isinstance(node, CitedTitle):
            parts.append(node.text)
    return "".join(parts)


_R = TypeVar("_R", bound=Record)


def evolve(node: _R, name: str, value: object) -> _R:
    """A copy of a model node with one field changed; what
    ``record.replace`` does, without its keyword arguments (the transforms
    copy thousands of nodes per document).

    >>> evolve(Paragraph((Text("a"),), 3), "line", 4)
    Paragraph(content=(Text(value='a'),), line=4, front=False)
    """
    kind = type(node)
    if name not in kind._fields:
        raise TypeError(f"{kind.__name__} has no field {name!r}")
    values = list(kind._values(node))  # the fields' values read in C (attrgetter)
    values[kind._fields.index(name)] = value
    return kind(*values)
