"""Session 16 linking classes (issue 12), on invented text: inhabitant names as mentions of
their country, short fuzzy gazetteer matches that are people's names, names written family
name first, and Korean/Latin-script names read the English way in other languages' texts."""
from __future__ import annotations

import pytest

from newsweave.enrich import ner_gazetteer as gaz
from newsweave.enrich.entities import MentionRecognizer
from newsweave.enrich.ner_demonyms import demonym_of
from newsweave.link.entities import EntityResolver
from newsweave.model import Article
from test_resolution import doc, ent

# inhabitant names in 8 languages, several countries, capitalised or not as each language
# writes them
DEMONYMS = [
    ("Pakistanis", "en", "PK"), ("Syrians", "en", "SY"), ("Japanese", "en", "JP"),
    ("Kenyans", "en", "KE"), ("Syriens", "fr", "SY"), ("Pakistanais", "fr", "PK"),
    ("Marocains", "fr", "MA"), ("kenianos", "es", "KE"), ("japoneses", "es", "JP"),
    ("pakistaníes", "es", "PK"), ("armenios", "es", "AM"), ("siriani", "it", "SY"),
    ("giapponesi", "it", "JP"), ("armeni", "it", "AM"), ("Japaner", "de", "JP"),
    ("Pakistaner", "de", "PK"), ("Armenier", "de", "AM"), ("японцы", "ru", "JP"),
    ("пакистанцев", "ru", "PK"), ("японці", "uk", "JP"), ("пакистанців", "uk", "PK"),
    ("Japończycy", "pl", "JP"), ("Pakistańczyków", "pl", "PK"),
]


@pytest.mark.parametrize("word,lang,country", DEMONYMS)
def test_an_inhabitant_name_names_its_country(word, lang, country):
    assert demonym_of(word, lang) == f"cldr:{country}"


@pytest.mark.parametrize("word,lang", [
    ("Pakistan", "en"), ("Indiana", "en"), ("japanese", "en"),  # the country; a state; English capitalises
    ("syriens", "fr"),  # a lower-case French inhabitant word is an adjective
    ("Unter", "de"), ("магазин", "ru"), ("Японія", "uk"), ("ONU", "es"), ("Kenya", "it"),
])
def test_words_that_are_no_inhabitant_names(word, lang):
    assert demonym_of(word, lang) is None


def test_inhabitant_names_the_model_misses_are_found_and_joined_to_their_country():
    rec = MentionRecognizer()
    texts = [("a", "en", "Thousands of Pakistanis waited at the border of Pakistan on Monday."),
             ("b", "es", "Miles de pakistaníes esperaron el lunes en la frontera de Pakistán."),
             ("c", "ru", "Тысячи пакистанцев в понедельник ждали на границе Пакистана."),
             ("d", "pl", "Tysiące Pakistańczyków czekały w poniedziałek na granicy Pakistanu.")]
    arts = []
    for aid, lang, text in texts:
        art = Article(id=aid, text=text, lang=lang)
        art.entities = rec.recognize(art)
        arts.append(art)
    EntityResolver().resolve(arts)
    people = [next(m for m in a.entities if m.attrs.get("demonym")) for a in arts]
    assert [m.text for m in people] == ["Pakistanis", "pakistaníes", "пакистанцев", "Pakistańczyków"]
    countries = [next(m for m in a.entities if m.text[:6].lower() in ("pakist", "пакист")
                      and not m.attrs.get("demonym")) for a in arts]
    assert len({m.entity for m in people + countries}) == 1


@pytest.mark.parametrize("name,lang", [
    ("Zyad", "en"), ("Schade", "de"), ("Зіад", "uk"), ("Dżadu", "pl"),  # near other languages' "Chad"
    ("Ma Li", "en"), ("Ma Li", "it"), ("Ли Ван", "ru"),  # two words near one-word "Mali" / "Ливан"
])
def test_a_short_name_near_another_languages_spelling_of_a_country_is_no_place(name, lang):
    assert gaz.lookup(name, lang) is None


@pytest.mark.parametrize("name,lang,cid", [
    ("Tschad", "de", "cldr:TD"), ("Ciad", "it", "cldr:TD"), ("Чад", "ru", "cldr:TD"),
    ("Mali", "en", "cldr:ML"), ("Ливана", "ru", "cldr:LB"), ("Costa Rica", "de", "cldr:CR"),
    ("Sri Lanka", "pl", "cldr:LK"), ("Київ", "uk", "cldr:city:Kyiv"), ("Нью-Йорке", "ru", "cldr:city:New York"),
])
def test_countries_and_cities_are_still_found(name, lang, cid):
    hit = gaz.lookup(name, lang)
    assert hit is not None and hit[0] == cid


