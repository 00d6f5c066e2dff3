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


# The page's notes as its text copy gives them: an ordered list after the text, each
# number with a stop ("  1. Source: …"), the anchors digits glued to words.
NUMBERED_NOTES = """Memorandum of Conversation, by the Secretary of State1

secret

When the dinner ended,2 Mr. Tamm asked me to stay behind, and I agreed that our
talk of the morning3 should go on at the embassy in 1956 or later.

Mr. Tamm said he would write to me.

Paul Verey
  1. Source: Department of State, Central Files, 611.60/5-1255. Secret.
  2. The dinner was given at the embassy; see Document 14.
  3. No record of the morning talk has been found.
"""


def test_a_pages_numbered_notes_attach_at_their_glued_anchors() -> None:
    tree = encode(NUMBERED_NOTES, "numbered-notes.txt")
    notes = xp(tree, "//t:text//t:note[@place='foot']")
    assert [n.get("n") for n in notes] == ["1", "2", "3"]
    assert [n.get("rend") for n in notes] == ["numbered"] * 3
    assert "".join(xp(notes[1], ".//text()")).startswith("The dinner was given")
    body = " ".join(xp(tree, "//t:body//t:p//text()"))
    assert "1. Source" not in body and "in 1956" in body


def test_a_pages_numbered_notes_come_back_with_their_stops() -> None:
    from encoder.plaintext import tei_to_text

    text = tei_to_text(encode(NUMBERED_NOTES, "numbered-notes.txt"))
    assert "\n1. Source: Department of State" in text
    assert "dinner ended,2 Mr. Tamm" in text


# Near miss: a numbered list closing a memo whose numbers stand against no word in
# order ("item 2" has a space) stays the memo's list.
NUMBERED_LIST = """Memorandum for the file

We met at noon and agreed on item 2 of the agenda and the steps below.

  1. Send the draft to the committee.
  2. Book the room for June.
"""


def test_a_closing_numbered_list_without_glued_anchors_stays_text() -> None:
    tree = encode(NUMBERED_LIST, "list.txt")
    assert xp(tree, "//t:note[@place='foot']") == []
    body = " ".join(xp(tree, "//t:body//text()"))
    assert "Send the draft" in body and "Book the room" in body


# A telephone transcript's title naming both parties by office, each holder in
# parentheses, the source note's number glued after the last; labels are initials.
HOLDERS_IN_PARENTHESES = (
    (
        "41. Transcript of a Telephone Conversation Between the Minister of Ports (Lund)"
        " and the Danish Ambassador (Marek)1\n"
    )
    + """M: I have just come back from Aarhus.
L: Was the crossing rough?
M: Not very. I called you yesterday about the ferries.2
L: Yes, I have the figures now.
"""
)


def test_initials_name_the_holders_a_telcon_title_puts_in_parentheses() -> None:
    tree = encode(HOLDERS_IN_PARENTHESES, "holders.txt")
    assert [label for label, _ in _turns(tree)] == ["M:", "L:", "M:", "L:"]
    assert xp(tree, "//t:sp/@who") == ["#marek", "#lund", "#marek", "#lund"]
    title = xp(tree, "//t:titleStmt/t:title/text()")[0]
    assert title.endswith("the Danish Ambassador (Marek)")


# Near miss: the second party's parentheses hold no holder ("(by telephone)"): no
# one is named, and a title outside an edition's numbered conversation keeps its
# closing figure.
NO_HOLDER = HOLDERS_IN_PARENTHESES.replace("(Marek)1", "(by telephone)").replace(
    "41. Transcript of a Telephone Conversation", "Call Notes"
)


def test_parentheses_that_hold_no_name_name_no_one() -> None:
    tree = encode(NO_HOLDER, "no-holder.txt")
    assert "#by" not in xp(tree, "//t:sp/@who")
    names = xp(tree, "//t:listPerson/t:person/t:persName/text()")
    assert not any(n.startswith("by") for n in names)


# The page's PARTICIPANTS and SUBJECT headings lost in the copy: the names behind
# bullets, then, after an empty line or two, the topics behind a bullet of their own.
TOPICS_BULLET = """52. Memorandum of Conversation1


  • Ingrid Halvorsen, Minister of Foreign Affairs of Norway
  • Dr. Owen T. Brask, Secretary of State


  • Fisheries Limits; Northern Air Base; NATO; Svalbard

Secretary Brask: Shall we begin with the fisheries?

Minister Halvorsen: Gladly. Our boats wait for an answer.

Secretary Brask: You will have one this week.
"""


def test_a_bullet_of_topics_under_the_names_is_the_subject_not_people() -> None:
    tree = encode(TOPICS_BULLET, "topics.txt")
    people = xp(tree, "//t:listPerson/t:person/t:persName/text()")
    assert not {"NATO", "Svalbard", "Northern Air Base", "Fisheries Limits"} & set(people)
    terms = xp(tree, "//t:keywords/t:term/text()")
    assert terms == ["Fisheries Limits; Northern Air Base; NATO; Svalbard"]
    assert [label for label, _ in _turns(tree)] == [
        "Secretary Brask:",
        "Minister Halvorsen:",
        "Secretary Brask:",
    ]


# Near miss: two people behind one bullet, parted by a semicolon, each with a title,
# are still two participants.
TITLED_PAIR = TOPICS_BULLET.replace(
    "  • Fisheries Limits; Northern Air Base; NATO; Svalbard", "  • Mr. Tor Lien; Dr. Ruth Amsel"
)


