"""Who a story credits: the people a credit line or a byline names, and in what role.

A credit line is labels and names, one clause or a group of them; a byline is a name after "By" or
"Oleh", or before an outlet. This module decides whether such text is credits at all (every name
in it must look like a person's) and gives one Credit per person and role:

    (Reporting by Tom Hale and Ana Ruiz; Editing by Paul Grey)

Which line is tried as a credit line is tail.py's decision; footers.py cuts credits glued onto a line.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from .cache import dataclass, regex
from .lang import Lang, agencies, load_all
from .model import Credit
from .patterns import ASCII_DIGIT, LETTERS, alt, clean

# A person's name as credits print it: "Desy Saputra", "M. Hari Atmoko", "Ahmad bin Ali", "JOHN SMITH"
NAME_WORD = regex(r"[A-ZÀ-ÖØ-Þ][\w'’.\-]*|[A-Z]\.|\w+['’]\w+", re.U)


def is_name(text: str, particles: frozenset[str] | None = None) -> bool:
    """Capitalised words, with the small words names carry ("bin", "van", "de") inside, no digits."""
    particles = load_all_particles() if particles is None else particles
    words = text.split()
    if not 1 <= len(words) <= 6 or len(text) > 60 or ASCII_DIGIT.search(text) is not None:
        return False
    if words[0] in particles:  # "de Vries" in a sentence; but "La Ode Muhammad Jufri" is a name
        return False
    return all(NAME_WORD.fullmatch(w) or w.lower() in particles for w in words)


@cache
def load_all_particles() -> frozenset[str]:
    return frozenset(p.lower() for p in load_all().name_particles)


@dataclass(frozen=True, eq=False)
class _Rules:
    """A language's compiled credit patterns and label tables."""

    colon_label: re.Pattern[str]  # "Editor:" with the role's group
    by_label: re.Pattern[str]  # "Reporting by", "Editing by"
    byline: re.Pattern[str]  # "By John Smith", "Oleh: X"
    contributed: re.Pattern[str]
    reported: re.Pattern[str]  # "Bleed reported from Little Rock, Arkansas."
    joiner: re.Pattern[str]
    clause_break: re.Pattern[str]
    role_of: dict[str, str]
    affiliations: frozenset[str]
    articles: frozenset[str]  # "The": "By Tom Krasovic, The San Diego Union-Tribune" names one person
    agency_tail: re.Pattern[str]  # "..., Associated Press" after a credited name
    agency_head: re.Pattern[str]  # an agency where a byline's name would be
    role_tail: re.Pattern[str]  # ", AP National Security Writer" after a bare byline's name
    affiliation: re.Pattern[str]  # "AP staff writer" before one
    # lowercased: the first word of every label, and "by", "oleh", "laporan", by their first
    # ``start_key`` characters (a dict lookup, then a few startswith in place of one for each word)
    starts: dict[str, tuple[str, ...]]
    start_key: int


class Labels(NamedTuple):
    """A language's credit labels, by how a credit writes them."""

    role_of: dict[str, str]  # a label, lowercased -> its role
    colon: list[str]  # a label before a colon: "Editor: X"
    by: list[str]  # a label ending in "by" or "oleh": "Reporting by X", "Oleh X"

    @property
    def by_phrases(self) -> list[str]:
        """The by-labels of more than one word; a one-word one ("Oleh") is also taken before a colon."""
        return [b for b in self.by if len(b.split()) > 1]


def sort_labels(lang: Lang) -> Labels:
    role_of = {}
    colon_labels: list[str] = []
    by_labels: list[str] = []
    for role, labels in lang.credit_labels:
        for label in labels:
            role_of[label.lower()] = role
            (by_labels if label.split()[-1].lower() in {"by", "oleh"} else colon_labels).append(label)
    return Labels(role_of, colon_labels, by_labels)


