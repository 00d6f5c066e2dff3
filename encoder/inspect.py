"""What the reader made of a transcript, for `tei-encode inspect`: the shapes
and label styles it found, every speaker with its turns and first line, page
breaks, notes, persons, and what it decided with low confidence.

Pure: it reads bytes and returns a report; :mod:`encoder.cli` prints it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Final

from .diagnostics import Diagnostic, Reporter, Severity
from .drama_model import Play, iterate_speeches
from .model import Block, Inline, Narration, Note, PageMark, Text, Transcript, Turn, evolve
from .reader.profile import Profile
from .reader.vocab import TITLE_WORDS
from .transforms.walk import block_inlines

# Diagnostics that record a guess: the reader decided, but not with certainty.
LOW_CONFIDENCE = frozenset(
    {"I102", "W103", "W105", "W106", "W107", "W305", "W401", "W402", "I403", "W201", "W202"}
    | {"W701", "W702", "I703"}
)


@dataclass
class Speaker:
    person: str
    kind: str
    labels: Counter[str] = field(default_factory=Counter)
    turns: int = 0
    first_line: int = 0


@dataclass
class Report:
    source: str
    shapes: list[tuple[str, int]]
    label_styles: list[tuple[str, int]]
    speakers: list[Speaker]
    pages: list[str]
    notes: int
    end_notes: int
    persons: list[tuple[str, str, str]]  # id, kind, first name form
    low_confidence: list[Diagnostic]
    errors: list[Diagnostic]
    unresolved: list[str] = field(default_factory=list)  # a play's prefixes that name no one
    # names the register does not hold, in contexts that say "a person": name, times, first line
    candidates: list[tuple[str, int, int]] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "source": self.source,
            "shapes": dict(self.shapes),
            "label_styles": dict(self.label_styles),
            "turns": sum(s.turns for s in self.speakers),
            "speakers": [
                {
                    "person": s.person,
                    "kind": s.kind,
                    "labels": dict(sorted(s.labels.items())),
                    "turns": s.turns,
                    "first_line": s.first_line,
                }
                for s in self.speakers
            ],
            "pages": self.pages,
            "notes": self.notes,
            "end_notes": self.end_notes,
            "persons": [{"id": i, "kind": k, "name": n} for i, k, n in self.persons],
            "candidates": [{"name": n, "count": c, "line": ln} for n, c, ln in self.candidates],
            "low_confidence": [_diagnostic_json(d) for d in self.low_confidence],
            "errors": [_diagnostic_json(d) for d in self.errors],
            "unresolved_prefixes": self.unresolved,
        }

    def format(self) -> str:
        turns = sum(s.turns for s in self.speakers)
        lines = [f"{self.source}: {turns} turns, {len(self.speakers)} speakers"]
        shapes = ", ".join(f"{name} ({count})" for name, count in self.shapes) or "none"
        lines.append(f"shapes: {shapes}")
        styles = ", ".join(f"{name} ({count})" for name, count in self.label_styles) or "none"
        lines.append(f"label styles: {styles}")
        lines.append("speakers:")
        for s in self.speakers:
            labels = ", ".join(f"{label!r}" for label in sorted(s.labels))
            kind = "" if s.kind == "person" else f" [{s.kind}]"
            lines.append(
                f"  {s.person}{kind}: {s.turns} turns, first at line {s.first_line}; {labels}"
            )
        pages = " ".join(self.pages[:20]) + (" …" if len(self.pages) > 20 else "")
        lines.append(f"page breaks: {len(self.pages)}" + (f" ({pages})" if self.pages else ""))
        lines.append(f"notes: {self.notes} at their anchors, {self.end_notes} without an anchor")
        lines.append(f"persons: {len(self.persons)}")
        if self.unresolved:
            lines.append("unresolved prefixes: " + ", ".join(map(repr, self.unresolved)))
        if self.candidates:
            count = len(self.candidates)
            lines.append(f"untagged names ({count}; a --persons file naming them tags them):")
            lines.extend(f"  {n}: {c}×, first at line {ln}" for n, c, ln in self.candidates)
        lines.append(f"low confidence: {len(self.low_confidence)}")
        lines.extend(f"  {d.format()}" for d in self.low_confidence)
        lines.extend(d.format() for d in self.errors)
        return "\n".join(lines) + "\n"


def _diagnostic_json(diag: Diagnostic) -> dict[str, object]:
    return {
        "code": diag.code,
        "severity": diag.severity.value,
        "line": diag.span.line,
        "message": diag.message,
    }


def inspect_bytes(
    data: bytes,
    source_name: str,
    encoding: str | None = None,
    lang: str = "auto",
    profile: Profile | None = None,
) -> Report:
    """Read, resolve notes and build the register as `encode` does; report."""
    from .pipeline import read_transcript
    from .transforms.notes import resolve_notes
    from .transforms.persons import build_register

    reporter = Reporter()
    doc = read_transcript(data, source_name, reporter, encoding, lang, profile)
    if doc is not None:
        doc = resolve_notes(doc, reporter)
        doc = build_register(doc, reporter, ())
        if doc.play is not None:
            from .transforms.cast import resolve_cast

            doc = evolve(doc, "play", resolve_cast(doc.play, reporter, source_name))
    errors = [d for d in reporter.diagnostics if d.severity is Severity.ERROR]
    guesses = [d for d in reporter.diagnostics if d.code in LOW_CONFIDENCE]
    if doc is None:
        return Report(source_name, [], [], [], [], 0, 0, [], guesses, errors)
    return _report(doc, guesses, errors)


def _play_speakers(play: Play) -> list[Speaker]:
    """A play's characters with their speeches and prefixes, in first-seen order."""
    kinds = {c.ident: c.kind for c in play.characters}
    speakers: dict[str, Speaker] = {}
    for speech in iterate_speeches(play.body):
        speaker = speakers.get(speech.who)
        if speaker is None:
            kind = kinds.get(speech.who, "several")
            speaker = speakers[speech.who] = Speaker(speech.who, kind, first_line=speech.line)
        speaker.turns += 1
        speaker.labels[speech.prefix] += 1
    return list(speakers.values())


