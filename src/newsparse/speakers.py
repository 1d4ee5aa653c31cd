"""Who said it: which paired quotes are speech, their kind, and their speaker.

The cue (a speech verb from lang/*.toml) and the mention next to it decide, after the quote or
before it, in the same sentence:

    "...," kata dia dalam jumpa pers.          cue after, pronoun: the last person put forward
    "...," said John Smith, the minister.       cue after, name
    Rasmussen mengatakan, "..."                 cue before
    mengatakan aksi-aksi Rusia berarti tak ada "bisnis seperti biasa".   partial, inside reported speech

Pronouns and -nya forms resolve to the person the story last put forward as speaker or as the
subject of a speech verb; surnames resolve to the fullest name the story gave. A short quote in
title case with no cue (Tim "Mutiara Hitam", a film title) is not speech.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TypeGuard

from .cache import regex
from .lang import Lang, load_all
from .model import Paragraph, Quote
from .patterns import ASCII_DIGIT, UPPER, alt, repair
from .people import ACRONYM, CONNECTORS, PARTICLE, People
from .quotes import Candidate, quote_text

# "Rasmussen", "Frank-Walter", "O'Neill", "M.", "U.S." -- a full stop only after an initial
# letters read through the wrong code page ("PeÃ±a") still belong to the name
NAME_WORD = (
    rf"(?:(?:[{UPPER}]\.){{1,3}}|{PARTICLE}?[{UPPER}][\w'’\-\u0080-\u00bf]*[\w'’\u0080-\u00bf]|[{UPPER}])"
)


def _name_run(abbreviations: list[str], *, whole: bool = False) -> str:
    """A run of capitalised words, with the lang's abbreviated titles ("Sen.", "Dr.") as words.

    ``whole=True`` takes the run whole or not at all (a possessive repeat): for a pattern where what
    follows the name can never be one more capitalised word, so that the regex engine does not try
    every shorter run when the rest of the pattern fails."""
    word = rf"(?:{alt(abbreviations, boundary=False)}|{NAME_WORD})" if abbreviations else NAME_WORD
    inner = rf"(?:{word}|\([A-Z]{{2,8}}\))"  # an acronym in brackets: "Umrah Nusantara (APUN) Hj Rahmawati"
    repeat = "{0,12}+" if whole else "{0,12}"
    return rf"(?=[{UPPER}]|{PARTICLE}[{UPPER}])(?<![\w-]){word}(?:\s+(?:(?:{'|'.join(CONNECTORS)})\s+){{0,2}}{inner}){repeat}"


AFFILIATION = regex(r"\s(?:of|at|from|dari|di)\s")
# academic degrees after a name: "Mathius Awoitauw, SE, M.Si telah menerima"
DEGREE = r"[A-Z]{1,3}(?:\.[A-Z]?[a-z]{0,3}){0,2}\.?(?=[\s,])"  # SE, M.Si, S.H., MBA
DEGREES = rf"(?:\s*,\s*{DEGREE}){{0,3}}"
POSSESSIVE = ("'s", "\u2019s")
QUOTE_OPENERS = "\"'\u201c\u201d\u2018\u201e\u00ab"
ANONYMOUS = ""  # someone the story does not name: a pronoun after them resolves to no one
BARE_NAME = regex(rf"\s*,\s*{NAME_WORD}(?:\s+{NAME_WORD}){{0,4}}\s*(?:\(\d{{1,3}}\))?\s*,")
AGE = regex(r"\s*(?:,\s*\d{1,3}\s*,|\(\d{1,3}\))")
WORD_RE = regex(r"\w+")
NYA = regex(r"^[\s,.;:!?\u2014\u2013-]*(?P<cue>\w+nya)(?!\w)")  # '," katanya.' '," ujarnya'
SENTENCE_BREAK = regex(r"[.!?][\"”’')\]]*\s+(?=\S|$)")
LOWER_NEXT = regex(r"\s+[a-z]")  # a lowercase word follows
WINDOW = 220
SUBJECT_STOPS = '";\u201c\u201d'  # what no subject, apposition or adverb before a speech verb holds


@dataclass(frozen=True, eq=False)  # hashed by identity: cached calls take it as a key
class _Rules:
    after_cue_who: re.Pattern[str]
    after_who_cue: re.Pattern[str]
    after_words_cue: re.Pattern[str]
    before_who_cue: re.Pattern[str]
    before_cue_who: re.Pattern[str]
    reporting: re.Pattern[str]
    inverted: re.Pattern[str]
    inverted_cue: re.Pattern[str]
    according_who: re.Pattern[str]
    reporting_verb: re.Pattern[str]
    reporting_at: re.Pattern[str]
    subject: re.Pattern[str]
    name_run: re.Pattern[str]
    pronouns: frozenset[str]
    titles: frozenset[str]
    place_titles: frozenset[str]
    name_titles: frozenset[str]
    title_word: re.Pattern[str]
    roles: tuple[str, ...]
    nya_verbs: frozenset[str]
    dates: frozenset[str]
    place_words: re.Pattern[str]
    not_names: frozenset[str]
    place_heads: frozenset[str]
    org_heads: frozenset[str]
    place_word_set: frozenset[str]
    pronoun_gender: dict[str, str]
    anon_start: re.Pattern[str]
    surnamed: re.Pattern[str]
    definite: re.Pattern[str]
    copula_end: re.Pattern[str]
    list_end: re.Pattern[str]
    reporting_words: frozenset[str]
    according_words: frozenset[str]
    term_words: frozenset[str]
    given_names: frozenset[str]
    term_after: re.Pattern[str]
    term_phrases: frozenset[tuple[str, ...]]
    term_preposition_words: frozenset[str]


@cache
def _rules(lang: Lang) -> _Rules:
    cue = alt(lang.speech_verbs, ignore_case=True)
    according = alt(lang.according, ignore_case=True)
    pron = alt(lang.pronouns)
    abbreviations = [t for t in lang.titles if t.endswith(".") and len(t) <= 5]
    name_run = _name_run(abbreviations)
    # "seorang pejabat NATO", "the 74-year-old": someone described, not named
    anon = rf"(?:{alt(lang.determiners, ignore_case=True)})\s+\w[\w-]*(?:\s+\w[\w-]*){{0,6}}?"
    adverb = rf"(?:{alt(lang.adverbs)}\s+)?"  # "Kerry also said", "Rasmussen juga mengatakan"
    who = rf"(?P<who>{pron}|{name_run}|(?i:{anon}))"
    # the words after a cue, up to punctuation: "dia dalam jumpa pers", "Sen. Ellen Hartley"
    phrase = r"(?P<who>(?:&#?\w{1,8};|[^.,;:!?\"“”\n]|(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\.){1,160})"
    lead = r"^[\s,.;:!?\u2014\u2013-]*"
    lower = r"(?:(?:[a-z][\w\-']*|[A-Z]{2,6})\s+){0,3}?"  # '," LTA chief executive Ng Lay Hoon told'

    # "Serkan Yıldırım, a senior official at the authority, told Anadolu": the words between commas
    # (possessive runs: a run that excludes the comma after it never gains by giving characters back)
    apposition = r"(?:\s*\(\d{1,3}\))?(?:\s*,\s*[^\"“”,.;]{1,120}+(?:,\s*[^\"“”,.;]{1,80}+){0,2}\s*,)?"
    dates = {d.lower() for group in (*lang.weekdays, *lang.months) for d in group}
    # "Kerry mengatakan", "Serkan Yıldırım, a senior official, told": a subject, then a speech verb
    # (opening at a word start: searched over a window that may begin inside a word)
    # (the name whole: an age, a comma or a lowercase adverb or verb follows it, never a capital)
    subject_name = _name_run(abbreviations, whole=True)
    # "Beliau yang juga Pengerusi Jawatankuasa ... berkata": the subject before a relative clause
    relative = rf"(?P<rel>\s+{alt(lang.relatives)}\s+[^\"“”,.;]{{1,120}}?)?"
    subject_verb = rf"\b(?P<who>{pron}|{subject_name}|(?i:{anon})){relative}{apposition},?\s+{adverb}(?P<cue>{alt(lang.reporting_verbs)})"
    return _Rules(
        # '," kata Kepala Bidang SMA Dinas Pendidikan DKI Jakarta, Hendra Gunawan Saputra.'
        # '," kata Presiden dan Ketua Pegawai Eksekutif, Boeing Commercial Airplanes, Kevin McAllister.':
        # the last of up to three runs between commas
        after_cue_who=regex(
            rf"{lead}(?P<cue>{cue}|{according})\s+{phrase}"
            rf"(?:(?:,\s*{subject_name}(?=\s*,)){{0,2}},\s*(?P<apos>{name_run})(?=\s*[.,;]|\s*$))?"
        ),
        after_who_cue=regex(rf"{lead}{lower}{who}{apposition},?\s+{adverb}(?P<cue>{cue})(?!\w)"),
        # '," National Disaster Mitigation Agency head Doni Monardo told': any words, then the cue
        # (a lazy bounded scan, tried only when the shapes above fail)
        after_words_cue=regex(rf"{lead}(?P<who>[^.;:!?\"“”\n]{{1,120}}?)\s+(?P<cue>{cue})(?!\w)"),
        before_who_cue=regex(rf"{who}{apposition}\s+{adverb}(?P<cue>{cue})(?:\s+\w+){{0,3}}?\s*[,:;]\s*$"),
        before_cue_who=regex(rf"(?P<cue>{cue}|{according})\s+{who}\s*[,:;]\s*$"),
        reporting=regex(subject_verb + r"\b"),
        # "..., said Tourism Malaysia director-general Datuk Ahmad Faizal Rahim."
        inverted=regex(rf"\b(?P<cue>{alt(lang.reporting_verbs)})\s+{phrase}(?=[.,;]|$)"),
        # "Jawatankuasa ... telah melaksanakan koordinasi ..., kata Timbalan Perdana Menteri Datuk Seri
        # Dr Ahmad Zahid Hamidi.": a cue after a reported clause names who spoke
        inverted_cue=regex(rf",\s*(?P<cue>{cue})\s+{phrase}(?=[.,;]|$)"),
        reporting_verb=regex(alt(lang.reporting_verbs)),
        reporting_at=regex(subject_verb + r"\Z"),  # the subject of a verb found first
        according_who=regex(rf"(?P<cue>{according})\s+(?P<who>{name_run})"),  # "Menurut Yuliana, ..."
        subject=regex(
            rf"(?:[{UPPER}]\w*(?:\s+\w+)?,\s+)?"  # "Sementara itu, "
            rf"(?P<who>{name_run}(?:\s+(?:dan|and|&)\s+{name_run})?(?:\s*,\s*(?!{DEGREE}){name_run})?)"
            rf"(?:\s*\(\d{{1,3}}\))?(?:\s*,\s*\d{{1,3}}\s*,)?{DEGREES},?\s+(?!(?:dan|and|serta|atau|or)\b)(?=[a-z])"
        ),
        name_run=regex(name_run),
        pronouns=frozenset(p.lower() for p in lang.pronouns),
        titles=frozenset(lang.titles),
        place_titles=frozenset(lang.place_titles),
        name_titles=frozenset(lang.name_titles),
        title_word=regex("|".join(lang.title_patterns) or "(?!)"),
        roles=tuple(lang.roles),
        nya_verbs=frozenset(v.lower() for v in lang.speech_verbs if v.endswith("nya")),
        dates=frozenset(dates),
        not_names=frozenset(
            w.lower()
            for w in (
                *lang.according,
                *lang.pronouns,
                *lang.speech_verbs,
                *lang.after_speaker,
                *lang.openers,
                *lang.determiners,  # "The Satgas PKH", "The U.S."
                *lang.non_names,
            )
        ),
        place_heads=frozenset(lang.place_heads),
        org_heads=frozenset(lang.org_heads),
        place_word_set=frozenset(w.lower() for w in lang.after_speaker),
        pronoun_gender={p.lower(): "m" for p in lang.male_pronouns}
        | {p.lower(): "f" for p in lang.female_pronouns},
        anon_start=regex(rf"(?:{alt(lang.determiners, ignore_case=True)})\s", re.I),
        surnamed=regex(
            rf"(?:{alt(lang.named)})\s+(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}})"
        ),  # "a rider surnamed Park", "seorang warga bernama Budi"
        # a definite description points back to the person just named: "the 62-year-old", "pria itu"
        definite=regex(
            rf"^(?:{alt(lang.definite)}\s+[a-z0-9][\w-]*(?:\s+[a-z][\w-]*){{0,3}}$"
            rf"|[a-z]\w*(?:\s+[a-z]\w*){{0,2}}\s+{alt(lang.term_after) if lang.term_after else '(?!)'}$)"
        ),
        copula_end=regex(rf"{alt(lang.copulas, ignore_case=True)}\s*$", re.I),
        list_end=regex(rf"(?:,|{alt(lang.list_joiners)})\s*$"),
        reporting_words=frozenset(w.lower() for v in lang.reporting_verbs for w in v.split()[:1]),
        according_words=frozenset(w.lower() for v in lang.according for w in v.split()[:1]),
        term_words=frozenset(w.lower() for w in lang.term_nouns),
        given_names=frozenset(lang.given_names),
        term_after=regex(rf"\s*{alt(lang.term_after)}(?!\w)") if lang.term_after else regex("(?!)"),
        place_words=regex(rf"\s+{alt(lang.after_speaker)}\s"),
        term_phrases=frozenset(tuple(t.lower().split()) for t in lang.term_nouns),  # 'kebiasaan "sonor"'
        term_preposition_words=frozenset(t.lower() for t in lang.term_prepositions),
    )


@lru_cache(maxsize=8192)  # a story names the same people again and again, and so does an archive
def split_title(run: str, r: _Rules) -> tuple[str | None, str | None]:
    """("Sekretaris Jenderal NATO Anders Fogh Rasmussen") -> ("Anders Fogh Rasmussen", "Sekretaris Jenderal NATO")."""
    tokens = run.split()
    while tokens and tokens[-1].lower().strip(".,") in r.dates:
        tokens.pop()
    while tokens and tokens[0].lower() in r.not_names:  # "Menurut Syafrizal", "Dia"
        tokens.pop(0)
    titled = [
        t in r.titles
        or bool(ACRONYM.fullmatch(t))
        or bool(r.title_word.fullmatch(t))
        or t.startswith("(")
        or t.endswith(POSSESSIVE)  # "Qiongfen's husband Dao Wenguang": the owner is no speaker
        for t in tokens
    ]
    for k in range(len(tokens) - 1):  # "Tan Sri", "Datuk Seri": titles only together
        for width in (2, 3):
            if " ".join(tokens[k : k + width]) in r.titles:
                titled[k : k + width] = [True] * len(tokens[k : k + width])
    # "Hakim", "Raja", "Tuan": titles only in a run of titles (first, after a title, or before one),
    # never inside a name ("Faizal Hakim Othman"; but "... Highlands Tuan Haji Ramli Osman")
    for k, token in enumerate(tokens):
        if token in r.name_titles and k > 0 and not titled[k - 1]:
            titled[k] = k + 1 < len(tokens) and tokens[k + 1] in r.titles
    i = 0
    for k in range(len(tokens) - 1):  # the name follows the last title: "Kepala Balai TNGR Agus Budiarto"
        if titled[k]:
            i = k + 1
            if tokens[k] in r.place_titles:  # "Kota Semarang Rahmat Hidayanto"; "Polda Lampung": no one
                i = min(k + 2, len(tokens))
    while i < len(tokens) and (titled[i] or tokens[i] in {"of", "for", "the"}):
        i += 1
    title = " ".join(tokens[:i]) or None
    rest = tokens[i:]
    for k, token in enumerate(rest):
        if token in {"of", "for", "the"}:
            rest = rest[:k]
            break
    long_name = len(rest) > 5 or (
        len(rest) > 4 and rest[0] not in r.given_names
    )  # "Sharifah Nor Azlina Syed Ahmad"
    if long_name and not any(t in CONNECTORS for t in rest):  # "Meteorologi Publik Andi Eka Prasetya"
        title = " ".join(tokens[: len(tokens) - 3])
        rest = rest[-3:]
    if rest and rest[-1].endswith(POSSESSIVE):  # "Li Mei's": an owner, not a speaker
        return None, " ".join(tokens)
    if rest and rest[0] in r.place_heads:  # "Jalan Tun Ismail", "Pesta Air Tasik Pedu": a place
        return None, " ".join(tokens) or None
    name = " ".join(rest) or None
    if (
        name is None
        and title is not None
        and all(t.isupper() for t in tokens if t not in {"of", "for", "the"})
    ):
        return title, None  # an organisation speaks: "NATO said"
    if tokens and (
        tokens[0] in r.org_heads or (name is None and tokens[-1] in r.org_heads) or name in r.org_heads
    ):  # "the European Court of Justice" ("Court" alone is no one)
        return " ".join(tokens), None  # "kata Kementerian Pendidikan", "the Foreign Ministry": it speaks
    return name, title


def _is_person(name: str | None) -> TypeGuard[str]:
    return name is not None and name != "" and len(name.split()) <= 6 and not ASCII_DIGIT.search(name)


def _prescan(text: str, paragraphs: tuple[Paragraph, ...], r: _Rules, people: People) -> None:
    """Register named people and the subjects of speech verbs, in story order."""
    for p in paragraphs:
        lo, hi = p.span
        for m in r.name_run.finditer(text, lo, hi):
            if " " not in m.group(0):  # one capitalised word: a sentence start, a place, a surname ...
                word = m.group(0)
                if (
                    word.isalpha()
                    and not word.isupper()
                    and word.lower() not in r.not_names
                    and AGE.match(text, m.end(), hi)
                ):
                    people.put_forward(m.start(), people.canonical(word, None))  # ... or "Taufik (56)"
                continue
            name, title = split_title(m.group(0), r)
            if _is_person(name) and (title or len(name.split()) >= 2):
                full = people.canonical(name, title)
                people.mentions.append((m.start(), full))
                if AGE.match(text, m.end(), hi):  # "Hasnah Mahmud, 67,": a person brought into the story
                    people.put_forward(m.start(), full)
        # the subject of a sentence: "Sementara itu, Presiden Persatuan ... Siti Rohani Abdullah ketika
        # dihubungi menyambut baik ...", "Ketua Umum APUN Hj Rahmawati Siregar mendukung ..."
        for start in (lo, *(b.end() for b in SENTENCE_BREAK.finditer(text, lo, hi))):
            if not _is_upper(text[start : start + 1]):
                continue  # a subject opens with a capital: skip the pattern
            subject = r.subject.match(text, start, hi)
            if subject and text[start : subject.start("who")].strip(" ,").lower() in r.not_names:
                subject = None  # "Katanya, Sitti Bandorah mempunyai ...": reported, not the speaker
            if subject:
                head, _, tail = subject.group("who").rpartition(", ")  # "Menteri X dan Y, Datuk Seri NAME"
                name, title = split_title(tail, r)
                title = ", ".join(t for t in (head, title) if t) or None
                # a one-word subject: a word of someone put forward before ("Rayuan" of a web page
                # named "UPUOnline Rayuan" is not)
                known = name is not None and " " not in name and people.put_forward_word(name)
                if _is_person(name) and (title or known or 2 <= len(name.split()) <= 3):
                    people.put_forward(subject.start("who"), people.canonical(name, title))
        # each speech verb once: its subject in a bounded window before it ("Kerry mengatakan"),
        # or the name after it ("..., said Tourism Malaysia director-general Datuk Ahmad Faizal Rahim.")
        floor = lo
        for verb in r.reporting_verb.finditer(text, lo, hi):
            at = r.reporting_at.search(text, _subject_window(text, floor, verb.start()), verb.end())
            if at and _put_subject(at, r, people):
                floor = verb.end()
            elif (
                _after_clause(text, lo, verb.start())
                and (inv := r.inverted.match(text, verb.start(), hi))
                and _put_inverted(inv, r, people)
            ):
                pass
            elif (clause := _clause_start(text, lo, verb.start())) >= floor and (
                found := _first_person(text, clause, verb.start(), r)
            ) is not None:
                # (not in a clause another verb of the sentence reports: "Hassan berkata, dia dan
                # penduduk Orang Asli ... meminta")
                # "Zakaria Hashim atau lebih dikenali sebagai "Pak Ya Mangga" ..., berkata": the subject
                # stands far from its verb; the first person the clause names
                people.put_forward(found[0], people.canonical(*found[1]))
                floor = verb.end()
        for inv in r.inverted_cue.finditer(text, lo, hi):
            words = inv.group("who").split()
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
        low = text[lo:hi].lower()
        if not any(word in low for word in r.according_words):
            continue  # no "menurut" or "according" here: skip the scan
        for m in r.according_who.finditer(text, lo, hi):
            name, title = split_title(m.group("who"), r)
            if _is_person(name):
                people.put_forward(m.start(), people.canonical(name, title))


def _subject_window(text: str, floor: int, at: int) -> int:
    """Where the search for a speech verb's subject starts: a window before the verb, cut after the
    last quote mark or semicolon in it, which neither a subject nor its apposition can hold
    (""...," kata dia" searches two characters, not the quote)."""
    start = max(floor, at - WINDOW)
    return max(start, *(text.rfind(c, start, at) + 1 for c in SUBJECT_STOPS))


def _is_upper(c: str) -> bool:
    """One of UPPER's capitals (what every name opens with)."""
    return "A" <= c <= "Z" or "\u00c0" <= c <= "\u00d6" or "\u00d8" <= c <= "\u00de"


