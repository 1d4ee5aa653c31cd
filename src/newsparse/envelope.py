"""Markup and wire envelopes around the story: tags, record labels, control characters.

Scraped copy keeps ``<p>``/``<br>`` tags, and raw agency files wrap the story in SGML or records:

    <TITLE>BAHIA COCOA REVIEW</TITLE>
    <DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued throughout the week...
    HEADLINE: Floods hit Kelantan

Tags and record labels become other lines (kind ``envelope``), the text between them is cut into
its own segments (a block tag is a paragraph break), and a headline field becomes the title hint.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .layout import Seg
from .model import Header, OtherLine, Title
from .patterns import TAG, clean

# tags whose text is the headline; record labels that open a line ("HEADLINE: ...")
TITLE_TAGS = {"title", "headline", "hl1", "hedline", "h1"}
RECORD = re.compile(
    r"(?P<label>HEADLINE|DATELINE|BYLINE|BODY|TEXT|SLUG|KEYWORD|SOURCE|SECTION|LENGTH)\s*:\s*"
)
# ANPA-1312 control characters, raw or as the entities Reuters-21578 prints ("&#2;", "&#3;")
CONTROL = re.compile(r"(?:[\x00-\x08\x0b\x0e-\x1f\x7f]|&#(?:[0-9]|[12][0-9]|3[01]);)+")


@dataclass
class Hints:
    title: Title | None = None
    header: Header | None = None
    year: int | None = None


def unwrap(text: str, segs: list[Seg]) -> tuple[list[Seg], list[OtherLine], Hints]:
    hints = Hints()
    others: list[OtherLine] = []
    out: list[Seg] = []
    in_title = False
    pending_gap = False  # a paragraph never runs across an envelope piece
    for seg in segs:
        raw = text[seg.start : seg.end]
        if "<" not in raw and ":" not in raw[:12] and not CONTROL.search(raw):
            out.append(replace(seg, gap_before=True) if pending_gap else seg)
            pending_gap = False
            continue
        cut: list[tuple[int, int, str]] = []  # (start, end, kind) with kind "text" or "envelope"
        pos = seg.start
        for m in _envelope_pieces(text, seg):
            if m[0] > pos:
                cut.append((pos, m[0], "text"))
            cut.append((m[0], m[1], "envelope"))
            pos = m[1]
        if pos < seg.end:
            cut.append((pos, seg.end, "text"))
        if all(kind == "text" for *_, kind in cut):
            out.append(replace(seg, gap_before=True) if pending_gap else seg)
            pending_gap = False
            continue
        first = True
        after_envelope = False
        for a, b, kind in _merge(text, cut):
            piece = text[a:b]
            if kind == "envelope":
                after_envelope = True
                others.append(OtherLine("envelope", piece, (a, b)))
                tag = re.match(r"<\s*(/?)\s*([A-Za-z0-9]+)", piece)
                if tag and tag.group(2).lower() in TITLE_TAGS:
                    in_title = not tag.group(1)
                elif RECORD.match(piece):
                    in_title = piece.upper().startswith("HEADLINE")
                continue
            if in_title and hints.title is None:
                hints.title = Title(clean(piece), (a, b))
                in_title = False
                continue
            out.append(replace(seg, start=a, end=b, gap_before=True, opens_line=first or seg.opens_line))
            first = False
            after_envelope = False
        pending_gap = after_envelope
    return out, others, hints


def _envelope_pieces(text: str, seg: Seg) -> list[tuple[int, int]]:
    pieces = [(m.start(), m.end()) for m in TAG.finditer(text, seg.start, seg.end)]
    pieces += [(m.start(), m.end()) for m in CONTROL.finditer(text, seg.start, seg.end)]
    record = RECORD.match(text, seg.start, seg.end)
    if record:
        pieces.append((record.start(), record.end()))
    return sorted(pieces)


def _merge(text: str, cut: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Trim text pieces, drop empty ones, join neighbouring envelope pieces."""
    out: list[tuple[int, int, str]] = []
    for a, b, kind in cut:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a >= b:
            continue
        if out and kind == "envelope" and out[-1][2] == "envelope":
            out[-1] = (out[-1][0], b, "envelope")
        else:
            out.append((a, b, kind))
    return out
