"""Court-reporter transcripts, depositions and hearings a tester's probe (12, C)
found misread. Small transcripts written for these tests (names, dates and
words invented, in the house styles of the real records); every expectation
was written from the transcript above it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, xp


def speakers(tree: object) -> list[str]:
    """Each turn's label, as written."""
    return ["".join(s.itertext()).strip() for s in xp(tree, "//t:sp/t:speaker")]  # type: ignore[arg-type]


def whos(tree: object) -> list[str]:
    """Each turn's @who."""
    return [sp.get("who", "") for sp in xp(tree, "//t:sp")]  # type: ignore[arg-type]


# C1: a web copy of a printed deposition that lost the space after the title's
# stop ("Mr.Ball."): every label is a title glued to a surname, then the speech.
GLUED_TITLES = """\
Mr.Okafor. Where were you standing when the van stopped?
Mr.Lindqvist. By the news stand, across the road.
Mr.Okafor. Could you see the driver?
Mr.Lindqvist. Only his arm, sir.
(The witness was handed a map.)
Mr.Okafor. Please mark the news stand on this map.
Mr.Lindqvist. It was here.
"""


def test_a_title_glued_to_the_surname_is_still_a_label() -> None:
    tree = encode(GLUED_TITLES)
    assert speakers(tree) == ["Mr.Okafor.", "Mr.Lindqvist."] * 3
    # the person is Mr. Okafor, the space put back
    names = {"".join(p.itertext()) for p in xp(tree, "//t:person/t:persName")}
    assert "Mr. Okafor" in names and "Mr. Lindqvist" in names


# Near miss: prose whose lines open with an abbreviation glued to a word, said once
# each: no labels.
GLUED_PROSE = """\
Dr.Seuss. His books were on every shelf of the school library.
St.Louis. The train arrived there two hours late that night.
The rest of the journey passed without any trouble at all.
"""


def test_glued_abbreviations_said_once_stay_words() -> None:
    tree = encode(GLUED_PROSE)
    assert xp(tree, "//t:sp") == []


# C2: a page of a congressional deposition as the GPO prints it, copied without its
# indents: the officers labelled by role in mixed case with a stop ("The Reporter.",
# "The Witness."), counsel by title and name, each perhaps said once on the page;
# the page opens inside counsel's earlier turn.
DEPOSITION_PAGE = """\
9
before the committee, and the reporter will take down everything that is said.
Please answer aloud, as the reporter cannot take down a nod.
The Reporter. Do you swear that the testimony you are about to give is the truth?
The Witness. I do.
Mr. Abernethy. Thank you. Please state your full name for the record.
The Witness. Corinne Valdez.
"""


def test_a_deposition_page_reads_its_officers_and_counsel_said_once() -> None:
    tree = encode(DEPOSITION_PAGE)
    assert speakers(tree) == ["The Reporter.", "The Witness.", "Mr. Abernethy.", "The Witness."]


# Near miss: a newspaper's name opening a paragraph once, among other prose: no label.
ONE_ROLE_IN_PROSE = """\
The papers of the town were few in those years.
The Reporter. That weekly sheet was printed above the bakery on Mill Street.
Mr. Abernethy. He set the type himself, most nights, until he was seventy.
Nobody else in the county could read his handwriting.
"""


def test_one_role_word_with_a_stop_in_prose_stays_words() -> None:
    tree = encode(ONE_ROLE_IN_PROSE)
    assert xp(tree, "//t:sp") == []


# C3: a deposition before a committee's counsel: labels with a stop, then the
# reporter's "Whereupon, NAME was called … testified as follows:" at the end of
# counsel's turn, then "Q." and "A." with no examination heading. Counsel who had
# the witness sworn asks; the witness named answers (and is the "Mr. VOSS." above).
WHEREUPON_DEPOSITION = """\
Mr. ORTEGA. We are on the record. Please state your name.
Mr. VOSS. Harold Voss.
Mr. ORTEGA. Would the notary swear the witness. Whereupon, Harold B. Voss was called \
for examination and, having been first duly sworn, was examined and testified as follows:
Q. Are you here of your own will?
A. I am.
Q. Have you read the rules of the committee?
A. Yes.
"""


def test_the_reporters_whereupon_names_who_asks_and_who_answers() -> None:
    tree = encode(WHEREUPON_DEPOSITION)
    who = whos(tree)
    assert len(who) == 7
    assert who[3] == who[5] == who[0]  # Q: Mr. Ortega
    assert who[4] == who[6] == who[1]  # A: Mr. Voss


