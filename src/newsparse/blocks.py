"""Passes over the classified lines that need a line's neighbours, not just the line.

A notes-for-editors block under the story (dpa) holds credits among other notes; everything
from its first line on is not body text:

    # Notebook
    ## Editorial contacts
    - Reporting by: Karl Brenner in Vienna, Lena Vogt in Geneva
      and Maria Lind in New York

A bare name on its own line above the story's timestamp is its byline ("Farid Osman" over
"Mac 3, 2025 @ 9:15am").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import cache
from itertools import islice

from .cache import regex
from .credits import is_name, parse_credits, rules, split_names
from .lang import Lang
from .layout import Seg, add_piece
from .model import Credit, OtherLine
from .patterns import ASCII_DIGIT, alt, clean, ends_sentence
from .tail import Element

CREDIT_LINE = 400  # a longer notebook line holds no credit
STAMPS = ("timestamp", "reading-time")  # the lines a bare byline stands above
BULLET = regex(r"[-*\u2022\u2013]\s+")


def mark_notebook(text: str, segs: list[Seg], kinds: list[list[Element] | None], lang: Lang) -> None:
    """Take every body line from the notebook's first line on out of the body: its credits as
    credits (a wrapped credit line joined), the rest as "notebook" lines. Changes ``kinds``."""
    starts = _notebook_starts(lang)
    if not starts:
        return
    longest = max(map(len, starts))
    heads = _notebook_heads(lang)
    first = next(
        (
            i
            for i, s in enumerate(segs)
            if s.end - s.start <= 2 * longest
            and (text[s.start].lower() in heads or not text[s.start].isascii())  # "Â\u00a0 Untuk ..."
            and clean(text[s.start : s.end]).lower() in starts
        ),
        None,
    )
    if first is None:
        return
    r = rules(lang)
    i = first
    while i < len(segs):
        if kinds[i] is not None:
            i += 1
            continue
        j = i + 1  # "  and Maria Lind in New York" carries the credit line on
        while j < len(segs) and kinds[j] is None and not segs[j].gap_before and _carries_on(text, segs[j]):
            j += 1
        a, b = segs[i].start, segs[j - 1].end
        bullet = BULLET.match(text, a, b)
        at = bullet.end() if bullet else a
        credits = parse_credits(text[at:b], at, r) if i > first and b - at < CREDIT_LINE else None
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
def _notebook_heads(lang: Lang) -> frozenset[str]:
    return frozenset(line[0].lower() for line in lang.notebook)


@cache
def _notebook_starts(lang: Lang) -> frozenset[str]:
    return frozenset(" ".join(line.split()).lower() for line in lang.notebook)


NAME_CAMEL = regex(r"[a-z]{2}[A-Z]")  # "MotoGP", "iPhone"; but "McDonald", "DiCaprio" are names


def _bare_name(name: str) -> bool:
    """A person's name of up to four words, none in camel case ("MotoGP Mandalika" is not one)."""
    return is_name(name) and len(name.split()) <= 4 and NAME_CAMEL.search(name) is None


def mark_bare_bylines(text: str, segs: list[Seg], kinds: list[list[Element] | None], lang: Lang) -> None:
    """A line of one to four names right above a timestamp line is the byline: a reporter credit.
    Never the story's first line (the title); under a line with no blank between, only when that
    line is in sentence case (a wrapped Title Case headline's second line is not a byline)."""
    stamps = [i for i, k in enumerate(kinds) if k and isinstance(k[0], OtherLine) and k[0].kind in STAMPS]
    if not stamps:
        return
    r = rules(lang)
    small = _small_words(lang)
    for i in (n - 1 for n in stamps if 1 < n < len(segs)):
        if kinds[i] is not None:
            continue
        seg = segs[i]
        above = text[segs[i - 1].start : segs[i - 1].end].split()
        if not seg.gap_before and not any(w[:1].islower() and w.lower() not in small for w in above):
            continue  # under a Title Case headline with no blank line: its second line, not a byline
        if not seg.gap_before and segs[i + 1].gap_before:
            continue  # joined to the line above and set apart from the stamp: a wrapped headline's end
        raw = text[seg.start : seg.end]
        names = split_names(r.role_tail.sub("", raw), r)
        if names and len(names) <= 2 and all(_bare_name(n) for n in names):
            kinds[i] = [Credit("reporter", n, raw, (seg.start, seg.end)) for n in names]


TITLE_WORDS = 30  # a related link's title is never longer
RELATED_LINE = 200  # a line that opens with a label and is no longer is one related link
GLUED_QUOTE = regex(r"\w(?=[\"“][A-Z])")  # 'Toko Baru dan Toko Lama"Toko Baru Resmi Dibuka'
CAMEL = regex(r"[a-z](?=[A-Z][a-z])")  # "...Toko BaruSebelumnya, pada": the title ends in the word


@cache
def _label_words(lang: Lang) -> tuple[str, ...]:
    """The related labels' first two words, as printed: a cheap test before the scan."""
    return tuple(sorted({" ".join(label.split()[:2]) for label in lang.related}))


@cache
def _credit_labels(lang: Lang) -> frozenset[str]:
    """The one-word credit labels, lower-cased: "pewarta", "editor"."""
    return frozenset(label for label in rules(lang).role_of if " " not in label)


@cache
def _small_words(lang: Lang) -> frozenset[str]:
    """Words a Title Case headline keeps in lower case ("of", "dan"), lower-cased."""
    return frozenset(w.lower() for w in lang.title_small_words)


