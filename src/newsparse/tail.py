"""Lines that are not body text: what a whole line outside the paragraphs is.

A line is taken whole when it is one of these, and classify says which: credits (credits.py reads
them), a copyright (its holder and year), or another line a story carries (a trailer, staff codes,
a related link, boilerplate, a caption and its photo credit, a timestamp, a link, a script ...):

    Copyright © ANTARA 2026

Footers glued onto one line or onto the last paragraph are cut apart first (footers.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from .cache import ANY_START, dataclass, regex, starts
from .credits import _Rules as CreditRules
from .credits import is_name, may_be_credit, parse_byline, parse_credits
from .credits import rules as credit_rules
from .lang import Lang, agencies, load_all
from .model import Copyright, Credit, OtherLine
from .patterns import DASH, LETTERS, alt, clean, first_letters

Element = Credit | Copyright | OtherLine


@dataclass(frozen=True, eq=False)
class _Rules:
    """A language's compiled patterns for whole non-body lines."""

    related: re.Pattern[str]
    boilerplate: re.Pattern[str]
    reached_at: re.Pattern[str]
    source_line: re.Pattern[str]
    caption: re.Pattern[str]  # a photo credit as a caption line ends
    photo_credit: re.Pattern[str]  # that credit, to take the photographer's name from
    caption_end: re.Pattern[str]  # what a caption's end must look like
    photo_words: tuple[str, ...]  # lowercased: one of them, a slash or a colon is in every caption's tail
    trailers: frozenset[str]
    trailer_ends: frozenset[str]  # the first and last characters of each
    agency_trailer: re.Pattern[str]
    staff_codes: re.Pattern[str]
    copyright: re.Pattern[str]
    copyright_tail: re.Pattern[str]
    timestamp_words: frozenset[str]  # lowercased: "wib", "kamis", "november", "published"
    script: re.Pattern[str]
    # the line-start patterns a line's first character lets through, by that character
    openers: dict[str, frozenset[str]]


# "2024-01-05 14:32 KST", "2015-11-05T14:56:00+07:00"
ISO_STAMP = regex(r"(?:19|20)\d\d-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d)?)?(?:\s*[A-Z+\-:0-9]{1,8})?\s*$")

SEPARATOR_LINE = regex(r"[_*=~#\s-]{3,}|[_*=~#-](?:\s*[_*=~#-]){2,}")
CONTACT = regex(r"(?:E-?mail:\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:Twitter|X):\s*@\w+", re.I)
EMBED = regex(r"\[[^\[\]]{2,100}\]")
# a web or mail address, a handle, at the line's end (a full stop may follow, spaced or not)
ENDS_WITH_ADDRESS = regex(r"(?:https?://|www\.|@)[^\s@]{1,300}\s?\.?$")

STAMP_AFTER_CODES = regex(r"\s+\d{1,2}-\d{1,2}-\d{4}(?:\s+\d{1,2}[:.]\d{2})?\s*")

NUMERIC_STAMP = regex(
    r"(?<!\d)(?:(?:19|20)\d\d[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d\d)(?!\d)"
)

HOLDER_ABBREVIATIONS = {"Inc.", "Ltd.", "Co.", "Corp.", "Bhd.", "Tbk.", "L.P.", "LLC.", "S.A.", "AG.", "Pte."}

COPYRIGHT_START = (
    r"(?:(?:\([cC]\)|©)\s*)?(?:Copyright|COPYRIGHT|Hak\s+[Cc]ipta)\b(?:\s*(?:©|&copy;|\([cC]\)))?"
    r"|Â?©|&copy;|\([cC]\)(?=\s*(?:Copyright|\d{4}))"
)


def _loose(words: list[str] | tuple[str, ...]) -> str:
    """An alternative of words where a space may be missing ("ANTARAFOTO"), behind a first-letter test."""
    body = "|".join(
        r"\s*".join(map(re.escape, w.split())) for w in sorted(set(words), key=lambda w: (-len(w), w))
    )
    return f"{first_letters(words)}(?:{body})"


