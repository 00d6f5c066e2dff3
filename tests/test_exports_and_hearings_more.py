"""Shapes a tester's probe found misread (session 7): meeting software's saved
captions, a speech recogniser's segments with their spans, hearing labels
with a particle, a heading a hearing prints over two centred lines. Small
transcripts written for these tests; every expectation was written from
the transcript above it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, participants, said, xp

from encoder.plaintext import tei_to_text

# Zoom's "save captions": the name in brackets, the time, the words.
ZOOM_SAVED = """[Lena Okoro] 09:58:02 Can everyone hear me?
[Jonas de Vries] 09:58:06 Yes, fine.
[Lena Okoro] 09:58:09 Good. Let's start with the loans.
[Mei-Ling Sato] 09:58:20 The two boxes came back on Monday.
[Jonas de Vries] 09:58:31 Both undamaged?
[Mei-Ling Sato] 09:58:35 Both fine.
"""


def test_zoom_saved_captions_give_a_turn_a_line() -> None:
    tree = encode(ZOOM_SAVED, "zoom.txt")
    assert [who for who, _ in said(tree)] == [
        "#lena-okoro",
        "#jonas-de-vries",
        "#lena-okoro",
        "#mei-ling-sato",
        "#jonas-de-vries",
        "#mei-ling-sato",
    ]
    assert said(tree)[2][1] == "Good. Let's start with the loans."
    # the name and the time are the label; the time is a point of the timeline
    first = xp(tree, "//t:sp")[0]
    assert "".join(xp(first, "t:speaker//text()")) == "[Lena Okoro] 09:58:02"
    assert xp(first, "t:speaker/t:time/text()") == ["09:58:02"]
    assert first.get("synch") is not None
    assert not xp(tree, "//t:supplied")  # the names are not words an editor added
    assert participants(tree)["jonas-de-vries"] == ["Jonas de Vries"]


def test_zoom_saved_captions_come_back_as_written() -> None:
    tree = encode(ZOOM_SAVED, "zoom.txt")
    back = [line for line in tei_to_text(tree).splitlines() if line.strip()]
    assert back == ZOOM_SAVED.strip().splitlines()


def test_a_bracketed_remark_before_a_time_is_not_a_speaker() -> None:
    text = ZOOM_SAVED + "[Laughter] 09:58:40 and then we moved on.\n"
    tree = encode(text, "zoom.txt")
    assert len(said(tree)) == 6
    assert "laughter" not in participants(tree)


# WhisperX: the segment's span in seconds before the colon.
WHISPERX = """SPEAKER_00 [0.00-2.40]: Thanks for coming in today.
SPEAKER_01 [2.90-6.15]: Happy to. Where should I start?
SPEAKER_00 [6.40-9.02]: Wherever you like.
SPEAKER_01 [9.50-14.75]: Then the winter of the flood.
"""


def test_diarised_segments_with_their_spans() -> None:
    tree = encode(WHISPERX, "whisperx.txt")
    assert [who for who, _ in said(tree)] == [
        "#speaker-00",
        "#speaker-01",
        "#speaker-00",
        "#speaker-01",
    ]
    # each label an unidentified voice; the span's start is the turn's time
    assert xp(tree, "//t:listPerson/t:person/@role") == ["unidentified", "unidentified"]
    assert xp(tree, "(//t:sp)[2]/t:speaker/t:time/text()") == ["2.90"]
    turn = xp(tree, "(//t:sp)[2]")[0]
    point = turn.get("synch")[1:]
    assert xp(tree, f"//t:when[@xml:id='{point}']/@interval") == ["2.9"]
    back = [line for line in tei_to_text(tree).splitlines() if line.strip()]
    assert back == WHISPERX.strip().splitlines()


# A hearing: members addressed with a particle before the name in capitals, the
# witness's heading centred over two lines.
HEARING = """    Mrs. ELLIS. The subcommittee will come to order. I recognize the
ranking member.
    Mr. de la ROSA. Thank you, Madam Chair. I ask that the letter be