def _clause_start(text: str, lo: int, at: int) -> int:
    """Where the sentence holding ``at`` starts (the paragraph start at the latest)."""
    last = _last(SENTENCE_BREAK.finditer(text, max(lo, at - WINDOW), at))
    return last.end() if last else max(lo, at - WINDOW)


def _first_person(text: str, start: int, end: int, r: _Rules) -> tuple[int, tuple[str, str | None]] | None:
    """The first named person between start and end, outside quote marks (a nickname is not the subject)."""
    for m in r.name_run.finditer(text, start, end):
        if (
            text[m.start() - 1 : m.start()] in QUOTE_OPENERS
            or text[max(0, m.start() - 6) : m.start()] == "&quot;"
        ):
            continue
        name, title = split_title(m.group(0), r)
        if _is_person(name) and (title or len(name.split()) >= 2):
            return m.start(), (name, title)
    return None


def _named_inside(who: str, start: int, r: _Rules, people: People) -> list[tuple[str, str | None]]:
    """The people an unnamed description names: "salah satu peserta pelatihan Sri Martini yang ...",
    "The newspaper quoted Deng" (a full name, or a word of one the story gave); "seorang jurucakap
    KPDN" and "Seorang pengunjung dari Shah Alam" (after a place word) name no one."""
    found: list[tuple[str, str | None]] = []
    if (place := r.place_words.search(who, start)) is not None:
        who = who[: place.start()]  # "a resort manager in eastern Norway": the place names no one
    for m in r.name_run.finditer(who, start):
        name, title = split_title(m.group(0), r)
        if _is_person(name) and (" " in name or people.knows_word(name)) and not ACRONYM.fullmatch(name):
            found.append((name, title))
    return found


