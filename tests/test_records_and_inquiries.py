"""Parliamentary records, committee roundtables, public inquiries and oral
histories: small transcripts written for these tests, one shape each.

Every expectation was written from the transcript above it, by reading.
"""

from __future__ import annotations

import pytest
from test_exports_and_oral import encode, participants, said, same_words, xp

from encoder.pipeline import encode_text
from encoder.plaintext import tei_to_text

# A plenary record: members named with their party, interjections on lines of
# their own in the middle of a speech, the speech going on below them.
PLENARY = """Landtag — 31. Sitzung, Dienstag, den 6. März 1956

Präsidentin Frau Dr. Albers: Ich eröffne die Sitzung. Das Wort hat der Abgeordnete Krüger.
Krüger (FDP): Meine Damen und Herren! Der Haushalt ist zu knapp.
(Sehr richtig! bei der FDP.)
Wir brauchen mehr Mittel für die Schulen.
(Zuruf von der SPD: Woher?)
— Aus dem Straßenbau!
(Heiterkeit.)
Präsidentin Frau Dr. Albers: Das Wort hat der Abgeordnete Dr. Lenz.
Dr. Lenz (SPD): Wir stimmen nicht zu.
(Beifall bei der SPD.)
Krüger (FDP): Das war zu erwarten.
Vizepräsident Ostermann: Die Aussprache ist geschlossen.
"""


def test_a_speech_goes_on_after_an_interjection() -> None:
    tree = encode(PLENARY, "landtag.txt")
    turns = said(tree)
    assert [who for who, _ in turns] == [
        "#albers",
        "#kruger",
        "#albers",
        "#lenz",
        "#kruger",
        "#ostermann",
    ]
    # Krüger's speech: three paragraphs, two interjections between them, inside his turn
    first = xp(tree, "//t:sp")[1]
    assert [el.tag.split("}")[1] for el in first if el.tag.split("}")[1] != "speaker"] == [
        "p",
        "stage",
        "p",
        "stage",
        "p",
    ]
    assert xp(first, "t:stage/text()") == [
        "(Sehr richtig! bei der FDP.)",
        "(Zuruf von der SPD: Woher?)",
    ]
    assert turns[1][1].endswith("— Aus dem Straßenbau!")
    # laughter and applause after a speech, before the next label, stay between the turns
    between = xp(tree, "//t:div[@type='conversation']/t:stage/text()")
    assert between == ["(Heiterkeit.)", "(Beifall bei der SPD.)"]
    same_words(tree, PLENARY)


def test_members_said_once_are_speakers_and_offices_are_not_names() -> None:
    tree = encode(PLENARY, "landtag.txt")
    people = participants(tree)
    assert people["ostermann"][0] == "Ostermann"  # "Vizepräsident Ostermann:", once
    assert people["lenz"][0] == "Lenz"  # "Dr. Lenz (SPD):", once
    assert people["albers"][0] == "Albers"
    assert not any("präsident" in n.casefold() for n in people["albers"][:1])


def test_remarks_between_turns_stay_between_them() -> None:
    text = (
        "MR. HALE. The motion is before us.\n\n"
        "MRS. OKAFOR. I second it.\n\n"
        "[Laughter.]\n\n"
        "MR. HALE. Then we vote.\n\n"
        "MRS. OKAFOR. Agreed.\n"
    )
    tree = encode(text)
    assert len(said(tree)) == 4
    assert xp(tree, "//t:div[@type='conversation']/t:stage/text()") == ["[Laughter.]"]
    assert not xp(tree, "//t:sp/t:stage[@type='narration']")


