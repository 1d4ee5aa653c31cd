"""The command line through click's CliRunner: formats, stdin, several files, errors and exit codes."""

from __future__ import annotations

import csv
import inspect
import io
import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsparse
from newsparse import __version__, parse_file
from newsparse.cli import cli

from .conftest import SEED

STORY = "Jakarta (ANTARA) - Harga beras naik.\n\nEditor: Agus Salim\n"


def run(*args: str, stdin: str | bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)


def test_json_for_the_seed_story() -> None:
    result = run("--format", "json", str(SEED))
    assert result.exit_code == 0
    d = json.loads(result.output)
    assert d["schema"] == "newsparse/1.1"
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
    assert "paragraphs (14" in result.output
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


# --- issue 19: failures as one line, the view and the API -------------------------------------------


def test_error_unreadable_input_is_one_failure_not_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # what a user who is not root meets: access() says the file cannot be read (click used to turn
    # that into a four-line usage error, exit 2, nothing converted); the read then fails as well
    locked = tmp_path / "locked.txt"
    locked.write_text(STORY)
    real_access, real_open = os.access, open

    def access(path, mode, *args, **kwargs):  # type: ignore[no-untyped-def]
        if os.fspath(path) == str(locked) and mode & os.R_OK:
            return False
        return real_access(path, mode, *args, **kwargs)

    def opener(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr("builtins.open", opener)
    result = CliRunner().invoke(
        cli, [str(SEED), str(locked), "-o", str(tmp_path / "mix"), "-j", "1", "-q"], catch_exceptions=False
    )
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [f"newsparse: {locked}: Permission denied"]
    assert (tmp_path / "mix" / "antara-nato-2014.json").exists()  # the batch went on


def test_table_without_output_is_csv_on_stdout(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, [str(SEED), "--table", "quotes", "-q"], catch_exceptions=False)
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    quotes = parse_file(SEED).quotes
    assert [r["text"] for r in rows] == [q.text for q in quotes]
    assert rows[0]["speaker"] == "Anders Fogh Rasmussen"
    assert rows[0]["paragraph"] == str(quotes[0].paragraph)


def rich(*args: str) -> str:
    result = CliRunner(env={"COLUMNS": "200"}).invoke(
        cli, ["--format", "rich", *args], catch_exceptions=False
    )
    assert result.exit_code == 0
    return result.stdout


def test_rich_view_heads_each_of_several_files_with_its_path(tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text(STORY)
    out = rich(str(SEED), str(other))
    assert out.index(str(SEED)) < out.index("Brussel") < out.index(str(other)) < out.index("Agus Salim")
    assert str(SEED) not in rich(str(SEED))  # one file: no heading


def test_rich_view_numbers_paragraphs_as_json_does() -> None:
    out = rich(str(SEED))
    story = parse_file(SEED)
    q = story.quotes[1]  # "Jadi hari ini (Selasa), ..." in JSON's paragraph 4
    line = next(ln for ln in out.splitlines() if q.text[:30] in ln)
    assert line.strip("│ ").startswith(f"{q.paragraph} "), line
    first = next(ln for ln in out.splitlines() if story.paragraphs[0].text[:30] in ln)
    assert first.strip("│ ").startswith("0 "), first


def test_rich_view_escapes_control_characters(tmp_path: Path) -> None:
    wire = tmp_path / "wire.txt"
    wire.write_text("\x01xyz0042 3 i 312 dpa 0051\n\x02REFILE\n" + STORY + "\x16\x13 \x1b[31mred\n")
    out = rich(str(wire))
    assert not any(c in out for c in "\x01\x02\x13\x16\x1b"), repr(out)
    assert "^Axyz0042" in out and "^BREFILE" in out and "^V^S" in out and "^[[31mred" in out


def test_rich_view_shows_subheads_where_they_stand(tmp_path: Path) -> None:
    story = tmp_path / "sub.txt"
    story.write_text(
        "LONDON (Reuters) - The first paragraph of the story is long enough to be one.\n\n"
        "The second paragraph says what happened next in the city.\n\n"
        "RESCUE EFFORTS\n\n"
        "The third paragraph comes after the crosshead and ends the story.\n"
    )
    parsed = parse_file(story)
    assert [o.raw for o in parsed.other_lines if o.kind == "subhead"] == ["RESCUE EFFORTS"]
    out = rich(str(story))
    assert out.index("what happened next") < out.index("RESCUE EFFORTS") < out.index("after the crosshead")


def test_readme_and_signature_agree_on_parse() -> None:
    language = inspect.signature(newsparse.parse).parameters["language"]
    assert language.kind is inspect.Parameter.KEYWORD_ONLY
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    assert "`parse(text, *, language=None)`" in readme
    assert "parse(text, language=None)" not in readme


def test_every_public_function_has_a_docstring() -> None:
    for name in newsparse.__all__:
        value = getattr(newsparse, name)
        if callable(value):
            assert (value.__doc__ or "").strip(), name


def test_dir_shows_the_public_api() -> None:
    assert dir(newsparse) == sorted(newsparse.__all__)
    assert "pipeline" not in dir(newsparse) and "cache" not in dir(newsparse)


def test_error_newsparse_error_names_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    with pytest.raises(newsparse.NewsparseError) as caught:
        newsparse.parse_file(missing)
    assert str(caught.value) == f"{missing}: No such file or directory"
    assert caught.value.path == str(missing) and caught.value.reason == "No such file or directory"
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(newsparse.NewsparseError, match=f"^{empty}: empty file"):
        newsparse.parse_file(empty)
    assert pickle.loads(pickle.dumps(caught.value)).reason == caught.value.reason  # crosses processes


def test_one_story_imports_no_batch_or_output_machinery() -> None:
    # start-up: `newsparse story.txt --format json` needs none of these
    code = (
        "import sys\n"
        "from newsparse.cli import cli\n"
        "try:\n"
        f"    cli([{str(SEED)!r}, '--format', 'json'], standalone_mode=False)\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(' '.join(sorted(sys.modules)), file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(result.stderr.split())
    assert json.loads(result.stdout)["header"]["city"] == "Brussel"
    for heavy in (
        "newsparse.batch",
        "newsparse.outputs",
        "rich",
        "pyarrow",
        "dask",
        "multiprocessing",
        "csv",
    ):
        assert heavy not in loaded, heavy


def test_cli_tables_are_the_outputs_tables() -> None:
    from newsparse import cli as cli_module
    from newsparse.outputs import FLAT_TABLES

    assert cli_module.FLAT_TABLES == FLAT_TABLES
