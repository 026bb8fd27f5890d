"""A title's holder the recogniser glued into a mention of another type (invented text): "alla
Cultura Anna Ferri" typed ORG, the person named elsewhere in the article, by full name or
surname; a mention of another type that ends with no person's name stays what it was."""
from __future__ import annotations

import pytest

from newsweave.compare.claims import extract_claims
from newsweave.model import Mention
from slottest_articles import art


def roles(lang: str, text: str, ents: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(role, holder text) of the article's claims; ``ents``: (surface, type), each surface's
    first occurrence after the previous one."""
    a = art("a", lang, text)
    pos = 0
    for surface, typ in ents:
        i = text.index(surface, pos)
        a.entities.append(Mention(i, i + len(surface), surface, typ, name=surface))
        pos = i + 1
    return [(r.role, r.person_text) for c in extract_claims([a]) for r in c.roles]


@pytest.mark.parametrize("lang,text,ents,holder", [
    ("it", "Anna Ferri ha aperto la fiera del libro. L'assessora regionale alla Cultura Anna Ferri ha "
           "annunciato nuovi fondi per le biblioteche.",
     [("Anna Ferri", "PER"), ("Cultura Anna Ferri", "ORG")], "Anna Ferri"),
    ("es", "La exconsejera de Cultura Ana Pardo inauguró la feria del libro. Pardo anunció nuevos fondos "
           "para las bibliotecas.",
     [("Cultura Ana Pardo", "ORG"), ("Pardo", "PER")], "Ana Pardo"),
])
def test_a_holder_glued_into_an_organisation_mention(lang, text, ents, holder):
    assert any(h == holder for _r, h in roles(lang, text, ents))


def test_an_organisation_mention_without_a_person_name_gives_no_holder():
    text = ("Il presidente della Banca Centrale Europea ha parlato a Roma. Europa e Italia "
            "hanno firmato un accordo.")
    got = roles("it", text, [("Banca Centrale Europea", "ORG"), ("Roma", "LOC")])
    assert all(h not in ("Centrale Europea", "Banca Centrale Europea") for _r, h in got)
