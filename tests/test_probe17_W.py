"""Meeting-software exports and speech-recognition output a tester's probe (17, W)
found misread. Small transcripts written for these tests (names, times and words
invented, in the house styles found in real exports); every expectation was
written from the transcript above it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, said, xp
from test_exports_probe7 import speakers_and_times, words_back

# W1: a meeting program's automatic transcript set out as an IRC raw log by a
# group's scribe tool: the stamp, a tab, the display name in angle brackets (spaces,
# its company or pronouns in parentheses), a tab, the words; "<>" where the program
# did not know who spoke.
LOGGED_TRANSCRIPT = (
    "[2031-03-04T17:02:10.120Z]\t<Marta Ilves>\tGood afternoon, shall we begin?\n"
    "[2031-03-04T17:02:15.400Z]\t<Oskar Lind (Harbor/Labs)>\tYes, I have the draft open.\n"
    "[2031-03-04T17:02:19.000Z]\t<>\tCan you hear me?\n"
    "[2031-03-04T17:02:22.730Z]\t<Marta Ilves>\tWe can. Oskar, the second section first.\n"
    "[2031-03-04T17:02:31.050Z]\t<Oskar Lind (he/him)>\tThe schema changed last week.\n"
    "[2031-03-04T17:02:40.600Z]\t<Marta Ilves>\tThen we vote next time.\n"
)


def test_a_transcript_logged_with_full_display_names_gives_each_line_its_speaker() -> None:
    tree = encode(LOGGED_TRANSCRIPT, "call.txt")
    assert [who for who, _ in said(tree)] == [
        "#marta-ilves",
        "#oskar-lind",
        "#person",
        "#marta-ilves",
        "#oskar-lind",
        "#marta-ilves",
    ]
    # the company or the pronouns in parentheses are no part of the name
    assert xp(tree, "//t:person[@xml:id='oskar-lind']/t:persName/text()") == ["Oskar Lind"]
    # the empty brackets: a voice the program could not name, no one's name
    assert xp(tree, "//t:person[@xml:id='person']/@role") == ["unidentified"]
    assert said(tree)[2][1] == "Can you hear me?"
    assert speakers_and_times(tree)[1] == ("#oskar-lind", "2031-03-04T17:02:15.400Z")
    words_back(tree, LOGGED_TRANSCRIPT)


def test_empty_brackets_or_a_parenthesis_in_prose_open_no_turn() -> None:
    # a programmer's notes: "<>" and a bracketed word with a parenthesis, no stamp,
    # no log: paragraphs
    text = (
        "<> is the diamond operator in our generic calls.\n\n"
        "<Widget (legacy)> renders the old panel; avoid it.\n\n"
        "The new panel is the default from version four.\n"
    )
    tree = encode(text, "notes.txt")
    assert xp(tree, "//t:sp") == []
    words_back(tree, text)
