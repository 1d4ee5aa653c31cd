"""alt(), the one helper that turns word lists into regexes, and the footer prefilter built on
the same lists: fast structures that must match exactly what the plain forms match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import footers, speech, subjects, tail
from newsparse.lang import load_all
from newsparse.patterns import UPPER, alt

from .conftest import FIXTURES, SAMPLES


def plain_alt(words: list[str], *, boundary: bool = True) -> str:
    """The obvious form: every word, longest first, with its boundaries."""
    parts = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        body = r"\s+".join(map(re.escape, word.split()))
        if boundary and word[0].isalnum():
            body = r"\b" + body
        if boundary and word[-1].isalnum():
            body += r"\b"
        parts.append(body)
    return "(?:" + "|".join(parts) + ")"


WORD = st.text(alphabet="abkKsSé ©(", min_size=1, max_size=6).map(lambda w: " ".join(w.split())).filter(bool)
TEXT = st.text(alphabet="abkKsSé ©(.,\n", max_size=40)


@settings(max_examples=300, deadline=None)
@given(words=st.lists(WORD, min_size=1, max_size=8), text=TEXT, boundary=st.booleans())
def test_alt_matches_what_the_plain_alternation_matches(words: list[str], text: str, boundary: bool) -> None:
    fast = re.compile(alt(words, boundary=boundary))
    plain = re.compile(plain_alt(words, boundary=boundary))
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(words=st.lists(WORD, min_size=1, max_size=8), text=TEXT)
def test_alt_ignore_case_is_re_i_without_the_flag(words: list[str], text: str) -> None:
    fast = re.compile(alt(words, ignore_case=True))
    plain = re.compile(plain_alt(words), re.I)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(
    ("words", "text", "found"),
    [
        (["Baca juga", "Baca"], "Baca  juga: X", "Baca  juga"),  # the longer phrase first, any spacing
        (["kata"], "katanya", None),  # a word, not a prefix
        (["kata", "katanya"], "KATANYA", None),  # case counts by default
        (["Dr.", "Sen."], "Sen. Warren", "Sen."),
        (["©"], "Hak Cipta ©ANTARA", "©"),  # no boundary for a symbol
    ],
    ids=["phrase", "word-boundary", "case", "abbreviation", "symbol"],
)
def test_alt_examples(words: list[str], text: str, found: str | None) -> None:
    m = re.search(alt(words), text)
    assert (m.group(0) if m else None) == found


def test_alt_ignore_case_examples() -> None:
    pattern = re.compile(alt(["kata", "katanya", "ujar"], ignore_case=True))
    assert [m.group(0) for m in pattern.finditer("KATANYA, Kata dia, ujarnya, UJAR")] == [
        "KATANYA",
        "Kata",
        "UJAR",
    ]


# --- the marker prefilter: never false where the marker finds something -------------------------

RULES = footers.rules(load_all())
FRAGMENTS = [
    *(w for w in RULES.marker_keys.label_ends[:12]),
    "Editing by",
    "Reporting  by",
    "laporan oleh",
    "Copyright",
    "©",
    "(c)",
    "Hak Cipta",
    "-- BERNAMA",
    "Enditem",
    "(END)",
    "(B016/D007)",
    "(ams/idn)",
    "Dilarang keras mengambil konten",
    "ADVERTISEMENT",
    ":",
    "：",
    " ",
    ".",
    "Savitri",
    "kata dia",
    "10:30",
    "(1/4)",
    "\t",
    "Editor" + " " * 70,  # a label far from its colon
    "Kontributor" + " " * 150 + "daerah",  # a two-word label stretched apart
    "hak\tcipta",
    "download  the",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=8).map("".join))
def test_footer_prefilter_never_misses_a_marker(line: str) -> None:
    if any(True for _ in RULES.marker.finditer(line)):
        assert bool(footers.footer_hints(line, RULES))


def test_footer_prefilter_on_every_fixture_line() -> None:
    lines = [
        line
        for path in [*FIXTURES.glob("*/*.txt"), *SAMPLES.glob("*.txt")]
        for line in Path(path).read_bytes().decode("utf-8", "replace").splitlines()
    ]
    missed = [line for line in lines if RULES.marker.search(line) and not footers.footer_hints(line, RULES)]
    assert missed == []
    assert sum(bool(footers.footer_hints(line, RULES)) for line in lines) < len(lines) / 5  # it does filter


# --- subjects: shortcuts that must not change what the patterns find ---

NOISE = ["Kami siap", '"', "\u201c", "\u201d", ";", ",", ". ", " ", "kata", "John Smith", "dia"]
SUBJECTS = [
    "Kerry",
    "John Smith",
    "U.S. Sen. Ellen Hartley",
    "dia",
    "he",
    "the minister",
    "seorang pejabat NATO",
]
APPOSITIONS = [
    "",
    ", a senior official,",
    ", 67,",
    " (56)",
    ", the Jakarta-based analyst, who declined to be named,",
]
VERBS = ["said", "mengatakan", "berkata", "also said", "juga mengatakan"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(NOISE), max_size=6).map("".join),
    st.sampled_from(SUBJECTS),
    st.sampled_from(APPOSITIONS),
    st.sampled_from(VERBS),
    st.sampled_from(["", " that", '"', ". Dia"]),
)
def test_subject_window_cut_finds_what_the_whole_window_finds(
    noise: str, subject: str, apposition: str, verb: str, after: str
) -> None:
    text = f"{noise}{subject}{apposition} {verb}{after}"
    r = speech.rules(load_all())
    for found in r.reporting_verb.finditer(text):
        whole = r.reporting_at.search(text, max(0, found.start() - subjects.WINDOW), found.end())
        cut = r.reporting_at.search(text, subjects._subject_window(text, 0, found.start()), found.end())
        assert (whole and whole.span()) == (cut and cut.span())


def test_subject_window_starts_after_the_quote() -> None:
    text = '"Kami siap," kata dia.'
    assert subjects._subject_window(text, 0, text.index("kata")) == text.index(" kata")


def test_is_upper_is_the_name_pattern_capitals() -> None:
    capitals = re.compile(f"[{UPPER}]")
    for code in range(0x300):
        assert subjects._is_upper(chr(code)) == bool(capitals.fullmatch(chr(code))), hex(code)
    assert not subjects._is_upper("")


# --- the caption prefilter: never false where a caption pattern matches --------------------------

TAIL_RULES = tail.rules(load_all())
CAPTION_FRAGMENTS = [
    "(ANTARA FOTO",
    "/Yves Herman",
    "/djo/14",
    ")",
    "(",
    ".",
    " ",
    "  \t",
    "/",
    ":",
    "Senin (1/4)",
    " - Foto Sinar Harian",
    "Photograph: ",
    "Jane Roe/The Guardian",
    " – KOSMO!/ZAINAL ABIDIN",
    "--fotoBERNAMA",
    "REUTERS",
    "Presiden berbicara",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(CAPTION_FRAGMENTS), min_size=1, max_size=8).map("".join))
def test_caption_prefilter_never_misses_a_caption(line: str) -> None:
    text = line.strip()
    if TAIL_RULES.caption.search(text, max(0, len(text) - 200)):
        assert tail._may_be_caption(text, TAIL_RULES)
