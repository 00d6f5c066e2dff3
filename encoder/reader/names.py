"""The one place names are compared: keys that set aside what varies between
forms of one name (honorifics, initials, case), and the spelling distance the
register and the vocabulary use."""

from __future__ import annotations

from . import patterns as P


def surname_key(name: str) -> str:
    """A comparison key: initials and honorifics dropped, case folded.

    >>> surname_key("N.S. KHRUSHCHEV"), surname_key("Cde. Malinovsky")
    ('khrushchev', 'malinovsky')
    """
    name = P.HONORIFIC_PREFIX.sub("", name.strip())
    name = P.INITIALS_PREFIX.sub("", name).strip()
    return " ".join(name.casefold().split())


def edit_distance_one(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by exactly one substitution, insertion or deletion.

    >>> [edit_distance_one(*p) for p in (("Chehad", "Chehab"), ("Aref", "Arif"), ("Mao", "Mao"))]
    [True, True, False]
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))
