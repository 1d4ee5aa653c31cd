"""The footer and tail line stages' cheaper forms find exactly what the patterns they stand for find.

``footers.marker_matches`` tries the glued-footer marker only near the footer hints of a line; it
must give what one ``marker.finditer`` over the whole line gives. Checked on every line of the
fixtures, samples and dev stories that holds a hint, and on invented lines built to hit the edges
(a label far from its colon, "Hak   Cipta", "--  BERNAMA", case folds re takes that ``str.lower``
does not give, "&copy;").

``footers.footer_hints`` looks for a phrase's first word only when it is one of the text's words,
and takes it only where it stands as a word; it must leave the marker every hint it needs: on each
line, what the marker finds near its hints (nothing when it has none) is what it finds near the
hints of the form it stands for (every first word found wherever it stands, kept below).
"""

from __future__ import annotations

import random
import re
from bisect import bisect_left
from collections.abc import Callable

import pytest

from newsparse import footers, patterns, tail
from newsparse.credits import sort_labels
from newsparse.footers import footer_hints, marker_matches, rules
from newsparse.lang import load_all

from .conftest import story_texts


def _spans(matches: list[re.Match[str]]) -> list[tuple[int, int, str | None]]:
    return [(*m.span(), m.lastgroup) for m in matches]


def _check(line: str, hints: list[int]) -> None:
    r = rules(load_all())
    want = _spans(list(r.marker.finditer(line)))
    assert _spans(marker_matches(line, r, hints)) == want, line


def test_marker_near_hints_on_the_stories() -> None:
    r = rules(load_all())
    lines = 0
    for text in story_texts():
        hints = footer_hints(text, r)
        at = 0
        for line in text.split("\n"):
            start, at = at, at + len(line) + 1
            i, j = bisect_left(hints, start), bisect_left(hints, start + len(line))
            if i < j:
                lines += 1
                _check(line, [h - start for h in hints[i:j]])
    assert lines > 200  # the fixtures and samples alone hold more than 200 such lines


def _hints_every_find(text: str, r: footers._Rules) -> list[int]:
    """The form ``footer_hints`` stands for: each phrase's first word and each symbol found wherever it
    stands in the lowercased text."""
    keys = r.marker_keys
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) > 1 else c.lower() for c in text)
    hints = [m.start() for m in footers.STAFF_OPEN.finditer(text)]
    for colon in (":", "\uff1a"):
        at = low.find(colon)
        while at >= 0:
            end = at
            while end > 0 and low[end - 1].isspace():
                end -= 1
            reach = 100
            while (
                len(before := " ".join(low[max(0, end - reach) : end].split())) < keys.longest and reach < end
            ):
                reach *= 4
            if before.endswith(keys.label_ends):
                hints.append(at)
            at = low.find(colon, at + 1)
    every = [key for group in keys.words.values() for key in group]
    every += [(word, phrases) for word, phrases, _ in keys.symbols]
    for word, phrases in every:
        at = low.find(word)
        while at >= 0:
            if phrases is None or phrases.match(low, at):
                hints.append(at)
            at = low.find(word, at + 1)
    return sorted(hints)


def _found_near_hints(text: str, hints: list[int]) -> list[tuple[int, int, str | None]]:
    """What the marker finds on each line of ``text`` near its hints, as the footer stage runs it
    (a line with no hint is not looked at), with offsets in ``text``."""
    r = rules(load_all())
    out = []
    at = 0
    for line in text.split("\n"):
        start, at = at, at + len(line) + 1
        i, j = bisect_left(hints, start), bisect_left(hints, start + len(line))
        if i < j:
            out += [
                (a + start, b + start, g)
                for a, b, g in _spans(marker_matches(line, r, [h - start for h in hints[i:j]]))
            ]
    return out


def _same_as_every_find(texts: list[str], hints: Callable[[str, footers._Rules], list[int]]) -> list[str]:
    """The texts on which ``hints`` (checked to be among the old form's hints) leaves the marker
    something other than the old form does."""
    r = rules(load_all())
    differ = []
    for text in texts:
        new, old = hints(text, r), _hints_every_find(text, r)
        assert set(new) <= set(old), text
        if _found_near_hints(text, new) != _found_near_hints(text, old):
            differ.append(text)
    return differ


# first words inside other words, before and after marks beyond ASCII, the keys' odd folds
WORD_PIECES = [
    "nearby",
    "By registering, you agree",
    "\u201cBy registering, you agree",
    "\u00e9by registering, you agree",
    "by\u00e9",
    "Langganan",
    "pelanggan",
    "Langgan",
    "ADVERTISEMENTS",
    "Advertisement",
    "Slideshow",
    "IKLAN",
    "diiklankan",
    "Our Standards:",
    "your standards:",
    "Keywords:",
    "keywords_",
    "A- A+",
    "AA- A+",
    "(c)",
    "abc(c)",
    "(End)",
    "(Graphic: x)",
    "* Cek Fakta",
    "Cek Fakta:",
    "Ikuti berita terkini",
    "I\u212auti berita terkini",
    "Kli\u212a di sini",
    "Follow AP\u2019s coverage",
    "This version corrects",
    "thistle version corrects",
    "SavitriCopyright",
    "Editing by",
    "reediting by",
    "_Editing by",
    "2024editing by",
]


