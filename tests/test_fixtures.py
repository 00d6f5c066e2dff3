"""Hand-written transcripts in tests/fixtures/, one feature cluster each.

Every expected value below was written by reading the fixture, not by
running the encoder. A fixture's line numbers are quoted in the comments.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path

import pytest
from lxml import etree
from support import local_ids

from encoder.pipeline import EncodeResult, encode_text

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TEI_NS = "http://www.tei-c.org/ns/1.0"
NS = {"t": TEI_NS}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


# ------------------------------------------------------------------ helpers


@cache
def encode(name: str) -> EncodeResult:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return encode_text(text, f"tests/fixtures/{name}")


def tree_of(name: str) -> etree._ElementTree:
    result = encode(name)
    assert result.tree is not None, [d.format() for d in result.diagnostics]
    return local_ids(result.tree)  # type: ignore[no-any-return]


def xp(node: etree._Element | etree._ElementTree, path: str) -> list:  # type: ignore[type-arg]
    return node.xpath(path, namespaces=NS)  # type: ignore[no-any-return]


def text_of(elem: etree._Element) -> str:
    return "".join(elem.itertext())


def whos(name: str) -> list[str]:
    return [sp.get("who") for sp in xp(tree_of(name), "//t:sp")]


def codes(name: str) -> list[tuple[str, int]]:
    return [(d.code, d.span.line) for d in encode(name).diagnostics]


def warning_codes(name: str) -> list[str]:
    return [d.code for d in encode(name).diagnostics if d.code[0] in "WE"]


def where(note: etree._Element) -> str:
    """``sp[i]/p[j]`` (1-based, counting every sp in the document) for a note
    in speech, otherwise the local name of its parent."""
    tree = note.getroottree()
    sps = xp(tree, "//t:sp")
    sp = xp(note, "ancestor::t:sp")
    if sp:
        p = xp(note, "ancestor::t:p")[0]
        paragraphs = xp(sp[0], "t:p")
        return f"sp[{sps.index(sp[0]) + 1}]/p[{paragraphs.index(p) + 1}]"
    parent = note.getparent()
    if parent.tag == f"{{{TEI_NS}}}div":
        return f"div[@type='{parent.get('type')}']"
    return etree.QName(parent).localname


def footnotes(name: str) -> dict[str, str]:
    return {n.get("n"): where(n) for n in xp(tree_of(name), "//t:text//t:note[not(@type)]")}


def supplied_reasons(name: str) -> Counter[str]:
    return Counter(s.get("reason") for s in xp(tree_of(name), "//t:text//t:supplied"))


def person_ids(name: str) -> list[str]:
    return [p.get(XML_ID) for p in xp(tree_of(name), "//t:particDesc/t:listPerson/t:person")]


def narration_outside_sp(name: str) -> list[str]:
    stages = xp(tree_of(name), "//t:stage[@type='narration']")
    assert all(not xp(s, "ancestor::t:sp") for s in stages)
    return [text_of(s) for s in stages]


def all_ids(tree: etree._ElementTree) -> set[str]:
    return {e.get(XML_ID) for e in tree.iter() if e.get(XML_ID)}


def pointers(tree: etree._ElementTree) -> list[str]:
    found: list[str] = []
    for elem in tree.iter():
        if not isinstance(elem.tag, str):
            continue
        for attr in ("who", "ref", "resp", "target", "corresp"):
            value = elem.get(attr)
            if value:
                found.extend(v[1:] for v in value.split() if v.startswith("#"))
    return found


ALL = sorted(p.name for p in FIXTURES.glob("*.txt"))
ENCODABLE = [n for n in ALL if n != "tariff_duplicate_note.txt"]


def test_there_are_enough_fixtures() -> None:
    assert len(ALL) >= 12


@pytest.mark.parametrize("name", ENCODABLE)
def test_every_pointer_resolves(name: str) -> None:
    tree = tree_of(name)
    ids = all_ids(tree)
    missing = [p for p in pointers(tree) if p not in ids]
    assert missing == []


@pytest.mark.parametrize("name", ENCODABLE)
def test_every_sp_has_speaker_first_and_who_is_a_person(name: str) -> None:
    tree = tree_of(name)
    persons = {p.get(XML_ID) for p in xp(tree, "//t:person")}
    for sp in xp(tree, "//t:sp"):
        assert sp[0].tag == f"{{{TEI_NS}}}speaker"
        assert sp.get("who")[1:] in persons


@pytest.mark.parametrize("name", ENCODABLE)
def test_encoding_is_deterministic(name: str) -> None:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    assert encode_text(text, name).xml == encode_text(text, name).xml


# ------------------------------------------------ UPPER '.' labels, initials


def test_dulles_eden_turns_and_persons() -> None:
    name = "dulles_eden_initials.txt"
    # J. F. DULLES (13), EDEN (15), PINEAU (17), J. F. DULLES (19 + 21), EDEN (23)
    assert whos(name) == ["#dulles", "#eden", "#pineau", "#dulles", "#eden"]
    # "Messrs. Dulles, Eden, and Pineau." (line 11)
    assert person_ids(name) == ["dulles", "eden", "pineau"]
    tree = tree_of(name)
    speakers = [text_of(s) for s in xp(tree, "//t:sp/t:speaker")]
    assert speakers == ["J. F. DULLES.", "EDEN.", "PINEAU.", "J. F. DULLES.", "EDEN"]
    dulles = xp(tree, "//t:person[@xml:id='dulles']/t:persName/text()")
    assert "Dulles" in dulles
    # the label's capitals are typography, not another name
    assert "J. F. Dulles" in dulles and "J. F. DULLES" not in dulles
    assert xp(tree, "(//t:sp)[1]/@who") == ["#dulles"]


def test_dulles_eden_multi_paragraph_turn() -> None:
    tree = tree_of("dulles_eden_initials.txt")
    fourth = xp(tree, "(//t:sp)[4]/t:p")
    assert [text_of(p) for p in fourth] == ["Please ask it.", "It concerns the canal, I suppose."]
    assert [len(xp(sp, "t:p")) for sp in xp(tree, "//t:sp")] == [1, 1, 1, 2, 1]


def test_dulles_eden_delivery_follows_speaker() -> None:
    tree = tree_of("dulles_eden_initials.txt")
    sp = xp(tree, "(//t:sp)[5]")[0]
    assert [etree.QName(c).localname for c in sp] == ["speaker", "stage", "p"]
    assert sp[1].get("type") == "delivery"
    assert text_of(sp[1]).startswith("(laughing)")
    assert text_of(sp[2]) == "We all know what it concerns."


def test_dulles_eden_notes_brackets_header() -> None:
    name = "dulles_eden_initials.txt"
    # [1] in the dateline (line 7), [2] after "draft" in the first turn (line 13)
    assert footnotes(name) == {"1": "dateline", "2": "sp[1]/p[1]"}
    tree = tree_of(name)
    assert text_of(xp(tree, "//t:note[@n='2']")[0]) == "The draft of the joint communique."
    assert xp(tree, "string(//t:note[@n='2']/preceding-sibling::node()[1])").endswith("draft")
    # [in London] (15), [?] (17)
    assert supplied_reasons(name) == Counter({"implied": 1, "punctuation": 1})
    assert xp(tree, "string(//t:titleStmt/t:title)") == (
        "Memorandum of a Conversation between Dulles and Eden on the Canal"
    )
    assert xp(tree, "string(//t:creation/t:date/@when)") == "1956-03-03"
    assert xp(tree, "string(//t:settingDesc//t:placeName)") == "London"
    assert narration_outside_sp(name) == []


def test_dulles_eden_diagnostics() -> None:
    name = "dulles_eden_initials.txt"
    assert ("I101", 1) in codes(name)
    assert warning_codes(name) == []
    tree = tree_of(name)
    assert "Skip to content" not in "".join(xp(tree, "//t:text//text()"))


# ------------------------------------------------------- UPPER ':' labels


def test_harbour_upper_colon_turns() -> None:
    name = "harbour_upper_colon.txt"
    assert whos(name) == ["#harris", "#o-brien", "#harris", "#o-brien", "#harris"]
    tree = tree_of(name)
    assert [text_of(s) for s in xp(tree, "//t:speaker")] == [
        "HARRIS:",
        "O'BRIEN:",
        "HARRIS:",
        "O'BRIEN:",
        "HARRIS:",
    ]
    assert [len(xp(sp, "t:p")) for sp in xp(tree, "//t:sp")] == [1, 1, 1, 2, 1]
    # no footnotes at all: no note, no notes div
    assert xp(tree, "//t:text//t:note") == []
    assert xp(tree, "//t:div[@type='notes']") == []
    assert warning_codes(name) == []
    assert (
        xp(tree, "string(//t:titleStmt/t:title)") == "Interview with a Harbour Pilot on the River"
    )


def test_harbour_apostrophe_name_is_not_miscased() -> None:
    tree = tree_of("harbour_upper_colon.txt")
    names = xp(tree, "//t:person/t:persName/text()")
    assert "O'brien" not in names


# -------------------------------------------------- mixed-case 'Name:' labels


def test_lindqvist_mixed_case_labels() -> None:
    name = "lindqvist_mixed_case.txt"
    # the title names her: her id is her full name's
    assert whos(name) == [
        "#interviewer",
        "#margaret-lindqvist",
        "#interviewer",
        "#margaret-lindqvist",
        "#interviewer",
    ]
    tree = tree_of(name)
    assert [text_of(s) for s in xp(tree, "//t:speaker")][:2] == ["Interviewer:", "Lindqvist:"]
    assert text_of(xp(tree, "(//t:sp)[2]/t:p")[0]) == (
        "In Uppsala, in 1921. We moved to Minnesota when I was four."
    )
    assert xp(tree, "string(//t:creation/t:date/@when)") == "1987-06-12"
    assert warning_codes(name) == []


# ------------------------------------------------------- reported speech


def test_reported_speech_is_narration() -> None:
    name = "harbour_committee_reported.txt"
    # SMITH (5), JONES (7), [SMITH says … (9) is narration], PATEL (11), SMITH (13)
    assert whos(name) == ["#smith", "#jones", "#patel", "#smith"]
    assert narration_outside_sp(name) == [
        "SMITH says that the dredging report has not yet arrived."
    ]
    tree = tree_of(name)
    stage = xp(tree, "//t:stage[@type='narration']")[0]
    assert xp(stage, "string(preceding-sibling::t:sp[1]/@who)") == "#jones"
    assert xp(stage, "string(following-sibling::t:sp[1]/@who)") == "#patel"
    refs = xp(stage, "t:persName")
    assert [(text_of(r), r.get("ref")) for r in refs] == [("SMITH", "#smith")]


def test_inline_participants_list() -> None:
    name = "harbour_committee_reported.txt"
    # "Present: Mr. Smith, Mr. Jones, and Mrs. Patel." (line 3)
    assert person_ids(name) == ["smith", "jones", "patel"]
    tree = tree_of(name)
    refs = xp(tree, "//t:div[@type='participants']//t:persName/@ref")
    assert refs == ["#smith", "#jones", "#patel"]
    assert warning_codes(name) == []


# -------------------------------------------------------------- brackets


def test_bracket_kinds() -> None:
    name = "kovalenko_brackets.txt"
    assert whos(name) == ["#kovalenko", "#marchetti", "#kovalenko", "#marchetti", "#kovalenko"]
    # [The Diplomatic World] gloss (3); [?] (5); [house] implied + [dom] original (7);
    # [editors] implied (9); the original's words are the translator's note, not
    # supplied words: nothing is missing from the source there
    assert supplied_reasons(name) == Counter({"gloss": 1, "punctuation": 1, "implied": 2})
    tree = tree_of(name)
    implied = [text_of(s) for s in xp(tree, "//t:supplied[@reason='implied']")]
    assert implied == ["house", "editors"]
    original = xp(tree, "//t:note[@type='original-wording']")[0]
    assert (original.get("place"), original.get("rend")) == ("inline", "brackets")
    assert xp(original, "string(t:foreign)") == "dom"
    assert xp(original, "string(preceding-sibling::t:supplied[1])") == "house"
    gloss = xp(tree, "//t:supplied[@reason='gloss']")[0]
    assert xp(gloss, "string(t:gloss)") == "The Diplomatic World"
    foreign = xp(gloss, "preceding-sibling::t:foreign[1]")[0]
    assert text_of(foreign) == "Le monde diplomatique"
    assert where(gloss) == "sp[1]/p[1]"
    assert where(xp(tree, "//t:supplied[@reason='punctuation']")[0]) == "sp[2]/p[1]"
    assert warning_codes(name) == []


def test_editorial_remarks() -> None:
    tree = tree_of("kovalenko_brackets.txt")
    notes = xp(tree, "//t:text//t:note[@type='editorial']")
    assert [where(n) for n in notes] == ["sp[3]/p[1]", "sp[4]/p[1]"]
    assert [n.get("rend") for n in notes] == ["brackets", "parentheses"]
    assert text_of(notes[0]) == "Actually, in May. – J.S."
    assert text_of(notes[1]) == "a typo; read Iran. – J.S. & K.L."
    first = notes[0].get("resp").split()
    second = notes[1].get("resp").split()
    assert len(first) == 1
    assert len(second) == 2
    assert second[0] == first[0]
    # each resp names a respStmt of the source's description whose name is the initials
    for pointer, initials in ((second[0], "J.S."), (second[1], "K.L.")):
        stmt = xp(tree, f"//t:sourceDesc/t:bibl/t:respStmt[@xml:id='{pointer[1:]}']")
        assert len(stmt) == 1
        assert initials in text_of(stmt[0])
    # editorial notes are not footnotes
    assert footnotes("kovalenko_brackets.txt") == {}


def test_original_title_glosses() -> None:
    name = "press_title_glosses.txt"
    tree = tree_of(name)
    glosses = xp(tree, "//t:supplied[@reason='gloss']")
    first = glosses[0]
    assert xp(first, "string(t:gloss)") == "People's Daily"
    assert xp(first, "string(preceding-sibling::t:foreign[1])") == "Renmin ribao"


def test_one_word_original_title_glosses() -> None:
    tree = tree_of("press_title_glosses.txt")
    pairs = [
        (xp(g, "string(preceding-sibling::t:foreign[1])"), xp(g, "string(t:gloss)"))
        for g in xp(tree, "//t:supplied[@reason='gloss']")
    ]
    assert pairs == [("Renmin ribao", "People's Daily"), ("Pravda", "Truth"), ("Izvestiia", "News")]


# -------------------------------------------------------------- delivery


def test_delivery_in_labels_and_speech() -> None:
    name = "walters_green_delivery.txt"
    assert whos(name) == ["#walters", "#green", "#walters", "#green"]
    tree = tree_of(name)
    sps = xp(tree, "//t:sp")
    for index, expected in ((0, "(laughing)"), (2, "(after a pause)")):
        sp = sps[index]
        assert text_of(sp[0]) == "WALTERS"
        assert sp[1].tag == f"{{{TEI_NS}}}stage"
        assert sp[1].get("type") == "delivery"
        assert text_of(sp[1]).startswith(expected)
    # "(Pause)" inside GREEN's speech (line 3) is an inline delivery stage
    inline = xp(sps[1], "t:p/t:stage[@type='delivery']")
    assert [text_of(s) for s in inline] == ["(Pause)"]
    assert text_of(xp(sps[1], "t:p")[0]) == "Because it is always true. (Pause). Shall we begin?"
    assert text_of(xp(sps[2], "t:p")[0]) == "Yes."
    assert xp(tree, "//t:stage[@type='narration']") == []


# ---------------------------------------------------------- no labels


def test_no_speaker_labels() -> None:
    name = "printing_works_no_labels.txt"
    tree = tree_of(name)
    assert xp(tree, "//t:sp") == []
    assert xp(tree, "string(//t:titleStmt/t:title)") == "Notes on a Visit to the Printing Works"
    paragraphs = [text_of(p) for p in xp(tree, "//t:body//t:p")]
    assert paragraphs == [
        "The visitors arrived at ten o'clock and were shown the composing room.",
        "The manager explained that the new presses had come from Leipzig in 1957.",
        "After lunch the group went on to the bindery.",
    ]
    assert xp(tree, "//t:particDesc") == []
    assert not encode(name).diagnostics or all(d.code[0] != "E" for d in encode(name).diagnostics)


# ---------------------------------------------------------- footnotes


def test_anchor_without_body() -> None:
    name = "ghent_anchor_without_body.txt"
    assert whos(name) == ["#adams", "#baker", "#adams", "#baker"]
    assert footnotes(name) == {"1": "sp[1]/p[1]"}
    line = (FIXTURES / name).read_text(encoding="utf-8").splitlines()[0]
    diags = [d for d in encode(name).diagnostics if d.code == "W201"]
    assert [(d.span.line, d.span.col) for d in diags] == [(1, line.index("[2]") + 1)]
    tree = tree_of(name)
    p = xp(tree, "(//t:sp)[1]/t:p")[0]
    assert text_of(p).endswith("It ended the war.[2]")
    assert warning_codes(name) == ["W201"]


def test_body_without_anchor() -> None:
    name = "vote_body_without_anchor.txt"
    assert whos(name) == ["#clark", "#davis", "#clark", "#davis"]
    # [1] anchored after "Thursday." (line 1); [2] (line 11) has no anchor
    assert footnotes(name) == {"1": "sp[1]/p[1]", "2": "div[@type='notes']"}
    tree = tree_of(name)
    end = xp(tree, "//t:note[@n='2']")[0]
    assert end.get("place") == "end"
    assert text_of(end) == "This note has no anchor."
    assert xp(end, "ancestor::t:back")
    assert [(c, ln) for c, ln in codes(name) if c[0] in "WE"] == [("W202", 11)]


def test_duplicate_note_number_is_an_error() -> None:
    result = encode("tariff_duplicate_note.txt")
    assert result.xml is None
    assert result.tree is None
    errors = [(d.code, d.span.line) for d in result.diagnostics if d.severity.value == "error"]
    # the second body [1] is on line 11
    assert errors == [("E203", 11)]
    assert "9" in next(d.message for d in result.diagnostics if d.code == "E203")


# ------------------------------------------- participants, archive, rights


def test_rearmament_turns_and_participants() -> None:
    name = "rearmament_metadata.txt"
    assert whos(name) == ["#acheson", "#bevin", "#schuman", "#acheson"]
    assert person_ids(name) == ["acheson", "bevin", "schuman"]
    tree = tree_of(name)
    div = xp(tree, "//t:front/t:div[@type='participants']")
    assert len(div) == 1
    assert text_of(xp(div[0], "t:head")[0]) == "Present:"
    assert xp(div[0], ".//t:persName/@ref") == ["#acheson", "#bevin", "#schuman"]
    assert xp(tree, "string(//t:creation/t:date/@when)") == "1950-09-14"


def test_rearmament_archival_citation() -> None:
    tree = tree_of("rearmament_metadata.txt")
    # the archival original of the digital copy that was transcribed
    ident = xp(
        tree, "//t:sourceDesc/t:bibl[@type='digital']/t:relatedItem/t:msDesc/t:msIdentifier"
    )[0]
    assert xp(ident, "string(t:repository)") == "NARA"
    assert xp(ident, "string(t:collection)") == "59"
    idnos = [(i.get("type"), text_of(i)) for i in xp(ident, "t:idno")]
    assert ("box", "4012") in idnos
    assert ("folder", "7") in idnos
    assert "Typescript" in xp(tree, "string(//t:msDesc/t:physDesc)")
    bibls = [text_of(b) for b in xp(tree, "//t:sourceDesc/t:bibl[@type='archival']")]
    assert "NARA. Record Group 59. Box 4012. Folder 7. Typescript." in bibls
    translation = xp(tree, "//t:sourceDesc/t:bibl/t:respStmt[t:resp='translation']")
    assert [text_of(r).strip().endswith("Pierre Lavalle") for r in translation] == [True]
    # the citation line itself stays in the text
    text = "".join(xp(tree, "//t:text//text()"))
    assert "NARA. Record Group 59. Box 4012. Folder 7. Typescript." in text


def test_rearmament_rights_doctype_boilerplate() -> None:
    name = "rearmament_metadata.txt"
    tree = tree_of(name)
    # the source's rights text describes the source, not this file
    assert xp(tree, "//t:publicationStmt/t:availability") == []
    availability = text_of(xp(tree, "//t:sourceDesc/t:bibl/t:availability")[0])
    assert "welcomes reuse of these materials" in availability
    assert xp(tree, "//t:textClass//t:term/text()") == ["Memorandum of Conversation"]
    boiler = {n.get("n"): text_of(n) for n in xp(tree, "//t:notesStmt/t:note[@type='boilerplate']")}
    assert boiler == {"1": "Skip to content", "29": "Record ID"}
    text = "".join(xp(tree, "//t:text//text()"))
    assert "Record ID" not in text
    assert "Skip to content" not in text
    lines = (FIXTURES / name).read_text(encoding="utf-8").splitlines()
    col = lines[24].index("[email protected]") + 1
    found = [(d.code, d.span.line, d.span.col) for d in encode(name).diagnostics]
    assert ("W301", 25, col) in found
    assert ("I101", 1, 1) in found
    assert ("I101", 29, 1) in found
    assert warning_codes(name) == ["W301"]
    # the artefact is kept as written
    assert "[email protected]" in text


# --------------------------------------------------- multi-paragraph turns


def test_multi_paragraph_turns_and_narration() -> None:
    name = "dam_multi_paragraph.txt"
    assert whos(name) == ["#ferguson", "#lopez", "#ferguson", "#lopez", "#ferguson"]
    tree = tree_of(name)
    assert [len(xp(sp, "t:p")) for sp in xp(tree, "//t:sp")] == [3, 1, 1, 2, 1]
    assert [text_of(p) for p in xp(tree, "(//t:sp)[1]/t:p")] == [
        "Let me describe the site first.",
        "The river is narrow there, about forty metres.",
        "The rock on both banks is granite, which suits us.",
    ]
    assert narration_outside_sp(name) == ["They study the drawings."]
    stage = xp(tree, "//t:stage[@type='narration']")[0]
    assert len(xp(stage, "preceding-sibling::t:sp")) == 3
    assert len(xp(stage, "following-sibling::t:sp")) == 2
    assert text_of(xp(tree, "(//t:sp)[4]/t:p")[1]) == "We would have put it on the right."
    assert warning_codes(name) == []


# ------------------------------------------------- register edge cases


def test_short_first_turn_after_participants_keeps_all_turns() -> None:
    name = "committee_short_first_turn.txt"
    # SMITH (7), JONES (9), PATEL (11), SMITH (13): four turns whatever their length
    tree = tree_of(name)
    turns = [(xp(sp, "string(t:speaker)"), xp(sp, "string(t:p)")) for sp in xp(tree, "//t:sp")]
    assert turns[-3:] == [
        ("JONES.", "Yes, we can start with the water rates."),
        ("PATEL.", "No objection."),
        ("SMITH.", "Closed."),
    ]


def test_short_first_turn_after_participants() -> None:
    name = "committee_short_first_turn.txt"
    assert len(xp(tree_of(name), "//t:sp")) == 4
    assert xp(tree_of(name), "string((//t:sp)[1]/t:p)") == "Open."
    assert len(person_ids(name)) == 3


def test_honorific_on_every_list_item_is_dropped() -> None:
    ids = person_ids("committee_short_first_turn.txt")
    assert ids[:3] == ["smith", "jones", "patel"]


def test_same_surname_different_initials_are_two_persons() -> None:
    name = "dulles_brothers.txt"
    assert len(person_ids(name)) == 2
    whos_ = whos(name)
    assert whos_[0] == whos_[2]
    assert whos_[0] != whos_[1]


def test_same_surname_turns_are_kept() -> None:
    name = "dulles_brothers.txt"
    tree = tree_of(name)
    speakers = [text_of(s) for s in xp(tree, "//t:speaker")]
    assert speakers == ["J. F. DULLES.", "A. W. DULLES.", "J. F. DULLES."]
