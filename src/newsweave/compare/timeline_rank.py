"""Evidence for one candidate day of a story timeline, and the score that ranks it.

A day's evidence is counted in *tellings*, not articles: articles that state the day in the very
same sentence (a syndicated copy, a sidebar or "most read" block repeated on every page of a site)
are one telling. The features are distinct tellings (the lead ones count fully, others by
``reported``), distinct outlets, languages and linked events, tellings published two days or more
after the day (``retro``: still told once the next-day reports are over), the coverage the day
caused (``burst``: articles published on it or in the next two days that lead with it or with no
dated happening), the coverage around it (``coverage``: every article published on it or in the next
two days, whatever it leads with: a day that made news is reported on when and right after it
happened, a signal that needs no hindsight), and ``recalled``: distinct
sentences that recall the day as background (a year or more later, or after a "since" cue) — a day
the story keeps coming back to is a turning point — and ``chronicles``: distinct articles that list
the day as an entry of a chronology ("9 March: ...", enrich/temporal/roles.py), an editor's own
choice of the story's key days.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Callable, Mapping, Sequence

from newsweave.model import Article, Timex

__all__ = ["DayEvidence", "Mention", "burst_counts", "coverage_counts", "day_evidence", "rank_score",
           "sentence_key", "tellings"]

# (article, time expression, sentence span in the article's text)
Mention = tuple[Article, Timex, tuple[int, int]]

_NON_WORD = re.compile(r"\W+")


def sentence_key(text: str) -> str:
    """A sentence folded for identity (case, punctuation and spacing ignored): two articles with
    the same key repeat one text rather than tell the happening twice."""
    return _NON_WORD.sub(" ", text.lower()).strip()


def tellings(ms: Sequence[Mention]) -> list[list[Mention]]:
    """The mentions of one day grouped into tellings: the articles that share an identical mention
    sentence, chained (a shares with b, b with c), form one group; each group lists its mentions in
    the order given."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first_by_key: dict[str, str] = {}
    for a, _, (s, e) in ms:
        parent.setdefault(a.id, a.id)
        key = sentence_key(a.text[s:e])
        if not key:
            continue
        other = first_by_key.setdefault(key, a.id)
        ra, rb = find(a.id), find(other)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[Mention]] = {}
    for m in ms:
        groups.setdefault(find(m[0].id), []).append(m)
    return list(groups.values())


@dataclass(frozen=True)
class DayEvidence:
    """Counts that rank one candidate date (see the module docstring)."""

    tellings: int
    leads: int  # tellings in which some article has the date as its lead (main role)
    future: int  # tellings first published before the date (a plan rather than a report)
    retro: int
    sources: int
    languages: int
    events: int
    burst: int
    recalled: int
    coverage: int = 0  # articles published on the day or in the next two days (coverage_counts)
    chronicles: int = 0  # articles whose chronology lists the day as an entry


OrdinalFn = Callable[[str], "int | None"]


def _ordinal_of(a: Article, ordinal: OrdinalFn) -> int | None:
    return ordinal(a.date.value) if a.date is not None and len(a.date.value) == 10 else None


def day_evidence(ms: Sequence[Mention], day: int | None, burst: int, recalled: int,
                 ordinal: OrdinalFn, coverage: int = 0) -> DayEvidence:
    """The evidence of one date from its happening mentions ``ms``; ``day`` is its ordinal (the
    middle of a month or year for a coarser date), ``burst``, ``recalled`` and ``coverage`` are
    counted by the caller (:func:`burst_counts`, distinct background sentences,
    :func:`coverage_counts`), ``ordinal`` turns an ISO date into an ordinal."""
    groups = tellings(ms)
    reps = []
    for g in groups:
        arts = {m[0].id: m[0] for m in g}
        rep = min(arts.values(), key=lambda a: (a.date.value if a.date else "9999", a.id))
        lead = any(m[1].attrs.get("role", "main") == "main" for m in g)
        listed = all(m[1].attrs.get("entry") for m in g)  # a chronology's entry: told as done
        reps.append((rep, lead, listed))
    ords = [(_ordinal_of(r, ordinal), listed) for r, _, listed in reps]
    return DayEvidence(
        tellings=len(reps), leads=sum(1 for _, lead, _ in reps if lead),
        # a chronology dated before the day was updated after its date: no plan
        future=sum(1 for po, listed in ords if day is not None and po is not None and po < day and not listed),
        retro=sum(1 for po, _ in ords if day is not None and po is not None and po >= day + 2),
        sources=len({r.source or r.id for r, _, _ in reps}),
        languages=len({r.lang for r, _, _ in reps if r.lang}),
        events=len({r.event for r, _, _ in reps if r.event}),
        burst=burst, recalled=recalled, coverage=coverage,
        chronicles=len({m[0].id for m in ms if m[1].attrs.get("entry")}))


def burst_counts(leads: Sequence[tuple[int, str | None]]) -> Callable[[int, str], int]:
    """Burst of a day from (publication ordinal, lead date or None) per article: the articles
    published on the day or in the next two days whose lead happening is that day or undated. An
    article leading with another happening does not add to the volume of the day (a busy news day
    is not by itself a turning point)."""
    free: dict[int, int] = {}
    led: dict[tuple[int, str], int] = {}
    for po, lead in leads:
        if lead is None:
            free[po] = free.get(po, 0) + 1
        else:
            led[(po, lead)] = led.get((po, lead), 0) + 1

    def burst(day: int, date: str) -> int:
        return sum(free.get(day + k, 0) + led.get((day + k, date), 0) for k in range(3))
    return burst


def coverage_counts(pub_ords: Sequence[int]) -> Callable[[int], int]:
    """Coverage of a day from the publication ordinals of the story's articles: how many were
    published on the day or in the next two days. Unlike :func:`burst_counts` it ignores what the
    articles lead with, so it also holds where most reports lead with a day-by-day account."""
    per_day: dict[int, int] = {}
    for po in pub_ords:
        per_day[po] = per_day.get(po, 0) + 1

    def coverage(day: int) -> int:
        return sum(per_day.get(day + k, 0) for k in range(3))
    return coverage


def rank_score(ev: DayEvidence, granularity_weight: float, weights: Mapping[str, float]) -> float:
    """Log-linear score of a date: each count enters as log(1 + count) times its weight."""
    w = weights
    n = ev.leads + w["reported"] * (ev.tellings - ev.leads)
    eff = n - (1 - w["future"]) * min(ev.future, n)
    return granularity_weight * (math.log1p(max(eff, 0)) * w["articles"]
                                 + math.log1p(ev.sources) * w["sources"]
                                 + math.log1p(max(ev.languages - 1, 0)) * w["languages"]
                                 + math.log1p(max(ev.events - 1, 0)) * w["events"]
                                 + math.log1p(ev.burst) * w["burst"]
                                 + math.log1p(ev.retro) * w["retro"]
                                 + math.log1p(ev.coverage) * w["coverage"]
                                 + math.log1p(ev.recalled) * w["recalled"]
                                 + math.log1p(ev.chronicles) * w["chronicle"])
