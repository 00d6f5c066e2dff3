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


# A sitting of a German parliament, written for this test: without --lang the
# language is read from the commonest words, not taken for English.
SITZUNG = """Präsidentin Dr. Krämer: Die Sitzung ist eröffnet. Ich rufe den Punkt 4 der
Tagesordnung auf und erteile dem Abgeordneten Olbrich das Wort.

Olbrich (SPD): Frau Präsidentin! Meine Damen und Herren! Wir haben in diesem Haus
lange über die Vorlage gestritten, und ich sage Ihnen: Es ist nicht die Zeit, sie
noch einmal zu vertagen. Die Länder warten auf das Geld, und die Gemeinden auch.
(Beifall bei der SPD)
Wir bitten Sie deshalb, der Vorlage zuzustimmen, die der Ausschuss mit großer
Mehrheit empfohlen hat.

Präsidentin Dr. Krämer: Das Wort hat der Abgeordnete Vogt.

Vogt (CDU/CSU): Frau Präsidentin! Der Kollege Olbrich hat recht, dass die Zeit
drängt. Aber er hat nicht gesagt, wer die Rechnung bezahlt, und das ist die Frage.
"""

SEANCE = """M. le président. La séance est ouverte. La parole est à Mme Garnier.

Mme Garnier. Monsieur le président, nous ne pouvons pas accepter cette réforme dans
les conditions où elle nous est présentée. Les communes sont inquiètes, et les
maires nous le disent tous les jours. Je vous demande donc de retirer le texte.

M. le président. La parole est à M. Duval.

M. Duval. Madame la députée, vous savez que le gouvernement est à l'écoute des
maires. Nous avons déjà modifié le projet pour les communes rurales, et nous
continuerons dans les semaines qui viennent. Il n'est pas question de le retirer.
"""


def _language(text: str, **options: str) -> tuple[str | None, str | None]:
    result = encode_bytes(text.encode(), "sitting.txt", **options)  # type: ignore[arg-type]
    assert result.tree is not None, [d.format() for d in result.diagnostics]
    ident = result.tree.find(".//t:langUsage/t:language", NS)
    assert ident is not None
    return result.tree.getroot().get(XML_LANG), ident.get("ident")


def test_without_lang_the_language_is_read_from_the_text() -> None:
    assert _language(SITZUNG) == ("de", "de")
    assert _language(SEANCE) == ("fr", "fr")
    english = "MR. ROE: We will take the vote now, and then the chair will adjourn.\n" * 5
    assert _language(english) == ("en", "en")


def test_a_short_or_unclear_text_stays_english_and_lang_always_wins() -> None:
    assert _language("Olbrich (SPD): Ja, die Vorlage.\n") == ("en", "en")
    assert _language(SITZUNG, lang="en") == ("en", "en")
    assert _language(SITZUNG, lang="de-AT") == ("de-AT", "de-AT")


def test_lang_auto_is_accepted_by_the_command(tmp_path: Path) -> None:
    source = tmp_path / "sitzung.txt"
    source.write_text(SITZUNG, encoding="utf-8")
    out = tmp_path / "x.xml"
    assert main(["-q", "encode", str(source), "--lang", "auto", "-o", str(out)]) == 0
    assert etree.parse(str(out)).getroot().get(XML_LANG) == "de"
    assert main(["-q", "encode", str(source), "-o", str(out)]) == 0
    assert etree.parse(str(out)).getroot().get(XML_LANG) == "de"


# A Spanish committee's record, written for this test: who presides named in
# the front matter, and each label naming its speaker in parentheses.
COMISION = """COMISIÓN DE CULTURA Y TURISMO

PRESIDENCIA: DON ANDRÉS VILLALBA ORTEGA

Sesión celebrada el día 3 de marzo de 2025, en Oviedo

EL PRESIDENTE (SEÑOR VILLALBA ORTEGA): Buenos días, señorías. Se abre la sesión.

LA SEÑORA MERINO CASTRO: Gracias, señor presidente. Quería preguntar por los museos.

EL CONSEJERO DE CULTURA (SEÑOR PRIETO GIL): Los museos abrirán en abril.

EL PRESIDENTE (SEÑOR VILLALBA ORTEGA): Gracias. Se levanta la sesión.
"""


def test_a_spanish_record_s_presidency_is_no_turn_and_labels_name_their_speakers() -> None:
    result = encode_bytes(COMISION.encode(), "comision.txt")
    assert result.tree is not None
    tree = local_ids(result.tree)
    who = [sp.get("who") for sp in tree.iterfind(".//t:sp", NS)]
    chair = "#andres-villalba-ortega"  # the presidency names him in full
    assert who == [chair, "#merino-castro", "#prieto-gil", chair]
