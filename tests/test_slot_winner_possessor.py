"""A person named as the possessor of the name before a verb of winning ("the Valda List of
mayor X won", "Lista burmistrza X wygrała") is not the winner: the list is
(``compare/slots/possessor.py``); a person who is the subject, or named after a comma, still wins.
Every sentence is invented."""
from __future__ import annotations

import pytest

from newsweave.compare.claims import extract_claims
from newsweave.compare.slots.extract import article_facts
from slottest_articles import art

LIST, PERSON = "Valda Civic List", "Ilona Marsk"


def winners(lang: str, text: str, ents: list[tuple[str, str]]) -> list[str]:
    a = art("a", lang, text, ents)
    return [f.key for f in article_facts(a, extract_claims([a])) if f.slot == "outcome" and f.subject == "winner"]


@pytest.mark.parametrize("lang,text,person", [
    ("en", "The Valda Civic List of mayor Ilona Marsk won Sunday's municipal election.", PERSON),
    ("fr", "La Valda Civic List de la maire Ilona Marsk a gagné dimanche les élections municipales.", PERSON),
    ("de", "Die Valda Civic List von Bürgermeisterin Ilona Marsk gewann am Sonntag die Kommunalwahl.", PERSON),
    ("es", "La Valda Civic List de la alcaldesa Ilona Marsk ganó el domingo las elecciones municipales.", PERSON),
    ("it", "La Valda Civic List della sindaca Ilona Marsk ha vinto domenica le elezioni comunali.", PERSON),
    ("pl", "Valda Civic List (Obywatelska Lista Valdy) burmistrz Ilony Marsk wygrała niedzielne wybory.", "Ilony Marsk"),
    ("ru", "Valda Civic List мэра Илоны Марск выиграла выборы в воскресенье.", "Илоны Марск"),
    ("uk", "Valda Civic List мерки Ілони Марск виграла вибори в неділю.", "Ілони Марск"),
])
def test_the_list_of_a_person_is_the_winner(lang: str, text: str, person: str):
    ents = [(LIST, "ORG"), (person, "PER")]
    if lang == "pl":
        ents.append(("Obywatelska Lista Valdy", "ORG"))
    assert winners(lang, text, ents) == [LIST]


@pytest.mark.parametrize("lang,text,person", [
    ("en", "In Valda, mayor Ilona Marsk won Sunday's municipal election.", PERSON),
    ("en", "The Valda Civic List candidate Ilona Marsk won the runoff.", PERSON),
    ("ru", "В Валде мэр Илона Марск выиграла выборы в воскресенье.", "Илона Марск"),
])
def test_a_person_who_is_the_subject_still_wins(lang: str, text: str, person: str):
    """No link of possession before the person (a title only, "the List candidate X"): X won."""
    assert winners(lang, text, [(LIST, "ORG"), ("Valda", "LOC"), ("Валде", "LOC"), (person, "PER")]) == [person]
