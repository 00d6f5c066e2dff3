"""Press briefings and gaggles a tester's probe (13, H) found misread: a briefing's
text wrapped at a fixed width, whose labels close with a colon ("MS. NAME:"), where a
sentence ends in an acronym that the wrap put at a line's start ("GDP.  And …"):
that acronym was read as a speaker said once (H1). Small transcripts written for
these tests (names and words invented, in the house style found); every expectation
was written from the transcript above it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, said, xp


def turns(tree: object) -> int:
    return len(xp(tree, "//t:sp"))  # type: ignore[arg-type]


# H1: a briefing hard-wrapped at 72 columns, two officials and the press; an answer's
# sentence ends in "GDP." and another in "IRS." at the start of a wrapped line.
WRAPPED_ACRONYMS = """Press Briefing by the Spokesperson and the Budget Director

Main Briefing Room

2:10 P.M. EST

MS. HARLOW:  Good afternoon, everybody.  I have two short items today and
then the director will take a few of your questions on the budget.

MR. OKAFOR:  Thanks.  The plan we sent up this morning keeps spending
flat for the third year in a row.  What we pay in interest is now more
than two percent of our share of world
GDP.\u00a0 And the plan brings that number down by the end of the decade.

Q    What about the tax office?

MR. OKAFOR:  We are looking at every agency, not only the tax
collectors at the
IRS.\u00a0 Every office will be looked at, and every office will report back.

Q    And the timing?

MS. HARLOW:  Soon.  Thanks, everybody.

END                2:20 P.M. EST
"""


def test_an_acronym_a_wrap_put_at_a_lines_start_is_no_speaker() -> None:
    tree = encode(WRAPPED_ACRONYMS)
    whos = [who for who, _ in said(tree)]
    assert turns(tree) == 6
    assert not any("gdp" in who.casefold() or "irs" in who.casefold() for who in whos)
    words = dict(said(tree)[1:2])
    assert "GDP. And the plan brings" in next(iter(words.values()))


# negative: a play's speech in capitals closed with a stop, said once after a line
# that ends mid-sentence, where the labels are all of that shape, stays a speech
PLAY_STOP_LABELS = """THE ORCHARD

ACT I

NELL. The ladder is still against the wall, and the
RUFUS. Leave it there, the apples will not pick themselves.
NELL. Then you climb it.
RUFUS. I will, when the rain
TOBY. It has stopped.
"""


def test_a_play_label_said_once_after_a_broken_line_stays_a_speech() -> None:
    tree = encode(PLAY_STOP_LABELS)
    assert turns(tree) == 5
    assert "toby" in [who for who, _ in said(tree)][-1].casefold()


# H2: a joint press conference; a leader's answer goes on in a paragraph that speaks
# of a copyright ("the word … has a copyright") and the conference goes on after it
SPOKEN_COPYRIGHT = """Joint Press Conference

East Room

2:10 P.M. EST

PRESIDENT HALE:  Thank you.  Please, go ahead.

Q    A question for the prime minister, about the new rail line.

PRIME MINISTER ORTA:  (As interpreted.)  We spoke about the ports and
the rail line for a long time.

As far as the name of the train is concerned, the word "Swift" has a
copyright, and that is one person who has a copyright on it: the President.

PRESIDENT HALE:  Thank you.  That was very nice.

Q    Which one of us?

PRESIDENT HALE:  You, go ahead.

Q    Thank you, sir.

PRIME MINISTER ORTA:  Thank you.

END                2:20 P.M. EST
"""


def test_a_copyright_spoken_of_in_an_answer_does_not_end_the_turns() -> None:
    tree = encode(SPOKEN_COPYRIGHT)
    turns_said = said(tree)
    assert turns(tree) == 8
    assert "has a copyright" in turns_said[2][1]
    assert turns_said[-1][1].startswith("Thank you")


# negative: a notice of rights after the last turn, no turns after it, stays the
# record's notice, not words of the last speaker
NOTICE_AFTER = """Interview with a Ferry Captain

INTERVIEWER:  When did you start on the boats?

NOLAN:  In the spring of the year the old pier burned.

INTERVIEWER:  And you stayed?

NOLAN:  Thirty years.

Copyright 2019 the Harbour Society.  All rights reserved.
"""


def test_a_notice_of_rights_after_the_last_turn_stays_a_notice() -> None:
    tree = encode(NOTICE_AFTER)
    assert turns(tree) == 4
    assert "rights reserved" not in said(tree)[-1][1]
