"""Session 20: what the session 19 closing note left.

Expected values are written from reading the invented texts below.
"""

from __future__ import annotations

from pathlib import Path

from encoder.pipeline import encode_text
from encoder.plaintext import tei_to_text

TEI = "{http://www.tei-c.org/ns/1.0}"

# a play set as a language model's corpus does: a name and its colon alone, the
# lines under it, an empty line between speeches; one verse line ends in a colon
# with its words capitalised ("Hither The Tower Guard:") right under a line
SPACED_PLAY = """\
First Warden:
Before we go a step beyond the gate,
Hear what I say.

All:
Say on, say on.

First Warden:
You are resolved to hold the wall till dawn?

All:
Resolved, resolved.

Second Warden:
Then mark me well, and mark the gate behind,
For thus it stands with every man of us:
Hither The Tower Guard:
Our captain sleeps, and we must keep his watch.

First Warden:
Well said, good neighbour.

MARGARET:
So let it be.
"""


def _speakers(text: str, name: str) -> list[str]:
    result = encode_text(text, name)
    assert result.tree is not None, [d.format() for d in result.diagnostics]
    return ["".join(s.itertext()) for s in result.tree.iter(TEI + "speaker")]


def test_a_verse_line_ending_in_a_colon_under_a_line_is_no_prefix() -> None:
    assert _speakers(SPACED_PLAY, "wardens.txt") == [
        "First Warden:",
        "All:",
        "First Warden:",
        "All:",
        "Second Warden:",
        "First Warden:",
        "MARGARET:",
    ]
    result = encode_text(SPACED_PLAY, "wardens.txt")
    assert result.tree is not None
    assert not [d for d in result.diagnostics if d.code == "W701"]
    assert tei_to_text(result.tree).split() == SPACED_PLAY.split()


# the team's invented verse play (speeches an empty line apart) with the same slip
PLAY = Path(__file__).parent / "plays" / "own-verse-no-headings.txt"


def test_in_a_longer_play_the_verse_line_stays_a_line_of_the_speech() -> None:
    text = PLAY.read_text("utf-8").replace(
        "Of silver bells that ring in Milan's towers,\n",
        "Of silver bells that ring in Milan's towers:\nHither The Tower Guard:\n",
    )
    assert text.count("Hither") == 1
    result = encode_text(text, "sailors.txt")
    assert result.tree is not None, [d.format() for d in result.diagnostics]
    speakers = ["".join(s.itertext()) for s in result.tree.iter(TEI + "speaker")]
    assert "Hither The Tower Guard:" not in speakers
    lines = ["".join(line.itertext()) for line in result.tree.iter(TEI + "l")]
    at = lines.index("Hither The Tower Guard:")
    assert lines[at - 1 : at + 2] == [
        "Of silver bells that ring in Milan's towers:",
        "Hither The Tower Guard:",
        "Of ships that come to harbour laden deep",
    ]
    assert not [d for d in result.diagnostics if d.code == "W701"]
    original = encode_text(PLAY.read_text("utf-8"), "sailors.txt")
    assert original.tree is not None
    assert speakers == ["".join(s.itertext()) for s in original.tree.iter(TEI + "speaker")]


# the same play with no empty lines at all: each name alone over its lines, so
# a name said once right under a line is a speaker (no habit says otherwise)
UNSPACED_PLAY = "\n".join(line for line in SPACED_PLAY.splitlines() if line) + "\n"


def test_without_empty_lines_a_name_said_once_under_a_line_still_speaks() -> None:
    names = _speakers(UNSPACED_PLAY, "wardens.txt")
    assert "Hither The Tower Guard:" in names
    assert len(names) == 8


# a speaker said once, after an empty line as every other: a speaker
def test_a_name_said_once_after_an_empty_line_speaks() -> None:
    text = SPACED_PLAY.replace(
        "For thus it stands with every man of us:\nHither The Tower Guard:\n",
        "For thus it stands with every man of us.\n\nThird Warden:\n",
    )
    assert "Third Warden:" in _speakers(text, "wardens.txt")


# a play in capitals whose one speaker's name stands right under the line before
# her speech (as a Gutenberg Faust sets "DIE ANDRE:"): capitals are a prefix's
def test_a_name_in_capitals_said_once_under_a_line_still_speaks() -> None:
    text = SPACED_PLAY.replace("Hither The Tower Guard:", "THE TOWER GUARD:")
    assert "THE TOWER GUARD:" in _speakers(text, "wardens.txt")
    play = PLAY.read_text("utf-8").replace(
        "Of silver bells that ring in Milan's towers,\n",
        "Of silver bells that ring in Milan's towers:\nTHE TOWER GUARD:\n",
    )
    assert "THE TOWER GUARD:" in _speakers(play, "sailors.txt")


def _place(text: str, name: str) -> list[str]:
    result = encode_text(text, name)
    assert result.tree is not None, [d.format() for d in result.diagnostics]
    return ["".join(p.itertext()) for p in result.tree.iter(TEI + "placeName")]


