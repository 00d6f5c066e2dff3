"""Plays, screenplays and logs probe 8 (helper D) found misread: a French play whose
directions after the speaker's name are in capitals, a screenplay cue naming a group
by numbers, a cast list of names alone. Every transcript here is invented in the
house style of a real one (/work/probe8/D/SOURCES.md)."""

from __future__ import annotations

from test_exports_and_oral import encode, same_words, xp

from encoder.reader.drama import capital_direction, split_cast_line, split_prefix


def _turns(tree: object) -> list[tuple[str, str, str]]:
    """(who, label, delivery) for every turn."""
    out = []
    for sp in xp(tree, "//t:sp"):  # type: ignore[arg-type]
        label = " ".join("".join(xp(sp, "t:speaker//text()")).split())
        stage = " ".join("".join(xp(sp, "t:stage[1]//text()")).split())
        out.append((sp.get("who").lstrip("#"), label, stage))
    return out


# A Markdown copy of a French verse comedy: names alone, set in four spaces, with
# accented capitals; the direction after a comma in capitals too.
FRENCH_CAPITALS = """## SCÈNE II
Valère, Lucile, Gros-René.


    VALÈRE
Vous voilà donc enfin, après tant de détours ?|
Je vous cherche partout depuis le jour levé.|

    LUCILE, À GROS-RENÉ, TOUT BAS.
Dis-lui que je m'en vais.|

    GROS-RENÉ, À VALÈRE.
        Elle s'en va, monsieur.|

    VALÈRE, LA RETENANT.
Demeurez, je vous prie, et voyez ma douleur.|

    LUCILE
Je n'ai rien à vous dire.|

    VALÈRE, À LUCILE..
        Un mot, un seul, de grâce.|

    GROS-RENÉ
Monsieur, le temps nous presse, et l'on vient nous chercher.|

    LUCILE, SE RETOURNANT.
Que voulez-vous encor ?|

    VALÈRE
        Que vous m'écoutiez.|

    GROS-RENÉ, À PART.
Voilà bien des façons pour un mot de pardon.|
""".replace("|\n", "  \n")  # verse lines end in two spaces (Markdown breaks)


def test_a_direction_in_capitals_after_the_name_and_comma_is_the_speakers_delivery() -> None:
    tree = encode(FRENCH_CAPITALS)
    turns = _turns(tree)
    assert [who for who, _, _ in turns] == [
        "valere",
        "lucile",
        "gros-rene",
        "valere",
        "lucile",
        "valere",
        "gros-rene",
        "lucile",
        "valere",
        "gros-rene",
    ]
    assert turns[1] == ("lucile", "LUCILE,", "À GROS-RENÉ, TOUT BAS.")
    assert turns[3] == ("valere", "VALÈRE,", "LA RETENANT.")
    assert turns[5][2] == "À LUCILE.."
    assert len(xp(tree, "//t:listPerson/t:person")) == 3
    same_words(tree, FRENCH_CAPITALS)


def test_names_in_capitals_after_a_comma_stay_names() -> None:
    assert split_prefix("JIMMIE, MRS. UPJOHN, AND ROPER.") == (
        "JIMMIE, MRS. UPJOHN, AND ROPER.",
        "JIMMIE, MRS. UPJOHN, AND ROPER",
        "",
        "",
    )
    assert not capital_direction("BRYANT HALE.")
    assert not capital_direction("LAURENT.")
    assert capital_direction("REVENANT À EUX.")


# Not a play: a notice whose lines in capitals are places and times.
FRENCH_NOTICE = """Fête du quartier

    PARIS, À MIDI.
Rendez-vous devant la mairie pour le départ du cortège.

    LYON, À PART.
Les inscriptions se font au guichet, comme chaque année.
"""


def test_a_notice_with_capitals_and_commas_is_no_play() -> None:
    assert xp(encode(FRENCH_NOTICE), "//t:sp") == []


