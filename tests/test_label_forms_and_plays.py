"""Label forms probe 5 found unread, and lines in turns that are no speech.
Every transcript here is invented."""

from __future__ import annotations

from test_exports_and_oral import encode, same_words, xp


def _turns(tree: object) -> list[tuple[str, str, str]]:
    """(who, label, the turn's words, a page's heads left out) for every turn."""
    out = []
    for sp in xp(tree, "//t:sp"):  # type: ignore[arg-type]
        label = "".join(xp(sp, "t:speaker/text()"))
        said = ["".join(xp(x, ".//text()[not(ancestor::t:fw)]")) for x in xp(sp, "t:p|t:l|t:lg")]
        words = " ".join(" ".join(said).split())
        out.append((sp.get("who").lstrip("#"), label, words))
    return out


MILLER = """THE MILLER'S WIFE

DRAMATIS PERSONAE

DUKE ROLAND THE FIRST.
BARNABY.
MILLER OSWIN _the elder._
MILLER OSWIN _the younger, his son._
COUNTRY MEN, SERVANTS, _and_ GUARDS.

           _Enter_ BARNABY, _singing._

_Barn. Hey, the wheel goes round,
   And round the wheel is found._
   Who knocks so late?

              _Enter three_ Country Men.

_Men._ Three men of the road.
_Barn._ What would you have?
_First C. Man._ Bread.
_Barn._ There is none.
_Sec. C. Man._ Then ale.
_Barn._ Less of that.                                  [_Aside._
_Enter_ DUKE ROLAND _and both_ OSWINS.
_D. Rol._ Who keeps this mill?
_E. Osw._ I, my lord.
__Y. Osw._ And I, my lord.
_Barn. Not I!_                                          [_Aside._
_D. Rol._ Then grind for me.
"""


def test_italic_prefixes_are_a_plays_prefixes_named_from_the_cast() -> None:
    tree = encode(MILLER, "miller.txt")
    turns = _turns(tree)
    assert [label for _, label, _ in turns] == [
        "_Barn.",
        "_Men._",
        "_Barn._",
        "_First C. Man._",
        "_Barn._",
        "_Sec. C. Man._",
        "_Barn._",
        "_D. Rol._",
        "_E. Osw._",
        "__Y. Osw._",
        "_Barn.",
        "_D. Rol._",
    ]
    who = [w for w, _, _ in turns]
    assert (
        who[0] == who[2] == "barnaby"
    )  # the italics that open on the prefix go on over the speech
    assert who[7] == who[11] == "duke-roland-the-first"
    assert who[8] == "miller-oswin-the-elder" and who[9] == "miller-oswin-the-younger"
    assert who[3] == "first-country-man" and who[5] == "second-country-man"
    assert turns[0][2].startswith("Hey, the wheel goes round,")
    # a direction in the margin after a speech's words, its bracket never closed
    assert turns[10][2] == "Not I!_ [_Aside._"
    assert xp(tree, "(//t:sp)[11]//t:stage/text()") == ["[_Aside._"]
    assert len(xp(tree, "//t:castList//t:castItem")) == 5


def test_italic_prefixes_without_a_cast_list_or_heading() -> None:
    text = (
        "_Ida._ Is the boat in?\n"
        "_Tor._ Not yet.\n"
        "_Ida._ Then we wait,\n"
        "   And watch the bay.\n"
        "_Tor._ We wait.\n"
        "_Ida._ Good.\n"
    )
    tree = encode(text, "bay.txt")
    turns = _turns(tree)
    assert [w for w, _, _ in turns] == ["ida", "tor", "ida", "tor", "ida"]
    assert turns[2][2] == "Then we wait, And watch the bay."


def test_an_italic_note_in_prose_is_no_prefix() -> None:
    text = "_Note._ The mill burned in 1840.\n\n_Note._ It was rebuilt.\n\nNothing else is known.\n"
    tree = encode(text, "notes.txt")
    assert xp(tree, "//t:sp") == []
    same_words(tree, text)


KILNS = """# Episode 12: Kilns

[00:00:00] **Nadia:** Welcome to the kiln hour.

[00:00:07] **Olek Brandt:** Glad to be back.

[00:00:15] **Nadia:** What went wrong last firing?

[00:00:21] **Olek Brandt:** The shelves cracked.
"""


