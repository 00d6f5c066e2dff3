"""Hearings, court and agency records, press briefings: probe 9 (helper C)
found misread: a rank abbreviated with a full stop inside a label in capitals
("REAR ADM. JOHN KIRBY:", a Pentagon briefing), a label in capitals with its
full stop alone on its line over the speech in a transcript whose labels
otherwise open the speech's line ("MR. BERNARD." over the list he reads, an
FOMC transcript of 1994), "SPEAKER(?)." said once and its space, the running
head of such a transcript's page ("2/3-4/94 -5-": the meeting's dates, the
printed page number between dashes), a briefing's first line "Daily Press
Briefing - October 14, 2015" taken for a place and a date, and the
defense.gov notice "You have accessed part of a historical collection …"
left in the text over the title.

Every transcript here is invented for these tests; every expectation was
written from the transcript above it, by reading.
"""

from __future__ import annotations

from test_exports_and_oral import encode, participants, said, same_words, xp

# A Pentagon briefing: a rank abbreviated with a full stop before the name in
# the first label, the rank and surname after it.
RANKS = """Department of Defense Press Briefing by Brig. Gen. Tull in the Pentagon Briefing Room

BRIG. GEN. MARA TULL: Good afternoon. I have two items before your questions.

Q: General, can you say when the ship will dock?

BRIG. GEN. TULL: Not today. We expect it within the week.

Q: And the crew?

BRIG. GEN. TULL: All accounted for.
"""


def _speakers(tree: object) -> list[str]:
    return [" ".join("".join(s.itertext()).split()) for s in xp(tree, "//t:sp/t:speaker")]


def test_a_rank_abbreviated_with_a_stop_is_part_of_a_label_in_capitals() -> None:
    tree = encode(RANKS, "ranks.txt")
    assert _speakers(tree) == [
        "BRIG. GEN. MARA TULL:",
        "Q:",
        "BRIG. GEN. TULL:",
        "Q:",
        "BRIG. GEN. TULL:",
    ]
    turns = said(tree)
    assert turns[0][1] == "Good afternoon. I have two items before your questions."
    assert turns[2][1] == "Not today. We expect it within the week."
    assert turns[0][0] == turns[2][0] == turns[4][0] == "#tull"  # one general, named two ways
    same_words(tree, RANKS)


# A court's list of counsel: a rank before a name in capitals is no label, and
# a sentence in capitals with a rank in it stays a sentence.
COUNSEL = """APPEARANCES:

For the State: GEN. ANNA PIKE, ESQ., Attorney General
For the Defendant: COL. BRYCE HOLM, retired, of counsel

The hearing was adjourned to the following week at the request of the parties.
"""


def test_ranks_in_a_list_of_counsel_open_no_turn() -> None:
    tree = encode(COUNSEL, "counsel.txt")
    assert xp(tree, "//t:sp") == []
    same_words(tree, COUNSEL)


# An FOMC transcript as the crawler extracted it (1994): labels in capitals with a
# full stop open their speech's line, no empty line anywhere; one label alone on
# its line over the list its speaker reads; "SPEAKER(?)." once.
ALONE = """Transcript of the Harbour Board Meeting of
March 2-3, 1997
CHAIRMAN OKAFOR. Good morning. We begin with the roll of officers, and I
call on our Secretary to read it.
MS. HALVORSEN.
Secretary, Linus Abara;
Deputy Secretary, Tove Engel;
Counsel, Ruth Mbeki.
That is the list, Mr. Chairman.
CHAIRMAN OKAFOR. Thank you. Any objections? If not, the list stands.
MR. DALE. None from me.
SPEAKER(?). Second.
CHAIRMAN OKAFOR. Then we move on.
"""


def test_a_label_in_capitals_alone_over_its_speech_among_inline_labels() -> None:
    tree = encode(ALONE, "roll.txt")
    assert _speakers(tree) == [
        "CHAIRMAN OKAFOR.",
        "MS. HALVORSEN.",
        "CHAIRMAN OKAFOR.",
        "MR. DALE.",
        "SPEAKER(?).",
        "CHAIRMAN OKAFOR.",
    ]
    turns = said(tree)
    assert turns[1][1].startswith("Secretary, Linus Abara;")
    assert turns[1][1].endswith("That is the list, Mr. Chairman.")
    assert turns[0][1].endswith("call on our Secretary to read it.")
    assert xp(tree, "//t:title/text()")[0] == (
        "Transcript of the Harbour Board Meeting of March 2-3, 1997"
    )
    assert xp(tree, "//t:creation/t:date/@when") == ["1997-03-02"]  # the first of two days
    same_words(tree, ALONE)


