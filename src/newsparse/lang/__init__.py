"""Language knowledge as data: one TOML file per language, loaded once.

``load("id")`` gives the Indonesian words; ``load_all()`` merges every language, which is what the
structural stages use, since an ANTARA English story still carries ``Pewarta:`` and a Malay one
quotes an English speaker. Agency names live in ``agencies.toml`` beside this package.
"""

from __future__ import annotations

import os
from dataclasses import field, fields
from functools import cache
from typing import Any

from ..cache import data, dataclass

PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

CODES = ("id", "en", "ms")
ROLES = ("editor", "reporter", "writer", "translator", "photographer", "contributor")


def _words(table: str, key: str | None = None) -> Any:
    """A Lang field read from ``[table] key`` of each language file (the key defaults to the field's name)."""
    return field(metadata={"table": table, "key": key})


@dataclass(frozen=True, eq=False)  # hashed by identity: the stages cache compiled rules per Lang
class Lang:
    """One language's word lists (lang/<code>.toml), as the stages use them."""

    code: str
    detect_words: frozenset[str]
    months: tuple[tuple[str, ...], ...]  # 12 entries, January first
    weekdays: tuple[tuple[str, ...], ...]  # 7 entries, Monday first
    credit_labels: tuple[tuple[str, tuple[str, ...]], ...]  # (role, labels)
    # word lists, each from one table of the TOML files
    timestamp_words: tuple[str, ...] = _words("dates")
    contributed: tuple[str, ...] = _words("credits")
    reported: tuple[str, ...] = _words("credits")
    joiners: tuple[str, ...] = _words("credits")
    name_particles: tuple[str, ...] = _words("credits")
    affiliations: tuple[str, ...] = _words("credits")
    related: tuple[str, ...] = _words("lines")
    boilerplate: tuple[str, ...] = _words("lines")
    reached_at: tuple[str, ...] = _words("lines")
    source_labels: tuple[str, ...] = _words("lines")
    photo_labels: tuple[str, ...] = _words("lines")
    caption_labels: tuple[str, ...] = _words("lines")
    notebook: tuple[str, ...] = _words("lines")
    title_small_words: tuple[str, ...] = _words("lines")
    speech_verbs: tuple[str, ...] = _words("speech", "verbs")
    reporting_verbs: tuple[str, ...] = _words("speech", "reporting")
    according: tuple[str, ...] = _words("speech")
    indirect_verbs: tuple[str, ...] = _words("speech", "indirect")  # reported speech (reported.py)
    indirect_that: tuple[str, ...] = _words("speech")
    indirect_bare: tuple[str, ...] = _words("speech")
    clause_words: tuple[str, ...] = _words("speech")
    clause_prefixes: tuple[str, ...] = _words("speech")
    not_clause_words: tuple[str, ...] = _words("speech")
    object_words: tuple[str, ...] = _words("speech")
    org_ends: tuple[str, ...] = _words("speech")
    indirect_object: tuple[str, ...] = _words("speech")
    indirect_participles: tuple[str, ...] = _words("speech")
    indirect_passives: tuple[str, ...] = _words("speech")
    indirect_openers: tuple[str, ...] = _words("speech")
    joined_verbs: tuple[str, ...] = _words("speech")
    participle_endings: tuple[str, ...] = _words("speech")
    complementizers: tuple[str, ...] = _words("speech")
    tail_words: tuple[str, ...] = _words("speech")
    org_pronouns: tuple[str, ...] = _words("speech")
    org_nouns: tuple[str, ...] = _words("speech")
    indirect_requests: tuple[str, ...] = _words("speech")
    request_markers: tuple[str, ...] = _words("speech")
    pronouns: tuple[str, ...] = _words("speech")
    male_pronouns: tuple[str, ...] = _words("speech")
    female_pronouns: tuple[str, ...] = _words("speech")
    titles: tuple[str, ...] = _words("speech")
    place_titles: tuple[str, ...] = _words("speech")
    name_titles: tuple[str, ...] = _words("speech")
    title_patterns: tuple[str, ...] = _words("speech")
    roles: tuple[str, ...] = _words("speech")
    after_speaker: tuple[str, ...] = _words("speech")
    term_nouns: tuple[str, ...] = _words("speech")
    term_prepositions: tuple[str, ...] = _words("speech")
    term_after: tuple[str, ...] = _words("speech")
    list_joiners: tuple[str, ...] = _words("speech")
    copulas: tuple[str, ...] = _words("speech")
    definite: tuple[str, ...] = _words("speech")
    named: tuple[str, ...] = _words("speech")
    determiners: tuple[str, ...] = _words("speech")
    adverbs: tuple[str, ...] = _words("speech")
    infinitives: tuple[str, ...] = _words("speech")
    name_connectors: tuple[str, ...] = _words("speech")
    relatives: tuple[str, ...] = _words("speech")
    non_names: tuple[str, ...] = _words("speech")
    org_heads: tuple[str, ...] = _words("speech")
    given_names: tuple[str, ...] = _words("speech")
    place_heads: tuple[str, ...] = _words("speech")
    openers: tuple[str, ...] = _words("speech")


WORD_LISTS = [f for f in fields(Lang) if "table" in f.metadata]


def _read(name: str) -> dict:
    with open(os.path.join(PACKAGE, name), encoding="utf-8") as fh:
        return data(name, fh.read(), _toml)


def _toml(text: str) -> dict:
    import tomllib  # only when the cache does not hold the file already

    return tomllib.loads(text)


def _from_toml(code: str, data: dict) -> Lang:
    credits = data["credits"]
    lists = {f.name: tuple(data[f.metadata["table"]][f.metadata["key"] or f.name]) for f in WORD_LISTS}
    return Lang(
        code=code,
        detect_words=frozenset(data["detect"]["words"]),
        months=tuple(tuple(m) for m in data["dates"]["months"]),
        weekdays=tuple(tuple(w) for w in data["dates"]["weekdays"]),
        credit_labels=tuple((role, tuple(credits.get(role, ()))) for role in ROLES),
        **lists,
    )


@cache
def raw_tables(code: str) -> dict:
    """The TOML tables of one language file, as read."""
    if code not in CODES:
        raise ValueError(f"unknown language {code!r}; known: {', '.join(CODES)}")
    return _read(f"lang/{code}.toml")


@cache
def load(code: str) -> Lang:
    return _from_toml(code, raw_tables(code))


def _merge(*groups: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(word for group in groups for word in group))


@cache
def load_all() -> Lang:
    """Every language's words in one Lang (months merged position by position)."""
    langs = [load(code) for code in CODES]
    return Lang(
        code="*",
        detect_words=frozenset().union(*(lang.detect_words for lang in langs)),
        months=tuple(_merge(*months) for months in zip(*(lang.months for lang in langs), strict=True)),
        weekdays=tuple(_merge(*days) for days in zip(*(lang.weekdays for lang in langs), strict=True)),
        credit_labels=tuple(
            (role, _merge(*(dict(lang.credit_labels)[role] for lang in langs))) for role in ROLES
        ),
        **{f.name: _merge(*(getattr(lang, f.name) for lang in langs)) for f in WORD_LISTS},
    )


@cache
def read_data(name: str) -> dict:
    """The tables of a data file beside the package ("stamps.toml"), parsed once."""
    return _read(name)


@cache
def agencies() -> dict:
    """The tables of agencies.toml: agencies, trailers, copyright."""
    return read_data("agencies.toml")