def _after_clause(text: str, lo: int, at: int) -> bool:
    """A verb after the reported clause: "..., said X." (not "mengatakan Washington siap ...")."""
    before = text[max(lo, at - 3) : at].rstrip()
    return before.endswith((",", '"', "\u201d", "'", "\u2019"))


def _main_subject(r: _Rules, sentence: str) -> re.Match[str] | None:
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


def _opens_sentence(text: str, at: int, r: _Rules) -> bool:
    """At a sentence start, or after a short opening phrase ("When contacted, an official said");
    not after a pronoun's speech ("Namun, ia menerangkan lagi, para mucikari meminta": reported)."""
    before = text[max(0, at - 60) : at]
    cut = max(before.rfind(c) for c in '.!?\n\r"”')
    lead = before[cut + 1 :].strip()
    words = lead.lower().replace(",", " ").split()
    return not lead or (lead.endswith(",") and len(words) <= 5 and not r.pronouns.intersection(words))


def _after_place_word(m: re.Match[str], r: _Rules) -> bool:
    """Does the match's subject follow a preposition ("at Kaito Securities", "di Polda")?"""
    before = m.string[max(0, m.start() - 8) : m.start()].lower().split()
    return bool(before) and m.string[m.start() - 1 : m.start()].isspace() and before[-1] in r.place_word_set


