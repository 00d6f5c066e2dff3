"""Small transcripts written for these tests, one rule of the shapes each.

Every expectation was written from the transcript above it. They cover what
the earlier readers left open: metadata read only where metadata stands, a
paragraph number before a label, headings and tables of contents, dates
that are not in English, telephone labels, a single "Q:"/"A:" pair, page
markers in the middle of a line, collective speakers, broken input.
"""

from __future__ import annotations

from collections import Counter

from lxml import etree
from support import local_ids

from encoder.pipeline import encode_text
from encoder.plaintext import tei_to_text
from encoder.validate import validate_tree

NS = {"t": "http://www.tei-c.org/ns/1.0"}


def encode(text: str) -> etree._ElementTree:
    result = encode_text(text, "test.txt")
    assert result.tree is not None, [d.format() for d in result.diagnostics]
    errors = [d.format() for d in validate_tree(result.tree, "test.txt") if d.severity == "error"]
    assert errors == []
    return local_ids(result.tree)  # type: ignore[no-any-return]


def xp(tree: etree._ElementTree | etree._Element, path: str) -> list:  # type: ignore[type-arg]
    return tree.xpath(path, namespaces=NS)  # type: ignore[no-any-return]


def speakers(tree: etree._ElementTree) -> list[str]:
    return [" ".join("".join(s.itertext()).split()) for s in xp(tree, "//t:sp/t:speaker")]


def header_text(tree: etree._ElementTree) -> str:
    return " ".join(" ".join(xp(tree, "//t:teiHeader//text()")).split())


def test_supported_by_in_a_turn_stays_in_the_turn() -> None:
    tree = encode(
        "Town Council, Regular Meeting\n\n"
        "MAYOR OKAFOR. The motion is supported by the planning board.\n\n"
        "COUNCILLOR BRANDT. Funded by whom, exactly?\n\n"
        "MAYOR OKAFOR. By the state, with support from the county.\n"
    )
    assert speakers(tree) == ["MAYOR OKAFOR.", "COUNCILLOR BRANDT.", "MAYOR OKAFOR."]
    assert xp(tree, "//t:funder") == []
    assert "planning board" not in header_text(tree)
    first = "".join(xp(tree, "//t:sp[1]/t:p")[0].itertext())
    assert first == "The motion is supported by the planning board."


def test_label_alone_on_its_line() -> None:
    tree = encode(
        "HEARING ON RURAL BROADBAND\n\n"
        "The CHAIRMAN.\n\nThe subcommittee will come to order.\n\n"
        "We have one panel today.\n\n"
        "Ms. VASQUEZ.\n\nThank you, Mr. Chairman.\n\n"
        "The CHAIRMAN.\n\nPlease begin.\n\n"
        "Ms. VASQUEZ.\n\nOur cooperative serves four counties.\n"
    )
    assert speakers(tree) == ["The CHAIRMAN.", "Ms. VASQUEZ.", "The CHAIRMAN.", "Ms. VASQUEZ."]
    assert [len(xp(sp, "t:p")) for sp in xp(tree, "//t:sp")] == [2, 1, 1, 1]


def test_a_single_question_and_answer_pair() -> None:
    tree = encode(
        "Interview with a lock keeper\n\nQ: How long have you worked the lock?\n\n"
        "A: Thirty-one years this spring.\n"
    )
    assert speakers(tree) == ["Q:", "A:"]


def test_press_briefing_q_with_spaces_is_the_press() -> None:
    tree = encode(
        "Press Briefing by the Spokesperson\n\n"
        "MS. DIALLO:  Good afternoon, everyone.\n\n"
        "Q    Thank you. On the budget, is there a deadline?\n\n"
        "MS. DIALLO:  Friday.\n\n"
        "Q    And if it slips?\n\n"
        "MS. DIALLO:  It won't.\n"
    )
    assert Counter(speakers(tree)) == {"MS. DIALLO:": 3, "Q": 2}
    (q,) = {sp.get("who") for sp in xp(tree, "//t:sp") if sp[0].text == "Q"}
    (group,) = xp(tree, f"//*[@xml:id='{q[1:]}']")
    assert etree.QName(group).localname == "personGrp"


