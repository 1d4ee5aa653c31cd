"""``tail.classify``'s cheaper forms answer exactly as the forms they stand for.

- ``tail.has_digit`` stands for ``DIGIT.search(text) is not None`` (``\\d``: every script's digits);
- staff codes: one ``match``, then ``fullmatch`` only when the match stopped short, stands for a
  ``fullmatch`` then a ``match``;
- ``credits.may_be_credit`` with the contribution test written out stands for the call.

Each is checked on every line of the fixtures, samples and dev stories, on invented edge cases, and on
random lines from an alphabet built to hit the edges (digits beyond ASCII, a bracket, a slash, the
letters of the staff-code shapes); and the whole of ``classify`` against its earlier form, written
out below, on the same lines.
"""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import credits, tail
from newsparse.lang import load_all
from newsparse.tail import DIGIT, classify

from .conftest import story_texts

# digits in and beyond ASCII (Arabic-Indic, fullwidth, superscript two: not \d), the marks of staff
# codes, dates and times, letters and capitals, a space, a line end
EDGES = '0159\u0661\uff13\u00b2AaBPTUIdpsx()/:-.,; \t\u00a0\u00e9\u201c"'


def _lines() -> list[tuple[str, int]]:
    out = []
    for text in story_texts():
        at = 0
        for line in text.split("\n"):
            if line.strip():
                out.append((line, at))
            at += len(line) + 1
    return out


def _staff_plain(text: str, r: tail._Rules) -> tuple[bool, re.Match[str] | None]:
    """Before: a fullmatch, then a match for the codes that open a longer line."""
    return r.staff_codes.fullmatch(text) is not None, r.staff_codes.match(text)


def _staff_cheap(text: str, r: tail._Rules) -> tuple[bool, re.Match[str] | None]:
    codes = r.staff_codes.match(text)
    return codes is not None and (
        codes.end() == len(text) or r.staff_codes.fullmatch(text) is not None
    ), codes


def _same(a: tuple[bool, re.Match[str] | None], b: tuple[bool, re.Match[str] | None]) -> bool:
    return a[0] == b[0] and (a[1] is None) == (b[1] is None) and (a[1] is None or a[1].span() == b[1].span())


def _mentions_plain(text: str, c: credits._Rules) -> bool:
    """``may_be_credit`` as it was: the contribution test by its function."""
    if not text.isascii() or "&" in text:
        return credits._may_be_credit_broad(text)
    low = text.lower()
    head = low.lstrip(credits.CREDIT_LEAD)
    return (
        head.startswith(c.starts.get(head[: c.start_key], ()))
        or text.endswith(credits.OUTLET_ENDS)
        or " | " in text
        or credits._mentions_contribution(text, low)
    )


def _check(line: str) -> None:
    lang = load_all()
    r, c = tail.rules(lang), credits.rules(lang)
    text = line.strip()
    assert tail.has_digit(text) == (DIGIT.search(text) is not None), text
    assert _same(_staff_cheap(text, r), _staff_plain(text, r)), text
    assert credits.may_be_credit(text, c) == _mentions_plain(text, c), text


INVENTED = [
    "",
    "0",
    "\u0661\u0662",  # Arabic-Indic digits: \d, not ASCII
    "\uff13 Mei",  # a fullwidth three
    "x\u00b2",  # a superscript two is not \d
    "Harga naik 12 persen",
    "Kata dia, tanpa angka.",
    "ams/idn",
    "(ams/idn)",
    "(ams/idn) 12-02-2012 17:32",
    "fb/ach/jm xyz",
    "ab/cd/efgh/ij",
    "abc/de/fghij",  # the match stops short of the line's end
    "PTI GJS RHL",
    "PTI GJS RHLX",
    "dpa tr mk",
    "dpa tr mkk",
    "Source: CNA/fh(ac)",
    "burs-ljm/cmk",
    "(T.A043/B012/R010)",
    "(T.A043/B012/R010) 14-02-2012 17:32",
    "(abc/xyz) [Gambas:Video CNN]",
    "Rina contributed to this report.",
    "Budi berkontribusi dalam laporan ini.",
    "Ani menyumbang laporan.",
    "Tom Hale helped with this report.",
    "Tom Hale HELPED WITH this report.",
    "Annisa Rahmawati - detikNews",
    "HALIDA BUNGA | ANDITA RAHMA",
    "By Jane Doe",
    "(Reporting by A; Editing by B)",
    "The \u201cSit Together Act\u201d, contributed by no one",
]


