"""Paragraph breaks that lost their newline, and crossheads: table-driven tests through ``parse()``.

Each row is a story and the paragraphs it must give, exactly; every paragraph's span slices back to
its text.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsparse import parse
from newsparse.layout import split_lines
from newsparse.patterns import clean

LONG_EN = (
    "Officials said the river rose two meters overnight and was still rising. "
    "More rain is expected on Monday across the province."
)


def _check(text: str) -> dict[str, Any]:
    """The parse, with every paragraph's span slicing back to its text and every non-blank
    character of the input inside some element's span (lossless)."""
    d = parse(text).to_dict()
    for p in d["paragraphs"]:
        s, e = p["span"]
        assert clean(text[s:e]) == p["text"]
    spans = [p["span"] for p in d["paragraphs"]] + [e["span"] for e in d["credits"] + d["other_lines"]]
    spans += [x["span"] for x in (d["title"], d["header"], d["copyright"]) if x]
    covered = set()
    for s, e in spans:
        covered.update(range(s, e))
    assert [c for i, c in enumerate(text) if not c.isspace() and i not in covered] == []
    return d


def _texts(d: dict[str, Any]) -> list[str]:
    return [p["text"] for p in d["paragraphs"]]


BREAK_CASES = [
    # --- a sentence end glued to the next sentence ---
    pytest.param(
        'Jakarta (ANTARA) - Harga beras turun pekan ini, kata mereka."Kami lega," ujar Ani.',
        ["Harga beras turun pekan ini, kata mereka.", '"Kami lega," ujar Ani.'],
        id="glued-opening-quote",
    ),
    pytest.param(
        'Jakarta (ANTARA) - "Kami lega sekali," ujar Ani pada pertemuan itu."Harga turun."Dia pergi.',
        ['"Kami lega sekali," ujar Ani pada pertemuan itu.', '"Harga turun."', "Dia pergi."],
        id="glued-closing-quote",
    ),
    pytest.param(
        "Jakarta (ANTARA) - Jalan itu ditutup mulai Senin (4/3/2024).Penutupan berlangsung dua pekan.",
        ["Jalan itu ditutup mulai Senin (4/3/2024).", "Penutupan berlangsung dua pekan."],
        id="glued-after-bracket",
    ),
    pytest.param(  # an abbreviation, a street, a web address: not a sentence end
        "Jakarta (ANTARA) - Dokter dr.Sutomo di Jl.Sudirman membuka situs www.Example.com pada Senin.",
        ["Dokter dr.Sutomo di Jl.Sudirman membuka situs www.Example.com pada Senin."],
        id="not-glued-abbreviations",
    ),
    pytest.param(  # a photo credit glued to its caption stays with it
        "Jakarta (ANTARA) - Warga memadati pasar pada 27 September 2024.HO-Pemkot/abc.",
        ["Warga memadati pasar pada 27 September 2024.HO-Pemkot/abc."],
        id="not-glued-credit",
    ),
    # --- runs of spaces in a one-line scrape ---
    pytest.param(
        f"PARIS (AFP) - The river burst its banks on Sunday.  {LONG_EN}  Schools will stay closed on "
        "Monday, the mayor said.  Rescue teams worked through the night in the worst-hit districts.",
        [
            "The river burst its banks on Sunday.",
            LONG_EN,
            "Schools will stay closed on Monday, the mayor said.",
            "Rescue teams worked through the night in the worst-hit districts.",
        ],
        id="double-spaces",
    ),
    pytest.param(
        f"PARIS (AFP) - The river burst its banks on Sunday.\u00a0 \u00a0 \u00a0{LONG_EN}\u00a0 \u00a0 Rescue "
        "teams worked through the night in the worst-hit districts of the old town.",
        [
            "The river burst its banks on Sunday.",
            LONG_EN,
            "Rescue teams worked through the night in the worst-hit districts of the old town.",
        ],
        id="nbsp-runs",
    ),
    pytest.param(  # a numbered table flattened into the line: a paragraph a row
        "Jakarta (ANTARA) - Kementerian Perdagangan pada Rabu mengumumkan perkembangan harga pangan sepekan "
        "terakhir di seluruh provinsi. Harga bawang merah turun paling tajam, sementara harga beras stabil. "
        "Selengkapnya bisa dilihat di tabel\u00a0 1 Beras Rp8.282 (-0,10 persen)\u00a0 2 Gula Pasir Rp12.293 "
        "(0,28 persen)3 Minyak Goreng Rp9.930 (0,25 persen)",
        [
            "Kementerian Perdagangan pada Rabu mengumumkan perkembangan harga pangan sepekan terakhir di seluruh "
            "provinsi. Harga bawang merah turun paling tajam, sementara harga beras stabil. Selengkapnya bisa "
            "dilihat di tabel",
            "1 Beras Rp8.282 (-0,10 persen)",
            "2 Gula Pasir Rp12.293 (0,28 persen)",
            "3 Minyak Goreng Rp9.930 (0,25 persen)",
        ],
        id="table-rows",
    ),
    pytest.param(  # dates in a sentence are no table rows
        "Jakarta (ANTARA) - Pendaftaran dibuka pada 1 Januari, ditutup pada 2 Februari dan diumumkan pada "
        "3 Maret, kata panitia dalam keterangan tertulis yang diterima di Jakarta pada Senin pagi. Peserta "
        "diminta menyiapkan berkas sejak awal agar proses seleksi berjalan lancar dan tepat waktu.",
        [
            "Pendaftaran dibuka pada 1 Januari, ditutup pada 2 Februari dan diumumkan pada 3 Maret, kata panitia "
            "dalam keterangan tertulis yang diterima di Jakarta pada Senin pagi. Peserta diminta menyiapkan berkas "
            "sejak awal agar proses seleksi berjalan lancar dan tepat waktu."
        ],
        id="not-table-dates",
    ),
    pytest.param(  # no-break spaces double-encoded: the mojibake opens the next piece, and is cleaned away
        "PARIS (AFP) - The river burst its banks on Sunday. \u00c2\u00a0\u00c2\u00a0 The water rose through "
        "the night in the old town, where shops and cafes along the quays were flooded to the first floor. \u00c2\u00a0\u00c2\u00a0 Rescue teams worked until dawn in the worst-hit "
        "districts, the mayor said.",
        [
            "The river burst its banks on Sunday.",
            "The water rose through the night in the old town, where shops and cafes along the quays were "
            "flooded to the first floor.",
            "Rescue teams worked until dawn in the worst-hit districts, the mayor said.",
        ],
        id="mojibake-runs",
    ),
    pytest.param(  # runs inside sentences are not breaks
        f"PARIS (AFP) - The river  burst its banks on Sunday, said  the mayor. {LONG_EN} Rescue teams "
        "worked through  the night in the worst-hit districts of the old town.",
        [
            f"The river burst its banks on Sunday, said the mayor. {LONG_EN} Rescue teams worked through "
            "the night in the worst-hit districts of the old town."
        ],
        id="runs-mid-sentence",
    ),
    pytest.param(  # a hard-wrapped story in blank-line paragraphs: a line break is not a break
        "LONDON (Reuters) - Shares rose on Monday after the central bank\nheld rates steady. Traders said.\n"
        "The pound firmed against the dollar in\nlate trade on the news.\n\nOil prices fell for a third day as\n"
        "stocks in the United States rose more than\nexpected, traders said on Monday.\n\nThe euro was flat.",
        [
            "Shares rose on Monday after the central bank held rates steady. Traders said. The pound firmed "
            "against the dollar in late trade on the news.",
            "Oil prices fell for a third day as stocks in the United States rose more than expected, traders "
            "said on Monday.",
            "The euro was flat.",
        ],
        id="wrapped-blank-line-paragraphs",
    ),
    pytest.param(  # one paragraph a line, but a long line that stops on a bare word goes on
        "Jakarta (ANTARA) - Nilai tukar rupiah yang ditransaksikan antarbank di Jakarta pada\n"
        "Kamis pagi melemah 23 poin.\nPara pedagang menunggu data inflasi.",
        [
            "Nilai tukar rupiah yang ditransaksikan antarbank di Jakarta pada Kamis pagi melemah 23 poin.",
            "Para pedagang menunggu data inflasi.",
        ],
        id="line-broken-mid-sentence",
    ),
    pytest.param(  # a date line inside a hard-wrapped sentence is body text, not a timestamp
        "   WASHINGTON (UPI) -- The first casualty figures to surface after the war came in a\nMay 1991\n"
        "report by an environmental group, which said thousands were killed.\n"
        "   The Pentagon has never given its own count of the dead or the wounded\nin the war, officials said.\n"
        "   Analysts said the true figure may never be known to the public or\nto the families.",
        [
            "The first casualty figures to surface after the war came in a May 1991 report by an environmental "
            "group, which said thousands were killed.",
            "The Pentagon has never given its own count of the dead or the wounded in the war, officials said.",
            "Analysts said the true figure may never be known to the public or to the families.",
        ],
        id="date-line-in-wrapped-sentence",
    ),
    pytest.param(  # a blank line inside a sentence
        "Jakarta (ANTARA) - Warga diminta tetap tenang dan\n\nmengikuti arahan petugas.\n\nHujan reda pada sore hari.",
        ["Warga diminta tetap tenang dan mengikuti arahan petugas.", "Hujan reda pada sore hari."],
        id="blank-line-mid-sentence",
    ),
]


