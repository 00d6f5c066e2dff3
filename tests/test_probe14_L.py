"""Plays probe 14 (helper L) found misread: printed plays as plain text in the house
styles of Gutenberg's Synge (a prefix in capitals, then its delivery in brackets between
dashes and no stop), of Manly's Kyd (the editor's headings and prefixes in brackets) and
of other editions listed in /work/probe14/L/SOURCES.md. Every play here is invented in
the house style of a real one; every expectation was written by reading the play above
it."""

from __future__ import annotations

from test_exports_and_oral import encode, xp
from test_probe11_D import _turns

# Synge as Gutenberg gives him: a prefix in capitals, then its delivery in square
# brackets between two dashes (the printer's em dashes) and no stop, the speech after
# the second dash (sometimes after a space only); a note may run over the line end;
# other speeches are "NAME. speech".
DASHED_DELIVERY = """ACT I.

SCENE: [A forge at the edge of a bog. Night. Brigid is raking the fire.]

BRIGID -- [without looking round.] -- Is that yourself, Tomas, and the
rain coming down in sheets?

TOMAS -- [a thin lad with a sack over his head, stepping in from the
dark.] -- It is, surely, and I drenched to the bone.

BRIGID. Sit in by the fire so.

TOMAS -- [shyly.] I will, and thank you kindly.

BRIGID -- [sharply, turning on him.] --
Did you see the tinkers on the road?

TOMAS. I did not. [He sits.] Only the one ass grazing.

NEIGHBOURS -- [outside, together.] -- God save all here!

BRIGID [going to the door.] -- Come in, come in out of the wet.
"""


def test_a_delivery_between_dashes_after_a_name_opens_a_speech() -> None:
    tree = encode(DASHED_DELIVERY, "forge.txt")
    turns = _turns(tree)
    assert [label for label, _ in turns] == [
        "BRIGID",
        "TOMAS",
        "BRIGID.",
        "TOMAS",
        "BRIGID",
        "TOMAS.",
        "NEIGHBOURS",
        "BRIGID",
    ]
    assert turns[0][1].startswith("Is that yourself, Tomas,")
    assert turns[3][1] == "I will, and thank you kindly."
    assert turns[4][1] == "Did you see the tinkers on the road?"
    deliveries = xp(tree, "//t:sp/t:stage[@type='delivery']//text()")
    assert "-- [without looking round.] --" in deliveries
    assert "-- [shyly.]" in deliveries


# Near miss: dashes around a bracket inside a speech, a line of the speech opening on
# words in capitals (a shout, a sign), and a word of verse before a dash.
DASHES_IN_SPEECH = """ACT I.

BRIGID. Read me what's on the board above the door.

TOMAS. It says in big letters,
NO CREDIT -- [he spells it out] -- and under it the price of porter.

BRIGID. And the song they sing at the wake?

TOMAS. It goes this way:
O -- [he hums] -- the dark rain falling.

BRIGID. That'll do.
"""


def test_dashes_around_a_note_inside_a_speech_stay_its_words() -> None:
    tree = encode(DASHES_IN_SPEECH, "board.txt")
    turns = _turns(tree)
    assert [label for label, _ in turns] == [
        "BRIGID.",
        "TOMAS.",
        "BRIGID.",
        "TOMAS.",
        "BRIGID.",
    ]
    assert "NO CREDIT" in turns[1][1]
    assert "the dark rain falling" in turns[3][1]


# An old play as a nineteenth-century editor printed it and Gutenberg kept it: the act
# headings in Latin with u printed as v ("ACTVS PRIMVS.") or not, the editor's own
# headings in brackets naming the act over each scene ("[ACT I.  SCENE 2.]"), the
# prologue under the first act's heading, prefixes set in two spaces.
EDITOR_HEADINGS = """ACTVS PRIMVS.


[Prologue]

                Enter RUMOUR.

  RUMOUR.  Heare me, you gentles, ere the play begin,
    And marke what wrongs the citie hides within.


[ACT I. SCENE 1.]
                [A street.]

                Enter OSRICK and TIBALD.

  OSR.  Good morrow, Tibald.

  TIB.  Good morrow to you, sir.

                  Exeunt.


[ACT I.  SCENE 2.]
                [A chamber.]

  OSR.  Is the letter sent?

  TIB.  It is, my lord.


ACTUS SECUNDUS.


[ACT II.  SCENE 1.]

  OSR.  Now to the court.

  TIB.  I follow you.
"""


