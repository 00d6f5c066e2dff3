"""The command line: the only module that prints or chooses an exit code.

Files are read here and written through :mod:`encoder.fileio` (a build's
outputs by :mod:`encoder.collection`, which cli drives); the pipeline itself
never touches a file.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, cast

import click

from . import __version__
from .cli_edition import edition_options, load_edition
from .diagnostics import (
    EXIT_CODES_HELP,
    EXIT_INPUT,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_INVALID,
    EXIT_IO,
    EXIT_OK,
    EXIT_SOME_FAILED,
    EXIT_TERMINATED,
    EXIT_USAGE,
    Diagnostic,
    Severity,
    Span,
    diagnostics_to_json,
)
from .export import PROFILES as EXPORT_PROFILES
from .lazyre import LazyPattern
from .reader.profile import SHAPES

if TYPE_CHECKING:
    from lxml import etree

    from .authority import AuthorityEntry
    from .corpus import Merging
    from .publish import EditionPart
    from .reader.profile import Profile
    from .validate import Engine


class _Settings:
    def __init__(self, quiet: bool, verbose: bool) -> None:
        self.quiet = quiet
        self.verbose = verbose

    def show(self, diagnostics: Sequence[Diagnostic]) -> None:
        for diag in diagnostics:
            if diag.severity is Severity.INFO and not self.verbose:
                continue
            if diag.severity is Severity.WARNING and self.quiet:
                continue
            click.echo(diag.format(), err=True)

    def say(self, message: str) -> None:
        if not self.quiet:
            click.echo(message, err=True)


def _source_date_epoch() -> int | None:
    value = os.environ.get("SOURCE_DATE_EPOCH")
    if value is None or not value.strip():
        return None
    try:
        return int(value)
    except ValueError:
        raise click.UsageError(f"SOURCE_DATE_EPOCH must be a whole number, not {value!r}") from None


def _load_authority(path: Path | None) -> tuple[AuthorityEntry, ...]:
    """Read a --persons file, or exit with its errors listed."""
    if path is None:
        return ()
    from .authority import AuthorityError, parse_authority
    from .diagnostics import Reporter
    from .fileio import InputFileError, read_input

    reporter = Reporter()
    try:  # a named pipe or device given as --persons is refused, not waited on
        data = read_input(path, option=False)
    except InputFileError as exc:
        click.echo(f"{path}: error[E500]: {exc.message}", err=True)
        sys.exit(EXIT_INPUT)
    try:
        return parse_authority(data, str(path), reporter)
    except AuthorityError:
        for diag in reporter.diagnostics:
            click.echo(diag.format(), err=True)
        sys.exit(EXIT_INPUT)


_BCP47 = LazyPattern(
    r"^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-[A-Za-z0-9]{5,8})*$"
)


def _check_lang(ctx: click.Context, param: click.Parameter, value: str) -> str:
    if value != "auto" and not _BCP47.match(value):
        raise click.BadParameter(f"{value!r} is not a BCP 47 language tag such as en, de or pt-BR")
    return value


_LANG_OPTION = click.option(
    "--lang",
    default="auto",
    show_default=True,
    callback=_check_lang,
    help=(
        "Language of the transcripts (BCP 47), written as TEI/@xml:lang. 'auto': read from "
        "the commonest words (English, German, French, Spanish, Italian, Dutch, Portuguese), "
        "English when they give no clear answer."
    ),
)

_PERSONS_OPTION = click.option(
    "--persons",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help=(
        "Authority file of persons (CSV with columns id,name[,wikidata,viaf,gnd] or a TEI "
        "listPerson): its ids and identifiers are given to the people it names."
    ),
)


_ENCODING_OPTION = click.option(
    "--encoding", default=None, help="Encoding of INPUT if it is not UTF-8 (e.g. cp1252)."
)

_SHAPE_OPTION = click.option(
    "--shape",
    type=click.Choice(tuple(SHAPES)),
    default=None,
    help="The transcript's shape, where detection misjudges it [default: auto].",
)

_PROFILE_OPTION = click.option(
    "--profile",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="A house-style profile (TOML: label, page, line_numbers, timestamps); see docs/shapes.md.",
)


def _load_profile(shape: str | None, path: Path | None) -> Profile:
    """The profile --shape names or --profile reads, or exit with the reason."""
    from .reader.profile import ProfileError, parse_profile

    if path is None:
        return SHAPES[shape or "auto"]
    if shape is not None:
        raise click.UsageError("give --shape or --profile, not both (a profile may say shape = …)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        click.echo(f"{path}: error[E510]: cannot read the file: {exc.strerror or exc}", err=True)
        sys.exit(EXIT_INPUT)
    try:
        return parse_profile(data, str(path))
    except ProfileError as exc:
        click.echo(f"{exc}".replace(f"{path}: ", f"{path}: error[E510]: ", 1), err=True)
        sys.exit(EXIT_INPUT)


def _max_size_bytes(ctx: click.Context, param: click.Parameter, value: int | None) -> int:
    from .fileio import DEFAULT_MAX_INPUT

    return DEFAULT_MAX_INPUT if value is None else value * 1024 * 1024


_MAX_SIZE_OPTION = click.option(
    "--max-size",
    type=click.IntRange(min=1),
    default=None,
    callback=_max_size_bytes,
    metavar="MIB",
    help="Refuse inputs larger than this many MiB [default: 64].",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXIT_CODES_HELP)
@click.version_option(__version__, prog_name="tei-encode")
@click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr.")
@click.option("-v", "--verbose", is_flag=True, help="Also informational diagnostics.")
@click.pass_context
def cli(ctx: click.Context, quiet: bool, verbose: bool) -> None:
    """Turn plain-text transcripts of conversations into TEI P5 editions."""
    ctx.obj = _Settings(quiet, verbose)


@cli.command(epilog=EXIT_CODES_HELP)
@click.argument("input_file", metavar="INPUT", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    required=True,
    help="Output TEI file, or - for standard output.",
)
@_ENCODING_OPTION
@_PERSONS_OPTION
@_LANG_OPTION
@_SHAPE_OPTION
@_PROFILE_OPTION
@_MAX_SIZE_OPTION
@edition_options
@click.option("--source-url", default=None, metavar="URI", help="Where the source was found.")
@click.option("--record-id", default=None, help="The source's record id in its archive.")
@click.pass_obj
def encode(
    settings: _Settings,
    input_file: Path,
    output: str,
    encoding: str | None,
    persons: Path | None,
    lang: str,
    shape: str | None,
    profile: Path | None,
    max_size: int,
    edition: dict[str, object],
    source_url: str | None,
    record_id: str | None,
) -> None:
    """Encode one transcript INPUT as TEI."""
    from .document import BuildSettings, encode_document
    from .edition import SourceRecord
    from .fileio import InputFileError, read_input

    _refuse_same_file(output, input_file)
    authority = _load_authority(persons)
    house = _load_profile(shape, profile)
    record = (input_file.name, SourceRecord(source_url, record_id))
    metadata = load_edition(edition, record=record)
    try:
        data = read_input(input_file, max_size)
    except InputFileError as exc:
        click.echo(f"{input_file}: error[E000]: {exc.message}", err=True)
        sys.exit(EXIT_INPUT)
    wanted = BuildSettings(
        html=False,
        encoding=encoding,
        source_date_epoch=_source_date_epoch(),
        authority=authority,
        lang=lang,
        profile=house,
        edition=metadata,
    )
    # given up as a bytearray: emptied once decoded, not kept beside the tree
    given = bytearray(data)
    del data
    result = encode_document(given, str(input_file), wanted)
    settings.show(result.diagnostics)
    if ".xml" not in result.outputs:
        sys.exit(result.code)
    _emit(settings, output, result.outputs[".xml"])


@cli.command(epilog=EXIT_CODES_HELP)
@click.option(
    "--sources",
    default="sources",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Folder (or fsspec URL) of *.txt transcripts.",
)
@click.option(
    "--out",
    default="out",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Folder (or fsspec URL) for NAME.xml (and NAME.html).",
)
@click.option("--html/--no-html", default=True, show_default=True, help="Also write NAME.html.")
@click.option(
    "--prune",
    is_flag=True,
    help="Remove outputs whose source is gone (unless edited since they were built).",
)
@_PERSONS_OPTION
@click.option(
    "--merge",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help=(
        "Merge table for the collection's register of persons: CSV with columns "
        "document,person,into (docs/deposit.md)."
    ),
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes [default: the number of CPUs]; 1 encodes in this process.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS|local",
    default=None,
    help=(
        "Encode on a Dask cluster: its scheduler's address (tcp://host:8786), or local "
        "for -j worker processes here. Needs the distributed extra."
    ),
)
@_LANG_OPTION
@_SHAPE_OPTION
@_PROFILE_OPTION
@_MAX_SIZE_OPTION
@edition_options
@click.pass_obj
def build(
    settings: _Settings,
    sources: str,
    out: str,
    html: bool,
    prune: bool,
    persons: Path | None,
    merge: Path | None,
    jobs: int | None,
    scheduler: str | None,
    lang: str,
    shape: str | None,
    profile: Path | None,
    max_size: int,
    edition: dict[str, object],
) -> None:
    """Encode every *.txt in SOURCES into OUT/NAME.xml (and OUT/NAME.html).

    Documents whose input, options and tool are unchanged since the last build
    (recorded in OUT/.tei-encode-manifest.json) and whose outputs are intact
    are skipped. One failing document does not stop the others. Outputs whose
    source is no longer in SOURCES are reported, and removed with --prune.
    """
    from . import collection
    from .collection import BuildLocked, BuildSettings, BuildTerminated, OutputFolderError
    from .distributed import ClusterError

    source_dir, out_dir = _build_locations(sources, out, scheduler, jobs)
    authority = _load_authority(persons)
    merging = _load_merging(authority, merge)
    house = _load_profile(shape, profile)
    if not source_dir.is_dir():
        click.echo(f"{sources}: error[E011]: no such folder of sources", err=True)
        sys.exit(EXIT_INPUT)
    metadata = load_edition(edition, beside=source_dir.parent)
    inputs = sorted(source_dir.glob("*.txt"), key=str)
    if not inputs:
        click.echo(f"{sources}: error[E012]: no *.txt transcripts in this folder", err=True)
        sys.exit(EXIT_INPUT)
    wanted = BuildSettings(
        html=html,
        source_date_epoch=_source_date_epoch(),
        authority=authority,
        lang=lang,
        profile=house,
        edition=metadata,
        # for the parts of the collection files, read by local workers (see _publish)
        merging=merging if collection.is_local(out_dir) and scheduler is None else None,
    )
    try:
        with _sigterm_interrupts(BuildTerminated):
            summary = collection.build_collection(
                inputs,
                out_dir,
                wanted,
                jobs=jobs,
                progress=not settings.quiet,
                report=lambda outcome: settings.show(outcome.diagnostics),
                prune=prune,
                scheduler=scheduler,
                max_size=max_size,
            )
    except ClusterError as exc:
        click.echo(f"{scheduler}: error[E030]: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    except BuildLocked:
        click.echo(
            f"{out}: error[E015]: another tei-encode build is writing to this folder; run this "
            "one when it has finished (or give another --out)",
            err=True,
        )
        sys.exit(EXIT_SOME_FAILED)
    except OutputFolderError as exc:
        click.echo(exc.message, err=True)
        sys.exit(EXIT_SOME_FAILED)
    except KeyboardInterrupt as exc:
        code = EXIT_TERMINATED if isinstance(exc, BuildTerminated) else EXIT_INTERRUPTED
        click.echo(
            f"{'terminated' if code == EXIT_TERMINATED else 'interrupted'}; the documents "
            f"finished so far are recorded in {out}, and the next build skips them",
            err=True,
        )
        if collection.pool_abandoned:  # the interpreter could wait for it at exit
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
        sys.exit(code)
    settings.say(summary.format())
    _publish(out_dir, merging, html, summary.parts)
    unremoved = any(
        d.severity is Severity.ERROR for o in summary.outcomes for d in o.diagnostics
    )  # a failed document, or an output --prune could not remove
    if summary.failed or unremoved:
        sys.exit(EXIT_SOME_FAILED)


@cli.command(epilog=EXIT_CODES_HELP)
@click.option(
    "--out",
    default="out",
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="The folder tei-encode build wrote.",
)
@click.option(
    "--bag",
    default="deposit",
    show_default=True,
    type=click.Path(path_type=Path),
    help="The bag to make (a new folder).",
)
@click.pass_obj
def deposit(settings: _Settings, out: Path, bag: Path) -> None:
    """Package the built collection in OUT as a BagIt 1.0 bag for an archive.

    The bag holds the TEI (masters), the HTML (derivatives), Dublin Core,
    schema.org and METS metadata per document, the schema and a provenance
    record, with SHA-256 and SHA-512 manifests (docs/deposit.md). Its date is
    SOURCE_DATE_EPOCH, else the editions' publicationStmt/date, else today.
    """
    from .collection import BuildLocked
    from .deposit import BagExistsError, DepositError, make_deposit

    try:
        result = make_deposit(out, bag, _source_date_epoch())
    except DepositError as exc:
        settings.show(exc.diagnostics)
        click.echo(exc.message, err=True)
        sys.exit(EXIT_USAGE if isinstance(exc, BagExistsError) else EXIT_INPUT)
    except BuildLocked:
        click.echo(f"{out}: error[E015]: a tei-encode build is writing to this folder", err=True)
        sys.exit(EXIT_INPUT)
    except OSError as exc:
        click.echo(f"{bag}: error[E010]: cannot write the bag: {exc.strerror or exc}", err=True)
        sys.exit(EXIT_IO)
    if result.date.source == "clock" and not settings.quiet:
        click.echo(
            f"{bag}: warning[W040]: Bagging-Date {result.date.value} is today's date: the "
            "editions have no publicationStmt/date; set SOURCE_DATE_EPOCH for a reproducible bag",
            err=True,
        )
    settings.say(
        f"wrote {bag}: {result.documents} document(s), Payload-Oxum {result.payload_oxum}, "
        f"Bagging-Date {result.date.value} (from {result.date.source})"
    )


@cli.command(name="export", epilog=EXIT_CODES_HELP)
@click.argument("input_file", metavar="FILE", type=click.Path(path_type=Path))
@click.option(
    "--profile",
    required=True,
    type=click.Choice(sorted(EXPORT_PROFILES)),
    help="The interchange profile (docs/deposit.md).",
)
@click.option("-o", "--output", required=True, help="Output TEI file, or - for standard output.")
@click.pass_obj
def export_profile(settings: _Settings, input_file: Path, profile: str, output: str) -> None:
    """Write a TEI FILE in an interchange profile: TEI Simple Print, TEI Lite or ParlaMint.

    ParlaMint needs header facts a transcript may lack (publisher, the
    edition's http(s) URI, CC BY 4.0 licence, place, the source's web
    address, ...): without them nothing is written and the missing ones are
    listed (E050).
    """
    from .export import ExportError, export_tree

    _refuse_same_file(output, input_file)
    try:
        data = export_tree(_read_tei(input_file), profile)
    except ExportError as exc:
        click.echo(f"{input_file}: error[E050]: cannot export: {exc}", err=True)
        sys.exit(EXIT_INPUT)
    _emit(settings, output, data)


def _load_merging(authority: Sequence[AuthorityEntry], path: Path | None) -> Merging:
    """The authority ids and the --merge table, or exit with the table's error."""
    from .corpus import MergeTableError, Merging, parse_merge_table
    from .fileio import InputFileError, read_input

    table: dict[tuple[str, str], str] = {}
    if path is not None:
        try:
            table = parse_merge_table(read_input(path, option=False))
        except InputFileError as exc:
            click.echo(f"{path}: error[E530]: {exc.message}", err=True)
            sys.exit(EXIT_INPUT)
        except MergeTableError as exc:
            click.echo(f"{path}:{exc.line}: error[E530]: {exc.message}", err=True)
            sys.exit(EXIT_INPUT)
    return Merging(frozenset(entry.person_id for entry in authority), table)


