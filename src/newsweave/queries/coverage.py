"""Coverage over time: article counts per day, or per month when the span is long."""
from __future__ import annotations

from collections import Counter
from datetime import timedelta
from typing import Any

from .records import first_day

MAX_DAYS = 62  # longer spans are counted per month


def _months(first: str, last: str) -> list[str]:
    y, m = map(int, first[:7].split("-"))
    y1, m1 = map(int, last[:7].split("-"))
    out = []
    while (y, m) <= (y1, m1):
        out.append(f"{y:04d}-{m:02d}")
        m += 1
        if m > 12:
            y, m = y + 1, 1
    return out


def coverage_series(pairs: list[tuple[str, int]]) -> dict[str, Any]:
    """``{"unit": "day"|"month", "periods": [{"period", "articles"}]}`` from (day, count) pairs,
    every period of the span listed (empty ones with 0), so gaps in coverage show."""
    pairs = [(k, n) for k, n in pairs if k]
    if not pairs:
        return {"unit": "day", "periods": []}
    days = sorted({k[:10] for k, _ in pairs})
    d0, d1 = first_day(days[0]), first_day(days[-1])
    unit = "month" if d0 and d1 and (d1 - d0).days > MAX_DAYS else "day"
    agg: Counter = Counter()
    for k, n in pairs:
        agg[k[:7] if unit == "month" else k[:10]] += n
    keys: list[str] = []
    if unit == "day" and d0 and d1:
        d = d0
        while d <= d1:
            keys.append(d.isoformat())
            d += timedelta(days=1)
        keys += [k for k in agg if k not in keys]  # month-precision dates, if any, at the end
    else:
        keys = sorted(agg)
        if unit == "month":
            keys = _months(keys[0], keys[-1])
    return {"unit": unit, "periods": [{"period": k, "articles": agg.get(k, 0)} for k in keys]}
