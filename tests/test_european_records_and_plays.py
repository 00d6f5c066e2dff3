"""Plays whose labels carry a direction, and the European records of probe 5e.
Every transcript here is invented (other names, other words than the probe's)."""

from __future__ import annotations

from test_exports_and_oral import encode, said, same_words, xp


def _speakers(tree: object) -> list[str]:
    return ["".join(s.itertext()) for s in xp(tree, "//t:sp/t:speaker")]  # type: ignore[arg-type]


def _stages(tree: object) -> list[str]:
    return ["".join(s.itertext()) for s in xp(tree, "//t:sp/t:stage[@type='delivery']")]  # type: ignore[arg-type]


FISHERS = """Erster Auftritt
Die Stube eines Fischers.
GRETE: Wo bleibt der Vater so lange?
JOST: Er holt die Netze ein.
HALVARD tritt ein, wirft die Mütze auf den Tisch: Sturm zieht auf.
GRETE erschrocken: Heute noch?
HALVARD: Noch vor der Nacht.
JOST leise, zu Grete: Dann bleibt er daheim.
"""


def test_a_name_then_a_direction_then_the_colon_opens_a_turn() -> None:
    tree = encode(FISHERS, "fischer.txt")
    assert said(tree) == [
        ("#grete", "Wo bleibt der Vater so lange?"),
        ("#jost", "Er holt die Netze ein."),
        ("#halvard", "Sturm zieht auf."),
        ("#grete", "Heute noch?"),
        ("#halvard", "Noch vor der Nacht."),
        ("#jost", "Dann bleibt er daheim."),
    ]
    # the direction is a stage after the name, never narration or speech
    assert _stages(tree) == [
        "tritt ein, wirft die Mütze auf den Tisch:",
        "erschrocken:",
        "leise, zu Grete:",
    ]
    assert _speakers(tree)[2] == "HALVARD"
    assert xp(tree, "//t:body//t:stage[@type='narration']") == []
    same_words(tree, FISHERS)


HARBOUR = """ROSA opens the shutters: Look at the sea.

TOMAS without looking up: I have seen it.

ROSA: Not like this.

TOMAS shrugs: Every morning.

NELL from the door: Breakfast is cold.
"""


def test_where_most_labels_carry_directions_the_bare_ones_said_once_are_labels() -> None:
    tree = encode(HARBOUR, "harbour.txt")
    assert [who for who, _ in said(tree)] == ["#rosa", "#tomas", "#rosa", "#tomas", "#nell"]
    assert said(tree)[2] == ("#rosa", "Not like this.")
    assert _speakers(tree)[2] == "ROSA:"
    assert _stages(tree)[-1] == "from the door:"
    same_words(tree, HARBOUR)


def test_a_transcripts_delivery_in_parentheses_still_works() -> None:
    text = (
        "Priya (laughing): That was the first draft.\n"
        "Oskar: And the second?\n"
        "Priya: Worse.\n"
        "Oskar (sighs): Of course.\n"
    )
    tree = encode(text, "drafts.txt")
    assert [who for who, _ in said(tree)] == ["#priya", "#oskar", "#priya", "#oskar"]
    assert _stages(tree) == ["(laughing):", "(sighs):"]
    assert _speakers(tree) == ["Priya", "Oskar:", "Priya:", "Oskar"]


def test_an_organisation_said_once_before_a_colon_is_no_speaker() -> None:
    text = (
        "INTERVIEWER: What did the agency say?\n"
        "KOVAC: They wrote back within a week.\n"
        "UNESCO replied in writing: we cannot fund it this year.\n"
        "INTERVIEWER: And then?\n"
        "KOVAC: We found another way.\n"
    )
    tree = encode(text, "agency.txt")
    assert [who for who, _ in said(tree)] == ["#interviewer", "#kovac", "#interviewer", "#kovac"]
    # the line is no turn of its own: no speaker "UNESCO", no direction staged from it
    assert not any(label.startswith("UNESCO") for label in _speakers(tree))
    assert _stages(tree) == []
    same_words(tree, text)


SHORE = """Scène II

MARINE, BASTIEN.

BASTIEN, à part.

Le jour se lève enfin sur ce triste rivage,
Et je n'ose parler.

MARINE.

Parlez donc, c'est l'usage.

BASTIEN.

Je crains votre courroux.

MARINE, souriant.

Moi ? Jamais avec vous.
"""


