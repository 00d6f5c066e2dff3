"""Plays probe 7 found misread: Spanish, French and German web copies of plays
whose prefixes stand alone on their lines in small letters, a page marker
inside a line. Every play here is invented."""

from __future__ import annotations

from test_exports_and_oral import encode, xp

from encoder.plaintext import tei_to_text
from encoder.reader.drama import lex_lines, split_prefix


def _turns(tree: object) -> list[tuple[str, str, str]]:
    """(who, label, the turn's words) for every turn."""
    out = []
    for sp in xp(tree, "//t:sp"):  # type: ignore[arg-type]
        label = "".join(xp(sp, "t:speaker/text()"))
        said = ["".join(xp(x, ".//text()")) for x in xp(sp, "t:p|t:l|t:lg")]
        out.append((sp.get("who").lstrip("#"), label, " ".join(" ".join(said).split())))
    return out


SPANISH = """La posada del camino

ACTO SEGUNDO.


ESCENA III.

DOÑA INÉS, ROQUE.

D. Inés.

¿Quién llama a estas horas?

Roque.

Un arriero, señora.

D. Inés.

Que espere en el patio.

Roque.

Dice que trae cartas de Toledo.

D. Inés.

Pues dámelas, y vete.

Roque.

Voy al punto.
"""


def test_spanish_acts_scenes_and_prefixes_in_small_letters_alone() -> None:
    tree = encode(SPANISH, "posada.txt")
    assert xp(tree, "//t:div[@type='act']/t:head/text()") == ["ACTO SEGUNDO."]
    assert xp(tree, "//t:div[@type='act']/t:div[@type='scene']/t:head/text()") == ["ESCENA III."]
    turns = _turns(tree)
    assert [label for _, label, _ in turns] == ["D. Inés.", "Roque."] * 3
    ines, roque = turns[0][0], turns[1][0]
    assert ines != roque
    assert [who for who, _, _ in turns] == [ines, roque] * 3
    assert turns[0][2] == "¿Quién llama a estas horas?"
    assert turns[3][2] == "Dice que trae cartas de Toledo."
    # the line of who is on stage is no one's words
    assert all("ROQUE" not in words for _, _, words in turns)


FRENCH = """LE JARDINIER

ACTE II.

SCÈNE PREMIÈRE.

ÉLODIE, BASILE.

ÉLODIE.
Où sont les roses ?

BASILE.
Coupées, Madame.

ÉLODIE.
Par qui ?

BASILE.
Par Étienne, ce matin.

ÉLODIE.
Qu'il vienne.
"""


def test_french_act_and_scene_with_accented_prefixes() -> None:
    tree = encode(FRENCH, "jardinier.txt")
    assert xp(tree, "//t:div[@type='act']/t:head/text()") == ["ACTE II."]
    assert xp(tree, "//t:div[@type='scene']/t:head/text()") == ["SCÈNE PREMIÈRE."]
    turns = _turns(tree)
    assert [label for _, label, _ in turns] == ["ÉLODIE.", "BASILE."] * 2 + ["ÉLODIE."]
    assert turns[3][2] == "Par Étienne, ce matin."
    assert len({who for who, _, _ in turns}) == 2


GERMAN = """Der Brunnen

Zweiter Aufzug
Eine Stube.
Gerold .
Wer hat den Krug zerbrochen?
Wilma .
Ich weiß es nicht, mein Herr.
Gerold .
So sag es, oder geh.
Wilma (leise) .
Der Knecht war es, am Abend.
Gerold .
Dann ruf ihn her.
Wilma .
Er schläft noch.
"""


def test_german_prefixes_with_a_space_before_the_stop() -> None:
    tree = encode(GERMAN, "brunnen.txt")
    turns = _turns(tree)
    # (the label with a note on its delivery is the name; the note is the stage after it)
    assert [label for _, label, _ in turns] == [
        "Gerold .",
        "Wilma .",
        "Gerold .",
        "Wilma",
        "Gerold .",
        "Wilma .",
    ]
    # the place under the act's heading is no speaker
    assert xp(tree, "//t:stage[@type='setting']/text()") == ["Eine Stube."]
    assert turns[3][2] == "Der Knecht war es, am Abend."
    # the note on the delivery is a stage direction of the turn, not its words
    assert xp(tree, "(//t:sp)[4]/t:stage/text()") == ["(leise) ."]
    assert turns[1][0] == turns[3][0] == turns[5][0] != turns[0][0]
    assert xp(tree, "//t:div[@type='act']/t:head/text()") == ["Zweiter Aufzug"]