entered into the record.
    Mrs. ELLIS. Without objection. We now turn to our witness.
           STATEMENT OF TOMAS BERG, DIRECTOR, OFFICE OF
                     RURAL WATER SYSTEMS
    Mr. BERG. Thank you, Madam Chair, and thank you, Ranking Member
de la Rosa, for the invitation.
    Ms. van DYKE. Mr. Berg, how many systems are late?
    Mr. BERG. Eleven of them.
"""


def test_a_label_with_a_particle_after_the_title() -> None:
    tree = encode(HEARING, "hearing.txt")
    assert [who for who, _ in said(tree)] == [
        "#ellis",
        "#de-la-rosa",
        "#ellis",
        "#tomas-berg",  # the witness the heading names
        "#van-dyke",
        "#tomas-berg",
    ]
    assert xp(tree, "(//t:sp)[2]/t:speaker/text()") == ["Mr. de la ROSA."]


def test_a_heading_centred_over_two_lines_is_one_heading() -> None:
    tree = encode(HEARING, "hearing.txt")
    assert xp(tree, "//t:head/text()") == [
        "STATEMENT OF TOMAS BERG, DIRECTOR, OFFICE OF RURAL WATER SYSTEMS"
    ]
    # it is no part of the chair's speech
    assert said(tree)[2][1] == "Without objection. We now turn to our witness."


def test_a_name_with_two_particles_is_found_whole_in_the_text() -> None:
    tree = encode(HEARING, "hearing.txt")
    assert xp(tree, "(//t:sp)[4]//t:persName[@ref='#de-la-rosa']/text()") == ["de la Rosa"]


# A city council's minutes: the list under "Present:" with a plural office,
# "Absent:", "Staff:", "Note:", numbered agenda headings, the approval at the end.
COUNCIL = """CITY OF BIRCH HOLLOW
CITY COUNCIL MINUTES
Monday, March 3, 2025

Present: Mayor Ruth Calder; Councilmembers Omar Haddad, Lucy St. Clair, Ines Moreau
Absent: Councilmember Tom Ekberg
Staff: City Clerk Nadia Petrov
Note: the meeting was streamed.

1. CALL TO ORDER
MAYOR CALDER: The meeting will come to order.
CITY CLERK PETROV: Councilmember Haddad.
COUNCILMEMBER HADDAD: Here.
CITY CLERK PETROV: Councilmember St. Clair.
COUNCILMEMBER ST. CLAIR: Here.

Agenda item 2: library hours
COUNCILMEMBER MOREAU: I move we extend them.
COUNCILMEMBER ST. CLAIR: Second.
MAYOR CALDER: Carried.

Minutes approved: March 17, 2025
"""


def test_council_minutes_speakers_are_the_listed_people() -> None:
    tree = encode(COUNCIL, "council.txt")
    assert [who for who, _ in said(tree)] == [
        "#ruth-calder",
        "#nadia-petrov",
        "#omar-haddad",
        "#nadia-petrov",
        "#lucy-st-clair",
        "#ines-moreau",
        "#lucy-st-clair",
        "#ruth-calder",
    ]
    assert xp(tree, "(//t:sp)[5]/t:speaker/text()") == ["COUNCILMEMBER ST. CLAIR:"]
    assert said(tree)[4][1] == "Here."
    listed = participants(tree)
    assert listed["omar-haddad"][0] == "Omar Haddad"  # not "Councilmembers Omar Haddad"
    assert "tom-ekberg" not in listed  # absent: no participant


def test_council_minutes_front_lines_and_headings() -> None:
    tree = encode(COUNCIL, "council.txt")
    assert xp(tree, "//t:front//t:p/text()")[-2:] == [
        "Absent: Councilmember Tom Ekberg",
        "Note: the meeting was streamed.",
    ]
    assert xp(tree, "//t:body//t:head/text()") == [
        "1. CALL TO ORDER",
        "Agenda item 2: library hours",
    ]
    assert not xp(tree, "//t:stage")
    # the approval closes the minutes, outside the mayor's last words
    assert said(tree)[-1][1] == "Carried."
    assert xp(tree, "//t:div[@type='commentary']/t:p/text()") == [
        "Minutes approved: March 17, 2025"
    ]


# An oral history: initials of names with particles and a double surname, tape
# lines between the answers.
ORAL = """Interviewer: Marta de la Fuente
Narrator: Jonas Lindqvist-Berg

