"""Occurrences of a cyclic calendar name, and a conditional logit over them (bench-side only).

"Tuesday", "12 March", "in June" without a year name one of several occurrences around the
article date: the previous one, the article's own day or month, the next one. The resolver picks
one with hand-weighted tense rules (``enrich/temporal/rules_days._weekday_date``,
``context._nearest_year``). Session 18 tried to replace them by a linear score per occurrence
(distance in cycles, side crossed with the parse tense and the word-window tense) fitted by
``timex_occurrence_cases.py``; it was not adopted (see bench/README.md), and these helpers stay
here to measure that choice on the timex bench's inner halves.
"""
from __future__ import annotations

import datetime as dt
import math
import re

from newsweave.enrich.temporal.calendar import Anchor, fmt_day
from newsweave.enrich.temporal.grammar import Grammar

PERIOD = {"weekday": 7.0, "day": 365.0, "month": 12.0}
_TENSE = {(-1, True): "past_sure", (-1, False): "past_lean", (1, False): "fut_lean", (1, True): "fut_sure"}
# the side a tense puts a date on is one principle for both ways: an occurrence on the other side
# of a past or a future tense pays the same "against" weight, learnt from cases of either side
FEATURES = ["cycles", "same", "same_past", "same_fut"] + [f"after_{k}" for k in PERIOD] + [
    "against_tense_lean", "against_window_sure", "against_window_lean"]


def signals(L: Grammar, text: str, s: int, e: int) -> dict[str, str]:
    """The clause's tense as the resolver reads it (parse first) and as the word window alone reads it."""
    t = L.tense(text, s, e, scheduled=True)
    w = L.window_tense(text, s, e)
    return {"tense": _TENSE.get(t, "none"), "window": _TENSE.get(w, "none"), "direction": str(t[0])}


def features(kind: str, v: int, sig: dict[str, str]) -> list[float]:
    """Features of the occurrence ``v`` days (months for ``kind`` 'month') from the anchor."""
    f = dict.fromkeys(FEATURES, 0.0)
    f["cycles"] = abs(v) / PERIOD[kind]
    if v == 0:
        f["same"] = 1.0
        f["same_past"] = float(sig["tense"].startswith("past"))
        f["same_fut"] = float(sig["tense"].startswith("fut"))
    else:
        if v > 0:
            f[f"after_{kind}"] = 1.0
        for src in ("tense", "window"):
            t = sig[src]
            if t != "none" and t.startswith("past" if v > 0 else "fut") and f"against_{src}_{t.split('_')[1]}" in f:
                f[f"against_{src}_{t.split('_')[1]}"] = 1.0
    return [f[k] for k in FEATURES]


def allowed(kind: str, dists: dict, sig: dict[str, str]) -> dict:
    """The occurrences the tense leaves: a sure past rules out the days after the anchor, a sure
    future those before it ("a joué en avril" said in March: last April; "will finish by April 1"
    said in May: next April); for a weekday, within a week, a leaning tense does too ("Monday's
    vote will decide"). Linguistic constraints, not fitted weights."""
    t = sig["tense"]
    if kind != "weekday" and t.endswith("lean"):
        t = "none"
    keep = {k: v for k, v in dists.items()
            if not (t.startswith("past") and v > 0 or t.startswith("fut") and v < 0)}
    return keep or dists


def best(kind: str, dists: dict, sig: dict[str, str], coef: dict[str, float]):
    """The key of ``dists`` (occurrence -> signed distance from the anchor) of highest score among
    those a sure tense allows, and its probability."""
    dists = allowed(kind, dists, sig)
    score = {k: sum(coef.get(n, 0.0) * x for n, x in zip(FEATURES, features(kind, v, sig))) for k, v in dists.items()}
    top = max(score, key=score.get)
    z = sum(math.exp(u - score[top]) for u in score.values())
    return top, 1.0 / z


def weekday_offsets(ad: dt.date, wd: int) -> list[int]:
    """Offsets in days of the occurrences of weekday ``wd`` around ``ad``: the previous and the
    next one, and ``ad`` itself with the two a week away when it is that weekday."""
    back, fwd = (ad.weekday() - wd) % 7, (wd - ad.weekday()) % 7
    return [-7, 0, 7] if back == 0 else [-back, fwd]


def year_distances(a: Anchor, mon: int, day: int | None) -> dict[int, int]:
    """Signed distance from the anchor (days, or months without a day) of ``mon``/``day`` in the
    year before, the anchor's year and the year after."""
    ys = [a.y - 1, a.y, a.y + 1]
    if day is None:
        return {y: (y * 12 + mon) - (a.y * 12 + (a.m or 6)) for y in ys}
    base = dt.date(a.y, a.m or 6, a.d or 15)
    out = {}
    for y in ys:
        try:
            out[y] = (dt.date(y, mon, day) - base).days
        except ValueError:
            continue  # 29 February outside a leap year
    return out


def occurrences_of_value(value: str, a: Anchor | None, weekday: bool) -> tuple[str, list[str], list[int]] | None:
    """The kind, candidate values and distances of the expression that resolved to ``value``
    (for the fitting script, which reads them back from the tagger's output)."""
    if a is None or a.m is None:
        return None
    m = re.match(r"(\d{4})-(\d\d)(?:-(\d\d))?", value)
    if not m:
        return None
    mon, day = int(m.group(2)), int(m.group(3)) if m.group(3) else None
    if weekday:
        if a.date is None or day is None:
            return None
        offs = weekday_offsets(a.date, dt.date(int(m.group(1)), mon, day).weekday())
        return "weekday", [fmt_day(a.date + dt.timedelta(days=o)) for o in offs], offs
    dist = year_distances(a, mon, day)
    vals = [f"{y:04d}-{mon:02d}" + (f"-{day:02d}" if day else "") for y in dist]
    return ("day" if day else "month"), vals, list(dist.values())
