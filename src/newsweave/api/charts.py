"""SVG geometry for the HTML pages: coverage sparklines and the story timeline (positions and
sizes only; the templates draw them)."""
from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, timedelta
from typing import Any

from ..model import Article
from ..queries import date_of, first_day

PALETTE = ["#1f6feb", "#d9480f", "#2b8a3e", "#ae3ec9", "#e67700", "#0b7285", "#c2255c", "#5c7cfa",
           "#66a80f", "#862e9c", "#495057", "#f08c00"]


def spark(series: dict[str, Any], width: int = 160, height: int = 28) -> dict[str, Any]:
    """Bars of a coverage sparkline from ``queries.coverage_series`` (one bar per period)."""
    periods = series["periods"]
    if not periods:
        return {"bars": [], "width": width, "height": height, "unit": series["unit"], "first": None,
                "last": None, "max": 0}
    mx = max(p["articles"] for p in periods) or 1
    bw = width / len(periods)
    bars = []
    for i, p in enumerate(periods):
        n = p["articles"]
        h = 0 if n == 0 else max(2.0, (height - 2) * n / mx)
        bars.append({"x": round(i * bw, 2), "w": round(max(bw - 1, 1), 2), "y": round(height - h, 2),
                     "h": round(h, 2), "label": p["period"], "n": n})
    return {"bars": bars, "width": width, "height": height, "unit": series["unit"],
            "first": periods[0]["period"], "last": periods[-1]["period"], "max": mx}


def _color(i: int) -> str:
    """The ``i``-th colour: the palette first, then hues spread by the golden angle (every outlet
    of a story gets its own colour, however many there are)."""
    if i < len(PALETTE):
        return PALETTE[i]
    j = i - len(PALETTE)
    hue = (j * 137.508) % 360
    light = (38, 50, 30)[(j // 24) % 3]
    return f"hsl({hue:.1f},65%,{light}%)"


def source_colors(sources: list[str | None]) -> dict[str, str]:
    """A distinct colour per outlet, stable for a given set of outlets."""
    order = sorted({s or "(unknown)" for s in sources})
    return {s: _color(i) for i, s in enumerate(order)}


ROBUST_MIN = 20        # with at least this many dates, the axis spans the ROBUST_Q..1-ROBUST_Q range
ROBUST_Q = 0.02


def axis_range(days: list[date]) -> tuple[date, date]:
    """The dates the axis spans: all of them when few; else the 2nd–98th percentile widened by a
    quarter of its span (at least a week) to the dates that fall inside, so that one stray article
    years away does not crush the rest (dots outside are pinned to the edge and marked)."""
    ds = sorted(days)
    if len(ds) < ROBUST_MIN:
        return ds[0], ds[-1]
    k = int(ROBUST_Q * (len(ds) - 1))
    lo, hi = ds[k], ds[len(ds) - 1 - k]
    margin = max(timedelta(days=7), (hi - lo) / 4)
    return (min(d for d in ds if d >= lo - margin), max(d for d in ds if d <= hi + margin))


def _dots(members_by_key: dict[tuple, list[Article]], x: Any, colors: dict[str, str]) -> list[dict[str, Any]]:
    """One dot per (day, source); dots of one day fan out vertically, bigger for more articles."""
    offsets = [0, -7, 7, -13, 13]
    lo, hi = x.range  # type: ignore[attr-defined]
    pts = []
    per_day: Counter = Counter()
    for (d, src), members in sorted(members_by_key.items(), key=lambda kv: (kv[0][0], kv[0][1])):
        off = offsets[min(per_day[d], len(offsets) - 1)]
        per_day[d] += 1
        members.sort(key=lambda a: a.db_id or 0)
        titles = "; ".join((a.title or a.id) for a in members[:3]) + (" …" if len(members) > 3 else "")
        n = len(members)
        pts.append({"x": x(d), "y": 15 + off, "outlier": not lo <= d <= hi, "r": 5 if n == 1 else min(8, 5 + n.bit_length() - 1),
                    "color": colors.get(src), "n": n,
                    "label": f"{'outside the axis: ' if not lo <= d <= hi else ''}{d.isoformat()} · {src} · {n} article{'s' if n != 1 else ''}: {titles}",
                    "href": f"/articles/{members[0].db_id}"})
    return pts


def story_timeline(events: list[dict[str, Any]], arts: list[Article], width: int = 760,
                   row_h: int = 34) -> dict[str, Any]:
    """Geometry of the story timeline: one row per event (``queries.event_rows``), one dot per
    source and day (colour = source, bigger when the source ran several articles that day)."""
    dated = [(a, first_day(date_of(a))) for a in arts]
    ds = [d for _, d in dated if d] + [d for d in (first_day(e["date_value"]) for e in events) if d]
    colors = source_colors([a.source for a in arts])
    if not ds:
        return {"rows": [], "width": width, "height": 0, "ticks": [], "colors": colors}
    d0, d1 = axis_range(ds)
    span = max((d1 - d0).days, 1)
    pad = 16

    def x(d: date) -> float:
        return round(pad + (width - 2 * pad) * (min(max(d, d0), d1) - d0).days / span, 1)
    x.range = (d0, d1)  # type: ignore[attr-defined]

    by_event: dict[str | None, list] = defaultdict(list)
    for a, d in dated:
        by_event[a.event].append((a, d))
    rows = []
    top = 26
    for i, ev in enumerate(events):
        y = top + i * row_h + row_h / 2
        groups: dict[tuple, list[Article]] = defaultdict(list)
        for a, d in by_event.get(ev["id"], []):
            if d is not None:
                groups[(d, a.source or "(unknown)")].append(a)
        pts = _dots(groups, x, colors)
        ed = first_day(ev["date_value"])
        xs = [p["x"] for p in pts] or ([x(ed)] if ed else [])
        rows.append({"event": ev, "y": y, "x0": min(xs) if xs else None, "x1": max(xs) if xs else None,
                     "xe": x(ed) if ed else None, "points": pts})
    ticks = []
    n_ticks = min(6, span + 1)
    for j in range(n_ticks):
        d = d0 + timedelta(days=round(span * j / max(n_ticks - 1, 1)))
        anchor = "start" if j == 0 else ("end" if j == n_ticks - 1 else "middle")
        ticks.append({"x": x(d), "label": d.isoformat(), "anchor": anchor})
    outliers = sum(1 for d in ds if not d0 <= d <= d1)
    return {"rows": rows, "width": width, "height": top + len(events) * row_h + 8, "ticks": ticks,
            "colors": colors, "outliers": outliers}