MDLF: Where did you grow up?

JLB: On the coast, near the harbour.

END OF TAPE 1, SIDE A

[TAPE 1, SIDE B]

JLB: My father fished for herring.

MDLF: Thank you.
"""


def test_initials_of_names_with_particles_and_double_surnames() -> None:
    tree = encode(ORAL, "oral.txt")
    assert [who for who, _ in said(tree)] == [
        "#marta-de-la-fuente",
        "#jonas-lindqvist-berg",
        "#jonas-lindqvist-berg",
        "#marta-de-la-fuente",
    ]
    listed = participants(tree)
    assert listed["marta-de-la-fuente"][0] == "Marta de la Fuente"
    assert "mdlf" not in listed and "jlb" not in listed


def test_tape_lines_stand_between_the_turns() -> None:
    tree = encode(ORAL, "oral.txt")
    conversation = xp(tree, "//t:div[@type='conversation']")[0]
    kinds = [el.tag.split("}")[1] for el in conversation]
    assert kinds == ["sp", "sp", "incident", "incident", "sp", "sp"]
    assert not xp(tree, "//t:sp/t:incident")
    back = [line for line in tei_to_text(tree).splitlines() if line.strip()]
    assert back == [line for line in ORAL.splitlines() if line.strip()]


# A deposition copied from its middle: answers before any heading, an objection,
# "THE WITNESS:" in the colloquy, "BY MR. PRYOR:" after it.
DEPOSITION = """ 1   Q.   Where were you standing?
 2   A.   By the door.
 3             MS. ODUYA:  Objection, form.
 4             THE WITNESS:  By the door, I said.
 5   BY MR. PRYOR:
 6   Q.   Which door?
 7   A.   The north one.
"""


def test_a_deposition_s_answers_and_the_witness_label_are_one_person() -> None:
    tree = encode(DEPOSITION, "deposition.txt")
    assert [who for who, _ in said(tree)] == [
        "#pryor",  # the one examiner of the record asks before his heading too
        "#witness",
        "#oduya",
        "#witness",
        "#pryor",
        "#witness",
    ]
    assert "a" not in participants(tree) and "q" not in participants(tree)


PODCAST = """# Episode 12: The Ferry Records

**Søren Dahl:** Welcome back. Today we talk about the ferry records.

**Åsa Lund:** Thanks for having me.

---

**Søren Dahl:** Where were they found?

**Åsa Lund:** In a shed by the pier.

---

*Harbour Voices is produced by Søren Dahl. Music by Nils Berg.*
"""


def test_a_rule_after_the_last_speech_opens_the_credits() -> None:
    tree = encode(PODCAST, "podcast.txt")
    assert [who for who, _ in said(tree)] == [
        "#soren-dahl",  # ø is o in an id, as é is e
        "#asa-lund",
        "#soren-dahl",
        "#asa-lund",
    ]
    assert said(tree)[-1][1] == "In a shed by the pier."
    credits = xp(tree, "//t:div[@type='commentary']/t:p")
    assert ["".join(p.itertext()) for p in credits] == [
        "---",
        "*Harbour Voices is produced by Søren Dahl. Music by Nils Berg.*",
    ]


def test_a_markdown_heading_s_marks_are_not_the_title() -> None:
    tree = encode(PODCAST, "podcast.txt")
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["Episode 12: The Ferry Records"]
    # the source's line keeps them
    assert xp(tree, "//t:front//t:titlePart/text()") == ["# Episode 12: The Ferry Records"]


OTTER = """Allotment society - March meeting
Sat, Mar 8, 2025 10:00AM • 12:31

SPEAKERS
Pat Quinn, Rosa Mendes, Unknown Speaker

