"""Classes of titles and outcomes on invented text: a vote or a signing postponed against one
held, a draw against a win, a winner named in quotes, an office told as past without "former"
("who was", "until 2019"), a party office beside a public one, organisations named by keys of
two kinds, a city's mayor by another language's word, regional ministers' titles."""
from __future__ import annotations

from newsweave.compare.slots import event_conflicts
from slottest_articles import art


def of_slot(conflicts, slot: str, subject: str | None = None) -> list:
    return [c for c in conflicts if c.slot == slot and (subject is None or c.subject == subject)]


def sides(conflict) -> list[tuple[str, list[str]]]:
    return [(s.value, s.articles) for s in conflict.sides]


# ---------------------------------------------------------------- outcomes
def test_a_vote_postponed_against_a_vote_held_conflicts():
    a = art("a", "en", "The regional assembly approved the water charter by 40 votes to 12 on Monday.")
    b = art("b", "it", "L'assemblea regionale ha approvato lunedì la carta dell'acqua con 40 voti.")
    c = art("c", "es", "La asamblea regional aplazó el lunes la votación de la carta del agua.")
    out = of_slot(event_conflicts([a, b, c]), "outcome", "decision")
    assert len(out) == 1
    assert sides(out[0]) == [("approved", ["a", "b"]), ("postponed", ["c"])]


def test_a_vote_postponed_earlier_then_held_is_an_update():
    a = art("a", "fr", "Le vote, reporté en mars faute de quorum, a eu lieu lundi : l'assemblée a adopté la charte.")
    b = art("b", "en", "The regional assembly approved the water charter by 40 votes to 12 on Monday.")
    assert of_slot(event_conflicts([a, b]), "outcome", "decision") == []


def test_a_signing_postponed_against_a_signing_done_conflicts():
    a = art("a", "de", "Die beiden Städte haben am Dienstag den Partnerschaftsvertrag unterzeichnet.")
    b = art("b", "en", "The two cities signed the partnership treaty on Tuesday.")
    c = art("c", "ru", "Подписание договора о партнёрстве двух городов, намеченное на вторник, отложено.")
    out = of_slot(event_conflicts([a, b, c]), "outcome", "agreement")
    assert len(out) == 1
    assert sides(out[0]) == [("signed", ["a", "b"]), ("postponed", ["c"])]


def test_a_happening_postponed_is_not_compared_with_a_decision():
    a = art("a", "en", "The water summit in Lorvik was postponed to June because of the floods.")
    b = art("b", "en", "The regional assembly approved the water charter on Monday.")
    out = event_conflicts([a, b])
    assert of_slot(out, "outcome", "decision") == [] and of_slot(out, "outcome", "held") == []


def test_a_draw_against_a_win_is_a_score_conflict():
    a = art("a", "en", "Harlow Town and Brenford drew 1-1 at Vale Park on Saturday.")
    b = art("b", "uk", "«Гарлоу Таун» і «Бренфорд» зіграли внічию 1:1 у суботу.")
    c = art("c", "de", "Brenford hat am Samstag in Harlow mit 2:1 gewonnen.")
    out = of_slot(event_conflicts([a, b, c]), "outcome", "score")
    assert len(out) == 1
    assert sides(out[0]) == [("1-1", ["a", "b"]), ("2-1", ["c"])]


def test_a_winner_in_quotes_without_an_entity_is_read():
    a = art("a", "ru", "«Ротор» в субботу обыграл «Факел» со счётом 2:0 в финале кубка.")
    b = art("b", "uk", "«Факел» переміг «Ротор» з рахунком 2:0 у фіналі кубка.")
    out = of_slot(event_conflicts([a, b]), "outcome", "winner")
    assert len(out) == 1
    assert {s.value for s in out[0].sides} == {"Ротор", "Факел"}


def test_the_loser_in_quotes_before_a_passive_is_not_the_winner():
    a = art("a", "ru", "«Ротор» был обыгран в финале кубка со счётом 0:2.")
    b = art("b", "uk", "«Факел» переміг у фіналі кубка з рахунком 2:0.")
    assert of_slot(event_conflicts([a, b]), "outcome", "winner") == []


