"""Publication dates inferred from text are bounded by what the text reports (invented text)."""
from __future__ import annotations

import pytest

from newsweave.enrich.timex import infer_publication_date
from newsweave.link.date_inference import inferred_date
from newsweave.link.event_clusters import Cluster
from newsweave.link.event_dates import happening_weekdays, parse_span
from newsweave.model import Article, Timex


@pytest.mark.parametrize("text,lang", [
    ("A summit is scheduled for 12 June 2031. The ministers met on 3 March 2024 in Oslo.", "en"),
    ("The ministers met on 3 March 2024 in Oslo. They will meet again on 12 June 2031.", "en"),
    ("Les ministres se sont réunis le 3 mars 2024. Le port est fermé depuis le 1er janvier 2019.", "fr"),
    ("Die Minister trafen sich am 3. März 2024. Der Vertrag soll am 12. Juni 2031 unterzeichnet werden.", "de"),
])
def test_planned_and_background_mentions_never_give_the_date(text, lang):
    d = infer_publication_date(text, lang)
    assert d is not None and d.value == "2024-03-03"
    assert d.source == "inferred" and d.evidence and 0 < d.confidence < 1


def test_only_a_starting_point_gives_no_date():
    assert infer_publication_date("Since 2019 the port has been closed to ships.", "en") is None


def _article(weekday: int | None) -> Article:
    tx = [Timex(start=0, end=6, text="Friday", type="DATE", value="XXXX-XX-XX",
                attrs={"weekday": weekday, "role": "main"})] if weekday is not None else []
    return Article(id="u", text="Friday the talks went on.", timexes=tx)


def _event(day: str) -> Cluster:
    # four members, three of them dated on ``day``
    return Cluster(id="E1", members=[1, 2, 3, 4], dates=[parse_span(day)] * 3)


def test_weekdays_named_for_happenings_are_read():
    assert happening_weekdays(_article(4)) == frozenset({4})
    assert happening_weekdays(_article(None)) == frozenset()


def test_an_event_day_on_another_weekday_is_not_taken():
    friday, wednesday = "2024-05-17", "2024-05-15"
    got = inferred_date(None, None, _event(friday), happening_weekdays(_article(4)))
    assert got is not None and got.value == friday
    assert inferred_date(None, None, _event(wednesday), happening_weekdays(_article(4))) is None
    assert inferred_date(None, None, _event(wednesday), frozenset()).value == wednesday


_FILL = {"en": "The council discussed the budget and the bus lines at length with residents. ",
         "fr": "Le conseil a longuement discuté du budget et des lignes de bus avec les habitants. ",
         "de": "Der Rat sprach lange mit den Anwohnern über den Haushalt und die Buslinien. "}


@pytest.mark.parametrize("lang,tail", [
    ("en", "The works began on 3 May 2024; the new bridge opens in 2032."),
    ("fr", "Les travaux ont commencé le 3 mai 2024 ; le nouveau pont ouvre en 2032."),
    ("de", "Die Arbeiten begannen am 3. Mai 2024; die neue Brücke öffnet 2032."),
])
def test_a_bare_later_year_is_not_the_lower_bound(lang, tail):
    # the dated happening lies past the head of the text, so the latest explicit date decides
    d = infer_publication_date(_FILL[lang] * 9 + tail, lang)
    assert d is not None and d.value == "2024-05-03" and "lower bound" in d.evidence
