"""The cheap tests in front of the early stages' patterns answer exactly as the full tests they stand for.

Each cheaper form is checked against the plain form it replaced (written out here) on invented edge
cases (a capital then a digit, a hyphen, a colon after spaces, a capital beyond ASCII, an empty line)
and on random lines from an alphabet built to hit those edges.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import blocks, envelope, header, language, layout, parse, patterns
from newsparse.envelope import HAS_CONTROL, RECORD, RECORDS, WIRE_LINE
from newsparse.keys import agency_id
from newsparse.lang import load_all

from .conftest import ROOT, story_texts

STORIES = [
    p.read_bytes().decode("utf-8", "replace")
    for p in sorted([*ROOT.glob("tests/fixtures/*/*.txt"), *ROOT.glob("samples/*.txt")])
]

# the characters the envelope's tests turn on: capitals, lower case, digits, a capital beyond ASCII,
# a digit beyond ASCII, the marks of tags, records, carets and wire lines, spaces, a control character
# the forms language.split_marks stands for: str.translate's table and the pattern of the marks
_SPLIT = str.maketrans(dict.fromkeys(language.MARKS, " "))
_MARKS = re.compile(f"[{re.escape(language.MARKS)}]")
EDGES = "AHPWZaerz09\u00c9\u0661<>&#^:-_ ./,=(\t\x02\u00a0"


def _has_envelope_plain(raw: str, control: bool = True) -> bool:
    return (
        "<" in raw
        or "&#" in raw
        or raw[:1] == "^"
        or (
            raw[:1].isupper()
            and (record := RECORD.match(raw)) is not None
            and record.group("label") in RECORDS
        )
        or (control and HAS_CONTROL.search(raw) is not None)
        or WIRE_LINE.fullmatch(raw) is not None
    )


def _is_advisory_plain(raw: str) -> bool:
    if len(raw) > 300:
        return False
    if raw.endswith("///"):
        return True
    pattern, openings = envelope._advisory()
    words = tuple(w for heads in openings.values() for w in heads)
    return raw.startswith(words) and pattern.fullmatch(raw) is not None


LINES = [
    "",
    "A",
    "AP",
    "The harbour said",
    "HEADLINE: Ferry fares",
    "HEADLINE : Ferry fares",
    "HEADLINE   :x",
    "BODY:",
    "LOAD-DATE: March 4, 2023",
    "LOAD-DATE",
    "Headline: not a record",
    "H: one capital",
    "\u00c9DITION: beyond ASCII",
    "AP-NY-03-03-23 1547EST<",
    "AP-NY-03-03-23 1547EST",
    "APW19980820.1428",
    "NYT_ENG_19980820.1428 ",
    "APn  03/09 0006  Iraq War Dead",
    "AP-US-Storm-Damage,0512",
    "a0417",
    "r a BC-AP-US-Storm 03-03 0734",
    "eca0003 3 i 380  dpa 0045",
    "212322 GMT Nov 18",
    "3 of 14 DOCUMENTS",
    "\u0663 of 14 DOCUMENTS",
    "(PROFILE (WS SL:BC-Storm; CT:i;)",
    "^Headline<",
    "x &#5; y",
    "text\x02more",
    "ATTENTION - ADDS background",
    "REFILE",
    "Refile",
    "2ND LEAD",
    "# ATTENTION",
    "UPDATE 2",
    "Eds: With AP Photos.",
    "EDITOR'S NOTE",
    "EXTRA",
    "TOPIX 3",
    "Tom Price ///",
]


def test_has_envelope_edges() -> None:
    for raw in LINES:
        for control in (True, False):
            assert envelope._has_envelope(raw, control) == _has_envelope_plain(raw, control), (raw, control)


def test_is_advisory_edges() -> None:
    for raw in LINES:
        assert envelope.is_advisory(raw) == _is_advisory_plain(raw), raw


def test_edges_hit_both_answers() -> None:
    """The edge cases hold lines each test accepts and lines it rejects (a test that cannot fail is none)."""
    assert {envelope._has_envelope(raw) for raw in LINES} == {True, False}
    assert {envelope.is_advisory(raw) for raw in LINES} == {True, False}
    assert envelope._has_envelope("APW19980820.1428") and not envelope._has_envelope("APr 3 the harbour")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=EDGES, max_size=30), st.booleans())
def test_has_envelope_random(raw: str, control: bool) -> None:
    assert envelope._has_envelope(raw, control) == _has_envelope_plain(raw, control)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(LINES), st.text(alphabet=EDGES, max_size=12))
def test_has_envelope_random_tails(line: str, tail: str) -> None:
    raw = line + tail
    assert envelope._has_envelope(raw) == _has_envelope_plain(raw)
    assert envelope.is_advisory(raw) == _is_advisory_plain(raw)


def _detect_plain(text: str, agency: str | None = None) -> str | None:
    """language.detect_language as it was: every word counted."""
    counts = Counter(text[: language.WINDOW].lower().translate(_SPLIT).split())
    if counts.total() < language.MIN_WORDS:
        return None
    words = counts.keys()
    common = {code: sum(counts[w] for w in found & words) for code, found in language._common().items()}
    if not any(common.values()):
        return None
    if common["en"] > max(common["id"], common["ms"]):
        return "en"
    marks = {code: len(found & words) for code, found in language._distinctive().items()}
    margin = marks["ms"] - marks["id"]
    prior = language._priors().get(agency_id(agency) or "")
    if prior is not None:
        margin += language.PRIOR if prior == "ms" else -language.PRIOR
    if margin:
        return "ms" if margin > 0 else "id"
    return "ms" if common["ms"] > common["id"] else "id"


def _language_words() -> list[str]:
    words = sorted({*language._counted()})
    return [
        *words[::3],
        "the",
        "said",
        "yang",
        "beliau",
        "kerajaan",
        "pemerintah",
        "karena",
        "rumah",
        "house",
    ]


WORD_MARKS = [
    " ",
    "  ",
    ", ",
    ". ",
    "\u201c",
    "\u201d ",
    " \u2014 ",
    "-",
    "\n",
    "\u00a0",
    "(",
    ") ",
    "\u2026",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(_language_words()), st.sampled_from(WORD_MARKS)), max_size=40),
    st.sampled_from([None, "ANTARA", "Bernama", "Reuters", "Some Blog"]),
    st.booleans(),
)
def test_detect_language_random(pairs: list[tuple[str, str]], agency: str | None, upper: bool) -> None:
    text = "".join(w.upper() if upper and n % 3 == 0 else w + m for n, (w, m) in enumerate(pairs))
    assert language.detect_language(text, agency) == _detect_plain(text, agency)


def test_detect_language_edges() -> None:
    cases = [
        "",
        "the the the the",  # four words: too few
        "the the the the the",
        "yang dan di ke dari beliau kerajaan",
        "yang dan di ke dari pemerintah karena",
        "\u201cYang\u201d dan\u2014di ke dari",  # marks beyond ASCII split words as ASCII ones do
        "\u201cYANG\u201d DAN di ke DARI BELIAU",
        "Kata\u00a0yang dan di ke dari: beliau",
        "x " * 3000 + "the said",  # the window
        # lowercased beyond ASCII: the Kelvin sign is "k", "İ" and "É" open no counted word
        "\u212aATA yang dan di ke dari beliau \u212aerajaan",
        "\u0130STANBUL \u00c9T\u00c9 yang dan di ke dari pemerintah",
    ]
    for text in cases:
        for agency in (None, "ANTARA", "Bernama"):
            assert language.detect_language(text, agency) == _detect_plain(text, agency), (text[:40], agency)
    assert {language.detect_language(t) for t in cases} >= {None, "en", "id", "ms"}


def test_detect_language_lowercases_beyond_ascii(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the ASCII letters are lowercased (on the bytes), and the Kelvin sign made "k": the same
    for the counted words, which are all ASCII; the check catches a form that leaves the sign."""
    assert all(word.isascii() for word in language._counted())
    text = "\u212aATA \u212aATA \u212aATA yang the said he"
    assert language.detect_language(text) == _detect_plain(text) == "id"
    monkeypatch.setattr(patterns, "KELVIN", "\uffff")
    assert language.detect_language(text) != _detect_plain(text)