def _put_subject(m: re.Match[str], r: _Rules, people: People) -> bool:
    """Put forward the subject of a speech verb; False when the match names no one to put forward
    (a pronoun, or an unnamed subject inside a sentence) so that the caller may look further."""
    who = m.group("who")
    if who.lower() in r.pronouns:
        return True  # a pronoun keeps whoever was put forward before
    apposition = m.string[m.end("rel") if m.group("rel") else m.end("who") : m.end()]
    named = [split_title(n.group(0), r) for n in r.name_run.finditer(apposition)]
    named = [(n, t) for n, t in named if n and _is_person(n)]
    if (anon := r.anon_start.match(who)) is not None:
        named = _named_inside(who, anon.end(), r, people) + named
    if not who[:1].isupper() or r.anon_start.match(who):
        # "One former patient, retired teacher Linda Marsh, said": the name in the apposition;
        # "Seorang pemilik kedai teh ... mengatakan": no one named -- when it opens a sentence
        # (not "Thibodeau said several members have told her")
        if named:
            people.put_forward(m.start(), people.canonical(*named[0]))  # type: ignore[arg-type]
            return True
        if _opens_sentence(m.string, m.start(), r):
            people.put_forward(m.start(), ANONYMOUS)
            return True
        return False
    bare = BARE_NAME.match(apposition)
    if bare and named:
        # "Peneliti dari Lembaga Kajian Ruang Siber Nusantara, Bayu Ardiansyah, menilai": the bare name
        title = " ".join(t for t in (split_title(who, r)[1], named[0][1]) if t) or None
        people.put_forward(m.start(), people.canonical(named[0][0], title))  # type: ignore[arg-type]
        return True
    if _after_place_word(m, r):  # "Analyst Mariko Ishida at Kaito Securities said"
        return False
    name, title = split_title(who, r)
    if _is_person(name):
        people.put_forward(m.start(), people.canonical(name, title))
        return True
    return False


