"""Keys that group: header.agency_id from agencies.toml [ids], header.city_key by folding the city."""

from __future__ import annotations

import csv
import io

import pytest

from newsparse import Credit, Header, Quote, parse
from newsparse.keys import agency_id, city_key
from newsparse.lang import agencies
from newsparse.outputs import flat_columns, flat_rows


@pytest.mark.parametrize(
    ("agency", "expected"),
    [
        # ANTARA as the dev set prints it
        ("ANTARA", "antara"),
        ("ANTARA News", "antara"),
        ("Antara", "antara"),
        ("Antara News", "antara"),
        ("antaranews.com", "antara"),
        ("ANTARA FOTO", "antara"),
        ("ANTARA\u00a0 News", "antara"),  # a no-break space and a space
        ("Antara Jatim", "antara"),
        # pairs: the first known part
        ("ANTARA/AFP", "antara"),
        ("ANTARA News/Xinhua-OANA", "antara"),
        ("tca/dpa", "dpa"),
        ("The Jakarta Post/ANN", "jakarta_post"),
        ("JAKARTA POST/ASIA NEWS NETWORK", "jakarta_post"),
        # wires
        ("Reuters", "reuters"),
        ("REUTER", "reuters"),
        ("AP", "ap"),
        ("Associated Press", "ap"),
        ("AFP", "afp"),
        ("BERNAMA", "bernama"),
        ("Xinhua", "xinhua"),
        ("DPA", "dpa"),
        ("Kyodo News", "kyodo"),
        ("ITAR-TASS", "tass"),
        # sites
        ("KOMPAS.com", "kompas"),
        ("TEMPO.CO", "tempo"),
        ("CNN Indonesia", "cnn_indonesia"),
        ("CNN", "cnn"),
        # unknown: null, never a guess
        ("BERITA TERBARU", None),
        ("semuwaberita.com", None),
        ("foo/bar", None),
        ("", None),
        (None, None),
    ],
)
def test_agency_id(agency: str | None, expected: str | None) -> None:
    assert agency_id(agency) == expected


@pytest.mark.parametrize(
    ("city", "expected"),
    [
        ("Jakarta", "jakarta"),
        ("JAKARTA", "jakarta"),
        ("KUALA LUMPUR", "kuala lumpur"),
        ("Kuala  Lumpur", "kuala lumpur"),
        ("Kuala\nLumpur", "kuala lumpur"),
        ("Belém", "belem"),  # accents folded: wire copy in capitals drops them
        ("BELEM", "belem"),
        ("SÃO PAULO", "sao paulo"),
        ("Brussel", "brussels"),  # a place's other names are one key through the gazetteer
        ("BRUSSELS", "brussels"),
        ("PEKING", "beijing"),
        ("Penang", "pulau pinang"),
        ("Pulau  Pinang", "pulau pinang"),
        ("Kampung Baru Sungai Lui", "kampung baru sungai lui"),  # unknown to the gazetteer: its own spelling
        ("", None),
        (None, None),
    ],
)
def test_city_key(city: str | None, expected: str | None) -> None:
    assert city_key(city) == expected


def test_every_agency_a_dateline_knows_has_an_id() -> None:
    """A spelling added to [agencies] needs its id in [ids] (or a new id), or agency_id is null for it."""
    data = agencies()["agencies"]
    missing = [a for a in [*data["parenthesised"], *data["inline"]] if agency_id(a) is None]
    assert missing == []


def test_ids_are_lowercase_and_spellings_unique() -> None:
    seen: dict[str, str] = {}
    for code, spellings in agencies()["ids"].items():
        assert code.isascii() and code == code.lower() and code.replace("_", "").isalnum(), code
        for spelling in spellings:
            folded = " ".join(spelling.casefold().split())
            assert seen.setdefault(folded, code) == code, f"{spelling!r}: {seen[folded]} and {code}"


def test_language_priors_name_known_ids() -> None:
    ids = set(agencies()["ids"])
    for code, agencies_of in agencies()["languages"].items():
        assert code in ("id", "ms")
        assert set(agencies_of) <= ids, set(agencies_of) - ids


def test_header_carries_both_keys_in_the_contract() -> None:
    story = parse("JAKARTA, 3 Maret 2024 (Antara News) - Hujan turun di Jakarta hari ini, kata dia.")
    assert story.header is not None
    assert (story.header.city, story.header.agency) == ("JAKARTA", "Antara News")
    assert (story.header.city_key, story.header.agency_id) == ("jakarta", "antara")
    header = story.to_dict()["header"]
    assert list(header) == ["raw", "city", "city_key", "region", "agency", "agency_id", "date", "span"]
    assert header["city_key"] == "jakarta" and header["agency_id"] == "antara"
    # derived from the raw values, so a Header built by hand has them too
    assert Header("X", "Kota Kinabalu", None, "Bernama", None).city_key == "kota kinabalu"
    assert Header("X", None, None, None, None).agency_id is None


def test_no_header_no_keys() -> None:
    assert parse("Just a line of text without a dateline at all.").to_dict()["header"] is None


# Short fields on one line: a hard wrap inside a name made extra CSV lines ("Ralf\nStegner")
@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("Ralf\nStegner", "Ralf Stegner"),
        ("Ralf\r\nStegner", "Ralf Stegner"),
        ("the\n  neighborhood", "the neighborhood"),
        ("Ralf Stegner", "Ralf Stegner"),
        (None, None),
    ],
    ids=["lf", "crlf", "indent", "clean", "none"],
)
def test_quote_short_fields_on_one_line(mention: str | None, expected: str | None) -> None:
    q = Quote("Wir", mention, mention, "sagte\nder", 0, "direct", mention, span=(3, 40))
    assert (q.speaker, q.speaker_mention, q.speaker_title) == (expected, expected, expected)
    assert q.cue == "sagte der"
    assert q.span == (3, 40)  # the span still covers the raw slice


def test_credit_name_on_one_line() -> None:
    c = Credit("editor", "Desy\nSaputra", "Editor: Desy\nSaputra", (0, 20))
    assert c.name == "Desy Saputra"
    assert c.raw == "Editor: Desy\nSaputra"  # raw stays raw


def test_a_wrapped_speaker_mention_is_one_line_in_the_output() -> None:
    text = (
        "BERLIN, Nov 18 (dpa) - Coalition talks went on through the night in the capital on\n"
        "Tuesday, with both parties saying the gap had narrowed.\n\n"
        '   "Nobody can say yet whether it is going to work," party deputy Karl\n'
        'Brenner told dpa. "Two weeks of hard work lie ahead of us."\n\n'
        "   The talks resume on Thursday.\n"
    )
    quote = parse(text).quotes[0]
    assert (quote.speaker, quote.speaker_mention, quote.cue) == ("Karl Brenner", "Karl Brenner", "told")
    rows = flat_rows(parse(text).to_dict(), "quotes")
    buffer = io.StringIO()
    csv.DictWriter(buffer, flat_columns("quotes")).writerows(rows)
    assert buffer.getvalue().count("\n") == len(rows) == 2  # one CSV line per quote
