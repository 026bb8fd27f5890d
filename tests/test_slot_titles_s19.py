"""Classes of titles on invented text (session 19): a party's lawyer against another title in the
organisation it serves (a profession, held beside any other office); a company's technology or
operations officer against its chief executive; a vague head's deputy against the head ("deputy
head of the customs post" / "head of the post"), in the Slavic genitive after a verb ("засудив
заступника начальника поста «...» Петра ..."), whose complement may close with a quoted name."""
from __future__ import annotations

import pytest

from newsweave.compare.claims import extract_claims
from newsweave.compare.slots import event_conflicts
from newsweave.compare.slots.extract import article_facts
from slottest_articles import art


def titles(lang: str, text: str, name: str) -> list[str]:
    """The who-as-what keys the article gives ``name``'s holder."""
    a = art("x", lang, text, [(name, "PER")])
    return [f.key for f in article_facts(a, extract_claims([a])) if f.slot == "who_as_what"]


def title_conflicts(arts) -> list:
    return [c for c in event_conflicts(arts) if c.slot == "who_as_what"]


# ---------------------------------------------------------------- a party's lawyer
LAWYER = [
    ("fr", "« C'est une victoire », a déclaré Me Paul Girard, avocat de l'association Terre libre.", "Paul Girard"),
    ("en", "Paul Girard, the lawyer for the Terre libre association, welcomed the ruling.", "Paul Girard"),
    ("en", "\"We will appeal,\" said attorney Paul Girard.", "Paul Girard"),
    ("de", "Der Anwalt des Vereins Terre libre, Paul Girard, begrüßte das Urteil.", "Paul Girard"),
    ("de", "Rechtsanwältin Paula Girard kündigte Berufung an.", "Paula Girard"),
    ("it", "L'avvocato dell'associazione Terre libre, Paul Girard, ha accolto la sentenza.", "Paul Girard"),
    ("es", "El abogado de la asociación Terre libre, Paul Girard, celebró el fallo.", "Paul Girard"),
    ("pl", "Adwokat stowarzyszenia Terre libre Paul Girard przyjął wyrok z zadowoleniem.", "Paul Girard"),
    ("ru", "Адвокат ассоциации «Терр либр» Поль Жирар приветствовал решение.", "Поль Жирар"),
    ("uk", "Адвокатка асоціації «Терр лібр» Поліна Жирар заявила, що оскаржить вирок.", "Поліна Жирар"),
]


@pytest.mark.parametrize("lang,text,name", LAWYER)
def test_a_lawyer_is_a_title(lang, text, name):
    assert "lawyer" in titles(lang, text, name)


def test_a_lawyer_against_the_president_of_the_same_association_conflicts():
    a = art("a", "fr", "« C'est une victoire », a déclaré Me Paul Girard, avocat de l'association Terre libre.",
            [("Paul Girard", "PER")])
    b = art("b", "es", "El abogado de la asociación Terre libre, Paul Girard, celebró el fallo.", [("Paul Girard", "PER")])
    c = art("c", "it", "Il presidente dell'associazione Terre libre, Paul Girard, ha accolto la sentenza.",
            [("Paul Girard", "PER")])
    out = title_conflicts([a, b, c])
    assert len(out) == 1 and {s.value for s in out[0].sides} == {"lawyer", "chair"}


@pytest.mark.parametrize("other", [
    ("en", "Former minister Paul Girard, now a lawyer, welcomed the ruling."),
    ("it", "L'ex sindaco di Tarvisio Paul Girard ha accolto la sentenza."),
    ("de", "Der Sprecher des Vereins, Paul Girard, begrüßte das Urteil."),
    ("es", "El diputado Paul Girard celebró el fallo."),
])
def test_a_lawyer_beside_an_office_elsewhere_or_a_spokesman_is_compatible(other):
    a = art("a", "fr", "« C'est une victoire », a déclaré Me Paul Girard, avocat de l'association Terre libre.",
            [("Paul Girard", "PER")])
    b = art("b", "de", "Der Anwalt des Vereins Terre libre, Paul Girard, begrüßte das Urteil.", [("Paul Girard", "PER")])
    c = art("c", other[0], other[1], [("Paul Girard", "PER")])
    assert title_conflicts([a, b, c]) == []


# ---------------------------------------------------------------- a company's other officers
OFFICERS = [
    ("de", "„Wir haben viel gelernt“, sagte Technikchefin Marta Lind.", "cto"),
    ("de", "Der technische Direktor Mart Lind sprach von einem Erfolg.", "cto"),
    ("en", "\"We learned a lot,\" said chief technology officer Marta Lind.", "cto"),
    ("fr", "« Nous avons beaucoup appris », a dit la directrice technique Marta Lind.", "cto"),
    ("it", "Il direttore tecnico Mart Lind ha parlato di un successo.", "cto"),
    ("ru", "Технический директор компании Марта Линд назвала запуск успешным.", "cto"),
    ("pl", "Dyrektor techniczna Marta Lind mówiła o sukcesie.", "cto"),
    ("en", "Chief operating officer Marta Lind spoke of a success.", "coo"),
    ("es", "La directora de operaciones, Marta Lind, habló de un éxito.", "coo"),
]


