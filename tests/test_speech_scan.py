"""The speech scan's cheaper forms find exactly what the patterns they stand for find.

``speech.alt`` (a tree of shared prefixes) against ``patterns.alt``; ``speech.name_runs`` against
``name_run.finditer``; ``subjects.sentence_breaks`` against ``SENTENCE_BREAK``;
``speech.reporting_verbs`` against ``reporting_verb.finditer``; ``People.canonical``'s kept
answers against answers worked out afresh. Each is checked at
every position of short texts built to hit the edges (a word that is the start of another, case, a
gap of several spaces, marks in a run) and over the fixtures, samples and dev stories when there.
"""

from __future__ import annotations

import random
import re

import pytest

from newsparse import speech, subjects
from newsparse.lang import CODES, load, load_all
from newsparse.names import is_person, split_title
from newsparse.patterns import UPPER
from newsparse.patterns import alt as flat_alt
from newsparse.people import PARTICLE, People
from newsparse.subjects import SENTENCE_BREAK, sentence_breaks

from .conftest import story_texts

STORIES = story_texts(60)


def _fuzz(words: list[str], seed: int, n: int = 600) -> str:
    """The words cut short, in mixed case, with odd gaps and glued endings, in a random order."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        w = rng.choice(words)
        w = "".join(c.upper() if rng.random() < 0.2 else c for c in w)
        w = w.replace(" ", rng.choice([" ", "  ", "\n", "\t"]))
        out.append(w[: rng.randint(1, len(w))] if rng.random() < 0.2 else w)
        out.append(rng.choice([" ", "", ".", "-", "x", "nya", "'s", ",", "\u017f", "\u212a", "\u0130", "é"]))
    return "".join(out)


def _spans(p: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in p.finditer(text)]


@pytest.mark.parametrize(
    ("words", "kw"),
    [
        (["kata", "katanya", "kata dia", "berkata", "dilaporkan", "dilaporkan berkata"], {}),
        (["said", "says", "saying", "told", "told reporters"], {}),
        (["Dr.", "Dr", "Drs.", "Sen.", "U.S.", "U.N."], {"boundary": False}),
        (["Menurut", "menurut", "According to", "according"], {"ignore_case": True}),
        (["the", "a", "an", "another", "salah seorang", "salah satu", "seorang"], {"ignore_case": True}),
    ],
    ids=["id-verbs", "en-verbs", "titles", "according", "determiners"],
)
def test_tree_alt_matches_flat_alt(words: list[str], kw: dict[str, bool]) -> None:
    tree, flat = re.compile(speech.alt(words, **kw)), re.compile(flat_alt(words, **kw))
    text = _fuzz(words, seed=len(words))
    assert _spans(tree, text) == _spans(flat, text)
    for at in range(len(text)):
        a, b = tree.match(text, at), flat.match(text, at)
        assert (a and a.span()) == (b and b.span()), text[at : at + 20]


def test_tree_alt_on_the_language_data() -> None:
    """Every word list the speech rules build from, over the stories and fuzz of its own words."""
    lists = [lang.speech_verbs for lang in (load_all(), *map(load, CODES))]
    lang = load_all()
    lists += [lang.reporting_verbs, lang.pronouns, lang.determiners, lang.according, lang.titles]
    stories = "\n\n".join(STORIES)
    for k, words in enumerate(lists):
        for kw in ({}, {"ignore_case": True}, {"boundary": False}):
            tree, flat = re.compile(speech.alt(words, **kw)), re.compile(flat_alt(words, **kw))
            for text in (stories, _fuzz([w for w in words if w], seed=k)):
                assert _spans(tree, text) == _spans(flat, text), (words[:3], kw)


def test_tree_alt_shares_prefixes() -> None:
    assert speech.alt(["mengatakan", "menegaskan"]) == r"\bmen(?:egaskan\b|gatakan\b)"
    assert speech.alt(["kata", "kata dia"]) == r"\bkata(?:\s+dia\b|\b)"
    assert speech.alt(["Kata"], ignore_case=True) == r"(?i:\b(?-i:[Kk])ata\b)"


def test_error_tree_alt_leaves_other_words_to_patterns_alt() -> None:
    """Words beyond ASCII, or opening with a mark where a boundary is asked for, keep the flat form."""
    assert speech.alt(["Señor", "Sr."]) == flat_alt(["Señor", "Sr."])
    assert speech.alt(['"kata']) == flat_alt(['"kata'])
    assert speech.alt([]) == "(?!)"


def _mark_texts() -> list[str]:
    rng = random.Random(7)
    pieces = [
        "A",
        "b",
        "1",
        ".",
        "!",
        "?",
        "..",
        "?!",
        " ",
        "\n",
        '"',
        "”",
        "’",
        "'",
        ")",
        "]",
        "(",
        "“",
        "U.S.",
        "Dr.",
        "é",
        "É",
    ]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(4000)] + STORIES


def _ranges(text: str) -> list[tuple[int, int]]:
    n = len(text)
    return [(0, n), (n // 3, n), (min(1, n), max(1, n - 2)), (n // 2, min(n, n // 2 + 7))]


def test_sentence_breaks_are_sentence_break_ends() -> None:
    for text in _mark_texts():
        for lo, hi in _ranges(text):
            want = [m.end() for m in SENTENCE_BREAK.finditer(text, lo, hi)]
            assert sentence_breaks(text, lo, hi) == want, (text, lo, hi)


@pytest.mark.parametrize(
    "text",
    [
        "Menurut Presiden Joko Widodo, harga naik.",
        "Kata al-Assad dan Bashar al-Assad kepada Reuters.",  # a particle opens a run
        "Frank-Walter Steinmeier said; ul-Haq, el-Sayed, bin Laden.",
        "Dr. Ingrid Halvorsen, a marine biologist, said it.",
    ],
    ids=["plain", "particle", "hyphens", "title"],
)
def test_name_runs_match_name_run(text: str) -> None:
    r = speech.rules(load_all())
    for lo in range(len(text)):
        want = [m.span() for m in r.name_run.finditer(text, lo, len(text))]
        assert [m.span() for m in speech.name_runs(r, text, lo, len(text))] == want


def test_error_capital_run_misses_a_particle() -> None:
    """capital_run stands for name_run only where no hyphen comes before a capital: a particle at
    a run's start or inside it ("Presiden Bashar al-Assad") is left out."""
    r = speech.rules(load_all())
    for text in ("Kata al-Assad kepada", "Kata Presiden Bashar al-Assad kepada"):
        assert _spans(r.capital_run, text) != _spans(r.name_run, text)
        assert [m.span() for m in speech.name_runs(r, text, 0, len(text))] == _spans(r.name_run, text)


