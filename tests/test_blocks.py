"""Lines read with their neighbours: a notebook block, a bare byline, related links glued into a
paragraph; and the line kinds added for real copy (links, blank-when-clean lines, reading time)."""

from __future__ import annotations

from typing import Any

import pytest

from newsparse import parse


def _parse(text: str) -> dict[str, Any]:
    d = parse(text).to_dict()
    for element in [*d["credits"], *d["other_lines"]]:
        s, e = element["span"]
        assert text[s:e] == element["raw"]
    return d


def _credits(d: dict[str, Any]) -> list[tuple[str, str]]:
    return [(c["role"], c["name"]) for c in d["credits"]]


def _texts(d: dict[str, Any]) -> list[str]:
    return [p["text"] for p in d["paragraphs"]]


DPA_BODY = "BERLIN (dpa) - The government approved the budget on Wednesday."

NOTEBOOK_CASES = [
    pytest.param(
        "\n\n".join(
            [
                DPA_BODY,
                "# Notebook",
                "## Editorial contacts\n- Reporting by: Eva Roth in Berlin, Tim Weiss in Bonn\n  and Ida Kern in Kiel"
                "\n- Editing by: Max Frey, +49 30 1234, <desk@example.com>",
            ]
        ),
        [
            ("reporter", "Eva Roth"),
            ("reporter", "Tim Weiss"),
            ("reporter", "Ida Kern"),
            ("editor", "Max Frey"),
        ],
        id="dpa-contacts",
    ),
    pytest.param(  # a press release's contacts: notes, not body, and no credits
        "\n\n".join([DPA_BODY, "For more information, contact:", "Jan Holm\nHead of Communications"]),
        [],
        id="press-release-contacts",
    ),
]


@pytest.mark.parametrize(("text", "credits"), NOTEBOOK_CASES)
def test_notebook(text: str, credits: list[tuple[str, str]]) -> None:
    d = _parse(text)
    assert _texts(d) == ["The government approved the budget on Wednesday."]
    assert _credits(d) == credits


BYLINE_CASES = [
    pytest.param(
        "Floods cut roads in the north\n\nRita Gomez\n\nMarch 3, 2024 10:15 AM\n\nMANILA (AP) - Floods cut roads.",
        [("reporter", "Rita Gomez")],
        id="above-timestamp",
    ),
    pytest.param(
        "Oil falls on supply worries\n\nAma Owusu\n\n5 Min Read\n\nLONDON (Reuters) - Oil fell on Monday.",
        [("reporter", "Ama Owusu")],
        id="above-reading-time",
    ),
    pytest.param(
        "Polis nafi rumah dirobohkan\nAina Sofea\nMac 3, 2024 @ 4:10pm\n\nKUALA LUMPUR: Polis menafikan dakwaan itu.",
        [("reporter", "Aina Sofea")],
        id="under-sentence-case-title",
    ),
    pytest.param(
        "Esper warns China over sea claims\n\nRobert Vance, AP National Security Writer\n\nUpdated 5:27 am CST, Wednesday, November 20, 2019\n\n"
        "HANOI (AP) - The minister arrived.",
        [("reporter", "Robert Vance")],
        id="with-desk",
    ),
    pytest.param(  # a wrapped Title Case headline's second line is no byline
        "Pertamina Gelar Pameran UMKM di\nMotoGP Mandalika\n\nMinggu, 29 September 2024 10:04 WIB\n\n"
        "Jakarta (ANTARA) - Pameran dibuka.",
        [],
        id="not-headline-line",
    ),
    pytest.param(  # a headline in sentence case, wrapped: a camel-case word is no name
        "60 UMKM binaan Pertamina meriahkan\nMotoGP Mandalika\n\nMinggu, 29 September 2024 10:04 WIB\n\n"
        "Jakarta (ANTARA) - Pameran dibuka.",
        [],
        id="not-camel-case",
    ),
]


