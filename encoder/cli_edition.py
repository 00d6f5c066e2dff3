"""The edition's options on ``encode`` and ``build``: the keys of ``tei-encode.toml``.

``--edition FILE`` reads a collection file (``build`` reads
``tei-encode.toml`` beside the sources folder when none is given); the
other options set one key each and win over the file. A problem with
either exits 3 with every problem listed (E520, E521).
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

import click

from .diagnostics import EXIT_INPUT
from .edition import (
    COLLECTION_FILE,
    Edition,
    EditionError,
    SourceRecord,
    parse_edition,
    with_document,
    with_options,
)

_KEYS: Final = (
    "edition_file",
    "publisher",
    "editors",
    "licence",
    "licence_label",
    "id_prefix",
    "edition_date",
    "schema_url",
    "edition_url",
)

_OPTIONS: Final = (
    click.option(
        "--edition",
        "edition_file",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help=(
            f"The edition's collection file (TOML; see docs/edition.md). build reads "
            f"{COLLECTION_FILE} beside the sources folder when this is not given."
        ),
    ),
    click.option("--publisher", default=None, help="The edition's publisher."),
    click.option(
        "--editor",
        "editors",
        multiple=True,
        metavar="NAME[|ORCID]",
        help="An editor of the edition, with an optional ORCID iD (repeat for several).",
    ),
    click.option("--licence", default=None, metavar="URI", help="The edition's licence (a URI)."),
    click.option("--licence-label", default=None, help='The licence\'s name, e.g. "CC BY 4.0".'),
    click.option(
        "--id-prefix", default=None, help="Prefix of TEI/@xml:id (and so of every id), e.g. wc-."
    ),
    click.option("--edition-date", default=None, metavar="YYYY-MM-DD", help="The edition's date."),
    click.option(
        "--schema-url",
        default=None,
        metavar="URL/",
        help="Folder where the edition publishes tei-encoder.rng and .sch (xml-model, schemaRef).",
    ),
    click.option(
        "--edition-url",
        default=None,
        metavar="URL/",
        help="Folder where the edition publishes its TEI files: NAME.xml there is its URI.",
    ),
)


def edition_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add the options and hand them to ``func`` as one ``edition`` dict."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        kwargs["edition"] = {key: kwargs.pop(key) for key in _KEYS}
        return func(*args, **kwargs)

    for option in reversed(_OPTIONS):
        wrapper = option(wrapper)
    return wrapper


def load_edition(
    given: dict[str, Any],
    beside: Path | None = None,
    record: tuple[str, SourceRecord] | None = None,
) -> Edition:
    """The edition from the file (``--edition``, else ``beside/tei-encode.toml``
    if there is one) with the options laid over it; exits 3 on a problem.
    ``record`` (encode's ``--source-url``/``--record-id``) replaces the
    file's record of that document."""
    path: Path | None = given["edition_file"]
    if path is None and beside is not None and (beside / COLLECTION_FILE).is_file():
        path = beside / COLLECTION_FILE
    try:
        edition = Edition()
        if path is not None:
            try:
                data = path.read_bytes()
            except OSError as exc:
                message = f"cannot read the collection file: {exc.strerror or exc}"
                click.echo(f"{path}: error[E520]: {message}", err=True)
                sys.exit(EXIT_INPUT)
            edition = parse_edition(data, str(path))
        edition = with_options(
            edition,
            publisher=given["publisher"],
            editors=tuple(given["editors"]),
            licence=given["licence"],
            licence_label=given["licence_label"],
            id_prefix=given["id_prefix"],
            date=given["edition_date"],
            schema_url=given["schema_url"],
            edition_url=given["edition_url"],
        )
        if record is not None:
            edition = with_document(edition, *record)
    except EditionError as exc:
        for diag in exc.diagnostics:
            click.echo(diag.format(), err=True)
        sys.exit(EXIT_INPUT)
    return edition
