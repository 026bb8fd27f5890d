"""Paraphrase matrix (invented names and phrasings) of a compass-qualified place: a part of the
country or region it qualifies, in several languages; a place of its own keeps its name."""
import pytest

from newsweave.compare.slots.compass import compass_part


@pytest.mark.parametrize("name,country", [
    ("Nordnorwegen", "NO"), ("Süditalien", "IT"), ("Ostpolen", "PL"), ("Südostpolen", "PL"),
    ("Mittelitalien", "IT"), ("Northern Norway", "NO"), ("southern Italy", "IT"), ("Eastern Poland", "PL"),
    ("Северная Италия", "IT"), ("Западной Украины", "UA"), ("Північна Італія", "IT"),
    ("Східна Польща", "PL"), ("północnej Norwegii", "NO"), ("południowej Norwegii", "NO"),
    ("Italia settentrionale", "IT"), ("Norvège du Nord", "NO"), ("España central", "ES"),
    ("Norwegia północna", None),  # a trailing Polish adjective is not read: none, not a wrong place
    ("Nordbayern", "DE"), ("West Bavaria", "DE"),
])
def test_compass_part_of_place(name: str, country: str | None) -> None:
    p = compass_part(name)
    assert (p.country if p else None) == country


@pytest.mark.parametrize("name", [
    "Nordkorea", "North Korea", "South Sudan", "Südafrika", "Nordrhein-Westfalen", "Westfalen",
    "Ostende", "Nordhausen", "Westminster", "Southampton", "Norway", "Ostrava", "Western Union",
])
def test_place_of_its_own(name: str) -> None:
    assert compass_part(name) is None