@pytest.mark.parametrize(("text", "paragraphs"), BREAK_CASES)
def test_breaks(text: str, paragraphs: list[str]) -> None:
    assert _texts(_check(text)) == paragraphs


BODY = [
    "The storm reached the coast on Sunday night and cut power to thousands of homes.",
    "Emergency crews restored most lines by Monday morning, the utility said.",
    "Schools in the region will reopen on Wednesday.",
]


def _story(*lines: str) -> str:
    return "\n\n".join(["MANILA (AP) - " + BODY[0], *lines])


SUBHEAD_CASES = [
    pytest.param(_story(BODY[1], "STILL WAITING", BODY[2]), [("subhead", "STILL WAITING")], id="caps"),
    pytest.param(
        _story(BODY[1], "Disappointing night for the mayor", BODY[2]),
        [("subhead", "Disappointing night for the mayor")],
        id="sentence-case",
    ),
    pytest.param(
        _story(BODY[1], "Serangan Israel&nbsp;", BODY[2]),
        [("subhead", "Serangan Israel&nbsp;")],
        id="entity-at-end",
    ),
    pytest.param(_story(BODY[1], BODY[2], "Last line without a stop"), [], id="not-last"),
    pytest.param(_story(BODY[1], '"We are safe"', BODY[2]), [], id="not-speech"),
    pytest.param(_story(BODY[1], "Rice", "Sugar", BODY[2]), [], id="not-a-list"),
    pytest.param(_story(BODY[1], "The crews said:", BODY[2]), [], id="not-a-lead-in"),
]


@pytest.mark.parametrize(("text", "others"), SUBHEAD_CASES)
def test_subheads(text: str, others: list[tuple[str, str]]) -> None:
    d = _check(text)
    assert [(o["kind"], o["raw"]) for o in d["other_lines"] if o["kind"] == "subhead"] == others
    assert all(o["raw"] not in _texts(d) for o in d["other_lines"])
    for o in d["other_lines"]:
        s, e = o["span"]
        assert text[s:e] == o["raw"]


@pytest.mark.parametrize(
    "text",
    ["a\n\n  b c \n\td\n", "\n\n x", "one\u00a0\n\x0b\n\x85two\x1c three", "", "   ", "x"],
    ids=["blank-lines", "leading", "odd-spaces", "empty", "spaces", "one"],
)
def test_split_lines_lf_only_takes_the_same_lines_as_the_general_path(text: str) -> None:
    """A text with LF breaks only is split by str.split; a CR at its end (one more, blank, line)
    sends it the general way, which must give the same segments."""
    assert split_lines(text) == split_lines(text + "\r")
    assert [s.line for s in split_lines(text)] == [s.line for s in split_lines(text.replace("\n", "\r\n"))]
