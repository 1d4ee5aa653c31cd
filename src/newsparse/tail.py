"""Lines that are not body text: credits, copyright, and the other lines a story carries.

A line is taken whole when it is one of these (``Editor: Desy Saputra``, ``Copyright © ANTARA
2014``, ``Baca juga: ...``, ``-- BERNAMA``, ``(B016/D007)``). Footers glued onto one line or onto
the last paragraph are cut apart first:

    ...kata dia.Pewarta: Ida SavitriEditor: Agus Salim Copyright © ANTARA 2026
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from .cache import regex
from .lang import Lang, agencies, load_all
from .model import Copyright, Credit, OtherLine
from .patterns import ASCII_DIGIT, DASH, LETTERS, alt, clean, first_letters

Element = Credit | Copyright | OtherLine

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
    colon_label: re.Pattern[str]  # "Editor:" with the role's group
    by_label: re.Pattern[str]  # "Reporting by", "Editing by"
    byline: re.Pattern[str]  # "By John Smith", "Oleh: X"
    contributed: re.Pattern[str]
    marker: re.Pattern[str]  # where a glued footer may start
    marker_keys: _MarkerKeys  # what a marker needs, for a cheap test before the scan
    related: re.Pattern[str]
    boilerplate: re.Pattern[str]
    caption: re.Pattern[str]  # a photo credit as a caption line ends
    photo_credit: re.Pattern[str]  # that credit, to take the photographer's name from
    caption_end: re.Pattern[str]  # what a caption's end must look like
    photo_words: tuple[str, ...]  # lowercased: one of them, a slash or a colon is in every caption's tail
    trailers: frozenset[str]
    trailer_ends: frozenset[str]  # the first and last characters of each
    agency_trailer: re.Pattern[str]
    staff_codes: re.Pattern[str]
    copyright: re.Pattern[str]
    copyright_tail: re.Pattern[str]
    joiner: re.Pattern[str]
    clause_break: re.Pattern[str]
    timestamp_words: frozenset[str]  # lowercased: "wib", "kamis", "november", "published"
    script: re.Pattern[str]
    role_of: dict[str, str]
    affiliations: frozenset[str]
    agency_tail: re.Pattern[str]  # "..., Associated Press" after a credited name
    agency_head: re.Pattern[str]  # an agency where a byline's name would be
    role_tail: re.Pattern[str]  # ", AP National Security Writer" after a bare byline's name
    affiliation: re.Pattern[str]  # "AP staff writer" before one


# "2024-01-05 14:32 KST", "2015-11-05T14:56:00+07:00"
ISO_STAMP = regex(r"(?:19|20)\d\d-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d)?)?(?:\s*[A-Z+\-:0-9]{1,8})?\s*$")

PLACE_PREPOSITION = r"\s+(?:in|from|di|dari)\s+"  # "Jane Doe in Jakarta", "Budi dari Bandung"
# "in Salem, Oregon" after a name: a place (its comma is not a second name)
PLACES_AFTER = regex(
    PLACE_PREPOSITION
    + r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}(?:,\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})?(?=\s+and\b|\s+dan\b|\s*[;,)]|\s*$)"
)
# what the marker's copyright and trailer parts need, lowercased: looked for inside words too,
# since these may be glued on ("...SavitriCopyright", "...kata dia.Enditem")
MARKER_SYMBOLS = ("©", "(c)", "copyright", "cipta", "bernama", "enditem", "(end)", "(*)")


class _MarkerKeys(NamedTuple):
    # credit labels, lowercased: "...SavitriEditor:" ends with one before its colon
    label_ends: tuple[str, ...]
    longest: int  # the longest of them
    # the marker's phrases and symbols, lowercased, by first word: one of them is in the line wherever
    # the marker finds a by-label, boilerplate, a copyright or a trailer; each first word maps to the
    # phrases it starts, spaces matching any whitespace (None when the word alone is one)
    phrases: dict[str, re.Pattern[str] | None]


def _marker_keys(colon_labels: list[str], phrases: list[str]) -> _MarkerKeys:
    def squash(words: list[str] | tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(" ".join(w.lower().split()) for w in words))

    by_first: dict[str, list[list[str]]] = {}
    for phrase in [*MARKER_SYMBOLS, *phrases]:
        words = phrase.lower().split()
        by_first.setdefault(words[0], []).append(words)
    label_ends = squash(colon_labels)
    return _MarkerKeys(
        label_ends,
        max(map(len, label_ends)),
        {
            first: None
            if any(len(p) == 1 for p in starting)
            else regex("|".join(r"\s+".join(map(re.escape, p)) for p in starting))
            for first, starting in by_first.items()
        },
    )


# what a byline calls its person: "AP staff writer X", "Jane Roe, AP Science Writer"
ROLE_WORDS = r"(?:writers?|reporters?|correspondents?|photographers?|journalists?|video\s+journalists?|researchers?|contributors?)"
STAFF_OPEN = regex(r"\([A-Za-z][A-Za-z0-9.]{0,7}/[A-Za-z0-9]")  # the marker's staff codes, any case
SEPARATOR_LINE = regex(r"[_*=~#\s-]{3,}|[_*=~#-](?:\s*[_*=~#-]){2,}")
CONTACT = regex(r"(?:E-?mail:\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:Twitter|X):\s*@\w+", re.I)
EMBED = regex(r"\[[^\[\]]{2,100}\]")

STAMP_AFTER_CODES = regex(r"\s+\d{1,2}-\d{1,2}-\d{4}(?:\s+\d{1,2}[:.]\d{2})?\s*")

NUMERIC_STAMP = regex(
    r"(?<!\d)(?:(?:19|20)\d\d[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d\d)(?!\d)"
)

HOLDER_ABBREVIATIONS = {"Inc.", "Ltd.", "Co.", "Corp.", "Bhd.", "Tbk.", "L.P.", "LLC.", "S.A.", "AG.", "Pte."}

COPYRIGHT_START = (
    r"(?:(?:\([cC]\)|©)\s*)?(?:Copyright|COPYRIGHT|Hak\s+[Cc]ipta)\b(?:\s*(?:©|&copy;|\([cC]\)))?"
    r"|Â?©|&copy;|\([cC]\)(?=\s*(?:Copyright|\d{4}))"
)


def _loose(words: list[str] | tuple[str, ...]) -> str:
    """An alternative of words where a space may be missing ("ANTARAFOTO"), behind a first-letter test."""
    body = "|".join(
        r"\s*".join(map(re.escape, w.split())) for w in sorted(set(words), key=lambda w: (-len(w), w))
    )
    return f"{first_letters(words)}(?:{body})"


@cache
def rules(lang: Lang) -> _Rules:
    role_of = {}
    colon_labels: list[str] = []
    by_labels: list[str] = []
    for role, labels in lang.credit_labels:
        for label in labels:
            role_of[label.lower()] = role
            (by_labels if label.split()[-1].lower() in {"by", "oleh"} else colon_labels).append(label)
    data = agencies()
    # boilerplate that may be glued after a footer; a copyright line keeps its own "All rights reserved"
    tails = [t.lower() for t in data["copyright"]["tails"]]
    glued_boilerplate = [b for b in lang.boilerplate if not any(b.lower().startswith(t[:15]) for t in tails)]
    colon = alt(colon_labels + [b for b in by_labels if len(b.split()) == 1], ignore_case=True)
    glued = alt(colon_labels, boundary=False, ignore_case=True)
    by_multi = alt([b for b in by_labels if len(b.split()) > 1], ignore_case=True)
    # the marker's phrases, each after a word boundary
    phrases = [*(b for b in by_labels if len(b.split()) > 1), *glued_boilerplate]
    # a photo credit: "(ANTARA FOTO/REUTERS/Yves Herman/djo/14)", "Foto: Budi", "Photograph: X/The Guardian";
    # the word lists open behind a test of their first letters, which turns most positions of a search away
    credited = _loose([*data["photo_credits"]["agencies"], *lang.photo_labels])
    photo = _loose(lang.photo_labels)
    caption_ends = _loose(lang.caption_labels) if lang.caption_labels else "(?!)"
    bylines = alt(data["bylines"]["agencies"], ignore_case=True)
    return _Rules(
        # "Redaktur & Reporter : X": one person, two roles
        colon_label=regex(rf"(?P<label>(?:{colon}\s*(?:&|/|\band\b|\bdan\b)\s*)?{colon})\s*[:：]\s*", re.I),
        by_label=regex(rf"(?P<label>{by_multi})\s*:?\s+", re.I),  # dpa: "Reporting by: X"
        byline=regex(r"(?P<label>By|BY|Oleh|OLEH)\s*:?\s+(?P<names>.+)"),
        contributed=regex(rf"(?P<who>.+?)\s+{alt(lang.contributed, ignore_case=True)}\.?", re.I),
        marker=regex(
            rf"(?P<credit>(?:{glued}\s*(?:&|/|\band\b|\bdan\b)\s*)?{glued}\s*[:：])|(?P<by>\(?{by_multi}\s)|(?P<copy>{COPYRIGHT_START})"
            rf"|(?P<boiler>{alt(glued_boilerplate, ignore_case=True)})"  # "...COPYRIGHT © ANTARA 2024 Dilarang keras mengambil konten ..."
            rf"|(?P<trailer>{DASH}{{1,2}}\s*(?:BERNAMA|Bernama)\b|(?:Enditem|ENDITEM|\(END\)|\(\*\))[\"']?\s*$)|(?P<staff>\([A-Z][A-Za-z0-9.]{{0,7}}/[A-Z0-9])",
            re.I,
        ),
        marker_keys=_marker_keys(colon_labels, phrases),
        related=regex(rf"{alt(lang.related, ignore_case=True)}\s*(?:[:：>]|{DASH}|$|(?<=\w)\s)", re.I),
        boilerplate=regex(alt(lang.boilerplate, ignore_case=True), re.I),
        caption=regex(
            rf"(?:\(|\b){credited}\s*[/:]\s*[^()]{{0,120}}\)?\.?\s*$"
            r"|-{1,2}\s*foto\s*BERNAMA\b.{0,60}$"  # Bernama: "... hari ini. --fotoBERNAMA (2024) HAK CIPTA TERPELIHARA"
            rf"|\s[-–—]\s*{photo}\b[^.]{{0,60}}$"  # Sinar Harian: "... pada Sabtu. - Foto Sinar Harian"
            rf"|\b{photo}\s*:\s*[^.]{{2,80}}$"  # "... Photograph: Owen Lathbury/The Guardian"
            r"|\s[-–—]\s*[A-Z][\w!.]{1,20}/[A-Z][A-Z .'-]{2,40}$"  # Kosmo: "... Johor Bahru. – KOSMO!/ZAINAL ABIDIN"
            r"|\([^()/]{2,60}/[^()]{0,80}\b(?:photo|foto)\s+via\b[^()]{0,40}\)\.?\s*$",  # AP: "(X/ Press Service photo via AP)"
            re.I,
        ),
        # where a caption's photo credit starts: "(AFP Photo/Jan Smit)", "TEMPO/Prima Mulia",
        # "Photo: Hau Dinh, AP", "(Oleg Urusov/ Roscosmos Press Service photo via AP)", "KOSMO!/ZAINAL ABIDIN"
        photo_credit=regex(
            rf"\(?(?P<path>{credited}\s*/\s*[^()]{{1,160}}?)\)?\.?\s*$"
            rf"|(?P<label>\b{photo}\s*:\s*[^():]{{2,120}}?)\)?\.?\s*$"
            r"|\((?P<via>[^()/]{2,60}/[^()]{0,80}\b(?:photo|foto)\b[^()]{0,40})\)\.?\s*$"
            r"|[-–—]\s*(?P<paper>[A-Z][\w!.]{1,20}/[A-Z][A-Z .'-]{2,40})$",
            re.I,
        ),
        photo_words=tuple(sorted({"foto", *(w.lower() for w in lang.photo_labels)})),
        caption_end=regex(
            rf"\)\s*\.?\s*$|^{photo}\s*:|foto\s*BERNAMA|[-–—]\s*{photo}\b|[-–—]\s*[A-Z][\w!.]{{1,20}}/"
            rf"|\b{caption_ends}\s*:|{credited}\s*/\s*[^/]{{2,40}}(?:/[\w.]{{1,12}})*\.?\s*$",
            re.I,
        ),
        trailers=(trailers := frozenset(" ".join(t.split()) for t in data["trailers"]["lines"])),
        trailer_ends=frozenset(t[0] + t[-1] for t in trailers),
        agency_trailer=regex(
            rf"[-=—–~*\s]*\(?{alt(data['agencies']['parenthesised'], ignore_case=True)}\)?[-=—–~*\s.]*", re.I
        ),
        staff_codes=regex(
            r"\(\s*[A-Za-z]{0,3}\.?[A-Za-z0-9]{0,5}\d[A-Za-z0-9]{0,5}(?:\s*/\s*[A-Za-z0-9.-]{1,12}){0,6}\s*\)"
            r"|[a-z]{2,4}(?:/[a-z]{2,4}){1,6}|[A-Z]{2,4}(?:/[A-Z]{2,4}){1,6}"  # AFP "fb/ach/jm", Bernama "MAS/NHZ"
            r"|\(\s*[a-z]{2,5}(?:\s*/\s*[a-z]{2,5}){1,4}\s*\)"  # detik, CNN Indonesia: "(ams/idn)"
            r"|Source:\s*[A-Z]{2,10}/[\w()/]{1,20}"  # CNA: "Source: CNA/fh(ac)"
            r"|burs-[a-z]{2,5}(?:/[a-z]{2,5}){0,5}"  # AFP: "burs-ljm/cmk"
            r"|(?:PTI|IANS|UNI|ANI)(?:\s+[A-Z]{2,4}){1,6}"  # PTI: "PTI GJS RHL"
            r"|dpa(?:\s+[a-z]{2,3}){1,4}"  # dpa: "dpa tr mk"
        ),
        copyright=regex(COPYRIGHT_START),
        copyright_tail=regex(
            alt(data["copyright"]["tails"], ignore_case=True) + "|" + alt(lang.boilerplate, ignore_case=True),
            re.I,
        ),
        # "and"/"dan" join names only in lower case (or all capitals): "Nick Zieminski and Dan Grebler"
        joiner=regex(rf"\s*(?:,|;|/|\||{alt([*lang.joiners, *(j.upper() for j in lang.joiners)])})\s*"),
        # between the clauses of a credit group: "; " or ", " before the next by-label
        # ("(Reporting by A, Editing by B)")
        clause_break=regex(rf"\s*(?:;|,(?=\s*(?:{by_multi})\s))\s*", re.I),
        timestamp_words=frozenset(
            w.lower()
            for w in (
                *lang.timestamp_words,
                *(d for days in lang.weekdays for d in days),
                *(m.rstrip(".") for months in lang.months for m in months),
            )
        ),
        script=regex(
            r"adsbygoogle|googletag|window\.[A-Za-z_]|document\.write|function\s*\(|^\s*\}\)?;?\s*$|\]\)\.push\("
        ),
        role_of=role_of,
        affiliations=frozenset(w.lower() for w in lang.affiliations),
        agency_tail=regex(rf",?\s*(?:\b[Tt]he\s+)?(?:{bylines})(?:\s+[Ww]riters?)?$"),
        role_tail=regex(rf",\s*[^,]{{0,60}}\b{ROLE_WORDS}\s*$", re.I),
        agency_head=regex(rf"(?:[Tt]he\s+)?(?:{bylines})(?:\s|$)"),  # "By Associated Press January 24"
        affiliation=regex(
            rf"^(?:(?:The\s+)?(?:{bylines})(?:['’]s?)?\s+)?"
            # a desk or outlet before the role: "Aerospace Writer X", "APTN contributor X"
            rf"(?:(?:[A-Z][\w.-]{{1,20}}\s+){{0,3}}?(?:staff\s+)?{ROLE_WORDS}\s+)?",
            re.I,
        ),
    )


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
        if not is_name(part):
            return None
        names.append(part)
    return names or None


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


def _mentions_contribution(text: str) -> bool:
    """Cheap test before the "X contributed to this report" pattern."""
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
    if "&" in inner or "\ufffd" in inner:  # "Pewarta :&nbsp;Laila Syafarud": the span stays the raw text's
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
            roles, rest = ["contributor"], _strip_affiliation(m.group("who"), r)
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


def parse_copyright(raw: str, start: int, r: _Rules) -> Copyright | None:
    if not r.copyright.match(raw):
        return None
    body = clean(raw) if "&" in raw else raw.strip()  # "COPYRIGHT &copy;&nbsp;ANTARA&nbsp;2020"
    tail = r.copyright_tail.search(body)
    if tail:
        body = body[: tail.start()]
    year = YEAR.search(body)
    holder = r.copyright.sub(" ", body)
    holder = YEARS.sub(" ", holder)
    holder = COPYRIGHT_SIGN.sub(" ", holder).lstrip(" ,;:.")  # "Copyright, 1993. The Associated Press."
    holder = SENTENCE_STOP.split(holder + " ")[0]
    holder = NUMBERED_TAIL.sub("", HOLDER_BY.sub("", holder.strip()))  # "Copyright 1993 by <UPI/Newsbytes>"
    holder = " ".join(holder.split()).strip(" ,;:-–—|<>")
    if holder.endswith(".") and holder.rsplit(None, 1)[-1] not in HOLDER_ABBREVIATIONS:
        holder = holder.rstrip(".").rstrip()
    if (not holder and not year) or not (year or "©" in body) or len(holder.split()) > 6:
        return None  # "COPYRIGHT © 2012" has a year and no holder; "Copyright law" has neither
    return Copyright(raw, holder or None, int(year.group(1)) if year else None, (start, start + len(raw)))


def classify(raw: str, start: int, lang: Lang) -> list[Element] | None:
    """The elements one whole line (or glued piece) is, or None when it is body text."""
    r = rules(lang)
    text = raw.strip()
    if text.endswith('"') and text.count('"') == 1:  # a string dump's closing quote: '(B016/D007)"'
        text = text[:-1].rstrip()
    span = (start, start + len(raw))
    # a trailer line is one of the known ones, spaces squashed; squashing keeps a stripped line's
    # first and last characters, so they are looked up first
    is_trailer = text[:1] + text[-1:] in r.trailer_ends and " ".join(text.split()) in r.trailers
    if is_trailer or (len(text) < 40 and r.agency_trailer.fullmatch(text)):
        return [OtherLine("trailer", raw, span)]
    if r.copyright.match(text):
        found = parse_copyright(raw, start, r)
        if found:
            return [found]
    if r.related.match(text):
        return [OtherLine("related", raw, span)]
    if r.staff_codes.fullmatch(text):
        return [OtherLine("staff-codes", raw, span)]
    if (codes := r.staff_codes.match(text)) and STAMP_AFTER_CODES.fullmatch(text, codes.end()):
        # old ANTARA: "(T.A043/B012/R010) 14-02-2012 17:32" -- the codes, then when the story was filed
        rest = text.find(text[codes.end() :].strip(), codes.end())
        return [
            OtherLine("staff-codes", codes.group(0), (start, start + codes.end())),
            OtherLine("timestamp", text[rest:], (start + rest, start + len(text))),
        ]
    if (
        len(text) < 400
        and _may_be_credit(text)
        and (credits := parse_credits(raw, start, r) or parse_byline(raw, start, r))
    ):
        return list(credits)
    if (m := r.colon_label.fullmatch(text)) and m.end() == len(text):  # "Editor :" with no name
        return [OtherLine("empty-credit", raw, span)]
    if r.boilerplate.match(text):
        return [OtherLine("boilerplate", raw, span)]
    # "___", "* * *", "&nbsp;"
    if SEPARATOR_LINE.fullmatch(text) or (len(text) < 40 and _blank_when_clean(text)):
        return [OtherLine("separator", raw, span)]
    # "![](https://...jpg)", "[Original Article](https://...)"
    if len(text) < 600 and text[0] in LINK_OPEN and LINK_LINE.fullmatch(text):
        return [OtherLine("link", raw, span)]
    if len(text) < 100 and CONTACT.fullmatch(text):
        return [OtherLine("contact", raw, span)]
    if len(text) < 120 and EMBED.fullmatch(text):  # "[Gambas:Video CNN]"
        return [OtherLine("embed", raw, span)]
    if (
        len(text) < 400
        and _may_be_script(text)
        and r.script.search(text)
        and not SENTENCE_IN_LINE.search(text)
    ):
        return [OtherLine("script", raw, span)]
    if len(text) < 160 and (ISO_STAMP.match(text) or (DIGIT.search(text) and _is_timestamp(text, r))):
        return [OtherLine("timestamp", raw, span)]
    if len(text) < 20 and READING_TIME.fullmatch(text):
        return [OtherLine("reading-time", raw, span)]
    # a photo credit sits at the end of its line: look at the tail only
    if _may_be_caption(text, r) and r.caption.search(text, max(0, len(text) - 200)) and _is_caption(text, r):
        return _caption(raw, start, r)
    return None


# a line that is only a link: a markdown image or link (a list item too), or a bare address
LINK_OPEN = "-*![h"  # the characters a link line opens with: the cheap test first
LINK_LINE = regex(r"(?:[-*]\s+)?!?\[[^\[\]]{0,200}\]\([^()\s]{1,500}\)|https?://\S{1,500}")


def _blank_when_clean(text: str) -> bool:
    """Nothing but entities and punctuation: "&nbsp;", a stray quote mark of a string dump."""
    return not any(c.isalnum() for c in (clean(text) if "&" in text else text))


def _may_be_credit(text: str) -> bool:
    """Cheap test before the credit patterns: a label's colon near the start, a "by", a dash byline,
    "Laporan ...", a bracketed credit group, or a contribution sentence."""
    head = text[:60]
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


def _may_be_script(text: str) -> bool:
    return (
        "window" in text
        or "google" in text
        or "function" in text
        or "document" in text
        or "}" in text
        or "push(" in text
    )


def _may_be_caption(text: str, r: _Rules) -> bool:
    """Every caption pattern needs "foto" or a photo label in the line's tail, or a slash or colon
    after its last bracket (one closing bracket at the very end aside): "(ANTARA FOTO/X/djo/14)"."""
    tail = text[-200:]
    if "/" in tail or ":" in tail:
        core = tail.rstrip().removesuffix(".").removesuffix(")")
        after = core[max(core.rfind("("), core.rfind(")")) + 1 :]  # "Senin (1/4). Dia ...": not that slash
        if "/" in after or ":" in after:
            return True
    low = tail.lower()
    return any(map(low.__contains__, r.photo_words))


READING_TIME = regex(r"\d{1,3}\s*(?:min|minute|menit|minit)s?\s+(?:read|baca|bacaan)", re.I)  # "5 Min Read"
DIGIT = regex(r"\d")  # a year or a time has one: the quick test before looking for either
YEAR = regex(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")
YEARS = regex(r"(?<!\d)(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?(?!\d)")  # "2014", "2013-2014"
CLOCK = regex(r"\b\d{1,2}[:.]\d{2}\b")  # "14:56", "10.22"
YEAR_OR_CLOCK = regex(rf"{YEAR.pattern}|{CLOCK.pattern}")
COPYRIGHT_SIGN = regex(r"\(c\)|Â?©", re.I)
SENTENCE_STOP = regex(r"(?<!\bInc)(?<!\bLtd)(?<!\bCo)(?<!\bBhd)\.\s")  # not "Inc. ", "Sdn. Bhd. "
HOLDER_BY = regex(r"(?:by|oleh)\s+", re.I)
NUMBERED_TAIL = regex(r",[^,]*\d[^,]*$")
SENTENCE_IN_LINE = regex(r"[.!?]\s+[A-Z]")


def _is_timestamp(text: str, r: _Rules) -> bool:
    """ "Kamis, 5 November 2015 14:56 WIB | 1.229 Views", "Published: Jan 5, 2015 10:22 GMT"."""
    if not YEAR_OR_CLOCK.search(text):
        return False
    words = LETTERS.findall(text)
    known = sum(map(r.timestamp_words.__contains__, map(str.lower, words)))
    if NUMERIC_STAMP.search(text):  # "Source: Xinhua| 2023-03-03 20:15:32|", "2024.10.08 16:05"
        known += 1
    if len(words) - known <= 2 and known >= 1:
        return True
    # "KYODO NEWS - Oct 2, 2024 - 11:47 | Japan, Environment": a date, a year and a time, then labels
    return known >= 1 and len(words) <= 8 and CLOCK.search(text) is not None and YEAR.search(text) is not None


def _caption(raw: str, start: int, r: _Rules) -> list[Element]:
    """A caption line, with its photo credit apart when the credit names a photographer.

    "Warga antre di Pasar Baru, Senin. ANTARA FOTO/Budi Setya/abc." -> the caption up to "ANTARA"
    and a photographer credit "Budi Setya" over the rest; "ANTARA FOTO/HO-Basarnas" names none."""
    span = (start, start + len(raw))
    m = r.photo_credit.search(raw, max(0, len(raw) - 260))
    if m is None:
        return [OtherLine("caption", raw, span)]
    group = next(g for g in ("path", "label", "via", "paper") if m.group(g) is not None)
    name = _photographer(m.group(group))
    if name is None:
        return [OtherLine("caption", raw, span)]
    at = m.start(group)
    while at > 0 and raw[at - 1] == "(":  # the bracket belongs to the credit
        at -= 1
    credit = Credit("photographer", name, raw[at:].rstrip(), (start + at, start + len(raw.rstrip())))
    before = raw[:at].rstrip()
    if not before:
        return [credit]
    return [OtherLine("caption", before, (start + len(raw) - len(raw.lstrip()), start + len(before))), credit]


CREDIT_PARTS = regex(r"\s*[/:,]\s*")


def _photographer(path: str) -> str | None:
    """The first person a photo credit names, after its agencies and labels; None for a handout
    or an agency-only credit ("(Photo: The Associated Press)")."""
    known, handouts = _photo_sources()
    for part in CREDIT_PARTS.split(path):
        part = part.strip(" .()")
        words = part.split()
        if not words:
            continue
        low = "".join(words).lower().removeprefix("the")
        if low in known or (len(words) > 1 and "".join(words[:-1]).lower() in known):
            continue  # "REUTERS", "AFP Photo", "ANTARA FOTO", "ANTARAFOTO"
        if words[0].split("-")[0].lower() in handouts:
            return None
        if len(words) <= 4 and is_name(part) and not part.islower():
            return part
        return None
    return None


@cache
def _photo_sources() -> tuple[frozenset[str], frozenset[str]]:
    """Agencies and photo labels, lowercased (the parts of a photo credit that are not a person),
    and the handout words."""
    data = agencies()
    lang = load_all()
    names = [
        *data["agencies"]["parenthesised"],
        *data["agencies"]["inline"],
        *data["photo_credits"]["agencies"],
        *data["bylines"]["agencies"],
        *lang.photo_labels,
        "foto",
        "photo",
    ]
    known = frozenset("".join(n.lower().split()) for n in names)  # spaces dropped: "ANTARAFOTO"
    return known, frozenset(h.lower().rstrip(".") for h in data["photo_credits"]["handouts"])


def _is_caption(text: str, r: _Rules) -> bool:
    return r.caption_end.search(text) is not None


def footer_hints(text: str, r: _Rules) -> list[int]:
    """Where in ``text`` a glued footer's marker may be, in order: cheap finds (a credit label before a
    colon, the first word of a footer phrase or symbol, a staff-code bracket) made once over the
    whole text. Every line the marker scan could cut holds one of them; most body lines none."""
    keys = r.marker_keys
    low = text.lower()
    if len(low) != len(text):  # a letter whose lowercase is longer ("İ"): offsets would drift
        low = "".join(c if len(c.lower()) > 1 else c.lower() for c in text)
    hints = [m.start() for m in STAFF_OPEN.finditer(text)]
    for colon in (":", "\uff1a"):
        at = low.find(colon)
        while at >= 0:
            end = at
            while end > 0 and low[end - 1].isspace():
                end -= 1
            reach = 100  # raw characters before the colon that hold the longest label, spaces squashed
            while (
                len(before := " ".join(low[max(0, end - reach) : end].split())) < keys.longest and reach < end
            ):
                reach *= 4
            if before.endswith(keys.label_ends):
                hints.append(at)
            at = low.find(colon, at + 1)
    for word, phrases in keys.phrases.items():
        at = low.find(word)
        while at >= 0:
            if phrases is None or phrases.match(low, at):
                hints.append(at)
            at = low.find(word, at + 1)
    hints.sort()
    return hints


def split_glued(raw: str, start: int, lang: Lang) -> list[tuple[int, int]] | None:
    """Cut a line whose end carries footers glued on into pieces; None when there is nothing to cut.

    Returns the piece spans, body first (if any). Every piece after the first must classify as a
    credit, copyright or other line, or nothing is cut.
    """
    r = rules(lang)
    cuts = []
    skip_until = 0
    for m in r.marker.finditer(raw):
        if m.start() < skip_until:
            continue
        if m.group("by") and raw[m.start()] == "(":  # "(Reporting by A; Editing by B)" is one piece
            close = raw.find(")", m.start())
            skip_until = close if close > 0 else len(raw)
        if m.start() == 0:
            continue
        before = raw[m.start() - 1]
        # a glued label follows a letter or punctuation directly ("SavitriEditor:"), or a space;
        # a bare © inside a word is mojibake ("navÃ©o"), not a copyright line
        if not (before.isspace() or before in ".!?\"”')|;" or (before.isalpha() and m.group(0) != "©")):
            continue
        cuts.append(m.start())
    if not cuts:
        return None
    whole = classify(raw, start, lang)
    if whole and isinstance(whole[0], OtherLine) and whole[0].kind in ("caption", "related", "boilerplate"):
        return None  # a caption keeps its photo credit; "Pilihan Editor: ..." is one related line
    if whole and all(isinstance(e, Credit) for e in whole) and len({e.span for e in whole}) == 1:
        return None  # one credit group: "Reporting by A; Editing by B"
    bounds = [0, *cuts, len(raw)]
    pieces = list(itertools.pairwise(bounds))
    # the earliest cut from which every piece is a footer
    first_tail = len(pieces)
    for i in range(len(pieces) - 1, 0, -1):
        a, b = pieces[i]
        if classify(raw[a:b], start + a, lang) is None:
            break
        first_tail = i
    if first_tail == len(pieces):
        return None
    head = (pieces[0][0], pieces[first_tail - 1][1])
    return [head, *pieces[first_tail:]]