def _put_inverted(m: re.Match[str], r: _Rules, people: People) -> bool:
    words = m.group("who").split()
    if len(words) > 8 or not words[-1][:1].isupper():
        return False  # the reported clause, not the speaker: "berkata pihak penganjur ... Ipoh"
    return _put_run(m.group("who"), m.start(), r, people)


def _put_run(phrase: str, at: int, r: _Rules, people: People) -> bool:
    """Put forward the person a phrase after a cue names."""
    run = _pick_run(phrase, r, people)
    if run:
        name, title = split_title(run, r)
        if _is_person(name):
            people.put_forward(at, people.canonical(name, title))
            return True
    return False


@dataclass
class _Said:
    mention: str | None
    cue: str | None
    name: str | None
    title: str | None


def _pick_run(phrase: str, r: _Rules, people: People) -> str | None:
    """The name in a phrase after a cue: the first run with a title or one the story named before."""
    if (named := r.surnamed.search(phrase)) is not None:  # "a rider surnamed Park"
        return named.group("name")
    best, best_score = None, -1
    for m in r.name_run.finditer(phrase):
        name, title = split_title(m.group(0), r)
        score = 3 if title and name else 2 if name and people.knows_word(name.split()[-1]) else 0
        if name and len(name.split()) >= 2 and not ACRONYM.fullmatch(name):
            score += 1  # "said NEA's director of hawker management Lim Boon Keat": the person, not NEA
        if score >= best_score:  # ties: the later run ("said Helix Lunar chief executive Dana Prowse")
            best, best_score = m.group(0), score
    return best


