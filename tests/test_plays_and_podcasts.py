"""Podcasts with a Markdown file's YAML front matter, and plays in the
typographies probe 4 found misread. Every transcript here is invented."""

from __future__ import annotations

from test_exports_and_oral import encode, participants, said, xp

from encoder.pipeline import encode_text
from encoder.plaintext import tei_to_text


def _lines(tree: object) -> list[str]:
    return [line for line in tei_to_text(tree).splitlines() if line.strip()]  # type: ignore[arg-type]


GARDEN = """---
title: Soil and Patience
transcript_by: Wen Okafor
speakers:
  - Ilse Brandt
date: 2019-11-04
---
## Why compost matters

IB: Compost is slow money.

RT: Slow how?

## Worms at work

IB: It pays back in a year or two.

RT: Good to know.
"""


def test_yaml_delimiters_come_back_and_its_title_is_the_title() -> None:
    tree = encode(GARDEN, "garden.md")
    back = _lines(tree)
    assert back[0] == "---" and back[6] == "---"  # nothing of the file is lost
    assert back == [line.strip() for line in GARDEN.splitlines() if line.strip()]
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["Soil and Patience"]
    assert xp(tree, "//t:creation/t:date/@when") == ["2019-11-04"]
    # a Markdown heading between turns heads a section; it is no words of a turn; so
    # does the first chapter's, right before the first turn (probe 16 R)
    assert xp(tree, "//t:body//t:div[@type='section']/t:head/text()") == [
        "## Why compost matters",
        "## Worms at work",
    ]
    assert [words for _, words in said(tree)][1] == "Slow how?"


def _long_front_matter(items: int) -> str:
    links = "".join(
        f"    - name: Link number {n}\n      url: https://example.org/{n}\n" for n in range(items)
    )
    return f"---\ntitle: Queues in Practice\nlinks:\n{links}---\n\n"


QUEUES = """[0:00:05.1] M: Welcome back, this is the queue show.

[0:00:12.4] KV: Thanks for having me.

[0:00:20.9] M: Tell us about backpressure.

[0:00:31.0] KV: It is the queue saying no.

[0:00:44.2] Z: I once saw a queue grow without end.

[0:00:52.8] M: And what happened?
"""


def test_a_label_said_once_is_read_under_a_long_front_matter() -> None:
    for items in (2, 40):  # 7 and 85 lines of front matter
        tree = encode(_long_front_matter(items) + QUEUES, "queues.md")
        assert [who for who, _ in said(tree)] == ["#m", "#kv", "#m", "#kv", "#z", "#m"], items
        assert said(tree)[4][1] == "I once saw a queue grow without end."
        assert xp(tree, "//t:titleStmt/t:title/text()") == ["Queues in Practice"]
        assert _lines(tree)[0] == "---"


FERRY = """Our guests tonight build ferries.

RQ: Glad to be here.

host: What does a ferry need first?

RQ: A hull that forgives.

host: And then?

SB: A crew that doesn't.

host: Thank you both.

guest: once, as a word in a line, is no label.
"""


def test_a_lower_case_role_that_recurs_is_a_label() -> None:
    tree = encode(FERRY, "ferry.txt")
    assert [who for who, _ in said(tree)] == ["#rq", "#host", "#rq", "#host", "#sb", "#host"]
    assert said(tree)[3][1] == "And then?"
    assert xp(tree, "//t:sp[@who='#host']/t:speaker/text()") == ["host:"] * 3
    # said once, a lower-case word before a colon stays in the turn above
    assert said(tree)[-1][1] == "Thank you both. guest: once, as a word in a line, is no label."


def test_yaml_speakers_name_the_initials_and_the_transcriber_is_no_participant() -> None:
    tree = encode(GARDEN, "garden.md")
    # "speakers: - Ilse Brandt" names IB; RT stays as written
    assert participants(tree) == {"ilse-brandt": ["Ilse Brandt"], "rt": ["RT"]}
    assert [who for who, _ in said(tree)] == ["#ilse-brandt", "#rt", "#ilse-brandt", "#rt"]
    assert xp(tree, "//t:sourceDesc//t:respStmt/t:persName/text()") == ["Wen Okafor"]
    assert xp(tree, "//t:sourceDesc//t:respStmt/t:resp/text()") == ["transcribed by"]


