"""The quote and reported-speech stages' cheaper forms find exactly what the patterns they stand for find.

``quotes.find_marks`` scans from the first character a mark may open with (``quotes.STARTS``)
instead of from the paragraph's start; ``reported._copula_end`` searches the copula pattern over the
last characters of a text only; ``reported.sentence_ends`` finds ``SENTENCE_END``'s matches by literal
scans. Each is checked against the pattern it stands for at many positions
of short texts built to hit the edges (marks in runs, entities, mojibake, escapes, case folding,
gaps of several blanks), and over the fixtures, samples and dev stories when there.
"""

from __future__ import annotations

import random

import pytest

from newsparse import quotes, reported
from newsparse.lang import load_all
from newsparse.speech import rules

from .test_speech_scan import STORIES

MARK_PIECES = [
    '"',
    "\u201c",
    "\u201d",
    "\u201e",
    "\u201f",
    "\u00ab",
    "\u00bb",
    "\u2033",
    "'",
    "''",
    "``",
    "```",
    "\u2018",
    "\u2019",
    "&quot;",
    "&amp;quot;",
    "&#39;",
    "&rsquo;",
    "&ldquo;",
    "&LDQUO;",
    "&amp;",
    "&",
    "\\",
    '\\"',
    "\u00e2\u20ac\u0153",
    "\u00e2\u20ac\u009d",
    "\u00e2\u20ac\u201d",
    "\u00e2\u20ac",
    "\u00e2",
    "\u00c3\u00a2\u00e2\u201a\u00ac\u00c5\u201c",
    "\u00c3\u00a2\u00e2\u201a\u00ac\u00c2\u009d",
    "\u00c3\u00a2\u00e2\u201a\u00ac",
    "\u00c3",
    "Kata",
    "dia",
    "Budi",
    "x",
    "9",
]
GAPS = [" ", "", "  ", "\n", ".", ",", "(", "-"]


def _fuzz(seed: int, n: int = 300) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(MARK_PIECES) + rng.choice(GAPS) for _ in range(n))


def _texts() -> list[str]:
    return [_fuzz(seed) for seed in range(40)] + STORIES


@pytest.mark.parametrize("pattern", [quotes.MARK, quotes.SINGLE_MARK], ids=["double", "single"])
def test_every_mark_opens_with_a_start_character(pattern) -> None:
    starts = quotes.STARTS[pattern]
    for text in _texts():
        for m in pattern.finditer(text):
            assert text[m.start()] in starts, (m.group(0), text[max(0, m.start() - 20) : m.end() + 20])


@pytest.mark.parametrize("pattern", [quotes.MARK, quotes.SINGLE_MARK], ids=["double", "single"])
def test_find_marks_from_the_first_start_character(pattern) -> None:
    """The marks of every stretch: with the story's start characters, all of them, or scanned from lo."""
    rng = random.Random(7)
    for text in _texts():
        present = "".join(c for c in quotes.STARTS[pattern] if c in text)
        for _ in range(30):
            lo = rng.randrange(len(text))
            hi = rng.randrange(lo, len(text) + 1)
            whole = quotes.find_marks(text, lo, hi, pattern, "")  # no start characters: nothing
            assert whole == []
            found = quotes.find_marks(text, lo, hi, pattern)
            assert quotes.find_marks(text, lo, hi, pattern, present) == found
            # the reference, scanned from lo as before the cheap start: the character at lo as the
            # only start character makes the scan start there
            if lo < hi:
                assert quotes.find_marks(text, lo, hi, pattern, text[lo]) == found


def test_find_marks_reads_the_glyphs() -> None:
    text = "Dia berkata, \u201cKami siap,\u201d katanya. \u00e2\u20ac\u0153Ya\u00e2\u20ac\u009d dan &quot;tidak&quot;."
    marks = quotes.find_marks(text, 0, len(text))
    assert [m.glyph for m in marks] == ["\u201c", "\u201d", "\u201c", "\u201d", '"', '"']
    assert [text[m.start : m.end] for m in marks][-2:] == ["&quot;", "&quot;"]
    assert quotes.find_marks("Tidak ada tanda kutip di sini.", 0, 30) == []


COPULA_PIECES = [
    *load_all().copulas,
    "This",
    "has",
    "Was",
    "IS",
    "\u0130s",  # a capital I with a dot: not a copula's first letter (the first letter is in either case only)
    "i\u017f",  # is, its s a long s (case folding)
    "\u212aelihatan",  # the Kelvin sign first: no
    "kelihatan",
    "kel\u0130hatan",
    "a",
    "x",
    "9",
    "-",
    "'",
]


def _copula_texts() -> list[str]:
    rng = random.Random(3)
    out = []
    for _ in range(3000):
        words = [rng.choice(COPULA_PIECES) for _ in range(rng.randint(0, 4))]
        gaps = [rng.choice([" ", "", "  ", "\n", "\t", ",", " \n "]) for _ in words]
        out.append("".join(w + g for w, g in zip(words, gaps, strict=True)))
    return out


def test_copula_end_over_the_last_characters() -> None:
    r = rules(load_all())
    texts = [*_copula_texts(), "", " ", "the program is  \n", "was", "  as", "this", "what he was\n\n"]
    for story in STORIES[:40]:
        texts += [story[: k + 1] for k in range(0, len(story), 37)]
    hits = 0
    for text in texts:
        expected = r.copula_end.search(text)
        found = reported._copula_end(text, r)
        assert (found and found.span()) == (expected and expected.span()), repr(text)
        hits += expected is not None
    assert hits > 100  # the texts hit the pattern often


END_PIECES = [
    "Dia",
    "pergi",
    "U.S",
    "3.5",
    "Gen",
    ".",
    "..",
    "!",
    "?",
    "?!",
    "!.",
    '"',
    "”",
    "’",
    "'",
    ")",
    "]",
    "\\",
    "“",
    "(",
    "A",
    "é",
    "É",
    "9",
]


def _end_texts() -> list[str]:
    rng = random.Random(5)
    out = []
    for _ in range(400):
        n = rng.randint(1, 30)
        out.append(
            "".join(rng.choice(END_PIECES) + rng.choice([" ", "", "  ", "\n", " \n"]) for _ in range(n))
        )
    return out


def test_sentence_ends_by_literal_scans() -> None:
    """``reported.sentence_ends`` finds ``SENTENCE_END``'s matches, over whole texts and from inside
    them (a stretch that opens inside a run of stops, after one, or at the end)."""
    rng = random.Random(9)
    for text in [*_end_texts(), *STORIES]:
        for lo, hi in [(0, len(text)), *((rng.randrange(len(text) + 1), len(text)) for _ in range(6))]:
            hi = rng.randint(lo, len(text)) if rng.random() < 0.5 else hi
            expected = [m.span() for m in reported.SENTENCE_END.finditer(text, lo, hi)]
            assert [m.span() for m in reported.sentence_ends(text, lo, hi)] == expected, (text, lo, hi)
