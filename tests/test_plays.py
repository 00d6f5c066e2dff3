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
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from support import assert_valid_tei_all, local_ids

from encoder.drama_model import Play, iterate_speeches
from encoder.inspect import inspect_bytes
from encoder.pipeline import EncodeResult, encode_bytes
from encoder.plaintext import removed_lines, tei_to_text
from encoder.reader.drama import split_cast_line
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
            note = r"(?: \([^()]*\))?"  # "PETKOFF (appeasing her).--but": one space added
            head = re.match(
                r"_?" + re.escape(prefix) + r"_?" + note + r"[.:]_?(?:\s+|(?=--|\u2014))", line
            )
            if head is not None:
                rest = line[head.end() :]
                line = head[0].rstrip() + (" " + rest if rest else "")
                break
        want.append(line)
    back = [line for line in tei_to_text(tree(name)).splitlines() if line.strip()]
    assert back == want


@pytest.mark.parametrize("name", CASES)
def test_valid_against_the_bundled_schema(name: str) -> None:
    assert [d.format() for d in validate_tree(tree(name), f"{name}.xml")] == []


def test_plays_valid_against_tei_all(tmp_path: Path) -> None:
    files = []
    for name in CASES:
        result = encoded(name)
        assert result.xml is not None
        out = tmp_path / f"{name}.xml"
        out.write_bytes(result.xml)
        files.append(out)
    assert_valid_tei_all(files)


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


def _small_play(text: str) -> EncodeResult:
    result = encode_bytes(text.encode(), "small.txt", profile=SHAPES["play"])
    assert result.transcript is not None and result.transcript.play is not None
    return result


def _who(result: EncodeResult) -> list[tuple[str, str | None]]:
    assert result.transcript is not None and result.transcript.play is not None
    return [(s.name, s.who) for s in iterate_speeches(result.transcript.play.body)]


def _stages(result: EncodeResult) -> list[str]:
    assert result.tree is not None
    body = result.tree.getroot().find(".//t:body", NS)
    assert body is not None
    return [
        (s.text or "") + "".join("\n" + (c.tail or "") for c in s)  # <lb/> as a line end
        for s in body.iter(f"{{{NS['t']}}}stage")
    ]


def test_a_prefix_after_a_dash_or_with_its_stop_in_the_note_or_a_comma() -> None:
    """ "TOM.--as I said" takes up a broken sentence; "ANN (turning away.) No."
    has its stop inside the note; "TOM, Yes!" a comma for the stop."""
    text = (
        "ACT I\n\nANN. You said--\n\nTOM.--as I said, nothing.\n\n"
        "ANN (turning away.) No.\n\nTOM, Yes! I did.\n\nANN. Then go.\n\nTOM. I go.\n"
    )
    result = _small_play(text)
    assert [name for name, _who in _who(result)] == ["ANN", "TOM", "ANN", "TOM", "ANN", "TOM"]
    assert _stages(result) == ["(turning away.)"]
    back = [line for line in tei_to_text(result.tree).splitlines() if line.strip()]
    assert back[2] == "TOM. --as I said, nothing."


def test_parentheses_are_directions_in_prose_and_spoken_in_verse() -> None:
    prose = (
        "ACT I\n\nMAY. Come in, come in, the rain is coming down in earnest now and\n"
        "you are wet through. (Tom comes in.) Sit down, Tom, and (taking\nhis hat) rest.\n\n"
        "TOM. Thanks. It is a _rendezvous_ [Note: a word the translator kept] of\n"
        "the wettest kind, and the road was worse than the rain.\n\n"
        "MAY. Well, you are here now, and there is tea in the pot if you\nwant it.\n\n"
        "TOM. I want it more than I can say, May, and more than that.\n"
    )
    assert _stages(_small_play(prose)) == ["(Tom comes in.)", "(taking\nhis hat)"]
    verse = (
        "ACT I\n\n  Tom. Come, let vs goe, the Night is cold and late,\n"
        "And I (as you) am weary of the watch,\n(Sweet friend) and of the wind.\n\n"
        "  May. Stay yet a while, I haue not done with you,\n"
        "The Morning is not come, nor will it come\n"
        "Till all be told. (Enter Ned.) Who is there?\n\n  Tom. 'Tis Ned.\n"
    )
    assert _stages(_small_play(verse)) == ["(Enter Ned.)"]


