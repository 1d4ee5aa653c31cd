"""Where a batch's stories go: a JSON folder, JSON Lines, Parquet, or a flat table, behind one interface.

Every output has two halves. ``encode(story, target)`` runs in the worker process (a module-level
function or a partial of one, so it pickles) and turns a parsed story into a record: the story's
``.json`` written to ``target`` (folder output, record None), a JSON line, a block of CSV rows, or a
list of row dicts for Parquet. ``open()`` / ``write(records)`` / ``close(ok=...)`` run in the main
process, in input order, and write everything under a temporary name that ``close(ok=True)`` renames
into place, so an interrupt leaves no half file. The batch loop (batch.py) and a cluster partition
(dask.py) use the same objects and never branch on the format.

Flat tables (``--table quotes|paragraphs|credits``) have one row per element with the story's keys
beside it; their columns are derived from the JSON Schema, like the Arrow schema in arrow.py, so a
field added to the contract shows up in every output.

Nothing here imports pyarrow unless a Parquet output is asked for.
"""

from __future__ import annotations

import csv
import errno
import functools
import io
import itertools
import json
import os
import sys
from abc import ABC, abstractmethod
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .model import Story
from .schema import json_schema

FLAT_TABLES = ("quotes", "paragraphs", "credits")
FILE_SUFFIXES = (".jsonl", ".parquet", ".csv")

# a flat row's story keys: column name -> where it sits in the JSON contract
STORY_KEYS: dict[str, tuple[str, ...]] = {
    "path": ("source", "path"),
    "language": ("language",),
    "city": ("header", "city"),
    "city_key": ("header", "city_key"),
    "agency": ("header", "agency"),
    "agency_id": ("header", "agency_id"),
    "date": ("header", "date"),
    "title": ("title", "text"),
}

Encoder = Callable[[Story, "str | None"], Any]


class StdoutClosed(Exception):
    """The reader of stdout went away (`newsparse archive/ | head`): nothing more to do."""


# --- flat tables -----------------------------------------------------------------------------------


def flat_columns(table: str) -> list[str]:
    """The columns of ``--table TABLE``: story keys, the element's own fields, span_start, span_end.

    Paragraphs also get ``paragraph``, their index, which is what a quote's ``paragraph`` points at.
    """
    own = [k for k in json_schema()["properties"][table]["items"]["properties"] if k != "span"]
    index = ["paragraph"] if table == "paragraphs" else []
    return [*STORY_KEYS, *index, *own, "span_start", "span_end"]


def flat_rows(story: dict[str, Any], table: str) -> list[dict[str, Any]]:
    """One row per element of ``story[table]`` (a ``Story.to_dict()``), in the order of flat_columns."""
    keys: dict[str, Any] = {}
    for column, (outer, *inner) in STORY_KEYS.items():
        value = story[outer]
        for name in inner:
            value = None if value is None else value[name]
        keys[column] = value
    rows = []
    for i, element in enumerate(story[table]):
        row = dict(keys)
        if table == "paragraphs":
            row["paragraph"] = i
        row.update((k, v) for k, v in element.items() if k != "span")
        row["span_start"], row["span_end"] = element["span"]
        rows.append(row)
    return rows


# --- encoders: run in the worker -------------------------------------------------------------------


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def encode_json_file(story: Story, target: str | None) -> None:
    """Folder output: the story's .json written (atomically) where the plan said."""
    assert target is not None
    write_atomic(Path(target), _dumps(story.to_dict()) + "\n")


def encode_json_line(story: Story, _target: str | None) -> str:
    return _dumps(story.to_dict()) + "\n"


def encode_flat_lines(table: str, story: Story, _target: str | None) -> str:
    return "".join(_dumps(row) + "\n" for row in flat_rows(story.to_dict(), table))


def encode_flat_csv(table: str, story: Story, _target: str | None) -> str:
    buffer = io.StringIO()
    csv.DictWriter(buffer, flat_columns(table)).writerows(flat_rows(story.to_dict(), table))
    return buffer.getvalue()


def encode_arrow_story(story: Story, _target: str | None) -> list[dict[str, Any]]:
    from .arrow import row

    return [row(story.to_dict())]


def encode_flat_rows(table: str, story: Story, _target: str | None) -> list[dict[str, Any]]:
    from .arrow import flat_row

    return [flat_row(r) for r in flat_rows(story.to_dict(), table)]


# --- writers: run in the main process --------------------------------------------------------------

_tmp_counter = itertools.count()


def temp_name(target: Path) -> Path:
    """A hidden temporary name beside target, unique to this process and call."""
    return target.with_name(f".{target.name}.{os.getpid()}-{next(_tmp_counter)}.tmp")