Pat Quinn  0:02
Shall we begin?

Unknown Speaker  0:05
Can you hear me at the back?

Rosa Mendes  0:09
Yes, go on.
"""


def test_otter_s_list_of_speakers_is_the_participants() -> None:
    tree = encode(OTTER, "otter.txt")
    assert xp(tree, "//t:front/t:div[@type='participants']/t:head/text()") == ["SPEAKERS"]
    # the unknown speaker the list names is the voice its label gives, unnamed
    assert [who for who, _ in said(tree)] == ["#pat-quinn", "#unknown-speaker", "#rosa-mendes"]
    assert xp(tree, "//t:person[@xml:id='unknown-speaker']/@role") == ["unidentified"]
    assert len(xp(tree, "//t:listPerson/t:person")) == 3
    back = [line for line in tei_to_text(tree).splitlines() if line.strip()]
    assert back[2:4] == ["SPEAKERS", "Pat Quinn, Rosa Mendes, Unknown Speaker"]


MEET = (
    "Loans committee (2025-04-02 09:30 CET) - Transcript\n"
    "Attendees\n"
    "Ada Brennan, Kofi Mensah\n"
    "Transcript\n"
    "This editable transcript was computer generated and might contain errors. "
    "People can also change the text after it was created.\n"
    "Ada Brennan: Morning. One loan today.\n"
    "Kofi Mensah: The map series?\n"
    "00:05:00\n"
    "Ada Brennan: Yes. Any concerns?\n"
    "Kofi Mensah: None.\n"
)


def test_google_meet_s_header_lines() -> None:
    tree = encode(MEET, "meet.txt")
    # the title's date dates the meeting
    assert xp(tree, "//t:creation/t:date/@when") == ["2025-04-02"]
    assert xp(tree, "//t:titlePart/t:date/text()") == ["2025-04-02"]
    # "Transcript" names what follows; Google's notice is about the text
    assert "Transcript" in xp(tree, "//t:keywords/t:term/text()")
    notice = xp(tree, "//t:div[@type='commentary']/t:p/text()")
    assert notice and notice[0].startswith("This editable transcript")
    assert not xp(tree, "//t:stage")
    assert [who for who, _ in said(tree)] == [
        "#ada-brennan",
        "#kofi-mensah",
        "#ada-brennan",
        "#kofi-mensah",
    ]


SUBTITLES = """1
00:00:01,000 --> 00:00:03,000
NORA: Is that the radio?

2
00:00:03,500 --> 00:00:06,000
(NEWSREADER ON RADIO)
Storms are expected tonight.

3
00:00:06,500 --> 00:00:09,000
- NORA: Turn it off.
- ELIAS: In a minute, Nora.

4
00:00:09,500 --> 00:00:11,000
ELIAS: There. Quiet.
"""


def test_no_cue_of_a_subtitle_file_is_lost() -> None:
    tree = encode(SUBTITLES, "film.srt")
    text = tei_to_text(tree)
    assert "Storms are expected tonight." in text
    assert "(NEWSREADER ON RADIO)" in text
    assert xp(tree, "//t:incident/t:desc/text()") == ["(NEWSREADER ON RADIO)"]


def test_a_dialogue_in_one_cue_is_two_turns() -> None:
    tree = encode(SUBTITLES, "film.srt")
    turns = said(tree)
    assert [who for who, _ in turns] == ["#nora", "#nora", "#elias", "#elias"]
    assert turns[1][1] == "Turn it off."
    assert turns[2][1].startswith("In a minute, Nora.")


FOCUS_GROUP = """Facilitator: Dr Helen Mwangi (F)
Note-taker: Jonas Ek (NT)

F: Welcome, everyone. How do your children get to school?

P1: Mostly on foot.

F: And the others?

P2: By bus, when it runs.

NT: Sorry, which bus line was that?

P2: The 14.

F: Does anyone drive?

Multiple: No.

P1: Not me.

