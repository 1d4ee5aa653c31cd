"""Markup and wire envelopes around the story: tags, record fields, ANPA lines, control characters.

Scraped copy keeps ``<p>``/``<br>``/``<figcaption>`` tags, and raw agency files wrap the story:

    <TITLE>BAHIA COCOA REVIEW</TITLE>                                   Reuters-21578 SGML
    <DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued throughout the week...
    HEADLINE: Library drops late fines           DATELINE: GRAND HAVEN, Mich.        BODY:    records
    ^Storm damage tops $2 billion<               ^By MARISOL VEGA=                   AP (ANPA-1312)

Tags, labels and wire lines become other lines (kind ``envelope``); the text between them is cut
into segments of its own (a block tag is a paragraph break). A headline field is the title, a
dateline field the dateline, a figure caption a caption; text before a body marker is not body.
"""

from __future__ import annotations

import re
from dataclasses import field
from functools import cache

from .cache import dataclass, regex
from .credits import byline_credits
from .lang import agencies
from .layout import Seg
from .model import Credit, OtherLine, Title
from .patterns import LETTERS, TAG, alt, clean

# what the text inside a tag is, by the tag's name
TAG_CONTEXT = {
    "title": "title", "headline": "title", "hl1": "title", "hedline": "title", "h1": "title",
    "dateline": "dateline", "date": "date",
    "byline": "byline",
    "figcaption": "caption", "figure": "caption",
    "script": "script", "style": "script", "noscript": "script",
    "body": "body",
    # Reuters-21578 metadata around the story
    "topics": "meta", "places": "meta", "people": "meta", "orgs": "meta", "exchanges": "meta",
    "companies": "meta", "unknown": "meta", "mknote": "meta",
}  # fmt: skip
# record labels at the start of a line ("HEADLINE: ...", LexisNexis and similar exports)
RECORDS = {
    "HEADLINE": "title", "DATELINE": "dateline", "BYLINE": "byline", "BODY": "body",
    "SECTION": "meta", "LENGTH": "meta", "LOAD-DATE": "meta", "LANGUAGE": "meta", "PUBLICATION-TYPE": "meta",
    "DOCUMENT-TYPE": "meta", "JOURNAL-CODE": "meta", "GRAPHIC": "meta", "SLUG": "meta", "KEYWORD": "meta",
    "SOURCE": "meta", "TYPE": "meta", "SUBJECT": "meta", "ORGANIZATION": "meta", "GEOGRAPHIC": "meta",
    "CORRECTION-DATE": "meta", "NOTES": "meta", "URL": "meta",
}  # fmt: skip
TAG_NAME = regex(r"<\s*(/?)\s*([A-Za-z0-9]+)")
RECORD = regex(r"(?P<label>[A-Z][A-Z-]{1,20})\s*:\s*")
CONTROL_CHAR = "\x00-\x08\x0b\x0e-\x1f\x7f"
CONTROL = regex(rf"(?:[{CONTROL_CHAR}]|&#(?:[0-9]|[12][0-9]|3[01]);)+")
NONSPACE = regex(r"\S")  # is there anything after a line (a control run ending the story stays envelope)
HAS_CONTROL = regex(f"[{CONTROL_CHAR}]")  # a plain class: the engine skips to it in one scan
# AP's ANPA-1312 lines: "^Headline<", "^By NAME=", selector "a0417", "r a BC-AP-US-Storm 03-03 0734",
# slug "^AP-US-Storm-Damage,0512<", end "AP-NY-03-03-23 1547EST<"; and LexisNexis "3 of 14 DOCUMENTS"
CARET = regex(r"\^(?P<value>.*?)(?P<end>[<=])?")
WIRE_LINE = regex(
    r"[a-z]\d{4}|[a-z] [a-z] [A-Z]{2}-\S+.*|[A-Z]{2}-[A-Z]{2}-\d\d-\d\d-\d\d\s+\d{3,4}[A-Z]{3}<?"
    r"|[A-Z]{2}-[\w-]+,\d{2,5}<?|\d+ of \d+ DOCUMENTS?"
    # dpa (IPTC 7901): header "eca0003 3 i 380  dpa 0045" (a short take "93", a partner "dpa-tns"),
    # closing stamp "212322 GMT Nov 18" (DDHHMM; a partner's take may leave out GMT)
    r"|[a-z]{2,4}\d{3,5}\s+\d\s+[a-z]{1,2}\s+\d{2,4}\s+(?:[a-z]{2,8}\s+)?[a-z]{2,5}(?:-[a-z]{2,5})?\s+\d{3,4}"
    r"|\d{6}\s+(?:GMT\s+)?[A-Z][a-z\u00e4]{2}\s+\d\d\s*"
    # AP newsgroup slug "APn  03/09 0006  Iraq War Dead"; corpus document id "APW19980820.1428"
    r"|AP[a-z]{0,2}\s+\d\d/\d\d\s+\d{4}\s+.{0,80}|[A-Z]{3}(?:_[A-Z]{3}_)?\d{8}\.\d{4}\s*"
    # AP's closing profile of slug, category and regions: "(PROFILE (WS SL:BC-Storm; CT:i; (REG:EURO;) ...) )"
    r"|\(PROFILE\s*\(WS\s+SL:.{0,800}"
)
# e-mail and newsgroup headers above a forwarded story: "Sender: ...", "Subject: ...", "Date: ..."
MAIL = regex(
    r"(?P<label>Sender|From|Subject|Date|Newsgroups|Organi[sz]ation|Message-ID|Lines|Path|Reply-To|To|Cc"
    r"|Summary|Keywords|Distribution|References|Approved|Followup-To|Article-I\.D\.|Xref|Return-Path"
    r"|X-[\w-]{1,30}):[ \t\u00a0]"
)
ANPA_NOTE = regex(
    r"Eds:|EDs:|EDITOR'?S NOTE|Associated Press Writers?$|AP [A-Z][a-z]+ Writers?$|[A-Z]{2}-[\w-]+,\d+$"
)