def _openers(patterns: dict[str, re.Pattern[str]]) -> dict[str, frozenset[str]]:
    """For each ASCII character (and the empty string), the names of the patterns whose match may
    start with it: one dict lookup of a line's first character then tells which of the line-start
    patterns can match the line at all, instead of trying each."""
    sets = {name: starts(p) for name, p in patterns.items()}
    return {c: frozenset(name for name, chars in sets.items() if c in chars) for c in ANY_START}


# the patterns tried at a line's start (match or fullmatch): a first character rules most of them out
ALL_OPENERS = frozenset(
    {
        "agency",
        "copyright",
        "related",
        "staff",
        "boilerplate",
        "separator",
        "link",
        "contact",
        "source",
        "embed",
    }
    | {"iso", "reading"}
)


@cache
def rules(lang: Lang) -> _Rules:
    data = agencies()
    # a photo credit: "(ANTARA FOTO/REUTERS/Yves Herman/djo/14)", "Foto: Budi", "Photograph: X/The Guardian";
    # the word lists open behind a test of their first letters, which turns most positions of a search away
    credited = _loose([*data["photo_credits"]["agencies"], *lang.photo_labels])
    photo = _loose(lang.photo_labels)
    caption_ends = _loose(lang.caption_labels) if lang.caption_labels else "(?!)"
    out = _Rules(
        related=regex(rf"{alt(lang.related, ignore_case=True)}\s*(?:[:：>]|{DASH}|$|(?<=\w)\s)", re.I),
        boilerplate=regex(alt(lang.boilerplate, ignore_case=True), re.I),
        reached_at=regex(alt(lang.reached_at, ignore_case=True), re.I),
        # "Source:sultra.example.com", "Sumber: https://example.co.id/berita/1": the site, nothing more
        source_line=regex(rf"(?:{alt(lang.source_labels)})\s*:\s*(?:https?://)?[\w-]+(?:\.[\w-]+)+/?\S*"),
        caption=regex(
            rf"(?:\(|\b){credited}\s*[/:]\s*[^()]{{0,120}}\)?\.?\s*$"
            r"|-{1,2}\s*foto\s*BERNAMA\b.{0,60}$"  # Bernama: "... hari ini. --fotoBERNAMA (2024) HAK CIPTA TERPELIHARA"
            rf"|\s[-–—]\s*{photo}\b[^.]{{0,60}}$"  # Sinar Harian: "... pada Sabtu. - Foto Sinar Harian"
            rf"|\b{photo}\s*:\s*[^.]{{2,80}}$"  # "... Photograph: Owen Lathbury/The Guardian"
            r"|\s[-–—]\s*[A-Z][\w!.]{1,20}/[A-Z][A-Z .'-]{2,40}$"  # Kosmo: "... Johor Bahru. – KOSMO!/AHMAD RIDZUAN"
            r"|\([^()/]{2,60}/[^()]{0,80}\b(?:photo|foto)\s+via\b[^()]{0,40}\)\.?\s*$",  # AP: "(X/ Press Service photo via AP)"
            re.I,
        ),
        # where a caption's photo credit starts: "(AFP Photo/Jan Smit)", "TEMPO/Prima Mulia",
        # "Photo: Jane Roe, AP", "(Ivan Petrov/ Space Agency Press Service photo via AP)", "KOSMO!/AHMAD RIDZUAN"
        photo_credit=regex(
            rf"\(?(?P<path>{credited}\s*/\s*[^()]{{1,160}}?)\)?\.?\s*$"
            rf"|(?P<label>\b{photo}\s*:\s*[^():]{{2,120}}?)\)?\.?\s*$"
            r"|\((?P<via>[^()/]{2,60}/[^()]{0,80}\b(?:photo|foto)\b[^()]{0,40})\)\.?\s*$"
            r"|[-–—]\s*(?P<paper>[A-Z][\w!.]{1,20}/[A-Z][A-Z .'-]{2,40})$",
            re.I,
        ),
        photo_words=tuple(sorted({"foto", *(w.lower() for w in lang.photo_labels)})),
        caption_end=regex(
            rf"\)\s*\.?\s*$|^{photo}\s*:|foto\s*BERNAMA|[-–—]\s*{photo}\b|[-–—]\s*[A-Z][\w!.]{{1,20}}/"
            rf"|\b{caption_ends}\s*:|{credited}\s*/\s*[^/]{{2,40}}(?:/[\w.]{{1,12}})*\.?\s*$",
            re.I,
        ),
        trailers=(trailers := frozenset(" ".join(t.split()) for t in data["trailers"]["lines"])),
        trailer_ends=frozenset(t[0] + t[-1] for t in trailers),
        agency_trailer=regex(
            rf"[-=—–~*\s]*\(?{alt(data['agencies']['parenthesised'], ignore_case=True)}\)?[-=—–~*\s.]*", re.I
        ),
        staff_codes=regex(
            r"\(\s*[A-Za-z]{0,3}\.?[A-Za-z0-9]{0,5}\d[A-Za-z0-9]{0,5}(?:\s*/\s*[A-Za-z0-9.-]{1,12}){0,6}\s*\)"
            r"|[a-z]{2,4}(?:/[a-z]{2,4}){1,6}|[A-Z]{2,4}(?:/[A-Z]{2,4}){1,6}"  # AFP "fb/ach/jm", Bernama "MAS/NHZ"
            r"|\(\s*[a-z]{2,5}(?:\s*/\s*[a-z]{2,5}){1,4}\s*\)"  # detik, CNN Indonesia: "(ams/idn)"
            r"|Source:\s*[A-Z]{2,10}/[\w()/]{1,20}"  # CNA: "Source: CNA/fh(ac)"
            r"|burs?-[a-z]{2,5}(?:/[a-z]{2,5}){0,5}"  # AFP: "burs-ljm/cmk", "bur-cmf/jh"
            r"|(?:PTI|IANS|UNI|ANI)(?:\s+[A-Z]{2,4}){1,6}"  # PTI: "PTI GJS RHL"
            r"|dpa(?:\s+[a-z]{2,3}){1,4}"  # dpa: "dpa tr mk"
        ),
        copyright=regex(COPYRIGHT_START),
        copyright_tail=regex(
            alt(data["copyright"]["tails"], ignore_case=True) + "|" + alt(lang.boilerplate, ignore_case=True),
            re.I,
        ),
        timestamp_words=frozenset(
            w.lower()
            for w in (
                *lang.timestamp_words,
                *(d for days in lang.weekdays for d in days),
                *(m.rstrip(".") for months in lang.months for m in months),
            )
        ),
        script=regex(
            r"adsbygoogle|googletag|window\.[A-Za-z_]|document\.write|function\s*\(|^\s*\}\)?;?\s*$|\]\)\.push\("
        ),
        openers={},
    )
    out.openers.update(
        _openers(
            {
                "agency": out.agency_trailer,
                "copyright": out.copyright,
                "related": out.related,
                "staff": out.staff_codes,
                "boilerplate": out.boilerplate,
                "separator": SEPARATOR_LINE,
                "contact": CONTACT,
                "source": out.source_line,
                "embed": EMBED,
                "iso": ISO_STAMP,
                "reading": READING_TIME,
            }
        )
    )
    return out


