"""Session 22: transcripts a user's copy hard-wrapped at a fixed width.

A mail client or a text editor wraps every long line at about 72 columns: a
speech's last line then stands right over the next speaker's label, and a
sentence the wrap cut may open a line with a word and a colon, or with words in
capitals and a stop, as a label does. Expected values are written from reading
the invented texts below.
"""

from __future__ import annotations

import pytest
from lxml import etree

from encoder.pipeline import encode_text
from encoder.plaintext import removed_lines, tei_to_text
from encoder.reader.shapes import _REMARK_FIRST

NS = {"t": "http://www.tei-c.org/ns/1.0"}


def _tree(text: str, name: str = "t.txt") -> etree._ElementTree:
    result = encode_text(text, name)
    assert result.tree is not None, [d.format() for d in result.diagnostics]
    return result.tree


def _turns(text: str) -> list[tuple[str, str]]:
    """(who, the turn's words) of every turn."""
    tree = _tree(text)
    return [
        (sp.get("who", "").rsplit("-", 1)[-1], " ".join("".join(sp.itertext()).split()))
        for sp in tree.iterfind(".//t:sp", NS)
    ]


def _round_trip(text: str) -> None:
    """Every word comes back, in order (the wrap's line ends are white space),
    but for the page's furniture the header records as removed (README)."""
    tree = _tree(text)
    removed = removed_lines(tree)
    kept = [line for n, line in enumerate(text.splitlines(), 1) if n not in removed]
    assert tei_to_text(tree).split() == "\n".join(kept).split()


# a meeting export's "Name   time" lines, each speech wrapped at 72 columns and no
# blank line between turns (as Teams' export is when pasted into an editor)
TEAMS_WRAPPED = """\
Harbour Board Works Committee-20250304_180211-Meeting Transcript
4 March 2025, 06:02pm

Ilse Varga   0:03
OK, I think the transcript is running. Welcome, everyone. This is the
works committee for March, and the one item tonight is the north quay.
Duarte, Beto   0:19
Thanks. We had three bids back. The lowest is from a firm in Brennick,
but their schedule puts the work in July, which is our busiest month for
the ferries and for the fish market on the quay itself.
Ilse Varga   11:02
And the second bid?
Duarte, Beto   11:05
They could start in May, and they would keep one berth open throughout
the work, which the ferry company asked for in its letter of last week.
Ilse Varga   14:09
Then May it is.
"""


def test_name_time_line_under_a_wrapped_speech_opens_a_turn() -> None:
    turns = _turns(TEAMS_WRAPPED)
    assert [who for who, _ in turns] == ["varga", "duarte", "varga", "duarte", "varga"]
    assert turns[2][1].endswith("And the second bid?")
    assert "the quay itself." in turns[1][1] and "Ilse" not in turns[1][1]
    _round_trip(TEAMS_WRAPPED)


def test_name_time_lines_unwrapped_stay_as_they_were() -> None:
    # near miss: the same export with every speech on one line gives the same turns
    unwrapped = []
    for line in TEAMS_WRAPPED.splitlines():
        if unwrapped and line[:1].islower():  # a line the wrap cut off goes back up
            unwrapped[-1] += " " + line
        else:
            unwrapped.append(line)
    text = "\n".join(unwrapped) + "\n"
    assert len(unwrapped) == 13  # title, date, a blank line, five labels each over one line
    assert [who for who, _ in _turns(text)] == ["varga", "duarte", "varga", "duarte", "varga"]


# a debate's record hard-wrapped: an interjection in brackets cut after "[Hon."
DEBATE_WRAPPED = """\
Mr Arlo Penhale (Wexcombe) (Lab): I beg to move the motion on the order paper.
A great many Members want to take part in the debate, including our newest
Member, my hon. Friend the Member for Dunmarsh, who hopes to make his maiden
speech tonight, and I will be brief so that all may be heard. [Hon.
Members: "Hear, hear."] It is a pity that two statements have taken so
much of the time that was set aside for Back Benchers on the order paper.

Ms Cerys Pryde (Haldon Vale) (Con): I thank the hon. Gentleman for giving
way. Does he agree that the statements were needed?

Mr Arlo Penhale: They were needed, but they were long.
"""


def test_interjection_wrapped_inside_its_bracket_stays_in_the_speech() -> None:
    turns = _turns(DEBATE_WRAPPED)
    assert [who for who, _ in turns] == ["penhale", "pryde", "penhale"]
    assert '[Hon. Members: "Hear, hear."] It is a pity' in turns[0][1]
    _round_trip(DEBATE_WRAPPED)