def test_diarised_labels_are_anonymous_people() -> None:
    tree = encode(
        "SPEAKER_00: So the pump failed on Tuesday.\n\n"
        "SPEAKER_01: Tuesday night, yes.\n\n"
        "SPEAKER_00: And nobody called it in?\n\n"
        "SPEAKER_01: I did. Twice.\n"
    )
    people = xp(tree, "//t:particDesc//t:person")
    assert [p.get("role") for p in people] == ["unidentified", "unidentified"]
    assert len({sp.get("who") for sp in xp(tree, "//t:sp")}) == 2


def test_speaker_numbers_are_two_people() -> None:
    tree = encode(
        "Speaker 1: Are we recording?\n\nSpeaker 2: We are.\n\n"
        "Speaker 1: Good. First item.\n\nSpeaker 2: The budget.\n"
    )
    assert len({sp.get("who") for sp in xp(tree, "//t:sp")}) == 2


def test_collective_speakers_are_groups() -> None:
    tree = encode(
        "The SPEAKER. Order, order.\n\n"
        "HON. MEMBERS. Hear, hear!\n\n"
        "The SPEAKER. The question is that the bill be read a second time.\n\n"
        "SEVERAL VOICES. Aye.\n\n"
        "The SPEAKER. The ayes have it.\n"
    )
    groups = xp(tree, "//t:particDesc//t:personGrp")
    assert len(groups) == 2
    assert all(g.get("role") == "collective" for g in groups)


def test_page_marker_inside_a_line_becomes_pb() -> None:
    tree = encode(
        "MR. ABARA. The report was filed [Page 12] on the ninth of May.\n\n"
        "MS. LINDH. Which report?\n\nMR. ABARA. The annual one.\n"
    )
    (pb,) = xp(tree, "//t:sp[1]/t:p/t:pb")
    assert pb.get("n") == "12"
    assert "[Page 12]" in tei_to_text(tree)
    assert xp(tree, "//t:supplied") == []


def test_timestamped_turns_have_a_timeline() -> None:
    tree = encode(
        "[00:00:05] Ana Ruiz: Welcome back.\n\n"
        "[00:01:10] Tom Berg: Thanks for having me.\n\n"
        "[00:01:42] Ana Ruiz: Let's start with the harbour.\n"
    )
    whens = {w.get("{http://www.w3.org/XML/1998/namespace}id"): w for w in xp(tree, "//t:when")}
    values = [whens[sp.get("synch")[1:]].get("interval") for sp in xp(tree, "//t:sp")]
    assert values == ["5", "70", "102"]
    assert [t.text for t in xp(tree, "//t:speaker/t:time")] == ["00:00:05", "00:01:10", "00:01:42"]
    assert speakers(tree) == [
        "[00:00:05] Ana Ruiz:",
        "[00:01:10] Tom Berg:",
        "[00:01:42] Ana Ruiz:",
    ]


def test_meeting_export_name_and_time_alone() -> None:
    tree = encode(
        "Weekly sync\n\n"
        "Ana Ruiz  10:02 AM\nMorning all.\n\n"
        "Tom Berg  10:02 AM\nMorning. I have the numbers.\n\n"
        "Ana Ruiz  10:03 AM\nGo ahead.\n"
    )
    assert len(xp(tree, "//t:sp")) == 3
    assert [w.get("absolute") for w in xp(tree, "//t:when[@absolute]")] == [
        "10:02:00",
        "10:02:00",
        "10:03:00",
    ]