F: Thank you.
"""


def test_a_focus_group_s_once_only_voices_and_keys() -> None:
    tree = encode(FOCUS_GROUP, "focus.txt")
    assert [who for who, _ in said(tree)] == [
        "#helen-mwangi",
        "#p1",
        "#helen-mwangi",
        "#p2",
        "#jonas-ek",  # once only, and named by the key above
        "#p2",
        "#helen-mwangi",
        "#multiple",
        "#p1",
        "#helen-mwangi",
    ]
    assert xp(tree, "//t:personGrp/@xml:id") == ["multiple"]
    # the keys are the front matter, not turns
    assert xp(tree, "//t:front//t:p/t:persName/text()") == ["Dr Helen Mwangi", "Jonas Ek"]


BROADCAST = """FIELD NOTES - THE HILL FARMS

PRESENTER: Mair Pugh
PRODUCER: Dafydd Owen

TRANSMISSION: Sunday 6 April 2025  1330-1400

PUGH: It is five in the morning above Bala.

ELLIS: We start early up here.

PUGH: Every day?

ELLIS: Every day of the year.
"""


def test_a_broadcast_s_credits_are_not_speakers() -> None:
    tree = encode(BROADCAST, "radio.txt")
    assert [who for who, _ in said(tree)] == ["#mair-pugh", "#ellis", "#mair-pugh", "#ellis"]
    assert "producer" not in participants(tree)
    assert xp(tree, "//t:creation/t:date/@when") == ["2025-04-06"]


INTERVIEW_DE = """Transkript Interview Nr. 4
Interviewerin: Anna Brandt (I)
Befragter: Jürgen Kaya (B), geb. 1951

I: Wie kamen Sie zur Zeche?

B: Über meinen Vater.

I: Und dann?

B: Dann blieb ich dreißig Jahre.
"""


def test_german_keys_name_the_initials() -> None:
    tree = encode(INTERVIEW_DE, "interview.txt")
    assert [who for who, _ in said(tree)] == [
        "#anna-brandt",
        "#jurgen-kaya",
        "#anna-brandt",
        "#jurgen-kaya",
    ]


def test_a_chat_export_with_twelve_hour_times() -> None:
    text = (
        "#loans\n\n"
        "[9:58 AM] Ines Faro: the crate arrived\n"
        "[9:59 AM] Tom Roe: great, any damage?\n"
        "[10:03 AM] Ines Faro: none that I can see\n"
        "[10:04 AM] Tom Roe: then we sign\n"
    )
    tree = encode(text, "chat.txt")
    assert [who for who, _ in said(tree)] == ["#ines-faro", "#tom-roe", "#ines-faro", "#tom-roe"]
    assert not xp(tree, "//t:supplied")
    assert xp(tree, "//t:when/@absolute")[:2] == ["09:58:00", "09:59:00"]


def test_numbered_questions_and_answers_of_a_sworn_statement() -> None:
    text = (
        "SWORN STATEMENT\n\n"
        "FILE NUMBER: 24-CID-0417\n"
        "LOCATION: Fort Hale\n\n"
        "Q1. What time did you arrive?\n"
        "A1. About 1800.\n"
        "Q2. Who else was there?\n"
        "A2. Nobody.\n"
    )
    tree = encode(text, "statement.txt")
    assert [who for who, _ in said(tree)] == ["#q", "#a", "#q", "#a"]
    assert said(tree)[1][1] == "About 1800."
    assert "file-number" not in participants(tree)


def test_french_minutes_labels_with_a_dash() -> None:
    text = (
        "Procès-verbal de la séance du 16 janvier 2025\n\n"
        "M. le maire. – La séance est ouverte.\n\n"
        "Mme Roux. – Merci, monsieur le maire.\n\n"
        "M. de Villiers-Chantal. – Une question.\n\n"
        "M. le maire. – Je vous écoute.\n\n"
        "M. de Villiers-Chantal. – Pourquoi cette hausse ?\n\n"
        "Mme Roux. – Elle n'en est pas une.\n"
    )
    tree = encode(text, "pv.txt")
    assert [who for who, _ in said(tree)] == [
        "#le-maire",
        "#roux",
        "#de-villiers-chantal",
        "#le-maire",
        "#de-villiers-chantal",
        "#roux",
    ]
    assert said(tree)[1][1] == "Merci, monsieur le maire."


def test_a_double_name_before_an_em_dash() -> None:
    text = (
        "Whitcombe — Where were you born?\n\n"
        "Lindgren-Achebe — In Lagos.\n\n"
        "Whitcombe — When?\n\n"
        "Lindgren-Achebe — In 1961.\n"
    )
    tree = encode(text, "qa.txt")
    assert [who for who, _ in said(tree)] == [
        "#whitcombe",
        "#lindgren-achebe",
        "#whitcombe",
        "#lindgren-achebe",
    ]


def test_bracketed_roles_as_labels() -> None:
    text = (
        "[INTERVIEWER]\nAre we recording?\n\n"
        "[PARTICIPANT]\nYes. My name is Ada.\n\n"
        "[laughs]\n\n"
        "[INTERVIEWER]\nWhere did you grow up?\n\n"
        "[PARTICIPANT'S SON]\nTell her about the mill, Mum.\n\n"
        "[PARTICIPANT]\nBy the mill.\n\n"
        "[GRAPHIC] [TIFF OMITTED]\n"
    )
    tree = encode(text, "bracketed.txt")
    assert [who for who, _ in said(tree)] == [
        "#interviewer",
        "#participant",
        "#interviewer",
        "#participant-s-son",
        "#participant",
    ]
    # one participant, not a group of them
    assert not xp(tree, "//t:personGrp")


NEWS = """ANA LOPEZ, CNN ANCHOR: Good afternoon. We begin in Iowa.