def test_interjection_on_its_own_line_after_a_closed_bracket_is_a_turn() -> None:
    # near miss: the bracket above is closed, so "Hon. Members:" opens the
    # collective interjection as its own turn
    text = DEBATE_WRAPPED.replace(
        "speech tonight, and I will be brief so that all may be heard. [Hon.\n"
        'Members: "Hear, hear."] It is a pity',
        "speech tonight, and I will be brief so that all may be heard [Laughter].\n"
        "Hon. Members: Hear, hear.\n\nMr Arlo Penhale: It is a pity",
    )
    turns = _turns(text)
    assert len(turns) == 5
    assert turns[1][1].startswith("Hon. Members: Hear, hear.")


# a speech hard-wrapped where a book's title with a colon opens a line
TITLE_WRAPPED = """\
An Cathaoirleach: I call Deputy Corrigan.

Deputy Nessa Corrigan: I refer the Minister to a study of twenty years of
reform in the sector, published by the university in its report on Power in
Ireland: A Record of Failure. It compared prices across the regions with and
without the reform, and the prices rose highest where the reform went
furthest, which is what the people of my constituency have been telling me.

Minister Tadhg Ferris: I have read the report, and I do not agree with it,
for the reasons that I gave to the House when the Deputy raised it before.

Deputy Nessa Corrigan: Then the Minister should say why he does not agree.

An Cathaoirleach: We must move on.
"""


def test_title_colon_opening_a_wrapped_line_is_no_label() -> None:
    turns = _turns(TITLE_WRAPPED)
    assert [who for who, _ in turns] == [
        "cathaoirleach",
        "corrigan",
        "ferris",
        "corrigan",
        "cathaoirleach",
    ]
    assert "Power in Ireland: A Record of Failure. It compared" in turns[1][1]
    _round_trip(TITLE_WRAPPED)


def test_label_said_twice_under_a_line_in_small_letters_still_opens() -> None:
    # near miss: a speaker's label right under a speech that ends without a stop
    # (a recogniser's unpunctuated words): said twice, it is a label
    text = """\
Ana Ferro: so we went to the quay and we waited for the boat to come in and
the boat never came so we walked back along the harbour wall in the rain
Bruno: and then what
Ana Ferro: then we went home and waited for the morning ferry instead and it
came at six which was early for all of us but we took it anyway
Bruno: right
"""
    assert [who for who, _ in _turns(text)] == ["ferro", "bruno", "ferro", "bruno"]


# a radio log whose speakers stand alone over their words, the words wrapped: a
# switch's name in capitals and a stop cut onto a line of its own
LOG_WRAPPED = """\
CMP
Okay, Houston. During the pass we were on the high gain antenna, in the
NARROW BEAM. And we had a good lock. Just after we started the turn I was
able to keep the lock and get a good signal.

CC
Roger. We saw that down here too, and the signal held all the way round
until you went behind the moon. We would like you to cycle the switch and
report the reading when you come back round.

CMP
Will do. Cycling it now.

CC
Roger.

CMP
Reading is normal.
"""


def test_capitals_and_a_stop_said_once_under_a_wrapped_line_go_on() -> None:
    turns = _turns(LOG_WRAPPED)
    assert [who for who, _ in turns] == ["cmp", "cc", "cmp", "cc", "cmp"]
    assert "in the NARROW BEAM. And we had" in turns[0][1]
    _round_trip(LOG_WRAPPED)


def test_field_line_under_a_place_line_stays_a_field() -> None:
    # near miss: "Length:" under a place ending in small letters is a field of
    # its own (the header's extent), never joined to the place
    text = """\
Interviewee: Orla Tesfaye
Place: the Tesfaye home, 12 Mill Lane, Carrowbeg, County Sligo, Ireland
Length: 1 hour, 5 minutes

OT: I was born in the house across the lane, the one with the green door
and the yard where my grandfather kept his carts and his two old horses.

AM: And your father? What did he do when he came back from the war in the
spring of that year, and did he go back to the mill straight away?

OT: He kept the mill, as his father had, until the flood took the wheel in
the winter and the bank would not lend him the money to build a new one.
"""
    tree = _tree(text)
    assert tree.findtext(".//t:sourceDesc//t:extent", namespaces=NS) == "1 hour, 5 minutes"
    places = tree.findall(".//t:teiHeader//t:placeName", NS)
    assert places and all("Length" not in "".join(p.itertext()) for p in places)
    assert len(tree.findall(".//t:sp", NS)) == 3


# an oral history titled "Interview with NARRATOR by INTERVIEWER, date", its
# labels the two people's initials
INITIALS_BY = """\
Interview with Wendell Ashgrove by Priya Natarajan, May 2, 2009

PN:\tLet's begin with where you grew up.
WA:\tMuncie, Indiana. My dad worked at the glass plant.
PN:\tWhat did he make there?
WA:\tJars. Canning jars.
"""


