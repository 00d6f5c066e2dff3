"""Meeting-program exports, subtitle files and oral histories: small
transcripts written for these tests, one shape each.

Every expectation was written from the transcript above it, by reading.
"""

from __future__ import annotations

from lxml import etree
from support import local_ids

from encoder.pipeline import encode_text
from encoder.plaintext import tei_to_text
from encoder.validate import validate_tree

NS = {"t": "http://www.tei-c.org/ns/1.0"}


def encode(text: str, name: str = "test.txt") -> etree._ElementTree:
    result = encode_text(text, name)
    assert result.tree is not None, [d.format() for d in result.diagnostics]
    errors = [d.format() for d in validate_tree(result.tree, name) if d.severity == "error"]
    assert errors == []
    return local_ids(result.tree)  # type: ignore[no-any-return]


def xp(tree: etree._ElementTree | etree._Element, path: str) -> list:  # type: ignore[type-arg]
    return tree.xpath(path, namespaces=NS)  # type: ignore[no-any-return]


def said(tree: etree._ElementTree) -> list[tuple[str, str]]:
    """(who, the turn's words without its label) for every turn."""
    out = []
    for sp in xp(tree, "//t:sp"):
        words = " ".join(" ".join("".join(p.itertext()) for p in xp(sp, "t:p")).split())
        out.append((sp.get("who"), words))
    return out


def participants(tree: etree._ElementTree) -> dict[str, list[str]]:
    return {
        p.get("{http://www.w3.org/XML/1998/namespace}id"): [
            "".join(n.itertext()) for n in xp(p, "t:persName")
        ]
        for p in xp(tree, "//t:listPerson[@type='participants']/t:person")
    }


def same_words(tree: etree._ElementTree, source: str) -> None:
    assert tei_to_text(tree).split() == source.split()


TEAMS = """Budget review
March 4, 2025, 2:15PM

Ines Carvalho started transcription

Ines Carvalho   0:04
Shall we start with the library line?
They asked for two more staff.

Kwame Mensah   0:19
We can fund one of them.

Ines Carvalho   1:02
Then let's write that down.

Ines Carvalho stopped transcription
"""


def test_teams_export_keeps_every_line_of_a_turn_in_it() -> None:
    tree = encode(TEAMS)
    assert said(tree) == [
        ("#ines-carvalho", "Shall we start with the library line? They asked for two more staff."),
        ("#kwame-mensah", "We can fund one of them."),
        ("#ines-carvalho", "Then let's write that down."),
    ]
    assert xp(tree, "//t:stage") == []  # "They asked ..." is speech, not narration
    events = [" ".join(i.itertext()) for i in xp(tree, "//t:incident/t:desc")]
    assert events == ["Ines Carvalho started transcription", "Ines Carvalho stopped transcription"]
    assert xp(tree, "//t:creation/t:date/@when") == ["2025-03-04"]
    same_words(tree, TEAMS)


ZOOM = """Osei Boateng
00:00:05
Good evening and welcome.

Lena Vogt
00:00:11
Thank you for having me.

Osei Boateng
00:02:40
Let's begin with the first question.
"""


def test_name_line_time_line_then_text() -> None:
    tree = encode(ZOOM)
    assert [w for w, _ in said(tree)] == ["#osei-boateng", "#lena-vogt", "#osei-boateng"]
    assert said(tree)[1][1] == "Thank you for having me."
    assert [" ".join(s.itertext()) for s in xp(tree, "//t:speaker/t:time")] == [
        "00:00:05",
        "00:00:11",
        "00:02:40",
    ]
    intervals = [
        xp(tree, f"//t:when[@xml:id='{sp.get('synch')[1:]}']/@interval")[0]
        for sp in xp(tree, "//t:sp")
    ]
    assert intervals == ["5", "11", "160"]
    same_words(tree, ZOOM)


