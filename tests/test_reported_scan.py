"""The reported-speech stage's cheaper forms give what the forms they stand for give.

``reported._sentence_starts`` reads a paragraph's sentences as far as the first one after its last
cue, in one loop, where it was a generator read as far as each cue asked; ``reported._taken`` and
``reported._inside_marks`` test in plain loops what generator expressions and slices tested. Each is
checked against the form it stands for over the fixtures, samples and dev stories when there, and
over short texts built to hit the edges (abbreviations, stops in runs, marks, blanks); and each
check is shown to catch a form deliberately broken.
"""

from __future__ import annotations

import random
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from functools import cache

from newsparse import reported
from newsparse.lang import load_all
from newsparse.reported import ABBREVIATION, SHORT_WORD, _named_after_cue, sentence_ends
from newsparse.speech import Rules, rules

from .test_quote_scan import _end_texts
from .test_speech_scan import STORIES

R = rules(load_all())


def _starts_as_read(text: str, lo: int, hi: int, r: Rules) -> Iterator[int]:
    """The sentence starts as the stage read them before (a generator, read as far as asked)."""
    yield lo
    words: set[str] | None = None
    for m in sentence_ends(text, lo, hi):
        nxt = m.end()
        while nxt < hi and text[nxt].isspace():
            nxt += 1
        short = ABBREVIATION.search(text, max(lo, m.start() - 5), m.start()) if m.group(0) == "." else None
        if short is not None:
            word = short.group(0)
            after = (text[nxt : nxt + 12].split() or [""])[0]
            if words is None:
                words = set(SHORT_WORD.findall(text, lo, hi))
            if (
                len(word) < 3
                or (
                    after.lower() not in r.not_names and not (word.lower() in r.dates and after[:1].isupper())
                )
            ) and (
                f"{word}." in r.titles
                or (word not in words and not _named_after_cue(text[max(lo, m.start() - 30) : m.start()], r))
            ):
                continue
        if nxt < hi:
            yield nxt


def _read_to(text: str, lo: int, hi: int, until: int) -> list[int]:
    """The starts the generator gave when the cues read it up to ``until`` (as find_reported did)."""
    starts: list[int] = []
    more = _starts_as_read(text, lo, hi, R)
    while not starts or starts[-1] <= until:
        if (opens := next(more, None)) is None:
            break
        starts.append(opens)
    return starts


PIECES = [
    "Gen.",
    "U.S.",
    "Mr.",
    "p.m.",
    "May.",
    "Liga Arab.",
    "kata Gada.",
    "Senin.",
    "10.5",
    "...",
    "?!",
    "!",
    '."',
    ".”",
    "'",
    "(AFP).",
    "He",
    "Sherpas",
    "the",
    "Dia",
    "said",
    "9",
    "A.",
    "x.",
]


def _texts() -> list[str]:
    rng = random.Random(16)
    built = [
        "".join(rng.choice(PIECES) + rng.choice([" ", "  ", "", " \n"]) for _ in range(rng.randint(1, 40)))
        for _ in range(300)
    ]
    return built + STORIES


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"[^\n]+", text)]


def _starts_differ(form: Callable[[str, int, int, Rules, int], list[int]]) -> list[tuple[str, int, int]]:
    """Where ``form`` gives other sentences than the generator read as far as a cue (each cue's
    sentence, from the starts read up to the paragraph's last cue)."""
    rng = random.Random(3)
    differ = []
    for text in _texts():
        for lo, hi in _paragraphs(text):
            cues = sorted(rng.randrange(lo, hi) for _ in range(rng.randint(1, 4)))
            starts = form(text, lo, hi, R, cues[-1])
            read = _read_to(text, lo, hi, cues[-1])
            for at in cues:
                if reported._sentence_of(starts, at, hi) != reported._sentence_of(read, at, hi):
                    differ.append((text, lo, at))
    return differ


def test_sentence_starts_as_far_as_the_last_cue() -> None:
    """Each cue's sentence is the one the generator gave, read as far as that cue."""
    assert _starts_differ(reported._sentence_starts) == []


