"""The story's date and ``published``: timestamp lines and wire stamps, read by ``stamps.read_stamp``
and taken by ``parse`` only from lines that are not body text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import parse
from newsparse.lang import load_all
from newsparse.stamps import read_stamp

STAMPS = [
    # --- web pages: day, month, year, a time and a zone in each language's words ---
    pytest.param("Rabu, 5 Juni 2024 10.20 WIB", False, "2024-06-05T10:20+07:00", id="antara-dot-time-wib"),
    pytest.param(
        "Jumat, 18 Oktober 2024 07:50 WITA | 1.024 Views",
        False,
        "2024-10-18T07:50+08:00",
        id="antara-wita-views",
    ),
    pytest.param("Senin, Juli 8 2024", False, "2024-07-08", id="month-first-no-comma"),
    pytest.param("Jun 6, 2024 @ 9:05am", False, "2024-06-06T09:05", id="malaysian-at-am"),
    pytest.param("Ogos 12, 2023 @ 11:40pm", False, "2023-08-12T23:40", id="malay-month-pm"),
    pytest.param("Thu Mar 07 2019", False, "2019-03-07", id="english-weekday-short"),
    pytest.param(
        "Updated 9:14 pm EST, Tuesday, January 9, 2018", True, "2018-01-09T21:14-05:00", id="ap-updated-est"
    ),
    pytest.param("AP 6:02 a.m. EDT July 2, 2015", True, "2015-07-02T06:02-04:00", id="ap-label-am-edt"),
    pytest.param("March 4, 2022 / 3:05 PM / Updated 2 hours ago", True, "2022-03-04T15:05", id="reuters-web"),
    pytest.param("Date: Monday June 7, 1993", True, "1993-06-07", id="mail-date-header"),
    pytest.param(
        "By JANE ROE   4/ 9/12 08:15 AM ET", True, "2012-04-09T08:15-04:00", id="us-numeric-et-summer"
    ),
    pytest.param(
        "By JANE ROE   1/ 9/12 08:15 AM ET", True, "2012-01-09T08:15-05:00", id="us-numeric-et-winter"
    ),
    pytest.param(
        "(T.B012/C021) 03-04-2013 09:45", False, "2013-04-03T09:45", id="antara-staff-codes-day-first"
    ),
    # --- machine stamps ---
    pytest.param(
        "publish date: 2021-02-03 07:08:09+08:00", False, "2021-02-03T07:08:09+08:00", id="iso-offset"
    ),
    pytest.param("2019-05-06T10:11Z", False, "2019-05-06T10:11+00:00", id="iso-z"),
    pytest.param("04.03.2024 09:30 GMT", False, "2024-03-04T09:30+00:00", id="dotted-day-first"),
    pytest.param("\x03071530 GMT Mai 19", False, "2019-05-07T15:30+00:00", id="dpa-closing-german-month"),
    pytest.param("\x03AP-NY-06-02-99 1733EDT<", True, "1999-06-02T17:33-04:00", id="anpa-closing"),
    pytest.param("NYT19990602.0123", True, "1999-06-02", id="corpus-document-id"),
]


@pytest.mark.parametrize(("line", "month_first", "iso"), STAMPS)
def test_read_stamp(line: str, month_first: bool, iso: str) -> None:
    stamp = read_stamp(line, load_all(), month_first=month_first)
    assert stamp is not None
    assert stamp.iso() == iso


# a stamp without a year: the day is known, the year comes from elsewhere
PARTIAL = [
    pytest.param("APn  06/02 0011  Flood Warning", (6, 2), id="ap-newsgroup-slug"),
    pytest.param("r a BC-Flood-Warning     06-02 0412", (6, 2), id="anpa-selector-line"),
    pytest.param("By Associated Press June 2 at 4:10 PM", (6, 2), id="byline-with-stamp"),
]


@pytest.mark.parametrize(("line", "month_day"), PARTIAL)
def test_read_stamp_without_year(line: str, month_day: tuple[int, int]) -> None:
    stamp = read_stamp(line, load_all(), month_first=True)
    assert stamp is not None and stamp.year is None
    assert (stamp.month, stamp.day) == month_day
    assert stamp.iso() is None and stamp.day_iso(1999) == f"1999-{month_day[0]:02d}-{month_day[1]:02d}"


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Pewarta: Budi Santoso", id="credit"),
        pytest.param("13 Februari", id="no-year-no-wire"),
        pytest.param("Rp15.425 per dolar AS", id="money"),
        pytest.param("x" * 300 + " 5 Juni 2024", id="too-long"),
        pytest.param("31/31/2024", id="no-such-month"),
    ],
)
def test_error_not_a_dated_stamp(line: str) -> None:
    stamp = read_stamp(line, load_all())
    assert stamp is None or stamp.iso() is None


def test_error_impossible_day_gives_no_date() -> None:
    stamp = read_stamp("Selasa, 31 Februari 2024", load_all())
    assert stamp is not None and stamp.iso() is None


# --- through parse(): which line dates the story ---


def test_story_date_and_published_from_timestamp_line() -> None:
    text = (
        "Gubernur resmikan jembatan\n\nRabu, 5 Juni 2024 10:20 WIB\n\n"
        "Garut (ANTARA) - Gubernur meresmikan jembatan baru pada Rabu (5/6).\n\nEditor: Ani Lestari"
    )
    story = parse(text)
    assert story.header is not None and story.header.date == "2024-06-05"
    assert story.published == "2024-06-05T10:20+07:00"
    assert story.to_dict()["published"] == "2024-06-05T10:20+07:00"


def test_dateline_date_wins_and_takes_its_year_from_a_stamp() -> None:
    text = (
        "Posted by a reader, Friday, May 8, 1992\n\nSTORM LEAVES THOUSANDS HOMELESS\n\n"
        "Dhaka, May 7 (Reuters) - A cyclone left thousands homeless, officials said."
    )
    story = parse(text)
    assert story.header is not None and story.header.date == "1992-05-07"
    assert story.published == "1992-05-08"


def test_wire_slug_day_and_copyright_year() -> None:
    text = (
        "APn  06/02 0011  Flood Warning\n\nCopyright, 1999. The Associated Press. All rights reserved.\n\n"
        "   DES MOINES, Iowa (AP) -- Rivers rose across the state on Wednesday."
    )
    story = parse(text)
    assert story.header is not None and story.header.date == "1999-06-02"
    assert story.title is None


def test_dpa_closing_stamp_dates_the_story() -> None:
    text = (
        "\x01abc0012 3 i 210  dpa 0031\r\n\r\nPeru halts work at copper mine after protest =\r\n\r\n"
        "Lima (dpa) - Work at a copper mine stopped on Tuesday after a protest.\r\n\r\n"
        "dpa xy zz\r\n\x03071530 GMT Mai 19\r\n"
    )
    story = parse(text)
    assert story.header is not None and story.header.date == "2019-05-07"
    assert story.published == "2019-05-07T15:30+00:00"
    assert all("GMT" not in p.text for p in story.paragraphs)


def test_error_a_date_in_the_body_or_a_caption_never_dates_the_story() -> None:
    text = (
        "Jakarta (ANTARA) - Presiden membuka pameran pada Senin, 3 Juni 2024, di Jakarta.\n\n"
        "Pengunjung memadati pameran, Senin (3/6/2024). ANTARA FOTO/Budi Setya"
    )
    story = parse(text)
    assert story.header is not None and story.header.date is None
    assert story.published is None


@given(st.text(max_size=300))
def test_read_stamp_never_raises(line: str) -> None:
    stamp = read_stamp(line, load_all(), month_first=True)
    if stamp is not None:
        stamp.iso(2000)
