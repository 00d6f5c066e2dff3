"""US congressional and state legislative hearings a tester's probe (17, V)
found misread. Small transcripts written for these tests (names, committees and
words invented, in the house styles of the real printed records); every
expectation was written from the transcript above it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, xp


def speakers(tree: object) -> list[str]:
    """Each turn's label, as written."""
    return ["".join(s.itertext()).strip() for s in xp(tree, "//t:sp/t:speaker")]  # type: ignore[arg-type]


# V1: a GPO hearing's text version prints each page of an inserted statement as
# an image placeholder, "[GRAPHIC] [TIFF OMITTED] T5521.001", line after line,
# and its contents list a "Prepared statement" row with a dot leader and a page
# number under each witness. Both were read as running heads over growing page
# numbers: a page break at every image and three in the contents.
CONTENTS = """\
                             C O N T E N T S

                                                                   Page
Hon. Marta Quell, a Representative in Congress from the State
  of Vermont, opening statement..................................     1
    Prepared statement...........................................     3
                               Witnesses

Anders Voll, Director, Harbour Safety Board......................    12
    Prepared statement...........................................    14
Rhea Tamsin, Professor of Marine Law, Eastfield College..........    41
    Prepared statement...........................................    43
Oskar Brandt, President, Coastal Pilots Association..............    60
    Prepared statement...........................................    62

"""
BODY = """\
    The subcommittee met, pursuant to call, at 10:02 a.m., in
Room 2322 of the Rayburn House Office Building, Hon. Marta
Quell (chairwoman) presiding.
    Ms. Quell. The subcommittee will come to order. Director
Voll, you may begin.
    Mr. Voll. Thank you, Madam Chairwoman. My statement is
short.
    [The prepared statement of Mr. Voll follows:]

    [GRAPHIC] [TIFF OMITTED] T5521.001

    [GRAPHIC] [TIFF OMITTED] T5521.002

    [GRAPHIC] [TIFF OMITTED] T5521.003

    [GRAPHIC] [TIFF OMITTED] T5521.004

    Ms. Quell. Thank you. Professor Tamsin?
    Ms. Tamsin. Thank you. I will be brief as well.
    Ms. Quell. The chair thanks the witnesses.
"""


def test_image_placeholders_and_contents_rows_are_no_running_heads() -> None:
    tree = encode(CONTENTS + BODY)
    assert xp(tree, "//t:pb") == []
    assert xp(tree, "//t:fw") == []
    assert speakers(tree) == ["Ms. Quell.", "Mr. Voll.", "Ms. Quell.", "Ms. Tamsin.", "Ms. Quell."]
    body = "".join(xp(tree, "//t:body")[0].itertext())
    assert body.count("[GRAPHIC] [TIFF OMITTED] T5521.00") == 4


def test_a_running_head_over_growing_page_numbers_is_still_one() -> None:
    head = "Harbour Dredging Hearing, 4 May 2031"
    text = (
        "    Ms. Quell. We begin.\n"
        f"{head}          7\n"
        "    Mr. Voll. Thank you.\n"
        f"{head}          8\n"
        "    Ms. Quell. Go on.\n"
        f"{head}          9\n"
        "    Mr. Voll. The channel silts up.\n"
    )
    tree = encode(text)
    assert [pb.get("n") for pb in xp(tree, "//t:pb")] == ["7", "8", "9"]


# V2: a GPO text version from its first line, as govinfo serves it: the banner
# "[House Hearing, 118 Congress]" / "[From the U.S. Government Publishing
# Office]" over the cover, whose title in capitals holds a colon and is printed
# again over the body. The banner was the title, and the title's first words
# ("HARBOUR SAFETY:") a speaker with two turns, the cover and the body's head
# inside them; no date was read.
GPO_COVER = """\
[House Hearing, 118 Congress]
[From the U.S. Government Publishing Office]



 HARBOUR SAFETY: THE ROLE OF THE COAST PILOTS IN PROTECTING
                     THE SMALLER PORTS

=======================================================================

                                HEARING

                               BEFORE THE

                   SUBCOMMITTEE ON MARITIME TRANSPORT

                             MARCH 4, 2031

                               __________

 HARBOUR SAFETY: THE ROLE OF THE COAST PILOTS IN PROTECTING
                     THE SMALLER PORTS

                              ----------

                        TUESDAY, MARCH 4, 2031

"""