HOSTS = """---
title: Ledger Talk
hosts:
    - name: Priya Nandakumar
      url: https://example.org/priya
    - name: Olaf Brekke
      url: https://example.org/olaf
---

[0:00:03.0] PN: Welcome.

[0:00:09.5] O: Hello all.

[0:00:15.2] PN: Let us begin.
"""


def test_yaml_hosts_with_names_and_links_name_the_labels() -> None:
    tree = encode(HOSTS, "ledger.md")
    assert [who for who, _ in said(tree)] == [
        "#priya-nandakumar",
        "#olaf-brekke",
        "#priya-nandakumar",
    ]
    assert _lines(tree)[:3] == ["---", "title: Ledger Talk", "hosts:"]


KEYED = """Joan Whitcombe (JW): Thanks for coming in, Ravi.

Ravi Desai (RD): Happy to.

JW: Where did it begin?

RD: In a garage.

JW: As they do.
"""


def test_a_full_name_with_initials_labels_a_turn_and_names_the_initials() -> None:
    tree = encode(KEYED, "keyed.txt")
    assert [who for who, _ in said(tree)] == [
        "#joan-whitcombe",
        "#ravi-desai",
        "#joan-whitcombe",
        "#ravi-desai",
        "#joan-whitcombe",
    ]
    assert xp(tree, "//t:sp/t:speaker/text()")[:3] == [
        "Joan Whitcombe (JW):",
        "Ravi Desai (RD):",
        "JW:",
    ]
    assert said(tree)[0][1] == "Thanks for coming in, Ravi."
    assert _lines(tree) == [line for line in KEYED.splitlines() if line]


MARKED = """[INTRODUCTION]

[0:00:04.0] ANNOUNCER: This is Tide Tables.

[INTERVIEW]

[0:00:20.0] GH: Morning, Sara.

[0:00:26.0] SK: Morning.

[0:00:31.0] GH: Shall we?
"""


def test_bracketed_section_markers_are_headings_not_supplied_words() -> None:
    tree = encode(MARKED, "tides.txt")
    assert xp(tree, "//t:body//t:div[@type='section']/t:head/text()") == [
        "[INTRODUCTION]",
        "[INTERVIEW]",
    ]
    assert not xp(tree, "//t:supplied")
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["tides"]  # no title in the text
    assert [who for who, _ in said(tree)] == ["#announcer", "#gh", "#sk", "#gh"]
    assert xp(tree, "count(//t:div[t:head='[INTERVIEW]']/t:sp)") == 3
    assert _lines(tree) == [line for line in MARKED.splitlines() if line]


SYNOPSIS = """ACT I.

SCENE I. A quay at dawn. The pilot loses his map.

SCENE II. A tavern. The cook finds it.

ACT II.

SCENE I. The open sea. The map is wrong.
"""


def test_a_synopsis_of_scenes_names_no_speaker() -> None:
    tree = encode(SYNOPSIS, "synopsis.txt")
    assert said(tree) == []
    assert participants(tree) == {}
    assert _lines(tree) == [line for line in SYNOPSIS.splitlines() if line]


ZWEISPRACHIG = """  PERSONEN

  HANNES                 _A Ferryman_
  GRETE                  _His Sister_

  _Boatmen of the Lower Ford. Villagers._


  ERSTER AKT.

      ACT I.

  ZWEITER AUFTRITT.

      SCENE II.

  HANNES.

  Das Boot ist leck.

      HANNES.

      The boat is leaking.

  GRETE.

  Schon wieder?

      GRETE.

      Again?

  HANNES.

  Jeden Tag.

      HANNES.

      Every day.

  GRETE.

  Dann rudern wir.

      GRETE.

      Then we row.
"""


