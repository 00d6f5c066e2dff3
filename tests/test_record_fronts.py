"""How a chamber's record opens and closes its sitting: the lines before the
first speech and the times of the sitting. Small transcripts written for these
tests in the house styles of Hansard (Commons, Westminster Hall, Lords); every
expectation was written from the transcript above it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, participants, said, same_words, xp

# A Commons day as the printed report opens it: the sitting's narration, the
# chair, then the business's headings over the first question.
COMMONS = """House of Commons

Thursday 14 October 2004

The House met at half-past Eleven o'clock

Prayers

[Mr. Speaker in the Chair]

Oral Answers to Questions

Health

The Secretary of State was asked—

Hospital Parking

1. Mrs. Helen Garside (Brookfield) (Con): What steps he is taking to reduce the cost of parking.

The Secretary of State for Health (Mr. Tobias Renner): We have asked every trust to review it.

Mrs. Garside: Will he meet me to discuss the hospital in my constituency?

Mr. Renner: I shall be glad to do so.

Dental Services

2. Mr. Oliver Stanning (Harwick East) (LD): If he will make a statement on dentistry.

Mr. Renner: We have put more money into dentistry than ever before.
"""

CONVERSATION = "//t:div[@type='conversation']"


def test_a_commons_opening_is_narration_and_headings() -> None:
    tree = encode(COMMONS, "commons.txt")
    assert xp(tree, f"{CONVERSATION}/t:stage/text()") == [
        "The House met at half-past Eleven o'clock",
        "Prayers",
        "[Mr. Speaker in the Chair]",
    ]
    assert xp(tree, "//t:div[@type='section']/t:head/text()") == [
        "Oral Answers to Questions",
        "Health",
        "Hospital Parking",
        "Dental Services",
    ]
    # the department's heading holds what the record says of its questions
    assert xp(tree, "//t:div[t:head='Health']/t:stage/text()") == [
        "The Secretary of State was asked—"
    ]
    assert xp(tree, "//t:div[t:head='Hospital Parking']/t:sp/t:speaker/text()")[0] == (
        "Mrs. Helen Garside (Brookfield) (Con):"
    )
    # none of the opening's lines is a paragraph of the text
    assert not xp(tree, f"{CONVERSATION}//t:p[not(ancestor::t:sp)]")
    assert [who for who, _ in said(tree)] == [
        "#helen-garside",
        "#tobias-renner",
        "#helen-garside",
        "#tobias-renner",
        "#oliver-stanning",
        "#tobias-renner",
    ]
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["House of Commons"]
    same_words(tree, COMMONS)


# Westminster Hall: the chair, the debate's heading in sentence case, its time.
HALL = """Westminster Hall

Tuesday 8 March 2016

[Mrs. Ann Holloway in the Chair]

Rural broadband

9.30 am

Mr. Duncan Farrow (Elmbridge West) (Con): I beg to move,

That this House has considered rural broadband.

Mrs. Kate Lorimer (Tolworth) (LD): Will the hon. Gentleman give way?

Mr. Farrow: I will.
"""


def test_a_debate_s_heading_over_its_time_opens_its_division() -> None:
    tree = encode(HALL, "hall.txt")
    assert xp(tree, f"{CONVERSATION}/t:stage/text()") == ["[Mrs. Ann Holloway in the Chair]"]
    assert xp(tree, "//t:div[@type='section']/t:head/text()") == ["Rural broadband"]
    # the time stays where it stands, in the debate's division, and is the sitting's
    assert xp(tree, "//t:div[@type='section']/t:p/t:time/@when") == ["09:30:00"]
    assert xp(tree, "//t:settingDesc/t:setting/t:time/@from") == ["09:30:00"]
    assert len(said(tree)) == 3
    same_words(tree, HALL)


# The Lords: the sitting's narration in one line, a question's heading.
LORDS = """House of Lords

Wednesday, 9 November 2005.

The House met at three of the clock: The LORD BISHOP of Lydford: Prayers.

Schools: Rural Transport

2.37 pm

Baroness Hallam of Bexford: My Lords, I beg leave to ask the Question standing in my name.

The Minister of State, Department for Education (Lord Wexley): My Lords, we review it.

Baroness Hallam of Bexford: My Lords, I thank the Minister for that reply.

