"""``newsweave watch``: feeds.yaml, conditional GET, feeds that change between polls, errors (404,
500, slow, huge, malformed, redirects) in the health view, per-feed backoff, summary-only feeds
whose pages are fetched and extracted, folders, and exactly-once storage across cycles.

Every test talks only to a local http.feed_server on 127.0.0.1 (tests/watchtest_server.py)."""
from __future__ import annotations

import pytest

from newsweave.components import Components
from newsweave.enrich.embed import HashingModel
from newsweave.pipeline import Pipeline, PipelineConfig
from newsweave.store import SQLiteRepository
from newsweave.watch import (FeedState, Watcher, WatchConfigError, feed_health, load_feeds,
                             parse_feeds)
from watchtest_data import full_text, item
from watchtest_server import Clock, http_date, page, rss

LIGHT = ("clean", "dedup", "timex")  # enough to store and analyse; entity tests run every stage


def _watcher(repo, cfg, clock=None, stages=LIGHT, alerts=None):
    pipe = Pipeline(repo, PipelineConfig(stages=stages), Components(embedder=HashingModel()))
    return Watcher(repo, cfg, pipeline=pipe, alerts=alerts, clock=clock or Clock())


def _cfg(feeds, **top):
    return parse_feeds({**top, "feeds": feeds})


def _ext_ids(repo):
    return sorted(a.id for a in repo.iter_articles(with_layers=False))


# ----------------------------------------------------------------------------- feeds.yaml
def test_feeds_yaml_is_read_and_checked(tmp_path):
    (tmp_path / "drop").mkdir()
    p = tmp_path / "feeds.yaml"
    p.write_text("interval: 300\ntimeout: 5\nfeeds:\n"
                 "  - url: http://127.0.0.1:9/rss.xml\n    name: wire\n    traits: {country: FR}\n"
                 "    source: Test Wire\n  - folder: drop\n  - http://127.0.0.1:9/other.xml\n",
                 encoding="utf-8")
    cfg = load_feeds(p)
    wire, drop, other = cfg.feeds
    assert (wire.id, wire.interval, wire.timeout, wire.traits, wire.source) == ("wire", 300, 5, {"country": "FR"},
                                                                            "Test Wire")
    assert drop.folder == str(tmp_path / "drop") and drop.id.startswith("drop-")
    assert other.url.endswith("other.xml") and other.id.startswith("127.0.0.1-")
    assert cfg.with_interval(7).feeds[0].interval == 7
    for bad, msg in [({"feeds": []}, "non-empty"),
                     ({"feeds": [{"url": "ftp://x/y"}]}, "http"),
                     ({"feeds": [{"url": "http://a/x", "folder": "f"}]}, "exactly one"),
                     ({"feeds": [{"url": "http://a/x", "name": "n"}, {"url": "http://a/y", "name": "n"}]}, "two feeds"),
                     ({"feeds": [{"url": "http://a/x", "intervl": 5}]}, "unknown key"),
                     ({"feeds": [{"url": "http://a/x", "interval": "soon"}]}, "number"),
                     ({"feeds": [{"url": "http://a/x", "fetch_pages": "sometimes"}]}, "fetch_pages")]:
        with pytest.raises(WatchConfigError, match=msg):
            parse_feeds(bad)
    p.write_text("feeds: [", encoding="utf-8")
    with pytest.raises(WatchConfigError, match="YAML"):
        load_feeds(p)


