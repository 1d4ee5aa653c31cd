"""What a run of capitalised words names (names.split_title): the words lang/*.toml lists as titles,
openers and non-names never stand alone as a person."""

from __future__ import annotations

import pytest

from newsparse.lang import load_all
from newsparse.names import split_title
from newsparse.speech import rules


@pytest.mark.parametrize(
    ("run", "name"),
    [
        # adjectives of an office's or an event's name: "ungkap Direktur Perdagangan Bilateral, ..."
        ("Direktur Perdagangan Bilateral", None),
        ("Hari Perdamaian Internasional", None),
        ("Direktur Kerja Sama Multilateral Rina Kusuma", "Rina Kusuma"),
        # a former office: "Bekas Menteri Kesihatan itu berkata"
        ("Bekas Menteri", None),
        ("Bekas Menteri Kesihatan Azman Hamid", "Azman Hamid"),
        # a noun for a person, not a name: "Pria yang juga Menteri BUMN itu mengatakan"
        ("Pria", None),
        ("Wanita", None),
        # an adverb opening a sentence: "Seakan menegaskan ..."
        ("Seakan", None),
        # "his side", "the applicant": nouns at a sentence start
        ("Pihaknya", None),
        ("Pemohon", None),
        # two people joined: the first one
        ("Chen and Fu", "Chen"),
        ("Rina Kusuma dan Budi Santoso", "Rina Kusuma"),
        # a name stays a name
        ("Ratna Dewi Lestari", "Ratna Dewi Lestari"),
    ],
)
def test_words_that_name_no_one(run: str, name: str | None) -> None:
    assert split_title(run, rules(load_all()))[0] == name


def test_a_backtick_inside_a_name_is_an_apostrophe() -> None:
    r = rules(load_all())
    assert r.name_run.fullmatch("Abdul Rahman Ma`mun")
    assert not r.name_run.fullmatch("Mamun`")
