"""Wire envelopes: Reuters-21578 SGML, record exports, AP ANPA lines, HTML (our own short examples)."""

from __future__ import annotations

import pytest

from newsparse import parse, patterns

from .invariants import check_invariants, marked

SGML = """<REUTERS TOPICS="YES" NEWID="1">
<DATE>26-FEB-1987 15:01:01.79</DATE>
<TOPICS><D>cocoa</D></TOPICS>
<UNKNOWN>
&#5;&#5;&#5;C T
&#22;&#22;&#1;f0704&#31;reute
u f BC-BAHIA-COCOA-REVIEW   02-26 0105</UNKNOWN>
<TEXT>&#2;
<TITLE>BAHIA COCOA REVIEW</TITLE>
<DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued throughout the week in
the Bahia cocoa zone, alleviating the drought since early
January, the commission said.
    Arrivals for the week were 155,221 bags of 60 kilos, traders
said.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
"""

RECORDS = """                   2 of 9 DOCUMENTS

                    The Harbour Gazette

HEADLINE: Ferry fares to rise in spring

BYLINE: Tom Price, Staff Writer

DATELINE: PORTSMOUTH, England

BODY:

   Ferry fares across the strait will rise by 4 percent in April, the operator said on Tuesday.

   "We held prices for two years," said chief executive Ann Moore.

LOAD-DATE: March 4, 2023

LANGUAGE: ENGLISH
"""

ANPA = """a0123
r a BC-AP-Ferry-Fares 03-03 0412
^AP-Ferry-Fares,0412<
^Ferry fares to rise in spring<
^Eds: ADDS comment from union.<
^By TOM PRICE=
^Associated Press Writer=
   DOVER, England (AP) — Ferry fares across the strait will rise by 4 percent in April.
   "We held prices for two years," said chief executive Ann Moore.
AP-NY-03-03-23 1547EST<
"""


def test_reuters_21578_sgml() -> None:
    story = parse(SGML)
    assert story.title is not None and story.title.text == "BAHIA COCOA REVIEW"
    assert story.header is not None
    assert (story.header.raw, story.header.city, story.header.date) == (
        "SALVADOR, Feb 26 -",
        "SALVADOR",
        "1987-02-26",
    )
    assert [p.text[:30] for p in story.paragraphs] == [
        "Showers continued throughout t",
        "Arrivals for the week were 155",
    ]
    assert ("trailer", "Reuter") in [(o.kind, o.raw) for o in story.other_lines]
    assert all(o.kind in ("envelope", "trailer") for o in story.other_lines)
    check_invariants(SGML, story)


def test_record_export() -> None:
    story = parse(RECORDS)
    assert story.title is not None and story.title.text == "Ferry fares to rise in spring"
    assert story.header is not None
    assert (story.header.city, story.header.region, story.header.agency) == ("PORTSMOUTH", "England", None)
    assert [(c.role, c.name, c.raw) for c in story.credits] == [
        ("reporter", "Tom Price", "BYLINE: Tom Price, Staff Writer")
    ]
    assert len(story.paragraphs) == 2
    assert marked(story)[0].speaker == "Ann Moore"
    raws = {o.raw for o in story.other_lines}
    assert {"LANGUAGE: ENGLISH", "LOAD-DATE: March 4, 2023", "The Harbour Gazette"} <= raws
    check_invariants(RECORDS, story)


def test_ap_anpa_lines() -> None:
    story = parse(ANPA)
    assert story.title is not None and story.title.text == "Ferry fares to rise in spring"
    assert story.header is not None and (story.header.city, story.header.agency) == ("DOVER", "AP")
    assert [(c.role, c.name) for c in story.credits] == [("reporter", "TOM PRICE")]
    assert len(story.paragraphs) == 2
    assert not any("AP-NY" in p.text or "Eds:" in p.text for p in story.paragraphs)
    check_invariants(ANPA, story)


