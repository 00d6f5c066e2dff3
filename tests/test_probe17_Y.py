"""Oral-history transcripts a tester's probe (17, Y) found misread, in the house styles of
federal history offices and university programmes: a service's front block that writes
the branch and the retirement after each name ("Interviewee: Vice Admiral … III, USCG
(Ret.)", "Interviewer: Captain …, USN"), its role fields read as two turns, and with
turns under it the narrator's surname label linked to no one (Y1); a double-spaced copy
that labels each voice by its full name in capitals once ("SUSAN RESNIK:", "ALBERT W.
JOHNSON:") and by its initials afterwards ("SR:", "AWJ:"), the first turn, its line cut
before the sentence's end, read as a form's field of the front matter and the initials
linked to no one (Y2); in such a copy a speech's line that goes on with "funded by …"
under a blank line, read as the record's funding statement, which cut the turn (Y3); a
PDF copy whose running head says front-matter fields again under each page's number
("Interviewees: Roe, Ann & Roe, Bo", "Interview Date: …"), each read as a turn of a
speaker "Interviewees" or "Interview Date" (Y4).
Small transcripts written for these tests (names and words invented, in the house style
found); every expectation was written from the transcript above it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, participants, said, same_words, xp


def front_lines(tree: object) -> list[str]:
    return [" ".join("".join(p.itertext()).split()) for p in xp(tree, "//t:front/t:p")]  # type: ignore[arg-type]


# Y1: a service history office's front block, the branch and "(Ret.)" after the names,
# then the narrator's memoir without labels.
SERVICE_MEMOIR = """Interviewee: Vice Admiral Harlan P. Voss III, USCG (Ret.)

Interviewer: Captain Mira Tenney, USN
Date of Interview: October 2, 2006
Place: Admiral Voss's home

This interview was given to the history office by the family. It reads more
as a memoir than as questions and answers.

I joined the service in 1951 because my brother had. The cutters were old and
the pay was worse, but we learned fast.
"""


def test_y_role_fields_with_a_service_after_the_name_are_front_matter() -> None:
    tree = encode(SERVICE_MEMOIR, "voss.txt")
    assert said(tree) == []  # a memoir: no one is labelled
    front = front_lines(tree)
    assert "Interviewee: Vice Admiral Harlan P. Voss III, USCG (Ret.)" in front
    assert "Interviewer: Captain Mira Tenney, USN" in front
    names = [" ".join("".join(n.itertext()).split()) for n in xp(tree, "//t:front//t:persName")]
    assert names == ["Vice Admiral Harlan P. Voss", "Captain Mira Tenney"]
    same_words(tree, SERVICE_MEMOIR)


SERVICE_TURNS = """Interviewee: Vice Admiral Harlan P. Voss III, USCG (Ret.)
Interviewer: Captain Mira Tenney, USN
Date of Interview: October 2, 2006
Place: Mobile, Alabama

TENNEY: Admiral, where did you grow up?

VOSS: In Mobile, near the docks. My father ran a tug.

TENNEY: And the Academy?

VOSS: I went in 1951. It was the only way out I could see.
"""


def test_y_surname_labels_under_service_fields_are_the_named_people() -> None:
    tree = encode(SERVICE_TURNS, "voss.txt")
    assert [who for who, _ in said(tree)] == [
        "#mira-tenney",
        "#harlan-p-voss",
        "#mira-tenney",
        "#harlan-p-voss",
    ]
    people = participants(tree)
    assert "Vice Admiral Harlan P. Voss" in people["harlan-p-voss"]
    same_words(tree, SERVICE_TURNS)


# negative: a country after a comma in a place field stays the place; a turn whose
# words end with a service's letters stays a turn.
NEAR_MISS = """Interviewer: Mira Tenney
Place: Norfolk, Virginia, USA

TENNEY: Where did you serve?

VOSS: Mostly with the USCG.

TENNEY: And later, in the USN?

VOSS: No, never the USN.
"""


def test_y_a_service_s_letters_in_a_place_or_in_speech_stay_as_written() -> None:
    tree = encode(NEAR_MISS, "near.txt")
    assert [words for _, words in said(tree)] == [
        "Where did you serve?",
        "Mostly with the USCG.",
        "And later, in the USN?",
        "No, never the USN.",
    ]
    places = ["".join(p.itertext()) for p in xp(tree, "//t:front//t:placeName")]
    assert places == ["Norfolk, Virginia, USA"]
    same_words(tree, NEAR_MISS)


# Y2: a double-spaced copy (a blank line after every line), full names in capitals said
# once, then the initials; the first turn's first line ends mid-sentence.
SPELLED_THEN_INITIALS = """Dr. Nora K. Bellweather May 3-4, 2011 interviewed by Owen Tarrant

