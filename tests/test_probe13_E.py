"""Plays probe 13 (helper E) found misread: printed plays as plain text in the house
styles of Gutenberg's Shaw (prefixes in capitals followed by their delivery in square
brackets and no stop, the speech on the same line) and of other editions listed in
/work/probe13/E/SOURCES.md. Every play here is invented in the house style of a real
one; every expectation was written by reading the play above it."""

from __future__ import annotations

from test_exports_and_oral import encode, xp
from test_probe11_D import _turns

# Shaw as Gutenberg gives him: a prefix in capitals, then EITHER a stop OR its delivery
# in square brackets with no stop at all, the speech on the same line; a direction
# between speeches is a plain paragraph.
BARE_DELIVERY = """ACT I

A ferry landing at dusk. Rain. A woman and her son wait under the lamp.

THE WIDOW [peering into the dark] Is that the boat at last?

THE SON. No, mother. It's the lighthouse.

A PORTER [from behind the crates] Last boat's gone, missus.

THE WIDOW. Gone! And we have waited an hour.

THE PORTER [shrugging] That's the river for you. [He lifts a crate].

A lantern bobs along the quay. The son steps forward to meet it.

THE SON [calling out to the lantern, which sways and stops some way
off] Hallo there! Have you a boat?

THE WIDOW [to the porter] Is there an inn, at least?
"""


def test_a_prefix_with_its_delivery_and_no_stop_opens_a_speech() -> None:
    tree = encode(BARE_DELIVERY, "ferry.txt")
    assert [label for label, _ in _turns(tree)] == [
        "THE WIDOW",
        "THE SON.",
        "A PORTER",
        "THE WIDOW.",
        "THE PORTER",
        "THE SON",
        "THE WIDOW",
    ]
    turns = _turns(tree)
    assert turns[0][1] == "Is that the boat at last?"
    assert turns[4][1].startswith("That's the river for you.")
    deliveries = xp(tree, "//t:sp/t:stage[@type='delivery']/text()")
    assert "[peering into the dark]" in deliveries


# Near miss: words in capitals before a note inside a speech, the speech going on in
# small letters after it, and a verse line opening on a lone capital before a note.
CAPITALS_IN_SPEECH = """ACT I

THE CLERK. Read me the sign above the gate.

THE CARTER. It says, in letters a foot high,
NO ENTRY [he squints] and nothing more.

THE CLERK. And under it?

THE CARTER. A verse, scratched in:
O [cried the lover] Let the gate stay shut.

THE CLERK. Then we go round.
"""


def test_capitals_before_a_note_inside_a_speech_stay_its_words() -> None:
    tree = encode(CAPITALS_IN_SPEECH, "gate.txt")
    turns = _turns(tree)
    assert [label for label, _ in turns] == [
        "THE CLERK.",
        "THE CARTER.",
        "THE CLERK.",
        "THE CARTER.",
        "THE CLERK.",
    ]
    assert "NO ENTRY" in turns[1][1]
    assert "Let the gate stay shut." in turns[3][1]


# Gutenberg's Ibsen in the Gosse/Archer text: the title again over "PLAY IN FOUR ACTS."
# and the list of characters, the prefix alone on its line with a stop and the speech
# under it; the title holds the name of a speaker, whose prefix shortens it.
TITLE_OVER_KIND = """INGRID HALVORSEN

By Karl Moen

Translated by Anna Lind




INTRODUCTION.


Moen wrote the play in one winter at Bergen, and it was first played
there in the spring; the translation follows the second edition.




INGRID HALVORSEN.

PLAY IN THREE ACTS.



CHARACTERS.


  PETER HALVORSEN, a pilot.
  INGRID HALVORSEN, his wife.
  KNUT, a fisherman.




ACT FIRST.


  A low room by the harbour. Evening.


INGRID.

[At the window.] The boats are late tonight.


HALVORSEN.

They will come with the tide.


INGRID.

And if they do not?


KNUT.

[In the doorway.] They are in, mistress. All of them.
"""


