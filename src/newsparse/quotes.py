"""Quotes: placeholder until the quotes stage lands."""

from __future__ import annotations

from .lang import Lang
from .model import Header, Paragraph, Quote


def find_quotes(text: str, paragraphs: tuple[Paragraph, ...], lang: Lang, header: Header | None) -> tuple[Quote, ...]:
    return ()
