"""The one name normaliser: every way the reader and the transforms turn a
name as written into another form lives here. Keys that set aside what
varies between forms of one name (honorifics, initials, case), the bare
name, the running-text form of a label, title case, the id slug, and the
spelling distance the register and the vocabulary use."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from functools import lru_cache
from typing import Final

from .. import recache
from .patterns import HONORIFIC_PREFIX, INITIALS_PREFIX, UP
from .vocab import GENDERED_TITLES, NAME_JOINING_WORDS, NAME_PARTICLES

GENDERED: Final = recache.compile(rf"^({'|'.join(GENDERED_TITLES)})\b\.?\s+", re.I)


@lru_cache(maxsize=4096)  # the register asks for the same few names again and again
def surname_key(name: str) -> str:
    """A comparison key: initials and honorifics dropped, case folded.

    A chat's underscore between the words of a name is a space.

    >>> surname_key("N.S. KHRUSHCHEV"), surname_key("Cde. Malinovsky"), surname_key("Ana_Ruiz")
    ('khrushchev', 'malinovsky', 'ana ruiz')
    """
    name = HONORIFIC_PREFIX.sub("", name.strip())
    name = INITIALS_PREFIX.sub("", name).strip()
    return " ".join(name.casefold().replace("_", " ").split())


def title_word(text: str) -> bool:
    """A title of address or an office alone, naming no one: "MS.", "Mr.",
    "Senator", "Chairman".

    >>> [title_word(t) for t in ("MS.", "Senator", "Chairman", "Thanks.", "MS. ROE", "Lundqvist")]
    [True, True, True, False, False, False]
    """
    found = HONORIFIC_PREFIX.match(text + " ")
    return found is not None and found.end() == len(text) + 1


# The words that join two speakers' names in one label, in the languages read.
JOINT_WORDS: Final = frozenset(("et", "and", "und", "y", "e", "&"))
# Those that may part a name's words without the names around them being known: a
# word of one letter is also an initial ("Helene E. Weinstein").
PAIRING_WORDS: Final = frozenset(w for w in JOINT_WORDS if len(w) > 1 or not w.isalpha())
# (as a pattern: each word in small letters or capitals)
_JOINT_WORD: Final = "|".join(sorted({w for j in PAIRING_WORDS for w in (j, j.upper())}))
# A label naming two speakers: "Paul and Rita Hale", "John A. & Ruby T. Lomax",
# "ANN AND BO", "ROSINE ET ALAIN".
_JOINT: Final = recache.compile(
    rf"^(?P<first>[^&]{{1,40}}?)\s+(?:{_JOINT_WORD})\s+(?P<second>[^&]{{1,40}})$"
)
# A line of names of who is on stage, parted by commas and joining words:
# "ÉLIANTE, PHILINTE.", "ROSINE ET ALAIN."
NAMES_SPLIT: Final = recache.compile(rf",|\s(?:{_JOINT_WORD})\s")


def joint_names(name: str) -> tuple[str, str] | None:
    """The two names a label of two speakers gives, each in full: the first
    takes the second's surname where it has none of its own (given names or
    initials only: "Paul" of "Paul and Rita Hale" is Paul Hale), or None.

    >>> joint_names("Paul and Rita Hale"), joint_names("John A. & Ruby T. Lomax")
    (('Paul Hale', 'Rita Hale'), ('John A. Lomax', 'Ruby T. Lomax'))
    >>> joint_names("Ana Ruiz and Tom Lee"), joint_names("Fish"), joint_names("Q and A")
    (('Ana Ruiz', 'Tom Lee'), None, None)
    >>> joint_names("ANN AND BO")
    ('ANN', 'BO')
    """
    joint = _JOINT.match(name) if " " in name else None
    if joint is None:
        return None
    first, second = joint.group("first"), joint.group("second")
    if not first[:1].isupper() or not second[:1].isupper():
        return None
    if len(second.split()) < 2:  # "ANN AND BO": two names of one word each
        return (first, second) if len(first) > 1 and len(second) > 1 else None
    given = first.split()
    if all(len(w.rstrip(".")) == 1 for w in given[1:]):  # "Paul", "John A.": no surname
        first = f"{first} {second.split()[-1]}"
    return first, second


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


# Russian Cyrillic in Latin letters, for ids only (names keep their script).
_CYRILLIC_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяєіїў"
_CYRILLIC_LATIN = (
    "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch  y  e yu ya e i i u"
).split(" ")
# Latin letters that Unicode does not decompose into a letter and a mark, so
# that NFKD would drop them: "Sørensen" is sorensen, not srensen.
_LATIN_OWN = {
    "ø": "o",
    "æ": "ae",
    "œ": "oe",
    "ß": "ss",
    "ł": "l",
    "đ": "d",
    "ð": "d",
    "þ": "th",
    "ı": "i",
    "ħ": "h",
    # a hyphen a PDF's copy set as a minus sign or a typographer's hyphen ("MOORE−BICK")
    "\u2212": "-",
    "\u2010": "-",
    "\u2011": "-",
}
_CYRILLIC = str.maketrans(
    {**dict(zip(_CYRILLIC_LETTERS, _CYRILLIC_LATIN, strict=True)), **_LATIN_OWN}
)


def slugify(name: str) -> str:
    """An XML NCName slug: ASCII letters, digits and hyphens, starting with a letter.

    >>> slugify("Mendès-France"), slugify("N.S. KHRUSHCHEV"), slugify("1st")
    ('mendes-france', 'n-s-khrushchev', 'p-1st')
    >>> slugify("Хрущев"), slugify("Мао Цзэдун")
    ('khrushchev', 'mao-tszedun')
    >>> slugify("Lea Sørensen"), slugify("Łukasz Ærø")
    ('lea-sorensen', 'lukasz-aero')
    """
    ascii_name = unicodedata.normalize("NFKD", name.lower().translate(_CYRILLIC))
    ascii_name = ascii_name.encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    if not slug or not slug[0].isalpha():
        slug = "p-" + slug if slug else "person"
    return slug


def fold_marks(text: str) -> str:
    """``text`` without its letters' accents and ligatures, case kept: a heading
    printed with a ligature or a scholar's long vowels reads as the plain one.

    >>> fold_marks("DRĀMATIS PERSŌNAE"), fold_marks("PERSONÆ."), fold_marks("Scène")
    ('DRAMATIS PERSONAE', 'PERSONAE.', 'Scene')
    """
    if text.isascii():  # (most text: nothing to fold, no normalising paid)
        return text
    text = text.translate(_LIGATURES)
    decomposed = unicodedata.normalize("NFKD", text)  # (and "ﬁ", fullwidth letters, plain)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# ligatures that NFD keeps as one letter
_LIGATURES: Final = str.maketrans({"Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe"})


def title_case(name: str) -> str:
    """Upper-case words of a label in title case; other words are kept.

    >>> title_case("N.S. KHRUSHCHEV"), title_case("O'BRIEN"), title_case("The CHAIRMAN")
    ('N.S. Khrushchev', "O'Brien", 'The Chairman')
    >>> title_case("Faisal II")
    'Faisal II'
    >>> title_case("MÜLLER"), title_case("ХРУЩЕВ")
    ('Müller', 'Хрущев')

    English words that join a name's parts stay in lower case after its
    first word (a peer's or an office's name, as it is printed in running
    text):

    >>> title_case("DUKE OF MILAN"), title_case("THE LORD OF THE ISLES")
    ('Duke of Milan', 'The Lord of the Isles')
    """
    return _UPPER_RUN.sub(_capitalize, name)


def _capitalize(match: re.Match[str]) -> str:
    word = match.group()
    if (
        match.start()
        and word.lower() in NAME_JOINING_WORDS
        and match.string[match.start() - 1] == " "
    ):
        return word.lower()
    return word.capitalize()


_UPPER_RUN = recache.compile(rf"(?![IVX]+\b){UP}{{2,}}")


def bare_name(name: str, keep_gender: bool = False) -> str:
    """A name without a leading title or initials: ``Senator MORSE`` → ``MORSE``;
    with ``keep_gender``, ``Mrs. SMITH`` stays ``Mrs. SMITH``.

    >>> bare_name("Senator MORSE"), bare_name("Dr. Y.")
    ('MORSE', 'Y.')
    """
    name = name.strip()
    if keep_gender and GENDERED.match(name):
        return name
    untitled = HONORIFIC_PREFIX.sub("", name)
    # ("Dr. Y.", a title and an initial, as a medical library labels a voice: the
    # initial is all the name there is, never nothing)
    bare = INITIALS_PREFIX.sub("", untitled).strip() or untitled.strip()
    return _whole_title(name, bare)


def _whole_title(name: str, bare: str) -> str:
    """``name`` when taking its title off leaves a title's tail: "Lord of the
    Isles" is the name, "of the Isles" none."""
    first = bare.split(None, 1)[:1]
    return name if first and first[0].lower() in NAME_JOINING_WORDS else bare


