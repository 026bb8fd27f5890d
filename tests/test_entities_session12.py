"""Linking classes of issue 12, session 12, each on invented names: namesakes whose given names
are one letter apart, datelines in capitals, acronyms of long forms with lower-case words, and
two-letter place initials only in the language that writes them."""
from __future__ import annotations

from newsweave.enrich import ner_gazetteer as gaz
from newsweave.link.entities import EntityResolver
from newsweave.link.entity_org_forms import long_form_initials
from newsweave.link.entity_places import capitalised_place
from test_resolution import doc, ent


def test_given_names_with_three_letter_keys_one_letter_apart_are_two_people():
    arts = [doc("a", "en", "Minister Davit Melikyan met the mayor, Dato Melikyan.",
                [("Davit Melikyan", "PER"), ("Dato Melikyan", "PER")]),
            doc("b", "fr", "Le ministre Davit Melikyan et le maire Dato Melikyan.",
                [("Davit Melikyan", "PER"), ("Dato Melikyan", "PER")])]
    EntityResolver().resolve(arts)
    assert ent(arts[0], "Davit Melikyan") == ent(arts[1], "Davit Melikyan")
    assert ent(arts[0], "Davit Melikyan") != ent(arts[0], "Dato Melikyan")


def test_namesakes_typed_as_non_persons_do_not_merge_by_fuzzy_keys():
    arts = [doc("a", "fr", "Le médiateur Khaled al-Tamimi et l'homme d'affaires Khalifa al-Tamimi.",
                [("Khaled al-Tamimi", "MISC"), ("Khalifa al-Tamimi", "MISC")]),
            doc("b", "en", "Mediator Khaled al-Tamimi met Khalifa al-Tamimi.",
                [("Khaled al-Tamimi", "PER"), ("Khalifa al-Tamimi", "PER")])]
    EntityResolver().resolve(arts)
    assert ent(arts[0], "Khaled al-Tamimi") != ent(arts[0], "Khalifa al-Tamimi")


def test_a_dateline_in_capitals_is_the_place_not_an_acronym():
    assert capitalised_place("МОСКВА", "ru") == "Москва"
    assert capitalised_place("WARSZAWA", "pl") == "Warszawa"
    assert capitalised_place("NATO", "pl") is None  # an organisation's acronym stays one
    arts = [doc("a", "ru", "МОСКВА, 3 мая. Мэр Москвы заявил.", [("МОСКВА", "LOC"), ("Москвы", "LOC")]),
            doc("b", "ru", "В Москве прошёл митинг.", [("Москве", "LOC")])]
    EntityResolver().resolve(arts)
    assert ent(arts[0], "МОСКВА") == ent(arts[1], "Москве")


def test_acronym_initials_count_lower_case_content_words_but_not_connectors():
    assert long_form_initials("Cour européenne des droits de l'homme",
                              "Cour européenne des droits de l'homme", "fr") == ["CEDH"]
    assert "ЕСПЧ" in long_form_initials("Европейский суд по правам человека",
                                        "Европейский суд по право человек", "ru")
    assert long_form_initials("Corte europea dei diritti dell'uomo",
                              "Corte europea dei diritti dell'uomo", "it") == ["CEDU"]
    text = "La Agencia nacional de estadística (datos) publicó. La ANE calcula."
    art = doc("a", "es", text, [("Agencia nacional de estadística", "ORG"), ("ANE", "ORG")])
    EntityResolver().resolve([art])
    assert ent(art, "ANE") == ent(art, "Agencia nacional de estadística")


def test_two_letter_place_initials_only_in_the_language_that_writes_the_name():
    assert gaz.lookup("ČR", "cs")[0] == "cldr:CZ"  # Česká republika
    assert gaz.lookup("VC", "cs") is None  # English initials of a place in a Czech text: no place
    assert gaz.lookup("UK", "pl")[0] == "cldr:GB"  # the hand-written usual readings stay


def test_a_name_only_near_other_languages_place_names_needs_a_close_match():
    assert gaz.lookup("Франциск", "ru") is None  # a given name, no inflected "Francuska"
    assert gaz.lookup("Франции", "ru")[0] == "cldr:FR"  # an inflection of the own language's name
