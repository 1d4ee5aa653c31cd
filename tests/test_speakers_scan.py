"""The speaker stage's cheaper forms give what the forms they stand for give.

``people.is_acronym`` tests by string methods what ``ACRONYM.fullmatch`` (below) matches; ``_resolve``
leaves a one-word mention alone instead of splitting it at a place word (``place_words`` needs a
blank inside it). Each is checked over every word of the fixtures, samples and dev stories when
there, and invented edge cases, and each check is shown to catch a form deliberately broken.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsparse import parse, speakers
from newsparse.lang import load_all
from newsparse.people import is_acronym
from newsparse.speech import rules

from .test_speech_scan import STORIES

ACRONYM = re.compile(r"[A-Z]{2,6}")  # the form is_acronym stands for

EDGES = [
    "AB",
    "A",
    "ABCDEF",
    "ABCDEFG",
    "ab",
    "Ab",
    "aB",
    "A1",
    "AB-",
    "\u00c4B",
    "\u0130B",
    "\uff21\uff22",
    "NATO",
    "BMKG",
    "U.S",
    "",
    " AB",
    "AB\n",
]


def _words() -> list[str]:
    return EDGES + sorted(
        {w for text in STORIES for w in text.split()}
        | {w.strip(".,;:()\"'") for text in STORIES for w in text.split()}
    )


def _differ(form: Callable[[str], bool]) -> list[str]:
    return [w for w in _words() if form(w) != bool(ACRONYM.fullmatch(w))]


def test_acronym_by_string_tests() -> None:
    assert _differ(is_acronym) == []


def test_acronym_check_catches_a_broken_form() -> None:
    """Without the ASCII test, capitals beyond A to Z ("\u00c4B") would pass."""
    assert _differ(lambda w: 2 <= len(w) <= 6 and w.isalpha() and w.isupper())


def test_one_word_holds_no_place_to_split_at() -> None:
    """``place_words`` splits a mention only at a blank: a one-word mention stays whole (the split
    ``_resolve`` no longer runs on one), while a word and a place do split."""
    r = rules(load_all())
    for w in _words():
        if w and len(w.split()) == 1 and w == w.strip():
            assert r.place_words.split(w, maxsplit=1)[0] == w, w
    assert r.place_words.split("Iriansyah di Palembang", maxsplit=1)[0] == "Iriansyah"


def _shown_differ(form: Callable[..., dict[str | None, str | None]]) -> list[tuple[str | None, ...]]:
    """Parse every story with ``form`` in place of ``speakers._shown`` and list each quote whose
    speaker it gives otherwise than ``people.display`` asked at that quote (the form it stands for);
    also how many quotes' speakers ``display`` changes (so that the check has names to catch)."""
    mismatches: list[tuple[str | None, ...]] = []
    changed = [0]

    def checked(out, people):  # type: ignore[no-untyped-def]
        shown = form(out, people)
        for _, said, _, _ in out:
            want = people.display(said.name)
            changed[0] += want != said.name
            if shown[said.name] != want:
                mismatches.append((said.name, shown[said.name], want))
        return shown

    real = speakers._shown
    speakers._shown = checked
    try:
        for text in STORIES:
            parse(text)
    finally:
        speakers._shown = real
    assert changed[0] > 0  # some speakers are shown otherwise than found ("Laksmi" as "Laksmi Anggraeni")
    return mismatches


def test_speaker_shown_once_a_name_as_displayed_per_quote() -> None:
    assert _shown_differ(speakers._shown) == []


def test_shown_check_catches_a_broken_form() -> None:
    """A form that gives the names as found, without ``display``'s repairs and short mentions."""
    assert _shown_differ(lambda out, people: {said.name: said.name for _, said, _, _ in out})
