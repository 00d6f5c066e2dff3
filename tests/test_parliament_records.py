"""Parliamentary records as their house styles write them: Hansard's members
and offices, the US Congress's chair, column markers, headings between
speeches, agenda fields and collective interjections. Small transcripts
written for these tests (invented names); every expectation was written by
reading the transcript above it.
"""

from __future__ import annotations

from test_exports_and_oral import encode, said, xp

from encoder.plaintext import tei_to_text


def labels(tree: object) -> list[str]:
    return [" ".join("".join(s.itertext()).split()) for s in xp(tree, "//t:sp/t:speaker")]


# -- M9: members who speak once, and labels without a space after the colon --

ONCE_ONLY = """Mrs Hilda Quarry (Eastwick and Moor) (Con): Will the Minister act?

Madam Deputy Speaker (Dame Nora Pike): Order, order.

Gareth Llewelyn (Carmarthen, North) (PC): The valley has waited long enough.

Mr Rory McAllister (Fenland) (LD): I agree with him.
"""


def test_a_member_with_seat_and_party_is_a_speaker_said_once() -> None:
    tree = encode(ONCE_ONLY, "once.txt")
    assert said(tree) == [
        ("#hilda-quarry", "Will the Minister act?"),
        ("#nora-pike", "Order, order."),
        ("#gareth-llewelyn", "The valley has waited long enough."),
        ("#rory-mcallister", "I agree with him."),
    ]
    assert labels(tree)[2] == "Gareth Llewelyn (Carmarthen, North) (PC):"


def test_a_label_without_a_space_after_its_colon() -> None:
    text = (
        "Ms Petra Lund (Hexley) (Lab):I beg to move,\n\n"
        "That this House notes the report.\n\n"
        "Mr Speaker (Mr Alan Grey):Order.\n\n"
        "Ms Lund:Thank you, Mr Speaker.\n"
    )
    tree = encode(text, "tight.txt")
    assert said(tree) == [
        ("#petra-lund", "I beg to move, That this House notes the report."),
        ("#alan-grey", "Order."),
        ("#petra-lund", "Thank you, Mr Speaker."),
    ]
    # the round trip writes one space after each label
    assert tei_to_text(tree).split() == text.replace(":", ": ").split()


def test_a_colon_without_a_space_in_a_sentence_is_no_label() -> None:
    text = (
        "Mr Ivo Hart (Selby) (Con): Two points.\n\n"
        "Budget:The figures are in Table Four (Annex):Part Two.\n\n"
        "Mr Hart: That is all.\n"
    )
    tree = encode(text, "sentence.txt")
    assert [who for who, _ in said(tree)] == ["#ivo-hart", "#ivo-hart"]
    assert said(tree)[0][1] == "Two points. Budget:The figures are in Table Four (Annex):Part Two."


# -- M12: an office whose holder is named without a title --

OFFICE_HOLDERS = """Mr Colm Varley (Dunmere) (Lab): What of the ferry?

The Minister of State for Coastal Affairs (Yusuf Oyelaran): It sails in May.

Mr Varley: And the pier?

The Parliamentary Secretary to the Treasury and Chief Whip (Kelly Ashdown): Order.

The Leader of the House of Commons (Sir Basil Thorne): Next week's business.
"""


def test_an_office_and_its_untitled_holder_label_a_turn() -> None:
    tree = encode(OFFICE_HOLDERS, "offices.txt")
    assert said(tree) == [
        ("#colm-varley", "What of the ferry?"),
        ("#yusuf-oyelaran", "It sails in May."),
        ("#colm-varley", "And the pier?"),
        ("#kelly-ashdown", "Order."),
        ("#basil-thorne", "Next week's business."),
    ]
    # the office stays in the label, the holder's name in it too, nothing a stage
    assert labels(tree)[3] == (
        "The Parliamentary Secretary to the Treasury and Chief Whip (Kelly Ashdown):"
    )
    assert xp(tree, "//t:sp/t:stage") == []


