"""Encode one document: the work of `tei-encode encode` and of each document
of a build, apart from :mod:`encoder.collection` so that encoding one file
loads none of a build's machinery (manifests, hashing, worker pools)."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Final

from .diagnostics import (
    EXIT_INPUT,
    EXIT_OK,
    EXIT_OUTPUT_INVALID,
    Diagnostic,
    Severity,
    Span,
)
from .edition import Edition
from .reader.profile import Profile
from .record import Record

if TYPE_CHECKING:
    from .authority import AuthorityEntry
    from .corpus import Merging
    from .publish import EditionPart


class BuildSettings(Record):
    """Every option that can change an output; part of each document's fingerprint."""

    html: bool = True
    encoding: str | None = None
    source_date_epoch: int | None = None
    authority: tuple[AuthorityEntry, ...] = ()  # from --persons
    lang: str = "auto"  # the transcript's language (BCP 47), from --lang; auto: guessed
    profile: Profile = Profile()  # from --shape or --profile
    edition: Edition = Edition()  # tei-encode.toml and its options
    # How the collection merges persons: set by a build that publishes the
    # collection, whose workers then read each edition's part of it
    # (encoder/publish.py). Not an option of the document: not in to_json.
    merging: Merging | None = None

    def to_json(self) -> dict[str, object]:
        """What the manifest records (the authority and profile files by their hash)."""
        import hashlib
        import json

        authority = json.dumps([asdict(entry) for entry in self.authority], sort_keys=True)
        digest = hashlib.sha256(authority.encode()).hexdigest()
        record: dict[str, object] = {
            "html": self.html,
            "encoding": self.encoding,
            "source_date_epoch": self.source_date_epoch,
            "authority_sha256": digest if self.authority else None,
            "lang": self.lang,
        }
        if self.profile.name != "auto":  # detection is the default: no key, as before
            record["profile"] = self.profile.record()
        if self.edition != Edition():  # none given: no key, as before
            record["edition"] = self.edition.to_json()
        return record


class DocumentResult(Record):
    """What a worker sends back: ``outputs`` maps a suffix (``.xml``, ``.html``)
    to bytes, and is empty when the document failed (``code`` says why).
    ``part``: with ``settings.merging``, what publishing the collection needs
    of the edition (read here, in the worker, so that the parent need not
    parse the edition again)."""

    outputs: dict[str, bytes]
    diagnostics: list[Diagnostic]
    code: int = EXIT_OK
    part: EditionPart | None = None


def encode_document(
    data: bytes | bytearray, display: str, settings: BuildSettings
) -> DocumentResult:
    """Encode one transcript, check the TEI against the bundled schema and,
    if asked, render it as HTML. Pure: no input or output is read or
    written. A
    ``bytearray`` is emptied once decoded (the caller has no further use for
    it), so that a large transcript's bytes do not stay beside its tree."""
    from .validate import compile_schema_early, validate_output

    compile_schema_early()  # on another thread, while the pipeline loads and runs
    from .parts import XML_TEXT_LIMIT
    from .pipeline import encode_bytes
    from .tei import Options

    options = Options(source_date_epoch=settings.source_date_epoch, edition=settings.edition)
    result = encode_bytes(
        data,
        display,
        options,
        settings.encoding,
        settings.authority,
        settings.lang,
        keep_model=False,
        profile=settings.profile,
    )
    diagnostics = list(result.diagnostics)
    if result.xml is None:
        return DocumentResult({}, diagnostics, EXIT_INPUT)
    too_long = result.text_over_limit
    if too_long:
        message = (
            f"a paragraph of {too_long:,} bytes is longer than the XML tools that read TEI "
            f"(validate, text, render, libxml2) accept ({XML_TEXT_LIMIT:,} bytes); split it "
            "with blank lines"
        )
        diagnostics.append(Diagnostic("E008", Severity.ERROR, message, Span(display)))
        return DocumentResult({}, diagnostics, EXIT_INPUT)
    # An error here is a bug in tei-encode, not in the input.
    problems = validate_output(result.xml, display + " (output)")
    if problems:
        return DocumentResult({}, diagnostics + problems, EXIT_OUTPUT_INVALID)
    outputs = {".xml": result.xml}
    if not settings.html and settings.merging is None:
        return DocumentResult(outputs, diagnostics)
    from .xmlio import parse_xml_bytes

    written = parse_xml_bytes(result.xml)
    part = None
    if settings.merging is not None:  # first: the stylesheet strips the tree's white space
        from pathlib import PurePath

        from .corpus import Edition as CollectionEdition
        from .publish import edition_part

        # a build names each document by its path: the stem is its name in OUT
        stem = PurePath(display).stem
        part = edition_part(CollectionEdition(stem, written), settings.merging)
    if settings.html:
        from .html import render_html_in_parts

        # Render what was written, not the in-memory tree, like `tei-encode render`
        # (a large page in parts, encoder/html.py).
        outputs[".html"] = render_html_in_parts(written, COLLECTION_LINKS)
    return DocumentResult(outputs, diagnostics, part=part)


# A built edition links to the collection's pages (encoder/site.py) beside it.
COLLECTION_LINKS: Final = {"collection-href": "index.html", "collection-people-href": "people.html"}
