"""Parliamentary records as their house styles write them: Hansard's members
and offices, the US Congress's chair, column markers, headings between
speeches, agenda fields and collective interjections. Small transcripts
written for these tests (invented names); every expectation was written by
reading the transcript above it.
"""

from __future__ import annotations

from test_exports_and_oral import encode, said, xp

from encoder.plaintext import tei_to_text


def labels(tree: object) -> list[str]:
    return [" ".join("".join(s.itertext()).split()) for s in xp(tree, "//t:sp/t:speaker")]


# -- M9: members who speak once, and labels without a space after the colon --

ONCE_ONLY = """Mrs Hilda Quarry (Eastwick and Moor) (Con): Will the Minister act?

Madam Deputy Speaker (Dame Nora Pike): Order, order.

Gareth Llewelyn (Carmarthen, North) (PC): The valley has waited long enough.

Mr Rory McAllister (Fenland) (LD): I agree with him.
"""


def test_a_member_with_seat_and_party_is_a_speaker_said_once() -> None:
    tree = encode(ONCE_ONLY, "once.txt")
    assert said(tree) == [
        ("#hilda-quarry", "Will the Minister act?"),
        ("#nora-pike", "Order, order."),
        ("#gareth-llewelyn", "The valley has waited long enough."),
        ("#rory-mcallister", "I agree with him."),
    ]
    assert labels(tree)[2] == "Gareth Llewelyn (Carmarthen, North) (PC):"


def test_a_label_without_a_space_after_its_colon() -> None:
    text = (
        "Ms Petra Lund (Hexley) (Lab):I beg to move,\n\n"
        "That this House notes the report.\n\n"
        "Mr Speaker (Mr Alan Grey):Order.\n\n"
        "Ms Lund:Thank you, Mr Speaker.\n"
    )
    tree = encode(text, "tight.txt")
    assert said(tree) == [
        ("#petra-lund", "I beg to move, That this House notes the report."),
        ("#alan-grey", "Order."),
        ("#petra-lund", "Thank you, Mr Speaker."),
    ]
    # the round trip writes one space after each label
    assert tei_to_text(tree).split() == text.replace(":", ": ").split()


def test_a_colon_without_a_space_in_a_sentence_is_no_label() -> None:
    text = (
        "Mr Ivo Hart (Selby) (Con): Two points.\n\n"
        "Budget:The figures are in Table Four (Annex):Part Two.\n\n"
        "Mr Hart: That is all.\n"
    )
    tree = encode(text, "sentence.txt")
    assert [who for who, _ in said(tree)] == ["#ivo-hart", "#ivo-hart"]
    assert said(tree)[0][1] == "Two points. Budget:The figures are in Table Four (Annex):Part Two."
