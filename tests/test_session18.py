"""Session 18: what the sweep over the probes' texts and the probe 14 reports left.

Expected values are written from reading the invented texts below.
"""

from __future__ import annotations

from encoder.pipeline import encode_text

GREETED_THEN_SWORN = """\
THE CHAIR: Good morning, Mr Roe.

THE WITNESS: Good morning, my lady.

THE CHAIR: Ms Lee, when you are ready.

MS LEE: Thank you. Could the witness take the affirmation, please.

DANIEL ROE (affirmed)

Questions by MS LEE

Q. Your full name is Daniel Roe?

A. It is.

THE WITNESS: May I add something about the records?

MS LEE: Please do.
"""

# the witness of an earlier day goes on (questions before the next oath): the
# label before the oath is that witness, not the one sworn later
GOING_ON_THEN_SWORN = """\
THE CHAIR: Good morning. Mr Hale, you are still under oath.

Questions by MS LEE (continued)

Q. Yesterday you spoke of the audit?

A. I did.

THE WITNESS: And I would add one thing.

THE CHAIR: Thank you, Mr Hale. The next witness, please.

DANIEL ROE (affirmed)

Q. Your full name is Daniel Roe?

A. It is.
"""


def _who(text: str) -> list[tuple[str, str]]:
    result = encode_text(text, "hearing.txt")
    assert result.transcript is not None
    from encoder.model import Turn

    return [(b.label, b.who) for b in result.transcript.blocks if isinstance(b, Turn)]


def test_the_witness_greeted_before_the_oath_is_the_witness_sworn() -> None:
    turns = _who(GREETED_THEN_SWORN)
    assert turns[1] == ("THE WITNESS:", "daniel-roe")
    assert {who for label, who in turns if label in ("A.", "THE WITNESS:")} == {"daniel-roe"}
    assert [who for _label, who in turns].count("witness") == 0


def test_a_witness_going_on_before_the_next_oath_is_not_the_next_witness() -> None:
    turns = _who(GOING_ON_THEN_SWORN)
    before = [who for label, who in turns[:4] if label == "THE WITNESS:"]
    assert before and "daniel-roe" not in before
    assert turns[-1] == ("A.", "daniel-roe")


def test_the_witness_with_no_oath_stays_the_witness() -> None:
    turns = _who("THE CHAIR: Good morning.\n\nTHE WITNESS: Good morning.\n\nTHE CHAIR: Sit down.\n")
    assert turns[1] == ("THE WITNESS:", "witness")


COURT_COVER = """\
HIGH COURT OF AUSTRALIA

[1995] HCATrans 200

MR SMITH: May it please the Court, I appear for the applicant, as in Roe v Lee
[2003] EWCA Civ 12.

HIS HONOUR: Yes, Mr Smith.

MR SMITH: Your Honour, the matter is brief.[1]

HIS HONOUR: Go on.

[1] The transcript was revised by the parties.
"""


def test_a_bracketed_year_of_a_citation_is_no_footnote() -> None:
    result = encode_text(COURT_COVER, "hca.txt")
    assert result.transcript is not None and result.tree is not None
    from encoder.plaintext import tei_to_text

    notes = result.tree.getroot().findall(".//{http://www.tei-c.org/ns/1.0}note")
    assert [n.get("n") for n in notes] == ["1"]
    assert not [d for d in result.diagnostics if d.code in ("W201", "W202")]
    back = tei_to_text(result.tree)
    assert "[1995] HCATrans 200" in back and "[2003] EWCA Civ 12." in back


def test_a_note_numbered_like_a_year_with_its_anchor_is_a_note() -> None:
    text = (
        "ROE: We met in spring.[1999]\n\nLEE: We did.\n\nROE: Yes.\n\n[1999] A note so numbered.\n"
    )
    result = encode_text(text, "notes.txt")
    assert result.tree is not None
    notes = result.tree.getroot().findall(".//{http://www.tei-c.org/ns/1.0}note")
    assert [n.get("n") for n in notes] == ["1999"]
    assert "".join(notes[0].itertext()).strip() == "A note so numbered."
