"""Session 24 linking classes (issue 12), on invented text: Cyrillic acronyms beside their long
form in the same article."""
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
