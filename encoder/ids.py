"""The ``xml:id`` forms the writer gives to elements other than persons.

A person's or a character's id is made from a name ("Ana Roe": ``ana-roe``),
and every id of a document gets the same prefix, so a name whose slug is one
of these forms made a second element with the id of the source's ``<bibl>``
(a label "SOURCE"), of a note (a label "N1"), of a turn or a time. The
document was then refused by the referential checks and nothing was written.
The makers of names' ids ask :func:`is_reserved` and take the next free id
instead; an authority file's id of these forms is refused with a message.

The forms, and where they are made:

* ``source`` (header.SOURCE_ID), ``tei-encode`` (header.APPLICATION_ID);
* ``turn-N`` (tei), ``time-N`` (transforms.times, tei), ``nN`` and ``naN``
  (transforms.notes.note_id);
* ``editor-N`` (header), ``translator`` and ``translator-N``
  (header.translator_id), ``ctl-XXXX`` (glyphs.char_id);
* ``ed-`` and an editor's initials (:func:`editor_id`): not a form of its own,
  as "Ed Lee" is ``ed-lee``; the register takes the editors' ids the document
  has (``Transcript.editors``) as used.

``tests/test_ids.py`` checks that every id a range of documents is given,
apart from persons', has one of these forms.

>>> is_reserved("source"), is_reserved("turn-12"), is_reserved("n3"), is_reserved("nancy")
(True, True, True, False)
"""

from __future__ import annotations

from typing import Final

from .lazyre import LazyPattern

_FORMS: Final = LazyPattern(
    r"source|tei-encode|translator|(?:turn|time|editor|translator)-\d+|na?\d+|ctl-[0-9A-F]+"
)


def is_reserved(ident: str) -> bool:
    """Whether ``ident`` (without the document's prefix) is one the writer
    gives to an element other than a person."""
    return _FORMS.fullmatch(ident) is not None


def free_id(base: str, used: set[str] | frozenset[str]) -> str:
    """``base``, or ``base-2``, ``base-3`` … : the first that is neither in
    ``used`` nor reserved.

    >>> free_id("source", set()), free_id("roe", {"roe"}), free_id("n1", {"n1-2"})
    ('source-2', 'roe-2', 'n1-3')
    >>> free_id("translator", set()), free_id("turn", set())
    ('translator-person', 'turn')
    """
    if is_reserved(base) and is_reserved(f"{base}-2"):
        base = f"{base}-person"  # "translator": its numbered forms are the writer's too
    candidate, counter = base, 2
    while candidate in used or is_reserved(candidate):
        candidate, counter = f"{base}-{counter}", counter + 1
    return candidate


def editor_id(initials: str) -> str:
    """The id of the editor who signs remarks with ``initials`` ("AP")."""
    return "ed-" + initials.lower()