# A committee roundtable taken down by a reporter: page numbers, margin line
# numbers, and the members listed under headings before the first speech.
ROUNDTABLE = """                                                            1

 1     JOINT LEGISLATIVE HEARING ON RURAL BROADBAND
 2     ------------------------------------------------
 3                  Capitol Annex, Room 4
 4                  September 9, 2021
 5
 6     PRESIDING:
 7        Assemblymember Joanna Reyes
 8        Chair, Committee on Technology
 9
10     MEMBERS PRESENT:
11        Assemblymember Peter Lind
12        Assemblymember Dora Vance
13
                                                            2

 1           ASSEMBLYMEMBER REYES:  We will begin.  Our
 2     first witness is from the county.
 3           ASSEMBLYMEMBER LIND:  Thank you, Chair.
 4           MR. BOATENG:  Good morning.  The county has
 5     forty miles of fibre.
 6           ASSEMBLYMEMBER VANCE:  How many homes?
 7           MR. BOATENG:  About nine hundred.
 8           ASSEMBLYMEMBER REYES:  We are adjourned.
"""


def test_headings_over_lists_are_not_speakers() -> None:
    tree = encode(ROUNDTABLE, "roundtable.txt")
    turns = said(tree)
    assert len(turns) == 6
    labels = xp(tree, "//t:speaker/text()")
    assert not any(label.startswith(("PRESIDING", "MEMBERS")) for label in labels)
    people = participants(tree)
    # the listed full names, one a line, the chair's office line not a person
    assert people["joanna-reyes"][0] == "Joanna Reyes"
    assert people["peter-lind"][0] == "Peter Lind"
    assert people["dora-vance"][0] == "Dora Vance"
    assert not any("Chair" in names[0] for names in people.values())
    assert [who for who, _ in turns][:3] == ["#joanna-reyes", "#peter-lind", "#boateng"]
    same_words(tree, ROUNDTABLE)


# A public inquiry's day: times and breaks in brackets, a witness who affirms,
# questions from counsel whom the heading names only by office.
INQUIRY = """ 1   (2.00 pm)
 2   THE CHAIR:  Good afternoon.  Mr Laing.
 3   MR LAING:  Thank you, Chair.  I call Dr Ruth Imrie.
 4   DR RUTH IMRIE (sworn)
 5   Questions from COUNSEL TO THE INQUIRY
 6   MR LAING:  Please give the Inquiry your name.
 7   A.  Ruth Elspeth Imrie.
 8   Q.  You led the regional team?
 9   A.  From 2019.
10   (3.05 pm)
11   (A short adjournment)
12   (3.20 pm)
13   Questions by MS FENWICK
14   MS FENWICK:  Dr Imrie, two questions.
15   Q.  Who chose the sites?
16   A.  The board did.
17   THE CHAIR:  Thank you, Dr Imrie.
18   (The witness withdrew)
"""


def test_inquiry_questions_and_answers_are_linked() -> None:
    tree = encode(INQUIRY, "inquiry.txt")
    turns = said(tree)
    assert len(turns) == 10
    whos = [who for who, _ in turns]
    # "Questions from COUNSEL…": Mr Laing, who speaks next by name, asks the Q.s
    assert whos[3:6] == ["#ruth-imrie", "#laing", "#ruth-imrie"]
    # "Questions by MS FENWICK": she asks the next ones
    assert whos[6:9] == ["#fenwick", "#fenwick", "#ruth-imrie"]
    remarks = xp(tree, "//t:stage[@type='narration']")
    texts = ["".join(r.itertext()) for r in remarks]
    for remark in ("(3.05 pm)", "(A short adjournment)", "(3.20 pm)"):
        assert remark in texts
    # the first, before any speech, is when the hearing sat: the front's dateline
    assert xp(tree, "//t:front/t:dateline/t:time/@when") == ["14:00:00"]
    assert "DR RUTH IMRIE (sworn)" in texts
    # "A" of "(A short adjournment)" is a word, not the person who answers
    assert not xp(tree, "//t:stage//t:persName[.='A']")
    same_words(tree, INQUIRY)


# An oral history whose interviewer is named on a "Conducted by" line with the
# day, and whose narrator is named on the line under the title; both labelled
# with initials, one of which has a vowel.
ORAL = """Regional Labour History Collection

Interview with Nadia Okonjo

Conducted by Ewa Lindgren, 3 November 1994

EL: Where did you grow up?

NO: In Leeds, near the canal.

EL: And your first job?

NO: At the mill, when I was fifteen.
"""


