"""The footer and tail line stages' cheaper forms find exactly what the patterns they stand for find.

``footers.marker_matches`` tries the glued-footer marker only near the footer hints of a line; it
must give what one ``marker.finditer`` over the whole line gives. Checked on every line of the
fixtures, samples and dev stories that holds a hint, and on invented lines built to hit the edges
(a label far from its colon, "Hak   Cipta", "--  BERNAMA", case folds re takes that ``str.lower``
does not give, "&copy;").
"""

from __future__ import annotations

import random
import re
from bisect import bisect_left

from newsparse import tail
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