# ----------------------------------------------------------------------------- polling
def test_poll_cycles_follow_a_changing_feed_with_conditional_get(feed_server, tmp_path):
    base = feed_server.url
    feed_server.set("/wire.xml", body=rss([item(0, base), item(1, base)]), etag='"v1"')
    feed_server.set("/lm.xml", body=rss([item(5, base)]), last_modified=http_date(1_740_000_000))
    repo = SQLiteRepository(tmp_path / "w.db")
    clock = Clock()
    w = _watcher(repo, _cfg([{"url": f"{base}/wire.xml", "name": "wire", "interval": 60},
                             {"url": f"{base}/lm.xml", "name": "lm", "interval": 60}]), clock)
    r1 = w.run_once()
    assert (r1.new_articles, r1.created, [p.status for p in r1.polls]) == (3, 3, ["ok", "ok"])
    assert repo.count_articles() == 3

    # nothing is due before the interval has passed
    clock.now += 30
    assert w.run_once().polls == []
    # unchanged feeds: 304 to the conditional GETs
    clock.now += 31
    r2 = w.run_once()
    assert [p.status for p in r2.polls] == ["not-modified", "not-modified"] and r2.new_articles == 0
    assert feed_server.hits("/wire.xml")[-1]["headers"].get("If-None-Match") == '"v1"'
    assert feed_server.hits("/lm.xml")[-1]["headers"].get("If-Modified-Since") == http_date(1_740_000_000)

    # the feed changes: one item drops out, two arrive
    feed_server.set("/wire.xml", body=rss([item(1, base), item(2, base), item(3, base)]), etag='"v2"')
    clock.now += 61
    r3 = w.run_once()
    assert r3.new_articles == 2 and repo.count_articles() == 5
    # a feed that serves the same items again without validators adds nothing
    feed_server.set("/wire.xml", body=rss([item(1, base), item(2, base), item(3, base)]))
    clock.now += 61
    assert w.run_once().new_articles == 0
    assert repo.count_articles() == 5 and len(set(_ext_ids(repo))) == 5
    health = {h["id"]: h for h in feed_health(repo)}
    assert health["wire"]["items_seen"] == 4 and health["wire"]["status"] == "ok"
    assert health["wire"]["not_modified"] == 1 and health["lm"]["items_seen"] == 1
    a = next(a for a in repo.iter_articles() if a.url and a.url.endswith("/articles/2.html"))
    assert a.meta["feed"] == "wire" and a.lang == "en" and a.title.startswith("New tram line")


def test_feed_errors_show_in_health_and_back_off(feed_server, tmp_path):
    base = feed_server.url
    good = rss([item(0, base)])
    feed_server.set("/500.xml", status=500, body=b"oops", content_type="text/plain")
    feed_server.set("/slow.xml", body=good, delay=3.0)
    feed_server.set("/huge.xml", huge=3_000_000)
    feed_server.set("/bad.xml", body=b"<html><body>This is not a feed</body></html>", content_type="text/html")
    feed_server.set("/garbage.xml", body=b"definitely { not xml <", content_type="application/xml")
    feed_server.set("/moved.xml", status=301, location=f"{base}/new-home.xml")
    feed_server.set("/new-home.xml", body=rss([item(1, base)]))
    feed_server.set("/loop.xml", status=302, location=f"{base}/loop.xml")
    repo = SQLiteRepository(tmp_path / "e.db")
    clock = Clock()
    feeds = [{"url": f"{base}/{n}.xml", "name": n, "interval": 100, "max_backoff": 1000}
             for n in ("404", "500", "slow", "huge", "bad", "garbage", "moved", "loop")]
    cfg = _cfg(feeds, timeout=1.0, max_bytes=200_000)
    w = _watcher(repo, cfg, clock)
    res = w.run_once()
    by = {p.feed: p for p in res.polls}
    assert by["moved"].status == "ok" and by["moved"].new == 1
    errors = {k: p.error for k, p in by.items() if p.status == "error"}
    assert set(errors) == {"404", "500", "slow", "huge", "bad", "garbage", "loop"}
    assert "HTTP 404" in errors["404"] and "HTTP 500" in errors["500"]
    assert "timed out" in errors["slow"] and "too large" in errors["huge"]
    assert "not an RSS or Atom feed" in errors["bad"] and "XML" in errors["garbage"]
    assert "redirect" in errors["loop"]
    health = {h["id"]: h for h in feed_health(repo, cfg.feeds)}
    assert health["404"]["status"] == "error" and "HTTP 404" in health["404"]["last_error"]
    assert health["404"]["last_success"] is None and health["moved"]["last_success"] == clock.now
    assert health["moved"]["final_url"] == f"{base}/new-home.xml"
    assert repo.count_articles() == 1

    # backoff: a failing feed waits interval·2^failures, capped; good feeds keep their interval
    st = FeedState.load(repo, "404")
    assert st.failures == 1 and st.next_due == clock.now + 200
    clock.now += 150  # the good feed is due, the failing ones are not
    assert [p.feed for p in w.run_once().polls] == ["moved"]
    assert len(feed_server.hits("/404.xml")) == 1
    clock.now += 60
    w.run_once()
    st = FeedState.load(repo, "404")
    assert st.failures == 2 and st.next_due == clock.now + 400
    for _ in range(3):
        clock.now = FeedState.load(repo, "404").next_due
        w.run_once()
    st = FeedState.load(repo, "404")
    assert st.failures == 5 and st.next_due == clock.now + 1000  # capped at max_backoff
    # the permanent redirect is followed directly from now on
    assert feed_server.hits("/moved.xml").__len__() == 1

    # recovery: a success clears the error state, the last error stays visible with its time
    feed_server.set("/404.xml", body=rss([item(2, base)]))
    clock.now = FeedState.load(repo, "404").next_due
    w.run_once()
    h = {h["id"]: h for h in feed_health(repo)}["404"]
    assert h["status"] == "ok" and h["failures"] == 0 and h["items_seen"] == 1
    assert "HTTP 404" in h["last_error"] and h["last_success"] == clock.now
    assert repo.count_articles() == 2