# Near miss: "Whereupon" in a speech that calls no one, before Q/A under a heading:
# the heading's examiner asks, no witness is made of the sentence.
WHEREUPON_IN_SPEECH = """\
MS. LAINE: Whereupon, the parties agreed to adjourn, as the minutes say.
MR. PRATT: That is my reading too.
EXAMINATION BY MR. PRATT:
Q. Did you sign the minutes?
A. I did.
"""


def test_a_whereupon_that_calls_no_witness_changes_nothing() -> None:
    tree = encode(WHEREUPON_IN_SPEECH)
    who = whos(tree)
    assert who[2] == who[1]  # Q: Mr. Pratt, from the heading
    assert who[3] not in (who[0], who[1])


# C4: an agency reporting firm's cover sheet: the record's kind on the first line,
# then its fields, the title among them ("Title: …"); the field is the title.
COVER_SHEET = """\
Official Transcript of Proceedings
NUCLEAR REGULATORY COMMISSION
Title: Public Meeting on the Draft Cask Storage Guidance
Docket Number: (n/a)
Location: Rockville, Maryland
Date: Thursday, March 5, 2026
Work Order No.: NRC-3010 Pages 1-40
P-R-O-C-E-E-D-I-N-G-S
MR. FENWICK: Good afternoon, everyone.
MS. ODUYA: Thank you, Tom.
MR. FENWICK: Let us begin.
"""


def title(tree: object) -> str:
    """The header's title."""
    return "".join(xp(tree, "//t:titleStmt/t:title")[0].itertext())  # type: ignore[arg-type]


def test_a_cover_sheets_title_field_is_the_title() -> None:
    assert title(encode(COVER_SHEET)) == "Public Meeting on the Draft Cask Storage Guidance"


# Near miss: the same first line with no "Title:" field stays the title.
COVER_WITHOUT_FIELD = """\
Official Transcript of Proceedings
Location: Rockville, Maryland
Date: Thursday, March 5, 2026
MR. FENWICK: Good afternoon, everyone.
MS. ODUYA: Thank you, Tom.
MR. FENWICK: Let us begin.
"""


def test_a_cover_sheet_without_a_title_field_keeps_its_first_line() -> None:
    assert title(encode(COVER_WITHOUT_FIELD)) == "Official Transcript of Proceedings"


# C5: a federal court's list of appearances in the Southern District reporters'
# layout: counsel's name in capitals, the office set in under it in mixed case,
# wrapped ("United States Attorney for the" / "Southern District of New York"),
# or after the names ("Assistant United States Attorneys"). Offices are no persons.
APPEARANCES = """\
        1                              APPEARANCES
        2    MARGARET T. OSEI
        2         United States Attorney for the
        3         Southern District of New York
        3    LUCAS FERRANTE
        4    NADIA BRANKOVIC
        5         Assistant United States Attorneys
        6    PETER J. HALVORSEN
        7         Attorney for Defendant Marlow
        8
        9             (Trial resumed)
       10             THE COURT:  Good morning all.
       11             MR. FERRANTE:  Good morning, your Honor.
       12             THE COURT:  Please call your next witness.
"""


def persons(tree: object) -> set[str]:
    """The first name of each person of the header."""
    return {
        "".join(p.find("t:persName", {"t": "http://www.tei-c.org/ns/1.0"}).itertext())
        for p in xp(tree, "//t:listPerson/t:person")  # type: ignore[arg-type]
    }


def test_counsels_office_set_in_under_the_name_is_no_person() -> None:
    names = persons(encode(APPEARANCES))
    assert {"MARGARET T. OSEI", "LUCAS FERRANTE", "NADIA BRANKOVIC", "PETER J. HALVORSEN"} <= names
    assert not any("District" in n or "Attorney" in n for n in names)


# Near miss: a list of appearances with a firm's line under counsel (no office word)
# keeps its persons, the names in capitals.
NAMES_AND_FIRM = """\
        1                              APPEARANCES
        2    DANA WHITCOMBE
        3    RUTH ABIOLA
        4         ABIOLA & PARTNERS LLP
        5
        6             THE COURT:  Good morning.
        7             MS. ABIOLA:  Good morning, your Honor.
        8             THE COURT:  Be seated.
"""


def test_a_list_of_counsel_with_their_firm_keeps_its_persons() -> None:
    assert {"DANA WHITCOMBE", "RUTH ABIOLA"} <= persons(encode(NAMES_AND_FIRM))


