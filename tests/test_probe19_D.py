"""Plays probe 19 (helper D) found misread: Restoration comedies as the
Mermaid and Scott-Saintsbury editions print them (prefixes in italics at the
margin, ``_Hip._ To confine …``), an editor's introduction before the cast
list, ``ACT THE FIRST.``, a cast list whose women follow the men after two
blank lines, names sharing one description, a role's other name after
``or``. Every play here is invented."""

from __future__ import annotations

from test_exports_and_oral import encode, xp

from encoder.pipeline import encode_text
from encoder.plaintext import tei_to_text


def _who(tree: object) -> list[str]:
    return [sp.get("who").lstrip("#") for sp in xp(tree, "//t:sp")]  # type: ignore[arg-type]


def _roles(tree: object) -> list[str]:
    return ["".join(r.itertext()) for r in xp(tree, "//t:castList//t:role")]  # type: ignore[arg-type]


_SPEECHES = """_Bel._ Shut the door, Nan; my aunt is on the stairs again.

_Nan._ She is always on the stairs, madam, or at the keyhole.

_Bel._ Then we must whisper, and whispering spoils a jest.

_Nan._ A jest whispered is a secret, and a secret is worth two jests.

_Bel._ Thou art grown a philosopher since Lady-day.

_Nan._ Since my wages were stopped, madam; want makes wits.

_Bel._ Well, here's a crown; be a fool again.

_Nan._ With all my heart; folly is the better service.

                      _Enter_ Monsieur de GALLIARD.

_Mons. Bon jour, ma cousine;_ I am come to kiss your hands.

_Bel._ Kiss your own, cousin; they are whiter.

_Mons._ Ah, _la belle_ cruelty! it is the mode in Paris.

_Nan._ Then Paris may keep it, sir.
"""

COMEDY = (
    """
_THE WIDOW'S WAGER._


               "Quid rides? mutato nomine de te
  Fabula narratur."[1]--HOR.


This comedy was first acted, as the editor supposes, in the winter of
1675, at the house in Dorset Gardens; the prompter's book is lost, and
no cast survives. It was printed in the next year, and again after
_The Careless Heir_. This second quarto mends a few words, nothing more,
and the text here follows it.




DRAMATIS PERSONÆ


Mr. FAIRLOVE,
Mr. TRUEBY,
Young Gentlemen of the town.

Mr. GALLIARD, or Monsieur de GALLIARD, a fop lately come
from Paris.

A Parson.


BELINDA, a rich young widow.

Mrs. PRIMLY, her Aunt, a precise old
woman.

NAN, BELINDA'S Maid.

Mrs. DAINTY,
Mrs. FRILL,
Two Ladies of the town.


SCENE--LONDON.



_THE WIDOW'S WAGER._


ACT THE FIRST.


SCENE I.--BELINDA'S _Lodging._

                 _Enter_ BELINDA _and_ NAN.

"""
    + _SPEECHES
)


def test_an_editions_title_and_introduction_are_no_speeches() -> None:
    # the title in italics alone on its line (said again over the play) and a title
    # cited at the start of an editor's line (``_The Careless Heir_. This …``) were
    # read as speakers, the whole introduction and cast list as their speeches
    tree = encode(COMEDY, "wager.txt")
    assert _who(tree) == ["belinda", "nan"] * 4 + ["mr-galliard", "belinda", "mr-galliard", "nan"]
    assert xp(tree, "//t:titlePart/text()")[:1] == ["_THE WIDOW'S WAGER._"]
    front = " ".join(xp(tree, "//t:front//text()"))
    assert "_The Careless Heir_. This second quarto" in front


def test_act_the_first_heads_an_act() -> None:
    tree = encode(COMEDY, "wager.txt")
    assert xp(tree, "//t:div[@type='act']/t:head/text()") == ["ACT THE FIRST."]
    assert xp(tree, "//t:div[@type='act']/t:div[@type='scene']/t:head/text()") == [
        "SCENE I.--BELINDA'S _Lodging._"
    ]


