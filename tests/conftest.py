from __future__ import annotations

import atexit
import os
import shutil
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
if "NEWSPARSE_CACHE_DIR" not in os.environ:
    _TEST_CACHE = tempfile.mkdtemp(prefix="newsparse-test-cache-")
    os.environ["NEWSPARSE_CACHE_DIR"] = _TEST_CACHE
    # registered before newsparse saves its cache at exit, so it runs after (atexit runs last first)
    atexit.register(shutil.rmtree, _TEST_CACHE, ignore_errors=True)


def story_texts(corpus_limit: int | None = None) -> list[str]:
    """The fixtures' and samples' stories, then the dev stories when the corpus is there (the first
    ``corpus_limit`` of them); a file that is not UTF-8 is left out."""
    paths = [*FIXTURES.glob("*/*.txt"), *SAMPLES.glob("*.txt")]
    if CORPUS.exists():
        paths += sorted(CORPUS.glob("*/*.txt"))[:corpus_limit]
    out = []
    for p in paths:
        try:
            out.append(p.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            continue
    return out


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
