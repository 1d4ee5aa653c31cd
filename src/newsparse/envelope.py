"""Wire envelopes: the markup and records raw agency files carry around the story.

Placeholder stage: plain copy passes through untouched.
"""

from __future__ import annotations

from dataclasses import dataclass

from .layout import Seg
from .model import Header, OtherLine, Title


@dataclass
class Hints:
    title: Title | None = None
    header: Header | None = None
    year: int | None = None


def unwrap(text: str, segs: list[Seg]) -> tuple[list[Seg], list[OtherLine], Hints]:
    return segs, [], Hints()
