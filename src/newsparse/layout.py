"""Layout: the decoded text cut into line segments, and body segments grouped into paragraphs.

Every later stage works on ``Seg`` objects: ``(start, end)`` offsets into the one decoded string,
so spans stay exact for free. Paragraph grouping decides the story's layout from the text itself:
blank-line paragraphs, one paragraph per line, or hard-wrapped lines (a line ends where the next
word would not have fitted, and an indented line opens a new paragraph, as in old Reuters wire):

    NEW YORK, March 3 - Shares of the company rose sharply on
the news, traders said.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from .patterns import LINE_BREAK, ends_sentence


@dataclass(slots=True)
class Seg:
    """A piece of one line: stripped of surrounding whitespace, never empty."""

    start: int
    end: int
    line: int  # the line number it sits on
    indent: int  # leading whitespace of its line (0 for a piece that does not open the line)
    gap_before: bool  # a blank line (or a line taken out of the body) stands before it
    width: int  # columns the whole line it sits on takes, indent included
    opens_line: bool = True


def split_lines(text: str) -> list[Seg]:
    """One Seg per non-blank line, whatever the line breaks (LF, CRLF, CR)."""
    segs: list[Seg] = []
    pos = 0
    gap = False
    for number, brk in enumerate((*LINE_BREAK.finditer(text), None)):
        end = brk.start() if brk else len(text)
        line = text[pos:end]
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            start = pos + lead
            segs.append(Seg(start, start + len(stripped), number, lead, gap, lead + len(stripped)))
            gap = False
        else:
            gap = True
        if brk is None:
            break
        pos = brk.end()
    return segs


def group_paragraphs(
    text: str, body: list[Seg], *, wrap_from: list[Seg] | None = None
) -> list[tuple[int, int]]:
    """Paragraph spans from the body segments, in order. ``wrap_from`` are the segments the wrap
    width is judged from, when ``body`` is only a few lines of a longer story."""
    if not body:
        return []
    wrap = _wrap_width(text, body if wrap_from is None else wrap_from)
    base_indent = min(seg.indent for seg in body)
    paragraphs: list[tuple[int, int]] = []
    start, prev = body[0].start, body[0]
    for seg in body[1:]:
        if _continues(text, prev, seg, wrap, base_indent):
            prev = seg
            continue
        paragraphs.append((start, prev.end))
        start, prev = seg.start, seg
    paragraphs.append((start, prev.end))
    return paragraphs


def _continues(text: str, prev: Seg, seg: Seg, wrap: int | None, base_indent: int) -> bool:
    """Does seg carry on the paragraph prev belongs to?"""
    if seg.gap_before or seg.line == prev.line or not seg.opens_line:
        return False
    line = text[prev.start : prev.end]
    nxt = text[seg.start : seg.end]
    if wrap is not None:
        if seg.indent > base_indent:  # an indented line opens a paragraph
            return False
        first_word = nxt.split(None, 1)[0]
        fits = prev.width + 1 + len(first_word) <= wrap
        return not (fits and ends_sentence(line))
    # not a wrapped story: one paragraph per line, unless the line plainly breaks mid-sentence
    return _mid_sentence(line, nxt)


def _mid_sentence(line: str, nxt: str) -> bool:
    last, first = line[-1:], nxt[:1]
    return not ends_sentence(line) and (first.islower() or last in ",;-(" or line[-3:].lower() == "dan")


def _wrap_width(text: str, body: list[Seg]) -> int | None:
    """The column a hard-wrapped story was wrapped at, or None when lines are not wrapped.

    Wrapped copy has many lines that run near one width and stop mid-sentence.
    """
    widths = sorted(seg.width for seg in body)
    if len(widths) < 4:
        return None
    width = widths[-2] if len(widths) > 8 else widths[-1]  # one stray long line does not set the width
    if width > 110:
        return None
    pairs = wrapped = 0
    for prev, seg in itertools.pairwise(body):
        if seg.gap_before or seg.line != prev.line + 1:
            continue
        pairs += 1
        full = prev.width >= 0.6 * width
        if full and not ends_sentence(text[prev.start : prev.end]):
            wrapped += 1
    if wrapped >= 2 and wrapped >= 0.3 * pairs:
        return width
    return None
