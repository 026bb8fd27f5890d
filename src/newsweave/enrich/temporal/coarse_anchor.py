"""The story's last date when it is only a year or a month: what a day or a week counted from it
("the next day", "the following week") can be known to, TimeML's granularity of the anchor."""
from __future__ import annotations

import re

from .context import Cand

COARSE = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2]))?")  # a year or a month: no day to count from


def coarse_anchor(text: str, before: list[Cand], c: Cand, last_day: Cand | None) -> str | None:
    """The year or month the story named last, when it came after the last day named (within 600
    characters, same paragraph): a day counted from it ("the next day", "that same day") keeps its
    precision, TimeML's granularity of the anchor."""
    for p in reversed(before):
        if c.start - p.end > 600 or "\n\n" in text[p.end:c.start] or p is last_day:
            return None
        if p.type == "DATE" and COARSE.fullmatch(p.value) and "narrative" not in p.attrs:
            return p.value
    return None