def test_heading_inside_the_conversation_opens_a_division() -> None:
    tree = encode(
        "MR. PRICE: We call Dana Holt.\n\n"
        "THE COURT: Proceed.\n\n"
        "DANA HOLT, having been duly sworn, testified as follows:\n\n"
        "DIRECT EXAMINATION\n\n"
        "BY MR. PRICE:\n\n"
        "Q. Where do you work?\n\nA. At the mill.\n\n"
        "Q. Since when?\n\nA. Since 2009.\n"
    )
    heads = [h.text for h in xp(tree, "//t:div[@type='examination']/t:head")]
    assert heads == ["DIRECT EXAMINATION", "BY MR. PRICE:"]
    asked = {sp.get("who") for sp in xp(tree, "//t:sp") if sp[0].text == "Q."}
    answered = {sp.get("who") for sp in xp(tree, "//t:sp") if sp[0].text == "A."}
    assert asked == {"#price"}
    (witness,) = answered
    names = " ".join(xp(tree, f"//*[@xml:id='{witness[1:]}']/t:persName/text()"))
    assert "Holt" in names.title()
    assert not any("EXAMINATION" in s for s in speakers(tree))


def test_margin_line_numbers_and_form_feeds() -> None:
    page = "\f" + " " * 40 + "7\n"
    lines = [
        " 1          MS. ORTIZ:  Good morning, Your Honor.",
        " 2          THE COURT:  Good morning.  Are we",
        " 3    ready?",
        " 4          MS. ORTIZ:  We are.",
    ]
    tree = encode(page + "\n".join(lines) + "\n")
    assert [pb.get("n") for pb in xp(tree, "//t:pb")] == ["7"]
    assert [lb.get("n") for lb in xp(tree, "//t:lb")] == ["1", "2", "3", "4"]
    assert speakers(tree) == ["MS. ORTIZ:", "THE COURT:", "MS. ORTIZ:"]
    text = tei_to_text(tree)
    assert "2 THE COURT: Good morning.  Are we \n3 ready?" in text
    assert text.startswith("\f")


def test_tape_markers_are_incidents_not_speech() -> None:
    tree = encode(
        "Interviewer: Ruth Bellamy\nNarrator: Jonas Sandvik\n\n"
        "[TAPE 1, SIDE A]\n\n"
        "Q. Where were you born?\n\nA. In Duluth, in 1931.\n\n"
        "END OF TAPE 1, SIDE A\n\n"
        "Q. And your father?\n\nA. He worked the ore docks.\n\n[END OF INTERVIEW]\n"
    )
    incidents = ["".join(i.itertext()) for i in xp(tree, "//t:incident")]
    assert incidents == ["[TAPE 1, SIDE A]", "END OF TAPE 1, SIDE A", "[END OF INTERVIEW]"]
    assert len(xp(tree, "//t:sp")) == 4


def test_no_turn_words_in_the_header_of_a_labelled_document() -> None:
    tree = encode(
        "Date: March 3, 1961\n\n"
        "MR. KOVAC: Date: that is what we need to settle first.\n\n"
        "MS. REID: Source: the ministry, funded by the ministry.\n\n"
        "MR. KOVAC: Translated by whom?\n"
    )
    header = header_text(tree)
    for phrase in ("we need to settle", "the ministry", "by whom"):
        assert phrase not in header
    assert len(xp(tree, "//t:sp")) == 3


def test_unlabelled_text_with_a_timestamp_keeps_the_time() -> None:
    tree = encode("00:00:01 the recording starts here\n\n00:00:09 and goes on\n")
    assert "00:00:09 and goes on" in tei_to_text(tree)


def test_paragraph_number_before_a_label() -> None:
    tree = encode(
        "Summary record of the 12th meeting\n\n"
        "1. The PRESIDENT: I declare the meeting open.\n\n"
        "2. Mr. OKAFOR (Nigeria): My delegation supports the draft.\n\n"
        "3. The PRESIDENT: I thank the representative of Nigeria.\n"
    )
    assert [sp.get("n") for sp in xp(tree, "//t:sp")] == ["1.", "2.", "3."]
    assert speakers(tree)[0] == "The PRESIDENT:"
    assert "2. Mr. OKAFOR (Nigeria): My delegation" in tei_to_text(tree)


