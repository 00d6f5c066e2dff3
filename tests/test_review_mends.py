"""Speakers that review 10 found merged into one person: small transcripts
written for these tests, invented names.

Every expectation was written from the transcript above it, by reading.
"""

from __future__ import annotations

from test_exports_and_oral import encode, participants, said

from encoder.pipeline import encode_text

# Two speakers whose names in capitals share a beginning, both speaking
# throughout: "ROS." is not "ROSA." shortened, since ROSA speaks again after it.
ROSA_ROS = """THE FERRY

ROSA. Is the boat in?

ROS. Not yet.

ROSA. And the tide?

ROS. Turning.

ROSA. Then we wait.

ROS. We wait.
"""


def test_two_labels_in_capitals_that_alternate_are_two_speakers() -> None:
    tree = encode(ROSA_ROS, "ferry.txt")
    assert [who for who, _ in said(tree)] == ["#rosa", "#ros"] * 3
    assert sorted(participants(tree)) == ["ros", "rosa"]


# The full name said once, then only the short form: one speaker.
FULL_THEN_SHORT = """THE FERRY

ROSALIND. Is the boat in?

TOMAS. Not yet.

ROS. And the tide?

TOMAS. Turning.

ROS. Then we wait.
"""


def test_a_short_form_that_takes_over_from_the_full_name_is_the_same_speaker() -> None:
    tree = encode(FULL_THEN_SHORT, "ferry2.txt")
    assert [who for who, _ in said(tree)] == ["#rosalind", "#tomas"] * 2 + ["#rosalind"]
    assert sorted(participants(tree)) == ["rosalind", "tomas"]


# "Hon" without its stop is a given name before a surname alone; before a
# full name ("Hon Tama Ruru") it is a parliament's title.
GIVEN_NAME_HON = """Hon Kerr: My father ran the mill.

Ada Kerr: Mine too.

Hon Kerr: Same valley.

Ada Kerr: Yes.
"""


def test_hon_before_a_surname_alone_is_a_given_name() -> None:
    tree = encode(GIVEN_NAME_HON, "mill.txt")
    assert [who for who, _ in said(tree)] == ["#hon-kerr", "#ada-kerr"] * 2
    assert participants(tree) == {"hon-kerr": ["Hon Kerr"], "ada-kerr": ["Ada Kerr"]}


def _w402(text: str, name: str) -> list[str]:
    result = encode_text(text, name)
    return [d.message for d in result.diagnostics if d.code == "W402"]


# "Ines M" introduces herself as Ines Mata: she is not Ines Moro, and "Ines"
# alone in the text may name either of them.
INTRODUCED = """Ines Moro: Welcome to the call.

Carl Wendt: Hello.

Ines M: Hello, I am Ines Mata from the yard.

Ines Moro: Welcome, Ines.

Ines M: Thanks.
"""


def test_a_given_name_and_initial_that_introduces_another_surname_is_another_speaker() -> None:
    tree = encode(INTRODUCED, "yard.txt")
    assert [who for who, _ in said(tree)] == [
        "#ines-moro",
        "#carl-wendt",
        "#ines-m",
        "#ines-moro",
        "#ines-m",
    ]
    assert any("'Ines'" in message for message in _w402(INTRODUCED, "yard.txt"))


# A list of participants names two people called Ines with a surname in M:
# "Ines M" may be either of them.
TWO_LISTED = """Participants: Ines Moro, Ines Mata, Carl Wendt

Ines Moro: Welcome to the call.

Carl Wendt: Hello.

Ines M: Hello.

Ines Moro: Good.

Ines M: Ready.
"""


def test_a_given_name_and_initial_that_two_listed_people_share_is_not_merged() -> None:
    tree = encode(TWO_LISTED, "yard2.txt")
    whos = [who for who, _ in said(tree)]
    assert len(whos) == 5
    assert whos[2] == whos[4] not in {"#ines-moro", "#ines-mata"}
    assert whos[0] == whos[3] == "#ines-moro"


# Only one Ines in M, and nothing in the text names another: "Ines M" is her.
ONE_INES = """Ines Moro: Welcome to the call.

Carl Wendt: Hello, Ines.

Ines M: Let us begin.

Carl Wendt: Yes.

Ines M: First the yard.
"""


def test_a_given_name_and_initial_of_one_speaker_only_is_that_speaker() -> None:
    tree = encode(ONE_INES, "yard3.txt")
    assert [who for who, _ in said(tree)] == ["#ines-moro", "#carl-wendt"] * 2 + ["#ines-moro"]
