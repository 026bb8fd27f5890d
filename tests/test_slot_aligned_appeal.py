"""Aligned outcome layer, a sentence on appeal: "reduced the sentence" against "upheld the
sentence" in aligned clauses is a conflict in every language; one result told twice is not.
Every sentence is invented."""
from __future__ import annotations

import pytest

from test_slot_aligned_outcome import layer, pair

REDUCED = {
    "en": "The appeals court in Varna on Monday reduced the prison sentence of former mayor Ivo Ranev to two years.",
    "fr": "La cour d'appel de Varna a réduit lundi à deux ans la peine de l'ancien maire Ivo Ranev.",
    "de": "Das Berufungsgericht in Warna hat am Montag die Haftstrafe gegen den früheren Bürgermeister Ivo Ranew auf zwei Jahre verkürzt.",
    "es": "El tribunal de apelación de Varna rebajó el lunes a dos años la condena del exalcalde Ivo Ranev.",
    "ru": "Апелляционный суд Варны в понедельник сократил срок бывшему мэру Иво Раневу до двух лет.",
    "uk": "Апеляційний суд Варни в понеділок скоротив строк колишньому меру Іво Раневу до двох років.",
    "it": "La Corte d'appello di Varna ha ridotto lunedì a due anni la condanna dell'ex sindaco Ivo Ranev.",
    "pl": "Sąd apelacyjny w Warnie złagodził w poniedziałek wyrok byłego burmistrza Ivo Raneva do dwóch lat.",
}
UPHELD = {
    "en": "The appeals court in Varna on Monday upheld the prison sentence of former mayor Ivo Ranev.",
    "fr": "La cour d'appel de Varna a confirmé lundi la peine de l'ancien maire Ivo Ranev.",
    "de": "Das Berufungsgericht in Warna hat am Montag die Haftstrafe gegen den früheren Bürgermeister Ivo Ranew bestätigt.",
    "es": "El tribunal de apelación de Varna confirmó el lunes la condena del exalcalde Ivo Ranev.",
    "ru": "Апелляционный суд Варны в понедельник оставил в силе приговор бывшему мэру Иво Раневу.",
    "uk": "Апеляційний суд Варни в понеділок залишив у силі вирок колишньому меру Іво Раневу.",
    "it": "La Corte d'appello di Varna ha confermato lunedì la condanna dell'ex sindaco Ivo Ranev.",
    "pl": "Sąd apelacyjny w Warnie utrzymał w poniedziałek w mocy wyrok byłego burmistrza Ivo Raneva.",
}
LANGS = tuple(REDUCED)


@pytest.mark.parametrize("lx,ly", [(x, y) for x in LANGS for y in LANGS][::3])
def test_sentence_reduced_against_upheld(lx, ly):
    got = layer(pair(lx, REDUCED[lx], ly, UPHELD[ly]))
    assert [sorted(s.value for s in c.sides) for c in got] == [["reduced", "upheld"]]


@pytest.mark.parametrize("lang", LANGS)
def test_one_appeal_result_told_twice_is_no_conflict(lang):
    assert layer(pair(lang, REDUCED[lang], "en", REDUCED["en"])) == []
    assert layer(pair(lang, UPHELD[lang], "en", UPHELD["en"])) == []