def test_conducted_by_and_interview_with_name_the_speakers() -> None:
    tree = encode(ORAL, "oral.txt")
    people = participants(tree)
    assert people["ewa-lindgren"] == ["Ewa Lindgren", "EL"]
    assert people["nadia-okonjo"] == ["Nadia Okonjo", "NO"]
    assert xp(tree, "//t:profileDesc/t:creation/t:date/@when") == ["1994-11-03"]
    # the line names no place
    assert not xp(tree, "//t:placeName[contains(., 'Conducted')]")
    same_words(tree, ORAL)


def test_a_label_alone_on_its_line_said_once_raises_no_warning() -> None:
    text = (
        "First Sailor:\nThe wind is up.\n\n"
        "Boatswain:\nAll hands!\n\n"
        "First Sailor:\nAye.\n\n"
        "Boatswain:\nLower the sail.\n\n"
        "GONZALO:\nNay, good, be patient.\n"
    )
    result = encode_text(text, "ship.txt")
    assert result.tree is not None
    assert [d.code for d in result.diagnostics if d.code == "W103"] == []
    assert len(xp(result.tree, "//t:sp")) == 5


# A podcast transcript kept in Markdown: emphasised labels, brackets escaped with
# a backslash, a time after some labels and before some paragraphs, a link.
PODCAST = r"""**Rosa Almeida:** \[00:00:05.10\] Welcome to the episode. Kofi joins us today.

**Kofi Mensah:** Thanks, Rosa. Glad to be back \[laughs\]

\[00:01:12.04\] I wrote about it on [my blog](https://example.org/post) last week.

**Break:** \[00:20:31.00\]

**Rosa Almeida:** \[00:21:02.15\] And we're back.
"""


def test_markdown_escapes_and_links() -> None:
    tree = encode(PODCAST, "episode.md")
    turns = said(tree)
    assert [who for who, _ in turns] == ["#rosa-almeida", "#kofi-mensah", "#rosa-almeida"]
    # the escaped brackets hold a remark, kept as one with its escapes
    remarks = xp(tree, "//t:note[@type='editorial']")
    assert ["".join(r.itertext()) for r in remarks] == ["laughs", "00:01:12.04"]
    assert {r.get("rend") for r in remarks} == {"escaped-brackets"}
    # the time after a label is the turn's
    assert len(xp(tree, "//t:sp[@synch]")) == 2
    # the link stays as written, not read as supplied words
    assert not xp(tree, "//t:supplied")
    assert "[my blog](https://example.org/post)" in turns[1][1]
    # the break in the recording is no one's turn
    assert xp(tree, "//t:incident/t:desc/text()") == [r"**Break:** \[00:20:31.00\]"]
    assert tei_to_text(tree).split() == PODCAST.split()


# A day of a parliament's record: the chair taken in brackets before the
# questions, a numbered question, a junior minister under a six-word office.
COMMONS = """House of Commons

Tuesday 9 May 2006

[Madam Deputy Speaker in the Chair]

Oral Answers to Questions

4. Mr. Owen Pryce (Carnbridge) (Lab): What plans he has for the harbour.

The Parliamentary Under-Secretary of State for Wales (Mrs. Nia Hughes): We will consult in June.

Mr. Pryce: I thank the Minister.
"""


def test_an_office_of_six_words_names_its_holder() -> None:
    tree = encode(COMMONS, "commons.txt")
    turns = said(tree)
    assert [who for who, _ in turns] == ["#owen-pryce", "#nia-hughes", "#owen-pryce"]
    assert xp(tree, "//t:sp[1]/@n") == ["4."]
    stages = ["".join(s.itertext()) for s in xp(tree, "//t:stage[@type='narration']")]
    assert stages == ["[Madam Deputy Speaker in the Chair]"]
    assert not xp(tree, "//t:supplied")
    same_words(tree, COMMONS)


