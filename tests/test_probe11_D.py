"""Plays probe 11 (helper D) found misread: printed plays in the house styles of
Methuen's Wilde (prefixes in capitals with their delivery in brackets and no stop,
``SCENE`` and ``ACT DROP`` set in the middle of the page, the first night's theatre
over its cast, a list of persons parted by a row of stars), of an early-modern
edition with the editor's brackets in its list of persons and a scene's persons
under its heading, and of Jonson's plays. Every play here is invented in the house
style of a real one (/work/probe11/D/SOURCES.md); every expectation was written by
reading the play above it."""

from __future__ import annotations

from test_exports_and_oral import encode, same_words, xp


def _turns(tree: object) -> list[tuple[str, str]]:
    """(label, the turn's words) for every turn."""
    out = []
    for sp in xp(tree, "//t:sp"):  # type: ignore[arg-type]
        label = "".join(xp(sp, "t:speaker//text()"))
        said = ["".join(xp(x, ".//text()")) for x in xp(sp, "t:p|t:l|t:lg")]
        out.append((label, " ".join(" ".join(said).split())))
    return out


# A verse tragedy as Methuen printed Wilde's: the prefix in capitals alone on its
# line, no stop, sometimes with its delivery in brackets; the speech set in below.
DIRECTED_ALONE = """ACT I


_A square in Verona at dusk._

[_Enter_ TEBALDO _and_ NICCOLO.]

TEBALDO

   The lamps are lit along the river wall,
   And still no word from Mantua tonight.

NICCOLO [_looking down the street_]

   A rider comes; his horse is white with foam,
   He bears the Podestà's own seal, I think.

TEBALDO [_to_ NICCOLO]

   Then all is lost, or all is won at last.

NICCOLO

   Hold fast, my friend; the night is not yet done.

TEBALDO

   Go, fetch the lanterns from the chapel door.
"""


def test_a_prefix_alone_with_its_delivery_in_brackets_opens_a_speech() -> None:
    tree = encode(DIRECTED_ALONE, "verona.txt")
    assert [label for label, _ in _turns(tree)] == [
        "TEBALDO",
        "NICCOLO",
        "TEBALDO",
        "NICCOLO",
        "TEBALDO",
    ]
    turns = _turns(tree)
    assert turns[1][1].startswith("A rider comes")  # the speech is Niccolo's, not Tebaldo's
    deliveries = xp(tree, "//t:sp/t:stage[@type='delivery']/text()")
    assert deliveries == ["[_looking down the street_]", "[_to_ NICCOLO]"]
    same_words(tree, DIRECTED_ALONE)


# The prose comedies: a prefix that lost its stop before its delivery in brackets,
# the speech after it on the same line.
DIRECTED_INLINE = """FIRST ACT

[_Enter_ LADY MARCH _and_ OSWIN.]

LADY MARCH.  Is the carriage come round, Oswin?

OSWIN.  Not yet, my lady.

LADY MARCH [_in a low voice_]  Then tell Mr. Pell I am not at home.

OSWIN.  Yes, my lady.

LADY MARCH.  And bring the letters.
"""


def test_a_prefix_without_its_stop_before_a_bracketed_delivery_opens_a_speech() -> None:
    tree = encode(DIRECTED_INLINE, "march.txt")
    assert _turns(tree) == [
        ("LADY MARCH.", "Is the carriage come round, Oswin?"),
        ("OSWIN.", "Not yet, my lady."),
        ("LADY MARCH", "Then tell Mr. Pell I am not at home."),
        ("OSWIN.", "Yes, my lady."),
        ("LADY MARCH.", "And bring the letters."),
    ]
    same_words(tree, DIRECTED_INLINE)


# Near misses: words in capitals before brackets inside a speech, and a heading
# with a bracket, are no prefixes.
BRACKETS_IN_SPEECH = """ACT I

TEBALDO.  Read me the sign above the door.

NICCOLO.  It says, in letters a foot high,
GOOD WINE [_he squints_] and nothing more.

TEBALDO.  Then we go in.

NICCOLO.  After you.
"""


def test_capitals_before_brackets_inside_a_speech_stay_its_words() -> None:
    tree = encode(BRACKETS_IN_SPEECH, "sign.txt")
    assert [label for label, _ in _turns(tree)] == [
        "TEBALDO.",
        "NICCOLO.",
        "TEBALDO.",
        "NICCOLO.",
    ]
    assert "GOOD WINE" in _turns(tree)[1][1]


