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

from bisect import bisect_left, bisect_right

from .cache import regex
from .model import Paragraph, Quote
from .patterns import clean, repair
from .people import People
from .speech import Rules
from .subjects import Hit

# a sentence ends at . ! ? (and any closing marks) before a space and a capital, a digit or a mark
SENTENCE_END = regex(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9\u00c0-\u00de]|\s*$)")
ABBREVIATION = regex(r"(?:\b[A-Za-z]|\b[A-Z][a-z]{1,3}|\.[A-Za-z])$")  # "U.S", "Gen", "Mr", "p.m"
EDGE = " \t\n,:;-\u2013\u2014"
TAIL = regex(r"[^,;:\"“”]{0,80}?[.!?]*[\"”’']*\s*\Z")  # what may follow a closing cue: "in a statement."
TAIL_WORDS = 6
OBJECT = regex(
    r"\s*(?:(?:[A-Z]\S*|the|The)\s+){1,4}|\s*\S+\s+"
)  # "told The Associated Press", "told reporters"
INSIDE = regex(r"(?:\s+[^\s,;:\"“”]+){0,4}?\s*,\s*[a-z]")  # "she said, were ...": the content goes on
APPOSITION = regex(
    r"(?:,[^,;:\"“”]{1,100}){1,2}[.!?]*[\"”’']*\s*\Z"
)  # "..., said X, executive vice president of Y."
MIN_WORDS = 3
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
    from .speakers import Said, resolve_after, resolve_subject, resolve_who

    out: list[Quote] = []
    org_named: str | None = None  # the organisation that spoke last, for "it said"
    taken: list[tuple[int, int]] = []
    sentences: dict[int, list[int]] = {}
    ordered = sorted(hits, key=lambda h: h.start)
    for k, hit in enumerate(ordered):
        if hit.kind == "verb" and text[hit.start : hit.end].lower() not in r.reporting_cues:
            continue  # a verb that frames a partial quote only ("hailed", "calling")
        if taken and any(a <= hit.start < b for a, b in taken[-3:]):
            continue  # one quote per sentence stretch: "Menurut dia, ..., katanya" is one
        lo, hi = paragraphs[hit.paragraph].span
        starts = sentences.get(hit.paragraph)
        if starts is None:
            starts = sentences[hit.paragraph] = _sentence_starts(text, lo, hi)
        s, e = _sentence_of(starts, hit.start, hi)
        found = _content(text, hit, s, e, r)
        if found is None:
            continue
        cs, ce, where = found
        if where in ("first", "opener"):
            ce = _next_report(text, ordered, k, cs, ce, r)
        cs, ce = _trim(text, cs, ce)
        ce = _before_quote(text, cs, ce, direct)
        cs, ce = _trim(text, cs, ce)
        body = text[cs:ce]
        if len(body.split()) < MIN_WORDS or _inside_marks(cs, ce, direct) or _all_marked(body):
            continue
        if _dated_tail(body, r):
            continue  # "Kepala Bagian ..., El Fauzi di Padang, Rabu, mengatakan": the source, not content
        words = body.split()
        if _quote_then_cue(body, r) or words[0].lower() in r.object_words:
            continue  # '... milik KPU," ujar X': a quote's end and its cue; "hal itu kepada wartawan"
        if len(words) <= TAIL_WORDS and words[0].lower() in r.tail_starts:
            continue  # "said on Monday (March 30)": when or where, not what
        cue = text[hit.start : hit.end]
        if (
            hit.kind == "after"
            and hit.subject is not None
            and (hit.subject.group("who") or "").lower() in r.pronouns
        ):
            cue = text[hit.start : hit.subject.end("who")]  # "lanjut dia", "kata beliau": the cue as written
        if hit.kind == "verb":
            if hit.said and where != "opener":  # the subject the scan named: "Kerry mengatakan"
                said = Said(
                    hit.subject.group("who") if hit.subject else None,
                    cue,
                    hit.said,
                    people.names.get(hit.said),
                )
            elif hit.subject is not None and where != "opener":
                said = resolve_subject(hit.subject, cue, cs, r, people)
                who = hit.subject.group("who")
                words = who.split()
                if words[0].lower() in r.determiner_words:
                    words = words[1:]
                if (
                    said.name is None
                    and words
                    and words[0].lower() not in r.not_names
                    and all(w[:1].isupper() or w in ORG_SMALL for w in words)  # a name, not "central bank"
                ):
                    org = " ".join(words)  # "The Cairo-based Arab Organization ... said": it speaks
                    said.name, org_named = org, org
                elif (
                    org_named
                    and len(words) == 1
                    and who.split()[0].lower() in r.determiner_words
                    and words[0].lower() in r.org_nouns
                ):
                    said.name, said.title = org_named, None  # "The company said": the one that spoke before
            elif text[max(s, hit.start - 4) : hit.start].strip().lower() in r.org_pronouns and org_named:
                said = resolve_who(
                    "", cue, hit.start, r, people
                )  # "It said ...": the organisation named last
                said.name, said.title = org_named, None
            else:  # "..., saying its experts ...": the sentence's subject, put forward before
                said = resolve_who("", cue, hit.start, r, people)
        elif hit.kind == "after" and hit.said:
            said = Said(
                hit.subject.group("who") if hit.subject else None, cue, hit.said, people.names.get(hit.said)
            )
        elif hit.kind == "after":
            said = resolve_after(text[hit.start : e], cs, r, people)
        elif hit.kind == "according":
            who = (hit.subject.group("who") if hit.subject else None) or ""
            said = resolve_who(cue if cue.lower().endswith("nya") or not who else who, cue, cs, r, people)
        else:  # "Katanya, ...": whoever was put forward last
            said = resolve_who(cue.split()[-1], cue, hit.start, r, people)
        if said.name and said.name.split()[-1] in r.org_ends:
            org_named = said.name  # "Niagara Mohawk Corp said ...": the organisation "it" points back to
        # the sentence is this cue's, but for a second report after the content ("..., adding that ...")
        taken.append((min(s, cs), ce if where in ("first", "opener") else max(e, ce)))
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


