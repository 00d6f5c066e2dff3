"""Podcast and long-form interview transcripts a tester's probe (16, R) found misread, in
the house styles of podcast sites kept in Markdown and of US federal agencies'
transcript pages: a label in Markdown bold giving a first name ("**Priya:**") under a
front matter that lists the full name ("hosts: - Priya Natarajan"), left a person of its
own where a plain "Priya:" was linked (R1); a speaker's surname in brackets opening the
lines of a plain text ("[Okafor] We test …"), the speech wrapped under it, read as no
label at all (R2); a host's role in brackets after the full name on the first turn ("ANA
RUIZ (HOST):"), then the role alone ("HOST:"), left two persons (R3); a speaker's name
alone in a Markdown heading over the words ("### Ilse"), read as a section's heading so
that no turn was found (R4); a reply of one word before the time a page sets at each
paragraph's end ("Twice. (00:24)"), read as a speaker named "Twice" (R5); a page's first
chapter heading right before the first turn ("## Introductions"), left a paragraph where
the later chapters head sections (R6); the time at a speech's paragraph end ("(00:12)")
kept as words, not a point of the recording (R7). Small transcripts written for these
tests (names and words invented, in the house style found); every expectation was
written from the transcript above it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, said, xp


def whos(tree: object) -> list[str]:
    return [who for who, _ in said(tree)]  # type: ignore[arg-type]


def person_named(tree: object, ref: str) -> str:
    ident = ref.lstrip("#")
    names = xp(tree, f"//t:person[@xml:id='{ident}']/t:persName")  # type: ignore[arg-type]
    return "".join(names[0].itertext()) if names else ""


# R1: a Jekyll or Hugo page's front matter names the host and the guest in full; the
# turns are labelled in bold with their first names only.
BOLD_FIRST_NAMES = """---
title: "Episode 7: Lanterns"
date: 2024-05-02
hosts:
  - Wren Halvorsen
guests:
  - Tobiah Marsh
---

## Opening

**Wren:** Tobiah, welcome. You repair lighthouse lenses?

**Tobiah:** I do, mostly the old glass ones.

**Wren:** How long does one take?

**Tobiah:** A winter, if the frame is sound.
"""


def test_a_bold_first_name_is_the_front_matters_full_name() -> None:
    tree = encode(BOLD_FIRST_NAMES, "lanterns.md")
    who = whos(tree)
    assert len(who) == 4
    assert [person_named(tree, w) for w in who] == [
        "Wren Halvorsen",
        "Tobiah Marsh",
        "Wren Halvorsen",
        "Tobiah Marsh",
    ]


def test_a_bold_first_name_two_listed_people_share_stays_as_written() -> None:
    # two hosts called Wren: the label cannot say which, so it names no listed person
    shared = BOLD_FIRST_NAMES.replace("  - Wren Halvorsen\n", "  - Wren Halvorsen\n  - Wren Ode\n")
    tree = encode(shared, "lanterns.md")
    who = whos(tree)
    assert len(who) == 4
    assert person_named(tree, who[0]) == "Wren"


# R2: a federal agency's transcript page names each speaker by surname in brackets at
# the start of the line, the speech wrapped over the lines under it, no blank line
# between the turns; a role said once ("[Narrator]") opens the recording.
BRACKETED_SURNAMES = """Keeping Wells Clean (2:10) - transcript

[Narrator] Every well draws on water that moves underground. What goes into the
ground near a well can reach the water in it.
[Okafor] We test private wells in three counties, and most of them are fine. The
ones that are not usually sit downhill from a septic field.
[Lindqvist] A test costs less than a tank of fuel. Do it every spring.
[Okafor] And after a flood, test again before you drink from it.
[Lindqvist] Your county office can send a kit by mail.
"""


def test_surnames_in_brackets_opening_lines_label_the_turns() -> None:
    tree = encode(BRACKETED_SURNAMES, "wells.txt")
    turns = said(tree)
    assert [person_named(tree, w) for w, _ in turns] == [
        "Narrator",
        "Okafor",
        "Lindqvist",
        "Okafor",
        "Lindqvist",
    ]
    assert turns[1][1] == (
        "We test private wells in three counties, and most of them are fine. The "
        "ones that are not usually sit downhill from a septic field."
    )


def test_a_checklist_and_sounds_in_brackets_name_no_one() -> None:
    # a task list's boxes and a sound said twice open lines in brackets: no turn
    checklist = """Packing for the survey

[x] Waders and the spare pair of boots.
[x] Sample bottles, forty of them.
[ ] The county permit, printed.
[Laughter] That was the whole plan, said the warden.
[Laughter] Nobody argued.
"""
    tree = encode(checklist, "packing.txt")
    assert said(tree) == []


# R3: a federal agency's podcast gives the host's full name with the role in brackets
# on the first turn, then the role alone ("HOST:"), as it gives a guest's full name,
# then the surname.
ROLE_KEYED_HOST = """[Theme music plays]

MARGIT ODELL (HOST): Welcome to Tidewater. I'm your host, Margit Odell.

HOST: With me is Ruben Acheampong, who counts seabirds for a living.

RUBEN ACHEAMPONG: Hi, Margit.

HOST: How many did you count this year?

