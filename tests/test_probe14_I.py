"""Inquiry, tribunal and court transcripts a tester's probe (14, I) found
misread. Small transcripts written for these tests (names, dates and words
invented, in the house styles of the real records); every expectation was
written from the transcript above it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, xp


def speakers(tree: object) -> list[str]:
    """Each turn's label, as written."""
    return ["".join(s.itertext()).strip() for s in xp(tree, "//t:sp/t:speaker")]  # type: ignore[arg-type]


# I1: an Australian court's transcript (one turn a line): the bench as "HIS
# HONOUR:", counsel by title, initials and surname in capitals. The first words
# ("HIS", "MR", "MS") recur at line starts as a voice log's crew codes do, and the
# whole record was read as a log of call signs with no turn at all.
BENCH_AND_BAR = """\
TRANSCRIPT OF PROCEEDINGS
SUPREME COURT OF NORTHLAND
QUINLAN J
HOBART
9.58 AM, WEDNESDAY, 4 MARCH 2009
HIS HONOUR: Yes, Mr Vardy?
MR K.T. VARDY: Your Honour, I appear with MR S. OMARI for the applicant.
HIS HONOUR: Thank you. Ms Belcourt?
MS R. BELCOURT: I appear for the respondent, your Honour.
HIS HONOUR: Is there any objection to the timetable?
MR VARDY: None from us.
MS BELCOURT: Nor from the respondent.
HIS HONOUR: Then we will begin at ten tomorrow.
"""


def test_a_benchs_and_counsels_capitals_labels_are_no_call_signs() -> None:
    tree = encode(BENCH_AND_BAR)
    assert speakers(tree) == [
        "HIS HONOUR:",
        "MR K.T. VARDY:",
        "HIS HONOUR:",
        "MS R. BELCOURT:",
        "HIS HONOUR:",
        "MR VARDY:",
        "MS BELCOURT:",
        "HIS HONOUR:",
    ]


# Near miss: a voice transcript's crew codes with no colon ("CC Roger.") stay
# the call signs that open its transmissions.
CREW_CODES = """\
Voice transcript, second pass
CC Gemini Nine, Houston. Radio check.
CP Loud and clear, Houston.
CC Roger. Stand by for the update.
CP Standing by.
CC You are go for the next orbit.
CP Understand go.
"""


def test_crew_codes_without_a_colon_stay_call_signs() -> None:
    tree = encode(CREW_CODES)
    assert speakers(tree) == ["CC", "CP"] * 3


# I2: one page of an inquiry's day, margin-numbered: counsel speaks once, and the
# page (an excerpt, or a page copied alone) ends in the middle of his sentence. The
# label and its words were read as a form's field ("FILE NUMBER: …"), no turn.
PAGE_CUT_MID_SENTENCE = """\
 1                          Thursday, 9 May 2024
 2   (2.05 pm)
 3   MS OYELARAN: Sir, I turn to the question of the
 4     locked gate and who held its key on the night.
 5     The evidence of the caretaker is that the key
 6     hung in the porters' lodge, and that it
"""


def test_counsels_speech_cut_at_the_pages_foot_is_a_turn() -> None:
    tree = encode(PAGE_CUT_MID_SENTENCE)
    assert speakers(tree) == ["MS OYELARAN:"]


# Near miss: a form's fields in capitals, values no sentence, stay fields.
FORM_FIELDS = """\
INCIDENT REPORT
FILE NUMBER: 24-CID-0417
ORGANIZATION OR ADDRESS: Fort Hale, TX
The officer arrived at the gate at nine.
"""


def test_a_forms_capitals_fields_stay_fields() -> None:
    tree = encode(FORM_FIELDS)
    assert xp(tree, "//t:sp") == []