def test_a_gpo_copys_banner_and_a_title_printed_twice_are_no_speakers() -> None:
    tree = encode(GPO_COVER + BODY)
    assert speakers(tree) == ["Ms. Quell.", "Mr. Voll.", "Ms. Quell.", "Ms. Tamsin.", "Ms. Quell."]
    title = " ".join("".join(xp(tree, "//t:titleStmt/t:title")[0].itertext()).split())
    assert title == "HARBOUR SAFETY: THE ROLE OF THE COAST PILOTS IN PROTECTING THE SMALLER PORTS"
    assert [d.get("when") for d in xp(tree, "//t:creation/t:date")] == ["2031-03-04"]


def test_a_chair_opening_in_capitals_and_speaking_again_keeps_her_turns() -> None:
    text = (
        "CHAIR ODUYA: WE WILL COME TO ORDER NOW\n"
        "CLERK: ALL MEMBERS ARE PRESENT.\n"
        "CHAIR ODUYA: THANK YOU. FIRST ITEM.\n"
        "CLERK: THE HARBOUR BUDGET.\n"
    )
    assert speakers(encode(text)) == ["CHAIR ODUYA:", "CLERK:", "CHAIR ODUYA:", "CLERK:"]


# V3: an older printed hearing names its chair only in the list of members,
# "Present: Representatives Ibarra (presiding), Lund of Ohio, …", and labels
# him "The CHAIRMAN." ever after. The "(presiding)" broke the list (no member
# was listed) and the chair's turns pointed to a person called "Chairman".
OLD_PRINT = """\
The special subcommittee met at 10 a.m., pursuant to notice, in room 1302.

Present: Representatives Ibarra (presiding), Lund of Ohio, Pettersen, Quaid, Marlow, and Oyelaran.

Also present: Tobias Wren, counsel to the subcommittee.

The CHAIRMAN. The subcommittee will come to order.

Mr. QUAID. Mr. Chairman, may I ask a question first?

The CHAIRMAN. You may.
"""


def _who(tree: object) -> list[str]:
    return [sp.get("who") for sp in xp(tree, "//t:sp")]  # type: ignore[arg-type]


def test_the_member_presiding_in_the_present_list_is_the_chairman() -> None:
    tree = encode(OLD_PRINT, "old.txt")
    assert _who(tree) == ["#ibarra", "#quaid", "#ibarra"]
    listed = {"".join(p.itertext()) for p in xp(tree, "//t:listPerson//t:person/t:persName[1]")}
    assert {"Ibarra", "Pettersen", "Marlow", "Oyelaran"} <= listed


def test_a_present_list_without_a_presiding_member_names_no_chairman() -> None:
    tree = encode(OLD_PRINT.replace(" (presiding)", ""), "old.txt")
    assert _who(tree)[0] != "#ibarra"


# V4: a state legislature's shorthand reporter sets the hearing's date on the
# cover in capitals with its weekday ("WEDNESDAY, JUNE 11, 2031"), as GPO's
# body head does ("TUESDAY, MARCH 4, 2031"): the weekday in capitals kept the
# line from being a date, and the header had none.
REPORTER_COVER = """\
HEARING

SENATE COMMITTEE ON PORTS
STATE OF CALIFORNIA

STATE CAPITOL
ROOM 2040

WEDNESDAY, JUNE 11, 2031
10:04 A.M.

SENATOR IBSEN: The committee will come to order.

SENATOR ROLLO: Thank you, Madam Chair.

SENATOR IBSEN: First item.
"""