# A heading in capitals with a full stop alone on its line, among the same inline
# labels, is no one's turn: only a title (MR., MS., CHAIRMAN …) or a name that
# speaks elsewhere is a label alone.
HEADING_ALONE = """CHAIRMAN OKAFOR. We turn to the accounts.
MR. DALE. They balance.
CHAIRMAN OKAFOR. Good.
MS. HALVORSEN. I agree.
NEW BUSINESS.
The board then heard a report on the ferry timetable.
CHAIRMAN OKAFOR. Anything else?
"""


def test_a_heading_in_capitals_alone_is_no_label_among_inline_labels() -> None:
    tree = encode(HEADING_ALONE, "accounts.txt")
    assert _speakers(tree) == [
        "CHAIRMAN OKAFOR.",
        "MR. DALE.",
        "CHAIRMAN OKAFOR.",
        "MS. HALVORSEN.",
        "CHAIRMAN OKAFOR.",
    ]
    same_words(tree, HEADING_ALONE)


# The running head of such a transcript's pages: the meeting's dates with slashes,
# the printed page number between dashes (or no number on some pages).
HEADS = """--- Page 2 ---

Transcript of the Harbour Board Meeting of
March 2-3, 1997
CHAIRMAN OKAFOR. Good morning. We begin with the tide tables, which the
staff have revised since our last meeting, and then the dredging.
MR. DALE. The revision is small. The spring tides run a little higher
than the old tables said, and the pilots have been told.

--- Page 3 ---

3/2-3/97 -2-
CHAIRMAN OKAFOR. Thank you. On the dredging, we have the contractor's
report.
MS. HALVORSEN. It arrived on Friday.

--- Page 4 ---

3/2-3/97
MR. DALE. I have read it. The channel is clear to nine metres.
"""


def test_a_running_head_of_dates_and_page_number_is_page_furniture() -> None:
    tree = encode(HEADS, "tides.txt")
    heads = [" ".join(f.itertext()) for f in xp(tree, "//t:fw[@type='header']")]
    assert heads == ["3/2-3/97 -2-", "3/2-3/97"]
    for turn in said(tree):
        assert "3/2-3/97" not in turn[1]
    assert [who for who, _ in said(tree)] == ["#okafor", "#dale", "#okafor", "#halvorsen", "#dale"]
    same_words(tree, HEADS)


# A sentence that opens with a date in that form is speech, not a head.
DATE_SENTENCE = """CHAIRMAN OKAFOR. We meet again soon.
MR. DALE. When?
CHAIRMAN OKAFOR. The date is set.
3/2-3/97 is when we meet, and the room is booked.
MR. DALE. Fine.
"""


def test_a_date_opening_a_line_of_speech_is_no_running_head() -> None:
    tree = encode(DATE_SENTENCE, "dates.txt")
    assert xp(tree, "//t:fw") == []
    assert "3/2-3/97 is when we meet" in said(tree)[2][1]
    same_words(tree, DATE_SENTENCE)


# A State Department briefing page (2009-2017 archive): the first line is the
# title with the date after a dash; the place is on a line of its own.
BRIEFING = """Daily Press Briefing - March 3, 2014

Alma Reyes
Daily Press Briefing
Washington, DC
March 3, 2014


1:05 p.m. EST

MS REYES: Good afternoon. I have nothing at the top.

QUESTION: Nothing at all?

MS REYES: Nothing at all. Go ahead.
"""


def test_a_title_before_a_dash_and_a_date_is_no_place() -> None:
    tree = encode(BRIEFING, "dpb.txt")
    places = [" ".join(p.itertext()) for p in xp(tree, "//t:placeName")]
    assert "Daily Press Briefing" not in places
    assert xp(tree, "//t:titleStmt/t:title/text()")[0].startswith("Daily Press Briefing")
    assert xp(tree, "//t:creation/t:date/@when") == ["2014-03-03"]
    assert len(said(tree)) == 3
    same_words(tree, BRIEFING)


