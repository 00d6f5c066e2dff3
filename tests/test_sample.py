"""The bundled source (sources/*.txt) against facts read from it by hand.

Persons are found by the name written in listPerson, never by a fixed id.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from collections import Counter
from functools import cache
from pathlib import Path

from lxml import etree
from support import local_ids

from encoder.pipeline import EncodeResult, encode_bytes

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = next((ROOT / "sources").glob("*.txt"))
TEI_NS = "http://www.tei-c.org/ns/1.0"
NS = {"t": TEI_NS}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


@cache
def result() -> EncodeResult:
    return encode_bytes(SAMPLE.read_bytes(), str(SAMPLE.relative_to(ROOT)))


@cache
def tree() -> etree._ElementTree:
    res = result()
    assert res.tree is not None, [d.format() for d in res.diagnostics]
    return local_ids(res.tree)  # type: ignore[no-any-return]


@cache
def source_lines() -> list[str]:
    return SAMPLE.read_text(encoding="utf-8").splitlines()


def xp(node: etree._Element | etree._ElementTree, path: str) -> list:  # type: ignore[type-arg]
    return node.xpath(path, namespaces=NS)  # type: ignore[no-any-return]


def text_of(elem: etree._Element) -> str:
    return "".join(elem.itertext())


def person_id(name: str) -> str:
    found = xp(tree(), f'//t:particDesc/t:listPerson/t:person[t:persName="{name}"]')
    assert len(found) == 1, name
    return found[0].get(XML_ID)  # type: ignore[no-any-return]


def text_without_notes(elem: etree._Element) -> str:
    parts = [elem.text or ""]
    for child in elem:
        if child.tag != f"{{{TEI_NS}}}note":
            parts.append(text_without_notes(child))
        parts.append(child.tail or "")
    return "".join(parts)


def text_before(note: etree._Element) -> str:
    """The text of the note's parent before the note (other notes left out)."""
    parent = note.getparent()
    parts = [parent.text or ""]
    for child in parent:
        if child is note:
            break
        if child.tag != f"{{{TEI_NS}}}note":
            parts.append(text_without_notes(child))
        parts.append(child.tail or "")
    return "".join(parts)


# ------------------------------------------------------------------ turns


def test_encodes_without_errors() -> None:
    res = result()
    assert res.xml is not None
    assert not [d for d in res.diagnostics if d.severity.value == "error"]


def test_speech_counts_per_person() -> None:
    counts = Counter(sp.get("who") for sp in xp(tree(), "//t:sp"))
    assert sum(counts.values()) == 175
    expected = {
        "Khrushchev": 84,
        "Mao Zedong": 83,
        "Malinovsky": 4,
        "Zhou Enlai": 2,
        "Liu Shaoqi": 1,
        "Ponomarev": 1,
    }
    assert {name: counts["#" + person_id(name)] for name in expected} == expected


def test_every_who_resolves_to_a_person() -> None:
    persons = {p.get(XML_ID) for p in xp(tree(), "//t:listPerson/t:person")}
    whos = [sp.get("who") for sp in xp(tree(), "//t:sp")]
    assert all(w.startswith("#") and w[1:] in persons for w in whos)


def test_first_turns_in_order() -> None:
    mao, khrushchev = "#" + person_id("Mao Zedong"), "#" + person_id("Khrushchev")
    whos = [sp.get("who") for sp in xp(tree(), "//t:sp")][:4]
    assert whos == [mao, khrushchev, mao, khrushchev]
    first = xp(tree(), "(//t:sp)[1]")[0]
    assert text_of(first[0]) == "MAO ZEDONG."
    assert text_of(first[1]) == "In 1954 you asked us for Chinese, but then refused."


def test_narration_lines_outside_speech() -> None:
    stages = xp(tree(), "//t:text//t:stage[@type='narration']")
    assert [text_of(s) for s in stages] == [source_lines()[n - 1].strip() for n in (19, 33, 297)]
    assert all(not xp(s, "ancestor::t:sp") for s in stages)
    # the reported speech names Ponomarev
    refs = xp(stages[2], "t:persName/@ref")
    assert refs == ["#" + person_id("Ponomarev")]


def test_jokingly_follows_speaker() -> None:
    stages = xp(tree(), "//t:text//t:stage[contains(., 'jokingly')]")
    assert len(stages) == 4
    khrushchev = "#" + person_id("Khrushchev")
    for stage in stages:
        assert stage.get("type") == "delivery"
        assert stage.getprevious().tag == f"{{{TEI_NS}}}speaker"
        assert stage.getparent().get("who") == khrushchev
        assert text_of(stage).startswith("(jokingly)")