# Methuen's Wilde: a list of persons whose men and women a row of stars parts, the
# acts' places listed before the play, the first night's theatre over its cast (the
# city the title page centres), "SCENE" centred over each setting and "ACT DROP"
# centred under each act's last speech.
METHUEN = (
    "                           THE ASHCOMBE PEARLS\n\n\n"
    "                                 A PLAY\n\n"
    "                                   BY\n"
    "                              EDITH MARLOW\n\n"
    "                                * * * * *\n\n"
    "                          ARROWSMITH & SONS\n"
    "                                BRISTOL\n\n\n\n\n"
    """THE PERSONS OF THE PLAY


Lord Ashcombe

Mr. Tolly Vane

Hobbs, Butler

                                * * * * *

Lady Ashcombe

Mrs. Dering

Jane, Maid




THE SCENES OF THE PLAY

ACT I.        _Morning-room at Ashcombe House_.
ACT II.       _The same_.

TIME:         _The Present_.




BRISTOL: PRINCE’S THEATRE


               _Manager_: _Mr. Walter Dunne_
                         _May_ 3_rd_, 1899.

LORD ASHCOMBE               _Mr. Hal Turner_.
LADY ASHCOMBE               _Miss Rose Ede_.




FIRST ACT


                                  SCENE

_Morning-room at Ashcombe House._

[_Enter_ HOBBS.]

HOBBS.  Mrs. Dering, my lady.

LADY ASHCOMBE.  Show her in, Hobbs.

MRS. DERING.  My dear, I have run all the way.

LADY ASHCOMBE.  Then sit down at once.

HOBBS.  Yes, my lady.

                                 ACT DROP




SECOND ACT


                                  SCENE

_The same._

LORD ASHCOMBE.  Where is everyone?

JANE.  In the garden, my lord.

LORD ASHCOMBE.  Then I shall go there too.

                                 ACT DROP.




THIRD ACT


                                  SCENE

_The garden._

MR. TOLLY VANE.  Lady Ashcombe, the pearls are found.

LADY ASHCOMBE.  Found!  Where?

MR. TOLLY VANE.  In the fish-pond.

                                 CURTAIN
"""
)


def test_methuen_s_centred_captions_theatre_and_starred_persons_are_no_speakers() -> None:
    tree = encode(METHUEN, "pearls.txt")
    assert [label for label, _ in _turns(tree)] == [
        "HOBBS.",
        "LADY ASHCOMBE.",
        "MRS. DERING.",
        "LADY ASHCOMBE.",
        "HOBBS.",
        "LORD ASHCOMBE.",
        "JANE.",
        "LORD ASHCOMBE.",
        "MR. TOLLY VANE.",
        "LADY ASHCOMBE.",
        "MR. TOLLY VANE.",
    ]
    assert len(xp(tree, "//t:body//t:div[@type='act']")) == 3
    # the women under the stars are roles of the list, each prefix names one of them
    roles = xp(tree, "//t:castList//t:role/text()")
    assert roles == [
        "Lord Ashcombe",
        "Mr. Tolly Vane",
        "Hobbs",
        "Lady Ashcombe",
        "Mrs. Dering",
        "Jane",
    ]
    assert set(xp(tree, "//t:sp/@who")) == {
        f"#{key}"
        for key in (
            "hobbs",
            "lady-ashcombe",
            "mrs-dering",
            "lord-ashcombe",
            "jane",
            "mr-tolly-vane",
        )
    }
    stages = xp(tree, "//t:body//t:stage/text()")
    assert stages.count("ACT DROP") == 1 and stages.count("ACT DROP.") == 1
    assert not xp(tree, "//t:sp//*[contains(text(), 'ACT DROP')]")
    same_words(tree, METHUEN)


# Near miss: a play that centres its prefixes alone over their speeches keeps them.
CENTRED_PREFIXES = """ACT I.

                              MARGERY.
Good morrow, neighbour; is the miller home?

                              ROBIN.
He went to market with the early cart.

                              MARGERY.
Then tell him that the sacks are at the door.

                              ROBIN.
I will, good mistress, when he comes again.
"""


def test_prefixes_a_play_centres_over_its_speeches_still_open_them() -> None:
    tree = encode(CENTRED_PREFIXES, "mill.txt")
    assert [label for label, _ in _turns(tree)] == ["MARGERY.", "ROBIN.", "MARGERY.", "ROBIN."]


