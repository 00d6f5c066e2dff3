"""Meeting-software exports a tester's probe (14, K) found misread. Small
transcripts written for these tests (names, times and words invented, in the
house styles found); every expectation was written from the transcript above
it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, said, xp
from test_exports_probe7 import speakers_and_times

RULE = "_" * 80

# K1: Jitsi Meet's transcriber (Jigasi) saves a .txt: a head naming the room, the
# people present and the start, a rule of underscores, then one line per event, the
# time of day in angle brackets: "<10:02:14 AM> Ana Ruiz: words" (the words wrapped at
# 80 columns, set in under the first word), "<10:02:20 AM> Carl Voss joined the
# conference", "… left the conference", "… raised their hand"; a rule and the end.
JIGASI = f"""Transcript of conference held at Jun 3, 2031 in room board@meet.example.org
Initial people present at 10:02:11 AM:
\tAna Ruiz
\tBen Ode

Transcript, started at 10:02:11 AM:
{RULE}
<10:02:14 AM> Ana Ruiz: Good morning, can you all hear me? We have three items on
                        the agenda and the first one is the pier repairs.
<10:02:20 AM> Carl Voss joined the conference
<10:02:25 AM> Ben Ode: Yes, loud and clear.
<10:02:31 AM> Carl Voss: Sorry I am late, the bridge was up.
<10:03:01 AM> Ben Ode raised their hand
<10:03:05 AM> Ben Ode: The contractor sent a new quote yesterday.
<10:04:12 AM> Ana Ruiz: Then we vote on it next week.
<10:05:00 AM> Carl Voss left the conference
{RULE}

