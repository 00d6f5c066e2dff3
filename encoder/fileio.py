"""Writing files safely: the one writer of output files, used at the edges
(the command line and a build)."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


class SameFileError(OSError):
    """The output would overwrite an input of the same run."""


def check_not_input(output: Path, *inputs: Path) -> None:
    """Refuse an output path that is one of the inputs (``-o`` on the transcript)."""
    if not output.exists():
        return
    for source in inputs:
        if source.exists() and output.samefile(source):
            raise SameFileError(f"{output} is the input file; choose another output")


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a failed run never leaves a partial file.

    A regular file is written through a temporary file and a rename. A
    symbolic link is followed (its target is replaced, the link kept). A
    device or a named pipe (``/dev/null``, ``/dev/stdout``) is written to
    directly: renaming over it would replace it with a file. A path on
    another file system (an fsspec URL, see :mod:`encoder.stores`) is written
    in one put, which object stores apply whole.
    """
    if not isinstance(path, Path):  # a UPath: no rename-over on most stores
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return
    if path.is_symlink():
        path = path.resolve()
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        mode = 0
    if mode and not stat.S_ISREG(mode):
        with path.open("wb") as handle:
            handle.write(data)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
