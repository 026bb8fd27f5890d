"""The occurrence helpers of bench/timex_occurrence.py (session 18's measurement of which
occurrence a weekday, a day-month or a month without a year names): candidate enumeration and
the side a tense allows, on invented dates and sentences."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import timex_occurrence as occ  # noqa: E402

from newsweave.enrich.temporal.calendar import parse_anchor  # noqa: E402
from newsweave.enrich.temporal.engine import default_tagger  # noqa: E402

WED = dt.date(2002, 5, 15)


@pytest.mark.parametrize("wd, offsets", [
    (0, [-2, 5]),       # Monday, said on a Wednesday: two days back or five ahead
    (3, [-6, 1]),       # Thursday: six back or tomorrow
    (2, [-7, 0, 7]),    # Wednesday on a Wednesday: today, or a week either way
])
def test_weekday_occurrences_around_the_anchor(wd, offsets):
    assert occ.weekday_offsets(WED, wd) == offsets


def test_a_day_month_has_three_years_and_the_29th_of_february_only_leap_ones():
    a = parse_anchor("2002-05-15")
    assert occ.year_distances(a, 4, 1) == {2001: -409, 2002: -44, 2003: 321}
    assert set(occ.year_distances(a, 2, 29)) == set()  # 2001-2003 have no 29 February
    assert occ.year_distances(a, 6, None) == {2001: -11, 2002: 1, 2003: 13}


@pytest.mark.parametrize("value, weekday, kind, values", [
    ("2002-05-13", True, "weekday", ["2002-05-13", "2002-05-20"]),
    ("2002-04-01", False, "day", ["2001-04-01", "2002-04-01", "2003-04-01"]),
    ("2003-01", False, "month", ["2001-01", "2002-01", "2003-01"]),
])
def test_the_candidates_are_read_back_from_a_value(value, weekday, kind, values):
    got = occ.occurrences_of_value(value, parse_anchor("2002-05-15"), weekday)
    assert got is not None and got[0] == kind and got[1] == values


def test_without_a_month_in_the_anchor_there_is_no_choice():
    assert occ.occurrences_of_value("2002-04-01", parse_anchor("2002"), False) is None


@pytest.mark.parametrize("lang, text, surface, side", [
    ("en", "The council met on Monday to vote the budget.", "Monday", -1),
    ("en", "Rescuers found the hikers on Monday near the ridge.", "Monday", -1),
    ("en", "The council will meet on Monday to vote the budget.", "Monday", 1),
    ("fr", "Le conseil s'est réuni lundi pour voter le budget.", "lundi", -1),
    ("fr", "Le conseil se réunira lundi pour voter le budget.", "lundi", 1),
    ("es", "El consejo se reunió el lunes para votar el presupuesto.", "lunes", -1),
])
def test_the_tense_rules_out_the_other_side_of_a_weekday(lang, text, surface, side):
    L = default_tagger().grammar(lang)
    s = text.index(surface)
    sig = occ.signals(L, text, s, s + len(surface))
    keep = occ.allowed("weekday", {o: o for o in occ.weekday_offsets(WED, 0)}, sig)
    assert list(keep) == ([-2] if side < 0 else [5])