def test_a_time_before_a_label_in_bold() -> None:
    tree = encode(KILNS, "kilns.md")
    turns = _turns(tree)
    assert [(w, words) for w, _, words in turns] == [
        ("nadia", "Welcome to the kiln hour."),
        ("olek-brandt", "Glad to be back."),
        ("nadia", "What went wrong last firing?"),
        ("olek-brandt", "The shelves cracked."),
    ]
    assert xp(tree, "//t:sp/t:speaker/t:time/text()") == [
        "00:00:00",
        "00:00:07",
        "00:00:15",
        "00:00:21",
    ]
    assert [sp.get("synch") is not None for sp in xp(tree, "//t:sp")] == [True] * 4
    same_words(tree, KILNS)


SITTING = """Präsident Kaltenbach: Ich rufe die Frage 9 des Abgeordneten Imhof auf:
Wann wird die Brücke fertig?
Dr. von Aalen, Parl. Staatssekretär beim Bundesminister für Verkehr: Im nächsten Jahr.
Präsident Kaltenbach: Eine Zusatzfrage, Herr Imhof.
Imhof (SPD): Und was kostet sie?
Dr. von Aalen, Parl. Staatssekretär: Das kann ich nicht sagen.
Präsident Kaltenbach: Danke. Frage 10 des Abgeordneten Dr. Merz.
Seiler, Parl. Staatssekretär beim Bundesminister des Innern: Die Antwort lautet: nein.
"""


def test_an_office_shortened_with_a_stop_after_the_name() -> None:
    tree = encode(SITTING, "sitzung.txt")
    turns = _turns(tree)
    assert [w for w, _, _ in turns] == [
        "kaltenbach",
        "von-aalen",
        "kaltenbach",
        "imhof",
        "von-aalen",
        "kaltenbach",
        "seiler",
    ]
    assert turns[4][1] == "Dr. von Aalen, Parl. Staatssekretär:"
    assert turns[6][2] == "Die Antwort lautet: nein."
    same_words(tree, SITTING)


HANDLES = """Marta: Welcome to the relay show. Two guests tonight.

quillfox: Hello all.

Marta: Where are you calling from?

nightjar_7: From Tromsø.

quillfox: And I from Porto.

static: the line dropped here for a minute.

Marta: Thanks, both.
"""


def test_handles_in_small_letters_label_turns_where_the_record_uses_them() -> None:
    tree = encode(HANDLES, "relay.md")
    turns = _turns(tree)
    assert [w for w, _, _ in turns] == [
        "marta",
        "quillfox",
        "marta",
        "nightjar-7",
        "quillfox",
        "marta",
    ]
    # "note:" is no one, though it stands as a handle would: it stays in the turn above
    assert turns[4][2] == "And I from Porto. static: the line dropped here for a minute."
    same_words(tree, HANDLES)


def test_words_in_small_letters_before_a_colon_in_prose_are_no_labels() -> None:
    text = (
        "Ada Moss: We met at noon.\n\n"
        "agenda: budget, then rooms.\n\n"
        "note: The budget was short.\n\n"
        "budget: four hundred.\n\n"
        "agenda: closed.\n\n"
        "note: Rooms were moved.\n\n"
        "Ada Moss: That was all.\n\n"
        "Later the room emptied and the lights went out.\n\n"
        "Nobody came back that evening.\n"
    )
    tree = encode(text, "minutes.txt")
    assert {w for w, _, _ in _turns(tree)} == {"ada-moss"}
    same_words(tree, text)


HEAD = "Landtag Nordmark — 4. Wahlperiode — 7. Sitzung. Kiel, Dienstag, den 2. März 1993"
LANDTAG = f"""{HEAD}\t211
Präsident Lorenz: Die Sitzung ist eröffnet. Das Wort hat Frau Albers.
Frau Albers (SPD): Meine Damen und Herren, der Hafen braucht Geld, und zwar
212\t{HEAD}
Frau Albers (SPD)
bald. Ich danke Ihnen.
Präsident Lorenz: Danke. Das Wort hat Herr Dr. Voigt.
Dr. Voigt, Minister für Wirtschaft: Wir prüfen das.
{HEAD}\t213
Präsident Lorenz: Die Sitzung ist geschlossen.
"""


