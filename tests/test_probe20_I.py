"""Podcast and broadcast transcripts probe 20 (helper I) found misread: a
Markdown transcript that writes each voice's full name once in an emphasised
label and its initials after (``_Ana Ruiz:_`` then ``_AR:_``, ``*Ana Ruiz
(0:00:15)*:`` then ``*AR (0:01:02)*:``), a no-break space before such a
label's time. Every text here is invented."""

from __future__ import annotations

from test_exports_and_oral import encode, xp

from encoder.plaintext import tei_to_text


def _who(tree: object) -> list[str]:
    return [sp.get("who").lstrip("#") for sp in xp(tree, "//t:sp")]  # type: ignore[arg-type]


def _persons(tree: object) -> list[str]:
    return [
        " ".join("".join(p.itertext()).split())
        for p in xp(tree, "//t:listPerson/t:person/t:persName[1]")  # type: ignore[arg-type]
    ]


_ITALIC_INITIALS = """_Marta Quillon:_ Welcome to the Tidewater Hour. With me is Tobias Renn.

_Tobias Renn_: Thanks for having me, Marta.

_MQ:_ So how did you first come to boat building?

_TR_: Through my grandfather, who built dories on the river.

_MQ:_ And the first boat you built alone?

_TR_: A skiff, and it leaked.
"""


def test_italic_full_name_once_then_initials_is_one_person() -> None:
    tree = encode(_ITALIC_INITIALS)
    assert _who(tree) == ["marta-quillon", "tobias-renn"] * 3
    assert sorted(_persons(tree)) == ["Marta Quillon", "Tobias Renn"]


_TIMED_INITIALS = """*Marta Quillon (0:00:15)*: Welcome to the Tidewater Hour.

*Olu Bassey Renn (0:00:21)*: Hello.

*MQ (0:00:24)*: Today our guest builds boats.

That is, wooden ones, by hand.

*OBR (0:00:40)*: Only wooden ones.

*MQ (0:00:44)*: Why wood?

*OBR (0:00:47)*: Because it forgives.
"""


def test_timed_emphasised_labels_full_name_once_then_initials() -> None:
    tree = encode(_TIMED_INITIALS)
    assert _who(tree) == [
        "marta-quillon",
        "olu-bassey-renn",
        "marta-quillon",
        "olu-bassey-renn",
        "marta-quillon",
        "olu-bassey-renn",
    ]
    # the paragraph under "*MQ (0:00:24)*:" is hers
    assert len(xp(tree, "//t:sp[3]/t:p")) == 2


_BOTH_THROUGHOUT = """_Ana Ruiz:_ Welcome, everyone, to the panel.

_AR:_ Thanks, I am Alba Reyes from the port authority.

_Ana Ruiz:_ Alba, tell us about the harbour.

_AR:_ It silted up last winter.

_Ana Ruiz:_ And the dredging?

_AR:_ Starts in May.
"""


def test_a_full_name_that_keeps_speaking_beside_its_initials_stays_apart() -> None:
    # near miss: "Ana Ruiz" speaks three times beside "AR": two voices, not one
    tree = encode(_BOTH_THROUGHOUT)
    assert len(set(_who(tree))) == 2


_INITIALS_OF_NO_ONE = """_Marta Quillon:_ Welcome to the Tidewater Hour.

_TB:_ Hello, Marta.

_MQ:_ Who are you today?

_TB:_ A listener who called in.
"""


def test_initials_that_spell_no_full_label_stay_their_own() -> None:
    # near miss: "TB" spells no name said in a label: it is a voice of its own
    tree = encode(_INITIALS_OF_NO_ONE)
    who = _who(tree)
    assert who[0] == who[2] == "marta-quillon"
    assert who[1] == who[3] != "marta-quillon"


_NO_BREAK_BEFORE_TIME = """*Marta Quillon (0:00:15)*: Welcome to the Tidewater Hour.

*Tobias Renn (0:00:21)*: Hello.

*Marta Quillon (0:29:50)*: Thanks for listening.

*Narrator\xa0(0:30:02)*: The Tidewater Hour is made by volunteers.
"""


def test_a_no_break_space_before_an_emphasised_labels_time() -> None:
    # a word processor's copy keeps "Narrator\xa0(0:30:02)": still a label and its time
    tree = encode(_NO_BREAK_BEFORE_TIME)
    assert _who(tree) == ["marta-quillon", "tobias-renn", "marta-quillon", "narrator"]
    assert xp(tree, "string(//t:sp[last()]/t:speaker/t:time)") == "0:30:02"