def initials_forms(name: str) -> set[str]:
    """The initials a transcript may label a person by, from the name's words
    and the parts of a hyphenated one; a particle counts, or is left out, or
    stands for the particles it opens.

    >>> sorted(initials_forms("Marcus van der Berg"))
    ['MB', 'MVB', 'MVDB', 'MvB', 'MvdB']
    >>> sorted(initials_forms("Zofia Wójcik-Nowak"))
    ['ZN', 'ZW', 'ZWN']
    >>> sorted(initials_forms("Robert J. Smith"))
    ['RJS', 'RS']

    A particle in lower case keeps its case among the initials too, as Dutch
    and Flemish labels write them ("AvW:", "JvdB:"):

    >>> sorted(initials_forms("Willem de Groot"))
    ['WDG', 'WG', 'WdG']

    A generation or a degree after the name is no initial of it:

    >>> sorted(initials_forms("Hal T. Moss Jr.")), sorted(initials_forms("Ann Lee, Ph.D."))
    (['HM', 'HTM'], ['AL'])
    """
    name = split_suffix(name)[0]
    words = [w for w in name.replace(".", " ").split() if w[:1].isalpha()]
    if len(words) < 2:
        return set()
    forms: set[str] = set()
    for keep in ("all", "first", "none"):
        letters: list[str] = []
        cased: list[str] = []  # the same, the particles' letters as written
        particle = False
        for word in words:
            if word in NAME_PARTICLES:
                if keep == "all" or (keep == "first" and not particle):
                    letters.append(word[0].upper())
                    cased.append(word[0])
                particle = True
                continue
            particle = False
            parts = [part[0].upper() for part in word.split("-") if part[:1].isalpha()]
            letters.extend(parts)
            cased.extend(parts)
        if len(letters) >= 2:
            forms.add("".join(letters))
            forms.add("".join(cased))
    last = words[-1].split("-")
    forms.add(words[0][0].upper() + last[-1][:1].upper())  # given name and surname
    if len(last) > 1:
        forms.add(words[0][0].upper() + last[0][:1].upper())  # the first part of a double name
    return forms


