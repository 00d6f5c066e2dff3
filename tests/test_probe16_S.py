"""Plays probe 16 (helper S) found misread: printed plays as plain text in the house
styles of Gutenberg's Shaw (a direction printed as a paragraph of its own, without
brackets, between speeches that open on their prefix's line) and of the other editions
listed in /work/probe16/S/SOURCES.md. Every play here is invented in the house style of
a real one; every expectation was written by reading the play above it."""

from __future__ import annotations

from test_exports_and_oral import encode, xp
from test_probe11_D import _turns

from encoder.reader.drama import split_prefix

# Shaw as Gutenberg gives him: `NAME. speech` or `NAME [delivery] speech` on the
# prefix's line, directions in brackets inside speeches, and a direction of its own
# printed as a plain paragraph that opens with a speaker's name and what they do.
PLAIN_PARAGRAPH_DIRECTIONS = """ACT I

A railway platform at dusk. Fog. A porter leans on a trolley.

THE AUNT [peering down the line] Is it never coming? We have been here
an hour at least.

THE NEPHEW. Forty minutes, aunt. I counted.

THE AUNT. You would.

Tobias hurries along the platform with a hatbox under each arm, and
drops one of them at his aunt's feet.

TOBIAS. Here they are. Both of them, and not a dent.

THE AUNT. The other one is dented.

The porter laughs.

THE NEPHEW. Tobias always drops the second one.

The nephew sits down on the trolley, and the porter goes off whistling.

TOBIAS [stiffly] I did not drop it. I set it down.
"""


def test_a_paragraph_opening_with_a_speaker_and_a_verb_is_a_direction() -> None:
    tree = encode(PLAIN_PARAGRAPH_DIRECTIONS, "platform.txt")
    turns = _turns(tree)
    assert [label for label, _ in turns] == [
        "THE AUNT",
        "THE NEPHEW.",
        "THE AUNT.",
        "TOBIAS.",
        "THE AUNT.",
        "THE NEPHEW.",
        "TOBIAS",
    ]
    assert turns[2][1] == "You would."  # the entrance is no words of the aunt's
    assert turns[5][1] == "Tobias always drops the second one."
    stages = [" ".join(" ".join(s.itertext()).split()) for s in xp(tree, "//t:stage")]
    assert (
        "Tobias hurries along the platform with a hatbox under each arm, and "
        "drops one of them at his aunt's feet."
    ) in stages
    assert "The nephew sits down on the trolley, and the porter goes off whistling." in stages


# The near miss: a speech of two paragraphs whose second opens with a name and a verb
# that a speaker says ("Tobias says …", "Tobias is …"), a name no one speaks under, and
# a play that sets its names alone over the speech (a second paragraph is still said).
SPOKEN_PARAGRAPHS = """ACT I

THE AUNT. I will tell you what happened.

Tobias says it was the porter. Tobias is a liar.

THE NEPHEW. And the porter?

Marcus hurries along the platform.

THE AUNT. I never asked him.
"""

NAMES_ALONE = """ACT I

WARDEN
The keys are gone from the hook.

PRISONER
I never touched them.

WARDEN
Then who did?

Prisoner shakes his head and looks away; I saw him do it.

PRISONER
Ask the cook.
"""


def test_a_second_paragraph_of_a_speech_stays_spoken() -> None:
    turns = _turns(encode(SPOKEN_PARAGRAPHS, "spoken.txt"))
    assert turns[0] == (
        "THE AUNT.",
        "I will tell you what happened. Tobias says it was the porter. Tobias is a liar.",
    )
    assert turns[1] == ("THE NEPHEW.", "And the porter? Marcus hurries along the platform.")
    alone = _turns(encode(NAMES_ALONE, "alone.txt"))
    assert alone[2] == (
        "WARDEN",
        "Then who did? Prisoner shakes his head and looks away; I saw him do it.",
    )


