"""Many stories: folders walked, outputs mirrored and written atomically, failures isolated."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .model import Source, Story
from .pipeline import parse
from .reader import NewsparseError, decode, read_text


@dataclass(frozen=True)
class Options:
    language: str | None = None
    encoding: str | None = None


def parse_path(path: str, options: Options) -> tuple[Story, str]:
    """One story from a path ('-' is standard input)."""
    if path == "-":
        import hashlib

        data = sys.stdin.buffer.read()
        text, used = decode(data, options.encoding)
        source = Source("-", used, hashlib.sha256(data).hexdigest())
    else:
        text, source = read_text(path, options.encoding)
    try:
        story = parse(text, language=options.language, source=source)
    except RecursionError:  # pragma: no cover - parse is iterative; kept as a last guard
        raise NewsparseError("story too deeply nested to parse") from None
    return story, text


def walk(paths: tuple[str, ...], pattern: str) -> Iterator[tuple[Path, Path]]:
    """(file, path relative to its root) for every story file under the given paths."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob(pattern)):
                if f.is_file():
                    yield f, f.relative_to(p)
        else:
            yield p, Path(p.name)


def write_atomic(target: Path, data: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def run(
    paths: tuple[str, ...],
    output: Path | None,
    options: Options,
    *,
    jobs: int | None,
    pattern: str,
    force: bool,
    quiet: bool,
) -> int:
    """Convert every story; returns how many failed."""
    failed = 0
    jsonl = output is not None and output.suffix == ".jsonl"
    lines: list[str] = []
    for path, rel in walk(paths, pattern):
        try:
            story, _ = parse_path(str(path), options)
        except NewsparseError as exc:
            failed += 1
            print(f"newsparse: {path}: {exc}", file=sys.stderr)
            continue
        data = json.dumps(story.to_dict(), ensure_ascii=False)
        if output is None:
            print(data)
        elif jsonl:
            lines.append(data)
        else:
            write_atomic(output / rel.with_suffix(".json"), data + "\n")
    if jsonl and output is not None:
        write_atomic(output, "".join(line + "\n" for line in lines))
    return failed
