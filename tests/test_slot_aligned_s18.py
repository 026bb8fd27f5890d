"""Session-18 paraphrase matrices of the aligned clauses layer (``compare/slots/aligned.py``):
a figure whose head noun no reader knows, or a city no site reader took, told by two articles in
clauses that say the same thing (aligned by their claim vectors: here a similarity given by hand,
clause k of one article alike to clause k of the other), with another value → a conflict; the
compatible differences (rounding, other units, a figure the other article also gives, background
on both sides, a provisional figure, a part of a whole, a denial, a city inside the other) → none.
Every sentence is invented."""
from __future__ import annotations

import itertools

import pytest

from newsweave.compare.claims import extract_claims
from newsweave.compare.slots import aligned, event_conflicts
from newsweave.compare.slots.aligned import parse_figure
from newsweave.model import Timex
from slottest_articles import art, by_position



def layer(arts, slot: str) -> list:
    """The layer's conflicts of ``slot`` that the readers alone do not report."""
    on = {(c.slot, c.subject) for c in event_conflicts(arts, by_position, align=True) if c.slot == slot}
    off = {(c.slot, c.subject) for c in event_conflicts(arts, by_position, align=False) if c.slot == slot}
    return sorted(on - off)


# ------------------------------------------------------------------ figures no reader heads
# (lang, clause with {n}): a duration, an area, a height, a share of a budget: heads the
# head-noun readers do not know, in seven languages
FIGURES = [
    ("en", "The prototype broke apart {n} seconds after lift-off from the test site."),
    ("fr", "Le prototype s'est désintégré {n} secondes après le décollage du site d'essai."),
    ("de", "Der Prototyp zerbrach {n} Sekunden nach dem Start vom Testgelände."),
    ("es", "El prototipo se desintegró {n} segundos después del despegue del polígono de pruebas."),
    ("it", "Il prototipo si è disintegrato {n} secondi dopo il decollo dal poligono."),
    ("pl", "Prototyp rozpadł się {n} sekund po starcie z poligonu."),
    ("uk", "Прототип розпався через {n} секунд після старту з полігону."),
]
AREAS = [
    ("en", "The plan covered {n} square metres of new halls."),
    ("fr", "Le plan prévoyait {n} mètres carrés de nouvelles halles."),
    ("de", "Der Plan sah {n} Quadratmeter neue Hallen vor."),
    ("it", "Il piano prevedeva {n} metri quadrati di nuovi padiglioni."),
]
OPENING = {"en": "The test flight ended early.", "fr": "Le vol d'essai a tourné court.",
           "de": "Der Testflug endete vorzeitig.", "es": "El vuelo de prueba terminó antes de tiempo.",
           "it": "Il volo di prova è finito presto.", "pl": "Lot testowy zakończył się wcześnie.",
           "uk": "Випробувальний політ завершився достроково."}


def _pair(matrix, x, y, nx: str, ny: str, opening: bool = True):
    (lx, tx), (ly, ty) = matrix[x], matrix[y]
    body = lambda lang, t, n: ((OPENING[lang] + " ") if opening else "") + t.format(n=n)
    return [art("a", lx, body(lx, tx, nx)), art("b", ly, body(ly, ty, ny))]


@pytest.mark.parametrize("x,y", list(itertools.combinations(range(len(FIGURES)), 2))[::2])
def test_unheaded_figure_contradiction_in_any_two_languages(x, y):
    """38 seconds against 83: the one figure left in each aligned clause is compared."""
    assert layer(_pair(FIGURES, x, y, "38", "83"), "how_many")


@pytest.mark.parametrize("x,y", list(itertools.combinations(range(len(AREAS)), 2)))
def test_unheaded_area_with_grouped_thousands(x, y):
    """42 000 / 42,000 / 42.000 against 24.000: digit groups of every language read as thousands."""
    sep = {"en": "42,000", "fr": "42 000", "de": "42.000", "it": "42.000"}
    (lx, _), (ly, _) = AREAS[x], AREAS[y]
    assert layer(_pair(AREAS, x, y, sep[lx], "24.000" if ly != "en" else "24,000", False), "how_many")


@pytest.mark.parametrize("nx,ny", [("38", "about 40"), ("42,000", "42 000"), ("46.2", "46,2"),
                                   ("1,500", "1.500"), ("2000", "2,000")])
def test_rounding_and_writing_are_no_conflict(nx, ny):
    """Within the written precision (40 rounds 38), or one figure written two ways."""
    arts = _pair(FIGURES, 0, 0, nx, ny)
    assert layer(arts, "how_many") == []


def test_other_units_are_no_conflict():
    """An 18-metre rocket is a 59-foot one (converted, with the slack a conversion needs)."""
    arts = [art("a", "en", "The test flight ended early. The 18-metre rocket carried three satellites."),
            art("b", "en", "The test flight ended early. The 59-foot rocket carried three satellites.")]
    assert layer(arts, "how_many") == []


