"""Paraphrase matrix (invented sentences) of a facility named after its city: the happening's
site is that city whatever preposition stands before the facility, in several languages; a
venue's own name is no city."""
from __future__ import annotations

import pytest

from newsweave.compare.claims import extract_claims
from newsweave.compare.slots import article_facts, event_conflicts
from newsweave.compare.slots.facility import facility_sites
from slottest_articles import art


def sites(a) -> list[str]:
    return [f.value for f in article_facts(a, extract_claims([a])) if f.slot == "where" and f.subject == "site"]


@pytest.mark.parametrize("code,text,city", [
    ("fr", "La station météo de l'aéroport de Toulouse a mesuré 41 degrés mardi.", "Toulouse"),
    ("es", "El observatorio del aeropuerto de Valencia registró 44 grados el martes.", "Valencia"),
    ("de", "An der Messstation des Flughafens Hannover wurden am Dienstag 39 Grad gemessen.", "Hannover"),
    ("it", "La centralina dell'aeroporto di Bologna ha registrato 40 gradi martedì.", "Bologna"),
    ("ru", "Метеостанция аэропорта Казани зафиксировала во вторник 41 градус.", "Kazan"),
])
def test_facility_city_is_the_site(code: str, text: str, city: str) -> None:
    assert city in sites(art("x", code, text, []))


def test_two_facility_cities_conflict() -> None:
    a = art("a", "fr", "La station météo de l'aéroport de Toulouse a mesuré 41 degrés mardi.", [])
    b = art("b", "es", "El observatorio del aeropuerto de Toulouse registró 41 grados el martes.", [])
    c = art("c", "it", "La centralina dell'aeroporto di Bologna ha registrato 41 gradi martedì.", [])
    out = [x for x in event_conflicts([a, b, c]) if x.slot == "where" and x.subject == "site"]
    assert len(out) == 1 and sorted(s.value for s in out[0].sides) == ["Bologna", "Toulouse"]


@pytest.mark.parametrize("code,text", [
    ("fr", "Le concert a eu lieu au Stade de France samedi soir."),
    ("es", "El partido se jugó en el estadio de La Cerámica el domingo."),
    ("it", "La cerimonia si è svolta nel palazzo di Giustizia martedì."),
])
def test_venue_name_is_no_city(code: str, text: str) -> None:
    a = art("x", code, text, [])
    assert [x for c in extract_claims([a]) for x in facility_sites(a, c, [])] == []
