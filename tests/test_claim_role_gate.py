"""The one-search gate of ``facts.roles``: it finds a title exactly where some title pattern
does, so skipping the patterns on the clauses it rejects changes no claim."""
from __future__ import annotations

import pytest

from newsweave.compare import facts

# invented clauses: titles in several languages, glued "former" prefixes, German compounds,
# and clauses that name no title
CLAUSES = [
    "The harbour minister of Velland, Ora Tamsin, opened the new pier on Friday.",
    "La exalcaldesa de Murel, Ines Varo, criticó el proyecto del puerto.",
    "Der Verteidigungsminister besuchte am Montag die Garnison in Kellstadt.",
    "Мэр города Орлинска Пётр Самов заявил, что мост откроют весной.",
    "Prezes spółki Lumar, Adam Wirek, podpisał umowę w czwartek.",
    "Le porte-parole du gouvernement a démenti l'information mardi soir.",
    "Three ferries left the harbour after the storm had passed.",
    "Výstava potrvá do konce září a vstup je zdarma.",
    "Мостът ще бъде затворен за ремонт през цялата седмица.",
    "",
]


@pytest.mark.parametrize("text", CLAUSES)
def test_the_gate_finds_a_title_where_some_pattern_does(text):
    some = any(p.search(text) for _, p, _ in facts._role_patterns())
    assert (facts._any_role().search(text) is not None) == some