def test_a_cast_entry_over_lines_its_sex_and_a_shared_surname() -> None:
    """Mrs. Bell's entry goes on over three lines (a small letter, an open
    bracket); her name says she is a woman though her description names a
    King; BELL is John, since Mary Bell has a prefix of her own."""
    text = (
        "THE BELLS\n\nTHE PERSONS\n\n  MRS. ANNA BELL, widow of a captain, once nurse to\n"
        "  the King. [Note: a title given\n  King Oscar's nurses.]\n  JOHN BELL, her son.\n"
        "  MARY BELL, a maid.\n\nACT I\n\nBELL. Mother!\n\nMARY. Hush.\n\n"
        "ANNA. Both of you, hush.\n\nBELL. Why?\n\nMARY. Listen.\n"
    )
    result = _small_play(text)
    assert _who(result) == [
        ("BELL", "john-bell"),
        ("MARY", "mary-bell"),
        ("ANNA", "mrs-anna-bell"),
        ("BELL", "john-bell"),
        ("MARY", "mary-bell"),
    ]
    root = local_ids(result.tree).getroot()
    xml_id = "{http://www.w3.org/XML/1998/namespace}id"
    sex = {p.get(xml_id): p.get("sex") for p in root.iterfind(".//t:listPerson/*", NS)}
    assert sex == {"mrs-anna-bell": "FEMALE", "john-bell": "MALE", "mary-bell": "FEMALE"}


def test_a_voice_is_the_character_it_names() -> None:
    text = (
        "ACT I\n\nA WOMAN'S VOICE (outside). Open!\n\nTOM. Who is it?\n\n"
        "WOMAN. A friend.\n\nTOM. Come in.\n\nWOMAN. Thank you.\n"
    )
    assert _who(_small_play(text)) == [
        ("A WOMAN'S VOICE", "woman"),
        ("TOM", "tom"),
        ("WOMAN", "woman"),
        ("TOM", "tom"),
        ("WOMAN", "woman"),
    ]


def test_entrances_abbreviations_and_prefixes_that_lost_their_stop() -> None:
    """ "Manet Brut. & Cass." names Brutus and Cassius of the entrance, not
    new characters; "Cas." is Cassius, who spoke last, not Caska; the name
    that ends a direction's line ("… and / Caska.") is no speech; "Caes Go"
    set in like the prefixes is Caesar's speech with its stop lost."""
    text = (
        "Actus Primus. Scoena Prima.\n\nEnter Caesar, Brutus, Cassius, and\nCaska.\n\n"
        "  Caes. Set on, my friends, and let vs to the Games.\n\n"
        "   Cask. We follow, Caesar, as you bid vs doe.\n\n"
        "   Caes. Where is Antonio?\n\n"
        "   Cask. Gone before vs, Caesar, to the Course.\n\n"
        "   Caes Go then, and leaue me heere a while alone.\n\n"
        "Exeunt. Manet Brut. & Cass.\n\n"
        "  Cassi. Will you go see the order of the course?\n"
        "  Brut. Not I, good Cassius, I am not gamesome.\n\n"
        "   Cassi. I pray you do.\n\n"
        "   Brut. I will not, Cassius.\n\n"
        "   Cas. Then I will stay with you, and speake my minde.\n\n"
        "   Bru. Speake on.\n"
    )
    assert _who(_small_play(text)) == [
        ("Caes", "caesar"),
        ("Cask", "caska"),
        ("Caes", "caesar"),
        ("Cask", "caska"),
        ("Caes", "caesar"),
        ("Cassi", "cassius"),
        ("Brut", "brutus"),
        ("Cassi", "cassius"),
        ("Brut", "brutus"),
        ("Cas", "cassius"),
        ("Bru", "brutus"),
    ]


