"""Session 23 linking classes (issue 12), on invented text: organisation short forms checked by
the article's context after cross-document merging (a run of words of a long form that the
article's cluster holds), and the guards that keep a frequent
short name and two names written together apart."""
from __future__ import annotations

from newsweave.link.entities import EntityResolver
from test_resolution import doc, ent


def _pl(aid: str, text: str, names) -> object:
    return doc(aid, "pl", text, names)


def test_a_run_of_words_of_the_long_form_joins_the_cluster_its_article_names():
    # (the acronym is defined in two articles, so it joins its long form everywhere)
    arts = [
        _pl("a1", "Zachodniopomorski Uniwersytet Technologiczny (ZUT) otworzył laboratorium.",
            [("Zachodniopomorski Uniwersytet Technologiczny", "ORG"), ("ZUT", "ORG")]),
        _pl("a0", "Zachodniopomorskiego Uniwersytetu Technologicznego (ZUT) rektor mówi.",
            [("Zachodniopomorskiego Uniwersytetu Technologicznego", "ORG"), ("ZUT", "ORG")]),
        _pl("a2", "ZUT podał, że Uniwersytet Technologiczny przyjął studentów.",
            [("ZUT", "ORG"), ("Uniwersytet Technologiczny", "ORG")]),
        _pl("a3", "Władze ZUT dodały, że Uniwersytetem Technologicznym kieruje rektor.",
            [("ZUT", "ORG"), ("Uniwersytetem Technologicznym", "ORG")]),
    ]
    EntityResolver().resolve(arts)
    full = ent(arts[0], "Zachodniopomorski Uniwersytet Technologiczny")
    assert ent(arts[2], "Uniwersytet Technologiczny") == full
    assert ent(arts[3], "Uniwersytetem Technologicznym") == full


def test_a_short_form_offered_by_two_clusters_of_its_article_stays_apart():
    arts = [
        _pl("a1", "Zachodniopomorski Uniwersytet Technologiczny (ZUT) otworzył laboratorium.",
            [("Zachodniopomorski Uniwersytet Technologiczny", "ORG"), ("ZUT", "ORG")]),
        _pl("a2", "Świętokrzyski Uniwersytet Technologiczny (ŚUT) też.",
            [("Świętokrzyski Uniwersytet Technologiczny", "ORG"), ("ŚUT", "ORG")]),
        _pl("a3", "ZUT i ŚUT: Uniwersytet Technologiczny przyjął studentów.",
            [("ZUT", "ORG"), ("ŚUT", "ORG"), ("Uniwersytet Technologiczny", "ORG")]),
    ]
    EntityResolver().resolve(arts)
    short = ent(arts[2], "Uniwersytet Technologiczny")
    assert short != ent(arts[0], "Zachodniopomorski Uniwersytet Technologiczny")
    assert short != ent(arts[1], "Świętokrzyski Uniwersytet Technologiczny")


def test_a_frequent_short_name_beside_its_subsidiary_stays_apart():
    arts = [_pl(f"b{i}", "Linie Aerovia podały dane. Aerovia rośnie.", [("Aerovia", "ORG"), ("Aerovia", "ORG")])
            for i in range(4)]
    arts.append(_pl("c", "Aerovia Cargo przewozi paczki, a Aerovia pasażerów.",
                    [("Aerovia Cargo", "ORG"), ("Aerovia", "ORG")]))
    EntityResolver().resolve(arts)
    assert ent(arts[-1], "Aerovia Cargo") != ent(arts[-1], "Aerovia")
    assert ent(arts[-1], "Aerovia") == ent(arts[0], "Aerovia")


