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
