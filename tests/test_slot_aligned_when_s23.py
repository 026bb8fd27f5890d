"""Session-23 matrices of the aligned *when* layer (``compare/slots/aligned_when.py``): the day and
the clock time of one happening as two articles' aligned clauses give them (here clause k of one
article alike to clause k of the other, by hand), each resolved against its own article's date
and time zone by the real time engine. Conflicts: two days of one happening, two instants.
Not conflicts: one instant in two zones (summer time included), an approximate time within half
an hour, relative days resolving to one day from two publication dates, a background date, a
clause of two days (it tells two things), a lead day against a day told beside another lead. Every sentence is invented."""
from __future__ import annotations

import pytest

from newsweave.compare.slots import event_conflicts
from newsweave.compare.claims import extract_claims
from newsweave.compare.slots import aligned_when, zones
from newsweave.enrich.temporal.engine import extract_timexes
from newsweave.model import DateInfo
from slottest_articles import art, by_position



def dated(ident: str, lang: str, text: str, day: str = "2031-05-06", source: str = "metadata"):
    """An invented article published on ``day`` with the time engine's expressions."""
    a = art(ident, lang, text)
    a.date = DateInfo(day, source=source)
    a.timexes = extract_timexes(a.text, a.lang, a.date)
    return a


def when(arts, subject: str | None = None) -> list:
    return [c for c in event_conflicts(arts, by_position, align=True) if c.slot == "when"
            and c.tier == "confident" and (subject is None or c.subject == subject)]


# ------------------------------------------------------------------ clock times and zones
# (lang, a clock time with its zone in words, that zone's key)
ZONE_WORDS = [
    ("en", "The probe lifted off at 09:15 Moscow time.", "MSK"),
    ("fr", "La sonde a décollé à 9 h 15 heure locale.", "local"),
    ("de", "Die Sonde startete um 9.15 Uhr Ortszeit.", "local"),
    ("es", "La sonda despegó a las 9:15 hora local.", "local"),
    ("ru", "Зонд стартовал в 9:15 по московскому времени.", "MSK"),
    ("uk", "Зонд стартував о 9:15 за київським часом.", "EET"),
    ("pl", "Sonda wystartowała o 9.15 czasu polskiego.", "CET"),
]


@pytest.mark.parametrize("lang,text,zone", ZONE_WORDS)
def test_a_zone_in_words_is_read_after_the_clock_time(lang, text, zone):
    a = dated("a", lang, text)
    t = next(t for t in a.timexes if t.type == "TIME")
    digits = t.text.index("9")
    assert zones.zone_after(a.text, t.end, lang) == zone or zones.zone_after(t.text, digits + 4, lang) == zone


def test_summer_time_follows_the_eu_rule():
    from datetime import date
    assert zones.offset("CET", date(2031, 1, 10)) == 1 and zones.offset("CET", date(2031, 7, 10)) == 2
    assert zones.offset("EET", date(2031, 7, 10)) == 3 and zones.offset("MSK", date(2031, 7, 10)) == 3


# one instant, 06:15 UTC in May: written in UTC, in Kyiv summer time, in Moscow time, in CEST
SAME_INSTANT = [
    ("en", "The probe lifted off from the test range at 06:15 GMT."),
    ("uk", "Зонд стартував з полігону о 9:15 за київським часом."),
    ("ru", "Зонд стартовал с полигона в 9:15 по московскому времени."),
    ("pl", "Sonda wystartowała z poligonu o 8.15 czasu polskiego."),
    ("de", "Die Sonde startete um 8.15 Uhr MESZ vom Testgelände."),
]


@pytest.mark.parametrize("i,j", [(i, j) for i in range(len(SAME_INSTANT)) for j in range(len(SAME_INSTANT)) if i < j])
def test_one_instant_in_two_zones_is_no_conflict(i, j):
    a, b = (dated(k, *SAME_INSTANT[n]) for k, n in (("a", i), ("b", j)))
    assert when([a, b], "time of day") == []


