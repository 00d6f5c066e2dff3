"""Text of one block → inline nodes: anchors, brackets, editorial remarks, stage notes.

The rules are a table of named patterns tried at each bracket or
parenthesis; the first that matches decides.

>>> [type(n).__name__ for n in parse_inlines("a [way] b[3]", InlineContext("x.txt", 1, 0))]
['Text', 'Supplied', 'Text', 'Anchor']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Final

from .. import recache
from ..diagnostics import Reporter, Span
from ..model import (
    Anchor,
    Correction,
    EditorialNote,
    Foreign,
    Gloss,
    Incident,
    Inline,
    PageMark,
    Stage,
    Supplied,
    Text,
    TimeMark,
    evolve,
)
from .patterns import DIRECTION, FROM_SUPERSCRIPT, SUPERSCRIPT_DIGITS
from .vocab import is_delivery_word, speaker_kind

# A signature of editors' initials at the end of a remark: "– A.P. & N. P."
_INITIALS: Final = r"(?:[A-Z]\.\s?)+[A-Z]?\.?"
_EDITORIAL: Final = recache.compile(
    r"^(?P<body>.*\S)\s+[–—-]\s*(?P<initials>"
    + _INITIALS
    + r"(?:\s*(?:&|and|,)\s*"
    + _INITIALS
    + r")*)\s*$",
    re.S,
)
_SCRAPE_ARTEFACT: Final = recache.compile(r"\[email(?:\s|\xa0)protected\]")
# Where a token can start: _tokens skips to these with a character class (a
# pattern that starts with a look-ahead is tried at every position of the text).
_TOKEN_START: Final = recache.compile(rf"[\[\](){SUPERSCRIPT_DIGITS}#\\]")
_TOKEN: Final = recache.compile(
    r"(?:(?P<scrape>\[email(?:\s|\xa0)protected\])"
    r"|\[(?P<anchor>\d{1,4})\]"
    # Markdown: a bracket escaped as "\[laughs\]", a link "[the talk](https://…)"
    r"|\\\[(?P<escaped>[^\[\]\n\\]*)\\\]"
    r"|(?P<link>\[[^\[\]\n]+\]\(https?://[^()\s]+\))"
    rf"|(?<=\S)(?P<sup>[{SUPERSCRIPT_DIGITS}]{{1,4}})(?![{SUPERSCRIPT_DIGITS}])"
    r"|\[(?P<bracket>[^\[\]\n]*)\]"
    r"|\((?P<paren>[^()\n]*)\)"
    # the time f4transkript writes where a paragraph ends: "#00:01:03-7#"
    r"|#(?P<f4>\d{1,2}:\d{2}:\d{2}-\d)#"
    r"|(?P<stray>[\[\]]))"
)
# Transliterated (romanised) words: letters typical of romanisation systems.
_ROMANISED: Final = recache.compile(
    r"kh|zh|shch|[a-z]’(?!s\b)|[a-z]'(?!s\b)|\b\w{3,}(?:yye|ye|yi|iy|ykh|ogo|sky|skiy|nut|aya|oye)\b"
)
_LOWER_WORDS: Final = recache.compile(r"^[a-z’'\- ]+$")
# A translation in title case: "People's Daily", "Truth".
_TITLE_PHRASE: Final = recache.compile(
    r"^[A-Z][a-z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|the|and|de|la))*$"
)
# An original-language title before a gloss: "Renmin ribao ", "Pravda ".
_ORIGINAL_BEFORE: Final = recache.compile(
    # each alternative starts at a word's start, so a long word is read once
    r"(?P<phrase>(?<![\w’'-])[A-Z][\w’'-]+(?:\s[a-z][\w’'-]+){1,2}|(?<![\w’'.-])[A-Z][a-z][\w’'-]+)"
    r"(?P<space>\s*)$"
)
_DELIVERY: Final = recache.compile(r"^(?P<first>[A-Za-z]+)(?:\s[a-z]+){0,3}\.?$")
# Words a transcriber or editor puts in brackets about the recording or the
# text itself: not words of the speaker, so not <supplied>.
_REMARK_WORDS: Final = recache.compile(
    r"^(?:sic!?|illegible|inaudible|unintelligible|indistinct|unclear|crosstalk|"
    r"laughter|laughs|laughing|applause|pause|long pause|silence|coughs|interruption|"
    r"break|break in recording|end of tape|end of side \w+|tape ends|recording (?:ends|stops)|"
    # the recorder's own events inside an answer: "[Tape stops]", "[Recorder off]"
    r"(?:tape|recorder|recording) (?:stops|stopped|paused|resumes|resumed|off|on)|"
    r"tape change|change of tape|tape (?:turned|flipped) over|"
    r"off the record|on the record|overlapping|phone rings|omitted|omission|redacted|deleted|"
    r"excised|text missing|pausa|risas|aplausos|rires|applaudissements|gelächter|"
    # a recogniser's mark where the voice changes (whisper.cpp's tinydiarize)
    r"speaker_turn|"
    # an international tribunal's transcriber: the speech heard through the interpreter
    # ("JUDGE ROE: [Interpretation] Thank you."), the session's kind, who came and went,
    # the bench conferring
    r"(?:no )?interpretation|(?:open|closed|private) session|"
    r"the (?:accused|witness|witnesses)(?: \w+){0,2} (?:entered|withdrew|stood down)(?: court)?|"
    r"(?:the )?(?:trial )?chamber(?: and (?:the )?registrar)? confers?|(?:\w+ )?counsel confer|"
    r"\d+ (?:lines?|words?|sentences?|paragraphs?|pages?) not declassified|\.\.\.|…)"
    # a time may follow, as Rev writes it: "[crosstalk 00:00:31]"
    r"(?:\s+(?:\d{1,2}:)?\d{1,2}:\d{2})?\.?$",
    re.I,
)
# An editor's pointer to another paper, with no full stop: "[See US-proposed draft at
# Tab A]", "[see Document 12]" in a documentary edition's text.
_CROSS_REFERENCE: Final = recache.compile(
    r"[Ss]ee (?:also )?(?:[\w’'-]+ ){0,5}?(?:Tabs?|Documents?|Attachments?|Appendix|Annex|"
    r"Enclosures?|footnote|note|pages?|p\.)(?: [A-Z0-9][\w.,–-]*)?\.?$"
)
_TIMESTAMP: Final = recache.compile(r"^\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?$")
# A remark written as a sentence: "[Discussion off the record.]"
# A sentence of two words or more, no brackets, ending in "." or "!": the
# look-ahead checks the whole once, then the first space followed by a word that
# is not the last character (one scan, where "[^\[\]]*\s\S+[^\[\]]*" split the
# line every way).
_REMARK_SENTENCE: Final = recache.compile(r"^(?=[A-Z][^\[\]]*[.!]$)[^\n]*?\s\S[^\n]")


@dataclass(slots=True)
class InlineContext:
    """Where the text comes from, and what the parser may recognise there."""

    file: str
    line: int
    col_offset: int  # column of the text's first character, minus one
    speech: bool = False
    foreign_lang: str | None = None
    reporter: Reporter = field(default_factory=Reporter)
    editors: list[str] = field(default_factory=list)
    # where continuation lines start in the text: (offset, line, column - 1)
    starts: tuple[tuple[int, int, int], ...] = ()

    def where(self, offset: int) -> tuple[int, int]:
        """The source line and column of a position in the text, in hard-wrapped
        and margin-numbered text too.

        >>> InlineContext("x", 3, 4, starts=((10, 4, 0),)).where(12)
        (4, 3)
        """
        index = bisect.bisect_right(self.starts, (offset, 1 << 62, 0)) - 1
        if index < 0:
            return self.line, self.col_offset + offset + 1
        start, line, col = self.starts[index]
        return line, col + offset - start + 1


def parse_inlines(text: str, ctx: InlineContext) -> tuple[Inline, ...]:
    first = _TOKEN_START.search(text)
    if first is None:  # most speech: no bracket, parenthesis or note mark
        return (Text(text),) if text else ()
    out: list[Inline] = []
    pos = 0
    for match in _tokens(text, first.start()):
        if match.start() > pos:
            _append_text(out, text[pos : match.start()])
        pos = match.end()
        kind = match.lastgroup
        line, col = ctx.where(match.start())
        if kind == "scrape":
            ctx.reporter.warning(
                "W301",
                f"{match.group()!r} is an artefact of copying from a web page (an e-mail "
                "address was hidden); it is kept as written",
                Span(ctx.file, line, col),
            )
            _append_text(out, match.group())
        elif kind == "anchor":
            out.append(Anchor(match.group("anchor"), line, col))
        elif kind == "sup":
            digits = match.group("sup").translate(FROM_SUPERSCRIPT)
            out.append(Anchor(str(int(digits)), line, col, superscript=True))
        elif kind == "escaped":  # a transcriber's remark in Markdown's brackets
            remark = _rule_remark(match.group("escaped"), out, text[pos:], ctx, (line, col))
            if remark is None:
                _append_text(out, match.group())
            else:
                assert isinstance(remark[0], EditorialNote)
                out.append(evolve(remark[0], "brackets", "escaped-brackets"))
        elif kind == "link":  # the words of a link and its address, as written
            _append_text(out, match.group())
        elif kind == "bracket":
            out.extend(_bracket(match.group("bracket"), out, text[pos:], ctx, (line, col)))
        elif kind == "paren":
            mark = _italic_mark(text, match)
            last = out[-1] if out else None
            if not (isinstance(last, Text) and last.value.endswith(mark)):
                mark = ""  # (the mark before is no text of its own: no italics to take)
            found = _paren(match.group("paren"), text, match, ctx, (line, col), mark)
            if mark and isinstance(found[0], Stage) and isinstance(last, Text):
                # "*(pausing)* Call her.": the direction with the marks of its italics
                if last.value[:-1]:
                    out[-1] = Text(last.value[:-1])
                else:
                    out.pop()
                found = (Stage(f"{mark}{found[0].text}{mark}"),)
                pos += 1
            out.extend(found)
        elif kind == "f4":
            written = match.group("f4")
            clock, tenths = written.split("-")
            from .shapes import seconds_of

            seconds = (seconds_of(clock) or 0.0) + int(tenths) / 10
            out.extend((Text("#"), TimeMark(written, seconds), Text("#")))
        elif kind == "stray":
            ctx.reporter.warning(
                "W302",
                f"unbalanced or nested bracket {match.group()!r}; it is kept as text",
                Span(ctx.file, line, col),
            )
            _append_text(out, match.group())
    if pos < len(text):
        _append_text(out, text[pos:])
    return tuple(out)


def _tokens(text: str, pos: int = 0) -> Iterator[re.Match[str]]:
    """The matches of :data:`_TOKEN` in ``text`` from ``pos`` on, as ``finditer``
    gives them."""
    while (start := _TOKEN_START.search(text, pos)) is not None:
        match = _TOKEN.match(text, start.start())
        if match is None:  # a parenthesis left open, say: the next position
            pos = start.start() + 1
            continue
        yield match
        pos = match.end()


def _append_text(out: list[Inline], value: str) -> None:
    if not value:
        return
    if out and isinstance(out[-1], Text):
        out[-1] = Text(out[-1].value + value)
    else:
        out.append(Text(value))


BracketRule = Callable[
    [str, list[Inline], str, InlineContext, tuple[int, int]], tuple[Inline, ...] | None
]


def _rule_question(
    content: str, out: list[Inline], after: str, ctx: InlineContext, at: tuple[int, int]
) -> tuple[Inline, ...] | None:
    if content == "?":
        return (Supplied((Text("?"),), "punctuation"),)
    return None


def _rule_editorial(
    content: str, out: list[Inline], after: str, ctx: InlineContext, at: tuple[int, int]
) -> tuple[Inline, ...] | None:
    return _editorial(content, "brackets", ctx)


def _rule_interjection(
    content: str, out: list[Inline], after: str, ctx: InlineContext, at: tuple[int, int]
) -> tuple[Inline, ...] | None:
    """ "[Hon. Members: “Hear, hear.”]", "[An hon. Member: “Shame!”]": what a
    group or an unnamed member called out, as the record prints it inside a
    speech; no editor supplied these words."""
    who, colon, said = content.partition(":")
    if not colon or not said.strip() or len(who.split()) > 4 or not who[:1].isupper():
        return None
    if speaker_kind(who) == "person":
        return None
    return (Stage(f"[{content}]", "narration"),)


def _rule_remark(
    content: str, out: list[Inline], after: str, ctx: InlineContext, at: tuple[int, int]
) -> tuple[Inline, ...] | None:
    """ "[sic]", "[inaudible]", "[00:12:31]", "[Discussion off the record.]": a
    transcriber's or editor's remark, unsigned."""
    text = content.strip()
    if (
        _REMARK_WORDS.match(text)
        or (text[:1].isdecimal() and _TIMESTAMP.match(text))
        or ("A" <= text[:1] <= "Z" and text[-1:] in ".!" and _REMARK_SENTENCE.match(text))
        or (text[:4] in ("See ", "see ") and _CROSS_REFERENCE.match(text))
    ):
        return (EditorialNote((Text(content),), (), "brackets", ctx.line),)
    return None


def _rule_recording(
    content: str, out: list[Inline], after: str, ctx: InlineContext, at: tuple[int, int]
) -> tuple[Inline, ...] | None:
    """ "… in the office. [END OF TAPE 1, SIDE A]": a note about the recording typed
    at a speech's end (or inside it), as it stands on a line of its own."""
    if len(content) < 8 or not ctx.speech:
        return None
    from .shapes import is_incident

    return (Incident(f"[{content}]", inline=True),) if is_incident(f"[{content}]") else None


