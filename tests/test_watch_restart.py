"""``newsweave watch`` as a process: several poll cycles against the local server, kill -9 in the
middle of a cycle, restart: no duplicate and no lost item, alerts exactly once, health intact."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from newsweave.alerts import AlertEngine, AlertStore
from newsweave.enrich.embed import HashingModel
from newsweave.store import SQLiteRepository
from newsweave.watch import FeedState
from watchtest_data import full_text, item
from watchtest_server import FeedServer, page, rss

SRC = Path(__file__).resolve().parents[1] / "src"


def _wait(cond, timeout: float, what: str) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if cond():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def _start(feeds: Path, db: Path, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(SRC), "NEWSWEAVE_NO_PROGRESS": "1"}
    return subprocess.Popen([sys.executable, "-m", "newsweave.cli", "watch", str(feeds), "--db", str(db),
                             "--stages", "clean,dedup,timex", *extra],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def _items_seen(db: Path) -> int:
    repo = SQLiteRepository(db)
    try:
        return FeedState.load(repo, "k").items_seen
    finally:
        repo.close()


def test_watch_survives_kill_9_and_resumes_without_duplicates(tmp_path):
    server = FeedServer()
    proc = None
    try:
        base = server.url
        for n in range(6):
            server.set(f"/articles/{n}.html", body=page(f"Item {n}", full_text(n)),
                       content_type="text/html; charset=utf-8")
        server.set("/k.xml", body=rss([item(n, base, summary_only=True) for n in range(2)]), etag='"k1"')
        feeds = tmp_path / "feeds.yaml"
        feeds.write_text(f"timeout: 5\nparallel: 1\nfeeds:\n  - url: {base}/k.xml\n    name: k\n", encoding="utf-8")
        db = tmp_path / "k.db"
        repo = SQLiteRepository(db)
        AlertEngine(repo, embedder=HashingModel()).add_watch("query", "authorities report")
        repo.close()

        proc = _start(feeds, db, "--interval", "1")
        _wait(lambda: _items_seen(db) == 2, 240, "the first cycle")
        _wait(lambda: len(server.hits("/k.xml")) >= 2, 60, "a second cycle")  # 304s meanwhile
        # the feed grows; its new pages are slow, so the next cycle is caught half done
        for n in range(2, 6):
            server.set(f"/articles/{n}.html", body=page(f"Item {n}", full_text(n)),
                       content_type="text/html; charset=utf-8", delay=1.0)
        server.set("/k.xml", body=rss([item(n, base, summary_only=True) for n in range(6)]), etag='"k2"')
        _wait(lambda: server.hits("/articles/4.html"), 60, "the cycle to be half done")
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(30)
        assert proc.returncode == -signal.SIGKILL
        assert _items_seen(db) == 2  # nothing of the interrupted cycle was remembered

        for n in range(2, 6):
            server.set(f"/articles/{n}.html", body=page(f"Item {n}", full_text(n)),
                       content_type="text/html; charset=utf-8")
        proc = _start(feeds, db, "--once")
        out, _ = proc.communicate(timeout=240)
        assert proc.returncode == 0, out.decode(errors="replace")
        # the restart asked for the whole feed again: the interrupted cycle's ETag was never saved
        assert server.hits("/k.xml")[-1]["headers"].get("If-None-Match") in (None, '"k1"')

        repo = SQLiteRepository(db)
        arts = list(repo.iter_articles(with_layers=False))
        urls = sorted(a.url for a in arts)
        assert urls == sorted(f"{base}/articles/{n}.html" for n in range(6))  # none lost, none twice
        assert len({a.id for a in arts}) == 6
        assert all("public meeting" in a.text for a in arts)  # every page was fetched and extracted
        st = FeedState.load(repo, "k")
        assert st.items_seen == 6 and st.failures == 0 and st.etag == '"k2"'
        alerts = AlertStore(repo).alerts()
        assert len(alerts) == 6 and len({a["article"] for a in alerts}) == 6

        # one more run: 304, nothing new, no new alert
        proc = _start(feeds, db, "--once")
        out, _ = proc.communicate(timeout=240)
        assert proc.returncode == 0, out.decode(errors="replace")
        assert repo.count_articles() == 6 and len(AlertStore(repo).alerts()) == 6
        repo.close()
    finally:
        if proc is not None and proc.poll() is None:
            proc.kill()
            proc.wait(30)
        server.close()