def _publish(out: Path, merging: Merging, html: bool, parts: Mapping[str, EditionPart]) -> None:
    """After a build: the collection's corpus.xml, and with html its pages
    (``parts``: those the build's workers read from the editions they wrote)."""
    from .collection import is_local
    from .publish import publish_collection
    from .xmlio import XmlInputError

    if not is_local(out):
        return
    try:
        unmatched = publish_collection(out, merging, html, parts)
    except OSError as exc:
        click.echo(f"{out}: error[E010]: cannot write the collection files: {exc}", err=True)
        sys.exit(EXIT_SOME_FAILED)  # a write error of build, like its documents' (6)
    except XmlInputError as exc:  # an edition replaced after the build read it
        click.echo(f"{out}: error[E020]: cannot read an edition: {exc.message}", err=True)
        sys.exit(EXIT_SOME_FAILED)
    for document, person in unmatched:
        click.echo(
            f"{out}: warning[W531]: the merge table names person {person!r} of document "
            f"{document!r}, which the collection does not have; the row was not used",
            err=True,
        )


def _build_locations(
    sources: str, out: str, scheduler: str | None, jobs: int | None
) -> tuple[Path, Path]:
    """--sources and --out as paths (URLs through fsspec); check --scheduler.
    A missing extra or a bad combination exits 2."""
    from .stores import MissingExtraError, location

    try:
        if scheduler is not None:
            from .distributed import LOCAL, require_dask

            require_dask()
            if scheduler != LOCAL and jobs is not None:
                raise click.UsageError("-j sets the workers of --scheduler local only")
        return location(sources), location(out)
    except (MissingExtraError, ValueError, ImportError) as exc:
        click.echo(f"tei-encode: error[E031]: {exc}", err=True)
        sys.exit(EXIT_USAGE)


