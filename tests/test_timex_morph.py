"""Direction of relative time expressions from the tense of the verb that governs them, read from
the spaCy parse (fr en es), with the word window as the fallback where a language has no parser.
Every sentence is invented for these tests."""
from __future__ import annotations

import pytest

from newsweave.enrich.temporal.engine import RuleTimexTagger
from newsweave.enrich.temporal.morph import TenseParser, parser_for
from newsweave.model import DateInfo

WED = DateInfo("2024-03-20")  # a Wednesday; the Friday before is 03-15, the one after 03-22
TAGGER = RuleTimexTagger()


def value(text: str, code: str, surface: str, tagger: RuleTimexTagger = TAGGER) -> str:
    found = {t.text: t.value for t in tagger.tag(text, code, WED)}
    assert surface in found, found
    return found[surface]


@pytest.mark.parametrize("code, text, surface, want", [
    # a past tense with a weekday: the day before the article
    ("en", "Firefighters rescued three hikers on Friday near the ridge.", "Friday", "2024-03-15"),
    ("fr", "Les pompiers ont secouru trois randonneurs vendredi près du col.", "vendredi", "2024-03-15"),
    ("es", "Los bomberos rescataron a tres excursionistas el viernes cerca del paso.", "el viernes",
     "2024-03-15"),
    # a future with a month: the next one
    ("en", "The museum will reopen its east wing in February.", "February", "2025-02"),
    ("fr", "Le musée rouvrira son aile est en février.", "février", "2025-02"),
    ("es", "El museo reabrirá su ala este en febrero.", "febrero", "2025-02"),
])
def test_the_governing_verb_tense_picks_the_side(code, text, surface, want):
    assert value(text, code, surface) == want


@pytest.mark.parametrize("code, text, surface, want", [
    # reported speech: the date belongs to the reported verb, not to "said"
    ("en", "The union said on Tuesday that members would strike on Friday after the talks.", "Friday",
     "2024-03-22"),
    ("fr", "Le syndicat a indiqué mardi que ses membres feront grève vendredi.", "vendredi", "2024-03-22"),
    ("es", "El sindicato afirmó el martes que sus miembros harán huelga el viernes.", "el viernes",
     "2024-03-22"),
    # ... and the day that dates the saying stays in the past, even before the reported subject
    ("en", "The union said Tuesday its members will strike at the port.", "Tuesday", "2024-03-19"),
])
def test_reported_speech_dates_the_reported_event(code, text, surface, want):
    assert value(text, code, surface) == want


@pytest.mark.parametrize("code, text, past, past_want, future, future_want", [
    ("en", "The repairs, which started in February, will end on Friday.", "February", "2024-02",
     "Friday", "2024-03-22"),
    ("fr", "Les travaux, qui ont commencé en février, s'achèveront vendredi.", "février", "2024-02",
     "vendredi", "2024-03-22"),
    ("es", "Las obras, que empezaron en febrero, terminarán el viernes.", "febrero", "2024-02",
     "el viernes", "2024-03-22"),
])
def test_a_subordinate_clause_keeps_its_own_tense(code, text, past, past_want, future, future_want):
    assert value(text, code, past) == past_want
    assert value(text, code, future) == future_want


@pytest.mark.parametrize("code, text, surface, want", [
    # a periphrastic future: the way sits on the verb the infinitive depends on
    ("en", "The minister is going to travel to Lyon in February.", "February", "2025-02"),
    ("fr", "La ministre va se rendre à Lyon en février.", "février", "2025-02"),
    ("es", "La ministra va a viajar a Lyon en febrero.", "febrero", "2025-02"),
])
def test_a_periphrastic_future_points_ahead(code, text, surface, want):
    assert value(text, code, surface) == want


def test_a_passive_participle_names_no_past():
    p = parser_for("en")
    g = TAGGER.grammar("en")
    text = "The final report is to be published in February."
    s = text.index("February")
    got = p.tense(text, s, s + len("February"), g.future_re)
    assert got is None or got[0] > 0


def test_languages_without_a_parser_keep_the_word_window():
    assert parser_for("de") is None and parser_for("ru") is None and parser_for(None) is None
    assert value("Die Feuerwehr rettete am Freitag drei Wanderer.", "de", "Freitag") == "2024-03-15"


def test_the_word_window_still_works_with_the_parser_switched_off():
    tagger = RuleTimexTagger()
    tagger.grammar("en").parser = None
    assert value("Firefighters rescued three hikers on Friday near the ridge.", "en", "Friday",
                 tagger) == "2024-03-15"
    assert value("The museum will reopen in February.", "en", "February", tagger) == "2025-02"


def test_each_sentence_is_parsed_once():
    p = parser_for("fr")
    assert isinstance(p, TenseParser)
    sentence = "Le conseil se réunira lundi pour voter le budget."
    assert p.parse(sentence) is p.parse(sentence)


class _Spy:
    """Counts the parses asked of a real tense parser."""

    def __init__(self, inner: TenseParser):
        self.inner, self.calls = inner, 0

    def tense(self, *args):
        self.calls += 1
        return self.inner.tense(*args)


def test_a_date_whose_year_the_tense_cannot_change_is_not_parsed():
    tagger = RuleTimexTagger()
    g = tagger.grammar("fr")
    spy = g.parser = _Spy(parser_for("fr"))
    assert value("Les résultats seront publiés le 22 mars.", "fr", "le 22 mars", tagger) == "2024-03-22"
    assert spy.calls == 0  # two days from the anchor: the same year either way
    assert value("Les résultats seront publiés le 22 janvier.", "fr", "le 22 janvier", tagger) == "2025-01-22"
    assert spy.calls >= 1
