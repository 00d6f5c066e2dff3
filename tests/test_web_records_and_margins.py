"""Legislatures and courts copied from the web and from PDFs, and typed
transcripts' page furniture (running heads, page numbers, margin numbers):
small transcripts written for these tests, one house style each.

Every expectation was written from the transcript above it, by reading.
"""

from __future__ import annotations

from test_exports_and_oral import encode, participants, said, xp

from encoder.plaintext import tei_to_text


def lines_back(source: str, name: str = "test.txt") -> tuple[list[str], list[str]]:
    """The source's lines and the round trip's, stripped, blank lines left out."""
    back = tei_to_text(encode(source, name))
    return (
        [line.strip() for line in source.splitlines() if line.strip()],
        [line.strip() for line in back.splitlines() if line.strip()],
    )


# A typed transcript copied from a PDF: the page count glued over the running
# head, a cover, then a page of margin numbers each alone on its line, then
# the text with no numbers.
MARGIN_RUN = """Harbour Board Call

12
PORTSIDE TRANSCRIBERS 1 HARBOUR BOARD

1

2

3

4

5

6

7

8

O P E N I N G

CHAIR: Welcome to the call.

CLERK: The minutes are ready.

CHAIR: Thank you.
"""


def test_a_number_alone_keeps_its_line_before_a_line_without_one() -> None:
    source, back = lines_back(MARGIN_RUN)
    assert back == source  # "12" and "8" are not glued to the lines under them


# A record of debates that sets an em dash against the speech, the time the
# member rose glued to the name.
DASH_DEBATE = """Tuesday, 9 June 2009

Senator OKORO(4.12 p.m.) —Madam Chair, I move that the report be noted.

Senator Vance —On a point of order, the report is not yet tabled.

The CHAIR —It was tabled this morning. Senator Okoro has the call.

Senator Okoro —Thank you, Madam Chair.
"""


def test_a_name_and_an_em_dash_against_the_speech_open_turns() -> None:
    tree = encode(DASH_DEBATE)
    assert [who for who, _ in said(tree)] == ["#okoro", "#vance", "#chair", "#okoro"]
    assert said(tree)[0][1] == "Madam Chair, I move that the report be noted."
    assert xp(tree, "//t:sp[1]/t:speaker//text()") == ["Senator OKORO(", "4.12 p.m.", ") —"]
    assert xp(tree, "//t:when/@absolute") == ["16:12:00"]  # the time the member rose


def test_an_em_dash_in_a_sentence_opens_no_turn() -> None:
    tree = encode("Notes of the day\n\nThe river —as we saw— was high.\n\nWe went home —late.\n")
    assert said(tree) == []


# A parliament-monitoring site: each member's name, seat and party, then the
# site's links, over the speech.
SITE_LINKS = """Senate debates
Thursday, 4 May 2023
Harbour Levy
Mia Kowalski (Tasmania, Australian Greens) Share this | Link to this | Hansard source
My question is to the minister about the levy.
Ravi Anand (Western Australia, Labor, Minister for Ports) Share this | Link to this | Hansard source
The levy will be reviewed.
Mia Kowalski (Tasmania, Australian Greens) Share this | Link to this | Hansard source
When?
"""

# Another such site: the photograph's text glued before the name, the links on
# the line under it.
PHOTO_LINES = """Dail debates

Tuesday, 3 March 2015

Photo of Eamon FarrellEamon Farrell (Cork North-West, Labour)
Link to this: Individually | In context

I raise the matter of the bridge at Millstreet.

Photo of Siobhan ByrneSiobhan Byrne (Minister for Transport; Kerry, Fine Gael)
Link to this: Individually | In context

The bridge will reopen in May.
"""


def test_a_member_line_over_site_links_opens_the_speech_below() -> None:
    tree = encode(SITE_LINKS)
    assert said(tree) == [
        ("#mia-kowalski", "My question is to the minister about the levy."),
        ("#ravi-anand", "The levy will be reviewed."),
        ("#mia-kowalski", "When?"),
    ]
    # each name line comes back alone on its line, over its speech (README)
    source, back = lines_back(SITE_LINKS)
    assert back == source


