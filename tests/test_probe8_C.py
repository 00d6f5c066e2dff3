"""Legislative and official records probe 8 (helper C) found misread: an
Oireachtas office printed without "The" before its holder in brackets (also
wrapped inside the bracket), a member of the Dáil named once as "Deputy First
Last:", and a footnote body at a page's foot after a sentence the page break
cut (FOMC transcripts as extracted from the PDF).

Every transcript here is invented for these tests; every expectation was
written from the transcript above it, by reading.
"""

from __future__ import annotations

from test_exports_and_oral import encode, participants, said, same_words, xp

# Dáil style: inline labels, hard-wrapped speech, no empty line between turns;
# a minister's office without "The", its holder in brackets.
OFFICE_HOLDER = """Harbour Safety

Deputy Niamh Corrigan: I thank the Ceann Comhairle for selecting this matter. The pier at
Kilbrack has been closed since the storm and the fishing fleet cannot land its catch.
Minister of State at the Department of the Marine (Deputy Ronan Tierney): I thank the
Deputy for raising the matter. Engineers inspected the pier last week and their report
is with my Department.
Deputy Niamh Corrigan: When will the works begin?
Deputy Ronan Tierney: I expect a tender before the end of the year.
"""


def test_an_office_without_the_before_its_holder_in_brackets_is_a_label() -> None:
    tree = encode(OFFICE_HOLDER, "pier.txt")
    turns = said(tree)
    assert [who for who, _ in turns] == [
        "#niamh-corrigan",
        "#ronan-tierney",
        "#niamh-corrigan",
        "#ronan-tierney",
    ]
    assert turns[1][1].startswith("I thank the Deputy for raising the matter.")
    speaker = xp(tree, "//t:sp[2]/t:speaker")[0]
    assert " ".join("".join(speaker.itertext()).split()) == (
        "Minister of State at the Department of the Marine (Deputy Ronan Tierney):"
    )
    same_words(tree, OFFICE_HOLDER)


# The same label wrapped by the print inside its bracket, and a member named once.
WRAPPED_HOLDER = """Deputy Orla Breen: The grant scheme for coastal towns closed after three
weeks and half the applicants were turned away.
Minister of State at the Department of Rural and Community Development (Deputy
Colm Ferriter): I thank the Deputy. The scheme will reopen in the spring with more funding.
Deputy Orla Breen: That is welcome.
Deputy Fergal Dalton: Will the islands be included?
Deputy Colm Ferriter: They will.
"""


def test_an_office_label_wrapped_inside_its_bracket_and_a_deputy_said_once() -> None:
    tree = encode(WRAPPED_HOLDER, "grant.txt")
    assert [who for who, _ in said(tree)] == [
        "#orla-breen",
        "#colm-ferriter",
        "#orla-breen",
        "#fergal-dalton",
        "#colm-ferriter",
    ]
    assert said(tree)[1][1] == (
        "I thank the Deputy. The scheme will reopen in the spring with more funding."
    )
    assert "Deputy Fergal Dalton" in participants(tree)["fergal-dalton"]
    same_words(tree, WRAPPED_HOLDER)


def test_deputy_before_a_full_name_said_once_opens_a_turn() -> None:
    text = (
        "An Ceann Comhairle: Before we proceed, I ask the House to rise.\n\n"
        "Deputy Aoife Brennan: As the Minister is aware, the scheme is failing.\n\n"
        "Deputy Tomás Mac Giolla: I agree with that.\n\n"
        "An Ceann Comhairle: Thank you.\n"
    )
    assert [who for who, _ in said(encode(text, "dail.txt"))] == [
        "#an-ceann-comhairle",
        "#aoife-brennan",
        "#tomas-mac-giolla",
        "#an-ceann-comhairle",
    ]


