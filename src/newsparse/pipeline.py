"""parse(): text in, Story out. Layout -> footers -> line kinds -> header -> paragraphs -> quotes.

Each stage hands on offsets into the one decoded string; nothing here does I/O.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import replace

from . import envelope
from .blocks import mark_bare_bylines, mark_notebook, split_related, unmark_wrapped_stamps
from .dates import find_year
from .header import field_dateline, match_dateline
from .lang import CODES, Lang, load, load_all
from .layout import Seg, find_subheads, group_paragraphs, split_breaks, split_lines
from .model import Copyright, Credit, Header, OtherLine, Paragraph, Source, Story, Title
from .patterns import ENTITY, LETTERS, MOJIBAKE, clean, ends_sentence
from .quotes import find_quotes
from .tail import Element, classify, credit_group_open, footer_hints, split_glued
from .tail import rules as tail_rules

SEPARATORS = "|·•"  # between footers glued on one line
TOP = 8  # the dateline is looked for among the first body lines only


def parse(text: str, *, language: str | None = None, source: Source | None = None) -> Story:
    """Take one wire story apart. Pure: no I/O; never raises on any str."""
    lang = load_all()
    warnings: list[str] = []
    segs, others, hints = envelope.unwrap(text, split_lines(text))
    segs = split_related(text, split_breaks(text, segs), lang)
    segs = _cut_footers(text, _join_credit_groups(text, segs), lang)
    kinds: list[list[Element] | None] = [classify(text[s.start : s.end], s.start, lang) for s in segs]
    unmark_wrapped_stamps(text, segs, kinds)
    mark_notebook(text, segs, kinds, lang)
    mark_bare_bylines(text, segs, kinds, lang)

    year = hints.year or _year_hint(kinds)
    if hints.body_start is not None:  # text before a body marker that nothing claimed is envelope
        for i, seg in enumerate(segs):
            if kinds[i] is None and seg.end <= hints.body_start:
                kinds[i] = [OtherLine("envelope", text[seg.start : seg.end], (seg.start, seg.end))]
    body = [i for i, k in enumerate(kinds) if k is None]
    if hints.dateline is not None:
        header = field_dateline(text, *hints.dateline, lang, year)
        title, placed = None, [(i, segs[i]) for i in body]
    else:
        header, title, placed = _find_header(text, segs, body, lang, year, others)
    body_segs = _mark_gaps(placed)
    if hints.title is not None:  # the envelope's headline field beats a line that looks like one
        if title is not None and title.span != hints.title.span:
            others.append(OtherLine("preamble", text[slice(*title.span)], title.span))
        title = hints.title

    for kind in kinds:
        for element in kind or ():
            if isinstance(element, OtherLine):
                others.append(element)
    credits = sorted(
        [*hints.credits, *(e for kind in kinds for e in kind or () if isinstance(e, Credit))],
        key=lambda c: c.span[0],
    )
    copyrights = [e for kind in kinds for e in kind or () if isinstance(e, Copyright)]
    copyright = copyrights[0] if copyrights else None
    for extra in copyrights[1:]:
        others.append(OtherLine("copyright", extra.raw, extra.span))

    spans = group_paragraphs(text, body_segs)
    subheads = find_subheads(text, spans)
    others.extend(OtherLine("subhead", text[a:b], (a, b)) for n, (a, b) in enumerate(spans) if n in subheads)
    paragraphs = tuple(
        Paragraph(clean(text[a:b]), (a, b)) for n, (a, b) in enumerate(spans) if n not in subheads
    )
    code = language or detect_language(" ".join(p.text for p in paragraphs[:6]))
    quotes = find_quotes(text, paragraphs)
    if not paragraphs and text.strip():
        warnings.append("no body text found")
    warnings.extend(_repair_notes(text, others))
    others.sort(key=lambda o: o.span)
    return Story(
        source=source or Source(),
        language=code,
        title=title,
        header=header,
        paragraphs=paragraphs,
        quotes=quotes,
        credits=tuple(credits),
        copyright=copyright,
        other_lines=tuple(others),
        warnings=tuple(warnings),
    )


# a story that takes every stage through its patterns: a dateline, a quote with a speaker, credits
WARM_UP = (
    'JAKARTA, 1 April (ANTARA) - "Kami siap," kata Menteri Budi Santoso, Senin (1/4). Dia mengatakan itu.\n\n'
    "Menurut John Smith, he said it.\nBaca juga: X\nEditor: Ani Lestari\nCopyright \u00a9 ANTARA 2024"
)


def warm_up() -> None:
    """Build every stage's patterns now. A process about to fork workers does this once for all of
    them (they inherit the compiled patterns), and it fills the cache for later runs."""
    parse(WARM_UP)


def _repair_notes(text: str, others: list[OtherLine]) -> list[str]:
    """What the element texts had repaired, so a user knows the text was not clean."""
    notes = []
    if MOJIBAKE.search(text):
        notes.append("mojibake repaired (UTF-8 text that was read as cp1252 or latin-1)")
    if ENTITY.search(text):
        notes.append("HTML entities decoded")
    if any(o.kind == "envelope" and o.raw.startswith("<") for o in others):
        notes.append("markup tags set aside as envelope lines; block tags taken as paragraph breaks")
    return notes


def _join_credit_groups(text: str, segs: list[Seg]) -> list[Seg]:
    """A bracketed credit group that a hard wrap broke over two lines is one segment:
    "(Reporting by A; Editing by B and\nC)"."""
    group_open = credit_group_open(load_all())
    out: list[Seg] = []
    for seg in segs:
        prev = out[-1] if out else None
        if (
            prev is not None
            and not seg.gap_before
            and seg.line == prev.line + 1
            and group_open.search(text, max(prev.start, prev.end - 300), prev.end)
            and text[seg.start : seg.end].rstrip(". ").endswith(")")
            and "(" not in text[seg.start : seg.end]
        ):
            out[-1] = replace(prev, end=seg.end, width=max(prev.width, seg.width))
            continue
        out.append(seg)
    return out


def _cut_footers(text: str, segs: list[Seg], lang: Lang) -> list[Seg]:
    out: list[Seg] = []
    hints = footer_hints(text, tail_rules(lang))
    for seg in segs:
        at = bisect_left(hints, seg.start)
        if at == len(hints) or hints[at] >= seg.end:  # nothing in the line a footer starts with
            out.append(seg)
            continue
        pieces = split_glued(text[seg.start : seg.end], seg.start, lang)
        if not pieces:
            out.append(seg)
            continue
        for n, (a, b) in enumerate(pieces):
            a, b = a + seg.start, b + seg.start
            while a < b and (text[a].isspace() or text[a] in SEPARATORS):
                a += 1
            while b > a and (text[b - 1].isspace() or text[b - 1] in SEPARATORS):  # "Penulis: X | Editor: Y"
                b -= 1
            if a < b:
                out.append(
                    replace(seg, start=a, end=b, opens_line=n == 0, gap_before=seg.gap_before and n == 0)
                )
    return out


def _year_hint(kinds: list[list[Element] | None]) -> int | None:
    """The story's year when a dateline omits it: a timestamp line first, then the copyright line."""
    for want in ("timestamp", "copyright"):
        for kind in kinds:
            for e in kind or ():
                is_stamp = want == "timestamp" and isinstance(e, OtherLine) and e.kind == "timestamp"
                if is_stamp and (y := find_year(e.raw)) is not None:
                    return y
                if want == "copyright" and isinstance(e, Copyright) and e.year:
                    return e.year
    return None


