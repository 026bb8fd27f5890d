"""The rule registry: rule name → handler turning one regex match into a candidate (or None).

Handlers live in the ``rules_*`` modules, grouped by kind, and register with ``@rule(name, ...)``;
:func:`apply` runs the checks every rule shares before and after its handler.
"""
from __future__ import annotations

import re
from typing import Callable

from .context import Cand, Context
from .text import norm

Handler = Callable[[str, re.Match, Context], "Cand | None"]
RULES: dict[str, Handler] = {}


def rule(*names: str) -> Callable[[Handler], Handler]:
    """Register a handler for the rules ``names`` (the patterns of :mod:`.patterns`)."""
    def deco(fn: Handler) -> Handler:
        for n in names:
            if n in RULES:
                raise ValueError(f"time rule {n!r} registered twice")
            RULES[n] = fn
        return fn
    return deco


def apply(name: str, m: re.Match, cx: Context) -> Cand | None:
    L, text = cx.L, cx.text
    groups = m.re.groupindex
    rel = m.group("rel") if "rel" in groups else None
    if rel and norm(rel) in L.next_verbal and L.next_verbal_block.match(text, m.end()):
        return None  # "les heures qui viennent de s'écouler": just past, not coming
    c = RULES[name](name, m, cx)
    mod = m.group("mod") if c is not None and "mod" in groups else None
    if mod and c.start == m.start("mod") and norm(mod) in L.shift and name != "modunit":
        c.start = m.end("mod")  # "earlier this week": TimeBank leaves the shifter out
        while c.start < c.end and text[c.start].isspace():
            c.start += 1
    return c