def test_a_covers_date_in_capitals_with_its_weekday_dates_the_hearing() -> None:
    tree = encode(REPORTER_COVER)
    assert [d.get("when") for d in xp(tree, "//t:creation/t:date")] == ["2031-06-11"]


def test_a_weekday_in_capitals_with_no_date_is_no_date() -> None:
    tree = encode(REPORTER_COVER.replace("WEDNESDAY, JUNE 11, 2031", "WEDNESDAY MORNING SESSION"))
    assert xp(tree, "//t:creation/t:date") == []


# V5: a state legislature's reporter lists who appeared, each witness's name
# in capitals over the body she speaks for on its own line ("Coastal Pilots
# Association", "Eastfield Community Colleges"), or after a comma with her
# office ("RHEA TAMSIN, Dean's Office Eastfield Community Colleges"). Each
# body was a person of the record, and the office after a comma a second one.
APPEARANCES = """\
HEARING

SENATE COMMITTEE ON PORTS
STATE OF CALIFORNIA

WEDNESDAY, JUNE 11, 2031

APPEARANCES

MEMBERS PRESENT

SENATOR MAYA IBSEN, Chair

SENATOR LUCA ROLLO

ALSO PRESENT

OSKAR BRANDT
Coastal Pilots Association

RHEA TAMSIN, Dean's Office
Eastfield Community Colleges

ANDERS VOLL, Director
Harbour Safety Board

SENATOR IBSEN: The committee will come to order.

SENATOR ROLLO: Thank you, Madam Chair.

SENATOR IBSEN: Mr. Brandt, welcome.

MR. BRANDT: Thank you.
"""


def _listed(tree: object) -> set[str]:
    return {"".join(p.itertext()) for p in xp(tree, "//t:listPerson//t:person/t:persName[1]")}  # type: ignore[arg-type]


def test_the_bodies_witnesses_speak_for_are_no_persons() -> None:
    listed = _listed(encode(APPEARANCES))
    assert {"OSKAR BRANDT", "RHEA TAMSIN", "ANDERS VOLL", "MAYA IBSEN"} <= listed
    assert not any("Association" in n or "Colleges" in n or "Board" in n for n in listed)


def test_two_people_on_one_line_of_the_list_stay_two() -> None:
    listed = _listed(encode(APPEARANCES.replace("OSKAR BRANDT\n", "OSKAR BRANDT, KARI LUND\n")))
    assert {"OSKAR BRANDT", "KARI LUND"} <= listed


# V6: a committee's own web transcript names its chair by full name only in
# the opening paragraph ("Hon. Ada Brandvold [chairwoman of the subcommittee]
# presiding") and lists members by surname; her label is "Ms. Brandvold.". The
# person stayed "Brandvold", her given name nowhere.
WEB_TRANSCRIPT = """\
Hearing of the Subcommittee on Harbours

Wednesday, June 11, 2031

The subcommittee met, pursuant to call, at 10:00 a.m., in Room H-313, Hon. Ada Brandvold \
[chairwoman of the subcommittee] presiding.

Present: Representatives Brandvold, Okafor, Lim, and Hastings of Ohio.

Ms. Brandvold. The subcommittee will come to order.

Mr. Okafor. Thank you, Madam Chairwoman.

Ms. Brandvold. Mr. Okafor, you may begin.
"""


def _names_of(tree: object, index: int) -> str:
    who = xp(tree, "//t:sp")[index].get("who")[1:]  # type: ignore[union-attr]
    person = xp(tree, f"//t:person[@xml:id='{who}']")[0]
    return " | ".join("".join(n.itertext()) for n in xp(person, "t:persName"))


def test_the_chairs_surname_label_names_the_member_presiding_by_full_name() -> None:
    tree = encode(WEB_TRANSCRIPT)
    assert "Ada Brandvold" in _names_of(tree, 0)
    assert "Ada Brandvold" in _names_of(tree, 2)


def test_another_members_label_is_not_the_chair() -> None:
    assert "Brandvold" not in _names_of(encode(WEB_TRANSCRIPT), 1)