def test_detect_language_counts_each_occurrence(monkeypatch: pytest.MonkeyPatch) -> None:
    """A language's count is its words as often as they stand (the kept words, not a set of them):
    the check catches a form that counts each word once."""
    text = "the the the the the yang dan di"
    assert language.detect_language(text) == _detect_plain(text) == "en"
    monkeypatch.setattr(language, "list", lambda words: list(dict.fromkeys(words)), raising=False)
    assert language.detect_language(text) != _detect_plain(text)


def test_marks_pattern_is_the_table() -> None:
    """The pattern used beyond ASCII replaces exactly the characters the translate table does."""
    sample = "".join(chr(c) for c in range(0x2100)) + language.MARKS
    assert _MARKS.sub(" ", sample) == sample.translate(_SPLIT)


def _split_marks_plain(low: str) -> str:
    return low.translate(_SPLIT) if low.isascii() else _MARKS.sub(" ", low)


def test_split_marks_is_the_pattern() -> None:
    """The marks replaced on the text's bytes are exactly the pattern's: every character up to
    U+2100 with every mark after it, marks between characters of two, three and four bytes, a lone
    surrogate (bytes of its own), and every story's first paragraphs."""
    sample = "".join(chr(c) for c in range(0x2100)) + language.MARKS
    assert language.split_marks(sample) == _MARKS.sub(" ", sample)
    for text in [
        "",
        "a,b",
        "\u00e9\u2014\u00e9",
        "\u4e2d\u201c\u6587\u201d\U0001f600\u2026x",
        "\u2013\u2014\u2026\u00ab\u00bb",
        "x\ud800\u2019y",  # a lone surrogate
        "\u2018\u2019\u201c\u201d" * 3,
        *story_texts(),
    ]:
        low = text[: language.WINDOW].lower()
        assert language.split_marks(low) == _split_marks_plain(low), text[:40]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=language.MARKS + "aZ \u00e9\u00c9\u4e2d\U0001f600\u2019\u2020\u201e\u2010"))
