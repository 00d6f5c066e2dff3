"""Oral histories and long interviews (probe 10, helper B): front matters in
German, Spanish and French ("Ort:", "Lugar:", "Lieu :", "Témoin :"), a front-matter
key whose value is only initials ("Narrator: OB") resolved to the person the title
names. Invented texts in the house styles of the family."""

from __future__ import annotations

from test_exports_and_oral import encode, participants, same_words, xp


def _labels(tree: object) -> list[str]:
    return [
        " ".join("".join(s.itertext()).split())
        for s in xp(tree, "//t:sp/t:speaker")  # type: ignore[arg-type]
    ]


def _who(tree: object, label: str) -> str:
    found = {
        sp.get("who")
        for sp in xp(tree, "//t:sp")  # type: ignore[arg-type]
        if " ".join("".join(xp(sp, "t:speaker")[0].itertext()).split()) == label
    }
    assert len(found) == 1, found
    return str(found.pop()).lstrip("#")


# ------------------------------------------ place keys of a German/Spanish front matter

GERMAN = (
    "Zeitzeugengespräch\n"
    "\n"
    "Interviewerin: Paula Riedel\n"
    "Befragter: Konrad Assmann\n"
    "Datum: 9. März 2014\n"
    "Ort: Görlitz\n"
    "\n"
    "Interviewerin: Herr Assmann, wann kamen Sie nach Görlitz?\n"
    "\n"
    "Befragter: Im Herbst neunzehnhundertsechzig.\n"
    "\n"
    "Interviewerin: Allein?\n"
    "\n"
    "Befragter: Mit meinem Bruder.\n"
)

SPANISH = (
    "Historias del barrio\n"
    "\n"
    "Entrevistador: Tomás Villegas\n"
    "Entrevistada: Amparo Quintero\n"
    "Fecha: 2 de junio de 2018\n"
    "Lugar: Tucson, Arizona\n"
    "\n"
    "Entrevistador: ¿Cuándo llegó usted al barrio?\n"
    "\n"
    "Entrevistada: En el sesenta y ocho, con mis tíos.\n"
    "\n"
    "Entrevistador: ¿Y la escuela?\n"
    "\n"
    "Entrevistada: La de la calle Meyer.\n"
)

FRENCH = (
    "Mémoires ouvrières\n"
    "\n"
    "Enquêteur : Julien Marchal\n"
    "Témoin : Odile Fournier\n"
    "Date : 17 avril 2009\n"
    "Lieu : Roubaix\n"
    "\n"
    "Enquêteur : Vous êtes entrée à la filature à quel âge ?\n"
    "\n"
    "Témoin : À quatorze ans, comme ma sœur.\n"
    "\n"
    "Enquêteur : Et le bruit ?\n"
    "\n"
    "Témoin : On ne s'entendait pas parler.\n"
)


def test_german_place_key_is_front_matter_not_a_turn() -> None:
    tree = encode(GERMAN)
    assert _labels(tree) == ["Interviewerin:", "Befragter:"] * 2
    assert "Konrad Assmann" in participants(tree)[_who(tree, "Befragter:")]
    assert not [n for names in participants(tree).values() for n in names if n == "Ort"]
    same_words(tree, GERMAN)


def test_spanish_place_key_is_front_matter_not_a_turn() -> None:
    tree = encode(SPANISH)
    assert _labels(tree) == ["Entrevistador:", "Entrevistada:"] * 2
    assert "Amparo Quintero" in participants(tree)[_who(tree, "Entrevistada:")]
    same_words(tree, SPANISH)


def test_french_front_matter_with_spaced_colons_is_not_turns() -> None:
    tree = encode(FRENCH)
    assert _labels(tree) == ["Enquêteur :", "Témoin :"] * 2
    assert "Odile Fournier" in participants(tree)[_who(tree, "Témoin :")]
    assert "Julien Marchal" in participants(tree)[_who(tree, "Enquêteur :")]
    same_words(tree, FRENCH)


