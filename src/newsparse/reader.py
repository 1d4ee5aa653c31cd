"""Bytes to text: the one place files are read and decoded."""

from __future__ import annotations

import os
import sys

from .cache import dataclass
from .model import Source, Story
from .pipeline import parse

try:  # the C module hashlib falls back to: hashlib's own import (OpenSSL) costs a few ms of start-up
    from _sha256 import sha256  # type: ignore[import-not-found]  # CPython 3.11
except ImportError:  # pragma: no cover - other Pythons (3.12 calls it _sha2)
    try:
        from _sha2 import sha256  # type: ignore[import-not-found]
    except ImportError:
        from hashlib import sha256


class NewsparseError(Exception):
    """A file that cannot be parsed: one line, fit for stderr, that names the file when there is one.

    ``str(exc)`` is ``"PATH: REASON"`` (``"story.txt: Permission denied"``), or the reason alone for
    text that came from no file; ``exc.path`` and ``exc.reason`` are the two parts.
    """

    def __init__(self, reason: str, path: str | None = None) -> None:
        super().__init__(reason, path)
        self.reason = reason
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}" if self.path is not None else self.reason


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The text and the encoding used: UTF-8 (with or without BOM), UTF-16 with a BOM, else detected."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) and not encoding:
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise NewsparseError(f"broken UTF-16 (byte {exc.start})") from None
    if b"\x00" in data[:8192]:
        raise NewsparseError("binary file (NUL bytes), not a text story")
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (LookupError, UnicodeDecodeError) as exc:
            raise NewsparseError(f"cannot decode as {encoding}: {exc}") from None
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        bad = exc.start
    mended = _mostly_utf8(data)
    if mended is not None:  # no UTF-8 beyond ASCII at all: a legacy file with few accents
        utf8 = any(
            ord(c) > 127 and not "\udc80" <= c <= "\udcff" for c in data.decode("utf-8", "surrogateescape")
        )
        return mended, "utf-8+cp1252" if utf8 else "cp1252"
    from charset_normalizer import from_bytes  # only for files that are not UTF-8

    results = from_bytes(data[:200_000])
    best = results.best()
    if best is None or best.encoding in ("utf_8", "utf-8"):
        raise NewsparseError(f"not valid UTF-8 (byte {bad}) and no other encoding fits; try --encoding")
    # Windows-1252 is what Western and Indonesian/Malay legacy files are; a close cp1250 guess turns
    # "Geneviève" into "Genevičve", so cp1252 wins whenever it decodes the file at all
    encoding = best.encoding
    if encoding != "cp1252" and any(r.encoding == "cp1252" for r in results):
        encoding = "cp1252"
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError):
        raise NewsparseError(f"not valid UTF-8 (byte {bad}); try --encoding") from None


STRAY = 500  # UTF-8 copy may hold one stray legacy byte in this many ("Helen\xa0Corbett")


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few stray legacy bytes (a no-break space pasted from a cp1252 page), each
    read as cp1252 -- or None when there are too many for that to be the story (then the file is in
    a legacy encoding and detection decides). A detector guesses wildly on a single odd byte."""
    text = data.decode("utf-8", errors="surrogateescape")
    stray = [c for c in text if "\udc80" <= c <= "\udcff"]
    if len(stray) > max(8, len(data) // STRAY):
        return None
    return "".join(_legacy(ord(c) - 0xDC00) if "\udc80" <= c <= "\udcff" else c for c in text)


def _legacy(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
        return bytes([byte]).decode("latin-1")


def read_text(path: str | os.PathLike[str], encoding: str | None = None) -> tuple[str, Source]:
    """A file's decoded text and its Source (path, encoding used, sha256 of the bytes).

    Raises NewsparseError naming the path when the file cannot be read, decoded, or holds no text.
    """
    name = os.fspath(path)
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except IsADirectoryError:
        raise NewsparseError("is a directory", name) from None
    except OSError as exc:
        raise NewsparseError(exc.strerror or str(exc), name) from None
    return from_bytes(data, name, encoding)


def from_bytes(data: bytes, path: str, encoding: str | None = None) -> tuple[str, Source]:
    """Decoded text and its Source; an empty or blank input is an error, not an empty story."""
    try:
        text, used = decode(data, encoding)
    except NewsparseError as exc:
        raise NewsparseError(exc.reason, path) from None
    if not text.strip():
        raise NewsparseError("empty file (no text)" if not data else "no text, only white space", path)
    return text, Source(path, used, sha256(data).hexdigest())


def parse_file(
    path: str | os.PathLike[str], *, language: str | None = None, encoding: str | None = None
) -> Story:
    """Read, decode and parse one story file: ``parse(text, language=...)`` with its Source.

    The encoding is detected (UTF-8 with or without BOM, UTF-16 with a BOM, else a legacy encoding)
    unless ``encoding`` is given. Raises NewsparseError, naming the path, for a file that cannot be
    read or decoded or that holds no text.
    """
    text, source = read_text(path, encoding)
    return parse(text, language=language, source=source)


@dataclass(frozen=True)
class Options:
    """What the CLI's options ask of every story: a language instead of detecting it, an encoding."""

    language: str | None = None
    encoding: str | None = None


def parse_path(path: str, options: Options) -> tuple[Story, str]:
    """One story from a path ('-' is standard input)."""
    if path == "-":
        text, source = from_bytes(sys.stdin.buffer.read(), "-", options.encoding)
    else:
        text, source = read_text(path, options.encoding)
    try:
        story = parse(text, language=options.language, source=source)
    except RecursionError:  # pragma: no cover - parse is iterative; kept as a last guard
        raise NewsparseError("story too deeply nested to parse", path) from None
    return story, text