def _title_like(raw: str) -> bool:
    stripped = raw.strip()
    return (
        0 < len(stripped) <= 200
        and not stripped.endswith((".", ",", ";", ":"))
        and len(LETTERS.findall(stripped)) <= 30
    )


def _mark_gaps(placed: list[tuple[int, Seg]]) -> list[Seg]:
    """A line taken out of the body (a caption, "Baca juga") separates paragraphs like a blank line.

    ``placed`` pairs each body segment with the index of the segment it came from."""
    out: list[Seg] = []
    prev = None
    for i, seg in placed:
        if prev is not None and i > prev + 1 and not seg.gap_before:
            seg = replace(seg, gap_before=True)
        out.append(seg)
        prev = i
    return out


def _find_header(
    text: str, segs: list[Seg], body: list[int], lang: Lang, year: int | None, others: list[OtherLine]
) -> tuple[Header | None, Title | None, list[tuple[int, Seg]]]:
    """The dateline among the first body lines, the title above it, the body segments after it
    (each with the index of the segment it came from)."""
    header = None
    at = -1
    for n, i in enumerate(body[:TOP]):  # agency or date in the dateline: anywhere near the top
        found = match_dateline(text, segs[i].start, segs[i].end, lang, weak=False, year=year)
        if found:
            header, at = found, n
            break
    if header is None:
        # a bare city ("KUALA LUMPUR:", "Jakarta -") only opens the body: on the first line, or under
        # a title, byline and the like -- never after a real paragraph (a subhead "CLAIMS — For years")
        for n, i in enumerate(body[:TOP]):
            found = match_dateline(text, segs[i].start, segs[i].end, lang, weak=True, year=year)
            if found and (n == 0 or segs[i].end - found.end >= 40):
                header, at = found, n
                break
            if not _title_like(text[segs[i].start : segs[i].end]):
                break
    title = None
    placed: list[tuple[int, Seg]] = []
    if header is not None:
        above = body[:at]
        if above and not _is_lead(text[segs[above[0]].start : segs[above[0]].end]):
            t = segs[above[0]]
            title = Title(clean(text[t.start : t.end]), (t.start, t.end))
            above = above[1:]
        for i in above:
            s = segs[i]
            raw = text[s.start : s.end]
            if _is_lead(raw):  # a summary paragraph above the dateline is body text
                placed.append((i, s))
            else:
                others.append(OtherLine(_preamble_kind(raw), raw, (s.start, s.end)))
        seg = segs[body[at]]
        if header.end < seg.end:  # the rest of the dateline's line opens the first paragraph
            placed.append((body[at], replace(seg, start=header.end)))
        rest = body[at + 1 :]
    else:
        rest = body
        if len(body) >= 2:
            t = segs[body[0]]
            raw = text[t.start : t.end]
            nxt = segs[body[1]]
            if _title_like(raw) and nxt.end - nxt.start > len(raw) and not ends_sentence(raw):
                title = Title(clean(raw), (t.start, t.end))
                rest = body[1:]
    placed.extend((i, segs[i]) for i in rest)
    return (header.header if header else None), title, placed


def _is_lead(raw: str) -> bool:
    """A lead or summary paragraph above the dateline: whole sentences, not a caption or a byline."""
    return ends_sentence(raw) and len(LETTERS.findall(raw)) >= 12


def _preamble_kind(raw: str) -> str:
    """Between the title and the dateline: a long line is a caption the patterns did not know,
    a short one a kicker, byline or label."""
    return "caption" if len(raw) > 60 else "preamble"


def detect_language(text: str) -> str | None:
    """id, en or ms by counting each language's common words; None when there is too little text."""
    counts = Counter(LETTERS.findall(text[:4000].lower()))
    if counts.total() < 5:
        return None
    scores = {code: sum(counts[w] for w in load(code).detect_words & counts.keys()) for code in CODES}
    best = max(scores, key=lambda c: (scores[c], c == "id"))
    return best if scores[best] else None