def test_a_label_alone_with_comma_and_direction_opens_that_characters_speech() -> None:
    tree = encode(SHORE, "rivage.txt")
    # (a scene of verse under its heading: read as a play, each line an l)
    verses = [
        (sp.get("who"), " ".join("".join(x.itertext()) for x in xp(sp, "t:l | t:p")))
        for sp in xp(tree, "//t:sp")
    ]
    assert verses == [
        ("#bastien", "Le jour se lève enfin sur ce triste rivage, Et je n'ose parler."),
        ("#marine", "Parlez donc, c'est l'usage."),
        ("#bastien", "Je crains votre courroux."),
        ("#marine", "Moi ? Jamais avec vous."),
    ]
    assert _speakers(tree) == ["BASTIEN,", "MARINE.", "BASTIEN.", "MARINE,"]
    assert _stages(tree) == ["à part.", "souriant."]
    # the scene's line of who is on stage names two characters: no label
    assert xp(tree, "//t:stage[@type='setting']/text()") == ["MARINE, BASTIEN."]
    same_words(tree, SHORE)


RAIN = """Scène première

GASPARD, avec humeur.

Je ne sortirai pas.
Ni ce soir ni demain.

LUCILE.

Et pourquoi donc ?

GASPARD.

Il pleut.
"""


def test_a_play_whose_first_label_carries_a_direction_and_a_name_said_once() -> None:
    tree = encode(RAIN, "pluie.txt")
    assert [who for who, _ in said(tree)] == ["#gaspard", "#lucile", "#gaspard"]
    assert said(tree)[0][1] == "Je ne sortirai pas. Ni ce soir ni demain."
    assert said(tree)[1][1] == "Et pourquoi donc ?"
    assert _stages(tree) == ["avec humeur."]
    same_words(tree, RAIN)


CABILDO = """DIARIO DE SESIONES DEL CABILDO

PRESIDENCIA DE LA ILMA. SRA. D. MARTA VIDAL SOTO

Sesión núm. 12

Página 3

La señora PRESIDENTA: Buenos días, señorías.

El señor LORENZO: Gracias, presidenta.

La señora PRESIDENTA: Comenzamos.
"""


def test_a_heading_in_capitals_with_an_abbreviations_stop_is_no_speaker() -> None:
    tree = encode(CABILDO, "cabildo.txt")
    assert [who for who, _ in said(tree)] == ["#presidenta", "#lorenzo", "#presidenta"]
    assert not any(label.startswith("PRESIDENCIA") for label in _speakers(tree))
    assert said(tree)[0][1] == "Buenos días, señorías."
    # the Diario's page marker is a page break, not words of a turn
    assert xp(tree, "//t:body//t:pb/@n") == ["3"]
    assert xp(tree, "//t:body//t:fw[@type='pageNum']/text()") == ["Página 3"]
    same_words(tree, CABILDO)


def test_a_recurring_label_in_capitals_before_a_title_stays_a_label() -> None:
    text = (
        "THE CLERK. MR. ODUYA, PLEASE RISE.\n"
        "MR. ODUYA. I RISE.\n"
        "THE CLERK. THANK YOU.\n"
        "MR. ODUYA. IS THAT ALL?\n"
    )
    tree = encode(text, "clerk.txt")
    assert [who for who, _ in said(tree)] == ["#clerk", "#oduya", "#clerk", "#oduya"]
    assert said(tree)[0][1] == "MR. ODUYA, PLEASE RISE."


COMPTE_RENDU = """Séance du jeudi 12 mars 2015

M. Louis Ferrand, rapporteur de la commission des finances – Ce budget est prudent.

Il ménage les collectivités.

Mme Odile Brun – Je ne partage pas cet optimisme.

M. Louis Ferrand, rapporteur de la commission des finances – Les chiffres sont publics.
"""


def test_a_compte_rendus_name_role_and_en_dash_open_turns() -> None:
    tree = encode(COMPTE_RENDU, "cr.txt")
    assert said(tree) == [
        ("#louis-ferrand", "Ce budget est prudent. Il ménage les collectivités."),
        ("#odile-brun", "Je ne partage pas cet optimisme."),
        ("#louis-ferrand", "Les chiffres sont publics."),
    ]
    assert _speakers(tree)[0] == "M. Louis Ferrand, rapporteur de la commission des finances –"
    same_words(tree, COMPTE_RENDU)


def test_a_single_titled_label_with_an_en_dash_is_read() -> None:
    text = (
        "Séance du lundi 2 février 2015\n\n"
        "M. Henri Castel, président de la commission – La séance est ouverte.\n\n"
        "Nous examinons le texte.\n"
    )
    tree = encode(text, "seance.txt")
    assert said(tree) == [("#henri-castel", "La séance est ouverte. Nous examinons le texte.")]


def test_a_sentence_with_dashes_after_a_name_is_no_label() -> None:
    text = (
        "INTERVIEWER: Who ran the mill then?\n"
        "VIDAL: My aunt did.\n"
        "Mme Roux – whose farm lay by the river – kept bees as well.\n"
        "INTERVIEWER: And the village?\n"
        "VIDAL: Paris – that was where everyone went.\n"
    )
    tree = encode(text, "mill.txt")
    assert [who for who, _ in said(tree)] == ["#interviewer", "#vidal", "#interviewer", "#vidal"]
    assert said(tree)[3][1] == "Paris – that was where everyone went."
    assert not any("Roux" in label for label in _speakers(tree))


