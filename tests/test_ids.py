"""Ids made from names never take an id the writer gives another element.

A label whose slug is ``source``, ``n1`` or ``turn-2`` made a person with the
id of the source's ``<bibl>``, a note or a turn: the referential checks then
refused the document and nothing was written (found on an NTSB cockpit voice
recorder transcript whose table heading "SOURCE" was read as a label).
Expected ids below are written from the rule in ``encoder/ids.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from support import local_ids

from encoder.cli import main
from encoder.ids import is_reserved
from encoder.pipeline import encode_bytes, encode_text
from encoder.xmlio import TEI, XML_ID

NS = {"t": "http://www.tei-c.org/ns/1.0"}
ROOT = Path(__file__).resolve().parent.parent

CLASHING = """\
MS. SOURCE: We open the record here.[1]

N1: I answer for the first group.

MS. SOURCE: And I close it.

N1: Fine.

TRANSLATOR: I put it into English.

TRANSLATOR: Again.

[1] A note on the record.
"""


def _written(text: str) -> etree._ElementTree:
    result = encode_text(text, "clash.txt")
    assert result.tree is not None, [d.message for d in result.diagnostics]
    assert not [d for d in result.diagnostics if d.severity == "error"]
    return local_ids(result.tree)


def test_labels_shaped_like_written_ids_get_ids_of_their_own() -> None:
    tree = _written(CLASHING)
    persons = {
        p.get(XML_ID): p.findtext("t:persName", namespaces=NS)
        for p in tree.iterfind(".//t:person", NS)
    }
    assert persons == {"source-2": "Ms. Source", "n1-2": "N1", "translator-person": "Translator"}
    assert [sp.get("who") for sp in tree.iterfind(".//t:sp", NS)] == [
        "#source-2",
        "#n1-2",
        "#source-2",
        "#n1-2",
        "#translator-person",
        "#translator-person",
    ]
    # the elements whose ids those slugs are keep them
    assert tree.find(".//t:sourceDesc/t:bibl[@type='digital']", NS).get(XML_ID) == "source"
    assert tree.find(".//t:note", NS).get(XML_ID) == "n1"
    ids = [e.get(XML_ID) for e in tree.iter() if e.get(XML_ID)]
    assert len(ids) == len(set(ids))


def test_an_ordinary_name_keeps_its_slug() -> None:
    tree = _written("NANCY ROE: We open.\n\nED LEE: We do.\n\nNANCY ROE: Good.\n")
    persons = {p.get(XML_ID) for p in tree.iterfind(".//t:person", NS)}
    assert persons == {"nancy-roe", "ed-lee"}  # "ed-" followed by a name is no editor's id


def test_a_name_whose_slug_is_an_editors_id_takes_another() -> None:
    # the remark signed "– E.L." makes the editor "ed-el"; "ED EL" is someone else
    text = "ED EL: We open the record [the year is 1958. – E.L.].\n\nROE: We do.\n\nED EL: Good.\n"
    tree = _written(text)
    assert tree.find(".//t:sourceDesc//t:respStmt", NS).get(XML_ID) == "ed-el"
    persons = {p.get(XML_ID) for p in tree.iterfind(".//t:person", NS)}
    assert persons == {"ed-el-2", "roe"}


def test_the_clashing_transcript_is_written_by_the_cli(tmp_path: Path) -> None:
    source = tmp_path / "clash.txt"
    source.write_text(CLASHING, encoding="utf-8")
    out = tmp_path / "clash.xml"
    assert main(["-q", "encode", str(source), "-o", str(out)]) == 0
    assert out.exists()


@pytest.mark.parametrize("person_id", ["source", "turn-3", "n2"])
def test_an_authority_id_of_a_written_form_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], person_id: str
) -> None:
    source = tmp_path / "a.txt"
    source.write_text("ROE: We open.\n\nLEE: We do.\n\nROE: Good.\n", encoding="utf-8")
    persons = tmp_path / "persons.csv"
    persons.write_text(f"id,name\n{person_id},Roe\n", encoding="utf-8")
    out = tmp_path / "a.xml"
    code = main(["-q", "encode", str(source), "-o", str(out), "--persons", str(persons)])
    err = capsys.readouterr().err
    assert code == 3 and not out.exists()
    assert f"persons.csv:2:1: error[E502]: row 2: id {person_id!r} is one the encoder gives" in err
    assert "Traceback" not in err


def test_every_id_but_a_persons_has_a_reserved_form() -> None:
    """The list in encoder/ids.py stays the writer's: every id the fixtures'
    documents are given, persons' and the document's own apart, is one of
    its forms (a new kind of id must be added there)."""
    files = sorted((ROOT / "tests" / "shapes").glob("*/*.txt"))[::4] + sorted(
        (ROOT / "sources").glob("*.txt")
    )
    assert len(files) > 30
    kinds: set[str] = set()
    for path in files:
        result = encode_bytes(path.read_bytes(), path.name)
        assert result.tree is not None, path
        root = result.tree.getroot()
        prefix = root.get(XML_ID) + "-"
        for elem in root.iter(etree.Element):
            ident = elem.get(XML_ID)
            if elem is root or not ident or elem.tag in (TEI + "person", TEI + "personGrp"):
                continue
            local = ident.removeprefix(prefix)
            if elem.tag == TEI + "respStmt" and local.startswith("ed-"):
                continue  # an editor's initials: the register takes them as used
            assert is_reserved(local), f"{path.name}: <{etree.QName(elem).localname}> {local!r}"
            kinds.add(etree.QName(elem).localname)
    assert {"sp", "when", "bibl", "application", "note"} <= kinds
