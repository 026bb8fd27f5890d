"""A generated desk at volume: a store of 1,000 events (one long storyline of 300 events, like a
months-long crisis, and many short ones), three articles each from 40 outlets, one stray article
dated years later; then the time the home, story and event pages take.

    python bench/desk_volume.py [--events 1000] [--db PATH]

``build_volume_db`` is shared with tests/test_desk_volume.py. Text is invented and repetitive on
purpose: this measures the pages, not the analysis.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsweave.model import Article, DateInfo  # noqa: E402
from newsweave.store.base import EventRecord, StoryRecord  # noqa: E402

LONG_STORY = "S-long"
N_SOURCES = 40
PER_EVENT = 3
START = date(2011, 2, 15)


def _story_of(i: int, n_long: int) -> str:
    return LONG_STORY if i < n_long else f"S-{(i - n_long) // 5:04d}"


def build_volume_db(repo, n_events: int = 1000, n_long: int = 300) -> dict[str, str]:
    """Fill ``repo``; returns {"story": the long story's id, "event": one of its events}."""
    stories = sorted({_story_of(i, n_long) for i in range(n_events)})
    with repo.transaction():
        for sid in stories:
            repo.put_story(StoryRecord(sid, f"Storyline {sid}: harbour dispute in Vellmark"
                                       if sid == LONG_STORY else f"Storyline {sid}"))
        for i in range(n_events):
            day = START + timedelta(days=i // 2 if i < n_long else (i * 3) % 700)
            eid = f"E-{i:05d}"
            repo.put_event(EventRecord(eid, _story_of(i, n_long), f"Event {i}: council meets over the harbour",
                                       {"value": day.isoformat(), "source": "inferred"}, PER_EVENT, {}))
            for j in range(PER_EVENT):
                d = day + timedelta(days=j)
                if i == 7 and j == 0:
                    d = date(2015, 6, 1)  # a stray article years later (the outlier the axis ignores)
                src = f"outlet-{(i * PER_EVENT + j) % N_SOURCES:02d}"
                title = f"Harbour council session {i}.{j}"
                text = (f"{title}\n\nThe council of Vellmark met on the harbour dispute, session {i}, "
                        f"reported by {src}. Delegates argued about berth fees and the night curfew.")
                a = Article(id=f"a-{i:05d}-{j}", text=text, title=title, lang="en", source=src,
                            url=f"https://{src}.example/{i}/{j}", date=DateInfo(d.isoformat(), "metadata"),
                            origin="generated", raw=text.encode())
                a.event, a.story = eid, _story_of(i, n_long)
                repo.add_article(a)
                repo.save_layers(a, "bench.desk_volume", "1", ["event"])
    return {"story": LONG_STORY, "event": "E-00007"}


def time_pages(db: str, ids: dict[str, str]) -> dict[str, tuple[float, float]]:
    """(wall, process CPU) seconds of the first GET of each page on a fresh app made as ``serve`` makes it: the event
    page of an event whose report was never built (it waits ``SERVE_REPORT_WAIT_S`` at most, then
    the page fetches the report's section on its own), that section (the cold report: it embeds
    the claims), and another event's page once its report is cached (as ``serve`` warms them)."""
    from fastapi.testclient import TestClient
    from newsweave.api import create_app
    from newsweave.api.app import SERVE_REPORT_WAIT_S
    out = {}
    with TestClient(create_app(db, report_wait_s=SERVE_REPORT_WAIT_S)) as c:
        for name, url in (("home", "/"), ("story", f"/stories/{ids['story']}"),
                          ("event (cold)", f"/events/{ids['event']}"),
                          ("its report section", f"/events/{ids['event']}/report")):
            t, cpu = time.perf_counter(), time.process_time()
            r = c.get(url)
            out[name] = (time.perf_counter() - t, time.process_time() - cpu)
            if r.status_code != 200:
                raise SystemExit(f"{url}: HTTP {r.status_code}")
        c.app.state.reports.get(c.app.state.repo, "E-00008")
        t, cpu = time.perf_counter(), time.process_time()
        c.get("/events/E-00008")
        out["event (report cached)"] = (time.perf_counter() - t, time.process_time() - cpu)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=1000)
    ap.add_argument("--db")
    args = ap.parse_args()
    from newsweave.store import open_store
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "volume.db")
        repo = open_store(db)
        t = time.perf_counter()
        ids = build_volume_db(repo, args.events)
        repo.close()
        print(f"built {args.events} events in {time.perf_counter() - t:.1f}s")
        for name, (wall, cpu) in time_pages(db, ids).items():
            print(f"{name:<22} {wall * 1000:6.0f} ms wall, {cpu * 1000:6.0f} ms CPU (the process, threads included)")


if __name__ == "__main__":
    main()
