"""Measures in the *how many* slot: a number with a unit of length, area, speed, temperature or
mass ("93 miles", "130 feet", "nearly 3,000 acres", "100 degrees Fahrenheit", "26,000 pounds")
is a measure, never a count of the head noun near it ("2,500 were evacuated as temperatures
reached 100 degrees"); an area or a mass is converted to the unit of its class (hectares,
tonnes) and compared there, with the slack of a converted figure's rounding; a length or a speed
is compared only under a head naming what was measured (a gust, a quake's depth)."""
from __future__ import annotations

import re
from functools import lru_cache

from ... import lang
from ...text.stems import stem_regex
from . import words

# unit -> (class its measure is compared in, or None: a measure not compared; factor to the
# class's unit). Areas go to hectares (the burnt or flooded area), masses to tonnes.
CONVERSIONS: dict[str, tuple[str | None, float]] = {
    "hectare": ("area_ha", 1.0), "acre": ("area_ha", 0.40468564224), "sq_km": ("area_ha", 100.0),
    "tonne": ("amount (tonne)", 1.0), "kg": ("amount (tonne)", 0.001), "pound": ("amount (tonne)", 0.00045359237),
    "km": (None, 1000.0), "mile": (None, 1609.344), "metre": (None, 1.0), "foot": (None, 0.3048),
    "cm": (None, 0.01), "inch": (None, 0.0254), "sq_m": (None, 1.0), "sq_ft": (None, 0.09290304),
    "kmh": (None, 1.0), "mph": (None, 1.609344), "celsius": (None, 1.0), "fahrenheit": (None, 1.0),
}
# the dimension (and its unit) of the measures of no class of their own: lengths in metres,
# speeds in km/h; compared only under a head naming what was measured (MEASURED)
DIMENSION = {"km": "m", "mile": "m", "metre": "m", "foot": "m", "cm": "m", "inch": "m",
             "kmh": "km/h", "mph": "km/h"}
# head classes naming a measured thing -> the dimension its figure must have ("gusts of up to
# 180 km/h", "at a depth of 10 km"); a speed or a length without such a head is not compared
MEASURED = {"gusts": "km/h", "depth": "m"}
# set by hand: a figure converted from another unit is rounded by its writer to two or three
# significant digits ("1,200 hectares" / "nearly 3,000 acres", 2,965 acres): 5 % either way
CONVERTED_SLACK = 0.05


@lru_cache(maxsize=None)
def _patterns(code: str | None) -> list[tuple[str, re.Pattern[str]]]:
    """(unit, pattern at the start of the text after a number) of the article's language (every
    language's when it has none: a stem of one is another word elsewhere, it "chil*" / en
    "children"), longest names first across units ("square feet" before "feet")."""
    own = lang.language(code)
    secs = [own.claims] if own is not None and own.claims.measure_units else words.sections()
    stems: list[tuple[str, str]] = []
    for sec in secs:
        for unit, names in sec.measure_units.items():
            stems += [(unit, n) for n in names]
    stems.sort(key=lambda us: -len(us[1]))
    return [(unit, re.compile(r"^[\s-]*" + stem_regex([name]) + r"(?![\w])", re.IGNORECASE))
            for unit, name in stems]


def measure_after(text: str, code: str | None) -> str | None:
    """The unit of measure at the start of ``text`` (the words right after a number in an
    article of language ``code``), else None."""
    for unit, pat in _patterns(code):
        if pat.match(text):
            return unit
    return None


def converted(unit: str, value: float, head: str | None = None) -> tuple[str | None, float]:
    """(class, value in the class's unit) of a measure; a length or a speed takes the class of a
    head of :data:`MEASURED` naming it, with its dimension ("gusts (km/h)", "depth (m)")."""
    cls, factor = CONVERSIONS[unit]
    if cls is None and head in MEASURED and DIMENSION.get(unit) == MEASURED[head]:
        cls = f"{head} ({MEASURED[head]})"
    return cls, value * factor


def slack(unit: str) -> float:
    """Relative slack of a measure's bounds: a figure converted from another unit was rounded."""
    return 0.0 if CONVERSIONS[unit][1] == 1.0 else CONVERTED_SLACK
