"""Plays probe 10 (helper C) found misread: real public-domain plays in the
typography of Project Gutenberg and of Markdown copies (/work/probe10/C/SOURCES.md).
Every text here is invented in the house style of a real one."""

from __future__ import annotations

from test_exports_and_oral import encode, same_words, xp


def _whos(tree: object) -> list[str]:
    return [sp.get("who").lstrip("#") for sp in xp(tree, "//t:sp")]  # type: ignore[arg-type]


# A cast list headed with a ligature, as eighteenth-century editions and their
# Gutenberg copies print it; the prefixes name the roles by a shorter form.
LIGATURE_HEAD = """THE TINKER'S WAGER


DRAMATIS PERSONÆ.

  MR. HOBBES, a tinker
  MRS. HOBBES, his wife
  NED GARLAND, a carter


ACT I. SCENE I.

_Hobbes._ The kettle is mended, and the wager is mine.

_Mrs. Hobbes._ Not till the carter pays it.

_Ned._ I pay nothing till I see it boil.

_Hobbes._ Then watch it, and be patient.

_Mrs. Hobbes._ He was never patient in his life.
"""


def test_a_cast_head_with_a_ligature_heads_the_cast_list() -> None:
    tree = encode(LIGATURE_HEAD)
    assert xp(tree, "//t:castList/t:head/text()") == ["DRAMATIS PERSONÆ."]
    roles = xp(tree, "//t:castList/t:castItem/t:role/text()")
    assert roles == ["MR. HOBBES", "MRS. HOBBES", "NED GARLAND"]
    assert _whos(tree) == ["mr-hobbes", "mrs-hobbes", "ned-garland", "mr-hobbes", "mrs-hobbes"]
    same_words(tree, LIGATURE_HEAD)


# A school play in Latin: the cast heading printed with the long vowels marked.
LONG_VOWELS_HEAD = """A LESSON IN THE FORUM


  DRĀMATIS PERSŌNAE

  Magister
  Pūblius Vārus
  Titus Rūfus


_Mag._ Salvēte, puerī.

_Pūb._ Salvē, magister.

_Tit._ Salvē.

_Mag._ Cōnsīdite.
"""


def test_a_cast_head_with_long_vowels_marked_heads_the_cast_list() -> None:
    tree = encode(LONG_VOWELS_HEAD)
    roles = xp(tree, "//t:castList/t:castItem/t:role/text()")
    assert roles == ["Magister", "Pūblius Vārus", "Titus Rūfus"]
    assert _whos(tree)[0] == "magister"
    same_words(tree, LONG_VOWELS_HEAD)


def test_a_phrase_with_a_ligature_is_no_cast_head() -> None:
    # ("PERSONÆ NON GRATÆ" folds to plain letters but is no heading of a cast list)
    text = (
        "MINUTES\n\nPERSONÆ NON GRATÆ\n\nCHAIR: The list is closed.\n\n"
        "CLERK: Noted.\n\nCHAIR: Next item.\n\nCLERK: Noted again.\n"
    )
    tree = encode(text)
    assert xp(tree, "//t:castList") == []
    same_words(tree, text)


# A play in Markdown: each prefix in bold with its stop, a direction in italics
# after it, the acts as Markdown headings.
MARKDOWN_BOLD = """# The Ferry at Dusk

## Scene One

*A jetty. Gulls.*

**OLD MAREN.** *(coiling a rope)* The last boat is late again.

**TOBIAS.** It is always late on a Friday.

**OLD MAREN.** Then we wait.

**TOBIAS.** *(sitting down)* We always wait.

**OLD MAREN**: And we always will.
"""


def test_a_prefix_in_markdown_bold_opens_a_speech() -> None:
    tree = encode(MARKDOWN_BOLD)
    assert _whos(tree) == ["old-maren", "tobias", "old-maren", "tobias", "old-maren"]
    first = xp(tree, "//t:sp[1]")[0]
    assert xp(first, "t:speaker/text()") == ["**OLD MAREN.**"]
    assert xp(first, "t:stage/text()") == ["*(coiling a rope)*"]
    assert " ".join(xp(first, "t:p//text()")).strip() == "The last boat is late again."
    same_words(tree, MARKDOWN_BOLD)


def test_bold_terms_of_a_glossary_are_no_speakers() -> None:
    # (a heading opening with "Act" lets the play reader look; terms said once, and a
    # bold phrase with words after it inside the bold, are no prefixes)
    text = (
        "# Settlement types\n\n## Act of 1890\n\n**Homestead.** A single farm.\n\n"
        "**Hamlet.** A handful of houses.\n\n**Village.** A church and a green.\n\n"
        "**A town is larger.** It has a market.\n"
    )
    tree = encode(text)
    assert xp(tree, "//t:sp") == []
    same_words(tree, text)