def _rule_direction(
    content: str, out: list[Inline], after: str, ctx: InlineContext, at: tuple[int, int]
) -> tuple[Inline, ...] | None:
    if DIRECTION.match(content) is None:
        return None
    if " by " in content:
        return (Stage(f"[{content}]", "narration"),)  # who moderates: about the event
    return (Stage(f"[{content}]"),)


def _rule_italic_cue(
    content: str, out: list[Inline], after: str, ctx: InlineContext, at: tuple[int, int]
) -> tuple[Inline, ...] | None:
    """ "[_creak of the gangplank_]" in a speech: a script's cue in italics (a
    sound, an action), printed as a direction; no editor supplied these words."""
    if not ctx.speech or len(content) < 3 or content[0] != "_" or content[-1] != "_":
        return None
    if _REMARK_WORDS.match(content.strip("_")):  # "[_inaudible_]": a transcriber's remark
        return (EditorialNote((Text(content),), (), "brackets", ctx.line),)
    return (Stage(f"[{content}]", "business"),)


def _rule_gloss(
    content: str, out: list[Inline], after: str, ctx: InlineContext, at: tuple[int, int]
) -> tuple[Inline, ...] | None:
    if not _TITLE_PHRASE.match(content) or not out or not isinstance(out[-1], Text):
        return None
    if re.match(r"\s+[A-Z]", after):
        return None  # "the Arab [Middle] East": a word supplied inside a name
    before = _ORIGINAL_BEFORE.search(out[-1].value)
    if before is None:
        return None
    head = out[-1].value[: before.start()]
    if " " not in before.group("phrase") and re.search(r"[A-Z][\w’'-]*\s$", head):
        return None  # "Liu Shaoqi [Liu Shao-chi]": another spelling of a whole name
    if content.split()[0] == before.group("phrase").split()[0]:
        return None  # the bracket repeats the name's first word: a variant spelling
    if head:
        out[-1] = Text(head)
    else:
        out.pop()
    out.append(Foreign(before.group("phrase"), None))
    if before.group("space"):
        out.append(Text(before.group("space")))
    return (Supplied((Gloss(content),), "gloss"),)