# A plenary record copied from a scan: hard-wrapped lines, words broken at the
# line's end, a member who speaks as rapporteur, interjections on lines of
# their own with the speech going on under them.
SCANNED = """Sitzung vom 12. Juni 1952

Präsident Dr. Kranz: Ich eröffne die Sitzung. Das Wort
hat der Herr Abgeordnete Dr. Voigt als Berichterstatter.

Dr. Voigt (CDU), Berichterstatter: Meine Damen und Her-
ren! Der Ausschuß empfiehlt die Annahme des Entwurfs
in der vorliegenden Fassung.
(Beifall in der Mitte.)
Ich bitte um Zustimmung.

Frau Dr. Seidel, Bundesministerin für Familienfragen: Die
Bundesregierung begrüßt den Bericht.

Präsident Dr. Kranz: Die Aussprache ist geschlossen.
"""


def test_a_member_speaking_in_an_office() -> None:
    tree = encode(SCANNED, "sitzung.txt")
    turns = said(tree)
    assert [who for who, _ in turns] == ["#kranz", "#voigt", "#seidel", "#kranz"]
    voigt = xp(tree, "//t:sp")[1]
    assert xp(voigt, "t:speaker/text()") == ["Dr. Voigt (CDU), Berichterstatter:"]
    assert xp(voigt, "t:stage/text()") == ["(Beifall in der Mitte.)"]
    assert turns[1][1].endswith("Ich bitte um Zustimmung.")
    same_words(tree, SCANNED)


# A mission log typed in columns: a count before liftoff, a call sign of two
# words, a tape-and-page head over each page.
MISSION = """                                                    Tape 3/1
                                                    Page 1

-00 00 00 09 RANGE CONTROL   Nine, eight, seven.

00 00 00 03 CMD              We have liftoff.

00 00 00 11 CAPCOM           Roger, liftoff.

END OF TAPE
                                                    Tape 3/2
                                                    Page 2

00 00 00 40 CMD              Pitch program looks good.
"""


def test_a_count_before_liftoff_and_a_two_word_call_sign() -> None:
    tree = encode(MISSION, "log.txt")
    turns = said(tree)
    assert [who for who, _ in turns] == ["#range-control", "#cmd", "#capcom", "#cmd"]
    first = xp(tree, "//t:sp[1]")[0]
    when = xp(tree, f"//t:when[@xml:id='{first.get('synch')[1:]}']")[0]
    assert when.get("interval") == "-9"
    assert xp(tree, "//t:fw[@type='header']/text()") == ["Tape 3/1", "Tape 3/2"]
    assert xp(tree, "//t:pb/@n") == ["1", "2"]
    same_words(tree, MISSION)


SCENE = """ROSALIND:
Who goes there?

Both:
Friends, good lady.

ROSALIND:
Come nearer, then.

Servants:
Make way, make way!

ORLANDO:
What noise is this?

ROSALIND:
Only the house at supper.

ORLANDO:
Then I will stay.
"""


def test_both_and_servants_are_groups() -> None:
    tree = encode(SCENE, "scene.txt")
    assert len(said(tree)) == 7
    groups = xp(tree, "//t:personGrp/t:persName/text()")
    assert sorted(groups) == ["Both", "Servants"]


# A memorandum of conversation copied from a documentary edition's web page:
# the note numbers were superscripts and are now digits against the words;
# the notes follow the text, each number followed by a space.
MEMCON = """87. Memorandum of Conversation1

Paris, June 14, 1962, 11:30 a.m.–12:45 p.m.

PARTICIPANTS

The Secretary
Minister Claude Arnoux of France
Paul Whitcombe, Director, Office of Western European Affairs

SUBJECT

Air Routes

The Secretary recalled the last round of talks.2 Minister Arnoux wanted an answer by July.

[Omitted here is a discussion of the weather.]

The Secretary said he would reply within a week.

1 Source: Department of State, Central Files, 611.51/6-1462. Confidential. Drafted by Whitcombe.

2 The talks of April 1962 are summarized in Document 80.
"""