def test_a_french_sittings_date_written_out_dates_the_record() -> None:
    text = (
        "Accueil > Travaux > Comptes rendus\n\n"
        "Compte rendu intégral des débats\n\n"
        "2e séance du jeudi 14 octobre 2010\n\n"
        "M. BERTIN: La séance est ouverte.\n"
        "Mme LAURENT: Merci.\n"
        "M. BERTIN: Nous passons au vote.\n"
    )
    tree = encode(text, "seance-fr.txt")
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["Compte rendu intégral des débats"]
    assert xp(tree, "//t:creation/t:date/@when") == ["2010-10-14"]
    # the breadcrumb is the page's furniture, listed in the header, no title
    assert xp(tree, "//t:note[@type='boilerplate']/text()") == [
        "Accueil > Travaux > Comptes rendus"
    ]
    assert [who for who, _ in said(tree)] == ["#bertin", "#laurent", "#bertin"]


def test_a_spanish_sittings_date_written_out_dates_the_record() -> None:
    text = (
        "Ruta de navegación\n\n"
        "DIARIO DE SESIONES DE LA ASAMBLEA\n\n"
        "Sesión celebrada el jueves, 9 de noviembre de 2017\n\n"
        "El señor PRESIDENTE: Se abre la sesión.\n"
        "La señora ORTIZ: Gracias.\n"
        "El señor PRESIDENTE: Siguiente punto.\n"
    )
    tree = encode(text, "sesion-es.txt")
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["DIARIO DE SESIONES DE LA ASAMBLEA"]
    assert xp(tree, "//t:creation/t:date/@when") == ["2017-11-09"]
    assert [who for who, _ in said(tree)] == ["#presidente", "#ortiz", "#presidente"]


def test_a_sentence_with_a_weekday_and_a_date_in_speech_is_no_date_line() -> None:
    text = (
        "Compte rendu de la réunion du comité\n\n"
        "M. BERTIN: Nous nous reverrons le jeudi 14 octobre 2010.\n"
        "Mme LAURENT: Entendu.\n"
        "M. BERTIN: Merci.\n"
    )
    tree = encode(text, "reunion.txt")
    assert said(tree)[0][1] == "Nous nous reverrons le jeudi 14 octobre 2010."
    assert xp(tree, "//t:front//t:docDate") == []


def _persons(tree: object) -> dict[str, list[str]]:
    return {
        p.get("{http://www.w3.org/XML/1998/namespace}id"): [
            "".join(n.itertext()) for n in xp(p, "t:persName")
        ]
        for p in xp(tree, "//t:listPerson/t:person")  # type: ignore[arg-type]
    }


def test_a_spanish_office_names_its_holder_in_parentheses() -> None:
    text = (
        "El señor VICEPRESIDENTE SEGUNDO (Gil Soto): Se reanuda la sesión.\n"
        "La señora ORTIZ: Gracias, señor vicepresidente.\n"
        "El señor VICEPRESIDENTE SEGUNDO (Gil Soto): Tiene la palabra.\n"
    )
    tree = encode(text, "pleno.txt")
    assert [who for who, _ in said(tree)] == ["#gil-soto", "#ortiz", "#gil-soto"]
    assert _persons(tree)["gil-soto"] == ["Gil Soto"]
    assert _speakers(tree)[0] == "El señor VICEPRESIDENTE SEGUNDO (Gil Soto):"


def test_a_name_in_capitals_takes_the_texts_casing_and_the_court_is_the_court() -> None:
    text = (
        "THE COURT: Ms. MacLeod, you may begin.\n"
        "MS. MACLEOD: Thank you. The Court has the exhibits.\n"
        "THE COURT: Go on, Ms. MacLeod.\n"
    )
    tree = encode(text, "trial.txt")
    assert [who for who, _ in said(tree)] == ["#court", "#macleod", "#court"]
    assert _persons(tree)["macleod"] == ["Ms. MacLeod"]
    assert xp(tree, "//t:sp//t:p/t:persName/text()") == ["Ms. MacLeod", "Ms. MacLeod"]
    assert xp(tree, "//t:sp//t:p/t:persName/@ref") == ["#macleod", "#macleod"]


def test_a_scene_heading_between_speeches_is_no_word_of_the_last_speech() -> None:
    text = (
        "GRETE: Wo bleibt er?\n\n"
        "JOST zögernd: Er kommt gleich.\n\n"
        "GRETE: Dann warten wir.\n\n"
        "Vierte Szene\n\n"
        "JOST tritt ans Fenster: Da ist er!\n"
    )
    tree = encode(text, "szene.txt")
    assert [who for who, _ in said(tree)] == ["#grete", "#jost", "#grete", "#jost"]
    assert said(tree)[2][1] == "Dann warten wir."
    assert xp(tree, "//t:body//t:div[@type='section']/t:head/text()") == ["Vierte Szene"]
    same_words(tree, text)