def test_split_marks_random(text: str) -> None:
    assert language.split_marks(text) == _split_marks_plain(text)


def test_split_marks_broken_form_fails() -> None:
    """Bytes with the ASCII table alone keep the curly quotes: the comparison above sees it."""
    text = "\u201cyang\u201d dan"
    broken = text.encode().translate(language._ASCII_SPLIT).decode()
    assert broken != _split_marks_plain(text) == language.split_marks(text)


def test_repair_memo_lives_for_one_story() -> None:
    """A repair is remembered within one story's parse (the same text is not sent to ftfy twice) and
    forgotten when the next story starts; what it returns is ftfy's answer either way."""
    broken = "Madrid\u00e2\u20ac\u2122s council said it would \u00e2\u20ac\u0153act\u00e2\u20ac\x9d"
    patterns.forget_repairs()
    first = patterns.repair(broken)
    assert first == patterns._fixer()(broken) == "Madrid\u2019s council said it would \u201cact\u201d"
    assert {broken: first} == patterns._REPAIRED
    assert patterns.repair(broken) is first
    parse("JAKARTA (ANTARA) - Warga berkumpul di alun-alun pada Senin pagi.")
    assert patterns._REPAIRED == {}  # a new story dropped it
    parse(f"JAKARTA (ANTARA) - {broken}.")
    assert list(patterns._REPAIRED.values()) and all(
        v == patterns._fixer()(k) for k, v in patterns._REPAIRED.items()
    )


MOJI_EDGES = "a \u00c2\u00c3\u00c5\u00e2\u00c4\u00e3\u0080\u00a0\u00a9\u00bf\u00c0\u0152\u2019\u201c\u20ac\u2122\u2123K"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=MOJI_EDGES, max_size=12))
def test_has_mojibake_random(text: str) -> None:
    assert patterns.has_mojibake(text) == (patterns.MOJIBAKE.search(text) is not None)


def test_has_mojibake_edges() -> None:
    for text in ("", "plain", "caf\u00e9", "\u00e2", "\u00e2\u20ac\u2122", "x\u00c3\u00a9", "\u00c5\u00a1", "\u00c2\u00a0",
                 "\u00c2 ", "\u201cquoted\u201d", "\u00e2\u0080", "\u00c4\u00a9"):  # fmt: skip
        assert patterns.has_mojibake(text) == (patterns.MOJIBAKE.search(text) is not None), text
    assert patterns.has_mojibake("Madrid\u00e2\u20ac\u2122s") and not patterns.has_mojibake("Madrid\u2019s")