def test_a_photograph_line_names_the_member_and_the_links_are_furniture() -> None:
    tree = encode(PHOTO_LINES)
    assert said(tree) == [
        ("#eamon-farrell", "I raise the matter of the bridge at Millstreet."),
        ("#siobhan-byrne", "The bridge will reopen in May."),
    ]
    assert participants(tree) == {
        "eamon-farrell": ["Eamon Farrell"],
        "siobhan-byrne": ["Siobhan Byrne"],
    }
    links = xp(tree, "//t:notesStmt/t:note[@type='boilerplate']/@n")
    assert links == ["6", "11"]  # the lines under the photographs


# A parliament's official report on the web: an office and its holder, or a
# member with seat and party, alone on the line over the speech, no colon; the
# member's name alone when they speak again.
OFFICE_LINES = """Meeting of the Parliament

Water Supply

The Deputy Presiding Officer (Rhona Baxter)

Question 4 is from Iain Gow.


Iain Gow (Moray) (Con)

To ask what is being done about the reservoir.


The Cabinet Secretary for Rural Affairs (Kenneth Moir)

Work begins next month.


Iain Gow

Will it finish this year?
"""

# The old web copy of the same report: each speaker a bullet, the speech set in
# under it, the sitting's date a bullet of its own.
BULLET_REPORT = """Official Report

  • Meeting of the Parliament 9 June 2022
      • Portfolio Questions
        • The Deputy Presiding Officer (Rhona Baxter):

            Question 4 is from Iain Gow.

            • 4. Iain Gow (Moray) (Con):

              To ask what is being done about the reservoir.

            • The Cabinet Secretary for Rural Affairs (Kenneth Moir):

              Work begins next month.

            • Iain Gow:

              Will it finish this year?
"""

TURNS = [
    ("#rhona-baxter", "Question 4 is from Iain Gow."),
    ("#iain-gow", "To ask what is being done about the reservoir."),
    ("#kenneth-moir", "Work begins next month."),
    ("#iain-gow", "Will it finish this year?"),
]


def test_an_office_and_its_holder_alone_on_the_line_open_the_speech() -> None:
    tree = encode(OFFICE_LINES)
    assert said(tree) == TURNS
    assert xp(tree, "//t:sp/t:speaker/text()") == [
        "The Deputy Presiding Officer (Rhona Baxter)",
        "Iain Gow (Moray) (Con)",
        "The Cabinet Secretary for Rural Affairs (Kenneth Moir)",
        "Iain Gow",
    ]
    assert xp(tree, "//t:div[@type='conversation']/t:p/text()") == ["Water Supply"]


def test_bulleted_speakers_are_turns_and_the_sitting_is_no_person() -> None:
    tree = encode(BULLET_REPORT)
    assert said(tree) == TURNS
    assert sorted(participants(tree)) == ["iain-gow", "kenneth-moir", "rhona-baxter"]
    # the sitting's bullet dates the record
    assert set(xp(tree, "//t:teiHeader//t:date/@when")) == {"2022-06-09"}


# A web page's paragraphs copied with their tags: the label in bold.
HTML_PARAGRAPHS = """### Oral Argument, April 7, 1954

  <p><b>MR. JUSTICE FRAME</b>: You may proceed.</p>
  <p><b>MR. OSEI</b>: Thank you. The contract was void.</p>
  <p>It was never signed.</p>
  <p><b>MR. JUSTICE FRAME</b>: By either party?</p>
"""


def test_a_bold_label_in_an_html_paragraph_opens_a_turn() -> None:
    tree = encode(HTML_PARAGRAPHS, "argument.md")
    turns = said(tree)
    assert [who for who, _ in turns] == ["#frame", "#osei", "#frame"]
    # the tags are kept as the text has them (the round trip); the paragraph
    # without a label goes on with the turn above it
    assert xp(tree, "//t:sp[2]/t:p/text()") == [
        "Thank you. The contract was void.</p>",
        "<p>It was never signed.</p>",
    ]
    source, back = lines_back(HTML_PARAGRAPHS, "argument.md")
    assert back == source


# A news site's copy of a parliament's questions: the page's title with a
# colon, the date it was published, then the labels.
TITLE_PUBLISHED = """Parliament: Questions and Answers - August 12

Published: Tue 12 Aug 2014 05:40 PM
Hon Tama Ruru (Minister of Fisheries): The quota is set.
Kiri Hale: By whom?
Hon Tama Ruru (Minister of Fisheries): By the ministry.
Kiri Hale: When?
"""