# A Fountain screenplay: a group's cue of four words joined by AND.
SCREENPLAY_GROUP = """Title:
\tTHE LOST TICKET
Author: A. Writer

EXT. STATION PLATFORM--NIGHT

Rain. A bench. TESS waits with a suitcase.

TESS
Is this the last one?

GUARD
(checking his watch)
Ten minutes, miss.

Two porters hurry past with a trolley.

PORTERS ONE AND TWO
Mind your backs!

TESS
Sorry!

INT. CARRIAGE--NIGHT

GUARD
Ticket, please.

TESS
I had it a moment ago.
"""


def test_a_screenplay_cue_naming_a_group_with_and_is_a_turn() -> None:
    tree = encode(SCREENPLAY_GROUP)
    turns = _turns(tree)
    assert [label for _, label, _ in turns] == [
        "TESS",
        "GUARD",
        "PORTERS ONE AND TWO",
        "TESS",
        "GUARD",
        "TESS",
    ]
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["THE LOST TICKET"]
    same_words(tree, SCREENPLAY_GROUP)


# Not a screenplay: a memo whose headings are four words in capitals with AND.
MEMO = """To: all staff

BUDGET AND FINANCE REVIEW
The review meets on Friday in the small hall.

TRAINING AND SAFETY NOTICE
Fire drills resume next month; wardens will be named.
"""


def test_headings_of_four_words_with_and_are_no_cues() -> None:
    assert xp(encode(MEMO), "//t:sp") == []


# A verse translation printing the editor's note number after the prefix's stop.
NOTED_PREFIX = """THE SHEPHERDS


PERSONS OF THE PLAY


DAMON, _an old shepherd_.

THYRSIS, _his neighbour's son_.


ACT I.


DAMON.[1]

Come, Thyrsis, sit; the flock is in the fold,
And evening falls upon the lower wold.

THYRSIS.

     Then sing, before the cold.

DAMON.[2]

I sang at noon; the turn is yours tonight.

THYRSIS.

Then hear the song the river taught me right.

DAMON.

Sing on.
"""


def test_a_prefix_with_a_note_number_after_its_stop_opens_the_speech() -> None:
    tree = encode(NOTED_PREFIX)
    turns = _turns(tree)
    assert [(who, label) for who, label, _ in turns] == [
        ("damon", "DAMON.[1]"),
        ("thyrsis", "THYRSIS."),
        ("damon", "DAMON.[2]"),
        ("thyrsis", "THYRSIS."),
        ("damon", "DAMON."),
    ]
    same_words(tree, NOTED_PREFIX)


def test_a_stop_and_a_bracket_inside_a_sentence_are_no_prefix() -> None:
    assert split_prefix("Macb.[12] So foule and faire a day") is None


# A verse translation's cast list: a description in italics wraps onto a line that
# opens with a capital.
CAST_ITALICS = """THE HARBOUR GATE


PERSONS OF THE PLAY


ARISTON, _Keeper of the Harbour Gate, and, with his brother the Admiral,
Warden of the Eastern Quays_.

MELISSA, _his daughter_.

A FISHERMAN.


_Dawn at the harbour gate._

ARISTON.

Open the gate; the boats are coming home.

MELISSA.

     I see no sail.

ARISTON.

Look past the reef, where the gulls are.

A FISHERMAN.

They are ours, master; I know the red one.
"""


def test_a_cast_description_in_open_italics_goes_on_over_a_capital() -> None:
    tree = encode(CAST_ITALICS)
    roles = [" ".join(r.split()) for r in xp(tree, "//t:castItem/t:role/text()")]
    assert roles == ["ARISTON", "MELISSA", "A FISHERMAN"]
    desc = " ".join("".join(xp(tree, "//t:castItem[1]/t:roleDesc//text()")).split())
    assert desc.endswith("Warden of the Eastern Quays_.")
    assert len(xp(tree, "//t:sp")) == 4
    same_words(tree, CAST_ITALICS)


