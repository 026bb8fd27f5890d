"""Story timelines: dated points built from the articles of a story.

Two kinds of points are kept apart: ``happened`` (a date stated in the text — a time expression
normalised against the article's date) and ``published`` (the articles' own dates). Each point
cites the articles that state it, with the sentence span in each.

Ranking of ``happened`` dates for a story timeline (:func:`build_timeline` with ``max_points``):
:func:`timeline_evidence` counts, per stated date, distinct *tellings* (articles repeating the same
sentence count once), the lead ones and the outlets, languages and linked events among them,
tellings published two days or more after the date (``retro``), the coverage the day caused
(``burst``: articles of the day and the next two that lead with it or with no dated happening),
all the articles of the day and the next two (``coverage``: news made when it happened, needing no
hindsight), the background sentences that recall it later (``recalled``) and the chronologies that
list it (``chronicles``); :func:`date_score`
combines them log-linearly (compare/timeline_rank.py), prefers day precision over month/year and
penalises dates far outside the coverage period. Only happenings are candidates
(``Timex.attrs["role"]`` main or reported; background mentions only add to ``recalled``).
``RANK_WEIGHTS["articles"]`` 0.5, ``"burst"`` 0.5, ``"retro"`` 2.0, ``"recalled"`` 1.0 and
``"coverage"`` 1.0 are fitted on the egypt topic alone by ``bench/fit_timeline_rank.py --tune
egypt`` (the mean Date-F1 of the topic, of the topic with each language left out and of three
phases of the story: halfway, first third, later half); libya is that fold's held-out topic.
``"chronicle"`` (the chronologies that list a day, compare/timeline_rank.py) is 0: the egypt fold
leaves it there (the libya fold fits 4.0; bench/fit_timeline_rank.py records both).
``"reported"`` and ``"languages"`` stay neutral (1.0, 0): fitted values did not transfer between
topics (bench/fit_timeline_roles.py). ``"events"`` weighs distinct linked events like outlets
(0.5, not fitted: the bench corpus has no events).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping, Sequence

from newsweave.enrich.timex import HAPPENED, extract_timexes, timex_date
from newsweave.model import Article, Timex

from .timeline_rank import (DayEvidence, Mention, burst_counts, coverage_counts, day_evidence, rank_score,
                            sentence_key)

__all__ = ["TimelinePoint", "Citation", "build_timeline", "timeline_json", "timeline_mentions",
           "timeline_evidence", "date_score", "RANK_WEIGHTS"]

# ranking weights for happened dates (see build_timeline); granularity factors below
RANK_WEIGHTS = {"articles": 0.5, "sources": 0.5, "burst": 0.5, "retro": 2.0, "future": 0.5,
                "outside": 0.2, "month": 0.35, "year": 0.15, "languages": 0.0, "reported": 1.0,
                "events": 0.5, "recalled": 1.0, "coverage": 1.0, "chronicle": 0.0}


@dataclass
class Citation:
    """Where an article states the date: the sentence span and the time expression span."""

    article_id: str
    start: int  # sentence span in Article.text
    end: int
    timex: tuple[int, int] | None = None
    text: str = ""  # the time expression as written (empty for published points)


@dataclass
class TimelinePoint:
    date: str  # YYYY-MM-DD, YYYY-MM or YYYY
    granularity: str  # day | month | year
    kind: str  # "happened" | "published"
    description: str  # a short sentence saying what happened / what was published
    citations: list[Citation] = field(default_factory=list)
    n_mentions: int = 0
    n_articles: int = 0
    n_sources: int = 0
    score: float = 0.0
    languages: list[str] = field(default_factory=list)  # languages of the citing articles
    n_events: int = 0  # distinct linked events whose articles state the date
    n_tellings: int = 0  # distinct tellings: articles repeating one sentence count once

    @property
    def article_ids(self) -> list[str]:
        seen: dict[str, None] = {}
        for c in self.citations:
            seen.setdefault(c.article_id, None)
        return list(seen)

    def to_json(self) -> dict[str, Any]:
        return {"date": self.date, "granularity": self.granularity, "kind": self.kind,
                "description": self.description, "n_mentions": self.n_mentions,
                "n_articles": self.n_articles, "n_sources": self.n_sources,
                "score": round(self.score, 4), "languages": list(self.languages),
                "n_events": self.n_events, "n_tellings": self.n_tellings,
                "citations": [{"article": c.article_id, "start": c.start, "end": c.end,
                               "timex": list(c.timex) if c.timex else None, "text": c.text}
                              for c in self.citations]}


_SENT_END = re.compile(r"(?<=[.!?…])[\"»”')\]]*\s+(?=[\"«“(\[]?[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ0-9])|\n+")


def _sentence_span(text: str, s: int, e: int) -> tuple[int, int]:
    lo = 0
    for m in _SENT_END.finditer(text, max(0, s - 600), s):
        lo = m.end()
    m = _SENT_END.search(text, e)
    hi = m.start() if m else len(text)
    while lo < hi and text[lo].isspace():
        lo += 1
    return lo, hi


def _gran(d: str) -> str:
    return {4: "year", 7: "month"}.get(len(d), "day")


def _short(sentence: str, limit: int = 240) -> str:
    s = re.sub(r"\s+", " ", sentence).strip()
    if len(s) <= limit:
        return s
    cut = s[:limit].rsplit(" ", 1)[0]
    return cut + "…"


def _dated_mentions(article: Article) -> list[tuple[Timex, str]]:
    """(timex, calendar date) for every dated mention of one article (body only), any role."""
    tx = article.timexes
    if not tx:
        spans = article.body_spans() if article.boilerplate else None
        tx = extract_timexes(article.text, article.lang, article.date, spans=spans)
    out = []
    for t in tx:
        if t.type not in ("DATE", "TIME"):
            continue
        d = timex_date(t.value)
        if d is not None:
            out.append((t, d))
    return out


def timeline_mentions(article: Article) -> list[tuple[Timex, str]]:
    """(timex, calendar date) for the dated happenings of one article (body only): a mention
    whose role (``Timex.attrs["role"]``) is background, planned or publication did not happen
    on its date and is left out."""
    return [(t, d) for t, d in _dated_mentions(article) if t.attrs.get("role", "main") in HAPPENED]


def _ordinal(d: str) -> int | None:
    try:
        if len(d) == 10:
            return dt.date.fromisoformat(d).toordinal()
        if len(d) == 7:
            return dt.date(int(d[:4]), int(d[5:7]), 15).toordinal()
        return dt.date(int(d[:4]), 7, 1).toordinal()
    except ValueError:
        return None


def timeline_evidence(articles: list[Article], min_confidence: float = 0.5,
                      granularities: Iterable[str] = ("day", "month", "year"),
                      ) -> dict[str, tuple[list[Mention], DayEvidence, bool]]:
    """Per stated date: its happening mentions, their evidence (:func:`day_evidence`) and whether
    the date lies inside the coverage period (from 400 days before the first article to 30 days
    after the last). Computed once, it can be ranked under any weights (:func:`date_score`)."""
    grans = set(granularities)
    pub_ords: list[int] = []
    leads: list[tuple[int, str | None]] = []  # (publication ordinal, lead date) per dated article
    mentions: dict[str, list[Mention]] = defaultdict(list)
    recalled: dict[str, set[str]] = defaultdict(set)  # date -> distinct background sentences
    for a in articles:
        po = _ordinal(a.date.value) if a.date is not None and len(a.date.value) == 10 else None
        if po:
            pub_ords.append(po)
        if a.duplicate_of:
            continue
        lead: tuple[int, str] | None = None  # the first day the article has in the main role
        for t, d in _dated_mentions(a):
            if t.confidence < min_confidence:
                continue
            role = t.attrs.get("role", "main")
            if role == "main" and _gran(d) == "day" and (lead is None or t.start < lead[0]):
                lead = (t.start, d)
            if _gran(d) not in grans:
                continue
            span = _sentence_span(a.text, t.start, t.end)
            if role in HAPPENED:
                mentions[d].append((a, t, span))
            elif role == "background" and (key := sentence_key(a.text[span[0]:span[1]])):
                recalled[d].add(key)
        if po:
            leads.append((po, lead[1] if lead else None))
    pub_ords.sort()
    burst = burst_counts(leads)
    coverage = coverage_counts([po for po, _ in leads])  # articles that are not copies
    out = {}
    for d, ms in mentions.items():
        o = _ordinal(d)
        on_day = o is not None and _gran(d) == "day"  # burst and coverage: day points only
        ev = day_evidence(ms, o, burst(o, d) if o is not None and on_day else 0,
                          len(recalled.get(d, ())), _ordinal, coverage(o) if o is not None and on_day else 0)
        inside = o is None or not pub_ords or pub_ords[0] - 400 <= o <= pub_ords[-1] + 30
        out[d] = (ms, ev, inside)
    return out


def date_score(d: str, ev: DayEvidence, inside: bool,
               weights: Mapping[str, float] | None = None) -> float:
    """Rank score of a stated date under ``weights`` (default :data:`RANK_WEIGHTS`): the
    log-linear evidence score, scaled by the granularity factor and by ``outside`` when the date
    lies outside the coverage period."""
    w = RANK_WEIGHTS if weights is None else weights
    score = rank_score(ev, {"day": 1.0, "month": w["month"], "year": w["year"]}[_gran(d)], w)
    return score if inside else score * w["outside"]


def build_timeline(articles: list[Article], max_points: int | None = None,
                   kinds: Iterable[str] = ("happened", "published"),
                   min_confidence: float = 0.5, granularities: Iterable[str] = ("day", "month", "year"),
                   max_citations: int = 5, lang: str | None = None) -> list[TimelinePoint]:
    """Dated points of a story, in date order (published before happened on the same date).

    ``max_points`` keeps the best-ranked ``happened`` points (and only the ``published`` points on
    those dates); None keeps every point. ``min_confidence`` drops uncertain normalisations (e.g. a
    weekday resolved against a month-only article date). One point per date gathers the happening
    in every language: its citations open with one article per language, and its description is
    taken from a source in ``lang`` (the reader's language) when one states the date.
    """
    kinds = set(kinds)
    pub_days: dict[str, list[Article]] = defaultdict(list)
    for a in articles:
        if a.date is not None:
            pub_days[a.date.value].append(a)

    points: list[TimelinePoint] = []
    if "happened" in kinds:
        for d, (ms, ev, inside) in timeline_evidence(articles, min_confidence, granularities).items():
            langs = {m[0].lang for m in ms if m[0].lang}
            desc_src = _pick_description([m for m in ms if m[0].lang == lang] or ms)
            points.append(TimelinePoint(d, _gran(d), "happened", desc_src, _citations(ms, max_citations),
                                        len(ms), len({m[0].id for m in ms}),
                                        len({m[0].source or m[0].id for m in ms}),
                                        date_score(d, ev, inside), sorted(langs),
                                        len({m[0].event for m in ms if m[0].event}), ev.tellings))

    if max_points is not None:
        points.sort(key=lambda p: (-p.score, p.date))
        points = _diverse(points, max_points)

    # ---- published
    if "published" in kinds:
        keep_dates = {p.date for p in points} if max_points is not None else None
        for d, arts in pub_days.items():
            if keep_dates is not None and d not in keep_dates:
                continue
            cites = []
            for a in sorted(arts, key=lambda a: a.id)[:max_citations]:
                s, e = _title_span(a)
                cites.append(Citation(a.id, s, e, None, ""))
            first = sorted(arts, key=lambda a: a.id)[0]
            desc = first.title or _short(first.text[slice(*_title_span(first))])
            points.append(TimelinePoint(d, _gran(d), "published", _short(desc), cites, len(arts),
                                        len(arts), len({a.source or a.id for a in arts}),
                                        float(len(arts))))
    points.sort(key=lambda p: (p.date, 0 if p.kind == "published" else 1))
    return points


def timeline_json(points: Sequence[TimelinePoint], articles: Sequence[Article],
                  source_label: Callable[[Article], str] | None = None) -> list[dict[str, Any]]:
    """The one JSON shape of a timeline (API, CLI and reports): each point's ``to_json()`` plus
    ``texts`` (its description) and ``sources`` (the outlets citing it, labelled by
    ``source_label``; default: the outlet, else the article id)."""
    label = source_label or (lambda a: a.source or a.id)
    by_id = {a.id: a for a in articles}
    out = []
    for p in points:
        d = p.to_json()
        d["texts"] = [p.description] if p.description else []
        sources: list[str] = []
        for c in p.citations:
            a = by_id.get(c.article_id)
            name = label(a) if a is not None else c.article_id
            if name not in sources:
                sources.append(name)
        d["sources"] = sources
        out.append(d)
    return out


def _citations(ms: list[Mention], limit: int) -> list[Citation]:
    """One citation per article, earliest first, the first article of each language leading so
    that a capped list still shows the happening in every language that reports it."""
    cites: list[Citation] = []
    seen: set[str] = set()
    for a, t, (s, e) in sorted(ms, key=lambda m: (m[0].date.value if m[0].date else "", m[0].id)):
        if a.id not in seen:
            seen.add(a.id)
            cites.append(Citation(a.id, s, e, (t.start, t.end), t.text))
    lang_of = {m[0].id: m[0].lang for m in ms}
    lead: dict[str | None, Citation] = {}
    for c in cites:
        lead.setdefault(lang_of[c.article_id], c)
    lead_ids = {c.article_id for c in lead.values()}
    return (list(lead.values()) + [c for c in cites if c.article_id not in lead_ids])[:limit]


def _diverse(points: list[TimelinePoint], k: int) -> list[TimelinePoint]:
    """Top-k by score, preferring day points; a month/year point is kept only when no chosen day
    point already falls inside it."""
    chosen: list[TimelinePoint] = []
    for p in points:
        if len(chosen) >= k:
            break
        if p.granularity != "day" and any(c.date.startswith(p.date) for c in chosen):
            continue
        chosen.append(p)
    return chosen


def _title_span(a: Article) -> tuple[int, int]:
    text = a.text
    if a.title:
        i = text.find(a.title)
        if i != -1:
            return i, i + len(a.title)
    m = re.search(r"\S[^\n]{10,}", text)
    if not m:
        return 0, min(len(text), 200)
    return _sentence_span(text, m.start(), m.start() + 1)


def _pick_description(ms: list[Mention]) -> str:
    """The citing sentence most typical of the mentions: mid-length, sharing words with others."""
    cands = []
    bags = []
    for a, t, (s, e) in ms[:40]:
        sent = a.text[s:e]
        words = {w.lower() for w in re.findall(r"\w{4,}", sent)}
        cands.append((sent, words))
        bags.append(words)
    best, best_score = "", -1.0
    for sent, words in cands:
        if not words:
            continue
        overlap = sum(len(words & b) / (len(b) or 1) for b in bags if b is not words)
        length_pen = 0.0 if 40 <= len(sent) <= 300 else 0.5
        sc = overlap - length_pen
        if sc > best_score:
            best, best_score = sent, sc
    return _short(best or (cands[0][0] if cands else ""))
