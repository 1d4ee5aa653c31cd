"""Quote marks paired into quotes, in one pass over the marks (linear by construction).

Every double mark in the body is found once with one character class, then a small state
machine pairs them by context: a mark after a space opens, a mark before a space or punctuation
closes, whatever its glyph (Kompas prints ” on both sides). A paragraph that leaves a quote open
and a next paragraph that opens with a mark make one quote over several paragraphs:

    "Pertama, kami akan memperkuat patroli.
    "Kedua, kami akan menambah personel," kata dia.

Which quotes are speech and who said them is decided in speakers.py.
"""

from __future__ import annotations

import re

from .cache import dataclass, regex
from .model import Paragraph
from .patterns import DOUBLE_QUOTES, UPPER, clean

# One pass finds every mark: the glyphs, HTML entities left by scrapers, and UTF-8 marks read as
# cp1252 ("â€œ" for “). Mojibake dashes and apostrophes ("â€”", "â€“", "â€™") carry a ” or “ of
# their own, so they are matched and skipped. Every alternative opens with a plain character,
# which lets the regex engine jump between candidate characters instead of trying each position.
MOJI_MARK = "\u00e2\u20ac"
MOJI_SKIP = "\u201d\u201c\u2122\u02dc\u00a6\u00a2\u00a1"  # "â€”" is a dash, not a quote mark
MOJI_GLYPH = {"\u0153": "\u201c", "\u009d": "\u201d", "\ufffd": "\u201d"}
# the same marks read as cp1252 twice ("Ã¢â‚¬Å“" for “, "Ã¢â‚¬Â\x9d" for ”): a dash twice read
# ("Ã¢â‚¬â€\x9d") holds a once-read ” of its own, so the whole run is matched, and skipped
MOJI2_MARK = "\u00c3\u00a2\u00e2\u201a\u00ac"
MOJI2_GLYPH = {"\u00c5\u201c": "\u201c", "\u00c2\u009d": "\u201d", "\u00c2\ufffd": "\u201d"}


ENTITY_GLYPH = {
    "#39": "'",
    "#x27": "'",
    "apos": "'",
    "lsquo": "\u2018",
    "rsquo": "\u2019",
    "#8216": "\u2018",
    "#8217": "\u2019",
    "quot": '"',
    "#34": '"',
    "#x22": '"',
    "ldquo": "\u201c",
    "#8220": "\u201c",
    "rdquo": "\u201d",
    "#8221": "\u201d",
    "bdquo": "\u201e",
    "#8222": "\u201e",
    "laquo": "\u00ab",
    "#171": "\u00ab",
    "raquo": "\u00bb",
    "#187": "\u00bb",
}


# TeX-style marks of AP and UPI wire files: ``Yes,'' he said.
TEX_GLYPH = {"``": "\u201c", "''": "\u201d"}
# a scraper that ate an opening mark left its escape: ' \Dengan ini ...,\" kata' (a backslash
# after a space and before a capital opens; one before a mark belongs to the mark)
BACKSLASH = "\\"


def _mark_pattern(marks: str, *, wire: bool) -> re.Pattern[str]:
    """Runs of the marks, and the HTML entities that stand for them (from ENTITY_GLYPH), once or
    twice encoded ("&amp;quot;"); with ``wire``, also mojibake, TeX marks and scraper backslashes."""
    entities = "|".join(name for name, glyph in ENTITY_GLYPH.items() if glyph in marks)
    runs = "|".join(f"{re.escape(c)}[{re.escape(marks)}]*" for c in marks)
    extra = ""
    if wire:
        # every alternative opens with a literal, so that the engine skips to a possible mark in one
        # scan (an assertion first would make it try every alternative at every position): the
        # backslash's "after a space" is checked behind it
        extra = (
            f"{MOJI2_MARK}(?:\u00c5\u201c|\u00c2[\u009d\ufffd]|\u00e2\u20ac.|)|"
            f"{MOJI_MARK}[{MOJI_SKIP}{''.join(MOJI_GLYPH)}]|``(?!`)|''(?!')|\\\\(?<!\\S\\\\)(?=[{UPPER}])|"
        )
    return regex(f"{extra}&(?:amp;)?(?:{entities});|{runs}")


