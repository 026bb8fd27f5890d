"""The *where* slot with gazetteer places, on invented text about real places: two cities in two
scripts, a club's city that is no site, a city's adjective, the state a site lies in, a region
with its type word in two languages, a territory's country, and places that contain each other."""
from __future__ import annotations

from newsweave.compare.claims import extract_claims
from newsweave.compare.slots import article_facts, event_conflicts
from newsweave.compare.slots.gazetteer import gazetteer
from slottest_articles import art


def where(conflicts, subject: str | None = None) -> list:
    return [c for c in conflicts if c.slot == "where" and (subject is None or c.subject == subject)]


def values(c) -> list[str]:
    return sorted(s.value for s in c.sides)


def facts(a, subject: str) -> list[str]:
    return [f.value for f in article_facts(a, extract_claims([a])) if f.slot == "where" and f.subject == subject]


def test_two_cities_in_two_scripts_conflict_and_one_city_in_three_does_not():
    en = art("en", "en", "The trade fair opened in Kharkiv on Monday with 300 exhibitors.", [("Kharkiv", "LOC")])
    uk = art("uk", "uk", "Ярмарок відкрився в понеділок у Харкові, приїхали 300 учасників.", [("Харкові", "LOC")])
    pl = art("pl", "pl", "Targi otwarto w poniedziałek w Charkowie, przyjechało 300 wystawców.", [("Charkowie", "LOC")])
    ru = art("ru", "ru", "Ярмарка открылась в понедельник в Днепре, приехали 300 участников.", [("Днепре", "LOC")])
    assert where(event_conflicts([en, uk, pl])) == []
    out = where(event_conflicts([en, uk, pl, ru]), "site")
    assert len(out) == 1 and values(out[0]) == ["Dnipro", "Kharkiv"]
    assert out[0].sides[0].articles == ["en", "uk", "pl"]


def test_a_clubs_city_is_no_site_but_a_city_read_as_the_club_after_a_preposition_is():
    # the majority's articles name Dnipro only in a club's name or its adjective; the linker took
    # the minority's "в Днепре" for that club (a person or organisation mention)
    a = art("a", "en", "Orly Dnipro lost the final 2-1 in Kharkiv on Sunday.", [("Orly Dnipro", "ORG"), ("Kharkiv", "LOC")])
    b = art("b", "uk", "Дніпровські «Орли» програли фінал 2:1 у неділю в Харкові.", [("Харкові", "LOC")])
    c = art("c", "ru", "Финал прошел в воскресенье в Днепре, «Орлы» проиграли 1:2.", [("Днепре", "ORG")])
    out = where(event_conflicts([a, b, c]), "site")
    assert len(out) == 1 and values(out[0]) == ["Dnipro", "Kharkiv"]


def test_a_citys_adjective_before_a_venue_names_the_city():
    uk = art("uk", "uk", "Фінал на харківському стадіоні подивилися 20 тисяч глядачів у неділю.")
    en = art("en", "en", "The final in Kharkiv drew 20,000 spectators on Sunday.", [("Kharkiv", "LOC")])
    ru = art("ru", "ru", "Финал во Львове посмотрели 20 тысяч зрителей в воскресенье.", [("Львове", "LOC")])
    assert facts(uk, "site") == ["Kharkiv"]
    assert where(event_conflicts([uk, en])) == []
    assert len(where(event_conflicts([uk, en, ru]), "site")) == 1


def test_the_state_a_site_lies_in():
    a = art("a", "en", "The probe lifted off on Friday from the test range near Reno, Nevada.", [("Reno", "LOC"), ("Nevada", "LOC")])
    b = art("b", "fr", "La sonde a décollé vendredi au Nevada, selon l'agence.", [("Nevada", "LOC")])
    c = art("c", "de", "Die Sonde startete am Freitag vom Testgelände bei Reno in Arizona.", [("Reno", "LOC"), ("Arizona", "LOC")])
    assert facts(a, "site-region") == ["Nevada"] and facts(b, "site-region") == ["Nevada"]
    assert where(event_conflicts([a, b]), "site-region") == []
    out = where(event_conflicts([a, b, c]), "region of the site")
    assert len(out) == 1 and values(out[0]) == ["Arizona", "Nevada"]


