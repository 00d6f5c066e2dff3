"""Writing files safely: the one writer of output files, used at the edges
(the command line and a build)."""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, Final


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
    """Write ``data`` to ``path`` so that a failed run never leaves a partial file
    (see :func:`write_atomic_with`)."""
    write_atomic_with(path, lambda handle: handle.write(data))


def write_atomic_with(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Let ``write`` fill ``path`` so that a failed run never leaves a partial file.

    A regular file is written through a temporary file and a rename. A
    symbolic link is followed (its target is replaced, the link kept). A
    device or a named pipe (``/dev/null``, ``/dev/stdout``) is written to
    directly: renaming over it would replace it with a file. A path on
    another file system (an fsspec URL, see :mod:`encoder.stores`) is written
    in one put, which object stores apply whole.
    """
    if not isinstance(path, Path):  # a UPath: no rename-over on most stores
        buffer = io.BytesIO()
        write(buffer)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(buffer.getvalue())
        return
    if path.is_symlink():
        path = path.resolve()
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        mode = 0
    if mode and not stat.S_ISREG(mode):
        with path.open("wb") as handle:
            write(handle)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _new_temporary(path)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# What tempfile.mkstemp opens with; importing tempfile (shutil, random, the
# compression modules) cost a cold encode ~3 ms for this one call.
_EXCLUSIVE: Final = (
    os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
)


def _new_temporary(path: Path) -> tuple[int, str]:
    """A new file ``.NAME.XXXXXXXXXXXX.tmp`` beside ``path``, created
    exclusively and readable by its owner only (a build removes such
    leftovers of a killed run: collection.py)."""
    while True:
        candidate = path.parent / f".{path.name}.{os.urandom(6).hex()}.tmp"
        try:
            return os.open(candidate, _EXCLUSIVE, 0o600), str(candidate)
        except FileExistsError:  # 1 in 2**48: draw again
            continue


# The largest input read by default: a transcript of 64 MiB is some 30 times
# the longest we know; anything larger is far more likely a mistake (a disk
# image, /dev/zero) than a conversation. ``--max-size`` raises it.
DEFAULT_MAX_INPUT: Final = 64 * 1024 * 1024


class InputFileError(Exception):
    """An input that is not read: not a regular file, too large, unreadable.
    ``message`` is in the tool's words, without the file name."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def describe_size(size: int) -> str:
    """A size as a person reads it.

    >>> describe_size(64 * 1024 * 1024), describe_size(1536)
    ('64 MiB', '1536 bytes')
    """
    if size % (1024 * 1024) == 0:
        return f"{size // (1024 * 1024)} MiB"
    return f"{size} bytes"


def check_regular(path: Path) -> None:
    """Refuse ``path`` unless it is a regular file, without opening it: a
    named pipe would block the reader, a device never end."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        raise InputFileError(_why(exc)) from None
    if not stat.S_ISREG(mode):
        raise InputFileError(f"this is {_kind(mode)}, not a file; give a regular file")


def _why(exc: OSError) -> str:
    if isinstance(exc, IsADirectoryError):
        return "this is a folder, not a file; give a regular file"
    return f"cannot read the file: {exc.strerror or exc}"


def read_input(path: Path, limit: int = DEFAULT_MAX_INPUT, *, option: bool = True) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them.

    ``option`` says whether the command has ``--max-size`` (the message
    suggests it). The file is opened without blocking (a named pipe put in its place after
    a check would otherwise wait for a writer for ever) and checked on the
    open descriptor, so nothing but a regular file is read. A path at a URL
    (an object store, through fsspec) is read whole, then bounded.
    """
    if not isinstance(path, os.PathLike):
        try:
            data = path.read_bytes()
        except (OSError, ValueError) as exc:
            raise InputFileError(f"cannot read the file: {exc}") from None
        if len(data) > limit:
            raise InputFileError(_too_large(len(data), limit, option))
        return data
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise InputFileError(_why(exc)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputFileError(f"this is {_kind(info.st_mode)}, not a file; give a regular file")
        if info.st_size > limit:
            raise InputFileError(_too_large(info.st_size, limit, option))
        chunks: list[bytes] = []
        size = 0
        # ask for what the file holds (plus one byte, to see it end): os.read
        # allocates what it is asked for, and 64 MiB per small file is slow
        while size <= limit and (
            chunk := os.read(fd, min(limit + 1 - size, max(info.st_size + 1 - size, 1 << 16)))
        ):
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise InputFileError(_why(exc)) from None
    finally:
        os.close(fd)
    data = chunks[0] if len(chunks) == 1 else b"".join(chunks)
    if len(data) > limit:  # it grew while read
        raise InputFileError(_too_large(len(data), limit, option))
    return data


def _too_large(size: int, limit: int, option: bool) -> str:
    message = (
        f"the file is larger ({describe_size(size)}) than the maximum input size "
        f"({describe_size(limit)})"
    )
    if option:
        return (
            message + "; pass --max-size with a larger number of MiB if it really is one transcript"
        )
    return message
