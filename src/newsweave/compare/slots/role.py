"""The *who as what* slot: a person's title at the time ("former" titles are not current),
and its comparison: a person may hold two titles, so two articles conflict only when neither
gives the other's, or when two titles in one organisation exclude each other."""
from __future__ import annotations

from collections import defaultdict
from typing import Callable

from rapidfuzz import fuzz

from ..claim_records import Claim
from .records import Side, SlotConflict, SlotFact
from .verdict import BASE, finish

VAGUE_ROLES = {"leader", "head"}


def who_as_what_facts(c: Claim, fact: Callable[..., SlotFact], denied: str | None) -> None:
    for r in c.roles:
        if r.former:
            continue
        fact("who_as_what", r.person, r.role, r.role, c, r.start, r.end, denied_by=denied,
             subject_label=r.person_text, qualifier=r.org)


def _same_org(x: str | None, y: str | None) -> bool:
    return bool(x and y) and (x == y or fuzz.token_set_ratio(x[2:], y[2:]) >= 80)


def _org_titles(person: str, roles: dict[str, list[SlotFact]]) -> SlotConflict | None:
    """Two titles in one organisation ("secretary" / "chairman" of the same council) cannot
    both be true, even when one article gives both."""
    facts = [f for fs in roles.values() for f in fs if f.qualifier]
    for f in facts:
        other = [g for g in facts if g.article != f.article and g.key != f.key
                 and _same_org(f.qualifier, g.qualifier)]
        if not other:
            continue
        by_key: dict[str, list[SlotFact]] = defaultdict(list)
        for g in [f] + [g for g in facts if _same_org(f.qualifier, g.qualifier)]:
            if all(x.article != g.article for x in by_key[g.key]):
                by_key[g.key].append(g)
        sides = [Side(k, v) for k, v in by_key.items()]
        return finish("who_as_what", person, sides, BASE["who_as_what"] + 0.05)
    return None


def compare_titles(person: str, per_art: dict[str, list[SlotFact]]) -> SlotConflict | None:
    """A person's title: two articles conflict when neither gives the other's title (a person
    may hold two; the "former" one is not a current title)."""
    roles = {a: [f for f in fs if f.key not in VAGUE_ROLES] for a, fs in per_art.items()}
    roles = {a: fs for a, fs in roles.items() if fs}
    org = _org_titles(person, roles)
    if org is not None:
        return org
    by_key: dict[str, list[SlotFact]] = defaultdict(list)
    for a, fs in roles.items():
        by_key[fs[0].key].append(fs[0])
    if len(by_key) < 2:
        return None
    ranked = sorted(by_key.items(), key=lambda kv: -len(kv[1]))
    major_key, major = ranked[0]
    held = {a: {f.key for f in fs} for a, fs in roles.items()}
    sides = [Side(major_key, major)]
    for k, fs in ranked[1:]:
        keep = [f for f in fs if major_key not in held[f.article]
                and not any(k in held[g.article] for g in major)]
        if keep:
            sides.append(Side(k, keep))
    return finish("who_as_what", person, sides, BASE["who_as_what"])


