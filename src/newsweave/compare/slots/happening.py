"""The *when* and *outcome* slots of the main happening, read from the lead: its day (a relative
day resolved against an inferred publication date is marked as such), and its result
(approved or rejected, held or called off, signed or not, who won and the score)."""
from __future__ import annotations

import re
from typing import Callable

from ...model import Article
from ..claim_records import Claim
from . import words
from .records import SlotFact

YEAR = re.compile(r"\d{4}")  # a date that states its year needs no anchor
DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:T|$)")  # a day, or a time of a day ("mardi soir": 2025-10-21TEV)
MIN_CONFIDENCE = 0.6  # the time engine's confidence below which a resolved day is not read
LEAD = 4  # clauses of the lead that state the main happening's when and outcome
_SCORE = re.compile(r"(?<![\d:.,])(\d{1,2})\s?[-–:]\s?(\d{1,2})(?![\d:]|[.,]\d|\s?(?:h\b|uhr|am\b|pm\b|ч))",
                    re.IGNORECASE)


def lead_facts(a: Article, c: Claim, fact: Callable[..., SlotFact], denied: str | None) -> None:
    """The day and the result a lead clause (not background) states."""
    guessed_anchor = bool(a.date and a.date.source == "inferred")
    for value, s, e, said in days(a, c):
        fact("when", "day", value, value, c, s, e, denied_by=denied, subject_label="day",
             inferred_anchor=guessed_anchor and not YEAR.search(said))
    if not c.negated:
        for cls, pat in words.outcomes():
            m = pat.search(c.text) if cls != "score" else None
            if m:
                s = c.start + m.start()
                fact("outcome", "result", cls, cls, c, s, c.start + m.end(), denied_by=denied,
                     subject_label="result")


def days(a: Article, c: Claim) -> list[tuple[str, int, int, str]]:
    """(day, start, end, text) of each day the clause states, in text order: dates, and times
    of a day ("Monday evening", "alle 6:50 di questa mattina") as their day."""
    out = []
    for t in a.timexes:
        m = DAY.match(t.value or "")
        if m and t.type in ("DATE", "TIME") and t.confidence >= MIN_CONFIDENCE \
                and c.start <= t.start and t.end <= c.end:
            out.append((m.group(1), t.start, t.end, t.text))
    return sorted(out, key=lambda d: d[1])


def score_facts(c: Claim, fact: Callable[..., SlotFact], denied: str | None) -> None:
    """A match score in a clause that speaks of winning (not background, not negated)."""
    if any(p.search(c.text) for k, p in words.outcomes() if k in ("won", "score")):
        for m in _SCORE.finditer(c.text):
            x, y = sorted((int(m.group(1)), int(m.group(2))), reverse=True)
            fact("outcome", "score", f"{x}-{y}", f"{x}-{y}", c, c.start + m.start(),
                 c.start + m.end(), denied_by=denied, subject_label="score")