def test_interviewer_after_bare_by_in_the_title_owns_the_initials() -> None:
    assert [who for who, _ in _turns(INITIALS_BY)] == ["natarajan", "ashgrove"] * 2
    tree = _tree(INITIALS_BY)
    people = [
        sorted("".join(n.itertext()) for n in person.iterfind("t:persName", NS))
        for person in tree.iterfind(".//t:listPerson/t:person", NS)
    ]
    assert ["PN", "Priya Natarajan"] in people


def test_by_and_a_word_in_small_letters_names_no_interviewer() -> None:
    # near miss: "by telephone" is how, not who
    text = INITIALS_BY.replace("by Priya Natarajan", "by telephone")
    tree = _tree(text)
    names = [" ".join(p.itertext()) for p in tree.iterfind(".//t:listPerson//t:persName", NS)]
    assert not any("telephone" in n.casefold() for n in names)
    assert [who for who, _ in _turns(text)][1] == "ashgrove"


# a play as a reading site sets it (a name alone at the margin, the speech set in
# below), the whole copy set in by four spaces, as a mail client's quote gives it
SET_IN_PLAY = """\
Fermín

      Ya llegan los coches del puerto, y con ellos la señora.

Doña Inés

      ¿Tan pronto? No esperaba a nadie hasta la noche.

Fermín

      Pues ahí están, y traen baúles para un mes.

Doña Inés

      Entonces que preparen las habitaciones del patio.

Fermín

      Ahora mismo, señora.
"""


def _indent(text: str, by: int) -> str:
    return "".join(" " * by + line if line.strip() else line for line in text.splitlines(True))


def test_names_over_set_in_speeches_when_every_line_is_set_in() -> None:
    want = ["fermin", "ines", "fermin", "ines", "fermin"]
    assert [who for who, _ in _turns(SET_IN_PLAY)] == want
    assert [who for who, _ in _turns(_indent(SET_IN_PLAY, 4))] == want
    _round_trip(_indent(SET_IN_PLAY, 4))


def test_names_set_in_as_far_as_their_speeches_are_no_labels() -> None:
    # near miss: every block set in alike (names and speeches at one indent) is
    # no reading site's layout; the names do not head speeches set in from them
    flat = "\n".join(line.strip() for line in SET_IN_PLAY.splitlines())
    assert [who for who, _ in _turns(_indent(flat, 4))] != ["fermin", "ines"] * 2 + ["fermin"]


# a press conference's stenographic version, its blocks parted by rules, copied
# from a web page with a blank line under every line
RULED = """\
Versión estenográfica de la conferencia de prensa | Martes 4 de marzo, 2025
---
ALCALDESA LUCÍA ORTEGA PRIETO
Buenos días a todas y a todos.
Hoy vamos a informar sobre las obras del mercado.
---
INGENIERO RAMÓN ESCOBEDO, DIRECTOR DE OBRAS
Gracias, alcaldesa.
Las obras terminan en junio.
---
ALCALDESA LUCÍA ORTEGA PRIETO
Muy bien. Preguntas.
---
INTERLOCUTOR
¿Y el estacionamiento?
---
INGENIERO RAMÓN ESCOBEDO
Se abre en julio.
---
ALCALDESA LUCÍA ORTEGA PRIETO
Gracias.
"""


def test_ruled_record_with_a_blank_line_under_every_line_keeps_its_speakers() -> None:
    double = RULED.replace("\n", "\n\n")
    for text in (RULED, double):
        turns = _turns(text)
        assert len(turns) == 6
        assert turns[0][1].endswith("las obras del mercado.")
        assert turns[1][0] == turns[4][0] != turns[0][0] == turns[2][0] == turns[5][0]
    _round_trip(double)


def test_blank_lines_without_rules_still_part_blocks() -> None:
    # near miss: with no rules, a blank line under every line leaves no block of
    # a name over its words: no speaker is taken from the name lines
    double = RULED.replace("---\n", "").replace("\n", "\n\n")
    assert len(_turns(double)) < 6


# a hearing's PDF copied as double-spaced text: paragraphs set in, full lines at
# the margin, a name and its stop the print wrapped to the margin
DOUBLE_HEARING = """\
    The subcommittee met, pursuant to notice, at 10:02 a.m., in Room 1300,

Longworth House Office Building, Hon. Petra Voss [chairwoman of the

subcommittee] presiding.

    Chairwoman Voss. Good morning. The subcommittee will come to order. We

have two witnesses this morning, and I will introduce them both, and then

Ms. Oyelaran. Dr. Tobias Renn is a hydrologist at the state university. Ms.

Kemi Oyelaran farms four hundred acres on the river's lower bank.

    Dr. Renn. Thank you, Madam Chairwoman. The river rose higher this spring

than in any year since the records began, and the levees held only barely.

    Ms. Oyelaran. Thank you. My family has farmed on the lower bank for three

generations, and we lost the whole of the spring planting in the flood.

    Chairwoman Voss. Thank you both. We will now turn to questions.
"""