def test_dates_in_other_languages_and_date_time_lines() -> None:
    for line, when in (
        ("1er août 1958", "1958-08-01"),
        ("1. August 1958", "1958-08-01"),
        ("1 de agosto de 1958", "1958-08-01"),
        ("1 августа 1958 г.", "1958-08-01"),
        ("DATE/TIME: May 17, 1955, 3:00 p.m.", "1955-05-17"),
    ):
        tree = encode(f"{line}\n\nA: Hello.\n\nB: Hello.\n\nA: Goodbye.\n\nB: Goodbye.\n")
        assert xp(tree, "//t:creation/t:date/@when") == [when], line


def test_telephone_labels_are_the_listed_participants() -> None:
    tree = encode(
        "TELEPHONE CONVERSATION\n\n"
        "Participants: President Nixon, Henry Kissinger\n\n"
        "P: Henry, have you seen the cable?\n\n"
        "K: Yes, Mr. President, an hour ago.\n\n"
        "P: And?\n\nK: It is what we expected.\n"
    )
    whos = [sp.get("who") for sp in xp(tree, "//t:sp")]
    assert whos == ["#nixon", "#henry-kissinger", "#nixon", "#henry-kissinger"]
    assert len(xp(tree, "//t:particDesc//t:person")) == 2


def test_third_person_lines_about_the_proceedings_are_narration() -> None:
    tree = encode(
        "The CHAIRMAN. The meeting will come to order.\n\n"
        "The agenda was adopted.\n\n"
        "Mr. HOLT. I move the first item.\n\n"
        "Several HON. MEMBERS rose.\n\n"
        "The CHAIRMAN. Mr. Holt has the floor.\n"
    )
    narration = ["".join(s.itertext()) for s in xp(tree, "//t:div/t:stage")]
    assert narration == ["The agenda was adopted.", "Several HON. MEMBERS rose."]
    assert len(xp(tree, "//t:sp")) == 3


def test_zoom_webvtt_with_names_in_the_cue_text() -> None:
    tree = encode(
        "WEBVTT\n\n"
        "1\n00:00:01.000 --> 00:00:04.000\nAna Ruiz: Can everyone hear me?\n\n"
        "2\n00:00:04.500 --> 00:00:06.000\nTom Berg: Yes, loud and clear.\n\n"
        "3\n00:00:06.500 --> 00:00:09.000\nAna Ruiz: Good, let's begin.\n"
    )
    assert [label for label in speakers(tree)] == [
        "00:00:01.000 --> 00:00:04.000 Ana Ruiz:",
        "00:00:04.500 --> 00:00:06.000 Tom Berg:",
        "00:00:06.500 --> 00:00:09.000 Ana Ruiz:",
    ]
    # the header line and the cue numbers are not speech
    spoken = " ".join("".join(p.itertext()) for p in xp(tree, "//t:sp/t:p"))
    assert spoken == "Can everyone hear me? Yes, loud and clear. Good, let's begin."
    assert sorted(int(n) for n in xp(tree, "//t:notesStmt/t:note/@n")) == [1, 3, 7, 11]


def test_timestamp_and_name_alone_then_the_text() -> None:
    tree = encode(
        "[00:00:03] Ana Ruiz\nWelcome to the call.\n\n"
        "[00:00:07] Tom Berg\nThanks. Shall I start?\n\n"
        "[00:00:10] Ana Ruiz\nPlease.\n"
    )
    assert len(xp(tree, "//t:sp")) == 3
    assert [t.text for t in xp(tree, "//t:speaker/t:time")] == ["00:00:03", "00:00:07", "00:00:10"]


def test_time_line_then_name_line_then_text() -> None:
    tree = encode(
        "00:01:05\nAna Ruiz\nWelcome back.\n\n"
        "00:01:09\nTom Berg\nGlad to be here.\n\n"
        "00:01:15\nAna Ruiz\nFirst question.\n"
    )
    assert len(xp(tree, "//t:sp")) == 3
    assert {sp.get("who") for sp in xp(tree, "//t:sp")} == {"#ana-ruiz", "#tom-berg"}


