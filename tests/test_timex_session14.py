"""Classes of time expressions settled in session 14: an end point ("by", "until") in a future
clause is ahead of the article date for sure (only after a past verb does it merely lean), and
modal "must" reads as future.
Every sentence is invented for these tests."""
from __future__ import annotations

import pytest

from newsweave.model import DateInfo

from newsweave.enrich.timex import extract_timexes
from timex_support import MAY15, find, surfaces


# ------------------------------------------------------------------ end points in a future clause
@pytest.mark.parametrize("text, surface, value", [
    # 15 May 2002: the past 1 April is six weeks away, the next one ten months; the future wins
    ("The builder will finish the tunnel by April 1.", "April 1", "2003-04-01"),
    ("The port expects to reopen the quay by April 1.", "April 1", "2003-04-01"),
    ("The toll road will stay closed until April 1.", "April 1", "2003-04-01"),
    ("The new rules must be adopted by April 1.", "April 1", "2003-04-01"),
])
def test_an_end_point_in_a_future_clause_is_ahead(text, surface, value):
    assert find(text, "en", surface).value == value


def test_an_end_point_after_a_past_verb_stays_in_the_past():
    assert find("The tunnel was finished by April 1.", "en", "April 1").value == "2002-04-01"


# ------------------------------------------------------------------ months after "from", "between", "for"
@pytest.mark.parametrize("text, surface, value", [
    ("From June to August, the ferry will run twice a day.", "June", "2002-06"),
    ("Between June and August, the lake froze twice.", "June", "2001-06"),
    ("The ballot is set for June.", "June", "2002-06"),
])
def test_a_short_month_after_from_between_or_for_is_a_month(text, surface, value):
    assert find(text, "en", surface).value == value


def test_a_short_month_before_a_surname_is_a_given_name():
    assert surfaces("The letter is for May Holloway, from June Parrish.", "en") == []


# ------------------------------------------------------------------ "prior" as "previous"
@pytest.mark.parametrize("text, surface, value", [
    ("Exports rose 4% from the prior year.", "the prior year", "2001"),
    ("The mill closed in 1994; in the prior year, it had cut 300 jobs.", "the prior year", "1993"),
    ("The bank lost money in the prior quarter.", "the prior quarter", "2002-Q1"),
])
def test_prior_is_previous(text, surface, value):
    assert find(text, "en", surface).value == value


# ------------------------------------------------------------------ quarters of a century, an hour, a year
@pytest.mark.parametrize("text, surface, typ, value", [
    ("The feud lasted a quarter century.", "a quarter century", "DURATION", "P25Y"),
    ("The feud lasted a quarter of a century.", "a quarter of a century", "DURATION", "P25Y"),
    ("A quarter-century ago, the valley was farmland.", "A quarter-century ago", "DATE", "1977"),
    ("The ferry was a quarter of an hour late.", "a quarter of an hour", "DURATION", "PT15M"),
    ("The ferry left three quarters of an hour late.", "three quarters of an hour", "DURATION", "PT45M"),
    ("Two quarters ago, the mill was still profitable.", "Two quarters ago", "DATE", "2001-Q4"),
    ("The mill lost money in the third quarter of 2001; a quarter earlier it had gained.",
     "a quarter earlier", "DATE", "2001-Q2"),
])
def test_quarters_of_larger_units_and_quarter_offsets(text, surface, typ, value):
    t = find(text, "en", surface)
    assert (t.type, t.value) == (typ, value)


# ------------------------------------------------------------------ comparisons in quarterly reports
NOV2 = DateInfo("2002-11-02")
REPORT = ("The brewer earned $5 million in the third quarter. {}")


@pytest.mark.parametrize("tail, surface, value", [
    ("Sales rose to $40 million, up from $31 million last year.", "last year", "2001-Q3"),
    ("It earned $5 million, compared with $2 million last year.", "last year", "2001-Q3"),
    ("For the quarter a year ago, it lost $2 million.", "the quarter a year ago", "2001-Q3"),
    # no comparison: last year is the year
    ("Last year, the brewer opened two plants.", "Last year", "2001"),
])
def test_a_year_back_in_a_quarterly_comparison_is_the_same_quarter(tail, surface, value):
    assert find(REPORT.format(tail), "en", surface, NOV2).value == value


def test_last_year_in_a_comparison_without_a_quarter_is_the_year():
    text = "Exports rose to $40 million, up from $31 million last year."
    assert find(text, "en", "last year", NOV2).value == "2001"


# ------------------------------------------------------------------ a simple present plans ahead
@pytest.mark.parametrize("text, surface, value", [
    # 15 May 2002: the past tense of the inserted clause is not the governing verb's
    ("The tariff, announced in March, takes effect in August.", "August", "2002-08"),
    ("The tariff, announced Monday, takes effect Friday.", "Friday", "2002-05-17"),
])
def test_a_simple_present_governing_a_date_looks_ahead_past_an_inserted_clause(text, surface, value):
    assert find(text, "en", surface).value == value


def test_a_present_of_nowadays_stays_a_present_reference():
    assert find("Aujourd'hui, ce peintre vit à Nantes.", "fr", "Aujourd'hui").value == "PRESENT_REF"