def test_verse_lines_turned_and_short_speeches_as_their_speakers_others() -> None:
    """ "what newes?" turned under a verse line leaves the speech verse; the
    clown's one-line replies among his prose are prose, the duke's verse."""
    text = (
        "Actus Primus.\n\n"
        "  Duke. Come hither, fellow, tell me what thou knowst,\n"
        "What of the Towne, the Market, and the Court? What newes, what\n"
        "newes?\n\n"
        "   Clo. Marry sir, the Towne is full of fooles, and the\n"
        "market full of knaues, and the Court full of both, sir\n\n"
        "   Duke. And what art thou?\n"
        "  Clo. A foole sir\n\n"
        "   Duke. Then get thee gone, and take thy folly hence,\n"
        "I haue no vse for it, nor for thy tongue,\n"
        "Which wags as idly as a Weather-cocke,\n"
        "And points as many wayes. Away, I say.\n"
    )
    result = _small_play(text)
    assert result.transcript is not None and result.transcript.play is not None
    verse = [(s.name, s.verse) for s in iterate_speeches(result.transcript.play.body)]
    assert verse == [("Duke", True), ("Clo", False), ("Duke", True), ("Clo", False), ("Duke", True)]


def test_the_source_has_one_full_stop_after_a_date_that_ends_with_one() -> None:
    text = (
        "THE VISIT\n\nBy Ann Lee\n\nFirst performed at Leeds, May 1, 1901.\n\nACT I\n\n"
        "TOM. Hi there.\n\nANN. Hello.\n\nTOM. Bye now.\n\nANN. Bye.\n"
    )
    for result in (_small_play(text), encoded("glaspell-trifles")):
        assert result.tree is not None
        bibl = result.tree.getroot().find(".//t:sourceDesc/t:bibl", NS)
        assert bibl is not None and bibl.find("t:date", NS) is not None
        written = "".join(bibl.itertext())
        assert written.endswith(".") and ".." not in written, written


def test_an_introduction_is_neither_the_title_nor_a_date() -> None:
    text = (
        "INTRODUCTION\n\nThis little play was written in the winter of 1890, when its author\n"
        "lived in Leeds and taught in a school there; it was not acted until the\n"
        "spring of 1899, and then only once, by amateurs, in a hall over a shop\n"
        "that has since been pulled down. Nobody who saw it then remembers it,\n"
        "and it is printed here as it was written, with all its faults, which\n"
        "are many, and its merits, which are few, for the sake of its author.\n\n"
        "THE LAMP\n\n(1890)\n\nACT I\n\nTOM. Hi there.\n\nANN. Hello.\n\nTOM. Bye now.\n\n"
        "ANN. Bye.\n"
    )
    result = _small_play(text)
    assert result.tree is not None
    root = result.tree.getroot()
    assert root.findtext(".//t:front//t:titlePart", namespaces=NS) == "THE LAMP"
    bibl = root.find(".//t:sourceDesc/t:bibl", NS)
    assert bibl is not None
    assert [d.text for d in bibl.iterfind("t:date", NS)] == ["(1890)"]


def test_speech_in_paragraphs_under_names_alone_is_no_play() -> None:
    """A meeting's minutes or a hearing with each speaker on a line of its own
    speaks in paragraphs (long lines), in prose wrapped at the margin, or in
    short sentences a line each: a transcript, however many speeches it has."""
    paragraphs = "".join(
        f"{name}:\nThank you. I have read the report of the committee on the new bridge and I "
        f"think we should vote on it tonight, before the budget meeting.\n"
        f"Second, the parking question remains open; I move we refer it back.\n\n"
        for name in ["Councillor Vane", "Mayor Osei", "Clerk Dunmore"] * 12
    )
    wrapped = "".join(
        f"{name}:\nSo what we saw in the survey was\nthat most of the families\n"
        f"Were moving away, and\nthe schools were closing.\n\n"
        for name in ["Ines Marlow", "Tobias Reed"] * 15
    )
    sentences = "".join(
        f"{name}:\nGood evening, all.\nThe hall is booked.\nWe start with the roof.\n"
        f"Any questions?\n\n"
        for name in ["Ruth Okafor", "Dev Mistry"] * 15
    )
    for text in (paragraphs, wrapped, sentences):
        result = encode_bytes(text.encode(), "minutes.txt")
        assert result.transcript is not None and result.transcript.play is None
        assert len(result.transcript.blocks) > 0


