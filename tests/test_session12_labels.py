"""Labels session 12 found unread: a caller heard with the town they ring
from, a caller heard once among recurring turns, two names in capitals joined
by an ampersand.

Every transcript here is invented for these tests; every expectation was
written from the transcript above it, by reading.
"""

from __future__ import annotations

from test_exports_and_oral import encode, participants, said, same_words, xp

# A radio call-in: the host recurs, callers are named as heard, in
# parentheses, one with the town after a comma, one said once.
CALL_IN = """Evening Call-In, 12 March

HOST: Good evening, you're on the air. First caller, go ahead.

(Dale, Tulsa): Hi, I wanted to ask about the water rates.

HOST: Sure, what about them?

(Dale, Tulsa): They went up twice this year.

HOST: Thanks Dale. Next caller.

(Maria): Hello, I have a question about the bus routes.

HOST: Go ahead, Maria.
"""


def test_callers_heard_with_a_town_and_said_once_open_turns() -> None:
    tree = encode(CALL_IN, "callin.txt")
    assert [who for who, _ in said(tree)] == [
        "#host",
        "#dale",
        "#host",
        "#dale",
        "#host",
        "#maria",
        "#host",
    ]
    assert said(tree)[1][1] == "Hi, I wanted to ask about the water rates."
    # the label is kept as written, the town with it; the person is the name
    assert xp(tree, "//t:sp[2]/t:speaker/text()") == ["(Dale, Tulsa):"]
    assert participants(tree)["dale"] == ["Dale"]
    assert participants(tree)["maria"] == ["Maria"]
    same_words(tree, CALL_IN)


# A name in parentheses in ordinary prose before any turn is no caller.
ASIDE = """Garden notes

(Optional): cover the beds with straw before the frost.

(Ruth): the tomatoes did well this year, she says.
"""


def test_a_name_in_parentheses_without_turns_is_no_caller() -> None:
    tree = encode(ASIDE, "garden.txt")
    assert xp(tree, "//t:sp") == []
    same_words(tree, ASIDE)


# Two singers in capitals, then both at once, joined by "&".
REHEARSAL = """Rehearsal notes, 3 May

LENA: Are we starting with the second song?

OTTO: Yes, from the bridge.

LENA & OTTO: One, two, three!

LENA: That was too fast.

OTTO: Again, then.
"""


def test_two_names_in_capitals_joined_by_an_ampersand_speak_together() -> None:
    tree = encode(REHEARSAL, "rehearsal.txt")
    assert said(tree) == [
        ("#lena", "Are we starting with the second song?"),
        ("#otto", "Yes, from the bridge."),
        ("#lena #otto", "One, two, three!"),
        ("#lena", "That was too fast."),
        ("#otto", "Again, then."),
    ]
    assert xp(tree, "//t:sp[3]/t:speaker/text()") == ["LENA & OTTO:"]
    assert sorted(participants(tree)) == ["lena", "otto"]
    same_words(tree, REHEARSAL)


# Notices whose keys stand in capitals before a colon, each once: no one
# speaks (a job notice, a handbook's terms, a trip's days).
NOTICES = {
    "job.txt": """Library assistant wanted

POSITION: Library assistant, part time.

HOURS: Twenty hours a week, some evenings.

SALARY: Depends on experience.

CONTACT: Ask at the front desk or write to the head librarian.
""",
    "terms.txt": """Club handbook

TERMS AND CONDITIONS: Members agree to the rules below.

FEES & DUES: Paid each spring.

The season opens in May and closes in September.
""",
    "trip.txt": """Trip plan

DAY ONE: Drive to the lake and set up camp before dark.

DAY TWO: Hike the ridge trail, lunch at the falls.

DAY THREE: Pack up and drive home.
""",
}


def test_keys_of_a_notice_in_capitals_said_once_are_no_speakers() -> None:
    for name, text in NOTICES.items():
        tree = encode(text, name)
        assert xp(tree, "//t:sp") == [], name
        same_words(tree, text)


# The same shape where the words talk: roles in capitals, each once, one of
# them asking, are speakers (a short record).
ROLES_ONCE = """Site meeting

CHAIR: Welcome. The first question, please.

TENANT: When does the work begin?

ENGINEER: In May.
"""


def test_roles_in_capitals_said_once_that_talk_are_speakers() -> None:
    tree = encode(ROLES_ONCE, "site.txt")
    assert [who for who, _ in said(tree)] == ["#chair", "#tenant", "#engineer"]


