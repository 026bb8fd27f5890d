"""Slot-by-slot comparison of an event's articles: a conflict only where two sources give
incompatible values for the same slot of the same happening."""
from __future__ import annotations

from collections import defaultdict
from typing import Sequence

from anyascii import anyascii

from ...model import Article
from ..claims import extract_claims
from .extract import article_facts
from .happening import other_happenings
from .outcome import FAMILY, fold_winners
from .named_places import without_seats
from .place import site_key
from .reconcile import fold_cities, fold_names, reconciled
from .seat import SEAT
from .quantity import compare_quantity
from .records import Side, SlotConflict, SlotFact
from .tally import TALLY, compare_tally
from .court import COURTS
from .role import compare_titles, fold_persons
from .verdict import BASE, CONFIDENT, finish
from . import aligned, aligned_outcome, aligned_when, event_status

OPPOSED = {frozenset(p) for p in (("approved", "rejected"), ("held", "called_off"),
                                  ("held", "postponed"), ("called_off", "postponed"),
                                  ("signed", "not_signed"), ("closed", "not_closed"),
                                  ("rate_cut", "rate_raised"), ("rate_cut", "rate_unchanged"),
                                  ("rate_raised", "rate_unchanged"),
                                  ("acquitted", "convicted"), ("signed", "vetoed"),
                                  # a vote or a signing postponed or called off did not take place
                                  ("approved", "postponed"), ("rejected", "postponed"),
                                  ("approved", "called_off"), ("rejected", "called_off"),
                                  ("signed", "postponed"), ("signed", "called_off"))}
# results saying the happening did not take place on its day: the day beside them is a planned one
NOT_HELD = ("postponed", "called_off")
# a day that only later articles give, later than the majority's, is probably a later development
FOLLOW_UP = 0.5


def event_conflicts(articles: Sequence[Article], similarity: aligned.Similarity | None = None,
                    align: bool | None = None) -> list[SlotConflict]:
    """Conflicts between the articles of one event (duplicates skipped), strongest first.
    ``similarity`` (the claims' similarity matrix, from their stored vectors) feeds the aligned
    figures layer (:mod:`.aligned`) and the aligned outcome layer (:mod:`.aligned_outcome`, with the
    lead statuses of :mod:`.event_status`) when
    ``align`` (default ``aligned.ENABLED``) is set."""
    arts = [a for a in articles if not a.duplicate_of] or list(articles)
    claims = extract_claims(arts)
    by_art: dict[str, list] = defaultdict(list)
    for c in claims:
        by_art[c.article].append(c)
    facts: list[SlotFact] = []
    for a in arts:
        facts += article_facts(a, by_art.get(a.id, []))
    out = compare_facts(facts, {a.id: anyascii(without_seats(a)).casefold() for a in arts})
    if similarity is not None and (aligned.ENABLED if align is None else align) and len(arts) > 1:
        sim = similarity(claims)
        out += aligned_conflicts(arts, claims, sim, facts)
        out += aligned_outcome.outcome_conflicts(arts, claims, sim, facts, out)
        out += event_status.status_conflicts(arts, facts, out)
        out = aligned_when.merge(out, arts, claims, sim, facts)  # sorts by confidence
    return out


def aligned_conflicts(arts: Sequence[Article], claims: Sequence, sim, facts: Sequence[SlotFact]
                      ) -> list[SlotConflict]:
    """Quantity conflicts of the aligned figures layer, compared as the slot engine compares
    quantities; confidence from the layer's model, "uncertain" under CONFIDENT."""
    extra, conf = aligned.aligned_facts(arts, claims, sim, facts)
    groups: dict[str, dict[str, list[SlotFact]]] = defaultdict(lambda: defaultdict(list))
    for f in extra:
        groups[f.subject][f.article].append(f)
    for f in facts:  # a reader's subject that an aligned figure took: compared with its facts
        if f.slot == "how_many" and f.subject in groups and f.article not in groups[f.subject]:
            groups[f.subject][f.article].append(f)
    out = []
    for subject, per_art in groups.items():
        if len(per_art) < 2:
            continue
        if not subject.startswith(f"{aligned.SUBJECT}:where:"):
            cf = compare_quantity(subject, per_art)
        else:  # places: the first city each article's aligned clause names, majority first
            by_key: dict[str, list[SlotFact]] = defaultdict(list)
            for fs in per_art.values():
                by_key[fs[0].key].append(fs[0])
            cf = finish("where", subject, [Side(fs[0].value, fs) for fs in by_key.values()], 0.0)
        if cf is not None and cf.tier != "disputed":
            cf.confidence = round(conf[subject], 3)
            cf.tier = "confident" if cf.confidence >= CONFIDENT else "uncertain"
            out.append(cf)
    return out


def _follow_up(minor: list[SlotFact], major: list[SlotFact], results: dict[tuple[str, tuple[int, int]], set[str]]
               ) -> bool:
    """A later day stated only by articles published after every majority article: likely the
    day of a later development (a statement, a follow-up), not a contradiction of the day; but
    not where the sentence giving that day states a result or an exact count the majority's
    articles state too ("X hat am Sonntag den Pokal gewonnen", "two were killed on Sunday"):
    that is the same happening told on another day (a postponement is no such result: the day
    beside it is a planned one, which moves)."""
    dates = [f.date for f in major if f.date and len(f.date) == 10]
    if not dates or any(not f.date or len(f.date) != 10 for f in minor):
        return False
    theirs = {k for (a, _s), ks in results.items() if a in {f.article for f in major} for k in ks}
    if any(results.get((f.article, f.sentence), set()) & theirs for f in minor):
        return False
    return all(f.key > major[0].key and f.date > max(dates) for f in minor)


