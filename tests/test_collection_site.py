"""The collection pages build writes (index.html, people.html, search) in
Chromium: links, search, keyboard, axe. Three documents: the bundled
memorandum and two transcripts of our own, sharing a person through the
authority file."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import test_browser

from encoder.cli import main

ROOT = Path(__file__).resolve().parent.parent
# Sorted by file name the documents are: a-bridge, b-ferry, then the memorandum.
BRIDGE = (
    "HALE: The bridge opens at noon.\n\nORTIZ: Then the barges wait.\n\n"
    "HALE: Until one, when the tide turns.\n\nORTIZ: Agreed.\n"
)
FERRY = (
    "HALE: The ferry is late again.\n\nPRICE: It always is.\n\n"
    "HALE: Not on Sundays.\n\nPRICE: Even then.\n"
)
browser = test_browser.browser  # Chromium through Playwright, as for the editions

# A phrase of the third document (the memorandum), as a reader would type it
THIRD_PHRASE = "we are ready for battle"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sources = tmp_path_factory.mktemp("sources")
    (sources / "a-bridge.txt").write_text(BRIDGE, encoding="utf-8")
    (sources / "b-ferry.txt").write_text(FERRY, encoding="utf-8")
    for source in (ROOT / "sources").glob("*.txt"):
        shutil.copyfile(source, sources / source.name)
    persons = sources.parent / "persons.csv"
    persons.write_text("id,name\nhale,Margaret Hale|Hale\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    args = ["-q", "build", "--sources", str(sources), "--out", str(out), "--persons", str(persons)]
    assert main(args) == 0
    return out


@pytest.fixture
def tab(browser: Any, site: Path) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1100, "height": 800})
    requests: list[str] = []
    context.on("request", lambda r: requests.append(r.url))
    page = context.new_page()
    try:
        yield page
    finally:
        context.close()
    # nothing but the collection's own files
    assert all(url.startswith(site.as_uri() + "/") for url in requests), requests


def _open(tab: Any, site: Path, name: str) -> None:
    tab.goto((site / name).as_uri())
    tab.wait_for_load_state("load")


def _rows(tab: Any) -> list[str]:
    return [
        str(t)
        for t in tab.eval_on_selector_all(
            "#documents tbody tr:not([hidden]) td:nth-child(2)", "cs => cs.map(c => c.textContent)"
        )
    ]


def test_the_index_lists_every_document_with_its_facts(tab: Any, site: Path) -> None:
    _open(tab, site, "index.html")
    cells = tab.eval_on_selector_all(
        "#documents tbody tr", "rs => rs.map(r => Array.from(r.cells, c => c.textContent))"
    )
    assert [c[3] for c in cells] == ["4", "4", "175"]
    assert [c[1] for c in cells[:2]] == ["a-bridge", "b-ferry"]  # no title: the file name
    assert cells[0][2] == "Hale, Ortiz" and cells[1][2] == "Hale, Price"
    assert cells[2][0] == "August 1, 1958"
    assert cells[2][1].startswith("Second Conversation of N.S. Khrushchev with Mao Zedong")


def test_every_link_of_the_collection_pages_reaches_its_target(tab: Any, site: Path) -> None:
    checked = 0
    for name in ("index.html", "people.html"):
        _open(tab, site, name)
        hrefs = tab.eval_on_selector_all("a[href]", "as => as.map(a => a.getAttribute('href'))")
        for href in sorted(set(hrefs)):
            if href.startswith("http"):
                continue
            page, _, anchor = href.partition("#")
            target = site / page if page else site / name
            assert target.is_file(), href
            if anchor:
                assert f'id="{anchor}"' in target.read_text(encoding="utf-8"), href
            checked += 1
    assert checked > 10
    # and in the browser: index → edition → the edition's link to people
    _open(tab, site, "index.html")
    tab.get_by_role("link", name="a-bridge", exact=True).click()
    tab.wait_for_load_state("load")
    assert tab.url.endswith("/a-bridge.html")
    tab.get_by_role("link", name="People in all documents").click()
    tab.wait_for_load_state("load")
    assert tab.url.endswith("/people.html")


def test_the_same_person_is_one_entry_with_both_documents(tab: Any, site: Path) -> None:
    _open(tab, site, "people.html")
    hale = tab.locator("#person-hale")
    assert hale.locator("h2").text_content() == "Hale"
    assert hale.locator("li > a").all_text_contents() == ["a-bridge", "b-ferry"]
    assert hale.locator("li p a").evaluate_all("as => as.map(a => a.getAttribute('href'))") == [
        "a-bridge.html#a-bridge-turn-1",
        "a-bridge.html#a-bridge-turn-3",
        "b-ferry.html#b-ferry-turn-1",
        "b-ferry.html#b-ferry-turn-3",
    ]
    headings = tab.locator("section.person h2").all_text_contents()
    assert headings.count("Hale") == 1
    assert "Ortiz" in headings and "Price" in headings


def test_search_finds_a_phrase_of_the_third_document(tab: Any, site: Path) -> None:
    _open(tab, site, "index.html")
    tab.locator("#q").fill(THIRD_PHRASE.upper())
    tab.locator("#q").press("Enter")
    results = tab.locator("#results li")
    assert results.count() == 1
    link = results.first.locator("a")
    assert link.get_attribute("href").startswith(
        "wilson-center-1958-08-01-khrushchev-mao.html#wilson-center-1958-08-01-khrushchev-mao-turn-"
    )
    assert results.first.locator("mark").text_content().lower() == THIRD_PHRASE
    assert "1 passage found" in tab.locator("#search-status").text_content()
    link.click()
    tab.wait_for_load_state("load")
    anchor = tab.evaluate("location.hash")[1:]
    assert THIRD_PHRASE in tab.locator(f"[id='{anchor}']").text_content().lower()


def test_search_index_is_prebuilt_with_every_turn(site: Path) -> None:
    data = (site / "search-index.js").read_text(encoding="utf-8")
    index = json.loads(data.removeprefix("window.TEI_SEARCH = ").removesuffix(";\n"))
    assert [d["href"] for d in index["documents"]][:2] == ["a-bridge.html", "b-ferry.html"]
    turns = [t for t in index["turns"] if "-turn-" in t["a"]]
    assert len(turns) == 4 + 4 + 175
    ferry = [n for n, t in enumerate(index["turns"]) if "ferry" in t["t"].lower()]
    assert ferry and index["words"]["ferry"] == ferry


def test_the_pages_work_from_the_keyboard(tab: Any, site: Path) -> None:
    _open(tab, site, "index.html")
    # sort by turns, descending, with the keyboard
    turns_button = tab.get_by_role("button", name="Turns")
    turns_button.focus()
    tab.keyboard.press("Enter")
    tab.keyboard.press("Enter")
    assert tab.locator("th", has=turns_button).get_attribute("aria-sort") == "descending"
    assert _rows(tab)[0].startswith("Second Conversation")
    # filter by typing
    tab.locator("#filter").focus()
    tab.keyboard.type("ferry")
    assert _rows(tab) == ["b-ferry"]
    assert "1 of 3 documents shown" in tab.locator("#filter-status").text_content()
    # Tab from the search box reaches the search button and submits it
    tab.locator("#q").focus()
    tab.keyboard.type("tide turns")
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.textContent") == "Search"
    tab.keyboard.press("Enter")
    assert tab.locator("#results li").count() == 1
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.getAttribute('href')").startswith("a-bridge.html#")


@pytest.mark.parametrize("name", ["index.html", "people.html", "a-bridge.html"])
def test_axe_reports_no_violations(tab: Any, site: Path, name: str) -> None:
    from axe_playwright_python.sync_playwright import Axe  # type: ignore[import-untyped]

    _open(tab, site, name)
    if name == "index.html":  # with results and a sorted, filtered table
        tab.locator("#q").fill("hale")
        tab.locator("#q").press("Enter")
        tab.get_by_role("button", name="Date").click()
        tab.locator("#filter").fill("a")
    results = Axe().run(tab)
    assert len(results.response["passes"]) > 10
    assert results.violations_count == 0, results.generate_report()