# C6: a copy's note over a record with margin numbers opens with a date ("22 July
# 2004"): its day is no margin number, the date is whole.
DATED_NOTE = """\
14 March 2003
Source: the reporters' digital file.

        1             THE COURT:  Good morning.
        2             MR. QUAYE:  Good morning, your Honor.
        3             THE COURT:  Be seated.
        4             MR. QUAYE:  Thank you.
"""


def test_a_date_over_a_numbered_record_keeps_its_day() -> None:
    tree = encode(DATED_NOTE)
    assert xp(tree, "//t:profileDesc//t:date/@when")[:1] == ["2003-03-14"]


# Near miss: a numbered line whose words open with a month and no year stays numbered.
NUMBERED_MAY = """\
        1             THE COURT:  Good morning.
        2             MR. QUAYE:  We met in
        3    May 12 of that year, your Honor.
        4             THE COURT:  Go on.
"""


def test_a_margin_number_before_a_month_without_a_year_stays_a_margin() -> None:
    tree = encode(NUMBERED_MAY)
    assert "3" in xp(tree, "//t:lb/@n")


# C7: an agency hearing's front page in a record whose labels stand alone on their
# lines: the agency's name over its officials and "REPORTED BY:" over the reporter
# are headings of the page, not speakers.
AGENCY_FRONT = """\
PUBLIC HEARING ON THE PROPOSED WATER REUSE RULE
U.S. ENVIRONMENTAL PROTECTION AGENCY:
DORA KESSLER, Branch Chief, Office of Water
REPORTED BY:
LIAM OYELARAN, Court Reporter
P R O C E E D I N G S
MS. KESSLER:
Good morning, and thank you for coming.
MR. VANCE:
Good morning. I am here for the county.
MS. KESSLER:
Please go ahead.
"""


def test_an_agency_and_its_reporter_over_names_are_no_speakers() -> None:
    tree = encode(AGENCY_FRONT)
    assert speakers(tree) == ["MS. KESSLER:", "MR. VANCE:", "MS. KESSLER:"]


# Near miss: a body's name as a label after the turns began speaks (the members
# answering together, twice): the rule holds only before the first turn.
BODY_SPEAKS = """\
CHAIR ROWE:
Are we agreed on the minutes?
THE HOUSING COMMITTEE:
Agreed.
CHAIR ROWE:
And on the budget?
THE HOUSING COMMITTEE:
Agreed.
"""


def test_a_body_answering_after_the_turns_began_is_a_speaker() -> None:
    tree = encode(BODY_SPEAKS)
    assert speakers(tree) == ["CHAIR ROWE:", "THE HOUSING COMMITTEE:"] * 2


# C8: a hearing's web copy opens with its place and date parted by a typewriter's
# doubled dash ("Los Angeles, California -- September 17, 1996"): a dateline.
DOUBLE_DASH_DATELINE = """\
Dayton, Ohio -- March 4, 1997
CHAIRMAN ESTRADA: We will hear next from Ms. Kowalczyk.

MS. KOWALCZYK: Thank you, Madam Chair.

CHAIRMAN ESTRADA: Thank you.
"""


def test_a_place_and_date_parted_by_a_double_dash_are_the_dateline() -> None:
    tree = encode(DOUBLE_DASH_DATELINE)
    assert xp(tree, "//t:creation/t:placeName/text()") == ["Dayton, Ohio"]
    assert xp(tree, "//t:creation/t:date/@when") == ["1997-03-04"]


# Near miss: a title with a doubled dash before words that are no date stays the title.
DOUBLE_DASH_TITLE = """\
Flood Control Hearing -- Testimony of the Public
CHAIRMAN ESTRADA: We will hear next from Ms. Kowalczyk.

MS. KOWALCZYK: Thank you, Madam Chair.

CHAIRMAN ESTRADA: Thank you.
"""


def test_a_title_with_a_double_dash_and_no_date_stays_the_title() -> None:
    tree = encode(DOUBLE_DASH_TITLE)
    assert xp(tree, "//t:creation/t:placeName") == []


# C9: a congressional deposition's page with questions and answers: counsel asks
# ("BY MR. DEMAREST:"), the answers are the witness's, whom the page labels "The
# Witness." where he speaks outside an answer.
DEPOSITION_QA = """\
     Q    And when did you first hear of the rally?
     A    In early December, I believe.
     Q    From whom?
     A    From a friend.
          Mr. Calloway.  Objection.  Vague as to the friend.
          The Witness.  I will answer.  It was a volunteer.
          BY MR. DEMAREST:
     Q    Did the volunteer give you a name?
     A    No.
          Mr. Demarest.  Let's go off the record.
          The Reporter.  We are off the record.
"""