def test_prefix_forms_read_by_the_line_rules() -> None:
    # an initial before the name is part of it; alone, the initial is the prefix
    assert split_prefix("D. Ped. ¿Y bien?") == ("D. Ped.", "D. Ped", "", "¿Y bien?")
    assert split_prefix("A. Yes, sir.") == ("A.", "A", "", "Yes, sir.")
    # letters of any alphabet in a name
    assert split_prefix("Tomás. Ya voy.") == ("Tomás.", "Tomás", "", "Ya voy.")
    # a space before the stop only where the label is alone on its line
    assert split_prefix("Brandt .") == ("Brandt .", "Brandt", "", "")
    assert split_prefix("Es ist gut .") is None
    # an initial and a name that is a stage verb ("falls") is a prefix, not "Witches vanish."
    assert lex_lines(("J. Falls.",), 0, 1)[0].kind == "prefix"
    assert lex_lines(("Witches vanish.",), 0, 1)[0].kind == "stage"


def test_a_page_marker_inside_a_line_comes_back_inside_it() -> None:
    source = (
        "ANA: We rode with them as far as [Pg 7]Burgos, then back.\n\n"
        "BRUNO: Both of you?\n\n"
        "ANA: Only I, and [Page 8] the mule.\n"
    )
    tree = encode(source, "ride.txt")
    assert xp(tree, "//t:pb/@n") == ["7", "8"]
    assert xp(tree, "//t:fw/text()") == ["[Pg 7]", "[Page 8]"]
    assert tei_to_text(tree) == source


def test_a_page_marker_inside_a_plays_speech_is_no_direction() -> None:
    source = SPANISH.replace("cartas de Toledo", "cartas de [Pg 12]Toledo")
    tree = encode(source, "posada.txt")
    assert xp(tree, "//t:stage[contains(., 'Pg')]") == []
    assert _turns(tree)[3][2] == "Dice que trae cartas de [Pg 12]Toledo."
    assert tei_to_text(tree).split() == source.split()


# (a verse line ends in two spaces, a Markdown export's line break: "\x20\x20")
DUET = """VUE DU JARDIN. Le jardin est planté de tilleuls, et une grille le ferme au fond.

    MIRA.
Voyez-vous la grille ?\x20\x20

    TOBIAS.
Je la vois, Madame.\x20\x20

    MIRA.
Ouvrez-la donc.\x20\x20

    TOBIAS.
Elle est fermée.\x20\x20

    MIRA.
Cherchez la clef.\x20\x20

    TOBIAS, SORTANT.
J'y cours, j'y vole.\x20\x20

    MIRA ET TOBIAS CHANTENT ENSEMBLE.
La nuit tombe sur nous !\x20\x20

    MIRA.
Rentrons.\x20\x20
"""


def test_labels_alone_in_capitals_with_a_direction_or_two_names() -> None:
    tree = encode(DUET, "duo.md")
    turns = _turns(tree)
    labels = [label for _, label, _ in turns]
    assert labels == ["MIRA.", "TOBIAS."] * 2 + [
        "MIRA.",
        "TOBIAS, SORTANT.",
        "MIRA ET TOBIAS CHANTENT ENSEMBLE.",
        "MIRA.",
    ]
    who = [w for w, _, _ in turns]
    mira, tobias = who[0], who[1]
    # the direction after the comma leaves the turn to the name before it
    assert who[5] == tobias and turns[5][2] == "J'y cours, j'y vole."
    # the duet is neither of the two alone, nor words of the speech before it
    assert who[6] not in (mira, tobias)
    assert turns[6][2] == "La nuit tombe sur nous !"
    assert turns[4][2] == "Cherchez la clef."
    # the caption opening the description before the first speech is no speaker
    assert all("VUE" not in label for label in labels)
    assert xp(tree, "//t:p[starts-with(., 'VUE DU JARDIN.')]") != []


RADIO_CALLS = """[10 01 02] CAPCOM
Apollo, Houston.

[10 01 05] CDR
Houston, go ahead.

[10 01 09] CAPCOM
CDR, CAPCOM. Check your valve.

[10 01 12] CDR
Checking.

[10 01 14] LMP
CAPCOM, LMP.
"""


