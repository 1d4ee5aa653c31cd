"""The same batch on a Dask distributed cluster: partitions of files parsed on the workers, one Parquet part each.

``newsparse archive/ -o out.parquet --scheduler tcp://HOST:8786`` (or ``--scheduler local`` for a
LocalCluster of ``-j`` worker processes on this machine) lists the inputs on the client (names only),
sends each worker a partition of paths, and the worker reads, parses and writes
``out.parquet/part-00000.parquet`` with the same writer a local batch uses (arrow.Writer: row groups,
a temporary name renamed into place). Inputs may be local paths or fsspec URLs
(``s3://bucket/wire/**/*.txt``): a story's bytes are read on the worker, never pulled through the client.
The output folder must be one the workers can write to (this machine, or a shared file system).
Failures come back as lines of the errors file beside the folder (``out.errors.jsonl``), with the
summary line and exit status of a local batch.

For your own pipelines: ``stories(urlpath)`` is a dask bag of ``Story.to_dict()`` dicts, and
``to_parquet(urlpath, "out.parquet")`` writes the dataset on the current ``distributed.Client``.

``dask[distributed]`` is the optional extra ``newsparse[dask]``: importing this module without it
raises ``newsparse.optional.MissingExtra``, whose message says what to install. The absolute imports
below reach the real ``dask`` package, not this module.
"""

from __future__ import annotations

import contextlib
import glob
import math
import os
import re
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsparse.batch import (
    MAX_CHUNK,
    BatchUsageError,
    ErrorLog,
    Item,
    Result,
    Summary,
    convert_chunk,
    errors_path,
    plan,
)
from newsparse.batch import _matcher as matcher
from newsparse.model import Story
from newsparse.optional import import_optional
from newsparse.outputs import output_for
from newsparse.pipeline import parse
from newsparse.reader import NewsparseError, Options, from_bytes, parse_path

if TYPE_CHECKING:
    import dask
    import dask.bag as db
    import distributed
    import fsspec  # type: ignore[import-untyped]
else:
    dask = import_optional("dask", "dask")
    db = import_optional("dask.bag", "dask")
    distributed = import_optional("distributed", "dask")
    fsspec = import_optional("fsspec", "dask")
    import_optional("pyarrow", "dask")  # the parts are Parquet

# partitions per worker: enough that the last ones end close together (a worker idles at most a small
# part at the end), few enough that a part costs little (a task and a file open each)
PARTS_PER_WORKER = 8
MAX_PART = 5000  # files per partition at the most: a part of a few tens of MB
PART = re.compile(r"part-\d{5}\.parquet")


def is_url(path: str) -> bool:
    return "://" in path


# --- inputs ----------------------------------------------------------------------------------------


def list_inputs(paths: Sequence[str], pattern: str = "*.txt") -> list[Item]:
    """Every input, in the order a local batch takes them; URLs are listed by name with fsspec."""
    items: list[Item] = []
    for path in paths:
        if is_url(path):
            items.extend(Item(url) for url in _list_url(path, pattern))
        else:
            items.extend(plan((path,), None, pattern).items(force=True))
    return items


def _list_url(url: str, pattern: str) -> list[str]:
    """``s3://bucket/wire/**/*.txt`` by its glob; ``s3://bucket/wire/`` walked for --glob; or one file."""
    fs, root = fsspec.core.url_to_fs(url)
    if glob.has_magic(root):
        found = [p for p, info in fs.glob(root, detail=True).items() if info.get("type") == "file"]
    elif fs.isdir(root):
        match = matcher(pattern)
        base = root.rstrip("/") + "/"
        found = [p for p in fs.find(root) if match(p.rpartition("/")[2], p.removeprefix(base))]
    else:
        found = [root]
    return [fs.unstrip_protocol(p) for p in sorted(found)]


def read(path: str, options: Options) -> tuple[Story, str]:
    """A story from a local path or an fsspec URL, read where this runs (on a worker)."""
    if not is_url(path):
        return parse_path(path, options)
    try:
        with fsspec.open(path, "rb") as fh:
            data = fh.read()
    except (OSError, ValueError) as exc:
        raise NewsparseError(getattr(exc, "strerror", None) or str(exc), path) from None
    text, source = from_bytes(data, path, options.encoding)
    return parse(text, language=options.language, source=source), text


# --- the library interface -------------------------------------------------------------------------


def _story_dict(path: str, options: Options) -> dict[str, Any]:
    return read(path, options)[0].to_dict()


def stories(
    urlpath: str | Sequence[str],
    *,
    pattern: str = "*.txt",
    language: str | None = None,
    encoding: str | None = None,
    files_per_partition: int = 100,
) -> db.Bag:
    """A dask bag of ``Story.to_dict()`` dicts, one per file (a file that cannot be read raises)."""
    paths = [urlpath] if isinstance(urlpath, str) else list(urlpath)
    items = list_inputs(paths, pattern)
    files = [i.path for i in items if i.error is None]
    options = Options(language=language, encoding=encoding)
    return db.from_sequence(files, partition_size=files_per_partition).map(_story_dict, options)


def write_part(
    items: list[Item], index: int, output: str, options: Options, table: str | None
) -> list[Result]:
    """On a worker: parse a partition of files into ``output/part-NNNNN.parquet`` (atomically)."""
    out = output_for(Path(output) / f"part-{index:05d}.parquet", folder=False, table=table)
    out.open()
    results: list[Result] = []
    ok = False
    try:
        for start in range(0, len(items), MAX_CHUNK):
            chunk = convert_chunk(items[start : start + MAX_CHUNK], options, out.encode, read)
            out.write([record for _, record, *_, error in chunk if error is None])
            results += [(path, None, quotes, warns, error) for path, _, quotes, warns, error in chunk]
        ok = True
    finally:
        out.close(ok=ok)
    return results