End of transcript at Jun 3, 2031, 10:30:00 AM"""


def test_a_jitsi_transcripts_time_in_angle_brackets_opens_the_turn() -> None:
    tree = encode(JIGASI)
    assert speakers_and_times(tree) == [
        ("#ana-ruiz", "10:02:14 AM"),
        ("#ben-ode", "10:02:25 AM"),
        ("#carl-voss", "10:02:31 AM"),
        ("#ben-ode", "10:03:05 AM"),
        ("#ana-ruiz", "10:04:12 AM"),
    ]
    # the wrapped line is the first turn's, set in under its words
    assert said(tree)[0] == (
        "#ana-ruiz",
        "Good morning, can you all hear me? We have three items on the agenda"
        " and the first one is the pier repairs.",
    )
    # who comes and goes, and a raised hand: the program's notes, no one's words
    notes = [" ".join("".join(i.itertext()).split()) for i in xp(tree, "//t:body//t:incident")]
    assert notes[:3] == [
        "<10:02:20 AM> Carl Voss joined the conference",
        "<10:03:01 AM> Ben Ode raised their hand",
        "<10:05:00 AM> Carl Voss left the conference",
    ]
    assert not [w for _, w in said(tree) if "conference" in w or "hand" in w]


# The same program on a machine set to a 24-hour clock: "<10:02:14> Ana Ruiz: …". The
# time in angle brackets is no IRC nick.
JIGASI_24H = """<10:02:14> Ana Ruiz: Good morning, can you all hear me?
<10:02:25> Ben Ode: Yes, loud and clear.
<10:02:31> Carl Voss: Sorry I am late, the bridge was up.
<10:04:12> Ana Ruiz: Then we vote on it next week.
"""


def test_a_time_of_day_in_angle_brackets_is_no_nick() -> None:
    tree = encode(JIGASI_24H)
    assert speakers_and_times(tree) == [
        ("#ana-ruiz", "10:02:14"),
        ("#ben-ode", "10:02:25"),
        ("#carl-voss", "10:02:31"),
        ("#ana-ruiz", "10:04:12"),
    ]


# Near misses: an IRC log's nicks in angle brackets after a bracketed time stay nicks
# (a nick may hold digits), and a timed line that says someone joined, as part of a
# sentence with a full stop, stays that speaker's words.
IRC_WITH_DIGITS = """[10:02] <ana42> good morning all
[10:03] <bo_7> morning
[10:03] <ana42> shall we start with the pier?
[10:04] <bo_7> yes please
"""


def test_irc_nicks_with_digits_stay_nicks() -> None:
    tree = encode(IRC_WITH_DIGITS)
    assert [who for who, _ in speakers_and_times(tree)] == ["#ana42", "#bo-7", "#ana42", "#bo-7"]


TIMED_SENTENCE = """[10:02:14] Ana Ruiz: Good morning, can you all hear me?
[10:02:20] Carl Voss: I joined the conference from the ferry.
[10:02:25] Ben Ode: Yes, loud and clear.
[10:02:31] Ana Ruiz: Then we begin.
"""


def test_a_speaker_saying_he_joined_keeps_his_turn() -> None:
    tree = encode(TIMED_SENTENCE)
    assert said(tree)[1] == ("#carl-voss", "I joined the conference from the ferry.")
    assert not xp(tree, "//t:body//t:incident")


# K1 also: the same notes after a time in square brackets.
BRACKET_NOTICES = """[10:02:14] Ana Ruiz: Good morning, can you all hear me?
[10:02:20] Carl Voss joined the meeting
[10:02:25] Ben Ode: Yes, loud and clear.
[10:02:31] Carl Voss: Sorry I am late.
[10:05:00] Carl Voss left the meeting
[10:05:09] Ana Ruiz: Then we vote next week.
"""


def test_a_timed_note_of_who_comes_and_goes_is_no_ones_words() -> None:
    tree = encode(BRACKET_NOTICES)
    assert [who for who, _ in said(tree)] == ["#ana-ruiz", "#ben-ode", "#carl-voss", "#ana-ruiz"]
    assert said(tree)[0] == ("#ana-ruiz", "Good morning, can you all hear me?")
    assert len(xp(tree, "//t:body//t:incident")) == 2


# K2: a caption tool's copy with the time of day on a 12-hour clock before the name,
# no brackets: "10:02 AM Ana Ruiz: …". The AM is the time's, no word of the name.
AMPM_BEFORE_NAMES = """10:02 AM Ana Ruiz: So, welcome everyone.
10:02 AM Ben Ode: Thanks, glad to be here.
10:03 AM Ana Ruiz: First item is the pier.
12:04 PM Ben Ode: The quote came in higher.
"""


def test_the_half_of_the_day_after_a_bare_time_is_the_times() -> None:
    tree = encode(AMPM_BEFORE_NAMES)
    assert speakers_and_times(tree) == [
        ("#ana-ruiz", "10:02 AM"),
        ("#ben-ode", "10:02 AM"),
        ("#ana-ruiz", "10:03 AM"),
        ("#ben-ode", "12:04 PM"),
    ]


# A near miss: a name that opens with the letters of AM is the name's.
AMY_AFTER_TIMES = """10:02 Amy Lee: So, welcome everyone.
10:02 Ben Ode: Thanks, glad to be here.
10:03 Amy Lee: First item is the pier.
10:04 Ben Ode: The quote came in higher.
"""


def test_a_name_opening_with_am_after_a_time_stays_whole() -> None:
    tree = encode(AMY_AFTER_TIMES)
    assert [who for who, _ in speakers_and_times(tree)] == [
        "#amy-lee",
        "#ben-ode",
        "#amy-lee",
        "#ben-ode",
    ]


# K3: a transcriber wraps a long line and sets the rest in under the first word after
# the label (Jitsi at 80 columns, a logger's hanging indent): the lines are one
# paragraph of the turn, as flush-left wrapped lines already were.
HANGING_UNDER_STAMPS = """[10:02:14] Ana Ruiz: Good morning, can you all hear me? We have three
                     items on the agenda and the first one is the pier repairs.
[10:02:25] Ben Ode: Yes, loud and clear.
[10:02:31] Carl Voss: Sorry I am late, the bridge was up and the ferry ran
                      late as well.