# I3: an inquiry's condensed print (two pages to a sheet) as a PDF's text gives
# it with its layout: each row holds the left page's line and the right page's
# line of the same number. Each row was read as one line, two pages' words mixed.
CONDENSED_SHEET = """\
Day 4 - AM                    Harbour Inquiry                  12 June 2025

  1             Thursday, 12 June 2025              1     the storm came in from the west, and we
  2   (10.00 am)                                    2     lost the second mooring.
  3   THE CHAIR: Good morning. Yes, Ms Adeyemi.     3   Q. Who gave the order to cast off?
  4   MS ADEYEMI: Sir, the first witness is         4   A. The harbour master did.
  5     Mr Tobias Brenner, please.                  5   Q. In writing?
  6            MR TOBIAS BRENNER (sworn)            6   A. No, on the radio.
  7             Questions by MS ADEYEMI             7   Q. Thank you. Was that usual?
  8   Q. Mr Brenner, what was your post?            8   A. It was, on a night like that.
  9   A. I was the duty pilot, and I saw that       9   THE CHAIR: Thank you.
"""


def test_a_condensed_sheets_pages_are_read_one_after_the_other() -> None:
    tree = encode(CONDENSED_SHEET)
    assert speakers(tree) == [
        "THE CHAIR:",
        "MS ADEYEMI:",
        "Q.",
        "A.",
        "Q.",
        "A.",
        "Q.",
        "A.",
        "Q.",
        "A.",
        "THE CHAIR:",
    ]
    words = [" ".join("".join(p.itertext()).split()) for p in xp(tree, "//t:sp/t:p")]
    # the left page's last answer goes on at the right page's first line
    assert any(w.startswith("I was the duty pilot") and "second mooring" in w for w in words)


# Near miss: a table whose rows hold two numbers (a count and a rank) keeps its rows.
TWO_NUMBER_TABLE = """\
Entries by class
  1   Dinghies, under four metres          1   first day
  2   Keelboats, the open class            2   second day
  3   Multihulls, the open class           3   third day
  4   Rowing gigs, the six-oar class       4   fourth day
The results follow on the next page.
"""


def test_rows_of_numbered_items_without_labels_stay_rows() -> None:
    tree = encode(TWO_NUMBER_TABLE)
    assert xp(tree, "//t:sp") == []
    text = " ".join("".join(p.itertext()) for p in xp(tree, "//t:p"))
    assert text.index("Dinghies") < text.index("first day") < text.index("Keelboats")


# I4: a document host's copy of a transcript page: the page's numbered lines run
# together into one paragraph ("1 THE COMMISSIONER: Yes? 2 3 MR ROE: …"), the
# empty numbered lines between turns kept as bare numbers. It was one turn.
RUN_TOGETHER_PAGE = (
    "ROYAL COMMISSION INTO COASTAL FREIGHT\n\n"
    "1 THE COMMISSIONER: Yes, Ms Farrow? 2 3 MS FARROW: Commissioner, there are"
    " two appearances 4 to announce this morning. 5 6 THE COMMISSIONER: Yes. 7 8"
    " MR QUILTER: I appear for the Maritime Union, 9 Commissioner, with Mr Dace."
    " 10 11 THE COMMISSIONER: Thank you, Mr Quilter. 12 13 MS FARROW: And the"
    " first witness is ready, 14 Commissioner. 15 16 THE COMMISSIONER: Very well."
    " 17\n"
)


def test_numbered_lines_run_together_are_read_line_by_line() -> None:
    tree = encode(RUN_TOGETHER_PAGE)
    assert speakers(tree) == [
        "THE COMMISSIONER:",
        "MS FARROW:",
        "THE COMMISSIONER:",
        "MR QUILTER:",
        "THE COMMISSIONER:",
        "MS FARROW:",
        "THE COMMISSIONER:",
    ]


