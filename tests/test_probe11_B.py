"""Parliamentary records as a user has them (probe 11, helper B): the Oireachtas
Official Report as pdftotext gives it (hard-wrapped speech, labels inline, headings
of business between turns) and the Congressional Record's web page. Every
transcript here is invented (other names, other words than the probe's)."""

from __future__ import annotations

from test_exports_and_oral import encode, said, same_words, xp

# A wrapped line of a speech may open with "the" and a party's letters ending a
# sentence ("the SDLP. Next Monday ..."): words of the speech, no label.
WRAPPED_ACRONYM = """Minister for Rural Affairs (Deputy Nora Keegan): I spoke about the harbour
works on Friday with the county manager and with the leader of
the SDLP. Next week's meeting in Sligo will give us the chance to settle the
timetable for the second pier.
Deputy Colm Farrelly: Will the Minister publish the timetable?
Deputy Nora Keegan: I will, as soon as it is agreed.
Deputy Colm Farrelly: I thank the Minister.
"""


def test_a_wrapped_line_opening_with_the_and_letters_is_speech() -> None:
    tree = encode(WRAPPED_ACRONYM, "dail.txt")
    turns = said(tree)
    assert [who for who, _ in turns] == [
        "#nora-keegan",
        "#colm-farrelly",
        "#nora-keegan",
        "#colm-farrelly",
    ]
    assert "the SDLP. Next week's meeting in Sligo" in turns[0][1]
    same_words(tree, WRAPPED_ACRONYM)


def test_an_office_in_capitals_after_the_still_opens_a_turn() -> None:
    text = (
        "  The PRESIDING OFFICER. The Senator from Ohio.\n"
        "  Mr. HALVORSEN. I thank the Chair. I rise to speak on the bill.\n"
        "  The PRESIDING OFFICER. The Senator's time has expired.\n"
        "  Mr. HALVORSEN. I yield the floor.\n"
    )
    tree = encode(text, "crec.txt")
    assert [who for who, _ in said(tree)] == [
        "#presiding-officer",
        "#halvorsen",
        "#presiding-officer",
        "#halvorsen",
    ]


# The record's headings of business between turns: an item's name, a colon and its
# stage ("Order of Business: Motion", "Harbours Bill 2020: Second Stage"), never a
# speaker's label, however short the item's name.
BUSINESS_HEADINGS = """Senator Aoife Brennan: I move: "That the report be adopted."

Question put and agreed to.

Order of Business: Motion

Senator Aoife Brennan: I move that the Leader reply no later than noon.

Question put and agreed to.

Harbours Bill 2020: Second Stage

An Cathaoirleach: I welcome the Minister to the House.

Minister for the Marine (Deputy Ruairí Dolan): I thank the Cathaoirleach. The Bill
sets up a fund for the small harbours.

Senator Pádraig Lyne: I welcome the Minister.

An Cathaoirleach: The Senator has two minutes.

Senator Pádraig Lyne: I will be brief.
"""


def test_an_item_of_business_and_its_stage_is_a_heading() -> None:
    tree = encode(BUSINESS_HEADINGS, "seanad.txt")
    whos = [who for who, _ in said(tree)]
    assert whos == [
        "#aoife-brennan",
        "#aoife-brennan",
        "#an-cathaoirleach",
        "#ruairi-dolan",
        "#padraig-lyne",
        "#an-cathaoirleach",
        "#padraig-lyne",
    ]
    speakers = ["".join(s.itertext()) for s in tree.iter("{*}speaker")]
    assert "Order of Business:" not in speakers
    same_words(tree, BUSINESS_HEADINGS)


def test_a_speaker_whose_words_open_with_a_stage_word_still_speaks() -> None:
    text = BUSINESS_HEADINGS.replace(
        "Senator Pádraig Lyne: I will be brief.",
        "Senator Pádraig Lyne: Statements are not enough.\n\n"
        "Senator Clodagh Ryan: Motion after motion, and nothing done.",
    )
    tree = encode(text, "seanad.txt")
    assert [who for who, _ in said(tree)][-2:] == ["#padraig-lyne", "#clodagh-ryan"]


# The Congressional Record's page as a browser copies it: the chair is "The
# PRESIDING OFFICER", and "Office" (the Government Publishing Office in the head,
# the Office of Management and Budget in a speech) is a word one letter from
# "Officer": an office's word, never a spelling of the chair's name.
RECORD_PAGE = """[Congressional Record Volume 151, Number 12 (Tuesday, February 8, 2005)]
[Senate]
[Page S1204]
From the Congressional Record Online through the Government Publishing Office [www.gpo.gov]

  Mr. LINDQVIST. Mr. President, I have asked the Office of Management and
Budget for the figures twice. I suggest the absence of a quorum.
  The PRESIDING OFFICER. The clerk will call the roll.
  The legislative clerk proceeded to call the roll.
  Mr. OYELARAN. Mr. President, I ask unanimous consent that the order for
the quorum call be rescinded.
  The PRESIDING OFFICER. Without objection, it is so ordered.
"""


