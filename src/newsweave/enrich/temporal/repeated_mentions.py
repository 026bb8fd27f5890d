"""Passes giving a weekday or a month named again in one article the one day or year its mentions agree on."""
from __future__ import annotations

import datetime as dt
import re

from .calendar import Anchor, fmt_day
from .context import DIRECTION, Cand
from .grammar import Grammar
from .text import lookup, norm


def _weekday_of_a_dated_mention(text: str, L: Grammar, cands: list[Cand]) -> None:
    """"Concert à Besançon mardi. ... En concert mardi 1er juin": a bare weekday is the day the
    article names with that weekday and a full date (one such day, within a week), when no
    tense cue chose its way."""
    dated: dict[int, set[dt.date]] = {}
    for c in cands:
        if c.day is None or "bare_weekday" in c.attrs or not re.search(r"\d", text[c.start:c.end]):
            continue
        m = L.anchor_rx["weekday"].search(text, c.start, c.end)
        if m and lookup(L.weekdays, m.group(0)) == c.day.weekday():
            dated.setdefault(c.day.weekday(), set()).add(c.day)
    for c in cands:
        wd = c.attrs.get("bare_weekday")
        days = dated.get(wd) if wd is not None else None
        if not days or len(days) != 1 or c.day is None or c.attrs.get("direction") != DIRECTION[0]:
            continue  # a tense cue read the way: it stands
        d = next(iter(days))
        if d != c.day and abs((d - c.day).days) <= 7:
            c.value, c.day = fmt_day(d) + c.value[10:], d
            c.attrs["anchored_on"] = fmt_day(d)
            c.attrs["direction"] = "dated mention"


def _one_year_per_month(cands: list[Cand]) -> None:
    """A month named again without its year in the same article is in the same year: a mention
    no tense cue read (the news default) takes the year that the mentions read by their tense
    agree on ("they are expected to join in April ... the summit in April")."""
    groups: dict[int, list[Cand]] = {}
    for c in cands:
        m = re.match(r"\d{4}-(\d\d)(?:-\d\d)?$", c.value)
        if m and c.type == "DATE" and c.attrs.get("implicit_year") and c.year is None \
                and not c.attrs.get("weekday_checked") and "direction" in c.attrs:
            groups.setdefault(int(m.group(1)), []).append(c)
    for group in groups.values():
        read = {c.value[:4] for c in group if c.attrs["direction"] in (DIRECTION[-1], DIRECTION[1])}
        if len(read) != 1:
            continue  # none read, or tenses that disagree: each stands
        y = int(read.pop())
        for c in group:
            if c.attrs["direction"] != DIRECTION[0] or int(c.value[:4]) == y:
                continue
            if c.day is not None:
                try:
                    c.day = c.day.replace(year=y)
                except ValueError:
                    continue  # 29 February
            c.value = f"{y:04d}{c.value[4:]}"
            c.attrs["direction"] = "same month named"

def _one_day_per_weekday(cands: list[Cand]) -> None:
    """A bare weekday named again in the same article is the same day: every mention of it takes
    the day its mentions vote for, each weighted by the confidence of its tense reading (ties: the
    first mention), so one "mercredi" is never two dates."""
    groups: dict[int, list[Cand]] = {}
    for c in cands:
        wd = c.attrs.pop("bare_weekday", None)
        if wd is not None and c.day is not None:
            groups.setdefault(wd, []).append(c)
    for group in groups.values():
        votes: dict[dt.date, float] = {}
        for c in group:
            votes[c.day] = votes.get(c.day, 0.0) + c.conf
        if len(votes) < 2:
            continue
        best = max(votes, key=lambda d: (votes[d], -group.index(next(c for c in group if c.day == d))))
        agree = votes[best] / sum(votes.values())
        for c in group:
            if c.day != best:
                c.value = fmt_day(best) + c.value[10:]
                c.day = best
                c.attrs["weekday_agreed"] = True
            c.conf = round(min(c.conf, 0.5 + 0.5 * agree), 3)


def _weekday_pairs_in_order(text: str, L: Grammar, a: Anchor | None, cands: list[Cand]) -> None:
    """Two bare weekdays close together in one clause tell a sequence ("will begin Monday and end
    Friday", "from Monday to Friday"): once the first lies after the article date, the second
    is the first such day after it, not a day already gone; a range ("from Monday to Thursday")
    told in the past ends on the second, so the first is the last such day before it."""
    if a is None or a.date is None:
        return
    for c1, c2 in zip(cands, cands[1:]):
        if "bare_weekday" not in c1.attrs or "bare_weekday" not in c2.attrs or c1.day is None \
                or c2.day is None or c2.day > c1.day:
            continue
        between = text[c1.end:c2.start]
        if len(between) > 40 or re.search(r"[.;:!?()\n]", between):
            continue
        if c1.day > a.date:
            c2.day += dt.timedelta(days=(c2.day.weekday() - c1.day.weekday()) % 7 or 7) + (c1.day - c2.day)
        elif norm(between.strip()) in L.range_conj:
            c1.day -= dt.timedelta(days=(c2.day.weekday() - c1.day.weekday()) % 7 or 7) - (c2.day - c1.day)
        else:
            continue
        for c in (c1, c2):
            c.value = fmt_day(c.day) + c.value[10:]
        c2.attrs["anchored_on"] = fmt_day(c1.day)

