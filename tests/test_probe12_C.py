"""Court-reporter transcripts, depositions and hearings a tester's probe (12, C)
found misread. Small transcripts written for these tests (names, dates and
words invented, in the house styles of the real records); every expectation
was written from the transcript above it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, xp


def speakers(tree: object) -> list[str]:
    """Each turn's label, as written."""
    return ["".join(s.itertext()).strip() for s in xp(tree, "//t:sp/t:speaker")]  # type: ignore[arg-type]


def whos(tree: object) -> list[str]:
    """Each turn's @who."""
    return [sp.get("who", "") for sp in xp(tree, "//t:sp")]  # type: ignore[arg-type]


# C1: a web copy of a printed deposition that lost the space after the title's
# stop ("Mr.Ball."): every label is a title glued to a surname, then the speech.
GLUED_TITLES = """\
Mr.Okafor. Where were you standing when the van stopped?
Mr.Lindqvist. By the news stand, across the road.
Mr.Okafor. Could you see the driver?
Mr.Lindqvist. Only his arm, sir.
(The witness was handed a map.)
Mr.Okafor. Please mark the news stand on this map.
Mr.Lindqvist. It was here.
"""


def test_a_title_glued_to_the_surname_is_still_a_label() -> None:
    tree = encode(GLUED_TITLES)
    assert speakers(tree) == ["Mr.Okafor.", "Mr.Lindqvist."] * 3
    # the person is Mr. Okafor, the space put back
    names = {"".join(p.itertext()) for p in xp(tree, "//t:person/t:persName")}
    assert "Mr. Okafor" in names and "Mr. Lindqvist" in names


# Near miss: prose whose lines open with an abbreviation glued to a word, said once
# each: no labels.
GLUED_PROSE = """\
Dr.Seuss. His books were on every shelf of the school library.
St.Louis. The train arrived there two hours late that night.
The rest of the journey passed without any trouble at all.
"""


def test_glued_abbreviations_said_once_stay_words() -> None:
    tree = encode(GLUED_PROSE)
    assert xp(tree, "//t:sp") == []
