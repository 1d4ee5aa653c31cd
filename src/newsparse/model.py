"""The data model: frozen dataclasses mirroring the JSON contract (schema ``newsparse/1.1``).

Every element keeps ``raw`` or ``text`` plus its ``span``: ``[start, end)`` in characters of the
decoded input, so ``source_text[start:end]`` is exactly the slice the element came from. Spans are
``compare=False``: two stories with the same meaning compare equal wherever their text sat.
"""

from __future__ import annotations

from dataclasses import field
from typing import Any

from .cache import dataclass
from .keys import agency_id, city_key

# The contract's version, "newsparse/MAJOR.MINOR", written into every story and Parquet file. MINOR
# grows when keys are added (a reader of 1.0 can ignore them); MAJOR when a key is removed, renamed or
# changes its meaning or type. 1.1 added header.agency_id and header.city_key ("newsparse/1" was 1.0).
SCHEMA = "newsparse/1.1"

Span = tuple[int, int]


def _span() -> Any:
    return field(default=(0, 0), compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Title:
    """The headline: ``Warga Garut sambut jembatan baru``."""

    text: str
    span: Span = _span()


@dataclass(frozen=True, slots=True)
class Header:
    """The dateline: ``Brussel (ANTARA News) -`` or ``WASHINGTON, Nov 26 (Reuters) -``."""

    raw: str
    city: str | None
    region: str | None
    agency: str | None
    date: str | None  # ISO yyyy-mm-dd
    span: Span = _span()

    @property
    def agency_id(self) -> str | None:
        """The agency's stable id from agencies.toml [ids]: ``antara`` for ANTARA, Antara, ANTARA/AFP."""
        return agency_id(self.agency)

    @property
    def city_key(self) -> str | None:
        """The city as one key whatever its case, spacing or accents: ``jakarta`` for JAKARTA."""
        return city_key(self.city)


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One body paragraph, its text cleaned (entities decoded, whitespace collapsed)."""

    text: str
    span: Span = _span()


@dataclass(frozen=True, slots=True)
class Quote:
    """Speech in the story: words between quote marks, or reported speech (kind "indirect"), with who
    said them and the speech verb or phrase that says so."""

    text: str  # the words between the marks; for reported speech, the reported content
    speaker: str | None  # the fullest name the story gives, without titles
    speaker_mention: str | None  # the words at the cue: "dia", "Rasmussen", "he"
    cue: str | None  # the speech verb: "kata", "said", "menurut"
    paragraph: int  # index into paragraphs where the quote opens
    kind: str  # "direct" | "partial" | "indirect" (reported speech: "Police said the man was arrested")
    speaker_title: str | None = None  # the role the story gives: "Sekretaris Jenderal NATO"
    span: Span = _span()  # the quote including its marks (reported speech: the content)

    def __post_init__(self) -> None:
        # the four short fields on one line: one test of them together (None reads "None": no break),
        # each cleaned only when it finds one (a story makes about six quotes)
        short = f"{self.speaker}{self.speaker_mention}{self.speaker_title}{self.cue}"
        if "\n" in short or "\r" in short or "\t" in short:
            _one_line(self, ("speaker", "speaker_mention", "speaker_title", "cue"))


@dataclass(frozen=True, slots=True)
class Credit:
    """One person credited. Several people named in one clause share its raw text and span."""

    role: str  # editor | reporter | writer | translator | photographer | contributor
    name: str
    raw: str
    span: Span = _span()

    def __post_init__(self) -> None:
        _one_line(self, ("name",))


@dataclass(frozen=True, slots=True)
class Copyright:
    """The copyright line: ``Copyright © ANTARA 2026``, its holder and year."""

    raw: str
    holder: str | None
    year: int | None
    span: Span = _span()


@dataclass(frozen=True, slots=True)
class OtherLine:
    """A line that is neither body, title, header, credit nor copyright: ``Baca juga: ...``, ``-- BERNAMA``."""

    kind: str
    raw: str
    span: Span = _span()


@dataclass(frozen=True, slots=True)
class Source:
    """Where the story was read from: the file's path, its encoding and the SHA-256 of its bytes."""

    path: str | None = None
    encoding: str | None = None
    sha256: str | None = None


@dataclass(frozen=True, slots=True)
class Story:
    """One parsed story: every element the parser found, each with its span in the text."""

    source: Source
    language: str | None
    title: Title | None
    header: Header | None
    paragraphs: tuple[Paragraph, ...]
    quotes: tuple[Quote, ...]
    credits: tuple[Credit, ...]
    copyright: Copyright | None
    other_lines: tuple[OtherLine, ...]
    warnings: tuple[str, ...] = ()
    # when the story was published, ISO 8601, from its timestamp line or wire stamp: "2024-09-24T15:06:00+07:00"
    # with the time and offset when the stamp gives them ("15.06 WIB"), "2024-09-24" when it gives only the day
    published: str | None = None

    @property
    def editor(self) -> str | None:
        return next((c.name for c in self.credits if c.role == "editor"), None)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract, keys always present, in documented order."""
        # each element's keys written out (not a loop over field names with getattr): this runs
        # once per element of every story
        title, header, cr = self.title, self.header, self.copyright
        return {
            "schema": SCHEMA,
            "source": {
                "path": self.source.path,
                "encoding": self.source.encoding,
                "sha256": self.source.sha256,
            },
            "language": self.language,
            "title": None if title is None else {"text": title.text, "span": [*title.span]},
            "header": None
            if header is None
            else {
                "raw": header.raw,
                "city": header.city,
                "city_key": header.city_key,
                "region": header.region,
                "agency": header.agency,
                "agency_id": header.agency_id,
                "date": header.date,
                "span": [*header.span],
            },
            "published": self.published,
            "paragraphs": [{"text": p.text, "span": [*p.span]} for p in self.paragraphs],
            "quotes": [
                {
                    "text": q.text,
                    "speaker": q.speaker,
                    "speaker_mention": q.speaker_mention,
                    "speaker_title": q.speaker_title,
                    "cue": q.cue,
                    "paragraph": q.paragraph,
                    "kind": q.kind,
                    "span": [*q.span],
                }
                for q in self.quotes
            ],
            "credits": [
                {"role": c.role, "name": c.name, "raw": c.raw, "span": [*c.span]} for c in self.credits
            ],
            "editor": self.editor,
            "copyright": None
            if cr is None
            else {"raw": cr.raw, "holder": cr.holder, "year": cr.year, "span": [*cr.span]},
            "other_lines": [{"kind": o.kind, "raw": o.raw, "span": [*o.span]} for o in self.other_lines],
            "warnings": list(self.warnings),
        }


def _one_line(element: Any, names: tuple[str, ...]) -> None:
    """Short fields on one line, as ``text`` is: a hard wrap inside a name ("Ralf\\nStegner") is a space.

    The element's ``span`` still points at the raw slice, line break and all; only the value is cleaned
    (the gold writes such names on one line), so a CSV row stays one line and a GROUP BY one group.
    """
    for name in names:
        value = getattr(element, name)
        if value and ("\n" in value or "\r" in value or "\t" in value):
            object.__setattr__(element, name, " ".join(value.split()))
