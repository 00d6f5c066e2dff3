"""Press briefings, gaggles and press conferences a tester's probe (13, H) found
misread: a briefing's text wrapped at a fixed width, whose labels close with a colon
("MS. NAME:"), where a sentence ends in an acronym that the wrap put at a line's start
("GDP.  And …"), read as a speaker said once (H1); an answer that speaks of a
copyright, read as the record's rights notice so that every turn after it became back
matter (H2); a speaker's false start after an em dash ("And — and so …"), read as a
"Name — words" label (H3); the end line whose END and time stand apart by no-break
spaces, read as a heading (H4). Small transcripts written for these tests (names and
words invented, in the house style found); every expectation was written from the
transcript above it, by reading."""

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


# H3: a moderated conversation whose labels close with a colon; the guests restart
# a sentence after an em dash ("And — and so …", "But I — I do …") at a
# paragraph's start, the same false start twice
DASHED_RESTARTS = """Remarks in a Conversation on Rural Clinics

Town Library

THE GOVERNOR:  Thank you all for coming out tonight.

MS. ADEYEMI:  Thank you, Governor.  Let me start with the clinics.

THE GOVERNOR:  Well, the clinics were the first thing I heard about.

And — and it has shaped the way we wrote the budget this year.

And — and so when the county closed two of them, we moved fast.

MS. ADEYEMI:  What did moving fast look like?

But I — I want to ask about the nurses too.

THE GOVERNOR:  A van, a nurse, and a schedule.

But I — I do think the van is only the start.

MS. ADEYEMI:  Thank you, Governor.
"""


def test_a_restart_after_a_dash_is_no_speaker() -> None:
    tree = encode(DASHED_RESTARTS)
    whos = [who for who, _ in said(tree)]
    assert turns(tree) == 6
    assert len(set(whos)) == 2
    assert "But I — I want to ask" in said(tree)[3][1]
    assert "And — and so when the county closed" in said(tree)[2][1]


# negative: a record whose speakers are written "Name — words" throughout stays so
DASH_LABELLED = """Notes of the Allotment Committee

Rosa Lind — We start with the water butts.
Tom Greer — Two are cracked.
Rosa Lind — Then we order two more.
Tom Greer — I will ask the shop.
"""


def test_names_before_dashes_throughout_stay_speakers() -> None:
    tree = encode(DASH_LABELLED)
    assert turns(tree) == 4


# H3, a briefing: one official's colon label and the press's bare "Q"; the
# spokesperson's false starts "So —", "Look, …—" each twice
BRIEFING_RESTARTS = """Press Briefing by the Spokesperson

2:10 P.M. EST

MS. HARLOW:  Good afternoon.  I have one item.

Q    Can you say more about the ferry contract?

MS. HARLOW:  I can say a little.

So — but the contract was signed last week, and the board has it.

Q    And the price?

MS. HARLOW:  The price is public.

Look, I want to be careful because we don't have — we don't have it yet.

So, I know that you're — you're asking about the second boat.

Q    Thank you.

MS. HARLOW:  Look, the board meets on — on Friday.

Look, the board — the board will say more.

END                2:20 P.M. EST
"""


def test_a_restart_after_a_dash_in_a_briefing_is_no_speaker() -> None:
    tree = encode(BRIEFING_RESTARTS)
    assert turns(tree) == 7
    assert "So — but the contract was signed" in said(tree)[2][1]


# H4: the page's end line sets no-break spaces between END and the time
# ("END\u00a0\u00a0\u00a0 7:18 P.M. EST"), as whitehouse.gov's pages do since 2025
NBSP_END = (
    "Press Gaggle by the Spokesperson\n\nAboard the Train\n\n2:10 P.M. EST\n\n"
    "MS. HARLOW:  Good afternoon.\n\nQ    Thanks for doing this.\n\n"
    "MS. HARLOW:  Thank you all.\n\nEND\u00a0\u00a0\u00a0\u00a0 2:20 P.M. EST\n"
)


def test_the_end_line_with_no_break_spaces_closes_the_record() -> None:
    tree = encode(NBSP_END)
    times = xp(tree, "//t:settingDesc//t:time")
    assert [(t.get("from"), t.get("to")) for t in times] == [("14:10:00-05:00", "14:20:00-05:00")]
    assert xp(tree, "//t:body//t:head") == []


def test_words_after_end_with_a_no_break_space_are_no_end_line() -> None:
    from encoder.reader.patterns import clock_line

    assert clock_line("END\u00a0 OF TAPE ONE") is None
    assert clock_line("Ends\u00a0 2:20 P.M. EST") is None