def _rule_original_wording(
    content: str, out: list[Inline], after: str, ctx: InlineContext, at: tuple[int, int]
) -> tuple[Inline, ...] | None:
    if not _LOWER_WORDS.match(content):
        return None
    follows_supplied = (
        len(out) >= 2
        and isinstance(out[-1], Text)
        and not out[-1].value.strip()
        and isinstance(out[-2], Supplied)
        and out[-2].reason == "implied"
    )
    if follows_supplied or _ROMANISED.search(content):
        return (Supplied((Foreign(content, ctx.foreign_lang),), "original-wording"),)
    return None


# Words of one closed class: a bracket holding one of them right after another
# of the same class replaces it ("our [your]", "he [she]"); a pronoun is
# never added to another, so this is a correction, not supplied text.
_EXCHANGEABLE: Final = (
    frozenset("my your his her its our their".split()),
    frozenset("i you he she it we they".split()),
    frozenset("me you him her it us them".split()),
    frozenset("this that these those".split()),
)


_EXCHANGEABLE_WORDS: Final = frozenset().union(*_EXCHANGEABLE)


def _last_word(value: str) -> int | None:
    r"""Where the word (ASCII letters) that ends ``value`` before a space
    starts: the match of ``(?<![\w’'-])[A-Za-z]+ $``, read from the end (a
    search from the start read all the text before each bracket).

    >>> _last_word("said our "), _last_word("our \n"), _last_word("x1our "), _last_word("our")
    (5, 0, None, None)
    """
    end = len(value) - 1 if value.endswith(" ") else len(value) - 2 if value.endswith(" \n") else 0
    start = end
    while start and value[start - 1].isascii() and value[start - 1].isalpha():
        start -= 1
    if start == end or (start and (value[start - 1].isalnum() or value[start - 1] in "_’'-")):
        return None
    return start


