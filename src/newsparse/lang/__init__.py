"""Language knowledge as data: one TOML file per language, loaded once.

``load("id")`` gives the Indonesian words; ``load_all()`` merges every language, which is what the
structural stages use, since an ANTARA English story still carries ``Pewarta:`` and a Malay one
quotes an English speaker. Agency names live in ``agencies.toml`` beside this package.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

CODES = ("id", "en", "ms")
ROLES = ("editor", "reporter", "writer", "translator", "photographer", "contributor")


@dataclass(frozen=True, eq=False)  # hashed by identity: the stages cache compiled rules per Lang
class Lang:
    code: str
    detect_words: frozenset[str]
    months: tuple[tuple[str, ...], ...]  # 12 entries, January first
    weekdays: tuple[tuple[str, ...], ...]  # 7 entries, Monday first
    timestamp_words: tuple[str, ...]
    credit_labels: tuple[tuple[str, tuple[str, ...]], ...]  # (role, labels)
    contributed: tuple[str, ...]
    joiners: tuple[str, ...]
    name_particles: tuple[str, ...]
    affiliations: tuple[str, ...]
    related: tuple[str, ...]
    boilerplate: tuple[str, ...]
    caption: tuple[str, ...]
    speech_verbs: tuple[str, ...]
    reporting_verbs: tuple[str, ...]
    according: tuple[str, ...]
    pronouns: tuple[str, ...]
    titles: tuple[str, ...]
    place_titles: tuple[str, ...]
    name_titles: tuple[str, ...]
    title_patterns: tuple[str, ...]
    roles: tuple[str, ...]
    after_speaker: tuple[str, ...]
    term_nouns: tuple[str, ...]
    term_prepositions: tuple[str, ...]
    list_joiners: tuple[str, ...]
    articles: tuple[str, ...]
    definite: tuple[str, ...]
    named: tuple[str, ...]
    determiners: tuple[str, ...]
    adverbs: tuple[str, ...]
    given_names: tuple[str, ...]
    term_after: tuple[str, ...]
    place_heads: tuple[str, ...]
    openers: tuple[str, ...]


def _read(name: str) -> dict:
    return tomllib.loads(resources.files("newsparse").joinpath(name).read_text(encoding="utf-8"))


def _from_toml(code: str, data: dict) -> Lang:
    credits = data["credits"]
    speech = data["speech"]
    return Lang(
        code=code,
        detect_words=frozenset(data["detect"]["words"]),
        months=tuple(tuple(m) for m in data["dates"]["months"]),
        weekdays=tuple(tuple(w) for w in data["dates"]["weekdays"]),
        timestamp_words=tuple(data["dates"]["timestamp_words"]),
        credit_labels=tuple((role, tuple(credits.get(role, ()))) for role in ROLES),
        contributed=tuple(credits["contributed"]),
        joiners=tuple(credits["joiners"]),
        name_particles=tuple(credits["name_particles"]),
        affiliations=tuple(credits["affiliations"]),
        related=tuple(data["lines"]["related"]),
        boilerplate=tuple(data["lines"]["boilerplate"]),
        caption=tuple(data["lines"]["caption"]),
        speech_verbs=tuple(speech["verbs"]),
        reporting_verbs=tuple(speech["reporting"]),
        according=tuple(speech["according"]),
        pronouns=tuple(speech["pronouns"]),
        titles=tuple(speech["titles"]),
        place_titles=tuple(speech["place_titles"]),
        name_titles=tuple(speech["name_titles"]),
        title_patterns=tuple(speech["title_patterns"]),
        roles=tuple(speech["roles"]),
        after_speaker=tuple(speech["after_speaker"]),
        term_nouns=tuple(speech["term_nouns"]),
        term_prepositions=tuple(speech["term_prepositions"]),
        list_joiners=tuple(speech["list_joiners"]),
        articles=tuple(speech["articles"]),
        definite=tuple(speech["definite"]),
        named=tuple(speech["named"]),
        determiners=tuple(speech["determiners"]),
        adverbs=tuple(speech["adverbs"]),
        given_names=tuple(speech["given_names"]),
        term_after=tuple(speech["term_after"]),
        place_heads=tuple(speech["place_heads"]),
        openers=tuple(speech["openers"]),
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
        timestamp_words=_merge(*(lang.timestamp_words for lang in langs)),
        credit_labels=tuple(
            (role, _merge(*(dict(lang.credit_labels)[role] for lang in langs))) for role in ROLES
        ),
        contributed=_merge(*(lang.contributed for lang in langs)),
        joiners=_merge(*(lang.joiners for lang in langs)),
        name_particles=_merge(*(lang.name_particles for lang in langs)),
        affiliations=_merge(*(lang.affiliations for lang in langs)),
        related=_merge(*(lang.related for lang in langs)),
        boilerplate=_merge(*(lang.boilerplate for lang in langs)),
        caption=_merge(*(lang.caption for lang in langs)),
        speech_verbs=_merge(*(lang.speech_verbs for lang in langs)),
        reporting_verbs=_merge(*(lang.reporting_verbs for lang in langs)),
        according=_merge(*(lang.according for lang in langs)),
        pronouns=_merge(*(lang.pronouns for lang in langs)),
        titles=_merge(*(lang.titles for lang in langs)),
        place_titles=_merge(*(lang.place_titles for lang in langs)),
        name_titles=_merge(*(lang.name_titles for lang in langs)),
        title_patterns=_merge(*(lang.title_patterns for lang in langs)),
        roles=_merge(*(lang.roles for lang in langs)),
        after_speaker=_merge(*(lang.after_speaker for lang in langs)),
        term_nouns=_merge(*(lang.term_nouns for lang in langs)),
        term_prepositions=_merge(*(lang.term_prepositions for lang in langs)),
        list_joiners=_merge(*(lang.list_joiners for lang in langs)),
        articles=_merge(*(lang.articles for lang in langs)),
        definite=_merge(*(lang.definite for lang in langs)),
        named=_merge(*(lang.named for lang in langs)),
        determiners=_merge(*(lang.determiners for lang in langs)),
        adverbs=_merge(*(lang.adverbs for lang in langs)),
        given_names=_merge(*(lang.given_names for lang in langs)),
        term_after=_merge(*(lang.term_after for lang in langs)),
        place_heads=_merge(*(lang.place_heads for lang in langs)),
        openers=_merge(*(lang.openers for lang in langs)),
    )


@cache
def agencies() -> dict:
    """The tables of agencies.toml: agencies, trailers, copyright."""
    return _read("agencies.toml")