SRT = """1
00:00:01,200 --> 00:00:03,900
CHAIR: The meeting is called to order,
and the minutes are approved.

2
00:00:04,000 --> 00:00:06,500
First item is the bridge repair.

3
00:00:06,600 --> 00:00:08,000
ENGINEER: The survey is done.

4
00:00:08,100 --> 00:00:09,000
CHAIR: Thank you.
"""


def test_subrip_cues_are_turns_and_their_numbers_are_not_text() -> None:
    tree = encode(SRT, "meeting.srt")
    assert said(tree) == [
        (
            "#chair",
            "The meeting is called to order, and the minutes are approved. "
            "00:00:04,000 --> 00:00:06,500 First item is the bridge repair.",
        ),
        ("#engineer", "The survey is done."),  # said once, in a cue: still a turn
        ("#chair", "Thank you."),
    ]
    first = xp(tree, "//t:sp[1]/t:p")
    assert len(first) == 2  # the cue's two lines are one paragraph; the next cue a second
    (stamp,) = xp(first[1], "t:time")
    assert stamp.text == "00:00:04,000 --> 00:00:06,500" and stamp.get("synch")
    body = " ".join(" ".join(xp(tree, "//t:body//text()")).split())
    for number in ("1", "2", "3", "4"):
        assert f" {number} " not in f" {body} "


def test_a_text_starting_with_a_number_is_not_taken_for_subtitles() -> None:
    tree = encode("1\n\nMR. ABLE. First point.\n\nMR. BAKER. Second point.\n\nMR. ABLE. Agreed.\n")
    assert [w for w, _ in said(tree)] == ["#able", "#baker", "#able"]
    assert xp(tree, "//t:timeline") == []


ORAL = """COUNTY FARM BUREAU ORAL HISTORY PROJECT

Narrator: Dorothy Ashgrove
Interviewer: Samuel Whitcombe
Date of Interview: 14 June 2003
Transcribed by: Priya Raman

[Begin Tape 1, Side 1]

WHITCOMBE: Where did your family farm?

ASHGROVE: Near the river, east of town. [laughs] Always flooding.

[End of Tape 1, Side 1]

WHITCOMBE: Begin tape two now, please.

ASHGROVE: We stopped recording for lunch that day, I remember.

END OF INTERVIEW
"""


def test_oral_history_surnames_tape_markers_and_transcriber() -> None:
    tree = encode(ORAL)
    people = participants(tree)
    assert people == {
        "samuel-whitcombe": ["Samuel Whitcombe", "Whitcombe"],
        "dorothy-ashgrove": ["Dorothy Ashgrove", "Ashgrove"],
    }
    # the transcriber made the record: named in the source's description, not a participant
    resp = xp(tree, "//t:sourceDesc//t:respStmt[t:resp='transcribed by']//text()")
    assert "Priya Raman" in " ".join(resp)
    markers = [" ".join(i.itertext()) for i in xp(tree, "//t:incident/t:desc")]
    assert markers == ["[Begin Tape 1, Side 1]", "[End of Tape 1, Side 1]", "END OF INTERVIEW"]
    # said aloud, these stay speech
    assert [w for _, w in said(tree)][2:] == [
        "Begin tape two now, please.",
        "We stopped recording for lunch that day, I remember.",
    ]
    assert xp(tree, "//t:creation/t:date/@when") == ["2003-06-14"]
    front_refs = xp(tree, "//t:front//t:persName/@ref")
    assert front_refs == ["#dorothy-ashgrove", "#samuel-whitcombe", "#priya-raman"]
    same_words(tree, ORAL)


INITIALS = """Interview with Tomasz Wierzbicki
Interviewer: Helen Ocampo

HO: When did you arrive in Chicago?

TW: In 1968, in winter.

HO: Who met you?

TW: My cousin Marek.
"""