OWEN TARRANT: This is Owen Tarrant. Today is May 3, 2011. I'm in the

office of Dr. Nora K. Bellweather, in Duluth. We are recording her

oral history for the university archive.

NORA K. BELLWEATHER: Good morning, Owen.

OT: Where did you grow up?

NKB: On a farm outside Fargo, with four brothers and a

great many cows.

OT: And school?

NKB: A one-room school until I was twelve.
"""


def test_y_a_full_name_in_capitals_once_then_its_initials_is_one_speaker() -> None:
    tree = encode(SPELLED_THEN_INITIALS, "bellweather.txt")
    pairs = said(tree)
    assert [who for who, _ in pairs] == ["#owen-tarrant", "#nora-k-bellweather"] * 3
    assert pairs[0][1] == (
        "This is Owen Tarrant. Today is May 3, 2011. I'm in the office of Dr. Nora K. "
        "Bellweather, in Duluth. We are recording her oral history for the university archive."
    )
    assert xp(tree, "//t:front//t:p[starts-with(., 'OWEN')]") == []
    same_words(tree, SPELLED_THEN_INITIALS)


MIXED_SPELLED = """Owen Tarrant: Good morning, Dr. Bellweather.

Nora K. Bellweather: Good morning, Owen.

OT: Where did you grow up?

NKB: On a farm outside Fargo.

OT: And school?

NKB: A one-room school until I was twelve.
"""


def test_y_a_mixed_case_full_name_with_a_middle_initial_keys_its_initials() -> None:
    tree = encode(MIXED_SPELLED, "bellweather.txt")
    assert [who for who, _ in said(tree)] == ["#owen-tarrant", "#nora-k-bellweather"] * 3
    same_words(tree, MIXED_SPELLED)


# negative: a field's key in capitals whose letters happen to be a recurring label's
# ("PLACE OF INTERVIEW" and "PI:") stays the field; a title's stop is no initial
# ("MR. HALE:" once beside "MH:").
KEY_NOT_NAME = """PLACE OF INTERVIEW: Lakeshore Public Library

PI: Shall we start with the harbour?

MR. HALE: If you like. I worked there thirty years.

PI: Doing what?

MH: Loading grain, mostly.

PI: And after that?

MH: The office, until I retired.
"""


def test_y_a_field_key_or_a_titled_name_is_no_spelled_out_label() -> None:
    tree = encode(KEY_NOT_NAME, "hale.txt")
    whos = [who for who, _ in said(tree)]
    assert "#place-of-interview" not in whos
    assert whos.count("#pi") == 3
    assert whos.count("#mh") == 2  # initials no full label spells out
    assert "Lakeshore Public Library" in "".join(xp(tree, "//t:front//text()"))
    same_words(tree, KEY_NOT_NAME)


# Y3: a double-spaced speech whose sentence goes on with the words of a funding line.
FUNDED_IN_SPEECH = """Interviewer: Owen Tarrant
Interviewee: Nora Bellweather

TARRANT: Today is May 3, 2011. We are recording this as part of the project

funded by the Lakeshore Arts Council grant.

Good morning.

BELLWEATHER: Good morning.

TARRANT: Where did you grow up?

BELLWEATHER: On a farm outside Fargo.
"""


def test_y_a_speech_going_on_with_funded_by_stays_the_speech() -> None:
    tree = encode(FUNDED_IN_SPEECH, "bellweather.txt")
    pairs = said(tree)
    assert len(pairs) == 4
    assert pairs[0][1] == (
        "Today is May 3, 2011. We are recording this as part of the project "
        "funded by the Lakeshore Arts Council grant. Good morning."
    )
    assert "Arts Council" not in "".join(xp(tree, "//t:teiHeader//t:funder//text()"))
    same_words(tree, FUNDED_IN_SPEECH)


# negative: the record's own funding line after the last turn's finished sentence.
FUNDED_AT_END = """Interviewer: Owen Tarrant
Interviewee: Nora Bellweather

TARRANT: Where did you grow up?

BELLWEATHER: On a farm outside Fargo.

TARRANT: Thank you.

