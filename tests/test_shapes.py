"""Real and hand-written transcripts of each shape, in tests/shapes/<shape>/.

Each ``NAME.txt`` has a ``NAME.expect.json`` written by reading the text
(never from the tool's output; see each folder's README): the number of
turns, the turns per label, the first and last turn, and where the shape has
them the page numbers, timestamps, collective and anonymous speakers, the
examiner and witness of "Q."/"A." turns, and strings that must not become
speakers. A transcript the tool does not yet read as expected is listed in
KNOWN_GAPS with the reason, as a strict xfail: it fails loudly once fixed.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from support import assert_valid_tei_all

from encoder.pipeline import EncodeResult, encode_bytes
from encoder.plaintext import removed_lines, tei_to_text
from encoder.validate import validate_tree

SHAPES = Path(__file__).resolve().parent / "shapes"
NS = {"t": "http://www.tei-c.org/ns/1.0"}
CASES = sorted(p.with_suffix("").with_suffix("") for p in SHAPES.glob("*/*.expect.json"))

# (test, transcript) the tool does not yet read as expected, and why: strict
# xfails, so each fails loudly once the reader gets it right.
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ("timestamps", "parliament/hansard-commons-2011-07-19-backbench"): (
        "Hansard's '2.44 pm' over a speech is kept as a time in its place (the front's"
        " start time, then a stage), as a briefing's time between turns is; the fixture"
        " counts it as the time of the speech below it (sp/@synch)"
    ),
    ("turns", "meeting/ethereum-cl-call-090-bold-times"): (
        "five labels whose closing bold is mistyped '*8' ('**Mikhail Kalinin (10:45):*8 Yea"
        " …', l.28, 32, 34, 38, 50) are not read as labels: their words go on with the turn"
        " before (21 turns, not 26)"
    ),
    ("timestamps", "meeting/ethereum-cl-call-090-bold-times"): (
        "the five '*8' labels' times are not read (21 timed turns, not 26)"
    ),
    ("turns", "interview/gcp-podcast-243-year-end"): (
        "MARK's first turn opens inside the site's shortcode ('{{< transcript \"[MUSIC"
        " PLAYING] MARK: Hey there, …', l.53) and is left as a paragraph (MARK 7, not 8)"
    ),
    ("first_last", "interview/gcp-podcast-243-year-end"): (
        "the first turn is BRIAN's: MARK's inside the shortcode (l.53) is not read"
    ),
}


def params(test: str, paths: list[Path] | None = None) -> list[Any]:
    out = []
    for path in CASES if paths is None else paths:
        name = f"{path.parent.name}/{path.name}"
        reason = KNOWN_GAPS.get((test, name))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(path, id=name, marks=marks))
    return out


def having(*keys: str) -> list[Path]:
    return [p for p in CASES if set(keys) & set(expected(p))]


@cache
def encoded(path: Path) -> EncodeResult:
    return encode_bytes(path.with_suffix(".txt").read_bytes(), f"{path.name}.txt")


def expected(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.with_suffix(".expect.json").read_text("utf-8"))
    return data


def tree(path: Path) -> etree._ElementTree:
    result = encoded(path)
    assert result.tree is not None, [d.format() for d in result.diagnostics]
    return result.tree


def label_of(sp: etree._Element) -> str:
    """The speaker's label as the expectation files key it: no timestamp, no
    delivery note, no terminator, no caption chevrons, no Markdown bold, white
    space collapsed; "" for a turn the text gives no label."""
    speaker = sp.find("t:speaker", NS)
    if speaker is None:  # a turn the text gives no label (a host resumed after a quote)
        return ""
    parts = [speaker.text or ""]
    for child in speaker:
        if etree.QName(child).localname != "time":
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    text = "".join(parts)
    text = re.sub(r"\s*-->\s*", " ", text)
    text = re.sub(r"^\s*>>>?", " ", text)  # caption chevrons (">>>": a new subject)
    text = re.sub(r'^\s*\d+\s+"([^"]+)"', r"\1", text)  # Webex: '3 "Lukas Brandt" (…)'
    text = re.sub(r"^\s*\[([^\[\]]+)\]\s*(:?)\s*$", r"\1\2", text)  # "[Ana Lima]", "[SPEAKER_00]:"
    text = re.sub(r"\((?:[^()]*)\)|\[\s*\]|\(\s*\)", " ", text)
    text = " ".join(text.split()).strip(" .:;*")  # "**Ann Roe (05:51):**" in Markdown; "GRANDE;"
    text = text.removesuffix("** -").removesuffix("**")  # "**Ann Roe** (0:05) -", "**Ann** -"
    return text


def speeches(path: Path) -> list[etree._Element]:
    return tree(path).xpath("//t:text//t:sp", namespaces=NS)  # type: ignore[no-any-return]


def first_words(sp: etree._Element, count: int) -> str:
    p = sp.find("t:p", NS)
    text = "".join(p.itertext()) if p is not None else ""
    return " ".join(text.split()[:count])


def test_every_shape_folder_has_real_and_own_transcripts() -> None:
    folders = {p.parent.name for p in CASES}
    assert {"court", "timestamped", "page-markers", "interview", "diarised"} <= folders
    for folder in folders:
        assert (SHAPES / folder / "README.md").exists(), folder


@pytest.mark.parametrize("path", params("turns"))
def test_turns_and_speakers(path: Path) -> None:
    want = expected(path)
    sps = speeches(path)
    got = Counter(label_of(sp) for sp in sps)
    assert dict(got) == want["speakers"]
    assert len(sps) == want["turns"]


@pytest.mark.parametrize("path", params("first_last"))
def test_first_and_last_turn(path: Path) -> None:
    want = expected(path)
    sps = speeches(path)
    for key, sp in (("first_turn", sps[0]), ("last_turn", sps[-1])):
        label, words = want[key]
        assert label_of(sp) == label
        count = len(words.split())
        assert " ".join(first_words(sp, count).split()) == " ".join(words.split())


@pytest.mark.parametrize("path", params("pages", having("pages")))
def test_page_breaks(path: Path) -> None:
    pages = [pb.get("n") for pb in tree(path).xpath("//t:text//t:pb", namespaces=NS)]
    assert pages == expected(path)["pages"]


@pytest.mark.parametrize("path", params("timestamps", having("timestamps")))
def test_timestamps(path: Path) -> None:
    doc = tree(path)
    stamped = doc.xpath("//t:sp[@synch]", namespaces=NS)
    assert len(stamped) == expected(path)["timestamps"]
    for sp in stamped:  # each points at a point of the timeline, with a value
        (when,) = doc.xpath(f"//t:when[@xml:id='{sp.get('synch')[1:]}']", namespaces=NS)
        assert when.get("interval") is not None or when.get("absolute") is not None


def _person_of(doc: etree._ElementTree, sp: etree._Element) -> etree._Element:
    (person,) = doc.xpath(f"//*[@xml:id='{sp.get('who')[1:]}']", namespaces=NS)
    return person  # type: ignore[no-any-return]


@pytest.mark.parametrize("path", params("groups", having("groups", "anonymous")))
def test_collective_and_anonymous_speakers(path: Path) -> None:
    doc = tree(path)
    want = expected(path)
    for sp in speeches(path):
        label = label_of(sp)
        person = _person_of(doc, sp)
        if label in want.get("groups", ()):  # collective or unidentified: never a named person
            grp = etree.QName(person).localname == "personGrp"
            assert grp or person.get("role") == "unidentified", label
        elif label in want.get("anonymous", ()):
            assert person.get("role") == "unidentified", label


@pytest.mark.parametrize("path", params("qa", having("qa")))
def test_questions_and_answers_name_examiner_and_witness(path: Path) -> None:
    doc = tree(path)
    want = expected(path)["qa"]
    for sp in speeches(path):
        label = label_of(sp)
        if label in want:
            names = " ".join(
                " ".join(n.itertext()) for n in _person_of(doc, sp).iter("{*}persName")
            )
            surname = want[label].split()[-1]
            assert surname.casefold() in names.casefold(), (label, names)
            break


@pytest.mark.parametrize("path", params("refer", having("labels_refer_to")))
def test_labels_refer_to_the_people_the_front_matter_names(path: Path) -> None:
    doc = tree(path)
    for label, name in expected(path)["labels_refer_to"].items():
        turns = [sp for sp in speeches(path) if label_of(sp) == label]
        assert turns, label
        for sp in turns:
            names = " ".join(
                " ".join(n.itertext()) for n in _person_of(doc, sp).iter("{*}persName")
            )
            assert name.split()[-1].casefold() in names.casefold(), (label, names)


@pytest.mark.parametrize("path", params("not_speakers", having("not_speakers")))
def test_headings_and_narration_are_not_speakers(path: Path) -> None:
    labels = {label_of(sp).casefold() for sp in speeches(path)}
    for text in expected(path)["not_speakers"]:
        assert text.strip(" .:,").casefold() not in labels, text


@pytest.mark.parametrize("path", params("valid"))
def test_valid_against_bundled_schema(path: Path) -> None:
    assert [d.format() for d in validate_tree(tree(path), path.name) if d.severity == "error"] == []


def _words(text: str, vtt: bool = False) -> list[str]:
    """The text as a sequence of words: white space (line ends, form feeds) set
    aside; a note body's marker joined to its text; one space after a label
    ("JS:Well" as "JS: Well"); WebVTT voice tags read as the labels they are."""
    if vtt:  # cue text: voice tags and character references; other cue markup left out
        text = re.sub(r"<v(?:\.[\w.-]+)*\s+([^>]+)>", r"\1 ", text)
        text = re.sub(r"</?(?:c|i|b|u|lang|ruby|rt)(?:\.[\w-]+)*(?:[ \t][^<>\n]*)?>", "", text)
        text = html.unescape(text.replace("</v>", " "))
    text = re.sub(r"^(\[\d{1,4}\])\s+", r"\1", text, flags=re.M)
    # an end note "3.  Text" under a "NOTES" heading comes back "[3]Text" (plaintext.py)
    text = re.sub(r"^\[(\d{1,4})\](?=\S)", r"\1. ", text, flags=re.M)
    text = re.sub(r"^([A-Z]{1,4}):(?=\S)", r"\1: ", text, flags=re.M)  # one space after a label
    # ... also after a member's seat and party: "Ann Roe (Bootle) (Lab):I beg" (README)
    text = re.sub(r"^([^\n:]{1,120}\)):(?=\S)", r"\1: ", text, flags=re.M)
    return text.split()


@pytest.mark.parametrize("path", params("round_trip"))
def test_round_trip_keeps_every_word(path: Path) -> None:
    doc = tree(path)
    # (a byte-order mark, as a word processor's export opens with, is no word)
    source = path.with_suffix(".txt").read_text("utf-8-sig")
    removed = removed_lines(doc)
    kept = "\n".join(
        line for number, line in enumerate(source.splitlines(), 1) if number not in removed
    )
    vtt = source.lstrip("\ufeff").startswith("WEBVTT")  # a byte order mark may open it
    assert _words(tei_to_text(doc), vtt) == _words(kept, vtt)


def test_shapes_valid_against_tei_all(tmp_path: Path) -> None:
    files = []
    for path in CASES:
        result = encoded(path)
        if result.xml is None:
            continue
        out = tmp_path / f"{path.parent.name}-{path.name}.xml"
        out.write_bytes(result.xml)
        files.append(out)
    assert_valid_tei_all(files)


def _windows(text: str, size: int = 6) -> set[str]:
    words = text.split()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


@pytest.mark.parametrize("path", params("header"))
def test_no_words_of_a_turn_in_the_header(path: Path) -> None:
    """Metadata is read only where metadata stands: no run of six words of any
    speech appears in the header."""
    doc = tree(path)
    header = " ".join(
        " ".join(str(t) for t in doc.xpath("//t:teiHeader//text()", namespaces=NS)).split()
    )
    if doc.xpath("//t:front/t:p[starts-with(., 'title: ')]", namespaces=NS):
        # a Markdown file's "title: …" field is the title, whatever the speech repeats
        # of it ("… Trade Representative Ambassador Katherine Tai")
        for title in doc.xpath("//t:teiHeader//t:title/text()", namespaces=NS):
            header = header.replace(" ".join(str(title).split()), "")
    spoken: set[str] = set()
    for p in doc.xpath("//t:sp/t:p", namespaces=NS):
        spoken |= _windows("".join(p.itertext()))
    assert [w for w in spoken if w in header] == []


def _plain_words(elem: etree._Element) -> str:
    return " ".join("".join(elem.itertext()).split())


@pytest.mark.parametrize("path", params("markers", having("markers")))
def test_markers_are_not_speech(path: Path) -> None:
    """Tape sides, the end of the interview, a program's notes on the recording,
    a chat's reactions, a sitting's start and close: each is encoded as
    something other than speech."""
    doc = tree(path)
    apart = " | ".join(
        _plain_words(e)
        for e in doc.xpath(
            "//t:incident | //t:stage | //t:gap | //t:vocal | //t:kinesic"
            " | //t:note[@type='editorial'] | //t:closer/t:dateline | //t:front/t:dateline",
            namespaces=NS,
        )
    )
    labels = {label_of(sp).casefold() for sp in speeches(path)}
    for marker in expected(path)["markers"]:
        written = " ".join(marker.split())
        assert written in apart, marker
        assert written.strip(" .:[]").casefold() not in labels, marker


@pytest.mark.parametrize("path", params("not_participants", having("not_participants")))
def test_people_who_made_the_record_are_not_participants(path: Path) -> None:
    doc = tree(path)
    listed = " | ".join(
        _plain_words(n)
        for n in doc.xpath("//t:listPerson[@type='participants']/*/t:persName", namespaces=NS)
    )
    for name in expected(path)["not_participants"]:
        assert name not in listed, name
