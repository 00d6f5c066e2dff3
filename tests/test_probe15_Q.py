"""US city, county and state public hearings and council meetings a tester's
probe (15, Q) found misread. Small transcripts written for these tests (names,
places and words invented, in the house styles of the real records); every
expectation was written from the transcript above it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, xp


def speakers(tree: object) -> list[str]:
    """Each turn's label, as written."""
    return ["".join(s.itertext()).strip() for s in xp(tree, "//t:sp/t:speaker")]  # type: ignore[arg-type]


def _page(folio: int, lines: dict[int, str]) -> str:
    """A stenographer's page as a PDF's text layer gives it with no line ends:
    the page's number, then lines 1-25 each after its margin number."""
    return " ".join([str(folio), *(f"{n} {lines.get(n, '')}".rstrip() for n in range(1, 26))])


# Q1: a council's stenographed transcript whose PDF text (a city's legislative
# site, a document host) runs every page into ONE line: the page's number, then
# each line after its margin number, 1 to 25, page after page. Only a single
# page's run was taken apart (and not one whose page number stands before its
# line 1): the whole record was one paragraph, no turn.
COVER = {
    2: "CITY COUNCIL",
    3: "TOWN OF MARLOWE FALLS",
    4: "------------------x",
    5: "TRANSCRIPT OF THE MINUTES",
    6: "of the",
    7: "COMMITTEE ON PARKS",
    8: "------------------x",
    10: "October 3, 2013",
    11: "Start: 10:05 a.m. Recess: 11:40 a.m.",
    15: "B E F O R E:",
    16: "HALVARD OKONKWO Chairperson",
    24: "NORTHBANK REPORTING SERVICES, INC.",
}
SPEECH = {
    1: "COMMITTEE ON PARKS",
    2: "CHAIRPERSON OKONKWO: Good morning.",
    3: "This hearing will come to order. Clerk,",
    4: "please call the roll.",
    5: "COMMITTEE CLERK: Okonkwo.",
    6: "CHAIRPERSON OKONKWO: Present.",
    7: "COMMITTEE CLERK: Lindqvist.",
    8: "COUNCIL MEMBER LINDQVIST: Here.",
    9: "COMMITTEE CLERK: Abernathy.",
    10: "[no response]",
    11: "CHAIRPERSON OKONKWO: Then we have a",
    12: "quorum. Our first witness is from the",
    13: "parks department.",
    14: "MS. FERREIRA: Thank you, Chair. I am",
    15: "the deputy commissioner for planning.",
}
MORE = {
    1: "COMMITTEE ON PARKS",
    2: "COUNCIL MEMBER LINDQVIST: How many",
    3: "courts will reopen?",
    4: "MS. FERREIRA: Eleven, by the spring.",
    5: "CHAIRPERSON OKONKWO: Thank you.",
}
RUN_TOGETHER = (
    "Stenographed minutes\n" + " ".join((_page(1, COVER), _page(2, SPEECH), _page(3, MORE))) + "\n"
)


def test_a_council_transcripts_pages_run_into_one_line_are_taken_apart() -> None:
    tree = encode(RUN_TOGETHER)
    assert speakers(tree) == [
        "CHAIRPERSON OKONKWO:",
        "COMMITTEE CLERK:",
        "CHAIRPERSON OKONKWO:",
        "COMMITTEE CLERK:",
        "COUNCIL MEMBER LINDQVIST:",
        "COMMITTEE CLERK:",
        "CHAIRPERSON OKONKWO:",
        "MS. FERREIRA:",
        "COUNCIL MEMBER LINDQVIST:",
        "MS. FERREIRA:",
        "CHAIRPERSON OKONKWO:",
    ]
    words = " ".join(xp(tree, "//t:sp[8]//text()"))  # type: ignore[arg-type]
    assert "deputy commissioner for planning." in words
    assert "COMMITTEE ON PARKS" not in words  # the next page's running head


