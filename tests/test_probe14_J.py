"""Podcast and long-interview transcripts a tester's probe (14, J) found misread, in the
house styles of a transcript archive's podcasts: a guest known by one name keyed by one
letter on the first turn ("Murch (M):", then "M:"), whose turns went to another voice
whose full name starts with that letter (J1); a transcriber's "???:" for a voice not
named, whose turns ran into the turn before (J2); the recording's elapsed time spelled
with its units alone on a line ("2m 10s", "((37min 58sec))"), read as words of a speech
or a remark (J3); a Markdown heading holding the time and the name over each turn ("###
[00:00:12] Ruth"), read as a section's heading so that no turn was found (J4); an oral
history's table of contents before the first turn, read as the conversation's first
paragraphs (J5); a later session's number between the turns ("Interview #2" over its
date), read as words of the last answer (J6); an index of names after the interview
under "Index" in mixed case, its heading taken for a web page's link (J7). Small
transcripts written for these tests (names and words invented, in the house style
found); every expectation was written from the transcript above it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, said, xp


def whos(tree: object) -> list[str]:
    return [who for who, _ in said(tree)]  # type: ignore[arg-type]


def person_named(tree: object, ref: str) -> str:
    ident = ref.lstrip("#")
    names = xp(tree, f"//t:person[@xml:id='{ident}']/t:persName")  # type: ignore[arg-type]
    return "".join(names[0].itertext()) if names else ""


# J1: the first turn of each voice gives the full name and the key in brackets; a
# guest known by one name is keyed by its first letter, which another voice's full
# name shares ("Niels Brandt (NB)" beside "Bram (B)").
ONE_LETTER_KEY = """Nora Vance (NV): Welcome back, everyone.

Bram (B): Glad to be here.

Niels Brandt (NB): Thanks for having me.

NV: Let us start with the harbour.

B: The harbour was busy that year.

NB: It was never quiet.

NV: And the ferries?

B: They ran twice a day.

NB: Only in summer.
"""


def test_a_one_word_name_keys_its_letter_label() -> None:
    tree = encode(ONE_LETTER_KEY)
    who = whos(tree)
    assert len(who) == 9
    assert [person_named(tree, w) for w in who[1::3]] == ["Bram", "Bram", "Bram"]
    assert person_named(tree, who[3]) == "Nora Vance"


# negative: a bracketed letter that is not the name's first is no key; the "K:" turns
# stay a voice of their own, never Bram's.
NOT_A_KEY = """Nora Vance (NV): Welcome back, everyone.

Bram (K): Glad to be here.

NV: Let us start with the harbour.

K: The harbour was busy that year.

NV: And the ferries?

K: They ran twice a day.
"""


def test_a_bracketed_letter_not_the_names_own_is_no_key() -> None:
    tree = encode(NOT_A_KEY)
    who = whos(tree)
    assert len(who) == 6
    assert person_named(tree, who[3]) != "Bram"


# J2: a transcriber's "???:" for a voice not named (a call-in debate's listeners),
# among initials and role labels: each such line opens a turn of an unidentified
# speaker, never words of the turn before.
UNNAMED_VOICE = """Host: Welcome to the debate. Two guests are on the line tonight.

KL: Thanks for having me.

DM: Glad to be here.

???: Can I ask a question from the floor?

Host: Go ahead.

???: What about the fees next year?

KL: They will go up, I think.

DM: I disagree.
"""


def test_three_question_marks_label_an_unidentified_voice() -> None:
    tree = encode(UNNAMED_VOICE)
    pairs = said(tree)
    assert len(pairs) == 8
    assert pairs[3][1] == "Can I ask a question from the floor?"
    assert pairs[3][0] == pairs[5][0]
    roles = xp(tree, f"//t:person[@xml:id='{pairs[3][0].lstrip('#')}']/@role")
    assert roles == ["unidentified"]


# negative: a line of speech that opens with question marks and no colon stays words
# of the turn before it.
QUESTION_MARKS_IN_SPEECH = """Host: Welcome to the debate.

KL: Thanks for having me.

??? That was the whole of his answer, and we laughed.

DM: Glad to be here.

Host: Let us begin.
"""


def test_question_marks_without_a_colon_are_no_label() -> None:
    tree = encode(QUESTION_MARKS_IN_SPEECH)
    pairs = said(tree)
    assert len(pairs) == 4
    assert "That was the whole of his answer" in pairs[1][1]


# J3: a transcriber notes how far the recording has got, spelled with units, on a line
# of its own between turns: "2m 10s", "21min", "((37min 58sec))", "(1h 1min)".
SPELLED_TIMES = """Host: Welcome back to the call.