# pieces of a dateline's head: words, places, agencies, dates, separators, brackets, spaces of several
# kinds (a no-break space, an em space, a line break), long runs that cross each pattern's bounds
HEAD_PIECES = [
    "JAKARTA", "Kaeng Hang Maeo", "Mataram", "NTB", "WASHINGTON", "Jan. 5", "March 3", "2013", "12/3", "x" * 25,
    "Kyodo", "KOMPAS.com", "tirto.id", "Bisnis.com", "(AFP)", "(ANTARA)", "(Thailand)", "(in a word)", "(",
    ")", ",", ", ", " ", "  ", "\u00a0", "\u2003", "\n", "-", " - ", "--", "\u2014", ".-", ":", "\u00e2\u20ac\u201d",
    "\u00c2", ".", "_", "By", "the harbour said", "y" * 40,
]  # fmt: skip


def _heads() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(HEAD_PIECES), max_size=14).map("".join)


def test_dateline_gates_cover_the_patterns_examples() -> None:
    lang = load_all()
    paren, city_agency, *_ = header._rules(lang)
    for head in (
        "PARIS (AFP) - French bakers",
        "Kaeng Hang Maeo (Thailand) (AFP) - When",
        "Denmark, May 4, 2013 - (ANTARA) - x",
        ("y" * 85) + "   --   (AFP) -",
        ("y" * 91) + " (AFP) -",
        "JAKARTA, KOMPAS.com - Sebuah",
        ",,KOMPAS.com-",  # the city's part may hold a comma, the first character too
        ("y" * 61) + ", KOMPAS.com - Sebuah",
        "KUALA LUMPUR: x",
        ("y" * 70) + "\u00a0\u00a0.- x",
        ("y" * 71) + " - x",
        "OSAKA, Japan, March 3 Kyodo - x",
        "(CNN) \u2014 x",
        ("y" * 30) + "\u2003 (UPI) -- x",
    ):
        _check_gates(head, paren, city_agency)
    # the bounds bite: each pattern fails just past its bound, and its gate says so
    assert paren.match(("y" * 91) + " (AFP) -") is None and not header._paren_near(
        ("y" * 91) + " (AFP) -", 92
    )
    assert header._PLAIN.match(("y" * 71) + " - x") is None


def _check_gates(head: str, paren: re.Pattern[str], city_agency: re.Pattern[str]) -> None:
    bracket, sep_at = head.find("("), header._first_sep(head)
    assert sep_at == min((head.find(c) for c in header.SEP_CHARS if c in head), default=-1)
    if paren.match(head):
        assert bracket > 0 and header._paren_near(head, bracket), head
    if header._BARE.match(head):
        assert header._bare_near(head, bracket), head
    if city_agency.match(head):
        assert header._city_near(head), head
    if header._raw_take().match(head):
        assert header._raw_near(head), head
    if header._PLAIN.match(head):
        assert header._plain_near(head, sep_at), head


@settings(max_examples=600, deadline=None)
@given(_heads())
def test_dateline_gates_never_reject_a_match(head: str) -> None:
    """Each cheap test in front of a dateline pattern passes every head the pattern matches."""
    paren, city_agency, *_ = header._rules(load_all())
    _check_gates(head, paren, city_agency)


def _filler(n: int, kind: int) -> str:
    """n characters of a city's part: one word, words with spaces, or words ending in spaces."""
    text = ("y" * n, ("Kota Baru " * 20)[:n], ("ab" * 60)[: max(0, n - 3)] + "   ")[kind]
    return text[:n]


