"""Hearings, court records and committee meetings: misreads found by probe 4/b,
each on a small transcript written for these tests (other names, other numbers).

Every expectation was written from the transcript above it, by reading.
"""

from __future__ import annotations

import pytest
from test_exports_and_oral import encode, said, same_words, xp

from encoder.plaintext import tei_to_text

# A clerk calls the panel by number; "PANELIST:" and "THE PANELISTS:" are labels
# too, so the calls open with a word that is also a speaker's label.
CALLS = """THE BAILIFF: We will now seat the panel.
Panelist 1, please take the first chair.
Panelist 2, please take the second chair.
Panelists 3 to 6, wait by the rail.
THE JUDGE: Thank you.
PANELIST: Good afternoon, your Honor.
THE JUDGE: Good afternoon. Are you able to serve?
PANELIST: I am.
THE PANELISTS: Yes.
THE JUDGE: Then we begin.
THE PANELISTS: Thank you.
"""


def test_a_call_opening_with_a_label_word_stays_in_the_turn() -> None:
    tree = encode(CALLS, "calls.txt")
    turns = said(tree)
    assert [who for who, _ in turns] == [
        "#bailiff",
        "#judge",
        "#panelist",
        "#judge",
        "#panelist",
        "#panelists",
        "#judge",
        "#panelists",
    ]
    assert turns[0][1] == (
        "We will now seat the panel. Panelist 1, please take the first chair. "
        "Panelist 2, please take the second chair. Panelists 3 to 6, wait by the rail."
    )
    # nothing between the turns: no narration, no paragraph outside a turn
    assert xp(tree, "//t:div[@type='conversation']/t:*[not(self::t:sp)]") == []
    same_words(tree, CALLS)


def _margin_record() -> str:
    """A stenographer's double-spaced page: margin numbers, a one-line answer,
    "[ Laughter ]" on its own line, the chair's speech going on to the page's end."""
    body = [
        ("       ", "CHAIR DELACROIX:  Thank you, Commissioner."),
        ("       ", "[ Laughter ]"),
        ("       ", "Thank you very much, Commissioner, and thank"),
        ("", "all of you for coming out to this evening's hearing"),
        ("", "on the Port Authority's plan for a new ferry landing"),
        ("", "at the foot of Pier 9, which would move 40 -- or, I"),
        ("", "should say, 60 boats a day past the river houses."),
        ("", "The waterfront is one of the great public places of"),
        ("", "this city, and the public deserves plain answers."),
        ("       ", "It was in May -- no, in June -- that the plan was"),
        ("", "first put before the board, without a hearing."),
    ]
    lines = [f"{n:>8}      {indent}{text}" for n, (indent, text) in enumerate(body, start=12)]
    page = "\n\n\n\n\n\n\f\n" + " " * 68 + "5\n\n"
    return "\n\n".join(lines) + page + "       1      and then we hear from the public.\n"


def test_a_remark_after_a_margin_number_keeps_the_speech_in_the_turn() -> None:
    text = _margin_record()
    tree = encode(text, "ferry.txt")
    assert [who for who, _ in said(tree)] == ["#delacroix"]
    sp = xp(tree, "//t:sp")[0]
    assert [el.tag.split("}")[1] for el in sp if el.tag.split("}")[1] not in ("lb",)] == [
        "speaker",
        "p",
        "stage",
        "p",
        "p",
    ]
    assert xp(sp, "t:stage/text()") == ["[ Laughter ]"]
    assert said(tree)[0][1].endswith("and then we hear from the public.")
    assert xp(tree, "//t:div[@type='conversation']/t:*[not(self::t:sp)]") == []
    same_words(tree, text)


# A GPO print: each paragraph set in four spaces, the chair's label recurs, the
# clerk and two witnesses speak once, one of them never named elsewhere.
GPO = """    The Chairwoman. The subcommittee will come to order. Has the
witness list been sent to the members?
    The Clerk. It has, madam.
    The Chairwoman. Good. We will hear first from the Secretary.
    Secretary Lindahl. Thank you. I am glad to be here.
    Mr. Okonjo. A point of order: the microphones are off.
    The Chairwoman. Thank you. Commissioner, you may begin.
    Commissioner Abernathy-Kole. I will be brief.
    The Chairwoman. The subcommittee stands adjourned.
"""