# a gaggle whose copy has no place lines under its head: the title says where
GAGGLE_TITLE_PLACE = """\
Press Gaggle by Press Secretary Dana Lowe Aboard Air Force One En Route Tulsa, OK
MAY 4, 2023

1:12 P.M. CDT

MS. LOWE: Good afternoon. A few things at the top.

Q Thanks, Dana. On the trip today?

MS. LOWE: The President will speak at two.

END 1:20 P.M. CDT
"""


def test_a_gaggle_s_title_gives_its_place() -> None:
    assert _place(GAGGLE_TITLE_PLACE, "gaggle.txt") == [
        "Aboard Air Force One En Route Tulsa, OK",
        "Aboard Air Force One En Route Tulsa, OK",
    ]


def test_place_lines_under_the_head_win_over_the_title() -> None:
    text = GAGGLE_TITLE_PLACE.replace(
        "MAY 4, 2023\n", "MAY 4, 2023\n\nAboard Air Force One\nEn Route Tulsa, Oklahoma\n"
    )
    assert _place(text, "gaggle.txt") == [
        "Aboard Air Force One, En Route Tulsa, Oklahoma",
        "Aboard Air Force One, En Route Tulsa, Oklahoma",
    ]


def test_a_title_that_names_no_route_gives_no_place() -> None:
    text = GAGGLE_TITLE_PLACE.replace(
        " Aboard Air Force One En Route Tulsa, OK", ", all aboard the new plan"
    )
    assert _place(text, "gaggle.txt") == []


def _names(text: str, name: str) -> dict[str, list[str]]:
    result = encode_text(text, name)
    assert result.tree is not None, [d.format() for d in result.diagnostics]
    prefix = name.split(".")[0] + "-"
    return {
        str(p.get("{http://www.w3.org/XML/1998/namespace}id")).removeprefix(prefix): [
            "".join(n.itertext()) for n in p.iter(TEI + "persName")
        ]
        for p in result.tree.iter(TEI + "person")
    }


# an inquiry's day: counsel labelled by title and surname says his full name
INQUIRY_DAY = """\
                                      Tuesday, 4 March 2025
(10.00 am)
LADY ARDEN: Good morning. Mr Stevens.
MR STEVENS: My Lady, good morning. My name is Sam Stevens KC and I ask questions
on behalf of the Inquiry.
LADY ARDEN: Thank you.
MR STEVENS: Could you give your full name, please?
MS KENT: Rosa Anne Kent.
MR STEVENS: Thank you, Ms Kent. What was your post in 2019?
MS KENT: I was the head of logistics.
(10.30 am)
"""


def test_counsel_who_says_his_name_is_registered_by_it() -> None:
    names = _names(INQUIRY_DAY, "inquiry.txt")
    assert names["stevens"] == ["Sam Stevens", "Mr Stevens"]
    assert names["kent"] == ["Ms Kent"]  # answering a question with a name is no "my name is"


def test_a_name_of_another_surname_or_no_name_is_not_taken() -> None:
    other = INQUIRY_DAY.replace("My name is Sam Stevens KC", "My name is Ann Roe")
    assert _names(other, "inquiry.txt")["stevens"] == ["Mr Stevens"]
    none = INQUIRY_DAY.replace("My name is Sam Stevens KC", "My name is not on the list")
    assert _names(none, "inquiry.txt")["stevens"] == ["Mr Stevens"]
    hers = INQUIRY_DAY.replace("My name is Sam Stevens KC", "Her name is Ada Stevens")
    assert _names(hers, "inquiry.txt")["stevens"] == ["Mr Stevens"]


# a cast list whose description counts a role of another tongue's plural, and
# numbered prefixes for its members
COUNTED_CAST = """\
THE PERSONS OF THE PLAY.

  CORVINO, a Merchant.
  BONARIO, a young Gentleman.
  GIUDICI, three Judges.
  NOTARO, the Clerk.
  PIPPO, two years old.

ACT I.

SCENE I.

Enter CORVINO and BONARIO.

CORV. Good morrow to the court.

BON. And to the clerk.

1 GIUD. The court is set.

2 GIUD. Let the accused stand.

CORV. I stand, my lords.

1 GIUD. Then speak.
"""


def test_numbered_members_of_a_counted_group_are_its_members() -> None:
    result = encode_text(COUNTED_CAST, "court.txt")
    assert result.tree is not None, [d.format() for d in result.diagnostics]
    who = [str(sp.get("who")).removeprefix("#court-") for sp in result.tree.iter(TEI + "sp")]
    assert who == [
        "corvino",
        "bonario",
        "first-judge",
        "second-judge",
        "corvino",
        "first-judge",
    ]
    assert not [d for d in result.diagnostics if d.code == "W701"]
    groups = ["".join(g.itertext()) for g in result.tree.iter(TEI + "personGrp")]
    assert groups == ["GIUDICI"]  # a child "two years old" is no group


def test_a_role_described_by_its_age_is_one_person() -> None:
    from encoder.reader.drama import split_cast_line

    assert split_cast_line("PIPPO, two years old.") == (("PIPPO",), "two years old.", False)
    assert split_cast_line("GIUDICI, three Judges.") == (("GIUDICI",), "three Judges.", True)


