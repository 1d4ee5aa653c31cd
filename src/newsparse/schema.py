"""The JSON Schema (draft 2020-12) of the ``newsparse/1.x`` contract that ``Story.to_dict()`` returns.

Two annotations say how a string is typed in Arrow and Parquet (arrow.py reads them): ``"format":
"date"`` (JSON Schema's own) makes a date32, ``"x-arrow": "timestamp"`` a UTC timestamp. JSON keeps the
ISO strings either way.
"""

from __future__ import annotations

from typing import Any

from .model import SCHEMA

_SPAN = {
    "type": "array",
    "description": "[start, end) in characters of the decoded input: input[start:end] is the raw slice",
    "prefixItems": [{"type": "integer", "minimum": 0}, {"type": "integer", "minimum": 0}],
    "minItems": 2,
    "maxItems": 2,
}
_STR = {"type": "string"}
_NSTR = {"type": ["string", "null"]}


def _object(props: dict[str, Any], description: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {
        "type": "object",
        "properties": props,
        "required": list(props),
        "additionalProperties": False,
    }
    if description:
        out["description"] = description
    return out


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


def json_schema() -> dict[str, Any]:
    roles = ["editor", "reporter", "writer", "translator", "photographer", "contributor"]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://newsparse.invalid/schema/newsparse-1.1.json",
        "title": "newsparse story",
        "description": "One wire story taken apart. Every element carries its span in the decoded input.",
        **_object(
            {
                "schema": {"const": SCHEMA},
                "source": _object({"path": _NSTR, "encoding": _NSTR, "sha256": _NSTR}),
                "language": {"type": ["string", "null"], "description": "ISO 639-1 code: id, en, ms"},
                "title": _nullable(_object({"text": _STR, "span": _SPAN}, "the headline above the dateline")),
                "header": _nullable(
                    _object(
                        {
                            "raw": _STR,
                            "city": _NSTR,
                            "city_key": {
                                "type": ["string", "null"],
                                "description": "one key per place whatever its case, spacing or accents "
                                "(JAKARTA and Jakarta: jakarta); null when there is no city",
                            },
                            "region": _NSTR,
                            "agency": _NSTR,
                            "agency_id": {
                                "type": ["string", "null"],
                                "pattern": "^[a-z0-9_]+$",
                                "description": "the agency's stable id (ANTARA, Antara, ANTARA/AFP: antara); "
                                "null when the agency is not known",
                            },
                            "date": {
                                "type": ["string", "null"],
                                "format": "date",
                                "pattern": r"^\d{4}-\d{2}-\d{2}$",
                            },
                            "span": _SPAN,
                        },
                        "the dateline, e.g. 'Brussel (ANTARA News) -'",
                    )
                ),
                "published": {
                    "type": ["string", "null"],
                    "x-arrow": "timestamp",
                    "description": "ISO 8601 from the story's timestamp line or wire stamp: the date, "
                    "with the time and UTC offset when the stamp gives them; null when there is none. In Arrow "
                    "and Parquet the instant in UTC, null when no offset is given",
                    "pattern": r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)?)?$",
                },
                "paragraphs": {"type": "array", "items": _object({"text": _STR, "span": _SPAN})},
                "quotes": {
                    "type": "array",
                    "items": _object(
                        {
                            "text": _STR,
                            "speaker": _NSTR,
                            "speaker_mention": _NSTR,
                            "speaker_title": _NSTR,
                            "cue": _NSTR,
                            "paragraph": {"type": "integer", "minimum": 0},
                            "kind": {"enum": ["direct", "partial", "indirect"]},  # indirect: reported speech
                            "span": _SPAN,
                        },
                        "speech: direct and partial quotes (span includes the marks) and reported "
                        "speech (kind indirect: text and span are the reported content, cue the verb)",
                    ),
                },
                "credits": {
                    "type": "array",
                    "items": _object({"role": {"enum": roles}, "name": _STR, "raw": _STR, "span": _SPAN}),
                },
                "editor": _NSTR,
                "copyright": _nullable(
                    _object(
                        {"raw": _STR, "holder": _NSTR, "year": {"type": ["integer", "null"]}, "span": _SPAN}
                    )
                ),
                "other_lines": {
                    "type": "array",
                    "items": _object({"kind": _STR, "raw": _STR, "span": _SPAN}),
                },
                "warnings": {"type": "array", "items": _STR},
            }
        ),
    }