# A school play as Project Gutenberg sets it: each footnote in brackets, under the
# paragraph that holds its anchor, in the front matter and between speeches.
FOOTNOTES = """THE MARKET DAY


DRAMATIS PERSONAE

  Mercator, _a seller of figs_
  Emptor, _a buyer_


  A stall in the forum. Baskets of figs[1] are piled on a
  board.

    [Footnote 1: Dried figs were sold by the string; see
    the note on the second scene, 1911.]

_Merc._ Fīcōs emite, fīcōs!

_Emp._ Quantī sunt?[2]

    [Footnote 2: Literally "at how much are they?"]

_Merc._ Assem singulī.

_Emp._ Nimium est. [Exit.]
"""


def test_a_gutenberg_footnote_in_a_play_is_a_note_not_a_direction() -> None:
    tree = encode(FOOTNOTES)
    notes = xp(tree, "//t:text//t:note[@place='foot']")
    assert [n.get("n") for n in notes] == ["1", "2"]
    first = " ".join(" ".join(notes[0].itertext()).split())
    assert first == "Dried figs were sold by the string; see the note on the second scene, 1911."
    assert not [s for s in xp(tree, "//t:stage//text()") if "Footnote" in s]
    assert xp(tree, "//t:docDate") == []  # the note's year dates no play
    assert _whos(tree) == ["mercator", "emptor", "mercator", "emptor"]
    same_words(tree, FOOTNOTES)


def test_a_note_in_brackets_without_the_footnote_label_stays_as_it_was() -> None:
    # ("[Note: …]" inside a speech stays in the speech; "[Exit.]" stays a direction)
    text = FOOTNOTES.replace(
        "_Merc._ Assem singulī.", "_Merc._ Assem [Note: a copper coin] singulī."
    )
    tree = encode(text)
    assert len(xp(tree, "//t:text//t:note[@place='foot']")) == 2
    assert "[Exit.]" in xp(tree, "//t:stage/text()")
    said = " ".join(xp(tree, "//t:sp[3]//t:p//text()"))
    assert "[Note: a copper coin]" in said
    same_words(tree, text)


# A ballad opera's cast list parted into "MEN." and "WOMEN." with two blank lines
# between the parts; the prefixes in italics name the roles by a shorter form.
CAST_SECTIONS = """DRAMATIS PERSONAE.


MEN.

  MR. QUILLER
  TOBY
  BEGGAR


WOMEN.

  MRS. QUILLER
  NANCY QUILLER
  MOLL


ACT I. SCENE I.

_Quiller._ The ledger balances, and that is a rare thing.

_Mrs. Quiller._ Then balance the supper too.

_Toby._ Moll is at the door, sir.

_Quiller._ Let her wait.

_Mrs. Quiller._ She never waits.

_Moll._ I never do.
"""


def test_women_under_their_own_heading_stay_in_the_cast_list() -> None:
    tree = encode(CAST_SECTIONS)
    roles = xp(tree, "//t:castList/t:castItem/t:role/text()")
    assert roles[-3:] == ["MRS. QUILLER", "NANCY QUILLER", "MOLL"]
    assert "MR. QUILLER" in roles
    # ("Quiller" is the man written with only "Mr." before the name, not Nancy Quiller)
    assert _whos(tree) == ["mr-quiller", "mrs-quiller", "toby", "mr-quiller", "mrs-quiller", "moll"]
    same_words(tree, CAST_SECTIONS)


# A school play in Latin: the pupils listed under a heading in italics, set in
# deeper; the prefixes abbreviate names printed with long vowels marked.
ITALIC_SECTION = """  DRAMATIS PERSONAE

  Magister
  Servus

  _Puerī_

    Mārcus Valerius
    Lūcius Cornēlius
    Gāius Valerius


_Mag._ Salvēte.

_M. Val._ Salvē, magister.

_L. Cor._ Salvē.

_G. Val._ Salvē.

_Mag._ Cōnsīdite.
"""


def test_a_cast_section_in_italics_and_prefixes_of_marked_names_are_linked() -> None:
    tree = encode(ITALIC_SECTION)
    roles = xp(tree, "//t:castList/t:castItem/t:role/text()")
    assert roles[-3:] == ["Mārcus Valerius", "Lūcius Cornēlius", "Gāius Valerius"]
    assert _whos(tree) == [
        "magister",
        "marcus-valerius",
        "lucius-cornelius",
        "gaius-valerius",
        "magister",
    ]
    same_words(tree, ITALIC_SECTION)


def test_a_title_after_the_cast_list_still_ends_it() -> None:
    # (two blank lines, then a line in capitals that heads no section: the title again)
    text = CAST_SECTIONS.replace("ACT I. SCENE I.", "THE QUILLERS AT HOME\n\n\nACT I. SCENE I.")
    tree = encode(text)
    roles = xp(tree, "//t:castList/t:castItem/t:role/text()")
    assert "THE QUILLERS AT HOME" not in roles
    same_words(tree, text)