# defense.gov's notice over an archived transcript, after the .gov banner.
ARCHIVED = (
    "An official website of the United States Government \n"
    "Here's how you know\n"
    "\n"
    "Official websites use .gov\n"
    "\n"
    ".gov website belongs to an official government organization in the United States.\n"
    "\n"
    "You have accessed part of a historical collection on Some of the information contained"
    " within may be outdated and links may not function. Please contact the DOD Webmaster"
    " with any questions.\n"
    "\n"
    "Press Secretary Holds a Briefing on Storm Relief\n"
    "\n"
    "PRESS SECRETARY IDA MOSS: Good morning. Two things at the top.\n"
    "\n"
    "Q: Thank you.\n"
    "\n"
    "MS. MOSS: First, the relief flights.\n"
)


def test_an_archive_notice_over_a_transcript_is_boilerplate() -> None:
    tree = encode(ARCHIVED, "archived.txt")
    assert xp(tree, "//t:titleStmt/t:title/text()")[0] == (
        "Press Secretary Holds a Briefing on Storm Relief"
    )
    body = " ".join(" ".join(p.itertext()) for p in xp(tree, "//t:body//t:p"))
    assert "historical collection" not in body
    assert len(said(tree)) == 3
    assert list(participants(tree)) == ["ida-moss"]  # Q: the press, a group; no office in the id


# A place before a dash and the date is still a place; only a title's kind of
# record ("Briefing", "Hearing", "Interview" …) before the dash makes it a title.
PLACE_DASH = """Geneva - October 14, 2015

MS REYES: Good afternoon.

QUESTION: Good afternoon.
"""


def test_a_place_before_a_dash_and_a_date_is_still_a_place() -> None:
    tree = encode(PLACE_DASH, "geneva.txt")
    assert [" ".join(p.itertext()) for p in xp(tree, "//t:front//t:placeName")] == ["Geneva"]
    assert xp(tree, "//t:creation/t:date/@when") == ["2015-10-14"]


# The notice read out under a turn is the speaker's words.
NOTICE_SAID = (
    "MS. MOSS: The page says this.\n\n"
    "Q: Read it.\n\n"
    "MS. MOSS: You have accessed part of a historical collection on Some of the information"
    " contained within may be outdated and links may not function. Please contact the DOD"
    " Webmaster with any questions.\n"
)


def test_the_archive_notice_said_in_a_turn_stays_speech() -> None:
    tree = encode(NOTICE_SAID, "notice.txt")
    assert said(tree)[2][1].startswith("You have accessed part of a historical collection")
    same_words(tree, NOTICE_SAID)


# A state.gov page's banner whose lock icon came out as nothing: "A lock ( ) or …".
LOCK = (
    "Official websites use .gov\n\n"
    "A lock ( ) or https:// means you’ve safely connected to the .gov website. Share sensitive"
    " information only on official, secure websites.\n\n"
    "MR PRICE: Good afternoon.\n\nQUESTION: Good afternoon.\n\nMR PRICE: Let us begin.\n"
)


def test_a_gov_banner_s_lock_without_its_name_is_banner() -> None:
    tree = encode(LOCK, "lock.txt")
    body = " ".join(" ".join(p.itertext()) for p in xp(tree, "//t:body//t:p"))
    assert "safely connected" not in body
    assert len(said(tree)) == 3


# A federal court transcript's part set off by stars, over the turns.
SEALED = """******SEALED BENCH CONFERENCE******

(THE FOLLOWING PROCEEDINGS WERE HAD AT THE BENCH, WITH ALL COUNSEL PRESENT.)

THE COURT: Counsel, approach.

MS. OKONKWO: Yes, Your Honor.

THE COURT: Keep your voices down.
"""


def test_stars_round_a_title_are_no_part_of_the_header_s_title() -> None:
    tree = encode(SEALED, "sealed.txt")
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["SEALED BENCH CONFERENCE"]
    assert xp(tree, "//t:titlePart/text()") == ["******SEALED BENCH CONFERENCE******"]
    assert len(said(tree)) == 3
    same_words(tree, SEALED)