def test_dateline_gates_at_their_bounds() -> None:
    """Heads built to sit at each pattern's bound, a character or a few either side of it."""
    paren, city_agency, *_ = header._rules(load_all())
    gaps = ["", " ", "  ", " - ", "   --  ", "\u00a0.\u2014 ", ":", "\u00e2\u20ac\u201d ", "\u2003", ".-"]
    heads = []
    for kind in range(3):
        for gap in gaps:
            heads += [_filler(n, kind) + gap + "(AFP) - x" for n in range(84, 97)]
            heads += [_filler(n, kind) + gap + "(Thailand) (AFP) - x" for n in range(84, 97)]
            heads += [_filler(n, kind) + gap + "(UPI) -- x" for n in range(0, 37)]
            heads += [_filler(n, kind) + gap + " x" for n in range(64, 77)]
            heads += [_filler(n, kind) + ", KOMPAS.com" + gap + " Sebuah" for n in range(54, 66)]
            heads += ["," * n + ", KOMPAS.com" + gap + " Sebuah" for n in range(1, 4)]
            heads += ["OSAKA, " + _filler(n, kind) + " 3 Kyodo" + gap + " x" for n in range(44, 60)]
    matched = {"paren": 0, "bare": 0, "city": 0, "raw": 0, "plain": 0}
    for head in heads:
        _check_gates(head, paren, city_agency)
        matched["paren"] += paren.match(head) is not None
        matched["bare"] += header._BARE.match(head) is not None
        matched["city"] += city_agency.match(head) is not None
        matched["raw"] += header._raw_take().match(head) is not None
        matched["plain"] += header._PLAIN.match(head) is not None
    assert all(matched.values()), matched  # every pattern matched some of them: the bounds were reached


# after the city's comma: agencies in several cases, sites, words that start like them, the spaces
# the pattern reads (an entity's too), letters other cases fold to (Kelvin K, long s, dotted I)
COMMA_PIECES = [
    "JAKARTA", "y" * 25, ",", ", ", ",\u00a0", ",&nbsp;", "&nbsp;", " ", "  ", "\n", "(", ")", "KOMPAS.com",
    "kompas.COM", "Kompas", "TEMPO.CO", "tempo.co.id", "CNN Indonesia", "CNN", "cnn\u00a0indonesia",
    "Bisnis.com", "bisnis", "Suara-Papua.com", "\u212aOMPAS.com", "\u017fuara.com", "\u0130DN Times",
    "idn times", "March 3", "AP", "ap", "Apple", "AFP", "antara", "ANTARA News", " - ", "-", ":", " Sebuah",
]  # fmt: skip


def _city_gate_misses(heads: list[str]) -> list[str]:
    """The heads the city-comma-agency pattern matches and its cheap test turns away."""
    city_agency = header._rules(load_all())[1]
    return [h for h in heads if city_agency.match(h) is not None and not header._city_near(h)]


def _comma_heads() -> list[str]:
    heads = [
        "JAKARTA, KOMPAS.com - Sebuah",
        "JAKARTA,&nbsp;&nbsp;KOMPAS.com - Sebuah",
        "JAKARTA, \u212aOMPAS.com - Sebuah",  # the Kelvin sign is a K ignoring case
        "Kota, Baru, CNN Indonesia Gempa",  # the first comma is not the pattern's
        "A, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, CNN Indonesia Gempa",
        ",,KOMPAS.com-",
    ]
    heads += [("y" * n) + ", KOMPAS.com - x" for n in range(55, 65)]  # the comma either side of CITY_PRE
    heads += [("y, " * n) + "KOMPAS.com - x" for n in range(15, 25)]
    return heads


def test_city_gate_never_rejects_a_match() -> None:
    heads = _comma_heads()
    city_agency = header._rules(load_all())[1]
    assert sum(city_agency.match(h) is not None for h in heads) >= 15
    assert all(city_agency.match(h) is not None for h in heads[:4]), heads
    assert _city_gate_misses(heads) == []


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(COMMA_PIECES), max_size=12).map("".join))
def test_city_gate_random(head: str) -> None:
    assert _city_gate_misses([head]) == []


@pytest.mark.parametrize(
    "broken",
    [
        lambda: re.compile(header._comma_agency().pattern),  # case kept: misses "JAKARTA, \u212aOMPAS.com"
        lambda: re.compile(header._comma_agency().pattern.replace("(?:\\s|&nbsp;)*", " ?"), re.I),
    ],
)
def test_city_gate_check_catches_a_broken_gate(monkeypatch: pytest.MonkeyPatch, broken) -> None:  # type: ignore[no-untyped-def]
    pattern = broken()
    monkeypatch.setattr(header, "_comma_agency", lambda: pattern)
    assert _city_gate_misses(_comma_heads()) != []