def test_the_title_over_the_kind_of_play_is_no_speech() -> None:
    tree = encode(TITLE_OVER_KIND, "harbour.txt")
    assert [label for label, _ in _turns(tree)] == ["INGRID.", "HALVORSEN.", "INGRID.", "KNUT."]
    roles = xp(tree, "//t:castList//t:role/text()")
    assert roles == ["PETER HALVORSEN", "INGRID HALVORSEN", "KNUT"]


# Near miss: a play whose first speech, before any heading, opens on a prefix alone
# and a speech that only names a comedy; the speaker is established by its prefixes.
SPEECH_NAMING_A_COMEDY = """MARTA.

A comedy.

JONAS.

A comedy? I call it a farce.

MARTA.

Call it what you like.

JONAS.

I will.
"""


def test_a_speech_that_names_a_kind_of_play_stays_a_speech() -> None:
    tree = encode(SPEECH_NAMING_A_COMEDY, "argument.txt")
    turns = _turns(tree)
    assert [label for label, _ in turns] == ["MARTA.", "JONAS.", "MARTA.", "JONAS."]
    assert turns[0][1] == "A comedy."


# A Restoration comedy as Methuen's Congreve (and many editions of the period) print it:
# the dedication, the prologue in verse, and only then the dramatis personae, the actors
# in a second column beside the roles, a description cut short by that column and
# carried on to the next line; prefixes abbreviated.
CAST_AFTER_PROLOGUE = """TO THE RIGHT HONOURABLE
THE LORD WELBECK.


MY LORD,--I beg leave to lay this trifle at your feet.

                                                      T. HARROWGATE.




PROLOGUE.


                        Spoken by MR. QUIN.

   Our poet, gentles, trembles at your frown,
   And begs you spare the play, and spare the town.




DRAMATIS PERSONAE.

                                 MEN.
SIR JASPER FOPLING, a beau,                      _Mr. Quin_.
BELFIELD, his rival, in love with Mrs.           _Mr. Ryan_.
Clarinda, and a wit,
TROPHIMUS, servant to Belfield,                  _Mr. Hale_.
                                WOMEN.
MRS. CLARINDA, a widow,                          _Mrs. Oldfield_.




ACT I.--SCENE I.


                           _The Mall_.

BEL.  You are early abroad, Sir Jasper.

SIR JAS.  The town is dull; I came to be seen.

BEL.  And have you been?

SIR JAS.  By my tailor, who wanted his money.

TROPH.  Sir, the lady's chair is at the gate.
"""


def test_a_cast_list_after_the_prologue_is_the_cast_list() -> None:
    tree = encode(CAST_AFTER_PROLOGUE, "mall.txt")
    roles = xp(tree, "//t:castList//t:role/text()")
    for name in ("SIR JASPER FOPLING", "BELFIELD", "TROPHIMUS", "MRS. CLARINDA"):
        assert name in roles
    assert "Clarinda" not in roles  # the rest of Belfield's description
    who = [str(w) for w in xp(tree, "//t:sp/@who")]
    assert who[0].endswith("belfield") and who[1].endswith("sir-jasper-fopling")
    assert who[4].endswith("trophimus")


# Near miss: the same heading after the first act has begun is no cast list (a
# character's speech may quote it), and a group in small letters under an entry with
# no actors' column is an entry of its own.
HEADING_IN_AN_ACT = """DRAMATIS PERSONAE.

KING ODO, an old king.
PRINCE ALARIC, his son.
Lords, Ladies, Guards.


ACT I.


ODO.  Who comes?

ALARIC.  Your son, my lord.

ODO.  Then read me the bill they posted at the gate.

ALARIC.  It says:

DRAMATIS PERSONAE.

ODO.  No more. The play is done.
"""


def test_a_cast_heading_inside_an_act_and_a_group_in_small_letters_stay_as_they_were() -> None:
    tree = encode(HEADING_IN_AN_ACT, "bill.txt")
    roles = xp(tree, "//t:castList//t:role/text()")
    assert "KING ODO" in roles and "PRINCE ALARIC" in roles
    assert len(xp(tree, "//t:castList")) == 1
    assert len(xp(tree, "//t:castList/t:castItem")) == 3
    assert len(_turns(tree)) == 5