def test_name_runs_over_the_stories() -> None:
    r = speech.rules(load_all())
    for text in STORIES:
        want = [m.span() for m in r.name_run.finditer(text)]
        assert [m.span() for m in speech.name_runs(r, text, 0, len(text))] == want


@pytest.mark.parametrize(
    "text",
    [
        "Dia berkata, mereka mengatakan bahwa ia menyatakan.",
        "mengatakan di awal; kata-kata (said) and said— “told” éberkata ébsaid _said 9said said",
        "He said  said\nsaid\tsaid, pointed out; pointed  out. dilaporkan berkata, dipetik\nberkata",
        "unsaid resaid said_ saidx 'said' \"told\" -told- /told/ ısaid Éberkata ĳtold",
    ],
    ids=["id", "marks", "gaps", "glued"],
)
def test_reporting_verbs_match_reporting_verb(text: str) -> None:
    """At every start and end, on edges: a verb at the start, after a mark, after a letter beyond
    ASCII (no boundary), glued to a word after it, two words with odd gaps."""
    r = speech.rules(load_all())
    assert r.verb_after is not None
    for lo in range(len(text)):
        for hi in (len(text), max(lo, len(text) - 5), min(len(text), lo + 12)):
            want = [m.span() for m in r.reporting_verb.finditer(text, lo, hi)]
            assert list(speech.reporting_verbs(r, text, lo, hi)) == want, (lo, hi)


