"""The newsparse/1 contract as Arrow: one schema, derived from the JSON Schema, and a Parquet writer.

>>> from newsparse import arrow, parse_file
>>> t = arrow.table([parse_file("samples/antara-nato-2014.txt")])
>>> t.column("header").to_pylist()[0]["city"]
'Brussel'

The Arrow schema is not written out by hand: ``schema()`` walks ``newsparse.schema.json_schema()``,
so the two have the same keys in the same order and the same nullability, and a field added to the
JSON contract is a column here too. A nullable object (``title``, ``header``, ``copyright``) is a
nullable struct, an array of objects a list of structs, a span ``[start, end]`` a struct of two
non-null int32s (``q.span.start`` reads better in SQL than ``q.span[1]``), a string or null a nullable
string, an enum a string. A construct the mapping does not know raises, so the schemas cannot drift.

Two strings are typed, so that SQL compares them without a CAST (``WHERE header.date >= DATE
'2020-01-01'``): ``header.date`` (``"format": "date"``) is a date32, and ``published`` (``"x-arrow":
"timestamp"``) a timestamp in UTC, the instant its stamp gives. Arrow keeps one time zone per column,
not one offset per value, so the stamp's own offset (``+07:00`` for WIB) is folded into the instant,
and a ``published`` without an offset (a day alone, a local time with no zone) is null here: it names
no instant. The JSON keeps every value as printed.

pyarrow is the optional extra ``newsparse[parquet]``: importing this module without it raises
``newsparse.optional.MissingExtra``, whose message says what to install.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .model import SCHEMA, Story
from .optional import import_optional
from .outputs import flat_columns, temp_name
from .schema import json_schema

if TYPE_CHECKING:
    import pyarrow as pa  # type: ignore[import-untyped]
    import pyarrow.parquet as pq  # type: ignore[import-untyped]
else:
    pa = import_optional("pyarrow", "parquet")
    pq = import_optional("pyarrow.parquet", "parquet")

ROW_GROUP = 1000  # stories per row group: a few MB each, so memory stays flat for any archive
FLAT_ROW_GROUP = 10_000  # flat rows are an element each, about a tenth of a story
COMPRESSION = "zstd"  # smaller than the default snappy at about the same speed; every reader has it
_METADATA = {b"newsparse.schema": SCHEMA.encode()}


class SchemaMappingError(TypeError):
    """The JSON Schema uses a construct that has no Arrow mapping here: extend _arrow_type."""


def _arrow_type(js: dict[str, Any], where: str) -> tuple[pa.DataType, bool]:
    """(Arrow type, nullable) of one JSON Schema node."""
    if "anyOf" in js:  # {"anyOf": [X, {"type": "null"}]}: a nullable X
        alternatives = [a for a in js["anyOf"] if a != {"type": "null"}]
        if len(alternatives) != 1 or len(js["anyOf"]) != 2:
            raise SchemaMappingError(f"{where}: only anyOf [X, null] maps to Arrow")
        return _arrow_type(alternatives[0], where)[0], True
    if "const" in js:
        if not isinstance(js["const"], str):
            raise SchemaMappingError(f"{where}: only string constants map to Arrow")
        return pa.string(), False
    if "enum" in js:
        values = js["enum"]
        if not all(isinstance(v, str) for v in values if v is not None):
            raise SchemaMappingError(f"{where}: only string enums map to Arrow")
        return pa.string(), None in values
    types = js.get("type")
    names = [types] if isinstance(types, str) else list(types or [])
    nullable = "null" in names
    names = [n for n in names if n != "null"]
    if len(names) != 1:
        raise SchemaMappingError(f"{where}: type {types!r} has no single Arrow type")
    kind = names[0]
    if kind == "string" and js.get("format") == "date":
        return pa.date32(), nullable
    if kind == "string" and js.get("x-arrow") == "timestamp":
        return pa.timestamp("us", tz="UTC"), nullable
    if kind in _SCALARS:
        return _SCALARS[kind](), nullable
    if kind == "object":
        props = js.get("properties", {})
        required = set(js.get("required", ()))
        fields = []
        for name, sub in props.items():
            t, null = _arrow_type(sub, f"{where}.{name}")
            fields.append(pa.field(name, t, nullable=null or name not in required))
        return pa.struct(fields), nullable
    if kind == "array" and "prefixItems" in js:
        items = js["prefixItems"]
        if len(items) != 2 or any(i.get("type") != "integer" for i in items):
            raise SchemaMappingError(f"{where}: only a span [start, end] of two integers maps to Arrow")
        span = pa.struct([pa.field("start", pa.int32(), False), pa.field("end", pa.int32(), False)])
        return span, nullable
    if kind == "array" and "items" in js:
        t, null = _arrow_type(js["items"], f"{where}[]")
        return pa.list_(pa.field("item", t, nullable=null)), nullable
    raise SchemaMappingError(f"{where}: {kind} has no Arrow mapping")


_SCALARS = {"string": pa.string, "integer": pa.int32, "number": pa.float64, "boolean": pa.bool_}


def schema() -> pa.Schema:
    """The Arrow schema of one story: the JSON Schema's top-level keys as columns, in the same order."""
    struct, _ = _arrow_type(json_schema(), "story")
    return pa.schema(list(struct), metadata=_METADATA)


