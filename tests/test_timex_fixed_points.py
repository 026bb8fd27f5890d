"""Dates whose side of the article date a phrase fixes whatever the verb's tense: a date set as a
deadline lies ahead, a starting point after "since" lies behind. Every sentence is invented for
these tests."""
from __future__ import annotations

import pytest

from newsweave.enrich.timex import extract_timexes
from newsweave.model import DateInfo

NOV2 = DateInfo("1991-11-02")


def value(text: str, code: str, surface: str) -> str:
    got = {t.text: t.value for t in extract_timexes(text, code, NOV2)}
    assert surface in got, got
    return got[surface]


@pytest.mark.parametrize("code, text, surface, expected", [
    ("en", "The guild has set Nov. 9 as the last day for entries.", "Nov. 9", "1991-11-09"),
    ("en", "The guild set a Nov. 9 cut-off for entries.", "Nov. 9", "1991-11-09"),
    ("fr", "La guilde a fixé au 9 novembre la clôture des inscriptions.", "9 novembre", "1991-11-09"),
])
def test_a_date_set_as_a_deadline_is_ahead(code, text, surface, expected):
    assert value(text, code, surface) == expected


def test_a_date_after_a_set_phrase_that_is_not_its_object_keeps_the_tense():
    # "set" after the date marks nothing; the future tense sends a date a month back to next year
    assert value("The guild will meet Oct. 5 to set the rules.", "en", "Oct. 5") == "1992-10-05"


@pytest.mark.parametrize("code, text, surface, expected", [
    # anchor 1991-11-02 (a Saturday): the starting point is behind, even in the present tense
    ("fr", "Le musée est fermé depuis janvier.", "janvier", "1991-01"),
    ("fr", "Le musée est fermé depuis lundi.", "lundi", "1991-10-28"),
    ("en", "The museum has been shut since January.", "January", "1991-01"),
    ("en", "The museum is shut since Monday.", "Monday", "1991-10-28"),
    ("es", "El museo está cerrado desde enero.", "enero", "1991-01"),
    ("de", "Das Museum ist seit Januar geschlossen.", "Januar", "1991-01"),
])
def test_a_starting_point_after_since_lies_behind(code, text, surface, expected):
    assert value(text, code, surface) == expected


@pytest.mark.parametrize("code, text, surface, expected", [
    ("fr", "La chorale a chanté samedi en fin de journée.", "fin de journée", "1991-11-02"),
    ("fr", "La chorale a chanté jeudi en milieu de journée.", "milieu de journée", "1991-10-31"),
    ("en", "The choir sang Thursday at the end of the day.", "the end of the day", "1991-10-31"),
])
def test_a_modified_day_takes_the_day_its_sentence_names(code, text, surface, expected):
    assert value(text, code, surface) == expected
