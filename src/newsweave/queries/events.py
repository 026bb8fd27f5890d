"""Data of the story and event pages and of the event lists (home page, ``/api/events``, CLI)."""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from ..compare.report import render_json
from ..model import Article
from ..store.base import ArticleFilter, EventRecord, Repository
from .coverage import coverage_series
from .records import article_order, event_brief, event_order, light_articles, story_brief
from .reports import ReportCache, conflict_count


def events_by_date(repo: Repository, story: str | None = None) -> list[EventRecord]:
    """The stored events (of one story), by their own date, undated first."""
    return sorted(repo.list_events(story=story), key=event_order)


def _row_order(row: dict[str, Any]) -> tuple:
    return ((row.get("date_value") or "9999"), row["id"])


def event_rows(repo: Repository, events: list[EventRecord], flt: ArticleFilter | None = None,
               reports: ReportCache | None = None, compute_reports: bool = False) -> list[dict[str, Any]]:
    """Per event: date, title, #articles, #sources, #conflicts (None when not known yet), by date.

    Conflict counts come from reports already built (``conflict_count``: the figure the event
    page, the API and ``newsweave report`` show), else None; with ``compute_reports`` the
    missing reports are built in the background for the next visit."""
    n_art: Counter = Counter()
    unsourced: Counter = Counter()  # articles whose outlet is unknown
    srcs: dict[str, set] = defaultdict(set)
    first: dict[str, str] = {}
    for ev_id, src, day, n in repo.article_counts(["event", "source", "day"], flt):
        if ev_id is None:
            continue
        n_art[ev_id] += n
        if src:
            srcs[ev_id].add(src)
        else:
            unsourced[ev_id] += n
        if day and (ev_id not in first or day < first[ev_id]):
            first[ev_id] = day
    rows = []
    pending: list[str] = []
    total = repo.count_articles() if reports is not None else None
    for ev in events:
        conflicts = None
        if reports is not None:
            rep = reports.peek(repo, ev.id, total)
            if rep is None and compute_reports:
                pending.append(ev.id)
            conflicts = conflict_count(rep) if rep is not None else None
        rows.append({"id": ev.id, "title": ev.title or ev.id, "story": ev.story,
                     "date_value": (ev.date or {}).get("value") or first.get(ev.id), "date": ev.date,
                     "n_articles": n_art.get(ev.id, 0), "n_sources": len(srcs.get(ev.id, ())),
                     "sources": sorted(srcs.get(ev.id, ())), "n_unsourced": unsourced.get(ev.id, 0),
                     "n_conflicts": conflicts})
    rows.sort(key=_row_order)
    if pending and reports is not None:
        reports.warm(repo, pending)
    return rows


def _sum_conflicts(rows: list[dict[str, Any]]) -> int | None:
    known = [e["n_conflicts"] for e in rows if e["n_conflicts"] is not None]
    return sum(known) if known else None


def story_summaries(repo: Repository, reports: ReportCache | None = None, report_budget: int = 40,
                    offset: int = 0, limit: int | None = None) -> tuple[int, list[dict[str, Any]]]:
    """Home page data: (number of stories, the stories from ``offset`` with their event rows and
    coverage over time), largest stories first; events outside any story come last."""
    events = repo.list_events()
    rows = event_rows(repo, events, reports=reports, compute_reports=len(events) <= report_budget)
    by_story: dict[str | None, list] = defaultdict(list)
    for r in rows:
        by_story[r["story"]].append(r)
    days: dict[str | None, list] = defaultdict(list)
    srcs: dict[str | None, set] = defaultdict(set)
    n_art: Counter = Counter()
    for st_id, src, day, n in repo.article_counts(["story", "source", "day"]):
        n_art[st_id] += n
        if day:
            days[st_id].append((day, n))
        if src:
            srcs[st_id].add(src)
    out = []
    for st in repo.list_stories():
        evs = by_story.get(st.id, [])
        out.append({"id": st.id, "title": st.title or st.id, "meta": st.meta, "events": evs,
                    "n_articles": n_art.get(st.id, 0), "n_sources": len(srcs.get(st.id, ())),
                    "n_conflicts": _sum_conflicts(evs)})
    orphans = by_story.get(None, [])
    if orphans:
        out.append({"id": None, "title": "Events outside any story", "meta": {}, "events": orphans,
                    "n_articles": sum(e["n_articles"] for e in orphans),
                    "n_sources": len({s for e in orphans for s in e["sources"]}),
                    "n_conflicts": _sum_conflicts(orphans)})
    out.sort(key=lambda s: (s["id"] is None, -s["n_articles"], s["title"]))
    total = len(out)
    out = out[offset:offset + limit] if limit is not None else out[offset:]
    for s in out:
        s["coverage"] = coverage_series(days.get(s["id"], []) if s["id"] is not None else [])
    return total, out


