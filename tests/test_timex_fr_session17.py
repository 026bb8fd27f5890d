"""French time expressions of news by TimeML/TIMEX3 class (session 17), written from the annotation
guidelines and French grammar rather than from corpus errors: each class is a matrix of invented
wordings with the span and value an annotator would give, anchored on Wednesday 15 May 2002.
Every sentence is invented for these tests."""
from __future__ import annotations

import pytest

from timex_support import find


def _check(text: str, surface: str, typ: str, value: str) -> None:
    t = find(text, "fr", surface)
    assert (t.type, t.value) == (typ, value)


# ------------------------------------------------------ vague references (PAST/PRESENT/FUTURE_REF)
@pytest.mark.parametrize("text, surface, value", [
    ("Actuellement, le chômage baisse.", "Actuellement", "PRESENT_REF"),
    ("Le chômage baisse en ce moment.", "en ce moment", "PRESENT_REF"),
    ("Le chômage baisse de nos jours.", "de nos jours", "PRESENT_REF"),
    ("Le chômage baisse à présent.", "à présent", "PRESENT_REF"),
    ("Le chômage baisse maintenant.", "maintenant", "PRESENT_REF"),
    ("Autrefois, le bourg vivait de la pêche.", "Autrefois", "PAST_REF"),
    ("Récemment, le maire a démissionné.", "Récemment", "PAST_REF"),
    ("Le maire a démissionné il y a peu.", "il y a peu", "PAST_REF"),
    ("Prochainement, le maire démissionnera.", "Prochainement", "FUTURE_REF"),
])
def test_vague_references(text, surface, value):
    _check(text, surface, "TIME", value)


# -------------------------------------------- unspecified stretches: "ces dernières années" and kin
@pytest.mark.parametrize("text, surface, value", [
    ("Ces dernières années, les loyers ont grimpé.", "Ces dernières années", "PXY"),
    ("Les loyers ont grimpé ces dernières semaines.", "ces dernières semaines", "PXW"),
    ("Les loyers ont grimpé ces derniers jours.", "ces derniers jours", "PXD"),
    ("Les loyers grimperont dans les prochains jours.", "les prochains jours", "PXD"),
    ("Les loyers grimperont dans les semaines à venir.", "les semaines à venir", "PXW"),
    ("Les loyers grimperont dans les mois qui viennent.", "les mois qui viennent", "PXM"),
    ("Au cours des trois derniers mois, les loyers ont grimpé.", "trois derniers mois", "P3M"),
])
def test_unspecified_and_counted_stretches_are_durations(text, surface, value):
    _check(text, surface, "DURATION", value)


# ----------------------------------------------- relative units with and without prochain/dernier
@pytest.mark.parametrize("text, surface, value", [
    ("Le mois prochain, la taxe entrera en vigueur.", "Le mois prochain", "2002-06"),
    ("Le mois dernier, la taxe est entrée en vigueur.", "Le mois dernier", "2002-04"),
    ("La semaine prochaine, le sommet se tiendra.", "La semaine prochaine", "2002-W21"),
    ("Le sommet s'est tenu la semaine passée.", "la semaine passée", "2002-W19"),
    ("L'an prochain, le sommet se tiendra.", "L'an prochain", "2003"),
    ("L'année prochaine, le sommet se tiendra.", "L'année prochaine", "2003"),
    ("Le sommet s'est tenu l'an passé.", "l'an passé", "2001"),
    ("Le sommet s'est tenu l'année dernière.", "l'année dernière", "2001"),
    ("Le sommet s'est tenu il y a deux semaines.", "il y a deux semaines", "2002-W18"),
    ("Le sommet s'est tenu il y a trois jours.", "il y a trois jours", "2002-05-12"),
    ("Le sommet se tiendra dans trois jours.", "dans trois jours", "2002-05-18"),
    ("Le sommet s'est tenu le week-end dernier.", "le week-end dernier", "2002-W19-WE"),
    ("Le sommet se tiendra ce week-end.", "ce week-end", "2002-W20-WE"),
])
def test_relative_units(text, surface, value):
    _check(text, surface, "DATE", value)


# ------------------------------------------ parts of a period: "en fin de semaine", "début mai"
@pytest.mark.parametrize("text, surface, value", [
    ("En fin de semaine, les négociations reprendront.", "fin de semaine", "2002-W20"),
    ("En début de semaine, le ministre a parlé.", "début de semaine", "2002-W20"),
    ("Les chiffres seront publiés en fin de mois.", "fin de mois", "2002-05"),
    ("Les chiffres ont été publiés en début d'année.", "début d'année", "2002"),
    ("Les chiffres seront publiés fin juin.", "fin juin", "2002-06"),
    ("Les chiffres ont été publiés début mai.", "début mai", "2002-05"),
    ("Les chiffres seront publiés à la mi-juin.", "la mi-juin", "2002-06"),
])
def test_parts_of_periods_keep_the_granularity_of_the_period(text, surface, value):
    _check(text, surface, "DATE", value)


# ------------------------------------------------------- weekday direction follows the verb's tense
PAST_VERBS = ["a parlé", "avait parlé", "parla", "s'est exprimé"]
FUTURE_VERBS = ["parlera", "va parler", "doit parler", "devrait parler", "s'exprimera"]


@pytest.mark.parametrize("day, past, future", [
    ("Lundi", "2002-05-13", "2002-05-20"), ("Vendredi", "2002-05-10", "2002-05-17"),
    ("Samedi", "2002-05-11", "2002-05-18")])
@pytest.mark.parametrize("verb", PAST_VERBS + FUTURE_VERBS)
def test_a_bare_weekday_looks_the_way_its_verb_does(day, past, future, verb):
    want = past if verb in PAST_VERBS else future
    _check(f"{day}, le ministre {verb}.", day, "DATE", want)