def test_office_is_no_spelling_of_the_presiding_officer() -> None:
    tree = encode(RECORD_PAGE, "crec.txt")
    chair = [
        "".join(n.itertext())
        for p in xp(tree, "//t:person[@xml:id='presiding-officer']")
        for n in xp(p, "t:persName")
    ]
    assert chair and "Office" not in chair
    tagged = ["".join(n.itertext()) for n in xp(tree, "//t:text//t:persName")]
    assert "Office" not in tagged
    assert [who for who, _ in said(tree)] == [
        "#lindqvist",
        "#presiding-officer",
        "#oyelaran",
        "#presiding-officer",
    ]


def test_a_surname_one_letter_from_a_spoken_name_is_still_its_spelling() -> None:
    text = (
        "MODERATOR: Welcome. Our guest is Professor Ingeborg Castellanos.\n\n"
        "INGEBORG CASTELLANOS: Thank you. Castellanoz is how my grandmother spelled it.\n\n"
        "MODERATOR: Then welcome, Dr. Castellanos.\n"
    )
    tree = encode(text, "talk.txt")
    names = ["".join(n.itertext()) for n in xp(tree, "//t:person/t:persName")]
    assert "Castellanoz" in names


# The Official Report's print of 2012 as pdftotext gives it: at a page's top, over
# the running heads, the speaker who goes on is named in brackets ("[Deputy Ann
# Roe.]"); the speech below it is still that speaker's.
CONTINUED = (
    "Harbour Works\n"
    "Deputy Orla Kinsella: The harbour at Dunmore has waited eleven years for its\n"
    "second pier. The contractor left the site in March and the council has no\n"
    "money to bring him back. It is also\n"
    "7\n\n"
    "\fHarbour\n\n9 May 2013.\n\nWorks\n\n"
    "[Deputy Orla Kinsella.]\n\n"
    "time the Minister told us when the money will come, because the fishermen\n"
    "cannot wait another winter.\n"
    "An Leas-Cheann Comhairle: Does the Deputy have a question?\n"
    "Deputy Orla Kinsella: When will the money come?\n"
    "Deputy Tomás Breen: I thank the Deputy. The money is in this year's estimates\n"
    "and the works will resume in June. I met the contractor last week and he\n"
    "8\n\n"
    "\fHarbour\n\n9 May 2013.\n\nWorks\n\n"
    "[Deputy Tomás Breen.]\n\n"
    "has agreed to go back to the site as soon as the contract is signed.\n"
    "(Interruptions).\n"
    "Deputy Orla Kinsella: I will hold him to that. The fishermen will hold him to it\n"
    "too, and so will the council when it meets in the\n"
    "9\n\n"
    "\fHarbour\n\n9 May 2013.\n\nWorks\n\n"
    "[Deputy Orla Kinsella.]\n\n"
    "autumn to set its own budget for the coast.\n"
    "An Leas-Cheann Comhairle: We must move on.\n"
)


def test_a_speaker_named_in_brackets_at_a_page_top_goes_on_speaking() -> None:
    tree = encode(CONTINUED, "dail.txt")
    turns = said(tree)
    assert [who for who, _ in turns] == [
        "#orla-kinsella",
        "#an-leas-cheann-comhairle",
        "#orla-kinsella",
        "#tomas-breen",
        "#orla-kinsella",
        "#an-leas-cheann-comhairle",
    ]
    assert turns[0][1].endswith("cannot wait another winter.")
    assert turns[3][1].endswith("as soon as the contract is signed.")
    assert turns[4][1].endswith("to set its own budget for the coast.")
    same_words(tree, CONTINUED)
    # no speech outside the turns
    assert xp(tree, "//t:body/t:p | //t:body/t:div/t:p") == []


def test_a_note_in_brackets_at_a_page_top_leaves_the_proceedings_outside() -> None:
    text = CONTINUED.replace(
        "[Deputy Orla Kinsella.]\n\n"
        "time the Minister told us when the money will come, because the fishermen\n"
        "cannot wait another winter.\n",
        "[Sitting suspended.]\n\nThe sitting was resumed.\n",
    )
    tree = encode(text, "dail.txt")
    assert not said(tree)[0][1].endswith("The sitting was resumed.")
    same_words(tree, text)