PLACE_PREPOSITION = r"\s+(?:in|from|di|dari)\s+"  # "Jane Doe in Jakarta", "Budi dari Bandung"
# "in Salem, Oregon" after a name: a place (its comma is not a second name)
PLACES_AFTER = regex(
    PLACE_PREPOSITION
    + r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}(?:,\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})?(?=\s+and\b|\s+dan\b|\s*[;,)]|\s*$)"
)

# what a byline calls its person: "AP staff writer X", "Jane Roe, AP Science Writer"
ROLE_WORDS = r"(?:writers?|reporters?|correspondents?|photographers?|journalists?|video\s+journalists?|researchers?|contributors?)"


@cache
def rules(lang: Lang) -> _Rules:
    labels = sort_labels(lang)
    colon = alt(labels.colon + [b for b in labels.by if len(b.split()) == 1], ignore_case=True)
    by_multi = alt(labels.by_phrases, ignore_case=True)
    bylines = alt(agencies()["bylines"]["agencies"], ignore_case=True)
    return _Rules(
        # "Redaktur & Reporter : X": one person, two roles
        colon_label=regex(rf"(?P<label>(?:{colon}\s*(?:&|/|\band\b|\bdan\b)\s*)?{colon})\s*[:：]\s*", re.I),
        by_label=regex(rf"(?P<label>{by_multi})\s*:?\s+", re.I),  # dpa: "Reporting by: X"
        byline=regex(r"(?P<label>By|BY|Oleh|OLEH)\s*:?\s+(?P<names>.+)"),
        contributed=regex(rf"(?P<who>.+?)\s+{alt(lang.contributed, ignore_case=True)}\.?", re.I),
        reported=regex(
            rf"(?P<who>[^.]{{1,60}}?)\s+{alt(lang.reported, ignore_case=True)}\s+[^.]{{1,80}}\.", re.I
        ),
        # "and"/"dan" join names only in lower case (or all capitals): "Anna Berg and Tom Hale"
        joiner=regex(rf"\s*(?:,|;|/|\||{alt([*lang.joiners, *(j.upper() for j in lang.joiners)])})\s*"),
        # between the clauses of a credit group: "; " or ", " before the next by-label
        # ("(Reporting by A, Editing by B)")
        clause_break=regex(rf"\s*(?:;|,(?=\s*(?:{by_multi})\s))\s*", re.I),
        role_of=labels.role_of,
        affiliations=frozenset(w.lower() for w in lang.affiliations),
        articles=frozenset(w.lower() for w in lang.definite),
        agency_tail=regex(rf",?\s*(?:\b[Tt]he\s+)?(?:{bylines})(?:\s+[Ww]riters?)?$"),
        role_tail=regex(rf",\s*[^,]{{0,60}}\b{ROLE_WORDS}\s*$", re.I),
        agency_head=regex(rf"(?:[Tt]he\s+)?(?:{bylines})(?:\s|$)"),  # "By Associated Press March 3"
        affiliation=regex(
            rf"^(?:(?:The\s+)?(?:{bylines})(?:['’]s?)?\s+)?"
            # a desk or outlet before the role: "Aerospace Writer X", "APTN contributor X"
            rf"(?:(?:[A-Z][\w.-]{{1,20}}\s+){{0,3}}?(?:staff\s+)?{ROLE_WORDS}\s+)?",
            re.I,
        ),
        starts=_by_head(
            starts := sorted({*(label.split()[0] for label in labels.role_of), "by", "oleh", "laporan"})
        ),
        start_key=min(2, *map(len, starts)),
    )


def _by_head(words: list[str]) -> dict[str, tuple[str, ...]]:
    """The words by their first characters (as many as the shortest word has, two at most)."""
    key = min(2, *map(len, words))
    out: dict[str, tuple[str, ...]] = {}
    for word in words:
        out[word[:key]] = (*out.get(word[:key], ()), word)
    return out


PLACE_TAIL = regex(PLACE_PREPOSITION + ".*$")


