"""Organisations named by translated type words (issue 12): one key across languages and
scripts for a supranational body or a body of a named country, none for one country's body
named without it; the rule-based recognizer reads lower-case type words as part of the name.
All names invented."""
from __future__ import annotations

import pytest

from newsweave.enrich.entities import MentionRecognizer
from newsweave.enrich.ner_lemma import lemmatize
from newsweave.enrich.ner_org_words import type_word_concepts
from newsweave.link.entities import EntityResolver
from newsweave.link.entity_org_gloss import org_gloss_key
from newsweave.model import Article
from test_resolution import doc, ent


def key(text: str, lang: str) -> str | None:
    return org_gloss_key(text, lemmatize(text, lang), lang)


@pytest.mark.parametrize("text,lang", [
    ("International Atomic Fund", "en"), ("Fonds atomique international", "fr"),
    ("Fondo Atómico Internacional", "es"), ("Fondo atomico internazionale", "it"),
    ("Internationaler Atomfonds", "de"), ("Международного атомного фонда", "ru"),
    ("Міжнародний атомний фонд", "uk"), ("Międzynarodowy Fundusz Atomowy", "pl"),
    ("Mezinárodní atomový fond", "cs")])
def test_a_supranational_body_has_one_key_in_every_language(text, lang):
    assert key(text, lang) == key("International Atomic Fund", "en") is not None


def test_a_country_body_meets_its_translations_only_with_the_country_named():
    court = {key("Supreme Court of Uruguay", "en"), key("Верховный суд Уругвая", "ru"),
             key("Sąd Najwyższy Urugwaju", "pl"), key("Cour suprême de l'Uruguay", "fr")}
    assert len(court) == 1 and None not in court
    assert key("Верховный суд Парагвая", "ru") not in court
    # every country has a defence ministry: named alone it gets no key
    assert key("Ministry of Defence", "en") is None and key("Министерство обороны", "ru") is None
    assert key("Bundesministerium der Verteidigung", "de") is None


def test_a_type_word_and_a_name_keep_the_name_spelled_alike():
    assert key("Vereinigung Tallbridge", "de") == key("Zrzeszenie Tallbridge", "pl") \
        == key("Association Tallbridge", "fr") is not None
    assert key("Vereinigung Tallbridge", "de") != key("Vereinigung Norbridge", "de")


def test_an_unread_common_word_gives_no_key():
    assert key("Fondo atomico per la ricostruzione", "it") is None


def test_german_compounds_are_read_stem_by_stem():
    assert type_word_concepts("Weltgesundheitsagentur", "de") == ("world", "health", "agency")
    assert type_word_concepts("Rosenberg", "de") is None


def test_translated_names_resolve_to_one_entity_but_country_bodies_stay_apart():
    arts = [doc("a", "en", "The International Atomic Fund met. The Ministry of Defence spoke.",
                [("International Atomic Fund", "ORG"), ("Ministry of Defence", "ORG")]),
            doc("b", "it", "Il Fondo atomico internazionale si è riunito.", [("Fondo atomico internazionale", "LOC")]),
            doc("c", "uk", "Засідав Міжнародний атомний фонд.", [("Міжнародний атомний фонд", "ORG")]),
            doc("d", "ru", "Министерство обороны заявило.", [("Министерство обороны", "ORG")])]
    EntityResolver().resolve(arts)
    assert ent(arts[0], "International Atomic Fund") == ent(arts[1], "Fondo atomico internazionale") \
        == ent(arts[2], "Міжнародний атомний фонд")
    assert ent(arts[0], "Ministry of Defence") != ent(arts[3], "Министерство обороны")


@pytest.mark.parametrize("text,lang,name", [
    ("Il governo ha scritto al Fondo atomico internazionale ieri.", "it", "Fondo atomico internazionale"),
    ("Уряд написав до Міжнародного атомного фонду вчора.", "uk", "Міжнародного атомного фонду"),
    ("Światowa Rada Atomowa ostrzegła przed ryzykiem.", "pl", "Światowa Rada Atomowa")])
