"""Lines → blocks in source order.

Three passes, each small:

1. :func:`split_paragraphs` groups lines into raw paragraphs (each keeps its
   first line number).
2. :func:`survey` reads facts the classifier needs from the whole text:
   participant names, which labels recur.
3. :func:`classify` gives each paragraph a kind with one rule per kind, then
   :func:`assemble` puts continuation paragraphs into their turn and absorbs
   the names under a closer.
"""

from __future__ import annotations

import bisect
import datetime
import enum
import functools
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final, Literal, TypeGuard

from .. import recache
from ..diagnostics import Reporter, Span
from ..lazyre import LazyPattern
from ..model import (
    Anchor,
    ArchivalCitation,
    Block,
    Boilerplate,
    Breaks,
    ClockLine,
    Closer,
    Commentary,
    DateLine,
    Dateline,
    DateText,
    DocType,
    Folio,
    FunderField,
    FundingLine,
    Heading,
    Incident,
    Inline,
    LineBreak,
    MetadataField,
    MetadataKind,
    Narration,
    NoteBody,
    PageMark,
    Paragraph,
    ParticipantsHead,
    ParticipantsLine,
    PersName,
    PlaceName,
    Rights,
    SectionLabel,
    SourceLine,
    Stamp,
    Supplied,
    Text,
    TimeMark,
    TitleLine,
    Turn,
    evolve,
    plain_text,
)
from . import patterns as P
from .inlines import InlineContext, parse_inlines
from .names import (
    GENDERED,
    drop_title,
    initials_forms,
    inverted_name,
    joint_names,
    norm_label,
    running_form,
    split_suffix,
    surname_key,
    title_case,
)
from .profile import Profile
from .shapes import (
    AUDIENCE_QUOTE,
    BOLD_STOP_STYLE,
    CHAT_EVENT,
    EMPTY_LABEL,
    HANDLE_STYLE,
    LED_LABEL,
    MARK_BASE,
    NAME_HEADING,
    PLAYER_LABEL,
    POST_SENDER,
    RESULT_HEAD,
    SONG_SECTION,
    SURNAME_ALONE,
    TIME_ALONE,
    TIME_OVER_SPEECH,
    TURN_MARK,
    RawParagraph,
    Shape,
    clock_of,
    cover_fields,
    is_incident,
    lex_lines,
    name_initials,
    restore_marks,
    screenplay_slug,
    seconds_of,
    strip_marks,
    unfold_pages,
    unrun_labels,
    unrun_spaced_labels,
    upper_label,
)
from .vocab import (
    ABSTRACT_HEADINGS,
    BODY_WORDS,
    CHAMBER_WORDS,
    CONTENTS_HEADINGS,
    COUNSEL_OFFICE_WORDS,
    COURT_TITLES,
    DATED_TITLE_KINDS,
    HEADING_WORDS,
    HOLDER_OFFICES,
    LIST_OFFICES,
    LITIGANT_ROLES,
    NAME_PARTICLES,
    NOT_HANDLES,
    NOT_LABELS,
    OFFICE_QUALIFIERS,
    OFFICES,
    PATRONYMIC_PREFIXES,
    RANK_ABBREVIATIONS,
    RECORD_KINDS,
    RECORD_ROLES,
    RECORD_WORDS,
    ROLE_LABELS,
    RUN_ON_WORDS,
    SECTION_MARKERS,
    STAGE_WORDS,
    TITLE_ABBREVIATIONS,
    TITLE_CASE_MINOR,
    US_STATES,
    WEEKDAYS,
    division_name,
    is_delivery_word,
    is_diariser_label,
    sequence_heading,
    speaker_kind,
)


def wrap_width(lines: tuple[str, ...]) -> int | None:
    """The column at which a hard-wrapped text was wrapped, or None.

    A text is hard-wrapped when its longer lines end near one width (at most
    100 columns): most lines of 40 characters or more are within 25 columns
    of the longest; up to 130 columns where a sentence goes on in the next line
    often, as a PDF's text does. Text copied from a web page or a word
    processor has one line per paragraph, of any length.

    >>> wrap_width(tuple(["x" * 70, "x" * 66, "x" * 71, "x" * 20] * 3))
    71
    >>> wrap_width(tuple(["X" * 70, "X" * 66, "X" * 71, "X" * 20] * 3)) is None
    True
    >>> wrap_width(("x" * 300, "x" * 45)) is None
    True
    """
    long_lines = sorted(
        len(line.rstrip())
        for line in lines
        # (a line holding an address runs past the width: the address is not broken,
        # as a Markdown source wrapped at 70 columns keeps "[text](https://…)" whole)
        if len(line.strip()) >= 40 and "://" not in line
    )
    if len(long_lines) < 3:
        return None
    width = long_lines[int(0.95 * (len(long_lines) - 1))]
    if width > 130:
        return None
    near = sum(1 for length in long_lines if length >= width - 25)
    wider_front = False
    if near < 0.6 * len(long_lines):
        # a PDF whose first pages are set wider than its text (a title page's
        # notice at 100 columns over an interview wrapped at 62): the width of
        # most lines, where many of its lines go on in the next
        width = long_lines[int(0.75 * (len(long_lines) - 1))]
        near = sum(1 for length in long_lines if width - 25 <= length <= width + 5)
        if near < 0.75 * len(long_lines):
            return None
        wide = [at for at, line in enumerate(lines) if len(line.rstrip()) > width + 5]
        if not wide or wide[-1] > 0.35 * len(lines):
            return None  # wider lines further on: no front set apart (a poem's long lines)
        wider_front = True
    # evidence of wrapping: a full line whose sentence goes on, lower-case, on the next
    carried = sum(
        1
        for line, following in itertools.pairwise(lines)
        if len(line.rstrip()) >= width - 25 and following.strip()[:1].islower()
    )
    # (a PDF's text, wrapped at 110-130 columns, must show it more often: "Sr.
    # Presidente, quero registrar" / "a reportagem da revista …", line after line)
    if wider_front:
        return width if carried >= max(3, len(long_lines) // 5) else None
    return width if carried >= (2 if width <= 100 else max(3, len(long_lines) // 5)) else None


def split_paragraphs(lines: tuple[str, ...]) -> list[RawParagraph]:
    """Lines → paragraphs (see :func:`encoder.reader.shapes.lex_lines`).

    >>> wrapped = ("A " * 34, "a " * 33, "b.", "", "SMITH: " + "x " * 33, "y.", "JONES: z.")
    >>> [p.line for p in split_paragraphs(wrapped)]
    [1, 5, 7]
    >>> [p.text for p in split_paragraphs(("Skip to content", "Menu", "Title"))]
    ['Skip to content', 'Menu', 'Title']
    """
    return lex_lines(lines, wrap_width(lines))[0]


@dataclass
class Survey:
    participants: list[str] = field(default_factory=list)
    # a name alone over an oral history's "Interviewed by …" line: the one interviewed
    named_above: list[str] = field(default_factory=list)
    # each participant as listed, with the title before the name: (written, name)
    participant_forms: list[tuple[str, str]] = field(default_factory=list)
    # initials the front matter gives a name: "Interviewer: Ruth Bellamy (RB)"
    initials: dict[str, str] = field(default_factory=dict)
    label_counts: Counter[str] = field(default_factory=Counter)
    # of them, those over a sentence ("COL. The board will resume.", not "GEN. RUTH ROE")
    label_spoken: Counter[str] = field(default_factory=Counter)
    colon_label_counts: Counter[str] = field(default_factory=Counter)
    # of them, those said with words that open as speech does, in capitals ("NB: the
    # room changed", "Dr. Hale: 14 votes." are notes and tallies, not speech)
    colon_spoken: Counter[str] = field(default_factory=Counter)
    # (and of those, the ones whose words talk: a question, "you", "we", "I")
    colon_talk: Counter[str] = field(default_factory=Counter)
    # colon labels over words that end as a sentence does or talk
    colon_said: Counter[str] = field(default_factory=Counter)
    colon_figures: Counter[str] = field(default_factory=Counter)  # over words with a figure
    colon_named: Counter[str] = field(default_factory=Counter)  # over a titled name alone
    colon_data: Counter[str] = field(default_factory=Counter)  # over figures, no small word
    colon_unspoken: set[str] = field(default_factory=set)  # list heads: "Staff: two aides"
    # full names said once as labels whose initials then label the turns ("OWEN TARRANT:"
    # over "OT:" and "OT:"): speakers, whatever the first line's words
    spelled_labels: set[str] = field(default_factory=set)
    # front-matter fields a PDF's running head says again over each page ("Interview
    # Date: February 26, 2009" under "HHA# 00752 Page 2 of 34"): furniture after the first
    running_fields: set[str] = field(default_factory=set)
    # items of business over their stage: "Order of Business: Motion", a heading
    stage_heads: set[str] = field(default_factory=set)
    # a subject and its part over a written question: "Schools: Finance" (see
    # _subject_head), a heading where the record's questions are written ones
    subject_heads: set[str] = field(default_factory=set)
    written_questions: bool = False  # a label over "To ask the Secretary of State …"
    title_label: str | None = None  # "Harbor Stories: An Oral History", the first line
    title_rest: str = ""  # the title label's words after its colon
    title_again: int = 0  # the same label over the same words again (a cover's and a body's)
    handle_counts: Counter[str] = field(default_factory=Counter)  # "tidewater: …"
    # handles on a line right under the line before, no blank line between ("first:
    # The cache is stale." inside a turn): a list's words, unless they recur
    handles_inside: Counter[str] = field(default_factory=Counter)
    separated_counts: Counter[str] = field(default_factory=Counter)  # "SMITH<TAB>…", "Jones - …"
    dash_glued: int = 0  # labels with an em dash against the speech: "Senator Roe —I rise"
    stop_labels: int = 0  # a French verbatim record's "M. le président. La parole …"
    # a parliamentary report's column heading seen ("12 July 2011 : Column 212")
    columns: bool = False
    funders: list[str] = field(default_factory=list)
    original_lang: str | None = None
    qa_counts: Counter[str] = field(default_factory=Counter)  # "Q. …" / "A. …" lines
    oaths: int = 0  # a witness's oath on its line: "MS ANA ROE (sworn)", "W42 (re-sworn)"
    examiners: set[str] = field(default_factory=set)  # "BY MR. HOLLOWAY:", each who asks
    news_surnames: set[str] = field(default_factory=set)  # of "NAME, CNN ANCHOR:" labels
    bare_counts: Counter[str] = field(default_factory=Counter)  # labels the shapes found
    emphasised: int = 0  # labels in Markdown emphasis ("**Jane Doe:**")
    styles: Counter[str] = field(default_factory=Counter)  # labels the shapes found, by style
    timed_bold: Counter[str] = field(default_factory=Counter)  # "**[02:14] Name:**" labels
    bold_stops: Counter[str] = field(default_factory=Counter)  # "**NURSE DALE.** …" labels
    alone: int = 0  # labels alone on their line, joined to the speech below them
    directed: int = 0  # a play's labels with a direction: "ODA laughing: No.", "ODA, à part."
    directed_stop: int = 0  # of them, a printed play's name, comma, direction, stop
    titled_counts: Counter[str] = field(default_factory=Counter)  # "Mr. Kohl. …"
    redacted: int = 0  # titles whose name was blacked out: "Mr.   Of course."
    # the columns such labels stand at ("    The Chairman. …" in a GPO print: 4)
    titled_columns: dict[str, set[int]] = field(default_factory=dict)
    paragraphs: list[RawParagraph] = field(default_factory=list)
    presiding: str | None = None  # the chair a hearing's opening paragraph names
    judge: str | None = None  # the judge a court's caption names: "Before: HON. ANA RUIZ,"
    deponent: str | None = None  # whom a deposition's cover names: "DEPOSITION OF: ANA ROE"
    # the first witness sworn and the line of the oath, where "THE WITNESS:" speaks
    # before it with no question asked yet (greeted, then sworn): who that label is
    witness_to_come: tuple[str, int] | None = None

    @functools.cached_property
    def text(self) -> str:
        """The whole text, for the rare question of whether a name occurs in it."""
        return "\n".join(p.text for p in self.paragraphs)

    shape: Shape = field(default_factory=Shape)

    @functools.cached_property
    def following(self) -> dict[int, RawParagraph]:
        """Each paragraph's next, by the line it starts on."""
        return {a.line: b for a, b in itertools.pairwise(self.paragraphs)}

    @functools.cached_property
    def established_upper(self) -> int:
        """Labels in capitals that recur (counted once, not per label asked about)."""
        return sum(1 for count in self.label_counts.values() if count >= 2)

    @functools.cached_property
    def established_titled(self) -> int:
        """Mixed-case labels with a title and a full stop that recur ("Mr. Kohl.")."""
        return sum(1 for count in self.titled_counts.values() if count >= 2)

    @functools.cached_property
    def titled_roles(self) -> int:
        """Paragraphs a record's officer opens by role, mixed case and a stop
        ("The Witness. I do.", "The Reporter. …"): a congressional deposition's."""
        return sum(c for name, c in self.titled_counts.items() if _record_role(name))

    @functools.cached_property
    def titled_set_in(self) -> int | None:
        """The one column, set in, at which every recurring mixed-case label
        stands (a GPO hearing's paragraphs open four spaces in), or None."""
        columns = {
            column
            for name, count in self.titled_counts.items()
            if count >= 2
            for column in self.titled_columns[name]
        }
        return columns.pop() if len(columns) == 1 and min(columns) > 0 else None

    @functools.cached_property
    def participant_keys(self) -> frozenset[str]:
        """The listed participants' names as :func:`surname_key` folds them."""
        return frozenset(surname_key(p) for p in self.participants)

    @functools.cached_property
    def participant_surnames(self) -> frozenset[str]:
        """The last word of each listed participant's name, folded."""
        listed = frozenset(p.split()[-1].casefold() for p in self.participants if p.split())
        # (the name over "Interviewed by …", where a label says its surname alone)
        labels = {n.casefold() for n in self.colon_label_counts if " " not in n}
        above = {n.split()[-1].casefold() for n in self.named_above}
        return listed | (above & labels)

    @functools.cached_property
    def colon_labelled(self) -> bool:
        """Whether the record is made of colon labels: two or more recur, and
        the paragraphs they open are half of all (a focus group's "F:",
        "P1:"; a council's "The President:"), so that one said once is a
        speaker too ("NT:", "Ms. Okonkwo:")."""
        recurring = {n for n, c in self.colon_label_counts.items() if c >= 2}
        if len(recurring) < 2:
            return False
        opened = sum(self.colon_label_counts[n] for n in recurring)
        return opened * 2 >= sum(1 for p in self.paragraphs if p.text)

    @functools.cached_property
    def handles(self) -> frozenset[str]:
        """Handles in small letters that label turns ("tidewater: Not bad"):
        where one recurs beside another recurring label, and such labels open
        half of the paragraphs, each handle is a label, even one said once;
        words that open notes ("note:", "update:") never are, nor a word whose
        words after the colon go on in small letters ("agenda: rooms")."""
        counts = {n: c for n, c in self.handle_counts.items() if n not in NOT_HANDLES}
        recurring = [n for n, c in counts.items() if c >= 2]
        names = [n for n, c in self.colon_label_counts.items() if c >= 2]
        if not recurring or len(recurring) + len(names) < 2:
            return frozenset()
        opened = sum(counts[n] for n in recurring) + sum(self.colon_label_counts[n] for n in names)
        if opened * 2 < sum(1 for p in self.paragraphs if p.text):
            return frozenset()
        return frozenset(n for n, c in counts.items() if c >= 2 or not self.handles_inside[n])

    @functools.cached_property
    def numbered_questions(self) -> bool:
        """Whether questions are numbered as labels are not ("Question 1:",
        "Question 2:"): a quiz's or a form's, each with its answer."""
        return sum(1 for name in self.colon_label_counts if _NUMBERED_QUESTION.fullmatch(name)) >= 2

    @functools.cached_property
    def mail_head(self) -> bool:
        """Whether an e-mail's or a memo's head is here ("From:", "Sent:"; an oral
        history's "Subject:" names its narrator)."""
        return any(name.upper() in _MAIL_KEYS for name in self.colon_label_counts)

    @functools.cached_property
    def listing(self) -> bool:
        """Whether the colon labels that recur key a list, not speeches: none of
        what follows them ends as a sentence does or talks, and each holds a
        figure somewhere ("Scorers: Hale 23, Brooks 67", "Reading: Ruth 1:16-17,
        read by Clare Moss")."""
        counts = self.colon_label_counts
        recurring = [name for name, n in counts.items() if n >= 2]
        if not recurring or any(self.colon_said[name] for name in recurring):
            return False
        # (one key recurs in a list; a conversation has two voices or more that do,
        # so where two keys or more recur, every line of each holds figures and
        # names, no word in small letters: "Scorers: Kerrigan 23" and "Attendance:
        # 612" under each result, not a radio call's "Pilot: descend flight level 80")
        if len(recurring) == 1:
            return bool(self.colon_figures[recurring[0]])
        return all(self.colon_data[name] == counts[name] for name in recurring)

    @functools.cached_property
    def roster(self) -> bool:
        """Whether every colon label keys a titled name and nothing more, four
        lines or more ("Head: Mrs Amanda Green", "Bursar: Ms Helen Lee"): a
        staff list or a cast, where no one speaks."""
        counts = self.colon_label_counts
        return sum(counts.values()) >= 4 and all(
            self.colon_named[name] == count for name, count in counts.items()
        )

    @functools.cached_property
    def song(self) -> bool:
        """Whether the colon labels are all a song's parts ("Verse 1:", "Chorus:")."""
        names = self.colon_label_counts
        return len(names) >= 2 and all(SONG_SECTION.fullmatch(name) for name in names)

    @functools.cached_property
    def upper_colon_recurs(self) -> bool:
        """Whether a colon label in capitals recurs ("PARKS:" twice or more), also
        by its surname ("JIM LEHRER:", then "MR. LEHRER:")."""
        surnames: Counter[str] = Counter()
        for name, count in self.colon_label_counts.items():
            if name.isupper() and name.split():
                surnames[name.split()[-1]] += count
        return any(c >= 2 for c in surnames.values())

    @functools.cached_property
    def once_labels(self) -> frozenset[str]:
        """Colon labels said once that are speakers all the same: where two or
        more different names open paragraphs with a colon, each a role
        ("MODERATOR:"), a person ("Ms. Hale:", "Rosa Delgado:", "Senator Roe:"),
        an office ("The PRESIDENT:") or initials ("RD:"), all in capitals or all
        not (initials go with either), and no other name does so (fields,
        headings and notes aside): a short record whose speakers speak once."""
        forms: set[bool] = set()
        names: list[str] = []
        bare_words = False  # a word in capitals, shaped as no name nor role
        for name in self.colon_label_counts:
            if not name[:1].isupper() or _guarded_label(name):
                continue
            once = self.colon_label_counts[name] < 2
            if once and name == self.title_label:
                continue  # "Town Hall: Questions on the Ferry", the title over the record
            # ("RESIDENT:", "MAYOR:" each once: a word in capitals names a speaker)
            shaped = _once_label_shape(name)
            if once and not shaped and name.isupper() and name.isalpha():
                shaped = bare_words = True
            if once and (not shaped or not self.colon_spoken[name]):
                return frozenset()
            names.append(name)
            if len(name) > 3 or _INITIALS_LABEL.match(name) is None:  # (initials: "RD")
                forms.add(name.isupper())
        if len(names) < 2 or len(forms) > 1:
            return frozenset()
        if bare_words and not any(self.colon_talk[n] for n in names):
            # "POSITION: Library assistant." "HOURS: Twenty a week.": keys of a
            # notice, not speakers; once-only speakers talk somewhere ("TENANT:
            # When does the work begin?")
            return frozenset()
        return frozenset(n for n in names if self.colon_label_counts[n] < 2)

    @functools.cached_property
    def column_page_label(self) -> str | None:
        """The one label of a page of a parliamentary report with its column
        headings ("12 July 2011 : Column 212"), said once over speech: a
        member's contribution copied alone ("Mr Hurd: In summary, …"), where
        the rest of the page is its business (a division's lists, "Question
        put")."""
        if not self.columns or len(self.colon_label_counts) != 1:
            return None
        ((name, count),) = self.colon_label_counts.items()
        if count != 1 or not self.colon_spoken[name] or _guarded_label(name):
            return None
        return name if _once_label_shape(name) else None

    @functools.cached_property
    def sitting_page_label(self) -> str | None:
        """The one label of a chamber's page that opens with its sitting ("The
        Assembly met at 10:30 am (Mr Speaker in the Chair).") among its first
        lines, said once over speech: the chair's or a member's contribution
        copied alone ("Mr Speaker: Before we begin …")."""
        if not 1 <= len(self.colon_label_counts) <= 2:
            return None
        opening = next(
            (
                at
                for at, para in enumerate(self.paragraphs[:6])
                if para.text[:4] == "The " and P.SITTING_NARRATION.match(para.text)
            ),
            None,
        )
        if opening is None:
            return None
        # (the page's title over the sitting may hold a colon: "Official Report: Tuesday …")
        below = (P.colon_label(p.text) for p in self.paragraphs[opening + 1 :] if ":" in p.text)
        names = {label.group("name") for label in below if label is not None}
        if len(names) != 1:
            return None
        (name,) = names
        if self.colon_label_counts[name] != 1 or not self.colon_spoken[name]:
            return None
        return name if not _guarded_label(name) and _once_label_shape(name) else None

    @functools.cached_property
    def speech_page_label(self) -> str | None:
        """The one label of a chamber's page of one speech, as the Austrian
        parliament's site gives a Stenographisches Protokoll's speech: the time
        the speech began ("10.11") or the record's paragraph number ("RN/21")
        alone on the first line, the label said once on the next, an office
        before the name ("Präsident Dr. Walter Rosenkranz: Ich sehe …")."""
        if len(self.colon_label_counts) != 1:
            return None
        texts = [p.text for p in self.paragraphs[:3] if p.text][:2]
        if len(texts) < 2 or _SPEECH_PAGE_HEAD.fullmatch(texts[0]) is None:
            return None
        (name,) = self.colon_label_counts
        if not texts[1].startswith(name) or _CHAMBER_OFFICE.match(name) is None:
            return None
        return name

    @functools.cached_property
    def speech_times(self) -> frozenset[int]:
        """The lines of the times alone ("13.44") that an Austrian record sets
        over each speech's label, an office before the name: when the speech began.
        (A figure with a stop alone elsewhere is no time.)"""
        texts = [p for p in self.paragraphs if p.text]
        return frozenset(
            para.line
            for para, below in itertools.pairwise(texts)
            if len(para.text) <= 5
            and _SPEECH_TIME.fullmatch(para.text) is not None
            and _CHAMBER_OFFICE.match(below.text) is not None
            and ":" in below.text[:120]
        )

    @functools.cached_property
    def established_mixed_colon(self) -> int:
        """Mixed-case colon labels that recur ("Mao Zedong:", not "MR. SMITH:"),
        in full or by surname ("Mr. Owen Pryce (Carnbridge) (Lab):", then "Mr. Pryce:")."""
        by_surname: Counter[str] = Counter()
        for name, count in self.colon_label_counts.items():
            if not name.isupper() and name.split():
                by_surname[name.split()[-1].casefold()] += count
        return sum(1 for count in by_surname.values() if count >= 2)

    @functools.cached_property
    def qa_labels(self) -> bool:
        """Depositions label turns "Q." and "A."; a lone "A." is an initial,
        unless a "Q." asks what it answers, or a witness took the oath on a
        line of its own ("W42 (re-sworn)", then "A.  Thank you." to the chair
        before any question) (asked once the survey is done)."""
        q, a = self.qa_counts["Q"], self.qa_counts["A"]
        return (
            (q >= 2 and a >= 2)
            or (q >= 1 and a >= 1 and q + a <= 3)
            or (a >= 1 and self.oaths >= 1)
        )


# The head of a chamber's page of one speech: the time it began ("13.44") or the
# record's paragraph number ("RN/21") alone on the first line.
_SPEECH_PAGE_HEAD: Final = recache.compile(r"(?:[012]?\d\.[0-5]\d|RN/\d{1,4}(?:\.\d{1,2})?)")
# A time of day as an Austrian record writes it alone: "13.44", "9.05".
_SPEECH_TIME: Final = recache.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
# A German-language chamber's office before a speaker's name: "Präsidentin …",
# "Abgeordneter …", "Bundesministerin …", "Bundesrat …" (Austria's second chamber).
_CHAMBER_OFFICE: Final = recache.compile(
    r"(?:(?:Vize|Alters)?[Pp]räsident|Abgeordnete|Bundesminister|Bundeskanzler"
    r"|Vizekanzler|Staatssekretär|Bundesrat|Bundesrätin)(?:in|r)?\s+\S"
)

# Words of an office, not of a name: "Colonel Goodpaster, Staff Secretary".
_ROLE = recache.compile(r",\s*(?:[A-Z][\w.-]*\s+)*(?:" + "|".join(OFFICES) + r")\b")


# a section's one-word heading under a list of participants: never a name
_SECTION_WORDS: Final = frozenset(
    (
        "agenda",
        "contents",
        "index",
        "summary",
        "proceedings",
        "tagesordnung",
        "inhalt",
        # a meeting note-taker's parts under its attendees ("Highlights" over the
        # moments the user saved, then "Transcript"), as Tactiq writes its export
        "highlights",
    )
)


# A state's or district's abbreviation closing a place in a list of appearances, before
# the side counsel appears for: "St. Louis, Mo.; on behalf of", "Washington, D.C.; for".
_PLACE_ABBREVIATED: Final = recache.compile(r"(?:[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2,3});")
# Counsel in a court's list of appearances: the name, maybe a generation, "ESQ.", then
# the office or the city: "DONALD B. VERRILLI, JR., ESQ., Solicitor General,".
_COUNSEL_LINE: Final = recache.compile(
    r"^(?P<name>[^,]{3,60}),[ \t]*(?:(?:JR|SR|Jr|Sr|II|III|IV)\.?,[ \t]*)?"
    r"(?:ESQ(?:UIRE)?|Esq(?:uire)?)\.?(?:,[ \t]*(?P<role>[^\n]{0,200}))?$"
)
# The side counsel appears for, in a list of appearances' wrapped lines.
_COUNSEL_FOR: Final = recache.compile(r"\bon behalf of\b|\bamicus curiae\b|;[ \t]*for$", re.I)
# A line of a script's cast: a name in capitals, maybe a note in brackets after it.
_CAST_ROLE: Final = recache.compile(
    r"(?P<name>[A-Z][A-Z.'’\-]{0,20}(?: [A-Z][A-Z.'’\-]{0,20}){0,4})(?: [\[(][^\[\]()]{1,30}[\])])?"
)


# A key of a list of speakers: the label, a dash or "=", the name ("RF - Rosa Fuentes").
_KEYED_NAME: Final = recache.compile(r"(?P<label>[A-Z][A-Za-z]{1,3})[ \t]+[-=][ \t]+(?P<name>.+)")


def _keyed_name(item: str) -> str | None:
    """The name an item of a list of speakers keys to its label ("RF - Rosa
    Fuentes" → "Rosa Fuentes"), where the label is the name's initials.

    >>> _keyed_name("RF - Rosa Fuentes"), _keyed_name("Ed - the editor")
    ('Rosa Fuentes', None)
    """
    found = _KEYED_NAME.fullmatch(item)
    if found is None or not P.NAME_ITEM.match(found["name"]):
        return None
    return found["name"] if found["label"] in initials_forms(found["name"]) else None


# A generation after the name's comma, before the office: "Jr., Ambassador to …".
_GENERATION_FIRST: Final = recache.compile(r"(?:Jr|Sr)\.?,[ \t]+|(?:II|III|IV),[ \t]+")


def _topics(item: str) -> bool:
    """Whether a bullet's item is a list of topics, not of people: parts parted by
    semicolons, none with an office after a comma nor a title before a name.

    >>> _topics("Syrian-Israeli Disengagement; Palestinians; CSCE; SALT")
    True
    >>> _topics("Mr. Hale; Dr. Ruth Amsel"), _topics("Ana Roe, Chair; Jo Lee, Clerk")
    (False, False)
    """
    parts = [part.strip() for part in item.split(";")]
    return "," not in item and all(part and drop_title(part) == part for part in parts)


def _participant_entries(text: str) -> list[tuple[str, str | None]] | None:
    """The people of a participants line, each with a role when one is given,
    or None if the line is not one.

    >>> _participant_entries("Cdes. Khrushchev, Malinovsky, and Antonov.")
    [('Khrushchev', None), ('Malinovsky', None), ('Antonov', None)]
    >>> _participant_entries("Ambassador Bohlen, U.S. Ambassador to the USSR")
    [('Bohlen', 'U.S. Ambassador to the USSR')]
    >>> _participant_entries("BEN COLE, ESQ.")
    [('BEN COLE', 'ESQ')]
    """
    label = P.UPPER_LABEL.match(text)
    if label is not None and label.group("rest"):
        return None  # a speaker's turn, not a list
    if P.DOC_TYPE.match(text) or text.strip().casefold() in _SECTION_WORDS:
        return None  # "Transcript" or "Agenda" under the list: the text begins
    # "Senator Tom Pell, Jr.": the generation is the name's, no second person
    body = split_suffix(text.strip().rstrip(".").strip())[0]
    letters = _POST_NOMINAL.search(body) if "," in body else None
    if letters is not None:  # "BEN COLE, ESQ.": one person, not a second called "ESQ"
        name = drop_title(body[: letters.start()].strip())
        held = body[letters.start() + 1 :].strip()
        return [(name, held)] if P.NAME_ITEM.match(name) else None
    counsel = _COUNSEL_LINE.match(body) if "ESQ" in body.upper() else None
    if counsel is not None and P.NAME_ITEM.match(counsel.group("name")):
        # "DONALD B. VERRILLI, JR., ESQ., Solicitor General,": one counsel, the office after
        return [(counsel.group("name"), (counsel.group("role") or "").strip(" ,") or None)]
    # "Representatives Hale (presiding), Moss of Utah, …": the chair among the members
    chair = P.presiding_item(body) if "(presiding)" in body else None
    if chair is not None:
        body = body.replace(" (presiding)", "")
    if _body_under_name(body):
        return []  # "California Teachers Association" under a witness's name: no one
    items = [drop_title(i.strip()) for i in P.LIST_SPLIT.split(body)]
    items = [i for i in items if i]
    offices = dict(_office_after(i) for i in items) if "(" in body else {}
    if any(offices.values()):  # "Representatives Hale (Vice Chairman), Ney": Hale, an office
        items = list(offices)
    keyed = [_keyed_name(i) for i in items] if " - " in body or " = " in body else []
    if len(keyed) >= 2 and all(keyed):
        # "Speakers: RF - Rosa Fuentes; TL - Teodora Lisle": each label's person
        return [(name, None) for name in keyed if name]
    if items and all(i.casefold() in LITIGANT_ROLES for i in items):
        return []  # "Respondent." alone on its line of a list of appearances: a party
    people = [i for i in items if not P.MEETING_NON_PERSON.match(i)]
    if len(people) < len(items):  # a meeting's bots and shared screens: no one
        items, body = people, ", ".join(people)
    # ("Hastings of Washington": a member by surname and state, as the Congressional
    # Record tells two members of one surname apart; the state no role)
    named = [_without_state(i) for i in items] if " of " in body else items
    # ("Mayor Ana Roe, Deputy Mayor Bo Kerr": every item an office before a full
    # name, a list of people, not a person and the office after the comma)
    raw = [i.strip() for i in P.LIST_SPLIT.split(body) if i.strip()]
    titled = len(raw) >= 2 and all(
        (bare := drop_title(i)) != i and len(bare.split()) >= 2 for i in raw
    )
    if items and _names_listed(named) and (titled or not _ROLE.search(body)):
        if any(_record_name(i) for i in items):
            return None  # "Senate Finance Committee", a running head: no one's name
        # ("ANA ROE, Chancellor's Office California Community Colleges": one witness
        # and the body she speaks for, no second person: read below as a role)
        if len(items) < 2 or not any(_body_under_name(i) for i in items[1:]):
            return [(item, "presiding" if item == chair else offices.get(item)) for item in items]
    # one person and a role: "Secretary Dulles, Secretary of State"
    match = re.match(r"^(?P<name>[^,–—]+?)\s*(?:,|\s[–—-]\s)\s*(?P<role>.+)$", body)
    role_like = match is not None and (
        re.search(r"\b[a-z]", match.group("role")) or _ROLE.search(", " + match.group("role"))
    )
    if match and role_like and _PLACE_ABBREVIATED.match(match.group("role")):
        return []  # "St. Louis, Mo.; on behalf of Petitioner.": counsel's city, no one
    if match and role_like and P.NAME_ITEM.match(drop_title(match.group("name"))):
        role = match.group("role").strip()
        generation = _GENERATION_FIRST.match(role) if role[:1] in "JSI" else None
        if generation is not None:  # "Walter Stoessel, Jr., Ambassador …": the name's
            role = role[generation.end() :]
        return [(drop_title(match.group("name")), role)]
    # a person and the country or body represented: "Ambassador Daniel Okoro of Nigeria"
    name, of, place = body.partition(" of ")
    place = place.removeprefix("the ")
    person = drop_title(name.strip())
    if of and person.casefold() in HEADING_WORDS:
        return None  # "Meeting of the Parliament 3 March 2021": the sitting, no one
    if of and place[:1].isupper() and len(place) <= 60 and "," not in body:
        return [(person, body[len(name) :].strip())] if P.NAME_ITEM.match(person) else None
    if _COUNSEL_FOR.search(body) is not None:
        # "Department of Justice, Washington, D.C.; on behalf of", "Court-appointed
        # amicus curiae": a counsel's wrapped description in a list of appearances
        return []
    return None


def _without_state(item: str) -> str:
    """A listed member's surname without the state that tells two members of
    one surname apart.

    >>> _without_state("Hastings of Washington"), _without_state("Duke of Milan")
    ('Hastings', 'Duke of Milan')
    """
    name, of, state = item.partition(" of ")
    return name if of and state in US_STATES else item


def _office_after(item: str) -> tuple[str, str | None]:
    """A listed member and the office in parentheses after the name ("Hale (Vice
    Chairman)", "Ruiz (ex officio)"), or the item and None.

    >>> _office_after("Hale (Vice Chairman)"), _office_after("Ruiz (ex officio)")
    (('Hale', 'Vice Chairman'), ('Ruiz', 'ex officio'))
    >>> _office_after("Moss of Utah"), _office_after("Lund (D-Ohio)")
    (('Moss of Utah', None), ('Lund (D-Ohio)', None))
    """
    name, bracket, office = item.partition(" (")
    office = office.removesuffix(")")
    words = office.split()
    if (
        not bracket
        or not 1 <= len(words) <= 3
        or not all(w.isalpha() for w in words)
        or not P.NAME_ITEM.match(name)
    ):
        return item, None
    return name, office


def _names_listed(items: list[str]) -> bool:
    """Every item a name; in a long list of a meeting's attendees, a few may be
    the handles people typed as their names ("river 0x", "Tiago - Stakin").

    >>> _names_listed(["Ana Ruiz", "Ben Ode", "Kim Lo", "Jo Poe", "river 0x"])
    True
    >>> _names_listed(["Ana Ruiz", "and the rest of us went home"])
    False
    """
    named = sum(1 for i in items if P.NAME_ITEM.match(i))
    if named == len(items):
        return True
    return (
        len(items) >= 5
        and named >= 0.8 * len(items)
        and all(len(i) <= 40 and len(i.split()) <= 4 and i[-1:] not in ".?!:" for i in items)
    )


# The keys of an e-mail's or a memo's head, and the ones among them a speaker's
# initials could spell ("TO:", "RE:"): no label where the head's other keys stand.
_MAIL_KEYS: Final = frozenset(("FROM", "SENT"))
_ADDRESS_KEYS: Final = frozenset(("TO", "CC", "BCC", "RE", "ATTN", "FWD", "FW"))
# How words said end: a sentence's stop, a quotation's close, a dash cut off.
_SAID_ENDS: Final = frozenset('.?!…"”’)—-:;')
# A witness's oath without the name, which stands on the line above.
_OATH: Final = recache.compile(
    r"(?:having\s+been|being\s+(?:first\s+)?(?:duly\s+)?sworn|called\s+as\s+a\s+witness"
    r"|who,?\s+having)\b"
)
_NAME_OVER_OATH: Final = recache.compile(
    r"^(?P<name>[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){1,4}),"
)
# A party calls its witness: "The claimant calls Dale Hale.", "We call Officer Ana Roe."
_CALLS_WITNESS: Final = recache.compile(
    r"\bcalls?\s+(?:(?:Mr|Ms|Mrs|Dr|Officer|Detective|Agent|Sergeant)\.?\s+)?"
    r"(?P<name>[A-Z][a-z’'\-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z’'\-]+){1,2})[.,]?\s*$"
)
# The reporter's note that the called witness took the oath: "(Witness sworn.)".
_WITNESS_SWORN_NOTE: Final = recache.compile(
    r"\((?:the\s+)?witness(?:\s+was)?(?:\s+(?:duly|first))*\s+(?:sworn|affirmed)\b[^()]*\)\.?$",
    re.I,
)
# A line of an e-mail's or a memo's head: "TO: All staff", "From: Ana Ruiz".
_MAIL_LINE: Final = recache.compile(r"(?i:to|from|cc|bcc|re|sent|subject|date|attn)\s*:")
# Keys a Markdown page sets in bold as callouts, not as fields of a head.
_CALLOUTS: Final = frozenset(("note", "notes", "source", "contact", "credit", "language"))
# Initials with their stops: "J.A.", "H.P.".
_DOTTED_INITIALS: Final = recache.compile(r"(?:[A-Z]\.){2,3}")
# A quiz's or a form's numbered question, and the word its answer is labelled by.
_NUMBERED_QUESTION: Final = recache.compile(r"(?i:question|frage|pregunta)\s*\d{1,3}")
_ANSWER_WORDS: Final = frozenset(("answer", "answers", "a", "antwort", "respuesta", "réponse"))
# A list's bullet: "• Ana Ferreira, Prime Minister", "◦ Mr. Berg" nested under it.
_BULLETS: Final = "•◦▪‣"
# How many bullets under a list's first one are looked at for one with an office.
_LIST_LOOKAHEAD: Final = 12
_BULLET: Final = recache.compile(r"^[•◦▪‣][ \t]+")
# What a court's caption sets before a name of its list: "HON. ANA RUIZ,", "BY: JO LEE".
_CAPTION_PREFIX: Final = recache.compile(r"^(?:(?:THE\s+)?HON(?:ORABLE)?\.?|BY:)\s+(?=[A-Z])")
# Whom counsel appears for, before the name in a court's list of appearances:
# "For the Plaintiff:", "ON BEHALF OF THE DEFENDANT:", "For the People:".
_APPEARING_FOR: Final = recache.compile(
    r"^(?P<side>(?:For|FOR|On\s+behalf\s+of|ON\s+BEHALF\s+OF)\s+(?:the\s+|THE\s+)?"
    r"[A-Za-z'’.]+(?:\s+[A-Za-z'’.]+){0,3}):\s+(?=[A-Z])"
)
# Letters after a name, of a degree, a bar or a court reporter: "ANA RUIZ, ESQ.",
# "Mary Lee, RPR", "Dr. Jo Poe, Ph.D."
_POST_NOMINAL: Final = recache.compile(
    r",\s*(?:ESQ(?:UIRE)?|Esq(?:uire)?|AUSA|RPR|CSR|CRR|RMR|RDR|CCR|RSA|Ph\.?\s?D|PHD"
    r"|M\.?D|QC|KC|SC)\.?$"
)
# An office on its own line under a name of a list: "District Judge", "Attorney for
# Defendant", "United States Attorney for the" (wrapped), at most eight words.
# A law firm in capitals: "ROE & DOE LLP".
_FIRM_LINE: Final = recache.compile(r"[A-Z][A-Z&.,' -]{0,60} (?:LLP|LLC|PLLC|P\.C\.|INC\.?|LTD\.?)")
# (counsel's "BY: NAME" may end it, where a copy joined the lines)
_OFFICE_LINE: Final = recache.compile(
    r"[A-Z][a-z]+\.?(?: (?:[A-Z][A-Za-z.'&-]*|of|for|the|and|to|on|in)){0,7}"
    r"(?: BY: [A-Z][A-Z.' -]+)?"
)


# A field's name alone on its line, as memoranda print them: "SUBJECT", "Subject:".
_FIELD_ALONE: Final = recache.compile(
    r"(?:subjects?|topic|(?:summary )?keywords)\s*:?|(?:interviewed|conducted) by:|interviewer:"
    r"|interviewee:|narrator:|interview with:|copyright:|contact:|credit:|draft date:|title:",
    re.I,
)
# A time code alone, hours, minutes and seconds: "00:02:30", "1:04:17".
_CLOCK_ALONE: Final = recache.compile(r"(\d{1,2}):([0-5]\d):([0-5]\d)")
# An elapsed time spelled with its units, alone on a line, as a transcriber notes how
# far the recording has got: "2m 10s", "21min", "1h 20m 28s", "((37min 58sec))"
# (the units abbreviated, as a note writes them: "20 minutes" alone is someone's words).
_SPELLED_ELAPSED: Final = recache.compile(
    r"(?P<open>\(\(?)?(?:(?P<h>\d{1,2}) ?h(?:rs?)? ?)?"
    r"(?:(?P<m>\d{1,3}) ?(?P<mu>m(?:ins?)?) ?)?"
    r"(?:(?P<s>\d{1,2}) ?(?P<su>s(?:ecs?)?))?(?P<close>\)\)?)?"
)
# Between the names of a role field's list: ", ", ", and ", " and ", " & ".
# (a run of blanks is tried from its start only: searched from each blank in turn, a
# long run would cost its length squared)
_NAME_LIST_SPLIT: Final = recache.compile(
    r"(,[ \t]+(?:and[ \t]+)?|(?<![ \t])[ \t]+(?:and|&)[ \t]+)"
)
# A remark in brackets beside a name in a list of interviewers, from a small letter
# or a figure: when that one joined ("(from page 3)", "(from 00:31:10)", "(2nd session)").
_JOINED_WHEN: Final = recache.compile(r"\((?=[a-z0-9])[^()]{1,40}\)")


def _joined_when(piece: str) -> tuple[str, str, str]:
    """A listed interviewer's name apart from a remark in brackets before or
    after it (the remark with its space, as written), or the piece as it is.

    >>> _joined_when("(from page 3) David Osei"), _joined_when("Tomas Vey (from 00:31:10)")
    (('(from page 3) ', 'David Osei', ''), ('', 'Tomas Vey', ' (from 00:31:10)'))
    >>> _joined_when("Ruth Bellamy (RB)")
    ('', 'Ruth Bellamy (RB)', '')
    """
    before = after = ""
    if piece[:1] == "(" and ") " in piece:
        cut = piece.index(") ") + 1
        if _JOINED_WHEN.fullmatch(piece[:cut]):
            before, piece = piece[: cut + 1], piece[cut + 1 :]
    if piece[-1:] == ")" and " (" in piece:
        cut = piece.rindex(" (")
        if _JOINED_WHEN.fullmatch(piece[cut + 1 :]):
            piece, after = piece[:cut], piece[cut:]
    return before, piece, after


# Between names written surname first: "Roe, Ann & Roe, Bo", "Roe, Ann; Lee, Bo".
# (a run of blanks is tried once: the split begins after a word, see test_redos)
_INVERTED_SPLIT: Final = recache.compile(r"((?<![ \t])[ \t]+&[ \t]+|;[ \t]+)")


def _surnames_first(value: str) -> list[tuple[str, str, str]] | None:
    """Two to four names written surname first and joined by "&" or ";"
    ("Vance, Nora “Bee” & Vance, Otto"): each as written, in its
    usual order ("Nora Vance") and with the joiner after it; None where a
    part is not one surname, a comma and forenames."""
    pieces = _INVERTED_SPLIT.split(value)
    names, seps = pieces[0::2], [*pieces[1::2], ""]
    if not 2 <= len(names) <= 4:
        return None
    out: list[tuple[str, str, str]] = []
    for written, sep in zip(names, seps, strict=True):
        name = inverted_name(written)
        if name is None or not P.SHORT_NAME.match(name):
            return None
        out.append((written, name, sep))
    return out


# A role field's value that names no one: "RECORDING ENGINEER:  SAME".
_NO_ONE: Final = frozenset(("same", "same as above", "none", "n/a", "unknown", "not known"))
# A label in capitals typed with a semicolon for its colon: "GRANDE;<TAB>In 1926, …"
# (read only where the same label recurs with its colon, _recurs_with_colon).
_SEMICOLON_LABEL: Final = recache.compile(
    r"^(?P<name>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2})(?P<term>;)(?P<rest>[ \t]+\S.*)$", re.S
)
# How often a label must be seen with its colon before its semicolon slip is read.
_MISTYPED_LABEL_SEEN: Final = 5
# Fields whose value under them is a person: "Interviewed by:" / "Peter Osei".
_ROLE_KEYS: Final = frozenset(
    ("interviewed by", "conducted by", "interviewer", "interviewee", "narrator", "interview with")
)
# Keys of a front matter that name several people, one a line: "INTERVIEWERS:
# Sarah Schneider" / "David J. Caruso".
_SEVERAL_KEYS: Final = frozenset(("interviewers", "narrators", "interviewees"))


def _participant_names(text: str) -> list[str] | None:
    """Names in a list line such as "Cdes. A, B, and C." or None if it is not one."""
    entries = _participant_entries(text)
    return None if entries is None else [name for name, _role in entries]


def _over_offices(text: str) -> list[str] | None:
    """The names of a list's lines joined into one paragraph where a name's line
    has its office on the next ("Assemblyman Teo Marsh" / "Chair, Assembly
    Committee on Ports"): read a line at a time, so that no name ends in "Chair";
    None where the text holds no such lines (a list on one line is read as one).

    >>> _over_offices("\ue000Senator Ana Roe\ue000Chair, Senate Finance Committee")
    ['Ana Roe']
    >>> _over_offices("Ana Roe, Bo Lee") is None
    True
    """
    if _LINE_MARK.search(text) is None:
        return None
    lines = [line.strip() for line in _LINE_MARK.split(text) if line.strip()]
    lines = [line for line in lines if _CONTINUED.fullmatch(line) is None]
    if len(lines) < 2 or not _office_line(lines[1]) or _office_line(lines[0]):
        return None
    return _names_by_line(text)


def _paged_entries(text: str) -> list[str] | None:
    """The names of a hearing's list of speakers whose pages stand at the end of
    each entry's last line, under the name and its office lines (a copy joins a
    line without a margin number to the one above):

        5   Sheila Roe
            Commissioner
        6   State Office of Harbours                9       15

    the first line of each entry, the name before its office; None where no
    line of the text ends in pages or an entry's first line is no name.

    >>> _paged_entries("\ue000Ana Roe Commissioner\ue001State Office of Ports      9    15")
    ['Ana Roe']
    >>> _paged_entries("\ue000Ana Roe\ue001State Office of Ports") is None
    True
    """
    lines = [line.strip() for line in _LINE_MARK.split(text) if line.strip()]
    if not any(_PAGES_AT_END.search(line) for line in lines):
        return None
    names: list[str] = []
    opens = True
    for at, line in enumerate(lines):
        titles = _COLUMN_TITLES.match(line)
        entry = line[titles.end() :] if titles is not None and titles.end() else line
        if at == 0 and _PAGES_AT_END.search(entry):
            paged = _paged_name(entry)
            if paged is not None and len(paged.split()) >= 2:
                return None  # "Ana Roe      5    12": the pages on the name's line
            continue  # "SAGE     363": the end of an entry the page before began
        if opens and entry:
            if names and (_paged_name(entry) is not None or _office_line(entry)):
                break  # (the page's running head after the list's last entry)
            if _paged_name(entry) is not None or _office_line(entry):
                return None  # a name with its pages, or an office first: another list
            named = _name_before_office(entry)
            if named is None and P.NAME_ITEM.fullmatch(entry) is None:
                named = _leading_name(entry)  # "Ariel Roe Advocacy and Policy Advisor"
            if named is not None and named[-1:] == "." and len(named.split()[-1]) > 2:
                named = named.rsplit(" ", 1)[0]  # "Kay Roe Assoc. Executive Director"
            found = _participant_entries(named or entry)
            if not found or len(found) != 1:
                break  # (the page's foot or head after the list's last entry)
            names.append(found[0][0])
            opens = False
        if _PAGES_AT_END.search(line):
            opens = True
    return names or None


def _leading_name(line: str) -> str | None:
    """The two or three words of a name that open a line an office goes on
    ("Ariel Roe Advocacy and Policy Advisor"), as one person; or None."""
    words = line.split()
    for size in (3, 2):
        if len(words) > size and words[size][:1].isupper() and words[size - 1][-1:] != ".":
            head = " ".join(words[:size])  # (never "Ana Roe Assoc.": an office's word)
            found = _participant_entries(head)
            if found and len(found) == 1 and P.NAME_ITEM.match(head):
                return head
    return None


def _office_and_surname(person: str, listed: list[str]) -> str | None:
    """The one listed person whose surname ends a label of offices before it
    ("OCFS COMMISSIONER POOLE", "ACTING DIRECTOR OLSEN": an agency's letters, a
    qualifier and an office, then the surname): an office word must stand among
    the words before, each of them in capitals; or None.

    >>> _office_and_surname("OCFS COMMISSIONER POOLE", ["Sheila J. Poole", "Ann Lee"])
    'Sheila J. Poole'
    >>> _office_and_surname("ANA POOLE", ["Sheila J. Poole"]) is None
    True
    """
    *lead, last = person.split()
    if not lead or not all(w.isupper() and w.isalpha() for w in lead):
        return None
    folded = [w.casefold() for w in lead]
    if folded[-1] not in _ALL_OFFICE_WORDS:
        return None  # (the office stands right before the surname)
    if not all(w in _ALL_OFFICE_WORDS or w in OFFICE_QUALIFIERS or len(w) <= 5 for w in folded):
        return None
    found = {
        n for n in listed if len(n.split()) >= 2 and n.split()[-1].casefold() == last.casefold()
    }
    return found.pop() if len(found) == 1 else None


# an index entry's pages at the end of its last line: "Family Services     9     15"
_PAGES_AT_END: Final = recache.compile(r"\S[ \t]{2,}\d{1,4}(?:[ \t]+\d{1,4})?$")


# A list's heading said again over its next page: "PRESENT:    (Continued)"
_CONTINUED: Final = recache.compile(r"\((?:continued|cont(?:'|’)?d\.?|cont\.)\)", re.I)


def _names_by_line(text: str) -> list[str] | None:
    """The names of a list whose lines were joined into one paragraph, one
    person a line, each perhaps followed by a line of office:

        PRESIDING:
           Senator Rachel Marsh
           Chair, Senate Standing Committee on Housing
    """
    names: list[str] = []
    lines = [line.strip() for line in _LINE_MARK.split(text) if line.strip()]
    # "PRESENT:    (Continued)": the list goes on from the page before
    lines = [line for line in lines if _CONTINUED.fullmatch(line) is None]
    paged = [name for name in map(_paged_name, lines) if name is not None]
    if paged:  # "Dana Whitfield      5     12": the names are the lines with pages
        lines = paged
    office_open = False  # an office line ended with a comma: it goes on below
    for line in lines:
        if office_open or _office_line(line):
            # "Chair, Senate Standing Committee on Housing", "Village of Harbor
            # Point": the office of the name above, or the body it speaks for
            office_open = line.endswith(",")
            continue
        office_open = False
        entries = _participant_entries(line)
        office = line.split(",")[0].split()[:1]
        if names and office and office[0].casefold() in _OFFICE_WORDS:
            continue  # "Chair, Senate Standing Committee on Housing": the office above
        if entries is None and (named := _name_before_office(line)) is not None:
            # "Ed Moll Assistant to County Executive Roe"; "Senator Ana Roe Chair, …"
            entries = _participant_entries(named) or [(named, None)]
        if entries is None:
            return None
        names.extend(_without_office(name) for name, _role in entries)
    return names or None


def _record_name(name: str) -> bool:
    """A body's or a record's name ("Senate Housing Committee", "Rental Repairs
    Hearing"), not a person's."""
    words = [word.casefold() for word in name.split()]
    # (the first word may be a title's: "ASSEMBLY MEMBER GRETA HALLORAN")
    return bool(words) and (words[-1] in RECORD_WORDS or any(w in RECORD_WORDS for w in words[1:]))


def _office_line(text: str) -> bool:
    """A line of a list that gives the office of the name above, or the body it
    speaks for, and names no one: "Chair, Senate Finance Committee",
    "Co-Chair", "Fire Chief", "Village of Harbor Point" (never "Chairwoman
    Okafor", a title and a name, nor "van Dijk, Jan", a name with its particle).

    >>> [_office_line(t) for t in ("Chair, Senate Committee", "Fire Chief", "Chairwoman Ann Roe")]
    [True, True, False]
    >>> _office_line("SENATOR ANA ROE:   We open this hearing.")
    False
    """
    if ": " in text and text.partition(": ")[2].strip():
        return False  # "SENATOR ANA ROE:   We open this hearing …": a label and its words
    words = text.split(",")[0].split()
    if not words:
        return False
    if words[0].casefold() in BODY_WORDS and " of " in text:
        return True
    if words[0] == "Representing":  # "Representing Senator Ann Roe": whom they stand for
        return True
    if (words[0].islower() and words[0] not in NAME_PARTICLES) or _record_name(
        text.split(",")[0].split("(")[0]
    ):
        # "and Families" (an office's name run on); "Senate Finance Committee (RM)"
        return True
    if not _office_word(words[-1]):
        return False
    return all(_office_word(w) or w.casefold() in OFFICE_QUALIFIERS for w in words)


def _name_before_office(line: str) -> str | None:
    """The name before the office a copy joined to it from the line below
    ("Rae Lund Commissioner of Parks", "Jo Lee City Manager"), or None.

    >>> _name_before_office("Ed Moll Assistant to County Executive Roe")
    'Ed Moll'
    """
    words = line.split()
    for at in range(2, min(len(words), 5)):
        office = words[at].rstrip(",")  # "Ana Roe Chair, Senate Finance Committee"
        if office.casefold() in OFFICE_QUALIFIERS and at + 1 < len(words):
            office = words[at + 1]  # "City Manager"
        name = " ".join(words[:at])
        if _office_word(office) and P.NAME_ITEM.match(name) and not _record_name(name):
            return name
    return None


def _without_office(name: str) -> str:
    """A name without the office a copy joined to it from the line below, where
    that line had no margin number ("Ada Oduya Co-Chair", "Rae Lund Fire Chief");
    two words of the name are always kept.

    >>> _without_office("Ada V. Oduya Co-Chair"), _without_office("Rae Lund Fire Chief")
    ('Ada V. Oduya', 'Rae Lund')
    """
    words = name.split()
    if len(words) <= 2 or not _office_word(words[-1]):
        return name
    while len(words) > 2 and _office_word(words[-1]):
        words.pop()
    while len(words) > 2 and words[-1].casefold() in OFFICE_QUALIFIERS:
        words.pop()
    return " ".join(words)


def _body_named(name: str) -> bool:
    """Whether a label names a body, not a person: two words or more, the last a
    body's ("ENVIRONMENTAL PROTECTION AGENCY", "Department of the Navy" not).

    >>> _body_named("U.S. ENVIRONMENTAL PROTECTION AGENCY"), _body_named("MR. LING")
    (True, False)
    """
    words = name.split()
    return len(words) >= 2 and words[-1].casefold() in BODY_WORDS


def _body_under_name(text: str) -> bool:
    """Whether a line of a list of appearances names the body a witness speaks
    for, on its own line under the name, as a reporter's cover sets it: two
    words or more before any "of" or comma, the last a body's, in the plural
    too ("California Community Colleges", "Faculty Association of …").

    >>> _body_under_name("California Community Colleges"), _body_under_name("JUDITH MICHAELS")
    (True, False)
    >>> _body_under_name("Counsel to the Committee")
    False
    """
    words = text.split(",")[0].split(" of ")[0].split()
    if not 2 <= len(words) <= 6 or not all(w[:1].isupper() for w in words):
        return False  # ("Counsel to the Committee": an office, its words small)
    return words[-1].casefold().removesuffix("s") in BODY_WORDS


def _counsel_office(text: str) -> bool:
    """Whether a line of a list of appearances names counsel's office or district.

    >>> _counsel_office("Southern District of New York"), _counsel_office("Ana Ruiz")
    (True, False)
    """
    return any(word.casefold() in COUNSEL_OFFICE_WORDS for word in text.split())


def _office_word(word: str) -> bool:
    folded = word.casefold()
    return folded in LIST_OFFICES or folded.removeprefix("co-").removeprefix("vice-") in (
        _ALL_OFFICE_WORDS
    )


def _speech_after_label(para: RawParagraph, text: str) -> bool:
    """Whether a line opens with a label in capitals and words after it."""
    label = upper_label(para, text)
    return label is not None and bool(label.group("rest"))


def _paged_name(line: str) -> str | None:
    """The name on a line of a list of speakers with its pages in columns
    ("Dana Whitfield      5     12"), or None. The office printed on the line
    below, which a copy joined to it without a margin number, may follow the
    pages ("Ann Roe      10 President").

    >>> _paged_name("Ann Roe      10 President"), _paged_name("Ann Roe      ten")
    ('Ann Roe', None)
    """
    name, *columns = _COLUMN_GAP.split(line.strip())
    words = [n for c in columns for n in c.split()]
    pages = len(list(itertools.takewhile(lambda n: n.isdigit() and len(n) <= 4, words)))
    if not pages or not all(w[:1].isupper() for w in words[pages:][:1]):
        return None
    return name


# (and a list's head said again on its next page: "PRESENT:    (Continued)")
_COLUMN_TITLES: Final = recache.compile(
    r"(?:PAGES?|QUESTIONS?|STATEMENTS?|WITNESS(?:ES)?|NAMES?"
    r"|\((?i:continued|cont\.?|contd\.?)\)|[ \t])+"
)
_COLUMN_GAP: Final = recache.compile(r"[ \t]{2,}")
_COLUMN_HEADS: Final = recache.compile(r"^[A-Z][A-Z.]*(?:[ \t]{2,}[A-Z][A-Z.]*)+")
_LINE_MARK: Final = recache.compile("[\ue000-\uf7ff]+")
_OFFICE_WORDS: Final = frozenset(w.casefold() for w in (*OFFICES, "Vice", "Ranking"))
_ALL_OFFICE_WORDS: Final = _OFFICE_WORDS | LIST_OFFICES


def _participant_forms(text: str, names: list[str]) -> list[tuple[str, str]]:
    """Each name of a participants line with the words written before it, title
    included ("President Nixon" for "Nixon"): what initials as labels refer to."""
    body = text.strip().rstrip(".").strip()
    items = [i.strip() for i in P.LIST_SPLIT.split(body) if i.strip()]
    if len(items) != len(names):
        return [(name, name) for name in names]
    return list(zip(items, names, strict=True))


_INITIALS_LABEL: Final = recache.compile(r"^[A-Z]{1,4}$")


def initials_of(label: str, forms: list[tuple[str, str]], qa: bool = True) -> str | None:
    """The one participant whose name as listed has the label's letters as
    initials: a telephone transcript's "P:" and "K:" for "President Nixon" and
    "Henry Kissinger"; None when no one, or more than one, has them.

    >>> forms = [("President Nixon", "Nixon"), ("Henry Kissinger", "Kissinger")]
    >>> initials_of("P", forms), initials_of("K", forms), initials_of("HK", forms)
    ('Nixon', 'Kissinger', 'Kissinger')
    >>> initials_of("N", [("Nixon", "Nixon"), ("Nasser", "Nasser")]) is None
    True
    """
    if len(label) > 4 or not _INITIALS_LABEL.match(label) or (qa and label in ("Q", "A")):
        # ("A:" is Arnesen where no "Q:" asks: qa False)
        return None
    found = []
    for written, name in forms:
        letters = [word[0] for word in written.replace(".", ". ").split() if word[:1].isupper()]
        if (
            (len(label) == 1 and label in letters)
            or (
                len(label) >= 2
                and len(letters) >= 2
                and (label == letters[0] + letters[-1] or label in "".join(letters))
            )
            or (len(label) >= 2 and label in initials_forms(written))
        ):
            found.append(name)
    return found[0] if len(set(found)) == 1 else None


def survey(paragraphs: list[RawParagraph]) -> Survey:
    s = Survey(paragraphs=paragraphs)
    in_participants = False
    keys: dict[str, str] = {}  # initials a label's parentheses give its name
    field_lines: Counter[str] = Counter()  # each field's line, as written
    field_keys: dict[str, set[str]] = {}  # each field's key: the lines it opens
    key_of: dict[str, str] = {}  # each field's line: its key
    paged = False
    roles: dict[str, str] = {}  # a role a label's parentheses give its name ("(HOST)")
    yaml_end = P.yaml_front_end([p.text for p in paragraphs[: P.YAML_LINES]])
    for name in _yaml_speakers(paragraphs[:yaml_end]):
        s.participants.append(name)
        s.participant_forms.append((name, name))
    first = next((p for p in paragraphs if p.text), None)
    title = first.text if first is not None else ""
    # the first line of the record, under a copy's banner ("[House Hearing, …]")
    opening = next((p for p in paragraphs if p.text and not p.furniture), None)
    # "Telephone Conversation Between Secretary of State Vale and Foreign Minister
    # Arnesen": the two people, for labels that give their initials ("V:", "A:")
    between = _BETWEEN.search(title) if "etween" in title else None
    if between is not None:
        # "the Minister's Adviser … (Lund)": an office, its holder in parentheses
        # (the office may hold an "and" of its own: "Minister for Ports and Canals (Lund)")
        for piece in between.group().split("(")[1:]:
            held = piece.split(")")[0]
            if held[:1].isupper() and held.replace("-", "").isalpha():
                s.participant_forms.append((held, held))
        for part in (between.group("a"), between.group("b")):
            written = part.strip()
            if written[:1].isupper() and not written.endswith(")"):
                s.participant_forms.append((written, written.split()[-1]))
    last_line = -1  # the last source line of the paragraph before
    interview_head = False  # an interview's title seen in the first lines
    above: str | None = None  # the text of the paragraph before, in the front
    for para in paragraphs:
        under = para.line == last_line + 1  # no blank line between it and the one before
        if para.lead and not s.columns:
            s.columns = _column_heading(para.lead)
        last_line = para.starts[-1][1] if para.starts else para.line
        if para.line < 30 and not interview_head:
            interview_head = "NTERVIEW" in para.text.upper()
        elif interview_head and para.text[:3] == "by " and not s.colon_label_counts:
            _interviewers_by(s, para.text)
        if para.bare is not None:
            s.bare_counts[para.bare[0]] += 1
            s.emphasised += para.style == "emphasised label"
            s.styles[para.style] += 1
            if _timed_bold(para):
                s.timed_bold[para.bare[0]] += 1
            elif para.style == BOLD_STOP_STYLE:
                s.bold_stops[para.bare[0]] += 1
        s.alone += para.alone
        text = para.text[para.skip :] if para.skip else para.text
        head = _participants_head(text)
        if head:
            if not _opens_as_speech(text[text.find(":") + 1 :].lstrip()):
                s.colon_unspoken.add(text.split(":", 1)[0].strip())  # "Staff: two teachers"
            in_participants = True
            inline = head.group("inline")
            if inline:
                after = text[text.find(":") + 1 :]
                names = (
                    _over_offices(after)
                    or _participant_names(inline)
                    or (_names_by_line(after) if _LINE_MARK.search(after) else None)
                    or []
                )
                s.participants.extend(names)
                s.participant_forms.extend(_participant_forms(inline, names))
                presider = P.presiding_item(inline) if "(presiding)" in inline else None
                if presider is not None and s.presiding is None:
                    s.presiding = presider  # "Representatives Hale (presiding), …"
            continue
        caption = _CAPTION_PREFIX.match(text) if in_participants else None
        if caption is not None and text[:1] in "TH" and s.judge is None:
            s.judge = text[caption.end() :].rstrip(", ")  # "HON. ANA RUIZ,"
            continue
        if in_participants:
            # "  • Andrei A. Gromyko, Minister …": a documentary edition's web page
            # sets each participant behind a bullet, the list's names all the same
            bullet = _BULLET.match(text) if text[:1] in _BULLETS else None
            listed = (
                _over_offices(text)
                or (_paged_entries(text) if _LINE_MARK.search(text) else None)
                or _participant_names(text[bullet.end() :] if bullet else text)
            )
            if len(text) <= 20 and _FIELD_ALONE.fullmatch(text):
                listed = None  # "SUBJECTS" alone over the topics: the list has ended
            if listed is None and _LINE_MARK.search(text):
                listed = _names_by_line(text)  # one name a line, the lines joined
            if listed is not None:
                s.participants.extend(listed)
                s.participant_forms.extend(_participant_forms(text, listed))
                continue
            in_participants = False
        field_match = _metadata_field(text)
        if field_match is not None and above is not None and not s.colon_label_counts:
            _named_above_interviewer(s, above, field_match.group("key"))
        above = text if para.text else above
        if field_match is not None:
            field_lines[text] += 1
            field_key = field_match.group("key").casefold()
            field_keys.setdefault(field_key, set()).add(text)
            key_of[text] = field_key
        paged = paged or any(isinstance(mark, PageMark) for mark in para.lead)
        if (
            field_match is not None
            and P.METADATA_KINDS.get(field_match.group("key").lower()) is None
            and not _one_word_said(field_match.group("value"))
        ):
            written = split_suffix(field_match.group("value").strip())[0]
            value = GENDERED.sub("", drop_title(written))
            named = P.NAME_WITH_INITIALS.match(value)
            if named is not None and P.SHORT_NAME.match(named.group("name")):
                s.initials[named.group("initials")] = named.group("name")
                s.participant_forms.append((named.group("name"), named.group("name")))
            elif P.SHORT_NAME.match(value):
                # "Interviewer: Marcus T. Feld": his name (also as "Marcus Feld") and
                # initials label his turns
                s.participants.append(value)
                short = re.sub(r"(?<=\s)[A-Z]\.\s+", "", value)
                if short != value:
                    s.participants.append(short)
                s.participant_forms.append((value, value))
        label = upper_label(para, text)
        if label and label.group("rest"):
            s.label_counts[norm_label(label.group("name"))] += 1
            if _SENTENCE_OPEN.match(label.group("rest")):
                s.label_spoken[norm_label(label.group("name"))] += 1
        directed = P.directed_label(text) if label is None else None
        if directed is not None and directed.group("rest"):
            s.label_counts[norm_label(directed.group("name"))] += 1
            s.directed += 1
            s.directed_stop += bool(directed.group("short"))
        news = _NEWS_LABEL.match(text) if "," in text[:60] and text[:1].isupper() else None
        if news is not None:  # "DEREK O'CONNELL, CNN CORRESPONDENT:": "O'CONNELL:" is he
            s.news_surnames.add(news.group("name").split()[-1])
        exam = P.EXAMINATION.match(text) if text[:1] in "RDCVFEB" else None
        if exam is not None and (exam.group("by") or exam.group("by2")):
            s.examiners.add((exam.group("by") or exam.group("by2")).strip())
        qa = P.QA_LABEL.match(text) if text[:1] in "QA" else None
        if qa:
            s.qa_counts[qa.group("name")] += 1
        elif text[-1:] in ")." and P.witness_oath(text) is not None:
            s.oaths += 1
        elif para.bare is not None and para.bare[0] in ("Q", "A"):
            s.qa_counts[para.bare[0]] += 1  # "Q<TAB>Where were you?"
        colon = P.colon_label(text)
        handle = P.HANDLE_LABEL.match(text) if colon is None and text[:1].islower() else None
        # (not "agenda: rooms, then budget"; after a time, as a chat program logs each
        # message, "(04:39:02 PM) psi: doesn't debian …", the handle's words may begin small)
        if handle is not None and (para.skip or not handle.group("rest")[:1].islower()):
            s.handle_counts[handle.group("name")] += 1
            if under and not para.skip:  # (a time before it opens a message of its own)
                s.handles_inside[handle.group("name")] += 1
        if colon and colon.group("rest"):
            s.colon_label_counts[colon.group("name")] += 1
            rest = colon.group("rest").rstrip()
            if rest[-1:] in _SAID_ENDS or _talks(rest):
                s.colon_said[colon.group("name")] += 1
            if any(c.isdigit() for c in rest):
                s.colon_figures[colon.group("name")] += 1
                if not any(word[:1].islower() for word in rest.split()):
                    s.colon_data[colon.group("name")] += 1  # "Kerrigan 23, Doyle 81", "612"
            elif rest[:1].isupper() and _ROSTER_ENTRY.match(rest):
                s.colon_named[colon.group("name")] += 1
            if P.business_stage(rest):
                s.stage_heads.add(colon.group("name"))
            elif _subject_head(rest):
                s.subject_heads.add(colon.group("name"))
            elif rest[:7] == "To ask ":
                s.written_questions = True
            if _opens_as_speech(colon.group("rest")):
                s.colon_spoken[colon.group("name")] += 1
                if _talks(colon.group("rest")):
                    s.colon_talk[colon.group("name")] += 1
            if para is opening and _last_character(text) not in '.?!"”’…':
                s.title_label = colon.group("name")  # (no sentence: "Town Hall: The Ferry")
                s.title_rest = rest
            elif colon.group("name") == s.title_label and rest == s.title_rest:
                s.title_again += 1  # a printed record's title over its body again
            keyed = _INITIALS_KEY.fullmatch(colon.group("delivery") or "")
            if keyed is not None and _PERSONAL_NAME.match(colon.group("name")):
                keys[keyed.group("initials")] = colon.group("name")
            elif _letter_key(colon.group("name"), colon.group("delivery") or ""):
                keys[colon.group("name")[0]] = colon.group("name")  # "Murch (M):", then "M:"
            elif (role := _role_key(colon.group("delivery") or "")) is not None:
                # "ANA RUIZ (HOST):", then "HOST:": the role keys its one holder ("" for two)
                held = roles.setdefault(role, colon.group("name"))
                roles[role] = held if held == colon.group("name") else ""
        elif label is None and (separated := P.separated_label(text)) is not None:
            if not separated.group("paren"):  # (a bracket counts only in a Brazilian label)
                s.separated_counts[separated.group("name")] += 1
        elif label is None and " —" in text[:80] and P.dash_glued_label(text) is not None:
            s.dash_glued += 1
        elif label is None and P.stop_label(text) is not None:
            s.stop_labels += 1
        elif label is None and text[:1].isupper() and "." in text[:40]:
            titled = P.TITLED_LABEL.match(text)
            if titled and titled.group("rest"):
                s.titled_counts[titled.group("name")] += 1
                s.titled_columns.setdefault(titled.group("name"), set()).add(para.col_offset)
            elif titled is None and text[:1] in "MD" and P.REDACTED_TITLE.match(text):
                s.redacted += 1
        legend = _legend(text)
        if legend is not None and legend.group("name") and _legend_name(legend.group("name")):
            s.initials[legend.group("label")] = legend.group("name")
        keyed_initials = _initials_legend(text)
        if keyed_initials is not None:  # "RF: Rosa Fuentes, interviewer" over "RF:" turns
            s.initials[keyed_initials[0]] = keyed_initials[1]
            s.participant_forms.append((keyed_initials[1], keyed_initials[1]))
        if s.deponent is None and text[:1] in "DVORTC" and " OF" in text[:40]:
            deponent = P.DEPONENT.match(text)
            s.deponent = deponent.group("name") if deponent is not None else None
        if s.presiding is None and "presiding" in text:
            chair = P.PRESIDING.search(text)
            if chair is not None:
                s.presiding = chair.group("name")
        funding = P.funding_match(text)
        if funding:
            s.funders.append(funding.group("funder").strip())
        translator = P.TRANSLATOR.search(text) if "Translated" in text else None
        if translator and translator.group("lang"):
            s.original_lang = P.LANGUAGE_CODES.get(translator.group("lang").lower())
        if s.original_lang is None and "op." in text and P.russian_archive_style(text):
            s.original_lang = "ru"
    keys.update((role, name) for role, name in roles.items() if name and role not in keys)
    if paged:
        # (a key that opens lines of other words too is a speaker's label: "Host:
        # Phil?" said three times among "Host: …" turns is no running head)
        s.running_fields = {
            line
            for line, seen in field_lines.items()
            if seen >= 2 and len(field_keys[key_of[line]]) == 1
        }
    for initials, name in keys.items():
        if s.colon_label_counts[initials]:  # "Max Hale (MH): …", then "MH: …"
            s.initials.setdefault(initials, name)
            s.participants.append(name)
    for name in [n for n in s.colon_label_counts if "  " in n]:
        # a justified print's "Tuan  Yang  di-Pertua:" is the "Tuan Yang di-Pertua:" of
        # the other lines: each spelling counts the labels of both
        single = " ".join(name.split())
        both = s.colon_label_counts[name] + s.colon_label_counts[single]
        s.colon_label_counts[name] = s.colon_label_counts[single] = both
    for name in [n for n, c in s.colon_label_counts.items() if c == 1 and 2 <= len(n) <= 3]:
        # "JF: My name is Jenna Fike (JF) and …": initials the text spells out
        spelt = name.isupper() and name.isalpha() and name not in s.initials
        at = s.text.find(f" ({name})") if spelt else -1
        spelled = _SPELLED_BEFORE.search(s.text[max(0, at - 60) : at]) if at > 0 else None
        if spelled is not None and "".join(w[0] for w in spelled.group().split()) == name:
            s.initials[name] = spelled.group()
    for name in [n for n in s.colon_label_counts if " " in n and _PERSONAL_NAME.match(n)]:
        # "Rosa Delgado: …" first, then "RD: …": her initials label her turns
        letters = name_initials(name)
        if len(letters) == 3 and not s.colon_label_counts[letters]:
            # "Sandra Stewart Holyoak: …", then "SH: …": the given name's and the
            # surname's, a middle name or a maiden name left out
            letters = letters[0] + letters[2]
        if len(letters) >= 2 and s.colon_label_counts[letters]:
            s.initials.setdefault(letters, name)
            if s.colon_label_counts[letters] >= 2 and s.colon_label_counts[name] == 1:
                s.spelled_labels.add(name)
    if s.emphasised >= 2:
        _spelled_emphasised_labels(s)
    _spelled_upper_labels(s)
    if yaml_end:
        _author_labelled(s, paragraphs[:yaml_end])
    if s.label_counts[_THE_WITNESS]:
        s.witness_to_come = _first_oath(paragraphs)
    return s


def _spelled_emphasised_labels(s: Survey) -> None:
    """A full name said once in an emphasised label, then its initials in the
    same style over the turns (``_Ana Ruiz:_`` once, then ``_AR:_``; ``*Ana
    Ruiz (0:00:15)*:``, then ``*AR (0:01:02)*:``), as a podcast's Markdown
    transcript writes them: the initials are hers. The name must be said once
    only (a panel whose "Ana Ruiz" and "AR" both speak throughout keeps them
    apart), as the plain "Ana Ruiz:" then "AR:" of :func:`survey` is read."""
    bare = s.bare_counts
    for name in [n for n, c in bare.items() if c == 1 and " " in n]:
        if _PERSONAL_NAME.match(name) is None:
            continue
        letters = name_initials(name)
        if len(letters) >= 2 and bare[letters] and letters not in s.initials:
            s.initials[letters] = name


def _author_labelled(s: Survey, front: list[RawParagraph]) -> None:
    """A blog post's author who is its interviewer: the front matter's
    ``author:`` ("author: >" folded over "Ana Ruiz" too) whose given name labels
    turns ("**Ana:** Could you tell us …"), as a project's published interview
    writes them: a participant, so that the label is her full name. An author
    whose given name labels no turn (the post's writer, not a voice) is left out."""
    for para in front:
        field = P.YAML_FIELD.fullmatch(para.text) if not para.col_offset else None
        if field is None or field.group("key").casefold() != "author":
            continue
        name = _yaml_scalar(field.group("value").lstrip(">|-+ \t"))
        given = name.split()[0] if name else ""
        spoken = s.bare_counts[given] + s.colon_label_counts[given] >= 2
        if (
            spoken
            and len(name.split()) >= 2
            and P.SHORT_NAME.match(name) is not None
            and name not in s.participants
        ):
            s.participants.append(name)
            s.participant_forms.append((name, name))
        return


def _spelled_upper_labels(s: Survey) -> None:
    """A full name in capitals said once as a label, then its initials over the
    turns ("SUSAN ROE:" once, then "SR:" and "SR:"), as a double-spaced oral
    history's copy labels them: the name is a speaker and the initials hers."""
    once = [n for n, c in s.label_counts.items() if c == 1 and " " in n]
    # (in mixed case with a middle initial too, "Nora K. Bell:", which the loop
    # over personal names above leaves out)
    once += [n for n, c in s.colon_label_counts.items() if c == 1 and ". " in n]
    for name in once:
        letters = _name_initials(name)
        if (
            letters
            and max(s.label_counts[letters], s.colon_label_counts[letters]) >= 2
            and (s.label_spoken[name] or s.colon_spoken[name])
            and _metadata_field(name + ": x") is None
        ):  # (over words said, and no field's key: "PLACE OF INTERVIEW:" over "PI:")
            s.initials.setdefault(letters, name)
            s.spelled_labels.add(name)


def _name_initials(name: str) -> str:
    """The initials of a full name of two to four capitalised words, a middle
    initial with its stop among them ("ALBERT W. JOHNSON" → "AWJ", "Nora K.
    Bell" → "NKB"); "" for anything else ("MR. HALE", "THE CHAIR")."""
    words = name.split()
    if not 2 <= len(words) <= 4 or name.upper() in NOT_LABELS:
        return ""
    for word in words:
        if not word[:1].isupper():
            return ""
        core = word[:-1] if word.endswith(".") and len(word) == 2 else word
        if not core.replace("-", "").replace("'", "").isalpha():
            return ""
        if word.endswith(".") and len(word) != 2:
            return ""  # a title's stop ("MR.", "DR."), no initial
    if words[0].casefold() in _NOT_A_FORENAME:
        return ""
    return "".join(word[0] for word in words)


# First words of a label in capitals that are no forename ("THE CHAIR", "ALL MEMBERS").
_NOT_A_FORENAME: Final = frozenset(("the", "all", "both", "a", "an", "unidentified", "several"))


def _first_oath(paragraphs: list[RawParagraph]) -> tuple[str, int] | None:
    """The witness the first oath line names ("DANIEL ROE (affirmed)", "ANA
    LIND, SWORN") and its line, where no question or answer ("Q." / "A.")
    stands before it: "THE WITNESS:" greeted before the oath is that witness.
    (A witness going on from an earlier day is asked questions before the next
    one is sworn: there the label stays the one it is.)"""
    for para in paragraphs:
        text = para.text.strip()
        if text[:2] in ("Q.", "A.", "Q:", "A:", "Q\t", "A\t"):
            return None
        sworn = _oath_line(text)
        if sworn is not None:
            return sworn.group("name").strip(), para.line
    return None


# Words of a project's, a body's or a place's name over "Interviewed by …" ("Coastal
# Heritage Project", "Johnson Space Center"): no person's name.
_BODY_NAME_WORDS: Final = frozenset(
    "project program programme center centre history histories library university college "
    "museum society archive archives collection office department institute foundation "
    "service agency station laboratory council association company series transcript".split()
)
# The keys of a cover's line naming who interviewed the person named above it.
_INTERVIEWER_KEYS: Final = frozenset(("interviewed by", "interview by", "conducted by"))


def _named_above_interviewer(s: Survey, above: str, key: str) -> None:
    """The person an oral history's cover names alone on the line over "Interviewed
    by …" ("Leonard K. Tower" / "Interviewed by Rebecca Wright" / "Cleveland,
    Ohio – 4 June 2014", as NASA's and many archives' covers set it): the one
    interviewed, kept so that the surname, where a colon label says it ("Tower:",
    an excerpt's one answer), is a turn even said once (see
    :attr:`Survey.participant_surnames`). A line with a colon, a heading's words
    or more than five words names no one here."""
    if key.casefold() not in _INTERVIEWER_KEYS or ":" in above or len(above.split()) > 5:
        return
    name = split_suffix(above.strip())[0].rstrip(",")
    words = {w.casefold() for w in name.split()}
    personal = P.SHORT_NAME.match(name) is not None and len(words) >= 2 and not _heading(name)
    if personal and not words & _BODY_NAME_WORDS:
        s.named_above.append(name)


def _interviewers_by(s: Survey, text: str) -> None:
    """The interviewers the title block of an interview names under its place and
    date, before any label ("by J.T. Curry and P.D. Lagerquist", as presidential
    libraries print it): participants, so that a surname label said once
    ("CURRY:") is a turn."""
    names = P.by_line_names(text.strip())
    if names:
        s.participants.extend(names)
        s.participant_forms.extend((name, name) for name in names)


# A web page's menu copied with its links glued together: three capitalised words
# or more with no space ("PeopleProgramsNewsInfoQuestions").
_GLUED_MENU: Final = recache.compile(r"(?:[A-Z][a-z]{1,15}){3,8}")


class Phase(enum.Enum):
    """Where the parser is in the document: the explicit state of the reader."""

    FRONT = "front"  # before the text: title, date, place, metadata lines
    PARTICIPANTS = "participants"  # inside a list of participants (front matter)
    CONVERSATION = "conversation"  # turns, narration, headings of the text
    BACK = "back"  # after the text: notes, citation, rights, commentary
    NOTES = "notes"  # under a "Notes" heading, where "3. Text" is an end note


# The headings of matter that follows the text: before any turn, a contents' line.
_MATTER_AFTER: Final = recache.compile(
    r"(?i:appendix|annex|attachment|enclosure|postscript|afterword)\b"
)


def _after_section_label(phase: Phase, block: Block, seen_turn: bool) -> Phase:
    assert isinstance(block, SectionLabel)
    if P.NOTES_HEADING.match(block.text):
        return Phase.NOTES
    return Phase.BACK if seen_turn or phase is Phase.NOTES else phase


def _after_source(phase: Phase, block: Block, seen_turn: bool) -> Phase:
    assert isinstance(block, SourceLine)
    return Phase.BACK if block.citation is not None or seen_turn else phase


def _to(target: Phase) -> Callable[[Phase, Block, bool], Phase]:
    return lambda phase, block, seen_turn: target


# How a block moves the phase on (block kind → next phase, given the phase, the
# block and whether turns were seen); a kind not listed keeps the phase, except
# that any block leaves a list of participants.
TRANSITIONS: Final[dict[type, Callable[[Phase, Block, bool], Phase]]] = {
    ParticipantsHead: _to(Phase.PARTICIPANTS),
    ParticipantsLine: _to(Phase.PARTICIPANTS),
    Turn: _to(Phase.CONVERSATION),
    NoteBody: lambda phase, block, seen: Phase.NOTES if phase is Phase.NOTES else Phase.BACK,
    ArchivalCitation: _to(Phase.BACK),
    SourceLine: _after_source,
    Closer: _to(Phase.BACK),
    # (rights before the first turn, an oral history's release field, keep the front)
    Rights: lambda phase, block, seen: Phase.BACK if seen else phase,
    SectionLabel: _after_section_label,
}


@dataclass
class Classifier:
    """Classifies one raw paragraph at a time.

    ``phase`` is the state (see :class:`Phase`; :data:`RULES` says which rules
    each phase tries, :data:`TRANSITIONS` how each kind of block moves it on);
    the other fields are facts gathered on the way.
    """

    file: str
    survey: Survey
    reporter: Reporter
    editors: list[str] = field(default_factory=list)
    phase: Phase = Phase.FRONT
    seen_turn: bool = False  # a turn (or a Q/A examination heading) was read
    # a recogniser's segments parted by turn marks: the next segment opens a turn
    turn_due: bool = True
    in_comment: bool = False  # inside an HTML comment over several lines ("<!--" … "-->")
    after_date: bool = False  # the block before was a date on its own line
    dated: bool = False  # a date line or a dateline was read already
    seen_title: bool = False
    titled: bool = False  # a title line was read
    texted: bool = False  # a block other than a site's links or breaks was read
    # a converter's head over a PDF's text: "# 19901207_transcript.pdf", then
    # "*Extracted on: …*", "*Pages: 10, Tables: 0*", "## Document Content"
    converted: bool = False
    seen_participants: bool = False
    listed: bool = False  # a line of the list named someone, offices may follow
    noted: bool = False  # the text after was entered at a note body, not at a closer
    captioned: bool = False  # it named them after a court's "HON." or "BY:"
    cast: bool = False  # the list is a script's cast ("_CAST_"): one name in capitals a line
    office_open: bool = False  # an office line under a name ended with a comma
    paged_at: int | None = None  # the column of an index's names with their pages
    unfinished: bool = False  # the last speech ended in the middle of a sentence
    last_line: int = 0  # the last source line of the paragraph before
    examiner: str | None = None  # who asks the "Q." questions, from a heading
    witness: str | None = None  # who gives the "A." answers
    last_text: str = ""  # the paragraph before's words (a witness's name over the oath)
    called: str | None = None  # the witness a party called ("The State calls Ana Roe.")
    last_speaker: str | None = None  # the name of the last turn's label
    # the voice whose speech the last block was (its turn, or a paragraph going on
    # with it): a caption cue of the same name goes on with that speech
    speaking: str | None = None
    examiner_next: bool = False  # the next to speak by name asks the "Q." questions
    field_key: str | None = None  # "SUBJECT" alone on its line: the next line is its value
    # "INTERVIEWERS: Sarah Schneider" / "David J. Caruso": a key of several people,
    # the next names one a line under it
    more_names: str | None = None
    # the keys of the front matter's fields ("interviewee", "date"), which a new
    # session of an oral history repeats after its first turns
    front_keys: set[str] = field(default_factory=set)
    queued: list[Block] = field(default_factory=list)  # blocks the paragraph gave after its own
    started: bool = False  # the front matter gave the time the meeting began
    last_label: int | None = None  # the line of the last speaker's label, once asked
    colon_recurring: bool | None = None  # two colon labels or more recur, once asked
    yaml_end: int = 0  # the line of the "---" that closes a Markdown file's front matter
    yaml_title: str = "title"  # the front matter's key that gives the title
    reasoning_end: int = 0  # the line that closes a model's "<think>" block at the top
    doubted: list[str] = field(default_factory=list)  # labels read as text (W103)
    listed_persons: dict[str, str] = field(default_factory=dict)  # see _listed_person
    speakers: dict[tuple[str, bool, bool], bool] = field(default_factory=dict)  # is_speaker

    def ctx(self, para: RawParagraph, speech: bool = False, extra: int = 0) -> InlineContext:
        lang = f"{self.survey.original_lang}-Latn" if self.survey.original_lang else None
        return InlineContext(
            self.file,
            para.line,
            para.col_offset + extra,
            speech=speech,
            foreign_lang=lang,
            reporter=self.reporter,
            editors=self.editors,
            starts=(
                tuple((o - extra, line, col) for o, line, col in para.starts if o >= extra)
                if extra and para.starts
                else para.starts  # the offsets as they are (all are positive)
            ),
        )

    def inlines(
        self, para: RawParagraph, text: str | None = None, speech: bool = False
    ) -> tuple[Inline, ...]:
        value = para.text if text is None else text
        extra = para.text.find(value) if text is not None else 0
        return parse_inlines(value, self.ctx(para, speech, max(extra, 0)))

    def _colon(self, body: str) -> re.Match[str] | None:
        """A colon label, or a handle the record uses as one ("tidewater: Not bad")."""
        found = P.colon_label(body)
        if found is None and body[:1].islower() and self.survey.handles:
            handle = P.HANDLE_LABEL.match(body)
            if handle is not None and handle.group("name") in self.survey.handles:
                return handle
        return found

    def is_speaker(self, name: str, colon: bool) -> bool:
        """Whether a label's ``name`` names a speaker. The answer rests on the
        survey, complete before the first rule runs, and on whether a turn was
        read yet: it is judged once for each, not for every paragraph."""
        key = (name, colon, self.seen_turn)
        known = self.speakers.get(key)
        if known is None:
            known = self.speakers[key] = self._judge_speaker(name, colon)
        return known

    def _termed_turn(self, para: RawParagraph, head: str, match: re.Match[str], style: str) -> Turn:
        """The turn a label pattern matched in the paragraph's text after ``head``
        (a timestamp before the label): its ``name``, the label up to its ``term``,
        the speech from ``rest``."""
        return self._open_turn(
            para,
            head + match.string[: match.end("term")],
            match.group("name"),
            None,
            para.skip + match.start("rest"),
            style=style,
        )

    def _recurs_with_colon(self, name: str) -> bool:
        """Whether a name in capitals before a semicolon is a label the document
        uses with its colon five times or more, where such labels recur: a
        typist's slip of the key ("GRANDE;" among "GRANDE:"), not a word."""
        return (
            self.survey.upper_colon_recurs
            and self.survey.colon_label_counts[norm_label(name)] >= _MISTYPED_LABEL_SEEN
        )

    def _wrapped_word(self, name: str) -> bool:
        """Whether one word in capitals closed with a stop, opening a paragraph
        after one left mid-sentence, is that sentence's last word that a fixed
        width put at a line's start ("GDP.  And …", an acronym): said once, where
        the labels in capitals close with a colon and recur so (a briefing's)."""
        return (
            " " not in name
            and self.survey.upper_colon_recurs
            and self.survey.label_counts[norm_label(name)] < 2
        )

    def _title_line(self, name: str) -> bool:
        """Whether a colon's ``name`` is the first line's, said once before any
        turn, over labels that recur: the title ("Panel: Community radio after
        the pandemic"), not a voice."""
        return (
            not self.seen_turn
            and name == self.survey.title_label
            and self.survey.colon_label_counts[name] == 1
            and self.survey.established_mixed_colon + self.survey.upper_colon_recurs >= 1
        )

    def _presides(self, person: str) -> bool:
        """Whether a title and surname (``Mr. Varga``, ``Chairman Varga``) name the
        member whom the hearing's opening paragraph has presiding by full name
        ("Hon. Paul Varga [chairman of the subcommittee] presiding"); a member
        named with a state ("Mr. Hastings of Florida") is another member's label."""
        chair = self.survey.presiding
        if not chair or " " not in chair or " of " in person or " " not in person:
            return False
        return person.split()[-1].casefold() == chair.split()[-1].casefold()

    def _title_printed_again(self, name: str) -> bool:
        """Whether a colon's ``name`` is a printed hearing's title in capitals, on
        its cover and again over the body, before any turn ("CONSUMER CREDIT: THE
        ROLE OF …" twice, the same words each time): a speech is not said again
        word for word in capitals, a title is printed so."""
        s = self.survey
        return (
            not self.seen_turn
            and name == s.title_label
            and s.title_again >= 1
            and s.colon_label_counts[name] == 1 + s.title_again
            and len(s.title_rest.split()) >= 3
            and s.title_rest.isupper()
        )

    def _judge_speaker(self, name: str, colon: bool) -> bool:
        if name.upper() in NOT_LABELS or division_name(name):
            return False  # ("SCENE II. By the river.": a play's synopsis, not a speaker)
        if name in self.survey.spelled_labels:
            return True  # "OWEN TARRANT:" once, then "OT:": the name his initials shorten
        if colon and self._title_line(name):
            return False  # "Panel: Community radio after the pandemic" over recurring labels
        if self._title_printed_again(name):
            return False  # a printed hearing's title on its cover and over its body
        if colon and name in self.survey.handles:
            return True  # "nightjar_7:" among handles: no diariser's number
        if colon and self.survey.song:
            return False  # "Chorus: Down by the river" among "Verse 1:", "Verse 2:"
        if name.upper() in _ADDRESS_KEYS and self.survey.mail_head:
            return False  # "To: Priya Raman", "RE: Heating works" under "From:": a head
        if colon and name.casefold() in _ANSWER_WORDS and self.survey.numbered_questions:
            return False  # "Answer: Lima." under "Question 1: …": a quiz, no one speaks
        if (
            not colon
            and name.rstrip(".") in RANK_ABBREVIATIONS
            and self.survey.label_spoken[norm_label(name)] < 2
        ):
            return False  # "GEN. ANNA PIKE, ESQ.": a rank before the name, in a list
            # ("COL. The board will resume." recurring is the colonel speaking)
        last = name.rsplit(None, 1)[-1].rstrip(".") if " " in name else ""
        if (
            not colon
            and last.upper() in _TITLE_WORDS
            and self.survey.label_spoken[norm_label(name)] < 2
        ):
            return False  # "INTERVIEW WITH DR. SAMIRA HADDAD": the stop is the title's
        if not colon and name.rstrip(".") in TITLE_ABBREVIATIONS:
            # "MRS. PLUM      Mr. Kay", a cast line: a title is no one's name ("DR:", a
            # label with its colon, is someone's initials), unless the letters recur as
            # the initials of a person the front matter names ("Interviewer: Miguel
            # Rosales" over "MR. Today is …", beside "JB." for Joan Barrow)
            letters = name.rstrip(".")
            return (
                letters.isupper()
                and self.survey.label_spoken[norm_label(name)] >= 2
                and any(letters in initials_forms(p) for p in self.survey.participants)
            )
        # "Speaker 2", "SPEAKER_02", and a recogniser's lettered "Speaker B"
        diariser = name[-1:].isdigit() or (name[:1] in "Ss" and is_diariser_label(name))
        # (a key names it: "INT2 = Tomas Vey (interviewer)", once a second
        # interviewer who joins late)
        if (
            diariser
            and self.survey.colon_label_counts[name] < 2
            and name not in self.survey.initials
        ):
            # "Volume 999: debated on …"; "Speaker 1:" recurs, and a diariser's label
            # seen once ("SPEAKER_02") counts where others of its kind recur
            counts = self.survey.colon_label_counts
            return is_diariser_label(name) and any(
                c >= 2 and is_diariser_label(n) for n, c in counts.items()
            )
        if surname_key(name) in self.survey.participant_keys or name in self.survey.initials:
            return True  # (initials a key or a full label spelled out: "RD" of "Ravi Desai (RD):")
        # "Joe Mosnier:" for "Interviewer: Joseph Mosnier": the surname listed
        if (
            colon
            and 2 <= len(name.split()) <= 3
            and _PERSONAL_NAME.match(name)
            and name.split()[-1].casefold() in self.survey.participant_surnames
        ):
            return True
        if colon and " " not in name and name.casefold() in self.survey.participant_surnames:
            # "ODUM:" once, where the front matter names the interviewer ("Interviewer:
            # Paul Odum", "by Paul Odum"): an oral history's surname label
            return True
        if colon:
            if name == self.survey.column_page_label:
                return True  # "Mr Hurd: In summary, …", once on a report's column page
            if name == self.survey.speech_page_label:
                return True  # "RN/21" / "Präsident Dr. Walter Rosenkranz: …", once
            if name == self.survey.sitting_page_label:
                return True  # "The Assembly met at …" / "Mr Speaker: Before we …", once
            if self.survey.roster:
                return False  # "Deputy Head: Mr Colin Ross": a staff list's key
            counts = self.survey.colon_label_counts
            if counts[name] >= 2:
                # ("Scorers: Hale 23, Brooks 67" under each result: a list's key)
                return not self.survey.listing
            if not self.seen_turn and name.casefold() in CHAMBER_WORDS:
                return False  # "Parliament: Questions and Answers": a title, said once
            if name[:1].islower():
                return False  # "host:" is a label where it recurs, "guest: …" once is words
            if counts[name] < 2 and name in self.survey.stage_heads:
                return False  # "Order of Business: Motion", a heading of the record
            if (
                counts[name] < 2
                and self.survey.written_questions
                and name in self.survey.subject_heads
            ):
                return False  # "Schools: Finance" over "Ann Roe: To ask the …"
            if self.survey.written_questions and _personal(name) and not _heading(name):
                return True  # "Ann Roe: To ask …" and "Jo Lee: The Department …", once each
            if name in self.survey.once_labels:
                return True  # "Moderator:", "Ms. Hale:": a short record's speakers, once each
            # (counted and never over words opening as speech: "Question: why did …")
            unspoken = name in self.survey.colon_unspoken or (
                counts[name] > 0 and not self.survey.colon_spoken[name]
            )
            if len(name.split()) <= 3 and not _guarded_label(name) and not unspoken:
                if name.casefold() in ROLE_LABELS:
                    return True  # "QUESTION:", "Host:" said once: a role speaks
                # ("MONTANA. :", a stop before the colon, is a case caption's party)
                if name.isupper() and self.survey.upper_colon_recurs and name[-1:] != ".":
                    return True  # "ANNOUNCER:" once among "PARKS:" and "PARKS:"
            if name == "Q" and max(counts.values(), default=0) >= 2:
                return True  # one question asked among recurring labels ("MODERATOR:")
            if _joint_label(name, counts):
                return True  # "Paul and Rita Hale:" where both speak alone too
            if (
                self.seen_turn  # before the text, "Note-taker: Jonas Ek (NT)" is a key
                and self.survey.colon_labelled
                and len(name.split()) <= 3
                and name[:1].isupper()
                and name.upper() not in NOT_LABELS
                and not _heading(name)
                and _metadata_field(name + ": x") is None
                and P.CLOSING_FIELD.match(name + ": x") is None
            ):
                return True  # said once in a record of colon labels: "NT:", "Jonas:"
            # once-only colon labels count among mixed-case ones ("Mao Zedong:"), not
            # in a record whose labels are capitals ("MR. SMITH:" ... "Elsevier:");
            # beside one recurring speaker, a full name said once ("Tom Becker:")
            mixed = self.survey.established_mixed_colon
            # (a chat's name joined by an underscore, "Ada_Moss:", is a full name too)
            return (mixed >= 2 and len(name.split()) <= 3) or (
                mixed >= 1 and _personal(name.replace("_", " ")) and not _heading(name)
            )
        words = name.replace(".", ". ").split()
        if self.survey.label_counts[norm_label(name)] >= 2:
            return True
        if len(words) >= 2:
            if sequence_heading(name):
                return False  # "DAY ONE: Drive to the lake." once
            pair = joint_names(name) if " & " in name or " AND " in name else None
            # "LENA & OTTO:" once where both speak alone; "TERMS AND CONDITIONS:" once
            return pair is None or any(
                self.survey.label_counts[norm_label(one)] >= 1 for one in pair
            )
        if words and words[-1] in self.survey.news_surnames:
            return True  # "O'CONNELL:" once, after "DEREK O'CONNELL, CNN CORRESPONDENT:"
        # A one-word label seen once counts where at least two other speakers
        # are established by recurring labels of the same shape, or one in a play
        # whose labels carry directions ("ODA, à part.", "BRUNO laughs: …").
        directed = self.survey.directed >= 2 or self.survey.directed_stop >= 1
        return self.survey.established_upper >= 2 or (
            directed and self.survey.established_upper >= 1
        )

    def classify(self, para: RawParagraph) -> list[Block]:
        """The blocks of one paragraph: its own, with its page and line breaks."""
        if not para.text:
            return [Breaks(para.lead, para.line)]
        block = self.classify_text(para)
        self.last_line = para.starts[-1][1] if para.starts else para.line
        self.last_text = para.text
        if self.survey.qa_labels and "Whereupon" in para.text:
            self._whereupon_witness(para.text, block)
        more: list[Block] = []  # a turn's further paragraphs, where the turn goes on
        if isinstance(block, Turn) and block.name == self.speaking and self.survey.shape.vtt:
            going_on = self._cue_goes_on(para, block)  # Zoom's name again in the next cue
            if going_on is not None:
                block, *more = going_on
        if isinstance(block, Turn):
            self.last_speaker = block.name
            # (only a turn a cue's timing opens is one a next cue may go on with: a
            # second voice inside a cue, "- ELIAS: In a minute.", is a dialogue's)
            cued = block.stamp is not None and not block.stamp.start and para.skip > 0
            self.speaking = block.name if cued else None
        elif not isinstance(block, Paragraph | Breaks | Boilerplate):
            # (a cue's number is the file's, listed in the header: no break in the speech)
            self.speaking = None  # a note, a heading, an incident: the speech is broken
        if self.survey.qa_labels and " calls " in para.text and isinstance(block, Turn):
            # "The claimant calls Dale Hale.": the witness sworn next
            called = _CALLS_WITNESS.search(para.text)
            self.called = called.group("name") if called is not None else self.called
        # a sentence that runs on ("One of them said") is not broken by a heading
        self.unfinished = isinstance(block, Turn | Paragraph) and (
            _last_character(para.text) not in _SENTENCE_ENDS
        )
        if self.queued:  # "INTERVIEWERS:" over two names: a field for each
            queued, self.queued = self.queued, []
            return [*_attach(block, para), *more, *queued]
        return [*_attach(block, para), *more]

    def classify_text(self, para: RawParagraph) -> Block:
        # the rules read the words; the breaks between lines stay in para.text
        text = strip_marks(para.text) if para.marks else para.text
        block: Block | None = None
        for rule in RULES[self.phase]:
            block = rule(self, para, text)
            if block is not None:
                break
        if block is None:
            block = self.plain(para, text)
        self.advance(block)
        return block

    def advance(self, block: Block) -> None:
        """Move the phase on by :data:`TRANSITIONS`; note what was seen."""
        self.after_date = isinstance(block, DateLine)
        self.dated = self.dated or isinstance(block, DateLine | Dateline)
        self.texted = self.texted or not isinstance(block, Boilerplate | Breaks)
        if isinstance(block, Turn):
            self.seen_turn = True
        elif isinstance(block, ParticipantsHead | ParticipantsLine):
            self.seen_participants = True
        elif isinstance(block, TitleLine | Paragraph) and self.phase is not Phase.CONVERSATION:
            self.titled = self.titled or isinstance(block, TitleLine)
            # (a briefer's name right over the title, as a briefing's header block
            # sets it: "John Kirby" / "Daily Press Briefing")
            below = self.survey.following.get(block.line) if _name_alone(block) else None
            # (a print's number over the cover, "S. Hrg. 110-1008", is no title: the
            # title is still to come under it)
            # (nor is a site's section word alone, "Parliament", over the record's title)
            numbered = not self.seen_title and (_print_number(block) or _section_word(block))
            self.seen_title = self.seen_title or (
                not numbered and (below is None or below.line != block.line + 1)
            )
        elif isinstance(block, MetadataField) and block.kind == "title":
            self.seen_title = True  # a YAML "title:": a heading below is no title
        step = TRANSITIONS.get(type(block))
        if isinstance(block, NoteBody) and self.phase in (Phase.FRONT, Phase.CONVERSATION):
            self.noted = True
        elif step is not None:
            self.noted = False
        if step is not None:
            self.phase = step(self.phase, block, self.seen_turn)
        elif self.phase is Phase.PARTICIPANTS:
            self.phase = Phase.FRONT  # the list ended
        elif self.phase is Phase.CONVERSATION and isinstance(block, Commentary):
            self.phase = Phase.BACK  # "Note: …" after the turns
        elif isinstance(block, Heading) and self.survey.qa_labels:
            # "DIRECT EXAMINATION" before any turn of a Q./A. record opens the text
            self.seen_turn = True
            self.phase = Phase.CONVERSATION

    # -- one rule per kind of line ------------------------------------------

    def reasoning(self, para: RawParagraph, text: str) -> Block | None:
        """A line of the reasoning a language model wrote before the transcript it
        produced ("<think>" / … / "</think>"): front matter, as written, its lines
        read for no label or time (what it quotes of the format is no speech)."""
        if para.line > self.reasoning_end:
            return None
        return MetadataField("note", "reasoning", text, (Text(para.text),), para.line)

    def yaml_field(self, para: RawParagraph, text: str) -> Block | None:
        """A line of a Markdown file's YAML front matter: its "---" lines are
        lines of the front matter as written (the round trip gives them back),
        "title:" the title, "date:" the date, any other key a note."""
        if para.line > self.yaml_end:
            return None
        if text in P.FRONT_MATTER_RULES:
            return MetadataField("note", "", text, (Text(text),), para.line)
        field = P.YAML_FIELD.match(text)
        if field is None:  # a value folded over lines
            return MetadataField("note", "", text, self.inlines(para), para.line)
        key, value = field.group("key"), _yaml_scalar(field.group("value").strip())
        start = Text(text[: field.start("value")])
        if key.casefold() in _YAML_MAKERS and P.SHORT_NAME.match(value) and value == field["value"]:
            # "transcript_by: Lee Park": who made the record (the source's respStmt)
            return MetadataField(
                "role", "transcribed by", value, (start, PersName(value, None)), para.line
            )
        when = P.parse_date(value) if key.casefold() == "date" else None
        raw = text[field.start("value") :]
        at = raw.find(value) if when is not None else -1
        if when is not None and at >= 0:  # the date inside its quotes: "date: '2021-03-16'"
            dated: list[Inline] = [Text(start.value + raw[:at])]
            dated.append(DateText(value, when))
            if raw[at + len(value) :]:
                dated.append(Text(raw[at + len(value) :]))
            return MetadataField("date", key, value, tuple(dated), para.line)
        kind: MetadataKind = "title" if key.casefold() == self.yaml_title else "note"
        return MetadataField(kind, key, value, (start, Text(raw)), para.line)

    def running_field(self, para: RawParagraph, text: str) -> Block | None:
        """A front-matter field a PDF's running head says again under each page's
        number ("Interviewees: Roe, Ann & Roe, Bo", "Interview Date: …"): the first
        a field of the front matter, whatever its value; the others the page's
        running head (``fw``) where they stand, never a speaker's turn."""
        if text not in self.survey.running_fields:
            return None
        if self.seen_turn:
            return Breaks((Folio(text, "header"),), para.line)
        field = self.metadata_field(para, text)
        if field is not None:
            return field
        match = _metadata_field(text)
        if match is None:  # (not reached: only field lines are counted)
            return None
        content = (Text(text),)
        return MetadataField("note", match.group("key"), match.group("value"), content, para.line)

    def boilerplate(self, para: RawParagraph, text: str) -> Block | None:
        head = self._converter_head(text)
        if text == "Index" and self.seen_turn and self._index_entry_below(para.line):
            return None  # an oral history's index of names, not a web page's link
        if (
            para.furniture
            or head
            or self._commented(para, text)
            or P.boilerplate_match(text)
            or _markup(text)
            or (not self.seen_turn and para.line <= 12 and self._site_link(text))
        ):
            self.reporter.info(
                "I101",
                f"page boilerplate {text!r} is not part of the edition; kept in the header",
                Span(self.file, para.line, 1),
            )
            return Boilerplate(text, para.line)
        return None

    def _site_link(self, text: str) -> bool:
        """A web page's link back to its site's home over the text ("Return to
        Johnson Space Center home page", twice: the image's text and the link's),
        or the site's name alone that the link names ("Johnson Space Center"):
        the page's furniture, no title."""
        if text[:1] == "R" and P.return_link(text):
            return True
        if _GLUED_MENU.fullmatch(text) and "home page" in self.survey.text[:3000]:
            return True  # "PeopleProgramsNewsInfoQuestions": the menu's links, glued
        return 2 <= len(text) <= 60 and f"Return to {text} home page" in self.survey.text[:3000]

    def _commented(self, para: RawParagraph, text: str) -> bool:
        """Whether a line is inside an HTML comment over several lines, as a Markdown
        editor leaves its state under the text ("<!--stackedit_data:", the data,
        "-->"): the file's furniture, no words of the last turn. A comment on one
        line is markup (:func:`_markup`); one never closed is no comment."""
        if self.in_comment:
            self.in_comment = "-->" not in text
            return True
        if text[:4] == "<!--" and "-->" not in text and self._comment_closes(para.line):
            self.in_comment = True
            return True
        return False

    def _comment_closes(self, line: int) -> bool:
        """Whether a paragraph among the 40 after ``line`` closes an HTML comment."""
        below = self.survey.following.get(line)
        for _ in range(40):
            if below is None:
                return False
            if "-->" in below.text:
                return True
            below = self.survey.following.get(below.line)
        return False

    def _index_entry_below(self, line: int) -> bool:
        """Whether the paragraph under ``line`` is an entry of an index of names,
        a surname, a comma, the forenames and the pages ("Denholm, Walter, 1-4")."""
        below = self.survey.following.get(line)
        return below is not None and _INDEX_ENTRY.match(below.text) is not None

    def _converter_head(self, text: str) -> bool:
        """A line of the head a converter writes over a document's text: a
        Markdown heading that is the source file's name, first of all, then its
        notes in italics and a heading over the content, each on its line (the
        record's own title comes below them)."""
        if self.seen_turn or (self.seen_title and not self.converted):
            return False
        if not self.converted:
            self.converted = _FILE_HEADING.fullmatch(text) is not None
            return self.converted
        self.converted = _CONVERTER_NOTE.fullmatch(text) is not None
        return self.converted

    def resumed_turn(self, para: RawParagraph, text: str) -> Block | None:
        """A recurring speaker's label after a note body with no anchor: the
        conversation goes on (a note standing among the turns, or before them),
        never moved into the notes or the back matter."""
        if not self.noted:
            return None
        turn = self.turn(para, text)
        if not isinstance(turn, Turn):
            return None
        name = norm_label(turn.name)
        recurs = self.survey.label_counts[name] >= 2 or self.survey.colon_label_counts[name] >= 2
        return turn if recurs else None

    def note_body(self, para: RawParagraph, text: str) -> Block | None:
        first = text[:1]
        # a note opens with "[" or a superscript digit, an end note with a digit
        match = P.NOTE_BODY.match(text) if first in _NOTE_FIRST else None
        if match is None and self.phase is Phase.NOTES and first.isdecimal():
            numbered = P.NUMBERED_NOTE.match(text)
            if numbered is not None:  # "3. Text" under a "Notes" heading
                body = numbered.group("body")
                number = numbered.group("number")
                return NoteBody(number, self.inlines(para, body), para.line, "numbered")
        if match is None:
            return None
        body = match.group("body")
        if match.group("number"):
            if self._cited_year(match.group("number")):
                return None  # "[1995] HCATrans 200": a court's citation, said once
            return NoteBody(match.group("number"), self.inlines(para, body), para.line)
        number = match.group("sup").translate(P.FROM_SUPERSCRIPT)
        return NoteBody(number, self.inlines(para, body), para.line, "superscript")

    def _cited_year(self, number: str) -> bool:
        """Whether a bracketed number opening a line is a year that a law
        report's neutral citation opens with ("[1995] HCATrans 200", "[2003]
        EWCA Civ 12"), not a footnote's number: four figures of a year that no
        anchor in the text repeats (a note numbered so would have one)."""
        return P.year_number(number) and self.survey.text.count(f"[{number}]") == 1

    def participants(self, para: RawParagraph, text: str) -> Block | None:
        # "_CAST_" in italics; "### Attendees" in a Markdown copy
        head = _participants_head(text.strip("_") if text[:1] == "_" else _unmarked(text))
        if head:
            self.cast = head.group("head").casefold().startswith("cast")
            listed = para.text[para.text.find(":") + 1 :]
            if _COLUMN_TITLES.fullmatch(head.group("inline") or ""):
                # "SPEAKERS:      PAGE  QUESTIONS": the titles of the list's columns
                return ParticipantsHead(self.inlines(para), para.line, ())
            inline = _over_offices(listed)
            if inline is None and head.group("inline") and _LINE_MARK.search(listed):
                inline = _names_by_line(listed)  # one name a line, joined
            if inline is None and head.group("inline"):
                inline = _participant_names(head.group("inline"))
            if not inline and text.split(":", 1)[0].strip().casefold() in ROLE_LABELS:
                return None  # "STAFF: Welcome. Over to you, Chief.": the staff speaking
            return ParticipantsHead(self.inlines(para), para.line, tuple(inline or ()))
        speakers = self._speakers_line(text) if "&" in text and not self.seen_turn else None
        if speakers:  # "Ada Cole & Paul Hale" under the title: who speaks below
            return ParticipantsLine(self.inlines(para), speakers, para.line)
        bullet = _BULLET.match(text) if text[:1] in _BULLETS else None
        if bullet is not None and para.skip >= bullet.end() and not para.stamp:
            return None  # "• The Minister for Ports (Jo Lee): We …": a bulleted speech
        if bullet is not None and (self.phase is Phase.PARTICIPANTS or not self.seen_turn):
            listed_line = self._bulleted(para, text[bullet.end() :])
            if listed_line is not None:
                return listed_line
        if self.phase is Phase.PARTICIPANTS and self.cast:
            role = _CAST_ROLE.fullmatch(text)  # "LIEUTENANT DREW [BRITISH]", "MRS. CROWE"
            if role is not None:
                return ParticipantsLine(self.inlines(para), (role.group("name"),), para.line)
        if self.phase is Phase.PARTICIPANTS:
            if _COLUMN_TITLES.fullmatch(text.upper()) or _COLUMN_HEADS.fullmatch(text.rstrip()):
                # "Page" over the pages, "WITNESS    DIRECT    CROSS" over an index's columns
                return ParticipantsLine(self.inlines(para), (), para.line)
            paged_last = _paged_entries(para.text) if para.marks else None
            if paged_last:  # "Ana Roe" / "Commissioner" / "State Office of Ports   9  15"
                return ParticipantsLine(self.inlines(para), tuple(paged_last), para.line)
            first_line = _LINE_MARK.split(para.text, maxsplit=1)[0]
            if _paged_name(first_line) is not None:
                paged = _names_by_line(para.text)
                if paged:
                    self.paged_at = para.col_offset
                    return ParticipantsLine(self.inlines(para), tuple(paged), para.line)
            elif (
                self.paged_at is not None
                and para.col_offset > self.paged_at
                and len(text.split()) <= 8
                and ":" not in text
                and (para.bare is None or self.survey.bare_counts[para.bare[0]] < 2)
                and not _speech_after_label(para, text)
            ):
                # "     Chairman & CEO" set in under "Ana Roe      14": the office
                return ParticipantsLine(self.inlines(para), (), para.line)
            # a court's caption: "HON. ANA RUIZ," before the judge, "BY: JO LEE" before counsel
            caption = _CAPTION_PREFIX.match(text) or _APPEARING_FOR.match(text)
            office = _OFFICE_LINE.fullmatch(text) is not None and not P.DOC_TYPE.match(text)
            if self.captioned and office:
                return ParticipantsLine(self.inlines(para), (), para.line)  # "District Judge"
            listed = text[caption.end() :].rstrip(",") if caption is not None else text
            if self.listed and (self.office_open or _office_line(listed)):
                # "Chair, Senate Committee on Veterans," / "Homeland Security": the
                # office of the name above, over one line or two; "Town of Eastbay"
                self.office_open = listed.endswith(",")
                return ParticipantsLine(self.inlines(para), (), para.line)
            if self.listed and para.marks and _office_line(first_line.strip()):
                # "CEO" / "American Red Cross" / "Ed Moll" …: the office of the
                # name above, then the list goes on one name a line
                by_line = _names_by_line(para.text)
                if by_line:
                    return ParticipantsLine(self.inlines(para), tuple(by_line), para.line)
            if self.listed and office and _counsel_office(text):
                # "Southern District of New York", "Assistant United States Attorneys"
                # set in under counsel's name: the office, no one
                return ParticipantsLine(self.inlines(para), (), para.line)
            if listed[-1:] == ":" and "," in listed:
                # "Transcript, started at 10:02:11 AM:" under the names Jitsi found
                # present: the program's line over what follows, no name and office
                self.listed = self.captioned = False
                return None
            by_office = _over_offices(para.text)
            if by_office:
                self.listed, self.captioned = True, False
                return ParticipantsLine(self.inlines(para), tuple(by_office), para.line)
            entries = _participant_entries(listed)
            if entries is not None:
                self.listed, self.captioned = True, caption is not None
                names = tuple(name for name, _role in entries)
                roles = tuple(role for _name, role in entries)
                return ParticipantsLine(self.inlines(para), names, para.line, roles)
            by_line = _names_by_line(para.text) if _LINE_MARK.search(para.text) else None
            if by_line:  # "Senator Ann Roe" / "Chair" / "Jo Lee" joined: one name a line
                self.listed, self.captioned = True, False
                return ParticipantsLine(self.inlines(para), tuple(by_line), para.line)
            if self.listed and (office or _FIRM_LINE.fullmatch(text)):
                # "Attorney for Defendant", "ROE & DOE LLP" under a name of the list
                return ParticipantsLine(self.inlines(para), (), para.line)
            self.listed = self.captioned = False
        return None

    def _speakers_line(self, text: str) -> tuple[str, ...] | None:
        """The speakers a line of names joined by "&" lists, each a label below
        ("Joe Ames, John A. & Ruby T. Lomax, and Unidentified Woman"), or None."""
        names: list[str] = []
        for item in P.LIST_SPLIT.split(text.strip().rstrip(".")):
            pair = joint_names(item.strip()) if "&" in item else None
            names.extend(pair or (item.strip(),))
        counts = self.survey.colon_label_counts
        if len(names) < 2 or not all(counts[n] for n in names):
            return None
        return tuple(names)

    def _bulleted(self, para: RawParagraph, item: str) -> Block | None:
        """A bullet of a list of participants ("  • Ana Ferreira, Prime Minister"):
        under its head, or, without one, where the list's first line names
        someone with an office. A bullet with bullets set further in under it
        ("  • U.S." over "    • The Secretary") heads their group; one that
        names no one ("• The Secretary") is a line of the list too."""
        under = self.survey.following.get(para.line)
        if (
            self.phase is Phase.PARTICIPANTS
            and under is not None
            and under.col_offset > para.col_offset
            and under.text[:1] in _BULLETS
        ):
            return ParticipantsLine(self.inlines(para), (), para.line)
        if ";" in item and self.phase is Phase.PARTICIPANTS and _topics(item):
            # the page's SUBJECT heading lost in the copy, its bullet under the names
            return MetadataField("subject", "Subject", item.strip(), self.inlines(para), para.line)
        entries = _participant_entries(item)
        if (
            self.phase is not Phase.PARTICIPANTS
            and not any(role for _, role in entries or ())
            and not (entries and self._office_below(para))
        ):
            return None
        self.listed = True
        names = tuple(name for name, _role in entries or ())
        roles = tuple(role for _name, role in entries or ())
        return ParticipantsLine(self.inlines(para), names, para.line, roles)

    def _office_below(self, para: RawParagraph) -> bool:
        """Whether a bullet of the same run, on the lines right under this one,
        names someone with an office ("• Moshe Raviv, Director, North American
        Desk" under "• Foreign Minister Allon"): the run is a list of people,
        its first names given as office and surname. Bullets of topics over
        the names, an empty line between, are no part of it."""
        below = self.survey.following.get(para.line)
        for _ in range(_LIST_LOOKAHEAD):
            if below is None or below.line != para.line + 1 or below.text[:1] not in _BULLETS:
                return False
            bullet = _BULLET.match(below.text)
            entries = _participant_entries(below.text[bullet.end() :]) if bullet else None
            if any(role for _, role in entries or ()):
                return True
            para, below = below, self.survey.following.get(below.line)
        return False

    def date_line(self, para: RawParagraph, text: str) -> Block | None:
        match = P.DATE_LINE.match(text)
        if match is None:
            stamp = P.US_STAMP.match(text) if text[:1].isdigit() and "/" in text[1:3] else None
            if stamp is None:
                return None
            try:  # "10/11/2022 07:54 PM EDT": month first, as the zone's country writes it
                day = datetime.date(int(stamp["y"]), int(stamp["m"]), int(stamp["d"]))
            except ValueError:
                return None
            return DateLine(text, day.isoformat(), para.line)
        if text[:1] == "#" and match.end("date") >= len(text.rstrip(". ")):
            # a Markdown heading that is a day alone heads a diary's entry ("## Monday,
            # June 2, 2025"); a call's notes give the hour with it ("### Friday, June 4,
            # 2021 at 14:00 UTC"), which dates the call
            return None
        when = P.parse_date(match.group("date"))
        if when is None:
            self.reporter.warning(
                "W106",
                f"{match.group('date')!r} looks like a date but is not a day of the calendar; "
                "it is kept as text and the edition is left undated",
                Span(self.file, para.line, para.col_offset + 1),
            )
            return None
        return DateLine(text, when, para.line)

    def dateline(self, para: RawParagraph, text: str) -> Block | None:
        release = _RELEASE_DATE.match(text) if text[:3] in ("For", "FOR") else None
        if release is not None and (day := P.parse_date(release.group("date"))):
            # "For Immediate Release          March 4, 2025": the day of the release
            released = (Text(text[: release.start("date")]), DateText(release.group("date"), day))
            return Dateline(released, day, None, para.line)
        match = P.DATELINE.match(text)
        if match is None:
            return None
        when = P.parse_date(match.group("date"))
        if when is None:
            return None
        content: list[Inline] = [
            DateText(match.group("date"), when),
            Text(match.group("sep")),
            PlaceName(match.group("place").strip()),
        ]
        tail = match.group("tail")
        if tail:
            content.extend(self.inlines(para, tail))
        return Dateline(tuple(content), when, match.group("place").strip(), para.line)

    def place_alone(self, para: RawParagraph, text: str) -> Block | None:
        """ "Santa Barbara, California" alone under the date of an interview's
        title block ("An interview with …" / "Conducted by …" / "On 8 March,
        2004" / the place): where it was held, not a line of the text."""
        if not self.after_date or self.seen_turn or "," not in text:
            return None
        if not _place_alone(text) or _office_word(text.rsplit(" ", 1)[-1]):
            # (a briefing's head, "Ana Roe, Department Spokesperson" under the
            # mail's date: who briefs, her office after the comma, no place)
            return None
        return MetadataField("place", "place", text, (PlaceName(text),), para.line)

    def place_date(self, para: RawParagraph, text: str) -> Block | None:
        """ "Washington, May 17, 1955": a place, then a date."""
        match = P.place_date(text)
        if match is None and text[-1:].isdigit() and not self.seen_turn:
            year = P.PLACE_YEAR.match(text)  # "Livingston, Alabama, 1940", under a title
            if year is not None:
                dated = (
                    PlaceName(year["place"]),
                    Text(year["sep"]),
                    DateText(year["date"], year["date"]),
                )
                return Dateline(dated, year["date"], year["place"], para.line)
        if match is None or P.METADATA_FIELD.match(text):
            return None  # "Interviewed by Paul Ames, 12 May 1989" names no place
        if match.group("place").strip().casefold() in WEEKDAYS:
            return None  # "Wednesday, 12 March 2025, 10 a.m.": no place
        if match.group("sep") == " " and "," not in match.group("place"):
            return None  # "BOARD MEETING MARCH 3, 2019": a title with its date, no place
        named = match.group("place").split()
        if any(w.isdigit() for w in named) or {w.casefold() for w in named} & RECORD_KINDS:
            return None  # "CVR transcript Garden Air Flight 12 - 03 MAY 2001": a title
        # a place has few words in small letters ("Frankfurt am Main"): more make a
        # sentence, the record's own date where no date came before and no turn
        # ("CONCLUSIONS of a Meeting held on Thursday, 23rd May, 1957."), a
        # deadline after them ("Please add your vote by Friday, November 7, 2025.")
        sentence = sum(1 for w in named if w[:1].islower()) >= 3
        if sentence and (self.dated or self.seen_turn):
            return None
        if match.group("sep").strip()[:1] in ("–", "—", "-") and (
            {w.casefold() for w in named} & DATED_TITLE_KINDS
        ):
            return None  # "Daily Press Briefing - October 14, 2015": a title, its date
        when = P.parse_date(match.group("date"))
        if when is None:
            return None
        if sentence:
            return DateLine(text, when, para.line)
        place = match.group("place").strip()
        content: list[Inline] = [
            PlaceName(place),
            Text(match.group("sep")),
            DateText(match.group("date"), when),
        ]
        if match.group("end"):
            content.append(Text(match.group("end")))
        return Dateline(tuple(content), when, place, para.line)

    def _form_field(self, para: RawParagraph, text: str) -> Block | None:
        """A form's field before the text, its name of two words or more in
        capitals and its value no sentence ("FILE NUMBER: 24-CID-0417",
        "ORGANIZATION OR ADDRESS: Fort Hale, TX"): a note, not a speaker's
        turn (a label said once; a speech ends as sentences do)."""
        form = _FORM_FIELD.match(text) if text[:1].isupper() and ":" in text else None
        if form is None and self.front_keys and not self.seen_turn and text[:1].isupper():
            form = _summary_field(text)
        if form is None or (
            _last_character(text) in _SENTENCE_ENDS and not _INITIAL_AT_END.search(text)
        ):
            return None  # (a name ending with an initial is no sentence: "Rafael J.")
        key = form.group("key")
        if key in self.survey.spelled_labels:
            return None  # "OWEN TARRANT: Today is May 3, I'm in the": his first turn
        if _titled_capitals(key):
            return None  # "MR CLARKE: … Both": counsel's speech a page's end cut off
        if (
            self.survey.colon_label_counts[key] >= 2
            or self.survey.label_counts[norm_label(key)] >= 2
        ):
            return None  # a recurring label: a speaker
        start = _marked_at(para.text, form.start("value")) if para.marks else form.start("value")
        # (a value over several numbered lines keeps its lines' numbers)
        content = (Text(para.text[:start]), *self.inlines(para, para.text[start:]))
        return MetadataField("note", key, form.group("value"), content, para.line)

    def field_alone(self, para: RawParagraph, text: str) -> Block | None:
        """ "SUBJECT" on a line of its own, its value on the next: the field's
        name stays a paragraph; the value is the field."""
        key, self.field_key = self.field_key, None
        more, self.more_names = self.more_names, None
        if more is not None and ":" not in text and not para.marks:
            name = text.strip()
            if P.SHORT_NAME.match(GENDERED.sub("", drop_title(name))):
                at = text.find(name)  # (" \tRichard Sawyer" under a tab-aligned key)
                self.more_names = more  # a third name may follow
                content = (Text(text[:at]), PersName(name, None), Text(text[at + len(name) :]))
                return MetadataField("role", more, name, content, para.line)
        if key is not None and key.casefold() in _ROLE_KEYS:
            if not P.SHORT_NAME.match(GENDERED.sub("", drop_title(text))):
                return None  # not a name under "Interviewed by:"
            return MetadataField("role", key, text, (PersName(text, None),), para.line)
        if key is not None:
            kind = P.METADATA_KINDS.get(key.casefold(), "subject")
            bullet = _BULLET.match(text) if text[:1] in _BULLETS else None
            value = text[bullet.end() :] if bullet is not None else text  # "• Germany"
            return MetadataField(kind, key, value, self.inlines(para), para.line)
        if len(text) <= 20 and _FIELD_ALONE.fullmatch(text):  # ("Interviewer: SK" is whole)
            self.field_key = text.rstrip(":").strip()
            return Paragraph(self.inlines(para), para.line)
        return None

    def metadata_field(self, para: RawParagraph, text: str) -> Block | None:
        """ "Date: …", "Location: …", "Source: …", "Interviewer: NAME" before the text;
        a date's field also in square brackets, as a parliament's web page heads a
        debate: "[Sitting date: 16 October 2012. Volume:684;Page:5803. …]"."""
        match = _metadata_field(text)
        closing = ""
        if match is None and text[:1] == "[" and text[-1:] == "]":
            inside = _metadata_field(text[1:-1])
            if inside is not None and P.METADATA_KINDS.get(inside["key"].lower()) == "date":
                match, closing = inside, "]"
        if match is None:
            return self._form_field(para, text)
        key, value = match.group("key"), match.group("value").strip()
        kind: MetadataKind = P.METADATA_KINDS.get(key.lower(), "role")
        if key.casefold() in _SEVERAL_KEYS and para.starts and not para.marks and not closing:
            several = self._names_a_line(para, text, match)
            if several is not None:
                return several
        if kind == "role" and not closing and not para.marks:
            listed = self._names_in_a_list(para, text, match)
            if listed is not None:
                return listed
        dated: tuple[Inline, ...] = ()
        placed = _PLACE_AND_DATE.match(value) if kind == "role" else None
        if placed is not None and P.SHORT_NAME.match(GENDERED.sub("", drop_title(placed["name"]))):
            # "Interviewer: G.L. Summer, Newberry, S.C. 8/23/37.": the name, where
            # and when (a year of two digits stays as written: its century is unsaid)
            day = P.parse_date(placed["date"])
            dated = (
                Text(", "),
                PlaceName(placed["place"]),
                Text(placed["sep"]),
                DateText(placed["date"], day) if day else Text(placed["date"]),
                Text(value[placed.end("date") :]),
            )
            value = placed["name"]
        found_date = P.ROLE_DATE.search(value) if kind == "role" and not dated else None
        if found_date is not None and (day := P.parse_date(found_date.group("date"))):
            # "Interviewed by Paul Ames, 12 May 1989": the name, then the day
            date = found_date.group("date")
            dated = (Text(found_date.group("sep")), DateText(date, day))
            if found_date.end("date") < len(value):
                dated += (Text(value[found_date.end("date") :]),)
            value = value[: found_date.start()]
        initials = P.NAME_WITH_INITIALS.match(value) if kind == "role" else None
        tail = ""
        if initials is not None and P.SHORT_NAME.match(initials.group("name")):
            # "Interviewer: Ruth Bellamy (RB)": the name, then the initials as written
            tail = value[initials.end("name") :]
            value = initials.group("name")
        year = _YEAR_AFTER.search(value) if kind == "role" and value[-1:].isdigit() else None
        if year is not None and not dated:
            # "NANCY VEGA, 1989", "CHICK LEMONICK, 2/1996": the name, then when
            # the maker did the work, as written
            tail = value[year.start() :] + tail
            value = value[: year.start()]
        born = _BORN_NOTE.search(value) if kind == "role" and value[-1:] == ")" else None
        if born is not None:  # "Befragte: Ilse Baumgart (geb. 1938)": the name, then the year
            tail = value[born.start() :] + tail
            value = value[: born.start()]
        if kind == "role" and value.casefold() in _NO_ONE:
            # "RECORDING ENGINEER:  SAME" (the interviewer again): a field, no person
            plain = (Text(text[: match.start("value")]), Text(match.group("value")))
            return MetadataField("note", key, value, plain, para.line)
        if kind == "role":
            value, suffix = split_suffix(value)  # "Joseph Mosnier, Ph.D."
            tail = suffix + tail
            office = value.find(", ") if key.casefold() in _WITNESS_KEYS else -1
            if office > 0 and len(value[:office].split()) >= 2:
                # "Witness: Dr Helen Moreau, Chief Inspector of Harbours.": the name, then
                # the office as written
                tail = value[office:] + tail
                value = value[:office]
            if not P.SHORT_NAME.match(GENDERED.sub("", drop_title(value))) or _one_word_said(value):
                return None  # "Interviewer: Where were you born?", "MODERATOR: Welcome." are turns
        start = match.start("value") + len(closing)  # (past the opening bracket)
        content: list[Inline] = [Text(text[:start])]
        when = P.parse_date(value) if kind == "date" else None
        # ("Thursday 2024/03/14 at 14:00 UTC": the date among other words)
        found = P.DATE_IN_TEXT.search(value) if kind == "date" else None
        if when is not None and P.DATE_LINE.match(value):
            content.append(DateText(value, when))
        elif found is not None and (day := P.parse_date(found.group())) is not None:
            # "DATE/TIME: May 17, 1955, 3:00 p.m.": the date in what is written
            if found.start():
                content.append(Text(value[: found.start()]))
            content.append(DateText(found.group(), day))
            if found.end() < len(value):
                content.append(Text(value[found.end() :]))
        elif kind == "place":
            content.append(PlaceName(value))
        elif kind == "role":
            content.append(PersName(value, None))
            if tail:
                content.append(Text(tail))
            content.extend(dated)
        elif para.marks:  # a value over several numbered lines keeps its lines' numbers
            at = _marked_at(para.text, start)
            content = [Text(para.text[:at]), *self.inlines(para, para.text[at:])]
        else:
            content.extend(self.inlines(para, value))
        if closing:
            content.append(Text(closing))
        if self.phase is not Phase.CONVERSATION:
            self.front_keys.add(key.casefold())
            if kind == "role" and key.casefold() in _SEVERAL_KEYS:
                self.more_names = key
        return MetadataField(kind, key, value, tuple(content), para.line)

    def _names_a_line(
        self, para: RawParagraph, text: str, match: re.Match[str]
    ) -> MetadataField | None:
        """ "INTERVIEWERS:  Jacqueline Boytim" with "Sarah Schneider" aligned under
        the first name, the lines joined: one field for each name (the second
        queued after the first), or None where a line holds no name alone."""
        start = match.start("value")
        cuts = [offset for offset, _line, _col in para.starts if offset > start]
        bounds = list(zip([start, *cuts], [*cuts, len(text)], strict=True))
        names = [text[a:b].strip() for a, b in bounds]
        if not all(P.SHORT_NAME.match(GENDERED.sub("", drop_title(n))) for n in names):
            return None
        key = match.group("key")
        if self.phase is not Phase.CONVERSATION:
            self.front_keys.add(key.casefold())
            self.more_names = key
        lines = [para.line, *(line for offset, line, _col in para.starts if offset > start)]
        for name, (a, b), line in zip(names[1:], bounds[1:], lines[1:], strict=True):
            lead = text[a : a + text[a:b].find(name)]
            content = (Text(lead), PersName(name, None)) if lead else (PersName(name, None),)
            self.queued.append(MetadataField("role", key, name, content, line))
        first_end = bounds[0][0] + text[bounds[0][0] : bounds[0][1]].find(names[0]) + len(names[0])
        return MetadataField(
            "role",
            key,
            names[0],
            (Text(text[:start]), PersName(names[0], None), Text(text[first_end : bounds[0][1]])),
            para.line,
        )

    def _listed_names(
        self,
        para: RawParagraph,
        text: str,
        match: re.Match[str],
        listed: list[tuple[str, str, str]],
    ) -> MetadataField:
        """A field for each name a field's value lists (each as written, the name
        in its usual order, the separator after it: "Interviewees: Roe, Ann & Roe,
        Bo" gives Ann Roe and Bo Roe), the first field holding the line's words,
        the others queued after it."""
        start = match.start("value")
        content: list[Inline] = [Text(text[:start])]
        for written, _name, sep in listed:
            content.append(PersName(written, None))
            if sep:
                content.append(Text(sep))
        key = match.group("key")
        if self.phase is not Phase.CONVERSATION:
            self.front_keys.add(key.casefold())
        for _written, name, _sep in listed[1:]:
            self.queued.append(MetadataField("role", key, name, (), para.line))
        return MetadataField("role", key, listed[0][1], tuple(content), para.line)

    def _names_in_a_list(
        self, para: RawParagraph, text: str, match: re.Match[str]
    ) -> MetadataField | None:
        """ "Interviewers: Ruth Kimura, Dana Ellis" (or "… and …", "… & …"): a
        field for each name, the first with the line's words, the others queued
        after it; None unless each part is a name of two words or more
        ("Interviewer: Smith, John" is one name, surname first)."""
        value = match.group("value").rstrip()
        if ", " not in value and " and " not in value and " & " not in value:
            return None
        inverted = _surnames_first(value) if " & " in value or "; " in value else None
        if inverted is not None:
            return self._listed_names(para, text, match, inverted)
        pieces = _NAME_LIST_SPLIT.split(value)
        names, seps = pieces[0::2], [*pieces[1::2], ""]
        if not 2 <= len(names) <= 4:
            return None
        if "(" in value:
            # "Ana Ruiz, Tomas Vey (from 00:31:10)", "Mary Kowalski and (from page 3)
            # David Osei": when a second interviewer joined, said beside the name
            for index, name in enumerate(names):
                before, names[index], after = _joined_when(name)
                if before and index:
                    seps[index - 1] += before
                elif before:
                    return None
                seps[index] = after + seps[index]
        for name in names:
            bare = GENDERED.sub("", drop_title(name))
            if len(name.split()) < 2 or not P.SHORT_NAME.match(bare) or _one_word_said(name):
                return None
        listed = [(name, name, sep) for name, sep in zip(names, seps, strict=True)]
        return self._listed_names(para, text, match, listed)

    def session_field(self, para: RawParagraph, text: str) -> Block | None:
        """A field of the front matter said again among the turns, where an oral
        history's next session begins ("[END OF INTERVIEW 1]" / "INTERVIEWEE:
        David Baltimore" / "DATE: 13 April 1995"): the session's head, no turn.
        Only a key the front matter had, with a value of its kind (a name, a
        date, a place; "Interviewer: Where were you born?" stays a turn)."""
        if not self.front_keys or ":" not in text[:24] or not text[:1].isalpha():
            return None
        match = _metadata_field(text)
        if match is None or match.group("key").casefold() not in self.front_keys:
            return None
        if self.survey.colon_said[match.group("key")]:
            return None  # the key labels speech elsewhere ("INTERVIEWER: Shall we begin?")
        return self.metadata_field(para, text)

    def legend(self, para: RawParagraph, text: str) -> Block | None:
        """ "I: Interviewerin (Maren Schröder)": who a label is, not a turn."""
        match = _legend(text)
        if match is None:
            return self._initials_legend(para, text)
        name = match.group("name")
        if name is None or not _legend_name(name):
            return Paragraph(self.inlines(para), para.line)  # "B: Befragte (anonymised)"
        role = match.group("role").casefold()
        key = (
            "interviewer"
            if role.startswith("interviewer")
            else ("moderator" if role.startswith("moderator") else "interviewee")
        )
        start = match.start("name")
        content = (Text(text[:start]), PersName(name, None), Text(text[match.end("name") :]))
        return MetadataField("role", key, name, content, para.line)

    def _initials_legend(self, para: RawParagraph, text: str) -> Block | None:
        """ "RF: Rosa Fuentes, interviewer" before the turns: who the label
        "RF:" is, a field of the front matter, not a turn."""
        if self.seen_turn:
            return None
        keyed = _initials_legend(text)
        if keyed is None:
            return None
        label, name, role = keyed
        start = text.index(name, len(label))
        end = start + len(name)
        content = (Text(text[:start]), PersName(name, None), Text(text[end:]))
        return MetadataField("role", _legend_key(role), name, content, para.line)

    def funding(self, para: RawParagraph, text: str) -> Block | None:
        back = self.phase in (Phase.BACK, Phase.NOTES)
        match = P.funding_match(text)
        named = back and text.strip() in self.survey.funders
        if match is None and not named:
            return None  # most lines: asked before the dearer label test below
        if not back and self._labelled(para, text):
            return None  # "MR. X. The motion is supported by …" is speech
        if self.unfinished and self.phase is Phase.CONVERSATION:
            # a double-spaced speech's sentence going on under a blank line: "… as
            # part of the project" / "funded by the Arts Council." is words of the turn
            return None
        if match is not None:
            return FundingLine(self.inlines(para), match.group("funder").strip(), para.line)
        return FunderField(text, para.line)

    def _posts_links(self, match: re.Match[str]) -> bool:
        """Whether a label with only a link after it is a speaker's turn: a name
        that labels words said twice or more elsewhere, or a participant the list
        names, as minutes give the link a participant posts ("Joe Ode: https://…"
        among his turns); a field's head ("Agenda: https://…") is neither."""
        name = match.group("name").strip()
        return (
            self.survey.colon_spoken[name] >= 2 or surname_key(name) in self.survey.participant_keys
        )

    def _labelled(self, para: RawParagraph, text: str) -> bool:
        """Whether the paragraph opens with a speaker's label of a known speaker."""
        if para.bare is not None:
            return True
        body = text[para.skip :]
        directed = P.directed_label(body)
        if directed is not None and directed.group("rest") and self._directed_speaker(directed):
            return True
        for pattern, colon in _LABEL_PATTERNS:
            if pattern is P.TITLED_LABEL and not self._titled_speaker(body, para.col_offset):
                continue
            match = self._colon(body) if pattern is P.COLON_LABEL else pattern.match(body)
            if (
                match is not None
                and match.group("rest")
                and (not P.LINK_ONLY.match(match.group("rest")) or self._posts_links(match))
                and self.is_speaker(match.group("name"), colon)
            ):
                return True
        return bool(self.survey.qa_labels and P.QA_LABEL.match(body))

    def archival(self, para: RawParagraph, text: str) -> Block | None:
        citation = parse_archival(text, para.line)
        translator = P.TRANSLATOR.search(text) if "Translated" in text else None
        if citation is None and translator is not None and translator.start() == 0:
            # a credit on its own: "Translated from the Russian by Gary Goldberg."
            return SourceLine(
                None, "", self._credit(text, translator), self._names(translator), para.line
            )
        if citation is None:
            return None
        if translator is None:
            return citation
        cited = text[: translator.start()].rstrip()
        rest = self._credit(text, translator, len(cited))
        citation_part = parse_archival(cited, para.line)
        return SourceLine(citation_part, cited, rest, self._names(translator), para.line)

    @staticmethod
    def _names(translator: re.Match[str]) -> tuple[str, ...]:
        return tuple(n.strip() for n in P.LIST_SPLIT.split(translator.group("names")) if n.strip())

    @staticmethod
    def _credit(text: str, translator: re.Match[str], start: int = 0) -> tuple[Inline, ...]:
        """ " Translated by <persName>NAME</persName>." from ``start`` on."""
        rest: list[Inline] = [Text(text[start : translator.start("names")])]
        rest.append(PersName(translator.group("names"), None))
        if translator.end("names") < len(text):
            rest.append(Text(text[translator.end("names") :]))
        return tuple(n for n in rest if not (isinstance(n, Text) and not n.value))

    def closer(self, para: RawParagraph, text: str) -> Block | None:
        if not self.seen_turn:
            return None
        match = P.CLOSER.match(text)
        if (
            match is None
            and para.skip
            and para.bare is None
            and self._last_label_line() < para.line
        ):
            # "0:00 Transcribed by https://otter.ai": an export that sets one time before
            # every line sets it before the footer too, after the last turn
            match = P.CLOSER.match(text[para.skip :])
        if match is None:
            return None
        if self._last_label_line() > para.line and self._turns_after(para.line):
            # "Prepared by: …" with turns after it (a field the front matter
            # lost among early turns): a remark, the conversation goes on
            return Narration(self.inlines(para), para.line)
        names = tuple(n.strip() for n in P.LIST_SPLIT.split(match.group("names")) if n.strip())
        # "Transcribed by https://otter.ai": a program, named by its address, no one
        names = tuple(n for n in names if not P.LINK_ONLY.match(n))
        return Closer(self.inlines(para), names, para.line)

    def closing_field(self, para: RawParagraph, text: str) -> Block | None:
        """ "Source: National Archives, RG 59." or "Note: …" after the turns: about
        the document, so not a speaker's turn."""
        if not self.seen_turn:
            return None
        match = P.CLOSING_FIELD.match(text) if ":" in text else None
        if match is None:
            return None
        if match.group("key").lower().startswith("source"):
            return SourceLine(None, text, (), (), para.line)
        if self._last_label_line() > para.line:
            # "Note: the recording was paused here." with turns after it: a
            # remark among the turns, not the back matter
            return Narration(self.inlines(para), para.line)
        return Commentary(self.inlines(para), para.line)

    def _label_follows(self, line: int) -> bool:
        """Whether the next paragraph after ``line`` opens with a label."""
        paras = self.survey.paragraphs
        at = bisect.bisect_right(paras, line, key=lambda p: p.line)  # (in line order)
        later = next((p for p in itertools.islice(paras, at, None) if p.text), None)
        return later is not None and self._labelled(later, later.text)

    def _timed_below(self, line: int) -> bool:
        """Whether the next paragraph after ``line`` has a time of its own (a tape's
        note between, "00:29:40" / "[END OF SIDE A]" / "00:00:02" over a label): the
        time alone is then no time of that turn, but where the recording had got to."""
        below = self.survey.following.get(line)
        return below is not None and below.stamp is not None

    def _colon_turn_below(self, para: RawParagraph) -> bool:
        """Whether the paragraph under this one opens with a colon label said twice
        or more ("Matt Heon: Sure." over "Tom Sweeney: Okay, …"): a run of turns."""
        below = self.survey.following.get(para.line)
        label = self._colon(below.text[below.skip :]) if below is not None else None
        return label is not None and self.survey.colon_label_counts[label.group("name")] >= 2

    def _turns_after(self, line: int) -> bool:
        """Whether two paragraphs after ``line`` open with a colon label said twice
        or more in the text: turns go on there (an archive's citation under a
        record's closing, "RGANI. Collection 52.", is none)."""
        found = 0
        for later in self.survey.paragraphs:
            if later.line <= line or not later.text:
                continue
            label = self._colon(later.text[later.skip :])
            if label is not None and self.survey.colon_label_counts[label.group("name")] >= 2:
                found += 1
                if found == 2:
                    return True
        return False

    def _last_label_line(self) -> int:
        """The line of the document's last paragraph that opens with a label
        (found once a document)."""
        if self.last_label is None:
            paras = self.survey.paragraphs
            # in line order (as the lexer gives them) the first labelled one from the
            # end is the last, and only the notes and closing after it are tried (each
            # try is a label match); out of order, every one is
            ordered = all(a.line <= b.line for a, b in itertools.pairwise(paras))
            labelled = (
                p.line
                for p in (paras[::-1] if ordered else paras)
                if p.text and self._labelled(p, p.text)
            )
            self.last_label = next(labelled, 0) if ordered else max(labelled, default=0)
        return self.last_label

    def _whereupon_witness(self, text: str, block: Block) -> None:
        """The reporter's "Whereupon, J. Lee Rankin was called … and testified as
        follows:" names who answers the "A." questions; who had him sworn (the
        turn the sentence ends, or the last speaker) asks them, where no heading
        ("EXAMINATION BY …") has named or will name another."""
        found = P.WHEREUPON_WITNESS.search(text)
        if found is None:
            return
        self.witness = self._label_of(found.group("name"))
        if self.examiner is None:
            self.examiner = block.name if isinstance(block, Turn) else self.last_speaker

    def _blanked(self, body: str) -> int:
        """Where the speech starts after a label whose whole name was blacked out,
        leaving its stop (". Mr. Alexander, we've explained …"), in a deposition's
        record (questions and answers, or officers by role); else 0."""
        if body[:2] != ". " or not (self.survey.qa_labels or self.survey.titled_roles):
            return 0
        rest = body[2:].lstrip()
        return len(body) - len(rest) if rest[:1].isupper() else 0

    def _redacted(self, body: str) -> re.Match[str] | None:
        """A title whose name was blacked out, then the speech ("Mr.   Of course."),
        where such lines recur in a deposition's record (its officers by role, or
        questions and answers): an unnamed speaker's label."""
        if self.survey.redacted < 2 or body[:1] not in "MD":
            return None
        if not (self.survey.titled_roles or self.survey.qa_labels):
            return None
        return P.REDACTED_TITLE.match(body)

    def _called_at(self, rest: str) -> int:
        """Where the reporter's sentence calling the witness starts in a turn's
        words ("… swear the witness. Whereupon, J. Lee Rankin was called …"), in
        a Q/A record; else the end of the words."""
        if "Whereupon" not in rest or not self.survey.qa_labels:
            return len(rest)
        found = P.WHEREUPON_WITNESS.search(rest)
        return found.start() if found is not None and found.start() > 0 else len(rest)

    def _label_of(self, name: str) -> str:
        """The label a person named in full answers by elsewhere, by surname
        ("Mr. RANKIN" for "J. Lee Rankin"), or the name."""
        last = name.split()[-1].casefold()
        labels = itertools.chain(self.survey.titled_counts, self.survey.label_counts)
        return next((k for k in labels if k.split() and k.split()[-1].casefold() == last), name)

    def examination(self, para: RawParagraph, text: str) -> Block | None:
        """ "DIRECT EXAMINATION BY MR. SMITH", "BY MS. JONES:", a witness sworn: who
        asks the questions ("Q.") and who answers them ("A.") from here on."""
        if not (self.survey.qa_labels or self.seen_turn):
            return None
        exam = P.EXAMINATION.match(text) if text[:1] in "RDCVFEB" else None
        if exam is not None:
            by = exam.group("by") or exam.group("by2")
            if by:
                self.examiner = by.strip()
            if exam.group("of"):
                self.witness = exam.group("of").strip()
            return Heading(self.inlines(para), "examination", para.line)
        asker = P.inquiry_questions(text) if text[:1] in "QEF" else None
        if asker is not None:
            # "Questions from COUNSEL TO THE INQUIRY": counsel is the next to
            # speak by name; "Questions by MR KEITH" names him
            named = P.UPPER_LABEL.match(asker + ":") is not None and not _COUNSEL.search(asker)
            self.examiner = asker if named else None
            self.examiner_next = not named
            return Heading(self.inlines(para), "examination", para.line)
        sworn = _oath_line(text)
        if sworn is not None:
            self.witness = sworn.group("name").strip()
            return Narration(self.inlines(para), para.line)
        if self.called and text[:1] == "(" and _WITNESS_SWORN_NOTE.match(text):
            self.witness, self.called = self.called, None  # "(Witness sworn.)"
            return None  # (still the reporter's note it is)
        if text[:1] in "hbcw" and _OATH.match(text):
            # the name centred on the line above, the oath set in below it:
            # "JAMES A. WHITLOCK," / "having been first duly sworn, …"
            above = _NAME_OVER_OATH.fullmatch(self.last_text.strip())
            if above is not None:
                self.witness = above.group("name")
                return Narration(self.inlines(para), para.line)
        return None

    def thematic_break(self, para: RawParagraph, text: str) -> Block | None:
        """A Markdown rule ("---") after the last speaker's label: what follows
        is about the recording (credits, a licence), not the last speech."""
        if text[:1] not in "-*_" or not _THEMATIC_BREAK.fullmatch(text):
            return None
        if self._last_label_line() > para.line:  # (a rule may repeat)
            return None
        return Commentary(self.inlines(para), para.line)

    def sound_cue(self, para: RawParagraph, text: str) -> Block | None:
        """A broadcast's production line, not a speaker: a script's cue for a
        sound ("ACTUALITY: SHEEP BLEATING", "SFX: DOOR SLAMS", "MUSIC: …") or a
        news transcript's closing "END"; a log's event under its time
        ("[-00:00:01:42]" / "Laughter.")."""
        if para.style == "event under a time":
            return Narration(self.inlines(para), para.line)
        if text[:1] == "E" and _END_MARK.fullmatch(text):
            return Narration(self.inlines(para), para.line)  # "END" of a news transcript
        if text[:1] not in "ASFMGC" or not _SOUND_CUE.match(text):
            return None
        return Narration(self.inlines(para), para.line)

    def slugline(self, para: RawParagraph, text: str) -> Block | None:
        """A screenplay's slugline ("EXT. PIER--NIGHT"): the heading of a scene,
        never a speaker "EXT." and the place said."""
        if self.survey.shape.screenplay and screenplay_slug(text):
            return Heading(self.inlines(para), "scene", para.line)
        return None

    def screen_action(self, para: RawParagraph, text: str) -> Block | None:
        """In a screenplay, a paragraph after a blank line that no cue heads is
        action (the dialogue stands right under its cue): a direction."""
        if self.survey.shape.screenplay and para.line > self.last_line + 1:
            return Narration(self.inlines(para), para.line)
        return None

    def section_marker(self, para: RawParagraph, text: str) -> Block | None:
        """ "[INTRODUCTION]", "[EPISODE]" alone on a line: a transcriber's
        heading of a part of the recording, kept with its brackets (no word
        an editor supplied, and no title)."""
        match = _SECTION_MARKER.fullmatch(text) if text[:1] == "[" else None
        if match is None or match.group("word").casefold() not in SECTION_MARKERS:
            return None
        return Heading((Text(text),), "section", para.line)

    def time_heading(self, para: RawParagraph, text: str) -> Block | None:
        """ "## 00:00:03" at the head of a transcript edited in Markdown, over the
        recording's announcement or a tape's note: where the recording is, no title
        and no words (under a label it is that turn's time, joined by the shapes)."""
        timed = _heading_clock(text) if text[:1] == "#" else None
        return Narration(timed, para.line) if timed is not None else None

    def start_time(self, para: RawParagraph, text: str) -> Block | None:
        """ "1:12 P.M. EDT" alone before the text, or a German record's
        "Beginn: 9.01 Uhr": when the meeting began."""
        if self.started:
            return None
        hours = P.sitting_hours(text) or P.tribunal_hours(text)
        if hours is not None and hours[0] == "start":
            self.started = True
            return ClockLine(_hours_content(text, hours), hours[3], "start", para.line)
        clock = _clock_or_bracketed(text)
        if clock is None or clock[0].group("end"):
            return None
        self.started = True
        return ClockLine(clock[1], P.parse_clock(clock[0]), "start", para.line)

    def duration(self, para: RawParagraph, text: str) -> Block | None:
        """ "42m 5s" alone before the text, under a Teams recording's date: how
        long the recording runs."""
        if text[:1].isdigit() and _DURATION.fullmatch(text) and not self.seen_turn:
            return MetadataField("extent", "", text, (Text(text),), para.line)
        return None

    def clock_remark(self, para: RawParagraph, text: str) -> Block | None:
        """A time of day alone on its line inside the text ("1:31 P.M. MDT",
        "END 1:31 P.M. EDT", "(Schluss: 17.12 Uhr)", Hansard's "[9.2 pm"): a remark of the record,
        never a heading or the end of a speech. The last one, which no turn
        follows, is when the meeting ended (:func:`end_time`)."""
        hours = P.sitting_hours(text)
        if hours is None or hours[0] != "end":
            hours = P.division_time(text)  # "[9.2 pm" over a division's list
        if hours is None and text[:1].isdigit():
            hours = P.hansard_time(text)  # "3.2 pm" over a debate: Hansard's minutes
        if hours is None and text[:1] == "-":
            hours = P.tribunal_hours(text)  # "--- On resuming at 2.30 p.m."
        if hours is not None:
            return Narration(_hours_content(text, hours), para.line)
        clock = _clock_or_bracketed(text)
        if clock is None:
            if len(text) <= 5 and text[:1].isdigit() and para.line in self.survey.speech_times:
                # "13.44" over "Abgeordneter …: …": the time the next speech began
                hour, _, minute = text.partition(".")
                when = f"{int(hour):02d}:{minute}:00"
                return Narration((DateText(text, when, clock=True),), para.line)
            return None
        return Narration(clock[1], para.line)

    def heading(self, para: RawParagraph, text: str) -> Block | None:
        """A line in capitals inside the conversation, not a label: a section heading."""
        # two words or more: a word in capitals alone ("NO!") is more likely speech
        if para.style == RESULT_HEAD:
            # "Meeting of the Parliament" / "Harbour Dues" over a search result's date
            return Heading(self.inlines(para), "section", para.line)
        if self.survey.shape.caps_captions:
            return None  # a broadcast's captions are all in capitals: words, not headings
        if text[:1] in "[(" and _WHOLE_REMARK.match(text):
            # "[GRAPHIC] [TIFF OMITTED]", "(BEGIN VIDEOTAPE)": a remark, however loud
            return None
        if text[:1] in "IS" and self.seen_turn and len(text) <= 60 and _session_head(text):
            # "Interview #2" over its date between an oral history's sessions: the
            # next session's head, no words of the last answer
            return Heading(self.inlines(para), "section", para.line)
        if text[:1] in "AaIi" and _AGENDA_ITEM.match(text):
            return Heading(self.inlines(para), "section", para.line)
        if text[:2] in ("<h", "<H") and _HTML_HEADING.fullmatch(text):
            # "<h3 id="optics">Optics</h3>" between the turns of a site's HTML source
            return Heading(self.inlines(para), "section", para.line)
        if text[:1] == "#" and _MARKDOWN_HEADING.match(text):
            timed = _heading_clock(text)
            if timed is not None:
                # "## 00:29:40" over a tape's end, not over a label (which the shapes
                # made that turn's time): where the recording has got to, no section
                return Narration(timed, para.line)
            return Heading(self.inlines(para), "section", para.line)  # "## Forking Linux"
        if text[:1] in "_*" and self.survey.emphasised >= 2 and _topic_line(text):
            return Heading(self.inlines(para), "section", para.line)  # "_Draft rule for …_"
        if division_name(text.rstrip(".")) and self.seen_turn:
            # "Dritte Szene", "Scène II" between a play's speeches: no words of the last
            return Heading(self.inlines(para), "section", para.line)
        witness = text[:1] in P.HEARING_FIRST and P.HEARING_HEADING.match(text) is not None
        if witness and len(text) <= 200 and P.CAPITALS_LINE.match(text) and text[-1:] not in ".,":
            pass  # "STATEMENT OF …" over two lines: longer than a line, one heading
        elif upper_label(para, text) or not P.capitals_heading(text, min_words=2):
            return None
        if self.unfinished:
            return None  # words in capitals inside a sentence: a sign, a title quoted
        if not self.seen_turn and text.rsplit(None, 1)[-1] in _CONTENTS_HEAD_ENDS:
            # a transcript's contents before the first turn, its lines apart: "ORAL
            # ARGUMENT OF  PAGE" (the column's head), "REBUTTAL ARGUMENT OF" over the
            # name: no section, which would hold the proceedings' first turns
            return None
        return Heading(self.inlines(para), "section", para.line)

    def turn(self, para: RawParagraph, text: str) -> Block | None:
        if self.survey.shape.chevrons and para.style != "caption chevrons":
            return None  # captions that mark speakers with ">>": other lines go on
        if text[:1] in P.HEARING_FIRST and P.HEARING_HEADING.match(text):
            return None  # "STATEMENT OF DR. …": a heading, whatever its full stops
        # a timestamp before the label belongs to it; a paragraph number does not
        head = "" if para.number else text[: para.skip]
        body = text[para.skip :]
        stamp = para.stamp
        if para.bare is not None and self._bare_speaker(para):
            name, start = para.bare
            if para.alone and not self.seen_turn and _body_named(name):
                return None  # "U.S. ENVIRONMENTAL PROTECTION AGENCY:" over its officials
            if name in ("Q", "A"):
                name = self._qa_person(name) or name
            seated = _LABEL_PARENS.match(name) if name.endswith(")") else None
            if seated is not None:  # "**Mrs. Jane Hale (Oakford) (Lab):**": Jane Hale
                name = _split_label(seated.group("core"), seated.group("parens"), "")[1]
            if para.style == "emphasised label":
                # "**Priya:**" under a front matter listing "Priya Natarajan": the
                # listed person, as a plain "Priya:" label is
                name = self._listed_person(name)
            if para.style == "call sign and direction":  # "ROSE [_whisper_]" over the speech
                end = start if start > len(name) else len(text)  # the speech joined, or not
                cue = text[len(name) : end].strip()
                return self._open_turn(para, name, name, cue, end, style=para.style)
            return self._open_turn(para, text[:start].rstrip(), name, None, start, style=para.style)
        unnamed = _UNNAMED_MEMBER.match(body) if body[:1] == "A" else None
        if unnamed is not None and speaker_kind(unnamed.group("name")) == "anonymous":
            # "A government senator: You need no leave.": a member the record leaves unnamed
            return self._termed_turn(para, head, unnamed, "unnamed member")
        blanked = self._blanked(body)
        if blanked:  # " . Mr. Alexander, we've explained …": the whole name blacked out
            return self._open_turn(para, head + ".", ".", None, para.skip + blanked)
        redacted = self._redacted(body)
        if redacted is not None:  # "Mr.   Of course.": counsel, the name blacked out
            return self._open_turn(
                para,
                head + redacted.group("name"),
                redacted.group("name"),
                None,
                para.skip + redacted.start("rest"),
                style="title, its name redacted",
            )
        qa = P.QA_LABEL.match(body) if self.survey.qa_labels else None
        if qa is not None:
            name = qa.group("name")
            person = self._qa_person(name)
            return self._open_turn(
                para,
                head + body[: qa.start("rest")].rstrip(),
                person or name,
                None,
                para.skip + qa.start("rest"),
                style="Q. and A.",
            )
        mistyped = _SEMICOLON_LABEL.match(body) if ";" in body[:40] else None
        if mistyped is not None and self._recurs_with_colon(mistyped.group("name")):
            # "GRANDE;<TAB>In 1926, …" among fifty "GRANDE:": the typist's slip
            return self._termed_turn(para, head, mistyped, "label typed with a semicolon")
        doubt: str | None = None  # a label in capitals refused, warned of if nothing else reads it
        # "Prof. Dr. K. Peter Voss, Finanzminister:": a name and its office, not "Prof. Dr."
        with_office = (
            "," in body[:80] and ":" in body[:200] and P.OFFICE_LABEL.match(body) is not None
        )
        for pattern, colon in _LABEL_PATTERNS:
            if pattern is P.TITLED_LABEL and not self._titled_speaker(body, para.col_offset):
                continue
            if with_office and not colon:
                continue
            if pattern is P.COLON_LABEL:
                match = self._colon(body)
            elif pattern is P.UPPER_LABEL:
                if self.survey.shape.caps_captions:
                    continue  # "COMMITTEE WILL COME TO ORDER." in captions: words
                match = upper_label(para, body)
            else:
                match = pattern.match(body)
            if match is None or not match.group("rest"):
                continue  # nothing said
            if P.LINK_ONLY.match(match.group("rest")) and not self._posts_links(match):
                continue  # only a link: "Agenda: <https://…>"
            if pattern is P.UPPER_LABEL and self._abbreviated_head(match):
                continue
            if match.group("rest")[:1] == ":" and (
                pattern is P.UPPER_LABEL or not match.group("rest").strip(" :")
            ):
                # "NEVADA. :", "IN RE: :": a case caption's column of colons
                continue
            name = match.group("name")
            if not colon and name.upper() in _BARE_TITLES and _capital_word(match.group("rest")):
                # "MS. ANA ROE, DIRECTOR, PORT AUTHORITY: …": the title of a name in
                # capitals (never "MR. Did he …", initials that spell a title)
                continue
            shape = self.survey.shape
            if para.alone and not self.seen_turn and _body_named(name):
                continue  # "U.S. ENVIRONMENTAL PROTECTION AGENCY:" over its officials' names
            if colon and name in shape.key_heads:
                continue  # "Spacecraft:" over a mission log's key to its call signs
            if not colon and self.unfinished and self._wrapped_word(name):
                continue  # "… of world" / "GDP.  And …": a sentence's last word, wrapped
            stamped = para.stamp is not None and (shape.stamps or shape.vtt)
            # a cue's words opening with a word in capitals and a stop ("US. And I was
            # …", a sentence the captions cut): a word of the sentence, unless labels in
            # capitals recur in the captions ("CHAIR. …" twice, beside "CLERK. …" once)
            if stamped and not colon and shape.vtt and not self.survey.established_upper:
                stamped = False
            # a label whose time stands above it, page fields between (Spacelog)
            stamped = stamped or para.style == "label under a time"
            # "Jane Doe (00:00:01):" alone on its line, in an export of that shape
            stamped = stamped or bool(
                para.alone and P.LABEL_TIME.search(match.group("delivery") or "")
            )
            # a name and colon alone on its line, joined to its speech where the
            # document establishes that shape (shapes._join_alone_labels)
            # (so is a full name before its words among them, in a recording player's copy)
            joined = (
                (para.alone or (para.style == PLAYER_LABEL and _personal(name)))
                and colon
                and name.upper() not in NOT_LABELS
            )
            # "The Secretary of State (Mr. Daniel Kerr):" names its speaker; "Hon.
            # Members:" is the House
            named = bool(match.group("delivery")) and (
                # an office's holder in brackets: "Menteri Kewangan [Dato’ Rahim Yusof]:"
                match.group("delivery")[:1] == "["
                or _holder_named(name, match.group("delivery").strip("(（ )）"))
            )
            # ("Question: why did the council wait?" once, in notes, is no voice)
            collective = (
                colon
                and not self.survey.song  # ("Chorus:" of a song's lyrics)
                and speaker_kind(name) == "group"
                and not self._title_line(name)
                and (
                    self.survey.colon_label_counts[name] >= 2
                    or _opens_as_speech(match.group("rest"))
                )
            )
            # "Müller (KPD):" among members' labels: a member named with a party
            # "Apropos Griechenland: Die ganzen …" in a record whose labels stand
            # alone on their lines: a colon in a sentence, said once
            inline_once = (
                colon
                and not para.alone
                and self.survey.alone >= 2
                and self.survey.colon_label_counts[name] < 2
                and para.style != PLAYER_LABEL  # "Ben Ode: Thanks" among labels alone
                # (a participant the list names, speaking once: "Present: …, Ana Ruiz")
                and surname_key(name) not in self.survey.participant_keys
                # (a run of colon turns under labels alone elsewhere, as a Google Meet
                # transcript pasted under its chat's posts: the next line's turn says so)
                and not self._colon_turn_below(para)
            ) or (
                # "DÉCORATION DU PROLOGUE. La Décoration est …" before the first turn of
                # a play whose labels stand alone: a caption opening a paragraph
                not colon
                and not para.alone
                and not self.seen_turn
                and self.survey.alone >= 4
                and self.survey.label_counts[norm_label(name)] < 2
            )
            parens = match.group("delivery") or ""
            # "Ada Crane (Bootle) (Lab):", a member's seat and party: a label said once
            member = (
                colon
                and (_personal(name) or _SURNAME.fullmatch(name) is not None)
                and (
                    (self.survey.established_mixed_colon >= 1 and _PARTY.fullmatch(parens))
                    or _SEAT_AND_PARTY.fullmatch(parens) is not None
                )
            )
            # "Q1 Chair: …" in a committee's oral evidence: a member's numbered question,
            # a turn though said once (a page or an excerpt holding one)
            questioned = (
                colon
                and para.number is not None
                and para.number[:1] == "Q"
                and (name.casefold() in _CHAIR_WORDS or _personal(name))
            )
            # "SPEAKER(?). Second." among the turns: a voice the transcriber could not
            # name for sure (an FOMC transcript's), a turn though said once
            doubted = self.seen_turn and parens.strip() in ("(?)", "[?]")
            # "(Maria): Hello." among the turns: a caller's name as heard, said once
            heard = (
                bool(match.groupdict().get("heard"))
                and self.seen_turn
                and name.upper() not in NOT_LABELS
                and (_personal(name) or _SURNAME.fullmatch(name) is not None)
            )
            if (
                not stamped
                and not joined
                and not named
                and not heard
                and not member
                and not questioned
                and not collective
                and not doubted
                and (inline_once or not self.is_speaker(name, colon))
            ):
                if (
                    not colon
                    and name.rstrip(".") not in RANK_ABBREVIATIONS
                    and name.upper() not in NOT_LABELS
                ):
                    doubt = name + match.group("term")
                continue
            term = match.group("term") or match.groupdict().get("wide") or ""
            parens = match.group("delivery")
            # what stands between the name and its parenthesis, kept: "SPEAKER(?)."
            gap = match.string[match.end("name") : match.start("delivery")] if parens else " "
            label, person, delivery = _split_label(name, parens, term, gap or "")
            if pattern is P.TITLED_LABEL and "." in person[:5]:
                person = _spaced_title(person)  # "Mr.Ball." is Mr. Ball
            # "(Ann Lee):", a caller's name as heard; "Karl Roe, MSc:", degrees after a name
            degrees = bool(match.groupdict().get("degrees")) and not parens
            if match.groupdict().get("heard") or degrees:
                label = body[: match.end("term")]
            elif not parens and match.start("term") > match.end("name"):
                label = body[: match.end("term")]  # "NANCY ROE-LEE .": the space kept
            # sworn above, or on the cover, or (greeted first) sworn just below
            witness = self.witness or self.survey.deponent or self._sworn_below(para.line)
            if witness and person.upper() in ("THE WITNESS", "WITNESS"):
                person = witness  # the witness sworn above, answering the court
            if self.survey.presiding and _THE_CHAIR.match(person):
                person = self.survey.presiding  # "The Chairwoman." is who presides
            elif self._presides(person):
                # "Mr. Varga." where "Hon. Paul Varga … presiding" opens the hearing
                person = self.survey.presiding or person
            if self.survey.judge and person.upper() == "THE COURT":
                person = self.survey.judge  # the judge the caption names
            person = self._listed_person(person)
            if stamp is None and delivery is None:
                stamp = _stamp_in_label(label)
            style = "name and colon" if colon else "name in capitals"
            number = match.groupdict().get("note")
            note = None
            if number:  # "MR. POTTER.1 Thank you": a footnote's number against the label
                note = Anchor(number, para.line, para.skip + match.start("note") + 1, digits=True)
            return self._open_turn(
                para,
                head + label,
                person,
                delivery,
                para.skip + match.start("rest"),
                stamp,
                style=("timestamp, " + style) if para.skip and not para.number else style,
                note=note,
            )
        directed = P.directed_label(body)
        if directed is not None and directed.group("rest") and self._directed_speaker(directed):
            # "ODA sets down her cup: No.", "ODA, à part. Non.": the name, then the direction
            delivery = directed.group("delivery") or directed.group("short")
            at = (
                directed.start("delivery")
                if directed.group("delivery")
                else directed.start("short")
            )
            return self._open_turn(
                para,
                head + body[:at].rstrip(),
                directed.group("name"),
                delivery,
                para.skip + directed.start("rest"),
                style="name and direction",
            )
        separated = P.separated_label(body)
        if separated is None and self.survey.stop_labels >= 2:
            separated = P.stop_label(body)  # "M. le président. La séance est ouverte."
        if separated is not None and self._separated_speaker(separated):
            # "SMITH<TAB>Good morning.", "Mary Jones - Yes.": a name and a separator
            rest = separated.start("rest")
            label_end = separated.end("role") if separated.group("role") else separated.end("name")
            if separated.group("paren"):  # "O SR. PEDRO ALVES (Bloco/PT - BA.) -"
                label_end = separated.end("paren")
            return self._open_turn(
                para,
                head + body[:label_end] + separated.group("sep").rstrip(),
                separated.group("name"),
                None,
                para.skip + rest,
                style="name and separator",
            )
        tight = (
            P.TIGHT_DASH_LABEL.match(body)
            if separated is None and "- " in body[:42] and self.survey.separated_counts
            else None
        )
        if tight is not None and self._tight_dash_speaker(tight.group("name")):
            # "Danny- Makes sense." where "Danny - …" labels turns: the hyphen typed tight
            return self._open_turn(
                para,
                head + body[: tight.end("name") + 1],
                tight.group("name"),
                None,
                para.skip + tight.start("rest"),
                style="name and separator",
            )
        glued = P.dash_glued_label(body) if self.survey.dash_glued >= 2 else None
        if glued is not None:  # "Senator Roe —I rise", "The CHAIR(2.05 p.m.) —Order!"
            label = head + body[: glued.end("sep")]
            written = glued.group("t")
            rose = None  # the time the member rose, "4.12 p.m.": a time of day
            if written:
                clock = clock_of(written.replace(".", ":", 1))
                rose = Stamp(written, len(head) + glued.start("t"), None, clock)
            return self._open_turn(
                para,
                label,
                glued.group("name"),
                None,
                para.skip + glued.start("rest"),
                rose,
                style="name and dash",
            )
        office = P.OFFICE_LABEL.match(body) if "," in body[:60] and ":" in body else None
        if office is not None:  # "Dr. Brenner (SPD), Berichterstatter: …"
            rest = office.start("rest") if office.group("rest") else len(body)
            return self._open_turn(
                para,
                head + body[:rest].rstrip(),
                office.group("name"),
                None,
                para.skip + rest,
                style="name and office",
            )
        news = _NEWS_LABEL.match(body) if "," in body[:60] and body[:1].isupper() else None
        if news is not None:  # "ANA LOPEZ, CNN ANCHOR: …", as news transcripts name a voice
            return self._open_turn(
                para,
                head + body[: news.start("rest")].rstrip(),
                news.group("name"),
                None,
                para.skip + news.start("rest"),
                style="name and office in capitals",
            )
        tight = P.TIGHT_LABEL.match(body)
        if tight is not None and self.survey.colon_label_counts[tight.group("name")] >= 2:
            # "JS:Well, …" where "JS: …" labels the same speaker elsewhere
            name = tight.group("name")
            person = self.survey.initials.get(name) or name
            return self._open_turn(
                para, head + name + ":", person, None, para.skip + len(name) + 1, style="initials"
            )
        glued = P.TIGHT_NAME_LABEL.match(body) if body[:1].isupper() and ":" in body[:60] else None
        if glued is not None and (
            self.survey.colon_label_counts[glued.group("name")] >= 2
            # (or a name in capitals the text labels turns with: "RICHARD DOUD:I see.")
            or self.survey.label_counts[norm_label(glued.group("name"))] >= 2
        ):
            # "Ada Cole:Then we moved." where "Ada Cole: …" labels her elsewhere
            name = glued.group("name")
            return self._open_turn(
                para,
                head + name + ":",
                name,
                None,
                para.skip + len(name) + 1,
                style="name and colon",
            )
        if doubt is not None:  # no other reading made it a turn
            self.doubted.append(doubt)
            self.reporter.warning(
                "W103",
                f"{doubt!r} looks like a speaker label, but the name occurs only once and is "
                "not in a participants list, so it is read as text; add the name to a "
                "'Present:' list to make it a turn",
                Span(self.file, para.line, para.col_offset + 1),
            )
        return None

    def _listed_person(self, person: str) -> str:
        """The participant a label names by initials or less fully, or the label's
        person as it is. The survey is complete before the first rule runs, so
        the answer is found once a person and kept (a label recurs in every turn)."""
        found = self.listed_persons.get(person)
        if found is None:
            found = self.listed_persons[person] = (
                self.survey.initials.get(person)
                or initials_of(
                    # ("J.A." is "JA": initials with their stops)
                    person.replace(".", "") if _DOTTED_INITIALS.fullmatch(person) else person,
                    self.survey.participant_forms,
                    self.survey.qa_counts["Q"] > 0,
                )
                or _listed_as(person, self.survey.participants)
                or _office_and_surname(person, self.survey.participants)
                or person
            )
        return found

    def _sworn_below(self, line: int) -> str | None:
        """The witness whose oath follows, before it (see :func:`_first_oath`)."""
        coming = self.survey.witness_to_come
        return coming[0] if coming is not None and line < coming[1] else None

    def _qa_person(self, name: str) -> str | None:
        """Who asks a "Q." or gives an "A.": the examiner and the witness the
        headings named; before any heading, the one examiner the record has
        ("BY MR. HOLLOWAY:" further on), and the witness whom "THE WITNESS:"
        labels where no oath or heading names one."""
        if name == "Q":
            if self.examiner is None and len(self.survey.examiners) == 1:
                return next(iter(self.survey.examiners))
            return self.examiner
        if self.witness is None and self.survey.deponent:
            return self.survey.deponent  # "DEPOSITION OF: ANA ROE" on the cover
        if self.witness is None and self.survey.label_counts[_THE_WITNESS]:
            return "THE WITNESS"
        if self.witness is None and self.survey.titled_counts["The Witness"]:
            return "The Witness"  # a congressional deposition's "The Witness. I do."
        return self.witness

    def _abbreviated_head(self, match: re.Match[str]) -> bool:
        """A heading in capitals whose full stop ends an abbreviation, the name
        going on after it ("CHAIRED BY THE HON. MR. J. ROE", the title or initial
        after the stop): no label, where the words before the stop are said once."""
        rest = match.group("rest")
        return (
            match.group("term") == "."
            and not any(c.islower() for c in rest)
            and (P.HONORIFIC_PREFIX.match(rest) is not None or _INITIAL.match(rest) is not None)
            and self.survey.label_counts[norm_label(match.group("name"))] < 2
        )

    def _directed_speaker(self, directed: re.Match[str]) -> bool:
        """A name before a direction counts where it recurs as a label (with a
        direction or without), or where the play writes its labels so twice and
        one name recurs ("CARL enters: …" once, beside ANNA's and BERT's)."""
        name = directed.group("name")
        if name.upper() in NOT_LABELS or not self.is_speaker(name, False):
            return False
        counts = self.survey.label_counts
        return counts[norm_label(name)] >= 2 or (
            self.survey.directed >= 2 and self.survey.established_upper >= 1
        )

    def _tight_dash_speaker(self, name: str) -> bool:
        """A name typed with the hyphen against it ("Danny- Yes") is a label where
        "Danny - …" is one twice or more and another name recurs so too."""
        counts = self.survey.separated_counts
        recurring = sum(1 for count in counts.values() if count >= 2)
        return counts[name] >= 2 and recurring >= 2 and name.upper() not in NOT_LABELS

    def _separated_speaker(self, separated: re.Match[str]) -> bool:
        """A name before a tab or a dash counts where it recurs so, beside
        another that does (a document written that way throughout); a member
        named with a title, then a dash and a sentence, as a French compte
        rendu writes every speaker ("Mme Jeanne Roux – Nous …"), where the
        record writes one such label."""
        name = separated.group("name")
        rest = separated.group("rest").strip()
        if ":" in rest and rest.replace(":", "").replace(".", "").isdecimal():
            return False  # "Ana Ruiz - 22:41": a time by a name (a race's results), not words
        if separated.group("paren"):  # "O SR. PEDRO ALVES (Bloco/PT - BA.) - Sr. Presidente, …"
            return (
                separated.group("sep") == " - "
                and _BRAZILIAN_MEMBER.match(name) is not None
                and separated.group("rest")[:1].isupper()
            )
        if separated.group("sep") == ".":  # "M. Paul Roux. Je …", where two or more are
            return self.survey.stop_labels >= 2 and name.upper() not in NOT_LABELS
        if "\t" not in separated.group("sep") and self._colon_labelled():
            return False  # "And — and so …", "But I — I do": a speaker's restart, no label
        counts = self.survey.separated_counts
        recurring = sum(1 for count in counts.values() if count >= 2)
        # (a name of two words or more once among them: "Ben Ode", "Firm/Ben")
        if recurring >= 2 and (counts[name] >= 2 or len(name.replace("/", " ").split()) >= 2):
            return True
        sep = separated.group("sep")
        return (
            # (or the Sénat's analytical report's hyphen with two spaces before it)
            (sep.strip() in ("–", "—") or sep.startswith(("  -", " .")))
            and P.SEPARATED_TITLE.match(name) is not None
            and 2 <= len(name.split()) <= 4
            # (an initial's stop ends no name; the label's own stop may: "M. Paul Roux. –")
            and not (name.split()[-1].endswith(".") and len(name.split()[-1]) <= 2)
            and separated.group("rest")[:1].isupper()
        )

    def _colon_labelled(self) -> bool:
        """Whether two labels or more closed with a colon recur ("MS. ROE:", "Host:"),
        a briefing's bare "Q" counting as one: a record written so names no one by
        a dash (counted once a document)."""
        if self.colon_recurring is None:
            counts = self.survey.colon_label_counts.values()
            found = sum(1 for count in counts if count >= 2)
            paras = self.survey.paragraphs
            asked = sum(1 for p in paras if p.style == "Q or A and spaces") >= 2
            self.colon_recurring = found + asked >= 2
        return self.colon_recurring

    def _titled_speaker(self, body: str, column: int) -> bool:
        """A mixed-case label with a full stop ("Mr. Kohl.") counts where it
        recurs, where two such labels recur, where a list names the person, or
        where it opens a paragraph set in as the recurring labels are ("    The
        Clerk. Yes, sir." among "    The Chairman. …")."""
        found = P.TITLED_LABEL.match(body) if body[:1].isupper() else None
        if found is None or not found.group("rest"):
            return False
        counts = self.survey.titled_counts
        name = found.group("name")
        established = self.survey.established_titled
        if counts[name] >= 2 or established >= 2:
            return True
        # a witness who speaks once, whom the record names elsewhere ("STATEMENT OF
        # TED ALLISON", "Thank you, Mr. Allison"), beside a speaker who recurs
        if established and self.survey.text.count(name.split()[-1]) >= 2:
            return True
        if established and column == self.survey.titled_set_in:
            return True
        # a deposition's page: its officers by role ("The Reporter.", "The Witness.")
        # twice or beside questions and answers; then counsel said once ("Mr. Roe.")
        roles = self.survey.titled_roles
        if roles >= 2 or (roles and _record_role(name) and self.survey.qa_labels):
            return True
        return surname_key(name) in self.survey.participant_keys

    def _column_heads(self, para: RawParagraph) -> bool:
        """A table's header row over its rows ("TIMECODE<TAB>SPEAKER<TAB>TRANSCRIPT"
        over "00:00:02.00<TAB>INT<TAB>…"): as many cells as the row below, each a
        word or two without a digit. Never the title."""
        cells = para.text.split("\t")
        below = self.survey.following.get(para.line)
        return (
            below is not None
            and below.text.count("\t") == len(cells) - 1
            and all(0 < len(c.split()) <= 2 and not any(d.isdigit() for d in c) for c in cells)
        )

    def _bare_speaker(self, para: RawParagraph) -> bool:
        """A label of a shape without terminator counts where it recurs, is "Q" or
        "A", is a WebVTT voice, or has a time (a call sign after a mission time, a
        name and a time alone on their line)."""
        assert para.bare is not None
        name = para.bare[0]
        if para.style == "call sign and direction" and not para.alone:
            return False  # "MAIRE (a widow)" in a list of the persons: no speech under it
        if para.style == BOLD_STOP_STYLE:
            # "**NURSE DALE.**": where three such prefixes or more stand, of two names at
            # least, one of them recurring (a README's "**IMPORTANT.**" once names no one)
            named = self.survey.bold_stops
            return len(named) >= 2 and sum(named.values()) >= 3 and max(named.values()) >= 2
        if _timed_bold(para):
            # "**[02:14] SPEAKER_00:**" as Deepgram writes, where labels recur; a diary's
            # "**[07:00] Start:**" over each entry, each said once, names no one
            return (
                any(c >= 2 for c in self.survey.timed_bold.values())
                or is_diariser_label(name)
                or surname_key(name) in self.survey.participant_keys
            )
        return (
            name in ("Q", "A")
            or self.survey.bare_counts[name] >= 2
            or self.survey.shape.vtt
            or para.style == "cue name in brackets"  # "[Announcer]" once among the names
            or para.style == NAME_HEADING  # "### Cy" once among headings of names that recur
            or para.stamp is not None  # a name and a time, a call sign after a time
            # a WebVTT voice in a text file ("<v Ana Ruiz>Hi"), where the file writes others
            or (para.style == "voice tag" and self.survey.styles[para.style] >= 2)
            or para.style == "profile label"  # the user's own pattern
            or para.style == HANDLE_STYLE  # "cy: ok" once among a chat's handles
            or para.style == PLAYER_LABEL  # "fred:" alone in a recording player's copy
            or para.style == POST_SENDER  # "Orie" once over a post whose time stands under it
            or para.style == AUDIENCE_QUOTE  # "> Which tools?" between a host's turns
            or para.style == "caption chevrons"  # ">> Good evening.": a voice unnamed
            # "Ben Ode: " with no words, where "Ben Ode:" labels turns
            or (para.style == EMPTY_LABEL and self.survey.colon_label_counts[name] >= 2)
            # a log's nick (its message or its action), a relay's name
            or para.style in ("IRC message", "IRC action", "relayed speech")
            or para.style == "call sign without a time"  # "CC Roger." in a mission log
            or para.style == "screenplay cue"  # "OLD TOM" over the dialogue, in a screenplay
            # a radio script's name alone once ("ANNOUNCER"), or with a direction,
            # over its speech (joined to it), where two others recur
            or (
                para.style in ("call sign", "call sign and direction")
                and para.alone
                and sum(1 for n, c in self.survey.bare_counts.items() if c >= 2 and n != name) >= 2
            )
            or para.style == "name over site links"  # a parliament site's member line
            or para.style == LED_LABEL  # "ALAIN, REVENANT." where "ALAIN." recurs
            or para.style == "question to a minister"  # "2. ANA ROE (…) to the Minister of …:"
            or para.style == SURNAME_ALONE  # "БОНДАР А.В." alone over the speech, joined
            or para.style == "member, party and riding"  # "Ann Roe NDP Outremont, QC"
            # an office and its holder, a member and seat, alone over the speech
            or para.style in ("office and holder alone", "member and seat alone")
            or para.style == "member named alone"
            # "La consellera d'Economia (Ana Vidal)" once, where "La presidenta" recurs
            or para.style == "office alone in ordinary case"
            # a poster's name over a message, where the file is a live event's chat
            or para.style == "name over a message"
            # "• Ana Ruiz" over her role, where the file is a legislature's hearing page
            or para.style == "name over a role"
            # a name in emphasis, where the document sets its labels so
            or (para.style == "emphasised label" and self.survey.emphasised >= 2)
            # a recogniser's label seen once, where others of its kind recur
            or (
                para.style == "diariser label"
                and any(c >= 2 and is_diariser_label(n) for n, c in self.survey.bare_counts.items())
            )
            # "[PARTICIPANT'S DAUGHTER]" once, among "[INTERVIEWER]" and "[PARTICIPANT]"
            or (
                para.style == "bracketed label"
                and sum(1 for n, c in self.survey.bare_counts.items() if c >= 2) >= 2
            )
        )

    def _cue_goes_on(self, para: RawParagraph, turn: Turn) -> list[Block] | None:
        """A caption cue whose label names the voice that spoke the cue before
        ("00:16:11.200 --> 00:16:18.309 stokes: Let's see"): Zoom writes the name
        in every cue and cuts one speech into cues for display, so the cue is a
        paragraph of the speech going on, its timing a point of the timeline
        (``time``) and the name written again the caption's furniture (``fw
        type="label"``), kept where it stands; None where the cue opens a turn.

        The TEI's speech (``sp``) is one speaker's, and an utterance ends where
        the speaker changes: a new cue of the same voice is no new speech."""
        text = para.text
        stamp = turn.stamp
        if stamp is None or stamp.start or para.marks or not turn.paragraphs:
            return None  # (a timing first, the cue on one line: Zoom's)
        timing = text[: para.skip].rstrip()
        # "Display Name: words", as Zoom writes every cue (a copy may set &nbsp;)
        colon = _CUE_COLON.search(text, para.skip)
        end = colon.start() if colon is not None else -1
        written = text[para.skip : end + 1] if end > 0 else ""
        # the label the turn read, after the timing: "stokes:", "Karim T. (matkt):",
        # "Tom Sweeney (Red Hat, Inc.):" (a colon in the words under a name alone on
        # its line, as Teams sets it, is none)
        read = " ".join(p for p in (turn.label[len(timing) :].strip(), turn.delivery) if p)
        if timing != stamp.text or not written.startswith(turn.name) or written != read:
            return None
        first = turn.paragraphs[0]
        if not isinstance(first, Paragraph):
            return None
        words = text[end + 1 :]
        return [
            Paragraph(
                (
                    TimeMark(timing, stamp.seconds),
                    Text(text[len(timing) : para.skip]),
                    Folio(written, "label"),
                    Text(words[: len(words) - len(words.lstrip())]),
                    *first.content,
                ),
                para.line,
            ),
            *turn.paragraphs[1:],
        ]

    def _open_turn(
        self,
        para: RawParagraph,
        label: str,
        name: str,
        delivery: str | None,
        rest_at: int,
        stamp: Stamp | None = None,
        style: str = "",
        note: Anchor | None = None,
    ) -> Turn:
        lines: tuple[tuple[int, str | None], ...] = ()
        if para.marks:  # the label's own line breaks, and where the speech starts
            lines, rest_at = _breaks_before(para, rest_at)
        if stamp is None and para.stamp is None:
            # "MF: [00:12:40] We're back.": the time after the label is the turn's
            opens = para.text[rest_at : rest_at + 1]
            # ("\[00:04:12.10\]": Markdown escapes the bracket)
            bare = opens.isdecimal() and para.text[rest_at:].count(":") <= 3
            tried = opens in "[(\\" or bare
            after = _STAMP_AFTER_LABEL.match(para.text, rest_at) if tried else None
            if after is not None:
                # "Speaker 1: (00:03)", as Rev writes; "Speaker 0: 00:01:17" alone
                group = next(g for g in ("t", "pt", "at") if after.group(g))
                written = after.group(group)
                gap = rest_at  # the label keeps the space before the time
                while gap > 0 and para.text[gap - 1] in " \t":
                    gap -= 1
                start = len(label) + after.start(group) - gap
                label += para.text[gap : after.end()]
                stamp = Stamp(written, start, seconds_of(written))
                rest_at = after.end()
        if self.examiner_next and name not in ("Q", "A") and name != self.witness:
            self.examiner, self.examiner_next = name, False
        rest = para.text[rest_at:].lstrip()
        offset = len(para.text) - len(rest)
        # the reporter's "Whereupon, NAME was called … testified as follows:" after the
        # words (a deposition's sentence on counsel's line): narration, not his speech
        called = self._called_at(rest)
        said = parse_inlines(rest[:called].rstrip(), self.ctx(para, True, offset))
        first = Paragraph((note, *said) if note else said, para.line)
        narrated: tuple[Paragraph | Narration, ...] = ()
        if called < len(rest):
            reporter = parse_inlines(rest[called:], self.ctx(para, True, offset + called))
            narrated = (Narration(reporter, para.line),)
        label = strip_marks(label)
        # (the pattern needs "- ", which most labels have not)
        broken = (
            _WRAPPED_AT_HYPHEN.search(label)
            if style == "name in capitals" and "- " in label
            else None
        )
        if broken is not None:
            # "Senator Baptiste-" / "Moreau.": one name the print wrapped at its hyphen;
            # the line break stays in the label, the space the join put there goes
            label = label[: broken.start()] + label[broken.end() :]
            name = _WRAPPED_AT_HYPHEN.sub("", name, count=1)
        return Turn(
            label=label,
            name=strip_marks(name),
            delivery=delivery,
            # a label with no words after it: the speaker's turn, nothing transcribed
            paragraphs=(first, *narrated) if rest else (Paragraph((), para.line),),
            line=para.line,
            stamp=stamp or para.stamp,
            style=f"{style}, alone on its line" if para.alone else style,
            number=para.number,
            label_break=broken.start() if broken is not None else None,
            label_lines=tuple(b for b in lines if b[0] < len(label)) if broken is None else (),
            alone=para.alone and bool(rest),
        )

    def identification(self, para: RawParagraph, text: str) -> Block | None:
        """A line between turns naming the next speaker with an affiliation ("Ana
        Lind, Office of Response; at the agency: 1990-2020", a podcast's caption
        over her first turn, "LIND: …"): about the speaker, no one's words."""
        if not self.seen_turn or text[-1:] in ".?!" or "," not in text[:50]:
            return None  # (most paragraphs of speech end as sentences do)
        named = _IDENTIFIED.match(text)
        if named is None or _last_character(text) in ".?!":
            return None
        # the label below it, or below a photo's caption under it
        below = self.survey.following.get(para.line)
        label = P.colon_label(below.text) if below is not None else None
        if label is None and below is not None and below.line in self.survey.following:
            label = P.colon_label(self.survey.following[below.line].text)
        surname = named.group("name").split()[-1]
        if label is None or label.group("name").split()[-1].casefold() != surname.casefold():
            return None
        if _ADDRESSED.search(text, named.end("name")):
            return None  # "Ana Lind, Director of …, you have been there for years": words to her
        rest = text[named.end("name") :]
        return Narration((PersName(named.group("name"), None), Text(rest)), para.line)

    def reported(self, para: RawParagraph, text: str) -> Block | None:
        match = P.REPORTED.match(text)
        if match is None or not self.is_speaker(match.group("name"), False):
            return None
        name = match.group("name")
        if _heading(name):
            return None  # "TRANSCRIPT OF THE MINUTES of the …" on a title page: no one
        rest = parse_inlines(text[len(name) :], self.ctx(para, False, len(name)))
        return Narration((PersName(name, None), *rest), para.line)

    def after(self, para: RawParagraph, text: str) -> Block | None:
        if P.SECTION_LABEL.match(text) and (self.seen_turn or not _MATTER_AFTER.match(text)):
            # (an appendix before any turn is a line of the contents: "APPENDIX" over
            # "Prepared statements:" in a hearing's table of contents, in its place)
            return SectionLabel(text, para.line)
        plain = _unmarked(text)  # ("# Transcript", "#### **This editable …**" in Markdown)
        if P.DOC_TYPE.match(plain) and (
            self.seen_turn or not self.seen_title or self.seen_participants
        ):
            # a type word right under the title ("Transcript" over Google Meet's
            # text) stays where it stands; under the list of attendees it names
            # what follows
            return DocType(text, para.line)
        if (self.seen_turn or self.seen_participants) and P.TRANSCRIPT_NOTICE.match(plain):
            # "This editable transcript was computer generated …": about the text
            if self.seen_turn and self._turns_after(para.line):
                # (over Google Meet's transcript pasted under a chat's posts, the
                # transcript's turns after it: the program's note where it stands)
                return Narration(self.inlines(para), para.line)
            return Commentary(self.inlines(para), para.line)
        if self.seen_turn and P.rights_search(text) and not (text[:1] == "<" and is_incident(text)):
            if self._last_label_line() > para.line and self._turns_after(para.line):
                # "the word has a copyright" in an answer, turns after it: a speech's
                # words, not the notice that closes a record (nor its back matter)
                return None
            # (a segment's end with the archive's notice after it is the recording's)
            return Rights(self.inlines(para), para.line)
        if (
            not self.seen_turn
            and text[:1].isupper()
            and P.RIGHTS_KEY.match(text)
            and sum(self.survey.label_counts.values()) >= 2
        ):
            # "Release: The narrator signed a release …" among an oral history's
            # fields: the source's terms, in a transcript (labels follow)
            return Rights(self.inlines(para), para.line)
        return None

    def plain(self, para: RawParagraph, text: str) -> Block:
        if self.phase in (Phase.BACK, Phase.NOTES):
            return Commentary(self.inlines(para), para.line)
        # "(10.00 am)", "[Mr. Speaker in the Chair]" before the first turn: the sitting begins
        in_text = (
            self.phase is Phase.CONVERSATION
            or _TIME_REMARK.match(text) is not None
            # "(In open court)", "(Jury present)" over a court's first turn: the
            # reporter's remark on the scene, as it is between turns
            or (text[:1] == "(" and _COURT_REMARK.match(text) is not None)
            or (
                text[:1] == "["
                and self.seen_title
                and not self.seen_participants
                and text.count(" ") >= 2
            )
            # "[Moderated by Ada Roe, Press Secretary]" first: about the event, no title
            or (text[:1] == "[" and P.DIRECTION.match(text[1:]) is not None)
        )
        # (in a meeting's saved chat, "(the room has spoken)" is a message's next line)
        typed = text[:1] == "(" and self.survey.shape.chat
        if in_text and (text[:1].isdecimal() or text[:1] == "(") and len(text) <= 24:
            spelled = _spelled_elapsed(text)
            if spelled is not None:  # "2m 10s" alone: where the recording has got to
                return Narration(spelled, para.line)
        if in_text and (
            (text[-1:] in "—–-." and _INTERJECTING.match(text) is not None)
            or (text[-13:] == " interjecting" and _INTERJECTING_BARE.match(text) is not None)
        ):
            # "Honourable senators interjecting—": the House, about the scene, no words
            # (a web copy leaves out the dash: "Mr Roe interjecting")
            return Narration((Text(para.text),), para.line)
        if in_text and text[-7:-1] == " Chair" and _CHAIR_TAKEN.match(text):
            # "The Deputy Presiding Officer took the Chair.": who chairs from here on
            return Narration((Text(para.text),), para.line)
        if in_text and text[:1] in "*_<" and _emphasised_sound(text):
            # "*Laughter*", "<p><em>Laughter</em></p>" alone between the words of a
            # Markdown or HTML transcript: the scene, as "[Laughter]" is
            return Narration((Text(para.text),), para.line)
        if in_text and _WHOLE_REMARK.match(text) and not typed:
            # "(Applause.)", "[Discussion off the record.]" on a line of their own:
            # about the scene, outside the turns, kept with their brackets
            if text[:1] == "[" and TIME_ALONE.match(text):
                return Narration(self.inlines(para), para.line)  # "[00:03:11:58]": a time
            return Narration((Text(para.text),), para.line)  # its breaks restored
        if self.phase is Phase.CONVERSATION and text[:1].isdecimal() and text.count(":") == 2:
            clock = _CLOCK_ALONE.fullmatch(text)
            if clock is not None and (
                not self._label_follows(para.line) or self._timed_below(para.line)
            ):
                # (over a label it is the next turn's time, as Google Meet sets it)
                # "00:02:30" alone between an answer's paragraphs (a time code with
                # no brackets): a point of the recording, no words of the answer
                hours, minutes, seconds = (int(part) for part in clock.groups())
                mark = TimeMark(text, hours * 3600 + minutes * 60 + seconds)
                return Narration((mark,), para.line)
        if para.style == CHAT_EVENT and para.stamp is not None:
            # "12/01/2023, 10:22 - Ana Ruiz joined …": the app's note between the
            # posts, at its time; it ends the post before it, of which it is no line
            at, stamp = para.stamp.start, para.stamp.text
            told = parse_inlines(para.text[para.skip :], self.ctx(para, False, para.skip))
            mark = TimeMark(stamp, para.stamp.seconds, clock=para.stamp.clock)
            around = (Text(para.text[:at]), mark, Text(para.text[at + len(stamp) : para.skip]))
            kept = tuple(n for n in around if not isinstance(n, Text) or n.value)
            return Narration(kept + told, para.line)
        if (
            para.stamp is not None
            and para.skip
            and (self.survey.shape.vtt or para.style == TIME_OVER_SPEECH)
        ):
            # a cue with no voice and no label: the last speaker goes on, at this
            # time (before any turn, a caption without speakers: never a title)
            timing = para.text[: para.skip].rstrip()
            spoken = parse_inlines(para.text[para.skip :], self.ctx(para, True, para.skip))
            mark = TimeMark(strip_marks(timing), para.stamp.seconds, clock=para.stamp.clock)
            space = Text(para.text[len(timing) : para.skip])
            return Paragraph((mark, space, *spoken), para.line)
        if self.survey.shape.turn_marks and para.stamp is not None and para.skip:
            # "[00:00:03.800 --> 00:00:06.200]   Say again please. [SPEAKER_TURN]": a
            # segment; the first, and each after a mark, opens a turn of a voice the
            # recogniser does not name (the mark says only that the voice changed)
            segment = Paragraph(self.inlines(para, speech=True), para.line)
            opens, self.turn_due = self.turn_due, text.endswith(TURN_MARK)
            if opens:
                return Turn("", "-", None, (segment,), para.line, style=MARKED_TURN)
            return segment
        if self.phase is Phase.CONVERSATION:
            return Paragraph(self.inlines(para, speech=True), para.line)
        content = self.inlines(para)
        if not self.seen_turn and len(content) == 1 and _implied(content[0], text):
            # "[Congressional Record Volume 151 …]", "[Senate]", "[Pages S5551-S5578]":
            # a record's head as its publisher prints it, in brackets: no editor's words
            content = (Text(para.text),)
        if self.seen_participants:
            # "1. CALL TO ORDER" under the list opens the text's first section
            return self.heading(para, text) or Narration(self.inlines(para), para.line)
        # A title comes before the text: the first line without a full stop,
        # provided no paragraph of text has been seen yet, of three words or
        # more or a heading in capitals ("TELEPHONE CONVERSATION").
        words = len(text.split())
        heading = (text.isupper() and len(text) <= 60) or P.SITTING_TITLE.match(text) is not None
        bullet = text[:2] in ("* ", "- ", "+ ")  # an item of a list ("* Andrew Poelstra")
        # (a long line in small letters is a speech taken up in its middle, an
        # excerpt's lead-in: "regulators more authority to act before a …")
        lead_in = text[:1].islower() and words >= 8
        # two words over the date, the first line ("Senate debates" / "Tuesday, 4 May 2021")
        below = self.survey.following.get(para.line) if words == 2 else None
        dated = (
            below is not None
            # (the first line, or the first under a site's links: "Home Page" / "Index")
            and (para is self.survey.paragraphs[0] or not self.texted)
            and (
                P.DATE_LINE.match(below.text) is not None
                # or a place and the date ("First Debate" / "Town Hall, Springfield.  Friday, …")
                or P.place_date(below.text) is not None
            )
        )
        # a line of three words or more right over the date line, no title read
        # yet, even under a file's wrapper ("## metadata", "topic: Budget" above)
        under = self.survey.following.get(para.line) if not self.titled and words >= 3 else None
        over_date = (
            under is not None
            and under.line == para.line + 1
            and text[:1].isupper()
            and P.DATE_LINE.match(under.text) is not None
        )
        if (
            (not self.seen_title or over_date)
            and (words >= 3 or heading or dated)
            and not text.endswith(".")
            and not _sentence_line(text)
            and not bullet
            and not lead_in
            and text[:3] != "<p>"  # a web page's paragraph copied with its tags: text
            and not (text[:1] == "(" and text[-1:] == ")")  # a sound: "( intro music )"
            # "[Ms Ada Roe in the Chair]" under the date: who chairs the sitting, no title
            and not (text[:1] == "[" and P.SITTING_NARRATION.match(text) is not None)
            and not ("\t" in para.text and self._column_heads(para))
            and not (":" in text[:8] and _MAIL_LINE.match(text))  # "TO: All staff"
            # an Austrian record's paragraph number ("RN/21") over a page of one speech
            and not (text[:3] == "RN/" and _SPEECH_PAGE_HEAD.fullmatch(text))
            # a congressional print's number over its cover ("S. Hrg. 110-1008"): no title
            and not (text[1:3] == ". " and _PRINT_NUMBER.fullmatch(text))
            # a recogniser's segment, its span first ("[00:00:00.000 --> 00:00:03.800]
            # Okay Houston, …"): words heard, no title
            and not (para.stamp is not None and "-->" in text[: para.skip])
        ):
            return TitleLine(content, para.line)
        return Paragraph(content, para.line)


# The rules a paragraph is tried with in each phase, in order; the first that
# gives a block decides, and the plain rule takes what none took.
C = Classifier
_BEFORE_TEXT: Final = (
    C.reasoning,
    C.yaml_field,
    C.boilerplate,
    C.time_heading,
    C.note_body,
    C.field_alone,
    C.slugline,
    C.participants,
    C.date_line,
    C.dateline,
    C.place_alone,
    C.place_date,
    C.section_marker,
    C.start_time,
    C.duration,
    C.sound_cue,
    C.running_field,
    C.metadata_field,
    C.legend,
    C.funding,
    C.archival,
    C.examination,
    C.turn,
    C.reported,
    C.after,
)
_AFTER_TEXT: Final = (
    C.boilerplate,
    C.note_body,
    C.resumed_turn,
    C.funding,
    C.archival,
    C.closer,
    C.closing_field,
    C.after,
)
RULES: Final[dict[Phase, tuple[Callable[[Classifier, RawParagraph, str], Block | None], ...]]] = {
    Phase.FRONT: _BEFORE_TEXT,
    Phase.PARTICIPANTS: _BEFORE_TEXT,
    Phase.CONVERSATION: (
        C.boilerplate,
        C.note_body,
        C.funding,
        C.archival,
        C.closer,
        C.closing_field,
        C.examination,
        C.clock_remark,
        C.thematic_break,
        C.section_marker,
        C.sound_cue,
        C.slugline,
        C.running_field,
        C.session_field,
        C.turn,
        C.identification,
        C.heading,
        C.reported,
        C.screen_action,
        C.after,
    ),
    Phase.BACK: _AFTER_TEXT,
    Phase.NOTES: _AFTER_TEXT,
}
del C


def _yaml_scalar(value: str) -> str:
    r"""A YAML scalar's text: quotes taken off; in double quotes, the escapes a
    site generator writes undone ("\u2019" → ’, "\_" → a no-break space, a
    line folded after "\" → one space).

    >>> _yaml_scalar(r'"People\u2019s Republic of\_Korea"'), _yaml_scalar("'2021-03-16'")
    ('People’s Republic of\xa0Korea', '2021-03-16')
    >>> _yaml_scalar(r'"the Democratic\ \ People"')
    'the Democratic People'
    >>> _yaml_scalar(r'"at Essence\_\ Festival"')
    'at Essence\xa0Festival'
    """
    if len(value) < 2 or value[0] != value[-1] or value[0] not in "'\"":
        return value
    inner = value[1:-1]
    if value[0] == "'":
        return inner.replace("''", "'")
    inner = _YAML_FOLD.sub(lambda fold: " " if fold.group("space") else "", inner)
    return _YAML_ESCAPE.sub(_yaml_unescape, inner)


def _yaml_unescape(match: re.Match[str]) -> str:
    code = match.group("u")
    if code is not None:
        return chr(int(code, 16))
    return {"_": "\u00a0", " ": " ", "n": "\n", "t": "\t"}.get(match.group("c"), match.group("c"))


def _yaml_front_matter(paragraphs: list[RawParagraph]) -> int:
    """The line of the "---" that closes a Markdown file's YAML front matter
    ("---" / "title: …" / "date: …" / "---" at the top), or 0 if it has none."""
    if not paragraphs or paragraphs[0].line > 2:
        return 0
    end = P.yaml_front_end([p.text for p in paragraphs[: P.YAML_LINES]])
    return paragraphs[end].line if end else 0


def _timed_bold(para: RawParagraph) -> bool:
    """Whether a label is a time and a name inside Markdown bold ("**[02:14] Ana:**")."""
    return para.style == "emphasised label" and para.stamp is not None and para.text[2:3] == "["


def _yaml_title_key(paragraphs: list[RawParagraph], end: int) -> str:
    """The key of a YAML front matter (closing at line ``end``) that names the
    record: "title", or where there is none a podcast's "episode", then a short
    "description" (a line, not a paragraph of prose). A Markdown heading right
    under the front matter names the record as a blog post's does, so none is
    taken where one follows ("title", which the front matter lacks).

    >>> lines = ["---", 'episode: "Episode 12"', "description: A talk.", "---"]
    >>> paras = [RawParagraph(t, i + 1, 0) for i, t in enumerate(lines)]
    >>> _yaml_title_key(paras, 4), _yaml_title_key(paras + [RawParagraph("# Nets", 6, 0)], 4)
    ('episode', 'title')
    """
    values: dict[str, str] = {}
    for para in paragraphs:
        if para.line > end and para.text:  # the first line under the front matter
            if para.text[:1] == "#" and _MARKDOWN_HEADING.match(para.text):
                return "title"
            break
        field = P.YAML_FIELD.fullmatch(para.text) if not para.col_offset else None
        if field is not None and para.line < end:
            values.setdefault(field.group("key").casefold(), _yaml_scalar(field["value"].strip()))
    if "title" in values:
        return "title"
    return next(
        (key for key in _YAML_TITLE_KEYS if 0 < len(values.get(key, "")) <= _YAML_TITLE_MAX),
        "title",
    )


def _reasoning_end(paragraphs: list[RawParagraph]) -> int:
    """The line that closes a language model's reasoning ("<think>" … "</think>")
    where it opens the file, or 0.

    >>> lines = ["<think>", "Okay, clean it.", "</think>", "A: Hi."]
    >>> _reasoning_end([RawParagraph(t, i + 1, 0) for i, t in enumerate(lines)])
    3
    """
    if not paragraphs or paragraphs[0].text[:7] != "<think>":
        return 0
    closing = (p for p in paragraphs[: P.YAML_LINES] if p.text.endswith("</think>"))
    return next((p.line for p in closing), 0)


def _yaml_speakers(paragraphs: list[RawParagraph]) -> list[str]:
    """The names a YAML front matter lists under "speakers:" (or "hosts:"), as
    "- Ada Moss" or "- name: Ada Moss" items."""
    names: list[str] = []
    listing = False
    for para in paragraphs:
        field = P.YAML_FIELD.fullmatch(para.text)
        item = _YAML_ITEM.fullmatch(para.text)
        if field is not None and not para.col_offset:  # a key of the top level
            listing = field.group("key").casefold() in _YAML_SPEAKERS and not field["value"]
            if field.group("key").casefold() in _YAML_SPEAKERS and field["value"][:1] == "[":
                # TOML's array, or YAML's flow sequence: 'hosts = ["Ada Moss", "Bo Li"]'
                quoted = (_yaml_scalar(q) for q in _QUOTED_ITEM.findall(field["value"]))
                names.extend(n for n in quoted if P.SHORT_NAME.match(n))
        elif listing and item is not None:
            name = _yaml_scalar(item.group("name").strip())
            if P.SHORT_NAME.match(name):
                names.append(name)
    return names


def _clock_or_bracketed(text: str) -> tuple[re.Match[str], tuple[Inline, ...]] | None:
    """A line that gives only a time of day ("1:31 P.M. EDT"), or that time in
    parentheses as a court reporter notes when a hearing sits ("(10.00 am)",
    "(2.05 pm)"), or in brackets (the Supreme Court's "[11:19 a.m.]" under
    "P R O C E E D I N G S"): the time's parts and the line's content."""
    match = P.clock_line(text)
    if match is not None:
        return match, _clock_content(match)
    pair = text[:1] + text[-1:]
    inner = text[1:-1] if pair in ("()", "[]") else ""
    match = P.clock_line(inner) if inner and inner == inner.strip() else None
    if match is None or match.group("end"):
        return None
    return match, (Text(pair[0]), *_clock_content(match), Text(pair[1]))


def _clock_content(match: re.Match[str]) -> tuple[Inline, ...]:
    """A clock line's words: what stands before the time ("END   "), then the
    time as a clock date."""
    time = DateText(match.group("time"), P.parse_clock(match), clock=True)
    before = match.string[: match.start("time")]
    return (Text(before), time) if before else (time,)


# The last word of a contents list's line in capitals, never of a heading: the page
# column's head ("ORAL ARGUMENT OF  PAGE") or a word the name below completes.
_CONTENTS_HEAD_ENDS: Final = frozenset(("PAGE", "PAGES", "OF", "BY"))


def _hours_content(text: str, hours: tuple[str, int, int, str]) -> tuple[Inline, ...]:
    """A German sitting's hours line ("(Schluss: 17.12 Uhr)") or a division's
    time ("[9.2 pm"): its words, the time among them as a clock date."""
    _, start, end, when = hours
    time = DateText(text[start:end], when, clock=True)
    before, after = text[:start], text[end:]
    return (*((Text(before),) if before else ()), time, *((Text(after),) if after else ()))


def end_time(blocks: list[Block]) -> list[Block]:
    """The last time of day alone on its line (a :meth:`Classifier.clock_remark`)
    that no turn follows is the time the meeting ended: a :class:`ClockLine`.

    Before: ``[Turn, Turn, Narration("END 1:31 P.M. EDT"), Rights]``
    After:  ``[Turn, Turn, ClockLine("END 1:31 P.M. EDT", "end"), Rights]``
    """
    for index in range(len(blocks) - 1, -1, -1):
        block = blocks[index]
        if isinstance(block, Turn | Paragraph | Heading | ParticipantsLine):
            return blocks  # text of the conversation follows: a time within it
        if isinstance(block, Narration) and block.content and _closing_clock(block):
            clock = next(n for n in block.content if _clock_date(n))
            assert isinstance(clock, DateText)
            ended = ClockLine(block.content, clock.when, "end", block.line)
            return [*blocks[:index], ended, *blocks[index + 1 :]]
    return blocks


def _closing_clock(block: Narration) -> bool:
    """Whether a remark ends in a time of day ("END 1:31 P.M. EDT") or is a
    German sitting's close ("(Schluß der Sitzung: 11 Uhr 14 Minuten.)")."""
    if _clock_date(block.content[-1]):
        return True
    hours = P.sitting_hours(plain_text(block.content))
    return hours is not None and hours[0] == "end"


# The words a record's own title opens with: "PRESS BRIEFING BY …", "Remarks by
# the President …", "Transcript of …", "Memorandum of Conversation"; a press
# office's series may name itself first ("Daily Press Briefing by …", a State
# Department's "Department Press Briefing").
_KIND_TITLE: Final = recache.compile(
    r"(?i:(?:(?:daily|weekly|department)\s+)?(?:(?:press|news)\s+)?(?:briefing|conference|gaggle)\b"
    r"|remarks\s+(?:by|of)\b|"
    r"transcript\s+of\b|interview\s+(?:with|of)\b|hearing\s+(?:on|before|of)\b|"
    # "PUBLIC HEARING", "JOINT PUBLIC HEARING ON …", "JOINT LEGISLATIVE HEARING" under
    # "BEFORE THE STATE SENATE"
    r"(?:public|joint|legislative)\s+(?:(?:public|legislative)\s+)?hearing\b|"
    r"memorandum\s+(?:of|for)\b|oral\s+history\b|statement\s+(?:by|of)\b|"
    r"(?:on-the-record|background)\s+(?:briefing|call)\b)"
)


# A kind of transcript and nothing else ("Press Briefing Transcripts"): a site's
# section, no record's title.
_GENERIC_KIND: Final = recache.compile(
    r"(?i:(?:(?:press|news|media)\s+)?(?:tele)?(?:briefing|conference)s?\s+transcripts?)$"
)


# A role's value of a name, a place and a date: "G.L. Summer, Newberry, S.C. 8/23/37.",
# "Ruth Vale, Dover, Del., June 3, 1938".
_PLACE_AND_DATE: Final = LazyPattern(
    r"^(?P<name>[^,\d]{2,40}), (?P<place>[^\d]{2,60}?)(?P<sep>,? )"
    rf"(?P<date>\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|{P.DATE})\.?$"
)


# An archive's file over an older documentary edition's document: "Conference
# files, lot 60 D 627, CF 203", "740.00119 Council/4–2645", "611.61/5–1255".
_LOT_FILE: Final = recache.compile(r"\blot \d{1,3} ?D \d{1,4}\b")
_DECIMAL_FILE: Final = recache.compile(r"\d{3}\.\d{1,6}[ /]")


def _archive_file(text: str) -> bool:
    """Whether a first line cites the file a document is kept in, no title (a
    press "Conference" opens no such line).

    >>> _archive_file("Conference files, lot 60 D 627, CF 203"), _archive_file("611.61/5–1255")
    (True, True)
    >>> _archive_file("Conference on Ports, Lot 4"), _archive_file("2024.05 Press Conference")
    (False, False)
    """
    if " lot " in text:
        return _LOT_FILE.search(text) is not None
    return text[:1].isdigit() and _DECIMAL_FILE.match(text) is not None


# The number of a congressional print, alone over its cover, as the GPO sets a
# Senate hearing's: "S. Hrg. 110-1008", "S. Prt. 116-12", "H. Rpt. 115-1", "S. Doc. 9-2".
# the colon that ends a caption cue's name, a space or a no-break space after it
_CUE_COLON: Final = recache.compile(":[ \xa0]")
_PRINT_NUMBER: Final = recache.compile(
    r"[SH]\. (?:Hrg|Prt|Rpt|Doc|Res|Con\. Res)\. \d{1,3}-\d{1,5}"
)


def _section_word(block: TitleLine | Paragraph) -> bool:
    """Whether a line of the front is a chamber's word alone, capitalised, as a news
    site heads its section ("Parliament" over "Oral Questions — …")."""
    text = plain_text(block.content).strip()
    return " " not in text and text[:1].isupper() and text.casefold() in CHAMBER_WORDS


def _print_number(block: TitleLine | Paragraph) -> bool:
    """Whether a line of the front is a congressional print's number alone."""
    text = plain_text(block.content).strip()
    return text[1:3] == ". " and _PRINT_NUMBER.fullmatch(text) is not None


def title_of_kind(blocks: list[Block]) -> list[Block]:
    """Where the first line names an institution ("THE WHITE HOUSE") and a
    line below it, before the text, names the record ("PRESS BRIEFING BY
    PRESS SECRETARY DANA WELLS"), the second is the title and the first a
    line of the front matter.

    Before: ``[TitleLine("THE WHITE HOUSE"), Paragraph("PRESS BRIEFING BY …"), Turn]``
    After:  ``[Paragraph("THE WHITE HOUSE"), TitleLine("PRESS BRIEFING BY …"), Turn]``
    """
    first = next((i for i, b in enumerate(blocks[:3]) if isinstance(b, TitleLine)), None)
    if first is None:
        return blocks
    title = blocks[first]
    assert isinstance(title, TitleLine)
    # "Press Briefing Transcripts", an archive's section, over the record's own title
    first_text = plain_text(title.content)
    generic = _GENERIC_KIND.match(first_text) is not None
    if _KIND_TITLE.match(first_text) and not generic and not _archive_file(first_text):
        return blocks  # (a file's "Conference files, lot …" over the title is none)
    for index in range(first + 1, min(len(blocks), first + 8)):
        block = blocks[index]
        if isinstance(block, Turn | Narration | TitleLine):
            return blocks
        if not isinstance(block, Paragraph):
            continue
        text = plain_text(block.content)
        if _MAIL_LINE.match(text):
            continue  # "TO: All staff" under "MEMORANDUM": a line of its head, no title
        if _GENERIC_KIND.match(text):
            # "Press Briefing Transcript" under the record's title names no record;
            # an archive's section names the record right under it
            generic = generic or index > first + 1
            continue
        if generic or _KIND_TITLE.match(text):
            out = list(blocks)
            out[first] = Paragraph(title.content, title.line)
            out[index] = TitleLine(block.content, block.line)
            return out
    return blocks


def title_run_on(blocks: list[Block]) -> list[Block]:
    """A title whose line ends in a word that needs the next ("… Committee
    Meeting on" / "June 12–13, 2018") goes on over the next line.

    Before: ``[TitleLine("Transcript of the Meeting on"), Paragraph("June 12–13, 2018")]``
    After:  ``[TitleLine("Transcript of the Meeting on ", LineBreak(), "June 12–13, 2018")]``
    """
    index = next((i for i, b in enumerate(blocks[:3]) if isinstance(b, TitleLine)), None)
    if index is None:
        # (under a copy's banner and a print's number: "[Senate Hearing 110-1008]" /
        # "[From the U.S. Government …]" / "S. Hrg. 110-1008" / the title)
        index = _under_banner(blocks)
    if index is None:
        return blocks
    title = blocks[index]
    assert isinstance(title, TitleLine)
    last, taken = title.line, 0
    # a title in capitals set over two or three lines, each a line of its own
    # ("ROUNDTABLE HELD BY" / "THE STATE SENATE" / "TASK FORCE ON FLOOD RECOVERY")
    while taken < 2 and index + taken + 1 < len(blocks):
        below = blocks[index + taken + 1]
        text = plain_text(title.content)
        words = text.split()
        run_on = bool(words) and words[-1].casefold() in RUN_ON_WORDS
        # (a GPO cover sets its title's lines a blank line apart: "MONETARY POLICY AND
        # THE" / "" / "STATE OF THE ECONOMY, PART II"; only a line that cannot end
        # the title goes on over the blank line)
        near = below.line == last + 1 or (run_on and below.line == last + 2)
        if not isinstance(below, Paragraph | DateLine) or not near or not words:
            break
        if not run_on and not (isinstance(below, Paragraph) and _capitals_over(text, below)):
            break
        more = below.content if isinstance(below, Paragraph) else (Text(below.text),)
        # the line's margin number is its break
        lead = () if more and isinstance(more[0], LineBreak) else (LineBreak(),)
        title = TitleLine((*title.content, Text(" "), *lead, *more), title.line)
        last, taken = below.line, taken + 1
    return [*blocks[:index], title, *blocks[index + taken + 1 :]]


def _under_banner(blocks: list[Block]) -> int | None:
    """The index of a title that only a copy's banner lines and a print's
    number stand over, or None."""
    lead = 0
    while lead < min(len(blocks), 6) and (
        isinstance(blocks[lead], Boilerplate)
        or (isinstance(blocks[lead], Paragraph) and _print_number(blocks[lead]))  # type: ignore[arg-type]
    ):
        lead += 1
    return lead if lead < len(blocks) and isinstance(blocks[lead], TitleLine) else None


def _capitals_over(title: str, below: Paragraph) -> bool:
    """A line in capitals under a title in capitals: the title goes on over it
    (never a rule, nor a line with small letters)."""
    line = plain_text(below.content).strip()
    return (
        title.isupper()
        and line.isupper()
        and len(line) <= 80
        and not _RULE_LINE.fullmatch(line)
        and any(c.isalpha() for c in line)
    )


_RULE_LINE: Final = recache.compile(r"[-_=*~ ]+")


def title_under_rule(blocks: list[Block]) -> list[Block]:
    """Where no line before the first turn is a title, a heading right under
    a rule is: an e-mail's note and links above the rule, the record's own
    heading below it ("Garden Club Call Transcript for 2025-05-06"); so is
    any short line between two rules alike (a reStructuredText title).

    Before: ``[Paragraph("Thanks …!"), Paragraph("-----"), Paragraph("Call Transcript …"), Turn]``
    After:  ``[Paragraph("Thanks …!"), Paragraph("-----"), TitleLine("Call Transcript …"), Turn]``
    """
    first = next((i for i, b in enumerate(blocks) if isinstance(b, Turn)), len(blocks))
    if any(isinstance(b, TitleLine) for b in blocks[:first]):
        return blocks
    for index in range(1, first):
        block, above = blocks[index], blocks[index - 1]
        if not (isinstance(block, Paragraph) and isinstance(above, Paragraph)):
            continue
        rule = plain_text(above.content).strip()
        text = plain_text(block.content).strip()
        below = blocks[index + 1] if index + 1 < len(blocks) else None
        # reStructuredText's title, the same rule over and under it, as MeetBot's
        # minutes have it ("#opencontainers: 2015-10-07 discussion" between "=" rules)
        overlined = (
            isinstance(below, Paragraph)
            and plain_text(below.content).strip() == rule
            and len(rule) >= len(text)
            and 1 <= len(text.split()) <= 12
        )
        if (
            len(rule) >= 5
            and _RULE_LINE.fullmatch(rule)
            and (overlined or (len(text.split()) >= 3 and _short_line(text)))
            and text[-1:] not in ".!?:"
            and "://" not in text
        ):
            out = list(blocks)
            out[index] = TitleLine(block.content, block.line)
            return out
    return blocks


# The verbs a line about the recording ends with, never a title's words.
_EVENT_VERBS: Final = frozenset(
    "started stopped paused resumed ended began begins ends starts resumes".split()
)


# The parts of a recording a line names alone: "Side B", "Tape two", "Reel one".
_RECORDING_PARTS: Final = frozenset("side tape reel disc disk cassette track part".split())


def title_over_turns(blocks: list[Block]) -> list[Block]:
    """A first line of two words, alone and in no sentence, right over the
    first turn is the record's title, as a meeting's export heads it ("Weekly
    sync" over "Ana Ruiz   0:03"), and so it is over the first paragraph of a
    text with no turns ("Staff memo"); the classifier, which sees one line at a
    time, takes a title of two words only over a date.

    Before: ``[Paragraph("Weekly sync"), Turn(…)]``
    After:  ``[TitleLine("Weekly sync"), Turn(…)]``
    """
    if len(blocks) < 2 or type(blocks[0]) is not Paragraph:
        return blocks
    # (in a text with no turns at all, over its first paragraph: "Staff memo")
    prose = type(blocks[1]) is Paragraph and not any(isinstance(b, Turn) for b in blocks)
    if not isinstance(blocks[1], Turn) and not prose:
        return blocks
    text = plain_text(blocks[0].content).strip()
    words = text.split()
    if (
        len(words) != 2
        or not text[:1].isupper()
        or not all(w[:1].isalpha() for w in words)
        or text[-1:] in ".,;:!?…"
        or words[1].casefold() in _EVENT_VERBS  # "Recording started": of the recording
        or words[0].casefold() in _RECORDING_PARTS  # "Side B": where on the tape
        or words[1].casefold() in ("transcript", "transcripts")  # a kind: "Interview Transcript"
        or is_incident(text)
        or blocks[0].front
    ):
        return blocks
    return [TitleLine(blocks[0].content, blocks[0].line), *blocks[1:]]


def title_beside_date(blocks: list[Block]) -> list[Block]:
    """A front line that opens with the meeting's date, a bar and its name ("14 Mar
    2031 | Pier committee", as a note-taker for Google Meet heads its export under
    its own banner) is the record's title, where no line was taken for one; the
    date in it dates the record (:func:`date_in_title`).

    Before: ``[Paragraph("Saved by …"), Paragraph("14 Mar 2031 | Pier committee"), …, Turn]``
    After:  ``[Paragraph("Saved by …"), TitleLine("14 Mar 2031 | Pier committee"), …, Turn]``
    """
    for index, block in enumerate(blocks[:6]):
        if isinstance(block, Turn):
            return blocks
        if type(block) is not Paragraph or not block.content:
            continue
        text = plain_text(block.content).strip()
        # (cheap first: a figure opens the line and a bar stands in it)
        if not text[:1].isdecimal() or " | " not in text[:24]:
            continue
        day, _, name = text.partition(" | ")
        found = P.DATE_IN_TEXT.match(day)
        if found is None or found.end() != len(day) or len(name.split()) < 1:
            continue
        if P.parse_date(found.group()) is None or "|" in name:
            continue  # (a table's row, "12 May 2031 | 4 | 7", is no title)
        # (asked last: a document without such a line never walks its blocks for it)
        if any(isinstance(b, TitleLine) for b in blocks):
            return blocks
        out = list(blocks)
        out[index] = TitleLine(block.content, block.line)
        return out
    return blocks


def title_below_tab(blocks: list[Block]) -> list[Block]:
    """A first line that is a pictograph and one word ("📝 Notes", "📖
    Transcript", as Google Meet heads the tabs of the notes its assistant
    writes) names a part of the document, not the record: the record's title is
    the first line of words below it, under the date ("Pier committee -
    Transcript").

    Before: ``[TitleLine("📖 Transcript"), DateLine(…), Paragraph("Pier committee - Transcript")]``
    After:  ``[Paragraph("📖 Transcript"), DateLine(…), TitleLine("Pier committee - Transcript")]``
    """
    title = blocks[0] if blocks else None
    # (cheap first: a title that opens with a symbol past the Latin letters)
    if not isinstance(title, TitleLine) or not title.content:
        return blocks
    text = plain_text(title.content).strip()
    if text[:1] < "\u2000" or len(text.split()) != 2 or not text.split()[1].isalpha():
        return blocks
    if unicodedata.category(text[0]) != "So":
        return blocks
    for index in range(1, min(len(blocks), 4)):
        block = blocks[index]
        if isinstance(block, DateLine):
            continue
        if isinstance(block, Paragraph) and len(plain_text(block.content).split()) >= 2:
            out = list(blocks)
            out[0] = Paragraph(title.content, title.line, front=True)
            out[index] = TitleLine(block.content, block.line)
            return out
        return blocks
    return blocks


def date_in_title(blocks: list[Block]) -> list[Block]:
    """Where no line of the front matter gives a date, the date the title
    holds ("Collections committee (2025-03-11 14:00 GMT) - Transcript", as
    Google Meet names its transcripts) dates the document.

    Before: ``[TitleLine("Budget review March 4, 2025"), Turn]``
    After:  ``[TitleLine("Budget review ", DateText("March 4, 2025")), Turn]``
    """
    index = next((i for i, b in enumerate(blocks) if isinstance(b, TitleLine)), None)
    if index is None or any(
        isinstance(b, DateLine | Dateline) or (isinstance(b, MetadataField) and b.kind == "date")
        for b in blocks
    ):
        return blocks
    title = blocks[index]
    assert isinstance(title, TitleLine)
    # "…, 6/4/2015" over "12:40 P.M. EDT": a US zone on the clock says the date
    # in the title is written month first, as the US writes it
    us_clock = any(isinstance(b, ClockLine) and _in_us_zone(b) for b in blocks)
    content: list[Inline] = []
    dated = False
    for node in title.content:
        if not isinstance(node, Text) or dated:
            content.append(node)
            continue
        value = node.value
        found = P.DATE_IN_TEXT.search(value)
        day = P.parse_date(found.group()) if found is not None else None
        if found is None and us_clock and "/" in value:
            found = _US_NUMERIC_DATE.search(value)
            day = _month_first(found) if found is not None else None
        if found is None or day is None:
            content.append(node)
            continue
        if found.start():
            content.append(Text(value[: found.start()]))
        content.append(DateText(found.group(), day))
        if found.end() < len(value):
            content.append(Text(value[found.end() :]))
        dated = True
    if not dated:
        return blocks
    return [*blocks[:index], TitleLine(tuple(content), title.line), *blocks[index + 1 :]]


# A date in numbers only, its order not plain from the numbers ("6/4/2015"); read
# month first only where the document's clock is in a US time zone.
_US_NUMERIC_DATE: Final = recache.compile(
    r"(?<![\d/])(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])/(?P<y>\d{4})(?![\d/])"
)
# The zones of the US written after a clock ("12:40 P.M. EDT"; "ET" for either).
_US_ZONES: Final = frozenset(
    ("ET", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST")
)


def _in_us_zone(line: ClockLine) -> bool:
    """Whether the clock line gives its time in a US time zone.

    >>> _in_us_zone(ClockLine((Text("12:40 P.M. EDT"),), "12:40:00-04:00", "start", 9))
    True
    >>> _in_us_zone(ClockLine((Text("(10.05 am)"),), "10:05:00", "start", 9))
    False
    """
    words = plain_text(line.content).replace(")", " ").split()
    return bool(words) and words[-1] in _US_ZONES


def _month_first(found: re.Match[str]) -> str | None:
    """The ISO day of a numeric date read month first, None if no such day.

    >>> [_month_first(m) for m in _US_NUMERIC_DATE.finditer("6/4/2015 2/30/2015")]
    ['2015-06-04', None]
    """
    try:
        return datetime.date(int(found["y"]), int(found["m"]), int(found["d"])).isoformat()
    except ValueError:
        return None


def _implied(node: Inline, text: str) -> bool:
    """Whether ``node`` is a whole line's words read as supplied in brackets."""
    return isinstance(node, Supplied) and node.reason == "implied" and text[-1:] == "]"


def _asked_over(blocks: list[Block], at: int) -> bool:
    """Whether the Lords' "NAME asked His Majesty's Government:" stands right
    over the paragraph at ``at`` (the question asked)."""
    index = _neighbour(blocks, at, -1)
    above = blocks[index] if index >= 0 else None
    if not isinstance(above, Paragraph | Narration):
        return False
    text = _plain(above.content)
    return "asked" in text and P.SITTING_NARRATION.match(text) is not None


def _clock_date(node: Inline) -> bool:
    return isinstance(node, DateText) and node.clock


def _attach(block: Block, para: RawParagraph) -> list[Block]:
    """Put the paragraph's page and line breaks into its block: those inside
    the text where they stood, those before it at its start (before a turn's
    label), or in a block of their own where the block holds no inline text."""
    if para.marks:
        block = _restore(block, para.marks)
    if not para.lead:
        return [block]
    if isinstance(block, Turn):
        if any(isinstance(node, Incident) for node in para.lead):
            # "END OF TAPE 1, SIDE A" between two answers: an event of the
            # recording between the turns, not the start of the next one
            return [Breaks(para.lead, para.line), block]
        return [evolve(block, "lead", para.lead)]
    if isinstance(block, Paragraph) and any(_ends_interview(node) for node in para.lead):
        # "[END OF INTERVIEW]" over a paragraph with no label (an editor's note, a
        # sign-off): after the end no one speaks, so it is no words of the last turn
        return [Breaks(para.lead, para.line), block]
    if isinstance(block, NoteBody) and any(isinstance(node, Incident) for node in para.lead):
        # "[END OF INTERVIEW]" over the editor's first footnote: the recording's
        # end where it stands, no words of the note
        return [Breaks(para.lead, para.line), block]
    content = getattr(block, "content", None)
    if isinstance(content, tuple) and not isinstance(block, Breaks):
        return [evolve(block, "content", (*para.lead, *content))]
    return [Breaks(para.lead, para.line), block]


def _ends_interview(node: Inline) -> bool:
    """Whether a node is the note of the interview's end ("[END OF INTERVIEW]",
    "(Interview concluded)"), not of a tape's or a pause's.

    >>> _ends_interview(Incident("[END OF INTERVIEW]"))
    True
    >>> [_ends_interview(Incident(t)) for t in ("[END OF TAPE 1]", "[Interview paused]")]
    [False, False]
    """
    if not isinstance(node, Incident):
        return False
    low = node.text.lower()
    return "interview" in low and ("end" in low or "conclu" in low)


def _restore(block: Block, marks: tuple[Inline, ...]) -> Block:
    if isinstance(block, Turn):
        paragraphs = tuple(
            evolve(p, "content", restore_marks(p.content, marks)) for p in block.paragraphs
        )
        return evolve(block, "paragraphs", paragraphs)
    content = getattr(block, "content", None)
    if isinstance(content, tuple):
        return evolve(block, "content", restore_marks(content, marks))
    return block


def _stamp_in_label(label: str) -> Stamp | None:
    """A time in the label's parentheses: "Jane Doe (00:01:23):"."""
    match = P.LABEL_TIME.search(label)
    if match is None:
        return None
    return Stamp(match.group("t"), match.start("t"), seconds_of(match.group("t")))


# A remark in brackets on a line of its own; several, and a reference number, as a
# printer marks an image left out ("[GRAPHIC] [TIFF OMITTED] T4411.001").
# A court reporter's remark on the scene in parentheses, alone on its line:
# "(In open court)", "(Jury present)", "(Witness sworn)", "(Page 4758 sealed)".
_COURT_REMARK: Final = recache.compile(
    r"^\((?:in open court|(?:the )?jury (?:present|not present|absent|enters|exits|excused)"
    r"|(?:the )?witness (?:sworn|excused|resumes)|(?:the )?defendant(?:s)? (?:present|not present)"
    r"|at (?:the )?sidebar|in (?:the )?robing room|page \d{1,5} sealed|recess|pause)\)\.?$",
    re.I,
)
_WHOLE_REMARK = recache.compile(
    # (a party in parentheses inside: "(Lena Kraus (CDU): Das war nicht die Frage!)")
    # (in a Markdown page the captioner's remark may be set as code: "`[ Laughter ]`")
    r"^(?P<code>`?)(?:\[[^\[\]`]+\]|\((?!\))[^()]*(?:\([^()]*\)[^()]*)*\))"
    r"(?:[ \t](?:\[[^\[\]]+\]|[A-Z]?\d[\d.-]*))*\.?(?P=code)$"
)


# One to three words alone in emphasis, Markdown's or HTML's: "*Laughter*",
# "_laughs_", "<p><em>Laughter</em></p>", "<i>Applause</i>".
_EMPHASISED_WORDS: Final = recache.compile(
    r"(?:\*|_|(?:<p>)?<(?P<tag>em|i)>)(?P<words>[A-Za-z]+(?: [A-Za-z]+){0,2})"
    r"(?:\*|_|</(?P=tag)>(?:</p>)?)\.?"
)


def _emphasised_sound(text: str) -> bool:
    """A sound or a pause alone in emphasis ("*Laughter*", "<p><em>Laughter</em></p>"):
    its first word one of the stage's ("*Exactly*" is a word said, and so is a
    sentence in italics, "*Laughter is the best medicine.*").

    >>> _emphasised_sound("*Laughter*"), _emphasised_sound("<p><em>Laughter</em></p>")
    (True, True)
    >>> _emphasised_sound("*Exactly*"), _emphasised_sound("*Laughter is the best medicine.*")
    (False, False)
    """
    found = _EMPHASISED_WORDS.fullmatch(text)
    if found is None or (found.group("tag") is None and text[0] != text.rstrip(".")[-1]):
        return False
    return found.group("words").split()[0].casefold() in STAGE_WORDS


# A member the record leaves unnamed, in small letters after the article: "A government
# senator: …", "An opposition member: …", "An honourable senator: …".
_UNNAMED_MEMBER: Final = recache.compile(
    r"^(?P<name>An? (?:[a-z][\w.’'-]* ){0,3}(?:senator|member|deputy|representative|councillor))"
    r"(?P<term>:)[ \t]+(?P<rest>(?![a-z])\S.*)$"  # ("A member: asked why …": minutes)
)
# A record's note that the chair changes hands, on a line of its own: "The Deputy
# Presiding Officer took the Chair.", "Mr Speaker resumed the Chair."
_CHAIR_TAKEN: Final = recache.compile(
    r"^(?:The|Mr|Madam|Madame)(?: [\w’'-]+){1,6} (?:took|resumed|left) the Chair\.$"
)
# Hansard's note of members calling out: "Honourable senators interjecting—",
# "Senator Roe interjecting—", "Opposition members interjecting.", in a web copy
# with no dash or stop ("Mr Roe interjecting")
_INTERJECTING: Final = recache.compile(
    # (the word before it a group or a name: "The witness kept interjecting." is a sentence)
    r"^(?:[A-Z][\w’'.\-]*(?: [\w’'.\-]+){0,4} )?(?:[\w’'.\-]+s|[A-Z][\w’'.\-]*)"
    r" interjecting(?:—|–|-{1,2}|\.)$"
)
# The same note in a web copy that left out the dash ("Mr Roe interjecting",
# "Government members interjecting"): a name or a group of members only, so that a
# sentence cut short ("Nobody likes interjecting") stays words.
_INTERJECTING_BARE: Final = recache.compile(
    r"^(?:[A-Z][\w’'.\-]*(?: [\w’'.\-]+){0,4} )?(?:[A-Z][\w’'.\-]*|[\w’'.\-]*(?:members|senators))"
    r" interjecting$"
)
# (the second may be an office with its holder in parentheses, the note's number
# after them: "… and the Soviet Ambassador (Dobrynin)1")
_BETWEEN: Final = recache.compile(
    r"\b[Bb]etween\s+(?P<a>[^,;:\n]{2,100}?)\s+and\s+(?P<b>[^,;:\n]*?[^\W\d_]\)?)\d{0,3}\s*$"
)
# A time of day alone, as a press office writes when a briefing began or ended.
# The space where the lines of a name wrapped at its hyphen were joined: "Baptiste- Moreau".
_WRAPPED_AT_HYPHEN: Final = recache.compile(r"(?<=[^\W\d_]-) (?=[A-Z])")
# The inline label patterns, in the order a paragraph is tried with them, each
# with whether its label ends with a colon.
# an initial at the start of a name: "D. PEDRO …", "J. ROE"
_INITIAL: Final = recache.compile(rf"^{P.UP}\.\s")


def _capital_word(text: str) -> bool:
    """Whether ``text`` opens with a word of two capitals or more ("ANA ROE, …").

    >>> _capital_word("ANA ROE, DIRECTOR"), _capital_word("Did he"), _capital_word("I see")
    (True, False, False)
    """
    word = text.split(maxsplit=1)[0].rstrip(",.:") if text.strip() else ""
    return len(word) >= 2 and word.isupper()


# Titles that are no name of their own: "MS." before "ANA ROE, DIRECTOR, …:" is no label.
_BARE_TITLES: Final = frozenset(("MR", "MRS", "MS", "MISS", "DR", "MESSRS"))
_LABEL_PATTERNS: Final = (
    (P.UPPER_LABEL, False),
    (P.COLON_LABEL, True),
    (P.TITLED_LABEL, False),
    (P.HOLDER_LABEL, True),
)
# Who asks in "Questions from COUNSEL TO THE INQUIRY": a role, not a name.
_COUNSEL = recache.compile(r"\b(?:COUNSEL|INQUIRY|COMMISSION|TRIBUNAL|THE)\b", re.I)

_THE_WITNESS: Final = norm_label("THE WITNESS")
# A double-quoted YAML value's line folded after "\" and its escapes.
# "\" at a line's end (the lines are joined by white space here), maybe "\ " below:
# the fold is nothing, the escaped space below it a space ("Essence\_\" over
# "  Festival" is "Essence\u00a0Festival"; "Moderated\" over "  \ by", "Moderated by")
_YAML_FOLD: Final = recache.compile(r"\\\s+(?P<space>\\ )?(?=\S)")
_YAML_ESCAPE: Final = recache.compile(r"\\(?:u(?P<u>[0-9A-Fa-f]{4})|(?P<c>.))")
# A news transcript's first label for a voice, all in capitals: the name (with a
# party), a comma, who they are: "ANA LOPEZ, CNN ANCHOR:", "TERESA VANCE (D),
# MAYOR OF RIVERTON, IOWA:"; later labels give the surname alone.
_CAPS: Final = r"[^\W\d_a-zß-ÿ]"  # a capital letter, also Ó or Ł (no small letter is one)
_NEWS_LABEL: Final = recache.compile(
    rf"^(?P<name>{_CAPS}(?:{_CAPS}|[.'’-])+(?: {_CAPS}(?:{_CAPS}|[.'’-])+){{1,3}})"
    r"(?: \([A-Z]{1,3}\))?,"
    # (a union's office runs long and names it short in brackets: "…, SHEET METAL,
    # AIR, RAIL AND TRANSPORTATION UNION (SMART) TRANSPORTATION DIVISION:")
    rf"(?P<office> (?:{_CAPS}|[0-9&/.'’()-])+(?:[ ,]{{1,2}}(?:{_CAPS}|[0-9&/.'’()-])+){{0,15}}):"
    r"[ \t]+(?P<rest>\S.*)"
)
_SOUND_CUE: Final = recache.compile(
    r"(?:ACTUALITY|SFX|FX|SOUND|MUSIC|GRAMS|ATMOS|AUDIO|CLIP)\s?:\s+\S"
)
_END_MARK: Final = recache.compile(
    r"END(?: OF (?:TRANSCRIPT|DOCUMENT|RECORDING|SHOW|PROGRAMME|PROGRAM|BROADCAST))?\.?"
)
_INITIAL_AT_END: Final = recache.compile(r"(?<![\w.])[A-Z]\.$")
# A form's field: a name of two to six words in capitals, then its value.
_FORM_FIELD: Final = recache.compile(
    r"^(?P<key>[A-Z][A-Z/&'-]+(?:,? (?:[A-Z][A-Z/&'-]+|OR|AND|OF)){1,5}):[ \t\xa0]+(?P<value>\S.*)"
)
# A one-word key in capitals and a value in capitals or figures, as an
# immigration museum sums up the crossing under its fields: "AGE:  3",
# "SHIP:  PHILADELPHIA".
_SUMMARY_FIELD: Final = recache.compile(r"^(?P<key>[A-Z]{2,12}):[ \t\xa0]+(?P<value>[^a-z]{1,40})$")
# A thematic break as Markdown writes it: "---", "***", "___", "- - -".
_THEMATIC_BREAK: Final = recache.compile(r"(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}")
# A press office's release line: "For Immediate Release     March 4, 2025".
_RELEASE_DATE: Final = recache.compile(
    rf"(?i:for\s+immediate\s+release)[ \t,:;.-]*(?P<date>{P.DATE})\.?$"
)

# A meeting's agenda item as its minutes head it: "Agenda item 3: budget amendment".
_AGENDA_ITEM = recache.compile(
    r"(?i:(?:agenda\s+)?item)\s+(?:No\.\s*)?\d{1,3}[a-z]?\s*[:.–-]\s+\S.{0,100}$"
)

# "(10.00 am)", "(2:15 p.m.)": when the sitting began, resumed or rose.
_TIME_REMARK = recache.compile(r"\(\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.?m\.?|o'clock)\)", re.I)

_PAREN = recache.compile(r"[(（][^()（）]*[)）]|\[[^\[\]]*\]")
# "The Chairwoman.", "The CHAIRMAN": whoever presides.
_THE_CHAIR = recache.compile(r"^(?:The\s+)?(?:Chair|Chairman|Chairwoman|Chairperson)$", re.I)
_TITLED_NAME = recache.compile(
    rf"^(?:{P.PERSON_TITLES}|M|Mme|Mlle|Herr|Frau"
    # a Spanish or Italian record's "(SEÑORA SÁNCHEZ DE LA FUENTE)", "(On. Rossi)"
    r"|(?i:señora?|sra?|doña|don|signora?|on))\.?\s+[A-ZÁÉÍÓÚÑ]"
)


# A name given by initials and surname: "J. MORALES", "A.B. Chen".
_INITIALLED_NAME: Final = recache.compile(r"^(?:[A-Z]\.\s?){1,3}[A-Z][\w’'-]+$")


# A label's name and the parentheses after it: "Mrs. Jane Hale (Oakford) (Lab)".
_LABEL_PARENS: Final = recache.compile(
    r"^(?P<core>[^()]*[^()\s])\s*(?P<parens>(?:\([^()]*\)\s*)+)$"
)


def _record_role(name: str) -> bool:
    """Whether a mixed-case label names a record's officer by role.

    >>> _record_role("The Witness"), _record_role("The Chairman"), _record_role("Mr. Roe")
    (True, False, False)
    """
    words = name.split()
    return len(words) == 2 and words[0] == "The" and words[1].casefold() in RECORD_ROLES


_GLUED_TITLE: Final = recache.compile(r"^([A-Z][a-z]{1,3}\.)(?=[A-Z])")


def _spaced_title(name: str) -> str:
    """The name with a space after its title's stop where a web copy lost it.

    >>> _spaced_title("Mr.Ball")
    'Mr. Ball'
    >>> _spaced_title("Mr. Ball")
    'Mr. Ball'
    """
    return _GLUED_TITLE.sub(r"\1 ", name)


def _split_label(
    name: str, parens: str | None, term: str, gap: str = " "
) -> tuple[str, str, str | None]:
    """Label, person's name and delivery note of a label with parentheses.

    A parenthesis about delivery ("(jokingly)") is a stage note; one that
    identifies ("(United States of America)", "(Mr. Harold Macmillan)") belongs
    to the label, and a titled name in it names the person.

    >>> _split_label("N.S. KHRUSHCHEV", "(jokingly)", ".")
    ('N.S. KHRUSHCHEV', 'N.S. KHRUSHCHEV', '(jokingly).')
    >>> _split_label("The Prime Minister", "(Mr. Harold Macmillan)", ":")
    ('The Prime Minister (Mr. Harold Macmillan):', 'Mr. Harold Macmillan', None)
    >>> _split_label("STAFF", "(J. MORALES)", ":")[1]
    'J. Morales'
    >>> _split_label("Menteri Kewangan", "[Dato’ Rahim Yusof]", ":")[1]
    'Dato’ Rahim Yusof'

    ``gap`` is what stands between the name and its parenthesis in the source, kept
    in the label: "SPEAKER(?).", an FOMC transcript's voice it could not name.

    >>> _split_label("SPEAKER", "(?)", ".", "")[0]
    'SPEAKER(?).'
    """
    if not parens:
        return name + term, name, None
    if parens[:1] == "[" and parens[1:2].isupper():  # "Menteri Kewangan [Dato’ Rahim Yusof]:"
        return f"{name} {parens}{term}", parens[1:-1].strip(), None
    parts = _PAREN.findall(parens)
    staged = [_delivery_part(part) for part in parts]
    # a parenthesis before one that identifies identifies too: "(Kettering) (Con)"
    # is a member's seat and party, and the label keeps its order
    last = max((i for i, stage in enumerate(staged) if not stage), default=-1)
    identify = [part for i, part in enumerate(parts) if i <= last]
    deliver = [part for i, part in enumerate(parts) if i > last]
    person = next((p[1:-1].strip() for p in identify if _holder_named(name, p[1:-1])), name)
    for part in identify:  # "STAFF (J. MORALES):": a role, then who holds it
        if person == name and _INITIALLED_NAME.match(part[1:-1].strip()):
            written = part[1:-1].strip()
            person = title_case(written) if written.isupper() else written
    label = name + gap + " ".join(identify) if identify else name
    if not deliver:
        return label + term, person, None
    return label, person, " ".join(deliver) + term


def _delivery_part(part: str) -> bool:
    """Whether a parenthesis in a label is about delivery: "(jokingly)",
    "(Laughing)", "(Laughing loudly)", a full-width "（笑）"; not a place of
    capitalised words ("(Reading East)") nor a name ("(Kelly Roe)").

    >>> _delivery_part("(Laughing)"), _delivery_part("(Epping Forest)")
    (True, False)
    """
    words = part[1:-1].split()
    if part.startswith("（"):
        return True
    if not words:
        return False
    if words[0][:1].islower():
        return True
    capitalised = all(word[:1].isupper() for word in words[1:])
    return len(words) <= 3 and is_delivery_word(words[0]) and (len(words) == 1 or not capitalised)


def parse_archival(text: str, line: int) -> ArchivalCitation | None:
    """An archival citation, or None.

    >>> c = parse_archival("GARF, f. 5, op. 2, d. 7, ll. 1-3.", 1)
    >>> c.repository, c.collection, c.idnos, c.locus
    ('GARF', '5', (('inventory', '2'), ('file', '7')), '1-3')
    """
    head = P.ARCHIVE_HEAD.match(text) if "A" <= text[:1] <= "Z" else None
    if head is None:
        return None
    keys = list(P.ARCHIVE_KEY.finditer(head.group("rest")))
    if len(keys) < 2:
        return None
    collection: str | None = None
    locus: str | None = None
    idnos: list[tuple[str, str]] = []
    kinds = {
        "collection": "collection",
        "fond": "collection",
        "f.": "collection",
        "record group": "collection",
        "rg": "collection",
        "inventory": "inventory",
        "opis": "inventory",
        "op.": "inventory",
        "file": "file",
        "delo": "file",
        "d.": "file",
        "box": "box",
        "folder": "folder",
        "series": "series",
    }
    for match in keys:
        key = match.group("key").lower()
        value = match.group("value").rstrip(".,")
        kind = kinds.get(key)
        if kind == "collection" and collection is None:
            collection = value
        elif kind is not None and kind != "collection":
            idnos.append((kind, value))
        else:
            locus = value
    tail = head.group("rest")[keys[-1].end() :].lstrip(" .,").rstrip()
    physical = tail if tail and not P.TRANSLATOR.search(tail) else None
    return ArchivalCitation(
        text, head.group("repo"), collection, tuple(idnos), locus, physical, line
    )


def _said(paragraphs: tuple[Paragraph | Narration, ...]) -> bool:
    """Whether a turn's paragraphs hold anything: a label alone has one, empty."""
    return len(paragraphs) != 1 or bool(paragraphs[0].content)


def _timed_segment(para: Paragraph) -> bool:
    """Whether a paragraph opens with a time of the recording in brackets ("[84.1s]
    So", "[00:00:03.800 --> 00:00:06.200] This is …"): a recogniser's segment."""
    first = para.content[:2]
    return (
        len(first) == 2
        and isinstance(first[0], Text)
        and first[0].value == "["
        and isinstance(first[1], TimeMark)
    )


def _timed_alone(turn: Turn) -> bool:
    """Whether a turn's label ends with its time and has no words after it
    ("Speaker 0: 00:01:17"): a head over the words of the paragraphs below."""
    return turn.stamp is not None and turn.label.rstrip().endswith(turn.stamp.text)


def assemble(
    blocks: list[Block], file: str, reporter: Reporter, names: frozenset[str] = frozenset()
) -> list[Block]:
    """Put continuation paragraphs into their turn; absorb names under a closer;
    tell narration from continuation.

    Before: ``[Turn(MAO, p1), Paragraph(p2), Narration(...)]``
    After:  ``[Turn(MAO, p1, p2), Narration(...)]``
    """
    out: list[Block] = []
    for index, block in enumerate(blocks):
        previous = out[-1] if out else None
        # a file format's own lines (a cue's number) do not end a turn
        at = len(out) - 1
        while at > 0 and isinstance(out[at], Boilerplate) and isinstance(block, Paragraph):
            at -= 1
        topic = out[at] if isinstance(block, Paragraph) and at > 0 else None
        if isinstance(topic, Heading) and isinstance(out[at - 1], Turn) and _topic_head(topic):
            # "_Correction about the ferry timetable_", then the speaker goes on: the topic
            # is a line of the record inside the turn, not a section the turn left
            turn = out[at - 1]
            assert isinstance(turn, Turn)
            line = Narration(topic.content, topic.line)
            del out[at:]
            out[at - 1] = evolve(turn, "paragraphs", (*turn.paragraphs, line, block))
            continue
        if isinstance(block, Paragraph) and at > 0 and _remark(out[at]):
            # "(Beifall bei der CDU.)" in the middle of a speech, which goes on
            # below it: the remark and the rest of the speech are the turn's
            first = at
            while first > 0 and _remark(out[first]):
                first -= 1
            if isinstance(out[first], Turn) and not _looks_like_narration(block, names):
                turn = out[first]
                assert isinstance(turn, Turn)
                remarks = [b for b in out[first + 1 :] if isinstance(b, Narration)]
                if len(remarks) == len(out) - first - 1:
                    del out[first + 1 :]
                    # (a label alone whose speech opens with the remark: no empty paragraph)
                    kept = turn.paragraphs if _said(turn.paragraphs) else ()
                    out[first] = evolve(turn, "paragraphs", (*kept, *remarks, block))
                    continue
        if isinstance(block, Paragraph) and at >= 0 and isinstance(out[at], Turn):
            turn = out[at]
            assert isinstance(turn, Turn)
            if turn.style == AUDIENCE_QUOTE:
                # "> Keybase." / "Keybase is a directory.": the host answers, unlabelled
                host = next((b for b in reversed(out) if _resumable(b)), None)
                if host is not None:
                    out.append(Turn("", host.name, None, (block,), block.line, style=RESUMED))
                    continue
            if index == len(blocks) - 1 and _one_line_transmissions(out):
                out.append(block)  # a closing note under a tape's timed lines
                continue
            if not _machine_made(turn) and _looks_like_narration(block, names):
                reporter.info(
                    "I102",
                    "an unlabelled paragraph inside the conversation was read as narration "
                    "(third person, no speaker's pronouns)",
                    Span(file, block.line, 1),
                )
                out.append(Narration(block.content, block.line, guessed=True))
                continue
            # ("Speaker 0: 00:01:17" alone, its words below: no empty paragraph before them)
            kept = turn.paragraphs if _said(turn.paragraphs) or not _timed_alone(turn) else ()
            if kept and not _said(kept) and block.content and _timed_segment(block):
                # "**SPEAKER_01:**" alone over its segments, each with its time
                # ("[84.1s] So"): the label's line, no empty paragraph of words
                kept = ()
                turn = evolve(turn, "alone", True)
            out[at] = evolve(turn, "paragraphs", (*kept, block))
            continue
        if (
            isinstance(block, Paragraph | Commentary)
            and isinstance(previous, NoteBody)
            and previous.marker == "numbered"
            and isinstance(blocks[index + 1] if index + 1 < len(blocks) else None, NoteBody)
        ):
            # "11.  D. Rekosh, … (1969)." / "  D. Rekosh, … (1970)." / "12.  …": a
            # second reference under a numbered end note, no number of its own
            out[-1] = evolve(previous, "content", (*previous.content, LineBreak(), *block.content))
            continue
        if isinstance(previous, Closer) and isinstance(block, Commentary):
            text = _plain(block.content)
            if P.SHORT_NAME.match(text) and len(text) <= 60:
                out[-1] = Closer(
                    (*previous.content, LineBreak(), *block.content),
                    (*previous.names, text),
                    previous.line,
                )
                continue
        out.append(block)
    return out


# A speaker going on after a voice from the floor, with no label of their own.
RESUMED: Final = "resumed after a voice from the floor"
MARKED_TURN: Final = "a recogniser's segment after its turn mark"


def _resumable(block: Block) -> TypeGuard[Turn]:
    """A labelled turn whose speaker the next unlabelled words may resume."""
    return isinstance(block, Turn) and block.style != AUDIENCE_QUOTE


# A Markdown heading that is a file's name: "# 19901207_transcript.pdf".
_FILE_HEADING: Final = recache.compile(
    r"#{1,2}[ \t]+[\w.\-]{1,120}\.(?i:pdf|docx?|rtf|odt|txt|html?)"
)
# A converter's note under it, in italics ("*Extracted on: 2025-08-20 16:53:35*",
# "*Pages: 10, Tables: 0*"), or its heading over the text ("## Document Content").
_CONVERTER_NOTE: Final = recache.compile(
    r"\*[A-Z][\w ]{1,30}:[ \t][^*\n]{1,80}\*|#{1,3}[ \t]+(?:Document[ \t]+)?(?:Content|Text)s?"
)


def _markup(text: str) -> bool:
    """A line of HTML tags alone (``<center><img …></center>``, ``<!--more-->``)."""
    return text[:1] == "<" and text[-1:] == ">" and P.MARKUP_LINE.match(text) is not None


def _topic_head(block: Heading) -> bool:
    """A section heading that is a topic's title in italics ("_Draft rule …_")."""
    words = [i for i in block.content if isinstance(i, Text)]
    return len(words) == len(block.content) and _topic_line(_plain(block.content))


_TIME_BRACKETS: Final = frozenset(("", "[", "]", "(", ")"))


def _remark(block: Block) -> bool:
    """ "(Applause.)", "[Laughter]": a line of its own about the scene (after its
    margin number, if the record has them: "5  [ Applause ]")."""
    if not isinstance(block, Narration) or block.guessed:
        return False
    # (a printed page's break and running heads may stand before it: "[Deputy Ann
    # Roe.]" at the page's top names the speaker who goes on below)
    words = [i for i in block.content if not isinstance(i, LineBreak | PageMark | Folio)]
    if any(isinstance(i, TimeMark) for i in words):
        # "[00:02:07]" alone, a new paragraph of the same answer under it (an oral
        # history's time codes): a point of the recording inside the turn
        return all(
            isinstance(i, TimeMark) or (isinstance(i, Text) and i.value.strip() in _TIME_BRACKETS)
            for i in words
        )
    return (
        len(words) == 1
        and isinstance(words[0], Text)
        and (
            _WHOLE_REMARK.match(words[0].value) is not None
            or _INTERJECTING.match(words[0].value) is not None  # "Senators interjecting—"
            or _INTERJECTING_BARE.match(words[0].value) is not None  # "Mr Roe interjecting"
            or _CHAIR_TAKEN.match(words[0].value) is not None  # "The Deputy … took the Chair."
        )
    )


# A capitalised word with small letters, also "McKenzie", "O'Brien", "MacLeod",
# and a German name's sharp s ("Strauß", "Weiß": ß stands just before à)
_NAME_WORD: Final = rf"{P.UP}[a-zß-ÿ’'-]+(?:{P.UP}[a-zß-ÿ’'-]+)?"
# Two or three such words: a person's full name.
# (an Irish surname's prefix before its last word: "Fergal Ó Dálaigh", "Áine Ní Bhriain")
_PATRONYMIC: Final = "(?:" + "|".join(PATRONYMIC_PREFIXES) + ")"
# A year in brackets after a name in the front matter: "(geb. 1938)", "(b. 1938)".
# A year after a maker's name and a comma, its month before it or not: ", 2/1996"
_YEAR_AFTER: Final = recache.compile(r",[ \t]*(?:\d{1,2}/)?(?:1[89]|20)\d\d$")
_BORN_NOTE: Final = recache.compile(r"[ \t]\([^()]{0,24}\b(?:1[89]|20)\d\d\b[^()]{0,24}\)$")
# What a roster's key holds: a title and a name, nothing more ("Mrs Amanda Green").
_ROSTER_ENTRY: Final = recache.compile(
    rf"^(?:{P.HONORIFIC})\s+{P.UP}[\w’'\-]+(?:\s+(?:{P.PARTICLE}|{P.UP}[\w’'\-]*\.?)){{0,3}}$"
)
_PERSONAL_NAME: Final = recache.compile(
    rf"^{_NAME_WORD}(?:\s+(?:{P.PARTICLE}\s+)?{_NAME_WORD}){{0,1}}"
    rf"\s+(?:(?:{P.PARTICLE}|{_PATRONYMIC})\s+)?{_NAME_WORD}$"
)


# A full name at the end of a text: the name before "(JF)" that spells out initials
_SPELLED_BEFORE: Final = recache.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}$")


# A holder named without a title: "(Ada Crane)", "(Owen ap Rhys)".
# How an office is written before its holder's name in parentheses: "The Minister
# for Roads (Ned Fry):", a Spanish record's "El señor PRESIDENTE (Gil Soto):".
# A Brazilian chamber's member, "O SR." or "A SRA." and the name in capitals
# ("O SR. PRESIDENTE", "A SRA. ANA LIMA"), before a bracket and " - ".
_BRAZILIAN_MEMBER: Final = recache.compile(r"^(?:O SR|A SRA)\. [A-ZÀ-Ý][A-ZÀ-Ý'’\- ]+$")
_OFFICE_LEAD: Final = recache.compile(
    r"^(?:The|El señor|La señora|O señor|A señora|El senyor|La senyora|(?i:el|la)) "
)
_UNTITLED_HOLDER: Final = recache.compile(
    rf"^{_NAME_WORD}(?:\s+(?:{P.PARTICLE}\s+)?{_NAME_WORD}){{1,3}}$"
)


def _holder_named(name: str, inner: str) -> bool:
    """Whether a parenthesis after a label's name names who speaks: a titled
    name ("The Prime Minister (Mr. Harold Macmillan)"), or a plain name after
    an office ("The Minister for Roads (Ned Fry)").

    >>> _holder_named("The Minister for Roads", "Ned Fry"), _holder_named("Ada", "Ned Fry")
    (True, False)
    >>> _holder_named("El señor VICEPRESIDENTE", "Gil Soto")
    True
    """
    if _TITLED_NAME.match(inner):
        return True
    # (an office of a joining word without "The": "Minister of State at the Department")
    led = _OFFICE_LEAD.match(name) or P.HOLDER_LEAD_OFFICE.match(name)
    if led is None or _UNTITLED_HOLDER.match(inner.strip()) is None:
        return False
    words = name.replace("-", " ").casefold().split()
    return any(w in _OFFICE_WORDS or w in HOLDER_OFFICES for w in words)


def _listed_as(label: str, listed: list[str]) -> str | None:
    """The one listed name a label gives less fully: "Joe Mosnier" or "Tom
    Okafor" for "Joseph Mosnier" or "Thomas Okafor" (same surname, given names
    with the same initial); or, a label of one word, the one listed name it
    gives the first word of ("ANA:" for the host "Ana Ruiz")."""
    words = label.split()
    if len(words) == 1 and label.isalpha():
        given = label.casefold()
        named = {n for n in listed if len(n.split()) >= 2 and n.split()[0].casefold() == given}
        surnamed = any(n.split()[-1].casefold() == given for n in listed)
        return named.pop() if len(named) == 1 and not surnamed else None
    # (a label in capitals, as a hearing's full first label is: "SENATOR TOM O'MARA:"
    # under "SENATOR THOMAS O'MARA" of the roster: the name after the title, its
    # shape tested as a name's)
    if label.isupper():
        words = drop_title(label).split()
        label = " ".join(words)
    shaped = label.title() if label.isupper() else label
    if len(words) < 2 or not _PERSONAL_NAME.match(shaped):
        return None
    found = {
        name
        for name in listed
        if len(name.split()) >= 2
        and name.split()[-1].casefold() == words[-1].casefold()
        and name.split()[0][:1].casefold() == words[0][:1].casefold()
        and name != label
    }
    return found.pop() if len(found) == 1 else None


# A title and a surname: "Mr. Carver", "Mrs. Joan Pell", "Dr. Okafor".
_TITLED_SURNAME: Final = LazyPattern(
    rf"^(?:{P.PERSON_TITLES}|Prof)\.?\s+(?:{_NAME_WORD}\s+){{0,2}}"
    rf"{_NAME_WORD}$"
)


# A peer as the Lords' record names one: "Baroness Hallam of Bexford", "Lord Penrose",
# "Viscount Ashby of Hale".
_PEER: Final = recache.compile(
    r"^(?:Lord|Lady|Baroness|Viscount(?:ess)?|Earl|Countess|Marquess|Duke|Duchess)\s+"
    rf"{_NAME_WORD}(?:\s+of\s+{_NAME_WORD}(?:\s+{_NAME_WORD})?)?$"
)


def _personal(name: str) -> bool:
    """A person's full name, or a title and a surname, after any office
    ("Vizepräsident Dr. Schäfer", "Senator Jane Roe"), or a peer's title
    ("Baroness Hallam of Bexford")."""
    if _PERSONAL_NAME.match(name) or _TITLED_SURNAME.match(name) or _PEER.match(name):
        return True
    office = P.HONORIFIC_PREFIX.match(name)
    rest = name[office.end() :] if office is not None else ""
    return bool(rest) and bool(
        _PERSONAL_NAME.match(rest) or _TITLED_SURNAME.match(rest) or _SURNAME.fullmatch(rest)
    )


# An entry of an index of names after an interview: "Denholm, Walter, 1-4", "Lund, Peter, 1, 3".
_INDEX_ENTRY: Final = recache.compile(
    r"[A-Z][\w'’-]{1,30}, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3},? \d{1,4}\b"
)
# The head of an oral history's next session, alone between its turns: "Interview #2",
# "Session 2", "SESSION TWO" (the Senate Historical Office's and others' transcripts).
_SESSION_HEAD: Final = recache.compile(
    r"(?:Interview|Session|INTERVIEW|SESSION) (?:#[ ]?)?(?:\d{1,2}|(?i:one|two|three|four|five"
    r"|six|seven|eight|nine|ten|eleven|twelve))"
)


def _session_head(text: str) -> bool:
    """An oral history's next session alone on its line, maybe with its date after
    a comma, a colon or a dash ("Session 2", "Session 2, 21 March 1998",
    "INTERVIEW #3 - MAY 2, 1987"); never a sentence that opens so.

    >>> [_session_head(t) for t in ("Session 2", "Session 2, 21 March 1998",
    ...     "SESSION TWO: MAY 2, 1987", "Session 2, we thought, went well.")]
    [True, True, True, False]
    """
    head = _SESSION_HEAD.match(text)
    if head is None:
        return False
    rest = text[head.end() :].lstrip(" \t")
    if not rest:
        return len(text) <= 24
    # the date after a comma, a colon or a dash, and nothing else
    return rest[:1] in ",:\u2013\u2014-" and P.parse_date(rest[1:].strip()) is not None


# A Markdown heading: "## How it began".
# (a time may open it, as podcast sites head each part: "## [00:00:33] Intro")
# An HTML heading alone on its line: "<h3 id="about">About Emily</h3>".
_HTML_HEADING: Final = recache.compile(r"<([hH][1-6])(?:[ \t][^<>\n]{0,200})?>[^<>\n]{1,200}</\1>")
_MARKDOWN_HEADING: Final = recache.compile(r"#{1,6}[ \t]+(?:\\?\[\d[\d:.]{3,11}\\?\][ \t]+)?[^\W_]")
# A Markdown heading that holds a time of the recording and nothing else: "## 00:29:40",
# "## [00:29:40]" (an oral history edited in Markdown heads each turn with its time).
_HEADING_CLOCK: Final = recache.compile(
    r"(#{1,6}[ \t]+\\?\[?)(\d{1,2}):([0-5]\d):([0-5]\d)(\\?\]?)"
)


def _heading_clock(text: str) -> tuple[Inline, ...] | None:
    """A Markdown heading holding a time alone, as a point of the recording (its
    marks kept as text); None for any other heading.

    >>> _heading_clock("## 00:29:40")
    (Text(value='## '), TimeMark(text='00:29:40', seconds=1780, ident='', clock=None))
    >>> _heading_clock("## 00:29:40 Intro"), _heading_clock("## Forking Linux")
    (None, None)
    """
    clock = _HEADING_CLOCK.fullmatch(text)
    if clock is None:
        return None
    hours, minutes, seconds = (int(clock.group(n)) for n in (2, 3, 4))
    mark = TimeMark(text[clock.start(2) : clock.end(4)], hours * 3600 + minutes * 60 + seconds)
    after = (Text(clock.group(5)),) if clock.group(5) else ()
    return (Text(clock.group(1)), mark, *after)


# A line all in italics (or in one pair of asterisks): "_Draft rule for unpaid fares_".
_ITALIC_LINE: Final = recache.compile(r"(?P<m>[_*])(?P<words>[^\W_][^_*\n]{2,118})(?P=m)")


def _topic_line(text: str) -> bool:
    """A topic's title set in italics on its own line between the turns of a
    Markdown transcript whose labels are in emphasis: two words or more, the
    first with a capital, and no stop or comma at its end (a sentence in
    italics, "_I said no._", is speech)."""
    found = _ITALIC_LINE.fullmatch(text)
    if found is None:
        return False
    words = found.group("words").rstrip()
    return words[:1].isupper() and len(words.split()) >= 2 and words[-1] not in ".,;:!?"


# A transcriber's section marker: "[INTRODUCTION]", "[EPISODE]", "[INTERVIEW BEGINS]".
_SECTION_MARKER: Final = recache.compile(r"\[(?P<word>[A-Z]{2,20})(?: [A-Z]{2,20}){0,2}\]")
# The keys of a YAML front matter that name who transcribed the record.
_YAML_MAKERS: Final = frozenset(("transcript_by", "transcribed_by", "transcriber"))
# The keys of a YAML front matter that name the record where it has no "title:",
# in order, and how long such a value may be (a description of a paragraph is none).
_YAML_TITLE_KEYS: Final = ("episode", "headline", "subject", "description")
_YAML_TITLE_MAX: Final = 100
# The keys of a YAML front matter whose list names the speakers.
_YAML_SPEAKERS: Final = frozenset(("speakers", "hosts", "guests", "participants"))
_QUOTED_ITEM: Final = recache.compile(r'"[^"\n]{1,80}"|\'[^\'\n]{1,80}\'')
# A YAML list item that is a name: "- Ada Moss", "- name: Ada Moss".
_YAML_ITEM: Final = recache.compile(r"- (?:name:[ \t]*)?(?P<name>\S.*)")
# The initials in a label's parentheses: "Max Hale (MH):".
# ("(AvW)": a particle's letter in small type among the capitals, as Dutch names write it)
_INITIALS_KEY: Final = recache.compile(r"\((?P<initials>[A-Z](?:[a-z]{0,2}[A-Z]){1,3})\)")
# One capitalised word with small letters: a surname ("Müller").
_SURNAME: Final = recache.compile(rf"{P.UP}[a-zß-ÿ’'-]+")  # (ß: "Strauß (CSU):")


def _spelled_elapsed(text: str) -> tuple[Inline, ...] | None:
    """An elapsed time spelled with its units alone on a line, its brackets kept
    around the time: a point of the recording, no words of a speech. Two units, or
    one written out ("21min"), are needed: "5m" alone may be five metres.

    >>> [type(i).__name__ for i in _spelled_elapsed("((37min 58sec))") or ()]
    ['Text', 'TimeMark', 'Text']
    >>> _spelled_elapsed("1h 20m 28s")[0].seconds, _spelled_elapsed("5m")
    (4828, None)
    >>> _spelled_elapsed("(2m 1s") is None
    True
    """
    found = _SPELLED_ELAPSED.fullmatch(text)
    if found is None:
        return None
    hours, minutes, seconds = found.group("h", "m", "s")
    parts = sum(part is not None for part in (hours, minutes, seconds))
    worded = len(found.group("mu") or "") > 1 or len(found.group("su") or "") > 1
    opened, closed = found.group("open") or "", found.group("close") or ""
    if (parts < 2 and not worded) or len(opened) != len(closed):
        return None
    total = int(hours or 0) * 3600 + int(minutes or 0) * 60 + int(seconds or 0)
    mark = TimeMark(text[len(opened) : len(text) - len(closed)], total)
    return (Text(opened), mark, Text(closed)) if opened else (mark,)


def _role_key(delivery: str) -> str | None:
    """The role a label's parentheses give after the name, as a federal agency's
    podcast writes its host's first turn ("ANA RUIZ (HOST):", then "HOST:"): the
    role as written, which the later labels repeat.

    >>> _role_key("(HOST)"), _role_key("(Host)"), _role_key("(AR)"), _role_key("(laughs)")
    ('HOST', 'Host', None, None)
    """
    inner = delivery[1:-1] if delivery[:1] == "(" and delivery[-1:] == ")" else ""
    return inner if inner.casefold() in ROLE_LABELS else None


def _letter_key(name: str, delivery: str) -> bool:
    """Whether a one-word name keys its own first letter, as a podcast's transcript
    introduces a guest known by one name ("Murch (M): …", then "M: …"); a second
    voice whose full name shares the letter ("Matt Corallo (MC):") must not take
    the "M" turns. ("Q" and "A" stay the question and the answer of an interview.)

    >>> _letter_key("Murch", "(M)"), _letter_key("Murch", "(B)"), _letter_key("Ann Lee", "(A)")
    (True, False, False)
    """
    return (
        len(delivery) == 3
        and delivery[0] == "("
        and delivery[1] == name[:1]
        and name[:1] not in "QA"
        and _SURNAME.fullmatch(name) is not None
    )


# A party or a constituency in brackets after a member's name: "(KPD)",
# "(CDU/CSU)", "(Westbury) (Con)", "(R-Tex.)".
_PARTY: Final = recache.compile(
    r"[(（][A-ZÄÖÜ][\w./&-]*(?:\s[A-ZÄÖÜ][\w./&-]*){0,2}[)）](?:\s*\([A-Z][\w./&-]*\))?"
)


# A member's seat, then party: "(Bootle) (Lab)", "(Liverpool, West Derby) (Lab/Co-op)".
_SEAT_AND_PARTY: Final = recache.compile(
    rf"[(（]{P.UP}[^()（）\n]{{0,60}}[)）]\s*\([A-Z][\w./&-]{{0,15}}(?:\s[A-Z][\w./&-]{{0,15}}){{0,2}}\)"
)


def _oath_line(text: str) -> re.Match[str] | None:
    """A line naming the witness sworn: "ANA LIND, SWORN", "JOHN DOE, having been
    first duly sworn, …" (:data:`P.WITNESS_SWORN`), "DR RUTH IMRIE (sworn)"."""
    sworn = P.WITNESS_SWORN.match(text) if _sworn_name_first(text) else None
    return sworn if sworn is not None else P.witness_oath(text)


def _sworn_name_first(text: str) -> bool:
    """Whether :data:`P.WITNESS_SWORN` can match: a capital opens the line and
    one to four words stand before its first comma (the name, then ", having
    been sworn")."""
    comma = text.find(",")
    return comma > 0 and "A" <= text[0] <= "Z" and len(text[:comma].split()) <= 4


def _participants_head(text: str) -> re.Match[str] | None:
    """:data:`P.PARTICIPANTS_HEAD`, not tried on a line whose first character is
    an ASCII letter no heading word starts with (the words start with p, a, i,
    t, o in any case; other letters, such as "ı", may match one ignoring case)."""
    first = text[:1]
    if first.isascii() and first.lower() not in _HEAD_FIRST:
        return None
    return P.PARTICIPANTS_HEAD.match(text)


# the first letters of PARTICIPANTS_HEAD's words ("present", "attendees", "in
# attendance", "those present", "obecni", "opening by", "witnesses", "speakers", "members present",
# "representatives", "commissioners", "board members", "legislators", "guests", and the
# body's name before one: "senate", "house", "roundtable", "forum", "hearing"):
# a word added there adds its letter here
_HEAD_FIRST: Final = "paitowsmrcblghf"
_NOTE_FIRST: Final = "[" + P.SUPERSCRIPT_DIGITS


def _marked_at(marked: str, at: int) -> int:
    """Where the character at ``at`` of a text read without its break marks
    stands in the text with them.

    >>> _marked_at("KEY: \ue000Ann Roe \ue001Jo Lee", 5)
    6
    """
    seen = 0
    for index, char in enumerate(marked):
        if _LINE_MARK.match(char):
            continue
        if seen == at:
            return index
        seen += 1
    return len(marked)


_HEADING_MARKS: Final = recache.compile(r"#{1,6}[ \t]*(?P<m>\*\*|__|_|\*)?")


def _unmarked(text: str) -> str:
    """A line without the Markdown that heads it ("### Attendees", "#### **This
    editable transcript …**" → the words), for rules that read the words.

    >>> _unmarked("#### **Note here.**"), _unmarked("# Transcript"), _unmarked("Plain")
    ('Note here.', 'Transcript', 'Plain')
    """
    marks = _HEADING_MARKS.match(text) if text[:1] == "#" else None
    if marks is None:
        return text
    emphasis = marks.group("m") or ""
    words = text[marks.end() :]
    return words[: -len(emphasis)] if emphasis and words.endswith(emphasis) else words


# A committee's chair by office ("Q1 Chair: …").
_CHAIR_WORDS: Final = frozenset(("chair", "chairman", "chairwoman", "chairperson"))
# The keys that name a committee's witness over the questions ("Witness: NAME, OFFICE").
_WITNESS_KEYS: Final = frozenset(("witness", "witnesses"))


def _metadata_field(text: str) -> re.Match[str] | None:
    """:data:`P.METADATA_FIELD`, tried only where a colon follows the key or the
    key ends with "by" (such keys are at most 14 characters long)."""
    if ":" not in text and "：" not in text[:4] and "by" not in text[:20].lower():
        return None
    field = P.METADATA_FIELD.match(text)
    if field is not None and field.group("bm") and field.group("key").casefold() in _CALLOUTS:
        return None  # "**Note:** needs Python 3.10": a page's callout, no field of its head
    return field


def _legend(text: str) -> re.Match[str] | None:
    """:data:`P.LEGEND`, tried only where a short label and its colon open the line."""
    return P.LEGEND.match(text) if ":" in text[:5] else None


def _summary_field(text: str) -> re.Match[str] | None:
    """A one-word key and a short value with no small letter ("SHIP:
    PHILADELPHIA"), asked only under an interview's fields and before any turn:
    the crossing's summary, no speaker's first word ("INTERVIEWER: OKAY." has
    its stop, read as a sentence by the caller)."""
    return _SUMMARY_FIELD.match(text) if len(text) <= 56 else None


def _place_alone(text: str) -> bool:
    """A place alone on its line: two or three parts between commas, each of one
    to four words in capitals ("Santa Barbara, California", "Leiden, Netherlands");
    read word by word, no pattern, so a long line costs no backtracking."""
    parts = text.split(", ")
    if not 2 <= len(parts) <= 3:
        return False
    for part in parts:
        words = part.split(" ")
        if not 1 <= len(words) <= 4:
            return False
        for word in words:
            if not word[:1].isupper() or not all(c.isalnum() or c in ".’'-" for c in word):
                return False
    return True


def _initials_legend(text: str) -> tuple[str, str, str] | None:
    """ "RF: Rosa Fuentes, interviewer", "TL = Teodora Lisle (narrator)": the
    label, the name and the role (empty if none), where the label's letters are
    the name's initials (so "OK: Thanks, everyone" and "Q: Ruth Ames?" are not)."""
    if not text[:1].isupper() or len(text) > 110:
        return None
    match = P.INITIALS_LEGEND.match(text)
    if match is None:
        return None
    label, name = match.group("label"), match.group("name")
    role = (match.group("role") or match.group("role2") or "").strip()
    if not _legend_name(name):
        return None
    if label not in initials_forms(GENDERED.sub("", drop_title(name))) and not _role_code(
        label, role
    ):
        return None
    if role and (not role[:1].islower() or len(role.split()) > 3 or role[-1:] in ".?!"):
        # "AB: Ann Bell, Houston" names a place, not a role; "KL: Kim Lowe, yes."
        # is said (a role in a key ends with no stop)
        return None
    return label, name, role


def _role_code(label: str, role: str) -> bool:
    """Whether a legend's label shortens the role it gives, a number after it or
    not ("INT" for interviewer, "RES" for respondent, "INT2", "IE" for
    interviewee): its letters the role word's, in order, from its first.

    >>> _role_code("INT2", "interviewer"), _role_code("RES", "respondent")
    (True, True)
    >>> _role_code("OK", "yes"), _role_code("TV", "interviewer"), _role_code("R", "")
    (False, False, False)
    """
    letters = label.rstrip("0123456789").casefold()
    word = role.split()[0].casefold() if role.split() else ""
    if len(letters) < 1 or not word or word[:1] != letters[:1] or len(word) < 4:
        return False
    at = 0
    for letter in letters:
        at = word.find(letter, at) + 1
        if not at:
            return False
    return True


def _legend_key(role: str) -> str:
    """The field's key for a legend's role: an interviewer or the one
    interviewed by their usual key, another role as written, none a participant."""
    folded = role.casefold()
    if folded.startswith(_ASKING_ROLES):
        return "interviewer"
    if folded.startswith(_ANSWERING_ROLES):
        return "interviewee"
    return folded or "participant"


_ASKING_ROLES: Final = ("interviewer", "entrevistador", "enquêt", "intervieweu")
_ANSWERING_ROLES: Final = (
    "narrator",
    "interviewee",
    "befragte",
    "interviewte",
    "erzähler",
    "entrevistad",
    "témoin",
)


def _legend_name(text: str) -> bool:
    """A person's name in a legend's parentheses, not a description ("Pflegekraft,
    anonymisiert")."""
    return "," not in text and bool(P.SHORT_NAME.match(GENDERED.sub("", drop_title(text))))


def _heading(name: str) -> bool:
    return any(word.casefold() in HEADING_WORDS for word in name.split())


def _one_word_said(value: str) -> bool:
    """A role field's value that is a word said, not a name: "MODERATOR:
    Welcome.", "Host: Thanks!" (a name ends with a stop only after an initial)."""
    value = value.strip()
    if " " in value or len(value) <= 3:
        return False
    # ("Interviewer: Nakamura." is a name with a stop after it)
    return value[-1:] in "!?" or (value[-1:] == "." and value[:-1].casefold() in _SAID_WORDS)


# Words said alone after a role's label, where a name would stand in a field.
_SAID_WORDS: Final = frozenset(
    "welcome thanks hello morning afternoon evening greetings okay right yes good".split()
)


def _subject_head(rest: str) -> bool:
    """Whether the words after a colon are the second part of a subject heading,
    as Westminster's written answers head each question ("Animal Health: Wales",
    "Armed Forces: Pay"): a few words, each capitalised or a joining word, no
    sentence's end and no figure.

    >>> _subject_head("Wales"), _subject_head("Higher Education"), _subject_head("Yes.")
    (True, True, False)
    >>> _subject_head("I agree"), _subject_head("Children and Families")
    (False, True)
    """
    # (cheap first: a short line opening with a capital)
    if len(rest) > 40 or not rest[:1].isupper() or rest[-1:] in _SAID_ENDS:
        return False
    words = rest.split()
    return len(words) <= 4 and all(
        (w[:1].isupper() and w[1:2].islower()) or w in _SUBJECT_JOINS for w in words
    )


_SUBJECT_JOINS: Final = frozenset(("and", "of", "for", "in", "the", "on"))


def _talks(rest: str) -> bool:
    """Whether words after a label talk as a speaker does: a question or an
    exclamation, or a speaker's "I", "we", "you" ("When does the work begin?")."""
    return "?" in rest or "!" in rest or _ADDRESSED.search(rest) is not None


def _opens_as_speech(rest: str) -> bool:
    """Whether words after a label open as speech does: a capital, a quotation
    mark or a bracket ("Good morning.", "[laughs] Yes", "“Never.”"); not a small
    letter or a figure ("the room changed", "14 votes")."""
    first = rest[:1]
    return first.isupper() or (first != "" and not first.isalnum())


# A sentence's opening: a capital, then small letters ("The board", "I was").
_SENTENCE_OPEN: Final = recache.compile(r"[A-Z][a-z’']|[IA]\b")
# Words spoken to or by someone, never in a caption's line: "…, you have been there".
_ADDRESSED: Final = recache.compile(r"\b(?:you|your|I|we|my|our)\b")
# A full name and a comma opening a line: "Ana Lind, Office of Response"
_IDENTIFIED: Final = recache.compile(
    rf"^(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}),\s+{P.UP}"
)


def _name_alone(block: Block) -> bool:
    """A paragraph that is a person's name alone ("John Kirby")."""
    content = block.content if isinstance(block, Paragraph) else ()
    return (
        len(content) == 1
        and isinstance(content[0], Text)
        and _PERSONAL_NAME.match(content[0].value) is not None
    )


# A title shortened with a stop: a name that ends with one is cut before the name.
_TITLE_WORDS: Final = frozenset(w.upper() for w in TITLE_ABBREVIATIONS | RANK_ABBREVIATIONS)


def _titled_capitals(name: str) -> bool:
    """Whether a colon's name is a title and a name in capitals, as courts and
    inquiries label their speakers ("MR CLARKE", "DR. ANA ROE").

    >>> _titled_capitals("MR CLARKE"), _titled_capitals("NOTE"), _titled_capitals("Mr Clarke")
    (True, False, False)
    """
    words = name.split()
    return 2 <= len(words) <= 4 and name.isupper() and words[0].rstrip(".") in COURT_TITLES


def _column_heading(lead: tuple[Inline, ...]) -> bool:
    """Whether the breaks before a paragraph hold a parliamentary report's
    column heading, as the page shapes read it ("7 Mar 2011 : Column 612")."""
    return any(isinstance(mark, Folio) and "Column " in mark.text for mark in lead)


def _guarded_label(name: str) -> bool:
    """A colon's name that is never a speaker said once: a field ("Date:",
    "Note:", "Source:"; not a role's, "Moderator:"), a heading's word, a word
    of the record ("MOTION:")."""
    field = _metadata_field(name + ": x")
    return (
        name.upper() in NOT_LABELS
        or _heading(name)
        # (a role's field names a person; "Moderator: Welcome." is the moderator speaking)
        or (field is not None and P.METADATA_KINDS.get(field.group("key").lower()) is not None)
        or P.CLOSING_FIELD.match(name + ": x") is not None
    )


def _joint_label(name: str, counts: Counter[str]) -> bool:
    """A label naming two speakers who also speak alone: "Paul and Rita Hale"
    (Paul Hale, Rita Hale), "John A. & Ruby T. Lomax", "Ana Ruiz and Tom Lee".

    >>> _joint_label("Paul and Rita Hale", Counter({"Paul Hale": 2, "Rita Hale": 1}))
    True
    >>> _joint_label("Fish and Chips", Counter({"Chips": 2}))
    False
    """
    if " and " not in name and " & " not in name:
        return False
    pair = joint_names(name)
    return pair is not None and counts[pair[0]] >= 1 and counts[pair[1]] >= 1


def _once_label_shape(name: str) -> bool:
    """Whether a colon's name has a speaker's shape: a role, a person's name,
    an office after "The", or initials (see :data:`ROLE_LABELS`)."""
    if any(c.isdigit() for c in name):
        return False
    if len(name.split()) > 3:
        # "Präsident Ing. Norbert Hofer": an office and a degree before a person's
        # name, as an Austrian record writes its chair; without them, the name
        bare = drop_title(name)
        return bare != name and len(bare.split()) <= 3 and _personal(bare)
    return (
        name.casefold() in ROLE_LABELS
        or speaker_kind(name) != "person"
        or (len(name) <= 3 and _INITIALS_LABEL.match(name) is not None)
        or _personal(name)
        # (in capitals, as its mixed-case form: "MR. ABERNATHY" is "Mr. Abernathy")
        or (name.isupper() and _TITLED_SURNAME.match(name.title()) is not None)
        or (
            _OFFICE_LEAD.match(name) is not None
            and name.split()[-1].casefold() in _OFFICE_WORDS | HOLDER_OFFICES
        )
    )


_SENTENCE_ENDS: Final = frozenset(".?!:;\"”’')]…—-")


def _last_character(text: str) -> str:
    """The text's last character that is neither a space nor a break mark (the
    marks are only looked for where one ends the text)."""
    last = text.rstrip()[-1:]
    return strip_marks(text).rstrip()[-1:] if "\ue000" <= last <= "\uf7ff" else last


# An elapsed time in brackets right after a label: "MF: [00:12:40] We're back.",
# "Speaker 1: (00:03)".
_STAMP_AFTER_LABEL: Final = recache.compile(
    # Markdown escapes the brackets: "**Jerod Santo:** \[00:04:12.10\] Yeah."
    r"(?:\\?\[(?P<t>(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)\\?\]"
    r"|\((?P<pt>(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)\)"
    # a time and nothing else after a label alone, as tstbtc writes Deepgram's
    # segments over their words: "Speaker 0: 00:01:17"
    r"|(?P<at>(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)[ \t]*$)"
)


def _one_line_transmissions(blocks: list[Block]) -> bool:
    """Whether these turns are a tape's transmissions, each a time, a call sign
    and its words on one line ("0019:25 WAT450 with you"): a paragraph with no
    time after the last of them closes the text, no word of that transmission."""
    turns = [b for b in blocks if isinstance(b, Turn)]
    return all(t.style == "call sign after a time" and len(t.paragraphs) == 1 for t in turns)


def _machine_made(turn: Turn) -> bool:
    """A turn that a meeting program, a caption file or a speech recogniser
    labelled (a time in its label, a voice tag, a diariser's label): such
    software writes no narration, so every line under it is speech."""
    return turn.stamp is not None or "WebVTT" in turn.style or is_diariser_label(turn.name)


def _plain(content: tuple[Inline, ...]) -> str:
    return "".join(i.value for i in content if isinstance(i, Text))


# A recording's length as Teams writes it under the date: "42m 5s", "1h 3m 20s".
_DURATION: Final = recache.compile(
    r"(?:\d{1,2}h ?)?\d{1,2}m(?: ?\d{1,2}s)?|\d{1,2}h(?: ?\d{1,2}m)?"
)
# A paragraph that ends on these stops in the middle of a sentence.
_CUT_OFF: Final = frozenset(",;—–-")


def _looks_like_narration(para: Paragraph, names: frozenset[str]) -> bool:
    """One short sentence in the third person whose subject is "They" (and the
    like) or a participant: "Comrade Khrushchev then spoke about the harvest.";
    or a quotation with its dialogue tag ('"Yes," replied Charles, …')."""
    text = _plain(para.content)
    if text[:1] in '"“' and P.DIALOGUE_TAG.match(text):
        return True  # '"Yes, madam," replied Charles, "I know it …"': a novel's dialogue
    if P.FIRST_SECOND_PERSON.search(text):
        return False
    if len(text.split()) <= 12 and P.PROCEEDINGS.match(text):
        return True  # "The agenda was adopted.", "Several HON. MEMBERS rose."
    if text.startswith(P.HOUSE_QUESTION_LEADS) and P.HOUSE_QUESTION.match(text):
        return True  # "Question put, That the amendment be made.": the clerk's record
    if len(text.split()) <= 80 and P.CLERK_BUSINESS.match(text):
        return True  # "The bill clerk read the nomination of …, to be …"
    if len(text.split()) > 30 or re.search(r"[.!?]\s+\S", text.strip()):
        return False
    if text.rstrip()[-1:] in _CUT_OFF:
        return False  # "They were not planned — these talks, by the way,": speech cut off
    if P.NARRATION_SUBJECT.match(text):
        return True
    subject = P.HONORIFIC_PREFIX.sub("", text)
    # "Jurors 11-20, get ready.": a number after the role names others of that
    # kind, not the participant the label names
    return any(
        subject.startswith(name)
        and subject[len(name) : len(name) + 1] in (" ", ",")
        and not subject[len(name) + 1 : len(name) + 2].isdigit()
        for name in names
    )


# The second line of an oral argument's heading: whom counsel argues for.
_ARGUES_FOR: Final = recache.compile(r"(?:ON BEHALF OF|FOR) [A-Z]")


def joined_headings(blocks: list[Block]) -> list[Block]:
    """A section's heading that goes on in the section heading right below it
    is one heading with it, its line break kept: an oral argument's heading over
    two numbered lines (:func:`_argument_goes_on`), a print's title or a
    witness's heading over two lines (:func:`_title_goes_on`).

    Before: ``[Heading("ORAL ARGUMENT OF ANA ROE"), Heading("ON BEHALF OF PETITIONER")]``
    After:  ``[Heading("ORAL ARGUMENT OF ANA ROE <lb n=7/>ON BEHALF OF PETITIONER")]``
    """
    out: list[Block] = []
    for block in blocks:
        last = out[-1] if out else None
        if (
            isinstance(block, Heading)
            and isinstance(last, Heading)
            and block.kind == last.kind == "section"
        ):
            joined = _argument_goes_on(last, block) or _title_goes_on(last, block)
            if joined is not None:
                out[-1] = evolve(last, "content", joined)
                continue
        out.append(block)
    return out


def _argument_goes_on(last: Heading, block: Heading) -> tuple[Inline, ...] | None:
    """An oral argument's heading over two lines, each a heading of its own line
    (a margin number before each): only where the source numbers its lines, the
    second line's number keeping its break."""
    if (
        "ARGUMENT OF " in plain_text(last.content)
        and isinstance(block.content[0], LineBreak)  # a numbered line: it keeps its break
        and _ARGUES_FOR.match(plain_text(block.content).strip()) is not None
    ):
        return (*last.content, Text(" "), *block.content)
    return None


def read_blocks(
    lines: tuple[str, ...], file: str, reporter: Reporter, profile: Profile | None = None
) -> tuple[list[Block], Survey, list[str]]:
    # (a condensed print's pages put one after the other: the line numbers of
    # diagnostics then count the lines so unfolded)
    lines = cover_fields(unfold_pages(unrun_spaced_labels(unrun_labels(lines))))
    paragraphs, shape = lex_lines(lines, wrap_width(lines), profile)
    facts = survey(paragraphs)
    facts.shape = shape
    classifier = Classifier(file, facts, reporter)
    classifier.yaml_end = _yaml_front_matter(paragraphs)
    classifier.reasoning_end = _reasoning_end(paragraphs)
    if classifier.yaml_end:
        classifier.yaml_title = _yaml_title_key(paragraphs, classifier.yaml_end)
    blocks = [block for p in paragraphs for block in classifier.classify(p)]
    blocks = section_headings(blocks, {p.line: p.col_offset for p in paragraphs if p.text})
    blocks = joined_headings(blocks)
    blocks = chapter_before_first_turn(sitting_opening(blocks))
    names = frozenset([*facts.participants, *(running_form(label) for label in facts.label_counts)])
    assembled = title_of_kind(end_time(glued_notes(assemble(blocks, file, reporter, names))))
    assembled = title_over_turns(title_under_rule(title_below_tab(assembled)))
    assembled = title_beside_date(assembled)
    assembled = label_notes(date_in_title(title_run_on(assembled)))
    if any("*" in p.text for p in paragraphs):  # (most transcripts have none)
        assembled = asterisk_notes(assembled)
    ensured = _ensure_text(assembled, file, reporter, classifier.doubted)
    return mark_front(ensured), facts, classifier.editors


def _title_goes_on(last: Heading, block: Heading) -> tuple[Inline, ...] | None:
    """A heading whose line ends in a word that needs the next (a GPO print's
    title over its body, its lines a blank line or more apart: "MONETARY POLICY
    AND THE" / "STATE OF THE ECONOMY, PART II") goes on over the heading right
    below it, within four lines; so does a witness's heading wrapped onto the
    line right under it ("STATEMENT OF ANN ROE, CHIEF ECONOMIST, THE HARBOUR" /
    "INSTITUTE, TOKYO").

    Before: ``[Heading("HARBOUR DREDGING AND THE"), Heading("STATE OF THE PORTS")]``
    After:  ``[Heading("HARBOUR DREDGING AND THE ", LineBreak(), "STATE OF THE PORTS")]``
    """
    if not 0 < block.line - last.line <= 4:
        return None
    text = plain_text(last.content)
    words = text.split()
    wrapped = (
        block.line == last.line + 1
        and text[:1] in P.HEARING_FIRST
        and P.HEARING_HEADING.match(text) is not None
        and plain_text(block.content).isupper()
    )
    if words and (wrapped or words[-1].casefold() in RUN_ON_WORDS):
        return (*last.content, Text(" "), LineBreak(), *block.content)
    return None


def section_headings(blocks: list[Block], indents: dict[int, int]) -> list[Block]:
    """A short line standing alone after a finished speech is a section
    heading, not the speech's last paragraph: in title case where the next
    label follows it ("Nuclear Non-proliferation and Disarmament" before "3.
    Paul Flynn (Newport West) (Lab):") or where it is set well in, centred as a
    printed record sets its headings ("                Cloture Motion"); in any
    case where a time of day stands between it and the next label, as Hansard
    times a debate ("Business, innovation and skills" / "2.45 pm").

    Before: ``[Turn(…, "… the vote."), Paragraph("Roads and Bridges"), Turn(…)]``
    After:  ``[Turn(…, "… the vote."), Heading("Roads and Bridges"), Turn(…)]``
    """
    out = list(blocks)
    seen_turn = False
    for at, block in enumerate(blocks):
        seen_turn = seen_turn or isinstance(block, Turn)
        if not seen_turn or type(block) is not Paragraph:
            continue
        text = _plain(block.content)
        if not _short_line(text):
            continue
        before = _neighbour(blocks, at, -1)
        if before < 0 or not _ends_sentence(blocks[before]):
            continue
        after = _neighbour(blocks, at, 1)
        label_next = after >= 0 and isinstance(blocks[after], Turn)
        titled = _title_line(text) and (indents.get(block.line, 0) >= _CENTRED or label_next)
        if titled or _timed_turn_at(blocks, after):
            out[at] = Heading(block.content, "section", block.line)
    return out


def sitting_opening(blocks: list[Block]) -> list[Block]:
    """A chamber's record opens its sitting before the first speech with
    lines of its own: the sitting's narration ("The House met at half-past
    Two o'clock", "Prayers", "The Minister was asked—") and the headings of
    the business, each a short line alone ("Oral Answers to Questions",
    "Transport", "Rural bus services"). Where such a narration line, a
    remark ("[Madam Deputy Speaker in the Chair]") or a time as Hansard
    writes it ("9.30 am") shows a chamber's opening, the short lines that stand right
    before the first turn are headings and the narration is narration.

    Before: ``[Paragraph("The House met at …"), Paragraph("Transport"), Turn(…)]``
    After:  ``[Narration("The House met at …"), Heading("Transport"), Turn(…)]``
    """
    first = next((at for at, b in enumerate(blocks) if isinstance(b, Turn)), -1)
    opening: dict[int, Block] = {}
    shown = False
    at = first - 1
    while at >= 0:
        block = blocks[at]
        if isinstance(block, Narration):
            shown = shown or P.SITTING_NARRATION.match(_plain(block.content)) is not None
        elif isinstance(block, ClockLine):
            # the sitting's time over its first speech ("9.30 am"), not a briefing's
            shown = shown or P.SITTING_TIME.match(plain_text(block.content).strip()) is not None
        elif isinstance(block, Breaks | Boilerplate | Heading):
            pass
        elif type(block) is not Paragraph or block.front:
            break
        elif P.SITTING_NARRATION.match(_plain(block.content)):
            opening[at] = Narration(block.content, block.line)
            shown = True
        elif _short_line(_plain(block.content)):
            opening[at] = Heading(block.content, "section", block.line)
        elif not _asked_over(blocks, at):
            break  # (the question a peer asked stays a paragraph, the opening goes on)
        at -= 1
    if not shown:
        return blocks
    return [opening.get(at, block) for at, block in enumerate(blocks)]


def chapter_before_first_turn(blocks: list[Block]) -> list[Block]:
    """A Markdown heading right before the first turn (a podcast page's first
    chapter under its front matter, "## Intros") heads a section, as the page's
    headings between the turns do; read before any turn, it was a paragraph.

    Before: ``[Paragraph("## Intros"), Turn(…), Heading("## Funding"), Turn(…)]``
    After:  ``[Heading("## Intros"), Turn(…), Heading("## Funding"), Turn(…)]``
    """
    first = next((at for at, b in enumerate(blocks) if isinstance(b, Turn)), -1)
    at = first - 1
    while at >= 0 and isinstance(blocks[at], Breaks):
        at -= 1
    block = blocks[at] if at >= 0 else None
    if type(block) is not Paragraph or block.front:
        return blocks
    text = _plain(block.content)
    # (or an HTML heading, as a site's source keeps it: "<h3 id="intro">Introduction</h3>")
    html = text[:2] in ("<h", "<H") and _HTML_HEADING.fullmatch(text) is not None
    if not html and (text[:2] != "##" or _MARKDOWN_HEADING.match(text) is None):
        return blocks
    if not any(isinstance(b, Heading) and b.kind == "section" for b in blocks[first:]):
        return blocks  # (no chapters between the turns: a page's heading, kept as it is)
    return [*blocks[:at], Heading(block.content, "section", block.line), *blocks[at + 1 :]]


_CENTRED: Final = 20  # a line set this far in is centred on a printed page


def _neighbour(blocks: list[Block], at: int, step: int) -> int:
    """The index of the nearest block before or after ``at`` that holds text
    (not a page break), or -1."""
    at += step
    while 0 <= at < len(blocks) and isinstance(blocks[at], Breaks | Boilerplate):
        at += step
    return at if 0 <= at < len(blocks) else -1


def _timed_turn_at(blocks: list[Block], at: int) -> bool:
    """Whether a time of day alone on its line stands at ``at``, a label after it;
    a note of who takes the chair may stand before the time, as a Westminster
    Hall debate opens ("Regional Airports" / "[Ms Ada Roe in the Chair]" / "2.30 pm")."""
    if at >= 0 and _chair_note(blocks[at]):
        at = _neighbour(blocks, at, 1)
    if at < 0 or not isinstance(blocks[at], Narration):
        return False
    narration = blocks[at]
    assert isinstance(narration, Narration)
    if not any(_clock_date(node) for node in narration.content):
        return False
    after = _neighbour(blocks, at, 1)
    return after >= 0 and isinstance(blocks[after], Turn)


def _chair_note(block: Block) -> bool:
    """Whether a block is a chamber's note of who is in the chair, in brackets."""
    if not isinstance(block, Narration):
        return False
    text = _plain(block.content)
    return text[:1] == "[" and P.SITTING_NARRATION.match(text) is not None


def _ends_sentence(block: Block) -> bool:
    if isinstance(block, Turn):
        content = block.paragraphs[-1].content
    elif isinstance(block, Paragraph):
        content = block.content
    else:
        return False
    return _last_character(_plain(content)) in ".?!:”\"'"  # ":" before a text read out


def _short_line(text: str) -> bool:
    """One to ten words, the first capitalised, nothing after the last word."""
    words = text.split()
    return 1 <= len(words) <= 10 and len(text) <= 80 and text[-1:].isalnum() and text[:1].isupper()


def _sentence_line(text: str) -> bool:
    """A line that ends as a sentence or a lead-in does ("!", "?", ":") and is
    not in title case: an e-mail's "Thanks to the robot for scribing this
    week!", "The transcript is available here:" (never a title).

    A sentence that ends inside the line, the next going on after it, is one
    too: "Thanks to Ada for scribing this week! The minutes" (wrapped there).

    >>> _sentence_line("Thanks to Ada for scribing this week!"), _sentence_line("Stop the War!")
    (True, False)
    >>> _sentence_line("Thanks to  for scribing this week! The minutes")
    True
    """
    ended = text[-1:] in "!?:" or "! " in text or "? " in text
    if not ended or text.isupper():
        return False
    return not all(w[:1].isupper() or w.casefold() in TITLE_CASE_MINOR for w in text.split()[1:])


def _title_line(text: str) -> bool:
    """Two to ten words, the first and every word not a small one capitalised,
    nothing after the last word: "Roads and Bridges", "Cloture Motion".

    >>> _title_line("Roads and Bridges"), _title_line("Thank you"), _title_line("Roads.")
    (True, False, False)
    """
    words = text.split()
    if len(words) < 2 or not _short_line(text):
        return False
    return all(w[:1].isupper() or w.casefold() in TITLE_CASE_MINOR for w in words[1:])


def _breaks_before(para: RawParagraph, end: int) -> tuple[tuple[tuple[int, str | None], ...], int]:
    """The line breaks in a paragraph's text before ``end`` (an offset in the
    text without its break marks), each where it stands in that text, with its
    margin number; and ``end`` as an offset in the text with the marks.

    >>> para = RawParagraph("MS. ROE, CHAIR, \ue000BOARD:  Yes.", 9, 0, marks=(LineBreak("9"),))
    >>> _breaks_before(para, 25)
    (((16, '9'),), 26)
    """
    breaks: list[tuple[int, str | None]] = []
    plain = 0
    for raw, char in enumerate(para.text):
        if plain >= end:
            return tuple(breaks), raw
        code = ord(char) - MARK_BASE
        if 0 <= code < len(para.marks):
            node = para.marks[code]
            if isinstance(node, LineBreak):
                breaks.append((plain, node.n))
            continue
        plain += 1
    return tuple(breaks), len(para.text)


def label_notes(blocks: list[Block]) -> list[Block]:
    """A footnote whose number stands against a speaker's label ("MR. POTTER.1
    Thank you"), its body at the page's foot inside the same turn, as a
    paragraph or the end of one the lines were joined into ("… developments.
    1 The materials used by Mr. Potter …"): that end is the note's body. Where
    no body is found the number stays in the label, as written.

    Before: ``[Turn(POTTER, p(Anchor("1"), "Thank you"), p("… ones. 1 The materials …"))]``
    After:  ``[Turn(POTTER, p(Anchor("1"), "Thank you"), p("… ones.")), NoteBody("1", …)]``
    """
    bodies: list[Block] = []
    out: list[Block] = []
    for index, block in enumerate(blocks):
        anchor = _label_anchor(block)
        if anchor is None:
            out.append(block)
            continue
        assert isinstance(block, Turn)
        paragraphs = list(block.paragraphs)
        for at, para in enumerate(paragraphs):
            after = paragraphs[at + 1].content[:1] if at + 1 < len(paragraphs) else ()
            # the page's last line, the page break (or the text's end) right after it
            ends = not after and index == len(blocks) - 1
            foot = ends or (bool(after) and isinstance(after[0], (PageMark, Folio)))
            if at == 0 and not foot:
                continue  # (the first paragraph, the anchor's, holds a body only at a foot)
            split = _split_body(anchor.number, para.content, foot=foot)
            if split is not None:
                kept, body = split
                bodies.append(NoteBody(anchor.number, body, para.line, "digits"))
                if kept:
                    paragraphs[at] = evolve(para, "content", kept)
                else:
                    del paragraphs[at]
                out.append(evolve(block, "paragraphs", tuple(paragraphs)))
                break
        else:  # no body: the number is part of the label, as printed
            first = evolve(paragraphs[0], "content", paragraphs[0].content[1:])
            out.append(
                evolve(
                    evolve(block, "label", block.label + anchor.number),
                    "paragraphs",
                    (first, *paragraphs[1:]),
                )
            )
    return out + bodies


# An asterisk note's body, a paragraph of a speech at the page's foot:
# "*Men and Decisions, by …" (one asterisk or more, then the text).
_ASTERISK_BODY: Final = recache.compile(r"(?P<mark>\*{1,3})(?=[^\s*])")
# Its anchor, the same asterisks against a word or its stop: "Decisions.* Some".
_ASTERISK_ANCHOR: Final = recache.compile(r"(?<=[^\W\d_]|[.,;:!?’”\"')])(?P<mark>\*{1,3})(?=\s|$)")


def asterisk_notes(blocks: list[Block]) -> list[Block]:
    """A footnote marked with an asterisk, as a typescript prints it: the
    asterisk against a word ("… my book Men and Decisions.* Some …"), its body
    a paragraph opening with the asterisk inside a later speech, where the
    page ended ("*Men and Decisions, by …"). The nearest such anchor before the
    body is the note's; without one the paragraph stays speech. A sentence
    the note interrupted ("… he chaired a" / "committee on …") is one paragraph.

    Before: ``[Turn(p("… Decisions.* Some")), Turn(p("… a"), p("*Men …"), p("committee …"))]``
    After:  ``[Turn(p("… Decisions.", Anchor("*"), " Some")), Turn(p("… a committee …")),
    NoteBody("*", "Men …")]``
    """
    out: list[Block] = []
    bodies: list[Block] = []
    for block in blocks:
        if not isinstance(block, Turn):
            out.append(block)
            continue
        kept: list[Paragraph | Narration] = []
        runs_on = False  # a note's body stood in the middle of a sentence
        for para in block.paragraphs:
            first = para.content[0] if para.content and kept else None
            body = _ASTERISK_BODY.match(first.value) if isinstance(first, Text) else None
            mark = body.group("mark") if body is not None else ""
            if mark and mark in first.value[len(mark) :]:  # type: ignore[union-attr]
                mark = ""  # "*Two* rooms were shut": emphasis, closed in its paragraph
            # a mark a note has taken already (a typescript's "*" again on a later
            # page) stays as written: two bodies of one number would refuse the file
            taken = any(isinstance(b, NoteBody) and b.number == mark for b in bodies)
            if mark and not taken and (_anchor_in(kept, mark) or _anchor_before(out, mark)):
                rest = Text(first.value[len(mark) :])  # type: ignore[union-attr]
                content = (rest, *para.content[1:])
                bodies.append(NoteBody(mark, content, para.line, "superscript"))
                last = kept[-1]
                runs_on = isinstance(last, Paragraph) and (
                    _last_character(_plain(last.content)) not in _SENTENCE_ENDS
                )
                continue
            opening = _plain(para.content)[:1]
            if runs_on and isinstance(para, Paragraph) and opening.islower():
                last = kept[-1]  # "… he chaired a" / "committee on the conduct …"
                kept[-1] = evolve(last, "content", (*last.content, Text(" "), *para.content))
                runs_on = False
                continue
            runs_on = False
            kept.append(para)
        out.append(evolve(block, "paragraphs", tuple(kept)) if bodies else block)
    return out + bodies


def _anchor_in(paragraphs: list[Paragraph | Narration], mark: str) -> bool:
    """Make the last asterisk ``mark`` against a word in ``paragraphs`` an anchor."""
    for at in range(len(paragraphs) - 1, -1, -1):
        content = _anchored(paragraphs[at].content, mark, paragraphs[at].line)
        if content is not None:
            paragraphs[at] = evolve(paragraphs[at], "content", content)
            return True
    return False


def _anchor_before(out: list[Block], mark: str) -> bool:
    """The anchor in the turn before (a speech the question's note belongs to)."""
    for at in range(len(out) - 1, -1, -1):
        block = out[at]
        if isinstance(block, Turn):
            paragraphs = list(block.paragraphs)
            if _anchor_in(paragraphs, mark):
                out[at] = evolve(block, "paragraphs", tuple(paragraphs))
                return True
            return False
    return False


def _anchored(content: tuple[Inline, ...], mark: str, line: int) -> tuple[Inline, ...] | None:
    for at in range(len(content) - 1, -1, -1):
        node = content[at]
        if not isinstance(node, Text) or "*" not in node.value:
            continue
        found = [
            m
            for m in _ASTERISK_ANCHOR.finditer(node.value)
            # an odd count of marks before it: the close of emphasis ("*really* big")
            if m.group("mark") == mark and node.value[: m.start()].count(mark) % 2 == 0
        ]
        if found:
            hit = found[-1]
            pieces: list[Inline] = [Text(node.value[: hit.start()])] if hit.start() else []
            pieces.append(Anchor(mark, line, hit.start() + 1, superscript=True))
            if hit.end() < len(node.value):
                pieces.append(Text(node.value[hit.end() :]))
            return (*content[:at], *pieces, *content[at + 1 :])
    return None


def _label_anchor(block: Block) -> Anchor | None:
    """The note anchor a turn's label carries, the first thing of its speech."""
    if not isinstance(block, Turn) or not block.paragraphs:
        return None
    content = block.paragraphs[0].content
    first = content[0] if content else None
    return first if isinstance(first, Anchor) and first.digits else None


def _split_body(
    number: str, content: tuple[Inline, ...], *, foot: bool = False
) -> tuple[tuple[Inline, ...], tuple[Inline, ...]] | None:
    """The text before note ``number``'s body and the body, where a paragraph
    opens with it ("1 The materials …") or a sentence of it ends and the body
    follows ("… developments. 1 The materials …"); at a page's foot (``foot``:
    a page break or the text's end after the paragraph) also where the page
    broke a sentence before it ("… drivers that we 1 The materials …"), the
    body the paragraph's last words.

    >>> _split_body("1", (Text("the list that we 1 The notes are appended."),), foot=True)
    ((Text(value='the list that we'),), (Text(value='The notes are appended.'),))
    >>> _split_body("1", (Text("the list that we 1 The notes are appended."),))
    """
    for at, node in enumerate(content):
        if not isinstance(node, Text):
            continue
        found = _note_start(number).search(node.value)
        if found is None and foot:
            found = _foot_note_start(number).search(node.value)
            # (a note's length, a line or two, to the paragraph's end)
            rest = sum(len(getattr(n, "value", "") or "") for n in content[at + 1 :])
            if found is not None and len(node.value) - found.end() + rest > 240:
                found = None
        if found is not None and (found.start() > 0 or at == 0):
            before = node.value[: found.start()].rstrip(" ")
            kept = (*content[:at], Text(before)) if before else content[:at]
            return kept, (Text(node.value[found.end() :]), *content[at + 1 :])
    return None


@functools.lru_cache(maxsize=16)
def _foot_note_start(number: str) -> re.Pattern[str]:
    """Note ``number``'s body after a word a page break cut the sentence at: the
    number and a capital, a note's length (one line or two) to the paragraph's end."""
    return re.compile(rf"(?<=[^\W\d_] ){number} (?=[A-Z])")


@functools.lru_cache(maxsize=16)
def _note_start(number: str) -> re.Pattern[str]:
    """Note ``number``'s body where a line begins: at the start or after a
    sentence's end, the number and a capital."""
    return re.compile(rf"(?:^|(?<=[.!?’”\"] )){number} (?=[A-Z])")


# A note's body after the text, its number and a space before it: "1 Source: …";
# a documentary edition's page copied as text gives its list of notes with a stop
# after each number ("  1. Source: …"), the anchors the same digits against words.
_DIGITS_BODY: Final = recache.compile(r"(?P<number>\d{1,3})(?P<stop>\.?) (?=\S)")
# Or an item of a web page's list of notes, its number lost in the copy, its link
# back to the text an arrow at its end: "- Source: …↩".
_LISTED_BODY: Final = "- "
_RETURN_ARROW: Final = "↩"


def _tail_bodies(tail: list[Paragraph | Commentary | Narration]) -> list[str] | None:
    """The note numbers of the paragraphs after the text: written ("1 Source: …")
    or, for a web page's list ("- Source: …↩", every item but a cut last one
    ending in its return arrow), 1, 2, 3 … in order."""
    firsts = [b.content[0].value for b in tail if isinstance(b.content[0], Text)]
    if len(firsts) != len(tail) or not tail:
        return None
    if all(first.startswith(_LISTED_BODY) for first in firsts):
        ends = [_plain(b.content).rstrip() for b in tail]
        if all(end.endswith(_RETURN_ARROW) for end in ends[:-1]) and any(
            end.endswith(_RETURN_ARROW) for end in ends
        ):
            return [str(k) for k in range(1, len(tail) + 1)]
        return None
    digits = [_DIGITS_BODY.match(first) for first in firsts]
    if not all(digits) or len({d.group("stop") for d in digits if d is not None}) > 1:
        return None  # (every body numbered the same way: "1 …", "2 …" or "1. …", "2. …")
    return [d.group("number") for d in digits if d is not None]


def glued_notes(blocks: list[Block]) -> list[Block]:
    """Footnotes copied from a web page whose note numbers were superscripts:
    the anchors became digits against the word ("Conversation1", "urgent.2"),
    the bodies lines after the text ("1 Source: …", "2 The request …").

    Read as notes only when the bodies, last in the document, are numbered 1,
    2, 3 … and every number is found, in that order, against a word of the
    text before them; otherwise nothing changes.
    """
    tail: list[Paragraph | Commentary | Narration] = []
    last_turn = blocks[-1] if blocks and isinstance(blocks[-1], Turn) else None
    pool = list(last_turn.paragraphs) if last_turn is not None else blocks
    for block in reversed(pool):
        if not isinstance(block, Paragraph | Commentary | Narration) or not block.content:
            break
        first = block.content[0]
        if not isinstance(first, Text) or (
            _DIGITS_BODY.match(first.value) is None and not first.value.startswith(_LISTED_BODY)
        ):
            break
        tail.append(block)
    tail.reverse()
    numbers = _tail_bodies(tail)
    if not numbers or numbers != [str(k) for k in range(1, len(numbers) + 1)]:
        return blocks
    head = blocks if last_turn is None else blocks[:-1]
    text_blocks = head[: len(head) - len(tail)] if last_turn is None else head
    found = _GluedAnchors(len(numbers))
    anchored = [found.block(b) for b in text_blocks]
    if last_turn is not None:
        kept = last_turn.paragraphs[: len(last_turn.paragraphs) - len(tail)]
        anchored.append(evolve(last_turn, "paragraphs", tuple(found.sequence(p) for p in kept)))
    if found.next <= len(numbers):
        return blocks  # not every number is against a word of the text: no notes
    listed = tail[0].content[0].value.startswith(_LISTED_BODY)  # type: ignore[union-attr]
    for number, body in zip(numbers, tail, strict=True):
        first = body.content[0]
        assert isinstance(first, Text)
        numbered = _DIGITS_BODY.match(first.value) if not listed else None
        rest = Text(first.value[numbered.end() if numbered else len(_LISTED_BODY) :])
        marker: Literal["listed", "digits", "numbered"] = "listed" if listed else "digits"
        if numbered is not None and numbered.group("stop"):
            marker = "numbered"  # "1. Source: …", given back with its stop
        anchored.append(NoteBody(number, (rest, *body.content[1:]), body.line, marker))
    return anchored


class _GluedAnchors:
    """Finds the note numbers 1, 2, 3 … in order, each against a word or its
    punctuation, and makes each an anchor."""

    def __init__(self, count: int) -> None:
        self.next = 1
        self.count = count

    def block(self, block: Block) -> Block:
        if isinstance(block, Turn):
            return evolve(block, "paragraphs", tuple(self.sequence(p) for p in block.paragraphs))
        if isinstance(block, TitleLine | Paragraph | Narration | Commentary | ParticipantsLine):
            return evolve(block, "content", self.content(block.content, block.line))
        return block

    def sequence(self, para: Paragraph | Narration) -> Paragraph | Narration:
        return evolve(para, "content", self.content(para.content, para.line))

    def content(self, content: tuple[Inline, ...], line: int) -> tuple[Inline, ...]:
        if self.next > self.count:
            return content
        out: list[Inline] = []
        for node in content:
            if isinstance(node, Text) and self.next <= self.count:
                out.extend(self._split(node.value, line))
            else:
                out.append(node)
        return tuple(out)

    def _split(self, value: str, line: int) -> list[Inline]:
        out: list[Inline] = []
        pos = 0
        while self.next <= self.count:
            number = str(self.next)
            found = _glued(number).search(value, pos)
            if found is None:
                break
            if found.start() > pos:
                out.append(Text(value[pos : found.start()]))
            out.append(Anchor(number, line, found.start() + 1, digits=True))
            pos = found.end()
            self.next += 1
        if pos < len(value):
            out.append(Text(value[pos:]))
        return out


@functools.lru_cache(maxsize=64)
def _glued(number: str) -> re.Pattern[str]:
    """The note number against a letter or a closing mark, not inside a number."""
    return re.compile(rf"(?<=[^\W\d_]|[.,;:!?’”\"')\]]){number}(?!\d)(?=[\s.,;:!?’”\"')]|$)")


_FRONT_BLOCKS = (
    TitleLine,
    DateLine,
    ClockLine,
    FundingLine,
    Dateline,
    MetadataField,
    ParticipantsHead,
    ParticipantsLine,
)


def mark_front(blocks: list[Block]) -> list[Block]:
    """Mark the paragraphs that stand among the front matter, before its last
    line, as front matter (``Paragraph.front``): the writer places them, it
    does not decide.

    The text begins at the first turn or narration, or at the first paragraph
    that follows a participants list or is a real paragraph (15 words or more);
    front-matter lines after that ("Source: …" at the end) stay where they are.

    Before: ``[TitleLine(l.1), Paragraph("Secret", l.2), DateLine(l.3), Turn(l.5)]``
    After:  ``[TitleLine, Paragraph("Secret", front=True), DateLine, Turn]``
    """
    last = 0
    after_participants = False
    # under an "ABSTRACT" heading: its paragraphs, up to the first turn, are front matter
    # (in a transcript: minutes under a "Summary" heading, with no turns, are the text)
    abstract = False
    turns = any(isinstance(b, Turn) for b in blocks)
    over_abstract = _abstract_at(blocks) if turns else 0
    for index, block in enumerate(blocks):
        if isinstance(block, Turn | Narration):
            break
        if isinstance(block, Paragraph) and index < over_abstract:
            # a museum's sponsor lines between the title block and the "ABSTRACT"
            # ("Interview conducted by the Society for …, as part of grant #…")
            last = block.line + 1
            continue
        if isinstance(block, Paragraph) and index < 3 and turns and _over_fields(blocks, index):
            # an oral history's abstract at the top, its interview's fields under it
            # ("INTERVIEWEE: …", "DATE: …") and then the turns: the record's summary
            last = block.line + 1
            continue
        if isinstance(block, Paragraph) and abstract:
            last = block.line + 1
            continue
        if isinstance(block, Paragraph) and last and turns and _abstract_heading(block):
            abstract = True  # "ABSTRACT" under the interview's head, over its summary
            last = block.line + 1
            continue
        if isinstance(block, Paragraph) and last and turns and _keyed_abstract(block):
            last = block.line + 1  # "Abstract: NAME describes …" under the fields
            continue
        # (a narrator's words in quotation marks, "I worked at the mill …", are text)
        if isinstance(block, Paragraph) and (
            after_participants
            or len(plain_text(block.content).split()) >= 15
            or plain_text(block.content)[:1] in '"“'
        ):
            break
        if isinstance(block, _FRONT_BLOCKS):
            last = block.line
            after_participants = isinstance(block, ParticipantsHead | ParticipantsLine)
    if not last:
        return blocks
    if turns:
        last = _capitals_under_fields(blocks, last)
    return [
        evolve(b, "front", True) if isinstance(b, Paragraph) and b.line < last else b
        for b in blocks
    ]


def _capitals_under_fields(blocks: list[Block], last: int) -> int:
    """Where the front matter ends, taking in the short lines in capitals between
    an interview's fields and its first turn, as an immigration museum sums up
    the narrator's crossing ("YUGOSLAVIA, 1920" / "AGE 10" / "SHIP NAME NOT
    RECALLED", "TRANSCRIPT NOT REVIEWED", "PORT:" / "RESIDENCES:" over a list of
    places): the record's, not the text's. Only
    where fields name a person and nothing else stands there."""
    lines: list[int] = []
    interview = False
    for block in blocks:
        if isinstance(block, Turn):
            break
        interview = interview or (isinstance(block, MetadataField) and block.kind == "role")
        if not isinstance(block, Paragraph) or block.line < last:
            if lines:
                return last  # a heading or a field among them: no summary block
            continue
        text = plain_text(block.content)
        # (a list of the narrator's homes under "RESIDENCES:" runs to ten words a line)
        if len(lines) >= 8 or len(text.split()) > 12 or text.upper() != text:
            return last
        lines.append(block.line)
    return lines[-1] + 1 if lines and interview else last


def _over_fields(blocks: list[Block], index: int) -> bool:
    """Whether the paragraph at ``index`` stands over an interview's fields (two
    or more, a person's or a date among them), with no other paragraph of text
    between them and the first turn."""
    fields = 0
    for block in blocks[index + 1 : index + 12]:
        if isinstance(block, Turn):
            return fields >= 2
        if isinstance(block, MetadataField):
            fields += block.kind in ("role", "date")
        elif not isinstance(block, Breaks | Paragraph) or (
            isinstance(block, Paragraph) and len(plain_text(block.content).split()) >= 15
        ):
            return False  # a turn's narration, or a second paragraph of text
    return False


def _abstract_at(blocks: list[Block]) -> int:
    """The index of an "ABSTRACT" heading among the first lines, before the first
    turn and under a title block, as an oral history's title page sets it after
    the sponsor's lines; 0 where there is none."""
    for index, block in enumerate(blocks[:20]):
        if isinstance(block, Turn | Narration):
            return 0
        if index and isinstance(block, Paragraph) and _abstract_heading(block):
            return index if isinstance(blocks[0], TitleLine) else 0
    return 0


def _keyed_abstract(block: Paragraph) -> bool:
    """An interview's summary keyed on its first line, under the fields and over
    the turns: "Abstract: Hollis Marrow describes …", "Summary: …"."""
    text = plain_text(block.content)
    key, colon, _rest = text[:20].partition(":")
    return bool(colon) and key.strip().casefold() in ABSTRACT_HEADINGS


def _abstract_heading(block: Paragraph) -> bool:
    """ "ABSTRACT", "Abstract:", "Zusammenfassung" alone on its line; or a table of
    contents' "TABLE OF CONTENTS", whose topics and pages are front matter too."""
    heading = plain_text(block.content).strip().rstrip(":").casefold()
    return heading in ABSTRACT_HEADINGS or heading in CONTENTS_HEADINGS


# Blocks that give the edition a text of its own (not only metadata).
_TEXT_BLOCKS = (Turn, Paragraph, Narration, Commentary, Closer, NoteBody, ParticipantsLine)


def _ensure_text(
    blocks: list[Block], file: str, reporter: Reporter, doubted: list[str]
) -> list[Block]:
    """A transcript whose only line looks like a title is a paragraph of text;
    one that is nothing but page boilerplate is an error (E007); one without
    any speaker's turn is paragraphs, not narration (W105, which names the
    labels said once that W103 read as text)."""
    if any(isinstance(b, _TEXT_BLOCKS) for b in blocks) and not any(
        isinstance(b, Turn) for b in blocks
    ):
        first = next((b for b in blocks if isinstance(b, Paragraph | Narration)), None)
        if first is not None and doubted:
            reporter.warning(
                "W105",
                f"no turns were read: the labels said once ({', '.join(map(repr, doubted))}) "
                "were read as text (see W103); the text is encoded as paragraphs",
                Span(file, first.line, 1),
            )
        elif first is not None:
            reporter.warning(
                "W105",
                "no speaker labels were found (such as 'NAME.' or 'Name:' at the start of a "
                "line); the text is encoded as paragraphs",
                Span(file, first.line, 1),
            )
        blocks = [
            Paragraph(b.content, b.line)
            if isinstance(b, Narration) and b.guessed is not None
            else b
            for b in blocks
        ]
    if any(isinstance(b, _TEXT_BLOCKS) for b in blocks):
        return blocks
    if all(isinstance(b, Boilerplate) for b in blocks):
        reporter.error(
            "E007",
            "every line of the file is page boilerplate (menus, empty labels); there is "
            "no transcript to encode",
            Span(file, blocks[0].line if blocks else 1, 1),
        )
        return blocks
    return [Paragraph(b.content, b.line) if isinstance(b, TitleLine) else b for b in blocks]
