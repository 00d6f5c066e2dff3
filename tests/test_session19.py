"""Session 19: what the probe 15 reports left.

Expected values are written from reading the invented texts below.
"""

from __future__ import annotations

from encoder.pipeline import encode_text
from encoder.plaintext import tei_to_text

# a text rendering of a WebVTT file: each cue's time, its voice tag, the words
# against the tag (no space), as converters write them
VOICED_LINES = """\
00:00:01 <v Ann Lee>Hello there, good to see you.
00:00:04 <v Bo Park>Likewise, shall we start?
00:00:07 <v Ann Lee>Yes. First item is the budget.
00:00:10 <v Bo Park>Fine by me.
"""

# an IRC log: nicknames in angle brackets, one starting with "v", then a space
IRC_NICKS = """\
[10:01] <vera> hello all, are we ready
[10:02] <vic> yes, ready when you are
[10:03] <vera> good, then the first item
[10:04] <vic> the budget, I think
"""


def _back(text: str, name: str) -> list[str]:
    result = encode_text(text, name)
    assert result.tree is not None, [d.format() for d in result.diagnostics]
    assert len(result.tree.findall(".//{*}sp")) == 4
    return [line for line in tei_to_text(result.tree).splitlines() if line]


def test_a_voice_tag_comes_back_against_its_words() -> None:
    assert _back(VOICED_LINES, "voices.txt") == VOICED_LINES.splitlines()


def test_a_nickname_in_angle_brackets_keeps_its_space() -> None:
    assert _back(IRC_NICKS, "irc.txt") == IRC_NICKS.splitlines()
