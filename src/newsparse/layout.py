"""Layout: the decoded text cut into line segments, and body segments grouped into paragraphs.

Every later stage works on ``Seg`` objects: ``(start, end)`` offsets into the one decoded string,
so spans stay exact for free. Paragraph grouping decides the story's layout from the text itself:
blank-line paragraphs, one paragraph per line, or hard-wrapped lines (a line ends where the next
word would not have fitted, and an indented line opens a new paragraph, as in old Reuters wire):

    NEW YORK, March 3 - Shares of the company rose sharply on
the news, traders said.

Lines that lost their paragraph breaks are cut first (``split_breaks``): a sentence end glued to
the next sentence, and in a one-line scrape runs of spaces and the rows of a flattened table
("...in a coffin.  Several hours before"). After grouping, a short heading between two paragraphs
is a crosshead (``find_subheads``), not a paragraph.
"""

from __future__ import annotations

import itertools
import re
import string
from bisect import bisect_left

from .cache import dataclass, regex
from .patterns import ASCII_DIGIT, LETTERS, LINE_BREAK, clean, ends_sentence


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

    # (built directly, not by ``dataclasses.replace``, which costs several times as much: these run
    # on many lines of every story)
    def moved(self, start: int, end: int) -> Seg:
        """The same piece of its line, over ``start``-``end``."""
        return Seg(start, end, self.line, self.indent, self.gap_before, self.width, self.opens_line)

    def after_gap(self) -> Seg:
        """The same piece, with a gap before it."""
        return Seg(self.start, self.end, self.line, self.indent, True, self.width, self.opens_line)


def split_lines(text: str) -> list[Seg]:
    """One Seg per non-blank line, whatever the line breaks (LF, CRLF, CR)."""
    if "\r" not in text and "\u2028" not in text and "\u2029" not in text:
        return _split_lf(text)  # most stories: LF only, one split in C instead of a match per line
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


def _split_lf(text: str) -> list[Seg]:
    """split_lines of a text whose only line break is LF."""
    segs: list[Seg] = []
    pos = 0
    gap = False
    for number, line in enumerate(text.split("\n")):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            start = pos + lead
            segs.append(Seg(start, start + len(stripped), number, lead, gap, lead + len(stripped)))
            gap = False
        else:
            gap = True
        pos += len(line) + 1
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
    # wrapped copy whose paragraphs are set apart by blank lines or indents: a line break alone never
    # ends a paragraph there ("...in the health community.\nThe issue also will top ...")
    marked = sum(seg.gap_before for seg in body) >= 2 or sum(seg.indent > base_indent for seg in body) >= 3
    paragraphs: list[tuple[int, int]] = []
    start, prev = body[0].start, body[0]
    for seg in body[1:]:
        if _continues(text, prev, seg, wrap, base_indent, marked):
            prev = seg
            continue
        paragraphs.append((start, prev.end))
        start, prev = seg.start, seg
    paragraphs.append((start, prev.end))
    return paragraphs


def _continues(text: str, prev: Seg, seg: Seg, wrap: int | None, base_indent: int, marked: bool) -> bool:
    """Does seg carry on the paragraph prev belongs to?"""
    if seg.line == prev.line or not seg.opens_line:
        return False
    line = text[prev.start : prev.end]
    if "&" in line:  # "Serangan Israel&nbsp;" ends with a space, not a semicolon
        line = clean(line)
    nxt = text[seg.start : seg.end]
    if seg.gap_before:  # a blank line inside a sentence: "...kalau buat juga dosa\n\ndengan ALLAH."
        blank = not text[prev.end : seg.start].strip()  # no line set aside between them
        return blank and nxt[:1].islower() and not ends_sentence(line) and line[-1:] not in ":"
    if wrap is not None:
        if seg.indent > base_indent:  # an indented line opens a paragraph
            return False
        if marked or nxt[:1].islower():  # "...from U.S.\ndefense sources."
            return True
        first_word = nxt.split(None, 1)[0]
        fits = prev.width + 1 + len(first_word) <= wrap
        return not (fits and ends_sentence(line))
    # not a wrapped story: one paragraph per line, unless the line plainly breaks mid-sentence
    return _mid_sentence(line, nxt)


def _mid_sentence(line: str, nxt: str) -> bool:
    last, first = line[-1:], nxt[:1]
    # a long line that stops on a word, with no mark at all, was broken mid-sentence:
    # "...ditransaksikan antarbank di Jakarta pada\nKamis pagi melemah 23 poin"
    broken = len(line) >= BROKEN_LINE and last.isalpha()
    return not ends_sentence(line) and (
        first.islower() or last in ",;-(" or line[-3:].lower() == "dan" or broken
    )


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