def test_the_answers_are_the_witness_the_page_labels_by_role() -> None:
    tree = encode(DEPOSITION_QA)
    labels, who = speakers(tree), whos(tree)
    witness = who[labels.index("The Witness.")]
    assert [w for label, w in zip(labels, who, strict=True) if label == "A"] == [witness] * 3


# Near miss: the same page where the reporter's oath names the witness: the answers
# are hers, not a role's.
DEPOSITION_QA_SWORN = """\
          OLIVE MBEKI,
          having been first duly sworn, was examined and testified as follows:
          BY MR. DEMAREST:
     Q    Please state your name.
     A    Olive Mbeki.
          The Witness.  May I add my title?
     Q    Please do.
     A    Doctor.
"""


def test_answers_after_an_oath_naming_the_witness_are_hers() -> None:
    tree = encode(DEPOSITION_QA_SWORN)
    names = " ".join(" ".join(p.itertext()) for p in xp(tree, "//t:person/t:persName"))
    assert "Mbeki" in names or "MBEKI" in names


# C10: a hearing's web copy with each label alone on its line in mixed case with a
# stop ("Mr. Specter." over the speech), as a site sets the printed volume's
# testimony: labels recur, the speech is the paragraph below.
TITLED_ALONE = """\
Testimony of Ruth Ellery Resumed
(Present were Mr. Dunmore and Representative Vail.)
Mr. Hatcher.
May the record show that the Commission has reassembled in the library. Mrs. Ellery, \
what will you show us first?
Mrs. Ellery.
The first film is the one taken from the bridge.
Mr. Dunmore.
How long does it run?
Mrs. Ellery.
About two minutes.
Mr. Hatcher.
Then let us begin.
"""


def test_mixed_case_labels_alone_over_their_speech_are_read() -> None:
    tree = encode(TITLED_ALONE)
    assert speakers(tree) == [
        "Mr. Hatcher.",
        "Mrs. Ellery.",
        "Mr. Dunmore.",
        "Mrs. Ellery.",
        "Mr. Hatcher.",
    ]
    first = "".join(xp(tree, "//t:sp[1]/t:p")[0].itertext())
    assert first.startswith("May the record show")


# Near miss: names with a stop alone on their lines, each once (a list of those
# thanked), over sentences: no labels.
THANKED = """\
We thank the following for their help with this volume.
Mr. Hatcher.
He read the proofs twice over the winter.
Mrs. Ellery.
She found the photographs in the county archive.
"""


def test_names_alone_each_once_are_no_labels() -> None:
    assert xp(encode(THANKED), "//t:sp") == []


# C11: a congressional committee's released deposition, its staff's names blacked
# out: counsel's label is the title alone, then the gap the name left, then the
# speech ("Mr.   Of course."), beside "The Witness." labels.
REDACTED_COUNSEL = """\
The Witness. May I ask something first?

Mr.   Of course.

The Witness. Will you tell me if you want more?

Mr.   We will. Please answer as fully as you can.

If a question is unclear, ask us to put it again.

The Witness. Understood.
"""


def test_a_title_whose_name_was_redacted_is_an_unnamed_speaker() -> None:
    tree = encode(REDACTED_COUNSEL)
    assert speakers(tree) == ["The Witness.", "Mr.", "The Witness.", "Mr.", "The Witness."]
    counsel = whos(tree)[1]
    (person,) = xp(tree, f"//t:person[@xml:id='{counsel[1:]}']")
    assert person.get("role") == "unidentified"


# Near miss: prose with a title and two spaces before a name, in a text with no
# deposition's labels: words.
TITLE_DOUBLE_SPACED = """\
Mr.  Okafor came to the meeting late that evening.
Mr.  Lindqvist had already left for the station.
Nobody minuted what they said to each other.
"""


def test_a_title_and_two_spaces_in_prose_stays_words() -> None:
    assert xp(encode(TITLE_DOUBLE_SPACED), "//t:sp") == []


# C12: the same committee's deposition where a staff member's whole name was blacked
# out of the label, its stop left (" . Mr. Ruiz, we have explained …"), among
# questions and answers.
BLANKED_LABEL = """\
Q Yes, we as in the coalition, which you led at the time.

A Yes, yes. We recruited several speakers for the event in the park.

Q I am asking about the November rally.

A The November rally?

Q Yes, the November rally.

A Can you show me how that relates to the resolution?

 . Mr. Ruiz, we have explained the resolution to your counsel.

Q So, were you at the November rally?

A Then I will answer. Yes, I was there.
"""


