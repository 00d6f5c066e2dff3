"""Cases the coordinator mended in session 17, each beside a text of the same look
that must not be read the new way. All texts written for these tests, in the
layout of a state legislature's hearing as its stenographers type it: a cover,
lists of who was present, then pages of 25 numbered lines, double-spaced, each
label in capitals set in from the margin."""

from __future__ import annotations

from collections import Counter

from test_exports_and_oral import encode, same_words, xp

COVER = """
                      JOINT HEARING ON FERRY SERVICE
                                May 4, 2021

SENATORS PRESENT:
SENATOR ROSA VALDEZ, Chair, Senate Standing Committee on
Ports and Harbors
SENATOR PAUL GRANT

"""
WITNESSES = """WITNESSES:
Jane Ortiz, Interim Director, Harbor Ferry Authority
Tomas Ruiz, Captain, Harbor Ferry Authority

"""
# Labels that wrap inside their office: the colon and the speech on the next line.
SPEECH = [
    "SENATOR ROSA VALDEZ:   Good morning. We",
    "open this hearing on the ferry service and its",
    "schedules.",
    "MS. JANE ORTIZ, INTERIM DIRECTOR, HARBOR",
    "FERRY AUTHORITY:           Thank you, Senator. The",
    "ferries run every half hour.",
    "SENATOR VALDEZ:    Thank you.",
    "MS. ORTIZ:     Every hour at night.",
    "SENATOR PAUL GRANT, CHAIR, SENATE",
    "STANDING COMMITTEE ON PORTS:              Thank you",
    "both. When do the new boats arrive?",
    "MS. ORTIZ:     In the spring, two of them.",
    "SENATOR VALDEZ:    Thank you.",
    # page 3
    "MS. ORTIZ:     They stay the same this",
    "year and the next, as the board decided in March.",
    "MR. TOMAS RUIZ, CAPTAIN, HARBOR FERRY",
    "AUTHORITY:        If I may add, the crews are",
    "ready for the new boats.",
    "SENATOR VALDEZ:    Thank you, Captain.",
    "MR. RUIZ:     Thank you, Senator.",
    "SENATOR GRANT:    One more question on the",
    "docks. Are they ready?",
    "MR. RUIZ:     Two of the three are.",
    "SENATOR GRANT:    And the third?",
    "MR. RUIZ:     It opens in June,",
    "after its repairs.",
    "SENATOR VALDEZ:    Thank you.",
    "SENATOR GRANT:    Nothing more from me.",
    "SENATOR VALDEZ:    Then we are adjourned.",
]
# who says each labelled line above, by reading it: 18 turns
WHO = Counter({"rosa-valdez": 6, "jane-ortiz": 4, "paul-grant": 4, "tomas-ruiz": 4})


def _page(number: int, lines: list[str]) -> str:
    out = ["\f", f"{number:>68}"]
    for n, line in enumerate(lines, 1):
        label = line.split(":")[0].split(",")[0]
        opens = label.isupper() and len(label) > 4 and not label.endswith("AUTHORITY")
        indent = " " * 11 if opens and not line.startswith(("FERRY", "STANDING")) else ""
        out.append(f"{n:>2}      {indent}{line}")
        out.append("")
    return "\n".join(out) + "\n"


def _hearing(front: str, speech: list[str] = SPEECH) -> str:
    return front + _page(2, speech[:13]) + _page(3, speech[13:])


def _who(tree: object) -> Counter[str]:
    return Counter(str(w).lstrip("#") for w in xp(tree, "//t:sp/@who"))  # type: ignore[arg-type]


def _labels(tree: object) -> list[str]:
    return [" ".join("".join(xp(s, ".//text()")).split()) for s in xp(tree, "//t:speaker")]  # type: ignore[arg-type]


def test_a_label_wrapped_inside_its_office_is_one_label() -> None:
    text = _hearing(COVER)
    tree = encode(text, "hearing.txt")
    labels = _labels(tree)
    assert "SENATOR PAUL GRANT, CHAIR, SENATE STANDING COMMITTEE ON PORTS:" in labels
    assert "MS. JANE ORTIZ, INTERIM DIRECTOR, HARBOR FERRY AUTHORITY:" in labels
    # (no "MS." alone, no "STANDING COMMITTEE ON PORTS:" or "AUTHORITY:" as a voice)
    assert not [x for x in labels if x in ("MS.", "AUTHORITY:", "FERRY AUTHORITY:")]
    assert not [x for x in labels if x.startswith("STANDING")]
    assert _who(tree) == WHO
    same_words(tree, text)


