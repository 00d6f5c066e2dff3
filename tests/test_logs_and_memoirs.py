"""Mission logs, voice recorders and oral histories in the house styles of
space agencies and libraries: small transcripts written for these tests
(other crews, other numbers). Every expectation was written from the
transcript above it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, participants, said, same_words, xp

from encoder.plaintext import tei_to_text

# A mission log that writes days:hours:minutes:seconds in brackets before the label,
# and CapCom with the maker's prefix in small letters.
BRACKETED_DAYS = """[03:07:41:02] CMP: Pressure is holding at five point one.
[03:07:41:09] xCC: Understand five point one.
[03:07:42:30] LMP: Lights on the panel are green.
[03:07:43:11] xCC: We see the same.
[03:07:44:00] CMP: Closing the valve now.
"""


def test_days_hours_minutes_seconds_in_brackets_open_turns() -> None:
    tree = encode(BRACKETED_DAYS, "log.txt")
    assert said(tree) == [
        ("#cmp", "Pressure is holding at five point one."),
        ("#xcc", "Understand five point one."),
        ("#lmp", "Lights on the panel are green."),
        ("#xcc", "We see the same."),
        ("#cmp", "Closing the valve now."),
    ]
    # the time is the label's, its value on the timeline: 3 days 7 h 41 min 2 s
    assert xp(tree, "//t:sp[1]/t:speaker/t:time/text()") == ["03:07:41:02"]
    first = xp(tree, "//t:sp[1]/@synch")[0].lstrip("#")
    assert xp(tree, f"//t:when[@xml:id='{first}']/@interval") == [str(3 * 86400 + 7 * 3600 + 2462)]
    assert sorted(participants(tree)) == ["cmp", "lmp", "xcc"]
    assert participants(tree)["xcc"] == ["xCC"]
    same_words(tree, BRACKETED_DAYS)


def test_a_prefixed_label_said_once_stays_words() -> None:
    # "pH:" after a time once, among labels in capitals: words, not a speaker
    text = (
        "[01:02:03:04] CDR: Reading the probe.\n"
        "[01:02:03:09] CC: Go ahead.\n"
        "[01:02:03:15] CDR: pH: seven.\n"
        "[01:02:03:20] CC: Copy.\n"
    )
    tree = encode(text, "probe.txt")
    assert [who for who, _ in said(tree)] == ["#cdr", "#cc"] * 2
    assert said(tree)[2][1] == "pH: seven."


def test_a_prefixed_label_after_hours_minutes_seconds() -> None:
    text = BRACKETED_DAYS.replace("[03:", "[")
    tree = encode(text, "short.txt")
    assert [who for who, _ in said(tree)] == [
        "#cmp",
        "#xcc",
        "#lmp",
        "#xcc",
        "#cmp",
    ]


# A typescript of air-to-ground voice: the time printed only when it changes, so a
# call sign opening a line without a time is a new transmission in the same second;
# "Tape N/M" heads each page.
TYPESCRIPT = """Tape 7/1
GEMINI 12 AIR-TO-GROUND VOICE TRANSCRIPTION
01 04 22 10 CMD Houston, we have the target in sight.
CAP Roger, copy the target.
01 04 22 18 CMD Range is two miles and closing.
CAP Understand two.
PLT And the radar agrees.
01 04 22 40 CAP Copy the radar. The TDA is GO.
Tape 7/2
01 04 23 05 CMD Braking now.
CAP Roger, braking.
"""


def test_a_call_sign_without_a_time_is_a_new_turn() -> None:
    tree = encode(TYPESCRIPT, "gemini.txt")
    assert said(tree) == [
        ("#cmd", "Houston, we have the target in sight."),
        ("#cap", "Roger, copy the target."),
        ("#cmd", "Range is two miles and closing."),
        ("#cap", "Understand two."),
        ("#plt", "And the radar agrees."),
        ("#cap", "Copy the radar. The TDA is GO."),
        ("#cmd", "Braking now."),
        ("#cap", "Roger, braking."),
    ]
    # only the turns with a time of their own point to the timeline
    assert len(xp(tree, "//t:sp[@synch]")) == 4
    assert xp(tree, "//t:sp[2]/t:speaker/text()") == ["CAP"]
    same_words(tree, TYPESCRIPT)


def test_tape_heads_are_page_breaks_never_speech() -> None:
    tree = encode(TYPESCRIPT, "gemini.txt")
    assert xp(tree, "//t:pb/@n") == ["7/1", "7/2"]
    assert xp(tree, "//t:fw[@type='header']/text()") == ["Tape 7/1", "Tape 7/2"]
    assert not [w for _, w in said(tree) if "Tape" in w]
    assert xp(tree, "//t:titleStmt/t:title/text()") == [
        "GEMINI 12 AIR-TO-GROUND VOICE TRANSCRIPTION"
    ]
    # an OCR that lost the space ("Tape7/3") is the same head
    tree = encode(TYPESCRIPT.replace("Tape 7/2", "Tape7/2"), "gemini.txt")
    assert xp(tree, "//t:fw[@type='header']/text()") == ["Tape 7/1", "Tape7/2"]
    assert tei_to_text(tree).split() == TYPESCRIPT.replace("Tape 7/2", "Tape7/2").split()


def test_words_in_capitals_on_a_wrapped_line_are_no_call_sign() -> None:
    # "GO for docking" and "TDA Light" open lines of a speech the print wrapped:
    # GO is never a sign, TDA is a word said elsewhere in the log
    text = (
        "01 04 22 10 CMD Houston, the TDA is steady and we are\n"
        "GO for docking. The\n"
        "TDA Light is on.\n"
        "01 04 22 18 CAP Roger.\n"
        "01 04 22 30 CMD Docked.\n"
    )
    tree = encode(text, "dock.txt")
    assert [who for who, _ in said(tree)] == ["#cmd", "#cap", "#cmd"]
    assert "TDA Light is on." in said(tree)[0][1]


# A cockpit voice recorder as a web edition writes it: the time over each entry.
RECORDER = """[-00:00:00:30]
MS 1: Visor is down.

