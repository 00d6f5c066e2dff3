"""Build the person register and tag every mention with its id.

Before::

    ParticipantsLine(names=("Khrushchev", …)), Turn(name="N.S. KHRUSHCHEV", who="")
    Paragraph("… Khrushchev said …")

After::

    persons = (Person("khrushchev", ("Khrushchev", "N.S. Khrushchev", "N.S. KHRUSHCHEV")), …)
    Turn(name="N.S. KHRUSHCHEV", who="khrushchev")
    Paragraph("… ", PersName("Khrushchev", "khrushchev"), " said …")

A speaker and a participant are one person when their names agree once
initials, honorifics and case are set aside (``N.S. KHRUSHCHEV`` and
``Khrushchev``). Ids are slugs of the first form seen, in first-seen order.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Final, Literal

from .. import recache
from ..diagnostics import Reporter, Span
from ..ids import editor_id, free_id, is_reserved
from ..model import (
    Block,
    Closer,
    Folio,
    Heading,
    Incident,
    Inline,
    LineBreak,
    MetadataField,
    Narration,
    Note,
    PageMark,
    Paragraph,
    ParticipantsHead,
    ParticipantsLine,
    PersName,
    Person,
    Text,
    TitleLine,
    Transcript,
    Turn,
    evolve,
    plain_text,
)
from ..reader.names import (
    GENDERED,
    PAIRING_WORDS,
    bare_name,
    drop_title,
    edit_distance_one,
    initials_forms,
    inverted_name,
    joint_names,
    shortens,
    slugify,
    split_suffix,
    surname_key,
    title_case,
    title_word,
    without_full_stop,
)
from ..reader.patterns import (
    HEARING_FIRST,
    HONORIFIC_PREFIX,
    INITIALS_PREFIX,
    PREFIXED_SIGN,
    ROSTER_MEMBER,
    SEATED_MEMBER,
    UP,
    WITNESS_NAME,
    by_line_names,
)
from ..reader.vocab import (
    BODY_LABELS,
    HOLDER_OFFICES,
    INTERVIEW_TITLE_AFTER,
    INTERVIEW_TITLE_WITH,
    INTERVIEW_TITLE_WORDS,
    KEY_ROLE_WORDS,
    NAME_PARTICLES,
    OFFICES,
    TITLE_WORDS,
    US_STATES,
    speaker_kind,
)
from ..record import replace
from .bios import find_bios, place_words
from .walk import block_inlines, rewrite_block, rewrite_paragraphs

if TYPE_CHECKING:
    from ..authority import AuthorityEntry

# Single name tokens shorter than this are never tagged on their own ("De", "U").
_MIN_TOKEN = 3


_LABEL_WORD = recache.compile(rf"\b(?![IVX]+\b){UP}{{2,}}\b")


class _Entry:
    """One person (or group) of the register; compared by identity.

    A plain class, not a dataclass: a dataclass is compiled when the module
    is imported (~0.4 ms of every cold encode each)."""

    __slots__ = (
        "birth",
        "death",
        "idnos",
        "key",
        "kind",
        "names",
        "note_id",
        "participant",
        "person_id",
        "role",
        "speaker",
    )

    def __init__(self, person_id: str, key: str, names: list[str]) -> None:
        self.person_id = person_id
        self.key = key
        self.names = names
        self.participant = False
        self.speaker = False
        self.birth: str | None = None
        self.death: str | None = None
        self.role: str | None = None
        self.note_id: str | None = None
        self.idnos: list[tuple[str, str]] = []
        self.kind: Literal["person", "group", "anonymous"] = "person"


class Register:
    """The entries in first-seen order. Names join an entry through
    :meth:`add_name` and :meth:`put_first`, which keep the look-up index
    that :meth:`find` reads (names are never taken away)."""

    def __init__(self, taken: Iterable[str] = ()) -> None:
        """``taken``: ids the document gives others that a name's slug may
        take too (an editor's ``ed-ap``), never a person's."""
        self.entries: list[_Entry] = []
        self.ids: set[str] = set(taken)
        # folded words of a name form → the entries (by position) that have it
        self._by_words: dict[tuple[str, ...], set[int]] = {}
        # last folded word → entries (by position) with a form ending in it
        self._by_last: dict[str, set[int]] = {}

    def find(self, name: str) -> _Entry | None:
        """The entry this name form belongs to: the same words (initials kept,
        case, diacritics and honorifics set aside), or else the one entry whose
        names agree with it (same surname, no clashing given names or initials)."""
        words = _name_words(name)
        if not words:
            return None
        same = self._by_words.get(words)
        if same:
            return self.entries[min(same)]
        matches = [
            index
            for index in sorted(self._by_last.get(words[-1], ()))
            if all(_compatible(words, _name_words(n)) for n in self.entries[index].names)
        ]
        return self.entries[matches[0]] if len(matches) == 1 else None

    def append(self, entry: _Entry) -> None:
        self.entries.append(entry)
        for name in entry.names:
            self._index(len(self.entries) - 1, name)

    def add_name(self, entry: _Entry, name: str, first: bool = False) -> None:
        """Give ``entry`` the form ``name`` (at the end, or first), unless it has it."""
        if name in entry.names:
            return
        if first:
            self._named_in_full(entry, name)
            entry.names.insert(0, name)
        else:
            entry.names.append(name)
        self._index(self.entries.index(entry), name)

    def put_first(self, entry: _Entry, name: str) -> None:
        """Make ``name`` the entry's first form (its fullest), adding it if new."""
        if name in entry.names:
            entry.names.remove(name)
        self.add_name(entry, name, first=True)

    def _named_in_full(self, entry: _Entry, name: str) -> None:
        """An entry a label of letters made ("Q", "MB") takes its id from the
        full name put first ("James Lee": ``james-lee``), where that id is free."""
        lettered = entry.names[0] if entry.names else ""
        if (
            (_LETTERED.fullmatch(lettered) or _DOTTED.fullmatch(lettered))
            and entry.person_id == slugify(lettered)
            and len(name.split()) >= 2
        ):
            base = slugify(bare_name(name) or name)
            if base and base not in self.ids and not is_reserved(base):
                self.ids.discard(entry.person_id)
                self.ids.add(base)
                entry.person_id = base

    def _index(self, position: int, name: str) -> None:
        words = _name_words(name)
        if words:
            self._by_words.setdefault(words, set()).add(position)
            self._by_last.setdefault(words[-1], set()).add(position)

    def add(self, name: str) -> _Entry:
        coded = _CODED.fullmatch(name) or _DOTTED.fullmatch(name)
        base = slugify(name if coded else bare_name(name) or name)
        if base in self.ids:
            base = slugify(name)
        person_id = free_id(base, self.ids)
        self.ids.add(person_id)
        entry = _Entry(person_id, surname_key(name), [name])
        self.append(entry)
        return entry


@cache
def _fold(text: str) -> str:
    """Case and diacritics folded, other scripts kept.

    >>> _fold("Mendès-France"), _fold("ХРУЩЕВ")
    ('mendes-france', 'хрущев')
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _taken_over(
    entry: _Entry,
    labelled: dict[str, _Entry],
    turns: tuple[dict[str, int], dict[str, int]],
    position: int,
) -> bool:
    """Whether a speaker was introduced by a full name said once, before
    ``position``: "JIM LEHRER:" once, then "MR. LEHRER:" is one person, the
    title and surname taking over from the full name. A surname alone
    ("Smith:", then "Mrs. Smith:") or a full name that goes on speaking
    ("JOHN SMITH:" beside "MRS. SMITH:") names another."""
    first_turns, last_turns = turns
    names = [n for n, e in labelled.items() if e is entry]
    return len(names) == 1 and (
        len(names[0].split()) >= 2
        and GENDERED.match(names[0]) is None
        and last_turns[names[0]] < position
        and first_turns[names[0]] == last_turns[names[0]]
    )


def _compatible(a: Sequence[str], b: Sequence[str]) -> bool:
    """Two folded names are one person's: same last word, and where both have
    given names, the shorter's given names are initials or words of the longer's.

    >>> _compatible(["fedorenko"], ["nikolai", "trofimovich", "fedorenko"])
    True
    >>> _compatible(["chen", "yi"], ["chen", "yun"])
    False
    >>> _compatible(["alain"], ["rosine", "et", "alain"])
    False
    """
    if not a or not b or a[-1] != b[-1]:
        return False
    if PAIRING_WORDS.intersection(a[:-1]) or PAIRING_WORDS.intersection(b[:-1]):
        return False  # "ROSINE ET ALAIN": two people who speak together, neither alone
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return all(
        any(word == other or (len(word) == 1 and other.startswith(word)) for other in long_[:-1])
        for word in short[:-1]
    )


# A label of two or three capitals and no vowel is initials ("RS", "RJS"), not a
# surname in capitals ("DOE"): it is not title-cased. Nor are the initials of a
# person the front matter names ("HO" for "Interviewer: Helen Ocampo").
_INITIALS = recache.compile(r"[B-DF-HJ-NP-TV-XZ]{2,3}")
# A front-matter field's value that is only the initials the turns are labelled
# with ("Narrator: OB", "Interviewer: M.K."): a key to a label, not a name.
_INITIALS_ONLY = recache.compile(r"[A-Z]{2,4}")


_CAPITALS = recache.compile(r"[A-Z]{2,3}")
# A label of one to three letters: "Q", "A", "MB", "JL" (initials or a role's letter),
# a particle's letter in small type among them ("WdG", "AvW").
_LETTERED = recache.compile(r"[A-Z](?:[a-z]{0,2}[A-Z]){0,2}\.?")
# A name written surname first: "Albright, Gwen", "de la Cruz, Ana María".
_INVERTED = recache.compile(
    r"^(?P<surname>(?:[a-z]{1,3} ){0,2}[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?), "
    r"(?P<given>[A-Z][\w’'-]+(?: [A-Z][\w’'.-]+)?)$"
)


# A label written as a code, kept as written: a role's letters and a number ("MS 1",
# a mission specialist, never the title Ms.), a maker's prefix in small letters
# before a call sign ("xCC").
_CODED = recache.compile(rf"^(?:[A-Z]{{2,4}} \d{{1,2}}|{PREFIXED_SIGN})")


def _other_title(name: str, title: str) -> bool:
    """Whether ``name`` is written with a gendered title other than ``title``:
    "Mrs. Ana Roe" is not who "MR. ROE:" is; "Mr. Tom Roe" (a label "MR. TOM ROE,
    CHAIR, …:" before) may be.

    >>> _other_title("Mrs. Ana Roe", "MR"), _other_title("Mr. Tom Roe", "MR")
    (True, False)
    >>> _other_title("Tom Roe", "Ms")
    False
    """
    said = GENDERED.match(name)
    return said is not None and said.group(1).casefold() != title.casefold()


def _surname_first(register: Register, label: str) -> _Entry | None:
    """The one listed participant whose name is written surname first, a
    hyphenated given name after it ("Pak Sung-chol", "Lin Mei-hua"), that a label
    calls by that surname ("PM Pak:", "Miss Lin:").

    >>> register = Register()
    >>> register.add("Lin Mei-hua").participant = True
    >>> _surname_first(register, "Miss Lin").names, _surname_first(register, "Mei")
    (['Lin Mei-hua'], None)
    """
    words = _name_words(bare_name(label))
    if len(words) != 1:
        return None
    found = [
        entry
        for entry in register.entries
        if entry.participant
        and not entry.speaker
        and any(_SURNAME_FIRST.fullmatch(n) and _name_words(n)[0] == words[0] for n in entry.names)
    ]
    return found[0] if len(found) == 1 else None


def _surname_initial(
    register: Register, label: str, labels: Iterable[str], text: Callable[[], str]
) -> _Entry | None:
    """The one speaker labelled before by a full name that a given name and
    the surname's initial shorten ("Tim B" for "Tim Beiko", as a meeting
    program's display names or a note-taker write it), where nobody else
    could be meant: no other name in the register, among the labels or in
    the ``text`` has that given name and a surname with that initial ("I am
    Ana Rios" beside "Ana Ruiz:" and "Ana R:").

    >>> register = Register()
    >>> register.add("Ana Ruiz").speaker = True
    >>> _surname_initial(register, "Ana R", [], str).names
    ['Ana Ruiz']
    >>> _surname_initial(register, "Ana B", [], str)
    >>> _surname_initial(register, "Ana R", [], lambda: "I am Ana Rios.")
    """
    words = _name_words(label)
    if len(words) != 2 or len(words[1]) != 1 or len(words[0]) < 2:
        return None
    given, initial = words

    def surname(name: str) -> str | None:
        full = _name_words(name)
        shortened = len(full) == 2 and full[0] == given and full[1][0] == initial
        return full[1] if shortened and len(full[1]) > 1 else None

    found = [e for e in register.entries if e.speaker and any(surname(n) for n in e.names)]
    if len(found) != 1:
        return None
    named = [n for e in register.entries for n in e.names]
    said = re.finditer(rf"\b(?i:{re.escape(given)})\s+{re.escape(initial.upper())}[\w’'-]+", text())
    surnames = {surname(n) for n in [*named, *labels, *(m.group() for m in said)]}
    return found[0] if len(surnames - {None}) == 1 else None


# A name written surname first, the given name hyphenated: "Pak Sung-chol", "Lin Mei-hua".
_SURNAME_FIRST = recache.compile(r"^[A-Z][\w’']+ [A-Z][\w’']*-[a-z][\w’']*")


def _abbreviated(
    labelled: dict[str, _Entry], turn: Turn, last_turns: dict[str, int], here: int
) -> _Entry | None:
    """The speaker whose name in capitals an abbreviated label in capitals
    shortens ("PHIL." after "PHILONOUS."), where it shortens one name only
    and takes over from it: a play prints the full name first, then only the
    short form. A full name that speaks again after the short form's first
    speech is another speaker ("ANNA." beside "ANN.", both throughout)."""
    if not turn.name.isupper() or not turn.label.rstrip().endswith("."):
        return None
    words = _name_words(turn.name)
    found = {
        id(entry): (label, entry)
        for label, entry in labelled.items()
        if label.isupper() and shortens(list(words), list(_name_words(label)))
    }
    if len(found) != 1:
        return None
    label, entry = next(iter(found.values()))
    return entry if last_turns[label] < here else None


def _is_initials(label: str, named: frozenset[str]) -> bool:
    return (
        bool(_INITIALS.fullmatch(label) or _CODED.fullmatch(label) or _DOTTED.fullmatch(label))
        or label in named
    )


# Initials with their full stops, as French transcripts write them: "A. L.", "M.-C. D.".
_DOTTED = recache.compile(r"[A-Z]\.(?:[ -]{0,2}[A-Z]\.){1,3}")


def _letters(label: str) -> str:
    """A label's initials as letters only: "M.-C. D." → "MCD"."""
    return "".join(c for c in label if c.isalpha()).upper()


def _label_forms(label: str, named: frozenset[str]) -> tuple[str, ...]:
    if _is_initials(label, named) or _ABBREVIATED_OFFICE.fullmatch(label):
        return (label,)
    return (title_case(label), label)


def _written_label(block: Turn, named: frozenset[str]) -> tuple[str, ...]:
    """The forms of a label as written where the reader named its turn by a
    fuller name that ends in the label's last word (``Chairwoman Marsh.`` for
    the "Hon. Delia Marsh … presiding" of the opening; ``Kate Lund:`` for the
    listed interviewer "Katherine Lund"): one of that person's names, as every
    other label is, so that the same words elsewhere (her initials' turns, a
    mention) find her. A label that names an office only ("The Chairwoman.")
    gives none.

    >>> _written_label(Turn("Chairwoman Marsh.", "Delia Marsh", None, (), 1), frozenset())
    ('Chairwoman Marsh',)
    >>> _written_label(Turn("The Chairwoman.", "Delia Marsh", None, (), 1), frozenset())
    ()
    """
    if block.stamp is not None or block.label[:2] in ("**", "__"):
        # (a time before the name, or a mark in emphasis: "**Slide 15:** Dan:")
        return ()
    written = block.label.rstrip(" .:：")
    words = written.split()
    if (
        len(words) < 2
        or written == block.name
        or words[-1].casefold() != block.name.split()[-1].casefold()
    ):
        return ()
    return tuple(dict.fromkeys(_label_forms(written, named)))


# An office abbreviated in capitals before a name written in running case, kept
# as written: "PM Ferreira" (never "Pm Ferreira"), "DC Hale".
_ABBREVIATED_OFFICE = recache.compile(r"^[A-Z]{2,3} [A-Z][a-z][\w’'-]*")


def build_register(
    doc: Transcript, reporter: Reporter, authority: tuple[AuthorityEntry, ...] = ()
) -> Transcript:
    register = Register(editor_id(initials) for initials in doc.editors)
    unnamed: dict[str, _Entry] = {}  # collective and unnamed speakers, by their label
    turn_labels = {b.name for b in doc.blocks if isinstance(b, Turn)}
    witnesses = _witnesses_in_headings(list(doc.blocks), turn_labels)
    rostered: set[str] = set()  # the surnames the roster gave a full name
    for name, qualified in _members_on_roster(list(doc.blocks), turn_labels, witnesses):
        rostered.add(_fold(name.split()[-1]))
        # "MELVIN L. WATT, North Carolina" on the cover: who "Mr. Watt." and the
        # list of members present's "Watt" are
        entry = register.find(name) or register.add(name)
        entry.participant = True
        if qualified:  # "McCarthy of New York", as the label and the list write her
            register.add_name(entry, qualified)
    for block in doc.blocks:
        if isinstance(block, ParticipantsLine | ParticipantsHead):
            roles = block.roles if isinstance(block, ParticipantsLine) else ()
            for index, name in enumerate(block.names):
                kind = speaker_kind(name)
                if kind != "person":
                    # Otter lists "Unknown Speaker" among the speakers: the voice its
                    # label names below, not a person called so
                    key = " ".join(name.casefold().split())
                    entry = unnamed.get(key) or register.add(name)
                    entry.kind = kind  # type: ignore[assignment]
                    unnamed[key] = entry
                else:
                    entry = register.find(name) or register.add(name)
                entry.participant = True
                if index < len(roles) and roles[index] and entry.role is None:
                    entry.role = roles[index]
    speakers: dict[int, _Entry] = {}
    blocks: list[Block] = []
    labels = {b.name for b in doc.blocks if isinstance(b, Turn)}
    briefing = (
        "Q" in labels
        and "A" not in labels
        and not any(isinstance(b, MetadataField) and b.kind == "role" for b in doc.blocks)
    )
    role_names = [
        b.value
        for b in doc.blocks
        if isinstance(b, MetadataField) and b.kind == "role" and b.key.casefold() in _ROLE_LABELS
    ]
    interviewed, interviewers = _interviewed_in_title(list(doc.blocks))
    # a field or a list of participants that names the interpreter ("Interpreter:
    # Ana Ruiz", "Ana Ruiz, Spanish Interpreter"): her label is her, not a role
    interpreter_named = any(
        isinstance(b, MetadataField) and "interpret" in b.key.casefold() for b in doc.blocks
    )
    title_names = _named_in_title(list(doc.blocks))
    for name in witnesses:
        # "STATEMENT OF … PETER J. LINDQVIST, …": who "Mr. LINDQVIST." is
        (register.find(name) or register.add(name)).participant = True
    for name, label in _named_over_labels(list(doc.blocks), labels):
        if not label and _fold(name.split()[-1]) in rostered:
            continue  # the roster's line ("JAN ROE, Illinois"), its member named already
        # "John Kirby" over a briefing's "MR KIRBY:": who the label is
        entry = register.find(name) or register.add(name)
        entry.participant = True
        if label:  # "Session facilitator: Ana Ruiz" over "ANA:": her given name labels her
            register.add_name(entry, label)
    # a key to the call signs before the turns ("CDR<TAB>Commander<TAB>Ann Vale",
    # "CC    Capsule communicator"): who, or what role, each sign is
    keyed: dict[str, _Entry] = {}
    for sign, role, name in _call_sign_key(list(doc.blocks), labels):
        if name:
            entry = register.find(name) or register.add(name)
            register.add_name(entry, sign)
        else:  # "SC  Unidentifiable crewmember", "MS  Multiple speakers": no one named
            entry = register.find(sign) or register.add(sign)
            entry.kind = _key_kind(role)  # type: ignore[assignment]
        entry.participant = entry.speaker = True
        entry.role = entry.role or role
        keyed[sign] = entry
    for _office, name in title_names:
        if len(name.split()) >= 2:
            # a participant before the turns, so that "MS. WELLS:" finds her by surname
            (register.find(name) or register.add(name)).participant = True
    role_names.extend((*interviewed, *interviewers))
    named = frozenset(
        letters
        for name in [
            *(b.value for b in doc.blocks if isinstance(b, MetadataField) and b.kind == "role"),
            *interviewed,
            *interviewers,
        ]
        for letters in initials_forms(name)
    )
    if any(_INITIALS.fullmatch(label) for label in labels):
        # beside "CB:", "PA:" is initials too, not a name to title-case
        named |= {label for label in labels if _CAPITALS.fullmatch(label)}
    # the entry by label (a document has few labels and many turns): the entry a
    # label's first turn found or made is what every later turn with it finds
    # (the label's forms went into the register with it)
    labelled: dict[str, _Entry] = dict(keyed)
    last_turns = {b.name: i for i, b in enumerate(doc.blocks) if isinstance(b, Turn)}
    first_turns: dict[str, int] = {}
    for i, b in enumerate(doc.blocks):
        if isinstance(b, Turn):
            first_turns.setdefault(b.name, i)
    # the text, read only when a label shortens a name ("Ana R:"), to see who it may be
    document = cache(lambda: _TextIndex(list(doc.blocks)).document)
    # turns of two speakers who also speak alone ("Paul and Rita Hale:"): the two
    # are found once every label alone has its entry
    joint: dict[int, tuple[str, str]] = {}
    # "MR. SULLIAN:" once among "MR. SULLIVAN:": the typist's slip, the same voice
    mistyped = _mistyped_labels(doc.blocks)
    for position, block in enumerate(doc.blocks):
        if isinstance(block, Turn) and block.name in mistyped and mistyped[block.name] in labelled:
            labelled[block.name] = labelled[mistyped[block.name]]
        if isinstance(block, Turn) and block.name not in labelled:
            joined = " & " in block.name or PAIRING_WORDS.intersection(
                block.name.casefold().split()
            )
            pair = joint_names(block.name) if joined else None
            if pair is not None and pair[0] in labels and pair[1] in labels:
                joint[len(blocks)] = pair
                blocks.append(block)
                continue
        if isinstance(block, Turn):
            known = labelled.get(block.name)
            if known is not None:
                for form in _written_label(block, named):
                    register.add_name(known, form)
                speakers[len(blocks)] = known
                blocks.append(block)
                continue
            kind = speaker_kind(block.name, briefing)
            # "Interpreter: Ana Ruiz", or the one listed "Ana Ruiz, Interpreter", names
            # who "INTERPRETER:" is (several listed: which one speaks is not said, the
            # label stays a role)
            if (
                kind == "anonymous"
                and "interpret" in block.name.casefold()
                and (interpreter_named or _listed_interpreter(register, block.name))
            ):
                kind = "person"
            if kind != "person":
                key = " ".join(block.name.casefold().split())
                entry = unnamed.get(key) or register.add(block.name)
                unnamed[key] = entry
                entry.kind = kind  # type: ignore[assignment]
                entry.speaker = True
                labelled[block.name] = entry
                speakers[len(blocks)] = entry
                blocks.append(block)
                continue
            found = (
                _role_holder(register, block.name, role_names)
                or _listed_office_holder(register, block.name)
                or _listed_interpreter(register, block.name)
                or register.find(block.name)
            )
            if found is None and "_" in block.name.strip("_"):
                # a chat's "Ana_Ruiz:" is the listed "Ana Ruiz"
                found = register.find(block.name.replace("_", " ").strip())
            gender = GENDERED.match(block.name)
            if found is None and gender is not None:
                # "MR. WELLER:" for "Tom Weller, Department of City Planning" in a list
                # of participants that gives no title telling a gender
                surnamed = register.find(bare_name(block.name))
                if (
                    surnamed is not None
                    and (surnamed.participant or surnamed.speaker)
                    and not any(_other_title(n, gender.group(1)) for n in surnamed.names)
                ):
                    found = surnamed
            if found is None and gender is not None and role_names:
                found = _titled_role_holder(register, block.name, role_names, labels)
            if found is None:
                found = _surname_first(register, block.name)
            if found is None:
                found = _abbreviated(labelled, block, last_turns, position)
            if found is None:
                found = _surname_initial(register, block.name, labels, document)
            if found is not None and gender is not None:
                # "Mrs. SMITH:" is not "Smith:" unless her title was seen on the entry,
                # or the entry is a bare surname a list gave ("Present: Representatives
                # Smith, …"), not a speaker labelled "Smith:"
                title = gender.group(1).casefold()
                titled = any(_name_words(n)[:1] == (title,) for n in found.names)
                listed = not found.speaker and (
                    all(len(_name_words(n)) == 1 for n in found.names)
                    or (found.participant and not any(GENDERED.match(n) for n in found.names))
                )
                # "JIM LEHRER:" once, then "MR. LEHRER:": the title takes over
                over = found.speaker and _taken_over(
                    found, labelled, (first_turns, last_turns), position
                )
                if not titled and not listed and not over:
                    found = None
            if found is not None:
                entry = found
            elif _is_initials(block.name, named):
                entry = register.add(block.name)
            else:
                # "Albright, Gwen" as a meeting program lists people: Gwen Albright
                written = _INVERTED.fullmatch(block.name)
                entry = register.add(
                    f"{written.group('given')} {written.group('surname')}"
                    if written is not None
                    else title_case(bare_name(block.name, keep_gender=True))
                )
                if doc.blocks and any(isinstance(b, ParticipantsLine) for b in doc.blocks):
                    reporter.warning(
                        "W401",
                        f"speaker {block.name!r} is not in the list of participants; "
                        "a person entry was made for the label",
                        Span(doc.source_name, block.line, 1),
                    )
            entry.speaker = True
            for form in (*_label_forms(block.name, named), *_written_label(block, named)):
                register.add_name(entry, form)
            labelled[block.name] = entry
            speakers[len(blocks)] = entry
        blocks.append(block)
    for index, pair in joint.items():
        # both are speakers: each name finds the entry its own label made
        ids = [(labelled.get(n) or register.find(n) or register.add(n)).person_id for n in pair]
        joint[index] = (ids[0], ids[1])
    for block in blocks:
        if isinstance(block, Closer):
            for name in block.names:
                entry = register.find(name) or register.add(name)
                register.add_name(entry, name)
        if isinstance(block, MetadataField) and block.kind == "role":
            _name_a_role(register, block.key, block.value)
    for name in interviewed:
        _name_a_role(register, "interviewee", name)
    for name in interviewers:
        _name_a_role(register, "interviewer", name)
    _name_offices(register, title_names)
    text = _TextIndex(blocks)
    _cased_as_in_text(text, register)
    _add_biographies(text, register)
    _add_variants(text, register, doc.source_name, reporter)
    _add_fuller_forms(text, register)
    _add_self_named(blocks, labelled, register)
    _add_nicknames(text, register)
    if authority:
        _apply_authority(text, register, authority)
    persons = tuple(
        Person(
            e.person_id,
            tuple(e.names),
            e.participant,
            e.speaker,
            e.birth,
            e.death,
            e.role,
            e.note_id,
            tuple(e.idnos),
            e.kind,
        )
        for e in register.entries
    )
    homoglyphs = _HOMOGLYPH_CHARS.search(text.document) is not None
    others = _named_others(text.document)
    tagger = _Tagger(register, doc.source_name, reporter, homoglyphs, _stations(register), others)
    tagged = tuple(
        _tag_turn(b, tagger, " ".join(joint[i]) if i in joint else speakers[i].person_id)
        if isinstance(b, Turn)
        else _tag_block(b, tagger)
        for i, b in enumerate(blocks)
    )
    return replace(doc, blocks=tagged, persons=persons)


def _mistyped_labels(blocks: Sequence[Block]) -> dict[str, str]:
    """Labels said once that a typist misspelled, each with the label that
    recurs which it misspells ("MR. SULLIAN:" once among "MR. SULLIVAN:",
    "MOERATOR:" among "MODERATOR:"): the same words but one of five letters or
    more, one letter left out, added, changed or two letters swapped, its first
    two letters and its last as the recurring label writes them. Where two
    recurring labels are that near, or both labels recur ("MR. HALE:", "MR.
    HALL:"), each is its own; so is a name that ends otherwise ("MR. BROWNE:"
    once beside "MR. BROWN:").

    >>> from ..model import Turn
    >>> said = [Turn("MODERATOR:", "MODERATOR", None, (), 1)] * 2
    >>> _mistyped_labels([*said, Turn("MOERATOR:", "MOERATOR", None, (), 9)])
    {'MOERATOR': 'MODERATOR'}
    """
    counts: dict[str, int] = {}
    for block in blocks:
        if isinstance(block, Turn):
            counts[block.name] = counts.get(block.name, 0) + 1
    once = [name for name, count in counts.items() if count == 1]
    if not once:
        return {}
    recurring = [name for name, count in counts.items() if count >= 2]
    found: dict[str, str] = {}
    for name in once:
        near = [other for other in recurring if _one_slip(name, other)]
        if len(near) == 1:
            found[name] = near[0]
    return found


def _one_slip(written: str, meant: str) -> bool:
    """Whether ``written`` is ``meant`` with one word of five letters or more
    mistyped by one letter (see :func:`_mistyped_labels`)."""
    words, meant_words = written.split(), meant.split()
    if len(words) != len(meant_words):
        return False
    differ = [(a, b) for a, b in zip(words, meant_words, strict=True) if a != b]
    if len(differ) != 1:
        return False
    a, b = differ[0]
    if min(len(a), len(b)) < 5 or a[:2] != b[:2] or a[-1] != b[-1]:
        return False
    if edit_distance_one(a, b):
        return True  # one letter left out, added or changed
    wrong = [i for i in range(len(a)) if len(a) == len(b) and a[i] != b[i]]
    # two letters next to each other swapped: "PRESIDNET"
    return (
        len(wrong) == 2
        and wrong[1] == wrong[0] + 1
        and (a[wrong[0]], a[wrong[1]]) == (b[wrong[1]], b[wrong[0]])
    )


# A call sign with its flight's number: "Seabird 3187", "Jet Link 2760".
_CALL_SIGN: Final = recache.compile(r"^[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)? \d{2,4}$")


def _stations(register: Register) -> frozenset[str]:
    """Where two speakers or more are call signs with a flight's number, the
    labels are a radio log's stations ("Harbor Tower", "LaGuardia"): the
    speakers that no list names, by id."""
    speakers = [e for e in register.entries if e.speaker and not e.participant]
    signs = sum(
        1 for e in speakers if any(_CALL_SIGN.match(n) for n in e.names) and e.kind == "person"
    )
    if signs < 2:
        return frozenset()
    return frozenset(e.person_id for e in speakers)


class _TextIndex:
    """The document's text, gathered in one walk for the passes that read it.

    ``paragraphs`` holds each inline sequence (a turn's paragraph or a whole
    block) with its line and plain text (notes' text included); ``blocks``
    the text of each block, its sequences joined by "|"; ``notes`` each
    footnote with the plain text of the paragraph its anchor sits in.
    """

    def __init__(self, blocks: list[Block]) -> None:
        self.paragraphs: list[tuple[int, str]] = []
        self.blocks: list[str] = []
        self.notes: list[tuple[Note, str]] = []
        pieces: list[str] = []
        for block in blocks:
            units = block.paragraphs if isinstance(block, Turn) else (block,)
            block_pieces: list[str] = []
            for unit in units:
                texts: list[str] = []
                notes: list[Note] = []
                for node in block_inlines(unit):  # one pass (the model has no subclasses)
                    kind = type(node)
                    if kind is Text:
                        texts.append(node.value)  # type: ignore[union-attr]
                    elif kind is Note:
                        notes.append(node)  # type: ignore[arg-type]
                context = "".join(texts)
                self.paragraphs.append((getattr(unit, "line", 0), context))
                self.notes.extend((n, context) for n in notes)
                block_pieces.extend(texts)
            self.blocks.append("|".join(block_pieces))
            pieces.extend(block_pieces)
        self.document = " ".join(pieces)


# A name's word with a capital inside it, as the text writes it: "McGill", "MacLeod",
# "DeLuca" (a label in capitals, "MR. MCGILL", cannot say so).
# (its boundary a look-behind after the first capital, not a \b before it: a
# pattern that opens with a class of letters lets the engine skip to the next
# capital, 0.96 → 0.40 ms over the bundled memorandum)
_INNER_CAPITAL = recache.compile(r"[A-Z](?<!\w[A-Z])[a-z]{1,3}[A-Z][a-z]+\b")
_WORD = recache.compile(r"\w{3,}")


def _cased_as_in_text(text: _TextIndex, register: Register) -> None:
    """A name title-cased from a label in capitals ("Mr. Mcgill") takes the
    casing the text gives the same word ("Mr. McGill")."""
    cased = {word.casefold(): word for word in _INNER_CAPITAL.findall(text.document)}
    if not cased:
        return

    def recase(match: re.Match[str]) -> str:
        word = match.group()
        return cased.get(word.casefold(), word) if word == word.capitalize() else word

    for entry in register.entries:
        names = [_WORD.sub(recase, name) for name in entry.names]
        entry.names[:] = list(dict.fromkeys(names))


def _note_text(note: Note) -> str:
    return "".join(
        n.value if isinstance(n, Text) else "" if isinstance(n, _BREAKS) else getattr(n, "text", "")
        for n in note.content
    )


# Inline nodes that mark where the source broke (a page, a line, a tape), not words.
_BREAKS = (PageMark, Folio, Incident, LineBreak)


# The labels an interview gives to the people a "Key: NAME" line names.
_ROLE_LABELS = {
    "interviewer": ("interviewer", "q"),
    "interviewers": ("interviewer", "q"),
    "interviewerin": ("interviewerin", "interviewer", "i"),
    "facilitator": ("facilitator", "moderator"),
    "presenter": ("presenter",),
    "host": ("host",),
    "reporter": ("reporter",),
    "correspondent": ("correspondent",),
    "interviewed by": ("interviewer", "q"),
    "conducted by": ("interviewer", "q"),
    "interview conducted by": ("interviewer", "q"),
    "interviewee": ("interviewee", "a"),
    "narrator": ("narrator", "a"),
    "narrators": ("narrator", "a"),
    "veteran": ("veteran", "a"),
    "interviewees": ("interviewee", "a"),
    "interview": ("interviewee", "a"),
    "interview with": ("interviewee", "a"),
    "moderator": ("moderator",),
}
# Roles of people who made the record, not of people who took part in the talk.
_RECORD_ROLES = frozenset(
    (
        "transcribed by",
        "transcriber",
        "transcript prepared by",
        "transcript originally prepared by",
        "transcript reconceived by",
        "transcript reviewed by",
        "notes",  # a call's "Notes: Ana Ruiz", who took them
        "transkription",
        "translator",
        "recorded by",
        "recording engineer",
        "edited by",
        "editor",
    )
)


def _name_a_role(register: Register, key: str, name: str) -> None:
    """ "Interviewer: Ruth Abernathy" names the speaker labelled "Interviewer:"
    (or "Q:"), or labelled with her surname ("ABERNATHY:") or her initials
    ("RA:"): her name becomes the entry's first form. Without such a speaker
    she is still a participant of the conversation; a transcriber or a
    translator is not one."""
    key = key.casefold()
    if key in _RECORD_ROLES:
        if register.find(name) is None:
            register.add(name)
        return
    labels = _ROLE_LABELS.get(key, (key,))
    for label in labels:
        entry = next(
            (e for e in register.entries if any(n.casefold() == label for n in e.names)), None
        )
        if entry is not None:
            register.add_name(entry, name, first=True)
            return
    entry = register.find(name) or _labelled_with_initials(register, name)
    if entry is None:
        entry = register.add(name)
    elif entry.speaker:
        register.add_name(entry, name, first=True)
    entry.participant = True


_TITLE_NAME = rf"{UP}[\w’'-]*\.?(?:\s+{UP}[\w’'-]*\.?){{1,3}}"
# the same with particles before a word: "Willem de Groot", "Aaron van Wirdum"
_PARTICLED_NAME = (
    rf"{UP}[\w’'-]*\.?(?:\s+(?:(?:{'|'.join(NAME_PARTICLES)})\s+){{0,2}}{UP}[\w’'-]*\.?){{1,3}}"
)
_INTERVIEW_WITH = recache.compile(
    rf"\b(?i:(?:{'|'.join(INTERVIEW_TITLE_WORDS)}|oral\s+history(?:\s+interview)?)"
    rf"\s+(?:{'|'.join(INTERVIEW_TITLE_WITH)}))\s+"
    rf"(?P<name>{_PARTICLED_NAME})"
    rf"(?=\s*(?:$|[,;:(]|\s(?:{'|'.join(INTERVIEW_TITLE_AFTER)})\s))"
)
# "Dennis Ritchie interviewed by Michael S. Mahoney"
_NAME_INTERVIEWED = recache.compile(rf"^(?P<name>{_TITLE_NAME})\s+(?i:interviewed)\s+by\s")
# "Edith M. Crane Oral History Interview, June 2, 1970", as presidential libraries
# and the Park Service head a transcript's page: the name before the words
_NAME_ORAL_HISTORY = recache.compile(
    rf"^(?P<name>{_TITLE_NAME})\s+(?i:oral\s+history\s+interview)(?=$|[\s,:;–—-])"
)
# "…, conducted by Peter Salus", "… interviewed by Michael S. Mahoney"
_CONDUCTED_BY = recache.compile(
    rf"\b(?i:conducted|interviewed)\s+(?i:by)\s+(?P<by>{_TITLE_NAME})(?=\s*(?:$|[,;:(]|\s(?:on|at|in)\s))"
)

# "Interview with Ana Ruiz by Bo Lee, May 2, 2009": the interviewer right after the
# one interviewed, "by" alone ("von", "door", "par", "por" in other languages)
_BARE_BY = recache.compile(
    rf"(?<!\s)\s+(?:by|von|door|par|por)\s+(?P<by>{_TITLE_NAME})(?=\s*(?:$|[,;:(]|\s(?:on|at|in)\s))"
)


def _interviewed_in_title(blocks: list[Block]) -> tuple[list[str], list[str]]:
    """Who a title says was interviewed ("Interview with Jane Doe", "Jane Doe
    interviewed by …"), where no "Interviewee:" or "Narrator:" line names one,
    and who interviewed ("…, conducted by Tom Berg")."""
    if any(
        isinstance(b, MetadataField)
        and b.key.casefold() in ("interviewee", "narrator", "interview with")
        # ("Narrator: OB" gives the label, not the name: the title may give it)
        and not _INITIALS_ONLY.fullmatch(b.value.replace(".", "").replace(" ", ""))
        for b in blocks
    ):
        return [], []
    for index, block in enumerate(blocks):
        if isinstance(block, Turn):  # the front matter ended
            opened = _interviewed_in_opening(block)
            return opened if opened[0] else (_said_in_first_answer(blocks[index:]), opened[1])
        if isinstance(block, TitleLine | Paragraph):  # the title, or a line under it
            text = plain_text(block.content)
            if _over_interviewer(text, blocks[index + 1 : index + 2]):
                return [text.strip()], []  # "Dana K. Orr" / "Interviewed by Lee Park"
            found = (
                _INTERVIEW_WITH.search(text)
                or _NAME_INTERVIEWED.match(text)
                or (_NAME_ORAL_HISTORY.match(text) if "istory" in text else None)
            )
            if found is not None:
                name = found.group("name")
                by = _CONDUCTED_BY.search(text, found.end("name")) or _BARE_BY.match(
                    text, found.end("name")
                )
                # or on a line of its own under the title ("INTERVIEW CONDUCTED BY …")
                for below in blocks[index + 1 : index + 4]:
                    if by is not None or not isinstance(below, Paragraph):
                        break
                    by = _CONDUCTED_BY.search(plain_text(below.content))
                interviewer = by.group("by") if by is not None else ""
                found_by = (
                    [interviewer] if interviewer else _by_line(blocks[index + 1 : index + 12])
                )
                # (a name that ends the title's sentence: "…, conducted by Bo Park.")
                return [title_case(name) if name.isupper() else without_full_stop(name)], [
                    title_case(n) if n.isupper() else without_full_stop(n) for n in found_by
                ]
    return [], []


def _by_line(below: list[Block]) -> list[str]:
    """The interviewers named on a line of their own under a title block's place
    and date ("Independence, Missouri" / "March 18, 1976" / "by J.T. Curry and
    P.D. Lagerquist"), before the first turn; none where no such line stands."""
    for block in below:
        if isinstance(block, Turn):
            return []
        if isinstance(block, Paragraph) and block.content:
            names = by_line_names(plain_text(block.content).strip())
            if names:
                return names
    return []


def _interviewed_in_opening(turn: Turn) -> tuple[list[str], list[str]]:
    """Who the first turn says is interviewed and who interviews, where no front
    matter names them, as an oral history's interviewer opens the recording:
    "This is an oral history interview with Ron Duarte taking place on 13 June
    2006. The interviewer is David Brock." (their labels are their surnames)."""
    if not turn.paragraphs:
        return [], []
    text = " ".join(plain_text(p.content) for p in turn.paragraphs[:4])[:600]
    if "nterview with" not in text:
        return [], []  # most first turns: no such opening
    found = _OPENING_INTERVIEW.search(text)
    if found is None:
        return [], []
    by = _OPENING_INTERVIEWER.search(text)
    return [found.group("name")], [by.group("name")] if by is not None else []


def _said_in_first_answer(blocks: list[Block]) -> list[str]:
    """The name the one answering gives in the first answer, where nothing before
    named her ("Q: Could you say your name?" / "A: My name is Ruth Ames, and …"):
    the one interviewed. Only the first turn of the second label is read."""
    turns = (b for b in blocks[:12] if isinstance(b, Turn))
    first = next(turns, None)
    answer = next((t for t in turns if first is not None and t.name != first.name), None)
    if answer is None or not answer.paragraphs:
        return []
    text = plain_text(answer.paragraphs[0].content)[:300]
    if "name is" not in text and "name's" not in text:
        return []  # most answers: no introduction
    found = _SELF_NAMED.search(text)
    if found is None:
        return []
    name = found.group("name")
    label = answer.name.strip().rstrip(".:")
    # only where the label can be hers: the answerer's letter or role, her
    # initials, her surname ("Speaker 2" saying so is left to the reader)
    if (
        label.casefold() in ("a", "interviewee", "narrator", "respondent")
        or label.replace(".", "") in initials_forms(name)
        or _fold(label.split()[-1]) == _fold(name.split()[-1])
    ):
        return [name]
    return []


# "… an oral history interview with Ron Duarte taking place …", "interview with Dr.
# Ana Ruiz." in the first turn; a name's words end at a stop ("David Brock. Ron, …")
_OPENING_NAME = rf"{UP}[\w’'-]+(?:\s+(?:{UP}\.|{UP}[\w’'-]+)){{1,3}}"
_OPENING_INTERVIEW = recache.compile(
    r"\b(?:[Oo]ral [Hh]istory )?[Ii]nterview with "
    rf"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss)\.?\s+)?(?P<name>{_OPENING_NAME})\b"
)
_OPENING_INTERVIEWER = recache.compile(
    rf"\b(?:[Tt]he interviewer is|[Mm]y name is|conducted by)\s+(?P<name>{_OPENING_NAME})\b"
)
# "My name is Ruth Ames", "my name's Ruth Ames" at an answer's start
_SELF_NAMED = recache.compile(
    rf"^(?:\W*(?:[Ww]ell|[Oo]kay|[Ss]ure|[Yy]es|[Oo]h)\W+)?[Mm]y (?:full )?name(?: is|'s|’s)\s+"
    rf"(?P<name>{_OPENING_NAME})\b"
)


# "… my name is Sam Stevens, and I ask questions on behalf of …" anywhere in a turn's
# opening words (after "My Lady," or "Good morning."); the name two words or more
_SAYS_OWN_NAME = recache.compile(
    rf"\b[Mm]y (?:full )?name(?: is|'s|’s)\s+(?P<name>{_OPENING_NAME})\b"
)


def _add_self_named(blocks: list[Block], labelled: dict[str, _Entry], register: Register) -> None:
    """A speaker labelled by a title and a surname alone ("MR STEVENS:", "Mr Beer:")
    who says a full name of that surname in one of the label's first two turns
    ("My Lady, my name is Sam Stevens, and I ask questions on behalf of …", as
    counsel open their questioning): that name is the person's fullest form."""
    heard: dict[str, int] = {}
    for block in blocks:
        if not isinstance(block, Turn) or not block.paragraphs:
            continue
        heard[block.name] = heard.get(block.name, 0) + 1
        entry = labelled.get(block.name)
        if heard[block.name] > 2 or entry is None or entry.kind != "person":
            continue
        text = plain_text(block.paragraphs[0].content)[:400]
        if " name" not in text and "My name" not in text:
            continue  # most turns: no one says a name
        found = _SAYS_OWN_NAME.search(text)
        surnames = {_name_words(n)[-1] for n in entry.names if _name_words(n)}
        if found is None or len(surnames) != 1 or any(_given_named(n) for n in entry.names):
            continue
        words = found.group("name").split()
        # ("my name is Jason Beer KC": the name ends at the label's surname)
        ends = [i for i, w in enumerate(words) if _fold(w.rstrip(".,")) in surnames]
        if ends and ends[0] >= 1:
            register.put_first(entry, " ".join(words[: ends[0] + 1]))


def _given_named(name: str) -> bool:
    """A name form that gives more than a title and a surname ("Sam Stevens").

    >>> _given_named("MR STEVENS"), _given_named("Mrs. Ruiz"), _given_named("Sam Stevens")
    (False, False, True)
    """
    words = _name_words(name)
    return len(words) - (1 if GENDERED.match(name) else 0) >= 2


def _over_interviewer(text: str, after: list[Block]) -> bool:
    """A full name alone on its line right over "Interviewed by NAME", as an
    oral history's web page sets the narrator's name: the one interviewed."""
    under = after[0] if after else None
    return (
        isinstance(under, MetadataField)
        and under.kind == "role"
        and under.key.casefold() == "interviewed by"
        and _FULL_NAME_ALONE.fullmatch(text.strip()) is not None
    )


# A name of two to four words alone: "Dana K. Orr", "Ines M. Halvorsen".
_FULL_NAME_ALONE = recache.compile(rf"^{_TITLE_NAME}")


# "PRESS BRIEFING BY PRESS SECRETARY DANA WELLS", "Remarks by Ambassador Jo Lind":
# who gives the briefing, after the offices before the name
# "PRESS BRIEFING BY PRESS SECRETARY DANA WELLS", "Remarks by President Biden in …
# Moderated by Domestic Policy Advisor Susan Rice": who gives or leads the event
# ("Interview of President Trump by Jamie Little": who was interviewed, never by whom)
_BRIEFED_BY = recache.compile(
    r"\b(?:(?i:briefing|gaggle|remarks|conference|statement|call|moderated|hosted|chaired)"
    r"\s+(?i:by|with)|(?i:interview)\s+(?i:of))\s+(?P<words>[^,;:()]{3,120}?)"
    r"(?=\s*(?:$|[,;:(]|\s(?i:on|at|in|aboard|and|with|before|to|by)\s))"
)
# a second name the title joins to the first: "Interview of President Trump and Elon Musk"
# (matched in the title with its spaces made single)
_AND_NAMED = recache.compile(
    r" and (?P<words>[^,;:()]{3,120}?)"
    r"(?=\s*(?:$|[,;:(]|\s(?i:on|at|in|aboard|and|with|before|to|by)\s))"
)
# a further holder the title lists after a comma: "Press Briefing by President Roe,
# Press Secretary Ana Diaz, and National Economic Adviser Bo Lee"
_LISTED_NAMED = recache.compile(
    r",\s(?:and\s)?(?P<words>[^,;:()]{3,120}?)"
    r"(?=\s*(?:$|[,;:(]|\s(?i:on|at|in|aboard|and|with|before|to|by)\s))"
)


def _listed_office(title: str, at: int) -> re.Match[str] | None:
    """The next holder a title lists after a comma, where an office opens the
    item (", Press Secretary Ana Diaz"); a date or a place after the comma
    (", March 4, 2022", ", Aboard Air Force One") is none."""
    listed = _LISTED_NAMED.match(title, at) if title[at : at + 1] == "," else None
    if listed is None or not _title_office_word(listed.group("words").split()[0]):
        return None
    office = itertools.takewhile(_title_office_word, listed.group("words").split())
    # (a holder's office, not a body's: "State of New York" names no one)
    if not any(word.casefold().rstrip("s") in _HOLDER_WORDS for word in office):
        return None
    return listed


# the words of an office a person holds, as a title lists the holders
_HOLDER_WORDS: Final = frozenset(
    (
        *(word.casefold() for word in OFFICES),
        *"president governor mayor senator spokesperson spokesman spokeswoman "
        "coordinator administrator".split(),
    )
)


_OFFICE_WORDS: Final = frozenset(
    word.casefold()
    for word in (
        *OFFICES,
        *"the press principal senior national security council homeland economic domestic "
        "policy communications white house state defense treasury vice president prime "
        "general attorney spokesperson spokesman spokeswoman official officials "
        "administration coordinator governor mayor senator of and for to advisor adviser "
        "united states trade representative ambassador".split(),
    )
    if " " not in word
)


def _title_office_word(word: str) -> bool:
    """Whether a title's word before a name is one of an office's, also in the
    plural an office's name may end with ("Chair of the Council of Economic
    Advisers Ana Roe", "… of Governors …"): never the name's first word.

    >>> _title_office_word("Advisers"), _title_office_word("Carlos")
    (True, False)
    """
    folded = word.casefold().strip(".")
    return folded in _OFFICE_WORDS or (
        len(folded) > 4 and folded[-1] == "s" and folded[:-1] in _OFFICE_WORDS
    )


def _named_in_title(blocks: list[Block]) -> list[tuple[str, str]]:
    """Who a title says gives or leads the event, with the office before the
    name: "PRESS BRIEFING BY PRESS SECRETARY DANA WELLS" → ("PRESS SECRETARY",
    "Dana Wells"); "Remarks by President Biden" → ("President", "Biden"). A
    name of one word counts only after an office."""
    for index, block in enumerate(blocks):
        if isinstance(block, Turn):
            break
        if not (
            isinstance(block, TitleLine | Paragraph)
            or (isinstance(block, MetadataField) and block.kind == "title")
        ):
            continue
        text = block.value if isinstance(block, MetadataField) else plain_text(block.content)
        after = blocks[index + 1] if index + 1 < len(blocks) else None
        if isinstance(after, Paragraph) and plain_text(after.content)[:3] in ("BY ", "By "):
            text += " " + plain_text(after.content)  # "PRESS BRIEFING" / "BY …"
        named: list[tuple[str, str]] = []
        joined = " ".join(text.split())
        for found in _BRIEFED_BY.finditer(joined):
            groups = [found.group("words")]
            at = found.end("words")
            while (more := _AND_NAMED.match(joined, at) or _listed_office(joined, at)) is not None:
                groups.append(more.group("words"))
                at = more.end("words")
            for group in groups:
                words = group.split()
                office: list[str] = []
                while words and _title_office_word(words[0]):
                    office.append(words.pop(0))
                if (2 if not office else 1) <= len(words) <= 4 and all(
                    w[:1].isupper() for w in words
                ):
                    name = " ".join(words)
                    named.append((" ".join(office), title_case(name) if name.isupper() else name))
        if named:
            return named
    return []


# A name alone on its line before the text, as a briefing's header block sets the
# briefer ("John Kirby" over "Daily Press Briefing"), or the name a background line
# introduces ("• BACKGROUND: Lena Park is the Special Envoy for …")
# (or who moderates: "[Moderated by Carla Mott, Press Secretary]")
_NAME_OVER_LABELS = recache.compile(
    r"^(?:[•*-][ \t]*)?(?:(?i:background):[ \t]*|\[(?i:moderated|hosted|chaired) by[ \t]+)?"
    # (a middle initial between the names, as a name block sets the narrator in
    # capitals: "MARGARET A. COLLIER" over "COLLIER:")
    rf"(?P<name>{UP}[\w’'-]+(?:[ \t]+{UP}\.)?(?:[ \t]+{UP}[\w’'-]+){{1,2}})"
    r"(?:$|[,\]]|[ \t]+is[ \t]+(?:the|an?)[ \t])"
)
# An archive's number for an interview over the narrator's name ("DP-40", "EI-845"),
# the surname sometimes typed against it ("EI-845RODWIN" over "MINNIE RODWIN")
_ARCHIVE_NUMBER = recache.compile(r"^[A-Z]{1,5}-\d{1,5}[A-Z]*\s+(?=[A-Z])")
# A field before the text whose value is a name, as a heading may hold one:
# "### Session facilitator(s): Ana Ruiz"
_NAMED_IN_FIELD = recache.compile(
    rf"^(?:#{{1,6}}[ \t]+)?{UP}[\w ()'’&-]{{0,40}}:[ \t]+"
    rf"(?P<name>{UP}[\w’'-]+(?:[ \t]+{UP}[\w’'-]+){{1,2}})$"
)


def _named_over_labels(blocks: list[Block], labels: set[str]) -> list[tuple[str, str]]:
    """The names that lines before the first turn give in full, or a line
    between turns naming the next speaker ("Ana Lind, Office of …"), where a
    label bears the surname ("Mr Kirby:", "LIND:"): the people those labels
    are; or a field's name whose given name is a label ("Facilitator: Ana
    Ruiz" over "ANA:"), with that label."""
    surnames = {_fold(label.split()[-1].strip(".:")) for label in labels if label.split()}
    given = {_fold(label): label for label in labels if " " not in label.strip()}
    found: list[tuple[str, str]] = []
    seen_turn = False
    for block in blocks:
        seen_turn = seen_turn or isinstance(block, Turn)
        # after the first turn, only a line naming the next speaker ("Ana Lind, Office …")
        if seen_turn and not (
            isinstance(block, Narration)
            and isinstance(block.content[:1] and block.content[0], PersName)
        ):
            continue
        if not isinstance(block, TitleLine | Paragraph | Narration):
            continue
        text = plain_text(block.content).strip()
        if "-" in text[:7] and isinstance(block, TitleLine):
            # "DP-40" over "MARY YANKOVIK GRANDE": an archive's interview number
            # heads the narrator's name in the title block, no word of the name
            text = _ARCHIVE_NUMBER.sub("", text, count=1)
        match = _NAME_OVER_LABELS.match(text)
        name = match.group("name") if match is not None else ""
        if name and _fold(name.split()[-1]) in surnames and name.upper() not in labels:
            found.append((title_case(name) if name.isupper() else name, ""))
            continue
        field = _NAMED_IN_FIELD.match(text) if not seen_turn and ":" in text else None
        label = given.get(_fold(field.group("name").split()[0])) if field is not None else None
        if field is not None and label is not None:
            found.append((field.group("name"), label))
    return found


# A row of a key to call signs before the turns, as NASA's voice transcriptions
# open: the sign, what it stands for, and perhaps who, the columns set apart by
# a tab or two spaces or more ("CDR<TAB>Commander<TAB>Ann Vale", "CC      Capsule
# communicator (CAP COMM)"); single spaces only inside a column.
_KEY_ROW: Final = recache.compile(
    r"(?P<sign>[A-Z][A-Z0-9-]{0,7})(?:\t|  )[ \t]*(?P<role>\S+(?: \S+)*)"
    r"(?:(?:\t|  )[ \t]*(?P<name>\S+(?: \S+)*))?[ \t]*"
)


# The same row copied with one space between the columns: "CDR Commander Neil A.
# Armstrong" (the role and the name told apart by :func:`_role_then_name`).
_KEY_ROW_SPACED: Final = recache.compile(r"(?P<sign>[A-Z][A-Z0-9-]{0,7}) (?P<role>\S+(?: \S+)*)")


def _call_sign_key(blocks: list[Block], labels: set[str]) -> list[tuple[str, str, str]]:
    """The rows of a key to the call signs before the first turn, as (sign, role,
    name; "" where the row names no one), for the signs that label turns; none
    unless two rows or more key such signs.

    >>> rows = [Paragraph((Text(t),), 1) for t in ("Spacecraft:", "CDR\tCommander\tAnn Vale",
    ...     "CC      Capsule communicator (CAP COM)", "AB      Airboss")]
    >>> _call_sign_key(rows, {"CDR", "CC"})
    [('CDR', 'Commander', 'Ann Vale'), ('CC', 'Capsule communicator (CAP COM)', '')]
    >>> _call_sign_key(rows[:2], {"CDR", "CC"})
    []
    """
    rows: list[tuple[str, str, str]] = []
    for block in blocks:
        if isinstance(block, Turn):
            break
        if not isinstance(block, Paragraph):
            continue
        text = plain_text(block.content).strip()
        spaced = "\t" in text or "  " in text
        row = (
            (_KEY_ROW if spaced else _KEY_ROW_SPACED).fullmatch(text)
            if text[:1].isupper() and len(text) <= 120
            else None
        )
        if row is None or row.group("sign") not in labels:
            continue
        role, name = row.group("role"), row.groupdict().get("name") or ""
        if not name and (split := _role_then_name(role)) is not None:
            role, name = split  # "Commander Neil A. Armstrong": one space between
        if not _key_role(role):
            continue
        rows.append((row.group("sign"), role, name if _key_name(name) else ""))
    return rows if len(rows) >= 2 else []


def _role_then_name(text: str) -> tuple[str, str] | None:
    """A key's role and the name after it where one space parts them (a copy of
    the columns that kept one space), the name a given name, initials and a
    surname at the end; None where the words end in no such name.

    >>> _role_then_name("Commander Neil A. Armstrong")
    ('Commander', 'Neil A. Armstrong')
    >>> _role_then_name("Lunar module pilot Edwin E. Aldrin, Jr.")
    ('Lunar module pilot', 'Edwin E. Aldrin, Jr.')
    >>> _role_then_name("Public Affairs Officer"), _role_then_name("Capsule Communicator (CC)")
    (None, None)
    """
    head, suffix = split_suffix(text)
    words = head.split()
    at = len(words) - 2
    while at > 0 and _DOTTED_INITIAL.fullmatch(words[at]):
        at -= 1  # "A.", the initials between the given name and the surname
    if at < 1:
        return None
    name = words[at:]
    if not all(_NAME_WORD.fullmatch(w) for w in (name[0], name[-1])) or any(
        w.casefold().strip(".") in KEY_ROLE_WORDS for w in name
    ):
        return None
    return " ".join(words[:at]), " ".join(name) + suffix


_DOTTED_INITIAL = recache.compile(r"[A-Z]\.")
_NAME_WORD = recache.compile(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*")


def _key_role(text: str) -> bool:
    """Whether a key's second column is what a sign stands for, a few words and
    no sentence ("Capsule communicator (CAP COMM)"), not a transmission's words
    ("Roger. Sounds good.").

    >>> _key_role("Capsule communicator (CAP COMM)"), _key_role("Roger. Sounds good.")
    (True, False)
    """
    return len(text.split()) <= 8 and text[-1:] not in ".?!" and ". " not in text


def _key_name(text: str) -> bool:
    """Whether a key's last column is a person's name: two to six words, each
    opening with a capital ("Edwin E. Aldrin, Jr."), no brackets.

    >>> _key_name("Edwin E. Aldrin, Jr."), _key_name("(CAP COMM)"), _key_name("Houston")
    (True, False, False)
    """
    words = text.replace(",", " ").split()
    return 2 <= len(words) <= 6 and all(w[:1].isupper() and w[:1].isalpha() for w in words)


def _key_kind(role: str) -> str:
    """The kind of speaker a key's row names with no one's name: a group
    ("Multiple speakers"), someone unidentified ("Unidentifiable crewmember"),
    or a role's holder.

    >>> roles = ("Multiple speakers", "Unidentifiable crewmember", "Flight director")
    >>> [_key_kind(r) for r in roles]
    ['group', 'anonymous', 'person']
    """
    first = role.casefold().split()[0] if role.split() else ""
    if first in ("multiple", "several", "various", "all"):
        return "group"
    if first.startswith(("unidentif", "unknown", "unnamed")):
        return "anonymous"
    return speaker_kind(role)


def _witnesses_in_headings(blocks: list[Block], labels: set[str]) -> list[str]:
    """The witnesses that a hearing's headings name ("STATEMENT OF THE
    HONORABLE PETER J. LINDQVIST, ADMINISTRATOR, …" → "Peter J. Lindqvist"),
    where a label bears the surname ("Mr. LINDQVIST."): a witness who never
    speaks (a prepared statement only) is no participant."""
    surnames = {_fold(label.split()[-1].strip(".:")) for label in labels if label.split()}
    found: list[str] = []
    for block in blocks:
        text = plain_text(block.content).lstrip() if isinstance(block, Heading) else ""
        match = WITNESS_NAME.match(text) if text[:1] in HEARING_FIRST else None
        if match is None or " AND " in match.group("name"):
            continue
        names = [match.group("name")]
        if "ACCOMPANIED BY " in text:  # "…, ACCOMPANIED BY ANN ROE, COUNSEL": her counsel
            names.extend(_accompanying(text))
        for written in names:
            name = title_case(" ".join(written.split()))
            if _fold(name.split()[-1]) in surnames and name not in found:
                found.append(name)
    return found


_ROSTER_REACH: Final = 60_000


def _members_on_roster(
    blocks: list[Block], labels: set[str], witnesses: list[str]
) -> list[tuple[str, str]]:
    """The members a committee's roster names in full before the first turn
    ("MELVIN L. WATT, North Carolina", or the contents' "Hon. Ann Lee, a
    Representative in Congress from the State of Ohio") whom a label calls by
    surname ("Mr. Watt.", "Senator Reed.") or the list of members present does
    ("Present: Representatives Watt, …"): each full name, with the label's own
    form where it adds the state ("McCarthy of New York", for "Mrs. McCarthy
    of New York." among two McCarthys). Three members at least make a roster
    (a committee's and its subcommittee's may name one twice); a surname two
    members of different states share goes to none unless the label names the
    state, and a surname a witness's heading gives to another name ("STATEMENT
    OF SILAS PIKE" beside "NESTOR PIKE, Oregon") is that witness's.

    >>> roster = [Paragraph(line=1, content=(Text("ANN ROE, Ohio  BO LEE, Utah  "
    ...     "CY DALE, Iowa  ED ROE, Maine"),))]
    >>> _members_on_roster(roster, {"Mr. Lee", "Ms. Roe of Ohio"}, [])
    [('Ann Roe', 'Roe of Ohio'), ('Bo Lee', '')]
    >>> _members_on_roster(roster, {"Mr. Roe"}, [])
    []
    """
    wanted: dict[str, list[str]] = {}  # folded surname → the states labels add ("" none)
    listed = [
        name
        for block in blocks
        if isinstance(block, ParticipantsLine | ParticipantsHead)
        for name in block.names
        if " " not in name.strip() or " of " in name
    ]
    for label in (*labels, *listed):
        head, _, state = label.partition(" of ")
        words = head.split()
        if words and (not state or state in US_STATES):
            wanted.setdefault(_fold(words[-1].strip(".:")), []).append(state)
    if not wanted:
        return []  # no surname to name: the text is not scanned
    headed: dict[str, list[str]] = {}  # folded surname → the names headings give
    for name in witnesses:
        if name.split():
            headed.setdefault(_fold(name.split()[-1]), []).append(name)
    # (surname, state) → the names written for it, the contents' first
    members: dict[tuple[str, str], list[str]] = {}
    # the lines before the first turn as one text: a contents row wraps its seat
    # over lines the reader may keep apart ("… from the State" / "of Ohio, …")
    # (a cover's roster and contents fill a few pages: the first 60,000 characters)
    parts: list[str] = []
    size = 0
    for block in blocks:
        if isinstance(block, Turn) or size > _ROSTER_REACH:
            break
        if isinstance(block, Paragraph | Narration | TitleLine | Heading):
            parts.append(plain_text(block.content))
            size += len(parts[-1])
    listing = any(", " in part for part in parts)
    # (a roster's name never runs over from the line before its block, a heading
    # in capitals: "… AND URBAN AFFAIRS" / "CHRISTOPHER J. DODD, Connecticut")
    lines = "\n".join(" ".join(part.split()) for part in parts) if listing else ""
    seated = [
        (m.group("name"), m.group("state"))
        for m in SEATED_MEMBER.finditer(lines.replace("\n", " "))
    ]
    in_contents = {name for name, _state in seated}
    found = [(title_case(m.group("name")), m.group("state")) for m in ROSTER_MEMBER.finditer(lines)]
    for name, state in (*seated, *found):
        forms = members.setdefault((_fold(name.split()[-1]), state), [])
        if name not in forms:
            forms.append(name)
    count = len(seated) + len(found)
    if count < 3:
        return []
    by_surname: dict[str, list[tuple[str, list[str]]]] = {}
    for (surname, state), forms in members.items():
        by_surname.setdefault(surname, []).append((state, forms))
    chosen: list[tuple[str, str]] = []
    for surname, seats in by_surname.items():
        if surname not in wanted:
            continue
        for state in wanted[surname]:
            held = [forms for seat, forms in seats if not state or seat == state]
            if held and surname in headed and not _one_of(held[0], headed[surname]):
                continue  # "STATEMENT OF SILAS PIKE": the witness, not the member
            if len(held) != 1:
                continue
            # the contents' form, in running case as printed, else the roster's fullest
            name = held[0][0] if held[0][0] in in_contents else max(held[0], key=_word_count)
            qualified = f"{name.split()[-1]} of {state}" if state else ""
            if (name, qualified) not in chosen:
                chosen.append((name, qualified))
    return chosen


def _one_of(forms: list[str], names: list[str]) -> bool:
    """Whether a form of a member's name agrees with a name a heading gives."""
    return any(_compatible(_name_words(f), _name_words(n)) for f in forms for n in names)


def _word_count(name: str) -> int:
    return len(name.split())


# A name in capitals, its title left out, before the comma that opens its role:
# "BO LEE, COUNSEL", "MS. CY DALE, ASSOCIATE COUNSEL" (anchored: tried at a part's start)
_ACCOMPANYING_NAME: Final = recache.compile(
    r"^(?:(?:DR|MR|MRS|MS|MISS)\.?\s+)?(?P<name>[A-Z][A-Z.'’-]*(?:[ \t]+[A-Z][A-Z.'’-]*){1,4})"
    r"(?:,|$)"
)


def _accompanying(heading: str) -> list[str]:
    """The names a witness's heading gives after "ACCOMPANIED BY" (counsel,
    aides), each before its role or at the end.

    >>> _accompanying("TESTIMONY OF LT. COL. ANN ROE, ACCOMPANIED BY BO LEE, COUNSEL")
    ['BO LEE']
    >>> _accompanying("STATEMENT OF ANN ROE; ACCOMPANIED BY BO LEE, COUNSEL, AND MS. CY DALE")
    ['BO LEE', 'CY DALE']
    """
    rest = heading[heading.index("ACCOMPANIED BY ") + len("ACCOMPANIED BY ") :]
    names = []
    for part in re.split(r",?\s+AND\s+|;\s+", rest):
        found = _ACCOMPANYING_NAME.match(part.strip())
        if found is not None:
            names.append(found.group("name"))
    return names


def _name_offices(register: Register, named: list[tuple[str, str]]) -> None:
    """A label that is an office alone ("THE PRESIDENT:") is the person the
    title names in that office ("Remarks by President Biden"): "President Biden"."""
    for office, name in named:
        if len(name.split()) != 1 or not office:
            continue
        last = office.split()[-1].casefold()
        for entry in register.entries:
            if entry.speaker and any(n.casefold() in (last, f"the {last}") for n in entry.names):
                register.add_name(entry, f"{office.split()[-1]} {name}", first=True)


def _listed_interpreter(register: Register, label: str) -> _Entry | None:
    """The one listed participant whose role is an interpreter's ("MIRELA
    COSTIN, Romanian Interpreter" under "ALSO PRESENT:") that an interpreter's
    label ("THE INTERPRETER:") stands for; None where no one, or more than one."""
    if "interpret" not in label.casefold():
        return None
    holders = [
        e
        for e in register.entries
        if e.participant and e.role is not None and "interpret" in e.role.casefold()
    ]
    return holders[0] if len(holders) == 1 else None


def _listed_office_holder(register: Register, label: str) -> _Entry | None:
    """The one listed participant whose office the label is: "Chair:" over a list
    of members present with "Mr Ann Roe (Chair)" in it; None where no one, or
    more than one, holds it."""
    office = _fold(label.strip(" .:"))
    holders = [e for e in register.entries if e.participant and e.role and _fold(e.role) == office]
    return holders[0] if len(holders) == 1 else None


def _role_holder(register: Register, label: str, role_names: list[str]) -> _Entry | None:
    """The interviewer or interviewee a surname label stands for ("KIRSCH:" for
    "Interviewee: Walter J. Kirsch"), before anyone else of that surname the
    front matter lists ("Also present: Irene Kirsch")."""
    words = _name_words(label)
    if len(words) != 1 or GENDERED.match(label):
        return None
    holders = [n for n in role_names if _name_words(n)[-1:] == words]
    if len(holders) != 1:
        return None
    return register.find(holders[0]) or register.add(holders[0])


def _titled_role_holder(
    register: Register, label: str, role_names: list[str], labels: set[str]
) -> _Entry | None:
    """The interviewer or interviewee a title and surname label stands for
    ("MRS. HOLLISTER:" for "Interviewee: Mary Hollister"), where the front
    matter names one person of that surname and no other label holds it (beside
    "KIRSCH:", "MRS. KIRSCH:" is someone else); a holder whose own title is
    another ("Mr. Hal Kirsch" for "MRS. KIRSCH:") is not taken."""
    surname = _name_words(label)[-1:]
    if not surname or sum(1 for other in labels if _name_words(other)[-1:] == surname) != 1:
        return None
    holders = [n for n in role_names if _name_words(n)[-1:] == surname]
    if len(holders) != 1:
        return None
    own = GENDERED.match(holders[0])
    title = GENDERED.match(label)
    if own is not None and title is not None and own.group().casefold() != title.group().casefold():
        return None
    entry = register.find(holders[0]) or register.add(holders[0])
    entry.participant = True  # (the field makes the holder one; the title check asks)
    return entry


def _labelled_with_initials(register: Register, name: str) -> _Entry | None:
    """The one speaker whose label is the name's initials: "RS" or "RJS" for
    "Robert J. Smith"."""
    forms = initials_forms(name)
    if not forms:
        return None
    found = [
        e
        for e in register.entries
        if e.speaker
        and any(
            n.replace(".", "").upper() in forms or (_DOTTED.fullmatch(n) and _letters(n) in forms)
            for n in e.names
        )
    ]
    if not found:
        found = _labelled_with_a_middle_initial(register, name)
    if not found and "." in name:
        found = _labelled_with_title_and_initial(register, name)
    return found[0] if len(found) == 1 else None


# a label of a title and the surname's initial: "Dr. Y.", "Mrs. K."
_TITLE_INITIAL: Final = recache.compile(
    r"(?P<title>Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+(?P<letter>[A-Z])\."
)
_NAME_TITLE: Final = recache.compile(r"(?P<title>Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s")


def _labelled_with_title_and_initial(register: Register, name: str) -> list[_Entry]:
    """The speakers labelled by the name's title and the surname's first letter,
    as a medical library's transcripts label their two voices ("Dr. Y.:" for
    "Interviewer: Dr. Ann Yates"), where nothing else names them yet (their
    only form is that label). Only a name that itself opens with that title."""
    title = _NAME_TITLE.match(name)
    words = split_suffix(name)[0].split()
    if title is None or len(words) < 3 or not words[-1][:1].isupper():
        return []
    wanted = (title.group("title").casefold(), words[-1][0])
    found: list[_Entry] = []
    for entry in register.entries:
        forms = entry.names if entry.speaker else []
        labelled = [f for n in forms if (f := _TITLE_INITIAL.fullmatch(n)) is not None]
        if len(labelled) != 1 or any(n != f"{wanted[1]}." for n in forms if n != labelled[0][0]):
            continue  # (besides the label, only its letter: "Y." for "Dr. Y.")
        if (labelled[0].group("title").casefold(), labelled[0].group("letter")) == wanted:
            found.append(entry)
    return found


# a label of three initials, as an interview labels someone with the middle one too
_THREE_INITIALS: Final = recache.compile(r"[A-Z]{3}")


def _labelled_with_a_middle_initial(register: Register, name: str) -> list[_Entry]:
    """The speakers labelled by three initials that open with the given name's and
    end with the surname's, where the front matter writes the name without the
    middle one ("DMQ:" for "An Interview with Dorothy Quill"), and nothing else
    names them yet (their only forms are initials)."""
    words = [w for w in drop_title(name).replace(".", " ").split() if w[:1].isalpha()]
    if len(words) != 2 or not (words[0][:1].isupper() and words[1][:1].isupper()):
        return []
    first, last = words[0][0], words[1][0]
    return [
        e
        for e in register.entries
        if e.speaker
        and all(_THREE_INITIALS.fullmatch(n) for n in e.names)
        and any(n[0] == first and n[2] == last for n in e.names)
    ]


def _add_biographies(text: _TextIndex, register: Register) -> None:
    """Persons a footnote introduces ("Name (1888-1959) was …") join the register.

    The full name becomes the entry's first form; the years come from the
    note, which the entry points to. The rest of the note's sentence is not
    taken as the person's role: cut from running prose it states false
    things ("the king of Iraq, was not decapitated", a clause about two
    people given to one); the note itself, pointed to, says it in context.
    """
    places = place_words(text.document)
    for note, _context in text.notes:
        for bio in find_bios(_note_text(note), places):
            entry = register.find(bio.name) or register.add(bio.name)
            register.put_first(entry, bio.name)
            if entry.birth is None:
                entry.birth, entry.death = bio.birth, bio.death
                entry.note_id = note.note_id


_ROMAN = recache.compile(r"[IVX]+")
# The capital first, the word-start test after it: a pattern that starts with a
# character class lets the engine skip to the capitals (one that starts with
# an assertion is tried at every position).
_CAPITALISED = recache.compile(r"[A-Z](?<![\w’'.-][A-Z])[a-z]{3,}(?![\w-])")


# An office's last word ("The PRESIDING OFFICER", "Madam SPEAKER"): no surname, and
# the words one letter from it are words of their own ("Office", "Speakers").
_OFFICE_ENDS: Final = frozenset(w.casefold() for w in OFFICES) | HOLDER_OFFICES


def _add_variants(text: _TextIndex, register: Register, file: str, reporter: Reporter) -> None:
    """A word that differs by one letter from exactly one register surname is
    that person's spelling variant ("Chehad" / "Chehab") when the person's
    note is anchored in the same paragraph, or the word is six letters or more."""
    surnames: dict[str, list[_Entry]] = {}
    for entry in register.entries:
        for name in entry.names:
            words = [w for w in INITIALS_PREFIX.sub("", name).split() if not _ROMAN.fullmatch(w)]
            last = words[-1:]
            for word in last:
                if word != word.upper() and word.casefold() not in _OFFICE_ENDS:
                    surnames.setdefault(word, [])
                    if entry not in surnames[word]:
                        surnames[word].append(entry)
    known = {w for e in register.entries for n in e.names for w in n.split()}
    note_paragraph = {note.note_id: context for note, context in text.notes}
    found = [(line, para, _CAPITALISED.findall(para)) for line, para in text.paragraphs]
    unknown = {w for _line, _para, words in found for w in words} - known
    near: dict[str, _Entry] = {}  # the words one edit from exactly one person's surname
    # A word (four letters or more, _CAPITALISED) one substitution, insertion or
    # deletion from a surname shares its first two letters or its last two with
    # it (an edit near one end leaves the other): only those surnames are compared.
    heads: dict[str, set[str]] = {}
    tails: dict[str, set[str]] = {}
    for surname in surnames:
        heads.setdefault(surname[:2], set()).add(surname)
        tails.setdefault(surname[-2:], set()).add(surname)
    nobody: set[str] = set()
    for word in sorted(unknown):
        candidates = heads.get(word[:2], nobody) | tails.get(word[-2:], nobody)
        if not candidates:
            continue
        entries = [e for s in sorted(candidates) if edit_distance_one(word, s) for e in surnames[s]]
        if len(entries) == 1:
            near[word] = entries[0]
    if not near:
        return
    for line, para_text, words in found:
        if near.keys().isdisjoint(words):
            continue
        for word in words:
            if word in known or word not in near:
                continue
            entry = near[word]
            same_paragraph = entry.note_id is not None and para_text == note_paragraph.get(
                entry.note_id
            )
            if (word[:-1] in surnames and word[-1:] == "s") or word + "s" in surnames:
                # "Jurors" is more than one "Juror", not a spelling of it; "the right
                # hon. Member" is one of "Hon. Members", not the House
                continue
            if len(word) >= 6 or same_paragraph:
                register.add_name(entry, word)
                known.add(word)
                reporter.info(
                    "I403",
                    f"{word!r} read as a spelling of {entry.names[0]!r}",
                    Span(file, line, 1),
                )


# "de Gaulle", and the particles together: "de la Garza", "van der Berg"
_PARTICLE_FORM = recache.compile(
    r"(?<![\w’'-])(de|van|von|da|di|du|la|le|al)\s+"
    r"((?:(?:de|der|den|la|le|los|las|del|di|da|y)\s+)?[A-Z][\w’'\-]+)$"
)


def _variants(name: str) -> list[str]:
    """A name form, its form without diacritics, and a particle form
    ("Charles de Gaulle" → "de Gaulle", "De Gaulle").

    >>> _variants("Pierre Mendès-France")
    ['Pierre Mendès-France', 'Pierre Mendes-France']
    >>> _variants("Charles de Gaulle")[1:]
    ['de Gaulle', 'De Gaulle']
    >>> _variants("Mr. de la Garza")[1:]
    ['de la Garza', 'De la Garza']
    """
    out = [name]
    if not name.isascii():  # an ASCII name folds to itself
        folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        if folded != name and len(folded) == len(unicodedata.normalize("NFC", name)):
            out.append(folded)
    match = _PARTICLE_FORM.search(name)
    if match and match.start() > 0:
        out.append(match.group())
        out.append(match.group(1).capitalize() + " " + match.group(2))
    return out


# Given names or initials, then a surname: "Anatolii I. Filyov", "V. I. Lenin".
# At most six of them: an unbounded run made each start rescan the rest of a
# long run of initials ("A. A. A. …"), quadratic in the run (issue 16).
# The first name's capital comes first, its word-start test after it, so that
# the engine skips to capitals (see _CAPITALISED); the given names run from the
# match's start to the surname.
_FULLER_FORM = recache.compile(
    r"[A-Z](?<![\w’'.-][A-Z])(?:[a-z’'\-]+\s|\.\s?)(?:[A-Z][a-z’'\-]+\s|[A-Z]\.\s?){0,5}"
    r"(?P<surname>[A-Z][\w’'\-]+)(?![\w’'-])"
)


# A nickname in quotes between a given name and a surname: 'Ada "Wren" Osei'.
_NICKNAMED: Final = recache.compile(
    r"(?P<given>[A-Z][\w’'\-]{0,30})\s[\"“](?P<nick>[A-Z][\w’'\-]{1,30})[\"”]\s"
    r"(?P<surname>[A-Z][\w’'\-]{0,30})"
)


def _add_nicknames(text: _TextIndex, register: Register) -> None:
    """A nickname the text gives a known person ('Kim "Kip" Ode' where
    "Kim Ode" labels turns) is a name of that person."""
    for _line, para in text.paragraphs:
        if '"' not in para and "“" not in para:
            continue
        for found in _NICKNAMED.finditer(para):
            entry = register.find(f"{found['given']} {found['surname']}")
            if entry is not None and register.find(found["nick"]) is None:
                register.add_name(entry, found["nick"])


def _add_fuller_forms(text: _TextIndex, register: Register) -> None:
    """Fuller forms of a known person's name in running text join the entry
    ("Anatolii I. Filyov" for the closer's "A. Filyov"; "V. I. Lenin").

    A form counts when its given names or initials agree with the entry's.
    """
    surnames = {
        _fold(surname_key(n)).split()[-1]: e
        for e in register.entries
        for n in e.names
        if surname_key(n)
    }
    pattern = _FULLER_FORM
    # what _fuller_form made of each written form (a text repeats its names): it
    # reads the entry's names, so this is emptied whenever they change
    made: dict[str, str | None] = {}
    # The blocks in one search: no part of the pattern takes a NUL, so each
    # match stays inside its block, whose edges read as a string's.
    blocks = "\0".join(text.blocks)
    for match in pattern.finditer(blocks):
        surname = match.group("surname")
        entry = surnames.get(_fold(surname))
        if entry is None:
            continue
        written = match.group()
        if written in made:
            form = made[written]
        else:
            given = blocks[match.start() : match.start("surname")].split()
            form = made[written] = _fuller_form(given, surname, entry)
        if form is None or form in entry.names:
            continue
        made.clear()
        if entry.birth is None and len(form) > len(entry.names[0]):
            register.put_first(entry, form)
        else:
            register.add_name(entry, form)


@cache
def _name_words(name: str) -> tuple[str, ...]:
    """Folded words of a name, initials kept, titles dropped but for the ones
    that tell two people apart (``Mr.``/``Mrs.``).

    >>> _name_words("N.S. Khrushchev"), _name_words("Secretary HERTER"), _name_words("Mrs. SMITH")
    (('n', 's', 'khrushchev'), ('herter',), ('mrs', 'smith'))
    """
    name = name.strip()
    gendered = GENDERED.match(name)
    bare = HONORIFIC_PREFIX.sub("", name)
    words = tuple(w for w in re.split(r"[\s.]+", _fold(bare)) if w)
    if words[-2:] == ("pro", "tempore"):
        # an office held for the time (the US chair): one name, whose last word is
        # no surname; "Acting President pro tempore" is not "President pro tempore"
        return (" ".join(words),)
    return ((gendered.group(1).casefold(), *words)) if gendered else words


def _fuller_form(given: list[str], surname: str, entry: _Entry) -> str | None:
    """The words before ``surname`` that name the entry's person, or None.

    The form starts at a word that agrees with the entry's first given name
    (or initial) and has at most one given name more than the entry has.

    >>> e = _Entry("filyov", "filyov", ["A. Filyov"])
    >>> _fuller_form("Foreign Affairs Anatolii I.".split(), "Filyov", e)
    'Anatolii I. Filyov'
    """
    known = [_name_words(n)[:-1] for n in entry.names if len(_name_words(n)) > 1]
    if not known:
        return None
    first = known[0]
    for start in range(len(given)):
        candidate = given[start:]
        if len(candidate) > len(first) + 1:
            continue
        head = _fold(candidate[0].rstrip("."))
        if head in _FUNCTION_WORDS or head in TITLE_WORDS:
            continue
        if head[:1] == first[0][:1] and (len(head) == 1 or len(first[0]) == 1 or head == first[0]):
            words = [_fold(w.rstrip(".")) for w in candidate] + [_fold(surname)]
            if any(_compatible(words, [*k, _fold(surname)]) for k in known):
                return " ".join([*candidate, surname])
    return None


def _apply_authority(
    text: _TextIndex, register: Register, authority: tuple[AuthorityEntry, ...]
) -> None:
    """Give register entries the ids and identifiers of a user's authority file.

    An entry matches when one of its name forms agrees with one of the
    authority's (same rules as merging within the document). An authority
    person that the register lacks joins it when one of its names occurs in
    the text, so that people the document never introduces ("Eden") are
    tagged too.
    """
    taken = {a.person_id for a in authority}
    for entry in register.entries:
        if entry.person_id in taken:
            entry.person_id = free_id(entry.person_id + "-local", register.ids | taken)
    for known in authority:
        keys = [_fold(surname_key(n)).split() for n in known.names]
        match = next(
            (
                e
                for e in register.entries
                if any(_compatible(k, _fold(surname_key(n)).split()) for n in e.names for k in keys)
            ),
            None,
        )
        if match is None:
            if not any(
                re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text.document) for n in known.names
            ):
                continue
            match = _Entry(known.person_id, _fold(surname_key(known.names[0])), [known.names[0]])
            register.append(match)
        register.ids.discard(match.person_id)
        match.person_id = known.person_id
        register.ids.add(known.person_id)
        for name in known.names:
            register.add_name(match, name)
        match.idnos = list(known.idnos)


# Cyrillic letters that look like Latin ones (a scrape or OCR artefact).
_HOMOGLYPHS = str.maketrans("АВЕКМНОРСТХаеорсху", "ABEKMHOPCTXaeopcxy")
_HOMOGLYPH_CHARS = recache.compile("[АВЕКМНОРСТХаеорсху]")
# Capitalised words that start a sentence or a clause, not a name.
_FUNCTION_WORDS = frozenset(
    "A An And As At But By During Evidently For From He However If In It Its Let Many Now Of "
    "On Once Only She So Still That The Then There These They This Though Thus To Under "
    "Unlike Until What When Whether Which While Who Why With Yes No Perhaps Apparently "
    "Therefore Obviously Maybe Later Earlier Even Also".split()
)


# The capitalised tail of the last word before the end: the search starts
# only at word starts, so each word is read once (searching from every
# capital of "AAAA…" was quadratic, issue 16).
_WORD_BEFORE = recache.compile(r"(?<![\w’'-])(?:(?![A-Z])[\w’'-])*([A-Z][\w’'-]*)\s$")
_CAPITAL_NEXT = recache.compile(r"\s[A-Z][a-z]")
_NAME_CHARS = recache.compile(r"[\w’'-]+")


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """A lone name token that is part of a longer capitalised name ("Chen" in
    "Chen Chu"), not a word after a title ("Marshal Skripko"), an acronym
    ("FRG Dulles") or a sentence opener ("When Tito")."""
    # only the last word matters; a window keeps this from rescanning the text,
    # unless that word is longer than the window
    window = max(0, start - 80)
    if window and _NAME_CHARS.fullmatch(text, window - 1, start - 1):
        window = 0
    # the word ends at the space before the name (or before the space of a final
    # newline), so no match starts before the space ahead of that word: the
    # search starts after it (the pattern starts with an assertion, and the
    # engine tried it at every position of the window)
    space = start - 1
    if start >= 2 and text[start - 1] == "\n" and text[start - 2].isspace():
        space = start - 2
    cut = space - 1
    while cut >= window and not text[cut].isspace():
        cut -= 1
    before = _WORD_BEFORE.search(text, max(window, cut + 1), start)
    if before:
        word = before.group(1)
        if not (word.isupper() or word in _FUNCTION_WORDS or word.lower() in TITLE_WORDS):
            return True
    return _CAPITAL_NEXT.match(text, end) is not None


def literal_alternation(words: Sequence[str]) -> str:
    """A regex matching any of ``words``, written as a trie: alternatives
    that share a prefix share one branch, and a longer word is tried before
    its prefix (the same preference as an alternation sorted longest first).

    >>> literal_alternation(["Mao", "Maos", "Malin"])
    'Ma(?:lin|o(?:s)?)'
    >>> bool(re.fullmatch(literal_alternation(["a.b", "ab"]), "axb"))
    False
    """
    return _trie(sorted(set(words)))


def _trie(words: list[str]) -> str:
    """The trie of ``words`` (sorted, distinct) as a regex. The words are
    grouped by their first letter in one pass over the sorted list; a group
    of one word is that word, and a group's branch starts with what all its
    words share (no node is made per letter)."""
    ends = bool(words) and not words[0]  # "" sorts first: a word ends here
    rest = words[1:] if ends else words
    branches: list[str] = []
    start = 0
    while start < len(rest):
        stop = start + 1
        while stop < len(rest) and rest[stop][0] == rest[start][0]:
            stop += 1
        if stop == start + 1:
            branches.append(re.escape(rest[start]))
        else:
            first, last = rest[start], rest[stop - 1]  # sorted: they bound the prefix
            shared = 1
            while shared < min(len(first), len(last)) and first[shared] == last[shared]:
                shared += 1
            tails = [word[shared:] for word in rest[start:stop]]
            branches.append(re.escape(first[:shared]) + _trie(tails))
        start = stop
    if not branches:
        return ""
    if len(branches) == 1 and not ends:
        return branches[0]
    return "(?:" + "|".join(branches) + (")?" if ends else ")")


# An entry of an index after the text: "Carrasco, Marisa (sister), 1", "Kaback, H.
# Ronald, 4, 5, 7" (a name inverted, its pages after it).
_INDEX_ENTRY: Final = recache.compile(r"[^,\n]{1,40}, [^,\n]{1,40}(?:, \d{1,4}(?:[-–]\d{1,4})?)+$")


class _Tagger:
    """Finds the register's name forms in running text."""

    def __init__(
        self,
        register: Register,
        file: str,
        reporter: Reporter,
        homoglyphs: bool,
        stations: frozenset[str] = frozenset(),
        others: frozenset[str] = frozenset(),
    ) -> None:
        """``homoglyphs``: whether the texts may hold look-alike letters (the
        document's text has some), which _tag_text then looks for in each;
        ``stations``: the entries (by id) a radio log's labels name, whose
        names in the text are places, never mentions of the speaker;
        ``others``: words the text gives as someone else's name ("a horse
        named John"), which alone name no one of the register."""
        forms: dict[str, str] = {}
        tokens: dict[str, set[str]] = {}
        for entry in register.entries:
            if all(
                bare_name(n).casefold().removeprefix("the ") in BODY_LABELS for n in entry.names
            ):
                continue  # "THE COURT:" speaks; "the Court" in the text is the court
            if entry.person_id in stations:
                continue
            for name in entry.names:
                if _LABEL_WORD.search(name):
                    continue  # labels are tagged as speakers, not in text
                bare = bare_name(name)
                # a title is part of a form only when it tells people apart ("Mrs. Smith")
                titled = HONORIFIC_PREFIX.match(name) is not None and not GENDERED.match(name)
                variants = ([] if titled else _variants(name)) + (_variants(bare) if bare else [])
                if GENDERED.match(name):
                    # "Smith" alone may be another Smith; "de la Garza" is his name
                    variants = [name] + [v for v in variants if v != bare or bare[:1].islower()]
                for form in variants:
                    if len(form) > 1:  # "A." labels an answer; "A" in a text is a word
                        forms.setdefault(form, entry.person_id)
                if entry.kind != "person":
                    continue  # "Senior Administration Official": no word alone is a name
                # (the words after "of" are a seat's, no name's: "Miller of North
                # Carolina" gives "Miller" alone, never "North" or "Carolina")
                for token in {t for v in variants for t in v.partition(" of ")[0].split()}:
                    # (an office alone, "Chairman" of "Vice Chairman Roe", names no one)
                    named = token[0].isupper() and "." not in token and not title_word(token)
                    if len(token) >= _MIN_TOKEN and named:
                        tokens.setdefault(token, set()).add(entry.person_id)
        self.forms = forms
        self.single = {
            t: next(iter(ids)) for t, ids in tokens.items() if len(ids) == 1 and t not in others
        }
        self.ambiguous = {t: sorted(ids) for t, ids in tokens.items() if len(ids) > 1}
        self.file = file
        self.reporter = reporter
        self.line = 0
        self.homoglyphs = homoglyphs
        alternatives = sorted(
            set(forms) | set(self.single) | set(self.ambiguous), key=lambda s: (-len(s), s)
        )
        # The forms are a trie whose branches start with letters, so the engine
        # skips to the positions where a form can start and each costs one
        # branch; the pattern starts with the trie (no look-behind, which made
        # the engine try every position): _tag_text checks the word's start.
        self.pattern = (
            re.compile(rf"(?:{literal_alternation(alternatives)})(?![\w-])")
            if alternatives
            else None
        )

    def tag(self, content: tuple[Inline, ...]) -> tuple[Inline, ...]:
        if self.pattern is None:
            return content
        out: list[Inline] = []
        changed = False
        for node in content:
            if isinstance(node, Text):  # the commonest node first
                tagged = self._tag_text(node.value)
                if tagged is None:
                    out.append(node)
                else:
                    out.extend(tagged)
                    changed = True
            elif isinstance(node, PersName) and node.ref is None:
                entry_id = self.forms.get(node.text) or self._by_key(node.text)
                if entry_id is None and ", " in node.text:
                    # "Dunmore, Alice" in a field listing two Dunmores: the full name
                    usual = inverted_name(node.text)
                    entry_id = self.forms.get(usual) if usual is not None else None
                out.append(PersName(node.text, entry_id))
                changed = True
            else:
                nested = _tag_nested(node, self)
                changed = changed or nested is not node
                out.append(nested)
        return tuple(out) if changed else content

    def _by_key(self, name: str) -> str | None:
        key = surname_key(name)
        for form, pid in self.forms.items():
            if surname_key(form) == key:
                return pid
        return None

    def _tag_text(self, text: str) -> list[Inline] | None:
        r"""The text with its names tagged, or None if it names nobody.

        The names are the matches of the pattern that start a word: what
        ``finditer`` gives with the look-behind ``(?<![\w’'.-])`` before the
        forms, searched for here without one generator per text (most texts
        name nobody: one search)."""
        assert self.pattern is not None
        search = self.pattern.search
        # Matching runs on a copy where look-alike Cyrillic letters are Latin
        # ("Мао" typed with Cyrillic letters); the tagged text stays as written.
        probe = text
        # (an ASCII text has none: isascii() reads a flag of the string)
        if self.homoglyphs and not text.isascii() and _HOMOGLYPH_CHARS.search(text):
            probe = text.translate(_HOMOGLYPHS)
        out: list[Inline] = []
        pos = 0  # the end of the text written out
        at = 0  # where the next search starts
        while (match := search(probe, at)) is not None:
            start = match.start()
            if start and (probe[start - 1].isalnum() or probe[start - 1] in "_’'.-"):
                at = start + 1  # inside a word: the next position, as the engine would
                continue
            at = match.end()
            found = match.group()
            written = text[start:at]
            pid = self.forms.get(found)
            if " " not in found and (
                _inside_longer_name(text, start, at) or _INITIAL_AFTER.match(text, at) is not None
            ):
                # a lone token that is part of a longer capitalised name, or of
                # a name with an initial ("John A. & Ruby T. Lomax")
                continue
            if text[at : at + 1] == " " and text[at + 1 : at + 2].isdigit():
                continue  # "Juror 4", "Jurors 11-20": one of that kind, numbered
            if start == 0 and text[at : at + 2] == ", " and _INDEX_ENTRY.match(text):
                # an index's "Carrasco, Marisa (sister), 1": the surname of whom the
                # entry inverts, the narrator only where her forename follows
                given = text[at + 2 :].split(None, 1)[0].rstrip(",")
                if self.forms.get(f"{given} {found}") is None:
                    continue
            if pid is None:
                if found in self.ambiguous:
                    self.reporter.warning(
                        "W402",
                        f"{found!r} may name {' or '.join(self.ambiguous[found])}; left "
                        "untagged (add the full name to the text or an authority file)",
                        Span(self.file, self.line, 0),
                    )
                    continue
                pid = self.single[found]
            if start > pos:
                out.append(Text(text[pos:start]))
            if written != found:
                self.reporter.warning(
                    "W305",
                    f"{written!r} mixes look-alike letters of another script into a name "
                    f"(read as {found!r}); kept as written",
                    Span(self.file, self.line, 0),
                )
            out.append(PersName(written, pid))
            pos = at
        if pos == 0:
            return None
        if pos < len(text):
            out.append(Text(text[pos:]))
        return out


# An initial after a name's word: "John A." is more than "John".
_INITIAL_AFTER: Final = recache.compile(r" [A-Z]\.(?!\w)")
# A name given to someone or something else: "a horse named John", "a mule called Kate".
_NAMING_WORDS: Final = ("named ", "called ", "name ")
_GIVEN_WORD: Final = recache.compile(r"[A-Z][a-z]+\b")


def _named_others(document: str) -> frozenset[str]:
    """The words the text gives as a name after "named", "called" or "name"
    (found with str.find: a pattern scanned the whole text ten times slower).

    >>> sorted(_named_others("a horse named John; his surname Hale; a mule called Kate"))
    ['John', 'Kate']
    """
    found: set[str] = set()
    for word in _NAMING_WORDS:
        at = document.find(word)
        while at >= 0:
            after = at + len(word)
            given = _GIVEN_WORD.match(document, after)
            if given is not None and not document[at - 1 : at].isalnum():
                found.add(given.group())
            at = document.find(word, after)
    return frozenset(found)


def _tag_nested(node: Inline, tagger: _Tagger) -> Inline:
    """Names inside a footnote are tagged (at the note's own line); supplied
    words and editorial remarks are left as they are."""
    if not isinstance(node, Note):
        return node
    outer, tagger.line = tagger.line, node.line
    content = tagger.tag(node.content)
    tagger.line = outer
    return node if content is node.content else evolve(node, "content", content)


def _tag_turn(turn: Turn, tagger: _Tagger, who: str) -> Turn:
    """The turn with its names tagged and its speaker's id, in one copy."""

    def tag_paragraph(content: tuple[Inline, ...]) -> tuple[Inline, ...]:
        tagger.line = next(lines)
        return tagger.tag(content)

    lines = iter(p.line for p in turn.paragraphs)
    paragraphs = rewrite_paragraphs(turn, tag_paragraph)
    if paragraphs is turn.paragraphs:
        return evolve(turn, "who", who)
    return replace(turn, paragraphs=paragraphs, who=who)


def _tag_block(block: Block, tagger: _Tagger) -> Block:
    tagger.line = getattr(block, "line", 0)
    return rewrite_block(block, tagger.tag)