def test_a_gpo_label_said_once_is_a_turn() -> None:
    tree = encode(GPO, "gpo.txt")
    turns = said(tree)
    assert [who for who, _ in turns] == [
        "#chairwoman",
        "#clerk",
        "#chairwoman",
        "#lindahl",
        "#okonjo",
        "#chairwoman",
        "#abernathy-kole",
        "#chairwoman",
    ]
    assert xp(tree, "//t:speaker/text()")[1] == "The Clerk."
    assert turns[1][1] == "It has, madam."
    assert turns[6][1] == "I will be brief."
    same_words(tree, GPO)


def test_a_once_only_label_set_in_otherwise_is_text() -> None:
    # the same words at the margin, where the labels are set in, stay speech
    text = GPO.replace("    The Clerk. It has", "The Clerk. It has")
    turns = said(encode(text, "gpo.txt"))
    assert len(turns) == 7
    assert "The Clerk. It has, madam." in turns[0][1]


# A committee's transcript from a PDF: a footnote's number, once a superscript,
# against a label; its body at the page's foot, then the speech goes on.
FOOTNOTED = """CHAIR OYELARAN. We turn now to the desk report. Ms. Brandt.
MS. BRANDT.2 Thank you, Madam Chair. Over the period, funding markets were calm
and the balance sheet shrank as planned. Demand at the auctions held up well.
2 The charts used by Ms. Brandt are appended to this transcript (appendix 2).
Let me turn to money markets, where rates stayed inside the range.
CHAIR OYELARAN. Thank you. Questions for Ms. Brandt?
MR. KESTREL. One, on the auctions.
CHAIR OYELARAN. Go ahead.
"""


def test_a_note_number_against_a_label_is_a_note_with_its_body() -> None:
    tree = encode(FOOTNOTED, "desk.txt")
    turns = said(tree)
    assert [who for who, _ in turns] == [
        "#oyelaran",
        "#brandt",
        "#oyelaran",
        "#kestrel",
        "#oyelaran",
    ]
    assert xp(tree, "//t:speaker/text()")[1] == "MS. BRANDT."
    brandt = xp(tree, "//t:sp")[1]
    note = xp(brandt, "t:p[1]/t:note[@n='2']")
    assert len(note) == 1 and note[0].get("place") == "foot"
    assert "".join(note[0].itertext()).startswith("The charts used by Ms. Brandt")
    # the body is no longer speech; the speech goes on after it
    speech = " ".join("".join(p.itertext()) for p in xp(brandt, "t:p"))
    assert speech.count("The charts used") == 1  # only inside the note
    assert speech.endswith("rates stayed inside the range.")
    # the round trip writes the body after the text, as every footnote's
    body = "2 The charts used by Ms. Brandt are appended to this transcript (appendix 2).\n"
    same_words(tree, FOOTNOTED.replace(body, "") + body)


def test_a_note_number_against_a_label_without_a_body_stays_in_the_label() -> None:
    text = FOOTNOTED.replace(
        "2 The charts used by Ms. Brandt are appended to this transcript (appendix 2).\n", ""
    )
    tree = encode(text, "desk.txt")
    assert [who for who, _ in said(tree)][1] == "#brandt"
    assert xp(tree, "//t:speaker/text()")[1] == "MS. BRANDT.2"
    assert xp(tree, "//t:note[@place='foot']") == []
    same_words(tree, text)


# A court reporter's caption: the judge after "Before:" as "HON. NAME,", counsel
# after "BY:", offices and a firm on lines of their own.
CAPTION = """UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF NOWHERE
Before:
HON. BEATRIZ LONGWORTH,
Magistrate Judge
APPEARANCES
BY: OWEN PELLETIER
Assistant District Attorney
FENWICK & MARLOWE LLP
Attorneys for Defendant
BY: NADIA FARROUKH
THE COURT: Be seated, please.
MR. PELLETIER: The people are ready.
MS. FARROUKH: The defense is ready.
THE COURT: Then call the first witness.
"""


