"""Plays, dialogues, radio scripts, screenplays and catechisms in layouts
probe 6d found misread. Every transcript here is invented."""

from __future__ import annotations

from test_exports_and_oral import encode, same_words, xp


def _turns(tree: object) -> list[tuple[str, str, str]]:
    """(who, label, the turn's words) for every turn."""
    out = []
    for sp in xp(tree, "//t:sp"):  # type: ignore[arg-type]
        label = " ".join("".join(xp(sp, "t:speaker//text()")).split())
        said = ["".join(xp(x, ".//text()")) for x in xp(sp, "t:p|t:l|t:lg")]
        out.append((sp.get("who").lstrip("#"), label, " ".join(" ".join(said).split())))
    return out


def _person_ids(tree: object) -> list[str]:
    return [
        p.get("{http://www.w3.org/XML/1998/namespace}id")
        for p in xp(tree, "//t:listPerson/t:person")  # type: ignore[arg-type]
    ]


ABBEY = """THE CURRACH

A PLAY IN ONE ACT

PERSONS

     SIOBHAN (an old woman)
     DONAL (her grandson)
     UNA (a neighbour)

SCENE.

--A room over the harbour at Kilbrack.

DONAL [At the window.]

There's a light out on the point.

SIOBHAN It's the Rooney boat, and it late.

UNA [Coming in.]

God save all here.

SIOBHAN "God save you kindly," says I, and sit down by the fire.

DONAL Will I go down to them?

UNA Stay where you are, Donal. The tide's turning.

SIOBHAN He'll do what he likes, the way he always did.
"""


def test_a_name_in_capitals_without_a_stop_opens_a_speech() -> None:
    tree = encode(ABBEY, "currach.txt")
    turns = _turns(tree)
    assert [label for _, label, _ in turns] == [
        "DONAL",
        "SIOBHAN",
        "UNA",
        "SIOBHAN",
        "DONAL",
        "UNA",
        "SIOBHAN",
    ]
    assert turns[1] == ("siobhan", "SIOBHAN", "It's the Rooney boat, and it late.")
    # an opening quote after the name: still the speech
    assert turns[3][2].startswith('"God save you kindly," says I')
    assert turns[5][2] == "Stay where you are, Donal. The tide's turning."
    assert len(xp(tree, "//t:castItem")) == 3
    same_words(tree, ABBEY)


CATECHISM = """LESSON THE FIRST
ON THE ORCHARD

7. Q. Who keeps the orchard?
A. The warden keeps the orchard.

8. Q. When is the fruit picked?
A. The fruit is picked in the autumn,
when the leaves turn.

9. Q. Who may eat of it?
A. All who work in it.
"""


def test_numbered_catechism_questions_are_turns_with_their_number() -> None:
    tree = encode(CATECHISM, "orchard.txt")
    turns = _turns(tree)
    assert [label for _, label, _ in turns] == ["Q.", "A."] * 3
    assert turns[0][2] == "Who keeps the orchard?"
    assert turns[3][2] == "The fruit is picked in the autumn, when the leaves turn."
    assert [sp.get("n") for sp in xp(tree, "//t:sp[t:speaker='Q.']")] == ["7.", "8.", "9."]
    same_words(tree, CATECHISM)


SHORT_ABBEY = """THE NET

PERSONS

     PEIG (a widow)
     TADHG (her son)

TADHG Is the net mended, mother?

PEIG It is not, and my eyes tired.

TADHG I'll mend it myself so.

PEIG [Handing him the needle.]

Mind the knots, Tadhg.

TADHG I will surely.
"""


def test_a_short_play_of_names_without_stops_is_a_play_not_a_cast_list() -> None:
    tree = encode(SHORT_ABBEY, "net.txt")
    turns = _turns(tree)
    assert [who for who, _, _ in turns] == ["tadhg", "peig", "tadhg", "peig", "tadhg"]
    assert turns[3] == ("peig", "PEIG", "Mind the knots, Tadhg.")
    assert xp(tree, "//t:sp[4]/t:stage/text()") == ["[Handing him the needle.]"]
    assert [x.strip() for x in xp(tree, "//t:castItem/t:role/text()")] == ["PEIG", "TADHG"]
    same_words(tree, SHORT_ABBEY)


RADIO = """NARRATOR

It is a grey morning on the quay at Port Ellis, and the mail boat is late.

KEEPER

Is that her horn?

COX'N

That's her, sure enough.

KEEPER [_low_]

Then the letter will be aboard.

COX'N

Stand by the bollard. [_chain running out_] Easy now.

KEEPER

I see her lights.

COX'N (calling)

Heave!
"""


