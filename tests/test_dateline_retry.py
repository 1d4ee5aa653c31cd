"""``match_dateline(..., weak=True, retry=True)`` answers exactly as ``weak=True`` alone wherever the
strong pass (``weak=False``) on the same segment returned None, which is the only place the pipeline
passes ``retry``: the patterns that read no ``weak`` failed there already, so the retry tries only the
bare city and the capitals city.

Checked on the first lines of every fixture, sample and dev story, in each language, and on invented
datelines of each shape; and the check itself is shown to catch a retry that skips too much (one that
finds nothing) and a retry used where the strong pass found a dateline.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from newsparse.header import Dateline, match_dateline
from newsparse.lang import Lang, load

from .conftest import story_texts

LANGS = [load(code) for code in ("id", "en", "ms")]
FIRST_LINES = 12  # the dateline is looked for near the top only

# one of each pattern's shapes, and lines that are none
EDGES = [
    "JAKARTA, 5/1 (ANTARA) - Pemerintah menetapkan harga baru.",
    "Brussel (ANTARA News) - Uni Eropa menyatakan",
    "WASHINGTON, Nov 26 (Reuters) - The U.S. Senate",
    "Jan. 5 (UPI) -- Officials said",
    "tirto.id - Presiden mengatakan",
    "Mataram, NTB (ANTARA) - Warga",
    "OSAKA, Japan, March 3 Kyodo - The company",
    "WASHINGTON \u2014 The Senate voted on Tuesday to approve the measure after a long debate.",
    "KUALA LUMPUR: Kerajaan akan memperkenalkan dasar baharu tidak lama lagi, kata beliau.",
    "Jakarta - Nilai tukar rupiah melemah pada perdagangan hari ini menurut data pasar.",
    "Jakarta -",
    "TUPELO, Miss. \u2014 A storm swept through the county overnight, officials said.",
    "Lima, april 2 - Peru's central bank said",
    "BEIJING French luxury goods firm LVMH said on Monday it would open stores.",
    "PUTRAJAYA 2 Mei - Kerajaan hari ini mengumumkan",
    "BEIJING, Dec 18 , 2006",
    "By Anna Lindqvist STOCKHOLM (Reuters) - Sweden's central bank",
    "Ilustrasi - Petugas memeriksa dokumen di kantor imigrasi pada Senin pagi.",
    "Jane Roe, Ap Science Writer",
    "A- A+ (Ubah saiz teks)",
    "The Senate voted on Tuesday.",
    "",
]

Form = Callable[[str, int, int, Lang], Dateline | None]


def _cases() -> list[tuple[str, int, int]]:
    out = [(line, 0, len(line)) for line in EDGES]
    for text in story_texts():
        at = 0
        taken = 0
        for line in text.split("\n"):
            if line.strip() and taken < FIRST_LINES:
                out.append((text, at, at + len(line)))
                taken += 1
            at += len(line) + 1
    return out


CASES = _cases()


def _retry(text: str, start: int, end: int, lang: Lang) -> Dateline | None:
    return match_dateline(text, start, end, lang, weak=True, year=None, retry=True)


@cache
def _passes() -> list[tuple[Lang, str, int, int, bool, Dateline | None]]:
    """Each case in each language: whether the strong pass missed, and the weak pass's answer."""
    return [
        (
            lang,
            text,
            start,
            end,
            match_dateline(text, start, end, lang, weak=False, year=None) is None,
            match_dateline(text, start, end, lang, weak=True, year=None),
        )
        for lang in LANGS
        for text, start, end in CASES
    ]


def _disagreements(form: Form, *, every_line: bool = False) -> int:
    """How many lines the strong pass finds nothing on (every line with ``every_line``) where ``form``
    answers otherwise than the weak pass."""
    return sum(
        form(text, start, end, lang) != weak
        for lang, text, start, end, missed, weak in _passes()
        if every_line or missed
    )


def test_retry_is_the_weak_pass_after_a_strong_miss() -> None:
    assert _disagreements(_retry) == 0


def test_cases_reach_the_weak_patterns() -> None:
    """The lines hold weak-only datelines (found by the weak pass after a strong miss) and the check
    catches a retry that finds nothing."""
    found = sum(missed and weak is not None for _, _, _, _, missed, weak in _passes())
    assert found >= 20
    assert _disagreements(lambda text, start, end, lang: None) == found


def test_retry_without_a_strong_miss_is_caught() -> None:
    """Where the strong pass found a dateline the skipped patterns matter: a retry there loses it."""
    assert _disagreements(_retry, every_line=True) >= 10