def test_the_same_short_turn_said_again_is_no_running_head() -> None:
    # "SENATOR VALDEZ:    Thank you." at lines 7 and 13 of page 2 and 14 of page
    # 3, numbers that grow: turns, never a running head with its page's number
    tree = encode(_hearing(COVER), "hearing.txt")
    thanks = [
        sp for sp in xp(tree, "//t:sp") if "".join(xp(sp, "t:p//text()")).strip() == "Thank you."
    ]
    assert len(thanks) == 3
    assert not xp(tree, "//t:fw[contains(., 'Thank you')]")
    assert sorted(str(n) for n in xp(tree, "//t:pb/@n")) == ["2", "3"]


def test_a_witness_listed_and_named_in_full_answers_to_the_short_label() -> None:
    # the list names "Jane Ortiz"; her first label "MS. JANE ORTIZ, …:", later "MS. ORTIZ:"
    text = _hearing(COVER + WITNESSES)
    tree = encode(text, "hearing.txt")
    assert _who(tree) == WHO
    same_words(tree, text)


def test_the_first_turn_after_a_list_of_witnesses_is_a_turn() -> None:
    # "SENATOR ROSA VALDEZ:   Good morning. We open this hearing …" right after the
    # list: the word "hearing" in it made it an office line of the list before
    tree = encode(_hearing(COVER + WITNESSES), "hearing.txt")
    first = xp(tree, "//t:sp")[0]
    assert first.get("who").endswith("rosa-valdez")
    assert "Good morning" in "".join(xp(first, ".//text()"))


def test_a_list_in_capitals_with_offices_is_no_label() -> None:
    # names in capitals, an office after a comma, no colon below: a list, no speaker
    listed = "SENATOR ROSA VALDEZ, Chair, Senate Standing Committee on\nPorts and Harbors\n"
    in_capitals = "\nSENATOR ROSA VALDEZ, CHAIR, SENATE\n\nSENATOR PAUL GRANT, RANKING MEMBER\n\n"
    front = COVER.replace(listed, in_capitals)
    tree = encode(_hearing(front), "hearing.txt")
    assert _who(tree) == WHO
    assert not [x for x in _labels(tree) if x.startswith("SENATOR ROSA VALDEZ, CHAIR")]


def test_a_question_naming_two_senators_does_not_open_a_label() -> None:
    # "Senator Grant, Senator Okoye?" closing a turn, a label on the next line: a
    # name and an office after a comma, as a wrapped label opens, but a question
    speech = [*SPEECH[:7], "Senator Grant, Senator Okoye?", *SPEECH[7:]]
    text = _hearing(COVER, speech)
    tree = encode(text, "hearing.txt")
    assert not [x for x in _labels(tree) if "?" in x]
    assert _who(tree) == WHO
    same_words(tree, text)


def test_a_name_in_capitals_closed_with_a_stop_still_labels() -> None:
    # near miss of the title rule: "ORTIZ." alone is a label in this style; "MS." is a title
    text = (
        "ROE.  Good morning, all.\n\nORTIZ.  Good morning.\n\nROE.  Shall we?\n\n"
        "ORTIZ.  We shall.\n"
    )
    tree = encode(text, "minutes.txt")
    assert _labels(tree) == ["ROE.", "ORTIZ.", "ROE.", "ORTIZ."]


# A cover as the stenographer numbers it: the committees joined by "AND" on lines
# of their own, then who presides and who is present.
NUMBERED_COVER = """
       1      JOINT HEARING BEFORE
              THE SENATE STANDING COMMITTEE ON PORTS,
       2      AND
              THE SENATE STANDING COMMITTEE ON TRANSPORT,
       3      AND
              THE ASSEMBLY COMMITTEE ON FERRIES
       4      -----------------------------------------------
       5                   PUBLIC HEARING ON FERRY SERVICE
       6      -----------------------------------------------
       7                       Harbor Town Hall
                               May 4, 2021
       8
              PRESIDING:
       9         Senator Rosa Valdez
      10         Senate Committee on Ports
      11
      12      SENATE MEMBERS PRESENT:
      13         Senator Paul Grant
      14
"""


def test_and_alone_between_committees_is_no_call_sign() -> None:
    text = _hearing(NUMBERED_COVER)
    tree = encode(text, "hearing.txt")
    assert not [x for x in _labels(tree) if x.strip(":") in ("AND", "SENATE MEMBERS PRESENT")]
    assert _who(tree) == WHO
    same_words(tree, text)