KL: Thanks. The ferry was late again.

2m 10s

Host: Tell us about the timetable.

KL: It changed in spring.

((37min 58sec))

DM: And the winter one?

21min

KL: Nobody knows yet.

(1h 1min)

Host: Thank you both.
"""


def test_an_elapsed_time_spelled_with_units_is_a_point_of_the_recording() -> None:
    tree = encode(SPELLED_TIMES)
    pairs = said(tree)
    assert len(pairs) == 7
    assert all("min" not in words and "10s" not in words for _, words in pairs)
    times = ["".join(t.itertext()) for t in xp(tree, "//t:text//t:time")]
    assert times == ["2m 10s", "37min 58sec", "21min", "1h 1min"]
    intervals = xp(tree, "//t:timeline/t:when/@interval")
    assert intervals == ["130", "2278", "1260", "3660"]


# negative: a bare figure with one letter ("5m", a length) alone, a time in words
# ("20 minutes") alone, and a sentence that gives a time, stay words of the speech.
NOT_SPELLED_TIMES = """Host: How deep is the channel?

KL: At low water it is

5m

Host: And how long is the crossing?

KL: On a calm day,

20 minutes

Host: And the crossing?

KL: It takes 21min on a calm day.
"""


def test_a_figure_with_one_letter_alone_is_no_time() -> None:
    tree = encode(NOT_SPELLED_TIMES)
    pairs = said(tree)
    assert len(pairs) == 6
    assert "5m" in pairs[1][1]
    assert "20 minutes" in pairs[3][1]
    assert xp(tree, "//t:text//t:time") == []


# J4: a podcast's cleaned transcript heads each turn with a Markdown heading holding
# the time and the speaker's name, the words below ("### [00:00:12] Ruth").
HEADED_TURNS = """# Harbour Talk Episode 4: The Night Ferry

- **Hosts present:** Dana and Ruth
- **Guest:** Captain Ilse Marten

---

### [00:00:00] Dana
Welcome to Harbour Talk. Today we have a special guest with us.

### [00:00:12] Ruth
And she has been sailing the night ferry for twenty years.

### [00:00:20] Capt. Marten
Thank you both. It is good to be here.

### [00:01:05] Dana
So how did you start?

### [00:01:09] Capt. Marten
I started as a deckhand when I was seventeen.

### [00:02:30] Ruth
Was it ever frightening?
"""


def test_a_heading_with_a_time_and_a_recurring_name_opens_a_turn() -> None:
    tree = encode(HEADED_TURNS, "harbour.md")
    pairs = said(tree)
    assert len(pairs) == 6
    assert pairs[2][1] == "Thank you both. It is good to be here."
    assert pairs[2][0] == pairs[4][0]
    assert len(xp(tree, "//t:sp[@synch]")) == 6
    assert xp(tree, "//t:text//t:head") == []


# negative: a video's chapters in headings with their times, over labelled turns;
# no chapter title recurs, so each heading stays a section's head.
CHAPTERS = """## [00:00:00] Introductions

**Lisa:** Hi! Welcome to the show.

**Omar:** Thanks for having me.

## [00:04:10] Getting Started

**Lisa:** So where do we begin?

**Omar:** At the very start.
"""


def test_chapter_headings_with_times_stay_headings() -> None:
    tree = encode(CHAPTERS, "chapters.md")
    pairs = said(tree)
    assert len(pairs) == 4
    heads = [" ".join("".join(h.itertext()).split()) for h in xp(tree, "//t:text//t:head")]
    assert any("Getting Started" in head for head in heads)


# J5: an oral history's table of contents between its fields and the first turn: the
# heading and its topics with their pages are front matter, as an abstract is.
CONTENTS_OVER_TURNS = """ORAL HISTORY INTERVIEW WITH HELGA STORM

Interviewer: Peter Lund
Date: March 4, 1998
Place: Harbour Museum

TABLE OF CONTENTS

Childhood in the north .................................. 1
Working on the fishing boats ............................ 3

[Begin Tape 1, Side A]

LUND: Where were you born?

STORM: In a small village north of here, in 1921.

LUND: And your parents?

STORM: My father fished and my mother kept the house.