def test_a_name_joining_word_stays_small_in_a_transcripts_register() -> None:
    text = "DUKE OF MILAN: The ships are ready.\n\nTHE LORD OF THE ISLES: Then we sail.\n"
    result = encode_bytes(text.encode(), "council.txt")
    assert result.xml is not None
    names = etree.fromstring(result.xml).xpath(
        "//t:listPerson/t:person/t:persName/text()", namespaces=NS
    )
    assert "Duke of Milan" in names and "The Lord of the Isles" in names, names
    assert not any(n.lower().startswith("of ") for n in names), names  # a title's tail is no name


def test_braces_apart_describe_their_own_roles_and_plurals_state_sex() -> None:
    """Two braces one under the other, a blank line between, are two braces:
    'Fishwives.' is the first pair's, 'Old men.' the second's; a plural in a
    description states each role's sex, a group so named claims none."""
    text = (
        "THE HARBOUR\n\nDRAMATIS PERSONAE\n\nOSRIC, a rich heiress's steward.\n"
        "MAREN, a rich heiress.\n\nTILDA, | Fishwives.\nGRETE, |\n\n"
        "AXEL,  | Old men.\nBJORN, |\n\nLADIES.\n\nACT I\n\n"
        + "".join(
            f"{name}. The tide is in and the boats are home.\n\n"
            for name in ["TILDA", "AXEL", "MAREN", "GRETE", "BJORN", "OSRIC"] * 2
        )
    )
    result = encode_bytes(text.encode(), "harbour.txt")
    assert result.transcript is not None and result.transcript.play is not None
    cast = result.transcript.play.cast
    assert cast is not None
    described = {r: e.description for e in cast.entries for r in e.roles}
    assert described["TILDA"] == described["GRETE"] == "Fishwives."
    assert described["AXEL"] == described["BJORN"] == "Old men."
    sexes = {
        p.get("{http://www.w3.org/XML/1998/namespace}id"): p.get("sex")
        for p in local_ids(result.tree).getroot().iterfind(".//t:listPerson/*", NS)
    }
    assert sexes["maren"] == "FEMALE" and sexes["osric"] is None
    assert sexes["tilda"] is None  # "Fishwives" is no word of the list
    assert sexes["axel"] == "MALE" and sexes["bjorn"] == "MALE"
    assert sexes["ladies"] is None


def test_an_actors_title_in_the_cast_list_states_no_sex_of_the_role() -> None:
    """The cast list's second column names who first played each part: 'Mr.'
    is the actor's title, not words of the role; a role's words that run on
    into a title ('MAID to Mrs. Pell') stay the role."""
    assert split_cast_line("OLD GRIMSBY        Mr. Tolland") == (
        ("OLD GRIMSBY",),
        "Mr. Tolland",
        False,
    )
    assert split_cast_line("CAPTAIN FAIRLIE Mr. Osgood")[0] == ("CAPTAIN FAIRLIE",)
    assert split_cast_line("MAID to Mrs. Pell.")[0] == ("MAID to Mrs. Pell",)
    text = (
        "THE WAGER\n\nDRAMATIS PERSONAE\n\nOLD GRIMSBY        Mr. Tolland\n"
        "NURSE              Mrs. Yelland\nLADY FAIRLIE       Mrs. Abney\n\nACT I\n\n"
        + "".join(
            f"{name}. The horses are saddled and the wager stands.\n\n"
            for name in ["OLD GRIMSBY", "NURSE", "LADY FAIRLIE"] * 3
        )
    )
    result = encode_bytes(text.encode(), "wager.txt")
    assert result.tree is not None
    sexes = {
        p.get("{http://www.w3.org/XML/1998/namespace}id"): p.get("sex")
        for p in local_ids(result.tree).getroot().iterfind(".//t:listPerson/*", NS)
    }
    assert sexes == {"old-grimsby": None, "nurse": None, "lady-fairlie": "FEMALE"}