def test_page_heads_with_a_tab_and_the_speakers_head_under_them() -> None:
    tree = encode(LANDTAG, "landtag.txt")
    assert xp(tree, "//t:pb/@n") == ["211", "212", "213"]
    heads = xp(tree, "//t:fw[@type='header']/text()")
    assert heads == [f"{HEAD}\t211", f"212\t{HEAD}", "Frau Albers (SPD)", f"{HEAD}\t213"]
    turns = _turns(tree)
    assert [w for w, _, _ in turns] == ["lorenz", "albers", "lorenz", "voigt", "lorenz"]
    # the speech goes on across the page; the heads are no words of it
    assert (
        turns[1][2]
        == "Meine Damen und Herren, der Hafen braucht Geld, und zwar bald. Ich danke Ihnen."
    )
    same_words(tree, LANDTAG)


HARBOUR = """**Ines Vale**: Welcome to the harbour notes.  Two stories today.

**Tom Reyes**: Hi all.

_New crane at the north quay_

**Ines Vale**: First, the crane.

**Tom Reyes**: It lifts forty tonnes.

_Dredging plans for spring_

The second story is the dredging.

<center><img src="/pics/quay-02.jpg"></center>

<!--more-->

It starts in March.

## [00:04:10] Listener mail

**Tom Reyes**: One letter this week.
"""


def test_topic_lines_headings_with_times_and_html_lines_are_not_speech() -> None:
    tree = encode(HARBOUR, "harbour.md")
    turns = _turns(tree)
    assert [w for w, _, _ in turns] == [
        "ines-vale",
        "tom-reyes",
        "ines-vale",
        "tom-reyes",
        "tom-reyes",
    ]
    # a topic before a label heads a section; one the speaker goes on under stays in the turn
    heads = [" ".join("".join(h.itertext()).split()) for h in xp(tree, "//t:div/t:head")]
    assert heads == ["_New crane at the north quay_", "## [00:04:10] Listener mail"]
    assert xp(tree, "(//t:sp)[4]/t:stage/text()") == ["_Dredging plans for spring_"]
    assert (
        turns[3][2]
        == "It lifts forty tonnes. The second story is the dredging. It starts in March."
    )
    # the web page's markup is kept with its line, outside the speech
    assert xp(tree, "//t:notesStmt/t:note[@type='boilerplate']/@n") == ["15", "17"]
    assert "img" not in " ".join(xp(tree, "//t:text//text()"))


FERRY = """                 THE FERRYMAN.

              A Play in One Act.

DRAMATIS PERSONAE.

ANSELM, a ferryman.
LOTTE, his wife.
A TOLL-KEEPER.
THE BAILIFF.

THE FERRYMAN.


ACT I.

SCENE I.

ANSELM.
The river's up; no boat goes out today.

LOTTE.
Then bar the door and let the water play.

ANSELM.
The bailiff waits upon the other side.

LOTTE.
So let him wait until the turning tide.

THE BAILIFF.
Ho! Ferryman!

ANSELM.
He calls.
"""


def test_a_plays_title_and_cast_entries_are_not_speeches() -> None:
    tree = encode(FERRY, "ferry.txt")
    turns = _turns(tree)
    assert [w for w, _, _ in turns] == ["anselm", "lotte", "anselm", "lotte", "bailiff", "anselm"]
    roles = xp(tree, "//t:castList//t:role/text()")
    assert roles == ["ANSELM", "LOTTE", "A TOLL-KEEPER", "THE BAILIFF"]
    assert xp(tree, "//t:titlePart[@type='main']/text()") == ["THE FERRYMAN."]
    same_words(tree, FERRY)


DRAFT = """ACT I


SCENE I.--A parlour

BRIDGET at the window with ROSE

BRIDGET. The coach is late[,] and the road is bad.

ROSE. It always is.

BRIDGET. Then[;] we wait.

     Enter HUGH

HUGH. [ROSE.?] A fine day; a Coche [Coach] came by an hour ago.

ROSE. Did it?

HUGH. It did. [Aside] She knows it did.
"""


def test_an_editors_brackets_in_a_play_are_not_directions() -> None:
    tree = encode(DRAFT, "draft.txt")
    assert [w for w, _, _ in _turns(tree)] == ["bridget", "rose", "bridget", "hugh", "rose", "hugh"]
    stages = xp(tree, "//t:stage/text()")
    assert "[,]" not in stages and "[;]" not in stages and "[ROSE.?]" not in stages
    assert "[Coach]" not in stages
    assert "[Aside]" in stages and "Enter HUGH" in stages
    same_words(tree, DRAFT)