def parse_copyright(raw: str, start: int, r: _Rules) -> Copyright | None:
    if not r.copyright.match(raw):
        return None
    body = clean(raw) if "&" in raw else raw.strip()  # "COPYRIGHT &copy;&nbsp;ANTARA&nbsp;2020"
    tail = r.copyright_tail.search(body)
    if tail:
        body = body[: tail.start()]
    year = YEAR.search(body)
    holder = r.copyright.sub(" ", body)
    holder = YEARS.sub(" ", holder)
    holder = COPYRIGHT_SIGN.sub(" ", holder).lstrip(" ,;:.")  # "Copyright, 1993. The Associated Press."
    holder = SENTENCE_STOP.split(holder + " ")[0]
    holder = NUMBERED_TAIL.sub("", HOLDER_BY.sub("", holder.strip()))  # "Copyright 1993 by <UPI/Newsbytes>"
    holder = " ".join(holder.split()).strip(" ,;:-–—|<>")
    if holder.endswith(".") and holder.rsplit(None, 1)[-1] not in HOLDER_ABBREVIATIONS:
        holder = holder.rstrip(".").rstrip()
    if (not holder and not year) or not (year or "©" in body) or len(holder.split()) > 6:
        return None  # "COPYRIGHT © 2012" has a year and no holder; "Copyright law" has neither
    return Copyright(raw, holder or None, int(year.group(1)) if year else None, (start, start + len(raw)))


