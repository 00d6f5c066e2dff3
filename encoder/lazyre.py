"""Regular expressions compiled on first use.

Python compiles every ``re.compile`` at the top of a module when the module is
imported: ~30 ms of a cold ``tei-encode encode`` goes to compiling some 150
patterns. Most serve every transcript; the ones here serve only some inputs
(a WebVTT file, a date in a metadata field, a bad option, an invalid
document's messages), and :class:`LazyPattern` compiles them only when one
is first asked to match. Once compiled it is the same ``re.Pattern``.

>>> WORD = LazyPattern(r"(?P<w>\\w+)")
>>> WORD.compiled_yet
False
>>> WORD.search("  hello").group("w"), WORD.compiled_yet
('hello', True)
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable

from . import recache


class LazyPattern:
    """A ``re.Pattern[str]`` made from ``source`` and ``flags`` when first used;
    it offers the methods of a pattern that the encoder calls on such ones."""

    __slots__ = ("_compiled", "flags", "source")

    def __init__(self, source: str, flags: int | re.RegexFlag = 0) -> None:
        self.source = source
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = recache.compile(self.source, self.flags)
        return self._compiled

    @property
    def compiled_yet(self) -> bool:
        return self._compiled is not None

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count)
