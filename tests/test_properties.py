"""Property tests: parse never raises, and spans always slice back to the input."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newsparse import parse

from .invariants import check_invariants, element_spans

PIECES = [
    "Jakarta (ANTARA) - ",
    "WASHINGTON, Nov 26 (Reuters) - ",
    "KUALA LUMPUR: ",
    "Editor: Desy Saputra",
    "Pewarta: Ida Savitri",
    "Copyright © ANTARA 2014",
    "© 2014 Reuters",
    "Baca juga: Judul",
    "-- BERNAMA",
    "(Reporting by Jane Doe; Editing by Tom Fox)",
    '"Kami siap," kata dia.',
    "“Quote,” he said.",
    '"',
    "”",
    "«",
    "»",
    "\n",
    "\n\n",
    "\r\n",
    " ",
    "Rasmussen mengatakan ",
    "Menteri Luar Negeri AS John Kerry",
    "(B016/D007)",
    "Enditem",
    "By John Smith",
    "Kamis, 5 November 2015 14:56 WIB",
    "&quot;",
    "<p>",
    "NATO.",
]

story_like = st.lists(st.sampled_from(PIECES) | st.text(max_size=30), max_size=40).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_arbitrary_text(text: str) -> None:
    check_invariants(text, parse(text))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(story_like)
# a headline wrapped over two lines may not run over a line between them that is something else
# ("\x1f" ends a line for str.splitlines, not for the line count)
@example("A\x1f{\nA\x1fJakarta (ANTARA) - ")
def test_story_like_text(text: str) -> None:
    check_invariants(text, parse(text))


def test_seed_story(seed_text: str) -> None:
    check_invariants(seed_text, parse(seed_text))


# control characters as raw wire files carry them (ANPA, IPTC 7901), alone or in a run
CONTROLS = st.lists(
    st.sampled_from("\x01\x02\x03\x04\x12\x13\x19\x1b\x1c\x1e\x1f\x7f"), min_size=1, max_size=3
).map("".join)
LINES = [
    "HEADLINE: Farmers protest new tax on grain exports",
    "in the capital",
    "DATELINE: SURABAYA, March 3",
    "BODY:",
    "Ferry fares to rise in spring across the strait",
    "JAKARTA (ANTARA) - Harga cabai naik tajam di pasar induk pada Senin pagi.",
    "WASHINGTON, Nov 26 (Reuters) - The Senate passed the bill on Tuesday.",
    '"We are ready," she said.',
    "<p>Officials said the bridge would open in June.</p>",
    "## Warga sambut jembatan baru",
    "Coalition talks could fail =",
    "Editor: Desy Saputra",
    "",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(LINES), min_size=1, max_size=8), st.data())
@example(["HEADLINE: Farmers protest new tax on grain exports", "in the capital"], None)
def test_control_characters_inside_a_line(lines: list[str], data: st.DataObject | None) -> None:
    """A control run inside a line of a title or a paragraph is a character of it: it never becomes
    an element inside another element's span, and no character is left outside every span."""
    if data is None:  # the smallest case the fuzzer found
        text = "HEADLINE: Farmers protest new tax on\x1fgrain exports\nin the capital"
    else:
        n = data.draw(st.integers(0, len(lines) - 1))
        line = lines[n]
        at = data.draw(st.integers(0, len(line)))
        lines[n] = line[:at] + data.draw(CONTROLS) + line[at:]
        text = "\n".join(lines)
    story = parse(text)
    check_invariants(text, story)
    covered = set().union(*(range(*span) for span in element_spans(story)))
    assert all(c.isspace() or i in covered for i, c in enumerate(text)), "a character outside every span"


@pytest.mark.parametrize(
    "text",
    [
        "HEADLINE: Farmers protest new tax on\x1fgrain exports\nin the capital",  # inside a line
        "HEADLINE: Farmers protest new tax on grain exports\x01\nin the capital",  # ending a line
        "JAKARTA (ANTARA) - Harga cabai naik.\x01\nEditor: Desy Saputra\x7f\x04",  # ending the story
    ],
    ids=["inside", "line-end", "story-end"],
)
def test_error_control_run_makes_no_element_inside_another(text: str) -> None:
    story = parse(text)
    check_invariants(text, story)
    spans = sorted(element_spans(story))
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), spans
