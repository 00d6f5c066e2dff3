"""The HTML edition in a real browser: Debian's Chromium driven by Playwright.

Locally these tests skip, with the reason, when /usr/bin/chromium or
playwright is missing.  Under CI (the ``CI`` environment variable is set and
not "0"/"false") a missing browser is a failure, never a skip.

Screenshots are written to tests/artifacts/ (git-ignored).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final

import pytest
from support import built_editions

from encoder.html import render_file
from encoder.pipeline import encode_bytes

ROOT: Final = Path(__file__).resolve().parent.parent
CHROMIUM: Final = Path("/usr/bin/chromium")
ARTIFACTS: Final = ROOT / "tests" / "artifacts"
# Transcripts of other shapes, encoded here: margin numbers and pages, timestamps,
# collective speakers.
SHAPE_PAGES: Final = [
    ROOT / "tests" / "shapes" / "court" / "own-deposition-formfeed.txt",
    ROOT / "tests" / "shapes" / "timestamped" / "own-webvtt-library-board.txt",
    ROOT / "tests" / "shapes" / "collective" / "invented-town-meeting.txt",
]
# Plays: a cast list, verse numbered every fifth line, directions, acts and scenes.
PLAY_PAGES: Final = [
    ROOT / "tests" / "plays" / "own-verse-acts-scenes.txt",
    ROOT / "tests" / "plays" / "own-colon-prose.txt",
    ROOT / "tests" / "plays" / "own-names-alone.txt",
    ROOT / "tests" / "plays" / "glaspell-trifles.txt",
    ROOT / "tests" / "plays" / "shakespeare-macbeth-folio-opening.txt",
    ROOT / "tests" / "plays" / "ibsen-ghosts.txt",
    ROOT / "tests" / "plays" / "shaw-arms-and-the-man.txt",
]
PAGES: Final = sorted((ROOT / "tests" / "html_fixtures").glob("*.xml")) + built_editions()
LAUNCH_ARGS: Final = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def _missing() -> str | None:
    if not CHROMIUM.is_file() or not os.access(CHROMIUM, os.X_OK):
        return f"{CHROMIUM} is not installed (apt-get install chromium)"
    try:
        import axe_playwright_python  # type: ignore[import-untyped]  # noqa: F401
        import playwright.sync_api  # noqa: F401
    except ImportError as exc:
        return f"{exc.name} is not installed (pip install -e '.[test]')"
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    reason = _missing()
    if reason is not None:
        if _in_ci():
            pytest.fail(f"browser tests must run in CI: {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture(params=PAGES, ids=[p.name for p in PAGES])
def page(request: pytest.FixtureRequest, browser: Any, tmp_path: Path) -> Iterator[Any]:
    yield from _open(request.param, browser, tmp_path)


@pytest.fixture(
    params=PAGES + SHAPE_PAGES + PLAY_PAGES, ids=[p.name for p in PAGES + SHAPE_PAGES + PLAY_PAGES]
)
def any_page(request: pytest.FixtureRequest, browser: Any, tmp_path: Path) -> Iterator[Any]:
    """Every page, those of other transcript shapes too (they have no notes)."""
    yield from _open(request.param, browser, tmp_path)


def _open(source: Path, browser: Any, tmp_path: Path) -> Iterator[Any]:
    if source.suffix == ".txt":
        result = encode_bytes(source.read_bytes(), source.name)
        assert result.xml is not None
        encoded = tmp_path / (source.stem + ".xml")
        encoded.write_bytes(result.xml)
        source = encoded
    html = tmp_path / (source.stem + ".html")
    html.write_bytes(render_file(source))
    context = browser.new_context(viewport={"width": 1100, "height": 800})
    # The page must need nothing from the network: fail any request that is
    # not for the file itself.
    requests: list[str] = []
    context.on("request", lambda r: requests.append(r.url))
    tab = context.new_page()
    tab.goto(html.as_uri())
    tab.wait_for_load_state("load")
    tab.stem = source.stem
    try:
        yield tab
    finally:
        context.close()
    assert requests == [html.as_uri()]


def _in_viewport(tab: Any, element_id: str) -> bool:
    return bool(
        tab.evaluate(
            """id => { const r = document.getElementById(id).getBoundingClientRect();
                       return r.bottom > 0 && r.top < window.innerHeight; }""",
            element_id,
        )
    )


def _hash(tab: Any) -> str:
    return str(tab.evaluate("location.hash"))


def test_note_reference_and_back_link(page: Any) -> None:
    refs = page.locator("a[role='doc-noteref']")
    count = refs.count()
    assert count > 0
    for index in sorted({0, count // 2, count - 1}):
        ref = refs.nth(index)
        ref_id = ref.get_attribute("id")
        target = ref.get_attribute("href")
        ref.click()
        assert _hash(page) == target
        note_id = target[1:]
        assert _in_viewport(page, note_id)
        back = page.locator(f"li[id='{note_id}'] a[role='doc-backlink']")
        back.click()
        assert _hash(page) == f"#{ref_id}"
        assert _in_viewport(page, ref_id)


def test_tab_reaches_every_note_reference(page: Any) -> None:
    wanted = set(page.eval_on_selector_all("a[role='doc-noteref']", "as => as.map(a => a.id)"))
    stops = page.eval_on_selector_all("a[href], [tabindex]", "es => es.length")
    seen: set[str] = set()
    page.locator("body").focus()
    for _ in range(stops + 5):
        page.keyboard.press("Tab")
        seen.add(str(page.evaluate("document.activeElement ? document.activeElement.id : ''")))
        if wanted <= seen:
            break
    assert sorted(wanted - seen) == []


def test_axe_reports_no_violations(any_page: Any) -> None:
    from axe_playwright_python.sync_playwright import Axe  # type: ignore[import-untyped]

    results = Axe().run(any_page)
    assert len(results.response["passes"]) > 10  # axe really ran
    assert results.violations_count == 0, results.generate_report()


def test_screenshot(any_page: Any) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    target = ARTIFACTS / f"{any_page.stem}.png"
    any_page.screenshot(path=str(target), full_page=True)
    assert target.stat().st_size > 10_000


@pytest.mark.parametrize("name", ["own-deposition-formfeed", "own-webvtt-library-board"])
def test_shape_markup_is_shown(browser: Any, tmp_path: Path, name: str) -> None:
    """Times carry their value as HTML datetime; margin numbers and page breaks
    are shown but hidden from screen readers' reading of the speech."""
    (source,) = [p for p in SHAPE_PAGES if p.stem == name]
    result = encode_bytes(source.read_bytes(), source.name)
    assert result.xml is not None
    encoded = tmp_path / f"{name}.xml"
    encoded.write_bytes(result.xml)
    html = tmp_path / f"{name}.html"
    html.write_bytes(render_file(encoded))
    tab = browser.new_page()
    try:
        tab.goto(html.as_uri())
        if name == "own-webvtt-library-board":
            times = tab.eval_on_selector_all(
                "time.timestamp", "els => els.map(e => [e.getAttribute('datetime'), e.textContent])"
            )
            assert times[0] == ["PT2S", "00:00:02.000 --> 00:00:06.500"]
            assert all(value.startswith("PT") for value, _text in times)
        else:
            numbers = tab.eval_on_selector_all(
                ".line-number", "els => els.map(e => e.getAttribute('aria-hidden'))"
            )
            assert len(numbers) >= 40 and set(numbers) == {"true"}
            pages = tab.eval_on_selector_all(".pb", "els => els.map(e => e.title)")
            assert pages == ["page 12", "page 13"]
            assert tab.is_visible("text=DIRECT EXAMINATION")
    finally:
        tab.close()


