"""What newsparse derives from its own code and data, kept between runs so that it starts fast.

Compiling the patterns built from the word lists takes longer than parsing a story (about 0.1 s
for the first story), and reading the TOML files takes a few milliseconds more. Both depend only
on the installed package and the Python running it, so the first run stores the results in the
user's cache folder and later runs load them in about a millisecond:

- a compiled pattern is stored as the regex engine's program for it (what the standard library's
  ``re`` compiler hands to ``_sre.compile``), keyed by the pattern and its flags. The file name
  carries the Python version, the engine's format number and the newsparse version, and an entry
  the engine refuses is compiled afresh: a stale or damaged file costs speed, never a wrong result;
- a pattern's text built from a word list (``patterns.alt``) is stored keyed by the words;
- a data file is stored as parsed, keyed by its name and a checksum of its text.

The folder is ``$NEWSPARSE_CACHE_DIR``, else ``$XDG_CACHE_HOME/newsparse``, else
``~/.cache/newsparse``; ``NEWSPARSE_CACHE_DIR=`` (empty) turns the cache off. The file is written
once, when the process exits, atomically (a temporary file, then a rename); a folder that cannot
be written is ignored.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import re
import sys
import zlib
from array import array
from collections.abc import Callable
from typing import Any

from ._version import __version__

try:  # CPython's regex engine and compiler; elsewhere patterns are simply compiled each run
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - not CPython
    _sre = None

FORMAT = 2
CODE = {2: "H", 4: "I"}.get(getattr(_sre, "CODESIZE", 0), "I") if _sre else "I"  # the engine's code unit
_table: dict[tuple, Any] | None = None
_added = False


def folder() -> str | None:
    """Where the cache lives, or None when it is turned off. (os.path, not pathlib: this runs at
    start-up, and pathlib's import costs more than a story's parse.)"""
    env = os.environ.get("NEWSPARSE_CACHE_DIR")
    if env is not None:
        return env or None
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        home = os.path.expanduser("~")
        if home.startswith("~"):  # no home folder to be found: no cache, rather than "./~/.cache"
            return None
        base = os.path.join(home, ".cache")
    return os.path.join(base, "newsparse")


def _file() -> str | None:
    where = folder()
    if where is None or _sre is None:
        return None
    return os.path.join(where, f"{_python_tag()}-{FORMAT}-{__version__}.marshal")


def _python_tag() -> str:
    """This Python and its regex engine: a cache file is never shared across these."""
    return f"derived-{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}-{_sre.CODESIZE}"


def _entries() -> dict[tuple, Any]:
    global _table
    if _table is None:
        _table = {}
        path = _file()
        if path is not None:
            try:
                with open(path, "rb") as fh:
                    loaded = marshal.loads(fh.read())
                if isinstance(loaded, dict):
                    _table = loaded
            except (OSError, ValueError, EOFError, TypeError):
                pass  # no cache yet, or one that cannot be read: start afresh
            atexit.register(_save)
    return _table


def _remember(key: tuple, value: Any) -> None:
    global _added
    _entries()[key] = value
    _added = True


def _save() -> None:
    path = _file()
    if not _added or path is None or _table is None:
        return
    where, name = os.path.split(path)
    temporary = os.path.join(where, f".{name}.{os.getpid()}.tmp")
    try:
        os.makedirs(where, exist_ok=True)
        with open(temporary, "wb") as fh:
            fh.write(marshal.dumps(_table))
        os.replace(temporary, path)
        # the same Python's files of other newsparse versions are stale: an upgrade leaves one file
        for entry in os.scandir(where):
            if (
                entry.name.startswith(f"{_python_tag()}-")
                and entry.name.endswith(".marshal")
                and entry.name != name
            ):
                os.unlink(entry.path)
    except (OSError, ValueError):  # a read-only or full disk: the next run compiles again
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cache when this Python compiled it before."""
    if _sre is None or _file() is None:
        return re.compile(pattern, flags)
    key = ("re", pattern, int(flags))
    stored = _entries().get(key)
    if stored is not None:
        try:
            flags_used, program_bytes, groups, group_names, group_index = stored
            return _sre.compile(
                pattern, flags_used, array(CODE, program_bytes).tolist(), groups, group_names, group_index
            )
        except (TypeError, ValueError, RuntimeError):
            pass  # a program this engine refuses: compile afresh
    try:
        # what re._compiler.compile does, keeping the program it builds
        parsed = _parser.parse(pattern, flags)
        code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes are int subclasses
        names = parsed.state.groupdict
        index: list[str | None] = [None] * parsed.state.groups
        for name, number in names.items():
            index[number] = name
        used = int(flags | parsed.state.flags)
        compiled = _sre.compile(pattern, used, code, parsed.state.groups - 1, dict(names), tuple(index))
        # stored with the program as bytes, which load at once
        program = (used, array(CODE, code).tobytes(), parsed.state.groups - 1, dict(names), tuple(index))
    except re.error:
        raise
    except Exception:
        return re.compile(pattern, flags)
    _remember(key, program)
    return compiled


def memo(kind: str, key: tuple, make: Callable[[], str]) -> str:
    """``make()``, a string built from the package's data, from the cache when built before."""
    if _file() is None:
        return make()
    full = (kind, *key)
    value = _entries().get(full)
    if not isinstance(value, str):
        value = make()
        _remember(full, value)
    return value


def data(name: str, text: str, load: Callable[[str], dict]) -> dict:
    """``load(text)`` for a data file, from the cache when the same text was loaded before."""
    if _file() is None:
        return load(text)
    key = ("data", name, zlib.crc32(text.encode("utf-8")), len(text))
    value = _entries().get(key)
    if not isinstance(value, dict):
        value = load(text)
        try:
            marshal.dumps(value)
        except ValueError:  # a value marshal cannot store (a TOML date): load it each run
            return value
        _remember(key, value)
    return value