# A recogniser's or a podcast site's label with its time in brackets and a
# colon after it, one turn a line.
BRACKET_TIME_COLON = {
    "names.txt": (
        "Ana Ruiz [00:00:01]: Welcome back to the show.\n"
        "Tom Lee [00:00:04]: Thanks for having me.\n"
        "Ana Ruiz [00:00:07]: Let us start with the garden.\n"
        "Tom Lee [00:00:11]: Sure, it began in 2019.\n",
        ["#ana-ruiz", "#tom-lee", "#ana-ruiz", "#tom-lee"],
    ),
    "diarised.txt": (
        "SPEAKER_00 [00:00:01]: Welcome back to the show.\n"
        "SPEAKER_01 [00:00:04]: Thanks for having me.\n"
        "SPEAKER_00 [00:00:07]: Let us start with the garden.\n",
        ["#speaker-00", "#speaker-01", "#speaker-00"],
    ),
}


def test_a_time_in_brackets_closed_by_a_colon_is_part_of_the_label() -> None:
    for name, (text, who) in BRACKET_TIME_COLON.items():
        tree = encode(text, name)
        assert [w for w, _ in said(tree)] == who, name
        assert said(tree)[1][1] == "Thanks for having me.", name
        assert xp(tree, "//t:sp[1]/t:speaker/t:time/text()") == ["00:00:01"], name
        same_words(tree, text)
    # the recogniser's labels are anonymous persons
    tree = encode(BRACKET_TIME_COLON["diarised.txt"][0], "diarised.txt")
    assert xp(tree, "//t:person[@xml:id='speaker-00']/@role") == ["unidentified"]


# A day's programme: times of day before speakers' names and their talks'
# titles, slots that name no one; nobody speaks.
PROGRAMME = """Soil Health Day - Programme

09:00 Ana Ruiz: Welcome and opening remarks
09:15 Tom Lee: Keynote on cover crops
10:00 Coffee break
10:30 Mia Chen: Measuring organic matter
11:15 Panel discussion
12:00 Lunch
"""

# The same times before a meeting's words: turns.
TIMED_MEETING = """Allotment committee

09:00 Ana Ruiz: Welcome, everyone. Shall we start?
09:01 Tom Lee: Yes. The water bill came in.
09:02 Ana Ruiz: How much is it?
09:03 Tom Lee: Forty pounds more than last year.
"""


def test_a_programmes_timed_slots_are_no_turns() -> None:
    tree = encode(PROGRAMME, "programme.txt")
    assert xp(tree, "//t:sp") == []
    assert xp(tree, "//t:person") == []
    same_words(tree, PROGRAMME)
    tree = encode(TIMED_MEETING, "meeting.txt")
    assert [w for w, _ in said(tree)] == ["#ana-ruiz", "#tom-lee", "#ana-ruiz", "#tom-lee"]


# A song's lyrics headed by their parts, alone over the lines or before them.
SONGS = {
    "alone.txt": """Down by the River

Verse 1:
The water runs, the willows bend
I walked this way with an old friend

Chorus:
Down by the river, down by the sea
Carry my worries away from me

Verse 2:
The lanterns swing, the boats come in
We sang until the light grew thin

Chorus:
Down by the river, down by the sea
Carry my worries away from me
""",
    "inline.txt": """Down by the River

Verse 1: The water runs, the willows bend

Chorus: Down by the river, down by the sea

Verse 2: The lanterns swing, the boats come in

Chorus: Down by the river, down by the sea
""",
}

# A play's chorus speaks beside a character: a speaker.
CHORUS_IN_A_PLAY = """The Harbour

CHORUS:
Listen now, the tide is turning.

MARA:
I hear it. Where is my brother?

CHORUS:
Gone out beyond the rocks.

MARA:
Then I will wait.
"""


def test_a_songs_parts_are_no_speakers() -> None:
    for name, text in SONGS.items():
        tree = encode(text, name)
        assert xp(tree, "//t:sp") == [], name
        assert xp(tree, "//t:person | //t:personGrp") == [], name
        same_words(tree, text)
    tree = encode(CHORUS_IN_A_PLAY, "harbour.txt")
    assert len(said(tree)) == 4
    assert said(tree)[1] == ("#mara", "I hear it. Where is my brother?")