@pytest.mark.parametrize(("text", "credits"), BYLINE_CASES)
def test_bare_byline(text: str, credits: list[tuple[str, str]]) -> None:
    assert _credits(_parse(text)) == credits


RELATED_CASES = [
    pytest.param(
        "Jakarta (ANTARA) - Harga beras turun. Baca juga: Harga Cabai Naik Jelang Lebaran di Pasar Induk "
        "Pedagang mengaku pembeli mulai ramai.",
        ["Baca juga: Harga Cabai Naik Jelang Lebaran di Pasar Induk"],
        ["Harga beras turun.", "Pedagang mengaku pembeli mulai ramai."],
        id="ends-at-lower-case-run",
    ),
    pytest.param(
        "Jakarta (ANTARA) - Harga beras turun.Baca juga: Harga Cabai NaikBaca juga: Stok Beras AmanPedagang "
        'senang."Kami lega," kata Ani.',
        ["Baca juga: Harga Cabai Naik", "Baca juga: Stok Beras Aman"],
        ["Harga beras turun.", "Pedagang senang.", '"Kami lega," kata Ani.'],
        id="glued-titles",
    ),
    pytest.param(
        "Jakarta (ANTARA) - Harga beras turun pada pekan ini. Baca Juga",
        ["Baca Juga"],
        ["Harga beras turun pada pekan ini."],
        id="bare-label-at-end",
    ),
    pytest.param(  # a related line of its own in sentence case stays whole
        "Jakarta (ANTARA) - Harga beras turun.\n\nBaca juga: Stok beras aman hingga akhir tahun\n\nPedagang senang.",
        ["Baca juga: Stok beras aman hingga akhir tahun"],
        ["Harga beras turun.", "Pedagang senang."],
        id="own-line",
    ),
    pytest.param(  # a one-line scrape glues the footer behind a sentence-case headline
        "Jakarta (ANTARA) - Harga beras turun pekan ini. Baca juga: Stok beras aman hingga akhir tahun "
        "Pewarta: Fikri Ramadhan Editor: Sri Haryati",
        ["Baca juga: Stok beras aman hingga akhir tahun"],
        ["Harga beras turun pekan ini."],
        id="ends-at-a-credit-label",
    ),
    pytest.param(  # a source before a colon tells nothing of the headline's case
        "Jakarta (ANTARA) - Hujan turun sejak pagi. Baca juga: Menkes: Vaksin aman untuk anak dan lansia "
        "Pewarta: Fikri Ramadhan Editor: Sri Haryati",
        ["Baca juga: Menkes: Vaksin aman untuk anak dan lansia"],
        ["Hujan turun sejak pagi."],
        id="source-colon-in-headline",
    ),
]


@pytest.mark.parametrize(("text", "related", "body"), RELATED_CASES)
def test_glued_related(text: str, related: list[str], body: list[str]) -> None:
    d = _parse(text)
    assert [o["raw"] for o in d["other_lines"] if o["kind"] == "related"] == related
    assert _texts(d) == body


KIND_CASES = [
    pytest.param("![](https://example.com/photo.jpg)", "link", id="markdown-image"),
    pytest.param("[Original Article](https://example.com/story)", "link", id="markdown-link"),
    pytest.param("https://example.com/berita/123/judul", "link", id="bare-url"),
    pytest.param("&nbsp;", "separator", id="entity-only"),
    pytest.param("4 Min Read", "reading-time", id="reading-time"),
    pytest.param("(Graphic: Oil output since 2015 - here)", "boilerplate", id="reuters-graphic"),
]


@pytest.mark.parametrize(("line", "kind"), KIND_CASES)
def test_line_kinds(line: str, kind: str) -> None:
    text = f"LONDON (Reuters) - Oil fell on Monday.\n\n{line}\n\nTraders were cautious."
    d = _parse(text)
    assert [(o["kind"], o["raw"]) for o in d["other_lines"]] == [(kind, line)]
    assert _texts(d) == ["Oil fell on Monday.", "Traders were cautious."]