@dataclass
class Hints:
    """What the envelope told about the story: fields, a body marker, lines set aside."""

    title: Title | None = None
    dateline: tuple[int, int] | None = None  # a dateline field's text, parsed by the header stage
    year: int | None = None
    body_start: int | None = None  # a body marker: unplaced text before it is envelope, not body
    others: list[OtherLine] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)


def unwrap(text: str, segs: list[Seg]) -> tuple[list[Seg], list[OtherLine], Hints]:
    hints = Hints()
    out: list[Seg] = []
    state = _State()
    mail = _mail_headers(text, segs)
    control = has_control(text)  # once for the story: most have none on any line
    for n, seg in enumerate(segs):
        raw = text[seg.start : seg.end]
        if n < mail:
            _mail_header(text, seg, hints)
            state.gap = True
            continue
        title = hints.title
        if state.title_open and title is not None and not seg.gap_before and not _has_envelope(raw, control):
            # a headline field wrapped over two lines: "HEADLINE: Ferry fares to rise in spring across\nthe strait"
            hints.title = Title(clean(text[title.span[0] : seg.end]), (title.span[0], seg.end))
            continue
        state.title_open = False
        if state.context is None and is_advisory(raw):  # "ATTENTION - ADDS background ///"
            _emit(text, hints, "advisory", seg.start, seg.end)
            state.gap = True
            continue
        if state.context is None and not _has_envelope(raw, control):
            out.append(seg.after_gap() if state.gap else seg)
            state.gap = False
            continue
        state.line_context = None
        first = True
        for a, b, kind in _pieces(text, seg):
            piece = text[a:b]
            if kind == "text" and WIRE_LINE.fullmatch(piece):  # a wire line behind control characters
                kind = "wire"
            if kind == "text" and state.context is None and is_advisory(piece):  # "\x02REFILE"
                state.gap = True
                _emit(text, hints, "advisory", a, b)
                continue
            if kind != "text":
                state.gap = True
                _envelope(text, a, b, kind, state, hints)
                continue
            context = state.line_context or state.context
            if context == "title" and hints.title is None:
                hints.title = Title(clean(piece), (a, b))
                # a field that runs on to the next line only when nothing else follows it on its own
                # ("HEADLINE: Library fines end<br>(Photo: ...)</fig>more": the rest is not the title's)
                state.title_open = state.line_context == "title" and not text[b : seg.end].strip()
            elif context == "dateline" and hints.dateline is None:
                hints.dateline = (a, b)
            elif context == "anpa" and not piece.startswith(("By ", "BY ", "By\u00a0", "BY\u00a0")):
                if (
                    hints.title is None and not ANPA_NOTE.match(piece) and LETTERS.search(piece)
                ):  # not "^^^^^^>"
                    hints.title = Title(clean(piece), (a, b))
                else:
                    _emit(text, hints, "envelope", a, b)
            elif context == "byline" and (
                credits := byline_credits(text, a, b, _label_start(hints, seg.start))
            ):
                hints.credits.extend(credits)
            elif context in ("caption", "script", "meta", "date"):
                if context == "date" and hints.year is None:
                    hints.year = _year(piece)
                _emit(text, hints, "envelope" if context in ("meta", "date") else context, a, b)
            else:  # body text (and a byline field, which the credit stage reads)
                gap = state.gap or not first or seg.gap_before
                out.append(Seg(a, b, seg.line, seg.indent, gap, seg.width, first and seg.opens_line))
                state.gap = False
            first = False
        if state.line_context is not None:  # a record's value ends with its line
            state.gap = True
    return out, hints.others, hints