def test_a_name_in_brackets_after_no_office_is_not_a_holder() -> None:
    text = (
        "Mr Colm Varley (Dunmere) (Lab): Two things.\n\n"
        "The Harbour Gazette (Anna Lowe): a column I quote.\n\n"
        "Mr Varley: That is all.\n"
    )
    tree = encode(text, "gazette.txt")
    # whatever the line is, "Anna Lowe" holds no office there: she is no speaker
    assert "#anna-lowe" not in [who for who, _ in said(tree)]


# -- M11: a seat whose name looks like a verb is the seat, never a stage --

SEATS = """Ms Orla Finn (Tring) (Con): Will he visit Tring?

The Minister for Rail (Ms Jo Abbey): Gladly.

Mr Dev Mistry (Barking and Dagenham) (Lab): And us?

Ms Abbey: Also.

Mr Ian Sole (Worthing West) (Con): And the coast?

Ms Abbey (Laughing): Everyone.
"""


def test_a_seat_ending_in_ing_stays_in_the_label_in_order() -> None:
    tree = encode(SEATS, "seats.txt")
    assert [who for who, _ in said(tree)] == [
        "#orla-finn",
        "#jo-abbey",
        "#dev-mistry",
        "#jo-abbey",
        "#ian-sole",
        "#jo-abbey",
    ]
    assert labels(tree)[0] == "Ms Orla Finn (Tring) (Con):"
    assert labels(tree)[2] == "Mr Dev Mistry (Barking and Dagenham) (Lab):"
    assert labels(tree)[4] == "Mr Ian Sole (Worthing West) (Con):"
    # a real note on delivery is still one
    assert xp(tree, "//t:sp/t:stage/text()") == ["(Laughing):"]
    # the round trip gives every label back in its order
    assert tei_to_text(tree).split() == SEATS.split()


# -- M4: the US chair "pro tempore" --

PRO_TEMPORE = """  The PRESIDENT pro tempore. The Senate will come to order.
  Mr. QUILLAN. Mr. President, I suggest the absence of a quorum.
  The PRESIDENT pro tempore. The clerk will call the roll.
  Mr. QUILLAN. I ask that the order be rescinded.
  The ACTING PRESIDENT pro tempore. Without objection, it is so ordered.
  Ms. BRACKETT. I thank the Chair.
  The SPEAKER pro tempore (Mr. VOSS). The gentlewoman's time has expired.
"""


def test_the_chair_pro_tempore_labels_a_turn() -> None:
    tree = encode(PRO_TEMPORE, "record.txt")
    assert said(tree) == [
        ("#president-pro-tempore", "The Senate will come to order."),
        ("#quillan", "Mr. President, I suggest the absence of a quorum."),
        ("#president-pro-tempore", "The clerk will call the roll."),
        ("#quillan", "I ask that the order be rescinded."),
        ("#acting-president-pro-tempore", "Without objection, it is so ordered."),
        ("#brackett", "I thank the Chair."),
        ("#voss", "The gentlewoman's time has expired."),
    ]
    assert labels(tree)[4] == "The ACTING PRESIDENT pro tempore."
    # the office is the person's name, not "pro tempore" with its office cut off
    names = xp(tree, "//t:person[@xml:id='president-pro-tempore']/t:persName/text()")
    assert "President pro tempore" in names
    assert labels(tree)[6] == "The SPEAKER pro tempore (Mr. VOSS)."


# -- M2: Hansard's column headings, even one or two --

COLUMNS = """Mr Saul Ferrar (Holt Vale) (Con): Will the Minister say when the new line will

3 March 2016 : Column 1204

open to passengers, and at what fare?

The Minister for Rail (Ms Jo Abbey): In the spring.

Mr Ferrar: Thank you.

2 March 2016 : Column 1190WH

Ms Abbey: Not at all.
"""