# Q1b: the same record where the host's copy keeps a cover of its own before the
# run (title, reporter's firm, no margin numbers): the numbered pages after it
# are taken apart all the same.
HEADED = (
    "Public hearing transcript\n"
    "MARLOWE FALLS PARKS BOND PUBLIC HEARING 10/03/2013 Northbank Reporting, Inc. "
    "Reporter: Dana Quist, Certified Shorthand Reporter "
    + " ".join((_page(2, SPEECH), _page(3, MORE)))[2:]
    + "\n"
)


def test_a_run_of_numbered_pages_after_a_cover_in_the_same_line() -> None:
    tree = encode(HEADED)
    assert len(speakers(tree)) == 11
    assert speakers(tree)[-1] == "CHAIRPERSON OKONKWO:"


# Near miss: a long paragraph of prose that counts its points and then starts a
# second count stays one paragraph of the speaker's words: the numbers are not
# margin numbers (no run of eight, each within a typed line of the one before).
COUNTED = (
    "MAYOR DUBOIS: Thank you. The board weighed 1 report on the roads, then 2 "
    "letters from residents of the east ward who asked that the crossing be moved "
    "nearer the school and that its lights be timed for the morning and the "
    "afternoon bells, then 3 petitions, of which the longest was signed by more "
    "than four hundred families from both sides of the river, and at the end 1 "
    "more report, from the engineers, which said that 8 bridges needed work.\n"
    "MS. ABERNATHY: Which bridges were they?\n"
    "MAYOR DUBOIS: The list is in the packet.\n"
)


def test_prose_that_counts_its_points_is_not_taken_apart() -> None:
    tree = encode(COUNTED)
    assert speakers(tree) == ["MAYOR DUBOIS:", "MS. ABERNATHY:", "MAYOR DUBOIS:"]
    first = " ".join(xp(tree, "//t:sp[1]//text()"))  # type: ignore[arg-type]
    assert "which said that 8 bridges needed work." in first


# Q2: a city council's caption transcript as a video site's transcript page gives
# it: one paragraph in capitals, the agenda's items in brackets and a video time
# run into the words, and ">>" inside the line wherever the voice changes (no
# names). Chevrons were read only where they open a line: the meeting was one
# paragraph, no turn.
CAPTION_RUN = (
    "[1. CALL TO ORDER] [00:00:06] GOOD EVENING, WE ARE CALLING THE BOARD OF "
    "SUPERVISORS TO ORDER AT 6:02. MADAM CLERK, DO WE HAVE A QUORUM? >> WE DO, "
    "CHAIR. >> THANK YOU. [3. CONSENT AGENDA] ITEM 3 IS THE CONSENT AGENDA. IS "
    "THERE A MOTION? >> SO MOVED. >> SECOND. >> ALL IN FAVOR SAY AYE. >> AYE. "
    ">> 3-0, THE CONSENT AGENDA CARRIES.\n"
)


def test_caption_chevrons_inside_one_paragraph_open_the_turns() -> None:
    tree = encode(CAPTION_RUN)
    turns = xp(tree, "//t:sp")
    assert len(turns) == 7  # type: ignore[arg-type]
    said = ["".join(p.itertext()).strip() for p in xp(tree, "//t:sp/t:p")]  # type: ignore[union-attr]
    assert said[0] == "WE DO, CHAIR."
    assert said[1].startswith("THANK YOU.") and said[1].endswith("IS THERE A MOTION?")
    assert said[2:6] == ["SO MOVED.", "SECOND.", "ALL IN FAVOR SAY AYE.", "AYE."]
    assert said[6] == "3-0, THE CONSENT AGENDA CARRIES."


