"""Classes of time expressions settled in session 13: relative expressions that count from the
date the story last named (TimeML's reference time) rather than from the article's date ("the
next year" in a past-tense narrative, "that summer", "the following June", "June of that year",
"l'année d'après"), bare plurals after a verb of length ("lasted months"), a part of the day named alone ("in the
afternoon"), a month named again without a cue (the year its first mention's tense gave), a
plan or a future pointing to next year's month or season, a unit made an adjective
("decades-long"), the first or last unit of a named month or year ("the last week of May"),
an offset without a count ("years ago": a past reference), and a clock time in the sentence
after the day it belongs to.
Every sentence is invented for these tests."""
from __future__ import annotations

import pytest

from newsweave.model import DateInfo

from newsweave.enrich.timex import extract_timexes
from timex_support import MAY15, find, surfaces


# ------------------------------------------------------------------ "the next" + unit in a narrative
@pytest.mark.parametrize("text, surface, value", [
    ("The bridge opened in 1987. The next year, a second lane was added.", "The next year", "1988"),
    ("The union struck in April 1995. The next month, the owners gave in.", "The next month", "1995-05"),
    ("The dam failed on June 3, 1990. The next week, the army arrived.", "The next week", "1990-W23"),
])
def test_the_next_unit_in_a_past_narrative_follows_the_date_last_named(text, surface, value):
    assert find(text, "en", surface).value == value


@pytest.mark.parametrize("text, surface, value", [
    # no article, or a future clause: counted from the article's date (15 May 2002)
    ("The bridge opened in 1987. Next year, a second lane will be added.", "Next year", "2003"),
    ("The firm opened in 1987 and expects to hire over the next year.", "the next year", "2003"),
])
def test_next_unit_looking_ahead_stays_on_the_article_date(text, surface, value):
    assert find(text, "en", surface).value == value


# ------------------------------------------------------------------ seasons and months of that year
@pytest.mark.parametrize("text, code, surface, value", [
    ("The mill closed in 1979. That summer, the town emptied.", "en", "That summer", "1979-SU"),
    ("The mill closed in 1979. The following spring, the town emptied.", "en",
     "The following spring", "1980-SP"),
    # the named month comes before the season: the same year
    ("The mill closed in February 1979. The following summer, the town emptied.", "en",
     "The following summer", "1979-SU"),
    ("The mill closed in November 1979. The previous spring, the owners had sold it.", "en",
     "The previous spring", "1979-SP"),
    ("The mill closed in 1979. The following July, the town emptied.", "en", "The following July",
     "1980-07"),
    ("L'usine a fermé en 1979. Le printemps suivant, la ville s'est vidée.", "fr",
     "Le printemps suivant", "1980-SP"),
    ("L'usine a fermé en février 1979. L'été suivant, la ville s'est vidée.", "fr",
     "L'été suivant", "1979-SU"),
])
def test_a_season_or_month_counted_from_the_year_last_named(text, code, surface, value):
    assert find(text, code, surface).value == value


def test_a_season_with_this_or_last_stays_on_the_article_date():
    assert find("The mill closed in 1979. Last summer, it reopened.", "en", "Last summer").value == "2001-SU"
    assert find("The mill closed in 1979. It reopens this summer.", "en", "this summer").value == "2002-SU"


# ------------------------------------------------------------------ French "d'après" / "d'avant"
@pytest.mark.parametrize("text, surface, value", [
    ("Le pont a été inauguré en 1987. L'année d'après, une voie a été ajoutée.", "L'année d'après", "1988"),
    ("La grève a commencé en avril 1995. Le mois d'avant, les salaires avaient baissé.",
     "Le mois d'avant", "1995-03"),
])
def test_french_unit_after_or_before_the_one_last_named(text, surface, value):
    assert find(text, "fr", surface).value == value


# ------------------------------------------------------------------ a bare plural after a verb of length
@pytest.mark.parametrize("text, code, surface, value", [
    ("The siege lasted months.", "en", "months", "PXM"),
    ("Rebuilding the port will take years.", "en", "years", "PXY"),
    ("The refugees spent weeks in the camp.", "en", "weeks", "PXW"),
    ("Le siège a duré des mois.", "fr", "des mois", "PXM"),
    ("La reconstruction du port prendra des années.", "fr", "des années", "PXY"),
    ("Les réfugiés ont passé des semaines dans le camp.", "fr", "des semaines", "PXW"),
])
def test_a_bare_plural_after_a_verb_of_length_is_a_vague_duration(text, code, surface, value):
    t = find(text, code, surface)
    assert (t.type, t.value) == ("DURATION", value)


# ------------------------------------------------------------------ a part of the day named alone
@pytest.mark.parametrize("text, code, surface, value", [
    # of the day the sentence (or the paragraph before) names, else of the article's day
    ("The ferry sank on Monday. In the evening, divers reached the wreck.", "en", "the evening",
     "2002-05-13TEV"),
    ("The vote was held in the afternoon.", "en", "the afternoon", "2002-05-15TAF"),
    ("Le ferry a coulé lundi. Dans la soirée, les plongeurs ont atteint l'épave.", "fr", "la soirée",
     "2002-05-13TEV"),
])
def test_a_part_of_the_day_alone_belongs_to_the_day_last_named(text, code, surface, value):
    assert find(text, code, surface).value == value


def test_a_clock_time_in_the_morning_stays_one_expression():
    assert find("The ferry sank at 4 in the morning.", "en", "4 in the morning").value == "2002-05-15T04:00"


# ------------------------------------------------------------------ one year per month, plans ahead
NOV20 = DateInfo("2002-11-20")


