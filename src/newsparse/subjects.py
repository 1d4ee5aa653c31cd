"""Who each sentence puts forward: the subject of a speech verb, and people the story brings in by name.

    Kepala Balai Konservasi Wulan Prameswari, 48, mengatakan patroli akan ditambah.

puts forward Wulan Prameswari at the offset of her name, so that a pronoun or a quote with no cue
of its own after it ('"...," katanya.') resolves to her; people.py keeps the record. ``prescan``
reads the paragraphs in story order before any quote is attributed: names with a title or an age,
the subject that opens a sentence, and each speech verb's subject, looked for in a bounded window
before the verb, else the name after it ("..., said X."), else the first person its clause names.
``main_subject`` finds the subject of the speech verb in a partial quote's sentence.
"""

from __future__ import annotations

import re
import string

from .cache import dataclass, regex
from .model import Paragraph
from .names import bare_names, first_person, is_person, named_inside, pick_run, split_title
from .people import People, is_acronym
from .places import is_place
from .speech import NAME_WORD, Rules, name_runs, reporting_verbs

ANONYMOUS = ""  # someone the story does not name: a pronoun after them resolves to no one
BARE_NAME = regex(rf"\s*,\s*{NAME_WORD}(?:\s+{NAME_WORD}){{0,4}}\s*(?:\(\d{{1,3}}\))?\s*,")
AGE = regex(r"\s*(?:,\s*\d{1,3}\s*,|\(\d{1,3}\))")
# the short name a person goes by, in brackets after the full one: "Arif Wicaksono (Bowo)"
KNOWN_AS = regex(r"\s*\((?P<short>[A-Z][A-Za-z]{1,15})\)")
SENTENCE_BREAK = regex(r"[.!?](?<!\b[A-Z]\.)[\"”’')\]]*\s+(?=\S|$)")
# SENTENCE_BREAK by its first character: re runs a search for a literal in a tight loop, where a
# search for a set of three calls a test at every character. A break holds its . ! or ? at its
# start only, so no two breaks overlap and the three scans together find SENTENCE_BREAK's matches.
_BREAK_REST = r"[\"”’')\]]*\s+(?=\S|$)"
_STOP_BREAK = regex(r"\.(?<!\b[A-Z]\.)" + _BREAK_REST)
_OTHER_BREAKS = (("!", regex("!" + _BREAK_REST)), ("?", regex(r"\?" + _BREAK_REST)))
WINDOW = 220
_LETTERS = frozenset(string.ascii_letters)
SUBJECT_STOPS = '";\u201c\u201d'  # what no subject, apposition or adverb before a speech verb holds


@dataclass(slots=True)
class Hit:
    """What the scan learnt about one cue, handed on to reported.py: where the cue stands, its
    sentence (``start``: where that sentence opens, from the same scan), and its subject."""

    kind: str  # "verb" (a speech verb), "after" (", kata dia"), "opener" ("Katanya, ..."), "according"
    paragraph: int
    start: int  # the cue
    end: int
    subject: re.Match[str] | None  # the verb's subject ("Kerry mengatakan"), or the words after the cue
    said: str | None = None  # who the scan put forward as that subject ("" for someone unnamed)


