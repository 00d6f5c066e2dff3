"""Records and logs probe 7 found unread or misread: mission time past 99 hours,
an air traffic tape's run-together hours and minutes, court answers marked
"A" and one space, a chair's label with a particle joined by a hyphen, an
office's holder in brackets wrapped onto the next line.

Every transcript here is invented for these tests; every expectation was
written from the transcript above it, by reading.
"""

from __future__ import annotations

from lxml import etree
from test_exports_and_oral import encode, participants, said, same_words, xp


def spoken(tree: etree._ElementTree) -> list[tuple[str, str]]:
    """(who, the turn's words) for every turn, page furniture (fw) left out."""
    out = []
    for sp in xp(tree, "//t:sp"):
        words = [w for p in xp(sp, "t:p") for w in xp(p, ".//text()[not(ancestor::t:fw)]")]
        out.append((sp.get("who"), " ".join(" ".join(words).split())))
    return out


# Mission elapsed time past 99 hours, a space before one colon, an editor's
# note in brackets between two turns.
LUNAR_LOG = """Surface Journal, Day Seven

131:05:12 Okafor: The rover is parked by the ridge.

131:05:20 Lindqvist: Copy, I see the dust settling.

[Okafor has the sample bag open; Lindqvist is at the gnomon.]
131:05:41 Okafor: Bag two is sealed.

131:06:02 Brandt : Nice work, both of you.
"""


def test_mission_time_past_99_hours_opens_turns() -> None:
    tree = encode(LUNAR_LOG, "lunar.txt")
    assert said(tree) == [
        ("#okafor", "The rover is parked by the ridge."),
        ("#lindqvist", "Copy, I see the dust settling."),
        ("#okafor", "Bag two is sealed."),
        ("#brandt", "Nice work, both of you."),
    ]
    assert xp(tree, "//t:sp/t:speaker/t:time/text()") == [
        "131:05:12",
        "131:05:20",
        "131:05:41",
        "131:06:02",
    ]
    # 131 hours, 5 minutes, 12 seconds on the timeline
    intervals = xp(tree, "//t:timeline/t:when/@interval")
    assert intervals[0] == str(131 * 3600 + 5 * 60 + 12)
    # the editor's note stands between the turns, no one's words
    assert ["".join(s.itertext()) for s in xp(tree, "//t:div/t:stage")] == [
        "[Okafor has the sample bag open; Lindqvist is at the gnomon.]"
    ]
    same_words(tree, LUNAR_LOG)


# An air traffic control tape: hours and minutes run together before the
# seconds, a call sign after the time, no colon.
ATC_TAPE = """Transcript of Approach Tape

1342:05 GLX217 Approach good afternoon Galaxy two one seven level eight thousand
1342:11 AR4    Galaxy two one seven radar contact descend six thousand
1342:17 GLX217 down to six thousand Galaxy two one seven
1342:40 AR4    Galaxy two one seven turn left heading two four zero
1342:46 GLX217 left two four zero
"""


def test_run_together_hours_and_minutes_open_call_sign_turns() -> None:
    tree = encode(ATC_TAPE, "tape.txt")
    assert [who for who, _ in said(tree)] == [
        "#glx217",
        "#ar4",
        "#glx217",
        "#ar4",
        "#glx217",
    ]
    assert said(tree)[1][1] == "Galaxy two one seven radar contact descend six thousand"
    # 13:42:05 is 49325 seconds; the first interval counts from the origin
    assert xp(tree, "//t:timeline/t:when/@interval")[:2] == ["49325", "49331"]
    same_words(tree, ATC_TAPE)


# A court reporter's page where the answers are marked "A" and one space.
COURT_PAGE = """Page 212
Q Did you sign the lease yourself?
A I did, in March.
Q Who else was in the office?
A Nobody but the agent.
Q Thank you.
"""