def test_sentence_starts_check_catches_a_short_read() -> None:
    """The check above fails for a form that stops at the last cue's own sentence (no end for it)."""

    def short(text: str, lo: int, hi: int, r: Rules, until: int) -> list[int]:
        starts = reported._sentence_starts(text, lo, hi, r, until)
        return starts[:-1] if len(starts) > 1 and starts[-1] > until else starts

    assert _starts_differ(short)


def test_sentence_starts_examples() -> None:
    text = "Gen. Ali said U.S. troops left. He met Mr. Tan at 10 p.m. Sunday. It ended."
    assert reported._sentence_starts(text, 0, len(text), R, len(text)) == [0, 32, 66]
    assert reported._sentence_starts(text, 0, len(text), R, 10) == [0, 32]  # not read past the cue's


def _taken_as_any(taken: list[tuple[int, int]], at: int) -> bool:
    return any(a <= at < b for a, b in taken[-3:])


def _inside_as_sliced(cs: int, ce: int, direct: list[tuple[int, int]]) -> bool:
    for a, b in direct[max(0, bisect_left(direct, (cs, cs)) - 2) :]:
        if a >= ce:
            break
        if min(b, ce) - max(a, cs) > 0.6 * (ce - cs):
            return True
    return False


def _cases(seed: int) -> Iterator[tuple[list[tuple[int, int]], int, int]]:
    rng = random.Random(seed)
    for _ in range(3000):
        spans = sorted(
            (a, a + rng.randint(0, 30)) for a in (rng.randrange(200) for _ in range(rng.randint(0, 8)))
        )
        cs = rng.randrange(200)
        yield spans, cs, cs + rng.randint(1, 60)


def test_taken_and_inside_marks_in_loops() -> None:
    for spans, cs, ce in _cases(7):
        assert reported._taken(spans, cs) == _taken_as_any(spans, cs), (spans, cs)
        assert reported._inside_marks(cs, ce, spans) == _inside_as_sliced(cs, ce, spans), (spans, cs, ce)


def test_loop_checks_catch_broken_forms() -> None:
    """The comparisons above fail for a form that looks at the last two stretches only, and for one
    that takes half a quote for the whole."""
    cases = list(_cases(7))
    assert any(_taken_as_any(s, cs) != any(a <= cs < b for a, b in s[-2:]) for s, cs, _ in cases)

    def half(cs: int, ce: int, direct: list[tuple[int, int]]) -> bool:
        return any(min(b, ce) - max(a, cs) > 0.5 * (ce - cs) for a, b in direct)

    assert any(_inside_as_sliced(cs, ce, s) != half(cs, ce, s) for s, cs, ce in cases)


def _ends_differ(form: Callable[[str, int, int], Iterable[re.Match[str]]]) -> list[tuple[str, int, int]]:
    rng = random.Random(9)
    differ = []
    for text in [*_end_texts(), *STORIES]:
        for lo in [0, *(rng.randrange(len(text) + 1) for _ in range(6))]:
            hi = rng.randint(lo, len(text))
            if [m.span() for m in form(text, lo, hi)] != [m.span() for m in sentence_ends(text, lo, hi)]:
                differ.append((text, lo, hi))
    return differ


def test_ends_in_order_are_sentence_ends() -> None:
    """With only full stops (and no run of stops open before lo) the one scan is read lazily; the
    ends are ``sentence_ends``' over fuzz of stops, marks and blanks, and the stories."""
    assert _ends_differ(reported._ends_in_order) == []


def test_ends_check_catches_a_broken_form() -> None:
    """The check fails for a form that takes the full-stop scan from inside a run of stops too."""

    def from_inside(text: str, lo: int, hi: int) -> Iterable[re.Match[str]]:
        if text.find("!", lo, hi) < 0 and text.find("?", lo, hi) < 0:
            return reported._STOP_END.finditer(text, lo, hi)
        return sentence_ends(text, lo, hi)

    assert _ends_differ(from_inside)


def _lowercase_tail(text: str, at: int) -> bool:
    """``_sentence_starts``' test before ``ABBREVIATION``: four lowercase ASCII letters before ``at``."""
    tail = text[at - 4 : at] if at >= 4 else ""
    return tail.isalpha() and tail.islower() and tail.isascii()


