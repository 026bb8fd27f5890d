"""Dates whose side of the article date a phrase fixes whatever the verb's tense: a starting point
after "since" lies behind; a modified day ("en fin de journée") is the day its sentence names;
"the year before" counts from the year the story named. Every sentence is invented for these
tests."""
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


@pytest.mark.parametrize("code, text, surface, expected", [
    # anchor 1991-11-02, a Saturday: a simple present governing the weekday names the coming one
    ("fr", "Le ministre se rend lundi à Valmont.", "lundi", "1991-11-04"),
    ("fr", "Le festival s'ouvre mercredi sur les quais.", "mercredi", "1991-11-06"),
    ("en", "The festival opens Wednesday on the quays.", "Wednesday", "1991-11-06"),
    ("en", "The minister travels to the coast on Monday.", "Monday", "1991-11-04"),
    # a reporting verb or a past tense keeps the day gone by
    ("fr", "Le ministre dit mercredi qu'il reste.", "mercredi", "1991-10-30"),
    ("en", "The minister says Wednesday that he stays.", "Wednesday", "1991-10-30"),
    ("en", "The festival opened Wednesday on the quays.", "Wednesday", "1991-10-30"),
])
def test_a_simple_present_names_the_coming_weekday(code, text, surface, expected):
    assert value(text, code, surface) == expected


@pytest.mark.parametrize("text, expected", [
    # anchor 1991-11-02, a Saturday
    ("Le maire a annoncé qu'il se rendrait mercredi à Valmont.", "1991-11-06"),  # a future seen from the past
    ("Le maire a annoncé qu'il signerait mercredi la convention.", "1991-11-06"),
    ("Le suspect aurait quitté la ville mercredi.", "1991-10-30"),  # an alleged past
    ("Le maire déclarait mercredi que tout allait bien.", "1991-10-30"),  # an imperfect, not a conditional
    ("Le maire ouvrait mercredi la séance.", "1991-10-30"),
])
def test_french_conditional_and_imperfect(text, expected):
    assert value(text, "fr", "mercredi") == expected


@pytest.mark.parametrize("text, surface, expected", [
    ("In 1984 the mill closed. The year before, it had been sold.", "The year before", "1983"),
    ("In March 1984 the mill closed. The month after, it reopened.", "The month after", "1984-04"),
])
def test_the_unit_before_or_after_the_one_the_story_named(text, surface, expected):
    assert value(text, "en", surface) == expected


def test_the_unit_after_an_event_is_no_anaphora():
    got = [t.text for t in extract_timexes("The week after the vote, the mill closed.", "en", NOV2)]
    assert "The week after" not in got