def test_double_spaced_hearing_name_wrapped_to_the_margin_goes_on() -> None:
    turns = _turns(DOUBLE_HEARING)
    assert [who for who, _ in turns] == ["voss", "renn", "oyelaran", "voss"]
    assert "introduce them both, and then Ms. Oyelaran. Dr. Tobias Renn is" in turns[0][1]
    _round_trip(DOUBLE_HEARING)


def test_double_spaced_hearing_label_set_in_still_opens() -> None:
    # near miss: the same name set in as paragraphs begin is a turn of its own
    text = DOUBLE_HEARING.replace(
        "    Dr. Renn. Thank you, Madam", "    Ms. Oyelaran. Yes.\n\n    Dr. Renn. Thank you, Madam"
    )
    assert [who for who, _ in _turns(text)] == ["voss", "oyelaran", "renn", "oyelaran", "voss"]


# labels and meeting-export names in scripts with no capitals
@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "מנחה: שלום לכולם.\n\nדנה לוי: תודה.\n\nמנחה: נתחיל.\n\nדנה לוי: בסדר.\n",
            "מנחה",
            "דנה לוי",
        ),
        (
            "المذيع: مرحبا بكم.\n\nسارة أحمد: شكرا.\n\nالمذيع: لنبدأ.\n\nسارة أحمد: حسنا.\n",
            "المذيع",
            "سارة أحمد",
        ),
        (
            "사회자: 안녕하십니까.\n\n김민준: 감사합니다.\n\n사회자: 시작합니다.\n\n김민준: 네.\n",
            "사회자",
            "김민준",
        ),
        (
            "李明   0:03\n大家好。\n\n王芳   0:09\n好的。\n\n"
            "李明   0:15\n请说。\n\n王芳   0:21\n预算。\n",
            "李明",
            "王芳",
        ),
        (
            "김민준   0:03\n안녕하십니까.\n\n이서연   0:09\n감사합니다.\n\n"
            "김민준   0:15\n네.\n\n이서연   0:21\n좋습니다.\n",
            "김민준",
            "이서연",
        ),
    ],
)
def test_names_in_scripts_without_capitals_label_turns(text: str, first: str, second: str) -> None:
    tree = _tree(text)
    turns = tree.findall(".//t:sp", NS)
    assert len(turns) == 4
    who = [sp.get("who") for sp in turns]
    assert who[0] == who[2] != who[1] == who[3]
    speakers = [" ".join("".join(sp.find("t:speaker", NS).itertext()).split()) for sp in turns]
    assert speakers[0].startswith(first) and speakers[1].startswith(second)
    _round_trip(text)


def test_sentence_with_a_colon_in_a_script_without_capitals_is_no_turn() -> None:
    # near miss: a paragraph of Hebrew prose whose colon introduces a list is no label
    text = (
        "הנושאים שנדונו בישיבה הארוכה של הוועדה אתמול בערב היו רבים מאוד: תקציב, חינוך ותחבורה.\n"
    )
    assert _tree(text).findall(".//t:sp", NS) == []


def test_guest_company_in_brackets_after_a_name_and_time() -> None:
    text = """\
Ana Ruiz (She/Her)   0:03
OK, we are recording.

Ruiz, Tomás (ENG-PLAT)   0:09
Thanks. I have two items.

Ana Ruiz (She/Her)   0:15
Go ahead.

Bo Lindqvist [Contoso]   0:20
First, the release date.
"""
    speakers = [
        "".join(sp.find("t:speaker", NS).itertext()) for sp in _tree(text).iterfind(".//t:sp", NS)
    ]
    assert len(speakers) == 4 and speakers[3].startswith("Bo Lindqvist [Contoso]")


# a record whose labels stand alone over their speech, copied from a PDF whose
# page foot fell between a label and its speech
PAGED_LABELS = """\
Parish Council of Lower Hembury
Minutes of the meeting of 4 March 2025

THE CHAIR:
Item four, the footpath.

COUNCILLOR ABARA:
The stile by the mill is broken again.

THE CHAIR:
Page 1 of 2
Item five, the hall roof.

COUNCILLOR ABARA:
The quote came in at four thousand.

THE CHAIR:
Then we defer it.
"""


def test_page_foot_between_a_label_alone_and_its_speech() -> None:
    tree = _tree(PAGED_LABELS)
    turns = _turns(PAGED_LABELS)
    assert [who for who, _ in turns] == ["chair", "abara"] * 2 + ["chair"]
    assert turns[2][1].startswith("THE CHAIR: Page 1 of 2")
    assert turns[2][1].endswith("Item five, the hall roof.")
    third = tree.findall(".//t:sp", NS)[2]
    assert third.find("t:p/t:pb", NS) is not None or third.find(".//t:pb", NS) is not None
    assert tree.find(".//t:pb", NS).get("n") == "1"
    _round_trip(PAGED_LABELS)


