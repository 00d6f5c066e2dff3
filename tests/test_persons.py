"""The person register and mention tagging (issue 4).

The gold list of mentions (tests/data/mentions-gold.tsv) was built by hand
from the transcript alone, without running the encoder; see
tests/data/README-mentions.md.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree
from support import local_ids

from encoder.cli import main
from encoder.pipeline import encode_bytes, encode_text

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sources" / "wilson-center-1958-08-01-khrushchev-mao.txt"
NS = {"t": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


@pytest.fixture(scope="module")
def sample_tree() -> etree._ElementTree:
    result = encode_bytes(SAMPLE.read_bytes(), "sample.txt")
    assert result.tree is not None
    return local_ids(result.tree)  # type: ignore[no-any-return]


def _persons(tree: etree._ElementTree) -> dict[str, list[str]]:
    """person id → its persName forms, fullest first."""
    return {
        p.get(XML_ID, ""): [n.text or "" for n in p.findall("t:persName", NS)]
        for p in tree.iterfind(".//t:person", NS)
    }


# Every person a footnote of the sample introduces, with the years it gives
# (read by hand from footnotes 2-51).
FOOTNOTE_PERSONS = [
    ("Cheng Yaojin", "0589", "0665"),
    ("Adolf Hitler", "1889", "1945"),
    ("Chiang Kai-shek", "1887", "1975"),
    ("Nikolai Trofimovich Fedorenko", "1912", "2000"),
    ("Chen Chu", "1917", "1999"),
    ("Kim Il Sung", "1912", "1994"),
    ("Syngman Rhee", "1875", "1965"),
    ("Dwight D. Eisenhower", "1890", "1969"),
    ("John Foster Dulles", "1888", "1959"),
    ("Gamal Abdel Nasser", "1918", "1970"),
    ("Charles de Gaulle", "1890", "1970"),
    ("Fuad Chehab", "1902", "1973"),
    ("Camille Chamoun", "1900", "1987"),
    ("Dag Hammarskjöld", "1905", "1961"),
    ("Douglas MacArthur II", "1909", "1997"),
    ("Harold Macmillan", "1894", "1986"),
    ("Guy Mollet", "1905", "1975"),
    ("Jacques Duclos", "1896", "1975"),
    ("Maurice Thorez", "1900", "1964"),
    ("Endo Saburo", "1893", "1984"),
    ("Ho Chi Minh", "1890", "1969"),
    ("Luo Guibo", "1908", "1995"),
    ("Pierre Mendès-France", "1907", "1982"),
    ("Jawaharlal Nehru", "1889", "1964"),
    ("U Nu", "1907", "1995"),
    ("Sukarno", "1901", "1970"),
    ("Karl Marx", "1818", "1883"),
    ("Vladimir Ilyich Lenin", "1870", "1924"),
    ("Charles R. Brown", "1899", "1983"),
    ("Andrei Antonovich Grechko", "1903", "1976"),
    ("Kirill Afanas’evich Meretskov", "1897", "1968"),
    ("Nikolai Semyonovich Skripko", "1902", "1987"),
    ("Lauris Norstad", "1907", "1988"),
    ("Mahmut Celâl Bayar", "1883", "1986"),
    ("Ali Adnan Ertekin Menderes", "1899", "1961"),
    ("Fatin Rüştü Zorlu", "1910", "1961"),
    ("Faisal II", "1935", "1958"),
    ("Veljko Mićunović", "1916", "1982"),
    ("Josip Broz Tito", "1892", "1980"),
    ("Mahmoud Fawzi", "1900", "1981"),
    ("Valerian Aleksandrovich Zorin", "1902", "1986"),
    ("Abdul Salam Arif", "1921", "1966"),
    ("Ismat T. Kittani", "1929", "2001"),
    ("Abd ul-Karim Qasim", "1914", "1963"),
    ("Mohamed Naguib", "1901", "1984"),
    ("Nuri al-Said", "1888", "1958"),
    ("Andrei Andreevich Gromyko", "1909", "1989"),
]

PARTICIPANTS = (
    "Khrushchev Malinovsky Kuznetsov Ponomarev Antonov|Mao Zedong|Liu Shaoqi|Zhou Enlai|"
    "Zhu De|Peng Dehuai|Chen Yi|Lin Biao|Peng Zhen|Deng Xiaoping|Chen Yun|Wang Jiaxiang|"
    "Yang Shangkun|Hu Qiaomu"
)


def test_register_holds_every_footnote_person_with_years(sample_tree: etree._ElementTree) -> None:
    by_first_name: dict[str, etree._Element] = {}
    for person in sample_tree.iterfind(".//t:person", NS):
        first = person.find("t:persName", NS)
        assert first is not None
        by_first_name[first.text or ""] = person
    for name, birth, death in FOOTNOTE_PERSONS:
        assert name in by_first_name, f"{name} missing from the register"
        person = by_first_name[name]
        assert person.find("t:birth", NS).get("when") == birth  # type: ignore[union-attr]
        assert person.find("t:death", NS).get("when") == death  # type: ignore[union-attr]
        ptr = person.find("t:ptr", NS)
        assert ptr is not None and ptr.get("target", "").startswith("#n")


def test_all_participants_are_in_particdesc(sample_tree: etree._ElementTree) -> None:
    listing = sample_tree.find(".//t:particDesc/t:listPerson", NS)
    assert listing is not None
    names = {n.text for n in listing.iterfind("t:person/t:persName", NS)}
    expected = PARTICIPANTS.replace("|", " | ").replace(" | ", "|")
    wanted = expected.split("|")[0].split() + expected.split("|")[1:]
    assert len(wanted) == 18
    assert set(wanted) <= names
    assert len(listing.findall("t:person", NS)) == 18


def test_name_forms_merge_into_one_entry(sample_tree: etree._ElementTree) -> None:
    persons = _persons(sample_tree)
    forms = {form: pid for pid, names in persons.items() for form in names}
    # case and initials: label and list name are one person (the label's
    # capitals are not a name of the register: the turns point to the person)
    assert "N.S. KHRUSHCHEV" not in forms and "N.S. Khrushchev" in forms
    who = {
        "".join(sp.find("t:speaker", NS).itertext()).rstrip(". "): sp.get("who")[1:]
        for sp in sample_tree.iterfind(".//t:sp", NS)
    }
    assert who["N.S. KHRUSHCHEV"] == forms["Khrushchev"]
    assert who["B. N. PONOMAREV"] == forms["Ponomarev"]
    # transcriber under the closer, footnote person and speech mention
    assert forms["N. Fedorenko"] == forms["Nikolai Trofimovich Fedorenko"]
    # spelling variants of a footnoted person
    assert forms["Chehad"] == forms["Fuad Chehab"]
    assert forms["Aref"] == forms["Abdul Salam Arif"]
    assert forms["Feisal"] == forms["Faisal II"]
    # no invented data: no sex, no dates for people the notes give none
    for person in sample_tree.iterfind(".//t:particDesc//t:person", NS):
        assert person.get("sex") is None
        assert person.find("t:birth", NS) is None


def _mentions(tree: etree._ElementTree) -> Counter[tuple[str, str]]:
    text = tree.find(".//t:text", NS)
    assert text is not None
    return Counter(
        ((p.text or "").strip(), p.get("ref", "")[1:])
        for p in text.iterfind(".//t:persName[@ref]", NS)
    )


def _gold(tree: etree._ElementTree, kinds: set[str]) -> Counter[tuple[str, str]]:
    persons = _persons(tree)
    by_form = {form.casefold(): pid for pid, names in persons.items() for form in names}
    gold: Counter[tuple[str, str]] = Counter()
    with (ROOT / "tests" / "data" / "mentions-gold.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if (row.get("kind") or "") not in kinds:
                continue
            pid = by_form.get(row["person"].casefold(), "<not in register: " + row["person"] + ">")
            gold[(row["surface"], pid)] += 1
    return gold


def test_mention_tagging_recall_and_precision(sample_tree: etree._ElementTree) -> None:
    gold = _gold(sample_tree, {""})
    everything = _gold(sample_tree, {"", "biblio", "figure"})
    found = _mentions(sample_tree)
    recall = sum((gold & found).values()) / sum(gold.values())
    # a tag is right when it matches any hand-checked mention, bibliographic ones too
    precision = sum((everything & found).values()) / sum(found.values())
    missed = sorted((gold - found).elements())
    wrong = sorted((found - everything).elements())
    report = f"recall {recall:.3f}, precision {precision:.3f}; missed {missed}; wrong {wrong}"
    print(report)
    assert recall >= 0.95, report
    assert precision >= 0.98, report


NOT_PERSONS = """\
Present:

Cdes. Smith and Jones.

SMITH. Uncle Sam sent the Sixth Fleet to Lebanon, said Pravda.

JONES. The Queen Mary sailed from Southampton; the Eisenhower Doctrine failed.

SMITH. Jones is right.
"""


def test_names_that_are_not_persons_are_not_tagged() -> None:
    result = encode_text(NOT_PERSONS, "not-persons.txt")
    assert result.tree is not None
    tagged = {p.text for p in result.tree.iterfind(".//t:text//t:persName", NS)}
    assert tagged == {"Smith", "Jones"}
    for word in ("Uncle Sam", "Sixth Fleet", "Lebanon", "Pravda", "Queen Mary", "Eisenhower"):
        assert word not in tagged


AMBIGUOUS = """\
Present:

Cdes. Chen Yi, Chen Yun, and Li Peng.

LI PENG. Chen said that the harvest was good.

CHEN YI. I did not say that.
"""


def test_ambiguous_surname_is_reported_and_left_untagged() -> None:
    result = encode_text(AMBIGUOUS, "ambiguous.txt")
    assert result.tree is not None
    warnings = [d for d in result.diagnostics if d.code == "W402"]
    assert len(warnings) == 1
    assert warnings[0].span.line == 5
    assert "Chen" in warnings[0].message
    sp = local_ids(result.tree).find(".//t:sp[@who='#li-peng']/t:p", NS)
    assert sp is not None and sp.find("t:persName", NS) is None


AUTHORITY_SOURCE = """\
Present:

Messrs. Dulles and Smith.

DULLES. Eden will come to Geneva.

SMITH. Good.
"""


def _person(tree: etree._ElementTree, person_id: str) -> etree._Element | None:
    for person in tree.iterfind(".//t:person", NS):
        if person.get(XML_ID) == person_id:
            return person
    return None


def _encode_with(tmp_path: Path, authority: str, suffix: str) -> tuple[int, Path]:
    src = tmp_path / "a.txt"
    src.write_text(AUTHORITY_SOURCE, encoding="utf-8")
    persons = tmp_path / f"persons.{suffix}"
    persons.write_text(authority, encoding="utf-8")
    out = tmp_path / "a.xml"
    code = main(["-q", "encode", str(src), "-o", str(out), "--persons", str(persons)])
    return code, out


def test_authority_csv_gives_ids_and_uris(tmp_path: Path) -> None:
    code, out = _encode_with(
        tmp_path,
        "id,name,wikidata,viaf,gnd\n"
        "jfd,John Foster Dulles|Dulles,Q219953,,118527665\n"
        "eden,Anthony Eden|Eden,http://www.wikidata.org/entity/Q128956,,\n",
        "csv",
    )
    assert code == 0
    tree = local_ids(etree.parse(str(out)))
    assert [sp.get("who") for sp in tree.iterfind(".//t:sp", NS)] == ["#jfd", "#smith"]
    jfd = _person(tree, "jfd")
    assert jfd is not None
    assert [i.text for i in jfd.findall("t:idno", NS)] == [
        "http://www.wikidata.org/entity/Q219953",
        "https://d-nb.info/gnd/118527665",
    ]
    assert [i.get("type") for i in jfd.findall("t:idno", NS)] == ["wikidata", "gnd"]
    eden = _person(tree, "eden")
    assert eden is not None, "a person the document names only in passing joins from the file"
    assert tree.find(".//t:sp/t:p/t:persName[@ref='#eden']", NS) is not None


def test_authority_tei_listperson(tmp_path: Path) -> None:
    code, out = _encode_with(
        tmp_path,
        '<listPerson xmlns="http://www.tei-c.org/ns/1.0">'
        '<person xml:id="smith-j"><persName>Smith</persName>'
        '<idno type="viaf">12345</idno></person></listPerson>',
        "xml",
    )
    assert code == 0
    tree = local_ids(etree.parse(str(out)))
    assert [sp.get("who") for sp in tree.iterfind(".//t:sp", NS)] == ["#dulles", "#smith-j"]
    person = _person(tree, "smith-j")
    idno = person.find("t:idno", NS) if person is not None else None
    assert idno is not None and idno.text == "http://viaf.org/viaf/12345"


def test_authority_bad_rows_are_reported_by_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _encode_with(
        tmp_path,
        "id,name,wikidata\n"
        "ok,Dulles,Q1\n"
        "9bad,Smith,\n"
        "fine,Eden,not-an-id\n"
        "short,Someone\n"
        "ok,Again,\n",
        "csv",
    )
    err = capsys.readouterr().err
    assert code == 3
    assert not out.exists()
    assert "persons.csv:3:1: error[E502]: row 3: id '9bad' is not a valid XML id" in err
    assert "persons.csv:4:1: error[E502]: row 4: 'not-an-id' is not a wikidata identifier" in err
    assert "persons.csv:5:1: error[E502]: row 5 has 2 fields, the header has 3" in err
    assert "error[E503]: id 'ok' is given twice" in err
    assert "Traceback" not in err


def test_authority_bad_tei_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _encode_with(
        tmp_path,
        '<listPerson xmlns="http://www.tei-c.org/ns/1.0">\n<person><persName>X</persName>'
        "</person>\n</listPerson>",
        "xml",
    )
    err = capsys.readouterr().err
    assert code == 3 and not out.exists()
    assert "persons.xml:2:1: error[E502]: a <person> has no xml:id" in err