[-00:00:00:27]
MS 2: Mine too.

[-00:00:00:25]
PLT: Here it comes.

[-00:00:00:21]
MS 1: Ready.
"""


def test_a_role_and_its_number_is_no_title_and_name() -> None:
    tree = encode(RECORDER, "cvr.txt")
    assert said(tree) == [
        ("#ms-1", "Visor is down."),
        ("#ms-2", "Mine too."),
        ("#plt", "Here it comes."),
        ("#ms-1", "Ready."),
    ]
    assert participants(tree) == {"ms-1": ["MS 1"], "ms-2": ["MS 2"], "plt": ["PLT"]}


# The time over each entry; some entries are what the recorder heard, no one's words.
HEARD = """[00:00:01:05]
PLT: Gear is up.

[00:00:01:08]
Static.

[00:00:01:10]
CDR: Copy gear up.

[00:00:01:14].
PLT: Flaps next.

[00:00:01:20]
Garble.

[00:00:01:22]
CDR: Say again.

[00:00:01:30]
Whistling.
"""


def test_a_word_alone_under_a_time_is_an_event_not_a_speaker() -> None:
    tree = encode(HEARD, "heard.txt")
    assert said(tree) == [
        ("#plt", "Gear is up."),
        ("#cdr", "Copy gear up."),
        ("#plt", "Flaps next."),
        ("#cdr", "Say again."),
    ]
    assert sorted(participants(tree)) == ["cdr", "plt"]
    # each event is a stage at its own time, between the turns
    stages = xp(tree, "//t:div[@type='conversation']/t:stage")
    assert [" ".join("".join(s.itertext()).split()) for s in stages] == [
        "[00:00:01:08] Static.",
        "[00:00:01:20] Garble.",
        "[00:00:01:30] Whistling.",
    ]
    assert all(xp(s, "t:time/@synch") for s in stages)
    # every turn keeps its own time, the one over it
    assert xp(tree, "//t:sp/t:speaker/t:time/text()") == [
        "00:00:01:05",
        "00:00:01:10",
        "00:00:01:14",
        "00:00:01:22",
    ]
    same_words(tree, HEARD)


def test_a_time_with_a_full_stop_after_its_bracket_is_still_the_time() -> None:
    tree = encode(HEARD, "heard.txt")
    third = xp(tree, "//t:sp[3]")[0]
    assert "".join(xp(third, "t:speaker")[0].itertext()) == "[00:00:01:14]. PLT:"
    moment = xp(third, "@synch")[0].lstrip("#")
    assert xp(tree, f"//t:when[@xml:id='{moment}']/@interval") == ["74"]


# A library's web edition of an oral history keeps the hard copy's page numbers
# in brackets, alone on their lines.
PAGED = """Oral History Interview with
Ruth D. Oyelaran
Dayton, Ohio
April 9, 1979