def test_one_or_two_column_headings_are_breaks_in_the_speech() -> None:
    tree = encode(COLUMNS, "columns.txt")
    assert [who for who, _ in said(tree)] == [
        "#saul-ferrar",
        "#jo-abbey",
        "#saul-ferrar",
        "#jo-abbey",
    ]
    first = xp(tree, "//t:sp")[0]
    # the column begins inside Mr Ferrar's question; the question stays his
    assert xp(first, ".//t:pb/@n") == ["1204"]
    assert xp(first, ".//t:fw[@type='header']/text()") == ["3 March 2016 : Column 1204"]
    assert xp(tree, "//t:pb/@n") == ["1204", "1190WH"]
    # no heading is spoken: nothing of it in a paragraph's own text
    spoken = [" ".join(t.split()) for t in xp(tree, "//t:sp/t:p/text()")]
    assert not any("Column" in t for t in spoken)
    assert tei_to_text(tree).split() == COLUMNS.split()


def test_a_column_heading_inside_a_sentence_is_words() -> None:
    text = (
        "Mr Saul Ferrar (Holt Vale) (Con): See the report, 3 March 2016 : Column 1204\n\n"
        "Ms Jo Abbey (Barford) (Lab): I have.\n"
    )
    tree = encode(text, "inline.txt")
    assert xp(tree, "//t:pb") == []
    assert said(tree)[0][1] == "See the report, 3 March 2016 : Column 1204"


# -- M3: headings between speeches --

HEADINGS = """Mr Saul Ferrar (Holt Vale) (Con): I welcome the statement.

The Minister for Rail (Ms Jo Abbey): I thank him.

Rural Bus Services and Fares

4. Ms Wren Achterberg (Dunmoor) (LD): What is being done for rural buses?

Ms Abbey: A great deal.

Ms Achterberg: Not enough

Thank You

Ms Abbey: We differ.
"""


def test_a_title_line_between_speeches_is_a_heading() -> None:
    tree = encode(HEADINGS, "headings.txt")
    assert [who for who, _ in said(tree)] == [
        "#saul-ferrar",
        "#jo-abbey",
        "#wren-achterberg",
        "#jo-abbey",
        "#wren-achterberg",
        "#jo-abbey",
    ]
    assert xp(tree, "//t:head/text()") == ["Rural Bus Services and Fares"]
    assert said(tree)[1][1] == "I thank him."
    # after a speech that has not ended a sentence, the line is still the speech
    assert said(tree)[4][1] == "Not enough Thank You"
    assert tei_to_text(tree).split() == HEADINGS.split()


def test_a_centred_title_line_in_a_printed_record_is_a_heading() -> None:
    text = (
        "  Mr. QUILLAN. Mr. President, I yield the floor.\n"
        "\n"
        "                             Transit Appropriations\n"
        "\n"
        "  The motion was read as follows:\n"
        "\n"
        "                             Motion to Proceed\n"
        "\n"
        "       We move to proceed to the bill.\n"
        "  Ms. BRACKETT. I object.\n"
    )
    tree = encode(text, "centred.txt")
    assert xp(tree, "//t:head/text()") == ["Transit Appropriations", "Motion to Proceed"]
    assert [who for who, _ in said(tree)] == ["#quillan", "#brackett"]
    assert said(tree)[0][1] == "Mr. President, I yield the floor."


# -- M10: an agenda field over names is no speaker --

AGENDA = """  Vizepräsident Dr. Anton Reisacher:
  Ich rufe die Punkte 12 a und 12 b auf:
a)\tBeratung des Antrags der Fraktion zur Wasserversorgung
- Drucksache 20/4410 -
Berichterstattung:
Abgeordnete Dr. Henrike Mast
Ole Brandstätter (Lübeck)
b)\tBeratung des Berichts des Ausschusses für Umwelt
- Drucksache 20/4411 -
Berichterstattung:
Abgeordneter Timo Rauch
Dr. Ida Schellenberg (Passau)
  Ich eröffne die Aussprache. Das Wort hat die Kollegin Mast.
  Dr. Henrike Mast (CDU/CSU):
  Herr Präsident! Liebe Kolleginnen und Kollegen!
  Vizepräsident Dr. Anton Reisacher:
  Danke.
"""