def drop_title(name: str) -> str:
    """ "Cde. Malinovsky" → "Malinovsky"; "Mrs. Smith" keeps "Mrs." (it tells her
    apart from Mr. Smith)."""
    if re.match(r"(?:Mr|Mrs|Ms|Miss)\.?\s", name, re.I):
        return name
    return _whole_title(name, HONORIFIC_PREFIX.sub("", name))


# Degrees and generation after a name: "Joseph Mosnier, Ph.D.", "Sam Hale Jr."
_NAME_SUFFIX: Final = recache.compile(
    # begins after a word, so a run of spaces is tried once (linear, see test_redos)
    # (a front matter in capitals writes them so too: "JANET LEVINE, PH.D.", "JR.")
    r"(?<![\s,]),?\s+(?:Ph\.?\s?D\.?|M\.?\s?D\.?|M\.?A\.|Ed\.?D\.?|Esq\.?|Jr\.?|Sr\.?|II|III|IV|"
    r"PH\.?\s?D\.|ESQ\.|JR\.?|SR\.?|"
    # a service's oral history writes the branch and the retirement after the name:
    # "Owen R. Pratt III, USCG (Ret.)", "Ian Cole, USN", "Ann Roe (Ret.)"
    # (a generation before the branch goes with it: "Pratt III, USCG"; the branch
    # always after a comma: "Soviet Ambassador to the USA" names no branch)
    r"(?:(?:Jr\.|Sr\.|II|III|IV),\s|(?<=,\s))"
    r"(?:USN|USNR|USMC|USMCR|USAF|USAFR|USCG|USCGR|USA|USAR)(?:\s\((?:Ret\.?|Retired)\))?|"
    r"\((?:Ret\.?|Retired)\))$"
)


def split_suffix(name: str) -> tuple[str, str]:
    """The name, and a degree or generation written after it.

    >>> split_suffix("Joseph Mosnier, Ph.D."), split_suffix("Ann Lee")
    (('Joseph Mosnier', ', Ph.D.'), ('Ann Lee', ''))
    >>> split_suffix("JANET LEVINE, PH.D.")
    ('JANET LEVINE', ', PH.D.')
    >>> split_suffix("Ian Cole, USCG (Ret.)"), split_suffix("Ann Roe (Ret.)")
    (('Ian Cole', ', USCG (Ret.)'), ('Ann Roe', ' (Ret.)'))
    >>> split_suffix("Thomas R. Hale III, USN")
    ('Thomas R. Hale', ' III, USN')
    >>> split_suffix("Ambassador to the USA"), split_suffix("Ann Roe USN")
    (('Ambassador to the USA', ''), ('Ann Roe USN', ''))
    """
    found = _NAME_SUFFIX.search(name)
    return (name[: found.start()], found.group()) if found else (name, "")