def test_the_recognizer_reads_lower_case_type_words_into_the_name(text, lang, name):
    found = MentionRecognizer().recognize(Article(id="x", text=text, lang=lang))
    assert (name, "ORG") in [(m.text, m.type) for m in found]


@pytest.mark.parametrize("text,name", [
    ("Die Seismologin Hanna Oberlin warnte vor Nachbeben.", "Hanna Oberlin"),
    ("Die Vorsitzende Richterin Greta Lindholm sprach.", "Greta Lindholm"),
    ("Das Beben erschütterte den Norden Portugals.", "Portugals"),
    ("Die Deutsche Bank meldete Gewinne.", "Deutsche Bank")])
def test_a_german_noun_before_a_name_is_no_part_of_it(text, name):
    found = MentionRecognizer().recognize(Article(id="x", text=text, lang="de"))
    assert name in [m.text for m in found]


def test_one_countrys_body_named_alone_takes_the_country_its_article_is_about():
    arts = [doc("a", "ru", "Уругвай. Верховный суд Уругвая решил. В Уругвае спокойно.",
                [("Уругвай", "LOC"), ("Верховный суд Уругвая", "ORG"), ("Уругвае", "LOC")]),
            doc("b", "pl", "Urugwaj czeka. Sąd Najwyższy orzekł. Urugwaj milczy.",
                [("Urugwaj", "LOC"), ("Sąd Najwyższy", "ORG"), ("Urugwaj", "LOC")]),
            doc("c", "ru", "Парагвай ждёт. Верховный суд отложил дело. Парагвай молчит.",
                [("Парагвай", "LOC"), ("Верховный суд", "ORG"), ("Парагвай", "LOC")])]
    EntityResolver().resolve(arts)
    assert ent(arts[0], "Верховный суд Уругвая") == ent(arts[1], "Sąd Najwyższy")
    assert ent(arts[2], "Верховный суд") != ent(arts[1], "Sąd Najwyższy")


def test_a_type_word_and_name_tagged_as_a_person_is_an_organisation_and_its_name_alone_too():
    arts = [doc("a", "cs", "Odbory Vereinigung Tallbridge vyhlásily stávku.", [("Vereinigung Tallbridge", "PER")]),
            doc("b", "pl", "Związkowcy z Zrzeszenie Tallbridge strajkują.", [("Zrzeszenie Tallbridge", "PER")]),
            doc("c", "ru", "Профсоюз Tallbridge объявил забастовку.", [("Tallbridge", "ORG")])]
    EntityResolver().resolve(arts)
    assert ent(arts[0], "Vereinigung Tallbridge") == ent(arts[1], "Zrzeszenie Tallbridge") \
        == ent(arts[2], "Tallbridge")
    assert arts[0].entities[0].type == "ORG"


def test_a_given_name_that_begins_like_a_type_word_keeps_its_person_type():
    arts = [doc("a", "pl", "Minister Radimir Kelczak przyjechał.", [("Radimir Kelczak", "PER")])]
    EntityResolver().resolve(arts)
    assert arts[0].entities[0].type == "PER"


def test_namesakes_tagged_misc_in_one_language_stay_two_people():
    arts = [doc("a", "en", "Mediator Khalid al-Kazimi met Khalifa al-Kazimi, no relation.",
                [("Khalid al-Kazimi", "PER"), ("Khalifa al-Kazimi", "PER")]),
            doc("b", "es", "El mediador Jalid al Kazimi y el empresario Jalifa al Kazimi.",
                [("Jalid al Kazimi", "MISC"), ("Jalifa al Kazimi", "MISC")]),
            doc("c", "ru", "Посредник Халид аль-Казими и бизнесмен Халифа аль-Казими.",
                [("Халид аль-Казими", "PER"), ("Халифа аль-Казими", "PER")])]
    EntityResolver().resolve(arts)
    assert ent(arts[0], "Khalid al-Kazimi") != ent(arts[0], "Khalifa al-Kazimi")
    assert ent(arts[1], "Jalid al Kazimi") != ent(arts[1], "Jalifa al Kazimi")
    assert ent(arts[2], "Халид аль-Казими") != ent(arts[2], "Халифа аль-Казими")