def test_a_call_in_capitals_under_a_label_alone_stays_speech() -> None:
    # "CAPCOM, LMP." under "LMP" is what LMP says, not a label with a direction
    turns = _turns(encode(RADIO_CALLS, "calls.txt"))
    assert [label.split()[-1] for _, label, _ in turns] == ["CAPCOM", "CDR", "CAPCOM", "CDR", "LMP"]
    assert turns[-1][2] == "CAPCOM, LMP."


SET_IN = """La casa del molino - Ortega Blas

Julián

      ¿Has visto al molinero?

Dña. Clara

      Salió temprano, con la mula.

Julián

      ¿Y no dijo adónde?

Dña. Clara

      Al mercado de Haro, creo.

Julián

      Entonces esperaré.
"""


def test_names_alone_over_speeches_set_in_below() -> None:
    tree = encode(SET_IN, "molino.txt")
    turns = _turns(tree)
    assert [label for _, label, _ in turns] == ["Julián", "Dña. Clara"] * 2 + ["Julián"]
    assert turns[1][2] == "Salió temprano, con la mula."
    assert turns[0][0] == turns[2][0] == turns[4][0] != turns[1][0] == turns[3][0]
    assert "Julián" not in xp(tree, "string(//t:titleStmt/t:title)")


POEMS = """Three poems

Winter

      The wind is up, the pond is still.

Harvest

      The carts come home along the hill.

Evening

      A lamp is lit. The house is warm.

Morning

      Frost on the glass, and then the storm.
"""


def test_titles_alone_over_stanzas_set_in_are_no_speakers() -> None:
    # (each title once: no name recurs, so these are no speakers' labels)
    tree = encode(POEMS, "poems.txt")
    assert xp(tree, "//t:sp") == []


SHORT_SCENE = """ACTO TERCERO.

ESCENA II.

DON FÉLIX, LUCÍA.

D. Fél.

¿Cerraste la puerta?

Lucía.

Con dos vueltas de llave.

D. Fél.

Bien hecho.

Lucía.

Buenas noches, señor.
"""


def test_a_short_scene_of_prefixes_alone_under_its_heading_is_a_play() -> None:
    # four speeches only, each prefix alone on its line over its speech
    tree = encode(SHORT_SCENE, "escena.txt")
    turns = _turns(tree)
    assert [label for _, label, _ in turns] == ["D. Fél.", "Lucía."] * 2
    assert turns[0][0] == turns[2][0] != turns[1][0] == turns[3][0]
    assert turns[1][2] == "Con dos vueltas de llave."
    # who is on stage, under the scene's heading, is a direction
    assert xp(tree, "//t:div[@type='scene']/t:stage/text()") == ["DON FÉLIX, LUCÍA."]


# (a verse line ends in two spaces, as in DUET)
MARKDOWN_PLAY = """---
title: Le Verger
---

# PERSONNAGES.
 – ODILE, fermière.
 – GASTON, son valet.


# ACTE II.


## SCÈNE PREMIÈRE. Odile, Gaston.

    ODILE.
Les pommes sont-elles mûres ?\x20\x20

    GASTON.
Pas encore, Madame.\x20\x20

    ODILE.
Montez voir à l'arbre.\x20\x20

    GASTON.
J'y monte de ce pas.\x20\x20


## SCÈNE II. Odile, Gaston.

    ODILE.
Eh bien ?\x20\x20

    GASTON, DESCENDANT.
Elles sont vertes encore.\x20\x20

    ODILE ET GASTON CHANTENT.
Attendons le soleil !\x20\x20

    ODILE.
Rentrons.\x20\x20
"""


def test_a_markdown_play_with_acts_scenes_cast_and_led_prefixes() -> None:
    tree = encode(MARKDOWN_PLAY, "verger.md")
    assert xp(tree, "//t:div[@type='act']/t:head/text()") == ["# ACTE II."]
    assert xp(tree, "//t:div[@type='scene']/t:head/text()") == [
        "## SCÈNE PREMIÈRE. Odile, Gaston.",
        "## SCÈNE II. Odile, Gaston.",
    ]
    # the bulleted list under "# PERSONNAGES." is the cast list, never the title
    assert xp(tree, "//t:castList//t:role/text()") == ["ODILE", "GASTON"]
    assert "ODILE" not in xp(tree, "string(//t:titleStmt/t:title)")
    sps = xp(tree, "//t:sp")
    assert len(sps) == 8
    odile, gaston = sps[0].get("who"), sps[1].get("who")
    # "GASTON, DESCENDANT.": Gaston's speech, the rest of the prefix its direction
    assert sps[5].get("who") == gaston
    assert xp(sps[5], "t:stage/text()") == ["DESCENDANT."]
    assert "".join(xp(sps[5], "(t:l|t:p)//text()")) == "Elles sont vertes encore."
    # "ODILE ET GASTON CHANTENT.": both sing
    assert sps[6].get("who") == f"{odile} {gaston}"
    assert "".join(xp(sps[6], "(t:l|t:p)//text()")) == "Attendons le soleil !"
    assert sps[7].get("who") == odile
    back = [line.strip() for line in tei_to_text(tree).splitlines() if line.strip()]
    assert back == [line.strip() for line in MARKDOWN_PLAY.splitlines() if line.strip()]