def test_an_office_or_deputy_line_in_ordinary_text_is_no_label() -> None:
    # a minister named with a party and no joining word; offices as a notice's fields
    notes = (
        "Notes from the county meeting\n\n"
        "Minister Roe (Fine Gael): the notice of this visit came late, and the agenda "
        "was printed the night before.\n"
        "Minister for the day: Ann Kelly, who chaired the session with patience.\n"
        "The hall was full, and the questions ran well past the hour.\n"
    )
    assert xp(encode(notes, "notes.txt"), "//t:sp") == []
    memo = (
        "Harbourview Primary School\nStaff notice, spring term\n\n"
        "Deputy Head Teacher: Mrs Ann Hale\nDeputy Head of Science: Tom Reilly\n\n"
        "The staff room will be closed on Friday for painting. Please take your mugs home.\n"
        "Deputy Head Teacher Ann Hale will lead assembly on Monday.\n"
    )
    assert xp(encode(memo, "memo.txt"), "//t:sp") == []


# A committee transcript extracted from a PDF page by page: the footnote's number
# against the label, its body the page's last line after a sentence the page cut.
FOOT_NOTE = """--- Page 3 ---

March 4, 2025 3 of 40
CHAIR VANTERPOOL. Thank you. Dr. Osei, would you begin with the regional survey, please? After
that we will take questions from the members in the usual order, starting on my left.
DR. OSEI.1 Thank you, Madam Chair. I will start with the first chart in your packet, the one on
the lending to small firms. Lending slowed over the winter, and the banks in the survey told us
that demand, not supply, explained most of the change in the quarter. The regional picture was
mixed, and the coastal districts reported a sharper fall than the inland districts in the loan
1 The charts used by Dr. Osei are appended to this record.

--- Page 4 ---

March 4, 2025 4 of 40
applications that reached the branches since the survey began in the autumn of last year.
CHAIR VANTERPOOL. Thank you. Questions?
MR. HALDANE. Just one. Was the fall the same for new firms?
DR. OSEI. Broadly, yes.
"""


def test_a_label_note_whose_body_follows_a_sentence_cut_at_the_page_foot() -> None:
    tree = encode(FOOT_NOTE, "desk.txt")
    assert xp(tree, "//t:sp/t:speaker/text()") == [
        "CHAIR VANTERPOOL.",
        "DR. OSEI.",
        "CHAIR VANTERPOOL.",
        "MR. HALDANE.",
        "DR. OSEI.",
    ]
    note = xp(tree, "//t:note[@place='foot']")
    assert len(note) == 1 and note[0].get("n") == "1"
    assert " ".join("".join(note[0].itertext()).split()) == (
        "The charts used by Dr. Osei are appended to this record."
    )
    # the speech goes on over the page break in the same turn, the note at its anchor
    words = " ".join(xp(tree, "//t:sp[2]/t:p//text()[not(ancestor::t:note)][not(ancestor::t:fw)]"))
    assert "The charts used" not in words and "in the loan applications" in words


def test_a_number_inside_a_speech_away_from_a_page_foot_is_no_note() -> None:
    # the number and a capital inside a paragraph that goes on, no page break after
    text = FOOT_NOTE.replace(
        "1 The charts used by Dr. Osei are appended to this record.\n\n--- Page 4 ---\n\n"
        "March 4, 2025 4 of 40\n",
        "district 1 The figures there were weaker than anywhere else in the survey, and the\n",
    )
    tree = encode(text, "desk2.txt")
    assert xp(tree, "//t:note[@place='foot']") == []
    assert xp(tree, "//t:sp[2]/t:speaker/text()") == ["DR. OSEI.1"]


# A parliament's web page heads a question for oral answer with its sitting in
# square brackets (NZ Hansard), then the question and the answers.
SITTING = """4. Ferry Services—Timetable Changes

[Sitting date: 3 March 2015. Volume:703;Page:2210. Text is subject to correction.]

4. MARA QUILTY (Green—Harbourside) to the Minister of Transport: When is the timetable out?

Hon ROSS EVERDALE (Minister of Transport) : It will be published next week.

Mara Quilty: Will the early sailing be kept?

Hon ROSS EVERDALE: Yes.

Mr SPEAKER: Question No. 5, Dr Lena Fairbairn.
"""


