"""Transcripts in other languages and scripts: labels with umlauts or in
Cyrillic are turns, ids are ASCII slugs, --lang sets xml:lang."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from support import local_ids

from encoder.cli import main
from encoder.pipeline import encode_bytes

FIXTURES = Path(__file__).parent / "fixtures"
NS = {"t": "http://www.tei-c.org/ns/1.0"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _tree(name: str, lang: str = "en") -> etree._ElementTree:
    result = encode_bytes((FIXTURES / name).read_bytes(), name, lang=lang)
    assert result.tree is not None, [d.format() for d in result.diagnostics]
    return local_ids(result.tree)  # type: ignore[no-any-return]


def test_umlaut_labels_are_turns() -> None:
    tree = _tree("berlin_german_umlaut_labels.txt", "de")
    assert tree.getroot().get(XML_LANG) == "de"
    who = [sp.get("who") for sp in tree.iterfind(".//t:sp", NS)]
    assert who == ["#ulbricht", "#grotewohl", "#muller", "#ulbricht"]
    third = tree.findall(".//t:sp", NS)[2]
    assert [third[0].text, third[1].text] == ["MÜLLER", "(leise)."]
    # the participant "Müller" and the label "MÜLLER" are one person, tagged in speech
    xml_id = "{http://www.w3.org/XML/1998/namespace}id"
    (person,) = [p for p in tree.iterfind(".//t:person", NS) if p.get(xml_id) == "muller"]
    names = [p.text for p in person.iterfind("t:persName", NS)]
    assert names[:1] == ["Müller"] and "MÜLLER" not in names  # the label's capitals
    mention = tree.find(".//t:sp[4]/t:p/t:persName", NS)
    assert mention is not None and (mention.text, mention.get("ref")) == ("Müller", "#muller")


def test_cyrillic_labels_get_transliterated_ids() -> None:
    tree = _tree("moscow_cyrillic_labels.txt", "ru")
    who = [sp.get("who") for sp in tree.iterfind(".//t:sp", NS)]
    assert who == ["#khrushchev", "#mao-tszedun", "#khrushchev"]
    speakers = [s.text for s in tree.iterfind(".//t:speaker", NS)]
    assert speakers == ["ХРУЩЕВ.", "МАО ЦЗЭДУН.", "ХРУЩЕВ."]
    names = {p.text for p in tree.iterfind(".//t:person/t:persName", NS)}
    assert {"Хрущев", "Мао Цзэдун"} <= names


def test_lang_option_is_checked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = FIXTURES / "moscow_cyrillic_labels.txt"
    out = tmp_path / "x.xml"
    assert main(["-q", "encode", str(source), "--lang", "ru", "-o", str(out)]) == 0
    language = etree.parse(str(out)).find(".//t:langUsage/t:language", NS)
    assert language is not None and language.get("ident") == "ru"
    assert main(["encode", str(source), "--lang", "Russian language", "-o", str(out)]) == 2
    assert "is not a BCP 47 language tag" in capsys.readouterr().err


def test_chinese_labels_with_full_width_colon() -> None:
    tree = _tree("beijing_fullwidth_colon.txt", "zh")
    sps = tree.findall(".//t:sp", NS)
    assert len(sps) == 4
    assert [sp.get("who") for sp in sps][::2] == [sps[0].get("who")] * 2
    assert sps[0].get("who") != sps[1].get("who")
    assert [s.text for s in tree.iterfind(".//t:speaker", NS)] == [
        "毛泽东：",
        "赫鲁晓夫",
        "毛泽东：",
        "赫鲁晓夫：",
    ]
    delivery = sps[1].find("t:stage", NS)
    assert delivery is not None and delivery.text == "（笑）："


def test_a_language_the_script_contradicts_is_reported() -> None:
    path = FIXTURES / "moscow_cyrillic_labels.txt"
    english = encode_bytes(path.read_bytes(), path.name)
    assert [d.code for d in english.diagnostics if d.code == "W107"] == ["W107"]
    russian = encode_bytes(path.read_bytes(), path.name, lang="ru")
    assert [d.code for d in russian.diagnostics if d.code == "W107"] == []