[10:04:12] Ana Ruiz: Then we vote on it next week.
"""


def test_lines_set_in_under_a_timed_labels_words_go_on_its_paragraph() -> None:
    tree = encode(HANGING_UNDER_STAMPS)
    paragraphs = [len(xp(sp, "t:p")) for sp in xp(tree, "//t:sp")]
    assert paragraphs == [1, 1, 1, 1]
    assert said(tree)[2] == (
        "#carl-voss",
        "Sorry I am late, the bridge was up and the ferry ran late as well.",
    )


# A near miss: a line set in deeper than the words, under a timed label, is no
# continuation of the same width (a quoted address stays its own paragraph).
SET_IN_DEEPER = """[10:02:14] Ana Ruiz: Please write to the harbour office at:
                              Pier Road 4, Southport
[10:02:25] Ben Ode: Yes, I have it.
[10:02:31] Ana Ruiz: Good.
"""


def test_a_line_set_in_deeper_than_the_words_stays_apart() -> None:
    tree = encode(SET_IN_DEEPER)
    assert len(xp(tree, "//t:sp[1]/t:p")) == 2


def participant_names(tree: object) -> list[str]:
    return [
        " ".join(n.split())
        for n in xp(tree, "//t:listPerson[@type='participants']/t:person/t:persName/text()")  # type: ignore[arg-type]
    ]


# K4: Jitsi's head names who was in the room when transcribing began, one name a
# line under "Initial people present at 10:02:11 AM:"; the program's next line,
# "Transcript, started at 10:02:11 AM:", is no one.
def test_the_people_jitsi_found_present_are_participants() -> None:
    tree = encode(JIGASI)
    assert participant_names(tree) == ["Ana Ruiz", "Ben Ode", "Carl Voss"]
    assert xp(tree, "//t:front//t:head[starts-with(., 'Initial people present')]")


# A near miss: a list of names with their offices after a comma keeps them.
PRESENT_WITH_OFFICES = """Harbour board, regular meeting

Present:
Ana Roe, Chair
Jo Lee, Treasurer

ANA ROE: We begin with the minutes.
JO LEE: They were sent on Monday.
ANA ROE: Any corrections? None.
"""


def test_names_with_offices_under_present_stay_listed() -> None:
    tree = encode(PRESENT_WITH_OFFICES)
    assert participant_names(tree) == ["Ana Roe", "Jo Lee"]


# K5: a recogniser that heard a speaker but wrote no words leaves the label with
# nothing after it, "<7:35:45 PM> Tomasz: " (Jitsi), "[7:35:45 PM] Tomasz:": a turn
# with no words (as the meeting fixtures count Google Meet's empty paragraphs), never a
# line of the turn before.
EMPTY_TIMED_LABEL = (
    "[7:35:26 PM] Mira: shall we start with the second verse\n"
    "[7:35:39 PM] Tomasz: yes from bar twelve\n"
    "[7:35:45 PM] Tomasz: \n"  # (the space after the colon, as Jitsi writes it)
    "[7:36:02 PM] Jonas: sorry my microphone was off\n"
    "[7:36:11 PM] Mira: good then from bar twelve\n"
)


def test_a_timed_label_with_no_words_is_a_turn_of_its_own() -> None:
    tree = encode(EMPTY_TIMED_LABEL)
    assert speakers_and_times(tree) == [
        ("#mira", "7:35:26 PM"),
        ("#tomasz", "7:35:39 PM"),
        ("#tomasz", "7:35:45 PM"),
        ("#jonas", "7:36:02 PM"),
        ("#mira", "7:36:11 PM"),
    ]
    assert said(tree)[1] == ("#tomasz", "yes from bar twelve")


# A near miss: a timed heading with a colon, no speaker's name, stays text.
TIMED_HEADING = """[10:00:04] Mira: Shall we start with the second verse?
[10:01:12] Tomasz: Yes, from bar twelve.
[10:05:40] Notes:
[10:06:02] Mira: Good, then from bar twelve.
"""


def test_a_timed_heading_with_a_colon_is_no_speaker() -> None:
    tree = encode(TIMED_HEADING)
    assert [who for who, _ in speakers_and_times(tree)] == ["#mira", "#tomasz", "#mira"]