def _rule_correction(
    content: str, out: list[Inline], after: str, ctx: InlineContext, at: tuple[int, int]
) -> tuple[Inline, ...] | None:
    if content.lower() not in _EXCHANGEABLE_WORDS or not out or not isinstance(out[-1], Text):
        return None  # most brackets: not a word of those classes
    value = out[-1].value
    start = _last_word(value)
    if start is None:
        return None
    word, corrected = value[start : value.rindex(" ")], content
    pair = {word.lower(), corrected.lower()}
    if len(pair) != 2 or not any(pair <= kind for kind in _EXCHANGEABLE):
        return None
    head = value[:start]
    if head:
        out[-1] = Text(head)
    else:
        out.pop()
    return (Correction(word, corrected),)


def _rule_implied(
    content: str, out: list[Inline], after: str, ctx: InlineContext, at: tuple[int, int]
) -> tuple[Inline, ...] | None:
    if not content.strip():
        ctx.reporter.warning("W303", "empty brackets '[]'; kept as text", Span(ctx.file, *at))
        return (Text("[" + content + "]"),)
    return (Supplied((Text(content),), "implied"),)


PAGE_IN_TEXT: Final = recache.compile(
    r"^(?:page|p\.|pg\.?)\s*(?P<n>[A-Z]{0,2}\d{1,5}[a-z]?)$", re.I
)
# (mission time too: days first, a sign before liftoff, "-00:00:00:05")
_TIME_IN_TEXT: Final = recache.compile(
    r"^-?(?:\d{1,3}:)?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?$"
)
# A segment's span, its start and end: "00:00:03.800 --> 00:00:06.200".
_SPAN_IN_TEXT: Final = recache.compile(
    r"^(?P<start>(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)[ \t]*-->[ \t]*"
    r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?$"
)
# A recogniser's segment start in seconds, as a diariser's raw lines write it before
# the words: "[28.1s] How are you?" (a decimal point and the unit: "[5s]" is no such time)
_SECONDS_IN_TEXT: Final = recache.compile(r"^\d{1,6}\.\d{1,3}s$")