# I5: the same copy of a condensed print: the two pages' lines interleaved in one
# paragraph, each number twice ("1 <left> 1 <right> 2 <left> 2 <right> …").
INTERLEAVED_PAGES = (
    "The Harbour Inquiry 12 June 2025\n\n"
    "1 Thursday, 12 June 2025 1 the storm came in from the west. 2 (10.00 am)"
    " 2 THE WITNESS: And we lost the mooring. 3 THE CHAIR: Good morning, everyone."
    " 3 THE CHAIR: I see. 4 MS ADEYEMI: Sir, the first witness 4 MS ADEYEMI: Thank"
    " you. 5 is Mr Brenner. 5 Q. Who gave the order? 6 THE WITNESS: Good morning."
    " 6 A. The harbour master. 7 MS ADEYEMI: What was your post 7 Q. In writing?"
    " 8 that night? 8 A. No, on the radio. 9 THE WITNESS: The duty pilot, and I saw"
    " 9 MS ADEYEMI: Thank you.\n"
)


def test_two_pages_interleaved_in_one_paragraph_are_read_page_by_page() -> None:
    tree = encode(INTERLEAVED_PAGES)
    assert speakers(tree) == [
        "THE CHAIR:",
        "MS ADEYEMI:",
        "THE WITNESS:",
        "MS ADEYEMI:",
        "THE WITNESS:",
        "THE WITNESS:",
        "THE CHAIR:",
        "MS ADEYEMI:",
        "Q.",
        "A.",
        "Q.",
        "A.",
        "MS ADEYEMI:",
    ]


# Near miss: a paragraph of prose that counts from one upward ("1 … 2 … 3 …")
# with long stretches between its numbers stays one paragraph.
COUNTED_PROSE = (
    "Minutes of the rowing club\n\n"
    "1 The treasurer reported that the boathouse roof, repaired in the spring at"
    " a cost well above the estimate, now leaks again at its eastern end, 2 the"
    " committee agreed to seek three new quotations from local builders before the"
    " autumn meeting of the full membership, 3 the secretary will write to the"
    " council about the slipway, whose lease runs out at the end of the year and"
    " has not yet been renewed, 4 the social evening raised a modest sum for the"
    " junior section, which will buy two new sculls with it before the regatta, 5"
    " the captain asked members to book the minibus early, 6 the cups are to be"
    " engraved, 7 the website is out of date, 8 and the meeting closed at nine.\n"
)


def test_prose_counting_its_points_stays_one_paragraph() -> None:
    tree = encode(COUNTED_PROSE)
    assert xp(tree, "//t:sp") == []
    assert len(xp(tree, "//t:body//t:p")) == 1


# I6: a parliamentary committee's oral evidence as its web page gives it: each
# member's question numbered before the label ("Q4 Chair:"), the witness answering
# by title and surname, the witness named in a field over the first question. The
# numbered labels were keys of their own ("Q1 Chair" and "Q4 Chair" two people)
# and the field a turn of someone called "Witness".
COMMITTEE_EVIDENCE = """\
Oral evidence

Taken before the Transport Committee

on Tuesday 4 March 2025

Members present:

Ms Ruth Calder (Chair)

Tom Ashby

Priya Vance

________________

Examination of Witness

Witness: Dr Helen Moreau, Chief Inspector of Harbours.

Q1 Chair: Good afternoon, Dr Moreau. Thank you for coming.

Dr Moreau: Thank you for having me.

Q2 Tom Ashby: How many harbours did you inspect last year?

Dr Moreau: Forty-one, of which six failed.

Q3 Priya Vance: Which of them failed twice?

Dr Moreau: Two of them, both on the east coast.

Q4 Chair: Thank you. We will write to you about the rest.
"""


def test_a_committees_numbered_questions_are_turns_of_the_member_named() -> None:
    tree = encode(COMMITTEE_EVIDENCE)
    assert speakers(tree) == [
        "Chair:",
        "Dr Moreau:",
        "Tom Ashby:",
        "Dr Moreau:",
        "Priya Vance:",
        "Dr Moreau:",
        "Chair:",
    ]
    whos = [sp.get("who") for sp in xp(tree, "//t:sp")]
    assert whos[0] == whos[-1]  # the Chair asks the first question and the last
    assert [sp.get("n") for sp in xp(tree, "//t:sp")][:3] == ["Q1", None, "Q2"]