def test_a_name_written_family_name_first_is_attached_to_by_its_first_word():
    arts = [doc("a", "en", "Coach Choi Tae-hun met Kwon Ha-na in Busan. Choi said the talks went well; Kwon agreed.",
                [("Choi Tae-hun", "PER"), ("Kwon Ha-na", "PER"), ("Busan", "LOC"), ("Choi", "PER"), ("Kwon", "PER")]),
            doc("b", "de", "Trainer Choi Tae-hun traf Kwon Ha-na in Busan. Choi sagte, Kwon stimmte zu.",
                [("Choi Tae-hun", "PER"), ("Kwon Ha-na", "PER"), ("Busan", "LOC"), ("Choi", "PER"), ("Kwon", "PER")])]
    EntityResolver().resolve(arts)
    for a in arts:
        assert ent(a, "Choi") == ent(a, "Choi Tae-hun")
        assert ent(a, "Kwon") == ent(a, "Kwon Ha-na")
        assert ent(a, "Choi") != ent(a, "Kwon")


def test_a_lone_word_keyed_like_the_last_syllable_of_a_korean_given_name_stays_apart():
    # "Hun" alone in another article is no "Choi Tae-hun" (his family name is Choi)
    arts = [doc(str(i), "en", "Choi Tae-hun spoke. Choi left.", [("Choi Tae-hun", "PER"), ("Choi", "PER")])
            for i in range(3)]
    arts.append(doc("x", "en", "Senator Hun voted no.", [("Hun", "PER")]))
    EntityResolver().resolve(arts)
    assert ent(arts[-1], "Hun") != ent(arts[0], "Choi Tae-hun")


def test_a_western_name_with_a_hyphenated_given_name_keeps_its_surname_last():
    arts = [doc("a", "fr", "Jean-Paul Marchal est arrivé. Marchal a parlé.", [("Jean-Paul Marchal", "PER"), ("Marchal", "PER")]),
            doc("b", "de", "Hans-Jörg Weidner kam. Weidner sprach.", [("Hans-Jörg Weidner", "PER"), ("Weidner", "PER")])]
    EntityResolver().resolve(arts)
    assert ent(arts[0], "Marchal") == ent(arts[0], "Jean-Paul Marchal")
    assert ent(arts[1], "Weidner") == ent(arts[1], "Hans-Jörg Weidner")


@pytest.mark.parametrize("name", ["Jang Mi-rae", "Jeon Hye-jin"])
def test_a_korean_romanisation_is_one_person_in_spanish_italian_and_english_texts(name):
    # Spanish reads j as /x/ and h as silent, yet the name is romanised the English way
    arts = [doc(lang, lang, f"{name} ganó. {name} won. {name} ha vinto.", [(name, "PER")])
            for lang in ("en", "es", "it", "fr", "de")]
    EntityResolver().resolve(arts)
    assert len({ent(a, name) for a in arts}) == 1


def test_two_people_sharing_a_korean_family_name_stay_apart():
    arts = [doc("a", "en", "Jang Mi-rae beat Jang Min-su.", [("Jang Mi-rae", "PER"), ("Jang Min-su", "PER")]),
            doc("b", "es", "Jang Mi-rae venció a Jang Min-su.", [("Jang Mi-rae", "PER"), ("Jang Min-su", "PER")])]
    EntityResolver().resolve(arts)
    assert ent(arts[0], "Jang Mi-rae") == ent(arts[1], "Jang Mi-rae")
    assert ent(arts[0], "Jang Mi-rae") != ent(arts[0], "Jang Min-su")
    assert ent(arts[1], "Jang Mi-rae") != ent(arts[1], "Jang Min-su")


@pytest.mark.parametrize("text,name", [
    ("Die Virologin Ilka Brenner warnte vor der Welle.", "Ilka Brenner"),
    ("Der Politologe Arne Voss widersprach.", "Arne Voss"),
    ("Klimatologin Romy Seidel legte Zahlen vor.", "Romy Seidel")])
def test_a_german_scholar_by_field_before_a_name_is_no_part_of_it(text, name):
    # (once a given name no longer reads as a far-off country, "Hanna" ≠ Ghana, nothing but
    # the role word keeps the noun out of the name)
    found = MentionRecognizer().recognize(Article(id="x", text=text, lang="de"))
    assert name in [m.text for m in found]


@pytest.mark.parametrize("lone,lang,joins", [("Yang", "en", True), ("Yun", "en", False), ("Yun", "de", False),
                                             ("Yong", "pl", False)])
def test_a_lone_one_consonant_surname_joins_only_a_full_name_with_its_vowels(lone, lang, joins):
    # "Yang", "Yun", "Yong" all key on one consonant: across articles the vowels decide
    arts = [doc(str(i), "en", "Liu Yang spoke. Liu Yang left.", [("Liu Yang", "PER"), ("Liu Yang", "PER")])
            for i in range(3)]
    arts.append(doc("x", lang, f"{lone} agreed on Friday.", [(lone, "PER")]))
    EntityResolver().resolve(arts)
    assert (ent(arts[-1], lone) == ent(arts[0], "Liu Yang")) is joins