# ------------------------------------------- anaphoric days anchor on the last reference time
@pytest.mark.parametrize("second, surface, value", [
    ("La veille, il avait démissionné.", "La veille", "2002-05-09"),
    ("Le lendemain, il a démissionné.", "Le lendemain", "2002-05-11"),
    ("Le même jour, il a démissionné.", "Le même jour", "2002-05-10"),
    ("Ce jour-là, il a démissionné.", "Ce jour-là", "2002-05-10"),
])
def test_anaphoric_days_follow_the_last_date_told(second, surface, value):
    _check("Le 10 mai, le ministre a parlé. " + second, surface, "DATE", value)


def test_the_following_year_follows_the_last_year_told():
    _check("En 1998, le club a été fondé. L'année suivante, il a gagné.", "L'année suivante", "DATE", "1999")


# ------------------------------------------------------- decades, centuries, seasons, quarters
@pytest.mark.parametrize("text, surface, value", [
    ("Dans les années 1990, la ville était riche.", "les années 1990", "199X"),
    ("La ville a décliné à la fin des années 1980.", "la fin des années 1980", "198X"),
    ("Au XXe siècle, la ville était riche.", "XXe siècle", "19XX"),
    ("Au printemps, la ville rouvrira le port.", "printemps", "2002-SP"),
    ("Cet hiver, la ville rouvrira le port.", "Cet hiver", "2002-WI"),
    ("L'hiver dernier, la ville a fermé le port.", "L'hiver dernier", "2001-WI"),
    ("Au premier semestre 2001, les ventes ont chuté.", "premier semestre 2001", "2001-H1"),
])
def test_decades_centuries_seasons_halves(text, surface, value):
    _check(text, surface, "DATE", value)


# ------------------------------------------------- fiscal years: "l'exercice" joins its year
@pytest.mark.parametrize("text, surface, value", [
    ("Au cours de l'exercice 2001, les ventes ont chuté.", "l'exercice 2001", "2001"),
    ("Sur l'exercice 2001, le groupe a perdu trois millions.", "l'exercice 2001", "2001"),
    ("Pour l'exercice 2003, le groupe prévoit un bénéfice.", "l'exercice 2003", "2003"),
    ("Le bénéfice de l'exercice 2000 a doublé.", "l'exercice 2000", "2000"),
    ("Le déficit de l'exercice budgétaire 2002 se creuse.", "l'exercice budgétaire 2002", "2002"),
    ("Le bilan de l'exercice fiscal 1999 est positif.", "l'exercice fiscal 1999", "1999"),
    ("Le monde a fêté l'an 2000.", "l'an 2000", "2000"),
])
def test_a_fiscal_year_named_by_its_year_is_that_year(text, surface, value):
    _check(text, surface, "DATE", value)


# ------------------------------------------------------------------------- sets and times of day
@pytest.mark.parametrize("text, surface, typ, value", [
    ("Le maire reçoit tous les lundis.", "tous les lundis", "SET", "XXXX-WXX-1"),
    ("Le maire reçoit chaque année.", "chaque année", "SET", "P1Y"),
    ("Le maire a parlé hier soir.", "hier soir", "TIME", "2002-05-14TEV"),
    ("Le maire parlera demain matin.", "demain matin", "TIME", "2002-05-16TMO"),
    ("Le maire parlera cet après-midi.", "cet après-midi", "TIME", "2002-05-15TAF"),
    ("Le maire a parlé la nuit dernière.", "la nuit dernière", "TIME", "2002-05-14TNI"),
    ("Le maire parlera à 15 heures.", "15 heures", "TIME", "2002-05-15T15:00"),
])
def test_sets_and_times_of_day(text, surface, typ, value):
    _check(text, surface, typ, value)


# ------------------------------------------- a decade named "la décennie 1990" is "les années 90"
@pytest.mark.parametrize("text, surface, value", [
    ("Le pays a changé durant la décennie 1990.", "la décennie 1990", "199X"),
    ("Le pays a changé pendant la décennie 2000.", "la décennie 2000", "200X"),
    ("Le pays a changé au cours de la décennie 80.", "la décennie 80", "198X"),
    ("Le pays a changé dans les années 70.", "les années 70", "197X"),
])
def test_a_decade_named_by_decennie_and_its_year(text, surface, value):
    _check(text, surface, "DATE", value)


def test_an_uncounted_decade_stays_a_duration():
    _check("Le pays a changé durant la dernière décennie.", "la dernière décennie", "DURATION", "P10Y")


# --------------------------------------- half units keep their article in both genders ("un demi-")
@pytest.mark.parametrize("text, surface, value", [
    ("Le chantier a duré un demi-siècle.", "un demi-siècle", "P50Y"),
    ("Il est resté un demi-siècle en poste.", "un demi-siècle", "P50Y"),
    ("Il a attendu une demi-heure.", "une demi-heure", "PT30M"),
    ("Il a attendu un an et demi.", "un an et demi", "P1.5Y"),
    ("Il a attendu une heure et demie.", "une heure et demie", "PT1H30M"),
])
def test_half_units_keep_their_article(text, surface, value):
    _check(text, surface, "DURATION", value)


# ------------------------------------------------ ages are no time expressions (FR-TimeBank usage)
@pytest.mark.parametrize("text", [
    "Pierre Martin, 45 ans, a été arrêté.", "Un retraité âgé de 70 ans a été blessé.",
    "Une fillette de 8 ans a disparu.",
])
def test_ages_are_not_durations(text):
    from timex_support import surfaces
    assert surfaces(text, "fr") == []
