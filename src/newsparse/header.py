"""The dateline: city, region, agency and date at the head of the story, and the title above it.

Shapes real copy has, each with the story that forced it:

    Brussel (ANTARA News) -               city in front of the agency in parentheses
    Mataram, NTB (ANTARA News) -          city, region
    Jakarta, 12/3 (ANTARA) -              city, day/month
    WASHINGTON, Nov 26 (Reuters) -        city, date
    NEW DELHI, Jan 5 (PTI)                no dash after the agency
    JAKARTA, KOMPAS.com -                 inline agency after the city
    TEMPO.CO, Jakarta -                   inline agency before the city
    NEW YORK, March 3 -                   old Reuters wire: city, date, no agency
    KUALA LUMPUR: / WASHINGTON —          capitals only, first body line only

A subhead such as ``QUESTIONABLE MEDICAL CLAIMS — For years, ...`` later in the story, or a
paragraph starting ``By Monday morning, ...``, is body text.
"""

from __future__ import annotations

import re
from functools import cache

from . import places
from .cache import dataclass, regex
from .dates import looks_like_date, parse_date
from .lang import Lang, agencies
from .model import Header
from .patterns import ASCII_DIGIT, DASHES, alt, clean, ends_sentence

HEAD = 220  # datelines sit in the first characters of a line: patterns only ever see this much

PLACE_PARTICLES = {
    "de",
    "da",
    "do",
    "di",
    "del",
    "la",
    "le",
    "el",
    "al",
    "an",
    "on",
    "upon",
    "of",
    "es",
    "sur",
    "am",
    "im",
    "dos",
    "das",
    "van",
    "von",
    "ad",
    "bin",
    "al-",
}
# "WASHINGTON/BEIJING" is one dateline city as Reuters prints it
PLACE_WORD = regex(r"[A-ZÀ-ÖØ-Þ][\w'’.\-]*(?:/[A-ZÀ-ÖØ-Þ][\w'’.\-]*)*\.?|St\.|Ft\.|Mt\.", re.U)
SEP = rf"(?:\.?[{DASHES}]{{1,3}}|:|\u00e2\u20ac[\u201d\u201c])"
SEP_CHARS = f"{DASHES}:\u00e2\u00c2"  # one of them opens every separator (Â: "â" ignoring case)
# how long the text before each pattern's mark may be (a city, a region, a date): the cheap tests in
# match_dateline use the same bounds
PAREN_PRE = 90  # before the agency's bracket
BARE_PRE = 30  # before a bracket with no city: "Jan. 5 (UPI) --"
CITY_PRE = 60  # before the comma of "JAKARTA, KOMPAS.com -"
RAW_PRE = 60  # before the last digit of a raw take's date: "OSAKA, Japan, March 3 Kyodo -"
PLAIN_PRE = 70  # before a bare city's separator
# what a separator's run may hold (the gap between the city and a bracket: "Denmark, May 4, 2013 - (ANTARA)")
SEP_RUN = f"{DASHES}:.\u00e2\u20ac\u201d\u201c"
_SEP_AT = regex(f"[{re.escape(SEP_CHARS)}]")
# Lookaheads put right after a lazy run, where the engine tries the rest of the pattern at each
# character the run may stop at: what must come next (separator characters and spaces up to a
# bracket; spaces up to a separator) turns a wrong stop away in one class test instead of a try of
# every optional group after it. They take nothing and let through every stop the rest can match.
_TO_BRACKET = rf"(?=[\s{re.escape(SEP_RUN)}]*\()"
_TO_SEP = rf"(?=\s*[{re.escape(DASHES)}.:\u00e2])"
DIGIT = regex(r"\d")
# after an agency's bracket, old ASCII AP copy types the dash as an underscore: "BOSTON (AP) _ The"
AFTER_AGENCY = rf"(?:{SEP}|_(?=\s|$))"


@cache
def _not_cities() -> frozenset[str]:
    """Capitals that open a line the way a city does and are not one: "UPDATE 2 -", "BREAKING:", and
    every word of a note to editors (agencies.toml [advisories]): "REFILE -", "ATTENTION -"."""
    data = agencies()
    notes = data["advisories"]
    words = (*data["datelines"]["not_cities"], *notes["openers"], *notes["lines"], *notes["versions"])
    return frozenset(w.upper() for w in words)


