"""Durations with a half in eight languages: "an hour and a half", "anderthalb Jahre", "полтора
года", "media hora". Every sentence is invented for these tests."""
from __future__ import annotations

import pytest

from newsweave.enrich.timex import extract_timexes
from newsweave.model import DateInfo

ANCHOR = DateInfo("2024-03-20")


@pytest.mark.parametrize("code, text, surface, value", [
    ("en", "The hearing lasted an hour and a half.", "an hour and a half", "PT1H30M"),
    ("en", "Repairs took two and a half years.", "two and a half years", "P2.5Y"),
    ("fr", "Les réparations ont duré deux ans et demi.", "deux ans et demi", "P2.5Y"),
    ("de", "Die Reparatur dauerte anderthalb Jahre.", "anderthalb Jahre", "P1.5Y"),
    ("de", "Die Anhörung dauerte eine halbe Stunde.", "eine halbe Stunde", "PT30M"),
    ("es", "Las obras duraron un año y medio.", "un año y medio", "P1.5Y"),
    ("es", "La audiencia duró media hora.", "media hora", "PT30M"),
    ("it", "I lavori sono durati un anno e mezzo.", "un anno e mezzo", "P1.5Y"),
    ("it", "L'udienza è durata mezz'ora.", "mezz'ora", "PT30M"),
    ("ru", "Ремонт длился полтора года.", "полтора года", "P1.5Y"),
    ("ru", "Ремонт длился два с половиной года.", "два с половиной года", "P2.5Y"),
    ("uk", "Ремонт тривав півтора року.", "півтора року", "P1.5Y"),
    ("uk", "Засідання тривало пів години.", "пів години", "PT30M"),
    ("pl", "Remont trwał półtora roku.", "półtora roku", "P1.5Y"),
    ("pl", "Remont trwał dwa i pół roku.", "dwa i pół roku", "P2.5Y"),
])
def test_a_half_counts_in_the_duration(code, text, surface, value):
    got = [(t.text, t.type, t.value) for t in extract_timexes(text, code, ANCHOR)]
    assert (surface, "DURATION", value) in got, got


@pytest.mark.parametrize("code, text", [
    ("en", "Half the staff left the plant."),
    ("es", "La media de edad subió."),
    ("pl", "Pół miasta wyszło na ulice."),
])
def test_a_half_without_a_unit_is_no_duration(code, text):
    assert extract_timexes(text, code, ANCHOR) == []


@pytest.mark.parametrize("code, text, surface, value", [
    ("en", "Members meet twice per month.", "per month", "P1M"),
    ("de", "Die Gruppe trifft sich zweimal pro Woche.", "pro Woche", "P1W"),
    ("de", "Der Bus fährt stündlich.", "stündlich", "PT1H"),
    ("es", "El grupo se reúne dos veces por semana.", "por semana", "P1W"),
    ("ru", "Группа собирается два раза в неделю.", "в неделю", "P1W"),
])
def test_frequencies_per_unit_are_sets(code, text, surface, value):
    got = [(t.text, t.type, t.value) for t in extract_timexes(text, code, ANCHOR)]
    assert (surface, "SET", value) in got, got
