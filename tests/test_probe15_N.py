"""German-language parliamentary records (probe 15, helper N): a Bundestag or
Landtag record's table of contents, whose agenda items stand alone with a colon
as members' labels do ("Tagesordnungspunkt 29:"). Every transcript here is
invented (other names, other words than the probe's)."""

from __future__ import annotations

from test_exports_and_oral import encode, said, same_words, xp

CONTENTS = """Plenarprotokoll 9/41
Landtag von Musterland
Stenografischer Bericht
41. Sitzung
Neustadt, Mittwoch, den 12. Mai 2027
I n h a l t :

Tagesordnungspunkt 3:
Erste Beratung des Entwurfs eines Gesetzes über die Landesbibliothek
(Drucksache 9/880) \t

Greta Voss (SPD) \t

Anton Lerch (CDU) \t

Zusatztagesordnungspunkt 2:
Antrag der Fraktion der FDP: Brücken erhalten
(Drucksache 9/902) \t

Pia Hollmann (FDP) \t

Nächste Sitzung \t

41. Sitzung
Neustadt, Mittwoch, den 12. Mai 2027
Beginn: 10.00 Uhr

  Präsidentin Dr. Ute Brandl:
  Die Sitzung ist eröffnet. Ich rufe Tagesordnungspunkt 3 auf.
(Beifall bei der SPD)
  Greta Voss (SPD):
  Frau Präsidentin! Die Bibliothek braucht ein Gesetz.
(Anton Lerch [CDU]: Seit zwanzig Jahren!)
  Präsidentin Dr. Ute Brandl:
  Nächster Redner ist der Kollege Lerch.
  Anton Lerch (CDU):
  Frau Präsidentin! Wir stimmen zu.
  Präsidentin Dr. Ute Brandl:
  Die Sitzung ist geschlossen.
"""


def test_agenda_items_alone_in_a_record_s_contents_are_no_speakers() -> None:
    tree = encode(CONTENTS, "plenarprotokoll.txt")
    assert [who for who, _ in said(tree)] == [
        "#ute-brandl",
        "#greta-voss",
        "#ute-brandl",
        "#anton-lerch",
        "#ute-brandl",
    ]
    same_words(tree, CONTENTS)


def test_members_whose_names_open_with_t_or_z_still_speak_beside_agenda_items() -> None:
    text = (
        CONTENTS.replace("Greta Voss", "Tilo Zander")
        .replace("Anton Lerch", "Zora Tesch")
        .replace("Kollege Lerch", "Kollegin Tesch")
    )
    tree = encode(text, "plenarprotokoll.txt")
    assert [who for who, _ in said(tree)] == [
        "#ute-brandl",
        "#tilo-zander",
        "#ute-brandl",
        "#zora-tesch",
        "#ute-brandl",
    ]


# An Austrian record's page of one speech: the time it began, the member's label with
# the party and what the speech is (a point of order), the chair's answer, each said once.
ONE_SPEECH = """15.02
Abgeordnete Martina Reiter (NEOS) (zur Geschäftsbehandlung): Frau Präsidentin! Ich ersuche
Sie, die Sitzung zu unterbrechen. (Abg. Haider: Warum?) – Weil die Unterlagen fehlen.
(Beifall bei den NEOS.)
15.03
Präsidentin Mag. Dr. Irene Falk: Ich unterbreche die Sitzung für zehn Minuten.
"""


def test_an_office_and_a_degree_before_a_name_said_once_open_a_turn() -> None:
    tree = encode(ONE_SPEECH, "rede.txt")
    assert [who for who, _ in said(tree)] == ["#martina-reiter", "#irene-falk"]
    same_words(tree, ONE_SPEECH)


def test_four_words_with_a_colon_that_drop_no_title_are_still_words() -> None:
    # a note's sentences with a colon, each once: no title to drop, no speakers
    text = (
        "Bericht aus dem Ausschuss\n\n"
        "Die Sitzung des Ausschusses: verschoben auf Mai.\n\n"
        "Zwei neue Anträge der Fraktionen: eingegangen und verteilt.\n"
    )
    tree = encode(text, "bericht.txt")
    assert said(tree) == []


