"""Time expressions by TIMEX3 class (session 24), written from the TimeML / ISO-TimeML guidelines for
classes the earlier matrices did not hold, in English and French: clock times written out ("eight
o'clock", "half past eight", "à huit heures et quart"), the part of a dated day ("the night of May 3",
"la nuit du 3 mai"), a weekday counted in a month ("the first Monday of May", "le premier lundi de
mai") and a named day of a period ("the last day of the year", "le premier jour du mois").
Anchored on Wednesday 15 May 2002; every sentence is invented for these tests."""
from __future__ import annotations

import pytest

from timex_support import find, surfaces


def _check(text: str, code: str, surface: str, typ: str, value: str) -> None:
    t = find(text, code, surface)
    assert (t.type, t.value) == (typ, value)


# ------------------------------------------------------------------ clock times written out
@pytest.mark.parametrize("code, text, surface, value", [
    ("en", "The train left at eight o'clock.", "eight o'clock", "2002-05-15T08:00"),
    ("en", "The train left at 8 o'clock.", "8 o'clock", "2002-05-15T08:00"),
    ("en", "The train left at half past eight.", "half past eight", "2002-05-15T08:30"),
    ("en", "The train left at a quarter to nine.", "a quarter to nine", "2002-05-15T08:45"),
    ("en", "The train left at quarter past nine.", "quarter past nine", "2002-05-15T09:15"),
    ("en", "The train left at ten o'clock at night.", "ten o'clock at night", "2002-05-15T22:00"),
    ("fr", "Le train part à huit heures.", "huit heures", "2002-05-15T08:00"),
    ("fr", "Le train part à dix-huit heures trente.", "dix-huit heures trente", "2002-05-15T18:30"),
    ("fr", "Le train part à 8 heures et quart.", "8 heures et quart", "2002-05-15T08:15"),
    ("fr", "Le train part à 8 heures moins le quart.", "8 heures moins le quart", "2002-05-15T07:45"),
    ("fr", "Le train part à 8 heures et demie.", "8 heures et demie", "2002-05-15T08:30"),
    ("fr", "Le train part dès sept heures et demie.", "sept heures et demie", "2002-05-15T07:30"),
    ("fr", "Le train est parti vers huit heures.", "vers huit heures", "2002-05-15T08:00"),
    ("fr", "Le train part à 20:30.", "20:30", "2002-05-15T20:30"),
])
def test_clock_times_written_out(code, text, surface, value):
    _check(text, code, surface, "TIME", value)


@pytest.mark.parametrize("code, text, surface, value", [
    ("fr", "Le trajet dure une heure et quart.", "une heure et quart", "PT1H15M"),
    ("fr", "Il a attendu pendant deux heures et quart.", "deux heures et quart", "PT2H15M"),
    ("fr", "Il est resté deux heures et demie.", "deux heures et demie", "PT2H30M"),
    ("fr", "Il a marché huit heures trente minutes.", "huit heures trente minutes", "PT8H30M"),
    ("fr", "Le trajet a duré huit heures.", "huit heures", "PT8H"),
    ("fr", "Il habite à deux heures de Paris.", "deux heures", "PT2H"),
    ("fr", "Il a couru en 2 h 05.", "2 h 05", "PT2H5M"),
])
def test_an_hour_count_without_a_clock_cue_is_a_length(code, text, surface, value):
    _check(text, code, surface, "DURATION", value)


@pytest.mark.parametrize("code, text", [
    ("en", "The rate rose by a quarter to 9 percent."),
    ("fr", "Le score est de 3:05."),
])
def test_fractions_and_ratios_are_no_clock_time(code, text):
    assert not any(":" in s or "to 9" in s for s in surfaces(text, code))


# ----------------------------------------------------------- the part of a day named by its date
@pytest.mark.parametrize("text, surface, value", [
    ("Il est parti la nuit du 3 mai.", "la nuit du 3 mai", "2002-05-03TNI"),
    ("Il est parti le soir du 3 mai.", "le soir du 3 mai", "2002-05-03TEV"),
    ("Il est parti dans la matinée du 3 mai.", "la matinée du 3 mai", "2002-05-03TMO"),
    ("Il est parti le matin du 3 mai 2001.", "le matin du 3 mai 2001", "2001-05-03TMO"),
])
def test_french_part_of_a_dated_day_is_one_expression(text, surface, value):
    _check(text, "fr", surface, "TIME", value)


def test_english_date_after_the_night_of_stays_the_date():
    """TimeBank marks the date alone in "the night of Oct. 23" (unlike "Tuesday night")."""
    _check("He left on the night of May 3.", "en", "May 3", "DATE", "2002-05-03")


def test_a_part_before_an_event_is_no_date():
    assert surfaces("Le soir du match, il est parti.", "fr") == []


# ------------------------------------------- a weekday counted in a month, a named day of a period
@pytest.mark.parametrize("code, text, surface, value", [
    ("en", "The fair opened on the first Monday of May.", "the first Monday of May", "2002-05-06"),
    ("en", "The fair closed on the last Friday of April.", "the last Friday of April", "2002-04-26"),
    ("en", "The fair opened on the second Tuesday of March 2001.", "the second Tuesday of March 2001", "2001-03-13"),
    ("en", "The fair closed on the last day of the year.", "the last day of the year", "2002-12-31"),
    ("en", "The fair opened on the first day of the month.", "the first day of the month", "2002-05-01"),
    ("fr", "La foire a ouvert le premier lundi de mai.", "le premier lundi de mai", "2002-05-06"),
    ("fr", "La foire a fermé le dernier vendredi d'avril.", "le dernier vendredi d'avril", "2002-04-26"),
    ("fr", "La foire a fermé le dernier jour de l'année.", "le dernier jour de l'année", "2002-12-31"),
    ("fr", "La foire a ouvert le premier jour du mois.", "le premier jour du mois", "2002-05-01"),
])
def test_counted_weekdays_and_edge_days_of_a_period(code, text, surface, value):
    _check(text, code, surface, "DATE", value)


@pytest.mark.parametrize("code, text, surface", [
    ("en", "The club meets on the first Monday of every month.", "the first Monday of every month"),
    ("en", "The club meets every first Monday of the month.", "every first Monday of the month"),
    ("fr", "Le club se réunit chaque premier lundi du mois.", "chaque premier lundi du mois"),
    ("fr", "Le club se réunit le premier lundi de chaque mois.", "le premier lundi de chaque mois"),
])
def test_a_counted_weekday_of_every_month_is_a_monthly_set(code, text, surface):
    _check(text, code, surface, "SET", "P1M")


@pytest.mark.parametrize("code, text, gone", [
    ("en", "The fair closed on the last day of school.", "the last day of school"),
    ("fr", "La foire a fermé le dernier jour du tournoi.", "le dernier jour du tournoi"),
    ("en", "The fair opened on the fifth Monday of February.", "the fifth Monday of February"),
])
def test_edges_of_events_and_impossible_weekdays_are_no_date(code, text, gone):
    assert gone not in surfaces(text, code)