def test_initials_refer_to_the_names_of_the_title_and_the_role_lines() -> None:
    tree = encode(INITIALS)
    # "HO" is resolved while reading (the role line lists her), "TW" once the
    # title is read: both point to the full name, which gives each its id
    assert participants(tree) == {
        "helen-ocampo": ["Helen Ocampo"],
        "tomasz-wierzbicki": ["Tomasz Wierzbicki", "TW"],
    }
    assert [w for w, _ in said(tree)] == [
        "#helen-ocampo",
        "#tomasz-wierzbicki",
        "#helen-ocampo",
        "#tomasz-wierzbicki",
    ]


MEET = """Planning call - Transcript

00:00:00

Farah Haddad: Can everyone see the plan?
Jonas Lindqvist: Yes, it's up.
Farah Haddad: Good. Let's go through it.
Action Items: send the plan round by Friday.
"""


def test_a_full_name_said_once_beside_a_recurring_speaker_is_a_turn() -> None:
    tree = encode(MEET)
    assert [w for w, _ in said(tree)] == ["#farah-haddad", "#jonas-lindqvist", "#farah-haddad"]
    # a heading word is never a speaker's name: the line stays in the last turn
    assert (
        said(tree)[-1][1]
        == "Good. Let's go through it. Action Items: send the plan round by Friday."
    )


def test_a_time_in_parentheses_on_the_label_line() -> None:
    """Descript writes "Name (00:00:03)" over the text, Rev "Speaker 1: (00:03)"."""
    descript = encode(
        "Wen Li (00:00:03)\nShall we start?\n\nOmar Said (00:00:09)\nYes.\n\n"
        "Wen Li (00:01:15)\nGood.\n"
    )
    assert said(descript) == [
        ("#wen-li", "Shall we start?"),
        ("#omar-said", "Yes."),
        ("#wen-li", "Good."),
    ]
    rev = encode("Speaker 1: (00:03)\nShall we start?\n\nSpeaker 2: (00:09)\nYes.\n")
    assert [w for _, w in said(rev)] == ["Shall we start?", "Yes."]
    assert [t.text for t in xp(rev, "//t:speaker/t:time")] == ["00:03", "00:09"]
    assert xp(rev, "//t:when/@interval") == ["3", "9"]


YOUTUBE = """WEBVTT
Kind: captions
Language: en

00:00:00.000 --> 00:00:02.500 align:start position:0%
welcome<00:00:00.400><c> to</c><00:00:00.800><c> the</c><00:00:01.000><c> hearing</c>

00:00:02.500 --> 00:00:05.000
<v Rosa Imani>the first item is <i>the levy</i></v>

00:00:05.000 --> 00:00:07.000
<v.loud Arjun Pillai>Seconded.</v>
"""


def test_cue_markup_is_left_out_and_a_cue_before_any_voice_is_not_a_title() -> None:
    tree = encode(YOUTUBE, "hearing.vtt")
    assert xp(tree, "//t:titlePart") == []
    assert said(tree) == [
        ("#rosa-imani", "the first item is the levy"),
        ("#arjun-pillai", "Seconded."),
    ]
    (first,) = xp(tree, "//t:div/t:p")
    assert " ".join("".join(first.itertext()).split()).endswith("welcome to the hearing")
    assert "<" not in "".join(xp(tree, "//t:text//text()"))


def test_labels_in_markdown_emphasis_and_a_bracketed_time_on_the_label_line() -> None:
    markdown = encode("# Team sync\n\n**Ines Moura:** Hello all.\n\n**Karl Betz:** Hi.\n\n")
    assert said(markdown) == [("#ines-moura", "Hello all."), ("#karl-betz", "Hi.")]
    bracketed = encode("Ines Moura [00:00:01]\nHello all.\n\nKarl Betz [00:00:05]\nHi.\n")
    assert said(bracketed) == [("#ines-moura", "Hello all."), ("#karl-betz", "Hi.")]
    assert xp(bracketed, "//t:when/@interval") == ["1", "5"]


