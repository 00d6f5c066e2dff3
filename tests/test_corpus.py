"""OUT/corpus.xml: every edition in one teiCorpus with one register of persons."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from support import assert_valid_tei_all, built_editions

from encoder.cli import main
from encoder.corpus import Edition, Merging, build_corpus
from encoder.validate import validate_file
from encoder.xmlio import parse_xml_bytes, parse_xml_file

ROOT = Path(__file__).resolve().parent.parent
T = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
BRIDGE = (
    "HALE: The bridge opens at noon.\n\nORTIZ: Then the barges wait.\n\n"
    "HALE: Until one.\n\nORTIZ: Agreed.\n"
)
FERRY = (
    "HALE: The ferry is late again.\n\nPRICE: It always is.\n\n"
    "HALE: Not on Sundays.\n\nPRICE: Even then.\n"
)


def _build(tmp_path: Path, *extra: str) -> Path:
    sources, out = tmp_path / "src", tmp_path / "out"
    sources.mkdir(exist_ok=True)
    (sources / "a-bridge.txt").write_text(BRIDGE, encoding="utf-8")
    (sources / "b-ferry.txt").write_text(FERRY, encoding="utf-8")
    assert main(["-q", "build", "--sources", str(sources), "--out", str(out), *extra]) == 0
    return out / "corpus.xml"


def _register(corpus: etree._ElementTree) -> list[tuple[str, list[str]]]:
    persons = corpus.getroot().findall(f"{T}teiHeader/{T}profileDesc/{T}particDesc/{T}listPerson/*")
    return [(p.get(XML_ID), [n.text for n in p.findall(f"{T}persName")]) for p in persons]


def _speakers(corpus: etree._ElementTree) -> dict[str, list[str]]:
    return {
        str(tei.get(XML_ID)): [sp.get("who") for sp in tei.iter(f"{T}sp")]
        for tei in corpus.getroot().findall(f"{T}TEI")
    }


def _assert_valid(path: Path) -> None:
    schema = etree.XMLSchema(etree.parse(str(ROOT / "schema" / "tei-encoder.xsd")))
    assert schema.validate(etree.parse(str(path))), schema.error_log
    # tei-encode validate: the schema and the pointer checks, footnote
    # numbers counted in each document of the corpus
    assert [d.format() for d in validate_file(path)] == []
    assert_valid_tei_all([path])


def _assert_ids_unique_and_pointers_resolve(corpus: etree._ElementTree) -> None:
    ids = [e.get(XML_ID) for e in corpus.iter() if isinstance(e.tag, str) and e.get(XML_ID)]
    assert len(ids) == len(set(ids))
    for element in corpus.iter():
        if not isinstance(element.tag, str):
            continue
        for name in ("who", "ref", "target", "synch", "resp", "origin", "since"):
            for token in (element.get(name) or "").split():
                assert not token.startswith("#") or token[1:] in ids, (element.tag, token)


def test_the_same_person_through_the_authority_file_is_one_entry(tmp_path: Path) -> None:
    persons = tmp_path / "persons.csv"
    persons.write_text("id,name\nhale,Margaret Hale|Hale\n", encoding="utf-8")
    path = _build(tmp_path, "--persons", str(persons))
    corpus = etree.parse(str(path))
    assert _register(corpus) == [
        ("hale", ["Hale", "Margaret Hale"]),
        ("a-bridge-ortiz", ["Ortiz"]),
        ("b-ferry-price", ["Price"]),
    ]
    assert _speakers(corpus) == {
        "a-bridge": ["#hale", "#a-bridge-ortiz", "#hale", "#a-bridge-ortiz"],
        "b-ferry": ["#hale", "#b-ferry-price", "#hale", "#b-ferry-price"],
    }
    _assert_ids_unique_and_pointers_resolve(corpus)
    _assert_valid(path)


def test_the_same_name_without_an_authority_is_two_people(tmp_path: Path) -> None:
    corpus = etree.parse(str(_build(tmp_path)))
    assert [pid for pid, _ in _register(corpus)] == [
        "a-bridge-hale",
        "a-bridge-ortiz",
        "b-ferry-hale",
        "b-ferry-price",
    ]
    assert _speakers(corpus)["b-ferry"][0] == "#b-ferry-hale"


def test_a_second_build_does_not_rewrite_the_corpus(tmp_path: Path) -> None:
    path = _build(tmp_path)
    before = path.stat().st_mtime_ns
    _build(tmp_path)
    assert path.stat().st_mtime_ns == before


def test_ids_already_prefixed_are_kept_and_others_are_prefixed() -> None:
    """The full header's ids all start with its TEI/@xml:id (as the edition
    branch writes them); a hand-made edition's do not."""
    full = Edition("full", parse_xml_file(ROOT / "tests" / "data" / "deposit" / "full-header.xml"))
    bare = Edition(
        "2 Bare Notes",
        parse_xml_bytes(
            b'<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en"><teiHeader><fileDesc>'
            b"<titleStmt><title>T</title></titleStmt><publicationStmt><p>P</p></publicationStmt>"
            b"<sourceDesc><p>S</p></sourceDesc></fileDesc><profileDesc><particDesc>"
            b'<listPerson type="participants"><person xml:id="harbour-1921-03-04-ross">'
            b"<persName>Ross</persName></person></listPerson></particDesc></profileDesc>"
            b'</teiHeader><text><body><div><sp xml:id="t1" who="#harbour-1921-03-04-ross">'
            b'<speaker>ROSS</speaker><p>Hi<note xml:id="n1" n="1" place="foot">A note.</note>'
            b"</p></sp></div></body></text></TEI>"
        ),
    )
    corpus = build_corpus([full, bare], Merging())
    docs = corpus.getroot().findall(f"{T}TEI")
    assert [d.get(XML_ID) for d in docs] == ["harbour-1921-03-04", "p-2-bare-notes"]
    assert docs[0].find(f".//{T}sp").get("who") == "#harbour-1921-03-04-ross"  # not doubled
    sp = docs[1].find(f".//{T}sp")
    assert (sp.get(XML_ID), sp.get("who")) == (
        "p-2-bare-notes-t1",
        "#p-2-bare-notes-harbour-1921-03-04-ross",
    )
    assert docs[1].find(f".//{T}note").get(XML_ID) == "p-2-bare-notes-n1"
    _assert_ids_unique_and_pointers_resolve(corpus)