# An oral argument copied from a document site: each line with its margin number and
# an empty line after it, the reporter's head over each page and foot under it, the
# page numbers lost; the excerpt ends inside its third page (its foot not seen).
ARGUMENT = """Official - Subject to Final Review

1 IN THE SUPREME COURT OF THE UNITED STATES

2 - - - - - - - - - - - - - - - - - x

3 ANNA ROE, :

4 Petitioner : No. 09-101

5 v. :

6 HARBOUR BOARD. :

7 - - - - - - - - - - - - - - - - - x

8 Washington, D.C.

9 Monday, March 1, 2010

10

11

12

13

Heritage Reporting Corporation


Official - Subject to Final Review

1 P R O C E E D I N G S

2 CHIEF JUSTICE MARSH: We'll hear argument

3 first this morning in Roe versus Harbour Board.

4 Mr. Ode.

5 MR. ODE: Madam Chief Justice, and may it

6 please the Court:

7 The board closed the pier without notice.

8 JUSTICE VANCE: Was notice required?

9 MR. ODE: It was, by the statute's own

10 terms.

11

12

13

Heritage Reporting Corporation


Official - Subject to Final Review

1 JUSTICE VANCE: Which terms?

2 MR. ODE: Section 4, Justice Vance.

"""


def test_heads_and_feet_of_unnumbered_pages_break_the_pages() -> None:
    tree = encode(ARGUMENT, "argument.txt")
    assert len(xp(tree, "//t:text//t:pb")) == 3
    heads = [" ".join(f.itertext()) for f in xp(tree, "//t:fw[@type='header']")]
    feet = [" ".join(f.itertext()) for f in xp(tree, "//t:fw[@type='footer']")]
    assert heads == ["Official - Subject to Final Review"] * 3
    assert feet == ["Heritage Reporting Corporation"] * 2
    assert xp(tree, "//t:titleStmt/t:title/text()") == [
        "IN THE SUPREME COURT OF THE UNITED STATES"  # not the caption's rule under it
    ]
    assert [" ".join(s.itertext()) for s in xp(tree, "//t:sp/t:speaker")] == [
        "CHIEF JUSTICE MARSH:",
        "MR. ODE:",
        "JUSTICE VANCE:",
        "MR. ODE:",
        "JUSTICE VANCE:",
        "MR. ODE:",
    ]
    body = " ".join(" ".join(p.itertext()) for p in xp(tree, "//t:sp//t:p"))
    assert "Heritage" not in body and "Official" not in body


# A list of appearances as an oral argument's first page prints it, a line each, the
# lines wrapped: counsel's city before the side ("Tulsa, Okla.; on behalf of") and a
# party alone on a line ("Respondent.") are no one.
APPEARANCES = """APPEARANCES:

ANNA LUND, ESQ., Assistant Federal Public Defender,

Tulsa, Okla.; on behalf of Petitioner.

BEN ODE, ESQ., Assistant to the Solicitor General,

Department of Justice, Washington, D.C.; on behalf of

Respondent.

CHIEF JUSTICE MARSH: We'll hear argument first this morning.

MS. LUND: Madam Chief Justice, and may it please the Court.

CHIEF JUSTICE MARSH: Go ahead.
"""


def test_a_city_and_a_party_in_a_list_of_appearances_are_no_one() -> None:
    tree = encode(APPEARANCES, "appearances.txt")
    people = participants(tree)
    assert "anna-lund" in people and "ben-ode" in people
    assert not any("tulsa" in key or "respondent" in key for key in people)
    assert len(said(tree)) == 3


# An oral argument's heading over two numbered lines: one heading, one division.
HEADED = """1 CHIEF JUSTICE MARSH: We'll hear argument first.

2 Mr. Ode.

3 ORAL ARGUMENT OF BEN ODE

4 ON BEHALF OF THE PETITIONER

5 MR. ODE: Madam Chief Justice, and may it please

6 the Court: the pier was closed without notice.

7 CHIEF JUSTICE MARSH: Thank you.
"""


