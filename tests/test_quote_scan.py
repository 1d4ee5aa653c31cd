"""The quote and reported-speech stages' cheaper forms find exactly what the patterns they stand for find.

``quotes.find_marks`` scans from the first character a mark may open with (``quotes.STARTS``)
instead of from the paragraph's start; ``reported._copula_end`` searches the copula pattern over the
last characters of a text only; ``reported.sentence_ends`` finds ``SENTENCE_END``'s matches by literal
scans. Each is checked against the pattern it stands for at many positions
of short texts built to hit the edges (marks in runs, entities, mojibake, escapes, case folding,
gaps of several blanks), and over the fixtures, samples and dev stories when there.
"""

from __future__ import annotations

import dataclasses
import random
import re

import pytest

from newsparse import quotes, reported
from newsparse.lang import load_all
from newsparse.model import Paragraph, Quote
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


def _find_marks_before(text: str, lo: int, hi: int, pattern: re.Pattern[str]) -> list[tuple[int, int, str]]:
    """``quotes.find_marks`` as it read every run before one-glyph runs took the first branch."""
    marks: list[tuple[int, int, str]] = []
    bare = False
    for m in pattern.finditer(text, lo, hi):
        run = m.group(0)
        if run.startswith(quotes.MOJI2_MARK):
            if (moji := quotes.MOJI2_GLYPH.get(run[len(quotes.MOJI2_MARK) :])) is None:
                continue
            glyph = moji
        elif run.startswith(quotes.MOJI_MARK):
            if run[-1] in quotes.MOJI_SKIP:
                continue
            glyph = quotes.MOJI_GLYPH[run[-1]]
        elif run[0] == "&":
            name = run[1:-1].removeprefix("amp;")
            glyph = quotes.ENTITY_GLYPH[name.lower() if name[0] != "#" else name]
        elif run in quotes.TEX_GLYPH:
            glyph = quotes.TEX_GLYPH[run]
        elif run == quotes.BACKSLASH:
            glyph = "\u201c"
            bare = True
        else:
            if len(run) % 2 == 0:
                continue
            glyph = run[-1]
            if glyph in quotes.SINGLE and quotes._apostrophe(text, m.start(), m.end(), lo, hi):
                continue
        start = m.start()
        if start > lo and text[start - 1] == quotes.BACKSLASH and run[0] != quotes.BACKSLASH:
            start -= 1
        marks.append((start, m.end(), glyph))
    if not bare:
        return marks
    return [
        mark
        for k, mark in enumerate(marks)
        if mark[1] - mark[0] > 1
        or text[mark[0]] != quotes.BACKSLASH
        or (k + 1 < len(marks) and quotes._escaped_close(text, marks[k + 1][0], lo))
    ]


@pytest.mark.parametrize("pattern", [quotes.MARK, quotes.SINGLE_MARK], ids=["double", "single"])
def test_marks_as_tuples_are_the_marks_read_before(pattern) -> None:
    """Pairing's ``_marks`` (tuples, one-glyph runs first) gives the marks every branch gave before,
    and ``find_marks`` the same as ``Mark``s; the comparison catches a form that lets apostrophes
    through."""
    rng = random.Random(11)
    broken_differs = False
    for text in _texts():
        starts = quotes.STARTS[pattern]
        for lo, hi in [
            (0, len(text)),
            *((a, rng.randint(a, len(text))) for a in (rng.randrange(len(text)) for _ in range(8))),
        ]:
            expected = _find_marks_before(text, lo, hi, pattern)
            assert quotes._marks(text, lo, hi, pattern, starts) == expected, (text, lo, hi)
            assert [(m.start, m.end, m.glyph) for m in quotes.find_marks(text, lo, hi, pattern)] == expected
            broken = [
                (*m.span(), m.group(0)[-1])
                for m in pattern.finditer(text, lo, hi)
                if len(m.group(0)) == 1 and m.group(0) in quotes.SINGLE
            ]
            broken_differs |= any(mark not in expected for mark in broken)
    if pattern is quotes.SINGLE_MARK:
        assert broken_differs  # (the double pattern has no one-glyph single mark)


