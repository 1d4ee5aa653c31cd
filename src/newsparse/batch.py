"""Many stories: folders walked, outputs mirrored and written atomically, failures isolated.

``newsparse archive/ -o out/`` turns ``archive/2014/03/nato.txt`` into ``out/2014/03/nato.json``;
``-o all.jsonl`` writes one JSON Lines file instead, ``-o all.parquet`` one Parquet file, ``--table
quotes -o quotes.csv`` a flat table; without ``-o`` the lines (or the table's CSV) go to stdout. What each output does with a
story lives in outputs.py, behind one interface: this loop does not know the formats.

Work is streamed end to end so memory stays flat however big the archive is: the folders are walked
lazily, stories go to a pool of worker processes in chunks with a bounded number of chunks in flight,
and results come back in input order. For folder output each worker writes its own files and hands
back only counts; for the other outputs the main process writes the records as they arrive.

Nothing here imports rich unless the progress bar is shown: ``newsparse story.txt --format json``
imports this module too and must stay quick to start.
"""

from __future__ import annotations

import contextlib
import fnmatch
import itertools
import json
import os
import re
import signal
import stat
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple, NoReturn

from .cache import dataclass
from .model import Story
from .outputs import (
    FILE_SUFFIXES,
    FLAT_TABLES,
    Encoder,
    Output,
    StdoutClosed,
    make_folder,
    output_for,
    temp_name,
    write_atomic,
)
from .pipeline import warm_up
from .reader import NewsparseError, Options, parse_path

__all__ = [
    "BatchUsageError",
    "Interrupted",
    "OutputError",
    "Plan",
    "Summary",
    "plan",
    "run",
    "walk_folder",
    "write_atomic",
]

ERRORS_NAME = "errors.jsonl"
MAX_CHUNK = 64  # stories per task: large enough that the pipe costs little, small enough to balance
IN_FLIGHT = 4  # chunks queued per worker: keeps every worker busy, bounds memory


class BatchUsageError(Exception):
    """A command line that cannot be carried out safely (the CLI turns it into a usage error)."""


class OutputError(Exception):
    """The output cannot be written (a read-only folder, a full disk): one line, the run stopped.

    ``-o ro/all.jsonl: cannot write: Permission denied``. Whatever was written is removed; an earlier
    output of the same name stays as it was.
    """


class Interrupted(KeyboardInterrupt):
    """Ctrl-C (or SIGTERM) stopped the run after cleaning up; the message says what is left."""


def cannot_write(where: str, exc: OSError) -> OutputError:
    """``WHERE: cannot write: REASON`` from an OSError (pyarrow's messages too: the errno's words)."""
    reason = os.strerror(exc.errno) if exc.errno else (exc.strerror or str(exc))
    return OutputError(f"{where}: cannot write: {reason}")


@dataclass
class Summary:
    stories: int = 0
    quotes: int = 0
    warnings: int = 0
    failed: int = 0
    skipped: int = 0
    elapsed: float = 0.0

    def tally(self, results: list[Result], errors: ErrorLog) -> list[Any]:
        """Count a chunk's results, log its failures; the records of the stories that parsed."""
        records = []
        for path, record, quotes, warns, error in results:
            if error is not None:
                self.failed += 1
                errors.add(path, error)
                continue
            self.stories += 1
            self.quotes += quotes
            self.warnings += warns
            records.append(record)
        return records

    def line(self) -> str:
        rate = self.stories / self.elapsed if self.elapsed > 0 else 0.0
        return (
            f"newsparse: {self.stories} stories, {self.quotes} quotes, {self.warnings} warnings, "
            f"{self.failed} failed, {self.skipped} skipped in {self.elapsed:.1f}s ({rate:.0f} stories/s)"
        )


# --- walking ---------------------------------------------------------------------------------------


class Item(NamedTuple):
    """One input: its path as the user will see it, where its .json goes (folder output), or a fault.

    A tuple, not a dataclass: thousands of them are pickled to the workers.
    """

    path: str
    target: str | None = None
    error: str | None = None