def test_reporting_verbs_over_the_stories_and_fuzz() -> None:
    r = speech.rules(load_all())
    lang = load_all()
    words = [*lang.reporting_verbs, *lang.indirect_verbs, *lang.indirect_participles]
    for text in [*STORIES, _fuzz(words, seed=3, n=3000)]:
        want = [m.span() for m in r.reporting_verb.finditer(text)]
        assert list(speech.reporting_verbs(r, text, 0, len(text))) == want


def test_canonical_answers_follow_the_record() -> None:
    """A kept answer is given again only while the record it was read from is unchanged."""
    people = People()
    assert people.canonical("Rasmussen", None) == "Rasmussen"
    assert people.canonical("Rasmussen", None) == "Rasmussen"  # kept
    assert people.canonical("Anders Fogh Rasmussen", "Sekjen NATO") == "Anders Fogh Rasmussen"
    assert people.canonical("Rasmussen", None) == "Anders Fogh Rasmussen"  # a fuller name since
    assert people.short["Anders Fogh Rasmussen"] == {"Rasmussen"}
    people.call("Bowo", "Arif Wicaksono")
    assert people.canonical("Bowo", None) == "Arif Wicaksono"  # a short name called since
    # a title given later: initials then stand for the first titled name they fit
    people = People()
    assert people.canonical("Siti Budi Yanti", None) == "Siti Budi Yanti"
    assert people.canonical("Susilo Bambang Yudhoyono", "Presiden") == "Susilo Bambang Yudhoyono"
    assert people.canonical("SBY", None) == "Susilo Bambang Yudhoyono"
    assert people.canonical("Siti Budi Yanti", "Menteri") == "Siti Budi Yanti"
    assert people.names["Siti Budi Yanti"] == "Menteri"
    assert people.canonical("SBY", None) == "Siti Budi Yanti"


def test_canonical_kept_answers_change_nothing_over_the_stories() -> None:
    """Every story's people named with answers kept and with none kept: the same names, titles,
    short mentions and aliases."""

    class Fresh(People):
        def canonical(self, name: str, title: str | None) -> str:
            self.answers.clear()
            return super().canonical(name, title)

    r = speech.rules(load_all())
    for text in STORIES:
        kept, fresh = People(), Fresh()
        for record in (kept, fresh):
            for m in r.name_run.finditer(text):
                name, title = split_title(m.group(0), r)
                if is_person(name):
                    record.canonical(name, title)
                    record.canonical(name.split()[-1], None)
        assert (kept.names, kept.short, kept.alias, kept.by_token) == (
            fresh.names,
            fresh.short,
            fresh.alias,
            fresh.by_token,
        )


def test_subject_window_cut_at_a_stop_finds_what_the_whole_window_finds() -> None:
    """The subject search cut after a full stop that ends a lowercase word finds what the search over
    the whole window finds: on invented edges (a title, initials, a stop after a run that opens
    before the window, glued marks) and over the stories."""
    r = speech.rules(load_all())
    assert r.stop_cuts
    pieces = [
        "ditambah. ",
        "Dr. ",
        "Prof. ",
        "xDr. ",
        "(Dr. ",
        "U.S. ",
        "U.s. ",
        "H. ",
        "2024. ",
        "al-Assad. ",
        "Kepala Balai ",
        "Wulan Prameswari",
        ", 48,",
        " ",
        "dia ",
        "the minister ",
        "seorang pejabat ",
        "é. ",
        "mengatakan",
        " said",
        ".",
    ]
    rng = random.Random(11)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(3000)]
    for text in [*texts, *STORIES]:
        for verb_start, verb_end in speech.reporting_verbs(r, text, 0, len(text)):
            for floor in (0, max(0, verb_start - 30)):
                whole = r.reporting_at.search(
                    text, subjects._subject_window(text, floor, verb_start), verb_end
                )
                cut = r.reporting_at.search(
                    text, subjects._subject_window(text, floor, verb_start, r), verb_end
                )
                assert (whole and whole.span()) == (cut and cut.span()), text