def test_cast_list_goes_on_after_two_blank_lines_to_its_setting() -> None:
    tree = encode(COMEDY, "wager.txt")
    assert _roles(tree) == [
        "Mr. FAIRLOVE",
        "Mr. TRUEBY",
        "Mr. GALLIARD",
        "A Parson",
        "BELINDA",
        "Mrs. PRIMLY",
        "NAN",
        "Mrs. DAINTY",
        "Mrs. FRILL",
    ]


def test_names_ending_in_commas_share_the_line_under_them() -> None:
    tree = encode(COMEDY, "wager.txt")
    descs = xp(tree, "//t:castItem[t:role='Mr. TRUEBY']/t:roleDesc/text()")
    assert descs == ["Young Gentlemen of the town."]
    assert xp(tree, "//t:castItem[t:role='Mrs. FRILL']/t:roleDesc/text()") == [
        "Two Ladies of the town."
    ]
    women = xp(tree, "//t:person[@sex='FEMALE']/@xml:id")
    assert {"mrs-dainty", "mrs-frill"} <= set(women)


def test_an_abbreviation_of_a_roles_other_name_after_or() -> None:
    result = encode_text(COMEDY, "wager.txt")
    assert not [d for d in result.diagnostics if d.code == "W701"]
    tree = encode(COMEDY, "wager.txt")
    assert _who(tree).count("mr-galliard") == 2


def test_round_trip_keeps_every_line() -> None:
    tree = encode(COMEDY, "wager.txt")
    given = tei_to_text(tree)
    for line in COMEDY.splitlines():
        assert line.strip() in given


# ------------------------------------------------------------------ near misses

ALONE_HABIT = """THE WIDOW'S WAGER.

ACT I.

_Bel._
Shut the door, Nan; my aunt is on the stairs.

_Nan._
She is always on the stairs, madam.

_Bel._
Then we must whisper.

_Nan._
A jest whispered is a secret.
"""


def test_italic_prefixes_alone_over_their_speeches_stay_prefixes() -> None:
    # a name said only alone on its line is set apart only where the play's
    # prefixes carry their speeches on their own lines
    tree = encode(ALONE_HABIT, "alone.txt")
    assert _who(tree) == ["bel", "nan", "bel", "nan"]


def test_a_name_alone_in_the_plays_typography_is_still_a_speaker() -> None:
    # most speeches on their prefixes' lines, a fiddler twice alone over a song:
    # the same italics, the same stop inside them: a speaker
    song = _SPEECHES.replace(
        "_Nan._ Then Paris may keep it, sir.",
        "_Fid._\n  Come, my love, to Paris town,\n  Buy me there a silken gown.\n\n"
        "_Bel._ Enough, enough.\n\n_Fid._\n  Buy me there a silken gown,\n  Come, my love.\n",
    )
    tree = encode("THE WIDOW'S WAGER.\n\nACT I.\n\n" + song, "song.txt")
    assert _who(tree)[-3:] == ["fid", "bel", "fid"]


def test_an_italic_prefix_under_a_line_of_speech_still_opens_a_speech() -> None:
    text = "ACT I.\n\n" + _SPEECHES.replace(
        "_Bel._ Thou art grown a philosopher since Lady-day.\n\n",
        "_Bel._ Thou art grown a philosopher since Lady-day.\n",
    )
    tree = encode(text, "under.txt")
    assert len(_who(tree)) == 12


def test_act_the_words_in_a_speech_are_no_heading() -> None:
    text = COMEDY.replace(
        "_Nan._ Then Paris may keep it, sir.",
        "_Nan._ Then Paris may keep it, sir.\n\nAct the part well, sir, and the town is yours.",
    )
    tree = encode(text, "wager.txt")
    assert xp(tree, "//t:div[@type='act']/t:head/text()") == ["ACT THE FIRST."]


def test_a_title_after_the_gap_ends_the_cast_list() -> None:
    text = COMEDY.replace("\nSCENE--LONDON.\n", "\n")
    tree = encode(text, "wager.txt")
    assert _roles(tree)[-1] == "A Parson"