def test_superscript_notes_copied_as_digits() -> None:
    tree = encode(MEMCON, "memcon.txt")
    notes = xp(tree, "//t:text//t:note[@place='foot']")
    assert [n.get("n") for n in notes] == ["1", "2"]
    assert {n.get("rend") for n in notes} == {"digits"}
    assert "".join(notes[0].itertext()).startswith("Source: Department of State")
    # note 1 at the title, note 2 after "talks."
    assert xp(tree, "//t:titlePart/t:note/@n") == ["1"]
    para = notes[1].getparent()
    assert "".join(para.itertext()).startswith("The Secretary recalled")
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["87. Memorandum of Conversation"]
    same_words(tree, MEMCON)


def test_memcon_front_matter() -> None:
    tree = encode(MEMCON, "memcon.txt")
    people = participants(tree)
    assert people["claude-arnoux"] == ["Claude Arnoux"]
    assert people["paul-whitcombe"] == ["Paul Whitcombe"]
    assert "subject" not in people and "air-routes" not in people
    assert xp(tree, "//t:keywords/t:term/text()") == ["Air Routes"]
    assert xp(tree, "//t:creation/t:date/@when") == ["1962-06-14"]
    assert xp(tree, "//t:note[@type='editorial']/text()") == [
        "Omitted here is a discussion of the weather."
    ]


def test_trailing_numbered_lines_without_anchors_stay_text() -> None:
    text = (
        "MR. HALE. We need three things.\n\nMRS. OKAFOR. Name them.\n\n"
        "MR. HALE. Here they are.\n\n1 Roads\n\n2 Schools\n"
    )
    tree = encode(text)
    assert not xp(tree, "//t:note[@place='foot']")
    same_words(tree, text)


def test_an_index_line_is_not_a_heading_and_dates_may_be_in_capitals() -> None:
    text = (
        INQUIRY
        + "\n                      INDEX\n"
        + ("Questions from COUNSEL TO THE INQUIRY ....... 1\n")
    )
    tree = encode(text, "inquiry.txt")
    assert len(xp(tree, "//t:div[@type='examination']")) == 2  # the index line opens none
    briefing = "JULY 12, 2023\n\nMS. ROE:  Hello.\n\nQ    Hi.\n\nMS. ROE:  Bye.\n"
    dated = encode(briefing, "gaggle.txt")
    assert xp(dated, "//t:creation/t:date/@when") == ["2023-07-12"]


def test_a_list_of_speakers_with_page_columns() -> None:
    text = """ 1     SPEAKERS:                            PAGE  QUESTIONS
 2
 3     Dana Whitfield                          5        12
 4     Director, County Office for the Aging
 5
 6     Luis Ortega                             9        12
 7     Home Care Workers United
 8
 9             SENATOR CALDER:  We will hear first from Ms. Whitfield.
10             MS. WHITFIELD:  Thank you, Senator.
11             MR. ORTEGA:  May I add something?
12             SENATOR CALDER:  Please.
"""
    tree = encode(text, "roundtable.txt")
    assert len(said(tree)) == 4
    names = [n[0] for n in participants(tree).values()]
    assert "Dana Whitfield" in names and "Luis Ortega" in names
    assert not any("PAGE" in n or "Home Care" in n or "Director" in n for n in names)
    same_words(tree, text)


def test_a_name_written_surname_first_is_turned_round() -> None:
    text = (
        "Library board\n\nMensah, Abena   0:02\nShall we begin?\n\n"
        "de la Cruz, Ana   0:07\nYes.\n\nMensah, Abena   0:12\nGood.\n"
    )
    tree = encode(text, "teams.txt")
    people = participants(tree)
    assert people["abena-mensah"] == ["Abena Mensah", "Mensah, Abena"]
    assert people["ana-de-la-cruz"] == ["Ana de la Cruz", "de la Cruz, Ana"]
    same_words(tree, text)


