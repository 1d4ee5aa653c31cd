"""What a run of capitalised words names: a person and their title, an organisation, a place, or no one.

    "Kepala Balai Konservasi Wulan Prameswari" -> ("Wulan Prameswari", "Kepala Balai Konservasi")

``split_title`` takes a run apart: the name follows the last title word (a title from lang/*.toml,
an acronym, a title pattern); a run that opens with an organisation's head word is the organisation
speaking, one that opens with a place's head word names no one. The pickers below choose, among
the runs of a phrase, the one that names a person: a run with a title, or a word of a name the
story gave before.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TypeGuard

from .cache import regex
from .patterns import ASCII_DIGIT
from .people import CONNECTORS, People, is_acronym
from .places import is_place
from .speech import Rules

AFFILIATION = regex(r"\s(?:of|at|from|dari|di)\s")
POSSESSIVE = ("'s", "\u2019s")
JOINERS = frozenset({"and", "dan", "&"})
QUOTE_OPENERS = "\"'\u201c\u201d\u2018\u201e\u00ab"
ORG_LINKS = frozenset({"of", "for"})  # an organisation's word before them: "Council of Ulema"
AND_RUN = regex(r"\s+and\s+(?P<run>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})\b")  # "... Control and Prevention"
SPELLED = regex(r"\s*(?:\(|,\s*or\s+)(?P<acr>[A-Z]{2,6})\b")  # "Sweden, or NEVS", "Rights (AOHR)"


@lru_cache(maxsize=8192)  # a story names the same people again and again, and so does an archive
def split_title(run: str, r: Rules) -> tuple[str | None, str | None]:
    """("Sekretaris Jenderal NATO Anders Fogh Rasmussen") -> ("Anders Fogh Rasmussen", "Sekretaris Jenderal NATO")."""
    tokens = run.split()
    while tokens and tokens[-1].lower().strip(".,") in r.dates:
        tokens.pop()
    if len(tokens) > 1 and tokens[-1].startswith("("):  # "Rudi Hartono (RH)": the short name, not the name
        tokens.pop()
    opener = None
    while tokens and tokens[0].lower() in r.not_names:  # "Menurut Syafrizal", "Dia"
        opener = tokens.pop(0).lower()
    if opener in r.place_word_set and len(tokens) > 1 and tokens[0].lower() in r.dates:
        del tokens[: 2 if tokens[1] == "the" else 1]  # "On Friday the North warned": when, not who
    titled = [
        t in r.titles
        or is_acronym(t)
        or (bool(r.title_word.fullmatch(t)) and t not in r.place_heads)  # "Perumahan" is no field
        or t.startswith("(")
        or t.endswith(POSSESSIVE)  # "Qiongfen's husband Dao Wenguang": the owner is no speaker
        for t in tokens
    ]
    for k in range(len(tokens) - 1):  # "Tan Sri", "Datuk Seri": titles only together
        for width in (2, 3):
            if " ".join(tokens[k : k + width]) in r.titles:
                titled[k : k + width] = [True] * len(tokens[k : k + width])
    # "Hakim", "Raja", "Tuan": titles only in a run of titles (first, after a title, or before one),
    # never inside a name ("Faizal Hakim Othman"; but "... Highlands Tuan Haji Ramli Osman")
    for k, token in enumerate(tokens):
        if token in r.name_titles and k > 0 and not titled[k - 1]:
            titled[k] = k + 1 < len(tokens) and tokens[k + 1] in r.titles
    i = 0
    for k in range(len(tokens) - 1):  # the name follows the last title: "Kepala Balai TNGR Agus Budiarto"
        if titled[k]:
            i = k + 1
            if tokens[k] in r.place_titles:  # "Kota Semarang Rahmat Hidayanto"; "Polda Lampung": no one
                i = min(k + 2, len(tokens))
    while i < len(tokens) and (titled[i] or tokens[i] in {"of", "for", "the"}):
        i += 1
    title = " ".join(tokens[:i]) or None
    rest = tokens[i:]
    for k, token in enumerate(rest):
        if token in {"of", "for", "the"} or (k and token in JOINERS):
            rest = rest[:k]  # "Chen and Fu": two people, the first named first
            break
    long_name = len(rest) > 5 or (
        len(rest) > 4 and rest[0] not in r.given_names
    )  # "Sharifah Nor Azlina Syed Ahmad"
    if long_name and not any(t in CONNECTORS for t in rest):  # "Meteorologi Publik Andi Eka Prasetya"
        title = " ".join(tokens[: len(tokens) - 3])
        rest = rest[-3:]
    if rest and rest[-1].endswith(POSSESSIVE):  # "Li Mei's": an owner, not a speaker
        return None, " ".join(tokens)
    if len(rest) == 1 and i and (tokens[i - 1] in r.org_ends or rest[0] in r.org_ends):
        return " ".join(tokens), None  # "OSK-DMG Group Economics", "World Health Organization": a name
    if (
        len(rest) > 1
        and rest[-1] in r.org_ends
        and all(t[:1].isupper() and t.lower() not in r.roles and not is_acronym(t) for t in tokens[:i])
    ):
        return " ".join(tokens), None  # "Federal Aviation Administration": title-like words of a name
    if len(rest) == 1 and i == 1 and is_place(run):
        return run, None  # "North Korea said": a country speaks, not a "Korea" titled "North"
    if rest and rest[0] in r.place_heads:  # "Jalan Tun Ismail", "Pesta Air Tasik Pedu": a place
        return None, " ".join(tokens) or None
    name = " ".join(rest) or None
    if (
        name is None
        and title is not None
        and all(t.isupper() for t in tokens if t not in {"of", "for", "the"})
    ):
        return title, None  # an organisation speaks: "NATO said"
    if name and " " in name and i and tokens[i - 1].lower() in r.roles:
        return name, title  # "Commission President Ursula von der Leyen": a person at the organisation
    if tokens and (
        tokens[0] in r.org_heads or (name is None and tokens[-1] in r.org_heads) or name in r.org_heads
    ):  # "the European Court of Justice" ("Court" alone is no one)
        return " ".join(tokens), None  # "kata Kementerian Pendidikan", "the Foreign Ministry": it speaks
    return name, title


def is_person(name: str | None) -> TypeGuard[str]:
    """A name of one to six words with no digit 0-9 (a name of letters and spaces has none: the
    pattern reads the others)."""
    return (
        name is not None
        and name != ""
        and len(name.split()) <= 6
        and (name.replace(" ", "").isalpha() or not ASCII_DIGIT.search(name))
    )


def bare_names(apposition: str, r: Rules) -> list[tuple[str, str | None]]:
    """The people an apposition names by a name alone between commas, the last (nearest the verb)
    first: ", a staff photographer, Anna Klein," names Anna Klein (the words of a description
    around a name do not count); ", Kampung Baru, Siti Aminah, 45," names Siti Aminah first."""
    found = []
    for part in reversed(apposition.split(",")):
        part = part.strip()
        if part[:1].isupper() and r.name_run.fullmatch(part):
            name, title = split_title(part, r)
            if is_person(name):
                found.append((name, title))
    return found


def pick_run(phrase: str, r: Rules, people: People) -> str | None:
    """The name in a phrase after a cue: the first run with a title or one the story named before."""
    if (named := r.surnamed.search(phrase)) is not None:  # "a rider surnamed Park"
        return named.group("name")
    best, best_score = None, -1
    for m in r.name_run.finditer(phrase):
        name, title = split_title(m.group(0), r)
        score = 3 if title and name else 2 if name and people.knows_word(name.split()[-1]) else 0
        if name and len(name.split()) >= 2 and not is_acronym(name):
            score += 1  # "said NEA's director of hawker management Lim Boon Keat": the person, not NEA
        if score >= best_score:  # ties: the later run ("said Helix Lunar chief executive Dana Prowse")
            best, best_score = m.group(0), score
    return best


def last_person_run(phrase: str, r: Rules, people: People) -> str | None:
    """The last run in a phrase that names a person: a full name, or a word of one the story gave
    ("the task force's coordinator, Ugas Irwanto,", "a fit-looking Farkas")."""
    found = None
    named = [n for n, _ in bare_names(phrase, r) if " " in n or people.knows_word(n)] if "," in phrase else []
    if named:
        return named[0]  # "the bank's head of monetary policy, Arif Hidayat,": the name between commas
    phrase = AFFILIATION.split(phrase, maxsplit=1)[0]  # "Sami Haddad of the ... National Council"
    for m in r.name_run.finditer(phrase):
        run = m.group(0)
        name, _ = split_title(run, r)
        if is_person(name) and not is_acronym(name) and (" " in name or people.knows_word(name)):
            found = run
    return found


def first_person(text: str, start: int, end: int, r: Rules) -> tuple[int, tuple[str, str | None]] | None:
    """The first named person between start and end, outside quote marks (a nickname is not the subject)."""
    for m in r.name_run.finditer(text, start, end):
        if (
            text[m.start() - 1 : m.start()] in QUOTE_OPENERS
            or text[max(0, m.start() - 6) : m.start()] == "&quot;"
        ):
            continue
        if r.term_after.match(text, m.end()):
            continue  # "Bekas Menteri Kerja Raya itu": a description that points back, not a name
        name, title = split_title(m.group(0), r)
        if is_person(name) and (title or len(name.split()) >= 2):
            return m.start(), (name, title)
    return None


def named_inside(who: str, start: int, r: Rules, people: People) -> list[tuple[str, str | None]]:
    """The people an unnamed description names: "salah satu peserta pelatihan Sri Handayani yang ...",
    "The newspaper quoted Zhou" (a full name, or a word of one the story gave); "seorang jurucakap
    KPDN" and "Seorang pengunjung dari Shah Alam" (after a place word) name no one."""
    found: list[tuple[str, str | None]] = []
    if (place := r.place_words.search(who, start)) is not None:
        who = who[: place.start()]  # "a resort manager in eastern Norway": the place names no one
    for m in r.name_run.finditer(who, start):
        name, title = split_title(m.group(0), r)
        if is_person(name) and (" " in name or people.knows_word(name)) and not is_acronym(name):
            found.append((name, title))
    return found