# Near miss: a row of stars after a list of persons with prose under it ends the list.
STARS_AFTER_CAST = """PERSONS

ANNE, a widow.
TOM, her son.

* * * * *

This play was first given at a village hall in the spring.

ACT I.

ANNE.  Tom, the fire is out.

TOM.  I will fetch wood, mother.

ANNE.  Be quick, then.

TOM.  I am gone already.
"""


def test_a_row_of_stars_over_prose_ends_the_list_of_persons() -> None:
    tree = encode(STARS_AFTER_CAST, "widow.txt")
    assert xp(tree, "//t:castList//t:role/text()") == ["ANNE", "TOM"]
    assert len(_turns(tree)) == 4


# Jonson's plays as Project Gutenberg sets them: the scene's place in capitals under
# its heading (the same room under two headings), then the entrance, then the speeches.
PLACES_UNDER_HEADINGS = """ACT 1. SCENE 1.1.

  A ROOM IN THE MILLER'S HOUSE.

  ENTER GRIPE AND SLY.

  GRIPE. Is the flour weighed?

  SLY. Weighed and sold.

  GRIPE. Then count the money.

  SLY. I have counted it twice.

  SCENE 1.2.

  A ROOM IN THE MILLER'S HOUSE.

  ENTER MOLL.

  MOLL. Who took the sacks?

  GRIPE. Not I.

  SCENE 1.3.

  THE YARD BEFORE THE MILL.

  ENTER SLY, RUNNING.

  SLY. The miller is come home!

  GRIPE. Then we are undone.
"""


def test_a_scene_s_place_in_capitals_over_its_entrance_is_no_speaker() -> None:
    tree = encode(PLACES_UNDER_HEADINGS, "mill.txt")
    assert [label for label, _ in _turns(tree)] == [
        "GRIPE.",
        "SLY.",
        "GRIPE.",
        "SLY.",
        "MOLL.",
        "GRIPE.",
        "SLY.",
        "GRIPE.",
    ]
    places = xp(tree, "//t:body//t:stage/text()")
    assert "A ROOM IN THE MILLER'S HOUSE." in places
    assert "THE YARD BEFORE THE MILL." in places
    same_words(tree, PLACES_UNDER_HEADINGS)


# Near miss: a speaker alone under a heading over a direction and the speech is a speaker.
SPEAKER_UNDER_HEADING = """ACT I.

SCENE I.

GHOST.
[Beneath.]
Swear.

HAMLET.  Rest, rest, perturbed spirit.

SCENE II.

HORATIO.  My lord, the king is come.

HAMLET.  Then let him come.

HORATIO.  He stays without.
"""


def test_a_speaker_alone_under_a_heading_over_a_direction_still_speaks() -> None:
    tree = encode(SPEAKER_UNDER_HEADING, "ghost.txt")
    assert _turns(tree)[0][0] == "GHOST."


# The editor's glossary after the last scene: back matter, never the last speech.
GLOSSARY_AFTER = """ACT 1. SCENE 1.1.

  GRIPE. Is the flour weighed?

  SLY. Weighed and sold.

  GRIPE. Then count the money.

  SLY. I have counted it twice.
  [EXEUNT.]


GLOSSARY

BOLT, a sieve for flour.

GRIST, corn to be ground.

SLY, cunning.
"""


def test_a_glossary_after_the_play_is_back_matter() -> None:
    tree = encode(GLOSSARY_AFTER, "grist.txt")
    assert [label for label, _ in _turns(tree)] == ["GRIPE.", "SLY.", "GRIPE.", "SLY."]
    assert _turns(tree)[-1][1] == "I have counted it twice."
    assert "BOLT, a sieve for flour." in xp(tree, "//t:back//text()")
    same_words(tree, GLOSSARY_AFTER)


# Near miss: a glossary before the play is front matter; the play still begins.
GLOSSARY_BEFORE = """GLOSSARY

BOLT, a sieve for flour.

ACT I.

GRIPE.  Is the flour weighed?

SLY.  Weighed and sold.

GRIPE.  Then count the money.

SLY.  Twice over.
"""


def test_a_glossary_before_the_play_leaves_the_play_to_begin() -> None:
    tree = encode(GLOSSARY_BEFORE, "bolt.txt")
    assert len(_turns(tree)) == 4
