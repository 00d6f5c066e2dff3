"""Transcript shapes as data: what stands in a line besides its text.

One pass over the source lines (:func:`lex_lines`) reads, by the rules in
the tables below:

* **gutters**: margin line numbers (court reporters' 1-25 per page) and
  timestamps before the speaker ("[00:01:23] Name:", "00:01:23 Name:",
  mission-elapsed time "04 06 45 40 CDR ...");
* **page events**: form feeds, page-number lines, page markers copied from
  web editions ("[Page 12]", "Page 311", "- 12 -", "Tape 2, Side A, Page 14");
* **bare labels**: a speaker's label alone on its line ("The CHAIRMAN.",
  "John Smith:", "Jane Doe  10:03 AM") whose speech follows; a label of a
  shape that has no terminator ("Q<tab>", "CDR" after a mission time, a
  WebVTT voice "<v Jane Doe>");
* **incidents**: notes about the recording ("[END OF TAPE 1, SIDE A]").

A gutter or label shape counts only where the document establishes it
(several lines of the same shape), so one line that happens to look like
one changes nothing. Adding a shape is one pattern here and one fixture
folder under ``tests/shapes/`` (see ``docs/shapes.md``).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Final

from .. import recache
from ..lazyre import LazyPattern
from ..model import Folio, Incident, Inline, LineBreak, PageMark, Stamp, Text, evolve
from .irc import (
    IRC_LINE,
    RELAYED,
    action,
    clock,
    is_message,
    log_lines,
    message_line,
    nicks,
    notice,
    own_action,
    relayed_name,
    relays,
    stamp_of,
)
from .names import led_names, title_word
from .patterns import (
    CAPS_OFFICE_HEAD,
    CAPS_OFFICE_OPEN,
    CASELESS_NAME,
    DATE_LINE,
    DUTCH_LEAD,
    HEARING_HEADING,
    HOLDER_LEAD_OFFICE,
    HONORIFIC_PREFIX,
    LINK_ONLY,
    METADATA_FIELD,
    OFFICE_LABEL,
    OFFICE_OPEN,
    PARTICIPANTS_HEAD,
    PARTICLE,
    PREFIXED_SIGN,
    QA_LABEL,
    SEPARATED_LABEL,
    TITLED_LABEL,
    TITLED_OPEN,
    UP,
    UPPER_LABEL,
    WITNESS_SWORN,
    YAML_FIELD,
    YAML_LINES,
    agenda_item,
    boilerplate_match,
    capitals_heading,
    colon_label,
    directed_label,
    gov_banner,
    inquiry_questions,
    witness_oath,
    yaml_front_end,
)
from .profile import Profile
from .table import TableLayout, row_label, table_layout
from .vocab import (
    COVER_FIELDS,
    HEADING_WORDS,
    NAME_PARTICLES,
    NOT_HANDLES,
    NOT_LABELS,
    OFFICES_ALONE,
    RECORDING_NOTE_LINKS,
    RECORDING_NOTE_OPENERS,
    RECORDING_NOTE_SIDES,
    RECORDING_NOTE_THINGS,
    ROLE_LABELS,
    STAGE_WORDS,
    TIME_FIELDS,
    is_diariser_label,
)

# ------------------------------------------------------------------ the rules

# A margin line number: "12   Q.  Did you ...", or a number alone (an empty line).
LINE_NUMBER: Final = recache.compile(r"^(?P<n>\d{1,2})(?=\s|$)[ \t]*")
# A day, its month by name and a year, one space apart: a date that opens a line
# (a copy's note over a numbered record), not a margin's number before words.
_DAY_MONTH_YEAR: Final = recache.compile(
    r"^\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{4}\b"
)
# What a line of PAGE_LINES can start with ("[Page 3]", "Page 3", "- 3 -", "Tape 2, …"):
# _page_line tries the patterns only on such a line. A new entry that can start
# with another character adds it here.
_PAGE_LINE_FIRST: Final = "[pP-–—tTcC_="
# Page markers on a line of their own.
PAGE_LINES: Final = (
    # "[Page 12]", "[[Page 12]]", "[p. 4]", "[Pg. 7]"
    recache.compile(
        r"^\[{1,2}\s*(?:page|p\.|pg\.?)\s*(?P<n>[A-Z]{0,2}\d{1,5}[a-z]?)\s*\]{1,2}$", re.I
    ),
    # "Page 311", "PAGE 12 of 40", "Page 12.", a Spanish record's "Página 2", a
    # parliament's web record's "Page: 3121"; a House hearing volume's web page prints
    # the volume's page with its links to the page before and the top, and the part of
    # the volume the page sits in: "Page 212 PREV PAGE TOP OF DOC Segment 4 Of 9"
    recache.compile(
        r"^(?:page|p[áa]gina)(?:[ \t]*:)?\s+(?P<n>\d{1,5})(?:\s+of\s+\d{1,5}"
        r"|\s+prev\s+page\s+top\s+of\s+doc(?:\s+segment\s+\d{1,3}\s+of\s+\d{1,3})?)?\.?$",
        re.I,
    ),
    # "- 12 -", "— 12 —"
    recache.compile(r"^[-–—]\s*(?P<n>\d{1,5})\s*[-–—]$"),
    # "[-12-]", as the Kennedy Library's oral history transcripts set the page
    # of the typescript at its foot
    recache.compile(r"^\[[-–—]\s?(?P<n>\d{1,4})\s?[-–—]\]$"),
    # "--- Page 12 ---", "=== Page 12 ===", as a PDF's pages are marked in Markdown
    recache.compile(r"^(?:-{2,}|={2,})\s*page\s+(?P<n>\d{1,5})\s*(?:-{2,}|={2,})$", re.I),
    # "_page : 26", as Spacelog's mission transcripts mark the printed page
    recache.compile(r"^_page\s*:\s*(?P<n>\d{1,5})$"),
    # "Tape 2, Side A, Page 14" (oral histories)
    recache.compile(
        r"^\[?(?:tape|cassette)\s+\w{1,4}[,;]?\s+(?:side\s+\w{1,3}[,;]?\s+)?"
        r"(?:page|p\.)\s*(?P<n>\d{1,5})\]?\.?$",
        re.I,
    ),
)
# A presidential library's running head over each page of an oral history: the
# narrator's surname, the session in Roman figures and the page ("Califano -- VII -- 11")
SESSION_PAGE_HEAD: Final = recache.compile(
    r"^[A-Z][\w’'-]+(?:[ \t][A-Z][\w’'-]+){0,2}[ \t]+--[ \t]+[IVXLC]{1,7}[ \t]+--[ \t]+"
    r"(?P<n>\d{1,4})$"
)
# A NASA typescript's tape-and-page head alone on its line, "Tape 2/1" (an OCR may
# lose the space, "Tape2/3"): a page begins. Over a "Page 1" line it is that page's
# running head instead (_heads_over_page_lines).
TAPE_HEAD: Final = recache.compile(r"^Tape ?(?P<n>\d{1,3}/\d{1,3})$")
# The same head with the series before the tape, alone on its line: a technical
# air-to-ground tape by day and hour, "TAG Tape 212-04/T-301", or a mission
# commentary's tape and page, "ORB-3 MC240/2" (an OCR may read a 1 as I, "MCI700/I").
# A voice transcription's page head on one line, its parts set apart by tabs or
# spaces: the network in parentheses, the tape, the page: "(GOSS NET 1)<TAB>Tape
# 2/1<TAB>Page 4", "(TAPE 3/1)<TAB>Page 6", "Tape 3/1   Page 6" (the page is the mark).
NET_TAPE_PAGE: Final = recache.compile(
    r"^(?:\([A-Z][A-Z -]{1,20}\d{0,2}\)[ \t]+)?\(?(?:Tape|TAPE) ?\d{1,3}/\d{1,3}\)?[ \t]+"
    r"Page (?P<n>\d{1,4})$"
)
SERIES_TAPE_HEAD: Final = recache.compile(
    r"^(?:[A-Z]{2,4} Tape (?P<t>\d{1,3}-\d{1,3}/[A-Za-z0-9-]{1,8})"
    r"|[A-Z]{1,4}-[A-Z0-9]{1,4} MC(?P<m>[\dIl]{1,5}/[\dIl]{1,3}))$"
)
# A page marker with a speaker's label glued after it, as a web page joins the
# marker's line to the next: "[Page 209]R: I think …".
PAGE_BEFORE_LABEL: Final = recache.compile(
    r"^\[{1,2}\s*(?:page|p\.|pg\.?)\s*(?P<n>[A-Z]{0,2}\d{1,5}[a-z]?)\s*\]{1,2}(?=\S)", re.I
)
# A sound in capitals or brackets with a speaker's label after it, as captions and
# podcast pages open a turn: "[MUSIC PLAYING] MARK: Hey there", "[LAUGHTER] ANA: Yes."
SOUND_BEFORE_LABEL: Final = recache.compile(r"^\[(?P<sound>[A-Z][A-Z ,'’-]{1,40})\][ \t]+(?=\S)")
# A page number alone (after a form feed, or far to the right in a margin-numbered text).
PAGE_NUMBER_ALONE: Final = recache.compile(r"^(?:page\s+)?(?P<n>\d{1,5})\.?$", re.I)
# A page's number and the pages' count at a page's edge, as a PDF's text prints
# them: "1/120" (only at a form feed's page edge; see _page_numbers).
PAGE_OF_PAGES: Final = recache.compile(r"^(?P<n>\d{1,4})/(?P<m>\d{1,4})$")
# Notes about the recording: tape sides, the end of the interview. "of" may be
# left out only where the line is set apart, in brackets or in capitals
# ("[Begin Tape 1, Side 1]", "TAPE 2 BEGINS"), not in a sentence someone says.
# ("[END OF AUDIO, FILE 1.1]": an oral history recorded as audio files)
_RECORDING: Final = (
    # ("<Begin Segment 1>": a video archive's interview cut into segments)
    r"(?:tape|side|cassette|recording|interview|session|transcript|disc|disk|track|audio|segment)"
)
_TAPE_NUMBER: Final = r"(?:\d{1,3}[a-z]?|one|two|three|four|five|six|seven|eight|nine|ten|[a-d])"
_MOVES: Final = (
    r"(?:ends|ended|concluded|stops|stopped|paused|resumes|resumed|begins|starts|continues"
    r"|changes?|changed|flipped)"  # ("(Tape change)", "[Tape flipped]")
)
INCIDENT: Final = recache.compile(
    r"^\[?\s*(?:(?:end|beginning|begin|start|resume|continuation)\s+of\s+(?:the\s+)?"
    rf"{_RECORDING}\b[\w ,;.:#-]{{0,40}}"
    # ("Tape 1 of 2" under a presidential library's fields: the tape and the tapes' count)
    rf"|(?:tape|cassette|disc)\s+#?{_TAPE_NUMBER}(?:\s+of\s+{_TAPE_NUMBER})?"
    rf"(?:[,;:]?\s*side\s+{_TAPE_NUMBER})?"
    rf"(?:[,;:]?\s+{_MOVES})?"
    rf"|(?:interview\s+)?(?:ends|concluded|recording\s+{_MOVES}))"
    r"\s*\]?\.?$",
    re.I,
)
SET_APART_INCIDENT: Final = recache.compile(
    r"^(?:\[\s*(?P<b>[^\[\]]{1,70})\s*\]|\(\s*(?P<p>[^()]{1,70})\s*\)|(?P<u>[^a-z]{1,70})"
    # (in angle brackets: "<End Segment 1>")
    r"|<\s*(?P<a>[^<>]{1,70})\s*>"
    # (between rules of dashes or stars: "--- END OF INTERVIEW ---", "-- End of tape 1 --")
    r"|[-*=~]{2,}[ \t]*(?P<r>[^\n]{1,60}?)[ \t]*[-*=~]{2,})\.?$"
)
_SET_APART_WORDS: Final = LazyPattern(
    rf"^(?:(?:end|beginning|begin|start|resume|continuation)\s+(?:of\s+)?(?:the\s+)?{_RECORDING}"
    rf"\b[\w ,;.:#-]{{0,40}}|(?:{_RECORDING}|side)\s+#?{_TAPE_NUMBER}\b[\w ,;.:#-]{{0,30}}"
    rf"|{_RECORDING}\s+{_MOVES}\b[\w ,;.:#-]{{0,30}}"
    # (a tape's words going on from the last or on the next: "[Continued from previous
    # tape]", "(CONTINUED ON TAPE 2)")
    rf"|continued\s+(?:from|on)\s+(?:the\s+)?(?:previous\s+|next\s+|last\s+)?{_RECORDING}"
    r"\b[\w ,;.:#-]{0,30}"
    # (the recording cut off and taken up again: "(break in recording)", "[gap in tape]")
    rf"|(?:break|gap|interruption|pause)\s+in\s+(?:the\s+)?{_RECORDING}\b[\w ,;.:#-]{{0,30}})$",
    re.I,
)
# The same notes in other languages (vocab.RECORDING_NOTE_*), set apart only:
# "Ende des Interviews", "Einde band 1, kant A", "Fin de l'entretien", "Cinta 2, lado B".
_FOREIGN_THING: Final = rf"(?:{'|'.join(RECORDING_NOTE_THINGS)})"
_SET_APART_FOREIGN: Final = LazyPattern(
    rf"^(?:(?:{'|'.join(RECORDING_NOTE_OPENERS)})\s+"
    rf"(?:(?:{'|'.join(RECORDING_NOTE_LINKS)})\s+){{0,2}}"
    rf"(?:[ld][’']\s?)?{_FOREIGN_THING}\b[\w ,;.:#-]{{0,40}}"
    rf"|(?:{_FOREIGN_THING}|{'|'.join(RECORDING_NOTE_SIDES)})\s+#?{_TAPE_NUMBER}"
    rf"\b[\w ,;.:#-]{{0,30}})$",
    re.I,
)


# What a meeting program writes of the recording: "Maria Lopez started transcription";
# of who comes and goes, with no full stop: "Okafor, Ben joined the meeting".
_PROGRAM_EVENT: Final = recache.compile(
    rf"^(?!(?:I|We|You|They|He|She|It)\s){UP}[\w’'.-]*,?(?:\s{UP}[\w’'.-]*){{0,3}}"
    r"(?:\s\([^()]{1,30}\))?\s+(?:(?:started|stopped|paused|resumed|ended)\s+(?:the\s+)?"
    r"(?:transcription|recording)\.?|(?:joined|left)\s+the\s+(?:meeting|call|webinar|conference)"
    # Jitsi's transcriber: "Ana Ruiz raised their hand"
    r"|raised\s+their\s+hand"
    # Teams in German: "Ana Ruiz hat die Transkription gestartet"
    r"|hat\s+die\s+Transkription\s+(?:gestartet|gestoppt|beendet)\.?)$"
)


_MEETING_EVENT: Final = recache.compile(
    r"^(?:the\s+)?(?:meeting|call|recording|transcription|webinar)\s+"
    r"(?:ended|started|stopped|began)\s+(?:after|at)\s+\d[\d:.]*\b[^.!?]{0,20}$",
    re.I,
)


# A word every note about the recording holds (tape, side, recording, interview, …).
_INCIDENT_WORDS: Final = recache.compile(
    r"tape|side|cassette|record|interview|session|trans[ck]ri|dis[ck]|track|meeting|call|webinar"
    r"|conferen|their hand|conclude|audio|segment",
    re.I,
)


# An archive's notice after a segment's marker: " - Copyright © 1998 …", " ©1998 …".
# (from a run of blanks' start only, so that a search over a long run stays linear)
_RIGHTS_TAIL: Final = recache.compile(r"(?<!\s)\s*(?:[-–—]\s*)?(?:copyright\b|©)", re.I)


def _has_incident_word(text: str) -> bool:
    """Whether the text holds a word of :data:`_INCIDENT_WORDS`. An ASCII text
    is lowered and searched for each word (a case-insensitive alternation is
    tried at every position); other text, where letters such as "ı" or "K"
    match ignoring case, goes to the pattern."""
    if not text.isascii():
        return _INCIDENT_WORDS.search(text) is not None
    lowered = text.lower()
    return any(word in lowered for word in _INCIDENT_PIECES)


# The words of _INCIDENT_WORDS, "dis[ck]" and "trans[ck]ri" as their two spellings.
_INCIDENT_PIECES: Final = (
    "tape",
    "side",
    "cassette",
    "record",
    "interview",
    "session",
    "transcri",
    "disc",
    "disk",
    "track",
    "meeting",
    "call",
    "webinar",
    "conferen",
    "their hand",
    "conclude",
    "audio",
    "segment",
    "transkri",
    # the notes of vocab.RECORDING_NOTE_* (set apart only)
    *RECORDING_NOTE_OPENERS,
    *RECORDING_NOTE_THINGS,
    *RECORDING_NOTE_SIDES,
)


# A transcriber's note on where the text starts in the recording: "Starts at 26min.",
# "(Transcript begins at 00:26:10)", "[Recording starts at 2 min 30 s]".
_STARTS_AT: Final = recache.compile(
    r"^[(\[]?(?:(?:the[ \t])?(?:transcript(?:ion)?|recording|audio|interview|video|text)[ \t])?"
    r"(?i:starts|begins)[ \t](?:at|from)[ \t](?:about[ \t])?"
    r"(?:\d{1,2}(?::\d{2}){1,2}|\d{1,3}[ \t]?(?:min(?:ute)?s?|m)\b\.?"
    r"(?:[ \t]?\d{1,2}[ \t]?(?:sec(?:ond)?s?|s)\b\.?)?)[.)\]]*$",
    re.IGNORECASE,
)


def is_incident(text: str) -> bool:
    """A line about the recording, not speech: "[TAPE 1, SIDE A]", "END OF TAPE
    ONE, SIDE ONE", "[Begin Tape 1, Side 1]", "(End of interview)".

    >>> [is_incident(t) for t in ("[Begin Tape 2, Side 1]", "Begin tape two now, please.")]
    [True, False]
    >>> [is_incident(t) for t in ("TAPE 1, SIDE B", "(Recording resumes)", "Tape 3 ends.")]
    [True, True, True]
    >>> [is_incident(t) for t in ("Tape 1 of 2", "Tape 1 of the series was lost.")]
    [True, False]
    >>> [is_incident(t) for t in ("(Tape change)", "--- END OF INTERVIEW ---", "-- End tape --")]
    [True, True, True]
    >>> [is_incident(t) for t in ("[CONTINUED FROM PREVIOUS TAPE]", "(continued on tape 2)")]
    [True, True]
    >>> is_incident("It continued from tape to tape, you know.")
    False
    >>> [is_incident(t) for t in ("Ana Ruiz started transcription", "We stopped recording.")]
    [True, False]
    >>> [is_incident(t) for t in ("Okafor, Ben left the meeting", "Ben left the meeting.")]
    [True, False]
    >>> [is_incident(t) for t in ("[Ende Band 1, Seite A]", "[Fin de l'entretien]")]
    [True, True]
    >>> [is_incident(t) for t in ("[End of Tape 1, Side A] [Start of Tape 1, Side B]",)]
    [True]
    >>> [is_incident(t) for t in ("Ende der Geschichte.", "[Fin de la guerre]")]
    [False, False]
    >>> [is_incident(t) for t in ("<Begin Segment 3>", "<End Segment 3> - Copyright © 2001 X.")]
    [True, True]
    >>> [is_incident(t) for t in ("<b>Segment</b>", "<End Segment 3> and then we left")]
    [False, False]
    >>> [is_incident(t) for t in ("Starts at 26min.", "(Transcript begins at 00:26:10)")]
    [True, True]
    >>> [is_incident(t) for t in ("Starts at 26 min 30 s", "It starts at 26 min.")]
    [True, False]
    >>> is_incident("Starts at 26 minutes past the hour, the ferry.")
    False
    """
    if text[:1] == "_" and _TAPE_FIELD.match(text):
        return True  # "_tape : Tape 3/2" (Spacelog)
    if len(text) <= 60 and " at " in text and _STARTS_AT.match(text):
        return True  # "Starts at 26min.": where the transcript starts in the recording
    if text[:1] == "[" and text.count("] [") == 1:
        # two notes on one line: "[End of Tape 1, Side A] [Start of Tape 1, Side B]"
        first, second = text.split("] [")
        return is_incident(first + "]") and is_incident("[" + second)
    if not _has_incident_word(text):
        return False  # most lines: none of the words such a note is made of
    if text[:1] == "<" and ">" in text:
        # "<End Segment 1> - Copyright © 2001 …. All Rights Reserved.": the
        # segment's end, the archive's notice typed after it on the same line
        head, tail = text.split(">", 1)
        if tail.strip() and _RIGHTS_TAIL.match(tail):
            return is_incident(head + ">")
    if INCIDENT.match(text) or _PROGRAM_EVENT.match(text) or _MEETING_EVENT.match(text):
        return True
    apart = SET_APART_INCIDENT.match(text)
    if apart is None:
        return False
    inner = apart.group("b") or apart.group("p") or apart.group("u") or apart.group("r")
    inner = inner or apart.group("a") or ""
    inner = inner.strip(" \t-*=~")
    return _SET_APART_WORDS.match(inner) is not None or _SET_APART_FOREIGN.match(inner) is not None


# Timestamps before the speaker. Each starts with a bracket, a parenthesis or a
# digit, which _stamp_prefix tests before it tries them: a new entry that can
# start with another character adds it to _STAMP_FIRST.
_STAMP_FIRST: Final = "[(<-"  # and any digit ("-00 00 00 09", before liftoff)
_CLOCK: Final = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
_CLOCK_AMPM: Final = _CLOCK + r"(?:\s?[AaPp]\.?[Mm]\.?)?"  # "10:03 AM", "1:04 p.m."
# A chat app's export, the date before the time of day: WhatsApp's "[12/03/2024,
# 10:15:22] Ana:" and "12/03/2024, 10:15 - Ana:" (Android).
CHAT_EXPORT_STAMPS: Final = (
    recache.compile(
        r"^(?P<stamp>\[\d{1,4}[./-]\d{1,2}[./-]\d{2,4},?[ \t]"
        rf"(?P<t>{_CLOCK_AMPM})\])[ \t]*"
    ),
    recache.compile(
        r"^(?P<stamp>\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \t]"
        rf"(?P<t>{_CLOCK_AMPM}))[ \t]+[-–][ \t]+(?=\S)"
    ),
)
# a diariser's segment as speech-recognition scripts print it, its span in seconds
# ("[0.00s - 2.50s] SPEAKER_00:", "[150.8s] SPEAKER_00:", "[00:00.50s -> 00:04.10s]") or
# in minutes and seconds with a dash or an arrow ("[00:00 - 00:04] SPEAKER_00:")
DIARISED_SPAN: Final = recache.compile(
    rf"^(?P<stamp>\[(?P<t>{_CLOCK}(?=s?[ \t\]])|\d{{1,6}}(?:\.\d{{1,3}})?(?=s))s?"
    rf"(?:[ \t]*(?:-{{1,2}}>|[-–])[ \t]*(?:{_CLOCK}|\d{{1,6}}(?:\.\d{{1,3}})?)s?)?\])[ \t]*"
)

STAMP_PREFIXES: Final = (
    # a recording service's Markdown export, the time a link to that moment of the
    # recording before the label: "[05:49](https://tldv.io/…?t=349) Ana Ruiz: text"
    # (the time is the stamp; the link, with it, is the label's)
    recache.compile(rf"^(?P<stamp>\[(?P<t>{_CLOCK})\])\(https?://[^()\s]{{1,300}}\)[ \t]+(?=\S)"),
    # "[00:01:23] Name: ...", "(00:01:23) Name: ...", "[00:00:00.031 --> 00:00:04.512] Name:",
    # a chat's "[10:02 AM] Jane Doe: …"
    # mission time with days and a sign before liftoff: "[04:16:17:12] CDR: …"
    recache.compile(
        rf"^(?P<stamp>[\[(](?P<t>-?(?:\d{{1,3}}:)?{_CLOCK_AMPM})"
        rf"(?:[ \t]*-->[ \t]*{_CLOCK})?[\])])[ \t\xa0]*"
    ),
    DIARISED_SPAN,
    # a time of day in angle brackets, as Jitsi's transcriber saves a meeting: "<10:02:14
    # AM> Ana Ruiz: …", "<10:02:14> Ana Ruiz: …" (a 24-hour clock)
    recache.compile(rf"^(?P<stamp><(?P<t>{_CLOCK_AMPM})>)[ \t]+(?=\S)"),
    # "00:01:23 Name: ...", a cockpit recorder's elapsed time with a dot after the
    # hours, "00.29:20 CAP: ...", mission time past 99 hours, "142:22:53 Name: ...",
    # an air traffic tape's hours and minutes run together, "0019:25 KX450 ..."
    # (a tower tape's time with full stops, "15.38.06 LC cleared to land", only before a
    # station in capitals: "12.03.24 minutes of the board" is a date); a dash between
    # the time and the label, "00:00:03 - Ana Ruiz: ..."
    # (a 12-hour clock's half of the day is the time's, "10:02 AM Ana Ruiz: …", written in
    # one case: "10:02 Am Hafen:" is a German place)
    recache.compile(
        rf"^(?P<stamp>(?P<t>{_CLOCK}(?: ?(?:[AP]M|[ap]m|[AP]\.M\.|[ap]\.m\.)(?=[ \t]))?"
        r"|\d{1,2}\.\d{2}:\d{2}|\d{3}:[0-5]\d:[0-5]\d"
        r"|[0-2]\d[0-5]\d:[0-5]\d|[0-2]\d\.[0-5]\d\.[0-5]\d(?=[ \t]+[A-Z][A-Z0-9]{1,6}[ \t])))"
        r"[ \t]+(?:[-–—][ \t]+)?(?=\S)"
    ),
    *CHAT_EXPORT_STAMPS,
    # mission time in brackets, "[55 55 19] TELMU", "[55 55 20 - 55 55 23] TELMU"
    recache.compile(
        r"^(?P<stamp>\[(?P<t>\d{2,3}(?: \d{2}){2,3})?[ \t]*"
        r"(?:-[ \t]*(?P<t2>\d{2,3}(?: \d{2}){2,3})?)?\])[ \t]*"
    ),
    # mission-elapsed time, days hours minutes seconds: "04 06 45 40 CDR Roger."
    # ("-00 00 00 06 LAUNCH CONTROL", before liftoff; an OCR of the typescript may read
    # a 1 as l or I and a 0 as O after the days, "00 00 01 ll CC": the stamp still opens
    # the transmission, but seconds_of gives it no value)
    # (Gemini's and Mercury's typescripts give hours, minutes and seconds only, "00 02 12
    # C Gemini 4 is GO": three groups, read only before a call sign in capitals)
    recache.compile(
        r"^(?P<stamp>(?P<t>-?\d{2,3} [\dlIO]{2} [\dlIO]{2} [\dlIO]{2}"
        r"|-?\d{2} [0-5]\d [0-5]\d(?=[ \t]+[A-Z][A-Z0-9]{0,6}[ \t])))[ \t]+(?=\S)"
    ),
)
# The speaker after a mission-elapsed time: a call sign in capitals, no terminator;
# a call sign of two words ("LAUNCH CONTROL") where a column of spaces follows it.
CALL_SIGN: Final = recache.compile(
    r"^(?P<name>[A-Z][A-Z0-9]{0,6}(?:-[A-Z0-9]{1,3})?(?=[ \t])"
    r"(?: [A-Z][A-Z0-9]{1,9}(?=  |\t))?)"
    # the craft it speaks from may follow: "LMP (EAGLE)", "CMP (COLUMBIA)"
    r"(?: \([A-Z][A-Z0-9 -]{1,15}\))?[ \t]+(?=\S)"
)
# A label after a time with its maker's prefix in small letters: "xCC: Okay."
# (a transcriber's mark for CapCom), read where it recurs.
PREFIXED_LABEL: Final = recache.compile(rf"^(?P<name>{PREFIXED_SIGN}):[ \t\xa0]+(?=\S)")
# A call sign alone on its line ("CAPCOM", "CDR"), the speech on the next.
# (a radio script's name with its apostrophe: "BOS'N")
CALL_SIGN_ALONE: Final = recache.compile(
    r"^(?P<name>[A-Z][A-Z0-9]{0,9}(?:['’][A-Z]{1,3})?(?:-[A-Z0-9]{1,3})?)$"
)
# A screenplay's slugline: "EXT. HARBOUR--NIGHT", "INT./EXT. CAR - DAY", "I/E KITCHEN".
SLUGLINE: Final = recache.compile(r"^(?:INT\.?/EXT|EXT\.?/INT|INT|EXT|EST|I/E)\.?[ \t]+[A-Z0-9]")
# A screenplay's cue: a name of up to three words in capitals alone over the
# dialogue, maybe with its extension ("OLD TOM", "JENNY (V.O.)", "BOB (CONT'D)"),
# and one more joined by AND for a group ("PATRONS THREE AND FOUR").
SCRIPT_CUE: Final = recache.compile(
    r"^(?P<name>[A-Z][A-Z0-9'’\-]{0,20}(?: [A-Z][A-Z0-9'’\-]{0,20}){0,2}"
    r"(?: (?:AND|&) [A-Z][A-Z0-9'’\-]{0,20})?)"
    r"(?: \((?:V\.O|O\.S|O\.C|CONT'D|CONT’D)\.?\))?$"
)
# A radio script's name alone with a direction after it: "ROSE [_whisper_]", "HALE (low)".
CALL_SIGN_DIRECTED: Final = recache.compile(
    r"^(?P<name>[A-Z][A-Z0-9]{0,9}(?:['’][A-Z]{1,3})?)[ \t]+"
    r"(?P<d>\[[^\[\]\n]{1,60}\]|\([^()\n]{1,60}\))$"
)
# A time alone on its line, before a label alone ("55:46:11" / "CDR" / text).
# (in brackets too, with days before the hours and a sign before liftoff:
# "[00:03:11:58]", "[-00:00:00:02]", as Spacelog writes mission time over a turn)
# (a full stop a copy left after the bracket, "[-00:00:00:08].", stays text)
# (a cockpit recorder's time of day, hours and minutes run together, "1511:42", as the
# time column of a safety board's transcript comes out of a PDF: time, source, words,
# each on its own line)
TIME_ALONE: Final = recache.compile(
    rf"^(?P<t>{_CLOCK}|[0-2]\d[0-5]\d:[0-5]\d)$|^\[(?P<tb>-?(?:\d{{1,3}}:)?{_CLOCK})\]\.?$"
)
# Spacelog's tape field: "_tape : Tape 3/2".
_TAPE_FIELD: Final = recache.compile(r"_tape\s*:")
# A name and a time alone on a line (meeting-software exports): "Jane Doe  10:03 AM".
NAME_AND_TIME: Final = recache.compile(
    # "Albright, Gwen   0:19" as a directory lists names; "Ana Ruiz (Guest)   41:44"
    # ("de la Cruz, Ana   0:07": a surname's particles first)
    # the name in Markdown bold, as a site's copy of an export sets it: "**Ana Ruiz** [0:05]",
    # Otter's "**Ana Ruiz**    0:05"
    rf"^(?P<bm>\*\*|__)?(?P<name>(?:{PARTICLE} ){{0,2}}{UP}[\w’'.\-]*,?"
    # (a word of figures, a room's device named by its number: "Conf Room 4B   0:03",
    # "Team Room 40/3125   0:19")
    rf"(?:\s{{1,2}}(?:{UP}[\w’'.\-]*|{PARTICLE}|\d{{1,3}}(?:[A-Z]|/\d{{1,5}})?)){{0,4}}"
    # (a name in a script with no capitals: "李明   0:03", "김민준   0:09")
    rf"|[\u3400-\u9fff]{{1,6}}|{CASELESS_NAME})(?(bm)(?P=bm))"
    # (a comma before a time of 12 hours, "Ana Ruiz, 10:02 AM", as a chat heads a post;
    # not before a day's "Recorded 14 Nov, 09:30")
    # (or before an elapsed time with its seconds, as some recorders head a turn:
    # "Ana Ruiz, 00:00:03")
    r"(?:,(?=\s+\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]|:\d{2}(?:[.,]\d{1,3})?$)))?"
    # (a dash or a bar before the time: Fireflies' "Ana Ruiz - 00:09", "Ana Ruiz | 00:09",
    # "Ana Ruiz @ 0:09")
    # (a podcast's "Ana Ruiz – 00:03:20:", the time and a colon after a dash)
    # (the company Teams or Zoom sets after a guest's name: "Bo Lee [Contoso]   0:20")
    rf"(?:\s+(?:\([^()\n]{{1,30}}\)|\[[^\[\]\d\n][^\[\]\n]{{0,29}}\]))?\s+(?:[-–—|@]\s)?(?:(?P<t>{_CLOCK_AMPM})(?:(?<=\d):)?|\((?P<pt>{_CLOCK_AMPM})\)"
    # (a Markdown link to the recording at that time: "[2:21](https://youtu.be/…&t=141)";
    # a colon after the brackets, as diarisation scripts head a segment: "Speaker 1 [00:00:12]:")
    rf"|\[(?P<bt>{_CLOCK_AMPM})[ \t]?\](?:\([^()\s]{{1,300}}\)|:)?)$"
)
# A name in small letters and a time alone on a line, two spaces or more between:
# "ana ruiz   0:03", "bo.lee  00:01:12" (see _lower_name_and_time)
LOWER_NAME_AND_TIME: Final = LazyPattern(
    r"^(?P<name>[a-z][\w.'’-]{0,30}(?: [a-z][\w.'’-]{0,30}){0,3})[ \t]{2,}"
    r"(?P<t>\d{1,2}:\d{2}(?::\d{2})?)$"
)
# A chat panel's sender and the time of the post copied with no space between them,
# as Google Meet's panel gives them: "Ana Ruiz10:56 AM" (the hour after a letter, a
# narrow no-break space or none before the half of the day, which makes it a time).
GLUED_NAME_TIME: Final = recache.compile(
    rf"^(?P<name>{UP}[\w’'.\-]*(?: {UP}[\w’'.\-]*){{0,4}})(?<=[^\W\d_])"
    r"(?P<t>(?:1[0-2]|0?[1-9]):[0-5]\d\s?[AP]M)$"
)
# A name, its colon and the recording's elapsed time alone on a line, the words in
# the paragraph below, as reviewed podcast and call transcripts head each turn:
# "Ana Ruiz: 00:03:20" (read where the name heads two turns so at least: a field
# such as "Duration: 00:52:10" is said once).
NAME_COLON_TIME: Final = recache.compile(
    rf"^(?P<name>{UP}[\w’'.\-]*(?: (?:{UP}[\w’'.\-]*|\d{{1,2}})){{0,3}}):[ \t\xa0]+(?P<t>{_CLOCK})$"
)
# A time spelled out as a screen reader says it, as Teams's web transcript writes it
# over each segment: "0 minutes 3 seconds", "1 Stunde 2 Minuten 5 Sekunden".
_SPELLED_TIME: Final = (
    r"(?:(?P<h>\d{1,2})[ \t](?:hours?|Stunden?|heures?|horas?|uur)[ \t])?"
    r"(?P<m>\d{1,3})[ \t](?:minutes?|Minuten?|minutos?|minuten)[ \t]"
    r"(?P<s>\d{1,2})[ \t](?:seconds?|Sekunden?|secondes?|segundos?|seconden)"
)
# The name and that time over a segment's words: "Ana Ruiz 0 minutes 3 seconds".
NAME_AND_SPELLED_TIME: Final = LazyPattern(
    rf"^(?P<name>{UP}[\w’'.\-]*,?(?:[ \t](?:{UP}[\w’'.\-]*|{PARTICLE})){{0,4}})[ \t]+"
    rf"{_SPELLED_TIME}$"
)
# The head of a block of segments: the same time glued to the time shown, on a line
# under the speaker's name alone ("Ana Ruiz" / "0 minutes 3 seconds0:03"); the
# avatar's initials may stand over the name ("AR").
SPELLED_TIME_SHOWN: Final = LazyPattern(rf"^{_SPELLED_TIME}(?:\d{{1,2}}:)?\d{{1,2}}:\d{{2}}$")
_INITIALS: Final = recache.compile(r"^[A-Z]{1,3}$")
# The last word of such a label: the spelled time's seconds.
_SECOND_WORDS: Final = frozenset(
    "second seconds Sekunde Sekunden seconde secondes segundo segundos seconden".split()
)


def _spelled_heads(lines: tuple[str, ...]) -> set[int]:
    """The lines (1-based) of Teams's web transcript that head each block of
    segments: the time spelled and shown, the name alone above it, the avatar's
    initials above that. They repeat what each segment's label says: the page's
    furniture.

    >>> head = ("AR", "Ana Ruiz", "0 minutes 3 seconds0:03")
    >>> _spelled_heads((*head, "Ana Ruiz 0 minutes 3 seconds", "Hello."))
    {1, 2, 3}
    """
    heads: set[int] = set()
    for index in range(1, len(lines) - 1):
        # (a line that opens and ends with a digit only is tried)
        if not lines[index][:1].isdecimal():
            continue
        text = lines[index].strip()
        if not text[-1:].isdecimal():
            continue
        if not SPELLED_TIME_SHOWN.match(text):
            continue
        name, below = lines[index - 1].strip(), lines[index + 1].strip()
        if not name or not below.startswith(name) or not NAME_AND_SPELLED_TIME.match(below):
            continue
        heads.update((index, index + 1))
        if index >= 2 and _INITIALS.match(lines[index - 2].strip()):
            heads.add(index - 1)
    return heads


# The head of a message in a Teams chat, the message below it: the day and
# the time in brackets, the name ("[Tuesday 10:02 AM] Ana Ruiz").
CHAT_POST_HEAD: Final = LazyPattern(
    rf"^\[(?:[A-Z][a-z]{{2,8}},?[ \t]|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?,?[ \t])?"
    rf"(?P<t>{_CLOCK}\s?[AaPp]\.?[Mm]\.?)\][ \t]+"
    rf"(?P<name>{UP}[\w’'.\-]*,?(?:[ \t]{UP}[\w’'.\-]*){{0,3}}(?:[ \t]\([^()]{{1,30}}\))?)$"
)
# A chat post's head with the date and the time in parentheses, as a meeting's chat
# is copied into notes: "Ana Ruiz (Jul 31, 2024, 10:05 AM)", "vub (31/07/2024, 10:19)",
# a display name with its company after a bar ("Ivo Petrov | Acme (…)").
CHAT_POST_DATED: Final = recache.compile(
    r"^(?P<name>[^\s()|:*#>\-][^()\n:]{0,58}?)[ \t]+\((?P<d>"
    r"(?:[A-Z][a-z]{2,8}\.?[ \t]\d{1,2}|\d{1,2}[ \t][A-Z][a-z]{2,8}\.?),?[ \t]\d{4}"
    r"|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}),?[ \t]+"
    rf"(?P<t>{_CLOCK_AMPM})\)$"
)
# A chat post's head as Telegram Desktop copies messages: the name, a comma and the
# day and time in brackets ("Ana Ruiz, [01.12.23 10:16]"), the message below it.
CHAT_POST_BRACKETED: Final = recache.compile(
    r"^(?P<name>[^\s()|:*#>\-\[][^()\[\]\n:]{0,58}?),[ \t]\[(?P<d>"
    r"\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}),?[ \t]+"
    rf"(?P<t>{_CLOCK_AMPM})\]$"
)
# A chat post's head as Discord's messages are copied: the name, a dash, the day
# and the time: "ana_r — Today at 3:02 PM", "Bo Kim — 01/05/2024 15:02"; a display
# name may carry its company in parentheses ("Bo Kim (Acme) — Today at 3:02 PM").
CHAT_POST_DASHED: Final = recache.compile(
    r"^(?P<name>[^\s()|:*#>\-][^()\n:—–]{0,58}?(?:[ \t]\([^()\n:—–]{1,30}\))?)"
    r"[ \t]+[—–][ \t]+(?P<d>"
    r"(?:Today|Yesterday)[ \t]at|\d{1,2}/\d{1,2}/\d{2,4},?|\d{4}-\d{2}-\d{2})[ \t]+"
    rf"(?P<t>{_CLOCK_AMPM})$"
)
# The dash with the day and the time alone on its line, under the display name, as a
# newer Discord copies a channel: "Bo Kim" / " — Yesterday at 3:02 PM" / the message
# (today's posts with the time alone: "— 1:27 AM").
DASHED_DAY: Final = recache.compile(
    r"^[—–][ \t]+(?:(?P<d>(?:Today|Yesterday)[ \t]at|\d{1,2}/\d{1,2}/\d{2,4},?|\d{4}-\d{2}-\d{2})"
    rf"[ \t]+)?(?P<t>{_CLOCK_AMPM})$"
)
# The same before the words, on one line, as a copy from Teams may join them:
# "Ana Ruiz 5:30 That's great." (a name of two words or more, minutes and seconds).
NAME_TIME_TEXT: Final = recache.compile(
    rf"^(?P<name>{UP}[\w’'.\-]*,?(?: {UP}[\w’'.\-]*){{1,3}})[ \t]+"
    r"(?P<t>(?:\d{1,2}:)?\d{1,2}:\d{2})[ \t]+(?![AaPp]\.?[Mm]\b)(?=\S)"
)
# A name and its time in brackets before the words, as a podcast site's export
# writes them ("Ana Ruiz [00:00:05] Welcome", in bold "**Ana Ruiz** [0:05] Welcome"),
# or the time in parentheses and a dash ("Ana Ruiz (00:00:05) - Welcome").
NAME_STAMP_TEXT: Final = recache.compile(
    rf"^(?P<bm>\*\*|__)?(?P<name>{UP}[\w’'.\-]*(?: (?:{UP}[\w’'.\-]*|{PARTICLE})){{0,3}}"
    # (a diariser's numbered voice, "Speaker 2 [00:00:18] Il a quitté …": _name_stamp_text
    # keeps a name ending in a number only where it is a diariser's label)
    r"(?: \d{1,3})?)"
    # (a colon may close it: "Ana Ruiz [00:00:05]: Welcome", "SPEAKER_00 [00:00:01]: Hi")
    rf"(?(bm)(?P=bm))[ \t]+(?:\[[ \t]?(?P<t>{_CLOCK})[ \t]?\]:?"
    # (the time a Markdown link to the recording there, then a colon, as call notes
    # write it: "**Danny** [5:03](https://youtu.be/…&t=303): Got it.")
    r"(?:\(https?://[^()\s]{1,300}\):)?"
    # (after a time in parentheses a dash, or with the name in bold a colon: "**Ana
    # Ruiz** (00:03): Welcome", as podcast sites set their Markdown)
    rf"|\((?P<pt>{_CLOCK})\)(?:[ \t]+[-–—]|(?(bm):|(?!))))"
    # (a site's converter may drop the space after the bracket: "**Ana** [2:47]All
    # the things.", "**Ana** [22:45][laughs]")
    r"(?:[ \t\xa0]+|(?<=\])(?=[\[\w]))(?=\S)"
)
# A speech recogniser's label in any case, bracketed or not: "spk_0:" (Amazon
# Transcribe), "[SPEAKER_00]:" (WhisperX subtitles).
# WhisperX's segments give the span in seconds before the colon:
# "SPEAKER_00 [0.00-3.21]: …"; Hugging Face's diarisation pipeline, as its course
# prints it, the span as a pair in parentheses, no colon: "SPEAKER_01 (0.0, 15.5) The …".
# (in brackets the colon may be left out, as diarisation scripts print a segment:
# "[00:15] [SPEAKER_01] Welcome back.", Deepgram's "[Speaker:0] Hello.": the brackets
# end the label; a time in brackets after it, "[SPEAKER_00] [00:00:01.250] Ready?",
# is BRACKETED_NAME_TIME's)
DIARISED_LABEL: Final = recache.compile(
    r"^\[?(?P<name>(?:SPEAKER|Speaker|speaker|SPK|spk)(?:[_ ]|:(?=\d))?\d{1,3})\]?"
    r"(?:[ \t]+[\[(](?P<start>\d{1,6}(?:\.\d{1,3})?)[ \t]*[-–,][ \t]*\d{1,6}(?:\.\d{1,3})?[\])])?"
    r"(?::[ \t\xa0]+|(?<=\d[\])])[ \t]+(?!\[))(?=\S)"
)
# Speechmatics' text output heads each speaker's block with the diariser's label
# alone on its line, the words on the lines below: "SPEAKER: S1", "SPEAKER: UU" (a
# voice it could not tell apart)
SPEAKER_BLOCK: Final = recache.compile(r"^SPEAKER:[ \t]+(?:S\d{1,3}|UU)\b")
# A speaker's role in capitals in brackets, alone or before the words:
# "[INTERVIEWER]", "[PARTICIPANT] My name is …".
BRACKETED_ROLE: Final = recache.compile(
    r"^\[(?P<name>[A-Z][A-Z0-9 .'’-]{0,38}[A-Z0-9])\](?:[ \t]+(?=\S)|$)"
)
# Words of a remark in brackets, never a speaker's: "[LAUGHTER]", "[END OF TAPE 1]".
_REMARK_WORDS: Final = frozenset(
    "music unintelligible indistinct break end begin tape side video audio recording "
    "commercial sound phone gap redacted silence overlapping crosstalk graphic tiff omitted "
    "table figure image photo chart exhibit insert sic".split()
)


def _remark_words(name: str) -> bool:
    words = {w.strip(".").casefold() for w in name.split()}
    return bool(words & (STAGE_WORDS | _REMARK_WORDS)) or name.upper() in NOT_LABELS


# Zoom's saved captions: the name in brackets, the time, the words:
# "[Priya Raman] 10:02:14 Okay, I think we're live."
# A speech recogniser's app writes the time in brackets too, and a diariser's
# label for a voice it cannot name: "[Speaker 1] [00:21] It's like, no."
BRACKETED_NAME_TIME: Final = recache.compile(
    rf"^\[(?P<name>{UP}[^\[\]\d:]{{0,58}}[^\[\]\d\s:]|(?:SPEAKER|Speaker|SPK|spk)[_ ]?\d{{1,3}})"
    r"\][ \t]+(?P<tb>\[)?(?P<t>(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)(?(tb)\])"
    r"[ \t]+(?![AaPp]\.?[Mm]\b)(?=\S)"
)
# A diariser's label and the segment's time in one pair of brackets, as diarisation
# scripts print a turn: "[SPEAKER_00 00:00:03] Can everyone hear me?" (a recogniser's
# label only: "[Edited 10:30] …" in notes names no one).
DIARISED_NAME_TIME: Final = recache.compile(
    r"^\[(?P<name>(?:SPEAKER|Speaker|speaker|SPK|spk)[_ ]?\d{1,3})[ \t]+"
    r"(?P<t>(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)\][ \t]*:?[ \t]+(?=\S)"
)
# A label in Markdown emphasis: "**Jane Doe:** Hello", "__Q:__ Why?", "*Tom Berg*: Hi",
# with the time in parentheses as call notes write it: "**Jane Doe (05:51):** Hello",
# or in brackets inside the emphasis, and a recogniser's label, as Deepgram's
# Markdown writes them: "**[02:14] SPEAKER_00:** Hello", "**SPEAKER_01:** Yes".
EMPHASISED_LABEL: Final = LazyPattern(
    rf"^(?P<mark>\*\*|__|\*|_)(?:\[(?P<bt>{_CLOCK})\][ \t]+)?"
    rf"(?P<name>(?:SPEAKER|Speaker|speaker|SPK|spk)_\d{{1,3}}|{UP}[^*_:\n]{{0,58}}?)"
    # (a no-break space before the time, as a word processor's copy keeps it:
    # "*Ana Ruiz\xa0(0:55:28)*:")
    rf"(?:[ \t\xa0]\((?P<pt>{_CLOCK})\))?"
    # (a colon typed twice, "**Kulpreet Singh::**", in a reviewed machine transcript)
    r"(?::{1,2}(?P=mark)|(?P=mark):)[ \t]*"
)
# A name in capitals in Markdown bold with its full stop, as a Markdown copy of a
# play or a hearing sets its prefixes: "**NURSE DALE.** Bed four", "**DR. OSEI.**
# *(pausing)* Call her." (a label where such names recur; see BOLD_STOP_STYLE)
EMPHASISED_STOP_LABEL: Final = LazyPattern(
    r"^(?P<mark>\*\*|__)(?P<name>[A-Z][A-Z'’\-]*\.?(?: [A-Z][A-Z'’\-]*\.?){0,4}?)"
    r"(?<=[A-Z])\.(?P=mark)[ \t]+(?=\S)"
)
BOLD_STOP_STYLE: Final = "emphasised name and stop"
# The same in HTML, in a paragraph of a web page copied with its tags: "<p><b>MR.
# HALE</b>: May it please …</p>", "<strong>Ann Roe:</strong> Yes".
HTML_BOLD_LABEL: Final = LazyPattern(
    rf"^(?:<p>)?<(?P<mark>b|strong)>(?P<name>{UP}[^<>:\n]{{0,58}}?)"
    r"(?::</(?P=mark)>|</(?P=mark)>:)[ \t]*"
)
# A plain label opening an HTML paragraph, as a site's Markdown source keeps the
# HTML of its first pages: "<p>AS: Welcome to the show.</p>".
HTML_PARAGRAPH_LABEL: Final = LazyPattern(rf"^<p>(?P<name>{UP}[^<>:\n]{{0,40}}?):[ \t]+(?=\S)")
HTML_PARAGRAPH_STYLE: Final = "label in an HTML paragraph"
# A numbered question for oral answer, as New Zealand's Hansard prints it: who asks
# (party and seat in parentheses), whom, then the question: "2. Hon ANA ROE
# (Green—Wellington Central) to the Minister of Housing: Will she …?". The one
# asked holds an office of the House or the Crown (a minister, the Attorney-General,
# the Speaker, a committee's chairperson) and the question opens with a capital: a
# numbered report's "2. Ana Roe (Treasurer) to the Board: the budget …" asks nobody.
_ASKED_OFFICE: Final = (
    r"(?:(?:Prime|Associate|Deputy|Acting)[ \t]+)?Minister\b[^:\n]{0,90}"
    r"|(?:Attorney|Solicitor)-General|Speaker|Leader[ \t]+of[ \t]+the[ \t]+House"
    r"|Chairperson[ \t]+of[ \t]+the[ \t][^:\n]{3,90}"
)
ASKED_MINISTER: Final = LazyPattern(
    r"^\d{1,3}\.[ \t]+(?:(?:Rt\.?[ \t]+)?Hon\.?[ \t]+|Dr\.?[ \t]+)?"
    rf"(?P<name>{UP}[\w’'.\-]*(?:[ \t]{UP}[\w’'.\-]*){{1,3}})[ \t]*\([^()\n]{{1,80}}\)"
    rf"[ \t]+to[ \t]+the[ \t]+(?:{_ASKED_OFFICE}):[ \t\xa0]+(?P<rest>[\"“‘'(]?{UP}.*)$"
)
# A paragraph number before a label, as in summary records: "12. The PRESIDENT: …";
# Westminster's topical question, its number after a "T" and the question's id in
# brackets before the member: "T2. [40112] Ann Roe (Fife) (Lab): Will …" (the id
# stays with the number, the turn's n, so the text keeps it).
# A select committee's oral evidence numbers each member's question before the
# label, with no stop: "Q12 Chair: Thank you." (the question's number is the turn's n).
PARA_NUMBER: Final = recache.compile(
    r"^(?P<n>(?:T?\d{1,3}[.)]|Q\d{1,4})(?:[ \t]+\[\d{3,6}\])?)[ \t]+(?=\S)"
)
# "[Jane Doe] 10:03:21" alone on a line (a meeting tool's export).
BRACKETED_NAME_AND_TIME: Final = LazyPattern(
    rf"^\[(?P<name>{UP}[^\[\]\n]{{0,60}})\][ \t]+(?P<t>{_CLOCK_AMPM})$"
)
# A name alone (one to four capitalised words), after a time: "[00:00:03] Jane Doe".
NAME_ONLY: Final = LazyPattern(rf"^(?P<name>{UP}[\w’'.\-]*(?:[ \t]{UP}[\w’'.\-]*){{0,3}})$")
# "Q<tab>Text", "Q   Text", "Q Mr. President": press briefings write the question so.
Q_SPACED: Final = recache.compile(
    r"^(?:(?P<name>Q)[ \t\xa0]+|(?P<a>A)(?:\t|[ \xa0]{2,})[ \t\xa0]*)(?=\S)"
)
# An answer after one space ("A Yes, that's correct."), read where such answers
# follow questions so marked (Shape.bare_answers): elsewhere "A" is the article.
BARE_ANSWER: Final = recache.compile(r"^(?P<a>A)[ \xa0](?=\S)")
# WebVTT
VTT_HEADER: Final = recache.compile(r"^\ufeff?WEBVTT(?:[ \t].*)?$")
# A cue's timing: WebVTT and SubRip ("00:00:01.000 --> 00:00:04.200"), Teams'
# transcripts copied from Word ("0:0:5.120 --> 0:0:9.300"), YouTube's .sbv
# ("0:00:00.480,0:00:04.120").
VTT_TIMING: Final = LazyPattern(
    r"^(?P<t>(?:\d{1,2}:)?\d{1,2}:\d{1,2}[.,]\d{1,3})(?:[ \t]+-->[ \t]+|,)"
    r"(?:\d{1,2}:)?\d{1,2}:\d{1,2}[.,]\d{1,3}(?:[ \t]+\S.*)?$"
)
VTT_VOICE: Final = LazyPattern(r"^<v(?:\.[\w-]+)*[ \t]+(?P<name>[^>]{1,80})>")
VTT_CLOSE: Final = LazyPattern(r"</v>\s*$")
# Cue text markup other than a voice: classes, styles, karaoke times, as YouTube's
# captions write them ("welcome<00:00:00.400><c> everyone</c>").
VTT_TAGS: Final = LazyPattern(
    r"</?(?:c|i|b|u|v|lang|ruby|rt)(?:\.[\w-]+)*(?:[ \t][^<>\n]{0,80})?>"
    r"|<(?:\d{1,2}:)?\d{2}:\d{2}\.\d{3}>"
)


# The fence that opens a WebVTT document in Markdown ("```webvtt", "~~~ vtt"), or
# closes one ("```").
_VTT_FENCE: Final = recache.compile(r"^(?:```|~~~)[ \t]*(?:web)?vtt[ \t]*$", re.I)


def _vtt_fence(line: str) -> bool:
    """Whether a line opens a WebVTT document fenced in Markdown.

    >>> [_vtt_fence(t) for t in ("```webvtt", "~~~ VTT", "```python", "```")]
    [True, True, False, False]
    """
    return _VTT_FENCE.match(line.strip()) is not None


def _fence_holds_the_document(content: list[str], opening: int) -> bool:
    """Whether the WebVTT fenced from ``content[opening]`` is the document's
    conversation: it holds more text than the page around it (a transcript under
    a page's heading and notes), not a short example in a how-to's prose.

    >>> cues = ["```webvtt", "WEBVTT", "00:00:01.000 --> 00:00:02.000", "<v Sam>Hi.", "```"]
    >>> _fence_holds_the_document(["# Call"] + cues, 1)
    True
    >>> _fence_holds_the_document(["# Captions"] + cues + ["A cue: a timing line, then words."], 1)
    False
    """
    closing = next(
        (i for i in range(opening + 1, len(content)) if content[i] in ("```", "~~~")),
        len(content),
    )
    inside = sum(len(c) for c in content[opening + 1 : closing])
    return inside > sum(len(c) for c in content) - inside - len(content[opening])


# A Hugo shortcode alone on its line with named attributes only, or its closing tag:
# '{{< accordion kicker="Slide by Slide" title="…" >}}', '{{< /accordion >}}' (one with
# words as its argument, '{{< transcript "MARK: Hey …" >}}', is none).
_SHORTCODE: Final = recache.compile(
    r'^\{\{[<%][ \t]*/?[\w-]{1,40}(?:[ \t]+[\w-]{1,40}="[^"\n]{0,300}")*[ \t]*[>%]\}\}$'
)


def _plain_fence(line: str) -> bool:
    """A Markdown code fence with no language, or a text's ("```", "```markdown")."""
    return line[:3] in ("```", "~~~") and line[3:].strip().casefold() in _TEXT_FENCES


_TEXT_FENCES: Final = frozenset(("", "markdown", "md", "text", "txt", "plaintext"))


def _code_fence_lines(lines: tuple[str, ...]) -> frozenset[int]:
    """The numbers of the lines inside Markdown code fences ("```" … "```").

    >>> sorted(_code_fence_lines(("Say:", "```", "<v Sam>Hi.", "```", "<v Kit>Ho.")))
    [3]
    """
    inside: set[int] = set()
    fence = ""
    for number, raw in enumerate(lines, 1):
        stripped = raw.strip()
        if stripped[:3] in ("```", "~~~") and (not fence or stripped == fence):
            fence = "" if fence else stripped[:3]
        elif fence:
            inside.add(number)
    return frozenset(inside)


def _cue_text(text: str, markup: bool = True) -> str:
    """A WebVTT cue's text without its markup (or, ``markup`` False, only
    without a closing ``</v>``), entities decoded."""
    import html  # only for WebVTT: not loaded by every encode

    return html.unescape(VTT_TAGS.sub("", text) if markup else VTT_CLOSE.sub("", text)).strip()


# A label alone on its line, with nothing after the terminator.
_COLON_ALONE: Final = recache.compile(
    # ("Vizepräsident Dr. Schmitt -Vockenhausen:" as an OCR read it)
    # (a Dutch record's "De voorzitter:", "De heer Van Dam (VVD):" alone over the speech)
    rf"^(?P<heard>\()?(?P<name>(?:{DUTCH_LEAD}|{UP}[\w’'.\-]*)"
    rf"(?:\s+(?:{PARTICLE}\s+)?-?{UP}[\w’'.\-]*){{0,3}}"
    r"(?:\s+\d{1,3})?)(?(heard)\))"
    # a time or an affiliation in parentheses may follow the name: "Jane Doe (00:00:01):"
    # as Rev writes it, "Gerda Hasselfeldt (CDU/CSU):" in a parliament's record
    r"(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*(?P<term>:)"
    # or the time after the colon: "Speaker 1: (00:03)"
    rf"(?:[ \t]*[\[(]{_CLOCK}[\])])?$"
)


# elapsed time with a dot after the hours, as a cockpit recorder's transcript writes it
DOTTED_HOURS: Final = recache.compile(r"^\d{1,2}\.\d{2}:\d{2}$")


def seconds_of(text: str) -> float | None:
    """Seconds in a written duration: "01:23" → 83.0, "1:00:05.5" → 3605.5,
    "04 06 45 40" (days hours minutes seconds) → 369940.0.

    >>> seconds_of("01:23"), seconds_of("1:00:05.5"), seconds_of("04 06 45 40")
    (83.0, 3605.5, 369940.0)
    >>> seconds_of("01:03:11:58"), seconds_of("-00:00:00:02"), seconds_of("01.02:03")
    (97918.0, -2.0, 3723.0)
    >>> seconds_of("142:22:53"), seconds_of("1419:25"), seconds_of("00 00 01 ll")
    (512573.0, 51565.0, None)
    >>> seconds_of("15.38.06")  # a tower tape's time with full stops
    56286.0
    """
    if " " in text:
        sign = -1 if text[:1] == "-" else 1  # "-00 00 00 06": before liftoff
        parts = text.lstrip("-").split()
        if not all(p.isdecimal() for p in parts):
            return None  # an OCR's letters for digits, "00 00 01 ll": no number to trust
        numbers = [int(p) for p in parts]
        days = numbers[0] if len(numbers) == 4 else 0
        hours, minutes, secs = numbers[-3:]
        return float(sign * (((days * 24 + hours) * 60 + minutes) * 60 + secs))
    if ":" not in text and text.count(".") == 2:  # "15.38.06": full stops for colons
        text = text.replace(".", ":")
    elif DOTTED_HOURS.match(text):  # "00.29:20": hours, a dot, minutes and seconds
        text = text.replace(".", ":", 1)
    elif text.find(":") == 4 and text[:4].isdecimal():  # "1419:25": hours and minutes run together
        text = f"{text[:2]}:{text[2:]}"
    parts = text.lstrip("-").replace(",", ".").split(":")
    day_count = float(parts.pop(0)) if len(parts) == 4 else 0.0  # "00:03:11:58": days first
    total = 0.0
    for part in parts:
        total = total * 60 + float(part)
    total += day_count * 86400
    return -total if text[:1] == "-" else total


_AMPM: Final = recache.compile(r"(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?\s?(?P<ap>[AaPp])")


def _day_clock(text: str) -> str | None:
    """A time of day on the 24-hour clock as xs:time: "10:15:22", "9:05" → "09:05:00".

    >>> _day_clock("10:15:22"), _day_clock("9:05"), _day_clock("25:00")
    ('10:15:22', '09:05:00', None)
    """
    parts = text.split(":")
    if len(parts) not in (2, 3) or not all(p.isdigit() and len(p) <= 2 for p in parts):
        return None
    hour, minute = int(parts[0]), int(parts[1])
    second = int(parts[2]) if len(parts) == 3 else 0
    if hour > 23 or minute > 59 or second > 59:
        return None
    return f"{hour:02d}:{minute:02d}:{second:02d}"


def clock_of(text: str) -> str | None:
    """A time of day as xs:time: "10:03 AM" → "10:03:00"; None for elapsed times.

    >>> clock_of("10:03 AM"), clock_of("1:04 p.m."), clock_of("00:03")
    ('10:03:00', '13:04:00', None)
    """
    match = _AMPM.match(text)
    if match is None:
        return None
    hour = int(match.group("h")) % 12 + (12 if match.group("ap") in "Pp" else 0)
    if hour > 23 or int(match.group("m")) > 59:
        return None
    return f"{hour:02d}:{match.group('m')}:{match.group('s') or '00'}"


# ------------------------------------------------------------------ the pass


@dataclass(slots=True)
class RawParagraph:
    """A paragraph of the source: its text (gutters removed), first line,
    column, and what the shapes found in it.

    ``marks`` holds page and line breaks inside the text, each standing at a
    private-use character (U+E000 + its index) that :func:`restore_marks`
    turns back into nodes; ``lead`` the breaks before the paragraph;
    ``skip`` the length of a timestamp prefix before the label; ``bare`` a
    label the shapes found (name, where the speech starts); ``alone`` when
    the label stood on a line of its own; ``upper`` the paragraph's text with
    what UPPER_LABEL found in it (see :func:`upper_label`).
    """

    text: str
    line: int
    col_offset: int
    lead: tuple[Inline, ...] = ()
    marks: tuple[Inline, ...] = ()
    stamp: Stamp | None = None
    skip: int = 0
    bare: tuple[str, int] | None = None
    style: str = ""  # the shape of a label the shapes found ("call sign", …)
    alone: bool = False  # the label stood on a line of its own
    number: str | None = None  # a paragraph number before the label ("12.")
    # where each continuation line starts in ``text``: (offset, line, column - 1)
    starts: tuple[tuple[int, int, int], ...] = ()
    furniture: bool = False  # a line of the file format, not of the transcript (WEBVTT)
    upper: tuple[str, re.Match[str] | None] | None = None


def upper_label(para: RawParagraph, text: str) -> re.Match[str] | None:
    """UPPER_LABEL on ``text``, which is the paragraph's text or a part of it.
    The lexer, the survey and the classifier each ask it of the same text: what
    it found in the paragraph's own text is kept with the paragraph (the match
    holds only that text, which the paragraph holds anyway).

    >>> para = RawParagraph("MAO ZEDONG. Yes.", 1, 0)
    >>> upper_label(para, para.text).group("name"), upper_label(para, para.text) is para.upper[1]
    ('MAO ZEDONG', True)
    """
    known = para.upper
    if known is not None and known[0] is text:
        return known[1]
    match = UPPER_LABEL.match(text)
    if text is para.text:
        para.upper = (text, match)
    return match


MARK_BASE: Final = 0xE000


@dataclass
class Shape:
    """What :func:`survey_shape` found: the shapes the document establishes."""

    line_numbers: bool = False
    numbers_alone: bool = False  # margin numbers each alone over the line they number
    # margin numbers at the END of the lines they number, as a PDF's text may set
    # them ("coming out. My name is Dan Mussatti, and I'd like 3")
    trailing_numbers: bool = False
    stamps: bool = False
    programme: bool = False  # times of day opening a programme's slots (see _programme)
    call_signs: bool = False
    # the call signs were found after mission times ("00 00 01 54 CC Roger."), not
    # only at the start of untimed lines
    timed_signs: bool = False
    vtt: bool = False
    counts: Counter[str] = field(default_factory=Counter)
    profile: Profile = field(default_factory=Profile)
    chat: bool = False  # a meeting's saved chat: "00:13:46<TAB>Name:<TAB>message"
    table: TableLayout | None = None  # a transcript exported as a table (CSV, TSV)
    chevrons: bool = False  # captions mark a new speaker with ">>": only they open turns
    # the names of a colon-labelled record that also stand inside a paragraph after a
    # sentence's end, the copy having run two speeches together ("James: So I paste
    # it. Charlie: That's right."): there each opens a turn
    run_in_names: frozenset[str] = frozenset()
    # a recogniser's mark where the voice changes, at a segment's end (whisper.cpp's
    # tinydiarize: "[…]   Say again please. [SPEAKER_TURN]"), twice or more
    turn_marks: bool = False
    # the whole transcript inside one Markdown code fence opening the file ("```" …
    # "```"), as a language model hands a cleaned transcript back: the fence's two
    # lines are the file's markup
    document_fence: bool = False
    # captions copied as one run of text, each ">>" inside the line ("… RIGHT? >> THAT
    # IS CORRECT, MAYOR. >> OK."): the line is cut before each
    inline_chevrons: bool = False
    # names in brackets opening cues' words ("[Maria] Welcome …"), where the cues
    # establish them: a name that recurs or is capitalised as names are
    cue_brackets: frozenset[str] = frozenset()
    # names before a colon at the start of cues, as Zoom writes any display name
    # ("stokes: Hey everyone"), where the cues establish them
    cue_labels: frozenset[str] = frozenset()
    # names alone on the line after a cue's timing, the text under them (Teams)
    cue_names: frozenset[str] = frozenset()
    # call signs a mission time establishes ("00 00 00 03 CDR …"), which open a
    # turn on a line without a time too ("CC Roger.", in the same second)
    signs: frozenset[str] = frozenset()
    # labels with a maker's prefix in small letters after a time ("[11:05:14] xCC:"),
    # where they recur
    prefixed: frozenset[str] = frozenset()
    # the timed lines are a Markdown list's items ("* 00:04 Ana Ruiz: …", as a
    # note-taker exports a call): the marker is the list's, the time and label follow
    listed_stamps: bool = False
    # the timed lines are a recogniser's segments, one a line in runs under labels set
    # alone ("**SPEAKER_01:**" / "[84.1s] So" / "[85.1s] the journey started …"): a
    # word after a time is a segment's, never a name over the words
    timed_segments: bool = False
    # a mark standing where a name would be after a time, twice or more, as a
    # note-taker writes a voice it could not name ("* 00:04 ✅ : …"): an unnamed voice
    name_marks: frozenset[str] = frozenset()
    # words in capitals inside the lines, after their first word (where call signs are
    # the shape): "EDS", "CMC" are words said, never signs
    words: frozenset[str] = frozenset()
    # the lines before the first time (a tape's legend, a site's menu): a sign
    # never timed opens no turn there ("ATC Games", "US Air 217 USA217")
    untimed_head: frozenset[str] = frozenset()
    # the group lines of a key to the labels before a timestamped record's first
    # time ("Spacecraft:" over "CDR    Commander    James A. Lovell, Jr."):
    # headings of the key, no speakers
    key_heads: frozenset[str] = frozenset()
    # a name and a time alone on a line over the words, twice or more (Teams):
    # a name and a time before the words on one line is then a label too
    name_times: bool = False
    # those names written in small letters ("ana ruiz   0:03"), three times or more
    lower_name_times: bool = False
    # the names that head two turns or more as "Ana Ruiz: 00:03:20" alone on a line
    colon_times: frozenset[str] = frozenset()
    # names with times that fall back, or each said once: a list, not a recording
    times_run_back: bool = False
    # a name and its time in brackets (or in parentheses and a dash) before the
    # words, three times or more: "Ana Ruiz [00:00:05] Welcome"
    name_stamps: bool = False
    # names in Markdown bold alone on their lines over the words ("**Speaker 01**",
    # "**Micah**"), where the document labels its turns so (see :func:`_bold_alone_names`)
    bold_alone: frozenset[str] = frozenset()
    # handles in small letters set as the other labels are, in bold with a colon
    # ("**pari:** yeah"), where three such labels with names or more label the turns
    bold_handles: frozenset[str] = frozenset()
    # names in bold before a dash and the words, where they recur ("**Ana** - Yes")
    bold_dashed: frozenset[str] = frozenset()
    # handles in small letters with a colon opening most lines, as a chat copied
    # as text sets its posters ("ana: shall we start"; see :func:`_plain_handles`)
    handles: frozenset[str] = frozenset()
    # names in bold with no colon between a time and the words, where they recur
    # ("0:00:12.9 **Ana Ruiz** Hello", a podcast site's transcript)
    stamped_bold: frozenset[str] = frozenset()
    # names that label a timed line with words, where a timed line holds a name and
    # its colon only ("[7:35:45 PM] Tomasz:", a recogniser heard no words)
    stamped_names: frozenset[str] = frozenset()
    # names after a time in a Markdown heading, over the words, where they recur
    # ("### [00:00:12] Ana Ruiz", a podcast's cleaned transcript)
    headed_names: frozenset[str] = frozenset()
    # names set alone in Markdown headings over the words ("### Ana Ruiz"), where two recur
    heading_names: frozenset[str] = frozenset()
    bold_listed: frozenset[int] = frozenset()  # the lines of a list of such names
    # chat posts headed with the name and the date and time in parentheses, alone over
    # the message: "Ana Ruiz (Jul 31, 2024, 10:05 AM)"
    dated_posts: bool = False
    # names in bold over a bracketed time that are sections, not labels (see
    # :func:`_bold_sections`): "**Warm-up** [0:00]" beside "**Pair work** [0:10]"
    bold_sections: frozenset[str] = frozenset()
    # the lines inside a Markdown code fence that is not the document's WebVTT
    # (a how-to's example): a WebVTT voice there ("<v Sam>Hi") labels nothing
    fenced_lines: frozenset[int] = frozenset()
    # posters' names alone over their messages, a blank line between (a Teams
    # live event's chat)
    # (or a rule "---"): each such name opens a turn; the line maps to the name
    posters: dict[str, str] = field(default_factory=dict)
    # names alone at the margin, each over a speech set in below it after a blank
    # line, as a reading site sets a play ("Simon" / "" / "      Ya voy."): a turn each
    set_in_names: frozenset[str] = frozenset()
    set_in_margin: int = 0  # where those names stand: the margin every line is set in by
    # a legislature's hearing page: a bullet and a name over the speaker's role
    # ("• Ana Ruiz" / "Legislator") over the words, each block (line → name)
    role_heads: dict[int, str] = field(default_factory=dict)
    role_lines: dict[int, int] = field(default_factory=dict)  # name line → its role's line
    irc: bool = False  # an IRC log: "[14:00] <ana_r> text", a turn a line
    # the nicks of IRC lines inside minutes whose turns are "Name: text" ("<ana_ruiz>
    # the slides: https://…" among "Ana Ruiz: …"): each such line a turn of the nick
    chat_nicks: frozenset[str] = frozenset()
    # the log's nicks that type others' speech ("<scribe> Ana_Ruiz: …")
    relays: frozenset[str] = frozenset()
    # the nicks of the log's messages: a bare "* bo waves" is bo's action, "* bring
    # gloves" a list's item
    nicks: frozenset[str] = frozenset()
    screenplay: bool = False  # sluglines ("EXT. PIER--NIGHT") head its scenes
    # caption cues whose words are in capitals (a broadcast's roll-up captions):
    # a capitalised phrase ending in a full stop is no label, a cue no heading
    caps_captions: bool = False
    # answers marked "A" and one space, each after a question marked "Q" (a court
    # reporter's page: "Q Where were you?" / "A At home.")
    bare_answers: bool = False
    # a monitoring site's member lines, each right over its row of links ("Ana Roe
    # Portrait Ana Roe (Fife) (Lab)" / "- Hansard - - - Excerpts"): line → the member
    site_members: dict[str, str] = field(default_factory=dict)
    # a parliament's search page of contributions: the name alone under each result's
    # date field ("Meeting date: 2 May 2031" / "Ana Roe" / the contribution)
    dated_names: frozenset[str] = frozenset()
    # names alone under the avatar's initials ("AD" / "Ana Dee" / the words), as a
    # site lists members' contributions: the initials furniture, the name the label
    avatar_names: frozenset[str] = frozenset()
    # the lines over each such result's date field: the meeting and the item of
    # business ("Meeting of the Parliament" / "Harbour Dues"), headings of the results
    result_heads: frozenset[str] = frozenset()


def screenplay_slug(text: str) -> bool:
    """A screenplay's slugline, in capitals: "EXT. PIER--NIGHT".

    >>> screenplay_slug("EXT. PIER--NIGHT"), screenplay_slug("Ext. we went out")
    (True, False)
    """
    return (
        text[:1] in "EI"
        and len(text) <= 100
        and SLUGLINE.match(text) is not None
        and text.isupper()
    )


# A crew's code of one to three capitals before the words, no colon and no time:
# "CC Roger.", "P Okay." (a voice transcript of a space flight).
_CREW_CODE: Final = recache.compile(r"^(?P<name>[A-Z]{1,3})[ \t]+(?=[A-Z0-9(\"“'‘])")
# A typescript's time in four groups before a code: days (or the day of the year),
# hours, minutes, seconds, "04 06 45 40 CDR", "357 01 25 13 CC".
_DAY_TIME: Final = recache.compile(r"\d{2,3} \d\d \d\d \d\d[ \t]+")
# Words that open sentences in capitals: never a code.
_NOT_CODES: Final = frozenset(("I", "A", "O", "OK", "TV", "AND", "THE", "BUT", "YES", "NO"))
# A sentence's end inside a line: a full stop, a question, an exclamation.
_SENTENCE_END: Final = recache.compile(r"[.?!…]")


def _caps_captions(content: list[str]) -> bool:
    """Whether a caption file's cue words are in capitals: nine lines of words
    in ten, three lines at least (timings, numbers and the header aside).

    >>> _caps_captions(["WEBVTT", "00:00:01.000 --> 00:00:02.000", "GOOD MORNING.",
    ...                 "00:00:02.000 --> 00:00:03.000", "WE BEGIN", "NOW."])
    True
    """
    words = [c for c in content[1:] if not VTT_TIMING.match(c) and any(x.isalpha() for x in c)]
    upper = sum(1 for c in words if c.isupper())
    return len(words) >= 3 and upper >= 0.9 * len(words)


def _tape_head(line: str) -> str | None:
    """The tape (and page) a NASA typescript's head alone on its line names: "Tape
    2/1", "TAG Tape 212-04/T-301", "ORB-3 MC240/2"; None for any other line.

    >>> _tape_head("Tape 2/1"), _tape_head("TAG Tape 212-04/T-301"), _tape_head("ORB-3 MC240/2")
    ('2/1', '212-04/T-301', '240/2')
    >>> _tape_head("(ORB NET 2)\tTape 2/1\tPage 4"), _tape_head("(Tape 3/1)   Page 6")
    ('4', '6')
    >>> _tape_head("CC Tape recorder is on."), _tape_head("Tape 3 ends.")
    (None, None)
    """
    if line[:1] in "(T" and "Page " in line:  # (most lines: neither)
        page = NET_TAPE_PAGE.match(line)  # "(GOSS NET 1)<TAB>Tape 2/1<TAB>Page 4"
        if page is not None:
            return page.group("n")
    if line[:4] == "Tape":
        tape = TAPE_HEAD.match(line)
        return tape.group("n") if tape is not None else None
    if "Tape " not in line[:9] and " MC" not in line[:12]:
        return None  # (most lines: no series head)
    series = SERIES_TAPE_HEAD.match(line)
    return (series.group("t") or series.group("m")) if series is not None else None


# A date in figures alone on its line, "1/9/74", "12/03/1973".
_SLASH_DATE: Final = recache.compile(r"\d{1,2}/\d{1,2}/\d{2}(?:\d{2})?")


def _under_tape_head(line: str) -> bool:
    """Whether a line under a typescript's tape head is more of the head: the
    tape's time ("Time: 18:17 CST 50:00:17 GMT", "TIME: 10:41 CDT, 55:15:41 GMT")
    or its date in figures ("1/9/74"), not a transmission.

    >>> [_under_tape_head(t) for t in ("TIME: 10:41 CDT", "1/9/74", "CC Time: go.")]
    [True, True, False]
    """
    if line[:5].casefold() == "time:":
        return len(line) <= 60 and any(c.isdigit() for c in line)
    return line[:1].isdecimal() and _SLASH_DATE.fullmatch(line) is not None


def _crew_codes(content: list[str]) -> frozenset[str]:
    """The codes that open a voice transcript's transmissions with no time and
    no colon ("CC Gemini X, Houston." / "C Loud and clear."): two codes or more
    that recur, their lines half of the lines at least; half of those lines
    hold a sentence's end (a list's items, "UK London, 14 staff", hold none),
    and fewer than half are a letter under the letter before it in the
    alphabet ("A Lima" / "B Quito" / "C Bogota": a quiz's options).

    >>> sorted(_crew_codes(["Log", "CC Go.", "C Roger.", "P Yes.", "CC Out.", "C Ok."]))
    ['C', 'CC']
    >>> _crew_codes(["I Went.", "A Dog.", "I Saw.", "A Cat."])
    frozenset()
    >>> _crew_codes(["UK London, 4", "FR Paris, 9", "UK Leeds, 2", "FR Lyon, 3"])
    frozenset()
    >>> _crew_codes(["Quiz", "A Ann.", "B Bo.", "C Cy.", "A No.", "B So.", "C Go."])
    frozenset()
    """
    counts: Counter[str] = Counter()
    sentences = lettered = 0
    previous = ""  # the code opening the line above, if one does
    running = False  # a coded line's sentence runs on at the margin, its end not yet seen
    for line in content:
        timed = _DAY_TIME.match(line) if line[:1].isdecimal() else None
        if timed is not None:  # "357 01 25 13 CC Go ahead.": a time printed where it changed
            line = line[timed.end() :]
        # (a code is one to three capitals and a space: most lines fail the first test)
        spaced = line[1:2] in " \t" or line[2:3] in " \t" or line[3:4] in " \t"
        code = _CREW_CODE.match(line) if spaced and line[:1].isupper() else None
        if code is not None and ":" in line and _colon_closes(line):
            code = None  # a court's "HIS HONOUR:", "MR J.R. ROE:": a label and its colon
        if code is not None and line[code.end() : code.end() + 5] == "Tape " and _tape_head(line):
            code = None  # the series of a tape's head, "TAG Tape 212-04/T-301", no voice
        name = code.group("name") if code is not None else ""
        if code is not None and name not in _NOT_CODES:
            counts[name] += 1
            ended = _SENTENCE_END.search(line, code.end()) is not None
            sentences += ended
            running = not ended
            lettered += len(name) == len(previous) == 1 and ord(name) == ord(previous) + 1
        elif running and _SENTENCE_END.search(line) is not None:
            sentences += 1  # a hard-wrapped transmission's sentence ends on a later line
            running = False
        previous = name
    recurring = {name for name, count in counts.items() if count >= 2}
    coded = sum(counts[n] for n in recurring)
    if len(recurring) < 2 or coded < 0.5 * _openings(content, coded):
        return frozenset()
    total = sum(counts.values())  # (the ends and letters are counted on every code's lines)
    if sentences < 0.5 * total or lettered >= 0.5 * total:
        return frozenset()  # a list's items, or its letters
    return frozenset(recurring)


def _colon_closes(line: str) -> bool:
    """Whether a label in capitals at the line's start is closed by a colon ("HIS
    HONOUR: Yes."), not by a full stop with a clock time later in the words (a
    commander's "CDR MARK. 42:30 start.", his code and a word he calls out).

    >>> _colon_closes("MR J.R. ROE: No."), _colon_closes("CDR MARK. 42:30 start.")
    (True, False)
    """
    label = UPPER_LABEL.match(line)
    return label is not None and line[label.end("name") :].lstrip()[:1] == ":"


def _openings(content: list[str], coded: int) -> int:
    """How many lines the codes are weighed against: every line, or where a
    typescript is hard-wrapped (a transmission's words run on over lines at the
    margin, as a mission commentary's typist set them) and the codes are too few
    of all lines, only the lines that can open a transmission: the first, the
    coded ones, and those after a line that ends a sentence.

    >>> wrapped = ["CC Go", "on now.", "P Yes.", "CC Out", "here.", "P Wait", "a bit."]
    >>> _openings([*wrapped, "CC Ok", "then.", "P Fine", "now.", "CC Bye", "all."], 6)
    7
    """
    if coded >= 0.5 * len(content) or coded < 6:
        return len(content)  # (the common case, and too few codes to weigh otherwise)
    openings = 1
    for above, line in itertools.pairwise(content):
        coded_line = _CREW_CODE.match(line) is not None
        openings += coded_line or above.rstrip('"”’)]')[-1:] in ".?!"
    return openings


def _logged_events(signed: list[tuple[str, str]]) -> bool:
    """Whether the codes after the times are what a log records, not who speaks:
    the same words (numbers aside) after two codes or more, on more than half
    the lines ("0012:05 BIB214 passed the 3 km marker" / "0012:09 BIB377 passed the 3 km
    marker", a race's timing log); each speaker on a tape says words of their own.

    >>> _logged_events([("B1", "passed km 3"), ("B2", "passed km 3"), ("B1", "out")])
    True
    >>> _logged_events([("AR4", "descend to six"), ("GLX2", "roger"), ("AR4", "roger"),
    ...                 ("GLX2", "down to six")])
    False
    """
    codes: dict[str, set[str]] = {}
    for sign, words in signed:
        codes.setdefault(_DIGITS.sub("#", words.casefold().strip()), set()).add(sign)
    shared = sum(len(codes[_DIGITS.sub("#", w.casefold().strip())]) >= 2 for _, w in signed)
    return shared > 0.5 * len(signed)


def _bare_answers(content: list[str]) -> bool:
    """Whether "A" and one space opens answers here: such lines (a margin number
    before them or not) twice or more, each after a question's "Q" line, with no
    "A" line in between.

    >>> _bare_answers(["Q Where?", "A Home.", "1 Q When?", "2 A Then.", "more"])
    True
    >>> _bare_answers(["A dog barked.", "Q Why?", "A Hunger.", "A cat left."])
    False

    One "A" after an answer among three or more that follow questions is the witness going on
    after counsel broke in (a deposition's "Mr. Roe. Objection." between):

    >>> _bare_answers(["Q Why?", "A Hunger.", "Q And?", "A Thirst.", "Q So?", "A Sleep.",
    ...                "Q Then?", "A Rest.", "Mr. Roe. Objection.", "A I answer."])
    True
    """
    answers = unasked = 0
    last = ""  # "Q" or "A": the mark of the last line a mark opens
    for line in content:
        margin = LINE_NUMBER.match(line) if line[:1].isdecimal() else None
        line = line[margin.end() :] if margin is not None else line
        if line[:1] not in "QA":
            continue
        if Q_SPACED.match(line):
            last = line[0]
        elif BARE_ANSWER.match(line):
            if last != "Q":
                unasked += 1  # no question before it: the article, or the witness goes on
            else:
                answers += 1
            last = "A"
    # (an "A" before any question is the article: "A dog barked.")
    return answers >= 2 and unasked * 2 < answers


def _timed_notice(text: str) -> bool:
    """A meeting program's note of who comes and goes after the time it was
    written, "<10:02:20 AM> Carl Voss joined the conference", "[00:03:10] Ana
    Ruiz left the meeting": the program's, no words of the speaker before.

    >>> [_timed_notice(t) for t in ("<9:02:20 AM> Bo Ek joined the conference", "[0:03] Bo left")]
    [True, False]
    """
    stamp = _stamp_prefix(text)
    if stamp is None:
        return False
    rest = text[stamp.end() :]
    if len(rest) > 80 or not any(verb in rest for verb in _EVENT_VERBS_SEEN):
        return False  # most timed lines: a label and its words
    return _PROGRAM_EVENT.match(rest) is not None


# The verbs of _PROGRAM_EVENT, looked for before it is tried.
_EVENT_VERBS_SEEN: Final = (
    *("joined", "left", "raised", "started", "stopped", "paused", "resumed", "ended"),
    "hat die",
)


def _stamp_prefix(text: str) -> re.Match[str] | None:
    if text[:1] not in _STAMP_FIRST and not text[:1].isdecimal():
        return None  # most lines: no stamp opens with their first character
    for pattern in STAMP_PREFIXES:
        match = pattern.match(text)
        if match is not None and _stamp_time(match):
            return match
    return None


# A time of day in hours and minutes, as a programme's slots are timed: "09:00", "9.30".
_SLOT_TIME: Final = recache.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d")


def _programme(stamped: list[re.Match[str]]) -> bool:
    """A day's programme, not a timed transcript: every line opens with a time of
    day (hours and minutes only), no line's words end as a sentence does, and
    some slots name no one ("10:00 Coffee break" beside "09:15 Tom Lee: Keynote
    on cover crops").

    >>> lines = ["09:00 Ana Ruiz: Welcome", "10:00 Coffee break", "10:30 Mia Chen: Soil"]
    >>> _programme([_stamp_prefix(line) for line in lines])  # type: ignore[misc]
    True
    >>> _programme([_stamp_prefix(line) for line in [*lines, "11:00 Talks (5 minutes each)"]])
    True
    >>> halves = ["9:00 AM Ana Ruiz: Welcome", "10:00 AM Coffee break", "1:30 PM Mia Chen: Soil"]
    >>> _programme([_stamp_prefix(line) for line in halves])  # type: ignore[misc]
    True
    >>> lines[1] = "10:00 Bo Kim: Is everyone here?"
    >>> _programme([_stamp_prefix(line) for line in lines])  # type: ignore[misc]
    False
    >>> timed = ["0:03 Ana Ruiz", "0:11 Bo Kim", "0:14 Ana Ruiz"]
    >>> _programme([_stamp_prefix(line) for line in timed])  # type: ignore[misc]
    False
    """
    unnamed = 0
    round_slots = True
    items: Counter[str] = Counter()
    for match in stamped:
        slot = match.group("stamp").strip("[]() \t")
        if match.re is DIARISED_SPAN:  # "[09:00 - 09:45] Keynote": the slot's start
            slot = match.group("t")
        if slot[-1:] in "Mm.":  # "9:00 AM Registration": a 12-hour clock's slot
            slot = slot.rstrip("APMapm. ")
        if not _SLOT_TIME.fullmatch(slot):
            return False
        round_slots = round_slots and int(slot[-2:]) % 5 == 0
        items[match.string[match.end() :].strip()] += 1
        rest = match.string[match.end() :].rstrip()
        if rest[-1:] == ")" and rest.rfind("(") > 0:  # "Lightning talks (5 minutes each)"
            rest = rest[: rest.rfind("(")].rstrip()  # (what stands before it tells)
        if not rest[:1].isupper() or rest[-1:] in '.?!…"”’)':
            return False
        if colon_label(rest) is None:
            unnamed += 1
    # (off round minutes with a name said again, "0:03 Ana Ruiz" … "0:14 Ana Ruiz"
    # over the words, the times are those a recording had run: a transcript's)
    if not round_slots and max(items.values(), default=0) >= 2:
        return False
    return unnamed >= 1


# A dash between a time and a name: "0:09 - Jane Doe".
_DASHES: Final = frozenset(("- ", "– ", "— "))


def _stamp_time(match: re.Match[str]) -> str | None:
    """The time a stamp gives: its start, or its end where only the end is written."""
    return match.group("t") or match.groupdict().get("t2")


def _timed_cues(content: list[str]) -> bool:
    """Cues without numbers (YouTube's .sbv, Teams' transcripts copied from
    Word): a timing line opens a good part of the lines.

    >>> _timed_cues(["0:00:00.480,0:00:04.120", "Hi.", "0:00:04.120,0:00:07.900", "Ho."] * 2)
    True
    """
    timings = sum(1 for c in content if c[:1].isdigit() and VTT_TIMING.match(c))
    # (two cues make the shape where they are a third of the lines: a short copy)
    return (timings >= 3 and timings >= 0.15 * len(content)) or (
        timings == 2 and timings >= 0.3 * len(content)
    )


def _subtitles(content: list[str]) -> bool:
    """A SubRip (.srt) file: numbered cues, each number above a timing line
    ("00:00:02,130 --> 00:00:05,460"). Read as WebVTT cues are.

    >>> cue = ["1", "00:00:01,000 --> 00:00:02,000", "Hi."]
    >>> _subtitles(cue + ["2", "00:00:03,000 --> 00:00:04,000", "Ho."])
    True
    """
    if not content[0].lstrip("\ufeff").isdigit():
        return False
    timings = [i for i, c in enumerate(content) if i and "-->" in c and VTT_TIMING.match(c)]
    numbered = sum(1 for i in timings if content[i - 1].lstrip("\ufeff").isdigit())
    return len(timings) >= 2 and numbered >= 0.8 * len(timings)


# A line of a meeting's saved chat (Zoom): the time, the display name, the message,
# separated by tabs; a reaction is a gesture, not words.
CHAT_LINE: Final = recache.compile(
    r"^(?P<t>\d{1,2}:\d{2}(?::\d{2})?)\t+(?P<name>[^\t]{1,80}?):\t+(?=\S)"
)
# Zoom's saved chat before 2021: "10:01:02<TAB> From Ana Ruiz : text", also "From
# Ana Ruiz to Everyone : text" (the time read as a stamp before it), and a message sent
# to one person, "From Ana Ruiz  To  Bo Lee(privately) : text": the sender's.
CHAT_FROM: Final = recache.compile(
    r"^From[ \t]+(?P<name>[^:\t]{1,80}?)(?:[ \t]+[Tt]o[ \t]+[^:\t]{1,80}?)?[ \t]*:[ \t]+(?=\S)"
)
# Zoom's saved chat copied into notes with the message below the head: "15:03:05 From
# Ana Ruiz to Everyone:" alone (the time read as a stamp before it); the addressee
# (everyone, or one person privately) tells it from a journey's "From Lyon to Bern:".
CHAT_FROM_ALONE: Final = recache.compile(
    r"^From[ \t]+(?P<name>[^:\t\n]{1,80}?)[ \t]+to[ \t]+(?:[Ee]veryone|[^:\t\n()]{1,60}?[ \t]*"
    r"\((?:Direct [Mm]essage|[Pp]rivately)\))[ \t]*:[ \t]*$"
)
# Zoom's chat as notes paste it, with no time column: "From Ana Ruiz to Everyone:
# (11:02 AM)" or "From Ana Ruiz to Everyone 02:03 PM" alone over the message (in
# bold, "***From Ana Ruiz to Everyone 02:03 PM:***"), or the message after it on the
# line, as a list item: "* From Ana Ruiz to Everyone 02:01 PM: gm". Zoom sends a
# message to everyone or to one person (privately, a direct message): that and the
# time tell it from a journey's "From Lyon to Bern 10:30 AM".
ZOOM_FROM_HEAD: Final = recache.compile(
    r"^(?:[*\-][ \t]+)?(?P<em>\*{1,3}|_{1,3})?From[ \t]+(?P<name>[^\t\n]{1,80}?)[ \t]+to[ \t]+"
    r"(?:[Ee]veryone|Me|me|[^\t\n:()]{1,60}?[ \t]+\((?:Direct [Mm]essage|[Pp]rivately)\))"
    rf"[ \t]*:?[ \t]*(?:\((?P<pt>{_CLOCK_AMPM})\)|(?P<t>{_CLOCK_AMPM}))[ \t]*:?(?(em)(?P=em))"
    r"(?:[ \t]*$|[ \t]+(?=\S))"
)
# ("Reacted to "…" with 👍"; in another language of the program, a few words, the
# message quoted, one word and the emoji: "Se ha reaccionado a "…" con 😂")
CHAT_REACTION: Final = recache.compile(
    r"(?:Reacted to \".*\" with \S{1,12}|[^\"\t]{4,40} \".*\" \w{1,6} [^\w\s]{1,12})$"
)
# A cue identifier that names the speaker, as Webex writes it: '3 "Lukas Brandt" (2381600512)'.
CUE_SPEAKER_ID: Final = recache.compile(
    # (the participant's id in parentheses, digits as Webex writes it, whatever a copy made of it)
    r'^\d{1,6}[ \t]+"(?P<name>[^"\n]{1,80})"(?:[ \t]+\([^()\s]{1,40}\))?'
)
# A cue line that only describes a sound: "[ GAVEL ]", "(applause)", "♪ music ♪".
CUE_SOUND: Final = recache.compile(r"^(?:\[[^\[\]]{1,60}\]|\([^()]{1,60}\)|♪[^♪]{0,60}♪?)$")
# A display name and a colon at the start of a cue's text: any case, a few words.
CUE_LABEL: Final = recache.compile(
    r"^(?P<name>[^\s:<>\[\]()]{1,40}(?: [^\s:<>\[\]()]{1,40}){0,3}):[ \t\xa0]+(?=\S)"
)


def _cue_name_lines(content: list[str]) -> frozenset[str]:
    """Names that stand alone on the line after a cue's timing, with the cue's
    text under them, as Teams' transcripts copied from Word have them
    ("0:0:5.120 --> 0:0:9.300" / "Okonjo, Adaeze" / "This is …"), where
    recurring names open most cues."""
    names: Counter[str] = Counter()
    cues = 0
    for index, line in enumerate(content[:-2]):
        if not VTT_TIMING.match(line):
            continue
        cues += 1
        name, text = content[index + 1], content[index + 2]
        if _name_line(name) and not VTT_TIMING.match(text):
            names[name] += 1
    recurring = sum(c for c in names.values() if c >= 2)
    # a short copy where every cue opens with a display name is the shape too
    everyone = cues >= 2 and sum(c for n, c in names.items() if _CUE_NAME.match(n)) == cues
    if not cues or (recurring < 0.5 * cues and not everyone):
        return frozenset()
    # the shape is the file's: a name said once is a name too, if it looks like
    # one; a line that opens two cues or more is a name whatever its letters
    # (a meeting room's device: "Boardroom 12/201 (6)")
    return frozenset(n for n, c in names.items() if c >= 2 or _CUE_NAME.match(n))


def _name_line(line: str) -> bool:
    """A line that may name a cue's voice: short, not a sentence's end, not a
    label, a sound or markup (a label alone in bold, "**SPEAKER_00:**", is a label)."""
    return (
        len(line) <= 60
        and line.rstrip("*_")[-1:] not in ".?!,;:"
        and ": " not in line
        and line[:1] not in "<[(♪-"
        and not line[:1].isdigit()
    )


# A display name as a meeting program lists it: "Okonjo, Adaeze", "Ana Ruiz (Guest)".
# A meeting room's device names its room with numbers: "Boardroom 12/201 (6)".
_CUE_NAME: Final = LazyPattern(
    rf"^{UP}[\w’'.-]*,?(?: (?:{PARTICLE} ){{0,2}}(?:{UP}[\w’'.-]*|\d[\w./-]*),?){{0,3}}"
    r"(?: \([^()]{1,30}\))?$"
)


# A subtitle's dialogue in one cue: each line after a dash is another voice.
_DIALOGUE_DASHES: Final = ("- ", "– ")


def _posters(lines: tuple[str, ...]) -> dict[str, str]:
    """The names over the messages of a Teams live event's chat: each message
    under its poster's name alone on a line, a blank line between messages,
    no time and no colon ("Ana Ruiz (Contoso)" / "Good morning!"). The shape
    is the file's where nearly every block opens with such a name and most
    of them recur. A rule of dashes alone ("---") parts blocks as a blank line
    does (a press conference's stenographic version), and a name that recurs
    may carry its office after a comma the first time ("ANA RUIZ, ALCALDESA").
    Each line maps to the name it gives.

    >>> sorted(_posters(("---", "ANA RUIZ, ALCALDESA", "Hola.", "---", "LUIS PEÑA", "Sí.",
    ...     "---", "ANA RUIZ", "Bien.", "---", "LUIS PEÑA", "No.")).items())
    [('ANA RUIZ', 'ANA RUIZ'), ('ANA RUIZ, ALCALDESA', 'ANA RUIZ'), ('LUIS PEÑA', 'LUIS PEÑA')]
    """
    names = _posters_by(lines, ruled_only=False)
    if (
        not names
        and sum(1 for line in lines if line[:3] == "---" and _dash_rule(line.strip())) >= 3
    ):
        # a ruled record copied with a blank line under every line ("---" / "" /
        # "ANA RUIZ" / "" / "Hola."): the rules alone part the blocks
        names = _posters_by(lines, ruled_only=True)
    return names


def _posters_by(lines: tuple[str, ...], ruled_only: bool) -> dict[str, str]:
    """:func:`_posters` with blocks parted by blank lines and rules, or by rules only."""
    firsts: list[str] = []  # each block's first line, where lines are under it
    blocks = 0
    first: str | None = None  # the open block's first line
    more = False  # the open block has a line under its first
    for raw in (*lines, "---"):
        text = raw.strip()
        if ruled_only and not text:
            continue
        if not text or _dash_rule(text):
            if first is not None:
                blocks += 1
                if more:
                    firsts.append(first)
            first, more = None, False
        elif first is None:
            first = text
        else:
            more = True
    said = Counter(firsts)
    # a long name in capitals that recurs is a name too ("PRESIDENTE ANA MARÍA RUIZ SOLER")
    heads: Counter[str] = Counter(f for f in firsts if _poster(f) or _capitals_name(f, said))
    names = {f: f for f in heads}
    for line in firsts:
        name, comma, office = line.partition(", ")
        if comma and name in heads and office[:1].isupper() and _OFFICE_AFTER.match(office):
            heads[name] += 1
            names[line] = name
    named = sum(heads.values())
    recurring = sum(c for c in heads.values() if c >= 2)
    if blocks < 4 or named < 0.8 * blocks or recurring < 0.5 * blocks:
        return {}
    return names


# An office after a name and a comma, capitalised, no sentence ("ALCALDESA DE
# VILLAVERDE", "Minister of Finance").
_OFFICE_AFTER: Final = recache.compile(r"^[^\W\d_][^.?!:;]{0,150}$")


def _capitals_name(line: str, said: Counter[str]) -> bool:
    """A name in capitals of up to seven words that opens two blocks or more."""
    return said[line] >= 2 and line.isupper() and line.count(" ") <= 6 and _name_line(line)


def _names_over_roles(lines: tuple[str, ...]) -> tuple[dict[int, str], dict[int, int]]:
    """A legislature's hearing page as a transcript site sets it: each block a
    bullet and the speaker's name ("• Ana Ruiz", "- Ana Ruiz"), the speaker's
    role on the next line ("Legislator", "Person") and the words under it. The
    shape is the file's where three such blocks stand, a name recurs and a role
    recurs (a list of speakers' biographies names each once). Returns the name
    lines (1-based) → names, and the name lines → their role's lines.

    >>> heads, roles = _names_over_roles(("• Ana Ruiz", "Legislator", "We begin now.",
    ...     "• Ben Ode", "Person", "Thank you, Chair.", "• Ana Ruiz", "Legislator", "Next item.",
    ...     "• Ben Ode", "Person", "Yes, Chair."))
    >>> sorted(heads.items()), sorted(roles.items())[:2]
    ([(1, 'Ana Ruiz'), (4, 'Ben Ode'), (7, 'Ana Ruiz'), (10, 'Ben Ode')], [(1, 2), (4, 5)])
    """
    heads: dict[int, str] = {}
    roles: dict[int, int] = {}
    names: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    for n, raw in enumerate(lines, 1):
        head = raw.lstrip()
        if head[:2] not in ("• ", "- "):
            continue  # (a bullet first: the cheap test)
        below = _next_lines(lines, n, 2)
        if len(below) < 2 or " " not in below[1][1]:
            continue
        name, (m, role) = head[2:].strip(), below[0]
        if not _set_in_name(name) or not _set_in_name(role) or len(role.split()) > 3:
            continue
        heads[n] = name
        roles[n] = m
        names[name] += 1
        kinds[role] += 1
    if len(heads) < 3 or max(names.values()) < 2 or max(kinds.values()) < 2:
        return {}, {}
    if len(kinds) > len(heads) / 2:
        return {}, {}  # roles said once each: names over other names
    return heads, roles


def _next_lines(lines: tuple[str, ...], after: int, count: int) -> list[tuple[int, str]]:
    """The next ``count`` lines with words after line ``after`` (1-based), each
    with its number, stripped; over blank lines, never more than four."""
    out: list[tuple[int, str]] = []
    for at in range(after, min(after + count + 4, len(lines))):
        if lines[at].strip():
            out.append((at + 1, lines[at].strip()))
            if len(out) == count:
                break
    return out


def _dash_rule(text: str) -> bool:
    """A rule of three dashes or more alone on its line ("---")."""
    return text[:3] == "---" and not text.strip("-")


def _names_over_set_in(lines: tuple[str, ...]) -> frozenset[str]:
    """The names a play set as a reading site does stands under: each alone at
    the margin, a blank line, the speech set in by two spaces or more ("Simon" /
    "" / "      Ya las estudia."). The shape is the file's where four such
    names stand over speeches, two of them recur, nearly every block set in
    stands under one, and nearly every block under one is a speech: a song's
    "Verse" and "Chorus", a recipe's "Ingredients" and "Method" stand over
    stanzas and lists, not speeches. Heading words ("Question", "Summary")
    are no names."""
    heads: Counter[str] = Counter()
    under: dict[int, tuple[str, ...]] = {}  # the blocks set in under a name, by line
    # the margin: a copy may set every line in ("    Simon" / "          Ya las …"),
    # as a mail client quoting it or a page's indented block does
    margin = _common_indent(lines)
    inner = " " * (margin + 2)
    # (only blocks set in are looked at, and the block over each: a cheap pass)
    set_in = [
        at
        for at in range(1, len(lines))
        if lines[at][: margin + 2] == inner and not lines[at - 1].strip()
    ]
    for at in set_in:
        above = at - 1
        while above >= 0 and not lines[above].strip():
            above -= 1
        name = lines[above].rstrip()[margin:] if above >= 0 else ""
        alone = above == 0 or (above > 0 and not lines[above - 1].strip())
        if alone and name[:1] not in " \t" and _set_in_name(name) and not _not_a_name(name):
            heads[name] += 1
            under[at] = _set_in_block(lines, at)
    named = sum(heads.values())
    recurring = [n for n, c in heads.items() if c >= 2]
    if named < 4 or len(recurring) < 2 or named < 0.8 * len(set_in):
        return frozenset()
    if _set_in_speeches(under, last=set_in[-1]) < 0.8 * named:
        return frozenset()
    return frozenset(heads)


def _common_indent(lines: tuple[str, ...]) -> int:
    """The spaces every line with words opens with (0 where the first opens at
    the margin, as nearly every text's does: one look, no pass).

    >>> _common_indent(("    Simon", "", "          Ya las estudia.")), _common_indent(("A", " b"))
    (4, 0)
    """
    first = next((line for line in lines if line.strip()), "")
    if first[:1] != " ":
        return 0
    return min(len(line) - len(line.lstrip(" ")) for line in lines if line.strip())


def _set_in_block(lines: tuple[str, ...], at: int) -> tuple[str, ...]:
    """The lines of the block that begins at line `at`, up to a blank line."""
    end = at
    while end < len(lines) and lines[end].strip():
        end += 1
    return tuple(line.strip() for line in lines[at:end])


def _set_in_speeches(blocks: dict[int, tuple[str, ...]], last: int) -> int:
    """How many of the blocks set in under names read as speeches: each ends as
    a sentence does, or breaks off ("y…", "pero—"), and no block of two lines or
    more comes back word for word, as a chorus does. A stanza running on at its
    comma ("with nets and lamps,") and a list of things ("4 potatoes") end no
    sentence. The file's last block counts as a speech: an excerpt may cut it."""
    said = Counter(blocks.values())
    return sum(
        1
        for at, block in blocks.items()
        if at == last or (block[-1][-1:] in _SPEECH_ENDS and (len(block) == 1 or said[block] == 1))
    )


# How a speech ends: as a sentence, a question, a cry, or broken off, perhaps
# inside quotes or a bracket ("(Vase.)").
_SPEECH_ENDS: Final = frozenset(".?!…—–-\"”’'»)]")


def _set_in_name(text: str) -> bool:
    """A name as a play's label without its stop: up to four capitalised words,
    an initial with its stop before the last ("D. Die", "Tomás", "Doña Irene")."""
    words = text.split()
    if not 0 < len(words) <= 4 or len(text) > 40:
        return False
    for at, word in enumerate(words):
        last = at == len(words) - 1
        core = word[:-1] if word.endswith(".") and not last and len(word) <= 4 else word
        if not core[:1].isupper() or not core.replace("-", "").replace("'", "").isalpha():
            return False
    return True


def _poster(line: str) -> bool:
    """A display name: capitalised words, or one handle in small letters
    ("tidewater"), perhaps a nickname in quotes and a tag after it ("[MVP]")."""
    if not _name_line(line):
        return False
    core = " ".join(_POSTER_TAGS.sub("", line).split())
    return bool(core) and (_CUE_NAME.match(core) is not None or _HANDLE.match(core) is not None)


# A nickname in quotes, a tag in brackets or parentheses in a display name.
_POSTER_TAGS: Final = recache.compile(r'"[^"\n]{1,30}"|\[[^\[\]\n]{1,30}\]|\([^()\n]{1,30}\)')
_HANDLE: Final = recache.compile(r"^[A-Za-z][\w.-]{1,30}$")


def _device_free(name: str) -> str:
    """A cue's name without what the program adds in parentheses: "Ana Ruiz
    (Guest)" is Ana Ruiz, "Boardroom 12/201 (6)" the room's device."""
    opened = name.rfind("(")
    if not name.endswith(")") or opened < 0 or ")" in name[opened:-1]:
        return name
    return name[:opened].rstrip()


def _cue_label(para: RawParagraph, text: str, shape: Shape, at: int) -> None:
    """The label a cue's text (at ``at`` in the paragraph) begins with, also
    after a dialogue dash ("- MARTA: You're soaked."), if the cues establish it."""
    dash = 2 if text[:2] in _DIALOGUE_DASHES else 0
    named = CUE_LABEL.match(text[dash:] if dash else text)
    if named is not None and named.group("name") in shape.cue_labels:
        para.bare = (named.group("name"), at + dash + named.end())
        para.style = "cue label"


# A name in brackets before a cue's words: "[Maria Lopez] Welcome back."
CUE_BRACKET: Final = recache.compile(r"^\[(?P<name>[^\[\]\d:]{1,40})\][ \t]+(?=\S)")


def _cue_brackets(content: list[str]) -> frozenset[str]:
    """The names in brackets that open cues' words (a sound, "[laughs]",
    "[Music]", "[Cheering]", "[CROWD CHEERING]", is none): those that recur,
    and those capitalised as names are (in capitals, a name must recur).

    >>> sorted(_cue_brackets(["[Ana Ruiz] Hi.", "[laughs] No.", "[Cheering] Go!", "[bo] Ok."]))
    ['Ana Ruiz']
    >>> sorted(_cue_brackets(["[CROWD CHEERING] Yes!", "[ANA] Hi.", "[ANA] Ho.", "[TOM] No."]))
    ['ANA']
    """
    names = Counter(m.group("name") for m in map(CUE_BRACKET.match, content) if m is not None)
    return frozenset(
        name
        for name, count in names.items()
        if not _remark_words(name)
        and not _sounding(name)
        and (count >= 2 or (_CUE_NAME.match(name) is not None and not name.isupper()))
    )


def _text_brackets(content: list[str]) -> frozenset[str]:
    """The names in brackets that open a plain text's lines as its speakers'
    labels, as a federal agency's transcript page writes them ("[Martin]
    Outbreaks of …", the speech wrapped over the lines below): where two names
    or more recur so, those names, and a role said once ("[Announcer]"). A
    checklist's "[x]", a sound's "[Laughter]", a reference's "[Smith]" said once
    name no one; nor does a name before a time, Zoom's saved captions' own.

    >>> sorted(_text_brackets(["[Ana] Hi.", "[Bo] Yes.", "[Ana] So?", "[Bo] No.", "[Narrator] Go"]))
    ['Ana', 'Bo', 'Narrator']
    >>> sorted(_text_brackets(["[x] a", "[x] b", "[Laughter] Ha.", "[Laughter] Ho.", "[Ana] Hi."]))
    []
    """
    # (a time after the bracket is Zoom's saved captions': "[Ana Ruiz] 09:58:02 Hi")
    named = Counter(
        m.group("name")
        for c in content
        if c[:1] == "[" and (m := CUE_BRACKET.match(c)) is not None and not c[m.end()].isdigit()
    )
    recurring = {
        name
        for name, count in named.items()
        if count >= 2
        and _CUE_NAME.match(name) is not None
        and not _remark_words(name)
        and not _sounding(name)
    }
    if len(recurring) < 2:
        return frozenset()
    return frozenset(recurring | {n for n in named if n.casefold() in ROLE_LABELS})


def _sounding(name: str) -> bool:
    """Words in brackets that describe a sound by what makes it: "Cheering",
    "CROWD CHEERING" (a name in capitals has no word in -ing)."""
    ing = [w.casefold().endswith("ing") for w in name.split()]
    return all(ing) or (name.isupper() and any(ing))


def _cue_labels(content: list[str]) -> frozenset[str]:
    """The names cues begin with: those that begin two cues or more, or every
    one where most cues begin with a name."""
    texts = [b for a, b in itertools.pairwise(content) if VTT_TIMING.match(a)]
    # and the lines of a dialogue in one cue, each after its dash ("- MARTA: …")
    texts += [c[2:] for c in content if c[:2] in _DIALOGUE_DASHES]
    names = Counter(
        m.group("name") for m in map(CUE_LABEL.match, texts) if m and "//" not in m.group()
    )
    if texts and sum(names.values()) >= 0.5 * len(texts):
        return frozenset(names)
    return frozenset(n for n, c in names.items() if c >= 2)


def _trailing_number(line: str) -> int | None:
    """The number of one or two figures that ends a line after a space."""
    head, _, tail = line.rpartition(" ")
    return int(tail) if head and len(tail) <= 2 and tail.isdecimal() else None


def _trailing_numbers(content: list[str]) -> bool:
    """Whether the lines' margin numbers stand at their ends (a PDF's text):
    eight lines at least, two in five, end with a number, the numbers going
    up one by one (or back to 1 on a new page) seven times in ten."""
    if sum(1 for c in content if c[-1:].isdecimal()) < max(8, 0.4 * len(content)):
        return False
    numbers = [n for n in map(_trailing_number, content) if n is not None]
    in_order = sum(1 for a, b in itertools.pairwise(numbers) if b in (a + 1, 1))
    return len(numbers) >= max(8, 0.4 * len(content)) and in_order >= 0.7 * len(numbers)


def _numbered_pages(numbers: list[int], in_order: int, lines: int) -> bool:
    """Whole pages of numbered lines after long front matter without numbers
    (a hearing's cover, lists of members and witnesses): twenty numbers or
    more, nearly all in order, starting again at 1 after a page's last line,
    on a fifth of the lines at least."""
    restarts = sum(1 for a, b in itertools.pairwise(numbers) if b == 1 and a >= 10)
    return (
        len(numbers) >= 20
        and in_order >= 0.9 * len(numbers)
        and restarts >= 1
        and (len(numbers) >= 0.2 * lines)
    )


def _caption_text(lines: tuple[str, ...]) -> bool:
    """Whether the ">>" lines of a plain text are broadcast captions copied as
    text, not e-mail or a forum's nested quoting: quoted mail has "> " lines
    too ("> On Monday, Ana wrote:"), and its ">>" lines run on, none named; a
    caption's ">>" opens a paragraph, or names its speaker (">> ANA RUIZ: Yes.")."""
    stripped = [line.strip() for line in lines]
    if any(line[:1] == ">" and line[1:2] != ">" for line in stripped):
        return False
    if any(line[:2] == ">>" and _labelled(line[2:].lstrip()) for line in stripped):
        return True
    return not any(a[:2] == ">>" and b[:2] == ">>" for a, b in itertools.pairwise(stripped))


# ">>" inside a line before a caption's next words (capitals, a figure, a bracket):
# "RIGHT? >> THAT IS CORRECT." ("a >> b" in code, ">> file" in a shell: small letters)
_INLINE_CHEVRON: Final = recache.compile(r" >>>? ?(?=[A-Z0-9\[(])")


def _inline_chevrons(content: list[str]) -> int:
    """How many ">>" open a caption's next voice inside the lines of a plain
    text (a council's caption transcript copied as one paragraph); none where a
    line opens with ">" (quoted mail, whose ">>" marks a quote's quote), unless
    that line is such a run itself, its first voice's ">>" opening it (">> From
    the Library … >> Tom Smith: How are you doing? … >> Dave Winkler: …", as a
    library's webcast text gives its captions).

    >>> _inline_chevrons([">> Hello. >> ANA: Hi. >> BO: Yes. >> ANA: Good."])
    3
    >>> _inline_chevrons([">> On Monday, Ana wrote:", "> Then >> Bo said it. >> Fine."])
    0
    """
    if any(c[:1] == ">" and not _opens_a_caption_run(c) for c in content):
        return 0
    return sum(len(_INLINE_CHEVRON.findall(c)) for c in content if " >> " in c)


def _opens_a_caption_run(line: str) -> bool:
    """A line of captions run together that opens with its first voice's ">>":
    two more voices or more inside it."""
    return line[:3] == ">> " and len(_INLINE_CHEVRON.findall(line)) >= 2


def survey_shape(lines: tuple[str, ...], profile: Profile | None = None) -> Shape:
    """Which gutters and label shapes the document establishes (or the profile says)."""
    profile = profile or Profile()
    shape = Shape(profile=profile)
    content = [line.replace("\x0c", "").strip() for line in lines]
    content = [c for c in content if c]
    # a Markdown file's YAML front matter is no line of the transcript: its
    # hundred lines of notes and links would thin out the labels' share
    yaml_end = yaml_front_end(content[:YAML_LINES])
    content = content[yaml_end + 1 :] if yaml_end else content
    if not content:
        return shape
    if _listed_stamps(content):
        shape.listed_stamps = True  # "* 00:04 Ana Ruiz: …": read as the lines without the marker
        content = [c[_list_mark_end(c) :] for c in content]
    shape.vtt = bool(VTT_HEADER.match(content[0])) or _subtitles(content) or _timed_cues(content)
    # in one pass: a WebVTT document fenced in Markdown ("```webvtt" / "WEBVTT", of any
    # length), and names with their times before the words ("Ana Ruiz [0:05] Hi")
    fenced = stamped_names = bold_names = unsaid = 0
    posters: Counter[str] = Counter()  # the names over dated chat posts
    shape.bold_sections = sections = _bold_sections(content)
    for index, line in enumerate(content):
        first = line[:1]
        if first in "`~" and _vtt_fence(line):
            header = index + 1 < len(content) and VTT_HEADER.match(content[index + 1]) is not None
            fenced += header and _fence_holds_the_document(content, index)
        elif (first.isupper() or first in "*_") and (named := _name_stamp_text(line, sections)):
            stamped_names += 1
            bold_names += named.group("bm") is not None
            # (words said open as sentences do: a build log's "Tests [00:02:13]: 412
            # passed" opens with a figure or a small letter)
            unsaid += not _opens_said(line[named.end() :])
        elif _post_end(line) and (dated := _dated_post(line)) is not None:
            posters[dated.group("name").strip()] += 1
    shape.vtt = shape.vtt or fenced > 0
    if not shape.vtt and any(line[:3] in ("```", "~~~") for line in content):
        shape.fenced_lines = _code_fence_lines(lines)
        shape.document_fence = _plain_fence(content[0]) and _fence_holds_the_document(content, 0)
    cues = 0
    if shape.vtt:
        shape.cue_labels = _cue_labels(content)
        shape.cue_names = _cue_name_lines(content)
        cues = sum(1 for c in content if c[:1].isdigit() and VTT_TIMING.match(c))
        kind = "SubRip" if _subtitles(content) else "timed"
        shape.counts[f"{'WebVTT' if VTT_HEADER.match(content[0]) else kind} cues"] = cues
        shape.cue_brackets = _cue_brackets(content)
        shape.caps_captions = _caps_captions(content)
    else:
        shape.cue_brackets = _text_brackets(content)
    # broadcast captions, in cues or copied as text: ">>" opens each new speaker's words,
    # as one cue in ten at least (three ">>" among a hundred automatic cues mark a few
    # changes, not all of them: every voice after the last would be read as its voice)
    # (escaped only in a caption file, whose cue text is markup: "&gt;&gt;" in plain
    # text is a web page's copy of quoted mail as often as of captions)
    chevrons = sum(1 for c in content if c[:2] == ">>" or (shape.vtt and opens_chevrons(c)))
    share = 0.1 * cues if shape.vtt else 0.25 * len(content)
    shape.chevrons = chevrons >= 2 and chevrons >= share and (shape.vtt or _caption_text(lines))
    if not shape.chevrons and not shape.vtt and any(" >> " in c for c in content):
        chevrons = _inline_chevrons(content)
        shape.chevrons = shape.inline_chevrons = chevrons >= 3
    if shape.chevrons:
        shape.counts["caption chevrons"] = chevrons
    named_times = [m for c in content if (m := _name_and_time(c, sections)) is not None]
    if len(named_times) < 2:
        # the names in small letters, as a user typed the display name ("ana ruiz   0:03"):
        # three such lines or more, a name among them said twice
        lower = [m for c in content if c[:1].islower() and (m := _lower_name_and_time(c))]
        said = Counter(m.group("name") for m in lower)
        if len(lower) >= 3 and max(said.values()) >= 2:
            shape.lower_name_times = True
            named_times = lower
    shape.times_run_back = len(named_times) >= 2 and _clock_runs_back(named_times)
    # (three names with times or more, none said twice: a programme's items, "Dinner –
    # 19:30", not speakers, who speak again)
    shape.times_run_back = shape.times_run_back or _said_once_each(named_times)
    shape.name_times = len(named_times) >= 2 and not shape.times_run_back
    if not shape.name_times and not shape.times_run_back:
        shape.name_times = _inline_name_times(content)
    shape.colon_times = _colon_times(content)
    # "Ana Ruiz [00:00:05] Welcome": a label where three lines or more open so, or
    # two with the name in bold ("**Ana Ruiz** [0:05] Welcome": marked as a label)
    shape.name_stamps = (stamped_names >= 3 or bold_names >= 2) and unsaid * 2 <= stamped_names
    shape.bold_alone = _bold_alone_names(content)
    shape.bold_handles = _bold_handles(content)
    shape.bold_dashed = _bold_dashed_names(content)
    shape.handles = _plain_handles(content, lines)
    if shape.bold_alone:
        # (names in bold on lines one under another are a list, an attendance's)
        bold = [BOLD_ALONE.match(line.strip()) is not None for line in lines]
        shape.bold_listed = frozenset(
            i + 1
            for i, b in enumerate(bold)
            if b and ((i + 1 < len(bold) and bold[i + 1]) or (i > 0 and bold[i - 1]))
        )
    # (three posts by two people at least, one of them posting again: a chat, not a
    # log of dated events)
    shape.dated_posts = posters.total() >= 3 and len(posters) >= 2 and max(posters.values()) >= 2
    shape.screenplay = sum(1 for c in content if screenplay_slug(c)) >= 2
    if not (shape.vtt or shape.name_times):
        shape.posters = _posters(lines)
        shape.set_in_names = _names_over_set_in(lines)
        shape.set_in_margin = _common_indent(lines) if shape.set_in_names else 0
        shape.role_heads, shape.role_lines = _names_over_roles(lines)
    shape.table = table_layout(lines)
    if shape.table is not None:
        shape.counts["table rows"] = shape.table.rows
    messages = sum(1 for c in content if "\t" in c and CHAT_LINE.match(c))
    if messages >= 3 and messages >= 0.3 * len(content):
        shape.chat = True
        shape.counts["chat messages"] = messages
    logged = 0 if shape.vtt else log_lines(content)
    if logged:
        shape.irc = True
        shape.relays = relays(content)
        shape.nicks = nicks(content)
        shape.counts["IRC log lines"] = logged
    elif not shape.vtt and any(c[:1] == "<" for c in content):
        shape.chat_nicks = _chat_nicks(content)
    numbered = [LINE_NUMBER.match(c) if c[:1].isdecimal() else None for c in content]
    numbers = [int(m.group("n")) for m in numbered if m is not None]
    in_order = sum(1 for a, b in itertools.pairwise(numbers) if b in (a + 1, 1))
    numbered_enough = len(numbers) >= 4 and len(numbers) >= 0.6 * len(content)
    numbered_enough = numbered_enough or _numbered_pages(numbers, in_order, len(content))
    # a typed transcript copied from a PDF: each margin number alone on its line,
    # over the line of words it numbers ("2" / "which is late again.")
    alone = [
        int(c) for c, d in itertools.pairwise(content)
        if c.isdecimal() and len(c) <= 2 and not d[:1].isdecimal()
    ]  # fmt: skip
    ordered = sum(1 for a, b in itertools.pairwise(alone) if b in (a + 1, 1))
    shape.numbers_alone = (
        len(alone) >= 4
        and len(alone) >= 0.3 * len(content)
        and ordered >= 0.7 * len(alone)
        and not numbered_enough
    )
    numbered_enough = numbered_enough or shape.numbers_alone
    if profile.line_numbers or (
        profile.line_numbers is None and numbered_enough and in_order >= 0.7 * len(numbers)
    ):
        shape.line_numbers = True
        shape.counts["margin line numbers"] = len(numbers)
    elif profile.line_numbers is None and not shape.vtt and _trailing_numbers(content):
        shape.line_numbers = shape.trailing_numbers = True
        shape.counts["margin line numbers at the lines' ends"] = len(content)
    shape.bare_answers = _bare_answers(content)
    if any(c[:9] == "- Hansard" for c in content):
        shape.site_members = _site_members(lines)
    if any(len(c) <= 3 and _INITIALS.match(c) for c in content):
        shape.avatar_names = _avatar_names(content)
    if any(c[:13] in _RESULT_DATE_KEYS for c in content):
        shape.dated_names = _names_under_dates(content)
        if shape.dated_names:
            shape.result_heads = frozenset(
                content[at - back]
                for at in range(2, len(content) - 1)
                if content[at][:13] in _RESULT_DATE_KEYS and content[at + 1] in shape.dated_names
                for back in (1, 2)
                if len(content[at - back]) <= 80 and content[at - back][-1:] not in ".?!:"
            )
    codes = _crew_codes(content)
    if codes:  # "CC Roger." / "P Okay.": a voice transcript's codes, no time
        shape.call_signs = True
        shape.signs = codes
        shape.counts["call signs"] = sum(1 for c in content if c.split(" ", 1)[0] in codes)
    shape.headed_names = _headed_names(content)
    if not (shape.vtt or shape.chat or shape.irc):
        shape.run_in_names = _run_in_names(content)
    shape.heading_names = _heading_names(content) if not shape.headed_names else frozenset()
    prefixes = [_stamp_prefix(c) for c in content]
    stamped = [m for m in prefixes if m is not None]
    stamped_enough = len(stamped) >= 3 and len(stamped) >= 0.2 * len(content)
    if len(stamped) >= 3 and _programme(stamped):
        shape.programme = True  # "09:00 Ana Ruiz: Welcome" slots: no one speaks
        stamped_enough = False
    if profile.timestamps or (profile.timestamps is None and stamped_enough and not shape.vtt):
        shape.stamps = True
        shape.stamped_bold = _stamped_bold_names(stamped)
        shape.stamped_names = _stamped_colon_names(stamped)
        shape.counts["timestamps"] = len(stamped)
        shape.timed_segments = _timed_segments(content, prefixes)
        shape.turn_marks = sum(1 for c in content if c[-14:] == TURN_MARK) >= 2
        signs: Counter[str] = Counter()
        prefixed: Counter[str] = Counter()
        marks: Counter[str] = Counter()  # a mark where the name would be ("✅ :")
        signed: list[tuple[str, str]] = []  # each sign and the words after it
        for match in stamped:
            rest = match.string[match.end() :]
            sign = CALL_SIGN.match(rest)
            if sign is not None and not UPPER_LABEL.match(rest) and not colon_label(rest):
                signs[sign.group("name")] += 1
                signed.append((sign.group("name"), rest[sign.end() :]))
            own = PREFIXED_LABEL.match(rest) if rest[:1].islower() else None
            if own is not None:
                prefixed[own.group("name")] += 1
            mark = _name_mark(rest) if not rest[:1].isascii() else None
            if mark is not None:
                marks[mark.group("name")] += 1
        shape.prefixed = frozenset(name for name, n in prefixed.items() if n >= 2)
        shape.name_marks = frozenset(mark for mark, n in marks.items() if n >= 2)
        shape.key_heads = _key_heads(content[: content.index(stamped[0].string)])
        if (
            sum(signs.values()) >= 0.5 * len(stamped)
            and len(stamped) >= 3
            and not _logged_events(signed)
        ):
            shape.call_signs = True
            shape.timed_signs = True
            # the transmissions name their call signs after the time: a line alone at a
            # block's head (a typist's "Comment STATION (REV 1)" over the next
            # transmission) is no poster's name over a message
            shape.posters = {}
            shape.counts["call signs"] = sum(signs.values())
            shape.signs = frozenset(signs) - NOT_LABELS
            shape.words = frozenset(
                word.strip(".,;:!?-") for c in content for word in c.split()[1:] if word.isupper()
            )
            first_timed = content.index(stamped[0].string)
            shape.untimed_head = frozenset(content[:first_timed])
    return shape


@dataclass
class _Lexer:
    shape: Shape
    out: list[RawParagraph] = field(default_factory=list)
    pending: list[Inline] = field(default_factory=list)  # breaks before the next text
    current: list[str] = field(default_factory=list)
    marks: list[Inline] = field(default_factory=list)
    starts: list[tuple[int, int, int]] = field(default_factory=list)
    length: int = 0  # of the open paragraph's text so far
    first: RawParagraph | None = None
    after_formfeed: bool = False
    relayed: dict[str, str] = field(default_factory=dict)  # each relay's last speaker
    # what UPPER_LABEL found in the last line _opens read: the paragraph that line
    # opens keeps it (upper_label), so the label is matched once, not again
    upper: tuple[str, re.Match[str] | None] | None = None

    def flush(self) -> None:
        if self.first is not None:
            self.first.text = " ".join(self.current)
            self.first.marks = tuple(self.marks)
            self.first.starts = tuple(self.starts)
            self.out.append(self.first)
        self.first = None
        self.current = []
        self.marks = []
        self.starts = []

    def event(self, node: Inline) -> None:
        self.pending.append(node)

    def start(self, text: str, line: int, col: int) -> RawParagraph:
        self.flush()
        para = RawParagraph(text, line, col, lead=tuple(self.pending))
        if self.upper is not None and self.upper[0] is text:
            para.upper = self.upper
        self.pending = []
        self.first = para
        self.current = [text]
        self.length = len(text)
        return para

    def carry_on(self, text: str, line: int, col: int) -> None:
        """The line continues the open paragraph; breaks before it go inside.
        Where the line starts in the paragraph's text is recorded, so that a
        position in the paragraph maps back to its line and column. With no
        paragraph open, the line opens one: no line is ever dropped."""
        if self.first is None:
            self.start(text, line, col)
            return
        inside = ""
        for node in self.pending:
            inside += chr(MARK_BASE + len(self.marks))
            self.marks.append(node)
        self.pending = []
        self.starts.append((self.length + 1 + len(inside), line, col))
        piece = inside + text if inside else text
        self.current.append(piece)
        self.length += 1 + len(piece)


def lex_lines(
    lines: tuple[str, ...], wrap: int | None, profile: Profile | None = None
) -> tuple[list[RawParagraph], Shape]:
    """Lines → paragraphs, with gutters, page events and bare labels read.

    Each line is a paragraph, except where lines continue one another: in
    hard-wrapped text (``wrap`` is the width) a line that reaches the width
    continues on the next, and in margin-numbered text every line continues
    the paragraph unless it opens a label or is indented as a new paragraph.

    >>> paras, shape = lex_lines(("[Page 3]", "MR. A. Yes.", "", "- 4 -", "MR. B. No."), None)
    >>> [(p.text, [type(n).__name__ for n in p.lead]) for p in paras]
    [('MR. A. Yes.', ['PageMark']), ('MR. B. No.', ['PageMark'])]
    """
    shape = survey_shape(lines, profile)
    lx = _Lexer(shape)
    yaml_last = _yaml_last_line(lines)
    spelled_heads = _spelled_heads(lines)
    if shape.avatar_names:  # "AD" over "Ana Dee": the avatar's initials, the page's
        spelled_heads |= _avatar_heads(lines, shape.avatar_names)
    base_indent = _base_indent(lines) if shape.line_numbers else 0
    over_pages = _heads_over_page_lines(lines, shape.profile)
    feet, count_heads = _running_feet(lines)
    glued_feet = _glued_feet(lines) if shape.trailing_numbers else {}
    # "… Page 2 of 4Okafor: What about …": a page's foot with the next page's first
    # line glued after it, as a PDF's text gives it (where no head opens the pages)
    cut_feet = {} if count_heads else _feet_glued_to_text(lines)
    # "Collins - 2" alone over each page of a typed oral history: the page begins
    name_heads = _name_page_heads(lines)
    # "20 February 1998    12-1" ending each page, the project and narrator over the next
    # (where form feeds part the pages, _page_numbers reads such a foot)
    formfed = any("\x0c" in line for line in lines)
    dated_feet, dated_heads = _dated_page_edges(lines) if not feet and not formfed else ({}, set())
    feet.update(dated_feet)
    for number, (_cut, after) in cut_feet.items():
        if _cut == len(lines[number - 1].strip()):
            feet.setdefault(number, after)  # the same foot alone on its line
    # "Quillon Oral History, 2014 3Okafor: …": a page's head or foot with its bare
    # number, the next words glued after it
    numbered_edges = {} if count_heads or cut_feet else _edges_glued_by_number(lines)
    refs = _record_refs(lines)
    # the indent of a wrapped text's full lines: a line set further in opens a paragraph
    wrap_indent = (
        min((len(x) - len(x.lstrip()) for x in lines if len(x.strip()) >= 40), default=0)
        if wrap is not None
        else 0
    )
    # where paragraphs begin indented, a wrapped line at the margin that starts
    # "Ms. Lindqvist." goes on with its sentence
    indented_paragraphs = wrap is not None and _indented_paragraphs(lines, wrap_indent)
    # where labels open lines set in by a space or two, as the Congressional Record
    # prints it, every line set in so opens a paragraph, and a quotation set further
    # in goes on over the lines under its first, set in less
    first_indented = wrap is not None and _first_lines_indented(lines, wrap_indent)
    double = None if shape.line_numbers or shape.vtt else _double_spaced(lines)
    if double:
        base_indent = min(len(x) - len(x.lstrip()) for x in lines if x.strip())
        shape.counts["double-spaced lines"] = sum(1 for x in lines if x.strip())
    if over_pages:
        shape.counts["running heads over page lines"] = len(over_pages)
    blanks = 0  # blank lines since the last line with words
    wrapped_label = False  # the line before began a label and did not finish it
    in_caps_label = False  # such a label in capitals, its office and committee wrapped
    after_rule = False  # the line before was a rule ("-----")
    in_heading = False  # the line before began a heading and did not finish it
    remark = False  # the line before was a remark of its own: "(Beifall bei der SPD.)"
    unclosed = False  # a remark on a line of its own began above and is not closed yet
    bracket_left = ""  # the line before ended inside a bracket it opened: "… speech. [Hon."
    once_heads: Counter[str] | None = None  # the lines' label-like heads, when first asked
    centred = False  # the line before was a heading in capitals set far in
    hang = 0  # where the speech after a label began on the line before ("CC:  Okay …")
    numbered = False  # the last line with words had a margin number
    pages, folios = _page_numbers(lines)
    bracketed = _bracketed_pages(lines)
    page_heads: set[int] = set()  # running heads that open a page with no number
    if shape.line_numbers and not folios:
        folios = _unnumbered_furniture(lines)
        page_heads = {n for n, kind in folios.items() if kind == "page head"}
        folios.update((n, "header") for n in page_heads)
    heads = _numbered_heads(lines, folios)
    typed_numbers: set[int] = set()
    for line, folio in _heads_over_numbers(lines, folios).items():
        if folio is None:  # the number alone under the head: the page's number
            folios[line] = "pageNum"
            typed_numbers.add(line)
        elif line not in heads:  # a typed transcript's head over its page's number
            heads[line] = folio
    if pages.get(0) is not None:
        lx.event(PageMark(pages[0], None))  # the first page, numbered at its foot
    formfeeds = 0
    previous_len = 0
    previous_indent = 0
    previous_end = ""  # the last character of the line above with words
    labels_set_in = shape.line_numbers and _labels_set_in(lines, base_indent)
    label_alone = False  # the line before is a name and its colon alone ("Ana Ruiz:")
    webvtt = shape.vtt and any(VTT_HEADER.match(line) for line in lines[:3])  # not SubRip
    in_vtt_header = webvtt
    # a WebVTT document in a Markdown code fence ("```webvtt" … "```"), under a page's
    # front matter and heading: its header and its NOTE blocks are the file format's
    vtt_fence = shape.vtt and any(line[:3] in ("```", "~~~") and _vtt_fence(line) for line in lines)
    webvtt = webvtt or vtt_fence
    in_fence = False
    fences_left = 2 if shape.document_fence else 0  # the opening and the closing line
    in_vtt_note = False
    vtt_stamp: tuple[str, int] | None = None  # a cue's timing line waiting for its text
    cue: Stamp | None = None  # the cue the text belongs to
    in_cue = False  # a cue's text has begun: its further lines go on with it
    named_cue: tuple[str, int] | None = None  # an identifier that names the speaker
    # a name and a time opened the words on this block's first line: the block's
    # further lines go on with them
    inline_block = False
    ruled_block = False  # the block began under a rule ("---"), not a blank line
    under_dashes = False  # no line with words since such a rule (blank lines may be)
    marked: str | None = None  # the number of the page a page line just began
    headed = False  # the line before was a running head with its page's number
    taped = False  # the lines before were a typescript's tape head (and its time)
    bare_number = False  # the line before with words was a margin's number alone
    taken = 0  # the last line a log's notice took in (its wrapped lines)
    table_open = False  # a table row's quoted words go on over the next lines
    for number, raw in enumerate(lines, 1):
        if number <= taken:
            continue
        if "\x0c" in raw:
            for _ in range(raw.count("\x0c")):
                formfeeds += 1
                lx.event(PageMark(pages.get(formfeeds), None, formfeed=True))
            raw = raw.replace("\x0c", "")
            lx.after_formfeed = True
        stripped = raw.strip()
        if not stripped:
            blanks += 1
            # double-spaced text: one blank line is the spacing, two end a paragraph;
            # in margin-numbered text a blank line ends a paragraph only among
            # lines without numbers (a title page before the numbered pages)
            if (not shape.line_numbers or not numbered) and (not double or blanks >= 2):
                lx.flush()
                unclosed = False  # a paragraph's end ends an unclosed remark too
                bracket_left = ""
                centred = False  # and a heading
            in_vtt_header = in_vtt_note = in_cue = inline_block = ruled_block = False
            continue
        opens_block = blanks > 0 or number == 1  # the first line after a blank one
        blanks = 0
        dashed, under_dashes = under_dashes, False
        if number <= yaml_last:  # a line of a YAML front matter: a field, never wrapped
            _yaml_line(lx, raw, number, number == yaml_last)
            continue
        if shape.table is not None:
            table_open, row = _table_row(lx, shape.table, stripped, number, table_open)
            if row:
                continue
        if shape.posters and _dash_rule(stripped):
            # "---" between a press conference's speaker blocks: no words, a
            # line of the layout (boilerplate); the next line opens a block
            _own(lx, stripped, number, len(raw) - len(raw.lstrip()), furniture=True)
            blanks, inline_block, ruled_block = 1, False, True
            under_dashes = True
            continue
        if shape.stamps and stripped[:5] == "_____" and not stripped.strip("_"):
            # a transcriber's rule of underscores under its head and over its end
            # (Jitsi's): a line of the layout, no words of the speech above it
            _own(lx, stripped, number, len(raw) - len(raw.lstrip()), furniture=True)
            blanks, inline_block = 1, False
            continue
        if number in page_heads:
            lx.event(PageMark(None, None))  # "Official - Subject to Final Review": a page
        if number in folios:
            margin = LINE_NUMBER.match(stripped) if shape.line_numbers else None
            if margin is not None and stripped[margin.end() :] and folios[number] == "header":
                # "1   2020-2021 Executive Budget": the margin's number is the
                # line's, the running head the rest
                lx.event(LineBreak(margin.group("n")))
                lx.event(Folio(stripped[margin.end() :], "header"))
                continue
            lx.event(Folio(stripped, folios[number]))
            headed = headed and number not in typed_numbers  # no speaker's head under it
            if folios[number] == "pageNum":
                lx.after_formfeed = False  # the page has its number: a "1" below is a margin's
            continue
        if number in count_heads:  # "HHA# 00752 Page 2 of 34" opening each page
            page_no = count_heads[number]
            if page_no is not None:  # (the lines under it, "Interview Date: …", have none)
                lx.event(PageMark(page_no, None))
            lx.event(Folio(stripped, "header"))
            continue
        if number in feet:  # "… © 2018 Museum of Computing Page 1 of 3": a page ends
            lx.event(Folio(stripped, "footer"))
            if feet[number]:
                lx.event(PageMark(feet[number], None))
            continue
        if number in refs:  # "06/10/2021R00200": the record's reference of the paragraph
            lx.event(Folio(stripped, "ref"))
            continue
        if number in over_pages:  # "Jane Doe Interview, 4-26-11" over "Page 2 of 46"
            lx.event(Folio(stripped, over_pages[number]))
            continue
        if number in dated_heads:  # "Johnson Space Center Oral History Project  Ann Roe"
            lx.event(Folio(stripped, "header"))
            continue
        if number in name_heads:  # "Lindqvist-Hale - 3": the narrator's name and the page
            lx.event(PageMark(name_heads[number], None))
            lx.event(Folio(stripped, "header"))
            continue
        if number in heads:  # a running head with the page's number: the page begins
            lx.event(PageMark(heads[number], None))
            lx.event(Folio(stripped, "header"))
            headed = True
            continue
        if headed and _speaker_head(stripped):
            # "Okafor (SPD)" under "412<TAB>Deutscher Bundestag — …": who speaks on the page
            lx.event(Folio(stripped, "header"))
            headed = False
            continue
        headed = False  # only the line right under a running head may name the speaker
        if number in bracketed:  # "[2]" alone: the hard copy's page 2 begins
            lx.event(PageMark(bracketed[number], stripped))
            continue
        if taped and _under_tape_head(stripped):
            # "Time: 18:17 CST 50:00:17 GMT" / "1/13/74" under "SL-IV MC1700/2": the
            # tape's time and date, the page's head like the tape line above them
            lx.event(Folio(stripped, "header"))
            continue
        tape = _tape_head(stripped)
        taped = tape is not None
        if tape is not None:  # "Tape 2/1" over a typescript's page, no page line under it
            lx.event(PageMark(tape, None))
            lx.event(Folio(stripped, "header"))
            continue
        indent = len(raw) - len(raw.lstrip())
        if number in numbered_edges:  # "… 2014 3Okafor: What …": a page's edge
            cut, begins, kind = numbered_edges[number]
            if kind == "header" and begins:
                lx.event(PageMark(begins, None))  # the page it heads begins
            lx.event(Folio(stripped[:cut], kind))
            if kind == "footer" and begins:
                lx.event(PageMark(begins, None))  # the page after the foot begins
            if cut == len(stripped):
                continue
            stripped = stripped[cut:]
            indent += cut
        if number in cut_feet:  # "… Page 2 of 4Okafor: What about …": the page ends
            cut, after = cut_feet[number]
            lx.event(Folio(stripped[:cut], "footer"))
            if after:
                lx.event(PageMark(after, None))
            stripped = stripped[cut:]
            indent += cut
        if number in glued_feet:  # "(202) 234-4433 WASHINGTON … MR. ROE: Good evening 1"
            cut = glued_feet[number]
            lx.event(Folio(stripped[:cut].rstrip(), "footer"))
            stripped = stripped[cut:].lstrip()
            indent += cut
        if number in spelled_heads:  # "Ana Ruiz" / "0 minutes 3 seconds0:03": Teams's page
            lx.flush()
            _own(lx, stripped, number, indent, furniture=True)
            continue
        gutter: str | None = None
        if shape.line_numbers:
            page = PAGE_NUMBER_ALONE.match(stripped)
            if page is not None and (
                lx.after_formfeed
                or indent >= 20
                or "age" in stripped
                or _heads_numbered_page(lines, number, page.group("n"))
            ):
                _page_number(lx, page.group("n"), stripped)
                lx.after_formfeed = False
                continue
            gutter_match = LINE_NUMBER.match(stripped)
            if gutter_match is not None and _DAY_MONTH_YEAR.match(stripped):
                gutter_match = None  # "22 July 2004" over the record: a date, no margin
            if gutter_match is not None:
                gutter = gutter_match.group("n")
                rest = stripped[gutter_match.end() :]
                indent = indent + len(stripped) - len(rest)
                stripped = rest
        if shape.trailing_numbers:
            stripped, gutter = _trailing_gutter(lx, stripped, gutter)
        lx.after_formfeed = False
        if not stripped:  # a numbered line with nothing on it: a blank line, numbered
            if not shape.numbers_alone:  # (there, the number's line of words is below)
                lx.flush()
            if gutter is not None:
                lx.event(LineBreak(gutter))
            bare_number = True
            continue
        if bare_number and gutter is None:
            # "22" alone, then "P R O C E E D I N G S" with no number: the text
            # is a line of its own, not the numbered line's words
            lx.event(LineBreak(None))
        bare_number = False
        column = _COLUMN_LINE.match(stripped) if "Column " in stripped[:30] else None
        if column is not None:
            # "7 Mar 2005 : Column 612": a parliamentary report's column begins, a
            # break between the paragraphs of a speech, which goes on across it
            lx.event(PageMark(column.group("n"), None))
            lx.event(Folio(stripped, "header"))
            continue
        if marked is not None and _heads_page(stripped, marked):
            # "June 4–5, 2031 4 of 90" under "--- Page 4 ---": the page's running head
            lx.event(Folio(stripped, "header"))
            marked = None
            continue
        glued = PAGE_BEFORE_LABEL.match(stripped) if stripped[:1] == "[" else None
        if glued is not None and _labelled(stripped[glued.end() :]):
            # "[Page 209]R: …": the page begins, then the turn
            lx.flush()
            lx.event(PageMark(glued.group("n"), glued.group()))
            indent += glued.end()
            stripped = stripped[glued.end() :]
        sound = SOUND_BEFORE_LABEL.match(stripped) if stripped[:1] == "[" else None
        if sound is not None and _labelled(stripped[sound.end() :]):
            # "[MUSIC PLAYING] MARK: Hey there": the sound, then the turn
            lx.flush()
            lx.event(Incident(sound.group().rstrip(), "sound"))
            indent += sound.end()
            stripped = stripped[sound.end() :]
        if stripped[:8] == "Comment " and shape.timed_signs and stripped not in shape.untimed_head:
            # a mission typescript's copyist between transmissions, "Comment VANGUARD (REV 1)"
            # (the station in reach, a gap): a remark on the log, neither speech nor a name
            lx.flush()
            lx.event(Incident(stripped, "comment"))
            continue
        page_line = _page_line(stripped, shape.profile)
        marked = page_line.n if page_line is not None else None
        incident = page_line is None and len(stripped) <= 80 and is_incident(stripped)
        if not incident and page_line is None and shape.stamps:
            incident = _timed_notice(stripped)
        if page_line is not None or incident:
            if gutter is not None:
                lx.event(LineBreak(gutter))
            lx.event(page_line or Incident(stripped))
            continue
        if stripped[:3] in ("{{<", "{{%") and _SHORTCODE.match(stripped):
            # a Hugo page's shortcode alone, attributes only ("{{< accordion title="…" >}}",
            # "{{< /accordion >}}"): the site's markup around the transcript, no words
            lx.flush()
            _own(lx, stripped, number, indent, furniture=True)
            continue
        if fences_left and stripped[:3] in ("```", "~~~") and _plain_fence(stripped):
            fences_left -= 1  # the fence around the whole transcript: the file's markup
            lx.flush()
            _own(lx, stripped, number, indent, furniture=True)
            continue
        if shape.vtt:
            if vtt_fence and stripped[:3] in ("```", "~~~", "WEB"):
                # the fence's lines and the header inside it: lines of the file format
                fence = stripped[:3] != "WEB" and (in_fence or _vtt_fence(stripped))
                if fence or (in_fence and VTT_HEADER.match(stripped)):
                    in_fence = (not in_fence) if fence else in_fence
                    in_vtt_header = not fence
                    lx.flush()
                    _own(lx, stripped, number, indent, furniture=True)
                    continue
            note = webvtt and stripped.startswith(("NOTE", "STYLE", "REGION"))
            if in_vtt_header or in_vtt_note or note:
                in_vtt_note = in_vtt_note or note
                _own(lx, stripped, number, indent, furniture=True)
                continue
            following = lines[number].strip() if number < len(lines) else ""
            # a cue's identifier opens its block (a SubRip number may follow the
            # last cue's text directly); the line over a timing that goes on
            # from a line above is that cue's text, as Teams copied from Word
            # has it: timing, name, text, timing …
            identifier = opens_block or (
                not shape.cue_names and (stripped.isdigit() or bool(CUE_SPEAKER_ID.match(stripped)))
            )
            if identifier and VTT_TIMING.match(following) and not VTT_TIMING.match(stripped):
                if CUE_SPEAKER_ID.match(stripped):  # '3 "Lukas Brandt" (2381600512)'
                    named_cue = (stripped, number)
                    continue
                _own(lx, stripped, number, indent, furniture=True)  # a cue's identifier
                continue
            if (
                stripped in shape.cue_names
                and vtt_stamp is None
                and not in_cue
                and following
                and not VTT_TIMING.match(following)
            ):
                # a voice's name over its words before the first timing: a cue
                # whose timing was not copied
                para = lx.start(stripped, number, indent)
                para.bare = (_device_free(stripped), len(stripped))
                para.style = "cue name line"
                in_cue = True
                continue
            timing = VTT_TIMING.match(stripped)
            if timing is not None:
                if vtt_stamp is not None:
                    # a cue with no words ("00:00:00.000 --> 00:00:00.000" over the
                    # next cue, as a broadcast's captions open): the file format's line,
                    # kept with the furniture (as a cue identifier is), no title
                    _own(lx, vtt_stamp[0], vtt_stamp[1], 0, furniture=True)
                if named_cue is not None:  # the identifier, the timing: one label
                    stripped, number = f"{named_cue[0]} {stripped}", named_cue[1]
                    named_cue = None
                vtt_stamp = (stripped, number)
                cue = Stamp("", 0, seconds_of(timing.group("t")))
                continue
            # a voice line keeps its opening tag here: _vtt_cue reads it
            words = _cue_text(stripped, not VTT_VOICE.match(stripped))
            if not words and stripped[:1] == "<":
                # " </c>" alone, closing the colour span the line above opened (YouTube's
                # automatic captions as youtube-dl saved them): markup, no words
                continue
            stripped = words or stripped
            if CUE_SOUND.match(stripped):
                # "[ GAVEL ]", "(applause)": a sound, not words; a cue that holds
                # only the sound keeps its timing with it; in a cue whose words
                # follow ("(NEWSREADER ON RADIO)" / "Heavy rain …") the timing
                # stays for them
                alone = number >= len(lines) or not lines[number].strip()
                if vtt_stamp is not None and not in_cue and alone:
                    stripped = f"{vtt_stamp[0]} {stripped}"
                    vtt_stamp = None
                lx.event(Incident(stripped, "sound"))
                in_cue = vtt_stamp is None
                continue
        numbered = gutter is not None
        if gutter is not None:
            lx.event(LineBreak(gutter))
        opens = _opens(stripped, shape, lx)
        split = (
            "[" in stripped or "(" in stripped or HOLDER_LEAD_OFFICE.match(stripped) is not None
        ) and _split_holder(stripped, lines[number] if number < len(lines) else "")
        # (a name over its role opens its block, also where a blank line stands
        # between every two lines and a line would otherwise go on)
        opens = opens or split or number in shape.role_heads
        if shape.line_numbers:
            if (
                opens
                and labels_set_in
                and lx.first is not None
                and indent < base_indent + 4
                and (previous_end.isalpha() or previous_end == ",")
                and _WRAPPED_STOP.match(stripped) is not None
            ):
                # "… resources to" / "SUNY.   And that's why": a sentence's last word
                # at the text's margin, where the labels are set in from it
                opens = False
            continues = lx.first is not None and not opens and indent < base_indent + 4
        elif double:  # a full line goes on; a paragraph begins indented, or with a label
            continues = (
                lx.first is not None
                # ("… Okafor is an economist. Ms." / "Lindqvist. Dr. Ana …": a name
                # and its stop the print wrapped to the margin, where labels are set in)
                and (
                    not opens
                    or (
                        not split
                        and number not in shape.role_heads
                        and TITLED_LABEL.match(stripped) is not None
                        and _titled_only(stripped)
                    )
                )
                and indent < base_indent + 3
                and previous_len >= double - 25
            )
        else:  # hard-wrapped: a full line goes on, unless the next is indented as a paragraph
            if (
                opens
                and wrap is not None
                and previous_len >= wrap - 25
                and lx.first is not None
                and (
                    (bracket_left and _closes_first(stripped, bracket_left))
                    or (
                        previous_end.islower()
                        and _label_once(
                            stripped,
                            once_heads := (
                                once_heads if once_heads is not None else _once_heads(lines)
                            ),
                        )
                    )
                )
            ):
                # "… maiden speech. [Hon." / "Members: “Hear, hear.”] It is …": the
                # colon inside the bracket the line before opened; "… his report on
                # Power in" / "Ireland: A Record." a title's colon, the sentence going on
                opens = False
            continues = (
                lx.first is not None
                and (not opens or (indented_paragraphs and _titled_only(stripped)))
                and wrap is not None
                and (
                    previous_len >= wrap - 25
                    # (a short line whose next word would not have fitted after it:
                    # a Markdown link or an address the wrap could not break, "For
                    # E2E testing, that was" / "[Ginkgo+Gomega](https://…). Some …")
                    or previous_len + 1 + _first_word_length(stripped) > wrap
                )
                and indent < wrap_indent + 3
                and not (first_indented and indent > wrap_indent)
            )
            if first_indented and not continues and not opens and lx.first is not None:
                # "       Bridges are …" / "     the community …": a quotation's lines
                continues = wrap_indent + 3 <= indent <= previous_indent and (
                    wrap is not None and previous_len >= wrap - 25
                )
        # a heading in capitals set far in, over two lines ("STATEMENT OF DAVID
        # ROE, ADMINISTRATOR," / "RURAL CONNECTIVITY OFFICE"), as hearings print it
        was_centred = centred
        centred = wrap is not None and indent >= wrap_indent + 6 and _capitals_only(stripped)
        if lx.first is not None and (
            (wrapped_label and not _office_opens(stripped)) or (unclosed and not opens)
        ):
            continues = True  # the rest of a label, or of a remark, the print wrapped
        elif was_centred and centred and lx.first is not None:
            continues = True
        elif in_heading and _capitals_only(stripped) and lx.first is not None:
            continues = True  # "STATEMENT OF …, BOARD OF" / "   GOVERNORS OF THE …"
        elif hang and abs(indent - hang) <= 1 and lx.first is not None and not opens:
            # the speech's next line, set under its first after the label (a column
            # off, as a log sets every turn's lines in by five under "P7: I'll …")
            continues = True
        elif (
            label_alone
            and lx.first is not None
            and indent > previous_indent
            and stripped[:1] in "hw<"
            and LINK_ONLY.match(stripped) is not None
        ):
            continues = True  # "Ana Ruiz:" / "  https://…": the link she posted, set under
        elif remark:
            continues = False  # the speech goes on below a remark, in a paragraph of its own
        # a witness's heading in capitals whose line ends before its words do
        in_heading = (
            stripped[:1] in "SOPJCT"
            and _capitals_only(stripped)
            and HEARING_HEADING.match(stripped) is not None
            and (stripped[-1:] == "," or stripped.rsplit(" ", 1)[-1] in _HEADING_RUN_ON)
        )
        ruled = stripped[:1] in "-_=" and _RULE.fullmatch(stripped) is not None
        if ruled or after_rule:
            continues = False  # a rule under a title page's line is a line of its own
        after_rule = ruled
        hang = (
            indent
            if continues and hang and abs(indent - hang) <= 1
            else _hang(stripped, indent, shape.stamps)
        )
        # a label in capitals wrapped after its office, the committee on the next
        # lines, in capitals until the one with the colon
        in_caps_label = (
            (in_caps_label and _capitals_only(stripped) and ":" not in stripped)
            or (stripped[-1:] == "," and CAPS_OFFICE_OPEN.match(stripped) is not None)
            or (
                # (wrapped inside the office: "SENATOR TIM ROE, CHAIR, SENATE")
                stripped[-1:].isupper()
                and ", " in stripped[:60]
                and CAPS_OFFICE_HEAD.match(stripped) is not None
                and _caps_label_closes(lines, number)
            )
        )
        wrapped_label = in_caps_label or (
            len(stripped) < 60 and TITLED_OPEN.match(stripped) is not None
        )
        wrapped_label = wrapped_label or split
        if (
            not wrapped_label
            and stripped[-1:] not in ":?!"  # ("Senator Roe, Senator Lee?": a question)
            # ("So, Chancellor, feel free to begin.": a sentence's end)
            and not (stripped[-1:] == "." and stripped[-2:-1].islower())
            and _office_after_comma(stripped)
        ):
            wrapped_label = OFFICE_OPEN.match(stripped) is not None  # its office goes on below
        remark = stripped[:1] == "(" and _REMARK_LINE.match(stripped) is not None
        # "(The hearing adjourned until 10.00 am on" / "Wednesday, 11 March 2026)"
        # ("(Lena Kraus (CDU): Das war" / "aber nicht die Frage!)": a party inside)
        unclosed = (stripped[:1] == "(" or unclosed) and (
            ")" not in stripped or stripped.count("(") > stripped.count(")")
        )
        previous_len = len(raw.rstrip())
        bracket_left = _bracket_left(stripped)
        previous_indent = indent
        previous_end = stripped[-1:]
        label_alone = stripped[-1:] == ":" and _COLON_ALONE.match(stripped) is not None
        if vtt_stamp is not None:
            _vtt_cue(lx, vtt_stamp, stripped, number, indent)
            vtt_stamp = None
            in_cue = True
            continue
        if shape.vtt and cue is not None and VTT_VOICE.match(stripped):
            _vtt_cue(lx, None, stripped, number, indent, cue)  # a second voice in one cue
            continue
        if in_cue and shape.chevrons and opens_chevrons(stripped) and cue is not None:
            _chevron(lx.start(stripped, number, indent), cue)  # a second speaker in one cue
            continue
        if in_cue and cue is not None and _bracketed_voice(stripped, shape):
            para = lx.start(stripped, number, indent)  # "[Tom] Hello." under "[Maria] Hi."
            _cue_bracket(para, stripped, shape)
            para.stamp = cue
            continue
        if in_cue and stripped[:2] in _DIALOGUE_DASHES and not shape.chevrons:
            # "- JONAS: It's raining." under "- MARTA: You're soaked.": another voice
            _cue_label(lx.start(stripped, number, indent), stripped, shape, 0)
            continue
        if in_cue and (shape.chevrons or not opens):  # the cue's text, wrapped over lines
            lx.carry_on(stripped, number, indent)
            continue
        if continues or (inline_block and not opens):
            lx.carry_on(stripped, number, indent)
            continue
        if _marked_break(stripped):  # "**Break:** [00:31:35]": a pause in the recording
            lx.flush()
            lx.event(Incident(stripped))
            continue
        if shape.irc and raw[:1] in " \t" and lx.first is not None and not opens:
            lx.carry_on(stripped, number, indent)  # a message's line wrapped, set in (XChat)
            continue
        if shape.irc and notice(stripped):
            # "-->\tana (~a@host) has joined #c": the client's notice, its wrapped
            # lines (set in under it) with it
            taken = number
            while taken < len(lines) and lines[taken][:1] in " \t" and lines[taken].strip():
                taken += 1
            lx.flush()
            said = " ".join(line.strip() for line in lines[number - 1 : taken])
            lx.event(Incident(said, "notice"))
            continue
        # (a few lines of Zoom's saved chat pasted into a notes page, too few to make
        # the file's shape: its reactions are still gestures, "…\tReacted to "…" with 👍")
        reacted = shape.chat or '\tReacted to "' in stripped
        message = CHAT_LINE.match(stripped) if reacted else None
        if message is not None and CHAT_REACTION.match(stripped, message.end()):
            lx.flush()
            lx.event(Incident(stripped, "reaction"))
            continue
        following = lines[number].strip() if number < len(lines) else ""
        if (
            opens_block
            and indent == shape.set_in_margin
            and not following
            and stripped in shape.set_in_names
        ):
            para = lx.start(stripped, number, indent)  # "D. Die" over "      Que se haga …"
            para.bare = (stripped, len(stripped))
            para.style = "name over a speech set in"
            continue
        if number in shape.role_heads:
            # "• Ana Ruiz" over her role ("Legislator") and her words: the name and
            # the role, the site's two lines, are the label over the words
            para = lx.start(stripped, number, indent)
            at = shape.role_lines[number]
            role = lines[at - 1]
            lx.carry_on(role.strip(), at, len(role) - len(role.lstrip()))
            para.bare = (shape.role_heads[number], lx.length)
            para.style = "name over a role"
            lx.flush()
            taken = at  # (the role's line is read)
            continue
        if opens_block and (following or dashed) and stripped in shape.posters:
            # a poster's name over the message: the block's lines are the message
            # (in a ruled press record each line is a paragraph of the speech)
            para = lx.start(stripped, number, indent)
            para.bare = (_device_free(shape.posters[stripped]), len(stripped))
            para.style = "name over a message"
            inline_block = not ruled_block
            continue
        if shape.inline_chevrons and " >> " in stripped:
            _chevron_run(lx, stripped, number, indent)
            continue
        para = lx.start(stripped, number, indent)
        if message is not None:
            para.stamp = Stamp(message.group("t"), 0, seconds_of(message.group("t")))
            name = message.group("name")
            # "00:01:02<TAB>From  Ana Ruiz  to  Everyone:<TAB>text": the sender alone
            sent = (
                CHAT_FROM.match(stripped[message.start("name") :]) if name[:4] == "From" else None
            )
            para.bare = (sent.group("name") if sent else name, message.end())
            para.style = "chat message"
            continue
        logged = message_line(stripped) if shape.irc else None
        if logged is None and shape.irc:
            logged = action(stripped)
            if logged is not None and not own_action(logged, shape.nicks):
                logged = None  # "* bring gloves": a list's item under a message
        if logged is None and shape.chat_nicks and stripped[:1] == "<":
            # "<ana_ruiz> the slides: …" in minutes: her chat line, a turn of its own
            logged = IRC_LINE.match(stripped)
            if logged is not None and logged.group("nick").lstrip("@+%~&") not in shape.chat_nicks:
                logged = None
        if logged is not None:
            _irc_line(para, logged, shape, lx.relayed)
            continue
        if shape.chevrons and opens_chevrons(stripped):
            _chevron(para)  # ">> MARIA LOPEZ: Thank you." in captions copied as text
            continue
        _read_label_shape(para, shape)
        if shape.run_in_names and stripped.count(": ") >= 2:
            _run_in_turns(lx, para, number, indent)
        if para.style == "voice tag" and "<v" in stripped[para.bare[1] if para.bare else 0 :]:
            _further_voices(lx, para, number, indent)
        inline_block = para.style == "name and time before the words"
    if vtt_stamp is not None:
        _own(lx, vtt_stamp[0], vtt_stamp[1], 0)
    lx.flush()
    if lx.pending:
        lx.out.append(RawParagraph("", len(lines), 0, lead=tuple(lx.pending)))
    _poster_times(lx.out)
    joined = _join_alone_labels(
        _rejoin_colon_words(_merge_wrapped_labels(lx.out), wrap), shape.key_heads, shape.chevrons
    )
    if any(p.lead for p in joined):
        joined = _across_pages(joined)
    _page_banner(joined)
    _audience_quotes(joined)
    if any(p.text[:2] == "**" for p in joined):  # (most transcripts have no bold paragraph)
        _bold_questions(joined)
    if sum(1 for p in joined if p.style == "time over a label") >= 2:
        shape.stamps = True  # a time over every turn: a timestamped record
    return joined, shape


# how far down a page copy its banner may stand: a site name, a skip link over it
_BANNER_DEPTH: Final = 12


def _page_banner(paras: list[RawParagraph]) -> None:
    """A government page's banner ("Official websites use .gov") copied with
    the page is its furniture, left out, only at the top of the copy: among
    its first paragraphs, over the first labelled turn. Under a turn the same
    words are a speaker's, read out, and stay in the conversation."""
    for para in paras[:_BANNER_DEPTH]:
        if para.bare is not None or _labelled(para.text):
            return
        if gov_banner(para.text) is not None:
            para.furniture = True


# A question from the floor as a live captioner's Markdown copy quotes it,
# between a facilitator's labelled turns: "> Which tools do you use?".
AUDIENCE_QUOTE: Final = "quoted voice from the floor"


def _audience_quotes(paras: list[RawParagraph]) -> None:
    """Paragraphs quoted with ``> `` between labelled turns are each a voice
    from the audience, unnamed, where they make a captioned session's layout:
    three or more, as many as half the labelled paragraphs, most followed by
    a labelled turn, and labels open two paragraphs or more, one before the
    first, and a blank line stands over each (a statute or a letter quoted in
    a speaker's turn stays the speaker's); a quote that a line ending in a colon introduces
    ("He wrote:") is the speaker's, and a screenplay's transition or centred
    line in capitals is no voice ("> CUT TO:", "> THE END <"; "> OTR?" is)."""
    quotes = [
        i
        for i, p in enumerate(paras)
        if p.text[:2] == "> "
        and p.bare is None
        and not (p.text[-1:] in ":<" and _capitals_only(p.text[2:]))
    ]
    if len(quotes) < 2:
        return
    labelled = [i for i, p in enumerate(paras) if p.bare is not None or _labelled(p.text)]
    if len(labelled) < 2 or labelled[0] > quotes[0]:
        return
    voices: list[int] = []
    for index in quotes:
        at = next((i for i in range(index - 1, -1, -1) if paras[i].text), None)
        before = paras[at] if at is not None else None
        quoted = before is not None and before.text[-1:] == ":"
        if before is not None and before.text[:2] == "> ":  # a quotation going on
            quoted = quoted or at not in voices
        # (a quote right under the words, no blank line between, is a note on them)
        last = _last_line(before) if before else 0
        if not quoted and paras[index].line > last + 1:
            voices.append(index)
    # the layout of a captioned session: three voices at least, as many as half
    # the labelled turns, a labelled turn after most of them (a passage or two
    # quoted in a speaker's turn, a statute read, a letter, stay the speaker's)
    between = sum(1 for index in voices if labelled[-1] > index)
    if len(voices) < 3 or 2 * len(voices) < len(labelled) or 2 * between < len(voices):
        return
    for index in voices:
        paras[index].bare = (">", 2)
        paras[index].style = AUDIENCE_QUOTE


# A published interview's questions in bold with no label, each over its answer
# ("**How did you get into tech?**<br>" / "I took a class …"): the two voices.
BOLD_QUESTION: Final = "question in bold"
BOLD_ANSWER: Final = "answer under a question in bold"
INTERVIEWER: Final = "Interviewer"
INTERVIEWEE: Final = "Interviewee"
# The whole paragraph in bold, a question, a line break after it or none:
# "**Is that a new thing?**<br>", "**Why Waterloo?**  ".
_BOLD_PARAGRAPH: Final = recache.compile(
    r"\*\*(?=\S)[^*\n]{1,2000}(?<=\S)\*\*(?:<br ?/?>|\\)?[ \t]*"
)


def _bold_questions(paras: list[RawParagraph]) -> None:
    """A published interview that sets each question in bold, the whole
    paragraph, with no label, the answer in the paragraph under it (the
    magazine and blog layout): each question a turn of the interviewer, each
    answer of the one interviewed, both unnamed by the text. Only where no
    paragraph has a label, three bold paragraphs or more end in a question mark
    and a third of them at least (an interviewer's prompt may be a statement:
    "**Thank you for not letting the side down.**"), and the paragraph under every one
    is no bold paragraph (a list of bold headings over their text is no
    interview: its headings do not ask)."""
    if any(p.bare is not None or _labelled(p.text) for p in paras):
        return
    bold = [
        i
        for i, p in enumerate(paras)
        if p.text[:2] == "**" and _BOLD_PARAGRAPH.fullmatch(p.text) is not None
    ]
    asked = sum(1 for i in bold if paras[i].text.rstrip(" \t\\").removesuffix("<br>")[-3:-2] == "?")
    if asked < 3 or 3 * asked < len(bold):
        return
    answers: list[int] = []
    for index in bold:
        under = index + 1
        if under >= len(paras) or not paras[under].text or under in bold:
            return
        answers.append(under)
    for index in bold:
        paras[index].bare = (INTERVIEWER, 0)
        paras[index].style = BOLD_QUESTION
    for index in answers:
        paras[index].bare = (INTERVIEWEE, 0)
        paras[index].style = BOLD_ANSWER


def _hang(stripped: str, indent: int, stamped: bool = False) -> int:
    """The column where a label's speech begins on its line ("CC:  Okay, let's"
    → 5), for lines set under it to continue the speech; 0 for other lines.
    Where the shape has times (``stamped``), also after a time and a call sign
    with no colon (:func:`_sign_hang`)."""
    return _colon_hang(stripped, indent) or (_sign_hang(stripped, indent) if stamped else 0)


def _colon_hang(stripped: str, indent: int) -> int:
    """The column after a label and its colon ("CC:  Okay" → 5); 0 for none."""
    if ":" not in stripped[:60]:
        return 0
    # (after a time, "[10:02:14] Ana Ruiz: Good morning, we have", the words'
    # column is the one after the time and the label: a transcriber sets its
    # wrapped lines in under it, as Jitsi's does)
    stamp = _stamp_prefix(stripped)
    skip = stamp.end() if stamp is not None else 0
    rest = stripped[skip:]
    if ":" not in rest[:40]:
        return 0
    label = colon_label(rest) or UPPER_LABEL.match(rest)
    if label is None or not label.group("rest"):
        return 0
    return indent + skip + label.start("rest")


# A call sign after a mission time, one or two words in capitals, then the words:
# "CDR      Roger.", "RANGE CONTROL   Nine, eight."
_SIGN_BEFORE_WORDS: Final = recache.compile(r"[A-Z][A-Z0-9-]{0,11}(?: [A-Z][A-Z0-9-]{1,11})?[ \t]+")


def _sign_hang(stripped: str, indent: int) -> int:
    """The column where a transmission's words begin after its time and call sign,
    no colon between ("04 06 45 40 CDR      Roger. The clock is" → 21), for the
    lines a typescript sets under them to go on with the words; 0 for other lines.

    >>> _sign_hang("04 06 45 40 CDR      Roger. The clock is", 0)
    21
    >>> _sign_hang("55:46:11                CDR  Roger.", 0), _sign_hang("Roger, out.", 4)
    (29, 0)
    """
    if not stripped[:1].isdigit() and stripped[:1] not in "-[(":
        return 0
    stamp = _stamp_prefix(stripped)
    if stamp is None:
        return 0
    sign = _SIGN_BEFORE_WORDS.match(stripped, stamp.end())
    return indent + sign.end() if sign is not None and sign.end() < len(stripped) else 0


def _capitals_only(text: str) -> bool:
    """Letters, and none in lower case: "RURAL CONNECTIVITY OFFICE"."""
    return text.upper() == text and any(c.isalpha() for c in text)


def _indented_paragraphs(lines: tuple[str, ...], margin: int) -> bool:
    """Most lines that open with a title and a full stop are set in from the margin."""
    indents = [
        len(x) - len(x.lstrip())
        for x in lines
        if x[:1].isspace() or x[:1].isupper()
        if "." in x[:50] and TITLED_LABEL.match(x.strip())
    ]
    return len(indents) >= 3 and sum(1 for i in indents if i >= margin + 3) >= 0.8 * len(indents)


def _first_lines_indented(lines: tuple[str, ...], margin: int) -> bool:
    """Most lines that open with a label are set in one or two spaces from the
    margin of the wrapped lines ("  Mr. VANCE. Mr. President, …" over lines at
    the margin): a paragraph's first line is set in.

    >>> _first_lines_indented(("  Mr. ROE. Yes, and", "so on.", "  Mr. DOE. No."), 0)
    True
    >>> _first_lines_indented(("Mr. ROE. Yes.", "  so on.", "Mr. DOE. No."), 0)
    False
    """
    indents = [
        len(x) - len(x.lstrip())
        for x in lines
        if (x[:1].isspace() or x[:1].isupper()) and "." in x[:60] and _label_line(x.strip())
    ]
    return len(indents) >= 2 and sum(1 for i in indents if 0 < i - margin <= 2) >= 0.8 * len(
        indents
    )


def _label_line(text: str) -> bool:
    upper = UPPER_LABEL.match(text)
    titled = TITLED_LABEL.match(text) if upper is None else None
    found = upper or titled
    return found is not None and bool(found.group("rest"))


def _titled_only(text: str) -> bool:
    """A line that only a title-and-name label rule would open ("Ms. Lindqvist. …")."""
    return not (UPPER_LABEL.match(text) or colon_label(text) or capitals_heading(text))


def _double_spaced(lines: tuple[str, ...]) -> int | None:
    """The width of a double-spaced page copied as text (as pdftotext gives it),
    or None: a blank line after nearly every line, paragraphs that begin
    indented, lines that reach a width.

    >>> full = "x " * 30
    >>> _double_spaced(("   A: " + full, "", full, "", "end.", "") * 4)
    65
    >>> _double_spaced(("A: One.", "", "B: Two.", "", "A: Three.", "") * 4) is None
    True
    """
    gaps: list[int] = []
    run = 0
    seen = False
    for line in lines:
        if line.strip():
            if seen:
                gaps.append(run)
            seen, run = True, 0
        else:
            run += 1
    # page heads and the front matter add wider gaps: most, not all, are one line
    if len(gaps) < 10 or sum(1 for g in gaps if g == 1) < 0.6 * len(gaps):
        return None
    if sum(1 for x in lines if x[:1] == "#" and x.lstrip("#")[:1] == " ") >= 2:
        return None  # Markdown headings ("## Usage"): a page of Markdown, set in with blank lines
    indents = [len(x) - len(x.lstrip()) for x in lines if x.strip()]
    least = min(indents)
    indented = sum(1 for i in indents if i >= least + 3)
    if indented > 0.9 * len(indents):
        return None
    long_lines = sorted(len(x.rstrip()) for x in lines if len(x.strip()) >= 40)
    if len(long_lines) < 3:
        return None
    width = long_lines[int(0.95 * (len(long_lines) - 1))]
    if width > 100:
        return None  # longer lines are paragraphs, not a page
    if indented < 0.1 * len(indents) and not _cut_under_blanks(lines, width):
        return None  # paragraphs set apart by a blank line, not a double-spaced page
    return width


def _cut_under_blanks(lines: tuple[str, ...], width: int) -> bool:
    """Whether a page whose paragraphs begin at the margin is double-spaced: its
    sentences run on under the blank line after a full line, the next line opening
    in lower case ("… what your" / "" / "parents did …"), three times or more and
    for a quarter of the full lines at least.

    >>> _cut_under_blanks(("A: " + "x " * 30 + "and", "", "then more.", "") * 3, 65)
    True
    >>> _cut_under_blanks(("A: " + "x " * 30 + "end.", "", "B: Then.", "") * 3, 65)
    False
    """
    full = cut = 0
    for at in range(len(lines) - 2):
        line = lines[at].rstrip()
        if len(line) < width - 25 or not lines[at].strip():
            continue
        full += 1
        after = lines[at + 2].lstrip()
        if not lines[at + 1].strip() and after[:1].islower() and line[-1:] not in _SENTENCE_ENDS:
            cut += 1
    return cut >= 3 and 4 * cut >= full


_SENTENCE_ENDS: Final = frozenset('.?!:"”')


def _yaml_last_line(lines: tuple[str, ...]) -> int:
    """The line (1-based) of the "---" that closes a YAML front matter at the
    top of ``lines``, or 0."""
    numbered = [(n, t) for n, t in enumerate(map(str.strip, lines[: 2 * YAML_LINES]), 1) if t]
    end = yaml_front_end([t for _, t in numbered[:YAML_LINES]])
    return numbered[end][0] if end else 0


def _yaml_line(lx: _Lexer, raw: str, number: int, last: bool) -> None:
    r"""A line of a YAML front matter: a field or a list item opens a paragraph;
    an indented line that is neither goes on with the value above, as YAML
    folds it (``title: "Remarks by …\`` / ``  \ by …"``)."""
    stripped = raw.strip()
    indent = len(raw) - len(raw.lstrip())
    if last:
        _own(lx, stripped, number, indent)
    elif indent and stripped[:2] != "- " and YAML_FIELD.fullmatch(stripped) is None:
        lx.carry_on(stripped, number, indent)
    else:
        lx.start(stripped, number, indent)


def _table_row(
    lx: _Lexer, layout: TableLayout, text: str, line: int, open_quote: bool
) -> tuple[bool, bool]:
    """A line of a transcript table: the header row (the file format's), a row (a
    turn: its speaker's cell names who speaks, its start cell when), or a line of a
    row's quoted words going on. Returns whether quoted words still go on, and
    whether the line was the table's."""
    if line == layout.header:
        _own(lx, text, line, 0, furniture=True)
        return False, True
    if open_quote:  # the quoted words close where the line holds an odd number of quotes
        lx.carry_on(text, line, 0)
        return text.count('"') % 2 == 0, True
    row = row_label(text, layout)
    if row is None:
        return False, False
    para = lx.start(text, line, 0)
    para.bare = (row.name, row.speech)
    para.style = "table row"
    if row.start is not None:
        written, at, seconds = row.start
        para.stamp = Stamp(written, at, seconds)
    return row.open_quote, True


def _own(lx: _Lexer, text: str, line: int, indent: int, furniture: bool = False) -> None:
    para = lx.start(text, line, indent)
    para.furniture = furniture
    lx.flush()


def _heads_numbered_page(lines: tuple[str, ...], number: int, n: str) -> bool:
    """Whether a number alone at the margin (``n`` on source line ``number``)
    is the page's, as a web copy of a court's transcript sets it between the
    last numbered line of one page and the first of the next ("25 there is a
    court interpreter …" / "4760" / "1 available."): the next line with words is
    numbered 1, and the number is no margin's (three digits or more, or not the
    line after the one above it, which is numbered 20 or more, or the copy's
    first line)."""
    after = next((line.strip() for line in lines[number:] if line.strip()), "")
    if not after.startswith("1") or after[1:2] not in (" ", "\t"):
        return False
    if len(n) >= 3:
        return True
    before = next((line.strip() for line in reversed(lines[: number - 1]) if line.strip()), "")
    if not before:  # the copy's first line, over the page's line 1
        return True
    margin = LINE_NUMBER.match(before)
    last = int(margin.group("n")) if margin is not None else 0
    return last >= 20 and int(n) != last + 1


def _page_number(lx: _Lexer, n: str, text: str) -> None:
    """A page-number line: it numbers the page a form feed began, or is a page break."""
    last = lx.pending[-1] if lx.pending else None
    if isinstance(last, PageMark) and last.formfeed and last.n is None:
        lx.pending[-1] = PageMark(n, text, formfeed=True)
    else:
        lx.event(PageMark(n, text))


_DIGITS: Final = recache.compile(r"\d+")
# A column heading of a parliamentary report: "7 Mar 2005 : Column 612", "Column 12WS".
_COLUMN_LINE: Final = recache.compile(
    r"(?:\d{1,2} [A-Z][a-z]{2,8} \d{4} ?: ?)?Column "
    r"(?P<n>\d{1,5}(?:[A-Z]{1,3})?(?:-\d{1,5}[A-Z]{0,3})?)$"
)
# A page's foot with its number last: "Ref. X8512.2018 © 2018 Museum Page 2 of 46".
_FOOT: Final = LazyPattern(r"(?=.{0,160}$).*\S[ \t]+Page (?P<n>\d{1,4}) of (?P<m>\d{1,4})$")


def _running_feet(
    lines: tuple[str, ...],
) -> tuple[dict[int, str | None], dict[int, str | None]]:
    """Lines (1-based) that end a page with its number, the same words on
    every page but for numbers; each with the number of the page that begins
    after it (None after the last). Then such lines that open the pages
    instead, the first page's among the file's first lines ("HHA# 00752 Page 1
    of 34" over the interviewees, as a university archive's transcripts print
    it), each with its page's own number; a museum's foot with the same words
    ends its page, far below the file's start. The lines such a head's block
    says again under it on every later page ("Interview Date: …", "University
    of Houston 2 Houston History Archives") are heads too, with no number
    (None); the first page's stay the front matter."""
    found = _page_count_lines(lines)
    first = min(found, default=0)
    if not found or first > _FIRST_HEAD_DEPTH or found[first] != "2":
        return found, {}
    heads: dict[int, str | None] = {
        n: str(int(page) - 1) if page else _last_page(lines[n - 1]) for n, page in found.items()
    }
    heads.update((n, None) for n in _under_page_heads(lines, sorted(found)))
    return {}, heads


def _under_page_heads(lines: tuple[str, ...], heads: list[int]) -> list[int]:
    """Lines of the blocks of up to four lines under each page's head line after
    the first that every page's block holds, the same but for figures."""
    blocks = [
        {_DIGITS.sub("#", lines[n].strip()): n + 1 for n in range(h, min(h + 4, len(lines)))}
        for h in heads
    ]
    common = set.intersection(*(set(block) for block in blocks)) - {""}
    # (a speaker's words said again at each page's top stay the speaker's: "AD: Yes.")
    common = {text for text in common if not _labelled(text)}
    return [block[text] for block in blocks[1:] for text in common]


# How far down the file the first page's "… Page 1 of 34" may stand to head it.
_FIRST_HEAD_DEPTH: Final = 6


def _last_page(line: str) -> str:
    """The page count a page line ends with ("… Page 34 of 34" → "34")."""
    return line.strip().rsplit(" ", 1)[-1]


def _page_count_lines(lines: tuple[str, ...]) -> dict[int, str | None]:
    """Lines (1-based) holding words and then "Page N of M", the same words on
    every page but for numbers, each with the number of the page after it."""
    found: dict[str, list[tuple[int, re.Match[str]]]] = {}
    for number, raw in enumerate(lines, 1):
        if " of " not in raw[-20:]:
            continue  # most lines: no "Page 2 of 46" at their end
        text = raw.strip()
        if text[-1:].isdigit():
            foot = _FOOT.match(text)
            if foot is not None:
                found.setdefault(_DIGITS.sub("#", text), []).append((number, foot))
    return {
        number: str(int(foot.group("n")) + 1) if foot.group("n") != foot.group("m") else None
        for feet in found.values()
        if len(feet) >= 2
        for number, foot in feet
    }


# A page's foot that gives the interview's date and the page's number, set apart
# by a tab or spaces, as NASA's oral history transcripts print it: "20 February
# 1998<spaces>12-1" (session 12, page 1), "March 12, 2002<TAB>7".
_DATED_FOOT: Final = recache.compile(
    r"^(?P<date>(?:\d{1,2} [A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.? \d{1,2},) \d{4})"
    r"(?:\t|[ \t]{2,})[ \t]*(?P<n>\d{1,4}(?:-\d{1,4})?)$"
)


def _dated_page_edges(lines: tuple[str, ...]) -> tuple[dict[int, str | None], set[int]]:
    """A transcript's page feet that give the interview's date and the page's
    number ("20 February 1998      12-1"), the same date two times or more, the
    numbers rising: each foot's line (1-based) with the number of the page that
    begins after it (None after the last); and the running head the next pages
    open with under such a foot ("Johnson Space Center Oral History Project
    Alan B. Shepard, Jr."), the same words under two feet or more: their lines.

    >>> text = ("A: Yes.", "", "2 May 1990     4-1", "", "Roe Oral History   Ann Roe",
    ...     "B: No.", "2 May 1990     4-2", "Roe Oral History   Ann Roe", "A: So.")
    >>> feet, heads = _dated_page_edges(text)
    >>> feet, sorted(heads)
    ({3: '4-2', 7: '4-3'}, [5, 8])
    >>> _dated_page_edges(("It rained on 2 May 1990   4", "2 May 1990   3"))
    ({}, set())
    """
    found: dict[str, list[tuple[int, str]]] = {}
    for number, raw in enumerate(lines, 1):
        text = raw.strip()
        if not text[-1:].isdigit() or not text[:1].isalnum() or len(text) > 120:
            continue
        foot = _DATED_FOOT.match(text)
        if foot is not None:
            found.setdefault(foot.group("date"), []).append((number, foot.group("n")))
    feet: dict[int, str | None] = {}
    for pages in found.values():
        numbers = [tuple(int(x) for x in n.split("-")) for _line, n in pages]
        if len(pages) < 2 or any(b <= a for a, b in itertools.pairwise(numbers)):
            continue
        for line, n in pages:
            *session, page = n.split("-")
            feet[line] = "-".join([*session, str(int(page) + 1)])
        feet[pages[-1][0]] = None if pages[-1][0] >= _last_words(lines) else feet[pages[-1][0]]
    under: dict[str, list[int]] = {}
    for line in feet:
        below = next((n for n in range(line, min(line + 3, len(lines))) if lines[n].strip()), None)
        if below is not None and 3 <= len(lines[below].split()) <= 16:
            under.setdefault(" ".join(lines[below].split()), []).append(below + 1)
    heads = {n for found_under in under.values() if len(found_under) >= 2 for n in found_under}
    return feet, heads


def _last_words(lines: tuple[str, ...]) -> int:
    """The line (1-based) of the text's last words, markers aside: 0 if none."""
    return next((n for n in range(len(lines), 0, -1) if lines[n - 1].strip()), 0)


# A typed oral history's running head alone on its line: the narrator's surname (or
# names), a dash, the page: "Collins - 2", "Lindqvist-Hale – 14".
NAME_PAGE_HEAD: Final = recache.compile(
    r"^(?P<name>[A-Z][\w’'-]+(?:[ \t][A-Z][\w’'-]+){0,2})[ \t]+[-–][ \t]+(?P<n>\d{1,4})$"
)


def _name_page_heads(lines: tuple[str, ...]) -> dict[int, str]:
    """Lines (1-based) that head a page of a typed oral history with the
    narrator's name and the page's number ("Collins - 2" … "Collins - 3"): the
    same name two times or more, alone on its line, the numbers rising; each
    with its page's number. A name and a figure said once ("Smith - 4", a
    score) is no head.

    >>> _name_page_heads(("A: Yes.", "Roe - 2", "B: No.", "Roe - 3", "A: So."))
    {2: '2', 4: '3'}
    >>> _name_page_heads(("A: Yes.", "Roe - 2", "B: No.", "Lee - 3", "Roe - 1"))
    {}
    """
    found: dict[str, list[tuple[int, int]]] = {}
    for number, raw in enumerate(lines, 1):
        if (
            len(raw) > 60
            or not raw.rstrip()[-1:].isdigit()
            or (" - " not in raw and " – " not in raw)
        ):
            continue
        head = NAME_PAGE_HEAD.match(raw.strip())
        if head is not None:
            found.setdefault(head.group("name"), []).append((number, int(head.group("n"))))
    out: dict[int, str] = {}
    for heads in found.values():
        pages = [n for _line, n in heads]
        if len(heads) >= 2 and all(a < b for a, b in itertools.pairwise(pages)):
            out.update((line, str(n)) for line, n in heads)
    return out


# "Page 2 of 4" where a page's foot ends, before the words glued after it.
_PAGE_OF_TAIL: Final = recache.compile(r"Page (?P<n>\d{1,4}) of (?P<m>\d{1,4})")


def _feet_glued_to_text(lines: tuple[str, ...]) -> dict[int, tuple[int, str | None]]:
    """Lines (1-based) that open with a page's foot ending in "Page N of M" with
    the next page's first words glued after it, as a PDF's text joins them
    ("Quillon Oral History, 2014 Page 2 of 4Okafor: What about …"), where the
    same foot (but for numbers) ends two pages or more, glued or alone on its
    line: each with the foot's length and the number of the page after it
    (None after the last). A foot glued to figures is left alone: where its
    number ends is unsaid.

    >>> foot = "Ada Roe Oral History Page {} of 3"
    >>> _feet_glued_to_text(("A: Yes.", foot.format(1) + "B: No.", "", foot.format(2) + "and so."))
    {2: (32, '2'), 4: (32, '3')}
    >>> _feet_glued_to_text(("A: Yes.", foot.format(1) + "B: No.", "A: Page 2 of 3 is lost."))
    {}
    """
    found: dict[str, list[tuple[int, int, re.Match[str]]]] = {}
    for number, raw in enumerate(lines, 1):
        at = raw.find(" Page ", 0, 170)
        if at < 1:
            continue  # most lines: no page's foot in their first words
        text = raw.strip()
        at = text.find(" Page ", 0, 170)
        tail = _PAGE_OF_TAIL.match(text, at + 1) if at > 0 else None
        if tail is None or text[tail.end() : tail.end() + 1].isdigit():
            continue
        if _labelled(text):
            continue  # "A: Page 2 of 3 is lost.": words said
        glued = tail.end() < len(text)
        key = _DIGITS.sub("#", text[: tail.end()])
        found.setdefault(key, []).append((number, tail.end() if glued else -tail.end(), tail))
    out: dict[int, tuple[int, str | None]] = {}
    for feet in found.values():
        if len(feet) < 2 or all(cut < 0 for _n, cut, _t in feet):
            continue  # a foot never glued is the running feet's (_page_count_lines)
        for number, cut, tail in feet:
            last = tail.group("n") == tail.group("m")
            out[number] = (abs(cut), None if last else str(int(tail.group("n")) + 1))
    return out


# A page's number ending a head or foot, the next words glued after it: " 3Okafor:".
_NUMBER_GLUED: Final = recache.compile(r"[ \t](?P<n>\d{1,4})(?=[A-Za-z\[(“\"])")
# A head's or foot's number last on its line: "Quillon Oral History, 2014 4".
_NUMBER_LAST: Final = recache.compile(r"[ \t](?P<n>\d{1,4})$")


def _edges_glued_by_number(lines: tuple[str, ...]) -> dict[int, tuple[int, str | None, str]]:
    """Lines (1-based) that open with a page's head or foot, the same words (three
    or more) on two pages or more, ending in the page's number with the page's
    next words glued after it ("Quillon Oral History, 2014 3Okafor: What …"),
    the numbers rising: each with the edge's length, the page that begins there
    and the kind. A foot closes the document too (alone, its last line): the
    page after it begins; otherwise the line heads the page it numbers.

    >>> edge = "Ada Roe Oral History, 2031 {}"
    >>> doc = ("A: Yes.", edge.format(1) + "B: No.", edge.format(2) + "and so.", edge.format(3))
    >>> _edges_glued_by_number(doc)
    {2: (28, '2', 'footer'), 3: (28, '3', 'footer'), 4: (28, None, 'footer')}
    >>> _edges_glued_by_number(("A: Yes.", edge.format(2) + "B: No.", edge.format(3) + "A: So."))
    {2: (28, '2', 'header'), 3: (28, '3', 'header')}
    >>> _edges_glued_by_number(("A: We had 2Kids then.", "B: And 3Dogs."))
    {}
    """
    found: dict[str, list[tuple[int, int, int]]] = {}
    for number, raw in enumerate(lines, 1):
        text = raw.strip()
        # (most lines: no figure glued to a word in their first 170 characters, and
        # no figure last; the regular expressions run in C, the label test after)
        glued = _NUMBER_GLUED.search(text, 10, 170)
        last = None
        if glued is None and text[-1:].isdigit() and len(text) <= 170:
            last = _NUMBER_LAST.search(text)
        edge = glued or last
        if edge is None or len(text[: edge.start()].split()) < 3 or _labelled(text):
            continue
        key = _DIGITS.sub("#", text[: edge.start()])
        found.setdefault(key, []).append((number, edge.end(), int(edge.group("n"))))
    out: dict[int, tuple[int, str | None, str]] = {}
    closing = max((n for n, raw in enumerate(lines, 1) if raw.strip()), default=0)
    for edges in found.values():
        glued_edges = [e for e in edges if e[1] < len(lines[e[0] - 1].strip())]
        pages = [page for _n, _cut, page in edges]
        if len(glued_edges) < 2 or any(a >= b for a, b in itertools.pairwise(pages)):
            continue
        if edges[-1][0] == closing and edges[-1] not in glued_edges:
            for number, cut, page in edges:
                after = None if number == closing else str(page + 1)
                out[number] = (cut, after, "footer")
        else:
            out.update((number, (cut, str(page), "header")) for number, cut, page in glued_edges)
    return out


_THREE_FIGURES: Final = recache.compile(r"\d{3}")


def _common_start(texts: list[str]) -> str:
    """The characters all ``texts`` open with (the first and last in order
    differ first where any two do)."""
    first, last = min(texts), max(texts)
    size = next(
        (i for i, (a, b) in enumerate(zip(first, last, strict=False)) if a != b),
        min(len(first), len(last)),
    )
    return first[:size]


def _glued_feet(lines: tuple[str, ...]) -> dict[int, int]:
    """Lines (1-based) that open with the reporter's running foot, the same
    thirty characters or more on three pages or more, with the page's first
    line glued after it by a PDF's text ("(202) 234-4433 WASHINGTON, D.C.
    20005-3701 (202) 234-4433 MR. ROE: Good evening 1"), once a page at most,
    with figures in it: each with the foot's length. A foot never opens with a
    speaker's label, and ends before one."""
    found: dict[str, list[int]] = {}
    for number, raw in enumerate(lines, 1):
        text = raw.strip()
        if len(text) >= 40:
            found.setdefault(text[:30], []).append(number)
    glued: dict[int, int] = {}
    for numbers in found.values():
        if len(numbers) < 3 or any(b - a < 20 for a, b in itertools.pairwise(numbers)):
            continue  # (once a page at most: a speaker's phrase said again is no foot)
        texts = [lines[n - 1].strip() for n in numbers]
        common = _common_start(texts)
        foot = common[: common.rfind(" ") + 1] if common not in texts else ""
        # (every page may open with the same speaker: the foot ends before a label)
        line = texts[0]
        at = next((i + 1 for i, c in enumerate(foot) if c == " " and _labelled(line[i + 1 :])), 0)
        foot = foot[:at] if at else foot
        # (a reporter's foot gives a telephone number, an address: figures)
        if len(foot) >= 30 and not _labelled(foot) and _THREE_FIGURES.search(foot):
            glued.update((n, len(foot)) for n in numbers)
    return glued


def _heads_over_page_lines(lines: tuple[str, ...], profile: Profile) -> dict[int, str]:
    """Lines (1-based) of a page's furniture printed over a page marker line on
    every page, each with its kind: the same words, two or more times, each
    right above a page line ("Jane Doe Interview, 4-26-11" over "Page 2 of 46"),
    or in the block of up to four lines above it, words the document writes
    nowhere else (a town hall's head "Agency Town Hall" / "Moderator: Pat Cole"
    / "03-02-21/1:00 pm ET" over "Page 2"; a court reporter's foot "Jane Doe,
    RPR" / "Official Court Reporter" over the next page's head). A line that
    also closes the document is a foot ("footer"), the others heads."""
    rows: list[tuple[int, str]] = []  # the lines with words: (line, text)
    marks: list[int] = []  # which of them are page lines
    tapes: set[int] = set()  # which of them are a typescript's tape heads
    for number, raw in enumerate(lines, 1):
        text = raw.strip()
        if text:
            # (a typescript's tape head is its page's line too: "(GOSS NET 1)<TAB>Tape
            # 2/1<TAB>Page 4", the transcription's title over it on every page)
            if _page_line(text, profile) is not None:
                if marks and marks[-1] == len(rows) - 1 and marks[-1] in tapes:
                    marks.pop()  # "Tape 3/1" over "Page 1": the page line marks the page
                marks.append(len(rows))
            elif _tape_head(text) is not None:
                marks.append(len(rows))
                tapes.add(len(rows))
            rows.append((number, text))
    if not marks:
        return {}  # most documents: no page line, no furniture over one
    above: dict[str, list[int]] = {}  # right above a page line
    blocks: dict[str, list[int]] = {}  # in the block above a page line
    # how many lines with words each stands over its page line: a page's furniture
    # stands where it stood on the page before ("Host: Phil?", said three times
    # each a few lines over a page line, is a speaker's)
    offsets: dict[str, set[int]] = {}
    since = 0  # the first row after the last page line
    for mark in marks:
        start = max(since, mark - 4)
        recent = [(n, _DIGITS.sub("#", t)) for n, t in rows[start:mark]]
        if recent and _TIMED_LINE.match(recent[-1][1]) is None:
            # (never a line that opens with its time: "0:02:54.4 **Ana** Mm-hmm.",
            # whose words a later turn may say again, its digits no page's number)
            above.setdefault(recent[-1][1], []).append(recent[-1][0])
        # (not the line right under the last page line: that page's head)
        skip = int(since > 0 and mark - since <= 4)
        for at, (line, seen) in enumerate(recent[skip:], start + skip):
            blocks.setdefault(seen, []).append(line)
            offsets.setdefault(seen, set()).add(mark - at)
        since = mark + 1
    # the document's last lines, after the last page line (a last foot)
    recent = [(n, _DIGITS.sub("#", t)) for n, t in rows[max(since, len(rows) - 4) :]]
    kinds = {
        n: "header"
        for key, numbers in above.items()
        if len(numbers) >= 2 and len(key.split()) >= 2
        for n in numbers
    }
    # every line's words, wherever they stand (counted only where pages are marked)
    where = Counter(_DIGITS.sub("#", t) for _, t in rows)
    # a head that names its page's witness more fully on one page than on another
    # ("Pecker — Direct/Hale" / "D. Pecker — Direct/Hale"): the same head, each said
    # once, one the other's end, of three words or more
    tails: dict[tuple[str, ...], list[str]] = {}
    for key, numbers in above.items():
        if len(numbers) == 1 and where[key] == 1 and len(key.split()) >= 3:
            tails.setdefault(tuple(key.split()[-3:]), []).append(key)
    for keys in tails.values():
        for short, full in itertools.permutations(keys, 2):
            if full.endswith(" " + short):
                kinds[above[short][0]] = kinds[above[full][0]] = "header"
    closing = {key for _, key in recent}
    for line, key in recent[int(len(rows) - since <= 4) :]:
        if key in blocks:  # (a foot seen over a page line: the last page's foot)
            blocks[key].append(line)
    heads: Counter[str] | None = None  # what opens each line before a colon, when asked
    for key, numbers in blocks.items():
        # (a label alone that closes its line with a colon, "Vizepräsident Ana Roe:",
        # near a page line and again near the end, is a speaker's, no page's foot)
        if (
            len(numbers) >= 2
            and len(key.split()) >= 2
            and where[key] == len(numbers)
            and key[-1:] != ":"
            and len(offsets[key]) == 1
            and _TIMED_LINE.match(key) is None
        ):
            head, colon, _ = key.partition(": ")
            if colon and len(head) <= 40:
                if heads is None:
                    heads = Counter(t.partition(": ")[0] for t in set(where) if ": " in t)
                if heads[head] >= 3:
                    continue  # "Host: Mira?" among "Host: …" lines of other words: a turn
            kind = "footer" if key in closing else "header"
            kinds.update((n, kind) for n in numbers if n not in kinds)
    if marks[0] in tapes and marks[0] <= 4:
        # the transcription's title over its first tape head is the document's
        # title as well; over the later pages, their running head
        kinds.pop(rows[0][0], None)
    return kinds


# A line opening with a time, its digits each run a "#" (_DIGITS): "#:#:#.# **Ana**",
# "[#:#] Ana Ruiz"
_TIMED_LINE: Final = recache.compile(r"\[?#:#")


def _marked_break(text: str) -> bool:
    """A heading word in emphasis with at most a time after it: "**Break:**",
    "**Intro:** [00:00:00]"."""
    if text[:1] not in "*_":
        return False
    found = EMPHASISED_LABEL.match(text)
    return (
        found is not None
        and _heading_words(found.group("name"))
        and TIME_IN_BRACKETS.match(text, found.end()) is not None
    )


# Nothing, or a time in brackets, to the end of the line.
# Markdown escapes its brackets: "**Break:** \[00:31:35\]".
TIME_IN_BRACKETS: Final = recache.compile(rf"(?:\\?[\[(]{_CLOCK}\\?[\])])?$")


def _not_a_name(name: str) -> bool:
    """A label made of heading words ("Break", "Action Items"), a heading word and
    its number ("Slide 12", "Part 2", as a webinar's script marks the slide shown),
    or the start of a sentence ("Here's our panel", "Questions we'll address",
    "This event is best suited for", an event page's lead-ins in bold): no one's name.

    >>> [_not_a_name(n) for n in ("Slide 12", "Here's our panel", "This event is suited for")]
    [True, True, True]
    >>> [_not_a_name(n) for n in ("Speaker 2", "Member of the public", "Dan O'Hara", "Ana")]
    [False, False, False, False]
    """
    if _heading_words(name):
        return True
    words = name.split()
    if _numbered_mark(name):
        return True  # "Slide 12"
    if len(words) < 2:
        return False
    # (a name or an office never ends in a small word that wants another after it)
    return words[-1] in _OPEN_ENDS or any(
        ("'" in w or "’" in w) and _CONTRACTION.match(w) is not None for w in words
    )


def _numbered_mark(name: str) -> bool:
    """A heading word and its number: "Slide 12", "Part 2"."""
    first, _, number = name.partition(" ")
    return number.isdecimal() and first.casefold() in HEADING_WORDS


def _heading_words(name: str) -> bool:
    """A label made of heading words ("Break", "Action Items")."""
    return name.upper() in NOT_LABELS or all(w.casefold() in HEADING_WORDS for w in name.split())


# Small words no name or office ends with: a sentence's start ("… is best suited for").
_OPEN_ENDS: Final = frozenset(
    ("for", "to", "of", "in", "on", "at", "by", "with", "from", "about", "and", "or", "the", "a")
)
# A pronoun or a pointing word with its verb run on ("Here's", "we'll", "Let's"): words
# said, never part of a name ("O'Hara", "D'Souza" are no such words).
_CONTRACTION: Final = recache.compile(
    r"^(?:[Hh]ere|[Tt]here|[Ww]hat|[Tt]hat|[Ii]t|[Ll]et|[Ww]e|[Yy]ou|[Tt]hey|I|[Hh]e|[Ss]he|"
    r"[Ww]ho|[Ww]here|[Hh]ow)['’](?:s|ll|re|ve|d|m)$"
)


def _speaker_head(text: str) -> bool:
    """A line naming a speaker as a label would, with no colon and no stop
    after it ("Okafor (SPD)", "Parl. Staatssekretär Dr. van Aalst"), as a
    parliament's print heads a page with the member speaking on it."""
    if len(text) > 60 or ":" in text or text[-1:] in ".,;!?" or not text[:1].isupper():
        return False
    return colon_label(text + ": x") is not None


# An older FOMC transcript's running head: the meeting's dates in figures, the page's
# printed number between dashes after them, or none: "2/3-4/94 -5-", "12/21/93".
_DATES_HEAD: Final = recache.compile(r"^\d{1,2}/\d{1,2}(?:-\d{1,2})?/\d{2,4}(?:[ \t]+-\d{1,4}-)?$")


def _heads_page(text: str, page: str) -> bool:
    """Whether a line ends with the page's number of the pages' count: "June
    4–5, 2031 4 of 90" on page 4; or is the meeting's dates in figures, with
    the printed page's number between dashes or none ("2/3-4/94 -5-"), right
    under the page's marker (the marker numbers the file's pages, not the print's).

    >>> _heads_page("June 4–5, 2031 4 of 90", "4"), _heads_page("4 of 90 said no", "4")
    (True, False)
    >>> _heads_page("2/3-4/94 -5-", "8"), _heads_page("2/3-4/94", "6")
    (True, True)
    >>> _heads_page("2/3-4/94 is the date", "6")
    False
    """
    if text[:1].isdigit() and "/" in text[1:3]:
        return _DATES_HEAD.match(text) is not None
    words = text.split()
    return len(words) >= 4 and words[-3] == page and words[-2] == "of" and words[-1].isdigit()


def _page_line(text: str, profile: Profile) -> PageMark | None:
    if profile.page is not None:
        own = profile.page.match(text)
        if own is not None:
            return PageMark(own.groupdict().get("n"), text)
    # (a House hearing page's line with its links runs longer: "Page 212 PREV PAGE …")
    if len(text) > (60 if text[:4] == "Page" else 40):
        return None
    if " -- " in text and (head := SESSION_PAGE_HEAD.match(text)) is not None:
        return PageMark(head.group("n"), text)  # "Wendt -- I -- 2"
    if text[:1] not in _PAGE_LINE_FIRST:
        return None
    for pattern in PAGE_LINES:
        match = pattern.match(text)
        if match is not None:
            return PageMark(match.group("n"), text)
    return None


def _bracket_left(text: str) -> str:
    """The bracket a line opens after its first word and leaves open at its end,
    as a hard-wrapped interjection does ("… speech. [Hon."), or "".

    >>> _bracket_left("his maiden speech. [Hon."), _bracket_left("[Laughter.] Yes (he")
    ('[', '(')
    >>> _bracket_left("[Hon. Members: Hear, hear.]"), _bracket_left("(Interruption")
    ('', '')
    """
    for opening, closing in ("[]", "()"):
        at = text.rfind(opening)
        if at > 0 and at > text.rfind(closing):
            return opening
    return ""


def _closes_first(text: str, opening: str) -> bool:
    """Whether ``text`` closes the bracket ``opening`` left open above before it
    opens another, with a colon inside: "Members: “Hear, hear.”] It is".

    >>> _closes_first("Members: Hear, hear.] It is", "["), _closes_first("Ana: Yes.", "[")
    (True, False)
    """
    close = text.find("]" if opening == "[" else ")")
    return close > 0 and opening not in text[:close] and 0 < text.find(":") < close


def _label_once(text: str, heads: Counter[str]) -> bool:
    """Whether ``text`` opens as a label of one word and a colon ("Ireland: A
    Record of Failure.") or of words in capitals and a stop ("PRIMARY
    ELECTRONICS. And we") that no other line opens with (``heads``: see
    :func:`_once_heads`): a title's colon or a name in capitals where a sentence
    the copy wrapped goes on, no speaker's label.

    >>> _label_once("Ireland: A Record.", _once_heads(("Power in", "Ireland: A Record.")))
    True
    >>> _label_once("Ana: Yes.", _once_heads(("Ana: Go on and", "Ana: Yes.")))
    False
    >>> _label_once("MAIN BUS B. And the", _once_heads(("on the", "MAIN BUS B. And the")))
    True
    """
    head = _ONCE_HEAD.match(text)
    if head is None or METADATA_FIELD.match(text) is not None:
        return False  # ("Length: 1 hour" under a place's line: a field of its own)
    return heads[head.group()] == 1


def _once_heads(lines: tuple[str, ...]) -> Counter[str]:
    """How many lines open with each label-like head (:data:`_ONCE_HEAD`): one
    pass, made the first time a hard-wrapped text asks."""
    return Counter(
        head.group()
        for line in lines
        if line[:1].isupper() or line[:1].isspace()
        if (head := _ONCE_HEAD.match(line.lstrip())) is not None
    )


# A label's head as a sentence the copy wrapped may open a line with: one word and
# a colon, or words in capitals and a stop or a colon
_ONCE_HEAD: Final = recache.compile(
    r"^(?:[A-Z][a-z]+:|[A-Z][A-Z'’-]*(?: [A-Z][A-Z'’-]*){0,3}[.:])(?=\s)"
)


def _first_word_length(text: str) -> int:
    """The length of a line's first word (the whole line if it has one word).

    >>> _first_word_length("[Ginkgo](https://x.org/g). Some"), _first_word_length("them.")
    (26, 5)
    """
    space = text.find(" ")
    return len(text) if space < 0 else space


# A Markdown link opening a line ("[Ginkgo](https://…). Some hacks …"), as a source
# wrapped at 70 columns puts one at the start of a line inside a paragraph: no
# bracketed remark or label, so no paragraph of its own for that.
_LINK_OPEN: Final = recache.compile(r"^\[[^\[\]\n]{1,200}\]\((?:https?://|/|#)")


def _opens(text: str, shape: Shape, lx: _Lexer | None = None) -> bool:
    """Whether the line must begin a paragraph: a label, a note body, a heading.
    The lexer ``lx`` is handed what UPPER_LABEL found, for the paragraph."""
    if shape.irc and (message_line(text) or action(text) or notice(text)):
        return True
    if shape.chat_nicks and text[:1] == "<" and (chat := IRC_LINE.match(text)) is not None:
        return chat.group("nick").lstrip("@+%~&") in shape.chat_nicks
    if shape.stamps and _stamp_prefix(text):
        return True
    if shape.call_signs and _untimed_sign(text, shape):
        return True
    first = text[:1]
    if first == "[" and _LINK_OPEN.match(text) is None:
        return True
    if first in "¹²³⁴⁵⁶⁷⁸⁹⁰":
        return True
    if shape.chevrons and opens_chevrons(text):
        return True  # a new speaker in captions
    if first in "QA" and (Q_SPACED.match(text) or _QA.match(text)):
        return True
    if first == "A" and shape.bare_answers and BARE_ANSWER.match(text):
        return True
    if first == "(" and (
        _REMARK_LINE.match(text)
        or (text[1:2].isupper() and (")" not in text or text.count("(") > text.count(")")))
    ):
        # "(11.15 am)", "(A short break)": a remark on a line of its own, or the
        # first line of one the print wrapped ("(The hearing adjourned until …")
        return True
    if witness_oath(text) is not None:
        return True  # "MR JOHN SMITH (sworn)"
    # a caption's date line on its own numbered line, its centring lost in a copy
    # ("Washington, D.C." / "Tuesday, November 4, 2014"): no line of the caption above
    if (
        shape.line_numbers
        and text[-1:].isdigit()
        and first.isupper()
        and len(text) <= 40
        and DATE_LINE.match(text) is not None
    ):
        return True
    if first == "-" and _SITTING_TIME_LINE.match(text) is not None:
        return True  # "--- Upon commencing at 9.03 a.m.", a tribunal's time of sitting
    if " called as a witness" in text and WITNESS_SWORN.match(text) is not None:
        return True  # "ANA ROE, U.S. Navy, was called as a witness …" under counsel's words
    if first in "QEF" and inquiry_questions(text) is not None:
        return True  # "Questions from LEAD COUNSEL TO THE INQUIRY"
    if _office_after_comma(text) and (OFFICE_LABEL.match(text) or OFFICE_OPEN.match(text)):
        return True  # "Dr. Dehler, Bundesminister der Justiz: …", alone, or wrapped
    if text[-1:] == ":" and _COLON_ALONE.match(text):
        return True  # "Vizepräsident Dr. Schmitt -Vockenhausen:" alone on its line
    if (
        first in "*_"
        and (bold := EMPHASISED_LABEL.match(text))
        and not _not_a_name(bold.group("name"))
    ):
        return True  # "**Ana Ruiz:** So …" right under the last wrapped line of a speech
    if shape.name_stamps and (first.isupper() or first in "*_") and _name_stamp_text(text):
        return True  # "Ana Ruiz (00:01:10) - So …" under a wrapped line, as above
    if shape.name_times and first.isupper() and (inline := NAME_TIME_TEXT.match(text)):
        return not _not_a_name(inline.group("name"))  # "Bo Li 0:09 Yes." under "Ana Ruiz 0:03 Hi."
    if (
        shape.name_times
        and (first.isupper() or first in "*_[" or shape.lower_name_times)
        and _name_and_time(text, shape.bold_sections, shape.lower_name_times) is not None
    ):
        return True  # "Bo Li   0:09" alone, under the last line of a speech the copy wrapped
    upper = UPPER_LABEL.match(text)
    if lx is not None:
        lx.upper = (text, upper)
    return bool(
        upper
        or colon_label(text)
        or capitals_heading(text)
        or ("." in text[:40] and TITLED_LABEL.match(text) is not None)
    )


# ("Question." / "Answer." spelled out, a GPO deposition's labels, open a paragraph too)
_QA: Final = recache.compile(r"^(?:[QA][.:]|Question\.|Answer\.)\s")


def _caps_label_closes(lines: tuple[str, ...], start: int) -> bool:
    """Whether the lines from ``start`` (past blanks and margin numbers) go on
    in capitals to a colon and the speech after it, as the rest of a label in
    capitals wrapped inside its office does ("STANDING COMMITTEE ON PORTS:   Well,"),
    within three lines, none of them opening a name of its own ("MR. ROE:").

    >>> _caps_label_closes(("", "18   STANDING COMMITTEE ON PORTS:   Well,"), 0)
    True
    >>> _caps_label_closes(("  AND HARBORS", "  AUTHORITY:  Thank you"), 0)
    True
    >>> _caps_label_closes(("SENATOR ANA ROE", "SENATOR BO LEE"), 0)
    False
    >>> _caps_label_closes(("   MR. ROE:   Thank you.",), 0)
    False
    """
    seen = 0
    for line in lines[start : start + 8]:
        text = line.strip()
        margin = LINE_NUMBER.match(text)
        text = text[margin.end() :] if margin is not None else text
        if not text:
            continue
        seen += 1
        if seen > 3 or HONORIFIC_PREFIX.match(text) is not None:
            return False
        head, colon, rest = text.partition(":")
        if not _capitals_only(head):
            return False
        if colon:
            return rest[:1].isspace() and any(c.islower() for c in rest)
    return False


def _office_opens(text: str) -> bool:
    """A line that opens a name and its office of its own ("Priya Sen, Member"
    under "Ana Diaz, Secretary" in a list): no wrapped label's rest.

    >>> _office_opens("Priya Sen, Member"), _office_opens("of State for Foreign, Commonwealth:")
    (True, False)
    """
    if not _office_after_comma(text):
        return False
    name = text[: text.find(", ")].split()
    return 2 <= len(name) <= 4 and all(w[:1].isupper() and w[1:].islower() for w in name)


def _office_after_comma(text: str) -> bool:
    """Whether a capital follows the first comma, near the start, as an office
    does in "Ertl, Bundesminister für …" (most commas of speech are followed by
    a word in small letters): the office patterns are tried only then."""
    comma = text.find(", ", 0, 60)
    return comma > 0 and text[comma + 2 : comma + 3].isupper()


_REMARK_LINE: Final = recache.compile(r"\([^()]+\)\.?$")
# An international tribunal's line for the sitting's times, set off by three dashes:
# "--- Upon commencing at 9.03 a.m.", "--- Recess taken at 10.31 a.m.", "--- On resuming
# at 10.52 a.m.", "--- Whereupon the hearing adjourned at 1.45 p.m., …".
_SITTING_TIME_LINE: Final = recache.compile(
    r"-{2,3} ?(?:Upon commencing|On resuming|(?:Luncheon |Short )?(?:Recess|Break) taken"
    r"|Whereupon the (?:hearing|proceedings?) adjourned)\b"
)
# The words a heading's line cannot end with ("… BOARD OF" / "GOVERNORS OF …").
_HEADING_RUN_ON: Final = frozenset(("OF", "THE", "AND", "FOR", "ON", "TO", "IN", "AT"))
# A rule across the page: "------", "______", "======".
_RULE: Final = recache.compile(r"-{5,}|_{5,}|={5,}")


def _labels_set_in(lines: tuple[str, ...], base: int) -> bool:
    """Whether the labels in capitals of a transcript with margin numbers stand
    set in from the text's column ``base`` (a state legislature's stenographer's
    "5         SENATOR ROE:    Thank you." over "6   the text"), three or more,
    and hardly any at the text's column.

    >>> _labels_set_in(("1         SENATOR ROE:  Yes.", "2   the text", "3         MR. LEE:  No.",
    ...     "4         SENATOR ROE:  Why?"), 4)
    True
    >>> _labels_set_in(("1   SENATOR ROE:  Yes.", "2   MR. LEE:  No.", "3   SENATOR ROE:  Why?"), 4)
    False
    """
    set_in = at_base = 0
    for raw in lines:
        if ":" not in raw:
            continue
        raw = raw.replace("\x0c", "")
        stripped = raw.strip()
        match = LINE_NUMBER.match(stripped)
        if match is None or _CAPS_COLON.match(stripped, match.end()) is None:
            continue
        if len(raw) - len(raw.lstrip()) + match.end() >= base + 4:
            set_in += 1
        else:
            at_base += 1
    return set_in >= 3 and at_base * 10 <= set_in


# A label in capitals and its colon: "SENATOR ROE:", "MR. LEE:".
_CAPS_COLON: Final = recache.compile(r"[A-Z][A-Z.'’ &-]{1,50}:(?:\s|$)")
# One to four words, a capital opening each, then a stop or a colon and the next
# words two spaces or more on, as a typist ends a sentence: "SUNY.   And …",
# "General Fund.    It's …", "Assembly:    Austin …" (never "ANA T. ROE", an initial).
# (a look-behind: a search starts only where a word does, never inside a long run)
_WRAPPED_STOP: Final = recache.compile(
    r"(?<![\w’'.-])[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]*){0,3}[.:]\s\s+[A-Za-z\"“]"
)


def _base_indent(lines: tuple[str, ...]) -> int:
    """The usual indent of text after a margin number (continuation lines)."""
    indents: Counter[int] = Counter()
    carried: Counter[int] = Counter()  # of lines whose sentence goes on ("come in, please.")
    for raw in lines:
        raw = raw.replace("\x0c", "")
        stripped = raw.strip()
        match = LINE_NUMBER.match(stripped)
        if match is None or not stripped[match.end() :]:
            continue
        lead = len(raw) - len(raw.lstrip())
        indents[lead + match.end()] += 1
        if stripped[match.end()].islower():
            carried[lead + match.end()] += 1
    if not indents:
        return 0
    # the commonest: a few lines set further out (an index, a title page) do not move it
    usual = indents.most_common(1)[0][0]
    # a UK inquiry's hanging layout ("  7   THE CHAIR:  We'll ask the jury to" /
    # "  8       come in, please."): the labels at one column, the lines they
    # carry on to four further in; on a page of short exchanges the labels are
    # the commoner, and the lines a sentence goes on to show the text's column
    hanging = carried.most_common(1)[0] if carried else None
    if hanging is not None and hanging[1] >= 3 and usual < hanging[0] <= usual + 6:
        return hanging[0]
    return usual


# A member's name alone over the speech, as a parliament-monitoring site prints it:
# the seat and party in parentheses, then the site's links ("Ann Roe (Tasmania,
# Greens) Share this | Link to this | Hansard source").
NAME_OVER_LINKS: Final = LazyPattern(
    rf"^(?P<name>{UP}[\w’'.\-]*(?:[ \t](?:{PARTICLE}[ \t])?{UP}[\w’'.\-]*){{0,4}})"
    r"(?:[ \t]*\([^()\n]{1,150}\))?[ \t]+(?:Share this|Link to this)\b[^\n]{0,80}$"
)
# The same sites' photograph, its text glued before the name it shows: "Photo of
# Ann RoeAnn Roe (Labour)".
PHOTO_OF: Final = recache.compile(
    r"^Photo of (?P<both>[^()\n]{4,120}?)[ \t]*(?:\([^()\n]{1,150}\))?$"
)


# A bullet or a question's number before such a line, as the old web copy of a
# parliament's official report sets every speaker: "• 1. Ann Roe (Fife) (SNP):".
_LINE_BULLET: Final = r"(?:[•·▪◦‣][ \t]+)?(?:\d{1,3}\.[ \t]+)?"
_BULLETS: Final = "•·▪◦‣"
_BULLETED: Final = recache.compile(r"^[•·▪◦‣][ \t]+(?:\d{1,3}\.[ \t]+)?")
_HELD_NAME: Final = rf"{UP}[\w’'.\-]+(?:[ \t](?:{PARTICLE}[ \t])?{UP}[\w’'.\-]+){{1,3}}"
# An office and its holder alone over the speech, with or without a colon: "The
# Presiding Officer (Ann Roe)", "• The Minister for Ports (Jo Lee):".
OFFICE_HOLDER_ALONE: Final = LazyPattern(
    rf"^{_LINE_BULLET}(?P<office>The {UP}[^():\n]{{2,80}}?)[ \t]*\((?P<name>{_HELD_NAME})\):?$"
)
# A member with the seat and the party alone over the speech: "Ann Roe (Fife) (SNP)".
MEMBER_SEAT_ALONE: Final = LazyPattern(
    rf"^{_LINE_BULLET}(?P<name>{_HELD_NAME})[ \t]*\([^()\n]{{2,80}}\)[ \t]*\([^()\n]{{1,20}}\):?$"
)
# The name alone, or with a colon, of a member such lines name: "• Ann Roe:", "Ann Roe".
HELD_NAME_ALONE: Final = LazyPattern(rf"^{_LINE_BULLET}(?P<name>{_HELD_NAME}):?$")
_HELD_STYLES: Final = ("office and holder alone", "member and seat alone")

# The row of links a monitoring site sets under each member line: "- Hansard - - -
# Excerpts", "- Hansard - -".
SITE_MEMBER_LINKS: Final = recache.compile(r"^-[ \t]Hansard(?:[ \t]-)+(?:[ \t]Excerpts)?$")
# A name as such a member line gives it, a peer's title and seat included: "Sam
# Tarry", "Lord Roe of Little Haven", "Baroness Ann Roe-Hale".
_SITE_MEMBER_NAME: Final = LazyPattern(
    rf"^{UP}[\w’'.\-]*(?:[ \t](?:(?:of|the|and|{PARTICLE})[ \t])?{UP}[\w’'.\-]*){{0,6}}$"
)


_HELD_NAME_ONLY: Final = LazyPattern(rf"^{_HELD_NAME}$")


def _site_member(text: str) -> str | None:
    """The member a monitoring site's line over a speech names: the photograph's
    text before "Portrait" is left out, the member line read as the record prints
    it (an office and its holder, a member with seat and party, a name alone).

    >>> _site_member("Al Bo Portrait The Minister for Ports (Al Bo)")
    'Al Bo'
    >>> _site_member("Al Bo Portrait Al Bo (Leeds East) (Lab)"), _site_member("Lord Bo of Rye")
    ('Al Bo', 'Lord Bo of Rye')
    >>> _site_member("Self Portrait of the artist"), _site_member("The Harbor Plan (Second Draft)")
    (None, None)
    """
    at = text.find(" Portrait ")
    line = text[at + 10 :] if at >= 0 else text
    if line[:4] == "The ":
        # (an office's name can be long: "The Parliamentary Under-Secretary of State
        # for Foreign, Commonwealth and Development Affairs (Al Bo)")
        opening = line.rfind(" (")
        holder = line[opening + 2 : -1] if opening > 4 and line[-1:] == ")" else ""
        if _HELD_NAME_ONLY.match(holder) is None or not _holder_named(holder):
            return None
        return holder
    cut = line.find(" (")
    name = line[:cut] if cut >= 0 and line[-1:] == ")" else line
    if _SITE_MEMBER_NAME.match(name) is None or _not_a_name(name):
        return None
    return name


# A German chamber's chair by office and name, alone with its colon: "Vizepräsident
# Wulf Gallert:", "Präsidentin Dr. Ana Roe:".
_CHAIR_ALONE: Final = LazyPattern(
    rf"^(?:Vize|Alters)?[Pp]räsident(?:in)?(?:[ \t](?:Dr\.|Prof\.|Ing\.|Mag\.))*"
    rf"(?:[ \t](?:{PARTICLE}[ \t])?{UP}[\w’'\-]+){{1,3}}:$"
)
# The style of a line heading a search page's result (see Shape.result_heads).
RESULT_HEAD: Final = "result head"
# The date field that closes each result's head on a parliament's search page.
_RESULT_DATE_KEYS: Final = frozenset(("Meeting date:", "Sitting date:"))
# A person's name alone: two to four capitalised words ("Ana Roe", "Mary Ann de Vries").
_PERSON_ALONE: Final = LazyPattern(
    rf"^{UP}[\w’'.\-]+(?:[ \t](?:{PARTICLE}[ \t])?{UP}[\w’'.\-]+){{1,3}}$"
)


def name_initials(name: str) -> str:
    """The initials of a name's capitalised words: "Ana de Vries" → "AV"."""
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def _avatar_names(content: list[str]) -> frozenset[str]:
    """The names alone right under their own initials ("AD" / "Ana Dee"), as a
    site's list of members' contributions sets each under the avatar, where two
    such pairs or more stand and a name recurs so; none where a name's line is no
    person's name.

    >>> sorted(_avatar_names(["AD", "Ana Dee", "Yes.", "BL", "Bo Lee", "No.", "AD", "Ana Dee"]))
    ['Ana Dee', 'Bo Lee']
    >>> sorted(_avatar_names(["AD", "Ana Dee", "Yes.", "UK", "United Kingdom"]))
    []
    """
    paired = [
        name
        for initials, name in itertools.pairwise(content)
        if len(initials) <= 3
        and _INITIALS.match(initials) is not None
        and _PERSON_ALONE.match(name) is not None
        and name_initials(name) == initials
        and not _not_a_name(name)
    ]
    # (a name under its initials recurs: "UK" over "United Kingdom" once is a gloss)
    return frozenset(paired) if len(paired) > len(set(paired)) else frozenset()


def _avatar_heads(lines: tuple[str, ...], names: frozenset[str]) -> set[int]:
    """The lines (1-based) of the avatars' initials over those names: furniture."""
    return {
        number
        for number, (initials, name) in enumerate(itertools.pairwise(lines), 1)
        if name.strip() in names and name_initials(name.strip()) == initials.strip()
    }


def _names_under_dates(content: list[str]) -> frozenset[str]:
    """The names alone right under a result's date field, as a parliament's search
    page of contributions heads each ("Meeting of the Parliament" / "Harbour Dues" /
    "Meeting date: 2 May 2031" / "Ana Roe" / the words), where two results or more
    are so headed.

    >>> page = ["Meeting date: 2 May 2031", "Ana Roe", "Yes.", "Meeting date: 2 May 2031",
    ...         "Ana Roe", "No.", "Meeting date: 3 May 2031", "Printed by the clerk"]
    >>> sorted(_names_under_dates(page))
    ['Ana Roe']
    """
    under = [
        name
        for head, name in itertools.pairwise(content)
        if head[:13] in _RESULT_DATE_KEYS and _PERSON_ALONE.match(name) and not _not_a_name(name)
    ]
    return frozenset(under) if len(under) >= 2 else frozenset()


def _site_members(lines: tuple[str, ...]) -> dict[str, str]:
    """The member lines of a monitoring site's copy of a debate: each right over
    the site's row of links (see :data:`SITE_MEMBER_LINKS`), naming a member.

    >>> _site_members(("Ann Roe Portrait Ann Roe (Fife) (Lab)", "- Hansard - -", "", "Words."))
    {'Ann Roe Portrait Ann Roe (Fife) (Lab)': 'Ann Roe'}
    """
    found: dict[str, str] = {}
    for above, line in itertools.pairwise(lines):
        if line[:9] == "- Hansard" and SITE_MEMBER_LINKS.match(line.strip()) is not None:
            member = _site_member(above.strip())
            if member is not None:
                found[above.strip()] = member
    return found


def _held_alone(para: RawParagraph) -> None:
    """An office and its holder, or a member with seat and party, alone on the
    line over the speech (a parliament's official report on the web)."""
    text = para.text
    held = OFFICE_HOLDER_ALONE.match(text) if "The " in text[:14] else None
    if held is not None and _holder_named(held.group("name")):
        para.bare = (held.group("name"), len(text))
        para.style = "office and holder alone"
        return
    member = MEMBER_SEAT_ALONE.match(text)
    if member is not None:
        para.bare = (member.group("name"), len(text))
        para.style = "member and seat alone"


# words of a document's state or part in parentheses after its title, no holder's
# name: "The Harbor Plan (Second Draft)", "The Rules (Revised Edition)"
_DOCUMENT_WORDS: Final = frozenset(
    (
        "draft", "edition", "version", "revision", "revised", "final", "amended", "updated",
        "abridged", "corrected", "provisional", "preliminary", "excerpt", "extract",
        "part", "volume", "appendix", "annex", "first", "second", "third", "fourth", "fifth",
    )
)  # fmt: skip


def _holder_named(name: str) -> bool:
    """Whether the words in parentheses after an office name a person, not the
    document's state or part ("Second Draft") or heading words ("Action Items")."""
    return not _not_a_name(name) and not any(
        w.casefold().strip(".") in _DOCUMENT_WORDS for w in name.split()
    )


def _unheld_lists(paras: list[RawParagraph]) -> None:
    """Lines of offices or members with their parentheses that stand in a list,
    one under another or under a participants' head ("Present:" over "Ana Ruiz
    (Treasurer) (by phone)"), or as the document's first line (its title,
    unless it recurs as the chair's label does), open no speech: their shape
    is a list's or a title's, not a report's labels."""
    first = next((p for p in paras if p.text), None)
    above: RawParagraph | None = None
    listed = False  # the line above is a list's head or item
    for index, para in enumerate(paras):
        touching = above is not None and para.line == _last_line(above) + 1
        below = paras[index + 1] if index + 1 < len(paras) else None
        held = para.style in _HELD_STYLES
        if held and (
            (touching and listed)
            or (
                below is not None
                and below.style in _HELD_STYLES
                and below.line == _last_line(para) + 1
            )
            or (para is first and para.text[-1:] != ":" and not _recurs(para, paras))
        ):
            para.bare, para.style = None, ""
            listed = True
        elif para.text:
            listed = held or PARTICIPANTS_HEAD.match(para.text) is not None
        if para.text:
            above = para


def _recurs(para: RawParagraph, paras: list[RawParagraph]) -> bool:
    """Whether a paragraph's words stand again as another paragraph."""
    return any(p.text == para.text for p in paras if p is not para)


def _last_line(para: RawParagraph) -> int:
    """The number of a paragraph's last line."""
    return max((para.line, *(line for _at, line, _col in para.starts)))


def _bulleted_speech(label: re.Match[str]) -> bool:
    """A bullet's label opens a speech, not an item of a list ("• Ana Roe: Chair"):
    a holder or seat in parentheses, or a sentence after the colon (an action
    item, "• Ana Roe: send the draft.", opens in small letters)."""
    rest = label.group("rest") or ""
    sentence = len(rest.split()) >= 3 and rest[-1:] in ".?!" and rest[:1].isupper()
    return bool(label.group("delivery")) or sentence


def _site_name(text: str) -> str | None:
    """The member's name on a parliament-monitoring site's line over a speech.

    >>> _site_name("Ann Roe (Tasmania, Greens) Share this | Link to this")
    'Ann Roe'
    >>> _site_name("Photo of Al BoAl Bo (Labour)"), _site_name("Photo of the harbour")
    ('Al Bo', None)
    >>> _site_name("Photo of Al Bo Al Bo Plaid Cymru 5:33, 24 May 2017")
    'Al Bo'
    >>> _site_name("Photo of Al BoAl Bo (Speaker) Share this | Hansard source")
    'Al Bo'
    """
    if text[:9] == "Photo of ":
        photo = PHOTO_OF.match(text)
        # (the photograph's text may stand before a member line with the links after
        # it: "Photo of Al BoAl Bo (Speaker) Share this | Hansard source")
        both = photo.group("both") if photo is not None else _linked_name(text[9:]) or ""
        half = len(both) // 2  # the name twice: the photograph's text, then the name
        if half >= 2 and both[:half] == both[half:] and both[0].isupper():
            return both[:half]
        return _photo_then_name(both)
    return _linked_name(text)


def _linked_name(text: str) -> str | None:
    """The name before a site's links on a member line ("Al Bo (Fife, Greens)
    Share this | Link to this"), or None."""
    tail = max(0, len(text) - 100)  # the links end the line: only its last words are read
    if text.find(" Share this", tail) < 0 and text.find(" Link to this", tail) < 0:
        return None
    named = NAME_OVER_LINKS.match(text)
    return named.group("name") if named is not None else None


def _photo_then_name(both: str) -> str | None:
    """The name on a site's member line whose photograph's text stands before it with
    a space, the party, office or time after it ("Al Bo Al Bo Labour 5:33, 24 May
    2017", TheyWorkForYou): the same capitalised words twice, from the start.

    >>> _photo_then_name("Ann Roe Ann Roe Speaker"), _photo_then_name("the pier at dusk")
    ('Ann Roe', None)
    """
    words = both.split(" ", 12)
    for size in range(2, min(6, len(words) // 2) + 1):
        if words[:size] == words[size : 2 * size]:
            name = " ".join(words[:size])
            return name if name[0].isupper() and not _not_a_name(name) else None
    return None


def _speaker_block(para: RawParagraph) -> bool:
    """A diariser's label alone on the first line of a block ("SPEAKER: S1" over
    the words, as Speechmatics writes its text): the block's label, the words
    from the next line on. On a line with words after it the label is no block's.

    >>> p = RawParagraph("SPEAKER: S2 Thanks.", 1, 0, starts=((12, 2, 0),))
    >>> _speaker_block(p), p.bare
    (True, ('SPEAKER: S2', 12))
    >>> _speaker_block(RawParagraph("SPEAKER: S2 is on mute.", 1, 0))
    False
    """
    found = SPEAKER_BLOCK.match(para.text)
    if found is None:
        return False
    end = para.starts[0][0] if para.starts else len(para.text)
    if para.text[found.end() : end].strip():
        return False
    para.bare = (found.group(), end)
    para.style = "diariser label"
    para.alone = True
    return True


# A Markdown list's marker before a timed line: "* 00:04 Ana Ruiz: …", "- [00:04] …".
_LIST_MARK: Final = recache.compile(r"^[*-][ \t]+(?=[\[(<\d])")
# A mark where a name would stand, before a colon: "✅ : Yes." (a symbol, maybe with
# the variation selector that shows it as an emoji); _name_mark tests its class.
_NAME_MARK: Final = recache.compile(r"^(?P<name>[^\w\s]\ufe0f?)[ \t]?:[ \t]+(?=\S)")


def _list_mark_end(text: str) -> int:
    """Where the words after a list's marker before a time start, or 0.

    >>> _list_mark_end("* 00:04 Ana: Hi"), _list_mark_end("* Agenda"), _list_mark_end("-00 00 10")
    (2, 0, 0)
    """
    listed = _LIST_MARK.match(text) if text[:1] in "*-" else None
    return listed.end() if listed is not None else 0


# tinydiarize's mark at the end of a segment after which another voice speaks.
TURN_MARK: Final = "[SPEAKER_TURN]"


def _timed_segments(content: list[str], prefixes: list[re.Match[str] | None]) -> bool:
    """Whether a file's timed lines are a recogniser's segments in runs, each run
    under a label set alone, as a diariser's raw output is rendered ("**SPEAKER_00:**"
    / "[2.7s] Okay." / "[4.6s] Recording is in progress."): most timed lines follow
    another, and runs open under a short line ending in a colon twice or more. A
    name over the words after a time ("[00:03] Ana Ruiz" / "Hi.") has an untimed
    line under it.

    >>> lines = ["SPEAKER_00:", "[2.7s] Okay.", "[4.6s] So", "[5.0s] hello.", "SPEAKER_01:",
    ...     "[8.1s] Hi.", "[9.0s] Glad to be here."]
    >>> _timed_segments(lines, [_stamp_prefix(c) for c in lines])
    True
    >>> named = ["[00:03] Ana Ruiz", "Hi.", "[00:05] Bo Lee", "Hello.", "[00:09] Ana Ruiz", "So."]
    >>> _timed_segments(named, [_stamp_prefix(c) for c in named])
    False
    """
    timed = [m is not None for m in prefixes]
    following = sum(1 for above, below in itertools.pairwise(timed) if above and below)
    heads = sum(
        1
        for at, line in enumerate(content[:-1])
        if not timed[at] and timed[at + 1] and len(line) <= 40 and line.rstrip("*_ ")[-1:] == ":"
    )
    return heads >= 2 and following >= 0.5 * sum(timed)


def _listed_stamps(content: list[str]) -> bool:
    """Whether a file's timed lines are a Markdown list's items, as a note-taker
    exports a call ("* 00:04 Ana Ruiz: …"): three such lines or more, a fifth of
    the lines, and no timed line without the marker.

    >>> _listed_stamps(["# Call", "* 00:01 Ana: Hi.", "* 00:04 Bo: Yes.", "* 00:09 Ana: Go."])
    True
    >>> mixed = ["* 00:01 Ana: Hi.", "* 00:04 Bo: Yes.", "00:09 Ana: Go.", "* 00:12 Bo: Ho."]
    >>> _listed_stamps(mixed)
    False
    """
    listed = 0
    for line in content:
        lead = _list_mark_end(line)
        if lead:
            listed += _stamp_prefix(line[lead:]) is not None
        elif line[:1].isdecimal() and _stamp_prefix(line) is not None:
            return False  # timed lines without the marker: the list is no export's
    return listed >= 3 and listed >= 0.2 * len(content)


def _name_mark(rest: str) -> re.Match[str] | None:
    """A symbol before a colon after a time where a name would be ("✅ : Yes."),
    as a note-taker marks a voice it could not name.

    >>> _name_mark("✅ : Yes.").group("name"), _name_mark("→ : see above"), _name_mark("Ana: Hi")
    ('✅', None, None)
    """
    mark = _NAME_MARK.match(rest)
    if mark is None or unicodedata.category(mark.group("name")[0]) != "So":
        return None  # an arrow or a sign of mathematics points, names no voice
    return mark


def _read_label_shape(para: RawParagraph, shape: Shape) -> None:
    """Timestamps before the label, call signs, "Q<tab>", a name and a time alone."""
    text = para.text
    first = text[:1]
    # (a site's member line has its links after a bar, or the photograph's text first)
    if shape.result_heads and text in shape.result_heads:
        para.style = RESULT_HEAD  # "Harbour Dues" over a result's date field
        return
    if shape.avatar_names and text in shape.avatar_names:
        # "Ana Dee" under her avatar's initials, over her words
        para.bare = (text, len(text))
        para.style = "name over site links"
        return
    if shape.dated_names and text in shape.dated_names:
        # "Ana Roe" under a search result's "Meeting date: …", over the contribution
        para.bare = (text, len(text))
        para.style = "name over site links"
        return
    if shape.site_members and text in shape.site_members:
        # "Ann Roe Portrait Ann Roe (Fife) (Lab)" over the site's links and the speech
        para.bare = (shape.site_members[text], len(text))
        para.style = "name over site links"
        return
    if (first == "P" and text[:9] == "Photo of ") or ("|" in text and len(text) <= 300):
        site = _site_name(text) if first.isupper() else None
        if site is not None:
            para.bare = (site, len(text))
            para.style = "name over site links"
            return
    if text[-1:] in "):" and len(text) <= 160 and "(" in text:
        _held_alone(para)
        if para.bare is not None:
            return
    head = ZOOM_FROM_HEAD.match(text) if "From " in text[:10] else None
    if head is not None and not _not_a_name(head.group("name")):
        # "From Ana Ruiz to Everyone: (11:02 AM)" over the message, or the message after it
        which = "t" if head.group("t") else "pt"
        sent_at = head.group(which)
        clock = clock_of(sent_at)
        elapsed = None if clock else seconds_of(sent_at)
        para.stamp = Stamp(sent_at, head.start(which), elapsed, clock)
        para.bare = (head.group("name").strip(), head.end())
        para.style = "chat post" if head.end() >= len(text.rstrip()) else "chat message"
        return
    if first in _BULLETS:
        bullet = _BULLETED.match(text)
        bulleted = colon_label(text[bullet.end() :]) if bullet is not None else None
        if bullet is not None and bulleted is not None and _bulleted_speech(bulleted):
            para.skip = bullet.end()  # "• The Minister for Ports (Jo Lee): We …": the label's
            return
    own = shape.profile.label.match(text) if shape.profile.label is not None else None
    if own is not None and own.group("name"):
        para.bare = (own.group("name").strip(), own.end())
        para.style = "profile label"
        return
    timed = NAME_COLON_TIME.match(text) if shape.colon_times and text[-1:].isdecimal() else None
    if timed is not None and _colon_time_label(timed.group("name"), shape.colon_times):
        _named_stamp(para, timed, 0)  # "Ana Ruiz: 00:03:20" over the words
        return
    if first == "S" and text[:8] == "SPEAKER:" and _speaker_block(para):
        return
    diarised = DIARISED_LABEL.match(text) if text[:1] in "[sS" else None
    if diarised is not None:
        para.bare = (diarised.group("name"), diarised.end())
        para.style = "diariser label"
        start = diarised.group("start")
        if start is not None:  # the segment's start, in seconds
            para.stamp = Stamp(start, diarised.start("start"), float(start))
        return
    if first == "[" and shape.cue_brackets and _cue_bracket(para, text, shape):
        return  # "[Martin] Outbreaks of …" where the text's lines open with the names
    role = BRACKETED_ROLE.match(text) if text[:1] == "[" else None
    if (
        role is not None
        and text[role.end() : role.end() + 1] != "["
        and not _remark_words(role.group("name"))
    ):
        # "[INTERVIEWER]" alone on its line or before the words, as some archives type
        para.bare = (role.group("name"), role.end())
        para.style = "bracketed label"
        return
    bracketed = BRACKETED_NAME_TIME.match(text) if text[:1] == "[" else None
    if bracketed is None and text[:2] in ("[S", "[s"):
        bracketed = DIARISED_NAME_TIME.match(text)  # "[SPEAKER_00 00:00:03] Hello"
    if bracketed is not None and bracketed.group("name").casefold() not in STAGE_WORDS:
        written = bracketed.group("t")
        para.stamp = Stamp(written, bracketed.start("t"), seconds_of(written))
        para.bare = (bracketed.group("name"), bracketed.end())
        para.style = "bracketed name and time"
        return
    alone = BOLD_ALONE.match(text) if shape.bold_alone and text[:1] in "*_" else None
    bare, at, written = _untimed(alone.group("name").strip()) if alone else ("", 0, "")
    if alone is not None and bare in shape.bold_alone and para.line not in shape.bold_listed:
        # "**Speaker 01**" over the points of the turn, as call notes set a recogniser's
        # labels: the name labels the words below; "**Tim Ode 59:32**" with its time
        para.bare = (bare, len(text))
        para.style = "emphasised label"
        if written:
            start = alone.start("name") + len(alone.group("name")) - len(written)
            para.stamp = Stamp(written, start, seconds_of(written))
        return
    dashed = BOLD_DASHED.match(text) if shape.bold_dashed and text[:1] in "*_" else None
    if dashed is not None and dashed.group("name").strip() in shape.bold_dashed:
        # "**Hudson** - All right, hello, everyone": the name in bold labels the words
        para.bare = (dashed.group("name").strip(), dashed.end())
        para.style = "emphasised label"
        return
    handle = HANDLE_LABEL.match(text) if shape.handles and first.islower() else None
    if handle is not None and handle["name"] in shape.handles:
        para.bare = (handle["name"], handle.end())  # "ana: shall we start", a chat's line
        para.style = HANDLE_STYLE
        return
    emphasised = EMPHASISED_LABEL.match(text) if text[:1] in "*_" else None
    if emphasised is None and shape.bold_handles and text[:1] in "*_":
        emphasised = BOLD_HANDLE.match(text)  # "**pari:** yeah" among "**Tim Ode:** …"
        if emphasised is not None and emphasised.group("name") not in shape.bold_handles:
            emphasised = None
    voiced = text[:2] == "<v" and para.line not in shape.fenced_lines  # (not an example's)
    if voiced and (voice := VTT_VOICE.match(text)) is not None:
        # "<v Ana Ruiz>Thanks", a WebVTT cue's voice in a text file: a label where it recurs
        para.bare = (voice.group("name").strip(), voice.end())
        para.style = "voice tag"
        return
    if text[:1] == "<" and emphasised is None:
        # "<p><b>MR. HALE</b>: May it please …</p>", a web page's paragraphs copied
        emphasised = HTML_BOLD_LABEL.match(text)
        plain = HTML_PARAGRAPH_LABEL.match(text) if emphasised is None else None
        if plain is not None and not _not_a_name(plain.group("name")):
            # "<p>AS: Welcome to …</p>", a site's HTML kept in its Markdown source:
            # a label where it recurs, as any bare label
            para.bare = (plain.group("name"), plain.end())
            para.style = HTML_PARAGRAPH_STYLE
            return
    stopped = (
        EMPHASISED_STOP_LABEL.match(text)
        if emphasised is None and text[:2] in ("**", "__")
        else None
    )
    if stopped is not None and not _not_a_name(stopped.group("name")):
        para.bare = (stopped.group("name"), stopped.end())  # "**NURSE DALE.** Bed four …"
        para.style = BOLD_STOP_STYLE
        return
    if emphasised is not None and _numbered_mark(emphasised.group("name")):
        named = colon_label(text[emphasised.end() :])
        if named is not None and not _not_a_name(named.group("name")):
            # "**Slide 15:** Dan: Thanks so much …": the slide shown, then the speaker's
            # label; the mark goes with the label, as a time before it does
            para.skip = emphasised.end()
            return
    if emphasised is not None and not _not_a_name(emphasised.group("name")):
        # "**Jane Doe:** Hello", as Markdown copies write it ("**Break:**" is no one)
        para.bare = (emphasised.group("name"), emphasised.end())
        para.style = "emphasised label"
        # (HTML_BOLD_LABEL has no time)
        group = next((g for g in ("pt", "bt") if emphasised.groupdict().get(g)), None)
        if group is not None:  # "**Jane Doe (05:51):**", "**[02:14] Jane Doe:**": the turn's time
            written = emphasised.group(group)
            para.stamp = Stamp(written, emphasised.start(group), seconds_of(written))
        return
    # (a first figure, or "T" and a figure: a topical question's "T2."; "Q" and a
    # figure: a committee's "Q12")
    numbered = text[:1].isdecimal() or (text[:1] in "TQ" and text[1:2].isdecimal())
    number = PARA_NUMBER.match(text) if numbered else None
    asked = ASKED_MINISTER.match(text) if number is not None and " to the " in text else None
    if asked is not None:
        # "2. ANA ROE (Green—Wellington) to the Minister of Housing: Will she …?"
        para.bare = (asked.group("name"), asked.start("rest"))
        para.style = "question to a minister"
        return
    if number is not None and text[:1] == "Q" and _figures_after_colon(text):
        number = None  # "Q1 Revenue: 4.2 million": a quarter's figures, no question
    if number is not None:
        rest = text[number.end() :]
        # ("1. Q. Who made it?": a catechism numbers its questions)
        if UPPER_LABEL.match(rest) or colon_label(rest) or QA_LABEL.match(rest):
            para.number = number.group("n")
            para.skip = number.end()
            return
    headed = _HEADED_STAMP.match(text) if text[:1] == "#" and shape.headed_names else None
    if headed is not None and text[headed.end() :] in shape.headed_names:
        written = headed.group("t")  # "### [00:00:12] Ana Ruiz" over the words
        para.stamp = Stamp(written, headed.start("t"), seconds_of(written))
        para.skip = headed.end()
        para.bare = (text[headed.end() :], len(text))
        para.style = "time and name"
        return
    named = _HEADING_NAME.match(text) if first == "#" and shape.heading_names else None
    if named is not None and named.group("name") in shape.heading_names:
        para.bare = (named.group("name"), len(text))  # "### Ana Ruiz" over the words
        para.style = NAME_HEADING
        return
    dated = _HEADED_INSTANT.match(text) if headed is None and shape.headed_names else None
    if dated is not None and dated.group("name") in shape.headed_names:
        # "### Guest (2031-06-03T09:01:58.099Z)" over the words: the time of day
        written = dated.group("t")
        para.stamp = Stamp(written, dated.start("t"), None, written[11:19])
        para.bare = (dated.group("name"), len(text))
        para.style = "name and time"
        return
    # (a list's marker before the time, "* 00:04 Ana Ruiz: …", where the file's timed
    # lines are a list's items: the stamp and the label after it)
    lead = _list_mark_end(text) if shape.listed_stamps and first in "*-" else 0
    stamp = _stamp_prefix(text[lead:] if lead else text) if not shape.programme else None
    if stamp is not None:
        end = lead + stamp.end()
        rest = text[end:]
        sign = CALL_SIGN.match(rest) if shape.call_signs else None
        prefixed = PREFIXED_LABEL.match(rest) if rest[:1].islower() else None
        if prefixed is not None and prefixed.group("name") not in shape.prefixed:
            prefixed = None
        labelled = bool(UPPER_LABEL.match(rest) or colon_label(rest) or prefixed)
        bold = EMPHASISED_LABEL.match(rest) if rest[:1] in "*_" else None
        if bold is not None and _not_a_name(bold.group("name")):
            bold = None
        voice = VTT_VOICE.match(rest) if rest[:2] == "<v" else None
        diarised = DIARISED_LABEL.match(rest) if rest[:1] == "[" else None
        labelled = labelled or bold is not None or voice is not None or diarised is not None
        # (a voice transcript's codes found without times, "CC Hello there.", make a
        # time before one of them its transmission's, however few the times are: a
        # typescript prints a time only when it changes, "357 01 25 13 CC Go ahead.")
        coded = sign is not None and sign.group("name") in shape.signs
        if shape.stamps or labelled or coded:
            written = stamp.group("stamp")
            if written[0] in "[(<":
                written = written[1:-1]
            value = _stamp_time(stamp) or ""
            clock = clock_of(value)  # "[10:02 AM]": a time of day
            if clock is None and stamp.re in CHAT_EXPORT_STAMPS:
                clock = _day_clock(value)  # "[12/03/2024, 10:15:22]": a chat's, of day too
            para.stamp = Stamp(
                written,
                lead + stamp.start("stamp") + (stamp.group("stamp") != written),
                None if clock else seconds_of(value),
                clock,
            )
            para.skip = end
            sent = CHAT_FROM.match(rest) if rest[:5] == "From " else None
            if sent is not None:  # "From Ana Ruiz : …": Ana Ruiz's message
                para.bare = (sent.group("name"), end + sent.end())
                para.style = "chat message"
                return
            head = CHAT_FROM_ALONE.match(rest) if rest[:5] == "From " else None
            if head is not None and not _not_a_name(head.group("name")):
                # "15:03:05 From Ana Ruiz to Everyone:" alone over the message
                para.bare = (head.group("name").strip(), len(text))
                para.style = "chat post"
                return
            if bold is not None:  # "[00:00:09] **Ivan:** Thanks", as podcast sites export
                para.bare = (bold.group("name"), end + bold.end())
                para.style = "emphasised label"
                return
            plain = STAMPED_BOLD_NAME.match(rest) if shape.stamped_bold else None
            if plain is not None and plain.group("name").strip() in shape.stamped_bold:
                # "0:00:12.9 **Ana Ruiz** Hello": the name in bold, no colon
                para.bare = (plain.group("name").strip(), end + plain.end())
                para.style = "emphasised label"
                return
            if voice is not None:  # "00:13:16 <v Ana Ruiz>Thanks", WebVTT's voice in a text
                para.bare = (voice.group("name").strip(), end + voice.end())
                para.style = "voice tag"
                return
            mark = _name_mark(rest) if shape.name_marks and not rest[:1].isascii() else None
            if mark is not None and mark.group("name") in shape.name_marks:
                para.bare = (mark.group("name"), end + mark.end())  # "00:04 ✅ : Yes."
                para.style = "mark for a name"
                return
            if diarised is not None:  # "[00:15] [SPEAKER_01] Welcome back."
                para.bare = (diarised.group("name"), end + diarised.end())
                para.style = "diariser label"
                return
            if sign is not None:
                para.bare = (sign.group("name"), end + sign.end())
                para.style = "call sign after a time"
            if prefixed is not None:  # "[11:05:14] xCC: Copy."
                para.bare = (prefixed.group("name"), end + prefixed.end())
                para.style = "prefixed label after a time"
            alone = CALL_SIGN_ALONE.match(rest)
            if alone is not None and alone.group("name") not in NOT_LABELS:
                para.bare = (alone.group("name"), len(text))
                para.style = "call sign after a time"
            elif sign is None and not labelled and "\t" in rest and SEPARATED_LABEL.match(rest):
                # "00:00:01<TAB>Ana Ruiz<TAB>Good morning.", a table's rows copied
                tabbed = SEPARATED_LABEL.match(rest)
                assert tabbed is not None
                para.bare = (tabbed.group("name"), end + tabbed.start("rest"))
                para.style = "time, name and tab"
            elif sign is None and not labelled and (named := _name_and_time(rest)):
                # "0:00 Ana Ruiz  00:12": an export that puts one time before every
                # line, a name and its own time over the words
                _named_stamp(para, named, end)
            elif (
                sign is None and not labelled and not shape.timed_segments and _time_and_name(rest)
            ):
                para.bare = (rest, len(text))  # "[00:00:03] Jane Doe", the text below
                para.style = "time and name"
            elif (
                shape.stamped_names
                and rest.rstrip()[-1:] == ":"
                and rest.rstrip()[:-1].strip() in shape.stamped_names
            ):
                # "[7:35:45 PM] Tomasz:", no words heard, among his timed words
                para.bare = (rest.rstrip()[:-1].strip(), len(text))
                para.style = "time and name"
            elif (
                sign is None
                and not labelled
                and rest[:2] in _DASHES
                and NAME_ONLY.match(rest[2:])
                and _no_sentence(rest)
            ):
                para.bare = (rest[2:], len(text))  # Fathom's "0:09 - Jane Doe", the text below
                para.style = "time and name"
            elif para.bare is None and not labelled and stamp.re in CHAT_EXPORT_STAMPS:
                para.style = CHAT_EVENT
            return
    cue = SCRIPT_CUE.match(text) if shape.screenplay and len(text) <= 60 else None
    if cue is not None and not screenplay_slug(text) and cue.group("name") not in NOT_LABELS:
        para.bare = (cue.group("name"), len(text))  # "OLD TOM" over the dialogue
        para.style = "screenplay cue"
        return
    alone = CALL_SIGN_ALONE.match(text) if len(text) <= 10 else None
    # (where the log's transmissions each give a time and a call sign, a code alone
    # that never speaks after a time is the typescript's, a station's under the page
    # head, "CNV-1", no speaker's)
    if alone is not None and shape.timed_signs and alone.group("name") not in shape.signs:
        alone = None
    if alone is not None and alone.group("name") in _NOT_CODES | _HEADING_RUN_ON:
        alone = None  # "AND" alone between a title's lines in capitals, no code
    if alone is not None and alone.group("name") not in NOT_LABELS:
        para.bare = (alone.group("name"), len(text))
        para.style = "call sign"
        return
    directed = CALL_SIGN_DIRECTED.match(text) if text[-1:] in ")]" and len(text) <= 80 else None
    # (a voice log's own sign before a sound, "C (Laughter)", is that sign's turn)
    if directed is not None and directed.group("name") not in NOT_LABELS | shape.signs:
        para.bare = (directed.group("name"), directed.end("name"))
        para.style = "call sign and direction"
        return
    sign = _untimed_sign(text, shape)
    if sign is not None:  # "CC Roger, 17." under "00 00 03 02 CDR Okay …": the same second
        para.bare = (sign.group("name"), sign.end())
        para.style = "call sign without a time"
        return
    spaced = Q_SPACED.match(text) if text[:1] in "QA" else None
    if spaced is None and text[:1] == "A" and shape.bare_answers:
        spaced = BARE_ANSWER.match(text)  # "A Yes." after "Q Was it you?"
    if spaced is not None:
        para.bare = (spaced.groupdict().get("name") or spaced.group("a"), spaced.end())
        para.style = "Q or A and spaces"
        return
    dated = _dated_post(text) if shape.dated_posts and _post_end(text) else None
    if dated is not None:
        # "Ana Ruiz (Jul 31, 2024, 10:05 AM)" over the message: a chat post pasted in notes
        at = dated.start("d")
        written = text[at : dated.end("t")]
        # a dated post's time is one of day, on either clock ("10:05 AM", "15:02")
        clock = clock_of(dated.group("t")) or _day_clock(dated.group("t"))
        para.stamp = Stamp(written, at, None, clock)
        para.bare = (dated.group("name").strip(), len(text))
        para.style = "chat post"
        return
    post = CHAT_POST_HEAD.match(text) if text[:1] == "[" else None
    if post is not None and not _not_a_name(post.group("name")):
        # "[Tuesday 10:02 AM] Ana Ruiz" over a message posted in a meeting's chat
        # the day with the time, all the brackets hold ("Thursday 9:24 AM")
        para.stamp = Stamp(text[1 : post.end("t")], 1, None, clock_of(post.group("t")))
        para.bare = (_device_free(post.group("name")), len(text))
        para.style = "chat post"
        return
    named = (
        None
        if shape.times_run_back
        else _name_and_time(text, shape.bold_sections, shape.lower_name_times)
    )
    if named is not None:
        # "Jane Doe (00:00:03)" as Descript writes, "Jane Doe [00:00:03]"
        _named_stamp(para, named, 0)
        return
    last = text[text.rfind(" ") + 1 :] if text[-1:] in "sdne" else ""
    spelled = NAME_AND_SPELLED_TIME.match(text) if last in _SECOND_WORDS else None
    if spelled is not None and not _not_a_name(spelled.group("name")):
        # "Ana Ruiz 0 minutes 3 seconds" over a segment's words (Teams on the web)
        hours, minutes, seconds = (int(spelled.group(g) or 0) for g in ("h", "m", "s"))
        at = (
            spelled.end("name")
            + len(text[spelled.end("name") :])
            - len(text[spelled.end("name") :].lstrip())
        )
        para.stamp = Stamp(text[at:], at, float(hours * 3600 + minutes * 60 + seconds))
        para.bare = (spelled.group("name"), len(text))
        para.style = "name and time"
        return
    stamped = _name_stamp_text(text, shape.bold_sections) if shape.name_stamps else None
    if stamped is not None:
        # "Ana Ruiz [00:00:05] Welcome", "**Ana Ruiz** [0:05] Welcome", "Ana Ruiz (0:05) - Hi"
        group = "t" if stamped.group("t") else "pt"
        written = stamped.group(group)
        para.stamp = Stamp(written, stamped.start(group), seconds_of(written))
        para.bare = (stamped.group("name"), stamped.end())
        para.style = "name and bracketed time"
        return
    inline = NAME_TIME_TEXT.match(text) if shape.name_times else None
    if inline is not None and not _not_a_name(inline.group("name")):
        # "Ana Ruiz 5:30 That's great." among "Ana Ruiz   5:43" over the words
        written = inline.group("t")
        para.stamp = Stamp(written, inline.start("t"), seconds_of(written))
        para.bare = (inline.group("name"), inline.end())
        para.style = "name and time before the words"


# A speaker's name and colon opening a line ("Ana Ruiz: …", "Harrison_Tang: …").
_COLON_NAME: Final = recache.compile(r"^(?P<name>[^\s:<>\[\]][^:<>\[\]\n]{0,40}?):[ \t]")


def _chat_nicks(content: list[str]) -> frozenset[str]:
    """The nicks of IRC lines (``<ana_ruiz> text``, no stamp) in a text whose
    turns open with names and colons, where the nick is one of those names
    written as nicks are (small letters, ``_`` for a space): the chat a
    scribe tool keeps in its minutes. A tag in angle brackets that names no
    speaker ("<p>", "<crosstalk>") is none.

    >>> sorted(_chat_nicks(["Ana Ruiz: Hi.", "<ana_ruiz> the link", "<p> Hi.</p>"]))
    ['ana_ruiz']
    """
    names = set()
    for line in content:
        colon = _COLON_NAME.match(line) if ":" in line[:42] else None
        if colon is not None:
            names.add(colon.group("name").replace("_", " ").casefold())
    nicks = set()
    for line in content:
        logged = IRC_LINE.match(line) if line[:1] == "<" else None
        if logged is None or logged.group("stamp"):
            continue
        nick = logged.group("nick").lstrip("@+%~&")
        if nick.replace("_", " ").casefold() in names and f"</{nick}>" not in line:
            nicks.add(nick)
    return frozenset(nicks)


def _irc_line(
    para: RawParagraph, logged: re.Match[str], shape: Shape, relayed: dict[str, str]
) -> None:
    """A line of an IRC log: the nick's turn at the stamp's time of day; where
    the nick relays others' speech, the turn of the speaker it names ("...:"
    for the last one named going on)."""
    stamp = stamp_of(logged)
    if stamp is not None:
        para.stamp = Stamp(stamp[0], stamp[1], None, clock(logged))
    nick = logged.group("nick")
    # ("<>": a voice the meeting program could not name, keyed as the brackets stand,
    # an unnamed speaker as captions' bare ">>" is)
    para.bare = (nick.lstrip("@+%~&") or "<>", logged.end())
    para.style = "IRC message"
    if not is_message(logged):
        para.style = "IRC action"  # "* bo waves": what the nick did, typed by the nick
        return
    if nick not in shape.relays:
        return
    message = para.text[logged.end() :]
    name = relayed_name(message)
    if name == "...":
        name = relayed.get(nick)
    found = RELAYED.match(message)
    if name is None or found is None:
        return
    relayed[nick] = name
    para.bare = (name, logged.end() + found.end())
    para.style = "relayed speech"


def _named_stamp(para: RawParagraph, named: re.Match[str], at: int) -> None:
    """A name and its time alone on a line (:func:`_name_and_time`), ``at``
    characters into the paragraph: the name labels the words below, at its time."""
    group = next(g for g in ("t", "pt", "bt") if named.groupdict().get(g))
    written = named.group(group)
    clock = clock_of(written)
    para.stamp = Stamp(
        written, at + named.start(group), None if clock else seconds_of(written), clock
    )
    para.bare = (named.group("name"), len(para.text))
    para.style = "name and time"


def _time_and_name(rest: str) -> bool:
    """Whether what follows a time alone on its line is a name over the words:
    "Jane Doe", or a recogniser's "Speaker 1" (Word's transcripts set "00:00:03
    Speaker 1" so).

    >>> [_time_and_name(t) for t in ("Jane Doe", "Speaker 2", "Chapter 2", "Who is it?")]
    [True, True, False, False]
    """
    if NAME_ONLY.match(rest):
        return _no_sentence(rest)
    return rest[-1:].isdecimal() and is_diariser_label(rest)


# A Markdown heading holding a time in brackets and what follows it: "### [00:00:12] Ana Ruiz";
# or the span of the turn, as Fathom merges a speaker's lines: "### [00:00:10 - 00:00:59] Ana Ruiz"
# (the start is the turn's time).
_HEADED_STAMP: Final = recache.compile(
    rf"#{{1,6}}[ \t]+\[(?P<t>{_CLOCK})(?:[ \t]*[-–][ \t]*{_CLOCK})?\][ \t]+(?=\S)"
)


# A Markdown heading holding a name and the instant it began to speak, as Granola's notes
# write the transcript: "### Guest (2031-06-03T09:01:58.099Z)", "### You (…)".
_HEADED_INSTANT: Final = recache.compile(
    r"#{1,6}[ \t]+(?P<name>[^\s()#][^()\n]{0,59}?)[ \t]+"
    r"\((?P<t>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:Z|[+-]\d{2}:?\d{2})?)\)[ \t]*$"
)


def _headed_names(content: list[str]) -> frozenset[str]:
    """The names a podcast's cleaned transcript sets in Markdown headings after a
    time, each heading over the words said ("### [00:00:12] Ana Ruiz"): where two
    names recur so, every name so set is a label. A video's chapters set in
    headings the same way ("## [00:00:00] Introduction") name no one twice.

    >>> sorted(_headed_names(["### [00:01] Ana Roe", "Hi.", "### [00:05] Bo Lee", "So.",
    ...     "### [00:09] Ana Roe", "Go.", "### [00:12] Bo Lee", "Ok.", "### [00:20] Cy Dunn"]))
    ['Ana Roe', 'Bo Lee', 'Cy Dunn']
    >>> _headed_names(["## [00:00:00] Introduction", "## [00:04:10] Getting Started"])
    frozenset()
    """
    names: Counter[str] = Counter()
    for line in content:
        headed = _HEADED_STAMP.match(line) if line[:1] == "#" else None
        rest = line[headed.end() :] if headed is not None else ""
        if not rest and line[:1] == "#" and line.rstrip()[-1:] == ")":
            dated = _HEADED_INSTANT.match(line)  # "### Guest (2031-06-03T09:01:58Z)"
            rest = dated.group("name") if dated is not None else ""
        if rest and _time_and_name(rest):
            names[rest] += 1
    if sum(1 for count in names.values() if count >= 2) < 2:
        return frozenset()
    return frozenset(names)


# A Markdown heading holding a name alone, over the words a podcast's page gives that
# speaker: "### Ana Ruiz"; and the style of the label it makes.
_HEADING_NAME: Final = recache.compile(r"#{2,6}[ \t]+(?P<name>[^#\s][^#\n]{0,59}?)[ \t]*#*$")
NAME_HEADING: Final = "name heading"


def _heading_names(content: list[str]) -> frozenset[str]:
    """The names a podcast's page sets alone in Markdown headings, each heading
    over that speaker's words ("### Mara", then "### Dev"): where two names
    recur so, four headings or more, and such names hold nearly every heading
    below the title, every name so set is a label. A manual's headings that
    recur ("### Parameters", "### Returns") stand among headings that name no one
    ("## encode_text"), and words a heading uses ("Summary") are no name.

    >>> sorted(_heading_names(["# Ep 4", "### Ana", "Hi.", "### Bo Lee", "So.", "### Ana",
    ...     "Go.", "### Bo Lee", "Ok.", "### Cy", "Yes."]))
    ['Ana', 'Bo Lee', 'Cy']
    >>> _heading_names(["## encode", "### Parameters", "### Returns", "## decode",
    ...     "### Parameters", "### Returns"])
    frozenset()
    """
    names: Counter[str] = Counter()
    headings = 0
    for line in content:
        named = _HEADING_NAME.match(line) if line[:2] == "##" else None
        if named is None:
            continue
        headings += 1
        name = named.group("name")
        words = {w.casefold() for w in name.split()}
        if _time_and_name(name) and not words & HEADING_WORDS and name.upper() not in NOT_LABELS:
            names[name] += 1
    recurring = sum(1 for count in names.values() if count >= 2)
    if recurring < 2 or names.total() < 4 or names.total() < 0.8 * headings:
        return frozenset()
    return frozenset(names)


def _no_sentence(text: str) -> bool:
    """Whether a line of capitalised words is no sentence: it does not end as one
    ("And I'm Ana Ruiz.", "Who is it?"), unless with an initial ("Ana B.").

    >>> [_no_sentence(t) for t in ("Ana Ruiz", "And I'm Ana Ruiz.", "Ana B.", "Why Not?")]
    [True, False, True, False]
    """
    last = text.split()[-1] if text.split() else ""
    return last[-1:] not in ".?!" or (len(last) == 2 and last[0].isupper())


# A line of a key to the call signs: the sign, two spaces or more, what it stands
# for ("CDR                Commander", "P-l, P-2, etc.            Photographic helicopters")
_KEY_ENTRY: Final = recache.compile(r"^[A-Z][\w-]{0,5}(?:,[ ][\w.-]{1,6}){0,3}[ \t]{2,}\S")


def _key_heads(head: list[str]) -> frozenset[str]:
    """The names of a key's group lines in the lines before a timestamped record's
    first time: a short line ending in a colon over a line of the key
    (:data:`_KEY_ENTRY`).

    >>> sorted(_key_heads(["Spacecraft:", "CDR     Commander", "Remote sites:", "AB   Airboss"]))
    ['Remote sites', 'Spacecraft']
    >>> _key_heads(["Note:", "The tapes were copied in 1970."])
    frozenset()
    """
    return frozenset(
        line[:-1].strip()
        for line, below in itertools.pairwise(head)
        if line[-1:] == ":" and len(line) <= 40 and _KEY_ENTRY.match(below)
    )


def _untimed_sign(text: str, shape: Shape) -> re.Match[str] | None:
    """A call sign opening a line without a time, where mission times with call
    signs are the shape: a new transmission in the same second, as a NASA
    typescript prints the time only when it changes. The sign is one the times
    establish, or one in capitals seen nowhere else in the text (an OCR's "LNP",
    a sign that never has a time of its own) before a word with a capital.

    >>> shape = Shape(call_signs=True, signs=frozenset({"CC", "CDR"}))
    >>> [bool(_untimed_sign(t, shape)) for t in ("CC Roger.", "CDR 17, go", "GO here.")]
    [True, True, False]
    """
    if not shape.call_signs or not text[:1].isupper():
        return None
    if "\t" in text and text.isupper() and not any(c.isdigit() for c in text):
        return None  # a table's header row, "TIME<TAB>SIGN<TAB>TEXT"
    sign = CALL_SIGN.match(text)
    if sign is None or " " in sign.group("name"):
        return None
    if text in shape.untimed_head:
        # a line of the legend over the tape's first time, its code a sign that speaks
        # later too: a safety board's "CAM Cockpit area microphone voice or sound source"
        return None
    name = sign.group("name")
    if name in shape.signs:
        return sign
    after = text[sign.end() : sign.end() + 1]
    unknown = name.isalpha() and 2 <= len(name) <= 4 and name not in NOT_LABELS
    return sign if unknown and after.isupper() and name not in shape.words else None


# A name in Markdown bold alone on its line (a line break's two spaces after it):
# "**Speaker 01**", "**Ana Ruiz**  ".
BOLD_ALONE: Final = recache.compile(r"^(?P<bm>\*\*|__)(?P<name>[^*_\n]{1,60}?)(?P=bm)[ \t]*$")
# The elapsed time after the name inside the bold, as call notes set a recording's
# labels alone over the words: "**Tim Ode 59:32**", "**Ana Ruiz 1:02:09**".
_BOLD_TIME: Final = recache.compile(r"\d{1,2}:\d{2}(?::\d{2})?")


def _untimed(name: str) -> tuple[str, int, str]:
    """The name in bold without the time after it, where that time starts in it,
    and the time ("" for none).

    >>> _untimed("Tim Ode 59:32"), _untimed("Speaker 01")
    (('Tim Ode', 8, '59:32'), ('Speaker 01', 0, ''))
    """
    if not name[-1:].isdigit() or " " not in name:
        return name, 0, ""
    bare, _, last = name.rpartition(" ")
    if _BOLD_TIME.fullmatch(last) is None or not bare.strip():
        return name, 0, ""
    return bare.rstrip(), len(name) - len(last), last


# A name in Markdown bold, a dash between spaces, the words: "**Hudson** - All right".
BOLD_DASHED: Final = recache.compile(
    r"^(?P<bm>\*\*|__)(?P<name>[^*_\s][^*_\n]{0,58}?)(?P=bm)[ \t]{1,3}[-–—][ \t]{1,3}(?=\S)"
)


def _bold_dashed_names(content: list[str]) -> frozenset[str]:
    """The names in bold before a dash and the words that label turns: four such
    lines at least, two names recurring (call notes that set every speaker so);
    then a name set so once among them counts too. A heading word in bold
    before a dash ("**Note** - …") is none, nor are a list's bold terms each
    defined once ("**Alpha** - the first release").

    >>> sorted(_bold_dashed_names(["**Ana** - Hi.", "**Ben** - So.", "**Ana** - Go.",
    ...     "**Ben** - Ok.", "**Cy** - Yes."]))
    ['Ana', 'Ben', 'Cy']
    >>> _bold_dashed_names(["**Alpha** - first", "**Beta** - second", "**Note** - x"] * 1)
    frozenset()
    """
    return _recurring_bold_names(content, BOLD_DASHED, 4, ".:?!,;")


def _recurring_bold_names(
    texts: Iterable[str], pattern: re.Pattern[str], most_words: int, not_last: str
) -> frozenset[str]:
    """The names in bold that ``pattern`` finds opening ``texts``, where they
    label turns: four such lines at least, two names recurring; then each name
    set so counts, once or more. A name of more than ``most_words`` words, one
    ending in a character of ``not_last`` (a sentence's or a field's end), or a
    heading word is none."""
    names: Counter[str] = Counter()
    for text in texts:
        found = pattern.match(text) if text[:2] in ("**", "__") else None
        if found is None:
            continue
        name = found.group("name").strip()
        short = len(name.split()) <= most_words
        if short and name[-1:] not in not_last and not _not_a_name(name):
            names[name] += 1
    if names.total() < 4 or sum(1 for c in names.values() if c >= 2) < 2:
        return frozenset()
    return frozenset(names)


# A name in Markdown bold right after a time, no colon, the words on the same line:
# "0:00:12.9 **Ana Ruiz** Hello", "0:04:23.1 **Ana Ruiz & Bo Lee** Yes!" (a podcast
# site's transcript format; the stamp is matched first, this reads what follows it).
STAMPED_BOLD_NAME: Final = recache.compile(
    rf"^(?P<bm>\*\*|__)(?P<name>{UP}[^*_:\n]{{0,58}}?)(?P=bm)[ \t]+(?=\S)"
)


def _stamped_colon_names(stamped: list[re.Match[str]]) -> frozenset[str]:
    """Where a timed line holds a name and its colon only, the names that label
    timed lines with their words: a recogniser that heard a speaker and wrote no
    words leaves "<7:35:45 PM> Tomasz: " (Jitsi), a turn of that speaker's.

    >>> lines = ["[0:01] Ana Roe: Hi.", "[0:02] Bo Lee: So.", "[0:03] Bo Lee:", "[0:04] Notes:"]
    >>> sorted(_stamped_colon_names([m for x in lines if (m := _stamp_prefix(x))]))
    ['Ana Roe', 'Bo Lee']
    >>> _stamped_colon_names([m for x in lines[:2] if (m := _stamp_prefix(x))])
    frozenset()
    """
    rests = [match.string[match.end() :].rstrip() for match in stamped]
    if not any(rest[-1:] == ":" for rest in rests):
        return frozenset()  # most timed records: every label has its words
    names = set()
    for rest in rests:
        label = colon_label(rest) if ":" in rest[:60] else None
        if label is not None and label.group("rest"):
            names.add(label.group("name").strip())
    return frozenset(names)


def _stamped_bold_names(stamped: list[re.Match[str]]) -> frozenset[str]:
    """The names in bold without a colon that open the words after a time, where
    four lines so at least, two names recurring, label the turns; then a name set so
    once counts too. A heading word in bold ("**Note**") is none, nor a phrase
    ending as a sentence does.

    >>> lines = ["0:01.2 **Ana Roe** Hi.", "0:02.0 **Bo Lee** So.", "0:03.5 **Ana Roe** Go.",
    ...     "0:04.1 **Bo Lee** Ok.", "0:05.0 **Cy Dunn** Yes.", "0:06.0 **Note** x"]
    >>> sorted(_stamped_bold_names([m for x in lines if (m := _stamp_prefix(x))]))
    ['Ana Roe', 'Bo Lee', 'Cy Dunn']
    >>> _stamped_bold_names([m for x in lines[:3] if (m := _stamp_prefix(x))])
    frozenset()
    """
    rests = (match.string[match.end() :] for match in stamped)
    return _recurring_bold_names(rests, STAMPED_BOLD_NAME, 7, ".?!,;")


# A handle in small letters and its colon opening a chat's line: "ana: shall we start",
# "bo_2: yes" (the words after it on the same line).
HANDLE_LABEL: Final = recache.compile(r"(?P<name>[a-z][a-z0-9_.\-]{1,30}):[ \t\xa0]+(?=\S)")
HANDLE_STYLE: Final = "handle and colon"
# words in small letters that open a line with a colon in notes, logs and front
# matter, never a handle
_NOT_HANDLES: Final = frozenset(
    "note notes re cc bcc fyi tip tips warning warnings error errors info debug edit update "
    "ps nb eg ie example step source see todo done title date author tags description name "
    "url link type status id version summary answer question http https mailto".split()
)


def _plain_handles(content: list[str], lines: tuple[str, ...] = ()) -> frozenset[str]:
    """The handles in small letters that label a chat's lines with a colon: four
    such lines at least, two handles recurring, and half the document's lines or
    more opening so; none elsewhere (a note's "tip: …" or a log's "error: …" is no
    one, nor is a handle said in a few lines of prose). Where blank lines set the
    handles' lines apart (``lines``, the document's), a word said once before a
    colon on a line that opens no block is an item of the speech above ("first:
    The cache is stale." under "bob: Two things."), no handle.

    >>> sorted(_plain_handles(["ana: hi", "bo: so", "ana: go", "bo: ok", "cy: yes"]))
    ['ana', 'bo', 'cy']
    >>> _plain_handles(["tip: a", "tip: b", "note: c", "note: d"])
    frozenset()
    >>> _plain_handles(["ana: hi", "bo: so", "ana: go", "bo: ok", *["Prose."] * 5])
    frozenset()
    >>> raw = ("ana: hi", "", "bo: two things", "first: a", "", "ana: go", "", "bo: ok")
    >>> sorted(_plain_handles([x for x in raw if x], raw))
    ['ana', 'bo']
    """
    handles: Counter[str] = Counter()
    for line in content:
        found = HANDLE_LABEL.match(line) if line[:1].islower() else None
        if found is not None and found["name"] not in _NOT_HANDLES:
            handles[found["name"]] += 1
    total = handles.total()
    if total < 4 or total * 2 < len(content) or sum(1 for c in handles.values() if c >= 2) < 2:
        return frozenset()
    opening: Counter[str] = Counter()  # the lines of each handle that open a block
    for at, raw in enumerate(lines):
        found = HANDLE_LABEL.match(raw.strip()) if at == 0 or not lines[at - 1].strip() else None
        if found is not None:
            opening[found["name"]] += 1
    if opening.total() * 2 >= total:  # blank lines set the turns apart
        return frozenset(h for h, n in handles.items() if n >= 2 or opening[h])
    return frozenset(handles)


# A handle in small letters in bold with its colon, as call notes set a participant
# known by a nickname: "**pari:** yeah", "__lightclient__: ok".
BOLD_HANDLE: Final = recache.compile(
    r"^(?P<mark>\*\*|__)(?P<name>[a-z][a-z0-9_.\-]{1,30})(?::(?P=mark)|(?P=mark):)[ \t]*"
)


def _bold_handles(content: list[str]) -> frozenset[str]:
    """The handles in small letters labelled in bold with a colon, in a document
    whose turns three labels with a capital (names) or more open the same way
    ("**Tim Ode:** …", "**pari:** …"), more of them than of the handles; none
    elsewhere: a how-to's "**tip:**" among prose is no one, nor a heading word
    ("**note:**") or an abbreviation ("**e.g.:**").

    >>> sorted(_bold_handles(["**Ana Ruiz:** Hi.", "**pari:** yo", "**Ben Ode:** So.",
    ...     "**pari:** ok", "**Ana Ruiz:** Go."]))
    ['pari']
    >>> _bold_handles(["**tip:** a", "**tip:** b", "**Note:** c"])
    frozenset()
    """
    named = 0
    handles: Counter[str] = Counter()
    for line in content:
        if line[:2] not in ("**", "__"):
            continue
        handle = BOLD_HANDLE.match(line)
        if handle is not None:
            if "." not in handle.group("name") and not _not_a_name(handle.group("name")):
                handles[handle.group("name")] += 1
            continue
        bold = EMPHASISED_LABEL.match(line)
        named += bold is not None and not _not_a_name(bold.group("name"))
    if named < 3 or handles.total() > named:
        return frozenset()
    return frozenset(handles)


def _bold_alone_names(content: list[str]) -> frozenset[str]:
    """The names in bold alone on a line that label the turns below them. A
    recogniser's labels cleaned into Markdown ("**Speaker 01**" over "* …" points),
    twice at least: those and the names set so among them ("**Micah**"). Else the
    names of people set so over words that are no list ("**Danny**" over his words,
    as call notes and Otter transcripts copied to a site set them): four such lines
    at least, two names recurring. A heading in bold over points ("**Next Steps**")
    is none; nor are bold headings repeated in the same order in each part of a
    document, each part under its own Markdown heading ("## Ferry app" /
    "**Getting Started**" / "**Known Issues**", "## Pier app" / …), where people
    take turns in no fixed order, or alternate without a heading between.

    >>> sorted(_bold_alone_names(["**Speaker 01**", "* Hi.", "**Micah**", "* Yes.",
    ...     "**Speaker 2**", "## Attendees", "**Ana Ruiz**", "**Micah**"]))
    ['Micah', 'Speaker 01', 'Speaker 2']
    >>> sorted(_bold_alone_names(["**Ana**", "Hi.", "**Ben Ode**", "Yo.", "**Ana**",
    ...     "So.", "**Ben Ode**", "Ok."]))
    ['Ana', 'Ben Ode']
    >>> _bold_alone_names(["**Next Steps**", "- a", "**Open Items**", "- b"] * 2)
    frozenset()
    >>> _bold_alone_names(["## A", "**Setup**", "Do x.", "**Usage**", "Run y."] * 2)
    frozenset()
    """
    names: Counter[str] = Counter()
    over_prose: list[tuple[int, str]] = []  # over words that are no list's points
    for index, line in enumerate(content):
        bold = BOLD_ALONE.match(line) if line[:2] in ("**", "__") else None
        if bold is None:
            continue
        name = _untimed(bold.group("name").strip())[0]
        words = name.split(" (")[0].split()  # (an affiliation after it: "Marius (Geth)")
        if (
            not words
            or len(words) > 4
            or name[-1:] in ".:?!,;"
            or _not_a_name(name)
            or not all(w[:1].isupper() or w[:1].isdigit() for w in words)
        ):
            continue
        names[name] += 1
        # (the words under it, under the time of the recording that may stand between:
        # "**Tim Ode**" / "81:02" / "The other one …")
        under = [c.strip() for c in content[index + 1 : index + 5] if c.strip()]
        below = under[1] if len(under) > 1 and _time_alone(under[0]) else next(iter(under), "")
        if below and below[:1] not in "*-+#|>_" and not below[:1].isdigit():
            over_prose.append((index, name))
        elif below[:2] in ("* ", "- ") and _said_point(below[2:]):
            over_prose.append((index, name))  # "**Tim**" / "* Okay. Good morning everyone."
    diarised = sum(c for n, c in names.items() if is_diariser_label(n))
    said = Counter(n for _, n in over_prose)
    if diarised >= 2:
        # (a list of names in bold, one a line, as an attendance list sets it, is no
        # one's turn: a name counts where words stand under it)
        return frozenset(n for n in names if is_diariser_label(n) or n in said)
    # (one person with and without an affiliation: "**Marius (Port Works)**", "**Marius**")
    people = Counter(n.split(" (")[0] for _, n in over_prose)
    if len(over_prose) < 4 or sum(1 for c in people.values() if c >= 2) < 2:
        return frozenset()
    # (a Markdown heading between one in three of them or more: bold headings in the
    # parts of a document, "## v1.2" / "**Highlights**" / "**Breaking Changes**", …;
    # call notes head a topic now and then among many turns)
    gaps = [content[a + 1 : b] for (a, _), (b, _) in itertools.pairwise(over_prose)]
    if 3 * sum(1 for gap in gaps if any(c[:1] == "#" for c in gap)) >= len(gaps):
        return frozenset()
    order = [n.split(" (")[0] for _, n in over_prose]
    period = len(people)
    if all(order[i] == order[i - period] for i in range(period, len(order))):
        # the same names in the same order again and again: headings of parts, where
        # a Markdown heading opens each part ("## Pier app"); else people alternating
        starts = [over_prose[i][0] for i in range(period, len(order), period)]
        ends = [over_prose[i - 1][0] for i in range(period, len(order), period)]
        if all(any(c[:1] == "#" for c in content[a:b]) for a, b in zip(ends, starts, strict=True)):
            return frozenset()
    return frozenset(said)


def _said_point(text: str) -> bool:
    """Whether a list item's words are a sentence said, as call notes put a speaker's
    words in points ("* Okay. Good morning everyone."), not a list's entry ("- the
    release candidate on Friday"): a sentence's end, or eight words (a recogniser's
    words may lack both capitals and stops: "* i can start so we're currently …").

    >>> _said_point("Yes, we can."), _said_point("release candidate on Friday")
    (True, False)
    """
    text = text.strip()
    return text[-1:] in ".?!" or len(text.split()) >= 8


def _post_end(text: str) -> bool:
    """Whether a line ends as a chat post's head does: with its parenthesis, or with
    the time of Discord's "Today at 3:02 PM" (cheap, before CHAT_POST_DATED)."""
    last = text[-1:]
    return (
        last == ")"
        or (last == "]" and ", [" in text)
        or ((last.isdecimal() or last in "Mm") and ("— " in text or "– " in text))
    )


def _dated_post(text: str) -> re.Match[str] | None:
    """CHAT_POST_DATED on a name that is a display name: one word (a handle, "vub"),
    or words with capitals, a bar or a company between them ("Ivo Petrov | Acme"),
    not a sentence's words ("Backup completed (Jul 31, 2024, 10:05 AM)").

    >>> [bool(_dated_post(t)) for t in ("Ana Ruiz (Jul 31, 2024, 10:05 AM)", "vub (1/7/24, 10:19)")]
    [True, True]
    >>> [bool(_dated_post(t)) for t in ("Backup done (Jul 31, 2024, 10:05 AM)", "Ana (noon)")]
    [False, False]
    >>> [bool(_dated_post(t)) for t in ("ana_r — Today at 3:02 PM", "Bo Kim — 01/05/2024 15:02")]
    [True, True]
    >>> bool(_dated_post("The long meeting — Today at 3:02 PM"))
    False
    >>> posts = ("Bo Kim (Acme) — Today at 3:02 PM", "Ana van Dijk — Today at 9:05 AM")
    >>> [bool(_dated_post(t)) for t in posts]
    [True, True]
    >>> bool(_dated_post("The pump (old) — Today at 3:02 PM"))
    False
    >>> [bool(_dated_post(t)) for t in ("Ana Ruiz, [01.12.23 10:16]", "Ana, [noon]")]
    [True, False]
    >>> bool(_dated_post("Backup done, [01.12.23 10:16]"))
    False
    """
    post = CHAT_POST_DATED.match(text) if text[-1:] == ")" else None
    if post is None and text[-1:] == "]":
        post = CHAT_POST_BRACKETED.match(text)
    if post is None and ("— " in text or "– " in text):
        post = CHAT_POST_DASHED.match(text)
    if post is None:
        return None
    # the company in parentheses after a display name is no word of the name, and a
    # particle in small letters is one ("Ana van Dijk (Acme)"); a tag or an emoji a
    # member adds to the name has no small letter to open it ("Ana Ruiz [ACME], ⭐")
    words = [w for w in post.group("name").split("(")[0].split() if w != "|"]
    if len(words) > 5 or (
        len(words) > 1 and not all(_name_word(w) or w in NAME_PARTICLES for w in words[1:])
    ):
        return None
    if len(words) > 1 and not _name_word(words[0]):
        return None
    return None if _not_a_name(post.group("name")) else post


def _name_word(word: str) -> bool:
    """Whether a display name's word opens with a capital, or has no letter at all
    (an emoji, a mark): "Ruiz", "[ACME],", "⭐"; not "meeting".

    >>> [_name_word(w) for w in ("Ruiz", "[ACME],", "⭐", "meeting")]
    [True, True, True, False]
    """
    first = next((c for c in word if c.isalpha()), "")
    return first == "" or first.isupper()


def _name_stamp_text(text: str, sections: frozenset[str] = frozenset()) -> re.Match[str] | None:
    """NAME_STAMP_TEXT, tried only where a bracket or a parenthesis closes near the
    start, on a name that is no heading's word nor one of the ``sections`` in bold.
    A sentence may open so ("At [0:05] it ends."): :func:`survey_shape` takes it
    for a label only where three lines do.

    >>> [bool(_name_stamp_text(t)) for t in ("Ana Ruiz [0:05] Hi.", "Ana Ruiz (0:05) - Hi.")]
    [True, True]
    >>> bool(_name_stamp_text("SPEAKER_00 [00:00:01]: Hi."))
    True
    >>> [bool(_name_stamp_text(t)) for t in ("Ana Ruiz (0:05): Hi.", "At [0:05] it ends.")]
    [False, True]
    >>> bool(_name_stamp_text("**Ana Ruiz** (0:05): Hi."))
    True
    """
    head = text[:80]
    if " [" not in head and ") " not in head and "):" not in head:
        return None
    stamped = NAME_STAMP_TEXT.match(text)
    if stamped is None or _not_a_name(stamped.group("name")):
        return None
    name = stamped.group("name")
    if name[-1:].isdecimal() and not is_diariser_label(name):
        return None  # "Track 2 [3:10] Harvest song": a list's item, no voice
    return None if _bold_section(stamped, sections) else stamped


def _lower_name_and_time(text: str) -> re.Match[str] | None:
    """A name in small letters and a time alone on a line, two spaces or more
    between them, as an export sets a display name typed so ("ana ruiz   0:03").

    >>> _lower_name_and_time("ana ruiz   0:03").group("name")
    'ana ruiz'
    >>> _lower_name_and_time("we met at 10:30"), _lower_name_and_time("ana ruiz 0:03 hi")
    (None, None)
    """
    return LOWER_NAME_AND_TIME.match(text) if text[-1:].isdecimal() else None


def _name_and_time(
    text: str, sections: frozenset[str] = frozenset(), lower: bool = False
) -> re.Match[str] | None:
    """NAME_AND_TIME or BRACKETED_NAME_AND_TIME, tried only on a line that ends
    as a time does (a digit, "AM", a bracket) and not with a full stop; a name in
    bold among the ``sections`` is none. Where the document writes its names in
    small letters (``lower``), such a name and its time too."""
    if lower and text[:1].islower():
        return _lower_name_and_time(text)
    last = text[-1:]
    if last == ":" and (text[-2:-1].isdecimal() or text[-2:-1] == "]"):
        # "Ana Ruiz – 00:03:20:", "Speaker 1 [00:00:12]:": a time, then the label's colon
        last = text[-2]
    if last not in "mM)]" and not last.isdecimal():
        return None  # a line that ends with a full stop is speech
    named = NAME_AND_TIME.match(text)
    if named is None and last == "M" and ":" in text[-9:]:
        return GLUED_NAME_TIME.match(text)  # "Ana Ruiz10:56 AM", a chat panel's copy
    if named is not None:
        # ("Video | [3:20](https://youtu.be/…)": a link to the recording, no one's name;
        # "Never. (00:42)": a reply of one word ending its sentence before the time a
        # podcast's page sets at each paragraph's end)
        name = named.group("name")
        unnamed = name.upper() in NOT_LABELS or (name[-1:] == "." and _said_word(name))
        return None if unnamed or _bold_section(named, sections) else named
    return BRACKETED_NAME_AND_TIME.match(text) if text[:1] == "[" else None


def _said_word(name: str) -> bool:
    """Whether what stands before a time is one word of a sentence, no name:
    "Never.", "Exactly." (an initial, "B.", or a title, "Dr.", is a name's).

    >>> [_said_word(n) for n in ("Never.", "Exactly.", "B.", "Dr.", "Ana B.")]
    [True, True, False, False, False]
    """
    return " " not in name and len(name) > 4


def _colon_times(content: list[str]) -> frozenset[str]:
    """The names that head two turns or more as "Ana Ruiz: 00:03:20" alone on a line.

    >>> sorted(_colon_times(["Ana Ruiz: 00:00:03", "Hi.", "Bo: 00:00:09", "Ana Ruiz: 00:01:00"]))
    ['Ana Ruiz']
    """
    names: Counter[str] = Counter()
    for line in content:
        timed = (
            NAME_COLON_TIME.match(line)
            if line[-1:].isdecimal() and (": " in line or ":\xa0" in line)
            else None
        )
        if timed is not None:
            names[timed.group("name")] += 1
    return frozenset(name for name, count in names.items() if count >= 2)


def _colon_time_label(name: str, recurring: frozenset[str]) -> bool:
    """Whether "NAME: 00:03:20" alone heads a turn: the name heads two so at least,
    or, where two names do, it is no field of a record's head ("Duration").

    >>> two = frozenset({"Ana Ruiz", "Bo Li"})
    >>> [_colon_time_label(n, two) for n in ("Bo Li", "Speaker 4", "Duration")]
    [True, True, False]
    >>> _colon_time_label("Speaker 4", frozenset({"Ana Ruiz"}))
    False
    """
    if name in recurring:
        return True
    return len(recurring) >= 2 and name.casefold() not in TIME_FIELDS


# A programme's slot: hours and minutes on a multiple of five ("19:30", "9:05").
# (in 24 hours or 12: "19:30", "9:30 AM")
_ROUND_SLOT: Final = recache.compile(r"^\d{1,2}:[0-5][05](?:\s?[AaPp]\.?[Mm]\.?)?$")


def _inline_name_times(content: list[str]) -> bool:
    """Whether a whole transcript writes each turn as "Ana Ruiz 0:03 Good
    morning." (a meeting's transcript copied from its web view): three lines
    open so or more, a name among them recurs, another name is there too, and
    the times only run on (a programme's "Ana Ruiz 9:00 Welcome" lists each
    item once, at times that may not).

    >>> _inline_name_times(["Ana Ruiz 0:03 Hi.", "Bo Li 0:09 Hello.", "Ana Ruiz 0:15 Go on."])
    True
    >>> _inline_name_times(["Ana Ruiz 9:00 Welcome", "Bo Li 9:30 Budget", "Cy Dunn 10:00 Close"])
    False
    """
    names: Counter[str] = Counter()
    last = -1.0
    for line in content:
        # (the name holds no colon: the first is the time's, a figure before it;
        # "ROE: Yes." and most lines are done with here)
        colon = line.find(":", 0, 60)
        if colon < 2 or not line[colon - 1].isdigit() or not line[:1].isupper():
            continue
        inline = NAME_TIME_TEXT.match(line)
        if inline is None or _not_a_name(inline.group("name")):
            continue
        seconds = seconds_of(inline.group("t"))
        if seconds is None or seconds < last:
            return False
        last = seconds
        names[inline.group("name")] += 1
    return names.total() >= 3 and len(names) >= 2 and max(names.values()) >= 2


def _said_once_each(named: list[re.Match[str]]) -> bool:
    """Whether three names with their times or more stand, each once, at a
    programme's round times: a list.

    >>> items = (("Doors", "18:00"), ("Dinner", "19:30"), ("Fireworks", "22:15"))
    >>> m = [x for n, t in items if (x := NAME_AND_TIME.match(f"{n} – {t}")) is not None]
    >>> heard = (("Pat Quinn", "0:02"), ("Rosa Mendes", "0:07"), ("Bo Li", "0:13"))
    >>> elapsed = [x for n, t in heard if (x := NAME_AND_TIME.match(f"{n}  {t}")) is not None]
    >>> _said_once_each(m), _said_once_each(m[:2]), _said_once_each(elapsed)
    (True, False, False)
    >>> ampm = [NAME_AND_TIME.match(f"{n}, 9:30 AM") for n in ("Doors", "Dinner", "Talks")]
    >>> _said_once_each([x for x in ampm if x is not None])
    True
    """
    names = Counter(match.group("name") for match in named)
    if len(named) < 3 or max(names.values()) > 1:
        return False
    # (a programme's slots fall on round minutes, "19:30"; a recording's elapsed
    # times, Otter's "0:02" for three voices heard once, do not)
    slots = (match.group("t") or match.group("pt") or match.group("bt") or "" for match in named)
    return all(_ROUND_SLOT.match(slot) for slot in slots)


def _clock_runs_back(named: list[re.Match[str]]) -> bool:
    """Whether the times by the names go back where no recording restarts:
    a recording's clock, or a meeting's, only runs on, so a list whose times
    fall back (a race's results, "Ana Ruiz - 22:41" then "Ana Ruiz - 23:02"
    under the next race's heading) is no transcript. A time back near zero is
    a new recording (part two of a call); a slip of one time in ten is a typo.

    >>> m = [NAME_AND_TIME.match(f"Ana Ruiz - {t}") for t in ("22:41", "25:10", "23:02")]
    >>> _clock_runs_back([x for x in m if x is not None])
    True
    """
    steps = back = 0
    previous: float | None = None
    for match in named:
        groups = match.groupdict()
        clock = groups.get("t") or groups.get("pt") or groups.get("bt")
        seconds = _clock_seconds(clock) if clock else None
        if seconds is None:
            continue
        if previous is not None:
            steps += 1
            # (from late evening to the small hours is the next day: "11:58 PM", "12:03 AM")
            midnight = previous >= 20 * 3600 and seconds < 4 * 3600
            back += seconds < previous and seconds > 60 and not midnight
        previous = seconds
    return back > 0 and back * 10 >= steps


def _clock_seconds(clock: str) -> float | None:
    """Seconds of a time by a name: a recording's elapsed time, or a time of
    day on the 12-hour clock made 24-hour ("1:04 PM" after "12:58 PM")."""
    ampm = _AMPM.match(clock)
    if ampm is None:
        return seconds_of(clock.strip())
    hour = int(ampm.group("h")) % 12 + (12 if ampm.group("ap") in "Pp" else 0)
    return float(hour * 3600 + int(ampm.group("m")) * 60 + int(ampm.group("s") or 0))


def _bold_section(named: re.Match[str], sections: frozenset[str]) -> bool:
    """Whether a name matched in bold is one of a document's bold ``sections``."""
    return named.group("bm") is not None and named.group("name") in sections


# A phrase in Markdown bold and a time in brackets opening a line: "**Pair work** [0:10]"
_BOLD_PHRASE_TIME: Final = recache.compile(
    rf"^(?P<bm>\*\*|__)(?P<phrase>[^*_\n]{{1,60}}?)(?P=bm)[ \t]+\[{_CLOCK_AMPM}\]"
)


def _bold_sections(content: list[str]) -> frozenset[str]:
    """The names in bold over a bracketed time that are no labels. Where a line
    sets a phrase that is no name so (a lesson plan's "**Pair work** [0:10]", a
    running order's "**Dog show** [11:00] Ring by the oak"), the document's bold
    phrases and times are its sections: a name among them said once ("**Warm-up**
    [0:00]", "**Plenary** [0:45]") is a section too; one that recurs may be a label.

    >>> plan = ["**Warm-up** [0:00]", "**Pair work** [0:10] Cut.", "**Plenary** [0:45]"]
    >>> sorted(_bold_sections(plan)), _bold_sections(["**Ines** [0:00] Hi.", "**Jo** [0:12] Yo."])
    (['Plenary', 'Warm-up'], frozenset())
    """
    phrases: Counter[str] = Counter()
    named: set[str] = set()
    for line in content:
        bold = _BOLD_PHRASE_TIME.match(line) if line[:2] in ("**", "__") else None
        if bold is None:
            continue
        phrase = bold.group("phrase")
        phrases[phrase] += 1
        found = _name_stamp_text(line) or _name_and_time(line)
        if found is not None and found.group("name") == phrase:
            named.add(phrase)
    if len(named) == len(phrases):
        return frozenset()  # every phrase a name: "**Ines** [0:00]", "**Jorge** [0:12]"
    return frozenset(p for p in named if phrases[p] < 2)


# a caption's change of voice: ">>" as typed, or as a WebVTT file may write it, in
# character references ("&gt;&gt;", as a city's captioning system saves them); three
# (">>>") mark a new subject as broadcast captioners do, and a new voice too
_CHEVRONS: Final = recache.compile(r"(?:>|&gt;){2,}[ \t]*")


def opens_chevrons(text: str) -> bool:
    """Whether a caption line opens with chevrons, typed or escaped."""
    return text[:2] == ">>" or text[:8] == "&gt;&gt;"


def _chevron(para: RawParagraph, cue: Stamp | None = None) -> None:
    """A caption line that opens with ">>": a new speaker, whose label (if any)
    follows the chevrons; ``cue`` the cue's time where the line is not its first."""
    if cue is not None:
        para.stamp = cue
    chevrons = _CHEVRONS.match(para.text, para.skip)
    assert chevrons is not None  # the caller saw the line open with ">>"
    para.skip = chevrons.end()
    para.style = "caption chevrons"
    rest = para.text[para.skip :]
    # (captioners name a voice with a colon: ">> GOOD EVENING. THE MEETING" in
    # capitals is a greeting, not a play's "NAME." label)
    named = colon_label(rest) if _labelled(rest) else None
    if named is None or not named.group("rest"):  # ">> Good evening.": a voice unnamed
        para.bare = (">>", para.skip)


def _trailing_gutter(lx: _Lexer, text: str, gutter: str | None) -> tuple[str, str | None]:
    """A line's words and its margin number, where the number ends the line; a
    number that also opens it is the line before's, which the PDF's text set at
    this line's start ("6 My job here ... to help 7"): a numbered line of its own."""
    number = _trailing_number(text)
    if number is None:
        return text, gutter
    if gutter is not None:
        lx.event(LineBreak(gutter))
    return text[: text.rfind(" ")].rstrip(), str(number)


# A colon label run on after the end of a sentence inside a paragraph: ". Charlie: That's".
_RUN_IN_LABEL: Final = recache.compile(
    r"(?<=[.?!] )(?P<name>[A-Z][\w’'.-]{0,30}(?: [A-Z][\w’'.-]{0,30}){0,2}):[ \t\xa0]+(?=[A-Z\"“])"
)


def _run_in_names(content: list[str]) -> frozenset[str]:
    """The names of a colon-labelled record that also stand after a sentence's end
    inside a line: each opens a line three times or more, two such names at least,
    and one of them is found run in ("James: Okay. Charlie: That's right.").

    >>> lines = ["Ana: Hi.", "Bo: Yes.", "Ana: So. Bo: No.", "Bo: Go.", "Ana: On.", "Bo: Ok."]
    >>> sorted(_run_in_names(lines))
    ['Ana', 'Bo']
    >>> _run_in_names(["Ana: Hi. Note: the room.", "Bo: Yes.", "Ana: So.", "Bo: Go.", "Ana: On."])
    frozenset()
    """
    inside = [
        m.group("name") for c in content if c.count(": ") >= 2 for m in _RUN_IN_LABEL.finditer(c)
    ]
    if not inside:
        return frozenset()
    opened: Counter[str] = Counter()
    for line in content:
        label = colon_label(line) if ": " in line[:40] else None
        if label is not None:
            opened[label.group("name")] += 1
    names = frozenset(n for n, c in opened.items() if c >= 3)
    if len(names) < 2 or not any(n in names for n in inside):
        return frozenset()
    return names


def _run_in_turns(lx: _Lexer, para: RawParagraph, line: int, indent: int) -> None:
    """A labelled paragraph holding another speaker's label after a sentence's end
    ("James: So I paste it. Charlie: That's right. James: Okay."): cut there, each
    piece a turn of its label (the record's names only, and a name other than the
    one speaking)."""
    text = para.text
    label = colon_label(text)
    if label is None or label.group("name") not in lx.shape.run_in_names:
        return  # (a paragraph of the record's labels only: "Note: … Ana: …" stays)
    speaking = label.group("name")
    cuts = []
    for found in _RUN_IN_LABEL.finditer(text, label.start("rest")):
        name = found.group("name")
        if name in lx.shape.run_in_names and name != speaking:
            cuts.append(found.start())
            speaking = name
    if not cuts:
        return
    para.text = text[: cuts[0]].rstrip()
    lx.current, lx.length = [para.text], len(para.text)  # (the open paragraph: flushed so)
    for start, end in zip(cuts, [*cuts[1:], len(text)], strict=True):
        piece = lx.start(text[start:end].rstrip(), line, indent + start)
        _read_label_shape(piece, lx.shape)


def _chevron_run(lx: _Lexer, text: str, line: int, indent: int) -> None:
    """A line of captions run together: the words before the first ">>" (the
    voice before, going on), then a paragraph for each ">>" and the words after
    it, a new voice."""
    cuts = [m.start() + 1 for m in _INLINE_CHEVRON.finditer(text)]
    for start, end in zip([0, *cuts], [*cuts, len(text)], strict=True):
        piece = text[start:end].rstrip()
        if not piece:
            continue
        para = lx.start(piece, line, indent + start)
        if opens_chevrons(piece):
            _chevron(para)
        else:
            _read_label_shape(para, lx.shape)


def _bracketed_voice(text: str, shape: Shape) -> re.Match[str] | None:
    """CUE_BRACKET where the cues establish the name it finds."""
    named = CUE_BRACKET.match(text) if text[:1] == "[" and shape.cue_brackets else None
    return named if named is not None and named.group("name") in shape.cue_brackets else None


def _cue_bracket(para: RawParagraph, text: str, shape: Shape) -> bool:
    """The name in brackets a cue's words (``text``, at ``para.skip``) open
    with, where the cues establish it: the speaker's label."""
    named = _bracketed_voice(text, shape)
    if named is None:
        return False
    para.bare = (named.group("name"), para.skip + named.end())
    para.style = "cue name in brackets"
    return True


def _further_voices(lx: _Lexer, para: RawParagraph, line: int, indent: int) -> None:
    """Voice tags after the first on one line of a text file ("00:02:00 <v Ana
    Ruiz>Well, <v Ben Ode>no."): a converter that joins the cues of one second
    onto a line keeps each cue's voice. Each tag opens a turn of its voice at the
    line's time, as each voice span of a WebVTT cue does; the tag is markup, never
    words."""
    while para.bare is not None:
        text = para.text
        at = text.find("<v", para.bare[1])
        voice = VTT_VOICE.match(text[at:]) if at >= 0 else None
        if voice is None:
            return
        para.text = text[:at].rstrip()
        lx.current = [para.text]
        name = voice.group("name").strip()
        # the line's time, written once (before the first voice): the turn points to it
        stamp = para.stamp
        para = lx.start(text[at:], line, indent + at)  # the tag kept as the label written
        if stamp is not None:
            para.stamp = Stamp("", 0, stamp.seconds, stamp.clock)
        para.bare = (name, voice.end())
        para.style = "voice tag"


def _vtt_cue(
    lx: _Lexer,
    timing: tuple[str, int] | None,
    text: str,
    line: int,
    indent: int,
    cue: Stamp | None = None,
) -> None:
    """A WebVTT cue's text: after its timing line, or a further voice in the same
    cue (``timing`` None, ``cue`` the cue's time: the turn points to it, the
    timing line is written once)."""
    voice = VTT_VOICE.match(text)
    at = text.find("<v", voice.end()) if voice is not None else -1
    if at > 0 and VTT_VOICE.match(text[at:]) is not None:
        # "<v Ben>Yes.</v> <v Ana>Good.</v>": two voices on one line of the cue, each
        # its own turn at the cue's time (the second never in the first one's words)
        start = VTT_TIMING.match(timing[0]) if timing is not None else None
        cue = cue if start is None else Stamp("", 0, seconds_of(start.group("t")))
        _vtt_cue(lx, timing, text[:at].rstrip(), line, indent, cue)
        _vtt_cue(lx, None, text[at:], line, indent, cue)
        return
    if voice is None:
        if timing is None:
            lx.start(text, line, indent)
            return
        # a cue without a voice: its timing opens the cue's text, which may
        # begin with a label ("Ana Ruiz: Can everyone hear me?", as Zoom writes)
        stamp_text, stamp_line = timing
        para = lx.start(f"{stamp_text} {text}", stamp_line, 0)
        ident = CUE_SPEAKER_ID.match(stamp_text)
        at = ident.end() + 1 if ident is not None else 0  # the timing after the identifier
        start = VTT_TIMING.match(stamp_text[at:])
        if start is None:  # an identifier line the timing's reading did not part from it
            para.skip = len(stamp_text) + 1
            return
        para.stamp = Stamp(stamp_text[at:], at, seconds_of(start.group("t")))
        para.skip = len(stamp_text) + 1
        if ident is not None:  # Webex names the speaker in the cue's identifier
            para.bare = (ident.group("name"), para.skip)
            para.style = "cue identifier"
            return
        if lx.shape.chevrons and opens_chevrons(text):
            _chevron(para)
            return
        diarised = DIARISED_LABEL.match(text)
        if diarised is not None:  # "[SPEAKER_00]: So the first thing …"
            para.bare = (diarised.group("name"), para.skip + diarised.end())
            para.style = "diariser label"
            return
        if _cue_bracket(para, text, lx.shape):  # "[Maria] Welcome back."
            return
        if text in lx.shape.cue_names:  # the name alone; the cue's text follows
            para.bare = (_device_free(text), len(para.text))
            para.style = "cue name line"
            return
        _cue_label(para, text, lx.shape, para.skip)
        return
    body = _cue_text(text[voice.end() :])
    name = voice.group("name").strip()
    if timing is None:
        assert cue is not None
        para = lx.start(f"{name} {body}" if body else name, line, indent)
        para.stamp = cue
        para.bare = (name, len(name) + 1 if body else len(name))
        para.style = "WebVTT voice"
        lx.current = [para.text]
        return
    stamp_text, stamp_line = timing
    label = f"{stamp_text} {name}"
    para = lx.start(f"{label} {body}" if body else label, stamp_line, 0)
    start = VTT_TIMING.match(stamp_text)
    assert start is not None
    para.stamp = Stamp(stamp_text, 0, seconds_of(start.group("t")))
    para.bare = (name, len(label) + 1 if body else len(label))
    para.style = "WebVTT voice"
    lx.current = [para.text]


_BRACKET_NUMBER: Final = recache.compile(r"^\[(?P<n>\d{1,4})\]$")


def _bracketed_pages(lines: tuple[str, ...]) -> dict[int, str]:
    """Lines (1-based) of a hard copy's page numbers in brackets alone on their
    lines ("[1]", "[2]", as a library's web edition of an oral history keeps
    them): numbers that rise, none of them an anchor in the text (where "[2]"
    stands among words too, the lines are note bodies).

    >>> _bracketed_pages(("[1]", "A: Yes.", "[2]", "B: No."))
    {1: '1', 3: '2'}
    >>> _bracketed_pages(("A: Yes, as I wrote.[1]", "[1]", "Letters, 1950."))
    {}
    """
    found = {
        number: match.group("n")
        for number, raw in enumerate(lines, 1)
        if raw[:2].strip()[:1] == "[" and (match := _BRACKET_NUMBER.match(raw.strip()))
    }
    values = [int(n) for n in found.values()]
    if not values or any(b <= a for a, b in itertools.pairwise(values)):
        return {}
    marks = {f"[{n}]" for n in found.values()}
    for number, raw in enumerate(lines, 1):
        if number not in found and "[" in raw and any(mark in raw for mark in marks):
            return {}  # an anchor: they are notes
    return found


def _page_numbers(lines: tuple[str, ...]) -> tuple[dict[int, str], dict[int, str]]:
    """Page numbers and running heads of a document whose pages a form feed
    separates. A page's number is the number printed alone at its top or foot;
    a running head (or foot) is a line that opens or closes most pages alike.
    Returns page index (0 the first) → number, and source line → the kind of
    page furniture printed there ("pageNum", "header"). A number at the foot is
    a folio of the page it ends; the page break carries the number too.

    >>> _page_numbers(("text", " " * 30 + "1", "\x0cmore", " " * 30 + "2"))
    ({0: '1', 1: '2'}, {2: 'pageNum', 4: 'pageNum'})
    """
    if not any("\x0c" in line for line in lines):
        return {}, {}
    pages: list[list[tuple[int, str, int]]] = [[]]
    for number, raw in enumerate(lines, 1):
        if "\x0c" in raw:
            pages.extend([] for _ in range(raw.count("\x0c")))
            raw = raw.replace("\x0c", "")
        if raw.strip():
            pages[-1].append((number, raw.strip(), len(raw) - len(raw.lstrip())))
    numbers: dict[int, str] = {}
    furniture: dict[int, str] = {}
    of_pages: list[tuple[int, int, str, int]] = []  # page index, N, M, line of "N/M"
    edges = [page[:4] + page[-3:] for page in pages]
    repeated = Counter(text for edge in edges for text in {t for _n, t, _i in edge})
    # a margin's number with no text on its line ("24" at the foot of every
    # stenographer's page) recurs alike, but is a line of the page, not a head
    heads = {
        t
        for t, c in repeated.items()
        # (its length counted with one space between its words: a layout copy sets a
        # head's two halves far apart, "… Oral History Project      Ann Roe")
        if c >= max(3, len(pages) // 2)
        and len(" ".join(t.split())) <= 80
        and not (t.isdecimal() and len(t) <= 2)
    }
    for index, edge in enumerate(edges):
        for number, text, indent in edge:
            if text in heads:
                furniture[number] = "header"
                continue
            match = PAGE_NUMBER_ALONE.match(text)
            if index not in numbers and match is not None and (indent >= 20 or text[:1] in "Pp"):
                numbers[index] = match.group("n")
                furniture[number] = "pageNum"
                continue
            dated = _DATED_FOOT.match(text) if index not in numbers and text[:1].isalnum() else None
            if dated is not None:  # "20 February 1998      12-1": the date, the page's number
                numbers[index] = dated.group("n")
                furniture[number] = "pageNum"
                continue
            counted = PAGE_OF_PAGES.match(text) if index not in numbers else None
            if counted is not None and int(counted.group("n")) <= int(counted.group("m")):
                numbers[index] = counted.group("n")  # "1/120" at the foot of the first page
                furniture[number] = "pageNum"
                of_pages.append((index, int(counted.group("n")), counted.group("m"), number))
    # "N/M" counts where two pages or more print it, one count M, N going up with
    # the pages (a fraction at one page's edge, "3/4", numbers nothing)
    steps = {n - index for index, n, _m, _line in of_pages}
    if of_pages and (len(of_pages) < 2 or len({m for *_, m, _l in of_pages}) > 1 or len(steps) > 1):
        for index, _n, _m, line in of_pages:
            del numbers[index], furniture[line]
    if len(numbers) < max(1, len(pages) // 2):
        return {}, {n: k for n, k in furniture.items() if k == "header"}
    return numbers, furniture


def _unnumbered_furniture(lines: tuple[str, ...]) -> dict[int, str]:
    """In margin-numbered text copied without its form feeds (a court's
    transcript from a PDF), the lines without a margin number that repeat
    alike, page after page ("Official - Subject to Final Review", "Heritage
    Reporting Corporation"): running heads and feet, not words of the record.
    Returns source line → "header" (under a page number) or "footer".

    >>> _unnumbered_furniture(("  1", "Acme Co", " 1  Yes.", "Roe, RPR", "  2", "Acme Co",
    ...     " 1  No.", "Roe, RPR", "  3", "Acme Co", " 1  So.", "Roe, RPR"))
    {2: 'header', 4: 'footer', 6: 'header', 8: 'footer', 10: 'header', 12: 'footer'}
    """
    plain: list[tuple[int, str, bool]] = []  # line, text, under a page number
    previous_page = False
    first: dict[int, bool] = {}  # a plain line: the next line with words is numbered 1
    last_plain: int | None = None
    for number, raw in enumerate(lines, 1):
        text = raw.strip()
        if not text:
            continue
        margin = LINE_NUMBER.match(text)
        if last_plain is not None:
            first[last_plain] = margin is not None and margin.group("n") == "1"
        last_plain = None
        if margin is None:
            plain.append((number, text, previous_page))
            last_plain = number
        previous_page = text.isdecimal()  # a number alone: the page's
    counts = Counter(text for _n, text, _under in plain)
    furniture = {
        number: "header" if under else "footer"
        for number, text, under in plain
        if counts[text] >= 3
        and len(text) <= 80
        and any(c.isalpha() for c in text)
        # (a word without a number, "act" under "… Senate Print 882-A, an", "I",
        # "Senator", is the numbered line's last word that the copy wrapped, no foot;
        # a head of one word is in capitals, "CONFIDENTIAL")
        and not text[:1].islower()
        and not (" " not in text and not (len(text) >= 2 and text.isupper()))
    }
    if furniture and any(under for n, _t, under in plain if n in furniture):
        return furniture
    # no page numbers: a head over each page's line 1, a foot after each page's last
    # line ("Official - …" / "1 CHIEF JUSTICE …" … "Alderson …"), on two pages or more
    # (an excerpt may end before its last page's foot: the foot is then seen once less)
    return _heads_and_feet(plain, counts, first) or furniture


def _heads_and_feet(
    plain: list[tuple[int, str, bool]], counts: Counter[str], first: dict[int, bool]
) -> dict[int, str]:
    """The lines of :func:`_unnumbered_furniture` that head a page (each right over
    its line numbered 1) and the lines right over those heads (or at the end) that
    close the page before, each seen twice or more; both or nothing."""
    heads = {t for n, t, _u in plain if counts[t] >= 2 and first.get(n)}
    heads = {t for t in heads if all(first.get(n) for n, x, _u in plain if x == t)}
    feet = {
        t
        for index, (n, t, _u) in enumerate(plain)
        if counts[t] >= 2 and t not in heads and len(t) <= 80
        if index + 1 == len(plain) or plain[index + 1][1] in heads
    }
    feet = {t for t in feet if all(not first.get(n) for n, x, _u in plain if x == t)}
    if not heads or not feet:
        return {}
    return {n: "page head" if t in heads else "footer" for n, t, _u in plain if t in heads | feet}


def _heads_over_numbers(lines: tuple[str, ...], folios: dict[int, str]) -> dict[int, str | None]:
    """A typed transcript's running head over its page's number alone, page
    after page ("ACME REPORTING (555) 010-0000" / "2" … the same head / "3"):
    the same words twice or more, each right over a number that grows. Returns
    the head's line → the page's number, and the number's line → None.

    >>> _heads_over_numbers(("HEAD CO", "", "2", "Text.", "HEAD CO", "3", "More."), {})
    {1: '2', 3: None, 5: '3', 6: None}
    >>> _heads_over_numbers(("HEAD CO", "2", "Text.", "HEAD CO", "2", "More."), {})
    {}
    >>> _heads_over_numbers(("I see.", "", "7", "00:01.0 --> 00:02.0", "I see.", "", "9",
    ...     "00:03.0 --> 00:04.0"), {})
    {}
    """
    found: dict[str, list[tuple[int, int, int]]] = {}  # head → (line, number line, number)
    last: tuple[int, str] | None = None
    for number, raw in enumerate(lines, 1):
        text = raw.strip()
        if not text:
            continue
        # a caption file's cue number right over its timing line is the cue's
        # identifier, never a page's: a short cue said again ("<v 2>Yeah.</v>")
        # over the next cue's number would look like a running head
        if (
            last is not None
            and text.isdecimal()
            and len(text) <= 4
            and number not in folios
            and (number >= len(lines) or "-->" not in lines[number])
        ):
            found.setdefault(last[1], []).append((last[0], number, int(text)))
        last = None if number in folios else (number, text)
        margin = LINE_NUMBER.match(text) if text[:1].isdigit() else None
        if margin is not None and _in_margin_run(lines, number, int(margin.group("n"))):
            last = None  # "25   THE SECRETARY:  Ayes 49." over the page's number: a line
    out: dict[int, str | None] = {}
    for head, pages in found.items():
        if len(pages) < 2 or len(head.split()) < 2 or len(head) > 80 or head.isdecimal():
            continue
        if not any(c.isalpha() for c in head):
            continue
        if any(b[2] <= a[2] for a, b in itertools.pairwise(pages)):
            continue  # the numbers must grow, page by page
        for line, number_line, page in pages:
            out[line] = str(page)
            out[number_line] = None
    return dict(sorted(out.items()))


_HEAD_MARKS: Final = recache.compile(r"[.,;:—–-]")
# A running head on a left page, its number first: "1840<TAB>Deutscher Bundestag — …".
_VERSO_HEAD: Final = recache.compile(r"^(?P<n>\d{1,5})(?:\t|\s{2,})(?P<words>\D\S.{20,150})$")


def _numbered_heads(lines: tuple[str, ...], folios: dict[int, str]) -> dict[int, str]:
    """Running heads that carry their page's number, in a text without form
    feeds (a printed record copied as text): the same words at least three
    times, each followed by a number that grows from one to the next
    ("... 28. Juni 2016 17897"; the copy may glue it to the text before:
    "... 28. Juni 201617896"; a tab may set it apart, and a left page's head
    may put it first: "1840<TAB>Deutscher …"). Returns source line → page number.

    >>> head = "Official Report of the Sitting of 3 May"
    >>> _numbered_heads(("Speech.", head + " 11", "More.", head + "12", "x", head + " 13"), {})
    {2: '11', 4: '12', 6: '13'}
    >>> _numbered_heads(("It was in 1990 and 1991", "It was in 1990 and 1992", "x"), {})
    {}
    """
    groups: dict[str, list[tuple[int, str]]] = {}
    for number, raw in enumerate(lines, 1):
        text = raw.strip()
        verso = _VERSO_HEAD.match(text) if text[:1].isdigit() else None
        if verso is not None and _in_margin_run(lines, number, int(verso.group("n"))):
            continue  # "7     SENATOR ROE:    Thank you." between lines 6 and 8: a margin's
        if verso is not None:  # "1840<TAB>Deutscher Bundestag — …": a left page's head
            text = verso.group("words") + " " + verso.group("n")
        if number in folios or not 24 <= len(text) <= 160 or not text[-1].isdigit():
            continue
        if text[0] == "[" or "...." in text:
            # a printer's note in brackets over an image's number ("[GRAPHIC] [TIFF
            # OMITTED] T4411.001", line after line in a hearing's record) and a
            # contents row's dot leader ("Prepared statement......  18") are no page's head
            continue
        if text[-3] in ":." and text[-4].isdigit() and text[-2:].isdigit():
            continue  # a time, "Ana Ruiz (Guest)   5:14": a label, never a page's number
        # (compared without their stops and dashes: a copy's "Bundestag. —" is the head)
        text = " ".join(_HEAD_MARKS.sub(" ", text).split())
        groups.setdefault(text[:20], []).append((number, text))
    heads: dict[int, str] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        # the words before the number, from the members that set it apart by a space
        spaced = Counter(
            text[: len(text.rstrip("0123456789"))].rstrip()
            for _n, text in members
            if text[len(text.rstrip("0123456789")) - 1 : -1].startswith((" ", "\u00a0", "\t"))
        )
        best: list[tuple[int, str]] = []
        # two pages only: a long head (40 characters or more) over pages that follow
        # one another ("… Dienstag, den 28. Juni 2016 17885", "… 201617886")
        for words in sorted(w for w, count in spaced.items() if count >= 2 or len(w) >= 40):
            found = [
                (number, text[len(words) :].strip())
                for number, text in members
                if text.startswith(words) and text[len(words) :].strip().isdigit()
            ]
            values = [int(n) for _line, n in found]
            growing = all(a < b for a, b in itertools.pairwise(values))
            enough = len(found) >= 3 or (
                len(found) == 2 and len(words) >= 40 and values[1] == values[0] + 1
            )
            if growing and enough and len(found) >= len(best) + 1:
                best = found
        heads.update(best)
    return heads


def _in_margin_run(lines: tuple[str, ...], number: int, n: int) -> bool:
    """Whether line ``number`` (1-based), opening with the number ``n``, stands
    between lines a margin numbers ``n - 1`` or ``n + 1`` (the next line with
    words above or below it): a transcript's margin line number, no page's.

    >>> _in_margin_run(("6    and so", "", "7    SENATOR ROE:   Thank you.", "8    Now"), 3, 7)
    True
    >>> _in_margin_run(("Speech ends.", "", "1840  Deutscher Bundestag", "Next."), 3, 1840)
    False
    """
    for step, near in (
        (-1, range(number - 2, max(number - 5, -1), -1)),
        (1, range(number, min(number + 3, len(lines)))),
    ):
        for index in near:
            text = lines[index].strip()
            if text:
                head = text.split(maxsplit=1)[0]
                if head.isdecimal() and int(head) == n + step:
                    return True
                break
    return False


def _unspaced_once(paras: list[RawParagraph], alone: list[str | None]) -> list[str | None]:
    """``alone`` without a name said once on the line right under a speech's
    line, where every other label alone stands after an empty line: a play
    set so ("First Warden:" / lines / empty line / "All:") puts a verse line
    ending in a colon ("Hither The Tower Guard:") among the lines, no speaker
    (a name in capitals stays one: capitals are how labels are set, verse is not).

    >>> paras = [RawParagraph(t, n, 0) for n, t in enumerate(
    ...     ["A:", "Go.", "", "B:", "Stay:", "Here Now:", "Well.", "", "A:", "No.", "", "B:", "So."]
    ... ) if t]
    >>> _unspaced_once(paras, [p.text[:-1] if p.text in ("A:", "B:", "Here Now:") else None
    ...     for p in paras])
    ['A', None, 'B', None, None, None, 'A', None, 'B', None]
    """
    spaced = 0
    unspaced: list[int] = []
    for at, name in enumerate(alone):
        if name is None:
            continue
        above = paras[at - 1] if at else None
        last = (above.starts[-1][1] if above.starts else above.line) if above else -1
        if above is None or paras[at].line > last + 1:
            spaced += 1
        elif alone[at - 1] is None and not above.text.isupper():
            unspaced.append(at)  # right under a line of words, not under a heading
        else:
            return alone  # a label right under a label or a heading: not such a play
    if not unspaced or len(unspaced) * 4 > spaced:
        return alone
    counts = Counter(" ".join(a.split()) for a in alone if a)
    out = list(alone)
    for at in unspaced:
        name = str(alone[at])
        if counts[" ".join(name.split())] == 1 and not name.isupper():
            out[at] = None
    return out


def _alone_label(para: RawParagraph) -> str | None:
    """The name of a label that stands alone on its line, or None (never a word
    that is no one's name: "OK." or "OK, sorry." said alone under a label)."""
    name = _alone_name(para)
    if name is None or name.upper() in NOT_LABELS:
        return None
    if name[:1] in "TZ" and agenda_item(name):
        return None  # "Tagesordnungspunkt 29:" over its business in the contents
    return name


def _alone_name(para: RawParagraph) -> str | None:
    if para.bare is not None and (
        para.bare[1] >= len(para.text) or para.style == "call sign and direction"
    ):
        return para.bare[0]
    text = para.text[para.skip :]
    if para.style == "caption chevrons" and ":" not in text:
        # ">> HERE." in a roll call in capitals: the chevrons are the (unnamed)
        # voice's label, its one word what it said; only ">> ANA RUIZ:" alone names
        return None
    upper = upper_label(para, text)
    if upper is not None and not upper.group("rest"):
        return upper.group("name")
    if _directed_alone(para):  # "ODA, à part." over the speech, in a printed play
        found = directed_label(text)
        return found.group("name") if found is not None else None
    if text[-1:] == "." and len(text) <= 50 and text[:1].isupper():
        # "Mr. Specter." alone over the speech: a hearing's web copy of mixed-case labels
        titled = TITLED_LABEL.match(text)
        if titled is not None and not titled.group("rest"):
            return titled.group("name")

    if ":" not in text:
        return None
    colon = _COLON_ALONE.match(text)
    if colon is None and "," in text[:60]:
        colon = OFFICE_LABEL.match(text)  # "Dr. Henning Albrecht, Minister der Finanzen:"
        if colon is not None and colon.group("rest") is not None:
            return None
    return colon.group("name") if colon is not None else None


# A play's label alone in capitals that opens with names the play's labels
# establish: "ALAIN, REVENANT.", "ROSINE ET ALAIN CHANTENT ENSEMBLE.".
LED_LABEL: Final = "names and direction in capitals, alone on its line"


def _led_label(para: RawParagraph, known: set[str]) -> str | None:
    """The speakers a label alone in capitals names before what they do, where
    each is a name the play's labels alone establish (``known``, casefolded):
    "ALAIN, REVENANT." is
    Alain's turn, "ROSINE ET ALAIN CHANTENT ENSEMBLE." the two's; the whole
    line is the label. A line of names only ("ROSINE, ALAIN.": who is on
    stage) is none."""
    text = para.text[para.skip :]
    if para.bare is not None or text[-1:] != "." or len(text) > 80 or not text.isupper():
        return None
    name = led_names(text[:-1], known)
    if name is None:
        return None
    para.bare = (name, len(para.text))
    para.style = LED_LABEL
    return name


def _directed_alone(para: RawParagraph) -> bool:
    """A play's label alone with its direction after a comma: "ODA, à part."."""
    directed = directed_label(para.text[para.skip :]) if "," in para.text[:60] else None
    return directed is not None and bool(directed.group("short")) and not directed.group("rest")


# The second line of a label whose parenthesis the print wrapped: "NEN):".
_WRAPPED_TAIL: Final = recache.compile(r"^[^()\n]{1,40}\):$")


# The end of an office's holder in brackets the print wrapped onto the next line,
# the label's colon after it: "Rahim Yusof]:  Tuan Yang di-Pertua, …".
_HOLDER_TAIL: Final = recache.compile(r"^[ \t]*[^\[\]:\n]{1,60}\][ \t]*:")
# The same in round brackets, after an office that opens with an office's word:
# "Minister of State at the Department of Enterprise (Deputy" / "Ann Roe): I welcome".
_HOLDER_TAIL_ROUND: Final = recache.compile(r"^[ \t]*[^():\n]{1,60}\)[ \t]*:")
# Or the print wrapped such an office before its bracket: "… Gaeltacht, Sport and" /
# "Media (Deputy Jack Chambers): Maidir le …".
_HOLDER_REST_ROUND: Final = recache.compile(r"^[ \t]*[^():\n]{1,60}\([^()\n]{2,60}\)[ \t]*:")


# A record's reference for a paragraph, alone on its line: the sitting's date and
# a letter code with a number, as the Oireachtas prints one over each contribution
# ("06/10/2021A00100", "06/10/2021BBB00100").
_RECORD_REF: Final = recache.compile(r"\d{2}/\d{2}/\d{4}[A-Z]{1,4}\d{3,6}")


def _record_refs(lines: tuple[str, ...]) -> set[int]:
    """The line numbers (1-based) of a record's paragraph references, where the
    record prints three or more (a date glued to a code once is a word).

    >>> sorted(_record_refs(("06/10/2021A00100", "Text.", "06/10/2021A00200", "06/10/2021B00100")))
    [1, 3, 4]
    >>> _record_refs(("06/10/2021A00100", "Text."))
    set()
    """
    found = {
        number
        for number, line in enumerate(lines, 1)
        if line[:1].isdigit() and _RECORD_REF.fullmatch(line.strip())
    }
    return found if len(found) >= 3 else set()


def _split_holder(text: str, following: str) -> bool:
    """Whether the line is the start of a label whose holder in brackets the
    print wrapped, the bracket opened and the next line closing it before the
    colon ("Menteri  Kewangan  [Dato’" / "Rahim Yusof]:  Tuan …"), as Malaysia's
    Hansard prints a minister's label.

    >>> _split_holder("Menteri Kewangan [Dato’", "Rahim Yusof]:  Terima kasih.")
    True
    >>> _split_holder("We saw [the", "report] and: yes"), _split_holder("x [a", "b]: c")
    (False, False)

    Or an office of Oireachtas debates that opens with an office's word, the
    print's wrap inside its round bracket or before it:

    >>> _split_holder("Minister for Ports, Trade and", "Roads (Deputy Ann Roe): I thank")
    True
    >>> _split_holder("Minister for Ports and Roads (Deputy", "Ann Roe): I thank")
    True
    """
    led = HOLDER_LEAD_OFFICE.match(text) is not None
    if led and "(" not in text and ":" not in text and len(text) <= 100:
        # the office wrapped before its bracket, the holder and the colon below
        return _HOLDER_REST_ROUND.match(following) is not None and all(
            w[:1].isupper() or (w.islower() and len(w) <= 4) for w in text.split()
        )
    round_ = "(" in text and led
    opener, closer = ("(", ")") if round_ else ("[", "]")
    opened = text.rfind(opener)
    tail = _HOLDER_TAIL_ROUND if round_ else _HOLDER_TAIL
    return (
        opened > 0
        and len(text) <= (100 if round_ else 80)
        and text[:1].isupper()
        and closer not in text[opened:]
        and ":" not in text
        # (capitalised words, small joining words between them: "… Dalam Negeri dan Hal …")
        and all(w[:1].isupper() or (w.islower() and len(w) <= 4) for w in text[:opened].split())
        and tail.match(following) is not None
    )


def _merge_wrapped_labels(paras: list[RawParagraph]) -> list[RawParagraph]:
    """A label alone that a printed record wrapped inside its parenthesis
    ("Katrin Göring-Eckardt (BÜNDNIS 90/DIE GRÜ-" / "NEN):") is one label line."""
    out: list[RawParagraph] = []
    index = 0
    while index < len(paras):
        para = paras[index]
        tail = paras[index + 1] if index + 1 < len(paras) else None
        if (
            tail is not None
            and tail.line == para.line + 1
            and len(para.text) <= 12
            and not para.lead
            and not tail.lead
            and title_word(para.text)
            and (_CAPS_COLON_HEAD.match(tail.text) or colon_label(tail.text))
        ):
            # "MS." / "PSAKI:  We have said …": a label the copy broke after its
            # title, the title alone on the line over the rest
            merged = _joined(para, para.text, tail)
            merged.alone = False
            out.append(merged)
            index += 2
            continue
        if (
            tail is not None
            # (right under it, or under one blank line where the copy double-spaced
            # every line)
            and tail.line - _last_line(para) in (1, 2)
            and not tail.lead
            and para.text.count("(") > para.text.count(")")
            and _WRAPPED_TAIL.match(tail.text)
        ):
            merged = _joined(para, para.text, tail)
            if _COLON_ALONE.match(merged.text):
                merged.alone = False  # a label line still: the speech is joined later
                out.append(merged)
                index += 2
                continue
        out.append(para)
        index += 1
    return out


# A word in capitals and its colon opening a line: "NATO: We are prepared …",
# "COVID-19: Wear a mask …"
_CAPS_COLON_WORD: Final = recache.compile(r"^(?P<word>[A-Z][A-Z0-9&]{1,20}(?:-[A-Z0-9]{1,6})?):\s")
# A label in capitals and its colon opening a paragraph: "MR. SULLIVAN:  Thank you."
_CAPS_COLON_HEAD: Final = recache.compile(r"^(?P<name>[A-Z][A-Z0-9.’'\- ]{0,60}?):\s")
# how a sentence may end on a line: the next line opens a sentence of its own
_LINE_ENDS: Final = frozenset(".?!:;\"”’')]…—-")


def _rejoin_colon_words(paras: list[RawParagraph], wrap: int | None) -> list[RawParagraph]:
    """A word in capitals and its colon that a fixed width (``wrap``) put at a
    line's start, in the middle of a sentence ("… coordinated with allies and
    partners at" / "NATO: We are prepared …"), goes on with the paragraph right
    above it, where the line above is a full line, the labels in capitals close
    with a colon and recur (a briefing's) and the word opens no other paragraph.
    A blank line before it, a sentence ended on the line above or a short line
    above (a field: "PRESENTER: Ana Roe" over "PRODUCER: Bo Lee") leaves it a
    label: "AIDE:  Last question." under "… we will." is a voice said once.

    >>> lex = [RawParagraph("MR. ROE:  We met the allies at", 1, 0),
    ...        RawParagraph("NATO: We agreed.", 2, 0), RawParagraph("Q    Why?", 4, 0),
    ...        RawParagraph("MR. ROE:  Because.", 6, 0)]
    >>> [p.text for p in _rejoin_colon_words(lex, 40)][:2]
    ['MR. ROE:  We met the allies at NATO: We agreed.', 'Q    Why?']
    """
    words = [
        at
        for at, para in enumerate(paras)
        if at and ":" in para.text[:22] and _CAPS_COLON_WORD.match(para.text) is not None
    ]
    if wrap is None or not words:
        return paras  # most texts: no paragraph opens with one word in capitals and a colon
    heads: Counter[str] = Counter(
        match.group("name")
        for para in paras
        if ":" in para.text[:62] and (match := _CAPS_COLON_HEAD.match(para.text)) is not None
    )
    out = list(paras)
    for at in reversed(words):
        para, above = out[at], out[at - 1]
        word = _CAPS_COLON_WORD.match(para.text)
        name = word.group("word") if word is not None else ""
        if (
            heads[name] == 1
            and not para.lead
            and above.text
            and _last_line(above) + 1 == para.line
            and len(above.text) - (above.starts[-1][0] if above.starts else 0) >= wrap - 25
            and above.text.rstrip()[-1:] not in _LINE_ENDS
            and any(c >= 2 for head, c in heads.items() if head != name)
        ):
            joined = _joined(above, above.text, para)
            out[at - 1 : at + 1] = [replace(joined, bare=above.bare, alone=above.alone, upper=None)]
    return out


# The parts of a song as its lyrics head them: "Verse 1", "Chorus", "Pre-Chorus", "Bridge".
SONG_SECTION: Final = recache.compile(
    r"(?i:(?:verse|refrain|bridge|hook|intro|outro|coda|interlude|(?:pre-?)?chorus)"
    r"(?:\s+\d{1,2})?)(?:\s*\([^()\n]{1,30}\))?"
)


# A chamber's office alone on its line in ordinary case, as the Parliament of
# Catalonia's record sets each speaker over the speech: "La presidenta", "El
# conseller d'Economia (Jaume Serra i Puig)"; no colon, no full stop.
_OFFICE_ALONE: Final = recache.compile(
    r"^(?:El|La|O|A)\s+(?P<office>[^\W\d_]+)(?:\s[^.:;!?()]{0,100})?(?:\s\([^()]{3,60}\))?\s*$"
)
# A member's name alone under such a record's offices: "Dani Cornellà Detrell",
# "Maria Elisa García Fuster", capitalised words with "i", "de", "del" between.
_MEMBER_ALONE: Final = recache.compile(
    rf"^{UP}[\w’'\-]+(?:\s(?:(?:i|de|del|da|dos|y|d’|d')\s?)?{UP}[\w’'\-]+){{1,4}}\s*$"
)
OFFICE_ALONE_STYLE: Final = "office alone in ordinary case"


def _office_alone(paras: list[RawParagraph]) -> None:
    """A Catalan (or Spanish, Galician) chamber's labels alone in ordinary case:
    where the same office alone ("La presidenta") stands twice over a paragraph,
    each office alone is a label, and so is a member's name alone after the first
    of them ("Dani Cornellà Detrell" over "Gràcies, presidenta. …"); a heading
    ("Interpel·lació al Govern sobre …", "Ple del Parlament") is neither."""
    offices: list[int] = []
    for at, para in enumerate(paras[:-1]):
        short = para.bare is None and len(para.text) <= 160
        found = _OFFICE_ALONE.match(para.text) if short else None
        if found is not None and found.group("office").casefold() in OFFICES_ALONE:
            offices.append(at)
    counts = Counter(" ".join(paras[at].text.split()).casefold() for at in offices)
    if not counts or max(counts.values()) < 2:
        return
    # the holder named in brackets keys the office, there and where the record
    # writes the office again without them ("La consellera de Territori (Marta
    # Puig i Roca)", later "La consellera de Territori")
    holders: dict[str, str] = {}
    for at in offices:
        text = " ".join(paras[at].text.split())
        office, _, holder = text.partition(" (")
        key = office.replace("’", "'").casefold()
        if holder.endswith(")") and len(holder.split()) >= 2:
            holders[key] = holder[:-1]
        paras[at].bare = (holders.get(key, text), len(paras[at].text))
        paras[at].style = OFFICE_ALONE_STYLE
    for para, following in itertools.pairwise(paras[offices[0] + 1 :]):
        if (
            para.bare is None
            and following.bare is None
            and following.text[:1].isupper()
            and _MEMBER_ALONE.match(para.text) is not None
            and len(para.text) <= 60
            and para.text.split()[0].upper() not in NOT_LABELS
        ):
            para.bare = (" ".join(para.text.split()), len(para.text))
            para.style = OFFICE_ALONE_STYLE


# A member's label alone with the party (and the seat) in parentheses: "Arno Enners
# (AfD):", "Markus Hofmann (Fulda) (CDU):"; the name's words capitalised (a heading's
# "Bericht des Ausschusses (Drucksache 7/12):" is none), the party opening with a
# capital or a figure.
_MEMBER_PARTY_ALONE: Final = recache.compile(
    r"^(?:(?:[A-ZÄÖÜ][\w'’.-]*|von|van|de|der|zu)\s){1,5}"
    r"\((?:[^()\n]{1,30}\)\s\()?[A-ZÄÖÜ0-9][^()\n]{0,40}\):$"
)


def _label_alone(para: RawParagraph) -> bool:
    """A paragraph that is a label alone on its line, nothing after it."""
    return para.bare is not None and para.bare[1] >= len(para.text.rstrip())


def _join_alone_labels(
    paras: list[RawParagraph], key_heads: frozenset[str] = frozenset(), chevrons: bool = False
) -> list[RawParagraph]:
    """A label alone on its line and the paragraph after it make one turn's
    first paragraph, where the document establishes the shape: the same
    label alone twice, or two labels alone that recur. A key's group line
    (``key_heads``, "Spacecraft:") is no label; where ``chevrons`` mark the
    speakers of captions, only a line they open is."""
    for party, member in itertools.pairwise(paras):
        if _party_over_member(party.text, member.text):
            # "NDP" over "Ann Roe NDP Outremont, QC": the page's party label, no speaker;
            # the member's line opens the speech below it
            party.bare, party.style = None, ""
            party.furniture = True
            who = member.text[: member.text.find(" " + party.text + " ")]
            member.bare, member.style = (who, len(member.text)), "member, party and riding"

    _unheld_lists(paras)
    _office_alone(paras)
    held = {p.bare[0] for p in paras if p.style in _HELD_STYLES and p.bare is not None}
    if len(held) >= 2:  # "Ann Roe" alone, whom "Ann Roe (Fife) (SNP)" opened a speech as
        for para in paras:
            named = HELD_NAME_ALONE.match(para.text) if para.bare is None else None
            if named is not None and named.group("name") in held:
                para.bare = (named.group("name"), len(para.text))
                para.style = "member named alone"
    alone = [_alone_label(p) for p in paras]
    if chevrons:
        # a cue's words in capitals that end a sentence ("WILL COME TO ORDER.") look
        # like a play's label alone; joined to the next cue, its timing became words
        alone = [
            a if p.style == "caption chevrons" else None for p, a in zip(paras, alone, strict=True)
        ]
    if key_heads:
        alone = [None if a in key_heads else a for a in alone]
    if sum(1 for a in alone if a) >= 6:
        alone = _unspaced_once(paras, alone)
    if any(p.style == "name and time" for p in paras):
        alone = _untimed_names(paras, alone)
    counts = Counter(" ".join(a.split()) for a in alone if a)
    if len(counts) >= 2 and all(SONG_SECTION.fullmatch(name) for name in counts):
        # "Verse 1:" / "Chorus:" over the lines they head: a song's parts, no one speaks
        alone = [None] * len(paras)
        counts = Counter()
    recurring = {name for name, n in counts.items() if n >= 2}
    if len(recurring) >= 2:  # "ALAIN, REVENANT." beside "ALAIN." and "ROSINE." alone
        known = {name.casefold() for name in recurring}
        # (never the line under a label alone: "GUIDO" / "FLIGHT, GUIDANCE." is a call)
        alone = [
            a if a in recurring or (at and alone[at - 1]) else _led_label(p, known) or a
            for at, (p, a) in enumerate(zip(paras, alone, strict=True))
        ]
    # the forms of the labels that recur ("Chairman ROE." a title and a name in
    # capitals, a stop): a label of that form said once is a label too ("Mr. LEE.")
    forms = {
        _alone_form(p.text)
        for p, a in zip(paras, alone, strict=True)
        if a and " ".join(a.split()) in recurring
    } - {""}
    # offices with their holders, members with seat and party alone: a report's shape
    held_lines = sum(1 for p in paras if p.style in _HELD_STYLES) >= 2
    established = sum(1 for c in counts.values() if c >= 2)
    # a chamber's record: the chair's label recurs, each member speaks once
    chaired = established >= 1 and sum(counts.values()) >= 4
    # a printed play's labels with a direction ("ODA, à part."): beside one recurring
    # label, a name in capitals alone once ("BRUNO.") is a label too
    directed = established >= 1 and any(
        a and _directed_alone(p) for p, a in zip(paras, alone, strict=True)
    )
    # names with a time alone on their line ("Tom Berg  10:02 AM", "Jane Doe (00:00:01):"):
    # the shape of a meeting or transcription service's export
    timed = sum(1 for p, a in zip(paras, alone, strict=True) if a and _has_time(p))
    times = [_time_alone(p.text) for p in paras]  # each paragraph: a time alone
    # a time alone, then a name alone, then the text ("00:01:05" / "Jane Doe" / …),
    # or a label alone ("00:01" / "Jane Doe:" / …, a recording player's copy)
    # (a word alone between two times, "Laughter.", is an event at the first, no name)
    time_named = sum(
        1
        for index, second in enumerate(paras[1:-1])
        if times[index]
        and (alone[index + 1] or NAME_ONLY.match(second.text))
        and not times[index + 2]
    )
    # a name alone, then a time alone, then the text ("Jane Doe" / "00:01:05" / …)
    # (where names in bold alone label the turns, a recording's times stand alone
    # between the paragraphs of a turn: a short line over one, "have" / "80:46", is
    # the end of a sentence the time cut, no one's name; only those names are)
    bold_labelled = sum(1 for p in paras if p.style == "emphasised label" and _label_alone(p)) >= 2
    named_time = sum(
        1
        for index, first in enumerate(paras[:-1])
        if times[index + 1]
        and _display_name(first.text)
        and (first.bare is not None or not bold_labelled)
    )
    if time_named >= 2:  # a recording player's copy: a handle alone is a label ("fred:")
        alone = [a or _handle_alone(p) for p, a in zip(paras, alone, strict=True)]
        counts = Counter(" ".join(a.split()) for a in alone if a)
    # a time alone over a labelled line, as Google Meet marks every few minutes
    time_over_turn = sum(
        1 for index, second in enumerate(paras[1:]) if times[index] and _labelled(second.text)
    )
    # labels in capitals that open their speech's line ("MR. KELLEY. Thank you."), as an
    # FOMC transcript prints them: asked only where a label alone ends in a full stop
    inline = (
        _inline_stop_labels(paras)
        if any(a and p.text.endswith(".") for p, a in zip(paras, alone, strict=True))
        else Counter[str]()
    )
    dashed = _dashed_days(paras)
    # (a time over a name alone, twice: a recording player's copy, or a chat panel
    # copied with each post's time under its message; only the copy's first lines tell)
    under = time_named >= 2 and _times_under_posts(paras, times)
    # (a line under a time that recurs so is a sender, a handle in small letters too)
    senders: Counter[str] = Counter()
    if under:
        senders.update(paras[i + 1].text for i in range(len(paras) - 1) if times[i])
    out: list[RawParagraph] = []
    index = 0
    while index < len(paras):
        para = paras[index]
        name = alone[index]
        following = paras[index + 1] if index + 1 < len(paras) else None
        key = " ".join(name.split()) if name else ""
        after = paras[index + 2] if index + 2 < len(paras) else None
        if under and times[index]:
            # the time the post above was sent at, a point of the timeline in its
            # turn: no label of the next sender
            out.append(_time_under_post(para))
            index += 1
            continue
        if under and (index == 0 or times[index - 1]) and _sender_line(para):
            out.append(_sent_at(para, paras, times, index + 1))  # the sender over the message
            index += 1
            continue
        if (
            times[index]
            and following is not None
            and following.style in _HELD_STYLES
            and alone[index + 1]
            and not following.lead
            and _HOURS_MINUTES.fullmatch(para.text) is not None
        ):
            # "14:21" over "Ann Roe (Fife) (Con)" alone, as a parliament's official report
            # on the web times a speech: the time the member rose, the line its turn's
            # (it takes the member line's place, which then opens the speech under it)
            rose = _time_over(para, following)
            hours, minutes = para.text.split(":")
            clock = f"{int(hours):02d}:{minutes}:00"  # a time of day, never time elapsed
            paras[index + 1] = replace(rose, stamp=Stamp(para.text, 0, None, clock))
            index += 1
            continue
        if (
            under
            and (index == 0 or times[index - 1])
            and following is not None
            and following.text
            and not times[index + 1]
            and _poster_name(para.text)
            and (para.text[:1].isupper() or senders.get(para.text, 0) >= 2)
        ):
            out.append(_sent_at(_name_over_post(para, following), paras, times, index + 2))
            index += 2
            continue
        day = dashed.get(index + 1)
        if day is not None and following is not None and after is not None and after.text:
            out.append(_name_dash_text(para, following, day, after))
            index += 3
            continue
        if (
            named_time >= 2
            and following is not None
            and after is not None
            and after.text
            and _display_name(para.text)
            and (para.bare is not None or not bold_labelled)
            and times[index + 1]
            and alone[index + 2] is None
            and not times[index + 2]
            and para.text.upper() not in NOT_LABELS
        ):
            out.append(_name_time_text(para, following, after))
            index += 3
            continue
        if (
            following is not None
            and after is not None
            and times[index]
            and alone[index + 2] is None
            and after.text
            and not times[index + 2]
            and (
                (alone[index + 1] and counts[" ".join((alone[index + 1] or "").split())] >= 2)
                or ((alone[index + 1] or NAME_ONLY.match(following.text)) and time_named >= 2)
            )
        ):
            out.append(_time_name_text(para, following, alone[index + 1], after))
            index += 3
            continue
        if time_named >= 2 and following is not None and times[index] and not following.lead:
            # a recording player's copy: a time alone over a paragraph of speech is
            # the time it was said at, over a label said on the line the time of
            # its turn ("00:54" / "Ben Ode: Thanks …")
            if _labelled(following.text):
                following.style = following.style or PLAYER_LABEL
                out.append(_time_over(para, following))
                index += 2
                continue
            if _glued(following.text):  # "RICHARD DOUD:I see.": its label's time too
                out.append(_time_over(para, following))
                index += 2
                continue
            if alone[index + 1] is None and following.text and not times[index + 1]:
                out.append(_time_over(para, following, TIME_OVER_SPEECH))
                index += 2
                continue
        if (
            time_over_turn >= 2
            and following is not None
            and times[index]
            and not following.lead
            and _event_under_time(following, after)
        ):
            # "[-00:00:01:42]" / "Laughter." / "[-00:00:01:39]": what was heard at that time
            out.append(_time_over(para, following, "event under a time"))
            index += 2
            continue
        if (
            time_over_turn >= 2
            and following is not None
            and times[index]
            and alone[index + 1] is None
            and (_labelled(following.text) or _glued(following.text))
        ):
            if following.lead:  # a page or tape field between: each stays in its place
                following.style = following.style or "label under a time"
            else:
                out.append(_time_over(para, following))
                index += 2
                continue
        if (
            para.style == "name over site links"
            and following is not None
            and after is not None
            and after.text
            and not following.lead
            and alone[index + 2] is None
            and boilerplate_match(following.text) is not None
        ):
            # "Link to this: Individually | In context" between the name and the
            # speech: the site's furniture, left out; the name opens the speech
            following.furniture = True
            out.append(following)
            out.append(_joined(para, name or "", after))
            index += 3
            continue
        if (
            name
            and following is not None
            and following.text
            and alone[index + 1] is None
            and (not following.lead or _page_lead(following))
            and (
                counts[key] >= 2
                or (established >= 2 and len(key.split()) <= 4)
                or (chaired and 2 <= len(key.split()) <= 4)
                or (
                    forms
                    and _alone_form(para.text) in forms
                    and 2 <= len(key.split()) <= 4
                    and not _not_a_name(key)
                )
                # "Arno Enners (AfD):" once beside the chair's recurring label, on a
                # page of a record too short to hold four labels: a member and party
                or (
                    established >= 1
                    and para.text[-2:] == "):"
                    and 2 <= len(key.split()) <= 4
                    and _MEMBER_PARTY_ALONE.match(para.text) is not None
                )
                or (directed and key.isupper())
                # a German chamber's chair alone over the speech, the page's one label
                # ("Vizepräsident Wulf Gallert:", a Landtag's web page of one contribution)
                or (len(counts) == 1 and _CHAIR_ALONE.match(para.text) is not None)
                or (_has_time(para) and timed >= 2)
                or time_named >= 2  # a recording player's copy: labels alone are its shape
                or para.style == "chat post"  # the message under its head
                # a screenplay's cue, the dialogue (or its parenthetical) right under it
                or (para.style == "screenplay cue" and following.line == para.line + 1)
                or para.style == "name over site links"  # a site's member over a speech
                or para.style == "member, party and riding"
                or para.style == LED_LABEL
                or para.style == OFFICE_ALONE_STYLE
                or (held_lines and para.style in (*_HELD_STYLES, "member named alone"))
                or _alone_among_inline(para, key, inline)
            )
            and (not _opens(following.text, Shape()) or _REMARK_FIRST.match(following.text))
            and PARTICIPANTS_HEAD.match(para.text) is None  # Otter's "SPEAKERS" over the names
            # (a field has a colon: "BRUNO." over "Bonjour." is a label and its speech)
            and not (para.text.endswith(":") and _field_over_names(key, following, after))
        ):
            if para.bare is None and _surname_initials(key):
                # the initials' stop ends the label only at the line's end: the
                # joined line keeps its label's extent ("БОНДАР А.В." + the speech)
                para.bare, para.style = (name, len(para.text)), SURNAME_ALONE
            out.append(_joined(para, name, following))
            index += 2
            continue
        if time_named >= 2 and para.bare is None and not para.style and _labelled(para.text):
            para.style = PLAYER_LABEL  # "Ben Ode: Thanks …" among labels alone
        elif (
            name
            and para.bare is None
            and following is not None
            and _labelled(following.text)
            # ("Senator Lee." set apart over "SENATOR LEE:  Good morning.": the chair
            # calling on the next speaker, words of the turn before, no label)
            and not (para.text[-1:] == "." and _CAPS_COLON.match(following.text.lstrip()))
        ):
            # "Ben Ode: " with nothing after it, the next paragraph labelled (as Google
            # Meet leaves a turn it heard nothing in): a turn without words, if it recurs
            para.bare = (name, len(para.text))
            para.style = EMPTY_LABEL
        out.append(para)
        index += 1
    return out


def _untimed_names(paras: list[RawParagraph], alone: list[str | None]) -> list[str | None]:
    """Where an export's labels are a name and its time alone on a line ("Rosa Lind
    0:00"), that name alone over the words, said so twice at least with its time, is
    the same label with the time left out (an editor's cut): the label alone, marked
    so on its paragraph.

    >>> texts = ("Bo", "Hi.", "Bo", "No.", "Bo", "Yes.")
    >>> paras = [RawParagraph(t, n, 0) for n, t in enumerate(texts)]
    >>> paras[0].style = paras[2].style = "name and time"
    >>> _untimed_names(paras, ["Bo", None, "Bo", None, None, None])[4], paras[4].style
    ('Bo', 'name without its time')
    """
    timed = Counter(
        a for p, a in zip(paras, alone, strict=True) if a is not None and p.style == "name and time"
    )
    out: list[str | None] = []
    for index, (para, name) in enumerate(zip(paras, alone, strict=True)):
        text = para.text.strip()
        below = paras[index + 1] if index + 1 < len(paras) else None
        # (over words, not over a time: Teams's web copy heads a block of timed
        # segments with the name alone, "Noor Haddad" / "0 minutes 4 seconds0:04")
        words = below is not None and below.bare is None and not below.text[:1].isdecimal()
        if name is None and para.bare is None and timed[text] >= 2 and words:
            para.bare = (text, len(para.text))
            para.style = "name without its time"
            name = text
        out.append(name)
    return out


def _inline_stop_labels(paras: list[RawParagraph]) -> Counter[str]:
    """The names of the labels in capitals with a full stop that open a line
    with its speech ("CHAIRMAN GREENSPAN. Is there a second?"), with their counts."""
    found: Counter[str] = Counter()
    for para in paras:
        if para.text[:1].isupper() and "." in para.text[:60]:
            match = upper_label(para, para.text)
            if match is not None and match.group("rest") and match.group("term") == ".":
                found[" ".join(match.group("name").split())] += 1
    return found


# A surname in capitals and the initials after it, the label alone over the speech
# as the Verkhovna Rada's and the Duma's stenograms set it ("БОНДАР А.В.", "ROE J."):
# a person's name by its form, never a heading's words.
SURNAME_ALONE: Final = "surname and initials alone"
# (from a word's start only: searched, a long word in capitals tried from each of its
# letters would cost its length squared)
SURNAME_INITIALS: Final = LazyPattern(
    rf"(?<!\w){UP}{{2,}}(?:[\-’']{UP}{{2,}})?\s{UP}(?:\.\s?{UP})?$"
)


def _alone_among_inline(para: RawParagraph, key: str, inline: Counter[str]) -> bool:
    """A label in capitals with its full stop alone on its line, over its speech, in a
    transcript whose labels so written otherwise open their speech's line ("MR.
    BERNARD." over the list of officers he reads): a title's label (MR., MS., DR.,
    MADAM …) or a name that speaks elsewhere; a heading in capitals ("NEW BUSINESS.")
    is neither. The name in capitals may follow a title in small letters, as a
    congressional hearing prints it ("Chairman HASKINS." alone over his opening,
    "Ms. PRUITT. Thank you." elsewhere); or a surname with its initials, as a
    parliament's stenogram sets a member alone ("БОНДАР А.В." under the chair's
    inline "ГОЛОВУЮЧИЙ. …")."""
    return (
        sum(inline.values()) >= 4
        and len(inline) >= 2
        and para.text.endswith(".")
        and key.split()[-1].isupper()
        and (key in inline or HONORIFIC_PREFIX.match(key) is not None or _surname_initials(key))
    )


# The words a part of a document is numbered or lettered after ("PART B.", "ANNEX C."
# alone over its text): a heading, though shaped as a surname and its initial.
_DIVISION_WORDS: Final = frozenset(
    "part parts section annex schedule appendix exhibit table item article chapter option "
    "phase stage tab attachment figure plan group class type grade level unit block room "
    "zone row series tier panel session day week round act scene".split()
)


def _surname_initials(key: str) -> bool:
    """A surname and its initials ("БОНДАР А.В"), not a part's heading ("ANNEX B")."""
    return (
        SURNAME_INITIALS.match(key) is not None and key.split()[0].casefold() not in _DIVISION_WORDS
    )


def _handle_alone(para: RawParagraph) -> str | None:
    """A handle in small letters alone with its colon ("fred:"), as a recording
    player's copy writes a name typed so: the label of the speech below it."""
    handle = _HANDLE.match(para.text[:-1]) if para.text[-1:] == ":" else None
    if handle is None or para.text[:1].isupper() or para.text[:-1] in NOT_HANDLES:
        return None
    para.bare = (para.text[:-1], len(para.text))
    para.style = PLAYER_LABEL
    return para.text[:-1]


# A label with nothing after it over a labelled paragraph: a turn with no words.
EMPTY_LABEL: Final = "label with no words"
# A label before the words in a recording player's copy, where labels stand
# alone under times: a turn even said once.
PLAYER_LABEL: Final = "label among labels alone"
# A time alone over a paragraph of a speech, in the same copy: the time the
# paragraph was said at, never words of the speech.
TIME_OVER_SPEECH: Final = "time over speech"
# a sender alone over the message, in a chat panel that sets each post's time under it
POST_SENDER: Final = "sender over its post"
# A chat app's export line with its date and time and no sender ("12/01/2023, 10:22 -
# Ana Ruiz joined using this group's invite link"): the app's note of an event. Every
# message of such an export names its sender, so the line is no member's words.
CHAT_EVENT: Final = "chat event"


def _party_over_member(party: str, below: str) -> bool:
    """A party's name alone over a member's line that names it again after the
    name ("NDP" over "Ann Roe NDP Outremont, QC"), as a parliament's web page
    sets each speech: the party is no speaker.

    >>> _party_over_member("NDP", "Ann Roe NDP Outremont, QC")
    True
    >>> _party_over_member("CC", "CC Roger")
    False
    """
    if not party or len(party) > 30 or not party[:1].isupper() or " " + party + " " not in below:
        return False
    at = below.find(" " + party + " ", 0, 80)
    return at > 0 and NAME_ONLY.match(below[:at]) is not None and " " in below[:at]


def _field_over_names(key: str, following: RawParagraph, after: RawParagraph | None) -> bool:
    """A word and a colon over names one a line is a field of an agenda, not a
    speaker: "Berichterstattung:" (the rapporteurs) over "Abgeordnete Dr. Jonas
    Feld" and "Marta Klee (Bremen)".

    >>> names = RawParagraph("Abgeordnete Lea Runge", 2, 0), RawParagraph("Paul Ott (Kiel)", 3, 0)
    >>> _field_over_names("Berichterstattung", *names), _field_over_names("Lea Runge", *names)
    (True, False)
    """
    return (
        len(key.split()) == 1
        and after is not None
        and _NAME_LINE.match(following.text) is not None
        and _NAME_LINE.match(after.text) is not None
    )


# A name alone on its line, maybe with its place or party: "Paul Ott (Kiel)".
_NAME_LINE: Final = LazyPattern(
    rf"^{UP}[\w’'.\-]*(?:[ \t]{UP}[\w’'.\-]*){{0,4}}(?:[ \t]*\([^()\n]{{1,40}}\))?[ \t]*$"
)


def _time_alone(text: str) -> bool:
    """TIME_ALONE, tried only on a line that starts with a digit or a bracket, or
    a Markdown heading holding a time and nothing else ("## 00:00:37"), as an
    oral history edited in Markdown heads each turn with its time on the tape.

    >>> [_time_alone(t) for t in ("00:01:05", "## 00:00:37", "## [00:00:37]", "## Intro")]
    [True, True, True, False]
    """
    if text[:1] == "#":
        text = text[_heading_marks(text) :]
    return (text[:1].isdecimal() or text[:1] == "[") and TIME_ALONE.match(text) is not None


def _heading_marks(text: str) -> int:
    """How long the marks of a Markdown heading are before its words ("## " → 3);
    0 where the line is no heading ("#3", "####### x").

    >>> _heading_marks("## 00:00:37"), _heading_marks("#3 on the list")
    (3, 0)
    """
    hashes = len(text) - len(text.lstrip("#"))
    rest = text[hashes:]
    if not 1 <= hashes <= 6 or rest[:1] not in (" ", "\t"):
        return 0
    return len(text) - len(rest.lstrip(" \t"))


_PAREN_CLOCK: Final = recache.compile(rf"\({_CLOCK}\)")


def _has_time(para: RawParagraph) -> bool:
    return para.stamp is not None or _PAREN_CLOCK.search(para.text) is not None


def _time_name_text(
    time: RawParagraph, label: RawParagraph, name: str | None, speech: RawParagraph
) -> RawParagraph:
    """A time alone, a label alone, the text: one turn's first paragraph, the
    time in its label. ``name`` is the label the shapes found, or None for a
    name written alone without a terminator ("Jane Doe")."""
    joined = _joined(label, name or label.text, speech)
    written, at = _time_text(time.text)
    shift = len(time.text) + 1
    bare = joined.bare
    if bare is None and name is None:
        bare = (label.text, len(label.text) + 1)
    return RawParagraph(
        f"{time.text} {joined.text}",
        time.line,
        time.col_offset,
        lead=time.lead + joined.lead,
        marks=joined.marks,
        starts=(
            (shift, label.line, label.col_offset),
            *((offset + shift, line, col) for offset, line, col in joined.starts),
        ),
        stamp=Stamp(written, at, seconds_of(written)),
        # a label in capitals ("MR. SMITH.") is read after the time; a name or a
        # call sign is taken as found
        skip=shift if bare is None else 0,
        bare=(bare[0], bare[1] + shift) if bare is not None else None,
        style=joined.style or "time and name",
        alone=True,
    )


def _labelled(text: str) -> bool:
    """A line that opens with a speaker's label and goes on with speech (a label
    in Markdown emphasis too, "**Ana Ruiz:** Welcome")."""
    if text[:1] in "*_":
        bold = EMPHASISED_LABEL.match(text)
        if bold is not None and not _not_a_name(bold.group("name")):
            return bold.end() < len(text)
    match = colon_label(text) or UPPER_LABEL.match(text)
    return match is not None and bool(match.group("rest"))


def _glued(text: str) -> bool:
    """A label in capitals typed against its words, no space after the colon
    ("RICHARD DOUD:I see.", a typist's slip under a time): the classifier reads it
    as a label where the document uses it twice or more.

    >>> _glued("RICHARD DOUD:I see."), _glued("NOTE:see below"), _glued("Ana Ruiz: Hi")
    (True, False, False)
    """
    colon = text.find(":", 2, 40) if text[:1].isupper() else -1
    if colon < 0 or not text[colon + 1 : colon + 2].isupper():
        return False
    label = UPPER_LABEL.match(f"{text[: colon + 1]} {text[colon + 1 :]}")
    return label is not None and label.group("term") == ":"


def _opens_said(rest: str) -> bool:
    """Whether words open as speech does: a capital, a quotation mark or a
    bracket ("Welcome back", "[laughs] Yes"); not a figure or a small letter
    ("412 passed", "fetched 1 commit")."""
    first = rest.lstrip()[:1]
    return first.isupper() or (first != "" and not first.isalnum())


def _poster_times(paras: list[RawParagraph]) -> None:
    """A time alone on the line under a poster's name, over the words (a meeting
    export: "Ana Ruiz" / "00:00:09" / "Happy to be here."): the label's time."""
    for para in paras:
        if para.style != "name over a message" or para.bare is None or len(para.starts) < 2:
            continue
        at, end = para.starts[0][0], para.starts[1][0] - 1
        line = para.text[at:end]
        if not _time_alone(line) or para.bare[1] != at - 1:
            continue
        written, offset = _time_text(line)
        clock = clock_of(written)
        para.stamp = Stamp(written, at + offset, None if clock else seconds_of(written), clock)
        para.bare = (para.bare[0], end)
        para.style = "name and time"


def _time_text(text: str) -> tuple[str, int]:
    """A time alone as written, and where it starts on its line:
    "[00:03:11:58]" → ("00:03:11:58", 1), "00:05:00" → ("00:05:00", 0).

    >>> _time_text("[-00:00:00:08]."), _time_text("00:05:00")
    (('-00:00:00:08', 1), ('00:05:00', 0))
    """
    marks = _heading_marks(text) if text[:1] == "#" else 0  # "## 00:00:37"
    text = text[marks:]
    return (text[1 : text.rindex("]")], marks + 1) if text[:1] == "[" else (text, marks)


def _event_under_time(line: RawParagraph, after: RawParagraph | None) -> bool:
    """A few words under a time with no label, the next time right under them
    (or nothing): a sound or an event at that time, never a speaker's name.

    >>> _event_under_time(RawParagraph("Garble.", 2, 0), RawParagraph("[00:00:09]", 3, 0))
    True
    """
    return (
        len(line.text.split()) <= 4
        and line.bare is None
        and not _labelled(line.text)
        and not _glued(line.text)
        and not _time_alone(line.text)
        and (after is None or _time_alone(after.text))
    )


# A time of day in hours and minutes alone, as an official report on the web sets it
# over a member's line: "14:21".
_HOURS_MINUTES: Final = recache.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d")


def _time_over(time: RawParagraph, turn: RawParagraph, style: str = "") -> RawParagraph:
    """A time alone on its line and the labelled line under it: the turn, the
    time before its label (as "00:05:00 Ffion Pritchard: …" would be)."""
    shift = len(time.text) + 1
    written, at = _time_text(time.text)
    return RawParagraph(
        f"{time.text} {_shift_marks(turn.text, len(time.marks))}",
        time.line,
        time.col_offset,
        lead=time.lead + turn.lead,
        marks=time.marks + turn.marks,
        starts=(
            (shift, turn.line, turn.col_offset),
            *((offset + shift, line, col) for offset, line, col in turn.starts),
        ),
        stamp=Stamp(written, at, seconds_of(written)),
        skip=shift,
        # a label the shapes found in the line ("**Ana Ruiz:** …") stays its label
        bare=(turn.bare[0], turn.bare[1] + shift) if turn.bare is not None else None,
        style=style or turn.style or "time over a label",
    )


_DISPLAY_NAME: Final = recache.compile(r"^[^\s:\[\]()]+(?: [^\s:\[\]()]+){0,3}$")


def _display_name(text: str) -> bool:
    """A name as a meeting program shows it: a person's name or whatever the
    participant typed or the device is called ("Lena's iPhone", "rosa_k")."""
    return (
        len(text) <= 40
        and text[-1:] not in ".?!,;"
        and _DISPLAY_NAME.match(text) is not None
        and not _time_alone(text)
    )


def _name_time_text(name: RawParagraph, time: RawParagraph, speech: RawParagraph) -> RawParagraph:
    """A name alone, a time alone, the text (as Zoom and Otter write them): one
    turn's first paragraph, labelled as "Jane Doe  00:01:05" on one line is."""
    label = _joined(name, name.text, time)
    written, at = _time_text(time.text)
    clock = clock_of(written)
    start = len(name.text) + 1 + at
    label.stamp = Stamp(written, start, None if clock else seconds_of(written), clock)
    label.bare = (name.text, len(label.text))
    label.style = "name and time"
    return _joined(label, name.text, speech)


def _dashed_days(paras: list[RawParagraph]) -> dict[int, re.Match[str]]:
    """The lines of a channel copied from a newer Discord that carry a post's dash,
    day and time (DASHED_DAY) under its poster's display name alone: paragraph index →
    the match. The shape is the file's where three posts or more by two posters at
    least stand so, one of them posting again (a list's items over due times, each
    once, are no posts).

    >>> paras = [RawParagraph(t, n, 0) for n, t in enumerate(("Bo Kim", "— Today at 9:02 AM",
    ...     "Hi.", "Ana", "— Today at 9:03 AM", "Yes.", "Bo Kim", "— Today at 9:05 AM", "Ok."))]
    >>> sorted(_dashed_days(paras))
    [1, 4, 7]
    """
    if not any(p.text[:1] in "—–" for p in paras):  # cheap: no line opens with a dash
        return {}
    found: dict[int, re.Match[str]] = {}
    posters: Counter[str] = Counter()
    for index in range(1, len(paras)):
        text, poster = paras[index].text, paras[index - 1].text
        day = DASHED_DAY.match(text) if text[:1] in "—–" else None
        if day is not None and _display_name(poster) and not _not_a_name(poster):
            found[index] = day
            posters[poster] += 1
    if posters.total() < 3 or len(posters) < 2 or max(posters.values()) < 2:
        return {}
    # (a day's programme puts its items over round times, "Keynote" / "— 9:00 AM";
    # posts are made at any minute)
    if all(
        _ROUND_SLOT.match(day.group("t").split()[0].rstrip("APMapm.")) for day in found.values()
    ):
        return {}
    return found


def _poster_name(text: str) -> bool:
    """A sender's name as a chat panel shows it: a display name, its handle before
    " // " or its pronouns and company in parentheses after it ("Bo // Bo Kim (he/him)").

    >>> [_poster_name(t) for t in ("Bo // Bo Kim (he/him) (Acme)", "Ana Ruiz", "we agree.")]
    [True, True, False]
    """
    head = text.split(" // ", 1)[0].split(" (", 1)[0]
    return len(text) <= 80 and text[-1:] not in ".?!,;:" and _display_name(head)


def _times_under_posts(paras: list[RawParagraph], times: list[bool]) -> bool:
    """Whether a chat is copied from a panel that sets each post's time under its
    message (Jitsi Meet's: "Ana Ruiz" / "the draft is up" / "22:36" / "Bo Kim" / …),
    not over the sender's name as a recording player's copy does ("00:36" / "Ana
    Ruiz" / …). The two differ only at the copy's edges: here the first line is a
    sender over words, no time above it, who posts again under a later time."""
    if len(paras) < 6 or times[0] or times[1] or not _poster_name(paras[0].text):
        return False
    first = paras[0].text
    return any(
        times[index] and paras[index + 1].text == first for index in range(2, len(paras) - 1)
    )


def _sent_at(
    post: RawParagraph, paras: list[RawParagraph], times: list[bool], start: int
) -> RawParagraph:
    """The post's turn takes the time the panel set under its message (the first
    time from ``start`` on) as the turn's time (``sp/@synch``); the time itself
    stays written where it stands, under the message."""
    under = next((i for i in range(start, len(paras)) if times[i]), None)
    if under is None:
        return post
    written, _at = _time_text(paras[under].text)
    clock = _post_clock(written)
    post.stamp = Stamp("", 0, None if clock else seconds_of(written), clock)
    return post


def _sender_line(para: RawParagraph) -> bool:
    """Whether a paragraph opens with a sender's name alone on its first line, the
    message on the lines below it (the copy set no blank line between them): the
    label, ending where the message starts."""
    if not para.starts or para.bare is not None:
        return False
    start = para.starts[0][0]
    # (the panel sets a sender's further posts under the first without the name: a
    # post of two lines there, "ok" / "see you then", opens with no sender; a name
    # said once over its post, the lines run together, opens with a capital)
    head = para.text[: start - 1]
    if not head[:1].isupper() or not _poster_name(head):
        return False
    para.bare = (para.text[: start - 1], start)
    para.style = POST_SENDER
    para.alone = True
    return True


def _post_clock(written: str) -> str | None:
    """The time of day a chat panel gives a post ("22:36", "9:05 PM") as xs:time.

    >>> _post_clock("22:36"), _post_clock("9:05 PM"), _post_clock("25:10"), _post_clock("ok")
    ('22:36:00', '21:05:00', None, None)
    """
    clock = clock_of(written)
    if clock is not None:
        return clock
    parts = written.split(":")
    if not 2 <= len(parts) <= 3 or not all(p.isdecimal() and len(p) <= 2 for p in parts):
        return None
    hour, minute, *second = (int(p) for p in parts)
    if hour > 23 or minute > 59 or (second and second[0] > 59):
        return None
    return f"{hour:02d}:{minute:02d}:{second[0] if second else 0:02d}"


def _time_under_post(time: RawParagraph) -> RawParagraph:
    """A time alone under a chat post's message: the time of day it was sent, kept
    as a point of the timeline where it stands."""
    written, at = _time_text(time.text)
    clock = _post_clock(written)
    time.stamp = Stamp(written, at, None if clock else seconds_of(written), clock)
    time.skip = len(time.text)
    time.style = TIME_OVER_SPEECH
    return time


def _name_over_post(name: RawParagraph, speech: RawParagraph) -> RawParagraph:
    """A sender's name alone over the message: one turn's first paragraph (the
    time the panel set under the message stays where it stands)."""
    name.bare = (name.text, len(name.text))
    name.style = POST_SENDER
    joined = _joined(name, name.text, speech)
    joined.alone = True
    return joined


def _name_dash_text(
    name: RawParagraph, dash: RawParagraph, day: re.Match[str], speech: RawParagraph
) -> RawParagraph:
    """A poster's name alone, the dash with the day and time, the message: one
    turn's first paragraph, labelled as "Bo Kim — Today at 9:02 AM" on one line is."""
    label = _joined(name, name.text, dash)
    at = day.start("d") if day.group("d") else day.start("t")  # the day, or the time alone
    label.stamp = Stamp(dash.text[at:], len(name.text) + 1 + at, None, clock_of(day.group("t")))
    label.bare = (name.text, len(label.text))
    label.style = "chat post"
    return _joined(label, name.text, speech)


# A remark in square brackets, words only, opening the speech under a label alone:
# "THE CHAIR:" / "[Inaudible] Item five." (no time, no page number; a parenthesis
# there is the speaker's delivery, as a screenplay's "(out of breath)")
_REMARK_FIRST: Final = recache.compile(
    r"\[[^\W\d_][^\W\d_ .,'’-]*(?:[ .,'’-]+[^\W\d_]+){0,5}\.?\](?:\s|$)"
)


def _alone_form(text: str) -> str:
    """The form of a label alone on its line, of two words or more ending in a
    stop or a colon: the mark, then whether its last word and its first are in
    capitals ("Chairman ROE." and "Mr. LEE." ".Cm"; "Ana Ruiz:" ":mm"); "" for
    any other line.

    >>> [_alone_form(t) for t in ("Chairman ROE.", "Mr. LEE.", "Ana Ruiz:", "HEARING.", "Yes")]
    ['.Cm', '.Cm', ':mm', '', '']
    """
    end = text[-1:]
    words = text[:-1].split()
    if end not in ".:" or len(words) < 2:
        return ""
    last, first = words[-1], words[0]
    return (
        end + ("C" if last.isupper() and len(last) > 1 else "m") + ("C" if first.isupper() else "m")
    )


def _page_lead(para: RawParagraph) -> bool:
    """Whether the breaks before ``para`` are a page's only (its number, its
    running head), as a PDF's page foot falls between a label alone and its speech."""
    return any(isinstance(node, PageMark) for node in para.lead) and all(
        isinstance(node, PageMark | Folio | LineBreak) for node in para.lead
    )


def _joined(label: RawParagraph, name: str, speech: RawParagraph) -> RawParagraph:
    """The label alone and the speech under it as one paragraph; a page's breaks
    between them (``speech.lead``) stand inside, where the speech begins."""
    between = speech.lead
    inside = "".join(chr(MARK_BASE + len(label.marks) + k) for k in range(len(between)))
    shift = len(label.text) + 1
    marks = (*label.marks, *between, *speech.marks)
    text = label.text + " " + inside + _shift_marks(speech.text, len(label.marks) + len(between))
    bare = label.bare if label.bare is not None else None
    if bare is not None:
        bare = (bare[0], shift)
    joined = RawParagraph(
        text,
        label.line,
        label.col_offset,
        lead=label.lead,
        marks=marks,
        starts=(
            *label.starts,
            (shift, speech.line, speech.col_offset),
            *((offset + shift, line, col) for offset, line, col in speech.starts),
        ),
        stamp=label.stamp,
        skip=label.skip,
        bare=bare,
        style=label.style,
        alone=True,
    )
    del name
    return joined


def _across_pages(paras: list[RawParagraph]) -> list[RawParagraph]:
    """A sentence that a page's end cut in two is one paragraph with the page
    break inside it: a paragraph that ends on a word with no stop, then the
    page's number (and running head), then words going on in small letters
    ("… we all decided to go" / "Page 2" / "there, to the city …").

    >>> paras = [RawParagraph("we decided to go", 1, 0),
    ...          RawParagraph("there at once.", 5, 0, lead=(PageMark("2", "Page 2"),))]
    >>> [(p.text, p.marks) for p in _across_pages(paras)]  # doctest: +NORMALIZE_WHITESPACE
    [('we decided to go \\ue000\\ue001there at once.',
      (LineBreak(n=None), PageMark(n='2', text='Page 2', formfeed=False)))]
    >>> paras[0].text = "we went."  # a sentence ended: the page opens a paragraph
    >>> len(_across_pages(paras))
    2
    """
    out: list[RawParagraph] = []
    for para in paras:
        last = out[-1] if out else None
        if last is not None and _goes_on_over_page(last, para):
            out[-1] = _carried_over(last, para)
        else:
            out.append(para)
    return out


def _goes_on_over_page(last: RawParagraph, para: RawParagraph) -> bool:
    """Whether ``para``, after a page break, goes on with the sentence ``last``
    left open (a word, or a comma, at its end; a small letter opening it)."""
    return (
        para.text[:1].islower()
        and (last.text[-1:].isalpha() or last.text[-1:] == ",")
        and any(isinstance(node, PageMark) for node in para.lead)
        and all(isinstance(node, PageMark | Folio) for node in para.lead)
        and para.bare is None
        and para.stamp is None
        and not para.style
        and not para.furniture
        and not last.furniture
        and not _labelled(para.text)
        and _WORD_AND_COLON.match(para.text) is None  # "ana: back to …", a handle's turn
    )


# A word and a colon opening a line: a handle's label ("ana: yes"), a field ("re: …").
_WORD_AND_COLON: Final = recache.compile(r"[^\s:]{1,30}:\s")


def _carried_over(last: RawParagraph, para: RawParagraph) -> RawParagraph:
    """``last`` going on with ``para``, the breaks between them inside: first
    the end of the line the sentence stopped on (the page's lines stood on
    their own, and the text given back sets them so again), then the page's."""
    between = (LineBreak(None), *para.lead)
    inside = "".join(chr(MARK_BASE + len(last.marks) + k) for k in range(len(between)))
    shift = len(last.text) + 1 + len(inside)
    text = last.text + " " + inside + _shift_marks(para.text, len(last.marks) + len(between))
    starts = (
        *last.starts,
        (shift, para.line, para.col_offset),
        *((offset + shift, line, col) for offset, line, col in para.starts),
    )
    marks = (*last.marks, *between, *para.marks)
    return replace(last, text=text, marks=marks, starts=starts, upper=None)


def _shift_marks(text: str, by: int) -> str:
    if not by:
        return text
    return "".join(
        chr(ord(c) + by) if MARK_BASE <= ord(c) < MARK_BASE + 0x1800 else c for c in text
    )


_MARK: Final = recache.compile("[\ue000-\uf7ff]")


def restore_marks(content: tuple[Inline, ...], marks: tuple[Inline, ...]) -> tuple[Inline, ...]:
    """Put the page and line breaks back where their private-use characters stand
    (inside supplied words and notes too); a break inside a node that holds a
    plain string (a stage note, a name) is dropped there, the words kept."""
    if not marks:
        return content
    out: list[Inline] = []
    for node in content:
        if isinstance(node, Text):
            out.extend(_split_marks(node.value, marks))
            continue
        inner = getattr(node, "content", None)
        if isinstance(inner, tuple):
            node = evolve(node, "content", restore_marks(inner, marks))
        for name in ("text", "value"):
            value = getattr(node, name, None)
            if isinstance(value, str) and _MARK.search(value):
                node = evolve(node, name, strip_marks(value))
        out.append(node)
    return tuple(out)


def _split_marks(value: str, marks: tuple[Inline, ...]) -> list[Inline]:
    if not _MARK.search(value):
        return [Text(value)]
    out: list[Inline] = []
    pos = 0
    for match in _MARK.finditer(value):
        if match.start() > pos:
            out.append(Text(value[pos : match.start()]))
        index = ord(match.group()) - MARK_BASE
        if index < len(marks):
            out.append(marks[index])
        pos = match.end()
    if pos < len(value):
        out.append(Text(value[pos:]))
    return out


def strip_marks(text: str) -> str:
    """Text with the break characters removed (for fields that hold a string)."""
    return _MARK.sub("", text) if _MARK.search(text) else text


# A margin number standing first in a row of a condensed print's text, where two
# pages stand side by side ("  3   Q. Thank you.        3   A. Yes.").
_ROW_NUMBER: Final = recache.compile(r"^ {0,4}(?P<n>\d{1,2})(?= |$)")
# A margin number as a word of its own inside a line (a copy that ran a page's
# numbered lines together into one line).
_NUMBER_WORD: Final = recache.compile(r"(?<!\S)\d{1,2}(?=\s|$)")


def _figures_after_colon(text: str) -> bool:
    """Whether the words after a line's first colon open with a figure.

    >>> _figures_after_colon("Q1 Revenue: 4.2 million"), _figures_after_colon("Q1 Chair: Welcome")
    (True, False)
    """
    colon = text.find(":")
    return colon > 0 and text[colon + 1 :].lstrip()[:1].isdecimal()


# A court's label, an examination's heading or a reporter's parenthesis inside a
# long line of a transcript copied without its line breaks, after the end of a
# sentence: where the line is cut ("… be seated. MR. LEHTO: Good morning …").
_RUN_BREAK: Final = recache.compile(
    r"(?<=[.?!:)\]\"'—] )"
    r"(?=(?P<label>THE (?:COURT|WITNESS|CLERK|INTERPRETER|DEFENDANT|BAILIFF|MARSHAL|REPORTER"
    r"|JUROR|JURORS|DEPUTY)|(?:MR|MRS|MS|DR)\. [A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)?):\s"
    r"|(?:(?:DIRECT|CROSS|REDIRECT|RECROSS)[- ])?EXAMINATION\b"
    r"|BY (?:MR|MRS|MS|DR)\. [A-Z][A-Z'’-]+:"
    r"|\((?:Witness|Jury|Defendant|Recess|Luncheon|Pause|Discussion|Off|Whereupon)[^()]{0,60}\)"
    r"|(?<!Mr\. )(?<!Ms\. )(?<!Dr\. )(?<!Mrs\. )(?P<qa>[QA])\. [A-Z\"])"
)
# How long a line must be before it is looked at as a record run together: a
# speech's paragraph on one line of an unwrapped copy may be long too.
_RUN_LENGTH: Final = 600
# A press conference's or a committee's label inside such a line: a name in
# capitals of two to four words of two letters or more, then its full stop or
# colon (a space before it as a PDF's text may leave one), after the end of a
# sentence (or two spaces, where a page's head ran in) and before a capital
# ("… questions. HOWARD ROE. Howard Roe with …").
_RUN_NAME: Final = recache.compile(
    r"(?<=[.?!)\]\"'”—] |  )"
    r"(?P<label>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){1,3}) ?[.:] (?=[A-Z\"“‘'])"
)


# A speaker's label in capitals (a surname, initials, Q or A) inside a long line
# of an interview copied without its line breaks (a PDF's text as a document
# site shows it): "… Langley Field, Virginia. NEAL: At Langley? SHEPARD: Well …".
_RUN_VOICE: Final = recache.compile(
    r"(?<!\S)(?P<label>[A-Z](?:[A-Z'’.-]{0,24}|[a-z'’-]{1,24})) ?:(?=[ \xa0]{1,3}[A-Z0-9\"“‘(\[])"
)
# A full name in title case before a colon after the end of a sentence (the
# first turns of a transcript that names its speakers once, then by initials).
_RUN_FULL_NAME: Final = recache.compile(
    r"(?<=[.?!] )(?P<label>[A-Z][a-z'’-]{1,20}(?: [A-Z][a-z'’-]{1,20}){1,2}):(?=[ \xa0][A-Z\"“‘])"
)


def _unrun_voices(line: str) -> list[str] | None:
    """An interview's transcript run together into one long line: the line cut
    before each label in capitals said three times or more in it, where two such
    labels or more are said and six times at least together (and before a full
    name in title case after a sentence's end among them, the first turns of a
    transcript that gives its speakers' names once); None where it is not so.

    >>> line = "COVER 1998 ROE: Hello there. DIAZ: Hi. " + "ROE: Go on. DIAZ: Well, yes. " * 20
    >>> _unrun_voices(line)[:3]
    ['COVER 1998', 'ROE: Hello there.', 'DIAZ: Hi.']
    >>> _unrun_voices("NOTE: Keep it. " * 40 + "WARNING: Hot. " * 2) is None
    True
    """
    if ":" not in line:
        return None
    found = list(_RUN_VOICE.finditer(line))
    said = Counter(m.group("label") for m in found)
    # (a surname in title case, "Yeager:", counts where it is said eight times:
    # a word of a run-in heading said now and then is none)
    recurring = {x for x, n in said.items() if n >= (3 if x.isupper() else 8) and x.strip(".")}
    if len(recurring) < 2 or sum(said[x] for x in recurring) < 6:
        return None
    cuts = [m.start() for m in found if m.group("label") in recurring]
    cuts.extend(m.start() for m in _RUN_FULL_NAME.finditer(line, 0, cuts[-1]))
    bounds = [0, *sorted(set(cuts)), len(line)]
    return [line[a:b].rstrip() for a, b in itertools.pairwise(bounds) if b > a]


# An interview's cover field inside a line after other words, as a document site
# runs a PDF's cover onto one line: "Abram Roe Interviewer: Eva Lind Date of
# Interview: July 9, 1964 Location: Boston".
_RUN_FIELD: Final = recache.compile(
    r"(?<=\S )(?P<key>Interviewer|Interviewee|Narrator|Interviewed by|Date of Interview"
    r"|Place of Interview|Date|Place|Location|Length|Transcriber|Transcribed by)"
    r":[ \t\xa0](?=[A-Z0-9])"
)
# Of those, the keys of when and where: one must be among them.
_WHEN_WHERE: Final = frozenset(
    ("Date of Interview", "Place of Interview", "Date", "Place", "Location")
)


def _unrun_fields(lines: tuple[str, ...]) -> tuple[str, ...]:
    """An interview's cover fields run together on a line among the first twelve
    ("Abram Roe Interviewer: Eva Lind Date of Interview: July 9, 1964 Location:
    Boston, Mass. Length: 65 pages …"): the line cut before each field's key,
    where three keys or more stand in it, one of them a date's or a place's.

    >>> _unrun_fields(("Ann Roe Interviewer: Eva Lind Date: May 2, 1970 Location: Leeds",))
    ('Ann Roe', 'Interviewer: Eva Lind', 'Date: May 2, 1970', 'Location: Leeds')
    >>> _unrun_fields(("We met the Interviewer: she said the Date: was wrong.",))[0][:10]
    'We met the'
    """
    if not any(line.count(":") >= 3 for line in lines[:12]):
        return lines  # (most documents: no line among the first twelve to look at)
    out: list[str] = []
    for line in lines[:12]:
        found = list(_RUN_FIELD.finditer(line)) if line.count(":") >= 3 else []
        keys = {m.group("key") for m in found}
        if len(keys) < 3 or not keys & _WHEN_WHERE:
            out.append(line)
            continue
        bounds = [0, *(m.start() for m in found), len(line)]
        out.extend(line[a:b].rstrip() for a, b in itertools.pairwise(bounds) if b > a)
    return (*out, *lines[12:]) if len(out) != min(len(lines), 12) else lines


def unrun_labels(lines: tuple[str, ...]) -> tuple[str, ...]:
    """A court's transcript copied without its line breaks, its record run
    together into one long line ("THE COURT: Good morning. MR. LEHTO: Good
    morning, Your Honor. … Q. Where do you live? A. In Eastfield."): the line
    cut before each label, examination heading (``DIRECT EXAMINATION``, ``BY
    MR. LEHTO:``) and reporter's parenthesis that follows the end of a sentence.
    Only lines of 600 characters or more not opening with a margin number are
    looked at, and cut only where two labels of names or more stand in them
    and eight places at least; other lines are kept as they are.

    >>> speech = "THE COURT: Sit. " + "MR. LEHTO: Yes. THE COURT: Go on. " * 20
    >>> unrun_labels((speech,))[:3]
    ('THE COURT: Sit.', 'MR. LEHTO: Yes.', 'THE COURT: Go on.')
    >>> unrun_labels(("He said THE COURT: was wrong. " * 30,))[0][:20]
    'He said THE COURT: w'
    """
    lines = _unrun_fields(lines)
    if not any(len(line) >= _RUN_LENGTH for line in lines):
        return _unrun_midline(lines)
    out: list[str] = []
    for line in lines:
        if len(line) < _RUN_LENGTH:
            out.append(line)
            continue
        breaks = [] if line[:1].isdecimal() else list(_RUN_BREAK.finditer(line))
        labels = {m.group("label") for m in breaks if m.group("label")}
        if len(breaks) < 8 or len(labels) < 2:
            # (a press conference's names in capitals with their stop, "… questions.
            # HOWARD ROE. Howard …"; not a page's numbered lines)
            starts = [] if line[:1].isdecimal() else _run_names(line)
            if starts:
                cuts = [0, *starts, len(line)]
                out.extend(line[a:b].rstrip() for a, b in itertools.pairwise(cuts) if b > a)
                continue
            # (a page's numbered lines run together, "1 COMMITTEE … 2 CHAIR: …",
            # after a cover or not: unfold_pages takes it apart)
            margins = unfold_pages((line,)) != (line,)
            out.extend((None if margins else _unrun_voices(line)) or (line,))
            continue
        cuts = [0, *(m.start() for m in breaks), len(line)]
        out.extend(line[a:b].rstrip() for a, b in itertools.pairwise(cuts) if b > a)
    return _unrun_midline(tuple(out))


# A speaker's label opening a line: a name of one to three words, each from a
# capital, before a colon ("Yeager:", "FRENCH:", "Rose Amato:").
_LINE_LABEL: Final = recache.compile(
    r"(?P<label>[A-Z][A-Za-z'’.-]{1,24}(?: [A-Z][A-Za-z'’.-]{0,24}){0,2}) ?:(?=[ \t\xa0]+\S)"
)
# What the words before a label run on inside a line end with.
_ENDS: Final = frozenset('.?!"”)-')
# How many lines each of two labels at least must open before the same labels
# are looked for inside lines.
_MIDLINE_OPENS: Final = 5


def _unrun_midline(lines: tuple[str, ...]) -> tuple[str, ...]:
    """A transcript whose labels open their lines, but where a copy (an OCR's
    text, a retyped page) ran some turns on inside a line ("… three years ago.
    French: Oh, well that's interesting. Yeager: He was …"): such a line cut
    before each of those labels. Only labels of two letters or more that open
    five lines or more, where two labels at least do, are looked for; and only
    after the end of a sentence (or a dash, a closing quotation mark or
    parenthesis) and a space, before words from a capital, a figure or a
    quotation mark. Other lines are kept as they are.

    >>> text = ("Roe: Well.", "Diaz: Yes.") * 5 + ("Roe: So it was. Diaz: Quite. Roe: Go on.",)
    >>> _unrun_midline(text)[-3:]
    ('Roe: So it was.', 'Diaz: Quite.', 'Roe: Go on.')
    >>> _unrun_midline(text + ("Roe: I wrote to Diaz: Come at once.",))[-1]
    'Roe: I wrote to Diaz: Come at once.'
    """
    opens: Counter[str] = Counter()
    for line in lines:
        if ":" in line[:80] and line[:1].isupper():
            match = _LINE_LABEL.match(line)
            if match is not None:
                opens[match.group("label")] += 1
    labels = [x for x, n in opens.items() if n >= _MIDLINE_OPENS]
    if len(labels) < 2:
        return lines
    # (the document's own labels: compiled for it, not cached)
    inside = re.compile(
        r"(?<=\s)(?:"
        + "|".join(re.escape(x) for x in labels)
        + r") ?:(?=[ \t\xa0]+[A-Z0-9\"“‘(\[])"
    )
    out: list[str] = []
    for line in lines:
        # (after the end of a sentence only: the words before it end the speech
        # above; "I wrote to Diaz: Come." is a speech)
        cuts = [
            m.start()
            for m in (inside.finditer(line, 1) if ":" in line[1:] else ())
            if line[: m.start()].rstrip()[-1:] in _ENDS
        ]
        if not cuts:
            out.append(line)
            continue
        bounds = [0, *cuts, len(line)]
        out.extend(line[a:b].rstrip() for a, b in itertools.pairwise(bounds) if b > a)
    return tuple(out)


# A speaker's label after two spaces or more inside a long line: where a web page's
# or an image library's description joined a transcript's paragraphs ("… Enjoy.
# [ Music]  Host: Kay Taylor, thanks …  Kay Taylor: Thanks a lot …"). The label
# is a name of one to four capitalised words, a role in parentheses after it
# ("Gary Jordan (Host):"); a remark in brackets set apart so ("[ Music]") is cut
# off too.
_SPACED_BREAK: Final = recache.compile(
    r"(?<=\S) {2,}(?=(?P<label>[A-Z][\w'’.-]{0,30}(?: [A-Z][\w'’.-]{0,30}){0,3})"
    r"(?: \([A-Za-z][\w ]{0,28}\))?: (?=\S)"
    r"|\[[^\[\]]{1,40}\] {2,})"
)


def unrun_spaced_labels(lines: tuple[str, ...]) -> tuple[str, ...]:
    """A transcript whose paragraphs a web page or a media library's description
    joined into one long line, two spaces or more where each paragraph ended
    ("Ana Ruiz (Host): Welcome …  Host: And you?  Ben Ode: Thanks …"): the line
    cut before each label so set apart, and before a remark in brackets so set
    apart ("[ Music]"). Only lines of 600 characters or more holding two spaces
    are looked at, and cut only where four such labels stand in them and two
    names at least label two of them each (a typist's two spaces after a
    sentence before "Note: …" cut nothing); other lines are kept as they are.

    >>> line = "Ana Ruiz (Host): Welcome.  [ Music]  " + "Host: And?  Ben Ode: Yes.  " * 30
    >>> unrun_spaced_labels((line,))[:4]
    ('Ana Ruiz (Host): Welcome.', '[ Music]', 'Host: And?', 'Ben Ode: Yes.')
    >>> unrun_spaced_labels(("He spoke.  Note: see below.  " * 30,))[0][:20]
    'He spoke.  Note: see'
    """
    if not any(len(line) >= _RUN_LENGTH and "  " in line for line in lines):
        return lines
    out: list[str] = []
    for line in lines:
        if len(line) < _RUN_LENGTH or "  " not in line or ": " not in line:
            out.append(line)
            continue
        breaks = list(_SPACED_BREAK.finditer(line))
        named = Counter(m.group("label") for m in breaks if m.group("label"))
        if named.total() < 4 or sum(1 for c in named.values() if c >= 2) < 2:
            out.append(line)
            continue
        cuts = [0, *(m.start() for m in breaks), len(line)]
        out.extend(line[a:b].strip() for a, b in itertools.pairwise(cuts) if b > a)
    return tuple(out)


def _run_names(line: str) -> list[int]:
    """Where a long line of a press conference's or a committee's record run
    together is cut: before each name in capitals with its stop or colon after
    the end of a sentence (:data:`_RUN_NAME`), where eight such places stand,
    two names or more, one of them five times or more; then also before each of
    those names said so where a page's head ran in before it (``… Press
    Conference FINAL CHAIR ROE. So …``). No cut otherwise (an empty list).

    >>> line = "Title. CHAIR ROE. Hi. " + "ANA LEE. Why? CHAIR ROE. So. " * 5
    >>> [line[i : i + 9] for i in _run_names(line)][:3]
    ['CHAIR ROE', 'ANA LEE. ', 'CHAIR ROE']
    >>> _run_names("He met NEW YORK. Then. " * 40)
    []
    """
    found = list(_RUN_NAME.finditer(line))
    if len(found) < 8:
        return []
    counts = Counter(m.group("label") for m in found)
    if len(counts) < 2 or counts.most_common(1)[0][1] < 5:
        return []
    starts = {m.start() for m in found}
    for name in counts:  # (the names the sentences' ends show, wherever else they stand)
        for said in re.finditer(r"(?<= )" + re.escape(name) + r" ?[.:] (?=\S)", line):
            starts.add(said.start())
    head = _running_head(line, min(starts))
    if head:  # the page's head over the title: a line of its own
        starts.add(head)
    return sorted(starts)


def _running_head(line: str, end: int) -> int:
    """Where the page head that opens a record run together into one line ends,
    before the title (``May 2, 2031 Chair Roe’s Press Conference FINAL  Transcript
    of …``): after the longest run of four words or more that opens the line
    before ``end`` and stands twice more in it; 0 where none does.

    >>> line = "May 2 Press FINAL  Title here. A. " + "text May 2 Press FINAL more " * 2
    >>> line[_running_head(line, 28) :][:10]
    'Title here'
    """
    words = list(re.finditer(r"\S+", line[:end]))
    for k in range(len(words) - 1, 3, -1):
        if line.count(line[: words[k - 1].end()]) >= 3:
            return words[k].start()
    return 0


def unfold_pages(lines: tuple[str, ...]) -> tuple[str, ...]:
    """The lines of an inquiry's or a court's condensed print (two pages to a
    sheet), as a copy of its text gives them, put back one page after the other:
    the pages side by side in each row (:func:`_side_by_side`), or a page's
    numbered lines run together into one line, alone or interleaved with the
    next page's (:func:`unrun_margins`). Other lines are kept as they are.
    Only long lines opening with a number are looked at.

    >>> rows = tuple(f"{n:>3}   left {n}".ljust(50) + f"{n:>3}   right {n}" for n in range(1, 6))
    >>> unfold_pages(("Day 2", *rows))[4:8]
    ('  4   left 4', '  5   left 5', '  1   right 1', '  2   right 2')
    """
    long = [i for i, x in enumerate(lines) if len(x) >= 30 and x[:5].lstrip()[:1].isdecimal()]
    if not long:
        return _headed_runs(lines)
    run_together = any(len(lines[i]) >= 300 for i in long)
    # (two pages side by side make a row of sixty characters or more)
    lines = _side_by_side(lines, [i for i in long if len(lines[i]) >= 60])
    if not run_together:
        return lines
    out: list[str] = []
    for line in lines:
        unrun = unrun_margins(line) if len(line) >= 300 and line[:1].isdecimal() else None
        out.extend(unrun or (line,))
    return tuple(out)


def cover_fields(lines: tuple[str, ...]) -> tuple[str, ...]:
    """A reporter's cover sheet whose PDF text put each field's value on the
    line after its name, the next field's name at its end ("Title:" / "River
    Bend Scoping Meeting Docket Number:" / "50-458 Location:"): the fields put
    back as "Name: value", one a line. Looked at only where a line among the
    first sixty is "Title:" alone; other lines are kept as they are (the count of
    lines too: the name's own line is left empty).

    >>> cover_fields(("Title:", "", "Spring Hearing Date:", "", "May 2, 2019 Pages 1-9", "Hi"))
    ('', 'Title: Spring Hearing', '', 'Date: May 2, 2019 Pages 1-9', 'Hi')
    """
    at = next(
        (i for i, x in enumerate(lines[:60]) if x[:6] == "Title:" and not x[6:].strip()), None
    )
    after = lines[at + 1 : at + 4] if at is not None else ()
    value = next((x.strip() for x in after if x.strip()), "")
    if at is None or _field_after(value) is None:
        return lines  # (a "Title:" over anything but a value and the next field's name)
    out = list(lines[:at])
    name = "Title"
    i = at + 1
    while i < len(lines) and i < at + 24:
        text = lines[i].strip()
        i += 1
        if not text:
            out.append("")
            continue
        field = _field_after(text)
        value = text[: len(text) - len(field) - 1].strip() if field else text
        out.append(f"{name}: {value}" if value else f"{name}:")
        if field is None:
            break
        name = field
    return (*out, *lines[i:])


def _field_after(text: str) -> str | None:
    """The cover field whose name (and colon) ends a line after a value."""
    for name in COVER_FIELDS:
        size = len(name) + 1
        if text.endswith(name + ":") and (len(text) == size or text[-size - 1] == " "):
            return name
    return None


def _headed_runs(lines: tuple[str, ...]) -> tuple[str, ...]:
    """A transcript's pages run together into one long line after a cover that
    holds no margin numbers ("... Reporting, Inc. 1 A P P E A R A N C E S 2
    ..."): the cover, then the numbered lines one by one (see
    :func:`unrun_margins`). Only lines of 300 characters or more holding " 1 "
    and " 8 " are looked at, and in each the first three places of " 1 "."""
    if not any(len(x) >= 300 and " 1 " in x and " 8 " in x for x in lines):
        return lines
    out: list[str] = []
    for line in lines:
        out.extend(_headed_run(line) if len(line) >= 300 and " 8 " in line else (line,))
    return tuple(out)


def _headed_run(line: str) -> tuple[str, ...]:
    """One long line's cover and its numbered lines, or the line as it is."""
    at = line.find(" 1 ")
    for _ in range(3):
        if at == -1:
            break
        unrun = unrun_margins(line[at + 1 :])
        if unrun is not None:
            return (line[:at], *unrun)
        at = line.find(" 1 ", at + 1)
    return (line,)


def _right_ends(line: str, n: str) -> list[int]:
    """The columns where a second margin number ``n`` ends in a row, after two
    spaces or more: where the right page's line ``n`` may begin."""
    ends = []
    at = line.find("  " + n, 10)
    while at != -1:
        end = at + 2 + len(n)
        if end == len(line) or line[end] == " ":
            ends.append(end)
        at = line.find("  " + n, at + 1)
    return ends


def _side_by_side(lines: tuple[str, ...], candidates: list[int]) -> tuple[str, ...]:
    """Rows holding two pages' lines of the same number side by side (five rows
    at least, the right page's numbers at one column): the left page's lines,
    then the right page's, each block of such rows in turn."""
    rows: dict[int, tuple[str, int, list[int]]] = {}
    for i in candidates:
        found = _ROW_NUMBER.match(lines[i])
        ends = _right_ends(lines[i], found.group("n")) if found is not None else []
        if found is not None and ends:
            rows[i] = (found.group("n"), found.end(), ends)
    if len(rows) < 5:
        return lines
    column, count = Counter(e for _, _, ends in rows.values() for e in ends).most_common(1)[0]
    if count < 5:
        return lines
    out: list[str] = []
    right: list[str] = []
    for i, line in enumerate(lines):
        row = rows.get(i)
        end = next((e for e in row[2] if abs(e - column) <= 1), None) if row else None
        if row is None or end is None:
            if right and line.strip():  # the sheet ended: its right page comes first
                out.extend(right)
                right = []
            out.append(line)
            continue
        number, left_end, _ = row
        start = end - len(number)
        out.append(line[:start].rstrip())
        # (the right page's number set where the left page's stand)
        right.append(" " * (left_end - len(number)) + line[start:])
    out.extend(right)
    return tuple(out)


def unrun_margins(line: str) -> list[str] | None:
    """A page's numbered lines that a copy ran together into one line ("1 THE
    COMMISSIONER: Yes? 2 3 MR ROE: Before I …"), or two pages' lines interleaved
    ("1 <left 1> 1 <right 1> 2 <left 2> 2 …"): the lines, each with its number,
    the left page's before the right's; None where the numbers do not run so
    from the line's start (eight at least, none of the lines longer than 90
    characters, or 100 where the pages are not interleaved). Several pages may
    run on in the line, each page's number before its line 1.

    >>> unrun_margins("1 MR ROE: Yes. 2 3 MS LI: No. 4 5 6 7 8 9 10 MR ROE: Go on.")[:3]
    ['1 MR ROE: Yes.', '2', '3 MS LI: No.']
    >>> page = " ".join(str(n) for n in range(2, 26))
    >>> unrun_margins(f"7 1 MR ROE: Yes. {page} 8 1 MS LI: No. 2 3")[:2]
    ['7', '1 MR ROE: Yes.']
    >>> unrun_margins(f"7 1 MR ROE: Yes. {page} 8 1 MS LI: No. 2 3")[25:28]
    ['25', '8', '1 MS LI: No.']
    >>> unrun_margins("1 Day 1 A. No. 2 Q. Why? 2 A. So. 3 3 4 4 5 5 6 6 7 7")[:3]
    ['1 Day', '2 Q. Why?', '3']
    """
    tokens = [(m.start(), int(m.group())) for m in _NUMBER_WORD.finditer(line)]
    if len(tokens) < 8 or tokens[0][0] != 0:
        return _glued_margins(line) if tokens and tokens[0][0] == 0 else None
    if _folio_first(line, tokens):
        # the page's number, then its line 1 ("4 1 STATED MEETING 2 ..."): a folio
        # line of its own, not the first of two interleaved pages
        rest = unrun_margins(line[tokens[1][0] :])
        return [line[: tokens[1][0]].rstrip(), *rest] if rest is not None else None
    first = tokens[0][1]
    # the next number repeats the first where two pages' lines interleave
    paired = next((n for _, n in tokens[1:3] if n in (first, first + 1)), None) == first
    chain = [tokens[0]]
    left = True
    for at, n in tokens[1:]:
        if n == (chain[-1][1] if paired and left else chain[-1][1] + 1):
            chain.append((at, n))
            left = not left
        elif n == 1 and not paired and chain[-1][1] >= 20:
            chain.append((at, n))  # the next page's line 1: the pages run on in the line
    if len(chain) < 8:
        return _glued_margins(line)
    ends = [at for at, _ in chain[1:]] + [len(line)]
    pieces = [line[at:end].rstrip() for (at, _), end in zip(chain, ends, strict=True)]
    # (a condensed print's line is short; a typed page's full width, ninety-odd)
    if max(len(p) for p in pieces[:-1]) > (90 if paired else 100):
        return None  # prose counting its points, no page's lines
    return pieces[0::2] + pieces[1::2] if paired else _folios_apart(pieces)


def _folio_first(line: str, tokens: list[tuple[int, int]]) -> bool:
    """Whether a run of numbered lines opens with the page's number against its
    line 1 ("4 1 STATED MEETING"), nothing between the two numbers."""
    return tokens[1][1] == 1 and line[: tokens[1][0]].rstrip().isdecimal()


# The page's number after its last line, before the next page's line 1, in a run
# of several pages' numbered lines: "25 New York, New York 10004 2" / "1 ...".
_TRAILING_FOLIO: Final = recache.compile(r" (?P<n>\d{1,4})$")


def _folios_apart(pieces: list[str]) -> list[str]:
    """The numbered lines of pages run together, with each page's number that
    stands before the next page's line 1 set on a line of its own (a folio,
    which the reader marks as a page break), not left at the end of the line
    before it."""
    out: list[str] = []
    for piece, after in zip(pieces, [*pieces[1:], ""], strict=True):
        folio = _TRAILING_FOLIO.search(piece) if after[:2] == "1" or after[:2] == "1 " else None
        if folio is None or folio.start() == 0:
            out.append(piece)
        else:
            out.extend((piece[: folio.start()], folio.group("n")))
    return out


def _glued_margins(line: str) -> list[str] | None:
    """A page's numbered lines run together, each number glued to the end of the
    line before ("Welcome to4 today's hearing", a copy of a PDF's text): the
    lines, each with its number, where eight numbers at least follow one another
    (each the first of its value, with a space after it, within 100 characters
    of the one before).

    >>> _glued_margins("1 Ann: Hi2 there.3 Bo: Yes4 and no.5 Ann: Ok6 then7 so8 Bo: Bye.")[:3]
    ['1 Ann: Hi', '2 there.', '3 Bo: Yes']
    """
    first = int(line[: line.index(" ")])
    starts = [0]
    at = len(str(first))
    for number in range(first + 1, first + 100):
        found = line.find(f"{number} ", at)
        if found == -1 or found - starts[-1] > 100:
            break
        starts.append(found)
        at = found + len(str(number))
    if len(starts) < 8:
        return None
    ends = [*starts[1:], len(line)]
    return [line[a:b].rstrip() for a, b in zip(starts, ends, strict=True)]
