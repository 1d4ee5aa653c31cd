"""parse(): text in, Story out. Layout -> footers -> line kinds -> header -> paragraphs -> quotes.

Each stage hands on offsets into the one decoded string; nothing here does I/O.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import cache

from . import envelope
from .blocks import mark_bare_bylines, mark_notebook, split_related, unmark_wrapped_stamps
from .cache import regex
from .credits import byline_credits, credit_group_open
from .dates import find_year
from .footers import footer_hints, split_glued
from .footers import rules as footer_rules
from .header import Dateline, field_dateline, glued_dateline, match_dateline, signed_caption, title_stamp
from .lang import Lang, agencies, load_all
from .language import detect_language
from .layout import Seg, find_subheads, group_paragraphs, split_breaks, split_lines
from .model import Copyright, Credit, Header, OtherLine, Paragraph, Source, Story, Title
from .patterns import ASCII_DIGIT, ENTITY, LETTERS, alt, clean, ends_sentence, forget_repairs, has_mojibake
from .speakers import find_quotes
from .stamps import Stamp, read_stamp
from .tail import Element, classify_lines

SEPARATORS = "|·•"  # between footers glued on one line
# a token of a wire slug or code line: letters and digits mixed ("w2161", "&Cx13;"), two hyphens
# ("Peru-Mine-Protest"), or a slashed keyword list ("Peru/mining/")
WIRE_CODE = regex(r"[A-Za-z]\d|\d[A-Za-z]{3}|-\w+-|&|\^|/\w+/|^/")
TOP = 8  # the dateline is looked for among the first body lines (or paragraphs) only
LOOK = 40  # lines grouped into paragraphs to find those first paragraphs
STAMP_WORDS = (
    14  # a timestamp line is a date and a few words ("Report taken from The New York Times, Tuesday, ...")
)
SENTENCE_DATE = regex(
    r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)"
)  # Indonesian copy's date in a sentence: "Minggu (22/9/2024)"
GLUED_LINES = 3  # a dateline glued behind a caption or deck is looked for in the first lines only


def parse(text: str, *, language: str | None = None, source: Source | None = None) -> Story:
    """Take one wire story apart. Pure: no I/O; never raises on any str."""
    lang = load_all()
    forget_repairs()
    warnings: list[str] = []
    segs, others, hints = envelope.unwrap(text, split_lines(text))
    segs = split_related(text, split_breaks(text, segs), lang)
    segs = _cut_end_agency(text, _cut_footers(text, _join_credit_groups(text, segs), lang))
    kinds = classify_lines(text, ((s.start, s.end) for s in segs), lang)
    unmark_wrapped_stamps(text, segs, kinds)
    mark_notebook(text, segs, kinds, lang)
    mark_bare_bylines(text, segs, kinds, lang)

    year = hints.year or _year_hint(kinds)
    if hints.body_start is not None:  # text before a body marker that nothing claimed is envelope
        for i, seg in enumerate(segs):
            if kinds[i] is None and seg.end <= hints.body_start:
                kinds[i] = [OtherLine("envelope", text[seg.start : seg.end], (seg.start, seg.end))]
    for i in range(min(TOP, len(segs))):  # "BEIJING, Dec 18 , 2006": a dateline, not a timestamp line
        kind = kinds[i]
        stamp_line = (
            kind and len(kind) == 1 and isinstance(kind[0], OtherLine) and kind[0].kind == "timestamp"
        )
        # (not "Kompas.com - 03/03/2025, 14:05 WIB": a site's name before its stamp names no city)
        found = stamp_line and match_dateline(text, segs[i].start, segs[i].end, lang, weak=False, year=year)
        if found and (found.header.city is not None or found.header.date is not None):
            kinds[i] = None  # "BERNAMA, Jan 12 2011": an agency in the city's place, with its date
    body = [i for i, k in enumerate(kinds) if k is None]
    header: Header | None = None
    if hints.dateline is not None and not _opens_with_dateline(text, segs, body, lang, year):
        header = field_dateline(text, *hints.dateline, lang, year)
        title, placed = None, [(i, segs[i]) for i in body]
    else:
        if hints.dateline is not None:  # "DATELINE: PARIS" above the body's "PARIS, April 16 (AFP) -"
            others.append(OtherLine("envelope", text[slice(*hints.dateline)], hints.dateline))
        found, title, placed = _find_header(text, segs, body, lang, year, others)
        if found is not None:
            header = found.header
            if found.byline is not None:  # "By Anna Lindqvist STOCKHOLM (Reuters) -"
                a, b = found.byline
                hints.credits.extend(byline_credits(text, a + 2, b, a))
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
    if subheads:  # (most stories have none: one pass over the spans, not two tests a span)
        others.extend(
            OtherLine("subhead", text[a:b], (a, b)) for n, (a, b) in enumerate(spans) if n in subheads
        )
        spans = [span for n, span in enumerate(spans) if n not in subheads]
    paragraphs = tuple(Paragraph(clean(text[a:b]), (a, b)) for a, b in spans)
    code = language or detect_language(
        " ".join(p.text for p in paragraphs[:6]), header.agency if header else None
    )
    stamp, stamp_year = _story_stamp(others, credits, lang, month_first=code == "en")
    year = stamp_year or (copyright.year if copyright else None) or year
    header = _date_header(text, header, stamp, year, lang)
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
        published=stamp.iso(year) if stamp else None,
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
    if has_mojibake(text):
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
    hints = footer_hints(text, footer_rules(lang))
    for seg in segs:
        at = bisect_left(hints, seg.start)
        if at == len(hints) or hints[at] >= seg.end:  # nothing in the line a footer starts with
            out.append(seg)
            continue
        upto = bisect_left(hints, seg.end, at)
        pieces = split_glued(
            text[seg.start : seg.end], seg.start, lang, [h - seg.start for h in hints[at:upto]]
        )
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


@cache
def _end_agency() -> re.Pattern[str]:
    """An agency's name in capitals glued behind the story's last sentence: "... berujung ricuh. ANTARA"."""
    caps = [a for a in agencies()["agencies"]["parenthesised"] if a.isupper() and len(a) > 2]
    return regex(rf"(?<=[.!?\"”’])\s+(?P<agency>\(?(?:{alt(caps, boundary=False)})\)?)\s*$")


def _cut_end_agency(text: str, segs: list[Seg]) -> list[Seg]:
    """The agency glued behind the last sentence, cut into a line of its own (a trailer)."""
    if not segs:
        return segs
    last = segs[-1]
    found = _end_agency().search(text, max(last.start, last.end - 40), last.end)
    if found is None or found.start() <= last.start:
        return segs
    a = found.start("agency")
    return [
        *segs[:-1],
        last.moved(last.start, found.start()),
        Seg(a, last.end, last.line, last.indent, False, last.width, False),
    ]


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


# other lines that never carry the story's own date: it is in a caption, a link, a script
NOT_STAMPS = frozenset(
    {"caption", "related", "embed", "script", "subhead", "copyright", "separator", "contact"}
)


def _story_stamp(
    others: list[OtherLine], credits: list[Credit], lang: Lang, *, month_first: bool
) -> tuple[Stamp | None, int | None]:
    """The stamp that dates the story (the first whole one, else the first without a year) and the
    first year a stamp gives: from timestamp lines, wire lines and bylines, never the body."""
    lines = {o.span: o.raw for o in others if o.kind not in NOT_STAMPS}
    lines.update((c.span, c.raw) for c in credits)  # "By PHILLIP RAWLS  10/ 5/11 09:19 PM ET"
    first = None
    for _, raw in sorted(lines.items()):
        stamp = read_stamp(raw, lang, month_first=month_first)
        if stamp is not None and stamp.year is not None:
            return stamp, stamp.year
        first = first or stamp
    return first, None


def _date_header(
    text: str, header: Header | None, stamp: Stamp | None, year: int | None, lang: Lang
) -> Header | None:
    """The story's date: the dateline's (its year from a stamp or the copyright line when it has
    none), else the day of the story's timestamp line or wire stamp."""
    if header is None or header.date is not None:
        return header
    if ASCII_DIGIT.search(header.raw) is not None:  # a day without its year: read it again with one
        again = match_dateline(text, header.span[0], header.span[1], lang, weak=True, year=year)
        if again is not None and again.header.date is not None:
            return _dated(header, again.header.date)
    return _dated(header, stamp.day_iso(year)) if stamp else header


