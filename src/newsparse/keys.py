"""Keys that group: one stable value per agency and per place, beside the raw dateline values.

A dateline prints an agency and a city many ways: ``ANTARA``, ``ANTARA News``, ``Antara``,
``ANTARA/AFP``; ``Jakarta`` and ``JAKARTA``. ``header.agency`` and ``header.city`` keep what the story
printed; ``header.agency_id`` and ``header.city_key`` are what a ``GROUP BY`` wants:

>>> agency_id("ANTARA News/Reuters"), agency_id("tca/dpa"), agency_id("Some Blog")
('antara', 'dpa', None)
>>> city_key("JAKARTA"), city_key("  Kuala\\nLumpur "), city_key("Belém"), city_key("PEKING")
('jakarta', 'kuala lumpur', 'belem', 'beijing')

Agency ids are data: ``agencies.toml`` ``[ids]`` maps each id to the spellings datelines print.
A city key is the gazetteer's key for the place (``places.key``: ``PEKING`` and ``Beijing`` are
``beijing``, ``Penang`` is ``pulau pinang``); a place it does not know keys by its own spelling
normalised: case folded, accents folded (wire copy in capitals drops them: ``BELEM`` for ``Belém``,
``SAO PAULO``), runs of whitespace made one space. The key is derived from ``header.city`` when a
story is written out.
"""

from __future__ import annotations

from functools import cache, lru_cache

from . import places
from .lang import agencies

PAIR = "/"  # "ANTARA/AFP", "tca/dpa", "The Jakarta Post/ANN": the first part with an id wins


def _fold(name: str) -> str:
    """The gazetteer's readable form (case and accents folded, one space between words) less a
    trailing dot: "ANTARA  News." -> "antara news"."""
    return places.canonical(name).rstrip(".")


@cache
def _agency_ids() -> dict[str, str]:
    """Folded spelling -> agency id, from agencies.toml [ids]."""
    return {_fold(spelling): code for code, spellings in agencies()["ids"].items() for spelling in spellings}


@lru_cache(maxsize=4096)
def agency_id(agency: str | None) -> str | None:
    """The agency's stable lowercase id (``antara``), the first known one of a pair; None when unknown."""
    if not agency:
        return None
    ids = _agency_ids()
    found = ids.get(_fold(agency))
    if found is None and PAIR in agency:
        found = next((ids[part] for part in map(_fold, agency.split(PAIR)) if part in ids), None)
    return found


@lru_cache(maxsize=4096)
def city_key(city: str | None) -> str | None:
    """One key per place whatever its case, spacing, accents or other name: ``jakarta`` for Jakarta
    and JAKARTA, ``beijing`` for PEKING (the gazetteer's key); a place the gazetteer does not know keys
    by its own spelling, folded."""
    if not city:
        return None
    return places.key(city) or places.canonical(city) or None
