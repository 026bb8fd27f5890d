"""The SQL core of :class:`~newsweave.store.base.Repository`: every query and record mapping,
written once with ``?`` placeholders. A dialect subclass (SQLite, PostgreSQL) supplies only the
connection, transactions, migrations, full-text search and the few spellings that differ.
"""
from __future__ import annotations

import json
import re
import time
from abc import ABC, abstractmethod
from functools import lru_cache
from contextlib import AbstractContextManager
from typing import Any, Iterable, Iterator, Mapping

from ..model import Article
from . import codec
from .base import ArticleFilter, EntityRecord, EventRecord, StoryRecord

CHUNK = 500  # ids per IN (...) list, below every driver's parameter limit

COUNT_KEYS = {"story": "story_id", "event": "event_id", "source": "source", "lang": "lang",
              "day": "substr(date_value, 1, 10)", "month": "substr(date_value, 1, 7)"}


def filter_sql(flt: ArticleFilter | None, int_cast: str = "") -> tuple[str, list[Any]]:
    """``WHERE`` clause and parameters for an :class:`ArticleFilter` (``int_cast`` types the substr
    length where the driver would not)."""
    if flt is None:
        return "", []
    conds, params = [], []
    for col, val in (("lang", flt.lang), ("source", flt.source), ("event_id", flt.event),
                     ("story_id", flt.story)):
        if val is not None:
            conds.append(f"{col} = ?")
            params.append(val)
    if flt.date_from:
        conds.append("date_value >= ?")
        params.append(flt.date_from)
    if flt.date_to:  # a prefix comparison: "2024-03" includes every day of March
        conds.append(f"substr(date_value, 1, ?{int_cast}) <= ?")
        params.extend([len(flt.date_to), flt.date_to])
    if flt.entity:
        conds.append("id IN (SELECT article_id FROM mention_index WHERE entity_id = ?)")
        params.append(flt.entity)
    if not flt.include_duplicates:
        conds.append("duplicate_of IS NULL")
    return (" WHERE " + " AND ".join(conds)) if conds else "", params


@lru_cache(maxsize=64)  # built per write otherwise: saving layers is a hot path
def upsert_sql(table: str, columns: tuple[str, ...], key: tuple[str, ...]) -> str:
    """An insert that updates the row in place on a key conflict (never delete + insert, which
    would fire ON DELETE actions); the same spelling works in SQLite and PostgreSQL."""
    sets = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in key)
    return (f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
            f" ON CONFLICT ({', '.join(key)}) DO UPDATE SET {sets}")


def query_words(query: str) -> list[str]:
    """The words of a search query: quotes dropped, so user input is never query syntax."""
    return [w for w in query.replace('"', " ").split() if w]


def term_groups(groups: list[list[tuple[str, bool]]]) -> list[list[tuple[list[str], bool]]]:
    """Search term groups reduced to plain words: each alternative ``(text, prefix)`` becomes the
    list of its words (a phrase) and its prefix flag; empty alternatives and groups are dropped,
    so that user input never becomes query syntax."""
    out = []
    for alts in groups:
        kept = [(words, bool(prefix)) for text, prefix in alts
                if (words := SEARCH_WORD.findall(text))]
        if kept:
            out.append(kept)
    return out


SEARCH_WORD = re.compile(r"[^\W_]+", re.UNICODE)