def test_german_act_and_scene_headings_are_divisions_not_speakers() -> None:
    tree = encode(ZWEISPRACHIG, "faehre.txt")
    assert xp(tree, "//t:div[@type='act']/t:head/text()") == ["ERSTER AKT.", "ACT I."]
    assert xp(tree, "//t:div[@type='scene']/t:head/text()") == ["ZWEITER AUFTRITT.", "SCENE II."]
    assert xp(tree, "//t:sp/t:speaker/text()") == ["HANNES.", "HANNES.", "GRETE.", "GRETE."] * 2
    assert said(tree)[:2] == [
        ("#hannes", "Das Boot ist leck."),
        ("#hannes", "The boat is leaking."),
    ]
    assert _lines(tree)[-1] == "Then we row."
    # a run of spaces, then the description in italics: the role is the name alone
    assert xp(tree, "//t:castItem/t:role/text()") == ["HANNES", "GRETE"]
    assert xp(tree, "//t:castItem/t:roleDesc/text()") == ["_A Ferryman_", "_His Sister_"]
    assert xp(tree, "//t:sp/@who")[:3] == ["#hannes", "#hannes", "#grete"]
    # the italic line under the cast describes, it is no title
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["faehre"]


LANTERN = """PERSONS OF THE PLAY.

     GRIMALD, a lamplighter.
     ODETTE, his daughter.
     CANTOR as the Chorus.

          Scene, Ghent.



THE LANTERN-BEARER.

          Enter CANTOR.

     CANTOR. Here lamps were lit by one who never slept,
     And through the fog his little fires crept.
          [Exit.]


ACT I.

     GRIMALD. The oil is low.

     ODETTE. Then trim the wick.

     GRIMALD. The oil is low, I said.

     ODETTE. And I said trim it.
"""


def test_a_prologue_after_the_cast_list_is_spoken_not_cast() -> None:
    tree = encode(LANTERN, "lantern.txt")
    roles = xp(tree, "//t:castList/t:castItem/t:role/text()")
    assert roles == ["GRIMALD", "ODETTE", "CANTOR"]  # "as the Chorus": the part he plays
    assert xp(tree, "//t:castItem[t:role='CANTOR']/t:roleDesc/text()") == ["the Chorus."]
    # the speech before the first act is the play's prologue, not a scene outside the acts
    assert xp(tree, "//t:body/t:div/@type")[:2] == ["prologue", "act"]
    assert xp(tree, "//t:div[@type='prologue']/t:sp/t:speaker/text()") == ["CANTOR."]
    assert xp(tree, "//t:front//t:stage[@type='setting']/text()") == ["Scene, Ghent."]
    assert xp(tree, "//t:front//t:titlePart/text()") == ["THE LANTERN-BEARER."]
    assert xp(tree, "//t:sp/t:speaker/text()") == [
        "CANTOR.",
        "GRIMALD.",
        "ODETTE.",
        "GRIMALD.",
        "ODETTE.",
    ]
    assert xp(tree, "(//t:sp)[1]/t:l/text()") == [
        "Here lamps were lit by one who never slept,",
        "And through the fog his little fires crept.",
    ]
    assert xp(tree, "//t:body//t:stage/text()")[:2] == ["Enter CANTOR.", "[Exit.]"]


ORCHARD = """THE ORCHARD THIEVES

THE PERSONS OF THE PLAY

COLONEL FARRAND

MISS TILDA FARRAND, his niece

THE SCENES OF THE PLAY

ACT I.  _The Orchard at Farrand Hall_.

ACT II.  _The Colonel's Study_.

ACT III.  _The Orchard again_.

FIRST ACT

_The Orchard at Farrand Hall_.

COLONEL FARRAND.  Who has been at the pears?

MISS TILDA FARRAND.  Not I, uncle.

COLONEL FARRAND.  Then who?

MISS TILDA FARRAND.  The wind, perhaps.

COLONEL FARRAND.  The wind eats no pears.

MISS TILDA FARRAND.  This one does.
"""


def test_a_list_of_the_acts_is_front_matter_not_acts() -> None:
    tree = encode(ORCHARD, "orchard.txt")
    assert xp(tree, "//t:body//t:div[@type='act']/t:head/text()") == ["FIRST ACT"]
    assert xp(tree, "//t:front/t:p/text()") == [
        "THE SCENES OF THE PLAY",
        "ACT I.  _The Orchard at Farrand Hall_.",
        "ACT II.  _The Colonel's Study_.",
        "ACT III.  _The Orchard again_.",
    ]
    assert xp(tree, "//t:castItem/t:role/text()") == ["COLONEL FARRAND", "MISS TILDA FARRAND"]
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["THE ORCHARD THIEVES"]
    assert len(said(tree)) == 6


