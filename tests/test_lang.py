"""The language files: the same tables everywhere, loaded once, usable as data."""

from __future__ import annotations

import pytest

from newsparse.lang import CODES, agencies, load, load_all, raw_tables


def _shape(tables: dict) -> dict:
    return {name: sorted(value) if isinstance(value, dict) else None for name, value in tables.items()}


@pytest.mark.parametrize("code", [c for c in CODES if c != "en"])
def test_same_tables_as_english(code: str) -> None:
    assert _shape(raw_tables(code)) == _shape(raw_tables("en"))


@pytest.mark.parametrize("code", CODES)
def test_twelve_months_seven_weekdays(code: str) -> None:
    lang = load(code)
    assert len(lang.months) == 12
    assert len(lang.weekdays) == 7


def test_loaded_once() -> None:
    assert load("id") is load("id")
    assert load_all() is load_all()


def test_merged_knows_every_language() -> None:
    merged = load_all()
    assert {"kata", "said", "berkata"} <= set(merged.speech_verbs)
    assert "Agustus" in merged.months[7] and "Ogos" in merged.months[7]


def test_agencies_table() -> None:
    assert "ANTARA News" in agencies()["agencies"]["parenthesised"]


def test_error_unknown_language() -> None:
    with pytest.raises(ValueError, match="unknown language"):
        load("xx")
