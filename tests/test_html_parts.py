"""The page made in parts (encoder/html.py ``html_writer``): the same bytes as
the whole page rendered at once, on every page the tests render."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from lxml import etree

from encoder.html import _parts, html_writer, render_html
from encoder.pipeline import encode_bytes
from encoder.xmlio import TEI_NS, parse_xml_bytes

ROOT = Path(__file__).resolve().parent.parent


def _pages() -> list[tuple[str, bytes]]:
    pages = []
    for path in sorted((ROOT / "tests").rglob("*.txt")) + sorted((ROOT / "sources").glob("*.txt")):
        xml = encode_bytes(path.read_bytes(), path.name).xml
        if xml is not None:
            pages.append((str(path.relative_to(ROOT)), xml))
    for path in sorted((ROOT / "tests" / "html_fixtures").glob("*.xml")):
        pages.append((str(path.relative_to(ROOT)), path.read_bytes()))
    return pages


def _in_parts(tree: etree._ElementTree, size: int, params: dict[str, str] | None = None) -> bytes:
    out = io.BytesIO()
    html_writer(tree, params, size)(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def pages() -> list[tuple[str, bytes]]:
    return _pages()


def test_every_page_is_the_same_in_parts(pages: list[tuple[str, bytes]]) -> None:
    split = 0
    for name, xml in pages:
        tree = parse_xml_bytes(xml)
        whole = render_html(tree)
        assert b"tei-encoder-part" not in whole, name
        for size in (1, 2, 7):
            assert _in_parts(tree, size) == whole, (name, size)
        split += any(count > 1 for _, _, count in _parts(tree.getroot()))
    # html_fixtures (2), the bundled source, the play, the shapes and fixtures
    assert len(pages) >= 60 and split >= 55, (len(pages), split)


def test_parameters_reach_every_part(pages: list[tuple[str, bytes]]) -> None:
    params = {"css-inline": "no", "label-notes": "Anmerkungen", "label-text": "Text & Ton"}
    params |= {"collection-href": "index.html", "label-mentions": "Erwähnt"}
    for name, xml in pages[::7]:
        tree = parse_xml_bytes(xml)
        assert _in_parts(tree, 1, params) == render_html(tree, params), name


def test_a_small_page_is_rendered_whole(pages: list[tuple[str, bytes]]) -> None:
    tree = parse_xml_bytes(pages[0][1])
    largest = max(count for _, _, count in _parts(tree.getroot()))
    write = html_writer(tree, None, largest)
    assert getattr(write, "__self__", None) is not None  # the result tree's write_output


def _tei(body: str) -> etree._ElementTree:
    return parse_xml_bytes(
        f'<TEI xmlns="{TEI_NS}" xml:lang="en"><teiHeader><fileDesc><titleStmt><title>T'
        f"</title></titleStmt></fileDesc></teiHeader><text><body>{body}</body></text></TEI>".encode()
    )


def test_the_largest_body_or_div_is_the_container() -> None:
    tree = _tei("<div><p>a</p></div><div><head>H</head><p>b</p><p>c</p><p>d</p></div>")
    assert _parts(tree.getroot()) == [("children", 3, 4)]
    for size in (1, 2, 3):
        assert _in_parts(tree, size) == render_html(tree)


@pytest.mark.parametrize(
    "body",
    [
        "<div>loose text<p>a</p><p>b</p><p>c</p></div>",  # text of its own is not stripped
        "<div><p>a</p><!-- c --><p>b</p><p>c</p></div>",  # a comment among the children
        "<div><p>a</p>\u00a0<p>b</p><p>c</p></div>",  # no-break space: XML does not strip it
    ],
)
def test_a_container_with_more_than_elements_stays_in_the_frame(body: str) -> None:
    tree = _tei(body)
    assert _parts(tree.getroot()) == []
    assert _in_parts(tree, 1) == render_html(tree)


def test_the_build_makes_a_large_page_in_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    import encoder.html
    from encoder.document import COLLECTION_LINKS, BuildSettings, encode_document

    source = next((ROOT / "sources").glob("*.txt"))
    whole = encode_document(source.read_bytes(), source.name, BuildSettings()).outputs
    runs: list[str] = []
    apply = encoder.html.apply_stylesheet
    monkeypatch.setattr(
        encoder.html,
        "apply_stylesheet",
        lambda t, tree, params=None: (
            runs.append((params or {}).get("part", "")) or apply(t, tree, params)
        ),
    )
    monkeypatch.setattr(encoder.html, "PART_SIZE", 16)
    parts = encode_document(source.read_bytes(), source.name, BuildSettings()).outputs
    assert parts[".html"] == whole[".html"]
    assert whole[".html"] == render_html(parse_xml_bytes(whole[".xml"]), COLLECTION_LINKS)
    # the frame, 12 runs of the 179 children of the largest div, 4 of the 53 notes,
    # 2 and 3 of the register's 18 and 48 persons
    assert runs.count("frame") == 1 and runs.count("children") == 12, runs
    assert runs.count("notes") == 4 and runs.count("register") == 5, runs
