"""Speaker prefixes → characters: the cast of a play.

Before::

    Speech(prefix="Macb.", name="Macb", who="")     CastEntry(roles=("MACBETH",), …)

After::

    Speech(prefix="Macb.", name="Macb", who="macbeth")
    Character(ident="macbeth", name="MACBETH", kind="person", prefixes=("Macb.",))

A prefix resolves, in this order, to a cast-list role of that name, to one
whose description says it ("SHERIFF" → "HENRY PETERS (Sheriff)"), to the one
role it abbreviates ("Macb." → "MACBETH", "1. Cit." → "First Citizen" of
"Citizens"), then, without a cast list, to a name in the stage directions
("Cap." → "Enter … a bleeding Captaine"). The same prefix resolves the same
way throughout the play. A prefix that resolves to nothing or to more than
one role is reported (W701) and kept as a character of its own, never
guessed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Final, Literal

from .. import recache
from ..diagnostics import Reporter, Span
from ..drama_model import (
    CastEntry,
    CastList,
    Character,
    Division,
    Footnote,
    Node,
    PageBreak,
    Play,
    Speech,
    StageDirection,
    iterate_directions,
    iterate_speeches,
)
from ..ids import free_id, is_reserved
from ..reader.drama import counted_group
from ..reader.names import abbreviates, edit_distance_one, fold_marks, shortens
from ..reader.vocab import FEMALE_WORDS, GROUP_NOUNS, MALE_WORDS, ORDINAL_WORDS, speaker_kind

# the last word of a prefix that names several characters speaking together
_COLLECTIVE: Final = GROUP_NOUNS | frozenset(
    ("all", "both", "omnes", "ambo", "men", "women", "voices", "beauties", "crowd")
)
_FEMALE_TITLES: Final = frozenset(("mrs", "miss", "lady", "madame", "mme", "mistress"))
_STAGE_NOISE: Final = frozenset(
    ("enter", "exit", "exeunt", "and", "with", "the", "thunder", "lightning", "alarum", "manet")
)


def _numbers_share_noun(parts: list[str]) -> list[str]:
    """The parts of "1, 2, 4 NEI." (neighbours speaking together): the numbers
    before the last share its noun.

    >>> _numbers_share_noun(["1", "2", "4 nei"]), _numbers_share_noun(["ana", "bo"])
    (['1 nei', '2 nei', '4 nei'], ['ana', 'bo'])
    """
    last = parts[-1].split() if parts else []
    if len(last) < 2 or not last[0].isdigit() or not all(p.isdigit() for p in parts[:-1]):
        return parts
    noun = " ".join(last[1:])
    return [f"{p} {noun}" for p in parts[:-1]] + [parts[-1]]


def dracor_id(name: str) -> str:
    """An id as DraCor gives one: lower case, ASCII, words joined by hyphens.

    >>> dracor_id("Lady Macbeth"), dracor_id("MRS PETERS"), dracor_id("1. Cit")
    ('lady-macbeth', 'mrs-peters', 'first-cit')
    """
    ordinal = re.match(r"^(\d{1,2})\.?\s*", name)
    if ordinal is not None and 0 < int(ordinal[1]) <= len(ORDINAL_WORDS):
        name = ORDINAL_WORDS[int(ordinal[1]) - 1] + " " + name[ordinal.end() :]
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", folded.lower())
    if len(words) > 1 and words[0] in _ARTICLES:  # "A Shepherd Boy": shepherd-boy
        words = words[1:]
    ident = "-".join(words) or "character"
    return ident if ident[0].isalpha() else "c-" + ident


_ARTICLES: Final = frozenset(("the", "a", "an"))
# How a peer is addressed ("Lady Hallow") and the ranks so addressed ("Countess of Hallow").
_PEERS: Final = {
    "lady": frozenset(("countess", "marchioness", "viscountess", "baroness")),
    "lord": frozenset(("earl", "marquess", "marquis", "viscount", "baron")),
}
# The numbers that count a group in a cast list: "Two Merchants", "Three Jews".
_COUNTS: Final = frozenset(("two", "three", "four", "five", "six", "seven", "eight", "several"))


def _key(text: str) -> list[str]:
    """The words a name is matched by: folded, without a leading article.

    >>> _key("The Boy"), _key("A Shepherd Boy"), _key("MRS. UPJOHN"), _key("Mārcus Mārcellus")
    (['boy'], ['shepherd', 'boy'], ['mrs', 'upjohn'], ['marcus', 'marcellus'])
    """
    # (the marks dropped, not left to split a word: "Mārcellus" is one word, so
    # "Mar." shortens it)
    words = re.findall(r"[a-z0-9]+", fold_marks(text).casefold())
    return words[1:] if len(words) > 1 and words[0] in _ARTICLES else words


@dataclass
class _Role:
    name: str
    words: list[str]
    aliases: list[list[str]]
    kind: Literal["person", "group"]
    description: str | None = None
    ident: str = ""
    prefixes: list[str] = field(default_factory=list)


def _sex(role: _Role) -> str | None:
    """ "FEMALE"/"MALE" where the name's title or, where the name says
    nothing, the description says so ("MRS. ALVING, widow of Captain
    Alving, late Chamberlain to the King": the name decides)."""
    description = role.description or ""
    if _ACTOR.match(description):  # "YOUNG SURFACE      Mr. Palmer": the actor's title
        description = ""
    described = set(_key(_described(description)))
    if role.words[:1] and role.words[0] in _MEN | _WOMEN:
        # "Men of various conditions …, a few women, and …": a crowd of both
        every = set(role.words) | set(_key(description))
        if every & _WOMEN and every & _MEN:
            return None
    for words, plural in ((set(role.words), False), (described, True)):
        female = bool(words & FEMALE_WORDS or (plural and words & _WOMEN))
        male = bool(words & MALE_WORDS or (plural and words & _MEN))
        if female != male:
            return "FEMALE" if female else "MALE"
        if female:
            return None
    return None


# A cast list's second column: the actor who played the part, by title and name.
_ACTOR: Final = recache.compile(
    r"^(?:Mr|Mrs|Miss|Ms|Mme|Mlle|Mdlle)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\.?$"
)
# Plurals that state the sex of each role a description holds ("ARMGART, |
# MECHTHILD, | Peasant women.", "DIANET, } _Indian Lords_"), not of a group so named
# ("LADIES" is no claim).
_WOMEN: Final = frozenset(("women", "ladies", "girls", "wives"))
_MEN: Final = frozenset(("men", "boys", "gentlemen", "lords"))


def _described(description: str) -> str:
    """What a description says the character is, without whose or to whom:
    "Butler to Sir Robert Chiltern" is a butler, "Lord Goring's Servant" a
    servant; the master's title says nothing of the servant's sex.

    >>> _described("Butler to Sir Robert Chiltern"), _described("Lord Goring’s Servant")
    ('Butler', 'Servant')
    >>> _described("widow of Captain Alving, late Chamberlain to the King")
    'widow'
    """
    head = re.split(r"['’]s\s", description)[-1]
    return re.split(r"\s(?:to|of|for|unto)\s", head, maxsplit=1)[0].strip()


# A name the play calls a role by, opening its description: "(called PEGEEN MIKE), …",
# "(_called_ NADYA), …"
_CALLED: Final = re.compile(r"^\(_?called_?\s(?P<n>[^()]{1,40})\)")


# Another name of the role, opening its description: "or Monsieur de PARIS, a vain
# coxcomb", "or Don DIEGO, an old rich Spanish merchant" (a name with a capital in it)
_OR_NAMED: Final = re.compile(
    r"^or\s(?P<n>(?:[a-z]{1,4}\s)?[A-Z][\w'’\-]{0,30}(?:\s[\w'’\-]{1,30}){0,3})(?=,|\.?$)"
)


def _cast_roles(cast: CastList | None) -> list[_Role]:
    roles: list[_Role] = []
    for entry in cast.entries if cast else ():
        for name in entry.roles:
            aliases = []
            desc = entry.description or ""
            inner = re.fullmatch(r"\((?P<d>[^()]{1,40})\)\.?", desc.strip())
            if inner is not None:  # "(County Attorney)": what the play calls him
                aliases.append(_key(inner["d"]))
            called = _CALLED.match(desc.strip()) if desc[:1] == "(" else None
            if called is not None:  # "(called PEGEEN MIKE), his daughter": her name in the play
                aliases.append(_key(called["n"]))
            other = _OR_NAMED.match(desc) if desc[:3] == "or " else None
            if other is not None:  # "Mr. PARIS, or Monsieur de PARIS, a vain coxcomb"
                aliases.append(_key(other["n"]))
            kind: Literal["person", "group"] = "group" if entry.group else "person"
            roles.append(_Role(name, _key(name), aliases, kind, entry.description))
    return roles


def _stage_roles(play: Play, taken: list[_Role]) -> list[_Role]:
    """Capitalised words of the entrances ("Enter Rosse and Angus.") as roles."""
    known = {w for r in taken for w in r.words}
    words: dict[str, str] = {}  # key: the word as first written
    shortened: set[str] = set()  # written with a full stop after it: "Manet Brut. & Cass."
    whole: set[str] = set()  # written without one
    for direction in iterate_directions(play.body):
        # ("Enter _Alonzo_ and _Lovis_": names in italics, the marks no part of a word)
        text = direction.text.replace("_", " ")
        for found in re.finditer(r"\b[A-Z][A-Za-z'’]{2,20}\b(?P<stop>\.)?", text):
            # ("TESMAN'S intonations": the name without its possessive)
            word = _POSSESSIVE.sub("", found[0].rstrip("."))
            key = word.casefold()
            if key in _STAGE_NOISE or key in known or _plural_possessive(text, found):
                continue
            words.setdefault(key, word)
            (shortened if found["stop"] else whole).add(key)
    roles: list[_Role] = []
    for key, word in words.items():
        longer = [k for k in words if k.startswith(key) and k[len(key) : len(key) + 1].isalpha()]
        if key in shortened - whole and longer:
            continue  # "Brut." where an entrance names Brutus: him, not another
        # ("_All the peasants rise._": a word of many, as the prefix "All." is)
        many = key in GROUP_NOUNS or speaker_kind(word) == "group"
        kind: Literal["person", "group"] = "group" if many else "person"
        roles.append(_Role(word, _key(word), [], kind))
    return roles


_POSSESSIVE: Final = recache.compile(r"(?<=\w\w)['’][sS]$")


def _plural_possessive(text: str, found: re.Match[str]) -> bool:
    """Whether the word found is a plural's possessive ("The room at the TESMANS'",
    "the Smiths’ gate"): a household, not someone who enters."""
    after = text[found.end() : found.end() + 1]
    return not found["stop"] and after in ("'", "’") and found[0][-1:] in ("s", "S")


# The words that join two characters in one prefix ("DAPHNE and NITA", "ROSINE ET ALAIN").
_JOINS: Final = frozenset(("and", "et", "und", "y"))
_JOIN_SPLIT: Final = recache.compile(r",|&|\b(?:and|et|und|y)\b", re.I)


class _Resolver:
    def __init__(self, play: Play, reporter: Reporter, source: str) -> None:
        self.cast_roles = _cast_roles(play.cast)
        self.has_cast = play.cast is not None  # a name not in it is worth a warning
        self.stage_roles = _stage_roles(play, self.cast_roles)
        self.prefix_names: dict[str, str] = {}
        for speech in iterate_speeches(play.body):
            self.prefix_names.setdefault(" ".join(_key(speech.name)), speech.name)
        self.prefix_keys = set(self.prefix_names)
        self.reporter = reporter
        self.source = source
        self.by_prefix: dict[str, _Role] = {}
        self.extra: list[_Role] = []
        self.unresolved: list[str] = []
        self.groups: list[str] = []  # the last plural entrance ("Enter three Witches")
        self.spoke: dict[int, int] = {}  # id of a role: the line of its latest speech
        self.on_stage: list[str] = []  # the words of the scene's directions so far

    def resolve(self, speech: Speech) -> list[_Role]:
        """The characters a prefix names: one, or each of "DAPHNE and NITA"."""
        roles = self._resolve(speech)
        for role in roles:
            self.spoke[id(role)] = speech.line
        return roles

    def _resolve(self, speech: Speech) -> list[_Role]:
        words = _key(speech.name)
        # ("ROSINE ET ALAIN", "Hans und Grete": the joining word in the play's language)
        if _JOINS.intersection(words[1:-1]) or "," in speech.name or " & " in speech.name:
            parts = [" ".join(_key(p)) for p in _JOIN_SPLIT.split(speech.name)]
            parts = _numbers_share_noun([p for p in parts if p])
            found = [self.by_prefix.get(p) or self._find(p.split()) for p in parts]
            roles = [r for r in found if r is not None]
            if len(roles) == len(parts):
                for part, role in zip(parts, roles, strict=True):
                    self.by_prefix.setdefault(part, role)
                return roles
        return [self.resolve_one(speech)]

    def resolve_one(self, speech: Speech) -> _Role:
        key = " ".join(_key(speech.name))
        if key in self.by_prefix:
            return self.by_prefix[key]
        role = self._find(_key(speech.name)) or self._fuller_prefix(key)
        misspelt = self._misspelt(_key(speech.name)) if role is None else None
        if misspelt is not None:
            role = misspelt
            self.reporter.info(
                "I703",
                f"speaker prefix {speech.prefix!r} read as the cast list's "
                f"{misspelt.name!r}, one letter apart (a guess): correct the prefix, or add "
                "the character to the cast list, if it is another",
                Span(self.source, speech.line, 1),
            )
        if role is None:
            name = _VOICE.sub("", speech.name) or speech.name  # "A MAN'S VOICE": a man, unseen
            role = _Role(name, _key(name), [], "person")
            if role.words and role.words[-1] in _COLLECTIVE:
                role.kind = "group"  # "THE LADIES", "All": no one to find
            elif self.has_cast or _abbreviated(speech.name):
                self.unresolved.append(speech.prefix)
                reason = "names no one in the cast list" if self.cast_roles else "names no one"
                self.reporter.warning(
                    "W701",
                    f"speaker prefix {speech.prefix!r} {reason} of the play (nor in its stage "
                    "directions); kept as a character of its own: add the character to the "
                    "cast list to resolve it",
                    Span(self.source, speech.line, 1),
                )
            self.extra.append(role)
        self.by_prefix[key] = role
        return role

    def _misspelt(self, words: list[str]) -> _Role | None:
        """The one cast role whose name the prefix spells with one letter wrong in
        one word of four letters or more, the other words as written: "SHAWN KEOGH"
        for the cast's "SHAWN KEOUGH", "PETTERSON" for "PETTERSEN". A role that
        speaks under its own name too is still the one (the typo said once)."""
        found = []
        for role in self.cast_roles:
            if len(role.words) != len(words):
                continue
            apart = [(a, b) for a, b in zip(words, role.words, strict=True) if a != b]
            if len(apart) == 1 and min(map(len, apart[0])) >= 4 and edit_distance_one(*apart[0]):
                found.append(role)
        return found[0] if len(found) == 1 else None

    def _fuller_prefix(self, key: str) -> _Role | None:
        """ "Ham." where the play also writes "HAMLET." and names him nowhere else."""
        fuller = [k for k in self.prefix_keys if shortens(key.split(), k.split())]
        if len(fuller) != 1:
            return None
        role = self.by_prefix.get(fuller[0])
        if role is None:
            role = _Role(self.prefix_names[fuller[0]], fuller[0].split(), [], "person")
            self.extra.append(role)
            self.by_prefix[fuller[0]] = role
        return role

    def _find(self, words: list[str]) -> _Role | None:
        if words[-1:] == ["voice"] and len(words) > 1:  # "Bjoern's voice": Bjoern, off stage
            words = words[:-2] if words[-2] == "s" else words[:-1]
        if not words:
            return None
        ordinal = self._ordinal(words)
        if ordinal is not None:
            return ordinal
        for roles in (self.cast_roles, self.extra, self.stage_roles):
            found = self._match(words, roles)
            if found is not None:
                return found
        return None

    def _match(self, words: list[str], roles: list[_Role]) -> _Role | None:
        exact = [r for r in roles if r.words == words]
        if exact:
            return exact[0]
        peers = [r for r in roles if _peer_of(words, r.words)]
        if len(peers) == 1:  # "LADY HALLOW" for "THE COUNTESS OF HALLOW"
            return peers[0]
        named = [r for r in roles if any(a == words for a in r.aliases)]
        if len(named) == 1:
            return named[0]
        if len(words) == 1 and not any(words[0] in r.words for r in roles):
            # "PEGEEN" for "MARGARET FLAHERTY (called PEGEEN MIKE)": a word of one
            # role's other name, where no role's own name holds it
            called = [r for r in roles if any(words[0] in a for a in r.aliases)]
            if len(called) == 1:
                return called[0]
        if len(words) == 1:  # "A Peasant": one of the "Peasants", not of the "peasant women"
            plurals = (words[0] + "s", words[0] + "es", words[0].removesuffix("man") + "men")
            heads = [r for r in roles if r.words[-1] in plurals]
            if len(heads) == 1 and not any(r.words == words for r in roles):
                if heads[0].words[0] in _COUNTS and len(heads[0].words) == 2:
                    # "MERCHANT." of "Two Merchants": the first of them where a
                    # "SECOND MERCHANT." speaks too, else one of them
                    second = f"second {words[0]}" in self.prefix_keys
                    return self._member_of(heads[0], "first" if second else None)
                return heads[0]
        within = [r for r in roles if len(words) == 1 and words[0] in r.words]
        # "HALE" when "MRS HALE" is a prefix of its own: the other Hale
        within = [r for r in within if " ".join(r.words) not in self.prefix_keys] or within
        # "ENGSTRAND" when "REGINA" (Regina Engstrand) has her own prefix: the other Engstrand
        within = [r for r in within if not (set(r.words) - set(words)) & self.prefix_keys] or within
        if len(within) > 1:
            # "Peachum" beside "MR. PEACHUM" and "POLLY PEACHUM": the one the name is
            # written for with no more than "Mr." before it (a given name says another)
            mister = [r for r in within if r.words[:1] == ["mr"] and r.words[1:] == words]
            within = mister if len(mister) == 1 else within
        if len(within) == 1:
            return within[0]
        short = [r for r in roles if abbreviates(words, r.words)]
        if len(short) > 1:  # "K. Edw.": King Edward, not the "NIECE to KING EDWARD"
            short = [r for r in short if r.words[0].startswith(words[0])] or short
        if not short and len(words) > 1:  # "E. Mor.": "MORTIMER the elder"
            short = [r for r in roles if _abbreviates_unordered(words, r.words)]
        if not short:  # "Mons." of "Mr. PARIS, or Monsieur de PARIS": the role's other name
            short = [r for r in roles if any(abbreviates(words, a) for a in r.aliases)]
        if len(short) > 1 and not set(words) & _FEMALE_TITLES:  # "STIDULPH", not "MRS. STIDULPH"
            short = [r for r in short if not set(r.words) & _FEMALE_TITLES] or short
        if len(short) > 1:  # "Macb": "Macbeth", not "Macbeths" (a possessive)
            shortest = min(short, key=lambda r: len(" ".join(r.words)))
            if all(" ".join(r.words).startswith(" ".join(shortest.words)) for r in short):
                short = [shortest]
        spoken = [r for r in short if id(r) in self.spoke]
        if len(short) > 1 and spoken:  # "Cas." after Cassius spoke, not Caska: who speaks here
            return max(spoken, key=lambda r: self.spoke[id(r)])
        if len(short) > 1:
            # "Har." of "HARMAN Senior" and "HARMAN Junior" where the scene's entrance
            # says "_Enter_ HARMAN _Senior, the Governor_": the one who came on
            entered = [r for r in short if _entered(r.words, self.on_stage)]
            short = entered if len(entered) == 1 else short
        return short[0] if len(short) == 1 else None

    def _ordinal(self, words: list[str]) -> _Role | None:
        """ "1. Cit." → First Citizen (one of the Citizens); "1." alone → the
        first of the last group that entered ("Enter three Witches")."""
        cut = [o for o in ORDINAL_WORDS if len(words[0]) >= 3 and o.startswith(words[0])]
        if cut and len(words) > 1:  # "First Peasant", "Sec. P. Man."
            ordinal = cut[0]
        elif words[0].isdigit() and 0 < int(words[0]) <= len(ORDINAL_WORDS):
            ordinal = ORDINAL_WORDS[int(words[0]) - 1]
        else:
            return None
        rest = words[1:]
        roles = self.cast_roles + self.stage_roles
        groups = [
            r
            for r in roles
            if r.kind == "group" or _uncounted(r.words) != r.words or r.words[-1] in _COLLECTIVE
        ]
        group = None
        if rest:
            group = next((g for g in groups if _names_member(rest, g.words)), None)
        elif groups:
            group = groups[-1] if len(groups) == 1 else None
        if group is None:
            return None
        return self._member_of(group, ordinal)

    def _member_of(self, group: _Role, ordinal: str | None) -> _Role:
        """The role of one of a group: "First Citizen" of "CITIZENS", "Second
        Merchant" (or, with no ordinal, "Merchant") of "Two Merchants"."""
        written = group.name.split()
        if written[0].casefold() in _COUNTS and len(written) > 1:
            written = written[1:]
        # "POOR MEN": a Poor Man; "CITIZENS of the town": a Citizen
        head = next((i for i, w in enumerate(written) if _plural_noun(w.casefold())), -1)
        if head < 0 and group.description and counted_group(group.description):
            # "AVOCATORI, four Magistrates.": a plural of another tongue; one of them is
            # what the description counts, a Magistrate
            written, head = group.description.strip(" ._").split()[1:2], 0
        head = max(head, 0)
        noun = " ".join([*(w.capitalize() for w in written[:head]), _member(written[head])])
        name = noun if ordinal is None else f"{ordinal.capitalize()} {noun}"
        for role in self.extra:
            if role.name == name:
                return role
        role = _Role(name, _key(name), [], "person")
        self.extra.append(role)
        return role


def _entered(words: list[str], on_stage: list[str]) -> bool:
    """Whether the directions' words name the role in full, its words in a row."""
    size = len(words)
    return size > 1 and any(
        on_stage[at : at + size] == words for at in range(len(on_stage) - size + 1)
    )


def _plural_noun(word: str) -> bool:
    """ "servants", "men": not "his", "this", "as" (short words ending in s)."""
    return word.endswith("men") or (len(word) > 3 and word.endswith("s"))


_VOICE: Final = recache.compile(r"['’]s\s+voice$", re.I)


def _peer_of(words: list[str], role: list[str]) -> bool:
    """Whether "Lady X" or "Lord X" is how the peer the cast calls "the
    Countess of X" or "the Earl of X" (K.G. after it or not) is addressed.

    >>> _peer_of(["lady", "hallow"], ["countess", "of", "hallow"])
    True
    >>> _peer_of(["lord", "hallow"], ["countess", "of", "hallow"])
    False
    """
    if len(words) < 2 or words[0] not in _PEERS or len(role) < 3 or role[1] != "of":
        return False
    place = role[2 : 2 + len(words) - 1]
    return role[0] in _PEERS[words[0]] and place == words[1:]


def _names_member(rest: list[str], group: list[str]) -> bool:
    """Whether the words after an ordinal name one of a group: "Cit" of
    "citizens", "bargeman" of "two bargemen"."""
    words = _uncounted(group)
    return abbreviates(rest, words) or rest == [_member(w).casefold() for w in words]


def _abbreviates_unordered(short: list[str], long: list[str]) -> bool:
    """Each word of ``short`` begins a word of its own of ``long``, in any
    order: "e mor" is "mortimer the elder", "y mor" "mortimer the younger"."""
    left = list(long)
    for word in short:
        found = next((w for w in left if w.startswith(word)), None)
        if found is None:
            return False
        left.remove(found)
    return True


def _uncounted(words: list[str]) -> list[str]:
    """A group's words without the number that counts it: "two merchants" → "merchants"."""
    return words[1:] if len(words) > 1 and words[0] in _COUNTS else words


def _abbreviated(name: str) -> bool:
    """A prefix that may stand for a longer name: a word of four letters or
    fewer not in capitals, or a number ("Osr", "1"); "OSRIC" is a name.

    >>> _abbreviated("Osr"), _abbreviated("OSRIC"), _abbreviated("Lady M")
    (True, False, True)
    """
    return any(
        word.isdigit() or (len(word) <= 4 and not word.isupper())
        for word in re.findall(r"[A-Za-z0-9]+", name)
        if word.casefold() not in _ARTICLES
    )


def _member(group: str) -> str:
    """One of a group: "Witches" → "Witch", "CITIZENS" → "Citizen".

    >>> _member("Witches"), _member("CITIZENS"), _member("Peasants"), _member("Bargemen")
    ('Witch', 'Citizen', 'Peasant', 'Bargeman')
    """
    word = group.capitalize()
    if word.endswith(("men", "Men")):  # "Bargemen", "MEN"
        return (word[:-3] + "man").capitalize()
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


def resolve_cast(play: Play, reporter: Reporter, source: str) -> Play:
    """Every speech's ``who``, the characters in first-seen order (cast list
    first), and the cast entries' ids."""
    if play.cast is not None and not play.cast.entries:
        reporter.warning(
            "W702",
            f"the cast list under {play.cast.head!r} names no one; speaker prefixes are "
            "resolved through the stage directions only",
            Span(source, play.cast.line, 1),
        )
    resolver = _Resolver(play, reporter, source)
    order: list[_Role] = []
    used: dict[str, int] = {}
    taken: set[str] = set()

    def ident(role: _Role) -> str:
        if not role.ident:
            base = dracor_id(role.name)
            used[base] = used.get(base, 0) + 1
            role.ident = base if used[base] == 1 else f"{base}-{used[base]}"
            if is_reserved(role.ident) or role.ident in taken:  # a role "Source", "N1"
                role.ident = free_id(role.ident, taken)
            taken.add(role.ident)
            order.append(role)
        return role.ident

    for role in resolver.cast_roles:
        ident(role)

    def walk(
        content: tuple[Node, ...],
    ) -> tuple[Node, ...]:
        out: list[Node] = []
        for node in content:
            if isinstance(node, Division):
                resolver.on_stage = []
                out.append(Division(node.kind, node.head, node.line, walk(node.content)))
            elif isinstance(node, Speech):
                roles = resolver.resolve(node)
                for role in roles:
                    if node.prefix not in role.prefixes:
                        role.prefixes.append(node.prefix)
                out.append(
                    Speech(
                        node.prefix,
                        node.name,
                        node.line,
                        node.body,
                        node.verse,
                        node.delivery,
                        node.own_line,
                        " ".join(ident(role) for role in roles),
                    )
                )
            else:
                if isinstance(node, StageDirection) and not isinstance(node, Footnote | PageBreak):
                    resolver.on_stage.extend(_key(node.text))
                out.append(node)
        return tuple(out)

    body = walk(play.body)
    characters = tuple(
        Character(r.ident, r.name, r.kind, _sex(r), tuple(r.prefixes)) for r in order
    )
    cast = play.cast
    if cast is not None:
        entries = []
        roles = iter(resolver.cast_roles)
        for entry in cast.entries:
            ids = tuple(next(roles).ident for _ in entry.roles)
            entries.append(
                CastEntry(entry.text, entry.roles, entry.description, entry.line, entry.group, ids)
            )
        cast = CastList(cast.head, cast.line, tuple(entries))
    return replace(
        play, cast=cast, body=body, characters=characters, unresolved=tuple(resolver.unresolved)
    )
