"""Word lists the reader consults, kept in one place."""

from __future__ import annotations

from typing import Final

# Words that open a line like a speaker's label but name no speaker:
# decisions in minutes, the parts of a court record.
NOT_LABELS: Final = frozenset(
    {
        "RESOLVED",
        "AGREED",
        "CARRIED",
        "MOTION",
        "ACTION",
        "DECISION",
        "NOTE",
        "NOTES",
        "SUBJECT",
        "PRESENT",
        "ABSENT",
        "APOLOGIES",
        "APPEARANCES",
        "ALSO PRESENT",
        "WHEREUPON",
        "ATTEST",
        "CERTIFICATE",
        "INDEX",
        "EXHIBITS",
        "CONTENTS",
        "APPROVED",
        "ADJOURNED",
        "RECESS",
        "PROCEEDINGS",
        "END",
        "WEBVTT",
        "PAGE",
        "TAPE",
    }
)

# Labels of speakers who are several people at once, or no one named.
_GROUP: Final = (
    r"(?:(?:the|several|some|many|all|other|various|two|three)\s+)*"
    r"(?:hon\.?\s+|honourable\s+|honorable\s+)?"
    r"(?:members|voices|senators|representatives|delegates|participants|jurors|jury|"
    r"audience(?:\s+members)?|crowd|protesters|students|children|everyone|all|group|chorus|"
    r"citizens|people|councillors|commissioners|panel|panelists|panellists|reporters|press)"
)
_ANONYMOUS: Final = (
    r"(?:speaker[_ ]?\d{1,3}|spk[_ ]?\d{1,3}|unknown(?:\s+speaker)?|unidentified(?:\s+[\w.]+){0,3}|"
    r"(?:an?\s+)?(?:hon\.?\s+)?member|(?:[\w.]+\s+){0,4}(?:member|voice|speaker|participant|"
    r"questioner|reporter|caller|interjection))"
)


def speaker_kind(label: str, briefing: bool = False) -> str:
    """ "group" for a collective label, "anonymous" for an unnamed one, else "person".

    ``briefing``: the document's questions ("Q") come from the press, unnamed.

    >>> speaker_kind("HON. MEMBERS"), speaker_kind("SPEAKER_01"), speaker_kind("MR. SMITH")
    ('group', 'anonymous', 'person')
    """
    import re

    text = " ".join(label.replace("_", " ").split()).strip(" .:").casefold()
    if re.fullmatch(_GROUP, text) or re.fullmatch(_GROUP, _nearest_group_words(text)):
        return "group"
    if re.fullmatch(_ANONYMOUS, text):
        return "anonymous"
    if briefing and text == "q":
        return "group"
    return "person"


_GROUP_WORDS: Final = ("members", "audience", "senators", "participants", "protesters", "citizens")


def _nearest_group_words(text: str) -> str:
    """The label with a word one letter from a group word read as that word
    (transcribers' typos: "AUDICENCE")."""
    from .names import edit_distance_one

    words = text.split()
    for index, word in enumerate(words):
        for group in _GROUP_WORDS:
            if len(word) >= 6 and word != group and edit_distance_one(word, group):
                words[index] = group
    return " ".join(words)
