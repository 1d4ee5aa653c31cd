"""What newsparse derives from its own code and data, kept between runs so that it starts fast.

Compiling the patterns built from the word lists takes longer than parsing a story (about 0.1 s
for the first story), and reading the TOML files takes a few milliseconds more. Both depend only
on the installed package and the Python running it, so the first run stores the results in the
user's cache folder and later runs load them in about a millisecond:

- a compiled pattern is stored as the regex engine's program for it (what the standard library's
  ``re`` compiler hands to ``_sre.compile``), keyed by the pattern and its flags. The file name
  carries the Python version, the engine's format number, the newsparse version and a key of the
  package's files (``_sources``: a checkout's patterns never fill another's file), and an entry
  the engine refuses is compiled afresh: a stale or damaged file costs speed, never a wrong result;
- a pattern's text built from a word list (``patterns.alt``) is stored keyed by the words;
- a data file is stored as parsed, keyed by its name and a checksum of its text;
- the methods ``dataclasses`` writes for a class (``__init__``, ``__eq__``, ...: a source text it
  compiles, one ``exec`` a method, about 4 M instructions a class where the rest of the decorator
  costs 0.5 M) are stored compiled, keyed by that text (``dataclass``); a frozen class with slots
  is given an ``__init__`` that sets its fields by their slots' setters (``_set_by_slots``).

The folder is ``$NEWSPARSE_CACHE_DIR``, else ``$XDG_CACHE_HOME/newsparse``, else
``~/.cache/newsparse``; ``NEWSPARSE_CACHE_DIR=`` (empty) turns the cache off. The file is written
once, when the process exits, atomically (a temporary file, then a rename); a folder that cannot
be written is ignored.
"""

from __future__ import annotations

import atexit
import contextlib
import dataclasses
import marshal
import os
import re
import sys
import zlib
from array import array
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ._version import __version__

try:  # CPython's regex engine and compiler; elsewhere patterns are simply compiled each run
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _constants, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - not CPython
    _sre = None

FORMAT = 3  # 3: programs carry a first-character set where re's compiler gives none
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


_file_for: tuple[tuple[str | None, ...], str | None] | None = None


def _file() -> str | None:
    """The cache file's path (None when the cache is off); worked out again only when the
    environment variables that choose the folder change (every cached pattern asks)."""
    global _file_for
    environ = os.environ
    env = environ.get("NEWSPARSE_CACHE_DIR"), environ.get("XDG_CACHE_HOME"), environ.get("HOME")
    if _file_for is not None and _file_for[0] == env:
        return _file_for[1]
    where = folder()
    path = None
    if where is not None and _sre is not None:
        path = os.path.join(where, f"{_python_tag()}-{FORMAT}-{__version__}-{_sources()}.marshal")
    _file_for = env, path
    return path


_sources_key: str | None = None
KEEP = 3  # files kept per newsparse version: a few checkouts or installs of it side by side


def _sources() -> str:
    """A key for the package's own files (name, size and time of change of every module and data
    file): two checkouts or installs of one version, or one edited between runs, keep files of their
    own, so that one's patterns never fill the other's file (a file holding several versions' entries
    costs every run the loading of them all). One directory listing, no file read."""
    global _sources_key
    if _sources_key is None:
        here = os.path.dirname(os.path.abspath(__file__))
        parts = []
        for where in (here, os.path.join(here, "lang")):
            with contextlib.suppress(OSError), os.scandir(where) as entries:
                for entry in entries:
                    if entry.name.endswith((".py", ".toml", ".txt")):
                        st = entry.stat()
                        parts.append(f"{entry.name}:{st.st_size}:{st.st_mtime_ns}")
        parts.sort()
        _sources_key = f"{zlib.crc32(chr(10).join([here, *parts]).encode('utf-8', 'surrogatepass')):08x}"
    return _sources_key


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
        _prune(where, name)
    except (OSError, ValueError):  # a read-only or full disk: the next run compiles again
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def _prune(where: str, name: str) -> None:
    """The same Python's files of other newsparse versions are stale (an upgrade leaves one file);
    of this version's other checkouts, the KEEP - 1 used last are kept."""
    ours = f"{_python_tag()}-{FORMAT}-{__version__}-"
    siblings = []
    for entry in os.scandir(where):
        if not entry.name.startswith(f"{_python_tag()}-") or not entry.name.endswith(".marshal"):
            continue
        if entry.name == name:
            continue
        if entry.name.startswith(ours):
            siblings.append((entry.stat().st_mtime_ns, entry.path))
        else:
            os.unlink(entry.path)
    for _, path in sorted(siblings, reverse=True)[KEEP - 1 :]:
        os.unlink(path)


def regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cache when this Python compiled it before.

    The program differs from ``re.compile``'s in one way: a pattern whose start the standard
    compiler cannot summarise (a lookaround, a word boundary or a branch of character classes
    first) gets the set of characters its first consumed character may be (``first_chars``), so
    that a search skips the positions no match can start at instead of trying the whole pattern
    there. What it matches is the same."""
    if _sre is None:
        return re.compile(pattern, flags)
    cached = _file() is not None
    key = ("re", pattern, int(flags))
    stored = _entries().get(key) if cached else None
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
        code = _with_first_chars([int(op) for op in _compiler._code(parsed, flags)], parsed, flags)
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
    if cached:
        _remember(key, program)
    return compiled


# --- the first character of a match ------------------------------------------------------------------

_ASCII = frozenset(map(chr, range(128)))
# the characters beyond ASCII that match an ASCII letter when case is ignored (re's own folding:
# tests/test_cache.py checks the list against every code point)
_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
_DIGITS = frozenset("0123456789")
_WORD = frozenset(c for c in _ASCII if c.isalnum() or c == "_")
_SPACE_SURE = frozenset(" \t\n\r\f\v")  # whitespace by every reading of \s
_SPACE_MAYBE = _SPACE_SURE | {c for c in _ASCII if c.isspace()}  # and by the Unicode one
# each category's ASCII characters: (those it surely matches, those it may match)
_CATEGORIES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "CATEGORY_DIGIT": (_DIGITS, _DIGITS),
    "CATEGORY_NOT_DIGIT": (_ASCII - _DIGITS, _ASCII - _DIGITS),
    "CATEGORY_WORD": (_WORD, _WORD),
    "CATEGORY_NOT_WORD": (_ASCII - _WORD, _ASCII - _WORD),
    "CATEGORY_SPACE": (_SPACE_SURE, _SPACE_MAYBE),
    "CATEGORY_NOT_SPACE": (_ASCII - _SPACE_MAYBE, _ASCII - _SPACE_SURE),
}


class _Unknown(Exception):
    """A construct first_chars does not reason about: no set, the program stays as re makes it."""


def first_chars(parsed: Any, flags: int) -> frozenset[str] | None:
    """The ASCII characters a match of the parsed pattern may start with (any character beyond
    ASCII may start one too), or None when that cannot be told: the pattern may match the empty
    string, or a back-reference may be its first part. Zero-width parts (lookarounds, boundaries) are passed over,
    which can only make the set larger than it need be, never smaller."""
    try:
        chars, nullable = _first_of_seq(parsed, flags)
    except _Unknown:
        return None
    return None if nullable else frozenset(chars)


def _first_of_seq(seq: Any, flags: int) -> tuple[set[str], bool]:
    out: set[str] = set()
    for op, av in seq:
        chars, nullable = _first_of_item(str(op), av, flags)
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _first_of_item(op: str, av: Any, flags: int) -> tuple[set[str], bool]:
    fold = bool(flags & re.IGNORECASE)
    if op == "LITERAL":
        return _one_char(av, fold), False
    if op == "NOT_LITERAL":
        return (set(_ASCII) if fold else set(_ASCII - {chr(av)})), False
    if op == "ANY":
        return set(_ASCII), False
    if op == "IN":
        return _first_of_set(av, fold), False
    if op == "BRANCH":
        out: set[str] = set()
        nullable = False
        for alternative in av[1]:
            chars, empty = _first_of_seq(alternative, flags)
            out |= chars
            nullable = nullable or empty
        return out, nullable
    if op == "SUBPATTERN":
        _, add, remove, sub = av
        return _first_of_seq(sub, (flags | add) & ~remove)
    if op == "ATOMIC_GROUP":
        return _first_of_seq(av, flags)
    if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, _, sub = av
        chars, nullable = _first_of_seq(sub, flags)
        return chars, nullable or low == 0
    if op in ("AT", "ASSERT", "ASSERT_NOT"):
        return set(), True  # consumes nothing: the next part holds the first character
    raise _Unknown(op)


def _one_char(code: int, fold: bool) -> set[str]:
    """The ASCII characters that match the character ``code`` (case ignored: any case form of it)."""
    c = chr(code)
    if not fold:
        return {c} if code < 128 else set()
    if code < 128:
        return {c, c.lower(), c.upper()}
    return {v for letter, folds in _FOLDS.items() if c in folds for v in (letter, letter.upper())}


def _range(low: int, high: int, fold: bool) -> set[str]:
    """The ASCII characters that match the range ``low``-``high``."""
    out = {chr(code) for code in range(low, min(high, 127) + 1)}
    if fold:
        out |= {v for c in list(out) for v in (c.lower(), c.upper())}
        out |= {
            v
            for letter, folds in _FOLDS.items()
            if any(low <= ord(f) <= high for f in folds)
            for v in (letter, letter.upper())
        }
    return out


def _first_of_set(items: Any, fold: bool) -> set[str]:
    negate = any(str(op) == "NEGATE" for op, _ in items)
    if negate and fold:
        return set(_ASCII)
    sure: set[str] = set()  # what the set surely holds (its complement is what a NEGATE set may)
    maybe: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "NEGATE":
            continue
        if name == "LITERAL":
            chars = _one_char(av, fold)
            sure |= chars
            maybe |= chars
        elif name == "RANGE":
            chars = _range(av[0], av[1], fold)
            sure |= chars
            maybe |= chars
        elif name == "CATEGORY" and str(av) in _CATEGORIES:
            a, b = _CATEGORIES[str(av)]
            sure |= a
            maybe |= b
        else:
            raise _Unknown(name)
    return set(_ASCII - sure) if negate else maybe


def _with_first_chars(code: list[int], parsed: Any, flags: int) -> list[int]:
    """The program with a first-character set in its info block, when re's compiler gave it none."""
    info, mask = code[0], code[2]
    if info != _constants.INFO or mask or code[3] == 0:  # re found a prefix or a set; or it may match ""
        return code
    chars = first_chars(parsed, flags | parsed.state.flags)
    if chars is None or len(chars) > 100:  # nearly any character: the set would skip little
        return code
    # every character but the ASCII ones no match starts with (a bitmap of 256, quick to build)
    charset = [(_constants.NEGATE, None), *((_constants.LITERAL, ord(c)) for c in sorted(_ASCII - chars))]
    optimized, _ = _compiler._optimize_charset(charset)
    block = [int(_constants.INFO), 0, int(_constants.SRE_INFO_CHARSET), code[3], code[4]]
    body: list[Any] = []
    _compiler._compile_charset(optimized, 0, body)
    block.extend(int(x) for x in body)
    block[1] = len(block) - 1
    return block + code[1 + code[1] :]


