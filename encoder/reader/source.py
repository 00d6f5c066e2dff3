"""Bytes → checked, normalised text lines.

This stage decides whether an input is text at all and reports every
problem with its position: not UTF-8, binary, characters XML forbids,
empty. It accepts a UTF-8 byte-order mark, UTF-16 with its byte-order mark, CRLF
and CR line endings (and Unicode's line and paragraph separators), and
normalises to NFC (saying so).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from typing import Final

from .. import glyphs, recache
from ..diagnostics import Reporter, Span
from ..record import Record

# Characters XML 1.0 forbids: C0 controls except tab/LF/CR, surrogates, FFFE/FFFF;
# a form feed (U+000C) is a page break, read by reader.shapes and never written.
# The controls are kept (as encoder.glyphs says); the rest, and the code points
# that stand in for the controls, are refused.
_FORBIDDEN: Final = recache.compile(
    "[\x00-\x08\x0b\x0e-\x1f\ufffe\uffff\ud800-\udfff\U00100000-\U0010001f]"
)
_CONTROL: Final = recache.compile("[\x00-\x08\x0b\x0e-\x1f]")
_NOT_CHARACTERS: Final = recache.compile("[\ufffe\uffff\ud800-\udfff\U00100000-\U0010001f]")


class SourceText(Record):
    lines: tuple[str, ...]  # without line terminators; index 0 is line 1
    normalized_nfc: bool
    controls: tuple[int, ...] = ()  # the control characters kept (encoder.glyphs)
    decoded_as: str | None = None  # an encoding read without being asked ("windows-1252")


class SourceError(Exception):
    """The input cannot be treated as a transcript; the reporter says why."""


def decode_source(
    data: bytes | bytearray, name: str, reporter: Reporter, encoding: str | None = None
) -> SourceText:
    """Decode and check ``data``; raise :class:`SourceError` after reporting errors."""
    data = bytes(data) if isinstance(data, bytearray) else data
    kind = document_format(data) if encoding is None else None
    if kind is not None:
        reporter.error(
            "E009",
            f"this is {kind}, not a plain-text transcript; {_TO_TEXT[kind]}",
            Span(name, 1, 1),
        )
        raise SourceError(name)
    if encoding is None and data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"  # the byte-order mark says so (Windows "Unicode" text)
    if b"\x00" in data[:8192] and encoding is None:
        pos = data.index(b"\x00")
        line = data[:pos].count(b"\n") + 1
        utf16 = _utf16_without_bom(data[:8192])
        reporter.error(
            "E001",
            f"this looks like UTF-16 text without a byte-order mark ({utf16}); pass "
            f"--encoding {utf16}"
            if utf16
            else "this looks like a binary file (it contains NUL bytes), not a plain-text "
            "transcript; give tei-encode a .txt file",
            Span(name, line, 1),
        )
        raise SourceError(name)
    text, decoded_as = _decode(data, name, reporter, encoding)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u2028" in text or "\u2029" in text:
        # Unicode's own line and paragraph separators (a web application's or a
        # script's export may end its lines so): line ends, as CR and CRLF are
        at = min(i for i in (text.find("\u2028"), text.find("\u2029")) if i >= 0)
        reporter.info(
            "I005",
            "Unicode line and paragraph separators (U+2028, U+2029) were read as line ends "
            "(a paragraph separator as a blank line)",
            Span(name, text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)),
        )
        text = text.replace("\u2029", "\n\n").replace("\u2028", "\n")
    normalized = not unicodedata.is_normalized("NFC", text)
    nfc = unicodedata.normalize("NFC", text) if normalized else text
    if normalized:
        reporter.info(
            "I004",
            "the text was normalised to Unicode NFC (the header records this)",
            Span(name),
        )
    lines = nfc.split("\n")
    if _INVISIBLE_EDGE.search(nfc):
        lines = _strip_invisible(lines, name, reporter)
    controls: tuple[int, ...] = ()
    if _FORBIDDEN.search(nfc):
        lines, controls = _keep_controls(lines, name, reporter)
    if not nfc.strip():
        reporter.error(
            "E006",
            "the file is empty (or only white space); there is no transcript to encode",
            Span(name, 1, 1),
        )
        raise SourceError(name)
    return SourceText(tuple(lines), normalized, controls, decoded_as)


# A zero-width space, a word joiner or a byte-order mark at a line's edge (among
# its white space): invisible, and before a label it hides the label.
_INVISIBLE: Final = "\u200b\u2060\ufeff"
_INVISIBLE_EDGE: Final = recache.compile(
    "^[ \t]*[\u200b\u2060\ufeff]|[\u200b\u2060\ufeff][ \t]*$", re.M
)
_EDGE_SPACE: Final = str.maketrans("", "", _INVISIBLE)


def _strip_invisible(lines: list[str], name: str, reporter: Reporter) -> list[str]:
    """The lines without the zero-width characters among the white space at their
    start and end ("\u200bAnn Lee: …", as a web page's copy may open a line, or a
    byte-order mark where two files were put together); said once, with the first
    line's place. Inside a line they stay.

    >>> _strip_invisible(["\u200bAnn: Hi.", " \ufeff Bo: So\u200bme. ", "x"], "t", Reporter())
    ['Ann: Hi.', '  Bo: So\u200bme. ', 'x']
    """
    out: list[str] = []
    first = 0
    for number, line in enumerate(lines, 1):
        if _INVISIBLE_EDGE.search(line):
            body = line.strip(" \t" + _INVISIBLE)
            start = line.find(body[:1]) if body else len(line)
            end = start + len(body)
            line = line[:start].translate(_EDGE_SPACE) + body + line[end:].translate(_EDGE_SPACE)
            first = first or number
        out.append(line)
    if first:
        reporter.info(
            "I006",
            "zero-width spaces, word joiners or byte-order marks at the start or end of lines "
            "were taken as white space",
            Span(name, first, 1),
        )
    return out


def _keep_controls(
    lines: list[str], name: str, reporter: Reporter
) -> tuple[list[str], tuple[int, ...]]:
    """The lines with each control character as its stand-in (encoder.glyphs),
    and the controls found, said once with the first's place; raise
    :class:`SourceError` after reporting each character that is no character
    at all."""
    bad = False
    for number, text_line in enumerate(lines, 1):
        for match in _NOT_CHARACTERS.finditer(text_line):
            bad = True
            code = ord(match.group())
            reporter.error(
                "E005",
                f"U+{code:04X} is not a character XML allows; remove it from the transcript"
                if code < glyphs.PRIVATE_BASE
                else f"U+{code:04X} is a private-use code point tei-encode keeps for control "
                "characters; remove it from the transcript",
                Span(name, number, match.start() + 1),
            )
    if bad:
        raise SourceError(name)
    counts: Counter[int] = Counter()
    first: tuple[int, int] | None = None
    for number, text_line in enumerate(lines, 1):
        for match in _CONTROL.finditer(text_line):
            counts[ord(match.group())] += 1
            if first is None:
                first = (number, match.start() + 1)
    assert first is not None
    listed = ", ".join(
        f"U+{code:04X} {glyphs.NAMES[code]}" + (f" ×{n}" if n > 1 else "")
        for code, n in sorted(counts.items())
    )
    reporter.warning(
        "W005",
        f"control characters XML cannot hold ({listed}): each is kept as <g>, "
        "declared in the header's charDecl, and `tei-encode text` gives it back; remove "
        "them from the transcript if they are debris of a conversion",
        Span(name, *first),
    )
    return [glyphs.hide(line) for line in lines], tuple(sorted(counts))


# What a file of another format opens with (after a UTF-8 byte-order mark and
# white space, for the formats written as text): its magic number or its root.
_MARKUP_HEAD: Final = recache.compile(
    r"(?:\xef\xbb\xbf)?[ \t\r\n]{0,200}(?:(?P<html><!doctype[ \t\r\n]+html|<html[ \t\r\n>])"
    r"|(?P<xml><\?xml[ \t\r\n]|<TEI[ \t\r\n>]))",
    re.I,
)


_SAVE_AS_TEXT: Final = "open it and save it as Plain Text (.txt, UTF-8), then encode that file"
# what to do with each format to have the transcript's text
_TO_TEXT: Final = {
    "a PDF file": "copy its text into a .txt file, or export it as text "
    "(`pdftotext -layout FILE.pdf FILE.txt` keeps page breaks as form feeds), then encode that",
    "an RTF document": _SAVE_AS_TEXT,
    "a Microsoft Office document of the old binary format (.doc, .xls, .ppt)": _SAVE_AS_TEXT,
    "a Word document (.docx)": _SAVE_AS_TEXT,
    "an OpenDocument text (.odt)": _SAVE_AS_TEXT,
    "a ZIP archive (a .docx, .odt, .pages or .zip file)": "open or unpack it and save the "
    "transcript as Plain Text (.txt, UTF-8), then encode that file",
    "an HTML page (its source)": "open it in a browser and copy the page's text into a .txt "
    "file (or save the page as text), then encode that",
    "an XML file": "tei-encode reads plain text; `tei-encode validate` checks a TEI file and "
    "`tei-encode text` gives a TEI file's transcript back",
}


def document_format(data: bytes) -> str | None:
    """The name of the document format ``data`` is in, where it is one a user may
    hand over for its text (a word processor's file, a PDF, a web page's source, an
    XML file), or None for text.

    >>> document_format(b"%PDF-1.7\\n"), document_format(b"{\\\\rtf1\\\\ansi Ann: Hi.}")
    ('a PDF file', 'an RTF document')
    >>> document_format(b"<!DOCTYPE html>\\n<html>"), document_format(b"Ann Lee: <html> is a tag.")
    ('an HTML page (its source)', None)
    """
    head = data[:4096]
    if head.startswith(b"%PDF-"):
        return "a PDF file"
    if head.startswith(b"{\\rtf"):
        return "an RTF document"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "a Microsoft Office document of the old binary format (.doc, .xls, .ppt)"
    if head.startswith(b"PK\x03\x04"):
        if b"word/" in data:
            return "a Word document (.docx)"
        if b"opendocument.text" in head:
            return "an OpenDocument text (.odt)"
        return "a ZIP archive (a .docx, .odt, .pages or .zip file)"
    markup = _MARKUP_HEAD.match(head.decode("latin-1"))  # (a UTF-8 BOM as three letters)
    if markup is not None:
        if markup.group("html"):
            return "an HTML page (its source)"
        return "an XML file"
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when ``sample`` reads as such: NUL
    bytes in one half of the byte pairs only (the high byte of ASCII
    characters: nearly all of them in Latin text, the spaces and punctuation
    in Cyrillic or Greek), and valid UTF-16 throughout."""
    even, odd = sample[0::2], sample[1::2]
    for codec, nuls, text in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if len(nuls) >= 2 and nuls.count(0) >= 0.05 * len(nuls) and text.count(0) == 0:
            try:
                sample[: len(sample) // 2 * 2].decode(codec)
            except UnicodeDecodeError:
                continue
            return codec
    return None


def _decode(
    data: bytes, name: str, reporter: Reporter, encoding: str | None
) -> tuple[str, str | None]:
    """The text, and the encoding it was read in where the file did not say and
    no ``--encoding`` was given but UTF-8 (``None`` for UTF-8 and for what was asked)."""
    if encoding is not None:
        try:
            info = codecs.lookup(encoding)
        except LookupError:
            reporter.error("E002", f"unknown encoding {encoding!r}", Span(name))
            raise SourceError(name) from None
        if not getattr(info, "_is_text_encoding", True):  # rot13, base64, zlib…
            reporter.error(
                "E002",
                f"{encoding!r} is not a character encoding of text (it transforms bytes or "
                "text); pass the encoding the file is written in, such as utf-8 or cp1252",
                Span(name),
            )
            raise SourceError(name) from None
        try:
            return data.decode(encoding), None
        except UnicodeDecodeError as exc:
            line, col = _position(data, exc.start)
            reporter.error(
                "E003",
                f"byte 0x{data[exc.start]:02X} cannot be decoded as {encoding}",
                Span(name, line, col),
            )
            raise SourceError(name) from None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        line, col = _position(data, exc.start)
        western = _western_text(data)
        if western is not None:
            reporter.warning(
                "W006",
                f"the file is not UTF-8 (byte 0x{data[exc.start]:02X} here); it was read as "
                "Windows-1252, as Western European text saved by Windows or Word is, and "
                "the header says so; pass --encoding if it is written in another encoding",
                Span(name, line, col),
            )
            return western, "windows-1252"
        guess = " (it looks like Windows-1252)" if _looks_cp1252(data) else ""
        reporter.error(
            "E003",
            f"the file is not UTF-8: byte 0x{data[exc.start]:02X} is invalid here{guess}; "
            "convert it to UTF-8 or pass --encoding (e.g. --encoding cp1252)",
            Span(name, line, col),
        )
        raise SourceError(name) from None


def _position(data: bytes, offset: int) -> tuple[int, int]:
    before = data[:offset]
    line = before.count(b"\n") + 1
    col = offset - (before.rfind(b"\n") + 1) + 1
    return line, col


# Characters outside ASCII that Western European text in Windows-1252 holds besides
# letters: typographic quotes and dashes, the ellipsis, bullets, signs of money and
# measure, the no-break space and the soft hyphen.
_WESTERN_SIGNS: Final = frozenset(
    "\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2026\u2022\u00ab\u00bb"
    "\u2039\u203a\u00b0\u00a7\u00b6\u00a9\u00ae\u2122\u00b4\u00a8\u00b7\u00bf\u00a1"
    "\u00a3\u20ac\u00a2\u00a5\u00bd\u00bc\u00be\u00a0\u00ad\u00d7\u00f7\u00aa\u00ba"
    "\u00b2\u00b3\u00b9\u00b5\u00b1\u2020\u2021\u02c6\u02dc\u2030"
)
# at most this share of a Western text's bytes lie outside ASCII (French, German or
# Spanish prose: a few in a hundred, a short line of Icelandic one in ten); text in
# another script read through the wrong table has most of its letters there
_WESTERN_SHARE: Final = 0.25
# a character of two or three bytes as UTF-8 writes it ("é" as C3 A9)
_UTF8_SEQUENCE: Final = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}")