def _rule_page(
    content: str, out: list[Inline], after: str, ctx: InlineContext, at: tuple[int, int]
) -> tuple[Inline, ...] | None:
    """ "[Page 12]" inside a line: a page break of the edition copied, not a word."""
    match = PAGE_IN_TEXT.match(content.strip())
    if match is None:
        return None
    return (PageMark(match.group("n"), f"[{content}]"),)


def _rule_long_number(
    content: str, out: list[Inline], after: str, ctx: InlineContext, at: tuple[int, int]
) -> tuple[Inline, ...] | None:
    """ "[10000]": a footnote anchor's shape, but note numbers have at most four
    digits; kept as written, and said."""
    if not (content.isdigit() and len(content) > 4):
        return None
    ctx.reporter.warning(
        "W206",
        f"[{content}] looks like a footnote anchor, but note numbers have at most four "
        "digits; it is kept as text",
        Span(ctx.file, *at),
    )
    return (Text(f"[{content}]"),)


def _rule_time(
    content: str, out: list[Inline], after: str, ctx: InlineContext, at: tuple[int, int]
) -> tuple[Inline, ...] | None:
    """ "[00:01:10]" inside a line: a timestamp of the recording; "[28.1s]", the
    seconds a recogniser's segment starts at."""
    if content[-1:] == "s" and content[:1].isdecimal() and _SECONDS_IN_TEXT.match(content):
        return (Text("["), TimeMark(content, float(content[:-1])), Text("]"))
    if "-->" in content:
        # "[00:00:03.800 --> 00:00:06.200]": a recogniser's segment (whisper.cpp's lines),
        # a point at its start
        span = _SPAN_IN_TEXT.match(content)
        if span is None:
            return None
        from .shapes import seconds_of

        return (Text("["), TimeMark(content, seconds_of(span.group("start"))), Text("]"))
    if not _TIME_IN_TEXT.match(content.strip()):
        return None
    from .shapes import seconds_of

    return (Text("["), TimeMark(content, seconds_of(content.strip())), Text("]"))