# ``speech.rules`` cuts the hopeless tries of the subject patterns: a name's first word followed
# by what the rest needs (``SUBJECT_NEXT``), a described subject's words taken whole, a verb's
# subject tried only where one may open (``who_opens``). The forms they stand for are the same
# patterns without the cuts.
_OPENS = speech.who_opens(load_all())
_CUTS = ((rf"(?={speech.SUBJECT_NEXT})", ""), (r"[\w-]*+", r"[\w-]*"), (_OPENS, ""))


def _subject_patterns(change: tuple[tuple[str, str], ...]) -> list[re.Pattern[str]]:
    """The subject patterns (a verb's subject, a sentence's, the speaker after or before a quote),
    their texts changed."""
    r = speech.rules(load_all())
    out = []
    for p in (r.reporting_at, r.reporting, r.after_who_cue, r.before_who_cue, r.before_cue_who):
        text = p.pattern
        for new, old in change:
            text = text.replace(new, old)
        assert change == ((new, old),) or text != p.pattern  # each pattern holds a cut
        out.append(re.compile(text, p.flags))
    return out


_SUBJECT_PIECES = [
    *("Ahmad", "Wulan Prameswari", "Tan Sri Dr Wong", "al-Assad", "Dr.", "U.N.K.", "(45)", "(APUN)"),
    *("the 74-year-old", "the minister", "seorang pejabat", "Seorang pemilik kedai", "salah seorang warga"),
    *("dia", "He", "yang juga Ketua", "who is also", "a senior official at the authority", "also", "juga"),
    *(
        "said",
        "told",
        "mengatakan",
        "berkata",
        "(",
        " ",
        "  ",
        "\n",
        ", ",
        ",",
        ".",
        "-",
        "'s",
        '"',
        "é",
        "x",
    ),
]


def _subject_texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    edges = ["Ahmad(45) said.", '"Ya," the 74-year-old said.', "Kata U.N.K. Tan berkata, dia"]
    return edges + ["".join(rng.choice(_SUBJECT_PIECES) for _ in range(rng.randint(1, 16))) for _ in range(n)]


def _found(patterns: list[re.Pattern[str]], text: str) -> list[object]:
    """What the subject patterns find in a text, as the parser asks them: a verb's subject in its
    windows, every subject of a sentence, the speaker after a quote mark or comma and before it."""
    r = speech.rules(load_all())
    at, reporting, after_who, *before = patterns
    found: list[object] = []
    for verb_start, verb_end in speech.reporting_verbs(r, text, 0, len(text)):
        for floor in (0, max(0, verb_start - 30), max(0, verb_start - 1)):
            m = at.search(text, subjects._subject_window(text, floor, verb_start, r), verb_end)
            found.append(m and m.regs)
    found.append([m.regs for m in reporting.finditer(text)])
    for mark in (k + 1 for k, c in enumerate(text) if c in '",”'):
        m = after_who.match(text, mark)
        found.append(m and m.regs)
        found += [(m := p.search(text, 0, mark - 1)) and m.regs for p in before]
    return found


def _differences(cut: list[re.Pattern[str]], whole: list[re.Pattern[str]], texts: list[str]) -> list[str]:
    return [text for text in texts if _found(cut, text) != _found(whole, text)]


# a subject after a particle that opens no pronoun or determiner ("el-", "ul-"), a lowercase pronoun
# or determiner
_OPENING_EDGES = ["el-Sayed said", "Kata ul-Haq mengatakan", "dia mengatakan", "the minister said"]