def _dated(header: Header, date: str | None) -> Header:
    """The header with its date (``dataclasses.replace`` does the same at several times the cost)."""
    return Header(header.raw, header.city, header.region, header.agency, date, header.span)


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
            seg = seg.after_gap()
        out.append(seg)
        prev = i
    return out


def _find_header(
    text: str, segs: list[Seg], body: list[int], lang: Lang, year: int | None, others: list[OtherLine]
) -> tuple[Dateline | None, Title | None, list[tuple[int, Seg]]]:
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
        # a bare city ("KUALA LUMPUR:", "Jakarta -") only opens a paragraph near the top: under a
        # title, a timestamp, a caption -- and on the first line or with a sentence after it
        for block in _blocks(text, segs, body[:LOOK], body)[:TOP]:
            n = block[0]
            i = body[n]
            # the strong pass above failed on each of body[:TOP]: only the weak patterns are left there
            found = match_dateline(
                text, segs[i].start, segs[i].end, lang, weak=True, year=year, retry=n < TOP
            )
            # (or alone on the first line of its paragraph: "Jakarta -" / "Nilai tukar rupiah ...")
            if found and (
                n == 0 or segs[i].end - found.end >= 40 or (len(block) > 1 and found.end >= segs[i].end)
            ):
                header, at = found, n
                break
    if header is None:  # a caption or deck glued before the dateline by a one-line scrape
        for n, i in enumerate(body[:GLUED_LINES]):
            found = glued_dateline(text, segs[i].start, segs[i].end, lang, year)
            if found is not None:
                header, at = found, n
                break
    title = None
    placed: list[tuple[int, Seg]] = []
    if header is not None:
        glued = segs[body[at]].start, header.header.span[0]
        if header.byline is None and glued[0] < glued[1]:
            others.extend(_glued_before(text, *glued, lang))
        above = body[:at]
        lines = [text[segs[i].start : segs[i].end] for i in above]
        pick = _pick_title(lines, lang)
        taken = set()
        if pick is not None:
            taken = {pick}
            last = pick
            while last + 1 < len(above) and _title_goes_on(segs, above, last, lines, lang):
                last += 1
                taken.add(last)
            line = (segs[above[pick]].start, segs[above[last]].end)
            span = _headline(text, *line)
            title = Title(clean(text[slice(*span)]), span)
            # the format's marks ("## ", " =") are an envelope line: no character is outside every span
            for a, b in ((line[0], span[0]), (span[1], line[1])):
                if mark := text[a:b].strip():
                    a = text.index(mark, a)
                    kind = "timestamp" if ASCII_DIGIT.search(mark) else "envelope"  # "4/15/93 1242"
                    others.append(OtherLine(kind, mark, (a, a + len(mark))))
        for n, i in enumerate(above):
            s = segs[i]
            raw = lines[n]
            if n in taken:
                continue
            if _is_lead(raw):  # a summary paragraph above the dateline is body text
                placed.append((i, s))
            elif len(above) > 1 and _is_stamp_line(raw, lang):
                others.append(OtherLine("timestamp", raw, (s.start, s.end)))
            else:
                others.append(OtherLine(_preamble_kind(raw), raw, (s.start, s.end)))
        seg = segs[body[at]]
        if header.end < seg.end:  # the rest of the dateline's line opens the first paragraph
            placed.append((body[at], seg.moved(header.end, seg.end)))
        rest = body[at + 1 :]
        if title is None and header.end >= seg.end and _title_below(text, segs, rest):
            # a dateline alone on its line over the headline: "STOCKHOLM, Aug 29, 2014 (AFP) -" /
            # "Sweden court accepts ..." / a blank line / the body
            t = segs[rest[0]]
            title = Title(clean(text[t.start : t.end]), (t.start, t.end))
            rest = rest[1:]
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
    return header, title, placed


