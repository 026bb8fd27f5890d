"""Session 24 linking classes (issue 12), on invented text: Cyrillic acronyms beside their long
form in the same article; common international bodies by their names and acronyms in several
languages and scripts (``ner_gazetteer.EXTRA_NAMES``)."""
from __future__ import annotations

from newsweave.link.entities import EntityResolver
from test_resolution import doc, ent


def test_a_cyrillic_acronym_joins_its_long_form_in_the_same_article():
    # (the acronym node is keyed in Latin letters: the long form's initials must be too)
    arts = [
        doc("r", "ru", "Балтийский совет по морской торговле заявил, что решение БСМТ окончательное.",
            [("Балтийский совет по морской торговле", "ORG"), ("БСМТ", "ORG")]),
        doc("u", "uk", "Балтійська рада з морської торгівлі заявила, що рішення БРМТ остаточне.",
            [("Балтійська рада з морської торгівлі", "ORG"), ("БРМТ", "ORG")]),
    ]
    EntityResolver().resolve(arts)
    assert ent(arts[0], "БСМТ") == ent(arts[0], "Балтийский совет по морской торговле")
    assert ent(arts[1], "БРМТ") == ent(arts[1], "Балтійська рада з морської торгівлі")


def test_a_cyrillic_acronym_of_other_initials_stays_apart():
    arts = [doc("r", "ru", "Балтийский совет по морской торговле и МВК провели встречу.",
                [("Балтийский совет по морской торговле", "ORG"), ("МВК", "ORG")])]
    EntityResolver().resolve(arts)
    assert ent(arts[0], "МВК") != ent(arts[0], "Балтийский совет по морской торговле")


def test_international_bodies_meet_across_languages_and_acronyms():
    # (names and acronyms of common international bodies, as ner_gazetteer.EXTRA_NAMES lists them)
    arts = [
        doc("e", "en", "Japan filed a complaint with the WTO; the Red Cross sent aid.",
            [("WTO", "ORG"), ("Red Cross", "ORG")]),
        doc("f", "fr", "Le Japon a saisi l'OMC ; la Croix-Rouge a envoyé de l'aide.",
            [("OMC", "ORG"), ("Croix-Rouge", "ORG")]),
        doc("u", "uk", "Японія звернулася до СОТ, а Червоний Хрест надіслав допомогу.",
            [("СОТ", "ORG"), ("Червоний Хрест", "ORG")]),
        doc("d", "de", "Japan rief die WTO an; das Rote Kreuz schickte Hilfe.",
            [("WTO", "ORG"), ("Rote Kreuz", "ORG")]),
        doc("r", "ru", "Решение ЕСПЧ обжаловано, сообщил Евросоюз.", [("ЕСПЧ", "ORG"), ("Евросоюз", "ORG")]),
        doc("p", "pl", "Wyrok ETPC zaskarżono, podała Unia Europejska.",
            [("ETPC", "ORG"), ("Unia Europejska", "ORG")]),
    ]
    EntityResolver().resolve(arts)
    assert len({ent(arts[0], "WTO"), ent(arts[1], "OMC"), ent(arts[2], "СОТ"), ent(arts[3], "WTO")}) == 1
    assert len({ent(arts[0], "Red Cross"), ent(arts[1], "Croix-Rouge"), ent(arts[2], "Червоний Хрест"),
                ent(arts[3], "Rote Kreuz")}) == 1
    assert ent(arts[4], "ЕСПЧ") == ent(arts[5], "ETPC") != ent(arts[5], "Unia Europejska")
    assert ent(arts[4], "Евросоюз") == ent(arts[5], "Unia Europejska")
    assert ent(arts[0], "WTO") != ent(arts[0], "Red Cross")