@cli.command(epilog=EXIT_CODES_HELP)
@click.argument("input_file", metavar="INPUT", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="A report to read, or JSON for scripts.",
)
@_ENCODING_OPTION
@_LANG_OPTION
@_SHAPE_OPTION
@_PROFILE_OPTION
@_MAX_SIZE_OPTION
@click.pass_obj
def inspect(
    settings: _Settings,
    input_file: Path,
    fmt: str,
    encoding: str | None,
    lang: str,
    shape: str | None,
    profile: Path | None,
    max_size: int,
) -> None:
    """Show what the reader makes of INPUT: shapes, label styles, speakers with
    their turns and first line, page breaks, notes, persons, and the decisions
    it took with low confidence. Writes nothing."""
    import json

    from .fileio import InputFileError, read_input
    from .inspect import inspect_bytes

    house = _load_profile(shape, profile)
    try:
        data = read_input(input_file, max_size)
    except InputFileError as exc:
        click.echo(f"{input_file}: error[E000]: {exc.message}", err=True)
        sys.exit(EXIT_INPUT)
    report = inspect_bytes(data, str(input_file), encoding, lang, house)
    if fmt == "json":
        click.echo(json.dumps(report.to_json(), indent=2, ensure_ascii=False))
    else:
        click.echo(report.format(), nl=False)
    if report.errors:
        if fmt == "json":
            settings.show(report.errors)
        sys.exit(EXIT_INPUT)


