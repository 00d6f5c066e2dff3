"""Court-reporter transcripts and depositions a tester's probe (17, Z) found
misread. Small transcripts written for these tests (names, dates and words
invented, in the house styles of the real records); every expectation was
written from the transcript above it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, xp


def speakers(tree: object) -> list[str]:
    """Each turn's label, as written."""
    return ["".join(s.itertext()).strip() for s in xp(tree, "//t:sp/t:speaker")]  # type: ignore[arg-type]


def who(tree: object) -> list[str]:
    """Each turn's person (its id)."""
    return [w.lstrip("#") for w in xp(tree, "//t:sp/@who")]  # type: ignore[arg-type]


# Z1: a staff deposition as the GPO prints it in a committee's hearing volume: the
# labels spelled out with a full stop, "Question." / "Answer.", no one named; the
# web page's line for each printed page carries the page's links and its segment.
SPELLED_DEPOSITION = """\
Page 212 PREV PAGE TOP OF DOC Segment 4 Of 9
Question. When did you first see the ledger?
Answer. In the spring, I think. The clerk brought it to my office.
Question. Did you read it then?
Answer. Only the first pages.
Page 213 PREV PAGE TOP OF DOC Segment 4 Of 9
I put it in the safe that evening.
Question. Who else saw it?
Answer. Nobody that I know of.
"""


def test_a_depositions_spelled_out_question_and_answer_are_turns() -> None:
    tree = encode(SPELLED_DEPOSITION)
    assert speakers(tree) == ["Question.", "Answer."] * 3
    assert who(tree) == ["q", "a"] * 3  # the same two as "Q." and "A." elsewhere


def test_a_hearing_volumes_page_line_with_its_links_is_a_page_break() -> None:
    tree = encode(SPELLED_DEPOSITION)
    assert [pb.get("n") for pb in xp(tree, "//t:pb")] == ["212", "213"]
    # the answer goes on over the page: one turn, its words after the break
    assert "safe that evening" in "".join(xp(tree, "//t:sp")[3].itertext())


# Near miss: a quiz's "Answer:" with a colon under numbered questions ("Question 1.")
# and a sentence that opens with the word "Question" are no deposition's Q and A.
QUIZ = """\
Question 1. Which river runs through the old town?
Answer: The Tamsin.
Question 2. Which bridge is the oldest?
Answer: The Mill Bridge.
Question. It is one we often hear from visitors.
"""


def test_answers_with_a_colon_in_a_quiz_are_no_depositions_answers() -> None:
    tree = encode(QUIZ)
    assert "Question." not in speakers(tree)
    assert not {"q", "a"} & set(who(tree))


# Near miss: a line that opens with "Page" and a number and goes on in prose is no
# page's line.
PAGE_IN_PROSE = """\
ROE: I read it twice.
DEAN: Page 4 of the report says otherwise, doesn't it?
ROE: Page 12 PREV the summary, yes.
DEAN: Then we agree.
"""


def test_a_page_reference_in_speech_is_no_page_break() -> None:
    tree = encode(PAGE_IN_PROSE)
    assert xp(tree, "//t:pb") == []
    assert speakers(tree) == ["ROE:", "DEAN:", "ROE:", "DEAN:"]


# Z2: a military commission's record: each officer labelled by the role's letters
# and the grade and name in brackets ("TC [MAJ DEWITT]:"), the reporter's line
# calling the witness with the service after the name, the examination's heading
# naming its officer in brackets; a page of margin-numbered lines.
COMMISSION = """\
 1   [The R.M.C. 803 session was called to order at 0915,
 2   3 March 2021.]
 3          MJ [Col HARLOW]: The commission is called to order. Trial
 4   Counsel, please account for the parties.
 5          TC [MAJ DEWITT]: Good morning, sir. All parties present
 6   when the commission recessed are again present.
 7          MJ [Col HARLOW]: Thank you. Defense Counsel?
 8          DC [LT BRANNOCK]: Good morning, sir. The defense is ready.
 9          MJ [Col HARLOW]: Call your witness.
10          TC [MAJ DEWITT]: The government calls Staff Sergeant Olin Prager.
11   STAFF SERGEANT OLIN PRAGER, U.S. Army, was called as a witness for
12   the prosecution, was sworn, and testified as follows:
13                          DIRECT EXAMINATION
14   Questions by the Trial Counsel [MAJ DEWITT]:
15          Q. Sergeant, where were you posted in May?
16          A. At the north gate, sir.
17          Q. Who relieved you?
18          A. Corporal Vance.
19          TC [MAJ DEWITT]: Nothing further.
20          MJ [Col HARLOW]: Cross-examination?
21          DC [LT BRANNOCK]: Briefly, sir.
22                           CROSS-EXAMINATION
23   Questions by the Defense Counsel [LT BRANNOCK]:
24          Q. Sergeant, did you log the relief?
25          A. No, ma'am.
"""