# A children's play: each scene lists who is in it, a name a line with its stop,
# between rows of asterisks; TIME: and PLACE: over the list.
NAME_LIST = """THE MILLER'S BARGAIN


SCENE I

TIME: _a windy morning_.
PLACE: _the mill yard_.

       *       *       *       *       *

THE MILLER.
HIS DAUGHTER.
A PEDLAR.

       *       *       *       *       *

[_The_ MILLER _sweeps the yard. The_ DAUGHTER _feeds the hens._]

MILLER. The wind is good; we shall grind all day.

DAUGHTER. Then I will fetch more sacks.

PEDLAR (_at the gate_). Ribbons, needles, buttons!

MILLER. We want none of them.

PEDLAR. Not even a ribbon for the young lady?

DAUGHTER (_laughing_). Just one, father.


SCENE II

TIME: _noon_.
PLACE: _the same_.

       *       *       *       *       *

THE MILLER.
HIS DAUGHTER.

       *       *       *       *       *

MILLER. Where is the flour for the baker?

DAUGHTER. In the cart, father, with my ribbon on top.
"""


def test_names_alone_one_under_the_other_are_the_scenes_persons_not_turns() -> None:
    tree = encode(NAME_LIST)
    turns = _turns(tree)
    assert [label for _, label, _ in turns] == [
        "MILLER.",
        "DAUGHTER.",
        "PEDLAR",
        "MILLER.",
        "PEDLAR.",
        "DAUGHTER",
        "MILLER.",
        "DAUGHTER.",
    ]
    assert {who for who, _, _ in turns} == {"miller", "daughter", "pedlar"}
    same_words(tree, NAME_LIST)


# A translation whose title is its hero's name, the first entry of the cast list
# under "The Characters"; speeches as "NAME (direction):" over the words set in.
HERO_TITLE = """THE TOLLMAN


A Play in One Act



The Characters
THE TOLLMAN
HIS WIFE
A CARTER
A SOLDIER

Villagers, carters, soldiers.



Act I.

The toll-house by the bridge.



Scene 1.I.

The Tollman, his wife.

THE TOLLMAN (at the window):
  Another cart. At this hour!

HIS WIFE:
  Let it pass.

A CARTER (outside):
  Open up, there!

THE TOLLMAN:
  A penny first.

A SOLDIER (entering):
  And nothing from the King's men.
"""


def test_a_cast_list_whose_first_entry_is_the_title_is_still_a_cast_list() -> None:
    tree = encode(HERO_TITLE)
    roles = xp(tree, "//t:castList/t:castItem[@type='role']/t:role/text()")
    assert roles == ["THE TOLLMAN", "HIS WIFE", "A CARTER", "A SOLDIER"]
    assert xp(tree, "//t:titlePart[@type='main']/text()") == ["THE TOLLMAN"]
    turns = _turns(tree)
    assert [who for who, _, _ in turns] == ["tollman", "his-wife", "carter", "tollman", "soldier"]
    same_words(tree, HERO_TITLE)


# A Victorian conversation book: labelled speeches 'NAME. "words', a speech going on
# over paragraphs that open with a quotation mark, and the narrator's own quotations
# with their dialogue tags between them.
CONVERSATION_BOOK = """After supper the lamps were lit, and the children drew their chairs
to the table.

MR. HALE. "We shall begin with the rivers of England, as we agreed last week. Who has the
Thames?"

LUCY. "I have, papa. The Thames rises in the Cotswold hills, and flows past Oxford and
Windsor to London.

"Below London it widens into a broad estuary, busy with ships from every nation."

"And where does it meet the sea?" asked Tom, looking up from his map.

MRS. HALE. "At the Nore, my dear, where the lightship stands."

"May I read the Severn next?" inquired Lucy. "I have written a great deal about it."

MR. HALE. "By all means; but be brief, for Grandmother wishes to hear the Trent."

LUCY. "Then I shall be quick, papa, and leave the Trent to Grandmother."
"""


def test_a_quotation_with_its_dialogue_tag_is_narration_not_the_last_speakers() -> None:
    tree = encode(CONVERSATION_BOOK)
    turns = _turns(tree)
    assert [who for who, _, _ in turns] == ["hale", "lucy", "mrs-hale", "hale", "lucy"]
    lucy = " ".join("".join(xp(tree, "//t:sp[2]//text()")).split())
    assert "Below London it widens" in lucy  # her paper goes on over a paragraph
    stages = [" ".join("".join(s.itertext()).split()) for s in xp(tree, "//t:stage")]
    assert any(s.startswith('"And where does it meet the sea?" asked Tom') for s in stages)
    assert any(s.startswith('"May I read the Severn next?" inquired Lucy') for s in stages)
    same_words(tree, CONVERSATION_BOOK)