def test_radio_names_alone_with_apostrophe_direction_or_said_once_are_turns() -> None:
    tree = encode(RADIO, "quay.txt")
    turns = _turns(tree)
    assert [(who, label) for who, label, _ in turns] == [
        ("narrator", "NARRATOR"),
        ("keeper", "KEEPER"),
        ("cox-n", "COX'N"),
        ("keeper", "KEEPER"),
        ("cox-n", "COX'N"),
        ("keeper", "KEEPER"),
        ("cox-n", "COX'N"),
    ]
    assert turns[0][2].startswith("It is a grey morning")
    assert turns[3][2] == "Then the letter will be aboard."
    # the direction after the name is the speech's delivery, never its words
    assert xp(tree, "//t:sp[4]/t:stage[@type='delivery']/text()") == ["[_low_]"]
    assert xp(tree, "//t:sp[7]/t:stage[@type='delivery']/text()") == ["(calling)"]
    # a cue in italic brackets inside the speech is a direction, not supplied words
    assert xp(tree, "//t:sp[5]/t:p/t:stage[@type='business']/text()") == ["[_chain running out_]"]
    assert xp(tree, "//t:supplied") == []
    same_words(tree, RADIO)
    # a transcriber's remark in italic brackets stays a remark
    remark = encode(RADIO.replace("[_chain running out_]", "[_inaudible_]"), "quay2.txt")
    assert xp(remark, "//t:sp[5]//t:note[@type='editorial']/text()") == ["_inaudible_"]


def test_a_cast_line_alone_in_a_list_of_names_is_no_turn() -> None:
    text = "THE FERRY\n\nCAST\n\nSKIPPER ANNE ROWE\nDECKHAND\nPILOT\n\n" + RADIO
    turns = _turns(encode(text, "ferry.txt"))
    assert "DECKHAND" not in [label for _, label, _ in turns]
    assert len(turns) == 7


SCREENPLAY = """Title: The Signal Box
Author: Nobody In Particular
Copyright:
\tReleased to the public domain.
Contact:
\tnobody@example.org

EXT. BRANCH LINE--DUSK

OLD ARTHUR, 68, a signalman, climbs the box steps.

OLD ARTHUR
The last train's late again.

WREN
(out of breath)
It stopped at the viaduct.

He pulls a lever. Far off, a whistle.

ARTHUR
Then we wait.

INT. SIGNAL BOX--NIGHT

WREN
I'll put the kettle on.
"""


def test_screenplay_cues_sluglines_and_action() -> None:
    tree = encode(SCREENPLAY, "signal.txt")
    turns = _turns(tree)
    assert [(who, label) for who, label, _ in turns] == [
        ("old-arthur", "OLD ARTHUR"),
        ("wren", "WREN"),
        ("old-arthur", "ARTHUR"),  # the last word of the two-word cue: the same man
        ("wren", "WREN"),
    ]
    assert turns[1][2] == "It stopped at the viaduct."
    # the parenthetical is the speech's direction, and leaves no empty paragraph
    assert xp(tree, "//t:sp[t:speaker='WREN'][1]/t:stage/text()") == ["(out of breath)"]
    assert xp(tree, "//t:sp/t:p[not(node())]") == []
    # sluglines head scenes, never speak; action after a blank line is no speech
    assert xp(tree, "//t:div[@type='scene']/t:head/text()") == [
        "EXT. BRANCH LINE--DUSK",
        "INT. SIGNAL BOX--NIGHT",
    ]
    assert "He pulls a lever. Far off, a whistle." in xp(tree, "//t:stage/text()")
    # the title page's fields are no one
    assert _person_ids(tree) == ["old-arthur", "wren"]
    same_words(tree, SCREENPLAY)


LIBRARY_HEAD = """Title: A Walk by the Weir

Author: Anonymous

Posting Date: May 2, 2011 [EBook #88888]
Release Date: April, 2004
First Posted: March 9, 2003

Language: English

MENIPPUS.  You are abroad early, Cleon.

CLEON.  The river wakes me before the birds do.

MENIPPUS.  Then walk with me to the weir.

CLEON.  Gladly, if you talk of something cheerful.
"""


def test_a_library_head_is_no_speaker() -> None:
    tree = encode(LIBRARY_HEAD, "weir.txt")
    assert [label for _, label, _ in _turns(tree)] == ["MENIPPUS.", "CLEON."] * 2
    assert _person_ids(tree) == ["menippus", "cleon"]
    front = " ".join(xp(tree, "//t:front//text()"))
    assert "First Posted: March 9, 2003" in front and "Language: English" in front
    same_words(tree, LIBRARY_HEAD)