def _rule_wiki_link(
    content: str, out: list[Inline], after: str, ctx: InlineContext, at: tuple[int, int]
) -> tuple[Inline, ...] | None:
    """ "[glossary:BMAG]", "[glossary:MAX Q|max. Q]": a link of the site the text
    was copied from (Spacelog's glossary), kept as written: no editor supplied it."""
    if ":" not in content or _WIKI_LINK.fullmatch(content) is None:
        return None
    return (Text(f"[{content}]"),)


def _rule_address(
    content: str, out: list[Inline], after: str, ctx: InlineContext, at: tuple[int, int]
) -> tuple[Inline, ...] | None:
    """ "[www.gpo.gov]", "[https://example.org/a]": an address the source gives
    in brackets, kept as written: no editor supplied it."""
    if "." not in content or _ADDRESS.fullmatch(content) is None:
        return None
    return (Text(f"[{content}]"),)


_ADDRESS: Final = recache.compile(r"(?:https?://|www\.)[\w-]+(?:\.[\w-]+)+(?:/[^\s\[\]]*)?")
_WIKI_LINK: Final = recache.compile(r"[a-z]{3,12}:[^\s:|\]][^|\]]{0,60}(?:\|[^|\]]{1,60})?")


BRACKET_RULES: Final[tuple[tuple[str, BracketRule], ...]] = (
    ("wiki-link", _rule_wiki_link),
    ("address", _rule_address),
    ("page", _rule_page),
    ("time", _rule_time),
    ("long-number", _rule_long_number),
    ("question-mark", _rule_question),
    ("interjection", _rule_interjection),
    ("editorial-remark", _rule_editorial),
    ("transcriber-remark", _rule_remark),
    # (after the remarks: "[Tape stops]" in a speech stays the transcriber's remark)
    ("recording", _rule_recording),
    ("direction", _rule_direction),
    ("italic-cue", _rule_italic_cue),
    ("gloss", _rule_gloss),
    ("correction", _rule_correction),
    ("original-wording", _rule_original_wording),
    ("implied", _rule_implied),
)