def _sentence_starts(text: str, lo: int, hi: int) -> list[int]:
    starts = [lo]
    for m in SENTENCE_END.finditer(text, lo, hi):
        if m.group(0) == "." and ABBREVIATION.search(text, max(lo, m.start() - 5), m.start()):
            continue  # "Gen. Muhieddin", "U.S. officials", "10:50 p.m. in"
        nxt = m.end()
        while nxt < hi and text[nxt].isspace():
            nxt += 1
        if nxt < hi:
            starts.append(nxt)
    return starts


def _sentence_of(starts: list[int], at: int, hi: int) -> tuple[int, int]:
    k = bisect_right(starts, at) - 1
    return starts[max(k, 0)], starts[k + 1] if k + 1 < len(starts) else hi


def _tail(text: str, at: int, e: int, r: Rules) -> bool:
    """Only when, where or how after a closing cue: "said Sunday.", "kata dia di Jakarta, Senin." """
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
            before = text[max(cs, other.start - 6) : other.start]
            if verb in r.participles and before.rstrip().endswith(","):
                return before.rfind(",") + other.start - len(before)
            if before.endswith((" and ", " dan ", " serta ")) and verb in r.indirect_verbs:
                return other.start - len(before) + before.rfind(" ", 0, -1)
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
    return any(m.group("next").lower() in r.cue_words for m in QUOTE_END.finditer(body))


def _all_marked(body: str) -> bool:
    """Content that opens and closes with a quote mark and holds no other: a quote, not a report."""
    if body[0] not in QUOTE_MARKS or body.rstrip(".,")[-1:] not in QUOTE_MARKS:
        return False
    return sum(body.count(c) for c in QUOTE_MARKS) == 2


def _inside_marks(cs: int, ce: int, direct: list[tuple[int, int]]) -> bool:
    """Content wholly (or nearly) inside one direct quote's marks is that quote (``direct`` in order)."""
    for a, b in direct[max(0, bisect_left(direct, (cs, cs)) - 2) :]:
        if a >= ce:
            break
        if min(b, ce) - max(a, cs) > 0.6 * (ce - cs):
            return True
    return False