DIALOGUE = """THE THIRD CONVERSATION

ARISTON.  You are out early, Lycon.

LYCON.  I came to ask you about the tides.

ARIST.  Ask, then, and I will tell you what I know.

LYC.  Why does the sea rise twice a day?

ARIST.  Because the moon pulls at it.

LYC.  And the sun does nothing?
"""


def test_an_abbreviated_prefix_names_the_speaker_of_the_full_name_before_it() -> None:
    tree = encode(DIALOGUE, "tides.txt")
    assert [who for who, _, _ in _turns(tree)] == ["ariston", "lycon"] * 3
    assert _person_ids(tree) == ["ariston", "lycon"]
    same_words(tree, DIALOGUE)


BOATMEN = """THE TOLL

DRAMATIS PERSONAE

KALLIAS, _a toll-keeper_

THE STRANGER DEMEAS

*****

  _KALLIAS_

  Who comes to the bridge at this hour of the night?

  DEMEAS. A traveller, and a poor one.

  KALL. Three coppers, all the same.

  DEM. I have two.

  KALL. Then wade.

  DEM. Three, then.
"""


def test_the_first_speeches_under_full_names_before_the_abbreviations_are_turns() -> None:
    tree = encode(BOATMEN, "toll.txt")
    turns = _turns(tree)
    # (the cast's role THE STRANGER DEMEAS is the id of DEMEAS. and DEM.)
    assert [(who, label) for who, label, _ in turns] == [
        ("kallias", "_KALLIAS_"),
        ("stranger-demeas", "DEMEAS."),
        ("kallias", "KALL."),
        ("stranger-demeas", "DEM."),
        ("kallias", "KALL."),
        ("stranger-demeas", "DEM."),
    ]
    assert turns[0][2] == "Who comes to the bridge at this hour of the night?"
    assert "Who comes to the bridge" not in " ".join(xp(tree, "//t:front//text()"))
    same_words(tree, BOATMEN)


EXITS = """THE LETTER

CHARACTERS

VERA PETROVNA, a landowner

KOSTYA, her nephew

ACT I

VERA and KOSTYA come in from the orchard.

VERA. The post is late today.

KOSTYA. I will walk to the station.

VERA. Take the dog with you. [She sits down.]

KOSTYA. As you like.

KOSTYA goes out.

VERA. Kostya? [Rising] Kostya!

KOSTYA. [Off] Coming, aunt.
"""


def test_an_exit_line_after_a_speech_is_a_direction() -> None:
    tree = encode(EXITS, "letter.txt")
    assert [who for who, _, _ in _turns(tree)][3:5] == ["kostya", "vera-petrovna"]
    assert "KOSTYA goes out." not in " ".join(xp(tree, "//t:sp//text()"))
    assert xp(tree, "//t:stage[@type='exit']/text()") == ["KOSTYA goes out."]
    assert "VERA and KOSTYA come in from the orchard." in xp(tree, "//t:stage/text()")
    same_words(tree, EXITS)


def test_a_radio_scripts_cast_heading_lists_the_participants() -> None:
    text = (
        "THE FERRY\n\n_CAST_\n\nSKIPPER ANNE ROWE\nDECKHAND TOM KEEL\nPILOT [ASHORE]\n"
        "MRS. LARK\n\nROWE\n\nCast off!\n\nKEEL\n\nAye, skipper.\n\n"
        "ROWE\n\nMind the buoy.\n\nKEEL\n\nI see it.\n"
    )
    tree = encode(text, "ferry.txt")
    turns = _turns(tree)
    assert [label for _, label, _ in turns] == ["ROWE", "KEEL", "ROWE", "KEEL"]
    names = xp(tree, "//t:listPerson/t:person/t:persName[1]/text()")
    assert names[:4] == ["SKIPPER ANNE ROWE", "DECKHAND TOM KEEL", "PILOT", "MRS. LARK"]
    # the labels name the cast's people, not persons of their own
    assert turns[0][0] == xp(tree, "//t:listPerson/t:person[1]/@xml:id")[0]
    assert turns[1][0] == xp(tree, "//t:listPerson/t:person[2]/@xml:id")[0]
    assert xp(tree, "//t:body//t:head") == []
    same_words(tree, text)


HARBOUR = """THE QUAY

DRAMATIS PERSONAE

  Lars Holm, a pilot.
  Mrs. Holm, his wife.
  Sven & Erik (their sons, aged 12 and 8).
  Anders Holm (Lars's brother), Warden of the
  Harbour and Keeper of the Light.
  Men of the town, a few women, and some fishermen's boys.

ACT I

Mrs. Holm. The fog is coming in, Lars.

Lars Holm. Then I must go down to the boat.

Anders Holm (at the door). Not tonight, brother.

Mrs. Holm. Listen to him.

Lars Holm. I always do.
"""


