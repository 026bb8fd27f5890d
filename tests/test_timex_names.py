"""Time words inside names are not time expressions: a capitalised season before a capitalised
word ("the Winter Games"), a street or square named after a date ("rue du 14-Juillet"). Every
sentence is invented for these tests."""
from __future__ import annotations

import pytest

from timex_support import surfaces


@pytest.mark.parametrize("code, text", [
    ("en", "The Winter Games open in a mountain town."),
    ("en", "The Autumn Street bakery closed its doors."),
    ("fr", "Le Printemps de Valmont attire les amateurs de jazz."),
    ("fr", "La fanfare défile avenue du 14-Juillet."),
    ("fr", "Le marché se tient place du 8-Mai."),
])
def test_time_words_in_names_are_no_expressions(code, text):
    assert surfaces(text, code) == []


@pytest.mark.parametrize("code, text, surface", [
    ("en", "Last Summer, the orchard flooded.", "Last Summer"),
    ("fr", "La fanfare a défilé en juillet.", "juillet"),
])
def test_the_same_words_outside_names_stay_expressions(code, text, surface):
    assert surface in surfaces(text, code)
