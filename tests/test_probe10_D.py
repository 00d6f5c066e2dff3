"""French parliamentary records as the Assemblée and the Sénat print them (probe 10,
helper D): the verbatim report's "M. le président. La parole …" with no dash at all,
the analytical report's hyphen after two spaces ("M. le président.  - ", "M. Paul
Roux .  - "), and a label said once whose own stop stands before an en dash.
Every transcript here is invented (other names, other words than the probe's)."""

from __future__ import annotations

from test_exports_and_oral import encode, said, same_words, xp


def _speakers(tree: object) -> list[str]:
    return ["".join(s.itertext()) for s in xp(tree, "//t:sp/t:speaker")]  # type: ignore[arg-type]


INTEGRAL = """Mme la présidente. La parole est à M. Gilles Aubrac, pour le groupe écologiste.

M. Gilles Aubrac. Madame la ministre, les digues du littoral cèdent une à une.

Qu'allez-vous faire avant l'hiver ? (Applaudissements sur les travées du groupe GEST.)

Mme la présidente. La parole est à Mme la ministre de la transition écologique.

Mme Hélène Vasseur, ministre de la transition écologique. Monsieur le sénateur, un plan
sera présenté en janvier.

M. Gilles Aubrac. Janvier, c'est trop tard.
"""


def test_a_verbatim_report_s_title_name_and_stop_open_turns() -> None:
    tree = encode(INTEGRAL, "cri.txt")
    assert [who for who, _ in said(tree)] == [
        "#la-presidente",
        "#gilles-aubrac",
        "#la-presidente",
        "#helene-vasseur",
        "#gilles-aubrac",
    ]
    assert _speakers(tree)[3] == "Mme Hélène Vasseur, ministre de la transition écologique."
    assert said(tree)[4][1] == "Janvier, c'est trop tard."
    same_words(tree, INTEGRAL)


def test_one_line_opening_with_a_title_and_a_stop_is_prose() -> None:
    text = (
        "Nous sommes arrivés au village à la tombée du jour.\n\n"
        "M. Lefort. Voilà le nom qu'on nous donna pour le meunier, sans prénom.\n\n"
        "Il nous reçut dans sa cuisine et parla longtemps du moulin.\n"
    )
    tree = encode(text, "recit.txt")
    assert said(tree) == []


ANALYTICAL = """Questions d'actualité

M. le président.  - L'ordre du jour appelle les questions d'actualité.

M. Octave Lemaire .  - Les écoles rurales ferment. Que comptez-vous faire ?

Mme Inès Carrel, ministre de l'éducation nationale .  - Aucune école ne fermera sans concertation.
"""


def test_an_analytical_report_s_hyphen_after_two_spaces_opens_turns() -> None:
    tree = encode(ANALYTICAL, "cra.txt")
    assert said(tree) == [
        ("#le-president", "L'ordre du jour appelle les questions d'actualité."),
        ("#octave-lemaire", "Les écoles rurales ferment. Que comptez-vous faire ?"),
        ("#ines-carrel", "Aucune école ne fermera sans concertation."),
    ]
    assert _speakers(tree)[1] == "M. Octave Lemaire .  -"


def test_a_hyphen_after_two_spaces_in_notes_without_a_title_is_no_label() -> None:
    text = (
        "Ordre du jour\n\n"
        "Budget  - voté à l'unanimité.\n\n"
        "Travaux de la salle  - reportés au printemps.\n"
    )
    tree = encode(text, "notes.txt")
    assert said(tree) == []


def test_a_label_said_once_keeps_its_stop_before_the_en_dash() -> None:
    text = (
        "Mme la présidente. – La séance est ouverte. La parole est à M. Roux.\n\n"
        "M. Paul Roux. – Je serai bref.\n\n"
        "Mme Lise Ober, rapporteure. – Avis défavorable.\n"
    )
    tree = encode(text, "seance.txt")
    assert [who for who, _ in said(tree)] == ["#la-presidente", "#paul-roux", "#lise-ober"]
    assert said(tree)[1][1] == "Je serai bref."
    assert _speakers(tree)[0] == "Mme la présidente. –"


