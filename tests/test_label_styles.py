"""Label styles beyond the memorandum's: titles before upper-case names, as
in congressional hearings ("Senator MORSE.", "The CHAIRMAN.", "Mr. HERTER said")."""

from __future__ import annotations

from pathlib import Path

from lxml import etree
from support import local_ids

from encoder.pipeline import encode_bytes

FIXTURE = Path(__file__).parent / "fixtures" / "senate_hearing_titles.txt"
NS = {"t": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def _tree() -> etree._ElementTree:
    result = encode_bytes(FIXTURE.read_bytes(), FIXTURE.name)
    assert result.tree is not None, [d.format() for d in result.diagnostics]
    return local_ids(result.tree)  # type: ignore[no-any-return]


def test_titled_labels_are_turns_of_one_person_each() -> None:
    tree = _tree()
    who = [sp.get("who") for sp in tree.iterfind(".//t:sp", NS)]
    assert who == [
        "#chairman",
        "#herter",
        "#morse",
        "#herter",
        "#morse",
        "#chairman",
        "#morse",
    ]
    speakers = [s.text for s in tree.iterfind(".//t:speaker", NS)]
    assert speakers[:3] == ["The CHAIRMAN.", "Secretary HERTER.", "Senator MORSE."]
    ids = [p.get(XML_ID) for p in tree.iterfind(".//t:particDesc//t:person", NS)]
    assert ids == ["chairman", "herter", "morse"]


def test_delivery_after_titled_label() -> None:
    sp = _tree().findall(".//t:sp", NS)[4]
    assert [c.tag.split("}")[1] for c in sp] == ["speaker", "stage", "p"]
    assert sp[0].text == "Senator MORSE"
    assert sp[1].text == "(laughing)."


def test_reported_speech_with_title_is_narration_of_that_person() -> None:
    tree = _tree()
    stages = tree.findall(".//t:div/t:stage[@type='narration']", NS)
    assert len(stages) == 1
    name = stages[0].find("t:persName", NS)
    assert name is not None
    assert (name.text, name.get("ref")) == ("Mr. HERTER", "#herter")


def test_titles_alone_are_not_tagged_as_persons() -> None:
    tree = _tree()
    tagged = [p.text for p in tree.iterfind(".//t:body//t:p/t:persName", NS)]
    for word in ("The", "Secretary", "Senator"):
        assert word not in tagged
    note = tree.find(".//t:note[@n='1']", NS)
    assert note is not None and note.find("t:persName", NS) is None


def _source_bibl(tree: etree._ElementTree) -> etree._Element | None:
    """The source named by a "Source:" line: a bibl of sourceDesc without a type."""
    found = tree.xpath("//t:sourceDesc/t:bibl[not(@type)]", namespaces=NS)
    return found[0] if found else None  # type: ignore[no-any-return]


def _frus() -> etree._ElementTree:
    path = FIXTURE.parent / "frus_style_memcon.txt"
    result = encode_bytes(path.read_bytes(), path.name)
    assert result.tree is not None, [d.format() for d in result.diagnostics]
    return local_ids(result.tree)  # type: ignore[no-any-return]


def test_frus_style_metadata_lines() -> None:
    tree = _frus()
    # no title line: the document type and the SUBJECT line make the title
    title = tree.find(".//t:titleStmt/t:title", NS)
    assert title is not None and title.text == "Memorandum of Conversation: Austrian State Treaty"
    # "Washington, May 17, 1955": place first, then the date
    date = tree.find(".//t:profileDesc/t:creation/t:date", NS)
    assert date is not None and date.get("when") == "1955-05-17"
    place = tree.find(".//t:settingDesc/t:setting/t:placeName", NS)
    assert place is not None and place.text == "Washington"
    terms = [t.text for t in tree.iterfind(".//t:keywords/t:term", NS)]
    assert terms == ["Memorandum of Conversation", "Austrian State Treaty"]
    bibl = _source_bibl(tree)
    assert bibl is not None and bibl.text == "Eisenhower Library, Whitman File, Box 12"
    # the lines themselves stay in the text, in order
    front = [("".join(e.itertext())) for e in tree.find(".//t:front", NS)][:4]  # type: ignore[union-attr]
    assert front == [
        "Memorandum of Conversation",
        "Washington, May 17, 1955",
        "SUBJECT: Austrian State Treaty",
        "Source: Eisenhower Library, Whitman File, Box 12",
    ]


def test_frus_style_participants_with_titles() -> None:
    tree = _frus()
    ids = [p.get(XML_ID) for p in tree.iterfind(".//t:particDesc//t:person", NS)]
    assert ids == ["president", "dulles", "bohlen"]
    who = [sp.get("who") for sp in tree.iterfind(".//t:sp", NS)]
    assert who == ["#dulles", "#president", "#dulles"]
    tagged = [(p.text, p.get("ref")) for p in tree.iterfind(".//t:front//t:persName", NS)]
    assert ("Dulles", "#dulles") in tagged and ("Bohlen", "#bohlen") in tagged


def _encode_fixture(name: str) -> etree._ElementTree:
    path = FIXTURE.parent / name
    result = encode_bytes(path.read_bytes(), path.name)
    assert result.tree is not None, [d.format() for d in result.diagnostics]
    return local_ids(result.tree)  # type: ignore[no-any-return]


def test_web_copy_without_blank_lines() -> None:
    """One line per paragraph and no blank lines: page furniture is removed line
    by line, the metadata lines are read, every Q/A line is a turn."""
    tree = _encode_fixture("web_copy_short_lines.txt")
    removed = [n.get("n") for n in tree.iterfind(".//t:notesStmt/t:note", NS)]
    assert removed == ["1", "2", "3", "4", "5", "6", "7", "8", "16", "17"]
    title = tree.find(".//t:titleStmt/t:title", NS)
    assert title is not None and title.text == "Interview with Ambassador Ruth Calloway"
    date = tree.find(".//t:creation/t:date", NS)
    assert date is not None and date.get("when") == "1998-07-08"
    resp = [
        (r.findtext("t:resp", namespaces=NS), r.findtext("t:persName", namespaces=NS))
        for r in tree.iterfind(".//t:sourceDesc/t:bibl[@type='digital']/t:respStmt", NS)
    ]
    assert ("interviewer", "Charles Kennedy") in resp
    who = [sp.get("who") for sp in tree.iterfind(".//t:sp", NS)]
    # the ids are the names': hers the title's, his the interviewer line's
    assert who == ["#charles-kennedy", "#ruth-calloway", "#charles-kennedy", "#ruth-calloway"]
    # "Interviewer: Charles Kennedy" names the speaker labelled "Q:"
    interviewer = tree.find(".//t:particDesc//t:person", NS)
    assert interviewer is not None and interviewer.get(XML_ID) == "charles-kennedy"
    assert [n.text for n in interviewer.findall("t:persName", NS)] == ["Charles Kennedy", "Q"]


def test_hard_wrapped_lines_are_joined_into_paragraphs() -> None:
    tree = _encode_fixture("hard_wrapped_72.txt")
    sps = tree.findall(".//t:sp", NS)
    # the title names the narrator: her id is her full name's
    assert [sp.get("who") for sp in sps] == ["#beck", "#helen-marsh", "#beck", "#helen-marsh"]
    first = sps[0].find("t:p", NS)
    assert first is not None
    assert "".join(first.itertext()) == (
        "Dr. Marsh, you came to the laboratory in 1948, when the place was still a "
        "collection of temporary buildings. What was it like to work there in those "
        "first years?"
    )
    assert [len(sp.findall("t:p", NS)) for sp in sps] == [1, 1, 1, 1]


def test_audience_reactions_and_transcriber_remarks() -> None:
    tree = _encode_fixture("debate_audience_remarks.txt")
    sps = tree.findall(".//t:sp", NS)
    assert [sp.get("who") for sp in sps] == [
        "#moderator",
        "#hale",
        "#moderator",
        "#byrne",
        "#hale",
        "#byrne",
    ]
    # unsigned remarks: editorial notes, not words supplied by an editor; no
    # translator is named, so those responsible for the source made them
    remarks = [
        (n.text, n.get("rend"), n.get("resp"))
        for n in tree.iterfind(".//t:note[@type='editorial']", NS)
    ]
    assert remarks == [
        ("sic", "brackets", "#source"),
        ("inaudible", "brackets", "#source"),
    ]
    # "[00:00:12]" in speech is a time of the recording, on the timeline
    (time,) = tree.iterfind(".//t:sp/t:p/t:time", NS)
    assert (time.text, time.get("synch")) == ("00:00:12", "#time-1")
    (when,) = tree.xpath("//t:timeline/t:when[@xml:id='time-1']", namespaces=NS)
    assert when.get("interval") == "12"
    assert tree.find(".//t:supplied", NS) is None
    # "(Laughter.)" is a delivery note; "(IAEA)" and "(Hammarskjold)" are speech
    hale = "".join(sps[1].find("t:p", NS).itertext())  # type: ignore[union-attr]
    assert "(IAEA)" in hale and "(Hammarskjold)" in hale
    stages = [s.text for s in sps[1].iterfind(".//t:stage", NS)]
    assert stages == ["(Laughter.)"]
    # lines that are only a reaction or a remark stand between the turns
    between = [s.text for s in tree.iterfind(".//t:div[@type='conversation']/t:stage", NS)]
    assert between == ["(Applause.)", "[Discussion off the record.]"]


def test_mr_and_mrs_with_one_surname_are_two_people() -> None:
    tree = _encode_fixture("mr_and_mrs_smith.txt")
    who = [sp.get("who") for sp in tree.iterfind(".//t:sp", NS)]
    assert who == ["#smith", "#mrs-smith", "#jones", "#smith"]
    head = [(p.text, p.get("ref")) for p in tree.iterfind(".//t:front//t:head/t:persName", NS)]
    assert head == [("Mr. Smith", "#smith"), ("Mrs. Smith", "#mrs-smith"), ("Mr. Jones", "#jones")]
    participants = tree.findall(".//t:particDesc//t:person", NS)
    assert len(participants) == 3


def test_a_mixed_case_label_seen_once_is_a_turn_among_recurring_speakers() -> None:
    tree = _encode_fixture("interview_once_colon_label.txt")
    who = [sp.get("who") for sp in tree.iterfind(".//t:sp", NS)]
    assert who == ["#interviewer", "#smith", "#interviewer", "#smith", "#mrs-smith", "#interviewer"]


def test_third_person_line_about_a_participant_is_narration() -> None:
    tree = _encode_fixture("minutes_narration_and_credit.txt")
    who = [sp.get("who") for sp in tree.iterfind(".//t:sp", NS)]
    assert who == ["#khrushchev", "#bulganin", "#khrushchev", "#mikoyan"]
    (stage,) = tree.findall(".//t:div[@type='conversation']/t:stage", NS)
    assert "".join(stage.itertext()).startswith("Comrade Khrushchev then spoke")
    name = stage.find("t:persName", NS)
    assert name is not None and name.get("ref") == "#khrushchev"


def test_translator_credit_on_its_own_line() -> None:
    tree = _encode_fixture("minutes_narration_and_credit.txt")
    resp = [
        (r.findtext("t:resp", namespaces=NS), r.findtext("t:persName", namespaces=NS))
        for r in tree.iterfind(".//t:sourceDesc/t:bibl[@type='digital']/t:respStmt", NS)
    ]
    assert ("translation", "Jane Doe") in resp
    # "from the Russian": the original's language is known
    credit = tree.find(".//t:front/t:p/t:persName", NS)
    assert credit is not None and credit.text == "Jane Doe"


def test_minutes_without_turns_keep_their_order_and_are_paragraphs() -> None:
    path = FIXTURE.parent / "cabinet_minutes_no_turns.txt"
    result = encode_bytes(path.read_bytes(), path.name)
    tree = local_ids(result.tree)
    assert tree is not None
    assert [d.code for d in result.diagnostics if d.code.startswith("W")] == ["W105"]
    front = [e.tag.split("}")[1] for e in tree.find(".//t:front", NS)]  # type: ignore[union-attr]
    assert front == ["docTitle", "div"]  # "CABINET": a heading in capitals is the title
    body = tree.find(".//t:body/t:div", NS)
    assert body is not None and [e.tag.split("}")[1] for e in body] == ["p", "p"]
    assert tree.find(".//t:stage", NS) is None and tree.find(".//t:sp", NS) is None


def test_participants_one_per_line_with_roles() -> None:
    tree = _encode_fixture("participants_with_roles.txt")
    people = {
        p.get(XML_ID): p.findtext("t:note", namespaces=NS)
        for p in tree.iterfind(".//t:particDesc//t:person", NS)
    }
    assert people == {
        "president": None,
        "dulles": "Secretary of State",
        "bohlen": "U.S. Ambassador to the USSR",
        "bulganin": "Chairman of the Council of Ministers",
    }
    who = [sp.get("who") for sp in tree.iterfind(".//t:sp", NS)]
    assert who == ["#president", "#bulganin", "#president", "#bulganin"]
    place = tree.find(".//t:settingDesc//t:placeName", NS)
    assert place is not None and place.text == "Geneva"


def test_a_bracketed_spelling_of_a_whole_name_is_not_a_gloss() -> None:
    text = (
        "SMITH. Liu Shaoqi [Liu Shao-chi] came, and Pravda [Truth] wrote.\n\n"
        "JONES. Yes.\n\nSMITH. No.\n\nJONES. Yes.\n"
    )
    result = encode_bytes(text.encode(), "g.txt")
    assert result.tree is not None
    foreign = [f.text for f in result.tree.iterfind(".//t:foreign", NS)]
    assert foreign == ["Pravda"]
    supplied = [
        (s.get("reason"), "".join(s.itertext())) for s in result.tree.iterfind(".//t:supplied", NS)
    ]
    assert supplied == [("implied", "Liu Shao-chi"), ("gloss", "Truth")]


def test_superscript_footnote_markers() -> None:
    tree = _encode_fixture("superscript_footnotes.txt")
    notes = [
        (n.get("n"), n.get("rend"), n.getparent().tag.split("}")[1])  # type: ignore[union-attr]
        for n in tree.iterfind(".//t:text//t:note", NS)
    ]
    assert notes == [("1", "superscript", "p"), ("2", "superscript", "p")]
    first = tree.find(".//t:sp[1]/t:p/t:note", NS)
    assert (
        first is not None and first.text == "The Austrian State Treaty was signed on May 15, 1955."
    )
    assert "¹" not in "".join(tree.getroot().find(".//t:body", NS).itertext())  # type: ignore[union-attr]


def test_a_heading_in_capitals_is_the_title() -> None:
    text = "TELEPHONE CONVERSATION\n\nP: Hello.\n\nK: Hello.\n\nP: Bye.\n\nK: Bye.\n"
    result = encode_bytes(text.encode(), "t.txt")
    assert result.tree is not None
    title = result.tree.find(".//t:titleStmt/t:title", NS)
    assert title is not None and title.text == "TELEPHONE CONVERSATION"


def test_a_superscript_beside_bracketed_notes_is_not_an_anchor() -> None:
    text = (
        "SMITH. An area of 40 km². See [2].\n\nJONES. Yes.\n\nSMITH. No.\n\n"
        "JONES. Yes.\n\n[2] A note.\n"
    )
    result = encode_bytes(text.encode(), "t.txt")
    assert result.tree is not None
    notes = result.tree.findall(".//t:sp//t:note", NS)
    assert len(notes) == 1 and notes[0].get("rend") is None
    speech = "".join(result.tree.find(".//t:sp/t:p", NS).itertext())  # type: ignore[union-attr]
    assert speech.startswith("An area of 40 km². See ")


def test_front_matter_after_the_text_has_begun_stays_in_place() -> None:
    """A 'Source:' line after the minutes' items, and participants with
    'The Right Hon.' and their offices: valid TEI, in source order."""
    path = FIXTURE.parent / "cabinet_conclusions_roles.txt"
    result = encode_bytes(path.read_bytes(), path.name)
    assert result.tree is not None, [d.format() for d in result.diagnostics]
    people = [
        (p.findtext("t:persName", namespaces=NS), p.findtext("t:note", namespaces=NS))
        for p in result.tree.iterfind(".//t:particDesc//t:person", NS)
    ]
    assert people == [
        ("Harold Macmillan", "M.P., Prime Minister (in the Chair)"),
        ("R. A. Butler", "M.P., Secretary of State for the Home Department"),
    ]
    body = result.tree.find(".//t:body/t:div", NS)
    assert body is not None
    assert "".join(body[-1].itertext()) == "Source: The National Archives, CAB 128/31."
    bibl = _source_bibl(result.tree)
    assert bibl is not None and bibl.text == "The National Archives, CAB 128/31."


def test_memcon_in_indirect_speech_with_a_heading_without_colon() -> None:
    tree = _encode_fixture("memcon_indirect_speech.txt")
    people = {
        p.get(XML_ID): p.findtext("t:note", namespaces=NS)
        for p in tree.iterfind(".//t:particDesc//t:person", NS)
    }
    assert people == {"president": None, "hale": None, "dorn": "Staff Secretary"}
    who = [sp.get("who") for sp in tree.iterfind(".//t:sp", NS)]
    assert who == ["#hale", "#president"]
    stages = tree.findall(".//t:div[@type='conversation']/t:stage[@type='narration']", NS)
    texts = ["".join(stage.itertext()) for stage in stages]
    assert texts == [
        "The President said that he wanted a short agenda.",
        "Colonel Dorn was asked to arrange a further meeting.",
    ]


def test_un_record_labels_with_affiliations_and_interpretation() -> None:
    tree = _encode_fixture("un_record_affiliations.txt")
    sps = tree.findall(".//t:sp", NS)
    assert [sp.get("who") for sp in sps] == [
        "#president",
        "#lodge",
        "#gromyko",
        "#lodge",
        "#harold-macmillan",
        "#president",
    ]
    labels = [
        (sp.findtext("t:speaker", namespaces=NS), sp.findtext("t:stage", namespaces=NS))
        for sp in sps
    ]
    assert labels[2] == (
        "Mr. GROMYKO (Union of Soviet Socialist Republics)",
        "(interpretation from Russian):",
    )
    assert labels[1] == ("Mr. LODGE (United States of America):", None)
    assert labels[4] == ("The Prime Minister (Mr. Harold Macmillan):", None)


def test_regressions_from_the_second_qa_round() -> None:
    text = (
        "MR. SMITH. We agree with the five principles [Panchsheel] and [omitted] here.\n\n"
        "MR. JONES. [Interruption.] Yes.\n\nMR. SMITH. No.\n\nMR. JONES. Yes.\n\n"
        "Source: National Archives, RG 59, Box 12.\n"
    )
    result = encode_bytes(text.encode(), "t.txt")
    tree = local_ids(result.tree)
    assert tree is not None
    assert [sp.get("who") for sp in tree.iterfind(".//t:sp", NS)] == [
        "#smith",
        "#jones",
        "#smith",
        "#jones",
    ]
    assert tree.find(".//t:foreign", NS) is None  # not "We agree with the five principles"
    remarks = [n.text for n in tree.iterfind(".//t:note[@type='editorial']", NS)]
    assert remarks == ["omitted", "Interruption."]
    assert (
        tree.find(
            ".//t:person[@xml:id='source']", {**NS, "xml": "http://www.w3.org/XML/1998/namespace"}
        )
        is None
    )
    bibl = _source_bibl(tree)
    assert bibl is not None and bibl.text == "National Archives, RG 59, Box 12."


def test_deposition_q_and_a_with_full_stops() -> None:
    tree = _encode_fixture("deposition_q_a.txt")
    who = [sp.get("who") for sp in tree.iterfind(".//t:sp", NS)]
    assert who == ["#q", "#a", "#q", "#a", "#reyes", "#hale", "#q", "#a"]
    title = tree.find(".//t:titleStmt/t:title", NS)
    assert title is not None and title.text == "Deposition of John Carter"


def test_a_lone_initial_is_not_an_answer_label() -> None:
    text = "SMITH. Hi.\n\nJONES. Yes.\n\nSMITH. Hi.\n\nJONES. Yes.\n\nA. Filyov was there.\n"
    result = encode_bytes(text.encode(), "t.txt")
    assert result.tree is not None
    assert len(result.tree.findall(".//t:sp", NS)) == 4


def test_dateline_with_an_hour() -> None:
    text = (
        "Washington, May 17, 1955, 3 p.m.\n\n"
        "SMITH. Hi.\n\nJONES. Yes.\n\nSMITH. Hi.\n\nJONES. Yes.\n"
    )
    result = encode_bytes(text.encode(), "t.txt")
    assert result.tree is not None
    dateline = result.tree.find(".//t:front/t:dateline", NS)
    assert (
        dateline is not None and "".join(dateline.itertext()) == "Washington, May 17, 1955, 3 p.m."
    )
    date = result.tree.find(".//t:creation/t:date", NS)
    assert date is not None and date.get("when") == "1955-05-17"


def test_numbered_end_notes_under_a_notes_heading_and_an_appendix() -> None:
    tree = _encode_fixture("endnotes_section_appendix.txt")
    notes = [(n.get("n"), n.text) for n in tree.iterfind(".//t:sp//t:note", NS)]
    assert notes == [("1", "The meeting of July 1955."), ("2", "It snowed, unusually.")]
    sps = tree.findall(".//t:sp", NS)
    assert len(sps) == 4 and len(sps[-1].findall("t:p", NS)) == 1  # the appendix is not speech
    heads = [h.text for h in tree.iterfind(".//t:div/t:head", NS)]
    assert "Appendix A: The Communiqué" in heads
