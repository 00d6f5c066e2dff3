"""Plays, real and hand-written, in tests/plays/.

Each ``NAME.txt`` has a ``NAME.expect.json`` written by reading the text
(never from the tool's output; tests/plays/README.md says how each figure
was counted): speeches, stage directions, acts and scenes, the speeches of
each prefix, the character each prefix names, the cast, the sex the cast list
states, the prefixes that must be reported, which speeches are verse, and
the lines of a digital library's header and footer. A figure the tool does
not yet get is listed under ``known_gaps`` with the reason: a strict xfail,
so it fails loudly once fixed.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from support import find_jing, find_reference, local_ids

from encoder.drama_model import Play, iterate_speeches
from encoder.inspect import inspect_bytes
from encoder.pipeline import EncodeResult, encode_bytes
from encoder.plaintext import removed_lines, tei_to_text
from encoder.reader.profile import SHAPES
from encoder.validate import validate_tree

PLAYS = Path(__file__).resolve().parent / "plays"
NS = {"t": "http://www.tei-c.org/ns/1.0"}
CASES = sorted(p.name.removesuffix(".expect.json") for p in PLAYS.glob("*.expect.json"))


def expected(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((PLAYS / f"{name}.expect.json").read_text("utf-8"))
    return data


def _encoding(name: str) -> str | None:
    encoding = expected(name)["encoding"]
    return None if encoding == "utf-8" else str(encoding)


@cache
def encoded(name: str) -> EncodeResult:
    data = (PLAYS / f"{name}.txt").read_bytes()
    return encode_bytes(data, f"{name}.txt", encoding=_encoding(name))


@cache
def tree(name: str) -> etree._ElementTree:
    """The play's TEI with the document's id prefix taken off every id
    (``glaspell-trifles-mrs-hale`` → ``mrs-hale``, the id DraCor gives)."""
    result = encoded(name)
    assert result.tree is not None, [d.format() for d in result.diagnostics]
    return local_ids(result.tree)  # type: ignore[no-any-return]


def play(name: str) -> Play:
    result = encoded(name)
    assert result.transcript is not None and result.transcript.play is not None
    return result.transcript.play


def params(test: str) -> list[Any]:
    out = []
    for name in CASES:
        reason = expected(name).get("known_gaps", {}).get(test)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(name, id=name, marks=marks))
    return out


def tree_text(elem: etree._Element) -> etree._Element:
    text = elem.find("t:text", NS)
    assert text is not None
    return text


@pytest.mark.parametrize("name", params("speeches"))
def test_speeches(name: str) -> None:
    speeches = tree_text(tree(name).getroot()).findall(".//t:sp", NS)
    assert len(speeches) == expected(name)["speeches"]


@pytest.mark.parametrize("name", params("stage_directions"))
def test_stage_directions(name: str) -> None:
    directions = tree_text(tree(name).getroot()).findall(".//t:stage", NS)
    assert len(directions) == expected(name)["stage_directions"]


@pytest.mark.parametrize("name", params("divisions"))
def test_acts_and_scenes(name: str) -> None:
    text = tree_text(tree(name).getroot())
    want = expected(name)
    for kind, key in (("act", "acts"), ("scene", "scenes")):
        assert len(text.findall(f".//t:div[@type='{kind}']", NS)) == want[key], kind
    for kind in ("prologue", "epilogue"):
        found = text.findall(f".//t:div[@type='{kind}']", NS)
        assert len(found) == want.get(kind + "s", 0), kind
    for div in text.iter(f"{{{NS['t']}}}div"):
        if div.get("type") == "scene" and div.getparent().get("type") == "act":
            continue
        assert div.getparent().tag in (f"{{{NS['t']}}}body", f"{{{NS['t']}}}div")


@pytest.mark.parametrize("name", params("speakers"))
def test_speeches_of_each_prefix(name: str) -> None:
    got = Counter(s.name for s in iterate_speeches(play(name).body))
    assert dict(got) == expected(name)["speakers"]


@pytest.mark.parametrize("name", params("resolve"))
def test_prefixes_name_the_right_characters(name: str) -> None:
    resolve = expected(name)["resolve"]
    for speech in iterate_speeches(play(name).body):
        assert speech.who == resolve[speech.name], (speech.line, speech.prefix)
    ids = {
        p.get("{http://www.w3.org/XML/1998/namespace}id")
        for p in tree(name).getroot().iterfind(".//t:particDesc/t:listPerson/*", NS)
    }
    for sp in tree_text(tree(name).getroot()).iterfind(".//t:sp", NS):
        for who in sp.get("who", "").split():
            assert who[1:] in ids, who


@pytest.mark.parametrize("name", params("cast"))
def test_cast_list(name: str) -> None:
    want = expected(name)
    roles = tree(name).getroot().findall(".//t:castList/t:castItem/t:role", NS)
    assert len(roles) == want["cast_size"]
    people = tree(name).getroot().find(".//t:particDesc/t:listPerson", NS)
    ids = (
        {p.get("{http://www.w3.org/XML/1998/namespace}id") for p in people}
        if people is not None
        else set()
    )
    for role in roles:
        assert role.get("corresp", "")[1:] in ids
    groups = {
        g.get("{http://www.w3.org/XML/1998/namespace}id")
        for g in tree(name).getroot().iterfind(".//t:listPerson/t:personGrp", NS)
    }
    assert set(want.get("groups", [])) <= groups


@pytest.mark.parametrize("name", params("sex"))
def test_sex_only_where_the_text_states_it(name: str) -> None:
    stated = {
        p.get("{http://www.w3.org/XML/1998/namespace}id"): p.get("sex")
        for p in tree(name).getroot().iterfind(".//t:listPerson/*[@sex]", NS)
    }
    assert stated == expected(name)["sex"]


@pytest.mark.parametrize("name", params("unresolved"))
def test_unresolved_prefixes_are_reported(name: str) -> None:
    want = expected(name)
    reported = [d for d in encoded(name).diagnostics if d.code == "W701"]
    assert [re.search(r"'(.*)'|\"(.*)\"", d.message).group(0)[1:-1] for d in reported] == (  # type: ignore[union-attr]
        want["unresolved"]
    )
    warnings = sorted({d.code for d in encoded(name).diagnostics if d.code.startswith("W7")})
    assert warnings == want.get("warnings", ["W701"] if want["unresolved"] else [])
    report = inspect_bytes(
        (PLAYS / f"{name}.txt").read_bytes(), f"{name}.txt", encoding=_encoding(name)
    )
    assert sorted(report.to_json()["unresolved_prefixes"]) == sorted(want["unresolved"])


@pytest.mark.parametrize("name", params("verse"))
def test_verse_and_prose(name: str) -> None:
    want = expected(name)["verse_speeches"]
    speeches = iterate_speeches(play(name).body)
    right = sum(
        1 for s in speeches if s.verse == (want == "all" or (want != "all" and s.line in want))
    )
    assert right / len(speeches) >= 0.98, f"{right} of {len(speeches)} right"
    for sp in tree_text(tree(name).getroot()).iterfind(".//t:sp", NS):
        kinds = {etree.QName(c).localname for c in sp} & {"l", "p"}
        assert len(kinds) <= 1, "a speech is verse or prose, not both"


@pytest.mark.parametrize("name", [n for n in CASES if "parts" in expected(n)])
def test_split_verse_lines(name: str) -> None:
    parts = {
        str(t.line): t.part
        for s in iterate_speeches(play(name).body)
        for t in s.body
        if getattr(t, "part", None)
    }
    assert parts == expected(name)["parts"]


def _nonblank_in(source: list[str], ranges: list[list[int]]) -> dict[int, str]:
    return {
        n: source[n - 1].strip()
        for first, last in ranges
        for n in range(first, last + 1)
        if source[n - 1].strip()
    }


def _source_lines(name: str) -> list[str]:
    data = (PLAYS / f"{name}.txt").read_bytes()
    text = data.decode(_encoding(name) or "utf-8-sig")
    return text.replace("\r\n", "\n").split("\n")


@pytest.mark.parametrize("name", params("boilerplate"))
def test_library_header_and_footer_are_listed_not_text(name: str) -> None:
    source = _source_lines(name)
    assert removed_lines(tree(name)) == _nonblank_in(source, expected(name)["removed_lines"])


@pytest.mark.parametrize("name", params("round_trip"))
def test_round_trip(name: str) -> None:
    """Every line back, except the library's furniture; between a prefix and
    the speech on its line one space (the documented normalisation)."""
    source = _source_lines(name)
    removed = _nonblank_in(source, expected(name)["removed_lines"])
    prefixes = sorted(expected(name)["speakers"], key=len, reverse=True)
    want = []
    for number, line in enumerate(source, 1):
        line = line.strip()
        if not line or number in removed:
            continue
        for prefix in prefixes:
            head = re.match(r"_?" + re.escape(prefix) + r"_?[.:]_?\s+", line)
            if head is not None:
                line = head[0].rstrip() + " " + line[head.end() :]
                break
        want.append(line)
    back = [line for line in tei_to_text(tree(name)).splitlines() if line.strip()]
    assert back == want


@pytest.mark.parametrize("name", CASES)
def test_valid_against_the_bundled_schema(name: str) -> None:
    assert [d.format() for d in validate_tree(tree(name), f"{name}.xml")] == []


def test_plays_valid_against_tei_all(tmp_path: Path) -> None:
    rng = find_reference("TEI_ALL_RNG", "tei_all.rng")
    jing = find_jing()
    assert rng is not None and jing is not None, "jing and tei_all.rng are needed"
    files = []
    for name in CASES:
        result = encoded(name)
        assert result.xml is not None
        out = tmp_path / f"{name}.xml"
        out.write_bytes(result.xml)
        files.append(str(out))
    run = subprocess.run([*jing, str(rng), *files], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout + run.stderr


def test_header_title_author_and_source() -> None:
    root = tree("pinero-mind-the-paint-girl").getroot()
    assert root.findtext(".//t:titleStmt/t:title", namespaces=NS) == "The 'Mind the Paint' Girl"
    assert root.findtext(".//t:titleStmt/t:author", namespaces=NS) == "Arthur Pinero"
    bibl = root.find(".//t:sourceDesc/t:bibl", NS)
    assert bibl is not None
    assert bibl.findtext("t:idno[@type='gutenberg']", namespaces=NS) == "21849"
    assert [d.get("when") for d in bibl.iterfind("t:date", NS)] == ["1912", "1912"]
    macbeth = tree("shakespeare-macbeth-folio-opening").getroot()
    assert macbeth.findtext(".//t:titleStmt/t:title", namespaces=NS) == "The Tragedie of Macbeth"
    assert macbeth.findtext(".//t:titleStmt/t:author", namespaces=NS) == "William Shakespeare"


def test_the_same_play_gives_the_same_bytes() -> None:
    data = (PLAYS / "own-verse-acts-scenes.txt").read_bytes()
    assert encode_bytes(data, "a.txt").xml == encode_bytes(data, "a.txt").xml


def test_a_transcript_is_not_read_as_a_play() -> None:
    text = "Q. Where were you?\n\nA. At home.\n\nQ. Alone?\n\nA. Yes.\n\nQ. All day?\n\nA. Yes.\n"
    result = encode_bytes(text.encode(), "interview.txt")
    assert result.transcript is not None and result.transcript.play is None


@pytest.mark.parametrize(
    "source",
    sorted((PLAYS.parent / "shapes").glob("*/*.txt")),
    ids=lambda p: f"{p.parent.name}/{p.name}",
)
def test_any_transcript_read_as_a_play_is_valid_and_kept(source: Path) -> None:
    """``--shape play`` on a transcript that is no play: valid TEI, no line lost."""
    result = encode_bytes(source.read_bytes(), source.name, profile=SHAPES["play"])
    assert result.tree is not None, [d.format() for d in result.diagnostics]
    assert validate_tree(result.tree, source.name) == []
    text = source.read_bytes().decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    removed = removed_lines(result.tree)
    kept = [
        line.strip()
        for number, line in enumerate(text.split("\n"), 1)
        if line.strip() and number not in removed
    ]
    back = [line.strip() for line in tei_to_text(result.tree).split("\n") if line.strip()]
    assert len(back) == len(kept)


def test_an_abbreviation_of_another_prefix_names_the_same_character() -> None:
    """No cast list, no entrance naming him: "Ham." is the "HAMLET." of the play,
    whichever comes first; a full name no list holds is a character, not a
    warning; in a play whose prefixes are in capitals, "Splendid." on a line
    is speech, not a prefix."""
    text = (
        "ACT I\n\nHam. Who is there?\n\nHORATIO. A friend.\n\nHAMLET. Come in.\n\n"
        "Hor. I come.\n\nOSRIC. My lord.\n\nHAMLET. Again?\n\nHORATIO. Again.\n\n"
        "HAMLET. Enough.\n\nSplendid. Quite.\n"
    )
    result = encode_bytes(text.encode(), "small.txt", profile=SHAPES["play"])
    assert result.transcript is not None and result.transcript.play is not None
    who = [(s.prefix, s.who) for s in iterate_speeches(result.transcript.play.body)]
    assert who == [
        ("Ham.", "hamlet"),
        ("HORATIO.", "horatio"),
        ("HAMLET.", "hamlet"),
        ("Hor.", "horatio"),
        ("OSRIC.", "osric"),
        ("HAMLET.", "hamlet"),
        ("HORATIO.", "horatio"),
        ("HAMLET.", "hamlet"),
    ]
    assert [d.code for d in result.diagnostics if d.code.startswith("W7")] == []


def test_an_abbreviation_that_names_no_one_is_reported() -> None:
    text = "ACT I\n\nHam. Who?\n\nHamlet. I.\n\nOsr. My lord.\n\nHam. What?\n\nOsr. Sir.\n"
    result = encode_bytes(text.encode(), "osric.txt", profile=SHAPES["play"])
    assert result.transcript is not None and result.transcript.play is not None
    who = [s.who for s in iterate_speeches(result.transcript.play.body)]
    assert who == ["hamlet", "hamlet", "osr", "hamlet", "osr"]
    assert [(d.code, d.span.line) for d in result.diagnostics if d.code.startswith("W7")] == [
        ("W701", 7)
    ]


def test_a_trailing_exit_on_the_last_line_of_a_speech_is_a_direction() -> None:
    text = (
        "ACT I\n\nENTER TOM.\n\nTOM. I go, and it is done. Exit.\n\nANN. Gone.\n\n"
        "TOM. Back again. [Aside] Quietly.\n\nANN. Good.\n"
    )
    result = encode_bytes(text.encode(), "exit.txt", profile=SHAPES["play"])
    assert result.tree is not None
    stages = [
        (s.get("type"), s.text)
        for s in result.tree.getroot().iterfind(".//t:body//t:sp//t:stage", NS)
    ]
    assert stages == [("exit", "Exit."), ("delivery", "[Aside]")]