@cache
def _related_label(lang: Lang) -> re.Pattern[str]:
    """A related-link label with its colon, as printed: "Baca juga:", "Read also:"."""
    # at a line's end too ("... lingkungan. Baca Juga"); no word boundary before it, for a label glued
    # to the headline before ("...Harga Cabai NaikBaca juga:")
    return regex(rf"(?:{alt(lang.related, boundary=False)})[ \t]*(?:[:：]|$)", re.M)


@cache
def _label_heads(lang: Lang) -> tuple[str, ...]:
    """The related labels' first words, as printed: every match of ``_related_label`` opens with one."""
    return tuple(sorted({label.split()[0] for label in lang.related}))


def related_labels(text: str, lang: Lang) -> list[re.Match[str]]:
    """``list(_related_label(lang).finditer(text))``, cheaper: the pattern tried only where a label's
    first word stands (found by ``str.find``), not at every position whose letter may open one
    (most lower-case letters)."""
    label = _related_label(lang)
    at = set()
    for head in _label_heads(lang):
        i = text.find(head)
        while i >= 0:
            at.add(i)
            i = text.find(head, i + 1)
    out: list[re.Match[str]] = []
    end = 0
    for i in sorted(at):
        if i >= end and (m := label.match(text, i)) is not None:
            out.append(m)
            end = m.end()
    return out


def split_related(text: str, segs: list[Seg], lang: Lang) -> list[Seg]:
    """Cut related links glued into a paragraph out of it, as pieces of their own:

        ...bekerja sebagai perajin tempe. Baca juga: Festival Perahu Hias di Danau Toba,
        Tradisi Warga Sambut Tahun Baru Kampung tempe terletak di Kelurahan Sukamaju, ...

    The link runs from its label to where its headline ends: the next label, a word glued on
    ("BaruSebelumnya"), an opening quote mark, a sentence end, or a capitalised word that opens
    a run of lower-case words that a headline does not keep ("Kampung tempe terletak")."""
    small = _small_words(lang)
    stops = _credit_labels(lang)
    out: list[Seg] = []
    if not any(map(text.__contains__, _label_words(lang))):
        return segs  # no label anywhere: most stories
    labels = related_labels(text, lang)
    if not labels:
        return segs
    starts = [m.start() for m in labels]
    for seg in segs:
        first = bisect_left(starts, seg.start)
        found = labels[first : bisect_left(starts, seg.end, first)]
        whole_line = seg.opens_line and seg.end - seg.start <= RELATED_LINE
        if whole_line and len(found) == 1 and found[0].start() == seg.start:
            found = []  # a related line of its own: the classifier takes it whole
        if not found:
            out.append(seg)
            continue
        cuts: list[int] = []
        for n, m in enumerate(found):
            limit = found[n + 1].start() if n + 1 < len(found) else seg.end
            end = _title_end(text, min(m.end(), seg.end), limit, small, stops)
            if end is None:
                continue
            cuts.extend((m.start(), end))
        a = seg.start
        for cut in sorted(set(cuts)):
            add_piece(out, text, seg, a, cut)
            a = cut
        add_piece(out, text, seg, a, seg.end)
    return out


WORD = regex(r"\S+")


def _title_end(
    text: str, start: int, limit: int, small: frozenset[str], stops: frozenset[str] = frozenset()
) -> int | None:
    """Where a related link's headline that starts at ``start`` ends (at most ``limit``); None
    when no end can be told within a headline's length. A credit label (``stops``, "Pewarta:")
    ends it too: a one-line scrape glues the footer on."""
    words = list(islice(WORD.finditer(text, start, limit), TITLE_WORDS + 1))  # never the whole line
    if not words:  # a bare label: "... lingkungan. Baca Juga"
        return start
    cap = None  # the last capitalised word: where the body may have begun
    # only a headline in Title Case tells where it ends by the case of its words (a source before
    # a colon, "BMKG: Cuaca ekstrem ...", tells nothing)
    skip = 1 if words[0].group(0).endswith(":") else 0
    lettered = [
        w.group(0)
        for w in words[skip : skip + 6]
        if w.group(0)[:1].isalpha() and w.group(0).lower() not in small
    ]
    title_case = len(lettered) >= 2 and all(w[:1].isupper() for w in lettered[:2])
    for n, w in enumerate(words):
        word = w.group(0)
        if n >= TITLE_WORDS:
            return None
        if n and word[0] in '"“':  # the body opens with a quote
            return w.start()
        if n and word.endswith(":") and word[:-1].lower() in stops:  # "... Pewarta: Rina Editor: ..."
            return w.start()
        glued = CAMEL.search(word) or GLUED_QUOTE.search(word)
        if glued:
            return w.start() + glued.end()
        core = word.strip(",;:()")
        if (
            title_case
            and n >= 2
            and core[:1].islower()
            and core.lower() not in small
            and not ASCII_DIGIT.search(core)
        ):
            return cap if cap is not None else w.start()
        if core[:1].isupper() or core[:1].isdigit():
            cap = w.start()
        if ends_sentence(word) and n:
            return w.end()
    return limit


def unmark_wrapped_stamps(text: str, segs: list[Seg], kinds: list[list[Element] | None]) -> None:
    """A date line inside a hard-wrapped sentence is body text, not the story's timestamp:

    The harbour authority said the first ferries to sail after the storm left in
    June 2021
    once the breakwater had been repaired ..."""
    for i in range(1, len(segs) - 1):
        k = kinds[i]
        if not (k and isinstance(k[0], OtherLine) and k[0].kind == "timestamp"):
            continue
        if (
            kinds[i - 1] is not None
            or kinds[i + 1] is not None
            or segs[i].gap_before
            or segs[i + 1].gap_before
        ):
            continue
        before = text[segs[i - 1].start : segs[i - 1].end]
        if not ends_sentence(before) and text[segs[i + 1].start : segs[i + 1].start + 1].islower():
            kinds[i] = None
