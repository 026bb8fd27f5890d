"""Conflicts between sources, built from extracted facts (no NLI model needed).

Kinds:

* ``date``: the same happening (aligned claims) dated differently;
* ``number``: the same quantity (same canonical unit) with different values;
* ``role``: the same person given different titles ("secretary of the council" vs "chairman of
  the council", or an unrelated title such as "commander-in-chief");
* ``location``: the same named place asserted to lie in different countries;
* ``negation``: aligned claims where one says X happened and the other that it did not.

Every :class:`Conflict` carries evidence spans from both articles, both claims, their sources, a
kind and a confidence. Comparison is pluggable: a :class:`newsweave.components.Comparator`
receives candidate claim pairs with their similarity; :class:`FactComparator` is the default, and an NLI comparator can be
added to the list later without touching candidate generation.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

import numpy as np
from rapidfuzz import fuzz

from ..components import Comparator
from .alignment import Alignment, same_event
from .claim_records import Claim, PlaceFact, place_name_key

__all__ = ["Comparator", "Conflict", "Evidence", "FactComparator", "candidate_pairs",
           "compare_claims", "find_conflicts", "group_conflicts"]

VAGUE_ROLES = {"leader", "head"}  # descriptive, not titles that can contradict each other


@dataclass
class Evidence:
    article: str
    source: str
    start: int
    end: int
    text: str  # the evidence span itself
    claim: str  # the claim id
    claim_text: str

    def to_json(self) -> dict[str, Any]:
        return {"article": self.article, "source": self.source, "start": self.start,
                "end": self.end, "text": self.text, "claim": self.claim,
                "claim_text": self.claim_text}


@dataclass
class Conflict:
    kind: str  # date | number | role | location | negation | other
    a: Evidence
    b: Evidence
    confidence: float
    detail: dict[str, Any] = field(default_factory=dict)
    comparator: str = "facts"

    @property
    def sources(self) -> tuple[str, str]:
        return self.a.source, self.b.source

    def key(self) -> tuple:
        vals = tuple(sorted(str(v) for v in self.detail.get("values", [])))
        arts = tuple(sorted([self.a.article, self.b.article]))
        return (self.kind, self.detail.get("subject", ""), vals, arts)

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "confidence": round(self.confidence, 3),
                "detail": self.detail, "comparator": self.comparator,
                "a": self.a.to_json(), "b": self.b.to_json()}


def _ev(c: Claim, s: int, e: int, text_of: dict[str, str] | None = None) -> Evidence:
    off = s - c.start
    snippet = c.text[max(0, off):max(0, off) + (e - s)] if 0 <= off <= len(c.text) else c.text
    return Evidence(article=c.article, source=c.source, start=s, end=e, text=snippet,
                    claim=c.id, claim_text=c.text)


def _compatible_dates(x: str, y: str) -> bool:
    return x.startswith(y) or y.startswith(x)


class FactComparator:
    """Default comparator: contradictions between extracted facts of two claims.

    ``same_event`` is the similarity above which two claims are taken to report the same
    happening (date, negation); ``same_quantity`` the one for numbers. Role and location facts are
    entity-level and compared whatever the similarity.
    """

    name = "facts"
    version = "1"

    def __init__(self, same_event: float = 0.88, same_quantity: float = 0.86,
                 number_tolerance: float = 0.1, same_negation: float = 0.92,
                 date_overlap: float = 0.34) -> None:
        self.same_event = same_event
        self.date_overlap = date_overlap
        self.same_negation = same_negation
        self.same_quantity = same_quantity
        self.number_tolerance = number_tolerance

    def compare(self, a: Claim, b: Claim, similarity: float) -> list[Conflict]:
        out: list[Conflict] = []
        shared = bool(set(a.entities) & set(b.entities))
        if similarity >= self.same_event:
            out += self._dates(a, b, similarity, shared)
            out += self._negation(a, b, similarity, shared)
        if similarity >= self.same_quantity:
            out += self._numbers(a, b, similarity, shared)
        out += self._roles(a, b)
        out += self._places(a, b)
        return out

    # -- kinds ------------------------------------------------------------------------
    def _conf(self, similarity: float, floor: float, shared: bool) -> float:
        c = 0.45 + (similarity - floor) * 4 + (0.15 if shared else 0.0)
        return float(min(0.95, max(0.3, c)))

    def _dates(self, a: Claim, b: Claim, sim: float, shared: bool) -> list[Conflict]:
        if not a.dates or not b.dates or not (shared or sim >= 0.93):
            return []
        ea, eb = set(a.entities), set(b.entities)
        if len(ea) >= 2 and len(eb) >= 2 and len(ea & eb) / len(ea | eb) < self.date_overlap:
            return []  # same topic, other participants: another happening
        for da in a.dates:
            for db in b.dates:
                if _compatible_dates(da[0], db[0]):
                    return []
        da, db = a.dates[0], b.dates[0]
        return [Conflict("date", _ev(a, da[1], da[2]), _ev(b, db[1], db[2]),
                         self._conf(sim, self.same_event, shared),
                         {"values": [da[0], db[0]], "subject": "date",
                          "similarity": round(sim, 3)})]

    def _numbers(self, a: Claim, b: Claim, sim: float, shared: bool) -> list[Conflict]:
        out: list[Conflict] = []
        units = {n.unit for n in a.numbers if n.unit} & {n.unit for n in b.numbers if n.unit}
        for u in sorted(units):
            xa = [n for n in a.numbers if n.unit == u]
            xb = [n for n in b.numbers if n.unit == u]
            if any(abs(p.value - q.value) <= self.number_tolerance * max(p.value, q.value)
                   for p in xa for q in xb):
                continue
            p, q = xa[0], xb[0]
            out.append(Conflict("number", _ev(a, p.start, p.end), _ev(b, q.start, q.end),
                                self._conf(sim, self.same_quantity, shared),
                                {"values": [p.value, q.value], "unit": u, "subject": u,
                                 "similarity": round(sim, 3)}))
        if not out and not units and sim >= 0.93:
            na = [n for n in a.numbers if n.unit is None]
            nb = [n for n in b.numbers if n.unit is None]
            if len(na) == 1 and len(nb) == 1 and na[0].value != nb[0].value and \
                    not any(n.unit for n in a.numbers + b.numbers):
                out.append(Conflict("number", _ev(a, na[0].start, na[0].end),
                                    _ev(b, nb[0].start, nb[0].end),
                                    self._conf(sim, 0.93, shared) * 0.7,
                                    {"values": [na[0].value, nb[0].value], "unit": None,
                                     "subject": "quantity", "similarity": round(sim, 3)}))
        return out

    def _negation(self, a: Claim, b: Claim, sim: float, shared: bool) -> list[Conflict]:
        if a.negated == b.negated or sim < self.same_negation:
            return []
        ea, eb = set(a.entities), set(b.entities)
        if ea and eb and len(ea & eb) < 0.5 * min(len(ea), len(eb)):
            return []  # not about the same participants
        neg, pos = (a, b) if a.negated else (b, a)
        s, e = neg.negation or (neg.start, neg.end)
        c = Conflict("negation", _ev(neg, s, e), _ev(pos, pos.start, pos.end),
                     self._conf(sim, self.same_event, shared),
                     {"values": ["not", "yes"], "subject": "negation",
                      "similarity": round(sim, 3)})
        return [c]

    def _roles(self, a: Claim, b: Claim) -> list[Conflict]:
        out: list[Conflict] = []
        for ra in a.roles:
            if ra.former or ra.role in VAGUE_ROLES:
                continue
            for rb in b.roles:
                if rb.former or rb.role in VAGUE_ROLES or rb.person != ra.person:
                    continue
                if ra.role == rb.role:
                    continue
                if ra.org and rb.org and ra.org != rb.org:
                    resolved = not ra.org.startswith("n:") and not rb.org.startswith("n:")
                    if resolved or a.lang == b.lang:
                        continue  # two posts in two bodies can both be true
                conf = 0.85 if (ra.org and ra.org == rb.org) else 0.55
                if ra.person.startswith("n:"):
                    conf -= 0.1
                out.append(Conflict("role", _ev(a, ra.start, ra.end), _ev(b, rb.start, rb.end),
                                    conf, {"values": [ra.role, rb.role], "subject": ra.person,
                                           "person": ra.person_text, "org": ra.org or rb.org,
                                           "texts": [ra.text, rb.text]}))
        return out

    def _places(self, a: Claim, b: Claim) -> list[Conflict]:
        out: list[Conflict] = []
        for pa in a.places:
            for pb in b.places:
                if pa.country != pb.country and _same_place(pa, pb):
                    conf = 0.8 if pa.place == pb.place and not pa.place.startswith("n:") else 0.65
                    out.append(Conflict("location", _ev(a, pa.start, pa.end),
                                        _ev(b, pb.start, pb.end), conf,
                                        {"values": [pa.country, pb.country],
                                         "subject": pa.place, "place": pa.place_text,
                                         "texts": [pa.text, pb.text]}))
        return out


def _same_place(pa: PlaceFact, pb: PlaceFact) -> bool:
    """Same entity id, or (when entity resolution split them) near-identical names
    ("région de Koursk" / "Kursk")."""
    if pa.place == pb.place:
        return True
    x, y = place_name_key(pa.place_text), place_name_key(pb.place_text)
    return bool(x and y) and min(len(x), len(y)) >= 4 and fuzz.ratio(x, y) >= 85


def candidate_pairs(alignment: Alignment, threshold: float = 0.85) -> list[tuple[int, int, float]]:
    """Pairs of claims from different articles worth comparing: similar texts, or facts about
    the same person (roles) or place (locations)."""
    claims, sim = alignment.claims, alignment.sim
    n = len(claims)
    pairs: dict[tuple[int, int], float] = {}
    if n:
        for i, j in np.argwhere(np.triu(sim >= threshold, k=1)):
            if claims[i].article != claims[j].article and same_event(claims[i], claims[j]):
                pairs[(int(i), int(j))] = float(sim[i, j])
    by_key: dict[str, list[int]] = {}
    for i, c in enumerate(claims):
        for k in {("r:" + r.person) for r in c.roles} | {("p:" + p.place) for p in c.places} | \
                {("n:" + place_name_key(p.place_text)[:4]) for p in c.places}:
            by_key.setdefault(k, []).append(i)
    for idx in by_key.values():
        for x in range(len(idx)):
            for y in range(x + 1, len(idx)):
                i, j = idx[x], idx[y]
                if claims[i].article != claims[j].article and (i, j) not in pairs and \
                        same_event(claims[i], claims[j]):
                    pairs[(i, j)] = float(sim[i, j])
    return [(i, j, s) for (i, j), s in sorted(pairs.items())]


def find_conflicts(alignment: Alignment, comparators: Sequence[Comparator] | None = None,
                   threshold: float = 0.85) -> list[Conflict]:
    """Conflicts between claims of different articles, deduplicated, strongest first.

    A role or location disagreement is dropped when one article itself asserts both values (a
    person can hold two posts; an article may say "R, in country A, near country B").
    """
    comps = list(comparators) if comparators else [FactComparator()]
    claims = alignment.claims
    # what each article asserts, to drop disagreements an article itself reconciles
    asserted: dict[tuple[str, str, str], set[str]] = {}
    for c in claims:
        for r in c.roles:
            asserted.setdefault(("role", c.article, r.person), set()).add(r.role)
        for p in c.places:
            asserted.setdefault(("location", c.article, p.place), set()).add(p.country)
    found: dict[tuple, Conflict] = {}
    for i, j, s in candidate_pairs(alignment, threshold):
        a, b = claims[i], claims[j]
        for comp in comps:
            for cf in comp.compare(a, b, s):
                same_org = cf.kind == "role" and cf.confidence >= 0.8
                if cf.kind in ("role", "location") and not same_org:
                    subj = cf.detail.get("subject", "")
                    va, vb = cf.detail["values"]
                    if vb in asserted.get((cf.kind, a.article, subj), set()) or \
                            va in asserted.get((cf.kind, b.article, subj), set()):
                        if cf.kind == "location":
                            continue
                        # one article gives both titles: may be two posts, may be its own mistake
                        cf.confidence = round(cf.confidence * 0.6, 3)
                        cf.detail["note"] = "one article gives both titles"
                k = cf.key()
                if k not in found or found[k].confidence < cf.confidence:
                    found[k] = cf
    out = sorted(found.values(), key=lambda c: (-c.confidence, c.kind))
    # label clusters that contain a conflict
    for cf in out:
        ca, cb = alignment.cluster_of.get(cf.a.claim), alignment.cluster_of.get(cf.b.claim)
        for cl in alignment.clusters:
            if cl.id in (ca, cb) and ca == cb:
                cl.label = "conflict"
    return out


def compare_claims(a: Claim, b: Claim, similarity: float,
                   comparators: Iterable[Comparator] | None = None) -> list[Conflict]:
    """All conflicts between two claims (helper for tests and benchmarks)."""
    out: list[Conflict] = []
    for comp in (list(comparators) if comparators else [FactComparator()]):
        out += comp.compare(a, b, similarity)
    return out


def _fmt_value(v: Any) -> str:
    if isinstance(v, float) and v.is_integer():
        return f"{int(v):,}".replace(",", " ") if v >= 10000 else str(int(v))
    return str(v)


def group_conflicts(conflicts: Sequence[Conflict],
                    cluster_of: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Pairwise conflicts merged into disagreements, strongest first.

    Role and location conflicts group by person/place; date, number and negation conflicts group
    by the aligned claims involved (claims of one cluster speak of one happening), so that fifty
    outlets giving five different counts make one disagreement with five sides.
    """
    cluster_of = cluster_of or {}
    parent: dict[tuple, tuple] = {}

    def find(x: tuple) -> tuple:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def keys(c: Conflict) -> tuple[tuple, tuple]:
        subj = str(c.detail.get("subject", ""))
        if c.kind in ("role", "location"):
            k = (c.kind, subj)
            return k, k
        ca = cluster_of.get(c.a.claim, c.a.claim)
        cb = cluster_of.get(c.b.claim, c.b.claim)
        k = (c.kind, subj, ca) if ca == cb else (c.kind, subj, min(ca, cb), max(ca, cb))
        return k, k

    for c in conflicts:
        ka, kb = keys(c)
        ra, rb = find(ka), find(kb)
        if ra != rb:
            parent[rb] = ra
    groups: dict[tuple, dict[str, Any]] = {}
    for c in conflicts:
        vals = c.detail.get("values", [])
        g = groups.setdefault(find(keys(c)[0]), {
            "kind": c.kind, "subject": c.detail.get("subject"),
            "label": c.detail.get("person") or c.detail.get("place") or c.detail.get("unit") or c.kind,
            "confidence": 0.0, "sides": {}, "n_pairs": 0})
        g["confidence"] = max(g["confidence"], c.confidence)
        g["n_pairs"] += 1
        for ev, v in ((c.a, vals[0] if vals else "?"), (c.b, vals[1] if len(vals) > 1 else "?")):
            side = g["sides"].setdefault(_fmt_value(v), {"value": _fmt_value(v), "sources": [],
                                                         "evidence": []})
            if ev.source not in side["sources"]:
                side["sources"].append(ev.source)
                side["evidence"].append({"source": ev.source, "article": ev.article,
                                         "text": ev.text, "claim_text": ev.claim_text,
                                         "start": ev.start, "end": ev.end})
    out = []
    for g in groups.values():
        g["sides"] = sorted(g["sides"].values(), key=lambda s: (-len(s["sources"]), s["value"]))
        g["confidence"] = round(g["confidence"], 3)
        out.append(g)
    out.sort(key=lambda g: (-g["confidence"], g["kind"]))
    return out