def test_a_code_alone_over_its_words_is_still_a_call_sign() -> None:
    # near miss: a voice log's codes alone on their lines, the transmission below
    text = (
        "Tape 4\n\nCDR\nRoger, we copy.\n\nCC\nGo ahead, Seven.\n\n"
        "CDR\nAll clear here.\n\nCC\nCopy that.\n"
    )
    tree = encode(text, "log.txt")
    assert _labels(tree) == ["CDR", "CC", "CDR", "CC"]


def _set_in(line: str) -> str:
    """A line the page sets in as a label is (a paragraph of a turn set so)."""
    return " " * 11 + line


# Testimony with long answers: most lines are the text's, at the margin.
TESTIMONY = [
    "SENATOR ROSA VALDEZ:   Good morning. Director,",
    "please tell us who runs the ferries and how",
    "often they sail.",
    "MS. JANE ORTIZ:    Thank you, Senator. The",
    "ferries are run by the harbor authority, the",
    "HFA.   And the boats sail every half hour from",
    "six in the morning until nine at night, on",
    "weekdays and on Saturdays, all year round, and",
    "every hour on Sundays and on public holidays.",
    "SENATOR VALDEZ:    And who sets the fares?",
    "MS. ORTIZ:     The fares are set each year by",
    "the board of the authority, which we call the",
    "HFA.   They stay the same this year and the",
    "next, as the board decided in March, and the",
    "passes for students stay free of charge, as",
    "they have been since the service began.",
    "SENATOR PAUL GRANT:    Thank you. When do the",
    "new boats arrive, and how many will there be?",
    "MS. ORTIZ:     Two boats arrive in the spring,",
    "and a third one in the autumn, if the yard",
    "keeps to its schedule, which it has so far.",
    "SENATOR VALDEZ:    Then we are adjourned.",
]


def test_a_sentences_last_word_at_the_margin_is_no_label() -> None:
    # "… the harbor authority, the" / "HFA.   And the boats …": the typist's two
    # spaces after a stop; the labels of this record stand set in, the text at the
    # margin (the word said so twice: no label said once, and no label at all)
    text = _hearing(COVER, TESTIMONY)
    tree = encode(text, "hearing.txt")
    assert "HFA." not in _labels(tree)
    assert _who(tree) == Counter({"rosa-valdez": 3, "jane-ortiz": 3, "paul-grant": 1})
    same_words(tree, text)


def test_a_name_at_the_margin_after_a_finished_sentence_still_labels() -> None:
    # near miss: where labels stand at the text's margin, "ORTIZ.  …" after a
    # sentence's end opens a turn as before
    text = (
        "  1   ROE.  The ferry runs at noon and at\n  2   night.\n"
        "  3   ORTIZ.  Only on weekdays.\n  4   ROE.  And on Sundays?\n"
        "  5   ORTIZ.  Not on Sundays.\n"
    )
    assert _labels(encode(text, "minutes.txt")) == ["ROE.", "ORTIZ.", "ROE.", "ORTIZ."]


def test_the_chair_calling_the_next_speaker_is_no_turn() -> None:
    # "Senator Grant." (twice) and "So, Senator, please go ahead." set in as labels
    # are, each over the label of the one called: the chair's words
    speech = list(SPEECH)
    speech[23:23] = [_set_in("Senator Grant.")]
    speech[20:20] = [_set_in("Senator Grant.")]
    speech[8:8] = [_set_in("So, Senator, please go ahead.")]
    text = _hearing(COVER, speech)
    tree = encode(text, "hearing.txt")
    labels = _labels(tree)
    assert not [x for x in labels if x.startswith(("Senator Grant", "So"))]
    assert _who(tree) == WHO
    said = " ".join(" ".join("".join(p.itertext()).split()) for p in xp(tree, "//t:sp/t:p"))
    assert said.count("Senator Grant.") == 2 and "So, Senator, please go ahead." in said
    same_words(tree, text)


# A floor session as a legislature's stenographer types it, copied from the PDF
# without form feeds: each page's number alone at the right, 25 numbered lines,
# and where a line ran over the right edge its last word on a line with no number
# ("~" below marks such a line).
def _floor_page(number: int, lines: list[str]) -> str:
    out = [f"{number:>60}"]
    n = 0
    for line in lines:
        if line.startswith("~"):
            out.append(line[1:])
            continue
        n += 1
        out.append(f"{n:>9}        {line}")
    return "\n".join(out) + "\n"