@dataclass(frozen=True)
class Dateline:
    """A dateline found: its header, where the body starts, a byline glued before it."""

    header: Header
    end: int  # where the body after the dateline starts (whitespace skipped)
    byline: tuple[int, int] | None = (
        None  # a byline glued in front: "By Anna Lindqvist STOCKHOLM (Reuters) -"
    )


# a byline glued to the dateline by a one-line scrape: "By Anna Lindqvist STOCKHOLM (Reuters) -"
GLUED_BYLINE = regex(r"By\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?=[A-Z][A-Z.'-]{2,}[\s,(])")


@cache
def _rules(
    lang: Lang,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str]]:
    data = agencies()["agencies"]
    inline = f"{alt(data['inline'])}|{_site(tuple(data['domains']))}"
    inline_i = _inline_agencies()
    # AFP: "Kaeng Hang Maeo (Thailand) (AFP) -": a region in brackets before the agency
    # "Denmark, May 4, 2013 - (ANTARA) -": a separator may stand before the bracket too
    paren = regex(
        rf"(?P<pre>[^()\n]{{1,{PAREN_PRE}}}?){_TO_BRACKET}(?:\s*{SEP}|)(?:\s*\((?P<region>[^()\n]{{1,30}})\)|)\s*\((?P<agency>[^()\n]{{1,40}})\)(?P<sep>\s*{AFTER_AGENCY}|)"
    )
    # a portal's dateline: spaces may be entities ("TEMPO.CO,&nbsp;Jakarta&nbsp;-"), the body may follow
    # the dash without a space ("MATARAM, KOMPAS.com -Sebuah", "Bisnis.com, JAKARTA--Deputi"), and a
    # known agency may lose its dash ("JAKARTA, CNN Indonesia Gempa ...")
    city_agency = regex(
        rf"(?P<pre>[^()\n]{{1,{CITY_PRE}}}?),{_WS}(?P<agency>{inline_i}){_WS}(?P<sep>{SEP}(?=[\s\"“‘A-Z]|$)|(?=\s+[A-Z]))",
        re.I,
    )
    agency_city = regex(
        rf"(?P<agency>{inline_i}),{_WS}(?P<pre>[^()\n]{{1,60}}?){_WS}(?P<sep>{SEP})(?=[\s\"“‘A-Z]|$)", re.I
    )
    agency_only = regex(rf"(?P<agency>{inline})\s*(?P<sep>{SEP})(?=\s)")
    known = frozenset(a.lower() for a in (*data["parenthesised"], *data["inline"]))
    return paren, city_agency, agency_city, agency_only, known


@cache
def _raw_take() -> re.Pattern[str]:
    """A raw take's dateline, the agency bare between the date and the dash: "OSAKA, Japan, March 3 Kyodo -"."""
    return regex(
        rf"(?P<pre>[^()\n]{{1,{RAW_PRE}}}?\d)\s+(?P<agency>{alt(agencies()['agencies']['parenthesised'])})\s*(?P<sep>{SEP})(?=\s)"
    )


_WS = r"(?:\s|&nbsp;)*"


@cache
def _site(domains: tuple[str, ...]) -> str:
    """A news site's address: "SUARAPAPUA.COM", "Bisnis.com", "REPUBLIKA.CO.ID"."""
    return rf"\b[A-Za-z][A-Za-z0-9-]{{1,30}}(?:{alt(domains, boundary=False, ignore_case=True)})\b"


# no city: "(CNN) — ...", "Jan. 5 (UPI) -- ..."
FULL_YEAR = regex(r"(?:19|20)\d\d")
_BARE = regex(
    rf"(?P<pre>[^()\n]{{0,{BARE_PRE}}}?)\s*\((?P<agency>[^()\n]{{1,40}})\)(?P<sep>\s*{AFTER_AGENCY})"
)
_WHOLE = regex(r"(?P<pre>[^()\n]{1,60}?)\s*")
# the body may follow a capitals city's colon without a space: "GEORGE TOWN:Keadaan di ..."
_PLAIN = regex(rf"(?P<pre>[^()\n]{{1,{PLAIN_PRE}}}?){_TO_SEP}\s*(?P<sep>{SEP})(?=\s|$|(?<=[A-Z]:)[A-Z\"“])")