def prescan(
    text: str, paragraphs: tuple[Paragraph, ...], r: Rules, people: People, hits: list[Hit] | None = None
) -> None:
    """Register named people and the subjects of speech verbs, in story order; with ``hits``, also
    hand on every cue found (for reported speech)."""
    stops = "".join(c for c in SUBJECT_STOPS if c in text)  # the marks that cut a subject's window
    for n, p in enumerate(paragraphs):
        lo, hi = p.span
        for m in name_runs(r, text, lo, hi):
            run = m.group(0)
            if " " not in run:  # one capitalised word: a sentence start, a place, a surname ...
                if (
                    may_be_age(text, m.end())
                    and run.isalpha()
                    and not run.isupper()
                    and run.lower() not in r.not_names
                    and AGE.match(text, m.end(), hi)
                ):
                    people.put_forward(m.start(), people.canonical(run, None))  # ... or "Taufik (56)"
                continue
            name, title = split_title(run, r)
            if is_person(name) and (title or len(name.split()) >= 2):
                full = people.canonical(name, title)
                people.mentions.append((m.start(), full))
                end = m.end()
                if run.endswith(")") or "(" in text[end : end + 2]:
                    _known_as(text, m, hi, full, title, r, people)
                if may_be_age(text, end) and AGE.match(text, end, hi):
                    people.put_forward(m.start(), full)  # "Hasnah Mahmud, 67,": brought into the story
        # the subject of a sentence: "Sementara itu, Presiden Persatuan ... Siti Rohani Abdullah ketika
        # dihubungi menyambut baik ...", "Ketua Umum APUN Hj Rahmawati Siregar mendukung ..."
        for start in (lo, *sentence_breaks(text, lo, hi)):
            if not _is_upper(text[start : start + 1]):
                continue  # a subject opens with a capital: skip the pattern
            if hits is not None and text.startswith(r.indirect_openers, start):
                hits.append(Hit("opener", n, start, text.index(",", start), None))  # "Katanya, ..."
            subject = r.subject.match(text, start, hi)
            if subject is None:
                continue
            # (the words before the subject, when there are any: no empty word is a non-name)
            who_at = subject.start("who")
            if who_at > start and text[start:who_at].strip(" ,").lower() in r.not_names:
                continue  # "Katanya, Siti Aminah mempunyai ...": reported, not the speaker
            if r.term_after.match(text, subject.end("who")):
                continue  # "Bekas Menteri Kerja Raya itu berkata": a description that points back
            head, _, tail = subject.group("who").rpartition(", ")  # "Menteri X dan Y, Datuk Seri NAME"
            name, title = split_title(tail, r)
            title = (f"{head}, {title}" if title else head) if head else title or None
            # a one-word subject: a word of someone put forward before ("Rayuan" of a web page named
            # "UPUOnline Rayuan" is not); (a place of two words or more is no one: "Dari Asia, Hong
            # Kong dan Taiwan menempati ..."; one word may be both, "Bambang")
            if (
                is_person(name)
                and (
                    title
                    or (" " not in name and people.put_forward_word(name))
                    or 2 <= len(name.split()) <= 3
                )
                and not (" " in name and is_place(name))
            ):
                people.put_forward(who_at, people.canonical(name, title))
        # each speech verb once: its subject in a bounded window before it ("Kerry mengatakan"),
        # or the name after it ("..., said Tourism Malaysia director-general Datuk Ahmad Faizal Rahim.")
        floor = lo
        for verb_start, verb_end in reporting_verbs(r, text, lo, hi):
            if text.endswith(r.infinitives, lo, verb_start):
                continue  # "menemui X untuk menyampaikan": an infinitive's subject is the sentence's
            window = _subject_window(text, floor, verb_start, r, stops)
            at = r.reporting_at.search(text, window, verb_end)
            hit = Hit("verb", n, verb_start, verb_end, at)
            if hits is not None:
                hits.append(hit)
            people.last_put = None
            if at and _put_subject(at, r, people):
                floor = verb_end
                hit.said = people.last_put  # resolved once, here: reported speech reads it back
            elif (
                _after_clause(text, lo, verb_start)
                and (inv := r.inverted.match(text, verb_start, hi))
                and _put_inverted(inv, r, people)
            ):
                pass
            elif (clause := _clause_start(text, lo, verb_start)) >= floor and (
                found := first_person(text, clause, verb_start, r)
            ) is not None:
                # (not in a clause another verb of the sentence reports: "Hassan berkata, dia dan
                # penduduk Orang Asli ... meminta")
                # "Zakaria Hashim atau lebih dikenali sebagai "Pak Ya Mangga" ..., berkata": the subject
                # stands far from its verb; the first person the clause names
                people.put_forward(found[0], people.canonical(*found[1]))
                floor = verb_end
        for inv in r.inverted_cue.finditer(text, lo, hi):
            hit = Hit("after", n, inv.start("cue"), inv.end("cue"), inv)
            if hits is not None:
                hits.append(hit)
            people.last_put = None
            words = (inv.group("who") or "").split()
            while words and words[-1][:1].islower():
                words.pop()  # "kata Kementerian Pendidikan hari ini"
            # a name, not a clause (", berkata dia sudah ..."); a title may run long
            if (
                words
                and words[0][:1].isupper()
                and len(words) <= 12
                and sum(w[:1].islower() for w in words) <= 2
            ):
                _put_run(" ".join(words), inv.start(), r, people)
                hit.said = people.last_put  # '..., kata Menteri X.': named once, here
        low = text[lo:hi].lower()
        if not any(word in low for word in r.according_words):
            continue  # no "menurut" or "according" here: skip the scan
        if hits is not None:
            for m in r.according_clause.finditer(text, lo, hi):
                hits.append(Hit("according", n, m.start(), m.end("cue"), m))
        for m in r.according_who.finditer(text, lo, hi):
            name, title = split_title(m.group("who"), r)
            if is_person(name):
                people.put_forward(m.start(), people.canonical(name, title))


