"""When the story was filed: the date, time and UTC offset in a timestamp line or a wire stamp.

The lines it reads, each with the copy that forced it:

    Selasa, 24 September 2024 15.06 WIB           ANTARA web page          2024-09-24T15:06+07:00
    Updated  5:27 am CST, Wednesday, November 20, 2019                     AP web page
    Disember 19, 2024 @ 2:52pm                    Malaysian paper          (no zone: no offset)
    publish date: 2020-04-14 14:04:06+08:00       The Jakarta Post         ISO 8601
    26.06.2024 14:02 GMT                          dpa web service          day.month.year
    APn  03/09 0006  Iraq War Dead                AP wire slug             month/day, no year
    BC-LT--Argentina-CancerB     11-13 1049       ANPA wire header         month-day, word count
    AP-WF-11-13-13 1509GMT                        ANPA closing stamp       month-day-year, time, zone
    212322 GMT Nov 18                             dpa closing stamp        DDHHMM GMT Mon YY
    APW19980820.1428                              corpus document id       yyyymmdd

Only lines that are not body text are read (the caller decides which): a date in a sentence or a
caption is never the story's date. A stamp may lack the year ("January 24 at 1:44 PM"): the caller
takes it from another stamp or the copyright line.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache

from .cache import dataclass, regex
from .lang import Lang, read_data
from .patterns import alt

LONGEST = 240  # a stamp line is short: a longer line is not read
DIGIT = regex(r"\d")


@dataclass(frozen=True, slots=True)
class Stamp:
    """A date (and maybe a time and an offset) read from a timestamp line or a wire stamp."""

    year: int | None
    month: int
    day: int
    clock: tuple[int, int, int | None] | None = None  # hour, minute, second
    offset: str | None = None  # "+07:00"

    def day_iso(self, year: int | None = None) -> str | None:
        """yyyy-mm-dd, the year from ``year`` when the stamp has none; None for no such day."""
        y = self.year if self.year is not None else year
        if y is None:
            return None
        try:
            return date(y, self.month, self.day).isoformat()
        except ValueError:
            return None

    def iso(self, year: int | None = None) -> str | None:
        """ISO 8601: the day, then the time and the offset where the stamp gives them."""
        day = self.day_iso(year)
        if day is None or self.clock is None:
            return day
        hour, minute, second = self.clock
        out = f"{day}T{hour:02d}:{minute:02d}" + (f":{second:02d}" if second is not None else "")
        offset = self.offset
        if offset is not None and offset[0] not in "+-":  # an IANA zone: its offset on that day
            offset = _zone_offset(offset, datetime.fromisoformat(out))
        return out + (offset or "")


# wire formats, each (pattern, the order of its groups)
ISO = regex(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)"
    r"(?:[T ](?P<H>\d\d):(?P<M>\d\d)(?::(?P<S>\d\d))?(?:\.\d{1,6})?\s?(?P<off>Z|[+-]\d\d:?\d\d)?)?(?!\d)"
)
DOC_ID = regex(
    r"\b[A-Z]{3}(?:_[A-Z]{3}_)?(?P<y>(?:19|20)\d\d)(?P<m>\d\d)(?P<d>\d\d)\.\d{4}\b"
)  # APW19980820.1428
AP_END = regex(  # AP-WF-11-13-13 1509GMT
    r"\bAP-[A-Z]{2}-(?P<m>\d\d)-(?P<d>\d\d)-(?P<yy>\d\d)\s+(?P<H>\d\d)(?P<M>\d\d)(?P<zone>[A-Z]{3})?"
)
AP_SLUG = regex(r"^AP[a-z]{0,2}\s+(?P<m>\d\d)/(?P<d>\d\d)\s+\d{4}\b")  # APn  03/09 0006  Iraq War Dead
ANPA_HEAD = regex(r"\bBC-\S+\s+(?P<m>\d\d)-(?P<d>\d\d)\s+\d{3,5}\b")  # BC-LT--Argentina-CancerB  11-13 1049
NUMERIC = regex(  # 08/20/1998, 10/ 5/11, 26.06.2024, 14-02-2012
    r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[/.-])\s?(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d|\d\d)(?![\d/])"
)
CLOCK = regex(
    r"(?<![\d.:,])(?P<H>\d{1,2})[:.](?P<M>\d\d)(?:[:.](?P<S>\d\d))?(?![\d])"
    r"(?:\s?(?P<ampm>[AaPp])\.?\s?[Mm]\b\.?)?(?:\s{0,2}(?P<zone>[A-Z]{1,4})\b)?"
)


@cache
def _tables() -> tuple[dict[str, str], dict[str, int]]:
    data = read_data("stamps.toml")
    wire = {name.lower(): n + 1 for n, names in enumerate(data["wire"]["months"]) for name in names}
    return data["zones"], wire


@cache
def _named(lang: Lang) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int]]:
    """The named-month patterns ("24 September 2024", "Nov. 12, 2005") and the month numbers."""
    months = dict(_tables()[1])
    for n, names in enumerate(lang.months):
        for name in names:
            months[name.rstrip(".").lower()] = n + 1
    month = alt(months, ignore_case=True) + r"\.?"
    day_first = regex(
        rf"(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{month})(?:,?\s+(?P<y>(?:19|20)\d\d))?(?!\d)"
    )
    month_first = regex(
        rf"(?P<mon>{month})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:\s?,?\s+(?P<y>(?:19|20)\d\d))?(?!\d)"
    )
    # dpa: "212322 GMT Nov 18" -- day, hour, minute; month, two-digit year
    return day_first, month_first, months


@cache
def _dpa(lang: Lang) -> re.Pattern[str]:
    month = alt(_named(lang)[2], ignore_case=True)
    # a partner's take may leave out the zone: "211259 Nov 18" (only where the line opens with it)
    return regex(
        rf"(?<!\d)(?P<d>\d\d)(?P<H>\d\d)(?P<M>\d\d)\s+(?P<gmt>GMT\s+)?(?P<mon>{month})\s+(?P<yy>\d\d)(?!\d)"
    )


def _dpa_stamp(line: str, lang: Lang) -> re.Match[str] | None:
    m = _dpa(lang).search(line)
    if m is not None and not m.group("gmt") and line[: m.start()].strip("\x03 "):
        return None  # without its zone the stamp is the whole line's start
    return m


def read_stamp(line: str, lang: Lang, *, month_first: bool = False) -> Stamp | None:
    """The date (and time and offset) a stamp line gives, or None. ``month_first`` reads an
    ambiguous numeric date as month/day (American copy), else as day/month."""
    if len(line) > LONGEST or DIGIT.search(line) is None:
        return None
    found = _wire(line, lang)
    if found is not None:
        return found
    day_first, month_first_, months = _named(lang)
    dates: list[tuple[int, int, int | None, int, int]] = []  # start, end, year, month, day
    for pattern in (day_first, month_first_):
        for m in pattern.finditer(line):
            year = int(m.group("y")) if m.group("y") else None
            dates.append(
                (m.start(), m.end(), year, months[m.group("mon").rstrip(".").lower()], int(m.group("d")))
            )
    for m in NUMERIC.finditer(line):
        a, b = int(m.group("a")), int(m.group("b"))
        swap = m.group("sep") == "/" and (b > 12 or (month_first and a <= 12))
        month, day = (a, b) if swap else (b, a)
        dates.append((m.start(), m.end(), _full_year(m.group("y")), month, day))
    valid = [d for d in dates if 1 <= d[3] <= 12 and 1 <= d[4] <= 31]
    if not valid:
        return None
    start, end, year, month, day = min(valid, key=lambda d: (d[2] is None, d[0]))
    clock, offset = _clock(line, start, end)
    return Stamp(year, month, day, clock, offset)


def _wire(line: str, lang: Lang) -> Stamp | None:
    if (m := ISO.search(line)) is not None:
        clock = (
            (int(m.group("H")), int(m.group("M")), int(m.group("S")) if m.group("S") else None)
            if m.group("H")
            else None
        )
        off = m.group("off")
        if off and off != "Z" and ":" not in off:
            off = f"{off[:3]}:{off[3:]}"
        return Stamp(
            int(m.group("y")), int(m.group("m")), int(m.group("d")), clock, "+00:00" if off == "Z" else off
        )
    if (m := DOC_ID.search(line)) is not None:  # "APW19980820.1428 NEWS STORY 08/20/1998 22:52:00"
        return Stamp(
            int(m.group("y")), int(m.group("m")), int(m.group("d")), *_clock(line, m.start(), m.end())
        )
    if (m := AP_END.search(line)) is not None:
        return Stamp(
            _full_year(m.group("yy")), int(m.group("m")), int(m.group("d")),
            (int(m.group("H")), int(m.group("M")), None), _zone(m.group("zone")),
        )  # fmt: skip
    if ("GMT" in line or line.lstrip("\x03 ")[:6].isdigit()) and (m := _dpa_stamp(line, lang)) is not None:
        return Stamp(
            _full_year(m.group("yy")), _named(lang)[2][m.group("mon").lower()], int(m.group("d")),
            (int(m.group("H")), int(m.group("M")), None), "+00:00",
        )  # fmt: skip
    if (m := AP_SLUG.match(line) or ANPA_HEAD.search(line)) is not None:
        return Stamp(None, int(m.group("m")), int(m.group("d")))
    return None


def _clock(line: str, start: int, end: int) -> tuple[tuple[int, int, int | None] | None, str | None]:
    """The first time of day in the line outside the date, and its zone's offset."""
    for m in CLOCK.finditer(line):
        if start <= m.start() < end:
            continue
        hour, minute = int(m.group("H")), int(m.group("M"))
        if m.group("ampm"):
            if not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if m.group("ampm") in "Pp" else 0)
        if hour > 23 or minute > 59:
            continue
        second = int(m.group("S")) if m.group("S") else None
        return (hour, minute, second), _zone(m.group("zone"))
    return None, None


def _zone(abbreviation: str | None) -> str | None:
    return _tables()[0].get(abbreviation) if abbreviation else None


def _zone_offset(zone: str, when: datetime) -> str | None:
    try:
        from zoneinfo import ZoneInfo  # only for the few abbreviations that name a region

        delta = when.replace(tzinfo=ZoneInfo(zone)).utcoffset()
    except (ImportError, LookupError, ValueError, OSError):  # no time-zone data on this system
        return None
    if delta is None:
        return None
    minutes = int(delta.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _full_year(text: str) -> int:
    year = int(text)
    if year < 100:
        year += 2000 if year < 70 else 1900
    return year