def test_a_remark_between_a_label_alone_and_its_speech() -> None:
    # a remark in brackets under the label opens the speech, no paragraph of the
    # turn before
    text = PAGED_LABELS.replace("Page 1 of 2\n", "[Inaudible]\n")
    turns = _turns(text)
    assert [who for who, _ in turns] == ["chair", "abara"] * 2 + ["chair"]
    assert turns[2][1] == "THE CHAIR: Inaudible Item five, the hall roof."
    _round_trip(text)


def test_a_time_in_brackets_under_a_label_alone_is_not_joined_as_a_remark() -> None:
    # near miss: "[00:04:10]" under a label alone is a time, not a remark: the
    # remark rule does not take it
    assert _REMARK_FIRST.match("[00:04:10] Item five.") is None
    assert _REMARK_FIRST.match("[Page 12]") is None
    assert _REMARK_FIRST.match("[Laughter.] Yes.") is not None


# a Landtag record of two pages, its labels alone over the speech: the chair's
# label stands a few lines over the page line and again near the end
LANDTAG_PAGES = """\
Landtag von Nordwestfalen
42. Sitzung

Sven Brandt (DIE LINKE):
Frau Präsidentin! Ich bin gleich fertig.

Vizepräsidentin Dr. Ilka Morgenroth:
Gestatten Sie eine Zwischenfrage?

Sven Brandt (DIE LINKE):
Bitte.
Page 1 of 2

Jens Kowalczyk (CDU):
Wer hat die Schuldenbremse ausgesetzt?

Sven Brandt (DIE LINKE):
Der ganze Landtag.

Vizepräsidentin Dr. Ilka Morgenroth:
Damit schließe ich die Aussprache.
"""


def test_label_alone_near_a_page_line_and_the_end_is_no_page_foot() -> None:
    turns = _turns(LANDTAG_PAGES)
    assert [who for who, _ in turns] == [
        "brandt",
        "morgenroth",
        "brandt",
        "kowalczyk",
        "brandt",
        "morgenroth",
    ]
    _round_trip(LANDTAG_PAGES)


def _paged(turns: list[str], every: int = 6) -> str:
    """The turns, a blank line between, a PDF's "Page N of M" after every few lines."""
    lines: list[str] = []
    total = len(turns) // every + 1
    for at, turn in enumerate(turns, 1):
        lines += [turn, ""]
        if at % every == 0:
            lines += [f"Page {at // every} of {total}", ""]
    return "\n".join(lines)


# a podcast's transcript with the host's label a field's key ("Host:") and the
# host asking the same short question three times, copied from a PDF
HOST_TURNS = [
    "Host: Welcome back. Tonight we talk about the harbour.",
    "MO: Thanks for having me.",
    "Host: Mira?",
    "MO: The harbour needs dredging, and soon.",
    "Host: And the cost?",
    "MO: About two million.",
    "PK: I think it will cost more than that.",
    "Host: Mira?",
    "MO: It may. The survey will tell us.",
    "Host: Paolo, your view on the survey?",
    "PK: It should have been done last year.",
    "Host: Mira?",
    "MO: I agree with that.",
]


def test_host_label_saying_the_same_words_again_is_no_running_head() -> None:
    text = _paged(HOST_TURNS, every=5)
    turns = _turns(text)
    assert len(turns) == len(HOST_TURNS)
    assert sum(1 for who, words in turns if words == "Host: Mira?") == 3
    _round_trip(text)


def test_running_field_under_each_page_line_is_still_furniture() -> None:
    # near miss: "Interviewee: Mira Osei" said again under each page's number,
    # its key opening no other line, is the page's running head
    turns = ["Interviewee: Mira Osei", "", *[t for t in HOST_TURNS if not t.startswith("PK")]]
    lines: list[str] = []
    for at, turn in enumerate(turns, 1):
        lines += [turn, ""]
        if at % 4 == 0:
            lines += [f"Page {at // 4} of 4", "Interviewee: Mira Osei", ""]
    tree = _tree("\n".join(lines))
    heads = [fw.text for fw in tree.iterfind(".//t:fw", NS) if fw.get("type") == "header"]
    assert heads and set(heads) == {"Interviewee: Mira Osei"}
    assert not any("Interviewee" in words for _, words in _turns("\n".join(lines)))