# A Bundestag record of the 1950s-80s: the chair recurs, members speak once, named by
# surname and party; German surnames end in the sharp s.
SHARP_S = """Vizepräsident Dr. Kessel: Das Wort hat der Abgeordnete Groß.

Groß (SPD): Herr Präsident! Meine Damen und Herren! Der Antrag ist überfällig.

(Zuruf von der CDU/CSU: Hört! Hört!)

Vizepräsident Dr. Kessel: Das Wort hat Frau Abgeordnete Dr. Weiß.

Frau Dr. Weiß (Hamm) (CDU/CSU): Herr Präsident! Wir lehnen ab.

(Heiterkeit.)

Vizepräsident Dr. Kessel: Ich schließe die Aussprache.

(Schluß der Sitzung: 18.40 Uhr.)
"""


def test_a_member_s_surname_with_a_sharp_s_said_once_opens_a_turn() -> None:
    tree = encode(SHARP_S, "protokoll.txt")
    assert [who for who, _ in said(tree)] == [
        "#kessel",
        "#gross",
        "#kessel",
        "#weiss",
        "#kessel",
    ]
    same_words(tree, SHARP_S)


def test_a_closing_time_line_with_a_sharp_s_is_no_speaker() -> None:
    # (the sitting's end said without its parentheses: a word with ß and a time)
    text = (
        SHARP_S.replace("(Schluß der Sitzung: 18.40 Uhr.)", "Schluß: 18.40 Uhr")
        .replace("Groß", "Lange")
        .replace("Weiß", "Ruhl")
    )
    tree = encode(text, "protokoll.txt")
    assert [who for who, _ in said(tree)] == ["#kessel", "#lange", "#kessel", "#ruhl", "#kessel"]


# An older record names members by the abbreviation of "Abgeordneter", the party after.
ABBREVIATED = """Präsident Dr. Lindner: Das Wort hat der Abgeordnete Kraus.

Abg. Kraus (SPD): Herr Präsident! Meine Damen und Herren! Wir beantragen Überweisung.

(Abg. Dr. Pohl: Sehr richtig!)

Präsident Dr. Lindner: Das Wort hat der Abgeordnete Dr. Pohl.

Abg. Dr. Pohl (FDP): Herr Präsident! Wir stimmen der Überweisung zu.

Präsident Dr. Lindner: Dann ist so beschlossen.
"""


def test_a_member_named_by_the_abbreviation_abg_said_once_opens_a_turn() -> None:
    tree = encode(ABBREVIATED, "protokoll.txt")
    assert [who for who, _ in said(tree)] == [
        "#lindner",
        "#kraus",
        "#lindner",
        "#pohl",
        "#lindner",
    ]
    same_words(tree, ABBREVIATED)


def test_a_question_of_a_member_in_the_contents_is_no_turn() -> None:
    # "Frage des Abg. Lohse:" heads a question in a record's contents: never a member
    text = (
        "Inhalt:\n\n"
        "Fragestunde (Drucksache 4/201)\n\n"
        "Frage des Abg. Lohse:\n\n"
        "Briefmarken zum Jahrestag\n\n"
        "Frage des Abg. Hanke:\n\n"
        "Fernsprecher auf Bahnsteigen\n"
    )
    tree = encode(text, "inhalt.txt")
    assert said(tree) == []


# A Landtag print's page: labels alone on their lines between blank lines, the chair
# twice, one member once with the party; too few labels to make a chamber's record.
LANDTAG_PAGE = """Landtag von Musterland · 9. Wahlperiode · 4. Sitzung · 3. März 2027


Präsidentin Dr. Carla Imhof:


Wird die Dringlichkeit bejaht? Es gibt eine Wortmeldung. Bitte.


Bernd Ostrowski (Freie Wähler):


Frau Präsidentin! Ich sehe keine Dringlichkeit und bitte um Ablehnung.


Präsidentin Dr. Carla Imhof:


Dann lasse ich abstimmen.
"""


def test_a_member_s_label_alone_with_the_party_once_beside_the_chair_opens_a_turn() -> None:
    tree = encode(LANDTAG_PAGE, "seite.txt")
    assert [who for who, _ in said(tree)] == ["#carla-imhof", "#bernd-ostrowski", "#carla-imhof"]
    same_words(tree, LANDTAG_PAGE)


def test_a_heading_alone_with_a_printed_paper_in_parentheses_is_no_member() -> None:
    text = LANDTAG_PAGE.replace(
        "Bernd Ostrowski (Freie Wähler):", "Bericht des Ausschusses (Drucksache 9/12):"
    )
    tree = encode(text, "seite.txt")
    assert [who for who, _ in said(tree)] == ["#carla-imhof", "#carla-imhof"]