# a near miss: "Ort" said as a turn's first word in speech is no key, and a German
# speaker's label that is a place word in a play stays a turn after the first turn
def test_place_word_inside_speech_is_text() -> None:
    text = (
        "Interviewerin: Paula Riedel\n"
        "Befragter: Konrad Assmann\n"
        "\n"
        "Interviewerin: Wo war das?\n"
        "\n"
        "Befragter: Ort: das weiß ich nicht mehr, irgendwo bei Zittau.\n"
    )
    tree = encode(text)
    assert _labels(tree) == ["Interviewerin:", "Befragter:"]
    same_words(tree, text)


# ------------------------------------------- a key of initials in the front matter

KEY_LINES = (
    "Cannery Row Oral History Project\n"
    "\n"
    "NV: Nadia Voss, interviewer\n"
    "EC: Emilio Carranza (narrator)\n"
    "PH = Petra Holm\n"
    "Date: 8 July 2016\n"
    "\n"
    "NV: Where did you live when you started?\n"
    "\n"
    "EC: Above the bakery on Cortez Street.\n"
    "\n"
    "PH: He means the old bakery.\n"
    "\n"
    "NV: And the cannery paid by the case?\n"
    "\n"
    "EC: By the case, yes.\n"
)


def test_initials_key_lines_are_front_matter_and_name_the_labels() -> None:
    tree = encode(KEY_LINES)
    assert _labels(tree) == ["NV:", "EC:", "PH:", "NV:", "EC:"]
    people = participants(tree)
    assert "Nadia Voss" in people[_who(tree, "NV:")]
    assert "Emilio Carranza" in people[_who(tree, "EC:")]
    assert "Petra Holm" in people[_who(tree, "PH:")]
    same_words(tree, KEY_LINES)


# a first turn of two capitals whose words are no name with those initials stays a turn
def test_opening_turn_with_initials_label_is_not_a_key() -> None:
    text = (
        "DB: Dana, before we start, is the light on?\n"
        "\n"
        "KL: Kim Lowe, yes.\n"
        "\n"
        "DB: Good. Tell me about the harbor.\n"
        "\n"
        "KL: It was busier then.\n"
    )
    tree = encode(text)
    assert _labels(tree) == ["DB:", "KL:", "DB:", "KL:"]
    same_words(tree, text)


# ------------------------- "Narrator: OB": the initials only, the name in the title

INITIALS_ONLY_FIELDS = (
    "Interview with Oskar Brandvold\n"
    "Interviewer: MK\n"
    "Narrator: OB\n"
    "Date: 12 June 2008\n"
    "\n"
    "MK: When did you first come to the valley?\n"
    "\n"
    "OB: In the spring of fifty-one.\n"
    "\n"
    "MK: Was the dam already built?\n"
    "\n"
    "OB: They were pouring the footings.\n"
)


def test_narrator_field_in_initials_takes_the_name_the_title_gives() -> None:
    tree = encode(INITIALS_ONLY_FIELDS)
    assert _labels(tree) == ["MK:", "OB:"] * 2
    assert "Oskar Brandvold" in participants(tree)[_who(tree, "OB:")]
    same_words(tree, INITIALS_ONLY_FIELDS)


def test_narrator_field_in_initials_not_given_to_someone_else() -> None:
    text = INITIALS_ONLY_FIELDS.replace(
        "Interview with Oskar Brandvold", "Interview with Lena Ruud"
    )
    tree = encode(text)
    assert "Lena Ruud" not in participants(tree)[_who(tree, "OB:")]


# ------------------- the narrator's name block in capitals, a middle initial in it

NAME_BLOCK = (
    "Historical Office\n"
    "Oral History Interview\n"
    "\n"
    "HAROLD T. BEAUMONT\n"
    "Chief Clerk, Committee on Rivers\n"
    "\n"
    "Interview #2\n"
    "Thursday, March 11, 1999\n"
    "\n"
    "WELLINGTON: Last time we ended with the flood of 1972.\n"
    "\n"
    "BEAUMONT: Yes, the committee met in the basement that week.\n"
    "\n"
    "WELLINGTON: Why the basement?\n"
    "\n"
    "BEAUMONT: The hearing room had no power.\n"
)


