"""Time zones of clock times: one instant written in two zones ("10:02 GMT", "11.02 czasu
polskiego") is one time, so clock times are compared in UTC. A zone is read right after the
clock time, as an abbreviation (any language) or in the article's own words (the language's
``clock_zones``); a clock time without one is the local time of the happening's place, whose
zone comes from its country (:data:`COUNTRY_ZONE`), summer time included."""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from ... import lang
from .words import alternation

# zone key -> (hours ahead of UTC in winter, whether it keeps EU summer time); "local": the place's
ZONES: dict[str, tuple[float, bool]] = {
    "UTC": (0, False), "WET": (0, True), "CET": (1, True), "EET": (2, True), "MSK": (3, False),
    "BST": (1, False), "CEST": (2, False), "EEST": (3, False), "WEST": (1, False),
    "EST": (-5, False), "EDT": (-4, False), "CST": (-6, False), "CDT": (-5, False),
    "PST": (-8, False), "PDT": (-7, False), "TRT": (3, False), "KZT": (5, False),
}
# abbreviations written in every language -> zone key
ABBREVIATIONS = {"GMT": "UTC", "UTC": "UTC", "Z": "UTC", "CET": "CET", "MEZ": "CET", "CEST": "CEST",
                 "MESZ": "CEST", "EET": "EET", "EEST": "EEST", "WET": "WET", "WEST": "WEST", "BST": "BST",
                 "MSK": "MSK", "EST": "EST", "EDT": "EDT", "CST": "CST", "CDT": "CDT", "PST": "PST",
                 "PDT": "PDT"}
# civil time of the countries the project's coverage reports from (ISO 3166 alpha-2 -> zone key)
COUNTRY_ZONE = {
    **{c: "CET" for c in ("NO", "SE", "DK", "DE", "FR", "ES", "IT", "PL", "CZ", "SK", "AT", "CH", "BE",
                          "NL", "LU", "SI", "HR", "HU", "RS", "BA", "ME", "MK", "AL", "MT", "LI", "MC",
                          "SM", "VA", "AD")},
    **{c: "EET" for c in ("UA", "RO", "BG", "GR", "FI", "EE", "LV", "LT", "MD", "CY")},
    **{c: "WET" for c in ("GB", "IE", "PT")},
    "RU": "MSK", "BY": "MSK", "TR": "TRT", "KZ": "KZT", "IS": "UTC",
}
REACH = 4  # characters between the clock time and its zone ("10:02 (GMT)", "11.02 Uhr MEZ")


def _last_sunday(year: int, month: int) -> date:
    d = date(year + (month == 12), 1 if month == 12 else month + 1, 1) - timedelta(days=1)
    return d - timedelta(days=(d.weekday() + 1) % 7)


def offset(zone: str, day: date) -> float:
    """Hours ahead of UTC of a zone on a day (EU summer time: last Sunday of March to last
    Sunday of October)."""
    hours, summer = ZONES[zone]
    if summer and _last_sunday(day.year, 3) <= day < _last_sunday(day.year, 10):
        hours += 1
    return hours


@lru_cache(maxsize=None)
def _words(code: str | None) -> tuple[tuple[str, re.Pattern[str]], ...]:
    own = lang.language(code)
    zones = own.claims.clock_zones if own is not None else {}
    return tuple((k, re.compile(r"\s*[(,]?\s*(?:" + alternation(frags) + r")(?!\w)", re.IGNORECASE))
                 for k, frags in zones.items() if frags)


_ABBR = re.compile(r"\s*[(,]?\s*(" + "|".join(sorted(ABBREVIATIONS, key=len, reverse=True)) + r")(?![\w])")


def zone_after(text: str, end: int, code: str | None) -> str | None:
    """The zone key written right after a clock time ending at ``end`` (or at the end of the
    clock time's own text, passed as ``text[:end]``), else None."""
    tail = text[end:end + 60]
    m = _ABBR.match(tail)
    if m and m.start(1) <= REACH:
        return ABBREVIATIONS[m.group(1)]
    for k, pat in _words(code):
        if pat.match(tail):
            return k
    return None


@lru_cache(maxsize=None)
def approx_cue(code: str | None) -> re.Pattern[str]:
    """The language's words making a clock time approximate, at the end of the text before it."""
    own = lang.language(code)
    frags = own.claims.clock_approx if own is not None else []
    return re.compile(r"(?:" + alternation(frags) + r")\s*$" if frags else r"(?!x)x", re.IGNORECASE)
