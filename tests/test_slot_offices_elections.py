"""Classes of titles, outcomes and days on invented text (session 12): academic offices, a
"general" written after the title, Slavic case and gender forms of "former" and "deputy", a
former deputy office against the full one, verbs of prevailing and of electing (by voice), a
German perfect's subject, and a later day told with the majority's result."""
from __future__ import annotations

from newsweave.compare.slots import event_conflicts
from newsweave.model import Article, DateInfo, Mention, Timex
from slottest_articles import art


def of_slot(conflicts, slot: str, subject: str | None = None) -> list:
    return [c for c in conflicts if c.slot == slot and (subject is None or c.subject == subject)]


def sides(conflict) -> list[tuple[str, list[str]]]:
    return [(s.value, s.articles) for s in conflict.sides]


def roles(a) -> list[tuple[str, str, bool]]:
    from newsweave.compare.claims import extract_claims
    return [(r.person_text, r.role, r.former) for c in extract_claims([a]) for r in c.roles]


def winners(a) -> list[str]:
    from newsweave.compare.claims import extract_claims
    from newsweave.compare.slots.extract import article_facts
    return [f.key for f in article_facts(a, extract_claims([a])) if f.slot == "outcome" and f.subject == "winner"]


# ---------------------------------------------------------------- titles
def test_academic_offices_are_titles_and_a_prorector_is_the_rectors_deputy():
    a = art("a", "pl", "Prorektor Anna Lis otworzyła konferencję.", [("Anna Lis", "PER")])
    b = art("b", "uk", "Декан Тарас Мороз привітав студентів.", [("Тарас Мороз", "PER")])
    c = art("c", "en", "Vice-rector Anna Lis opened the conference.", [("Anna Lis", "PER")])
    assert roles(a) == [("Anna Lis", "deputy-rector", False)]
    assert roles(b) == [("Тарас Мороз", "dean", False)]
    d = art("d", "de", "Dekanin Anna Lis eröffnete die Konferenz.", [("Anna Lis", "PER")])
    out = of_slot(event_conflicts([a, c, d]), "who_as_what")
    assert len(out) == 1 and sides(out[0])[1] == ("dean", ["d"])


def test_a_general_written_after_the_title_stays_in_the_title():
    a = art("a", "fr", "La secrétaire générale du syndicat, Lea Mont, a annoncé la grève.", [("Lea Mont", "PER")])
    b = art("b", "en", "The union's general secretary, Lea Mont, announced the strike.", [("Lea Mont", "PER")])
    c = art("c", "it", "La presidente del sindacato, Lea Mont, ha annunciato lo sciopero.", [("Lea Mont", "PER")])
    assert [r[1] for r in roles(a)] == ["secretary"] and [r[1] for r in roles(b)] == ["secretary"]
    out = of_slot(event_conflicts([a, b, c]), "who_as_what")
    assert len(out) == 1 and sides(out[0]) == [("secretary", ["a", "b"]), ("chair", ["c"])]


def test_polish_former_in_every_case_and_a_foreign_citys_mer():
    a = art("a", "pl", "Sąd skazał Olgę Wiśniak, byłą mer miasta, na trzy lata.", [("Olgę Wiśniak", "PER")])
    b = art("b", "pl", "Rozmawiał z byłym burmistrzem Janem Kotem.", [("Janem Kotem", "PER")])
    assert roles(a) == [("Olgę Wiśniak", "mayor", True)]
    assert roles(b) == [("Janem Kotem", "mayor", True)]


def test_feminine_deputy_words_and_a_russian_city_head():
    a = art("a", "uk", "Суд виправдав колишню заступницю міського голови Олену Гай.", [("Олену Гай", "PER")])
    b = art("b", "ru", "Суд оправдал бывшую заместительницу городского головы Елену Гай.", [("Елену Гай", "PER")])
    c = art("c", "pl", "Sąd uniewinnił Olenę Haj, byłą mer miasta.", [("Olenę Haj", "PER")])
    out = of_slot(event_conflicts([a, b, c]), "who_as_what")
    assert len(out) == 1
    assert [v for v, _ in sides(out[0])] == ["former deputy-mayor", "former mayor"]


def test_a_former_deputy_and_a_former_full_office_given_together_are_no_conflict():
    a = art("a", "en", "Former deputy mayor Ida Kerr spoke first. Later, former mayor Ida Kerr cut the ribbon.",
            [("Ida Kerr", "PER")])
    b = art("b", "en", "Former mayor Ida Kerr spoke at the opening.", [("Ida Kerr", "PER")])
    assert of_slot(event_conflicts([a, b]), "who_as_what") == []


# ---------------------------------------------------------------- winners
def test_a_verb_of_prevailing_reads_the_score():
    a = art("a", "de", "Im Finale setzte sich das Team mit 7:5 gegen Aalborg durch.")
    b = art("b", "en", "The team beat Aalborg 7-4 in the final.")
    out = of_slot(event_conflicts([a, b]), "outcome", "score")
    assert len(out) == 1 and {v for v, _ in sides(out[0])} == {"7-5", "7-4"}