def compare_facts(facts: Sequence[SlotFact], folded: dict[str, str] | None = None) -> list[SlotConflict]:
    """Conflicts among slot facts; ``folded``: each article's text, ASCII-folded, to drop a
    place value that the other article names too ("the region of Norcia" / "Norcia, Umbria")."""
    folded = folded or {}
    apart = other_happenings(facts)
    if apart:  # two happenings of one kind in one event: each compared on its own
        # days together, unless each happening is told by two articles or more: one article's day
        # a week off may be a wrong day, two articles' are another happening's
        together = len(apart) == 1
        rest = [f for f in facts if f.slot != "when"] if together else list(facts)
        out = _compare([f for f in facts if f.slot == "when"], folded) if together else []
        out += _compare([f for f in rest if f.article not in apart], folded)
        out += _compare([f for f in rest if f.article in apart], folded)
        out.sort(key=lambda c: (-c.confidence, c.slot, c.subject))
        return out
    return _compare(facts, folded)


def _not_persons(facts: Sequence[SlotFact]) -> list[SlotFact]:
    """The facts less the places the recogniser missed a person's name for: a name of several
    words that a title fact of the event gives as its holder's ("the fire chief, Ana Ruiz")."""
    holders = [site_key(f.text) for f in facts if f.slot == "who_as_what"]
    return [f for f in facts if not (f.slot == "where" and not f.key.startswith("@") and len(f.key.split()) > 1
                                     and any(h.endswith(f.key) for h in holders))]


def _compare(facts: Sequence[SlotFact], folded: dict[str, str]) -> list[SlotConflict]:
    """Conflicts among the slot facts of one happening."""
    facts = _not_persons(facts)
    fold_names(facts)
    fold_cities(facts)
    fold_persons(facts)
    fold_winners(facts)
    groups: dict[tuple[str, str], dict[str, list[SlotFact]]] = defaultdict(lambda: defaultdict(list))
    for f in facts:
        groups[(f.slot, f.subject)][f.article].append(f)
    texts: dict[str, set[str]] = defaultdict(set)  # every key an article states, per slot
    results: dict[tuple[str, tuple[int, int]], set[str]] = defaultdict(set)  # outcomes, exact counts per sentence
    for f in facts:
        texts[(f.article, f.slot)].add(f.key)
        if (f.slot == "outcome" and f.key not in NOT_HELD) or (f.slot == "how_many" and f.exact):
            results[(f.article, f.sentence)].add(f"{f.subject}={f.key}")
    out: list[SlotConflict] = []
    for (slot, subject), per_art in groups.items():
        if len(per_art) < 2:
            continue
        if slot == "how_many" and subject == TALLY:
            cf = compare_tally(per_art)
        elif slot == "how_many":
            cf = compare_quantity(subject, per_art)
        elif slot == "who_as_what":
            cf = compare_titles(subject, per_art)
        else:
            cf = _categorical(slot, subject, per_art, texts, folded, results)
        if cf is not None:
            out.append(cf)
    out = _without_tally_parts(out, facts)
    out.sort(key=lambda c: (-c.confidence, c.slot, c.subject))
    return out


def _without_tally_parts(out: list[SlotConflict], facts: Sequence[SlotFact]) -> list[SlotConflict]:
    """Less the count conflicts that repeat a tally conflict: every figure of them a count of a
    tally its article writes ("by 24 votes to 9": 24 "votes" and 9 "against" are its counts)."""
    if not any(c.slot == "how_many" and c.subject == TALLY for c in out):
        return out
    spans = [(f.article, f.start, f.end) for f in facts if f.slot == "how_many" and f.subject == TALLY]

    def inside(f: SlotFact) -> bool:
        return any(a == f.article and s <= f.start and f.end <= e for a, s, e in spans)
    return [c for c in out if c.slot != "how_many" or c.subject == TALLY
            or not all(inside(f) for sd in c.sides for f in sd.facts)]


def _categorical(slot: str, subject: str, per_art: dict[str, list[SlotFact]], texts: dict,
                 folded: dict[str, str], results: dict[tuple[str, tuple[int, int]], set[str]]
                 ) -> SlotConflict | None:
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
    follow_up = False
    for k, fs in ranked[1:]:
        if slot == "outcome" and subject in FAMILY.values() and frozenset((k, major_key)) not in OPPOSED:
            continue
        keep = [f for f in fs if major_key not in texts[(f.article, slot)]
                and not any(k in texts[(g.article, slot)] for g in major)]
        if slot == "where" and not subject.startswith("in-country:") and subject not in (SEAT, *COURTS):  # a body's kind is no name
            keep = [f for f in keep if not reconciled(subject, major, f, folded)]
        if keep:
            sides.append(Side(keep[0].value, keep))
            if slot == "when" and _follow_up(keep, major, results):
                follow_up = True
    conf = BASE[slot] + 0.05 * (len(major) - 1)
    if follow_up:
        conf *= FOLLOW_UP
    return finish(slot, subject, sides, conf)


