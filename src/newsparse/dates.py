"""Dates in datelines, read with python-dateutil and a parserinfo that knows every language's months.

dateutil alone reads "1 Agustus 2014" as 2014-01-01 without complaint, so the month names of
lang/*.toml are added to its parserinfo, and a date is only returned when the text names a month
(or is a day/month number pair, ANTARA's "Jakarta, 12/3 (ANTARA) -") and a day.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache, lru_cache
from typing import Any

from .cache import regex
from .lang import Lang
from .patterns import alt

YEAR = regex(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
DAY = regex(r"(?<!\d)\d{1,2}(?!\d)")
NOT_WORD = regex(r"[\d,.\s]+")  # what stands between a date's words
NUMERIC_DATE = regex(r"(?<!\d)\d{1,2}/\d{1,2}(?:/(?:\d{4}|\d{2}))?(?!\d)")


@cache
def _month_word(lang: Lang) -> re.Pattern[str]:
    return regex(
        alt((name.rstrip(".") for month in lang.months for name in month), ignore_case=True) + r"\.?", re.I
    )


@cache
def _parserinfo(lang: Lang) -> Any:
    from dateutil import parser  # type: ignore[import-untyped]  # imported when a date is first read

    months = [
        tuple(dict.fromkeys((*english, *(n.rstrip(".") for n in names))))
        for english, names in zip(parser.parserinfo.MONTHS, lang.months, strict=True)
    ]

    class Info(parser.parserinfo):
        MONTHS = months

    return parser, Info(dayfirst=True)


def looks_like_date(text: str, lang: Lang) -> bool:
    """A dateline part that carries a date: "Nov 26", "5 Jan", "12/3", "March 3, 2015"."""
    text = text.strip()
    if not text or len(text) > 30 or not any(ch.isdigit() for ch in text):
        return False
    if NUMERIC_DATE.fullmatch(text):
        return True
    words = NOT_WORD.sub(" ", text).split()
    return 0 < len(words) <= 2 and all(_month_word(lang).fullmatch(w) for w in words)


@lru_cache(maxsize=4096)  # an archive repeats its dates: "Jan 5" is read once per year, not per story
def parse_date(text: str, lang: Lang, year: int | None) -> str | None:
    """ISO yyyy-mm-dd, the year taken from ``year`` when the text has none; None when unsure."""
    if not looks_like_date(text, lang):
        return None
    numeric = NUMERIC_DATE.fullmatch(text.strip())
    if numeric:  # ANTARA's day/month: "12/3", "12/3/2014" -- no parser needed
        return _numeric(text.strip(), year)
    parser, info = _parserinfo(lang)
    cleaned = text.replace(".", " ").replace(",", " ")
    if not DAY.search(YEAR.sub(" ", text)):  # a month and a year, but no day: "March 2014"
        return None
    try:  # the month is named (looks_like_date), so one parse with a leap-year default will do
        parsed = parser.parse(cleaned, parserinfo=info, default=datetime(1904, 1, 1))
    except (ValueError, OverflowError, parser.ParserError):
        return None
    if YEAR.search(text):
        return parsed.date().isoformat()
    if year is None:
        return None
    try:
        return parsed.replace(year=year).date().isoformat()
    except ValueError:  # 29 February in a year that has none
        return None


def _numeric(text: str, year: int | None) -> str | None:
    parts = [int(p) for p in text.split("/")]
    day, month = parts[0], parts[1]
    if len(parts) == 3:
        year = parts[2] + (2000 if parts[2] < 100 else 0)
    if year is None:
        return None
    try:
        return datetime(year, month, day).date().isoformat()
    except ValueError:
        return None


def find_year(text: str) -> int | None:
    match = YEAR.search(text)
    return int(match.group(1)) if match else None
