"""The encoder's fixed regular expressions, compiled once per machine.

Python compiles a pattern from its source text in Python code (``re._parser``
and ``re._compiler``): the ~170 patterns the reader and the transforms make
at import took ~45 ms of every cold ``tei-encode encode``, more than the
encoding itself. The result of that work, the pattern's SRE code (a list of
integers) with its group names, depends only on the pattern, its flags and
the interpreter. :func:`compile` keeps it in a cache file, as Python keeps
the bytecode of a module in a ``.pyc``, and builds later patterns straight
from it with ``_sre.compile``, the call ``re.compile`` ends in.

What a cached pattern is, is exactly what ``re.compile`` gives: the same type,
the same code (CPython's patterns compare equal only when their code is
equal; ``tests/test_recache.py`` checks every pattern of the encoder so), the
same ``pattern``, ``flags`` and groups. ``_sre.compile`` checks the code it is
given and refuses code that is not well formed, so a damaged cache file
costs a compile, never a wrong match.

* The file is ``regex-<interpreter>-<SRE magic>.marshal`` under
  ``$TEI_ENCODER_CACHE_DIR``, else ``$XDG_CACHE_HOME/tei-encoder``, else
  ``~/.cache/tei-encoder``. It holds a pattern only under its own source text
  and flags, so an entry never stands for another pattern, and a new
  interpreter (or a new SRE) uses a file of its own.
* New entries are written once, when the process ends, to a temporary file
  renamed over the old one (two processes writing at once leave one whole
  file). A directory that cannot be written is no error: patterns are then
  compiled as ``re`` compiles them. The file carries a CRC-32 of its
  entries: a file damaged on disk is ignored whole, and rewritten.
* ``TEI_ENCODER_NO_CACHE`` (any value but empty) turns the cache off; so do
  an interpreter other than CPython 3.11-3.13 and ``-B``
  (``PYTHONDONTWRITEBYTECODE``) for writing, as for ``.pyc`` files.

Only patterns fixed in the source go through here: the patterns made from a
document's names stay with ``re.compile``, or the file would grow with every
transcript read.
"""

from __future__ import annotations

import atexit
import binascii
import marshal
import os
import re
import sys
from array import array
from pathlib import Path
from typing import Any, Final

_sre: Any
try:  # the pieces of CPython's own re.compile
    import _sre as _sre_module  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _sre = _sre_module
except ImportError:  # pragma: no cover - another interpreter
    _sre = None

# the versions whose re.compile is known to end in the call made here
_SUPPORTED: Final = (
    sys.implementation.name == "cpython"
    and (3, 11) <= sys.version_info[:2] < (3, 14)
    and _sre is not None
    and array("I").itemsize == _sre.CODESIZE
)
_FORMAT: Final = 1  # the layout of the file: (format, CRC-32 of the payload, payload)
_MAX_ENTRIES: Final = 2000  # beyond this, a write keeps only what this process used

# (final flags, code as machine words, groups - 1, groupindex, indexgroup)
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]


class _Cache:
    def __init__(self) -> None:
        self.loaded = False
        self.entries: dict[tuple[str, int], _Entry] = {}
        self.used: set[tuple[str, int]] = set()
        self.dirty = False
        self.path: Path | None = None

    def load(self) -> None:
        self.loaded = True
        self.path = cache_path()
        if self.path is None:
            return
        atexit.register(self.save)
        try:
            data = marshal.loads(self.path.read_bytes())
            if isinstance(data, tuple) and len(data) == 3 and data[0] == _FORMAT:
                _, checksum, payload = data
                if binascii.crc32(payload) == checksum:
                    entries = marshal.loads(payload)
                    if isinstance(entries, dict):
                        self.entries = entries
        except (OSError, EOFError, ValueError, TypeError):
            pass  # no file yet, or not one of ours: patterns are compiled afresh

    def save(self) -> None:
        if not self.dirty or self.path is None or sys.dont_write_bytecode:
            return
        entries = self.entries
        if len(entries) > _MAX_ENTRIES:
            entries = {key: entries[key] for key in self.used if key in entries}
        try:
            payload = marshal.dumps(entries)
            data = marshal.dumps((_FORMAT, binascii.crc32(payload), payload))
            self.path.parent.mkdir(parents=True, exist_ok=True)
            name = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
            try:
                name.write_bytes(data)
                os.replace(name, self.path)
            except BaseException:
                name.unlink(missing_ok=True)
                raise
        except (OSError, ValueError):
            pass
        self.dirty = False


_CACHE: Final = _Cache()


def cache_path() -> Path | None:
    """Where the cache file is, or None when the cache is off."""
    if not _SUPPORTED or _sre is None or os.environ.get("TEI_ENCODER_NO_CACHE"):
        return None
    folder = os.environ.get("TEI_ENCODER_CACHE_DIR")
    if not folder:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "tei-encoder")
    machine = f"{sys.byteorder[0]}{_sre.CODESIZE}"  # the code is kept as machine words
    return Path(folder) / f"regex-{sys.implementation.cache_tag}-{_sre.MAGIC}-{machine}.marshal"


def _entry(source: str, flags: int | re.RegexFlag) -> _Entry:
    """What ``re._compiler.compile`` computes for a pattern before it calls
    ``_sre.compile``."""
    parsed = _parser.parse(source, flags)
    code = array("I", _compiler._code(parsed, flags)).tobytes()  # read back at C speed
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | parsed.state.flags),
        code,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _build(source: str, entry: _Entry) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = entry
    ops = array("I")
    ops.frombytes(code)
    pattern: Any = _sre.compile(source, flags, ops.tolist(), groups, groupindex, indexgroup)
    return pattern  # type: ignore[no-any-return]


def compile(source: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, from the cache file when it has it."""
    flags = int(flags)
    if not _SUPPORTED or _sre is None or flags & re.DEBUG:
        return re.compile(source, flags)
    if not _CACHE.loaded:
        _CACHE.load()
    key = (source, flags)
    entry = _CACHE.entries.get(key)
    if entry is not None:
        try:
            pattern = _build(source, entry)
        except (RuntimeError, TypeError, ValueError, OverflowError):
            pass  # not well-formed code: compile it afresh below
        else:
            _CACHE.used.add(key)
            return pattern
    if _CACHE.path is None:
        return re.compile(source, flags)
    try:
        entry = _entry(source, flags)
        pattern = _build(source, entry)
    except re.error:
        raise
    except Exception:  # the interpreter's internals differ: do as re does
        return re.compile(source, flags)
    _CACHE.entries[key] = entry
    _CACHE.used.add(key)
    _CACHE.dirty = True
    return pattern
