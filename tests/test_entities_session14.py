"""Linking and mention classes of issue 12, session 14, each on invented names: one-syllable
romanised given names ending in -ng (pinyin/Korean "Yang", "Yong") against their Cyrillic -н
forms."""
from __future__ import annotations

from newsweave.link.entities import EntityResolver
from newsweave.link.translit import skeleton
from test_resolution import doc, ent


def test_a_final_ng_of_a_one_syllable_name_is_the_cyrillic_n():
    assert skeleton("Yang", "en") == skeleton("Ян", "ru")
    assert skeleton("Yong", "en") == skeleton("Ён", "ru")
    assert skeleton("Nagy", "en") != skeleton("Ню", "ru")  # only a written -ng is shortened
    arts = [doc("a", "en", "Engineer Zhou Yang inspected the levee.", [("Zhou Yang", "PER")]),
            doc("b", "ru", "Инженер Чжоу Ян осмотрел дамбу.", [("Чжоу Ян", "PER")])]
    EntityResolver().resolve(arts)
    assert ent(arts[0], "Zhou Yang") == ent(arts[1], "Чжоу Ян")


def test_a_foreign_surname_read_as_a_plural_given_name_keeps_its_form():
    from newsweave.enrich.ner_lemma import lemmatize
    # "Гань" / "Надь" are also genitive plurals of women's names: in a name they are surnames
    assert lemmatize("Бела Гань", "ru") == "Бела Гань"
    assert lemmatize("Иванова", "ru") == "Иванов"  # a singular surname form is still lemmatised
