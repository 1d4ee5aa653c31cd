"""README's analysis path: DuckDB queries over the Parquet of the fixtures give what Python counts."""

from __future__ import annotations

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
SELECT header.agency AS agency, count(*) AS quotes
FROM 'stories.parquet', UNNEST(quotes) AS t(q)
GROUP BY 1 ORDER BY 2 DESC, 1 NULLS LAST
"""
STORIES_PER_EDITOR = """
SELECT editor, count(*) AS stories
FROM 'stories.parquet'
WHERE editor IS NOT NULL
GROUP BY 1 ORDER BY 2 DESC, 1
"""
UNNESTED_QUOTES = """
SELECT source.path AS path, language, header.city AS city, header.agency AS agency,
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
        counts[s["header"]["agency"] if s["header"] else None] += len(s["quotes"])
    got = query(folder, QUOTES_PER_AGENCY)
    assert got == [kv for kv in ranked(counts) if kv[1] > 0]
    assert sum(n for _, n in got) == sum(len(s["quotes"]) for s in parsed) > 300


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
