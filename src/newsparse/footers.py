"""Footers glued onto a line: where to cut a line whose end carries credits, a copyright or a trailer.

Scraped copy often loses the line breaks before a story's footers, so they end up behind the last
paragraph or behind each other:

    ...ujar dia.Pewarta: Rina KusumaEditor: Hadi Pranoto Copyright © ANTARA 2026

The marker finds where a footer may start (a credit label and its colon, a by-label, a copyright
sign, boilerplate, a trailer, staff codes); a line is cut there only when every piece from the cut
on is a whole non-body line by tail.classify. ``footer_hints`` is the cheap pass over the whole
story that tells which lines the marker need look at.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from .cache import dataclass, regex
from .credits import sort_labels
from .lang import Lang, agencies
from .model import Credit, OtherLine
from .patterns import DASH, alt, lower_ascii
from .tail import COPYRIGHT_START, classify


@dataclass(frozen=True, eq=False)
class _Rules:
    """A language's glued-footer marker and the cheap keys in front of it."""

    marker: re.Pattern[str]  # where a glued footer may start
    marker_keys: _MarkerKeys  # what a marker needs, for a cheap test before the scan
    # the most characters other than spaces a credit marker holds before its colon: two labels and
    # a joiner ("Redaktur & Reporter :"); a colon hint's marker starts within that many of them
    credit_reach: int


# what the marker's copyright and trailer parts need, lowercased: looked for inside words too,
# since these may be glued on ("...SavitriCopyright", "...kata dia.Enditem")
MARKER_SYMBOLS = ("©", "(c)", "copyright", "cipta", "bernama", "enditem", "(end)", "(*)")


class _MarkerKeys(NamedTuple):
    # credit labels, lowercased: "...SavitriEditor:" ends with one before its colon
    label_ends: tuple[str, ...]
    longest: int  # the longest of them
    # The marker's phrases and symbols, lowercased, by first word: one of them is in the line wherever
    # the marker finds a by-label, boilerplate, a copyright or a trailer. Each first word comes with
    # the phrases it starts, spaces matching any whitespace (None when the word alone is one).
    # ``words``: the first words of the phrases, which the marker takes only as words (alt() puts a
    # word boundary before each, and each goes on with a space, a mark or a boundary), keyed by the
    # run of word characters they open with ("a" of "a-"), as ASCII bytes. A word is looked for only
    # when that run is one of the text's words, and taken only where it stands as one ("by", "our",
    # "this" inside "nearby", "your", "thistle" are no hint).
    words: dict[bytes, tuple[tuple[str, re.Pattern[str] | None], ...]]
    # the symbols (found inside words too: "...SavitriCopyright", "...kata dia.Enditem"), each with
    # the word it holds between two marks (b"c" of "(c)") when it has one, looked for only when
    # that word is one of the text's words
    symbols: tuple[tuple[str, re.Pattern[str] | None, bytes | None], ...]
    gates: frozenset[bytes]  # the keys of ``words`` and the symbols' words


# The text's words, cheaply: its lowercased UTF-8 bytes with every byte but an ASCII letter, digit
# or underscore made a space (those of characters beyond ASCII too). A key's run is ASCII, so where
# it stands as a word of the text (a non-word character or the text's end on both sides) it stands
# between spaces here; other words may be cut in pieces, which only lets a key through now and then.
_NOT_WORD = bytes(c if (c < 128 and chr(c).isalnum()) or c == 0x5F else 0x20 for c in range(256))


def _is_word(c: str) -> bool:
    """Is ``c`` (one character, or none) a word character as the marker's ``\\b`` reads it?"""
    return c.isalnum() or c == "_"


def _lead(word: str) -> str:
    """The run of word characters ``word`` opens with ("a" of "a-", "keywords" of "keywords:")."""
    n = 0
    while n < len(word) and _is_word(word[n]):
        n += 1
    return word[:n]


def _gate(symbol: str) -> bytes | None:
    """An ASCII run of word characters inside ``symbol`` with a non-word character on both sides
    ("c" of "(c)"): wherever ``symbol`` stands, that run is one of the text's words."""
    for m in re.finditer(r"(?<=\W)\w+(?=\W)", symbol):
        if m.group().isascii():
            return m.group().encode()
    return None


