"""Diplomatic records probe 14 (helper M) found misread: memoranda of conversation and
telephone transcripts as a user copies them from a documentary edition's web page
(Foreign Relations of the United States), sources listed in
/work/probe14/M/SOURCES.md. Every text here is invented in the house style of a real
one; every expectation was written by reading the text above it."""

from __future__ import annotations

from test_exports_and_oral import encode, xp
from test_probe11_D import _turns

# The page's participants behind bullets under PARTICIPANTS, the topics under
# SUBJECTS, then an excerpt in which one participant speaks once, by surname.
BULLETED_ONCE = """88. Memorandum of Conversation1

PARTICIPANTS

  • Ingrid Halvorsen, Minister of Foreign Affairs of Norway
  • Dr. Owen T. Brask, Secretary of State
  • Lena Marsh, Interpreter

SUBJECTS

  • Fisheries; Arctic Council

[Omitted here is discussion of the harbour dues.]

Fisheries Quotas

Brask: We think the quota can be settled before the winter, and my staff will meet yours tomorrow.

He added that the Senate would not object.
"""


def test_a_listed_participant_s_surname_said_once_opens_a_turn() -> None:
    tree = encode(BULLETED_ONCE, "bulleted-once.txt")
    turns = _turns(tree)
    assert [label for label, _ in turns] == ["Brask:"]
    assert turns[0][1].endswith("the Senate would not object.")
    assert xp(tree, "//t:sp/@who") == ["#owen-t-brask"]


# Near miss: under the same list, a paragraph opening with a topic of SUBJECTS and a
# colon ("Fisheries: …") is words: the topics are no participants.
TOPIC_ONCE = BULLETED_ONCE.replace("Brask: We think", "Fisheries: the quota, we think,").replace(
    "my staff will", "the staff will"
)


def test_a_topic_under_subjects_said_once_with_a_colon_stays_words() -> None:
    tree = encode(TOPIC_ONCE, "topic-once.txt")
    assert _turns(tree) == []
    people = xp(tree, "//t:listPerson/t:person/t:persName/text()")
    assert "Fisheries" not in people