def test_cast_pairs_wrapped_descriptions_and_crowds() -> None:
    tree = encode(HARBOUR, "quay.txt")
    roles = [" ".join(r.split()) for r in xp(tree, "//t:castItem/t:role/text()")]
    assert roles == [
        "Lars Holm",
        "Mrs. Holm",
        "Sven",
        "Erik",
        "Anders Holm",
        # a line of crowds, each a group of its own
        "Men of the town",
        "a few women",
        "some fishermen's boys",
    ]
    sexes = {
        p.get("{http://www.w3.org/XML/1998/namespace}id"): p.get("sex")
        for p in xp(tree, "//t:listPerson/t:person")
    }
    assert sexes["sven"] == sexes["erik"] == "MALE"
    groups = xp(tree, "//t:listPerson/t:personGrp")
    assert [g.get("{http://www.w3.org/XML/1998/namespace}id") for g in groups] == [
        "men-of-the-town",
        "few-women",
        "some-fishermen-s-boys",
    ]
    assert all(g.get("sex") is None for g in groups)
    assert "Harbour and Keeper of the Light." in xp(tree, "//t:castItem[4]/t:roleDesc//text()")
    assert [who for who, _, _ in _turns(tree)] == [
        "mrs-holm",
        "lars-holm",
        "anders-holm",
        "mrs-holm",
        "lars-holm",
    ]
    same_words(tree, HARBOUR)


def test_a_name_and_its_description_in_a_list_of_persons_is_no_turn() -> None:
    text = (
        "THE KILN\n\nPERSONS\n\n     NIAMH (a potter)\n     CIARAN (her brother)\n\n"
        "CIARAN [At the door.]\n\nThe kiln is lit.\n\nNIAMH [Not turning.]\n\nIs it so.\n"
    )
    turns = _turns(encode(text, "kiln.txt"))
    assert [(label, said) for _, label, said in turns] == [
        ("CIARAN", "The kiln is lit."),
        ("NIAMH", "Is it so."),
    ]


def test_a_title_field_names_the_transcript() -> None:
    assert xp(encode(SCREENPLAY, "signal.txt"), "//t:titleStmt/t:title/text()") == [
        "The Signal Box"
    ]
    head = "The Project Gutenberg EBook of A Walk by the Weir, by Anonymous\n\n"
    tree = encode(head + LIBRARY_HEAD, "weir.txt")
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["A Walk by the Weir"]


NETS = """THE WEIR

A PLAY IN ONE ACT

PERSONS

     BRIGID (an old woman)
     COLM (her grandson)

SCENE.

--A kitchen by the weir. (A dresser, a settle bed, a half-door
open on the river. BRIGID is carding wool.)

COLM [Coming in.]

The salmon are running.

BRIGID [Not looking up.]

Are they so.

COLM [Sitting down.]

They are, and the water high.

BRIGID [Smiling.]

God is good.
"""


def test_a_short_play_in_the_abbey_layout_is_a_play_with_its_setting_whole() -> None:
    tree = encode(NETS, "weir.txt")
    assert [who for who, _, _ in _turns(tree)] == ["colm", "brigid", "colm", "brigid"]
    assert len(xp(tree, "//t:castItem")) == 2
    settings = xp(tree, "//t:stage[@type='setting']")
    assert len(settings) == 1
    assert "".join(settings[0].itertext()).endswith("BRIGID is carding wool.)")
    same_words(tree, NETS)


def test_sex_from_an_actress_a_maidservant_a_landlady_or_a_god() -> None:
    text = (
        "THE INN\n\nCHARACTERS\n\nVERA, an actress\n\nA MAIDSERVANT\n\nA LANDLADY BY THE ROAD\n\n"
        "THE GOD HERMES\n\nACT I\n\n"
        "VERA. Is there a room?\n\nLANDLADY. There is one.\n\nVERA. I will take it.\n\n"
        "HERMES. And I the stable.\n\nLANDLADY. Suit yourself.\n\nMAIDSERVANT. Supper is ready.\n"
    )
    tree = encode(text, "inn.txt")
    sexes = {
        p.get("{http://www.w3.org/XML/1998/namespace}id"): p.get("sex")
        for p in xp(tree, "//t:listPerson/t:person")
    }
    assert sexes["vera"] == sexes["maidservant"] == sexes["landlady-by-the-road"] == "FEMALE"
    assert sexes["god-hermes"] == "MALE"
