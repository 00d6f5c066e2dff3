"""Metadata crosswalks (encoder/crosswalk.py, encoder/xslt/crosswalk-*.xsl).

They read the places of the header contract (docs/deposit.md) and leave out
what is absent. tests/data/deposit/full-header.xml holds every place; the
editions main writes today hold fewer.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path

import pytest
from lxml import etree
from support import built_editions

from encoder.crosswalk import FileRef, dublin_core, json_ld, mets
from encoder.xmlio import parse_xml_bytes, parse_xml_file

ROOT = Path(__file__).resolve().parent.parent
TITLE = 'Conversation of the "Harbour" Board with the Mayor \\ Leith, 4 March 1921'
FULL_HEADER = ROOT / "tests" / "data" / "deposit" / "full-header.xml"
OAI_DC_XSD = ROOT / "tests" / "data" / "schemas" / "oai_dc" / "oai_dc.xsd"
METS_XSD = ROOT / "tests" / "data" / "schemas" / "mets" / "mets.xsd"
XLINK_AT_LOC = b"http://www.loc.gov/standards/xlink/xlink.xsd"
DC = "{http://purl.org/dc/elements/1.1/}"
METS = "{http://www.loc.gov/METS/}"
EDITIONS = built_editions()


@cache
def _oai_dc() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(OAI_DC_XSD)))


@cache
def _mets_schema() -> etree.XMLSchema:
    """METS 1.12.1, its xlink import read from the file beside it."""
    source = METS_XSD.read_bytes().replace(XLINK_AT_LOC, b"xlink.xsd")
    return etree.XMLSchema(etree.fromstring(source, base_url=str(METS_XSD)))


T = {"t": "http://www.tei-c.org/ns/1.0"}


def _assert_valid_mets(document: etree._Element) -> None:
    schema = _mets_schema()
    assert schema.validate(document), schema.error_log


def _dc_fields(record: bytes) -> list[tuple[str, str]]:
    root = etree.fromstring(record)
    return [(etree.QName(e).localname, e.text or "") for e in root]


def _assert_valid_dc(record: bytes) -> None:
    schema = _oai_dc()
    assert schema.validate(etree.fromstring(record)), schema.error_log


def test_dc_of_a_full_header_names_every_place() -> None:
    record = dublin_core(parse_xml_file(FULL_HEADER))
    _assert_valid_dc(record)
    fields = _dc_fields(record)
    assert fields == [
        ("title", TITLE),
        ("contributor", "Ada Example"),
        ("subject", "Margaret Ross"),
        ("subject", "The Mayor"),
        ("subject", "Harbour Board"),
        ("publisher", "Example Harbour Archive"),
        ("date", "2025-06-30"),
        ("date", "1921-03-04"),
        ("type", "Text"),
        ("format", "application/tei+xml"),
        ("identifier", "https://example.org/editions/harbour-1921-03-04"),
        ("identifier", "harbour-1921-03-04"),
        ("source", "https://example.org/source/123"),
        ("language", "en"),
        ("coverage", "Harbour Office, Leith"),
        ("rights", "CC BY 4.0"),
        ("rights", "https://creativecommons.org/licenses/by/4.0/"),
    ]


@pytest.mark.parametrize("edition", EDITIONS, ids=lambda p: p.stem)
def test_dc_of_the_bundled_editions_is_valid_and_invents_nothing(edition: Path) -> None:
    tree = parse_xml_file(edition)
    record = dublin_core(tree)
    _assert_valid_dc(record)
    names = {name for name, _ in _dc_fields(record)}
    title = tree.findtext(".//{http://www.tei-c.org/ns/1.0}title")
    assert ("title", title) in _dc_fields(record)
    # each field the header gives is carried over; one it does not give is not made up
    header = {
        "publisher": tree.findtext(".//t:publicationStmt/t:publisher", namespaces=T),
        "rights": tree.find(".//t:publicationStmt/t:availability/t:licence", T),
        "coverage": tree.findtext(".//t:profileDesc/t:creation/t:placeName", namespaces=T),
    }
    for field, given in header.items():
        assert (field in names) == (given is not None), field
    if header["publisher"] is not None:
        assert ("publisher", header["publisher"]) in _dc_fields(record)
    if header["coverage"] is not None:
        assert ("coverage", header["coverage"]) in _dc_fields(record)


def test_dc_is_valid_for_a_bare_header() -> None:
    bare = parse_xml_bytes(b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/></TEI>')
    record = dublin_core(bare)
    _assert_valid_dc(record)
    assert _dc_fields(record) == [("type", "Text"), ("format", "application/tei+xml")]


def test_json_ld_parses_and_names_title_date_participants_licence() -> None:
    data = json.loads(json_ld(parse_xml_file(FULL_HEADER)))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Conversation"
    assert data["name"] == TITLE
    assert data["dateCreated"] == "1921-03-04"
    assert data["datePublished"] == "2025-06-30"
    assert data["locationCreated"] == {"@type": "Place", "name": "Harbour Office, Leith"}
    assert data["license"] == "https://creativecommons.org/licenses/by/4.0/"
    assert data["publisher"] == {"@type": "Organization", "name": "Example Harbour Archive"}
    assert data["@id"] == data["url"] == "https://example.org/editions/harbour-1921-03-04"
    assert data["identifier"] == [
        "harbour-1921-03-04",
        "https://example.org/editions/harbour-1921-03-04",
    ]
    assert data["editor"] == [
        {"@type": "Person", "@id": "https://orcid.org/0000-0002-1825-0097", "name": "Ada Example"}
    ]
    assert data["contributor"] == [
        {
            "@type": "Person",
            "name": "Margaret Ross",
            "sameAs": ["https://example.org/persons/ross"],
        },
        {"@type": "Person", "name": "The Mayor"},
        {"@type": "Organization", "name": "Harbour Board"},
    ]
    assert data["inLanguage"] == ["en"]
    assert data["isBasedOn"] == {
        "@type": "CreativeWork",
        "name": "Harbour Board minutes, digital copy",
        "url": "https://example.org/source/123",
        "identifier": "REC-123",
    }


@pytest.mark.parametrize("edition", EDITIONS, ids=lambda p: p.stem)
def test_json_ld_of_the_bundled_editions(edition: Path) -> None:
    tree = parse_xml_file(edition)
    data = json.loads(json_ld(tree))
    persons = tree.findall(
        ".//{http://www.tei-c.org/ns/1.0}listPerson[@type='participants']/"
        "{http://www.tei-c.org/ns/1.0}person"
    )
    assert [c["name"] for c in data["contributor"]] == [
        p.findtext("{http://www.tei-c.org/ns/1.0}persName") for p in persons
    ]
    publisher = tree.findtext(".//t:publicationStmt/t:publisher", namespaces=T)
    licence = tree.find(".//t:publicationStmt/t:availability/t:licence", T)
    published = tree.find(".//t:publicationStmt/t:date", T)
    assert ("publisher" in data) == (publisher is not None)
    assert ("license" in data) == (licence is not None)
    assert ("datePublished" in data) == (published is not None)
    if publisher is not None:
        assert publisher in json.dumps(data["publisher"], ensure_ascii=False)


def test_mets_wraps_dc_and_lists_the_files_with_their_checksums() -> None:
    tree = parse_xml_file(FULL_HEADER)
    master, page = FULL_HEADER.read_bytes(), b"<!DOCTYPE html><p>page</p>\n"
    document = etree.fromstring(
        mets(tree, FileRef("../masters/h.xml", master), FileRef("../derivatives/h.html", page))
    )
    _assert_valid_mets(document)
    assert document.get("OBJID") == "harbour-1921-03-04"
    dc = document.find(f"{METS}dmdSec/{METS}mdWrap/{METS}xmlData/*")
    assert dc is not None
    _assert_valid_dc(etree.tostring(dc))
    files = document.findall(f"{METS}fileSec/{METS}fileGrp/{METS}file")
    assert [(f.getparent().get("USE"), f.get("MIMETYPE")) for f in files] == [
        ("master", "application/tei+xml"),
        ("derivative", "text/html"),
    ]
    assert files[0].get("CHECKSUM") == hashlib.sha256(master).hexdigest()
    assert files[1].get("CHECKSUM") == hashlib.sha256(page).hexdigest()
    assert files[1].get("SIZE") == str(len(page))
    pointers = document.findall(f"{METS}structMap/{METS}div/{METS}fptr")
    assert [p.get("FILEID") for p in pointers] == [f.get("ID") for f in files]
    assert [a.findtext(f"{METS}name") for a in document.iter(f"{METS}agent")] == [
        "tei-encode 0.1.0",
        "Example Harbour Archive",
    ]


@pytest.mark.parametrize("edition", EDITIONS, ids=lambda p: p.stem)
def test_mets_of_the_bundled_editions_is_valid_mets(edition: Path) -> None:
    master = FileRef("../masters/x.xml", edition.read_bytes())
    document = etree.fromstring(mets(parse_xml_file(edition), master, None))
    _assert_valid_mets(document)
    broken = etree.fromstring(etree.tostring(document))
    broken.find(f".//{METS}file").set("CHECKSUMTYPE", "CRC-7")  # not in METS's list
    assert not _mets_schema().validate(broken)