def test_answers_after_one_space_are_the_witness_turns() -> None:
    tree = encode(COURT_PAGE, "court.txt")
    assert said(tree) == [
        ("#q", "Did you sign the lease yourself?"),
        ("#a", "I did, in March."),
        ("#q", "Who else was in the office?"),
        ("#a", "Nobody but the agent."),
        ("#q", "Thank you."),
    ]
    assert xp(tree, "//t:pb/@n") == ["212"]
    same_words(tree, COURT_PAGE)


def test_answers_after_one_space_with_margin_numbers() -> None:
    text = "\n".join(f"{n} {line}" for n, line in enumerate(COURT_PAGE.splitlines()[1:], 1))
    tree = encode("Page 212\n" + text + "\n", "court-numbered.txt")
    assert [who for who, _ in said(tree)] == ["#q", "#a", "#q", "#a", "#q"]
    assert said(tree)[3][1] == "Nobody but the agent."


def test_a_line_opening_with_the_article_stays_speech() -> None:
    # no question marked "Q" before it: "A" is the article, not an answer
    text = (
        "Nadia Brook: A storm came in over the hills.\n"
        "A second storm followed it.\n"
        "Tomas Weil: Then the bridge closed.\n"
        "Nadia Brook: A day later it opened.\n"
    )
    tree = encode(text, "article.txt")
    assert [who for who, _ in said(tree)] == ["#nadia-brook", "#tomas-weil", "#nadia-brook"]
    assert "A second storm followed it." in said(tree)[0][1]


# A Malay chamber's record: the chair's label holds a particle joined by a
# hyphen; a minister's label names the office and, in brackets, its holder,
# the print wrapping the brackets over two lines.
MALAY_SITTING = """Tuan Yang di-Pertua:  Ahli-ahli Yang Berhormat, kita mulakan sekarang.
Dato’ Zainab Osman:  Terima kasih Tuan Yang di-Pertua.
Tuan Yang di-Pertua:  Silakan Menteri menjawab.
Menteri  Pelancongan  [Datuk
Hakim Rosli]:  Tuan Yang di-Pertua, terima kasih.
Tuan Yang di-Pertua:  Terima kasih, Yang Berhormat.
"""


def test_a_chair_label_with_a_hyphened_particle_and_a_wrapped_holder() -> None:
    tree = encode(MALAY_SITTING, "dewan.txt")
    turns = said(tree)
    assert [who for who, _ in turns] == [
        "#tuan-yang-di-pertua",
        "#dato-zainab-osman",
        "#tuan-yang-di-pertua",
        "#datuk-hakim-rosli",
        "#tuan-yang-di-pertua",
    ]
    assert turns[3][1] == "Tuan Yang di-Pertua, terima kasih."
    speaker = xp(tree, "//t:sp[4]/t:speaker")[0]
    assert " ".join("".join(speaker.itertext()).split()) == (
        "Menteri Pelancongan [Datuk Hakim Rosli]:"
    )
    assert participants(tree)["tuan-yang-di-pertua"] == ["Tuan Yang di-Pertua"]
    # the person is the office's holder
    assert participants(tree)["datuk-hakim-rosli"] == ["Datuk Hakim Rosli"]
    same_words(tree, MALAY_SITTING)


def test_an_office_of_many_words_with_its_holder_in_brackets_said_once() -> None:
    # the office with a small joining word ("dan") and eight words, wrapped
    # inside the brackets; the minister speaks once, the chair twice
    text = (
        "Tuan Yang di-Pertua:  Silakan Yang Berhormat Menteri.\n"
        "Timbalan Menteri  Sains Teknologi dan Inovasi  Negeri  Pulau  [Datin\n"
        "Aisyah Karim]:  Terima kasih, Tuan Yang di-Pertua.\n"
        "Tuan Yang di-Pertua:  Terima kasih.\n"
    )
    tree = encode(text, "dewan2.txt")
    assert [who for who, _ in said(tree)] == [
        "#tuan-yang-di-pertua",
        "#datin-aisyah-karim",
        "#tuan-yang-di-pertua",
    ]
    assert said(tree)[1][1] == "Terima kasih, Tuan Yang di-Pertua."