def split_names(text: str, r: _Rules) -> list[str] | None:
    """The people named in a credit ("A and B in Jakarta", "A, B & C"); None when one is not a name."""
    names = []
    text = PLACES_AFTER.sub("", text)
    for part in r.joiner.split(text):
        part = PLACE_TAIL.sub("", part.strip(' .|·-–—()"“”=^<')).strip()  # 'Askan Krisna "' of a string dump
        part = r.agency_tail.sub("", part).strip()
        if not part or set(part.lower().split()) <= r.affiliations:  # "Dana Whitcomb, Staff Writer"
            continue
        if "@" in part or not LETTERS.search(part):  # dpa: "Rachel More, +49 30 2852 31472, <x@dpa.com>"
            continue
        words = part.split()
        if len(words) > 1 and words[0].lower() in r.articles:  # an outlet: "The San Diego Union-Tribune"
            continue
        if not (is_name(part) or _name_with_slip(words)):
            return None
        names.append(" ".join(part.split()))  # "Jane\u00a0Doe" of a scraped page is "Jane Doe"
    return names or None


def _name_with_slip(words: list[str]) -> bool:
    """A name of three or more words with one middle word typed in lower case: "Ade irma Junida"."""
    if len(words) < 3:
        return False
    inner = [w for w in words[1:-1] if not NAME_WORD.fullmatch(w)]
    return len(inner) == 1 and inner[0].isalpha() and is_name(" ".join(w for w in words if w is not inner[0]))


def byline_credits(text: str, start: int, end: int, label_start: int = -1) -> list[Credit]:
    """Credits from a byline field's value ("BYLINE: Dana Whitcomb, Staff Writer"), the label included."""
    names = split_names(text[start:end], rules(load_all())) or []
    first = label_start if label_start >= 0 else start
    return [Credit("reporter", name, text[first:end], (first, end)) for name in names]


LABEL_JOINER = regex(r"\s*(?:&|/|\band\b|\bdan\b)\s*", re.I)


@cache
def credit_group_open(lang: Lang) -> re.Pattern[str]:
    """An opened, unclosed credit group at a line's end: "... (Reporting by A; Editing by B and"."""
    by_labels = [
        label for _, labels in lang.credit_labels for label in labels if label.split()[-1].lower() == "by"
    ]
    return regex(rf"\((?:{alt(by_labels, ignore_case=True)})[^()]*$", re.I)


# how a byline of the name-dash-outlet kind ends (BYLINES): "Annisa Rahmawati - detikNews"
OUTLET_ENDS = ("News", "news", ".com", ".co.id", ".id", ".my")
# what a credit group may open with before its first label: "(", "; " of an empty first clause
CREDIT_LEAD = " \t\n\r\f\v(;,"


def may_be_credit(text: str, r: _Rules) -> bool:
    """Cheap test before the credit patterns, true for every stripped line they can read: the line
    opens with a label's first word (after a bracket), or "By", "Oleh", "Laporan"; it ends like a
    name-dash-outlet byline or holds Tempo's " | "; or it is a contribution sentence. A line beyond
    ASCII (whose case folds are re's own) or with an entity (cleaned before it is read) takes the
    broad test."""
    if not text.isascii() or "&" in text:
        return _may_be_credit_broad(text)
    low = text.lower()
    head = low.lstrip(CREDIT_LEAD)
    return (
        head.startswith(r.starts.get(head[: r.start_key], ()))
        or text.endswith(OUTLET_ENDS)
        or " | " in text
        # ``_mentions_contribution``, written out: a call costs as much as two of these scans
        or "contribut" in low
        or "berkontribusi" in low
        or "menyumbang" in low
        or "helped with" in low
    )


def _may_be_credit_broad(text: str) -> bool:
    """A label's colon near the start, a "by", a dash byline, "Laporan ...", a bracketed credit
    group, or a contribution sentence."""
    head = text[:60].replace("\u00a0", " ")  # a scraped page's no-break spaces: "By\u00a0Jane Doe"
    low = head.lower()
    return (
        ":" in head
        or "：" in head
        or " by " in low
        or low.startswith(("by ", "oleh", "laporan", "("))
        or " - " in text
        or " – " in text
        or " — " in text
        or " | " in text
        or _mentions_contribution(text)
    )