def test_subject_cuts_find_what_the_whole_patterns_find() -> None:
    r = speech.rules(load_all())
    cut = [r.reporting_at, r.reporting, r.after_who_cue, r.before_who_cue, r.before_cue_who]
    texts = _OPENING_EDGES + _subject_texts(5, 2000) + STORIES
    assert _differences(cut, _subject_patterns(_CUTS), texts) == []


@pytest.mark.parametrize(
    "wrong",
    [(rf"(?={speech.SUBJECT_NEXT})", r"(?=[\s,])"), (r"[\w-]*+", r"\w*+")],
    ids=["no-bracket-after-a-name", "no-hyphen-in-a-word"],
)
def test_error_a_wrong_cut_is_caught(wrong: tuple[str, str]) -> None:
    """A cut that drops real matches (a name glued to its age, "Ahmad(45) said"; a word with a
    hyphen, "the 74-year-old said") finds other matches on the texts above."""
    broken = _subject_patterns((wrong,))
    assert _differences(broken, _subject_patterns(_CUTS), _subject_texts(5, 2000))


def test_who_opens_holds_every_first_character() -> None:
    """Each pronoun's and determiner's first character, in either case, and a capital pass."""
    opens = re.compile(_OPENS)
    lang = load_all()
    for w in (*lang.pronouns, *lang.determiners):
        assert opens.match(w) and opens.match(w[0].swapcase() + w[1:]), w
    for w in ("Ahmad", "\u00c9ric", "\u00d8ystein", "al-Assad", "el-Sayed", "ul-Haq", "bin-Salman"):
        assert opens.match(w), w
    assert not opens.match(" dia") and not opens.match("xdia") and not opens.match("el Sayed")


@pytest.mark.parametrize(
    "wrong",
    [rf"(?=[{UPPER}]|{PARTICLE})", _OPENS.replace(f"|{PARTICLE}", "")],
    ids=["no-pronoun-or-determiner", "no-particle"],
)
def test_error_a_subject_opening_left_out_is_caught(wrong: str) -> None:
    """A lookahead that turns away a real subject's first character ("dia mengatakan", "el-Sayed
    said") finds other matches than the patterns without it."""
    broken = _subject_patterns(((_OPENS, wrong), *_CUTS[:2]))
    assert wrong in broken[0].pattern
    assert _differences(broken, _subject_patterns(_CUTS), _OPENING_EDGES + _subject_texts(5, 300))


_SENTENCE_CUTS = ((rf"(?={speech.SUBJECT_NEXT})", ""), (r"\w*+", r"\w*"), (r"\w++", r"\w+"))


def _sentence_subjects(p: re.Pattern[str], texts: list[str]) -> list[object]:
    """``p.match`` at every capital of a short text and at every sentence start of a story."""
    found: list[object] = []
    for text in texts:
        starts = range(len(text)) if len(text) < 400 else [0, *sentence_breaks(text, 0, len(text))]
        found += [(m := p.match(text, k)) and m.regs for k in starts if text[k : k + 1].isupper()]
    return found


def _sentence_texts() -> list[str]:
    rng = random.Random(9)
    pieces = [
        *_SUBJECT_PIECES,
        "Sementara itu, ",
        "dan",
        " and ",
        "SE",
        "M.Si",
        "(Persero)",
        ", 48,",
        "Ramon dela Paz",
    ]
    edges = ["Ahmad(45) mendukung langkah itu.", "Sementara itu, Ahmad Dahlan, SE, M.Si mengatakan"]
    return edges + ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 16))) for _ in range(2000)]


def test_sentence_subject_cuts_find_what_the_whole_pattern_finds() -> None:
    r = speech.rules(load_all())
    whole = r.subject.pattern
    for new, old in _SENTENCE_CUTS:
        assert new in whole
        whole = whole.replace(new, old)
    texts = _sentence_texts() + STORIES
    assert _sentence_subjects(r.subject, texts) == _sentence_subjects(re.compile(whole), texts)