def _matcher(pattern: str) -> Callable[[str, str], bool]:
    """name, relative path -> matches. A pattern with a slash is matched from the right, like rglob."""
    if "/" in pattern:
        from pathlib import PurePosixPath

        return lambda _name, rel: PurePosixPath(rel).match(pattern)
    regex = re.compile(fnmatch.translate(pattern))
    return lambda name, _rel: regex.match(name) is not None


def _json_name(name: str) -> str:
    stem, dot, _ = name.rpartition(".")
    return (stem if dot and stem else name) + ".json"


def walk_folder(root: str, pattern: str, prune: Path | None = None) -> Iterator[tuple[str, str, str | None]]:
    """(file path, path relative to root, fault) for every matching file under root, in sorted order.

    Depth first with one sorted listing per folder, so memory is bounded by the largest folder, not
    the archive. Symlinked folders are not followed (no loops); symlinked files are taken. A folder
    that cannot be listed, or two files of one folder that would share an output name ('a.txt' and
    'a.md' under --glob '*'), come back as a fault instead of stopping the walk.
    """
    match = _matcher(pattern)
    prune_s = str(prune) if prune is not None else None
    stack: list[tuple[str, str, Iterator[tuple[str, bool]]]] = []

    def listing(folder: str) -> Iterator[tuple[str, bool]] | str:
        try:
            with os.scandir(folder) as it:
                entries = []
                for e in it:
                    try:
                        is_dir = e.is_dir(follow_symlinks=False)
                        is_file = not is_dir and e.is_file()
                    except OSError:
                        continue
                    if is_dir or is_file:
                        entries.append((e.name, is_dir))
        except OSError as exc:
            return exc.strerror or str(exc)
        entries.sort()
        return iter(entries)

    first = listing(root)
    if isinstance(first, str):
        yield root, "", f"cannot list folder: {first}"
        return
    stack.append((root, "", first))
    seen: list[dict[str, str]] = [{}]
    while stack:
        folder, rel_folder, entries = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            seen.pop()
            continue
        name, is_dir = entry
        path = os.path.join(folder, name)
        rel = f"{rel_folder}{name}"
        if is_dir:
            if prune_s is not None and os.path.realpath(path) == prune_s:
                continue
            sub = listing(path)
            if isinstance(sub, str):
                yield path, rel, f"cannot list folder: {sub}"
                continue
            stack.append((path, rel + "/", sub))
            seen.append({})
        elif match(name, rel):
            out = _json_name(name)
            other = seen[-1].setdefault(out, name)
            fault = None if other == name else f"output {out} would also come from {other}; rename one"
            yield path, rel, fault


def _could_match_output(pattern: str) -> bool:
    """Could --glob pick up one of our outputs ('x.json' or 'errors.jsonl')?"""
    if _matcher(pattern)(ERRORS_NAME, ERRORS_NAME):
        return True
    # the literal tail after the last wildcard decides which endings a match can have
    tail = re.split(r"[*?\]]", pattern)[-1]
    return tail.endswith(".json") or ".json".endswith(tail)


def _overlap(a: Path, b: Path) -> bool:
    return a == b or a.is_relative_to(b) or b.is_relative_to(a)


@dataclass(frozen=True)
class Plan:
    """What to read and where it goes, checked before anything is written."""

    roots: tuple[tuple[str, str, bool], ...]  # (path, output prefix, is folder)
    output: Path | None
    to_file: bool  # one output file (.jsonl, .parquet, .csv) rather than a folder
    pattern: str
    table: str | None = None  # --table: a flat table of quotes, paragraphs or credits

    @property
    def folder_output(self) -> bool:
        return self.output is not None and not self.to_file

    def open_output(self) -> Output:
        """The output this plan writes to; MissingExtra (one line) when its package is not installed."""
        return output_for(self.output, folder=self.folder_output, table=self.table)

    def items(self, *, force: bool) -> Iterator[Item]:
        """Every input in order; fresh outputs skipped (target None, no error) unless force."""
        prune = self.output.resolve() if self.folder_output and self.output is not None else None
        for raw, prefix, is_folder in self.roots:
            if raw == "-":
                yield Item("-")
                continue
            files: Iterable[tuple[str, str, str | None]]
            if is_folder:
                files = walk_folder(raw, self.pattern, prune)
            else:
                files = [(raw, os.path.basename(raw), None)]
            for path, rel, fault in files:
                if fault is not None or self.output is None or self.to_file:
                    yield Item(path, None, fault)
                    continue
                head, _, name = rel.rpartition("/")
                target = os.path.join(self.output, prefix, head, _json_name(name))
                if not force and _fresh(path, target):
                    yield Item(path, None, None)  # skipped: no target, no error
                else:
                    yield Item(path, target, None)