def test_bracketed_name_and_clock_time_alone() -> None:
    tree = encode(
        "[Ana Ruiz] 10:01:23\nMorning.\n\n[Tom Berg] 10:01:30\nMorning, Ana.\n\n"
        "[Ana Ruiz] 10:02:02\nLet's go.\n"
    )
    assert len(xp(tree, "//t:sp")) == 3


def test_diagnostics_point_at_the_source_line_in_hard_wrapped_text() -> None:
    # hard-wrapped at 60 columns: the footnote anchor [7] stands on line 3, col 9
    text = (
        "MR. ALDEN. The harbour commission met on the fourth and it\n"
        "decided, after a long and rather heated debate, to postpone\n"
        "the vote[7] until the engineers had reported on the silting of\n"
        "the channel.\n\n"
        "MS. BRIGGS. We have heard this before, and more than once.\n\n"
        "MR. ALDEN. Then you will hear it once again, and at length.\n"
    )
    result = encode_text(text, "wrapped.txt")
    (w201,) = [d for d in result.diagnostics if d.code == "W201"]
    assert (w201.span.line, w201.span.col) == (3, 9)


def test_name_and_time_in_parentheses_alone_then_the_text() -> None:
    # as transcription services write it: "Jane Doe (00:00:01):" on its own line
    tree = encode(
        "Ana Ruiz (00:00:01):\nHello everyone, thanks for joining.\n\n"
        "Tom Berg (00:00:05):\nHappy to be here.\n\n"
        "Ana Ruiz (00:00:09):\nLet us begin.\n"
    )
    assert speakers(tree) == [
        "Ana Ruiz (00:00:01):",
        "Tom Berg (00:00:05):",
        "Ana Ruiz (00:00:09):",
    ]
    assert [t.text for t in xp(tree, "//t:speaker/t:time")] == ["00:00:01", "00:00:05", "00:00:09"]


# Found by a fuzzing run (shape fixtures with shape lines inserted at random):
# each wrote invalid TEI or crashed before the fix.


def test_a_label_with_no_words_after_it_is_a_turn_with_nothing_transcribed() -> None:
    tree = encode(
        "Speaker 1  0:03\nShall we begin?\n\nSpeaker 2  0:05\nYes.\n\n"
        "Speaker 1  0:09\n\nSpeaker 2  0:12\n"
    )
    paragraphs = ["".join(p.itertext()) for p in xp(tree, "//t:sp/t:p")]
    assert paragraphs == ["Shall we begin?", "Yes.", "", ""]


def test_a_timestamp_before_the_first_line_of_a_text_without_turns() -> None:
    tree = encode("Date: March 3, 1961\n\n[00:00:12] \n")
    assert xp(tree, "//t:body/t:div")


def test_a_form_feed_inside_a_footnote_body() -> None:
    tree = encode(
        "MR. A. We met the minister.[1]\n\nMS. B. When?\n\nMR. A. Yesterday.\n\n"
        "[1] The minister of works\n\x0c\nand of mines.\n"
    )
    assert len(xp(tree, "//t:note[@n='1']")) == 1


def test_a_timestamp_inside_a_footnote_is_on_the_timeline() -> None:
    tree = encode(
        "MR. A. We met the minister.[1]\n\nMS. B. When?\n\nMR. A. Yesterday.\n\n"
        "[1] Said at [00:04:10] on the tape.\n"
    )
    (time,) = xp(tree, "//t:note//t:time")
    (when,) = xp(tree, f"//t:when[@xml:id='{time.get('synch')[1:]}']")
    assert when.get("interval") == "250"


