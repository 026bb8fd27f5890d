"""SQLite implementation of :class:`Repository`: WAL, foreign keys, versioned migrations, FTS5.

Each write batch runs in one transaction, so a crash or kill mid-ingest leaves the database at the
last committed article; running again completes the work (ingest is idempotent).
"""
from __future__ import annotations

import json
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..model import Article, Attribution, DateInfo, LayerError, Mention, Quote, Timex
from .base import ArticleFilter, EntityRecord, EventRecord, StoryRecord

MIGRATIONS: list[str] = [
    # 1: articles, derived layers with provenance, full-text search
    """
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        ext_id TEXT NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        raw BLOB,
        text TEXT NOT NULL,
        title TEXT, lang TEXT, source TEXT, url TEXT, byline TEXT, origin TEXT, encoding TEXT,
        agencies TEXT NOT NULL DEFAULT '[]',
        date_value TEXT, date_json TEXT,
        meta TEXT NOT NULL DEFAULT '{}',
        duplicate_of INTEGER REFERENCES articles(id) ON DELETE SET NULL,
        event_id TEXT, story_id TEXT,
        ingested_at REAL NOT NULL
    );
    CREATE INDEX articles_ext ON articles(ext_id);
    CREATE INDEX articles_date ON articles(date_value);
    CREATE INDEX articles_lang ON articles(lang);
    CREATE INDEX articles_source ON articles(source);
    CREATE INDEX articles_event ON articles(event_id);
    CREATE INDEX articles_story ON articles(story_id);
    CREATE TABLE layers (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        data TEXT NOT NULL,
        component TEXT NOT NULL,
        version TEXT NOT NULL,
        created_at REAL NOT NULL,
        PRIMARY KEY (article_id, kind)
    );
    CREATE TABLE mention_index (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        entity_id TEXT NOT NULL
    );
    CREATE INDEX mention_index_entity ON mention_index(entity_id);
    CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2');
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    END;
    CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END;
    """,
    # 2: vectors cache, events, stories, cluster history, entities, key-value state
    """
    CREATE TABLE vectors (key TEXT PRIMARY KEY, data BLOB NOT NULL);
    CREATE TABLE stories (id TEXT PRIMARY KEY, title TEXT NOT NULL DEFAULT '', meta TEXT NOT NULL DEFAULT '{}');
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        story_id TEXT REFERENCES stories(id) ON DELETE SET NULL,
        title TEXT NOT NULL DEFAULT '', date_json TEXT, size INTEGER NOT NULL DEFAULT 0,
        meta TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX events_story ON events(story_id);
    CREATE TABLE cluster_log (
        id INTEGER PRIMARY KEY, at REAL NOT NULL, action TEXT NOT NULL, subject TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX cluster_log_subject ON cluster_log(subject);
    CREATE TABLE entities (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL,
        variants TEXT NOT NULL DEFAULT '[]', roles TEXT NOT NULL DEFAULT '[]', meta TEXT NOT NULL DEFAULT '{}'
    );
    CREATE TABLE entity_names (entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        name_key TEXT NOT NULL);
    CREATE INDEX entity_names_key ON entity_names(name_key);
    CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
]

LAYER_KINDS = ("boilerplate", "lang_segments", "entities", "timexes", "quotes", "attributions",
               "date", "lang", "title", "duplicate_of", "event", "errors")


def _name_key(name: str) -> str:
    return " ".join(name.casefold().split())


class SQLiteRepository:
    """Repository over one SQLite file (``:memory:`` for throwaway analyses)."""

    def __init__(self, path: str | Path = ":memory:") -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self.conn = sqlite3.connect(self.path, check_same_thread=False, timeout=30,
                                    isolation_level=None)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys = ON")
        if self.path != ":memory:":
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
        self._migrate()

    # ------------------------------------------------------------------ plumbing
    def _migrate(self) -> None:
        with self._lock:
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
            for n, script in enumerate(MIGRATIONS[version:], start=version + 1):
                self.conn.execute("BEGIN IMMEDIATE")
                try:
                    for stmt in _split_sql(script):
                        self.conn.execute(stmt)
                    self.conn.execute(f"PRAGMA user_version = {n}")
                    self.conn.execute("COMMIT")
                except BaseException:
                    self.conn.execute("ROLLBACK")
                    raise

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def transaction(self) -> "_Tx":
        """``with repo.transaction():`` groups writes into one atomic commit."""
        return _Tx(self)

    def _exec(self, sql: str, params: Iterable[Any] = ()) -> sqlite3.Cursor:
        with self._lock:
            return self.conn.execute(sql, tuple(params))

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    # ------------------------------------------------------------------ articles
    def add_article(self, article: Article) -> tuple[int, bool]:
        h = article.content_hash
        with self._lock:
            row = self.conn.execute("SELECT id FROM articles WHERE content_hash = ?", (h,)).fetchone()
            if row:
                article.db_id = row["id"]
                return row["id"], False
            cur = self.conn.execute(
                """INSERT INTO articles (ext_id, content_hash, raw, text, title, lang, source, url,
                   byline, origin, encoding, agencies, date_value, date_json, meta, ingested_at)
                   VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
                (article.id, h, article.raw, article.text, article.title, article.lang,
                 article.source, article.url, article.byline, article.origin, article.encoding,
                 json.dumps(article.agencies, ensure_ascii=False),
                 article.date.value if article.date else None,
                 json.dumps(article.date.to_json(), ensure_ascii=False) if article.date else None,
                 json.dumps(article.meta, ensure_ascii=False, default=str), time.time()))
            article.db_id = cur.lastrowid
            return cur.lastrowid, True

    def _row_to_article(self, row: sqlite3.Row, with_layers: bool = True) -> Article:
        a = Article(id=row["ext_id"], text=row["text"], raw=row["raw"] or b"", title=row["title"],
                    date=DateInfo.from_json(json.loads(row["date_json"])) if row["date_json"] else None,
                    lang=row["lang"], source=row["source"], url=row["url"], origin=row["origin"] or "",
                    byline=row["byline"], agencies=json.loads(row["agencies"]),
                    encoding=row["encoding"], meta=json.loads(row["meta"]),
                    event=row["event_id"], story=row["story_id"], db_id=row["id"])
        if row["duplicate_of"] is not None:
            dup = self._exec("SELECT ext_id FROM articles WHERE id = ?", (row["duplicate_of"],)).fetchone()
            a.duplicate_of = dup["ext_id"] if dup else None
            a.meta.setdefault("duplicate_of_db_id", row["duplicate_of"])
        if with_layers:
            for lr in self._exec("SELECT kind, data FROM layers WHERE article_id = ?", (row["id"],)):
                _apply_layer(a, lr["kind"], json.loads(lr["data"]))
        return a

    def get_article(self, key: str | int) -> Article | None:
        row = None
        if isinstance(key, int) or (isinstance(key, str) and key.isdigit()):
            row = self._exec("SELECT * FROM articles WHERE id = ?", (int(key),)).fetchone()
        if row is None:
            row = self._exec("SELECT * FROM articles WHERE ext_id = ? ORDER BY id LIMIT 1",
                             (str(key),)).fetchone()
        return self._row_to_article(row) if row else None

    def _where(self, flt: ArticleFilter | None) -> tuple[str, list[Any]]:
        return filter_sql(flt, "?")

    def iter_articles(self, flt: ArticleFilter | None = None, limit: int | None = None,
                      offset: int = 0, with_layers: bool = True) -> Iterator[Article]:
        where, params = self._where(flt)
        sql = f"SELECT * FROM articles{where} ORDER BY id"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        rows = self._exec(sql, params).fetchall()
        for row in rows:
            yield self._row_to_article(row, with_layers=with_layers)

    def count_articles(self, flt: ArticleFilter | None = None) -> int:
        where, params = self._where(flt)
        return self._exec(f"SELECT COUNT(*) FROM articles{where}", params).fetchone()[0]

    def data_version(self) -> tuple[int, int]:
        """Cheap change marker: differs whenever this or any other connection has written
        (``PRAGMA data_version`` + this connection's ``total_changes``); for caches."""
        with self._lock:
            return self.conn.execute("PRAGMA data_version").fetchone()[0], self.conn.total_changes

    _COUNT_KEYS = {"story": "story_id", "event": "event_id", "source": "source", "lang": "lang",
                   "day": "substr(date_value, 1, 10)", "month": "substr(date_value, 1, 7)"}

    def article_counts(self, group_by: Iterable[str], flt: ArticleFilter | None = None) -> list[tuple]:
        """Article counts grouped by keys among story, event, source, lang, day, month:
        rows ``(*key values, count)`` (used by the web UI for histograms and per-event tallies)."""
        cols = [self._COUNT_KEYS[k] for k in group_by]
        where, params = self._where(flt)
        sel = ", ".join(cols)
        rows = self._exec(f"SELECT {sel}, COUNT(*) FROM articles{where} GROUP BY {sel}", params)
        return [tuple(r) for r in rows]

    def find_by_hash(self, content_hash: str) -> int | None:
        row = self._exec("SELECT id FROM articles WHERE content_hash = ?", (content_hash,)).fetchone()
        return row["id"] if row else None

    def save_layers(self, article: Article, component: str, version: str,
                    kinds: Iterable[str]) -> None:
        """Persist the named layers of ``article`` (already stored) with provenance."""
        if article.db_id is None:
            raise ValueError(f"article {article.id!r} is not stored yet")
        now = time.time()
        with self._lock:
            for kind in kinds:
                data = _layer_data(article, kind)
                self.conn.execute(
                    "INSERT OR REPLACE INTO layers (article_id, kind, data, component, version, created_at)"
                    " VALUES (?,?,?,?,?,?)",
                    (article.db_id, kind, json.dumps(data, ensure_ascii=False, default=str),
                     component, version, now))
                if kind == "lang":
                    self.conn.execute("UPDATE articles SET lang = ? WHERE id = ?", (article.lang, article.db_id))
                elif kind == "title":
                    self.conn.execute("UPDATE articles SET title = ? WHERE id = ?", (article.title, article.db_id))
                elif kind == "date":
                    self.conn.execute(
                        "UPDATE articles SET date_value = ?, date_json = ? WHERE id = ?",
                        (article.date.value if article.date else None,
                         json.dumps(article.date.to_json(), ensure_ascii=False) if article.date else None,
                         article.db_id))
                elif kind == "duplicate_of":
                    orig = article.meta.get("duplicate_of_db_id")
                    self.conn.execute("UPDATE articles SET duplicate_of = ? WHERE id = ?", (orig, article.db_id))
                elif kind == "event":
                    self.conn.execute("UPDATE articles SET event_id = ?, story_id = ? WHERE id = ?",
                                      (article.event, article.story, article.db_id))
                elif kind == "entities":
                    self.conn.execute("DELETE FROM mention_index WHERE article_id = ?", (article.db_id,))
                    ids = {m.entity for m in article.entities if m.entity}
                    self.conn.executemany("INSERT INTO mention_index (article_id, entity_id) VALUES (?,?)",
                                          [(article.db_id, e) for e in sorted(ids)])

    def layer_provenance(self, article_id: int) -> list[dict[str, Any]]:
        rows = self._exec("SELECT kind, component, version, created_at FROM layers WHERE article_id = ?"
                          " ORDER BY kind", (article_id,))
        return [dict(r) for r in rows]

    def search(self, query: str, limit: int = 20) -> list[tuple[int, float, str]]:
        """Full-text search; returns (article row id, rank, snippet). Query words are quoted so
        user input is never parsed as FTS syntax."""
        words = [w for w in query.replace('"', " ").split() if w]
        if not words:
            return []
        match = " ".join(f'"{w}"' for w in words)
        rows = self._exec(
            "SELECT rowid, rank, snippet(articles_fts, 1, '\u0001', '\u0002', '…', 16) AS snip "
            "FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?", (match, limit))
        return [(r["rowid"], r["rank"], r["snip"]) for r in rows]

    # ------------------------------------------------------------------ vectors
    def get_vectors(self, keys: list[str]) -> dict[str, bytes]:
        out: dict[str, bytes] = {}
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            q = ",".join("?" * len(chunk))
            for r in self._exec(f"SELECT key, data FROM vectors WHERE key IN ({q})", chunk):
                out[r["key"]] = r["data"]
        return out

    def put_vectors(self, items: dict[str, bytes]) -> None:
        with self._lock:
            self.conn.executemany("INSERT OR REPLACE INTO vectors (key, data) VALUES (?,?)",
                                  list(items.items()))

    # ------------------------------------------------------------------ events and stories
    def put_event(self, ev: EventRecord) -> None:
        # upsert in place: INSERT OR REPLACE would delete the row and fire ON DELETE actions
        self._exec("INSERT INTO events (id, story_id, title, date_json, size, meta) VALUES (?,?,?,?,?,?)"
                   " ON CONFLICT(id) DO UPDATE SET story_id = excluded.story_id, title = excluded.title,"
                   " date_json = excluded.date_json, size = excluded.size, meta = excluded.meta",
                   (ev.id, ev.story, ev.title, json.dumps(ev.date) if ev.date else None, ev.size,
                    json.dumps(ev.meta, ensure_ascii=False, default=str)))

    @staticmethod
    def _event(row: sqlite3.Row) -> EventRecord:
        return EventRecord(id=row["id"], story=row["story_id"], title=row["title"],
                           date=json.loads(row["date_json"]) if row["date_json"] else None,
                           size=row["size"], meta=json.loads(row["meta"]))

    def get_event(self, event_id: str) -> EventRecord | None:
        row = self._exec("SELECT * FROM events WHERE id = ?", (event_id,)).fetchone()
        return self._event(row) if row else None

    def list_events(self, story: str | None = None) -> list[EventRecord]:
        if story is None:
            rows = self._exec("SELECT * FROM events ORDER BY id")
        else:
            rows = self._exec("SELECT * FROM events WHERE story_id = ? ORDER BY id", (story,))
        return [self._event(r) for r in rows]

    def delete_event(self, event_id: str) -> None:
        self._exec("DELETE FROM events WHERE id = ?", (event_id,))

    def put_story(self, st: StoryRecord) -> None:
        self._exec("INSERT INTO stories (id, title, meta) VALUES (?,?,?)"
                   " ON CONFLICT(id) DO UPDATE SET title = excluded.title, meta = excluded.meta",
                   (st.id, st.title, json.dumps(st.meta, ensure_ascii=False, default=str)))

    def get_story(self, story_id: str) -> StoryRecord | None:
        r = self._exec("SELECT * FROM stories WHERE id = ?", (story_id,)).fetchone()
        return StoryRecord(r["id"], r["title"], json.loads(r["meta"])) if r else None

    def list_stories(self) -> list[StoryRecord]:
        return [StoryRecord(r["id"], r["title"], json.loads(r["meta"]))
                for r in self._exec("SELECT * FROM stories ORDER BY id")]

    def delete_story(self, story_id: str) -> None:
        self._exec("DELETE FROM stories WHERE id = ?", (story_id,))

    def set_membership(self, article_id: int, event: str | None, story: str | None) -> None:
        self._exec("UPDATE articles SET event_id = ?, story_id = ? WHERE id = ?", (event, story, article_id))

    def log_cluster_change(self, action: str, subject: str, detail: dict[str, Any]) -> None:
        self._exec("INSERT INTO cluster_log (at, action, subject, detail) VALUES (?,?,?,?)",
                   (time.time(), action, subject, json.dumps(detail, ensure_ascii=False, default=str)))

    def cluster_log(self, subject: str | None = None) -> list[dict[str, Any]]:
        if subject is None:
            rows = self._exec("SELECT * FROM cluster_log ORDER BY id")
        else:
            rows = self._exec("SELECT * FROM cluster_log WHERE subject = ? ORDER BY id", (subject,))
        return [{**dict(r), "detail": json.loads(r["detail"])} for r in rows]

    # ------------------------------------------------------------------ entities
    def put_entity(self, ent: EntityRecord) -> None:
        with self._lock:
            self.conn.execute("INSERT OR REPLACE INTO entities (id, name, type, variants, roles, meta)"
                              " VALUES (?,?,?,?,?,?)",
                              (ent.id, ent.name, ent.type, json.dumps(ent.variants, ensure_ascii=False),
                               json.dumps(ent.roles, ensure_ascii=False),
                               json.dumps(ent.meta, ensure_ascii=False, default=str)))
            self.conn.execute("DELETE FROM entity_names WHERE entity_id = ?", (ent.id,))
            keys = {_name_key(n) for n in [ent.name, *ent.variants]}
            self.conn.executemany("INSERT INTO entity_names (entity_id, name_key) VALUES (?,?)",
                                  [(ent.id, k) for k in sorted(keys)])

    @staticmethod
    def _entity(r: sqlite3.Row) -> EntityRecord:
        return EntityRecord(r["id"], r["name"], r["type"], json.loads(r["variants"]),
                            json.loads(r["roles"]), json.loads(r["meta"]))

    def get_entity(self, entity_id: str) -> EntityRecord | None:
        r = self._exec("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
        return self._entity(r) if r else None

    def find_entities(self, name: str) -> list[EntityRecord]:
        """Entities whose name or a variant equals ``name`` (case-insensitive), else contains it."""
        key = _name_key(name)
        rows = self._exec("SELECT DISTINCT e.* FROM entities e JOIN entity_names n ON n.entity_id = e.id"
                          " WHERE n.name_key = ?", (key,)).fetchall()
        if not rows:
            like = "%" + key.replace("%", "").replace("_", "") + "%"
            rows = self._exec("SELECT DISTINCT e.* FROM entities e JOIN entity_names n ON n.entity_id = e.id"
                              " WHERE n.name_key LIKE ? LIMIT 50", (like,)).fetchall()
        return [self._entity(r) for r in rows]

    def list_entities(self) -> list[EntityRecord]:
        return [self._entity(r) for r in self._exec("SELECT * FROM entities ORDER BY id")]

    def entity_article_ids(self, entity_id: str) -> list[int]:
        return [r[0] for r in self._exec("SELECT DISTINCT article_id FROM mention_index WHERE entity_id = ?"
                                         " ORDER BY article_id", (entity_id,))]

    def clear_entities(self) -> None:
        with self._lock:
            self.conn.execute("DELETE FROM entity_names")
            self.conn.execute("DELETE FROM entities")

    # ------------------------------------------------------------------ state
    def get_state(self, key: str, default: Any = None) -> Any:
        r = self._exec("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return json.loads(r["value"]) if r else default

    def set_state(self, key: str, value: Any) -> None:
        self._exec("INSERT OR REPLACE INTO state (key, value) VALUES (?,?)",
                   (key, json.dumps(value, ensure_ascii=False, default=str)))


class _Tx:
    def __init__(self, repo: SQLiteRepository) -> None:
        self.repo = repo

    def __enter__(self) -> SQLiteRepository:
        self.repo._lock.acquire()
        self.repo.conn.execute("BEGIN IMMEDIATE")
        return self.repo

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            self.repo.conn.execute("ROLLBACK" if exc_type else "COMMIT")
        finally:
            self.repo._lock.release()


def filter_sql(flt: ArticleFilter | None, ph: str, int_cast: str = "") -> tuple[str, list[Any]]:
    """``WHERE`` clause and parameters for an :class:`ArticleFilter`, shared by the SQL backends
    (``ph`` is the driver's placeholder; ``int_cast`` types the substr length where needed)."""
    if flt is None:
        return "", []
    conds, params = [], []
    for col, val in (("lang", flt.lang), ("source", flt.source), ("event_id", flt.event),
                     ("story_id", flt.story)):
        if val is not None:
            conds.append(f"{col} = {ph}")
            params.append(val)
    if flt.date_from:
        conds.append(f"date_value >= {ph}")
        params.append(flt.date_from)
    if flt.date_to:  # a prefix comparison: "2024-03" includes every day of March
        conds.append(f"substr(date_value, 1, {ph}{int_cast}) <= {ph}")
        params.extend([len(flt.date_to), flt.date_to])
    if flt.entity:
        conds.append(f"id IN (SELECT article_id FROM mention_index WHERE entity_id = {ph})")
        params.append(flt.entity)
    if not flt.include_duplicates:
        conds.append("duplicate_of IS NULL")
    return (" WHERE " + " AND ".join(conds)) if conds else "", params


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies (BEGIN … END;) whole."""
    out, buf, depth = [], [], 0
    for line in script.strip().splitlines():
        buf.append(line)
        s = line.strip().upper()
        if s.endswith("BEGIN"):
            depth += 1
        if s == "END;":
            depth -= 1
        if s.endswith(";") and depth == 0:
            out.append("\n".join(buf).strip())
            buf = []
    if "".join(buf).strip():
        out.append("\n".join(buf).strip())
    return out


def _layer_data(a: Article, kind: str) -> Any:
    from dataclasses import asdict
    if kind == "boilerplate":
        return [list(s) for s in a.boilerplate]
    if kind == "lang_segments":
        return [list(s) for s in a.lang_segments]
    if kind in ("entities", "timexes", "quotes", "attributions"):
        return [asdict(x) for x in getattr(a, kind)]
    if kind == "date":
        return a.date.to_json() if a.date else None
    if kind == "lang":
        return a.lang
    if kind == "title":
        return {"title": a.title, "replaced": a.meta.get("title_replaced")}
    if kind == "duplicate_of":
        return {"ext_id": a.duplicate_of, "db_id": a.meta.get("duplicate_of_db_id"),
                "similarity": a.meta.get("duplicate_similarity")}
    if kind == "event":
        return {"event": a.event, "story": a.story}
    if kind == "errors":
        return [e.to_json() for e in a.errors]
    raise ValueError(f"unknown layer kind {kind!r}")


def _apply_layer(a: Article, kind: str, data: Any) -> None:
    if kind == "boilerplate":
        a.boilerplate = [tuple(s) for s in data]
    elif kind == "lang_segments":
        a.lang_segments = [tuple(s) for s in data]
    elif kind == "entities":
        a.entities = [Mention(**d) for d in data]
    elif kind == "timexes":
        a.timexes = [Timex(**d) for d in data]
    elif kind == "quotes":
        a.quotes = [Quote(**{**d, "content": tuple(d["content"]) if d.get("content") else None,
                             "speaker_span": tuple(d["speaker_span"]) if d.get("speaker_span") else None})
                    for d in data]
    elif kind == "attributions":
        a.attributions = [Attribution(**d) for d in data]
    elif kind == "duplicate_of" and data:
        a.meta["duplicate_similarity"] = data.get("similarity")
    elif kind == "errors":
        a.errors = [LayerError.from_json(d) for d in data]
