"""Real-world input: encodings, repairs, layouts and hostile files (our own small stories)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsparse import NewsparseError, parse, parse_file
from newsparse.cli import cli

from .invariants import check_invariants, marked

STORY = (
    "Jakarta (ANTARA) - Pemerintah menaikkan harga “beras” mulai pekan depan, kata menteri.\n\n"
    '"Kami sudah menghitung dampaknya," kata Menteri Perdagangan Budi Santoso di Jakarta.\n\n'
    "Editor: Agus Salim\n"
    "Copyright © ANTARA 2024\n"
)


def _file(tmp_path: Path, data: bytes, name: str = "story.txt") -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


# --- encodings --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (STORY.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + STORY.encode("utf-8"), "utf-8-sig"),
        (STORY.encode("utf-16"), "utf-16"),  # with BOM, little-endian here
        (b"\xfe\xff" + STORY.encode("utf-16-be"), "utf-16"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom"],
)
def test_encodings(tmp_path: Path, data: bytes, encoding: str) -> None:
    story = parse_file(_file(tmp_path, data))
    assert story.source.encoding == encoding
    assert story.header is not None and story.header.raw == "Jakarta (ANTARA) -"
    assert story.editor == "Agus Salim"
    assert marked(story)[0].speaker == "Budi Santoso"


def test_cp1252_is_detected(tmp_path: Path) -> None:
    story = parse_file(_file(tmp_path, STORY.encode("cp1252")))
    assert story.source.encoding not in ("utf-8", None)
    assert "“beras”" in story.paragraphs[0].text
    assert story.copyright is not None and story.copyright.year == 2024


def test_forced_encoding_wins(tmp_path: Path) -> None:
    story = parse_file(_file(tmp_path, STORY.encode("utf-8")), encoding="latin-1")
    assert story.source.encoding == "latin-1"
    # read the wrong way on purpose: the mojibake repair still gives the words back
    assert "“beras”" in story.paragraphs[0].text


def test_error_wrong_forced_encoding(tmp_path: Path) -> None:
    with pytest.raises(NewsparseError, match="cannot decode as ascii"):
        parse_file(_file(tmp_path, STORY.encode("utf-8")), encoding="ascii")


# --- repairs -----------------------------------------------------------------------------------------


def _as_cp1252(text: str) -> str:
    """UTF-8 bytes read as Windows-1252, the way browsers and Excel do (undefined bytes kept as latin-1)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8"))


def test_mojibake_repaired_spans_point_into_the_input() -> None:
    text = _as_cp1252(STORY)
    story = parse(text)
    assert story.paragraphs[0].text.startswith("Pemerintah menaikkan harga “beras”")
    assert marked(story)[0].text == "Kami sudah menghitung dampaknya,"
    assert any("mojibake" in w for w in story.warnings)
    a, b = story.paragraphs[0].span
    assert "â€œberasâ€" in text[a:b]
    check_invariants(text, story)


def test_entities_and_tags() -> None:
    text = (
        "<p>Jakarta (ANTARA) - Harga beras&nbsp;naik &amp; stok aman.</p>"
        "<p>&quot;Kami siap,&quot; kata Budi.</p><br>Editor: Agus Salim"
    )
    story = parse(text)
    assert story.header is not None and story.header.city == "Jakarta"
    assert [p.text for p in story.paragraphs] == ["Harga beras naik & stok aman.", '"Kami siap," kata Budi.']
    assert marked(story)[0].text == "Kami siap,"
    assert marked(story)[0].speaker == "Budi"
    assert story.editor == "Agus Salim"
    assert {o.raw for o in story.other_lines} == {"<p>", "</p><p>", "</p><br>"}
    assert any("entities" in w for w in story.warnings)
    check_invariants(text, story)


# --- layouts -----------------------------------------------------------------------------------------

WRAPPED = (
    "NEW YORK, March 3 - Shares of Acme Corp rose sharply on Tuesday\n"
    "after the company said its quarterly profit had doubled, traders\n"
    "said.\n"
    "    The company also raised its forecast for the full year and\n"
    "said it would buy back shares worth 500 mln dlrs over the next\n"
    "two years.\n"
    "    Analysts said the result was better than expected.\n"
    " Reuter\n"
)


def test_hard_wrapped_indented_wire() -> None:
    story = parse(WRAPPED)
    assert story.header is not None and (story.header.city, story.header.agency) == ("NEW YORK", None)
    assert [p.text[:30] for p in story.paragraphs] == [
        "Shares of Acme Corp rose sharp",
        "The company also raised its fo",
        "Analysts said the result was b",
    ]
    assert story.paragraphs[0].text.endswith("profit had doubled, traders said.")
    assert [(o.kind, o.raw) for o in story.other_lines] == [("trailer", "Reuter")]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_line_endings(newline: str) -> None:
    text = STORY.replace("\n", newline)
    story = parse(text)
    assert len(story.paragraphs) == 2
    assert story.editor == "Agus Salim"
    check_invariants(text, story)