# --- the methods of a dataclass ------------------------------------------------------------------------

if TYPE_CHECKING:  # to a type checker this is the standard decorator, which it knows
    from dataclasses import dataclass as dataclass
else:

    def dataclass(cls=None, /, **options):
        """``dataclasses.dataclass``, with the source texts of the methods it writes compiled once and
        kept in the cache: the class is the same, made by the same code, only its ``exec`` of each
        method's text runs a stored code object of that text instead of compiling it again. Python
        3.11 to 3.13 call ``exec`` by its name in the dataclasses module; a global of that name in
        the module comes before the built-in, for the time of this one decoration. A frozen class
        with slots gets the ``__init__`` of ``_set_by_slots`` (the cache on or off)."""
        if cls is None:
            return lambda cls: dataclass(cls, **options)
        if _file() is None or "exec" in vars(dataclasses):  # cache off; or a class made inside one
            made = dataclasses.dataclass(cls, **options)
        else:
            dataclasses.exec = _exec  # type: ignore[attr-defined]
            try:
                made = dataclasses.dataclass(cls, **options)
            finally:
                del dataclasses.exec  # type: ignore[attr-defined]
        if options.get("frozen") and options.get("slots") and options.get("init", True):
            _set_by_slots(made)
        return made


def _set_by_slots(cls: type) -> None:
    """Give a frozen class with slots an ``__init__`` that sets each field by its slot's own setter.

    The one ``dataclasses`` writes for a frozen class sets each field by ``object.__setattr__``
    looked up and called by name (frozen classes refuse ``self.x = x``): about three times the cost
    of calling the slot's setter, and elements of a story are made by the dozen. The signature,
    defaults and the call of ``__post_init__`` are those of the written one; a class with a field
    outside ``__init__``, a keyword-only field or a default factory keeps the written one."""
    fields = dataclasses.fields(cls)
    if any(not f.init or f.kw_only or f.default_factory is not dataclasses.MISSING for f in fields):
        return
    names = [f.name for f in fields]
    free = {f"_set_{n}": vars(cls)[n].__set__ for n in names}
    free |= {f"_default_{f.name}": f.default for f in fields if f.default is not dataclasses.MISSING}
    params = ", ".join(n if f"_default_{n}" not in free else f"{n}=_default_{n}" for n in names)
    body = [f"    _set_{n}(self, {n})" for n in names]
    if hasattr(cls, "__post_init__"):
        body.append("    self.__post_init__()")
    source = f"def __by_slots__({', '.join(free)}):\n  def __init__(self, {params}):\n" + "\n".join(
        f"  {line}" for line in body
    )
    source += "\n  return __init__"
    space: dict[str, Any] = {}
    (_exec if _file() is not None else exec)(source, {}, space)
    init = space["__by_slots__"](**free)
    init.__annotations__ = {f.name: f.type for f in fields} | {"return": None}
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    cls.__init__ = init  # type: ignore[misc]