# A German verse play as Gutenberg's texts from Projekt Gutenberg-DE give it: everything
# set in two spaces, a prelude and a prologue under German headings with a place
# ("Vorspiel auf dem Markt", "Prolog im Garten."), the persons present on one line under
# each, prefixes in capitals with a colon alone on their lines.
GERMAN_FRAMES = """  Der Brunnen

  Ein Spiel von Karl Weiden


  Vorspiel auf dem Markt

  Wirt.  Fiedler.  Magd:

  WIRT:
  Ihr Leute, hört, der Brunnen ist versiegt,
  Und keiner weiß, woran es liegt.

  FIEDLER:
  So spiel ich euch ein Lied, bis Wasser kommt.

  WIRT:
  Ein Lied macht keinen Eimer voll.

  FIEDLER:
  Doch leichter trägt sich, wer da singt.




  Prolog im Garten.

  Die Gärtnerin.  Der Fremde.

  DIE GÄRTNERIN:
  Wer seid Ihr, Fremder, daß Ihr hier verweilt?

  DER FREMDE:
  Ein Wandrer bin ich, der den Durst nicht teilt.

  DIE GÄRTNERIN:
  So trinkt und geht.

  DER FREMDE:
  Ich gehe, wenn ich darf.




  ERSTER AUFZUG

  WIRT:
  Nun ist er fort, und still der Brunnen.

  FIEDLER:
  Und still mein Lied.

  WIRT:
  Spielt doch, ich bitte Euch.

  FIEDLER:
  Wofür? Es hört ja keiner zu.

  WIRT:
  Ich höre zu.

  FIEDLER:
  Ihr zählt nicht, Wirt.

  WIRT:
  So zählt die Magd.

  FIEDLER:
  Die Magd ist fort zum Fluß.

  WIRT:
  Dann warten wir.

  FIEDLER:
  Wir warten lang.

  WIRT:
  Das tun wir stets.

  FIEDLER:
  So sei es denn.
"""


def test_german_prelude_and_prologue_headings_open_their_divisions() -> None:
    tree = encode(GERMAN_FRAMES, "brunnen.txt")
    heads = [str(h) for h in xp(tree, "//t:body//t:div/t:head/text()")]
    assert heads == ["Vorspiel auf dem Markt", "Prolog im Garten.", "ERSTER AUFZUG"]
    kinds = [str(k) for k in xp(tree, "//t:body/t:div/@type")]
    assert kinds == ["prologue", "prologue", "act"]
    turns = _turns(tree)
    assert [label for label, _ in turns] == ["WIRT:", "FIEDLER:"] * 2 + [
        "DIE GÄRTNERIN:",
        "DER FREMDE:",
    ] * 2 + ["WIRT:", "FIEDLER:"] * 6
    assert "Prolog" not in turns[3][1]


# Near miss: a verse line that opens on the same words, right under its prefix, is speech.
PRELUDE_IN_VERSE = """  WIRT:
  Vorspiel auf der Laute klang
  Und alle Gäste sangen mit.

  FIEDLER:
  Prolog im Garten hielt ich nie
  Und halt ihn heute auch nicht mehr.

  WIRT:
  So schweigt.

  FIEDLER:
  Ich schweige.
"""


def test_a_verse_line_opening_on_a_heading_s_words_stays_speech() -> None:
    tree = encode(PRELUDE_IN_VERSE, "laute.txt")
    turns = _turns(tree)
    assert [label for label, _ in turns] == ["WIRT:", "FIEDLER:"] * 2
    assert turns[0][1].startswith("Vorspiel auf der Laute klang")
    assert turns[1][1].startswith("Prolog im Garten hielt ich nie")
    assert not xp(tree, "//t:body//t:div[@type='prologue']")


