"""Parquet and flat-table outputs through the CLI; the one-line error when an extra is missing."""

from __future__ import annotations

import csv
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

pq = pytest.importorskip("pyarrow.parquet")

from newsparse import arrow, parse_file  # noqa: E402
from newsparse.outputs import flat_columns, flat_rows  # noqa: E402

from .test_arrow import arrowed, unrow  # noqa: E402
from .test_batch import archive, interrupt_third_parse, leftovers, run  # noqa: E402


def test_parquet_has_one_row_per_story_in_input_order(tmp_path: Path) -> None:
    src = archive(tmp_path, n=12)
    target = tmp_path / "stories.parquet"
    result = run(src, "-o", target, "-j", "2", "-q")
    assert result.exit_code == 0, result.stderr
    t = pq.read_table(target)
    assert t.schema.equals(arrow.schema(), check_metadata=False)
    paths = sorted(str(p) for p in src.rglob("*.txt"))
    assert t.column("source").to_pylist()[0]["path"] == paths[0]
    assert [unrow(r) for r in t.to_pylist()] == [arrowed(parse_file(p).to_dict()) for p in paths]
    assert pq.ParquetFile(target).schema_arrow.metadata[b"newsparse.schema"] == b"newsparse/1.1"
    assert leftovers(tmp_path) == []
    assert not (tmp_path / "stories.errors.jsonl").exists()


def test_parquet_is_written_in_row_groups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(arrow, "ROW_GROUP", 4)
    src = archive(tmp_path, n=10)
    assert run(src, "-o", tmp_path / "s.parquet", "-j", "1", "-q").exit_code == 0
    meta = pq.ParquetFile(tmp_path / "s.parquet").metadata
    assert [meta.row_group(i).num_rows for i in range(meta.num_row_groups)] == [4, 4, 2]


def test_error_parquet_failures_go_beside_the_file(tmp_path: Path) -> None:
    src = archive(tmp_path, n=3)
    (src / "binary.txt").write_bytes(b"\x00" * 20)
    result = run(src, "-o", tmp_path / "stories.parquet", "-q")
    assert result.exit_code == 1
    assert f"newsparse: {src / 'binary.txt'}: binary file" in result.stderr
    assert pq.read_table(tmp_path / "stories.parquet").num_rows == 3
    logged = json.loads((tmp_path / "stories.errors.jsonl").read_text(encoding="utf-8"))
    assert logged["path"] == str(src / "binary.txt")


def test_interrupted_parquet_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = archive(tmp_path)
    target = tmp_path / "stories.parquet"
    target.write_bytes(b"old")
    interrupt_third_parse(monkeypatch)
    result = run(src, "-o", target, "-j", "1", "-q")
    assert result.exit_code == 130
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("table", ["quotes", "paragraphs", "credits"])
def test_flat_tables_are_the_same_rows_in_every_format(tmp_path: Path, table: str) -> None:
    src = archive(tmp_path, n=8)
    expected = [r for p in sorted(src.rglob("*.txt")) for r in flat_rows(parse_file(p).to_dict(), table)]
    assert expected
    for suffix in ("parquet", "csv", "jsonl"):
        result = run(src, "--table", table, "-o", tmp_path / f"t.{suffix}", "-j", "2", "-q")
        assert result.exit_code == 0, result.stderr
    dated = [{**r, "date": r["date"] and dt.date.fromisoformat(r["date"])} for r in expected]
    assert pq.read_table(tmp_path / "t.parquet").to_pylist() == dated  # a DATE in Parquet, a string in JSON
    lines = (tmp_path / "t.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == expected
    with open(tmp_path / "t.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == flat_columns(table)
    as_text = [["" if v is None else str(v) for v in r.values()] for r in expected]
    assert rows[1:] == as_text  # CSV has no null: empty cells
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--table", "quotes", "{d}", "-o", "{d}/out"], "--table quotes needs -o FILE.parquet"),
        (["{d}", "-o", "{d}/q.csv"], "add --table"),
        (["{d}", "-o", "{d}/folder.parquet"], "is a folder"),
        (
            ["{d}", "--scheduler", "local", "--table", "quotes", "-o", "{d}/q.csv"],
            "Parquet",
        ),
        (["{d}", "--scheduler", "local"], "give -o FOLDER.parquet"),
    ],
    ids=[
        "table-folder",
        "csv-no-table",
        "parquet-is-folder",
        "scheduler-csv",
        "scheduler-no-o",
    ],
)
def test_error_output_usage(tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "folder.parquet").mkdir()
    (tmp_path / "x.txt").write_text("Jakarta (ANTARA) - Teks.\n", encoding="utf-8")
    result = run(*[a.format(d=tmp_path) for a in args])
    assert result.exit_code == 2
    assert message in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder.parquet", "x.txt"]


# A user without the extras: the packages are blocked in a fresh interpreter, as if not installed.
BLOCKED = (
    "import sys\n"
    "for name in ('pyarrow', 'pyarrow.parquet', 'dask', 'dask.bag', 'distributed'):\n"
    "    sys.modules[name] = None\n"
    "from newsparse.cli import cli\n"
    "cli(sys.argv[1:], prog_name='newsparse')\n"
)


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (
            ["-o", "{d}/s.parquet"],
            "newsparse: -o {d}/s.parquet: pyarrow is not installed: pip install 'newsparse[parquet]'",
        ),
        (
            ["--table", "quotes", "-o", "{d}/q.parquet"],
            "newsparse: -o {d}/q.parquet: pyarrow is not installed: pip install 'newsparse[parquet]'",
        ),
        (
            ["-o", "{d}/s.parquet", "--scheduler", "local"],
            "newsparse: --scheduler: dask is not installed: pip install 'newsparse[dask]'",
        ),
        (
            ["--scheduler", "tcp://127.0.0.1:8786"],
            "newsparse: --scheduler: dask is not installed: pip install 'newsparse[dask]'",
        ),
    ],
    ids=["parquet", "table", "scheduler", "scheduler-no-output"],
)
def test_error_missing_extra_is_one_line_and_exit_2(tmp_path: Path, args: list[str], line: str) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "x.txt").write_text("Jakarta (ANTARA) - Teks.\n", encoding="utf-8")
    argv = [str(tmp_path / "in"), *[a.format(d=tmp_path) for a in args]]
    proc = subprocess.run([sys.executable, "-c", BLOCKED, *argv], capture_output=True, text=True, check=False)
    assert proc.returncode == 2
    assert proc.stderr == line.format(d=tmp_path) + "\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]  # nothing written


def test_csv_table_needs_no_extra(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "x.txt").write_text('Jakarta (ANTARA) - "Harga naik," kata Budi.\n', encoding="utf-8")
    argv = [str(tmp_path / "in"), "--table", "quotes", "-o", str(tmp_path / "q.csv"), "-q"]
    proc = subprocess.run([sys.executable, "-c", BLOCKED, *argv], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader((tmp_path / "q.csv").read_text(encoding="utf-8").splitlines()))
    assert [(r["speaker"], r["text"], r["city"]) for r in rows] == [("Budi", "Harga naik,", "Jakarta")]