# a podcast site's transcript, each line a time, a name in bold and the words; the
# same short reply said at two times, each right over a page line
TIMED_REPLIES = [
    "0:00:03.1 **Ana Ruiz** Welcome to the book club.",
    "0:00:07.9 **Bo Lindqvist** Thanks. This month it is a sea story.",
    "0:00:12.0 **Ana Ruiz** Mm-hmm (affirmative).",
    "0:00:13.4 **Bo Lindqvist** The captain loses his ship in the first chapter.",
    "0:00:20.2 **Bo Lindqvist** Then he walks home across the ice.",
    "0:00:29.7 **Ana Ruiz** Mm-hmm (affirmative).",
    "0:00:31.5 **Bo Lindqvist** It takes him two years.",
    "0:00:35.0 **Ana Ruiz** That is a long walk.",
    "0:00:38.2 **Bo Lindqvist** It is.",
]


def test_same_timed_reply_over_two_page_lines_is_no_running_head() -> None:
    text = "\n".join(
        [
            x
            for at, t in enumerate(TIMED_REPLIES, 1)
            for x in ([t, ""] if at % 3 else [t, "", f"Page {at // 3} of 3", ""])
        ]
    )
    turns = _turns(text)
    assert len(turns) == len(TIMED_REPLIES)
    assert sum(1 for _, words in turns if words.endswith("Mm-hmm (affirmative).")) == 2


@pytest.mark.parametrize(
    "head", ["{name}, 00:00:{s:02d}", "{name} @ 0:{s:02d}", "{name} - 0:{s:02d}"]
)
def test_name_and_time_heads_of_other_recorders(head: str) -> None:
    said = [("Ana Ruiz", "OK, we are recording."), ("Bo Lee", "Thanks, Ana. Two items.")] * 2
    text = "\n".join(
        f"{head.format(name=name, s=3 + 6 * at)}\n{words}\n"
        for at, (name, words) in enumerate(said)
    )
    tree = _tree(text)
    assert [sp.get("who") for sp in tree.iterfind(".//t:sp", NS)] == [
        "#t-ana-ruiz",
        "#t-bo-lee",
    ] * 2
    assert len(tree.findall(".//t:sp/t:speaker/t:time", NS)) == 4


def test_a_day_and_a_clock_after_a_comma_is_no_name_and_time() -> None:
    # near miss: "Recorded 14 Nov, 09:30" is when, not who
    text = "Recorded 14 Nov, 09:30\nSome text here.\n\nAna Ruiz: Hello.\n\nBo Lee: Hi.\n"
    assert [sp.get("who") for sp in _tree(text).iterfind(".//t:sp", NS)] == [
        "#t-ana-ruiz",
        "#t-bo-lee",
    ]


# an oral history whose transcriber typed the tape's end after the speech's last words
GLUED_TAPE = """\
Narrator: Beatrix Olawale-Harmon
Interviewer: Tom Reyes
Date: 11 August 1994

TR: Where did you work after the war?

BOH: At the cannery, on the line. Then in the office. [END OF TAPE 1, SIDE A]

[TAPE 1, SIDE B]

TR: You were saying, the office.

BOH: Yes, the office. I kept the books for twenty years.

TR: Thank you. [END OF INTERVIEW]
"""


def test_tape_note_typed_at_a_speech_end_is_an_incident_in_its_line() -> None:
    tree = _tree(GLUED_TAPE)
    inline = tree.findall(".//t:sp/t:p/t:incident", NS)
    assert [i.findtext("t:desc", namespaces=NS) for i in inline] == [
        "[END OF TAPE 1, SIDE A]",
        "[END OF INTERVIEW]",
    ]
    assert all(i.get("type") == "recording" and i.get("rend") == "inline" for i in inline)
    assert tree.find(".//t:supplied", NS) is None  # no words an editor supplied
    back = tei_to_text(tree)
    assert "Then in the office. [END OF TAPE 1, SIDE A]\n" in back
    assert "TR: Thank you. [END OF INTERVIEW]" in back
    _round_trip(GLUED_TAPE)


def test_bracketed_words_about_a_tape_in_a_sentence_stay_words() -> None:
    # near miss: "[the tape]" supplied by an editor inside a sentence is no note
    # about the recording, nor is a short "[tape]"
    text = GLUED_TAPE.replace("I kept the books", "I kept [the tape of] the books").replace(
        "You were saying", "You were saying [tape]"
    )
    tree = _tree(text)
    assert len(tree.findall(".//t:sp/t:p/t:incident", NS)) == 2
    assert len(tree.findall(".//t:supplied", NS)) == 2


def test_label_alone_said_once_in_the_form_of_a_recurring_one() -> None:
    text = (
        "Chairman ROE.\n\nThe committee will come to order.\n\nMr. LEE.\n\n"
        "Thank you, Mr. Chairman.\n\nChairman ROE.\n\nWe stand adjourned.\n"
    )
    assert [who for who, _ in _turns(text)] == ["roe", "lee", "roe"]
    colon = "Ana Ruiz:\n\nWelcome.\n\nBo Lindqvist:\n\nThanks.\n\nAna Ruiz:\n\nLet us begin.\n"
    assert [who for who, _ in _turns(colon)] == ["ruiz", "lindqvist", "ruiz"]


