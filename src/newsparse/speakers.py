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

The patterns come from speech.py, a run of words is taken apart into title and name in names.py,
and who each sentence puts forward (the subjects of speech verbs) is found in subjects.py, before
the first quote is attributed.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from .cache import dataclass, regex
from .lang import load_all
from .model import Paragraph, Quote
from .names import (
    bare_names,
    first_person,
    is_org,
    is_person,
    last_person_run,
    named_inside,
    named_orgs,
    pick_run,
    split_title,
)
from .patterns import last_match, repair
from .people import CONNECTORS, People, is_acronym
from .places import is_place
from .quotes import Candidate, pair_marks, quote_text
from .reported import find_reported
from .speech import Rules, rules
from .subjects import BARE_NAME, SENTENCE_BREAK, WINDOW, Hit, main_subject, prescan, sentence_breaks

WORD_RE = regex(r"\w+")
NYA = regex(r"^[\s,.;:!?\u2014\u2013-]*(?P<cue>\w+nya)(?!\w)")  # '," katanya.' '," ujarnya'
BLANK = " \t\r\n\u00a0\u00c2"
LOWER_NEXT = regex(r"\s+[a-z]")  # a lowercase word follows


NAME_REACH = 3000  # how far from a quote a lower-case name is looked for capitalised
ORG_REACH = 1000  # how far back an organisation named in passing is what "the statement" points to
THE_WORD = regex(r"(?i:the)\s+([A-Z][a-z]+)")  # "the North", "the Kremlin": a name by one word
PARTY_TAG = regex(r"[DRI]-[A-Z][\w.]{1,12}")  # "D-Ore", "R-Texas", "I-Vt"


@dataclass
class Said:
    mention: str | None
    cue: str | None
    name: str | None
    title: str | None


def _with_apposition(m: re.Match[str], r: Rules, people: People) -> str:
    """'kata Kepala Bidang SMA Dinas Pendidikan, Hendra Saputra': a title, then the name after a comma."""
    who, apos = m.group("who"), m.groupdict().get("apos")
    if not apos or apos.lower() in r.dates or not who.split() or who.split()[0].lower() in r.pronouns:
        return who
    if PARTY_TAG.fullmatch(apos):  # '," said Sen. Ann Moore, D-Ore.': the party and the state
        return who
    if not who[:1].isupper():  # "said the regulator's chief executive, Colin Marsh"
        return apos
    if who.split()[0] in r.titles and split_title(apos, r)[0] is not None and not _role_at_org(apos, r):
        # "ujar Direktur Jenderal Perhubungan ... dan Logistik Kemenhub, Rina Wulandari": a title
        # whole, then the name after the comma ("kata Bapak Noe Saglio, CEO StarAsia" names him)
        return apos
    run = pick_run(r.place_words.split(who, maxsplit=1)[0], r, people)
    if run is None or split_title(run, r)[0] is None:  # the words before the comma name no one
        return f"{who} {apos}"
    name, title = split_title(apos, r)
    if name and " " in name and title and not _role_at_org(apos, r) and is_org(run.split(), r):
        return apos  # 'tulis Times, Eksekutif Editor Jill Abramson': the person who speaks for it
    return who


def _role_at_org(run: str, r: Rules) -> bool:
    """A role at an organisation, not a person: "CEO StarAsia", "CEO Coty Inc" (a title, then one
    word or words ending in a company's title word)."""
    name, title = split_title(run, r)
    if not name or not title:
        return False
    return " " not in name or name.split()[-1] in r.titles


def _org_description(low: str, r: Rules) -> str | None:
    """ "the paper", "the state news agency", "kementerian itu": a definite description of an
    organisation, a few lowercase words ("a spokesperson for the authority" is a person, unnamed;
    "the state Ports Department" names one of its own); its head noun ("council" of "the council
    of 21 senior clergymen")."""
    words = low.split()
    definite = bool(words) and words[0] == "the"
    if definite:
        words = words[1:]
        if "of" in words[1:]:
            words = words[: words.index("of", 1)]  # "the council of 21 senior clergymen"
    elif words and words[-1] in r.term_after_words:
        words = words[:-1]  # "kementerian itu"
    else:
        return None
    if not 1 <= len(words) <= 3:
        return None
    if (two := " ".join(words[-2:])) in r.org_nouns:
        return two
    return words[-1] if words[-1] in r.org_nouns else None


