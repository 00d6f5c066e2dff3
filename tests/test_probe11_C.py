"""Press briefings, hearings, inquiries and memoranda a tester's probe (11, C)
found misread. Small transcripts written for these tests (names, dates and
words invented, in the house styles of the real records); every expectation
was written from the transcript above it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, xp


def paragraphs(tree: object) -> list[str]:
    """The words of each paragraph of the turns, line numbers dropped."""
    return [" ".join("".join(p.itertext()).split()) for p in xp(tree, "//t:sp/t:p")]  # type: ignore[arg-type]


# C1: a UK inquest's page in the transcriber's hanging layout: a label at one
# column, the lines its sentence goes on to four further in, a new paragraph of
# the same speech eight further in. A page of short exchanges holds more label
# lines than carried-on lines.
INQUEST_PAGE = """\
           1                                      Tuesday, 3 March 2026
           2   (10.02 am)
           3   THE CORONER:  Good morning.  Are we ready for the
           4       jury?
           5   MR DALBY:  We are, sir.
           6   THE CORONER:  Then we will have them in, and the
           7       cameras off, please.
           8                  (In the presence of the jury)
           9   THE CORONER:  Thank you, members of the jury.
          10           Yes, Mr Dalby?
          11   MR DALBY:  I call the next officer, sir.
          12   THE CORONER:  Thank you.  Would you take the
          13       stand, please.
          14   MR DALBY:  Yes.
          15   THE CORONER:  Good.
"""


def test_an_inquiry_page_of_short_exchanges_joins_the_lines_a_sentence_goes_on_to() -> None:
    tree = encode(INQUEST_PAGE)
    paras = paragraphs(tree)
    assert "Good morning. Are we ready for the jury?" in paras
    assert "Then we will have them in, and the cameras off, please." in paras
    assert "Thank you. Would you take the stand, please." in paras
    # the line set in eight columns is a paragraph of its own, in the same turn
    assert "Thank you, members of the jury." in paras
    assert "Yes, Mr Dalby?" in paras
    assert len(xp(tree, "//t:sp")) == 8


# Near miss: a court reporter's page whose lines go on at the margin's column and
# whose paragraphs are set further in: nothing changes there.
COURT_PAGE = """\
 1            THE COURT:  Good morning.  Be seated.
 2      Counsel, are we ready to proceed with the
 3      witness this morning?
 4            MR. HALE:  We are, your Honor.
 5            THE COURT:  Then call him.
 6            MR. HALE:  The people call
 7      officer Dan Reyes.
 8            THE COURT:  Fine.
 9                 He may take the stand.
"""


def test_a_court_page_with_lines_at_the_margin_keeps_its_paragraphs() -> None:
    paras = paragraphs(encode(COURT_PAGE))
    assert (
        "Good morning. Be seated. Counsel, are we ready to proceed with the witness this morning?"
        in paras
    )
    assert "Fine." in paras
    assert "He may take the stand." in paras


# C2: an inquest's witness known only by a cipher takes the oath: "W42 (re-sworn)".
CIPHER_OATH = """\
           1                                      Tuesday, 3 March 2026
           2   (10.02 am)
           3   MR DALBY:  I recall W42, please.
           4   THE CORONER:  W42 then, please.
           5                          W42 (re-sworn)
           6                   (The witness was anonymised)
           7   THE CORONER:  Thank you very much.  Would you have
           8       a seat, please.
           9   MR DALBY:  Thank you, sir.
"""


def test_a_cipher_witness_oath_is_no_word_of_the_turn_above() -> None:
    tree = encode(CIPHER_OATH)
    assert "W42 then, please." in paragraphs(tree)
    assert not any("re-sworn" in p for p in paragraphs(tree))
    stages = [" ".join("".join(s.itertext()).split()) for s in xp(tree, "//t:stage")]
    assert "W42 (re-sworn)" in stages


def test_a_sentence_ending_in_sworn_in_brackets_stays_words() -> None:
    tree = encode(CIPHER_OATH.replace("W42 (re-sworn)", "Then W42 (re-sworn)"))
    assert not any("Then W42" in s for s in ("".join(x.itertext()) for x in xp(tree, "//t:stage")))


# C3: an archived White House page copied whole: the National Archives' notice,
# the site's search box and the release head over the briefing's title.
NOTICE = (
    "This is historical material “frozen in time”. The website is no longer updated"
    " and links to external websites and some internal pages may not work."
)
ARCHIVED_BRIEFING = (
    NOTICE
    + """

Search form

The White House
Office of the Press Secretary
For Immediate Release

Press Gaggle by Press Secretary Dana Whitlow, 3/12/2014

Aboard Air Force One

10:05 A.M. EDT