DEREK O'CONNELL, CNN CORRESPONDENT: Ana, the water is rising.

LOPEZ: Derek, thank you.

O'CONNELL: You're welcome.

ZOFIA ŁUKASZEWSKA-BRANDT, CNN CORRESPONDENT: And in Warsaw, calm.

LOPEZ: Back after the break.
"""


def test_a_news_transcript_s_first_labels_name_the_voices() -> None:
    tree = encode(NEWS, "news.txt")
    assert [who for who, _ in said(tree)] == [
        "#ana-lopez",
        "#derek-o-connell",
        "#ana-lopez",
        "#derek-o-connell",
        "#zofia-lukaszewska-brandt",
        "#ana-lopez",
    ]
    assert xp(tree, "(//t:sp)[1]/t:speaker/text()") == ["ANA LOPEZ, CNN ANCHOR:"]


def test_a_form_s_fields_before_a_statement_and_a_broadcast_s_sound_cues() -> None:
    statement = (
        "SWORN STATEMENT\n\n"
        "LAST NAME, FIRST NAME, MIDDLE NAME: NUÑEZ-ORTEGA, Rafael J.\n"
        "ORGANIZATION OR ADDRESS: 3rd Maintenance Company\n\n"
        "Q1. Where were you?\n"
        "A1. At the motor pool.\n"
    )
    tree = encode(statement, "statement.txt")
    assert [who for who, _ in said(tree)] == ["#q", "#a"]
    script = (
        "LYLE: It is dawn above Bala.\n\n"
        "ACTUALITY: SHEEP BLEATING, DOGS BARKING\n\n"
        "REES: We start early.\n\n"
        "SFX: GATE CREAKS\n\n"
        "LYLE: Every day?\n\n"
        "REES: Every day.\n"
    )
    tree = encode(script, "script.txt")
    assert [who for who, _ in said(tree)] == ["#lyle", "#rees", "#lyle", "#rees"]
    assert xp(tree, "//t:stage/text()") == [
        "ACTUALITY: SHEEP BLEATING, DOGS BARKING",
        "SFX: GATE CREAKS",
    ]


def test_a_court_transcript_s_running_head_and_foot_without_form_feeds() -> None:
    page = (
        "                                                     {n}\n"
        "                Official - Subject to Final Review\n"
        " 1           JUSTICE {a}: Counsel, one question.\n"
        " 2           MR. {b}: Yes, Your Honor.\n"
        "                   Heritage Reporting Corporation\n"
    )
    text = "".join(page.format(n=n, a="ALITO", b="VOSS") for n in (2, 3, 4))
    tree = encode(text, "argument.txt")
    assert len(said(tree)) == 6
    assert all("Heritage" not in words and "Official" not in words for _, words in said(tree))
    assert xp(tree, "//t:fw[@type='header']/text()") == ["Official - Subject to Final Review"] * 3
    assert xp(tree, "//t:fw[@type='footer']/text()") == ["Heritage Reporting Corporation"] * 3
    assert xp(tree, "//t:pb/@n") == ["2", "3", "4"]


def test_dates_of_other_shapes_date_the_record() -> None:
    cases = {
        "Datum: 17.05.2022\n\nI: Guten Tag.\n\nB: Guten Tag.\n\nI: Fangen wir an.\n": "2022-05-17",
        "Date of interview: 14/11/2023\n\nI: Hello.\n\nR: Hi.\n\nI: Shall we?\n": "2023-11-14",
        "Date: 08/21/2025\n\nDISPATCH: Go.\n\nENGINE 4: Copy.\n\nDISPATCH: Out.\n": "2025-08-21",
        "TRANSMISSION: Sunday 6th April 2025\n\nLYLE: Hello.\n\nREES: Hi.\n\nLYLE: Bye.\n": (
            "2025-04-06"
        ),
    }
    for text, when in cases.items():
        tree = encode(text, "dated.txt")
        assert xp(tree, "//t:creation/t:date/@when") == [when], text
    # day and month that could be either way round give no date
    tree = encode("Date: 05/06/2024\n\nI: Hello.\n\nR: Hi.\n\nI: Bye.\n", "ambiguous.txt")
    assert not xp(tree, "//t:creation")


def test_a_weekday_is_no_place_and_a_key_with_initials_is_no_heading() -> None:
    tree = encode(
        "Security Council\nWednesday, 12 March 2025, 10 a.m.\n\n"
        "The President: The meeting is open.\n\nMr. Li: Thank you.\n\n"
        "The President: Closed.\n",
        "council.txt",
    )
    assert not xp(tree, "//t:placeName")
    assert xp(tree, "//t:creation/t:date/@when") == ["2025-03-12"]
    tree = encode(
        "Interviewer: SK\nDate of interview: 14/11/2023\n\nI: Hello.\n\nR: Hi.\n\nI: Bye.\n",
        "keys.txt",
    )
    assert xp(tree, "//t:creation/t:date/@when") == ["2023-11-14"]


def test_a_news_transcript_s_production_marks_are_remarks_not_headings() -> None:
    text = NEWS.replace("LOPEZ: Derek,", "(END VIDEOTAPE)\n\nLOPEZ: Derek,")
    tree = encode(text + "\n(COMMERCIAL BREAK)\n\nEND\n", "n.txt")
    assert not xp(tree, "//t:head")
    assert xp(tree, "//t:stage/text()") == ["(END VIDEOTAPE)", "(COMMERCIAL BREAK)", "END"]
    assert said(tree)[-1][1] == "Back after the break."  # "END" is no word of his


# Mission time over each turn, as Spacelog's cleaned transcripts write it, with
# the printed page and tape as fields between, and speech set under its start.
MISSION = """[-00:00:00:05]
LCC: Five seconds.

