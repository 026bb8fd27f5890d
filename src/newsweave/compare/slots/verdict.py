"""A conflict's confidence and tier from its slot, its sides and their evidence."""
from __future__ import annotations

from .records import Side, SlotConflict

KIND = {"when": "date", "where": "location", "how_many": "number", "who_as_what": "role",
        "outcome": "outcome"}
# base confidence of a conflict by slot: set by hand. bench/fit_conflict_confidence.py prints the
# reliability table on the tuning half and a fitted base per slot; not adopted while each slot has
# under 10 reported conflicts there (its precision is then known only to about +-0.3)
BASE = {"when": 0.6, "where": 0.75, "how_many": 0.8, "who_as_what": 0.75, "outcome": 0.7}
CONFIDENT = 0.6
# a relative date read from an inferred publication date cannot make a conflict confident on its own
GUESSED_ANCHOR = 0.5

def finish(slot: str, subject: str, sides: list[Side], conf: float) -> SlotConflict | None:
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


