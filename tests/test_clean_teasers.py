"""Title choice on crawled pages: news tickers and related-headline lists above the page's own
headline, and credit-less photo descriptions, are never the title (ingest/teasers.py,
ingest/captions.py). All pages here are invented."""
from __future__ import annotations

import pytest

from newsweave.clean import clean_articles
from newsweave.ingest import read_bytes
from newsweave.ingest.captions import is_caption, is_description_caption
from newsweave.ingest.lines import layout
from newsweave.ingest.teasers import teaser_lines
from newsweave.link.event_features import shown_title
from newsweave.model import Article

HEADLINE = "Valley council backs flood barrier plan"
LEDE = ("The regional council of the lower valley approved on Thursday a plan to rebuild the flood "
        "barriers along the river, after two winters of damage to the fields and the villages. "
        "Engineers said the barrier work would take three years.")
BODY2 = ("Farmers in the lowlands welcomed the vote but asked for compensation for the fields that "
         "the new dykes will cover. A public hearing on the barrier plan is planned for next month.")
# a site's ticker: other stories' headlines, long ones included, sharing no words with this story
TICKER = ["Ministry announces new rules for travellers arriving from abroad during the holidays",
          "Football club signs young goalkeeper on a five-year contract after a long negotiation",
          "Singer cancels the autumn tour as the record label changes hands",
          "Museum of modern art reopens its sculpture garden to the public this weekend"]


def recovered(text: str) -> Article:
    (a,) = read_bytes(text.encode(), "page.txt", lambda o, r: None)
    return a


def is_marked(a: Article, needle: str) -> bool:
    i = a.text.index(needle)
    return any(s <= i and i + len(needle) <= e for s, e in a.boilerplate)


def test_ticker_above_the_headline_is_not_the_title():
    a = recovered("\n".join(TICKER + [HEADLINE, LEDE, BODY2]))
    assert a.title == HEADLINE
    clean_articles([a])
    assert a.title == HEADLINE
    assert all(is_marked(a, t) for t in TICKER)
    assert "approved on Thursday" in a.body_text() and "public hearing" in a.body_text()


def test_a_ticker_line_sharing_a_few_words_still_loses_to_the_headline():
    """A long ticker line sharing a few words with the lede would win on length over a short
    headline that shares more of its own."""
    ticker = ["Regional ministry announces after winters the new rules for holiday travel abroad this year",
              *TICKER[1:]]
    a = recovered("\n".join(ticker + ["Plan vexes upland dyke farmers", LEDE, BODY2]))
    assert a.title == "Plan vexes upland dyke farmers"


def test_a_page_of_only_a_ticker_has_no_ticker_title_and_shows_its_lede():
    a = recovered("\n".join(TICKER + [LEDE, BODY2]))
    clean_articles([a])
    assert a.title not in TICKER
    assert shown_title(a).startswith("The regional council")


def test_a_ticker_with_standfirsts_given_as_title_is_replaced_by_the_page_headline():
    """The crawl took the page's first line, a ticker headline, for the title; each ticker item
    has a one-line standfirst; the page's own headline comes after the list."""
    items = [TICKER[0], "Border posts will check documents at every crossing. Queues are expected.",
             TICKER[1], "The player joins from a second-division side. He is nineteen.",
             TICKER[2], "Fans get their money back by Easter."]
    text = "\n".join(items + [HEADLINE, LEDE, BODY2])
    a = Article(id="t", text=text, title=TICKER[0])
    clean_articles([a])
    assert a.title == HEADLINE and a.meta["title_replaced"] == TICKER[0]
    assert all(is_marked(a, t) for t in items)


def test_related_headlines_below_the_headline_are_boilerplate():
    related = ["More from the region", *TICKER[:3]]
    a = recovered("\n".join([HEADLINE] + related + [LEDE, BODY2]))
    clean_articles([a])
    assert a.title == HEADLINE and all(is_marked(a, t) for t in TICKER[:3])


def test_kicker_headline_and_deck_of_the_story_are_not_a_list():
    """Three lines in a row about the story itself share its words: not a ticker."""
    kicker = "Flood barriers in the lower valley"
    deck = "Council approves three years of barrier work after two winters of damage"
    lay = layout("\n".join([kicker, HEADLINE, deck, LEDE, BODY2]))
    assert teaser_lines(lay) == set()


def test_two_foreign_lines_are_not_a_list():
    lay = layout("\n".join(TICKER[:2] + [HEADLINE, LEDE, BODY2]))
    assert teaser_lines(lay) == set()


def test_without_running_text_nothing_is_a_teaser():
    assert teaser_lines(layout("\n".join(TICKER))) == set()


# ------------------------------------------------------------------ credit-less photo descriptions
@pytest.mark.parametrize("line", [
    "Neighbours waiting for the night bus in the rain.",
    "Vecinos esperando el tren en el andén.",
    "Voluntarios repartiéndose las tareas en el almacén.",
    "Il sindaco parlando ai cronisti davanti al municipio.",
    "Des riverains manifestant devant la mairie.",
])
def test_participle_descriptions_are_captions_for_a_title(line):
    assert is_description_caption(line)


@pytest.mark.parametrize("line", [
    "Farmers marching on the capital",            # a headline: no full stop
    "The council approved the budget on Monday.",  # a sentence with a finite verb
    "Storm hits the coast during the morning.",
    "Fishermen waiting. The port is still closed.",  # two sentences
    "Volunteers at the food bank were sorting parcels for the families of the valley all day long.",
])
def test_headlines_and_sentences_are_not_descriptions(line):
    assert not is_description_caption(line)