def test_an_editor_s_bracketed_headings_open_scenes_of_the_act_they_name() -> None:
    tree = encode(EDITOR_HEADINGS, "rumour.txt")
    acts = xp(tree, "//t:body/t:div[@type='act']")
    assert [" ".join(xp(a, "string(t:head)").split()) for a in acts] == [
        "ACTVS PRIMVS.",
        "ACTUS SECUNDUS.",
    ]
    assert [xp(d, "string(t:head)") for d in xp(acts[0], "t:div")] == [
        "[Prologue]",
        "[ACT I. SCENE 1.]",
        "[ACT I.  SCENE 2.]",
    ]
    assert xp(acts[0], "t:div[1]/@type") == ["prologue"]
    assert len(xp(acts[1], "t:div[@type='scene']")) == 1
    assert len(_turns(tree)) == 7


# Near miss: a direction in brackets that opens on the word "Act" or names a prologue
# is no heading, and a heading naming another act opens that act.
BRACKETED_DIRECTIONS = """ACT I.

SCENE I.

  OSR.  The play within begins.

  TIB.  Then sit, my lord.

  OSR.  I sit.

                [Act of dumb show: a king is poisoned.]

  TIB.  Who speaks the prologue?

                [The prologue is spoken within.]

  OSR.  A boy, they say.

  TIB.  A boy indeed.

ACT II. SCENE I.

  OSR.  So ends it.

  TIB.  Well ended.

  OSR.  Come, to supper.

  TIB.  With all my heart.
"""


def test_a_bracketed_direction_is_no_heading_and_another_act_is_another_act() -> None:
    tree = encode(BRACKETED_DIRECTIONS, "dumbshow.txt")
    assert len(xp(tree, "//t:body/t:div[@type='act']")) == 2
    stages = xp(tree, "//t:stage/text()")
    assert "[Act of dumb show: a king is poisoned.]" in stages
    assert "[The prologue is spoken within.]" in stages
    assert len(_turns(tree)) == 10


# A cast list set in as the play's prefixes are, whose roles open with the name a
# prefix gives them ("GHOST OF ANDREA" for "GHOST."), in a play that also sets in
# prefixes which lost their stop ("  Spir Where am I?"): the roles stay the cast list.
CAST_OPENING_ON_PREFIXES = """DRAMATIS PERSONAE.

  SPIRIT OF WINTER          |
  FROST                     | the Chorus.
  KING OF ILLYRIA.
  LORD ORSO, his brother.


ACT I.

  SPIRIT.  I come from under ground to see this play.

  FROST.  And I with thee.

  KING.  Welcome, brother.

  ORSO.  My liege, I thank you.

  SPIRIT.  Marke how they smile.

  FROST.  They will not smile for long.

  KING.  Sit, brother.

  ORSO.  I sit, my liege.

  SPIRIT Nay, they will weepe anon.

  FROST.  So be it.
"""


def test_roles_opening_on_a_prefix_s_name_stay_the_cast_list() -> None:
    tree = encode(CAST_OPENING_ON_PREFIXES, "winter.txt")
    roles = [" ".join(r.split()) for r in xp(tree, "//t:castList//t:role/text()")]
    assert roles == ["SPIRIT OF WINTER", "FROST", "KING OF ILLYRIA", "LORD ORSO"]
    turns = _turns(tree)
    assert [label for label, _ in turns][:2] == ["SPIRIT.", "FROST."]
    assert len(turns) == 10
    who = xp(tree, "//t:sp[t:speaker='KING.']/@who")
    assert who and all(w.endswith("king-of-illyria") for w in who)


# Near miss: the same play without a cast list; a line set in that opens with a prefix
# which lost its stop, then a capital, is still that speaker's speech.
NO_CAST_UNSTOPPED = "ACT I." + CAST_OPENING_ON_PREFIXES.split("ACT I.", 1)[1]