_NO_BREAK_TIME_NO_COLON = """*Marta Quillon (0:00:15)*: Welcome to the Tidewater Hour.

*Tobias Renn (0:00:21)*: Hello.

*Tape change\xa0(0:14:40)* and the recording goes on.

*Marta Quillon (0:29:50)*: Thanks for listening.
"""


def test_a_no_break_space_and_a_time_in_emphasis_without_a_colon() -> None:
    # near miss: the emphasis is no label without its colon; the line is no turn
    tree = encode(_NO_BREAK_TIME_NO_COLON)
    assert _who(tree) == ["marta-quillon", "tobias-renn", "marta-quillon"]
    assert "Tape change" in " ".join(xp(tree, "//t:sp[2]//text()"))


_ONE_LINE = (
    "Marta Quillon (Host): Welcome to the Tidewater Hour, the podcast of the river "
    "museum. Today we talk boats with Tobias Renn, who has built them for forty years "
    "on the east bank. Enjoy.   [ Music]  Host: Tobias, thanks for coming on today.  "
    "Tobias Renn: Thanks a lot for having me, it is a pleasure to be here at last.  "
    "Host: How did it start for you, all those years ago, with the first boat?  "
    "Tobias Renn: My grandfather built dories, and he let me hold the planks while "
    "he steamed them. I was seven, and I was hooked from that day on, really.  "
    "Host: And the first boat you built alone, what was it?  Tobias Renn: A skiff, "
    "and it leaked like a basket; we laughed about it for years --  Host: OK.  "
    "Tobias Renn: -- and I still have it in the shed behind the house.\n"
)


def test_a_transcript_joined_into_one_line_with_two_spaces_between_turns() -> None:
    tree = encode(_ONE_LINE)
    assert _who(tree) == ["marta-quillon", *(["marta-quillon", "tobias-renn"] * 4)]
    assert sorted(_persons(tree)) == ["Marta Quillon", "Tobias Renn"]
    assert xp(tree, "string(//t:stage)") == "[ Music]"
    # nothing lost: every word comes back
    assert tei_to_text(tree).split() == _ONE_LINE.split()


_ONE_LINE_SINGLE_SPACED = _ONE_LINE.replace("  ", " ").replace("  ", " ")


def test_the_same_line_with_single_spaces_is_not_cut() -> None:
    # near miss: one space between a sentence and a name's colon is no paragraph's end
    tree = encode(_ONE_LINE_SINGLE_SPACED)
    assert len(xp(tree, "//t:sp")) <= 1


_TYPED_PROSE = (
    "The museum's notes on the spring season, typed with two spaces after each "
    "sentence as the old volunteers still do.  Note: the slipway is closed until May.  "
    "The dories will be launched from the north dock instead, weather permitting, and "
    "the skiffs stay in the shed.  Note: the shed is locked after six.  Volunteers who "
    "want to help with caulking should sign the sheet by the door.  Note: bring gloves, "
    "the pitch is hot.  The season opens on the first Saturday with a parade of boats "
    "down the river, and the band plays on the green until dark.\n"
)


def test_a_typed_paragraph_with_two_spaces_and_one_recurring_key_is_not_cut() -> None:
    # near miss: "Note:" three times after two spaces is one key, not two voices
    tree = encode(_TYPED_PROSE)
    assert xp(tree, "//t:sp") == []
    assert len(xp(tree, "//t:body//t:p")) == 1


_WRAPPED_WITH_LINKS = """---
title: "Spotlight on the Harbour Group"
---

**Marta:** Could you tell us a bit about yourself, and how you came to
the harbour group and its boats in the first place, all those years ago?

**Tobias:** Hello! I look after the dories and the skiffs for the group,
and I keep the logbook of every launch through the whole of the season.
For the logbook, we use
[TideLog](https://example.org/tidewater/logbook/for-small-boats/and-their-crews). Some
pages were lost in the flood, so we rebuilt them from the photographs
that [the museum](https://example.org/museum/collections/photographs/harbour/1998) kept in its
archive, and from what the older members remembered of each season,
which was more than you might think, and often more than we wanted.
The [council](https://example.org/council/minutes/harbour-committee/2019-spring) paid for
the new shed, and the [rowing club](https://example.org/rowing-club/news/the-shared-slipway) shares
the slipway with us on Sundays, which works well enough most weeks.

**Marta:** And what comes next for the group this year?

**Tobias:** A new slipway, if the council agrees, and a bigger shed for
the winter, so that the boats need not stand out in the rain for months
while we wait for the spring and the first launch of the season, and a
proper crane, so that nobody has to lift a dory by hand any more, which
is how I hurt my back two winters ago, lifting the old green skiff alone.
"""


