"""Oral histories (probe 9, helper B), in the Science History Institute's house
style: a front matter of "INTERVIEWEE:", "INTERVIEWERS:" (several names, one a
line, aligned with spaces or a tab), "LOCATION:", "DATE:"; a session's front
matter said again after "[END OF INTERVIEW 1]"; a byte-order mark copied after
the first line's indent. Invented texts, other names than the probe's."""

from __future__ import annotations

from test_exports_and_oral import encode, participants, said, same_words, xp


def _labels(tree: object) -> list[str]:
    return [
        " ".join("".join(s.itertext()).split())
        for s in xp(tree, "//t:sp/t:speaker")  # type: ignore[arg-type]
    ]


def _who(tree: object, label: str) -> set[str]:
    return {
        sp.get("who")
        for sp in xp(tree, "//t:sp")  # type: ignore[arg-type]
        if " ".join("".join(xp(sp, "t:speaker")[0].itertext()).split()).endswith(label)
    }


def _names(tree: object) -> set[str]:
    return {n for names in participants(tree).values() for n in names}  # type: ignore[arg-type]


# ------------------------------------- "INTERVIEWERS:" with a second name under it

PLURAL_NEXT_LINE = (
    "INTERVIEWEE:  Rosa M. Delgado\n"
    "\n"
    "INTERVIEWERS: Peter Lindqvist\n"
    "Hannah O. Mbeki\n"
    "\n"
    "LOCATION: Albuquerque, New Mexico\n"
    "\n"
    "DATE: 3 May 2001\n"
    "\n"
    "LINDQVIST:  Let us begin with your parents and the town.\n"
    "\n"
    "DELGADO:  My father ran a bakery on the plaza.\n"
    "\n"
    "MBEKI:  Was it a big bakery?\n"
    "\n"
    "DELGADO:  Four ovens, no more.\n"
)


def test_plural_interviewers_key_and_the_name_under_it_are_front_matter() -> None:
    tree = encode(PLURAL_NEXT_LINE)
    assert _labels(tree) == ["LINDQVIST:", "DELGADO:", "MBEKI:", "DELGADO:"]
    assert {"Peter Lindqvist", "Hannah O. Mbeki", "Rosa M. Delgado"} <= _names(tree)
    assert not xp(tree, "//t:docTitle")  # the second name is no title
    mbeki = _who(tree, "MBEKI:").pop().lstrip("#")
    assert "Hannah O. Mbeki" in participants(tree)[mbeki]
    same_words(tree, PLURAL_NEXT_LINE)


TAB_ALIGNED = (
    "For more information on this oral history, please contact the Center.\r\n"
    "INTERVIEWEE: \tRosa M. Delgado\r\n"
    "DATE: \t3 May 2001\r\n"
    "INTERVIEWERS: \tPeter Lindqvist\r\n"
    " \tHannah O. Mbeki\r\n"
    "LOCATION: \tAlbuquerque, New Mexico\r\n"
    "LINDQVIST: Let us begin with your parents.\r\n"
    "DELGADO: My father ran a bakery on the plaza.\r\n"
    "MBEKI: Was it a big bakery?\r\n"
    "DELGADO: Four ovens, no more.\r\n"
    "LINDQVIST: And your mother?\r\n"
    "DELGADO: She kept the books.\r\n"
    "[END OF INTERVIEW]\r\n"
)


def test_tab_aligned_front_matter_with_a_second_interviewer() -> None:
    tree = encode(TAB_ALIGNED)
    labels = _labels(tree)
    assert len(labels) == 6
    assert "INTERVIEWERS:" not in labels and "LOCATION:" not in labels
    assert {"Peter Lindqvist", "Hannah O. Mbeki"} <= _names(tree)
    same_words(tree, TAB_ALIGNED)


# ------------------------------------- a second session repeats the front matter

SESSIONS = (
    "              \ufeffINTERVIEWEE:   Rosa M. Delgado\n"
    "\n"
    "INTERVIEWER:    Peter Lindqvist\n"
    "\n"
    "DATE:       3 May 2001\n"
    "\n"
    "LOCATION:     Albuquerque, New Mexico\n"
    "\n\n\n"
    "LINDQVIST:  Let us begin with your parents.\n"
    "\n\n"
    "DELGADO:  My father ran a bakery on the plaza.\n"
    "\n\n"
    "LINDQVIST:  And your mother?\n"
    "\n\n"
    "DELGADO:  She kept the books.\n"
    "\n\n"
    "[END OF INTERVIEW 1]\n"
    "INTERVIEWEE:    Rosa M. Delgado\n"
    "\n"
    "INTERVIEWER:    Peter Lindqvist\n"
    "\n"
    "DATE:       9 May 2001\n"
    "\n"
    "LOCATION:     Santa Fe, New Mexico\n"
    "\n\n\n"
    "LINDQVIST:  Last week we stopped at the bakery.\n"
    "\n\n"
    "DELGADO:  Yes, and then the war came.\n"
    "\n\n"
    "[END OF TAPE, SIDE 2]\n"
    "\n\n"
    "LINDQVIST:  Did your brother enlist?\n"
    "\n\n"
    "DELGADO:  He did, in 1942.\n"
    "\n\n"
    "[END OF INTERVIEW 2]\n"
)