def test_name_block_with_middle_initial_names_the_surname_label() -> None:
    tree = encode(NAME_BLOCK)
    assert _labels(tree) == ["WELLINGTON:", "BEAUMONT:"] * 2
    assert "Harold T. Beaumont" in participants(tree)[_who(tree, "BEAUMONT:")]
    same_words(tree, NAME_BLOCK)


# a name with an initial whose surname labels no turn names no one
def test_name_block_of_someone_else_links_no_label() -> None:
    text = NAME_BLOCK.replace("HAROLD T. BEAUMONT", "EDITH R. MOSS")
    tree = encode(text)
    assert "Edith R. Moss" not in participants(tree)[_who(tree, "BEAUMONT:")]


# --------------------------------------- the narrator says her name in the first answer

SELF_NAMED = (
    "River Town Voices\n"
    "Interview 9\n"
    "\n"
    "Q: Would you tell me your name and where we are?\n"
    "\n"
    "A: My name is Corinne Delacroix-Webb, and this is my porch in Natchez.\n"
    "\n"
    "Q: How long have you lived here?\n"
    "\n"
    "A: Since the war.\n"
)


def test_answerer_who_gives_her_name_in_the_first_answer_is_named() -> None:
    tree = encode(SELF_NAMED)
    assert _labels(tree) == ["Q:", "A:"] * 2
    assert "Corinne Delacroix-Webb" in participants(tree)[_who(tree, "A:")]
    same_words(tree, SELF_NAMED)


# a diariser's numbered speaker who says a name is not linked to it by a guess,
# and a name said later than the first answer is not taken
def test_name_said_by_a_numbered_speaker_or_later_is_not_taken() -> None:
    text = (
        "SPEAKER 1: Could you say your name?\n"
        "\n"
        "SPEAKER 2: My name is Ruth Ames.\n"
        "\n"
        "SPEAKER 1: Thanks.\n"
    )
    tree = encode(text)
    assert not any("Ruth Ames" in names for names in participants(tree).values())
    later = SELF_NAMED.replace("My name is Corinne Delacroix-Webb, and this", "This").replace(
        "Since the war.", "My name is Corinne Delacroix-Webb, since the war."
    )
    tree = encode(later)
    assert "Corinne Delacroix-Webb" not in participants(tree)[_who(tree, "A:")]


# ------------------------------- the place alone under the date of a title block

TITLE_BLOCK = (
    "An interview with\n"
    "GERTRUD M. VOSKUIJLEN\n"
    "Conducted by Anselm Roy\n"
    "On 3 and 4 October, 2002\n"
    "Utrecht, Netherlands\n"
    "\n"
    "ANSELM ROY: This is an oral history interview with Gertrud Voskuijlen in Utrecht.\n"
    "GERTRUD VOSKUIJLEN: I went to a girls' school run by nuns.\n"
    "ROY: Did you like it?\n"
    "VOSKUIJLEN: Not at first.\n"
)


def test_place_alone_under_the_date_is_front_matter() -> None:
    tree = encode(TITLE_BLOCK)
    assert len(_labels(tree)) == 4
    body = " ".join("".join(p.itertext()) for p in xp(tree, "//t:body//t:p"))
    assert "Utrecht, Netherlands" not in body
    assert xp(tree, "//t:settingDesc//t:placeName[.='Utrecht, Netherlands']")
    same_words(tree, TITLE_BLOCK)


# a line of two names with a comma under the title, no date before it, is not a place
def test_names_with_a_comma_not_under_a_date_are_no_place() -> None:
    text = TITLE_BLOCK.replace("On 3 and 4 October, 2002\n", "")
    tree = encode(text)
    assert not xp(tree, "//t:settingDesc//t:placeName[.='Utrecht, Netherlands']")


# the first line of a text that is a turn giving a name and a word said is no key
def test_first_turn_naming_oneself_with_a_word_said_is_a_turn() -> None:
    text = "KL: Kim Lowe, yes.\n\nDB: Good. Tell me about the harbor.\n\nKL: It was busier then.\n"
    tree = encode(text)
    assert _labels(tree) == ["KL:", "DB:", "KL:"]
    same_words(tree, text)
