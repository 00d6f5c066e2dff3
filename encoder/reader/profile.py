"""House styles that detection misjudges: a named shape or a profile file.

``--shape NAME`` picks one of :data:`SHAPES`; ``--profile FILE`` reads a
small TOML file (see ``docs/shapes.md``)::

    shape = "court"                        # start from a named shape (optional)
    label = '^(?P<name>[A-Z][a-z]+)>\\s*'   # a speaker's label; the speech follows it
    page = '^=== page (?P<n>\\d+) ===$'     # a page-break line; the number in group n
    line_numbers = true                    # margin line numbers: read them (or never)
    timestamps = false                     # timestamps before labels: read them (or never)

The patterns are matched at the start of each line, one line at a time.
"""

from __future__ import annotations

import re
from typing import Final

from ..record import Record, replace


class Profile(Record):
    """What the reader is told instead of what it would detect; None: detect."""

    name: str = "auto"
    label: re.Pattern[str] | None = None
    page: re.Pattern[str] | None = None
    line_numbers: bool | None = None
    timestamps: bool | None = None
    source_sha256: str | None = None  # of the profile file, for the build manifest

    def record(self) -> dict[str, object]:
        """What a build's manifest records of the profile."""
        return {"shape": self.name, "profile_sha256": self.source_sha256}


SHAPES: Final = {
    "auto": Profile(),
    # a memorandum or web copy: no margin numbers, no timestamps
    "memorandum": Profile("memorandum", line_numbers=False, timestamps=False),
    # a court reporter's transcript: margin line numbers on every line
    "court": Profile("court", line_numbers=True, timestamps=False),
    # every turn begins with a timestamp
    "timestamped": Profile("timestamped", line_numbers=False, timestamps=True),
    # a play: speaker prefixes, acts and scenes, stage directions (reader.drama)
    "play": Profile("play", line_numbers=False, timestamps=False),
}


class ProfileError(ValueError):
    """A profile file that cannot be used; the message says where and why."""


_KEYS: Final = {"shape", "label", "page", "line_numbers", "timestamps"}


def parse_profile(data: bytes, path: str) -> Profile:
    """A profile from the bytes of a TOML file.

    >>> p = parse_profile(b"label = '^(?P<name>[A-Z]+)>'\\nline_numbers = false", "p.toml")
    >>> p.label.pattern, p.line_numbers, p.name
    ('^(?P<name>[A-Z]+)>', False, 'p.toml')
    >>> parse_profile(b"label = '^([A-Z]+)>'", "p.toml")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    encoder.reader.profile.ProfileError: p.toml: label: the pattern needs a group named ...
    """
    import hashlib  # here: only a profile needs them, and every encode imports this module
    import tomllib

    try:
        table = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ProfileError(f"{path}: not a TOML file: {exc}") from None
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise ProfileError(
            f"{path}: unknown key {unknown[0]!r}; a profile has {', '.join(sorted(_KEYS))}"
        )
    base_name = table.get("shape", "auto")
    if base_name not in SHAPES:
        raise ProfileError(
            f"{path}: shape: {base_name!r} is not a shape; choose one of {', '.join(SHAPES)}"
        )
    profile = replace(SHAPES[base_name], name=path, source_sha256=hashlib.sha256(data).hexdigest())
    for key in ("line_numbers", "timestamps"):
        if key in table and not isinstance(table[key], bool):
            raise ProfileError(f"{path}: {key}: write true or false")
    label = profile.label
    if "label" in table:
        label = _pattern(table["label"], "label", "name", "'^(?P<name>[A-Z]+):'", path)
    page = profile.page
    if "page" in table:
        page = _pattern(table["page"], "page", None, "'^=== page (?P<n>\\d+) ===$'", path)
    return replace(
        profile,
        label=label,
        page=page,
        line_numbers=table.get("line_numbers", profile.line_numbers),
        timestamps=table.get("timestamps", profile.timestamps),
    )


def _pattern(
    value: object, key: str, group: str | None, example: str, path: str
) -> re.Pattern[str]:
    if not isinstance(value, str) or not value:
        raise ProfileError(f"{path}: {key}: write a regular expression in quotes, e.g. {example}")
    try:
        pattern = re.compile(value)
    except re.error as exc:
        raise ProfileError(f"{path}: {key}: not a regular expression: {exc}") from None
    if group is not None and group not in pattern.groupindex:
        raise ProfileError(
            f"{path}: {key}: the pattern needs a group named {group!r} (the speaker's "
            f"label), e.g. {example}"
        )
    return pattern