def test_heading_alone_once_beside_recurring_labels_is_no_label() -> None:
    # near miss: a heading in capitals, or heading words with a colon, alone once
    text = (
        "Chairman ROE.\n\nThe committee will come to order.\n\nOPENING STATEMENT.\n\n"
        "We meet today on the harbour.\n\nChairman ROE.\n\nWe stand adjourned.\n"
    )
    assert [who for who, _ in _turns(text)] == ["roe", "roe"]
    colon = "Ana Ruiz:\n\nWelcome.\n\nAction Items:\n\nThe budget.\n\nAna Ruiz:\n\nLet us begin.\n"
    assert [who for who, _ in _turns(colon)] == ["ruiz", "ruiz"]


def test_a_members_state_is_no_mention_of_the_member() -> None:
    # a House record's "Mr. MILLER of Florida" label: "Florida" alone in the
    # speeches ("the gentleman from Florida (Mr. Shaw)") names a state, not him
    text = (
        "Mr. MILLER of Florida. Mr. Speaker, I rise in support.\n\n"
        "Mr. ROSS. I thank the gentleman from Florida (Mr. Miller). I also thank the "
        "gentleman from Florida (Mr. Shaw) and the gentleman from Ohio.\n\n"
        "Mr. MILLER of Florida. I thank Mr. Ross.\n"
    )
    tree = _tree(text)
    mentions = [
        (p.text, p.get("ref", "").rsplit("-", 2)[-2:])
        for p in tree.iterfind(".//t:body//t:p//t:persName", NS)
    ]
    assert all(words != "Florida" for words, _ in mentions), mentions
    assert any(words == "Miller" for words, _ in mentions)


def test_label_broken_after_its_title_is_one_label() -> None:
    text = (
        "MS. PSAKI:  Hi everyone. Two items at the top.\n\nQ    Thanks, Jen. On Ukraine?\n\n"
        "MS.\nPSAKI:  We have said what we will do.\n\nQ    And on the budget?\n\n"
        "MS. PSAKI:  Nothing new today.\n"
    )
    turns = _turns(text)
    assert [who for who, _ in turns] == ["psaki", "q", "psaki", "q", "psaki"]
    assert turns[1][1] == "Q Thanks, Jen. On Ukraine?"
    assert turns[2][1] == "MS. PSAKI: We have said what we will do."
    _round_trip(text)


def test_a_title_alone_over_words_is_no_label() -> None:
    # near miss: "Dr." alone over a line that opens no label stays a paragraph
    text = "ANA: I saw the doctor.\n\nBO: Which one?\n\nANA: The new one, the\nDr.\nfrom Leeds.\n"
    assert [who for who, _ in _turns(text)] == ["ana", "bo", "ana"]


# a printed hearing's table of contents, an appendix's line among its entries
CONTENTS = """\
HEARING ON THE HARBOUR

                            C O N T E N T S

                              ----------
                                                                   Page
Hearing held on:
    March 4, 2031................................................     1
Appendix:
    March 4, 2031................................................    27

                               WITNESSES
                        Tuesday, March 4, 2031

Roe, Ana, Harbour Master, the Port Authority......................     3

                                APPENDIX

Prepared statements:
    Roe, Ana.....................................................    28

    Chairman LEE. The committee will come to order.

    Ms. ROE. Thank you, Mr. Chairman.

    Chairman LEE. We are adjourned.
"""


def test_appendix_in_a_contents_before_the_turns_stays_in_its_place() -> None:
    tree = _tree(CONTENTS)
    back = tei_to_text(tree).split()
    assert back.index("APPENDIX") < back.index("Prepared") < back.index("Chairman")
    assert len(tree.findall(".//t:sp", NS)) == 3
    assert tree.find(".//t:div[@type='documentInformation']", NS) is None
    _round_trip(CONTENTS)


def test_appendix_after_the_turns_is_still_matter_after_the_text() -> None:
    # near miss: after the turns, "APPENDIX" opens the matter after the conversation
    text = (
        "Chairman LEE. The committee will come to order.\n\nMs. ROE. Thank you.\n\n"
        "Chairman LEE. We are adjourned.\n\nAPPENDIX\n\nThe witness's statement follows.\n"
    )
    heads = [
        h.text for h in _tree(text).iterfind(".//t:div[@type='documentInformation']/t:head", NS)
    ]
    assert heads == ["APPENDIX"]


