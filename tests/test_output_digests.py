"""The parser's output on our own fixtures and samples (three layouts each) is what
bench/outputs.sha256 recorded: a change of output is a deliberate `python bench/outputs.py bless`,
never a side effect of a speed change."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _outputs_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("bench_outputs", ROOT / "bench" / "outputs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_outputs"] = module
    spec.loader.exec_module(module)
    return module


def test_every_fixture_and_sample_output_matches_its_recorded_digest() -> None:
    outputs = _outputs_module()
    recorded = outputs.read_digests()
    now = {name: outputs.digest(text) for name, text in outputs.own_outputs().items()}
    assert len(now) >= 3 * 140  # fixtures and samples, three layouts each
    moved = outputs.changed(recorded, now)
    assert moved == [], (
        f"{len(moved)} outputs differ from bench/outputs.sha256 (first: {moved[:5]}); if the change of "
        "output is meant, run `python bench/outputs.py bless` and say why in the commit"
    )


def test_a_changed_output_is_reported() -> None:
    outputs = _outputs_module()
    recorded = outputs.read_digests()
    name = next(iter(recorded))
    now = dict(recorded, **{name: outputs.digest("{}")})
    assert outputs.changed(recorded, now) == [name]