This oral history was funded by the Lakeshore Arts Council.
"""


def test_y_a_funding_line_after_the_last_finished_turn_stays_the_funder() -> None:
    tree = encode(FUNDED_AT_END, "bellweather.txt")
    assert [words for _, words in said(tree)][-1] == "Thank you."
    assert "Lakeshore Arts Council" in "".join(xp(tree, "//t:teiHeader//t:funder//text()"))
    same_words(tree, FUNDED_AT_END)


# Y4: a PDF copied as text whose running head says front-matter fields again under
# each page's number ("Interviewees: …", "Interview Date: …"); initials as labels.
RUNNING_FIELDS = """Transcript |
MLH# 00417 Page 1 of 3
Interviewees: Dunmore, Alice & Dunmore, Ray
Interview Date: March 9, 2010
ORAL HISTORY OF THE HARBOR PROJECT
Interviewed by: Petra Quill, Sam Okoro
Transcribed by: Lena Marsh
PQ: Could you tell us how the two of you met?
AD: At the cannery. I was packing and he was on the line, and he kept
dropping the cans whenever I walked past.
RD: That is not how it happened.
SO: When was this?
AD: Nineteen fifty-two, the summer the river flooded.
MLH# 00417 Page 2 of 3
Interviewees: Dunmore, Alice & Dunmore, Ray
Interview Date: March 9, 2010
PQ: And the flood closed the cannery?
RD: For a month. We were married by the time it opened again.
SO: Where did you live?
RD: Over the bait shop, two rooms and a stove.
MLH# 00417 Page 3 of 3
Interviewees: Dunmore, Alice & Dunmore, Ray
Interview Date: March 9, 2010
PQ: Thank you both.
"""


def test_y_fields_a_running_head_repeats_over_each_page_are_no_speakers() -> None:
    tree = encode(RUNNING_FIELDS, "dunmore.txt")
    whos = [who for who, _ in said(tree)]
    assert len(whos) == 10
    assert whos.count("#petra-quill") == 3 and whos.count("#sam-okoro") == 2
    assert not any("interview" in who for who in whos)
    heads = ["".join(f.itertext()) for f in xp(tree, "//t:body//t:fw[@type='header']")]
    head = ["Interviewees: Dunmore, Alice & Dunmore, Ray", "Interview Date: March 9, 2010"]
    assert [h for h in heads if h.startswith("Interview")] == head * 2
    assert xp(tree, "//t:teiHeader//t:creation/t:date/@when") == ["2010-03-09"]
    same_words(tree, RUNNING_FIELDS)


# negative: the same field said again where no page is marked (a second session's
# head, as an oral history repeats its front matter) is no page furniture.
SESSIONS_AGAIN = """Interviewee: Alice Dunmore
Interviewer: Petra Quill
Date: March 9, 2010

QUILL: How did you meet your husband?

DUNMORE: At the cannery, in the summer of the flood.

[END OF SESSION ONE]

Interviewee: Alice Dunmore
Interviewer: Petra Quill
Date: March 16, 2010

QUILL: Last week we stopped at the flood.

DUNMORE: Yes, and the cannery closed for a month.
"""


def test_y_a_field_said_again_without_pages_is_no_running_head() -> None:
    tree = encode(SESSIONS_AGAIN, "dunmore.txt")
    assert xp(tree, "//t:fw") == []
    people = participants(tree)
    whos = [who for who, _ in said(tree)]
    assert len(whos) == 4 and len(people) == 2
    assert "Petra Quill" in people[whos[0][1:]] and "Alice Dunmore" in people[whos[1][1:]]
    same_words(tree, SESSIONS_AGAIN)


# Y5: the same copy's page line ("MLH# 00417 Page 2 of 3") opens each page: a head
# with the page's own number, not a foot of the page before it.
def test_y_a_page_count_line_at_the_top_of_each_page_heads_that_page() -> None:
    tree = encode(RUNNING_FIELDS, "dunmore.txt")
    assert xp(tree, "//t:pb/@n") == ["1", "2", "3"]
    heads = ["".join(f.itertext()) for f in xp(tree, "//t:fw[@type='header']")]
    assert heads[:2] == ["MLH# 00417 Page 1 of 3", "MLH# 00417 Page 2 of 3"]
    assert xp(tree, "//t:fw[@type='footer']") == []
    same_words(tree, RUNNING_FIELDS)


# negative: a museum's foot with the page's number ends each page, far below the
# file's start: a foot, the next page's break after it.
MUSEUM_FEET = """Oral History of Ada Venn

Interviewed by: Petra Quill

QUILL: Where did you study?

VENN: In Leeds, then in Manchester, where the machine was.

QUILL: What was it like?

VENN: Loud, and warm in winter.

CHM Ref: X1234.2020 © 2020 Harbor Museum Page 1 of 2

QUILL: And after Manchester?

VENN: A bank, writing payroll programs.

