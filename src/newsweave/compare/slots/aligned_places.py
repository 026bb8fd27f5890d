"""The aligned clauses layer for the *where* slot: two cities in the clauses of two articles that
tell one thing (``aligned``: each other's closest clauses), when the rule readers took no site
from one of them ("the station at X airport" / "la station de l'aéroport de Y").

The places of each clause are the gazetteer cities its place mentions denote
(``place.resolve_site``); places that agree (the same, or one inside the other) are paired off,
so are those the other article names anywhere (it reconciles them); where one city is left on
each side and the gazetteer says the two are disjoint, the pair is a candidate.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from anyascii import anyascii

from ...model import Article
from ..claim_records import Claim
from .gazetteer import Place, fold, gazetteer, lookup, relation
from .named_places import named_places
from .facility import BARE_CITY
from .place import _after_locative, _countries, resolve_site
from .records import SlotFact


@dataclass
class PlaceValue:
    """A city a clause names: its mention's span and the gazetteer place."""

    start: int
    end: int
    place: Place
    site: bool = True  # a site a rule reader took (else a place mention the layer resolved)


def clause_places(a: Article, c: Claim, sites: Sequence[SlotFact] = ()) -> list[PlaceValue]:
    """Cities of the clause: the sites the rule readers took in it (``sites``: where facts) and
    those its place mentions denote, each once."""
    g = gazetteer()
    out: list[PlaceValue] = []
    for f in sites:
        p = g.places.get(f.key.lstrip("@"))
        if f.article == a.id and f.sentence == (c.start, c.end) and p is not None and p.level == "city" \
                and all(v.place.id != p.id for v in out):
            out.append(PlaceValue(f.start, f.end, p))
    for m in a.entities:
        if m.type != "LOC" or not (c.start <= m.start and m.end <= c.end):
            continue
        p = resolve_site(m.text, a)
        # a mention read with inflected endings may be another town's name ("Norcia" → "Norco"):
        # from mentions the layer takes only a city the name spells out
        exact = p is not None and any(q.id == p.id for q in lookup(m.text, ("city",), endings=False))
        # and, as the site readers do, a small town only after a locative preposition ("in X"):
        # a bare capitalised name may be a building's or a body's ("la Casa Blanca")
        small = p is not None and p.population < BARE_CITY and not _after_locative(a, m.start)
        if exact and not small and p.level == "city" and all(v.place.id != p.id for v in out):
            out.append(PlaceValue(m.start, m.end, p, site=False))
    return out


def _agree(x: Place, y: Place) -> bool:
    """One place, one inside the other, or one name (two cities of one name are one place in
    two articles of one event: "Córdoba" is not read as Spain's in one and Argentina's in another)."""
    return fold(x.name) == fold(y.name) or relation(gazetteer(), x, y) in ("same", "inside", "contains")


def place_pair(a: Article, b: Article, pa: list[PlaceValue], pb: list[PlaceValue]
               ) -> tuple[PlaceValue, PlaceValue] | None:
    """The one city left on each side once agreeing cities and cities the other article names
    are paired off, when the two are disjoint; else None."""
    left_a = [x for x in pa if not any(_agree(x.place, y.place) for y in pb)]
    left_b = [y for y in pb if not any(_agree(x.place, y.place) for x in pa)]
    na, nb = named_places(a), named_places(b)
    left_a = [x for x in left_a if not _named(x.place, nb) and not _written(a.text[x.start:x.end], b)
              and not _written(x.place.name, b)]
    left_b = [y for y in left_b if not _named(y.place, na) and not _written(b.text[y.start:y.end], a)
              and not _written(y.place.name, a)]
    if len(left_a) != 1 or len(left_b) != 1:
        return None
    x, y = left_a[0], left_b[0]
    if not (_at_home(x, y, a) and _at_home(y, x, b)):
        return None
    return (x, y) if relation(gazetteer(), x.place, y.place) == "disjoint" else None


def _at_home(v: PlaceValue, other: PlaceValue, a: Article) -> bool:
    """A city of the layer (a site a reader took or a mention it resolved) lies in the other
    side's country or in one its article names: a building's or a body's name that some far
    town bears ("la Casa Blanca", a Mexican town) is no place of the event."""
    return v.place.country == other.place.country or v.place.country in _countries(a.text)


def _written(name: str, other: Article) -> bool:
    """Whether the other article writes the name too, ASCII- and case-folded ("Mokotów" in
    "Warsaw's Mokotow district"): it names that place, whatever the gazetteer made of it."""
    key = anyascii(name).casefold().strip()
    return len(key) >= 3 and re.search(rf"(?<!\w){re.escape(key)}(?!\w)", anyascii(other.text).casefold()) is not None


def _named(p: Place, names: frozenset[str]) -> bool:
    """Whether an article's named places hold ``p`` (by id, with or without the "@")."""
    return p.id in names or f"@{p.id}" in names


def places_of(arts: Sequence[Article], claims: Sequence[Claim], idx: Sequence[int],
              facts: Sequence[SlotFact] = ()) -> dict[int, list[PlaceValue]]:
    """The cities of the clauses ``idx`` (indices into ``claims``) that name any."""
    by_id = {a.id: a for a in arts}
    sites = [f for f in facts if f.slot == "where" and f.key.startswith("@city:")]
    out = {}
    for i in idx:
        ps = clause_places(by_id[claims[i].article], claims[i], sites)
        if ps:
            out[i] = ps
    return out
