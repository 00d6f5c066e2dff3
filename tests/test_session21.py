"""Session 21: a label alone on its line comes back alone on its line.

Expected values are written from reading the invented texts below.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from encoder.pipeline import encode_text
from encoder.plaintext import tei_to_text

NS = {"t": "http://www.tei-c.org/ns/1.0"}


def _tree(text: str, name: str = "t.txt") -> etree._ElementTree:
    result = encode_text(text, name)
    assert result.tree is not None, [d.format() for d in result.diagnostics]
    return result.tree


def _lines(text: str) -> list[str]:
    """Lines stripped, blank lines left out (the README's normalisation)."""
    return [line.strip() for line in text.splitlines() if line.strip()]


# a printed hearing: each label alone, a blank line, then its speech
HEARING = """\
HEARING ON HARBOR DREDGING

Chairman OKONJO.

The subcommittee will come to order.

Mr. PELLEGRINI.

Thank you, Mr. Chairman. I have a short statement.

It concerns the channel.

Chairman OKONJO (continuing).

Please go on.

Mr. PELLEGRINI.

The channel silts up each spring.
"""

# a name and its colon alone, the speech right under it (no blank line)
COLON_ALONE = """\
Wren Halloway:
Did the ferry run today?

Tomas Ekdahl:
Only in the morning.

Wren Halloway:
Then we wait.

Tomas Ekdahl:
We wait.
"""

# a meeting export: a name and a time alone on their line, the words under them
NAME_TIME = """\
Board check-in

Ilse Moravec  0:04
Good morning, everyone.

Dario Quint  0:11
Morning. Shall we start with the budget?

Ilse Moravec  0:20
Yes, the budget first.
"""

# labels inline: the label and the speech on one line, as before
INLINE = """\
Wren Halloway: Did the ferry run today?

Tomas Ekdahl: Only in the morning.

Wren Halloway: Then we wait.
"""


def test_a_label_alone_and_its_blank_line_come_back_as_written() -> None:
    tree = _tree(HEARING)
    assert len(tree.xpath("//t:sp", namespaces=NS)) == 4
    assert _lines(tei_to_text(tree)) == _lines(HEARING)
    # the speaker (and its delivery note) then a line break, then the speech
    first, third = tree.xpath("//t:sp", namespaces=NS)[0], tree.xpath("//t:sp", namespaces=NS)[2]
    assert [etree.QName(c).localname for c in first] == ["speaker", "lb", "p"]
    assert [etree.QName(c).localname for c in third] == ["speaker", "stage", "lb", "p"]


def test_a_name_and_colon_alone_over_its_speech_come_back_so() -> None:
    tree = _tree(COLON_ALONE)
    assert tree.xpath("count(//t:sp)", namespaces=NS) == 4
    assert _lines(tei_to_text(tree)) == _lines(COLON_ALONE)


def test_a_name_and_time_line_comes_back_alone() -> None:
    tree = _tree(NAME_TIME)
    assert tree.xpath("count(//t:sp)", namespaces=NS) == 3
    assert _lines(tei_to_text(tree)) == _lines(NAME_TIME)
    assert tree.xpath("count(//t:sp/t:lb)", namespaces=NS) == 3


def test_an_inline_label_has_no_line_break_and_stays_on_its_line() -> None:
    tree = _tree(INLINE)
    assert tree.xpath("count(//t:sp)", namespaces=NS) == 3
    assert tree.xpath("count(//t:sp/t:lb)", namespaces=NS) == 0
    assert _lines(tei_to_text(tree)) == _lines(INLINE)


def _persons(tree: etree._ElementTree) -> dict[str, list[str]]:
    return {
        p.get("{http://www.w3.org/XML/1998/namespace}id").split("-", 1)[1]: [
            " ".join(n.xpath("string()").split()) for n in p.xpath("t:persName", namespaces=NS)
        ]
        for p in tree.xpath("//t:listPerson[@type='participants']/t:person", namespaces=NS)
    }


# a hearing's web copy whose opening names the presiding member in full; her
# label gives her title and surname, then her office alone
PRESIDING = """\
HARBOR DREDGING

The subcommittee met, pursuant to notice, at 10:00 a.m., in Room 2200, Hon. Ottilie Brandvold \
[chairwoman of the subcommittee] presiding.

Chairwoman Brandvold. The subcommittee will come to order.

Mr. Szabo. Thank you, Madam Chairwoman.

The Chairwoman. Mr. Szabo, go on.

Mr. Szabo. The channel silts up each spring.

Chairwoman Brandvold. Thank you. We stand adjourned.
"""


def test_a_presiding_member_keeps_her_label_as_one_of_her_names() -> None:
    tree = _tree(PRESIDING)
    whos = [sp.get("who") for sp in tree.xpath("//t:sp", namespaces=NS)]
    assert len(whos) == 5 and whos[0] == whos[2] == whos[4]
    people = _persons(tree)
    chair = next(names for names in people.values() if "Ottilie Brandvold" in names)
    assert "Chairwoman Brandvold" in chair
    # the office alone names no one: it is no name of hers
    assert "The Chairwoman" not in chair


# an oral history: the interviewer listed by her full given name, her first
# label a short form of it, her later labels her initials
NICKNAMED = """\
Interviewee:        Rasmus Veldhuizen
Interviewer:        Katherine Ashgrove

Kate Ashgrove: Today is May 4, 2011, and I am with Rasmus Veldhuizen.

Rasmus Veldhuizen: Glad to be here.

KA: Where were you born?

RV: In a village by the dyke.

KA: And your father?

RV: He kept the sluice.
"""


def test_a_short_form_label_and_its_initials_are_one_listed_person() -> None:
    tree = _tree(NICKNAMED)
    whos = [sp.get("who") for sp in tree.xpath("//t:sp", namespaces=NS)]
    assert len(whos) == 6
    assert whos[0] == whos[2] == whos[4]  # Kate Ashgrove: and KA: are the interviewer
    people = _persons(tree)
    assert [n for n in people.values() if "Kate Ashgrove" in n] == [
        ["Katherine Ashgrove", "Kate Ashgrove"]
    ]


# a web page's copy: a no-break space (&nbsp;) after a bracketed time, and after a
# diariser's bracketed label in a SubRip cue
STAMPED = """\
[00:01:23] Wren Halloway: Did the ferry run today?

[00:01:30] Tomas Ekdahl: Only in the morning.

[00:01:41] Wren Halloway: Then we wait.

[00:01:45] Tomas Ekdahl: We wait.
"""

SUBRIP = """\
1
00:00:00,031 --> 00:00:03,912
[SPEAKER_00]: So the first thing on the list is the

2
00:00:03,912 --> 00:00:06,120
[SPEAKER_01]: bread order for Saturday.

3
00:00:06,540 --> 00:00:08,300
[SPEAKER_00]: How many loaves this time?
"""


def _turns(tree: etree._ElementTree) -> list[tuple[str | None, str]]:
    return [
        (sp.get("who"), " ".join(sp.xpath("string(t:p)", namespaces=NS).split()))
        for sp in tree.xpath("//t:sp", namespaces=NS)
    ]


def test_a_no_break_space_after_a_bracketed_time_reads_as_a_space() -> None:
    spaced = _turns(_tree(STAMPED))
    assert len(spaced) == 4 and spaced[0][1] == "Did the ferry run today?"
    unbroken = _tree(STAMPED.replace("] ", "]\xa0"))
    assert _turns(unbroken) == spaced
    # the no-break space is kept: it comes back as written
    assert "[00:01:23]\xa0Wren Halloway:" in tei_to_text(unbroken)


def test_a_no_break_space_after_a_diarisers_bracketed_label_reads_as_a_space() -> None:
    spaced = _turns(_tree(SUBRIP, "t.srt"))
    assert [who for who, _ in spaced] == ["#t-speaker-00", "#t-speaker-01", "#t-speaker-00"]
    assert _turns(_tree(SUBRIP.replace("]: ", "]:\xa0"), "t.srt")) == spaced


SHAPES = sorted((Path(__file__).parent / "shapes").rglob("*.expect.json"))


@pytest.mark.parametrize("expect", SHAPES, ids=lambda p: f"{p.parent.name}/{p.name[:-12]}")
def test_a_no_break_space_after_each_colon_changes_no_fixtures_turns(expect: Path) -> None:
    """A web page's copy may set &nbsp; after a label's colon, a time's, a front
    field's: each shapes fixture with every colon after a word so written gives
    the same turns, by the same speakers, as the fixture. (A YAML front matter's
    fields are YAML's, which takes a space: those files are left as they are.)"""
    source = expect.with_name(expect.name.replace(".expect.json", ".txt"))
    text = source.read_text("utf-8")
    if ": " not in text or text.startswith("---"):
        return
    unbroken = re.sub(r"(?<=\S): ", ":\xa0", text)
    assert _turns(_tree(unbroken, source.name)) == _turns(_tree(text, source.name))


def test_unicodes_line_and_paragraph_separators_are_line_ends() -> None:
    """A script's export may end its lines with U+2028 (line separator) or its
    paragraphs with U+2029: read as line ends, said in an info note."""
    for separator, blank in (("\u2028", "\u2028"), ("\u2029", "")):
        text = INLINE.replace("\n\n", separator + blank).replace("\n", separator)
        result = encode_text(text, "t.txt")
        assert result.tree is not None
        assert _turns(result.tree) == _turns(_tree(INLINE))
        assert _lines(tei_to_text(result.tree)) == _lines(INLINE)
        assert [d.code for d in result.diagnostics if d.code == "I005"] == ["I005"]
    # a line with none keeps its words as they are: no note
    assert "I005" not in [d.code for d in encode_text(INLINE, "t.txt").diagnostics]


def test_a_zero_width_space_before_a_label_is_white_space() -> None:
    """A web page's copy may open a line with U+200B (or a byte-order mark where
    two files were put together): the label after it is read, the note says so."""
    text = INLINE.replace("Wren", "\u200bWren").replace("Tomas", "\ufeffTomas")
    result = encode_text(text, "t.txt")
    assert result.tree is not None
    assert _turns(result.tree) == _turns(_tree(INLINE))
    assert "I006" in [d.code for d in result.diagnostics]
    # inside a line it stays: the words come back with it
    inside = INLINE.replace("the ferry", "the\u200bferry")
    kept = encode_text(inside, "t.txt")
    assert kept.tree is not None and "the\u200bferry" in tei_to_text(kept.tree)
    assert "I006" not in [d.code for d in kept.diagnostics]


# a cabinet's conclusions: the record's date in a sentence of its own heading
CONCLUSIONS = """\
HARBOUR BOARD

CONCLUSIONS of a Meeting held on Tuesday, 4th March, 1958.

Present:
Mr. Alaric Penhallow (in the Chair)
Mrs. Tamsin Vyvyan

1. The Chair said that the dredging contract had been let.

2. The Board took note.
"""


def test_a_records_own_date_in_a_sentence_dates_it_and_names_no_place() -> None:
    tree = _tree(CONCLUSIONS)
    assert tree.xpath("string(//t:creation/t:date/@when)", namespaces=NS) == "1958-03-04"
    # "CONCLUSIONS of a Meeting held on Tuesday" is a sentence, no place
    assert tree.xpath("//t:placeName", namespaces=NS) == []
    assert _lines(tei_to_text(tree)) == _lines(CONCLUSIONS)


def test_a_deadline_sentence_after_the_records_date_dates_nothing() -> None:
    text = CONCLUSIONS.replace(
        "2. The Board took note.", "2. Please send your comments by Friday, 7th March, 1958."
    )
    tree = _tree(text)
    assert tree.xpath("string(//t:creation/t:date/@when)", namespaces=NS) == "1958-03-04"
    assert tree.xpath("//t:placeName", namespaces=NS) == []