def test_a_party_in_brackets_is_no_holder() -> None:
    # a member's party in brackets inside an interjection the print wrapped:
    # no label of its own (the bracket holds no name in mixed case)
    text = (
        "Präsident Kohl: Das Wort hat die Abgeordnete Berger.\n"
        "Anna Berger (SPD): Wir lehnen den Antrag ab.\n"
        "(Jonas Meier-\n"
        "Voss [CDU/CSU]: Warum?)\n"
        "Der Antrag ist schlecht.\n"
        "Präsident Kohl: Danke.\n"
    )
    tree = encode(text, "landtag.txt")
    assert [who for who, _ in said(tree)] == ["#kohl", "#anna-berger", "#kohl"]


# A voice transcript of a flight: a crew's code opens each transmission, no
# colon and no time; a transmission wraps onto a line of its own.
VOICE_LOG = """Orbital Voice Transcript

CG Atlas two, this is Canberra. How do you read?

CM Loud and clear, Canberra.

PL Everything is green on my side.

CG Roger. Stand by for the burn,
one minute from now.

CM Roger.

PL Standing by.
"""


def test_crew_codes_without_colon_or_time_open_turns() -> None:
    tree = encode(VOICE_LOG, "voice.txt")
    assert said(tree) == [
        ("#cg", "Atlas two, this is Canberra. How do you read?"),
        ("#cm", "Loud and clear, Canberra."),
        ("#pl", "Everything is green on my side."),
        ("#cg", "Roger. Stand by for the burn, one minute from now."),
        ("#cm", "Roger."),
        ("#pl", "Standing by."),
    ]
    assert xp(tree, "//t:sp[1]/t:speaker/text()") == ["CG"]
    same_words(tree, VOICE_LOG)


def test_capital_words_opening_sentences_are_no_codes() -> None:
    # "I" and "A" open sentences; they recur, but they are words
    text = (
        "Field notes\n\nI went down to the river.\n\nA heron stood there.\n\n"
        "I waited an hour.\n\nA boat passed by.\n"
    )
    tree = encode(text, "notes.txt")
    assert said(tree) == []


# A teleconference transcript's page head of three lines over each page's
# number, one of them "Moderator: Name"; a page breaks inside a speech.
TOWN_HALL = """Operator:
Our next caller is Rui Santos.
Rui Santos:
Good afternoon. I wanted to ask about
Harbor Board Call
Moderator: Elif Kaya
05-11-22/2:00 pm ET
Page 2
the dredging schedule for the north basin.
Elif Kaya:
We expect to publish it soon. The dates
Harbor Board Call
Moderator: Elif Kaya
05-11-22/2:00 pm ET
Page 3
depend on the permits.
Operator:
That was our last question.
"""


def test_a_page_head_naming_the_moderator_is_no_speaker() -> None:
    tree = encode(TOWN_HALL, "call.txt")
    turns = spoken(tree)
    assert [who for who, _ in turns] == [
        "#operator",
        "#rui-santos",
        "#elif-kaya",
        "#operator",
    ]
    # the speech goes on across the page in its speaker's turn
    assert turns[1][1].endswith("about the dredging schedule for the north basin.")
    assert turns[2][1].endswith("The dates depend on the permits.")
    assert (
        xp(tree, "//t:fw[@type='header']/text()")
        == [
            "Harbor Board Call",
            "Moderator: Elif Kaya",
            "05-11-22/2:00 pm ET",
        ]
        * 2
    )
    assert xp(tree, "//t:pb/@n") == ["2", "3"]
    assert "moderator" not in participants(tree)
    same_words(tree, TOWN_HALL)


