"""Classes of outcomes and titles on invented text: a defendant acquitted against convicted, a
law ratified against a refusal to ratify, a decision vetoed against signed, a happening held with
an adverb in the verb ("a bien eu lieu"), a winner after the verb in a verb-second clause, a
deputy's prefix glued to the title ("Vizebürgermeisterin", "віцепрезидент") or a deputy word after
it ("secrétaire générale adjointe"), and names after a date, a count or a new predicate that do
not hold the title before them."""
from __future__ import annotations

import pytest

from newsweave.compare.slots import event_conflicts
from newsweave.compare.slots.extract import article_facts
from newsweave.compare.claims import extract_claims
from newsweave.model import Timex
from slottest_articles import art


def of_slot(conflicts, slot: str, subject: str | None = None) -> list:
    return [c for c in conflicts if c.slot == slot and (subject is None or c.subject == subject)]


def sides(conflict) -> list[tuple[str, list[str]]]:
    return [(s.value, s.articles) for s in conflict.sides]


def outcome_keys(a) -> list[tuple[str, str]]:
    return [(f.subject, f.key) for f in article_facts(a, extract_claims([a])) if f.slot == "outcome"]


# ---------------------------------------------------------------- verdicts
def test_acquitted_against_found_guilty_conflicts_across_languages():
    a = art("a", "de", "Das Landgericht hat den früheren Stadtkämmerer Jonas Brell freigesprochen.")
    b = art("b", "it", "Il tribunale ha assolto l'ex assessore Jonas Brell dall'accusa di peculato.")
    c = art("c", "pl", "Sąd uznał Jonasa Brella za winnego sprzeniewierzenia pieniędzy miasta.")
    out = of_slot(event_conflicts([a, b, c]), "outcome", "verdict")
    assert len(out) == 1
    assert sides(out[0]) == [("acquitted", ["a", "b"]), ("convicted", ["c"])]


def test_verdict_words_in_other_forms_and_languages():
    for lang, text, key in [
            ("en", "A jury found the former treasurer guilty of fraud.", "convicted"),
            ("en", "The court cleared the driver of all charges.", "acquitted"),
            ("fr", "L'ancien maire a été relaxé par le tribunal correctionnel.", "acquitted"),
            ("fr", "Le tribunal l'a condamné à deux ans de prison.", "convicted"),
            ("es", "La Audiencia absolvió al exconsejero de malversación.", "acquitted"),
            ("ru", "Суд оправдал бывшего главу района.", "acquitted"),
            ("uk", "Суд засудив колишнього голову району до трьох років.", "convicted"),
            ("uk", "Суд виправдав колишнього голову району.", "acquitted")]:
        assert ("verdict", key) in outcome_keys(art("a", lang, text)), text


def test_not_guilty_is_no_conviction_and_condemning_an_attack_is_no_verdict():
    assert ("verdict", "convicted") not in outcome_keys(art("a", "en", "The jury found her not guilty of fraud."))
    assert outcome_keys(art("b", "uk", "Мер засудив напад на волонтерів у центрі міста.")) == []


def test_a_verdict_clause_dating_the_offence_is_still_read():
    text = "The court on Tuesday convicted Jonas Brell of taking bribes in 2029."
    a = art("a", "en", text)
    i = text.index("on Tuesday")
    a.timexes.append(Timex(i, i + len("on Tuesday"), "on Tuesday", "DATE", "2031-05-06"))
    assert ("verdict", "convicted") in outcome_keys(a)


# ---------------------------------------------------------------- ratified, vetoed
def test_ratified_against_a_refusal_to_ratify_conflicts():
    a = art("a", "en", "The parliament of Varnia ratified the river treaty on Thursday.")
    b = art("b", "pl", "Parlament Warnii ratyfikował w czwartek traktat rzeczny.")
    c = art("c", "ru", "Парламент Варнии в четверг отказался ратифицировать речной договор.")
    out = of_slot(event_conflicts([a, b, c]), "outcome", "decision")
    assert len(out) == 1
    assert sides(out[0]) == [("approved", ["a", "b"]), ("rejected", ["c"])]


def test_vetoed_against_signed_conflicts_and_an_earlier_approval_is_apart():
    a = art("a", "uk", "Міська голова Орлина ветувала рішення ради про нові тарифи.")
    b = art("b", "en", "The mayor of Orlin vetoed the council's decision; the council had approved it in May.")
    c = art("c", "ru", "Городской голова Орлина подписала решение совета о новых тарифах.")
    d = art("d", "pl", "Burmistrz Orlina zawetowała uchwałę rady o nowych taryfach.")
    out = event_conflicts([a, b, c, d])
    agreement = of_slot(out, "outcome", "agreement")
    assert len(agreement) == 1
    assert sides(agreement[0]) == [("vetoed", ["a", "b", "d"]), ("signed", ["c"])]
    assert of_slot(out, "outcome", "decision") == []


# ---------------------------------------------------------------- held, appeal
def test_held_with_an_adverb_inside_the_verb_conflicts_with_called_off():
    a = art("a", "fr", "La grève des contrôleurs a finalement eu lieu jeudi à Brest.")
    b = art("b", "it", "È stato revocato lo sciopero dei controllori previsto per giovedì a Brest.")
    out = of_slot(event_conflicts([a, b]), "outcome", "held")
    assert len(out) == 1 and {s.value for s in out[0].sides} == {"held", "called_off"}