def test_a_label_blacked_out_to_its_stop_is_an_unnamed_speaker() -> None:
    tree = encode(BLANKED_LABEL)
    assert speakers(tree) == ["Q", "A", "Q", "A", "Q", "A", ".", "Q", "A"]
    (person,) = xp(tree, f"//t:person[@xml:id='{whos(tree)[6][1:]}']")
    assert person.get("role") == "unidentified"


# Near miss: a paragraph opening with a stop in an ordinary interview (no Q/A, no
# officers by role): words of the speech above.
STOP_IN_INTERVIEW = """\
HOST: And then what happened?

GUEST: We waited.

. Then the doors opened and everyone ran in.

HOST: Remarkable.
"""


def test_a_stop_opening_a_paragraph_elsewhere_is_no_label() -> None:
    assert speakers(encode(STOP_IN_INTERVIEW)) == ["HOST:", "GUEST:", "HOST:"]


# C13: a deposition's page where the witness answers on after counsel broke in, so
# one "A" follows no "Q" of its own: the page's answers are still answers.
ANSWER_AFTER_INTERJECTION = """\
Q Yes, we as in the coalition, which you led at the time.

A Yes, yes. We recruited several speakers for the event in the park.

Q I am asking about the November rally.

A The November rally?

Q Yes, the November rally.

A Can you show me how that relates to the resolution?

 . Mr. Ruiz, we have explained the resolution to your counsel.

A Then I will answer. Yes, I was there.
"""


def test_an_answer_going_on_after_counsel_broke_in_keeps_the_page_answers() -> None:
    tree = encode(ANSWER_AFTER_INTERJECTION)
    assert speakers(tree) == ["Q", "A", "Q", "A", "Q", "A", ".", "A"]


# Near miss: sentences opening with the article around one question and answer: no
# answers (the article "A" twice where no question asked).
ARTICLES = """\
A dog barked in the yard all night.

Q Why did it bark?

A Hunger, I think.

A cat sat on the fence and watched.
"""


def test_articles_around_one_answer_are_no_answers() -> None:
    assert "A" not in speakers(encode(ARTICLES))


# C14: a congressional deposition's cover names the deponent ("DEPOSITION OF: DANA
# QUIRKE"); the page labels him "The Witness." and his answers "A": all are his.
DEPOSITION_COVER = """\
SELECT COMMITTEE ON THE HARBOR FIRE,
U.S. HOUSE OF REPRESENTATIVES,
WASHINGTON, D.C.

DEPOSITION OF: DANA QUIRKE

Tuesday, December 14, 2021

The Reporter. Do you swear that the testimony you are about to give is the truth?

The Witness. I do.

EXAMINATION

BY MR. HOLLIS:

Q Please state your name for the record.

A Dana Quirke.

Q And where were you employed in December 2020?

A At the Department of Transportation.
"""


def test_a_deposition_covers_deponent_is_the_witness_and_answers() -> None:
    tree = encode(DEPOSITION_COVER)
    labels, who = speakers(tree), whos(tree)
    witness = who[labels.index("The Witness.")]
    assert [w for label, w in zip(labels, who, strict=True) if label == "A"] == [witness] * 2
    assert witness.endswith("quirke")


# Near miss: a sentence in mixed case about a deposition names no deponent.
DEPOSITION_SENTENCE = """\
Q Was the deposition of Dana Quirke postponed?

A It was, to January.

Q Who asked for that?

A His counsel did.
"""


def test_a_sentence_about_a_deposition_names_no_deponent() -> None:
    tree = encode(DEPOSITION_SENTENCE)
    assert not any(w.endswith("quirke") for w in whos(tree))


def test_the_reporters_whereupon_on_counsels_line_is_narration() -> None:
    """C16: the reporter's sentence calling the witness, on counsel's line after his
    words, is narration inside his turn, not his speech (WHEREUPON_DEPOSITION above)."""
    tree = encode(WHEREUPON_DEPOSITION)
    (stage,) = xp(tree, "//t:sp[3]/t:stage")
    assert "".join(stage.itertext()).startswith("Whereupon, Harold B. Voss was called")
    said = " ".join("".join(p.itertext()) for p in xp(tree, "//t:sp[3]/t:p"))
    assert said.strip() == "Would the notary swear the witness."


# Near miss: "Whereupon" in a speech that calls no one stays the speaker's words.
def test_a_whereupon_calling_no_one_stays_in_the_speech() -> None:
    tree = encode(WHEREUPON_IN_SPEECH)
    assert xp(tree, "//t:sp[1]/t:stage") == []
    said = "".join(xp(tree, "//t:sp[1]/t:p")[0].itertext())
    assert said.startswith("Whereupon, the parties agreed")