def test_titled_names_parted_by_a_semicolon_stay_participants() -> None:
    tree = encode(TITLED_PAIR, "titled-pair.txt")
    people = xp(tree, "//t:listPerson/t:person/t:persName/text()")
    assert any("Lien" in p for p in people) and any("Amsel" in p for p in people)
    assert xp(tree, "//t:keywords/t:term/text()") == []


# The headings lost, the list's first names given as office and surname, a name with
# its office after a comma only further down the run of bullets; the text narrates.
OFFICES_FIRST = """9. Memorandum of Conversation1


  • Foreign Minister Oksen
  • Ambassador Tarle
  • Pia Lund, Director, Nordic Desk
  • The Secretary
  • Mr. Brask

Foreign Minister Oksen thanked the Secretary for the visit.2 He said the fisheries
talks would go on in June.
"""


def test_office_and_surname_bullets_over_a_named_office_are_participants() -> None:
    tree = encode(OFFICES_FIRST, "offices-first.txt")
    people = xp(tree, "//t:listPerson/t:person/t:persName/text()")
    assert {"Oksen", "Tarle", "Pia Lund"} <= set(people)
    body = "".join(xp(tree, "//t:body//t:p//text()"))
    assert "Oksen thanked the Secretary" in body


# Near miss: a bullet of topics over the names, an empty line between, is no person,
# though a bullet with an office follows further down.
TOPIC_OVER_NAMES = """12. Memorandum of Conversation1


  • Harbour Dues and Ferries


  • Pia Lund, Director, Nordic Desk
  • Mr. Brask

Mrs. Lund opened the talks.
"""


def test_a_topic_bullet_over_the_list_is_no_participant() -> None:
    tree = encode(TOPIC_OVER_NAMES, "topic-over.txt")
    people = xp(tree, "//t:listPerson/t:person/t:persName/text()")
    assert "Pia Lund" in people
    assert not any("Harbour" in p or "Ferries" in p for p in people)


# An older volume's page: the archive's file first, the document's number, then its
# title, the classification in small letters, first-person narrative, a signature.
FILE_OVER_TITLE = """Conference files, lot 62 D 181, CF 77

No. 58
Memorandum of Conversation, by the Secretary of State

secret

At the reception Mr. Tamm took me aside and asked about the ferries.

Paul Verey
"""


def test_the_archive_s_file_over_an_older_document_is_no_title() -> None:
    tree = encode(FILE_OVER_TITLE, "file-over.txt")
    title = xp(tree, "//t:titleStmt/t:title/text()")
    assert title == ["Memorandum of Conversation, by the Secretary of State"]
    front = " ".join(xp(tree, "//t:front//text()"))
    assert "lot 62 D 181" in front


# Near miss: a press conference's own title line, which opens with the kind word,
# stays the title over a memo line below it.
CONFERENCE_TITLE = """Conference on Harbour Safety, Lot 4 Pavilion

Memorandum for the press

MS. HALE: Good morning. We begin with the ferries.

MR. AMES: Thank you.

MS. HALE: Next question.
"""


def test_a_conference_title_that_cites_no_file_stays_the_title() -> None:
    tree = encode(CONFERENCE_TITLE, "conference.txt")
    title = xp(tree, "//t:titleStmt/t:title/text()")
    assert title == ["Conference on Harbour Safety, Lot 4 Pavilion"]


# An edition's list: a generation after the name's comma, then the office; an
# ambassador's title shortened with a stop.
GENERATION_IN_LIST = """71. Memorandum of Conversation1

PARTICIPANTS

  • Amb. Tor Vik, Jr., Ambassador to Norway
  • Owen T. Brask, Secretary of State

Brask: Welcome back to Washington.

Vik: Thank you. The ferries are the first matter.
"""


def _listed(tree: object) -> dict[str, str]:
    """Each participant's name and the note of its office."""
    out = {}
    for person in xp(tree, "//t:listPerson/t:person"):
        name = "".join(xp(person, "t:persName[1]//text()"))
        out[name] = "".join(xp(person, "t:note//text()"))
    return out


def test_a_generation_after_the_comma_is_the_name_s_not_the_office() -> None:
    tree = encode(GENERATION_IN_LIST, "generation.txt")
    listed = _listed(tree)
    assert listed["Tor Vik"] == "Ambassador to Norway"
    assert [label for label, _ in _turns(tree)] == ["Brask:", "Vik:"]


# Near miss: a Roman figure that opens the office, with no comma after it, is the
# office's ("III Corps commander").
ROMAN_OFFICE = GENERATION_IN_LIST.replace(
    "Amb. Tor Vik, Jr., Ambassador to Norway", "Tor Vik, III Corps commander"
)


def test_a_roman_figure_opening_the_office_stays_the_office_s() -> None:
    listed = _listed(encode(ROMAN_OFFICE, "roman.txt"))
    assert listed["Tor Vik"] == "III Corps commander"


# The editors' pointer to a paper, in brackets with no full stop, inside a speech.
CROSS_REFERENCE = """12. Memorandum of Conversation1

Vik: The draft is ready. [See the Norwegian draft at Tab B]

Brask: I have read it.

Vik: Good. We can sign on Friday.

Brask: Then I [see] no problem there.
"""


def test_an_editors_see_tab_in_brackets_is_an_editorial_note() -> None:
    tree = encode(CROSS_REFERENCE, "cross-reference.txt")
    notes = xp(tree, "//t:sp//t:note[@type='editorial']/text()")
    assert notes == ["See the Norwegian draft at Tab B"]
    assert "See the Norwegian" not in " ".join(xp(tree, "//t:supplied/text()"))


def test_a_word_supplied_in_brackets_stays_supplied() -> None:
    tree = encode(CROSS_REFERENCE, "cross-reference.txt")
    assert "see" in xp(tree, "//t:sp//t:supplied/text()")