# Near miss: a business report's quarter before a colon ("Q1 Revenue: …") names no one.
QUARTERS = """\
Harbour Board finance summary
Q1 Revenue: 4.2 million, up on last year.
Q2 Revenue: 3.9 million, a wet spring.
The board will meet again in July.
"""


def test_a_quarters_figures_are_no_numbered_questions() -> None:
    tree = encode(QUARTERS)
    assert xp(tree, "//t:sp") == []


# I7: an excerpt of such evidence holding one numbered question only: the member
# asks, though said once; a report's numbered heading with a colon does not.
ONE_QUESTION = """\
Oral evidence taken before the Transport Committee on Tuesday 4 March 2025

Witness: Dr Helen Moreau, Chief Inspector of Harbours.

Q1 Chair: Good afternoon, Dr Moreau, and thank you for coming to see us today.
"""

NUMBERED_HEADING = """\
Harbour Board annual review

Q3 Outlook: Strong demand is expected over the summer months.

The board thanks its staff.
"""


def test_one_numbered_question_is_the_members_turn() -> None:
    assert speakers(encode(ONE_QUESTION)) == ["Chair:"]
    assert xp(encode(NUMBERED_HEADING), "//t:sp") == []


# I8: a copy of a PDF's text that glued each margin number to the end of the line
# before ("Welcome to4 today's hearing"), the page's lines all on one line.
GLUED_PAGE = (
    "The Harbour Inquiry Day 12\n\n"
    "1 Thursday, 12 June 20252 (10.00 am)3 THE CHAIR: Good morning, everyone."
    " Welcome to4 today's hearing. We begin with the pilots.5 Yes, Ms Adeyemi.6"
    " MS ADEYEMI: Thank you, sir. The first witness is7 Mr Tobias Brenner.8"
    " THE CHAIR: Good morning, Mr Brenner.9 THE WITNESS: Good morning, sir.10"
    " THE CHAIR: Please sit down.11 THE WITNESS: Thank you.\n"
)


def test_margin_numbers_glued_to_the_line_before_are_read_line_by_line() -> None:
    tree = encode(GLUED_PAGE)
    assert speakers(tree) == [
        "THE CHAIR:",
        "MS ADEYEMI:",
        "THE CHAIR:",
        "THE WITNESS:",
        "THE CHAIR:",
        "THE WITNESS:",
    ]
    words = " ".join(" ".join("".join(p.itertext()).split()) for p in xp(tree, "//t:sp/t:p"))
    assert "Welcome to today's hearing" in words


# I9: a copy that set the hyphen of a double-barrelled name as a minus sign
# ("SIR ANA HALE−JONES:", U+2212): the label was no label, its turns lost.
MINUS_SIGN_HYPHEN = """\
SIR ANA HALE\u2212JONES: Good morning. Yes, Mr Kemp.
MR KEMP: Sir, the first witness is ready.
SIR ANA HALE\u2212JONES: Thank you. Please ask her to come in.
MR KEMP: I will, sir.
"""


def test_a_hyphen_set_as_a_minus_sign_keeps_the_label() -> None:
    tree = encode(MINUS_SIGN_HYPHEN)
    assert speakers(tree) == ["SIR ANA HALE\u2212JONES:", "MR KEMP:"] * 2
    whos = [sp.get("who", "") for sp in xp(tree, "//t:sp")]
    assert whos[0].endswith("ana-hale-jones")


# Near miss: a minus sign between figures in capitals text stays words.
MINUS_IN_FIGURES = """\
RESULTS TABLE
TEAM A 3\u22121 TEAM B: a fair result on the day.
The second match was drawn.
"""


def test_a_minus_sign_between_figures_opens_no_turn() -> None:
    assert xp(encode(MINUS_IN_FIGURES), "//t:sp") == []