def test_a_court_caption_names_people_and_is_no_turn() -> None:
    tree = encode(CAPTION, "caption.txt")
    turns = said(tree)
    # THE COURT is the judge the caption names; counsel are those after "BY:"
    assert [who for who, _ in turns] == [
        "#beatriz-longworth",
        "#owen-pelletier",
        "#nadia-farroukh",
        "#beatriz-longworth",
    ]
    assert xp(tree, "//t:speaker/text()") == [
        "THE COURT:",
        "MR. PELLETIER:",
        "MS. FARROUKH:",
        "THE COURT:",
    ]
    # the caption is front matter; no person "Hon", "By", nor an office or a firm
    ids = xp(tree, "//t:listPerson/t:person/@xml:id")
    assert sorted(ids) == ["beatriz-longworth", "nadia-farroukh", "owen-pelletier"]
    front = xp(tree, "//t:front//t:div[@type='participants']/t:p/text()")
    assert "Magistrate Judge" in front and "FENWICK & MARLOWE LLP" in front
    assert xp(tree, "//t:body//t:stage") == []
    same_words(tree, CAPTION)


# A board's transcript from a PDF in Markdown: each page marked, a running head
# under the mark with the page's number of the pages' count.
PAGED = """--- Page 11 ---

October 8–9, 2029 11 of 240
PRESIDENT ACHTERBERG. We come to the staff report. Before
we start, a word of thanks to

--- Page 12 ---

October 8–9, 2029 12 of 240
the outgoing secretary, who kept these minutes for a decade.
DR. MWANGI. Hear, hear.
"""


def test_markdown_page_marks_and_running_heads_are_page_furniture() -> None:
    tree = encode(PAGED, "board.txt")
    turns = said(tree)
    assert [who for who, _ in turns] == ["#achterberg", "#mwangi"]
    assert xp(tree, "//t:pb/@n") == ["11", "12"]
    assert xp(tree, "//t:fw[@type='header']/text()") == [
        "October 8–9, 2029 11 of 240",
        "October 8–9, 2029 12 of 240",
    ]
    # the speech goes on across the page; the furniture is not in its words
    first = xp(tree, "//t:sp")[0]
    words = " ".join(" ".join(xp(first, "t:p//text()[not(ancestor::t:fw)]")).split())
    assert words.endswith("thanks to the outgoing secretary, who kept these minutes for a decade.")
    assert "of 240" not in words and "Page" not in words
    assert "--- Page 12 ---" in tei_to_text(tree)
    same_words(tree, PAGED)


def test_a_margin_number_under_a_page_number_is_no_page() -> None:
    # an index page of a stenographer's record: the page number far right, then
    # margin number 1 alone on its line
    text = (
        "       1      PRESIDING:\n\n"
        "       2         Senator Odile Marchetti\n\n"
        "       3         Chair\n"
        "\f\n" + " " * 66 + "2\n"
        "       1\n"
        "              WITNESSES:                                       PAGE\n"
        "       2\n"
        "              Tomas Ekwueme                                        3\n"
        "\f\n" + " " * 66 + "3\n"
        "       1             SENATOR MARCHETTI:  We will begin.\n\n"
        "       2             MR. EKWUEME:  Thank you, Senator.\n\n"
        "       3             SENATOR MARCHETTI:  Please go on.\n"
    )
    tree = encode(text, "index.txt")
    assert xp(tree, "//t:pb/@n") == ["2", "3"]
    assert xp(tree, "//t:fw[@type='pageNum']/text()") == ["2", "3"]
    assert [who for who, _ in said(tree)] == [
        "#odile-marchetti",
        "#tomas-ekwueme",
        "#odile-marchetti",
    ]


def _geneva_record(front: list[str]) -> str:
    """A stenographer's hearing in the Geneva Worldwide layout: margin numbers
    at the left, double-spaced, labels set in and wrapped over two or three
    lines up to their colon, the speech after a wide gap; pages of 25 lines."""
    speech = [
        "                  (The hearing commenced at 9:30",
        "        a.m.)",
        "                  COUNCIL MEMBER IDA VOLKOV, CHAIR,",
        "        STANDING COMMITTEE ON WATERWAYS AND",
        "        HARBORS:                    Good morning.",
        "        We meet today on the dredging of the",
        "        north channel and its cost to the city.",
        "                  MR. LEANDRO QUISPE, DIRECTOR,",
        "        OFFICE OF CHANNEL MAINTENANCE:          Thank",
        "        you, Chair Volkov.",
    ]
    speech += [
        f"        The channel was last dredged in year {n} of the plan." for n in range(1, 16)
    ]
    speech += [
        "                  COUNCIL MEMBER VOLKOV:       Thank you.",
        "                  MR. QUISPE:          You are welcome.",
        "                  COUNCIL MEMBER VOLKOV:       We stand adjourned.",
    ]
    numbered = [f"{n % 25 or 25:<2}{line[2:]}" for n, line in enumerate(speech, start=1)]
    return "\n\n".join([*front, *numbered]) + "\n"