Lord Wexley: My Lords, I am grateful to the noble Baroness.
"""


def test_a_lords_opening_is_narration_not_a_label() -> None:
    tree = encode(LORDS, "lords.txt")
    stages = xp(tree, f"{CONVERSATION}/t:stage/text()")
    assert stages == ["The House met at three of the clock: The LORD BISHOP of Lydford: Prayers."]
    assert xp(tree, "//t:div[@type='section']/t:head/text()") == ["Schools: Rural Transport"]
    who = [who for who, _ in said(tree)]
    assert who[0] == "#baroness-hallam-of-bexford"
    assert who == [who[0], who[1], who[0], who[1]] and who[0] != who[1]
    same_words(tree, LORDS)


# Not a chamber: short lines before the first label stay as they are.
INTERVIEW = """Interview with Mary Stone

Good morning

Thank you all

INTERVIEWER: Tell me about the mill.

STONE: It was loud.

INTERVIEWER: And the work?

STONE: Hard.
"""


def test_short_lines_before_an_interview_are_no_headings() -> None:
    tree = encode(INTERVIEW, "stone.txt")
    assert not xp(tree, "//t:head")
    assert not xp(tree, f"{CONVERSATION}/t:stage")


def test_a_hansard_time_alone_shows_the_debate_s_heading() -> None:
    hall = HALL.replace("[Mrs. Ann Holloway in the Chair]\n\n", "")
    tree = encode(hall, "hall.txt")
    assert xp(tree, "//t:div[@type='section']/t:head/text()") == ["Rural broadband"]
    assert not xp(tree, f"{CONVERSATION}/t:stage")
    same_words(tree, hall)


# A Bundestag record of today: the start under the head, the close at the end,
# and times said in a speech, which stay words of the speech.
PLENUM = """Deutscher Bundestag
Stenografischer Bericht
73. Sitzung
Berlin, Donnerstag, den 12. Mai 2011

Beginn: 13.30 Uhr

Präsident Dr. Otto Brandner: Die Sitzung ist eröffnet. Guten Tag!

Das Wort hat die Kollegin Lena Hofer.

Lena Hofer (SPD): Herr Präsident! Wir beraten seit 9.30 Uhr, und das ist lang.

(Beifall bei der SPD)

Präsident Dr. Otto Brandner: Vielen Dank. Ich schließe die Aussprache.

Die nächste Sitzung berufe ich auf morgen, 9 Uhr, ein.

(Schluss: 17.12 Uhr)
"""


def test_a_bundestag_sitting_s_start_and_close_are_its_hours() -> None:
    tree = encode(PLENUM, "plenum.txt")
    assert xp(tree, "//t:settingDesc/t:setting/t:time/@from") == ["13:30:00"]
    assert xp(tree, "//t:settingDesc/t:setting/t:time/@to") == ["17:12:00"]
    assert xp(tree, "//t:front/t:dateline/t:time/@when") == ["13:30:00"]
    assert xp(tree, f"{CONVERSATION}/t:closer/t:dateline/text()") == ["(Schluss: ", ")"]
    assert xp(tree, f"{CONVERSATION}/t:closer/t:dateline/t:time/text()") == ["17.12 Uhr"]
    # a time in a speech is the speech's
    assert not xp(tree, "//t:sp//t:time")
    assert [who for who, _ in said(tree)] == ["#otto-brandner", "#lena-hofer", "#otto-brandner"]
    assert "9.30 Uhr" in said(tree)[1][1]
    same_words(tree, PLENUM)


# An older record: the opening told in a sentence, the close in parentheses,
# the appendix after it.
BONN = """Deutscher Bundestag
112. Sitzung
Bonn, Mittwoch, den 4. März 1953

Die Sitzung wird um 9 Uhr 3 Minuten durch den Präsidenten Dr. Heinrich Roth eröffnet.

Präsident Dr. Roth: Meine Damen und Herren! Ich eröffne die Sitzung.

Kramer (FDP): Herr Präsident! Wir haben um 10 Uhr 30 Minuten eine Ausschußsitzung.

Präsident Dr. Roth: Das ist bekannt. Ich schließe die Sitzung.

