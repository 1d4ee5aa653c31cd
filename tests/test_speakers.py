"""Quotes and speakers in the shapes real wire and scraped copy takes (issue #11).

The same row format as test_quotes.py: a small invented story and the quotes it holds, as
(text, speaker, paragraph, kind). Each group is one kind of thing real copy does.
"""

from __future__ import annotations

import pytest

from .test_quotes import ANTARA, BERNAMA, REUTERS, Q, _quotes, story

UPI = "WASHINGTON (UPI) -- "
PADANG = "Padang (ANTARA) - "

MARK_CASES = [
    # AP and UPI wire files print TeX-style marks: ``...''
    pytest.param(
        "\tWASHINGTON (UPI) -- The talks ended on Tuesday.\n"
        "\t``We will not give up on this fight,'' John Smith said.\n",
        [("We will not give up on this fight,", "John Smith", 1, "direct")],
        id="tex-marks",
    ),
    pytest.param(
        story(UPI, "Senator Mary Jones said the plan was ``dead on arrival'' in the Senate."),
        [("dead on arrival", "Mary Jones", 0, "partial")],
        id="tex-marks-partial",
    ),
    # a scraper ate the opening mark and escaped the closing one
    pytest.param(
        story(
            ANTARA,
            "Harga beras di pasar turun pekan ini.",
            '\\Stok di gudang cukup untuk enam bulan,\\" kata Budi Santoso.',
        ),
        [("Stok di gudang cukup untuk enam bulan,", "Budi Santoso", 1, "direct")],
        id="backslash-opener",
    ),
    pytest.param(
        story(
            ANTARA,
            "Budi Santoso berbicara pada \\Seminar Pangan Nasional di Solo, Senin.",
            '\\"Stok di gudang cukup untuk enam bulan,\\" kata dia.',
        ),
        [("Stok di gudang cukup untuk enam bulan,", "Budi Santoso", 1, "direct")],
        id="error-backslash-without-escaped-close",
    ),
    # entities encoded twice by a scraper: &amp;quot;
    pytest.param(
        story(
            PADANG,
            "Pedagang mengeluhkan penjualan yang lesu.",
            "&amp;quot;Pembeli masih sepi sekali,&amp;quot; kata Teguh (40).",
        ),
        [("Pembeli masih sepi sekali,", "Teguh", 1, "direct")],
        id="double-encoded-entity",
    ),
]


@pytest.mark.parametrize(("text", "want"), MARK_CASES)
def test_marks_of_real_copy(text: str, want: list[Q]) -> None:
    assert _quotes(text) == want