[1]
HALE: When did you come to Dayton?
OYELARAN: In the spring of 1946.
HALE: Why Dayton?
[2]
OYELARAN: My brother had work at the airfield.
[3]
HALE: Thank you.
"""


def test_bracketed_page_numbers_alone_are_page_breaks() -> None:
    tree = encode(PAGED, "paged.txt")
    assert [who for who, _ in said(tree)] == [
        "#hale",
        "#ruth-d-oyelaran",
        "#hale",
        "#ruth-d-oyelaran",
        "#hale",
    ]
    assert xp(tree, "//t:pb/@n") == ["1", "2", "3"]
    assert xp(tree, "//t:fw[@type='pageNum']/text()") == ["[1]", "[2]", "[3]"]
    assert not xp(tree, "//t:note")
    assert not xp(tree, "//t:back//t:p")  # nothing of the interview in the back matter
    assert tei_to_text(tree).split() == PAGED.split()  # the pages where they stood


def test_bracketed_numbers_with_anchors_stay_notes() -> None:
    text = (
        "HALE: When did you come to Dayton?[1]\n\n"
        "OYELARAN: In the spring.\n\n"
        "HALE: Why?\n\n"
        "OYELARAN: Work.\n\n"
        "[1] Hale had asked this before the tape ran.\n"
    )
    tree = encode(text, "noted.txt")
    assert not xp(tree, "//t:pb")
    assert xp(tree, "//t:note/@n") == ["1"]


def test_a_note_without_an_anchor_before_the_turns_leaves_them_turns() -> None:
    text = (
        "Oral History Interview with Ruth D. Oyelaran\n\n"
        "[1] Page numbers of the hard copy are not kept.\n\n"
        "HALE: When did you come to Dayton?\n\n"
        "OYELARAN: In the spring.\n\n"
        "HALE: Why?\n\n"
        "OYELARAN: Work.\n"
    )
    tree = encode(text, "unanchored.txt")
    assert len(said(tree)) == 4
    assert not xp(tree, "//t:back//t:div[@type='commentary']")


def test_a_label_glued_after_a_page_marker_opens_a_turn() -> None:
    text = (
        "Transcript of Telephone Conversation Between Senator Pell and Mayor Dunn\n"
        "P: Good evening.\n"
        "D: Evening, Tom.\n"
        "P: The bridge vote is tomorrow.\n"
        "[Page 88]D: I know it.\n"
        "P: Then we agree.\n"
    )
    tree = encode(text, "glued.txt")
    assert [who for who, _ in said(tree)] == ["#pell", "#dunn", "#pell", "#dunn", "#pell"]
    assert said(tree)[3][1] == "I know it."
    assert xp(tree, "//t:sp[4]/t:pb/@n") == ["88"]
    assert xp(tree, "//t:sp[4]/t:fw/text()") == ["[Page 88]"]
    # the marker comes back on a line of its own, every word kept
    back = tei_to_text(tree)
    assert "\n[Page 88]\n\nD: I know it.\n" in back
    assert back.replace("[Page 88]\n\n", "[Page 88]").split() == text.split()


# A documentary edition's web page copied as text: the note numbers against the
# words, the notes a list after the text whose numbers the copy lost.
WEB_NOTES = """44. Memorandum of Telephone Conversation Between Minister Tamm and Consul Borg1
T: Did the cable arrive?
B: It came at noon.2
T: Then tell Iris3 at once.
B: I will.
- Source: State archive, Tallinn file 9. Secret.↩
- Not found.↩
- Iris Kask, the consul's secretary.↩
"""


def test_a_web_page_s_list_of_notes_is_notes_at_their_anchors() -> None:
    tree = encode(WEB_NOTES, "web.txt")
    assert said(tree)[-1] == ("#borg", "I will.")  # the notes are no words of Borg's
    assert xp(tree, "//t:note[@rend='listed']/@n") == ["1", "2", "3"]
    assert xp(tree, "//t:titleStmt/t:title/text()") == [
        "44. Memorandum of Telephone Conversation Between Minister Tamm and Consul Borg"
    ]
    assert xp(tree, "//t:sp[2]/t:p/t:note/text()") == ["Not found.↩"]
    assert "".join(xp(tree, "//t:sp[3]/t:p")[0].itertext()) == (
        "Then tell Iris" + "Iris Kask, the consul's secretary.↩" + " at once."
    )
    # the round trip writes the anchors against the words and the list again
    back = tei_to_text(tree)
    assert back.split() == WEB_NOTES.split()


def test_a_list_of_notes_cut_short_keeps_the_anchor_without_an_item() -> None:
    cut = WEB_NOTES.replace("- Iris Kask, the consul's secretary.↩\n", "- Iris Ka\n")
    cut = cut.replace("B: I will.", "B: I will, soon.4")
    tree = encode(cut, "cut.txt")
    assert xp(tree, "//t:note/@n") == ["1", "2", "3"]
    assert said(tree)[-1] == ("#borg", "I will, soon.4")


def test_dashed_lines_without_return_arrows_stay_speech() -> None:
    text = WEB_NOTES.replace("↩", "")
    tree = encode(text, "dashes.txt")
    assert not xp(tree, "//t:note")


# A typescript's asterisk note at a page's foot, in the middle of an answer.
ASTERISK = """HALE: Your diary, Letters from Kenora,* was that the start?