class SQLRepository(ABC):
    """Shared behaviour; subclasses implement the dialect hooks below."""

    path: str
    _lock: Any  # a threading.RLock: one connection serves every thread
    NO_LIMIT: Any = None  # the LIMIT value that means "no limit"
    INT_CAST = ""  # appended to an integer placeholder where the driver needs the type
    BINARY = ""  # collation that sorts text byte-wise
    LIKE_ESCAPE = ""  # clause that makes LIKE treat backslash as a plain character
    ARTICLE_BATCH = CHUNK  # articles whose layers are read with one query

    # ------------------------------------------------------------------ dialect hooks
    @abstractmethod
    def _query(self, sql: str, params: Iterable[Any] = ()) -> list[Mapping[str, Any]]:
        """All rows of a read, as mappings by column name."""

    @abstractmethod
    def _write(self, sql: str, params: Iterable[Any] = ()) -> None:
        """One write statement."""

    @abstractmethod
    def _many(self, sql: str, rows: list[tuple]) -> None:
        """One write statement for many parameter rows."""

    @abstractmethod
    def _insert_id(self, sql: str, params: Iterable[Any]) -> int | None:
        """Run an ``INSERT ... ON CONFLICT DO NOTHING``: the new row id, None when it conflicted."""

    @abstractmethod
    def _atomic(self) -> AbstractContextManager[Any]:
        """Hold the lock and make the enclosed writes one unit (joining an open transaction)."""

    @abstractmethod
    def _in(self, column: str, values: list[Any]) -> tuple[str, list[Any]]:
        """``column`` is one of ``values``: SQL and parameters."""

    def _search_copies(self, columns: Mapping[str, Any]) -> dict[str, Any]:
        """Extra columns a backend derives from written ones for full-text search."""
        return {}

    @abstractmethod
    def transaction(self) -> AbstractContextManager[Any]: ...

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    def data_version(self) -> Any: ...

    @abstractmethod
    def search(self, query: str, limit: int = 20) -> list[tuple[int, float, str]]: ...

    @abstractmethod
    def search_terms(self, groups: list[list[tuple[str, bool]]],
                     limit: int = 20) -> list[tuple[int, float, str]]: ...

    # ------------------------------------------------------------------ helpers
    def _one(self, sql: str, params: Iterable[Any] = ()) -> Mapping[str, Any] | None:
        rows = self._query(sql, params)
        return rows[0] if rows else None

    def _update_article(self, db_id: int, columns: Mapping[str, Any]) -> None:
        columns = {**columns, **self._search_copies(columns)}
        sets = ", ".join(f"{c} = ?" for c in columns)
        self._write(f"UPDATE articles SET {sets} WHERE id = ?", [*columns.values(), db_id])

    def _upsert(self, table: str, columns: Mapping[str, Any], key: tuple[str, ...] = ("id",)) -> None:
        self._write(upsert_sql(table, tuple(columns), key), list(columns.values()))

    def _limit(self, limit: int | None, offset: int = 0) -> tuple[str, list[Any]]:
        """``LIMIT``/``OFFSET`` with SQLite's meaning: a negative limit is none, a negative offset 0."""
        if limit is None:
            return "", []
        return " LIMIT ? OFFSET ?", [limit if limit >= 0 else self.NO_LIMIT, max(offset, 0)]

    # ------------------------------------------------------------------ articles
    def add_article(self, article: Article) -> tuple[int, bool]:
        h = article.content_hash
        with self._lock:  # no transaction of its own: outside a batch SQLite autocommits each row
            row_id = self.find_by_hash(h)
            created = False
            if row_id is None:
                cols = codec.article_columns(article, time.time())
                cols.update(self._search_copies(cols))
                row_id = self._insert_id(
                    f"INSERT INTO articles ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
                    " ON CONFLICT (content_hash) DO NOTHING", list(cols.values()))
                created = row_id is not None
                if not created:  # another connection stored the same content in the meantime
                    row_id = self.find_by_hash(h)
            article.db_id = row_id
            return row_id, created

    def find_by_hash(self, content_hash: str) -> int | None:
        row = self._one("SELECT id FROM articles WHERE content_hash = ?", (content_hash,))
        return row["id"] if row else None

    def _to_articles(self, rows: list[Mapping[str, Any]], with_layers: bool = True) -> list[Article]:
        """Rows → articles, with two queries per batch (originals of duplicates, layers)."""
        dup_ids = sorted({r["duplicate_of"] for r in rows if r["duplicate_of"] is not None})
        dup_ext: dict[int, str] = {}
        if dup_ids:
            cond, params = self._in("id", dup_ids)
            dup_ext = {r["id"]: r["ext_id"] for r in
                       self._query(f"SELECT id, ext_id FROM articles WHERE {cond}", params)}
        layers: dict[int, list[Mapping[str, Any]]] = {}
        if with_layers and rows:
            cond, params = self._in("article_id", [r["id"] for r in rows])
            for lr in self._query(f"SELECT article_id, kind, data FROM layers WHERE {cond}"
                                  " ORDER BY article_id, kind", params):
                layers.setdefault(lr["article_id"], []).append(lr)
        return [codec.article_from_row(r, dup_ext.get(r["duplicate_of"]), layers.get(r["id"], []))
                for r in rows]

    def get_article(self, key: str | int) -> Article | None:
        row = None
        n: int | None = None
        if isinstance(key, int):
            n = key
        elif isinstance(key, str) and key.isdigit():
            try:
                n = int(key)
            except ValueError:  # digits such as "²" that int() refuses
                n = None
        if n is not None and -2 ** 63 <= n < 2 ** 63:  # a row id is a 64-bit integer
            row = self._one(f"SELECT {codec.ARTICLE_COLUMNS} FROM articles WHERE id = ?", (n,))
        if row is None:
            row = self._one(f"SELECT {codec.ARTICLE_COLUMNS} FROM articles WHERE ext_id = ?"
                            " ORDER BY id LIMIT 1", (str(key),))
        return self._to_articles([row])[0] if row else None

    def iter_articles(self, flt: ArticleFilter | None = None, limit: int | None = None,
                      offset: int = 0, with_layers: bool = True) -> Iterator[Article]:
        where, params = filter_sql(flt, self.INT_CAST)
        lim, lim_params = self._limit(limit, offset)
        rows = self._query(f"SELECT {codec.ARTICLE_COLUMNS} FROM articles{where} ORDER BY id{lim}",
                           params + lim_params)
        for i in range(0, len(rows), self.ARTICLE_BATCH):
            yield from self._to_articles(rows[i:i + self.ARTICLE_BATCH], with_layers=with_layers)

    def count_articles(self, flt: ArticleFilter | None = None) -> int:
        where, params = filter_sql(flt, self.INT_CAST)
        return self._one(f"SELECT COUNT(*) AS n FROM articles{where}", params)["n"]

    def article_counts(self, group_by: Iterable[str], flt: ArticleFilter | None = None) -> list[tuple]:
        """Article counts grouped by keys among story, event, source, lang, day, month:
        rows ``(*key values, count)`` in key order, nulls first (web UI histograms and tallies)."""
        cols = [COUNT_KEYS[k] for k in group_by]
        where, params = filter_sql(flt, self.INT_CAST)
        sel = ", ".join(f"{c} AS k{i}" for i, c in enumerate(cols))
        order = ", ".join(f"{c}{self.BINARY} NULLS FIRST" for c in cols)
        rows = self._query(f"SELECT {sel}, COUNT(*) AS n FROM articles{where}"
                           f" GROUP BY {', '.join(cols)} ORDER BY {order}", params)
        return [tuple(r[f"k{i}"] for i in range(len(cols))) + (r["n"],) for r in rows]

    def save_layers(self, article: Article, component: str, version: str,
                    kinds: Iterable[str]) -> None:
        """Persist the named layers of ``article`` (already stored) with provenance, atomically."""
        if article.db_id is None:
            raise ValueError(f"article {article.id!r} is not stored yet")
        now = time.time()
        with self._atomic():
            for kind in kinds:
                self._upsert("layers", {"article_id": article.db_id, "kind": kind,
                                        "data": codec.to_json(codec.layer_data(article, kind)),
                                        "component": component, "version": version,
                                        "created_at": now}, key=("article_id", "kind"))
                columns = codec.layer_columns(article, kind)
                if columns:
                    self._update_article(article.db_id, columns)
                if kind == "entities":
                    self._write("DELETE FROM mention_index WHERE article_id = ?", (article.db_id,))
                    ids = sorted({m.entity for m in article.entities if m.entity})
                    self._many("INSERT INTO mention_index (article_id, entity_id) VALUES (?, ?)",
                               [(article.db_id, e) for e in ids])

    def layer_provenance(self, article_id: int) -> list[dict[str, Any]]:
        rows = self._query("SELECT kind, component, version, created_at FROM layers"
                           " WHERE article_id = ? ORDER BY kind", (article_id,))
        return [dict(r) for r in rows]

    # ------------------------------------------------------------------ vectors
    def get_vectors(self, keys: list[str]) -> dict[str, bytes]:
        out: dict[str, bytes] = {}
        for i in range(0, len(keys), CHUNK):
            cond, params = self._in("key", list(keys[i:i + CHUNK]))
            for r in self._query(f"SELECT key, data FROM vectors WHERE {cond}", params):
                out[r["key"]] = bytes(r["data"])
        return out

    def put_vectors(self, items: dict[str, bytes]) -> None:
        with self._atomic():
            self._many(upsert_sql("vectors", ("key", "data"), ("key",)), list(items.items()))

    # ------------------------------------------------------------------ events and stories
    def put_event(self, ev: EventRecord) -> None:
        self._upsert("events", codec.event_columns(ev))

    def get_event(self, event_id: str) -> EventRecord | None:
        row = self._one("SELECT * FROM events WHERE id = ?", (event_id,))
        return codec.event_from_row(row) if row else None

    def list_events(self, story: str | None = None) -> list[EventRecord]:
        if story is None:
            rows = self._query("SELECT * FROM events ORDER BY id")
        else:
            rows = self._query("SELECT * FROM events WHERE story_id = ? ORDER BY id", (story,))
        return [codec.event_from_row(r) for r in rows]

    def delete_event(self, event_id: str) -> None:
        self._write("DELETE FROM events WHERE id = ?", (event_id,))

    def put_story(self, st: StoryRecord) -> None:
        self._upsert("stories", {"id": st.id, "title": st.title, "meta": codec.to_json(st.meta)})

    def get_story(self, story_id: str) -> StoryRecord | None:
        row = self._one("SELECT * FROM stories WHERE id = ?", (story_id,))
        return codec.story_from_row(row) if row else None

    def list_stories(self) -> list[StoryRecord]:
        return [codec.story_from_row(r) for r in self._query("SELECT * FROM stories ORDER BY id")]

    def delete_story(self, story_id: str) -> None:
        self._write("DELETE FROM stories WHERE id = ?", (story_id,))

    def set_membership(self, article_id: int, event: str | None, story: str | None) -> None:
        self._update_article(article_id, {"event_id": event, "story_id": story})

    def log_cluster_change(self, action: str, subject: str, detail: dict[str, Any]) -> None:
        self._write("INSERT INTO cluster_log (at, action, subject, detail) VALUES (?, ?, ?, ?)",
                    (time.time(), action, subject, codec.to_json(detail)))

    def cluster_log(self, subject: str | None = None) -> list[dict[str, Any]]:
        if subject is None:
            rows = self._query("SELECT * FROM cluster_log ORDER BY id")
        else:
            rows = self._query("SELECT * FROM cluster_log WHERE subject = ? ORDER BY id", (subject,))
        return [{**dict(r), "detail": json.loads(r["detail"])} for r in rows]

    # ------------------------------------------------------------------ entities
    def put_entity(self, ent: EntityRecord) -> None:
        with self._atomic():
            self._upsert("entities", codec.entity_columns(ent))
            self._write("DELETE FROM entity_names WHERE entity_id = ?", (ent.id,))
            keys = sorted({codec.name_key(n) for n in [ent.name, *ent.variants]})
            self._many("INSERT INTO entity_names (entity_id, name_key) VALUES (?, ?)",
                       [(ent.id, k) for k in keys])

    def get_entity(self, entity_id: str) -> EntityRecord | None:
        row = self._one("SELECT * FROM entities WHERE id = ?", (entity_id,))
        return codec.entity_from_row(row) if row else None

    def find_entities(self, name: str) -> list[EntityRecord]:
        """Entities whose name or a variant equals ``name`` (case-insensitive), else contains it."""
        key = codec.name_key(name)
        joined = "SELECT DISTINCT e.* FROM entities e JOIN entity_names n ON n.entity_id = e.id"
        rows = self._query(f"{joined} WHERE n.name_key = ? ORDER BY e.id", (key,))
        if not rows:
            like = "%" + key.replace("%", "").replace("_", "") + "%"
            rows = self._query(f"{joined} WHERE n.name_key LIKE ?{self.LIKE_ESCAPE}"
                               " ORDER BY e.id LIMIT 50", (like,))
        return [codec.entity_from_row(r) for r in rows]

    def list_entities(self) -> list[EntityRecord]:
        return [codec.entity_from_row(r) for r in self._query("SELECT * FROM entities ORDER BY id")]

    def entity_article_ids(self, entity_id: str) -> list[int]:
        return [r["article_id"] for r in
                self._query("SELECT DISTINCT article_id FROM mention_index WHERE entity_id = ?"
                            " ORDER BY article_id", (entity_id,))]

    def clear_entities(self) -> None:
        with self._atomic():
            self._write("DELETE FROM entity_names")
            self._write("DELETE FROM entities")

    # ------------------------------------------------------------------ recurring lines
    def line_counts(self, source: str, fingerprints: list[str]) -> dict[str, int]:
        out: dict[str, int] = {}
        for i in range(0, len(fingerprints), CHUNK):
            cond, params = self._in("fingerprint", list(fingerprints[i:i + CHUNK]))
            for r in self._query(f"SELECT fingerprint, articles FROM line_counts WHERE source = ? AND {cond}",
                                 [source, *params]):
                out[r["fingerprint"]] = int(r["articles"])
        return out

    def add_line_counts(self, source: str, fingerprints: list[str]) -> None:
        with self._atomic():
            self._many("INSERT INTO line_counts (source, fingerprint, articles) VALUES (?, ?, 1)"
                       " ON CONFLICT (source, fingerprint) DO UPDATE SET articles = line_counts.articles + 1",
                       [(source, fp) for fp in dict.fromkeys(fingerprints)])

    # ------------------------------------------------------------------ state
    def get_state(self, key: str, default: Any = None) -> Any:
        row = self._one("SELECT value FROM state WHERE key = ?", (key,))
        return json.loads(row["value"]) if row else default

    def set_state(self, key: str, value: Any) -> None:
        self._upsert("state", {"key": key, "value": codec.to_json(value)}, key=("key",))