def test_indented_paragraphs_and_trailing_spaces() -> None:
    text = "   " + STORY.replace("\n\n", "   \n\n    ").replace("\n", "  \n")
    story = parse(text)
    assert len(story.paragraphs) == 2
    assert story.header is not None and story.header.raw == "Jakarta (ANTARA) -"
    check_invariants(text, story)


def test_one_line_story_keeps_one_paragraph() -> None:
    text = STORY.replace("\n\n", " ").replace("\n", "")
    story = parse(text)
    assert story.header is not None and story.header.agency == "ANTARA"
    assert len(story.paragraphs) == 1
    assert story.editor == "Agus Salim"
    assert story.copyright is not None and story.copyright.holder == "ANTARA"
    assert marked(story)[0].speaker == "Budi Santoso"
    check_invariants(text, story)


# a scraped page's no-break spaces (U+00A0) where spaces were: the same story, the same fields
NBSP_STORY = (
    "By Rina Kusuma\n\n"
    "KUALA LUMPUR, 3 Mac (Bernama) -- Kerajaan menaikkan had laju di lebuh raya mulai bulan depan.\n\n"
    '"Kami sudah menilai keselamatan jalan," kata Menteri Kerja Raya Datuk Hafiz Rahman.\n\n'
    "Editor: Ani Lestari\n"
)


@pytest.mark.parametrize("where", ["everywhere", "header", "byline", "credit"])
def test_no_break_spaces_read_as_spaces(where: str) -> None:
    nbsp = {
        "everywhere": NBSP_STORY.replace(" ", "\u00a0"),
        "header": NBSP_STORY.replace("KUALA LUMPUR, 3 Mac", "KUALA\u00a0LUMPUR,\u00a03\u00a0Mac"),
        "byline": NBSP_STORY.replace("By Rina", "By\u00a0Rina"),
        "credit": NBSP_STORY.replace("Editor: Ani Lestari", "Editor:\u00a0Ani\u00a0Lestari"),
    }[where]
    story = parse(nbsp)
    assert story.header is not None and story.header.city == "KUALA LUMPUR"
    assert story.title is None
    assert [(c.role, c.name) for c in story.credits] == [
        ("reporter", "Rina Kusuma"),
        ("editor", "Ani Lestari"),
    ]
    assert [q.speaker for q in marked(story)] == ["Hafiz Rahman"]
    check_invariants(nbsp, story)


def test_no_break_space_is_no_letter_of_a_name() -> None:
    text = 'LONDON: Polis\u00a0menahan\u00a0seorang lelaki semalam.\n\n"Siasatan masih berjalan," katanya.\n'
    assert [q.speaker for q in marked(parse(text))] == [None]


# --- hostile files -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"", "empty"), (b" \n\t\r\n ", "white space"), (b"abc\x00def" * 10, "binary")],
    ids=["empty", "whitespace", "binary"],
)
def test_error_hostile_files(tmp_path: Path, data: bytes, message: str) -> None:
    p = _file(tmp_path, data)
    result = CliRunner().invoke(cli, ["--format", "json", str(p)], catch_exceptions=False)
    assert result.exit_code == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "text",
    [
        "x" * 1_000_000,  # one long word, no newline
        '"' * 100_000,  # quote marks
        "-" * 1_000_000,  # a line of dashes
        "Jakarta (ANTARA) - " + "“a” " * 30_000,
        "\n" * 100_000 + "Editor: X",
        "word.Next" * 20_000,  # glued sentence ends, no space anywhere
        'kata."Dia' * 20_000,  # glued ends with quote marks
        "tutup.Baca juga: Judul BeritaSebelumnya " * 10_000,  # glued related links
        "Kalimat satu.  Kalimat dua.  " * 20_000,  # double-space breaks
    ],
    ids=[
        "long-word",
        "quote-marks",
        "dashes",
        "many-quotes",
        "many-newlines",
        "glued-stops",
        "glued-quotes",
        "glued-related",
        "space-runs",
    ],
)
def test_hostile_text_parses(text: str) -> None:
    story = parse(text)
    check_invariants(text, story)


def test_hostile_file_through_cli(tmp_path: Path) -> None:
    p = _file(tmp_path, ("kata " * 200_000).encode())
    result = CliRunner().invoke(cli, ["--format", "json", str(p)], catch_exceptions=False)
    assert result.exit_code == 0
    assert len(json.loads(result.output)["paragraphs"]) == 1