def _marker_keys(colon_labels: list[str], phrases: list[str]) -> _MarkerKeys:
    def squash(words: list[str] | tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(" ".join(w.lower().split()) for w in words))

    by_first: dict[str, list[list[str]]] = {}
    for phrase in [*MARKER_SYMBOLS, *phrases]:
        words = phrase.lower().split()
        by_first.setdefault(words[0], []).append(words)
    symbol_words = {s.lower().split()[0] for s in MARKER_SYMBOLS}
    label_ends = squash(colon_labels)
    found: dict[bytes, list[tuple[str, re.Pattern[str] | None]]] = {}
    symbols: list[tuple[str, re.Pattern[str] | None, bytes | None]] = []
    for first, starting in by_first.items():
        pattern = (
            None
            if any(len(p) == 1 for p in starting)
            else regex("|".join(r"\s+".join(map(re.escape, p)) for p in starting))
        )
        lead = _lead(first)
        if lead.isascii() and lead and first not in symbol_words:
            found.setdefault(lead.encode(), []).append((first, pattern))
        else:  # a symbol, or a phrase opening with a mark ("* Cek Fakta", "(Graphic:")
            symbols.append((first, pattern, _gate(first)))
    return _MarkerKeys(
        label_ends,
        max(map(len, label_ends)),
        {lead: tuple(keys) for lead, keys in found.items()},
        tuple(symbols),
        frozenset([*found, *(gate for _, _, gate in symbols if gate is not None)]),
    )


STAFF_OPEN = regex(r"\([A-Za-z][A-Za-z0-9.]{0,7}/[A-Za-z0-9]")  # the marker's staff codes, any case


@cache
def rules(lang: Lang) -> _Rules:
    labels = sort_labels(lang)
    # boilerplate that may be glued after a footer; a copyright line keeps its own "All rights reserved"
    tails = [t.lower() for t in agencies()["copyright"]["tails"]]
    glued_boilerplate = [b for b in lang.boilerplate if not any(b.lower().startswith(t[:15]) for t in tails)]
    glued = alt(labels.colon, boundary=False, ignore_case=True)
    by_multi = alt(labels.by_phrases, ignore_case=True)
    # the marker's phrases, each after a word boundary
    phrases = [*labels.by_phrases, *glued_boilerplate]
    return _Rules(
        marker=regex(
            rf"(?P<credit>(?:{glued}\s*(?:&|/|\band\b|\bdan\b)\s*)?{glued}\s*[:：])|(?P<by>\(?{by_multi}\s)|(?P<copy>{COPYRIGHT_START})"
            rf"|(?P<boiler>{alt(glued_boilerplate, ignore_case=True)})"  # "...COPYRIGHT © ANTARA 2024 Dilarang keras mengambil konten ..."
            rf"|(?P<trailer>{DASH}{{1,2}}\s*(?:BERNAMA|Bernama)\b|(?:Enditem|ENDITEM|\(END\)|\(\*\))[\"']?\s*$)|(?P<staff>\([A-Z][A-Za-z0-9.]{{0,7}}/[A-Z0-9])",
            re.I,
        ),
        marker_keys=_marker_keys(labels.colon, phrases),
        credit_reach=2 * max(len("".join(label.split())) for label in labels.colon) + 3,
    )


def footer_hints(text: str, r: _Rules) -> list[int]:
    """Where in ``text`` a glued footer's marker may be, in order: cheap finds (a credit label before a
    colon, the first word of a footer phrase where it stands as a word, a symbol, a staff-code
    bracket) made once over the whole text. Every line the marker scan could cut holds one of them;
    most body lines none. (The phrases' first words are looked for only when they are among the
    text's words: one split of its bytes, where a ``find`` of each of some sixty words through the
    text cost about twice as much.)"""
    keys = r.marker_keys
    if text.isascii():
        low = text.lower()
        data = low.encode()
    else:
        # the ASCII letters lowercased on the bytes: every letter of a key, label or phrase is ASCII
        # (or "’", "©", which no other character lowercases to), and only "K" lowercases to one
        data = lower_ascii(text)
        low = data.decode("utf-8", "surrogatepass")
    hints = [m.start() for m in STAFF_OPEN.finditer(text)]
    for colon in (":", "\uff1a"):
        at = low.find(colon)
        while at >= 0:
            end = at
            while end > 0 and low[end - 1].isspace():
                end -= 1
            reach = 100  # raw characters before the colon that hold the longest label, spaces squashed
            while (
                len(before := " ".join(low[max(0, end - reach) : end].split())) < keys.longest and reach < end
            ):
                reach *= 4
            if before.endswith(keys.label_ends):
                hints.append(at)
            at = low.find(colon, at + 1)
    if "&copy;" not in low:
        present = keys.gates.intersection(data.translate(_NOT_WORD).split())
        as_words = True
    else:  # "&copy;" has no hint of its own: a line with one is looked at when it has any, as before
        present, as_words = keys.gates, False
    for gate in present.intersection(keys.words):
        n = len(gate)
        for word, phrases in keys.words[gate]:
            at = low.find(word)
            while at >= 0:
                inside = as_words and (
                    (at > 0 and _is_word(low[at - 1])) or _is_word(low[at + n : at + n + 1])
                )
                if not inside and (phrases is None or phrases.match(low, at)):
                    hints.append(at)
                at = low.find(word, at + 1)
    for word, phrases, inner in keys.symbols:
        if inner is None or inner in present:
            at = low.find(word)
            while at >= 0:
                if phrases is None or phrases.match(low, at):
                    hints.append(at)
                at = low.find(word, at + 1)
    hints.sort()
    return hints