BILL = [
    "             THE SECRETARY:  Calendar Number",
    "41, by Senator Marsh, Senate Print 210, an",
    "~act",
    "to amend the Harbor Law.",
    "             THE PRESIDENT:  Read the last",
    "section.",
    "             (The Secretary called the roll.)",
]
FLOOR_PAGES = [
    [
        "             THE PRESIDENT:  The Senate will",
        "come to order.  The Secretary will read.",
        *BILL,
        "             THE SECRETARY:  Ayes 40.",
        "             THE PRESIDENT:  The bill is passed.",
        "             SENATOR OKAFOR:  Mr. President,",
        "~I",
        "ask that the next bill be laid aside.",
        "             THE PRESIDENT:  The bill is laid",
        "aside.",
        *BILL,
        "             THE SECRETARY:  Ayes 41.",
        "             THE PRESIDENT:  The bill is passed.",
        "             SENATOR MARSH:  Mr. President,",
        "~I",
        "move the last bill.",
        "             THE SECRETARY:  Ayes 40.",
    ],
    [
        "             THE PRESIDENT:  The bill is passed.",
        "             SENATOR OKAFOR:  Mr. President, may",
        "~I",
        "ask a question of the sponsor?",
        "             THE PRESIDENT:  Senator Marsh?",
        "             SENATOR MARSH:  Yes.",
        "             SENATOR OKAFOR:  When does the act",
        "take effect?",
        "             SENATOR MARSH:  In June.",
        *BILL,
        "             THE SECRETARY:  Ayes 42.",
        "             THE PRESIDENT:  The bill is passed.",
        "             THE PRESIDENT:  The Secretary will",
        "read.",
        "             THE SECRETARY:  Calendar Number",
        "50, by Senator Okafor, Senate Print 512, an",
        "~act",
        "to amend the Harbor Law.",
        "             THE PRESIDENT:  Read the last",
        "section.",
        "             (The Secretary called the roll.)",
        "             THE SECRETARY:  Ayes 40.",
    ],
    [
        "             THE PRESIDENT:  The bill is passed.",
        "             The Senate stands adjourned.",
    ],
]
# by reading: page 1 has 13 turns in its 25 numbered lines, the last "THE
# SECRETARY:  Ayes 40."; page 2 has 14 in 25, the same last line; page 3 has 1
FLOOR_TURNS = 28


def test_a_wrapped_word_without_a_number_is_no_page_foot() -> None:
    text = "".join(_floor_page(n, p) for n, p in enumerate(FLOOR_PAGES, 1508))
    tree = encode(text, "floor.txt")
    furniture = [" ".join("".join(f.itertext()).split()) for f in xp(tree, "//t:fw")]
    assert not [f for f in furniture if f in ("act", "I")]
    said = " ".join(" ".join("".join(p.itertext()).split()) for p in xp(tree, "//t:sp/t:p"))
    assert "Senate Print 210, an act to amend the Harbor Law." in said
    assert "Mr. President, I move the last bill." in said
    same_words(tree, text)


def test_a_turn_on_a_pages_last_line_is_no_running_head() -> None:
    # "25   THE SECRETARY:  Ayes 40." over the next page's number, on two pages
    text = "".join(_floor_page(n, p) for n, p in enumerate(FLOOR_PAGES, 1508))
    tree = encode(text, "floor.txt")
    assert len(xp(tree, "//t:sp")) == FLOOR_TURNS
    assert not xp(tree, "//t:fw[contains(., 'SECRETARY')]")
    assert sorted(str(n) for n in xp(tree, "//t:pb/@n")) == ["1508", "1509", "1510"]


PLAY = """THE LANTERN

DRAMATIS PERSONAE

  ODA, a lamplighter.
  PIM, her brother.

ACT I.

SCENE I. A street.

  ODA. The lamps are lit; the street is ours tonight.
  PIM. Then let us walk it till the morning light.

SCENE II. A stair.

  ODA. Climb softly, brother; all the house is sleeping.
  PIM. I climb as softly as the cat is creeping.

ACT II.

SCENE I. The roof.

  ODA. Here is the last lamp, and the town below.
  PIM. Then light it, sister, and let us go.

EPILOGUE

  ODA. Good night to all; our little lamp is out.
"""


def test_an_epilogue_after_the_last_scene_is_no_part_of_the_act() -> None:
    # CI caught it (session 17): in an act of one scene, the scene still open (its
    # words not yet the act's) made the act look empty, the epilogue its first part
    tree = encode(PLAY, "lantern.txt")
    epilogue = xp(tree, "//t:body/t:div[@type='epilogue']")
    assert len(epilogue) == 1
    assert not xp(tree, "//t:div[@type='act']//t:div[@type='epilogue']")
    assert len(xp(tree, "//t:div[@type='act']/t:div[@type='scene']")) == 3
    same_words(tree, PLAY)
