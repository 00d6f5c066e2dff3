"""Podcast and long-interview transcripts a tester's probe (14, J) found misread, in
the house styles of a transcript archive's podcasts: a guest known by one name keyed
by one letter on the first turn ("Murch (M):", then "M:"), whose turns went to another
voice whose full name starts with that letter (J1); a transcriber's "???:" for a voice
not named, whose turns ran into the turn before (J2). Small transcripts written for these
tests (names and words invented, in the house style found); every expectation was
written from the transcript above it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, said, xp


def whos(tree: object) -> list[str]:
    return [who for who, _ in said(tree)]  # type: ignore[arg-type]


def person_named(tree: object, ref: str) -> str:
    ident = ref.lstrip("#")
    names = xp(tree, f"//t:person[@xml:id='{ident}']/t:persName")  # type: ignore[arg-type]
    return "".join(names[0].itertext()) if names else ""


# J1: the first turn of each voice gives the full name and the key in brackets; a
# guest known by one name is keyed by its first letter, which another voice's full
# name shares ("Niels Brandt (NB)" beside "Bram (B)").
ONE_LETTER_KEY = """Nora Vance (NV): Welcome back, everyone.

Bram (B): Glad to be here.

Niels Brandt (NB): Thanks for having me.

NV: Let us start with the harbour.

B: The harbour was busy that year.

NB: It was never quiet.

NV: And the ferries?

B: They ran twice a day.

NB: Only in summer.
"""


def test_a_one_word_name_keys_its_letter_label() -> None:
    tree = encode(ONE_LETTER_KEY)
    who = whos(tree)
    assert len(who) == 9
    assert [person_named(tree, w) for w in who[1::3]] == ["Bram", "Bram", "Bram"]
    assert person_named(tree, who[3]) == "Nora Vance"


# negative: a bracketed letter that is not the name's first is no key; the "K:" turns
# stay a voice of their own, never Bram's.
NOT_A_KEY = """Nora Vance (NV): Welcome back, everyone.

Bram (K): Glad to be here.

NV: Let us start with the harbour.

K: The harbour was busy that year.

NV: And the ferries?

K: They ran twice a day.
"""


def test_a_bracketed_letter_not_the_names_own_is_no_key() -> None:
    tree = encode(NOT_A_KEY)
    who = whos(tree)
    assert len(who) == 6
    assert person_named(tree, who[3]) != "Bram"


# J2: a transcriber's "???:" for a voice not named (a call-in debate's listeners),
# among initials and role labels: each such line opens a turn of an unidentified
# speaker, never words of the turn before.
UNNAMED_VOICE = """Host: Welcome to the debate. Two guests are on the line tonight.

KL: Thanks for having me.

DM: Glad to be here.

???: Can I ask a question from the floor?

Host: Go ahead.

???: What about the fees next year?

KL: They will go up, I think.

DM: I disagree.
"""


def test_three_question_marks_label_an_unidentified_voice() -> None:
    tree = encode(UNNAMED_VOICE)
    pairs = said(tree)
    assert len(pairs) == 8
    assert pairs[3][1] == "Can I ask a question from the floor?"
    assert pairs[3][0] == pairs[5][0]
    roles = xp(tree, f"//t:person[@xml:id='{pairs[3][0].lstrip('#')}']/@role")
    assert roles == ["unidentified"]


# negative: a line of speech that opens with question marks and no colon stays words
# of the turn before it.
QUESTION_MARKS_IN_SPEECH = """Host: Welcome to the debate.

KL: Thanks for having me.

??? That was the whole of his answer, and we laughed.

DM: Glad to be here.

Host: Let us begin.
"""


def test_question_marks_without_a_colon_are_no_label() -> None:
    tree = encode(QUESTION_MARKS_IN_SPEECH)
    pairs = said(tree)
    assert len(pairs) == 4
    assert "That was the whole of his answer" in pairs[1][1]
