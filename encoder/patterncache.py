"""Compiled regular expressions kept between processes, for a faster cold start.

CPython compiles every pattern anew in every process: importing the reader
and the transforms compiles some 110 patterns, ~20 ms of each cold
``tei-encode encode``. A compiled pattern is a program of integers; this
module keeps the programs of the patterns compiled while those modules are
imported in one file, and before they are imported again hands them to the
``re`` module's own cache, where their ``re.compile`` calls find them.

It relies on three private parts of CPython's ``re`` (``re._cache``, the
parser and code generator in ``re._parser`` and ``re._compiler``, and
``_sre.compile``), so it is built to fail safe, never to change a match:

* the file holds one Python build's programs: its name carries the
  interpreter's cache tag and the regex engine's magic number, and its
  content the full ``sys.version``, the engine's code size and this
  package's version; any difference and it is not read (and is rewritten);
* a program is written only after the pattern made from it compares equal
  to the one ``re.compile`` makes (``re.Pattern`` equality compares the
  flags and the program), and read back only if the pattern made from it
  has the source, flags and groups the file says;
* the programs carry a checksum: a damaged file is not read; any error
  while reading or writing leaves the cache aside, and the patterns are
  then compiled as they would be without it;
* the file is written atomically (:func:`encoder.fileio.write_atomic`) and
  may be deleted at any time; it holds patterns of the source code only,
  never anything of a transcript (patterns built from a document's names
  are not module-level and are not kept).

``TEI_ENCODE_PATTERN_CACHE`` names the folder (default:
``$XDG_CACHE_HOME/tei-encoder`` or ``~/.cache/tei-encoder``); ``off``
turns the cache off.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # CPython's regex engine
import binascii
import marshal
import os
import re
import sys
from pathlib import Path
from typing import Any, Final

from . import __version__

ENV: Final = "TEI_ENCODE_PATTERN_CACHE"
# (source, flags given to re.compile, flags of the pattern, program, groups,
#  group index, index group): the arguments of _sre.compile, as re uses it
_Entry = tuple[str, int, int, list[int], int, dict[str, int], tuple[str | None, ...]]
_BUILD: Final = f"{sys.version}|{_sre.CODESIZE}|{__version__}"
_Key = tuple[type, str, int]  # how re's cache files a pattern: (str, source, flags)
_state: dict[str, bool] = {}  # "loaded", "usable", "checked": once per process
_loaded: set[_Key] = set()  # the patterns the file gave
_before: set[_Key] = set()  # what re's cache held once they were given


def cache_file() -> Path | None:
    """Where the programs of this Python build are kept, or None when off."""
    chosen = os.environ.get(ENV, "")
    if chosen == "off":
        return None
    if chosen:
        folder = Path(chosen)
    else:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = Path(base) / "tei-encoder"
    return folder / f"patterns-{sys.implementation.cache_tag}-{_sre.MAGIC}.marshal"


def preload() -> int:
    """Put the kept programs into ``re``'s cache (once per process); the
    number of patterns given, 0 when there is no usable file."""
    if _state.get("loaded"):
        return 0
    _state["loaded"] = True
    path = cache_file()
    cache = getattr(re, "_cache", None)
    if path is None or not isinstance(cache, dict):
        return 0
    try:
        build, checksum, payload = marshal.loads(path.read_bytes())
        if build != _BUILD or binascii.crc32(payload) != checksum:
            return 0
        patterns = [(entry, _from_program(entry)) for entry in marshal.loads(payload)]
        for (source, flags, *_), pattern in patterns:
            cache.setdefault((str, source, flags), pattern)
            _loaded.add((str, source, flags))
        _state["usable"] = True
        return len(patterns)
    except Exception:  # no file, an old or damaged one: compile as usual
        return 0
    finally:
        _before.update(_keys())


def _from_program(entry: _Entry) -> re.Pattern[str]:
    source, _, final_flags, code, groups, groupindex, indexgroup = entry
    pattern: re.Pattern[str] = _sre.compile(
        source, final_flags, code, groups, groupindex, indexgroup
    )
    if (pattern.pattern, pattern.flags, pattern.groups) != (source, final_flags, groups):
        raise ValueError(f"the kept program of {source!r} does not match it")
    return pattern


def keep_new() -> bool:
    """Called once the encoder's modules are imported (after :func:`preload`,
    before any transcript is read): when importing them compiled patterns the
    file did not give (the first run, a new version), write the file again
    with those and with the ones it gave that a module still holds. Checked
    once per process; True when a file was written."""
    if _state.get("checked") or not _state.get("loaded"):
        return False
    _state["checked"] = True
    path = cache_file()
    new = _keys() - _before  # compiled by the imports since preload
    if path is None or (_state.get("usable") and not new):
        return False
    try:
        held = _module_patterns()
        wanted = new | {key for key in _loaded if key[1] in held}
        kept = [entry for _, source, flags in wanted if (entry := _program(source, flags))]
        from .fileio import write_atomic

        payload = marshal.dumps(sorted(kept))
        write_atomic(path, marshal.dumps((_BUILD, binascii.crc32(payload), payload)))
    except Exception:  # a read-only home, a changed re module: no cache
        return False
    return True


def _keys() -> set[_Key]:
    """The str patterns in re's cache (3.12 and later keep two dicts)."""
    found: set[_Key] = set()
    for cache in (getattr(re, "_cache", None), getattr(re, "_cache2", None)):
        if isinstance(cache, dict):
            found.update(key for key in list(cache) if key[0] is str)
    return found


def _module_patterns() -> set[str]:
    """The source of every pattern an ``encoder`` module holds at module
    level, alone or in a tuple, list, set or dict of them."""
    found: set[str] = set()
    for name, module in list(sys.modules.items()):
        if name != "encoder" and not name.startswith("encoder."):
            continue
        for value in list(vars(module).values()):
            items = value if isinstance(value, tuple | list | frozenset | set) else (value,)
            if isinstance(value, dict):
                items = (*value.keys(), *value.values())
            for item in items:
                if isinstance(item, re.Pattern) and isinstance(item.pattern, str):
                    found.add(item.pattern)
    return found


def _program(source: str, flags: int) -> _Entry | None:
    """What ``re._compiler.compile`` hands ``_sre.compile`` for this pattern,
    or None unless the pattern made from it equals ``re.compile``'s."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed: Any = _parser.parse(source, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for key, index in groupindex.items():
        indexgroup[index] = key
    entry: _Entry = (
        source,
        int(flags),
        int(flags | parsed.state.flags),
        code,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )
    if _from_program(entry) != _compiler.compile(source, flags):
        return None
    return entry
