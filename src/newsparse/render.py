"""The readable terminal view of a Story (only cli.py imports this; rich is loaded here)."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .model import Story


def _header_panel(story: Story) -> Panel:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    h = story.header
    rows = [
        ("title", story.title.text if story.title else None),
        ("dateline", h.raw if h else None),
        ("city", h.city if h else None),
        ("region", h.region if h else None),
        ("agency", h.agency if h else None),
        ("date", h.date if h else None),
        ("language", story.language),
    ]
    for name, value in rows:
        if value:
            grid.add_row(name, value)
    return Panel(grid, title="header", title_align="left", border_style="cyan")


def _paragraph(story: Story, index: int, source: str) -> Text:
    p = story.paragraphs[index]
    text = Text(p.text)
    for q in story.quotes:
        if q.paragraph != index:
            continue
        where = p.text.find(q.text[: min(len(q.text), 60)])
        if where >= 0:  # quoted speech in bold yellow, reported speech underlined in cyan
            style = "underline cyan" if q.kind == "indirect" else "bold yellow"
            text.stylize(style, where, min(len(p.text), where + len(q.text)))
    return text


def story_view(story: Story, source: str) -> Group:
    parts: list = [_header_panel(story)]
    body = Table.grid(padding=(0, 1))
    body.add_column(justify="right", style="dim")
    body.add_column()
    for i in range(len(story.paragraphs)):
        body.add_row(f"{i + 1}", _paragraph(story, i, source))
        for q in (q for q in story.quotes if q.paragraph == i):
            who = q.speaker or "?"
            if q.speaker_title:
                who += f" ({q.speaker_title})"
            if q.kind == "indirect":  # reported speech apart from quoted speech: who, and the cue as written
                line = f"  ↳ reported · {who} · {q.cue or '?'}"
                body.add_row("", Text(line, style="cyan"))
                continue
            body.add_row(
                "", Text(f"  ↳ {q.kind} quote · {who}" + (f" · {q.cue}" if q.cue else ""), style="green")
            )
    parts.append(Panel(body, title=f"paragraphs ({len(story.paragraphs)})", title_align="left"))
    tail = Table.grid(padding=(0, 2))
    tail.add_column(style="bold")
    tail.add_column()
    for c in story.credits:
        tail.add_row(c.role, c.name)
    if story.copyright:
        tail.add_row("copyright", f"{story.copyright.holder or '?'} {story.copyright.year or ''}".strip())
    for o in story.other_lines:
        tail.add_row(
            Text(o.kind, style="dim"), Text(o.raw if len(o.raw) < 200 else o.raw[:197] + "...", style="dim")
        )
    for w in story.warnings:
        tail.add_row(Text("warning", style="red"), w)
    if tail.row_count:
        parts.append(Panel(tail, title="credits and other lines", title_align="left"))
    return Group(*parts)


def render(story: Story, source: str, console: Console | None = None) -> None:
    (console or Console()).print(story_view(story, source))