def test_a_sitting_date_in_square_brackets_is_the_record_date() -> None:
    tree = encode(SITTING, "nz.txt")
    assert xp(tree, "//t:profileDesc/t:creation/t:date/@when") == ["2015-03-03"]
    assert len(xp(tree, "//t:sp")) == 5
    same_words(tree, SITTING)


def test_a_bracketed_note_with_a_colon_is_no_date_field() -> None:
    text = SITTING.replace(
        "[Sitting date: 3 March 2015. Volume:703;Page:2210. Text is subject to correction.]",
        "[Note: the first answer was corrected on 3 March 2015.]",
    )
    tree = encode(text, "nz2.txt")
    assert xp(tree, "//t:profileDesc/t:creation/t:date/@when") == []
    assert xp(tree, "//t:p[contains(., 'Note: the first')]/t:date") == []


def test_an_office_label_wrapped_before_its_bracket_is_one_label() -> None:
    # the first line of the office alone, the rest with the holder a label-like line
    text = (
        "An Ceann Comhairle: I call the Minister of State.\n"
        "Minister of State at the Department of Tourism, Culture, Arts, Gaeltacht, Sport and\n"
        "Media (Deputy Cian Moriarty): Go raibh maith agat, a Cheann Comhairle. The scheme\n"
        "will be extended to the islands next year.\n"
        "An Ceann Comhairle: Go raibh maith agat.\n"
        "Deputy Cian Moriarty: Thank you.\n"
    )
    tree = encode(text, "media.txt")
    assert [who for who, _ in said(tree)] == [
        "#an-ceann-comhairle",
        "#cian-moriarty",
        "#an-ceann-comhairle",
        "#cian-moriarty",
    ]
    speaker = xp(tree, "//t:sp[2]/t:speaker")[0]
    assert " ".join("".join(speaker.itertext()).split()) == (
        "Minister of State at the Department of Tourism, Culture, Arts, Gaeltacht, Sport and "
        "Media (Deputy Cian Moriarty):"
    )
    same_words(tree, text)


def test_a_speech_line_opening_with_a_minister_is_no_wrapped_label() -> None:
    # a speech that names a minister at a line's start, a bracket on the next line
    text = (
        "An Ceann Comhairle: Deputy Roe, please.\n"
        "Deputy Ann Roe: I wrote to the Department about this twice last year, and the\n"
        "Minister for Housing at the time replied that the matter was under review by the\n"
        "Council (the planning section): nothing has happened since then.\n"
        "An Ceann Comhairle: Thank you.\n"
    )
    tree = encode(text, "roe.txt")
    assert [who for who, _ in said(tree)] == [
        "#an-ceann-comhairle",
        "#ann-roe",
        "#an-ceann-comhairle",
    ]


def test_an_irish_surname_with_its_prefix_said_once_opens_a_turn() -> None:
    text = (
        "Deputy Orla Breen: The grant scheme closed after three weeks.\n"
        "Deputy Fergal Ó Dálaigh: Will the islands be included?\n"
        "Deputy Orla Breen: They should be.\n"
        "Deputy Síle Ní Bhriain: And the Gaeltacht?\n"
    )
    tree = encode(text, "breen.txt")
    assert [who for who, _ in said(tree)] == [
        "#orla-breen",
        "#fergal-o-dalaigh",
        "#orla-breen",
        "#sile-ni-bhriain",
    ]


def test_a_reading_list_of_irish_names_is_no_conversation() -> None:
    text = (
        "Further reading\n\n"
        "Seán Ó Riada: a life in music, by Tomás Ó Canainn (Cork, 2003).\n"
        "Máire Ní Mhaonaigh: essays on early Irish writing, collected in 2010.\n"
        "Both are in the county library.\n"
    )
    assert xp(encode(text, "reading.txt"), "//t:sp") == []


# A PDF turned into Markdown by a converter: its head (the file's name, the
# extraction's notes in italics, a heading over the content), then the record.
CONVERTED = """# 20240312_transcript.pdf

*Extracted on: 2025-01-04 10:12:55*
*Pages: 12, Tables: 0*

## Document Content

--- Page 1 ---

Kilbrack Harbour Board Meeting
Special Session
March 12, 2024
CHAIR OKAFOR. We are in session. The first item is the dredging contract.
MS. LINDQVIST. The tender closed on Friday with three bids.
CHAIR OKAFOR. Thank you.
"""