@pytest.mark.parametrize("other", [
    ("uk", "Зонд стартував з полігону о 10:15 за київським часом."),
    ("ru", "Зонд стартовал с полигона в 8:15 по московскому времени."),
    ("pl", "Sonda wystartowała z poligonu o 9.15 czasu polskiego."),
])
def test_another_instant_conflicts(other):
    a = dated("a", "en", SAME_INSTANT[0][1])
    b = dated("b", *other)
    out = when([a, b], "time of day")
    assert len(out) == 1 and {x for s in out[0].sides for x in s.articles} == {"a", "b"}


def test_a_local_time_takes_the_zone_of_the_country_named_with_summer_time():
    # Norway in May is two hours ahead of UTC: 08:15 there is 06:15 GMT, 09:15 is not
    a = dated("a", "en", "The probe lifted off from the range in Norway at 06:15 GMT.")
    same = dated("b", "fr", "La sonde a décollé du champ de tir en Norvège à 8 h 15.")
    other = dated("c", "fr", "La sonde a décollé du champ de tir en Norvège à 9 h 15.")
    assert when([a, same], "time of day") == []
    assert len(when([a, other], "time of day")) == 1


def test_two_local_times_of_one_place_conflict_without_a_known_zone():
    a = dated("a", "de", "Die Sonde startete um 11.02 Uhr vom Testgelände.")
    b = dated("b", "fr", "La sonde a décollé du site d'essai à 12 h 02.")
    assert len(when([a, b], "time of day")) == 1


@pytest.mark.parametrize("approx", [
    ("de", "Gegen 21 Uhr durften die Anwohner zurück in ihre Wohnungen."),
    ("fr", "Les habitants ont pu rentrer chez eux vers 21 heures."),
    ("en", "Residents were allowed back into their homes at around 9 pm."),
])
def test_an_approximate_time_within_half_an_hour_is_no_conflict(approx):
    a = dated("a", *approx)
    b = dated("b", "es", "Los vecinos pudieron volver a sus casas a las 21:20.")
    assert when([a, b], "time of day") == []


def test_a_clause_of_two_clock_times_tells_two_things():
    a = dated("a", "en", "Polling stations opened at 7:00 and closed at 20:00.")
    b = dated("b", "fr", "Les bureaux de vote ont fermé à 21 h 00.")
    assert when([a, b], "time of day") == []


# ------------------------------------------------------------------ days
def test_relative_days_resolving_to_one_day_are_no_conflict():
    a = dated("a", "uk", "Міська рада вчора оголосила епідемію кору.", day="2031-05-06")
    b = dated("b", "de", "Der Stadtrat rief am Montag eine Masernepidemie aus.", day="2031-05-07")
    c = dated("c", "es", "El ayuntamiento declaró el lunes una epidemia de sarampión.", day="2031-05-06")
    assert when([a, b, c], "day") == []


@pytest.mark.parametrize("late", [
    ("ru", "Городской совет в среду объявил эпидемию кори."),
    ("fr", "Le conseil municipal a déclaré mercredi une épidémie de rougeole."),
    ("en", "The city council declared a measles epidemic on Wednesday."),
])
def test_a_later_day_of_the_same_happening_from_a_later_article_conflicts(late):
    # published the day after the majority: the rule engine alone takes it for a follow-up
    a = dated("a", "uk", "Міська рада вчора оголосила епідемію кору.", day="2031-05-06")
    b = dated("b", "de", "Der Stadtrat rief am Montag eine Masernepidemie aus.", day="2031-05-06")
    c = dated("c", late[0], late[1], day="2031-05-08")
    out = when([a, b, c], "day")
    assert len(out) == 1 and out[0].sides[0].articles == ["a", "b"] and out[0].sides[1].articles == ["c"]


def test_a_later_article_telling_its_own_day_may_tell_a_happening_going_on():
    a = dated("a", "en", "Dockers at the port walked out on Monday.", day="2031-05-06")
    b = dated("b", "fr", "Les dockers du port ont cessé le travail aujourd'hui.", day="2031-05-06")
    c = dated("c", "de", "Die Hafenarbeiter legten heute den zweiten Tag die Arbeit nieder.", day="2031-05-06")
    for x, y in ((a, b), (a, c)):
        claims = extract_claims([x, y])
        assert aligned_when.day_conflicts([x, y], claims, by_position(claims))[0] == []


