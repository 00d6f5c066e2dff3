"""Oral histories and interviews as archives publish them, which a tester's
probe (18, B) found misread. Small transcripts written for these tests (names,
places, dates and words invented, in the house styles of the real records);
every expectation was written from the transcript above it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, participants, xp

from encoder.plaintext import tei_to_text


def who(tree: object) -> list[str]:
    """Each turn's person (its id)."""
    return [w.lstrip("#") for w in xp(tree, "//t:sp/@who")]  # type: ignore[arg-type]


def paragraphs(tree: object) -> list[str]:
    """Each paragraph of the turns, its words as written."""
    return [" ".join("".join(p.itertext()).split()) for p in xp(tree, "//t:sp/t:p")]  # type: ignore[arg-type]


def no_character_lost(tree: object, source: str) -> None:
    """The round trip gives back every character but white space."""
    assert "".join(tei_to_text(tree).split()) == "".join(source.split())  # type: ignore[arg-type]


# B1: a local society's field for the one interviewed, "Interview with:", beside
# "Interviewer:": the name is the narrator's, whom the initials label stands for.
INTERVIEW_WITH_FIELD = """\
Harbourside Heritage Society Oral History Program

Interview with: Orla Denby
Interviewer: Tobias Wren
Date: June 4, 2011
Place: Kestrel Bay, Maine

TW: Where were you born?

OD: In the house on Quarry Road. My father built it.

TW: And your mother?

OD: She came from the island.
"""


def test_interview_with_field_names_the_narrator() -> None:
    tree = encode(INTERVIEW_WITH_FIELD)
    assert who(tree) == ["tobias-wren", "orla-denby"] * 2
    people = participants(tree)
    assert set(people) == {"tobias-wren", "orla-denby"}
    assert "Orla Denby" in people["orla-denby"]
    # the field is front matter, not the title, and no turn
    title = xp(tree, "//t:titleStmt/t:title")[0].text
    assert title == "Harbourside Heritage Society Oral History Program"
    assert xp(tree, "//t:front//t:persName[.='Orla Denby']")
    no_character_lost(tree, INTERVIEW_WITH_FIELD)


def test_interview_with_field_names_whom_a_surname_label_stands_for() -> None:
    text = (
        "Interview with: Orla Denby\nInterviewed by: Tobias Wren\n\n"
        "WREN: Where were you born?\n\nDENBY: On Quarry Road.\n\n"
        "WREN: And then?\n\nDENBY: The island.\n"
    )
    tree = encode(text)
    assert who(tree) == ["tobias-wren", "orla-denby"] * 2


# Near miss: a sentence that opens "Interview with:" inside a turn is said, and a
# title "Interview with Orla Denby" (no colon) keeps its own reading.
def test_interview_with_said_in_a_turn_is_words_of_the_turn() -> None:
    text = (
        "Interviewer: Tobias Wren\n\n"
        "TW: What did the poster say?\n\n"
        "OD: It said it in big letters.\n"
        "Interview with: the Mayor, at noon.\n\n"
        "TW: Did you go?\n\nOD: No.\n"
    )
    tree = encode(text)
    assert len(who(tree)) == 4
    assert "the Mayor" in "".join(xp(tree, "//t:sp")[1].itertext())