@pytest.mark.parametrize("lang,text,role", OFFICERS)
def test_a_technology_or_operations_officer_is_its_own_office(lang, text, role):
    name = next(n for n in ("Marta Lind", "Mart Lind", "Марта Линд") if n in text)
    assert role in titles(lang, text, name)


def test_a_technology_officer_against_the_chief_executive_conflicts():
    a = art("a", "en", "\"We learned a lot,\" said chief executive Marta Lind.", [("Marta Lind", "PER")])
    b = art("b", "fr", "« Nous avons beaucoup appris », a dit la PDG Marta Lind.", [("Marta Lind", "PER")])
    c = art("c", "de", "„Wir haben viel gelernt“, sagte Technikchefin Marta Lind.", [("Marta Lind", "PER")])
    out = title_conflicts([a, b, c])
    assert len(out) == 1 and [s.articles for s in out[0].sides] == [["a", "b"], ["c"]]


def test_a_technology_officer_called_director_elsewhere_is_compatible():
    a = art("a", "fr", "« Nous avons beaucoup appris », a dit la directrice technique Marta Lind.",
            [("Marta Lind", "PER")])
    b = art("b", "en", "\"We learned a lot,\" said the director, Marta Lind.", [("Marta Lind", "PER")])
    assert title_conflicts([a, b]) == []


# ---------------------------------------------------------------- a vague head and its deputy
HEADS = [
    ("uk", "Суд засудив заступника начальника митного поста «Львів-порт» Петра Гнатенка до шести років.",
     "Петра Гнатенка", "deputy-head"),
    ("ru", "Суд приговорил заместителя начальника таможенного поста «Львов-порт» Петра Гнатенко к шести годам.",
     "Петра Гнатенко", "deputy-head"),
    ("pl", "Sąd skazał Piotra Hnatenkę, zastępcę kierownika posterunku celnego Lwów-Port, na sześć lat.",
     "Piotra Hnatenkę", "deputy-head"),
    ("en", "A court sentenced Petro Hnatenko, deputy head of the Lviv-Port customs post, to six years.",
     "Petro Hnatenko", "deputy-head"),
    ("en", "A court sentenced Petro Hnatenko, head of the Lviv-Port customs post, to six years.",
     "Petro Hnatenko", "head"),
    ("ru", "Суд приговорил начальника таможенного поста Петра Гнатенко к шести годам.", "Петра Гнатенко", "head"),
    ("pl", "Kierownik posterunku celnego Piotr Hnatenko został skazany na sześć lat.", "Piotr Hnatenko", "head"),
]


@pytest.mark.parametrize("lang,text,name,role", HEADS)
def test_a_head_and_its_deputy_are_read(lang, text, name, role):
    assert role in titles(lang, text, name)


def test_a_deputy_head_against_the_head_conflicts():
    a = art("a", "uk", "Суд засудив заступника начальника митного поста «Львів-порт» Петра Гнатенка до шести років.",
            [("Петра Гнатенка", "PER")])
    b = art("b", "ru", "Суд приговорил заместителя начальника таможенного поста «Львов-порт» Петра Гнатенко к шести годам.",
            [("Петра Гнатенко", "PER")])
    c = art("c", "en", "A court sentenced Petro Hnatenko, head of the Lviv-Port customs post, to six years.",
            [("Petro Hnatenko", "PER")])
    out = title_conflicts([a, b, c])
    assert len(out) == 1 and [sorted(s.articles) for s in out[0].sides] == [["a", "b"], ["c"]]


def test_a_deputy_head_and_a_head_of_another_body_are_compatible():
    a = art("a", "en", "Petro Hnatenko, deputy head of the customs service, spoke on Monday.", [("Petro Hnatenko", "PER")])
    b = art("b", "en", "Petro Hnatenko, head of the Lviv-Port customs post, spoke on Monday.", [("Petro Hnatenko", "PER")])
    c = art("c", "en", "Petro Hnatenko, deputy head of the customs service, spoke on Monday.", [("Petro Hnatenko", "PER")])
    assert title_conflicts([a, b, c]) == []


def test_one_article_giving_both_offices_is_no_conflict():
    a = art("a", "en", "Petro Hnatenko, head of the post and deputy head of the regional service, spoke.",
            [("Petro Hnatenko", "PER")])
    b = art("b", "en", "Petro Hnatenko, head of the Lviv-Port customs post, spoke on Monday.", [("Petro Hnatenko", "PER")])
    assert title_conflicts([a, b]) == []