# ---------------------------------------------------------------- titles told as past
def test_who_was_mayor_until_a_past_year_is_a_former_office():
    a = art("a", "en", "Ada Quell, who was mayor of Tarnwick until 2019, voted against the plan.",
            [("Ada Quell", "PER")])
    b = art("b", "fr", "L'ancienne maire de Tarnwick Ada Quell a voté contre le projet.", [("Ada Quell", "PER")])
    c = art("c", "it", "Contro ha votato la sindaca di Tarnwick Ada Quell.", [("Ada Quell", "PER")])
    out = of_slot(event_conflicts([a, b, c]), "who_as_what")
    assert len(out) == 1
    assert sides(out[0]) == [("former mayor", ["a", "b"]), ("mayor", ["c"])]


def test_a_term_ending_after_the_article_is_a_current_office():
    a = art("a", "en", "Mayor Ada Quell, in office until 2035, voted against the plan.", [("Ada Quell", "PER")])
    b = art("b", "it", "Contro ha votato la sindaca di Tarnwick Ada Quell.", [("Ada Quell", "PER")])
    assert of_slot(event_conflicts([a, b]), "who_as_what") == []


def test_a_relative_clause_in_the_past_makes_a_title_former():
    a = art("a", "fr", "Paul Verrin, qui était ministre de l'Agriculture, a présidé la séance.",
            [("Paul Verrin", "PER")])
    b = art("b", "en", "Agriculture minister Paul Verrin chaired the session.", [("Paul Verrin", "PER")])
    out = of_slot(event_conflicts([a, b]), "who_as_what")
    assert len(out) == 1
    assert {s.value for s in out[0].sides} == {"former minister (agriculture)", "minister (agriculture)"}


# ---------------------------------------------------------------- two true titles
def test_a_party_office_beside_a_public_office_is_no_conflict():
    a = art("a", "es", "El alcalde de Urbel, Tomás Arlo, votó a favor del plan.", [("Tomás Arlo", "PER")])
    b = art("b", "it", "Il portavoce del partito Tomás Arlo ha votato a favore.", [("Tomás Arlo", "PER")])
    assert of_slot(event_conflicts([a, b]), "who_as_what") == []


def test_two_offices_of_one_party_still_conflict():
    a = art("a", "it", "Il segretario del partito Tomás Arlo ha votato a favore.", [("Tomás Arlo", "PER")])
    b = art("b", "it", "Il portavoce del partito Tomás Arlo ha votato a favore.", [("Tomás Arlo", "PER")])
    assert len(of_slot(event_conflicts([a, b]), "who_as_what")) == 1


def test_an_entity_key_and_a_name_key_of_an_organisation_are_not_known_apart():
    # the place is a mention in one article and a bare name in the other: one mayoralty
    a = art("a", "fr", "L'ancien maire de Tarnwick Ada Quell a voté contre.", [("Ada Quell", "PER"), ("Tarnwick", "LOC")])
    next(m for m in a.entities if m.type == "LOC").entity = "E00ff12ab34"  # a corpus-wide entity id
    b = art("b", "it", "Contro ha votato la sindaca di Tarnwick Ada Quell.", [("Ada Quell", "PER")])
    out = of_slot(event_conflicts([a, b]), "who_as_what")
    assert len(out) == 1 and {s.value for s in out[0].sides} == {"former mayor", "mayor"}


def test_a_city_president_in_german_is_the_mayor():
    a = art("a", "de", "Stadtpräsident Jan Rowek eröffnete am Montag die Messe.", [("Jan Rowek", "PER")])
    b = art("b", "en", "The mayor of Torun, Jan Rowek, opened the fair on Monday.", [("Jan Rowek", "PER")])
    assert of_slot(event_conflicts([a, b]), "who_as_what") == []


def test_regional_ministers_titles_compare_by_portfolio():
    a = art("a", "es", "La consejera de Sanidad Marta Ilo presentó el plan el lunes.", [("Marta Ilo", "PER")])
    b = art("b", "it", "L'assessora alla Sanità Marta Ilo ha presentato il piano lunedì.", [("Marta Ilo", "PER")])
    c = art("c", "en", "Education minister Marta Ilo presented the plan on Monday.", [("Marta Ilo", "PER")])
    assert of_slot(event_conflicts([a, b]), "who_as_what") == []
    out = of_slot(event_conflicts([a, b, c]), "who_as_what")
    assert len(out) == 1
    assert sides(out[0]) == [("minister (health)", ["a", "b"]), ("minister (education)", ["c"])]