OYELARAN: It was. The publisher thought it

*Letters from Kenora, by Ruth D. Oyelaran. Lakeside, 1971


far too long, and cut it.

HALE: Thank you.

OYELARAN: Not at all.
"""


def test_an_asterisk_note_at_a_page_foot_is_a_note_at_its_anchor() -> None:
    tree = encode(ASTERISK, "asterisk.txt")
    assert said(tree) == [
        (
            "#hale",
            "Your diary, Letters from Kenora,Letters from Kenora, by Ruth D. Oyelaran. "
            "Lakeside, 1971 was that the start?",
        ),
        ("#oyelaran", "It was. The publisher thought it far too long, and cut it."),
        ("#hale", "Thank you."),
        ("#oyelaran", "Not at all."),
    ]
    assert xp(tree, "//t:sp[1]/t:p/t:note/@n") == ["*"]
    assert len(xp(tree, "//t:sp[2]/t:p")) == 1  # the sentence runs on over the page's foot
    assert tei_to_text(tree).count("*") == 2  # the anchor and the body, as written
    assert sorted(tei_to_text(tree).split()) == sorted(ASTERISK.split())


def test_an_asterisk_paragraph_without_an_anchor_stays_speech() -> None:
    text = ASTERISK.replace("Kenora,* was", "Kenora, was")
    tree = encode(text, "plain.txt")
    assert not xp(tree, "//t:note")
    assert "*Letters from Kenora" in said(tree)[1][1]


# A documentary edition's web page: the subject and the participants as bullets,
# the participants in groups by country.
GROUPED = """71. Memorandum of Conversation

SUBJECT

  • Timber Tariffs

PARTICIPANTS

  • Finland
    • Foreign Minister Lahti
    • Mr. Virtanen
  • Canada
    • Ambassador Moreau
    • Mr. Quinn

Minister Lahti said that the tariff was too high.