def inverted_name(written: str) -> str | None:
    """A name written surname first, in its usual order, a nickname in quotes
    after the forenames left out; None for anything else.

    >>> inverted_name("Vance, Nora \u201cBee\u201d"), inverted_name("Roe, Ann B.")
    ('Nora Vance', 'Ann B. Roe')
    >>> inverted_name("Ann Roe"), inverted_name("Petra Quill, Sam Okoro")
    (None, None)
    """
    surname, comma, forenames = written.partition(", ")
    if not comma or " " in surname or "," in forenames or not surname[:1].isupper():
        return None
    for quote in ("\u201c", '"'):
        if quote in forenames and forenames.rstrip()[-1:] in ("\u201d", '"'):
            forenames = forenames[: forenames.index(quote)].rstrip()
    return f"{forenames} {surname}" if forenames else None


def without_full_stop(name: str) -> str:
    """A name that closes a sentence without the sentence's full stop; an
    initial's stop and a generation's stay.

    >>> [without_full_stop(n) for n in ("Bo Park.", "Ann B.", "Sam Hale Jr.")]
    ['Bo Park', 'Ann B.', 'Sam Hale Jr.']
    """
    if not name.endswith(".") or split_suffix(name)[1]:
        return name
    last = name.rsplit(None, 1)[-1]
    return name[:-1] if len(last) > 2 and "." not in last[:-1] else name


def norm_label(name: str) -> str:
    return " ".join(name.split())


def running_form(label: str) -> str:
    """ "N.S. KHRUSHCHEV" → "Khrushchev": the name as running text writes it."""
    bare = INITIALS_PREFIX.sub("", HONORIFIC_PREFIX.sub("", label)).strip()
    return " ".join(word.capitalize() for word in bare.split())


# "Peasant Woman" is one of the cast's "peasant women"
_SINGULAR: Final = {"women": "woman", "men": "man", "children": "child", "gentlemen": "gentleman"}


def abbreviates(short: list[str], long: list[str]) -> bool:
    """Every word of ``short`` begins a later word of ``long``, in order.

    >>> abbreviates(["lady", "m"], ["lady", "macbeth"]), abbreviates(["mac"], ["malcolm"])
    (True, False)
    """
    position = 0
    for word in short:
        while position < len(long) and not (
            long[position].startswith(word) or _SINGULAR.get(long[position]) == word
        ):
            position += 1
        if position == len(long):
            return False
        position += 1
    return bool(short)


def shortens(short: list[str], full: list[str]) -> bool:
    """ "hor" shortens "horatio", "lady m" "lady macbeth": as many words, each
    the start of the other's, one cut to three letters or more; "mrs upjohn"
    does not shorten itself, nor "ma" "maud", nor "men" "some of the men".

    >>> shortens(["hor"], ["horatio"]), shortens(["ma"], ["maud"])
    (True, False)
    >>> shortens(["men"], ["the", "men"])
    False

    """
    if len(full) != len(short) or short == full:
        return False
    pairs = list(zip(short, full, strict=True))
    cut = [word for word, whole in pairs if word != whole]
    return all(whole.startswith(word) for word, whole in pairs) and all(len(w) >= 3 for w in cut)


def led_names(name: str, known: Collection[str]) -> str | None:
    """The speakers' names (``known``: casefolded) that open a play's label
    before what they do: "ALAIN" of "ALAIN, REVENANT", "ROSINE ET ALAIN" of
    "ROSINE ET ALAIN CHANTENT ENSEMBLE"; None for a line of names only
    ("ROSINE, ALAIN": who is on stage) or a label that opens with no one known.

    >>> led_names("ALAIN, REVENANT", {"alain", "rosine"})
    'ALAIN'
    >>> led_names("ROSINE ET ALAIN CHANTENT ENSEMBLE", {"alain", "rosine"})
    'ROSINE ET ALAIN'
    >>> led_names("ROSINE, ALAIN", {"alain", "rosine"}) is None
    True
    """
    head, comma, tail = name.partition(",")
    if (
        comma
        and head.strip().casefold() in known
        and tail.strip()
        and not any(part.strip().casefold() in known for part in tail.split(","))
    ):
        return head.strip()
    words = name.split()
    for at, word in enumerate(words):
        if word.casefold() not in JOINT_WORDS or " ".join(words[:at]).casefold() not in known:
            continue
        for end in range(len(words), at + 1, -1):
            if " ".join(words[at + 1 : end]).casefold() in known:
                return " ".join(words[:end])
    return None