def _title_below(text: str, segs: list[Seg], rest: list[int]) -> bool:
    """Is the line under a dateline that fills its own line the headline: a headline's shape, a
    blank line after it, and a longer paragraph after that?"""
    if len(rest) < 2:
        return False
    t, nxt = segs[rest[0]], segs[rest[1]]
    raw = text[t.start : t.end]
    return nxt.gap_before and t.line + 1 < nxt.line and _headline_like(raw) and nxt.end - nxt.start > len(raw)


def _glued_before(text: str, start: int, end: int, lang: Lang) -> list[OtherLine]:
    """What a one-line scrape glued before the dateline: a caption or a deck, an other line."""
    while end > start and text[end - 1].isspace():
        end -= 1
    raw = text[start:end]
    return [OtherLine(_preamble_kind(raw), raw, (start, end))]


def _title_goes_on(segs: list[Seg], above: list[int], last: int, lines: list[str], lang: Lang) -> bool:
    """Does the line after the headline's last line carry the headline on? A web page wraps a long
    headline: "Warga Garut sambut jembatan baru penghubung" / "dua kecamatan", or
    "Ribuan warga hadiri festival" / "Budaya Nusantara" / "di alun-alun"."""
    if _wrapped_title(segs, above, last, lines, lang, last + 1):
        return lines[last + 1][:1].islower() or _title_run_closes(segs, above, last + 1, lines, lang)
    return False


