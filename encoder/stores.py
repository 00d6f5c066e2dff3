"""Where a build reads and writes: local folders, or fsspec URLs.

``tei-encode build --sources URL --out URL`` reads transcripts from, and
writes outputs and the manifest to, any file system fsspec knows
(``memory://``, ``s3://`` with s3fs installed, ``gcs://``, …), so that Dask
workers that share no disk use the same store. A URL becomes a
:class:`upath.UPath`, which offers every :class:`~pathlib.Path` method the
build uses (``/``, ``name``, ``stem``, ``glob``, ``is_dir``, ``open``,
``read_bytes``, ``exists``, ``unlink``); :func:`encoder.fileio.write_atomic`
writes to it in one put. Local paths are unchanged, and a ``file://`` URL is
the local path it names, so both give the same outputs byte for byte.

>>> location("sources")
PosixPath('sources')
>>> location("file:///srv/transcripts")
PosixPath('/srv/transcripts')
>>> is_url("s3://archive/transcripts"), is_url("C:/transcripts"), is_url("out")
(True, False, False)
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Final, cast
from urllib.parse import unquote, urlsplit

INSTALL_HINT: Final = "pip install 'tei-encoder[distributed]'"

# "scheme://…"; a one-letter scheme is a Windows drive, not a URL.
_URL: Final = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]+://")


class MissingExtraError(RuntimeError):
    """An optional dependency (the ``distributed`` extra) is not installed."""


def is_url(text: str) -> bool:
    return _URL.match(text) is not None


def location(text: str) -> Path:
    """A ``--sources`` or ``--out`` value as a path.

    A URL other than ``file://`` needs the ``distributed`` extra
    (:class:`MissingExtraError` says how to install it) and its file
    system's driver (:class:`ValueError` names it). Its UPath is typed
    :class:`~pathlib.Path` here so that :mod:`encoder.collection` keeps one
    path type: it is one for every method the build calls.
    """
    if not is_url(text):
        return Path(text)
    parts = urlsplit(text)
    if parts.scheme == "file" and parts.netloc in ("", "localhost"):
        return Path(unquote(parts.path))
    try:
        from upath import UPath
    except ImportError:
        raise MissingExtraError(f"{text}: URLs need fsspec: {INSTALL_HINT}") from None
    try:
        path = UPath(text)
        path.fs  # noqa: B018 - loads the file system's driver (s3fs for s3://, …) now
    except ImportError as exc:  # the extra is there, the driver is not
        raise ValueError(f"{text}: {exc}") from None
    return cast(Path, path)