def test_a_name_with_a_lower_case_particle_alone_on_its_line() -> None:
    tree = encode(
        "Ines de Vries:\n\nWelcome back.\nToday we look at bridges.\n\n"
        "Tomas Okoro:\n\nThanks.\n\nInes de Vries:\n\nLet us start with the old one.\n\n"
        "Tomas Okoro:\n\nIt was built in stone.\n"
    )
    assert speakers(tree) == ["Ines de Vries:", "Tomas Okoro:", "Ines de Vries:", "Tomas Okoro:"]
    first = ["".join(p.itertext()) for p in xp(tree, "//t:sp[1]/t:p")]
    assert first == ["Welcome back.", "Today we look at bridges."]


def test_a_diariser_label_seen_once_is_a_speaker_where_others_recur() -> None:
    tree = encode(
        "SPEAKER_00: Are we recording?\n\nSPEAKER_01: Yes.\n\nSPEAKER_02: I joined late.\n\n"
        "SPEAKER_00: Welcome.\n\nSPEAKER_01: Go ahead.\n"
    )
    labels = [s.rstrip(":") for s in speakers(tree)]
    assert labels == ["SPEAKER_00", "SPEAKER_01", "SPEAKER_02", "SPEAKER_00", "SPEAKER_01"]
    assert {p.get("role") for p in xp(tree, "//t:particDesc//t:person")} == {"unidentified"}


def test_a_key_whose_value_is_only_a_link_is_not_a_turn() -> None:
    tree = encode(
        "Minutes: <https://example.org/minutes/12>\n\n"
        "Speaker 0: Let us begin.\n\nSpeaker 1: Fine.\n\nSpeaker 0: First item.\n"
    )
    assert speakers(tree) == ["Speaker 0:", "Speaker 1:", "Speaker 0:"]
    assert tei_to_text(tree).startswith("Minutes: <https://example.org/minutes/12>\n")


def test_chamber_record_chair_recurs_members_speak_once() -> None:
    # a parliament's record: only the chair's label recurs; each member's label,
    # with the party in parentheses, stands alone once, the speech on the next line
    tree = encode(
        "Provincial Assembly, sitting of 4 March 2025\n\n"
        "The Speaker:\nOrder. I call Ayesha Rahman for the Greens.\n\n"
        "Ayesha Rahman (Greens):\nThank you, Speaker. The bill before us is late.\n\n"
        "(Applause)\n\n"
        "The Speaker:\nI now call Tomas Lind.\n\n"
        "Tomas Lind (Liberal):\nThe bill is on time.\nIt was drafted with care.\n\n"
        "Motion:\nThat the bill be read a second time.\n\n"
        "The Speaker:\nLast speaker,\n\nMira Osei.\n\n"
        "Mira Osei (Labour):\nBriefly, we agree.\n\n"
        "The Speaker:\nThe debate is closed.\n"
    )
    names = [" ".join(s.split()).split(" (")[0].rstrip(":") for s in speakers(tree)]
    assert names == [
        "The Speaker",
        "Ayesha Rahman",
        "The Speaker",
        "Tomas Lind",
        "The Speaker",
        "Mira Osei",
        "The Speaker",
    ]
    # the one-word "Motion:" and the name called with a period are not labels
    lind = "".join(xp(tree, "//t:sp[4]")[0].itertext())
    assert "That the bill be read a second time." in lind
    called = "".join(xp(tree, "//t:sp[5]")[0].itertext())
    assert "Mira Osei." in called


def test_label_wrapped_inside_its_parenthesis_is_one_label() -> None:
    # a printed record wraps a long affiliation, with a hyphen, onto a second line
    source = (
        "The Chair:\nI call Abena Owusu-Darko.\n\n"
        "Abena Owusu-Darko (Independent Alli-\nance for the Coast):\n\n"
        "Thank you, Chair. The harbour needs dredging.\n\n"
        "The Chair:\nTime, please.\n\n"
        "Abena Owusu-Darko (Independent Alli-\nance for the Coast):\n\n"
        "I close.\n\n"
        "The Chair:\nThank you.\n"
    )
    tree = encode(source)
    names = [" ".join(s.split()).split(" (")[0].rstrip(":") for s in speakers(tree)]
    assert names == ["The Chair", "Abena Owusu-Darko"] * 2 + ["The Chair"]
    second = "".join(xp(tree, "//t:sp[2]/t:p")[0].itertext())
    assert second == "Thank you, Chair. The harbour needs dredging."
    assert "ance for the Coast" not in "".join(xp(tree, "//t:sp[1]")[0].itertext())