def test_a_named_line_under_names_with_commas_is_a_role() -> None:
    text = COMEDY.replace("Two Ladies of the town.", "LADY GADABOUT, their aunt.")
    tree = encode(text, "wager.txt")
    assert "LADY GADABOUT" in _roles(tree)
    assert xp(tree, "//t:castItem[t:role='Mrs. FRILL']/t:roleDesc") == []


def test_a_description_not_opening_with_or_gives_no_other_name() -> None:
    # "Mons." is then the Monsieur of the entrance, not the cast's Mr. Galliard
    text = COMEDY.replace(
        "Mr. GALLIARD, or Monsieur de GALLIARD, a fop lately come",
        "Mr. GALLIARD, a fop lately come, called Monsieur by some,",
    )
    tree = encode(text, "wager.txt")
    assert "mr-galliard" not in _who(tree)


# ------------------------------------------- Scott's Dryden: titles in italics in the cast

TRAGEDY = """                          DRAMATIS PERSONÆ.

  _Captain_ ROLAND VESTRY.
  _Mr_ ASHCOMBE, } _English Factors, his Friends._
  _Mr_ DELVES,   }
  CORVINO _Senior, Governor of the Isle._
  _The Notary._
  CORVINO _Junior, Son to the Governor._
  VAN DOORN, _a Dutch Factor._

  MELISSA, _betrothed to_ VESTRY.
  _A Skipper._
  _Two Dutch Factors._

SCENE--_Tarnowe._


ACT I.

SCENE I.--_A Fort by the Sea._

  _Enter_ CORVINO _Senior, the Governor, the Notary, and_ VAN DOORN.

_Not._ A fair morning to the governor.

_Cor._ Good morrow, notary; what news from the port?

_Van D._ A ship, sir, and letters from home.

_Not._ Good letters, I hope, and heavy ones.

_Cor._ Heavy with what?

_Van D._ With gold, if the notary has his way.

_Cor._ Then read them quickly.

  _Enter_ ASHCOMBE _and_ DELVES.

_Ash._ Good day to you, governor.

_Del._ And to all the factory.
"""


def test_roles_after_a_title_in_italics_are_a_cast_list() -> None:
    # the first role opened with "_Captain_" and the list was read as empty (W702), its
    # "_Mr_ ASHCOMBE, } …" lines as directions
    result = encode_text(TRAGEDY, "fort.txt")
    assert not [d for d in result.diagnostics if d.code in ("W701", "W702")]
    tree = encode(TRAGEDY, "fort.txt")
    assert _roles(tree) == [
        "_Captain_ ROLAND VESTRY",
        "_Mr_ ASHCOMBE",
        "_Mr_ DELVES",
        "CORVINO _Senior",
        "The Notary",
        "CORVINO _Junior",
        "VAN DOORN",
        "MELISSA",
        "A Skipper",
        "Two Dutch Factors",
    ]
    assert xp(tree, "//t:personGrp/t:persName/text()") == ["Two Dutch Factors"]


def test_an_abbreviation_of_two_roles_names_the_one_the_entrance_brought_on() -> None:
    tree = encode(TRAGEDY, "fort.txt")
    assert _who(tree) == [
        "notary",
        "corvino-senior",
        "van-doorn",
        "notary",
        "corvino-senior",
        "van-doorn",
        "corvino-senior",
        "mr-ashcombe",
        "mr-delves",
    ]


def test_an_abbreviation_of_two_roles_neither_brought_on_is_unresolved() -> None:
    text = TRAGEDY.replace(
        "_Enter_ CORVINO _Senior, the Governor, the Notary, and_ VAN DOORN.",
        "_Enter the Governor, the Notary, and_ VAN DOORN.",
    )
    result = encode_text(text, "fort.txt")
    assert [d for d in result.diagnostics if d.code == "W701"]
    tree = encode(text, "fort.txt")
    assert "corvino-senior" not in _who(tree)


