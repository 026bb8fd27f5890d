"""Framing, outlet profiles, coverage by trait, citation graph, claim facts."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from newsweave.compare.citations import citation_graph, to_graphml
from newsweave.compare.claims import ClaimCluster, Alignment, extract_claims
from newsweave.compare.framing import blind_spot_caveat, coverage, loaded_terms, omissions, scare_quotes
from newsweave.compare.outlets import load_outlets, parse_outlets
from newsweave.model import Article, Attribution, Mention

SOURCES_YAML = """\
outlets:
  dailyharbor.example:
    name: Daily Harbor
    aliases: [The Daily Harbor]
    country: "NO"   # quoted: YAML reads a bare NO as false
    owner: Harbor Media Group
    state_affiliated: false
    lean: centre
    language: en
  staterad.example:
    name: State Radio
    country: XX
    state_affiliated: true
    lean: pro-government
    language: xx
    audience: national
  Le Petit Courrier:
    country: FR
    state_affiliated: false
    language: fr
"""


def test_loaded_terms_by_language():
    a = Article(id="a", text="Le régime a encore arrêté des opposants. Le dictateur a parlé.", lang="fr",
                source="S")
    hits = loaded_terms(a)
    assert [(h.text, h.neutral) for h in hits] == [("régime", "gouvernement"), ("dictateur", "dirigeant")]
    assert a.text[hits[0].start:hits[0].end] == "régime"
    en = Article(id="b", text="The puppet government met the regime's envoys.", lang="en", source="S")
    assert [h.text for h in loaded_terms(en)] == ["puppet", "regime"]
    ru = Article(id="c", text="Представители режима не ответили.", lang="ru", source="S")
    assert [h.text for h in loaded_terms(ru)] == ["режима"]
    neutral = Article(id="d", text="The government met the envoys of the leader.", lang="en", source="S")
    assert loaded_terms(neutral) == []


def test_loaded_terms_skip_boilerplate():
    text = "Menu: dictateur du jour\nLe gouvernement a parlé."
    a = Article(id="a", text=text, lang="fr", source="S", boilerplate=[(0, text.index("\n"))])
    assert loaded_terms(a) == []


def test_scare_quotes_vs_attributed_quotes():
    text = ("Les forces ont salué la « libération » du village. "
            "« Nous resterons ici tout l'hiver », a déclaré le commandant Eric Lund.")
    a = Article(id="a", text=text, lang="fr", source="S")
    hits = scare_quotes(a)
    assert [h.text for h in hits] == ["libération"]
    assert hits[0].kind == "scare_quote"


def test_sources_yaml_loading(tmp_path):
    p = tmp_path / "sources.yaml"
    p.write_text(SOURCES_YAML, encoding="utf-8")
    reg = load_outlets(p)
    assert len(reg) == 3
    assert reg.lookup("Daily Harbor").key == "dailyharbor.example"
    assert reg.lookup("The Daily Harbor").name == "Daily Harbor"
    assert reg.lookup("www.staterad.example").name == "State Radio"
    assert reg.lookup(None, url="https://news.staterad.example/a/1").name == "State Radio"
    assert reg.lookup("le petit courrier").trait("country") == "FR"
    assert reg.lookup("unknown.example") is None
    assert reg.trait_names()[:5] == ["country", "owner", "state_affiliated", "lean", "language"]
    assert "audience" in reg.trait_names()  # user trait kept
    # the top-level "outlets:" key is optional
    assert len(parse_outlets({"x.example": {"country": "DE"}})) == 1
    with pytest.raises(ValueError):
        parse_outlets({"x.example": "not a mapping"})


def test_coverage_by_trait_and_blind_spots():
    reg = parse_outlets(__import__("yaml").safe_load(SOURCES_YAML))
    arts = [Article(id="1", text="x", source="Daily Harbor"),
            Article(id="2", text="x", source="dailyharbor.example"),
            Article(id="3", text="x", source="Le Petit Courrier"),
            Article(id="4", text="x", source="Mystery Blog")]
    cov = coverage(arts, reg)
    sa = cov["traits"]["state_affiliated"]
    assert sa["no"]["articles"] == 3 and sa["unknown"]["articles"] == 1
    assert "yes" not in sa
    assert cov["blind_spots"]["state_affiliated"] == ["yes"]
    assert cov["blind_spots"]["country"] == ["XX"]
    assert cov["unknown_outlets"] == ["Mystery Blog"]
    assert cov["traits"]["country"]["NO"]["outlets"] == ["Daily Harbor"]


def test_omissions_from_clusters():
    import numpy as np
    arts = [Article(id=str(i), text="The new bridge over the river opened today.", source=s, lang="en")
            for i, s in enumerate(["A", "B", "C", "D"])]
    claims = extract_claims(arts)
    cl = ClaimCluster("c0", [c.id for c in claims[:3]], ["A", "B", "C"], ["0", "1", "2"], "shared",
                      claims[0].id)
    al = Alignment(claims, np.eye(len(claims), dtype=np.float32), [cl], {})
    om = omissions(al, ["A", "B", "C", "D"])
    assert [(o.source, o.cluster) for o in om] == [("D", "c0")]
    assert omissions(al, ["A", "B"]) == []  # too few outlets to speak of omissions


def test_citation_graph_and_graphml():
    a = Article(id="a", text="x", source="Daily Harbor", agencies=["AFP"])
    a.attributions = [Attribution(0, 1, "Reuters", "according to", "agency"),
                      Attribution(0, 1, "Рейтер", "по данным", "agency"),
                      Attribution(2, 3, "health ministry", "said", "ministry")]
    b = Article(id="b", text="x", source="State Radio")
    b.attributions = [Attribution(0, 1, "Reuters", "citing", "agency")]
    g = citation_graph([a, b])
    edges = {(e["source"], e["target"]): e for e in g["edges"]}
    reuters = [n for n in g["nodes"] if n["label"] == "Reuters"]
    assert len(reuters) == 1  # aliases in two scripts merge
    rid = reuters[0]["id"]
    assert edges[("outlet:daily harbor", rid)]["count"] == 2
    assert edges[("outlet:state radio", rid)]["count"] == 1
    assert any(e["kind"] == "wire" for e in g["edges"])
    xml = to_graphml(g)
    root = ET.fromstring(xml)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(root.findall(".//g:node", ns)) == len(g["nodes"])
    assert len(root.findall(".//g:edge", ns)) == len(g["edges"])


def test_claim_facts():
    text = ("Le secrétaire du Conseil portuaire Ivo Marn a visité Dobrava, une ville lettone frontalière. "
            "Environ 2 500 habitants n'ont pas été évacués pendant trois jours.")
    a = Article(id="a", text=text, lang="fr", source="S")
    for s, t, e in [("Conseil portuaire", "ORG", "O1"), ("Ivo Marn", "PER", "P1"), ("Dobrava", "LOC", "L1")]:
        i = text.index(s)
        a.entities.append(Mention(i, i + len(s), s, t, entity=e))
    c1, c2 = extract_claims([a])
    assert [(r.person, r.role, r.org) for r in c1.roles] == [("P1", "secretary", "O1")]
    assert [(p.place, p.country) for p in c1.places] == [("L1", "LV")]
    assert set(c1.entities) == {"O1", "P1", "L1"}
    assert [(n.value, n.unit) for n in c2.numbers] == [(2500.0, "person"), (3.0, "day")]
    assert c2.negated and not c1.negated


def test_unlisted_outlets_keep_their_language_and_blind_spots_say_what_they_cannot_confirm():
    reg = parse_outlets(__import__("yaml").safe_load(SOURCES_YAML))
    arts = [Article(id="1", text="x", source="Mystery Blog", lang="fr"),
            Article(id="2", text="x", source=None, lang="fr")]
    cov = coverage(arts, reg)
    assert cov["traits"]["language"] == {"fr": {"articles": 2, "outlets": ["Mystery Blog", "2"]}}
    assert "fr" not in cov["blind_spots"].get("language", [])
    # no article's country is known: nothing can be said about which countries are missing
    assert "country" not in cov["blind_spots"] and cov["unknown"]["country"] == 2
    mixed = coverage(arts + [Article(id="3", text="x", source="Daily Harbor", lang="en")], reg)
    assert mixed["blind_spots"]["country"] and mixed["unknown"]["country"] == 2
    assert blind_spot_caveat(mixed, "country") == " (2 articles of unknown country)"
    assert blind_spot_caveat(mixed, "language") == ""
