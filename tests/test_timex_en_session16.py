"""English time-expression classes of session 16, each checked on a paraphrase matrix of invented
sentences (several wordings, numbers and periods of the class), never on corpus text.
Anchor: Wednesday 15 May 2002 unless a test names another."""
from __future__ import annotations

import pytest

from newsweave.enrich.timex import extract_timexes
from newsweave.model import DateInfo
from timex_support import MAY15, find

OCT24 = DateInfo("2002-10-24")  # a Thursday in the fourth quarter: results season for the third


# ------------------------------------------------ a year, also possessive, before a quarter or half
@pytest.mark.parametrize("text, surface, value", [
    ("Net income rose in 2001's fourth quarter.", "2001's fourth quarter", "2001-Q4"),
    ("Sales fell 3% in 2000's third quarter.", "2000's third quarter", "2000-Q3"),
    ("Losses narrowed in fiscal 2001's second quarter.", "fiscal 2001's second quarter", "2001-Q2"),
    ("Margins improved in 2001's first half.", "2001's first half", "2001-H1"),
    ("The chain expects growth in 2003's second half.", "2003's second half", "2003-H2"),
    ("Revenue rose in the 2001 fourth quarter.", "the 2001 fourth quarter", "2001-Q4"),
])
def test_year_before_quarter_or_half(text, surface, value):
    assert find(text, "en", surface, OCT24).value == value


# ------------------------------------------------ "from" opens a span: a past verb keeps it past
@pytest.mark.parametrize("text, first, second, v1, v2", [
    ("Exports rose from June to August.", "June", "August", "2001-06", "2001-08"),
    ("From July to September, the mill stood idle.", "July", "September", "2001-07", "2001-09"),
    ("Prices fell from October through December.", "October", "December", "2001-10", "2001-12"),
    ("She chaired the board from June until November.", "June", "November", "2001-06", "2001-11"),
])
def test_span_from_a_month_after_a_past_verb(text, first, second, v1, v2):
    assert (find(text, "en", first).value, find(text, "en", second).value) == (v1, v2)


@pytest.mark.parametrize("text, first, second, v1, v2", [
    ("Exports will rise from June to August.", "June", "August", "2002-06", "2002-08"),
    ("The ban runs from July to September.", "July", "September", "2002-07", "2002-09"),
])
def test_span_from_a_month_ahead_stays_ahead(text, first, second, v1, v2):
    assert (find(text, "en", first).value, find(text, "en", second).value) == (v1, v2)


# ------------------------------------------------ a year-ago quarter is a quarter, never the one reported
@pytest.mark.parametrize("text, surface", [
    ("Net income rose in the year-ago quarter.", "the year-ago quarter"),
    ("Sales were flat against the year-earlier quarter.", "the year-earlier quarter"),
    ("Margins beat the comparable quarter last year.", "the comparable quarter last year"),
    ("Orders doubled from the same quarter a year ago.", "the same quarter a year ago"),
])
def test_year_ago_quarter_alone_is_the_last_ended_quarter_a_year_back(text, surface):
    assert find(text, "en", surface, OCT24).value == "2001-Q3"


@pytest.mark.parametrize("quarter, q", [("second", 2), ("third", 3), ("first", 1)])
def test_year_ago_quarter_follows_the_reported_quarter(quarter, q):
    text = (f"Profit climbed 8% in the {quarter} quarter, against a loss in the year-ago quarter. "
            "A year earlier, the company had cut 300 jobs.")
    assert find(text, "en", "the year-ago quarter", OCT24).value == f"2001-Q{q}"
    assert find(text, "en", "A year earlier", OCT24).value == f"2001-Q{q}"


# ------------------------------------------------ a clock abbreviation's dot ends no clause
@pytest.mark.parametrize("text, surface, value", [
    ("The board will vote at 10 a.m. Friday.", "10 a.m. Friday", "2002-05-17T10:00"),
    ("Polls will open at 7 a.m. Sunday in most districts.", "7 a.m. Sunday", "2002-05-19T07:00"),
    ("The summit is expected to start at 9 a.m. Thursday.", "9 a.m. Thursday", "2002-05-16T09:00"),
    ("The board voted at 10 a.m. Friday.", "10 a.m. Friday", "2002-05-10T10:00"),
    ("The ferry left at 6 p.m. Monday with 40 cars.", "6 p.m. Monday", "2002-05-13T18:00"),
])
def test_clock_then_weekday_keeps_the_clause_tense(text, surface, value):
    assert find(text, "en", surface).value == value


# ------------------------------------------------ a four-digit wire-service hour is no year
@pytest.mark.parametrize("text", [
    "The shelling stopped at 10:45 a.m. (1545 GMT).",
    "Troops crossed the border at 0400 GMT.",
    "The talks broke up at 2130 UTC after six hours.",
])
def test_wire_service_hour_is_no_year(text):
    assert not [t for t in extract_timexes(text, "en", MAY15) if t.text.isdigit()]


# ------------------------------------------------ a quarter looked ahead to is not the reported one
@pytest.mark.parametrize("ahead", [
    "Analysts expect the slump to continue into the fourth quarter.",
    "The company said margins will recover in the fourth quarter.",
    "Managers plan to cut costs in the fourth quarter.",
])
@pytest.mark.parametrize("compare, surface", [("In the year-ago period", "the year-ago period"),
                                              ("A year earlier", "A year earlier")])
def test_forecast_quarter_does_not_become_the_reported_one(ahead, compare, surface):
    text = f"Profit fell 40% in the third quarter. {ahead} {compare}, the company earned $2 million."
    assert find(text, "en", surface, OCT24).value == "2001-Q3"


def test_running_quarter_told_in_the_past_is_reported():
    text = ("The chain said sales rose in its fiscal fourth quarter, which it closed early. "
            "A year earlier, sales fell.")
    assert find(text, "en", "A year earlier", OCT24).value == "2001-Q4"


# ------------------------------------------------ a modal before a passive names no past
@pytest.mark.parametrize("text, surface, value", [
    ("The summit, due in March, may be delayed.", "March", "2003-03"),
    ("The vote could be held in February.", "February", "2003-02"),
    ("The plant should be finished by January.", "January", "2003-01"),
    ("The ban might be lifted in April.", "April", "2003-04"),
    ("The summit may have been held in March.", "March", "2002-03"),
    ("The plant should have been finished in January.", "January", "2002-01"),
])
def test_modal_passive_looks_ahead(text, surface, value):
    assert find(text, "en", surface).value == value
