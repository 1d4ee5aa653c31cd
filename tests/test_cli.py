"""The command line through click's CliRunner: formats, stdin, several files, errors and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsparse import __version__
from newsparse.cli import cli

from .conftest import SEED

STORY = "Jakarta (ANTARA) - Harga beras naik.\n\nEditor: Agus Salim\n"


def run(*args: str, stdin: str | bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)


def test_json_for_the_seed_story() -> None:
    result = run("--format", "json", str(SEED))
    assert result.exit_code == 0
    d = json.loads(result.output)
    assert d["schema"] == "newsparse/1"
    assert d["header"]["city"] == "Brussel"
    assert d["header"]["agency"] == "ANTARA News"
    assert len(d["paragraphs"]) == 14
    assert d["editor"] == "Desy Saputra"
    assert (d["copyright"]["holder"], d["copyright"]["year"]) == ("ANTARA", 2014)
    assert d["source"]["path"] == str(SEED)
    assert d["source"]["encoding"] == "utf-8"
    assert len(d["source"]["sha256"]) == 64


def test_json_is_the_default_when_piped() -> None:
    # CliRunner's stdout is not a terminal, like a pipe into jq
    assert json.loads(run(str(SEED)).output)["header"]["city"] == "Brussel"


def test_rich_view_shows_the_parts() -> None:
    result = run("--format", "rich", str(SEED))
    assert result.exit_code == 0
    assert "Brussel (ANTARA News) -" in result.output
    assert "paragraphs (14)" in result.output
    assert "Desy Saputra" in result.output
    assert "Anders Fogh Rasmussen" in result.output
    # reported speech on its own line, apart from quoted speech: the speaker and the cue as written
    assert "↳ reported · Frank-Walter Steinmeier" in result.output
    assert result.output.count("↳ reported") == 6
    assert "↳ direct quote · Anders Fogh Rasmussen" in result.output


def test_stdin() -> None:
    result = run("--format", "json", "-", stdin=STORY)
    assert result.exit_code == 0
    d = json.loads(result.output)
    assert d["source"]["path"] == "-"
    assert d["editor"] == "Agus Salim"


def test_jsonl_for_several_files(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text(STORY, encoding="utf-8")
    result = run("--format", "jsonl", str(a), str(SEED))
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert [json.loads(line)["source"]["path"] for line in lines] == [str(a), str(SEED)]


def test_utf8_bom(tmp_path: Path) -> None:
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + STORY.encode())
    d = json.loads(run("--format", "json", str(p)).output)
    assert d["source"]["encoding"] == "utf-8-sig"
    assert d["header"]["raw"] == "Jakarta (ANTARA) -"
    assert d["header"]["span"] == [0, 18]


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert __version__ in result.output


def test_help_shows_examples() -> None:
    result = run("--help")
    assert result.exit_code == 0
    assert "newsparse archive/ -o out/" in result.output


def test_schema_option_prints_a_json_schema() -> None:
    result = run("--schema")
    assert result.exit_code == 0
    assert json.loads(result.output)["$schema"].endswith("2020-12/schema")


def test_folder_to_folder(tmp_path: Path) -> None:
    src = tmp_path / "in" / "sub"
    src.mkdir(parents=True)
    (src / "one.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "in" / "skip.md").write_text("not a story", encoding="utf-8")
    result = run(str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-q")
    assert result.exit_code == 0
    out = json.loads((tmp_path / "out" / "sub" / "one.json").read_text(encoding="utf-8"))
    assert out["editor"] == "Agus Salim"
    assert not (tmp_path / "out" / "skip.json").exists()


def test_error_missing_file_is_one_line_and_exit_1(tmp_path: Path) -> None:
    result = run("--format", "json", str(tmp_path / "nope.txt"))
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0
    assert "nope.txt" in result.stderr
    assert "Traceback" not in result.output + result.stderr


def test_error_others_still_printed(tmp_path: Path) -> None:
    result = run("--format", "jsonl", str(tmp_path / "nope.txt"), str(SEED))
    assert result.exit_code == 1
    assert json.loads(result.stdout.splitlines()[0])["header"]["city"] == "Brussel"


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"\x00\x01binary\x00", "binary"), (b"\xff\xfe\x00\xd8", "UTF-16")],
    ids=["binary", "broken-utf16"],
)
def test_error_bad_bytes(tmp_path: Path, content: bytes, message: str) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    result = run("--format", "json", str(p))
    assert result.exit_code == 1
    assert message in result.stderr


def test_error_directory_without_output_streams_jsonl(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    result = run(str(tmp_path), "-q")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["editor"] == "Agus Salim"


def test_error_no_path_is_usage_exit_2() -> None:
    result = run()
    assert result.exit_code == 2
    assert "PATH" in result.stderr


def test_error_unknown_format_is_usage_exit_2() -> None:
    assert run("--format", "xml", str(SEED)).exit_code == 2


def test_error_unknown_encoding_is_usage_exit_2() -> None:
    assert run("--encoding", "klingon", str(SEED)).exit_code == 2


def test_legacy_encoding_is_detected(tmp_path: Path) -> None:
    p = tmp_path / "cp1252.txt"
    p.write_bytes("Jakarta (ANTARA) - Kafe “Kopi” dibuka di sini hari ini, kata pemiliknya.".encode("cp1252"))
    result = run("--format", "json", str(p))
    assert result.exit_code == 0
    d = json.loads(result.output)
    assert d["source"]["encoding"] != "utf-8"
    assert "“Kopi”" in d["paragraphs"][0]["text"]


def test_forced_encoding(tmp_path: Path) -> None:
    p = tmp_path / "latin1.txt"
    p.write_bytes("Jakarta (ANTARA) - Caf\u00e9 dibuka.".encode("latin-1"))
    d = json.loads(run("--format", "json", "--encoding", "latin-1", str(p)).output)
    assert d["source"]["encoding"] == "latin-1"
    assert d["paragraphs"][0]["text"] == "Café dibuka."


def test_utf16_with_bom(tmp_path: Path) -> None:
    p = tmp_path / "u16.txt"
    p.write_bytes(STORY.encode("utf-16"))
    d = json.loads(run("--format", "json", str(p)).output)
    assert d["source"]["encoding"] == "utf-16"
    assert d["editor"] == "Agus Salim"


def test_utf8_story_with_one_stray_legacy_byte(tmp_path: Path) -> None:
    """A no-break space pasted from a cp1252 page into UTF-8 copy: read as cp1252, not as a guess."""
    story = tmp_path / "stray.txt"
    story.write_bytes(
        "PARIS (AFP) - Talks resumed on Monday, said Jos\u00e9 Ortega.\n\n(Reporting by Helen".encode()
        + b"\xa0Corbett)\n"
    )
    result = CliRunner().invoke(cli, ["--format", "json", str(story)], catch_exceptions=False)
    assert result.exit_code == 0
    d = json.loads(result.output)
    assert d["source"]["encoding"] == "utf-8+cp1252"
    assert [c["name"] for c in d["credits"]] == ["Helen Corbett"]  # the name squashed ...
    assert "Helen\u00a0Corbett" in d["credits"][0]["raw"]  # ... the raw text as it was
    assert "José" in d["paragraphs"][0]["text"]
