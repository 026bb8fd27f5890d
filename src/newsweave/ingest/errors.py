"""Errors raised while reading one input; readers turn them into ``on_error(origin, reason)``."""
from __future__ import annotations


class IngestError(Exception):
    """One input could not be read; the message says why, in words a person can act on."""