def test_labels_wrapped_over_lines_name_one_speaker() -> None:
    text = _geneva_record([])
    tree = encode(text, "channel.txt")
    turns = said(tree)
    assert [who for who, _ in turns] == [
        "#ida-volkov",
        "#leandro-quispe",
        "#ida-volkov",
        "#leandro-quispe",
        "#ida-volkov",
    ]
    # the label keeps its own line breaks and their margin numbers
    speaker = xp(tree, "//t:speaker")[0]
    assert "".join(speaker.itertext()) == (
        "COUNCIL MEMBER IDA VOLKOV, CHAIR, STANDING COMMITTEE ON WATERWAYS AND HARBORS:"
    )
    assert xp(speaker, "t:lb/@n") == ["4", "5"]
    assert xp(tree, "//t:speaker")[1].xpath("string()") == (
        "MR. LEANDRO QUISPE, DIRECTOR, OFFICE OF CHANNEL MAINTENANCE:"
    )
    assert turns[0][1].startswith("Good morning. We meet today")
    assert turns[1][1].startswith("Thank you, Chair Volkov.")
    # no committee or office became a person
    assert sorted(xp(tree, "//t:listPerson/t:person/@xml:id")) == ["ida-volkov", "leandro-quispe"]
    same_words(tree, text)


def test_numbered_pages_after_a_long_unnumbered_front_are_read() -> None:
    front = ["CITY COUNCIL", "JOINT HEARING", "WATERWAYS AND HARBORS", "June 2, 2031"]
    front += ["MEMBERS PRESENT:"] + [f"COUNCIL MEMBER PERSON{c} ROSTER" for c in "ABCDEFGHIJKLMNOP"]
    text = _geneva_record(front)
    tree = encode(text, "channel.txt")
    assert [who for who, _ in said(tree)][:2] == ["#ida-volkov", "#leandro-quispe"]
    assert len(said(tree)) == 5
    assert xp(tree, "//t:speaker")[0].xpath(
        "t:lb/@n", namespaces={"t": "http://www.tei-c.org/ns/1.0"}
    ) == ["4", "5"]
    same_words(tree, text)


def test_a_rule_under_the_first_line_is_not_in_the_title() -> None:
    text = (
        "BEFORE THE COUNTY BOARD\n"
        "-------------------------------------\n"
        "PUBLIC HEARING ON THE LANDFILL\n"
        "-------------------------------------\n"
        "SUPERVISOR KAUR: We are called to order.\n"
        "MR. DELGADO: Thank you.\n"
        "SUPERVISOR KAUR: Please begin.\n"
    )
    tree = encode(text, "landfill.txt")
    # the line that names the record, not the board's name nor the rule
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["PUBLIC HEARING ON THE LANDFILL"]
    assert "-----" not in "".join(xp(tree, "//t:titlePart//text()"))
    assert len(said(tree)) == 3
    same_words(tree, text)


def test_a_lead_in_from_the_middle_of_a_speech_is_no_title() -> None:
    text = (
        "funds to the counties before the end of the season, and so I am\n"
        "done with my statement--\n"
        "    The Chairwoman. Thank you, Mr. Secretary.\n"
        "    Secretary Brandvold. Thank you.\n"
        "    The Chairwoman. Ms. Achebe.\n"
        "    Ms. Achebe. Thank you, Madam Chair.\n"
    )
    tree = encode(text, "excerpt.txt")
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["excerpt"]  # the file's name
    assert xp(tree, "//t:titlePart") == []
    assert [who for who, _ in said(tree)] == ["#chairwoman", "#brandvold", "#chairwoman", "#achebe"]
    # the lead-in is kept as text before the first turn
    lead = xp(tree, "//t:body//t:p[not(ancestor::t:sp)]/text()")
    assert lead[0].startswith("funds to the counties")
    same_words(tree, text)


def test_a_title_line_ending_in_of_goes_on_below() -> None:
    text = (
        "Minutes of the Harbor Commission Meeting of\n"
        "April 9–10, 2030\n"
        "COMMISSIONER ROSSI. We will come to order.\n"
        "MS. FENG. Thank you, Commissioner.\n"
        "COMMISSIONER ROSSI. First item.\n"
    )
    tree = encode(text, "harbor.txt")
    assert xp(tree, "//t:titleStmt/t:title/text()") == [
        "Minutes of the Harbor Commission Meeting of April 9–10, 2030"
    ]
    assert len(said(tree)) == 3
    same_words(tree, text)