MARK = _mark_pattern(DOUBLE_QUOTES, wire=True)
OPENERS = "\u201e\u00ab"  # marks that only ever open (“ closes in German-style „…“)
CLOSERS = "\u201f\u00bb"  # marks that only ever close (” may open in Kompas copy)


SINGLE = "'\u2018\u2019"
SINGLE_MARK = _mark_pattern(SINGLE, wire=False)
# the characters a match of each opens with (a mark, "&" of an entity; with ``wire``, the first
# character of a mojibake run, a TeX mark, a backslash): a paragraph holding none has no mark, and
# one scan of the pattern starts at the first of them (tests/test_quote_scan.py)
MARK_STARTS = f"{DOUBLE_QUOTES}&`'\\{MOJI_MARK[0]}{MOJI2_MARK[0]}"
SINGLE_STARTS = f"{SINGLE}&"
# (pairing picks its string by ``is``: a pattern's hash reads its whole compiled code at every look-up)
STARTS = {MARK: MARK_STARTS, SINGLE_MARK: SINGLE_STARTS}
# a single mark that opens a sentence or closes one before a speech verb: "'We will,' she said"
SINGLE_SPEECH = regex("(?:^|[\\s(])['\u2018][A-Z][^'\u2019]{3,}?[,.?!]['\u2019](?:\\s|$)", re.M)


SENTENCE_ENDS = ".!?"
SENTENCE_END = regex(f"[.!?](?=\\s+[{UPPER}])")  # "... warga AS. Fox News"


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    glyph: str  # the mark it stands for


def find_marks(
    text: str, lo: int, hi: int, pattern: re.Pattern[str] = MARK, starts: str | None = None
) -> list[Mark]:
    """The marks between lo and hi; ``starts``: the characters of ``STARTS[pattern]`` the text holds
    (all of them when not given)."""
    return [
        Mark(*mark) for mark in _marks(text, lo, hi, pattern, STARTS[pattern] if starts is None else starts)
    ]


def _marks(text: str, lo: int, hi: int, pattern: re.Pattern[str], starts: str) -> list[tuple[int, int, str]]:
    """``find_marks``, each mark a tuple (start, end, glyph): what pairing reads, none of them kept."""
    marks: list[tuple[int, int, str]] = []
    bare = False  # a bare backslash among the marks (rare): only then the filter below
    first = hi  # no match opens before the first character one may open with
    for c in starts:
        if (i := text.find(c, lo, first)) >= 0:
            first = i
    if first == hi:
        return marks
    for m in pattern.finditer(text, first, hi):
        run = m.group(0)
        if len(run) == 1 and run != BACKSLASH:  # (most marks: one glyph, as the last branch reads it)
            glyph = run
            if glyph in SINGLE and _apostrophe(text, m.start(), m.end(), lo, hi):
                continue
        elif run.startswith(MOJI2_MARK):
            if (moji := MOJI2_GLYPH.get(run[len(MOJI2_MARK) :])) is None:
                continue
            glyph = moji
        elif run.startswith(MOJI_MARK):
            if run[-1] in MOJI_SKIP:
                continue
            glyph = MOJI_GLYPH[run[-1]]
        elif run[0] == "&":
            name = run[1:-1].removeprefix("amp;")
            glyph = ENTITY_GLYPH[name.lower() if name[0] != "#" else name]
        elif run in TEX_GLYPH:
            glyph = TEX_GLYPH[run]
        elif run == BACKSLASH:
            glyph = "\u201c"
            bare = True
        else:
            if len(run) % 2 == 0:  # '""' and longer even runs are empty quotes: nothing was said
                continue
            glyph = run[-1]
            if glyph in SINGLE and _apostrophe(text, m.start(), m.end(), lo, hi):
                continue
        start = m.start()
        if start > lo and text[start - 1] == BACKSLASH and run[0] != BACKSLASH:
            start -= 1  # an escaped mark: '\\"' is one mark
        marks.append((start, m.end(), glyph))
    if not bare:
        return marks
    # a bare backslash opens only where the next mark is an escaped one that closes: 'pada \\Seminar
    # ...' lost both its marks
    return [
        mark
        for k, mark in enumerate(marks)
        if mark[1] - mark[0] > 1
        or text[mark[0]] != BACKSLASH
        or (k + 1 < len(marks) and _escaped_close(text, marks[k + 1][0], lo))
    ]


