"""Reported (indirect) speech: what a source said, in the story's own words.

    Menteri Luar Negeri AS John Kerry mengatakan NATO lebih menyukai jalur diplomatik ...
    The death toll has risen to 21, local authorities said Sunday.
    Menurut dia, akibat penutupan operasional bandara, sebanyak 27 penerbangan ... dibatalkan.

No sentence is scanned here: subjects.prescan already found every cue (a speech verb and its
subject, ", kata dia", "Menurut X", a sentence opening "Katanya,") and where each sentence starts;
this stage reads only the sentences that hold a cue and cuts the reported content out of them:
after the cue (cue first), before it (cue last, "..., he said."), or the whole sentence round a cue
inside it ("Harga, kata dia, naik 5 persen"). Content wholly inside quote marks is a direct quote,
not reported speech. Speakers are resolved as for direct quotes (speakers.py).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING

from .cache import regex
from .lang import load_all
from .model import Paragraph, Quote
from .names import is_person, split_title
from .patterns import alt, clean, repair
from .people import People
from .speech import Rules
from .subjects import Hit

if TYPE_CHECKING:
    from .speakers import Said

# a sentence ends at . ! ? (and any closing marks) before a space and a capital, a digit or a mark
# (a mark escaped with a backslash, as some scraped copy prints it: 'percetakan. \"Kita sudah ...')
SENTENCE_END = regex(r"[.!?]+(?:\\?[\"”’')\]])*(?=\s+\\?[\"“‘'(\[]?[A-Z0-9\u00c0-\u00de]|\s*$)")
# SENTENCE_END by its first character, as subjects.sentence_breaks reads SENTENCE_BREAK: re runs a
# search for a literal in a tight loop, where a search for a set calls a test at every character. A
# match opens a run of . ! ? (a shorter run, or one from inside it, fails as the whole run did: the
# next character is a stop again), so each scan starts only where its mark opens a run; the three
# together find SENTENCE_END's matches (tests/test_quote_scan.py)
_END_REST = SENTENCE_END.pattern[len("[.!?]+") :]
_STOP_END = regex(r"\.(?<![.!?]\.)[.!?]*" + _END_REST)
_OTHER_ENDS = (
    ("!", regex(r"!(?<![.!?]!)[.!?]*" + _END_REST)),
    ("?", regex(r"\?(?<![.!?]\?)[.!?]*" + _END_REST)),
)
SHORT_WORD = regex(r"\b[A-Z][a-z]{1,3}\b(?!\.)")  # "Arab" in "Liga Arab,": a word, not "Gen."
ABBREVIATION = regex(r"(?:\b[A-Za-z]|\b[A-Z][a-z]{1,3}|\.[A-Za-z])$")  # "U.S", "Gen", "Mr", "p.m"
EDGE = " \t\n,:;-\u2013\u2014"
TAIL = regex(r"[^,;:\"“”]{0,80}?[.!?]*[\"”’']*\s*\Z")  # what may follow a closing cue: "in a statement."
TAIL_WORDS = 6
LONG_TAIL = regex(r"[^,;:\"“”]{0,200}?[.!?]*[\"”’']*\s*\Z")  # a day and a phrase after a closing cue
SUBJECT_WORDS = (
    6  # the words before a closing cue's name: "..., Oklahoma Forestry Services spokeswoman X said."
)
OBJECT = regex(
    r"\s*(?:(?:[A-Z]\S*|the|The)\s+){1,4}|\s*\S+\s+"
)  # "told The Associated Press", "told reporters"
INSIDE = regex(r"(?:\s+[^\s,;:\"“”]+){0,4}?\s*,\s*[a-z]")  # "she said, were ...": the content goes on
APPOSITION = regex(
    r"(?:,[^,;:\"“”]{1,100}){1,2}[.!?]*[\"”’']*\s*\Z"
)  # "..., said X, executive vice president of Y."
MIN_WORDS = 3
EMPLOYEE_CHARS = 120  # how long "Analyst X at Y" before a speech verb may be
ORG_WINDOW = 1500  # how far back "It said" looks for an organisation named in passing
# a short quoted title before a name: "“Parasite” director Bong Joon Ho", "“Mrs Maisel” actress Alex Borstein"
QUOTED_TITLE = regex(r"[\"“][A-Z][^\"“”\s]*(?:\s[^\"“”\s]+){0,3}[\"”](?=\s+[a-z])")
REQUEST_WORDS = (
    8  # "urged the United States Trade Representative (USTR) to blacklist ...": the "to" near the verb
)
# the name after an inverted cue, up to a comma or the end: "..., said Russell Davis, executive ..."
INVERTED_NAME = regex(r"\s+(?:[A-Z][\w.'-]*|one|an?)(?:\s+[A-Z]?[\w.'-]+){0,4}?\s*(?:,|[.!?]?\s*\Z)")
# a bare clause after a verb that mostly takes "bahwa" ("menegaskan pakta integritas salah satu
# bentuk komitmen ..."): long enough to be a clause, not "menegaskan pentingnya kerja sama"
BARE_WORDS = 6
ORG_SMALL = {"of", "for", "and", "on", "the", "&", "dan", "untuk", "bagi"}  # inside an organisation's name
QUOTE_MARKS = "\"“”„«»`'"
# a comma and a closing mark with words after them: the end of a direct quote, then its cue
QUOTE_END = regex(r"[,!?]\\?(?:[\"”]|'')\s+(?P<next>\w+)")


def find_reported(
    text: str,
    paragraphs: tuple[Paragraph, ...],
    hits: list[Hit],
    direct: list[tuple[int, int]],
    r: Rules,
    people: People,
) -> list[Quote]:
    """Every reported statement the cues point at, in story order."""
    speakers = _speakers()
    resolve_after, resolve_subject, resolve_who = (
        speakers.resolve_after,
        speakers.resolve_subject,
        speakers.resolve_who,
    )
    out: list[Quote] = []
    org_named: str | None = None  # the organisation that spoke last, for "it said"
    taken: list[tuple[int, int]] = []
    last: tuple[int, Said] | None = None  # the sentence of the last report and who made it
    ordered = sorted(hits, key=lambda h: h.start)
    cues: list[tuple[int, Hit, str]] = []  # (and each cue's words in lower case, read once)
    reach: dict[int, int] = {}  # the last cue of each paragraph: its sentences are read that far
    for k, hit in enumerate(ordered):
        low = text[hit.start : hit.end].lower()
        if hit.kind == "verb" and low not in r.reporting_cues:
            continue  # a verb that frames a partial quote only ("hailed", "calling")
        cues.append((k, hit, low))
        reach[hit.paragraph] = hit.start  # (in story order: the last is the furthest)
    # the sentence starts of each paragraph with a cue, as far as its last cue
    sentences: dict[int, list[int]] = {}
    for k, hit, low in cues:
        if taken and _taken(taken, hit.start):
            continue  # one quote per sentence stretch: "Menurut dia, ..., katanya" is one
        lo, hi = paragraphs[hit.paragraph].span
        if (starts := sentences.get(hit.paragraph)) is None:
            starts = sentences[hit.paragraph] = _sentence_starts(text, lo, hi, r, reach[hit.paragraph])
        s, e = _sentence_of(starts, hit.start, hi)
        found = _content(text, hit, low, s, e, r)
        if found is None:
            continue
        cs, ce, where = found
        if hit.kind == "verb" and low in r.requests and not _asks(text, hit, cs, e, r):
            continue  # "meminta keterangan saksi": a request for a thing, not that someone do something
        if where in ("first", "opener", "joined") and k + 1 < len(ordered) and ordered[k + 1].start < ce:
            ce = _next_report(text, ordered, k, cs, ce, r)  # (only with a cue after this one inside it)
        cs, ce = _trim(text, cs, ce)
        if direct:  # (no direct quote: none ends it)
            ce = _before_quote(text, cs, ce, direct)
        cs, ce = _trim(text, cs, ce)
        body = text[cs:ce]
        words = body.split()
        if (
            len(words) < MIN_WORDS
            or (direct and _inside_marks(cs, ce, direct))
            or (body[0] in QUOTE_MARKS and _all_marked(body))
        ):
            continue
        if _dated_tail(body, words, r):
            continue  # "Kepala Bagian ..., El Fauzi di Padang, Rabu, mengatakan": the source, not content
        # (a closing mark: _quote_then_cue's own first test, made here to spare the call)
        quoted = '"' in body or "”" in body or "''" in body
        if (quoted and _quote_then_cue(body, r)) or words[0].lower() in r.object_words:
            continue  # '... milik KPU," ujar X': a quote's end and its cue; "hal itu kepada wartawan"
        if (
            len(words) <= TAIL_WORDS
            and words[0].lower() in r.tail_starts
            and not (low in r.requests and r.request_marker.match(body))
        ):
            continue  # "said on Monday (March 30)": when or where, not what
        cue = text[hit.start : hit.end]
        if (
            hit.kind == "after"
            and hit.subject is not None
            and (hit.subject.group("who") or "").lower() in r.pronouns
        ):
            cue = text[hit.start : hit.subject.end("who")]  # "lanjut dia", "kata beliau": the cue as written
        if where == "passive":
            said = speakers.Said(None, cue, None, None)  # "... juga dilaporkan rusak": no one named
        elif where == "joined":  # "... and said": who spoke first in the sentence, else its subject
            if last is not None and last[0] == s:
                said = last[1]
            elif (known := _sentence_subject(text, s, hit.start, r, people)) is not None:
                said = speakers.Said(
                    known, cue, known, people.names.get(known)
                )  # "In his speech, Assad ... but said"
            elif (group := _org_mention(r).search(text, s, hit.start)) is not None and len(
                text[s : group.start()].split()
            ) <= 2:
                org_named = group.group("org")  # "Campaign group River Action ... welcomed X but said"
                said = speakers.Said(org_named, cue, org_named, None)
            else:
                said = resolve_who("", cue, hit.start, r, people)
        elif (
            hit.kind == "verb"
            and hit.subject is not None
            and where == "first"
            and (person := _employee(text, s, hit.subject.start("who"), r, people))
        ):
            said = speakers.Said(
                person, cue, person, people.names.get(person)
            )  # "Analyst X at Kaito Securities said"
        elif hit.kind == "verb":
            if hit.said and where != "opener":  # the subject the scan named: "Kerry mengatakan"
                said = speakers.Said(
                    hit.subject.group("who") if hit.subject else None,
                    cue,
                    hit.said,
                    people.names.get(hit.said),
                )
                if " " not in hit.said and said.title is None and said.mention == hit.said:
                    org_named = hit.said  # "Roscosmos said in a statement. It said ...": no one's surname
            elif hit.subject is not None and where != "opener":
                said = resolve_subject(hit.subject, cue, cs, r, people)
                who = hit.subject.group("who")
                if who.lower() in r.dates and (
                    dated := _dated_subject(text[s : hit.subject.start("who")], r)
                ):
                    said, who = resolve_who(dated, cue, cs, r, people), dated  # "X pada Senin mengatakan": X
                if (said.name is None or who.lower() in r.dates) and (
                    found_name := _apposed_person(text, s, hit.subject.start("cue"), r)
                ):
                    # "Kepala Dinas ..., M Najikh, Jumat mengatakan": the name between commas
                    said.name = people.canonical(*found_name)
                    said.title = people.names.get(said.name) or found_name[1]
                    who = said.name
                words = who.split()
                if words[0].lower() in r.determiner_words:
                    words = words[1:]
                titled = bool(words) and split_title(" ".join(words), r)[0] is None  # titles, no name
                if (
                    titled
                    and words[0].lower() not in r.roles
                    and ((len(words) == 1 and words[0] in r.titles) or r.org_heads.intersection(words))
                ):
                    said.name = " ".join(words)  # "Pusat Krisis Kesehatan Kementerian Kesehatan mengatakan"
                named = [k for k, w in enumerate(words[:-1]) if w.lower() in r.org_nouns]
                if said.name is None and named and all(_name_word(w) for w in words[named[-1] + 1 :]):
                    org = " ".join(words[named[-1] + 1 :])  # "The newspaper Cumhuriyet said": the name after
                    said.name, said.mention, org_named = org, org, org
                elif (
                    said.name is None
                    and words
                    and not (len(words) == 1 and words[0].lower() in r.roles)  # "Bupati" is someone
                    and words[0].lower() not in r.not_names
                    # a name ("Polis Diraja Malaysia (PDRM)"), not "central bank"
                    and _org_words(words)
                ):
                    org = " ".join(words)  # "The Cairo-based Arab Organization ... said": it speaks
                    said.name, org_named = org, org
                elif (
                    words
                    and len(words) <= 3
                    and who.split()[0].lower() in r.determiner_words
                    and words[-1].lower() in r.org_nouns
                    and (back := org_named or _org_before(text, hit.start, r))
                ):
                    said.name, said.title = back, None  # "The company said": the one that spoke before
                elif (
                    said.name is None
                    and who.lower() in r.org_pronouns
                    and (back := org_named or _org_before(text, hit.start, r))
                ):
                    said.name, said.title = back, None  # "It said" read as a subject: the same
            elif text[max(s, hit.start - 4) : hit.start].strip().lower() in r.org_pronouns and (
                back := org_named or _org_before(text, hit.start, r)
            ):
                said = resolve_who(
                    "", cue, hit.start, r, people
                )  # "It said ...": the organisation named last
                said.name, said.title = back, None
            else:  # "..., saying its experts ...": the sentence's subject, put forward before
                said = resolve_who("", cue, hit.start, r, people)
        elif hit.kind == "after" and hit.said:
            said = speakers.Said(
                hit.subject.group("who") if hit.subject else None, cue, hit.said, people.names.get(hit.said)
            )
        elif hit.kind == "after":
            said = resolve_after(text[hit.start : e], cs, r, people)
        elif hit.kind == "according":
            who = (hit.subject.group("who") if hit.subject else None) or ""
            first = who.split()[0] if who.strip() else ""
            if hit.subject is not None and first.lower() in r.pronouns:  # "Menurut dia penyebabnya ..."
                who, cue = first, text[hit.start : hit.subject.start("who") + len(first)]
            said = resolve_who(cue if cue.lower().endswith("nya") or not who else who, cue, cs, r, people)
        else:  # "Katanya, ...": whoever was put forward last ("Tambah beliau lagi, ...": the pronoun)
            said = resolve_who(
                next((w for w in reversed(cue.split()) if w.lower() in r.pronouns), ""),
                cue,
                hit.start,
                r,
                people,
            )
        if said.name and said.name.split()[-1] in r.org_ends:
            org_named = said.name  # "Niagara Mohawk Corp said ...": the organisation "it" points back to
        # the sentence is this cue's, but for a second report after the content ("..., adding that ...")
        end = ce if where in ("first", "opener", "joined") or ce > e else e
        if where == "last" and k + 1 < len(ordered) and hit.end < ordered[k + 1].start < end:
            nxt = ordered[k + 1]
            if nxt.kind == "verb" and text[nxt.start : nxt.end].lower() in r.participles:
                end = (
                    nxt.start
                )  # "..., the company said in a statement, adding that ...": a report of its own
        taken.append((s if s < cs else cs, end))
        last = (s, said)
        out.append(
            Quote(
                text=clean(body),
                speaker=people.display(said.name),
                speaker_mention=repair(said.mention) if said.mention else None,
                cue=cue,
                paragraph=hit.paragraph,
                kind="indirect",
                speaker_title=repair(said.title) if said.title else None,
                span=(cs, ce),
            )
        )
    return out


@cache
def _speakers() -> ModuleType:
    """speakers.py, which imports this module: imported once, not at every story (an import
    statement in a function costs about 13,000 instructions a call)."""
    from . import speakers

    return speakers


def _sentence_starts(text: str, lo: int, hi: int, r: Rules, until: int) -> list[int]:
    """Where each sentence of the paragraph [lo, hi) starts, in order, as far as the first one after
    ``until`` (the sentences after it are not read)."""
    starts = [lo]
    words: set[str] | None = None  # the short capitalised words the paragraph prints without a full stop
    for m in _ends_in_order(text, lo, hi):
        nxt = m.end()
        while nxt < hi and text[nxt].isspace():
            nxt += 1
        if m.group(0) == "." and (at := m.start()) > lo:
            tail = text[at - 4 : at] if at >= 4 else ""
            # a short word ends in a capitalised word, a letter after a boundary or ".x": none fits
            # inside four lowercase letters ("mengatakan.", "said."), so no search there
            if tail.isalpha() and tail.islower() and tail.isascii():
                short = None
            else:
                short = ABBREVIATION.search(text, at - 5 if at - 5 > lo else lo, at)
        else:
            short = None
        if short is not None:
            # "Gen. Muhieddin", "U.S. officials", "10:50 p.m. in"; not "the South China Sea. He urged"
            # (but "... which continues through May. Sherpas are ...": a month, then a capital)
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
            # a word the paragraph prints elsewhere ("Liga Arab. Liga Arab, bersama ...", "kata Gada.")
        if nxt < hi:
            starts.append(nxt)
            if nxt > until:
                break
    return starts


def _ends_in_order(text: str, lo: int, hi: int) -> Iterable[re.Match[str]]:
    """``sentence_ends(text, lo, hi)``, read only as far as asked when only full stops end the
    paragraph's sentences (one scan, in order: the scan for a stop past the last cue never runs)."""
    if (lo == 0 or text[lo - 1] not in ".!?") and text.find("!", lo, hi) < 0 and text.find("?", lo, hi) < 0:
        return _STOP_END.finditer(text, lo, hi)
    return sentence_ends(text, lo, hi)