def test_a_run_of_several_words_beside_the_full_name_joins_it():
    arts = [
        _pl("a1", "Krajowa Agencja Rezerw Paliwowych (KARP) kupiła zapasy.",
            [("Krajowa Agencja Rezerw Paliwowych", "ORG"), ("KARP", "ORG")]),
        _pl("a2", "Krajowej Agencji Rezerw Paliwowych podlega magazyn, a Agencja Rezerw Paliwowych płaci.",
            [("Krajowej Agencji Rezerw Paliwowych", "ORG"), ("Agencja Rezerw Paliwowych", "ORG")]),
    ]
    EntityResolver().resolve(arts)
    assert ent(arts[1], "Agencja Rezerw Paliwowych") == ent(arts[0], "KARP")


def test_company_names_with_and_without_designators_are_one_company():
    arts = [doc("d1", "cs", "Firma Norvax Biotech vyvinula lék.", [("Norvax Biotech", "ORG")]),
            doc("d2", "cs", "Norvax oznámil výsledky.", [("Norvax", "ORG")]),
            doc("d3", "pl", "Norvax Biotech Inc. podał dane.", [("Norvax Biotech Inc", "ORG")]),
            doc("d4", "sl", "Podjetje Kestrel Holdings Plc je kupilo delnice.", [("Kestrel Holdings Plc", "ORG")]),
            doc("d5", "sl", "Kestrel Holding je objavil poročilo.", [("Kestrel Holding", "ORG")])]
    EntityResolver().resolve(arts)
    assert ent(arts[0], "Norvax Biotech") == ent(arts[1], "Norvax") == ent(arts[2], "Norvax Biotech Inc")
    assert ent(arts[3], "Kestrel Holdings Plc") == ent(arts[4], "Kestrel Holding")
    assert ent(arts[0], "Norvax Biotech") != ent(arts[3], "Kestrel Holdings Plc")


def test_a_legal_form_is_no_head_word_of_the_company():
    # "Plc" keyed like a short word ("Polak"): the lone word must not join the company
    arts = [doc(f"k{i}", "pl", "Linia Kestrel rośnie. Kestrel lata.", [("Kestrel", "ORG"), ("Kestrel", "ORG")])
            for i in range(4)]
    arts += [doc("h1", "pl", "Kestrel Holdings Plc podał wyniki.", [("Kestrel Holdings Plc", "ORG")]),
             doc("h2", "pl", "Spółka Kestrel Holdings Plc zyskała.", [("Kestrel Holdings Plc", "ORG")]),
             doc("p1", "pl", "Zespół Polak wygrał turniej.", [("Polak", "ORG")]),
             doc("p2", "pl", "Zespół Polak zagra jutro.", [("Polak", "ORG")])]
    EntityResolver().resolve(arts)
    assert ent(arts[4], "Kestrel Holdings Plc") == ent(arts[0], "Kestrel")
    assert ent(arts[6], "Polak") != ent(arts[0], "Kestrel")


def test_a_company_name_without_designator_is_kept_apart_from_another_word_after_it():
    arts = [doc(f"b{i}", "cs", "Aerovia létá. Aerovia roste.", [("Aerovia", "ORG"), ("Aerovia", "ORG")])
            for i in range(3)]
    arts.append(doc("c", "cs", "Aerovia Cargo vozí balíky.", [("Aerovia Cargo", "ORG")]))
    EntityResolver().resolve(arts)
    assert ent(arts[-1], "Aerovia Cargo") != ent(arts[0], "Aerovia")


def test_a_bare_acronym_beside_the_acronym_with_a_city_is_that_citys_body():
    arts = [doc("u1", "pl", "UBK Kraków podał dane. UBK ma dość łóżek.",
                [("UBK Kraków", "ORG"), ("UBK", "ORG")]),
            doc("u2", "pl", "UBK Gdańsk podał dane. UBK nie ma dość łóżek.",
                [("UBK Gdańsk", "ORG"), ("UBK", "ORG")])]
    EntityResolver().resolve(arts)
    assert ent(arts[0], "UBK") == ent(arts[0], "UBK Kraków")
    assert ent(arts[1], "UBK") == ent(arts[1], "UBK Gdańsk")
    assert ent(arts[0], "UBK") != ent(arts[1], "UBK")