def test_a_figure_the_other_article_gives_elsewhere_is_no_conflict():
    """One article gives both figures (the other clause's one further down): it reconciles them."""
    arts = [art("a", "en", "The test flight ended early. The prototype broke apart 38 seconds after lift-off."),
            art("b", "en", "The test flight ended early. The prototype broke apart 83 seconds after lift-off. "
                "Telemetry was lost after 38 seconds.")]
    assert layer(arts, "how_many") == []


@pytest.mark.parametrize("lang,a_text,b_text", [
    ("en", "So far 38 seconds of telemetry have been recovered.", "So far 83 seconds of telemetry have been recovered."),
    ("fr", "Pour l'instant, 38 secondes de télémétrie ont été récupérées.", "Pour l'instant, 83 secondes de télémétrie ont été récupérées."),
    ("en", "Of the 120 seconds planned, 38 were flown.", "Of the 120 seconds planned, 83 were flown, of which 30 at full thrust."),
    ("de", "Davon wurden 38 Sekunden aufgezeichnet.", "Davon wurden 83 Sekunden aufgezeichnet."),
    ("en", "The operator denied that the flight lasted 38 seconds.", "The operator denied that the flight lasted 83 seconds."),
    ("en", "The previous record, set in 2019, was 45.9 seconds.", "The previous record, set in 2019, was 44.9 seconds."),
    ("de", "Der bisherige Rekord von 45,9 Sekunden stammte aus dem Jahr 2019.", "Der bisherige Rekord von 44,9 Sekunden stammte aus dem Jahr 2019."),
])
def test_gated_clauses_are_no_conflict(lang, a_text, b_text):
    """Provisional figures, parts of a whole, a party's denial, background on both sides: the
    rule readers' gates hold for the layer too."""
    arts = [art("a", lang, OPENING[lang] + " " + a_text), art("b", lang, OPENING[lang] + " " + b_text)]
    assert layer(arts, "how_many") == []


def test_dates_and_scores_are_no_figures():
    """Years, days of the month and scores are not figures of the layer."""
    a = art("a", "en", "Regulation time ended 28-28 on 12 April 2031.")
    s = a.text.index("12 April")
    a.timexes.append(Timex(s, s + len("12 April 2031"), "12 April 2031", "DATE", "2031-04-12"))
    got = [f.value for c in extract_claims([a]) for f in aligned.figures(a, c)]
    assert got == []


@pytest.mark.parametrize("text,value", [("42,000", 42000.0), ("42 000", 42000.0), ("42.000", 42000.0),
                                        ("46,2", 46.2), ("3.5", 3.5), ("1,25", 1.25)])
def test_parse_figure(text, value):
    assert parse_figure(text)[0] == value


# ------------------------------------------------------------------ cities of aligned clauses
CITIES = [
    ("en", "The record was measured at the weather station of {c} airport on Tuesday."),
    ("fr", "Le record a été mesuré mardi à la station météo de l'aéroport de {c}."),
    ("es", "El récord se midió el martes en la estación meteorológica del aeropuerto de {c}."),
    ("de", "Der Rekord wurde am Dienstag an der Wetterstation des Flughafens {c} gemessen."),
]


@pytest.mark.parametrize("x,y", list(itertools.combinations(range(len(CITIES)), 2)))
def test_two_cities_in_aligned_clauses(x, y):
    """Lyon against Grenoble, said of one station: a where conflict."""
    (lx, tx), (ly, ty) = CITIES[x], CITIES[y]
    arts = [art("a", lx, tx.format(c="Lyon"), [("Lyon", "LOC")]),
            art("b", ly, ty.format(c="Grenoble"), [("Grenoble", "LOC")])]
    assert layer(arts, "where")


@pytest.mark.parametrize("other", ["Lyon", "Marseille"])
def test_a_city_the_other_article_names_is_no_conflict(other):
    """The same city, or a city the other article also names (it tells both): no conflict."""
    (lx, tx), (ly, ty) = CITIES[0], CITIES[1]
    b_text = ty.format(c=other) + (" Le record précédent venait de Lyon." if other != "Lyon" else "")
    arts = [art("a", lx, tx.format(c="Lyon"), [("Lyon", "LOC")]),
            art("b", ly, b_text, [(other, "LOC"), ("Lyon", "LOC")])]
    assert layer(arts, "where") == []


def test_layer_is_off_without_similarity():
    """Without claim vectors (no embedder) the readers alone run."""
    (lx, tx), (ly, ty) = FIGURES[0], FIGURES[1]
    arts = _pair(FIGURES, 0, 1, "38", "83")
    assert not [c for c in event_conflicts(arts) if c.subject == "figure"]


@pytest.mark.parametrize("lang,text", [
    ("es", "Los negociadores se reunieron el martes en la Casa Blanca."),
    ("fr", "Les négociateurs se sont réunis mardi à la Casa Blanca."),
])
def test_a_far_town_named_like_a_building_is_no_place(lang, text):
    """A mention that only a small town of a country neither article names bears (a building's
    name) is no city of the event."""
    arts = [art("a", "en", "The negotiators met in Washington on Tuesday.", [("Washington", "LOC")]),
            art("b", lang, text, [("Casa Blanca", "LOC")])]
    assert layer(arts, "where") == []