def _wrapped_title(
    segs: list[Seg], above: list[int], last: int, lines: list[str], lang: Lang, n: int
) -> bool:
    nxt = segs[above[n]]
    raw = lines[n]
    return not (
        nxt.gap_before
        or above[n] != above[n - 1] + 1  # a line between them is something else: a separator, a stamp
        or nxt.line != segs[above[n - 1]].line + 1
        or ends_sentence(lines[n - 1])
        or not _title_like(raw)
        or not _may_title(raw)
        or _is_stamp_line(raw, lang)
        or len(raw) > 90
    )


def _title_run_closes(segs: list[Seg], above: list[int], n: int, lines: list[str], lang: Lang) -> bool:
    """The lines from n on, three at most, all read as a headline's, and a blank line follows them."""
    for k in range(n, min(n + 3, len(above))):
        i = above[k]
        if k > n and not _wrapped_title(segs, above, k - 1, lines, lang, k):
            return False
        if i + 1 >= len(segs) or segs[i + 1].gap_before:
            return True
    return False


def _blocks(text: str, segs: list[Seg], top: list[int], body: list[int]) -> list[list[int]]:
    """The first body lines grouped as the paragraph stage would group them (a headline wrapped
    over two lines is one block), as lists of positions in ``body``."""
    spans = group_paragraphs(text, [segs[i] for i in top], wrap_from=[segs[i] for i in body[:200]])
    out: list[list[int]] = []
    k = 0
    for n, i in enumerate(top):
        while k < len(spans) and spans[k][1] < segs[i].end:
            k += 1
        if out and len(out) == k + 1:
            out[-1].append(n)
        else:
            out.append([n])
    return out


def _opens_with_dateline(text: str, segs: list[Seg], body: list[int], lang: Lang, year: int | None) -> bool:
    return (
        bool(body)
        and match_dateline(text, segs[body[0]].start, segs[body[0]].end, lang, weak=False, year=year)
        is not None
    )


def _pick_title(lines: list[str], lang: Lang) -> int | None:
    """Which line above the dateline is the headline: the first that reads like one (three words
    or more, no sentence end, not a wire slug or code line, not a timestamp), else the first line
    unless it is a lead paragraph. Wire files put slugs, keywords and advisories above the
    headline ("Peru/mining/", "REFILE", "BC-Peru-Mine-Protest"), web pages a
    section name ("Media Industry") or a date line."""
    several = len(lines) > 1
    for n, raw in enumerate(lines):
        if _headline_like(raw) and not (several and _is_stamp_line(raw, lang)):
            return n
    # (never a caption's sentences signed by an agency: "Petugas berjalan ke arah ... Saroso. ANTARA")
    return 0 if lines and not _is_lead(lines[0]) and _may_title(lines[0]) and _title_like(lines[0]) else None


