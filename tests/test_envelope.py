"""Wire envelopes: Reuters-21578 SGML, record exports, AP ANPA lines, HTML (our own short examples)."""

from __future__ import annotations

from newsparse import parse

from .invariants import check_invariants

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
    assert story.quotes[0].speaker == "Ann Moore"
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
    assert story.quotes[0].speaker == "Lim Boon Keat"
    check_invariants(text, story)