@pytest.mark.parametrize("text, code, values", [
    # the second mention has no tense cue of its own: it takes the year the first one's tense gave
    ("The two ports are expected to reopen in March. Talks on the fees for the ports in March go on.",
     "en", ["2003-03", "2003-03"]),
    ("Les deux ports devraient rouvrir en mars. Les discussions sur les tarifs des ports en mars continuent.",
     "fr", ["2003-03", "2003-03"]),
])
def test_a_month_named_again_without_a_cue_keeps_the_year_of_the_first(text, code, values):
    assert [t.value for t in extract_timexes(text, code, NOV20)] == values


@pytest.mark.parametrize("text, code, surface, value", [
    ("The congress is planned for April.", "en", "April", "2003-04"),
    ("The hearings are set for March 3.", "en", "March 3", "2003-03-03"),
    ("The port will reopen in the spring.", "en", "the spring", "2003-SP"),
    ("The port reopened in the spring.", "en", "the spring", "2002-SP"),
    ("Le port rouvrira au printemps.", "fr", "printemps", "2003-SP"),
])
def test_a_plan_or_a_future_in_november_points_to_next_year(text, code, surface, value):
    assert find(text, code, surface, NOV20).value == value


# ------------------------------------------------------------------ a unit made an adjective
@pytest.mark.parametrize("text, surface, value", [
    ("The deal ends a decades-long feud over the river.", "decades-long", "PXY"),
    ("The league ended a months-long lockout.", "months-long", "PXM"),
    ("The vote ends a years-old quarrel.", "years-old", "PXY"),
    ("The union called a day-long strike.", "day-long", "P1D"),
    ("The board held an hour-long meeting.", "hour-long", "PT1H"),
])
def test_a_unit_made_an_adjective_is_a_duration(text, surface, value):
    t = find(text, "en", surface)
    assert (t.type, t.value) == ("DURATION", value)


def test_an_article_before_a_plural_unit_is_not_one_unit_and_ages_stay_out():
    assert "a decades" not in surfaces("It ended a decades-long feud.", "en")
    assert surfaces("A 44-year-old farmer was arrested.", "en") == []


# ------------------------------------------------------------------ the first or last unit of a period
@pytest.mark.parametrize("text, code, surface, value", [
    ("The rains came in the last week of April 1999.", "en", "the last week of April 1999", "1999-W17"),
    ("The ferry sank on the last day of February 2000.", "en", "the last day of February 2000", "2000-02-29"),
    ("Exports fell in the final quarter of 1998.", "en", "the final quarter of 1998", "1998-Q4"),
    ("Exports fell in the first days of March 1998.", "en", "the first days of March 1998", "1998-03"),
    ("Les pluies sont arrivées la première semaine d'avril 1999.", "fr",
     "la première semaine d'avril 1999", "1999-W13"),
    ("Les exportations ont chuté les derniers mois de 1998.", "fr", "les derniers mois de 1998", "1998"),
    ("Les exportations ont chuté le dernier mois de 1998.", "fr", "le dernier mois de 1998", "1998-12"),
])
def test_the_first_or_last_unit_of_a_named_month_or_year(text, code, surface, value):
    assert find(text, code, surface).value == value


def test_the_last_day_of_something_else_is_not_yesterday():
    got = extract_timexes("The last day of the fair was calm.", "en", MAY15)
    assert all(t.value != "2002-05-14" for t in got)


# ------------------------------------------------------------------ an offset without a count
@pytest.mark.parametrize("text, code, surface", [
    ("The dam burst only days ago.", "en", "days ago"),
    ("The mine closed decades ago.", "en", "decades ago"),
    ("The rebels left weeks earlier.", "en", "weeks earlier"),
    ("La mine a fermé il y a des années.", "fr", "il y a des années"),
    ("La mine a fermé il y a des mois.", "fr", "il y a des mois"),
])
def test_an_offset_without_a_count_is_a_past_reference(text, code, surface):
    assert find(text, code, surface).value == "PAST_REF"


def test_an_offset_with_an_article_still_counts_one():
    assert find("The mine closed a year ago.", "en", "a year ago").value == "2001"


# ------------------------------------------------------------------ a clock time after the day named
@pytest.mark.parametrize("text, code, surface, value", [
    ("The storm hit the coast on Monday. The first gusts came at 6 a.m.", "en", "6 a.m.", "2002-05-13T06:00"),
    ("La tempête a frappé la côte lundi. Les premières rafales sont arrivées à 6 heures.", "fr",
     "6 heures", "2002-05-13T06:00"),
])
def test_a_clock_time_takes_the_day_the_paragraph_last_named(text, code, surface, value):
    assert find(text, code, surface).value == value


# ------------------------------------------------------------------ a month or day "of that year"
@pytest.mark.parametrize("text, code, surface, value", [
    ("The mill closed in 1979. In June of that year, the town emptied.", "en", "June of that year", "1979-06"),
    ("The mill closed in 1979. On June 3 of the following year, the town emptied.", "en",
     "June 3 of the following year", "1980-06-03"),
    ("L'usine a fermé en 1979. En juin de cette année-là, la ville s'est vidée.", "fr",
     "juin de cette année-là", "1979-06"),
    ("L'usine a fermé en 1979. En juin de l'année suivante, la ville s'est vidée.", "fr",
     "juin de l'année suivante", "1980-06"),
    ("L'usine a fermé en 1979. Cet été-là, la ville s'est vidée.", "fr", "Cet été-là", "1979-SU"),
])
def test_a_month_day_or_season_of_the_year_last_named(text, code, surface, value):
    assert find(text, code, surface).value == value


def test_of_this_year_stays_on_the_article_date():
    assert find("The mill closed in 1979. It reopened in June of this year.", "en",
                "June of this year").value == "2002-06"