def _last_person_run(phrase: str, r: _Rules, people: People) -> str | None:
    """The last run in a phrase that names a person: a full name, or a word of one the story gave
    ("the task force's coordinator, Ugas Irwanto,", "a fit-looking Farkas")."""
    found = None
    phrase = AFFILIATION.split(phrase, maxsplit=1)[0]  # "Monzer Akbik of the ... National Coalition"
    for m in r.name_run.finditer(phrase):
        run = m.group(0)
        name, _ = split_title(run, r)
        if _is_person(name) and not ACRONYM.fullmatch(name) and (" " in name or people.knows_word(name)):
            found = run
    return found


def _with_apposition(m: re.Match[str], r: _Rules, people: People) -> str:
    """'kata Kepala Bidang SMA Dinas Pendidikan, Hendra Saputra': a title, then the name after a comma."""
    who, apos = m.group("who"), m.groupdict().get("apos")
    if not apos or apos.lower() in r.dates or not who.split() or who.split()[0].lower() in r.pronouns:
        return who
    if not who[:1].isupper():  # "said the regulator's chief executive, Colin Marsh"
        return apos
    if who.split()[0] in r.titles and split_title(apos, r)[0] is not None:
        # "ujar Direktur Pembinaan Sekolah Dasar ... dan Menengah Kemdikbud, Wowon Hidayat": a title
        # whole, then the name after the comma
        return apos
    run = _pick_run(r.place_words.split(who, maxsplit=1)[0], r, people)
    if run is None or split_title(run, r)[0] is None:  # the words before the comma name no one
        return f"{who} {apos}"
    return who