def sentence_ends(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """``SENTENCE_END``'s matches in [lo, hi), in order, by literal scans."""
    if lo > 0 and text[lo - 1] in ".!?":  # a run that opens before lo: the pattern itself
        return list(SENTENCE_END.finditer(text, lo, hi))
    ends = list(_STOP_END.finditer(text, lo, hi))
    other = False
    for mark, pattern in _OTHER_ENDS:
        if text.find(mark, lo, hi) >= 0:
            ends += pattern.finditer(text, lo, hi)
            other = True
    return sorted(ends, key=lambda m: m.start()) if other else ends


def _named_after_cue(before: str, r: Rules) -> bool:
    """A short name closing a cue ('," kata Gada. Gada menjelaskan ...'): no abbreviation."""
    words = before.split()
    return len(words) >= 2 and words[-2].lower() in r.cue_words


def _taken(taken: list[tuple[int, int]], at: int) -> bool:
    """Is ``at`` inside one of the last three stretches taken (``any(a <= at < b for a, b in
    taken[-3:])``, in a loop: no generator a cue)?"""
    for k in range(len(taken) - 1, max(-1, len(taken) - 4), -1):
        a, b = taken[k]
        if a <= at < b:
            return True
    return False


def _sentence_of(starts: list[int], at: int, hi: int) -> tuple[int, int]:
    k = bisect_right(starts, at) - 1
    return starts[k if k > 0 else 0], starts[k + 1] if k + 1 < len(starts) else hi


def _tail(text: str, at: int, e: int, r: Rules) -> bool:
    """Only when, where or how after a closing cue: "said Sunday.", "kata dia di Jakarta, Senin." """
    # "..., New Zealand said Friday in response to U.S. missile attacks on ...": a day, then a phrase
    day = text[at : min(e, at + 40)].split()[:2]
    if (
        len(day) == 2
        and day[0].lower() in r.dates
        and day[1] in r.place_word_set
        and LONG_TAIL.match(text, at, e) is not None
    ):
        return True
    if TAIL.match(text, at, e) is None:
        return False
    words = [w for w in text[at:e].replace(",", " ").split() if any(c.isalnum() for c in w)]
    if len(words) > TAIL_WORDS:
        return False
    first = words[0].strip(".").lower() if words else ""
    return (
        not words
        or first in r.place_word_set
        or first in r.dates
        or words[0][:1].isupper()
        or first in r.tail_words
    )


def _participle_after(text: str, at: int, e: int, r: Rules) -> bool:
    """A participle clause after a closing cue: "..., X said on Monday, marking a step toward ..." """
    comma = text.find(",", at, min(e, at + 60))
    if comma < 0 or not _tail(text, at, comma, r):
        return False
    word = text[comma + 1 : comma + 30].split()[:1]
    return (
        bool(word)
        and word[0].islower()
        and (word[0] in r.participles or word[0].endswith(r.participle_endings))
    )


def _trim(text: str, cs: int, ce: int) -> tuple[int, int]:
    while cs < ce and text[cs] in EDGE:
        cs += 1
    while ce > cs and (text[ce - 1] in EDGE or text[ce - 1] in ".!?"):
        ce -= 1
    return cs, ce


def _next_report(text: str, ordered: list[Hit], k: int, cs: int, ce: int, r: Rules) -> int:
    """Content ends where the sentence reports again: "said A, adding that B", "said A and said B"."""
    for other in ordered[k + 1 :]:
        if other.start >= ce:
            break
        if cs < other.start and other.kind == "verb":
            verb = text[other.start : other.end].lower()
            before = text[max(cs, other.start - 6) : other.start].replace("\n", " ")
            if verb in r.participles and before.rstrip().endswith(","):
                return before.rfind(",") + other.start - len(before)
            if before.endswith((" and ", " dan ", " serta ")) and (
                verb in r.indirect_verbs or verb.endswith(r.participle_endings or ("\0",))
            ):  # "saying A and calling B"
                return other.start - len(before) + before.rfind(" ", 0, -1)
            comma = text.rfind(",", cs, other.start)
            clause = text[comma + 1 : other.start].split()
            if (
                comma > 0
                and 1 < len(clause) <= 6
                and clause[0] in r.joined_words
                and not _quote_char(text[comma : other.start])
            ):
                return comma  # "said A, but military sources denied B": B is another's report
            if (
                comma > cs
                and 0 < len(clause) <= SUBJECT_WORDS
                and (clause[0][:1].isupper() or clause[0].lower() in r.determiner_words)
                and verb in r.indirect_verbs
                and not _quote_char(text[comma : other.start])
                and _tail(text, other.end, ce, r)
            ):
                return comma  # "promised A, AFP reported": a closing cue of its own
        elif cs < other.start and other.kind == "according":
            comma = text.rfind(",", cs, other.start)
            if comma > 0 and not text[comma + 1 : other.start].strip():  # "..., according to news agency TT"
                return comma
    return ce


def _before_quote(text: str, cs: int, ce: int, direct: list[tuple[int, int]]) -> int:
    """A direct quote that opens a new sentence inside the content ends it: 'bahwa ... . "Pasien ..."'."""
    for a, _b in direct[bisect_left(direct, (cs + 1, 0)) :]:
        if a >= ce:
            break
        if text[cs:a].rstrip().endswith((".", "!", "?", ":")):
            return a
    return ce


def _quote_then_cue(body: str, r: Rules) -> bool:
    """Content that runs past a direct quote's end into its cue ('...," she said', '...,\\" ujar X')."""
    if '"' not in body and "”" not in body and "''" not in body:
        return False  # (no closing mark)
    return any(m.group("next").lower() in r.cue_words for m in QUOTE_END.finditer(body))


def _all_marked(body: str) -> bool:
    """Content that opens and closes with a quote mark and holds no other: a quote, not a report."""
    if body[0] not in QUOTE_MARKS or body.rstrip(".,")[-1:] not in QUOTE_MARKS:
        return False
    body = body.replace("``", '"').replace("''", '"')  # "``Iran could ...''": one mark each side
    return sum(body.count(c) for c in QUOTE_MARKS) == 2


def _inside_marks(cs: int, ce: int, direct: list[tuple[int, int]]) -> bool:
    """Content wholly (or nearly) inside one direct quote's marks is that quote (``direct`` in order)."""
    least = 0.6 * (ce - cs)
    for k in range(max(0, bisect_left(direct, (cs, cs)) - 2), len(direct)):
        a, b = direct[k]
        if a >= ce:
            break
        if (b if b < ce else ce) - (a if a > cs else cs) > least:
            return True
    return False


def _content(text: str, hit: Hit, low: str, s: int, e: int, r: Rules) -> tuple[int, int, str] | None:
    """Where the reported content of a cue stands in its sentence [s, e), and its shape (``low``:
    the cue's words in lower case)."""
    before = text[s : hit.start]
    if hit.kind == "opener":
        return hit.end + 1, e, "opener"  # "Dikatakan, pihaknya sangat mendukung ..."
    if hit.kind == "according":
        m = hit.subject
        if before.strip() == "":  # "Menurut dia, ...", "According to Liu Wei, ..."
            if m is not None and m.group("who") is not None and hit.end != m.end():
                after = m.end("who")
            else:
                after = hit.end
            if text.startswith(",", after) or low.endswith("nya"):
                return after, e, "first"
            who = (m.group("who") or "").split() if m is not None else []
            if (
                m is not None
                and len(who) > 2
                and who[0].lower() in r.pronouns
                and who[1].lower() not in r.tail_starts
            ):
                # "Menurut dia salah satu penyebabnya ...": no comma after the pronoun
                return m.start("who") + len(who[0]), e, "first"
            comma = text.find(",", after, e)  # "Menurut Kepala Dinas X, ..."
            return (comma + 1, e, "first") if comma > 0 else None
        if before.rstrip().endswith(","):  # "..., according to the court."
            end = m.end() if m is not None else hit.end
            if TAIL.match(text, end, e):
                return s, s + len(before.rstrip()) - 1, "last"
        return None
    if hit.kind == "after":  # ", kata dia." / ", lanjut dia, ..." / ", katanya."
        comma = hit.start - 1
        while comma > s and text[comma] != ",":
            comma -= 1
        lead = text[s:comma]
        if not lead.strip():
            return None
        rest_m = hit.subject
        end = rest_m.end() if rest_m is not None else hit.end
        named = rest_m is not None and (
            (rest_m.group("who") or "")[:1].isupper()
            or (rest_m.group("who") or "-").split()[0].lower()
            in r.determiner_words  # "said a trader in Oslo, who"
        )
        # "Kendati demikian, kata Sambodo, pihaknya telah menyiapkan rute ...": a clause after the
        # name goes on with the content; it is no apposition ("kata Ha, juru bicara perusahaan")
        goes_on = text.startswith(",", end) and _clause_after(text[end + 1 : e], r)
        if _tail(text, end, e, r) or (
            named and not goes_on and (TAIL.match(text, end, e) or APPOSITION.match(text, end, e))
        ):
            return s, comma, "last"
        if low in r.indirect_verbs:
            return None  # "X, ..., Kamis, mengatakan, ...": the verb's own scan reads it
        if text.startswith(",", end):  # a cue inside: "Harga, kata dia, naik 5 persen"
            words = lead.split()
            connective = len(words) == 1 or (len(words) == 2 and words[0].lower() in r.not_names)
            if connective and not _quote_char(lead):  # "Selain itu, lanjut dia, ...": after it
                return end + 1, e, "inside"
            return s, e, "inside"
        return None
    # a speech verb
    verb = low
    after = hit.end
    if verb in r.passives:
        return _passive(text, hit, s, e, r)
    if verb in r.participles:
        if not before.rstrip().endswith(",") and (
            hit.subject is None
            or not text[hit.subject.end("who") : hit.start].strip()
            or before.split()[-1].lower() in r.determiner_words  # "will first receive a warning"
        ):
            return (
                None  # (but "The newspaper quoted Deng as saying that ...": a subject, an adverb, the verb)
            )
        first = text[hit.end : e].split()[:1]
        if (
            not before.rstrip().endswith(",")
            and first
            and first[0].lower() in r.tail_starts
            and not r.complementizer.search(text, hit.end, min(e, hit.end + 80))
        ):
            return None  # "..., the government was quoted as saying late Thursday by ...": a closing cue
        if verb in r.requests and not r.request_marker.search(
            " ".join(text[after : min(e, after + 90)].split()[:REQUEST_WORDS])
        ):
            return None  # "threatening nuclear strikes": a thing, not what someone is to do
        return _after_verb(text, after, e, r, need_that=False, obj=False, bare=False)
    if (
        verb not in r.indirect_verbs
        or before.endswith(("'s ", "\u2019s "))
        or (verb not in r.requests and _copula_end(before, r))
    ):
        return None  # (not "the Pentagon's reports": a noun; not "was said to be": a passive)
    # what the verb takes: a 'that', an object before the content, a bare clause
    need_that, obj, bare = verb in r.indirect_that, verb in r.indirect_object, verb in r.indirect_bare
    if verb in r.requests and r.request_marker.search(
        " ".join(text[after : min(e, after + 90)].split()[:REQUEST_WORDS])
    ):
        need_that = False  # "urged Vietnam and others in the region to push back": a request reports
        marker = r.request_marker.search(text, after, min(e, after + 90))
        if marker is not None and all(
            w.lower() in r.tail_starts for w in text[after : marker.start()].split()
        ):
            after = marker.start()  # "vowed on Monday to ensure ...": from the "to"
        if marker is not None and r.copula_end.fullmatch(
            (text[marker.end() : marker.end() + 20].split() or ["-"])[0]
        ):
            return None  # "who asked not to be named": a request about oneself, no content
    if before[-1:].isspace() and (tail := before[-8:].split()) and tail[-1] in r.joined_words:
        # "Boyd Jefferies ... resigned from the firm and said he would plead guilty": the sentence's subject
        found = _after_verb(text, after, e, r, need_that=need_that, obj=obj, bare=bare)
        return (found[0], found[1], "joined") if found is not None else None
    m = hit.subject
    if m is None:
        if not before.rstrip().endswith(","):
            clause = before[max(before.rfind(";"), before.rfind(":"), before.rfind(",")) + 1 :]
            head, _, last = clause.rstrip().rpartition(" ")
            if len(clause.split()) > 4 and last in r.clause_words and r.list_end.search(head):
                # "IDF mengeluarkan peringatan ... dan sudah mendesak penduduk ... untuk mengungsi": a
                # second verb of the sentence's subject (not "A dan mendesak B, kata X": the cue's)
                return _after_verb(text, after, e, r, need_that=need_that, obj=obj, bare=bare)
            if 1 <= len(clause.split()) <= 4 and not _quote_char(clause):
                head = before[: len(before) - len(clause)]
                if head.rstrip().endswith(",") and head.strip(" ,") and _tail(text, hit.end, e, r):
                    return s, s + len(head.rstrip()) - 1, "last"  # "..., local media reported."
                # "Instead, police said Hayes shot Smith": a plural or unnamed subject the scan does not name
                return _after_verb(text, after, e, r, need_that=need_that, obj=obj, bare=bare)
            if (comp := r.complementizer.match(text, after + 1)) is not None and not _quote_char(clause):
                return comp.end(), e, "first"  # "Both Yerevan and Baku have always claimed that ..."
            return None
        if TAIL.match(text, hit.end, e):  # "..., said Tourism Malaysia director X."
            return s, s + len(before.rstrip()) - 1, "last"
        if INVERTED_NAME.match(text, hit.end, e):
            return None  # "..., said a trader in Oslo, who ...": the closing cue's own reading
        # "Kepala Seksi ..., Eka Asmadi, saat dihubungi ..., Kamis, mengatakan, ...": the subject far off;
        # '"...," kata Nia, menambahkan tema anti kekerasan jarang ditemui': the last speaker goes on
        return _after_verb(text, after, e, r, need_that=need_that, obj=obj, bare=bare)
    if before.rstrip().endswith(",") and m.group("who").split()[0].lower() in r.determiner_words:
        name = INVERTED_NAME.match(text, hit.end, e)
        if name is not None:
            return (
                None  # "..., the impact will increase, said Russell Davis, ...": a closing cue, read as one
            )
    # a clause after a semicolon or colon opens like a sentence: "...: A handgun was found; Hayes told police ..."
    who_at = m.start("who")
    semi, colon = text.rfind(";", s, who_at) + 1, text.rfind(":", s, who_at) + 1
    s = semi if semi > s else s
    s = colon if colon > s else s
    lead = text[s:who_at]
    lead_words = lead.split()
    if (
        m.group("who").lower() in r.dates
        and not _quote_char(lead)
        and (dated := _dated_subject(lead, r))
        and (_title_run(dated) or len(dated.split()) <= 3)
    ):
        return _after_verb(
            text, after, e, r, need_that=need_that, obj=obj, bare=bare
        )  # "Kementerian Luar Negeri pada Senin mengatakan"
    if lead_words and lead_words[-1].lower() in r.cue_words and "," in text[m.end("who") : hit.start]:
        # '"...," kata Nia, menambahkan tema anti kekerasan jarang ditemui': the cue's speaker goes on
        return _after_verb(text, after, e, r, need_that=need_that, obj=obj, bare=bare)
    comma = lead.rfind(",")
    if (
        comma > 0 and not lead[comma + 1 :].strip() and "," in text[m.end("who") : hit.start]
    ):  # "..., the task force's coordinator, Ugas Irwanto, told"
        prev = lead.rfind(",", 0, comma)
        words = lead[prev + 1 : comma].strip(EDGE + QUOTE_MARKS).split()
        if prev > 0 and 0 < len(words) <= 2 * SUBJECT_WORDS and words[0].lower() in r.determiner_words:
            comma = prev
    after_cue = hit.end
    if obj and (target := OBJECT.match(text, hit.end, e)) is not None:
        after_cue = target.end()  # "..., Mattis told reporters at the Pentagon."
    if (
        comma > 0
        and lead[:comma].strip()
        and len(subject := lead[comma + 1 :].split()) <= SUBJECT_WORDS
        and (subject or [""])[0] not in r.place_word_set  # not ", at a cost the union estimated"
        and not _quote_char(lead[comma:])
        and (_tail(text, after_cue, e, r) or _participle_after(text, after_cue, e, r))
    ):
        # "The death toll ..., local authorities said Sunday.", "..., trading company Tracomin SA said."
        return s, s + comma, "last"
    if (
        lead.rstrip().endswith(",")
        and len(lead_words) > 2
        and m.group("who").lower() in r.pronouns
        and INSIDE.match(text, hit.end, e)
    ):
        return s, e, "inside"  # "Higher fuel costs, she said, were the main risk": the cue inside the content
    if '"' in lead or "“" in lead:  # (the title's opening mark)
        lead = QUOTED_TITLE.sub("Title", lead)  # "“Parasite” director Bong Joon Ho said": a work's title
        lead_words = lead.split()
    opening = lead[lead.rfind(",") + 1 :]  # "On Chandler Mountain in north Alabama, tomato farmer Lana ..."
    opening_words = len(opening.split())
    unbroken = bool(lead.strip()) and not lead.rstrip().endswith(",")  # no comma before the subject
    titled = (
        unbroken and opening_words <= 12 and _title_words(opening, r)
    )  # "In a paper published in ..., Scripps Institution of Oceanography scientist Aaron Thode wrote"
    if not titled and (
        len(lead_words) > 12
        or (
            unbroken
            and opening_words > 3
            # not "Kepala Pusat Gempa Bumi dan Tsunami BMKG Daryono": the subject's title
            and not _title_run(opening)
        )
    ):
        if not lead.rstrip().endswith(",") or len(lead_words) > 25 or _quote_char(lead):
            return None  # the verb's subject does not open the sentence
        # "Former U.N. ambassador Bill Richardson, who has made ..., said he hoped ...": a long apposition
        return _after_verb(text, after, e, r, need_that=need_that, obj=obj, bare=bare)
    if _quote_char(lead):
        return None
    return _after_verb(text, after, e, r, need_that=need_that, obj=obj, bare=bare)


def _passive(text: str, hit: Hit, s: int, e: int, r: Rules) -> tuple[int, int, str] | None:
    """A passive cue inside its content, the source unnamed: "Tak hanya itu, sebanyak 2 ribu rumah
    warga juga dilaporkan rusak" is the sentence from its subject on, after a connective and its comma;
    not "dilaporkan ke polisi", "disebut sebagai ...", "disebut Nabi" (an agent), "dilaporkan berkata"."""
    start = max(s, text.rfind(",", s, hit.start) + 1)
    subject = text[start : hit.start].split()
    nxt = text[hit.end : e].split()[:1]
    if (
        not 1 <= len(subject) <= 12
        or _quote_char(text[start : hit.start])
        or subject[-1].lower() in r.place_word_set  # "rumah yang dilaporkan rusak": a relative clause
        or not nxt
        or not nxt[0][:1].islower()
        or nxt[0].strip(",.").lower() in r.tail_starts
        or nxt[0].lower() in r.term_preposition_words
        or nxt[0].lower() in r.reporting_cues
    ):
        return None
    return start, e, "passive"


def _after_verb(
    text: str, at: int, e: int, r: Rules, *, need_that: bool, obj: bool, bare: bool
) -> tuple[int, int, str] | None:
    """The content after a speech verb: past a complementizer near it ("said on Tuesday that"),
    else straight after the verb (and its object: "told reporters the plan ...")."""
    window = text[at : e if e < at + 80 else at + 80]
    if window.startswith(","):
        need_that = False  # "Suyudi menyebutkan, dari 400 KK ...": a comma opens the clause
    comp = r.complementizer.search(window)
    words = window[: comp.start()].lower().split() if comp is not None else []
    if (
        comp is not None
        and len(words) <= 8
        and (len(words) < 3 or obj or words[0] in r.tail_starts)  # not "some projects got money that ..."
        and not _quote_char(window[: comp.start()])
        and not r.participles.intersection(words)  # "told reporters X, adding that Y": Y is the adding's
    ):
        return at + comp.end(), e, "first"
    if need_that and not (bare and _bare_clause(text[at:e], r)):
        return None  # "announced strict measures": a noun phrase, not what was said
    start = at
    if obj:  # "told reporters", "told The Associated Press", "memberitahu pemberita"
        target = OBJECT.match(window)
        start = at + (target.end() if target else 0)
    return start, e, "first"


def _asks(text: str, hit: Hit, cs: int, e: int, r: Rules) -> bool:
    """A request reports what someone is to do: a marker ("agar", "untuk", "to") near the start of
    its content, or a verb among its first words after the one asked ("meminta masyarakat mencari
    sumber informasi", "meminta Kemenhub dan Pemprov DKI berkoordinasi"); any other verb reports whatever follows it."""
    if text[hit.start : hit.end].lower() not in r.requests:
        return True
    if r.request_marker.search(text, cs, min(e, cs + 90)) or "," in text[hit.end : cs + 1]:
        return True  # "meminta warga agar ...", "Ia meminta, walau ... harus tetap ..."
    words = text[cs:e].lower().split()[:8]
    comma = next((k for k, w in enumerate(words) if w.endswith(",")), len(words))
    words = words[: comma + 1]  # "meminta keterangan pengawas, pihaknya juga meminta ...": the asking ends
    return any(
        len(w) >= 7
        and w.startswith(r.clause_prefixes)
        and w not in r.not_clause_words
        and not r.list_end.search(" ".join(words[:k]))  # "meminta keterangan dan melihat ..."
        for k, w in enumerate(words[1:], 1)
    )


def _bare_clause(content: str, r: Rules) -> bool:
    """Content with no "bahwa" that reads as a clause: six words or more, a predicate among the
    first eight ("KPK akan menginformasikan ...", "kerusakan terjadi di 23 wilayah"), not opening
    with the verb's object ("menyampaikan hal itu kepada wartawan") and holding no quote mark."""
    words = content.lower().split()
    if len(words) < BARE_WORDS or words[0] in r.object_words or _quote_char(content):
        return False
    return any(
        w in r.clause_words
        or (k and len(w) >= 7 and w.startswith(r.clause_prefixes) and w not in r.not_clause_words)
        for k, w in enumerate(words[:8])
    )


def _dated_subject(lead: str, r: Rules) -> str | None:
    """The subject before the day a sentence adds between it and its verb ("Kementerian Luar Negeri
    pada" before "Senin mengatakan"), after any opening clause and its comma."""
    words = lead[lead.rfind(",") + 1 :].split()
    while words and words[-1].lower() in r.tail_starts:
        words.pop()
    return " ".join(words) if words and words[0][:1].isupper() else None


def _apposed_person(text: str, s: int, cue: int, r: Rules) -> tuple[str, str | None] | None:
    """The person named between commas before a speech verb, past the day and place the story adds
    ("..., El Fauzi di Padang, Rabu, mengatakan", "..., M Najikh, Jumat mengatakan")."""
    for part in reversed(text[s:cue].split(",")[1:]):
        part = r.place_words.split(f" {part.strip()} ", maxsplit=1)[0].strip()  # "El Fauzi di Padang"
        if not part or part.lower() in r.dates:
            continue
        if not (part[:1].isupper() and r.name_run.fullmatch(part)):
            return None
        name, title = split_title(part, r)
        return (name, title) if is_person(name) and len(name.split()) >= 2 else None
    return None


def _title_run(s: str) -> bool:
    """Capitalised words and the small words inside an organisation's name ("Kepala Dinas Tanaman
    Pangan dan Perkebunan", "Badan Kependudukan dan Keluarga Berencana Nasional (BKKBN)"): a title
    that the name run stopped short of, not an opening of the sentence."""
    words = s.split()
    return bool(words) and words[0][:1].isupper() and _org_words(words)


def _org_words(words: list[str]) -> bool:
    """Words an organisation's name is made of: capitalised words, its small words and an acronym
    in brackets ("Polis Diraja Malaysia (PDRM)"), not "central bank"."""
    return all(w[:1].isupper() or w in ORG_SMALL or w[:1] == "(" for w in words)


def _clause_after(rest: str, r: Rules) -> bool:
    """Does the stretch after a cue's name read as a clause ("pihaknya telah menyiapkan rute
    alternatif bagi pengendara"), not a title or a relative ("yang juga Ketua ...")?"""
    words = rest.split()
    return bool(words) and words[0][:1].islower() and words[0] not in r.tail_starts and _bare_clause(rest, r)


@cache
def _org_mention(r: Rules) -> re.Pattern[str]:
    """An organisation named in passing after the noun of what it is: "extremist group al-Shabab"."""
    name = r"(?:[a-z]{1,3}-)?[A-Z][\w-]*"
    return regex(rf"{alt(sorted(r.org_nouns))}\s+(?P<org>{name}(?:\s+{name}){{0,4}})")


def _org_before(text: str, at: int, r: Rules) -> str | None:
    """The last organisation named in passing in the stretch before a cue that points back at one."""
    found = None
    for m in _org_mention(r).finditer(text, max(0, at - ORG_WINDOW), at):
        found = m.group("org")
    return found


def _employee(text: str, s: int, at: int, r: Rules, people: People) -> str | None:
    """A person named before "at" and the organisation the scan took for the subject:
    "Forestry analyst Rick Sales at Vancouver, British Columbia-based Odlum Brown Ltd said"."""
    if at - s > EMPLOYEE_CHARS or not text[at : at + 1].isupper() or _quote_char(text[s:at]):
        return None
    for m in r.name_run.finditer(text, s, at):
        rest = text[m.end() : at].split()
        if (
            rest
            and rest[0] in r.place_word_set
            and all(w[:1].isupper() for w in rest[1:])
            and text[at : at + 1].isupper()  # the organisation's name, not "the outskirts of ..."
        ):
            name, title = split_title(m.group(0), r)
            if name is not None and len(name.split()) >= 2:
                return people.canonical(name, title)
    return None


def _sentence_subject(text: str, s: int, at: int, r: Rules, people: People) -> str | None:
    """The person the story knows whom a sentence names first, before a joined verb: "In his
    speech, Assad dismissed ... but said ..." (within the first few capitalised runs)."""
    for k, m in enumerate(r.name_run.finditer(text, s, at)):
        run = m.group(0)
        if k >= 3:
            break
        if (
            run.lower() in r.not_names
            or _quote_char(text[m.start() - 1 : m.start()])  # 'whose "Clean Rivers Now" petition'
            or not people.knows_word(run.split()[-1])
        ):
            continue
        return people.canonical(run.split()[-1], None)
    return None


def _name_word(w: str) -> bool:
    """A word of a name: capitalised, or after a lowercase particle ("al-Shabab")."""
    return w[:1].isupper() or (w.partition("-")[2][:1].isupper())


def _title_words(words: str, r: Rules) -> bool:
    """Words before a name that describe who: "American Can Co chairman", "PLN EPI president director"."""
    return all(
        w[:1].isupper()
        or w in r.roles
        or w.capitalize() in r.titles
        or w in ORG_SMALL
        or w in r.place_word_set
        for w in words.split()
    )


@cache
def _copula_chars() -> int | None:
    """The longest copula, for a search of ``copula_end`` over the last characters only (None: a
    copula of two words, whose gap may be any length: search it all)."""
    words = load_all().copulas
    return max(map(len, words), default=0) if all(w.isalnum() for w in words) else None


def _copula_end(before: str, r: Rules) -> re.Match[str] | None:
    """``r.copula_end.search(before)``: the copula ends where the text's blank end starts, so it opens
    no further back than the longest copula's length from there (its boundary looks behind that)."""
    chars = _copula_chars()
    start = 0 if chars is None else max(0, len(before.rstrip()) - chars)
    return r.copula_end.search(before, start)


def _quote_char(s: str) -> bool:
    return '"' in s or "“" in s or "”" in s


def _dated_tail(body: str, words: list[str], r: Rules) -> bool:
    """Is the stretch a source and the day the story adds before a late cue ("Kepala Bagian Humas
    DPRD Kota Padang, El Fauzi di Padang, Rabu, mengatakan"): capitalised words ending in a comma and
    a day? (Content that runs on to '..., demikian dilaporkan media, Kamis' is a clause.)"""
    head, _, last = body.rstrip(" .,;").rpartition(" ")
    if not head.endswith(",") or last.lower() not in r.dates:
        return False
    # (``words``: the body's) a name and a title, not a clause: few lowercase words
    return sum(w[:1].islower() for w in words) * 3 <= len(words)
