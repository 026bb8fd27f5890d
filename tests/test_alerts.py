"""Saved watches and alerts: an entity alert fires once when an article names the entity in
another spelling; query and story watches; exactly once across re-polls and restarts; read
marks and the unread count; webhook POST with a bearer token (local server only)."""
from __future__ import annotations

import json

import pytest

from newsweave.alerts import AlertEngine, AlertStore, WatchError
from newsweave.components import Components
from newsweave.enrich.embed import HashingModel
from newsweave.pipeline import Pipeline
from newsweave.store import SQLiteRepository
from newsweave.watch import Watcher, parse_feeds
from watchtest_server import Clock, rss

EN = {"guid": "urn:t:en", "title": "Grain talks resume in Geneva", "link": "http://127.0.0.1/a/en",
      "content": "<p>President Volodymyr Zelensky met negotiators in Geneva on Monday to discuss grain "
                 "exports, officials said.</p>"}
UK = {"guid": "urn:t:uk", "title": "Переговори про зерно", "link": "http://127.0.0.1/a/uk",
      "content": "<p>Президент Володимир Зеленський у понеділок зустрівся з переговірниками в Женеві, "
                 "повідомили чиновники.</p>"}
OTHER = {"guid": "urn:t:o", "title": "Tram line opens in Castellane", "link": "http://127.0.0.1/a/o",
         "content": "<p>Mayor Odile Vasquez opened the new tram line in Castellane on Wednesday.</p>"}


def _setup(tmp_path, feed_server, token="hook-token-1"):
    repo = SQLiteRepository(tmp_path / "a.db")
    engine = AlertEngine(repo, embedder=HashingModel(), webhook_token=token)
    pipe = Pipeline(repo, None, Components(embedder=HashingModel()))
    clock = Clock()
    cfg = parse_feeds({"feeds": [{"url": f"{feed_server.url}/feed.xml", "name": "f", "interval": 10}]})
    return repo, engine, Watcher(repo, cfg, pipeline=pipe, alerts=engine, clock=clock), clock


def test_an_entity_alert_fires_once_for_another_spelling(feed_server, tmp_path):
    repo, engine, watcher, clock = _setup(tmp_path, feed_server)
    w = engine.add_watch("entity", "Zelensky", webhook=f"{feed_server.url}/hook")
    assert w.entity is None and w.keys  # nothing known yet: the name keys match any spelling
    feed_server.set("/feed.xml", body=rss([OTHER]))
    assert watcher.run_once().alerts == 0
    feed_server.set("/feed.xml", body=rss([OTHER, UK]))
    clock.now += 11
    res = watcher.run_once()
    assert res.alerts == 1
    [alert] = engine.store.alerts()
    assert alert["detail"]["mention"] == "Володимир Зеленський" and alert["title"] == "Переговори про зерно"
    assert alert["watch"] == w.id and not alert["read"]
    # re-polls, a new engine (a restart) and a lost feed state add nothing
    for _ in range(2):
        clock.now += 11
        assert watcher.run_once().alerts == 0
    again = AlertEngine(repo, embedder=HashingModel())
    assert again.evaluate(list(repo.iter_articles())) == []
    repo.set_state("watch:feed:f", None)
    clock.now += 11
    assert watcher.run_once().alerts == 0
    assert len(engine.store.alerts()) == 1
    # the webhook got it once, with the bearer token
    assert len(feed_server.hooks) == 1
    hook = feed_server.hooks[0]
    assert hook["headers"]["Authorization"] == "Bearer hook-token-1"
    assert json.loads(hook["body"])["alert"]["id"] == alert["id"]
    assert engine.store.alerts()[0]["delivery"]["status"] == "sent"
    # a second article in English raises a second alert (one per item), with the entity now known
    feed_server.set("/feed.xml", body=rss([OTHER, UK, EN]))
    clock.now += 11
    assert watcher.run_once().alerts == 1
    w2 = engine.add_watch("entity", "Володимир Зеленський")
    assert w2.entity is not None