def test_a_weekday_keeps_its_weekday_on_an_inferred_publication_date():
    a = dated("a", "es", "Las cifras de comercio exterior fueron publicadas el viernes.", day="2031-05-09")
    b = dated("b", "de", "Die Außenhandelszahlen wurden am Donnerstag veröffentlicht.", day="2031-05-09",
              source="inferred")
    c = dated("c", "de", "Die Außenhandelszahlen wurden gestern veröffentlicht.", day="2031-05-09",
              source="inferred")
    assert len(when([a, b], "day")) == 1
    assert when([a, c], "day") == []  # "yesterday" of a guessed date may be any day


def test_a_clause_of_two_days_tells_two_things():
    a = dated("a", "de", "Ana Ruiz hat am Sonntag die Stichwahl um das Bürgermeisteramt gewonnen.")
    b = dated("b", "en", "Ana Ruiz won the runoff for mayor on Saturday, the electoral commission said on Monday.")
    claims = extract_claims([a, b])
    assert aligned_when.day_conflicts([a, b], claims, by_position(claims))[0] == []


def test_a_lead_day_is_not_set_against_a_day_told_beside_another_lead():
    a = dated("a", "de", "Die Schulen der Stadt bleiben geschlossen. Der Stadtrat hat am Montag eine Masernepidemie ausgerufen.")
    b = dated("b", "en", "Schools in the city closed on Tuesday. The city council declared a measles epidemic on Wednesday.")
    claims = extract_claims([a, b])
    assert aligned_when.day_conflicts([a, b], claims, by_position(claims))[0] == []


def test_background_days_are_not_compared():
    a = dated("a", "en", "The previous epidemic in the region was declared in March 2019.")
    b = dated("b", "de", "Zuletzt war im Oktober 2018 in der Region eine Epidemie ausgerufen worden.")
    assert when([a, b]) == []


def test_a_day_read_from_another_clause_gives_way_to_the_aligned_one():
    # the rule engine reads a and b's only lead day from a clause about the forecast; their
    # aligned clauses give c's day
    a = dated("a", "es", "El observatorio registró ayer 46,2 grados, superando el récord de julio de 2017. "
                         "Las noches tropicales durarán hasta el viernes.", day="2031-05-07")
    b = dated("b", "fr", "La station a relevé mardi 46,2 °C, battant le record de juillet 2017. "
                         "Les nuits tropicales dureront jusqu'à vendredi.", day="2031-05-07")
    c = dated("c", "de", "Die Wetterstation hat am Dienstag 46,2 Grad gemessen. "
                         "Tropische Nächte werden bis Freitag erwartet.", day="2031-05-07")
    assert when([a, b, c], "day") == []


# an ordinal count of days: the day a continuing state has reached, not the day it began
COUNTED_DAYS = [("en", "a third day"), ("fr", "le deuxième jour"), ("de", "den zweiten Tag"),
                ("es", "segundo día"), ("ru", "второй день"), ("uk", "третій день")]


@pytest.mark.parametrize("lang,text", COUNTED_DAYS)
def test_an_ordinal_count_of_days_is_no_day_of_the_happening(lang, text):
    assert aligned_when.counts_days(text, lang)


@pytest.mark.parametrize("lang,text", [("en", "Monday"), ("en", "the next day"), ("fr", "le 3 mars"),
                                       ("de", "am 2. Tag"), ("ru", "на следующий день")])
def test_named_and_relative_days_are_days_of_the_happening(lang, text):
    assert not aligned_when.counts_days(text, lang)


def test_a_counted_day_of_a_continuing_strike_does_not_conflict_with_its_first_day():
    from newsweave.model import Timex
    a = dated("a", "en", "Bus drivers in Harwick walked out on 5 May.", day="2031-05-06")
    b = dated("b", "en", "Bus services in Harwick stayed halted for a second day.", day="2031-05-06")
    s = b.text.index("second day")
    # a tagger that dates the count (this engine does not) must not make it the walkout's day
    b.timexes.append(Timex(s, s + len("second day"), "second day", "DATE", "2031-05-06", "2031-05-06"))
    assert when([a, b], "day") == []
