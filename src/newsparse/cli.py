"""The command line: files and folders in, a rich view or JSON out. All I/O and errors live here.

Exit status: 0 all went well; 1 a story could not be read or parsed (the others were done), or the
output could not be written; 2 a usage error (nothing was done); 130 interrupted.

Start-up matters (``newsparse story.txt | jq`` is run by the thousand): one story imports neither the
batch machinery, the output writers, rich when piped, nor pyarrow or dask.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

import click

from . import __version__
from .lang import CODES
from .reader import NewsparseError, Options, parse_path

FLAT_TABLES = ("quotes", "paragraphs", "credits")  # outputs.FLAT_TABLES, without importing outputs

EXAMPLES = """\b
Examples:
  newsparse story.txt                      readable view in a terminal
  newsparse story.txt | jq .quotes         JSON when piped
  newsparse --format json story.txt        JSON, always
  cat story.txt | newsparse -              read standard input
  newsparse archive/ -o out/               a folder of stories to a folder of .json
  newsparse archive/ -o all.jsonl          ... or to one JSON Lines file
  newsparse archive/ -o all.parquet        ... or to Parquet (pip install 'newsparse[parquet]')
  newsparse archive/ --table quotes -o q.csv   one row per quote (or paragraph, credit)
  newsparse archive/ --table quotes        ... as CSV to standard output
  newsparse archive/ -o out.parquet --scheduler local   on a Dask cluster ('newsparse[dask]')
  newsparse --schema                       the JSON Schema of the output
"""


def _dump(data: dict[str, Any], *, compact: bool) -> str:
    if compact:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(data, ensure_ascii=False, indent=2)


@click.command(context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXAMPLES)
# readable=False: an unreadable file is one failure among many (one line, exit 1), not a usage error
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True, readable=False, path_type=str))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["rich", "json", "jsonl"]),
    help="Output format. Default: rich on a terminal, json when piped (jsonl for several stories).",
)
@click.option("--lang", type=click.Choice(CODES), help="The stories' language, instead of detecting it.")
@click.option("--encoding", help="Decode input with this encoding instead of detecting it.")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=str),
    help="Folder for .json files, or a .jsonl, .parquet or .csv (with --table) file. "
    "Default: standard output (JSON Lines, or CSV with --table).",
)
@click.option(
    "--table",
    type=click.Choice(FLAT_TABLES),
    help="A flat table: one row per quote, paragraph or credit, with the story's keys beside it.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Run on a Dask cluster (tcp://HOST:8786, or 'local' for -j worker processes here); "
    "-o FOLDER.parquet gets one part per partition.",
)
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), help="Parallel workers for folders (default: all cores)."
)
@click.option(
    "--glob", "pattern", default="*.txt", show_default=True, help="Which files to take from folders."
)
@click.option("--force", is_flag=True, help="Redo outputs that are newer than their input.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary.")
@click.option("--schema", is_flag=True, help="Print the JSON Schema of the output and exit.")
@click.version_option(__version__, prog_name="newsparse")
def cli(
    paths: tuple[str, ...],
    fmt: str | None,
    lang: str | None,
    encoding: str | None,
    output: str | None,
    table: str | None,
    scheduler: str | None,
    jobs: int | None,
    pattern: str,
    force: bool,
    quiet: bool,
    schema: bool,
) -> None:
    """Take news wire stories apart: dateline, paragraphs, quotes, credits, copyright.

    PATH is a story file, a folder of stories, or - for standard input.

    Exit status: 0 done; 1 a story failed (the others were done) or the output could not be written;
    2 a usage error; 130 interrupted.
    """
    if schema:
        from .schema import json_schema

        click.echo(json.dumps(json_schema(), indent=2))
        return
    if not paths:
        raise click.UsageError("give at least one PATH (a story file, a folder, or - for stdin)")
    if encoding:
        try:
            "".encode(encoding)
        except LookupError:
            raise click.BadParameter(f"unknown encoding {encoding!r}", param_hint="--encoding") from None

    options = Options(language=lang, encoding=encoding)
    folders = [p for p in paths if p != "-" and os.path.isdir(p)]
    if output is not None or folders or table or scheduler:
        from . import batch
        from .optional import MissingExtra

        if fmt == "rich":
            raise click.UsageError("--format rich shows single stories; folders give JSON")
        try:
            if scheduler is not None:
                from . import dask

                summary = dask.run(
                    paths,
                    output,
                    options,
                    scheduler=scheduler,
                    jobs=jobs,
                    pattern=pattern,
                    quiet=quiet,
                    table=table,
                )
            else:
                summary = batch.run(
                    paths, output, options, jobs=jobs, pattern=pattern, force=force, quiet=quiet, table=table
                )
        except batch.BatchUsageError as exc:
            raise click.UsageError(str(exc)) from None
        except MissingExtra as exc:  # one line, exit 2 like a usage error: what to install
            asked = "--scheduler" if scheduler else f"-o {output}"
            click.echo(f"newsparse: {asked}: {exc}", err=True)
            sys.exit(2)
        except batch.OutputError as exc:
            click.echo(f"newsparse: {exc}", err=True)
            sys.exit(1)
        except KeyboardInterrupt as exc:  # batch.Interrupted says what the run leaves
            click.echo(str(exc) or "newsparse: interrupted", err=True)
            sys.exit(130)
        sys.exit(1 if summary.failed else 0)

    if fmt is None:
        fmt = "rich" if sys.stdout.isatty() else ("json" if len(paths) == 1 else "jsonl")
    failed = 0
    for path in paths:
        try:
            story, text = parse_path(path, options)
        except NewsparseError as exc:
            failed += 1
            click.echo(f"newsparse: {path}: {exc.reason}", err=True)
            continue
        except KeyboardInterrupt:
            click.echo("newsparse: interrupted", err=True)
            sys.exit(130)
        try:
            if fmt == "rich":
                from .render import render

                render(story, text, heading=path if len(paths) > 1 else None)
            else:
                click.echo(_dump(story.to_dict(), compact=fmt == "jsonl"))
        except BrokenPipeError:  # `newsparse a.txt b.txt | head -1`: the reader has what it wanted
            _silence_stdout()
            sys.exit(1 if failed else 0)
        except OSError as exc:  # `> /dev/full`, a full disk
            _silence_stdout()
            reason = os.strerror(exc.errno) if exc.errno else str(exc)
            click.echo(f"newsparse: standard output: cannot write: {reason}", err=True)
            sys.exit(1)
    sys.exit(1 if failed else 0)


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that the flush at exit does not fail a second time."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