def _report(doc: Transcript, guesses: list[Diagnostic], errors: list[Diagnostic]) -> Report:
    if doc.play is not None:
        characters: list[tuple[str, str, str]] = [
            (c.ident, c.kind, c.name) for c in doc.play.characters
        ]
        speakers_of_play = _play_speakers(doc.play)
        return Report(
            doc.source_name,
            list(doc.shape),
            [("speaker prefix", sum(s.turns for s in speakers_of_play))],
            speakers_of_play,
            [],
            0,
            0,
            characters,
            guesses,
            errors,
            unresolved=list(doc.play.unresolved),
        )
    kinds = {p.person_id: p.kind for p in doc.persons}
    speakers: dict[str, Speaker] = {}
    styles: Counter[str] = Counter()
    for block in doc.blocks:
        if isinstance(block, Turn):
            speaker = speakers.get(block.who)
            if speaker is None:
                speaker = Speaker(block.who, kinds.get(block.who, "person"), first_line=block.line)
                speakers[block.who] = speaker
            speaker.turns += 1
            speaker.labels[block.label] += 1
            styles[block.style or "other"] += 1
    pages: list[str] = []
    notes = 0
    for block in doc.blocks:
        for node in _inlines(block):
            if isinstance(node, PageMark):
                pages.append(node.n or "?")
            elif isinstance(node, Note):
                notes += 1
    persons: list[tuple[str, str, str]] = [
        (p.person_id, p.kind, p.names[0] if p.names else "") for p in doc.persons
    ]
    return Report(
        doc.source_name,
        list(doc.shape),
        sorted(styles.items(), key=lambda item: (-item[1], item[0])),
        list(speakers.values()),
        pages,
        notes,
        len(doc.end_notes),
        persons,
        guesses,
        errors,
        candidates=candidates(doc),
    )


# (a hyphen joins a name's parts, "Baptiste-Moreau"; a typed dash, "--", ends it:
# "Jerry Jordan--you said")
_NAME_PART: Final = r"[A-Z][a-z’']+(?:-[A-Za-z][a-z’']*)*"
_NAME: Final = rf"{_NAME_PART}(?:\s{_NAME_PART})?"
_TITLES: Final = "|".join(
    re.escape(t) for t in sorted(TITLE_WORDS - {"the", "see", "reference"}, key=len, reverse=True)
)
# A capitalised word that a title precedes, or that "who" or a verb of
# speaking follows, names a person far more often than a place or a people:
# "It was Stalin who…", "Eden said…", "Comrade Kozlov".
_TITLED: Final = re.compile(rf"(?<![\w’'.-])(?i:{_TITLES})\s+(?P<name>{_NAME})(?![\w’'-])")
_NAMED: Final = re.compile(
    rf"(?<![\w’'.-])(?P<name>{_NAME})\s+(?:who|said|says|told|tells|wrote|writes|thinks"
    r"|thought|asked|asks|replied|answered|declared|believes|believed)\b"
)
# at a sentence's start (a capital says nothing), after "the" (a people: "the
# Americans said") or after "of"/"in" (a place: "the Republic of China declared")
_NOT_A_NAME_BEFORE: Final = re.compile(r"(?:^|[.?!:;“\"(\[]|\b(?:[Tt]he|of|in))\s*$")


def candidates(doc: Transcript) -> list[tuple[str, int, int]]:
    """Names in speech and narration that the register does not hold and that
    stand where a person's name stands (after a title, before "who" or a verb
    of speaking): people mentioned without a note, untagged. An editor who
    adds them to a ``--persons`` file gets them tagged.

    >>> from encoder.model import Paragraph
    >>> text = Text("It was Stalin who did. Comrade Kozlov too. The Poles said no.")
    >>> turn = Turn("A.", "A", None, (Paragraph((text,), 1),), 1)
    >>> candidates(Transcript("x.txt", (turn,)))
    [('Stalin', 1, 1), ('Kozlov', 1, 1)]
    >>> text = Text("I'm asking Jerry Jordan--you said so--and Ms. Baptiste-Moreau.")
    >>> turn = Turn("A.", "A", None, (Paragraph((text,), 1),), 1)
    >>> [name for name, _n, _l in candidates(Transcript("x.txt", (turn,)))]
    ['Baptiste-Moreau']
    """
    known = {word for p in doc.persons for name in p.names for word in name.split()}
    texts: list[tuple[str, int]] = []
    for block in doc.blocks:
        if isinstance(block, Turn | Narration):
            texts += [(n.value, block.line) for n in block_inlines(block) if isinstance(n, Text)]
    found: Counter[str] = Counter()
    first: dict[str, int] = {}
    for text, line in texts:
        named = [
            m for m in _NAMED.finditer(text) if not _NOT_A_NAME_BEFORE.search(text[: m.start()])
        ]
        for match in sorted([*_TITLED.finditer(text), *named], key=lambda m: m.start()):
            name = match.group("name")
            if set(name.split()) & known or name.lower() in TITLE_WORDS:
                continue
            found[name] += 1
            first.setdefault(name, line)
    return [(name, count, first[name]) for name, count in found.items()]


def _inlines(block: Block) -> list[Inline]:
    """Every inline of a block, the breaks before a turn's label included."""
    lead: list[Inline] = list(block.lead) if isinstance(block, Turn) else []
    return [*lead, *block_inlines(block)]