@dataclass
class _State:
    """Where unwrap stands in the envelope: open tags, a record's line, a pending gap."""

    context: str | None = None  # set by an open tag or a BODY marker, until it closes
    line_context: str | None = None  # set by a record label or an ANPA line, for one line
    gap: bool = False  # an envelope piece stands between the last body text and the next
    title_open: bool = False  # a headline field's value ended its line: the next line may go on with it
    depth: dict[str, int] = field(default_factory=dict)


@cache
def _advisory() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """A note to editors filling its line (agencies.toml [advisories]), and what one opens with,
    by its first character."""
    data = agencies()["advisories"]
    words = [*data["openers"], *data["lines"], *data["versions"]]
    pattern = regex(
        rf"(?:#+\s*)?(?:(?:{alt(data['openers'])})(?:\s*[-:—–].*)?|(?:{alt(data['lines'])})"
        rf"|\d{{1,2}}(?:ST|ND|RD|TH)\s+(?:{alt(data['versions'])})|(?:{alt(data['versions'])})\s+\d{{1,2}})\s*"
    )
    openings: dict[str, tuple[str, ...]] = {}
    for word in (*words, *"#0123456789"):
        openings[word[0]] = (*openings.get(word[0], ()), word)
    return pattern, openings


def is_advisory(raw: str) -> bool:
    """ "ATTENTION - ADDS background, quotes ///", "Eds: With AP Photos.", "REFILE", "2ND LEAD"."""
    if len(raw) > 300:
        return False
    if raw.endswith("///"):
        return True
    pattern, openings = _advisory()
    heads = openings.get(raw[:1])  # the openings with the line's first character (most lines: none)
    return heads is not None and raw.startswith(heads) and pattern.fullmatch(raw) is not None


def _mail_headers(text: str, segs: list[Seg]) -> int:
    """How many lines open the text as e-mail or newsgroup headers ("Sender:", "Subject:", "Date:")."""
    n = 0
    while (
        n < len(segs) and (n == 0 or not segs[n].gap_before) and MAIL.match(text, segs[n].start, segs[n].end)
    ):
        n += 1
    return n


def _mail_header(text: str, seg: Seg, hints: Hints) -> None:
    """ "Subject: RESURGENCE OF ..." is the title; every other header an envelope line (the date
    one is read for the story's date)."""
    label = MAIL.match(text, seg.start, seg.end)
    assert label is not None
    value = label.end()  # match() from a position gives offsets into the whole text
    if label.group("label").lower() == "subject" and hints.title is None and value < seg.end:
        _emit(text, hints, "envelope", seg.start, label.end("label") + 1)  # "Subject:"
        hints.title = Title(clean(text[value : seg.end]), (value, seg.end))
    else:
        _emit(text, hints, "envelope", seg.start, seg.end)


# every ASCII character that is not a control character
_NOT_CONTROL = bytes(range(0x20, 0x7F)) + b"\t\n\x0c\r"


def has_control(text: str) -> bool:
    """``HAS_CONTROL.search(text) is not None``, cheaply: the control characters are ASCII, so the text
    encoded to ASCII (the rest dropped) less every other ASCII character is empty when it has none (two
    passes in C at a few instructions a character; the pattern's scan tests every character against
    its class, some 30)."""
    return bool(text.encode("ascii", "ignore").translate(None, _NOT_CONTROL))


def _has_envelope(raw: str, control: bool = True) -> bool:
    """Does the line hold envelope: a tag, an entity, a caret line, a record label, a control
    character (only looked for when ``control``: the story has one), a wire line?"""
    first = raw[:1]
    if "<" in raw or "&#" in raw or first == "^" or (control and HAS_CONTROL.search(raw) is not None):
        return True
    if "A" <= first <= "Z":
        # a record label and every wire line that opens with a capital open with two: "HEADLINE:",
        # "AP-NY-...", "APW1998..." (most lines are a sentence's "The ...", "Jakarta ...": neither)
        if not "A" <= raw[1:2] <= "Z":
            return False
        record = RECORD.match(raw)
        if record is not None and record.group("label") in RECORDS:
            return True
    return WIRE_LINE.fullmatch(raw) is not None