[END OF INTERVIEW]
"""


def test_a_table_of_contents_before_the_interview_is_front_matter() -> None:
    tree = encode(CONTENTS_OVER_TURNS)
    assert len(said(tree)) == 4
    front = " ".join("".join(p.itertext()) for p in xp(tree, "//t:front//t:p"))
    assert "TABLE OF CONTENTS" in front and "Working on the fishing boats" in front
    body = " ".join("".join(p.itertext()) for p in xp(tree, "//t:body//t:p"))
    assert "fishing boats ...." not in body


# negative: a record with no turns under a contents heading keeps its lines as its text.
CONTENTS_OF_A_REPORT = """Harbour Museum Annual Report

Contents

Visitors ................................................ 1
Collections ............................................. 2

The museum welcomed more visitors this year than in any year before, and the new
gallery on the fishing fleet opened in the spring after two years of building work.
"""


def test_contents_of_a_record_without_turns_stay_its_text() -> None:
    tree = encode(CONTENTS_OF_A_REPORT)
    body = " ".join("".join(p.itertext()) for p in xp(tree, "//t:body//t:p"))
    assert "Visitors" in body


# J6: an oral history of several sessions heads each later one with its number and
# date between the turns ("Interview #2" / "Tuesday, March 13, 1984"), as the Senate
# Historical Office's transcripts do: the session's head, no words of the last answer.
SESSIONS = """WALTER DENHOLM
Clerk of the Committee, 1958-1981

Interview #1
Monday, March 5, 1984

RITCHIE: I thought we would begin with where you were born.

DENHOLM: I was born in Ohio, in a town called Lisbon.

RITCHIE: And how did you come to Washington?

DENHOLM: By train, in 1947, to work for a senator from my state.

Interview #2
Tuesday, March 13, 1984

RITCHIE: Last time we stopped in 1958.

DENHOLM: Yes, when I went to the committee.
"""


def test_a_later_sessions_number_between_turns_heads_a_section() -> None:
    tree = encode(SESSIONS)
    pairs = said(tree)
    assert len(pairs) == 6
    assert pairs[3][1] == "By train, in 1947, to work for a senator from my state."
    heads = [" ".join("".join(h.itertext()).split()) for h in xp(tree, "//t:body//t:head")]
    assert heads == ["Interview #2"]


# negative: the same words inside a sentence, and a line that goes on as speech, stay
# words of the turn.
SESSION_WORDS_SPOKEN = """RITCHIE: Which was your best interview?

DENHOLM: I would say

Interview #2 of the series, the one in the spring.

RITCHIE: Why that one?

DENHOLM: We had more time.
"""


def test_session_words_that_go_on_as_speech_stay_words() -> None:
    tree = encode(SESSION_WORDS_SPOKEN)
    pairs = said(tree)
    assert len(pairs) == 4
    assert "Interview #2 of the series" in pairs[1][1]
    assert xp(tree, "//t:body//t:head") == []


# J7: the index of names after an oral history under "Index" in mixed case, each entry
# a surname, the forenames and the pages: a section after the interview, not a web
# page's link word kept out of the edition.
INDEX_AFTER = """Interviewer: Donald Reese
Narrator: Walter Denholm

REESE: Where were you born?

DENHOLM: In Ohio, in a town called Lisbon.

REESE: And how did you come to Washington?

DENHOLM: By train, in 1947.

[End of Interview]

Index

Denholm, Walter, 1-4
Lisbon, Ohio, 1
"""


def test_an_index_of_names_under_index_in_mixed_case_is_a_section() -> None:
    tree = encode(INDEX_AFTER)
    assert len(said(tree)) == 4
    heads = [" ".join("".join(h.itertext()).split()) for h in xp(tree, "//t:body//t:head")]
    assert "Index" in heads
    assert xp(tree, "//t:teiHeader//t:note[@type='boilerplate'][. = 'Index']") == []


# negative: a web page's navigation word "Index" among its links, after the turns,
# stays the page's boilerplate.
INDEX_LINK = """REESE: Where were you born?

DENHOLM: In Ohio, in a town called Lisbon.

REESE: And how did you come to Washington?

DENHOLM: By train, in 1947.

Previous Section

Index

Home Page
"""


def test_a_web_pages_index_link_stays_boilerplate() -> None:
    tree = encode(INDEX_LINK)
    assert len(said(tree)) == 4
    assert xp(tree, "//t:teiHeader//t:note[@type='boilerplate'][. = 'Index']") != []
