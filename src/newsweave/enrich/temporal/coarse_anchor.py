"""The story's last date when it is only a year or a month: what a day or a week counted from it
("the next day", "the following week") can be known to, TimeML's granularity of the anchor."""
from __future__ import annotations

import re

from .context import Cand

COARSE = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2]))?")  # a year or a month: no day to count from
_SENTENCE_END = re.compile(r"[\w)\"'”][.!?]['\"”]?\s+[\"“']?[A-Z]|\n")  # "Aug. 7" and "Jan. 5" end none


def is_coarse(p: Cand) -> bool:
    """A year or month date ("1997", "June 1997"), not a told day."""
    return p.type == "DATE" and bool(COARSE.fullmatch(p.value)) and "narrative" not in p.attrs


def same_sentence(text: str, first: Cand, second: Cand) -> bool:
    """Whether no sentence ends between two mentions (the first before the second)."""
    return _SENTENCE_END.search(text, first.end, max(first.end, second.start)) is None


def coarse_anchor(text: str, before: list[Cand], c: Cand, last_day: Cand | None) -> str | None:
    """The year or month the story named last, when it came after the last day named (within 600
    characters, same paragraph) and outside that day's sentence: a day counted from it ("the next
    day", "that same day") keeps its precision, TimeML's granularity of the anchor. A year inside
    the sentence of a told day is background to that day ("said on Tuesday that sales fell in
    2001. The next day ..."): the day stays the anchor."""
    for p in reversed(before):
        if c.start - p.end > 600 or "\n\n" in text[p.end:c.start] or p is last_day:
            return None
        if is_coarse(p):
            return None if last_day is not None and same_sentence(text, last_day, p) else p.value
    return None


def coarse_value(text: str, before: list[Cand], p: Cand, unit: str) -> str | None:
    """The value of a day, week or month counted from ``p`` when ``p`` names only a year or month
    ("In June 1997 ... two weeks earlier": 1997-WXX), unless a finer date of ``p``'s sentence came
    first, to which ``p`` is background; None where ``p`` is fine enough to count from."""
    if not is_coarse(p) or unit not in ("D", "W", "M") or (unit == "M" and len(p.value) != 4):
        return None
    if any((q.day is not None if unit != "M" else bool(re.match(r"\d{4}-\d\d", q.value)))
           and same_sentence(text, q, p) for q in before if q.end <= p.start):
        return None
    if unit == "W":
        return f"{p.value[:4]}-WXX"
    return p.value + ("-XX-XX" if unit == "D" and len(p.value) == 4 else "-XX")