# A museum's oral history: the interviewer's name under "Interviewed by:", the
# day after "Recorded", a page foot with the page number on every page.
MUSEUM = """Oral History of Ines Vakil

Interviewed by:
Tomas Brandt

Recorded October 2, 2016
Boston, Massachusetts

Brandt: Where did you study?

Vakil: In Tehran, then in Boston.

Catalog no. 2016.77 © 2016 Harbor Science Museum Page 1 of 2

Brandt: And your first machine?

Vakil: A PDP-8, in 1969.

Catalog no. 2016.77 © 2016 Harbor Science Museum Page 2 of 2
"""


def test_a_museum_oral_history() -> None:
    tree = encode(MUSEUM, "museum.txt")
    turns = said(tree)
    assert len(turns) == 4  # the page feet end no one's speech
    people = {names[0] for names in participants(tree).values()}
    assert people == {"Ines Vakil", "Tomas Brandt"}
    assert xp(tree, "//t:creation/t:date/@when") == ["2016-10-02"]
    assert xp(tree, "//t:fw[@type='footer']/text()")[0].endswith("Page 1 of 2")
    assert xp(tree, "//t:pb/@n") == ["2"]
    assert not xp(tree, "//t:ab[@type='rights']")
    same_words(tree, MUSEUM)


@pytest.mark.parametrize(
    "labels",
    [
        ("Speaker A", "Speaker B", "Speaker C"),  # AssemblyAI
        ("Guest-1", "Guest-2", "Guest-3"),  # Azure's diarisation
        ("Participant 1", "Participant 2", "Respondent 14"),  # an anonymised study
    ],
)
def test_speakers_lettered_by_a_recogniser_are_anonymous(labels: tuple[str, str, str]) -> None:
    first, second, third = labels
    text = f"{first}: Hello there.\n{second}: Hi.\n{first}: How are you?\n{third}: Fine.\n"
    tree = encode(text, "asr.txt")
    ids = ["#" + "-".join(label.casefold().replace("-", " ").split()) for label in labels]
    assert [who for who, _ in said(tree)] == [ids[0], ids[1], ids[0], ids[2]]
    roles = {p.get("role") for p in xp(tree, "//t:listPerson[@type='participants']/t:person")}
    assert roles == {"unidentified"}
    assert len(xp(tree, "//t:listPerson[@type='participants']/t:person")) == 3


def test_an_otter_export_header() -> None:
    text = """Reading group
Wed, Apr 3, 2024 6:30PM • 52:10

SUMMARY KEYWORDS
novel, ending, chapter

SPEAKERS
Hana Sato, Olu Bello

Hana Sato  0:04
Did everyone finish?

Olu Bello  0:09
Nearly.

Hana Sato  0:15
Then no spoilers.
"""
    tree = encode(text, "otter.txt")
    assert len(said(tree)) == 3
    assert xp(tree, "//t:creation/t:date/@when") == ["2024-04-03"]
    # each keyword a term of its own
    assert xp(tree, "//t:keywords/t:term/text()") == ["novel", "ending", "chapter"]
    assert {n[0] for n in participants(tree).values()} == {"Hana Sato", "Olu Bello"}
    same_words(tree, text)


def test_questions_after_a_tab_follow_the_examiner() -> None:
    text = (
        "                                                    14\n"
        " 1   BY MR. HARMON:\n 2   Q\tWhere were you on the night of the 4th?\n 3   A\tAt home.\n"
        " 4   Q\tAlone?\n 5   A\tWith my sister.\n 6             MS. VEGA:  Objection.\n"
        " 7             THE COURT:  Overruled.\n 8   A\tWith my sister, as I said.\n"
    )
    tree = encode(text, "deposition.txt")
    whos = [who for who, _ in said(tree)]
    assert whos == ["#harmon", "#a", "#harmon", "#a", "#vega", "#court", "#a"]
    assert xp(tree, "//t:div[@type='examination']/t:head//text()")[-1].endswith("BY MR. HARMON:")


