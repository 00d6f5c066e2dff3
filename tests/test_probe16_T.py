"""Westminster records a tester's probe (16, T) found misread, as the House's web
pages give them: a page of a report with its column headings where one member's
speech is the only contribution, the rest the business round it (a division's
lists, "Question put"), read as no turn at all (T1); the clerk's line of a
question put after a speech ("Question put, That …") kept as the member's words
(T2); who chairs the sitting, in brackets under the date ("[Mrs Ada Roe in the
Chair]"), made the document's title (T3); Hansard's time with one digit of minutes
("3.2 pm") over the next debate read as words, its heading left in the last
speech (T4), also where who takes the chair stands between the heading and the
time (T5); the chamber's name over the date under the site's links ("Home Page") was
no title (T6). Small transcripts written for these tests (names, seats and words
invented, in the house styles found); every expectation was written from the
transcript above it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, xp
from test_exports_probe7 import words_back


def speakers(tree: object) -> list[str]:
    return [
        " ".join("".join(s.itertext()).split())
        for s in xp(tree, "//t:sp/t:speaker")  # type: ignore[arg-type]
    ]


# T1: a column page copied alone: a minister's closing words, the division after.
ONE_SPEECH_COLUMN_PAGE = """3 March 2019 : Column 418

Harbours (Dredging) Bill

Second Reading

Mrs Pellow: To close, the measures we have debated will keep our smaller ports open
through the winter months, and I commend the Bill to the House.

Question put, That the Bill be now read a Second time.

The House divided:

Ayes 212, Noes 198.

Tellers for the Ayes:

Owen Trask and

Delia Farr

3 March 2019 : Column 419

Question accordingly agreed to.
"""


def test_one_members_speech_on_a_column_page_is_a_turn() -> None:
    tree = encode(ONE_SPEECH_COLUMN_PAGE)
    assert speakers(tree) == ["Mrs Pellow:"]
    words = " ".join("".join(p.itertext()) for p in xp(tree, "//t:sp/t:p"))
    assert "commend the Bill" in words
    words_back(tree, ONE_SPEECH_COLUMN_PAGE)


# T1, near miss: the same page without column headings is a note with one
# field-like opening, no record of a chamber: its one label stays words.
ONE_LABEL_NO_COLUMNS = """Harbours (Dredging) Bill

Mrs Pellow: To close, the measures we have debated will keep our smaller ports open
through the winter months.

Question put, That the Bill be now read a Second time.
"""

# ... and on a column page a field's key said once is no speaker.
COLUMN_PAGE_FIELD = """3 March 2019 : Column 418

Written Statement

Note: The figures below are provisional and will be revised in the spring.

Ports open through the winter: 14.
"""


def test_one_label_without_column_headings_or_a_field_is_no_turn() -> None:
    assert speakers(encode(ONE_LABEL_NO_COLUMNS)) == []
    assert speakers(encode(COLUMN_PAGE_FIELD)) == []


# T2: the clerk's record of a question put, on its own line after a speech.
QUESTION_PUT_AFTER_SPEECH = """14 May 2020 : Column 903

Mr Quayle (Tarn Valley) (Lab): The clause leaves tenants without a remedy, and I urge
the House to reject it.

Ms Odell (Brackenhurst) (Con): The clause gives tenants a remedy they never had before.

Question put, That the clause stand part of the Bill.

The House divided:

Question accordingly agreed to.
"""


def test_a_question_put_after_a_speech_is_the_records_narration() -> None:
    tree = encode(QUESTION_PUT_AFTER_SPEECH)
    assert len(xp(tree, "//t:sp")) == 2
    said = " ".join("".join(p.itertext()) for p in xp(tree, "//t:sp/t:p"))
    assert "Question put" not in said
    stages = [" ".join("".join(s.itertext()).split()) for s in xp(tree, "//t:stage")]
    assert "Question put, That the clause stand part of the Bill." in stages
    words_back(tree, QUESTION_PUT_AFTER_SPEECH)


# T2, near miss: a member's paragraph opening with "Question" that is no clerk's line.
QUESTION_WORD_IN_SPEECH = """14 May 2020 : Column 904

Mr Quayle (Tarn Valley) (Lab): The Minister has not answered.

Ms Odell (Brackenhurst) (Con): The Minister answered on Tuesday.

Question time on Thursdays is the House's best hour, as the Minister knows.
"""


def test_a_speech_paragraph_opening_with_question_stays_in_the_turn() -> None:
    tree = encode(QUESTION_WORD_IN_SPEECH)
    said = " ".join("".join(p.itertext()) for p in xp(tree, "//t:sp/t:p"))
    assert "Question time on Thursdays" in said


# T3: who chairs the sitting, in brackets under the date, is no title (the page's
# links over the column heading, as the House's site gives them).
CHAIR_UNDER_THE_DATE = """Previous Section
Index
Home Page

12 Mar 2019 : Column 88WH

Westminster Hall
Tuesday 12 March 2019
[Mrs Ivy Penrose in the Chair]
Rural Bus Services

9.30 am

Tom Arbuthnot (Kelvedge) (Con): I beg to move, That this House has considered rural bus
services.

Mrs Ivy Penrose (in the Chair): Order. The debate may run until eleven o'clock.

