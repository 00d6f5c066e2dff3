"""Interviews and oral histories (probe 8, helper B): initials that keep a
particle's small letter ("AvW:", "WdG:"), titles naming the interviewee in
German, Dutch, French or Spanish, and a White House interview's title naming
the President and a second guest. Invented texts, other names than the probe's."""

from __future__ import annotations

from test_exports_and_oral import encode, participants, said, xp


def _who_by_label(tree: object) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for sp in xp(tree, "//t:sp"):  # type: ignore[arg-type]
        label = " ".join("".join(xp(sp, "t:speaker")[0].itertext()).split())
        out.setdefault(label, set()).add(sp.get("who"))
    return out


def _names_of(tree: object, who: str) -> list[str]:
    return participants(tree).get(who.lstrip("#"), [])  # type: ignore[arg-type]


# ------------------------------------- "Full Name (MvD):", then "MvD:"

KEYED_PARTICLE = (
    "---\n"
    "title: Una charla sobre faros\n"
    "date: 2031-05-02\n"
    "---\n"
    "Marten van Dijk (MvD): Bienvenida, Lucía. ¿Cómo estás?\n"
    "\n"
    "Lucía Prats (LP): Muy bien, gracias por invitarme.\n"
    "\n"
    "MvD: Hablemos de los faros del norte.\n"
    "\n"
    "LP: Con mucho gusto, es mi tema favorito.\n"
    "\n"
    "MvD: ¿Cuántos quedan en servicio?\n"
)


def test_particle_initials_in_parentheses_name_the_later_label() -> None:
    tree = encode(KEYED_PARTICLE)
    who = _who_by_label(tree)
    assert len(said(tree)) == 5
    assert who["MvD:"] == who["Marten van Dijk (MvD):"]
    assert who["LP:"] == who["Lucía Prats (LP):"]
    assert len({w for ws in who.values() for w in ws}) == 2