def _resolve(who: str, cue: str, at: int, r: _Rules, people: People) -> _Said:
    who = who.strip()
    if len(parts := who.split()) > 1 and parts[-1].lower() in r.pronouns and r.anon_start.match(who):
        who = parts[-1]  # "Speaking through an interpreter he added;": the pronoun is the subject
    in_cue = cue.split()[-1:]
    if in_cue and in_cue[0].lower() in r.pronouns and not who[:1].isupper():
        who = in_cue[0]  # '," kata beliau lagi': the pronoun is in the cue
    first = who.split()[0] if who.split() else ""
    if first.lower() in r.pronouns:
        who = first
    elif who[:1].isupper() and first.lower() not in {"the", "a", "an", "one"}:
        who = r.place_words.split(who, maxsplit=1)[0]  # "Iriansyah di Palembang": the speaker, not the place
        who = _pick_run(who, r, people) or who
    low = who.lower()
    if low in r.pronouns or who == cue:
        gender = r.pronoun_gender.get(low)
        name = people.last_before(at, gender)
        if name and gender:
            people.gender.setdefault(name, gender)
        return _Said(who, cue, name, people.names.get(name) if name else None)
    if not who[:1].isupper() and r.term_after.fullmatch(r.place_words.split(who, maxsplit=1)[0].split()[-1]):
        # "ujar istri aktor Irwansyah itu pada ...": a description that points back (not Irwansyah)
        name = people.last_before(at)
        return _Said(who, cue, name, people.names.get(name) if name else None)
    if not who[:1].isupper() and not r.anon_start.match(who + " ") and (run := _pick_run(who, r, people)):
        name, title = split_title(run, r)  # '," said chief executive Ann Moore': a role, then the name
        if name and _is_person(name):
            full = people.canonical(name, title)
            return _Said(who, cue, full, title or people.names.get(full))
    if not who[:1].isupper() or low.split()[0] in {"the", "a", "an", "one"}:
        if (named := r.surnamed.search(who)) is not None:
            full = people.canonical(named.group("name"), None)
            return _Said(who, cue, full, people.names.get(full))
        if (anon := r.anon_start.match(who + " ")) and (inside := _named_inside(who, anon.end(), r, people)):
            full = people.canonical(*inside[0])  # "kata seorang pedagang bendera Teguh (40)"
            return _Said(who, cue, full, people.names.get(full))
        if (
            anon
            and (org := r.name_run.fullmatch(who, anon.end()))
            and split_title(org.group(0), r)[1] is None
        ):
            full = people.canonical(org.group(0), None)  # "The Foreign Ministry has said": it speaks
            return _Said(who, cue, full, None)
        # "seorang pejabat NATO": no one; "the 62-year-old", "the minister": the person just named
        name = people.last_before(at)
        title = people.names.get(name) if name else None
        words = set(name.split()) if name else set()
        if words & r.org_heads and not {w.lower() for w in words} & set(low.split()):
            name = None  # an organisation is "the ministry", "kementerian itu"; "the spokesman" is no one
        if name and (
            r.definite.match(r.place_words.split(who, maxsplit=1)[0])  # "kementerian itu dalam ..."
            or (title and any(role in low and role in title.lower() for role in r.roles))
        ):
            return _Said(who, cue, name, title)
        return _Said(who, cue, None, None)
    name, title = split_title(who, r)
    if not name:
        last = people.last_titled_before(at)
        return _Said(who, cue, last, people.names.get(last) if last else None)
    full = people.canonical(name, title)
    return _Said(who, cue, full, title or people.names.get(full))


def _sentence_before(text: str, lo: int, at: int) -> str:
    window_lo = max(lo, at - WINDOW)
    before = text[window_lo:at]
    last = _last(SENTENCE_BREAK.finditer(before))
    return before[last.end() :] if last else before


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    """The last of an iterator of matches (a deque of one keeps memory flat)."""
    tail = deque(matches, maxlen=1)
    return tail[0] if tail else None


def _ends_with_phrase(words: list[str], phrases: frozenset[tuple[str, ...]]) -> bool:
    """Do the words end with one of the phrases ("so-called", "what it calls")?"""
    return any(tuple(words[-n:]) in phrases for n in (1, 2, 3, 4) if len(words) >= n)