def test_retry_after_is_honoured(feed_server, tmp_path):
    feed_server.set("/busy.xml", status=503, body=b"busy", content_type="text/plain", headers={"Retry-After": "900"})
    repo = SQLiteRepository(tmp_path / "r.db")
    clock = Clock()
    w = _watcher(repo, _cfg([{"url": f"{feed_server.url}/busy.xml", "name": "busy", "interval": 10}]), clock)
    w.run_once()
    assert FeedState.load(repo, "busy").next_due == clock.now + 900


def test_summary_only_items_get_their_pages(feed_server, tmp_path):
    base = feed_server.url
    feed_server.set("/sum.xml", body=rss([item(0, base, summary_only=True), item(1, base, summary_only=True)]),
               etag='"s1"')
    feed_server.set("/articles/0.html", body=page("Harbour crane collapses in Port Velar", full_text(0)),
               content_type="text/html; charset=utf-8")
    feed_server.set("/articles/1.html", status=500, body=b"down", content_type="text/plain")
    repo = SQLiteRepository(tmp_path / "s.db")
    clock = Clock()
    w = _watcher(repo, _cfg([{"url": f"{base}/sum.xml", "name": "sum", "interval": 10}]), clock)
    r = w.run_once()
    assert r.new_articles == 1  # item 1 waits: its page failed
    a = next(iter(repo.iter_articles()))
    assert "public meeting" in a.text and "Copyright" not in a.text and "Home" not in a.text.split()
    assert a.meta["summary"].startswith("A harbour crane collapsed") and a.meta["extractor"] == "trafilatura"
    assert a.title == "Harbour crane collapses in Port Velar" and a.url.endswith("/articles/0.html")
    st = FeedState.load(repo, "sum")
    assert list(st.pending.values()) == [1]
    assert st.etag is None  # a 304 must not hide the waiting item
    for _ in range(2):
        clock.now += 11
        w.run_once()
    assert len(feed_server.hits("/articles/1.html")) == 3
    assert repo.count_articles() == 2
    b = next(a for a in repo.iter_articles() if a.url.endswith("/articles/1.html"))
    assert b.text.startswith("Teachers in Brenmoor") and "HTTP 500" in b.meta["page_error"]
    st = FeedState.load(repo, "sum")
    assert st.pending == {} and st.etag == '"s1"' and st.items_seen == 2
    clock.now += 11
    assert w.run_once().polls[0].status == "not-modified"


