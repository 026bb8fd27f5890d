"""Time expressions in Italian and Polish (data only in lang/it.py and lang/pl.py), the tagger
component contract, and the language data layout (sentences written for these tests)."""
from __future__ import annotations

import pytest

from newsweave import lang
from newsweave.components import Component, TimexTagger
from newsweave.enrich.timex import RuleTimexTagger, extract_timexes
from newsweave.model import DateInfo

WED = DateInfo("2025-06-04")  # a Wednesday, ISO week 23


def find(text: str, code: str, surface: str, anchor: DateInfo = WED):
    got = extract_timexes(text, code, anchor)
    for t in got:
        if t.text == surface:
            return t
    raise AssertionError(f"{surface!r} not found in {[(t.text, t.value) for t in got]}")


# ----------------------------------------------------------------------------- Italian
@pytest.mark.parametrize("text, surface, value", [
    ("Il sindaco ha firmato l'ordinanza lunedì scorso.", "lunedì scorso", "2025-06-02"),
    ("La mostra si svolgerà il 12 luglio a Torino.", "il 12 luglio", "2025-07-12"),
    ("Il treno è partito tre giorni fa.", "tre giorni fa", "2025-06-01"),
    ("Il cantiere riaprirà tra due settimane.", "tra due settimane", "2025-W25"),
    ("La giunta si è riunita la settimana scorsa.", "la settimana scorsa", "2025-W22"),
    ("Le elezioni si terranno l'anno prossimo.", "l'anno prossimo", "2026"),
    ("Il ponte fu costruito negli anni Novanta.", "anni Novanta", "199X"),
    ("L'utile è cresciuto nel primo trimestre del 2024.", "primo trimestre del 2024", "2024-Q1"),
    ("Il sindaco ha parlato ieri sera in consiglio.", "ieri sera", "2025-06-03TEV"),
    ("Stamattina il traffico era bloccato.", "Stamattina", "2025-06-04TMO"),
])
def test_italian_dates(text, surface, value):
    assert find(text, "it", surface).value == value


def test_italian_durations_sets_and_ranges():
    assert find("Ha lavorato in fabbrica per tre anni.", "it", "tre anni").value == "P3Y"
    assert find("Il quartiere aspetta da anni una scuola.", "it", "anni").value == "PXY"
    assert find("Il mercato si tiene ogni settimana.", "it", "ogni settimana").value == "P1W"
    got = extract_timexes("Il festival si svolgerà dal 3 al 5 luglio.", "it", WED)
    assert [(t.text, t.value) for t in got] == [("3", "2025-07-03"), ("5 luglio", "2025-07-05")]
    assert got[0].attrs["range"] == ["2025-07-03", "2025-07-05"]


def test_italian_month_mod_and_clock():
    t = find("I lavori sono iniziati a metà giugno.", "it", "metà giugno")
    assert (t.value, t.attrs.get("mod")) == ("2025-06", "MID")
    assert find("La riunione è iniziata alle 14:30.", "it", "alle 14:30").value == "2025-06-04T14:30"


# ----------------------------------------------------------------------------- Polish
@pytest.mark.parametrize("text, surface, value", [
    ("Minister podpisał rozporządzenie w poniedziałek.", "poniedziałek", "2025-06-02"),
    ("Wczoraj rada miasta przyjęła budżet.", "Wczoraj", "2025-06-03"),
    ("Dzisiaj szkoły są zamknięte.", "Dzisiaj", "2025-06-04"),
    ("Jutro spadnie deszcz.", "Jutro", "2025-06-05"),
    ("Wybory odbyły się w zeszłym tygodniu.", "zeszłym tygodniu", "2025-W22"),
    ("Umowę podpisano 12 marca 2024 roku.", "12 marca 2024 roku", "2024-03-12"),
    ("Most otwarto w maju.", "maju", "2025-05"),
    ("Pociąg odjechał trzy dni temu.", "trzy dni temu", "2025-06-01"),
    ("Remont potrwa jeszcze, szkoła ruszy za dwa tygodnie.", "za dwa tygodnie", "2025-W25"),
    ("Inwestycja ruszy w przyszłym roku.", "przyszłym roku", "2026"),
    ("Prezydent przemawiał wczoraj wieczorem.", "wczoraj wieczorem", "2025-06-03TEV"),
    ("Pożar wybuchł w nocy z piątku na sobotę.", "nocy z piątku na sobotę", "2025-05-30TNI"),
])
def test_polish_dates(text, surface, value):
    assert find(text, "pl", surface).value == value


def test_polish_durations_sets_and_ranges():
    assert find("Budowa trwała przez trzy lata.", "pl", "trzy lata").value == "P3Y"
    assert find("W ostatnich latach ceny wzrosły.", "pl", "ostatnich latach").value == "PXY"
    assert find("Autobus kursuje co tydzień.", "pl", "co tydzień").value == "P1W"
    got = extract_timexes("Festiwal potrwa od 3 do 5 lipca.", "pl", WED)
    assert [(t.text, t.value) for t in got] == [("3", "2025-07-03"), ("5 lipca", "2025-07-05")]


def test_polish_short_month_needs_context():
    assert not [t for t in extract_timexes("Maja Nowak wygrała bieg.", "pl", WED) if t.type == "DATE"]


# ----------------------------------------------------------------------------- component and data
def test_rule_tagger_is_a_timex_tagger_component():
    tagger = RuleTimexTagger()
    assert isinstance(tagger, TimexTagger) and isinstance(tagger, Component)
    assert tagger.name == "newsweave.timex.rules" and tagger.assigns == ("timexes",)
    text = "Le ministre a signé lundi un décret."
    assert tagger.tag(text, "fr", WED) == extract_timexes(text, "fr", WED)


def test_every_language_has_time_words_in_its_lang_module():
    for info in lang.languages("full"):
        assert info.time.months and info.time.weekdays and info.time.units, info.code
        mod = __import__(f"newsweave.lang.{info.code}", fromlist=["x"])
        assert not [n for n in vars(mod) if n.startswith("TIMEX_")], info.code