Tom Arbuthnot: I am grateful, Mrs Penrose.
"""


def titles(tree: object) -> list[str]:
    return [
        " ".join("".join(t.itertext()).split())
        for t in xp(tree, "//t:docTitle/t:titlePart")  # type: ignore[arg-type]
    ]


def test_the_chair_in_brackets_under_the_date_is_no_title() -> None:
    tree = encode(CHAIR_UNDER_THE_DATE)
    assert not any("in the Chair" in t for t in titles(tree))
    assert len(xp(tree, "//t:sp")) == 3
    # (the site's links are the page's furniture, listed in the header, not text)
    words_back(tree, CHAIR_UNDER_THE_DATE.split("\n\n", 1)[1])


# T3, near miss: a title in brackets that names no chair stays the title.
BRACKETED_TITLE = """[Draft] Harbour Board open meeting on the winter ferry timetable
Tuesday 12 March 2019

Chair: Good evening, and thank you all for coming.

Resident: Will the early ferry run in January?

Chair: It will, twice a day.
"""


def test_a_bracketed_title_that_names_no_chair_stays_the_title() -> None:
    assert [t.replace("[Draft] ", "Draft ") for t in titles(encode(BRACKETED_TITLE))] == [
        "Draft Harbour Board open meeting on the winter ferry timetable"
    ]


# T4: Hansard's time over the next debate, minutes in one digit ("3.2 pm"), under
# the next debate's heading: a time, and the heading no words of the last speech.
NEXT_DEBATE_AT_THREE_OH_TWO = """Westminster Hall
Thursday 14 March 2019

2.30 pm

Ms Orla Kemp (Stoke Ferry) (Lab): The report on river pollution deserves a reply from
the Minister before the summer.

Ms Kemp: I thank all hon. Members who took part.

Coastal Erosion
3.2 pm

Mr Rufus Hale (Saltmarsh) (LD): I am glad to open this short debate on the committee's
report on coastal erosion.
"""


def test_hansards_time_with_one_digit_of_minutes_is_a_time() -> None:
    tree = encode(NEXT_DEBATE_AT_THREE_OH_TWO)
    whens = [t.get("when") for t in xp(tree, "//t:time")]
    assert "15:02:00" in whens
    said = " ".join("".join(p.itertext()) for p in xp(tree, "//t:sp/t:p"))
    assert "Coastal Erosion" not in said and "3.2 pm" not in said
    words_back(tree, NEXT_DEBATE_AT_THREE_OH_TWO)


# T4, near miss: a figure with one decimal alone in a speech is no time.
A_RATE_ALONE = """Ms Orla Kemp (Stoke Ferry) (Lab): The rate rose last year to

3.2 per cent

Ms Kemp: and it is rising still.

Mr Rufus Hale (Saltmarsh) (LD): It is not.
"""


def test_a_rate_with_one_decimal_alone_is_no_time() -> None:
    tree = encode(A_RATE_ALONE)
    assert xp(tree, "//t:time") == []


# T5: a Westminster Hall debate opens with its heading, who takes the chair, the time.
CHAIR_BETWEEN_HEADING_AND_TIME = """Westminster Hall
Wednesday 6 March 2019

9.30 am

Ms Orla Kemp (Stoke Ferry) (Lab): It is a pleasure to serve under your chairmanship.

Ms Kemp: That is all I wish to say this morning.

Regional Airports
[Mr Colm Dervin in the Chair]
2.30 pm

Mr Rufus Hale (Saltmarsh) (LD): I beg to move, That this House has considered regional
airports.
"""


def test_the_chair_between_a_debates_heading_and_its_time_leaves_a_heading() -> None:
    tree = encode(CHAIR_BETWEEN_HEADING_AND_TIME)
    heads = [" ".join("".join(h.itertext()).split()) for h in xp(tree, "//t:head")]
    assert "Regional Airports" in heads
    said = " ".join("".join(p.itertext()) for p in xp(tree, "//t:sp/t:p"))
    assert "Regional Airports" not in said
    words_back(tree, CHAIR_BETWEEN_HEADING_AND_TIME)


# T5, near miss: a speech's last short line before a remark in brackets that names
# no chair and a time stays the speech's.
LAST_LINE_BEFORE_A_REMARK = """Ms Orla Kemp (Stoke Ferry) (Lab): I have one more thing to say.

And that is all.
[Interruption.]
2.30 pm

Mr Rufus Hale (Saltmarsh) (LD): I beg to move.
"""


def test_a_last_line_before_a_remark_and_a_time_stays_in_the_speech() -> None:
    tree = encode(LAST_LINE_BEFORE_A_REMARK)
    assert xp(tree, "//t:head") == []


# T6: the chamber's name over the date under the site's links is the title.
CHAMBER_UNDER_THE_LINKS = """Previous Section
Index
Home Page

12 Mar 2019 : Column 88WH

Westminster Hall
Tuesday 12 March 2019
Rural Bus Services

9.30 am

Tom Arbuthnot (Kelvedge) (Con): I beg to move, That this House has considered rural bus
services.

Mrs Ivy Penrose (in the Chair): Order.

Tom Arbuthnot: I am grateful, Mrs Penrose.
"""


def test_the_chamber_over_the_date_under_the_sites_links_is_the_title() -> None:
    tree = encode(CHAMBER_UNDER_THE_LINKS)
    # (the column heading before it is the page's furniture, an fw inside the title)
    own = ["".join(t.xpath("text()")).strip() for t in xp(tree, "//t:docTitle/t:titlePart")]
    assert own == ["Westminster Hall"]


# T6, near miss: two words over a date after a sentence of the text are no title.
TWO_WORDS_AFTER_A_SENTENCE = """Recorded at the harbour office by the clerk.

Harbour Board
Tuesday 12 March 2019

Chair: Good evening, and thank you all for coming.

Resident: Will the early ferry run in January?

Chair: It will, twice a day.
"""


def test_two_words_over_a_date_after_a_sentence_are_no_title() -> None:
    assert "Harbour Board" not in titles(encode(TWO_WORDS_AFTER_A_SENTENCE))
