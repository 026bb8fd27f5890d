"""Outcomes and titles told with other verbs, reflexive and passive forms, feminine titles and
hyphened prefixes, in several languages (invented text): each is read as its class."""
from __future__ import annotations

import pytest

from newsweave.compare.claims import extract_claims
from newsweave.compare.slots.extract import article_facts
from slottest_articles import art


def keys(a, slot: str) -> list[str]:
    return [f.key for f in article_facts(a, extract_claims([a])) if f.slot == slot]


@pytest.mark.parametrize("lang,text,key", [
    ("en", "The regional assembly endorsed the water plan on Monday.", "approved"),
    ("en", "The board threw out the harbour proposal on Friday.", "rejected"),
    ("en", "The semi-final in Dunmore was abandoned because of fog.", "called_off"),
    ("fr", "La manifestation des pêcheurs s'est déroulée samedi dans le calme.", "held"),
    ("de", "Der Kreistag stimmte dem Haushalt am Dienstag mit knapper Mehrheit zu.", "approved"),
    ("es", "La marcha de los agricultores se desarrolló el sábado sin incidentes.", "held"),
    ("it", "Il vertice di Pescara previsto per venerdì è saltato.", "called_off"),
    ("it", "La votazione sul piano del porto è slittata a settembre.", "postponed"),
    ("ru", "Забастовка водителей прошла в четверг во всех депо.", "held"),
    ("ru", "Матч в Самаре был отменён из-за снегопада.", "called_off"),
    ("ru", "Саммит в Самаре в пятницу отложили на месяц.", "postponed"),
    ("uk", "Страйк водіїв відбувся в четвер у всіх депо.", "held"),
])
def test_outcomes_in_other_verbs(lang: str, text: str, key: str):
    assert key in keys(art("a", lang, text), "outcome")


def test_backed_by_is_no_approval():
    assert "approved" not in keys(art("a", "en", "The plan, backed by three unions, was presented on Monday."), "outcome")


@pytest.mark.parametrize("lang,text,name,key", [
    ("uk", "Ліна Гордій, мерка Ставиша, у понеділок відкрила міст.", "Ліна Гордій", "mayor"),
    ("uk", "Міністерка охорони здоров'я Ліна Гордій у понеділок відкрила клініку.", "Ліна Гордій", "minister@health"),
    ("fr", "Lina Gordi, ex-maire de Stavich, a inauguré le pont lundi.", "Lina Gordi", "former:mayor"),
    ("ru", "Лина Гордий, экс-мэр Ставища, в понедельник открыла мост.", "Лина Гордий", "former:mayor"),
])
def test_feminine_titles_and_hyphened_prefixes(lang: str, text: str, name: str, key: str):
    assert key in keys(art("a", lang, text, [(name, "PER")]), "who_as_what")


@pytest.mark.parametrize("lang,text", [
    ("en", "Lina Gordi clinched the title in Riga on Sunday."),
    ("en", "Lina Gordi triumphed in the final on Sunday."),
    ("en", "Lina Gordi claimed victory in the mayoral race on Sunday."),
    ("en", "Lina Gordi was voted in as chair on Saturday."),
    ("fr", "Lina Gordi l'a emporté au second tour dimanche."),
])
def test_winners_by_other_verbs(lang: str, text: str):
    a = art("a", lang, text, [("Lina Gordi", "PER")])
    assert [f.key for f in article_facts(a, extract_claims([a])) if f.slot == "outcome" and f.subject == "winner"] \
        == ["Lina Gordi"]
