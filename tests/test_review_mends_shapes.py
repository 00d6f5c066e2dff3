"""Review 10's invented inputs that the reader misread: each mended shape, on
small transcripts written for the test (names invented)."""

from __future__ import annotations

from test_exports_and_oral import encode, xp


def _labels(tree: object) -> list[str]:
    return ["".join(s.itertext()).strip() for s in xp(tree, "//t:sp/t:speaker")]


def _turn_texts(tree: object) -> list[str]:
    return [" ".join("".join(p.itertext()).split()) for p in xp(tree, "//t:sp")]


def test_a_speaker_reading_the_gov_banner_keeps_the_words() -> None:
    text = (
        "VANCE: Here is the slide.\n\nOfficial websites use .gov\n\n"
        "PELL: And then?\n\nVANCE: Here's how you know\n"
    )
    tree = encode(text)
    turns = _turn_texts(tree)
    assert turns[0] == "VANCE: Here is the slide. Official websites use .gov"
    assert turns[2] == "VANCE: Here's how you know"
    assert xp(tree, "//t:notesStmt/t:note[@type='boilerplate']") == []


def test_the_gov_banner_over_a_page_copy_is_still_furniture() -> None:
    text = (
        "Official websites use .gov\n\nHarbor Safety Briefing\n\n"
        "VANCE: Welcome.\n\nPELL: Thank you.\n\nVANCE: The pier is shut.\n\nPELL: Since when?\n"
    )
    tree = encode(text)
    assert len(xp(tree, "//t:notesStmt/t:note[@type='boilerplate']")) == 1
    assert _labels(tree) == ["VANCE:", "PELL:", "VANCE:", "PELL:"]