Ambassador Moreau replied that it would be reviewed.
"""


def test_a_bulleted_participants_list_in_groups_is_read() -> None:
    tree = encode(GROUPED, "grouped.txt")
    names = participants(tree)
    assert sorted(names) == ["lahti", "moreau", "quinn", "virtanen"]
    assert names["quinn"] == ["Mr. Quinn"]
    # the bullets are lines of the list, the groups' heads among them; none is a body <p>
    lines = xp(tree, "//t:div[@type='participants']/t:p")
    assert ["".join(p.itertext()) for p in lines] == [
        "• Finland",
        "• Foreign Minister Lahti",
        "• Mr. Virtanen",
        "• Canada",
        "• Ambassador Moreau",
        "• Mr. Quinn",
    ]
    assert not [p for p in xp(tree, "//t:body//t:p") if "•" in "".join(p.itertext())]
    assert xp(tree, "//t:keywords/t:term/text()") == ["Timber Tariffs"]
    same_words(tree, GROUPED)


# The same house style with the list's head lost, each bullet a name and an
# office; the labels an office abbreviated or a title before the surname, and
# names written surname first with the given name hyphenated.
MEMCON = """12. Memorandum of Conversation

  • Lina Okafor, Prime Minister
  • Pak Sung-chol, Minister of Trade
  • Hugo Brandt, Interpreter
  • Ivo Kern, Notetaker

PM Okafor: Shall we start with the harbour?

Minister Pak: Yes, the harbour first.

PM Okafor: The draft is ready.

Mr. Brandt: The draft is in two languages.

Minister Pak: Good.
"""


def test_bullets_under_a_title_are_participants_and_labels_find_them() -> None:
    tree = encode(MEMCON, "memcon.txt")
    assert [who for who, _ in said(tree)] == [
        "#lina-okafor",
        "#pak-sung-chol",
        "#lina-okafor",
        "#hugo-brandt",
        "#pak-sung-chol",
    ]
    names = participants(tree)
    assert names["lina-okafor"] == ["Lina Okafor", "PM Okafor"]  # never "Pm Okafor"
    assert names["pak-sung-chol"][0] == "Pak Sung-chol"
    assert names["ivo-kern"] == ["Ivo Kern"]  # listed, never speaks
    roles = xp(tree, "//t:person[@xml:id='ivo-kern']/t:note/text()")
    assert roles == ["Notetaker"]
    assert len(names) == 4  # no person made of a label


def test_initials_find_the_holder_a_title_names_in_parentheses() -> None:
    text = (
        "8. Transcript of Telephone Conversation Between the Minister for Shipping and "
        "Inland Waterways (Lund) and Governor Tamsin Ebert1\n"
        "L: Good morning, Tamsin.\n"
        "E: Morning.\n"
        "L: About the canal.\n"
        "E: It opens in June.\n"
        "- Source: Ministry files, Box 2.↩\n"
    )
    tree = encode(text, "telcon.txt")
    assert [who for who, _ in said(tree)] == ["#lund", "#ebert"] * 2
    assert sorted(participants(tree)) == ["ebert", "lund"]


def test_a_name_over_interviewed_by_is_the_narrator() -> None:
    text = (
        "Aviation History Project\n\n"
        "Marta J. Lindqvist\n"
        "Interviewed by Omar Haddad\n"
        "Tucson, AZ – 9 October 2014\n\n"
        "Haddad: Thank you for coming.\n\n"
        "Lindqvist: Glad to.\n\n"
        "Haddad: Where did you train?\n\n"
        "Lindqvist: In Denver.\n"
    )
    tree = encode(text, "oh.txt")
    assert [who for who, _ in said(tree)] == ["#omar-haddad", "#marta-j-lindqvist"] * 2
    assert participants(tree)["marta-j-lindqvist"][0] == "Marta J. Lindqvist"


def test_a_note_number_against_the_title_is_no_part_of_the_header_title() -> None:
    text = (
        "22. Memorandum of Conversation1\n\n"
        "Minister Lahti: We begin.\n\n"
        "Ambassador Moreau: Agreed.\n\n"
        "Minister Lahti: Then the tariff.\n\n"
        "Ambassador Moreau: Yes.\n"
    )
    tree = encode(text, "memo.txt")
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["22. Memorandum of Conversation"]
    assert "Conversation1" in tei_to_text(tree)  # the text keeps it as written
