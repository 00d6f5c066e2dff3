"""Shapes a tester's probe found misread (probe 5/b): meeting software's
transcripts (Teams copied from Word, with a meeting room's device among the
voices), stenographic roundtables and hearings with numbered margins. Small
transcripts written for these tests; every expectation was written from the
transcript above it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, participants, said, xp

from encoder.plaintext import tei_to_text

# Teams copied from Word: timing, name, words, with no blank line between the
# cues; one voice is a meeting room's device, its name with digits, a slash and
# the number of people in the room.
ROOM_CUES = """0:1:4.200 --> 0:1:7.950
Harbour Suite 7/104 (5)
Morning all, we are five in the room today.
0:1:8.10 --> 0:1:11.400
Harbour Suite 7/104 (5)
First item is the ferry timetable.
0:1:12.0 --> 0:1:14.600
Priya Venkataraman
Is the winter one out yet?
0:1:14.900 --> 0:1:18.350
Harbour Suite 7/104 (5)
Not yet, it goes out on Friday.
0:1:18.700 --> 0:1:20.100
Priya Venkataraman
Great, thanks.
"""


def test_teams_word_cues_with_a_room_device_are_all_turns() -> None:
    tree = encode(ROOM_CUES, "ferry.txt")
    assert said(tree) == [
        ("#harbour-suite-7-104", "Morning all, we are five in the room today."),
        ("#harbour-suite-7-104", "First item is the ferry timetable."),
        ("#priya-venkataraman", "Is the winter one out yet?"),
        ("#harbour-suite-7-104", "Not yet, it goes out on Friday."),
        ("#priya-venkataraman", "Great, thanks."),
    ]
    assert participants(tree) == {
        "harbour-suite-7-104": ["Harbour Suite 7/104"],
        "priya-venkataraman": ["Priya Venkataraman"],
    }
    # the timing and the name are the label; nothing spoken is in the header
    first = xp(tree, "//t:sp")[0]
    assert (
        "".join(xp(first, "t:speaker//text()")) == "0:1:4.200 --> 0:1:7.950 Harbour Suite 7/104 (5)"
    )
    assert xp(tree, "//t:teiHeader//t:note[@type='boilerplate']") == []
    header = " ".join(xp(tree, "//t:teiHeader//text()"))
    assert "ferry timetable" not in header and "winter" not in header


def test_teams_word_cues_with_a_room_device_come_back_as_written() -> None:
    tree = encode(ROOM_CUES, "ferry.txt")
    back = [line for line in tei_to_text(tree).splitlines() if line.strip()]
    assert " ".join(back).split() == ROOM_CUES.split()


# The copy begins inside a cue (its timing not copied): a name and its words
# over the first timing, after a pre-meeting chat post.
CUT_COPY = """Welcome, the call starts at ten past.