def _fresh(source: str, target: str) -> bool:
    """The output exists and is newer than its input (an earlier run made it)."""
    try:
        out = os.stat(target)
        return stat.S_ISREG(out.st_mode) and out.st_mtime_ns > os.stat(source).st_mtime_ns
    except OSError:
        return False


def plan(
    paths: tuple[str, ...],
    output: Path | None,
    pattern: str,
    table: str | None = None,
    *,
    dataset: bool = False,
) -> Plan:
    """Check the command line and lay out the outputs; BatchUsageError when it is unsafe.

    ``dataset``: ``-o X.parquet`` is a folder of parts written by a cluster (dask.py), not one file.
    """
    jsonl = output is not None and output.suffix in FILE_SUFFIXES
    if output is not None and not jsonl:
        if output.exists() and not output.is_dir():
            raise BatchUsageError(
                f"-o {output}: exists and is not a folder (give a folder or a .jsonl, .parquet or .csv file)"
            )
        if output.suffix == ".json" and not output.exists():
            raise BatchUsageError(
                f"-o {output}: give a folder for .json files, or a .jsonl file (or .parquet)"
            )
    if output is not None and jsonl and output.is_dir() and not dataset:
        raise BatchUsageError(f"-o {output}: is a folder (a {output.suffix} output is one file)")
    if output is not None and dataset and output.exists() and not output.is_dir():
        raise BatchUsageError(f"-o {output}: exists and is not a folder (a cluster writes a folder of parts)")
    if table is not None:
        if table not in FLAT_TABLES:
            raise BatchUsageError(f"--table {table}: give one of {', '.join(FLAT_TABLES)}")
        if output is not None and not jsonl:  # without -o: CSV to standard output
            raise BatchUsageError(f"--table {table} needs -o FILE.parquet, FILE.csv or FILE.jsonl")
    elif output is not None and output.suffix == ".csv":
        raise BatchUsageError(
            f"-o {output}: a CSV file holds a flat table: add --table quotes|paragraphs|credits"
        )
    if "-" in paths and output is not None and not jsonl:
        raise BatchUsageError("standard input (-) goes to stdout or -o FILE.jsonl, not to a folder")
    if paths.count("-") > 1:
        raise BatchUsageError("standard input (-) can be read only once")

    # One input mirrors into OUTDIR itself; several go to OUTDIR/<name> each (as cp -r does), so two
    # trees can never write to the same place; a file goes to OUTDIR/<stem>.json.
    several = len(paths) > 1
    roots: list[tuple[str, str, bool]] = []
    prefixes: dict[str, str] = {}
    for raw in paths:
        is_folder = raw != "-" and os.path.isdir(raw)
        prefix = ""
        if is_folder and several:
            prefix = Path(raw).resolve().name or "root"
            if prefix in prefixes:
                raise BatchUsageError(
                    f"{prefixes[prefix]} and {raw} would both be written to {prefix}/; give them one at a time"
                )
            prefixes[prefix] = raw
        roots.append((raw, prefix, is_folder))

    if output is not None:
        out = output.resolve()
        for raw, _, is_folder in roots:
            if raw == "-":
                continue
            src = Path(raw).resolve()
            if jsonl:
                inside = is_folder and out.is_relative_to(src)
                if out == src or (inside and _matcher(pattern)(out.name, str(out.relative_to(src)))):
                    raise BatchUsageError(f"-o {output} would overwrite an input")
            elif is_folder:
                if _overlap(out, src) and _could_match_output(pattern):
                    raise BatchUsageError(
                        f"-o {output} overlaps the input folder {raw} and --glob {pattern!r} could match "
                        "the .json outputs: choose an output folder outside the input"
                    )
            elif out / _json_name(src.name) == src:
                raise BatchUsageError(f"-o {output} would overwrite the input {raw}")
        names = [os.path.basename(r) for r, _, f in roots if not f and r != "-"]
        dupes = sorted({_json_name(n) for n in names if names.count(n) > 1})
        if dupes and not jsonl:
            raise BatchUsageError(f"several input files would be written to {dupes[0]}")
    return Plan(tuple(roots), output, jsonl, pattern, table)