def _bracket(
    content: str, out: list[Inline], after: str, ctx: InlineContext, at: tuple[int, int]
) -> tuple[Inline, ...]:
    for _name, rule in BRACKET_RULES:
        result = rule(content, out, after, ctx, at)
        if result is not None:
            return result
    raise AssertionError("the implied rule always matches")  # pragma: no cover


def _italic_mark(text: str, match: re.Match[str]) -> str:
    """The Markdown mark of italics around a parenthesis ("*(pausing)*",
    "_(quietly)_"), or "" where none stands on both sides."""
    start, end = match.start(), match.end()
    mark = text[start - 1 : start] if start else ""
    if mark not in ("*", "_") or text[end : end + 1] != mark:
        return ""
    return mark if start == 1 or text[start - 2].isspace() else ""


# A time of the recording in parentheses at a paragraph's end: "(00:12)", "(1:02:33)".
_PARAGRAPH_END_TIME: Final = recache.compile(r"\d{1,2}:\d{2}(?::\d{2})?")


def _paren(
    content: str,
    text: str,
    match: re.Match[str],
    ctx: InlineContext,
    at: tuple[int, int],
    mark: str = "",
) -> tuple[Inline, ...]:
    """What a parenthesis holds: an editor's signed remark, "sic", a note on
    delivery ("(jokingly)", in italics' marks too where ``mark`` says so), the
    recording's time a podcast's page sets where a speech's paragraph ends
    ("… the tidal flats. (00:12)"), or words."""
    if ctx.speech and content[:1].isdigit() and match.end() == len(text.rstrip()):
        time = _PARAGRAPH_END_TIME.fullmatch(content)
        if time is not None:
            from .shapes import seconds_of

            return (Text("("), TimeMark(content, seconds_of(content)), Text(")"))
    editorial = _editorial(content, "parentheses", ctx)
    if editorial is not None:
        return editorial
    if content.strip().lower() in ("sic", "sic!"):
        return (EditorialNote((Text(content),), (), "parentheses", ctx.line),)
    delivery = _DELIVERY.match(content)
    if ctx.speech and delivery and _is_stage_word(delivery.group("first"), content):
        before = text[: match.start() - len(mark)]
        after = text[match.end() + len(mark) :]
        # "Drucksache 17/2196 (neu)": a word that qualifies the number before it
        qualifies = before[-2:-1].isdigit()
        if (
            (not before or before[-1].isspace())
            and not qualifies
            and re.match(r"^[.:,;]?(\s|$)", after)
        ):
            return (Stage(f"({content})"),)
    return (Text(f"({content})"),)


# A list's letter or small Roman numeral inside a sentence: "designated as a (a)
# supplying establishment, (b) breeding …", "under (iv) above".
_ENUMERATOR: Final = recache.compile(r"[a-z]|x?(?:ix|iv|v?i{1,3}|v)|x")


def _is_stage_word(first: str, content: str) -> bool:
    """ "(jokingly)", "(after a pause)", "(Laughter.)", "(Ironically)": a note on
    delivery; "(IAEA)" or "(Hammarskjold)", "(a)" or "(iv)": words of the speech."""
    if len(content) <= 4 and _ENUMERATOR.fullmatch(content) is not None:
        return False  # (a list's letter is no way of speaking)
    if first.isupper() and len(first) > 1:
        return False  # an acronym
    if first[0].islower() or " " in content.strip():
        return True
    return is_delivery_word(first)


def _editorial(content: str, brackets: str, ctx: InlineContext) -> tuple[Inline, ...] | None:
    if "-" not in content and "–" not in content and "—" not in content:
        return None  # no dash before a signature
    match = _EDITORIAL.match(content)
    if match is None:
        return None
    initials = tuple(
        re.sub(r"[^A-Z]", "", part)
        for part in re.split(r"\s*(?:&|and|,)\s*", match.group("initials"))
        if part.strip()
    )
    for item in initials:
        if item not in ctx.editors:
            ctx.editors.append(item)
    return (
        EditorialNote(
            (Text(content),),
            initials,
            "brackets" if brackets == "brackets" else "parentheses",
            ctx.line,
        ),
    )
