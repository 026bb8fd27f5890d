"""Session 18 linking classes (issue 12), on invented text: acronyms written with a case
ending, as a word, or with a look-alike letter of the other script join the plain acronym;
names of people and common words that look like an acronym stay apart."""
from __future__ import annotations

import pytest

from newsweave.link.entities import EntityResolver
from newsweave.link.entity_acronym_forms import acronym_form, one_script
from test_resolution import doc, ent

FORMS = [
    ("NIJZ-ja", ("NIJZ", "ending")), ("WUM-u", ("WUM", "ending")), ("NATO-m", ("NATO", "ending")),
    ("EU-ju", ("EU", "ending")), ("OSN\u2011u", ("OSN", "ending")), ("МОЗу", ("МОЗ", "ending")),
    ("ООНу", ("ООН", "ending")), ("НАТОм", ("НАТО", "ending")),
    ("Nijz", ("NIJZ", "word")), ("Unesco", ("UNESCO", "word")), ("Нато", ("НАТО", "word")),
    ("COVA\u0425", ("COVAX", "glyph")), ("\u0421DU", ("CDU", "glyph")), ("М\u041eЗ", None),
]


@pytest.mark.parametrize("text,expected", FORMS)
def test_spellings_of_an_acronym(text, expected):
    assert acronym_form(text) == expected


@pytest.mark.parametrize("text", ["NATO", "МОЗ", "Kowalski", "Jan Novák", "BioNTech",
                                  "Ab", "Wissenschaftler", "McDonald", "COVID-19"])
def test_plain_acronyms_and_names_are_no_acronym_spelling(text):
    assert acronym_form(text) is None


def test_one_script_writes_look_alikes_in_the_majority_script():
    assert one_script("COVA\u0425") == "COVAX"
    assert one_script("М\u004fЗ") == "МОЗ"
    assert one_script("Praha") == "Praha"


def _agency(lang: str, aid: str, text: str, names) -> object:
    return doc(aid, lang, text, names)


@pytest.mark.parametrize("lang,plain,forms", [
    ("sl", "NIJZ", ["NIJZ-ja", "Nijz"]),
    ("cs", "SÚKL", ["SÚKL-u", "Súkl"]),
    ("pl", "GUS", ["GUS-u", "Gus"]),
    ("uk", "МОЗ", ["МОЗу"]),  # (not "Моз": the Ukrainian name of the Meuse)
    ("bg", "НОЩ", ["НОЩ-а"]),
    ("ru", "COVAX", ["COVA\u0425", "Covax"]),
])
def test_acronym_spellings_join_the_acronym_across_articles(lang, plain, forms):
    arts = [_agency(lang, f"p{i}", f"{plain} {plain} . {plain}", [(plain, "ORG")] * 3) for i in range(2)]
    arts += [_agency(lang, f"f{i}", f"Tekst {f} tekst.", [(f, "LOC")]) for i, f in enumerate(forms)]
    EntityResolver().resolve(arts)
    ids = {ent(arts[0], plain)} | {ent(a, f) for a, f in zip(arts[2:], forms)}
    assert len(ids) == 1


@pytest.mark.parametrize("lang,plain,name", [
    ("sl", "EMA", "Ema"), ("cs", "INA", "Ina"), ("pl", "ALA", "Ala"), ("ru", "ИРА", "Ира"),
])
def test_a_given_name_stays_apart_from_the_acronym_it_spells(lang, plain, name):
    arts = [_agency(lang, f"p{i}", f"{plain} {plain} {plain}", [(plain, "ORG")] * 3) for i in range(2)]
    arts += [_agency(lang, "n", f"{name} Novak {name}", [(f"{name} Novak", "PER"), (name, "PER")])]
    EntityResolver().resolve(arts)
    assert ent(arts[0], plain) != ent(arts[2], name)


def test_a_common_word_is_no_acronym_written_as_a_word():
    arts = [_agency("pl", f"p{i}", "ONZ ONZ ONZ", [("ONZ", "ORG")] * 3) for i in range(2)]
    arts += [_agency("pl", f"w{i}", "Tekst Dom tekst", [("Dom", "LOC")]) for i in range(1)]
    arts += [_agency("pl", "d", "DOM DOM DOM", [("DOM", "ORG")] * 3)]
    EntityResolver().resolve(arts)
    assert ent(arts[2], "Dom") != ent(arts[3], "DOM")


# institutions named after a person: the eponym stays whatever the writer does to the rest
EPONYM_NAMES = [
    ("ru", ["Институт имени Ивана Петрова", "НИИ им. И. Петрова", "Научного центра имени академика И. И. Петрова"]),
    ("uk", ["Інститут імені Миколи Бондаря", "Центру ім. М. Бондаря", "НДІ імені Бондаря"]),
    ("pl", ["Instytut im. Jana Nowakowskiego", "Szpitala im. J. Nowakowskiego", "Centrum imienia Nowakowskiego"]),
]