def test_error_a_wrong_sentence_cut_is_caught() -> None:
    """The name's words followed by a space or a comma only: "Ahmad(45) mendukung" is lost."""
    r = speech.rules(load_all())
    whole, broken = r.subject.pattern, r.subject.pattern.replace(_SENTENCE_CUTS[0][0], r"(?=[\s,])")
    for new, old in _SENTENCE_CUTS:
        whole = whole.replace(new, old)
    texts = _sentence_texts()
    assert _sentence_subjects(re.compile(broken), texts) != _sentence_subjects(re.compile(whole), texts)


_OLD_PARTICLE = "(?:(?:el|al|ul|ad|as|ash|ar|bin|abu)-)"  # the flat list the tree stands for


_INITIALS = rf"[{UPPER}]\.(?:[{UPPER}]\.(?:[{UPPER}]\.|)|)"
_OLD_INITIALS = rf"(?:[{UPPER}]\.){{1,3}}"


def _particle_runs(
    particle: str, texts: list[str], initials: str = _OLD_INITIALS
) -> list[list[tuple[int, int]]]:
    """name_run's runs over the texts, the tree of particles replaced by ``particle`` (tried as
    ``?``) and the initials' branches by ``initials``, as they were written before."""
    r = speech.rules(load_all())
    text = r.name_run.pattern.replace(f"(?:{PARTICLE}|)", f"{particle}?").replace(PARTICLE, particle)
    text = text.replace(_INITIALS, initials)
    assert PARTICLE not in text and _INITIALS not in text
    p = re.compile(text)
    return [_spans(p, t) for t in texts]


def _particle_texts() -> list[str]:
    rng = random.Random(13)
    particles = [
        "el-",
        "al-",
        "ul-",
        "ad-",
        "as-",
        "ash-",
        "ar-",
        "bin-",
        "abu-",
        "abu",
        "ab-",
        "a-",
        "ashr-",
    ]
    pieces = [*particles, "Assad", "Sayed", "Shami", "Haq", "Bashar ", "Presiden ", " ", "-", "x", "É"]
    pieces += ["U.", "S.", "É.", "M. ", "Dr.", "A.B.C.D.", ".", "C.S. Venkat"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(3000)]


def test_particle_tree_finds_the_flat_lists_runs() -> None:
    texts = _particle_texts() + STORIES
    r = speech.rules(load_all())
    assert [_spans(r.name_run, t) for t in texts] == _particle_runs(_OLD_PARTICLE, texts)


def test_error_a_particle_left_out_is_caught() -> None:
    broken = _OLD_PARTICLE.replace("|ash", "")
    texts = _particle_texts()
    assert _particle_runs(broken, texts) != _particle_runs(_OLD_PARTICLE, texts)


def test_error_initials_cut_short_are_caught() -> None:
    texts = _particle_texts()
    broken = _particle_runs(_OLD_PARTICLE, texts, initials=rf"(?:[{UPPER}]\.){{1,2}}")
    assert broken != _particle_runs(_OLD_PARTICLE, texts)


def _age_texts() -> list[str]:
    """Texts where an age may follow a word: spaces of every kind (a no-break space, a line break,
    the NEL that ``\\s`` reads as a space), commas and brackets, digits of other scripts."""
    rng = random.Random(17)
    pieces = ["Taufik", " ", "  ", "\n", "\u00a0", "\u0085", "\u2003", ",", "(", ")", "56", "4", "1234"]
    pieces += ["\u0661\u0662", "x", ".", "Hasnah Mahmud"]
    edges = [
        "Taufik (56)",
        "Taufik, 56,",
        "Taufik \n, 56 ,",
        "Taufik  (56)",
        "Taufik\u00a0(56)",
        "Taufik x, 5,",
    ]
    return edges + ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))) for _ in range(4000)]