def test_a_converter_head_over_a_pdf_text_is_no_title() -> None:
    tree = encode(CONVERTED, "harbour.txt")
    title = xp(tree, "//t:titleStmt/t:title[1]/text()")
    assert title and "pdf" not in title[0] and title[0] != "harbour"
    assert "Kilbrack Harbour Board" in title[0] or "Special Session" in title[0]
    assert xp(tree, "//t:profileDesc/t:creation/t:date/@when") == ["2024-03-12"]
    assert len(xp(tree, "//t:sp")) == 3
    assert xp(tree, "//t:text//*[contains(., 'Extracted on')]") == []


def test_a_markdown_heading_and_italic_line_of_a_record_are_kept() -> None:
    # no file's name first: the heading is the record's, the italic line its own
    text = (
        "# Harbour Board minutes\n\n"
        "*Draft: not yet approved by the board*\n\n"
        "CHAIR OKAFOR. We are in session.\n"
        "MS. LINDQVIST. Thank you, Chair.\n"
        "CHAIR OKAFOR. The first item is the contract.\n"
    )
    tree = encode(text, "minutes.txt")
    assert xp(tree, "//t:titleStmt/t:title[1]/text()") == ["Harbour Board minutes"]
    assert xp(tree, "//t:text//*[contains(., 'Draft: not yet approved')]") != []


# The Oireachtas prints a reference over each contribution, alone on its line.
REFERENCED = """06/10/2021A00100

An Ceann Comhairle: The next item is the motion on harbour dues.
06/10/2021A00200

Deputy Orla Breen: The dues rose twice this year and the fleet is smaller.
06/10/2021A00300

The Minister has the figures.
06/10/2021A00400

An Ceann Comhairle: Thank you, Deputy.
"""


def test_a_records_paragraph_references_are_no_speech() -> None:
    tree = encode(REFERENCED, "refs.txt")
    assert xp(tree, "//t:fw[@type='ref']/text()") == [
        "06/10/2021A00100",
        "06/10/2021A00200",
        "06/10/2021A00300",
        "06/10/2021A00400",
    ]
    assert [who for who, _ in said(tree)] == [
        "#an-ceann-comhairle",
        "#orla-breen",
        "#an-ceann-comhairle",
    ]
    words = " ".join(xp(tree, "//t:sp//t:p//text()[not(ancestor::t:fw)]"))
    assert "06/10/2021" not in words
    same_words(tree, REFERENCED)


def test_a_date_and_code_said_once_in_a_speech_stays_speech() -> None:
    text = (
        "An Ceann Comhairle: Deputy Breen.\n\n"
        "Deputy Orla Breen: The file is numbered as follows.\n\n"
        "06/10/2021A00100\n\n"
        "An Ceann Comhairle: Thank you.\n"
    )
    tree = encode(text, "once.txt")
    assert xp(tree, "//t:fw[@type='ref']") == []


# A bilingual record dates its sitting in Irish, then in English.
IRISH_DATE = """Dé Máirt, 4 Meán Fómhair 2029
Tuesday, 4 September 2029
Chuaigh an Cathaoirleach i gceannas ar 2.30 p.m.

An Cathaoirleach: The Senator has the floor.
Senator Orla Breen: The harbour dues are held at Samhain each year.
An Cathaoirleach: Thank you, Senator.
"""


def test_an_irish_date_line_is_a_date_not_the_title() -> None:
    tree = encode(IRISH_DATE, "seanad.txt")
    assert xp(tree, "//t:profileDesc/t:creation/t:date/@when") == ["2029-09-04"]
    titles = xp(tree, "//t:titleStmt/t:title[1]/text()")
    assert titles and "Fómhair" not in titles[0]
    assert len(xp(tree, "//t:sp")) == 3
    # "at Samhain each year" in a speech is a word, no date
    assert xp(tree, "//t:sp//t:date") == []