@pytest.mark.parametrize("line", ["Crowds at the east gate, 3 March.", "Vecinos en la plaza del mercado, 12 de abril.",
                                  "Folla davanti al tribunale, 5 maggio."])
def test_a_noun_phrase_with_a_date_is_a_caption(line):
    assert is_caption(line)


def test_a_headline_with_a_date_is_not_a_caption():
    assert not is_caption("Council approves budget, 3 March")  # no full stop: a headline
    assert not is_caption("The council met on 3 March.")


def test_a_description_opening_the_page_is_not_the_title():
    cap = "Neighbours waiting for the night bus in the rain."
    a = recovered("\n".join([cap, LEDE, BODY2]))
    clean_articles([a])
    assert a.title != cap and shown_title(a).startswith("The regional council")
    assert is_marked(a, cap) or a.title is None


def test_a_description_above_the_headline_leaves_the_headline():
    cap = "Engineers measuring the river level at the old mill."
    a = recovered("\n".join([cap, HEADLINE, LEDE, BODY2]))
    clean_articles([a])
    assert a.title == HEADLINE


def test_a_description_given_as_title_is_replaced():
    cap = "Engineers measuring the river level at the old mill."
    a = Article(id="d", text="\n".join([cap, HEADLINE, LEDE, BODY2]), title=cap)
    clean_articles([a])
    assert a.title == HEADLINE and is_marked(a, cap)


LONG_TICKER = TICKER + [
    "Chess prodigy wins the national title at the age of eleven",
    "Airline orders twenty aircraft for its regional network",
    "Orchestra names a new conductor for the coming concert season",
    "Supermarket chain closes seven shops in the eastern suburbs",
    "Cyclists protest against the new parking rules in the old town",
    "Bakery wins a prize for the best rye bread of the country",
    "Zoo welcomes twin panda cubs after a long wait",
    "Tennis star withdraws from the indoor tournament with an injury",
    "Publisher recalls a cookbook over a misprinted recipe",
    "Broadband operator promises faster connections in mountain villages",
]


def test_headline_after_a_ticker_longer_than_the_header_is_found():
    """A ticker that fills the whole header zone: the headline is looked for right after it."""
    a = recovered("\n".join(LONG_TICKER + ["Site services", HEADLINE, LEDE, BODY2]))
    assert a.title == HEADLINE
    clean_articles([a])
    assert a.title == HEADLINE and all(is_marked(a, t) for t in LONG_TICKER)


def test_wrapped_prose_is_not_a_list():
    """A story hard-wrapped into short lines: its lines break off mid-sentence and start in lower
    case, so they do not read as a list of headlines even where the long paragraphs differ."""
    wrapped = ["The ferry company said on Monday that the night crossings",
               "would stop for the winter, because of the storms and the",
               "cost of fuel. Passengers with tickets will be refunded, and",
               "a bus will run along the coast road twice a day instead.",
               "Harbour workers fear for their jobs until the spring."]
    lay = layout("\n".join([HEADLINE] + wrapped + [LEDE, BODY2]))
    assert teaser_lines(lay) == set()


# ------------------------------------------------------------------ one-sentence paragraphs
# wire copy written one sentence per line, then a round-up of other news in long paragraphs: the
# opening lines share few words with the running text, yet they are the article's own prose
WIRE_LEAD = ["Harbour crane operator held after night crash on the quay",
             "A crane operator at the northern harbour was arrested on Tuesday after his crane struck a moored ferry.",
             "Port police said the operator, Tomas Brandt, had been working a double shift.",
             "Brandt was released on bail in the afternoon, the harbour authority said.",
             "No passengers were aboard the ferry, which will stay in dock for repairs.",
             "The authority said it would review the night rota for all crane crews."]
ROUNDUP = ("In other port news, the regional ministry of transport confirmed that the dredging of the "
           "southern channel will resume next spring, once the environmental survey of the estuary and "
           "its bird colonies has been completed by the university team that started it last summer.")
ROUNDUP2 = ("Meanwhile the shipyard union and the owners of the dry dock met again over the winter wage "
            "agreement, and both sides said a deal covering overtime and holiday pay was close but not "
            "yet signed, with a further meeting called for the end of the month at the town hall.")


def test_one_sentence_paragraphs_before_a_roundup_are_not_a_list():
    lay = layout("\n".join(WIRE_LEAD + [ROUNDUP, ROUNDUP2]))
    assert teaser_lines(lay) == set()


def test_one_sentence_paragraphs_stay_in_the_body():
    a = recovered("\n".join(WIRE_LEAD + [ROUNDUP, ROUNDUP2]))
    clean_articles([a])
    assert a.title == WIRE_LEAD[0]
    assert "was arrested on Tuesday" in a.body_text() and "released on bail" in a.body_text()


def test_a_list_of_headlines_closed_by_full_stops_is_prose_only_when_most_are_sentences():
    """Headlines with their one-sentence standfirsts are half sentences: still a list."""
    items = [TICKER[0], "Border posts will check documents at every crossing from Monday.",
             TICKER[1], "The player joins from a second-division side after three seasons.",
             TICKER[2], "Fans get their money back by Easter, the promoter said today."]
    lay = layout("\n".join(items + [HEADLINE, LEDE, BODY2]))
    assert set(range(6)) <= teaser_lines(lay)