def test_a_polish_appeal_is_not_a_calling_off():
    a = art("a", "pl", "Obrońca zapowiedział odwołanie od wyroku sądu okręgowego.")
    b = art("b", "pl", "Obrońca odwołał się od decyzji sądu.")
    assert outcome_keys(a) == [] and outcome_keys(b) == []


# ---------------------------------------------------------------- winners
def test_a_winner_after_the_verb_in_a_german_clause():
    a = art("a", "de", "Auf dem Parteitag in Kassel setzte sich am Samstag Lena Vogt gegen Tim Ahrens durch.",
            [("Lena Vogt", "PER"), ("Tim Ahrens", "PER")])
    b = art("b", "de", "Am Sonntag gewann Tim Ahrens die Wahl zum Vorsitz.", [("Tim Ahrens", "PER")])
    out = of_slot(event_conflicts([a, b]), "outcome", "winner")
    assert len(out) == 1 and {s.value for s in out[0].sides} == {"Lena Vogt", "Tim Ahrens"}


def test_the_object_of_an_english_verb_of_winning_is_not_the_winner():
    a = art("a", "en", "After a slow start the visitors came back to beat Norrhaven 2-1.", [("Norrhaven", "ORG")])
    b = art("b", "en", "Norrhaven lost 2-1 at home.", [("Norrhaven", "ORG")])
    assert of_slot(event_conflicts([a, b]), "outcome", "winner") == []


# ---------------------------------------------------------------- deputies
def test_a_glued_deputy_prefix_in_slavic_languages():
    a = art("a", "uk", "Нагороду вручив віцепрезидент федерації Ілля Дорош.", [("Ілля Дорош", "PER")])
    b = art("b", "ru", "Награду вручил президент федерации Илья Дорош.", [("Илья Дорош", "PER")])
    out = of_slot(event_conflicts([a, b]), "who_as_what")
    assert len(out) == 1 and {s.value for s in out[0].sides} == {"vice-chair", "chair"}


@pytest.mark.parametrize("name,texts,deputy,office", [
    ("Petra Kron", [("de", "Die Vizebürgermeisterin Petra Kron eröffnete die Brücke."),
                    ("en", "Deputy mayor Petra Kron opened the bridge."),
                    ("fr", "La maire Petra Kron a inauguré le pont.")], "deputy-mayor", "mayor"),
    ("Anne Morel", [("fr", "La secrétaire générale adjointe Anne Morel a ouvert le congrès."),
                    ("es", "La secretaria general adjunta, Anne Morel, abrió el congreso."),
                    ("en", "General secretary Anne Morel opened the congress.")], "deputy-secretary", "secretary"),
])
def test_a_glued_deputy_prefix_or_a_deputy_word_after_the_title_is_the_deputy_office(name, texts, deputy, office):
    arts = [art(k, lang, text, [(name, "PER")]) for k, (lang, text) in zip("abc", texts)]
    out = of_slot(event_conflicts(arts), "who_as_what")
    assert len(out) == 1
    assert sides(out[0]) == [(deputy, ["a", "b"]), (office, ["c"])]


# ---------------------------------------------------------------- holders
def test_a_name_after_a_date_or_a_new_predicate_does_not_hold_the_title():
    a = art("a", "en", "She had been deputy general secretary since 2029 and replaces Tom Eske.",
            [("Tom Eske", "PER")])
    b = art("b", "pl", "Była rzeczniczka związku, zastąpi Tomasza Eske.", [("Tomasza Eske", "PER")])
    for x in (a, b):
        assert [f for f in article_facts(x, extract_claims([x])) if f.slot == "who_as_what"] == []


# ---------------------------------------------------------------- sentences
def test_a_sentence_after_a_verb_of_convicting_and_not_a_term_asked_for():
    a = art("a", "en", "Ivo Marsh was jailed for six years on Wednesday.")
    b = art("b", "it", "Il tribunale lo ha condannato a sei anni per corruzione.")
    c = art("c", "de", "Die Staatsanwaltschaft hatte neun Jahre Haft gefordert.")
    d = art("d", "uk", "Прокурори просили для нього дев'ять років ув'язнення.")
    e = art("e", "en", "The court sentenced him to six years in prison, less than the nine years prosecutors sought.")
    for x in (a, b, e):
        assert ("sentence", "6y") in outcome_keys(x), x.text
    for x in (c, d):
        assert [k for k in outcome_keys(x) if k[0] == "sentence"] == [], x.text


def test_six_years_against_eight_years_conflicts():
    a = art("a", "en", "Ivo Marsh was jailed for six years on Wednesday.")
    b = art("b", "fr", "Le tribunal a condamné mercredi Ivo Marsh à six ans de prison.")
    c = art("c", "es", "El tribunal condenó el miércoles a Ivo Marsh a ocho años de cárcel.")
    out = of_slot(event_conflicts([a, b, c]), "outcome", "sentence")
    assert len(out) == 1 and sides(out[0]) == [("6y", ["a", "b"]), ("8y", ["c"])]