def test_a_military_courts_officers_in_brackets_are_speakers() -> None:
    tree = encode(COMMISSION)
    assert speakers(tree)[:6] == [
        "MJ [Col HARLOW]:",
        "TC [MAJ DEWITT]:",
        "MJ [Col HARLOW]:",
        "DC [LT BRANNOCK]:",
        "MJ [Col HARLOW]:",
        "TC [MAJ DEWITT]:",
    ]
    assert speakers(tree).count("TC [MAJ DEWITT]:") == 3
    assert speakers(tree).count("DC [LT BRANNOCK]:") == 2


def test_the_officer_the_heading_names_asks_and_the_called_witness_answers() -> None:
    tree = encode(COMMISSION)
    pairs = list(zip(speakers(tree), who(tree), strict=True))
    counsel = dict(pairs)["TC [MAJ DEWITT]:"]
    defence = dict(pairs)["DC [LT BRANNOCK]:"]
    asked = [w for label, w in pairs if label == "Q."]
    answered = {w for label, w in pairs if label == "A."}
    assert asked == [counsel, counsel, defence]  # one person per counsel across label forms
    assert len(answered) == 1 and "prager" in answered.pop()


# Near miss: a bracket in capitals after a word and a colon that holds no grade or
# title ("[OFF RECORD]") names no one, and a heading "Questions by the …" without a
# bracket keeps asking the next counsel to speak.
OFF_RECORD = """\
MR. HALE: Shall we go off the record?
MS. ODUYA: Yes.
REPORTER [OFF RECORD]: Discussion held.
MR. HALE: Back on.
MS. ODUYA: Thank you.
"""


def test_a_bracket_without_a_grade_names_no_officer() -> None:
    tree = encode(OFF_RECORD)
    assert not any("off" in w for w in who(tree))


# Z3: a deposition's cover as a reporter types the caption: the matter's words
# down the left, a column of colons down the middle ("IN RE: :"), the date and place
# under it, the appearances with each firm's telephone and fax ("P:", "F:"). A copy of
# the cover and the appearances (the pages before the numbered
# proceedings, or a copy whose numbered pages lost their labels) made "IN RE" a
# speaker whose turn held the whole cover, the date and place lost in it.
CAPTION_COLONS = """\
IN RE: :

HARBOR LIGHTING CONTRACTS :

March 4, 2019

Portland, Maine

The deposition of WENDELL ASHBY was taken before a notary public, when were
present on behalf of the respective parties:

On Behalf of the Board:

of: Office of General Counsel
14 Quay Street
P: (207) 555-0142
F: (207) 555-0143

On Behalf of the Witness:

of: Marsh & Pell
9 Fore Street
P: (207) 555-0190
F: (207) 555-0191
"""


def test_a_captions_column_of_colons_is_no_speaker() -> None:
    tree = encode(CAPTION_COLONS)
    assert "IN RE:" not in speakers(tree)
    assert [d.get("when") for d in xp(tree, "//t:teiHeader//t:setting/t:date")] == ["2019-03-04"]


# Near miss: a label whose speech opens with a colon and goes on in words is still
# the speaker's turn.
COLON_THEN_WORDS = """\
Ana Vance: : as the ledger writes it, then the sum.
Tom Rees: Read the sum.
Ana Vance: Forty pounds.
Tom Rees: Thank you.
"""


def test_a_speech_opening_with_a_colon_keeps_its_label() -> None:
    tree = encode(COLON_THEN_WORDS)
    assert speakers(tree) == ["Ana Vance:", "Tom Rees:"] * 2


# Z4: an oral argument's caption copied from a document host: every numbered line
# flush left with an empty line after it, so the centred "Washington, D.C." and the
# day's date run on from the caption's column of colons and the date was lost.
HOSTED_CAPTION = """\
Official - Subject to Final Review

1 IN THE SUPREME COURT OF THE UNITED STATES

2 - - - - - - - - - - - - - - - - - x

3 NORTHLAND, :

4 Plaintiff :

5 v. : No. 77, Orig.

6 SOUTHLAND. :

7 - - - - - - - - - - - - - - - - - x

8 Washington, D.C.

9 Tuesday, November 4, 2014

10

11 The above-entitled matter came on for oral

12 argument before the Supreme Court of the United States

13 at 10:03 a.m.

14 CHIEF JUSTICE HALE: We'll hear argument

15 first this morning in Case 77, Northland v. Southland.

16 MR. ORTIZ: Mr. Chief Justice, and may it

17 please the Court: the compact was signed on

18 March 2, 1950

19 and has been kept since.

20 CHIEF JUSTICE HALE: Go on.

21 MR. ORTIZ: Thank you.
"""


