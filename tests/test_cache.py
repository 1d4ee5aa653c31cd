"""The cache of derived data: compiled patterns and parsed TOML kept between runs.

A cached pattern must behave exactly like a fresh ``re.compile``; a damaged, stale or missing
cache must cost speed only, never a wrong result or an error.
"""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from newsparse import __version__, cache
from newsparse.patterns import alt

from .conftest import SEED

PATTERNS = [
    (r"(?P<who>[A-Z]\w+)\s+(?P<cue>said|told)", 0),
    (r"\bkata\s+(dia|beliau)\b", re.I),
    (alt(["Editor", "Pewarta", "Reporting by"], ignore_case=True) + r"\s*:", 0),
    ('[\u201c\u201d"]+', 0),
]


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """An empty cache in tmp_path for this test (the module's table is reset and restored)."""
    monkeypatch.setenv("NEWSPARSE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(cache, "_table", None)
    monkeypatch.setattr(cache, "_added", False)
    return tmp_path


def _same(a: re.Pattern[str], b: re.Pattern[str], text: str) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    assert [m.groupdict() | {"span": m.span()} for m in a.finditer(text)] == [
        m.groupdict() | {"span": m.span()} for m in b.finditer(text)
    ]


TEXT = 'Rasmussen said "ok". KATA DIA. Editor : X, pewarta: Y, REPORTING BY Z: “yes” Kerry told'


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_cached_pattern_behaves_like_re_compile(
    fresh: Path, monkeypatch: pytest.MonkeyPatch, pattern: str, flags: int
) -> None:
    first = cache.regex(pattern, flags)
    _same(first, re.compile(pattern, flags), TEXT)
    cache._save()
    monkeypatch.setattr(cache, "_table", None)  # a new run: the table comes from the file

    def no_parsing(*_: object, **__: object) -> None:
        raise AssertionError("a cached pattern was parsed again")

    monkeypatch.setattr(cache._parser, "parse", no_parsing)
    _same(cache.regex(pattern, flags), re.compile(pattern, flags), TEXT)


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_starts_holds_the_first_character_of_every_match(pattern: str, flags: int) -> None:
    compiled = cache.regex(pattern, flags)
    chars = cache.starts(compiled)
    for at in range(len(TEXT)):
        if compiled.match(TEXT, at):
            assert TEXT[at] in chars or not TEXT[at].isascii(), TEXT[at:]


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"(?:Copyright|\(c\))\s*\d{4}", 0, set("C(")),
        (r"\bkata\b", re.I, set("kK")),
        (r"\[[^\]]+\]", 0, {"["}),
        (r"\d*", 0, cache.ANY_START),  # may match the empty string: any line is tried
    ],
    ids=["literals", "ignore-case", "bracket", "empty"],
)
def test_starts_of_patterns(pattern: str, flags: int, expected: set[str]) -> None:
    assert cache.starts(re.compile(pattern, flags)) == expected


def test_refused_program_is_compiled_afresh(fresh: Path) -> None:
    pattern = r"(?P<a>ab+)c"
    cache._entries()[("re", pattern, 0)] = (0, b"\x00\x00\x00\x00", 1, {"a": 1}, (None, "a"))
    _same(cache.regex(pattern), re.compile(pattern), "xabbbc abc")


def test_off_when_folder_is_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSPARSE_CACHE_DIR", "")
    assert cache.folder() is None
    assert cache.regex("a+b").pattern == "a+b"