def classify(raw: str, start: int, lang: Lang) -> list[Element] | None:
    """The elements one whole line (or glued piece) is, or None when it is body text."""
    return _classify(raw, start, rules(lang), credit_rules(lang))


def classify_lines(text: str, spans: Iterable[tuple[int, int]], lang: Lang) -> list[list[Element] | None]:
    """``classify`` of each ``text[start:end]``: the language's rules looked up once for the story,
    not once a line."""
    r, c = rules(lang), credit_rules(lang)
    return [_classify(text[a:b], a, r, c) for a, b in spans]


def _classify(raw: str, start: int, r: _Rules, c: CreditRules) -> list[Element] | None:
    text = raw.strip()
    if text.endswith('"') and text.count('"') == 1:  # a string dump's closing quote: '(B016/D007)"'
        text = text[:-1].rstrip()
    span = (start, start + len(raw))
    # the line-start patterns worth trying on this line, by its first character (all beyond ASCII)
    may = r.openers.get(text[:1], ALL_OPENERS)
    # a trailer line is one of the known ones, spaces squashed; squashing keeps a stripped line's
    # first and last characters, so they are looked up first
    is_trailer = text[:1] + text[-1:] in r.trailer_ends and " ".join(text.split()) in r.trailers
    if is_trailer or (len(text) < 40 and "agency" in may and r.agency_trailer.fullmatch(text)):
        return [OtherLine("trailer", raw, span)]
    if "copyright" in may and r.copyright.match(text):
        found = parse_copyright(raw, start, r)
        if found:
            return [found]
    if "related" in may and r.related.match(text):
        return [OtherLine("related", raw, span)]
    # staff codes filling the line: one match first (no match, no fullmatch; a match to the line's
    # end is a fullmatch), the whole line tried only when the match stopped short
    codes = r.staff_codes.match(text) if "staff" in may else None
    if codes is not None and (codes.end() == len(text) or r.staff_codes.fullmatch(text)):
        return [OtherLine("staff-codes", raw, span)]
    if codes and STAMP_AFTER_CODES.fullmatch(text, codes.end()):
        # old ANTARA: "(T.A043/B012/R010) 14-02-2012 17:32" -- the codes, then when the story was filed
        rest = text.find(text[codes.end() :].strip(), codes.end())
        return [
            OtherLine("staff-codes", codes.group(0), (start, start + codes.end())),
            OtherLine("timestamp", text[rest:], (start + rest, start + len(text))),
        ]
    if codes and EMBED.fullmatch(after := text[codes.end() :].strip()):
        # detik, CNN Indonesia: "(abc/xyz) [Gambas:Video CNN]" -- the codes, then an embedded player
        lead = raw.find(text)  # where the stripped line starts in the raw one
        rest = lead + text.find(after, codes.end())
        return [
            OtherLine("staff-codes", codes.group(0), (start + lead, start + lead + codes.end())),
            OtherLine("embed", after, (start + rest, start + rest + len(after))),
        ]
    if (
        len(text) < 400
        and may_be_credit(text, c)
        and (credits := parse_credits(raw, start, c) or parse_byline(raw, start, c))
    ):
        return list(credits)
    # "Editor :" with no name (the stripped line ends with the colon the label's pattern ends with)
    if text.endswith((":", "\uff1a")) and (m := c.colon_label.fullmatch(text)) and m.end() == len(text):
        return [OtherLine("empty-credit", raw, span)]
    if "boilerplate" in may and r.boilerplate.match(text):
        return [OtherLine("boilerplate", raw, span)]
    # "___", "* * *", "&nbsp;"
    if ("separator" in may and SEPARATOR_LINE.fullmatch(text)) or (
        len(text) < 40 and _blank_when_clean(text)
    ):
        return [OtherLine("separator", raw, span)]
    # "![](https://...jpg)", "[Original Article](https://...)"
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
        return [OtherLine("contact", raw, span)]  # "Jane Doe can be reached at https://x.com/jdoe ."
    if len(text) < 120 and "embed" in may and EMBED.fullmatch(text):  # "[Gambas:Video CNN]"
        return [OtherLine("embed", raw, span)]
    if (
        len(text) < 400
        and _may_be_script(text)
        and r.script.search(text)
        and not SENTENCE_IN_LINE.search(text)
    ):
        return [OtherLine("script", raw, span)]
    if len(text) < 160 and (
        ("iso" in may and ISO_STAMP.match(text)) or (has_digit(text) and _is_timestamp(text, r))
    ):
        return [OtherLine("timestamp", raw, span)]
    if len(text) < 20 and "reading" in may and READING_TIME.fullmatch(text):
        return [OtherLine("reading-time", raw, span)]
    # a photo credit sits at the end of its line: look at the tail only
    if _may_be_caption(text, r) and r.caption.search(text, max(0, len(text) - 200)) and _is_caption(text, r):
        return _caption(raw, start, r)
    return None


