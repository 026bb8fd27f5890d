"""Patterns of a venue's name after its venue noun ("estadio do Dragão", "у палаці Бельведер"), in
a module of their own because both the venue reader and the site reader of ``place`` use them."""
from __future__ import annotations

import re
from functools import lru_cache

from ... import lang
from .place_levels import CAP

VENUE_PARTICLES = ("do", "da", "de", "del", "dei", "di", "of", "of the", "der")


@lru_cache(maxsize=None)
def after_venue_noun(code: str | None) -> list[re.Pattern[str]]:
    """Patterns of a capitalised name right after a venue noun, a particle between or not
    ("estadio do Dragão", "Stadion do Bessa", "palacio de San Telmo", "у палаці Бельведер"):
    group 1 the name. The article's own nouns in any case; another language's only capitalised,
    as part of a venue's foreign name ("allo Stade de France", "at the Stade Vélodrome")."""
    own = lang.language(code)
    mine = list(own.claims.venue_nouns) if own is not None else []
    foreign = sorted({n for l in lang.languages() for n in l.claims.venue_nouns} - set(mine))
    parts = "|".join(VENUE_PARTICLES)
    tail = r")\s+(?:(?i:" + parts + r")\s+)?(" + CAP + r"(?:\s+" + CAP + r"){0,2})"
    out = []
    if mine:
        out.append(re.compile(r"(?<![\w])(?i:" + "|".join(mine) + tail))
    if foreign:
        caps = [n[0].upper() + n[1:] for n in foreign if n[:1].isalpha()]
        out.append(re.compile(r"(?<![\w])(?:" + "|".join(caps) + tail))
    return out
