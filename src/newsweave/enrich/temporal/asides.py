"""Clauses set off by commas ("The program, created in 1996, expired Sept. 30"): a date in one
dates the aside's own verb, so it lends its year to no date of the main clause."""
from __future__ import annotations

import re

from .context import Cand
from .grammar import Grammar


def inside_aside(text: str, L: Grammar, lo: int, p: Cand, c: Cand) -> bool:
    """Whether ``p`` stands in a clause set off by commas that closes before ``c`` (``lo``: the
    sentence start)."""
    return L.aside_open.search(text, lo, p.start) is not None and re.match(r"\s*,", text[p.end:c.start]) is not None