def _has_address(text: str) -> bool:
    """The cheap test before looking for an address at the line's end."""
    return "://" in text or "@" in text or "www." in text


# a line that is only a link: a markdown image or link (a list item too), or a bare address
LINK_OPEN = "-*![h"  # the characters a link line opens with: the cheap test first
LINK_LINE = regex(r"(?:[-*]\s+)?!?\[[^\[\]]{0,200}\]\([^()\s]{1,500}\)|https?://\S{1,500}")


def _blank_when_clean(text: str) -> bool:
    """Nothing but entities and punctuation: "&nbsp;", a stray quote mark of a string dump."""
    return not any(c.isalnum() for c in (clean(text) if "&" in text else text))


def _may_be_script(text: str) -> bool:
    return (
        "window" in text
        or "google" in text
        or "function" in text
        or "document" in text
        or "}" in text
        or "push(" in text
    )


def _may_be_caption(text: str, r: _Rules) -> bool:
    """Every caption pattern needs "foto" or a photo label in the line's tail, or a slash or colon
    after its last bracket (one closing bracket at the very end aside): "(ANTARA FOTO/X/djo/14)".
    With no slash or colon in the tail at all, only the two that open with a dash are left
    ("... --fotoBERNAMA", "... pada Sabtu. - Foto Sinar Harian"): no dash, no caption."""
    tail = text[-200:]
    if "/" in tail or ":" in tail:
        core = tail.rstrip().removesuffix(".").removesuffix(")")
        after = core[max(core.rfind("("), core.rfind(")")) + 1 :]  # "Senin (1/4). Dia ...": not that slash
        if "/" in after or ":" in after:
            return True
    elif "-" not in tail and "\u2013" not in tail and "\u2014" not in tail:
        return False
    low = tail.lower()
    return any(map(low.__contains__, r.photo_words))


READING_TIME = regex(r"\d{1,3}\s*(?:min|minute|menit|minit)s?\s+(?:read|baca|bacaan)", re.I)  # "5 Min Read"
DIGIT = regex(r"\d")  # a year or a time has one: the quick test before looking for either
_ZERO = bytes.maketrans(b"123456789", b"000000000")  # every ASCII digit to "0"


def has_digit(text: str) -> bool:
    """``DIGIT.search(text) is not None``, cheaply: in ASCII text the digits are 0 to 9, and the text's
    bytes with each digit made a "0" hold a "0" when it has one (two passes in C at a few
    instructions a character; the pattern tries each character against its class, some 50). Beyond
    ASCII, ``\\d`` takes every script's digits: the pattern."""
    if text.isascii():
        return b"0" in text.encode().translate(_ZERO)
    return DIGIT.search(text) is not None


