"""The country reader's prefilter (``lexicon._may_name_a_country``) only skips texts no country
pattern matches: inflected, adjectival, multiword and capitalised forms still pass it."""
from __future__ import annotations

import pytest

from newsweave.compare import lexicon


def unfiltered(text: str) -> set[str]:
    return {key for key, _adj, pat in lexicon.country_patterns() if pat.search(text)}


@pytest.mark.parametrize("text", [
    "Delegates from Norway and the United Kingdom met at dawn.",
    "Делегация прибыла в Украину, а затем в Польшу.",
    "Die französische Regierung schickte Helfer nach Österreich.",
    "La comitiva viajó a ESTADOS UNIDOS y luego a México.",
    "Les autorités ukrainiennes ont répondu mardi.",
    "Rada zwróciła się do władz Niemiec i Czech.",
])
def test_texts_naming_a_country_pass_the_prefilter(text):
    assert unfiltered(text)
    assert lexicon._may_name_a_country(text)
    assert {k for _s, _e, k, _a in lexicon.find_countries(text)} <= unfiltered(text)


@pytest.mark.parametrize("text", [
    "Floods near the village of Tarvel closed the valley road on Monday.",
    "Пожарные потушили склад на окраине города к утру.",
])
def test_texts_naming_no_country_are_skipped(text):
    assert not unfiltered(text)
    assert lexicon.find_countries(text) == []