def test_an_entrance_in_italics_under_the_list_begins_the_play() -> None:
    text = TRAGEDY.replace("  _A Skipper._\n  _Two Dutch Factors._\n", "  _A Skipper._\n")
    text = text.replace(
        "\nSCENE--_Tarnowe._\n\n\nACT I.\n\nSCENE I.--_A Fort by the Sea._\n\n  _Enter_",
        "  _Enter_",
    )
    tree = encode(text, "fort.txt")
    assert "Two Dutch Factors" not in _roles(tree)
    assert xp(tree, "//t:body//t:stage[starts-with(., '_Enter_ CORVINO')]")


# ------------------------------- Summers' Behn: an editor's headings, names in italics

_BEHN_SPEECHES = """Lu. Dear _Orsante!_ I shall love a Church the better this Month for
giving me a sight of thee.

Ors. First the sudden Orders of my Colonel, and next a fair
Lady.

Lu. A Lady! Can any of this Country relish with a Man like thee?

Ors. This morning I landed, and that indeed brought me to Church.

Lu. In that very Storm I landed too. _Grell_, where is thy Master?

Gre. At the Inn, Sir, recruiting his Stomach with Brandy.

Lu. Well, I'll come to him, go home before. [Ex. _Grell_.

Ors. Prithee what thing is this?

Lu. The Cashier to a Squire I spoke of, a Man of Business.

Ors. And as wise as his Master, I warrant.

Lu. Wiser, for he keeps the Purse.

Ors. Then he is the Master.
"""

COMEDY_WITH_ESSAYS = (
    """THE WELSH LOVER.


Argument.

Source.

Theatrical History.


ARGUMENT.

Orsante, a colonel newly come from Flanders, is promised the sister of
his friend, but falls in love with another lady at church; the plot runs
on mistaken veils and a borrowed habit.

SOURCE.

The plot is taken from a novel of the last age, itself from the Spanish;
the reader who would trace it further may begin with Cervantes and
Shakespeare.

THEATRICAL HISTORY.

The play was produced at the Duke's Theatre in 1674 and did not meet
with the success it deserved.


ACT I.

Scene I. A Street.

Enter _Orsante_ and _Lucasio_ in travelling Habits, attended by
_Grell_.

"""
    + _BEHN_SPEECHES
)


def test_an_editors_headings_and_a_wrapped_word_are_no_speakers() -> None:
    # "Argument.", "ARGUMENT.", "Theatrical History." alone over prose, "Shakespeare."
    # and "Lady." ending a sentence's lines were speakers in a play whose prefixes all
    # open their speeches' lines ("Lu. Dear _Orsante!_ …")
    tree = encode(COMEDY_WITH_ESSAYS, "welsh.txt")
    labels = [" ".join(xp(sp, "t:speaker/text()")) for sp in xp(tree, "//t:sp")]
    assert labels == ["Lu.", "Ors."] * 2 + ["Lu.", "Gre."] + ["Lu.", "Ors."] * 3
    assert "Lady." in " ".join(xp(tree, "//t:sp[2]//t:p//text()"))
    front = xp(tree, "//t:front//text()")
    assert "ARGUMENT." in front and "THEATRICAL HISTORY." in front


def test_names_in_italics_in_an_entrance_resolve_abbreviated_prefixes() -> None:
    result = encode_text(COMEDY_WITH_ESSAYS, "welsh.txt")
    assert not [d for d in result.diagnostics if d.code == "W701"]
    tree = encode(COMEDY_WITH_ESSAYS, "welsh.txt")
    assert _who(tree)[:3] == ["lucasio", "orsante", "lucasio"]
    assert "grell" in _who(tree)


def test_a_name_alone_over_a_paragraph_that_also_speaks_on_its_line_is_a_speaker() -> None:
    # near miss: "Lu." alone over its speech once, on its speech's line elsewhere
    text = COMEDY_WITH_ESSAYS.replace("Lu. Wiser, for he keeps the Purse.", "Lu.\nWiser, for he.")
    tree = encode(text, "welsh.txt")
    assert _who(tree).count("lucasio") == 6


# ------------------------------ a translated play as a student's Markdown copy has it

_LONG = (
    "I have had a delightfully lonely time of it up at the mill, with plenty of leisure to"
    " think and think about things, and nobody to interrupt me."
)

