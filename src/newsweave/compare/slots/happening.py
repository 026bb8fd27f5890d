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
LEAD = 4  # clauses of the lead that state the main happening's when and outcome
_SCORE = re.compile(r"(?<![\d:.,])(\d{1,2})\s?[-–:]\s?(\d{1,2})(?![\d:]|[.,]\d|\s?(?:h\b|uhr|am\b|pm\b|ч))",
                    re.IGNORECASE)


def lead_facts(a: Article, c: Claim, fact: Callable[..., SlotFact], denied: str | None) -> None:
    """The day and the result a lead clause (not background) states."""
    guessed_anchor = bool(a.date and a.date.source == "inferred")
    for value, s, e, said in c.dates:
        if len(value) == 10:
            fact("when", "day", value, value, c, s, e, denied_by=denied, subject_label="day",
                 inferred_anchor=guessed_anchor and not YEAR.search(said))
    if not c.negated:
        for cls, pat in words.outcomes():
            m = pat.search(c.text) if cls != "score" else None
            if m:
                s = c.start + m.start()
                fact("outcome", "result", cls, cls, c, s, c.start + m.end(), denied_by=denied,
                     subject_label="result")


def score_facts(c: Claim, fact: Callable[..., SlotFact], denied: str | None) -> None:
    """A match score in a clause that speaks of winning (not background, not negated)."""
    if any(p.search(c.text) for k, p in words.outcomes() if k in ("won", "score")):
        for m in _SCORE.finditer(c.text):
            x, y = sorted((int(m.group(1)), int(m.group(2))), reverse=True)
            fact("outcome", "score", f"{x}-{y}", f"{x}-{y}", c, c.start + m.start(),
                 c.start + m.end(), denied_by=denied, subject_label="score")