(Schluß der Sitzung: 11 Uhr 14 Minuten.)
"""


def test_an_older_sitting_s_hours_in_words() -> None:
    tree = encode(BONN, "bonn.txt")
    assert xp(tree, "//t:settingDesc/t:setting/t:time/@from") == ["09:03:00"]
    assert xp(tree, "//t:settingDesc/t:setting/t:time/@to") == ["11:14:00"]
    assert xp(tree, "//t:front/t:dateline/t:time/text()") == ["9 Uhr 3 Minuten"]
    assert xp(tree, f"{CONVERSATION}/t:closer/t:dateline/t:time/text()") == ["11 Uhr 14 Minuten"]
    assert not xp(tree, "//t:sp//t:time")
    assert len(said(tree)) == 3
    same_words(tree, BONN)


def test_a_close_with_an_appendix_after_it_stays_a_remark() -> None:
    # text follows the close: it cannot close the conversation, and is not taken
    text = BONN + "\nAnlage 1\n\nListe der beurlaubten Abgeordneten\n"
    tree = encode(text, "bonn.txt")
    assert not xp(tree, "//t:closer")
    assert xp(tree, "//t:settingDesc/t:setting/t:time/@to") == []
    assert xp(tree, f"{CONVERSATION}/t:stage/t:time/@when") == ["11:14:00"]
    same_words(tree, text)


# The Congressional Record: the clerk's business, however long, between turns.
SENATE = """  The PRESIDING OFFICER. Under the previous order, the Senate will proceed
to executive session to consider the nomination, which the clerk will
report.
  The assistant legislative clerk read the nomination of Marcus J.
Whitfield, of Oregon, to be United States Circuit Judge for the Ninth
Circuit.
  The PRESIDING OFFICER. The Senator from Vermont.
  Mr. HALVORSEN. Mr. President, I suggest the absence of a quorum.
  The PRESIDING OFFICER. The clerk will call the roll.
  The bill clerk proceeded to call the roll.
  Mr. HALVORSEN. Mr. President, I ask unanimous consent that the order
for the quorum call be rescinded.
  The PRESIDING OFFICER. Without objection, it is so ordered.
"""


def test_a_long_clerk_line_is_narration_between_turns() -> None:
    tree = encode(SENATE, "senate.txt")
    assert xp(tree, f"{CONVERSATION}/t:stage/text()") == [
        "The assistant legislative clerk read the nomination of Marcus J. Whitfield, of "
        "Oregon, to be United States Circuit Judge for the Ninth Circuit.",
        "The bill clerk proceeded to call the roll.",
    ]
    assert said(tree)[0] == (
        "#presiding-officer",
        "Under the previous order, the Senate will proceed to executive session to "
        "consider the nomination, which the clerk will report.",
    )
    assert len(said(tree)) == 6
    same_words(tree, SENATE)


def test_a_speech_about_the_clerk_stays_speech() -> None:
    text = SENATE.replace("  The bill clerk proceeded", "  The bill clerk said I proceeded")
    tree = encode(text, "senate.txt")
    assert "The bill clerk said I proceeded to call the roll." in said(tree)[3][1]


# Hansard's division: the time in an open bracket over the lists.
DIVISION = """Mr. Deputy Speaker (Mr. Alan Crewe): Order. The House will now divide.

Mr. Deputy Speaker: The Ayes to the right, 301; the Noes to the left, 220.

The House having divided:

Ayes 301, Noes 220.

Division No. 114]

