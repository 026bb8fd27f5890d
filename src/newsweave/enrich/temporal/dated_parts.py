"""A part of the day before the date it belongs to ("la nuit du 3 mai", "la notte tra il 3 e il 4") is
one TIMEX3 with that day and that part (2002-05-03TNI), as "le 3 mai au soir" and "la nuit de samedi"
already are: the date alone would lose the part. English is left out: TimeBank marks "Oct. 23" alone
in "the night of Oct. 23"."""
from __future__ import annotations

import re

from .context import Cand
from .grammar import Grammar
from .text import lookup

_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def join_parts_of_dated_days(text: str, L: Grammar, cands: list[Cand]) -> None:
    """Extend a dated day back over the part of the day and the "of" naming it."""
    if L.part_of_date is None:
        return
    for c in cands:
        if c.type != "DATE" or not _DAY.fullmatch(c.value):
            continue
        m = L.part_of_date.search(text, max(0, c.start - 40), c.start)
        part = lookup(L.dayparts, m.group("part")) if m else None
        if part is None or any(o is not c and o.end > m.start() and o.start < c.start for o in cands):
            continue  # no part before it, or another expression holds those words
        c.start, c.type, c.value = m.start(), "TIME", f"{c.value}T{part}"