def _escaped_close(text: str, start: int, lo: int) -> bool:
    """'...,\\" kata': an escaped mark glued to the word before it (the mark opening at ``start``)."""
    return text[start] == BACKSLASH and start > lo and not text[start - 1].isspace()


def _apostrophe(text: str, i: int, j: int, lo: int, hi: int) -> bool:
    """don't, O'Neill, Jum'at, '90s: a single mark between letters or before a digit is no quote mark."""
    before = text[i - 1] if i > lo else " "
    after = text[j] if j < hi else " "
    return (before.isalnum() and after.isalnum()) or (after.isdigit() and not before.isalnum())


def single_marks_story(text: str, paragraphs: tuple[Paragraph, ...]) -> bool:
    """British and some Malaysian copy quotes with single marks: 'We will fight,' she said.
    True when single marks open speech more often than double marks are used at all (a story in
    double marks may still nest a 'Wait,' inside one)."""
    singles = doubles = 0
    if "'" not in text and "\u2018" not in text:
        return False  # (no paragraph holds one)
    if not paragraphs or not _may_open_single(text, paragraphs[0].span[0], paragraphs[-1].span[1]):
        # (the test reads only the characters round each mark, wherever the stretch starts and ends:
        # a paragraph's marks are among the body's, in story order, so the body's one answer is all)
        return False
    for p in paragraphs:
        if _may_open_single(text, *p.span):
            singles += len(SINGLE_SPEECH.findall(text, *p.span))
    if not singles:
        return False
    for p in paragraphs:
        lo, hi = p.span
        first = hi  # (no match opens before the first character one may open with)
        for c in MARK_STARTS:
            if (i := text.find(c, lo, first)) >= 0:
                first = i
        if first < hi:
            doubles += len(MARK.findall(text, first, hi))
            if doubles > 2 * singles:
                return False  # (the count only grows)
    return singles >= doubles / 2


def _may_open_single(text: str, lo: int, hi: int) -> bool:
    """Might ``SINGLE_SPEECH`` match in [lo, hi)? Only where a single mark before a capital follows a
    blank, a bracket or the start of the text (a mark inside a word, "don't", opens nothing): a few
    literal scans instead of the pattern's try at every character."""
    for mark in "'\u2018":
        i = text.find(mark, lo, hi - 1)
        while i >= 0:
            if "A" <= text[i + 1] <= "Z" and (i == 0 or text[i - 1].isspace() or text[i - 1] == "("):
                return True
            i = text.find(mark, i + 1, hi - 1)
    return False


@dataclass(slots=True)
class Candidate:
    """A paired quote before attribution: raw offsets of its marks and its pieces of text."""

    start: int  # the opening mark (or the paragraph start when the mark is missing)
    end: int  # after the closing mark (or the paragraph end)
    pieces: list[tuple[int, int]]  # the quoted words, one span per paragraph it runs over
    paragraph: int
    last_paragraph: int
    closed: bool


def _role(text: str, mark: tuple[int, int, str], lo: int, hi: int) -> str:
    """'open', 'close' or 'both' for a mark (start, end, glyph), from the characters around it."""
    i, j, glyph = mark
    before = text[i - 1] if i > lo else " "
    after = text[j] if j < hi else " "
    if glyph in OPENERS:
        return "open"
    if glyph in CLOSERS:
        return "close"
    space_before = before.isspace() or before in "([{—–-/:" or i == lo
    space_after = after.isspace() or after in ".,;:!?)]}—–-" or j == hi
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    return "both"