def test_city_gate_check_catches_a_broken_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    near = header._city_near

    def short(head: str) -> bool:  # a bound one character short
        return near(head) and head.find(",") != header.CITY_PRE

    monkeypatch.setattr(header, "_city_near", short)
    assert _city_gate_misses(_comma_heads()) != []


def test_city_gate_stories() -> None:
    """Every line of our stories (and the dev stories when present), from its start and after a
    byline's first word, as match_dateline gives it a head."""
    heads = [line[at : at + header.HEAD] for t in story_texts() for line in t.splitlines() for at in (0, 3)]
    assert _city_gate_misses(heads) == []


def test_city_gate_turns_away_a_comma_without_agency() -> None:
    for head in (
        "NEW YORK, March 3 - Harwell",
        "Sharon Beckett, Unite's regional",
        "y" * 61 + ", KOMPAS.com - x",
    ):
        assert not header._city_near(head), head
    assert header._city_near("JAKARTA, kompas.COM - x")


def _plain_gate_misses(heads: list[str]) -> list[str]:
    """The heads the bare city's pattern matches and its cheap test turns away."""
    return [
        h
        for h in heads
        if header._PLAIN.match(h) is not None and not header._plain_near(h, header._first_sep(h))
    ]


PLAIN_HEADS = [
    "KUALA LUMPUR:",  # the end right after the separator
    "KUALA LUMPUR:\n",
    "GEORGE TOWN:Keadaan di",  # a capitals word's colon before a capital
    'GEORGE TOWN:"Kami',
    "GEORGE TOWN:\u201cKami",
    "WASHINGTON \u00e2\u20ac\u201d The",  # the mojibake dash ends with a quote
    "WASHINGTON \u00e2\u20ac\u201c The",
    "Jakarta - Nilai",
    "Jakarta --\u00a0Nilai",
    "Jakarta .\u2014\tNilai",
    "NEW YORK, March 3 -",
    "TULSA, Okla., March 3 \u2212 x",
    "x:y KUALA: Z",  # a colon that does not end a separator before the one that does
]


def test_plain_gate_never_rejects_a_match() -> None:
    assert all(header._PLAIN.match(h) is not None for h in PLAIN_HEADS), PLAIN_HEADS
    assert _plain_gate_misses(PLAIN_HEADS) == []


def test_plain_gate_stories() -> None:
    heads = [line[: header.HEAD] for t in story_texts() for line in t.splitlines()]
    assert _plain_gate_misses(heads) == []


@pytest.mark.parametrize(
    "old, new",
    [
        ("|$", ""),  # no end after the separator: misses "KUALA LUMPUR:"
        ('|(?<=[A-Z]:)(?=[A-Z\\"\u201c])', ""),  # misses "GEORGE TOWN:Keadaan"
        (r"\u201d\u201c", ""),  # misses the mojibake dash
    ],
)
def test_plain_gate_check_catches_a_broken_gate(monkeypatch: pytest.MonkeyPatch, old: str, new: str) -> None:
    pattern = header._SEP_END.pattern
    assert old in pattern
    monkeypatch.setattr(header, "_SEP_END", re.compile(pattern.replace(old, new)))
    assert _plain_gate_misses(PLAIN_HEADS) != []


def test_plain_gate_turns_away_a_separator_without_its_end() -> None:
    for head in (
        "Updated 6:48 PM PDT, May 17, 2024",
        "07/03/2024 05:41 PM",
        "Germany-rail/",
        "UPDATE 2-Indonesia",
    ):
        assert not header._plain_near(head, header._first_sep(head)), head


STOP_EDGES = ".!?\"\u201d\u2019\u201c'Aa Z1\u00c9\n"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=STOP_EDGES, max_size=24))
def test_glued_stops_random(text: str) -> None:
    want = [(m.start(), m.end(), m.group(0)) for m in layout.GLUED_STOP.finditer(text)]
    assert [(m.start(), m.end(), m.group(0)) for m in layout.glued_stops(text)] == want


def test_glued_stops_edges() -> None:
    for text in ('mereka."Tawaran', "tutup.Salam", "Oct. 25.A Meta", "x..A", 'a."\u201cB', "end.", "!?!A", 'a.\u201d"B',
                 "a.\u2019A b?\u201cC d!\u00c9", "", ".", ".A"):  # fmt: skip
        want = [(m.start(), m.end()) for m in layout.GLUED_STOP.finditer(text)]
        assert [(m.start(), m.end()) for m in layout.glued_stops(text)] == want, text
    assert [m.start() for m in layout.glued_stops("tutup.Salam, ok. Then!B")] == [5, 21]