# A Landtag record's contents: an election's item, "Gewählt:" alone over the members
# elected, once per proposal.
ELECTED = """Landtag von Musterland · 9. Wahlperiode · 4. Sitzung · 3. März 2027


Wahlvorschlag
Fraktion der SPD
Drucks. 9/110 ......................................81


Gewählt:
Abg. Lena Brück (SPD)
......................................81


Wahlvorschlag
Fraktion der CDU
Drucks. 9/111 ......................................81


Gewählt:
Abg. Timo Sauer (CDU)
Abg. Ina Wolf (CDU)
......................................81
"""


def test_elected_over_the_members_in_a_record_s_contents_is_no_speaker() -> None:
    tree = encode(ELECTED, "inhalt.txt")
    assert said(tree) == []
    same_words(tree, ELECTED)


def test_a_member_s_label_recurring_alone_still_speaks_beside_outcomes() -> None:
    text = (
        "Präsident Kurt Hain:\n\nWir wählen.\n\n"
        "Ina Wolf (CDU):\n\nIch nehme die Wahl an.\n\n"
        "Präsident Kurt Hain:\n\nDanke.\n\n"
        "Ina Wolf (CDU):\n\nGern.\n"
    )
    tree = encode(text, "protokoll.txt")
    assert [who for who, _ in said(tree)] == ["#kurt-hain", "#ina-wolf", "#kurt-hain", "#ina-wolf"]


# The Austrian parliament's page of one speech of the chair's: the record's paragraph
# number alone on the first line, then the only label, said once.
CHAIR_PAGE = """RN/7

Präsidentin Dr. Irene Falk: Ich sehe keine weiteren Wortmeldungen. (Abg. Haider [FPÖ]: Doch!) –
Herr Abgeordneter, Sie sind nicht am Wort. (Beifall bei der ÖVP.)

Als Nächste zu Wort gemeldet ist Frau Abgeordnete Reiter; 4 Minuten Redezeit.
"""


def test_a_page_of_one_speech_under_its_paragraph_number_is_the_speaker_s_turn() -> None:
    tree = encode(CHAIR_PAGE, "rede.txt")
    assert [who for who, _ in said(tree)] == ["#irene-falk"]
    timed = CHAIR_PAGE.replace("RN/7", "9.05")
    assert [who for who, _ in said(encode(timed, "rede.txt"))] == ["#irene-falk"]


def test_a_headline_quoting_an_office_holder_is_no_turn() -> None:
    # a news page: the headline names and quotes the chancellor, no time nor number above
    text = (
        "Bundeskanzlerin Karla Menz: Wir helfen den Gemeinden\n\n"
        "Die Regierung hat am Montag ein Paket für die Gemeinden beschlossen.\n"
    )
    assert said(encode(text, "artikel.txt")) == []
    # a time over a field that names no office: no speaker either
    text = "10.11\n\nWetter: sonnig und warm, am Abend Gewitter.\n"
    assert said(encode(text, "notiz.txt")) == []


def test_a_time_alone_over_the_next_speech_s_label_is_a_time_not_words() -> None:
    # "15.03" ends the member's speech and opens the chair's: the record's time
    tree = encode(ONE_SPEECH, "rede.txt")
    assert xp(tree, "//t:sp[1]//t:p[contains(., '15.03')]") == []
    times = xp(tree, "//t:stage/t:time/@when")
    assert "15:03:00" in times


def test_a_figure_with_a_stop_alone_over_words_stays_words() -> None:
    # a price alone on its line in a speech, over a line that names no office
    text = ONE_SPEECH.replace("15.03\n", "").replace(
        "(Beifall bei den NEOS.)\n", "(Beifall bei den NEOS.)\n12.50\nEuro kostet das.\n"
    )
    tree = encode(text, "rede.txt")
    assert "12:50:00" not in xp(tree, "//t:time/@when")


def test_a_paragraph_number_over_a_page_of_one_speech_is_not_its_title() -> None:
    tree = encode(CHAIR_PAGE, "rede.txt")
    assert "RN/7" not in " ".join(xp(tree, "//t:teiHeader//t:title/text()"))
    # a short heading in capitals over a speech is a title still
    tree = encode(CHAIR_PAGE.replace("RN/7", "NATIONALRAT"), "rede.txt")
    assert "NATIONALRAT" in " ".join(xp(tree, "//t:teiHeader//t:title/text()"))


