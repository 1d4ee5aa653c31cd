"""The JSON contract: every fixture's output validates against the published JSON Schema."""

from __future__ import annotations

import pytest

jsonschema = pytest.importorskip("jsonschema")

from newsparse import parse, parse_file  # noqa: E402
from newsparse.schema import json_schema  # noqa: E402

from .conftest import FIXTURES, SEED  # noqa: E402

STORIES = sorted(FIXTURES.glob("*/*.txt"))
VALIDATOR = jsonschema.Draft202012Validator(json_schema())


def test_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(json_schema())


@pytest.mark.parametrize("story", [SEED, *STORIES], ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_output_validates(story) -> None:
    VALIDATOR.validate(parse_file(story).to_dict())


def test_empty_story_validates() -> None:
    VALIDATOR.validate(parse("").to_dict())


def test_error_schema_rejects_a_missing_key() -> None:
    d = parse("Jakarta (ANTARA) - Teks.").to_dict()
    del d["quotes"]
    assert not VALIDATOR.is_valid(d)
