"""The body written out in parts while it is built (encoder/parts.py) and the
streaming check of what `encode` wrote (validate.validate_output): the same
bytes and the same verdicts as the whole tree, with less of it in memory."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

import encoder.parts
import encoder.validate
from encoder.header import prefix_ids
from encoder.model import Breaks, Paragraph, Text, Transcript, evolve
from encoder.parts import BodyParts, first_text_over, in_parts
from encoder.pipeline import encode_bytes
from encoder.validate import validate_output, validate_tree
from encoder.xmlio import TEI_NS, parse_xml_bytes, serialize

ROOT = Path(__file__).resolve().parent.parent

FERRY = b"""Minutes of a Ferry Committee

Present:

Mr. Okafor, Ms. Lindqvist.

OKAFOR. The timetable[1] opens the meeting.

LINDQVIST. The boats are late [again].

OKAFOR. Then we vote.

[1]The summer timetable of 2019.
"""


def _in_parts(data: bytes, name: str) -> bytes:
    result = encode_bytes(bytearray(data), name, keep_model=False)
    assert result.xml is not None and result.tree is None
    return result.xml


def test_finished_turns_are_written_out_and_the_bytes_are_the_whole_trees(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(encoder.parts, "BATCH", 1)
    monkeypatch.setattr(encoder.parts, "WHOLE_BELOW", 0)  # parts even for a short body
    popped: list[bytes] = []
    pop = BodyParts.pop
    monkeypatch.setattr(BodyParts, "pop", lambda self, i: popped.append(pop(self, i)) or popped[-1])
    whole = encode_bytes(FERRY, "ferry.txt").xml
    assert _in_parts(FERRY, "ferry.txt") == whole
    # turns 1 and 2 were taken (the last child waits for text that may follow it)
    assert len(popped) == 2
    assert b'xml:id="ferry-turn-1" who="#ferry-okafor"' in popped[0]
    assert b'n="1" place="foot">The summer timetable of 2019.</note>' in popped[0]
    # @resp given to the part's supplied words, as to the whole tree's
    assert b'<supplied reason="' in popped[1] and b' resp="#' in popped[1]
    assert whole is not None and whole.count(b"<sp ") == 3


@pytest.mark.parametrize("batch", [1, 2, encoder.parts.BATCH])
def test_every_test_transcript_is_the_same_in_parts(
    batch: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(encoder.parts, "BATCH", batch)
    monkeypatch.setattr(encoder.parts, "WHOLE_BELOW", 0)  # every one in parts, short or long
    files = sorted((ROOT / "tests").rglob("*.txt")) + sorted((ROOT / "sources").glob("*.txt"))
    compared = 0
    for path in files:
        data = path.read_bytes()
        whole = encode_bytes(data, path.name).xml
        if whole is None:
            continue
        compared += 1
        assert _in_parts(data, path.name) == whole, path
    assert compared >= 60


def test_a_short_body_is_written_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """Parts save memory only on a long body; a short one is written whole
    (its ids prefixed as they are written), with the same bytes."""
    monkeypatch.setattr(encoder.parts, "BATCH", 1)
    popped: list[bytes] = []
    pop = BodyParts.pop
    monkeypatch.setattr(BodyParts, "pop", lambda self, i: popped.append(pop(self, i)) or popped[-1])
    assert _in_parts(FERRY, "ferry.txt") == encode_bytes(FERRY, "ferry.txt").xml
    assert popped == []


def test_a_body_of_whole_below_blocks_or_more_is_written_in_parts() -> None:
    def paragraphs(count: int) -> Transcript:
        return Transcript("long.txt", tuple(Paragraph((Text("Words."),), n) for n in range(count)))

    assert encoder.parts.WHOLE_BELOW > encoder.parts.BATCH
    assert in_parts(paragraphs(encoder.parts.WHOLE_BELOW))
    assert not in_parts(paragraphs(encoder.parts.WHOLE_BELOW - 1))
    # a body that does not fit (text straight into the conversation) stays whole however long
    breaks = Breaks((Text("12"),), 1)
    assert not in_parts(evolve(paragraphs(encoder.parts.WHOLE_BELOW), "blocks", (breaks,) * 2000))


def _conversation() -> tuple[etree._Element, etree._Element]:
    t = f"{{{TEI_NS}}}"
    root = etree.Element(t + "TEI", nsmap={None: TEI_NS})  # type: ignore[dict-item]
    person = etree.SubElement(etree.SubElement(root, t + "teiHeader"), t + "person")
    person.set("{http://www.w3.org/XML/1998/namespace}id", "p1")
    body = etree.SubElement(etree.SubElement(root, t + "text"), t + "body")
    div = etree.SubElement(body, t + "div", {"type": "conversation"})
    return root, div


def _sp(div: etree._Element, ident: str, inner: str) -> None:
    xml = f'<sp xmlns="{TEI_NS}" xml:id="{ident}" who="#p1"><p>{inner}</p></sp>'
    div.append(etree.fromstring(xml))


def test_a_part_pointing_further_on_stays_for_the_end(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whether ``#n9`` gets the prefix depends on n9 being in the document:
    a turn that points to a later note is not written out before it."""
    monkeypatch.setattr(encoder.parts, "BATCH", 1)
    steps = [
        ("s1", 'see <ptr target="#n9"/>'),
        ("s2", f'a note<note xmlns="{TEI_NS}" xml:id="n9" n="9">N</note>'),
        ("s3", 'and <ptr target="#elsewhere"/>'),
        ("s4", "the end"),
    ]
    root, div = _conversation()
    parts = BodyParts("d", "#src")
    parts.see(root)
    for ident, inner in steps:
        _sp(div, ident, inner)
        parts.take_finished(div)
    left = [child.get("{http://www.w3.org/XML/1998/namespace}id") for child in div]
    # s2 was taken; s1 (n9 unknown then) and s3 (a target the document lacks) stay
    assert left == ["s1", None, "s3", "s4"]
    prefix_ids(root, "d", parts.known)
    in_parts = serialize(root.getroottree(), parts)

    whole_root, whole_div = _conversation()
    for ident, inner in steps:
        _sp(whole_div, ident, inner)
    prefix_ids(whole_root, "d")
    assert in_parts == serialize(whole_root.getroottree())
    assert b'<ptr target="#d-n9"/>' in in_parts and b'target="#elsewhere"' in in_parts