def test_cheap_forms_on_the_stories() -> None:
    lines = _lines()
    assert len(lines) > 1500
    for line, _ in lines:
        _check(line)


def test_cheap_forms_on_invented_lines() -> None:
    for line in INVENTED:
        _check(line)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=EDGES, max_size=40))
def test_cheap_forms_random(line: str) -> None:
    _check(line)


def test_edges_hit_both_answers() -> None:
    """The invented lines take each cheap form down both of its ways."""
    lang = load_all()
    r = tail.rules(lang)
    digits = {tail.has_digit(t) for t in INVENTED}
    staff = {_staff_cheap(t, r)[0] for t in INVENTED}
    short = [t for t in INVENTED if (m := r.staff_codes.match(t)) and m.end() < len(t)]
    assert digits == staff == {True, False}
    assert short  # the codes open a longer line: the fullmatch is tried (and fails)
    assert all(_staff_cheap(t, r)[0] == _staff_plain(t, r)[0] for t in short)
    assert any(not t.isascii() and tail.has_digit(t) for t in INVENTED)


def test_has_digit_broken_form_fails() -> None:
    """A digit test that looks at ASCII only would miss "\u0661\u0662": the check above would see it."""
    assert DIGIT.search("\u0661\u0662") is not None
    assert b"0" not in "\u0661\u0662".encode("ascii", "ignore").translate(tail._ZERO)


def test_classify_as_before_on_the_stories() -> None:
    lang = load_all()
    for line, start in _lines():
        assert _elements(classify(line, start, lang)) == _elements(_classify_plain(line, start, lang)), line


def test_classify_as_before_on_invented_lines() -> None:
    lang = load_all()
    rng = random.Random(16)
    lines = [
        *INVENTED,
        *("".join(rng.choice(EDGES) for _ in range(rng.randrange(1, 60))) for _ in range(300)),
    ]
    for line in lines:
        assert _elements(classify(line, 7, lang)) == _elements(_classify_plain(line, 7, lang)), line


def _elements(found: list[tail.Element] | None) -> list[tuple[object, ...]] | None:
    return None if found is None else [(type(e).__name__, e, e.span) for e in found]