# An interview whose answer goes on with a quotation of its own, no tag after it.
QUOTING_ANSWER = """INTERVIEWER: What did the notice say?

MARSH: It was pinned to the mill gate.

"No work on Saturday," it read, and nothing more.

INTERVIEWER: And the men?

MARSH: They went home.
"""


def test_a_quotation_without_a_tag_naming_someone_stays_in_the_speech() -> None:
    tree = encode(QUOTING_ANSWER)
    marsh = " ".join("".join(xp(tree, "//t:sp[2]//text()")).split())
    assert '"No work on Saturday," it read' in marsh


# A folio comedy: "Persons Represented in the Play." over entries set in, a
# description in italics going on over a line set far in; italic prefixes with the
# stop outside the italics.
FOLIO_CAST = """                THE WIDOWS WAGER.


        Persons Represented in the Play.

        Duke.

        Orsino, _his Nephew_.

        Fabian, _an old Courtier, and
                  Uncle to_ Orsino.

        Celia, _a rich Widow_.


                _Actus primus. Scena prima_.


  Enter _Orsino, Fabian_.

_Ors_.      The Widow will not see me, Uncle.

_Fab_.      Then see her Maid; the Maid will see for both.

_Ors_.      You jest, and I am sick.

                                  [_Enter Celia_.

_Cel_.      Who is sick here?

_Fab_.      A Lover, Madam.
"""


def test_persons_represented_in_the_play_heads_the_cast_list() -> None:
    tree = encode(FOLIO_CAST)
    roles = xp(tree, "//t:castList/t:castItem/t:role/text()")
    assert roles == ["Duke", "Orsino", "Fabian", "Celia"]
    desc = " ".join(" ".join(xp(tree, "//t:castItem[3]/t:roleDesc//text()")).split())
    assert desc == "_an old Courtier, and Uncle to_ Orsino."
    turns = _turns(tree)
    assert [who for who, _, _ in turns] == ["orsino", "fabian", "orsino", "celia", "fabian"]
    same_words(tree, FOLIO_CAST)


# A translated comedy: the editor's footnotes set under the cast entries they annotate,
# and two footmen braced with "}" over one description.
CAST_NOTES = """THE STEWARD'S DAUGHTER

A COMEDY IN ONE ACT


CHARACTERS

COUNT BORISOV,[1] _a landowner of fifty, stout and short of breath._

[Footnote 1: The name suggests a bear; the translator keeps it as the
author wrote it.]

MARFA,[2] _the steward's daughter._

[Footnote 2: Martha.]

PAVEL}
SEMYON} _his footmen._

ANNA, _a cook._


SCENE I

_Enter_ MARFA _and_ ANNA

MARFA. The Count is coming back from town tonight.

ANNA. Then the pies must be ready by six.

MARFA. And the footmen sober by seven.

ANNA. That is the harder task.

PAVEL. [_Entering_] Who speaks of footmen?

SEMYON. Not kindly, brother.
"""


def test_a_footnote_under_a_cast_entry_and_a_closing_brace_keep_the_cast_list() -> None:
    tree = encode(CAST_NOTES)
    roles = xp(tree, "//t:castList/t:castItem/t:role/text()")
    assert roles == ["COUNT BORISOV", "MARFA", "PAVEL", "SEMYON", "ANNA"]
    turns = _turns(tree)
    assert [who for who, _, _ in turns] == ["marfa", "anna", "marfa", "anna", "pavel", "semyon"]
    same_words(tree, CAST_NOTES)


def test_a_note_number_against_a_role_is_no_part_of_its_name() -> None:
    # Noyes's Ostrovsky: "NADEZHDA[2] (_called_ NADYA), _seventeen years old …_"
    roles, desc, _ = split_cast_line("NADEZHDA[2] (_called_ NADYA), _seventeen years old_")
    assert roles == ("NADEZHDA",)
    assert desc == "(_called_ NADYA), _seventeen years old_"
    assert split_cast_line("PLAYER KING, _a player_.")[0] == ("PLAYER KING",)