@cli.command(epilog=EXIT_CODES_HELP)
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Diagnostics as gcc-style lines or as JSON on stdout.",
)
@click.option(
    "--engine",
    type=click.Choice(["lxml", "xmlschema", "schematron", "jing"]),
    default="lxml",
    show_default=True,
    help=(
        "Schema engine: libxml2 (fast), the pure-Python xmlschema (a second opinion), "
        "libxml2 with the pointer rules checked by schema/tei-encoder.sch, or jing (Java) "
        "with schema/tei-encoder.rng and the same Schematron: what tools outside Python see."
    ),
)
@click.pass_obj
def validate(settings: _Settings, files: tuple[Path, ...], fmt: str, engine: str) -> None:
    """Validate TEI FILES against the bundled schema and the pointer checks."""
    from .validate import validate_file

    everything: list[Diagnostic] = []
    unreadable = False
    for path in files:
        if not path.is_file():
            unreadable = True
            message = "no such file" if not path.exists() else "not a regular file"
            everything.append(Diagnostic("E000", Severity.ERROR, message, Span(str(path))))
            continue
        everything.extend(validate_file(path, cast("Engine", engine)))  # a click.Choice
    if fmt == "json":
        click.echo(diagnostics_to_json(everything))
    else:
        settings.show(everything)
    errors = sum(d.severity is Severity.ERROR for d in everything)
    if fmt == "text":
        settings.say(f"{len(files)} file(s) checked, {errors} error(s)")
    sys.exit(EXIT_INPUT if unreadable else EXIT_INVALID if errors else EXIT_OK)