def test_ironically_is_inline_delivery() -> None:
    # line 327: "… I need to consult. (Ironically). It seems I convinced him."
    stages = xp(tree(), "//t:sp/t:p/t:stage[contains(., 'Ironically')]")
    assert len(stages) == 1
    assert stages[0].get("type") == "delivery"


# ------------------------------------------------------------------ notes


def test_fifty_three_footnotes_in_order() -> None:
    notes = xp(tree(), "//t:text//t:note[not(@type)]")
    assert [n.get("n") for n in notes] == [str(i) for i in range(1, 54)]
    ids = [n.get(XML_ID) for n in notes]
    assert len(set(ids)) == 53
    assert xp(tree(), "//t:div[@type='notes']") == []


def test_notes_sit_at_their_anchors() -> None:
    expected = {
        "1": "August 1, 1958, in Zhongnanhai",
        "2": "the old Chinese hero San Bianhu,",
        "3": "reasonably. Hitler",
        "4": "Chiang Kai-shek",
        "5": "who will be the Soviet-Chinese representative in Japan.",
        "38": "He finished his visit in Yugoslavia",
        "49": "The plan came down to the King and Prime Minister",
        "50": "I said back in Moscow that both sides are afraid.",
        "52": "I received Indian journalists.",
        "53": "we will use the gold to decorate the public latrines.",
    }
    for number, before in expected.items():
        note = xp(tree(), f"//t:text//t:note[@n='{number}'][not(@type)]")[0]
        assert text_before(note).endswith(before), number


def test_note_bodies() -> None:
    first = xp(tree(), "//t:text//t:note[@n='1']")[0]
    assert text_of(first).startswith("The conversation actually took place")
    assert first.getparent().tag == f"{{{TEI_NS}}}dateline"
    # "[39] Reference to …" has a space after the marker in the source
    assert text_of(xp(tree(), "//t:note[@n='39']")[0]).startswith("Reference to Veljko")
    five = xp(tree(), "//t:note[@n='5']")[0]
    assert xp(five, "ancestor::t:sp/@who") == ["#" + person_id("Khrushchev")]


def test_no_literal_bracket_in_speech() -> None:
    for sp in xp(tree(), "//t:sp"):
        assert "[" not in text_without_notes(sp), text_of(sp)[:80]
        assert "]" not in text_without_notes(sp), text_of(sp)[:80]


def test_editorial_remarks() -> None:
    notes = xp(tree(), "//t:text//t:note[@type='editorial']")
    assert len(notes) == 2
    assert sorted(n.get("rend") for n in notes) == ["brackets", "parentheses"]
    for note in notes:
        assert len(note.get("resp").split()) == 2


# ------------------------------------------------------------ participants


def test_eighteen_participants() -> None:
    names = (
        "Khrushchev Malinovsky Kuznetsov Ponomarev Antonov|Mao Zedong|Liu Shaoqi|Zhou Enlai|"
        "Zhu De|Peng Dehuai|Chen Yi|Lin Biao|Peng Zhen|Deng Xiaoping|Chen Yun|Wang Jiaxiang|"
        "Yang Shangkun|Hu Qiaomu"
    )
    expected = names.split("|")
    expected = expected[0].split() + expected[1:]
    assert len(expected) == 18
    persons = xp(tree(), "//t:particDesc/t:listPerson/t:person")
    assert len(persons) == 18
    assert [xp(p, "string(t:persName[1])") for p in persons] == expected
    ids = [p.get(XML_ID) for p in persons]
    assert len(set(ids)) == 18
    refs = xp(tree(), "//t:front/t:div[@type='participants']//t:persName/@ref")
    assert refs == ["#" + i for i in ids]


# ------------------------------------------------------------------ header