def test_pages_are_size_and_time_limited_too(feed_server, tmp_path):
    base = feed_server.url
    feed_server.set("/p.xml", body=rss([item(3, base, summary_only=True)]))
    feed_server.set("/articles/3.html", huge=2_000_000, content_type="text/html")
    repo = SQLiteRepository(tmp_path / "p.db")
    clock = Clock()
    w = _watcher(repo, _cfg([{"url": f"{base}/p.xml", "name": "p", "interval": 10}],
                            max_bytes=100_000, timeout=2.0), clock)
    for _ in range(3):
        w.run_once()
        clock.now += 11
    a = next(iter(repo.iter_articles()))
    assert "too large" in a.meta["page_error"] and a.text.startswith("A storm cut power")


def test_items_beyond_max_items_wait_for_the_next_poll(feed_server, tmp_path):
    base = feed_server.url
    feed_server.set("/many.xml", body=rss([item(n, base) for n in range(5)]), etag='"m"')
    repo = SQLiteRepository(tmp_path / "m.db")
    clock = Clock()
    w = _watcher(repo, _cfg([{"url": f"{base}/many.xml", "name": "many", "interval": 10, "max_items": 2}]), clock)
    got = []
    for _ in range(4):
        got.append(w.run_once().new_articles)
        clock.now += 11
    assert got == [2, 2, 1, 0] and repo.count_articles() == 5
    assert FeedState.load(repo, "many").etag == '"m"'


def test_folder_feeds_read_each_new_file_once(tmp_path):
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "a.txt").write_text("Ferry service resumes on the Orrin lake\n\nThe lake ferry resumed "
                                "service on Tuesday after repairs to its engine, the operator said.",
                                encoding="utf-8")
    repo = SQLiteRepository(tmp_path / "f.db")
    clock = Clock()
    w = _watcher(repo, _cfg([{"folder": str(drop), "name": "drop", "interval": 10}]), clock)
    assert w.run_once().new_articles == 1
    (drop / "b.txt").write_text("Night buses return to Castellane\n\nNight buses returned to the "
                                "streets of Castellane on Friday after a two-year pause.", encoding="utf-8")
    (drop / "empty.txt").write_bytes(b"")
    clock.now += 11
    r = w.run_once()
    assert r.new_articles == 1 and r.polls[0].problems  # the empty file is reported, once
    clock.now += 11
    r = w.run_once()
    assert r.new_articles == 0 and not r.polls[0].problems
    assert repo.count_articles() == 2
    (drop / "a.txt").write_text("Ferry service halted again on the Orrin lake\n\nThe lake ferry was "
                                "halted again on Sunday, the operator said.", encoding="utf-8")
    clock.now += 11
    assert w.run_once().new_articles == 1 and repo.count_articles() == 3
    drop.rename(tmp_path / "gone")
    clock.now += 11
    assert "no such folder" in w.run_once().polls[0].error


def test_a_lost_state_does_not_store_anything_twice(feed_server, tmp_path):
    """Killed after storing but before remembering (the crash window): the items come back, the
    store's content hash maps them to their rows."""
    base = feed_server.url
    feed_server.set("/x.xml", body=rss([item(n, base) for n in range(3)]), etag='"x"')
    repo = SQLiteRepository(tmp_path / "x.db")
    cfg = _cfg([{"url": f"{base}/x.xml", "name": "x", "interval": 10}])
    _watcher(repo, cfg).run_once()
    repo.set_state("watch:feed:x", None)  # as if the state write never happened
    r = _watcher(repo, cfg).run_once()
    assert r.new_articles == 3 and r.created == 0 and repo.count_articles() == 3
    assert "If-None-Match" not in feed_server.hits("/x.xml")[-1]["headers"]