def test_a_word_of_many_in_an_italic_direction_stays_a_group() -> None:
    # a play whose directions are in italics marks: "All" in "_All the crowd
    # rise._" is the crowd speaking together, as the prefix "_All._" is
    text = (
        "_Bjorn._\n\nThe race is on.\n\n_Kari._\n\nI will win it.\n\n"
        "(_All the crowd rise._)\n\n_All._\n\nKari has won!\n\n_Bjorn._\n\nAgain!\n\n"
        "_Kari._\n\nNo more.\n"
    )
    tree = _tree(text)
    groups = [g.findtext("t:persName", namespaces=NS) for g in tree.iterfind(".//t:personGrp", NS)]
    people = [p.findtext("t:persName", namespaces=NS) for p in tree.iterfind(".//t:person", NS)]
    assert "All" in groups and "All" not in people


def test_label_wrapped_in_its_parenthesis_over_a_blank_line() -> None:
    # a Bundestag record's label alone, wrapped inside the party's parenthesis,
    # copied with a blank line under every line
    text = (
        "Präsident Dr. Hans Oberle:\n\nDas Wort hat die Kollegin Brandauer.\n\n"
        "Katrin Brandauer (BÜNDNIS 90/DIE GRÜ-\n\nNEN):\n\n"
        "Herr Präsident! Meine Damen und Herren!\n\n"
        "Präsident Dr. Hans Oberle:\n\nFrau Kollegin, Ihre Zeit.\n\n"
        "Katrin Brandauer (BÜNDNIS 90/DIE GRÜ-\n\nNEN):\n\nIch komme zum Schluss.\n\n"
        "Präsident Dr. Hans Oberle:\n\nDanke.\n"
    )
    assert [who for who, _ in _turns(text)] == ["oberle", "brandauer"] * 2 + ["oberle"]


# a printed play copied from an edition's web page, its page markers kept
PLAY_PAGES = """\
THE MERCHANT'S WAGER

DRAMATIS PERSONAE

ANSELM, a merchant.
BRIDGET, his wife.
TOBIAS, a clerk.

ACT I.

SCENE I.--_A counting-house._

_Enter_ ANSELM _and_ TOBIAS.

ANS. Where are the ledgers, Tobias?

TOB. Upon the desk, sir, where you left them.

[Pg 12]

ANS. Then bring them here, and bring the candle too.

_Enter_ BRIDGET.

BRI. You work too late, husband.

ANS. The ships come in tomorrow.

[Pg 13]

TOB. And the wager with them.

[_Exeunt._
"""


def test_page_markers_in_a_play_are_page_breaks() -> None:
    tree = _tree(PLAY_PAGES)
    assert [pb.get("n") for pb in tree.iterfind(".//t:body//t:pb", NS)] == ["12", "13"]
    assert [fw.text for fw in tree.iterfind(".//t:body//t:fw", NS)] == ["[Pg 12]", "[Pg 13]"]
    stages = [s.text for s in tree.iterfind(".//t:body//t:stage", NS)]
    assert not any("Pg" in (s or "") for s in stages)
    assert len(tree.findall(".//t:sp", NS)) == 6
    back = tei_to_text(tree)
    assert "\n[Pg 12]\n" in back and "\n[Pg 13]\n" in back
    _round_trip(PLAY_PAGES)


def test_a_bracketed_direction_in_a_play_stays_a_direction() -> None:
    # near miss: "[Pointing to the door.]" and "[Page enters.]" are directions
    text = PLAY_PAGES.replace("[Pg 12]", "[Pointing to the door.]").replace(
        "[Pg 13]", "[Page enters.]"
    )
    tree = _tree(text)
    assert tree.find(".//t:body//t:pb", NS) is None
    stages = [s.text for s in tree.iterfind(".//t:body//t:stage", NS)]
    assert "[Pointing to the door.]" in stages and "[Page enters.]" in stages


def test_names_in_small_letters_over_a_meeting_exports_words() -> None:
    # display names typed in small letters, as a user set them in the meeting software
    text = (
        "ana ruiz   0:03\nok, we are recording.\n\nbo.lee   0:09\nthanks, two items.\n\n"
        "ana ruiz   0:15\ngo ahead.\n\nbo.lee   0:21\nfirst the budget.\n"
    )
    tree = _tree(text)
    who = [sp.get("who") for sp in tree.iterfind(".//t:sp", NS)]
    assert len(who) == 4 and who[0] == who[2] != who[1] == who[3]
    assert len(tree.findall(".//t:sp/t:speaker/t:time", NS)) == 4
    _round_trip(text)


def test_a_sentence_in_small_letters_ending_in_a_time_is_no_name() -> None:
    # near miss: "we met at   10:30" once, "see you at   11:00" once: no name said twice
    text = (
        "Ana Ruiz: the notes say\nwe met at   10:30\nand then\nsee you at   11:00\n\n"
        "Bo Lee: right.\n\nAna Ruiz: and later\nback by   12:15\n"
    )
    assert [who for who, _ in _turns(text)] == ["ruiz", "lee", "ruiz"]