NOTED = """DRAMATIS PERSONAE.

     HALDOR, a smith.
     WENNA, his wife.


ACT I.

          Enter HALDOR and WENNA.

     HALDOR. The forge is cold since Corbin [3] went to sea;
     The iron sleeps, and so, I fear, do we.

     WENNA. Then wake it, husband, ere the frost [4] comes in.

     HALDOR. I will.

     WENNA. Then do.

     HALDOR. I go.
"""


def test_a_bare_note_number_in_a_speech_is_no_stage_direction() -> None:
    tree = encode(NOTED, "forge.txt")
    assert xp(tree, "//t:stage/text()") == ["Enter HALDOR and WENNA."]
    first = " ".join("".join(xp(tree, "(//t:sp)[1]")[0].itertext()).split())
    assert "Corbin [3] went to sea;" in first
    assert xp(tree, "//t:sp/@who") == ["#haldor", "#wenna", "#haldor", "#wenna", "#haldor"]
    assert any("frost [4] comes in." in line for line in _lines(tree))


BARGEMEN = """DRAMATIS PERSONAE.

     ULRIC, a toll-keeper.
     Two Bargemen.


ACT I.

          Enter a BARGEMAN.

     BARGEMAN. The river's high.

     ULRIC. Then pay the more.

     BARGEMAN. I paid last week.

     ULRIC. And this week too.

          Enter a Second BARGEMAN.

     SECOND BARGEMAN. We both will pay.

     ULRIC. Good men.
"""


def test_the_first_and_second_of_a_counted_group_are_its_members() -> None:
    tree = encode(BARGEMEN, "toll.txt")
    assert xp(tree, "//t:sp/@who") == [
        "#first-bargeman",
        "#ulric",
        "#first-bargeman",
        "#ulric",
        "#second-bargeman",
        "#ulric",
    ]
    names = xp(tree, "//t:particDesc//t:person/t:persName/text()")
    assert names == ["ULRIC", "First Bargeman", "Second Bargeman"]
    # "Two Bargemen" is the group the two belong to, not a third person
    assert xp(tree, "//t:particDesc//t:personGrp/t:persName/text()") == ["Two Bargemen"]


PUDDLE = """CHARACTERS

  Heron
  Frog
  Otter

ACT I.

SCENE I. The reeds. Heron hunts. Frog hides.

SCENE II. The bank. Otter arrives.

ACT II.

SCENE I. The pool at dusk. All three make peace.



ACT I.

SCENE I. _A pond among the reeds._


_Heron_

  Come out, small frog, the sun is high,
  And herons never let one by.


_Frog_

  I'll stay below, the mud is deep.


_Heron_

  Then I shall wait, and never sleep.


_Frog_

  Wait on, wait on.


[_Enter Otter, dripping._


_Otter_

  Who waits for whom?


_Heron_

  I wait for him.


_Frog_

  And I for doom.
"""


def test_italic_names_alone_on_their_line_are_prefixes_and_a_synopsis_is_front() -> None:
    tree = encode(PUDDLE, "pond.txt")
    assert xp(tree, "//t:sp/t:speaker/text()") == [
        "_Heron_",
        "_Frog_",
        "_Heron_",
        "_Frog_",
        "_Otter_",  # once, in the typography of the others
        "_Heron_",
        "_Frog_",
    ]
    assert xp(tree, "//t:sp/@who")[4] == "#otter"
    assert xp(tree, "(//t:sp)[1]/t:l/text()") == [
        "Come out, small frog, the sun is high,",
        "And herons never let one by.",
    ]
    # the synopsis is no division of the play: one act, one scene
    assert xp(tree, "//t:body//t:div/t:head/text()") == [
        "ACT I.",
        "SCENE I. _A pond among the reeds._",
    ]
    front = xp(tree, "//t:front/t:p/text()")
    assert "SCENE II. The bank. Otter arrives." in front
    assert _lines(tree)[-1] == "And I for doom."