def _western_text(data: bytes) -> str | None:
    """``data`` read as Windows-1252, where it reads as Western European text:
    few bytes outside ASCII, each a letter or a typographic sign, and never
    three such letters in a row (Cyrillic or Greek through the wrong table would
    be runs of them). ``None`` where it does not.

    >>> said = "At the caf\u00e9 \u2013 \u201cna\u00efve\u201d, he said \u2013 on the stra\u00dfe."
    >>> _western_text(said.encode("cp1252")) == said
    True
    >>> cyrillic = "\u041f\u0440\u0438\u0432\u0435\u0442, \u043c\u0438\u0440."
    >>> _western_text(cyrillic.encode("cp1251")) is None
    True
    >>> _western_text(bytes(range(128, 256)) * 3) is None  # binary
    True
    >>> _western_text("caf\u00e9 ".encode("cp1252") + "na\u00efve".encode()) is None  # mixed
    True
    """
    outside = sum(1 for byte in data if byte > 0x7F)
    if outside > _WESTERN_SHARE * len(data) or _UTF8_SEQUENCE.search(data):
        return None  # (UTF-8 beside other bytes: a file of two encodings, not guessed)
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    run = 0
    for char in text:
        if char.isascii():
            run = 0
        elif char.isalpha():
            run += 1
            if run >= 3:
                return None
        elif char in _WESTERN_SIGNS:
            run = 0
        else:
            return None
    return text