def pair_marks(text: str, paragraphs: tuple[Paragraph, ...]) -> list[Candidate]:
    single = single_marks_story(text, paragraphs)
    pattern = SINGLE_MARK if single else MARK
    starts = "".join(
        [c for c in (SINGLE_STARTS if single else MARK_STARTS) if c in text]
    )  # the story's own, once
    found: list[Candidate] = []
    open_at: int | None = None  # offset of an open mark waiting for its close
    pieces: list[tuple[int, int]] = []
    first_par = 0
    for n, p in enumerate(paragraphs):
        lo, hi = p.span
        marks = _marks(text, lo, hi, pattern, starts)
        if open_at is not None:
            # a quote left open: it goes on only if this paragraph opens with a mark
            if marks and marks[0][0] == lo and _role(text, marks[0], lo, hi) != "close":
                piece_start = marks[0][1]
                marks = marks[1:]
            else:
                found.append(_unclosed(text, open_at, pieces, first_par, n - 1, paragraphs))
                open_at = None
        for k, mark in enumerate(marks):
            role = _role(text, mark, lo, hi)
            i, j = mark[0], mark[1]
            if open_at is None:
                if role in ("open", "both"):
                    open_at, piece_start, pieces, first_par = i, j, [], n
                elif k == 0 and i - lo > 3 and text[i - 1] in ",.!?":
                    # the opening mark is missing: the quote starts with the paragraph
                    found.append(Candidate(lo, j, [(lo, i)], n, n, True))
            elif role in ("close", "both"):
                pieces.append((piece_start, i))
                found.append(Candidate(open_at, j, pieces, first_par, n, True))
                open_at = None
            elif role == "open" and text[_trim_end(text, lo, i) - 1 : i].strip() in SENTENCE_ENDS:
                # '"Pada pagi tadi, ... 108 buah rumah. "Kemudian, ... 684 orang," kata': paragraphs run
                # into one line; the quote goes on, as it would in the next paragraph
                pieces.append((piece_start, _trim_end(text, piece_start, i)))
                piece_start = j
            elif role == "open":  # a new quote opens before the old one closed: the old one was unclosed
                pieces.append((piece_start, _trim_end(text, piece_start, i)))
                found.append(_unclosed(text, open_at, pieces, first_par, n, paragraphs))
                open_at, piece_start, pieces, first_par = i, j, [], n
        if open_at is not None:
            pieces.append((piece_start, hi))
    if open_at is not None:
        found.append(_unclosed(text, open_at, pieces, first_par, len(paragraphs) - 1, paragraphs))
    # (a quote's words: most quotes are one piece, tested without a generator)
    return [c for c in found if c.pieces[0][1] > c.pieces[0][0] or any(b > a for a, b in c.pieces)]


def _unclosed(
    text: str,
    open_at: int,
    pieces: list[tuple[int, int]],
    first: int,
    last: int,
    paragraphs: tuple[Paragraph, ...],
) -> Candidate:
    """A quote whose closing mark is missing. One opened inside a sentence ('NSA juga menyebut
    "kesalahan persepsi ... warga AS. Fox News pada Jumat ...') ends with its sentence; one that
    opens a sentence may run on ('"Some had their head cut off ... . They were all men, ...')."""
    if len(pieces) == 1:
        a, b = pieces[0]
        lo = paragraphs[first].span[0]
        lead = text[_trim_end(text, lo, open_at) - 1 : open_at].strip()
        if (
            lead
            and lead not in SENTENCE_ENDS
            and lead not in ":"
            and (end := SENTENCE_END.search(text, a, b))
        ):
            return Candidate(open_at, end.start() + 1, [(a, end.start() + 1)], first, first, False)
    return Candidate(open_at, pieces[-1][1], pieces, first, last, False)


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def quote_text(text: str, cand: Candidate) -> str:
    if len(cand.pieces) == 1:  # (most quotes: one piece, joined with nothing)
        a, b = cand.pieces[0]
        return clean(text[a:b])
    return " ".join(t for t in (clean(text[a:b]) for a, b in cand.pieces) if t)
