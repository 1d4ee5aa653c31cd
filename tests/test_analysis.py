"""README's analysis path: DuckDB queries over the Parquet of the fixtures give what Python counts."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

duckdb = pytest.importorskip("duckdb")
pq = pytest.importorskip("pyarrow.parquet")

from newsparse import parse_file  # noqa: E402

from .conftest import FIXTURES  # noqa: E402
from .test_batch import run  # noqa: E402

# the queries README shows, word for word
TOP_SPEAKERS = """
SELECT q.speaker, count(*) AS quotes
FROM 'stories.parquet', UNNEST(quotes) AS t(q)
WHERE q.speaker IS NOT NULL
GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10
"""
QUOTES_PER_AGENCY = """
SELECT header.agency_id AS agency, count(*) AS quotes
FROM 'stories.parquet', UNNEST(quotes) AS t(q)
GROUP BY 1 ORDER BY 2 DESC, 1 NULLS LAST
"""
STORIES_PER_CITY_SINCE_2020 = """
SELECT header.city_key AS city, count(*) AS stories
FROM 'stories.parquet'
WHERE header.date >= DATE '2020-01-01'
GROUP BY 1 ORDER BY 2 DESC, 1 NULLS LAST
"""
STORIES_PER_EDITOR = """
SELECT editor, count(*) AS stories
FROM 'stories.parquet'
WHERE editor IS NOT NULL
GROUP BY 1 ORDER BY 2 DESC, 1
"""
UNNESTED_QUOTES = """
SELECT source.path AS path, language, header.city AS city, header.city_key AS city_key,
       header.agency AS agency, header.agency_id AS agency_id,
       header.date AS date, title.text AS title, q.text, q.speaker, q.speaker_mention,
       q.speaker_title, q.cue, q.paragraph, q.kind, q.span.start AS span_start, q.span.end AS span_end
FROM 'stories.parquet', UNNEST(quotes) AS t(q)
"""


@pytest.fixture(scope="module")
def stories(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]]]:
    folder = tmp_path_factory.mktemp("analysis")
    result = run(FIXTURES, "-o", folder / "stories.parquet", "-q")
    assert result.exit_code == 0, result.stderr
    result = run(FIXTURES, "--table", "quotes", "-o", folder / "quotes.parquet", "-q")
    assert result.exit_code == 0, result.stderr
    parsed = [parse_file(p).to_dict() for p in sorted(FIXTURES.rglob("*.txt"))]
    return folder, parsed


def query(folder: Path, sql: str) -> list[tuple[Any, ...]]:
    with duckdb.connect() as con:
        con.execute(f"SET file_search_path = '{folder}'")
        return con.sql(sql).fetchall()


def ranked(counts: Counter[Any]) -> list[tuple[Any, int]]:
    """Most first, ties by name, None last: the queries' ORDER BY."""
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0] is None, kv[0] or ""))


def test_ten_most_quoted_speakers(stories: tuple[Path, list[dict[str, Any]]]) -> None:
    folder, parsed = stories
    counts = Counter(q["speaker"] for s in parsed for q in s["quotes"] if q["speaker"] is not None)
    got = query(folder, TOP_SPEAKERS)
    assert len(got) == 10
    assert got == ranked(counts)[:10]


def test_quotes_per_agency(stories: tuple[Path, list[dict[str, Any]]]) -> None:
    folder, parsed = stories
    counts: Counter[str | None] = Counter()
    for s in parsed:
        counts[s["header"]["agency_id"] if s["header"] else None] += len(s["quotes"])
    got = query(folder, QUOTES_PER_AGENCY)
    assert got == [kv for kv in ranked(counts) if kv[1] > 0]
    assert sum(n for _, n in got) == sum(len(s["quotes"]) for s in parsed) > 300
    # one row per agency, whatever the spelling: the fixtures print ANTARA and ANTARA News, AP and
    # Associated Press; the raw column would split them
    spellings = {
        s["header"]["agency"] for s in parsed if s["header"] and s["header"]["agency_id"] == "antara"
    }
    assert len(spellings) > 1
    assert [a for a, _ in got].count("antara") == 1


def test_stories_per_city_since_2020_without_a_cast(stories: tuple[Path, list[dict[str, Any]]]) -> None:
    folder, parsed = stories
    counts: Counter[str | None] = Counter(
        s["header"]["city_key"]
        for s in parsed
        if s["header"] and s["header"]["date"] and s["header"]["date"] >= "2020-01-01"
    )
    got = query(folder, STORIES_PER_CITY_SINCE_2020)
    assert got == ranked(counts)
    assert sum(n for _, n in got) > 10 and all(c is None or c == c.lower() for c, _ in got)
    with duckdb.connect() as con:  # a DATE and a TIMESTAMP WITH TIME ZONE, not strings
        described = con.sql(f"DESCRIBE SELECT header.date, published FROM '{folder}/stories.parquet'")
        types = {row[0]: row[1] for row in described.fetchall()}
    assert types == {"date": "DATE", "published": "TIMESTAMP WITH TIME ZONE"}


def test_published_compares_as_an_instant(stories: tuple[Path, list[dict[str, Any]]]) -> None:
    folder, parsed = stories
    sql = "SELECT count(*) FROM 'stories.parquet' WHERE published >= TIMESTAMPTZ '2020-01-01 00:00:00+00'"
    with_offset = [
        p for s in parsed if (p := s["published"]) and "T" in p and (p[-6] in "+-" or p[-1] == "Z")
    ]
    expected = sum(
        dt.datetime.fromisoformat(p) >= dt.datetime(2020, 1, 1, tzinfo=dt.UTC) for p in with_offset
    )
    assert query(folder, sql) == [(expected,)]
    assert expected > 5


def test_stories_per_editor(stories: tuple[Path, list[dict[str, Any]]]) -> None:
    folder, parsed = stories
    counts = Counter(s["editor"] for s in parsed if s["editor"] is not None)
    got = query(folder, STORIES_PER_EDITOR)
    assert got == ranked(counts)
    assert len(got) > 5


def test_unnest_over_the_nested_file_is_the_quotes_table(stories: tuple[Path, list[dict[str, Any]]]) -> None:
    folder, _ = stories
    unnested = query(folder, UNNESTED_QUOTES)
    table = [tuple(r.values()) for r in pq.read_table(folder / "quotes.parquet").to_pylist()]
    assert len(unnested) == len(table) > 300
    assert sorted(unnested, key=repr) == sorted(table, key=repr)
    with duckdb.connect() as con:  # and the column names are the table's
        names = [
            d[0]
            for d in con.sql(
                UNNESTED_QUOTES.replace("'stories.parquet'", f"'{folder}/stories.parquet'")
            ).description
        ]
    assert names == pq.read_schema(folder / "quotes.parquet").names
