"""The *how many* slot on invented sentences: Slavic number words in oblique cases ("около
двадцати пяти", "trzydziestu dwóch", "трьохсот сорока"), derived from each language's listed
forms by its case-ending rules; measures with a unit (miles, feet, acres, degrees) converted
before they are compared, and never read as a count of the head noun near them."""
from __future__ import annotations

from newsweave.compare.slots.words import inflected, number_words

from newsweave.compare.slots import event_conflicts

from test_slot_conflicts import art, slots
from test_slot_quantities import facts


def test_case_forms_are_derived_by_the_longest_ending():
    rules = {"ь": ["и"], "ьдесят": ["идесяти"]}
    assert inflected("пять", rules) == ["пяти"]
    assert inflected("пятьдесят", rules) == ["пятидесяти"]
    assert inflected("сорок", rules) == []
    nw = number_words()
    assert nw["двадцати"] == 20 and nw["трьохсот"] == 300 and nw["dwudziestu"] == 20
    assert nw["dziewięćdziesięciu"] == 90 and nw["чотирнадцятьох"] == 14 and nw["ста"] == 100


def test_oblique_numerals_in_runs_are_one_count():
    assert any(c == "injured" and lo <= 25 <= hi for c, lo, hi in facts(
        "ru", "В Дорване около двадцати пяти человек получили ранения при обрушении кровли."))
    assert ("passengers", 32, 32) in facts("pl", "Autobus wiozący trzydziestu dwóch pasażerów wypadł z drogi pod Dorwanem.")
    assert any(c == "evacuated" and lo <= 340 <= hi for c, lo, hi in facts(
        "uk", "З будинків у Дорвані евакуювали близько трьохсот сорока мешканців."))
    assert ("injured", 14, 14) in facts("uk", "У Дорвані поранено чотирнадцятьох людей, повідомили рятувальники.")


def test_a_measure_is_not_a_count_of_the_head_near_it():
    got = facts("en", "About 900 residents were evacuated as temperatures reached 104 degrees Fahrenheit in Dorvan.")
    assert [c for c, _lo, _hi in got if c == "evacuated"] == ["evacuated"]
    assert not any(c == "evacuated" and lo <= 104 <= hi for c, lo, hi in got)
    assert not any(lo <= 40 <= hi for _c, lo, hi in facts("en", "A coach carrying tourists plunged 40 feet into a ravine near Dorvan."))


def test_an_area_in_acres_is_compared_in_hectares():
    (cls, lo, hi), = [f for f in facts("en", "The wildfire near Dorvan has burned nearly 5,000 acres of forest.") if f[0] == "area_ha"]
    assert lo <= 2000 <= hi and hi < 2200
    a = art("a", "en", "The wildfire near Dorvan burned 5,000 acres of pine forest on Monday.")
    b = art("b", "fr", "L'incendie près de Dorvan a parcouru 2 000 hectares de pinède lundi.")
    c = art("c", "de", "Der Waldbrand bei Dorvan hat am Montag 6000 Hektar Kiefernwald vernichtet.")
    assert event_conflicts([a, b]) == []
    assert slots(event_conflicts([a, b, c])) == [("how_many", "area_ha")]


def test_a_german_noun_with_ueber_gives_its_amount():
    """"ein Fonds über 3 Millionen Euro" is a fund of 3 million, against 3 billion elsewhere."""
    got = facts("de", "Die Minister beschlossen in Dorvan einen Fonds über 3 Millionen Euro für Stromleitungen.")
    assert [(c, hi) for c, _lo, hi in got] == [("amount (euro)", 3.15e6)]
    assert facts("de", "In Dorvan wurden über 30 Menschen verletzt.") == [("injured", 30, float("inf"))]


def test_a_unit_is_read_in_the_article_s_own_language():
    """it "chil*" (chili, chilogrammi) is no unit in English: "six children" are people."""
    got = facts("en", "The coach fell into a ravine near Dorvan, and six children were among the injured.")
    assert not any(c.startswith("amount") for c, _lo, _hi in got)