# A court reporter's foot (name and office) at the end of each page, the
# next page's head and number under it.
COURT_FEET = """Motions Calendar
Page 30
THE COURT: Counsel, you may proceed with the
second motion.
MR. OSEI: Thank you. We ask the court to
Ruth Ames, RPR
Official Court Reporter
Motions Calendar
Page 31
extend the deadline by two weeks.
THE COURT: Granted.
Ruth Ames, RPR
Official Court Reporter
"""


def test_a_court_reporters_foot_is_no_word_of_the_speech() -> None:
    tree = encode(COURT_FEET, "motions.txt")
    turns = spoken(tree)
    assert [who for who, _ in turns] == ["#court", "#osei", "#court"]
    assert turns[1][1] == "Thank you. We ask the court to extend the deadline by two weeks."
    assert turns[2][1] == "Granted."
    assert (
        xp(tree, "//t:fw[@type='footer']/text()")
        == [
            "Ruth Ames, RPR",
            "Official Court Reporter",
        ]
        * 2
    )
    assert xp(tree, "//t:fw[@type='header']/text()") == ["Motions Calendar"] * 2
    same_words(tree, COURT_FEET)


def test_a_line_said_twice_above_page_lines_and_elsewhere_stays_speech() -> None:
    # "Thank you very much." in the lines above both page lines, and once more
    # in a turn on the last page: words of the speech, not furniture
    text = (
        "Page 1\nNia Park: We open the hearing.\nThank you very much.\nWe begin.\n"
        "Page 2\nOmar Diaz: Good.\nThank you very much.\nWe go on.\n"
        "Page 3\nNia Park: Thank you very much.\nThank you very much.\nWe close.\n"
        "The minutes follow.\nThe room empties.\nAdjourned.\n"
    )
    tree = encode(text, "hearing.txt")
    assert xp(tree, "//t:fw[@type='header' or @type='footer']") == []
    assert said(tree)[1] == ("#omar-diaz", "Good. Thank you very much. We go on.")


# A teleconference's caller named as the operator heard the name, in
# parentheses, alone on the line over the question.
CALLERS = """Operator:
Our first question comes from (Ravi Mehta). Your line is open.
(Ravi Mehta):
Hello. When do the new forms take effect?
Joan Pike:
They take effect in May.
Operator:
Our next question comes from Lena Ford.
Lena Ford:
Thank you. Will there be a webinar?
Joan Pike:
Yes, in April.
"""


def test_a_callers_name_as_heard_in_parentheses_opens_a_turn() -> None:
    tree = encode(CALLERS, "call.txt")
    turns = said(tree)
    assert [who for who, _ in turns] == [
        "#operator",
        "#ravi-mehta",
        "#joan-pike",
        "#operator",
        "#lena-ford",
        "#joan-pike",
    ]
    assert turns[1][1] == "Hello. When do the new forms take effect?"
    # the label is kept as written, the name without its parentheses
    assert xp(tree, "//t:sp[2]/t:speaker/text()") == ["(Ravi Mehta):"]
    assert participants(tree)["ravi-mehta"] == ["Ravi Mehta"]
    same_words(tree, CALLERS)


# A broadcast's roll-up captions in capitals, no voices and no chevrons: a
# phrase ending in a full stop is no speaker's label, a cue no heading.
CAPS_CAPTIONS = """WEBVTT

00:00:02.000 --> 00:00:04.000
GOOD AFTERNOON, THE COUNCIL

00:00:04.100 --> 00:00:06.000
IS IN SESSION. FIRST WE

00:00:06.100 --> 00:00:08.000
TAKE UP THE HOUSING REPORT

00:00:08.100 --> 00:00:10.000
PUBLIC TESTIMONY.

00:00:10.100 --> 00:00:12.000
WILL FOLLOW THE VOTE
"""


def test_captions_in_capitals_without_voices_have_no_speakers() -> None:
    tree = encode(CAPS_CAPTIONS, "council.vtt")
    assert xp(tree, "//t:sp") == []
    assert xp(tree, "//t:head") == []
    cues = xp(tree, "//t:div[@type='conversation']/t:p")
    assert len(cues) == 5
    assert "".join(cues[1].itertext()).endswith("IS IN SESSION. FIRST WE")
    assert len(xp(tree, "//t:p/t:time[@synch]")) == 5