MARKDOWN_PLAY = f"""---
layout: narrative
title: >
    The Lantern Maker
---

# CHARACTERS

  - BRANDT, a glass-blower.

 - TOVE BRANDT, his son.

 - MRS. HOLM, his housekeeper.

 - NILSEN, a lamplighter.

# ACT I

  * At BRANDT'S workshop.  A furnace, benches, and a window on the harbour.

Nilsen (trims a wick at the window).  Look at them, Holm! the whole harbour is lit tonight.

*  Holm:  *(setting down a tray).*  Is it true they say the old man is selling the shop?

 Nilsen.:   Who knows.

 Holm.:   And he has sent for his son, they tell me.

 Nilsen.:   Yes.  The son came home yesterday.

 * [He goes into the workshop; HOLM shuts the door after him.

* Tove.:   Is that Nilsen going out?

 Holm.:   It is, sir.  He never stays long.

 Tove.:   {_LONG}

 Holm: * (laughs).* That is like you, sir.

 Tove.:   It is.  And how is my father?

 Holm.:   Much as ever, sir.
"""


def test_prefixes_with_a_stop_and_a_colon_and_list_marks_open_speeches() -> None:
    # "Nilsen.:   Who knows." (a stop and a colon) and "* Tove.:" (a list's mark before
    # the name) were words of the speech before: 2 speeches, not 11
    tree = encode(MARKDOWN_PLAY, "lantern.md")
    labels = [" ".join(xp(sp, "t:speaker/text()")) for sp in xp(tree, "//t:sp")]
    assert labels == [
        "Nilsen",
        "*  Holm:",
        "Nilsen.:",
        "Holm.:",
        "Nilsen.:",
        "* Tove.:",
        "Holm.:",
        "Tove.:",
        "Holm:",
        "Tove.:",
        "Holm.:",
    ]
    assert _who(tree)[:2] == ["nilsen", "mrs-holm"]
    assert "tove-brandt" in _who(tree)


def test_a_bracket_after_a_list_mark_is_a_direction() -> None:
    tree = encode(MARKDOWN_PLAY, "lantern.md")
    stages = [" ".join("".join(s.itertext()).split()) for s in xp(tree, "//t:div//t:stage")]
    assert "* [He goes into the workshop; HOLM shuts the door after him." in stages


def test_a_paragraph_on_one_long_line_is_prose() -> None:
    # one-line speeches were read as verse lines (<l>)
    tree = encode(MARKDOWN_PLAY, "lantern.md")
    assert xp(tree, "//t:sp/t:l") == []
    assert len(xp(tree, "//t:sp/t:p")) == 11


def test_a_stop_and_colon_in_the_front_matter_opens_nothing() -> None:
    text = MARKDOWN_PLAY.replace(
        "# CHARACTERS", "Note.: this copy was made from the first printing.\n\n# CHARACTERS"
    )
    tree = encode(text, "lantern.md")
    assert len(_who(tree)) == 11
    assert "Note.: this copy was made from the first printing." in xp(tree, "//t:front//text()")


def test_a_cast_lists_bullets_stay_roles() -> None:
    tree = encode(MARKDOWN_PLAY, "lantern.md")
    assert _roles(tree) == ["BRANDT", "TOVE BRANDT", "MRS. HOLM", "NILSEN"]


def test_short_verse_lines_stay_verse() -> None:
    verse = """THE KEEPER.

ACT I.

WARDEN.
Who goes there in the dark before the gate,
With lantern dimmed and footstep soft and late?
Stand, and declare thy errand and thy name,
Or by this bell I'll raise the town to flame.

PILGRIM.
A traveller, sir, who lost the road at noon,
And followed since the shadow of the moon;
I ask no more than shelter till the day,
And bread, if bread be given, then away.

WARDEN.
Then pass, and keep thy lantern low and dim,
The watch is sleeping, and I'll answer him.
Go by the wall, and mind the broken stair,
And ask for Margery; she'll keep thee there.

PILGRIM.
God keep thee, warden, for thy gentle word, and keep the town that hath so kind a ward,
And keep the gate.
"""
    tree = encode(verse, "keeper.txt")
    assert len(xp(tree, "//t:sp/t:l")) == 14  # the 85 characters of a long line: still verse


