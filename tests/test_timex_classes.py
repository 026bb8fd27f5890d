"""Classes of time expressions the TimeML guidelines settle and the tagger once got wrong: a day
of the month named alone, dates something was moved to, and the period a financial comparison
refers to. Every sentence is invented for these tests."""
from __future__ import annotations

import pytest

from newsweave.enrich.timex import extract_timexes
from newsweave.model import DateInfo
from timex_support import MAY15, find, surfaces


# ------------------------------------------------------------------ a day without its month
@pytest.mark.parametrize("code, text, surface, value", [
    # gone this month, past tense: this month
    ("fr", "Le comité s'est réuni le 9 pour voter le budget.", "le 9", "2002-05-09"),
    ("en", "The committee met on the 9th to vote on the budget.", "the 9th", "2002-05-09"),
    # still to come this month, past tense: last month
    ("fr", "Le comité s'est réuni le 28, sans conclure.", "le 28", "2002-04-28"),
    ("en", "The committee met on the 28th, without a vote.", "the 28th", "2002-04-28"),
    # gone this month, future tense: next month
    ("fr", "Le comité se réunira le 4, dans la salle du conseil.", "le 4", "2002-06-04"),
    ("en", "The committee will meet on the 4th, the mayor said.", "the 4th", "2002-06-04"),
])
def test_day_alone_takes_the_month_its_tense_points_to(code, text, surface, value):
    assert find(text, code, surface).value == value


@pytest.mark.parametrize("code, text, surface, value", [
    ("fr", "Le 2 mars, la digue a cédé. Le 6, les eaux sont redescendues.", "Le 6", "2002-03-06"),
    ("en", "On March 2, the dam gave way. By the 6th, the water had gone down.", "the 6th", "2002-03-06"),
    ("fr", "Les audiences se sont tenues le 7 et le 9 février.", "le 7", "2002-02-07"),
])
def test_day_alone_takes_the_month_of_the_date_beside_it(code, text, surface, value):
    assert find(text, code, surface).value == value


@pytest.mark.parametrize("code, text", [
    ("fr", "Les pompiers sont intervenus au 14, avenue des Tilleuls, puis devant le 22, rue Basse."),
    ("en", "The case went to the 9th Circuit, and the film marked the 30th anniversary of the strike."),
    ("fr", "Les Gallois ont battu le 15 de France et le 12 de Galles a fêté la victoire."),
])
def test_numbers_that_are_no_day_stay_untagged(code, text):
    assert surfaces(text, code) == []


# ------------------------------------------------------------------ dates something is moved to
@pytest.mark.parametrize("code, text, surface, value", [
    ("en", "The hearing was postponed until Friday.", "Friday", "2002-05-17"),
    ("en", "The vote was delayed to March, the clerk said.", "March", "2003-03"),
    ("fr", "L'audience a été reportée à vendredi.", "vendredi", "2002-05-17"),
    ("fr", "Le scrutin a été repoussé à mars.", "mars", "2003-03"),
])
def test_a_date_moved_to_is_ahead_whatever_the_tense(code, text, surface, value):
    assert find(text, code, surface).value == value


@pytest.mark.parametrize("code, text, surface, value", [
    ("en", "The hearing was held on Friday.", "Friday", "2002-05-10"),
    ("fr", "Le scrutin a eu lieu en mars.", "mars", "2002-03"),
])
def test_without_the_move_the_past_tense_still_looks_back(code, text, surface, value):
    assert find(text, code, surface).value == value


def test_an_expected_quarter_is_this_year_s():
    assert find("Analysts expect a weaker fourth quarter.", "en", "fourth quarter").value == "2002-Q4"


# ------------------------------------------------------------------ what a report compares with
def test_year_earlier_follows_the_period_last_named():
    text = ("Profit in the third quarter rose to $4 million from $3 million a year earlier. "
            "In the nine months, profit was $10 million, against $9 million a year earlier.")
    got = [(t.text, t.value) for t in extract_timexes(text, "en", DateInfo("1995-10-20"))]
    assert got.count(("a year earlier", "1994-Q3")) == 1
    assert got.count(("a year earlier", "1994")) == 1
    assert ("the nine months", "P9M") in got


def test_a_quarter_named_again_brings_the_quarter_back():
    text = ("For the year, sales were flat compared with a year earlier. "
            "In the second quarter, sales fell from a year earlier.")
    got = [(t.text, t.value) for t in extract_timexes(text, "en", DateInfo("1995-08-01"))]
    assert [v for s, v in got if s == "a year earlier"] == ["1994", "1994-Q2"]