def _content(text: str, hit: Hit, s: int, e: int, r: Rules) -> tuple[int, int, str] | None:
    """Where the reported content of a cue stands in its sentence [s, e), and its shape."""
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
            if text.startswith(",", after) or text[hit.start : hit.end].lower().endswith("nya"):
                return after, e, "first"
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
        named = rest_m is not None and (rest_m.group("who") or "")[:1].isupper()
        if _tail(text, end, e, r) or (named and (TAIL.match(text, end, e) or APPOSITION.match(text, end, e))):
            return s, comma, "last"
        if text[hit.start : hit.end].lower() in r.indirect_verbs:
            return None  # "X, ..., Kamis, mengatakan, ...": the verb's own scan reads it
        if text.startswith(",", end):  # a cue inside: "Harga, kata dia, naik 5 persen"
            words = lead.split()
            connective = len(words) == 1 or (len(words) == 2 and words[0].lower() in r.not_names)
            if connective and not _quote_char(lead):  # "Selain itu, lanjut dia, ...": after it
                return end + 1, e, "inside"
            return s, e, "inside"
        return None
    # a speech verb
    verb = text[hit.start : hit.end].lower()
    after = hit.end
    if verb in r.participles:
        if not before.rstrip().endswith(","):
            return None
        return _after_verb(text, after, e, r, need_that=False, obj=False, bare=False)
    if verb not in r.indirect_verbs:
        return None
    # what the verb takes: a 'that', an object before the content, a bare clause
    how = {
        "need_that": verb in r.indirect_that,
        "obj": verb in r.indirect_object,
        "bare": verb in r.indirect_bare,
    }
    m = hit.subject
    if m is None:
        if not before.rstrip().endswith(","):
            clause = before[max(before.rfind(";"), before.rfind(":"), before.rfind(",")) + 1 :]
            if 1 <= len(clause.split()) <= 4 and not _quote_char(clause):
                head = before[: len(before) - len(clause)]
                if head.rstrip().endswith(",") and head.strip(" ,") and _tail(text, hit.end, e, r):
                    return s, s + len(head.rstrip()) - 1, "last"  # "..., local media reported."
                # "Instead, police said Hayes shot Smith": a plural or unnamed subject the scan does not name
                return _after_verb(text, after, e, r, **how)
            return None
        if TAIL.match(text, hit.end, e):  # "..., said Tourism Malaysia director X."
            return s, s + len(before.rstrip()) - 1, "last"
        # "Kepala Seksi ..., Eka Asmadi, saat dihubungi ..., Kamis, mengatakan, ...": the subject far off;
        # '"...," kata Nia, menambahkan tema anti kekerasan jarang ditemui': the last speaker goes on
        return _after_verb(text, after, e, r, **how)
    # a clause after a semicolon or colon opens like a sentence: "...: A handgun was found; Hayes told police ..."
    s = max(s, text.rfind(";", s, m.start("who")) + 1, text.rfind(":", s, m.start("who")) + 1)
    lead = text[s : m.start("who")]
    if lead.rstrip().endswith(",") and lead.strip(" ,") and _tail(text, hit.end, e, r):
        return s, s + len(lead.rstrip()) - 1, "last"  # "The death toll ..., local authorities said Sunday."
    if (
        lead.rstrip().endswith(",")
        and len(lead.split()) > 2
        and m.group("who").lower() in r.pronouns
        and INSIDE.match(text, hit.end, e)
    ):
        return s, e, "inside"  # "Higher fuel costs, she said, were the main risk": the cue inside the content
    opening = lead[lead.rfind(",") + 1 :]  # "On Chandler Mountain in north Alabama, tomato farmer Lana ..."
    if len(lead.split()) > 12 or (
        lead.strip() and not lead.rstrip().endswith(",") and len(opening.split()) > 3
    ):
        if not lead.rstrip().endswith(",") or len(lead.split()) > 25 or _quote_char(lead):
            return None  # the verb's subject does not open the sentence
        # "Former U.N. ambassador Bill Richardson, who has made ..., said he hoped ...": a long apposition
        return _after_verb(text, after, e, r, **how)
    if _quote_char(lead):
        return None
    found = _after_verb(text, after, e, r, **how)
    if (
        found is not None
        and verb in r.requests
        and not r.request_marker.search(text, found[0], min(e, found[0] + 90))
    ):
        return None  # "meminta keterangan saksi": a request for a thing, not that someone do something
    return found


def _after_verb(
    text: str, at: int, e: int, r: Rules, *, need_that: bool, obj: bool, bare: bool
) -> tuple[int, int, str] | None:
    """The content after a speech verb: past a complementizer near it ("said on Tuesday that"),
    else straight after the verb (and its object: "told reporters the plan ...")."""
    window = text[at : min(e, at + 80)]
    if window.startswith(","):
        need_that = False  # "Suyudi menyebutkan, dari 400 KK ...": a comma opens the clause
    comp = r.complementizer.search(window)
    words = window[: comp.start()].lower().split() if comp is not None else []
    if (
        comp is not None
        and len(words) <= 8
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


def _quote_char(s: str) -> bool:
    return any(c in s for c in '"“”')


def _dated_tail(body: str, r: Rules) -> bool:
    """Is the stretch a source and the day the story adds before a late cue ("Kepala Bagian Humas
    DPRD Kota Padang, El Fauzi di Padang, Rabu, mengatakan"): capitalised words ending in a comma and
    a day? (Content that runs on to '..., demikian dilaporkan media, Kamis' is a clause.)"""
    head, _, last = body.rstrip(" .,;").rpartition(" ")
    if not head.endswith(",") or last.lower() not in r.dates:
        return False
    words = body.split()  # a name and a title, not a clause: few lowercase words
    return sum(w[:1].islower() for w in words) * 3 <= len(words)
