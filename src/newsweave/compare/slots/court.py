"""The city of the court that rules, a subject of the *where* slot of its own: "il tribunale di
Salerno", "A court in Salerno", "le tribunal de Naples", "Приморський районний суд Одеси", "Sąd
rejonowy w Izmaile". The article's other cities (the accused mayor's town, the region) do not
reconcile two courts' cities, so the subject is compared on its own values only (``compare``
leaves it out of the reconciling by places named elsewhere). A court of appeal ("la cour d'appel
de Naples") is another subject: it and the lower court whose ruling it reviews are two courts."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ... import lang
from ...model import Article
from ..claim_records import Claim
from .place import resolve_site
from .records import SlotFact

COURT = "court"  # the subject of a court's city
APPEAL = "court:appeal"  # ... of a court of appeal's: another court than the one whose ruling it reviews
COURTS = (COURT, APPEAL)
REACH = 40  # set by hand: characters between the court's noun and its city ("régional de", "районний")
GAP_WORDS = 3  # the most words between them (adjectives of the court, a preposition, an article)
APPEAL_REACH = 25  # characters before the court's noun where its appeal word stands ("апеляційний суд")


@lru_cache(maxsize=None)
def _appeal(code: str | None) -> re.Pattern[str]:
    own = lang.language(code)
    frags = own.claims.appeal_court_words if own is not None else []
    return re.compile(r"(?<!\w)(?:" + "|".join(frags) + r")", re.IGNORECASE) if frags else re.compile(r"(?!x)x")


@lru_cache(maxsize=None)
def _noun(code: str | None) -> re.Pattern[str] | None:
    """The language's court nouns (its ``org_venues["court"]``)."""
    own = lang.language(code)
    frags = own.claims.org_venues.get("court", []) if own is not None else []
    return re.compile(r"(?<!\w)(?:" + "|".join(frags) + r")(?!\w)", re.IGNORECASE) if frags else None


def court_facts(a: Article, c: Claim, fact: Callable[..., SlotFact], denied: str | None) -> None:
    """The city a court of the clause is named after or sits in: the first place mention within
    REACH characters after the court's noun, nothing but a few words between (no punctuation)."""
    pat = _noun(a.lang)
    if pat is None:
        return
    for m in pat.finditer(a.text, c.start, c.end):
        for x in sorted((x for x in a.entities if x.type in ("LOC", "MISC") and m.end() <= x.start <= m.end() + REACH
                         and x.end <= c.end), key=lambda x: x.start):
            gap = a.text[m.end():x.start]
            if re.search(r"[,;:.!?()\d«»\"“”]", gap) or len(gap.split()) > GAP_WORDS:
                break
            p = resolve_site(x.text, a)
            if p is not None and p.level == "city":
                appeal = bool(_appeal(a.lang).search(a.text, max(c.start, m.start() - APPEAL_REACH), x.start))
                fact("where", APPEAL if appeal else COURT, p.name, f"@court:{p.id}", c, x.start, x.end,
                     denied_by=denied, subject_label="appeal court's city" if appeal else "court's city")
                return
            break