def test_a_chamber_before_a_colon_and_published_are_title_and_date() -> None:
    tree = encode(TITLE_PUBLISHED)
    assert len(said(tree)) == 4
    assert "Parliament" not in [who for who, _ in said(tree)]
    assert xp(tree, "//t:titleStmt/t:title/text()") == [
        "Parliament: Questions and Answers - August 12"
    ]
    assert set(xp(tree, "//t:teiHeader//t:date/@when")) == {"2014-08-12"}
    assert not [p for p in participants(tree) if p.startswith(("parliament", "published"))]


# A court reporter's cover: the caption box with its column of colons, the
# appearances with the counsel's rank shortened before the name.
CAPTION = """1 IN THE SUPREME COURT OF THE UNITED STATES
2 - - - - - - - - - - - - - - - - - x
3 IDAHO, :
4 Petitioner :
5 v. : No. 45, Orig.
6 MONTANA. :
7 - - - - - - - - - - - - - - - - - x
8 Washington, D.C.
9 Monday, October 5, 2015
10 APPEARANCES:
11 GEN. RUTH OYELARAN, ESQ., Attorney General, Boise, Idaho; on
12 behalf of the Petitioner.
13 GEN. PAUL STRAND, ESQ., Attorney General, Helena,
14 Mont.; on behalf of the Respondent.
15 P R O C E E D I N G S
16 CHIEF JUSTICE HALVORSEN: We will hear argument in
17 Idaho v. Montana. General Oyelaran.
18 MS. OYELARAN: Mr. Chief Justice, and may it please
19 the Court:
20 The river is shared.
21 CHIEF JUSTICE HALVORSEN: Equally?
22 MS. OYELARAN: Yes.
"""


def test_a_caption_party_and_a_rank_before_counsel_are_no_speakers() -> None:
    tree = encode(CAPTION)
    assert [who for who, _ in said(tree)] == ["#halvorsen", "#oyelaran"] * 2
    assert sorted(participants(tree)) == ["halvorsen", "oyelaran"]
    # "Montana" in the argument is the State, not a speaker
    assert xp(tree, "//t:persName[@ref='#montana']") == []


# A parliament's web page: the topic, the time, the party alone, then the
# member's name with party and riding over the speech.
PARTY_LINES = """House of Commons Hansard #7 of the 46th Parliament, 1st Session.

Ferry serviceOral Questions

11:05 a.m.

BQ

Luc Gagnon BQ Rimouski, QC

Mr. Speaker, the ferry is late again.

Ferry serviceOral Questions

11:06 a.m.

Liberal

Ema Price Liberal Halifax, NS

Mr. Speaker, it sails tomorrow.

Ferry serviceOral Questions

11:06 a.m.

BQ

Luc Gagnon BQ Rimouski, QC

Mr. Speaker, it sailed last week too.
"""


def test_a_party_alone_over_the_member_line_is_no_speaker() -> None:
    tree = encode(PARTY_LINES)
    assert sorted(participants(tree)) == ["ema-price", "luc-gagnon"]
    assert said(tree) == [
        ("#luc-gagnon", "Mr. Speaker, the ferry is late again."),
        ("#ema-price", "Mr. Speaker, it sails tomorrow."),
        ("#luc-gagnon", "Mr. Speaker, it sailed last week too."),
    ]
    assert xp(tree, "//t:sp/t:speaker/text()")[1] == "Ema Price Liberal Halifax, NS"
    # the party's line is the page's label, kept in the header with its line
    assert xp(tree, "//t:note[@type='boilerplate']/@n") == ["7", "17", "27"]
    # the topic and the time between speeches are no words of the speech above
    assert "Ferry" not in said(tree)[0][1] and "11:06" not in said(tree)[0][1]


# A parliament's web record: the printed page as a line of its own with a colon.
PAGE_COLON = """Monday, 2 August 2004
Page: 77

Senator Ngata: I present the report.

The CHAIR: Thank you.

Page: 78

Senator Ngata: I move that it be noted.
"""


def test_a_page_line_with_a_colon_is_a_page_break() -> None:
    tree = encode(PAGE_COLON)
    assert xp(tree, "//t:pb/@n") == ["77", "78"]
    assert xp(tree, "//t:fw[@type='pageNum']/text()") == ["Page: 77", "Page: 78"]
    assert len(said(tree)) == 3