# --- converting ------------------------------------------------------------------------------------

# (path, the output's record or None, quotes, warnings, error or None)
Result = tuple[str, Any, int, int, str | None]


Reader = Callable[[str, Options], "tuple[Story, str]"]


def convert(item: Item, options: Options, encode: Encoder, read: Reader = parse_path) -> Result:
    """Parse one story and encode it for the output (folder output: its .json is written here).

    ``read`` turns a path into a story: a local file here, an fsspec URL on a cluster (dask.py).
    """
    if item.error is not None:
        return item.path, None, 0, 0, item.error
    try:
        story, _ = read(item.path, options)
        record = encode(story, item.target)
    except NewsparseError as exc:
        return item.path, None, 0, 0, exc.reason
    except OSError as exc:  # the output could not be written
        return item.path, None, 0, 0, f"cannot write {item.target}: {exc.strerror or exc}"
    except Exception as exc:  # a parser bug must not stop an archive of thousands
        return item.path, None, 0, 0, f"internal error: {type(exc).__name__}: {exc}"
    return item.path, record, len(story.quotes), len(story.warnings), None


def convert_chunk(
    items: list[Item], options: Options, encode: Encoder, read: Reader = parse_path
) -> list[Result]:
    return [convert(item, options, encode, read) for item in items]