def _headline_like(raw: str) -> bool:
    tokens = raw.split()
    words = [t for t in tokens if LETTERS.search(t)]
    codes = sum(1 for t in tokens if WIRE_CODE.search(t))
    code_line = codes >= 2 and codes * 3 >= len(tokens)
    return (
        len(words) >= 3 and _title_like(raw) and not code_line and not ends_sentence(raw) and _may_title(raw)
    )


def _may_title(raw: str) -> bool:
    """Not a byline ("By Associated Press March 3 at 9:15 AM", "Associated Press Writer") and
    not a gallery counter ("1 / 5")."""
    return (
        LETTERS.search(raw) is not None
        and not raw.startswith(("By ", "By\u00a0", "* ", "\u2022 "))  # Reuters' bullets over the story
        and not (raw[:1] == "(" and raw[-1:] == ")")  # an advisory: "(Adds comments, detail)"
        and not signed_caption(raw)  # a caption over the story: "Petugas berjalan ke ... di Palu. ANTARA"
        and not _affiliation().fullmatch(raw.strip())
    )


@cache
def _affiliation() -> re.Pattern[str]:
    """An agency writer's line under a byline: "Associated Press Writer", "AP Science Writer"."""
    return regex(
        rf"(?:The\s+)?(?:{alt(agencies()['bylines']['agencies'])})(?:\s+[A-Z][a-z]+){{0,2}}\s+(?:Writers?|Correspondents?)"
    )


def _headline(text: str, start: int, end: int) -> tuple[int, int]:
    """A headline's span without the marks of its format: IPTC 7901's end "... could fail =", a
    Markdown heading's "## ", a dataset's "-- ", an archive's stamp before it."""
    if text.endswith(" =", start, end):
        end = len(text[start : end - 1].rstrip()) + start
    if text.startswith("#", start, end):
        while start < end and (text[start] == "#" or text[start].isspace()):
            start += 1
    if text.startswith("--", start, end):  # a dataset's field marker: "-- Farmers protest ..."
        marker = start
        while marker < end and text[marker] == "-":
            marker += 1
        if marker < end and text[marker].isspace():
            start = marker
            while start < end and text[start].isspace():
                start += 1
    start = title_stamp(text, start, end)  # "4/15/93 1242  Turkey sends ...": an archive's stamp
    if text.startswith("_", start, end) and text.endswith("_", start + 1, end):  # "_Five Russian ..._"
        start, end = start + 1, end - 1
    return start, end


def _is_stamp_line(raw: str, lang: Lang) -> bool:
    """A dated line above the dateline that is not the headline: "Selasa, 24 September 2024 15.06
    WIB", "Posted by a reader, Friday, May 8, 1992"."""
    words = len(raw.split())
    if words > STAMP_WORDS or (
        words > 6 and (ends_sentence(raw) or ("/" in raw and SENTENCE_DATE.search(raw)))
    ):
        # a caption's sentence with its date: "Officers inspect the scene, March 3, 2025.", or a line
        # of one wrapped over several, with the date as sentences give it: "... di Kali Bekasi, Minggu (22/9/2024)"
        return False
    stamp = read_stamp(raw, lang)
    return stamp is not None and stamp.year is not None


def _is_lead(raw: str) -> bool:
    """A lead or summary paragraph above the dateline: whole sentences, not a caption or a byline."""
    return ends_sentence(raw) and len(LETTERS.findall(raw)) >= 12


def _preamble_kind(raw: str) -> str:
    """Between the title and the dateline: a long line is a caption the patterns did not know,
    a short one a kicker, byline or label."""
    return "caption" if len(raw) > 60 else "preamble"
