"""Property tests: parse never raises, and spans always slice back to the input."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newsparse import parse

from .invariants import check_invariants

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