@cli.command(epilog=EXIT_CODES_HELP)
@click.argument("input_file", metavar="FILE", type=click.Path(path_type=Path))
@click.option("-o", "--output", required=True, help="Output HTML file, or - for standard output.")
@click.pass_obj
def render(settings: _Settings, input_file: Path, output: str) -> None:
    """Render a TEI FILE as an HTML edition with the bundled XSLT."""
    from .html import HtmlRenderError, html_writer

    _refuse_same_file(output, input_file)
    tree = _read_tei(input_file)
    try:
        # a large page is made and written in parts (encoder/html.py)
        write = html_writer(tree)
    except HtmlRenderError as exc:
        click.echo(f"{input_file}: error[E021]: cannot render: {exc}", err=True)
        sys.exit(EXIT_INPUT)
    del tree  # the writer keeps what it needs
    _emit_with(settings, output, write)


@cli.command(epilog=EXIT_CODES_HELP)
@click.argument("input_file", metavar="FILE", type=click.Path(path_type=Path))
@click.option("-o", "--output", default="-", show_default=True, help="Output text file, or -.")
@click.pass_obj
def text(settings: _Settings, input_file: Path, output: str) -> None:
    """Render a TEI FILE back to a plain transcript (the round trip)."""
    from .plaintext import tei_to_text

    _refuse_same_file(output, input_file)
    _emit(settings, output, tei_to_text(_read_tei(input_file)).encode("utf-8"))