def is_org(tokens: list[str], r: Rules) -> bool:
    """Do the words of a run name an organisation? One opens with an organisation's head word
    ("Ministry of Health"), ends with one of its last words ("Pathway Communications", "Foreign
    Affairs Department"), or has one before "of" or "for" or before its last word ("Higher Council
    of Ulema", "OSK-DMG Group Economics")."""
    if not tokens:
        return False
    if tokens[0] in r.org_heads or tokens[-1] in r.org_ends:
        return True
    return any(
        t in r.org_ends and (tokens[k + 1] in ORG_LINKS or k + 2 == len(tokens))
        for k, t in enumerate(tokens[:-1])
    )


def named_orgs(text: str, start: int, r: Rules) -> tuple[list[tuple[int, str]], dict[str, str]]:
    """The organisations a story names from ``start`` on, as (offset, name) in story order, and the
    full names of the acronyms it spells out: "National Electric Vehicle Sweden, or NEVS,", "the
    Centers for Disease Control and Prevention" (CDC; a tail after "and" the acronym may leave
    out), "Arab Organization for Human Rights (AOHR)"."""
    orgs: list[tuple[int, str]] = []
    spelled: dict[str, str] = {}
    for m in r.name_run.finditer(text, start):
        raw = m.group(0).split("(", 1)[0].rstrip()  # "Arab Organization for Human Rights (AOHR) Thursday"
        tokens = raw.split()
        while tokens and tokens[0].lower() in r.determiner_words:
            tokens.pop(0)  # "The Centers for ..."
        if not tokens:
            continue
        end = m.start() + len(raw)
        run = " ".join(tokens)
        short = {_initials(tokens)} if len(tokens) > 1 else set()
        if (more := AND_RUN.match(text, end)) is not None:  # "... Control and Prevention"
            run = f"{run} and {more.group('run')}"
            tokens = run.split()
            short.add(_initials(tokens))
            end = more.end()
        if len(tokens) > 2 and ("." in tokens[0] or is_acronym(tokens[0])):
            short.add(_initials(tokens[1:]))  # "the U.S. Food and Drug Administration" is the FDA
        # (a person's initials in brackets, "Susilo Bambang Yudhoyono (SBY)", make no organisation: a
        # run of three words or fewer with no small word inside it needs ", or")
        named = (
            (acronym := SPELLED.match(text, end)) is not None
            and acronym.group("acr") == _initials(tokens)
            and ("," in acronym.group(0) or len(tokens) > 3 or any(t.islower() for t in tokens))
        )
        if named or (len(tokens) > 1 and is_org(tokens, r)):
            orgs.append((m.start(), run))
            for letters in short:
                spelled.setdefault(letters, run)
    return orgs, spelled


def _initials(tokens: list[str]) -> str:
    """ "Centers for Disease Control" -> "CDC" (the capitalised words' first letters)."""
    return "".join(t[0] for t in tokens if t[:1].isupper())