def test_a_hard_wrapped_markdown_speech_with_links_is_one_paragraph() -> None:
    # the lines run to 70 columns; a link the wrap could not break runs past it,
    # or opens a line after a short one: the speech is still one paragraph
    tree = encode(_WRAPPED_WITH_LINKS)
    assert _who(tree) == ["marta", "tobias", "marta", "tobias"]
    assert [len(xp(sp, "t:p")) for sp in xp(tree, "//t:sp")] == [1, 1, 1, 1]
    assert tei_to_text(tree).split() == _WRAPPED_WITH_LINKS.split()


_WRAPPED_WITH_REMARK = """---
title: "Spotlight on the Harbour Group"
---

**Marta:** Could you tell us a bit about yourself, and how you came to
the harbour group and its boats in the first place, all those years ago?

**Tobias:** Hello! I look after the dories and the skiffs for the group,
and I keep the logbook of every launch, through the whole of the season.
[Laughter in the room]
Then one day the logbook went into the river with me, and that was that.
See https://example.org/tidewater/logbook/for-small-boats/the-day-it-sank
for the photographs that the museum kept of the day it all went wrong.

**Marta:** And what comes next for the group this year?
"""


def test_a_bracketed_remark_still_opens_its_line_in_wrapped_markdown() -> None:
    # near miss: "[Laughter in the room]" is no link: it stays apart from the words
    # around it; a short line before an ordinary word still ends its paragraph
    tree = encode(_WRAPPED_WITH_REMARK)
    assert _who(tree) == ["marta", "tobias", "marta"]
    tobias = " ".join(xp(tree, "//t:sp[2]//text()"))
    assert "[Laughter in the room]" in tobias
    assert "Then one day" in tobias
    assert not any(
        "Laughter" in "".join(p.itertext()) and "Then one day" in "".join(p.itertext())
        for p in xp(tree, "//t:sp[2]/t:p")
    )


_HTML_SOURCE = """---
title: Episode 3 - Transcript
---

<h3 id="introduction">Introduction</h3>
<p>MQ: Welcome to the Tidewater Hour. With me is Tobias Renn.</p>
<p>TR: Thanks for having me.</p>
<h3 id="boats">Boats</h3>
<p>MQ: How did you start?</p>
<p>TR: With my grandfather's dories.</p>
<p>MQ: And now?</p>
<p>TR: Skiffs, mostly.</p>
"""


def test_plain_labels_in_html_paragraphs_and_html_headings_between_turns() -> None:
    tree = encode(_HTML_SOURCE)
    assert _who(tree) == ["mq", "tr"] * 3
    heads = [" ".join("".join(h.itertext()).split()) for h in xp(tree, "//t:body//t:head")]
    assert any("Boats" in h for h in heads)
    # the first heading too, over the first turn
    assert any("Introduction" in h for h in heads)
    # the heading between turns is no words of the turn before it
    assert not any("Boats" in "".join(p.itertext()) for p in xp(tree, "//t:sp/t:p"))
    assert tei_to_text(tree).split() == _HTML_SOURCE.split()


_HTML_PROSE = """<h3 id="notes">Notes from the harbour</h3>
<p>Note: the slipway is closed until May, and the dories launch from the north dock.</p>
<p>The museum opens on Saturdays, <h3>and</h3> the shed is locked after six.</p>
<p>Volunteers should sign the sheet by the door before the season opens.</p>
"""


def test_html_prose_with_one_key_is_no_conversation() -> None:
    # near miss: "<p>Note: …</p>" once is no label; an h3 inside a line is no heading
    tree = encode(_HTML_PROSE)
    assert xp(tree, "//t:sp") == []
    assert not any(
        " ".join("".join(h.itertext()).split()) == "and" for h in xp(tree, "//t:body//t:head")
    )


_BOLD_QUESTIONS = """---
title: "The Tidewater Hour interview"
author: >
  Marta Quillon
---

Tobias Renn has built boats on the east bank for forty years. I asked him how.

*This transcript has been lightly edited.*

---

**You grew up by the river. Did you always want to build boats?**<br>
Not at all. I wanted to be a pilot, like my uncle.

**What changed?**<br>
[LAUGHS] My eyesight. And my grandfather needed help with the dories.

**That must have been a hard summer.**<br>
It was the best summer of my life, in the end.

Though I did not know it then.

**And the first boat you built alone?**<br>
A skiff. It leaked.

**Do you still have it?**<br>
In the shed behind the house.
"""