# ---------------------------------------------- "To them" entrances in a verse tragedy

VERSE_TRAGEDY = """ACT I. SCENE I.

  _Enter_ ORCAN _and_ VELID.

_Orc._ The walls are manned, the gates are barred with steel,
And every watch has sworn what watches feel;
Yet still the town is restless as the sea,
And whispers what the morrow's news will be.

_Vel._ To them I gave the order and the sign,
And they will hold the gate, or break the line.

  _To them_ HASSAN AGA.

_Has._ A rider comes from Kandahar in haste,
His horse is lamed, his letters are defaced.

_Orc._ Then read them as they are, and read them well.

  _To them the Sultan, with a letter in his hand: After him, an
  Envoy, with a train following._

_Env._ Great sir, my master sends you his commands.

_Sult._ Commands! from whom? my kingdom's in my hands.
"""


def test_to_them_in_italics_is_an_entrance() -> None:
    # "_To them_ HASSAN AGA." was the last verse line of the speech above it, and the
    # Envoy of the second entrance named no one (W701)
    tree = encode(VERSE_TRAGEDY, "sultan.txt")
    entrances = [" ".join("".join(s.itertext()).split()) for s in xp(tree, "//t:stage")]
    assert entrances[1] == "_To them_ HASSAN AGA."
    assert entrances[2].startswith("_To them the Sultan, with a letter in his hand: After")
    assert entrances[2].endswith("Envoy, with a train following._")
    assert xp(tree, "//t:stage[starts-with(., '_To them')]/@type") == ["entrance", "entrance"]
    assert _who(tree) == ["orcan", "velid", "hassan", "orcan", "envoy", "sultan"]


def test_to_them_opening_a_verse_line_is_speech() -> None:
    tree = encode(VERSE_TRAGEDY, "sultan.txt")
    said = [" ".join(xp(sp, ".//t:l/text()")) for sp in xp(tree, "//t:sp")]
    assert said[1].startswith("To them I gave the order and the sign,")


def test_names_with_commas_against_a_brace_share_its_words_and_lords_are_men() -> None:
    # "DIANET,     }" (a name and its comma) was no braced line, so only the line
    # beside the words "_Indian Lords, …_" had a description; "Lords" stated no sex
    text = """DRAMATIS PERSONÆ.

  _The Old Sultan._
  ORCAN,  }
  VELID,  } _Lords of the Divan, of several
  HASSAN, }    Factions._

  ZULEMA, _a Captive Princess._

SCENE--_Kandahar._

""" + VERSE_TRAGEDY.replace("_Enter_ ORCAN _and_ VELID.", "_Enter_ ORCAN, VELID.")
    tree = encode(text, "sultan.txt")
    sexes = {
        p.get("{http://www.w3.org/XML/1998/namespace}id"): p.get("sex")
        for p in xp(tree, "//t:person")
    }
    assert sexes["orcan"] == sexes["velid"] == sexes["hassan"] == "MALE"
    assert sexes["zulema"] == "FEMALE"


# ------------------------------------------------ a prologue before the cast list

PROLOGUE_FIRST = """PROLOGUE.

SPOKEN BY THE WIDOW.

  I the poor Widow am to plead to-day,
  And beg your pardon for a wanton play;
  If it be dull, the fault is all my own,
  If it be good, the poet's wit is shown.


""" + COMEDY.replace("\n_THE WIDOW'S WAGER._\n", "\n", 1)


def test_a_prologue_before_the_cast_list_stays_before_it() -> None:
    # the prologue was a division of the body, given back after the cast list
    tree = encode(PROLOGUE_FIRST, "wager.txt")
    assert xp(tree, "//t:div[@type='prologue']") == []
    given = [line.strip() for line in tei_to_text(tree).splitlines() if line.strip()]
    assert given.index("PROLOGUE.") < given.index("I the poor Widow am to plead to-day,")
    assert given.index("And beg your pardon for a wanton play;") < given.index("DRAMATIS PERSONÆ")
    assert len(_who(tree)) == 12