# A quiz: numbered questions, each answer labelled "Answer:". No one speaks.
QUIZ = """Pub quiz, round two

Question 1: What is the capital of Peru?
Answer: Lima.

Question 2: How many legs has a spider?
Answer: Eight.

Question 3: Who wrote Emma?
Answer: Jane Austen.
"""


def test_a_quizs_answers_under_numbered_questions_are_no_speaker() -> None:
    tree = encode(QUIZ, "quiz.txt")
    assert xp(tree, "//t:sp") == []
    assert xp(tree, "//t:person") == []
    same_words(tree, QUIZ)


# Meeting notetakers' exports: the name, a dash and the time over the words
# (Fireflies), or the time, a dash and the name over indented words (Fathom).
NOTETAKERS = {
    "fireflies.txt": """Weekly sync - Fireflies transcript

Priya Shah - 00:00
OK, let's get started. Thanks everyone for joining.

Marcus Bell - 00:09
Happy to be here.

Priya Shah - 00:12
First item is the park cleanup.

Marcus Bell - 00:24
I can lead that.
""",
    "fathom.txt": """Weekly sync
VIEW RECORDING - 32 mins

0:00 - Priya Shah
  OK, let's get started. Thanks everyone for joining.

0:09 - Marcus Bell
  Happy to be here.

0:12 - Priya Shah
  First item is the park cleanup.

0:24 - Marcus Bell
  I can lead that.
""",
}


NOTETAKERS["bar.txt"] = NOTETAKERS["fireflies.txt"].replace(" - ", " | ")


def test_a_name_a_dash_and_a_time_over_the_words_open_turns() -> None:
    for name, text in NOTETAKERS.items():
        tree = encode(text, name)
        assert said(tree) == [
            ("#priya-shah", "OK, let's get started. Thanks everyone for joining."),
            ("#marcus-bell", "Happy to be here."),
            ("#priya-shah", "First item is the park cleanup."),
            ("#marcus-bell", "I can lead that."),
        ], name
        assert xp(tree, "//t:sp/t:speaker/t:time/text()")[:2] == (
            ["0:00", "0:09"] if name == "fathom.txt" else ["00:00", "00:09"]
        ), name
        same_words(tree, text)


# Labels alone with their colon from the text's first line; a speech that
# opens with a word said in capitals and a comma ("OK, let us …") is no
# printed play's "NAME, direction." label.
ALONE_FROM_THE_START = """Priya Shah:
OK, let us get started.

Marcus Bell:
Happy to be here.

Priya Shah:
First item is the park cleanup.

Marcus Bell:
I can lead that.
"""


def test_labels_alone_from_the_first_line_over_an_ok_open_turns() -> None:
    tree = encode(ALONE_FROM_THE_START, "alone.txt")
    assert said(tree) == [
        ("#priya-shah", "OK, let us get started."),
        ("#marcus-bell", "Happy to be here."),
        ("#priya-shah", "First item is the park cleanup."),
        ("#marcus-bell", "I can lead that."),
    ]
    same_words(tree, ALONE_FROM_THE_START)


# A meeting export's block: the name, the time under it, the words, no blank
# line between them.
NAME_TIME_WORDS = """Priya Shah
00:00:00
OK, let us get started.

Marcus Bell
00:00:09
Happy to be here.

Priya Shah
00:00:12
First item is the park cleanup.

Marcus Bell
00:00:24
I can lead that.
"""


def test_a_time_under_the_name_over_the_words_is_the_turns_time() -> None:
    tree = encode(NAME_TIME_WORDS, "meet.txt")
    assert said(tree)[:2] == [
        ("#priya-shah", "OK, let us get started."),
        ("#marcus-bell", "Happy to be here."),
    ]
    assert xp(tree, "//t:sp/t:speaker/t:time/text()") == [
        "00:00:00",
        "00:00:09",
        "00:00:12",
        "00:00:24",
    ]
    assert xp(tree, "//t:when/@interval") == ["0", "9", "12", "24"]
    same_words(tree, NAME_TIME_WORDS)


# A veterans' project's interview: initials with their stops as labels, a tape
# change in parentheses, the end between rules of dashes.
VETERAN = """Veterans Oral History Project
Narrator: Harold Pike
Interviewer: Joan Ames
Date: 12 November 2004

J.A.: Where did you enlist?

H.P.: In Omaha, in 1942.

J.A.: Did your family know?

H.P.: Not until I was on the train. [laughs]

(Tape change)

J.A.: You were in the Pacific?

H.P.: Yes, on a supply ship.

--- END OF INTERVIEW ---
"""


