"""Datelines and titles: table-driven tests through the public API only (``parse(text).to_dict()``).

Each story is a dateline line with one or two body sentences, sometimes a title line above and a
copyright line below. A row gives the header as (raw, city, region, agency, date), the expected
title text (or None) and the words the first paragraph must open with.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse import header, parse

Head = tuple[str, str | None, str | None, str | None, str | None]


def _parse(text: str) -> dict[str, Any]:
    return parse(text).to_dict()


def _check_header(text: str, head: Head, title: str | None, lead: str) -> dict[str, Any]:
    """Header fields, title, and the first paragraph opening right after the dateline."""
    d = _parse(text)
    h = d["header"]
    assert h is not None, f"no header found in {text!r}"
    assert (h["raw"], h["city"], h["region"], h["agency"], h["date"]) == head
    s, e = h["span"]
    assert text[s:e] == h["raw"]

    if title is None:
        assert d["title"] is None
    else:
        assert d["title"] is not None
        assert d["title"]["text"] == title
        ts, te = d["title"]["span"]
        assert text[ts:te] == title

    assert d["paragraphs"], "no paragraphs"
    first = d["paragraphs"][0]
    body_start = e + len(text[e:]) - len(text[e:].lstrip())
    assert first["span"][0] == body_start
    assert first["text"].startswith(lead)
    assert text[body_start:].startswith(lead)
    return d


HEADER_CASES = [
    # --- ANTARA (Indonesian) ---
    pytest.param(
        "Brussel (ANTARA News) - NATO menangguhkan semua kerja sama praktis dengan Rusia pada Selasa.",
        ("Brussel (ANTARA News) -", "Brussel", None, "ANTARA News", None),
        None,
        "NATO menangguhkan",
        id="antara-news-city",
    ),
    pytest.param(
        "NATO Tangguhkan Kerja Sama dengan Rusia\n\n"
        "Brussel (ANTARA News) - NATO menangguhkan semua kerja sama praktis dengan Rusia pada Selasa.",
        ("Brussel (ANTARA News) -", "Brussel", None, "ANTARA News", None),
        "NATO Tangguhkan Kerja Sama dengan Rusia",
        "NATO menangguhkan",
        id="antara-news-title",
    ),
    pytest.param(
        "Mataram, NTB (ANTARA News) - Pemerintah provinsi membuka pasar murah di 10 kecamatan. "
        "Warga antre sejak pagi.",
        ("Mataram, NTB (ANTARA News) -", "Mataram", "NTB", "ANTARA News", None),
        None,
        "Pemerintah provinsi",
        id="antara-region",
    ),
    pytest.param(
        "Jakarta, 12/3 (ANTARA) - Harga cabai di pasar induk naik tajam pekan ini."
        "\n\nCopyright © ANTARA 2014",
        ("Jakarta, 12/3 (ANTARA) -", "Jakarta", None, "ANTARA", "2014-03-12"),
        None,
        "Harga cabai",
        id="antara-daymonth-copyright-year",
    ),
    pytest.param(
        "Jakarta (ANTARA) - Presiden meresmikan jalan tol baru pada Senin. Jalan itu sepanjang 40 kilometer.",
        ("Jakarta (ANTARA) -", "Jakarta", None, "ANTARA", None),
        None,
        "Presiden meresmikan",
        id="antara-plain",
    ),
    pytest.param(
        "Jakarta, 1 Agustus 2014 (ANTARA) - Bank sentral menahan suku bunga acuan.",
        ("Jakarta, 1 Agustus 2014 (ANTARA) -", "Jakarta", None, "ANTARA", "2014-08-01"),
        None,
        "Bank sentral",
        id="antara-indonesian-month",
    ),
    # --- Reuters ---
    pytest.param(
        "WASHINGTON, Nov 26 (Reuters) - The U.S. economy grew faster than expected in the third quarter."
        "\n\n© 2014 Reuters",
        ("WASHINGTON, Nov 26 (Reuters) -", "WASHINGTON", None, "Reuters", "2014-11-26"),
        None,
        "The U.S. economy",
        id="reuters-copyright-year",
    ),
    pytest.param(
        "WASHINGTON, Nov 26 (Reuters) - The U.S. economy grew faster than expected in the third quarter.",
        ("WASHINGTON, Nov 26 (Reuters) -", "WASHINGTON", None, "Reuters", None),
        None,
        "The U.S. economy",
        id="reuters-no-year",
    ),
    pytest.param(
        "U.S. Economy Grows Faster Than Expected\n\n"
        "WASHINGTON, Nov 26 (Reuters) - The U.S. economy grew faster than expected in the third quarter."
        "\n\n© 2014 Reuters",
        ("WASHINGTON, Nov 26 (Reuters) -", "WASHINGTON", None, "Reuters", "2014-11-26"),
        "U.S. Economy Grows Faster Than Expected",
        "The U.S. economy",
        id="reuters-title",
    ),
    # --- Old Reuters wire: city and date, no agency ---
    pytest.param(
        "NEW YORK, March 3 - Stocks fell sharply on Monday as oil prices rose.",
        ("NEW YORK, March 3 -", "NEW YORK", None, None, None),
        None,
        "Stocks fell",
        id="reuters-old-no-agency",
    ),
    # --- AP ---
    pytest.param(
        "RENO, Nev. (AP) — A wildfire forced hundreds of residents to flee their homes on Sunday.",
        ("RENO, Nev. (AP) —", "RENO", "Nev.", "AP", None),
        None,
        "A wildfire",
        id="ap-region",
    ),
    # old ASCII AP copy types the dash as an underscore, spaced, glued or at the line's end
    pytest.param(
        "SALEM, Ore. (AP) _ The state opened three new parks on Friday.",
        ("SALEM, Ore. (AP) _", "SALEM", "Ore.", "AP", None),
        None,
        "The state opened",
        id="ap-underscore",
    ),
    pytest.param(
        "OSLO, Norway (AP)_ Ferries stopped running after the storm.",
        ("OSLO, Norway (AP)_", "OSLO", "Norway", "AP", None),
        None,
        "Ferries stopped",
        id="ap-underscore-glued",
    ),
    pytest.param(
        "(AP) _\nFerries stopped running after the storm.",
        ("(AP) _", None, None, "AP", None),
        None,
        "Ferries stopped",
        id="ap-underscore-line-end",
    ),
    # --- AFP ---
    pytest.param(
        "PARIS (AFP) - French lawmakers approved the budget bill late on Tuesday.",
        ("PARIS (AFP) -", "PARIS", None, "AFP", None),
        None,
        "French lawmakers",
        id="afp",
    ),
    # --- Bernama (Malay / English) ---
    pytest.param(
        "KUALA LUMPUR, 5 Jan (Bernama) -- The ringgit opened higher against the US dollar today."
        "\n\nCopyright © 2024 BERNAMA",
        ("KUALA LUMPUR, 5 Jan (Bernama) --", "KUALA LUMPUR", None, "Bernama", "2024-01-05"),
        None,
        "The ringgit",
        id="bernama-copyright-year",
    ),
    pytest.param(
        "KUALA LUMPUR, 1 Ogos 2014 (Bernama) -- Ringgit dibuka tinggi berbanding dolar AS hari ini.",
        ("KUALA LUMPUR, 1 Ogos 2014 (Bernama) --", "KUALA LUMPUR", None, "Bernama", "2014-08-01"),
        None,
        "Ringgit dibuka",
        id="bernama-malay-month",
    ),
    # --- Asian agencies ---
    pytest.param(
        "BEIJING, Jan. 5 (Xinhua) -- China's foreign trade rose 5 percent last year, officials said.",
        ("BEIJING, Jan. 5 (Xinhua) --", "BEIJING", None, "Xinhua", None),
        None,
        "China's foreign trade",
        id="xinhua",
    ),
    pytest.param(
        "TOKYO, Jan. 5 (Kyodo) -- Japan's cabinet approved a record defense budget on Friday.",
        ("TOKYO, Jan. 5 (Kyodo) --", "TOKYO", None, "Kyodo", None),
        None,
        "Japan's cabinet",
        id="kyodo",
    ),
    pytest.param(
        "SEOUL, Jan. 5 (Yonhap) -- South Korea's exports rose for a third straight month in December.",
        ("SEOUL, Jan. 5 (Yonhap) --", "SEOUL", None, "Yonhap", None),
        None,
        "South Korea's exports",
        id="yonhap",
    ),
    pytest.param(
        "NEW DELHI, Jan 5 (PTI) The government on Friday extended the free ration scheme by five years.",
        ("NEW DELHI, Jan 5 (PTI)", "NEW DELHI", None, "PTI", None),
        None,
        "The government",
        id="pti-no-dash",
    ),
    # --- UPI, dpa, Anadolu, CNN ---
    pytest.param(
        "WASHINGTON, Jan. 5 (UPI) -- The Senate passed a stopgap spending bill on Friday.",
        ("WASHINGTON, Jan. 5 (UPI) --", "WASHINGTON", None, "UPI", None),
        None,
        "The Senate",
        id="upi",
    ),
    pytest.param(
        "Berlin (dpa) - Germany's unemployment rate held steady in December.",
        ("Berlin (dpa) -", "Berlin", None, "dpa", None),
        None,
        "Germany's unemployment",
        id="dpa",
    ),
    pytest.param(
        "ANKARA (AA) - Turkish officials met their Iraqi counterparts on Monday.",
        ("ANKARA (AA) -", "ANKARA", None, "AA", None),
        None,
        "Turkish officials",
        id="anadolu",
    ),
    pytest.param(
        "WASHINGTON (CNN) — The White House announced new sanctions on Thursday.",
        ("WASHINGTON (CNN) —", "WASHINGTON", None, "CNN", None),
        None,
        "The White House",
        id="cnn",
    ),
    # --- Indonesian web portals: inline agency ---
    pytest.param(
        "JAKARTA, KOMPAS.com - Banjir merendam ratusan rumah di Jakarta Timur pada Minggu pagi.",
        ("JAKARTA, KOMPAS.com -", "JAKARTA", None, "KOMPAS.com", None),
        None,
        "Banjir merendam",
        id="kompas-inline",
    ),
    pytest.param(
        "TEMPO.CO, Jakarta - Komisi Pemberantasan Korupsi memeriksa dua saksi pada Senin.",
        ("TEMPO.CO, Jakarta -", "Jakarta", None, "TEMPO.CO", None),
        None,
        "Komisi Pemberantasan",
        id="tempo-inline",
    ),
    # --- no city: the agency opens the story ---
    pytest.param(
        "(CNN) — A winter storm closed schools across three states on Monday.",
        ("(CNN) —", None, None, "CNN", None),
        None,
        "A winter storm",
        id="cnn-no-city",
    ),
    pytest.param(
        "Jan. 5 (UPI) -- NASA delayed the launch by a week.\n\n"
        "Copyright 2021 United Press International, Inc. All Rights Reserved.",
        ("Jan. 5 (UPI) --", None, None, "UPI", "2021-01-05"),
        None,
        "NASA delayed",
        id="upi-date-no-city",
    ),
    # --- portals: a site's address is the agency; entities, glued dashes, a lost dash ---
    pytest.param(
        "SUARAPAPUA.COM, JAYAPURA- Hujan deras merendam puluhan rumah warga pada Senin pagi.",
        ("SUARAPAPUA.COM, JAYAPURA-", "JAYAPURA", None, "SUARAPAPUA.COM", None),
        None,
        "Hujan deras",
        id="site-agency-glued-dash",
    ),
    pytest.param(
        "Bisnis.com, SURABAYA--Harga cabai rawit naik dua kali lipat dalam sepekan terakhir.",
        ("Bisnis.com, SURABAYA--", "SURABAYA", None, "Bisnis.com", None),
        None,
        "Harga cabai",
        id="bisnis-double-dash-glued",
    ),
    pytest.param(
        "MEDAN, KOMPAS.com -Seorang pedagang kehilangan gerobaknya pada Minggu dini hari.",
        ("MEDAN, KOMPAS.com -", "MEDAN", None, "KOMPAS.com", None),
        None,
        "Seorang pedagang",
        id="kompas-body-glued-to-dash",
    ),
    pytest.param(
        "TEMPO.CO,&nbsp;Bandung&nbsp;- Pemerintah kota menutup dua jalan utama pada Sabtu.",
        ("TEMPO.CO,&nbsp;Bandung&nbsp;-", "Bandung", None, "TEMPO.CO", None),
        None,
        "Pemerintah kota",
        id="tempo-nbsp-entities",
    ),
    pytest.param(
        "SURABAYA, CNN Indonesia Banjir rob kembali melanda pesisir utara pada Kamis.",
        ("SURABAYA, CNN Indonesia", "SURABAYA", None, "CNN Indonesia", None),
        None,
        "Banjir rob",
        id="cnn-indonesia-lost-dash",
    ),
    pytest.param(
        "REPUBLIKA.CO.ID, Bogor, 7/5 (Antara) - Petani mulai memanen padi lebih awal tahun ini.",
        ("REPUBLIKA.CO.ID, Bogor, 7/5 (Antara) -", "Bogor", None, "Antara", None),
        None,
        "Petani mulai",
        id="portal-prefix-before-city",
    ),
    pytest.param(
        "Norway, June 9, 2014 - (ANTARA) - Harga energi mendorong efisiensi di banyak negara.",
        ("Norway, June 9, 2014 - (ANTARA) -", "Norway", None, "ANTARA", "2014-06-09"),
        None,
        "Harga energi",
        id="separator-before-bracket",
    ),
    # --- Malaysian papers: a date after the city without a comma; a colon glued to the body ---
    pytest.param(
        "SHAH ALAM 3 Jun - Sebanyak 120 keluarga dipindahkan ke pusat pemindahan sementara.",
        ("SHAH ALAM 3 Jun -", "SHAH ALAM", None, None, None),
        None,
        "Sebanyak 120",
        id="malay-city-date-no-comma",
    ),
    pytest.param(
        "IPOH:Kerajaan negeri akan membina dua buah sekolah baharu tahun depan.",
        ("IPOH:", "IPOH", None, None, None),
        None,
        "Kerajaan negeri",
        id="malay-colon-glued",
    ),
    # --- a byline glued to the dateline by a one-line scrape ---
    pytest.param(
        "By Anna Lindqvist STOCKHOLM (Reuters) - Sweden raised its key interest rate on Thursday.",
        ("STOCKHOLM (Reuters) -", "STOCKHOLM", None, "Reuters", None),
        None,
        "Sweden raised",
        id="glued-byline",
    ),
    # --- AP web copy without "(AP)": a capitals city and its state ---
    pytest.param(
        "Headline over the story\n\nTUPELO, Miss. — A storm knocked out power to thousands of homes overnight.",
        ("TUPELO, Miss. —", "TUPELO", "Miss.", None, None),
        "Headline over the story",
        "A storm",
        id="ap-web-city-state-no-agency",
    ),
    # --- old Reuters copy in lower case: a mixed-case city with a date ---
    pytest.param(
        "MINING FIRM SEES LOWER OUTPUT - CHAIRMAN\n    Lima, april 2 - the company expects output to fall this year.",
        ("Lima, april 2 -", "Lima", None, None, None),
        "MINING FIRM SEES LOWER OUTPUT - CHAIRMAN",
        "the company",
        id="reuters-lowercase-city",
    ),
    # --- two cities in one Reuters dateline ---
    pytest.param(
        "WASHINGTON/BEIJING (Reuters) - Trade talks ended without a deal on Friday.",
        ("WASHINGTON/BEIJING (Reuters) -", "WASHINGTON/BEIJING", None, "Reuters", None),
        None,
        "Trade talks",
        id="reuters-two-cities",
    ),
]


@pytest.mark.parametrize(("text", "head", "title", "lead"), HEADER_CASES)
def test_header(text: str, head: Head, title: str | None, lead: str) -> None:
    _check_header(text, head, title, lead)


# --- Separators: -, --, – and — after several dateline shapes ---
SEPARATORS = [
    pytest.param("-", id="hyphen"),
    pytest.param("--", id="double-hyphen"),
    pytest.param("–", id="en-dash"),
    pytest.param("—", id="em-dash"),
]

SEP_SHAPES = [
    pytest.param("Jakarta (ANTARA) {sep}", ("Jakarta", None, "ANTARA"), "Polisi menangkap", id="antara"),
    pytest.param("PARIS (AFP) {sep}", ("PARIS", None, "AFP"), "Police arrested", id="afp"),
    pytest.param("RENO, Nev. (AP) {sep}", ("RENO", "Nev.", "AP"), "Police arrested", id="ap"),
    pytest.param(
        "JAKARTA, KOMPAS.com {sep}", ("JAKARTA", None, "KOMPAS.com"), "Polisi menangkap", id="kompas"
    ),
]


@pytest.mark.parametrize("sep", SEPARATORS)
@pytest.mark.parametrize(("shape", "place", "lead"), SEP_SHAPES)
def test_header_separators(shape: str, place: tuple[str, str | None, str], lead: str, sep: str) -> None:
    dateline = shape.format(sep=sep)
    rest = (
        "Polisi menangkap dua tersangka pencurian pada Senin malam."
        if lead.startswith("Polisi")
        else "Police arrested two suspects on Monday night."
    )
    text = f"{dateline} {rest}"
    city, region, agency = place
    _check_header(text, (dateline, city, region, agency, None), None, lead)


# --- Year from a timestamp line above the dateline ---
def test_header_year_from_timestamp_line() -> None:
    stamp = "Kamis, 5 November 2015 14:56 WIB | 1.229 Views"
    text = f"{stamp}\n\nJakarta, 4/11 (ANTARA) - Rupiah menguat tipis terhadap dolar AS pada Rabu sore."
    d = _check_header(
        text, ("Jakarta, 4/11 (ANTARA) -", "Jakarta", None, "ANTARA", "2015-11-04"), None, "Rupiah"
    )
    assert all(stamp not in p["text"] for p in d["paragraphs"])
    assert stamp in [o["raw"] for o in d["other_lines"]]


# --- Title, with web clutter between it and the dateline ---
STAMP = "Kamis, 5 November 2015 14:56 WIB | 1.229 Views"
CAPTION = (
    "Sejumlah warga antre di depan kantor pos di Jakarta, Rabu (4/11). (ANTARA FOTO/Puspa Perwitasari/wsj)"
)

CLUTTER_CASES = [
    pytest.param(
        "Kantor Pos Diserbu Warga Jelang Lebaran",
        [STAMP],
        id="timestamp",
    ),
    pytest.param(
        "Kantor Pos Diserbu Warga Jelang Lebaran",
        [CAPTION],
        id="caption",
    ),
    pytest.param(
        "Kantor Pos Diserbu Warga Jelang Lebaran",
        [STAMP, CAPTION],
        id="timestamp-and-caption",
    ),
]


@pytest.mark.parametrize(("title", "clutter"), CLUTTER_CASES)
def test_title_with_clutter_before_dateline(title: str, clutter: list[str]) -> None:
    dateline = "Jakarta, 4/11 (ANTARA) -"
    body = "Ribuan warga memadati kantor pos untuk mengirim paket. Antrean mengular hingga ke jalan."
    text = "\n\n".join([title, *clutter, f"{dateline} {body}"])
    d = _parse(text)
    assert d["title"] is not None
    assert d["title"]["text"] == title
    assert d["header"] is not None
    assert d["header"]["raw"] == dateline
    assert d["header"]["city"] == "Jakarta"
    assert d["header"]["agency"] == "ANTARA"
    assert [p["text"] for p in d["paragraphs"]] == [body]
    raws = [o["raw"] for o in d["other_lines"]] + [c["raw"] for c in d["credits"]]
    for line in clutter:  # a caption's photo credit is a credit of its own
        assert line in raws or " ".join(r for r in raws if r in line) == line
    for o in d["other_lines"]:
        s, e = o["span"]
        assert text[s:e] == o["raw"]


# --- Negative cases: things that look like a dateline but are not ---
def test_error_by_monday_morning_is_not_header_or_byline() -> None:
    text = "By Monday morning, the roads were closed. Crews worked through the night to clear the snow."
    d = _parse(text)
    assert d["header"] is None
    assert d["credits"] == []
    assert d["paragraphs"][0]["text"].startswith("By Monday morning, the roads were closed.")


def test_error_by_monday_morning_after_dateline_stays_body() -> None:
    text = (
        "DENVER (AP) — A blizzard dumped two feet of snow on the city over the weekend.\n\n"
        "By Monday morning, the roads were closed. Crews worked through the night."
    )
    d = _parse(text)
    assert d["header"] is not None
    assert d["header"]["raw"] == "DENVER (AP) —"
    assert d["header"]["city"] == "DENVER"
    assert d["credits"] == []
    assert [p["text"] for p in d["paragraphs"]] == [
        "A blizzard dumped two feet of snow on the city over the weekend.",
        "By Monday morning, the roads were closed. Crews worked through the night.",
    ]


def test_error_subhead_after_dateline_is_not_header() -> None:
    subhead = "QUESTIONABLE MEDICAL CLAIMS — For years, the clinic sold treatments that did not work."
    text = (
        "PHOENIX (AP) — State regulators shut down a clinic on Tuesday.\n\n"
        "The clinic had operated for a decade.\n\n"
        f"{subhead}"
    )
    d = _parse(text)
    assert d["header"] is not None
    assert d["header"]["raw"] == "PHOENIX (AP) —"
    assert d["header"]["city"] == "PHOENIX"
    assert d["header"]["agency"] == "AP"
    assert [p["text"] for p in d["paragraphs"]] == [
        "State regulators shut down a clinic on Tuesday.",
        "The clinic had operated for a decade.",
        subhead,
    ]


NO_DATELINE = [
    pytest.param("The roads were closed on Monday. Crews worked through the night.", id="plain-en"),
    pytest.param("Pemerintah menaikkan harga BBM mulai Senin. Warga antre di SPBU.", id="plain-id"),
    pytest.param(
        "By Monday morning, the roads were closed. Crews worked through the night.",
        id="by-monday-morning",
    ),
    pytest.param(
        "Officials said the bridge would reopen in March.\n\nThe repairs cost $2 million, they said.",
        id="two-paragraphs",
    ),
]


@pytest.mark.parametrize("text", NO_DATELINE)
def test_error_no_dateline(text: str) -> None:
    d = _parse(text)
    assert d["header"] is None
    assert d["paragraphs"], "body text should still come out as paragraphs"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="-\u2013\u2014.:\u00e2\u00c2\u20ac\u201c\u201d x(", max_size=8))
@example("\u00c2\u20ac\u201d")  # mojibake of a closing quote, in capitals
def test_every_separator_holds_one_of_the_gate_characters(text: str) -> None:
    # match_dateline skips the patterns with a separator when none of SEP_CHARS is in the line's head
    for flags in (0, re.I):
        if re.search(header.SEP, text, flags):
            assert any(c in text for c in header.SEP_CHARS)


# --- what sits above the dateline: wire slugs, advisories, stamps, wrapped headlines ---
TITLE_CASES = [
    pytest.param(
        "\x01abc0012 3 i 210  dpa 0031\r\n\r\nPeru/mining/\r\n\x02UPDATE\r\n2ND LEAD\r\n"
        "Peru halts work at copper mine after protest =\r\nBy dpa correspondents =\r\n\r\n"
        "Lima (dpa) - Work at a copper mine stopped on Tuesday after a protest.\r\n",
        "Peru halts work at copper mine after protest",
        id="dpa-keywords-advisories-end-mark",
    ),
    pytest.param(
        "Gubernur resmikan jembatan baru\npenghubung dua kecamatan\n\nRabu, 5 Juni 2024 10:20 WIB\n\n"
        "Garut - Gubernur meresmikan jembatan sepanjang 120 meter pada Rabu.",
        "Gubernur resmikan jembatan baru penghubung dua kecamatan",
        id="wrapped-headline-lowercase-go-on",
    ),
    pytest.param(
        "Ribuan warga hadiri festival\nBudaya Nusantara\n\nKamis, 6 Juni 2024 09:00 WIB\n\n"
        "Bogor - Ribuan warga menghadiri festival budaya di alun-alun kota pada Kamis.",
        "Ribuan warga hadiri festival Budaya Nusantara",
        id="wrapped-headline-two-short-lines",
    ),
    pytest.param(
        "Polisi tutup jalan utama\nRina Wulandari\nJun 6, 2024 @ 9:00am\n\n"
        "KUALA LUMPUR: Polis menutup jalan utama bandar raya pada pagi Khamis.",
        "Polisi tutup jalan utama",
        id="bare-name-byline-is-not-headline",
    ),
    pytest.param(
        "Posted by a reader, Friday, May 8, 1992\n\n   STORM LEAVES THOUSANDS HOMELESS\n\n"
        "     Dhaka, May 7 (Reuters) - A cyclone left thousands homeless, officials said.",
        "STORM LEAVES THOUSANDS HOMELESS",
        id="dated-source-line-is-a-stamp",
    ),
    pytest.param(
        "Business News\nUpdated\n\nMarkets rally as inflation cools in the euro zone\n\nBy Jan Kowalski\n\n"
        "FRANKFURT (Reuters) - European shares rose on Tuesday.",
        "Markets rally as inflation cools in the euro zone",
        id="section-label-above-headline",
    ),
    pytest.param(
        "## Floods close schools in three provinces\n\nHANOI (AP) — Floods closed schools on Monday.",
        "Floods close schools in three provinces",
        id="markdown-heading",
    ),
]


@pytest.mark.parametrize(("text", "title"), TITLE_CASES)
def test_title_above_dateline(text: str, title: str) -> None:
    d = _parse(text)
    assert d["header"] is not None
    assert d["title"] is not None and d["title"]["text"] == title


def test_error_gallery_counter_and_byline_are_not_titles() -> None:
    text = (
        "1 / 5\n\nBy Associated Press March 3 at 2:10 PM\n\nDENVER (AP) — Snow closed the airport on Monday."
    )
    d = _parse(text)
    assert d["header"]["city"] == "DENVER"
    assert d["title"] is None


def test_error_font_buttons_are_not_a_city() -> None:
    d = _parse("A- A+ (Ubah saiz teks)\n\nIPOH - Kerajaan negeri akan membina dua buah sekolah baharu.")
    assert d["header"]["city"] == "IPOH"


def test_error_affiliation_line_after_byline_has_no_agency_as_city() -> None:
    text = "Robert Lane, AP Science Writer\n\nBOSTON (AP) — Researchers said on Monday the vaccine works."
    assert _parse(text)["header"]["city"] == "BOSTON"


def test_dateline_on_a_line_of_its_own_with_doubled_year() -> None:
    text = "SEOUL, Mar 4 , 2007, 2007\n\nATTENTION - ADDS quotes ///\n\nNorth Korea said on Sunday it would talk."
    d = _parse(text)
    h = d["header"]
    assert (h["raw"], h["city"], h["agency"], h["date"]) == (
        "SEOUL, Mar 4 , 2007, 2007",
        "SEOUL",
        None,
        "2007-03-04",
    )
    assert [o["kind"] for o in d["other_lines"]] == ["advisory"]


@pytest.mark.parametrize(
    ("text", "city", "agency", "before"),
    [
        pytest.param(
            "Rescuers search a collapsed house in Quetta on May 2, 2016 (AFP Photo/Jan Smit)  Quetta (AFP) - "
            "An earthquake struck western Pakistan on Monday.",
            "Quetta",
            "AFP",
            "Rescuers search a collapsed house in Quetta on May 2, 2016 (AFP Photo/Jan Smit)",
            id="caption-glued-before",
        ),
        pytest.param(
            " Dengan pupuk murah diharapkan panen naik Bogor (ANTARA) - Menteri Pertanian meninjau sawah di Bogor.",
            "Bogor",
            "ANTARA",
            "Dengan pupuk murah diharapkan panen naik",
            id="deck-glued-before",
        ),
    ],
)
def test_dateline_glued_behind_a_caption_or_deck(text: str, city: str, agency: str, before: str) -> None:
    d = _parse(text)
    assert (d["header"]["city"], d["header"]["agency"]) == (city, agency)
    assert [o["raw"] for o in d["other_lines"]] == [before]
    assert d["paragraphs"][0]["text"].split()[0] in ("An", "Menteri")


def test_error_unknown_bracket_mid_line_is_not_a_dateline() -> None:
    d = _parse("Presiden Joko Widodo (kanan) - menyampaikan keterangan pers di Istana pada Senin.")
    assert d["header"] is None


ADVISORY_WORDS = ["REFILE", "CORRECTED", "EXTRA", "URGENT", "ELIMINATION", "TOPIX", "WRITETHRU"]


@pytest.mark.parametrize("word", ADVISORY_WORDS)
def test_error_advisory_word_before_a_dash_is_no_city(word: str) -> None:
    """The words of a note to editors (agencies.toml [advisories]) never open a dateline."""
    d = _parse(f"{word} - The ministers met on Monday to agree on the budget.\n\nThey agreed.")
    assert d["header"] is None or d["header"]["city"] != word


def test_site_name_before_its_stamp_is_no_dateline() -> None:
    """Kompas prints "Kompas.com - 03/03/2025, 14:05 WIB" above "JAKARTA, KOMPAS.com - ..."."""
    text = (
        "Harga Beras Naik Lagi\n\nKompas.com - 03/03/2025, 14:05 WIB\n\n"
        "JAKARTA, KOMPAS.com - Harga beras di pasar induk naik lagi pada Senin.\n\n"
        "Pedagang mengeluhkan sepinya pembeli.\n"
    )
    d = _parse(text)
    assert d["header"]["raw"] == "JAKARTA, KOMPAS.com -"
    assert d["header"]["date"] == "2025-03-03"
    assert d["title"]["text"] == "Harga Beras Naik Lagi"
    assert [o["kind"] for o in d["other_lines"]] == ["timestamp"]
    assert len(d["paragraphs"]) == 2


def test_caption_sentence_above_the_dateline_does_not_date_the_story() -> None:
    text = (
        "Police arrest suspect\n"
        "Officers inspect evidence at a police station in Bogor, Indonesia, March 3, 2025.\n\n"
        "BOGOR, Indonesia (AP) \u2014 Police arrested a suspect.\n\nHe said the suspect was detained."
    )
    d = _parse(text)
    assert d["header"]["city"] == "BOGOR"
    assert d["header"]["date"] is None
    assert d["published"] is None
    assert "timestamp" not in [o["kind"] for o in d["other_lines"]]