def test_an_unstopped_prefix_set_in_still_opens_a_speech() -> None:
    tree = encode(NO_CAST_UNSTOPPED, "winter2.txt")
    turns = _turns(tree)
    assert len(turns) == 10
    assert turns[8] == ("SPIRIT", "Nay, they will weepe anon.")


# A list of persons as Synge's printers set it: two or three people in capitals joined
# by "AND" (after commas), sharing one description in the plural; each speaks alone.
NAMED_TOGETHER = """PERSONS

     MARTIN DOYLE, a smith.
     OWEN KEANE AND DAN FOLEY, turf-cutters.
     ROSE DALY, KATE NOLAN, AND NORA HYNES, girls of the parish.


ACT I.

MARTIN. Who's there at the door?

OWEN. Only ourselves, Martin.

DAN. And the girls after us.

ROSE. God save all here.

KATE. And the blessing of God on you.

NORA. Is the fire lit?

MARTIN. It is, surely.

OWEN. Then we'll sit.

DAN. We will.

ROSE. Aye.
"""


def test_people_named_together_in_the_persons_are_a_role_each() -> None:
    tree = encode(NAMED_TOGETHER, "smithy.txt")
    roles = [" ".join(r.split()) for r in xp(tree, "//t:castList//t:role/text()")]
    assert roles == [
        "MARTIN DOYLE",
        "OWEN KEANE",
        "DAN FOLEY",
        "ROSE DALY",
        "KATE NOLAN",
        "NORA HYNES",
    ]
    who = {"".join(xp(sp, "t:speaker/text()")): sp.get("who") for sp in xp(tree, "//t:sp")}
    assert who["OWEN."] == "#owen-keane"
    assert who["DAN."] == "#dan-foley"
    assert who["NORA."] == "#nora-hynes"


# Near miss: a title alone before "AND" names one pair of people as one role, and a
# description in the singular keeps the names together (a place, a firm, a pair).
TITLE_AND_SINGULAR = """PERSONS

     LORD AND LADY FENWICK, parents.
     HOB AND NOB, a tavern's sign that speaks.
     WAT, a potboy.


ACT I.

WAT. Here's company.

HOB AND NOB. We are the sign.

WAT. Then hang quiet.

HOB AND NOB. We cannot.

WAT. Try.

HOB AND NOB. We swing.

WAT. So do I.

HOB AND NOB. Together, then.
"""


def test_a_title_before_and_or_a_singular_description_keeps_one_role() -> None:
    tree = encode(TITLE_AND_SINGULAR, "sign.txt")
    roles = [" ".join(r.split()) for r in xp(tree, "//t:castList//t:role/text()")]
    assert roles == ["LORD AND LADY FENWICK", "HOB AND NOB", "WAT"]


# An old play whose editor supplied a missing prefix in brackets, the speech after it on
# its line ("  [KING.]  Welcome, …"), prefixes set in two spaces, verse set in four.
SUPPLIED_PREFIX = """ACT I.

  KING.  What newes, my lord?
    Speake on, and spare not.

  LORD.  The field is ours, my liege.

  KING.  Then let the trumpets sound.

                Exit LORD.

  [KING.]  Welcome, good Osrick, welcome home againe!
    Thy fathers deedes shall be forgot in thine.

  OSR.  I thanke your Maiestie.

  KING.  Sit by me.

  OSR.  I shall, my liege.

  LORD.  My liege, a word.

  OSR.  Heare him, my lord.

  LORD.  No more.
"""


def test_a_prefix_the_editor_supplied_in_brackets_opens_a_speech() -> None:
    tree = encode(SUPPLIED_PREFIX, "osrick.txt")
    turns = _turns(tree)
    assert len(turns) == 10
    assert turns[3][0] == "[KING.]"
    assert turns[3][1].startswith("Welcome, good Osrick,")
    kings = xp(tree, "//t:sp[t:speaker='[KING.]' or t:speaker='KING.']/@who")
    assert len(set(kings)) == 1