def _known_as(
    text: str, m: re.Match[str], hi: int, full: str, title: str | None, r: Rules, people: People
) -> None:
    """A person's short name in brackets after the full one: "Arif Wicaksono (Bowo)", or
    inside the run, "Presiden Susilo Bambang Yudhoyono (SBY)". An organisation's acronym
    ("Komisi Perlindungan Anak Indonesia (KPAI)") is not a person's: it stays what it was."""
    run = m.group(0)
    if run.endswith(")"):
        short = run[run.rfind("(") + 1 : -1]
    elif (after := KNOWN_AS.match(text, m.end(), hi)) is not None:
        short = after.group("short")
    else:
        return
    if full.split()[0] not in r.org_heads and (title or not is_acronym(short)):
        people.call(short, full)


def _role_holder(who: str, r: Rules, people: People) -> str | None:
    """The one person the story gave the role a definite description names: "The minister said"
    after "Defense Minister Song Min-ho"; no one when the role is no one's or several people's."""
    low = who.lower()
    if not r.definite.match(low):
        return None
    roles = [role for role in r.roles if role in low]
    holders = {n for n, title in people.names.items() if title and any(x in title.lower() for x in roles)}
    return holders.pop() if len(holders) == 1 else None


def _subject_window(
    text: str, floor: int, at: int, r: Rules | None = None, stops: str = SUBJECT_STOPS
) -> int:
    """Where the search for a speech verb's subject starts: a window before the verb, cut after the
    last quote mark or semicolon in it, which neither a subject nor its apposition can hold
    (""...," kata dia" searches two characters, not the quote); with ``r``, cut after the last full
    stop that ends a word opening lowercase ("ditambah. Kepala Balai ... mengatakan"): a subject
    holds a full stop only in a name's abbreviation or initial ("Dr.", "U.S."), whose letters
    before it open with a capital (``Rules.stop_cuts``). ``stops``: those of ``SUBJECT_STOPS`` the
    text holds (a mark the text lacks cuts nothing)."""
    start = max(floor, at - WINDOW)
    for c in stops:
        if (k := text.rfind(c, start, at) + 1) > start:
            start = k
    if r is None or not r.stop_cuts:
        return start
    k = text.rfind(".", start, at)
    while k >= start:
        j = k
        while j and text[j - 1] in _LETTERS:
            j -= 1  # the letters before the stop, the whole run (it may open before the window)
        if j < k and "a" <= text[j] <= "z":
            return k + 1
        k = text.rfind(".", start, j)
    return start


def may_be_age(text: str, at: int) -> bool:
    """Can ``AGE`` match at ``at``? Its first character after any spaces is a comma or a bracket: not
    when the first character is none of those three, or is a space and the second none of them.
    (Any end the match is given only turns more away.)"""
    first = text[at : at + 1]
    if first == "," or first == "(":
        return True
    if not first.isspace():
        return False
    second = text[at + 1 : at + 2]
    return second == "," or second == "(" or second.isspace()


def _is_upper(c: str) -> bool:
    """One of UPPER's capitals (what every name opens with)."""
    return "A" <= c <= "Z" or "\u00c0" <= c <= "\u00d6" or "\u00d8" <= c <= "\u00de"


def sentence_breaks(text: str, lo: int, hi: int) -> list[int]:
    """Where each sentence after the first starts in [lo, hi): the ends of ``SENTENCE_BREAK``'s
    matches, in order."""
    ends = [m.end() for m in _STOP_BREAK.finditer(text, lo, hi)]
    other = False
    for mark, pattern in _OTHER_BREAKS:
        if text.find(mark, lo, hi) >= 0:
            ends += [m.end() for m in pattern.finditer(text, lo, hi)]
            other = True
    return sorted(ends) if other else ends


def _clause_start(text: str, lo: int, at: int) -> int:
    """Where the sentence holding ``at`` starts (the paragraph start at the latest)."""
    start = max(lo, at - WINDOW)
    ends = sentence_breaks(text, start, at)
    return ends[-1] if ends else start


def _after_clause(text: str, lo: int, at: int) -> bool:
    """A verb after the reported clause: "..., said X." (not "mengatakan Washington siap ...")."""
    before = text[max(lo, at - 3) : at].rstrip()
    return before.endswith((",", '"', "\u201d", "'", "\u2019"))


def main_subject(r: Rules, sentence: str) -> re.Match[str] | None:
    """The speech verb's subject for a partial quote: the first named one in the sentence
    ("Ferrándiz said the money ..., calling the canopies "..."" -> Ferrándiz)."""
    last = None
    for m in r.reporting.finditer(sentence):
        if _after_place_word(m, r):
            last = last or m  # still speech, but "Mariko Ishida at Kaito Securities said": not the firm
            continue
        if m.group("who")[:1].isupper() and not r.anon_start.match(m.group("who")):
            return m
        last = m
    return last