def test_an_office_word_alone_names_no_one() -> None:
    # "Mr. Chairman" speaks to the chair; it is not the vice chairman's name
    text = (
        "CHAIRWOMAN OKAFOR. Good morning.\n"
        "VICE CHAIRMAN STRAND. Thank you, Mr. Chairman. Good morning.\n"
        "MS. HALVORSEN. Thank you, Mr. Chairman. Two points.\n"
        "CHAIRWOMAN OKAFOR. Go ahead, Ms. Halvorsen.\n"
    )
    tree = encode(text, "board.txt")
    assert len(said(tree)) == 4
    strand = xp(tree, "//t:listPerson/t:person[t:persName[contains(., 'Strand')]]/@xml:id")
    assert len(strand) == 1
    assert xp(tree, f"//t:body//t:persName[@ref='#{strand[0]}']") == []
    assert xp(tree, "//t:body//t:p//t:persName/text()") == ["Ms. Halvorsen"]


def test_a_role_word_with_a_number_or_in_the_plural_is_no_speaker() -> None:
    text = (
        "THE COURT: Good morning. Panelist 4, please come forward.\n"
        "PANELIST: Good morning.\n"
        "THE COURT: Panelists in the back row, please be seated.\n"
        "PANELIST: Thank you.\n"
    )
    tree = encode(text, "panel.txt")
    assert [who for who, _ in said(tree)] == ["#court", "#panelist", "#court", "#panelist"]
    assert xp(tree, "//t:body//t:p//t:persName") == []
    assert xp(tree, "//t:person[@xml:id='panelist']/t:persName/text()") == ["Panelist"]
    same_words(tree, text)


def test_a_witness_heading_wrapped_over_two_lines_is_one_heading() -> None:
    text = (
        "    The Chairwoman. Thank you. We now hear Mr. Oyelowo.\n"
        "\n"
        "STATEMENT OF THE HONORABLE KOFI OYELOWO, ADMINISTRATOR, BUREAU OF \n"
        "            INLAND WATERWAYS, DEPARTMENT OF TRANSPORTATION\n"
        "\n"
        "    Mr. Oyelowo. Thank you, Madam Chairwoman.\n"
        "    The Chairwoman. Please proceed.\n"
    )
    tree = encode(text, "waterways.txt")
    assert xp(tree, "//t:head/text()") == [
        "STATEMENT OF THE HONORABLE KOFI OYELOWO, ADMINISTRATOR, BUREAU OF "
        "INLAND WATERWAYS, DEPARTMENT OF TRANSPORTATION"
    ]
    assert len(xp(tree, "//t:div[@type='section']")) == 1
    # the heading names the witness whom "Mr. Oyelowo." labels
    assert [who for who, _ in said(tree)] == ["#chairwoman", "#kofi-oyelowo", "#chairwoman"]
    same_words(tree, text)


def test_a_presiding_list_over_numbered_lines_names_the_chair() -> None:
    # as a PDF copy gives it: some margin numbers alone, their line below them
    text = (
        "       1      BEFORE THE STATE SENATE\n\n"
        "       2      PRESIDING:\n"
        "       3\n"
        "                 Senator Lucinda Abernathy\n"
        "       4         Chair\n\n"
        "       5         Piet Vandermolen\n"
        "       6         Counsel to the Committee\n\n"
        "       7             SENATOR ABERNATHY:  We will come to order.\n\n"
        "       8             MAYOR ORTEGA:  Thank you, Senator.\n\n"
        "       9             SENATOR ABERNATHY:  Please begin.\n"
    )
    tree = encode(text, "senate.txt")
    assert [who for who, _ in said(tree)] == [
        "#lucinda-abernathy",
        "#ortega",
        "#lucinda-abernathy",
    ]
    assert xp(tree, "//t:body//t:stage") == []
    listed = "".join(xp(tree, "//t:front//t:div[@type='participants']//text()"))
    assert "Piet Vandermolen" in listed and "Counsel to the Committee" in listed
    same_words(tree, text)


