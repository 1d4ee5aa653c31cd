"""The span invariants every parse must keep, shared by the fixture and property tests."""

from __future__ import annotations

import itertools

from newsparse import Quote, Story
from newsparse.patterns import LINE_BREAK, clean


def marked(story: Story) -> list[Quote]:
    """The quotes in marks (direct and partial), without reported speech."""
    return [q for q in story.quotes if q.kind != "indirect"]


def element_spans(story: Story) -> list[tuple[int, int]]:
    """Spans of the elements that partition the input (quotes sit inside paragraphs; credits of one clause share)."""
    spans: set[tuple[int, int]] = set()
    if story.title:
        spans.add(story.title.span)
    if story.header:
        spans.add(story.header.span)
    if story.copyright:
        spans.add(story.copyright.span)
    spans.update(p.span for p in story.paragraphs)
    spans.update(c.span for c in story.credits)
    spans.update(o.span for o in story.other_lines)
    return sorted(spans)


def check_invariants(text: str, story: Story) -> None:
    n = len(text)
    for start, end in element_spans(story) + [q.span for q in story.quotes]:
        assert 0 <= start < end <= n, (start, end, n)
    if story.header:
        assert text[slice(*story.header.span)] == story.header.raw
    if story.copyright:
        assert text[slice(*story.copyright.span)] == story.copyright.raw
    for o in story.other_lines:
        assert text[slice(*o.span)] == o.raw
    for c in story.credits:
        assert text[slice(*c.span)] == c.raw
    if story.title:
        assert clean(text[slice(*story.title.span)]) == story.title.text
    for p in story.paragraphs:
        assert clean(text[slice(*p.span)]) == p.text
    for q in story.quotes:
        assert 0 <= q.paragraph < len(story.paragraphs)
        a, b = story.paragraphs[q.paragraph].span
        assert a <= q.span[0] < b
    # elements do not overlap and come in order
    spans = element_spans(story)
    for (a0, a1), (b0, b1) in itertools.pairwise(spans):
        assert a1 <= b0, f"overlap: {text[a0:a1]!r} / {text[b0:b1]!r}"
    # every non-blank line is accounted for
    pos = 0
    for brk in (*LINE_BREAK.finditer(text), None):
        end = brk.start() if brk else n
        if text[pos:end].strip():
            assert any(s < end and e > pos for s, e in spans), f"line dropped: {text[pos:end]!r}"
        if brk is None:
            break
        pos = brk.end()