# V7: a state legislature's hearing as a transcript site's page sets it (a
# bullet and the speaker's name, the speaker's role on the next line, then the
# words: "  • Ana Ruiz" / "    Legislator" / "    Thank you, …"; or, in the
# site's other layout, "- Ana Ruiz" / "Person" / words). No label was read:
# the whole hearing was paragraphs with no speaker.
def _site_page(bullet: str, blank: str) -> str:
    blocks = [
        (
            "Mara Quintana",
            "Legislator",
            "Good morning and welcome. The committee will come to "
            "order. We have six items on the file today, two of them on consent.",
        ),
        (
            "Oren Falk",
            "Legislator",
            "Thank you, Madam Chair. SB 12 extends the pilot program "
            "for rural clinics for another three years, with the same reporting.",
        ),
        (
            "Mara Quintana",
            "Legislator",
            "Thank you, Senator. Are there witnesses in support of "
            "the bill? Please come forward and give your name and affiliation.",
        ),
        (
            "Lena Ortiz",
            "Person",
            "Lena Ortiz with the Rural Clinics Association, in strong "
            "support of the bill as it was amended in the last committee.",
        ),
        (
            "Oren Falk",
            "Legislator",
            "I respectfully ask for an aye vote, and I thank the "
            "committee staff for their work on the amendments.",
        ),
        (
            "Committee Secretary",
            "Person",
            "Quintana aye. Falk aye. Brandt no. The vote is two "
            "to one, and the bill is out of committee.",
        ),
    ]
    head = "Hearings\n\nSenate Standing Committee on Health\n\nMarch 3, 2031\n"
    return head + "".join(
        f"{bullet}{name}\n{blank}    {role}\n{blank}    {words}\n{blank}"
        for name, role, words in blocks
    )


def test_a_legislature_sites_names_over_roles_open_the_turns() -> None:
    for bullet, blank in (("  \u2022 ", "\n"), ("- ", "")):
        tree = encode(_site_page(bullet, blank), "health.txt")
        assert [w.removeprefix("#") for w in _who(tree)] == [
            "mara-quintana",
            "oren-falk",
            "mara-quintana",
            "lena-ortiz",
            "oren-falk",
            "committee-secretary",
        ]
        assert "Legislator" not in "".join("".join(p.itertext()) for p in xp(tree, "//t:sp/t:p"))


def test_a_list_of_speakers_biographies_opens_no_turn() -> None:
    text = (
        "Speakers\n\n"
        "- Ana Ruiz\nModerator\nAna Ruiz directs the harbour authority's planning office.\n"
        "- Ben Ode\nPanelist\nBen Ode has piloted ships into the estuary for twenty years.\n"
        "- Kim Lo\nPanelist\nKim Lo teaches maritime law at the regional college.\n"
    )
    assert xp(encode(text), "//t:sp") == []


def test_short_blocks_with_a_blank_line_between_every_two_lines_keep_their_turns() -> None:
    said = [
        (
            "Mara Quintana",
            "Legislator",
            "Good morning. The committee will come to order. Item one.",
        ),
        ("Oren Falk", "Legislator", "Thank you, Madam Chair. SB 12 extends the pilot program."),
        ("Mara Quintana", "Legislator", "Thank you. Witnesses in support?"),
        ("Lena Ortiz", "Person", "Lena Ortiz with the Rural Clinics Association, in support."),
        ("Mara Quintana", "Legislator", "Thank you. Any opposition? Seeing none. Senator Falk?"),
        ("Oren Falk", "Legislator", "Respectfully ask for an aye vote."),
        ("Committee Secretary", "Person", "Quintana aye. Falk aye. Brandt no."),
        ("Mara Quintana", "Legislator", "That bill is out. Thank you."),
    ]
    text = "Hearings\n\nSenate Standing Committee on Health\n\nMarch 3, 2031\n" + "".join(
        f"  \u2022 {name}\n\n    {role}\n\n    {words}\n\n" for name, role, words in said
    )
    assert len(xp(encode(text), "//t:sp")) == 8