# the letters re's case-insensitive match takes for ASCII ones that ``str.lower`` does not give
ODD_FOLDS = ("\u0130", "\u0131", "\u017f", "\u212a")  # İ ı ſ K


def marker_matches(raw: str, r: _Rules, hints: Sequence[int] | None = None) -> list[re.Match[str]]:
    """What ``r.marker.finditer(raw)`` finds, trying the marker only near ``hints`` when given (the
    footer hints in ``raw``, relative to it, in order) on a line of ASCII without an entity.

    Every marker there holds a hint at or after its start: a credit its colon (a hint when the
    squashed text before it ends with a label, which is what the marker's label part matches), a
    by-label, boilerplate, a copyright or a trailer the first word of its phrase or symbol, a staff
    code its bracket. The start is before the hint by at most: for a colon, ``credit_reach``
    characters other than spaces; for the rest, a bracket ("(Reporting by"), "Hak" ("Hak Cipta")
    or two dashes ("-- BERNAMA"), then spaces. A search from each such lower bound then finds the
    same leftmost matches as one scan of the whole line; the stretches before and between them are
    not scanned. A line with "&" ("&copy;" has no hint) or with a letter that folds to an ASCII one
    with case ignored but is not its lowercase (the hints are found in the lowercased text) is
    scanned whole."""
    marker = r.marker
    if hints is None or "&" in raw or (not raw.isascii() and any(map(raw.__contains__, ODD_FOLDS))):
        return list(marker.finditer(raw))
    out: list[re.Match[str]] = []
    pos = 0  # where the last match ended: finditer looks on from there
    for lo, hi in _marker_spans(raw, r, hints):
        if hi < pos:
            continue
        at = max(lo, pos)
        if raw[hi] in ":\uff1a":  # a colon hint always has a marker at or before it: search
            while at <= hi:
                m = marker.search(raw, at)
                if m is None:
                    return out
                out.append(m)
                at = pos = m.end()
            continue
        while at <= hi:  # a few positions: try each
            m = marker.match(raw, at)
            if m is None:
                at += 1
                continue
            out.append(m)
            at = pos = m.end()
    return out


def _marker_spans(raw: str, r: _Rules, hints: Sequence[int]) -> list[tuple[int, int]]:
    """For each hint, the first and last position a marker holding it may start at, by first."""
    spans = []
    for hint in hints:
        if raw[hint] in ":\uff1a":
            reach = r.credit_reach
            back = reach + 8
            while hint > back and len("".join(raw[hint - back : hint].split())) <= reach:
                back *= 2
            spans.append((max(0, hint - back), hint))
        else:
            at = hint
            while at > 0 and raw[at - 1].isspace():
                at -= 1
            spans.append((max(0, at - 3), hint))
    spans.sort()
    return spans


def split_glued(
    raw: str, start: int, lang: Lang, hints: Sequence[int] | None = None
) -> list[tuple[int, int]] | None:
    """Cut a line whose end carries footers glued on into pieces; None when there is nothing to cut.

    Returns the piece spans, body first (if any). Every piece after the first must classify as a
    credit, copyright or other line, or nothing is cut. ``hints``: ``footer_hints`` of the story that
    fall in the line, made relative to it (the marker is then tried near them only).
    """
    r = rules(lang)
    cuts = []
    skip_until = 0
    for m in marker_matches(raw, r, hints):
        if m.start() < skip_until:
            continue
        if m.group("by") and raw[m.start()] == "(":  # "(Reporting by A; Editing by B)" is one piece
            close = raw.find(")", m.start())
            skip_until = close if close > 0 else len(raw)
        if m.start() == 0:
            continue
        before = raw[m.start() - 1]
        # a glued label follows a letter or punctuation directly ("SavitriEditor:"), or a space;
        # a bare © inside a word is mojibake ("navÃ©o"), not a copyright line
        if not (before.isspace() or before in ".!?\"”')|;" or (before.isalpha() and m.group(0) != "©")):
            continue
        cuts.append(m.start())
    if not cuts:
        return None
    whole = classify(raw, start, lang)
    if whole and isinstance(whole[0], OtherLine) and whole[0].kind in ("caption", "related", "boilerplate"):
        return None  # a caption keeps its photo credit; "Pilihan Editor: ..." is one related line
    if whole and all(isinstance(e, Credit) for e in whole) and len({e.span for e in whole}) == 1:
        return None  # one credit group: "Reporting by A; Editing by B"
    bounds = [0, *cuts, len(raw)]
    pieces = list(itertools.pairwise(bounds))
    # the earliest cut from which every piece is a footer
    first_tail = len(pieces)
    for i in range(len(pieces) - 1, 0, -1):
        a, b = pieces[i]
        if classify(raw[a:b], start + a, lang) is None:
            break
        first_tail = i
    if first_tail == len(pieces):
        return None
    head = (pieces[0][0], pieces[first_tail - 1][1])
    return [head, *pieces[first_tail:]]