# a city in capitals with nothing after it but the lead's first word (Reuters on the web): "BEIJING French ..."
_CAPS_CITY = regex(r"(?P<pre>[A-Z][A-Z'’.-]{3,}(?: [A-Z][A-Z'’.-]+){0,2})(?= [A-Z][a-z])")


def _is_site(text: str) -> bool:
    return _site_pattern().fullmatch(text) is not None


@cache
def _site_pattern() -> re.Pattern[str]:
    return regex(_site(tuple(agencies()["agencies"]["domains"])))


def is_place(text: str, *, capitals: bool = False) -> bool:
    """A city or region as datelines print it: "Brussel", "KUALA LUMPUR", "Rio de Janeiro", "Nev."."""
    words = text.split()
    if not 1 <= len(words) <= 5 or len(text) > 40 or ASCII_DIGIT.search(text) is not None:
        return False
    if capitals and text.upper() != text:
        return False
    return PLACE_WORD.fullmatch(words[0]) is not None and all(
        PLACE_WORD.fullmatch(w) or w.lower() in PLACE_PARTICLES for w in words
    )


def _weekday(text: str, lang: Lang) -> bool:
    return text.strip().lower() in _weekdays(lang)


@cache
def _weekdays(lang: Lang) -> frozenset[str]:
    return frozenset(d.lower() for days in lang.weekdays for d in days)


@cache
def _prefixes(known: frozenset[str]) -> tuple[str, ...]:
    """ "antara news", "reuters/": an agency name followed by more words or a slash."""
    return tuple(k + end for k in sorted(known) for end in (" ", "/"))


def _agency_ok(agency: str, known: frozenset[str], has_sep: bool, lang: Lang) -> bool:
    a = " ".join(agency.split())
    low = a.lower()
    if low in known or low.startswith(_prefixes(known)):
        return True
    if "/" in low and any(part in known for part in low.split("/")):  # a partner's take: "(tca/dpa)"
        return True
    if not has_sep or _weekday(a, lang) or looks_like_date(a, lang) or any(ch.isdigit() for ch in a):
        return False
    words = a.split()
    if a.isupper() and len(words) <= 6:  # "(THE JAKARTA POST/ASIA NEWS NETWORK) -"
        return True
    return len(words) <= 3 and all(w[:1].isupper() for w in words)


def _split_pre(pre: str, lang: Lang, *, capitals: bool = False) -> tuple[str, str | None, str | None] | None:
    """City, region and date text from "Mataram, NTB" / "WASHINGTON, Nov 26" / "Jakarta, 12/3"."""
    parts = [
        p.strip() for p in pre.replace("&nbsp;", " ").rstrip(", ").split(",")
    ]  # "Gresik, (Antara Jatim)"
    if len(parts) > 1 and _is_site(parts[0]):  # "REPUBLIKA.CO.ID, Bandung, 19/3 (Antara) -"
        parts = parts[1:]
    city, region, date = parts[0], None, None
    if not is_place(city, capitals=capitals):
        # Malaysian papers put the date after the city with no comma: "PUTRAJAYA 2 Mei -"
        digit = next((k for k, ch in enumerate(city) if ch.isdigit()), 0)
        if not (
            digit and is_place(city[:digit].strip(), capitals=True) and looks_like_date(city[digit:], lang)
        ):
            return None
        city, date = city[:digit].strip(), city[digit:].strip()
    if len(city) < 3:  # "A- A+ (Ubah saiz teks)": a page's font buttons, not a city
        return None
    for part in parts[1:]:
        if not part:
            return None
        if date is None and looks_like_date(part, lang):
            date = part
        elif date is not None and FULL_YEAR.fullmatch(part):  # "Jan 5, 2024"
            if part not in date:  # AFP's doubled year: "BEIJING, Dec 18 , 2006, 2006"
                date = f"{date}, {part}"
        elif _weekday(part, lang):
            continue
        elif region is None and date is None and is_place(part) and len(part.split()) <= 3:
            region = part
        else:
            return None
    return city, region, date


def _first_sep(head: str) -> int:
    """Where the first character that may open a separator stands (SEP_CHARS; -1 when there is none)."""
    if head.isascii():  # "-" and ":" are the only ones in ASCII
        dash, colon = head.find("-"), head.find(":")
        return dash if colon < 0 or 0 <= dash < colon else colon
    found = _SEP_AT.search(head)
    return found.start() if found is not None else -1