def _partitions(items: list[Item], workers: int, files_per_part: int | None) -> list[list[Item]]:
    size = files_per_part or min(MAX_PART, max(1, math.ceil(len(items) / (workers * PARTS_PER_WORKER))))
    return [items[i : i + size] for i in range(0, len(items), size)]


def _run_parts(
    client: distributed.Client,
    items: list[Item],
    output: Path,
    options: Options,
    table: str | None,
    files_per_part: int | None,
) -> Iterator[list[Result]]:
    """Each partition's results, in input order, as the parts are written; stale parts removed at the end."""
    _check_dataset_folder(output)
    output.mkdir(parents=True, exist_ok=True)
    workers = max(1, len(client.scheduler_info(n_workers=-1)["workers"]))
    parts = _partitions(items, workers, files_per_part)
    # the folder as an absolute path: a worker's working folder need not be the client's
    futures = client.map(
        write_part,
        parts,
        range(len(parts)),
        output=str(output.resolve()),
        options=options,
        table=table,
        pure=False,
    )
    written = set()
    try:
        for index, (part, future) in enumerate(zip(parts, futures, strict=True)):
            try:
                results = future.result()
            except Exception as exc:  # a part that could not be written, or a worker that died
                reason = f"part failed: {type(exc).__name__}: {exc}"
                results = [(item.path, None, 0, 0, reason) for item in part]
            else:
                written.add(f"part-{index:05d}.parquet")
            yield results
    finally:
        client.cancel(futures)
    for stale in output.iterdir():  # an earlier run's part that this run did not write over
        if PART.fullmatch(stale.name) and stale.name not in written and stale.is_file():
            stale.unlink()


def _check_dataset_folder(output: Path) -> None:
    """Refuse a folder that holds anything but our parts: it is not ours to write into."""
    if not output.is_dir():
        return
    for entry in output.iterdir():
        if not PART.fullmatch(entry.name) and not entry.name.startswith("."):
            raise BatchUsageError(f"-o {output}: the folder holds {entry.name}, not only Parquet parts")


def to_parquet(
    urlpath: str | Sequence[str],
    output: str | os.PathLike[str],
    *,
    pattern: str = "*.txt",
    language: str | None = None,
    encoding: str | None = None,
    table: str | None = None,
    files_per_part: int | None = None,
    client: distributed.Client | None = None,
) -> list[tuple[str, str]]:
    """Parse every file on the cluster into the Parquet dataset ``output/part-NNNNN.parquet``.

    Uses ``client`` or the current ``distributed`` client; ``table`` writes a flat table instead of
    stories. Returns the files that failed, as (path, reason); the others are all in the dataset.
    """
    client = client or distributed.get_client()
    paths = [urlpath] if isinstance(urlpath, str) else list(urlpath)
    items = list_inputs(paths, pattern)
    options = Options(language=language, encoding=encoding)
    failed = []
    for results in _run_parts(client, items, Path(output), options, table, files_per_part):
        failed += [(path, error) for path, *_, error in results if error is not None]
    return failed


# --- the command line ------------------------------------------------------------------------------


@contextlib.contextmanager
def connect(scheduler: str, workers: int | None) -> Iterator[distributed.Client]:
    """A client of the cluster at ``scheduler``, or of a LocalCluster of worker processes ("local")."""
    if scheduler != "local":
        with distributed.Client(scheduler) as client:
            yield client
        return
    n = workers or os.cpu_count() or 1
    # dashboard ":0": a free port, so that a second cluster on the machine does not collide.
    with (
        dask.config.set(_local_config()),
        distributed.LocalCluster(
            n_workers=n, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def _local_config() -> dict[str, Any]:
    """Settings for the LocalCluster of ``--scheduler local``, whose workers only parse.

    forkserver: workers forked from a process that has imported distributed once start in half the
    time of spawn (the default) and stop at once, without fork's risk in a threaded client. The
    worker's statistical profiler (a stack sample every 10 ms) and its 20 ms event-loop tick take the
    GIL from the parsing thread: measured here at about 7% of a worker's CPU, 1% without them.
    """
    import multiprocessing

    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    return {
        "distributed.worker.multiprocessing-method": method,
        "distributed.worker.profile.enabled": False,
        "distributed.admin.tick.interval": "1s",
        "distributed.admin.system-monitor.interval": "1s",
        "distributed.worker.memory.monitor-interval": "1s",
    }


def run(
    paths: tuple[str, ...],
    output: str | None,
    options: Options,
    *,
    scheduler: str,
    jobs: int | None,
    pattern: str,
    quiet: bool,
    table: str | None = None,
) -> Summary:
    """``newsparse PATHS -o OUT.parquet --scheduler ...``: the batch of batch.run on a cluster."""
    started = time.perf_counter()
    target = Path(output or ".")
    if target.suffix != ".parquet":
        raise BatchUsageError("--scheduler writes a Parquet dataset: give -o FOLDER.parquet")
    if "-" in paths:
        raise BatchUsageError("--scheduler reads files on the workers, not standard input (-)")
    local = tuple(p for p in paths if not is_url(p))
    p = plan(local, target, pattern, table, dataset=True)  # never write over an input
    _check_dataset_folder(target)
    items = list_inputs(paths, pattern)
    summary = Summary()
    errors = ErrorLog(errors_path(p))
    try:
        with connect(scheduler, jobs) as client:
            for results in _run_parts(client, items, target, options, table, None):
                summary.tally(results, errors)
    finally:
        errors.close()
        summary.elapsed = time.perf_counter() - started
    if not quiet:
        print(summary.line(), file=sys.stderr)
    return summary
