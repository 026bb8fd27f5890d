"""Slot-by-slot comparison of an event's articles: a conflict only where two sources give
incompatible values for the same slot of the same happening."""
from __future__ import annotations

from collections import defaultdict
from typing import Sequence

from anyascii import anyascii
from rapidfuzz import fuzz

from ...model import Article
from ..claims import extract_claims
from .extract import article_facts
from .records import Side, SlotConflict, SlotFact

KIND = {"when": "date", "where": "location", "how_many": "number", "who_as_what": "role",
        "outcome": "outcome"}
# base confidence of a conflict by slot: set by hand, not fitted (no reliability table yet)
BASE = {"when": 0.6, "where": 0.75, "how_many": 0.8, "who_as_what": 0.75, "outcome": 0.7}
CONFIDENT = 0.6
# a relative date read from an inferred publication date cannot make a conflict confident on its own
GUESSED_ANCHOR = 0.5
VAGUE_ROLES = {"leader", "head"}
MONOTONE = {"killed", "injured", "missing", "evacuated", "arrested", "households"}
OPPOSED = {frozenset(p) for p in (("approved", "rejected"), ("held", "called_off"),
                                  ("held", "postponed"), ("called_off", "postponed"),
                                  ("signed", "not_signed"))}


def event_conflicts(articles: Sequence[Article]) -> list[SlotConflict]:
    """Conflicts between the articles of one event (duplicates skipped), strongest first."""
    arts = [a for a in articles if not a.duplicate_of] or list(articles)
    claims = extract_claims(arts)
    by_art: dict[str, list] = defaultdict(list)
    for c in claims:
        by_art[c.article].append(c)
    facts: list[SlotFact] = []
    for a in arts:
        facts += article_facts(a, by_art.get(a.id, []))
    return compare_facts(facts, {a.id: anyascii(a.text).casefold() for a in arts})


def _same_name(x: str, y: str) -> bool:
    """Spellings of one place name across languages ("koursk" / "kursk", "odeska" / "odesa")."""
    return x[:4] == y[:4] or (min(len(x), len(y)) >= 4 and fuzz.ratio(x, y) >= 75)


def _fold_names(facts: Sequence[SlotFact]) -> None:
    reps: list[str] = []
    for f in facts:
        if f.slot == "where" and not f.subject.startswith("in-country:"):
            for r in reps:
                if _same_name(f.key, r):
                    f.key = r
                    break
            else:
                reps.append(f.key)


def _same_org(x: str | None, y: str | None) -> bool:
    return bool(x and y) and (x == y or fuzz.token_set_ratio(x[2:], y[2:]) >= 80)


def compare_facts(facts: Sequence[SlotFact], folded: dict[str, str] | None = None) -> list[SlotConflict]:
    """Conflicts among slot facts; ``folded``: each article's text, ASCII-folded, to drop a
    place value that the other article names too ("the region of Norcia" / "Norcia, Umbria")."""
    folded = folded or {}
    _fold_names(facts)
    groups: dict[tuple[str, str], dict[str, list[SlotFact]]] = defaultdict(lambda: defaultdict(list))
    for f in facts:
        groups[(f.slot, f.subject)][f.article].append(f)
    texts: dict[str, set[str]] = defaultdict(set)  # every key an article states, per slot
    for f in facts:
        texts[(f.article, f.slot)].add(f.key)
    out: list[SlotConflict] = []
    for (slot, subject), per_art in groups.items():
        if len(per_art) < 2:
            continue
        if slot == "how_many":
            cf = _quantity(subject, per_art)
        elif slot == "who_as_what":
            cf = _titles(subject, per_art)
        else:
            cf = _categorical(slot, subject, per_art, texts, folded)
        if cf is not None:
            out.append(cf)
    out.sort(key=lambda c: (-c.confidence, c.slot, c.subject))
    return out


def _finish(slot: str, subject: str, sides: list[Side], conf: float) -> SlotConflict | None:
    sides = [s for s in sides if s.facts]
    if len(sides) < 2:
        return None
    sides.sort(key=lambda s: (-len(s.articles), s.value))
    denied = [f.denied_by for s in sides[1:] for f in s.facts if f.denied_by] or \
             [f.denied_by for f in sides[0].facts if f.denied_by]
    label = next((f.subject_label for s in sides for f in s.facts if f.subject_label), subject)
    if any(all(f.inferred_anchor for f in s.facts) for s in sides):
        conf *= GUESSED_ANCHOR  # one side's day rests on an inferred publication date
    cf = SlotConflict(slot=slot, subject=label, kind=KIND[slot], sides=sides,
                      confidence=round(min(0.95, conf), 3))
    if denied:
        cf.tier, cf.disputed_by = "disputed", denied[0]
    elif cf.confidence < CONFIDENT:
        cf.tier = "uncertain"
    return cf


