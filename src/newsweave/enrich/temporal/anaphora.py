"""Passes resolving expressions counted from the story's own dates (TimeML's reference time):
offsets ("a week earlier"), anaphoric units ("that year", "the following month") and narrative
days ("the next day", "la veille"), at the precision of the date they count from."""
from __future__ import annotations

import datetime as dt
import re

from .calendar import SEASON_MONTHS, Anchor, add_months, fmt_day, week_value
from .context import Cand
from .grammar import Grammar

def _offsets_from_story(text: str, cands: list[Cand]) -> None:
    """"a week earlier", "two months earlier": counted back from the date the story named last
    (TimeML's reference time), at the offset's granularity; from the article date without one."""
    for i, c in enumerate(cands):
        off = c.attrs.pop("story_offset", None)
        if off is None:
            continue
        unit, n = off
        n = int(round(n))
        for p in reversed(cands[:i]):
            if c.start - p.end > 600 or "\n\n" in text[p.end:c.start]:
                break
            if p.type not in ("DATE", "TIME"):
                continue
            if unit in ("D", "W") and p.day:
                d = p.day + dt.timedelta(days=n * (7 if unit == "W" else 1))
                c.value, c.day = (week_value(d), None) if unit == "W" else (fmt_day(d), d)
            elif unit == "M" and re.match(r"\d{4}-\d\d(?:-\d\d)?$", p.value):
                y, mo = add_months(int(p.value[:4]), int(p.value[5:7]), n)
                c.value = f"{y:04d}-{mo:02d}"
            elif unit == "Q" and re.fullmatch(r"\d{4}-Q[1-4]", p.value):
                q = int(p.value[:4]) * 4 + int(p.value[6]) - 1 + n
                c.value = f"{q // 4:04d}-Q{q % 4 + 1}"
            elif unit == "Y" and re.match(r"\d{4}(?:-|$)", p.value):
                c.value = f"{int(p.value[:4]) + n:04d}"
            else:
                continue
            c.attrs["anchored_on"] = p.value
            break


def _period_year(value: str, p: Cand, shift: int) -> int:
    """The year of a season or month counted from the date ``p`` last named: "the following
    summer" after March 2010 is summer 2010, after October 2010 (or 2010 alone) summer 2011."""
    code = value[5:]
    lo, hi = (int(code), int(code)) if code.isdigit() else SEASON_MONTHS.get(code, (0, 0))
    pm = re.match(r"\d{4}-(\d\d)", p.value)
    if shift == 0 or pm is None or lo > hi:
        return p.year + shift
    if (shift > 0 and int(pm.group(1)) < lo) or (shift < 0 and int(pm.group(1)) > hi):
        return p.year
    return p.year + shift


def _resolve_anaphora(cands: list[Cand]) -> None:
    """"that year", "the following month", "that week": from the year, month or day the story last
    mentioned."""
    for i, c in enumerate(cands):
        unit = c.attrs.pop("anaphoric", None)
        shift = c.attrs.pop("anaphoric_shift", 0)
        if unit is None:
            continue
        for p in reversed(cands[:i]):
            if c.start - p.end > 1500:
                break
            if unit == "Y" and p.year and len(c.value) == 4:
                c.value, c.year = f"{p.year + shift:04d}", p.year + shift
                break
            if unit == "Y" and p.year:  # "that summer", "the following June": keep the period
                y = p.year + shift if c.attrs.pop("anaphoric_exact", False) else _period_year(c.value, p, shift)
                c.value = f"{y:04d}{c.value[4:]}"
                if c.year is not None:
                    c.year = y
                if c.day is not None:
                    try:
                        c.day = c.day.replace(year=y)
                    except ValueError:
                        c.value, c.day = f"{y:04d}{c.value[4:10]}", None  # 29 February
                break
            if unit == "W" and p.day:  # "that week", "la semaine suivante": the week of the day last named
                c.value = week_value(p.day + dt.timedelta(weeks=shift))
                break
            if unit in ("W", "M") and p.type == "DATE" and _COARSE.fullmatch(p.value) and (unit == "W" or len(p.value) == 4):
                c.value = f"{p.value[:4]}-{unit}XX" if unit == "W" else f"{p.value[:4]}-XX"  # "June 1997 ... that week"
                c.attrs["anchored_on"] = p.value
                break
            mm = re.match(r"(\d{4})-(\d\d)(?:-\d\d)?$", p.value)
            if unit == "M" and mm and p.type == "DATE":
                y, mo = add_months(int(mm.group(1)), int(mm.group(2)), shift)
                c.value = f"{y:04d}-{mo:02d}"
                break


_COARSE = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2]))?")  # a year or a month: no day to count from


def _coarse_anchor(text: str, before: list[Cand], c: Cand, last_day: Cand | None) -> str | None:
    """The year or month the story named last, when it came after the last day named (within 600
    characters, same paragraph): a day counted from it ("the next day", "that same day") keeps its
    precision, TimeML's granularity of the anchor."""
    for p in reversed(before):
        if c.start - p.end > 600 or "\n\n" in text[p.end:c.start] or p is last_day:
            return None
        if p.type == "DATE" and _COARSE.fullmatch(p.value) and "narrative" not in p.attrs:
            return p.value
    return None


def _days_to_weekday(day: dt.date, wd: int, sign: int) -> int:
    """Days from ``day`` to the next (sign 1) or previous (-1) weekday ``wd``, never 0."""
    if sign > 0:
        return (wd - day.weekday()) % 7 or 7
    return -((day.weekday() - wd) % 7 or 7)


def _resolve_narrative(text: str, L: Grammar, a: Anchor | None, cands: list[Cand]) -> None:
    """"la veille", "the next day": from the story's last day before; a day that only dates a
    statement ("officials said on Friday") anchors nothing while a told day is there."""
    for i, c in enumerate(cands):
        n = c.attrs.pop("narrative", None)
        wd = c.attrs.pop("narrative_weekday", None)
        if n is None and wd is None:
            continue
        prev = [p for p in cands[:i] if p.day and "narrative" not in p.attrs and c.start - p.end <= 600]
        told = [p for p in prev if not L.report.search(text, max(0, p.start - 20), p.start)]
        prev = told or prev
        coarse = _coarse_anchor(text, cands[:i], c, prev[-1] if prev else None)
        if coarse is not None:  # "In June 1997 ... the next day": a day of that month, which one unknown
            c.value = coarse + ("-XX-XX" if len(coarse) == 4 else "-XX") + c.value[10:]
            c.day = None
            c.attrs["anchored_on"] = coarse
            continue
        if prev and wd is not None:  # "the following Monday": the first such day after the last one told
            n = _days_to_weekday(prev[-1].day, *wd)
        if prev and n is not None and (a is None or prev[-1].day != a.date):
            day = prev[-1].day + dt.timedelta(days=n)
            c.value = fmt_day(day) + c.value[10:] if re.match(r"\d{4}-\d\d-\d\d", c.value) else fmt_day(day)
            c.day = day
            c.attrs["anchored_on"] = prev[-1].value
