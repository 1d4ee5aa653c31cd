from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SAMPLES = ROOT / "samples"
SEED = SAMPLES / "antara-nato-2014.txt"
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"

# the tests keep newsparse's cache of compiled patterns out of the user's home (set before any
# test module imports newsparse, which compiles its patterns on import)
os.environ.setdefault("NEWSPARSE_CACHE_DIR", tempfile.mkdtemp(prefix="newsparse-test-cache-"))


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
