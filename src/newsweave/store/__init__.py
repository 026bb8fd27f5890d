"""Storage: one repository interface (``base.Repository``) over one SQL core (``sql``), with a
SQLite dialect by default and a PostgreSQL dialect for teams."""
from __future__ import annotations

import os
from pathlib import Path

from .base import ArticleFilter, EntityRecord, EventRecord, Repository, StoryRecord
from .sqlite import SQLiteRepository

__all__ = ["ArticleFilter", "EntityRecord", "EventRecord", "Repository", "StoreNotFound", "StoryRecord",
           "SQLiteRepository", "default_db_path", "open_store"]


class StoreNotFound(FileNotFoundError):
    """``open_store(..., create=False)`` on a SQLite file that does not exist."""


def default_db_path() -> Path:
    """``$NEWSWEAVE_DB``, else the per-user data directory (XDG on Linux)."""
    env = os.environ.get("NEWSWEAVE_DB")
    if env:
        return Path(env)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "newsweave" / "newsweave.db"


def open_store(target: str | Path | None = None, create: bool = True):
    """Open the store named by ``target``: a ``postgresql://`` URL selects PostgreSQL, anything
    else is a SQLite file (default: :func:`default_db_path`, or ``$NEWSWEAVE_DB``).

    ``create=False`` (read commands): a SQLite file that does not exist raises
    :class:`StoreNotFound` instead of creating it and its folders."""
    if target is None:
        target = os.environ.get("NEWSWEAVE_DB") or default_db_path()
    if isinstance(target, str) and target.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresRepository  # here, not at the top: psycopg is optional
        return PostgresRepository(target)
    if not create and str(target) != ":memory:" and not Path(target).is_file():
        raise StoreNotFound(f"no database at {target}")
    return SQLiteRepository(target)