def test_query_and_story_watches_and_read_marks(feed_server, tmp_path):
    repo, engine, watcher, clock = _setup(tmp_path, feed_server)
    q = engine.add_watch("query", "TRAM castellane")
    feed_server.set("/feed.xml", body=rss([OTHER]))
    watcher.run_once()
    art = next(iter(repo.iter_articles()))
    s = engine.add_watch("story", art.story)
    with pytest.raises(WatchError, match="no event or story"):
        engine.add_watch("story", "S999999")
    with pytest.raises(WatchError, match="no words"):
        engine.add_watch("query", '""')
    more = dict(OTHER, guid="urn:t:o2", content="<p>Mayor Odile Vasquez rode the new tram line in Castellane "
                                                "again on Thursday, with the transport minister.</p>")
    feed_server.set("/feed.xml", body=rss([OTHER, more]))
    clock.now += 11
    watcher.run_once()
    store = AlertStore(repo)
    by_watch = {}
    for a in store.alerts():
        by_watch.setdefault(a["watch"], []).append(a)
    assert len(by_watch[q.id]) == 2
    if repo.get_article(by_watch[q.id][0]["article"]).story == art.story:
        assert len(by_watch[s.id]) == 1
    assert store.unread_count() == len(store.alerts())
    first = by_watch[q.id][0]["id"]
    assert store.mark_read([first]) == 1 and store.mark_read([first]) == 0
    assert store.unread_count() == len(store.alerts()) - 1
    store.mark_read(every=True)
    assert store.unread_count() == 0
    assert store.remove_watch(q.id) and not store.remove_watch(q.id)
    assert all(a["watch"] != q.id for a in store.alerts())


def test_a_failing_webhook_is_retried_then_given_up(feed_server, tmp_path):
    repo, engine, watcher, clock = _setup(tmp_path, feed_server)
    engine.add_watch("query", "tram", webhook=f"{feed_server.url}/hook")
    feed_server.hook_status = 500
    feed_server.set("/feed.xml", body=rss([OTHER]))
    watcher.run_once()
    [a] = engine.store.alerts()
    assert a["delivery"]["status"] == "pending" and a["delivery"]["attempts"] == 1
    feed_server.hook_status = 200
    assert engine.deliver() == (1, 0)
    assert engine.store.alerts()[0]["delivery"]["status"] == "sent"
    assert engine.deliver() == (0, 0)
    assert len(feed_server.hooks) == 2
    with pytest.raises(WatchError, match="http"):
        engine.add_watch("query", "tram", webhook="file:///etc/passwd")


def test_a_conflict_watch_alerts_on_new_conflicts_only(tmp_path, monkeypatch):
    """The report is stubbed (conflict detection has its own tests): conflicts present when the
    watch is saved are its baseline; each later confident one alerts once."""
    from newsweave.compare.report import Report
    from newsweave.compare.slots import Side, SlotConflict, SlotFact
    from newsweave.model import Article
    from newsweave.store import StoryRecord

    repo = SQLiteRepository(tmp_path / "c.db")
    repo.put_story(StoryRecord("S1", "Ferry"))
    engine = AlertEngine(repo, embedder=HashingModel())

    def side(value, art):
        f = SlotFact(slot="how_many", subject="killed", value=value, key=value, article=art,
                     source=art.upper(), start=0, end=len(value), text=value,
                     context=f"{value} people died, {art.upper()} reported.")
        return Side(value, [f])

    def conflict(a, b, tier="confident"):
        return SlotConflict("how_many", "killed", "number", [side(*a), side(*b)], 0.9, tier=tier)

    found = [conflict(("12", "a"), ("8", "b"))]
    monkeypatch.setattr(engine.reports, "get", lambda repo, subject: Report(target={}, conflicts=list(found)))
    w = engine.add_watch("conflict", "S1")
    c_art = Article(id="c", text="A third account of the ferry accident.")
    c_art.db_id, _ = repo.add_article(c_art)
    c_art.story = "S1"
    assert engine.evaluate([c_art]) == []  # the old conflict is the baseline
    found.append(conflict(("12", "a"), ("15", "c")))
    found.append(conflict(("12", "a"), ("19", "c"), tier="uncertain"))  # not shown: no alert
    [alert] = engine.evaluate([c_art])
    assert alert["watch"] == w.id and alert["article_id"] == "c" and alert["detail"]["values"] == ["12", "15"]
    assert alert["detail"]["sources"] == ["A", "C"]
    assert engine.evaluate([c_art]) == []
    other = Article(id="d", text="Unrelated.")
    other.db_id, _ = repo.add_article(other)
    found.append(conflict(("2030-03-03", "a"), ("2030-03-05", "c")))
    assert engine.evaluate([other]) == []  # the story was not touched: no report built