def test_running_head_with_the_page_number_is_a_page_break() -> None:
    head = "Proceedings of the Harbour Board, Sitting of 4 March 1921"
    tree = encode(
        f"{head} 41\n\n"
        "THE CHAIRMAN: We begin with the dredging report.\n\n"
        "MR. ODUYA: The channel is silting faster than last year.\n\n"
        f"{head}42\n\n"  # the copy glued this page's number to the year
        "THE CHAIRMAN: What does the engineer advise?\n\n"
        f"{head} 43\n\n"
        "MR. ODUYA: A second dredger, in the spring.\n\n"
        "It was agreed in 1921 to meet again in 1922.\n"
    )
    assert [pb.get("n") for pb in xp(tree, "//t:text//t:pb")] == ["41", "42", "43"]
    heads = [fw.text for fw in xp(tree, "//t:text//t:fw[@type='header']")]
    assert heads == [f"{head} 41", f"{head}42", f"{head} 43"]
    assert len(xp(tree, "//t:sp")) == 4
    assert head not in " ".join(speakers(tree))


def test_lines_ending_in_numbers_that_do_not_grow_are_not_heads() -> None:
    line = "The tonnage landed at the north quay that year was"
    tree = encode(
        f"MR. ODUYA: {line} 410\n\nTHE CHAIRMAN: And before?\n\n"
        f"MR. ODUYA: {line} 380\n\nTHE CHAIRMAN: And the year after?\n\n"
        f"MR. ODUYA: {line} 395\n"
    )
    assert xp(tree, "//t:pb") == []
    assert len(xp(tree, "//t:sp")) == 5


HEARING_TEXT_COPY = """                    OVERSIGHT OF HARBOR DREDGING

                        THURSDAY, MAY 4, 2023

    The committee met, pursuant to notice, at 10:00 a.m., in Room
406, Hon. Grace Whitfield [chairwoman of the committee] presiding.
    Present: Senators Whitfield, Abara, and Lund.
    Mrs. Whitfield. The committee will come to order. Today we look at
the dredging of the outer harbor.
    Mr. Abara. Thank you, Madam Chair.

  STATEMENT OF PETRA VOSS, DIRECTOR, PORT AUTHORITY

    Ms. Voss. Thank you for the opportunity to testify on the channel
and the schedule of the work.
    Mr. Lund. When will the work begin?
    Ms. Voss. In the autumn, if the permits arrive.
    Mrs. Whitfield. The hearing is adjourned.
"""


def test_a_hearing_whose_small_capitals_were_lost_in_the_text_copy() -> None:
    """Printed hearings set names in small capitals ("Mr. LUND."); text copies
    give them in mixed case, with the full stop: they are still labels."""
    tree = encode(HEARING_TEXT_COPY)
    assert speakers(tree) == [
        "Mrs. Whitfield.",
        "Mr. Abara.",
        "Ms. Voss.",
        "Mr. Lund.",
        "Ms. Voss.",
        "Mrs. Whitfield.",
    ]
    who = [sp.get("who") for sp in xp(tree, "//t:sp")]
    # "STATEMENT OF PETRA VOSS, …" names the witness whom "Ms. Voss." labels
    voss = "#petra-voss"
    assert who == ["#whitfield", "#abara", voss, "#lund", voss, "#whitfield"]
    first = " ".join("".join(xp(tree, "//t:sp[1]/t:p")[0].itertext()).split())
    assert (
        first
        == "The committee will come to order. Today we look at the dredging of the outer harbor."
    )
    assert tei_to_text(tree).split() == [w for w in HEARING_TEXT_COPY.split()]