def test_folder_defaults_to_xdg_cache_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("NEWSPARSE_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.folder() == str(tmp_path / "newsparse")


def test_no_home_folder_means_no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSPARSE_CACHE_DIR")
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(os.path, "expanduser", lambda path: path)  # as with HOME unset and no passwd entry
    assert cache.folder() is None


def test_data_is_loaded_once(fresh: Path) -> None:
    calls = []

    def load(text: str) -> dict:
        calls.append(text)
        return {"words": text.split()}

    assert cache.data("x.toml", "a b", load) == {"words": ["a", "b"]}
    assert cache.data("x.toml", "a b", load) == {"words": ["a", "b"]}
    assert cache.data("x.toml", "a b c", load) == {"words": ["a", "b", "c"]}  # new text: read again
    assert calls == ["a b", "a b c"]


def _point_class() -> type:
    """A frozen slotted class with a field left out of comparison and repr, as model.py has them."""
    import dataclasses

    @cache.dataclass(frozen=True, slots=True)
    class Point:
        """A point."""

        x: int
        y: int = 0
        span: tuple[int, int] = dataclasses.field(default=(0, 0), compare=False, repr=False)

    return Point


def test_dataclass_methods_come_from_the_cache(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins
    import dataclasses

    first = _point_class()
    assert any(key[0] == "code" for key in cache._entries()), "the methods' code was stored"
    assert "exec" not in vars(dataclasses), "the dataclasses module is left as it was"
    cache._save()
    monkeypatch.setattr(cache, "_table", None)  # a new run: the table comes from the file
    real_compile = builtins.compile

    def no_compiling(source: object, *args: object, **kwargs: object) -> object:
        if isinstance(source, str) and ("__create_fn__" in source or "__by_slots__" in source):
            raise AssertionError("a dataclass method was compiled again")
        return real_compile(source, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(builtins, "compile", no_compiling)
    second = _point_class()
    monkeypatch.setattr(builtins, "compile", real_compile)
    for cls in (first, second):
        a, b = cls(1, 2, (3, 4)), cls(1, 2)
        assert a == b and hash(a) == hash(b), "span is left out of == and hash"
        assert repr(a).endswith(".Point(x=1, y=2)")
        assert [f.name for f in dataclasses.fields(cls)] == ["x", "y", "span"]
        assert dataclasses.replace(a, y=5).y == 5 and a.__slots__ == ("x", "y", "span")
        with pytest.raises(dataclasses.FrozenInstanceError):
            a.x = 2  # type: ignore[misc]
        with pytest.raises(TypeError):
            cls()  # x has no default


def _frozen_slotted_classes() -> list[type]:
    """Every frozen class with slots the parser makes elements of."""
    import dataclasses
    import importlib
    import pkgutil

    import newsparse

    found = []
    for info in pkgutil.iter_modules(newsparse.__path__):
        if info.name in ("arrow", "dask", "__main__"):
            continue  # optional dependencies
        module = importlib.import_module(f"newsparse.{info.name}")
        for value in vars(module).values():
            params = getattr(value, "__dataclass_params__", None)
            mine = isinstance(value, type) and value.__module__ == module.__name__
            if mine and params and params.frozen and "__slots__" in vars(value):
                found.append(value)
    assert dataclasses.fields(found[0])
    return found


def _standard_twin(cls: type) -> type:
    """The same class made by ``dataclasses`` alone: its fields, defaults and ``__post_init__``."""
    import dataclasses

    fields = [
        (f.name, f.type, dataclasses.field(default=f.default, repr=f.repr, compare=f.compare, hash=f.hash))
        for f in dataclasses.fields(cls)
    ]
    space = {"__post_init__": vars(cls)["__post_init__"]} if "__post_init__" in vars(cls) else {}
    return dataclasses.make_dataclass(cls.__name__, fields, namespace=space, frozen=True, slots=True)


def _differences(cls: type, twin: type, rng: random.Random) -> list[str]:
    """Where ``cls`` and its standard twin, made from the same arguments, differ."""
    import dataclasses
    import inspect

    out = []
    if str(inspect.signature(cls)) != str(inspect.signature(twin)):
        out.append(f"signature {inspect.signature(cls)} != {inspect.signature(twin)}")
    names = [f.name for f in dataclasses.fields(cls)]
    pieces = ["Ralf\nStegner", "a\tb", "x", "", "Budi  Santoso", "said", None, 3, (1, 2)]
    for _ in range(50):
        args = [rng.choice(pieces) for _ in names]
        for by_keyword in (False, True):
            made = []
            for c in (cls, twin):
                try:
                    made.append(c(**dict(zip(names, args, strict=True))) if by_keyword else c(*args))
                except TypeError as e:  # a value of the wrong type: both refuse it alike
                    made.append(type(e))
            a, b = made
            if isinstance(a, type) or isinstance(b, type):
                if a != b:
                    out.append(f"{a!r} != {b!r} from {args!r}")
                continue
            for n in names:
                if getattr(a, n) != getattr(b, n):
                    out.append(f"{n}: {getattr(a, n)!r} != {getattr(b, n)!r} from {args!r}")
        required = [f for f in dataclasses.fields(cls) if f.default is dataclasses.MISSING]
        if required:
            with pytest.raises(TypeError):
                cls()
    return out


def test_frozen_slotted_classes_are_made_as_dataclasses_makes_them() -> None:
    import dataclasses

    rng = random.Random(7)
    classes = _frozen_slotted_classes()
    assert {"Quote", "Paragraph", "Credit", "OtherLine"} <= {c.__name__ for c in classes}
    for cls in classes:
        assert cls.__init__.__code__.co_freevars[0].startswith("_set_"), (
            f"{cls}: not set by its slots' setters"
        )
        assert _differences(cls, _standard_twin(cls), rng) == [], cls
        fields = dataclasses.fields(cls)
        one = cls(*(f"v{n}" for n in range(len(fields))))
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(one, fields[0].name, "other")
    # the check catches an __init__ that sets a field wrongly: two fields' setters swapped
    point = _point_class()
    set_x, set_y = vars(point)["x"].__set__, vars(point)["y"].__set__

    def swapped(self: object, x: int, y: int = 0, span: tuple[int, int] = (0, 0)) -> None:
        set_x(self, y)
        set_y(self, x)
        vars(point)["span"].__set__(self, span)

    point.__init__ = swapped  # type: ignore[misc]
    assert _differences(point, _standard_twin(point), rng)


def test_a_class_with_a_default_factory_keeps_the_written_init() -> None:
    import dataclasses

    @cache.dataclass(frozen=True, slots=True)
    class Bag:
        name: str
        items: list[int] = dataclasses.field(default_factory=list)

    a, b = Bag("a"), Bag("b")
    assert a.items == [] and a.items is not b.items
    assert not any(name.startswith("_set_") for name in Bag.__init__.__code__.co_freevars)  # dataclasses' own


def test_dataclass_without_cache_is_the_standard_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSPARSE_CACHE_DIR", "")
    monkeypatch.setattr(cache, "_table", None)
    point = _point_class()
    assert cache._table is None, "the cache file was not read"
    assert point(1) == point(1, 0, (5, 5))


def _run(code: str, cache_dir: Path | str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "NEWSPARSE_CACHE_DIR": str(cache_dir), **env},
        check=False,
    )


PARSE_SEED = f"import json, newsparse; print(json.dumps(newsparse.parse(open({str(SEED)!r}, encoding='utf-8').read()).to_dict()))"


def test_cold_and_warm_runs_give_the_same_story(tmp_path: Path) -> None:
    cold = _run(PARSE_SEED, tmp_path)
    assert cold.returncode == 0, cold.stderr
    assert list(tmp_path.glob("derived-*.marshal")), "the first run writes the cache"
    warm = _run(PARSE_SEED, tmp_path)
    assert warm.returncode == 0, warm.stderr
    assert json.loads(warm.stdout) == json.loads(cold.stdout)
    assert json.loads(warm.stdout)["quotes"], "the seed has quotes: the speaker patterns were used"


def test_error_damaged_cache_file_is_ignored(tmp_path: Path) -> None:
    assert _run(PARSE_SEED, tmp_path).returncode == 0
    (path,) = tmp_path.glob("derived-*.marshal")
    expected = _run(PARSE_SEED, "").stdout
    for damage in (b"", b"not marshal data", path.read_bytes()[: len(path.read_bytes()) // 2]):
        path.write_bytes(damage)
        run = _run(PARSE_SEED, tmp_path)
        assert run.returncode == 0, run.stderr
        assert run.stdout == expected


def test_error_unwritable_folder_is_ignored(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    run = _run(PARSE_SEED, blocker / "cache")
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""


def test_patterns_are_the_same_text_whatever_the_hash_seed(tmp_path: Path) -> None:
    """Sets of words iterate in a different order each run; the cache keys must not."""
    code = "from newsparse.patterns import alt; print(alt({'said', 'told', 'asked', 'added', 'kata'}))"
    outs = {_run(code, "", PYTHONHASHSEED=seed).stdout for seed in ("1", "2", "3", "4")}
    assert len(outs) == 1


def test_warm_up_builds_every_stage(tmp_path: Path) -> None:
    """Batch runs call warm_up() before forking workers, so that they inherit compiled patterns."""
    code = (
        "from newsparse import credits, dates, footers, header, speech, tail\n"
        "from newsparse.pipeline import warm_up\n"
        "caches = [speech.rules, credits.rules, tail.rules, footers.rules, credits.credit_group_open,"
        " header._rules, dates._month_word]\n"
        "assert all(c.cache_info().currsize == 0 for c in caches)\n"
        "warm_up()\n"
        "print([c.cache_info().currsize for c in caches])\n"
    )
    run = _run(code, tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[1, 1, 1, 1, 1, 1, 1]"


def test_an_upgrade_leaves_one_file(tmp_path: Path) -> None:
    assert _run(PARSE_SEED, tmp_path).returncode == 0
    (current,) = tmp_path.glob("derived-*.marshal")
    stale = current.with_name(current.name.replace(f"-{__version__}-", "-0.0.1-"))
    assert stale != current
    current.rename(stale)  # as an older newsparse left it
    other_python = tmp_path / "derived-cpython-399-0-0-4-1-0.1.0.marshal"
    other_python.write_bytes(b"")
    assert _run(PARSE_SEED, tmp_path).returncode == 0
    assert sorted(p.name for p in tmp_path.glob("derived-*.marshal")) == sorted(
        [current.name, other_python.name]
    )


# patterns whose start re's own compiler cannot summarise, so cache.regex adds a first-character set
FIRST_CHAR_PATTERNS = [
    (r"(?<!\d)(19\d\d|20\d\d)(?!\d)|\b\d{1,2}[:.]\d{2}\b", 0),
    (r"(?=[A-Z])(?<![\w-])[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*", 0),
    (r"\b(?:kata|ujar)\s+(?P<who>\w+)", re.I),
    (r"(?i:(?=[ks])(?:k\w+|s\w+))|(?-i:x)\d", 0),
    (r"[^\W\d_]{2}|\(\s*\d", 0),
    (r"(?:[ab]|(?=c)\w)x|[^a-y\s]z", re.I),
    (r"\s*,\s*\d", 0),
]
# what hostile and case-folding text looks like: Kelvin sign, long s, dotted and dotless i
ODD_TEXT = (
    "kata Ktr \u212aata \u017fatu \u0130ni \u0131ni, 12:30 1999 2024x1 (  7 AbC De-Fg axz ~z Sx9 \u00e9z"
)


@pytest.mark.parametrize(("pattern", "flags"), FIRST_CHAR_PATTERNS)
def test_first_character_set_changes_no_match(fresh: Path, pattern: str, flags: int) -> None:
    for text in (ODD_TEXT, TEXT, ODD_TEXT.upper(), ODD_TEXT.lower(), "x" * 50 + ODD_TEXT):
        _same(cache.regex(pattern, flags), re.compile(pattern, flags), text)


def test_first_chars_reads_the_start_of_a_match() -> None:
    def first(pattern: str, flags: int = 0) -> frozenset[str] | None:
        return cache.first_chars(cache._parser.parse(pattern, flags), flags)

    assert first(r"(?=x)\b[ab]c") == {"a", "b"}
    assert first(r"\d?k", re.I) == set("0123456789kK")
    assert first(r"(?i:\u212a)") == {"k", "K"}  # the Kelvin sign folds to an ASCII k
    assert first(r"\s*x") is not None and " " in first(r"\s*x")  # type: ignore[operator]
    assert first(r"a?") is None  # may match the empty string: no set
    assert first(r"(a)?\1x") is None  # a back-reference may come first: not reasoned about


def test_case_folds_beyond_ascii_are_all_known() -> None:
    """re matches these code points, and no others beyond ASCII, to ASCII letters with case ignored."""
    beyond = "".join(chr(c) for c in range(0x80, sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    found: dict[str, str] = {}
    for letter in "abcdefghijklmnopqrstuvwxyz":
        hits = "".join(m.group() for m in re.finditer(letter, beyond, re.I))
        if hits:
            found[letter] = hits
    assert found == cache._FOLDS


def test_each_checkout_has_a_file_of_its_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two checkouts of one version (or one edited between runs) never fill each other's file; the
    files of the KEEP checkouts used last stay, older ones go."""
    assert _run(PARSE_SEED, tmp_path).returncode == 0
    (current,) = tmp_path.glob("derived-*.marshal")
    ours = f"-{__version__}-{cache._sources()}.marshal"
    assert current.name.endswith(ours)
    others = [
        current.with_name(current.name.replace(ours, f"-{__version__}-0000000{n}.marshal")) for n in range(4)
    ]
    for n, other in enumerate(others):
        other.write_bytes(b"")
        os.utime(other, ns=(n * 10**9, n * 10**9))  # 0 is the oldest
    current.unlink()
    assert _run(PARSE_SEED, tmp_path).returncode == 0
    kept = sorted(p.name for p in tmp_path.glob("derived-*.marshal"))
    assert kept == sorted([current.name, *(o.name for o in others[-(cache.KEEP - 1) :])])


def test_sources_key_follows_the_package_files(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    package = tmp_path / "newsparse"
    (package / "lang").mkdir(parents=True)
    (package / "cache.py").write_text("x", encoding="utf-8")
    (package / "lang" / "en.toml").write_text("a = 1", encoding="utf-8")
    monkeypatch.setattr(cache, "__file__", str(package / "cache.py"))
    keys = []
    for text in ("a = 1", "a = 12"):
        (package / "lang" / "en.toml").write_text(text, encoding="utf-8")
        monkeypatch.setattr(cache, "_sources_key", None)
        keys.append(cache._sources())
    assert keys[0] != keys[1]
    monkeypatch.setattr(cache, "_sources_key", None)
    assert cache._sources() == keys[1]  # the same files: the same key