def test_a_state_merely_mentioned_is_not_the_sites_state():
    a = art("a", "en", "The probe lifted off on Friday from Reno, Nevada. Residents of southern Arizona saw it.",
            [("Reno", "LOC"), ("Nevada", "LOC"), ("Arizona", "LOC")])
    assert facts(a, "site-region") == ["Nevada"]


def test_a_region_with_its_type_word_in_two_languages():
    en = art("en", "en", "The dam burst near the town of Izium in the Kharkiv region on Monday.", [("Izium", "LOC")])
    uk = art("uk", "uk", "Дамбу прорвало в понеділок біля Ізюма в Харківській області.", [("Ізюма", "LOC")])
    es = art("es", "es", "La presa se rompió el lunes cerca de Izium, en la región de Donetsk.", [("Izium", "LOC")])
    assert where(event_conflicts([en, uk])) == []
    out = where(event_conflicts([en, uk, es]), "region")
    assert len(out) == 1 and out[0].sides[0].articles == ["en", "uk"]


def test_a_city_named_like_its_region_does_not_name_the_region():
    # the minority's article names Kharkiv, the city, and not the region the others give
    en = art("en", "en", "The quake struck near Chuhuiv in the Kharkiv region on Monday.", [("Chuhuiv", "LOC")])
    fr = art("fr", "fr", "Le séisme a frappé lundi près de Tchouhouïv, dans la région de Kharkiv.", [])
    es = art("es", "es", "El sismo golpeó el lunes cerca de Chuhuiv, en la región de Poltava. "
             "Los daños fueron grandes en Kharkiv.", [("Kharkiv", "LOC")])
    out = where(event_conflicts([en, fr, es]), "region")
    assert len(out) == 1 and values(out[0]) == ["Kharkiv", "Poltava"]


def test_a_territory_named_in_two_languages_is_one_subject():
    en = art("en", "en", "Debris fell on the Cayman Islands, a British overseas territory, on Friday.", [("Cayman Islands", "LOC")])
    es = art("es", "es", "Los restos cayeron el viernes sobre las islas Caimán, un territorio de Estados Unidos.", [("islas Caimán", "LOC")])
    out = where(event_conflicts([en, es]))
    assert len(out) == 1 and values(out[0]) == ["GB", "US"]


def test_a_saint_abbreviation_is_part_of_the_site():
    a = art("a", "de", "Der Gipfel begann am Montag in St. Louis mit zwölf Ministern.")
    b = art("b", "en", "The summit opened in Kansas City on Monday with twelve ministers.", [("Kansas City", "LOC")])
    assert facts(a, "site") == ["St. Louis"]
    out = where(event_conflicts([a, b]), "site")
    assert len(out) == 1 and values(out[0]) == ["Kansas City", "St. Louis"]


def test_a_site_with_its_stated_state_is_the_city_of_that_state():
    a = art("a", "en", "The county fair opened on Monday in Paris, Texas, with 300 stalls.", [("Paris", "LOC"), ("Texas", "LOC")])
    b = art("b", "en", "The county fair opened on Monday in Paris with 300 stalls.", [("Paris", "LOC")])
    keys = lambda x: [f.key for f in article_facts(x, extract_claims([x])) if f.subject == "site"]  # noqa: E731
    g = gazetteer()
    assert g.places[keys(a)[0][1:]].region == "US-TX" and g.places[keys(b)[0][1:]].country == "FR"


def test_a_city_the_other_article_names_in_passing_reconciles():
    a = art("a", "en", "Ministers met in Kharkiv on Monday to discuss the grid.", [("Kharkiv", "LOC")])
    b = art("b", "uk", "Міністри зустрілися в понеділок у Полтаві. Раніше вони планували Харків.",
            [("Полтаві", "LOC"), ("Харків", "LOC")])
    c = art("c", "uk", "Міністри зустрілися в понеділок у Полтаві.", [("Полтаві", "LOC")])
    assert where(event_conflicts([a, b]), "site") == []
    assert len(where(event_conflicts([a, c]), "site")) == 1