QUESTIONS = """**Mr. Owen Tarrant (Helmsby) (Con):** Will the Prime Minister say when?

**The Prime Minister:** Soon.

**Mr. Tarrant:** The right hon. Member for Calder Vale (Ms Rook) said the same.

**Hon. Members:** Hear, hear.

**The Prime Minister:** I thank hon. Members.
"""


def test_a_member_in_bold_with_seat_and_party_then_by_surname_is_one_person() -> None:
    tree = encode(QUESTIONS, "questions.md")
    who = [w for w, _, _ in _turns(tree)]
    assert who == ["owen-tarrant", "prime-minister", "owen-tarrant", "members", "prime-minister"]
    # one member of the House is not the House
    refs = xp(tree, "(//t:sp)[3]//t:persName/@ref")
    assert "#members" not in refs
    assert xp(tree, "(//t:sp)[5]//t:persName/@ref") == ["#members"]


def test_a_chinese_records_time_and_place_lines_date_it() -> None:
    text = (
        "时间：2011年3月9日上午\n\n地点：市政府第三会议室\n\n"
        "**Ms. Lin:** The meeting is open.\n\n**Mr. Zhou:** Thank you.\n"
    )
    tree = encode(text, "meeting.md")
    assert xp(tree, "//t:creation/t:date/@when") == ["2011-03-09"]
    assert xp(tree, "//t:creation/t:placeName/text()") == ["市政府第三会议室"]
    assert [w for w, _, _ in _turns(tree)] == ["lin", "zhou"]
    same_words(tree, text)


ORCHARD = """ACT I.

SCENE I.--An orchard.

THRUSH (in a pear tree).
Carol of the Frost.

   Cold is the bough and white the hill,
   And yet the thrush is singing still.

MOLE.
Be quiet, bird.

THRUSH.
I will not.

MOLE.
Then sing again.

THRUSH.
I shall.

MOLE.
Good night.
"""


def test_a_songs_caption_under_the_singer_is_a_direction() -> None:
    tree = encode(ORCHARD, "orchard.txt")
    assert [w for w, _, _ in _turns(tree)] == ["thrush", "mole"] * 3
    first = xp(tree, "(//t:sp)[1]")[0]
    assert xp(first, "t:stage/text()") == ["(in a pear tree).", "Carol of the Frost."]
    assert xp(first, "t:l/text()") == [
        "Cold is the bough and white the hill,",
        "And yet the thrush is singing still.",
    ]


COMPANY = """     CHARACTERS<1>

     SIR ROGER FENWICK     Mr. Hart
     LADY FENWICK          Mrs. Vane
     TAPLOW                Mr. Gill
     MISS PRUE


PROLOGUE SPOKEN BY MR. HART

     Good friends, the lamps are lit, the curtain sways,
     And here begins the silliest of plays.


ACT I

SCENE I.--A drawing-room

SIR ROGER. Where is my hat?

PRUE. Upon your head, sir.

SIR ROGER. So it is.

LADY FENWICK. He never knows.

TAPLOW. Nor ever will.

PRUE. Nor ever shall.
"""


def test_a_cast_list_with_a_note_anchor_and_an_actors_column() -> None:
    tree = encode(COMPANY, "company.txt")
    roles = xp(tree, "//t:castList//t:role/text()")
    assert roles == ["SIR ROGER FENWICK", "LADY FENWICK", "TAPLOW", "MISS PRUE"]
    who = [w for w, _, _ in _turns(tree)]
    assert who == [
        "sir-roger-fenwick",
        "miss-prue",
        "sir-roger-fenwick",
        "lady-fenwick",
        "taplow",
        "miss-prue",
    ]
    assert xp(tree, "//t:div[@type='prologue']/t:head/text()") == ["PROLOGUE SPOKEN BY MR. HART"]


SHEPHERD = """The Project Gutenberg EBook of The Shepherd's Wager, by Tom Wyle

This eBook is for the use of anyone anywhere at no cost and with
almost no restrictions whatsoever.

Title: The Shepherd's Wager

Author: Tom Wyle

*** START OF THIS PROJECT GUTENBERG EBOOK THE SHEPHERD'S WAGER ***

THE SHEPHERD'S WAGER

ACT I.

COLIN. A penny says it rains.

MOPSA. Two say it won't.

COLIN. Done.

MOPSA. Done.
"""


