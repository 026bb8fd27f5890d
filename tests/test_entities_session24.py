"""Session 24 mention classes (issue 12), on invented text: Arabic names with the article
assimilated and hyphenated ("Salah ad-Din"), scholars named by their field before a name
("Сейсмологиня X", "Вирусолог X"), a sentence-opening adverb of an adjective's ending before a
known surname ("Później X"), organisation names that go on after a connector ("Bundesamt
für ...", "Європейський суд з прав людини"), a lower-case article at the front of a model's span,
and East Asian names of short syllables and feminine titles in Ukrainian ("Міністерка Пак Со Йон")."""
from __future__ import annotations

import pytest

from newsweave.enrich.entities import MentionRecognizer
from newsweave.model import Article


def spans(text: str, lang: str, rec: MentionRecognizer | None = None) -> list[tuple[str, str]]:
    rec = rec or MentionRecognizer()
    return [(m.text, m.type) for m in rec.recognize(Article(id="x", text=text, lang=lang))]


@pytest.mark.parametrize("lang,text,name", [
    ("uk", "Посередник від армії Салах ад-Дін Карім прилетів уночі.", "Салах ад-Дін Карім"),
    ("uk", "Бізнесмен Карім ан-Насірі приймає гостей.", "Карім ан-Насірі"),
    ("pl", "Negocjator armii Salah ad-Din Karim przyleciał w nocy.", "Salah ad-Din Karim"),
    ("pl", "Biznesmen Karim an-Nasiri gości delegacje.", "Karim an-Nasiri"),
])
def test_an_assimilated_arabic_article_is_inside_the_name(lang, text, name):
    assert (name, "PER") in spans(text, lang)


@pytest.mark.parametrize("lang,text,name", [
    ("uk", "Сейсмологиня Оксана Мельник попередила про поштовхи.", "Оксана Мельник"),
    ("uk", "Вірусолог Тарас Гнатюк радить щеплення.", "Тарас Гнатюк"),
    ("ru", "Вирусолог Иван Петров заявил, что вакцина работает.", "Иван Петров"),
    ("pl", "Wirusolog Anna Wrona ostrzega przed falą.", "Anna Wrona"),
])
def test_a_scholar_named_by_their_field_is_no_part_of_the_name(lang, text, name):
    found = spans(text, lang)
    assert (name, "PER") in found
    assert all(not t.startswith(("Сейсм", "Вірус", "Вирус", "Wirus")) for t, _ in found)


def test_a_lone_field_noun_opening_a_sentence_is_no_mention():
    assert spans("Кліматологиня заявила, що шторми будуть частішими.", "uk") == []


def test_an_adverb_before_a_known_surname_opens_the_sentence():
    rec = MentionRecognizer()
    rec.names.learn([("Wróbel", "PER", "en"), ("Wróbel", "PER", "fr")])
    found = spans("Lekarz Jan Wróbel przyjechał. Później Wróbel podziękował lekarzom.", "pl", rec)
    assert ("Wróbel", "PER") in found
    assert not any(t.startswith("Później") for t, _ in found)


@pytest.mark.parametrize("lang,text,name", [
    ("de", "Das Bundesamt für Wasserwirtschaft und Küstenschutz prüft den Fall.",
     "Bundesamt für Wasserwirtschaft und Küstenschutz"),
    ("de", "Die Weltorganisation für Meteorologie warnte am Montag.", "Weltorganisation für Meteorologie"),
    ("uk", "Європейський суд з прав людини у вівторок ухвалив рішення.", "Європейський суд з прав людини"),
])
def test_an_organisation_name_goes_on_after_its_connector(lang, text, name):
    assert (name, "ORG") in spans(text, lang)


def test_a_lower_case_article_a_model_took_in_is_no_part_of_the_name():
    found = spans("Volunteers from the Red Cross met the Central Election Commission on Monday.", "en")
    assert ("Red Cross", "ORG") in found and ("Central Election Commission", "ORG") in found


