"""The model's __init__ methods written out (slot setters, not the eight ``object.__setattr__`` the
generated ones call) build what the generated ones build: Paragraph, OtherLine and Credit (whose
generated __post_init__ kept the name on one line) against dataclasses of the same fields made by
``dataclasses.dataclass`` itself; Quote's is checked in tests/test_quote_scan.py. Each check is shown
to catch a form deliberately broken.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable
from typing import Any

import pytest

from newsparse.model import Credit, OtherLine, Paragraph


@dataclasses.dataclass(frozen=True, slots=True)
class _ParagraphBefore:
    text: str
    span: tuple[int, int] = dataclasses.field(default=(0, 0), compare=False, repr=False)


@dataclasses.dataclass(frozen=True, slots=True)
class _OtherLineBefore:
    kind: str
    raw: str
    span: tuple[int, int] = dataclasses.field(default=(0, 0), compare=False, repr=False)


@dataclasses.dataclass(frozen=True, slots=True)
class _CreditBefore:
    role: str
    name: str
    raw: str
    span: tuple[int, int] = dataclasses.field(default=(0, 0), compare=False, repr=False)

    def __post_init__(self) -> None:
        value = self.name
        if value and ("\n" in value or "\r" in value or "\t" in value):
            object.__setattr__(self, "name", " ".join(value.split()))


PIECES = ["", "Desy", "Desy Saputra", "\n", "\r\n", "\t", " ", "  x ", "a\nb", "\u00a0", "é"]


def _value(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 4)))


def _fields(element: Any) -> tuple[Any, ...]:
    return tuple(getattr(element, f.name) for f in dataclasses.fields(element))


CASES: list[tuple[type, type, int]] = [
    (Paragraph, _ParagraphBefore, 1),
    (OtherLine, _OtherLineBefore, 2),
    (Credit, _CreditBefore, 3),
]


def _differ(new: Callable[..., Any], old: type, strings: int) -> list[tuple[Any, ...]]:
    rng = random.Random(strings)
    differ = []
    names = [f.name for f in dataclasses.fields(old)]
    for _ in range(2000):
        args = tuple(_value(rng) for _ in range(strings))
        full = (*args, (rng.randint(0, 9), rng.randint(10, 20)))
        for call in (args, full):
            if _fields(new(*call)) != _fields(old(*call)):
                differ.append(call)
        if _fields(new(**dict(zip(names, full, strict=True)))) != _fields(old(*full)):
            differ.append(full)
    return differ


@pytest.mark.parametrize(("new", "old", "strings"), CASES, ids=["paragraph", "other", "credit"])
def test_written_init_is_the_generated_one(new: type, old: type, strings: int) -> None:
    assert _differ(new, old, strings) == []
    a = new(*["x\ny"] * strings, span=(3, 9))
    b = old(*["x\ny"] * strings, span=(3, 9))
    assert repr(a) == repr(b).replace(old.__name__, new.__name__)
    assert a == new(*["x\ny"] * strings) and hash(a) == hash(new(*["x\ny"] * strings))  # spans do not compare
    assert _fields(dataclasses.replace(a, span=(0, 1))) == _fields(dataclasses.replace(b, span=(0, 1)))
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.span = (0, 0)


def test_init_check_catches_a_broken_form() -> None:
    """The check fails for a Credit whose name is left as given (a hard wrap kept)."""

    def kept(role: str, name: str, raw: str, span: tuple[int, int] = (0, 0)) -> Credit:
        c = Credit(role, "", raw, span)
        object.__setattr__(c, "name", name)
        return c

    assert _differ(kept, _CreditBefore, 3)