def _paren_near(head: str, bracket: int) -> bool:
    """Can the bracketed agency pattern match, its first bracket at ``bracket``: the text before it,
    less a separator and the spaces around it, no longer than the city's part may be?"""
    return len(head[:bracket].rstrip().rstrip(SEP_RUN).rstrip()) <= PAREN_PRE


def _bare_near(head: str, bracket: int) -> bool:
    """Can the bracket with no city ("Jan. 5 (UPI) --") match: a first bracket, spaces and no more
    than BARE_PRE characters before it?"""
    return bracket >= 0 and len(head[:bracket].rstrip()) <= BARE_PRE


def _city_near(head: str) -> bool:
    """Can the city-comma-agency pattern match: a comma after the city's part, one character to
    CITY_PRE long (the part may hold a comma, and open with one), and after a comma no further in
    the spaces and the agency the pattern reads there (the search finds the first such comma)?"""
    comma = head.find(",", 1, CITY_PRE + 1)
    if comma < 0:
        return False
    found = _comma_agency().search(head, comma)
    return found is not None and found.start() <= CITY_PRE


@cache
def _comma_agency() -> re.Pattern[str]:
    """The comma, the spaces and the agency of the city-comma-agency pattern (_rules), nothing
    around them: a failing try of that pattern costs a step for each character its city's part
    may take, a search for this one a step for each comma."""
    return regex(rf",{_WS}(?:{_inline_agencies()})", re.I)


@cache
def _inline_agencies() -> str:
    """The agencies a dateline names without brackets, any case, or a news site's address."""
    data = agencies()["agencies"]
    return f"{alt(data['inline'], ignore_case=True)}|{_site(tuple(data['domains']))}"


def _raw_near(head: str) -> bool:
    """Can the raw take's pattern match: a digit after one character and no more than RAW_PRE?"""
    return DIGIT.search(head, 1, RAW_PRE + 1) is not None


# what follows the bare city's separator (_PLAIN): its last character (a dash, a colon, the closing
# quote of "â€”") before a space or the end, or a capitals word's colon before a capital or a quote
_SEP_END = regex(rf"[{re.escape(DASHES)}:\u201d\u201c](?:(?=\s|$)|(?<=[A-Z]:)(?=[A-Z\"“]))")


def _plain_near(head: str, sep_at: int) -> bool:
    """Can the bare city's pattern match, the first separator character at ``sep_at``: the text
    before it (less the spaces and a full stop a dash may open with) no longer than PLAIN_PRE, and
    somewhere a separator's end followed as the pattern needs it (_SEP_END)?"""
    return (
        sep_at >= 0
        and len(head[:sep_at].rstrip().rstrip(".").rstrip()) <= PLAIN_PRE
        and _SEP_END.search(head) is not None
    )