def test_header() -> None:
    t = tree()
    assert xp(t, "string(//t:titleStmt/t:title)") == (
        "Second Conversation of N.S. Khrushchev with Mao Zedong, August 1, 1958, in Zhongnanhai"
    )
    assert xp(t, "//t:profileDesc/t:creation/t:date/@when") == ["1958-08-01"]
    # the source's agents describe the source, not this file
    assert xp(t, "//t:titleStmt/t:respStmt | //t:titleStmt/t:funder") == []
    source = "//t:sourceDesc/t:bibl[@type='digital']"
    assert xp(t, source + "/t:funder/text()") == ["Blavatnik Family Foundation"]
    translators = xp(t, source + "/t:respStmt[t:resp='translation']")
    assert len(translators) == 1
    assert "Gary Goldberg" in text_of(translators[0])
    ident = xp(t, source + "/t:relatedItem/t:msDesc/t:msIdentifier")[0]
    assert xp(ident, "string(t:repository)") == "RGANI"
    assert xp(ident, "string(t:collection)") == "52"
    assert xp(ident, "t:idno[@type='file']/text()") == ["498"]
    assert xp(ident, "t:idno[@type='inventory']/text()") == ["1"]
    assert xp(t, "string(//t:settingDesc//t:placeName)") == "Zhongnanhai"
    assert xp(t, "//t:textClass//t:term/text()") == ["Memorandum of Conversation"]
    assert "welcomes reuse" in xp(t, f"string({source}/t:availability)")
    assert xp(t, "//t:publicationStmt/t:availability") == []
    assert t.getroot().get("{http://www.w3.org/XML/1998/namespace}lang") == "en"


# ---------------------------------------------------------- nothing lost


def _words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text))


def test_every_word_survives() -> None:
    removed = {int(n.get("n")) for n in xp(tree(), "//t:notesStmt/t:note[@type='boilerplate']")}
    assert removed == {1, 553, 560}
    source = "\n".join(
        line for number, line in enumerate(source_lines(), 1) if number not in removed
    )
    text = " ".join(xp(tree(), "//t:text//text()"))
    # a footnote's number (anchor and body) is kept in its @n
    for number in xp(tree(), "//t:text//t:note[not(@type)]/@n"):
        text += f" {number} {number}"
    missing = _words(source) - _words(text)
    assert missing == Counter()
    # and nothing was made up in the text
    assert _words(text) - _words(source) == Counter()


def test_every_pointer_resolves() -> None:
    ids = {e.get(XML_ID) for e in tree().iter() if e.get(XML_ID)}
    unresolved: list[str] = []
    count = 0
    for elem in tree().iter():
        if not isinstance(elem.tag, str):
            continue
        for attr in ("who", "ref", "resp", "target", "corresp"):
            for value in (elem.get(attr) or "").split():
                if value.startswith("#"):
                    count += 1
                    if value[1:] not in ids:
                        unresolved.append(value)
    assert count > 175
    assert unresolved == []


def test_diagnostics() -> None:
    found = [(d.code, d.span.line) for d in result().diagnostics]
    assert ("I101", 1) in found
    assert ("I101", 553) in found
    assert ("I101", 560) in found
    assert ("W301", 551) in found
    # footnote 22 writes "Мао" with Cyrillic letters: tagged, and reported
    assert ("W305", 477) in found
    assert [c for c, _ in found if c.startswith("W")] == ["W301", "W305"]


# ---------------------------------------------------------- determinism


def test_encoding_twice_is_identical() -> None:
    again = encode_bytes(SAMPLE.read_bytes(), str(SAMPLE.relative_to(ROOT)))
    assert again.xml == result().xml


def test_identical_under_different_hash_seeds() -> None:
    script = (
        "import hashlib, sys\n"
        "from encoder.pipeline import encode_bytes\n"
        "data = open(sys.argv[1], 'rb').read()\n"
        "print(hashlib.sha256(encode_bytes(data, sys.argv[2]).xml).hexdigest())\n"
    )
    name = str(SAMPLE.relative_to(ROOT))
    digests = set()
    for seed in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        env.pop("SOURCE_DATE_EPOCH", None)
        out = subprocess.run(
            [sys.executable, "-c", script, str(SAMPLE), name],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            check=True,
        )
        digests.add(out.stdout.strip())
    assert result().xml is not None
    assert digests == {hashlib.sha256(result().xml).hexdigest()}


def test_without_the_model_the_same_bytes_and_no_transcript() -> None:
    """``keep_model=False`` (what build and encode use, to free memory early:
    the body is written out in parts) changes nothing but the result's
    ``transcript`` and ``tree``, which it does not keep."""
    kept = result()
    lean = encode_bytes(SAMPLE.read_bytes(), str(SAMPLE.relative_to(ROOT)), keep_model=False)
    assert kept.transcript is not None and lean.transcript is None
    assert kept.tree is not None and lean.tree is None
    assert lean.xml == kept.xml
    assert lean.diagnostics == kept.diagnostics
