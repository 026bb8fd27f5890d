"""The *where* slot's site (the city or venue of the happening, read from the lead) on invented
text: two cities across languages, a city inside a region the other names, an article naming both,
a background place, a person's name after a preposition."""
from __future__ import annotations

from newsweave.compare.claims import extract_claims
from newsweave.compare.slots import article_facts, event_conflicts
from newsweave.compare.slots.place import site_key
from newsweave.model import Article
from slottest_articles import art


def sites(conflicts) -> list:
    return [c for c in conflicts if c.slot == "where" and c.subject == "site"]


def site_keys(a: Article) -> list[str]:
    return [f.key for f in article_facts(a, extract_claims([a])) if f.subject == "site"]


def test_site_key_folds_script_accents_and_particles():
    assert site_key("Zörbitz") == "zorbitz"
    assert site_key("Вельград") == "velgrad"
    assert site_key("La Roccella") == "roccella"


def test_one_city_in_two_scripts_with_a_case_ending_is_not_a_conflict():
    a = art("a", "en", "The summit opened in Velgrad on Tuesday.", [("Velgrad", "LOC")])
    b = art("b", "ru", "Саммит открылся во вторник в Вельграде.", [("Вельграде", "LOC")])
    assert sites(event_conflicts([a, b])) == []


def test_a_quoted_name_or_a_thing_of_a_country_is_not_a_site():
    a = art("uk", "uk", "«Беркут» учора виграв Кубок України з футболу.",
            [("Беркут", "LOC"), ("Кубок", "LOC")])
    b = art("pl", "pl", "Drużyna wygrała we wtorek finał Pucharu Ukrainy.", [("Pucharu", "LOC")])
    assert site_keys(a) == []
    assert site_keys(b) == []


def test_a_site_at_the_very_start_of_the_text_is_read():
    a = art("a", "en", "Tarvella hosted the regional summit on Tuesday.", [("Tarvella", "LOC")])
    assert site_keys(a) == ["tarvella"]


def test_a_compound_led_by_an_abbreviation_is_not_a_site():
    a = art("a", "de", "Der EU-Gesandte traf am Dienstag in Kellbrunn zwölf Minister.",
            [("EU-Gesandte", "LOC"), ("Kellbrunn", "LOC")])
    assert site_keys(a) == ["kellbrunn"]


def test_two_cities_in_two_languages_conflict():
    a = art("a", "en", "The regional summit opened in Tarvella on Tuesday with twelve ministers.\n\n"
            "Delegates discussed water rights for the valley.", [("Tarvella", "LOC")])
    b = art("b", "fr", "Le sommet régional s'est ouvert mardi à Morsanges avec douze ministres.\n\n"
            "Les délégués ont parlé de l'eau de la vallée.", [("Morsanges", "LOC")])
    out = sites(event_conflicts([a, b]))
    assert len(out) == 1
    assert sorted(s.value for s in out[0].sides) == ["Morsanges", "Tarvella"]


def test_a_capitalised_name_after_a_preposition_is_a_site_without_an_entity():
    a = art("a", "de", "Der Gipfel begann am Dienstag in Kellbrunn mit zwölf Ministern.")
    assert site_keys(a) == ["kellbrunn"]


def test_a_city_against_its_region_named_by_the_same_article_is_not_a_conflict():
    a = art("a", "it", "Il vertice si è aperto martedì a Varrello, in Ostria, con dodici ministri.",
            [("Varrello", "LOC"), ("Ostria", "LOC")])
    b = art("b", "en", "The summit opened in Ostria on Tuesday with twelve ministers.", [("Ostria", "LOC")])
    assert sites(event_conflicts([a, b])) == []


def test_an_article_naming_both_sites_reconciles():
    a = art("a", "en", "The summit opened in Tarvella on Tuesday.\n\nIt had first been planned for "
            "Morsanges.", [("Tarvella", "LOC"), ("Morsanges", "LOC")])
    b = art("b", "en", "The summit opened in Morsanges on Tuesday.", [("Morsanges", "LOC")])
    c = art("c", "en", "The summit opened in Kellbrunn on Tuesday.", [("Kellbrunn", "LOC")])
    assert sites(event_conflicts([a, b])) == []
    assert len(sites(event_conflicts([b, c]))) == 1


def test_a_background_place_is_ignored():
    lead = "The summit opened on Tuesday with twelve ministers. Talks went on late into the night."
    bg = " Talks began two years ago in Dornavo."
    a = art("a", "en", lead + "\n\nDelegates debated the budget.\n\nMore delegates came.\n\n"
            "The vote is due soon.\n\n" + bg, [("Dornavo", "LOC")])
    assert site_keys(a) == []


def test_a_person_or_organisation_is_not_a_site():
    a = art("a", "en", "The summit opened on Tuesday, the minister said in Brenna Holt's office.",
            [("Brenna Holt", "PER")])
    b = art("b", "en", "The summit opened on Tuesday in Harlow Bank, a statement said.",
            [("Harlow Bank", "ORG")])
    assert site_keys(a) == [] and site_keys(b) == []


def test_a_compound_that_starts_with_a_site_name_does_not_name_it():
    from newsweave.compare.slots.reconcile import _same_stem
    assert _same_stem("krakowie", "krakow") and _same_stem("berliner", "berlin")
    assert not _same_stem("kremlchef", "kremlin") and not _same_stem("hafenstadtrat", "hafen")
