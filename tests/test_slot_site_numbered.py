"""A name ending in a hyphenated serial number ("Vela-2", "Сокол-3") names a rocket, a craft or
a product the recogniser took for a place: it is no site, so it neither hides nor fakes a
conflict of launch sites. Every sentence is invented."""
from __future__ import annotations

import pytest

from newsweave.compare.claims import extract_claims
from newsweave.compare.slots import article_facts, event_conflicts
from slottest_articles import art


def site_keys(a) -> list[str]:
    return [f.key for f in article_facts(a, extract_claims([a])) if f.slot == "where"]


@pytest.mark.parametrize("lang,text,craft,place", [
    ("en", "The Vela-2 rocket lifted off from Kiruna on Friday.", "Vela-2", "Kiruna"),
    ("fr", "La fusée Vela-2 a décollé vendredi de Kiruna.", "Vela-2", "Kiruna"),
    ("de", "Die Rakete Vela-2 ist am Freitag in Kiruna gestartet.", "Vela-2", "Kiruna"),
    ("es", "El cohete Vela-2 despegó el viernes desde Kiruna.", "Vela-2", "Kiruna"),
    ("ru", "Ракета Вела-2 стартовала в пятницу из Кируны.", "Вела-2", "Кируны"),
    ("uk", "Ракета Вела-2 стартувала в п'ятницю з Кіруни.", "Вела-2", "Кіруни"),
])
def test_a_numbered_craft_is_no_site(lang, text, craft, place):
    keys = site_keys(art("a", lang, text, [(craft, "LOC"), (place, "LOC")]))
    assert not any("vela" in k for k in keys)


def test_two_launch_sites_are_compared_beside_the_craft():
    a = art("a", "en", "The Vela-2 rocket lifted off from Kiruna on Friday.", [("Vela-2", "LOC"), ("Kiruna", "LOC")])
    b = art("b", "en", "The Vela-2 rocket lifted off from Andenes on Friday.", [("Vela-2", "LOC"), ("Andenes", "LOC")])
    got = [c for c in event_conflicts([a, b]) if c.slot == "where"]
    assert got and all("Vela" not in s.value for c in got for s in c.sides)
