"""A compass-qualified place: "Nordnorwegen", "Northern Norway", "Северная Италия", "Italia
settentrionale" name a part of the country or region they qualify, so the happening's site is in
that place and must not be compared as a different place with an article that names the whole
("in Norway"). The compass words are a closed class of each language (hand-set below: the four
points, their adjectives and "central"); the place is whatever the gazetteer knows once they are
taken off, so no place is listed here."""
from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import Place, gazetteer

# glued first halves of a compound (German, Dutch): "Nordnorwegen", "Südostpolen", "Mittelitalien"
_GLUED = ("nordost", "nordwest", "südost", "südwest", "nord", "süd", "ost", "west", "mittel", "zentral",
          "noord", "zuid", "oost")
# separate words before the name, stems (adjective endings follow): "northern", "северная", "północnej"
_BEFORE = ("north", "south", "east", "west", "central", "north-east", "north-west", "south-east", "south-west",
           "nördlich", "südlich", "östlich", "westlich",
           "северн", "южн", "восточн", "западн", "центральн",
           "північн", "південн", "східн", "західн", "центральн",
           "północn", "południow", "wschodni", "zachodni", "środkow", "centraln")
# words after the name: "Italia settentrionale", "Norvège du Nord", "España central"
_AFTER = ("settentrional", "meridional", "oriental", "occidental", "central", "centrale",
          "du nord", "du sud", "de l'est", "de l'ouest", "del nord", "del sud", "del norte", "del sur")
_LEVELS = ("country", "region")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    glued = re.compile(r"(?:%s)-?(?P<rest>\w{3,}.*)$" % "|".join(_GLUED), re.IGNORECASE)
    before = re.compile(r"(?:%s)\w*\s+(?P<rest>\w.*)$" % "|".join(map(re.escape, _BEFORE)), re.IGNORECASE)
    after = re.compile(r"(?P<rest>.*\w)\s+(?:%s)\w*$" % "|".join(map(re.escape, _AFTER)), re.IGNORECASE)
    return glued, before, after


def compass_part(name: str, endings: bool = True) -> Place | None:
    """The country or region a compass-qualified name is a part of; none when the name is a place
    of its own ("Nordkorea", "South Sudan", "Nordrhein-Westfalen"), or no place of one country
    remains ("Western Union")."""
    g = gazetteer()
    name = name.strip()
    if g.resolve(name, _LEVELS, endings=endings) is not None:
        return None
    for pat in _patterns():
        m = pat.match(name)
        if m is None:
            continue
        rest = m.group("rest").strip()
        hits = g.lookup(rest[:1].upper() + rest[1:], _LEVELS, endings=endings)
        if hits and len({h.country for h in hits}) == 1:
            return hits[0]  # a name of places in several countries ("Union") is no place's part
    return None