# A run of two or more spaces, no-break spaces or their mojibake ("Â\u00a0"): in a one-line scrape,
# where a paragraph break was ("...in a coffin.  Several hours before", "...handal.\u00a0 \u00a0 TN Wakatobi")
BREAK_RUN = regex("(?:\u00c2?\u00a0|[ \t]){2,}")
# a sentence end glued to the next sentence: 'mereka."Tawaran', "tutup.Salam", "Oct. 25.A Meta"
GLUED_STOP = regex('[.!?]["\u201d\u2019]?(?=["\u201c]?[A-Z])')
ONE_LINE_SHARE = 0.4  # a line holding this share of the story's text is a one-line scrape
BREAK_RUN_MIN = 250  # shorter lines are hard-wrapped or real paragraphs
SENTENCE_RUNS = 0.6  # the share of runs after a sentence end (or a heading) that makes runs breaks
HEADING = 60  # a piece this short between runs is a heading or a contact line
# a table row's number: after ")" or a run of spaces, before a capitalised word ("\u00a0 2 Gula Pasir")
TABLE_ROW = regex("(?:(?<=\\))|(?<=[ \t\u00a0]{2}))(\\d{1,2})\\s+(?=[A-Z][a-z])")
ROWS_MIN = 3
CREDIT_TAIL = 40  # a glued stop this near a line's end, before a slash, ends a caption
# an ad script a scrape glued to a line: "... COPYRIGHT © ANTARA 2020 (adsbygoogle = window.adsbygoogle || []).push({});"
AD_SCRIPT = regex(r"\(\s*adsbygoogle\s*=\s*window\.adsbygoogle\s*\|\|\s*\[\]\s*\)\.push\(\s*\{\s*\}\s*\);?")


def split_breaks(text: str, segs: list[Seg]) -> list[Seg]:
    """Cut lines at paragraph breaks that lost their newline: glued sentence ends anywhere, and
    runs of spaces in a one-line scrape. The pieces after the first open no line, so each is
    a paragraph of its own (or a line that the later stages classify)."""
    total = sum(seg.end - seg.start for seg in segs)
    stops = glued_stops(text)  # once for the story; most lines have none
    starts = [m.start() for m in stops]
    ads = "adsbygoogle" in text
    out: list[Seg] = []
    for seg in segs:
        first = bisect_left(starts, seg.start)
        last = bisect_left(starts, seg.end, first)
        cuts = _glued_cuts(text, seg.start, seg.end, stops[first:last]) if first < last else []
        if ads and "adsbygoogle" in text[seg.start : seg.end]:  # the script is a piece of its own
            for m in AD_SCRIPT.finditer(text, seg.start, seg.end):
                cuts.extend(((m.start(), m.start()), (m.end(), m.end())))
        if seg.end - seg.start >= max(BREAK_RUN_MIN, ONE_LINE_SHARE * total):
            cuts.extend(_run_cuts(text, seg.start, seg.end))
            cuts.extend(_row_cuts(text, seg.start, seg.end))
        if not cuts:
            out.append(seg)
            continue
        a = seg.start
        for cut_start, cut_end in sorted(cuts):
            if cut_start >= a:
                add_piece(out, text, seg, a, cut_start)
                a = cut_end
        add_piece(out, text, seg, a, seg.end)
    return out


# what may follow a sentence mark where GLUED_STOP matches: a capital, or a quote mark before one
_GLUED_NEXT = frozenset('"\u201d\u2019\u201c') | frozenset(string.ascii_uppercase)


def glued_stops(text: str) -> list[re.Match[str]]:
    """``list(GLUED_STOP.finditer(text))``, cheaper: each sentence mark found by ``str.find`` (a scan in
    C), the pattern tried only where a capital or a quote mark follows it. (The pattern's own scan
    tests every character of the story against its first characters.) A match never holds a
    sentence mark after its first character, so the matches at the marks are finditer's."""
    at = []
    for mark in ".!?":
        i = text.find(mark)
        while i >= 0:
            if text[i + 1 : i + 2] in _GLUED_NEXT:
                at.append(i)
            i = text.find(mark, i + 1)
    at.sort()
    return [m for i in at if (m := GLUED_STOP.match(text, i)) is not None]


def add_piece(out: list[Seg], text: str, seg: Seg, a: int, b: int) -> None:
    """The piece of seg between a and b, stripped, unless blank; only the line's first piece opens it."""
    first = a == seg.start
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if a == b:
        return
    if first:
        out.append(seg.moved(a, b))
    else:
        out.append(Seg(a, b, seg.line, 0, False, seg.width, False))


WORD_BACK = 40  # how far back a glued stop looks for the start of its word


