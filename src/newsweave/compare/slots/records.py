"""Records of slot facts (one value of one slot stated by one article) and slot conflicts."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SLOTS = ("when", "where", "how_many", "who_as_what", "outcome")
TIERS = ("confident", "disputed", "uncertain")


@dataclass
class SlotFact:
    """One article's value for one slot of the event's main happening.

    ``subject`` says which value of the slot it is ("killed", the person's key, the place's
    key, "region", "day"); ``key`` is the comparable value and ``value`` its display form;
    ``low``/``high`` bound a quantity as its modifier allows; ``also`` holds other values
    the same article gives for the subject (an article reconciles them itself)."""

    slot: str
    subject: str
    value: str
    key: str
    article: str
    source: str
    start: int
    end: int
    text: str
    sentence: tuple[int, int] = (0, 0)
    low: float | None = None
    high: float | None = None
    exact: bool = True
    provisional: bool = False
    denied_by: str | None = None
    subject_label: str = ""
    date: str | None = None  # the article's publication date
    # the article had no publication date and newsweave inferred ``date`` from its event's
    # other articles (the happening's day): it orders no update of a count
    date_inferred: bool = False
    qualifier: str | None = None  # a title's organisation key
    context: str = ""  # the sentence (clause) stating it, whitespace folded
    # a relative date ("last Monday") resolved against a publication date newsweave inferred for
    # an undated article: its day is only as sure as that inference
    inferred_anchor: bool = False
    # where slot: gazetteer places the article names anywhere, outside person and organisation
    # mentions ("Sokil Lviv" names a club): an article naming the other side's place reconciles
    named: frozenset[str] = frozenset()


@dataclass
class Side:
    value: str
    facts: list[SlotFact]

    @property
    def articles(self) -> list[str]:
        return list(dict.fromkeys(f.article for f in self.facts))

    @property
    def sources(self) -> list[str]:
        return list(dict.fromkeys(f.source for f in self.facts))

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "articles": self.articles, "sources": self.sources,
                "evidence": [{"article": f.article, "start": f.start, "end": f.end, "text": f.text}
                             for f in self.facts]}


@dataclass
class SlotConflict:
    """Sources giving incompatible values for one slot of one happening; sides majority first."""

    slot: str
    subject: str
    kind: str
    sides: list[Side]
    confidence: float
    tier: str = "confident"
    disputed_by: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"slot": self.slot, "subject": self.subject, "kind": self.kind, "tier": self.tier,
                "confidence": round(self.confidence, 3), "disputed_by": self.disputed_by,
                "sides": [s.to_json() for s in self.sides]}
