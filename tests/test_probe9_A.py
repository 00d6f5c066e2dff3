"""Meeting-software exports and call notes a tester's probe (9, A) found misread
in real call notes (ethereum/pm All Core Devs notes) and W3C Credentials CG
minutes: a name and its elapsed time inside one bold alone over the words
("**Name 59:32**"), Zoom's old chat export pasted with the head alone over the
message ("15:03:05 From Name to Everyone:"). Small transcripts written for these
tests (names, times and words invented, in the house styles of the real files);
every expectation was written from the transcript above it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, xp
from test_exports_probe7 import speakers_and_times, words_back


def turns(tree: object) -> int:
    return len(xp(tree, "//t:sp"))  # type: ignore[arg-type]


# A1: call notes with the name and the recording's elapsed time in one bold, alone
# on the line, an empty line, the words.
BOLD_NAME_TIME = """**Ines Varga 12:04**

I think we can ship the parser next week, the tests are green.

**Tomas Reid 12:31**

Fine by me. Who writes the release note?

**Ines Varga 1:02:09**

I will, and I will link the open issues.

**Tomas Reid 1:02:40**

Good, then we are done for today.
"""


def test_a_name_and_its_time_in_one_bold_alone_over_the_words() -> None:
    tree = encode(BOLD_NAME_TIME, "notes.md")
    assert speakers_and_times(tree) == [
        ("#ines-varga", "12:04"),
        ("#tomas-reid", "12:31"),
        ("#ines-varga", "1:02:09"),
        ("#tomas-reid", "1:02:40"),
    ]
    words_back(tree, BOLD_NAME_TIME)


# A1, negative: a day's programme with sessions in bold and their start times, each
# once, over a description: no one speaks.
BOLD_PROGRAMME = """**Registration 9:00**

Badges are at the front desk, coffee in the hall.

**Keynote 9:30**

The opening talk on the state of the project.

**Lunch 12:30**

Served in the main hall.

**Workshops 13:30**

Three rooms, sign up at the desk.
"""


def test_sessions_with_times_in_bold_are_no_speakers() -> None:
    tree = encode(BOLD_PROGRAMME, "programme.md")
    assert turns(tree) == 0
    words_back(tree, BOLD_PROGRAMME)


# A2: Zoom's saved chat (before 2021) pasted into notes: "HH:MM:SS From Name to
# Everyone:" alone, the message on the next line, an empty line between.
ZOOM_FROM_ALONE = """## Zoom Chat

10:00:31 From Ines Varga to Everyone:
Give people a couple of minutes to join

10:03:05 From Tomas Reid to Everyone:
The agenda is in the issue tracker

10:03:10 From Ines Varga to Everyone:
https://example.org/agenda/12

10:04:13 From Ola Berg to Tomas Reid (Direct Message):
thanks!
"""


def test_zoom_chat_heads_alone_over_the_messages() -> None:
    tree = encode(ZOOM_FROM_ALONE, "notes.md")
    assert speakers_and_times(tree) == [
        ("#ines-varga", "10:00:31"),
        ("#tomas-reid", "10:03:05"),
        ("#ines-varga", "10:03:10"),
        ("#ola-berg", "10:04:13"),
    ]
    assert "".join(xp(tree, "//t:sp[2]/t:p//text()")) == "The agenda is in the issue tracker"
    words_back(tree, ZOOM_FROM_ALONE)


# A2, negative: a timetable's legs "From X to Y:" alone over a note are no chat.
TIMETABLE = """Monday

08:10 From Lyon to Bern:
Change trains in Geneva, ten minutes.

11:40 From Bern to Basel:
Direct, the last coach is quiet.

14:05 From Basel to Freiburg:
Regional train, no reservations.
"""


def test_a_timetable_of_legs_is_no_chat() -> None:
    tree = encode(TIMETABLE, "trip.txt")
    assert turns(tree) == 0
    words_back(tree, TIMETABLE)


# A3: call notes labelling most turns "**Name:**" and some participants by a handle in
# small letters, "**pari:**" (twice) and "**lightclient:**" (once); a turn opening with
# its first word linked to the recording.
BOLD_HANDLES = """# Client call 12

**Ines Varga:** Good morning, first the testnet. How did the fork go?

