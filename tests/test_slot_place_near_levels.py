"""The *where* slot on invented text about real places: a town named after a preposition of
nearness ("bei", "près d'", "pod") is the site; a region noun is read in the article's own
language only (pl "region*" is no German "regionale"); a lower-case adjective that names no
city is no site; a city whose region the gazetteer does not record is not vetoed by a region
of its name in the same country."""
from __future__ import annotations

from newsweave.compare.slots import event_conflicts
from newsweave.compare.slots.gazetteer import gazetteer
from newsweave.compare.slots.place import resolve_site
from slottest_articles import art
from test_slots_place_sites import facts, values, where


def test_a_town_near_which_it_happened_is_the_site():
    de = art("de", "de", "Ein Bus ist am Samstag bei Innsbruck von der Straße abgekommen.", [("Innsbruck", "LOC")])
    assert facts(de, "site") == ["Innsbruck"]
    fr = art("fr", "fr", "Un bus a quitté la route samedi près d'Innsbruck, en Autriche.")
    assert "Innsbruck" in facts(fr, "site")
    a = art("a", "en", "A bus left the road near Bolzano on Saturday, police said.", [("Bolzano", "LOC")])
    b = art("b", "it", "Un autobus è uscito di strada sabato vicino a Bolzano, ha detto la polizia.", [("Bolzano", "LOC")])
    out = where(event_conflicts([a, b, de]), "site")
    assert len(out) == 1 and values(out[0]) == ["Bolzano", "Innsbruck"]


def test_a_region_noun_of_another_language_is_not_read():
    a = art("a", "de", "Das teilte der regionale Katastrophenschutzchef am Montag in Dorvan mit.")
    assert facts(a, "region") == []


def test_a_lower_case_adjective_naming_no_city_is_no_site():
    a = art("a", "pl", "Autobus wypadł z drogi na śliskim zakręcie w sobotę wieczorem.")
    assert facts(a, "site") == []


def test_a_city_without_a_recorded_region_is_still_a_city():
    a = art("a", "fr", "Un entrepôt a brûlé jeudi dans une zone industrielle de Nijni Novgorod.")
    city = resolve_site("Nijni Novgorod", a)
    assert city is not None and city.id == gazetteer().resolve("Nizhny Novgorod", ("city",)).id


def test_a_city_whose_name_holds_a_month_stem_is_a_site():
    """"Novgorod", "Augsburg": the stems "nov*", "aug*" of month names are no month there."""
    a = art("a", "fr", "Un entrepôt a brûlé jeudi dans une zone industrielle de Nijni Novgorod.", [("Nijni Novgorod", "LOC")])
    assert facts(a, "site") == ["Nizhniy Novgorod"]
    b = art("b", "de", "Ein Lager ist am Donnerstag in Augsburg abgebrannt.", [("Augsburg", "LOC")])
    assert facts(b, "site") == ["Augsburg"]


def test_a_venue_named_by_the_body_it_houses():
    """"au siège du syndicat" against "at the transport ministry": two venues; "at the Council's
    headquarters" against "au siège du Conseil": one; a city is another subject."""
    a = art("a", "es", "La reunión se celebró ayer en la sede del Ministerio de Transportes, en Dorvan.")
    b = art("b", "en", "The talks were held on Tuesday at the transport ministry in Dorvan.")
    c = art("c", "fr", "Les négociations ont eu lieu mardi au siège du syndicat à Dorvan.")
    assert [x.sides[1].articles for x in where(event_conflicts([a, b, c]), "seat")] == [["c"]]
    d = art("d", "en", "The ministers met on Monday at the Council's headquarters in Dorvan.")
    e = art("e", "fr", "Les ministres se sont réunis lundi au siège du Conseil à Dorvan.")
    assert where(event_conflicts([d, e]), "seat") == []
    assert facts(art("f", "en", "At least 20 union members marched in Dorvan on Monday."), "seat") == []


def test_a_direction_glued_to_a_country_is_no_site():
    """de "Südpolen", "Westukraine": a part of the country, not a town to compare with Lviv."""
    a = art("a", "de", "Ein Reisebus ist am Samstag in Südpolen verunglückt.", [("Südpolen", "LOC")])
    assert facts(a, "site") == []
    b = art("b", "de", "In Westukraine ist am Samstag ein Haus eingestürzt.", [("Westukraine", "LOC")])
    assert facts(b, "site") == []
    c = art("c", "de", "Ein Lager ist am Donnerstag in Ostrava abgebrannt.", [("Ostrava", "LOC")])
    assert facts(c, "site") == ["Ostrava"]


def test_the_first_half_of_a_cut_compound_is_no_site():
    a = art("a", "de", "Über den Turks- und Caicosinseln waren am Montag Trümmer zu sehen.", [("Turks", "LOC")])
    assert facts(a, "site") == []