# ------------------------------------------------------------------ offsets from the story's date
@pytest.mark.parametrize("text, surface, value", [
    ("The ferry sank on April 9. Three days earlier, inspectors had passed it.", "Three days earlier", "2002-04-06"),
    ("The mine shut in March 1996; two months earlier, the miners had struck.", "two months earlier", "1996-01"),
    ("The bond paid 6% on Friday, against 5% a week earlier.", "a week earlier", "2002-W18"),
])
def test_earlier_counts_from_the_date_last_named(text, surface, value):
    assert find(text, "en", surface).value == value


def test_earlier_without_a_date_counts_from_the_article():
    assert find("Exports fell 2% from a month earlier.", "en", "a month earlier").value == "2002-04"


def test_ago_still_counts_from_the_article():
    text = "The ferry sank on April 9. Three days ago, divers reached it."
    assert find(text, "en", "Three days ago").value == "2002-05-12"


# ------------------------------------------------------------------ halves and quarters "of the year"
@pytest.mark.parametrize("code, text, surface, value", [
    ("en", "Demand should recover in the second half of the year.", "the second half of the year", "2002-H2"),
    ("en", "Output grew in the third quarter of last year.", "the third quarter of last year", "2001-Q3"),
    ("fr", "La demande devrait repartir au second semestre de l'année prochaine.",
     "second semestre de l'année prochaine", "2003-H2"),
    ("fr", "Les ventes ont reculé au premier trimestre de cette année.", "premier trimestre de cette année", "2002-Q1"),
])
def test_part_of_a_year_named_after_it(code, text, surface, value):
    assert find(text, code, surface).value == value


def test_a_half_of_a_game_is_no_date():
    assert surfaces("The visitors scored twice in the second half of the match.", "en") == []


# ------------------------------------------------------------------ French "écoulé", "plus tôt dans"
@pytest.mark.parametrize("text, surface, value", [
    ("Les loyers ont augmenté au cours de l'année écoulée.", "l'année écoulée", "2001"),
    ("Le trimestre a mal commencé : le mois écoulé a été pluvieux.", "le mois écoulé", "2002-04"),
    ("Plus tôt dans l'année, la banque avait relevé ses taux.", "Plus tôt dans l'année", "2002"),
    ("Le maire s'exprimera plus tard dans le mois.", "plus tard dans le mois", "2002-05"),
])
def test_french_elapsed_and_shifted_units(text, surface, value):
    assert find(text, "fr", surface).value == value


# ------------------------------------------------------------------ a weekday the article dates elsewhere
@pytest.mark.parametrize("code, text, surface, value", [
    ("fr", "Un quatuor à Dijon jeudi. Le quatuor jouera jeudi 16 mai à l'opéra.", "jeudi", "2002-05-16"),
    ("en", "Choir in Leeds Thursday. The choir sings Thursday, May 16, at the town hall.", "Thursday", "2002-05-16"),
])
def test_bare_weekday_takes_the_day_the_article_dates(code, text, surface, value):
    assert find(text, code, surface).value == value


def test_a_tense_cue_keeps_the_weekday_it_read():
    text = "Le maire a parlé mardi. Il reviendra mardi 21 mai."
    assert find(text, "fr", "mardi").value == "2002-05-14"


# ------------------------------------------------------------------ French durations after "de"
@pytest.mark.parametrize("text, value", [
    ("En l'espace de dix ans, la ville a doublé.", "P10Y"),
    ("Le bail court pour une durée de trois ans, renouvelable.", "P3Y"),
    ("La licence est accordée pour une période de cinq ans, puis revue.", "P5Y"),
])
def test_a_span_of_years_after_de_is_a_duration(text, value):
    assert [t.value for t in extract_timexes(text, "fr", MAY15)] == [value]


def test_an_age_after_de_stays_untagged():
    assert surfaces("Une cycliste de 8 ans, et son frère ont été secourus.", "fr") == []


# ------------------------------------------------------------------ which weekend
@pytest.mark.parametrize("text, value", [
    ("The delegates will stay through the weekend.", "2002-W20-WE"),
    ("The delegates left over the weekend.", "2002-W19-WE"),
])
def test_the_weekend_follows_the_tense(text, value):
    assert find(text, "en", "the weekend").value == value