def _chunks(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    while chunk := list(itertools.islice(items, size)):
        yield chunk


def _init_worker() -> None:
    # Ctrl-C goes to the whole process group: the main process handles it and lets the workers finish
    # their chunk (every file they write is whole); a worker told to stop cleans up its temp file.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _exit_on_signal)


def _worker_chunk(items: list[Item], options: Options, encode: Encoder) -> list[Result]:
    """convert_chunk in a pool worker: SIGTERM there ends the process (after write_atomic removed its
    temporary file), instead of being sent back as the chunk's result while the worker waits for more."""
    try:
        return convert_chunk(items, options, encode)
    except SystemExit as exc:
        os._exit(exc.code if isinstance(exc.code, int) else 1)


def _exit_on_signal(signum: int, _frame: Any) -> None:
    raise SystemExit(128 + signum)


class _Pool:
    """A process pool fed in chunks with a bounded queue, results in input order."""

    def __init__(self, jobs: int) -> None:
        import multiprocessing
        import threading
        from concurrent.futures import ProcessPoolExecutor

        # fork is quickest (workers inherit the loaded language data) but unsafe once threads run
        methods = multiprocessing.get_all_start_methods()
        method = "fork" if "fork" in methods and threading.active_count() == 1 else None
        if method == "fork":
            warm_up()  # compiled once here, inherited by every worker
        self.executor = ProcessPoolExecutor(
            max_workers=jobs, mp_context=multiprocessing.get_context(method), initializer=_init_worker
        )
        self.jobs = jobs
        self.executor.submit(int).result()  # start the workers now, before any progress thread

    def map(self, chunks: Iterator[list[Item]], options: Options, encode: Encoder) -> Iterator[list[Result]]:
        window: deque[Any] = deque()
        limit = self.jobs * IN_FLIGHT
        for chunk in chunks:
            window.append(self.executor.submit(_worker_chunk, chunk, options, encode))
            if len(window) >= limit:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()

    def close(self, *, cancel: bool) -> None:
        self.executor.shutdown(wait=True, cancel_futures=cancel)


def default_jobs() -> int:
    return os.cpu_count() or 1


def _count(p: Plan) -> int:
    """How many inputs (a quick walk of the folders) for the progress bar and the chunk size."""
    return sum(1 for _ in p.items(force=True))


# --- output ----------------------------------------------------------------------------------------


class ErrorLog:
    """errors.jsonl beside the output: one {"path", "error"} line per failure of this run.

    A log that cannot be written stops the run with OutputError (one line), never a traceback.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.fh: Any = None
        if path is not None:
            try:
                path.unlink()  # a stale log would blame files this run may convert
            except (FileNotFoundError, NotADirectoryError):
                pass  # none there (if its folder cannot be written either, the output says so)
            except OSError as exc:
                raise cannot_write(str(path), exc) from None

    def add(self, path: str, error: str) -> None:
        print(f"newsparse: {path}: {error}", file=sys.stderr)
        if self.path is None:
            return
        try:
            if self.fh is None:
                make_folder(self.path.parent)
                self.fh = open(self.path, "w", encoding="utf-8")  # noqa: SIM115 - held open for the run
            self.fh.write(json.dumps({"path": path, "error": error}, ensure_ascii=False) + "\n")
            self.fh.flush()
        except OSError as exc:
            raise cannot_write(str(self.path), exc) from None

    def close(self) -> None:
        if self.fh is not None:
            with contextlib.suppress(OSError):  # a flush that fails here was already reported
                self.fh.close()


class Progress:
    """A rich progress bar on stderr (stories done, rate, ETA); only imported when shown."""

    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TaskProgressColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.progress = Progress(
            TextColumn("[bold]newsparse"),
            BarColumn(),
            MofNCompleteColumn(),
            TaskProgressColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self.task = self.progress.add_task("stories", total=total, rate="")
        self.started = time.perf_counter()
        self.progress.start()

    def update(self, summary: Summary) -> None:
        done = summary.stories + summary.failed + summary.skipped
        elapsed = time.perf_counter() - self.started
        rate = f"{done / elapsed:,.0f} stories/s" if elapsed > 0 else ""
        self.progress.update(self.task, completed=done, rate=rate)

    def stop(self) -> None:
        self.progress.stop()


def _stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


class _Interrupts:
    """The SIGINT and SIGTERM handler of a run: the first Ctrl-C stops it cleanly (KeyboardInterrupt: the workers
    finish their chunk, temporary files are removed); a second one stops it at once (_stop_now)."""

    def __init__(self, out: Output, note: str) -> None:
        self.out = out
        self.note = note
        self.count = 0

    def __call__(self, _signum: int, _frame: Any) -> None:
        self.count += 1
        if self.count == 1:
            raise KeyboardInterrupt
        _stop_now(self.out, self.note)


def _stop_now(out: Output, note: str) -> NoReturn:
    """Exit 130 now: the workers told to stop (SIGTERM, then SIGKILL after half a second), the
    output's temporary file removed. Runs inside a signal handler, so it takes no lock of the run."""
    import multiprocessing

    children = multiprocessing.active_children()
    for child in children:
        child.terminate()  # _exit_on_signal: write_atomic removes its temporary file, then exit
    deadline = time.monotonic() + 0.5
    for child in children:
        child.join(max(0.0, deadline - time.monotonic()))
    for child in children:
        if child.is_alive():
            child.kill()
    with contextlib.suppress(OSError):
        out.discard()
    line = f"{note} (interrupted again: stopped at once)\n".encode(errors="replace")
    if sys.stderr.isatty():
        line = b"\r\x1b[2K\x1b[?25h" + line  # over the progress bar's line, and the cursor it hid shown
    with contextlib.suppress(OSError):
        os.write(2, line)
    os._exit(130)


def _interrupted_note(p: Plan, label: str | None) -> str:
    """What an interrupted run leaves, said truthfully."""
    if p.output is None:
        return "newsparse: interrupted"
    if p.folder_output:
        return (
            f"newsparse: interrupted; the .json files written to {label} are whole: "
            "run again to go on (it skips them)"
        )
    before = " (the earlier file is as it was)" if p.output.exists() else ""
    return f"newsparse: interrupted; {label} was not written{before}: run again to redo it from the start"


def _probe_folder(folder: Path, label: str) -> None:
    """Make the output folder and write a file into it, so an output that cannot be written is one
    line before any work (not one failure per story)."""
    try:
        make_folder(folder)
        tmp = temp_name(folder / ERRORS_NAME)
        with open(tmp, "x", encoding="utf-8"):
            pass
        tmp.unlink()
    except OSError as exc:
        raise cannot_write(f"-o {label}", exc) from None


def run(
    paths: tuple[str, ...],
    output: str | os.PathLike[str] | None,
    options: Options,
    *,
    jobs: int | None,
    pattern: str,
    force: bool,
    quiet: bool,
    table: str | None = None,
) -> Summary:
    """Convert every story; returns what happened (``failed`` > 0 means exit status 1).

    Raises BatchUsageError before touching anything when the command line is unsafe, MissingExtra
    when the output needs a package that is not installed, OutputError (one line) when the output
    cannot be written, and Interrupted (a KeyboardInterrupt, after cleaning up) when interrupted:
    every output already written is whole. A second Ctrl-C exits 130 at once (_stop_now).
    """
    started = time.perf_counter()
    label = os.fspath(output) if output is not None else None
    where = f"-o {label}" if label is not None else "standard output"
    p = plan(paths, Path(output) if output is not None else None, pattern, table)
    out = p.open_output()
    if p.folder_output and p.output is not None:
        _probe_folder(p.output, str(label))
    show_bar = not quiet and _stderr_is_terminal()
    jobs = 1 if "-" in paths else (jobs or default_jobs())
    total = _count(p) if (show_bar or jobs > 1) else 0
    if jobs > 1:
        jobs = min(jobs, total)
    chunk = max(1, min(MAX_CHUNK, total // (jobs * IN_FLIGHT))) if jobs > 1 else MAX_CHUNK

    summary = Summary()
    errors = ErrorLog(errors_path(p))
    handlers: dict[int, Any] = {}
    if os.name == "posix" and _in_main_thread():
        interrupts = _Interrupts(out, _interrupted_note(p, label))
        handlers[signal.SIGTERM] = signal.signal(signal.SIGTERM, interrupts)  # `kill` cleans up like Ctrl-C
        if signal.getsignal(signal.SIGINT) is signal.default_int_handler:  # not when started with it ignored
            handlers[signal.SIGINT] = signal.signal(signal.SIGINT, interrupts)
    pool = bar = None

    def todo() -> Iterator[Item]:
        for item in p.items(force=force):
            if p.folder_output and item.target is None and item.error is None:
                summary.skipped += 1  # an earlier run's output is newer than the input
            else:
                yield item

    ok = cancel = interrupted = False
    try:
        pool = _Pool(jobs) if jobs > 1 else None
        bar = Progress(total) if show_bar else None
        try:
            out.open()  # after the pool has forked: the workers need none of it
        except OSError as exc:
            raise cannot_write(where, exc) from None
        if pool is None:
            batches: Iterator[list[Result]] = (
                convert_chunk(c, options, out.encode) for c in _chunks(todo(), chunk)
            )
        else:
            batches = pool.map(_chunks(todo(), chunk), options, out.encode)
        for results in batches:
            records = summary.tally(results, errors)
            try:
                out.write(records)
            except OSError as exc:
                raise cannot_write(where, exc) from None
            if bar is not None:
                bar.update(summary)
        ok = True
    except StdoutClosed:
        ok = cancel = True
    except KeyboardInterrupt:
        interrupted = True
        raise Interrupted(_interrupted_note(p, label)) from None
    finally:
        try:
            if pool is not None:
                pool.close(cancel=cancel or not ok)
            if bar is not None:
                bar.stop()
            try:
                out.close(ok=ok)
            except OSError as exc:
                raise cannot_write(where, exc) from None
        finally:
            errors.close()
            for signum, handler in handlers.items():
                # interrupted: the handler stays, so that a Ctrl-C while the caller reports and exits
                # still exits 130 at once instead of a KeyboardInterrupt traceback
                if not (interrupted and signum == signal.SIGINT):
                    signal.signal(signum, handler)
            summary.elapsed = time.perf_counter() - started
    if not quiet:
        print(summary.line(), file=sys.stderr)
    return summary


def errors_path(p: Plan) -> Path | None:
    """OUTDIR/errors.jsonl, or all.errors.jsonl beside all.jsonl (all.parquet, ...); none for stdout."""
    if p.output is None:
        return None
    if p.to_file:
        return p.output.with_name(p.output.stem + ".errors.jsonl")
    return p.output / ERRORS_NAME


def _in_main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()