_CODE = type(_file.__code__)


def _exec(source: str, globals: dict[str, Any] | None = None, locals: Any = None) -> None:
    """``exec(source, globals, locals)``, the source compiled as ``exec`` would, or from the cache."""
    key = ("code", source)
    code = _entries().get(key)
    if type(code) is not _CODE:
        code = compile(source, "<string>", "exec", dont_inherit=True)  # no __future__ of ours
        _remember(key, code)
    exec(code, globals, locals)


# every ASCII character and the empty string: what a pattern of unknown start is tried on
ANY_START = frozenset([*_ASCII, ""])


def starts(pattern: re.Pattern[str]) -> frozenset[str]:
    """The ASCII characters a match of ``pattern`` may start with (``first_chars``), for a cheap
    test of a line's first character before ``match`` or ``fullmatch``: a line whose first
    character is ASCII and not in the set cannot match. ``ANY_START`` (the empty string in it
    too) when that cannot be told; a character beyond ASCII may always start a match."""

    def make() -> str:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        chars = first_chars(parsed, pattern.flags | parsed.state.flags)
        return "?" if chars is None else "=" + "".join(sorted(chars))  # unknown; or the set

    if _sre is None:  # pragma: no cover - not CPython
        return ANY_START
    found = memo("starts", (pattern.pattern, pattern.flags), make)
    return ANY_START if found == "?" else frozenset(found[1:])


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
