"""Passes over the classified lines that need a line's neighbours, not just the line.

A notes-for-editors block under the story (dpa) holds credits among other notes; everything
from its first line on is not body text:

    # Notebook
    ## Editorial contacts
    - Reporting by: Albert Otti in Vienna, Christiane Oelrich in Geneva
      and Helen Corbett in New York

A bare name on its own line above the story's timestamp is its byline ("Juwan Riduan" over
"Disember 19, 2024 @ 4:10pm").
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from .cache import regex
from .lang import Lang
from .layout import Seg
from .model import Credit, OtherLine
from .tail import Element, is_name, parse_credits, rules, split_names

STAMPS = ("timestamp", "reading-time")  # the lines a bare byline stands above
BULLET = regex(r"[-*\u2022\u2013]\s+")


def mark_notebook(text: str, segs: list[Seg], kinds: list[list[Element] | None], lang: Lang) -> None:
    """Take every body line from the notebook's first line on out of the body: its credits as
    credits (a wrapped credit line joined), the rest as "notebook" lines. Changes ``kinds``."""
    starts = _notebook_starts(lang)
    if not starts:
        return
    first = next(
        (i for i, s in enumerate(segs) if " ".join(text[s.start : s.end].split()).lower() in starts), None
    )
    if first is None:
        return
    r = rules(lang)
    i = first
    while i < len(segs):
        if kinds[i] is not None:
            i += 1
            continue
        j = i + 1  # "  and Helen Corbett in New York" carries the credit line on
        while j < len(segs) and kinds[j] is None and not segs[j].gap_before and _carries_on(text, segs[j]):
            j += 1
        a, b = segs[i].start, segs[j - 1].end
        bullet = BULLET.match(text, a, b)
        at = bullet.end() if bullet else a
        credits = parse_credits(text[at:b], at, r) if i > first else None
        if credits:
            kinds[i] = [replace(c, raw=text[a:b], span=(a, b)) for c in credits]
            for k in range(i + 1, j):
                kinds[k] = []
            i = j
            continue
        kinds[i] = [OtherLine("notebook", text[a : segs[i].end], (a, segs[i].end))]
        i += 1


def _carries_on(text: str, seg: Seg) -> bool:
    return text[seg.start : seg.start + 1].islower()


@cache
def _notebook_starts(lang: Lang) -> frozenset[str]:
    return frozenset(" ".join(line.split()).lower() for line in lang.notebook)


def mark_bare_bylines(text: str, segs: list[Seg], kinds: list[list[Element] | None], lang: Lang) -> None:
    """A line of one to four names right above a timestamp line is the byline: a reporter credit.
    Never the story's first line (the title); under a line with no blank between, only when that
    line is in sentence case (a wrapped Title Case headline's second line is not a byline)."""
    r = rules(lang)
    for i in range(1, len(segs) - 1):
        nxt = kinds[i + 1]
        if kinds[i] is not None or not nxt or not (isinstance(nxt[0], OtherLine) and nxt[0].kind in STAMPS):
            continue
        seg = segs[i]
        above = text[segs[i - 1].start : segs[i - 1].end].split()
        if not seg.gap_before and not (any(w[:1].islower() for w in above) and above[-1][:1].isupper()):
            continue  # "60 UMKM binaan Pertamina meriahkan / MotoGP Mandalika": a wrapped headline
        raw = text[seg.start : seg.end]
        names = split_names(r.role_tail.sub("", raw), r)
        if names and len(names) <= 2 and all(is_name(n) and len(n.split()) <= 4 for n in names):
            kinds[i] = [Credit("reporter", n, raw, (seg.start, seg.end)) for n in names]