def test_play_markup_is_shown(browser: Any, tmp_path: Path) -> None:
    """A play's page: the cast list, acts and scenes in the contents, verse
    lines numbered every fifth line (hidden from screen readers), stage
    directions in italics."""
    (source,) = [p for p in PLAY_PAGES if p.stem == "own-verse-acts-scenes"]
    pages = _open(source, browser, tmp_path)
    tab = next(pages)
    try:
        _check_play_page(tab)
    finally:
        pages.close()


def _check_play_page(tab: Any) -> None:
    contents = tab.eval_on_selector_all(
        "nav a", "els => els.map(e => [e.textContent, e.getAttribute('href')])"
    )
    links = dict(contents)
    for head in ("PROLOGUE", "ACT I.", "SCENE II. A room in Orsante's house.", "EPILOGUE"):
        target = links[head]
        assert tab.eval_on_selector(target, "e => e.querySelector('h3, h4').textContent") == head
    roles = tab.eval_on_selector_all(".castList .role", "els => els.map(e => e.textContent)")
    assert roles == ["ORSANTE", "LADY MIRABEL", "TOBIN", "CITIZENS of the town", "CHORUS"]
    numbers = tab.eval_on_selector_all(
        ".lineno", "els => els.map(e => [e.textContent, e.getAttribute('aria-hidden')])"
    )
    assert numbers == [["5", "true"]]
    lines = tab.eval_on_selector_all(".sp .l", "els => els.length")
    assert lines == 19
    styles = tab.eval_on_selector_all(
        ".stage", "els => els.map(e => getComputedStyle(e).fontStyle)"
    )
    assert len(styles) == 12 and set(styles) == {"italic"}
