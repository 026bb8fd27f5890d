"""Counted expressions the TimeML guidelines settle: written-out numbers of any size, decades and
centuries counted in years, future offsets named by a count ("in five years", "ten years from
now"), durations up to now ("il y a deux ans que ...") and frequencies. Every sentence is invented
for these tests."""
from __future__ import annotations

import pytest

from newsweave.enrich.timex import extract_timexes
from timex_support import MAY15, find


@pytest.mark.parametrize("code, text, surface, value", [
    ("fr", "La traversée a duré soixante-douze heures.", "soixante-douze heures", "PT72H"),
    ("fr", "Le vieux pont a tenu quatre-vingt-trois ans.", "quatre-vingt-trois ans", "P83Y"),
    ("fr", "Le phare a servi quatre-vingt-dix-neuf ans.", "quatre-vingt-dix-neuf ans", "P99Y"),
    ("fr", "La chorale répète depuis trente-quatre ans.", "trente-quatre ans", "P34Y"),
    ("fr", "Le voilier est resté trente et un jours en mer.", "trente et un jours", "P31D"),
    ("fr", "La digue a résisté soixante et onze ans.", "soixante et onze ans", "P71Y"),
    ("en", "The old mill stood for a hundred and ten years.", "a hundred and ten years", "P110Y"),
    ("en", "The ferry crossing took seventy-two hours.", "seventy-two hours", "PT72H"),
    ("en", "The choir has rehearsed for thirty-four years.", "thirty-four years", "P34Y"),
])
def test_written_out_numbers_add_up(code, text, surface, value):
    assert find(text, code, surface).value == value


def test_words_that_do_not_add_up_keep_the_last_number():
    got = [(t.text, t.value) for t in extract_timexes("The drought lasted a five years, locals said.", "en", MAY15)]
    assert ("five years", "P5Y") in got


@pytest.mark.parametrize("code, text, surface, value", [
    ("en", "The orchard has belonged to the family for a decade.", "a decade", "P10Y"),
    ("en", "The orchard has belonged to the family for decades.", "decades", "PXY"),
    ("en", "The orchard has belonged to the family for two centuries.", "two centuries", "P200Y"),
    ("fr", "Le verger appartient à la famille depuis des décennies.", "des décennies", "PXY"),
])
def test_decades_and_centuries_count_in_years(code, text, surface, value):
    assert find(text, code, surface).value == value


@pytest.mark.parametrize("text, surface, value", [
    ("The new bridge will open in five years, the council said.", "five years", "2007"),
    ("The harbour is expected to reopen in two months.", "two months", "2002-07"),
    ("Ten years from now the valley will be a lake.", "Ten years from now", "2012"),
])
def test_counted_future_offsets_are_dates(text, surface, value):
    t = find(text, "en", surface)
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize("text, surface, value", [
    ("Ticket sales fell 3% in a year.", "a year", "P1Y"),  # no future clause: a span of time
    ("The crew will paint the hall in three hours.", "three hours", "PT3H"),  # a clock unit: how long
])
def test_in_a_count_without_a_future_date_stays_a_duration(text, surface, value):
    t = find(text, "en", surface)
    assert (t.type, t.value) == ("DURATION", value)


@pytest.mark.parametrize("code, text, surface, typ, value", [
    ("fr", "Il y a deux mois que le village attend le car.", "Il y a deux mois", "DURATION", "P2M"),
    ("fr", "Voilà trois ans qu'elle dirige la chorale.", "Voilà trois ans", "DURATION", "P3Y"),
    ("fr", "Il y a deux mois, le village attendait le car.", "Il y a deux mois", "DATE", "2002-03"),
    ("es", "Hace dos meses que el pueblo espera el autobús.", "Hace dos meses", "DURATION", "P2M"),
])
def test_an_offset_before_que_is_a_duration_up_to_now(code, text, surface, typ, value):
    t = find(text, code, surface)
    assert (t.type, t.value) == (typ, value)


@pytest.mark.parametrize("code, text, surface, value", [
    ("fr", "Tous les soirs, le gardien ferme la grille.", "Tous les soirs", "XXXX-XX-XXTEV"),
    ("fr", "Tous les étés, le village se vide.", "Tous les étés", "XXXX-SU"),
    ("en", "The warden locks the gate every other week.", "every other week", "P2W"),
])
def test_frequencies(code, text, surface, value):
    t = find(text, code, surface)
    assert (t.type, t.value) == ("SET", value)


@pytest.mark.parametrize("text, surface, value", [
    ("Les recettes des six premiers mois ont baissé.", "six premiers mois", "P6M"),
    ("Les trois premières semaines du chantier ont été calmes.", "Les trois premières semaines", "P3W"),
])
def test_an_ordinal_after_the_count_keeps_the_duration(text, surface, value):
    t = find(text, "fr", surface)
    assert (t.type, t.value) == ("DURATION", value)


def test_once_a_unit_is_a_frequency():
    t = find("The reading club meets once a month.", "en", "a month")
    assert (t.type, t.value) == ("SET", "P1M")


@pytest.mark.parametrize("text, surface, value", [
    ("La bibliothèque rouvrira sous peu.", "sous peu", "FUTURE_REF"),
    ("La bibliothèque rouvrira dans un proche avenir.", "un proche avenir", "FUTURE_REF"),
    ("À long terme, la bibliothèque sera agrandie.", "À long terme", "FUTURE_REF"),
    ("La bibliothèque est ouverte le dimanche depuis peu.", "depuis peu", "PAST_REF"),
])
def test_vague_references_to_the_future_and_past(text, surface, value):
    assert find(text, "fr", surface).value == value


@pytest.mark.parametrize("text, surface, value", [
    ("Orders in the first fiscal quarter doubled.", "the first fiscal quarter", "2002-Q1"),
    ("Orders in its fiscal first quarter doubled.", "its fiscal first quarter", "2002-Q1"),
])
def test_fiscal_before_or_after_the_ordinal_names_the_quarter(text, surface, value):
    assert find(text, "en", surface).value == value


@pytest.mark.parametrize("code, text, surface, typ, value", [
    ("en", "The hamlet will one day be a town.", "one day", "DATE", "FUTURE_REF"),
    ("fr", "Le hameau deviendra un jour une ville.", "un jour", "TIME", "FUTURE_REF"),
    ("en", "The fair will take one day.", "one day", "DURATION", "P1D"),  # the object of a length verb
    ("fr", "La foire durera un jour.", "un jour", "DURATION", "P1D"),
    ("en", "The fair lasted one day.", "one day", "DURATION", "P1D"),  # no future
])
def test_one_day_in_a_future_clause_is_some_day_to_come(code, text, surface, typ, value):
    t = find(text, code, surface)
    assert (t.type, t.value) == (typ, value)