# Near miss: quoted mail, whose ">>" marks a quote of a quote (a line opens with
# ">"), and a how-to whose ">>" appends to a file (small letters after it), are
# no captions: no turn opens at their chevrons.
QUOTED_MAIL = """\
Ana,
> On Monday the board said >> WAIT FOR THE AUDIT >> THEN VOTE >> AND PUBLISH.
> I agree with them.
Thanks, Bo
"""
SHELL_NOTES = """\
To keep a log, run the job with its output appended: job >> log.txt, then
rotate it weekly with mv log.txt >> old.txt and again with gzip >> archive.gz;
the board's clerk asked for the same on the minutes server.
"""


def test_chevrons_of_quoted_mail_and_shell_redirects_open_no_turn() -> None:
    assert len(xp(encode(QUOTED_MAIL), "//t:sp")) == 0  # type: ignore[arg-type]
    assert len(xp(encode(SHELL_NOTES), "//t:sp")) == 0  # type: ignore[arg-type]


# Q3: a council's captions in capitals copied from a video page with no speaker
# marks at all: a courtesy that opens a line before a full stop ("THANK YOU ALL.
# AT THIS TIME, …", "GOOD EVENING. …") was read as a play's "NAME." label, a
# speaker called THANK YOU ALL.
CAPS_NO_MARKS = """\
[CALL TO ORDER]
[00:00:07]
I CALL THE REGULAR MEETING OF THE HARBOR DISTRICT BOARD TO ORDER AT 6:00 P.M.
GOOD EVENING. WE HAVE A FULL BOARD TONIGHT, SO WE WILL BEGIN WITH THE PLEDGE.
THANK YOU ALL. ARE THERE ANY SPEAKER CARDS? NONE, MADAM CHAIR.
[CONSENT AGENDA]
THANK YOU. THE CONSENT AGENDA IS THE MINUTES AND THE TREASURER'S REPORT.
ALL RIGHT. I WILL TAKE A MOTION ON THE CONSENT AGENDA.
"""


def test_courtesies_in_captions_capitals_are_no_speakers() -> None:
    tree = encode(CAPS_NO_MARKS)
    assert speakers(tree) == []
    words = " ".join(xp(tree, "//t:body//text()"))  # type: ignore[arg-type]
    assert "THANK YOU ALL. ARE THERE ANY SPEAKER CARDS?" in " ".join(words.split())


# Near miss: a hearing's printed labels with a full stop, a member whose name
# begins as a courtesy does ("MR. GOODEVE."), and speech that opens with "Thank
# you." after the label, are read as before.
PRINTED_LABELS = """\
THE CHAIRMAN. Thank you. The subcommittee will come to order.
MR. GOODEVE. Thank you, Mr. Chairman. Good evening to the panel.
THE CHAIRMAN. Thank you. Ms. Allard?
MS. ALLARD. Good evening. Thank you all for coming.
MR. GOODEVE. All right. I yield back.
"""


def test_printed_labels_beside_courtesies_stay_labels() -> None:
    assert speakers(encode(PRINTED_LABELS)) == [
        "THE CHAIRMAN.",
        "MR. GOODEVE.",
        "THE CHAIRMAN.",
        "MS. ALLARD.",
        "MR. GOODEVE.",
    ]


def header_text(tree: object, path: str) -> list[str]:
    """The texts of the header's elements at ``path``."""
    return ["".join(e.itertext()).strip() for e in xp(tree, path)]  # type: ignore[union-attr]


def header_whens(tree: object) -> list[str]:
    """The dates the header's creation holds."""
    return [str(e.get("when")) for e in xp(tree, "//t:creation//t:date")]  # type: ignore[union-attr]


# Q4: a federal agency's public meeting as a reporter's PDF gives its cover sheet
# in text: each field's value on the line after its name, the next field's name
# glued to the end of the value ("Title:" / "Harbor Dredging Scoping Meeting
# Docket Number:" / "52-118 Location:" / "Pine Bluff, Arkansas Date:"). No
# field was read: the meeting had no date and no place in its header.
AGENCY_COVER = """\
Official Transcript of Proceedings
FEDERAL ENERGY BOARD

Title:

Harbor Dredging Environmental Scoping Meeting Docket Number:

52-118 Location:

Pine Bluff, Arkansas Date:

Thursday, April 4, 2019 Work Order No.:

FEB-0412 Pages 1-44

MR. HALVORSEN: Good evening. I am the facilitator tonight.

MS. ODUYA: Thank you. I manage the environmental review.

MR. HALVORSEN: We will take comments after the slides.
"""


