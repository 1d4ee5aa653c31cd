"""Language-neutral patterns and the helper that turns word lists into regexes.

Every pattern here is linear on hostile input: no nested quantifiers, and the stages apply
anchored patterns to bounded slices (a line head, a line tail) rather than to the whole text.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator

from .cache import memo, regex

# Separators after a dateline: "-", "--", "–", "—", "―", "−" (and ":" in "KUALA LUMPUR:")
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
DASH = f"[{DASHES}]"

# Quote marks as wire copy prints them: straight, curly, low-9, guillemets, and the
# cp1252 mojibake forms are left to the repair stage.
DOUBLE_QUOTES = '"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033'
SINGLE_QUOTES = "'\u2018\u2019\u201a\u201b\u2039\u203a`"

SENTENCE_END = ".!?\u2026"
UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"  # the capitals a name opens with, as a character-class body
# characters that may close a sentence after its full stop: 'katanya."' or "(AP)."
CLOSERS = DOUBLE_QUOTES + SINGLE_QUOTES + ")]"

LINE_BREAK = regex(r"\r\n|\r|\n|\u2028|\u2029")
ASCII_DIGIT = regex("[0-9]")
LETTERS = regex(r"[^\W\d_]+")  # a word's letters: "kata", "Brussel", the "s" of "1990s"
# An opening tag in capitals of up to six characters is a tag only when it is one HTML or a wire format
# uses: Reuters-21578 headlines carry stock tickers, "ACME CORP <ACM> SEES HIGHER PROFIT". A name in
# mixed case is never a tag: Reuters-21578 marks company names so, "its 49 pct owner <Acme Mining Inc>".
UPPER_TAGS = (
    "P|B|I|U|A|S|Q|BR|HR|EM|LI|UL|OL|TD|TR|TH|DIV|SPAN|BODY|HEAD|HTML|TITLE|PRE|DT|DD|DL|H[1-6]|TABLE|FONT|IMG"
    "|SUP|SUB|DOC|DOCNO|DOCID|TEXT|DATE|D|HL|HL1|HL2|TOPICS|PLACES|PEOPLE|ORGS|STRONG|SMALL|CENTER|FORM|NOBR|TT"
    "|CODE|META|LINK|STYLE|SCRIPT|SLUG|BYLINE|DOCTYPE|TBODY|THEAD|CAPTION|FIGURE|NAV|MAIN|HEADER|FOOTER|ASIDE"
)
TAG = regex(
    rf"</[A-Za-z][A-Za-z0-9]{{0,20}}(?:\s[^<>]{{0,400}})?>"
    rf"|<(?:(?:{UPPER_TAGS})/?>|(?![A-Z][A-Z0-9]{{0,5}}/?>)(?:[a-z][A-Za-z0-9]{{0,20}}|[A-Z][A-Z0-9]{{0,20}}(?![a-z]))"
    rf"(?:\s[^<>]{{0,400}})?/?>)"
)


KELVIN = "\u212a"  # the one character beyond ASCII whose lowercase is ASCII ("k")


def lower_ascii(text: str) -> bytes:
    """``text``'s UTF-8 bytes with the ASCII letters lowercased, the Kelvin sign first made "k": where
    ASCII words stand in ``text.lower()``, they stand here (no other character beyond ASCII lowercases
    into ASCII), found without ``str.lower`` looking up every character beyond ASCII."""
    if KELVIN in text:
        text = text.replace(KELVIN, "k")
    return text.encode("utf-8", "surrogatepass").lower()


def alt(words: Iterable[str], *, boundary: bool = True, ignore_case: bool = False) -> str:
    """One regex alternative for a list of words, longest first, spaces matching any whitespace.

    ``alt(["Baca juga", "Baca"])`` matches "Baca juga" before "Baca", with word boundaries where a
    word starts or ends with a word character. ``ignore_case=True`` gives a self-contained
    case-insensitive alternative (no need for ``re.I`` around it).

    Built for speed on long lists: the words are grouped by their first character and each group
    opens with that character as a plain literal or class, which lets the regex engine reject a
    whole group with one comparison; the leading word boundary is tested once, not per word.
    """
    unique = tuple(sorted({w for w in words if w}))  # one key however the words were ordered
    return memo("alt", (unique, boundary, ignore_case), lambda: _alt(unique, boundary, ignore_case))


def first_letters(words: Iterable[str]) -> str:
    """A lookahead for the letters the words start with, in either case: put before an alternation
    that a search tries at every position, it turns most positions away with one test."""
    letters = sorted({c for w in words for c in (w[0].lower(), w[0].upper())})
    return f"(?=[{re.escape(''.join(letters))}])"


def _alt(words: tuple[str, ...], boundary: bool, ignore_case: bool) -> str:
    ordered = sorted(words, key=lambda w: (-len(w), w))  # the same text every run
    if not ordered:
        return "(?!)"
    groups: dict[str, list[str]] = {}
    for word in ordered:
        groups.setdefault(word[0].lower() if ignore_case else word[0], []).append(word)
    bounded: list[str] = []
    free: list[str] = []
    for group in groups.values():
        heads = sorted({c for w in group for c in ((w[0].lower(), w[0].upper()) if ignore_case else w[0])})
        head = re.escape(heads[0]) if len(heads) == 1 else "[" + "".join(map(re.escape, heads)) + "]"
        if ignore_case:
            head = f"(?-i:{head})"
        rests = []
        for word in group:
            first, *more = word.split()
            body = r"\s+".join([re.escape(first[1:]), *map(re.escape, more)])
            if boundary and word[-1].isalnum():
                body += r"\b"
            rests.append(body)
        branch = head + ("(?:" + "|".join(rests) + ")" if len(rests) > 1 else rests[0])
        (bounded if boundary and group[0][0].isalnum() else free).append(branch)
    parts = ([r"\b(?:" + "|".join(bounded) + ")"] if bounded else []) + free
    # a look at the first character lets the engine skip most positions before trying every group
    body = first_letters(ordered) + "(?:" + "|".join(parts) + ")"
    return f"(?i:{body})" if ignore_case else body


def last_match(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    """The last of an iterator of matches (a deque of one keeps memory flat)."""
    tail = deque(matches, maxlen=1)
    return tail[0] if tail else None


# runs of characters UTF-8 text shows when it was decoded as cp1252 or latin-1 ("â€™", "Ã©", "Â©")
MOJIBAKE = regex(
    "[\u00c2\u00c3\u00c5\u00e2][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
ENTITY = regex(r"&(?:[A-Za-z]{2,8}|#\d{2,7}|#[xX][0-9A-Fa-f]{2,6});")


def has_mojibake(text: str) -> bool:
    """``MOJIBAKE.search(text) is not None``, cheaply: its runs open with one of four characters beyond
    ASCII, which ``in`` looks for many times faster than the pattern's scan tries each position."""
    return (
        not text.isascii()
        and ("\u00e2" in text or "\u00c3" in text or "\u00c2" in text or "\u00c5" in text)
        and MOJIBAKE.search(text) is not None
    )


