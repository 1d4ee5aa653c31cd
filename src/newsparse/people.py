"""Who the story names: one person under several names, and who it put forward last.

A story names "Sekretaris Jenderal NATO Anders Fogh Rasmussen" once and "Rasmussen" after; "SBY"
for Susilo Bambang Yudhoyono; "Bowo" after "Arif Wicaksono (Bowo)"; "Hendriksen" for Karin
Hendricksen; "Assad" for Bashar al-Assad.
``People.canonical`` maps each mention to the fullest name, and the events list answers "who did
the story put forward last before this offset" for pronouns and quotes with no cue of their own.
names.py, subjects.py and speakers.py decide what a mention is; this module only remembers and
resolves them.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import field

from .cache import dataclass, regex
from .patterns import repair

# "el-Sayed", "al-Assad": el, al, ul, ad, as, ash, ar, bin, abu (as a tree of shared prefixes, each
# character tried once; the hyphen after them lets no two match at one place, so order is free)
PARTICLE = "(?:(?:a(?:bu|[dlr]|sh?)|bin|el|ul)-)"
PARTICLE_RE = regex(f"^{PARTICLE}")
CONNECTORS = ("of", "for", "the", "bin", "binti", "van", "von", "de", "al", "el", "da")


def is_acronym(word: str) -> bool:
    """Two to six capitals, A to Z: an organisation between a title and a name (NATO, BMKG, TNGR).
    String tests, no pattern call (``[A-Z]{2,6}`` in full: tests/test_speakers_scan.py)."""
    return 2 <= len(word) <= 6 and word.isascii() and word.isalpha() and word.isupper()


@dataclass
class People:
    """The people the story names, and who it put forward last at each point."""

    names: dict[str, str | None] = field(default_factory=dict)  # full name -> title
    events: list[tuple[int, str]] = field(default_factory=list)  # (offset, full name), sorted
    by_token: dict[str, list[str]] = field(default_factory=dict)  # a word -> the known names holding it
    short: dict[str, set[str]] = field(default_factory=dict)  # full name -> one-word mentions of it
    alias: dict[str, str] = field(default_factory=dict)  # a name first given short -> its full form
    known_as: dict[str, str] = field(default_factory=dict)  # "Arif Wicaksono (Bowo)": short -> full
    gender: dict[str, str] = field(default_factory=dict)  # "m"/"f", from the he/she the story uses
    mentions: list[tuple[int, str]] = field(default_factory=list)  # (offset, full name) of every naming
    given_names: frozenset[str] = frozenset()  # first names people are rarely called by: "Muhammad", "Siti"
    forward: set[str] = field(default_factory=set)  # every name put forward so far
    org: str | None = None  # the organisation that spoke last: '"...," it said', "the paper said"
    spoke: set[str] = field(default_factory=set)  # every organisation that spoke so far
    last_put: str | None = None  # the name put forward last ("" for someone unnamed)
    by_initial: dict[str, list[str]] = field(
        default_factory=dict
    )  # a letter -> the words of by_token it opens
    # the story and where its body opens: read for the organisations it names only when a
    # description points back to one ("the council said"), into ``orgs`` (offset, name)
    text: str = ""
    body_start: int = 0
    orgs: list[tuple[int, str]] | None = None
    spelled: dict[str, str] = field(
        default_factory=dict
    )  # an acronym -> the name it stands for, read with orgs
    # canonical's answers since the record it reads last changed: (name, title) -> the full name
    answers: dict[tuple[str, str | None], str] = field(default_factory=dict, repr=False, compare=False)

    def display(self, name: str | None) -> str | None:
        """The name as the output gives it: repaired, and starting where the story's short mentions
        start ("Komdigi Laksmi Anggraeni" mentioned later as "Laksmi" is "Laksmi Anggraeni")."""
        if not name:
            return None
        while name in self.alias:
            name = self.alias[name]
        name = self.spelled.get(name, name)  # "the CDC said": the Centers for Disease Control and Prevention
        tokens = name.split()
        starts = [tokens.index(t) for t in self.short.get(name, ()) if t in tokens[:-1]]
        if starts and min(starts) > 0 and not set(tokens[: min(starts)]) <= self.given_names:
            tokens = tokens[min(starts) :]  # "Muhammad Aiman Jamil", called "Aiman", keeps his first name
        return repair(" ".join(tokens))

    def knows_word(self, word: str) -> bool:
        return word in self.by_token

    def spelled_like(self, word: str) -> str | None:
        """A word of a known full name one slip away from this one (a letter changed, added, dropped
        or two swapped), for words long enough that such a slip is no other name."""
        if len(word) < 5:
            return None
        for token in self.by_initial.get(word[0], ()):
            if (
                abs(len(token) - len(word)) <= 1
                and any(" " in n for n in self.by_token[token])
                and _one_slip(token, word)
            ):
                return token
        return None

    def initials_of(self, acronym: str) -> str | None:
        """The known person an acronym of initials stands for ("SBY" -> "Susilo Bambang Yudhoyono"):
        one the story gave a title (an organisation, "Komisi Perlindungan Anak Indonesia", has none)."""
        for known, title in self.names.items():
            if not title:
                continue
            words = [w for w in known.split() if w not in CONNECTORS]
            if len(words) == len(acronym) >= 2 and "".join(w[0] for w in words) == acronym:
                return known
        return None

    def canonical(self, name: str, title: str | None) -> str:
        """The fullest known name this one is part of ("Rasmussen" -> "Anders Fogh Rasmussen"; "SBY"
        -> "Susilo Bambang Yudhoyono" when the story gives both).

        A story names the same people again and again: an answer is kept until the record changes
        (a name added, a title given, a short name called), and asked again it would be the same,
        with nothing to change (the title and the short mention it records are there already)."""
        key = (name, title)
        if (known := self.answers.get(key)) is not None:
            return known
        full = self._canonical(name, title)
        self.answers[key] = full
        return full

    def _canonical(self, name: str, title: str | None) -> str:
        if name in self.known_as:  # "Arif Wicaksono (Bowo)" then "kata Bowo"
            return self.known_as[name]
        if is_acronym(name) and name not in self.by_token and (full := self.initials_of(name)):
            return full
        if " " not in name and name not in self.by_token and (near := self.spelled_like(name)):
            name = near  # "Hendriksen" for Karin Hendricksen, "Rahmat" for Rahmad Hidayat
        tokens = name.split()
        best = None
        for known in self.by_token.get(tokens[0], ()):
            k = known.split()
            if len(tokens) == 1 and tokens[0] not in k:  # "Assad" in "Bashar al-Assad"
                k = [_bare(w) for w in k]
            elif tokens[0] not in k:  # "OSK DMG" in "OSK-DMG Group Economics"
                k = [part for w in k for part in _acronym_parts(w)]
            if (
                len(k) >= len(tokens)
                and any(k[i : i + len(tokens)] == tokens for i in range(len(k) - len(tokens) + 1))
                and (best is None or len(k) > len(best.split()))
            ):
                best = known
        if best is None:
            self.answers.clear()
            self.names[name] = title
            for token in set(tokens):
                self._index(token, name)
                if (bare := _bare(token)) != token:  # "Bashar al-Assad" is also "Assad"
                    self._index(bare, name)
                for part in _acronym_parts(token)[:1] if "-" in token else ():
                    self._index(part, name)  # "OSK-DMG Group Economics" is also "OSK DMG ..."
            # "Faizal Hakim" named before "Faizal Hakim Othman": the shorter now means the fuller
            for known in list(self.by_token.get(tokens[0], ())) if len(tokens) > 1 else ():
                k = known.split()
                if (
                    known != name
                    and len(k) < len(tokens)
                    and any(tokens[i : i + len(k)] == k for i in range(len(tokens) - len(k) + 1))
                ):
                    self.alias[known] = name
            return name
        if title and not self.names.get(best):
            self.answers.clear()
            self.names[best] = title
        if len(tokens) == 1 and best != name:
            self.short.setdefault(best, set()).add(name)
        return best

    def call(self, short: str, full: str) -> None:
        """The story gives the short name a person goes by in brackets after the full one."""
        if short not in self.by_token:
            self.answers.clear()
            self.known_as[short] = full

    def _index(self, token: str, name: str) -> None:
        if token not in self.by_token:
            self.by_token[token] = []
            self.by_initial.setdefault(token[:1], []).append(token)
        self.by_token[token].append(name)

    def put_forward(self, at: int, name: str) -> None:
        bisect.insort(self.events, (at, name))
        self.forward.add(name)
        self.last_put = name

    def put_forward_word(self, word: str) -> bool:
        if word in self.known_as:
            return self.known_as[word] in self.forward
        return any(name in self.forward for name in self.by_token.get(word, ()))

    def last_titled_before(self, at: int) -> str | None:
        i = bisect.bisect_left(self.events, (at, ""))
        recent = self.events[max(0, i - 50) : i]  # bounded: linear time however many people
        return next((name for _, name in reversed(recent) if name and self.names.get(name)), None)

    def put_forward_between(self, lo: int, at: int) -> str | None:
        """The person put forward last between two offsets (someone named, not no one)."""
        i = bisect.bisect_left(self.events, (at, ""))
        j = bisect.bisect_left(self.events, (lo, ""))
        return next((name for _, name in reversed(self.events[max(j, i - 50) : i]) if name), None)

    def last_put_before(self, at: int, keep: Callable[[str], bool]) -> tuple[int, str] | None:
        """The person or organisation put forward last before ``at`` that ``keep`` accepts, and where."""
        i = bisect.bisect_left(self.events, (at, ""))
        return next(
            (
                (start, name)
                for start, name in reversed(self.events[max(0, i - 50) : i])
                if name and keep(name)
            ),
            None,
        )

    def last_before(self, at: int, gender: str | None = None) -> str | None:
        """The person put forward last before ``at`` (an organisation's acronym is skipped); with a
        gender ("he" -> "m"), a person the story already gave the other gender is passed over."""
        i = bisect.bisect_left(self.events, (at, ""))
        for _, name in reversed(self.events[max(0, i - 50) : i]):
            if is_acronym(name):
                continue
            if gender and name and self.gender.get(name, gender) != gender:
                continue
            return name or None
        if gender:  # no one of that gender put forward: the last one merely named ("her brother, Ernesto")
            j = bisect.bisect_left(self.mentions, (at, ""))
            for _, name in reversed(self.mentions[max(0, j - 50) : j]):
                if self.gender.get(name, gender) == gender:
                    return name
        return None


def _bare(word: str) -> str:
    """The word without its particle: "Assad" of "al-Assad" (a word without a hyphen has none)."""
    return PARTICLE_RE.sub("", word) if "-" in word else word


def _acronym_parts(word: str) -> list[str]:
    """The acronyms a hyphen joins ("OSK-DMG" -> ["OSK", "DMG"]); any other word, itself."""
    parts = word.split("-")
    return parts if len(parts) > 1 and all(map(is_acronym, parts)) else [word]


def _one_slip(a: str, b: str) -> bool:
    """Do two different words differ by one letter changed, added or dropped, or two swapped?"""
    if a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):  # one letter added
        return a[i:] == b[i + 1 :]
    return a[i + 1 :] == b[i + 1 :] or (a[i + 2 :] == b[i + 2 :] and a[i : i + 2] == b[i : i + 2][::-1])
