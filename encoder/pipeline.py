"""The pure pipeline: bytes → checked text → blocks → Transcript → transforms → TEI.

No file is read or written here; :mod:`encoder.cli` does that.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from lxml import etree

from .diagnostics import Diagnostic, Reporter
from .edition import document_id
from .model import Transcript, evolve
from .parts import BodyParts, first_text_over
from .reader.blocks import read_blocks
from .reader.playmarks import may_be_play
from .reader.profile import Profile
from .reader.source import (
    SourceError,
    check_language,
    check_references,
    decode_source,
    guess_language,
)
from .record import Record
from .tei import Options, to_tei
from .transforms.citations import cite_references
from .transforms.notes import resolve_notes
from .transforms.persons import build_register
from .transforms.times import number_times
from .xmlio import serialize

if TYPE_CHECKING:
    from .authority import AuthorityEntry


class EncodeResult(Record):
    """``xml`` is None when the input had errors (see ``diagnostics``)."""

    xml: bytes | None
    tree: etree._ElementTree | None  # None when the body was written in parts
    transcript: Transcript | None
    diagnostics: list[Diagnostic]
    text_over_limit: int = 0  # see encoder.parts.first_text_over


def read_transcript(
    data: bytes | bytearray,
    source_name: str,
    reporter: Reporter,
    encoding: str | None = None,
    lang: str = "auto",
    profile: Profile | None = None,
) -> Transcript | None:
    try:
        source = decode_source(data, source_name, reporter, encoding)
    except SourceError:
        return None
    if isinstance(data, bytearray):
        # the caller gave its bytes up: they are not kept beside the model and
        # the tree (a transcript's size in memory, for a large one)
        data.clear()
    if lang == "auto":  # English unless the text's commonest words say otherwise
        lang = guess_language(source.lines) or "en"
    check_language(source.lines, lang, source_name, reporter)
    if may_be_play(source.lines, profile):
        play = _read_play(source.lines, source_name, lang, source.normalized_nfc, profile)
        if play is not None:
            if source.decoded_as is not None:
                play = evolve(play, "decoded_as", source.decoded_as)
            return evolve(play, "controls", source.controls) if source.controls else play
    blocks, facts, editors = read_blocks(source.lines, source_name, reporter, profile)
    if not facts.shape.vtt:  # (a caption file's cue text is decoded, as WebVTT says)
        check_references(source.lines, source_name, reporter)
    return Transcript(
        source_name=source_name,
        blocks=tuple(blocks),
        lang=lang,
        original_lang=facts.original_lang,
        normalized_nfc=source.normalized_nfc,
        decoded_as=source.decoded_as,
        controls=source.controls,
        editors=tuple(editors),
        shape=tuple(sorted(facts.shape.counts.items())),
    )


def _read_play(
    lines: tuple[str, ...], source_name: str, lang: str, nfc: bool, profile: Profile | None
) -> Transcript | None:
    """The play, if the lines are one (the play reader is loaded only here)."""
    from .drama_model import iterate_speeches
    from .reader.drama import is_play, read_play

    if not is_play(lines, profile):
        return None
    play, furniture = read_play(lines)
    return Transcript(
        source_name=source_name,
        blocks=tuple(furniture),
        lang=lang,
        normalized_nfc=nfc,
        shape=(("play", len(iterate_speeches(play.body))),),
        play=play,
    )


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for one encoding.

    The model is tuples of frozen nodes and makes no reference cycles, but
    the collector's full passes walk every live object: with the objects of
    a large transcript alive, that made reading grow faster than the input
    (a 4 MB transcript took 6.7 s instead of 4.8 s). The collector's former
    state is restored afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def encode_bytes(
    data: bytes | bytearray,
    source_name: str,
    options: Options | None = None,
    encoding: str | None = None,
    authority: tuple[AuthorityEntry, ...] = (),
    lang: str = "auto",
    *,
    keep_model: bool = True,
    profile: Profile | None = None,
) -> EncodeResult:
    """Encode one transcript. With ``keep_model=False`` the result has
    neither ``transcript`` nor ``tree``: the body is written out in parts
    while the tree is built (:mod:`encoder.parts`), so that the whole tree
    and the model are never in memory together (a 19 MB transcript peaked
    at 22x its size with them), and ``text_over_limit`` is filled in."""
    with _gc_paused():
        return _encode(data, source_name, options, encoding, authority, lang, keep_model, profile)


def _encode(
    data: bytes | bytearray,
    source_name: str,
    options: Options | None,
    encoding: str | None,
    authority: tuple[AuthorityEntry, ...],
    lang: str,
    keep_model: bool,
    profile: Profile | None = None,
) -> EncodeResult:
    reporter = Reporter()
    doc = read_transcript(data, source_name, reporter, encoding, lang, profile)
    if doc is None:
        return EncodeResult(None, None, None, reporter.diagnostics)
    doc = resolve_notes(doc, reporter)
    doc = number_times(doc)
    doc = build_register(doc, reporter, authority)
    doc = cite_references(doc)
    if doc.play is not None:
        from .transforms.cast import resolve_cast

        doc = evolve(doc, "play", resolve_cast(doc.play, reporter, source_name))
    if reporter.has_errors:
        return EncodeResult(None, None, doc, reporter.diagnostics)
    if keep_model:
        tree = to_tei(doc, options)
        return EncodeResult(serialize(tree), tree, doc, reporter.diagnostics)
    from .header import resp_agent

    options = options or Options()
    ident = document_id(options.edition.id_prefix, doc.source_name)
    parts = BodyParts(ident, resp_agent(doc))
    skeleton = to_tei(doc, options, parts)
    del doc  # the model's last reference: freed before the bytes are made
    over = first_text_over(skeleton.getroot(), parts)
    return EncodeResult(serialize(skeleton, parts), None, None, reporter.diagnostics, over)


def encode_text(
    text: str, source_name: str = "<text>", options: Options | None = None
) -> EncodeResult:
    """Convenience for tests and library users: encode a ``str``."""
    return encode_bytes(text.encode("utf-8"), source_name, options)