def test_a_library_header_without_its_footer_over_a_short_play() -> None:
    tree = encode(SHEPHERD, "wager.txt")
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["The Shepherd's Wager"]
    assert xp(tree, "//t:titleStmt/t:author/text()") == ["Tom Wyle"]
    assert [w for w, _, _ in _turns(tree)] == ["colin", "mopsa", "colin", "mopsa"]
    text = " ".join(xp(tree, "//t:text//text()"))
    assert "Project Gutenberg" not in text and "no restrictions" not in text


def test_roles_braced_together_share_the_braces_words() -> None:
    text = FERRY.replace("A TOLL-KEEPER.\n", "WAT,     |\nHOB,     | his sons.\n").replace(
        "THE BAILIFF.\nHo! Ferryman!", "HOB.\nHo! Father!"
    )
    tree = encode(text, "ferry2.txt")
    roles = xp(tree, "//t:castList//t:role/text()")
    assert roles == ["ANSELM", "LOTTE", "WAT", "HOB", "THE BAILIFF"]
    sexes = {
        p.get("{http://www.w3.org/XML/1998/namespace}id"): p.get("sex")
        for p in xp(tree, "//t:person")
    }
    assert sexes["wat"] == sexes["hob"] == "MALE"


def test_a_short_italic_play_whose_first_prefix_is_inside_its_italics() -> None:
    text = (
        "_Ned. Read me the bill,_ he says.\n_Kit._ It is long.\n"
        "_Ned._ Read it.\n__Kit._ So be it.\n"
    )
    tree = encode(text, "bill.txt")
    turns = _turns(tree)
    assert [(w, label) for w, label, _ in turns] == [
        ("ned", "_Ned."),
        ("kit", "_Kit._"),
        ("ned", "_Ned._"),
        ("kit", "__Kit._"),
    ]


def test_a_page_head_a_copy_printed_with_another_stop_is_the_same_head() -> None:
    text = LANDTAG.replace(f"{HEAD}\t213", HEAD.replace("Nordmark —", "Nordmark. —") + "\t213")
    tree = encode(text, "landtag2.txt")
    assert xp(tree, "//t:pb/@n") == ["211", "212", "213"]


def test_a_title_alone_is_no_ones_label() -> None:
    text = (
        "     PLAYERS\n\n     MR. FOX              Mr. Dale\n     WREN                 Miss Ash\n\n"
        "MR. FOX. Good evening.\n\nWREN. Good evening, sir.\n\nMR. FOX. Sit down.\n\n"
        "WREN. Thank you.\n"
    )
    tree = encode(text, "players.txt")
    assert [w for w, _, _ in _turns(tree)] == ["fox", "wren", "fox", "wren"]
    same_words(tree, text)


def test_a_plays_opening_entrance_and_verse_that_opens_with_a_stage_word() -> None:
    tree = encode(MILLER, "miller.txt")
    stages = [" ".join("".join(s.itertext()).split()) for s in xp(tree, "//t:stage")]
    assert stages[0] == "_Enter_ BARNABY, _singing._"
    text = MILLER.replace(
        "   Who knocks so late?",
        "   Music and the mill are all my cheer;\n   Who knocks so late?",
    ).replace(
        "_Enter_ DUKE ROLAND _and both_ OSWINS.",
        "_Enter_ DUKE ROLAND, MILLER OSWIN, _and_\n      Countrymen.",
    )
    tree = encode(text, "miller2.txt")
    stages = [" ".join("".join(s.itertext()).split()) for s in xp(tree, "//t:stage")]
    assert not any(s.startswith("Music") for s in stages)
    # the entrance goes on over its next line, a name after its "_and_" (an <lb/> between)
    assert "_Enter_ DUKE ROLAND, MILLER OSWIN, _and_Countrymen." in stages
    assert "Music and the mill are all my cheer;" in _turns(tree)[0][2]


def test_a_nickname_the_introduction_gives_names_the_speaker() -> None:
    text = (
        'Tomas "Tam" Berg and Lena Holm are joined by a guest.\n\n'
        "**Lena Holm**: Tam, where do we start?\n\n**Tomas Berg**: With the news.\n"
    )
    tree = encode(text, "news.md")
    assert xp(tree, "(//t:sp)[1]/t:p/t:persName/@ref") == ["#tomas-berg"]
    assert "Tam" in xp(tree, "//t:person[@xml:id='tomas-berg']/t:persName/text()")