def test_captions_in_capitals_keep_chevron_speakers() -> None:
    # where ">>" names the speaker, the label in capitals is still read
    text = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n>> CHAIR OYELOWO: WE WILL BEGIN.\n\n"
        "00:00:03.100 --> 00:00:05.000\n>> MEMBER SATO: THANK YOU.\n\n"
        "00:00:05.100 --> 00:00:07.000\n>> CHAIR OYELOWO: NEXT ITEM.\n"
    )
    tree = encode(text, "chevrons.vtt")
    assert [who for who, _ in said(tree)] == ["#oyelowo", "#member-sato", "#oyelowo"]


# A German plenary record: a minister's label of five words with two
# academic titles, her office in one word, alone on its line, said twice.
MINISTER_ALONE = """Vizepräsident Karl Emde:

Es antwortet die Ministerin.

Prof. Dr. Ilse M. Brandt, Wissenschaftsministerin:

Herr Präsident, die Mittel sind bewilligt.

Vizepräsident Karl Emde:

Eine Zusatzfrage? Bitte, Frau Ministerin.

Prof. Dr. Ilse M. Brandt, Wissenschaftsministerin:

Gern.
"""


def test_a_label_with_two_titles_and_an_office_is_not_cut_at_the_titles() -> None:
    tree = encode(MINISTER_ALONE, "landtag.txt")
    turns = said(tree)
    assert turns == [
        ("#karl-emde", "Es antwortet die Ministerin."),
        ("#ilse-m-brandt", "Herr Präsident, die Mittel sind bewilligt."),
        ("#karl-emde", "Eine Zusatzfrage? Bitte, Frau Ministerin."),
        ("#ilse-m-brandt", "Gern."),
    ]
    assert xp(tree, "//t:sp[2]/t:speaker/text()") == [
        "Prof. Dr. Ilse M. Brandt, Wissenschaftsministerin:"
    ]
    same_words(tree, MINISTER_ALONE)


# An interjection over two lines, the member's party in parentheses inside it,
# in the middle of a speech that goes on below it.
INTERJECTION = """Präsident Otto Lindner:

Das Wort hat Frau Sommer.

Marie Sommer (FDP):

Ich fasse mich kurz.

(Paul Haas (Grüne): Das glauben
wir Ihnen nicht!)

Doch, ganz kurz.

Präsident Otto Lindner:

Danke. Frau Sommer noch einmal.

Marie Sommer (FDP):

Danke.
"""


def test_an_interjection_over_two_lines_with_a_party_inside_is_a_stage() -> None:
    tree = encode(INTERJECTION, "landtag.txt")
    turns = said(tree)
    assert [who for who, _ in turns] == [
        "#otto-lindner",
        "#marie-sommer",
        "#otto-lindner",
        "#marie-sommer",
    ]
    assert turns[1][1] == "Ich fasse mich kurz. Doch, ganz kurz."
    sommer = xp(tree, "//t:sp")[1]
    stages = ["".join(s.itertext()) for s in xp(sommer, "t:stage")]
    assert [" ".join(s.split()) for s in stages] == [
        "(Paul Haas (Grüne): Das glauben wir Ihnen nicht!)"
    ]
    same_words(tree, INTERJECTION)


# A recognised meeting with names added: a name, a role in parentheses, and a
# Markdown link to the recording at that time, alone over the words.
LINKED_TIMES = """### transcript

Ines Duarte (Board Chair)  [0:07](https://video.example/watch?v=xyz&t=7)
Good evening. Can everyone hear me?

Kofi Annor (Treasurer)  [0:12](https://video.example/watch?v=xyz&t=12)
Yes, loud and clear.

Ines Duarte (Board Chair)  [1:03](https://video.example/watch?v=xyz&t=63)
Then let us begin with the minutes.

Various  [1:10](https://video.example/watch?v=xyz&t=70)
Aye.
"""


