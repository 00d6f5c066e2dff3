"""Meeting-software exports and speech-recognition output that a tester's probe
(18, A) found misread. Small transcripts written for these tests (names, times and
words invented, in the house styles found); every expectation was written from the
transcript above it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, said, xp
from test_exports_probe7 import speakers_and_times, words_back

from encoder.plaintext import tei_to_text

# A1: a note-taker's Markdown export of a call sets each timed segment as a list
# item, "* 00:04 Name: words"; where it could not tell who spoke it writes a check
# mark where the name would be, "* 00:04 ✅ : words". Both gave 0 turns.
LISTED = """# Pier lighting working group
# https://meet.example.org/abc-defg-hij

* 00:00 Orla Fenn: Good morning, can everyone hear me?
* 00:04 Tamsin Kerr: Yes, loud and clear.
* 00:07 Orla Fenn: First item is the lamp posts on the east quay.
* 00:15 Tamsin Kerr: The bases are rusted through, the contractor says.
"""

MARKED = """# Pier lighting working group

* 00:00 ✅ : Good morning, can everyone hear me?
* 00:04 ✅ : Yes, loud and clear.
* 00:07 ✅ : First item is the lamp posts on the east quay.
* 00:15 ✅ : The bases are rusted through, the contractor says.
* 00:21 ✅ : Do we have a quote for new ones?
"""


def test_a_list_of_timed_lines_gives_a_turn_per_item() -> None:
    tree = encode(LISTED)
    assert speakers_and_times(tree) == [
        ("#orla-fenn", "00:00"),
        ("#tamsin-kerr", "00:04"),
        ("#orla-fenn", "00:07"),
        ("#tamsin-kerr", "00:15"),
    ]
    assert said(tree)[1] == ("#tamsin-kerr", "Yes, loud and clear.")
    words_back(tree, LISTED)


def test_a_mark_where_the_name_would_be_is_one_unnamed_voice() -> None:
    tree = encode(MARKED)
    sps = xp(tree, "//t:sp")
    assert len(sps) == 5
    assert len({sp.get("who") for sp in sps}) == 1
    who = sps[0].get("who")[1:]
    person = xp(tree, f"//t:person[@xml:id='{who}']")[0]
    assert person.get("role") == "unidentified"
    assert said(tree)[4][1] == "Do we have a quote for new ones?"
    assert tei_to_text(tree).split() == MARKED.split()


# near misses: an agenda's bullets with times in them are no transcript's lines;
# a list of timed items beside timed lines without the marker is not the export's
# list; an arrow before a colon after a time points, it names no one.
AGENDA = """# Agenda

* 10:00 Welcome and apologies
* 10:15 Harbour lighting: the quote
* 10:45 Any other business

Orla Fenn: Shall we begin?
Tamsin Kerr: Yes.
"""


def test_an_agendas_timed_bullets_are_no_turns() -> None:
    tree = encode(AGENDA)
    assert [sp.get("who") for sp in xp(tree, "//t:sp")] == ["#orla-fenn", "#tamsin-kerr"]


ARROWS = """00:00 Orla Fenn: Good morning.
00:04 → : the slides are shared
00:07 Tamsin Kerr: Thanks.
00:10 → : the slides are closed
00:12 Orla Fenn: Next item.
"""


def test_an_arrow_where_a_name_would_be_names_no_voice() -> None:
    tree = encode(ARROWS)
    whos = [sp.get("who") for sp in xp(tree, "//t:sp")]
    assert whos == ["#orla-fenn", "#tamsin-kerr", "#orla-fenn"]
