"""Attribution chains: outlet → cited source, as a citation graph with counts.

``citation_graph(articles)`` → ``{"nodes": [...], "edges": [...]}``. Nodes are outlets (kind
``outlet``) and cited sources (their attribution kind: agency, ministry, …); an edge
``outlet → source`` counts how many attributions/quotes of the outlet's articles credit that source
(wire agencies credited in bylines give edges of kind ``wire``). ``to_graphml(graph)`` exports it.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Sequence
from xml.sax.saxutils import escape, quoteattr

from .. import lang
from ..enrich.source_kinds import find_agency
from ..model import Article
from .claim_records import norm_name


@lru_cache(maxsize=1)
def _pronouns() -> frozenset[str]:
    """Pronouns of every language: a pronoun left unresolved names no source."""
    return frozenset(w.casefold() for l in lang.languages()
                     for w in l.quotes.pronouns + l.quotes.impersonal_pronouns)


def _source_key(name: str, entity: str | None) -> tuple[str, str]:
    agency = find_agency(name)
    if agency:
        return "agency:" + norm_name(agency), agency
    if entity:
        return "ent:" + entity, name
    return "src:" + norm_name(name), name


def citation_graph(articles: Sequence[Article], quotes_too: bool = True) -> dict[str, Any]:
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}

    def node(key: str, label: str, kind: str) -> None:
        n = nodes.setdefault(key, {"id": key, "label": label, "kind": kind, "count": 0})
        n["count"] += 1
        if n["kind"] in ("other", "person") and kind not in ("other", "person"):
            n["kind"] = kind

    def edge(src: str, dst: str, kind: str, article: str, cue: str | None) -> None:
        e = edges.setdefault((src, dst, kind), {"source": src, "target": dst, "kind": kind,
                                                "count": 0, "articles": [], "cues": []})
        e["count"] += 1
        if article not in e["articles"]:
            e["articles"].append(article)
        if cue and cue not in e["cues"]:
            e["cues"].append(cue)

    for a in articles:
        outlet = a.source or f"?{a.id}"
        okey = "outlet:" + norm_name(outlet)
        node(okey, outlet, "outlet")
        for ag in a.agencies:
            k, label = _source_key(ag, None)
            node(k, label, "agency")
            edge(okey, k, "wire", a.id, None)
        seen: set[tuple[int, int]] = set()
        for at in a.attributions:
            if not at.source or at.source.casefold() in _pronouns():
                continue
            k, label = _source_key(at.source, at.entity)
            node(k, label, at.kind)
            edge(okey, k, "attribution", a.id, at.cue)
            seen.add((at.start, at.end))
        if quotes_too:
            for q in a.quotes:
                if not q.speaker or q.speaker.casefold() in _pronouns():
                    continue
                if q.speaker_span and tuple(q.speaker_span) in seen:
                    continue
                k, label = _source_key(q.speaker, q.entity)
                node(k, label, "person" if q.entity or label[:1].isupper() else "other")
                edge(okey, k, "quote", a.id, q.cue)
    return {"nodes": sorted(nodes.values(), key=lambda n: (n["kind"] != "outlet", -n["count"], n["id"])),
            "edges": sorted(edges.values(), key=lambda e: (-e["count"], e["source"], e["target"]))}


def to_graphml(graph: dict[str, Any]) -> str:
    """GraphML document of a citation graph (node label/kind/count, edge kind/count)."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
           '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
           '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
           '  <key id="count" for="node" attr.name="count" attr.type="int"/>',
           '  <key id="ekind" for="edge" attr.name="kind" attr.type="string"/>',
           '  <key id="weight" for="edge" attr.name="count" attr.type="int"/>',
           '  <graph id="citations" edgedefault="directed">']
    for n in graph.get("nodes", []):
        out.append(f'    <node id={quoteattr(n["id"])}>'
                   f'<data key="label">{escape(str(n["label"]))}</data>'
                   f'<data key="kind">{escape(str(n["kind"]))}</data>'
                   f'<data key="count">{int(n["count"])}</data></node>')
    for i, e in enumerate(graph.get("edges", [])):
        out.append(f'    <edge id="e{i}" source={quoteattr(e["source"])} target={quoteattr(e["target"])}>'
                   f'<data key="ekind">{escape(str(e["kind"]))}</data>'
                   f'<data key="weight">{int(e["count"])}</data></edge>')
    out += ["  </graph>", "</graphml>"]
    return "\n".join(out) + "\n"