def _mentions_contribution(text: str, low: str | None = None) -> bool:
    """Cheap test before the "X contributed to this report" pattern (``low``: the text lowercased)."""
    if low is None:
        low = text.lower()
    return "contribut" in low or "berkontribusi" in low or "menyumbang" in low or "helped with" in low


def parse_credits(raw: str, start: int, r: _Rules) -> list[Credit] | None:
    """Credits in one clause or one group of clauses; None when the text is not credits.

    Every credit of a group shares the group's span, brackets included, so no character of it is
    left outside an element: "(Reporting by A, Editing by B)", "Reporting by A; Editing by B"."""
    text = raw.strip()
    lead = len(raw) - len(raw.lstrip())
    span = (start + lead, start + lead + len(text))
    inner = text[1:-1] if text.startswith("(") and text.rstrip(".").endswith(")") else text
    inner = inner.rstrip(")") if text.startswith("(") else inner
    if "&" in inner or "\ufffd" in inner:  # "Pewarta :&nbsp;Dewi Lestari": the span stays the raw text's
        inner = clean(inner.replace("\ufffd", " "))
    out: list[Credit] = []
    for clause in r.clause_break.split(inner):
        clause = clause.strip()
        if not clause:
            continue
        m = r.colon_label.match(clause) or r.by_label.match(clause)
        if m is None and not _mentions_contribution(clause):
            return None
        if m:
            roles = [
                r.role_of[" ".join(part.split()).lower()] for part in LABEL_JOINER.split(m.group("label"))
            ]
            rest = clause[m.end() :].strip().rstrip(").")
        elif (m := r.contributed.fullmatch(clause)) is not None:
            # AP names its reporter first, in a sentence of its own: "Bleed reported from Little Rock,
            # Arkansas. Associated Press writers ... contributed to this report."
            who = m.group("who")
            if (reporter := r.reported.match(who)) is not None:
                names = split_names(reporter.group("who"), r)
                if names is None:
                    return None
                out.extend(Credit("reporter", name, text, span) for name in names)
                who = who[reporter.end() :]
            roles, rest = ["contributor"], _strip_affiliation(who, r)
        else:
            return None
        names = split_names(rest, r)
        if names is None:
            return None
        out.extend(Credit(role, name, text, span) for name in names for role in roles)
    return out or None


def _strip_affiliation(text: str, r: _Rules) -> str:
    return r.affiliation.sub("", text.strip(), count=1)


# bylines without a label: "Laporan Wartawan Tribunnews.com, Yohanes Saragih", "Annisa Rahmawati - detikNews"
BYLINES = (
    regex(r"Laporan\s+(?:Wartawan|Reporter|Koresponden)\s+[\w.]+(?:\s+[\w.]+)?\s*,\s*(?P<names>.+)"),
    regex(r"(?P<names>[^-–—|]{3,60}?)\s+[-–—|]\s+[A-Za-z][\w.]*(?:News|news|\.com|\.co\.id|\.id|\.my)"),
    # Tempo signs a story off with its reporters in capitals: "HALIDA BUNGA | ANDITA RAHMA", "DEWI NURITA | MAJALAH TEMPO"
    regex(
        r"(?P<names>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,4}(?: \| [A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,4}){1,3})"
    ),
)


BYLINE_STAMP = regex(r"\s+(?=\d)|\s{2,}")


def parse_byline(raw: str, start: int, r: _Rules) -> list[Credit] | None:
    text = raw.strip()
    m = r.byline.fullmatch(text) or next(filter(None, (b.fullmatch(text) for b in BYLINES)), None)
    if not m:
        return None
    if r.agency_head.match(m.group("names")):
        return None  # an agency's byline is not a person's credit
    # the filing time after the name ends it: "By PHILLIP RAWLS \u00a0 10/ 5/11 09:19 PM ET"
    names = split_names(BYLINE_STAMP.split(m.group("names"), 1)[0], r)
    if not names:
        return None
    return [Credit("reporter", name, raw, (start, start + len(raw))) for name in names]