def test_a_reporters_cover_with_each_value_after_its_name_is_read() -> None:
    tree = encode(AGENCY_COVER)
    assert header_whens(tree)[:1] == ["2019-04-04"]
    assert "Pine Bluff, Arkansas" in header_text(tree, "//t:creation//t:placeName")
    assert speakers(tree) == ["MR. HALVORSEN:", "MS. ODUYA:", "MR. HALVORSEN:"]


# Near miss: "Title:" alone over a title with no field's name after it, and a
# speech line that ends with a field's name ("… a Date:"), are left as they are.
PLAIN_TITLE = """\
Title:

Spring Roundtable on Parks

MR. HALVORSEN: We still need a Date:

MS. ODUYA: Next Tuesday suits the board.

MR. HALVORSEN: Then we begin.
"""


def test_a_title_field_without_a_glued_field_is_left_as_it_is() -> None:
    tree = encode(PLAIN_TITLE)
    assert speakers(tree) == ["MR. HALVORSEN:", "MS. ODUYA:", "MR. HALVORSEN:"]
    assert "We still need a Date:" in " ".join(xp(tree, "//t:sp[1]//text()"))  # type: ignore[arg-type]


# Q5: a federal agency's public meeting whose PDF text sets each margin number at
# the END of the line it numbers ("… and I'd like 3"), an empty line after each
# line, and now and then the line before's number at a line's start ("7 MR.
# HALVORSEN: …"). The numbers stayed in the words, and a label after such a
# number opened no turn.
TRAILING = """\
Official Transcript of Proceedings

P R O C E E D I N G S 1

MR. HALVORSEN: Good evening, everyone, and 2

thank you for coming out tonight. My name is 3

Rolf Halvorsen, and I will facilitate. 4

With me is the project manager. 5

MS. ODUYA: Thank you, Rolf. I manage the 6

environmental review for the staff.

7 MR. HALVORSEN: Thank you. We will take 8

comments after the slides. 9

MS. ODUYA: The first slide shows the 10

schedule of the review. 11
"""


def test_margin_numbers_at_the_lines_ends_are_read_as_margin_numbers() -> None:
    tree = encode(TRAILING)
    assert speakers(tree) == ["MR. HALVORSEN:", "MS. ODUYA:", "MR. HALVORSEN:", "MS. ODUYA:"]
    first = " ".join("".join(p.itertext()) for p in xp(tree, "//t:sp[1]/t:p"))  # type: ignore[union-attr]
    assert "coming out tonight. My name is Rolf Halvorsen" in " ".join(first.split())
    assert [lb.get("n") for lb in xp(tree, "//t:sp[3]//t:lb")][-2:] == ["8", "9"]  # type: ignore[union-attr]


# Near miss: a transcript whose speakers end some lines with figures of their own
# (counts, not in order) keeps them as words.
COUNTS = """\
MR. HALVORSEN: How many letters came in? We had 12
MS. ODUYA: This year we received about 40
MR. HALVORSEN: And the year before, 25
MS. ODUYA: Fewer: 9
MR. HALVORSEN: And at the first meeting? 3
MS. ODUYA: Only 2
MR. HALVORSEN: Then the count grew to 31
MS. ODUYA: It did, from 17
MR. HALVORSEN: Thank you.
"""


def test_figures_that_end_speakers_lines_stay_words() -> None:
    tree = encode(COUNTS)
    assert len(speakers(tree)) == 9
    assert "This year we received about 40" in " ".join(xp(tree, "//t:sp[2]//text()"))  # type: ignore[arg-type]


