"""Candidates and the resolution context every rule handler shares: the text, the grammar of its
language and the anchor date, with the arithmetic that turns words into TIMEX3 values."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from .calendar import Anchor, add_months, duration, fmt_day, week_value
from .grammar import Grammar
from .text import lookup, norm


# how a relative expression chose between the past and the future (Cand.attrs["direction"])
DIRECTION = {-1: "past tense", 1: "future tense", 0: "news default (past)"}


@dataclass
class Cand:
    """A candidate expression before selection (offsets into the text)."""

    start: int
    end: int
    type: str
    value: str
    conf: float = 1.0
    attrs: dict[str, Any] = field(default_factory=dict)
    prio: int = 0
    day: dt.date | None = None  # resolved calendar day, when there is one
    year: int | None = None      # explicit year stated in the expression


class Context:
    """The text, its language grammar and its anchor: what a rule handler reads."""

    def __init__(self, text: str, L: Grammar, anchor: Anchor | None):
        self.text, self.L, self.a = text, L, anchor

    def low_conf(self, c: Cand, need: str) -> Cand:
        a = self.a
        if a is None:
            c.conf = min(c.conf, 0.5)
            c.attrs["anchor_granularity"] = None
        elif (need == "day" and a.gran != "day") or (need == "month" and a.gran == "year"):
            c.conf = min(c.conf, 0.5 if a.gran == "month" else 0.35)
            c.attrs["anchor_granularity"] = a.gran
        return c

    def shift_days(self, n: int) -> tuple[str, dt.date | None, bool]:
        a = self.a
        if a is None:
            return "XXXX-XX-XX", None, False
        if a.date:
            d = a.date + dt.timedelta(days=n)
            return fmt_day(d), d, True
        if a.m:
            return f"{a.y:04d}-{a.m:02d}", None, False
        return f"{a.y:04d}", None, False

    def month_of(self, x: str) -> int | None:
        L = self.L
        if L.capitalised and norm(x).rstrip(".") in L.capitalised and not x[:1].isupper():
            return None
        return lookup(L.months, x)

    def num(self, s: str | None) -> float | None:
        if s is None or not s.strip():
            return 1
        s = norm(s)
        if re.fullmatch(r"\d+(?:[.,]\d+)?", s):
            return float(s.replace(",", "."))
        mf = re.fullmatch(r"(\d+)(?:\s+([13])/([24])|\s?([½¼¾]))", s)
        if mf:  # "5 1/2 hours"
            frac = int(mf.group(2)) / int(mf.group(3)) if mf.group(2) else {"½": .5, "¼": .25, "¾": .75}[mf.group(4)]
            return int(mf.group(1)) + frac
        v = lookup(self.L.numbers, s)
        if v is not None or s in self.L.numbers:
            return v
        vals = self.number_words(s)
        return None if vals is None or None in vals else compose_number(vals)

    def number_words(self, s: str) -> list[float | None] | None:
        """The values of the number words of ``s``, longest known word first ("quatre-vingt-dix
        neuf" = 90, 9); None when a part is no number word."""
        joins = set(self.L.T.number_and)
        parts = [p for p in re.split(r"[\s-]+", norm(s).strip()) if p not in joins]
        out: list[float | None] = []
        i = 0
        while i < len(parts):
            for j in range(len(parts), i, -1):
                key = next((k for k in ("-".join(parts[i:j]), " ".join(parts[i:j])) if k in self.L.numbers), None)
                if key is not None:
                    out.append(self.L.numbers[key])
                    i = j
                    break
            else:
                return None
        return out or None

    def fix_num(self, m: re.Match, s: int) -> tuple[int, float | None]:
        """Value of the number group; a compound that does not add up ("a five", "seven a")
        keeps only its last word, and the match start moves to it when nothing precedes."""
        raw = m.group("num")
        if raw is None:
            return s, 1
        vals = self.number_words(raw)
        if len(re.split(r"[\s-]+", norm(raw).strip())) > 1 and not re.fullmatch(r"\d+(?:[.,]\d+)?|\d+\s+[13]/[24]", norm(raw)):
            ok = norm(raw) in self.L.numbers or (
                vals is not None and None not in vals and compose_number(vals) is not None)
            if not ok:
                last = raw.split()[-1] if " " in raw.strip() else re.split(r"-", raw)[-1]
                start = m.start("num") + raw.rfind(last)
                n = self.num(last)
                if m.start("num") == s:
                    s = start
                return s, n
        return s, self.num(raw)

    def resolve_md(self, mon: int, day: int | None, s: int, e: int, wd: int | None) -> tuple[int | None, float, str]:
        """Year for a month (and day) without a year, its confidence, and what chose the way
        (:data:`DIRECTION`: the weekday named with it, the tense, or the news default, the past)."""
        a = self.a
        if a is None:
            return None, 0.5, "none"
        cands = [a.y - 1, a.y, a.y + 1]
        if wd is not None and day:
            ok = []
            for y in cands:
                try:
                    if dt.date(y, mon, day).weekday() == wd:
                        ok.append(y)
                except ValueError:
                    pass
            if len(ok) == 1:
                return ok[0], 0.95, "weekday"
        if a.m is None:
            return a.y, 0.6, "none"
        ad = a.d or 15
        if day is None:  # month granularity: distance in months
            dist = {y: (y * 12 + mon) - (a.y * 12 + a.m) for y in cands}
        else:
            base = dt.date(a.y, a.m, ad)
            dist = {}
            for y in cands:
                try:
                    dist[y] = (dt.date(y, mon, min(day, 28 if mon == 2 else day)) - base).days
                except ValueError:
                    pass
        # a year both sure tenses agree on is the year whatever the tense (the weights below
        # only move between theirs): the cheap word window then says how sure, no parse needed
        settled = _nearest_year(dist, -1, True, day) == _nearest_year(dist, 1, True, day)
        direction, sure = self.L.window_tense(self.text, s, e) if settled else \
            self.L.tense(self.text, s, e, scheduled=True)
        y = _nearest_year(dist, direction, sure, day)
        conf = (0.9 if a.d or day is None else 0.7) * (1.0 if direction else 0.9)
        return y, conf, DIRECTION[direction]

    def anaphoric_rel(self, relw: str, s: int, e: int) -> bool:
        """Whether a "next"/"previous" word counts from the unit the story last named: always for
        "following", "suivant"; for "the next" only in a past-tense clause ("the next year, the
        treaty was ratified"; "over the next year" looks ahead from the article's date)."""
        L = self.L
        if relw in L.anaphoric_rel:
            return True
        return relw in L.next and bool(L.narrative_next_det.match(self.text, s)) \
            and L.tense(self.text, s, e)[0] < 0

    def period_anaphora(self, c: Cand, rel: str | None, of_year: bool = False) -> None:
        """"that summer", "the following June", "l'été suivant", "June of that year": a season,
        month or day of the year the story last named (resolved by the anaphora pass; the
        article's year stays otherwise). ``of_year``: ``rel`` qualifies the year itself."""
        if not rel:
            return
        relw, L = norm(rel), self.L
        if relw in L.that or re.search(r"[-‐]là$", self.text[c.start:c.end]):  # "cet été-là"
            c.attrs["anaphoric"], c.attrs["anaphoric_shift"] = "Y", 0
        elif self.anaphoric_rel(relw, c.start, c.end):
            c.attrs["anaphoric"] = "Y"
            c.attrs["anaphoric_shift"] = 1 if relw in L.next else -1
            if of_year:
                c.attrs["anaphoric_exact"] = True  # "June of the following year": that year + 1

    def mod_attr(self, c: Cand, mod: str | None) -> None:
        """attrs["mod"] MID/START/END from a "mid-"/"early"/"late" modifier."""
        if not mod:
            return
        L, m = self.L, norm(mod)
        if any(m == norm(x) or m.startswith(norm(x).rstrip()) for x in L.mid if norm(x)):
            c.attrs["mod"] = "MID"
        elif any(m == norm(x) for x in L.early):
            c.attrs["mod"] = "START"
        elif any(m == norm(x) for x in L.late):
            c.attrs["mod"] = "END"

    def rel_unit(self, s: int, e: int, unit: str, sign: int) -> Cand | None:
        """The unit containing the anchor, shifted by sign ("last year", "this week")."""
        a = self.a
        if unit == "Y":
            if a is None:
                return Cand(s, e, "DATE", "XXXX", 0.5, {"anchor_granularity": None}, 3)
            return Cand(s, e, "DATE", f"{a.y + sign:04d}", 1.0, {}, 3, year=a.y + sign)
        if unit in ("M",):
            if a is None or a.m is None:
                c = Cand(s, e, "DATE", f"{a.y:04d}" if a else "XXXX-XX", 0.4, {}, 3)
                return self.low_conf(c, "month")
            y, m = add_months(a.y, a.m, sign)
            return Cand(s, e, "DATE", f"{y:04d}-{m:02d}", 1.0, {}, 3)
        if unit in ("W", "WE"):
            if a is None or a.date is None:
                base = f"{a.y:04d}-{a.m:02d}" if (a and a.m) else (f"{a.y:04d}" if a else "XXXX-WXX")
                c = Cand(s, e, "DATE", base, 0.4, {}, 3)
                return self.low_conf(c, "day")
            d = a.date + dt.timedelta(weeks=sign)
            v = week_value(d) + ("-WE" if unit == "WE" else "")
            return Cand(s, e, "DATE", v, 1.0, {}, 3)
        if unit == "D":
            val, d, ok = self.shift_days(sign)
            c = Cand(s, e, "DATE", val, 1.0 if ok else 0.5, {}, 3, day=d)
            return c if ok else self.low_conf(c, "day")
        if unit == "NIGHT":  # "last night", "la nuit dernière", "cette nuit"
            val, d, ok = self.shift_days(min(sign, 0))
            c = Cand(s, e, "TIME" if ok else "DATE", f"{val}TNI" if ok else val, 1.0 if ok else 0.5, {}, 3, day=d)
            return c if ok else self.low_conf(c, "day")
        if unit in ("Q", "HY"):
            if a is None or a.m is None:
                return None
            size = 3 if unit == "Q" else 6
            q = (a.m - 1) // size + sign
            y = a.y + q // (12 // size)
            q = q % (12 // size) + 1
            return Cand(s, e, "DATE", f"{y:04d}-{'Q' if unit == 'Q' else 'H'}{q}", 1.0, {}, 3)
        if unit == "DE":
            if a is None:
                return None
            return Cand(s, e, "DATE", f"{(a.y // 10) + sign:03d}X", 0.9, {}, 3)
        if unit == "CE":
            if a is None:
                return None
            return Cand(s, e, "DATE", f"{(a.y // 100) + sign:02d}XX", 0.9, {}, 3)
        return None

    def offset(self, s: int, e: int, unit: str, n: float) -> Cand | None:
        """A date n units away from the anchor ("three days ago" = -3 D), at the unit's granularity."""
        a = self.a
        if a is None:
            return Cand(s, e, "DATE", "PAST_REF" if n < 0 else "FUTURE_REF", 0.6,
                        {"anchor_granularity": None, "offset": duration(abs(n), unit)}, 4)
        n_int = int(round(n))
        if unit in ("D", "W", "NIGHT", "WE"):
            days = n_int * (7 if unit in ("W",) else 1)
            val, d, ok = self.shift_days(days)
            if ok and unit == "W":  # TimeML: the value has the unit's granularity ("two weeks ago": a week)
                return Cand(s, e, "DATE", week_value(d), 0.9, {}, 4)
            c = Cand(s, e, "DATE", val, 0.95 if ok else 0.5, {}, 4, day=d)
            return c if ok else self.low_conf(c, "day")
        if unit == "M":
            if a.m is None:
                return self.low_conf(Cand(s, e, "DATE", f"{a.y:04d}", 0.5, {}, 4), "month")
            y, m = add_months(a.y, a.m, n_int)
            return Cand(s, e, "DATE", f"{y:04d}-{m:02d}", 0.95, {}, 4)
        if unit == "Y":
            return Cand(s, e, "DATE", f"{a.y + n_int:04d}", 0.95, {}, 4)
        if unit in ("DE",):  # "a decade ago": the year ten years back
            return Cand(s, e, "DATE", f"{a.y + 10 * n_int:04d}", 0.8, {}, 4)
        if unit in ("CE",) and float(n * 100).is_integer() and int(n * 100) % 100:
            return Cand(s, e, "DATE", f"{a.y + int(n * 100):04d}", 0.8, {}, 4)  # "a quarter-century ago"
        if unit in ("CE",):
            return Cand(s, e, "DATE", f"{(a.y + 100 * n_int) // 100:02d}XX", 0.8, {}, 4)
        if unit == "Q" and a.m is not None:  # "a quarter earlier": the quarter that many back
            q = (a.y * 4 + (a.m - 1) // 3) + n_int
            return Cand(s, e, "DATE", f"{q // 4:04d}-Q{q % 4 + 1}", 0.8, {}, 4)
        if unit in ("H", "MIN", "S"):
            val, _, _ = self.shift_days(0)
            return Cand(s, e, "TIME", "PAST_REF" if n < 0 else "FUTURE_REF", 0.7, {"day": val}, 4)
        return None


def compose_number(vals: list[float]) -> float | None:
    """A written-out number from its words' values, or None when they do not add up ("a five",
    "seven a"): a count times hundred or thousand, or tens plus units (below 20 after the
    vigesimal sixty and eighty: "soixante-douze", "quatre-vingt-trois")."""
    if len(vals) == 1:
        return vals[0]
    tot = 0.0
    prev: float | None = None
    for v in vals:
        if v in (100, 1000) and tot:
            tot *= v
        elif prev is None:
            tot = v
        elif v < prev and (prev >= 100 and prev % 100 == 0 or prev >= 20 and prev % 10 == 0 and (
                v < 10 or prev % 100 in (60, 80) and v < 20)):
            tot += v
        else:
            return None
        prev = v
    return tot


def _nearest_year(dist: dict[int, int], direction: int, sure: bool, day: int | None) -> int:
    """The candidate year of least cost: its distance from the anchor, weighted by the side the
    tense (or the news default, the past) prefers; a sure tense rules the other side out ("a joué
    en avril" said in March: last April; "jouera en février": next February)."""
    fut_w = (50.0 if sure else 4.0) if direction < 0 else (0.3 if direction > 0 else (3.0 if day is None else 1.6))
    past_w = 50.0 if sure and direction > 0 else 1.0
    cost = {y: (abs(v) * (fut_w if v > 0 else past_w)) for y, v in dist.items()}
    return min(cost, key=cost.get)
