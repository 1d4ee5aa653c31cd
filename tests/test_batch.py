"""Batch conversion through the CLI: mirrored folders, JSON Lines, faults isolated, resume, parallel runs."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from newsparse import batch, reader
from newsparse.cli import cli

from .conftest import FIXTURES, SAMPLES, SEED

STORY = "Jakarta (ANTARA) - Harga beras naik.\n\nEditor: Agus Salim\n"
STORIES = sorted(FIXTURES.glob("*/*.txt")) + sorted(SAMPLES.glob("*.txt"))


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def archive(root: Path, n: int = 6) -> Path:
    """root/in with stories in nested folders, plus a file the default glob leaves alone."""
    src = root / "in"
    for i in range(n):
        folder = src / f"{2014 + i % 2}" / f"{i % 3:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"story-{i}.txt").write_bytes(STORIES[i % len(STORIES)].read_bytes())
    (src / "notes.md").write_text("not a story", encoding="utf-8")
    return src


def outputs(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*.json"))}


@pytest.fixture(autouse=True)
def _sigint_restored() -> Any:
    """An interrupted run keeps its SIGINT handler (a further Ctrl-C exits 130 at once); not past a test."""
    before = signal.getsignal(signal.SIGINT)
    yield
    signal.signal(signal.SIGINT, before)


def leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.endswith(".tmp")]


def test_folder_mirrors_the_tree(tmp_path: Path) -> None:
    src = archive(tmp_path)
    result = run(src, "-o", tmp_path / "out", "-q")
    assert result.exit_code == 0
    txts = sorted(str(p.relative_to(src).with_suffix(".json")) for p in src.rglob("*.txt"))
    assert sorted(outputs(tmp_path / "out")) == txts
    assert not (tmp_path / "out" / "notes.json").exists()
    assert not (tmp_path / "out" / "errors.jsonl").exists()
    one = json.loads((tmp_path / "out" / "2015" / "01" / "story-1.json").read_text(encoding="utf-8"))
    assert one["source"]["path"] == str(src / "2015" / "01" / "story-1.txt")
    assert one["schema"] == "newsparse/1.1"
    assert leftovers(tmp_path) == []
    assert result.stdout == ""


def test_glob_chooses_the_files(tmp_path: Path) -> None:
    src = archive(tmp_path)
    (src / "2014" / "wire.story").write_text(STORY, encoding="utf-8")
    result = run(src, "-o", tmp_path / "out", "--glob", "*.story", "-q")
    assert result.exit_code == 0
    assert list(outputs(tmp_path / "out")) == ["2014/wire.json"]


def test_several_folders_each_get_their_own_subfolder(tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "x.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "single.txt").write_text(STORY, encoding="utf-8")
    args = (tmp_path / "a", tmp_path / "b", tmp_path / "single.txt")
    result = run(*args, "-o", tmp_path / "out", "-q")
    assert result.exit_code == 0
    assert list(outputs(tmp_path / "out")) == ["a/x.json", "b/x.json", "single.json"]


def test_jsonl_file_has_one_line_per_story_with_its_path(tmp_path: Path) -> None:
    src = archive(tmp_path)
    target = tmp_path / "all.jsonl"
    result = run(src, "-o", target, "-q")
    assert result.exit_code == 0
    lines = target.read_text(encoding="utf-8").splitlines()
    paths = [json.loads(line)["source"]["path"] for line in lines]
    # in walk order: sorted within each folder, depth first
    assert paths == sorted(str(p) for p in src.rglob("*.txt"))
    assert leftovers(tmp_path) == []


def test_folder_without_output_streams_jsonl_to_stdout(tmp_path: Path) -> None:
    src = archive(tmp_path)
    result = run(src, SEED, "-q")
    assert result.exit_code == 0
    paths = [json.loads(line)["source"]["path"] for line in result.stdout.splitlines()]
    assert paths == [*sorted(str(p) for p in src.rglob("*.txt")), str(SEED)]


def test_stdin_among_folders_to_jsonl(tmp_path: Path) -> None:
    src = archive(tmp_path, n=2)
    target = tmp_path / "all.jsonl"
    args = [str(src), "-", "-o", str(target), "-q"]
    result = CliRunner().invoke(cli, args, input=STORY, catch_exceptions=False)
    assert result.exit_code == 0
    lines = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [d["source"]["path"] for d in lines][-1] == "-"
    assert lines[-1]["editor"] == "Agus Salim"


def test_summary_line_on_stderr_unless_quiet(tmp_path: Path) -> None:
    src = archive(tmp_path, n=3)
    result = run(src, "-o", tmp_path / "out")
    assert result.exit_code == 0
    assert result.stderr.startswith("newsparse: 3 stories, ")
    assert " quotes, " in result.stderr and " 0 failed, 0 skipped in " in result.stderr
    assert result.stderr.rstrip().endswith("stories/s)")
    assert run(src, "-o", tmp_path / "out2", "-q").stderr == ""


def test_progress_bar_when_stderr_is_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "_stderr_is_terminal", lambda: True)
    src = archive(tmp_path)
    result = run(src, "-o", tmp_path / "out", "-j", "1")
    assert result.exit_code == 0
    assert len(outputs(tmp_path / "out")) == 6
    assert "newsparse: 6 stories" in result.stderr


def test_parallel_gives_the_same_outputs(tmp_path: Path) -> None:
    src = archive(tmp_path, n=24)
    assert run(src, "-o", tmp_path / "one", "-j", "1", "-q").exit_code == 0
    assert run(src, "-o", tmp_path / "two", "-j", "2", "-q").exit_code == 0
    assert outputs(tmp_path / "one") == outputs(tmp_path / "two")
    assert len(outputs(tmp_path / "one")) == 24
    assert run(src, "-o", tmp_path / "one.jsonl", "-j", "1", "-q").exit_code == 0
    assert run(src, "-o", tmp_path / "two.jsonl", "-j", "2", "-q").exit_code == 0
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
    assert leftovers(tmp_path) == []


# --- faults ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_error_bad_files_are_isolated_and_reported(tmp_path: Path, jobs: str) -> None:
    src = archive(tmp_path)
    (src / "2014" / "binary.txt").write_bytes(b"\x00\x01\x02binary\x00" * 10)
    (src / "2015" / "latin1.txt").write_bytes("Jakarta (ANTARA) - café\n".encode("latin-1"))
    out = tmp_path / "out"
    # --encoding utf-8: decoding is strict, so the Latin-1 file cannot be read whatever the detector does
    result = run(src, "-o", out, "--encoding", "utf-8", "-j", jobs, "-q")
    assert result.exit_code == 1
    errors = result.stderr.splitlines()
    assert errors == [
        f"newsparse: {src / '2014' / 'binary.txt'}: binary file (NUL bytes), not a text story",
        f"newsparse: {src / '2015' / 'latin1.txt'}: cannot decode as utf-8: " + errors[1].split(": ", 3)[3],
    ]
    logged = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [e["path"] for e in logged] == [str(src / "2014" / "binary.txt"), str(src / "2015" / "latin1.txt")]
    assert "binary" in logged[0]["error"] and "utf-8" in logged[1]["error"]
    assert len(outputs(out)) == 6  # every good story still written
    assert not (out / "2014" / "binary.json").exists()
    assert leftovers(tmp_path) == []


def test_error_missing_input_file_is_reported(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text(STORY, encoding="utf-8")
    result = run(tmp_path / "nope.txt", tmp_path / "ok.txt", "-o", tmp_path / "out", "-q")
    assert result.exit_code == 1
    assert "nope.txt" in result.stderr
    assert (tmp_path / "out" / "ok.json").exists()


def test_error_jsonl_failures_go_beside_the_file(tmp_path: Path) -> None:
    src = archive(tmp_path, n=2)
    (src / "binary.txt").write_bytes(b"\x00" * 20)
    result = run(src, "-o", tmp_path / "all.jsonl", "-q")
    assert result.exit_code == 1
    assert len((tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()) == 2
    logged = json.loads((tmp_path / "all.errors.jsonl").read_text(encoding="utf-8"))
    assert logged["path"] == str(src / "binary.txt")


def test_error_parser_crash_is_isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = archive(tmp_path, n=3)
    real = reader.parse

    def crash_on_story_1(text: str, **kw: Any) -> Any:
        if kw["source"].path.endswith("story-1.txt"):
            raise IndexError("boom")
        return real(text, **kw)

    monkeypatch.setattr(reader, "parse", crash_on_story_1)
    result = run(src, "-o", tmp_path / "out", "-j", "1", "-q")
    assert result.exit_code == 1
    assert "story-1.txt: internal error: IndexError: boom" in result.stderr
    assert len(outputs(tmp_path / "out")) == 2


def test_error_two_inputs_one_output_name(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.md").write_text(STORY, encoding="utf-8")
    (tmp_path / "in" / "a.txt").write_text(STORY, encoding="utf-8")
    result = run(tmp_path / "in", "-o", tmp_path / "out", "--glob", "a.*", "-q")
    assert result.exit_code == 1
    assert "a.txt: output a.json would also come from a.md" in result.stderr
    out = json.loads((tmp_path / "out" / "a.json").read_text(encoding="utf-8"))
    assert out["source"]["path"].endswith("a.md")


# --- never overwrite an input ----------------------------------------------------------------------


def test_error_output_folder_is_the_input_with_a_json_glob(tmp_path: Path) -> None:
    src = archive(tmp_path)
    before = {p: p.read_bytes() for p in src.rglob("*") if p.is_file()}
    for glob in ("*", "*.json", "story-*"):
        result = run(src, "-o", src, "--glob", glob)
        assert result.exit_code == 2, glob
        assert "overlaps the input folder" in result.stderr
    result = run(src, "-o", src / "2014", "--glob", "*")
    assert result.exit_code == 2
    assert {p: p.read_bytes() for p in src.rglob("*") if p.is_file()} == before


def test_output_folder_inside_the_input_is_not_read_back(tmp_path: Path) -> None:
    src = archive(tmp_path)
    assert run(src, "-o", src / "out", "-q").exit_code == 0
    (src / "out" / "stray.txt").write_text(STORY, encoding="utf-8")
    result = run(src, "-o", src / "out", "--force", "-q")
    assert result.exit_code == 0
    assert not (src / "out" / "out").exists()
    assert len(outputs(src / "out")) == 6


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["{d}/x.json", "-o", "{d}"], "overwrite the input"),
        (["{d}", "-o", "{d}/all.jsonl", "--glob", "*.jsonl"], "overwrite an input"),
        (["-", "-o", "{d}/out"], "standard input"),
        (["{d}", "-o", "{d}/out.json"], "a .jsonl file"),
        (["{d}/x.json", "-o", "{d}/x.json"], "not a folder"),
        (["--format", "rich", "{d}"], "folders give JSON"),
        (["{d}/a/data", "{d}/b/data", "-o", "{d}/out"], "would both be written to data/"),
    ],
    ids=[
        "file-onto-itself",
        "jsonl-in-input",
        "stdin-to-folder",
        "dot-json",
        "existing-file",
        "rich",
        "same-name",
    ],
)
def test_error_unsafe_command_lines_are_usage_errors(tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "x.json").write_text(STORY, encoding="utf-8")
    (tmp_path / "all.jsonl").write_text("keep me\n", encoding="utf-8")
    for name in ("a", "b"):
        (tmp_path / name / "data").mkdir(parents=True)
    result = run(*[a.format(d=tmp_path) for a in args])
    assert result.exit_code == 2
    assert message in result.stderr
    assert (tmp_path / "x.json").read_text(encoding="utf-8") == STORY
    assert (tmp_path / "all.jsonl").read_text(encoding="utf-8") == "keep me\n"


# --- resume, --force and interrupts -----------------------------------------------------------------


def mtimes(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_mtime_ns for p in folder.rglob("*.json")}


def test_rerun_skips_fresh_outputs_and_force_redoes_them(tmp_path: Path) -> None:
    src = archive(tmp_path)
    out = tmp_path / "out"
    assert run(src, "-o", out, "-q").exit_code == 0
    first = mtimes(out)
    assert len(first) == 6

    again = run(src, "-o", out)
    assert again.exit_code == 0
    assert "0 stories" in again.stderr and "6 skipped" in again.stderr
    assert mtimes(out) == first

    # an input edited after its output was written is done again, the others are left alone
    edited = src / "2014" / "00" / "story-0.txt"
    stale = out / "2014" / "00" / "story-0.json"
    earlier = edited.stat().st_mtime_ns - 10_000_000_000
    os.utime(stale, ns=(earlier, earlier))
    result = run(src, "-o", out)
    assert "1 stories" in result.stderr and "5 skipped" in result.stderr
    now = mtimes(out)
    assert now.pop("2014/00/story-0.json") > edited.stat().st_mtime_ns
    assert now == {k: v for k, v in first.items() if k != "2014/00/story-0.json"}

    forced = run(src, "-o", out, "--force")
    assert "6 stories" in forced.stderr and "0 skipped" in forced.stderr
    assert all(mtimes(out)[k] > first[k] for k in first)


def test_interrupt_leaves_whole_files_and_resumes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = archive(tmp_path)
    out = tmp_path / "out"
    real = os.replace
    calls = 0

    def interrupted_replace(a: Any, b: Any) -> None:
        nonlocal calls
        calls += 1
        if calls == 3:  # Ctrl-C after the third story's temp file is written, before its rename
            raise KeyboardInterrupt
        return real(a, b)

    monkeypatch.setattr(os, "replace", interrupted_replace)
    result = run(src, "-o", out, "-j", "1", "-q")
    monkeypatch.setattr(os, "replace", real)
    assert result.exit_code == 130
    assert "interrupted" in result.stderr
    assert leftovers(tmp_path) == []
    done = outputs(out)
    assert len(done) == 2
    for data in done.values():
        json.loads(data)

    assert isinstance(signal.getsignal(signal.SIGINT), batch._Interrupts)  # a second Ctrl-C: exit at once

    resumed = run(src, "-o", out, "-j", "1")
    assert resumed.exit_code == 0
    assert "4 stories" in resumed.stderr and "2 skipped" in resumed.stderr
    assert len(outputs(out)) == 6


def interrupt_third_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C while the third story is parsed."""
    real = reader.parse
    seen = 0

    def stop_on_third(text: str, **kw: Any) -> Any:
        nonlocal seen
        seen += 1
        if seen == 3:
            raise KeyboardInterrupt
        return real(text, **kw)

    monkeypatch.setattr(reader, "parse", stop_on_third)


def test_interrupted_jsonl_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = archive(tmp_path)
    target = tmp_path / "all.jsonl"
    target.write_text("old\n", encoding="utf-8")
    interrupt_third_parse(monkeypatch)
    result = run(src, "-o", target, "-j", "1", "-q")
    assert result.exit_code == 130
    assert target.read_text(encoding="utf-8") == "old\n"
    assert leftovers(tmp_path) == []


# --- start-up ---------------------------------------------------------------------------------------


def test_json_for_one_file_does_not_import_rich() -> None:
    code = (
        "import sys\n"
        "import newsparse.cli\n"
        "assert not [m for m in sys.modules if m == 'rich' or m.startswith('rich.')], 'on import'\n"
        "try:\n"
        f"    newsparse.cli.cli(['--format', 'json', {str(SEED)!r}], prog_name='newsparse')\n"
        "except SystemExit as exc:\n"
        "    assert exc.code in (0, None), exc.code\n"
        "loaded = sorted(m for m in sys.modules if m == 'rich' or m.startswith(('rich.', 'concurrent.')))\n"
        "print(loaded, file=sys.stderr)\n"
        "assert not loaded, loaded\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["header"]["city"] == "Brussel"