def flat_schema(table: str) -> pa.Schema:
    """The Arrow schema of ``--table TABLE`` (see outputs.flat_columns): types from the JSON Schema.

    A story key under a nullable object (``city`` under ``header``) is nullable.
    """
    from .outputs import STORY_KEYS

    top = json_schema()
    element = top["properties"][table]["items"]["properties"]
    fields = []
    for column in flat_columns(table):
        if column in STORY_KEYS:
            node, nullable = top, False
            for name in STORY_KEYS[column]:  # nullable when any object on the way is
                node = _non_null(node)["properties"][name]
                t, null = _arrow_type(node, column)
                nullable = nullable or null
        elif column in ("span_start", "span_end", "paragraph") and column not in element:
            t, nullable = pa.int32(), False
        else:
            t, nullable = _arrow_type(element[column], f"{table}.{column}")
        fields.append(pa.field(column, t, nullable=nullable))
    return pa.schema(fields, metadata={**_METADATA, b"newsparse.table": table.encode()})


def _non_null(node: dict[str, Any]) -> dict[str, Any]:
    return next(a for a in node["anyOf"] if a != {"type": "null"}) if "anyOf" in node else node


def row(story: dict[str, Any]) -> dict[str, Any]:
    """A ``Story.to_dict()`` in the Arrow shape: every ``span`` [start, end] as {"start", "end"}, the
    typed strings (``header.date``, ``published``) as a date and a UTC datetime."""
    out = _row(story)
    for path, convert in _typed().items():
        *outer, last = path
        node = out
        for name in outer:
            node = node[name]
            if node is None:
                break
        else:
            node[last] = convert(node[last])
    return out


def flat_row(values: dict[str, Any]) -> dict[str, Any]:
    """A row of outputs.flat_rows in the Arrow shape: the typed story keys (``date``) converted."""
    from .outputs import STORY_KEYS

    typed = _typed()
    for column, path in STORY_KEYS.items():
        if path in typed:
            values[column] = typed[path](values[column])
    return values


def _date(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _instant(value: str | None) -> datetime | None:
    """The instant an ISO 8601 value names; None without an offset (it names no instant)."""
    if value is None or "T" not in value:
        return None
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo is not None else None


@cache
def _typed() -> dict[tuple[str, ...], Callable[[Any], Any]]:
    """Path of each typed string in a story dict (outside arrays) -> its converter."""
    out: dict[tuple[str, ...], Callable[[Any], Any]] = {}

    def walk(node: dict[str, Any], path: tuple[str, ...]) -> None:
        node = _non_null(node)
        if node.get("format") == "date":
            out[path] = _date
        elif node.get("x-arrow") == "timestamp":
            out[path] = _instant
        for name, sub in node.get("properties", {}).items():
            walk(sub, (*path, name))
        items = node.get("items")
        if items is not None and _has_typed(items):
            raise SchemaMappingError(f"{'.'.join(path)}[]: typed strings inside arrays are not converted")

    walk(json_schema(), ())
    return out


def _has_typed(node: Any) -> bool:
    if isinstance(node, dict):
        return node.get("format") == "date" or "x-arrow" in node or any(map(_has_typed, node.values()))
    if isinstance(node, list):
        return any(map(_has_typed, node))
    return False


def _row(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: {"start": v[0], "end": v[1]} if k == "span" else _row(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_row(v) for v in value]
    return value


def table(stories: Iterable[Story | dict[str, Any]]) -> pa.Table:
    """An Arrow table of stories (Story objects or their ``to_dict()``), one row each, with schema()."""
    rows = [row(s.to_dict() if isinstance(s, Story) else s) for s in stories]
    return pa.Table.from_pylist(rows, schema=schema())


class Writer:
    """Rows to one Parquet file in row groups as they come, under a temporary name.

    ``close(ok=True)`` renames the file into place; ``close(ok=False)`` removes it, leaving any
    earlier file of that name as it was. ``table`` None writes stories (schema()), else a flat table.
    """

    def __init__(self, target: str | os.PathLike[str], table: str | None = None) -> None:
        self.target = Path(target)
        self.schema = schema() if table is None else flat_schema(table)
        self.row_group = ROW_GROUP if table is None else FLAT_ROW_GROUP
        self.rows: list[dict[str, Any]] = []
        self.written = 0
        self.target.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = temp_name(self.target)
        self.writer = pq.ParquetWriter(self.tmp, self.schema, compression=COMPRESSION)

    def write(self, rows: list[dict[str, Any]]) -> None:
        self.rows.extend(rows)
        if len(self.rows) >= self.row_group:
            self._flush()

    def _flush(self) -> None:
        if self.rows:
            self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
            self.written += len(self.rows)
            self.rows = []

    def close(self, *, ok: bool) -> None:
        done = False
        try:
            if ok:
                self._flush()
                self.writer.close()
                os.replace(self.tmp, self.target)
                done = True
        finally:
            if not done:
                self.writer.close()
                self.tmp.unlink(missing_ok=True)