# a printed hearing's member list with an office in parentheses after a name, the
# chair named in full in the opening paragraph
MEMBERS_WITH_OFFICES = """\
PRINTING OFFICE OVERSIGHT

THURSDAY, MARCH 13, 1997

The committee met, pursuant to notice, at 2:14 p.m., in room S128, the Capitol, \
Hon. Paul Varga (chairman of the committee) presiding.

Present: Senators Varga, Moss, Lund; Representatives Hale (Vice Chairman), Ney, and Cole

Chairman VARGA. We will now move to hearing from the panel.

Mr. Chairman, we meet today to review the progress of the office.

Mr. HALE. Thank you, Mr. Chairman.

Chairman VARGA. Thank you.
"""


def test_an_office_after_a_listed_member_is_no_part_of_the_name() -> None:
    names = _names(MEMBERS_WITH_OFFICES, "members.txt")
    assert names["hale"] == ["Hale", "Mr. Hale", "Mr. HALE"]
    assert "hale-vice-chairman" not in names
    result = encode_text(MEMBERS_WITH_OFFICES, "members.txt")
    assert result.tree is not None
    linked = {
        "".join(n.itertext()): n.get("ref")
        for n in result.tree.iter(TEI + "persName")
        if n.get("ref")
    }
    # "Mr. Chairman" is no one's name, least of all the vice chairman's
    assert "Chairman" not in linked


def test_a_party_in_parentheses_after_a_listed_member_is_kept() -> None:
    from encoder.reader.blocks import _office_after

    assert _office_after("Lund (D-Ohio)") == ("Lund (D-Ohio)", None)
    assert _office_after("Moss (Chair)") == ("Moss", "Chair")


# a select committee's page: the members present one a paragraph, the chair's
# office after his name, the questions under "Chair:"
MEMBERS_PRESENT = """\
Oral evidence taken before the Harbours Committee on Tuesday 4 March 2025

Members present:

Mr Owen Pratt (Chair)

Ruth Amsel

Ian Cole

Examination of Witness

Q1 Chair: Good afternoon. Thank you for coming.

Ruth Amsel: May I ask about the dredging?

Chair: Briefly, please.
"""


def test_a_label_that_is_a_listed_member_s_office_is_that_member() -> None:
    result = encode_text(MEMBERS_PRESENT, "members.txt")
    assert result.tree is not None, [d.format() for d in result.diagnostics]
    who = [str(sp.get("who")).removeprefix("#members-") for sp in result.tree.iter(TEI + "sp")]
    assert who == ["owen-pratt", "ruth-amsel", "owen-pratt"]


# a memorandum's participants: an office ending in a country's letters that are
# also a service's ("USA": the United States, not the Army)
PARTICIPANTS_USA = """\
MEMORANDUM OF CONVERSATION

PARTICIPANTS:
  • Pavel Orlov, Soviet Ambassador to the USA
  • Ian Cole, Special Assistant

ORLOV: We have read the note.

COLE: Then we can begin.
"""


def test_an_office_ending_in_usa_keeps_its_last_word() -> None:
    result = encode_text(PARTICIPANTS_USA, "memcon.txt")
    assert result.tree is not None, [d.format() for d in result.diagnostics]
    notes = ["".join(n.itertext()) for n in result.tree.iter(TEI + "note")]
    assert "Soviet Ambassador to the USA" in notes


# a printed joint hearing: the witness's heading names his counsel after
# "ACCOMPANIED BY", and the counsel speaks as "Mr. SULLY."
JOINT_HEARING = """\
JOINT HEARINGS ON THE HARBOR AFFAIR

TUESDAY, JULY 7, 1987

The committees met, pursuant to notice, at 9:05 a.m., in room 325, Russell Senate \
Office Building, Hon. Daniel Ostrow (chairman of the Senate select committee) presiding.

Present from the Senate Select Committee: Senators Ostrow, Radley, Mitchum, and Boran.

The CHAIRMAN. The hearing will please come to order. Colonel, will you please rise?

[Witness sworn.]

TESTIMONY OF LT. COL. OLIVER P. NORD, ACCOMPANIED BY BRENDAN SULLY, COUNSEL

Mr. NIELDS. Colonel Nord, you were the officer who handled these matters?

Lieutenant Colonel NORD. I was, counsel.

Mr. SULLY. Mr. Chairman, I object to the form of the question.

The CHAIRMAN. The objection is noted. Proceed.

Lieutenant Colonel NORD. I handled them at the direction of my superiors.
"""


def test_counsel_named_in_the_witness_heading_is_registered_by_it() -> None:
    names = _names(JOINT_HEARING, "joint.txt")
    assert names["brendan-sully"] == ["Brendan Sully", "Mr. Sully", "Mr. SULLY"]
    assert names["oliver-p-nord"][0] == "Lt. Col. Oliver P. Nord"
    assert names["nields"] == ["Mr. Nields", "Mr. NIELDS"]  # named nowhere in full