def _sentence_lead(text: str, at: int) -> str:
    """The words of the sentence before ``at`` (60 characters at most)."""
    before = text[max(0, at - 60) : at]
    cut = max(before.rfind(c) for c in '.!?\n\r"”')
    return before[cut + 1 :].strip()


def _opens_sentence(text: str, at: int, r: Rules) -> bool:
    """At a sentence start, or after a short opening phrase ("When contacted, an official said");
    not after a pronoun's speech ("Namun, ia menerangkan lagi, para mucikari meminta": reported)."""
    lead = _sentence_lead(text, at)
    words = lead.lower().replace(",", " ").split()
    return not lead or (lead.endswith(",") and len(words) <= 5 and not r.pronouns.intersection(words))


def _named_lead(text: str, at: int, r: Rules) -> tuple[str, str | None] | None:
    """A name alone opening the sentence before a description: "Wati, salah seorang pelayan warung
    itu menuturkan" (the description's closing comma left out) names Wati."""
    lead = _sentence_lead(text, at)
    if not lead.endswith(",") or not r.name_run.fullmatch(run := lead[:-1].rstrip()):
        return None
    if run.split()[0].lower() in r.place_word_set or run.lower() in r.dates:
        return None  # "Di Jakarta,", "Senin,"
    name, title = split_title(run, r)
    return (name, title) if is_person(name) else None


def _after_place_word(m: re.Match[str], r: Rules) -> bool:
    """Does the match's subject follow a preposition ("at Kaito Securities", "di Polda")?"""
    before = m.string[max(0, m.start() - 8) : m.start()].lower().split()
    return bool(before) and m.string[m.start() - 1 : m.start()].isspace() and before[-1] in r.place_word_set


def _put_subject(m: re.Match[str], r: Rules, people: People) -> bool:
    """Put forward the subject of a speech verb; False when the match names no one to put forward
    (a pronoun, or an unnamed subject inside a sentence) so that the caller may look further."""
    who = m.group("who")
    if who.lower() in r.pronouns:
        return True  # a pronoun keeps whoever was put forward before
    apposition = m.string[m.end("rel") if m.group("rel") else m.end("who") : m.end()]
    anon = r.anon_start.match(who)
    if anon is not None or not who[:1].isupper():
        named = _named(apposition, r)
        if anon is not None:
            # "the town, a staff photographer, Anna Klein, said": a bare name between commas first
            named = bare_names(apposition, r) + named_inside(who, anon.end(), r, people) + named
        # "One former patient, retired teacher Linda Marsh, said": the name in the apposition;
        # "Seorang pemilik kedai teh ... mengatakan": no one named -- when it opens a sentence
        # (not "Thibodeau said several members have told her")
        if named:
            people.put_forward(m.start(), people.canonical(*named[0]))
            return True
        if _opens_sentence(m.string, m.start(), r):
            lead = _named_lead(m.string, m.start(), r)
            full = people.canonical(*lead) if lead else _role_holder(who, r, people)
            people.put_forward(m.start(), full or ANONYMOUS)
            return True
        return False
    if "," in apposition and BARE_NAME.match(apposition) and (named := _named(apposition, r)):
        # "Peneliti dari Lembaga Kajian Ruang Siber Nusantara, Bayu Ardiansyah, menilai": the bare name
        title = " ".join(t for t in (split_title(who, r)[1], named[0][1]) if t) or None
        people.put_forward(m.start(), people.canonical(named[0][0], title))
        return True
    if _after_place_word(m, r):  # "Analyst Mariko Ishida at Kaito Securities said"
        return False
    name, title = split_title(who, r)
    if is_person(name):
        people.put_forward(m.start(), people.canonical(name, title))
        return True
    return False


def _named(apposition: str, r: Rules) -> list[tuple[str, str | None]]:
    """The people an apposition's name runs name, in order."""
    named = [split_title(n.group(0), r) for n in r.name_run.finditer(apposition)]
    return [(n, t) for n, t in named if n and is_person(n)]


def _put_inverted(m: re.Match[str], r: Rules, people: People) -> bool:
    words = m.group("who").split()
    if len(words) > 8 or not words[-1][:1].isupper():
        return False  # the reported clause, not the speaker: "berkata pihak penganjur ... Ipoh"
    return _put_run(m.group("who"), m.start(), r, people)


def _put_run(phrase: str, at: int, r: Rules, people: People) -> bool:
    """Put forward the person a phrase after a cue names."""
    run = pick_run(phrase, r, people)
    if run:
        name, title = split_title(run, r)
        if is_person(name):
            people.put_forward(at, people.canonical(name, title))
            return True
    return False