# Jonson as Gutenberg's series sets him: prefixes set in five spaces with a colon
# (`GRAN:`), directions in capitals in square brackets inside the verse, one running
# over two lines whose first ends at a comma.
BRACKETS_OVER_TWO_LINES = """ACT 1. SCENE 1.1.

     A CELLAR IN GRANDO'S HOUSE.

     ENTER GRANDO AND PIPKIN.

     GRAN: Light me the lamp, and let me see my casks:
     Unbar the door, that I may count my store.
     [PIPKIN UNBARS THE DOOR, AND SHOWS ROWS OF CASKS,
     BARRELS, FLAGONS, ETC.]
     Hail, my sweet vintage! dearer than the day.

     PIP: And dearer than your daughter, sir, I think.

     GRAN: Peace, knave! Go fetch the taster.
     [EXIT PIPKIN.]
     Now, alone,
     I'll taste the oldest first.

     PIP: I go, I go.
     (As all good servants do,) and come again.

     GRAN: Go, then.

     PIP: Gone, sir.

     GRAN: Not yet.

     PIP: Now, sir?

     GRAN: Now.

     PIP: Farewell.
"""


def test_a_bracketed_direction_over_two_lines_in_verse_is_one_direction() -> None:
    tree = encode(BRACKETS_OVER_TWO_LINES, "cellar.txt")
    turns = _turns(tree)
    assert [label for label, _ in turns] == ["GRAN:", "PIP:"] * 5
    assert "PIPKIN UNBARS" not in turns[0][1]
    assert turns[0][1].endswith("Hail, my sweet vintage! dearer than the day.")
    stages = [" ".join(" ".join(s.itertext()).split()) for s in xp(tree, "//t:stage")]
    assert "[PIPKIN UNBARS THE DOOR, AND SHOWS ROWS OF CASKS, BARRELS, FLAGONS, ETC.]" in stages
    # (a verse line in parentheses ending at a comma is spoken, as before)
    assert turns[3][1] == "I go, I go. (As all good servants do,) and come again."


# A Markdown scene as a reading site or a notes vault keeps one (PlayShakespeare's
# Obsidian files): YAML front matter with the play's title and author, the act and
# scene on one heading with a comma, the prefix in bold alone over each speech, the
# directions in asterisks' italics, the last after the last speech.
MARKDOWN_SCENE = """---
Title: The Weaver's Wager
Author:
  - Hal Prentice
Genre: Comedy
---

## Act 2, Scene 3

*A loft above the mill.*

*Enter Wren and Tolley.*

**WREN.**
Is the loom mended yet?

**TOL.**
Mended and oiled, and singing like a lark.
*“Up with the shuttle,*
*Down with the reed,”*
So goes the song, mistress.

**WREN.**
Then we are ready for the fair.

**TOL.**
Ready as ever we were.

*Exeunt.*
"""


def test_a_markdown_scene_s_front_matter_heading_and_italic_exit_are_read() -> None:
    tree = encode(MARKDOWN_SCENE, "wager.md")
    assert xp(tree, "string(//t:titleStmt/t:title)") == "The Weaver's Wager"
    assert xp(tree, "string(//t:titleStmt/t:author)") == "Hal Prentice"
    # (the front matter's lines stay as written before the play, no title of it)
    assert not xp(tree, "//t:titlePart[contains(., 'Genre: Comedy')]")
    assert xp(tree, "count(//t:div[@type='act']/t:div[@type='scene'])") == 1
    turns = _turns(tree)
    assert [label for label, _ in turns] == ["**WREN.**", "**TOL.**", "**WREN.**", "**TOL.**"]
    assert turns[1][1].endswith("So goes the song, mistress.")  # the song is said
    assert turns[3][1] == "Ready as ever we were."
    stages = ["".join(s.itertext()) for s in xp(tree, "//t:stage")]
    assert stages[-1] == "*Exeunt.*"


# Near misses: a line opening with a stage word in bold, not italics, inside a speech
# stays said; a "---" first line with no front matter closed under it, and a
# heading whose act is followed by words, not a scene, stay as they were.
NO_FRONT_MATTER = """---

ACT 1, in which the storm begins

**WREN.**
The rain is on the roof.
**Exit** signs glow over the door, as the song says.

**TOL.**
Let it rain.

**WREN.**
It will, whether we let it or no.

**TOL.**
Then let it.
"""