def test_offices_of_several_words_are_not_part_of_the_name() -> None:
    text = """Memorandum of Conversation

PARTICIPANTS

Prime Minister Ingrid Halvorsen
Secretary of State Paul Vale
Vice President Ann Roe

The Prime Minister opened the meeting. Secretary Vale agreed.
"""
    tree = encode(text, "memcon.txt")
    names = sorted(n[0] for n in participants(tree).values())
    assert names == ["Ann Roe", "Ingrid Halvorsen", "Paul Vale"]


def test_a_title_names_the_narrator_and_the_interviewer() -> None:
    for title, narrator, interviewer in (
        ("Ada Quist interviewed by Tomas R. Lind", "Ada Quist", "Tomas R. Lind"),
        (
            "Transcript of an interview with Ada Quist, conducted by Tomas Lind",
            "Ada Quist",
            "Tomas Lind",
        ),
    ):
        speech = "Lind: Where were you?\n\nQuist: At the lab.\n\nLind: And then?\n\nQuist: Home.\n"
        text = f"{title}\n\n{speech}"
        people = participants(encode(text, "oral.txt"))
        assert sorted(names[0] for names in people.values()) == sorted([narrator, interviewer])


def test_a_call_sign_with_the_craft_it_speaks_from() -> None:
    text = (
        "02 03 04 05 CDR (FALCON)      Contact. Engine off.\n\n"
        "02 03 04 12 CC                We copy you down, Falcon.\n\n"
        "02 03 04 30 CMP (ENDEAVOUR)   I heard it up here.\n\n"
        "02 03 04 41 CC                Roger, Endeavour.\n"
    )
    tree = encode(text, "log.txt")
    assert [who for who, _ in said(tree)] == ["#cdr", "#cc", "#cmp", "#cc"]
    assert xp(tree, "//t:speaker/text()")[0] == " CDR (FALCON)"
    assert said(tree)[0][1] == "Contact. Engine off."


def test_a_witness_addressed_by_rank() -> None:
    text = (
        "    Chairman Okafor. The hearing will come to order.\n"
        "    Mr. Brandt. Colonel Vance, you served on the staff in 1984?\n"
        "    Colonel Vance. Yes, sir.\n"
        "    Mr. Brandt. Until when?\n"
        "    Colonel Vance. Until the spring of 1986.\n"
        "    Chairman Okafor. Thank you, Colonel.\n"
    )
    tree = encode(text, "hearing.txt")
    assert [who for who, _ in said(tree)] == [
        "#okafor",
        "#brandt",
        "#vance",
        "#brandt",
        "#vance",
        "#okafor",
    ]


def test_a_briefing_s_end_time_is_not_a_heading() -> None:
    text = (
        "JULY 12, 2023\n\n1:12 P.M. MDT\n\nMS. ROE:  Hello, everyone.\n\nQ    Thanks.\n\n"
        "MS. ROE:  Bye.\n\n1:31 P.M. MDT\n"
    )
    tree = encode(text, "gaggle.txt")
    assert not xp(tree, "//t:head")
    assert not xp(tree, "//t:stage")
    assert len(said(tree)) == 3
    # the first line's time opens the text, the last one closes it; MDT is UTC-6
    assert xp(tree, "//t:front/t:dateline/t:time/@when") == ["13:12:00-06:00"]
    closing = "//t:div[@type='conversation']/t:closer/t:dateline/t:time"
    assert xp(tree, f"{closing}/@when") == ["13:31:00-06:00"]
    assert xp(tree, f"{closing}/text()") == ["1:31 P.M. MDT"]
    setting = "//t:settingDesc/t:setting/t:time"
    assert xp(tree, f"{setting}/@from") + xp(tree, f"{setting}/@to") == [
        "13:12:00-06:00",
        "13:31:00-06:00",
    ]
    assert xp(tree, "//t:creation/t:date/@when") == ["2023-07-12"]


