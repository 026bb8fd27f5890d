"""The *how many* slot on invented sentences: counts of responders ("60 firefighters", "una
sessantina di pompieri") named after their number only, a toll of responders read as a toll,
the head nouns of the article's own language (Polish "ha" is not Spanish "ha", has) and
inflected unit names (German "Kilometern", Polish "stopni")."""
from __future__ import annotations

from newsweave.compare.slots import event_conflicts

from test_slot_conflicts import art, slots
from test_slot_quantities import facts


def test_responders_are_counted_after_their_number():
    assert any(c == "responders" and lo <= 60 <= hi for c, lo, hi in facts(
        "en", "Some 60 firefighters fought the blaze at the Dorvan depot for five hours."))
    assert any(c == "responders" and lo <= 60 <= hi for c, lo, hi in facts(
        "it", "Una sessantina di pompieri hanno lavorato tutta la notte al deposito di Dorvan."))
    assert ("responders", 16, 16) in facts("fr", "Seize pompiers ont lutté contre les flammes au dépôt de Dorvan.")
    # the rescued, not the rescuers
    assert not any(c == "responders" for c, _lo, _hi in facts(
        "en", "Rescuers pulled eleven residents from the rubble of the Dorvan block."))


def test_a_toll_of_responders_is_a_toll():
    got = facts("pl", "Czterech strażaków zostało lekko rannych podczas gaszenia hali w Dorwanie.")
    assert ("injured", 4, 4) in got and not any(c == "responders" for c, _l, _h in got)
    got = facts("de", "Vier Feuerwehrleute wurden beim Brand in Dorwan leicht verletzt.")
    assert ("injured", 4, 4) in got


def test_responder_counts_conflict_only_when_they_differ():
    a = art("a", "es", "Unos 60 bomberos trabajaron durante cinco horas en el almacén de Dorvan.")
    b = art("b", "en", "Some 60 firefighters needed five hours to control the blaze in Dorvan.")
    c = art("c", "fr", "Seize pompiers ont lutté pendant cinq heures contre les flammes à Dorvan.")
    d = art("d", "en", "Four firefighters were slightly injured in the Dorvan blaze, fought by 60 crews.")
    assert event_conflicts([a, b, d]) == []
    assert slots(event_conflicts([a, b, c])) == [("how_many", "responders")]


def test_a_head_of_another_language_is_a_common_word():
    got = facts("es", "Un incendio declarado hacia las cuatro de la madrugada ha destruido el almacén de Dorvan.")
    assert not any(c == "area_ha" for c, _l, _h in got)
    assert any(c == "area_ha" for c, _l, _h in facts("pl", "Pożar strawił 3 ha lasu pod Dorwanem."))


def test_inflected_unit_names_are_measures():
    assert not any(c and c.startswith("amount") for c, _l, _h in facts(
        "de", "Der Sturm erreichte bei Dorwan Böen von 180 Kilometern pro Stunde."))
    assert not any(c == "magnitude" for c, _l, _h in facts(
        "pl", "W Dorwanie termometry pokazywały 31 stopni, a trzy osoby trafiły do szpitala."))


def test_people_taken_to_hospital_and_treated_are_counts_of_their_own():
    assert ("hospitalised", 8, 8) in facts("en", "Eight of them were taken to hospital after the Dorvan fun run.")
    assert ("hospitalised", 3, 3) in facts("de", "Drei von ihnen kamen ins Krankenhaus, teilte die Polizei in Dorwan mit.")
    assert ("hospitalised", 3, 3) in facts("pl", "Po biegu w Dorwanie trzy osoby trafiły do szpitala.")
    assert ("treated", 54, 54) in facts("pl", "Podczas biegu w Dorwanie pomocy medycznej udzielono 54 zawodnikom.")
    assert ("treated", 45, 45) in facts("en", "Forty-five runners were treated for heat exhaustion in Dorvan.")


def test_a_denied_rumour_is_no_side():
    a = art("a", "en", "Forty-five runners were treated in Dorvan. Organisers denied reports that more than a hundred needed help.")
    b = art("b", "de", "In Dorwan wurden 45 Läufer behandelt.")
    c = art("c", "pl", "W Dorwanie pomocy medycznej udzielono 54 biegaczom.")
    assert event_conflicts([a, b]) == []
    out = event_conflicts([a, b, c])
    assert slots(out) == [("how_many", "treated")] and out[0].tier == "confident"


def test_a_french_toll_in_the_feminine():
    assert ("killed", 2, 2) in facts("fr", "Deux personnes sont mortes dans la tempête près de Dorvan, a indiqué le préfet.")