# A court reporter's pages copied from a PDF viewer: each page opens with the
# same head and closes with the reporter's name, no page number printed.
UNNUMBERED_PAGES = """Official - Subject to Final Review
1 CHIEF JUSTICE ADEYEMI: We will hear argument in
2 Vermont v. Maine.
3 MR. LUNDQUIST: Thank you.
4 CHIEF JUSTICE ADEYEMI: Proceed.
Carrow Reporting Group
Official - Subject to Final Review
1 MR. LUNDQUIST: The boundary is the river.
2 CHIEF JUSTICE ADEYEMI: Which bank?
3 MR. LUNDQUIST: The east.
Carrow Reporting Group
"""


def test_pages_with_a_head_and_a_foot_and_no_number_are_page_breaks() -> None:
    tree = encode(UNNUMBERED_PAGES)
    assert len(xp(tree, "//t:pb")) == 2
    assert xp(tree, "//t:fw[@type='header']/text()") == ["Official - Subject to Final Review"] * 2
    assert xp(tree, "//t:fw[@type='footer']/text()") == ["Carrow Reporting Group"] * 2
    assert [who for who, _ in said(tree)] == [
        "#adeyemi", "#lundquist", "#adeyemi", "#lundquist", "#adeyemi", "#lundquist"
    ]  # fmt: skip
    assert "Carrow" not in " ".join(words for _, words in said(tree))
    assert xp(tree, "//t:titleStmt/t:title/text()") != ["Official - Subject to Final Review"]
    source, back = lines_back(UNNUMBERED_PAGES)
    assert back == source


# A typed transcript: the reporter's running head and the page's number over
# each page.
TYPED_PAGES = """BAYSIDE STENOGRAPHY (555) 014-2200

4

MS. AMARA: The lease ends in June.

MR. COLE: Then we renew.

BAYSIDE STENOGRAPHY (555) 014-2200

5

MS. AMARA: At what rent?

MR. COLE: The same.
"""


def test_a_typed_running_head_over_the_page_number_is_a_page_break() -> None:
    tree = encode(TYPED_PAGES)
    assert xp(tree, "//t:pb/@n") == ["4", "5"]
    assert xp(tree, "//t:fw[@type='pageNum']/text()") == ["4", "5"]
    assert xp(tree, "//t:fw[@type='header']/text()") == ["BAYSIDE STENOGRAPHY (555) 014-2200"] * 2
    assert xp(tree, "//t:p[normalize-space()='4' or normalize-space()='5']") == []
    assert len(said(tree)) == 4
    assert xp(tree, "//t:titleStmt/t:title/text()") != ["BAYSIDE STENOGRAPHY (555) 014-2200"]
    source, back = lines_back(TYPED_PAGES)
    assert back == source


# Margin numbers each alone on the line over the line of words they number.
NUMBERS_ALONE = """1

CHAIR LINDQVIST: The board will come to order,

2

and the clerk will read the minutes.

3

MS. PATEL: The minutes of May

4

are approved as read.

5

CHAIR LINDQVIST: Thank you.
"""


def test_margin_numbers_alone_are_line_numbers_never_speech() -> None:
    tree = encode(NUMBERS_ALONE)
    assert [who for who, _ in said(tree)] == ["#lindqvist", "#patel", "#lindqvist"]
    assert said(tree)[0][1] == "The board will come to order, and the clerk will read the minutes."
    assert xp(tree, "//t:lb/@n") == ["1", "2", "3", "4", "5"]
    assert xp(tree, "//t:p[normalize-space()=string(number(normalize-space()))]") == []
    source, back = lines_back(NUMBERS_ALONE)
    assert back == source


# New Zealand's questions for oral answer: the numbered question, who asks it
# with party and seat, to whom; "Hon" before a minister's name.
NZ_QUESTIONS = """Questions for Oral Answer

Fisheries—Quota

4. TAMA RURU (Green—Nelson) to the Minister of Fisheries: Has she set the snapper quota?

Hon ALICE VOSS (Minister of Fisheries): Yes, this morning.

Tama Ruru: At what level?

Hon ALICE VOSS: The same as last year.
"""


def test_a_numbered_question_to_a_minister_is_the_asker_s_turn() -> None:
    tree = encode(NZ_QUESTIONS)
    assert said(tree) == [
        ("#tama-ruru", "Has she set the snapper quota?"),
        ("#alice-voss", "Yes, this morning."),
        ("#tama-ruru", "At what level?"),
        ("#alice-voss", "The same as last year."),
    ]
    assert xp(tree, "//t:sp[1]/t:speaker/text()") == [
        "4. TAMA RURU (Green—Nelson) to the Minister of Fisheries:"
    ]
    # "Hon" is a title, not a name's first word
    assert sorted(participants(tree)) == ["alice-voss", "tama-ruru"]


