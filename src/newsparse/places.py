"""Places: is a name a city, an admin area or a country, and which place is it?

    >>> is_place("OSAKA"), is_place("Pulau  Pinang"), is_place("Ilustrasi")
    (True, True, False)
    >>> key("PEKING"), key("Bandarlampung"), key("Penang")
    ('beijing', 'bandar lampung', 'pulau pinang')

The names are in ``places.txt``, built by ``tools/build_places.py`` from GeoNames
(https://www.geonames.org/, CC BY 4.0): cities of 15,000 people or more, countries, US states, and
the admin-1 areas of Indonesia and Malaysia. A name is looked up in a dict by its squeezed form
(``squeeze``: lower case, no accents, letters and digits only), so case, spacing, hyphens and
accents do not matter ("Kuala  Lumpur", "KUALA-LUMPUR", "Asunción"). The file is read on the first
lookup, once per process; the first lookups search its text, and the dict is built only when a
process looks up more (loading it took a third of a one-story command's start-up).
"""

from __future__ import annotations

import os
import unicodedata

PACKAGE = os.path.dirname(os.path.abspath(__file__))
FILE = "places.txt"
_index: dict[str, str] | None = None
# what squeeze keeps of an ASCII name: letters and digits, lower case
_ASCII_KEEP = str.maketrans(
    {chr(c): (chr(c).lower() if chr(c).isalnum() else None) for c in range(128)}
)  # fmt: skip


def canonical(name: str) -> str:
    """A name's readable form: lower case, accents dropped, one space between words ("Asunción " ->
    "asuncion")."""
    if not name.isascii():
        name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return " ".join(name.casefold().split())


def squeeze(name: str) -> str:
    """A name's lookup form: lower case, no accents, letters and digits only ("Kuala-Lumpur" ->
    "kualalumpur")."""
    if not name.isascii():
        name = canonical(name)
        return "".join(c for c in name if c.isalnum())
    return name.translate(_ASCII_KEEP)


def key(name: str) -> str | None:
    """The place a name stands for, as its key ("PEKING" -> "beijing"), or None for no place we know."""
    s = squeeze(name)
    if not s:
        return None
    if _index is None and _lookups() <= SCAN_LOOKUPS:
        return _scan(s)
    return _places().get(s)


# The first lookups of a process are answered by a search of the file's text (a few hundred
# microseconds each), the later ones from the dict (built once: tens of milliseconds). A command
# that parses one story never pays for the dict; a batch pays once.
SCAN_LOOKUPS = 40
_count = 0
_sections: tuple[str, str] | None = None


def _lookups() -> int:
    global _count
    _count += 1
    return _count


def _scan(s: str) -> str | None:
    """What ``_places().get(s)`` gives, found in the text: the last row of other places that lists
    the form (a later row wins in the dict), else the form itself when it is a plain place."""
    plain, rows = _text_sections()
    at = max(rows.rfind(f"\t{s}\t"), rows.rfind(f"\t{s}\n"))
    if at >= 0:
        line = rows.rfind("\n", 0, at) + 1
        return rows[line:at].split("\t", 1)[0]
    return s if f"\n{s}\n" in plain else None


def _text_sections() -> tuple[str, str]:
    """The plain places, one a line, and the rows of other places, each section opening and ending
    with a line break."""
    global _sections
    if _sections is None:
        with open(os.path.join(PACKAGE, FILE), encoding="utf-8") as fh:
            text = fh.read()
        plain, _, rows = text[_body_start(text) :].partition("%%\n")
        _sections = (f"\n{plain.rstrip(chr(10))}\n", f"\n{rows.rstrip(chr(10))}\n")
    return _sections


def is_place(name: str) -> bool:
    """Is the name a city, an admin area or a country we know ("Osaka", "Pulau Pinang", "Bogor")?"""
    return key(name) is not None


def _places() -> dict[str, str]:
    global _index
    if _index is None:
        with open(os.path.join(PACKAGE, FILE), encoding="utf-8") as fh:
            _index = _parse(fh.read())
    return _index


def _body_start(text: str) -> int:
    """Where the lines after the comment lines start."""
    start = 0
    while text.startswith("#", start):
        start = text.index("\n", start) + 1
    return start


def _parse(text: str) -> dict[str, str]:
    """After the comment lines, the places known by one name that is its own lookup form, one a
    line; after a line "%%", each other place's key and the lookup forms of its names."""
    plain, _, rows = text[_body_start(text) :].partition("%%\n")
    keys = plain.split()
    index = dict(zip(keys, keys, strict=True))  # most places: one split, one dict built in C
    for row in rows.splitlines():
        place, *forms = row.split("\t")
        index.update(dict.fromkeys(forms, place))
    return index
