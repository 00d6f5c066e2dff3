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

import dataclasses
import re
import unicodedata
from dataclasses import dataclass, field

from ..diagnostics import Reporter, Span
from ..model import (
    Block,
    Closer,
    Inline,
    Narration,
    ParticipantsLine,
    Person,
    PersName,
    Text,
    Transcript,
    Turn,
)
from ..reader.blocks import surname_key
from ..reader.patterns import INITIALS_PREFIX
from .walk import rewrite_block

# Single name tokens shorter than this are never tagged on their own ("De", "U").
_MIN_TOKEN = 3


def slugify(name: str) -> str:
    """An XML NCName slug: ASCII letters, digits and hyphens, starting with a letter.

    >>> slugify("Mendès-France"), slugify("N.S. KHRUSHCHEV"), slugify("1st")
    ('mendes-france', 'n-s-khrushchev', 'p-1st')
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    if not slug or not slug[0].isalpha():
        slug = "p-" + slug if slug else "person"
    return slug


def _title(name: str) -> str:
    """``N.S. KHRUSHCHEV`` → ``N.S. Khrushchev``; mixed-case names are kept."""
    if name != name.upper():
        return name
    return re.sub(r"[A-Z][A-Z’'\-]+", lambda m: m.group().capitalize(), name)


@dataclass
class _Entry:
    person_id: str
    key: str
    names: list[str]
    participant: bool = False
    speaker: bool = False


@dataclass
class Register:
    entries: list[_Entry] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)

    def find(self, name: str) -> _Entry | None:
        key = surname_key(name)
        for entry in self.entries:
            if entry.key == key:
                return entry
        last = key.split()[-1] if key else ""
        matches = [e for e in self.entries if e.key.split()[-1:] == [last]]
        if len(key.split()) == 1 and len(matches) == 1:
            return matches[0]
        return None

    def add(self, name: str) -> _Entry:
        base = slugify(INITIALS_PREFIX.sub("", name).strip() or name)
        person_id = base
        counter = 2
        while person_id in self.ids:
            person_id = f"{base}-{counter}"
            counter += 1
        self.ids.add(person_id)
        entry = _Entry(person_id, surname_key(name), [name])
        self.entries.append(entry)
        return entry


def build_register(doc: Transcript, reporter: Reporter) -> Transcript:
    register = Register()
    for block in doc.blocks:
        if isinstance(block, ParticipantsLine):
            for name in block.names:
                entry = register.find(name) or register.add(name)
                entry.participant = True
    blocks: list[Block] = []
    for block in doc.blocks:
        if isinstance(block, Turn):
            entry = register.find(block.name)
            if entry is None:
                entry = register.add(_title(INITIALS_PREFIX.sub("", block.name).strip()))
                if doc.blocks and any(isinstance(b, ParticipantsLine) for b in doc.blocks):
                    reporter.warning(
                        "W401",
                        f"speaker {block.name!r} is not in the list of participants; "
                        "a person entry was made for the label",
                        Span(doc.source_name, block.line, 1),
                    )
            entry.speaker = True
            for form in (_title(block.name), block.name):
                if form not in entry.names:
                    entry.names.append(form)
            block = dataclasses.replace(block, who=entry.person_id)
        blocks.append(block)
    persons = tuple(
        Person(e.person_id, tuple(e.names), e.participant, e.speaker) for e in register.entries
    )
    tagger = _Tagger(register, doc.source_name, reporter)
    tagged = tuple(_tag_block(b, tagger) for b in blocks)
    return dataclasses.replace(doc, blocks=tagged, persons=persons)


class _Tagger:
    """Finds the register's name forms in running text."""

    def __init__(self, register: Register, file: str, reporter: Reporter) -> None:
        forms: dict[str, str] = {}
        tokens: dict[str, set[str]] = {}
        for entry in register.entries:
            for name in entry.names:
                if name == name.upper() and len(name) > 3:
                    continue  # labels are tagged as speakers, not in text
                forms.setdefault(name, entry.person_id)
                bare = INITIALS_PREFIX.sub("", name).strip()
                if bare:
                    forms.setdefault(bare, entry.person_id)
                for token in bare.split():
                    if len(token) >= _MIN_TOKEN and token[0].isupper():
                        tokens.setdefault(token, set()).add(entry.person_id)
        self.forms = forms
        self.single = {t: next(iter(ids)) for t, ids in tokens.items() if len(ids) == 1}
        alternatives = sorted(set(forms) | set(self.single), key=lambda s: (-len(s), s))
        self.pattern = (
            re.compile(
                r"(?<![\w’'.-])(?:" + "|".join(re.escape(a) for a in alternatives) + r")(?![\w-])"
            )
            if alternatives
            else None
        )

    def tag(self, content: tuple[Inline, ...]) -> tuple[Inline, ...]:
        if self.pattern is None:
            return content
        out: list[Inline] = []
        for node in content:
            if isinstance(node, PersName) and node.ref is None:
                entry_id = self.forms.get(node.text) or self._by_key(node.text)
                out.append(PersName(node.text, entry_id))
                continue
            if not isinstance(node, Text):
                out.append(_tag_nested(node, self))
                continue
            out.extend(self._tag_text(node.value))
        return tuple(out)

    def _by_key(self, name: str) -> str | None:
        key = surname_key(name)
        for form, pid in self.forms.items():
            if surname_key(form) == key:
                return pid
        return None

    def _tag_text(self, text: str) -> list[Inline]:
        assert self.pattern is not None
        out: list[Inline] = []
        pos = 0
        for match in self.pattern.finditer(text):
            found = match.group()
            pid = self.forms.get(found)
            if pid is None:
                # a lone token: not when it is part of a longer capitalised name
                before = text[: match.start()]
                after = text[match.end() :]
                if re.search(r"[A-Z][\w’'.-]*\s$", before) or re.match(r"\s[A-Z]", after):
                    continue
                pid = self.single[found]
            if match.start() > pos:
                out.append(Text(text[pos : match.start()]))
            out.append(PersName(found, pid))
            pos = match.end()
        if pos < len(text):
            out.append(Text(text[pos:]))
        return out


def _tag_nested(node: Inline, tagger: _Tagger) -> Inline:
    from ..model import EditorialNote, Note, Supplied

    if isinstance(node, Note):
        return dataclasses.replace(node, content=tagger.tag(node.content))
    if isinstance(node, Supplied | EditorialNote):
        return node
    return node


def _tag_block(block: Block, tagger: _Tagger) -> Block:
    if isinstance(block, Turn | Narration | ParticipantsLine | Closer) or hasattr(block, "content"):
        return rewrite_block(block, tagger.tag)
    return block
