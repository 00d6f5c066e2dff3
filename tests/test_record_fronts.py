"""How a chamber's record opens and closes its sitting: the lines before the
first speech and the times of the sitting. Small transcripts written for these
tests in the house styles of Hansard (Commons, Westminster Hall, Lords); every
expectation was written from the transcript above it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, said, same_words, xp

# A Commons day as the printed report opens it: the sitting's narration, the
# chair, then the business's headings over the first question.
COMMONS = """House of Commons

Thursday 14 October 2004

The House met at half-past Eleven o'clock

Prayers

[Mr. Speaker in the Chair]

Oral Answers to Questions

Health

The Secretary of State was asked—

Hospital Parking

1. Mrs. Helen Garside (Brookfield) (Con): What steps he is taking to reduce the cost of parking.

The Secretary of State for Health (Mr. Tobias Renner): We have asked every trust to review it.

Mrs. Garside: Will he meet me to discuss the hospital in my constituency?

Mr. Renner: I shall be glad to do so.

Dental Services

2. Mr. Oliver Stanning (Harwick East) (LD): If he will make a statement on dentistry.

Mr. Renner: We have put more money into dentistry than ever before.
"""

CONVERSATION = "//t:div[@type='conversation']"


def test_a_commons_opening_is_narration_and_headings() -> None:
    tree = encode(COMMONS, "commons.txt")
    assert xp(tree, f"{CONVERSATION}/t:stage/text()") == [
        "The House met at half-past Eleven o'clock",
        "Prayers",
        "[Mr. Speaker in the Chair]",
    ]
    assert xp(tree, "//t:div[@type='section']/t:head/text()") == [
        "Oral Answers to Questions",
        "Health",
        "Hospital Parking",
        "Dental Services",
    ]
    # the department's heading holds what the record says of its questions
    assert xp(tree, "//t:div[t:head='Health']/t:stage/text()") == [
        "The Secretary of State was asked—"
    ]
    assert xp(tree, "//t:div[t:head='Hospital Parking']/t:sp/t:speaker/text()")[0] == (
        "Mrs. Helen Garside (Brookfield) (Con):"
    )
    # none of the opening's lines is a paragraph of the text
    assert not xp(tree, f"{CONVERSATION}//t:p[not(ancestor::t:sp)]")
    assert [who for who, _ in said(tree)] == [
        "#helen-garside",
        "#tobias-renner",
        "#helen-garside",
        "#tobias-renner",
        "#oliver-stanning",
        "#tobias-renner",
    ]
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["House of Commons"]
    same_words(tree, COMMONS)


# Westminster Hall: the chair, the debate's heading in sentence case, its time.
HALL = """Westminster Hall

Tuesday 8 March 2016

[Mrs. Ann Holloway in the Chair]

Rural broadband

9.30 am

Mr. Duncan Farrow (Elmbridge West) (Con): I beg to move,

That this House has considered rural broadband.

Mrs. Kate Lorimer (Tolworth) (LD): Will the hon. Gentleman give way?

Mr. Farrow: I will.
"""


def test_a_debate_s_heading_over_its_time_opens_its_division() -> None:
    tree = encode(HALL, "hall.txt")
    assert xp(tree, f"{CONVERSATION}/t:stage/text()") == ["[Mrs. Ann Holloway in the Chair]"]
    assert xp(tree, "//t:div[@type='section']/t:head/text()") == ["Rural broadband"]
    # the time stays where it stands, in the debate's division, and is the sitting's
    assert xp(tree, "//t:div[@type='section']/t:p/t:time/@when") == ["09:30:00"]
    assert xp(tree, "//t:settingDesc/t:setting/t:time/@from") == ["09:30:00"]
    assert len(said(tree)) == 3
    same_words(tree, HALL)


# The Lords: the sitting's narration in one line, a question's heading.
LORDS = """House of Lords

Wednesday, 9 November 2005.

The House met at three of the clock: The LORD BISHOP of Lydford: Prayers.

Schools: Rural Transport

2.37 pm

Baroness Hallam of Bexford: My Lords, I beg leave to ask the Question standing in my name.

The Minister of State, Department for Education (Lord Wexley): My Lords, we review it.

Baroness Hallam of Bexford: My Lords, I thank the Minister for that reply.

Lord Wexley: My Lords, I am grateful to the noble Baroness.
"""


def test_a_lords_opening_is_narration_not_a_label() -> None:
    tree = encode(LORDS, "lords.txt")
    stages = xp(tree, f"{CONVERSATION}/t:stage/text()")
    assert stages == ["The House met at three of the clock: The LORD BISHOP of Lydford: Prayers."]
    assert xp(tree, "//t:div[@type='section']/t:head/text()") == ["Schools: Rural Transport"]
    who = [who for who, _ in said(tree)]
    assert who[0] == "#baroness-hallam-of-bexford"
    assert who == [who[0], who[1], who[0], who[1]] and who[0] != who[1]
    same_words(tree, LORDS)


# Not a chamber: short lines before the first label stay as they are.
INTERVIEW = """Interview with Mary Stone

Good morning

Thank you all

INTERVIEWER: Tell me about the mill.

STONE: It was loud.

INTERVIEWER: And the work?

STONE: Hard.
"""


def test_short_lines_before_an_interview_are_no_headings() -> None:
    tree = encode(INTERVIEW, "stone.txt")
    assert not xp(tree, "//t:head")
    assert not xp(tree, f"{CONVERSATION}/t:stage")


def test_a_hansard_time_alone_shows_the_debate_s_heading() -> None:
    hall = HALL.replace("[Mrs. Ann Holloway in the Chair]\n\n", "")
    tree = encode(hall, "hall.txt")
    assert xp(tree, "//t:div[@type='section']/t:head/text()") == ["Rural broadband"]
    assert not xp(tree, f"{CONVERSATION}/t:stage")
    same_words(tree, hall)
