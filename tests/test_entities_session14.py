"""Linking and mention classes of issue 12, session 14, each on invented names: one-syllable
romanised given names ending in -ng (pinyin/Korean "Yang", "Yong") against their Cyrillic -н
forms; capitalised common nouns glued before a place ("Soldados de Chile" at a sentence start,
a German weekday or compound noun before a country)."""
from __future__ import annotations

from newsweave.enrich.ner_spans import trim_common_heads
from newsweave.link.entities import EntityResolver
from newsweave.link.translit import skeleton
from newsweave.model import Article, Mention
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


def test_capitalised_common_nouns_glued_before_a_place_are_cut_off():
    text = "Soldados de Chile llegaron al puerto."
    m = Mention(0, 17, "Soldados de Chile", "ORG", lemma="Soldados de Chile", attrs={"lang": "es"})
    trim_common_heads(Article(id="x", text=text, lang="es"), [m])
    assert (m.text, m.type) == ("Chile", "LOC")
    text = "Am Montag Schweden und dann Exportquoten Norwegens."
    ms = [Mention(3, 18, "Montag Schweden", "LOC", lemma="Montag Schweden", attrs={"lang": "de"}),
          Mention(28, 50, "Exportquoten Norwegens", "LOC", lemma="Exportquoten Norwegens",
                  attrs={"lang": "de"})]
    trim_common_heads(Article(id="x", text=text, lang="de"), ms)
    assert [m.text for m in ms] == ["Schweden", "Norwegens"]


def test_a_name_the_gazetteer_knows_whole_keeps_its_common_noun():
    text = "Republika Czeska podpisała umowę."
    m = Mention(0, 16, "Republika Czeska", "LOC", lemma="Republika Czeska", attrs={"lang": "pl"})
    trim_common_heads(Article(id="x", text=text, lang="pl"), [m])
    assert m.text == "Republika Czeska"
