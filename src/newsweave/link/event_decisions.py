"""What one step of event linking decided, as plain records: the linker makes them without touching
the store, :mod:`.event_persistence` writes them. Nothing here knows the Repository."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator

from ..model import DateInfo


@dataclass
class LogEntry:
    """One line of the cluster log: open / assign / merge / move / close / split / story_* /
    date_inferred, on an event or story id, with why."""

    action: str
    subject: str
    detail: dict[str, Any]


@dataclass
class Assignment:
    """Where one input article went (``date``: a date inferred for it, else None)."""

    article: str              # the article's id
    db_id: int | None
    event: str | None
    story: str | None
    date: DateInfo | None = None


@dataclass
class EventSummary:
    """What is stored about an event: its story, the title of its most central article, its date."""

    id: str
    story: str | None
    title: str
    date: DateInfo | None
    size: int
    central_article: str
    langs: dict[str, int]


@dataclass
class StorySummary:
    """What is stored about a story: title, events in date order with their dates, keywords."""

    id: str
    title: str
    event_ids: list[str]
    size: int
    keywords: list[str]
    dates: list[str | None]


@dataclass
class Membership:
    """The event and story of a stored article (row ``db_id``)."""

    db_id: int
    event: str | None
    story: str | None


@dataclass
class LinkDecisions:
    """Everything one call of the linker decided; iterating gives the per-article assignments.

    ``events`` / ``stories``: the ones that changed (to upsert); ``removed_*``: ids that no longer
    exist; ``memberships``: current ids of the stored articles of changed events; ``counters``: id
    counters that moved (kind → next number); ``log``: every change, in order."""

    assignments: list[Assignment] = field(default_factory=list)
    events: list[EventSummary] = field(default_factory=list)
    stories: list[StorySummary] = field(default_factory=list)
    removed_events: list[str] = field(default_factory=list)
    removed_stories: list[str] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    counters: dict[str, int] = field(default_factory=dict)
    log: list[LogEntry] = field(default_factory=list)

    def __iter__(self) -> Iterator[Assignment]:
        return iter(self.assignments)

    def __len__(self) -> int:
        return len(self.assignments)
