"""Which language a story is in: English, Indonesian or Malay, from its words and its agency.

Two steps over the first paragraphs' words, counted once (one ``split``, then set lookups):

1. English or not: each language's common words (``[detect] words`` of ``lang/*.toml``: "the", "said";
   "yang", "dengan") are counted; English wins when its count is the highest.
2. Indonesian or Malay share most of those words ("yang", "dan", "di"), so the two are told apart by
   the words each uses and the other does not (``[language] distinctive``: Malay "beliau", "kerajaan",
   "daripada", "berkata", "selepas"; Indonesian "pemerintah", "karena", "bisa", "mengatakan",
   "setelah"). Each distinctive word present counts once, however often it recurs, so one word of the
   other language ("Kerajaan Arab Saudi" in Indonesian copy) weighs little against the rest. The
   dateline agency is a prior (``agencies.toml`` ``[languages]``: Bernama writes Malay, ANTARA
   Indonesian), worth ``PRIOR`` words: it decides a short story whose words say little, and gives way
   to a story that plainly says otherwise.

    KUALA LUMPUR, 13 Sept (Bernama) -- Boeing dan Malaysia Airlines menandatangani ...   -> ms
"""

from __future__ import annotations

from functools import cache

from .keys import agency_id
from .lang import CODES, agencies, load, raw_tables
from .patterns import lower_ascii

WINDOW = 4000  # characters of body text looked at: enough words, a flat cost per story
MIN_WORDS = 5  # fewer words say nothing
PRIOR = 2  # the dateline agency's language, worth this many distinctive words
NEIGHBOURS = ("id", "ms")  # the pair that shares its common words
# what splits words besides whitespace: each becomes a space (split_marks)
MARKS = ".,;:!?\"'()[]{}\u201c\u201d\u2018\u2019\u00ab\u00bb/\\|*\u2014\u2013-\u2026"
# on the text's UTF-8 bytes: the ASCII marks by one table, each mark beyond ASCII by its
# bytes (UTF-8 puts no ASCII byte inside a character, and a character's bytes match only where it
# stands, so the bytes changed are exactly the marks' own)
_ASCII_SPLIT = bytes.maketrans(
    "".join(m for m in MARKS if m.isascii()).encode(), b" " * sum(m.isascii() for m in MARKS)
)
_WIDE_MARKS = tuple(m.encode() for m in MARKS if not m.isascii())


def split_marks(low: str) -> str:
    """Each of MARKS in ``low`` made a space, cheaply: a table over the text's bytes in C
    (a few instructions a byte) where ``str.translate`` looks each new character up in a dict and the
    pattern tests each character against its class."""
    data = low.encode("utf-8", "surrogatepass").translate(_ASCII_SPLIT)
    if not low.isascii():
        for mark in _WIDE_MARKS:
            if mark in data:
                data = data.replace(mark, b" ")
    return data.decode("utf-8", "surrogatepass")


def _words(text: str) -> list[str]:
    """``split_marks(text.lower()).split()`` as far as the counted words go: the ASCII letters are
    lowercased on the bytes (``str.lower`` looks each character beyond ASCII up; the counted words
    are ASCII, and only the Kelvin sign lowercases into ASCII), the marks made spaces there too."""
    data = lower_ascii(text).translate(_ASCII_SPLIT)
    if not text.isascii():
        for mark in _WIDE_MARKS:
            if mark in data:
                data = data.replace(mark, b" ")
    return data.decode("utf-8", "surrogatepass").split()


@cache
def _common() -> dict[str, frozenset[str]]:
    return {code: load(code).detect_words for code in CODES}


@cache
def _distinctive() -> dict[str, frozenset[str]]:
    return {code: frozenset(raw_tables(code)["language"]["distinctive"]) for code in NEIGHBOURS}


@cache
def _priors() -> dict[str, str]:
    """agency id -> the language of its Malay or Indonesian copy."""
    return {agency: code for code, ids in agencies()["languages"].items() for agency in ids}


@cache
def _counted() -> frozenset[str]:
    """Every word either step counts: no other word changes the answer."""
    return frozenset().union(*_common().values(), *_distinctive().values())


def detect_language(text: str, agency: str | None = None) -> str | None:
    """id, en or ms; None when there is too little text. ``agency`` is the dateline's, as printed."""
    words = _words(text[:WINDOW])
    if len(words) < MIN_WORDS:
        return None
    # only the words that count (a few dozen), each as often as it stands: a language's count is how
    # many of them are its words, its distinctive words those among them (no Counter: counting each
    # word, then summing the counts, is the same number)
    kept = list(filter(_counted().__contains__, words))
    common = {code: sum(map(found.__contains__, kept)) for code, found in _common().items()}
    if not any(common.values()):
        return None
    if common["en"] > max(common["id"], common["ms"]):
        return "en"
    marks = {code: len(found.intersection(kept)) for code, found in _distinctive().items()}
    margin = marks["ms"] - marks["id"]
    prior = _priors().get(agency_id(agency) or "")
    if prior is not None:
        margin += PRIOR if prior == "ms" else -PRIOR
    if margin:
        return "ms" if margin > 0 else "id"
    return "ms" if common["ms"] > common["id"] else "id"