def _named_orgs(r: Rules, people: People) -> list[tuple[int, str]]:
    """The organisations the story names, read once, when first needed."""
    if people.orgs is None:
        people.orgs, people.spelled = named_orgs(people.text, people.body_start, r)
    return people.orgs


def _org_before(head: str | None, at: int, r: Rules, people: People) -> str | None:
    """The organisation a description points back to: the last one named before ``at`` whose name
    holds the description's noun ("the council" after the "Higher Council of Ulema"), else the one
    that spoke or was put forward last, else the one named in the sentences just before ("the
    statement said" after "A statement by the Foreign Affairs Department ..."; for a description,
    whichever of the two came later)."""
    orgs = _named_orgs(r, people)
    i = bisect.bisect_left(orgs, (at, ""))
    named = orgs[max(0, i - 50) : i]  # bounded: linear however many organisations a story names
    if head:
        noun = head.split()[-1].capitalize()
        if found := next((name for _, name in reversed(named) if noun in name.split()), None):
            return found
    spoke = people.last_put_before(at, lambda name: name in people.spoke or _org_name(name, r))
    # (an institution, "the court", is one named with its noun or one that spoke, never any other
    # organisation named nearby: the United States Trade Representative is no court)
    institution = head is not None and head.split()[-1].capitalize() in r.org_heads
    near = [(start, name) for start, name in named if start >= at - ORG_REACH and not institution]
    if near and (spoke is None or (head and near[-1][0] > spoke[0])):
        # a description may point to one named after the one that spoke ("Shares of the drugmaker,
        # Helix Inc, rose ... The company said"); "it" goes on with the one that spoke
        return near[-1][1]
    return spoke[1] if spoke else people.org


@cache
def _relatives() -> frozenset[str]:
    """The first words of the relative clauses of every language ("who", "yang")."""
    return frozenset(w.split()[0].lower() for w in load_all().relatives)


def _new_subject(qtext: str, m: re.Match[str]) -> bool:
    """After a quote that ends its sentence, a subject with a relative clause opens the next
    sentence rather than attributing the quote: '"... will offer an apology." Historian Ann
    Weller, who has tracked expeditions for decades, said such fights were rare.'"""
    if qtext[-1:] not in ".!?":
        return False
    between = m.string[m.end("who") : m.start("cue")].lstrip(" ,").split(None, 1)
    return bool(between) and between[0].lower() in _relatives()


def _named_in_full(word: str, at: int, r: Rules, people: People) -> str | None:
    """The last name of a place or an organisation before ``at`` that opens with the word, for a
    description by its first word alone ("the North" after "North Korea"); no person's."""
    last = None
    for m in r.name_run.finditer(people.text, max(people.body_start, at - ORG_REACH), at):
        tokens = m.group(0).split()
        if len(tokens) > 1 and tokens[0] == word:
            last = m.group(0)
    if last is None:
        return None
    if is_place(last) or _org_name(last, r):
        return last
    name = split_title(last, r)[0]
    person = name is not None and (" " in name or word.lower() in r.roles)  # "the President": a role
    return None if person else last


def _lowercase_name(phrase: str, near: int, r: Rules, people: People) -> str | None:
    """The name after a role in copy printed in lower case ('," central bank president carlos julio
    emanuel said'): up to four plain words after the role, the last of which the story prints
    capitalised somewhere (at a sentence start: "Emanuel was not ...")."""
    words = phrase.split()
    if not words or not all(w.isalpha() and w.islower() for w in words):
        return None
    at = max((k for k, w in enumerate(words) if w in r.roles), default=-1)
    name = words[at + 1 :]
    if at < 0 or not 1 <= len(name) <= 4:
        return None
    if any(w in r.not_names or w in r.tail_starts or w in CONNECTORS for w in name):
        return None
    # a plain search for the word near the quote (bounded: linear however many quotes a story has)
    capital, text = name[-1].capitalize(), people.text
    lo, hi = max(0, near - NAME_REACH), min(len(text), near + NAME_REACH)
    found = text.find(capital, lo, hi)
    while found >= 0:
        after = found + len(capital)
        if not text[found - 1 : found].isalpha() and not text[after : after + 1].isalpha():
            return " ".join(name)
        found = text.find(capital, after, hi)
    return None


def _org_pronoun_reports(sentence: str, r: Rules) -> str | None:
    """The organisation's pronoun as the subject of a speech verb in the sentence ("it said",
    "it also warned"), or None."""
    words = WORD_RE.findall(sentence)
    for k, word in enumerate(words):
        if word.lower() in r.org_pronouns and any(
            w.lower() in r.reporting_words for w in words[k + 1 : k + 3]
        ):
            return word
    return None


