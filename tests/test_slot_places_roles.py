"""The *who as what* slot on invented text: one person spelled across scripts, current vs former
titles, titles that name whom they serve, and the word-list stems these rules read."""
from __future__ import annotations

import re

from newsweave.compare.claims import extract_claims
from newsweave.compare.slots import event_conflicts
from newsweave.compare.slots.role import same_person
from newsweave.model import Article
from slottest_articles import art
from newsweave.text.stems import stem_regex


def titles(a: Article) -> list[tuple[str, str, bool]]:
    return [(r.person_text, r.role, r.former) for c in extract_claims([a]) for r in c.roles]


def roles_of(conflicts) -> list:
    return [c for c in conflicts if c.slot == "who_as_what"]


def test_one_person_across_scripts_and_transliterations():
    assert same_person("Oksana Hrebeniuk", "Оксана Гребенюк")
    assert same_person("Marta Kowalczyk", "Марта Ковальчик")
    assert same_person("Ihor Dudnyk", "Игорь Дудник")
    assert not same_person("Marta Kowalczyk", "Marta Nowak")
    assert not same_person("Ewa Paul", "Paul Garnier")  # a first name is not a surname
    assert same_person("Anna Kowalczyk", "Anna Kowalczyk versprach den Betroffenen")  # a word taken in


def test_two_articles_with_two_titles_for_one_person_in_two_scripts():
    a = art("a", "en", "Mayor Oksana Hrebeniuk opened the new bridge over the river on Monday.",
            [("Oksana Hrebeniuk", "PER")])
    b = art("b", "uk", "Губернатор Оксана Гребенюк відкрила новий міст через річку в понеділок.",
            [("Оксана Гребенюк", "PER")])
    c = art("c", "en", "Mayor Oksana Hrebeniuk said the bridge had cost less than planned.",
            [("Oksana Hrebeniuk", "PER")])
    out = roles_of(event_conflicts([a, b, c]))
    assert len(out) == 1
    assert [s.value for s in out[0].sides] == ["mayor", "governor"]
    assert out[0].sides[0].articles == ["a", "c"] and out[0].sides[1].articles == ["b"]


def test_current_title_against_former_title_is_a_conflict():
    a = art("a", "it", "La sindaca Carla Venturi ha chiuso le scuole dopo la frana di ieri.",
            [("Carla Venturi", "PER")])
    b = art("b", "es", "La exalcaldesa Carla Venturi pidió ayuda tras el corrimiento de tierra.",
            [("Carla Venturi", "PER")])
    assert titles(b) == [("Carla Venturi", "mayor", True)]
    out = roles_of(event_conflicts([a, b]))
    assert len(out) == 1 and {s.value for s in out[0].sides} == {"mayor", "former mayor"}


def test_a_former_office_and_a_current_one_are_two_true_titles():
    a = art("a", "en", "Former French housing minister Paul Garnier was cleared by the court.",
            [("Paul Garnier", "PER")])
    b = art("b", "fr", "Le sénateur Paul Garnier, ancien ministre, a été relaxé par le tribunal.",
            [("Paul Garnier", "PER")])
    assert titles(a) == [("Paul Garnier", "minister", True)]
    assert roles_of(event_conflicts([a, b])) == []


def test_former_needs_the_word_itself():
    a = art("a", "en", "An expert minister Paul Garnier spoke.", [("Paul Garnier", "PER")])
    assert titles(a) == [("Paul Garnier", "minister", False)]


def test_envoy_of_a_person_is_not_that_persons_title():
    a = art("a", "fr", "L'envoyé spécial de Marc Dulin est arrivé à Genève pour les pourparlers.",
            [("Marc Dulin", "PER")])
    b = art("b", "en", "President Marc Dulin sent a special envoy to Geneva for the talks.",
            [("Marc Dulin", "PER")])
    assert titles(a) == []
    assert roles_of(event_conflicts([a, b])) == []


def test_a_title_after_another_names_whom_it_serves():
    a = art("a", "ru", "Помощник президента Олег Мирный возглавил делегацию на переговорах.",
            [("Олег Мирный", "PER")])
    assert all(role != "chair" for _, role, _ in titles(a))
    b = art("b", "uk", "Маршалок воєводства Олег Мирний відкрив засідання.", [("Олег Мирний", "PER")])
    assert titles(b) == [("Олег Мирний", "marshal", False)]


def test_a_comma_then_a_clause_does_not_carry_the_title():
    a = art("a", "en", "The envoy, who spent three hours with Anna Berg, left on Friday.",
            [("Anna Berg", "PER")])
    assert titles(a) == []


def test_title_taken_into_a_name_mention():
    a = art("a", "de", "Bürgermeisterin Lena Vogt versprach den Betroffenen neue Wohnungen.",
            [("Bürgermeisterin Lena Vogt", "PER")])
    assert titles(a) == [("Lena Vogt", "mayor", False)]


def test_voivode_and_regional_governor_are_one_office():
    a = art("a", "pl", "Wojewoda Adam Zieliński zwołał sztab kryzysowy po wypadku.", [("Adam Zieliński", "PER")])
    b = art("b", "en", "Governor Adam Zielinski called a crisis meeting after the crash.", [("Adam Zielinski", "PER")])
    assert roles_of(event_conflicts([a, b])) == []


def test_stems_inside_multiword_entries():
    pat = re.compile(stem_regex(["asystent* trenera", "ex-"]), re.IGNORECASE)
    assert pat.fullmatch("Asystentka trenera") and pat.fullmatch("asystent  trenera")
    assert pat.fullmatch("ex-") and not pat.fullmatch("asystent trenerem")


def test_a_place_given_in_two_countries_is_a_conflict():
    a = art("a", "en", "Debris fell over the Marlow Cays, a Canadian territory, late on Monday.",
            [("Marlow Cays", "LOC")])
    b = art("b", "es", "Los restos cayeron sobre Marlow Cays, un territorio de las Bahamas, el lunes.",
            [("Marlow Cays", "LOC")])
    c = art("c", "fr", "Des débris sont tombés sur Marlow Cays, territoire canadien, lundi soir.",
            [("Marlow Cays", "LOC")])
    out = [x for x in event_conflicts([a, b, c]) if x.slot == "where"]
    assert len(out) == 1
    assert [s.value for s in out[0].sides] == ["CA", "BS"]
    assert out[0].sides[1].facts[0].text.startswith("Marlow Cays, un territorio de las Bahamas")


def test_country_stems_do_not_catch_other_words():
    from newsweave.compare import lexicon
    assert lexicon.find_countries("They checked the flights from Birmingham and Belgrado.") == []
    assert [h[2] for h in lexicon.find_countries("в Мьянме, in Österreich, w Belgii")] == ["MM", "AT", "BE"]


def test_an_advisers_title_is_not_compared():
    a = art("a", "uk", "Помічник Мирного Юрій Ткач прибув на переговори.", [("Мирного", "PER"), ("Юрій Ткач", "PER")])
    b = art("b", "en", "President Oleh Myrnyi received the delegation.", [("Oleh Myrnyi", "PER")])
    assert roles_of(event_conflicts([a, b])) == []
