"""newsparse: raw news wire-story text in, structure out.

>>> from newsparse import parse
>>> story = parse("Brussel (ANTARA News) - NATO menangguhkan kerja sama.\\n\\nEditor: Desy Saputra")
>>> story.header.city, story.editor
('Brussel', 'Desy Saputra')
"""

from __future__ import annotations

from ._version import __version__
from .model import SCHEMA, Copyright, Credit, Header, OtherLine, Paragraph, Quote, Source, Story, Title
from .pipeline import parse
from .reader import NewsparseError, parse_file, read_text

__all__ = [
    "SCHEMA",
    "Copyright",
    "Credit",
    "Header",
    "NewsparseError",
    "OtherLine",
    "Paragraph",
    "Quote",
    "Source",
    "Story",
    "Title",
    "__version__",
    "parse",
    "parse_file",
    "read_text",
]


def __dir__() -> list[str]:
    """The public API (PEP 562), not the submodules importing it loaded (cache, layout, ...)."""
    return sorted(__all__)