# An older Bundestag record's head: the sitting, then the place and the date after
# "den", with no weekday (the running head above it has one).
OLD_HEAD = """Deutscher Bundestag
61. Sitzung
Bonn, den 9. Juni 1965

Vizepräsident Dr. Kessel: Die Sitzung ist eröffnet.

Lange (SPD): Herr Präsident! Meine Damen und Herren!

Vizepräsident Dr. Kessel: Die Sitzung ist geschlossen.
"""


def test_a_german_record_s_place_and_date_after_den_date_the_sitting() -> None:
    tree = encode(OLD_HEAD, "protokoll.txt")
    assert "1965-06-09" in xp(tree, "//t:teiHeader//t:date/@when")
    assert "Bonn" in xp(tree, "//t:teiHeader//t:placeName/text()")
    assert len(said(tree)) == 3


def test_den_before_words_that_are_no_date_dates_nothing() -> None:
    text = OLD_HEAD.replace("Bonn, den 9. Juni 1965", "Bonn, den ganzen Juni 1965 über")
    tree = encode(text, "protokoll.txt")
    assert "1965-06-09" not in xp(tree, "//t:teiHeader//t:date/@when")


# Austria's second chamber: its members are "Bundesrat" and "Bundesrätin" before the name.
BUNDESRAT = """Vizepräsidentin Doris Hahn: Zu Wort gemeldet ist Herr Bundesrat Moser.

Bundesrat Peter Moser (ÖVP, Salzburg): Frau Präsidentin! Ich danke für das Wort.

Vizepräsidentin Doris Hahn: Nächste Rednerin ist Frau Bundesrätin Vogl.

Bundesrätin Anna Vogl (SPÖ, Wien): Frau Präsidentin! Wir stimmen zu.

Vizepräsidentin Doris Hahn: Danke.
"""


def test_a_member_of_the_bundesrat_is_keyed_by_the_name_not_the_chamber() -> None:
    tree = encode(BUNDESRAT, "bundesrat.txt")
    assert [who for who, _ in said(tree)] == [
        "#doris-hahn",
        "#peter-moser",
        "#doris-hahn",
        "#anna-vogl",
        "#doris-hahn",
    ]


def test_the_chamber_s_name_over_the_record_is_no_speaker() -> None:
    # "Bundesrat" alone over the turns names the chamber: no one speaks as it, and
    # "Bundesrat und Nationalrat: …" in the chair's words stays words
    text = "Bundesrat\n\n" + BUNDESRAT.replace(
        "Danke.", "Bundesrat und Nationalrat: beide stimmen."
    )
    tree = encode(text, "bundesrat.txt")
    assert len(said(tree)) == 5
    same_words(tree, text)


# The Swiss Amtliches Bulletin: surname first, the office after a comma, a member
# speaking for the committee after the party and canton.
BULLETIN = """Präsident (Moser Reto, Präsident): Wir kommen zur Eintretensdebatte.

Rüegg Simon (M-E, ZH), für die Kommission: Die Kommission beantragt Eintreten.

Präsident (Moser Reto, Präsident): Das Wort hat Frau Bundesrätin Imboden.

Imboden Clara, Bundesrätin: Der Bundesrat unterstützt den Antrag der Kommission.

Präsident (Moser Reto, Präsident): Eintreten ist unbestritten.
"""


def test_a_federal_councillor_and_a_committee_s_speaker_open_turns() -> None:
    tree = encode(BULLETIN, "bulletin.txt")
    whos = [who for who, _ in said(tree)]
    assert len(whos) == 5
    assert whos[0] == whos[2] == whos[4]
    assert len(set(whos)) == 3
    same_words(tree, BULLETIN)


def test_the_federal_council_named_in_a_sentence_is_no_speaker() -> None:
    text = BULLETIN.replace(
        "Imboden Clara, Bundesrätin: Der Bundesrat unterstützt den Antrag der Kommission.",
        "Der Antrag geht an den Bundesrat: er entscheidet im Mai.",
    ).replace("Rüegg Simon (M-E, ZH), für die Kommission:", "Rüegg Simon (M-E, ZH):")
    tree = encode(text, "bulletin.txt")
    assert len(said(tree)) == 4