def test_an_unclosed_rule_and_italics_inside_a_speech_stay_as_written() -> None:
    tree = encode(NO_FRONT_MATTER, "rain.md")
    turns = _turns(tree)
    assert len(turns) == 4
    assert (
        turns[0][1]
        == "The rain is on the roof. **Exit** signs glow over the door, as the song says."
    )
    assert not xp(tree, "//t:div[@type='scene']/t:head")


# Shaw prints a clergyman's prefix as his title and the initial of his first name
# ("REV. S." for the Reverend Samuel), the speech after it, which may open with a
# word ending at a colon or a stop of its own ("REV. S. Yes: it is.", "Er--Frank.").
TITLE_AND_INITIAL = """ACT I

A vicarage garden.

HUGO. Good morning, sir.

REV. P. Good morning. Have you seen my daughter?

HUGO. Not since breakfast.

REV. P. Yes: she said she would walk.

HUGO. Then she is walking.

REV. P. Er--Hugo.

HUGO. Sir?

REV. P. [severely] Nothing. Nothing at all.

MR. J. DALLOWAY. Am I late?

HUGO. You are early, Mr Dalloway.
"""


def test_a_title_and_an_initial_in_capitals_are_the_prefix() -> None:
    turns = _turns(encode(TITLE_AND_INITIAL, "vicarage.txt"))
    assert [label for label, _ in turns] == [
        "HUGO.",
        "REV. P.",
        "HUGO.",
        "REV. P.",
        "HUGO.",
        "REV. P.",
        "HUGO.",
        "REV. P.",
        "MR. J. DALLOWAY.",  # a name in capitals after the initial stays the name's
        "HUGO.",
    ]
    assert turns[3][1] == "Yes: she said she would walk."
    assert turns[5][1] == "Er--Hugo."


def test_a_name_after_a_title_s_initial_or_a_title_in_small_letters_stays() -> None:
    assert split_prefix("MR. J. DALLOWAY. Am I late?") == (
        "MR. J. DALLOWAY.",
        "MR. J. DALLOWAY",
        "",
        "Am I late?",
    )
    assert split_prefix("D. Ros. Hola.") == ("D. Ros.", "D. Ros", "", "Hola.")
    assert split_prefix("REV. Amen, amen.") is None  # the title alone is no one


# The same series sets an entrance over two lines in capitals, the first ending at a
# semicolon or a dash, the second looking like a name with its stop.
ENTRANCE_OVER_TWO_LINES = """ACT 2. SCENE 2.1.

     A STREET.

     ENTER GRANDO IN THE HABIT OF A PEDLAR;
     AND PIPKIN IN THAT OF A BEADLE.

     GRAN: Am I not changed?

     PIP: Past knowing, sir.

     GRAN: Then on.

     PIP: On, sir.

     ENTER THE WATCH;--
     PIPKIN HIDES BEHIND A POST.

     GRAN: Who goes there?

     PIP: None but the wind.

     GRAN: The wind has feet.

     PIP: And a lantern.
"""

# The near miss: a name alone over its speech right under a direction that ends a
# sentence, as plays of names alone print them, is that speaker's.
NAME_UNDER_ENTRANCE = """ACT I

Enter WARDEN and PRISONER.
WARDEN
The keys are gone.

PRISONER
Not by me.

WARDEN
Then by whom?

PRISONER
Ask the cook.

Enter COOK.
COOK
I have them here.
"""


def test_an_entrance_over_two_lines_in_capitals_is_one_direction() -> None:
    tree = encode(ENTRANCE_OVER_TWO_LINES, "street.txt")
    turns = _turns(tree)
    assert [label for label, _ in turns] == ["GRAN:", "PIP:"] * 4
    stages = [" ".join(" ".join(s.itertext()).split()) for s in xp(tree, "//t:stage")]
    assert "ENTER THE WATCH;-- PIPKIN HIDES BEHIND A POST." in stages
    assert "ENTER GRANDO IN THE HABIT OF A PEDLAR; AND PIPKIN IN THAT OF A BEADLE." in stages
    alone = _turns(encode(NAME_UNDER_ENTRANCE, "keys.txt"))
    assert alone[0] == ("WARDEN", "The keys are gone.")
    assert alone[-1] == ("COOK", "I have them here.")