YEAR = regex(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")
YEARS = regex(r"(?<!\d)(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?(?!\d)")  # "2014", "2013-2014"
CLOCK = regex(r"\b\d{1,2}[:.]\d{2}\b")  # "14:56", "10.22"
YEAR_OR_CLOCK = regex(rf"{YEAR.pattern}|{CLOCK.pattern}")
COPYRIGHT_SIGN = regex(r"\(c\)|Â?©", re.I)
SENTENCE_STOP = regex(r"(?<!\bInc)(?<!\bLtd)(?<!\bCo)(?<!\bBhd)\.\s")  # not "Inc. ", "Sdn. Bhd. "
HOLDER_BY = regex(r"(?:by|oleh)\s+", re.I)
NUMBERED_TAIL = regex(r",[^,]*\d[^,]*$")
SENTENCE_IN_LINE = regex(r"[.!?]\s+[A-Z]")


def _is_timestamp(text: str, r: _Rules) -> bool:
    """ "Kamis, 5 November 2015 14:56 WIB | 1.229 Views", "Published: Jan 5, 2015 10:22 GMT"."""
    if not YEAR_OR_CLOCK.search(text):
        return False
    words = LETTERS.findall(text)
    known = sum(map(r.timestamp_words.__contains__, map(str.lower, words)))
    if NUMERIC_STAMP.search(text):  # "Source: Xinhua| 2023-03-03 20:15:32|", "2024.10.08 16:05"
        known += 1
    if len(words) - known <= 2 and known >= 1:
        return True
    # "KYODO NEWS - Oct 2, 2024 - 11:47 | Japan, Environment": a date, a year and a time, then labels
    return known >= 1 and len(words) <= 8 and CLOCK.search(text) is not None and YEAR.search(text) is not None


def _caption(raw: str, start: int, r: _Rules) -> list[Element]:
    """A caption line, with its photo credit apart when the credit names a photographer.

    "Warga antre di Pasar Baru, Senin. ANTARA FOTO/Budi Setya/abc." -> the caption up to "ANTARA"
    and a photographer credit "Budi Setya" over the rest; "ANTARA FOTO/HO-Basarnas" names none."""
    span = (start, start + len(raw))
    m = r.photo_credit.search(raw, max(0, len(raw) - 260))
    if m is None:
        return [OtherLine("caption", raw, span)]
    group = next(g for g in ("path", "label", "via", "paper") if m.group(g) is not None)
    name = _photographer(m.group(group))
    if name is None:
        return [OtherLine("caption", raw, span)]
    at = m.start(group)
    while at > 0 and raw[at - 1] == "(":  # the bracket belongs to the credit
        at -= 1
    credit = Credit("photographer", name, raw[at:].rstrip(), (start + at, start + len(raw.rstrip())))
    before = raw[:at].rstrip()
    if not before:
        return [credit]
    return [OtherLine("caption", before, (start + len(raw) - len(raw.lstrip()), start + len(before))), credit]


CREDIT_PARTS = regex(r"\s*[/:,]\s*")


def _photographer(path: str) -> str | None:
    """The first person a photo credit names, after its agencies and labels; None for a handout
    or an agency-only credit ("(Photo: The Associated Press)")."""
    known, handouts = _photo_sources()
    for part in CREDIT_PARTS.split(path):
        part = part.strip(" .()")
        words = part.split()
        if not words:
            continue
        low = "".join(words).lower().removeprefix("the")
        if low in known or (len(words) > 1 and "".join(words[:-1]).lower() in known):
            continue  # "REUTERS", "AFP Photo", "ANTARA FOTO", "ANTARAFOTO"
        if words[0].split("-")[0].lower() in handouts:
            return None
        if len(words) <= 4 and is_name(part) and not part.islower():
            return part
        return None
    return None


@cache
def _photo_sources() -> tuple[frozenset[str], frozenset[str]]:
    """Agencies and photo labels, lowercased (the parts of a photo credit that are not a person),
    and the handout words."""
    data = agencies()
    lang = load_all()
    names = [
        *data["agencies"]["parenthesised"],
        *data["agencies"]["inline"],
        *data["photo_credits"]["agencies"],
        *data["bylines"]["agencies"],
        *lang.photo_labels,
        "foto",
        "photo",
    ]
    known = frozenset("".join(n.lower().split()) for n in names)  # spaces dropped: "ANTARAFOTO"
    return known, frozenset(h.lower().rstrip(".") for h in data["photo_credits"]["handouts"])


def _is_caption(text: str, r: _Rules) -> bool:
    return r.caption_end.search(text) is not None