# Near miss: a direction in brackets with words after it on its line, where no one of
# that name speaks ("[ASIDE.]"), and the editor's "[CHORUS.]" alone on its line, stay
# directions.
BRACKETED_CUES = SUPPLIED_PREFIX.replace("  [KING.]  Welcome", "  KING.  Welcome").replace(
    "  OSR.  I thanke your Maiestie.",
    "  OSR.  I thanke your Maiestie.\n\n  [ASIDE.]  Now to my task.\n\n                [CHORUS.]",
)


def test_bracketed_cues_where_no_one_is_named_stay_directions() -> None:
    tree = encode(BRACKETED_CUES, "osrick2.txt")
    turns = _turns(tree)
    assert len(turns) == 10
    assert not [label for label, _ in turns if label.startswith("[")]
    stages = [" ".join(s.split()) for s in xp(tree, "//t:stage/text()")]
    assert "[ASIDE.]" in stages  # Osrick's aside, his words after it
    assert "[CHORUS.]" in stages
    assert turns[4] == ("OSR.", "I thanke your Maiestie. [ASIDE.] Now to my task.")


# Gutenberg's modern Shakespeare: "Contents" over the acts and scenes (a chorus listed
# under an act), the Dramatis Personae after it naming the CHORUS, a prologue, prefixes
# alone on their lines over the speech, directions set in one space.
CONTENTS_OVER_THE_PLAY = """THE TRAGEDY OF CORIN AND PHILLIDA


Contents

THE PROLOGUE.

ACT I
Scene I. A market place.
Scene II. A field.


ACT II
CHORUS.
Scene I. An orchard.




 Dramatis Personae

CORIN, a shepherd.
PHILLIDA, a shepherdess.
CHORUS.
Shepherds, Reapers.


THE PROLOGUE

 Enter Chorus.

CHORUS.
Two lovers in a field of corn were found,
And how they met our little play shall sound.

 [_Exit._]


ACT I

SCENE I. A market place.

 Enter Corin and Phillida.

CORIN.
Good morrow, Phillida.

PHILLIDA.
Good morrow, Corin.

CORIN.
Wilt walk with me?

PHILLIDA.
Not I.

CORIN.
Then farewell.

 [_Exeunt._]


SCENE II. A field.

PHILLIDA.
He is gone.

CORIN.
Not far.
"""


def test_a_list_of_contents_over_the_play_is_front_matter() -> None:
    tree = encode(CONTENTS_OVER_THE_PLAY, "corin.txt")
    roles = [" ".join(r.split()) for r in xp(tree, "//t:castList//t:role/text()")]
    assert roles[:3] == ["CORIN", "PHILLIDA", "CHORUS"]
    body = xp(tree, "//t:body")[0]
    assert [xp(d, "string(t:head)") for d in xp(body, "t:div")] == ["THE PROLOGUE", "ACT I"]
    assert len(xp(body, "t:div[@type='act']/t:div[@type='scene']")) == 2
    turns = _turns(tree)
    assert len(turns) == 8
    assert turns[0][0] == "CHORUS."
    assert "Scene II. A field." in "".join(xp(tree, "//t:front//text()"))


# Near miss: "Contents" over the titles of a volume's plays (no act or scene under it)
# is a title page's list, and the play's own acts after it are its divisions.
CONTENTS_OF_A_VOLUME = CONTENTS_OVER_THE_PLAY.replace(
    "THE PROLOGUE.\n\nACT I\nScene I. A market place.\nScene II. A field.\n\n\nACT II\n"
    "CHORUS.\nScene I. An orchard.",
    "Corin and Phillida\nThe Reapers' Masque\nA Dialogue of Shepherds",
)


def test_contents_naming_a_volume_s_plays_leave_the_play_s_acts_alone() -> None:
    tree = encode(CONTENTS_OF_A_VOLUME, "corin2.txt")
    body = xp(tree, "//t:body")[0]
    assert [xp(d, "string(t:head)") for d in xp(body, "t:div")] == ["THE PROLOGUE", "ACT I"]
    assert len(_turns(tree)) == 8
    assert "The Reapers' Masque" in "".join(xp(tree, "//t:front//text()"))


