"""The gazetteer: names of places in any case and spacing, other names mapped to one key."""

from __future__ import annotations

import pytest

from newsparse import places


@pytest.mark.parametrize(
    ("name", "key"),
    [
        # cities, any case or spacing
        ("Osaka", "osaka"),
        ("OSAKA", "osaka"),
        ("Bogor", "bogor"),
        ("Mataram", "mataram"),
        ("Kuala  Lumpur", "kuala lumpur"),
        ("KUALA-LUMPUR", "kuala lumpur"),
        ("Bandarlampung", "bandar lampung"),
        ("Asunción", "asuncion"),
        ("ASUNCION", "asuncion"),
        # other names of a city (exonyms, old and short names)
        ("Peking", "beijing"),
        ("Brussel", "brussels"),
        ("Solo", "surakarta"),
        ("Padangsidimpuan", "padangsidempuan"),
        # admin-1 areas of Indonesia and Malaysia, with the short forms copy uses
        ("Pulau Pinang", "pulau pinang"),
        ("Penang", "pulau pinang"),
        ("Pinang", "pulau pinang"),
        ("Jawa Barat", "jawa barat"),
        ("Jabar", "jawa barat"),
        ("NTB", "nusa tenggara barat"),
        ("Negeri Sembilan", "negeri sembilan"),
        # countries and US states
        ("Denmark", "denmark"),
        ("Michigan", "michigan"),
    ],
)
def test_key(name: str, key: str) -> None:
    assert places.key(name) == key
    assert places.is_place(name)


@pytest.mark.parametrize(
    "name",
    [
        "Ilustrasi",  # a caption label
        "Bernama",  # agencies, though towns somewhere carry their names
        "Xinhua",
        "Police",  # "Police said": a town in Poland, never in copy
        "March",  # months and common words
        "Of",
        "Baru",  # a word of a place's name, alone ("Johor Bahru")
        "Selatan",
        "Bilateral",
        "",
        "  ",
        "---",
    ],
)
def test_error_not_a_place(name: str) -> None:
    assert places.key(name) is None
    assert not places.is_place(name)


def test_parse_reads_both_blocks() -> None:
    text = "# a comment\n# another\nosaka\nbogor\n%%\nbeijing\tbeijing\tpeking\nkuala lumpur\tkualalumpur\n"
    assert places._parse(text) == {
        "osaka": "osaka",
        "bogor": "bogor",
        "beijing": "beijing",
        "peking": "beijing",
        "kualalumpur": "kuala lumpur",
    }


def test_squeeze_and_canonical() -> None:
    assert places.squeeze("Kuala-Lumpur ") == "kualalumpur"
    assert places.squeeze("São Paulo") == "saopaulo"
    assert places.canonical("  São   Paulo ") == "sao paulo"


def test_scan_gives_what_the_dict_gives() -> None:
    """The first lookups of a process search the file's text: the same answer as the dict, for every
    known form (a form two rows list goes to the later row, as the dict's update does) and for
    forms one letter short or long."""
    index = places._places()
    forms = sorted(index)
    probe = [*forms, *(f + "x" for f in forms[::37]), *(f[:-1] for f in forms[::41]), "a", "zz"]
    assert [places._scan(f) for f in probe] == [index.get(f) for f in probe]


def test_error_scan_finds_no_partial_form() -> None:
    assert places._scan("lumpur") is None  # a piece of "kualalumpur" is no place
    assert places._scan("kualalumpur") == "kuala lumpur"