def _looks_cp1252(data: bytes) -> bool:
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


# Scripts whose text cannot be English, with a language a user may mean.
_SCRIPTS: Final = {
    "CYRILLIC": "ru, uk, bg",
    "GREEK": "el",
    "CJK": "zh, ja",
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
    "HANGUL": "ko",
    "ARABIC": "ar, fa",
    "HEBREW": "he",
    "DEVANAGARI": "hi",
    "THAI": "th",
}


_LETTER: Final = recache.compile(r"[^\W\d_]")
# the class first, so that the engine skips Latin text at the speed of a scan;
# written as "not below U+0370" (the same letters as [\u0370-\U0010ffff], tested
# over every code point), which compiles in 0.1 ms where the range took 3 ms
_NON_LATIN_LETTER: Final = recache.compile(r"[^\x00-\u036f](?<=[^\W\d_])")


# The commonest short words of the languages written in Latin letters that
# transcripts come in, each list chosen to be told apart from the others: a
# word two languages share ("la", "que", "de") is in neither list or in one.
_FUNCTION_WORDS: Final = {
    "en": "the and of to is that it you we this with for was have not are be what",
    "de": "der die das und ist nicht ich wir sie mit den ein eine auf dass daß es wird auch",
    "fr": "le les et est des une pas nous vous dans pour je il du au sont cette",
    "es": "el los las y es una por con para del lo su como pero muy esta señor",
    "it": "il di che è e per non sono con della gli ha anche questo",
    "nl": "het een en van dat niet ik wij zijn op met voor er ook maar",
    "pt": "o os e não é um uma do da para com em no na mas",
}
_WORD_LANGUAGES: Final = {
    word: tuple(code for code, words in _FUNCTION_WORDS.items() if word in words.split())
    for words in _FUNCTION_WORDS.values()
    for word in words.split()
}
_LOWER_WORD: Final = recache.compile(r"[^\W\d_]+")
# at least this many of the commonest words, and twice as many as the next
# language's, or the text is not taken for any language but English
_GUESS_AT_LEAST: Final = 25
_GUESS_SAMPLE: Final = 4000  # characters read from the head and from the middle