def test_a_hosted_captions_date_line_dates_the_argument() -> None:
    tree = encode(HOSTED_CAPTION)
    assert [d.get("when") for d in xp(tree, "//t:teiHeader//t:setting/t:date")] == ["2014-11-04"]


def test_a_date_inside_counsels_numbered_speech_stays_his() -> None:
    tree = encode(HOSTED_CAPTION)
    assert speakers(tree) == ["CHIEF JUSTICE HALE:", "MR. ORTIZ:"] * 2
    assert "March 2, 1950" in "".join(xp(tree, "//t:sp")[1].itertext())


# Z5: an international tribunal's transcript: the transcriber marks a speech heard
# through the interpreter after its label ("[Interpretation]"), the session's kind and
# who came in, in brackets; they were taken for words an editor supplied.
TRIBUNAL = """\
Page 4410

1 Tuesday, 9 May 2006

2 [Open session]

3 [The accused entered court]

4 JUDGE VARGA: [Interpretation] Good morning. Madam Registrar,

5 please call the case.

6 THE REGISTRAR: Case number IT-00-11-T, the Prosecutor versus

7 Dusan Kralj.

8 JUDGE VARGA: [Interpretation] Thank you. Mr. Ostrow, your witness.

9 MR. OSTROW: Thank you, Your Honour. [Trial Chamber confers]

10 I call the next witness.
"""


def test_a_tribunals_interpretation_and_session_notes_are_no_supplied_words() -> None:
    tree = encode(TRIBUNAL)
    assert speakers(tree) == ["JUDGE VARGA:", "THE REGISTRAR:", "JUDGE VARGA:", "MR. OSTROW:"]
    supplied = ["".join(s.itertext()) for s in xp(tree, "//t:text//t:supplied")]
    assert supplied == []
    notes = ["".join(n.itertext()) for n in xp(tree, "//t:sp//t:note")]
    assert notes.count("Interpretation") == 2


# Near miss: brackets an editor put in a speech about a word's interpretation keep
# their words supplied.
INTERPRETING = """\
MS. ROE: The clause reads, "the [interpretation of the] statute governs."
MR. DEAN: And [the witness] agreed with it?
MS. ROE: She did.
MR. DEAN: Thank you.
"""


def test_an_editors_bracket_about_interpretation_stays_supplied() -> None:
    tree = encode(INTERPRETING)
    supplied = ["".join(s.itertext()) for s in xp(tree, "//t:text//t:supplied")]
    assert supplied == ["interpretation of the", "the witness"]


# Z6: the tribunal's lines for the sitting's times, set off by three dashes, under
# the date and inside the day: the first is when the sitting began; none is a turn's
# words (they ran on into the bracketed line above or the speech before).
SITTING_TIMES = """\
1 Wednesday, 10 May 2006

2 [Open session]

3 --- Upon commencing at 9.03 a.m.

4 JUDGE VARGA: Good morning. We will take the break now.

5 --- Recess taken at 10.30 a.m.

6 --- On resuming at 10.52 a.m.

7 JUDGE VARGA: Mr. Ostrow, please continue.

8 MR. OSTROW: Thank you, Your Honour.
"""


def test_a_tribunals_dashed_time_lines_are_the_sittings_times() -> None:
    tree = encode(SITTING_TIMES)
    assert speakers(tree) == ["JUDGE VARGA:", "JUDGE VARGA:", "MR. OSTROW:"]
    assert [t.get("from") for t in xp(tree, "//t:setting/t:time")] == ["09:03:00"]
    said = " ".join("".join(sp.itertext()) for sp in xp(tree, "//t:sp"))
    assert "Recess taken" not in said and "On resuming" not in said
    whens = [t.get("when") for t in xp(tree, "//t:text//t:time")]
    assert whens == ["09:03:00", "10:30:00", "10:52:00"]