def test_the_bundled_collection_corpus_is_valid() -> None:
    path = ROOT / "out" / "corpus.xml"
    _assert_valid(path)
    corpus = etree.parse(str(path))
    _assert_ids_unique_and_pointers_resolve(corpus)
    editions = built_editions()
    assert len(corpus.getroot().findall(f"{T}TEI")) == len(editions)


def test_an_edition_unreadable_for_the_corpus_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """An edition the build skipped, whose part of the collection files is not
    kept, is parsed when the collection is published; one that cannot be
    (replaced after the build read it) is named, and the files are left."""
    import encoder.publish
    from encoder.xmlio import XmlInputError

    sources, out = tmp_path / "src", tmp_path / "out"
    sources.mkdir()
    (sources / "a-bridge.txt").write_text(BRIDGE, encoding="utf-8")
    args = ["-q", "build", "--sources", str(sources), "--out", str(out)]
    assert main(args) == 0
    before = (out / "corpus.xml").read_bytes()
    (out / encoder.publish.PARTS_NAME).unlink()
    (sources / "b-ferry.txt").write_text(FERRY, encoding="utf-8")

    def unreadable(path: Path) -> None:
        raise XmlInputError("not well-formed", 3, 1)

    capsys.readouterr()
    monkeypatch.setattr(encoder.publish, "parse_xml_file", unreadable)
    assert main(args) == 6
    assert "error[E020]: cannot read an edition: not well-formed" in capsys.readouterr().err
    assert (out / "corpus.xml").read_bytes() == before