def _speaks(org: str, people: People) -> str:
    """An organisation speaks: "it" and "the paper" point back to it from here on."""
    people.org = org
    people.spoke.add(org)
    return org


def _org_name(name: str, r: Rules) -> bool:
    """An organisation's name: "OSK DMG" (acronyms), "Pathway Communications"."""
    words = name.split()
    return all(map(is_acronym, words)) or (len(words) > 1 and is_org(words, r))


def _speaking_org(phrase: str, at: int, r: Rules, people: People) -> str | None:
    """The organisation the words before a cue name: '," KCNA state media reported' (an acronym,
    then a lowercase description), '," it said' (the organisation that spoke last)."""
    words = phrase.split()
    if len(words) == 1 and words[0].lower() in r.org_pronouns:
        return _org_before(None, at, r, people)
    if 1 <= len(words) <= 4 and is_acronym(words[0]) and all(w.islower() for w in words[1:]):
        return _speaks(people.canonical(words[0], None), people)
    return None


def _apposed(m: re.Match[str], r: Rules) -> str:
    """A description, then a name between commas: "the militia chief in the town, Omar Haddad,
    said" is Omar Haddad; any other subject stays as it is."""
    who = m.group("who")
    if who[:1].isupper() and not r.anon_start.match(who + " "):
        return who
    named = bare_names(m.string[m.end("who") : m.start("cue")], r)
    return " ".join(t for t in (named[0][1], named[0][0]) if t) if named else who


def _resolve(who: str, cue: str, at: int, r: Rules, people: People) -> Said:
    who = who.strip()
    tokens = who.split()  # (kept as who.split() below)
    if len(tokens) > 2 and tokens[0].lower() in r.place_word_set and tokens[1].lower() in r.dates:
        tokens = tokens[2:]
        who = " ".join(tokens)  # "On Friday the South warned": when, then who
    if len(tokens) > 1 and tokens[-1].lower() in r.pronouns and r.anon_start.match(who):
        who = tokens[-1]  # "Speaking through an interpreter he added;": the pronoun is the subject
        tokens = [who]
    in_cue = cue.split()[-1:]
    if in_cue and in_cue[0].lower() in r.pronouns and not who[:1].isupper():
        who = in_cue[0]  # '," kata beliau lagi': the pronoun is in the cue
        tokens = [who]
    first = tokens[0] if tokens else ""
    if first.lower() in r.pronouns:
        who = first
    elif who[:1].isupper() and first.lower() not in {"the", "a", "an", "one"}:
        if len(tokens) > 1:  # (one word holds no blank for place_words to split at)
            who = r.place_words.split(who, maxsplit=1)[
                0
            ]  # "Iriansyah di Palembang": the speaker, not the place
        who = pick_run(who, r, people) or who
    low = who.lower()
    if low in r.org_pronouns:  # "It said ...": the organisation that spoke or was named last
        return Said(who, cue, _org_before(None, at, r, people), None)
    if low in r.pronouns or who == cue:
        gender = r.pronoun_gender.get(low)
        name = people.last_before(at, gender)
        if name and gender:
            people.gender.setdefault(name, gender)
        return Said(who, cue, name, people.names.get(name) if name else None)
    if not who[:1].isupper() and (
        r.term_after.fullmatch((desc := r.place_words.split(who, maxsplit=1)[0]).split()[-1])
        or (who.split()[-1] in r.term_after_words and _relatives() & set(low.split()))
    ):
        # "ujar istri aktor Irwansyah itu pada ...", "ujar atlet yang pernah bermain bersama Tony
        # Gunawan itu": a description that points back (not Irwansyah, not Tony Gunawan)
        if (head := _org_description(desc.lower(), r)) and (paper := _org_before(head, at, r, people)):
            return Said(who, cue, _speaks(paper, people), None)  # "jelas laporan itu": the paper quoted
        name = people.last_before(at)
        return Said(who, cue, name, people.names.get(name) if name else None)
    if not who[:1].isupper() and not r.anon_start.match(who + " ") and (run := pick_run(who, r, people)):
        name, title = split_title(run, r)  # '," said chief executive Ann Moore': a role, then the name
        if name and is_person(name):
            full = people.canonical(name, title)
            return Said(who, cue, full, title or people.names.get(full))
    if not who[:1].isupper() or low.split()[0] in {"the", "a", "an", "one"}:
        if (
            who[1:].islower()
            and (head := _org_description(low, r))
            and (described := _org_before(head, at, r, people))
        ):
            # "The paper said" after the Rodong Sinmun spoke, "the council said"
            return Said(who, cue, _speaks(described, people), None)
        if (named := r.surnamed.search(who)) is not None:
            full = people.canonical(named.group("name"), None)
            return Said(who, cue, full, people.names.get(full))
        if (anon := r.anon_start.match(who + " ")) and (inside := named_inside(who, anon.end(), r, people)):
            full = people.canonical(*inside[0])  # "kata seorang pedagang bendera Teguh (40)"
            if low.startswith("the ") and who[anon.end() : anon.end() + 1].isupper():
                _speaks(full, people)  # "the Rodong Sinmun said": no person takes an article
            return Said(who, cue, full, people.names.get(full))
        if (
            anon
            and (org := r.name_run.fullmatch(who, anon.end()))
            and split_title(org.group(0), r)[1] is None
        ):
            full = people.canonical(org.group(0), None)  # "The Foreign Ministry has said": it speaks
            _speaks(full, people)
            return Said(who, cue, full, None)
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
            return Said(who, cue, name, title)
        if (short := THE_WORD.fullmatch(who)) and (whole := _named_in_full(short.group(1), at, r, people)):
            return Said(who, cue, _speaks(whole, people), None)  # "the North warned" after North Korea
        return Said(who, cue, None, None)
    name, title = split_title(who, r)
    if not name:
        last = people.last_titled_before(at)
        return Said(who, cue, last, people.names.get(last) if last else None)
    full = people.canonical(name, title)
    return Said(who, cue, full, title or people.names.get(full))


