"""Diagnostics as data: a source span, a code, a severity and a message.

Every stage of the pipeline reports problems through a :class:`Reporter`
instead of raising, so that one run lists every problem of an input
(gcc-style, one per line). Only the command line turns diagnostics into an
exit code.

>>> r = Reporter()
>>> r.warning("W201", "footnote [4] has no body", Span("a.txt", 3, 7))
>>> print(r.diagnostics[0].format())
a.txt:3:7: warning[W201]: footnote [4] has no body
>>> r.has_errors
False
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Final

from .record import Record

# Exit codes (documented in ``tei-encode --help``).
EXIT_OK: Final = 0
EXIT_INVALID: Final = 1  # validate: the document has errors
EXIT_USAGE: Final = 2  # click's own code for bad options
EXIT_INPUT: Final = 3  # the input cannot be read or has errors
EXIT_OUTPUT_INVALID: Final = 4  # our own output failed validation (a bug)
EXIT_IO: Final = 5  # a file could not be written
EXIT_SOME_FAILED: Final = 6  # build: at least one document failed
EXIT_INTERNAL: Final = 70  # an unexpected exception: a bug (sysexits' EX_SOFTWARE)
EXIT_INTERRUPTED: Final = 130  # Ctrl-C (128 + SIGINT, as shells report it)
EXIT_TERMINATED: Final = 143  # SIGTERM (128 + 15)

EXIT_CODES_HELP: Final = (
    "Exit codes: 0 success; 1 validate found errors; 2 bad command line; "
    "3 input unreadable or has errors; 4 the encoder wrote invalid TEI (a bug: "
    "please report it); 5 an output file could not be written; "
    "6 build: one or more documents failed; 70 internal error (a bug: please report it); "
    "130 interrupted (Ctrl-C); 143 terminated (SIGTERM)."
)


class Severity(enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Span(Record):
    """A position in a source file: 1-based line and column (0 = unknown)."""

    file: str
    line: int = 0
    col: int = 0

    def format(self) -> str:
        if self.line and self.col:
            return f"{self.file}:{self.line}:{self.col}"
        if self.line:
            return f"{self.file}:{self.line}"
        return self.file


class Diagnostic(Record):
    code: str
    severity: Severity
    message: str
    span: Span

    def format(self) -> str:
        return f"{self.span.format()}: {self.severity.value}[{self.code}]: {self.message}"

    def to_json(self) -> dict[str, object]:
        return {
            "file": self.span.file,
            "line": self.span.line,
            "col": self.span.col,
            "severity": self.severity.value,
            "code": self.code,
            "message": self.message,
        }


@dataclass
class Reporter:
    """Collects diagnostics in the order they are reported."""

    diagnostics: list[Diagnostic] = field(default_factory=list)

    def report(self, code: str, severity: Severity, message: str, span: Span) -> None:
        self.diagnostics.append(Diagnostic(code, severity, message, span))

    def error(self, code: str, message: str, span: Span) -> None:
        self.report(code, Severity.ERROR, message, span)

    def warning(self, code: str, message: str, span: Span) -> None:
        self.report(code, Severity.WARNING, message, span)

    def info(self, code: str, message: str, span: Span) -> None:
        self.report(code, Severity.INFO, message, span)

    def extend(self, diagnostics: list[Diagnostic]) -> None:
        self.diagnostics.extend(diagnostics)

    @property
    def has_errors(self) -> bool:
        return any(d.severity is Severity.ERROR for d in self.diagnostics)


def diagnostics_to_json(diagnostics: list[Diagnostic]) -> str:
    import json  # only for --format json: not loaded by every encode

    return json.dumps([d.to_json() for d in diagnostics], ensure_ascii=False, indent=2)
