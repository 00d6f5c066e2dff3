"""Structural tests of the HTML edition (encoder/html.py + encoder/xslt/).

Every invariant runs on the hand-written fixtures in tests/html_fixtures/
and on the real build output out/*.xml when there is one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final

import pytest
from lxml import etree
from lxml import html as lxml_html
from support import built_editions, counting_server

from encoder.html import (
    STYLESHEET,
    XSLT_DIR,
    HtmlRenderError,
    apply_stylesheet,
    compile_stylesheet,
    render_file,
    render_html,
)
from encoder.xmlio import (
    TEI,
    TEI_NS,
    XML_ID,
    XML_LANG,
    XmlInputError,
    parse_xml_bytes,
    parse_xml_file,
)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = sorted((ROOT / "tests" / "html_fixtures").glob("*.xml"))
BUILT = built_editions()
NS: Final = {"t": TEI_NS, "xsl": "http://www.w3.org/1999/XSL/Transform"}
VOID: Final = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}


def _els(node: etree._Element | etree._ElementTree, path: str) -> list[Any]:
    """Elements selected by ``path`` (TEI prefix ``t``; typed for mypy)."""
    result = node.xpath(path, namespaces=NS)
    assert isinstance(result, list)
    return result


def _strs(node: etree._Element | etree._ElementTree, path: str) -> list[str]:
    return [str(value) for value in _els(node, path)]


def _ids(paths: list[Path]) -> list[str]:
    return [p.name for p in paths]


@pytest.fixture(params=FIXTURES + BUILT, ids=_ids(FIXTURES + BUILT))
def case(request: pytest.FixtureRequest) -> tuple[etree._ElementTree, bytes]:
    path: Path = request.param
    return parse_xml_file(path), render_file(path)


def test_built_output_present_or_skipped() -> None:
    if not BUILT:
        pytest.skip("no out/*.xml yet: only the fixtures were rendered")


def _page(data: bytes) -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring(data)


def _norm(text: str) -> str:
    return " ".join(text.split())


def _numbered_notes(tei: etree._ElementTree) -> list[etree._Element]:
    return list(_els(tei, "/t:TEI/t:text//t:note[not(@place='inline')]"))


# The document ----------------------------------------------------------------


def test_doctype_charset_and_language(case: tuple[etree._ElementTree, bytes]) -> None:
    tei, data = case
    assert data.startswith(b"<!DOCTYPE html>\n<html lang=")
    assert data.endswith(b"</html>\n")
    page = _page(data)
    metas = _els(page, "//meta[@charset]")
    assert [m.get("charset") for m in metas] == ["utf-8"]
    assert not _els(page, "//meta[@http-equiv]")
    lang = tei.getroot().get(XML_LANG) or "en"
    assert page.get("lang") == lang


def test_no_empty_non_void_element_is_self_closed(case: tuple[etree._ElementTree, bytes]) -> None:
    # The page is serialised by the "xml" method: <p/> would open a p in HTML.
    body = case[1].decode("utf-8")
    closed = set(re.findall(r"<([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*/>", body))
    assert closed <= VOID


def test_title_and_single_h1(case: tuple[etree._ElementTree, bytes]) -> None:
    tei, data = case
    titles = _els(tei, "//t:titleStmt/t:title[@type='main']") or _els(tei, "//t:titleStmt/t:title")
    expected = _norm("".join(titles[0].itertext()))
    page = _page(data)
    assert _norm(page.findtext(".//title") or "") == expected
    h1s = _els(page, "//h1")
    assert len(h1s) == 1
    assert _norm(h1s[0].text_content()) == expected


def test_landmarks_and_sections_have_headings(case: tuple[etree._ElementTree, bytes]) -> None:
    page = _page(case[1])
    assert len(_els(page, "/html/body/header")) == 1
    assert len(_els(page, "//main")) == 1
    assert _els(page, "/html/body/header/nav[@aria-label]")
    assert len(_els(page, "/html/body/footer")) == 1
    for section in _els(page, "//section"):
        heading = _els(section, "h2|h3|h4|h5|h6")
        assert heading, etree.tostring(section)[:200]
        labelled = section.get("aria-labelledby")
        if labelled:
            assert _els(page, f"//*[@id='{labelled}']")
    for wanted in ("about", "text", "cite"):
        assert _els(page, f"//main/section[@id='{wanted}']")


def test_ids_unique_and_fragment_links_resolve(case: tuple[etree._ElementTree, bytes]) -> None:
    page = _page(case[1])
    ids = Counter(_strs(page, "//@id"))
    assert [i for i, n in ids.items() if n > 1] == []
    hrefs = [h for h in _strs(page, "//a/@href") if h.startswith("#")]
    assert hrefs
    assert sorted({h[1:] for h in hrefs} - set(ids)) == []


def test_links_out_are_web_or_mail_only(case: tuple[etree._ElementTree, bytes]) -> None:
    page = _page(case[1])
    for href in _strs(page, "//@href"):
        assert re.match(r"#|https?://|mailto:", href), href


def test_every_note_has_one_reference_and_one_list_item(
    case: tuple[etree._ElementTree, bytes],
) -> None:
    tei, data = case
    notes = _numbered_notes(tei)
    page = _page(data)
    refs = _els(page, "//a[@role='doc-noteref']")
    items = _els(page, "//section[@id='notes']/ol/li")
    assert len(refs) == len(items) == len(notes)
    for n, note in enumerate(notes, 1):
        key = note.get(XML_ID) or str(n)  # ids come from xml:id, else the position
        (ref,) = _els(page, f"//a[@role='doc-noteref'][@id='noteref-{key}']")
        (item,) = _els(page, f"//section[@id='notes']/ol/li[@id='note-{key}']")
        assert ref.get("href") == f"#note-{key}"
        (back,) = _els(item, "a[@role='doc-backlink']")
        assert back.get("href") == f"#noteref-{key}"
        label = note.get("n") or str(n)
        assert _norm(ref.text_content()) == _norm(back.text_content()) == label
    for note, item in zip(notes, items, strict=True):  # both in document order
        body = _els(item, "div[@class='note-body']")[0]
        for marker in _els(body, ".//sup[@class='noteref']"):
            marker.drop_tree()
        assert _unbracketed(body.text_content()) == _unbracketed(_own_text(note))


def _own_text(elem: etree._Element) -> str:
    """The text of ``elem`` without the text of the numbered notes inside it."""
    parts = [elem.text or ""]
    for child in elem:
        if not (child.tag == TEI + "note" and child.get("place") != "inline"):
            parts.append(_own_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _unbracketed(text: str) -> str:
    return _norm(re.sub(r"[\[\]()]", " ", text))


def test_editorial_notes_are_inline_in_their_brackets(
    case: tuple[etree._ElementTree, bytes],
) -> None:
    tei, data = case
    page = _page(data)
    spans = _els(page, "//span[@class='editorial-note']")
    notes = _els(tei, "/t:TEI/t:text//t:note[@place='inline'][not(@type='original-wording')]")
    assert len(spans) == len(notes)
    for span, note in zip(spans, notes, strict=True):
        text = _norm(span.text_content())
        pair = "()" if note.get("rend") == "parentheses" else "[]"
        assert text[0] == pair[0] and text[-1] == pair[1]
        assert _norm("".join(note.itertext())) == text[1:-1].strip()


def test_supplied_in_square_brackets_and_foreign_with_lang(
    case: tuple[etree._ElementTree, bytes],
) -> None:
    tei, data = case
    page = _page(data)
    supplied = _els(page, "//span[contains(concat(' ', @class, ' '), ' supplied ')]")
    # supplied words, the original's words and corrections: each in its brackets
    bracketed = "//t:text//t:supplied | //t:text//t:note[@type='original-wording']"
    corrections = "//t:text//t:choice[t:sic][t:corr]"
    assert len(supplied) == len(_els(tei, bracketed)) + len(_els(tei, corrections))
    for span in supplied:
        text = _norm(span.text_content())
        assert text.startswith("[") and text.endswith("]")
    foreign = _els(tei, "//t:text//t:foreign[@xml:lang]")
    rendered = _els(page, "//i[@class='foreign'][@lang]")
    assert Counter(f.get(XML_LANG) for f in foreign) == Counter(i.get("lang") for i in rendered)


def test_turns_speakers_and_stage(case: tuple[etree._ElementTree, bytes]) -> None:
    tei, data = case
    page = _page(data)
    sps = _els(tei, "//t:text//t:sp")
    turns = _els(page, "//div[@class='sp']")
    # a turn's HTML id is its xml:id (tei-encode: the document's id, then
    # turn-N), else turn-N (hand-made files)
    expected = [sp.get(XML_ID) or f"turn-{i}" for i, sp in enumerate(sps, 1)]
    assert [t.get("id") for t in turns] == expected
    assert all(t.get("id", "").endswith(f"turn-{i}") for i, t in enumerate(turns, 1))
    for sp, turn in zip(sps, turns, strict=True):
        for speaker in sp.findall(TEI + "speaker"):
            label = _norm("".join(speaker.itertext()))
            assert any(
                _norm(b.text_content()) == label for b in _els(turn, ".//b[@class='speaker']")
            )
    narration = _els(tei, "//t:text//t:stage[@type='narration']")
    assert len(_els(page, "//*[contains(@class, 'stage narration')]")) == len(narration)
    delivery = _els(tei, "//t:text//t:stage[@type='delivery']")
    assert len(_els(page, "//*[contains(@class, 'stage delivery')]")) == len(delivery)


def test_register_links_every_mention_and_turn(case: tuple[etree._ElementTree, bytes]) -> None:
    tei, data = case
    page = _page(data)
    persons = _els(tei, "//t:listPerson/t:person")
    all_sps = _els(tei, "//t:text//t:sp")
    for person in persons:
        pid = person.get("{http://www.w3.org/XML/1998/namespace}id")
        entry = _els(page, f"//li[@id='person-{pid}']")
        assert len(entry) == 1, pid
        pointer = f"#{pid}"
        mentions = [
            p
            for p in _els(tei, "//t:text//t:persName[@ref]")
            if pointer in p.get("ref", "").split()
        ]
        turns = [s for s in _els(tei, "//t:text//t:sp") if pointer in s.get("who", "").split()]
        links = [h for h in _strs(entry[0], ".//span[@class='occurrences']/a/@href")]
        assert len([h for h in links if h.startswith("#mention-")]) == len(mentions)
        turn_ids = {s.get(XML_ID) or f"turn-{all_sps.index(s) + 1}" for s in turns}
        assert len([h for h in links if h[1:] in turn_ids]) == len(turns)
        for idno in person.findall(TEI + "idno"):
            if (idno.text or "").startswith("http"):
                assert _els(entry[0], f".//a[@href='{idno.text}']")
    in_text = _els(tei, "//t:text//t:persName[@ref]")
    assert len(_els(page, "//*[starts-with(@id, 'mention-')]")) == len(in_text)


def test_metadata_and_citation(case: tuple[etree._ElementTree, bytes]) -> None:
    tei, data = case
    page = _page(data)
    about = _norm(_els(page, "//section[@id='about']")[0].text_content())
    for path in (
        "//t:sourceDesc/t:bibl[not(@type='digital')]",
        "//t:fileDesc//t:funder",
        "//t:fileDesc//t:respStmt/t:*[not(self::t:resp)]",
        "//t:sourceDesc/t:bibl[@type='digital']/t:ptr/@target",
        "//t:publicationStmt/t:publisher",
        "//t:profileDesc/t:creation/t:date",
        "//t:settingDesc//t:placeName",
        "//t:msIdentifier/t:idno",
    ):
        for elem in _els(tei, path):
            text = elem if isinstance(elem, str) else "".join(elem.itertext())
            assert _norm(text) in about, path
    for p in _els(tei, "//t:availability/t:p"):  # a gap in the source's rights: shown as […]
        copy = etree.fromstring(etree.tostring(p))
        for gap in copy.iter(TEI + "gap"):
            gap.tail = "[…]" + (gap.tail or "")
        assert _norm("".join(copy.itertext())) in about
    cite = _norm(_els(page, "//section[@id='cite']")[0].text_content())
    bibls = _els(tei, "//t:sourceDesc/t:bibl[not(@type='digital')]")
    if bibls:
        assert _norm("".join(bibls[-1].itertext())) in cite


def test_rendering_is_deterministic(case: tuple[etree._ElementTree, bytes]) -> None:
    tei, data = case
    assert render_html(tei) == data


# The stylesheet as a publisher's tool -------------------------------------------


def test_bundled_css_is_inlined_and_in_sync() -> None:
    css = (XSLT_DIR / "tei-html.css").read_text(encoding="utf-8")
    xsl = etree.parse(str(XSLT_DIR / "css.xsl"))
    inlined = "".join(_strs(xsl, "//xsl:template[@name='css']/xsl:text/text()"))
    assert inlined == css, "css.xsl must hold a verbatim copy of tei-html.css"
    # The xml output method escapes these; in <style> they would break.
    assert not set("<>&") & set(css)
    page = _page(render_file(FIXTURES[0]))
    assert _norm(_els(page, "//style")[0].text) == _norm(css)
    assert not _els(page, "//link[@rel='stylesheet'] | //script | //img")


def test_css_can_be_linked_instead() -> None:
    page = _page(render_file(FIXTURES[0], {"css-inline": "no", "css-href": "../site.css"}))
    assert _strs(page, "//link[@rel='stylesheet']/@href") == ["../site.css"]
    assert not _els(page, "//style")


def test_labels_are_parameters() -> None:
    page = _page(
        render_file(FIXTURES[0], {"label-notes": "Anmerkungen", "edition-url": "https://x.org/e"})
    )
    assert _els(page, "//h2[@id='notes-heading']")[0].text == "Anmerkungen"
    assert "https://x.org/e" in _els(page, "//section[@id='cite']")[0].text_content()


def test_stylesheet_modules_follow_the_tei_layout() -> None:
    entry = etree.parse(str(STYLESHEET))
    assert _strs(entry, "/xsl:stylesheet/xsl:import/@href") == ["params.xsl"]
    included = _strs(entry, "/xsl:stylesheet/xsl:include/@href")
    for module in ("header.xsl", "drama.xsl", "notes.xsl", "names.xsl", "core.xsl"):
        assert module in included
    for path in XSLT_DIR.glob("*.xsl"):
        doc = etree.parse(str(path))
        assert doc.getroot().get("version") == "1.0", path.name
        text = path.read_text(encoding="utf-8")
        assert "exslt" not in text.lower() and "saxon:" not in text, path.name


def test_non_tei_document_is_refused() -> None:
    with pytest.raises(HtmlRenderError, match="not TEI"):
        render_html(parse_xml_bytes(b"<html/>"))


def test_entities_are_refused_before_rendering(tmp_path: Path) -> None:
    evil = tmp_path / "evil.xml"
    evil.write_bytes(
        b'<!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<TEI xmlns="http://www.tei-c.org/ns/1.0">&x;</TEI>'
    )
    with pytest.raises(XmlInputError):
        render_file(evil)


# Access control -------------------------------------------------------------------


@pytest.fixture
def recorded() -> Iterator[tuple[str, list[str]]]:
    with counting_server(b"<secret>from the network</secret>", "application/xml") as found:
        yield found[0] + "/doc.xml", found[1]


def _stylesheet(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "probe.xsl"
    path.write_text(
        '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"'
        ' xmlns:exsl="http://exslt.org/common" extension-element-prefixes="exsl">'
        f'<xsl:template match="/"><out>{body}</out></xsl:template></xsl:stylesheet>',
        encoding="utf-8",
    )
    return path


def test_document_on_a_url_fails(tmp_path: Path, recorded: tuple[str, list[str]]) -> None:
    http_url, hits = recorded
    probe = compile_stylesheet(
        _stylesheet(tmp_path, f"<xsl:copy-of select=\"document('{http_url}')\"/>")
    )
    with pytest.raises(HtmlRenderError, match=r"denied|refused"):
        apply_stylesheet(probe, parse_xml_bytes(b"<a/>"))
    assert hits == []


def test_the_server_is_reachable_without_the_access_control(
    recorded: tuple[str, list[str]],
) -> None:
    http_url, hits = recorded
    # Guards the test above: the URL would be read if nothing forbade it.
    from urllib.request import urlopen

    with urlopen(http_url) as response:
        assert b"secret" in response.read()
    assert hits == ["/doc.xml"]


def test_local_files_cannot_be_read_or_written(tmp_path: Path) -> None:
    secret = tmp_path / "secret.xml"
    secret.write_text("<secret/>", encoding="utf-8")
    reader = compile_stylesheet(
        _stylesheet(tmp_path, f"<xsl:copy-of select=\"document('{secret.as_uri()}')\"/>")
    )
    with pytest.raises(HtmlRenderError):
        apply_stylesheet(reader, parse_xml_bytes(b"<a/>"))
    target = tmp_path / "sub" / "written.xml"
    writer = compile_stylesheet(
        _stylesheet(tmp_path, f'<exsl:document href="{target.as_uri()}"><x/></exsl:document>')
    )
    with pytest.raises(HtmlRenderError):
        apply_stylesheet(writer, parse_xml_bytes(b"<a/>"))
    assert not target.exists() and not target.parent.exists()


# Saxon runs the same stylesheet to the same page -------------------------------------


def _canonical(data: bytes) -> str:
    """The parsed page as a canonical string: comments dropped, whitespace
    runs collapsed in text and tails; the doctype is not part of the tree."""
    root = lxml_html.document_fromstring(data)
    etree.strip_tags(root, etree.Comment)
    for elem in root.iter():
        if elem.text is not None:
            elem.text = _norm(elem.text) or None
        if elem.tail is not None:
            elem.tail = _norm(elem.tail) or None
    return etree.tostring(root, method="c14n").decode("utf-8")


@pytest.mark.parametrize("path", FIXTURES + BUILT, ids=_ids(FIXTURES + BUILT))
def test_saxon_gives_the_same_page(path: Path) -> None:
    saxonche = pytest.importorskip("saxonche")
    with saxonche.PySaxonProcessor(license=False) as proc:
        executable = proc.new_xslt30_processor().compile_stylesheet(stylesheet_file=str(STYLESHEET))
        document = proc.parse_xml(xml_file_name=str(path))
        saxon = executable.transform_to_string(xdm_node=document)
    assert saxon is not None
    ours = render_file(path)
    assert saxon.startswith("<!DOCTYPE html>")
    assert _canonical(saxon.encode("utf-8")) == _canonical(ours)