def resolve_subject(m: re.Match[str], cue: str, at: int, r: Rules, people: People) -> Said:
    """The speaker of a speech verb's subject ("Kerry mengatakan", "the council, ..., said")."""
    who = m.group("who")
    apposition = m.string[m.end("rel") if m.groupdict().get("rel") else m.end("who") : m.start("cue")]
    if who[:1].isupper() and BARE_NAME.match(apposition) and (named := bare_names(apposition, r)):
        # "Ketua Kelompok Tani Maju Bersama, Sarinah, menyebutkan": the title, then the name
        title = " ".join(t for t in (split_title(who, r)[1] or who, named[0][1]) if t) or None
        full = people.canonical(named[0][0], title)
        return Said(who, cue, full, people.names.get(full) or title)
    if (
        not who[:1].isupper()
        and (ahead := m.string[max(0, m.start() - 8) : m.start()].split())
        and ahead[-1].lower() in r.place_word_set
        and (part := next((p.strip() for p in apposition.split(",") if p.strip()), None))
    ):
        # "In a statement issued in the capital, the council, the country's highest religious
        # authority, said": the words after the preposition are where, the apposition is who
        return _resolve(part, cue, at, r, people)
    return _resolve(_apposed(m, r), cue, at, r, people)


def resolve_who(who: str, cue: str, at: int, r: Rules, people: People) -> Said:
    """The speaker a phrase names ("Menurut Liu Wei"); with no phrase, whoever was put forward last."""
    if not who.strip():
        name = people.last_before(at)
        return Said(None, cue, name, people.names.get(name) if name else None)
    return _resolve(who, cue, at, r, people)


def resolve_after(after: str, at: int, r: Rules, people: People) -> Said:
    """The speaker of a cue after the content, read as after a direct quote (", kata dia.")."""
    if (m := NYA.match(after)) and m.group("cue").lower() in r.nya_verbs:
        return _resolve(m.group("cue"), m.group("cue"), at, r, people)
    if m := r.after_cue_who.match(after):
        return _resolve(_with_apposition(m, r, people), m.group("cue"), at, r, people)
    return Said(None, None, None, None)


def _sentence_before(text: str, lo: int, at: int) -> str:
    window_lo = max(lo, at - WINDOW)
    before = text[window_lo:at]
    ends = sentence_breaks(before, 0, len(before))  # SENTENCE_BREAK's matches, by literal scans
    return before[ends[-1] :] if ends else before


def _ends_with_phrase(words: list[str], phrases: frozenset[tuple[str, ...]]) -> bool:
    """Do the words end with one of the phrases ("so-called", "what it calls")?"""
    return any(tuple(words[-n:]) in phrases for n in (1, 2, 3, 4) if len(words) >= n)