def make_folder(folder: Path) -> None:
    """``mkdir -p``; a file in the way is "Not a directory" (mkdir's own "File exists" misleads)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(folder)) from None


def write_atomic(target: Path, data: str) -> None:
    """Write a file whole or not at all: a hidden temporary file in the same folder, then a rename."""
    tmp = temp_name(target)
    try:
        try:
            fh = open(tmp, "x", encoding="utf-8")  # noqa: SIM115 - 'x': never reuse a stray file
        except FileNotFoundError:  # the first file of its folder
            make_folder(target.parent)
            fh = open(tmp, "x", encoding="utf-8")  # noqa: SIM115
        with fh:
            fh.write(data)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


class Output(ABC):
    """Where records go. ``encode`` runs in the workers; the rest in the main process, in input order."""

    encode: Encoder

    def open(self) -> None:  # noqa: B027 - most outputs have nothing to open
        """Create what the output writes into (a temporary file); nothing is visible until close."""

    @abstractmethod
    def write(self, records: list[Any]) -> None: ...

    def close(self, *, ok: bool) -> None:  # noqa: B027 - most outputs have nothing to close
        """Put the output in place when ok, else remove what was written (the old file stays)."""

    def discard(self) -> None:  # noqa: B027 - most outputs have no temporary file
        """Remove the temporary file at once, whatever state the output is in (a second Ctrl-C)."""


class FolderOutput(Output):
    """``-o DIR``: each worker writes its story's .json itself; nothing comes back to write."""

    encode = staticmethod(encode_json_file)

    def write(self, records: list[Any]) -> None:
        pass


class TextOutput(Output):
    """JSON Lines or CSV: text blocks to a temporary file renamed over the target, or to stdout."""

    def __init__(self, target: Path | None, encode: Encoder, header: str = "") -> None:
        self.target = target
        self.encode = encode
        self.header = header
        self.tmp: Path | None = None
        self.fh: Any = None
        self.broken = False

    def open(self) -> None:
        if self.target is None:
            self.fh = sys.stdout
        else:
            make_folder(self.target.parent)
            self.tmp = temp_name(self.target)
            # newline="": CSV rows end in \r\n by RFC 4180 and JSON lines in \n, both written as given
            self.fh = open(self.tmp, "x", encoding="utf-8", newline="")  # noqa: SIM115 - closed in close()
        if self.header:
            self.write([self.header])

    def write(self, records: list[Any]) -> None:
        if self.broken:
            return
        try:
            self.fh.write("".join(records))
        except BrokenPipeError:
            self.broken = True
            _silence_stdout()
            raise StdoutClosed from None
        except OSError:  # a full disk behind `> file`: the caller says so in one line
            if self.tmp is None:
                self.broken = True
                _silence_stdout()
            raise

    def close(self, *, ok: bool) -> None:
        if self.fh is None:
            return
        if self.tmp is None or self.target is None:
            if not self.broken:
                try:
                    self.fh.flush()
                except BrokenPipeError:
                    self.broken = True
                    _silence_stdout()
                except OSError:
                    self.broken = True
                    _silence_stdout()
                    raise
            return
        try:
            self.fh.close()
            if ok:
                os.replace(self.tmp, self.target)
        finally:
            if not ok or self.tmp.exists():  # a failed flush or rename leaves no temporary file
                self.tmp.unlink(missing_ok=True)

    def discard(self) -> None:
        if self.tmp is not None:
            self.tmp.unlink(missing_ok=True)


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that the flush at exit does not complain a second time."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


class ParquetOutput(Output):
    """One Parquet file (nested stories, or a flat table) in row groups as results arrive."""

    def __init__(self, target: Path, table: str | None) -> None:
        from . import arrow  # MissingExtra when pyarrow is not installed: before anything is touched

        self.arrow = arrow
        self.target = target
        self.table = table
        self.encode = encode_arrow_story if table is None else functools.partial(encode_flat_rows, table)
        self.writer: Any = None

    def open(self) -> None:
        make_folder(self.target.parent)
        self.writer = self.arrow.Writer(self.target, self.table)

    def write(self, records: list[Any]) -> None:
        for rows in records:
            self.writer.write(rows)

    def close(self, *, ok: bool) -> None:
        if self.writer is not None:
            self.writer.close(ok=ok)

    def discard(self) -> None:
        if self.writer is not None:
            Path(self.writer.tmp).unlink(missing_ok=True)


def output_for(target: Path | None, *, folder: bool, table: str | None) -> Output:
    """The output a plan asks for: a folder, a file by its suffix, or stdout (JSON Lines, CSV for a table).

    Raises MissingExtra (an ImportError with a one-line message) when Parquet is asked for without pyarrow.
    """
    if folder:
        return FolderOutput()
    # standard output: JSON Lines, or CSV for a flat table (`--table quotes | duckdb ...`)
    suffix = target.suffix if target is not None else (".csv" if table is not None else ".jsonl")
    if suffix == ".parquet":
        assert target is not None
        return ParquetOutput(target, table)
    if table is None:
        return TextOutput(target, encode_json_line)
    if suffix == ".csv":
        header = io.StringIO()
        csv.writer(header).writerow(flat_columns(table))
        return TextOutput(target, functools.partial(encode_flat_csv, table), header.getvalue())
    return TextOutput(target, functools.partial(encode_flat_lines, table))