def test_an_initial_before_an_en_dash_is_still_no_label() -> None:
    text = "INTERVIEWER: Et ensuite ?\nROUX: Je suis parti.\nM. J. – Il est revenu.\n"
    tree = encode(text, "initiale.txt")
    assert [who for who, _ in said(tree)] == ["#interviewer", "#roux"]


HANDELINGEN = """De voorzitter:
Ik geef het woord aan de heer Van Rijswijk.

De heer Van Rijswijk (SP):
Voorzitter. De dijken in het noorden zijn te laag.

De voorzitter:
Mevrouw Dekkers heeft een interruptie.

Mevrouw Dekkers (CDA):
Wie gaat dat betalen?

De heer Van Rijswijk (SP):
Het Rijk, zoals afgesproken.

De minister van Infrastructuur:
Daar kom ik in mijn termijn op terug.
"""


def test_a_dutch_record_s_labels_after_de_open_turns_alone_on_their_lines() -> None:
    tree = encode(HANDELINGEN, "handelingen.txt")
    assert [who for who, _ in said(tree)] == [
        "#de-voorzitter",
        "#van-rijswijk",
        "#de-voorzitter",
        "#dekkers",
        "#van-rijswijk",
        "#de-minister-van-infrastructuur",
    ]
    assert said(tree)[1][1] == "Voorzitter. De dijken in het noorden zijn te laag."
    same_words(tree, HANDELINGEN)


def test_a_dutch_record_s_labels_inline_open_turns() -> None:
    text = "".join(
        line.replace(":\n", ": ") if line.endswith(":\n") else line + "\n"
        for line in HANDELINGEN.split("\n\n")
    )
    tree = encode(text, "handelingen-inline.txt")
    assert [who for who, _ in said(tree)][:2] == ["#de-voorzitter", "#van-rijswijk"]
    assert len(said(tree)) == 6


def test_a_signature_field_after_de_said_once_is_no_turn() -> None:
    text = (
        "Het bestuur heeft de begroting goedgekeurd en de kascommissie benoemd.\n\n"
        "De voorzitter: Jan Hoekstra\n\n"
        "De secretaris: Els Bouma\n"
    )
    tree = encode(text, "verslag.txt")
    assert said(tree) == []


PROTOKOLL = """Präsidentin Renate Koller: Zu Wort gelangt Frau Abgeordnete Pichler. – Bitte.

14.07

Abgeordnete Mag. Ida Pichler (SPÖ): Frau Präsidentin! Die Pendler warten seit Jahren auf den
Takt. (Beifall bei der SPÖ. – Abg. Gruber: Seit wann?)

Präsidentin Renate Koller: Nächster Redner ist Herr Abgeordneter Lechner. – Bitte.

Abgeordneter Ing. Florian Lechner, BSc (ÖVP): Frau Präsidentin! Der Takt kommt im Dezember.

Präsidentin Renate Koller: Zu Wort gemeldet ist der Herr Bundesminister.

Bundesminister Paul Weninger, MBA: Sehr geehrte Frau Präsidentin! Wir bauen.

Präsidentin Renate Koller: Danke.
"""


def test_austrian_titles_before_and_degrees_after_a_name_stay_in_the_label() -> None:
    tree = encode(PROTOKOLL, "protokoll.txt")
    assert [who for who, _ in said(tree)] == [
        "#renate-koller",
        "#ida-pichler",
        "#renate-koller",
        "#florian-lechner",
        "#renate-koller",
        "#paul-weninger",
        "#renate-koller",
    ]
    assert _speakers(tree)[3] == "Abgeordneter Ing. Florian Lechner, BSc (ÖVP):"
    assert _speakers(tree)[5] == "Bundesminister Paul Weninger, MBA:"
    assert said(tree)[5][1] == "Sehr geehrte Frau Präsidentin! Wir bauen."
    same_words(tree, PROTOKOLL)


def test_a_degree_after_a_single_word_is_no_member_s_label() -> None:
    text = (
        "Lebenslauf\n\n"
        "Studium, BA: Wirtschaft an der Universität Linz, mit Auszeichnung.\n\n"
        "Studium, MA: Raumplanung in Graz, mit einer Arbeit über Gemeinden.\n\n"
        "Praktikum: drei Monate im Landtag.\n"
    )
    tree = encode(text, "lebenslauf.txt")
    assert said(tree) == []
