"""Coverage-guided fuzzing of newsparse with atheris (run by hand, not in CI).

    pip install atheris
    python fuzz/fuzz_parse.py -max_total_time=600 -max_len=4096 fuzz/corpus

Each input is decoded the way the CLI decodes a file, parsed, and checked against the span
invariants of tests/invariants.py; a crash or a broken invariant stops the run with the input saved
as crash-<hash>. Add each such input as a regression case in tests/test_robustness.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from newsparse import NewsparseError, parse
    from newsparse.reader import decode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.invariants import check_invariants


def test_one_input(data: bytes) -> None:
    try:
        text, _ = decode(data)
    except NewsparseError:
        return
    check_invariants(text, parse(text))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