def test_dotted_initials_name_the_narrator_and_interviewer_tape_lines_are_incidents() -> None:
    tree = encode(VETERAN, "veteran.txt")
    assert [w for w, _ in said(tree)] == ["#joan-ames", "#harold-pike"] * 3
    assert sorted(participants(tree)) == ["harold-pike", "joan-ames"]
    assert ["".join(i.itertext()) for i in xp(tree, "//t:incident")] == [
        "(Tape change)",
        "--- END OF INTERVIEW ---",
    ]
    same_words(tree, VETERAN)


# A deposition's witness: the name centred on its line, the oath set in
# below it, then the examinations.
DEPOSITION = """DEPOSITION OF JAMES A. WHITLOCK

                    JAMES A. WHITLOCK,
     having been first duly sworn, was examined and
     testified as follows:

                    DIRECT EXAMINATION

BY MS. MOSS:

     Q.   Please state your name for the record.

     A.   James Whitlock.

     Q.   Where do you work?

     A.   At the mill on Route 9.

                    CROSS-EXAMINATION

BY MR. REED:

     Q.   How long have you worked there?

     A.   Eleven years.
"""


def test_a_witness_named_over_the_oath_gives_the_answers() -> None:
    tree = encode(DEPOSITION, "deposition.txt")
    assert [w for w, _ in said(tree)] == [
        "#moss",
        "#james-a-whitlock",
        "#moss",
        "#james-a-whitlock",
        "#reed",
        "#james-a-whitlock",
    ]
    assert "a" not in participants(tree) and "a" not in xp(tree, "//t:person/@xml:id")
    same_words(tree, DEPOSITION)


# An administrative hearing: a party calls its witness by name, the reporter
# notes the oath, the witness answers "A." and speaks as "THE WITNESS".
HEARING_CALLS = """PROCEEDINGS

(Whereupon, the hearing was called to order at 9:02 a.m.)

JUDGE PARK: We are on the record in the matter of Hale versus Moss.

MS. MOSS: Good morning, Your Honor.

JUDGE PARK: Call your first witness.

MS. MOSS: The claimant calls Dale Hale.

(Witness sworn.)

EXAMINATION BY MS. MOSS:

Q. State your name.

A. Dale Hale.

THE WITNESS: Should I spell it?

JUDGE PARK: No need.

(Whereupon, at 9:30 a.m., the hearing was adjourned.)
"""


def test_the_witness_a_party_calls_and_the_reporter_swears_answers() -> None:
    tree = encode(HEARING_CALLS, "hearing.txt")
    assert [w for w, _ in said(tree)] == [
        "#park",
        "#moss",
        "#park",
        "#moss",
        "#moss",
        "#dale-hale",
        "#dale-hale",
        "#park",
    ]
    same_words(tree, HEARING_CALLS)


# WhatsApp's export, as iOS and Android write it: the date and the time of day
# before each sender.
WHATSAPP = """[12/03/2024, 10:15:22] Ana Ruiz: Morning! Is the choir rehearsal still on tonight?
[12/03/2024, 10:17:05] Tom Hale: Yes, 7.30 in the church hall
[12/03/2024, 10:17:40] Mei Tan: I'll be ten minutes late, sorry
[12/03/2024, 10:18:02] Ana Ruiz: No problem. Bring the new scores if you have them
"""


def test_a_chat_apps_export_with_dates_opens_a_turn_a_message() -> None:
    android = "\n".join(
        line.replace("[", "").replace("] ", " - ", 1) for line in WHATSAPP.splitlines()
    )
    for name, text in (("ios.txt", WHATSAPP), ("android.txt", android + "\n")):
        tree = encode(text, name)
        assert [w for w, _ in said(tree)] == ["#ana-ruiz", "#tom-hale", "#mei-tan", "#ana-ruiz"]
        assert said(tree)[1][1] == "Yes, 7.30 in the church hall"
        # the time of day on the timeline (absolute), the date kept as written
        assert xp(tree, "//t:when/@absolute") == ["10:15:22", "10:17:05", "10:17:40", "10:18:02"]
        assert xp(tree, "//t:sp[1]/t:speaker/t:time/text()") == ["12/03/2024, 10:15:22"]
        same_words(tree, text)