def test_an_emphasised_heading_word_is_a_break_not_a_speaker() -> None:
    text = (
        "**Ana Beltran:** Welcome back.\n\n**Luca Moretti:** Glad to be here.\n\n"
        "**Break:** [00:31:35.26]\n\n**Ana Beltran:** [00:32:10.02] And we are back.\n"
    )
    tree = encode(text)
    assert [w for w, _ in said(tree)] == ["#ana-beltran", "#luca-moretti", "#ana-beltran"]
    assert [" ".join(i.itertext()) for i in xp(tree, "//t:incident")] == [
        "**Break:** [00:31:35.26]"
    ]
    assert said(tree)[2][1] == "And we are back."  # the time went to the label
    same_words(tree, text)


DEBATE = """Oral Answers to Questions

Transport

1. Mr. Alan Carver (Northfield) (Lab): What steps he is taking to improve rural bus services.

The Secretary of State for Transport (Mr. Daniel Kerr): We have increased funding.

Mr. Carver: I thank my right hon. Friend for that answer.

Mr. Kerr: My hon. Friend is right.

Hon. Members: Hear, hear.

Mrs. Joan Pell (Westbury) (Con): Will the Minister visit Westbury?

Mr. Kerr: I shall be happy to do so.
"""


def test_a_debate_where_most_members_speak_once() -> None:
    """A parliament's record: a member speaks once or twice, a minister is named
    in the parenthesis after the office, the House answers together."""
    tree = encode(DEBATE)
    assert [w for w, _ in said(tree)] == [
        "#alan-carver",
        "#daniel-kerr",
        "#alan-carver",
        "#daniel-kerr",
        "#members",
        "#joan-pell",
        "#daniel-kerr",
    ]
    assert xp(tree, "//t:personGrp/@xml:id") == ["members"]
    same_words(tree, DEBATE)


def test_a_program_named_by_its_address_is_no_one() -> None:
    tree = encode(
        "Leah Moss  0:02\nShall we start?\n\nOmar Diaz  0:05\nYes.\n\n"
        "Leah Moss  0:09\nGood.\n\nTranscribed by https://otter.ai\n"
    )
    names = " ".join(" ".join(n.itertext()) for n in xp(tree, "//t:persName"))
    assert "otter" not in names
    assert len(xp(tree, "//t:person")) == 2


def test_a_legend_of_labels_and_times_at_the_end_of_paragraphs() -> None:
    """f4transkript's form: a key to the labels, a time where each paragraph ends."""
    text = (
        "I: Interviewer (Rhea Castell)\nR: Respondent (anonymised)\n\n"
        "I: How long have you worked nights? #00:00:04-2#\n\n"
        "R: Seven years. #00:00:15-8#\n\n"
        "I: And before that? #00:00:19-0#\n\n"
        "R: Days, on the ward. #00:00:27-5#\n"
    )
    tree = encode(text)
    assert [w for w, _ in said(tree)] == ["#rhea-castell", "#r", "#rhea-castell", "#r"]
    times = [t.text for t in xp(tree, "//t:sp/t:p/t:time")]
    assert times == ["00:00:04-2", "00:00:15-8", "00:00:19-0", "00:00:27-5"]
    assert xp(tree, "//t:when/@interval") == ["4.2", "15.8", "19", "27.5"]
    same_words(tree, text)


def test_a_voice_with_no_name_is_an_unidentified_speaker() -> None:
    tree = encode(
        "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Ana Ruiz>Welcome.\n\n"
        "00:00:03.500 --> 00:00:05.000\n<v ->Hi, I am Jay.\n",
        "call.vtt",
    )
    (unnamed,) = xp(tree, "//t:person[@role='unidentified']")
    assert [w for w, _ in said(tree)][1] == "#" + unnamed.get(
        "{http://www.w3.org/XML/1998/namespace}id"
    )