def _word_fuzz(seed: int) -> str:
    rng = random.Random(seed)
    pieces = [*WORD_PIECES, *_pieces()]
    out = []
    for _ in range(rng.randint(1, 30)):
        w = rng.choice(pieces)
        out.append("".join(c.upper() if rng.random() < 0.1 else c for c in w))
        out.append(rng.choice([" ", "", ".", "-", "x", "\u00e9", "\u201d", "_", "1", "\n", "\u00a0"]))
    return "".join(out)


def _word_texts() -> list[str]:
    return [
        *story_texts(),
        *(_word_fuzz(seed) for seed in range(3000)),
        *(_fuzz(seed) for seed in range(1000)),
    ]


def test_first_words_as_words_leave_every_marker() -> None:
    texts = _word_texts()
    assert _same_as_every_find(texts, footer_hints) == []
    r = rules(load_all())
    # it does leave out hints: first words inside others ("nearby", "pelanggan")
    assert sum(len(_hints_every_find(t, r)) - len(footer_hints(t, r)) for t in texts) > 1000


def test_first_words_check_catches_a_broken_form(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check above fails for a form that takes the symbols only as words ("SavitriCopyright"),
    for a gate that leaves the bytes beyond ASCII in the words ("\u201cBy registering"), and for
    one that does not lowercase "\u212a" ("I\u212aUTI BERITA")."""
    texts = _word_texts()

    def symbols_as_words(text: str, r: footers._Rules) -> list[int]:
        return [h for h in footer_hints(text, r) if not (h and text[h - 1].isalnum())]

    assert _same_as_every_find(texts, symbols_as_words)
    monkeypatch.setattr(
        footers, "_NOT_WORD", bytes(c if c >= 128 or chr(c).isalnum() else 32 for c in range(256))
    )
    assert _same_as_every_find(texts, footer_hints)
    monkeypatch.undo()
    monkeypatch.setattr(patterns, "KELVIN", "\uffff")
    assert _same_as_every_find(texts, footer_hints)


def _pieces() -> list[str]:
    labels = sort_labels(load_all())
    return [
        *labels.colon,
        *labels.by,
        "Hak Cipta",
        "-- BERNAMA",
        "--BERNAMA",
        "- Bernama",
        "— BERNAMA",
        "(c)",
        "(C) 2020",
        "Copyright",
        "COPYRIGHT ©",
        "©",
        "Â©",
        "&copy;",
        "(ABC/DEF)",
        "(T.A043/B012)",
        "(ams/idn)",
        "Enditem",
        "(END)",
        "(*)",
        "Our Standards:",
        "(Graphic:",
        "Download the Bernama app",
        "A- A+",
        ":",
        "：",
        " : ",
        "and",
        "dan",
        "&",
        "/",
        "(",
        ")",
        "by",
        "kata dia.",
        "Savitri",
        "2024",
        "Rep",
        "Red",
        ".",
        ";",
        "|",
        "é",
        "’",
        "REDAKTUR：",
        "Hak\u00a0Cipta",
    ]


def _fuzz(seed: int) -> str:
    """Marker pieces in mixed case, cut short, with odd gaps (long runs of spaces between a label and
    its colon), now and then a letter swapped for one re folds to it (ſ, K, ı, İ)."""
    rng = random.Random(seed)
    pieces = _pieces()
    out = []
    for _ in range(rng.randint(1, 40)):
        w = "".join(c.upper() if rng.random() < 0.2 else c for c in rng.choice(pieces))
        w = w.replace(" ", rng.choice([" ", "   ", "\t", " \t ", "\u00a0", "\u3000"]))
        if rng.random() < 0.15:
            w = w[rng.randint(0, len(w) - 1) :]
        if rng.random() < 0.1:
            w = w.replace(rng.choice("skiI"), rng.choice(["\u017f", "\u212a", "\u0131", "\u0130"]))
        out.append(w)
        out.append(rng.choice([" ", "", "  ", ".", "-", " - ", "x", ",", "\t", " " * 30]))
    return "".join(out)


def test_marker_near_hints_on_invented_lines() -> None:
    r = rules(load_all())
    checked = 0
    for seed in range(3000):
        line = _fuzz(seed)
        hints = footer_hints(line, r)
        if hints:
            checked += 1
            _check(line, hints)
    assert checked > 2000


def test_marker_near_hints_edges() -> None:
    """Each starts before its hint: a label 30 spaces from its colon, two labels joined, a bracket,
    "Hak" and spaces before "Cipta", dashes before "BERNAMA"; a fold re takes ("ſ" for "s");
    "&copy;" with no hint of its own."""
    r = rules(load_all())
    for line in [
        "kata dia.Editor" + " " * 30 + ": Budi",
        "kata dia. Redaktur   &   Reporter : Budi",
        "kata dia. (Reporting by Ana Ruiz; Editing by Tom Hale)",
        "kata dia. Hak \t  Cipta ANTARA 2024",
        "kata dia. --   BERNAMA",
        "kata dia. Reporter: A. Editor: B. Copyright 2024",
        "kata dia. Reporting by A. Editing by B",
        "kata dia. Photo\u017f by B. Editing by C",
        "kata dia. &copy; 2024 Reporter: B",
    ]:
        hints = footer_hints(line, r)
        assert hints, line
        _check(line, hints)
    # a hint with no marker at it: nothing, as the whole scan finds
    assert marker_matches("KUALA LUMPUR, Jan 5 (Bernama) -- Malaysia is", r, [21]) == []


def _caption_lines() -> list[str]:
    """Lines of the stories, and invented ones: each caption pattern's shape, with and without the
    slash, colon or dash it needs, fuzzed."""
    lines = [line.strip() for text in story_texts() for line in text.splitlines() if line.strip()]
    shapes = [
        "Warga antre di Pasar Baru, Senin. ANTARA FOTO/Budi Setya/abc.",
        "Warga antre di Pasar Baru. (ANTARA FOTO/Budi Setya)",
        "Travellers at KLIA. --fotoBERNAMA (2024) COPYRIGHT RESERVED",
        "Travellers at KLIA. -- foto BERNAMA",
        "Warga memancing pada Sabtu. - Foto Sinar Harian",
        "Warga memancing pada Sabtu. \u2013 FOTO SINAR HARIAN",
        "Warga memancing pada Sabtu. \u2014Foto Sinar Harian",
        "A bridge at dusk. Photograph: Owen Lathbury (The Guardian)",
        "Pemandangan di Johor Bahru. \u2013 KOSMO!/AHMAD RIDZUAN",
        "A launch. (Ivan Petrov/ Space Agency Press Service photo via AP)",
        "Dia datang pada Senin (1/4). Dia pulang pukul 10.00",
        "Dia datang pada Senin sore dan pulang pukul sepuluh malam",
        "Dia datang pada Senin-Selasa lalu",
    ]
    rng = random.Random(11)
    for _ in range(3000):
        line = rng.choice(shapes)
        at = rng.randint(0, len(line))
        cut = rng.choice(["", "/", ":", "-", "\u2013", " ", "(", ")", ".", "x"])
        lines.append(line[:at] + cut + line[at + rng.randint(0, 3) :])
    return lines


def test_caption_pretest_lets_every_caption_through() -> None:
    """``tail._may_be_caption`` turns away no line the caption pattern finds a caption in."""
    r = tail.rules(load_all())
    passed = found = 0
    for line in _caption_lines():
        if r.caption.search(line, max(0, len(line) - 200)):
            found += 1
            assert tail._may_be_caption(line, r), line
        passed += tail._may_be_caption(line, r)
    assert found > 1000
    assert passed < len(_caption_lines())  # it does turn lines away
    assert not tail._may_be_caption("Dia datang pada Senin sore dan pulang pukul sepuluh malam", r)


def _odd_letters(words: list[str]) -> list[str]:
    """The characters of ``words`` beyond ASCII that lowering on the bytes would get wrong: one with
    another lowercase, or one that another character lowercases to."""
    odd = []
    for c in {c for word in words for c in word if not c.isascii()}:
        if c.lower() != c or any(chr(n).lower() == c != chr(n) for n in range(0x80, 0x110000)):
            odd.append(c)
    return odd


def test_keys_hold_no_letter_the_byte_lowering_would_miss() -> None:
    """footer_hints lowercases text beyond ASCII on its bytes (ASCII letters only, the Kelvin sign
    made "k" first): right only while every character of the keys (credit labels, phrases' first
    words, symbols) beyond ASCII is its own lowercase and no other character lowercases to it ("©").
    A label with "é" added to the language data must fail here, not in a story."""
    keys = rules(load_all()).marker_keys
    words = [*keys.label_ends, *(first for group in keys.words.values() for first, _ in group)]
    words += [symbol for symbol, _, _ in keys.symbols]
    assert "©" in "".join(words)
    assert _odd_letters(words) == []
    assert _odd_letters(["fotógrafo:"]) == ["ó"]  # "Ó" lowercases to it
    assert "\u212a".lower() == "k" and patterns.KELVIN == "\u212a"