def _subhead_like_plain(raw: str) -> bool:
    line = patterns.clean(raw) if "&" in raw else " ".join(raw.split())
    if (
        not 0 < len(line) <= layout.SUBHEAD_MAX
        or not 1 <= len(patterns.LETTERS.findall(line)) <= layout.SUBHEAD_WORDS
    ):
        return False
    if patterns.ends_sentence(line) or line[-1] in ",;:(" or any(c in layout.SPEECH_MARKS for c in line):
        return False
    first = line.lstrip("-\u2013\u2014\u2022* ")[:1]
    return first.isupper() or first.isdigit()


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["SECOND", "QUAKE", "Kota", "baru", "3", " ", "  ", ".", ",", ":", "(", '"', "\u201c",
                                 "\u2014 ", "* ", "&amp;", "x" * 30, "\u00c9lan", "\n"]), max_size=12).map("".join))  # fmt: skip
def test_subhead_like_random(raw: str) -> None:
    assert layout._subhead_like(raw) == _subhead_like_plain(raw)


# the two dateline patterns as they were before their lookaheads (and, in the bracketed one, "(?:x)?" for "(?:x|)")
_PAREN_PLAIN = re.compile(
    rf"(?P<pre>[^()\n]{{1,90}}?)(?:\s*{header.SEP})?(?:\s*\((?P<region>[^()\n]{{1,30}})\))?\s*\((?P<agency>[^()\n]{{1,40}})\)"
    rf"(?P<sep>\s*{header.AFTER_AGENCY}|)"
)
_BARE_CITY_PLAIN = re.compile(
    rf"(?P<pre>[^()\n]{{1,70}}?)\s*(?P<sep>{header.SEP})(?=\s|$|(?<=[A-Z]:)[A-Z\"“])"
)


def _same_match(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    if a is None or b is None:
        return a is b
    return (
        a.span() == b.span()
        and a.groupdict() == b.groupdict()
        and all(a.span(g) == b.span(g) for g in a.groupdict())
    )


def _lookahead_heads() -> list[str]:
    heads = []
    gaps = [
        "",
        " ",
        "  ",
        " - ",
        "   --  ",
        "----",
        " .- ",
        "\u00a0.\u2014 ",
        ":",
        " : ",
        "\u00e2\u20ac\u201d ",
        "\u2003",
        ".-",
        "\n",
    ]
    for kind in range(3):
        for gap in gaps:
            for n in (1, 2, 5, 29, 30, 31, 69, 70, 71, 88, 89, 90, 91):
                filler = _filler(n, kind)
                heads += [filler + gap + "(AFP) - x", filler + gap + "(Thailand)" + gap + "(AFP)" + gap + "x"]
                heads += [
                    filler + gap + " x",
                    filler + gap + "Kota - x",
                    filler + "," + gap + "(ANTARA)" + gap,
                ]
    return heads


def test_dateline_lookaheads_change_no_match() -> None:
    """The bracketed and the bare-city patterns match what they matched before their lookaheads, with
    the same groups, on heads built around their marks and on every line of our stories."""
    paren = header._rules(load_all())[0]
    lines = [line.strip()[: header.HEAD] for text in STORIES for line in text.splitlines() if line.strip()]
    heads = [*_lookahead_heads(), *lines]
    matched = [0, 0]
    for head in heads:
        assert _same_match(paren.match(head), _PAREN_PLAIN.match(head)), head
        assert _same_match(header._PLAIN.match(head), _BARE_CITY_PLAIN.match(head)), head
        matched[0] += paren.match(head) is not None
        matched[1] += header._PLAIN.match(head) is not None
    assert min(matched) > 20, matched


@settings(max_examples=500, deadline=None)
@given(_heads())
def test_dateline_lookaheads_random(head: str) -> None:
    paren = header._rules(load_all())[0]
    assert _same_match(paren.match(head), _PAREN_PLAIN.match(head))
    assert _same_match(header._PLAIN.match(head), _BARE_CITY_PLAIN.match(head))


def _label_texts() -> st.SearchStrategy[str]:
    words = [*load_all().related, "Baca", "juga", "Also", "read", "Related", "(Baca juga:", ":", "\uff1a", " ", "\t",
             "\n", "  ", "Read\nmore", "x", "Simak juga :", "BACA JUGA", "Berita Terkait:"]  # fmt: skip
    return st.lists(st.sampled_from(words), max_size=14).map("".join)


@settings(max_examples=500, deadline=None)
@given(_label_texts())
def test_related_labels_random(text: str) -> None:
    """The labels found at their first words' places are the ones the pattern's scan finds."""
    lang = load_all()
    want = [(m.start(), m.end()) for m in blocks._related_label(lang).finditer(text)]
    assert [(m.start(), m.end()) for m in blocks.related_labels(text, lang)] == want


def test_related_labels_stories() -> None:
    lang = load_all()
    found = 0
    for text in STORIES:
        want = [(m.start(), m.end()) for m in blocks._related_label(lang).finditer(text)]
        assert [(m.start(), m.end()) for m in blocks.related_labels(text, lang)] == want
        found += len(want)
    assert found > 10


def test_related_labels_never_overlap() -> None:
    """A label inside another's match is not a second match (as the scan resumes after a match)."""
    lang = dataclasses.replace(load_all(), related=("Baca juga", "juga", "Lihat"))
    for text in ("Baca juga: x", "x Baca juga:\njuga: y", "Baca juga juga:", "juga Lihat:"):
        want = [(m.start(), m.end()) for m in blocks._related_label(lang).finditer(text)]
        assert [(m.start(), m.end()) for m in blocks.related_labels(text, lang)] == want, text
    assert [m.span() for m in blocks.related_labels("Baca juga: x", lang)] == [(0, 10)]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x2100), max_size=20))
