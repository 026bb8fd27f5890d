"""The city of a facility named after it ("l'aéroport de Séville", "el aeropuerto de Córdoba",
"des Flughafens Córdoba", "lotnisko w Gdańsku" is a locative and read elsewhere): a happening at
an airport, a stadium or a cathedral of a city happens in that city, whatever preposition stands
before the facility ("la station de l'aéroport de X", "an der Wetterstation des Flughafens X").
The facility nouns are the languages' venue nouns; the name counts only when the gazetteer
knows it as a city of ``BARE_CITY`` people or more, so a venue's own name ("estadio do Dragão",
"Stade de France") is not read as a city."""
from __future__ import annotations

import re
from functools import lru_cache

from ... import lang
from .. import lexicon
from ..claim_records import Claim
from ...model import Article
from .gazetteer import Place, gazetteer
from .named_places import inflects
from .place_levels import CAP, region_countries
from .venue_names import VENUE_PARTICLES

# set by hand: a site name without a locative preposition before it resolves only to a city of
# this many people (a small town in a lead comes with "in"/"à"/"в"; a bare capitalised word the
# recogniser took for a place - "Airports", "Startturms" - may be some small town's name)
BARE_CITY = 100_000
EXTRA_CITY_WORD = 1  # words after the first of a city's name ("Nueva York", "Frankfurt am Main" is not read)


@lru_cache(maxsize=None)
def _pattern(code: str | None) -> re.Pattern[str] | None:
    """A venue noun of the language (a genitive "-s" on it or not), a particle or not, then a
    capitalised name: group 1 the name."""
    own = lang.language(code)
    nouns = list(own.claims.venue_nouns) if own is not None else []
    if not nouns:
        return None
    parts = "|".join(VENUE_PARTICLES)
    return re.compile(r"(?<![\w])(?i:" + "|".join(nouns) + r")(?:e?s)?\s+(?:(?i:" + parts + r")\s+)?("
                      + CAP + r"(?:\s+" + CAP + r"){0,%d})" % EXTRA_CITY_WORD)


def facility_sites(a: Article, c: Claim, taken: list[tuple[int, int]]) -> list[tuple[int, int, Place]]:
    """(start, end, city) of each city a facility of clause ``c`` is named after, outside the
    spans ``taken`` that another reader of the site already read."""
    pat = _pattern(a.lang)
    if pat is None:
        return []
    g = gazetteer()
    text = a.text
    near = frozenset(k for *_, k, _ in lexicon.find_countries(text)) | region_countries(text)
    out: list[tuple[int, int, Place]] = []
    for m in pat.finditer(text, c.start, c.end):
        s, e = m.start(1), m.end(1)
        if any(s < te and ts < e for ts, te in taken):
            continue
        name = m.group(1)
        for cand in (name, name.split()[0]) if " " in name else (name,):
            city = g.resolve(cand, ("city",), lambda: near, inflects(a.lang))
            if city is not None and city.population >= BARE_CITY:
                out.append((s, s + len(cand), city))
                break
    return out