# Near miss: a speech's line that opens with a dash and a word of the time lines,
# with no time after "at", stays the speaker's words.
DASHED_SPEECH = """\
JUDGE VARGA: Go on.
MR. OSTROW: The order said
--- Upon commencing at the site, the crew must log in.
JUDGE VARGA: Thank you.
MR. OSTROW: That is all.
"""


def test_a_dashed_speech_line_without_a_time_stays_speech() -> None:
    tree = encode(DASHED_SPEECH)
    assert "Upon commencing at the site" in "".join(xp(tree, "//t:sp")[1].itertext())


# Z7: an oral argument's caption and contents pages as a document host gives them
# (each numbered line flush left, an empty line after it, the reporter's head over
# each page and foot under it): the column's head
# ("ORAL ARGUMENT OF  PAGE") and "REBUTTAL ARGUMENT OF" over counsel's name stood
# alone and were taken for section headings, the last of them holding the Chief
# Justice's first turn.
HOSTED_CONTENTS = """\
Official - Subject to Final Review

1 IN THE SUPREME COURT OF THE UNITED STATES

2 - - - - - - - - - - - - - - - - - x

3 NORTHLAND, :

4 Plaintiff :

5 v. : No. 77, Orig.

6 SOUTHLAND. :

7 - - - - - - - - - - - - - - - - - x

8 Washington, D.C.

9 Monday, November 4, 2014

10

11 The above-entitled matter came on for oral

12 argument before the Supreme Court of the United States

13 at 10:03 a.m.

14 APPEARANCES:

15 GEN. LENA ORTIZ, ESQ., Attorney General, Ashby; on

16 behalf of the Plaintiff.

17 GEN. OWEN BRANDT, ESQ., Attorney General, Corran,

18 Nor.; on behalf of the Defendant.

19

20

21

22

23

24

25

Alderson Reporting Company


Official - Subject to Final Review

1 C O N T E N T S

2 ORAL ARGUMENT OF PAGE

3 GEN. LENA ORTIZ, ESQ.

4 On behalf of the Plaintiff 3

5 GEN. OWEN BRANDT, ESQ.

6 On behalf of the Defendant 26

7 REBUTTAL ARGUMENT OF

8 GEN. LENA ORTIZ, ESQ.

9 On behalf of the Plaintiff 48

10

11

12

13

14

15

16

17

18

19

20

21

22

23

24

25

Alderson Reporting Company


Official - Subject to Final Review

1 P R O C E E D I N G S

2 (10:03 a.m.)

3 CHIEF JUSTICE HALE: We'll hear argument

4 first this morning in Case 77 on our original docket,

5 Northland v. Southland.

6 General Ortiz.

7 ORAL ARGUMENT OF LENA ORTIZ

8 ON BEHALF OF THE PLAINTIFF

9 MS. ORTIZ: Mr. Chief Justice, and may it

10 please the Court:

11 Article III makes a clear distinction

12 between the Court's appellate and original jurisdiction,

13 and expressly grants Congress power to make exceptions

14 and regulations for appellate jurisdiction, but Congress

15 is not granted the same power over original

16 jurisdiction.

17 CHIEF JUSTICE HALE: That's an extremely

18 sensitive clause in Article III. We can decide this

19 case without relying on the distinction you just

20 discussed, can't we?

21 MS. ORTIZ: Well, I think can you, and the

22 Court certainly can interpret the statute not to even

"""


def test_a_contents_pages_lines_head_no_section() -> None:
    tree = encode(HOSTED_CONTENTS)
    heads = [" ".join("".join(h.itertext()).split()) for h in xp(tree, "//t:body//t:head")]
    assert heads == ["ORAL ARGUMENT OF LENA ORTIZ ON BEHALF OF THE PLAINTIFF"]
    first = xp(tree, "//t:sp")[0]
    assert first.getparent().get("type") != "section"  # the first turn opens no argument's part


# Near miss: a heading in capitals between the turns that ends in "OF" wrapped over
# its next line still heads its section.
LATER_HEADING = """\
CHIEF JUSTICE HALE: We'll hear argument now.
MS. ORTIZ: Thank you.

REBUTTAL ARGUMENT OF LENA ORTIZ

CHIEF JUSTICE HALE: Ms. Ortiz, you have two minutes.
MS. ORTIZ: Thank you.
"""


def test_an_arguments_heading_after_the_turns_began_heads_its_section() -> None:
    tree = encode(LATER_HEADING)
    heads = [" ".join("".join(h.itertext()).split()) for h in xp(tree, "//t:body//t:head")]
    assert heads == ["REBUTTAL ARGUMENT OF LENA ORTIZ"]