def _classify_plain(raw: str, start: int, lang) -> list[tail.Element] | None:  # type: ignore[no-untyped-def]
    """``classify`` as it was before its cheaper forms (session 9): each test by its plain form."""
    from newsparse.credits import parse_byline, parse_credits
    from newsparse.model import OtherLine
    from newsparse.tail import (
        CONTACT,
        EMBED,
        ENDS_WITH_ADDRESS,
        ISO_STAMP,
        LINK_LINE,
        LINK_OPEN,
        READING_TIME,
        SENTENCE_IN_LINE,
        SEPARATOR_LINE,
        STAMP_AFTER_CODES,
        _blank_when_clean,
        _caption,
        _has_address,
        _is_caption,
        _is_timestamp,
        _may_be_caption,
        _may_be_script,
        parse_copyright,
    )

    r = tail.rules(lang)
    c = credits.rules(lang)
    text = raw.strip()
    if text.endswith('"') and text.count('"') == 1:
        text = text[:-1].rstrip()
    span = (start, start + len(raw))
    may = r.openers.get(text[:1], tail.ALL_OPENERS)
    is_trailer = text[:1] + text[-1:] in r.trailer_ends and " ".join(text.split()) in r.trailers
    if is_trailer or (len(text) < 40 and "agency" in may and r.agency_trailer.fullmatch(text)):
        return [OtherLine("trailer", raw, span)]
    if "copyright" in may and r.copyright.match(text):
        found = parse_copyright(raw, start, r)
        if found:
            return [found]
    if "related" in may and r.related.match(text):
        return [OtherLine("related", raw, span)]
    if "staff" in may and r.staff_codes.fullmatch(text):
        return [OtherLine("staff-codes", raw, span)]
    codes = r.staff_codes.match(text) if "staff" in may else None
    if codes and STAMP_AFTER_CODES.fullmatch(text, codes.end()):
        rest = text.find(text[codes.end() :].strip(), codes.end())
        return [
            OtherLine("staff-codes", codes.group(0), (start, start + codes.end())),
            OtherLine("timestamp", text[rest:], (start + rest, start + len(text))),
        ]
    if codes and EMBED.fullmatch(after := text[codes.end() :].strip()):
        lead = raw.find(text)
        rest = lead + text.find(after, codes.end())
        return [
            OtherLine("staff-codes", codes.group(0), (start + lead, start + lead + codes.end())),
            OtherLine("embed", after, (start + rest, start + rest + len(after))),
        ]
    if (
        len(text) < 400
        and _mentions_plain(text, c)
        and (found_credits := parse_credits(raw, start, c) or parse_byline(raw, start, c))
    ):
        return list(found_credits)
    if text.endswith((":", "\uff1a")) and (m := c.colon_label.fullmatch(text)) and m.end() == len(text):
        return [OtherLine("empty-credit", raw, span)]
    if "boilerplate" in may and r.boilerplate.match(text):
        return [OtherLine("boilerplate", raw, span)]
    if ("separator" in may and SEPARATOR_LINE.fullmatch(text)) or (
        len(text) < 40 and _blank_when_clean(text)
    ):
        return [OtherLine("separator", raw, span)]
    if len(text) < 600 and text[0] in LINK_OPEN and LINK_LINE.fullmatch(text):
        return [OtherLine("link", raw, span)]
    if len(text) < 100 and "contact" in may and CONTACT.fullmatch(text):
        return [OtherLine("contact", raw, span)]
    if len(text) < 200 and text.find(":", 0, 12) > 0 and "source" in may and r.source_line.fullmatch(text):
        return [OtherLine("trailer", raw, span)]
    if (
        len(text) < 300
        and _has_address(text)
        and ENDS_WITH_ADDRESS.search(text)
        and r.reached_at.search(text)
    ):
        return [OtherLine("contact", raw, span)]
    if len(text) < 120 and "embed" in may and EMBED.fullmatch(text):
        return [OtherLine("embed", raw, span)]
    if (
        len(text) < 400
        and _may_be_script(text)
        and r.script.search(text)
        and not SENTENCE_IN_LINE.search(text)
    ):
        return [OtherLine("script", raw, span)]
    if len(text) < 160 and (
        ("iso" in may and ISO_STAMP.match(text)) or (DIGIT.search(text) and _is_timestamp(text, r))
    ):
        return [OtherLine("timestamp", raw, span)]
    if len(text) < 20 and "reading" in may and READING_TIME.fullmatch(text):
        return [OtherLine("reading-time", raw, span)]
    if _may_be_caption(text, r) and r.caption.search(text, max(0, len(text) - 200)) and _is_caption(text, r):
        return _caption(raw, start, r)
    return None


def test_classify_lines_is_classify_of_each() -> None:
    """The story's lines classified with the rules looked up once give what ``classify`` gives line
    by line (the pipeline's segments of every story, and invented lines)."""
    from newsparse.envelope import unwrap
    from newsparse.layout import split_lines

    lang = load_all()
    for text in [*story_texts(), "\n".join(INVENTED)]:
        spans = [(s.start, s.end) for s in unwrap(text, split_lines(text))[0]]
        want = [_elements(classify(text[a:b], a, lang)) for a, b in spans]
        assert [_elements(k) for k in tail.classify_lines(text, spans, lang)] == want
