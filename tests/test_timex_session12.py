"""Classes of time expressions settled in session 12: a date on an English present perfect, a
month before a spelled-out year, the week holding a day, and the quarter a report compares with
when a forecast quarter was named since. Every sentence is invented for these tests."""
from __future__ import annotations

import pytest

from newsweave.model import DateInfo
from timex_support import find, surfaces

OCT20 = DateInfo("2002-10-20")


# ------------------------------------------------------------------ the English present perfect
@pytest.mark.parametrize("text, surface, value", [
    # the perfect names no definite past time: a date on it is not when it was done
    ("The league has set May 20 as the date of the final.", "May 20", "2002-05-20"),
    ("The council has chosen May 24 for the vote on the budget.", "May 24", "2002-05-24"),
    # a future cue in the verb group still points ahead
    ("The mayor has scheduled a news conference Friday to present the plan.", "Friday", "2002-05-17"),
])
def test_a_date_on_a_present_perfect_is_not_sent_back_a_year(text, surface, value):
    assert find(text, "en", surface).value == value


def test_a_plain_past_still_rules_the_date_behind():
    assert find("The council met on May 2 to vote on the budget.", "en", "May 2").value == "2002-05-02"


# ------------------------------------------------------------------ spelled-out years in transcripts
@pytest.mark.parametrize("text, surface, value", [
    ("March nineteen eighty-two. The strike begins at the docks.", "March nineteen eighty-two", "1982-03"),
    ("It was in October nineteen sixty-eight that the march took place.", "October nineteen sixty-eight",
     "1968-10"),
    ("In nineteen seventy-four the plant closed.", "nineteen seventy-four", "1974"),
])
def test_a_month_before_a_spelled_year_is_that_month(text, surface, value):
    assert find(text, "en", surface).value == value


# ------------------------------------------------------------------ the week of a day
@pytest.mark.parametrize("code, text, surface, value", [
    ("en", "The trial could open the week of June 3, a lawyer said.", "the week of June 3", "2002-W23"),
    ("fr", "Le procès pourrait s'ouvrir la semaine du 3 juin, selon un avocat.", "la semaine du 3 juin",
     "2002-W23"),
])
def test_the_week_of_a_day_is_that_week(code, text, surface, value):
    assert find(text, code, surface).value == value


# ------------------------------------------------------------------ reports and forecast quarters
def test_a_forecast_quarter_is_not_the_period_a_report_compares_with():
    text = ("Acme Corp. posted a 30% drop in third-quarter profit. Analysts expect weak demand through "
            "the second quarter of 2003. In the year-ago period, Acme earned $12 million.")
    assert find(text, "en", "the second quarter of 2003", OCT20).value == "2003-Q2"
    assert find(text, "en", "the year-ago period", OCT20).value == "2001-Q3"


def test_a_later_year_does_not_end_the_comparison_with_the_quarter():
    text = ("Acme Corp. posted a 30% drop in third-quarter profit, and warned about 2003. Sales fell to "
            "$40 million from $52 million a year ago.")
    assert find(text, "en", "a year ago", OCT20).value == "2001-Q3"


# ------------------------------------------------------------------ French present idioms and "aujourd'hui"
@pytest.mark.parametrize("text, surface, value", [
    # "a lieu", "a droit à" are presents (a noun after "a"), not a passé composé
    ("Le salon a lieu du 3 au 5 juin à Nantes.", "5 juin", "2002-06-05"),
    ("La foire a lieu le 2 juin, place du marché.", "le 2 juin", "2002-06-02"),
    # the real passé composé still sends it back
    ("La foire a eu lieu le 2 juin, place du marché.", "le 2 juin", "2001-06-02"),
])
def test_a_present_idiom_with_avoir_is_no_past(text, surface, value):
    assert find(text, "fr", surface).value == value


@pytest.mark.parametrize("text, value", [
    ("Aujourd'hui, cet ancien boxeur tient un café à Brest.", "PRESENT_REF"),  # nowadays
    ("Aujourd'hui, le ministre a reçu les syndicats.", "2002-05-15"),  # a past clause: the day
    ("Aujourd'hui, les députés voteront le texte.", "2002-05-15"),  # a future clause: the day
])
def test_aujourdhui_before_a_comma_is_nowadays_only_in_a_present_clause(text, value):
    assert find(text, "fr", "Aujourd'hui").value == value


# ------------------------------------------------------------------ parts of the story's day, the first of a month
@pytest.mark.parametrize("text, surface, value", [
    ("Le 3 mai, le convoi est arrivé. Ce soir-là, les habitants ont fêté.", "Ce soir-là", "2002-05-03TEV"),
    ("Le 3 mai, le convoi est arrivé. Le matin même, le maire avait appelé.", "Le matin même", "2002-05-03TMO"),
    ("Le 3 mai, le convoi est arrivé. Cette nuit-là, personne n'a dormi.", "Cette nuit-là", "2002-05-03TNI"),
])
def test_a_part_of_the_story_day_is_that_day(text, surface, value):
    assert find(text, "fr", surface).value == value


@pytest.mark.parametrize("code, text, surface, value", [
    ("fr", "Le premier juin, les syndicats ont défilé.", "Le premier juin", "2001-06-01"),
    ("fr", "Le premier juillet 2003, la taxe entrera en vigueur.", "Le premier juillet 2003", "2003-07-01"),
    ("es", "El primero de abril, los sindicatos marcharon.", "El primero de abril", "2002-04-01"),
])
def test_the_first_of_a_month_written_out(code, text, surface, value):
    assert find(text, code, surface).value == value


# ------------------------------------------------------------------ ages are no durations
@pytest.mark.parametrize("text", [
    "Un homme de 45 ans a été interpellé samedi.",
    "Une jeune femme de 23 ans a été blessée dans l'accident.",
    "Le conducteur de 19 ans a été placé en garde à vue.",
])
def test_a_person_of_n_years_is_an_age(text):
    assert not [t for t in surfaces(text, "fr") if "ans" in t]


def test_a_thing_of_n_years_stays_a_duration():
    assert find("Le bail de trois ans a été signé mardi.", "fr", "trois ans").value == "P3Y"


# ------------------------------------------------------------------ an infinitive under a present
@pytest.mark.parametrize("code, text, surface, value", [
    # what a present asks for, proposes or agrees to is ahead: the coming weekday
    ("fr", "Les taxis appellent à défiler jeudi.", "jeudi", "2002-05-16"),
    ("fr", "Le maire propose de voter vendredi.", "vendredi", "2002-05-17"),
    ("en", "The nurses agree to return to work Thursday.", "Thursday", "2002-05-16"),
    # under a past, the weekday keeps the past reading
    ("en", "The nurses agreed to return to work Monday.", "Monday", "2002-05-13"),
])
def test_a_weekday_on_an_infinitive_under_a_present_is_ahead(code, text, surface, value):
    assert find(text, code, surface).value == value