def test_a_merge_table_merges_only_the_rows_it_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without an authority file: the table says the Hale of both documents
    is one person; Ortiz and Price, not in it, stay apart; a row naming
    nobody is reported."""
    table = tmp_path / "merge.csv"
    table.write_text(
        "document,person,into\na-bridge,hale,margaret-hale\nb-ferry,hale,margaret-hale\n"
        "b-ferry,nobody,margaret-hale\n",
        encoding="utf-8",
    )
    corpus = etree.parse(str(_build(tmp_path, "--merge", str(table))))
    assert [pid for pid, _ in _register(corpus)] == [
        "margaret-hale",
        "a-bridge-ortiz",
        "b-ferry-price",
    ]
    assert _speakers(corpus)["b-ferry"] == [
        "#margaret-hale",
        "#b-ferry-price",
        "#margaret-hale",
        "#b-ferry-price",
    ]
    _assert_ids_unique_and_pointers_resolve(corpus)
    err = capsys.readouterr().err
    assert "warning[W531]: the merge table names person 'nobody' of document 'b-ferry'" in err
    people = (tmp_path / "out" / "people.html").read_text(encoding="utf-8")
    assert people.count('<section class="person"') == 3


@pytest.mark.parametrize(
    ("table", "line", "message"),
    [
        ("doc,person\n", 1, "the first row must be document,person,into"),
        ("document,person,into\na,b\n", 2, "2 columns, not 3"),
        ("document,person,into\na,hale,1st\n", 2, "two XML ids"),
        ("document,person,into\na,hale,x\na,hale,y\n", 3, "merged into two entries"),
    ],
)
def test_a_broken_merge_table_is_refused_before_anything_is_built(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], table: str, line: int, message: str
) -> None:
    path = tmp_path / "merge.csv"
    path.write_text(table, encoding="utf-8")
    sources = tmp_path / "src"
    sources.mkdir()
    (sources / "a-bridge.txt").write_text(BRIDGE, encoding="utf-8")
    out = tmp_path / "out"
    args = ["-q", "build", "--sources", str(sources), "--out", str(out), "--merge", str(path)]
    assert main(args) == 3
    err = capsys.readouterr().err
    assert err.startswith(f"{path}:{line}: error[E530]: ") and message in err
    assert not out.exists()


def test_a_no_change_rebuild_does_not_read_the_editions_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The collection record says what the files were made from: unchanged,
    the editions are not parsed again; a collection file removed or edited
    is made again."""
    import encoder.publish

    corpus = _build(tmp_path)
    before = corpus.read_bytes()
    made = []
    original = encoder.publish.parse_xml_file
    monkeypatch.setattr(
        encoder.publish, "parse_xml_file", lambda path: made.append(path) or original(path)
    )
    _build(tmp_path)
    assert made == []
    people = (tmp_path / "out" / "people.html").read_bytes()
    (tmp_path / "out" / "people.html").unlink()
    _build(tmp_path)
    assert made == []  # their parts of the collection files were kept
    assert (tmp_path / "out" / "people.html").read_bytes() == people
    (tmp_path / "out" / "index.html").unlink()
    (tmp_path / "out" / encoder.publish.PARTS_NAME).write_text("{", encoding="utf-8")
    _build(tmp_path)
    assert len(made) == 2  # the kept parts unreadable: both editions, once
    assert (tmp_path / "out" / "index.html").is_file()
    assert corpus.read_bytes() == before


def test_footnote_numbers_are_counted_in_each_document_of_the_corpus(tmp_path: Path) -> None:
    sources = tmp_path / "src"
    sources.mkdir()
    for name in ("one", "two"):
        (sources / f"{name}.txt").write_text(
            "HALE: The bridge opens at noon.[1]\n\nORTIZ: Agreed.\n\n"
            "HALE: Until one.\n\nORTIZ: Yes.\n\n[1] The old bridge, not the new one.\n",
            encoding="utf-8",
        )
    out = tmp_path / "out"
    assert main(["-q", "build", "--sources", str(sources), "--out", str(out)]) == 0
    corpus = etree.parse(str(out / "corpus.xml"))
    assert [n.get("n") for n in corpus.iter(f"{T}note")] == ["1", "1"]
    _assert_valid(out / "corpus.xml")


def test_a_rebuild_that_changes_one_document_publishes_what_a_full_build_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The edition rebuilt brings its part of the collection files from the
    build, the one skipped its kept part: neither is parsed again, and every
    collection file is byte for byte what a build from nothing makes. A new
    merge table changes every part: both editions are read again."""
    import encoder.publish
    from encoder.publish import COLLECTION_NAMES

    corpus = _build(tmp_path)
    sources, out = tmp_path / "src", tmp_path / "out"
    changed = FERRY + "\nPRICE: Ask Hale about the bridge.\n"
    made: list[Path] = []
    original = encoder.publish.parse_xml_file
    monkeypatch.setattr(
        encoder.publish, "parse_xml_file", lambda path: made.append(path) or original(path)
    )
    (sources / "b-ferry.txt").write_text(changed, encoding="utf-8")
    assert main(["-q", "build", "--sources", str(sources), "--out", str(out)]) == 0
    assert made == []
    assert b"Ask Hale about the bridge" in corpus.read_bytes()

    fresh = tmp_path / "fresh"
    fresh.mkdir()
    (fresh / "src").mkdir()
    (fresh / "src" / "a-bridge.txt").write_text(BRIDGE, encoding="utf-8")
    (fresh / "src" / "b-ferry.txt").write_text(changed, encoding="utf-8")
    args = ["-q", "build", "--sources", str(fresh / "src"), "--out", str(fresh / "out")]
    assert main(args) == 0
    for name in COLLECTION_NAMES:
        assert (out / name).read_bytes() == (fresh / "out" / name).read_bytes(), name

    table = tmp_path / "merge.csv"
    table.write_text("document,person,into\na-bridge,hale,hale\nb-ferry,hale,hale\n")
    assert (
        main(["-q", "build", "--sources", str(sources), "--out", str(out), "--merge", str(table)])
        == 0
    )
    assert sorted(p.name for p in made) == ["a-bridge.xml", "b-ferry.xml"]
    register = [entry[0] for entry in _register(etree.parse(str(corpus)))]
    assert register.count("hale") == 1