def test_a_published_interview_with_its_questions_in_bold_and_no_labels() -> None:
    tree = encode(_BOLD_QUESTIONS)
    assert _who(tree) == ["interviewer", "interviewee"] * 5
    # the answer's second paragraph is the same answer's
    assert len(xp(tree, "//t:sp[6]/t:p")) == 2
    # the introduction and the editor's line are no one's speech
    assert not any("forty years" in "".join(sp.itertext()) for sp in xp(tree, "//t:sp"))
    assert tei_to_text(tree).split() == _BOLD_QUESTIONS.split()


_BOLD_HEADINGS = """**Getting to the harbour**
Take the ferry from the north pier, or the bus that stops by the museum.

**Opening hours**
The shed is open on Saturdays from ten until four.

**What to bring?**
Gloves and a warm coat: the river wind is cold even in May.

**Who to ask?**
Any volunteer in a green jacket.

**Food and drink**
The café by the slipway.
"""


def test_bold_headings_over_paragraphs_are_no_interview() -> None:
    # near miss: a visitor's guide, its bold headings over their text; two of them
    # ask, fewer than an interview's three: no conversation
    tree = encode(_BOLD_HEADINGS)
    assert xp(tree, "//t:sp") == []


_LABELLED_AND_BOLD = """**Marta:** Welcome to the show.

**Did you always want to build boats?**

**Tobias:** Not at all.

**Marta:** Why not?

**Tobias:** I wanted to fly.

**What changed?**

**Tobias:** My eyesight.
"""


def test_bold_questions_beside_labels_are_left_to_the_labels() -> None:
    # near miss: where turns are labelled, a bold line is no unnamed interviewer's turn
    tree = encode(_LABELLED_AND_BOLD)
    assert "interviewer" not in _who(tree)


_AUTHOR_ASKS = """---
title: "Spotlight on the Harbour Group"
author: >
  Marta Quillon
---

**Marta:** Could you tell us a bit about yourself?

**Tobias:** I look after the dories.

**Marta:** And what comes next?

**Tobias:** A new slipway.
"""


def test_the_posts_author_whose_given_name_labels_turns_is_that_speaker() -> None:
    tree = encode(_AUTHOR_ASKS)
    assert _who(tree) == ["marta-quillon", "tobias"] * 2
    assert "Marta Quillon" in _persons(tree)


_AUTHOR_WRITES = _AUTHOR_ASKS.replace("Marta Quillon", "Hana Ostrova")


def test_an_author_whose_given_name_labels_no_turn_is_no_participant() -> None:
    # near miss: the post's writer, not a voice of the talk: no person, no link
    tree = encode(_AUTHOR_WRITES)
    assert _who(tree) == ["marta", "tobias"] * 2
    assert "Hana Ostrova" not in _persons(tree)


_EMPHASISED_LAUGHTER = """**Marta:** Did the skiff float?

*Laughter*

**Tobias:** Not for long.

**Marta:** And the second one?

<p><em>Laughter</em></p>

**Tobias:** That one still floats.
"""


def test_a_sound_alone_in_emphasis_is_the_scene_not_words_of_the_turn() -> None:
    tree = encode(_EMPHASISED_LAUGHTER)
    assert _who(tree) == ["marta", "tobias"] * 2
    stages = [" ".join("".join(s.itertext()).split()) for s in xp(tree, "//t:stage")]
    assert stages == ["*Laughter*", "<p><em>Laughter</em></p>"]
    assert not any("Laughter" in "".join(p.itertext()) for p in xp(tree, "//t:sp/t:p"))


_EMPHASISED_WORDS_SAID = """**Marta:** Did the skiff float?

*Exactly*

**Tobias:** Not for long.

**Marta:** What did your grandfather say?

*Laughter is the best medicine.*

**Tobias:** That is what he said.
"""


def test_a_word_or_a_sentence_in_emphasis_stays_the_speakers() -> None:
    # near miss: "*Exactly*" is a word said; a sentence in italics is speech
    tree = encode(_EMPHASISED_WORDS_SAID)
    assert xp(tree, "//t:stage") == []
    assert "Exactly" in " ".join(xp(tree, "//t:sp[1]//text()"))
    assert "medicine" in " ".join(xp(tree, "//t:sp[3]//text()"))
