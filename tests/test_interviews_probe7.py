"""Interviews, oral histories, press conferences and debates (probe 7, reports
b and d): label layouts the reader did not take, head and foot lines of an
interview record, and labels whose words went to the speaker before. Invented
texts, other names than the probe's."""

from __future__ import annotations

from test_exports_and_oral import encode, participants, said, xp

from encoder.plaintext import tei_to_text


def _labels(tree: object) -> list[str]:
    return ["".join(s.itertext()).strip() for s in xp(tree, "//t:sp/t:speaker")]


def _who(tree: object) -> list[str]:
    return [w for w, _ in said(tree)]  # type: ignore[arg-type]


def _words(text: str) -> list[str]:
    return text.split()


# ------------------------------------------------ rules between speaker blocks

RULED = (
    "Stenographic record | Monday 4 May, 2043\n"
    "Port Alder Town Council\n"
    "4 May 2043\n"
    "---\n"
    "MAYOR HELENA VOSS LINDGREN\n"
    "Good morning.\n"
    "Today we open the new ferry line.\n"
    "---\n"
    "BRUNO OKAFOR DIAS, HARBOUR COMMISSIONER OF THE PORT AUTHORITY\n"
    "Thank you, mayor.\n"
    "---\n"
    "QUESTION\n"
    "When does it start?\n"
    "---\n"
    "BRUNO OKAFOR DIAS\n"
    "In June.\n"
    "---\n"
    "MAYOR HELENA VOSS LINDGREN\n"
    "And it is free for children.\n"
    "---\n"
    "QUESTION\n"
    "And the night boats?\n"
    "---\n"
    "BRUNO OKAFOR DIAS\n"
    "Later in the year.\n"
    "I will say more next week.\n"
)


def test_a_rule_between_blocks_parts_turns_of_names_alone() -> None:
    tree = encode(RULED)
    assert _labels(tree) == [
        "MAYOR HELENA VOSS LINDGREN",
        "BRUNO OKAFOR DIAS, HARBOUR COMMISSIONER OF THE PORT AUTHORITY",
        "QUESTION",
        "BRUNO OKAFOR DIAS",
        "MAYOR HELENA VOSS LINDGREN",
        "QUESTION",
        "BRUNO OKAFOR DIAS",
    ]
    who = _who(tree)
    # the name with its office the first time is the same person as the bare name
    assert who[1] == who[3] == who[6] != who[0] == who[4]
    assert len(set(who)) == 3
    turns = said(tree)
    assert turns[0][1] == "Good morning. Today we open the new ferry line."
    assert turns[6][1] == "Later in the year. I will say more next week."
    # each line of a speech is a paragraph of its own, the rule is no word of it
    assert len(xp(tree, "//t:sp[7]/t:p")) == 2
    assert not any("---" in "".join(p.itertext()) for p in xp(tree, "//t:text//t:p"))
    assert "---" in [n.text for n in xp(tree, "//t:note[@type='boilerplate']")]
    assert xp(tree, "//t:title")[0].text == "Stenographic record | Monday 4 May, 2043"
    # the words come back, the rules left out as page boilerplate
    back = tei_to_text(tree)
    assert _words(back) == [w for w in _words(RULED) if w != "---"]


def test_a_name_with_its_office_once_over_blank_lines_is_a_label() -> None:
    text = (
        "IRENE TALBOT MARSH, DIRECTOR OF PARKS\n"
        "Welcome.\n\n"
        "OTTO FENN BRAGA, CITY ENGINEER\n"
        "Thanks.\n\n"
        "IRENE TALBOT MARSH\n"
        "Shall we?\n\n"
        "OTTO FENN BRAGA\n"
        "Yes.\n\n"
        "IRENE TALBOT MARSH\n"
        "Good.\n"
    )
    tree = encode(text)
    who = _who(tree)
    assert len(who) == 5
    assert who[0] == who[2] == who[4] != who[1] == who[3]
    assert [w for _, w in said(tree)] == ["Welcome.", "Thanks.", "Shall we?", "Yes.", "Good."]
    names = {n for ns in participants(tree).values() for n in ns}
    assert not any("DIRECTOR" in n.upper() or "ENGINEER" in n.upper() for n in names)


def test_a_markdown_rule_in_prose_is_no_block_separator() -> None:
    """Rules between paragraphs that open with no recurring name stay as before."""
    text = (
        "Notes on the ferry\n\n"
        "The first boat ran in May.\n"
        "---\n"
        "The second boat ran in June.\n"
        "---\n"
        "The third boat never ran.\n"
        "---\n"
        "Nobody knows why.\n"
    )
    tree = encode(text)
    assert xp(tree, "//t:sp") == []
    assert "The third boat never ran." in tei_to_text(tree)