MS. WHITLOW:  Morning, everyone.  Nothing at the top today.
Q    Any word on the storm?
MS. WHITLOW:  Not yet.
"""
)


def test_an_archived_briefing_page_keeps_its_title_under_the_notice() -> None:
    tree = encode(ARCHIVED_BRIEFING)
    titles = xp(tree, "//t:titleStmt/t:title/text()")
    assert titles == ["Press Gaggle by Press Secretary Dana Whitlow, 3/12/2014"]
    spoken = [" ".join("".join(p.itertext()).split()) for p in xp(tree, "//t:body//t:p")]
    assert not any("frozen in time" in p or p == "The White House" for p in spoken)
    assert len(xp(tree, "//t:sp")) == 3


def test_the_notice_read_out_in_a_turn_stays_the_speakers() -> None:
    text = ARCHIVED_BRIEFING + "\nFor Immediate Release\n"
    tree = encode(text.replace("MS. WHITLOW:  Not yet.", "MS. WHITLOW:  Not yet.\nThe White House"))
    last = " ".join("".join(xp(tree, "//t:sp")[-1].itertext()).split())
    assert "The White House" in last


# C4: a State Department briefing as its subscription e-mail sets the head: the
# mail's date, the briefer with her office after a comma, the place, the hour.
MAILED_BRIEFING = """\
05/02/2023 06:10 PM EDT
Lena Marsh, Department Spokesperson
Washington, D.C.
1:15 p.m. EDT
MS MARSH: Good afternoon, everyone.
QUESTION: Good afternoon.
MS MARSH: Two things at the top today, then your questions.
"""


def test_the_briefer_under_the_mails_date_is_a_person_not_a_place() -> None:
    tree = encode(MAILED_BRIEFING)
    places = [" ".join("".join(p.itertext()).split()) for p in xp(tree, "//t:placeName")]
    assert not any("Marsh" in p for p in places)
    assert xp(tree, "//t:sp[1]/@who") == ["#lena-marsh"]


def test_a_place_under_the_date_is_still_a_place() -> None:
    tree = encode(
        MAILED_BRIEFING.replace("Lena Marsh, Department Spokesperson", "Fort Worth, Texas")
    )
    places = [" ".join("".join(p.itertext()).split()) for p in xp(tree, "//t:placeName")]
    assert "Fort Worth, Texas" in places


# C5: the witness, just sworn, thanks the chair before any question is put:
# the one "A." of the page is the witness's turn, the oath line naming him.
SWORN_THEN_THANKS = """\
           1                                      Tuesday, 3 March 2026
           2   (2.00 pm)
           3   MR DALBY:  Sir, I call Mr Pike.
           4                     MR ROWAN PIKE (affirmed)
           5   THE CORONER:  Thank you, Mr Pike.  Would you take
           6       a seat, please.
           7   A.  Thank you.
           8                    Questions by MR DALBY
           9   MR DALBY:  Mr Pike, you were on duty that night,
          10       were you not?
"""


def test_the_one_answer_after_a_witness_oath_is_the_witnesss_turn() -> None:
    tree = encode(SWORN_THEN_THANKS)
    answer = [sp for sp in xp(tree, "//t:sp") if "".join(sp.find("{*}speaker").itertext()) == "A."]
    assert len(answer) == 1
    who = answer[0].get("who")
    names = " ".join(xp(tree, f"//t:person[@xml:id='{who[1:]}']/t:persName/text()"))
    assert "Pike" in names


def test_a_lone_answer_without_an_oath_stays_words() -> None:
    tree = encode(SWORN_THEN_THANKS.replace("MR ROWAN PIKE (affirmed)", "(Pause)"))
    assert not any("".join(sp.find("{*}speaker").itertext()) == "A." for sp in xp(tree, "//t:sp"))


# C6: a press office's series names itself before the kind of record: "Daily
# Press Briefing by …" under the office's lines is the title, as "Press
# Briefing by …" is.
def test_a_daily_press_briefing_line_under_the_office_is_the_title() -> None:
    text = (
        "The White House\nOffice of the Press Secretary\n\n"
        "Daily Press Briefing by Press Secretary Dana Whitlow, 3/12/2014\n\n"
        "Aboard Air Force One\n\n10:05 A.M. EDT\n\n"
        "MS. WHITLOW:  Morning.\n\nQ    Any word?\n\nMS. WHITLOW:  Not yet.\n"
    )
    assert xp(encode(text), "//t:titleStmt/t:title/text()") == [
        "Daily Press Briefing by Press Secretary Dana Whitlow, 3/12/2014"
    ]


def test_a_daily_line_of_no_briefing_leaves_the_office_the_title() -> None:
    text = (
        "THE WHITE HOUSE\n\nDaily Schedule Notes\n\nMS. ROE: Hello.\n\nQ    Hi.\n\nMS. ROE: Bye.\n"
    )
    tree = encode(text)
    assert xp(tree, "//t:titleStmt/t:title/text()") != ["Daily Schedule Notes"]
