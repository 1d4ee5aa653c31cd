"""The speech rules of every language: the [speech] table of lang/*.toml compiled into patterns, once.

A speaker is found by shape, and every shape is built around one run of capitalised words that
reads a title, an initial or a particle as part of the name:

    "...," said Dr. Ingrid Halvorsen, a marine biologist at the institute.

is a cue ("said"), then a name run ("Dr. Ingrid Halvorsen"), then an apposition. Beside the
patterns, ``Rules`` keeps the word sets that names.py, subjects.py and speakers.py check a match
against (titles, place and organisation heads, pronouns, dates).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from .cache import dataclass, memo, regex
from .lang import Lang
from .patterns import UPPER
from .patterns import alt as _flat_alt
from .people import CONNECTORS, PARTICLE


# "Rasmussen", "Frank-Walter", "O'Neill", "M.", "U.S." -- a full stop only after an initial
# a backtick inside a word is an apostrophe ("Abdul Rahman Ma`mun")
# letters read through the wrong code page ("PeÃ±a") still belong to the name; a no-break space does not
def _name_word(particle: bool = True) -> str:
    """One word of a name; with ``particle=False``, none that opens with a particle ("al-Assad")."""
    lead = f"(?:{PARTICLE}|)" if particle else ""  # (``?`` as a branch: the same, tried cheaper)
    initials = rf"[{UPPER}]\.(?:[{UPPER}]\.(?:[{UPPER}]\.|)|)"  # (?:[A-Z]\.){1,3} as branches: cheaper
    return rf"(?:{initials}|{lead}[{UPPER}][\w'’`\-\u0080-\u009f\u00a1-\u00bf]*[\w'’\u0080-\u009f\u00a1-\u00bf]|[{UPPER}])"


NAME_WORD = _name_word()


def _name_run(
    abbreviations: list[str],
    connectors: tuple[str, ...] = (),
    *,
    whole: bool = False,
    short_names: bool = False,
    particle: bool = True,
    then: str = "",
) -> str:
    """A run of capitalised words, with the lang's abbreviated titles ("Sen.", "Dr.") as words.

    ``whole=True`` takes the run whole or not at all (a possessive repeat): for a pattern where what
    follows the name can never be one more capitalised word, so that the regex engine does not try
    every shorter run when the rest of the pattern fails. ``particle=False`` leaves out the words
    that open with a particle ("al-Assad"): the same matches in a text with no hyphen before a
    capital, tried only at capitals (a particle's letters are most of a text's), with no particle
    tried before each word's capital.

    ``then`` (a character class) is what the pattern holding the run needs after it: tested after
    each word the engine may give back, the first word of a ``whole`` run (whose later words it
    never gives back) and every word of another. When the rest fails, the engine gives a word's
    letters back one by one and tries the rest after each shorter word (and, but in a ``whole``
    run, after each shorter run); a shorter word is followed by one more of its own letters, never
    by what ``then`` holds (``SUBJECT_NEXT``: a space, a comma, a bracket), and a word the run
    ends with is followed by the rest, which opens with what ``then`` holds: the same matches are
    found, each hopeless try cut at its first character."""
    name_word = _name_word(particle)
    word = rf"(?:{alt(abbreviations, boundary=False)}|{name_word})" if abbreviations else name_word
    # an acronym in brackets: "Umrah Nusantara (APUN) Hj Rahmawati"; with ``short_names``, any short
    # form ("Kementerian Perdagangan (Kemendag)"), which elsewhere is a person's ("Joko Widodo (Jokowi)")
    inner = rf"(?:{word}|\([A-Z][A-Za-z]{{1,9}}\))" if short_names else rf"(?:{word}|\([A-Z]{{2,8}}\))"
    # what a word after the first may open with, tested once before the alternatives are tried in
    # turn (most words after a run are lowercase and open none of them): a capital, a bracket, a
    # particle, or an abbreviation's first character
    opens = "".join(sorted({re.escape(a[0]) for a in abbreviations} - set(UPPER)))
    after = rf"(?={then})" if then else ""
    particles = f"|{PARTICLE}" if particle else ""
    inner = rf"(?=[{UPPER}({opens}]{particles}){inner}{'' if whole else after}"
    repeat = "{0,12}+" if whole else "{0,12}"
    # the small words inside a name: "bin", "van", "dela" ("Ramon dela Paz"), "a/l" ("Ramasamy a/l Muthu")
    small = "|".join(re.escape(w) for w in sorted({*CONNECTORS, *connectors}, key=lambda w: (-len(w), w)))
    start = rf"(?=[{UPPER}]|{PARTICLE}[{UPPER}])" if particle else rf"(?=[{UPPER}])"
    return rf"{start}(?<![\w-]){word}{after}(?:\s+(?:(?:{small})\s+){{0,2}}{inner}){repeat}"


_SPACE = " "  # a gap between the words of a phrase: any whitespace


def alt(words: Iterable[str], *, boundary: bool = True, ignore_case: bool = False) -> str:
    """``patterns.alt(words, ...)`` as a tree of shared prefixes: the same matches, found cheaper.

    ``alt`` groups the words by their first letter, and the engine then tries every word of the
    group in turn ("mengatakan", "menyatakan", "menegaskan", ... at each "m" of the text); here
    each character is tried once for all the words that share what comes before it:
    ``me(?:n(?:gatakan\\b|yatakan\\b|egaskan\\b)|...)``. The match is the same: of two words that
    match at one place, one is the start of the other (they differ at some character, which the
    text cannot hold twice), and ``alt`` tries the longer first, as the tree does by trying a
    longer word before ending one. Words beyond ASCII (case folding) or, with ``boundary``,
    opening with no letter or digit, keep ``patterns.alt``."""
    unique = tuple(sorted({w for w in words if w}))
    return memo("trie", (unique, boundary, ignore_case), lambda: _trie(unique, boundary, ignore_case))


def _trie(words: tuple[str, ...], boundary: bool, ignore_case: bool) -> str:
    if (
        not words
        or not all(w.isascii() and w == w.strip() for w in words)
        or (boundary and not all(w[0].isalnum() for w in words))
    ):
        return _flat_alt(words, boundary=boundary, ignore_case=ignore_case)
    root: dict[str, dict] = {}
    for word in words:
        first, *more = word.split()
        node = root
        for item in [*first, *(c for part in more for c in (_SPACE, *part))]:
            node = node.setdefault(item.lower() if ignore_case else item, {})
        node[""] = {}  # a word ends here

    def emit(node: dict[str, dict], last: str) -> str:
        parts = []
        for key in sorted(k for k in node if k):  # one character each: at most one of them matches
            if key == _SPACE:
                item = r"\s+"
            elif not last and ignore_case and key.isalpha():
                item = f"(?-i:[{key.upper()}{key}])"  # the first letter in either case only, as alt
            else:
                item = re.escape(key)
            parts.append(item + emit(node[key], key))
        if "" in node:  # a longer word first, then this one ends
            parts.append(r"\b" if boundary and last.isalnum() else "")
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    body = emit(root, "")
    if boundary:
        body = rf"\b{body}"
    return f"(?i:{body})" if ignore_case else body


# what a particle-led name run needs: a hyphen before a capital ("al-Assad")
DASH_CAPITAL = regex(rf"-[{UPPER}]")


def name_runs(r: Rules, text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """``r.name_run.finditer(text, lo, hi)``, by the cheaper pattern when no particle can open a run."""
    return (r.name_run if DASH_CAPITAL.search(text, lo, hi) else r.capital_run).finditer(text, lo, hi)


BOUNDARY = r"\b"
SUBJECT_NEXT = r"[\s,(]"  # what follows a speech verb's subject: see _name_run's ``then``


def reporting_verbs(r: Rules, text: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """The spans of ``r.reporting_verb.finditer(text, lo, hi)``, found cheaper.

    A verb opens with a letter after a word boundary: the character before it is no letter, digit
    or underscore. ``verb_after`` looks for such a character (ASCII's, or any beyond ASCII) and the
    verb after it: the engine then tries the verbs at the characters that may come before a word
    (about one in six), not at every letter that may open one. A letter beyond ASCII ("é") passes
    that test but makes no boundary: its match is passed over (no verb can start inside it, as
    the letters after it up to its end are a word's). At ``lo`` the character before lies outside
    the scan: the verbs are tried there first."""
    if r.verb_after is None:
        yield from (m.span() for m in r.reporting_verb.finditer(text, lo, hi))
        return
    if (first := r.reporting_verb.match(text, lo, hi)) is not None:
        yield first.span()
        lo = first.end()
    for m in r.verb_after.finditer(text, lo, hi):
        start = m.start()
        if text[start] >= "\x80" and (text[start].isalnum() or text[start] == "_"):
            continue
        yield start + 1, m.end()


# academic degrees after a name: "Yohanes Wanimbo, SE, M.Si telah menerima"
DEGREE = r"[A-Z]{1,3}(?:\.[A-Z]?[a-z]{0,3}){0,2}\.?(?=[\s,])"  # SE, M.Si, S.H., MBA
DEGREES = rf"(?:\s*,\s*{DEGREE}){{0,3}}"


@dataclass(frozen=True, eq=False)  # hashed by identity: cached calls take it as a key
class Rules:
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
    verb_after: re.Pattern[str] | None  # reporting_verb one character on: see reporting_verbs()
    reporting_at: re.Pattern[str]
    # no full stop in a subject but a name's abbreviation's or initial's, each part opening with a
    # capital ("Dr.", "U.S."): one after a word that opens lowercase ("ditambah.") ends the search
    stop_cuts: bool
    subject: re.Pattern[str]
    name_run: re.Pattern[str]
    capital_run: re.Pattern[str]  # name_run where no particle opens one: see name_runs()
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
    infinitives: tuple[str, ...]  # each with the space or line break after it: "untuk ", "to\n"
    # reported speech (reported.py): the verbs, lower-cased, and the shapes around them
    indirect_verbs: frozenset[str]
    indirect_that: frozenset[str]
    indirect_bare: frozenset[str]
    clause_words: frozenset[str]
    clause_prefixes: tuple[str, ...]
    not_clause_words: frozenset[str]
    object_words: frozenset[str]
    org_ends: frozenset[str]
    tail_starts: frozenset[str]  # place words, dates and tail words: what opens a tail, not content
    cue_words: frozenset[str]  # what may follow a direct quote's end: 'ujar', 'katanya', 'she'
    indirect_object: frozenset[str]
    participles: frozenset[str]
    passives: frozenset[str]  # "... juga dilaporkan rusak": the cue inside its content, the source unnamed
    reporting_cues: frozenset[str]  # indirect_verbs | participles
    indirect_openers: tuple[str, ...]  # each with the comma after it: "Katanya,"
    joined_words: frozenset[str]  # "... and said": a second verb of the sentence's subject
    participle_endings: tuple[str, ...]  # "..., X said, marking ...": a participle after a closing cue
    complementizer: re.Pattern[str]
    according_clause: re.Pattern[str]
    tail_words: frozenset[str]
    org_pronouns: frozenset[str]
    org_nouns: frozenset[str]
    term_after_words: frozenset[str]
    determiner_words: frozenset[str]
    requests: frozenset[str]
    request_marker: re.Pattern[str]
    term_words: frozenset[str]
    given_names: frozenset[str]
    term_after: re.Pattern[str]
    term_phrases: frozenset[tuple[str, ...]]
    term_preposition_words: frozenset[str]


def who_opens(lang: Lang) -> str:
    """A lookahead for the characters a subject (``who``: a pronoun, a name run or a described
    someone) may open with: a capital, a pronoun's or a determiner's first character in either
    case (``alt`` tests a word's first character in its own case, or in either case for
    ``ignore_case``), or a particle ("al-Assad"). Put before ``who``, it lets the same matches
    through and turns the other places away with one test."""
    words = (*lang.pronouns, *lang.determiners)
    opens = "".join(sorted({c for w in words if w for c in (w[0].lower(), w[0].upper())}))
    return rf"(?=[{UPPER}{re.escape(opens)}]|{PARTICLE})"


@cache
def rules(lang: Lang) -> Rules:
    cue = alt(lang.speech_verbs, ignore_case=True)
    # the verbs the sentence scan looks for: those that frame a partial quote and those that report
    reporting_verbs = (*lang.reporting_verbs, *lang.indirect_verbs, *lang.indirect_participles)
    according = alt(lang.according, ignore_case=True)
    verbs = alt(reporting_verbs)
    pron = alt(lang.pronouns)
    abbreviations = [t for t in lang.titles if t.endswith(".") and len(t) <= 5]
    name_run = _name_run(abbreviations, lang.name_connectors)
    # "seorang pejabat NATO", "the 74-year-old": someone described, not named
    # (each word whole: what comes after one, the next word or the rest of a pattern holding ``who``,
    # opens with a space or a mark, never with a letter or a hyphen that a shorter word leaves)
    anon = rf"(?:{alt(lang.determiners, ignore_case=True)})\s+\w[\w-]*+(?:\s+\w[\w-]*+){{0,6}}?"
    adverb = rf"(?:{alt(lang.adverbs)}\s+)?"  # "Kerry also said", "Rasmussen juga mengatakan"
    who = rf"(?P<who>{pron}|{name_run}|(?i:{anon}))"
    # the words after a cue, up to punctuation: "dia dalam jumpa pers", "Sen. Ellen Hartley"
    phrase = r"(?P<who>(?:&#?\w{1,8};|[^.,;:!?\"“”\n]|(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\.){1,160})"
    # after a quote, a line break inside the paragraph is a hard wrap: '," complained Mais\nTalibov, a trader'
    wrapped = r"(?P<who>(?:&#?\w{1,8};|[^.,;:!?\"“”\n]|\n(?!\s*\n)|(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\.){1,160})"
    lead = r"^[\s,.;:!?\u2014\u2013-]*"
    lower = r"(?:(?:[a-z][\w\-']*|[A-Z]{2,6})\s+){0,3}?"  # '," LTA chief executive Ng Lay Hoon told'

    # "Serkan Yıldırım, a senior official at the authority, told Anadolu": the words between commas
    # (possessive runs: a run that excludes the comma after it never gains by giving characters back)
    apposition = r"(?:\s*\(\d{1,3}\))?(?:\s*,\s*[^\"“”,.;]{1,120}+(?:,\s*[^\"“”,.;]{1,80}+){0,2}\s*,)?"
    dates = {d.lower() for group in (*lang.weekdays, *lang.months) for d in group}
    # '," kata Kepala Humas, Kombes Ade Ary, Senin.': the day the story adds is no apposition
    weekdays = rf"(?:{alt([d for group in lang.weekdays for d in group if d[:1].isupper() and len(d) > 3])})"
    # "Kerry mengatakan", "Serkan Yıldırım, a senior official, told": a subject, then a speech verb
    # (opening at a word start: searched over a window that may begin inside a word)
    # (the name whole: an age, a comma or a lowercase adverb or verb follows it, never a capital)
    # (after the name: a relative clause, an age, an apposition or the verb, each opening with a
    # space, a bracket or a comma)
    subject_name = _name_run(abbreviations, lang.name_connectors, whole=True, then=SUBJECT_NEXT)
    # a run between commas after a cue: '," ungkap Direktur ..., Kementerian Perdagangan (Kemendag), Ni Made'
    between = _name_run(abbreviations, lang.name_connectors, whole=True, short_names=True)
    # a sentence's subject (after it: "dan", an apposition, an age, a degree or the verb)
    sentence_name = _name_run(abbreviations, lang.name_connectors, then=SUBJECT_NEXT)
    # "Beliau yang juga Pengerusi Jawatankuasa ... berkata": the subject before a relative clause
    relative = rf"(?P<rel>\s+{alt(lang.relatives)}\s+[^\"“”,.;]{{1,120}}?)?"
    # (tried at every word boundary of the text searched: the boundaries where no subject can open,
    # a word's end and most lowercase words, are turned away by one test, ``who_opens``)
    subject_verb = rf"\b{who_opens(lang)}(?P<who>{pron}|{subject_name}|(?i:{anon})){relative}{apposition},?\s+{adverb}(?P<cue>{alt(reporting_verbs)})"
    return Rules(
        # '," kata Kepala Bidang SMA Dinas Pendidikan DKI Jakarta, Hendra Gunawan Saputra.'
        # '," kata Presiden dan Ketua Pegawai Eksekutif, Nusantara Aero, Daniel Hartono.':
        # the last of up to three runs between commas
        after_cue_who=regex(
            rf"{lead}(?P<cue>{cue}|{according})\s+{wrapped}"
            rf"(?:(?:,\s*{between}(?=\s*,)){{0,2}},\s*(?!{weekdays}\b)(?P<apos>{name_run})(?=\s*[.,;]|\s*$|\s+[a-z]))?"
        ),
        after_who_cue=regex(rf"{lead}{lower}{who}{apposition},?\s+{adverb}(?P<cue>{cue})(?!\w)"),
        # '," National Flood Agency head Budi Santoso told': any words, then the cue
        # (a lazy bounded scan, tried only when the shapes above fail)
        # (an initial's full stop belongs to the name: '," Barclays chief executive C.S. Venkat said')
        after_words_cue=regex(
            rf"{lead}(?P<who>(?:[^.;:!?\"“”\n]|(?<=\b[A-Z])\.){{1,120}}?)\s+(?P<cue>{cue})(?!\w)"
        ),
        before_who_cue=regex(rf"{who}{apposition}\s+{adverb}(?P<cue>{cue})(?:\s+\w+){{0,3}}?\s*[,:;]\s*$"),
        before_cue_who=regex(rf"(?P<cue>{cue}|{according})\s+{who}\s*[,:;]\s*$"),
        reporting=regex(subject_verb + r"\b"),
        # "..., said Tourism Malaysia director-general Datuk Ahmad Faizal Rahim."
        inverted=regex(rf"\b(?P<cue>{alt(reporting_verbs)})\s+{phrase}(?=[.,;]|$)"),
        # "Jawatankuasa ... telah melaksanakan koordinasi ..., kata Menteri Kerja Raya Datuk Seri
        # Ahmad Faizal Hamid.": a cue after a reported clause names who spoke
        inverted_cue=regex(rf",\s*(?P<cue>{cue})(?:\s+{phrase})?(?=[.,;]|$)"),  # also '..., katanya.'
        reporting_verb=regex(verbs),
        # (the leading boundary left out: reporting_verbs() tests the character it consumes instead)
        verb_after=regex(rf"[^0-9A-Za-z_](?:{verbs.removeprefix(BOUNDARY)})")
        if all(v[:1].isascii() and v[:1].isalpha() for v in reporting_verbs)
        else None,
        reporting_at=regex(subject_verb + r"\Z"),  # the subject of a verb found first
        stop_cuts=all(
            part[:1].isupper() and part.isascii() and part.isalpha()
            for a in abbreviations
            for part in a.split(".")
            if part
        )
        and not any(
            "." in w
            for w in (
                *reporting_verbs,
                *lang.adverbs,
                *lang.pronouns,
                *lang.determiners,
                *lang.relatives,
                *lang.name_connectors,
            )
        ),
        according_who=regex(rf"(?P<cue>{according})\s+(?P<who>{name_run})"),  # "Menurut Yuliana, ..."
        subject=regex(
            # (each word whole: a comma or a space follows it; and each word of a name: see _name_run)
            rf"(?:[{UPPER}]\w*+(?:\s+\w++)?,\s+)?"  # "Sementara itu, "
            rf"(?P<who>{sentence_name}(?:\s+(?:dan|and|&)\s+{sentence_name})?(?:\s*,\s*(?!{DEGREE}){sentence_name})?)"
            rf"(?:\s*\(\d{{1,3}}\))?(?:\s*,\s*\d{{1,3}}\s*,)?{DEGREES},?\s+(?!(?:dan|and|serta|atau|or)\b)(?=[a-z])"
        ),
        name_run=regex(name_run),
        capital_run=regex(_name_run(abbreviations, lang.name_connectors, particle=False)),
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
        reporting_words=frozenset(w.lower() for v in reporting_verbs for w in v.split()[:1]),
        according_words=frozenset(w.lower() for v in lang.according for w in v.split()[:1]),
        infinitives=tuple(f" {w}{gap}" for w in lang.infinitives for gap in (" ", "\n")),
        indirect_verbs=frozenset(v.lower() for v in lang.indirect_verbs),
        indirect_that=frozenset(v.lower() for v in lang.indirect_that),
        indirect_bare=frozenset(v.lower() for v in lang.indirect_bare),
        clause_words=frozenset(lang.clause_words),
        clause_prefixes=tuple(lang.clause_prefixes),
        not_clause_words=frozenset(lang.not_clause_words),
        object_words=frozenset(lang.object_words),
        org_ends=frozenset(lang.org_ends),
        tail_starts=frozenset(
            {w.lower() for w in lang.after_speaker} | dates | {w.lower() for w in lang.tail_words}
        ),
        cue_words=frozenset(w.lower() for w in (*lang.speech_verbs, *lang.pronouns)),
        indirect_object=frozenset(v.lower() for v in lang.indirect_object),
        participles=frozenset(v.lower() for v in lang.indirect_participles),
        passives=frozenset(v.lower() for v in lang.indirect_passives),
        reporting_cues=frozenset(v.lower() for v in (*lang.indirect_verbs, *lang.indirect_participles)),
        indirect_openers=tuple(f"{w}," for w in lang.indirect_openers),
        joined_words=frozenset(lang.joined_verbs),
        participle_endings=tuple(lang.participle_endings),
        # "said on Tuesday that", "mengatakan di Jakarta, Senin, bahwa": where the content starts
        complementizer=regex(rf"{alt(lang.complementizers, ignore_case=True)}\s"),
        # "Menurut dia, ...", "According to bank officials, ...", "Menurutnya ...": the source, then the content
        tail_words=frozenset(w.lower() for w in lang.tail_words),
        org_pronouns=frozenset(w.lower() for w in lang.org_pronouns),
        org_nouns=frozenset(w.lower() for w in lang.org_nouns),
        term_after_words=frozenset(lang.term_after),
        determiner_words=frozenset(w.lower() for w in lang.determiners),
        requests=frozenset(w.lower() for w in lang.indirect_requests),
        request_marker=regex(alt(lang.request_markers)),
        according_clause=regex(
            rf"(?P<cue>{alt([*lang.according, *(w + 'nya' for w in lang.according if ' ' not in w)], ignore_case=True)})"
            rf"(?:\s+(?P<who>[^,.;:!?\"“”\n]{{1,120}}?)(?=\s*[,.;:!?]|\s*$))?"
        ),
        term_words=frozenset(w.lower() for w in lang.term_nouns),
        given_names=frozenset(lang.given_names),
        term_after=regex(rf"\s*{alt(lang.term_after)}(?!\w)") if lang.term_after else regex("(?!)"),
        place_words=regex(rf"\s+{alt(lang.after_speaker)}\s"),
        term_phrases=frozenset(tuple(t.lower().split()) for t in lang.term_nouns),  # 'kebiasaan "sonor"'
        term_preposition_words=frozenset(t.lower() for t in lang.term_prepositions),
    )