def match_dateline(
    text: str, start: int, end: int, lang: Lang, *, weak: bool, year: int | None, retry: bool = False
) -> Dateline | None:
    """The dateline at the head of the segment text[start:end], if there is one.

    ``weak`` also accepts a bare city with a dash or colon ("WASHINGTON —", "KUALA LUMPUR:", detik's
    "Jakarta -"), which is only safe where the body opens (the caller decides where that is).

    ``retry`` says the same call with ``weak=False`` on this very segment returned None: the patterns
    that read no ``weak`` (the bracketed agency, the bare bracket, the agency alone, the city with its
    agency, the raw take) found nothing then and would find nothing now, so only the bare city and
    the capitals city are tried. Every pattern that matches returns its dateline (none is turned away
    after the first that matched), so a None says each of them failed.
    """
    byline = GLUED_BYLINE.match(text, start, min(end, start + HEAD)) if text.startswith("By", start) else None
    if byline is not None:
        byline_at, start = start, byline.end()
    head = text[start : min(end, start + HEAD)]
    paren, city_agency, agency_city, agency_only, known = _rules(lang)
    # the match, city, region, date text, agency
    found: tuple[re.Match[str], str | None, str | None, str | None, str | None] | None = None
    # the cheap tests each pattern needs passed: a bracket, a comma, a separator near enough the start
    # (each pattern's text before it is bounded: a failing try of a pattern that opens with a lazy
    # run costs a step for each character the run may take)
    bracket = head.find("(")
    comma = head.find(",")
    sep_at = _first_sep(head)
    separated = sep_at >= 0
    m = paren.match(head) if not retry and bracket > 0 and _paren_near(head, bracket) else None
    if m and _agency_ok(m.group("agency"), known, bool(m.group("sep").strip()), lang):
        parts = _split_pre(m.group("pre"), lang)
        if parts and m.group("region"):
            parts = (
                (parts[0], parts[1] or m.group("region").strip(), parts[2])
                if is_place(m.group("region"))
                else None
            )
        if parts:
            found = (m, *parts, " ".join(m.group("agency").split()))
    if (
        found is None
        and not retry
        and _bare_near(head, bracket)
        and (m := _BARE.match(head))
        and " ".join(m.group("agency").split()).lower() in known
        and (not m.group("pre").strip() or looks_like_date(m.group("pre"), lang))
    ):
        found = (m, None, None, m.group("pre").strip() or None, " ".join(m.group("agency").split()))
    if found is None and not retry and separated and (m := agency_only.match(head)):  # "tirto.id - ..."
        found = (m, None, None, None, m.group("agency"))
    if (
        found is None
        and not retry
        and comma >= 0
        and (
            (m := city_agency.match(head) if _city_near(head) else None)
            or (m := agency_city.match(head) if separated else None)
        )
        and (m.group("sep") or " " in m.group("agency").strip() or "." in m.group("agency"))
    ):  # no dash only after a name of several words or a site ("Jane Roe, Ap Science ..." is a byline)
        parts = _split_pre(m.group("pre"), lang)
        if parts:
            found = (m, *parts, m.group("agency"))
    if (
        found is None
        and not retry
        and separated
        and comma >= 0
        and _raw_near(head)
        and (m := _raw_take().match(head)) is not None
    ):
        parts = _split_pre(m.group("pre"), lang)
        if parts and parts[2] is not None:  # only with its date: "OSAKA, Japan, March 3 Kyodo -"
            found = (m, *parts, m.group("agency"))
    if (
        found is None
        and separated
        and _plain_near(head, sep_at)
        and (m := _PLAIN.match(head))
        and m.group("pre").split(",")[0].strip().upper() not in _not_cities()
    ):
        # capitals for a bare city ("KUALA LUMPUR:"); detik's "Jakarta - " with a dash is the exception
        dash = m.group("sep").strip()[-1:] in DASHES
        pre = m.group("pre")
        parts = _split_pre(pre, lang, capitals=not weak or ("," not in pre and not dash))
        if parts and parts[0] != parts[0].upper() and "," not in pre and not places.is_place(parts[0]):
            parts = (
                None  # detik's "Jakarta -" is a place we know; a caption's "Ilustrasi - Petugas ..." is not
            )
        if parts is None and "," in pre:  # Reuters-21578 lowercases some stories: "Lima, april 2 -"
            parts = _split_pre(pre, lang)
            if parts is not None and (parts[2] is None or _weekday(parts[0], lang)):
                parts = None
        # "NEW YORK, March 3 -" anywhere near the top; a bare "WASHINGTON —" or a capitals city with
        # its state "TUPELO, Miss. —" only where the body opens
        if parts and (
            parts[2] is not None
            or (weak and "," not in pre)
            or (weak and parts[1] is not None and parts[0].isupper() and len(parts[0]) > 2)
        ):
            found = (m, *parts, None)
    if (
        found is None and comma >= 0 and not weak and end - start <= 60
    ):  # a line of its own: "BEIJING, Dec 18 , 2006"
        whole = _WHOLE.fullmatch(head)
        parts = _split_pre(whole.group("pre"), lang, capitals=True) if whole else None
        if whole and parts and parts[2] is not None:
            found = (whole, *parts, None)
    if (
        found is None
        and weak
        and head[:4].isupper()
        and (m := _CAPS_CITY.match(head)) is not None
        and places.is_place(m.group("pre"))
    ):  # "BEIJING French luxury goods firm ...": no mark at all
        found = (m, m.group("pre"), None, None, None)
    if found is None:
        return None
    m, city, region, date_text, agency = found
    if agency is None and city is not None and city.lower() in known:  # "BERNAMA, Jan 12 2011": no city
        city, agency = None, city
    raw_end = m.end()
    raw = head[:raw_end].rstrip()
    body = raw_end
    while body < len(head) and head[body].isspace():
        body += 1
    date = parse_date(date_text, lang, year) if date_text else None
    header = Header(raw, _squash(city), _squash(region), _squash(agency), date, (start, start + len(raw)))
    glued = (byline_at, byline.end()) if byline is not None else None
    return Dateline(header, start + body, glued)


