"""Podcast and broadcast transcripts probe 20 (helper I) found misread: a
Markdown transcript that writes each voice's full name once in an emphasised
label and its initials after (``_Ana Ruiz:_`` then ``_AR:_``, ``*Ana Ruiz
(0:00:15)*:`` then ``*AR (0:01:02)*:``), a no-break space before such a
label's time. Every text here is invented."""

from __future__ import annotations

from test_exports_and_oral import encode, xp


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