def story_page(repo: Repository, story_id: str, reports: ReportCache | None = None,
               report_budget: int = 40, offset: int = 0, limit: int | None = None) -> dict[str, Any] | None:
    """A story: its event rows, its articles (without layers) and its coverage over time.

    With ``limit``, ``events`` holds that page of the event rows (``n_events`` counts them all)
    and ``articles`` only the articles of those events: a long storyline reads page by page."""
    st = repo.get_story(story_id)
    if st is None:
        return None
    flt = ArticleFilter(story=story_id)
    small = report_budget > 0 and len(repo.list_events()) <= report_budget  # whole store, as the home page
    rows = event_rows(repo, repo.list_events(story=story_id), flt, reports=reports, compute_reports=small)
    n_events = len(rows)
    if limit is not None:
        rows = rows[offset:offset + limit]
        arts = [a for r in rows for a in light_articles(repo, ArticleFilter(story=story_id, event=r["id"]))]
    else:
        arts = light_articles(repo, flt)
    arts.sort(key=article_order)
    coverage = coverage_series([(d, n) for d, n in repo.article_counts(["day"], flt) if d])
    return {"story": story_brief(st), "events": rows, "n_events": n_events, "articles": arts,
            "n_articles": repo.count_articles(flt),
            "n_sources": len({r[0] for r in repo.article_counts(["source"], flt) if r[0]}),
            "coverage": coverage}


def quotes_by_speaker(arts: list[Article]) -> list[dict[str, Any]]:
    """Quotes grouped by speaker, most quoted first, unattributed ones last."""
    groups: dict[str, list] = defaultdict(list)
    for a in arts:
        for q in a.quotes:
            s, e = q.content if q.content else (q.start, q.end)
            groups[q.speaker or "(unattributed)"].append(
                {"text": a.text[s:e].strip(), "article": a.db_id, "source": a.source, "kind": q.kind,
                 "cue": q.cue, "entity": q.entity})
    out = [{"speaker": k, "quotes": v, "sources": sorted({q["source"] or "?" for q in v})}
           for k, v in groups.items()]
    out.sort(key=lambda g: (g["speaker"] == "(unattributed)", -len(g["quotes"]), g["speaker"]))
    return out


def attributions_by_source(arts: list[Article]) -> list[dict[str, Any]]:
    """Cited sources (agencies, officials, documents), most cited first."""
    c: Counter = Counter()
    kinds: dict[str, str] = {}
    for a in arts:
        for t in a.attributions:
            c[t.source] += 1
            kinds[t.source] = t.kind
    return [{"source": s, "kind": kinds[s], "n": n} for s, n in c.most_common()]


def top_entities(arts: list[Article], n: int = 15, linked_only: bool = False) -> list[dict[str, Any]]:
    """The entities of most articles: id (None for a mention linked to no entity), name, type,
    ``n`` articles and ``mentions``."""
    n_arts: Counter = Counter()
    n_mentions: Counter = Counter()
    names: dict[str, tuple[str, str]] = {}
    for a in arts:
        seen = set()
        for m in a.entities:
            if linked_only and not m.entity:
                continue
            key = m.entity or f"~{m.type}:{(m.name or m.text).casefold()}"
            n_mentions[key] += 1
            names.setdefault(key, (m.name or m.text, m.type))
            if key not in seen:
                seen.add(key)
                n_arts[key] += 1
    return [{"id": k if not k.startswith("~") else None, "name": names[k][0], "type": names[k][1],
             "n": v, "mentions": n_mentions[k]} for k, v in n_arts.most_common(n)]


def event_page(repo: Repository, event_id: str, reports: ReportCache | None = None,
               report_wait_s: float | None = None) -> dict[str, Any] | None:
    """An event: its articles (with layers, by date), story, outlets, quotes, cited sources, top
    entities and, given a report cache, its comparison report (as JSON data). ``report_wait_s``:
    wait at most this long for a report not yet built (``report`` None and ``report_pending``
    True when it is still building); None waits for it."""
    ev = repo.get_event(event_id)
    if ev is None:
        return None
    arts = list(repo.iter_articles(ArticleFilter(event=event_id)))
    arts.sort(key=article_order)
    story = repo.get_story(ev.story) if ev.story else None
    by_source: dict[str, list] = defaultdict(list)
    for a in arts:
        by_source[a.source or "(unknown)"].append(a)
    rep = None
    if reports is not None:
        rep = (reports.get(repo, event_id) if report_wait_s is None
               else reports.get_within(repo, event_id, report_wait_s))
    return {"event": event_brief(ev), "story": story_brief(story) if story else None,
            "articles": arts, "n_sources": len(by_source),
            "by_source": sorted(by_source.items(), key=lambda kv: (-len(kv[1]), kv[0])),
            "report": render_json(rep) if rep is not None else None,
            "report_pending": reports is not None and rep is None,
            "quotes": quotes_by_speaker(arts), "attributions": attributions_by_source(arts),
            "entities": top_entities(arts, 15)}