def test_html_figure_caption_and_script() -> None:
    text = (
        "<h1>Robots to clear trays</h1>\n"
        '<figure><img src="x.jpg"><figcaption>A robot at work.<br>(Photo: CNA/Jo Tan)</figcaption></figure>\n'
        "<script>var a = 1;</script>\n"
        "<p>SINGAPORE: Robots will clear trays at 10 hawker centres from June.</p>\n"
        "<p>&quot;Our cleaners are ageing,&quot; said director Lim Boon Keat.</p>\n"
    )
    story = parse(text)
    assert story.title is not None and story.title.text == "Robots to clear trays"
    assert story.header is not None and story.header.city == "SINGAPORE"
    assert [p.text for p in story.paragraphs] == [
        "Robots will clear trays at 10 hawker centres from June.",
        '"Our cleaners are ageing," said director Lim Boon Keat.',
    ]
    kinds = {o.kind for o in story.other_lines}
    assert {"caption", "script"} <= kinds
    assert marked(story)[0].speaker == "Lim Boon Keat"
    check_invariants(text, story)


MAIL = """Sender: Pat Reader <pat@example.invalid>
Subject: FLOOD WATERS RECEDE IN RIVER TOWNS
Date: Wednesday June 2, 1999

DES MOINES (UPI) -- Flood waters began to recede on Wednesday, state officials said.

Residents returned to their homes in the afternoon.
"""


def test_mail_headers_give_title_and_date() -> None:
    story = parse(MAIL)
    assert story.title is not None and story.title.text == "FLOOD WATERS RECEDE IN RIVER TOWNS"
    assert MAIL[slice(*story.title.span)] == story.title.text
    assert story.header is not None and (story.header.city, story.header.date) == ("DES MOINES", "1999-06-02")
    assert [o.raw for o in story.other_lines] == [
        "Sender: Pat Reader <pat@example.invalid>",
        "Subject:",
        "Date: Wednesday June 2, 1999",
    ]
    check_invariants(MAIL, story)


def test_error_mail_label_inside_the_body_is_body() -> None:
    text = "PARIS (AFP) - Talks resumed on Monday.\n\nSubject: the budget, officials said, is still open."
    story = parse(text)
    assert [p.text for p in story.paragraphs][-1].startswith("Subject: the budget")


WRAPPED_HEADLINE = """HEADLINE: Ferry fares to rise in spring across
the strait

DATELINE: DOVER

BODY:

     DOVER, England, March 3 (AFP) - Ferry fares will rise by 4 percent in April.

Copyright 2023 Agence France Presse
"""


def test_wrapped_headline_field_and_body_dateline_beat_the_dateline_field() -> None:
    story = parse(WRAPPED_HEADLINE)
    assert story.title is not None and story.title.text == "Ferry fares to rise in spring across the strait"
    assert story.header is not None
    assert (story.header.raw, story.header.agency, story.header.date) == (
        "DOVER, England, March 3 (AFP) -",
        "AFP",
        "2023-03-03",
    )
    check_invariants(WRAPPED_HEADLINE, story)


def test_stock_ticker_in_a_headline_is_not_a_tag() -> None:
    text = "ACME CORP <ACM> SEES HIGHER PROFIT\n    NEW YORK, March 20 - Acme Corp said profit would rise.\n"
    story = parse(text)
    assert story.title is not None and story.title.text == "ACME CORP <ACM> SEES HIGHER PROFIT"


def test_company_name_in_brackets_is_not_a_tag() -> None:
    text = (
        "    NEW YORK, March 20 - Acme Corp said profit would rise.\n"
        '    Its 49 pct owner <Acme Mining Inc> "needs cash and has people\n'
        'on our board," said Jane Roe.\n'
    )
    story = parse(text)
    assert [p.text for p in story.paragraphs] == [
        "Acme Corp said profit would rise.",
        'Its 49 pct owner <Acme Mining Inc> "needs cash and has people on our board," said Jane Roe.',
    ]
    assert [o.kind for o in story.other_lines] == []
    check_invariants(text, story)