def _sentence_intro(before: str, qtext: str, words: list[str], r: Rules) -> bool:
    """A whole sentence of speech after a colon, or after a speech verb and a comma, with no speaker
    next to the verb: 'A Christian, she prayed: "Don't desert us now."', '..., dan mengatakan,
    "Saya tidak mundur."'."""
    if len(words) < 3 or not qtext[:1].isupper() or qtext[-1] not in ".!?,":
        return False
    tail = before.rstrip()
    if tail.endswith(":"):
        return True
    last = tail[:-1].rsplit(None, 1)[-1:]
    return tail.endswith(",") and bool(last) and last[0].lower() in r.reporting_words


def _title_case(words: list[str]) -> bool:
    """ "Mutiara Hitam", "the Old Lady": a name or a title (a leading article aside)."""
    if len(words) > 1 and words[0].lower() in {"the", "a", "an", "si", "sang"}:
        words = words[1:]
    return all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def find_quotes(text: str, paragraphs: tuple[Paragraph, ...]) -> tuple[Quote, ...]:
    """The story's quotes, direct and reported, with their speakers."""
    return attribute_speakers(text, paragraphs, pair_marks(text, paragraphs))


def attribute_speakers(
    text: str, paragraphs: tuple[Paragraph, ...], candidates: list[Candidate]
) -> tuple[Quote, ...]:
    r = rules(load_all())  # names cross languages: an English Bernama story quotes a "Datuk"
    people = People(
        given_names=r.given_names, text=text, body_start=paragraphs[0].span[0] if paragraphs else 0
    )
    hits: list[Hit] = []
    prescan(text, paragraphs, r, people, hits)
    out: list[tuple[str, Said, Candidate, str]] = []  # the quote's text, speaker, marks and kind
    # (paragraph, speaker, title, end) of the last quote
    last: tuple[int, str | None, str | None, int] | None = None
    for c in candidates:
        qtext = quote_text(text, c)
        words = qtext.split()
        if not words:
            continue
        lo = paragraphs[c.paragraph].span[0]
        hi = paragraphs[c.last_paragraph].span[1]
        after = text[c.end : min(hi, c.end + WINDOW)]
        before = _sentence_before(text, lo, c.start)
        said: Said | None = None
        direct_intro = False
        if (m := NYA.match(after)) and m.group("cue").lower() in r.nya_verbs:
            said = _resolve(m.group("cue"), m.group("cue"), c.start, r, people)
        elif m := r.after_cue_who.match(after):
            said = _resolve(_with_apposition(m, r, people), m.group("cue"), c.start, r, people)
        elif (m := r.after_who_cue.match(after)) and not _new_subject(qtext, m):
            said = _resolve(_apposed(m, r), m.group("cue"), c.start, r, people)
        elif (
            qtext.endswith(",")  # '"...," the words before a cue'; after a full stop a new sentence may start
            and (
                (m := r.after_words_cue.match(after))
                # (a hard wrap inside lower-case words: '," central\nbank president carlos emanuel said')
                or ("\n" in after[:120] and (m := r.after_words_cue.match(after.replace("\n", " "))))
            )
        ):
            if run := last_person_run(m.group("who"), r, people):
                said = _resolve(run, m.group("cue"), c.start, r, people)
            elif lowered_name := _lowercase_name(m.group("who"), c.start, r, people):
                said = Said(m.group("who"), m.group("cue"), people.canonical(lowered_name, None), None)
            elif (org := _speaking_org(m.group("who"), c.start, r, people)) or m.group(
                "who"
            ).strip().lower() in r.org_pronouns:
                # ('," it said' with no organisation known: whoever spoke last unless a person, with
                # a title or a he or she, "trading company Tracomin SA said ... "...," it said')
                last_named = people.last_before(c.start)
                if (
                    not org
                    and last_named
                    and not people.names.get(last_named)
                    and last_named not in people.gender
                ):
                    org = last_named
                said = Said(m.group("who"), m.group("cue"), org, None)
        intro = before.rstrip().endswith((",", ":", ";"))  # both intro patterns end in "," ":" or ";"
        # "Smith told Reuters:" names Smith, not Reuters; "kata Rasmussen:" has only the cue-first shape
        if intro and (m := r.before_who_cue.search(before) or r.before_cue_who.search(before)):
            direct_intro = True
            if said is None:
                said = _resolve(_apposed(m, r), m.group("cue"), c.start, r, people)
        sentence_intro = intro and not direct_intro and _sentence_intro(before, qtext, words, r)
        if sentence_intro:  # 'she prayed: "Don't desert us now."', 'dan mengatakan, "Saya tidak mundur."'
            direct_intro = True
            lead = before.rstrip()[:-1].split()[-3:]
            if said is None and (pronoun := next((w for w in lead if w.lower() in r.pronouns), None)):
                said = _resolve(pronoun, lead[-1], c.start, r, people)  # she, of "she prayed:"
        # (no-break spaces read through the wrong code page, "Â\xa0", are blank too)
        mid_sentence = bool(before.strip(BLANK)) and not direct_intro
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
            report = main_subject(r, before) if lowered & r.reporting_words else None
            if (
                report is None
                and lowered & r.according_words
                and (according := last_match(r.according_who.finditer(before)))
            ):
                report = according  # 'Menurut Laksmi, platform wajib ... yang „lebih dari sekadar ..."'
            if (
                said is None
                and report is None
                and lowered & r.org_pronouns
                and (it := _org_pronoun_reports(before, r))
                and (org := _org_before(None, c.start, r, people))
            ):
                # '"...," it said, adding he would be taken to the Supreme Court "to face judgment"':
                # the organisation speaks, not the court the sentence names
                said = Said(it, None, org, None)
            if said is None and report is None and lowered & r.reporting_words - r.term_words:
                # "Wong ... menyambut baik langkah itu dan menyifatkannya sebagai "..."": the verb's
                # subject is not next to it; it is the person the sentence names, if it names one
                found = first_person(text, c.start - len(before), c.start, r)
                if found is not None:
                    full = people.canonical(*found[1])
                    said = Said(None, None, full, people.names.get(full))
            if said is None and report is None:
                continue  # a scare quote
            kind = "partial"
            if said is None and report is not None:
                said = resolve_subject(report, report.group("cue"), c.start, r, people)
        elif said is None:
            if (len(words) < 4 and not sentence_intro) or (_title_case(words) and len(words) <= 5):
                continue
            # a quote with no cue of its own goes on from the last speaker (broken by attribution, or the next paragraph)
            if last is not None and c.paragraph - last[0] <= 1 and last[1]:
                # "...," kata Lie. Direktur RSUD Petronela Risamasu menambahkan ... "Tim dokter ...":
                # someone put forward in a sentence after the last quote's own speaks, else the last
                # speaker goes on
                cue_end = SENTENCE_BREAK.search(text, last[3], c.start)
                since = people.put_forward_between(cue_end.end(), c.start) if cue_end else None
                said = (
                    Said(None, None, since, people.names.get(since))
                    if since
                    else Said(None, None, last[1], last[2])
                )
            elif name := people.last_before(c.start):
                # the person the sentences before put forward: "Datuk K Ramasamy berkata, ...\n\n"JKR ..."
                said = Said(None, None, name, people.names.get(name))
            else:
                said = Said(None, None, None, None)
        assert said is not None  # every branch above found a speaker (or none) or went on
        if said.name:
            people.put_forward(c.start, said.name)
            if _org_name(said.name, r) or said.name in people.spoke:
                _speaks(said.name, people)  # "OSK DMG said", "Pathway Communications said": "it" is that one
        last = (c.last_paragraph, said.name, said.title, c.end)
        out.append((qtext, said, c, kind))
    # names as the whole story gives them, now that every short mention is known (and what the
    # acronyms among them stand for)
    if any(map(is_acronym, people.forward)):
        _named_orgs(r, people)
    shown = _shown(out, people)
    marked = [
        Quote(
            text=qtext,
            speaker=shown[said.name],
            speaker_mention=repair(said.mention) if said.mention else None,
            cue=said.cue,
            paragraph=c.paragraph,
            kind=kind,
            speaker_title=repair(said.title) if said.title else None,
            span=(c.start, c.end),
        )
        for qtext, said, c, kind in out
    ]
    direct = sorted(q.span for q in marked if q.kind == "direct")
    reported = find_reported(text, paragraphs, hits, direct, r, people)
    if not reported:
        return tuple(marked)
    return tuple(sorted((*marked, *reported), key=lambda q: (q.paragraph, q.span[0])))


def _shown(out: list[tuple[str, Said, Candidate, str]], people: People) -> dict[str | None, str | None]:
    """Each speaker's name as the output gives it (``people.display``), once a name: nothing changes
    the people while the quotes are made, and quotes share speakers (tests/test_speakers_scan.py)."""
    return {name: people.display(name) for name in {said.name for _, said, _, _ in out}}