def _single_marks_story_before(text: str, paragraphs: tuple[Paragraph, ...]) -> bool:
    """``quotes.single_marks_story`` as it counted before: the pattern over every paragraph, every
    double mark counted."""
    singles = doubles = 0
    if "'" not in text and "\u2018" not in text:
        return False
    for p in paragraphs:
        if text.find("'", *p.span) >= 0 or text.find("\u2018", *p.span) >= 0:
            singles += sum(1 for _ in quotes.SINGLE_SPEECH.finditer(text, *p.span))
    if not singles:
        return False
    for p in paragraphs:
        doubles += sum(1 for _ in quotes.MARK.finditer(text, *p.span))
    return singles >= doubles / 2


SINGLE_PIECES = [
    "'We will,' ",
    "\u2018Yes, we can.\u2019",
    "'Go on!'",
    "'x'",
    "don't ",
    "O'Neill's ",
    '"Ya," ',
    "\u201cTidak.\u201d ",
    "(",
    "\n",
    " ",
    "",
    "she said. ",
    "x",
]
# invented edge cases: single-quoted speech against as many double marks as twice its count, and one more
SINGLE_EDGES = [
    "'We will fight,' she said. He said \"yes\".",
    '\'We will fight,\' she said. He said "yes" and "no.',
    '(\'We will fight,\' she said.) "A" "B" "C" "D"',
    '\'Go on,\' he said.\n\'We will,\' she said.\n"a" "b" "c" "d"',
    '\'Go on,\' he said.\n\'We will,\' she said.\n"a" "b" "c" "d" "e',
    "'Go on,' he said.",
    "x'Go on,' he said.",
]


def _single_texts() -> list[str]:
    rng = random.Random(21)
    built = ["".join(rng.choice(SINGLE_PIECES) for _ in range(rng.randint(1, 30))) for _ in range(800)]
    return SINGLE_EDGES + built + STORIES


def _spans(text: str) -> tuple[Paragraph, ...]:
    return tuple(Paragraph(m.group(0), m.span()) for m in re.finditer(r"[^\n]+", text))


def _single_differ(form) -> list[str]:  # type: ignore[no-untyped-def]
    """The texts (split into paragraphs at line breaks, or cut into two glued at a blank) for which
    ``form`` answers otherwise than the whole count."""
    differ = []
    for text in _single_texts():
        glued = text.find(" ", 1)
        for paragraphs in (_spans(text), (Paragraph("", (0, glued)), Paragraph("", (glued, len(text))))):
            if glued < 0 and len(paragraphs) == 2:
                continue
            if form(text, paragraphs) != _single_marks_story_before(text, paragraphs):
                differ.append(text)
    return differ


def test_single_marks_story_counts_as_before() -> None:
    """A paragraph with no single mark after a blank, a bracket or the text's start and before a
    capital holds no single-quoted speech (nor does a body with none), and the double marks are
    counted only until they outnumber it: the answer is the one the whole count gave, over stories
    and fuzz."""
    assert _single_differ(quotes.single_marks_story) == []
    for text in _single_texts():
        paragraphs = _spans(text)
        for p in paragraphs:
            if quotes.SINGLE_SPEECH.search(text, *p.span):
                assert quotes._may_open_single(text, *p.span), (text, p.span)


def test_may_open_single_check_catches_a_broken_filter() -> None:
    """The check above fails for a filter that wants the mark after a blank only (not a bracket or
    the text's start)."""

    def blank_only(text: str, lo: int, hi: int) -> bool:
        return any(
            text[i] in "'\u2018" and "A" <= text[i + 1] <= "Z" and i > lo and text[i - 1].isspace()
            for i in range(lo, hi - 1)
        )

    assert any(
        quotes.SINGLE_SPEECH.search(text, *p.span) and not blank_only(text, *p.span)
        for text in _single_texts()
        for p in _spans(text)
    )


# --- model.Quote: the four short fields tested for a break together, not one by one ----------------


def _one_line_before(element: object, name: str) -> None:
    value = getattr(element, name)
    if value and ("\n" in value or "\r" in value or "\t" in value):
        object.__setattr__(element, name, " ".join(value.split()))


@dataclasses.dataclass(frozen=True, slots=True)
class _QuoteBefore:
    """model.Quote as it was: the generated __init__ and a __post_init__ that keeps four fields on one line."""

    text: str
    speaker: str | None
    speaker_mention: str | None
    cue: str | None
    paragraph: int
    kind: str
    speaker_title: str | None = None
    span: tuple[int, int] = dataclasses.field(default=(0, 0), compare=False, repr=False)

    def __post_init__(self) -> None:
        for name in ("speaker", "speaker_mention", "speaker_title", "cue"):
            _one_line_before(self, name)


