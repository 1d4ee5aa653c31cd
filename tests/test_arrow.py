"""The Arrow schema against the JSON Schema: the same keys, the same nullability; stories round-trip."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

import pytest

pa = pytest.importorskip("pyarrow")

from newsparse import Story, arrow, parse, parse_file, schema  # noqa: E402
from newsparse.outputs import flat_columns, flat_rows  # noqa: E402

from .conftest import FIXTURES, SEED  # noqa: E402

STORIES = [SEED, *sorted(FIXTURES.glob("*/*.txt"))]


@functools.cache
def parsed() -> list[Story]:
    return [parse_file(p) for p in STORIES]


def json_leaves(js: dict[str, Any], path: str = "") -> dict[str, bool]:
    """{key path: nullable} of a JSON Schema, walked on its own terms (no shared code with arrow.py)."""
    nullable = False
    if "anyOf" in js:
        nullable = {"type": "null"} in js["anyOf"]
        (js,) = [a for a in js["anyOf"] if a != {"type": "null"}]
    types = js.get("type", [])
    types = [types] if isinstance(types, str) else types
    nullable = nullable or "null" in types or None in js.get("enum", [])
    out = {path: nullable} if path else {}
    if "properties" in js:
        for name, sub in js["properties"].items():
            out.update(json_leaves(sub, f"{path}.{name}" if path else name))
    elif "items" in js:
        out.update(json_leaves(js["items"], f"{path}[]"))
    return out


def arrow_leaves(t: Any, path: str = "", nullable: bool = False) -> dict[str, bool]:
    out = {path: nullable} if path else {}
    if path.endswith("span"):  # a span is a leaf of the JSON Schema: [start, end]
        return out
    if pa.types.is_struct(t):
        for f in t:
            out.update(arrow_leaves(f.type, f"{path}.{f.name}" if path else f.name, f.nullable))
    elif pa.types.is_list(t):
        out.update(arrow_leaves(t.value_type, f"{path}[]", t.value_field.nullable))
    return out


def test_arrow_schema_has_the_json_schemas_keys_and_nullability() -> None:
    expected = json_leaves(schema.json_schema())
    got = arrow_leaves(pa.struct(list(arrow.schema())))
    assert list(got) == list(expected)  # the same keys, in the same order
    assert got == expected  # and the same nullability, key by key
    assert "published" in got and got["published"] is True
    assert got["header"] is True and got["header.raw"] is False and got["quotes[]"] is False


def test_columns_follow_to_dict() -> None:
    assert arrow.schema().names == list(parse("Jakarta (ANTARA) - Teks.").to_dict())


def test_spans_are_two_int32s() -> None:
    quote = arrow.schema().field("quotes").type.value_type
    span = quote.field("span")
    assert not span.nullable
    assert [(f.name, f.type, f.nullable) for f in span.type] == [
        ("start", pa.int32(), False),
        ("end", pa.int32(), False),
    ]


def test_a_new_field_in_the_json_schema_is_a_new_column(monkeypatch: pytest.MonkeyPatch) -> None:
    real = schema.json_schema

    def with_sentiment() -> dict[str, Any]:
        js = real()
        js["properties"]["quotes"]["items"]["properties"]["sentiment"] = {"type": ["number", "null"]}
        return js

    monkeypatch.setattr(arrow, "json_schema", with_sentiment)
    field = arrow.schema().field("quotes").type.value_type.field("sentiment")
    assert field.type == pa.float64() and field.nullable


def test_error_unknown_json_schema_construct_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    real = schema.json_schema

    def with_union() -> dict[str, Any]:
        js = real()
        js["properties"]["published"] = {"type": ["string", "integer"]}
        return js

    monkeypatch.setattr(arrow, "json_schema", with_union)
    with pytest.raises(arrow.SchemaMappingError, match="published"):
        arrow.schema()


def unrow(value: Any) -> Any:
    """Arrow's {"start", "end"} spans back to the JSON contract's [start, end], dates to ISO strings."""
    if isinstance(value, dict):
        if set(value) == {"start", "end"}:
            return [value["start"], value["end"]]
        return {k: unrow(v) for k, v in value.items()}
    if isinstance(value, list):
        return [unrow(v) for v in value]
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    return value


def as_instant(published: str | None) -> dt.datetime | None:
    """What Arrow's published holds: the instant when the ISO value has a UTC offset, else None."""
    if published is None or not (
        published.endswith("Z") or (published[-6] in "+-" and ":" in published[-6:])
    ):
        return None
    return dt.datetime.fromisoformat(published.replace("Z", "+00:00"))


