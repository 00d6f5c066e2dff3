"""Oral histories a tester's probe (20, G) found misread. Small transcripts
written for these tests (names, places and words invented, in the house styles
of the real typed and printed transcripts); every expectation was written from
the transcript above it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, xp


def speakers(tree: object) -> list[str]:
    """Each turn's label, as written."""
    return ["".join(s.itertext()).strip() for s in xp(tree, "//t:sp/t:speaker")]  # type: ignore[arg-type]


def whos(tree: object) -> list[str]:
    return [sp.get("who") for sp in xp(tree, "//t:sp")]  # type: ignore[arg-type]


# G1: an oral history's PDF as a document-sharing site shows its text: the whole
# transcript run onto one line, the cover in capitals, then surname labels in
# capitals ("… 12 MAY 2004 OKAFOR: Today is … BRANNIGAN: Thank you …"), or
# initials after the speakers' full names said once. No turn was read (the
# one-line rule knew a court's labels only).
FLAT_TURNS = [
    "OKAFOR: Today is May 12, 2004. We are at the home of Tilda Brannigan in Marlow Creek.",
    "BRANNIGAN: Thank you for coming out all this way.",
    "OKAFOR: Let us begin with the cannery. When did you first work there?",
    "BRANNIGAN: In the summer of 1951, on the night line, packing salmon.",
    "OKAFOR: At night? Was that usual for a girl of sixteen?",
    "BRANNIGAN: Well, of course it was. Everyone on the creek did it, my sisters too.",
    "OKAFOR: And the foreman?",
    "BRANNIGAN: A man called Dunne. He was kind enough to us, as foremen went then.",
]
FLAT = (
    "ORAL HISTORY TRANSCRIPT TILDA M. BRANNIGAN INTERVIEWED BY CORMAC OKAFOR"
    " MARLOW CREEK, OREGON \u2013 12 MAY 2004 " + " ".join(FLAT_TURNS) + "\n"
)


def test_an_interview_run_together_on_one_line_is_cut_at_its_capitals_labels() -> None:
    assert len(FLAT) > 600
    tree = encode(FLAT)
    assert speakers(tree) == [t.split(" ")[0] for t in FLAT_TURNS]
    who = whos(tree)
    assert len(set(who)) == 2
    assert who[0::2] == [who[0]] * 4 and who[1::2] == [who[1]] * 4
    # the cover before the first label is no turn
    assert "INTERVIEWED BY" not in " ".join("".join(sp.itertext()) for sp in xp(tree, "//t:sp"))


INITIALS = (
    "7 Nils Amberg: This begins an interview with Wren Halloway on March 3, 2011, at the"
    " county library with Nils Amberg and Priya Dunmore. Priya Dunmore: Thank you"
    " for coming in today. Can you tell me where and when you were born? Wren Halloway: I was"
    " born in Pellston, at the old infirmary. PD: Let me start with your father. WH: Fine."
    " PD: What was his work? WH: He kept the ferry at the narrows, and his father before him."
    " PD: And your mother? WH: She taught at the school by the mill, forty years nearly."
    " PD: Did you go to that school? WH: I did, and my children after me, all four of them,"
    " though the youngest left it early for the boats.\n"
)


def test_initials_after_full_names_said_once_are_cut_too() -> None:
    assert len(INITIALS) > 600
    tree = encode(INITIALS)
    labels = speakers(tree)
    assert labels[-8:] == ["PD:", "WH:"] * 4
    who = dict(zip(labels, whos(tree), strict=True))
    # the initials are the people the full names named
    assert who["PD:"] == who["Priya Dunmore:"] and who["WH:"] == who["Wren Halloway:"]
    assert "Priya Dunmore:" not in " ".join("".join(p.itertext()) for p in xp(tree, "//t:sp/t:p"))


def test_a_long_paragraph_with_a_repeated_heading_in_capitals_is_not_cut() -> None:
    # near miss: one long unwrapped paragraph (a list of rules) that says NOTE:
    # and TIP: again and again, and one speaker's label before it, is one speech
    para = " ".join(
        f"NOTE: Rule {n} of the reading room applies to every reader. TIP: Ask at the desk."
        if n % 2
        else f"Rule {n} is on the board by the door. NOTE: Read it first."
        for n in range(1, 12)
    )
    assert len(para) > 600
    tree = encode("LIBRARIAN: Here are the rules. " + para + "\nREADER: Thank you.\n")
    assert speakers(tree) == ["LIBRARIAN:", "READER:"]


def test_labels_said_once_or_twice_in_a_long_line_do_not_cut_it() -> None:
    # near miss: a long line naming two people with colons a couple of times
    # (a letter quoted whole) is no run-together transcript
    line = (
        "The letter read: ROE: I shall come on Tuesday. DIAZ: So shall I. "
        + "And the rest of it went on about the weather and the boats in the harbour. " * 9
    )
    tree = encode("ARCHIVIST: " + line + "\nVISITOR: I see.\n")
    assert speakers(tree) == ["ARCHIVIST:", "VISITOR:"]
