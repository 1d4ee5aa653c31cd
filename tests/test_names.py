"""What a run of capitalised words names (names.split_title): the words lang/*.toml lists as titles,
openers and non-names never stand alone as a person."""

from __future__ import annotations

import pytest

from newsparse.lang import load_all
from newsparse.names import is_org, named_orgs, split_title
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
        # an organisation's name whose words before its last are titles elsewhere: the whole name
        ("World Health Organization", "World Health Organization"),
        ("Ocean Freight Group Research", "Ocean Freight Group Research"),
        # title-like words before an organisation's name of several words: the whole name
        ("Federal Aviation Administration", "Federal Aviation Administration"),
        ("Central Water Control Board", "Central Water Control Board"),
        # but a person's role or an acronym before a company is a title: "CEO Acme Inc Ben Hale"
        ("CEO Acme Holdings Inc", None),
        # a person's role at an organisation after its head word: the person
        ("Commission President Anna Vogel", "Anna Vogel"),
        ("Executive Editor Jill Harper", "Jill Harper"),
        ("Kementerian Luar Negeri", "Kementerian Luar Negeri"),
        # a country whose first word is a title elsewhere ("South Korean leader"): the country
        ("South Sudan", "South Sudan"),
        # a day after a preposition is when, not a name: "On Friday the South warned"
        ("On Monday Ellen Price", "Ellen Price"),
    ],
)
def test_words_that_name_no_one(run: str, name: str | None) -> None:
    assert split_title(run, rules(load_all()))[0] == name


def test_a_backtick_inside_a_name_is_an_apostrophe() -> None:
    r = rules(load_all())
    assert r.name_run.fullmatch("Abdul Rahman Ma`mun")
    assert not r.name_run.fullmatch("Mamun`")


@pytest.mark.parametrize(
    ("run", "org"),
    [
        ("Higher Council of Clerics", True),  # an organisation's word before "of"
        ("Harbor Line Communications", True),  # its last word
        ("Ministry of Trade", True),  # its head word first
        ("KBS Group Research", True),  # a firm's word before the last word
        ("Ant Group chief executive Eric Jing", False),  # a person after the firm
        ("Ellen Price", False),
    ],
)
def test_runs_that_name_an_organisation(run: str, org: bool) -> None:
    assert is_org(run.split(), rules(load_all())) is org


def test_organisations_and_acronyms_a_story_spells_out() -> None:
    text = (
        "The Institute for Coastal Research and Monitoring met Ellen Price. Nordic Battery Works, or NBW,"
        " filed. Arab League for Human Rights (ALHR) Thursday spoke to Dana Holt (DH)."
    )
    orgs, spelled = named_orgs(text, 0, rules(load_all()))
    assert [name for _, name in orgs] == [
        "Institute for Coastal Research and Monitoring",
        "Nordic Battery Works",
        "Arab League for Human Rights",
    ]
    assert spelled["ICR"] == spelled["ICRM"] == "Institute for Coastal Research and Monitoring"
    assert spelled["NBW"] == "Nordic Battery Works"
    assert "EP" not in spelled and "DH" not in spelled  # people are no organisations