@pytest.mark.parametrize("text,name", [
    ("Міністерка Пак Со Йон заявила про нові правила.", "Пак Со Йон"),
    ("Очільниця компанії Лі Хє Мін повідомила про запаси.", "Лі Хє Мін"),
])
def test_an_east_asian_name_of_short_syllables_stays_whole_in_ukrainian(text, name):
    found = spans(text, "uk")
    assert (name, "PER") in found
    assert not any(t.startswith("Міністерка") for t, _ in found)


@pytest.mark.parametrize("lang,text,lemma", [
    ("ru", "Тура Мин Тхет", "Тура Мин Тхет"),
    ("uk", "Кім Мін Джун", "Кім Мін Джун"),
    ("uk", "Карпат", "Карпати"),  # (a plural place's genitive keeps its base form)
])
def test_a_syllable_of_a_foreign_name_is_no_genitive_plural(lang, text, lemma):
    from newsweave.enrich.ner_lemma import lemmatize
    assert lemmatize(text, lang) == lemma


def test_a_portfolio_before_a_holder_with_a_particle_is_cut():
    found = spans("El ministro del Interior Salah al Din Karim llegó de madrugada.", "es")
    assert ("Salah al Din Karim", "PER") in found


@pytest.mark.parametrize("text", [
    "Der Brotmangel in der Stadt wächst seit Wochen.",
    "Der Rekordregen überflutete die Keller.",
    "Die Chipmaterialien werden knapp.",
])
def test_a_german_compound_of_known_words_is_no_name(text):
    assert spans(text, "de") == []


def test_a_german_compound_glued_before_a_place_is_cut():
    assert ("Japan", "LOC") in spans("Die Exportgrenzen Japan setzte am Montag fest.", "de")


@pytest.mark.parametrize("text,name", [
    ("Die Menge zog zum Märtyrerplatz.", "Märtyrerplatz"),
    ("Anna Lindemann sprach in Berlin. Lindemann sagte, es gehe voran.", "Lindemann"),
    ("Paul Klingbeil sprach in Berlin. Klingbeil sagte, es gehe voran.", "Klingbeil"),
])
def test_a_compound_that_forms_names_or_recurs_stays_a_name(text, name):
    assert any(t == name for t, _ in spans(text, "de"))


@pytest.mark.parametrize("lang,text,name", [
    ("fr", "Le ministre de l'Intérieur Tamaz Gelashvili a promis le calme.", "Tamaz Gelashvili"),
    ("fr", "Le ministre de l'Énergie Rauf Aliyev a parlé lundi.", "Rauf Aliyev"),
    ("es", "El ministro de Transporte Omar Haddadin y la directora hablaron.", "Omar Haddadin"),
])
def test_a_title_and_portfolio_a_model_read_as_one_organisation_leave_the_holder(lang, text, name):
    found = spans(text, lang)
    assert (name, "PER") in found
    assert not any(t.startswith(("ministre", "ministro", "Intérieur", "Énergie", "Transporte")) for t, _ in found)


def test_a_sentence_opener_a_model_glued_to_a_known_person_is_dropped():
    from newsweave.enrich.ner_spans import split_glued_persons
    from newsweave.model import Mention
    text = "El alcalde Tomás Irigoyen visitó el puerto. Más tarde Irigoyen agradeció la paciencia."
    art = Article(id="x", text=text, lang="es")
    a, b = text.index("Tomás"), text.index("Más")
    ms = [Mention(a, a + len("Tomás Irigoyen"), "Tomás Irigoyen", "PER", attrs={"lang": "es"}),
          Mention(b, b + len("Más tarde Irigoyen"), "Más tarde Irigoyen", "MISC", attrs={"lang": "es"})]
    split_glued_persons(art, ms)
    assert [(m.text, m.type) for m in ms] == [("Tomás Irigoyen", "PER"), ("Irigoyen", "PER")]
