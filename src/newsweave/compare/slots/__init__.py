"""Slot-by-slot conflicts between the articles of one event.

Each article states the slots of the event's main happening: *when* (its day), *where* (places
with their containing region or country), *how many* (quantities by head-noun class, with the
interval their modifier allows), *who as what* (a person's title at the time) and *outcome*
(approved or rejected, held or called off, signed or not, the score). ``event_conflicts``
compares the articles slot by slot and reports a :class:`SlotConflict` only where two sources
give incompatible values for the same slot; rounding within a modifier, other units, updates,
two true titles, background, part vs whole are not conflicts; a party's denial is tier
``disputed``.
"""
from __future__ import annotations

from .compare import event_conflicts
from .extract import article_facts
from .records import SLOTS, TIERS, Side, SlotConflict, SlotFact

__all__ = ["SLOTS", "TIERS", "Side", "SlotConflict", "SlotFact", "article_facts", "event_conflicts"]