def test_a_sessions_front_matter_said_again_is_no_turn() -> None:
    tree = encode(SESSIONS)
    labels = _labels(tree)
    assert labels == ["LINDQVIST:", "DELGADO:"] * 4
    who = {w for pair in said(tree) for w in pair[:1]}
    assert len(who) == 2
    assert "Rosa M. Delgado" in _names(tree) and "Peter Lindqvist" in _names(tree)
    # the byte-order mark after the indent leaves the first field a field, no title
    assert "INTERVIEWEE" not in "".join(xp(tree, "//t:titleStmt/t:title//text()"))
    same_words(tree, SESSIONS)


# ------------------------------------- negatives: what the rules must leave alone

ROLE_SPEAKS_AGAIN = (
    "Interviewer: Ana Ruiz\n"
    "Date: 4 June 2010\n"
    "\n"
    "INTERVIEWER: Where were you born?\n"
    "\n"
    "RUIZ: In Tucson.\n"
    "\n"
    "INTERVIEWER: And your parents?\n"
    "\n"
    "RUIZ: Farmers, both of them.\n"
)


def test_a_role_label_over_questions_stays_a_turn_after_the_front_matter() -> None:
    tree = encode(ROLE_SPEAKS_AGAIN)
    assert _labels(tree) == ["INTERVIEWER:", "RUIZ:", "INTERVIEWER:", "RUIZ:"]


LETTER = (
    "Dear Ms. Ruiz,\n"
    "\n"
    "Date: 4 June 2010\n"
    "\n"
    "Thank you for the photographs of the bakery.\n"
    "\n"
    "Date: the ninth suits us better than the fourth.\n"
    "\n"
    "Yours sincerely,\n"
    "Hannah Mbeki\n"
)


def test_a_letter_with_a_date_field_reads_no_turns() -> None:
    tree = encode(LETTER)
    assert xp(tree, "//t:sp") == []


NAMES_AFTER_SINGLE_KEY = (
    "Interviewer: Peter Lindqvist\nHannah O. Mbeki\n\nLINDQVIST: Shall we start?\n\nMBEKI: Yes.\n"
)


def test_only_a_plural_key_takes_the_name_under_it() -> None:
    tree = encode(NAMES_AFTER_SINGLE_KEY)
    # "Interviewer:" names one person: the line under it is not made a second
    # interviewer by this rule (it stays what the reader made of it before)
    fields = xp(tree, "//t:front//t:p[t:persName='Hannah O. Mbeki']")
    assert all("INTERVIEWER" not in "".join(f.itertext()) for f in fields)
    assert len(_labels(tree)) == 2


# ------------------------------------- a time code alone inside an answer

TIMED_ANSWER = (
    "INTERVIEWEE:  Rosa M. Delgado\n"
    "\n"
    "INTERVIEWER: Peter Lindqvist\n"
    "\n"
    "DATE: 3 May 2001\n"
    "\n"
    "[00:00:04]\n"
    "LINDQVIST:  Let us begin with your parents and the town.\n"
    "\n"
    "\n"
    "[00:00:31]\n"
    "DELGADO:  My father ran a bakery on the plaza.\n"
    "\n"
    "[00:01:02]\n"
    "And I remember the smell of it when I woke up for school.\n"
    "\n"
    "\n"
    "[00:01:40]\n"
    "LINDQVIST:  Was it a big bakery?\n"
)


def test_a_time_code_alone_inside_an_answer_keeps_the_answer_one_turn() -> None:
    tree = encode(TIMED_ANSWER)
    assert _labels(tree) == [
        "[00:00:04] LINDQVIST:",
        "[00:00:31] DELGADO:",
        "[00:01:40] LINDQVIST:",
    ]
    turns = said(tree)
    assert "I remember the smell" in turns[1][1]
    # the time stays where it stood, inside the turn
    assert xp(tree, "//t:sp[2]//t:time[.='00:01:02']")
    assert not xp(tree, "//t:div/t:p[contains(., 'smell')]")
    same_words(tree, TIMED_ANSWER)


TIMED_NARRATION = (
    "[00:00:04]\n"
    "LINDQVIST:  Let us begin with your parents and the town.\n"
    "\n"
    "[00:00:31]\n"
    "DELGADO:  My father ran a bakery on the plaza.\n"
    "\n"
    "[00:01:02]\n"
    "[00:01:40]\n"
    "LINDQVIST:  Was it a big bakery?\n"
)


def test_time_codes_between_turns_make_no_turn_of_their_own() -> None:
    tree = encode(TIMED_NARRATION)
    assert len(_labels(tree)) == 3


def test_a_sessions_repeated_roles_are_listed_once_in_the_source() -> None:
    tree = encode(SESSIONS)
    resps = [
        ("".join(xp(r, "t:resp//text()")), "".join(xp(r, "t:persName//text()")))
        for r in xp(tree, "//t:sourceDesc//t:respStmt")
    ]
    assert resps == [("interviewee", "Rosa M. Delgado"), ("interviewer", "Peter Lindqvist")]