CHM Ref: X1234.2020 © 2020 Harbor Museum Page 2 of 2
"""


def test_y_a_museum_s_page_foot_stays_the_foot() -> None:
    tree = encode(MUSEUM_FEET, "venn.txt")
    feet = ["".join(f.itertext()) for f in xp(tree, "//t:fw[@type='footer']")]
    assert len(feet) == 2
    assert xp(tree, "//t:pb/@n") == ["2"]
    assert len(said(tree)) == 6
    same_words(tree, MUSEUM_FEET)


# Y6: the archive's foot printed under the page's head, its number inside the words
# ("Lakeshore College 2 Regional History Archives"), said again on every page.
ARCHIVE_FOOT = """MLH# 00417 Page 1 of 3
Interview Date: March 9, 2010
Lakeshore College 1 Regional History Archives
Interviewed by: Petra Quill
PQ: Could you tell us how the two of you met?
AD: At the cannery.
MLH# 00417 Page 2 of 3
Interview Date: March 9, 2010
Lakeshore College 2 Regional History Archives
PQ: Go on.
AD: He kept dropping the cans whenever I walked past.
MLH# 00417 Page 3 of 3
Interview Date: March 9, 2010
Lakeshore College 3 Regional History Archives
PQ: Go on.
AD: That was all.
"""


def test_y_lines_every_page_head_says_again_are_the_page_s_furniture() -> None:
    tree = encode(ARCHIVE_FOOT, "dunmore.txt")
    heads = ["".join(f.itertext()) for f in xp(tree, "//t:body//t:fw[@type='header']")]
    assert "Lakeshore College 2 Regional History Archives" in heads
    assert "Lakeshore College 3 Regional History Archives" in heads
    words = [w for _, w in said(tree)]
    assert not any("Lakeshore" in w for w in words)
    # negative: the same words of a speaker at each page's top stay that speaker's turns
    assert words.count("Go on.") == 2 and len(words) == 6
    same_words(tree, ARCHIVE_FOOT)


# Y7: the interviewees listed surname first and joined by "&" ("Interviewees: Dunmore,
# Alice & Dunmore, Ray"), the turns labelled by initials.
SURNAMES_FIRST = """Interviewees: Dunmore, Alice & Dunmore, Ray
Interviewed by: Petra Quill

PQ: How did the two of you meet?

AD: At the cannery.

RD: That is not how it happened.

PQ: When was this?

AD: Nineteen fifty-two.

RD: Fifty-three.
"""


def test_y_names_listed_surname_first_are_the_people_the_initials_label() -> None:
    tree = encode(SURNAMES_FIRST, "dunmore.txt")
    assert [who for who, _ in said(tree)] == [
        "#petra-quill",
        "#alice-dunmore",
        "#ray-dunmore",
    ] * 2
    refs = xp(tree, "//t:front//t:persName[starts-with(., 'Dunmore')]/@ref")
    assert refs == ["#alice-dunmore", "#ray-dunmore"]
    same_words(tree, SURNAMES_FIRST)


# negative: names in their usual order with a comma and "&" are three people, never
# one read surname first ("Petra Quill, Sam Okoro" is no "Sam Okoro Petra Quill").
USUAL_ORDER = """Interviewers: Petra Quill, Sam Okoro & Lena Marsh
Interviewee: Alice Dunmore

PQ: How did you meet?

AD: At the cannery.

SO: When?

AD: In 1952.

LM: Where?

AD: Here.
"""


def test_y_names_in_their_usual_order_with_an_ampersand_stay_each_a_person() -> None:
    tree = encode(USUAL_ORDER, "dunmore.txt")
    whos = [who for who, _ in said(tree)]
    assert whos[0::2] == ["#petra-quill", "#sam-okoro", "#lena-marsh"]
    assert set(whos[1::2]) == {"#alice-dunmore"}
    same_words(tree, USUAL_ORDER)


# Y8: a nickname in quotes after the forenames of a name written surname first.
NICKNAME_SURNAME_FIRST = """Interviewees: Dunmore, Alice \u201cAllie\u201d & Dunmore, Ray
Interviewed by: Petra Quill, Sam Okoro

SO: Could you talk about the cannery?

AD: It was loud.

SO: And the pay?

RD: Poor.

AD: Very poor.

RD: Yes.
"""


def test_y_a_nickname_in_quotes_is_no_part_of_a_name_written_surname_first() -> None:
    tree = encode(NICKNAME_SURNAME_FIRST, "dunmore.txt")
    whos = [who for who, _ in said(tree)]
    so, ad, rd = "#sam-okoro", "#alice-dunmore", "#ray-dunmore"
    assert whos == [so, ad, so, rd, ad, rd]
    refs = xp(tree, "//t:front//t:persName[starts-with(., 'Dunmore')]/@ref")
    assert refs == ["#alice-dunmore", "#ray-dunmore"]
    same_words(tree, NICKNAME_SURNAME_FIRST)