FOOT = "(301) 555-0142 ANNAPOLIS, MD 21401 (301) 555-0143"


def _trailing_pages(opening: list[str], foot: str = FOOT) -> str:
    """Pages of 25 numbered lines, each number at the end of its line and an
    empty line after each, as a PDF's text gives an agency's transcript: the
    reporter's foot glued before each page's line 1, whose words are
    ``opening[page]``; the other lines are the speech going on."""
    out: list[str] = []
    for page, first in enumerate(opening, 2):
        out.append(f"{page} HARBORVIEW COURT REPORTING, 12 MAIN ST.")
        out.append("")
        out.append(f"{foot} {first} 1")
        for n in range(2, 26):
            out.extend((f"the speech goes on over line {n} of page {page} here {n}", ""))
    return "\n".join(out) + "\n"


# Q6: the same kind of transcript over several pages: the reporter's running
# foot, glued by the PDF's text before each page's first line ("(301) 555-0142
# ANNAPOLIS, MD 21401 (301) 555-0143 MS. ODUYA: …"), hid the label of a turn
# that begins a page.
PAGES = _trailing_pages(
    ["MR. HALVORSEN: Good evening.", "MS. ODUYA: Thank you.", "MR. BECK: One question."]
)


def test_a_reporters_foot_glued_before_a_pages_first_label_is_furniture() -> None:
    tree = encode(PAGES)
    assert speakers(tree) == ["MR. HALVORSEN:", "MS. ODUYA:", "MR. BECK:"]
    said = " ".join(xp(tree, "//t:sp//t:p//text()"))  # type: ignore[arg-type]
    assert "555-0142" not in said


# Near miss: where every page opens with the same speaker, the foot ends before
# the label, which still opens the turns; a phrase that recurs on every page with
# no figures in it is the speech, not a foot.
SAME_SPEAKER = _trailing_pages(
    [f"MS. ODUYA: Comment {w}, please." for w in ("one", "two", "three")]
)
NO_FIGURES = _trailing_pages(
    ["and so the harbor board wants to hear from everyone " + w for w in ("now", "here", "too")],
    foot="MR. HALVORSEN: I said before that",
)


def test_a_foot_ends_before_a_label_and_a_phrase_without_figures_is_no_foot() -> None:
    assert speakers(encode(SAME_SPEAKER)) == ["MS. ODUYA:"] * 3
    tree = encode(NO_FIGURES)
    assert speakers(tree) == ["MR. HALVORSEN:"] * 3
    said = " ".join(xp(tree, "//t:sp//t:p//text()"))  # type: ignore[arg-type]
    assert "wants to hear from everyone now" in " ".join(said.split())


def title_of(tree: object) -> str:
    """The header's title."""
    return header_text(tree, "//t:titleStmt/t:title")[0]


# Q7: the reporter's cover as the PDF's text runs its first two lines together
# ("Official Transcript of Proceedings FEDERAL ENERGY BOARD"): that line, the
# kind of record and the agency, was the title, not the cover's "Title:" field.
JOINED_COVER = AGENCY_COVER.replace("Proceedings\nFEDERAL", "Proceedings FEDERAL")


def test_the_title_field_names_the_record_under_a_joined_kind_and_agency_line() -> None:
    assert title_of(encode(JOINED_COVER)) == "Harbor Dredging Environmental Scoping Meeting"


# Near miss: a first line that names the record itself, in words of its own after
# the kind, stays the title where no "Title:" field follows.
NAMED_RECORD = """\
Official Transcript of Proceedings of the Harbor Board Budget Hearing

MR. HALVORSEN: Good evening.

MS. ODUYA: Thank you.

MR. HALVORSEN: We begin.
"""


def test_a_first_line_naming_the_record_stays_the_title() -> None:
    title = title_of(encode(NAMED_RECORD))
    assert title == "Official Transcript of Proceedings of the Harbor Board Budget Hearing"