def test_an_agenda_field_over_names_is_no_speaker() -> None:
    tree = encode(AGENDA, "agenda.txt")
    turns = said(tree)
    assert [who for who, _ in turns] == ["#anton-reisacher", "#henrike-mast", "#anton-reisacher"]
    # the field and its names, and the words after them, stay in the chair's turn
    assert "Berichterstattung: Abgeordnete Dr. Henrike Mast" in turns[0][1]
    assert turns[0][1].endswith("Ich eröffne die Aussprache. Das Wort hat die Kollegin Mast.")
    assert "#berichterstattung" not in {who for who, _ in turns}
    assert tei_to_text(tree).split() == AGENDA.split()


# -- M6: what the House calls out, in brackets inside a speech --

CALLED_OUT = """Ms Petra Lund (Hexley) (Lab): I thank him. [Hon. Members: “Hear, hear.”] It is fine.

Mr Speaker (Mr Alan Grey): Order. [An hon. Member: “Shame!”] Order.

Ms Lund: The council [sic] agreed [with us].
"""


def test_an_interjection_of_the_house_is_a_stage_not_supplied_words() -> None:
    tree = encode(CALLED_OUT, "called.txt")
    assert [who for who, _ in said(tree)] == ["#petra-lund", "#alan-grey", "#petra-lund"]
    stages = xp(tree, "//t:sp/t:p/t:stage[@type='narration']/text()")
    assert stages == ["[Hon. Members: “Hear, hear.”]", "[An hon. Member: “Shame!”]"]
    # the interjection stands inside the speech, which goes on after it
    first = xp(tree, "//t:sp")[0]
    assert xp(first, "t:p/t:stage/following-sibling::text()") == [" It is fine."]
    # brackets that are no interjection keep their reading
    assert xp(tree, "//t:supplied/text()") == ["with us"]
    assert "Hear" not in " ".join(xp(tree, "//t:supplied//text()"))
    assert tei_to_text(tree).split() == CALLED_OUT.split()


def test_a_named_member_in_brackets_is_not_an_interjection_of_the_house() -> None:
    text = (
        "Ms Petra Lund (Hexley) (Lab): As [Mr Grey: the Speaker] said.\n\n"
        "Mr Grey (Tilby) (Con): Yes.\n"
    )
    tree = encode(text, "named.txt")
    assert xp(tree, "//t:stage[@type='narration']") == []


# -- M1/M6: a record's head in brackets, as its publisher prints it --

GPO_HEAD = """[Congressional Record Volume 172, Number 40 (Wednesday, March 4, 2026)]
[Senate]
[Pages S1201-S1203]
From the Congressional Record Online through the Government Publishing Office [www.gpo.gov]

  The PRESIDING OFFICER. The Senator from Vermont.
  Mr. QUILLAN. Mr. President, the bill [H.R. 12] is before us.
  The PRESIDING OFFICER. The Senator's time has expired.
"""


def test_a_record_head_in_brackets_dates_and_titles_it_and_is_no_editor_s_words() -> None:
    tree = encode(GPO_HEAD, "record.txt")
    assert xp(tree, "//t:titleStmt/t:title/text()") == [
        "Congressional Record Volume 172, Number 40 (Wednesday, March 4, 2026)"
    ]
    assert xp(tree, "//t:profileDesc/t:creation/t:date/@when") == ["2026-03-04"]
    # the head's brackets are the publisher's: nothing there is supplied
    supplied = xp(tree, "//t:supplied/text()")
    assert supplied == ["H.R. 12"]  # inside a speech, brackets keep their reading
    assert "[www.gpo.gov]" in " ".join(xp(tree, "//t:text//t:p/text()"))
    assert [who for who, _ in said(tree)] == [
        "#presiding-officer",
        "#quillan",
        "#presiding-officer",
    ]
    assert tei_to_text(tree).split() == GPO_HEAD.split()


