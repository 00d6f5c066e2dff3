"""Small inputs from exploratory QA that once made tei-encode write invalid TEI
or misread a transcript. Each is encoded and its output validated."""

from __future__ import annotations

import pytest
from lxml import etree

from encoder.diagnostics import Severity
from encoder.pipeline import encode_text
from encoder.validate import validate_tree

NS = {"t": "http://www.tei-c.org/ns/1.0"}
TURNS = "\n\nSMITH. Hi.\n\nJONES. Yes.\n\nSMITH. Hi.\n\nJONES. Yes.\n"


def _valid(text: str) -> etree._ElementTree:
    result = encode_text(text, "t.txt")
    assert result.tree is not None, [d.format() for d in result.diagnostics]
    errors = [d for d in validate_tree(result.tree, "t.xml") if d.severity is Severity.ERROR]
    assert errors == [], [e.format() for e in errors]
    return result.tree


@pytest.mark.parametrize("date", ["1958-02-30", "2023-02-29", "1958-13-01"])
def test_an_impossible_iso_date_is_warned_not_written(date: str) -> None:
    for text in (f"Date: {date}{TURNS}", f"{date}{TURNS}"):
        result = encode_text(text, "t.txt")
        assert result.tree is not None
        assert result.tree.find(".//t:creation", NS) is None
        assert _valid(text) is not None


def test_a_second_participants_heading_opens_a_second_list() -> None:
    tree = _valid(
        "Participants:\nThe President\n\nAlso Present:\nMr. Hagerty\n\n"
        "THE PRESIDENT. Hi.\n\nMR. HAGERTY. Yes.\n"
    )
    heads = [h.text for h in tree.iterfind(".//t:front/t:div[@type='participants']/t:head", NS)]
    assert heads == ["Participants:", "Also Present:"]


@pytest.mark.parametrize("between", ["Translated by Gary Goldberg.", "Memorandum of Conversation"])
def test_front_matter_after_the_participants_list(between: str) -> None:
    tree = _valid(f"Participants: Smith, Jones\n\n{between}{TURNS}")
    assert len(tree.findall(".//t:sp", NS)) == 4


@pytest.mark.parametrize("before", ["A" + "a" * 100, "Gorbachev-" + "and-" * 20 + "USSR"])
def test_a_name_after_a_very_long_capitalised_word_is_read_as_part_of_it(before: str) -> None:
    """The word before a lone name token decides whether the token is part of
    a longer name; a word longer than the look-back window is still one word
    (a window that cut it read "USSR Mao" as an acronym before a name)."""
    tree = _valid(
        "MAO ZEDONG. We begin.\n\n"
        f"N.S. KHRUSHCHEV. So {before} Mao said.\n\n"
        "MAO ZEDONG. Mao agrees.\n"
    )
    turns = tree.findall(".//t:sp", NS)
    assert turns[1].find(".//t:persName", NS) is None
    assert [p.text for p in turns[2].iterfind(".//t:persName", NS)] == ["Mao"]  # control