def _read_tei(path: Path) -> etree._ElementTree:
    """Parse a TEI file safely, or exit with a positioned error (E020)."""
    from .xmlio import XmlInputError, parse_xml_file

    try:
        return parse_xml_file(path)
    except XmlInputError as exc:
        span = Span(str(path), exc.line, exc.col)
        click.echo(Diagnostic("E020", Severity.ERROR, exc.message, span).format(), err=True)
        sys.exit(EXIT_INPUT)


def _refuse_same_file(output: str, source: Path) -> None:
    """Never let ``-o`` overwrite the file being read (E013, exit 2)."""
    from .fileio import SameFileError, check_not_input

    if output == "-":
        return
    try:
        check_not_input(Path(output), source)
    except SameFileError:
        click.echo(
            f"{output}: error[E013]: the output is the input file; choose another -o",
            err=True,
        )
        sys.exit(EXIT_USAGE)


def _emit(settings: _Settings, output: str, data: bytes) -> None:
    _emit_with(settings, output, lambda handle: handle.write(data))


def _emit_with(settings: _Settings, output: str, write: Callable[[BinaryIO], object]) -> None:
    """Let ``write`` fill OUTPUT (atomically) or standard output (``-``)."""
    from .fileio import write_atomic_with

    if output == "-":
        try:
            write(sys.stdout.buffer)
            sys.stdout.buffer.flush()
        except OSError as exc:  # a full disk or a closed pipe behind standard output
            click.echo(
                f"-: error[E010]: cannot write to standard output: {exc.strerror or exc}",
                err=True,
            )
            _silence_stdout()
            sys.exit(EXIT_IO)
        return
    try:
        write_atomic_with(Path(output), write)
    except OSError as exc:
        click.echo(f"{output}: error[E010]: cannot write: {exc.strerror or exc}", err=True)
        sys.exit(EXIT_IO)
    settings.say(f"wrote {output}")


@contextmanager
def _sigterm_interrupts(kind: type[KeyboardInterrupt]) -> Iterator[None]:
    """Turn SIGTERM into ``kind`` (a KeyboardInterrupt) in the main thread,
    so that a build stops on it as on Ctrl-C and records what it finished."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminate(number: int, frame: object) -> None:
        raise kind

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so that the interpreter's final
    flush of what could not be written does not fail a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def main(args: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (testable without a subprocess)."""
    try:
        cli.main(args=list(args) if args is not None else None, standalone_mode=False)
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Abort as exc:
        if isinstance(exc.__cause__, KeyboardInterrupt):  # click's wrapping of Ctrl-C
            click.echo("Interrupted.", err=True)
            return EXIT_INTERRUPTED
        click.echo("Aborted.", err=True)
        return 1
    except SystemExit as exc:
        return int(exc.code) if isinstance(exc.code, int) else 1
    except KeyboardInterrupt as exc:
        from .collection import BuildTerminated

        if isinstance(exc, BuildTerminated):
            click.echo("Terminated.", err=True)
            return EXIT_TERMINATED
        click.echo("Interrupted.", err=True)
        return EXIT_INTERRUPTED
    except Exception as exc:  # a bug: say so plainly, never a traceback
        click.echo(
            f"tei-encode: error[E999]: internal error ({type(exc).__name__}: {exc}); this is a "
            "bug in tei-encode, please report it with the input that caused it",
            err=True,
        )
        return EXIT_INTERNAL
    return 0


def entry_point() -> None:
    sys.exit(main())