def test_brackets_in_a_sentence_of_the_front_matter_are_still_supplied() -> None:
    text = (
        "Memorandum of the Harbour Board\n\n"
        "Kelham, [undated] meeting of the board\n\n"
        "Ms Ida Vey (Kelham) (Ind): We begin.\n"
    )
    tree = encode(text, "memo.txt")
    assert xp(tree, "//t:supplied/text()") == ["undated"]


# -- M1: a sitting's head titles and dates it --

SITTING = """112. Sitzung
Bonn, Donnerstag, den 7. März 1996

  Präsidentin Dr. Greta Vollmer:
  Die Sitzung ist eröffnet.
  Jens Halvorsen (SPD):
  Frau Präsidentin!
  Präsidentin Dr. Greta Vollmer:
  Bitte sehr.
  Jens Halvorsen (SPD):
  Danke.
"""


def test_a_numbered_sitting_and_its_place_and_day_head_the_record() -> None:
    tree = encode(SITTING, "sitzung.txt")
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["112. Sitzung"]
    assert xp(tree, "//t:front/t:dateline/t:date/@when") == ["1996-03-07"]
    assert xp(tree, "//t:front/t:dateline/t:placeName/text()") == ["Bonn"]
    assert [who for who, _ in said(tree)] == ["#greta-vollmer", "#jens-halvorsen"] * 2


def test_a_web_page_s_navigation_above_a_report_is_no_title() -> None:
    text = (
        "Previous Section\nIndex\nHome Page\n\n"
        "House of Lords\nWednesday 4 March 2026\n\n"
        "Baroness Quint (Con): My Lords, I beg to move.\n\n"
        "Lord Ebury (LD): My Lords, I support the motion.\n"
    )
    tree = encode(text, "lords.txt")
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["House of Lords"]
    assert xp(tree, "//t:notesStmt/t:note[@type='boilerplate']/text()") == [
        "Previous Section",
        "Index",
        "Home Page",
    ]


# -- M5: a printed record's paragraphs: first lines set in, quotations set further --

PRINTED = """  Mr. QUILLAN. Mr. President, I rise to speak about the ferry that serves
the islands of my State. It has not sailed since the storm of last
winter.
  The first point is the cost, which has doubled since the storm.
  The second point is the timetable. The board wrote to me:

       The ferry will sail again when the new pier is built, and not
     before; the board regrets the delay.

  I ask unanimous consent to print the letter in the Record.
  The PRESIDING OFFICER. Without objection, it is so ordered.
  The legislative clerk proceeded to call the roll.
  Ms. BRACKETT. I thank the Chair and the clerk for their patience.
"""


def test_printed_paragraphs_begin_set_in_and_a_quotation_is_one_paragraph() -> None:
    tree = encode(PRINTED, "printed.txt")
    assert [who for who, _ in said(tree)] == ["#quillan", "#presiding-officer", "#brackett"]
    first = [" ".join("".join(p.itertext()).split()) for p in xp(tree, "//t:sp[1]/t:p")]
    assert first == [
        "Mr. President, I rise to speak about the ferry that serves the islands of my State. "
        "It has not sailed since the storm of last winter.",
        "The first point is the cost, which has doubled since the storm.",
        "The second point is the timetable. The board wrote to me:",
        "The ferry will sail again when the new pier is built, and not before; "
        "the board regrets the delay.",
        "I ask unanimous consent to print the letter in the Record.",
    ]
    # the clerk's business is narration between the turns, nobody's speech
    assert xp(tree, "//t:div/t:stage[@type='narration']/text()") == [
        "The legislative clerk proceeded to call the roll."
    ]
    assert said(tree)[1][1] == "Without objection, it is so ordered."


