"""Saved watches and alerts: tell the analyst when something they follow turns up.

A watch follows an entity (in any spelling or script), a search query, a story or event, or "a
new conflict in this story". :class:`AlertEngine` evaluates the watches on each batch the
pipeline analysed (``newsweave watch`` calls it after every poll) and stores one alert per
matching item, exactly once across restarts (:class:`AlertStore`, in the store's key-value
state); alerts are listed by ``newsweave alerts`` and on the /alerts page (with the unread
count), and may be POSTed to a webhook with a bearer token.
"""
from __future__ import annotations

from .engine import AlertEngine, WatchError
from .store import KINDS, AlertStore, SavedWatch

__all__ = ["KINDS", "AlertEngine", "AlertStore", "SavedWatch", "WatchError"]