Tomasz Lindgren
Can you all see the slides?
0:0:9.300 --> 0:0:11.20
Tomasz Lindgren
They are on the shared drive too.
0:0:11.400 --> 0:0:13.800
Aiko Brandt
Yes, I can see them.
0:0:14.100 --> 0:0:16.900
Tomasz Lindgren
Good, on to the first slide.
0:0:17.0 --> 0:0:18.500
Aiko Brandt
Go ahead.
"""


def test_words_before_the_first_timing_are_the_named_voice_s() -> None:
    tree = encode(CUT_COPY, "slides.txt")
    assert said(tree)[0] == ("#tomasz-lindgren", "Can you all see the slides?")
    assert [who for who, _ in said(tree)] == [
        "#tomasz-lindgren",
        "#tomasz-lindgren",
        "#aiko-brandt",
        "#tomasz-lindgren",
        "#aiko-brandt",
    ]
    assert xp(tree, "//t:teiHeader//t:note[@type='boilerplate']") == []
    assert tei_to_text(tree).split() == CUT_COPY.split()


def test_a_subrip_number_under_a_cue_is_still_its_identifier() -> None:
    srt = (
        "1\n00:00:01,000 --> 00:00:02,500\nHello there.\n"
        "2\n00:00:03,000 --> 00:00:04,200\nHi.\n"
        "3\n00:00:05,000 --> 00:00:06,000\nBye.\n"
    )
    tree = encode(srt, "cues.srt")
    body = " ".join(" ".join(xp(tree, "//t:body//text()")).split())
    # the cue numbers are the file's, not words of the cues
    assert "Hello there. 2" not in body and "Hi. 3" not in body
    assert "Bye." in body


def _numbered(lines: list[str]) -> str:
    """Stenographer's pages: each line with its margin number, 1 to 25 a page,
    the page's number over it; an empty line keeps its number."""
    out = []
    for page_index in range(0, len(lines), 25):
        page = lines[page_index : page_index + 25]
        if page_index:
            out.append("\x0c")
            out.append(" " * 60 + str(page_index // 25 + 1))
        for number, line in enumerate(page, 1):
            out.append(f"{number:>8}      {line}".rstrip())
    return "\n".join(out) + "\n"


ROUNDTABLE_PAGES = [
    "HEARING HELD BY THE STATE ASSEMBLY",
    "PANEL ON RIVER DREDGING",
    "",
    "ASSEMBLY MEMBERS PRESENT:",
    "   Assemblyman Felix Arden",
    "   Assemblywoman Noor Haddad",
    "   Assemblyman Piet Vogel",
    "",
    "HEARING PARTICIPANTS:",
    "   Greta Solberg",
    "   Oskar Lind",
    *[""] * 14,
    "       ASSEMBLYMAN ARDEN:  Good morning.",
    "We are here about the river.",
    "       ASSEMBLYWOMAN HADDAD:  Thank you, Chair.",
    "The silt has doubled in two years.",
    "       ASSEMBLYMAN ARDEN:  Ms. Solberg, go ahead.",
    "       ASSEMBLYWOMAN HADDAD:  One more point.",
    *[""] * 19,
    "       ASSEMBLYMAN VOGEL:  And the locks?",
    "       ASSEMBLYMAN ARDEN:  Next week.",
    *[""] * 23,
]


def test_margin_numbers_in_a_list_under_a_heading_are_kept() -> None:
    text = _numbered(ROUNDTABLE_PAGES)
    tree = encode(text, "dredging.txt")
    # every margin number of the two lists is a line break before its name
    for head, names in (
        ("ASSEMBLY MEMBERS PRESENT:", ["5", "6", "7"]),
        ("HEARING PARTICIPANTS:", ["10", "11"]),
    ):
        holder = xp(tree, f"//*[contains(., '{head}') and t:lb][not(*[contains(., '{head}')])]")
        assert holder, head
        numbers = xp(holder[0], "t:lb/@n")
        assert all(n in numbers for n in names), (head, numbers)
    # the margin numbers all come back
    assert tei_to_text(tree).split() == text.split()
    # the headings are not speakers, the members and participants are listed
    assert [who for who, _ in said(tree)] == [
        "#felix-arden",
        "#noor-haddad",
        "#felix-arden",
        "#noor-haddad",
        "#piet-vogel",
        "#felix-arden",
    ]
    listed = participants(tree)
    for key in ("felix-arden", "noor-haddad", "piet-vogel", "greta-solberg", "oskar-lind"):
        assert key in listed, (key, listed)
    assert not [key for key in listed if "participants" in key or "present" in key]


def test_empty_margin_numbers_at_a_page_foot_are_lines_not_heads() -> None:
    text = _numbered(ROUNDTABLE_PAGES)
    tree = encode(text, "dredging.txt")
    assert xp(tree, "//t:fw[@type='header']") == []
    # the numbers of the empty lines at the foot of each page are line breaks
    breaks = xp(tree, "//t:lb/@n")
    assert breaks.count("24") == 3 and breaks.count("25") == 3
    assert xp(tree, "//t:pb/@n") == ["2", "3"]


def test_a_list_under_a_heading_of_no_participants_keeps_its_numbers() -> None:
    text = _numbered(
        [
            "HEARING ON THE HARBOUR WALL",
            "",
            "CITY OFFICIALS:",
            "   Mayor Lena Holt",
            "   Clerk Abe Moss",
            "",
            "ALSO ABSENT:",
            "   Senator Ida Wren",
            "   Senator Ola Berg",
            "",
            "       SENATOR PELL:  Welcome, everyone.",
            "       SENATOR CRANE:  Thank you.",
            "       SENATOR PELL:  We start with the wall.",
            "       SENATOR CRANE:  Good.",
        ]
    )
    tree = encode(text, "wall.txt")
    assert tei_to_text(tree).split() == text.split()
    numbers = xp(tree, "//t:lb/@n")
    assert [n for n in ("4", "5", "8", "9") if n not in numbers] == []


# A Teams copy that mixes its two ways of writing a block: the name and the
# time alone over the words, or before the words on the same line (wrapped).
TEAMS_MIXED = """Lars Oyelaran   0:12
Can you hear me at the back?

Hanne Castell 0:20 Yes, loud and clear. I wanted to ask about the shelving plan before we
start, since the delivery moved to March.

Lars Oyelaran   0:31
It did, yes.

Hanne Castell 0:36 Then we keep the old racks for now.
"""


def test_a_name_and_time_before_the_words_is_a_turn_of_that_name() -> None:
    tree = encode(TEAMS_MIXED, "shelving.txt")
    assert said(tree) == [
        ("#lars-oyelaran", "Can you hear me at the back?"),
        (
            "#hanne-castell",
            "Yes, loud and clear. I wanted to ask about the shelving plan before we "
            "start, since the delivery moved to March.",
        ),
        ("#lars-oyelaran", "It did, yes."),
        ("#hanne-castell", "Then we keep the old racks for now."),
    ]
    # the name and the time are the label, the time a point of the timeline
    second = xp(tree, "//t:sp")[1]
    assert "".join(xp(second, "t:speaker//text()")) == "Hanne Castell 0:20"
    assert xp(second, "t:speaker/t:time/text()") == ["0:20"]
    assert second.get("synch") is not None
    assert tei_to_text(tree).split() == TEAMS_MIXED.split()


def test_a_sentence_with_a_time_in_a_plain_transcript_is_no_label() -> None:
    # without the Teams blocks, "Meeting Room 4:30 …" is a line of speech
    text = (
        "ANA: When do we meet?\n\nTOM: Let me look.\n\nMeeting Room 4:30 is free, I checked.\n\n"
        "ANA: Good.\n\nTOM: Booked.\n"
    )
    tree = encode(text, "room.txt")
    assert [who for who, _ in said(tree)] == ["#ana", "#tom", "#ana", "#tom"]
    assert said(tree)[1] == ("#tom", "Let me look. Meeting Room 4:30 is free, I checked.")


TEAMS_JOINS = """Sunniva Achterberg   0:05
Let us wait a minute for the others.

Rask, Veikko joined the meeting

Sunniva Achterberg   0:44
Welcome, Veikko.

Veikko Rask   0:47
Thanks, sorry I am late.

Imre Boldog (Guest) left the meeting

Sunniva Achterberg   1:02
No problem.
"""


def test_joined_and_left_the_meeting_are_events_not_speech() -> None:
    tree = encode(TEAMS_JOINS, "joins.txt")
    assert [who for who, _ in said(tree)] == [
        "#sunniva-achterberg",
        "#sunniva-achterberg",
        "#veikko-rask",
        "#sunniva-achterberg",
    ]
    assert xp(tree, "//t:incident/t:desc/text()") == [
        "Rask, Veikko joined the meeting",
        "Imre Boldog (Guest) left the meeting",
    ]
    assert xp(tree, "//t:sp//text()[contains(., 'the meeting')]") == []
    assert tei_to_text(tree).split() == TEAMS_JOINS.split()


def test_a_sentence_about_joining_is_speech() -> None:
    text = (
        "ANA: Who came?\n\nTOM: Then Piet joined the meeting.\n\nANA: Good.\n\n"
        "TOM: And Lise left the meeting early\n\nANA: I see.\n"
    )
    tree = encode(text, "joined.txt")
    assert xp(tree, "//t:incident") == []
    assert said(tree)[1] == ("#tom", "Then Piet joined the meeting.")
    assert said(tree)[3] == ("#tom", "And Lise left the meeting early")


# A message posted in the meeting's chat before the call, over the transcript.
CHAT_POST = """[Monday 4:51 PM] Oona Falkenberg

Hello all, the call starts in ten minutes. Slides are in the files tab.

Oona Falkenberg   0:03
Right, let us begin.

Dag Mbeki   0:09
Morning.
"""


def test_a_chat_post_head_is_its_poster_s_turn_not_the_title() -> None:
    tree = encode(CHAT_POST, "standup.txt")
    assert said(tree) == [
        (
            "#oona-falkenberg",
            "Hello all, the call starts in ten minutes. Slides are in the files tab.",
        ),
        ("#oona-falkenberg", "Right, let us begin."),
        ("#dag-mbeki", "Morning."),
    ]
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["standup"]
    assert xp(tree, "//t:docTitle") == []
    first = xp(tree, "//t:sp")[0]
    assert xp(first, "t:speaker/t:time/text()") == [
        "Monday 4:51 PM"
    ]  # the day the brackets hold with it
    point = first.get("synch")[1:]
    assert xp(tree, f"//t:when[@xml:id='{point}']/@absolute") == ["16:51:00"]
    assert tei_to_text(tree).split() == CHAT_POST.split()


# A stenographer's front: offices on lines of their own without a margin
# number (the copy joins them to the name above), a generation after a name,
# the body a participant speaks for under the name.
OFFICES_FRONT = [
    "FORUM HELD BY THE STATE SENATE",
    "",
    "PRESIDING:",
    "   Senator Birgit K. Hallas",
    "   Co-Chair",
    "",
    "   Senator Emeka Ward, Jr.",
    "",
    "FORUM PARTICIPANTS:",
    "Linus Varga",
    "Town Supervisor",
    "Town of Millbrook",
    "Sade Ortiz-Kane",
    "Police Chief",
    "City of Larkfield",
    "",
    "       SENATOR HALLAS:  We open the forum.",
    "       SENATOR WARD:  Thank you, Senator Hallas.",
    "       SENATOR HALLAS:  Supervisor Varga, please.",
    "       SENATOR WARD:  Then Chief Ortiz-Kane.",
]


def _numbered_offices(
    lines: list[str], offices: tuple[str, ...] = ("Co-Chair", "Town Supervisor", "Police Chief")
) -> str:
    """Margin numbers on every line but the office lines under a name, as a
    stenographer prints them."""
    out, number = [], 0
    for line in lines:
        if line.strip() in offices:
            out.append(f"              {line}")
            continue
        number += 1
        out.append(f"{number:>8}      {line}".rstrip())
    return "\n".join(out) + "\n"


def test_offices_generations_and_bodies_in_a_list_are_no_persons() -> None:
    text = _numbered_offices(OFFICES_FRONT)
    tree = encode(text, "forum.txt")
    listed = participants(tree)
    assert sorted(listed) == [
        "birgit-k-hallas",
        "emeka-ward",
        "linus-varga",
        "sade-ortiz-kane",
    ]
    assert listed["birgit-k-hallas"][0] == "Birgit K. Hallas"
    # the labels name the listed people: no person made for them
    assert [who for who, _ in said(tree)] == [
        "#birgit-k-hallas",
        "#emeka-ward",
        "#birgit-k-hallas",
        "#emeka-ward",
    ]
    assert tei_to_text(tree).split() == text.split()


def test_a_title_in_capitals_over_three_lines_is_kept_whole() -> None:
    text = _numbered(ROUNDTABLE_PAGES).replace(
        "PANEL ON RIVER DREDGING\n",
        "PANEL ON RIVER DREDGING\n              AND FLOOD BARRIERS\n",
        1,
    )
    tree = encode(text, "dredging.txt")
    assert xp(tree, "//t:titleStmt/t:title/text()") == [
        "HEARING HELD BY THE STATE ASSEMBLY PANEL ON RIVER DREDGING AND FLOOD BARRIERS"
    ]
    # the second line's margin number stays a break in the title
    assert "2" in xp(tree, "//t:docTitle//t:lb/@n")
    assert tei_to_text(tree).split() == text.split()


def test_a_line_in_small_letters_under_a_title_is_not_the_title() -> None:
    text = (
        "HEARING ON THE HARBOUR WALL\nHeld at the Town Hall\n\n"
        "ANA: Good.\n\nTOM: Yes.\n\nANA: So.\n"
    )
    tree = encode(text, "wall.txt")
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["HEARING ON THE HARBOUR WALL"]


# A press call whose copy ends in the middle of an answer.
CUT_ANSWER = """MODERATOR:  Thank you all.  First question to Ravi.

Q    Thanks.  Is the envoy going back this week?

MR. DELACROIX:  He is.  We said so on Monday.

MODERATOR:  Next, Ingrid.

Q    And the talks with Minister Sato?

MR. DELACROIX:  Those go on.  I will not say more today.

They were never paused — these talks with Sato, by the way,
"""


def test_the_last_paragraph_of_a_speech_cut_mid_sentence_is_the_speaker_s() -> None:
    tree = encode(CUT_ANSWER, "call.txt")
    assert xp(tree, "//t:stage[@type='narration']") == []
    last = said(tree)[-1]
    assert last == (
        "#delacroix",
        "Those go on. I will not say more today. "
        "They were never paused — these talks with Sato, by the way,",
    )


def test_a_whole_sentence_about_them_after_a_speech_is_still_narration() -> None:
    text = CUT_ANSWER.replace(
        "They were never paused — these talks with Sato, by the way,",
        "They left the room.",
    )
    tree = encode(text, "call.txt")
    assert xp(tree, "//t:stage[@type='narration']/text()") == ["They left the room."]


def test_office_lines_and_committees_under_names_are_no_persons() -> None:
    text = _numbered(
        [
            "BEFORE THE STATE SENATE PORTS COMMITTEE",
            "",
            "PUBLIC HEARING ON DOCK SAFETY",
            "",
            "PRESIDING:",
            "   Senator Yusuf Kerr",
            "   Chair, Senate Committee on Ports,",
            "   Harbours and Coastal Affairs",
            "",
            "   Assemblywoman Dorota Lenz",
            "   Chair, Assembly Ways and Means Committee",
            "",
            "       SENATOR KERR:  We begin.",
            "       ASSEMBLYWOMAN LENZ:  Thank you, Senator.",
            "       SENATOR KERR:  First witness.",
            "       ASSEMBLYWOMAN LENZ:  Please go ahead.",
        ]
    )
    tree = encode(text, "docks.txt")
    assert sorted(participants(tree)) == ["dorota-lenz", "yusuf-kerr"]
    assert [who for who, _ in said(tree)] == [
        "#yusuf-kerr",
        "#dorota-lenz",
        "#yusuf-kerr",
        "#dorota-lenz",
    ]
    assert tei_to_text(tree).split() == text.split()


# A Teams live event's chat: the poster's name alone over the message, a
# blank line between messages, no time, no colon.
LIVE_CHAT = """Mira Castellanos (CONTOSO)
Good afternoon from Lisbon!

tobi_w
hi all

Mira Castellanos (CONTOSO)
Slides will be shared after the call.

Raj "Ziggy" Banerjee [MVP]
Will there be a recording?

tobi_w
yes, same link (Raj "Ziggy" Banerjee  asked "Will there be a recording?")

Anonymous
thanks!
"""


def test_names_alone_over_chat_messages_open_turns() -> None:
    tree = encode(LIVE_CHAT, "live.txt")
    assert said(tree) == [
        ("#mira-castellanos", "Good afternoon from Lisbon!"),
        ("#tobi-w", "hi all"),
        ("#mira-castellanos", "Slides will be shared after the call."),
        ("#raj-ziggy-banerjee-mvp", "Will there be a recording?"),
        (
            "#tobi-w",
            'yes, same link (Raj "Ziggy" Banerjee asked "Will there be a recording?")',
        ),
        ("#anonymous", "thanks!"),
    ]
    # the first poster's name is no title
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["live"]
    assert tei_to_text(tree).split() == LIVE_CHAT.split()


def test_a_poem_with_a_repeated_first_line_is_no_chat() -> None:
    text = (
        "Over the hill the river runs\nand the mill wheel turns.\n\n"
        "Over the hill the river runs\nand the miller sleeps.\n\n"
        "Over the hill the river runs\nand the winter comes.\n\n"
        "Over the hill the river runs\nand then it is spring.\n"
    )
    result = encode(text, "poem.txt")
    assert xp(result, "//t:sp") == []


def test_a_members_list_goes_on_past_committee_lines_and_their_run_on() -> None:
    text = _numbered(
        [
            "BEFORE THE STATE SENATE AND ASSEMBLY",
            "",
            "JOINT LEGISLATIVE HEARING ON LIBRARIES",
            "",
            "PRESENT:",
            "   Senator Nadia Brook",
            "   Senate Finance Committee (Acting RM)",
            "   Assemblyman Olu Petrakis",
            "   Chair, Assembly Committee on Libraries",
            "   and Education",
            "   Senator Vera Lindqvist",
            "",
            "LIST OF SPEAKERS",
            "",
            "       SENATOR BROOK:  We begin.",
            "       ASSEMBLYMAN PETRAKIS:  Thank you.",
            "       SENATOR LINDQVIST:  Good morning.",
            "       SENATOR BROOK:  First witness.",
        ]
    )
    tree = encode(text, "libraries.txt")
    assert sorted(participants(tree)) == ["nadia-brook", "olu-petrakis", "vera-lindqvist"]
    assert [who for who, _ in said(tree)] == [
        "#nadia-brook",
        "#olu-petrakis",
        "#vera-lindqvist",
        "#nadia-brook",
    ]
    assert xp(tree, "//t:stage[@type='narration']") == []
    assert tei_to_text(tree).split() == text.split()


def test_a_running_head_over_three_lines_is_page_furniture_with_its_margins() -> None:
    pages = []
    speech = [
        "       SENATOR BROOK:  We begin with the branch libraries.",
        "       ASSEMBLYMAN PETRAKIS:  Thank you, Senator.",
        "       SENATOR BROOK:  Ms. Alvarez, please.",
    ]
    for page in range(1, 5):
        lines = [" " * 60 + str(page)]
        lines.append(" 1   Library Budget Hearing")
        lines.append("     Education")
        lines.append(" 2   4-12-22")
        for number, line in enumerate(speech, 3):
            lines.append(f"{number:>2}   {line}")
        lines += [f"{n:>2}" for n in range(6, 25)]
        pages.append("\n".join(lines))
    text = "\n\x0c".join(pages) + "\n"
    tree = encode(text, "library.txt")
    heads = xp(tree, "//t:fw[@type='header']/text()")
    assert heads == ["Library Budget Hearing", "Education", "4-12-22"] * 4
    # the margin number of the head's line is a line break, not a word of the head
    for fw in xp(tree, "//t:fw[@type='header'][.='Library Budget Hearing']"):
        assert fw.getprevious().get("n") == "1"
    assert not xp(tree, "//t:person/t:persName[contains(., 'Hearing')]")
    assert tei_to_text(tree).split() == text.split()


def test_representing_lines_and_offices_with_small_words_name_no_one() -> None:
    text = _numbered_offices(
        [
            "FORUM HELD BY THE STATE SENATE",
            "",
            "ALSO PRESENT:",
            "   Nils Ekdahl",
            "   Representing Senator Tove Rask, Jr.",
            "",
            "FORUM PARTICIPANTS:",
            "Ines Moreau",
            "Assistant to the County Executive",
            "Lorenz Abbe",
            "Commissioner of Parks",
            "",
            "       SENATOR RASK:  We open the forum.",
            "       MS. MOREAU:  Thank you.",
            "       SENATOR RASK:  Commissioner Abbe, please.",
            "       MR. ABBE:  Thank you, Senator.",
        ],
        ("Assistant to the County Executive", "Commissioner of Parks"),
    )
    tree = encode(text, "forum.txt")
    listed = participants(tree)
    assert {"nils-ekdahl", "ines-moreau", "lorenz-abbe"} <= set(listed)
    assert not [key for key in listed if "representing" in key or "assistant" in key]
    assert not [key for key in listed if "commissioner" in key or key == "jr"]
    assert tei_to_text(tree).split() == text.split()


def test_a_sentence_that_opens_a_quotation_after_a_speech_is_still_narration() -> None:
    text = CUT_ANSWER.replace(
        "They were never paused — these talks with Sato, by the way,",
        "They then read the statement:",
    )
    tree = encode(text, "call.txt")
    assert xp(tree, "//t:stage[@type='narration']/text()") == ["They then read the statement:"]


def test_a_teams_recording_s_length_under_its_date_is_its_extent() -> None:
    text = (
        "Harbour board-20250612_140000-Meeting Recording\n\n"
        "June 12, 2025, 2:00PM\n1h 3m 20s\n\n"
        "Ewa Lindahl   0:05\nShall we start?\n\n"
        "Kofi Brandt   0:09\nYes, go ahead.\n"
    )
    tree = encode(text, "board.txt")
    assert xp(tree, "//t:sourceDesc/t:bibl/t:extent/text()") == ["1h 3m 20s"]
    assert xp(tree, "//t:body//t:p[.='1h 3m 20s']") == []
    assert [who for who, _ in said(tree)] == ["#ewa-lindahl", "#kofi-brandt"]
    assert tei_to_text(tree).split() == text.split()


def test_a_joint_legislative_hearing_under_the_body_s_name_is_the_title() -> None:
    text = _numbered(
        [
            "BEFORE THE STATE SENATE TRANSPORT",
            "AND ASSEMBLY ROADS COMMITTEE",
            "",
            "JOINT LEGISLATIVE HEARING",
            "",
            "       SENATOR BROOK:  We begin.",
            "       ASSEMBLYMAN PETRAKIS:  Thank you.",
            "       SENATOR BROOK:  First witness.",
            "       ASSEMBLYMAN PETRAKIS:  Please.",
        ]
    )
    tree = encode(text, "roads.txt")
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["JOINT LEGISLATIVE HEARING"]
    assert tei_to_text(tree).split() == text.split()


def test_two_teams_cues_copied_from_word_are_two_turns() -> None:
    text = (
        "0:0:1.500 --> 0:0:4.200\nKasia Holmberg\nCan you see my screen?\n"
        "0:0:4.300 --> 0:0:6.900\nArjun Selby\nYes, all good.\n"
    )
    tree = encode(text, "short.txt")
    assert said(tree) == [
        ("#kasia-holmberg", "Can you see my screen?"),
        ("#arjun-selby", "Yes, all good."),
    ]
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["short"]
    assert tei_to_text(tree).split() == text.split()


def test_a_name_and_time_over_each_block_is_no_running_head() -> None:
    """Teams's 'Name   M:SS' lines recur with times that grow: each is a turn
    at its time, never a running head whose number is a page's."""
    blocks = []
    for minute, second in [(5, 14), (5, 23), (5, 37), (5, 50), (6, 2), (6, 11), (6, 30)]:
        name = "Oriana Delacroix-Whitfield (SHE/HER)"
        blocks.append(f"{name}   {minute}:{second:02d}\nWe moved on.\n")
        blocks.append(f"Bram Koster   {minute}:{second + 5:02d}\nRight, thanks.\n")
    tree = encode("\n".join(blocks), "call.txt")
    assert xp(tree, "//t:pb") == [] and xp(tree, "//t:fw") == []
    assert len(said(tree)) == 14