def guess_language(lines: tuple[str, ...]) -> str | None:
    """The language of a transcript in Latin letters, from its commonest
    short words; None when the text gives no clear answer (too short, two
    languages alike, or another script).

    >>> guess_language(("Die Sitzung ist eröffnet, und wir danken Ihnen für die Geduld.",) * 6)
    'de'
    >>> guess_language(("We thank you for the patience, and it is open.",) * 4)
    'en'
    >>> guess_language(("Ja.",)) is None
    True
    """
    counts = dict.fromkeys(_FUNCTION_WORDS, 0)
    text = "\n".join(lines)
    if len(text) > 2 * _GUESS_SAMPLE:  # the head may be a table of contents: the middle too
        middle = len(text) // 2
        text = text[:_GUESS_SAMPLE] + "\n" + text[middle : middle + _GUESS_SAMPLE]
    found_words = Counter(_LOWER_WORD.findall(text.lower()))
    for word, codes in _WORD_LANGUAGES.items():
        hits = found_words.get(word)
        if hits:
            for code in codes:
                counts[code] += hits
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    (best, found), (_, runner_up) = ranked[0], ranked[1]
    if found < _GUESS_AT_LEAST or found < 2 * runner_up:
        return None
    return best


# A character reference of HTML or XML ("&#39;", "&#x27;", "&quot;", "&amp;"), tried
# at each "&" of a line.
_REFERENCE: Final = recache.compile(
    r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|(?P<name>[A-Za-z][A-Za-z0-9]{1,30}));"
)


