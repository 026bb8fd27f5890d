"""Calendar arithmetic for TIMEX3 values: anchors, day/week/month formatting, Easter, durations."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from newsweave.model import DateInfo

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


@dataclass(frozen=True)
class Anchor:
    """The article date at the precision it is known (year, month or day)."""

    y: int
    m: int | None
    d: int | None
    value: str

    @property
    def gran(self) -> str:
        return "day" if self.d else ("month" if self.m else "year")

    @property
    def date(self) -> dt.date | None:
        return dt.date(self.y, self.m, self.d) if self.d and self.m else None


def parse_anchor(anchor: DateInfo | str | None) -> Anchor | None:
    if anchor is None:
        return None
    v = anchor.value if isinstance(anchor, DateInfo) else str(anchor)
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", v or "")
    if not m:
        return None
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    try:
        if d:
            dt.date(y, int(mo), int(d))
    except ValueError:
        d = None
    return Anchor(y, int(mo) if mo else None, int(d) if d else None, m.group(0))


def fmt_day(d: dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def week_value(d: dt.date) -> str:
    iy, iw, _ = d.isocalendar()
    return f"{iy:04d}-W{iw:02d}"


def easter(y: int) -> dt.date:
    """Easter Sunday (Gregorian calendar, anonymous algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741
    m = (a + 11 * h + 22 * l) // 451
    mon, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(y, mon, day + 1)


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def roman(s: str) -> int:
    tot, prev = 0, 0
    for ch in reversed(s.upper()):
        v = _ROMAN.get(ch, 0)
        tot = tot - v if v < prev else tot + v
        prev = max(prev, v)
    return tot


def numstr(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else str(round(n, 3))


def duration(n: float | None, unit: str) -> str:
    """TIMEX3 duration value for n units (None: an unknown count, "PXY")."""
    if unit == "NIGHT":
        unit = "D"
    if unit == "Q":
        return f"P{numstr(n * 3)}M" if n is not None else "PXM"
    if unit == "HY":
        return f"P{numstr(n * 6)}M" if n is not None else "PXM"
    if unit == "WE":
        return f"P{numstr(n * 2)}D" if n is not None else "PXD"
    if unit in ("DE", "CE"):  # TimeBank counts decades and centuries in years ("P40Y", "PXY")
        return f"P{numstr(n * (10 if unit == 'DE' else 100))}Y" if n is not None else "PXY"
    num = "X" if n is None else numstr(n)
    if unit == "H" and n is not None and not float(n).is_integer() and float(n * 60).is_integer():
        return f"PT{int(n)}H{int(round((n - int(n)) * 60))}M" if int(n) else f"PT{int(round(n * 60))}M"
    if unit in ("H", "MIN", "S"):
        return f"PT{num}{'M' if unit == 'MIN' else unit}"
    return f"P{num}{unit}"


def century_of_two_digits(yy: str, anchor_year: int | None) -> int:
    """The year of a two-digit year ("en 68", "'97"): in the 1900s unless that lies more than
    ninety years before the article (then in the 2000s: "'08" written in 2012)."""
    y = 1900 + int(yy)
    if anchor_year is not None and anchor_year >= 2000 and y + 100 <= anchor_year + 10:
        y += 100
    return y