ACHEAMPONG: Just under nine thousand.
"""


def test_a_role_in_brackets_after_the_hosts_name_keys_the_role_label() -> None:
    tree = encode(ROLE_KEYED_HOST, "tidewater.txt")
    who = whos(tree)
    assert len(who) == 5
    assert who[0] == who[1] == who[3]
    assert person_named(tree, who[1]).upper() == "MARGIT ODELL"


def test_a_role_two_people_are_given_keys_neither() -> None:
    # two guests each "(GUEST)": "GUEST:" cannot say which of them speaks
    two = """ANA VOSS (GUEST): Hello.

BO LIND (GUEST): Hi there.

HOST: Welcome, both.

GUEST: Thank you.

HOST: Let us begin.
"""
    tree = encode(two, "two.txt")
    who = whos(tree)
    assert len(who) == 5
    assert who[3] not in (who[0], who[1])


# R4: a podcast's page sets each speaker's name alone in a Markdown heading over the
# words, with no time (the site's template: "### Name", then the paragraphs).
NAME_HEADINGS = """# Harbour Lights, episode 9

Recorded at the pier office. Host: Ilse Varga. Guest: Joaquim Reyes.

### Ilse

Joaquim keeps the harbour's tide gauge. Welcome.

### Joaquim

Thank you. It is a small job, but somebody has to read it.

### Ilse

How often do you read it?

### Joaquim

Every six hours, and after every storm.
"""


def test_a_name_alone_in_a_heading_over_the_words_opens_a_turn() -> None:
    tree = encode(NAME_HEADINGS, "harbour.md")
    turns = said(tree)
    assert len(turns) == 4
    assert turns[0][0] == turns[2][0] != turns[1][0] == turns[3][0]
    assert turns[3][1] == "Every six hours, and after every storm."


def test_a_manuals_recurring_headings_stay_headings() -> None:
    manual = """# Tide tools

## read_gauge

Reads the gauge once.

### Parameters

The gauge's number.

### Returns

The height in metres.

## log_height

Writes a height to the log.

### Parameters

The height.

### Returns

Nothing.
"""
    tree = encode(manual, "tools.md")
    assert said(tree) == []


# R5: a podcast's page ends each paragraph with the time it was said; a reply of one
# word stands as a paragraph of its own ("Twice. (00:24)"), the speaker's words going on.
TIMES_AT_PARAGRAPH_ENDS = """Ana Ruiz: Did you count the terns this spring? (00:12)

Bo Lind: Every one of them, on both islands. (00:20)

Twice. (00:24)

Ana Ruiz: And did you ever lose count? (00:28)

Bo Lind: Well, once. (00:35)
"""


def test_a_reply_of_one_word_before_a_time_is_no_speaker() -> None:
    tree = encode(TIMES_AT_PARAGRAPH_ENDS, "terns.txt")
    turns = said(tree)
    assert [person_named(tree, w) for w, _ in turns] == [
        "Ana Ruiz",
        "Bo Lind",
        "Ana Ruiz",
        "Bo Lind",
    ]
    assert turns[1][1] == "Every one of them, on both islands. (00:20) Twice. (00:24)"


def test_a_name_and_a_time_over_the_words_stay_a_label() -> None:
    # Descript's "Name (00:00:03)" alone over the words
    descript = """Ana Ruiz (00:00:03)
Did you count the terns?

Bo Lind (00:00:09)
Every one.

Ana Ruiz (00:00:15)
Good.
"""
    tree = encode(descript, "terns.txt")
    assert [person_named(tree, w) for w in whos(tree)] == ["Ana Ruiz", "Bo Lind", "Ana Ruiz"]


# R6: a podcast page's chapters are Markdown headings between the turns, the first of
# them right under the front matter, before the first turn.
FIRST_CHAPTER = """---
title: Gauges
speakers:
  - Ilse Varga
  - Joaquim Reyes
---
## Introductions

Ilse: Joaquim keeps the tide gauge.

Joaquim: I do, for ten years now.

## Storms

Ilse: What does a storm do to it?

Joaquim: Nothing good.
"""


def test_the_first_chapter_heading_before_the_first_turn_heads_a_section() -> None:
    tree = encode(FIRST_CHAPTER, "gauges.md")
    heads = ["".join(h.itertext()) for h in xp(tree, "//t:body//t:head")]
    assert heads == ["## Introductions", "## Storms"]
    assert len(said(tree)) == 4


def test_a_heading_before_turns_without_chapters_stays_as_it_was() -> None:
    # no chapter between the turns: the line before the first turn is not made a head
    single = FIRST_CHAPTER.replace("## Storms\n\n", "")
    tree = encode(single, "gauges.md")
    assert xp(tree, "//t:body//t:head") == []
    assert len(said(tree)) == 4


# R7: the time at a speech's paragraph end ("(00:12)") is a point of the recording.
def test_a_time_at_a_speechs_paragraph_end_is_a_point_of_the_recording() -> None:
    tree = encode(TIMES_AT_PARAGRAPH_ENDS, "terns.txt")
    times = [t.text for t in xp(tree, "//t:sp//t:time")]
    assert times == ["00:12", "00:20", "00:24", "00:28", "00:35"]


def test_a_time_inside_a_sentence_stays_words() -> None:
    tree = encode("Ana Ruiz: The ferry (10:30) was late.\n\nBo Lind: It often is.\n", "f.txt")
    assert xp(tree, "//t:sp//t:time") == []