@pytest.mark.parametrize("lang,names", EPONYM_NAMES)
def test_an_institution_named_after_a_person_is_one_under_any_wording(lang, names):
    arts = [doc(f"a{i}", lang, f"Tekst {n} tekst.", [(n, "ORG")]) for i, n in enumerate(names)]
    EntityResolver().resolve(arts)
    assert len({ent(a, n) for a, n in zip(arts, names)}) == 1


def test_institutions_of_two_namesakes_stay_apart():
    names = ["Институт имени А. Б. Петрова", "Центр им. В. Г. Петрова", "НИИ имени Петрова"]
    arts = [doc(f"a{i}", "ru", f"Текст {n} текст.", [(n, "ORG")]) for i, n in enumerate(names)]
    EntityResolver().resolve(arts)
    ids = [ent(a, n) for a, n in zip(arts, names)]
    assert len(set(ids)) == 3


@pytest.mark.parametrize("text,lang,expected", [
    ("Институт имени Роберта Коха", "ru", "r"), ("Instytut im. Roberta Kocha", "pl", "r"),
    ("Центр им. Н. Ф. Петрова", "ru", "nf"),
])
def test_eponym_initials_fold_across_scripts(text, lang, expected):
    from newsweave.link.entity_eponyms import eponym_key
    assert eponym_key(text, lang)[0] == expected


@pytest.mark.parametrize("text,lang", [
    ("Институт имени", "ru"), ("Имени Петрова", "ru"), ("Instytut Pamięci Narodowej", "pl"),
    ("Центр им. МГУ", "ru"), ("Institut Roberta Kocha", "cs"),
])
def test_no_eponym_without_a_marker_and_a_name_after_it(text, lang):
    from newsweave.link.entity_eponyms import eponym_key
    assert eponym_key(text, lang) is None


# Czech and Slovene inhabitant names, where the country name drops a whole -ija/-ska/-sko
@pytest.mark.parametrize("word,lang,country", [
    ("Slovenci", "sl", "SI"), ("Slovencev", "sl", "SI"), ("Izraelci", "sl", "IL"),
    ("Brazilcev", "sl", "BR"), ("Avstrijci", "sl", "AT"), ("Italijanov", "sl", "IT"),
    ("Japonci", "sl", "JP"), ("Ukrajinci", "sl", "UA"), ("Slovinci", "cs", "SI"),
    ("Izraelců", "cs", "IL"), ("Brazilci", "cs", "BR"), ("Pakistánci", "cs", "PK"),
    ("Japonci", "cs", "JP"), ("Italové", "cs", "IT"), ("Ukrajincům", "cs", "UA"),
])
def test_czech_and_slovene_inhabitant_names(word, lang, country):
    from newsweave.enrich.ner_demonyms import demonym_of
    assert demonym_of(word, lang) == f"cldr:{country}"


@pytest.mark.parametrize("word,lang", [
    ("Slovenija", "sl"), ("Novinci", "sl"), ("Konci", "cs"), ("Sinovi", "sl"), ("Otci", "cs"),
    ("Lovci", "sl"), ("Slovenec", "sl"), ("ZDA", "sl"),
])
def test_czech_and_slovene_words_that_are_no_inhabitant_names(word, lang):
    from newsweave.enrich.ner_demonyms import demonym_of
    assert demonym_of(word, lang) is None


# keyboard keys in page chrome are no entities; key names inside real names stay
KEY_TEXTS = [
    ("ru", "Если вы нашли ошибку, выделите её мышкой и нажмите Ctrl+Enter.", ["Ctrl+Enter"]),
    ("uk", "Виділіть її мишкою та натисніть Ctrl + Enter.", ["Ctrl", "Enter"]),
    ("pl", "Zaznacz tekst i naciśnij Shift+Enter, aby zgłosić błąd.", ["Shift+Enter"]),
    ("fr", "Appuyez sur Esc pour fermer la fenêtre.", ["Esc"]),
    ("en", "Press Ctrl + Alt + Del to restart.", ["Ctrl", "Alt", "Del"]),
]


@pytest.mark.parametrize("lang,text,keys", KEY_TEXTS)
def test_keyboard_keys_are_dropped(lang, text, keys):
    from newsweave.enrich.ner_keys import drop_key_names
    art = doc("k", lang, text, [(k, "ORG") for k in keys])
    drop_key_names(art, art.entities)
    assert art.entities == []


@pytest.mark.parametrize("lang,text,name", [
    ("pl", "Samolot linii Enter Air wylądował w Katowicach.", "Enter Air"),
    ("de", "Die Firma Enter hat in Berlin eröffnet.", "Enter"),
    ("en", "The Home Office said on Monday.", "Home Office"),
])
def test_key_names_inside_names_stay(lang, text, name):
    from newsweave.enrich.ner_keys import drop_key_names
    art = doc("k", lang, text, [(name, "ORG")])
    drop_key_names(art, art.entities)
    assert [m.text for m in art.entities] == [name]
