"""Reported speech in English (issue 18): the shapes of wire copy the first rounds missed.

Rows as in test_reported.py: a small invented story and its reported statements as
(text, speaker, cue), read under ../shared/eval/GOLD_SCHEMA.md, "Reported (indirect) speech".
"""

from __future__ import annotations

import pytest

from .test_quotes import REUTERS, story
from .test_reported import R, _reported

CASES = [
    # a closing cue whose subject carries lowercase title words before the name
    pytest.param(
        story(REUTERS, "Wheat exports could fall to 2 mln tonnes next year, trading house Grainco Ltd said."),
        [("Wheat exports could fall to 2 mln tonnes next year", "Grainco Ltd", "said")],
        id="cue-last-title-words",
    ),
    pytest.param(
        story(
            REUTERS,
            "Crews cleared the road before dawn, county fire marshal Dana Whitfield told reporters at the scene.",
        ),
        [("Crews cleared the road before dawn", "Dana Whitfield", "told")],
        id="cue-last-told-an-object",
    ),
    pytest.param(
        story(
            REUTERS,
            "Power was back in most homes by noon, the utility's regional outage manager, Lee Park, told"
            " kvtn.com on Monday.",
        ),
        [("Power was back in most homes by noon", "Lee Park", "told")],
        id="cue-last-apposition-before-the-name",
    ),
    # an opening cue whose subject carries title words: "Acme Corp chairman X said ..."
    pytest.param(
        story(REUTERS, "Brava Foods Co chairman Tom Reyes said the company will post a profit this year."),
        [("the company will post a profit this year", "Tom Reyes", "said")],
        id="cue-first-title-words",
    ),
    # a second speech verb joined to the sentence's subject
    pytest.param(
        story(
            REUTERS, "Mayor Tom Reyes resigned from the council on Friday and said he would run for governor."
        ),
        [("he would run for governor", "Tom Reyes", "said")],
        id="and-said-after-another-verb",
    ),
    pytest.param(
        story(REUTERS, "Brava Foods Co said it expects higher sales in 1988 and\nsaid it is cutting costs."),
        [
            ("it expects higher sales in 1988", "Brava Foods Co", "said"),
            ("it is cutting costs", "Brava Foods Co", "said"),
        ],
        id="said-a-and-said-b",
    ),
    # an inverted closing cue after a clause that opens with "the": no subject of the verb
    pytest.param(
        story(
            REUTERS,
            "Once the rains stop, the harvest will recover, said Ana Lima, chief economist at Banco Sol.",
        ),
        [("Once the rains stop, the harvest will recover", "Ana Lima", "said")],
        id="inverted-cue-after-a-the-clause",
    ),
    # "'s reports" is a noun, not a closing cue
    pytest.param(
        story(REUTERS, "The storm destroyed 300 homes, a figure close to the Red Cross's reports."),
        [],
        id="error-possessive-noun-is-no-cue",
    ),
    # a report of another source after ", but" ends the first content
    pytest.param(
        story(
            REUTERS,
            "The paper said troops were massing on the border, but army sources denied that shots were fired.",
        ),
        [
            ("troops were massing on the border", None, "said"),
            ("shots were fired", None, "denied"),
        ],
        id="but-another-source-denied",
    ),
    # a participle clause after a closing cue
    pytest.param(
        story(
            REUTERS,
            "The first cargo will arrive within two weeks, Trade Minister Ana Lima said, marking a step toward a deal.",
        ),
        [("The first cargo will arrive within two weeks", "Ana Lima", "said")],
        id="cue-last-then-a-participle",
    ),
    # a request or a vow reports what someone is to do (the object stays: 'urged X to ...')
    pytest.param(
        story(
            REUTERS,
            "Defense Secretary Mark Esper visited Hanoi, near the South China Sea. He urged Vietnam and others"
            " in the region to push back.",
        ),
        [("Vietnam and others in the region to push back", "Mark Esper", "urged")],
        id="urged-x-to-after-sea-dot",
    ),
    pytest.param(
        story(REUTERS, "President Ana Lima vowed on Monday to rebuild the bridge within a year."),
        [("to rebuild the bridge within a year", "Ana Lima", "vowed")],
        id="vowed-on-a-day-to",
    ),
    pytest.param(
        story(REUTERS, "Brava Foods Co promised new products."),
        [],
        id="error-promised-a-noun-phrase",
    ),
    # a closing cue of another source inside the content ends it: one quote per cue
    pytest.param(
        story(REUTERS, "Brava Foods Co promised to refund every customer, Reuters reported."),
        [
            ("Brava Foods Co promised to refund every customer", "Reuters", "reported"),
            ("to refund every customer", "Brava Foods Co", "promised"),
        ],
        id="nested-closing-cue",
    ),
    # not reported: a passive "was said to", content wholly inside ``...'' marks
    pytest.param(
        story(REUTERS, "The government was said to be considering higher royalties on coal."),
        [],
        id="error-passive-said-to",
    ),
    pytest.param(
        story(REUTERS, "Spokesman Ian Barr said ``Prices will stay high for the rest of the year.''"),
        [],
        id="error-backtick-marks-are-direct",
    ),
    # a second participle joined by "and" is a report of its own
    pytest.param(
        story(
            REUTERS,
            "The committee issued a statement, saying it has no plan to talk again and calling the hope"
            " of new talks senseless.",
        ),
        [("it has no plan to talk again", None, "saying")],
        id="saying-a-and-calling-b",
    ),
    # "that" far after the verb is a relative pronoun, not the complementizer
    pytest.param(
        story(
            REUTERS,
            "Spokeswoman Jen Ross said the United States was aware of reports that a citizen was held.",
        ),
        [("the United States was aware of reports that a citizen was held", "Jen Ross", "said")],
        id="relative-that-is-inside-the-content",
    ),
    # "It said" points back at the organisation that spoke last
    pytest.param(
        story(
            REUTERS,
            "The probe burned up over the sea, Rosavia said in a statement. It said no debris reached the coast.",
        ),
        [
            ("The probe burned up over the sea", "Rosavia", "said"),
            ("no debris reached the coast", "Rosavia", "said"),
        ],
        id="it-said-after-a-one-word-organisation",
    ),
    pytest.param(
        story(
            REUTERS,
            "Brava Foods Co said it has extended its warrants.",
            "The company also said it signed a letter of intent.",
            "It said it has stopped all transfers.",
        ),
        [
            ("it has extended its warrants", "Brava Foods Co", "said"),
            ("it signed a letter of intent", "Brava Foods Co", "said"),
            ("it has stopped all transfers", "Brava Foods Co", "said"),
        ],
        id="it-said-as-a-subject",
    ),
    # "quoted X as saying": X spoke
    pytest.param(
        story(REUTERS, "The paper quoted Li Wei as saying that grain output is one of several key issues."),
        [("grain output is one of several key issues", "Li Wei", "saying")],
        id="quoted-x-as-saying",
    ),
    pytest.param(
        story(
            REUTERS,
            "Prices rose by a tenth, the city government was quoted as saying late Thursday by a daily.",
        ),
        [],
        id="error-as-saying-then-only-when",
    ),
    # title words after an opening phrase, a work's title in marks before a name
    pytest.param(
        story(
            REUTERS,
            "In a paper published in the journal, Lake Institution of Biology at the University of Utah scientist"
            " Ana Ruiz said the noises could be key.",
        ),
        [("the noises could be key", "Ana Ruiz", "said")],
        id="title-words-after-an-opening-phrase",
    ),
    pytest.param(
        story(
            REUTERS,
            "\u201cHarbour\u201d director Kim Min-jun said backstage that no one could predict the winner.",
        ),
        [("no one could predict the winner", "Kim Min-jun", "said")],
        id="quoted-title-before-a-name",
    ),
    # a day and a phrase after a closing cue
    pytest.param(
        story(
            REUTERS,
            "Every state has the right to defend its citizens, New Zealand said Friday in response to missile"
            " attacks on sites in two countries.",
        ),
        [("Every state has the right to defend its citizens", "New Zealand", "said")],
        id="cue-last-a-day-and-a-long-phrase",
    ),
    # an organisation named after the noun of what it is
    pytest.param(
        story(REUTERS, "The newspaper Hurriyat said troops were digging in along the border."),
        [("troops were digging in along the border", "Hurriyat", "said")],
        id="the-newspaper-name-said",
    ),
    pytest.param(
        story(
            REUTERS,
            "The militant group al-Badr claimed the attack on its radio.",
            "The al-Qaida-linked group said it had seized weapons and vehicles.",
        ),
        [("it had seized weapons and vehicles", "al-Badr", "said")],
        id="the-group-said-after-a-group-named-in-passing",
    ),
    # a joined verb's speaker is the person the sentence names first, not the last one put forward
    pytest.param(
        story(
            REUTERS,
            "Governor Ana Lima visited the port. But the United States called off the talks.",
            "In her speech, Lima dismissed the critics as liars but said she would meet the unions.",
        ),
        [("she would meet the unions", "Ana Lima", "said")],
        id="joined-verb-speaker-is-the-sentence-subject",
    ),
    # a month name ends a sentence before a capital ("May. Sherpas ..."), as a title does not ("Gen. Ali")
    pytest.param(
        story(
            REUTERS,
            "Officials said about 300 climbers were on the mountain in a season that runs through May."
            " Guides are locals from the valley and know the routes well.",
        ),
        [("about 300 climbers were on the mountain in a season that runs through May", None, "said")],
        id="month-ends-a-sentence",
    ),
    # a "that" right after the verb opens the content, however far the subject stands
    pytest.param(
        story(
            REUTERS,
            "Both Yerevan and Baku have always claimed that foreign troops are fighting in the war.",
        ),
        [("foreign troops are fighting in the war", None, "claimed")],
        id="verb-that-after-a-far-subject",
    ),
    # participles of a vow or a threat report only what someone is to do
    pytest.param(
        story(REUTERS, "A man held police at bay for hours, threatening to blow up the building."),
        [("to blow up the building", None, "threatening")],
        id="threatening-to",
    ),
    pytest.param(
        story(REUTERS, "The river rose again on Monday, threatening the town's 300 residents."),
        [],
        id="error-threatening-a-thing",
    ),
    # not reported: a noun "warning" after "a", a phrase that is no subject before a closing verb,
    # a request about oneself
    pytest.param(
        story(
            REUTERS, "Drivers who break the rule will first receive a warning, followed by a fine, Lim added."
        ),
        [("Drivers who break the rule will first receive a warning, followed by a fine", "Lim", "added")],
        id="a-warning-is-a-noun",
    ),
    pytest.param(
        story(
            REUTERS,
            "The firm hired 600 nurses through an agency, at a cost the union estimated at $20 million.",
        ),
        [],
        id="error-a-phrase-is-no-subject",
    ),
    pytest.param(
        story(
            REUTERS,
            "Prices will rise, said a trader in Oslo, who asked not to be named because of company rules.",
        ),
        [("Prices will rise", None, "said")],
        id="asked-not-to-be-named-is-no-content",
    ),
    # a participle after a closing cue reports again
    pytest.param(
        story(
            REUTERS,
            "The recall covers two models built before 2022, the company said in a statement, adding that it"
            " knew of 37 incidents.",
        ),
        [
            ("The recall covers two models built before 2022", None, "said"),
            ("it knew of 37 incidents", None, "adding"),
        ],
        id="cue-last-then-adding-that",
    ),
    # a joined verb after an organisation named after the noun of what it is
    pytest.param(
        story(
            REUTERS,
            "Officials met Fiona Blake on Monday.",
            'Campaign group River Watch, whose "Clean Rivers" petition drew wide support, welcomed the ruling'
            " but said it came too late for many beaches.",
        ),
        [("it came too late for many beaches", "River Watch", "said")],
        id="joined-verb-after-a-group-name",
    ),
    # "the miner" points back at the company that spoke
    pytest.param(
        story(
            REUTERS,
            "Sinar Gold Mining Corp says the closure will not disrupt output.",
            "The publicly listed miner said in a statement that the site was not yet operational.",
        ),
        [
            ("the closure will not disrupt output", "Sinar Gold Mining Corp", "says"),
            ("the site was not yet operational", "Sinar Gold Mining Corp", "said"),
        ],
        id="the-miner-said",
    ),
    # a bare clause after a verb that mostly takes "that": a modal or a finite verb among its first words
    pytest.param(
        story(REUTERS, "Builders have complained they cannot find replacement workers for the sites."),
        [("they cannot find replacement workers for the sites", "Builders", "complained")],
        id="complained-a-bare-clause",
    ),
    pytest.param(
        story(REUTERS, "Residents complained about the noise from the new plant near the river."),
        [],
        id="error-complained-about-a-thing",
    ),
    # "Analyst X at Y said": X spoke, not Y
    pytest.param(
        story(REUTERS, "Analyst Mariko Tanabe at Hoshi Securities said the cost was manageable."),
        [("the cost was manageable", "Mariko Tanabe", "said")],
        id="analyst-at-a-firm",
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_reported_speech_en(text: str, want: list[R]) -> None:
    assert _reported(text) == want