def test_a_hanging_indent_is_not_a_paragraph_s_first_line() -> None:
    text = (
        "Mr. QUILLAN. Mr. President, I rise to speak about the ferry that serves\n"
        "  the islands of my State. It has not sailed since the storm of last\n"
        "  winter, and the people of the islands have waited long enough now.\n"
        "Ms. BRACKETT. I thank the Senator for his patience with the board here.\n"
        "Mr. QUILLAN. I yield the floor.\n"
    )
    tree = encode(text, "hanging.txt")
    assert [len(xp(sp, "t:p")) for sp in xp(tree, "//t:sp")] == [1, 1, 1]


def test_a_line_over_a_time_of_day_before_a_label_is_a_heading() -> None:
    text = (
        "Mr Saul Ferrar (Holt Vale) (Con): I welcome the statement.\n\n"
        "Madam Deputy Speaker (Dame Nora Pike): Order. We come to the next debate.\n\n"
        "Coastal erosion in the east\n"
        "4.17 pm\n\n"
        "Ms Jo Abbey (Barford) (Lab): Thank you, Madam Deputy Speaker.\n\n"
        "Mr Ferrar: Hear, hear.\n"
    )
    tree = encode(text, "timed.txt")
    assert xp(tree, "//t:head/text()") == ["Coastal erosion in the east"]
    assert said(tree)[1] == ("#nora-pike", "Order. We come to the next debate.")
    assert [who for who, _ in said(tree)][2:] == ["#jo-abbey", "#saul-ferrar"]


def test_a_word_in_brackets_after_a_number_qualifies_it_and_is_no_stage() -> None:
    text = (
        "  Präsident Dr. Ole Brandt:\n"
        "  Ich rufe die Drucksache 19/4410 (neu) auf. Er sagte (lachend): Gut.\n"
        "  Lea Runge (SPD):\n  Danke.\n"
        "  Präsident Dr. Ole Brandt:\n  Bitte.\n"
        "  Lea Runge (SPD):\n  Ja.\n"
    )
    tree = encode(text, "neu.txt")
    assert xp(tree, "//t:sp[1]//t:stage/text()") == ["(lachend)"]
    assert "19/4410 (neu) auf." in said(tree)[0][1]


# -- a verbatim record's roster: the chair and members over dot leaders --

ROSTER = """Assembly of Delegates
Thirty-first session
412th meeting
Tuesday, 4 November 2025, 3 p.m.

President:     Ms. Laine . . . . . . . . . . . . . . . . (Finland)

Members:       Chile . . . . . . . . . . . . . . . . . . Mr. Barros
               Ghana . . . . . . . . . . . . . . . . . . Ms. Mensah

Agenda

Housing for displaced persons

The President: I call on the representative of Chile.

Mr. Barros (Chile): Thank you, Madam President.

The President: I thank him. The meeting is adjourned.
"""


def test_a_roster_over_dot_leaders_is_no_turn_and_its_agenda_no_person() -> None:
    tree = encode(ROSTER, "roster.txt")
    assert labels(tree) == ["The President:", "Mr. Barros (Chile):", "The President:"]
    persons = xp(tree, "//t:listPerson//t:person/@xml:id")
    assert "agenda" not in persons and "members" not in persons
    assert tei_to_text(tree).split() == ROSTER.split()


def test_members_saying_aye_are_still_a_turn() -> None:
    text = "CHAIR ROE: All in favour?\n\nMEMBERS: Aye.\n\nCHAIR ROE: The motion carries.\n"
    assert labels(encode(text, "vote.txt")) == ["CHAIR ROE:", "MEMBERS:", "CHAIR ROE:"]