def test_a_name_role_and_linked_time_over_the_words_opens_a_turn() -> None:
    tree = encode(LINKED_TIMES, "board.md")
    assert said(tree) == [
        ("#ines-duarte", "Good evening. Can everyone hear me?"),
        ("#kofi-annor", "Yes, loud and clear."),
        ("#ines-duarte", "Then let us begin with the minutes."),
        ("#various", "Aye."),
    ]
    assert xp(tree, "//t:sp/t:speaker/t:time/text()") == ["0:07", "0:12", "1:03", "1:10"]
    # the link stays in the label as written
    speaker = "".join(xp(tree, "//t:sp[2]/t:speaker")[0].itertext())
    assert speaker == "Kofi Annor (Treasurer)  [0:12](https://video.example/watch?v=xyz&t=12)"
    assert xp(tree, "//t:personGrp/@xml:id") == ["various"]
    same_words(tree, LINKED_TIMES)


def test_a_label_spaced_out_by_a_justified_line_is_the_same_label() -> None:
    # a justified print spreads the words of one line: the chair's label
    # with two spaces between its words is the chair's, in a long speech
    # where it stands once beside labels said with one space
    text = (
        "Tuan Yang di-Pertua:  Ahli-ahli Yang Berhormat, kita mulakan.\n"
        "Dato’ Zainab Osman:  Terima kasih.\n"
        "\n"
        "PENGUMUMAN\n"
        "\n"
        "  Tuan  Yang  di-Pertua:  Ahli-ahli  Yang  Berhormat,  saya  ingin\n"
        "memaklumkan bahawa mesyuarat akan ditangguhkan.\n"
        "Tuan Yang di-Pertua:  Silakan.\n"
    )
    tree = encode(text, "dewan3.txt")
    assert [who for who, _ in said(tree)] == [
        "#tuan-yang-di-pertua",
        "#dato-zainab-osman",
        "#tuan-yang-di-pertua",
        "#tuan-yang-di-pertua",
    ]
    assert said(tree)[2][1].startswith("Ahli-ahli Yang Berhormat, saya ingin")


# A transcript under a file's wrapper of metadata: the title is the line over
# the date, not the topic field.
WRAPPED = """## metadata
link audio: https://example.org/a.mp3
topic: Harbour dredging

## content

Port Authority Hearing on Dredging Permits
June 9, 2023
Clerk:
The hearing is open.
Ada Moss:
Thank you.
Clerk:
First speaker, please.
Ada Moss:
I am ready.
"""


def test_the_line_over_the_date_is_the_title_under_a_metadata_wrapper() -> None:
    tree = encode(WRAPPED, "hearing.md")
    assert xp(tree, "//t:titleStmt/t:title/text()") == [
        "Port Authority Hearing on Dredging Permits"
    ]
    assert xp(tree, "//t:profileDesc//t:keywords/t:term/text()") == ["Harbour dredging"]
    assert [who for who, _ in said(tree)] == ["#clerk", "#ada-moss", "#clerk", "#ada-moss"]
    same_words(tree, WRAPPED)


def test_a_tapes_legend_over_the_first_time_opens_no_turn() -> None:
    # the legend's rows open with capitals ("ATC", "US") as call signs do; only
    # the timed lines under it are transmissions
    text = (
        "Legend\n\nATC Tower at Northfield, Position T1  T1\nUS Air 318  USA318\n\n"
        "Transcript of Tape\n\n"
        "2205:10 USA318 Northfield tower US Air three eighteen on final\n"
        "2205:14 T1     US Air three eighteen cleared to land\n"
        "2205:18 USA318 cleared to land three eighteen\n"
    )
    tree = encode(text, "tower.txt")
    assert len(said(tree)) == 3
    assert said(tree)[1][1] == "US Air three eighteen cleared to land"
    assert xp(tree, "//t:sp/t:speaker/t:time/text()") == ["2205:10", "2205:14", "2205:18"]


