"""Outlets on the desk: mastheads found through sources.yaml in any script, and blind spots that
name only what no article covers (invented outlets)."""
from __future__ import annotations

from newsweave.compare.framing import coverage
from newsweave.compare.outlets import parse_outlets
from newsweave.model import Article

REGISTRY = {
    "severny-kurier": {"name": "Severny Kurier", "aliases": ["Северный курьер"], "lean": "centre"},
    "pivdenna-zoria": {"name": "Південна зоря", "lean": "centre, pro-EU"},
    "ouest-gazette": {"name": "Ouest Gazette", "lean": "centre-left"},
}


def test_desk_masthead_in_another_script_or_spelling_finds_its_outlet():
    reg = parse_outlets(REGISTRY)
    assert reg.lookup("Северный курьер").key == "severny-kurier"
    assert reg.lookup("SEVERNYI KURIER").key == "severny-kurier"  # another romanisation
    assert reg.lookup("Pivdenna Zoria").key == "pivdenna-zoria"   # Latin masthead, Cyrillic entry
    assert reg.lookup("Pivnichna Hazeta") is None
    assert reg.lookup("Ouest Gazette").key == "ouest-gazette"


def test_desk_blind_spot_never_names_a_value_its_articles_cover():
    reg = parse_outlets(REGISTRY)
    arts = [Article(id=f"a{i}", text="x", source="Severny Kurier") for i in range(4)]
    cov = coverage(arts, reg)
    # the centre is covered four times: only the tags nobody carries are blind spots
    assert cov["blind_spots"]["lean"] == ["pro-EU", "centre-left"]
    both = coverage(arts + [Article(id="b", text="x", source="Pivdenna Zoria")], reg)
    assert both["blind_spots"]["lean"] == ["centre-left"]