**pari:** [yep](https://example.org/rec?t=40) it went fine, two clients lagged.

**Tomas Reid:** Which two? We should look at the logs.

**pari:** The ones on the old release, I will share the list.

**Ines Varga:** Thanks. Anything else on the testnet?

**lightclient:** not from me
"""


def test_handles_in_small_letters_among_bold_name_labels() -> None:
    tree = encode(BOLD_HANDLES, "notes.md")
    assert [who for who, _ in speakers_and_times(tree)] == [
        "#ines-varga",
        "#pari",
        "#tomas-reid",
        "#pari",
        "#ines-varga",
        "#lightclient",
    ]
    words_back(tree, BOLD_HANDLES)


# A3, negative: a how-to's tips and notes in bold small letters, with a few bold
# name-like keys: no handle is a speaker.
BOLD_TIPS = """# Setting up the printer

**Step One:** Unpack the box and remove the tape.

**tip:** keep the foam for shipping.

**Step Two:** Plug in the cable.

**note:** the light blinks while it warms up.

**Step Three:** Print a test page.

**tip:** use plain paper first.
"""


def test_bold_tips_in_small_letters_are_no_speakers() -> None:
    tree = encode(BOLD_TIPS, "howto.md")
    assert "#tip" not in {who for who, _ in speakers_and_times(tree)}
    assert "#note" not in {who for who, _ in speakers_and_times(tree)}
    words_back(tree, BOLD_TIPS)


# A4: call notes with names in bold alone over the words and the recording's times
# alone between paragraphs (a recogniser's chunks): a short end of a sentence the
# time cut ("have", "Right That was") stands over a time and is no name; the time may
# stand between a name and its words.
BOLD_ALONE_TIMED = """**Ines Varga**
So before we close, let me say what we decided, so the note taker can

41:20
have

41:22
it in the notes. First, the parser ships next week.

41:40
Second, the release note is on Tomas.

**Tomas Reid**
41:58
Yes, I will write it tomorrow.

**Ines Varga**
Right That was

42:10
all. Thanks everyone for coming.

**Tomas Reid**
Bye all.
"""


def test_times_alone_between_paragraphs_under_bold_names() -> None:
    tree = encode(BOLD_ALONE_TIMED, "notes.md")
    assert [who for who, _ in speakers_and_times(tree)] == [
        "#ines-varga",
        "#tomas-reid",
        "#ines-varga",
        "#tomas-reid",
    ]
    words_back(tree, BOLD_ALONE_TIMED)


# A5: minutes sent by e-mail by a scribe tool (W3C's): field heads alone with their
# values indented below ("Agenda:", "Topics:", "Organizer:", "Present:"), "Name: text"
# wrapped at 66 columns with the lines below set in by two spaces, a participant's
# link alone under "Name: " (the tool wraps a long link whole), a link after the name
# on the line, "[scribe assist by …]" after words typed for someone, a participant
# speaking once among them. ("~" stands for the space the tool leaves at each line's end.)
SCRIBED_MINUTES = """Thanks to Bea Lind for scribing this week! The minutes
for this week's Garden Board telecon are now available:

https://example.org/minutes/2026-02-03/

Full text of the discussion follows for archival purposes.

----------------------------------------------------------------
Garden Board Telecon Minutes for 2026-02-03

Agenda:
  https://example.org/agenda/2026-02-03
Topics:
  1. Seed order
Organizer:
  Ines Varga and Tomas Reid
Scribe:
  Bea Lind
Present:
  Ines Varga, Tomas Reid, Bea Lind, Ola Berg, Kim~
  Sato, Ravi Das

Topic: Seed order

Ines Varga: Welcome all, first the seed order.
Bea Lind: ... The order closes on Friday
Tomas Reid:~
  https://example.org/seeds/order-form-2026-spring-catalogue-full.pdf
Tomas Reid:  The form is linked above [scribe assist by Bea~
  Lind]
Ines Varga:~
  https://example.org/seeds/prices-2026-spring-catalogue-list.html
Ines Varga:  Prices went up a little this year [scribe assist~
  by Bea Lind]
Ola Berg:  Can we share an order with the school? [scribe~
  assist by Bea Lind]
Tomas Reid: Yes, I asked them last week.
Ravi Das: https://example.org/school/garden-club
Bea Lind: ... Decision: one shared order
""".replace("~\n", " \n")


def test_scribed_minutes_by_mail_links_and_once_speakers() -> None:
    tree = encode(SCRIBED_MINUTES, "minutes.txt")
    assert [who for who, _ in speakers_and_times(tree)] == [
        "#ines-varga",
        "#bea-lind",
        "#tomas-reid",
        "#tomas-reid",
        "#ines-varga",
        "#ines-varga",
        "#ola-berg",
        "#tomas-reid",
        "#ravi-das",
        "#bea-lind",
    ]
    assert xp(tree, "//t:titleStmt/t:title/text()") == [
        "Garden Board Telecon Minutes for 2026-02-03"
    ]
    words_back(tree, SCRIBED_MINUTES)


# A5, negative: a list of resources, each a key and its link, is no one's turn; nor
# is a key over its link set in below it.
RESOURCES = """Useful links for new members

Handbook: https://example.org/handbook
Calendar: https://example.org/calendar
Forms:
  https://example.org/forms
Contact: Bea Lind, secretary
"""


def test_keys_over_links_are_no_turns() -> None:
    tree = encode(RESOURCES, "links.txt")
    assert len(xp(tree, "//t:sp")) == 0
    words_back(tree, RESOURCES)


# A6: the e-mail's note of thanks wrapped after its first sentence ("…this week! The
# minutes" / "for this week's … available:") is no title; the heading under the rule is.
WRAPPED_THANKS = """Thanks to  for scribing this week! The minutes
for this week's Garden Board telecon are now available:

https://example.org/minutes/2026-02-10/

----------------------------------------------------------------
Garden Board Telecon Minutes for 2026-02-10

Ines Varga: Welcome all, one item tonight.
Tomas Reid: The shed roof leaks again.
Ines Varga: Then we call the roofer.
"""


def test_a_wrapped_note_of_thanks_is_no_title() -> None:
    tree = encode(WRAPPED_THANKS, "minutes.txt")
    assert xp(tree, "//t:titleStmt/t:title/text()") == [
        "Garden Board Telecon Minutes for 2026-02-10"
    ]
    assert xp(tree, "//t:profileDesc/t:creation/t:date/@when") == ["2026-02-10"]
    words_back(tree, WRAPPED_THANKS)


# A6, negative: a title in title case with an exclamation inside stays the title.
EXCLAIMED_TITLE = """Yes! We Have No Bananas Tonight

Ines Varga: Welcome to the show.
Tomas Reid: Glad to be here.
Ines Varga: Let us start with the songs.
"""


def test_a_title_case_title_with_an_exclamation_stays_the_title() -> None:
    tree = encode(EXCLAIMED_TITLE, "show.txt")
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["Yes! We Have No Bananas Tonight"]


# A7: a scribe tool's minutes keep the IRC chat among the turns: "<ana_ruiz> text" at
# the margin, wrapped with the lines below set in; the nick is a speaker's name as
# nicks are written. (A line "<crosstalk> …" names no one who speaks here.)
MINUTES_WITH_CHAT = """Ana Ruiz:  So the first item is the seed order, I put the link in
  the chat.
<ana_ruiz> Seed order form:~
  https://example.org/seeds/form
Ana Ruiz:  And the prices are in the same folder.
Ben Ode:  Thanks, I will look tonight.
<crosstalk> both at once
Ben Ode:  Sorry, go on.
""".replace("~\n", " \n")


def test_irc_lines_kept_in_minutes_are_the_nicks_turns() -> None:
    tree = encode(MINUTES_WITH_CHAT, "minutes.txt")
    assert [who for who, _ in speakers_and_times(tree)] == [
        "#ana-ruiz",
        "#ana-ruiz",
        "#ana-ruiz",
        "#ben-ode",
        "#ben-ode",
    ]
    assert "crosstalk" not in "".join(xp(tree, "//t:sp/@who"))
    words_back(tree, MINUTES_WITH_CHAT)


# A7, negative: an HTML fragment's paragraphs are no chat, even beside "Name:" lines.
HTML_PARAGRAPHS = """Ana Ruiz: Here is the markup I meant.
<p> First paragraph.</p>
<p> Second paragraph.</p>
Ben Ode: That looks right.
"""


def test_html_paragraphs_beside_labels_are_no_chat() -> None:
    tree = encode(HTML_PARAGRAPHS, "notes.txt")
    assert [who for who, _ in speakers_and_times(tree)] == ["#ana-ruiz", "#ben-ode"]


# A8: call notes that set each speaker's name in bold before a dash and the words, a
# link to the recording over each part ("Video | [3:20](…)"), client headings between.
BOLD_DASHED = """# Client Call 7

Video | [0:40](https://example.org/rec?t=40)

**Ines** - Good morning, first the testnet. How did the fork go?

**Tomas** - Fine, two clients lagged for an hour.

## Parser

**Ines** - And the parser, is it merged?

**Ola** - Merged yesterday, the docs follow.

Video | [5:10](https://example.org/rec?t=310)

**Tomas** - Then we are done for today.
"""


def test_bold_names_before_a_dash_label_the_turns() -> None:
    tree = encode(BOLD_DASHED, "notes.md")
    assert [who for who, _ in speakers_and_times(tree)] == [
        "#ines",
        "#tomas",
        "#ines",
        "#ola",
        "#tomas",
    ]
    assert "#video" not in xp(tree, "//t:sp/@who")
    words_back(tree, BOLD_DASHED)


# A8, negative: a glossary's bold terms, each defined once after a dash, are no turns.
GLOSSARY = """# Terms

**Alpha** - the first release, for testers only.

**Beta** - the second release, open to all.

**Candidate** - the release that may ship.

**Stable** - the release that shipped.
"""


def test_a_glossary_of_bold_terms_is_no_conversation() -> None:
    tree = encode(GLOSSARY, "terms.md")
    assert xp(tree, "//t:sp") == []
    words_back(tree, GLOSSARY)


# A9: notes typed by hand, "Name - text": a firm and its speaker joined by a slash
# ("Harbor Audit/Lena K - "), once too; two spaces after the dash now and then.
NAME_DASH = """## Audit findings

Ines - Welcome, first the audit. Who starts?

Harbor Audit/Lena K - There were four findings, two of them minor.

Ines - Which one is the worst?

Harbor Audit/Lena K - The third, the fee change breaks the old contracts.

Tomas -  Then we hold the release until it is fixed.

Ines - Agreed. Anything else?

Quay Labs/Omar - We found the same issue last week.

Tomas - Good, two reports agree.
"""


def test_name_dash_labels_with_a_firm_and_a_slash() -> None:
    tree = encode(NAME_DASH, "notes.md")
    assert [who for who, _ in speakers_and_times(tree)] == [
        "#ines",
        "#harbor-audit-lena-k",
        "#ines",
        "#harbor-audit-lena-k",
        "#tomas",
        "#ines",
        "#quay-labs-omar",
        "#tomas",
    ]
    words_back(tree, NAME_DASH)


# A9, negative: a trip's legs with a slash, each once, are no turns.
LEGS = """Oslo/Bergen - seven hours by train, book early.

Bergen - the ferry leaves at nine.

Flam/Myrdal - the mountain railway, one hour.

Voss - bus to the hostel.
"""


def test_legs_of_a_trip_with_slashes_are_no_turns() -> None:
    tree = encode(LEGS, "trip.md")
    assert xp(tree, "//t:sp") == []


# A10: the hyphen typed against a name that labels turns elsewhere ("Ines- Fine.");
# a word broken at a hyphen at a line's start ("Open- source …") stays the words.
TIGHT_DASH = """Ines - Welcome, first the audit.

Tomas - There were four findings.

Ines - Which one is the worst?

Tomas - The third one, the fee change.
Open- source tools found it first.

Ines- Makes sense.
"""


def test_a_hyphen_typed_against_an_established_name() -> None:
    tree = encode(TIGHT_DASH, "notes.md")
    assert [who for who, _ in speakers_and_times(tree)] == [
        "#ines",
        "#tomas",
        "#ines",
        "#tomas",
        "#ines",
    ]
    assert "#open" not in xp(tree, "//t:sp/@who")
    words_back(tree, TIGHT_DASH)