def _squash(name: str | None) -> str | None:
    """A name as the output gives it: "KUALA\u00a0LUMPUR" from a scraped page is "KUALA LUMPUR",
    "Â\u00a0Denmark" (a no-break space read through the wrong code page) is "Denmark"."""
    return clean(name) if name else name


GLUED_WITHIN = 600  # how far into its line a glued dateline may sit


@cache
def _glued() -> re.Pattern[str]:
    known = alt(agencies()["agencies"]["parenthesised"])
    return regex(
        rf"(?<=[\s.)])(?P<city>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){{0,2}})\s*\((?P<agency>{known})\)\s*(?P<sep>{SEP})(?=\s)"
    )


def glued_dateline(text: str, start: int, end: int, lang: Lang, year: int | None) -> Dateline | None:
    """A dateline inside the line, behind a caption or a deck that a one-line scrape glued on:
    "... a collapsed house (AFP Photo/Jan Smit)  Quetta (AFP) - An earthquake ...". Only
    a known agency in brackets after a place will do."""
    m = _glued().search(text, start + 1, min(end, start + GLUED_WITHIN))
    if m is None or not is_place(m.group("city")):
        return None
    found = match_dateline(text, m.start(), end, lang, weak=False, year=year)
    return found if found is not None and found.header.city == m.group("city") else None


def field_dateline(text: str, start: int, end: int, lang: Lang, year: int | None) -> Header | None:
    """A dateline given as a field of its own (``DATELINE: GRAND HAVEN, Mich.``, ``<DATELINE>``)."""
    found = match_dateline(text, start, end, lang, weak=True, year=year)
    if found is not None:
        return found.header
    raw = text[start:end]
    parts = _split_pre(raw.rstrip(" -–—"), lang)
    if parts is None:
        return Header(raw, None, None, None, None, (start, end))
    city, region, date_text = parts
    date = parse_date(date_text, lang, year) if date_text else None
    return Header(raw, _squash(city), _squash(region), None, date, (start, end))


# a stamp or a corpus id before the headline on its line (an archive's listing):
# "4/15/93 1242  Turkey sends ...", "May 13, 1993  _Five Russian ..._", "XIE19981203.0008  1998-12-03  NATO ..."
TITLE_STAMP = regex(
    r"(?:[A-Z]{3}(?:_[A-Z]{3}_)?\d{8}\.\d{4}\s+)?"
    r"(?:\d{1,2}/\d{1,2}/(?:\d\d){1,2}(?:\s+\d{1,2}:?\d\d)?|(?:19|20)\d\d-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d)?)?"
    r"|[A-Z][a-z]{2,8}\.?\s\d{1,2},\s(?:19|20)\d\d)?\s+"
)


def title_stamp(text: str, start: int, end: int) -> int:
    """Where the headline starts on a line that opens with a stamp or a corpus id (start when it
    does not). Every stamp the pattern knows has its year, so "May 13, 1993 was ..." would be cut
    too: a headline seldom opens so, an archive's listing often does."""
    if not (text[start : start + 1].isdigit() or text[start : start + 1].isupper()):
        return start
    m = TITLE_STAMP.match(text, start, min(end, start + 60))
    if m is None or not text[start : m.end()].strip() or m.end() >= end:
        return start
    after = text[m.end()]
    return m.end() if after.isupper() or after.isdigit() or after in "_\"'“" else start


@cache
def _sign_offs() -> frozenset[str]:
    data = agencies()
    names = (*data["agencies"]["parenthesised"], *data["photo_credits"]["agencies"])
    return frozenset(n.upper() for n in names)


def signed_caption(raw: str) -> bool:
    """A photo caption: sentences signed by an agency ("... di Palu. ANTARA", "... on Monday. REUTERS")
    or ending in a photo credit with a slash ("... the crater. (NASA/JPL-Caltech)"). Never a title."""
    line = raw.rstrip()
    if line.endswith(")"):
        bracket = line.rfind("(")
        return bracket > 0 and "/" in line[bracket:] and ends_sentence(line[:bracket])
    if not line[-1:].isupper():
        return False
    head, _, last = line.rpartition(". ")
    return bool(head) and last.strip().upper() == last.strip() and last.strip() in _sign_offs()