# ------------------------------------------------------------------ a half or quarter of a fiscal year
@pytest.mark.parametrize("text, surface, value", [
    ("Orders in the first half of fiscal 2003 will be slow.", "the first half of fiscal 2003", "2003-H1"),
    ("Margins in the third quarter of fiscal 2001 widened.", "the third quarter of fiscal 2001", "2001-Q3"),
])
def test_a_part_of_a_fiscal_year_is_one_expression(text, surface, value):
    assert find(text, "en", surface).value == value


# ------------------------------------------------------------------ "the following Monday"
@pytest.mark.parametrize("text, code, surface, value", [
    ("The first raid came on Monday, Oct. 8, 2001. The second came the following Monday.", "en",
     "the following Monday", "2001-10-15"),
    ("The ballot was on Friday, Oct. 12, 2001. The previous Tuesday, the polls had closed.", "en",
     "The previous Tuesday", "2001-10-09"),
    ("Le premier raid a eu lieu le dimanche 7 octobre 2001. Le second a eu lieu le dimanche suivant.", "fr",
     "le dimanche suivant", "2001-10-14"),
])
def test_a_following_or_previous_weekday_counts_from_the_day_the_story_told(text, code, surface, value):
    assert find(text, code, surface).value == value


# ------------------------------------------------------------------ seasons of a relative year, feasts
@pytest.mark.parametrize("text, code, surface, value", [
    ("Fares rose in the spring of last year.", "en", "the spring of last year", "2001-SP"),
    ("The dam will open in the summer of next year.", "en", "the summer of next year", "2003-SU"),
    ("The siege began in 1993. In the winter of that year, the bridge fell.", "en",
     "the winter of that year", "1993-WI"),
    ("Le barrage ouvrira à l'été de l'an prochain.", "fr", "l'été de l'an prochain", "2003-SU"),
])
def test_a_season_of_a_relative_year_is_one_expression(text, code, surface, value):
    assert find(text, code, surface).value == value


@pytest.mark.parametrize("text, surface, value", [
    ("The chapel was packed on Easter Sunday.", "Easter Sunday", "2002-03-31"),
    ("The ferry sank on Good Friday.", "Good Friday", "2002-03-29"),
    ("The square was quiet on New Year's.", "New Year's", "2002-01-01"),
])
def test_english_movable_feasts_and_new_years(text, surface, value):
    assert find(text, "en", surface).value == value


# ------------------------------------------------------------------ months of a season
@pytest.mark.parametrize("text, surface, value", [
    ("Les mois de printemps ont été pluvieux.", "Les mois de printemps", "2002-SP"),
    ("Les mois d'automne seront secs.", "Les mois d'automne", "2002-FA"),
])
def test_french_months_of_a_season_name_the_season(text, surface, value):
    assert find(text, "fr", surface).value == value


# ------------------------------------------------------------------ a date something was moved to
def test_a_date_a_plan_was_moved_to_lies_ahead():
    assert find("The ballot, first set for June, was moved to September.", "en", "September").value == "2002-09"


def test_moving_house_in_a_month_stays_in_the_past():
    assert find("She moved to Leeds in September.", "en", "September").value == "2001-09"


# ------------------------------------------------------------------ the end of the decade or century
@pytest.mark.parametrize("text, code, surface, value", [
    ("The levy lapses at the end of the decade.", "en", "the end of the decade", "200X"),
    ("The lease runs until the end of the century.", "en", "the end of the century", "20XX"),
    ("Le bail court jusqu'à la fin de la décennie.", "fr", "la fin de la décennie", "200X"),
])
def test_the_end_of_the_decade_or_century_is_the_current_one(text, code, surface, value):
    t = find(text, code, surface)
    assert (t.value, t.attrs.get("mod")) == (value, "END")


# ------------------------------------------------------------------ the n-th unit of a month or year
@pytest.mark.parametrize("text, code, surface, value", [
    ("Fares rose in the second week of February.", "en", "the second week of February", "2002-W06"),
    ("The third day of March was stormy.", "en", "The third day of March", "2002-03-03"),
    ("Les tarifs ont monté la deuxième semaine de février.", "fr", "la deuxième semaine de février", "2002-W06"),
])
def test_the_nth_unit_of_a_month_is_one_expression(text, code, surface, value):
    assert find(text, code, surface).value == value


def test_an_nth_unit_of_an_event_is_no_date():
    assert surfaces("The third day of the hearing was calm.", "en") == []


# ------------------------------------------------------------------ "the past" before a count
def test_the_past_before_a_count_of_seasons_is_no_vague_past():
    assert surfaces("Floods hit the valley for the past three springs.", "en") == []
    assert find("In the past, floods were rare.", "en", "the past").value == "PAST_REF"


# ------------------------------------------------------------------ decades of earlier centuries
@pytest.mark.parametrize("text, code, surface, value", [
    ("The mill was built in the 1890s.", "en", "the 1890s", "189X"),
    ("Le moulin a été bâti dans les années 1880.", "fr", "les années 1880", "188X"),
])
def test_a_decade_of_an_earlier_century(text, code, surface, value):
    assert find(text, code, surface).value == value


# ------------------------------------------------------------------ an amount per unit of time
@pytest.mark.parametrize("text", [
    "The new line adds $40 million a year in fares.",
    "The strike costs the port a million a day.",
])
def test_an_amount_in_millions_or_thousands_per_unit_is_a_rate(text):
    t = next(t for t in extract_timexes(text, "en", MAY15) if t.text.startswith("a "))
    assert t.type == "SET"