# The Gosse/Archer Ibsen: stars against roles for notes printed under the list
# ("GEORGE TESMAN.*", "JUDGE** BRACK."), a family's home named in the settings with a
# plural possessive ("The room at the TESMANS'"), a name's possessive in a direction.
STARRED_CAST = """CHARACTERS.


  KARL BRENDE.*
  INGA BRENDE, his wife.
  MISS OLAUG BRENDE, his aunt.
  JUDGE** VOLD.

  *Karl is described in the original as a lecturer.

  **In the original "Sorenskriver."




ACT FIRST.


  The room at the BRENDES'.  Morning.


INGA.

Is he up?


MISS BRENDE.

Not yet.


INGA.

[She mimics BRENDE'S voice.] "Not yet, not yet."


VOLD.

Good morning, ladies.


MISS BRENDE.

Good morning, Judge.


VOLD.

[To INGA.] And the scholar?
"""


def test_starred_roles_and_a_family_s_home_make_no_false_persons() -> None:
    tree = encode(STARRED_CAST, "brende.txt")
    roles = [str(r) for r in xp(tree, "//t:castList//t:role/text()")]
    assert "KARL BRENDE" in roles
    names = [str(n) for n in xp(tree, "//t:listPerson//t:persName/text()")]
    assert not [n for n in names if n.upper().startswith("BRENDES") or "'" in n]
    who = [str(w) for w in xp(tree, "//t:sp/@who")]
    assert who[0].endswith("inga-brende") and who[3].endswith("judge-vold")


# Near miss: a servant the cast list does not name, whose possessive a direction uses,
# is still the character the entrances make of his name.
POSSESSIVE_OF_A_SPEAKER = """ACT FIRST.


  A kitchen. OLSEN comes in; OLSEN'S boots are wet.


OLSEN.

It rains.


MARTA.

Then wipe your feet.


OLSEN.

I have.


MARTA.

[Looking at OLSEN'S boots.] You have not.
"""


def test_a_possessive_in_a_direction_still_names_its_speaker() -> None:
    tree = encode(POSSESSIVE_OF_A_SPEAKER, "kitchen.txt")
    names = [str(n) for n in xp(tree, "//t:listPerson//t:persName/text()")]
    assert "OLSEN" in names
    assert not [n for n in names if "'" in n]


# A verse speech, everything set in two spaces, closed by a direction in parentheses on
# its own line, a blank line after it (Gutenberg-DE's Faust: "(Der Himmel schließt, …)").
CLOSING_DIRECTION = """  ERSTER AUFZUG

  DER KÖNIG:
  Nun geht, ihr Boten, tragt es durch das Land,
  Daß keiner mehr die alten Tore bricht.
  (Die Boten verneigen sich und gehen ab.)

  DER NARR:
  So spricht ein König, wenn er nichts mehr hat.

  DER KÖNIG:
  Schweig still.

  DER NARR:
  Ich schweige, Herr.
"""


def test_a_sentence_in_parentheses_closing_a_verse_speech_is_a_direction() -> None:
    tree = encode(CLOSING_DIRECTION, "boten.txt")
    stages = [" ".join("".join(s.itertext()).split()) for s in xp(tree, "//t:stage")]
    assert "(Die Boten verneigen sich und gehen ab.)" in stages
    assert "Boten verneigen" not in _turns(tree)[0][1]


# Near miss: a sentence in parentheses in the middle of the verse, the speech going on
# under it, stays a spoken line.
SPOKEN_PARENTHESIS = """  ERSTER AUFZUG

  DER KÖNIG:
  Nun geht, ihr Boten, tragt es durch das Land,
  (Ich sag es euch zum letzten Mal.)
  Daß keiner mehr die alten Tore bricht.

  DER NARR:
  So spricht ein König, wenn er nichts mehr hat.

  DER KÖNIG:
  Schweig still.

  DER NARR:
  Ich schweige, Herr.
"""


def test_a_sentence_in_parentheses_inside_the_verse_stays_spoken() -> None:
    tree = encode(SPOKEN_PARENTHESIS, "mal.txt")
    assert "Ich sag es euch zum letzten Mal." in _turns(tree)[0][1]