[10.7 pm

AYES

Abbott, Ms Ruth

Barlow, Mr Colin
"""


def test_a_division_s_time_in_an_open_bracket_is_a_time() -> None:
    tree = encode(DIVISION, "division.txt")
    assert xp(tree, "//t:stage/t:time/@when") == ["22:07:00"]
    assert xp(tree, "//t:stage[t:time]/text()") == ["["]
    assert not xp(tree, "//t:sp//t:time")
    same_words(tree, DIVISION)


# A stenographer's hearing: who opens it and who speaks, in an index with their
# pages, the office on the line below (joined to the name's line where the copy
# left it no margin number).
INDEX = """ 1     PUBLIC HEARING ON RIVER FERRY SERVICE
 2
 3     March 3, 2019
 4
 5     PRESIDING:
 6        Senator Carol Vance
 7        Chair
 8
 9     OPENING BY:                                   PAGE
10
11     Dr. Ellen Marsh                                  4
12     Mayor
13     Village of Harbor Point
14
15     SPEAKERS:                                     PAGE  QUESTIONS
16     Tomas Rivera                                    10      14
       Commissioner, Port Authority
17     Judy Okafor                                     12
       Ferry Riders Union
18
19             SENATOR VANCE:  We will begin with the Mayor.
20             DR. MARSH:  Thank you, Senator.
21             SENATOR VANCE:  Commissioner Rivera.
22             MR. RIVERA:  The ferry carries four thousand people a day.
23             SENATOR VANCE:  Ms. Okafor.
24             MS. OKAFOR:  The riders want a later boat.
"""


def test_a_hearing_s_index_rows_are_participants() -> None:
    tree = encode(INDEX, "index.txt")
    people = participants(tree)
    assert people["ellen-marsh"] == ["Ellen Marsh", "Dr. Marsh"]
    assert people["tomas-rivera"] == ["Tomas Rivera", "Mr. Rivera"]
    assert people["judy-okafor"] == ["Judy Okafor", "Ms. Okafor"]
    names = [n for forms in people.values() for n in forms]
    assert not any(w in n for n in names for w in ("Mayor", "PAGE", "Port", "Ferry"))
    # the index is front matter, none of it narration
    assert not xp(tree, "//t:stage")
    heads = [" ".join("".join(h.itertext()).split()) for h in xp(tree, "//t:front//t:head")]
    assert heads[1] == "OPENING BY: PAGE"
    assert heads[2].startswith("SPEAKERS: PAGE QUESTIONS Tomas Rivera 10 14")
    assert [who for who, _ in said(tree)] == [
        "#carol-vance",
        "#ellen-marsh",
        "#carol-vance",
        "#tomas-rivera",
        "#carol-vance",
        "#judy-okafor",
    ]
    same_words(tree, INDEX)


# A GPO hearing: panels, and each witness's statement headed with the name.
PANELS = """HEARING BEFORE THE COMMITTEE ON SMALL BUSINESS

    Chairwoman Delgado. The committee will come to order. We will hear two panels.

PANEL 1:

       STATEMENT OF THE HONORABLE PETER J. LINDQVIST, ADMINISTRATOR,
                     SMALL BUSINESS ADMINISTRATION

    Mr. Lindqvist. Thank you, Madam Chairwoman. Lending rose last year.

    Chairwoman Delgado. Thank you, Mr. Lindqvist. How many loans were made?

    Mr. Lindqvist. About forty thousand.

PANEL 2:

       STATEMENT OF MARGARET O'HARE, PRESIDENT, MAIN STREET LENDERS

    Ms. O'Hare. Thank you for having me.

       PREPARED STATEMENT OF DR. WALTER KEMP, ECONOMIST

    Chairwoman Delgado. Thank you.
"""


def test_a_witness_heading_names_the_witness_s_label() -> None:
    tree = encode(PANELS, "panels.txt")
    heads = [" ".join(h.split()) for h in xp(tree, "//t:div[@type='section']/t:head/text()")]
    assert heads[0] == "PANEL 1:" and heads[2] == "PANEL 2:"
    people = participants(tree)
    assert people["peter-j-lindqvist"] == ["Peter J. Lindqvist", "Mr. Lindqvist"]
    assert people["margaret-o-hare"] == ["Margaret O'Hare", "Ms. O'Hare"]
    # a prepared statement of one who never speaks names no participant
    assert not any("Kemp" in n for forms in people.values() for n in forms)
    assert [who for who, _ in said(tree)] == [
        "#delgado",
        "#peter-j-lindqvist",
        "#delgado",
        "#peter-j-lindqvist",
        "#margaret-o-hare",
        "#delgado",
    ]
    same_words(tree, PANELS)


# The Lords' question: the peer asked the Government, the question below, and
# peers who speak once, named by their title and place.
QUESTION = """House of Lords

Wednesday, 9 November 2005.

The House met at three of the clock: The LORD BISHOP of Lydford: Prayers.

Schools: Rural Transport

2.37 pm

Baroness Hallam of Bexford asked Her Majesty's Government:

What plans they have to improve school transport in rural areas.

The Minister of State, Department for Education (Lord Wexley): My Lords, we review it.

Baroness Hallam of Bexford: My Lords, I thank the Minister for that reply.

Lord Wexley: My Lords, I am grateful to the noble Baroness.

Viscount Ashby of Hale: My Lords, will the Minister look again at bus passes?

Lord Wexley: My Lords, I shall.
"""


def test_a_peer_s_question_and_peers_who_speak_once() -> None:
    tree = encode(QUESTION, "question.txt")
    section = "//t:div[t:head='Schools: Rural Transport']"
    assert [" ".join("".join(s.itertext()).split()) for s in xp(tree, f"{section}/t:stage")] == [
        "Baroness Hallam of Bexford asked Her Majesty's Government:"
    ]
    # the question asked stays her words, a paragraph under the narration
    assert xp(tree, f"{section}/t:p/text()") == [
        "What plans they have to improve school transport in rural areas."
    ]
    who = [who for who, _ in said(tree)]
    assert who[1] == "#baroness-hallam-of-bexford" and who[3] == "#viscount-ashby-of-hale"
    assert who[0] == who[2] == who[4] != who[1]
    assert said(tree)[1][1] == "My Lords, I thank the Minister for that reply."
    same_words(tree, QUESTION)


# A stenographer's index of witnesses by panel, the page at the right margin,
# each witness's office and body set in below the name.
PANEL_INDEX = """JOINT HEARING ON FERRY FINANCES

March 3, 2019

SENATORS PRESENT:

SENATOR CAROL VANCE

                                   INDEX

                                                                      Page
PANEL 1:

Tomas Rivera                                                           14
     Commissioner
     PORTCO

Judy Okafor                                                            38
     Director

PANEL 2:

Ed Marsh                                                               49
     President, Ferry Riders Union

SENATOR VANCE:  We will begin. Commissioner Rivera.

MR. RIVERA:  Thank you, Senator.

SENATOR VANCE:  Ms. Okafor.

MS. OKAFOR:  Thank you.

SENATOR VANCE:  Mr. Marsh.

MR. MARSH:  Thank you.
"""


def test_an_index_of_witnesses_by_panel_lists_participants() -> None:
    tree = encode(PANEL_INDEX, "panels.txt")
    people = participants(tree)
    assert people["tomas-rivera"] == ["Tomas Rivera", "Mr. Rivera"]
    assert people["judy-okafor"] == ["Judy Okafor", "Ms. Okafor"]
    assert people["ed-marsh"] == ["Ed Marsh", "Mr. Marsh"]
    names = [n for forms in people.values() for n in forms]
    assert not any(w in n for n in names for w in ("Commissioner", "PORTCO", "Director", "Page"))
    # each panel heads its part of the list; none of it is narration
    assert xp(tree, "//t:front/t:div[@type='participants']/t:head/text()")[1:] == [
        "INDEX",
        "PANEL 1:",
        "PANEL 2:",
    ]
    assert not xp(tree, "//t:stage")
    assert len(said(tree)) == 6
    same_words(tree, PANEL_INDEX)


def test_an_index_s_column_heads_name_no_one() -> None:
    text = """UNITED STATES DISTRICT COURT

                              INDEX

WITNESS                  DIRECT     CROSS     REDIRECT
Ann Lowe                    5         12         20

THE COURT: Be seated. Call your witness.

MR. DAY: The government calls Ann Lowe.

THE COURT: Proceed.
"""
    tree = encode(text, "court.txt")
    names = [n for forms in participants(tree).values() for n in forms]
    assert "Ann Lowe" in names
    assert not any("WITNESS" in n or "DIRECT" in n for n in names)
    assert len(said(tree)) == 3
    same_words(tree, text)


# An older Commons report: capitals for the department and the chair, the
# question's number, members rising.
OLDER = """House of Commons

Monday 3 February 1997

The House met at half-past Two o'clock

PRAYERS

[MADAM SPEAKER in the Chair]

Oral Answers to Questions

SOCIAL SECURITY

Benefit Fraud

1. Mr. Harold Dunmore (Eastley): To ask the Secretary of State what he does about fraud.

The Secretary of State for Social Security (Mr. Gerald Pryor): We saved £1 billion.

Mr. Dunmore: Is my right hon. Friend aware that my constituents welcome that?

Mr. Pryor: I am grateful to my hon. Friend.

Several hon. Members rose—

Madam Speaker: Order. Mr. Coyle.

Mr. Brian Coyle (Ludlow Vale): Will the Secretary of State publish the figures?

Mr. Pryor: Yes.
"""


def test_an_older_commons_opening() -> None:
    tree = encode(OLDER, "older.txt")
    assert xp(tree, f"{CONVERSATION}/t:stage/text()") == [
        "The House met at half-past Two o'clock",
        "PRAYERS",
        "[MADAM SPEAKER in the Chair]",
    ]
    assert xp(tree, "//t:div[@type='section']/t:head/text()") == [
        "Oral Answers to Questions",
        "SOCIAL SECURITY",
        "Benefit Fraud",
    ]
    assert xp(tree, "//t:div[t:head='Benefit Fraud']/t:stage/text()") == [
        "Several hon. Members rose—"
    ]
    assert len(said(tree)) == 7
    same_words(tree, OLDER)