def test_has_control_random(text: str) -> None:
    assert envelope.has_control(text) == (envelope.HAS_CONTROL.search(text) is not None)


def test_has_control_every_character() -> None:
    """Each character up to U+2100 (and a surrogate) alone and after a line of text."""
    for code in [*range(0x2100), 0xD800]:
        for text in (chr(code), "line one\n" + chr(code) + " caf\u00e9"):
            assert envelope.has_control(text) == (envelope.HAS_CONTROL.search(text) is not None), code
    assert envelope.has_control("a\x02b") and not envelope.has_control("a\tb\r\n\x0cc")


def _clean_plain(raw: str) -> str:
    """``patterns.clean`` before its test for text already spaced: always split and join."""
    if "&" in raw:
        import html

        raw = html.unescape(raw)
    return " ".join(patterns.repair(raw).split())


# every character str.split takes for a space, and printable and unprintable ones that are not
SPACES = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000"
NOT_SPACES = "ab.\u200b\u00ad\x00\x7f\ufeff\u00e9&;"


def test_clean_spaced_text_is_the_split_and_join() -> None:
    """Every character ``split`` takes for a space, other than the space, is one ``isprintable``
    turns down (the test the cheap return rests on)."""
    for c in map(chr, range(0x110000)):
        if c != " " and ("a" + c + "b").split() != ["a" + c + "b"]:
            assert not c.isprintable(), hex(ord(c))
    for text in story_texts():
        for line in [text, *text.split("\n"), *text.split("\n\n")]:
            assert patterns.clean(line) == _clean_plain(line)
    for raw in [
        "",
        " ",
        "a",
        " a",
        "a ",
        "a  b",
        "a b",
        "a\u00a0b",
        "a\u3000b",
        "a\tb",
        "&nbsp;x",
        "a&#32; b",
    ]:
        assert patterns.clean(raw) == _clean_plain(raw), repr(raw)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=SPACES + NOT_SPACES, max_size=30))
def test_clean_random(raw: str) -> None:
    assert patterns.clean(raw) == _clean_plain(raw)


def test_clean_broken_form_fails() -> None:
    """A test for the text already spaced that looked for line breaks and double spaces only would
    hand back "a\\u3000b" (an ideographic space): the comparison above sees it."""
    raw = "a\u3000b"
    broken = raw if "\n" not in raw and "  " not in raw else " ".join(raw.split())
    assert broken != _clean_plain(raw) == patterns.clean(raw)
