"""Credits, copyright and the other lines under a story: table-driven tests through ``parse(text).to_dict()``.

Each story is a dateline with a body paragraph, then the footer lines under test. Every row also
checks that none of the footer lines leak into the paragraphs: the paragraphs are exactly the body.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsparse import parse

ID_LEAD = "Jakarta (ANTARA) - "
ID_BODY = "Pemerintah mengumumkan kebijakan baru soal harga beras pada Senin."
EN_LEAD = "WASHINGTON, Nov 26 (Reuters) - "
EN_BODY = "The Federal Reserve held interest rates steady on Tuesday."


def _parse(text: str) -> dict[str, Any]:
    return parse(text).to_dict()


def _id(*footer: str) -> str:
    return "\n\n".join([ID_LEAD + ID_BODY, *footer])


def _en(*footer: str) -> str:
    return "\n\n".join([EN_LEAD + EN_BODY, *footer])


def _paragraph_texts(d: dict[str, Any]) -> list[str]:
    return [p["text"] for p in d["paragraphs"]]


# ---------------------------------------------------------------------------------------------------
# Credits: (text, [(role, name)], editor, body paragraphs)
# ---------------------------------------------------------------------------------------------------
CREDIT_CASES = [
    # --- ANTARA / Indonesian labels ---
    pytest.param(
        _id("Editor: Desy Saputra"), [("editor", "Desy Saputra")], "Desy Saputra", [ID_BODY], id="editor"
    ),
    pytest.param(_id("Pewarta: Ida Savitri"), [("reporter", "Ida Savitri")], None, [ID_BODY], id="pewarta"),
    pytest.param(
        _id("Penerjemah: Fransiska Ninditya"),
        [("translator", "Fransiska Ninditya")],
        None,
        [ID_BODY],
        id="penerjemah",
    ),
    pytest.param(
        _id("Reporter: Rina Wulandari"), [("reporter", "Rina Wulandari")], None, [ID_BODY], id="reporter"
    ),
    pytest.param(
        _id("Pewarta: Ida Savitri", "Editor: Desy Saputra"),
        [("reporter", "Ida Savitri"), ("editor", "Desy Saputra")],
        "Desy Saputra",
        [ID_BODY],
        id="pewarta-editor",
    ),
    # --- ANTARA glued footers ---
    pytest.param(
        _id("Pewarta: Ida SavitriEditor: Agus Salim Copyright © ANTARA 2026"),
        [("reporter", "Ida Savitri"), ("editor", "Agus Salim")],
        "Agus Salim",
        [ID_BODY],
        id="glued-footer-line",
    ),
    pytest.param(
        ID_LEAD + "Harga beras akan turun pekan depan, kata dia.Pewarta: Ida SavitriEditor: Agus Salim "
        "Copyright © ANTARA 2026",
        [("reporter", "Ida Savitri"), ("editor", "Agus Salim")],
        "Agus Salim",
        ["Harga beras akan turun pekan depan, kata dia."],
        id="glued-to-paragraph",
    ),
    # --- Reuters ---
    pytest.param(
        _en(
            "(Reporting by Jane Doe and John Roe in Washington; Writing by Tom Fox; Editing by Mark Heinrich)"
        ),
        [
            ("reporter", "Jane Doe"),
            ("reporter", "John Roe"),
            ("writer", "Tom Fox"),
            ("editor", "Mark Heinrich"),
        ],
        "Mark Heinrich",
        [EN_BODY],
        id="reuters-parens-line",
    ),
    pytest.param(
        EN_LEAD + "Officials will meet again on Tuesday. "
        "(Reporting by Jane Doe and John Roe in Washington; Writing by Tom Fox; Editing by Mark Heinrich)",
        [
            ("reporter", "Jane Doe"),
            ("reporter", "John Roe"),
            ("writer", "Tom Fox"),
            ("editor", "Mark Heinrich"),
        ],
        "Mark Heinrich",
        ["Officials will meet again on Tuesday."],
        id="reuters-parens-glued",
    ),
    pytest.param(  # GOLD_SCHEMA: reporting by, in any form, is a reporter
        _en("Additional reporting by Ann Lee in London"),
        [("reporter", "Ann Lee")],
        None,
        [EN_BODY],
        id="additional-reporting",
    ),
    pytest.param(  # clauses split by a comma before the next label
        _en("(Reporting by Rita Vale, Additional reporting by Omar Quist in LIMA; Editing by Dan Hart)"),
        [("reporter", "Rita Vale"), ("reporter", "Omar Quist"), ("editor", "Dan Hart")],
        "Dan Hart",
        [EN_BODY],
        id="comma-clauses",
    ),
    pytest.param(  # "Dan" is a name here, not the Indonesian "dan"
        _en("Editing by Nora Bell and Dan Hart"),
        [("editor", "Nora Bell"), ("editor", "Dan Hart")],
        "Nora Bell",
        [EN_BODY],
        id="capital-dan-is-a-name",
    ),
    pytest.param(
        _en("Science Writer Ivy Moss in Houston, Texas, and Lev Orlov in Moscow contributed to this report."),
        [("contributor", "Ivy Moss"), ("contributor", "Lev Orlov")],
        None,
        [EN_BODY],
        id="desk-writer-contributed",
    ),
    pytest.param(
        _en("APTN contributor Ana Ruiz in Lima helped with this story."),
        [("contributor", "Ana Ruiz")],
        None,
        [EN_BODY],
        id="helped-with-this-story",
    ),
    pytest.param(
        _en("Reporting by Jane Doe; Editing by Mark Heinrich"),
        [("reporter", "Jane Doe"), ("editor", "Mark Heinrich")],
        "Mark Heinrich",
        [EN_BODY],
        id="reuters-no-parens",
    ),
    # --- AP ---
    pytest.param(
        "LAS VEGAS (AP) — Casino revenue rose 4 percent in October, regulators said.\n\n"
        "Associated Press writer Mary Jones in Las Vegas contributed to this report.",
        [("contributor", "Mary Jones")],
        None,
        ["Casino revenue rose 4 percent in October, regulators said."],
        id="ap-contributed",
    ),
    pytest.param(
        "By John Smith\n\nWASHINGTON (AP) — The Senate passed the bill late on Friday.",
        [("reporter", "John Smith")],
        None,
        ["The Senate passed the bill late on Friday."],
        id="byline-above-dateline",
    ),
    pytest.param(
        _en("By Jane Doe, CNN"),
        [("reporter", "Jane Doe")],
        None,
        [EN_BODY],
        id="byline-agency-after-name",  # the agency is not a second reporter
    ),
]


@pytest.mark.parametrize(("text", "credits", "editor", "body"), CREDIT_CASES)
def test_credits(text: str, credits: list[tuple[str, str]], editor: str | None, body: list[str]) -> None:
    d = _parse(text)
    assert [(c["role"], c["name"]) for c in d["credits"]] == credits
    assert d["editor"] == editor
    assert _paragraph_texts(d) == body


def test_glued_footer_line_copyright() -> None:
    d = _parse(_id("Pewarta: Ida SavitriEditor: Agus Salim Copyright © ANTARA 2026"))
    assert d["copyright"] is not None
    assert (d["copyright"]["holder"], d["copyright"]["year"]) == ("ANTARA", 2026)
    assert d["other_lines"] == []


def test_glued_to_paragraph_copyright() -> None:
    text = (
        ID_LEAD
        + "Harga beras akan turun pekan depan, kata dia.Pewarta: Ida SavitriEditor: Agus Salim "
        + ("Copyright © ANTARA 2026")
    )
    d = _parse(text)
    assert d["copyright"] is not None
    assert (d["copyright"]["holder"], d["copyright"]["year"]) == ("ANTARA", 2026)
    assert d["paragraphs"][-1]["text"].endswith("kata dia.")
    s, e = d["paragraphs"][-1]["span"]
    assert text[s:e].endswith("kata dia.")


def test_glued_to_paragraph_reuters_credit_spans() -> None:
    credit = (
        "(Reporting by Jane Doe and John Roe in Washington; Writing by Tom Fox; Editing by Mark Heinrich)"
    )
    text = EN_LEAD + "Officials will meet again on Tuesday. " + credit
    d = _parse(text)
    assert d["paragraphs"][-1]["text"] == "Officials will meet again on Tuesday."
    for c in d["credits"]:
        s, e = c["span"]
        assert text[s:e] == c["raw"]
        assert c["raw"] in credit


def test_error_editor_label_without_name() -> None:
    text = _id("Editor :")
    d = _parse(text)
    assert d["credits"] == []
    assert d["editor"] is None
    assert [o["raw"] for o in d["other_lines"]] == ["Editor :"]
    assert _paragraph_texts(d) == [ID_BODY]


# ---------------------------------------------------------------------------------------------------
# Copyright: (text, line, holder, year, body paragraphs)
# ---------------------------------------------------------------------------------------------------
AP_COPYRIGHT = (
    "Copyright 2015 The Associated Press. All rights reserved. "
    "This material may not be published, broadcast, rewritten or redistributed."
)
AP_BODY = "Casino revenue rose 4 percent in October, regulators said."

COPYRIGHT_CASES = [
    # --- ANTARA ---
    pytest.param(
        _id("Copyright © ANTARA 2014"), "Copyright © ANTARA 2014", "ANTARA", 2014, [ID_BODY], id="antara"
    ),
    pytest.param(
        _id("COPYRIGHT © ANTARA 2017"), "COPYRIGHT © ANTARA 2017", "ANTARA", 2017, [ID_BODY], id="antara-caps"
    ),
    pytest.param(
        _id("Editor: Desy Saputra", "Copyright © ANTARA 2014"),
        "Copyright © ANTARA 2014",
        "ANTARA",
        2014,
        [ID_BODY],
        id="antara-after-editor",
    ),
    # --- entity-encoded and ad-script copy of web pages ---
    pytest.param(
        _id("Copyright &copy; ANTARA 2017"),
        "Copyright &copy; ANTARA 2017",
        "ANTARA",
        2017,
        [ID_BODY],
        id="entity",
    ),
    pytest.param(
        _id("COPYRIGHT &copy;&nbsp;ANTARA&nbsp;2020"),
        "COPYRIGHT &copy;&nbsp;ANTARA&nbsp;2020",
        "ANTARA",
        2020,
        [ID_BODY],
        id="entity-nbsp",
    ),
    pytest.param(
        _id("COPYRIGHT © ANTARA 2020 (adsbygoogle = window.adsbygoogle || []).push({});"),
        "COPYRIGHT © ANTARA 2020 (adsbygoogle = window.adsbygoogle || []).push({});",
        "ANTARA",
        2020,
        [ID_BODY],
        id="ad-script-glued",
    ),
    pytest.param(
        _en("Copyright 1993 by <UPI/Newsbytes>"),
        "Copyright 1993 by <UPI/Newsbytes>",
        "UPI/Newsbytes",
        1993,
        [EN_BODY],
        id="by-holder",
    ),
    pytest.param(
        _en("Copyright, 1993. The Associated Press. All rights reserved."),
        "Copyright, 1993. The Associated Press. All rights reserved.",
        "The Associated Press",
        1993,
        [EN_BODY],
        id="year-before-holder",
    ),
    # --- Reuters ---
    pytest.param(_en("© 2014 Reuters"), "© 2014 Reuters", "Reuters", 2014, [EN_BODY], id="reuters"),
    # --- AP ---
    pytest.param(
        f"LAS VEGAS (AP) — {AP_BODY}\n\n{AP_COPYRIGHT}",
        AP_COPYRIGHT,
        "The Associated Press",
        2015,
        [AP_BODY],
        id="ap",
    ),
    # --- Bernama ---
    pytest.param(
        "KUALA LUMPUR, 5 Jan (Bernama) -- The ringgit opened higher today.\n\nCopyright © 2024 BERNAMA",
        "Copyright © 2024 BERNAMA",
        "BERNAMA",
        2024,
        ["The ringgit opened higher today."],
        id="bernama",
    ),
]


@pytest.mark.parametrize(("text", "line", "holder", "year", "body"), COPYRIGHT_CASES)
def test_copyright(text: str, line: str, holder: str, year: int, body: list[str]) -> None:
    d = _parse(text)
    c = d["copyright"]
    assert c is not None
    assert (c["holder"], c["year"]) == (holder, year)
    # the copyright element starts at the line's start and lies within the line
    s, e = c["span"]
    assert text[s:e] == c["raw"]
    assert line.startswith(c["raw"])
    assert s == text.index(line)
    assert _paragraph_texts(d) == body
    # whatever part of the line the copyright does not hold is an other line, never body
    assert all(o["raw"] in line for o in d["other_lines"])


# ---------------------------------------------------------------------------------------------------
# Other lines: (text, [(kind, raw)], body paragraphs)
# ---------------------------------------------------------------------------------------------------
AI_NOTICE = (
    "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI "
    "di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA."
)
ADS = "(adsbygoogle = window.adsbygoogle || []).push({});"
ID_BODY2 = "Kebijakan itu berlaku mulai bulan depan di seluruh provinsi."
EN_BODY2 = "Markets rallied after the decision was announced."

OTHER_CASES = [
    # --- Related-story links ---
    pytest.param(
        _id("Baca juga: Judul berita lain"),
        [("related", "Baca juga: Judul berita lain")],
        [ID_BODY],
        id="baca-juga",
    ),
    pytest.param(
        "\n\n".join([ID_LEAD + ID_BODY, "Baca juga: Judul berita lain", ID_BODY2]),
        [("related", "Baca juga: Judul berita lain")],
        [ID_BODY, ID_BODY2],
        id="baca-juga-mid-story",
    ),
    pytest.param(
        _en("Related news: Another headline"),
        [("related", "Related news: Another headline")],
        [EN_BODY],
        id="related-news",
    ),
    # --- Trailers ---
    pytest.param(
        "KUALA LUMPUR, 5 Jan (Bernama) -- Ringgit dibuka tinggi hari ini.\n\n-- BERNAMA",
        [("trailer", "-- BERNAMA")],
        ["Ringgit dibuka tinggi hari ini."],
        id="bernama-trailer",
    ),
    pytest.param(
        "BEIJING, Jan. 5 (Xinhua) -- China's exports rose 5 percent last year.\n\nEnditem",
        [("trailer", "Enditem")],
        ["China's exports rose 5 percent last year."],
        id="enditem",
    ),
    pytest.param(_en("Reuter"), [("trailer", "Reuter")], [EN_BODY], id="reuter"),
    pytest.param(
        "SEOUL, Jan. 5 (Yonhap) -- South Korea's exports rose in December.\n\n(END)",
        [("trailer", "(END)")],
        ["South Korea's exports rose in December."],
        id="end",
    ),
    # --- Staff codes ---
    pytest.param(_id("(B016/D007)"), [("staff-codes", "(B016/D007)")], [ID_BODY], id="staff-codes"),
    pytest.param(_en("bur-cmf/jh"), [("staff-codes", "bur-cmf/jh")], [EN_BODY], id="afp-bur-codes"),
    # --- Boilerplate ---
    pytest.param(_id(AI_NOTICE), [("boilerplate", AI_NOTICE)], [ID_BODY], id="antara-ai-notice"),
    pytest.param(
        _en("Our Standards: The Thomson Reuters Trust Principles."),
        [("boilerplate", "Our Standards: The Thomson Reuters Trust Principles.")],
        [EN_BODY],
        id="reuters-standards",
    ),
    # --- A reporter's contact line (lang/*.toml reached_at, with an address at the line's end) ---
    pytest.param(
        _en(
            "Jane Doe can be reached at http://twitter.com/janedoe . Her work is at https://example.org/jd ."
        ),
        [
            (
                "contact",
                "Jane Doe can be reached at http://twitter.com/janedoe . Her work is at https://example.org/jd .",
            )
        ],
        [EN_BODY],
        id="contact-reached-at",
    ),
    pytest.param(
        _en("Follow Jane Doe on Twitter at https://twitter.com/janedoe"),
        [("contact", "Follow Jane Doe on Twitter at https://twitter.com/janedoe")],
        [EN_BODY],
        id="contact-on-twitter",
    ),
    pytest.param(
        _id("Penulis dapat dihubungi di redaksi@contoh.co.id"),
        [("contact", "Penulis dapat dihubungi di redaksi@contoh.co.id")],
        [ID_BODY],
        id="contact-id",
    ),
    pytest.param(
        _id("(abc/xyz) [Gambas:Video CNN]"),
        [("staff-codes", "(abc/xyz)"), ("embed", "[Gambas:Video CNN]")],
        [ID_BODY],
        id="staff-codes-then-embed",
    ),
    # --- The site a story came from (lang/*.toml source_labels) ---
    pytest.param(
        _id("Source:kendari.contoh.com"),
        [("trailer", "Source:kendari.contoh.com")],
        [ID_BODY],
        id="source-site",
    ),
    pytest.param(
        _id("Sumber: https://www.contoh.co.id/berita/123"),
        [("trailer", "Sumber: https://www.contoh.co.id/berita/123")],
        [ID_BODY],
        id="source-address",
    ),
    # --- Photo captions (agencies and labels from agencies.toml and lang/*.toml) ---
    pytest.param(
        "\n\n".join([ID_LEAD + ID_BODY, "Penduduk menunggu bantuan di posko. - Gambar Kosmo", ID_BODY2]),
        [("caption", "Penduduk menunggu bantuan di posko. - Gambar Kosmo")],
        [ID_BODY, ID_BODY2],
        id="caption-malay-gambar",
    ),
    # --- Script residue from scraped pages ---
    pytest.param(
        "\n\n".join([ID_LEAD + ID_BODY, ADS, ID_BODY2]),
        [("script", ADS)],
        [ID_BODY, ID_BODY2],
        id="adsbygoogle",
    ),
    pytest.param(
        "\n\n".join([EN_LEAD + EN_BODY, ADS, EN_BODY2]),
        [("script", ADS)],
        [EN_BODY, EN_BODY2],
        id="adsbygoogle-en",
    ),
]


# Captions whose photo credit names a photographer: the credit is cut from the caption (GOLD_SCHEMA)
CAPTION_CREDIT_CASES = [
    pytest.param(  # a portal's own photo credit (agencies.toml [photo_credits])
        "\n\n".join(
            [
                ID_LEAD + ID_BODY,
                "Warga mengungsi di Sidoarjo, Selasa (4/3/2025). KOMPAS.com/AHMAD RIDWAN",
                ID_BODY2,
            ]
        ),
        [("caption", "Warga mengungsi di Sidoarjo, Selasa (4/3/2025).")],
        [("photographer", "AHMAD RIDWAN", "KOMPAS.com/AHMAD RIDWAN")],
        [ID_BODY, ID_BODY2],
        id="caption-portal-credit",
    ),
    pytest.param(
        "\n\n".join(
            [ID_LEAD + ID_BODY, "Presiden di Istana, Senin (1/4). (ANTARAFOTO/Sigid Kurniawan/nym)", ID_BODY2]
        ),
        [("caption", "Presiden di Istana, Senin (1/4).")],
        [("photographer", "Sigid Kurniawan", "(ANTARAFOTO/Sigid Kurniawan/nym)")],
        [ID_BODY, ID_BODY2],
        id="caption-antara-foto-glued",
    ),
    pytest.param(
        "\n\n".join(
            [EN_LEAD + EN_BODY, "A man walks past the bank. Photograph: Jane Roe/The Guardian", EN_BODY2]
        ),
        [("caption", "A man walks past the bank.")],
        [("photographer", "Jane Roe", "Photograph: Jane Roe/The Guardian")],
        [EN_BODY, EN_BODY2],
        id="caption-photograph-label",
    ),
    pytest.param(
        "\n\n".join([EN_LEAD + EN_BODY, "A boy rows past flooded homes (AFP Photo/Rita Ocampo)", EN_BODY2]),
        [("caption", "A boy rows past flooded homes")],
        [("photographer", "Rita Ocampo", "(AFP Photo/Rita Ocampo)")],
        [EN_BODY, EN_BODY2],
        id="caption-afp-photo",
    ),
    pytest.param(
        "\n\n".join([ID_LEAD + ID_BODY, "Menteri meninjau pasar di Bandung. TEMPO/Rudi Hartono", ID_BODY2]),
        [("caption", "Menteri meninjau pasar di Bandung.")],
        [("photographer", "Rudi Hartono", "TEMPO/Rudi Hartono")],
        [ID_BODY, ID_BODY2],
        id="caption-tempo",
    ),
    pytest.param(
        "\n\n".join(
            [
                EN_LEAD + EN_BODY,
                "The rocket on its pad.(Ivan Petrov/ Space Agency Press Service photo via AP)",
                EN_BODY2,
            ]
        ),
        [("caption", "The rocket on its pad.")],
        [("photographer", "Ivan Petrov", "(Ivan Petrov/ Space Agency Press Service photo via AP)")],
        [EN_BODY, EN_BODY2],
        id="caption-photo-via",
    ),
    pytest.param(  # a handout names no photographer
        "\n\n".join(
            [
                ID_LEAD + ID_BODY,
                "Tim SAR menyisir sungai, Senin (1/4). ANTARA FOTO/HO-Basarnas/abc.",
                ID_BODY2,
            ]
        ),
        [("caption", "Tim SAR menyisir sungai, Senin (1/4). ANTARA FOTO/HO-Basarnas/abc.")],
        [],
        [ID_BODY, ID_BODY2],
        id="caption-handout",
    ),
    pytest.param(  # an agency-only credit names no photographer
        "\n\n".join(
            [EN_LEAD + EN_BODY, "A man walks past the bank. (Photo: The Associated Press)", EN_BODY2]
        ),
        [("caption", "A man walks past the bank. (Photo: The Associated Press)")],
        [],
        [EN_BODY, EN_BODY2],
        id="caption-agency-only",
    ),
]


@pytest.mark.parametrize(("text", "others", "credits", "body"), CAPTION_CREDIT_CASES)
def test_caption_credits(
    text: str, others: list[tuple[str, str]], credits: list[tuple[str, str, str]], body: list[str]
) -> None:
    d = _parse(text)
    assert [(o["kind"], o["raw"]) for o in d["other_lines"]] == others
    assert [(c["role"], c["name"], c["raw"]) for c in d["credits"]] == credits
    for c in d["credits"]:
        assert text[slice(*c["span"])] == c["raw"]
    assert _paragraph_texts(d) == body


@pytest.mark.parametrize(("text", "others", "body"), OTHER_CASES)
def test_other_lines(text: str, others: list[tuple[str, str]], body: list[str]) -> None:
    d = _parse(text)
    assert [(o["kind"], o["raw"]) for o in d["other_lines"]] == others
    assert _paragraph_texts(d) == body
    assert d["credits"] == []
    assert d["copyright"] is None


@pytest.mark.parametrize("agency", ["ANTARA", "(ANTARA)", "AFP", "BERNAMA"])
def test_agency_glued_behind_the_last_sentence_is_a_trailer(agency: str) -> None:
    text = f"{ID_LEAD}{ID_BODY} {ID_BODY2} {agency}\n"
    d = _parse(text)
    assert _paragraph_texts(d) == [f"{ID_BODY} {ID_BODY2}"]
    assert [(o["kind"], o["raw"]) for o in d["other_lines"]] == [("trailer", agency)]
    assert text[slice(*d["other_lines"][0]["span"])] == agency


@pytest.mark.parametrize(
    "ending",
    [
        "kata dia kepada ANTARA.",  # the agency inside the last sentence
        "Hal itu disampaikan di Wisma ANTARA",  # no sentence end before it
        "Ia bekerja untuk AFP. Dia",  # not an agency's name
    ],
)
def test_error_agency_inside_the_last_sentence_stays_body(ending: str) -> None:
    d = _parse(f"{ID_LEAD}{ID_BODY} {ending}")
    assert _paragraph_texts(d) == [f"{ID_BODY} {ending}"]
    assert d["other_lines"] == []


def test_error_source_that_is_no_site_is_not_a_trailer() -> None:
    d = _parse(_id("Sumber: data Badan Pusat Statistik tahun ini."))
    assert [o["kind"] for o in d["other_lines"]] == []


def test_error_address_mid_sentence_is_body() -> None:
    line = "He can be reached at http://example.org/help on weekdays."
    d = _parse("\n\n".join([EN_LEAD + EN_BODY, line]))
    assert d["other_lines"] == []
    assert _paragraph_texts(d) == [EN_BODY, line]


def test_antara_full_footer() -> None:
    text = "\n\n".join(
        [
            ID_LEAD + ID_BODY,
            "Baca juga: Judul berita lain",
            ID_BODY2,
            "(B016/D007)",
            "Pewarta: Ida Savitri",
            "Editor: Desy Saputra",
            "Copyright © ANTARA 2014",
            AI_NOTICE,
        ]
    )
    d = _parse(text)
    assert _paragraph_texts(d) == [ID_BODY, ID_BODY2]
    assert [(c["role"], c["name"]) for c in d["credits"]] == [
        ("reporter", "Ida Savitri"),
        ("editor", "Desy Saputra"),
    ]
    assert d["editor"] == "Desy Saputra"
    assert d["copyright"] is not None
    assert (d["copyright"]["raw"], d["copyright"]["holder"], d["copyright"]["year"]) == (
        "Copyright © ANTARA 2014",
        "ANTARA",
        2014,
    )
    assert [(o["kind"], o["raw"]) for o in d["other_lines"]] == [
        ("related", "Baca juga: Judul berita lain"),
        ("staff-codes", "(B016/D007)"),
        ("boilerplate", AI_NOTICE),
    ]


# ---------------------------------------------------------------------------------------------------
# Spans: every credit, copyright and other line slices back to its raw text
# ---------------------------------------------------------------------------------------------------
SPAN_STORIES = (
    [pytest.param(p.values[0], id=f"credit-{p.id}") for p in CREDIT_CASES]
    + [pytest.param(p.values[0], id=f"copyright-{p.id}") for p in COPYRIGHT_CASES]
    + [pytest.param(p.values[0], id=f"other-{p.id}") for p in OTHER_CASES]
    + [
        pytest.param(_id("Editor :"), id="editor-no-name"),
    ]
)


@pytest.mark.parametrize("text", SPAN_STORIES)
def test_spans_slice_back_to_raw(text: str) -> None:
    d = _parse(text)
    elements = [*d["credits"], *d["other_lines"]]
    if d["copyright"] is not None:
        elements.append(d["copyright"])
    assert elements, "expected at least one footer element"
    for el in elements:
        s, e = el["span"]
        assert 0 <= s <= e <= len(text)
        assert text[s:e] == el["raw"]


# lines the credit parsers read: the cheap test in front of them must let each one through
CREDIT_LINES = [
    "Editor: Ani Lestari",
    "(Reporting by Tom Hale; Editing by Paul Grey)",
    "; Editor: Ani Lestari",
    "Pewarta : Budi Santoso\u00a0",
    "Annisa Rahmawati - detikNews",
    "HALIDA BUNGA | ANDITA RAHMA",
    "Laporan Wartawan Tribunnews.com, Yohanes Saragih",
    "By\tJane Doe",
    "Pewarta&nbsp;: Dewi Lestari",
    "Associated Press writer Jane Roe contributed to this report.",
]


@pytest.mark.parametrize("line", CREDIT_LINES, ids=range(len(CREDIT_LINES)))
def test_may_be_credit_lets_every_credit_line_through(line: str) -> None:
    from newsparse.credits import may_be_credit, parse_byline, parse_credits, rules
    from newsparse.lang import load_all

    r = rules(load_all())
    assert parse_credits(line, 0, r) or parse_byline(line, 0, r)
    assert may_be_credit(line.strip(), r)


def test_may_be_credit_turns_body_lines_away() -> None:
    """A body sentence with a dash or a colon later on is no credit: the parsers are not tried."""
    from newsparse.credits import may_be_credit, rules
    from newsparse.lang import load_all

    r = rules(load_all())
    for line in (
        "Harga beras naik - kata pedagang di pasar: stok menipis pada Senin.",
        "The plan - announced on Monday - drew criticism: critics called it rushed.",
    ):
        assert not may_be_credit(line, r)


def test_may_be_credit_agrees_with_the_parsers_on_every_fixture_line() -> None:
    """Every line of the fixtures and samples that the credit parsers read as credits passes the test."""
    from newsparse.credits import may_be_credit, parse_byline, parse_credits, rules
    from newsparse.lang import load_all

    from .conftest import FIXTURES, SAMPLES

    r = rules(load_all())
    read = 0
    for path in [*sorted(FIXTURES.glob("*/*.txt")), *sorted(SAMPLES.glob("*.txt"))]:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.strip() and (parse_credits(line, 0, r) or parse_byline(line, 0, r)):
                read += 1
                assert may_be_credit(line.strip(), r), line
    assert read > 50