def _abbreviations_missed(skip: Callable[[str, int], bool]) -> list[tuple[str, int, int]]:
    """Where ``skip`` turns a position away at which ``ABBREVIATION`` finds a short word (every
    position of the texts, every window start of up to six characters before it)."""
    missed = []
    edges = [
        "ab.",
        "Gen.",
        "a\n.",
        "x.y.",
        "U.S",
        "abcd\n.",
        "ab Mr.",
        "\u017fo.",
        "K\u212a.",
        "éabc.",
        "p.m.",
    ]
    for text in _texts() + edges:
        for at in range(1, len(text) + 1):
            if not skip(text, at):
                continue
            for lo in range(max(0, at - 6), at):
                if ABBREVIATION.search(text, max(lo, at - 5), at) is not None:
                    missed.append((text, lo, at))
    return missed


def test_lowercase_tail_holds_no_abbreviation() -> None:
    assert _abbreviations_missed(_lowercase_tail) == []


def test_abbreviation_check_catches_a_broken_test() -> None:
    """The check above fails for a test that reads only the last three letters ("Gen." would pass)."""

    def three(text: str, at: int) -> bool:
        tail = text[at - 3 : at] if at >= 3 else ""
        return tail.isalpha() and tail.islower() and tail.isascii()

    assert _abbreviations_missed(three)


# --- find_reported: a helper is called only when its own first test may pass --------------------------


def _cue_cases() -> list[tuple]:
    """(text, ordered hits, k, direct, sentence end, content start, content end) for every cue whose
    content ``_content`` finds, over the stories."""
    from newsparse import parse, speakers

    cases: list[tuple] = []
    seen: dict[str, tuple[list, list]] = {}
    orig_find, orig_content = speakers.find_reported, reported._content

    def find(text, paragraphs, hits, direct, r, people):  # type: ignore[no-untyped-def]
        seen[text] = (sorted(hits, key=lambda h: h.start), list(direct))
        return orig_find(text, paragraphs, hits, direct, r, people)

    def content(text, hit, low, s, e, r):  # type: ignore[no-untyped-def]
        assert low == text[hit.start : hit.end].lower()  # (the cue's words, lowered once for every use)
        found = orig_content(text, hit, low, s, e, r)
        if found is not None:
            ordered, direct = seen[text]
            cases.append((text, ordered, ordered.index(hit), direct, e, found[0], found[1]))
        return found

    speakers.find_reported, reported._content = find, content
    try:
        for text in STORIES:
            parse(text)
    finally:
        speakers.find_reported, reported._content = orig_find, orig_content
    return cases


@cache
def _cases_once() -> tuple[tuple, ...]:
    return tuple(_cue_cases())


def _next_report_skipped_wrongly(guard: Callable[[list, int, int], bool]) -> list[tuple]:
    """The cases where ``guard`` (ordered, k, content end) says no later cue ends the content but
    ``_next_report`` ends it elsewhere."""
    wrong = []
    for text, ordered, k, _direct, _e, cs, ce in _cases_once():
        if not guard(ordered, k, ce) and reported._next_report(text, ordered, k, cs, ce, R) != ce:
            wrong.append((text[cs:ce], k))
    return wrong


def test_find_reported_calls_only_where_a_helper_may_act() -> None:
    assert len(_cases_once()) > 300
    assert (
        _next_report_skipped_wrongly(
            lambda ordered, k, ce: k + 1 < len(ordered) and ordered[k + 1].start < ce
        )
        == []
    )
    for text, ordered, k, _direct, e, cs, ce in _cases_once():
        hit = ordered[k]
        if hit.kind == "verb" and text[hit.start : hit.end].lower() not in R.requests:
            assert reported._asks(text, hit, cs, e, R)
        assert reported._before_quote(text, cs, ce, []) == ce and not reported._inside_marks(cs, ce, [])
        for body in (text[cs:ce], text[cs : ce + 3], text[max(0, cs - 2) : ce]):
            if body and body[0] not in reported.QUOTE_MARKS:
                assert not reported._all_marked(body)
            if '"' not in body and "\u201d" not in body and "''" not in body:
                assert not reported._quote_then_cue(body, R)


def test_next_report_guard_check_catches_a_broken_guard() -> None:
    """The check above fails for a guard that never calls ``_next_report`` ("said A, adding that B" kept whole)."""
    assert _next_report_skipped_wrongly(lambda ordered, k, ce: False)