def test_a_text_over_the_limit_is_found_in_a_part(monkeypatch: pytest.MonkeyPatch) -> None:
    """E008 names the first text over libxml2's limit in document order, also
    when it was written out in a part (the limit lowered to keep this small)."""
    monkeypatch.setattr(encoder.parts, "BATCH", 1)
    monkeypatch.setattr(encoder.parts, "XML_TEXT_LIMIT", 10)
    steps = [("s1", "short"), ("s2", "a text of 30 bytes, with é ë"), ("s3", "x" * 40), ("s4", "")]
    root, div = _conversation()
    whole_root, whole_div = _conversation()
    parts = BodyParts("d", "#src")
    parts.see(root)
    for ident, inner in steps:
        _sp(div, ident, inner)
        _sp(whole_div, ident, inner)
        parts.take_finished(div)
    assert parts.over_limit == {1: 30, 2: 40}
    assert first_text_over(root, parts) == first_text_over(whole_root) == 30


# -------------------------------------------------- the streaming check

BROKEN = {
    "a duplicate id": (b'xml:id="ferry-turn-2"', b'xml:id="ferry-turn-1"', "R202"),
    "a dangling pointer": (b'who="#ferry-lindqvist"', b'who="#ferry-nobody"', "R201"),
    "a speaker that is a note": (b'who="#ferry-lindqvist"', b'who="#ferry-n1"', "R206"),
    "a footnote without a number": (b' n="1" place="foot"', b' place="foot"', "R203"),
    "an element the schema lacks": (b"<speaker>LINDQVIST.</speaker>", b"<spk>L</spk>", "V1"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_the_streaming_check_finds_what_the_tree_check_finds(case: str) -> None:
    good = encode_bytes(FERRY, "ferry.txt").xml
    assert good is not None
    old, new, code = BROKEN[case]
    assert good.count(old) == 1
    bad = good.replace(old, new)
    found = validate_output(bad, "ferry.xml")
    assert found and any(d.code.startswith(code) for d in found), found
    errors = [d for d in validate_tree(parse_xml_bytes(bad), "ferry.xml") if d.code[0] != "W"]
    assert found == errors


def test_the_streaming_check_passes_a_valid_edition(monkeypatch: pytest.MonkeyPatch) -> None:
    xml = encode_bytes(FERRY, "ferry.txt").xml
    assert xml is not None
    assert validate_tree(parse_xml_bytes(xml), "ferry.xml") == []

    def whole_tree(*args: object) -> None:
        raise AssertionError("a valid edition is checked without its tree")

    monkeypatch.setattr(encoder.validate, "validate_tree", whole_tree)
    assert validate_output(xml, "ferry.xml") == []
    assert validate_output(_in_parts(FERRY, "ferry.txt"), "ferry.xml") == []


def test_a_duplicate_footnote_number_is_found_by_the_streaming_check() -> None:
    xml = encode_bytes(FERRY, "ferry.txt").xml
    assert xml is not None
    note = b'<note xml:id="ferry-n2" n="1" place="foot">Again.</note>'
    bad = xml.replace(b"late ", b"late " + note, 1)
    found = validate_output(bad, "ferry.xml")
    assert [d.code for d in found] == ["R204"], found