def _glued_cuts(text: str, start: int, end: int, stops: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Where a sentence end runs into the next sentence with no space between (``stops``: the
    GLUED_STOP matches inside the line, in order)."""
    cuts = []
    quotes, counted = 0, start  # straight quote marks before the stop, counted as the line is read
    for m in stops:
        stop = m.start()
        before = text[stop - 1] if stop > start else ""
        if not (before.islower() or before.isdigit() or before in ")%\u201d\u2019\"'"):  # 'unclear”.Many'
            continue
        word_start = stop
        while word_start > max(start, stop - WORD_BACK) and not text[word_start - 1].isspace():
            word_start -= 1
        word = text[word_start:stop].removeprefix("@")  # "@psglow.Seakan": a handle ends the sentence
        mark = m.group(0)[1:]
        short = len(word) < (2 if word.isdigit() else 4)  # "Oct. 25.A Meta" is a stop, "dr.Sutomo" is not
        guard = ".@:/" if before.isalpha() else ".@:"  # "(4/3/2024).Penutupan" is a stop
        if not mark and (short or any(c in word for c in guard)):
            continue  # "Jl.Sudirman", "U.S.Army", "www.Example": not a sentence end
        if end - m.end() <= CREDIT_TAIL and "/" in text[m.end() : end]:
            continue  # a photo credit glued to its caption: "... 2024.HO-Pertamina/pri."
        cut = m.end()
        if mark == '"':
            quotes += text.count('"', counted, stop)
            counted = stop
            if quotes % 2 == 0:
                cut = m.end() - 1  # the mark opens the next sentence: 'elektronik."Ini sesuai ..."'
        cuts.append((cut, cut))
    return cuts


def _run_cuts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Runs of spaces that stand where paragraph breaks were: most of them after a sentence end."""
    runs = [(m.start(), m.end()) for m in BREAK_RUN.finditer(text, start, end)]
    runs = [(a, b) for a, b in runs if start < a and b < end]
    if len(runs) < 2:
        return []
    # a run after a sentence end, or after a short piece (a crosshead, a contact line), ends a block;
    # never one before a lower-case word ("The river  burst its banks")
    ends = [start, *(b for _, b in runs)]
    after_stop = sum(
        not text[b].islower()
        and (ends_sentence(text[max(start, a - 3) : a]) or text[a - 1] == ")" or _heading(text[ends[n] : a]))
        for n, (a, b) in enumerate(runs)
    )
    if after_stop < SENTENCE_RUNS * len(runs):
        return []
    # the mojibake of a run ("Â\u00a0") is text: it opens the piece after, whose cleaned text drops it,
    # so no character is lost
    return [(a, _run_text_start(text, a, b)) for a, b in runs if not text[b].islower()]


def _run_text_start(text: str, a: int, b: int) -> int:
    """Where the first non-blank character of the run a..b stands (b when it is all blank)."""
    for i in range(a, b):
        if not text[i].isspace():
            return i
    return b


def _row_cuts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The rows of a numbered table flattened into the line, each row a paragraph: numbers 1, 2, 3 ...
    in turn, each after a run of spaces or glued to the row before ("...persen)\u00a0 9 Cabe Merah
    ... persen)10 Cabe Merah Biasa"); at least three of them."""
    cuts: list[tuple[int, int]] = []
    for m in TABLE_ROW.finditer(text, start, end):
        if int(m.group(1)) == len(cuts) + 1:
            cuts.append((m.start(), m.start()))
    return cuts if len(cuts) >= ROWS_MIN else []


def _heading(piece: str) -> bool:
    """A short piece of words, no figures: a crosshead or a name ("SECOND QUAKE", "Frank Winther"),
    not a table cell ("Rp 8.282,36")."""
    return len(piece) <= HEADING and len(LETTERS.findall(piece)) >= 2 and ASCII_DIGIT.search(piece) is None


SUBHEAD_MAX = 80  # characters
BROKEN_LINE = 60  # a line this long that ends on a bare word goes on in the next
SUBHEAD_WORDS = 10
SPEECH_MARKS = '"\u201c\u201d\u201e\u00ab\u00bb'


def find_subheads(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """The paragraphs that are crossheads: a short heading between two body paragraphs, no sentence
    end, not speech, and not one of a run of short lines (a list is body text).

        ...the night outside, and dozens of tents were pitched.
        SECOND QUAKE
        It was the second strong quake to hit the province..."""
    heads = [b - a <= 2 * SUBHEAD_MAX and _subhead_like(text[a:b]) for a, b in spans]  # length first: cheap
    out = set()
    for i in range(1, len(spans) - 1):
        if heads[i] and not heads[i - 1] and not heads[i + 1] and _opens_sentence(text[slice(*spans[i + 1])]):
            out.add(i)
    return out


def _subhead_like(raw: str) -> bool:
    line = clean(raw) if "&" in raw else " ".join(raw.split())  # "Serangan Israel&nbsp;"
    # the cheap tests first (most short paragraphs end a sentence), the count of words last
    if not 0 < len(line) <= SUBHEAD_MAX or ends_sentence(line) or line[-1] in ",;:(":
        return False
    if any(mark in line for mark in SPEECH_MARKS):
        return False
    first = line.lstrip("-\u2013\u2014\u2022* ")[:1]
    return (first.isupper() or first.isdigit()) and 1 <= len(LETTERS.findall(line)) <= SUBHEAD_WORDS


def _opens_sentence(raw: str) -> bool:
    first = raw.lstrip(SPEECH_MARKS + "'\u2018 ")[:1]
    return first.isupper() or first.isdigit()
