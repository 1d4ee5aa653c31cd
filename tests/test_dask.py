"""The batch on a real distributed.LocalCluster (two worker processes): the dataset equals a local batch."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

distributed = pytest.importorskip("distributed")
pq = pytest.importorskip("pyarrow.parquet")

from newsparse import dask as ndask  # noqa: E402
from newsparse import parse_file  # noqa: E402

from .test_arrow import arrowed, unrow  # noqa: E402
from .test_batch import archive, leftovers, run  # noqa: E402


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def rows(dataset: Path) -> list[dict[str, Any]]:
    return pq.read_table(dataset).to_pylist()


def parts(dataset: Path) -> list[str]:
    return sorted(p.name for p in dataset.iterdir())


def test_cluster_dataset_equals_the_local_batch(tmp_path: Path, client: Any) -> None:
    src = archive(tmp_path, n=20)
    local = tmp_path / "local.parquet"
    assert run(src, "-o", local, "-q").exit_code == 0
    dataset = tmp_path / "out.parquet"
    result = run(src, "-o", dataset, "--scheduler", client.scheduler.address)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith("newsparse: 20 stories, ")
    assert " 0 failed, 0 skipped in " in result.stderr
    # two workers, eight partitions each: 20 files in parts of ceil(20 / 16) = 2
    assert parts(dataset) == [f"part-{i:05d}.parquet" for i in range(10)]
    got = rows(dataset)
    paths = [r["source"]["path"] for r in got]
    assert sorted(paths) == sorted(str(p) for p in src.rglob("*.txt"))  # every story exactly once
    assert len(set(paths)) == 20
    assert got == rows(local)  # the same rows, in the same order
    assert leftovers(tmp_path) == []
    assert not (tmp_path / "out.errors.jsonl").exists()


def test_error_a_failing_file_is_logged_and_the_rest_completes(tmp_path: Path, client: Any) -> None:
    src = archive(tmp_path, n=6)
    (src / "2014" / "binary.txt").write_bytes(b"\x00\x01binary" * 10)
    dataset = tmp_path / "out.parquet"
    result = run(src, "-o", dataset, "--scheduler", client.scheduler.address, "-q")
    assert result.exit_code == 1
    bad = str(src / "2014" / "binary.txt")
    assert result.stderr == f"newsparse: {bad}: binary file (NUL bytes), not a text story\n"
    logged = [json.loads(x) for x in (tmp_path / "out.errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert logged == [{"path": bad, "error": "binary file (NUL bytes), not a text story"}]
    paths = sorted(r["source"]["path"] for r in rows(dataset))
    assert paths == sorted(str(p) for p in src.rglob("*.txt") if p.name != "binary.txt")


def test_error_a_part_that_cannot_be_written_fails_its_files_only(tmp_path: Path, client: Any) -> None:
    src = archive(tmp_path, n=4)
    dataset = tmp_path / "out.parquet"
    (dataset / "part-00001.parquet").mkdir(parents=True)  # the second part cannot be renamed into place
    failed = ndask.to_parquet(str(src), dataset, files_per_part=2, client=client)
    paths = sorted(str(p) for p in src.rglob("*.txt"))
    assert [path for path, _ in failed] == paths[2:]
    assert all(reason.startswith("part failed: IsADirectoryError") for _, reason in failed)
    assert [r["source"]["path"] for r in rows(dataset / "part-00000.parquet")] == paths[:2]
    assert leftovers(tmp_path) == []


def test_urls_are_read_on_the_workers(tmp_path: Path, client: Any) -> None:
    src = archive(tmp_path, n=5)
    url = f"file://{src}/**/*.txt"
    dataset = tmp_path / "out.parquet"
    failed = ndask.to_parquet(url, dataset, files_per_part=2, client=client)
    assert failed == []
    assert parts(dataset) == ["part-00000.parquet", "part-00001.parquet", "part-00002.parquet"]
    got = rows(dataset)
    assert [r["source"]["path"] for r in got] == [f"file://{p}" for p in sorted(src.rglob("*.txt"))]
    expected = [arrowed(parse_file(p).to_dict()) for p in sorted(src.rglob("*.txt"))]
    for row, story in zip(got, expected, strict=True):
        row = unrow(row)
        assert row.pop("source") != story.pop("source")  # the URL, not the local path
        assert row == story


def test_rerun_with_fewer_files_removes_stale_parts(tmp_path: Path, client: Any) -> None:
    src = archive(tmp_path, n=6)
    dataset = tmp_path / "out.parquet"
    assert ndask.to_parquet(str(src), dataset, files_per_part=2, client=client) == []
    assert len(parts(dataset)) == 3
    assert ndask.to_parquet(str(src), dataset, files_per_part=3, client=client) == []
    assert parts(dataset) == ["part-00000.parquet", "part-00001.parquet"]
    assert len(rows(dataset)) == 6


def test_flat_table_on_the_cluster(tmp_path: Path, client: Any) -> None:
    src = archive(tmp_path, n=6)
    assert run(src, "--table", "quotes", "-o", tmp_path / "q.parquet", "-q").exit_code == 0
    dataset = tmp_path / "qd.parquet"
    assert (
        run(src, "--table", "quotes", "-o", dataset, "--scheduler", client.scheduler.address, "-q").exit_code
        == 0
    )
    assert rows(dataset) == pq.read_table(tmp_path / "q.parquet").to_pylist()


def test_stories_bag(tmp_path: Path, client: Any) -> None:
    src = archive(tmp_path, n=5)
    bag = ndask.stories(str(src), files_per_partition=2)
    assert bag.npartitions == 3
    got = bag.compute()
    assert got == [parse_file(p).to_dict() for p in sorted(src.rglob("*.txt"))]
    assert bag.pluck("header").pluck("city").count().compute() == 5


def test_error_dataset_folder_with_other_files_is_refused(tmp_path: Path, client: Any) -> None:
    src = archive(tmp_path, n=2)
    dataset = tmp_path / "out.parquet"
    dataset.mkdir()
    (dataset / "notes.txt").write_text("mine", encoding="utf-8")
    result = run(src, "-o", dataset, "--scheduler", client.scheduler.address)
    assert result.exit_code == 2
    assert "holds notes.txt" in result.stderr
    assert parts(dataset) == ["notes.txt"]


def test_local_scheduler_starts_and_stops_its_own_cluster(tmp_path: Path) -> None:
    src = archive(tmp_path, n=4)
    result = run(src, "-o", tmp_path / "out.parquet", "--scheduler", "local", "-j", "1", "-q")
    assert result.exit_code == 0, result.stderr
    assert len(rows(tmp_path / "out.parquet")) == 4
