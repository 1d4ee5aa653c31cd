"""The readable terminal view of a Story (only cli.py imports this; rich is loaded here).

What the view shows matches the JSON: paragraphs are numbered from 0, as JSON's ``paragraph`` (the
index a quote points at) counts them, so ``[3]`` in the view is ``.paragraphs[3]`` in jq. Subheads
stand between the paragraphs where the story has them. Every string is shown as text, never as rich
markup, and control characters (raw wire files carry ^B, ^S, ^V) are shown escaped (``^V``), never
sent to the terminal.
"""

from __future__ import annotations

import re

from rich.console import Console, Group
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from .model import Story

# C0 controls but tab and newline, DEL, C1 controls: a terminal acts on these instead of showing them
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _escape_one(m: re.Match[str]) -> str:
    code = ord(m.group())
    if code < 0x20:
        return "^" + chr(code + 0x40)  # caret notation, as cat -v and less show them: ^B, ^V, ^[
    if code == 0x7F:
        return "^?"
    return f"\\x{code:02x}"


def safe(text: str) -> str:
    """``text`` with control characters escaped (``"\\x16"`` -> ``"^V"``): fit for a terminal."""
    return _CONTROL.sub(_escape_one, text)


def _text(value: str, style: str = "") -> Text:
    return Text(safe(value), style=style)


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
        ("published", story.published),
        ("language", story.language),
    ]
    for name, value in rows:
        if value:
            grid.add_row(name, _text(value))
    return Panel(grid, title="header", title_align="left", border_style="cyan")


def _paragraph(story: Story, index: int) -> Text:
    """The paragraph's text, its quoted speech in bold yellow and reported speech underlined; escaped piece by piece, so the highlights stay
    on the quoted words however many characters an escape adds."""
    p = story.paragraphs[index]
    marks: list[tuple[int, int, str]] = []
    for q in story.quotes:
        if q.paragraph != index:
            continue
        where = p.text.find(q.text[: min(len(q.text), 60)])
        if where >= 0:  # quoted speech in bold yellow, reported speech underlined in cyan
            style = "underline cyan" if q.kind == "indirect" else "bold yellow"
            marks.append((where, min(len(p.text), where + len(q.text)), style))
    text = Text()
    at = 0
    for start, end, style in sorted(marks):
        start = max(start, at)
        if start >= end:
            continue
        text.append(safe(p.text[at:start]))
        text.append(safe(p.text[start:end]), style=style)
        at = end
    text.append(safe(p.text[at:]))
    return text


def _body(story: Story) -> Table:
    body = Table.grid(padding=(0, 1))
    body.add_column(justify="right", style="dim")
    body.add_column()
    subheads = sorted((o for o in story.other_lines if o.kind == "subhead"), key=lambda o: o.span)
    s = 0
    for i, p in enumerate(story.paragraphs):
        while s < len(subheads) and subheads[s].span < p.span:  # a crosshead before this paragraph
            body.add_row("", _text(subheads[s].raw.strip(), "bold underline"))
            s += 1
        body.add_row(str(i), _paragraph(story, i))
        for q in (q for q in story.quotes if q.paragraph == i):
            who = q.speaker or "?"
            if q.speaker_title:
                who += f" ({q.speaker_title})"
            if q.kind == "indirect":  # reported speech apart from quoted speech: who, and the cue as written
                body.add_row("", _text(f"  ↳ reported · {who} · {q.cue or '?'}", "cyan"))
                continue
            body.add_row("", _text(f"  ↳ {q.kind} quote · {who}" + (f" · {q.cue}" if q.cue else ""), "green"))
    for o in subheads[s:]:
        body.add_row("", _text(o.raw.strip(), "bold underline"))
    return body


def story_view(story: Story, source: str) -> Group:
    """The whole view of one story: header, numbered paragraphs with their quotes, credits and the rest."""
    parts: list = [_header_panel(story)]
    title = f"paragraphs ({len(story.paragraphs)}, numbered from 0 as in JSON)"
    parts.append(Panel(_body(story), title=title, title_align="left"))
    tail = Table.grid(padding=(0, 2))
    tail.add_column(style="bold")
    tail.add_column()
    for c in story.credits:
        tail.add_row(c.role, _text(c.name))
    if story.copyright:
        cr = story.copyright
        tail.add_row("copyright", _text(f"{cr.holder or '?'} {cr.year or ''}".strip()))
    for o in story.other_lines:
        if o.kind == "subhead":  # shown where it stands, among the paragraphs
            continue
        raw = o.raw if len(o.raw) < 200 else o.raw[:197] + "..."
        tail.add_row(Text(o.kind, style="dim"), _text(raw, "dim"))
    for w in story.warnings:
        tail.add_row(Text("warning", style="red"), _text(w))
    if tail.row_count:
        parts.append(Panel(tail, title="credits and other lines", title_align="left"))
    return Group(*parts)


def render(story: Story, source: str, console: Console | None = None, *, heading: str | None = None) -> None:
    """Print the view of a story; ``heading`` (the file's path, when there are several) above it."""
    console = console or Console()
    if heading is not None:
        console.print(Rule(_text(heading, "bold"), align="left"))
    console.print(story_view(story, source))