@pytest.mark.parametrize("text,lang", [
    ("La ministra Marta Inés Paredes Santiago è arrivata. Secondo Paredes Santiago il piano regge.", "it"),
    ("Ministerin Marta Inés Paredes Santiago kam an. Paredes Santiago sagte, der Plan halte.", "de"),
    ("Ministra Marta Inés Paredes Santiago przyjechała. Paredes Santiago powiedziała, że plan działa.", "pl")])
def test_a_persons_surnames_that_are_also_places_stay_one_person(text, lang):
    found = MentionRecognizer().recognize(Article(id="x", text=text, lang=lang))
    assert ("Paredes Santiago", "PER") in [(m.text, m.type) for m in found]


def test_a_foreign_surname_after_a_given_name_in_the_genitive_is_read_in_that_case():
    assert lemmatize("Золтана Надя", "ru") == "Золтан Надь"  # not the woman's name "Надя"
    assert lemmatize("Миклоша Сабо", "ru") == "Миклош Сабо"
    assert lemmatize("Михаила Горбачёва", "ru") == "Михаил Горбачёв"
    assert lemmatize("Надя Петрова", "ru").startswith("Надя")


def test_the_last_two_words_of_a_longer_name_are_that_person_in_the_article():
    arts = [doc("a", "en", "Minister Marta Inés Paredes Santiago arrived. Paredes Santiago spoke.",
                [("Marta Inés Paredes Santiago", "PER"), ("Paredes Santiago", "PER")]),
            doc("b", "ru", "Министр Марта Инес Паредес Сантьяго прибыла.", [("Марта Инес Паредес Сантьяго", "PER")])]
    EntityResolver().resolve(arts)
    assert ent(arts[0], "Paredes Santiago") == ent(arts[0], "Marta Inés Paredes Santiago") \
        == ent(arts[1], "Марта Инес Паредес Сантьяго")


@pytest.mark.parametrize("text,lang,name", [
    ("Pošta Hrvaške je sporočila, da paketi zamujajo.", "sl", "Pošta Hrvaške"),
    ("Paket je dostavila Pošta Hrvaške včeraj.", "sl", "Pošta Hrvaške"),
    ("Poczta Czeska podała, że paczki są opóźnione.", "pl", "Poczta Czeska")])
def test_a_type_word_and_its_country_stay_one_organisation(text, lang, name):
    found = MentionRecognizer().recognize(Article(id="x", text=text, lang=lang))
    assert (name, "ORG") in [(m.text, m.type) for m in found]


def test_one_body_of_two_countries_is_two_organisations_and_a_clipped_compound_is_read():
    assert key("Минздрав Уругвая", "ru") == key("Министерство здравоохранения Уругвая", "ru") is not None
    arts = [doc("a", "ru", "Минздрав Уругвая сообщил. Минздрав Парагвая возразил.",
                [("Минздрав Уругвая", "ORG"), ("Минздрав Парагвая", "ORG")]),
            doc("b", "ru", "Министерство здравоохранения Уругвая и Министерство здравоохранения Парагвая.",
                [("Министерство здравоохранения Уругвая", "ORG"), ("Министерство здравоохранения Парагвая", "ORG")])]
    EntityResolver().resolve(arts)
    assert ent(arts[0], "Минздрав Уругвая") == ent(arts[1], "Министерство здравоохранения Уругвая")
    assert ent(arts[0], "Минздрав Уругвая") != ent(arts[0], "Минздрав Парагвая")