def test_a_german_perfect_names_its_subject_before_the_auxiliary():
    a = art("a", "de", "Hafen Kiel hat am Sonntag nach großem Kampf den Landespokal gewonnen.", [("Hafen Kiel", "ORG")])
    assert winners(a) == ["Hafen Kiel"]


def test_a_noun_of_winning_is_no_verb():
    a = art("a", "pl", "Rektor Jan Gil pogratulował zwyciężczyni wyborów.", [("Jan Gil", "PER")])
    assert winners(a) == []


def test_electing_names_the_subject_of_a_passive_and_the_object_of_an_active():
    a = art("a", "en", "Mira Holt, a chemist and former dean, was elected rector on Wednesday.", [("Mira Holt", "PER")])
    b = art("b", "uk", "Колегія у середу обрала ректоркою професорку Міру Гольт.", [("Міру Гольт", "PER")])
    c = art("c", "it", "Il senato ha eletto rettore il giurista Paul Brix.", [("Paul Brix", "PER")])
    assert winners(a) == ["Mira Holt"] and winners(b) == ["Міру Гольт"] and winners(c) == ["Paul Brix"]
    out = of_slot(event_conflicts([a, b, c]), "outcome", "winner")
    assert len(out) == 1 and sides(out[0])[1] == ("Paul Brix", ["c"])


def test_an_election_outside_the_lead_names_no_winner():
    lead = "The council met on Monday. It debated the budget. It heard the auditors. It adjourned. "
    a = art("a", "en", lead + "Mayor Ivo Lind, elected in 2027, spoke last.", [("Ivo Lind", "PER")])
    assert winners(a) == []


# ---------------------------------------------------------------- days
def _dated(ident: str, lang: str, text: str, published: str, surface: str, value: str, ents=()) -> Article:
    a = Article(id=ident, text=text, lang=lang, source=f"Outlet {ident}", date=DateInfo(published))
    i = text.index(surface)
    a.timexes.append(Timex(i, i + len(surface), surface, "DATE", value))
    for name, typ in ents:
        j = text.index(name)
        a.entities.append(Mention(j, j + len(name), name, typ, name=name))
    return a


def test_a_later_day_told_with_the_majoritys_result_is_a_contradiction_not_a_follow_up():
    win = [("Hafen Kiel", "ORG")]
    a = _dated("a", "en", "Hafen Kiel won the cup on Saturday.", "2031-05-11", "Saturday", "2031-05-10", win)
    b = _dated("b", "it", "Hafen Kiel ha vinto sabato la coppa.", "2031-05-11", "sabato", "2031-05-10", win)
    c = _dated("c", "de", "Hafen Kiel gewann am Sonntag den Pokal.", "2031-05-12", "Sonntag", "2031-05-11", win)
    out = of_slot(event_conflicts([a, b, c]), "when")
    assert len(out) == 1 and out[0].tier == "confident"
    d = _dated("d", "de", "Der Verband lobte am Sonntag die Organisation.", "2031-05-12", "Sonntag", "2031-05-11")
    out = of_slot(event_conflicts([a, b, d]), "when")
    assert len(out) == 1 and out[0].tier != "confident"  # a later statement: a follow-up


def test_polish_was_after_its_predicate_is_no_former_word():
    a = art("a", "pl", "Gospodynią spotkania była minister transportu Ewa Róg.", [("Ewa Róg", "PER")])
    b = art("b", "pl", "Była minister transportu Ewa Róg otworzyła wystawę.", [("Ewa Róg", "PER")])
    assert roles(a) == [("Ewa Róg", "minister", False)]
    assert roles(b) == [("Ewa Róg", "minister", True)]  # no predicate before it: the adjective


def test_a_hyphenated_minister_president_is_one_title():
    a = art("a", "fr", "Le ministre-président Udo Karst a signé.", [("Udo Karst", "PER")])
    assert roles(a) == [("Udo Karst", "prime-minister", False)]


def test_an_apposition_with_a_possessive_gives_the_title():
    a = art("a", "en", "The deal was signed by Vera Holm, the state's finance minister, on Monday.", [("Vera Holm", "PER")])
    assert [r[:2] for r in roles(a)] == [("Vera Holm", "minister")]


def test_a_place_and_a_name_glued_into_another_mention_after_a_link_give_the_holder():
    a = art("a", "es", "La exalcaldesa de Vilora Ana Pons anunció el cierre.", [("Vilora Ana Pons", "MISC")])
    assert roles(a) == [("Ana Pons", "mayor", True)]
    b = art("b", "es", "La alcaldesa habló con Vilora Ana Pons.", [("Vilora Ana Pons", "MISC")])
    assert roles(b) == []