# A translated Russian play whose prefixes keep the French title shortened, in capitals
# as the names are ("MME. LAPTEVA."), beside plain ones.
FRENCH_TITLE_PREFIX = """CHARACTERS

PAVEL, a landowner
MME. LAPTEVA, his aunt
DUNYA, a maid


ACT I

PAVEL. Is tea ready?

MME. LAPTEVA. [Without looking up] It has been ready this hour.

DUNYA. Shall I pour, sir?

PAVEL. Pour, Dunya.

MME. LAPTEVA. You let the samovar go cold again.

DUNYA. I will heat it, madam.

PAVEL. Never mind. Mme. Lapteva likes it cold.

MME. LAPTEVA. I do not.
"""


def test_a_french_title_before_the_name_is_part_of_the_prefix() -> None:
    tree = encode(FRENCH_TITLE_PREFIX, "samovar.txt")
    turns = _turns(tree)
    assert [label for label, _ in turns] == [
        "PAVEL.",
        "MME. LAPTEVA.",
        "DUNYA.",
        "PAVEL.",
        "MME. LAPTEVA.",
        "DUNYA.",
        "PAVEL.",
        "MME. LAPTEVA.",
    ]
    assert turns[4][1] == "You let the samovar go cold again."
    assert xp(tree, "//t:sp[t:speaker='MME. LAPTEVA.']/@who")[0].endswith("mme-lapteva")


def test_a_french_title_inside_a_speech_stays_its_words() -> None:
    # near miss: "Mme. Lapteva" in the middle of Pavel's speech names her, no prefix
    tree = encode(FRENCH_TITLE_PREFIX, "samovar2.txt")
    assert _turns(tree)[6] == ("PAVEL.", "Never mind. Mme. Lapteva likes it cold.")


# Pet names in a list of characters: inside the name in parentheses, as translations of
# Chekhov set it ("IVAN (VANYA) VOITSKI"), or after it, "(called …)", as Synge's persons
# do; the play's prefixes use the surname or the pet name.
PET_NAMES = """CHARACTERS

PAVEL (PASHA) ORLOV, a landowner

KATERINA DROZD (called KATYA BELL), his niece

DUNYA, a maid


ACT I

ORLOV. Is tea ready?

KATYA. It has been ready this hour.

DUNYA. Shall I pour, sir?

ORLOV. Pour, Dunya.

KATYA. You let the samovar go cold again.

DUNYA. I will heat it.

ORLOV. Never mind.

KATYA. I do mind.
"""


def test_a_pet_name_in_the_cast_list_names_the_role_the_prefix_uses() -> None:
    tree = encode(PET_NAMES, "pets.txt")
    roles = [" ".join(r.split()) for r in xp(tree, "//t:castList//t:role/text()")]
    assert roles == ["PAVEL (PASHA) ORLOV", "KATERINA DROZD", "DUNYA"]
    who = {"".join(xp(sp, "t:speaker/text()")): sp.get("who") for sp in xp(tree, "//t:sp")}
    assert who["ORLOV."] == "#pavel-pasha-orlov"
    assert who["KATYA."] == "#katerina-drozd"


# Near miss: a name in parentheses after the role names another person's name ("(called
# DUNYA)" where DUNYA is a role of her own), and a first name in parentheses after a
# surname alone ("HELMER (TORVALD)") is the description, as before.
OTHER_NAMES = PET_NAMES.replace("PAVEL (PASHA) ORLOV, a landowner", "ORLOV (PAVEL)").replace(
    "(called KATYA BELL)", "(called DUNYA KATYA)"
)


def test_a_called_name_that_is_another_role_s_and_a_surname_s_first_name_stay() -> None:
    tree = encode(OTHER_NAMES, "pets2.txt")
    roles = [" ".join(r.split()) for r in xp(tree, "//t:castList//t:role/text()")]
    assert roles == ["ORLOV", "KATERINA DROZD", "DUNYA"]
    who = {"".join(xp(sp, "t:speaker/text()")): sp.get("who") for sp in xp(tree, "//t:sp")}
    assert who["DUNYA."] == "#dunya"
    assert who["ORLOV."] == "#orlov"