def check_references(lines: tuple[str, ...], name: str, reporter: Reporter) -> None:
    """Warn (W307) where the text holds character references of HTML ("I&#39;m",
    "&quot;"), as a web page's source copied as text does: they are kept as
    written (the round trip gives them back byte for byte), and the warning says
    how to have the characters instead.

    >>> r = Reporter()
    >>> check_references(("Ana: We&#39;re here.", "Bo: R&D; &quot;ok&quot;"), "x.txt", r)
    >>> [(d.code, d.span.line if d.span else None) for d in r.diagnostics]
    [('W307', 1)]
    >>> check_references(("Ana: Salt & pepper; R&D; done.",), "x.txt", r)
    >>> len(r.diagnostics)
    1
    """
    first: tuple[int, int, str] | None = None
    count = 0
    for number, line in enumerate(lines, 1):
        at = line.find("&")
        while at >= 0:
            found = _REFERENCE.match(line, at)
            if found is not None and _known_reference(found):
                count += 1
                first = first or (number, at + 1, found.group())
            at = line.find("&", at + 1)
    if first is None:
        return
    reporter.warning(
        "W307",
        f"{count} HTML character reference(s) such as {first[2]!r} are kept as written (a web "
        "page's source copied as text?); to have the characters, decode them before encoding "
        "(Python: html.unescape)",
        Span(name, first[0], first[1]),
    )


def _known_reference(found: re.Match[str]) -> bool:
    """A numeric reference, or a name HTML defines ("&quot;", not "&D;")."""
    name = found.group("name")
    if name is None:
        return True
    from html.entities import html5  # only where a "&name;" stands in the text

    return f"{name};" in html5


def check_language(lines: tuple[str, ...], lang: str, name: str, reporter: Reporter) -> None:
    """Warn (W107) when most letters are of a script that ``lang`` cannot be
    written in: an English label on a Russian transcript misleads every tool.

    >>> r = Reporter()
    >>> check_language(("Товарищи, начнем.",), "en", "x.txt", r)
    >>> r.diagnostics[0].code
    'W107'
    """
    if not lang.lower().startswith("en"):
        return
    sample = "\n".join(lines)[:20000]
    counts: dict[str, int] = {}
    for char in _NON_LATIN_LETTER.findall(sample):  # usually none: names looked up rarely
        script = unicodedata.name(char, "").split(" ")[0]
        if script in _SCRIPTS:
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return  # the common case: the letters need not be counted
    letters = sum(1 for _ in _LETTER.finditer(sample))
    script, found = max(counts.items(), key=lambda item: (item[1], item[0]))
    if found * 2 > letters:
        reporter.warning(
            "W107",
            f"most of the text is in {script.title()} script but the language is {lang!r}; "
            f"pass --lang with the transcript's language (e.g. {_SCRIPTS[script]})",
            Span(name, 1, 1),
        )