def test_a_running_head_that_names_the_witness_more_fully_on_one_page() -> None:
    # "Okoro — Cross/Lind" over page 7, "B. Okoro — Cross/Lind" over page 8
    text = (
        "Okoro — Cross/Lind\nPage 7\nQ. Were you at the depot?\nA. I was.\n"
        "Q. Alone?\nA. With two drivers.\nB. Okoro — Cross/Lind\nPage 8\n"
        "Q. Who were they?\nA. I do not recall.\n"
    )
    tree = encode(text, "cross.txt")
    assert xp(tree, "//t:fw[@type='header']/text()") == [
        "Okoro — Cross/Lind",
        "B. Okoro — Cross/Lind",
    ]
    assert spoken(tree)[3][1] == "With two drivers."
    assert xp(tree, "//t:pb/@n") == ["7", "8"]


def test_a_crew_codes_sound_alone_is_that_members_turn() -> None:
    text = VOICE_LOG + "\nCM (Laughter)\n\nCG Copy that.\n"
    tree = encode(text, "voice2.txt")
    sps = xp(tree, "//t:sp")
    assert [sp.get("who") for sp in sps[-3:]] == ["#pl", "#cm", "#cg"]
    assert xp(sps[-2], ".//t:stage/text()") == ["(Laughter)"]


def test_a_quizs_lettered_options_are_no_crew_codes() -> None:
    # options lettered A to D under each question: the letters recur and open
    # most lines, but they run down the alphabet, a list's letters
    text = (
        "Science Quiz\n\n1. Which gas do plants take in?\nA Oxygen\nB Carbon dioxide\n"
        "C Helium\nD Neon\n\n2. Which planet is the largest?\nA Mars\nB Venus\n"
        "C Jupiter\nD Mercury\n\nScores are read out at the end.\n"
    )
    tree = encode(text, "quiz.txt")
    assert said(tree) == []
    assert participants(tree) == {}
    assert "D Neon" in xp(tree, "//t:p/text()")


def test_a_list_of_country_codes_is_no_voice_transcript() -> None:
    # two-letter codes recur and open most lines, but no line after them holds
    # a sentence: items of a list, not transmissions
    text = (
        "Warehouses\n\nNL Rotterdam, 40 pallets\nES Valencia, 12 pallets\n"
        "IT Genoa, 25 pallets\nNL Venlo, 8 pallets\nES Madrid, 30 pallets\n"
        "IT Milan, 17 pallets\n\nStock is counted every Friday.\n"
    )
    tree = encode(text, "stock.txt")
    assert said(tree) == []
    assert participants(tree) == {}


# A timing log of a race: a time with hours and minutes run together and a
# runner's number in capitals open each line, as an air traffic tape's call
# signs do, but the words after the numbers are the same for every runner.
SPLITS = """Lakeside Relay: split times

0008:14 CAR11 reached the first bridge
0008:20 CAR42 reached the first bridge
0017:03 CAR11 reached the boathouse
0017:31 CAR42 reached the boathouse
0026:45 CAR42 crossed the line
0026:52 CAR11 crossed the line

Splits are unofficial until the judges sign them.
"""


def test_a_timing_log_with_run_together_times_opens_no_turns() -> None:
    tree = encode(SPLITS, "splits.txt")
    assert said(tree) == []
    assert participants(tree) == {}
    same_words(tree, SPLITS)


def test_a_closing_line_without_a_time_is_no_word_of_the_last_transmission() -> None:
    text = ATC_TAPE + "\nEnd of the excerpt. The tape runs on for an hour.\n"
    tree = encode(text, "tape2.txt")
    assert said(tree)[-1] == ("#glx217", "left two four zero")
    assert "End of the excerpt. The tape runs on for an hour." in xp(tree, "//t:body//t:p/text()")
    same_words(tree, text)