# ---------------------------------------------------------------- titles read from the text
def roles(a) -> list[tuple[str, str, bool]]:
    from newsweave.compare.claims import extract_claims
    return [(r.person_text, r.role, r.former) for c in extract_claims([a]) for r in c.roles]


def test_a_quoted_club_name_in_the_genitive_is_the_titles_organisation():
    a = art("a", "uk", "Головний тренер «Зорі» Остап Лисенко назвав результат справедливим.",
            [("Зорі", "LOC"), ("Остап Лисенко", "PER")])
    assert roles(a) == [("Остап Лисенко", "coach", False)]


def test_a_name_inside_the_quoted_organisation_holds_no_title():
    # the recogniser took the club's name in the genitive for a person
    a = art("a", "ru", "Главный тренер «Рубина» Остап Лысенко поблагодарил болельщиков.",
            [("Рубина", "PER"), ("Остап Лысенко", "PER")])
    assert roles(a) == [("Остап Лысенко", "coach", False)]


def test_an_apposition_with_an_indefinite_article_and_a_domain():
    a = art("a", "en", "They beat Ines Vale, a former regional health minister, in the vote.", [("Ines Vale", "PER")])
    assert roles(a) == [("Ines Vale", "minister", True)]


def test_a_german_compound_of_trainer_is_a_coach():
    a = art("a", "de", "Interimstrainer Tom Bauer lobte die Mannschaft nach dem Spiel.", [("Tom Bauer", "PER")])
    assert roles(a) == [("Tom Bauer", "coach", False)]


def outcome_keys(a) -> list[tuple[str, str]]:
    from newsweave.compare.claims import extract_claims
    from newsweave.compare.slots.extract import article_facts
    return [(f.subject, f.key) for f in article_facts(a, extract_claims([a])) if f.slot == "outcome"]


def test_polish_plural_and_ukrainian_masculine_past_forms_are_read():
    # Polish past plural in -li beside the singular in -ł; Ukrainian masculine past in -в beside -ла/-ли
    assert outcome_keys(art("a", "pl", "Burmistrzowie obu miast podpisali w poniedziałek umowę o współpracy.")) \
        == [("agreement", "signed")]
    assert outcome_keys(art("b", "pl", "Radni odrzucili we wtorek projekt uchwały o opłatach.")) == [("decision", "rejected")]
    assert outcome_keys(art("c", "uk", "Парламент у вівторок ухвалив закон про ремонт доріг.")) == [("decision", "approved")]
    assert outcome_keys(art("d", "uk", "Мер підписав у понеділок угоду про співпрацю.")) == [("agreement", "signed")]


def test_a_party_named_beside_another_portfolio_is_no_party_office():
    a = art("a", "en", "The Green party's finance minister Ola Berg presented the budget.", [("Ola Berg", "PER")])
    b = art("b", "en", "Energy minister Ola Berg presented the budget on Monday.", [("Ola Berg", "PER")])
    out = of_slot(event_conflicts([a, b]), "who_as_what")
    assert len(out) == 1 and {s.value for s in out[0].sides} == {"minister (finance)", "minister (energy)"}


def test_an_entity_and_a_bare_name_of_two_different_cities_are_apart():
    a = art("a", "fr", "L'ancien maire de Lorvik Ada Quell a voté contre.", [("Ada Quell", "PER"), ("Lorvik", "LOC")])
    next(m for m in a.entities if m.type == "LOC").entity = "E00ff12ab34"
    b = art("b", "it", "Contro ha votato la sindaca di Tarnwick Ada Quell.", [("Ada Quell", "PER")])
    assert of_slot(event_conflicts([a, b]), "who_as_what") == []  # a former mayoralty, another current one


def test_winning_a_trophy_names_the_winner_and_scoring_does_not():
    a = art("a", "pl", "Orzeł Tarnów zdobył w sobotę Puchar Polski, pokonując w finale Wisłę 2:1.",
            [("Orzeł Tarnów", "ORG"), ("Wisłę", "ORG")])
    b = art("b", "uk", "«Вісла» здобула в суботу Кубок Польщі, обігравши у фіналі «Орел» 2:1.")
    out = of_slot(event_conflicts([a, b]), "outcome", "winner")
    assert len(out) == 1 and {s.value for s in out[0].sides} == {"Orzeł Tarnów", "Вісла"}
    c = art("c", "pl", "Napastnik Jan Wilk zdobył w sobotę dwie bramki w wygranym meczu.", [("Jan Wilk", "PER")])
    assert ("winner", "Jan Wilk") not in outcome_keys(c)


