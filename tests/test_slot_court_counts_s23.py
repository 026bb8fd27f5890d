"""Session-23 classes of the *where* and *how many* readers on invented text: the city of the
court that rules, compared on its own (another city the article names - the accused mayor's town
- does not reconcile two courts' cities); a count whose head is a participle after the counted
noun's comma, in the Slavic genitive ("всіх 32 гірників, заблокованих"); "на поверхню" (to the
surface) is no count of storeys."""
from __future__ import annotations

import pytest

from newsweave.compare.claims import extract_claims
from newsweave.compare.slots import event_conflicts
from newsweave.compare.slots.court import APPEAL, COURT
from newsweave.compare.slots.extract import article_facts
from slottest_articles import art

# (lang, a court of {city} sentencing the former mayor of Tarvisio, the city's mention type)
COURTS = [
    ("it", "Il tribunale di {city} ha condannato ieri l'ex sindaco di Tarvisio, Carlo Neri, a tre anni."),
    ("en", "A court in {city} on Tuesday sentenced the former mayor of Tarvisio, Carlo Neri, to three years."),
    ("fr", "Le tribunal de {city} a condamné mardi l'ancien maire de Tarvisio, Carlo Neri, à trois ans."),
    ("es", "Un tribunal de {city} condenó el martes al exalcalde de Tarvisio, Carlo Neri, a tres años."),
    ("de", "Das Landgericht {city} verurteilte am Dienstag den früheren Bürgermeister von Tarvisio, Carlo Neri."),
]
CITIES = {"it": ("Udine", "Trieste"), "en": ("Udine", "Trieste"), "fr": ("Udine", "Trieste"),
          "es": ("Udine", "Trieste"), "de": ("Udine", "Triest")}


def court_art(ident: str, k: int, which: int):
    lang, text = COURTS[k]
    city = CITIES[lang][which]
    return art(ident, lang, text.format(city=city), [(city, "LOC"), ("Tarvisio", "LOC"), ("Carlo Neri", "PER")])


@pytest.mark.parametrize("k", range(len(COURTS)))
def test_the_court_city_is_read(k):
    a = court_art("a", k, 0)
    assert [f.value for f in article_facts(a, extract_claims([a])) if f.subject == COURT] == ["Udine"]


@pytest.mark.parametrize("i,j", [(0, 2), (1, 3), (2, 4), (3, 0), (4, 1)])
def test_two_courts_cities_conflict_though_the_mayors_town_is_named(i, j):
    out = [c for c in event_conflicts([court_art("a", i, 0), court_art("b", j, 1)]) if c.subject == "court's city"]
    assert len(out) == 1


@pytest.mark.parametrize("i,j", [(0, 2), (1, 4)])
def test_one_court_city_in_two_languages_is_no_conflict(i, j):
    assert [c for c in event_conflicts([court_art("a", i, 0), court_art("b", j, 0)])
            if c.subject == "court's city"] == []


def test_the_slavic_court_city_in_the_genitive():
    a = art("a", "uk", "Приморський районний суд Одеси вчора засудив митника.", [("Одеси", "LOC")])
    b = art("b", "ru", "Приморский районный суд Одессы вчера осудил таможенника.", [("Одессы", "LOC")])
    assert [f.value for x in (a, b) for f in article_facts(x, extract_claims([x])) if f.subject == COURT] \
        == ["Odesa", "Odesa"]


# ------------------------------------------------------------------ Slavic appositions
@pytest.mark.parametrize("lang,text", [
    ("uk", "Рятувальники підняли на поверхню всіх 41 гірника, заблокованих після обвалу."),
    ("ru", "Спасатели подняли на поверхность всех 41 горняка, заблокированных после обрушения."),
    ("pl", "Ratownicy wydobyli na powierzchnię wszystkich 41 górników, uwięzionych po zawaleniu."),
])
def test_a_participle_after_the_counted_noun_heads_the_count(lang, text):
    a = art("a", lang, text)
    assert [(f.subject, f.value) for f in article_facts(a, extract_claims([a])) if f.slot == "how_many"] \
        == [("trapped", "41")]


def test_the_apposition_is_read_only_where_case_ties_it():
    a = art("a", "en", "The firm employs 400 workers, injured workers are paid.")
    assert [f.subject for f in article_facts(a, extract_claims([a])) if f.slot == "how_many"] != ["injured"]


def test_the_surface_is_no_storey():
    a = art("a", "uk", "Рятувальники підняли на поверхню всіх 41 гірника.")
    assert "storeys" not in [f.subject for f in article_facts(a, extract_claims([a])) if f.slot == "how_many"]


@pytest.mark.parametrize("appeal", [
    ("en", "The Court of Appeal in Trieste upheld on Tuesday the sentence of the former mayor, Carlo Neri."),
    ("fr", "La cour d'appel de Trieste a confirmé mardi la peine de l'ancien maire, Carlo Neri."),
    ("it", "La corte d'appello di Trieste ha confermato ieri la condanna dell'ex sindaco Carlo Neri."),
    ("uk", "Апеляційний суд Трієста вчора підтвердив вирок колишньому меру Карло Нері."),
])
def test_a_court_of_appeal_and_the_lower_court_are_two_courts(appeal):
    city = "Trieste" if appeal[0] != "uk" else "Трієста"
    a = art("a", appeal[0], appeal[1], [(city, "LOC"), ("Carlo Neri", "PER"), ("Карло Нері", "PER")])
    assert [f.subject for f in article_facts(a, extract_claims([a])) if f.subject in (COURT, APPEAL)] == [APPEAL]
    assert [c for c in event_conflicts([a, court_art("b", 1, 0)]) if "court" in c.subject] == []