[00:00:00:02]
CDR: Lift-off. The clock is running.

[00:02:14:10]
_page : 12
_tape : Tape 2/1
CC:  Roger. You are go for staging, and we read
     you loud and clear.

[00:02:14:16]
CDR: Roger, Houston.
"""


def test_mission_time_over_each_turn() -> None:
    tree = encode(MISSION, "mission.txt")
    assert [who for who, _ in said(tree)] == ["#lcc", "#cdr", "#cc", "#cdr"]
    points = {
        w.get("{http://www.w3.org/XML/1998/namespace}id"): w.get("interval")
        for w in xp(tree, "//t:when")
    }
    # the times are the turns', before liftoff negative, days first; where page
    # fields stand between a time and its label, the time stays a line in its place
    synchs = [sp.get("synch") for sp in xp(tree, "//t:sp")]
    assert [points[s[1:]] if s else None for s in synchs] == ["-5", "2", None, "8056"]
    (kept,) = xp(tree, "//t:stage/t:time/@synch")
    assert points[kept[1:]] == "8050"
    assert xp(tree, "//t:pb/@n") == ["12"]
    assert xp(tree, "//t:incident/t:desc/text()") == ["_tape : Tape 2/1"]
    # the line set under the speech goes on with it
    assert said(tree)[2][1] == "Roger. You are go for staging, and we read you loud and clear."
    assert not xp(tree, "//t:supplied")
    back = [line for line in tei_to_text(tree).splitlines() if line.strip()]
    assert back[2:5] == ["[00:02:14:10]", "_page : 12", "_tape : Tape 2/1"]  # in their order


def test_a_markdown_file_s_yaml_front_matter() -> None:
    text = (
        "---\n"
        'title: "Press Briefing by Press Secretary Rosa Lind"\n'
        "date: '2021-03-16'\n"
        "source_url: https://example.org/briefing\n"
        "---\n\n"
        "MS. LIND:  Good afternoon.\n\nQ    Hi.\n\nMS. LIND:  Hello.\n"
    )
    tree = encode(text, "briefing.md")
    assert xp(tree, "//t:titleStmt/t:title/text()") == [
        "Press Briefing by Press Secretary Rosa Lind"
    ]
    assert xp(tree, "//t:creation/t:date/@when") == ["2021-03-16"]
    assert participants(tree)["rosa-lind"] == ["Rosa Lind", "Ms. Lind"]
    back = [line for line in tei_to_text(tree).splitlines() if line.strip()]
    # the fields come back as written, between their "---" lines
    assert back[:5] == [
        "---",
        'title: "Press Briefing by Press Secretary Rosa Lind"',
        "date: '2021-03-16'",
        "source_url: https://example.org/briefing",
        "---",
    ]


def test_a_site_s_link_markup_is_no_editor_s_supply() -> None:
    text = (
        "[00:03:12:17]\nCC:  Recommend RATE 2 on the [glossary:BMAG]s.\n\n"
        "[00:03:12:23]\nLMP: Passing [glossary:MAX Q|max. Q] now.\n\n"
        "[00:03:12:30]\nCC:  Roger.\n"
    )
    tree = encode(text, "links.txt")
    assert not xp(tree, "//t:supplied")
    assert said(tree)[1][1] == "Passing [glossary:MAX Q|max. Q] now."


def test_an_unnamed_official_is_no_name_in_the_text() -> None:
    text = (
        "SENIOR ADMINISTRATION OFFICIAL:  Good afternoon. Senior staff will follow.\n\n"
        "Q    Thanks.\n\nSENIOR ADMINISTRATION OFFICIAL:  Next question.\n"
    )
    tree = encode(text, "call.txt")
    assert xp(tree, "//t:person/@role") == ["unidentified"]
    assert not xp(tree, "//t:p//t:persName")  # "Senior" is no mention of the official


def test_role_lines_with_names_in_other_scripts_capitals() -> None:
    text = (
        "Transcript – “Voices of the Mill”\n"
        "Narrator: José Ñúñez\n"
        "Interviewer: Łucja Ćwik\n"
        "Date: 3 May 2019\n\n"
        "Łucja Ćwik: You started in 1972?\n\n"
        "José Ñúñez: ’72, yes.\n\n"
        "Łucja Ćwik: Thank you.\n"
    )
    tree = encode(text, "mill.txt")
    assert [who for who, _ in said(tree)] == ["#lucja-cwik", "#jose-nunez", "#lucja-cwik"]
    assert xp(tree, "//t:creation/t:date/@when") == ["2019-05-03"]
