"""The *where* slot's venues named by a venue noun ("estadio do Dragão", "im Stadion do Bessa",
"у палаці Бельведер"), whatever the recogniser typed the name: compared with the venues of other
articles (an article naming the other's venue anywhere reconciles them)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ... import lang
from ...model import Article
from ..claim_records import Claim
from .named_places import seat_spans
from .place import site_key, venue_name
from .place_levels import CAP, LOWER
from .venue_names import after_venue_noun
from .records import SlotFact

def venue_facts(a: Article, c: Claim, fact: Callable[..., SlotFact], denied: str | None) -> None:
    """The venue a venue noun names ("estadio do Dragão", "im Stadion do Bessa", "у палаці
    Бельведер"), whatever the recogniser typed the name: compared with the venues of other
    articles (a venue named after a place, "Stade de France", keeps the place's name as its
    own; an article naming the other's venue anywhere reconciles them)."""
    seats = seat_spans(a)
    done: set[int] = set()
    for pat in after_venue_noun(a.lang):
        for m in pat.finditer(a.text, c.start, c.end):
            s, e = m.start(1), m.end(1)
            name = a.text[s:e]
            if s in done or any(s < se and ss < e for ss, se in seats) or len(site_key(name)) < 4:
                continue
            if not _venue_prep(a.lang).search(a.text, max(0, m.start() - 30), m.start()):
                continue  # "lo Stade Garonnais ha vinto": a club named after its ground, not a place
            if a.text[m.start()].isupper() and venue_name(a, m.start(), s) is not None and any(
                    x.start == s and x.type == "PER" for x in a.entities):
                continue  # "à la Halle Maurice Vidal": named after a person, the site reader takes it whole
            done.add(s)
            fact("where", "venue", name, site_key(name), c, s, e, denied_by=denied, subject_label="venue")


@lru_cache(maxsize=None)
def _venue_prep(code: str | None) -> re.Pattern[str]:
    """A venue preposition of the language, a definite article after it or not, ending right
    before a venue noun ("at the", "en el", "im", "allo", "у")."""
    own = lang.language(code)
    preps = sorted(own.claims.venue_preps if own is not None else [], key=len, reverse=True)
    if not preps:
        return re.compile(r"(?!x)x")
    arts = sorted(own.claims.definite_articles, key=len, reverse=True)
    det = r"(?:\s+(?:" + "|".join(re.escape(x) for x in arts) + r"))?" if arts else ""
    # up to two lower-case words between: "на бывшем аэродроме", "im ehemaligen Flughafen"
    adj = r"(?:\s+[" + LOWER + r"]+){0,2}"
    return re.compile(r"(?<![\w])(?i:" + "|".join(re.escape(p) for p in preps) + r")" + det + adj + r"\s+$")