@pytest.mark.parametrize("tag", ["<p>", "<P>", "<TD NOWRAP>", '<a href="x">', "</Body>", "<br/>"])
def test_tags_in_both_cases_still_are_tags(tag: str) -> None:
    assert patterns.TAG.fullmatch(tag) is not None


def test_ap_profile_line_is_envelope() -> None:
    profile = "(PROFILE (WS SL:BC-Senate-Bill; CT:i; (REG:EURO;) (REG:ENGL;) (LANG:ENGLISH;)) )"
    text = f"WASHINGTON (AP) _ The Senate passed the bill on Monday.\n\nIt goes to the House next.\n\n{profile}\n"
    story = parse(text)
    assert [p.text for p in story.paragraphs] == [
        "The Senate passed the bill on Monday.",
        "It goes to the House next.",
    ]
    assert [(o.kind, o.raw) for o in story.other_lines] == [("envelope", profile)]
    check_invariants(text, story)


def test_advisories_are_their_own_lines() -> None:
    text = (
        "SEOUL, Mar 4 , 2007\n\nATTENTION - ADDS quotes ///\n\n"
        "North Korea said on Sunday it would talk.\n\n\x02REFILE\n2ND LEAD\n"
    )
    story = parse(text)
    assert [p.text for p in story.paragraphs] == ["North Korea said on Sunday it would talk."]
    assert [o.kind for o in story.other_lines if o.kind == "advisory"] == ["advisory"] * 3
    check_invariants(text, story)


@pytest.mark.parametrize(
    ("text", "title", "paragraphs"),
    [
        # a unit separator inside a headline field wrapped onto the next line
        (
            "HEADLINE: Farmers protest new tax on\x1fgrain exports\nin the capital",
            "Farmers protest new tax on grain exports in the capital",
            [],
        ),
        # a DC2 inside a body paragraph, which stays one paragraph
        (
            "<p>Ferry fares to rise in spring</p>\n<p>PORTSMOUTH, England - Fares rise\x12in April, the company"
            " said on Monday.</p>",
            "Ferry fares to rise in spring",
            ["Fares rise\x12in April, the company said on Monday."],
        ),
    ],
    ids=["headline-field", "body-paragraph"],
)
def test_control_character_inside_a_line_is_text(text: str, title: str, paragraphs: list[str]) -> None:
    story = parse(text)
    check_invariants(text, story)
    assert story.title is not None and story.title.text == title
    assert [p.text for p in story.paragraphs] == paragraphs


def test_a_headline_field_followed_on_its_line_runs_on_no_further() -> None:
    # markup after the headline on its line: the next line is not the headline's (found by fuzzing:
    # the title's span ran over the markup and the text after it, both elements of their own)
    text = "HEADLINE: Town library ends late fines</figcaption>the branch opens at nine\nand closes at six"
    story = parse(text)
    check_invariants(text, story)
    assert story.title is not None and story.title.text == "Town library ends late fines"
    assert [p.text for p in story.paragraphs] == ["the branch opens at nine and closes at six"]  # a hard wrap


@pytest.mark.parametrize(
    ("text", "title", "mark"),
    [
        (
            "## Warga sambut jembatan baru di Garut\n\nGARUT (ANTARA) - Warga menyambut jembatan itu.",
            "Warga sambut jembatan baru di Garut",
            "##",
        ),
        (
            "Coalition talks could fail =\n\n   Berlin (dpa) - Negotiations could fail, he said.",
            "Coalition talks could fail",
            "=",
        ),
    ],
    ids=["markdown", "iptc"],
)
def test_headline_marks_are_envelope_lines(text: str, title: str, mark: str) -> None:
    story = parse(text)
    check_invariants(text, story)
    assert story.title is not None and story.title.text == title
    envelope = [o for o in story.other_lines if o.kind == "envelope"]
    assert [o.raw for o in envelope] == [mark]
    assert text[slice(*envelope[0].span)] == mark
