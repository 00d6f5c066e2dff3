"""Ordinary transcripts the session's new rules first misread (a review of
the change found each): words given to the wrong speaker, text taken out of
the conversation, a file refused. Invented texts, one behaviour each."""

from __future__ import annotations

from test_exports_and_oral import encode, said, xp

from encoder.header import title_text
from encoder.pipeline import encode_text
from encoder.plaintext import tei_to_text


def test_initials_that_are_a_title_s_abbreviation_label_turns() -> None:
    """'DR:' is Dana Reyes's initials, not the title Dr. alone."""
    text = (
        "Interview with Dana Reyes, by Jo Marsh.\n\nJM: Where did you grow up?\n\n"
        "DR: In Tucson.\n\nJM: And your parents?\n\nDR: Teachers, both.\n"
    )
    turns = said(encode(text))
    assert [w for _who, w in turns] == [
        "Where did you grow up?",
        "In Tucson.",
        "And your parents?",
        "Teachers, both.",
    ]
    assert turns[1][0] == turns[3][0] != turns[0][0]


def test_emphasis_in_asterisks_is_no_footnote() -> None:
    text = (
        "BOB LEE: What was the house like?\n\n"
        "ANN ROE: It was big, *really* big and cold.\n\n"
        "*Two* rooms were shut all winter.\n\nBOB LEE: And the school?\n"
    )
    tree = encode(text)
    assert xp(tree, "//t:note") == []
    assert "*Two* rooms were shut all winter." in tei_to_text(tree)


def test_a_second_asterisk_note_never_refuses_the_file() -> None:
    """A typescript starts its '*' again on a later page: the first pair is a
    note, the second stays as written (two bodies of one mark would be E203)."""
    text = (
        "BOB LEE: What did you write?\n\nANN ROE: A book on rivers.* Few read it.\n\n"
        "*Rivers, by Ann Roe, 1962.\n\nBOB LEE: And then?\n\n"
        "ANN ROE: A book on lakes.* Nobody read it.\n\n*Lakes, by Ann Roe, 1970.\n\n"
        "BOB LEE: Thank you.\n"
    )
    result = encode_text(text, "roe.txt")
    assert result.xml is not None, [d.format() for d in result.diagnostics]
    tree = encode(text, "roe.txt")
    assert len(xp(tree, "//t:note[@n='*']")) == 1
    assert "*Lakes, by Ann Roe, 1970." in tei_to_text(tree)


def test_a_transcriber_s_tag_in_angle_brackets_stays_in_the_conversation() -> None:
    text = (
        "BOB LEE: Tell me about the flood.\n\nANN ROE: We lost everything.\n\n<crying>\n\n"
        'ANN ROE: Sorry.\n\n<center><img src="/a.jpg"></center>\n\nBOB LEE: Take your time.\n'
    )
    tree = encode(text)
    back = tei_to_text(tree)
    assert "<crying>" in back  # said in the room, kept in the text
    notes = " ".join(xp(tree, "//t:teiHeader//t:note[@type='boilerplate']/text()"))
    assert "<crying>" not in notes and "<center>" in notes  # a web page's markup is not


def test_a_name_under_a_page_line_is_not_a_running_head() -> None:
    text = (
        "BOB LEE: The council meets.\n\nPage 2\nANN ROE\nThe council would not agree.\n\n"
        "BOB LEE: Then we wait.\n"
    )
    tree = encode(text)
    assert xp(tree, "//t:fw[.='ANN ROE']") == []
    first = xp(tree, "//t:sp")[0]
    assert "would not agree" not in "".join(first.itertext())


def test_a_word_before_a_colon_inside_a_turn_is_no_handle() -> None:
    """In a log labelled by handles, 'first:' and 'second:' under a speaker's
    line are the items of what she says, not two more speakers."""
    text = (
        "alice: Morning all. Build is green.\n\nbob_k: Great. I merged the fix.\n\n"
        "alice: Anything blocking?\n\nbob_k: Two things.\nfirst: The cache is stale.\n"
        "second: The docs fail.\n\nalice: OK, I'll look.\n"
    )
    whos = [who for who, _w in said(encode(text))]
    assert len(whos) == 5 and len(set(whos)) == 2


def test_a_name_particle_in_a_list_is_no_office() -> None:
    text = (
        "Meeting of the Library Board, 3 May 2024\n\nPresent:\nAnn Roe, Chair\n"
        "van Dijk, Jan\nBob Lee\n\nANN ROE: We begin.\n\nMR. VAN DIJK: Thank you.\n\n"
        "BOB LEE: Agreed.\n"
    )
    tree = encode(text)
    names = xp(tree, "//t:particDesc//t:persName/text()")
    assert any("Dijk" in n for n in names), names


def test_a_short_word_keeps_its_number_in_the_title() -> None:
    for title in ("Panel on Web3", "Ports of Call in Python3"):
        result = encode_text(f"{title}\n\nANN ROE: Welcome.\n\nBOB LEE: Thanks.\n", "t.txt")
        assert result.transcript is not None
        assert title_text(result.transcript) == title


def test_a_close_under_a_heading_with_nothing_under_it_stays_valid() -> None:
    """A heading just before the sitting's close opens a division with no text:
    the close may not stand in it (TEI wants text first) and goes after it."""
    text = (
        "Sitzung des Rates\n\nBeginn: 9.00 Uhr\n\n"
        "Präsidentin Anna Roth: Die Sitzung ist eröffnet. Wir beginnen mit der Aussprache "
        "über den Haushalt der Stadt und die neuen Brücken.\n\n"
        "Jonas Weber (SPD): Vielen Dank, Frau Präsidentin. Wir stimmen dem Haushalt zu.\n\n"
        "Präsidentin Anna Roth: Ich schließe die Sitzung.\n\nDIRECT EXAMINATION\n\n"
        "(Schluss: 12.21 Uhr)\n"
    )
    tree = encode(text)  # validates against the bundled schema
    closer = xp(tree, "//t:closer")[0]
    assert closer.getparent().get("type") == "conversation"
    assert xp(closer, "t:dateline/t:time/@when") == ["12:21:00"]