def _names(fs: Sequence[SlotFact], text: str) -> bool:
    """Whether ``text`` names the place of one of the facts (its first five letters)."""
    return any(len(f.key) >= 4 and f.key[:5] in text for f in fs)


def _categorical(slot: str, subject: str, per_art: dict[str, list[SlotFact]],
                 texts: dict, folded: dict[str, str]) -> SlotConflict | None:
    """Dates, places, outcomes: the first value each article states; an article that also
    states the other value (anywhere, for the slot) reconciles the two."""
    first = {a: fs[0] for a, fs in per_art.items()}
    keys = {a: {f.key for f in fs} for a, fs in per_art.items()}
    by_key: dict[str, list[SlotFact]] = defaultdict(list)
    for a, f in first.items():
        by_key[f.key].append(f)
    if len(by_key) < 2:
        return None
    ranked = sorted(by_key.items(), key=lambda kv: -len(kv[1]))
    major_key, major = ranked[0]
    sides = [Side(major[0].value, major)]
    for k, fs in ranked[1:]:
        if slot == "outcome" and subject == "result" and frozenset((k, major_key)) not in OPPOSED:
            continue
        keep = [f for f in fs if major_key not in texts[(f.article, slot)]
                and not any(k in texts[(g.article, slot)] for g in major)]
        if slot == "where" and not subject.startswith("in-country:"):
            keep = [f for f in keep if not _names(major, folded.get(f.article, ""))
                    and not any(_names([f], folded.get(g.article, "")) for g in major)]
        if keep:
            sides.append(Side(keep[0].value, keep))
    conf = BASE[slot] + 0.05 * (len(major) - 1)
    return _finish(slot, subject, sides, conf)


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
        return _finish("who_as_what", person, sides, BASE["who_as_what"] + 0.05)
    return None


def _titles(person: str, per_art: dict[str, list[SlotFact]]) -> SlotConflict | None:
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
    return _finish("who_as_what", person, sides, BASE["who_as_what"])


def _compatible(f: SlotFact, g: SlotFact, subject: str) -> bool:
    if f.low <= g.high and g.low <= f.high:
        return True
    if subject in MONOTONE:  # an update: the earlier or provisional figure is the lower one
        lo, hi = (f, g) if f.high < g.low else (g, f)
        if lo.provisional or (lo.date and hi.date and len(lo.date) == len(hi.date) == 10
                              and lo.date < hi.date):
            return True
    return False


def _quantity(subject: str, per_art: dict[str, list[SlotFact]]) -> SlotConflict | None:
    """Quantities of one head-noun class: each article's first figure; sides are groups of
    mutually compatible figures; figures that fit several sides are left out."""
    first = [fs[0] for fs in per_art.values()]
    allv = {f.article: fs for f, fs in zip(first, per_art.values())}
    sides: list[list[SlotFact]] = []
    for f in sorted(first, key=lambda f: (not f.exact, f.low)):
        fit = [s for s in sides if all(_compatible(f, g, subject) for g in s)]
        if len(fit) == 1:
            fit[0].append(f)
        elif not fit:
            if f.exact or not sides:
                sides.append([f])
            else:
                sides.append([f])
    sides = [s for s in sides if s]
    if len(sides) < 2:
        return None
    sides.sort(key=lambda s: -len(s))
    major = sides[0]
    keep = [major]
    for s in sides[1:]:
        # an article that also gives a figure compatible with the majority reconciles it
        s2 = [f for f in s if not any(_compatible(x, g, subject) for x in allv[f.article] for g in major)]
        if s2 and any(not _compatible(f, g, subject) for f in s2 for g in major):
            keep.append(s2)
    if len(keep) < 2:
        return None
    exact = all(any(f.exact for f in s) for s in keep)
    conf = BASE["how_many"] - (0.0 if exact else 0.15) + 0.05 * (len(major) - 1)
    return _finish("how_many", subject, [Side(s[0].value, s) for s in keep], conf)