PEERS = """THE PERSONS OF THE PLAY

THE MARQUESS OF DUNHOLM, K.G.

THE VISCOUNTESS OF ASHBY

MR. TREVOR PENN

FIRST ACT

MR. TREVOR PENN.  A fine evening.

LADY ASHBY.  Is it?

LORD DUNHOLM.  It was.

MR. TREVOR PENN.  Then I shall go.

LADY ASHBY.  Do.

LORD DUNHOLM.  Go.

MR. TREVOR PENN.  Gone.
"""


def test_a_peer_addressed_as_lady_or_lord_is_the_cast_s_countess_or_earl() -> None:
    result = encode_text(PEERS, "peers.txt")
    assert not [d for d in result.diagnostics if d.code == "W701"]
    tree = encode(PEERS, "peers.txt")
    assert xp(tree, "//t:sp/@who")[:3] == [
        "#mr-trevor-penn",
        "#viscountess-of-ashby",
        "#marquess-of-dunholm",
    ]
    assert len(xp(tree, "//t:particDesc//t:person")) == 3


ECHO = """DRAMATIS PERSONAE

  TOMAS                    _A Shepherd_
  ILKA                     _His Neighbour_

  SCENE: A Hillside

      ACT I.

  TOMAS.

  The flock is thin.

  ILKA.

  Wolves.

  TOMAS.

  Again?

  ILKA.

  Again.

  TOMAS.

  Again.
"""


def test_a_one_word_speech_under_a_name_alone_is_no_prefix() -> None:
    tree = encode(ECHO, "hill.txt")
    assert xp(tree, "//t:sp/@who") == ["#tomas", "#ilka", "#tomas", "#ilka", "#tomas"]
    assert [" ".join("".join(sp.itertext()).split()) for sp in xp(tree, "//t:sp")][-2:] == [
        "ILKA. Again.",
        "TOMAS. Again.",
    ]


GUESTS = """* Hanna Lindqvist (hlind)
* Tobias Reyes

Our guests tonight talk about mesh radios.

HL: Good evening.

TR: Hello.

HL: Shall we start?

TR: Let's.
"""


def test_a_bullet_line_is_never_the_title() -> None:
    tree = encode(GUESTS, "mesh.txt")
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["mesh"]  # the file name
    assert not xp(tree, "//t:titlePart")
    assert [who for who, _ in said(tree)] == ["#hl", "#tr", "#hl", "#tr"]
    assert _lines(tree)[:2] == ["* Hanna Lindqvist (hlind)", "* Tobias Reyes"]


# Wilde's house style: the word "SCENE" alone over the act's setting, then a
# bracketed direction and the speeches (names and words invented).
SCENE_WORD = """AN EVENING IN BELGRAVE SQUARE

A PLAY IN ONE ACT

THE PERSONS OF THE PLAY

SIR HUGO VANE, a Member of Parliament
LADY VANE, his Wife
PARKER, their Butler

FIRST ACT

SCENE

_A drawing-room in Belgrave Square._

[_LADY VANE is writing letters.  SIR HUGO enters._]

SIR HUGO.  Are you still writing, Clara?

LADY VANE.  Only to my sister.

SIR HUGO.  Then I shall wait.  [_Sits._]

PARKER.  [_Entering._]  The carriage is at the door, Sir Hugo.

LADY VANE.  Tell them we shall be late.

PARKER.  Very good, my lady.  [_Exit._]

SIR HUGO.  Late again!

LADY VANE.  Always.
"""


def test_the_word_scene_alone_heads_the_setting_and_is_no_direction_of_its_own() -> None:
    tree = encode(SCENE_WORD, "scene-word.txt")
    act = xp(tree, "//t:body/t:div[@type='act']")
    assert len(act) == 1 and not xp(act[0], ".//t:div[@type='scene']")
    setting = xp(act[0], "t:stage[1]")[0]
    assert setting.get("type") == "setting"
    assert setting.text == "SCENE"  # and the setting on the next line
    assert xp(setting, "t:lb/following-sibling::text()") == ["_A drawing-room in Belgrave Square._"]
    assert len(xp(tree, "//t:body//t:stage")) == 5  # the setting, the entrance, three in speeches
    assert len(xp(tree, "//t:sp")) == 8
    assert tei_to_text(tree).split() == SCENE_WORD.split()