def arrowed(story: dict[str, Any]) -> dict[str, Any]:
    """A to_dict() as unrow() reads it back from Arrow: published as its instant."""
    return {**story, "published": as_instant(story["published"])}


def test_table_round_trips_every_fixture() -> None:
    stories = parsed()
    t = arrow.table(stories)
    assert t.num_rows == len(STORIES)
    assert t.schema == arrow.schema()
    expected = [s.to_dict() for s in stories]
    for d in expected:
        d["published"] = as_instant(d["published"])
    assert [unrow(r) for r in t.to_pylist()] == expected
    assert sum(d["published"] is not None for d in expected) >= 3  # some stamps with an offset
    assert arrow.table([s.to_dict() for s in stories]).equals(t)  # dicts work as well as Story objects


@pytest.mark.parametrize("table", ["quotes", "paragraphs", "credits"])
def test_flat_schema_matches_the_rows(table: str) -> None:
    stories = [s.to_dict() for s in parsed()]
    rows = [arrow.flat_row(r) for s in stories for r in flat_rows(s, table)]
    assert len(rows) == sum(len(s[table]) for s in stories) > 0
    assert any(isinstance(r["date"], dt.date) for r in rows)
    t = pa.Table.from_pylist(rows, schema=arrow.flat_schema(table))
    assert t.schema.names == flat_columns(table)
    assert t.to_pylist() == rows
    nullable = {f.name: f.nullable for f in t.schema}
    assert nullable["path"] and nullable["city"] and nullable["title"]  # under nullable objects
    assert not nullable["span_start"] and not nullable["span_end"]


def test_flat_rows_carry_the_story_keys() -> None:
    story = parse_file(SEED).to_dict()
    rows = flat_rows(story, "quotes")
    assert len(rows) == 10  # 4 marked quotes and 6 reported statements, each with its kind and cue
    assert sorted(r["kind"] for r in rows) == ["direct"] * 3 + ["indirect"] * 6 + ["partial"]
    assert rows[1] == {
        "path": str(SEED),
        "language": "id",
        "city": "Brussel",
        "city_key": "brussels",
        "agency": "ANTARA News",
        "agency_id": "antara",
        "date": None,
        "title": None,
        **{k: v for k, v in story["quotes"][1].items() if k != "span"},
        "span_start": story["quotes"][1]["span"][0],
        "span_end": story["quotes"][1]["span"][1],
    }
    assert [r["paragraph"] for r in flat_rows(story, "paragraphs")] == list(range(len(story["paragraphs"])))


def test_date_is_a_date32_and_published_a_utc_timestamp() -> None:
    header = arrow.schema().field("header").type
    assert header.field("date").type == pa.date32()
    assert header.field("agency_id").type == pa.string() and header.field("city_key").type == pa.string()
    assert arrow.schema().field("published").type == pa.timestamp("us", tz="UTC")
    for table in ("quotes", "paragraphs", "credits"):
        flat = arrow.flat_schema(table)
        assert flat.field("date").type == pa.date32()
        assert flat.names[2:6] == ["city", "city_key", "agency", "agency_id"]


@pytest.mark.parametrize(
    ("published", "instant"),
    [
        ("2024-09-24T15:06+07:00", dt.datetime(2024, 9, 24, 8, 6, tzinfo=dt.UTC)),  # WIB
        ("2018-11-21T23:22:00Z", dt.datetime(2018, 11, 21, 23, 22, tzinfo=dt.UTC)),
        ("2019-11-20T05:27-06:00", dt.datetime(2019, 11, 20, 11, 27, tzinfo=dt.UTC)),
        ("2024-12-19T16:10", None),  # a local time with no zone names no instant
        ("2016-01-24", None),  # a day alone neither
        (None, None),
    ],
    ids=["wib", "gmt", "cst", "no-offset", "day", "none"],
)
def test_published_in_arrow_is_the_instant(published: str | None, instant: dt.datetime | None) -> None:
    story = parse("JAKARTA, 1 April 2024 (ANTARA) - Teks.").to_dict()
    story["published"] = published
    t = arrow.table([story])
    assert t.column("published").to_pylist() == [instant]
    assert t.column("header").to_pylist()[0]["date"] == dt.date(2024, 4, 1)