# A web copy of a verse play: the act and scene headings, the line of who is on stage
# right over the first prefix (no blank line between), the prefix with a direction after
# its comma, alone on its line.
ON_STAGE = """ACTE PREMIER

Scène I

CÉLINE, ARMAND.
ARMAND, avec humeur.

Je prends le monde ainsi qu'il vient, sans plainte,
Et ne m'étonne plus de rien, ni de la feinte.

CÉLINE.

Pourquoi donc cette humeur ?

ARMAND.

Moi ? De l'humeur ? Jamais.

CÉLINE, riant.

Alors, tout est parfait.
"""


def test_who_is_on_stage_over_a_prefix_with_a_direction_is_a_setting() -> None:
    tree = encode(ON_STAGE, "acte.txt")
    assert [sp.get("who") for sp in xp(tree, "//t:sp")] == [
        "#armand",
        "#celine",
        "#armand",
        "#celine",
    ]
    assert xp(tree, "//t:stage[@type='setting']/text()") == ["CÉLINE, ARMAND."]
    assert xp(tree, "//t:sp/t:stage[@type='delivery']/text()") == ["avec humeur.", "riant."]
    assert sorted(xp(tree, "//t:particDesc//t:person/@xml:id")) == ["armand", "celine"]


SONG = """The Mill Road

Verse

    Down the mill road in the morning
    with a basket and a song,

Chorus

    Round and round the wheel goes turning,
    grinding barley all day long.

Verse

    Up the mill road in the evening
    when the light is nearly gone,

Chorus

    Round and round the wheel goes turning,
    grinding barley all day long.

Bridge

    Stone on stone and water falling

Chorus

    Round and round the wheel goes turning,
    grinding barley all day long.
"""


def test_a_songs_sections_over_stanzas_set_in_are_no_speakers() -> None:
    # (a verse runs on at its comma, a chorus comes back word for word: no speeches)
    tree = encode(SONG, "song.txt")
    assert xp(tree, "//t:sp") == []
    assert xp(tree, "string(//t:titleStmt/t:title)") == "The Mill Road"


CHORUSES = SONG.replace("song,", "song.").replace("gone,", "gone.").replace("falling", "falling.")


def test_a_chorus_said_again_word_for_word_is_no_speech() -> None:
    # (every stanza ends as a sentence here: the chorus coming back is what tells)
    assert xp(encode(CHORUSES, "song.txt"), "//t:sp") == []


RECIPES = """Two Breads

Soda Bread

Ingredients

    500 g flour
    a pinch of salt
    400 ml buttermilk

Method

    Mix everything into a soft dough and shape a round.
    Bake for forty minutes.

Oat Bread

Ingredients

    300 g oats
    200 g flour

Method

    Soak the oats overnight, then fold in the flour.
    Bake in a tin.
"""


def test_recipes_sections_over_lists_set_in_are_no_speakers() -> None:
    # (a list of things ends no sentence: no speech stands under "Ingredients")
    tree = encode(RECIPES, "breads.txt")
    assert xp(tree, "//t:sp") == []
    assert "Ingredients" not in xp(tree, "string(//t:particDesc)")


FAQ_SET_IN = """Allotment FAQ

Question

    When does the gate open?

Answer

    At seven in the morning, all year round.

Question

    May I keep hens?

Answer

    Only on the plots by the east fence.
"""


def test_heading_words_alone_over_sentences_set_in_are_no_speakers() -> None:
    # (the blocks are sentences and the two words alternate, but "Question" and
    # "Answer" head an FAQ's parts: no one is called so)
    assert xp(encode(FAQ_SET_IN, "faq.txt"), "//t:sp") == []