def test_a_report_s_column_heading_is_a_break_inside_the_speech() -> None:
    text = (
        "Mr. Hale (Eastmoor) (Lab): I have two points.\n\n"
        "Mrs. Okafor (Westbury) (Con): Make them briefly.\n\n"
        "Mr. Hale: The first is the bridge.\n\n"
        "9 May 2006 : Column 412\n\n"
        "The second is the road.\n\n"
        "Mrs. Okafor: Thank you.\n"
    )
    tree = encode(text, "hansard.txt")
    turns = said(tree)
    assert len(turns) == 4
    # the column begins inside Mr. Hale's speech, which goes on across it
    third = xp(tree, "//t:sp")[2]
    assert xp(third, "t:p/t:pb/@n") == ["412"]
    assert xp(third, "t:p/t:fw[@type='header']/text()") == ["9 May 2006 : Column 412"]
    assert turns[3][0] == turns[1][0]


def test_labels_set_off_by_a_tab_or_a_dash() -> None:
    for sep in ("\t", " - ", " — "):
        text = "".join(
            f"{name}{sep}{words}\n\n"
            for name, words in (
                ("Ana Ruiz", "Good morning, everyone."),
                ("Tom Berg", "Good morning."),
                ("Ana Ruiz", "Shall we start?"),
                ("Tom Berg", "Yes - let's."),
            )
        )
        tree = encode(text, "table.txt")
        assert [who for who, _ in said(tree)] == [
            "#ana-ruiz",
            "#tom-berg",
            "#ana-ruiz",
            "#tom-berg",
        ]
        assert said(tree)[3][1] == "Yes - let's."
        same_words(tree, text)


def test_a_dash_in_speech_is_not_a_label() -> None:
    text = (
        "MR. HALE. Well - I suppose so.\n\nMRS. OKAFOR. Yes - quite.\n\n"
        "MR. HALE. Then - we agree.\n"
    )
    tree = encode(text)
    assert [who for who, _ in said(tree)] == ["#hale", "#okafor", "#hale"]


def test_a_table_of_times_names_and_words() -> None:
    text = (
        "00:00:01\tAna Ruiz\tGood morning.\n00:00:04\tTom Berg\tHi.\n"
        "00:00:07\tAna Ruiz\tShall we?\n"
    )
    tree = encode(text, "table.txt")
    assert said(tree) == [
        ("#ana-ruiz", "Good morning."),
        ("#tom-berg", "Hi."),
        ("#ana-ruiz", "Shall we?"),
    ]
    assert len(xp(tree, "//t:sp[@synch]")) == 3
    same_words(tree, text)


# A public inquiry's day as its court reporter notes it: the time the hearing
# sits, in parentheses, first and after each break (invented names).
SITTING_TIMES = """(10.00 am)

THE CHAIR:  Good morning.  Yes, Mr Orme.

MR ORME:  May I call Dr Priya Natarajan, please.

(11.15 am)

(A short break)

(11.30 am)

MR ORME:  Doctor, when were you first told?

THE CHAIR:  We will rise until 2.00 pm.  (10.00 am tomorrow, if need be.)
"""


def test_an_inquiry_s_bracketed_times_are_times_and_the_first_its_start() -> None:
    tree = encode(SITTING_TIMES, "sitting.txt")
    assert xp(tree, "//t:settingDesc/t:setting/t:time/@from") == ["10:00:00"]
    assert xp(tree, "//t:front/t:dateline/t:time/@when") == ["10:00:00"]
    between = xp(tree, "//t:div[@type='conversation']/t:stage/t:time/@when")
    assert between == ["11:15:00", "11:30:00"]
    assert xp(tree, "//t:stage[not(t:time)]/text()") == ["(A short break)"]
    assert len(xp(tree, "//t:sp")) == 4  # a time inside a speech stays its words
    assert tei_to_text(tree).split() == SITTING_TIMES.split()