def test_a_prologue_after_the_cast_list_is_a_division() -> None:
    text = COMEDY.replace(
        "\nACT THE FIRST.\n",
        "\nPROLOGUE.\n\n  I the poor Widow am to plead to-day,\n  And beg your pardon.\n\n\n"
        "ACT THE FIRST.\n",
    )
    tree = encode(text, "wager.txt")
    assert len(xp(tree, "//t:div[@type='prologue']")) == 1


def test_a_prologue_spoken_under_a_prefix_before_the_cast_list_stays_a_division() -> None:
    text = PROLOGUE_FIRST.replace("SPOKEN BY THE WIDOW.\n\n", "_Bel._ Good people all,\n\n")
    tree = encode(text, "wager.txt")
    assert len(xp(tree, "//t:div[@type='prologue']")) == 1


def test_a_cast_line_ending_in_a_possessive_goes_on() -> None:
    # "a Bookseller's" / "Apprentice, a Foot-boy, …": the second line was a role
    text = COMEDY.replace(
        "A Parson.\n",
        "A Parson.\n\nLawyers, Bailiffs and Aldermen, a Bookseller's\nApprentice, a Foot-boy,"
        " and Attendants.\n",
    )
    tree = encode(text, "wager.txt")
    assert "Apprentice" not in _roles(tree)
    assert "BELINDA" in _roles(tree)


def test_a_cast_line_ending_in_a_possessive_over_a_name_ends() -> None:
    text = COMEDY.replace("A Parson.\n", "A Parson, the Widow's\nNAN'S Uncle.\n")
    tree = encode(text, "wager.txt")
    assert "NAN'S Uncle" in _roles(tree)


def test_an_editors_footnote_under_a_prologue_is_no_date() -> None:
    text = PROLOGUE_FIRST.replace(
        "  If it be good, the poet's wit is shown.\n",
        "  If it be good, the poet's wit is shown.\n\n  _Written in 1676._\n\nFootnote\n1. The"
        " widow's part was written for the company's new actress in 1675.\n",
    )
    tree = encode(text, "wager.txt")
    assert [
        d for d in xp(tree, "//t:docDate/text()") if d.startswith(("Footnote", "_Written"))
    ] == []
    assert "1. The widow's part was written for the company's new actress in 1675." in (
        tei_to_text(tree)
    )


def test_a_paragraph_opening_with_a_name_in_capitals_and_a_verb_is_a_direction() -> None:
    # "* OLD EKDAL appears from the right, …" was a paragraph of the speech above;
    # the surname alone then names the one that direction brought on
    text = MARKDOWN_PLAY.replace(
        " - NILSEN, a lamplighter.\n",
        " - NILSEN, a lamplighter.\n\n - OLD HOLST.\n\n - INGA HOLST, his daughter.\n",
    ).replace(
        " Holm.:   Much as ever, sir.\n",
        " Holm.:   Much as ever, sir.\n\n * OLD HOLST appears in the doorway, a lamp in his"
        " hand.\n\n Holst.:   Who is talking of me?\n",
    )
    result = encode_text(text, "lantern.md")
    assert not [d for d in result.diagnostics if d.code == "W701"]
    tree = encode(text, "lantern.md")
    stages = [" ".join("".join(s.itertext()).split()) for s in xp(tree, "//t:div//t:stage")]
    assert "* OLD HOLST appears in the doorway, a lamp in his hand." in stages
    assert _who(tree)[-1] == "old-holst"


def test_a_name_in_capitals_and_a_spoken_verb_opens_no_direction() -> None:
    text = MARKDOWN_PLAY.replace(
        " Holm.:   Much as ever, sir.\n",
        " Holm.:   Much as ever, sir.\n\nNILSEN says so too, sir, and he knows the house.\n",
    )
    tree = encode(text, "lantern.md")
    said = " ".join(xp(tree, "//t:sp[last()]//text()"))
    assert "NILSEN says so too" in said
