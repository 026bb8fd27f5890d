"""Venues named by the body they house ("au siège du syndicat", "at the transport ministry",
"en la sede del Ministerio de Transportes", "w siedzibie ministerstwa"): the kind of body
(ministry, union, council, parliament, town hall, government, court, embassy) is the venue's
value, compared across languages; a venue and a city are different subjects, so "at the
Council's headquarters" does not contradict "in Brussels"."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ... import lang
from ...model import Article
from ..claim_records import Claim
from .records import SlotFact

SEAT = "seat"  # the subject of such venues
GAP = 3  # set by hand: words between the preposition and the body's noun ("the", "siège du", "transport")


@lru_cache(maxsize=None)
def _pattern(code: str | None) -> re.Pattern[str] | None:
    """A venue preposition, up to GAP words without digits or punctuation, then a body's noun
    (its kind is the name of the group that matched), in the article's own language."""
    own = lang.language(code)
    if own is None or not own.claims.org_venues or not own.claims.org_venue_preps:
        return None
    preps = "|".join(sorted(own.claims.org_venue_preps, key=len, reverse=True))
    kinds = "|".join(f"(?P<{k}>" + "|".join(frags) + ")" for k, frags in own.claims.org_venues.items())
    return re.compile(r"(?<![\w])(?:" + preps + r")\s+(?:[^\W\d]+['’]?\s+){0," + str(GAP) + r"}?(?:"
                      + kinds + r")(?![\w])", re.IGNORECASE)


def org_venue_facts(a: Article, c: Claim, fact: Callable[..., SlotFact], denied: str | None) -> None:
    """The body whose building a lead clause names as the happening's venue."""
    pat = _pattern(a.lang)
    if pat is None:
        return
    for m in pat.finditer(a.text, c.start, c.end):
        kind = m.lastgroup
        if kind:
            s, e = m.start(kind), m.end(kind)
            fact("where", SEAT, kind, kind, c, s, e, denied_by=denied, subject_label=SEAT)
            return