def _pieces(text: str, seg: Seg) -> list[tuple[int, int, str]]:
    """The segment cut into text and envelope pieces (kinds "text", "tag", "record", "caret", "wire")."""
    raw = text[seg.start : seg.end]
    if WIRE_LINE.fullmatch(raw) and not TAG.search(raw):  # a tag on the line still opens or closes
        return [(seg.start, seg.end, "wire")]
    marks: list[tuple[int, int, str]] = []
    if (caret := CARET.fullmatch(raw)) is not None:
        value_start = seg.start + caret.start("value")
        value_end = seg.start + caret.end("value")
        marks.append((seg.start, value_start, "caret"))
        if caret.group("end"):
            marks.append((value_end, seg.end, "caret-end"))
    elif (record := RECORD.match(raw)) is not None and record.group("label") in RECORDS:
        marks.append((seg.start, seg.start + record.end(), "record"))
    marks += [(m.start(), m.end(), "tag") for m in TAG.finditer(text, seg.start, seg.end)]
    marks += [(m.start(), m.end(), "control") for m in CONTROL.finditer(text, seg.start, seg.end)]
    marks.sort()
    cut: list[tuple[int, int, str]] = []
    pos = seg.start
    for a, b, kind in marks:
        if a < pos:
            continue
        if a > pos:
            cut.append((pos, a, "text"))
        cut.append((a, b, kind))
        pos = b
    if pos < seg.end:
        cut.append((pos, seg.end, "text"))
    # a run that ends the story stays envelope ("... Innsbruck. 101437 GMT Apr 21 \x7f\x04" on one line)
    return _trim(text, _inner_controls(cut, last=NONSPACE.search(text, seg.end) is None))


def _inner_controls(cut: list[tuple[int, int, str]], *, last: bool = False) -> list[tuple[int, int, str]]:
    """A control run with text before it on its line is a character of that text, not a cut: "HEADLINE:
    Farmers protest new tax on\\x1fgrain exports" is one headline (cut there, its second half
    became an element inside the headline's span once the next line carried the headline on)."""
    out: list[tuple[int, int, str]] = []
    for a, b, kind in cut:
        if kind == "text" and len(out) >= 2 and out[-1][2] == "control" and out[-2][2] == "text":
            out.pop()
            a = out.pop()[0]
        out.append((a, b, kind))
    if not last and len(out) >= 2 and out[-1][2] == "control" and out[-2][2] == "text":
        # a run that ends the line after its text: "... new tax on grain\x01" then the headline's
        # next line; cut, it became an element inside the headline's span
        b = out.pop()[1]
        out[-1] = (out[-1][0], b, "text")
    return out


def _envelope(text: str, a: int, b: int, kind: str, state: _State, hints: Hints) -> None:
    """Record an envelope piece and let it change what the following text is."""
    piece = text[a:b]
    if kind == "tag":
        tag = TAG_NAME.match(piece)
        name = tag.group(2).lower() if tag else ""
        context = TAG_CONTEXT.get(name)
        if context is not None:
            depth = state.depth.get(context, 0) + (-1 if tag and tag.group(1) else 1)
            state.depth[context] = max(0, depth)
            open_contexts = [c for c, d in state.depth.items() if d > 0 and c != "body"]
            state.context = open_contexts[-1] if open_contexts else None
            if context == "body" and tag and not tag.group(1) and hints.body_start is None:
                hints.body_start = b
    elif kind == "record":
        label = piece.rstrip(": \t")
        context = RECORDS.get(label.strip(), "meta")
        if context == "body":
            state.context = None
            if hints.body_start is None:
                hints.body_start = b
        else:
            state.line_context = context
    elif kind == "caret":
        state.line_context = "anpa"
    _emit(text, hints, "envelope", a, b)


def _emit(text: str, hints: Hints, kind: str, a: int, b: int) -> None:
    """An other line; neighbours on one line with only spaces between are one: "</DATELINE><BODY>",
    "LANGUAGE: ENGLISH", a whole "<figure>...<figcaption>...</figcaption></figure>" line."""
    last = hints.others[-1] if hints.others else None
    if last is not None and last.span[1] <= a and _blank(text, last.span[1], a):
        start = last.span[0]
        merged = last.kind if last.kind != "envelope" else kind
        hints.others[-1] = OtherLine(merged, text[start:b], (start, b))
    else:
        hints.others.append(OtherLine(kind, text[a:b], (a, b)))


def _label_start(hints: Hints, line_start: int) -> int:
    """ "BYLINE: Dana Whitcomb": the credit takes its label along (and the label stops being envelope)."""
    last = hints.others[-1] if hints.others else None
    if last is not None and last.span[0] == line_start:
        hints.others.pop()
        return line_start
    return -1


def _blank(text: str, a: int, b: int) -> bool:
    gap = text[a:b]
    return not gap.strip() and "\n" not in gap and "\r" not in gap


def _trim(text: str, cut: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    out = []
    for a, b, kind in cut:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b, kind))
    return out


def _year(piece: str) -> int | None:
    from .dates import find_year

    return find_year(piece)