_SHORT_PIECES = [
    None,
    "",
    "Ralf",
    "Ralf Stegner",
    "\n",
    "\r\n",
    "\t",
    " ",
    "  x  ",
    "a\nb",
    "a\rb",
    "x\t y",
    "\u00a0",
    "é\n",
]


def _quote_args() -> list[tuple]:
    rng = random.Random(7)
    args: list[tuple] = []
    for _ in range(3000):
        short = []
        for _field in range(4):
            if rng.random() < 0.2:
                short.append(None)
            else:
                short.append("".join(rng.choice(_SHORT_PIECES[1:]) for _ in range(rng.randint(0, 4))))
        args.append(("te\nxt", short[0], short[1], short[2], rng.randint(0, 9), "direct", short[3], (1, 9)))
    return args


def _fields(q: object) -> tuple:
    return tuple(getattr(q, f.name) for f in dataclasses.fields(q))  # type: ignore[arg-type]


_QUOTE_EDGES = [
    ("t", "a\r", "\nb", "c", 0, "indirect", None, (0, 1)),  # a break split across two fields
    ("t", None, None, None, 0, "indirect", "x\ty", (0, 1)),  # the title's alone
    ("t", "None", None, "\n", 0, "indirect", None, (0, 1)),  # the cue's alone
    ("t", "a  b", "c\u00a0 d", None, 0, "direct", None, (0, 1)),  # no break: blanks kept as they are
]


def _mismatches(make) -> list[tuple]:
    """The arguments for which ``make`` builds other fields than the __post_init__ of one test a field."""
    return [a for a in _quote_args() + _QUOTE_EDGES if _fields(make(*a)) != _fields(_QuoteBefore(*a))]


def test_quote_post_init_is_one_test_a_field() -> None:
    assert _mismatches(Quote) == []
    for a in _quote_args()[:200] + _QUOTE_EDGES:
        text, speaker, mention, cue, paragraph, kind, title, span = a
        by_name = Quote(
            text=text,
            speaker=speaker,
            speaker_mention=mention,
            cue=cue,
            paragraph=paragraph,
            kind=kind,
            speaker_title=title,
            span=span,
        )
        assert _fields(by_name) == _fields(_QuoteBefore(*a))
    assert _fields(Quote("t", "s", "m", "c", 1, "direct")) == _fields(
        _QuoteBefore("t", "s", "m", "c", 1, "direct")
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        Quote("t", None, None, None, 0, "direct").text = "u"  # type: ignore[misc]
    q = Quote("t", "a\nb", None, "kata", 0, "direct", span=(4, 8))
    assert _fields(dataclasses.replace(q, text="u")) == ("u", "a b", None, "kata", 0, "direct", None, (4, 8))
    assert q == Quote("t", "a b", None, "kata", 0, "direct")  # spans do not compare
    assert hash(q) == hash(Quote("t", "a b", None, "kata", 0, "direct"))
    assert repr(q) == repr(_QuoteBefore("t", "a b", None, "kata", 0, "direct")).replace(
        "_QuoteBefore", "Quote"
    )


def test_quote_init_check_catches_a_missed_field() -> None:
    def title_left_out(text, speaker, mention, cue, paragraph, kind, title=None, span=(0, 0)):  # type: ignore[no-untyped-def]
        q = Quote(text, speaker, mention, cue, paragraph, kind, None, span)
        object.__setattr__(q, "speaker_title", title)  # the title's break kept
        return q

    assert _mismatches(title_left_out)


def test_single_marks_body_check_catches_a_short_body() -> None:
    """The check above fails for a form whose body test reads the first paragraph only."""

    def first_only(text: str, paragraphs: tuple[Paragraph, ...]) -> bool:
        if not paragraphs or not quotes._may_open_single(text, *paragraphs[0].span):
            return False
        return quotes.single_marks_story(text, paragraphs)

    assert _single_differ(first_only)


def test_paired_quotes_hold_words() -> None:
    """Every candidate ``pair_marks`` keeps has a piece with words in it (its first piece tested
    first, then the rest: the same answer as testing them all), over stories and fuzz."""
    for text in _single_texts() + _texts():
        for c in quotes.pair_marks(text, _spans(text)):
            assert c.pieces and any(b > a for a, b in c.pieces)