# An e-mail's and a memo's head: "To:", "Cc:", "RE:" are no speakers.
MAIL_HEADS = {
    "mail.txt": """From: Daniel Ostrowski <d.ostrowski@example.org>
Sent: Tuesday, 4 June 2024 09:12
To: Priya Raman <p.raman@example.org>
Cc: Facilities Team <facilities@example.org>
Subject: RE: Room booking for the workshop

Hi Priya,

The large seminar room is free on the 18th. Catering will need numbers by Friday.

Best,
Daniel

From: Priya Raman <p.raman@example.org>
Sent: Monday, 3 June 2024 16:40
To: Daniel Ostrowski <d.ostrowski@example.org>
Subject: Room booking for the workshop

Dear Daniel, could I book the large room?
""",
    "memo.txt": """MEMORANDUM

TO: All staff
FROM: Facilities Office
RE: Heating works in the east wing

The boilers serving the east wing will be replaced between 10 and 21 October.
""",
}


def test_an_email_or_memo_head_has_no_speakers() -> None:
    for name, text in MAIL_HEADS.items():
        tree = encode(text, name)
        assert xp(tree, "//t:sp") == [], name
        same_words(tree, text)


# A results page and an order of service: a key that recurs over figures and
# names, never over words said, is a list's key.
LISTS = {
    "results.txt": """County League - Results, Saturday 7 October

Rovers 2 - 1 United
Scorers: Hale 23, Brooks 67; Okafor 80

City 3 - 2 Albion
Scorers: Lind 5, Lind 41, Moreau 88; Price 30, Price 76
""",
    "service.txt": """Order of Service

Hymn: Morning Has Broken

Reading: Ruth 1:16-17, read by Clare Moss

Address: The Reverend Jane Okafor

Reading: "Sonnet 116", read by Peter Moss
""",
}


def test_a_key_recurring_over_figures_and_names_is_no_speaker() -> None:
    for name, text in LISTS.items():
        tree = encode(text, name)
        assert xp(tree, "//t:sp") == [], name
        same_words(tree, text)


# What the session's review found the rules above misread (each an invented
# text of its own): two voices that recur over figures and no stops are a
# conversation, not a list; a build log's steps before bracketed times are no
# speakers; an oral history's "Subject:" is no e-mail head; a Markdown page's
# bold callout is no field; a memo's "TO:" line is no title.
REVIEWED = {
    "atc.txt": (
        """Approach frequency, runway 27 arrivals

Approach: Speedbird 452 descend flight level 80
Pilot: descend flight level 80 Speedbird 452
Approach: Speedbird 452 contact tower 118.5
Pilot: tower 118.5 good day
""",
        ["#approach", "#pilot", "#approach", "#pilot"],
    ),
    "family.txt": (
        """Copied from my phone, Tuesday

Mum: bus at 5 or 6
Jake: 6 prob
Mum: dinner at 7 then
Jake: ok
""",
        ["#mum", "#jake", "#mum", "#jake"],
    ),
    "build.txt": (
        """Pipeline #5521 - main

Checkout [00:00:02]: fetched 1 commit
Setup [00:00:05]: python 3.12 installed
Tests [00:02:13]: 412 passed, 3 skipped
Tests [00:02:31]: coverage 91%
Deploy [00:03:02]: uploaded to staging
""",
        [],
    ),
    "steel.txt": (
        """Steel Valley Oral History Project
Subject: Tom O'Neill, furnaceman, 1951-1988
Interviewer: Rita Evans

RE: Tom, when did you start at the works?

TO: 1951. I was sixteen, straight from school.

RE: What was your first job there?

TO: Tea boy. Then a labourer on number 3 furnace.
""",
        # (who "TO" is, the subject line says only as "Tom O'Neill": not asserted)
        ["#rita-evans", None, "#rita-evans", None],
    ),
}


def test_what_the_review_found_is_read_as_written() -> None:
    for name, (text, who) in REVIEWED.items():
        tree = encode(text, name)
        got = [w for w, _ in said(tree)]
        assert [g if w else None for g, w in zip(got, who, strict=False)] == who, name
        assert len(got) == len(who), name
        same_words(tree, text)
    readme = "# quickparse\n\nA small library.\n\n**Note:** it needs Python 3.10 or later.\n"
    tree = encode(readme, "readme.md")
    assert xp(tree, "//t:front") == []
    memo = "MEMORANDUM\n\nTO: All staff\nFROM: Facilities Office\n\nThe boilers will be replaced.\n"
    tree = encode(memo, "memo.txt")
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["MEMORANDUM"]