def _title_case(words: list[str]) -> bool:
    """ "Mutiara Hitam", "the Old Lady": a name or a title (a leading article aside)."""
    if len(words) > 1 and words[0].lower() in {"the", "a", "an", "si", "sang"}:
        words = words[1:]
    return all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def attribute_speakers(
    text: str, paragraphs: tuple[Paragraph, ...], candidates: list[Candidate]
) -> tuple[Quote, ...]:
    if not candidates:
        return ()
    r = _rules(load_all())  # names cross languages: an English Bernama story quotes a "Datuk"
    people = People(given_names=r.given_names)
    _prescan(text, paragraphs, r, people)
    out: list[tuple[str, _Said, Candidate, str]] = []  # the quote's text, speaker, marks and kind
    last: tuple[int, str | None, str | None] | None = None  # (paragraph, speaker, title) of the last quote
    for c in candidates:
        qtext = quote_text(text, c)
        words = qtext.split()
        if not words:
            continue
        lo = paragraphs[c.paragraph].span[0]
        hi = paragraphs[c.last_paragraph].span[1]
        after = text[c.end : min(hi, c.end + WINDOW)]
        before = _sentence_before(text, lo, c.start)
        said: _Said | None = None
        direct_intro = False
        if (m := NYA.match(after)) and m.group("cue").lower() in r.nya_verbs:
            said = _resolve(m.group("cue"), m.group("cue"), c.start, r, people)
        elif (m := r.after_cue_who.match(after)) or (m := r.after_who_cue.match(after)):
            said = _resolve(_with_apposition(m, r, people), m.group("cue"), c.start, r, people)
        elif (
            qtext.endswith(",")  # '"...," the words before a cue'; after a full stop a new sentence may start
            and (m := r.after_words_cue.match(after))
            and (run := _last_person_run(m.group("who"), r, people))
        ):
            said = _resolve(run, m.group("cue"), c.start, r, people)
        intro = before.rstrip().endswith((",", ":", ";"))  # both intro patterns end in "," ":" or ";"
        # "Smith told Reuters:" names Smith, not Reuters; "kata Rasmussen:" has only the cue-first shape
        if intro and (m := r.before_who_cue.search(before) or r.before_cue_who.search(before)):
            direct_intro = True
            if said is None:
                said = _resolve(m.group("who"), m.group("cue"), c.start, r, people)
        mid_sentence = bool(before.strip()) and not direct_intro
        kind = "direct"
        if mid_sentence:
            if _title_case(words) and len(words) <= 5:
                continue  # Tim "Mutiara Hitam": a name or a title, not speech
            tail_words = before[-40:].lower().split()
            said_by_someone = len(tail_words) >= 2 and tail_words[-2] in r.pronouns  # "which he called"
            if len(words) <= 4 and _ends_with_phrase(tail_words, r.term_phrases) and not said_by_someone:
                continue  # kebiasaan "sonor", the so-called "X": a term, not speech
            if len(words) == 1 and LOWER_NEXT.match(after) and not r.copula_end.search(before[-14:]):
                continue  # a "textbook-light" timetable, modern "restored" prints: a word used as a modifier
            if len(words) <= 3 and tail_words and tail_words[-1] in r.term_preposition_words:
                continue  # bersamaan dengan "perigee", lelah dengan "wisata bencana": a term after a preposition
            if len(words) <= 5 and r.term_after.match(after):
                continue  # amaran "cuaca buruk tahap bahaya" itu: a name for something, not speech
            if len(words) <= 3 and r.list_end.search(before[-8:]):
                continue  # "teh ais, sugarcane juice and 'ais kacang'": an item in a list
            lowered = set(WORD_RE.findall(before.lower()))  # cheap word tests before the patterns
            report = _main_subject(r, before) if lowered & r.reporting_words else None
            if (
                report is None
                and lowered & r.according_words
                and (according := _last(r.according_who.finditer(before)))
            ):
                report = according  # 'Menurut Laksmi, platform wajib ... yang „lebih dari sekadar ..."'
            if said is None and report is None and lowered & r.reporting_words - r.term_words:
                # "Wong ... menyambut baik langkah itu dan menyifatkannya sebagai "..."": the verb's
                # subject is not next to it; it is the person the sentence names, if it names one
                found = _first_person(text, c.start - len(before), c.start, r)
                if found is not None:
                    full = people.canonical(*found[1])
                    said = _Said(None, None, full, people.names.get(full))
            if said is None and report is None:
                continue  # a scare quote
            kind = "partial"
            if said is None and report is not None:
                said = _resolve(report.group("who"), report.group("cue"), c.start, r, people)
        elif said is None:
            if len(words) < 4 or (_title_case(words) and len(words) <= 5):
                continue
            # a quote with no cue of its own goes on from the last speaker (broken by attribution, or the next paragraph)
            if last is not None and c.paragraph - last[0] <= 1 and last[1]:
                said = _Said(None, None, last[1], last[2])
            elif name := people.last_before(c.start):
                # the person the sentences before put forward: "Datuk L Manickam berkata, ...\n\n"JAKOA ..."
                said = _Said(None, None, name, people.names.get(name))
            else:
                said = _Said(None, None, None, None)
        assert said is not None  # every branch above found a speaker (or none) or went on
        if said.name:
            people.put_forward(c.start, said.name)
        last = (c.last_paragraph, said.name, said.title)
        out.append((qtext, said, c, kind))
    # names as the whole story gives them, now that every short mention is known
    return tuple(
        Quote(
            text=qtext,
            speaker=people.display(said.name),
            speaker_mention=repair(said.mention) if said.mention else None,
            cue=said.cue,
            paragraph=c.paragraph,
            kind=kind,
            speaker_title=repair(said.title) if said.title else None,
            span=(c.start, c.end),
        )
        for qtext, said, c, kind in out
    )
