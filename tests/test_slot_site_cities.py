"""The *where* slot on invented sentences: a city's name that several cities bear, read as the
one of the region the article names, or as the one the event's other articles name; a site
named after its city ("Mercado de Abastos de X") compared as that city."""
from __future__ import annotations

from newsweave.compare.claims import extract_claims
from newsweave.compare.slots import article_facts, event_conflicts
from newsweave.compare.slots.gazetteer import gazetteer
from newsweave.compare.slots.place_levels import name_tail, region_countries

from slottest_articles import art


def _site_country(a) -> str:
    f = next(f for f in article_facts(a, extract_claims([a])) if f.subject == "site")
    return gazetteer().places[f.key[1:]].country


def test_a_named_region_breaks_a_tie_between_cities_of_one_name():
    assert region_countries("La tormenta azotó Aragón el lunes.") == {"ES"}
    bare = art("a", "es", "Un incendio arrasó el lunes un almacén en Valencia, según los bomberos.", [("Valencia", "LOC")])
    told = art("b", "es", "Un incendio arrasó el lunes un almacén en Valencia, y las lluvias llegaron hasta Aragón.",
               [("Valencia", "LOC"), ("Aragón", "LOC")])
    assert _site_country(bare) == "VE" and _site_country(told) == "ES"


def test_a_site_named_after_its_city_is_that_city():
    assert name_tail("Mercado de Abastos de Toledo", "es") == "Toledo"
    assert name_tail("Mercado Central", "es") is None
    a = art("a", "es", "El fuego destruyó el lunes parte del Mercado de Abastos de Badajoz.", [("Mercado de Abastos de Badajoz", "LOC")])
    f = next(f for f in article_facts(a, extract_claims([a])) if f.subject == "site")
    assert f.key.startswith("@city:") and gazetteer().places[f.key[1:]].name == "Badajoz"


def test_a_name_is_read_as_the_city_the_other_articles_name():
    a = art("a", "es", "El fuego destruyó el lunes parte del Mercado Central de Valencia.", [("Mercado Central de Valencia", "LOC")])
    b = art("b", "fr", "Un incendie a détruit lundi le marché central de Valence, en Espagne.",
            [("Valence", "LOC"), ("Espagne", "LOC")])
    c = art("c", "it", "Un incendio ha distrutto lunedì il mercato centrale di Alicante, in Spagna.",
            [("Alicante", "LOC"), ("Spagna", "LOC")])
    out = [x for x in event_conflicts([a, b, c]) if x.slot == "where"]
    assert len(out) == 1
    assert [sorted(s.articles) for s in out[0].sides] == [["a", "b"], ["c"]]
    assert out[0].sides[0].value == "Valencia"


def test_a_small_city_named_like_a_foreign_region_is_the_city_where_its_country_is_named():
    a = art("a", "fr", "La rivière a débordé hier à Alba, dans le Piémont, et a inondé le centre.", [("Alba", "LOC"), ("Piémont", "LOC")])
    f = next(f for f in article_facts(a, extract_claims([a])) if f.subject == "site")
    assert f.key.startswith("@city:") and gazetteer().places[f.key[1:]].country == "IT"


def test_a_region_named_as_the_site_is_a_region_and_function_words_name_none():
    a = art("a", "fr", "La tempête a frappé mardi la Bretagne et le port de Brest.", [("Bretagne", "LOC"), ("Brest", "LOC")])
    got = [(f.subject, f.key) for f in article_facts(a, extract_claims([a])) if f.slot == "where"]
    assert ("region", "@sub:FR-BRE") in got and not any(s == "site" and k == "bretagne" for s, k in got)
    b = art("b", "de", "Die Region hat am Dienstag den Notstand ausgerufen.")
    assert not [f for f in article_facts(b, extract_claims([b])) if f.slot == "where" and f.subject == "region"]


def test_an_exonym_the_gazetteer_lacks_agrees_with_the_name_it_knows():
    a = art("a", "it", "L'alluvione ha colpito ieri il Piemonte, con danni a Cuneo.", [("Piemonte", "LOC"), ("Cuneo", "LOC")])
    b = art("b", "en", "Floods hit Italy's Piedmont region on Sunday, damaging Cuneo.", [("Cuneo", "LOC")])
    assert [x for x in event_conflicts([a, b]) if x.slot == "where"] == []


def test_a_persons_name_read_as_a_place_is_no_site():
    a = art("a", "es", "Según el jefe de bomberos, Tomás Arrieta, ardieron el lunes tres naves.", [("Tomás Arrieta", "LOC")])
    b = art("b", "fr", "Le feu a détruit lundi trois entrepôts à Badajoz, selon le chef des pompiers, Tomás Arrieta.",
            [("Badajoz", "LOC"), ("Tomás Arrieta", "PER")])
    c = art("c", "it", "Il fuoco ha distrutto lunedì tre capannoni a Cáceres, secondo i pompieri.", [("Cáceres", "LOC")])
    sides = [s.value for x in event_conflicts([a, b, c]) if x.slot == "where" for s in x.sides]
    assert "Tomás Arrieta" not in sides