def _age_misses(may_be_age: object) -> list[tuple[str, int, int]]:
    """The places where ``AGE`` matches (the scan's end at the text's end, or cut short) that the
    pre-test turns away: none may be."""
    misses = []
    for text in _age_texts() + STORIES:
        ends = {len(text)}
        for at in range(len(text) + 1):
            for hi in (*ends, min(len(text), at + 3)):
                if subjects.AGE.match(text, at, hi) and not may_be_age(text, at):  # type: ignore[operator]
                    misses.append((text, at, hi))
    return misses


def test_may_be_age_lets_every_age_through() -> None:
    assert _age_misses(subjects.may_be_age) == []
    # and it turns the usual places away: a word followed by a lowercase word or a full stop
    assert not subjects.may_be_age("Taufik mengatakan", 6) and not subjects.may_be_age("Taufik.", 6)
    assert not subjects.may_be_age("Taufik", 6) and subjects.may_be_age("Taufik \n(56)", 6)


def test_error_may_be_age_without_the_second_space_is_caught() -> None:
    """A pre-test that reads one space only misses "Taufik \\n, 56 ,"."""

    def one_space(text: str, at: int) -> bool:
        first, second = text[at : at + 1], text[at + 1 : at + 2]
        return first in (",", "(") or (first.isspace() and second in (",", "("))

    assert _age_misses(one_space)


def _windows(texts: list[str], stops: object) -> list[int]:
    """Each verb's subject window (floors at the paragraph start and just before the verb), the
    marks cut at given by ``stops`` (a function of the text)."""
    r = speech.rules(load_all())
    found = []
    for text in texts:
        marks = stops(text)  # type: ignore[operator]
        for verb_start, _ in speech.reporting_verbs(r, text, 0, len(text)):
            for floor in (0, max(0, verb_start - 30)):
                found.append(subjects._subject_window(text, floor, verb_start, r, marks))
    return found


def _stop_texts() -> list[str]:
    rng = random.Random(19)
    pieces = [
        '"',
        ";",
        "\u201c",
        "\u201d",
        "\u2019",
        "'",
        "Kata Budi",
        " ",
        ", ",
        "mengatakan",
        " said",
        "dia",
    ]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(3000)]


def test_subject_window_cuts_at_the_marks_the_text_holds() -> None:
    """Looking only for the marks the story holds cuts every window where all four marks cut it."""
    texts = _stop_texts() + STORIES
    held = _windows(texts, lambda text: "".join(c for c in subjects.SUBJECT_STOPS if c in text))
    assert held == _windows(texts, lambda text: subjects.SUBJECT_STOPS)


def test_error_a_mark_left_out_of_the_window_cut_is_caught() -> None:
    texts = _stop_texts()
    held = _windows(texts, lambda text: "".join(c for c in subjects.SUBJECT_STOPS[1:] if c in text))
    assert held != _windows(texts, lambda text: subjects.SUBJECT_STOPS)


def _person_names() -> list[str]:
    """Every name run of the stories, each word of them, and names with digits of every kind."""
    r = speech.rules(load_all())
    names = [m.group(0) for text in STORIES for m in r.name_run.finditer(text)]
    names += [w for n in names for w in n.split()]
    edges = [
        "Budi2",
        "Budi 2",
        "R2 D2",
        "Budi\u0661",
        "Budi\u00b2",
        "Siti\tAminah",
        "O'Neill",
        "A.B.",
        "\u0663",
    ]
    return names + edges + ["a b c d e f", "a b c d e f g", " ", "Budi\n7"]


def _is_person_by_pattern(name: str) -> bool:
    return bool(name) and len(name.split()) <= 6 and not re.search("[0-9]", name)


def test_is_person_matches_the_digit_pattern() -> None:
    for name in _person_names():
        assert is_person(name) == _is_person_by_pattern(name), name


def test_error_a_digit_test_by_isalnum_is_caught() -> None:
    def broken(name: str) -> bool:
        return bool(name) and len(name.split()) <= 6 and name.replace(" ", "").isalnum()

    assert any(broken(n) != _is_person_by_pattern(n) for n in _person_names())