def test_a_club_named_by_its_city_is_tied_to_its_name_through_a_third_article():
    # "Orzeł" / "Orzeł Tarnów" / the club "from Tarnów": one winner, in any order of the articles
    a = art("a", "uk", "Клуб «Орел» із Тарнова в суботу здобув Кубок Польщі, обігравши «Віслу» 2:1.",
            [("Тарнова", "ORG")])
    b = art("b", "pl", "Orzeł Tarnów zdobył w sobotę Puchar Polski, pokonując w finale Wisłę 2:1.",
            [("Orzeł Tarnów", "ORG"), ("Wisłę", "ORG")])
    c = art("c", "ru", "«Орел» в субботу выиграл Кубок Польши, обыграв «Вислу» со счётом 2:1.")
    for order in ([a, b, c], [c, a, b], [a, c, b]):
        assert of_slot(event_conflicts(order), "outcome", "winner") == []


def test_a_vote_named_as_a_time_is_not_what_was_called_off():
    a = art("a", "en", "After the vote the dockers' strike was called off on Monday.")
    b = art("b", "en", "The dockers approved the pay offer on Monday.")
    out = event_conflicts([a, b])
    assert of_slot(out, "outcome", "decision") == []
    assert outcome_keys(a) == [("held", "called_off")]


def test_set_scores_are_compared_as_one_list_not_with_the_match_score():
    a = art("a", "en", "Lena Hart won the final on Sunday, beating Mia Roos 6-4, 3-6, 7-5.",
            [("Lena Hart", "PER"), ("Mia Roos", "PER")])
    b = art("b", "it", "Lena Hart ha vinto domenica la finale contro Mia Roos 6-4 3-6 7-5.",
            [("Lena Hart", "PER"), ("Mia Roos", "PER")])
    c = art("c", "de", "Lena Hart gewann am Sonntag das Finale gegen Mia Roos mit 6:4, 3:6, 6:3.",
            [("Lena Hart", "PER"), ("Mia Roos", "PER")])
    out = of_slot(event_conflicts([a, b, c]), "outcome", "sets")
    assert len(out) == 1
    assert sides(out[0]) == [("6-4, 3-6, 7-5", ["a", "b"]), ("6-4, 3-6, 6-3", ["c"])]
    assert of_slot(event_conflicts([a, b, c]), "outcome", "score") == []  # no set taken for the score


def test_a_set_count_with_its_sets_against_the_sets_alone_is_no_conflict():
    a = art("a", "en", "Vale Volley won the final 3-1 (25-20, 23-25, 25-18, 25-22) on Sunday.")
    b = art("b", "pl", "Vale Volley wygrał w niedzielę finał 25:20, 23:25, 25:18, 25:22.")
    c = art("c", "en", "Vale Volley lost none of its nerve and won 20-25, 25-23, 18-25, 22-25 in the final, as the hosts put it.")
    out = event_conflicts([a, b, c])
    assert of_slot(out, "outcome", "score") == [] and of_slot(out, "outcome", "sets") == []


def test_feminine_forms_of_titles_are_read():
    assert roles(art("a", "es", "La presidenta del consejo, Lina Sorel, abrió la sesión.", [("Lina Sorel", "PER")])) \
        == [("Lina Sorel", "chair", False)]
    assert roles(art("b", "es", "La vicepresidenta de Finanzas, Lina Sorel, defendió el plan.", [("Lina Sorel", "PER")])) \
        == [("Lina Sorel", "vice-chair", False)]
    assert roles(art("c", "it", "L'allenatrice Vera Holm ha lodato la squadra.", [("Vera Holm", "PER")])) \
        == [("Vera Holm", "coach", False)]
    assert roles(art("d", "de", "Cheftrainerin Vera Holm lobte die Mannschaft.", [("Vera Holm", "PER")])) \
        == [("Vera Holm", "coach", False)]