def test_a_time_in_brackets_under_proceedings_is_the_sitting_s_start() -> None:
    text = (
        "1 P R O C E E D I N G S\n\n2 [10:04 a.m.]\n\n"
        "3 CHIEF JUSTICE MARSH: We'll hear argument first.\n\n"
        "4 MR. ODE: Thank you.\n\n5 CHIEF JUSTICE MARSH: Go on.\n"
    )
    tree = encode(text, "started.txt")
    assert xp(tree, "//t:text//t:time/@when") == ["10:04:00"]
    assert xp(tree, "//t:supplied") == []  # a time of day, not words supplied
    assert xp(tree, "//t:settingDesc//t:time/@from") == ["10:04:00"]


def test_an_argument_heading_over_two_numbered_lines_is_one_heading() -> None:
    tree = encode(HEADED, "headed.txt")
    heads = [" ".join(" ".join(h.itertext()).split()) for h in xp(tree, "//t:head")]
    assert heads == ["ORAL ARGUMENT OF BEN ODE ON BEHALF OF THE PETITIONER"]
    assert len(said(tree)) == 3
    same_words(tree, HEADED)


# A briefing as the State Department's e-mail service sends it: its stamp, month
# first with a US time zone, dates it; without a US zone the order is not known.
def _mailed(stamp: str) -> str:
    return (
        "You are subscribed to Department Press Briefings for U.S. Department of State.\n"
        f"{stamp}\n"
        "Alma Reyes, Department Spokesperson\n"
        "Washington, D.C.\n"
        "MS REYES: Good afternoon.\n"
        "QUESTION: Good afternoon.\n"
        "MS REYES: Let us begin.\n"
    )


def test_a_us_agency_s_mail_stamp_dates_the_briefing_month_first() -> None:
    tree = encode(_mailed("03/04/2024 06:15 PM EST"), "mailed.txt")
    assert xp(tree, "//t:creation/t:date/@when") == ["2024-03-04"]
    assert len(said(tree)) == 3
    for stamp in ("03/04/2024 06:15 PM CET", "03/04/2024 06:15"):
        tree = encode(_mailed(stamp), "mailed.txt")
        assert xp(tree, "//t:creation/t:date/@when") == [], stamp


def test_a_vice_chairman_s_label_names_the_person_without_the_office() -> None:
    text = (
        "CHAIRMAN OKAFOR. Would somebody move the minutes?\n"
        "VICE CHAIRMAN ROE. So move.\n"
        "CHAIRMAN OKAFOR. Without objection.\n"
        "VICE CHAIRMAN ROE. Thank you.\n"
    )
    tree = encode(text, "minutes.txt")
    assert [who for who, _ in said(tree)] == ["#okafor", "#roe", "#okafor", "#roe"]


def test_an_under_secretary_s_label_names_the_holder() -> None:
    text = (
        "MR PRICE: We have a guest.\n\nUNDER SECRETARY VOSS: Thank you, Ned.\n\n"
        "QUESTION: A question for the Under Secretary.\n\nUNDER SECRETARY VOSS: Go ahead.\n"
    )
    tree = encode(text, "guest.txt")
    assert [who for who, _ in said(tree)] == ["#price", "#voss", "#question", "#voss"]


# The same list as pdftotext gives it, counsel's descriptions wrapped onto lines of
# their own ("Court-appointed amicus curiae", "Department of Justice, …; on behalf of"),
# a generation between the name and ESQ.
APPEARANCES_WRAPPED = """APPEARANCES:
CARA LUND, ESQ., Portland, Ore.; for
   Court-appointed amicus curiae
DAVID B. ODE, JR., ESQ., Solicitor General,
   Department of Justice, Washington, D.C.; on behalf of
   Petitioners.
EVA KING, ESQ., Washington, D.C.; on behalf of
   Respondents.

CHIEF JUSTICE MARSH: We'll hear argument first this morning.

MS. LUND: Madam Chief Justice, may it please the Court.

CHIEF JUSTICE MARSH: Go ahead.
"""


def test_counsel_in_a_wrapped_list_of_appearances_are_all_participants() -> None:
    tree = encode(APPEARANCES_WRAPPED, "wrapped.txt")
    people = participants(tree)
    for key in ("cara-lund", "david-b-ode", "eva-king"):
        assert key in people, sorted(people)
    assert not any(k in ("jr", "esq", "solicitor-general") for k in people), sorted(people)
