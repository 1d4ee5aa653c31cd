"""The reported-speech stage's cheaper forms give what the forms they stand for give.

``reported._taken`` and ``reported._inside_marks`` test in plain loops what generator expressions
and slices tested. Each is checked against the form it stands for over random stretches, and each
check is shown to catch a form deliberately broken.
"""

from __future__ import annotations

import random
from bisect import bisect_left
from collections.abc import Iterator

from newsparse import reported


def _taken_as_any(taken: list[tuple[int, int]], at: int) -> bool:
    return any(a <= at < b for a, b in taken[-3:])


def _inside_as_sliced(cs: int, ce: int, direct: list[tuple[int, int]]) -> bool:
    for a, b in direct[max(0, bisect_left(direct, (cs, cs)) - 2) :]:
        if a >= ce:
            break
        if min(b, ce) - max(a, cs) > 0.6 * (ce - cs):
            return True
    return False


def _cases(seed: int) -> Iterator[tuple[list[tuple[int, int]], int, int]]:
    rng = random.Random(seed)
    for _ in range(3000):
        spans = sorted(
            (a, a + rng.randint(0, 30)) for a in (rng.randrange(200) for _ in range(rng.randint(0, 8)))
        )
        cs = rng.randrange(200)
        yield spans, cs, cs + rng.randint(1, 60)


def test_taken_and_inside_marks_in_loops() -> None:
    for spans, cs, ce in _cases(7):
        assert reported._taken(spans, cs) == _taken_as_any(spans, cs), (spans, cs)
        assert reported._inside_marks(cs, ce, spans) == _inside_as_sliced(cs, ce, spans), (spans, cs, ce)


def test_loop_checks_catch_broken_forms() -> None:
    """The comparisons above fail for a form that looks at the last two stretches only, and for one
    that takes half a quote for the whole."""
    cases = list(_cases(7))
    assert any(_taken_as_any(s, cs) != any(a <= cs < b for a, b in s[-2:]) for s, cs, _ in cases)

    def half(cs: int, ce: int, direct: list[tuple[int, int]]) -> bool:
        return any(min(b, ce) - max(a, cs) > 0.5 * (ce - cs) for a, b in direct)

    assert any(_inside_as_sliced(cs, ce, s) != half(cs, ce, s) for s, cs, ce in cases)
