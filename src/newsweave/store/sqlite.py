"""SQLite dialect of the SQL store: WAL, foreign keys, ``PRAGMA user_version`` migrations, FTS5.

Each write batch runs in one transaction, so a crash or kill mid-ingest leaves the database at the
last committed article; running again completes the work (ingest is idempotent).
"""
from __future__ import annotations

import fcntl
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator

from .schema import SchemaDialect, migrations
from .sql import SQLRepository, query_words, term_groups

__all__ = ["MIGRATIONS", "SQLiteRepository"]

SQLITE_SCHEMA = SchemaDialect(
    id_pk="INTEGER PRIMARY KEY", bigint="INTEGER", blob="BLOB", real="REAL", key="TEXT",
    # an external-content FTS5 index kept in step with articles by triggers
    search_ddl="""
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
    END;""")

MIGRATIONS: list[str] = migrations(SQLITE_SCHEMA)


class SQLiteRepository(SQLRepository):
    """Repository over one SQLite file (``:memory:`` for throwaway analyses)."""

    NO_LIMIT = -1
    # layers are read article by article, lazily: cheap in-process, and an iteration sees the
    # layers written while it runs (the pipeline relies on no more than that)
    ARTICLE_BATCH = 1

    def __init__(self, path: str | Path = ":memory:") -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._writer = threading.RLock()  # the writer lock among this process's threads
        self.conn = sqlite3.connect(self.path, check_same_thread=False, timeout=30,
                                    isolation_level=None)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys = ON")
        if self.path != ":memory:":
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
        self._migrate()

    # ------------------------------------------------------------------ migrations
    def _migrate(self) -> None:
        with self._lock:
            version = self.schema_version
            for n, script in enumerate(MIGRATIONS[version:], start=version + 1):
                with self.transaction():
                    for stmt in split_sql(script):
                        self.conn.execute(stmt)
                    self.conn.execute(f"PRAGMA user_version = {n}")

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    # ------------------------------------------------------------------ dialect hooks
    def _query(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self.conn.execute(sql, tuple(params)).fetchall()

    def _write(self, sql: str, params: Iterable[Any] = ()) -> None:
        with self._lock:
            self.conn.execute(sql, tuple(params))

    def _many(self, sql: str, rows: list[tuple]) -> None:
        with self._lock:
            self.conn.executemany(sql, rows)

    def _insert_id(self, sql: str, params: Iterable[Any]) -> int | None:
        with self._lock:
            cur = self.conn.execute(sql, tuple(params))
            return cur.lastrowid if cur.rowcount == 1 else None

    @contextmanager
    def _atomic(self) -> Iterator[None]:
        with self._lock:
            if self.conn.in_transaction:
                yield
            else:
                with self.transaction():
                    yield

    def _in(self, column: str, values: list[Any]) -> tuple[str, list[Any]]:
        return f"{column} IN ({','.join('?' * len(values))})", list(values)

    @contextmanager
    def transaction(self) -> Iterator["SQLiteRepository"]:
        """``with repo.transaction():`` groups writes into one atomic commit."""
        with self._lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    @contextmanager
    def writer_lock(self) -> Iterator[None]:
        """Held over a step concurrent writers must take one at a time (linking): an advisory
        lock on ``<database>.lock`` beside the file, so other processes wait; reads go on."""
        with self._writer:
            if self.path == ":memory:":
                yield
                return
            with open(self.path + ".lock", "a+b") as fh:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
                try:
                    yield
                finally:
                    fcntl.flock(fh.fileno(), fcntl.LOCK_UN)

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    def data_version(self) -> tuple[int, int]:
        """Cheap change marker: differs whenever this or any other connection has written
        (``PRAGMA data_version`` + this connection's ``total_changes``); for caches."""
        with self._lock:
            return self.conn.execute("PRAGMA data_version").fetchone()[0], self.conn.total_changes

    def search(self, query: str, limit: int = 20) -> list[tuple[int, float, str]]:
        """FTS5 search (bm25 rank, lower is better); every query word is quoted as a phrase."""
        words = query_words(query)
        if not words:
            return []
        match = " ".join(f'"{w}"' for w in words)
        rows = self._query(
            "SELECT rowid, rank, snippet(articles_fts, 1, '\u0001', '\u0002', '…', 16) AS snip "
            "FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?", (match, limit))
        return [(r["rowid"], r["rank"], r["snip"]) for r in rows]

    def search_terms(self, groups: list[list[tuple[str, bool]]],
                     limit: int = 20) -> list[tuple[int, float, str]]:
        """FTS5 search for articles that match every group, a group matching when any of its
        alternatives ``(words, prefix)`` does (a phrase; its last word as a prefix if asked)."""
        parts = []
        for alts in term_groups(groups):
            ors = [f'"{" ".join(words)}"' + ("*" if prefix else "") for words, prefix in alts]
            parts.append("(" + " OR ".join(ors) + ")")
        if not parts:
            return []
        rows = self._query(
            "SELECT rowid, rank, snippet(articles_fts, 1, '\u0001', '\u0002', '…', 16) AS snip "
            "FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
            (" AND ".join(parts), limit))
        return [(r["rowid"], r["rank"], r["snip"]) for r in rows]


def split_sql(script: str) -> list[str]:
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