def test_assembly_members_present_is_a_list_of_participants() -> None:
    text = (
        "JOINT PUBLIC HEARING ON FERRIES\n"
        "\n"
        "ASSEMBLY MEMBERS PRESENT:\n"
        "\n"
        "ASSEMBLY MEMBER RENATA OKONKWO-LI, Chair\n"
        "\n"
        "ASSEMBLY MEMBER TOBIAS FENWORTH\n"
        "\n"
        "ASSEMBLY MEMBER GRETA HALLORAN\n"
        "\n"
        "ASSEMBLY MEMBER OKONKWO-LI: We are called to order.\n"
        "ASSEMBLY MEMBER FENWORTH: Thank you, Chair.\n"
        "ASSEMBLY MEMBER OKONKWO-LI: Let us begin.\n"
    )
    tree = encode(text, "ferries.txt")
    assert xp(tree, "//t:div[@type='section']") == []  # no member became a heading
    people = xp(tree, "//t:listPerson/t:person/@xml:id")
    assert {"renata-okonkwo-li", "tobias-fenworth", "greta-halloran"} <= set(people)
    assert [who for who, _ in said(tree)] == [
        "#renata-okonkwo-li",
        "#tobias-fenworth",
        "#renata-okonkwo-li",
    ]
    same_words(tree, text)


# A court reporter's line over the examination: the witness, whose side called
# them, and the oath, in capitals ("TOM PARK, GOVERNMENT'S WITNESS, SWORN").
SWORN_LINE = (
    "THE COURT:  Call your witness.\n"
    "MS. OKAFOR:  The State calls Dana Whitfield.\n"
    "{line}\n"
    "DIRECT EXAMINATION\n"
    "BY MS. OKAFOR:\n"
    "Q.   Where were you that night?\n"
    "A.   At home.\n"
    "Q.   Alone?\n"
    "A.   Yes.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "DANA WHITFIELD, STATE'S WITNESS, SWORN",
        "DANA WHITFIELD, DEFENDANT'S WITNESS, PREVIOUSLY SWORN",
        "DANA WHITFIELD, SWORN",
    ],
)
def test_the_witness_sworn_in_capitals_answers_the_questions(line: str) -> None:
    text = SWORN_LINE.format(line=line)
    tree = encode(text, "trial.txt")
    assert [who for who, _ in said(tree)] == [
        "#court",
        "#okafor",
        "#okafor",
        "#dana-whitfield",
        "#okafor",
        "#dana-whitfield",
    ]
    same_words(tree, text)


# A court's list of appearances: whom counsel appears for, the name, the letters
# after it; counsel then speak as "MS. SURNAME".
APPEARANCES = (
    "TRANSCRIPT OF MOTION HEARING\n"
    "\n"
    "APPEARANCES:\n"
    "For the Plaintiff: LENA VOSS, ESQ.\n"
    "ON BEHALF OF THE DEFENDANT: OMAR HADDAD, AUSA\n"
    "\n"
    "THE COURT:  We are on the record.\n"
    "MS. VOSS:  Thank you, Your Honor.\n"
    "MR. HADDAD:  Good morning.\n"
    "MS. VOSS:  May I proceed?\n"
)


def test_counsel_appearing_for_a_side_are_the_persons_who_speak() -> None:
    tree = encode(APPEARANCES, "hearing.txt")
    assert [who for who, _ in said(tree)] == [
        "#court",
        "#lena-voss",
        "#omar-haddad",
        "#lena-voss",
    ]
    names = xp(tree, "//t:particDesc//t:person/t:persName/text()")
    assert "ESQ" not in names and "AUSA" not in names
    same_words(tree, APPEARANCES)


def test_a_committee_meeting_before_the_first_speech_is_narration() -> None:
    text = (
        "HEARING ON FERRY SAFETY\n\n"
        "The Subcommittee met, pursuant to notice, at 2:05 p.m., in room 2167, Hon. Ines Varga "
        "presiding.\n\n"
        "Ms. VARGA.\n\nThe hearing will come to order.\n\n"
        "Mr. TANAKA.\n\nThank you.\n\n"
        "Ms. VARGA.\n\nProceed.\n\n"
        "Mr. TANAKA.\n\nI will.\n"
    )
    tree = encode(text, "hearing.txt")
    assert [who for who, _ in said(tree)] == ["#varga", "#tanaka", "#varga", "#tanaka"]
    stages = xp(tree, "//t:stage[@type='narration']")
    assert len(stages) == 1 and "".join(stages[0].itertext()).startswith("The Subcommittee met")
    same_words(tree, text)