def repair(raw: str) -> str:
    """Mojibake fixed with ftfy (conservative: quotes stay curly, widths and ligatures untouched)."""
    if not has_mojibake(raw):
        return raw
    # ftfy costs about a million instructions a call, and the stages repair some texts twice (a
    # line the notebook test cleaned is a paragraph later; a name in two quotes)
    fixed = _REPAIRED.get(raw)
    if fixed is None:
        fixed = _REPAIRED[raw] = _fixer()(raw)
    return fixed


_REPAIRED: dict[str, str] = {}  # the repairs of the story being parsed


def forget_repairs() -> None:
    """A new story: the repairs of the last one are dropped (the memo lives for one story)."""
    _REPAIRED.clear()


def _fixer():  # ftfy is imported only when a story needs it
    global _FIX
    if _FIX is None:
        import ftfy

        config = ftfy.TextFixerConfig(
            unescape_html=False,
            uncurl_quotes=False,
            fix_latin_ligatures=False,
            fix_character_width=False,
            fix_line_breaks=False,
            normalization=None,
            explain=False,
        )
        _FIX = lambda text: ftfy.fix_text(text, config)  # noqa: E731
    return _FIX


_FIX = None


def clean(raw: str) -> str:
    """An element's text from its raw slice: entities decoded, mojibake repaired, whitespace collapsed."""
    if "&" in raw:
        import html  # its table of entities is only loaded for text that may hold one

        raw = html.unescape(raw)
    fixed = repair(raw)
    if fixed.isprintable() and "  " not in fixed and fixed[:1] != " " and fixed[-1:] != " ":
        # already one space between words and none around them (most elements): every character
        # ``split`` takes for a space but the space itself is a control or separator character,
        # which ``isprintable`` turns down, so the split and the join would give the text back
        return fixed
    return " ".join(fixed.split())


def ends_sentence(text: str) -> bool:
    """True when text ends like a finished sentence: 'kata dia.' or '...,' he said."'"""
    stripped = text.rstrip().rstrip(CLOSERS)
    return stripped[-1:] in SENTENCE_END or (stripped != text.rstrip() and stripped[-1:] in ",.!?")