# A parliament's web record with its buttons before the date; a two-word
# title over the date; a news site's byline with the date.
BUTTONS = """ Download Current HansardDownload Current Hansard

Previous Fragment    Next Fragment
Wednesday, 8 March 2000

The PRESIDENT: Order. Senator Voss has the call.

Senator Voss: Thank you, Madam President.

The PRESIDENT: Continue.
"""


def test_a_record_s_buttons_are_no_title() -> None:
    tree = encode(BUTTONS, "senate.txt")
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["senate"]
    assert set(xp(tree, "//t:teiHeader//t:date/@when")) == {"2000-03-08"}
    assert len(xp(tree, "//t:notesStmt/t:note[@type='boilerplate']")) == 2


def test_two_words_over_the_date_are_the_title() -> None:
    tree = encode("Seanad debates\n\nTuesday, 7 October 2014\n\nA ROE: Yes.\n\nB LEE: No.\n")
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["Seanad debates"]
    # two words right over the first turn are the title too; a sentence is not
    tree = encode("Seanad debates\n\nA ROE: Yes.\n\nB LEE: No.\n\nA ROE: So.\n", "x.txt")
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["Seanad debates"]
    tree = encode("Good evening.\n\nA ROE: Yes.\n\nB LEE: No.\n\nA ROE: So.\n", "x.txt")
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["x"]


def test_a_byline_with_the_date_dates_the_record() -> None:
    tree = encode(
        "Questions and Answers – May 9\n\nby News Desk on Thursday, May 9, 2019 — 4:55 PM\n\n"
        "Ana Roe : Will he act?\n\nBen Lee : Yes.\n\nAna Roe : When?\n"
    )
    assert set(xp(tree, "//t:teiHeader//t:date/@when")) == {"2019-05-09"}
    assert len(said(tree)) == 3


def test_a_viewer_s_page_count_and_a_language_switch_are_no_title() -> None:
    buttons = " Download Current HansardDownload Current Hansard    View Or Save XMLView/Save XML"
    for furniture in ("You are on page 1of 40", "Language: English / Cymraeg", buttons):
        source = (
            f"{furniture}\n\nHarbour Board Hearing\n\nA ROE: Yes.\n\nB LEE: No.\n\nA ROE: So.\n"
        )
        tree = encode(source)
        assert xp(tree, "//t:titleStmt/t:title/text()") == ["Harbour Board Hearing"], furniture
        assert xp(tree, "//t:note[@type='boilerplate']/@n") == ["1"]


def test_a_web_page_s_paragraph_with_its_tags_is_no_title() -> None:
    source = (
        "  <p>The board met at ten, and the chair opened the hearing on the levy.</p>\n"
        "  <p><b>MS. ROE</b>: Yes.</p>\n  <p><b>MR. LEE</b>: No.</p>\n"
        "  <p><b>MS. ROE</b>: So.</p>\n"
    )
    tree = encode(source, "hearing.md")
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["hearing"]
    assert len(said(tree)) == 3


def test_members_interjecting_is_a_stage_inside_the_speech() -> None:
    source = SITE_LINKS.replace(
        "The levy will be reviewed.\n",
        "The levy will be reviewed.\nOpposition senators interjecting—\nOrder! It will.\n",
    )
    tree = encode(source)
    assert said(tree)[1] == ("#ravi-anand", "The levy will be reviewed. Order! It will.")
    assert xp(tree, "//t:sp[2]/t:stage/text()") == ["Opposition senators interjecting—"]
    tree = encode("Notes\n\nThe chair said the members kept interjecting.\n")
    assert xp(tree, "//t:stage") == []


def test_an_unnamed_member_s_words_are_not_the_speaker_s_above() -> None:
    source = SITE_LINKS.replace(
        "My question is to the minister about the levy.\n",
        "My question is to the minister about the levy.\nA government senator: Ask it then.\n",
    )
    tree = encode(source)
    assert said(tree)[:2] == [
        ("#mia-kowalski", "My question is to the minister about the levy."),
        ("#a-government-senator", "Ask it then."),
    ]
    assert xp(tree, "//t:person[@xml:id='a-government-senator']/@role") == ["unidentified"]
