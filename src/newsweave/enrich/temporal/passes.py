"""Passes over the selected candidates of one text: overlap selection, day ranges, years carried
along a sentence, clock times given their day, anaphoric and narrative references."""
from __future__ import annotations

import datetime as dt
import re

from .calendar import SEASON_MONTHS, Anchor, add_months, fmt_day, week_value
from .context import Cand
from .grammar import Grammar
from .asides import inside_aside
from .dated_parts import join_parts_of_dated_days
from .coarse_anchor import coarse_anchor, coarse_value, is_coarse, same_sentence
from .repeated_mentions import (_one_day_per_weekday, _one_year_per_month, _weekday_of_a_dated_mention,
                                _weekday_pairs_in_order)
from .text import norm


def select(cands: list[Cand]) -> list[Cand]:
    """Non-overlapping candidates, longest first (then rule priority, then leftmost)."""
    cands.sort(key=lambda c: (-(c.end - c.start), -c.prio, c.start))
    taken: list[Cand] = []
    for c in cands:
        if any(c.start < t.end and t.start < c.end for t in taken):
            continue
        taken.append(c)
    taken.sort(key=lambda c: c.start)
    return taken


_ABBR_DOT = re.compile(r"(?<![\w.])[A-Z][a-z]{0,3}$|(?<![\w.])[a-z]$")  # "Dec. 19", "p. m."


def sentence_bounds(text: str, s: int, e: int) -> tuple[int, int]:
    lo = max(text.rfind("\n", 0, s), text.rfind("! ", 0, s), text.rfind("? ", 0, s))
    i = s
    while True:  # the last full stop that does not end an abbreviation ("Dec.", "Mr.")
        i = text.rfind(". ", 0, i)
        if i <= lo or not _ABBR_DOT.search(text, max(0, i - 5), i):
            lo = max(lo, i)
            break
    his = [i for i in (text.find("\n", e), text.find("! ", e), text.find("? ", e)) if i != -1]
    i = e
    while True:
        i = text.find(". ", i)
        if i == -1 or not _ABBR_DOT.search(text, max(0, i - 5), i):
            break
        i += 1
    if i != -1:
        his.append(i)
    return lo + 1, (min(his) if his else len(text))


def add_day_ranges(text: str, L: Grammar, cands: list[Cand]) -> None:
    """"du 3 au 5 juin", "les 12 et 13 mai": the first day gets the month (and year) of the second;
    ranges are noted in attrs["range"] on both."""
    new = []
    for c in cands:
        if not (c.day and c.type == "DATE" and re.fullmatch(r"\d{4}-\d\d-\d\d", c.value)):
            continue
        m = L.range_before.search(text, max(0, c.start - 20), c.start)
        if not m:
            continue
        d1 = int(m.group("d1"))
        if not 1 <= d1 < c.day.day:
            continue
        if any(o.start < m.end("dspan") and m.start("dspan") < o.end for o in cands):
            continue
        first = c.day.replace(day=d1)
        # the span keeps the day's ordinal ending ("du [1er] au 15 août")
        n = Cand(m.start("dspan"), m.end("dspan"), "DATE", fmt_day(first), c.conf, {}, 3, day=first)
        if norm(m.group("conj")) in L.range_conj:
            rng = [fmt_day(first), c.value]
            n.attrs["range"] = rng
            c.attrs["range"] = rng
        new.append(n)
    if new:
        cands.extend(new)
        cands.sort(key=lambda x: x.start)


def _carry_years(text: str, L: Grammar, a: Anchor | None, cands: list[Cand]) -> None:
    """An explicit year earlier in a sentence fixes the year of later bare months and days."""
    for i, c in enumerate(cands):
        if not (c.attrs.get("implicit_year") and c.type == "DATE" and not c.attrs.get("weekday_checked")):
            continue
        lo, _ = sentence_bounds(text, c.start, c.end)
        prev = [p for p in cands[:i] if p.start >= lo]
        if not (prev and prev[-1].year and c.start - prev[-1].end <= 60) or inside_aside(text, L, lo, prev[-1], c):
            continue
        y = prev[-1].year
        m = re.match(r"^\d{4}(-\d\d(?:-\d\d)?)$", c.value)
        if m and str(y) != c.value[:4] and a is not None and y < a.y \
                and L.direction(text, c.start, c.end) > 0:
            m = None  # "in July 1997, will join on March 12": the future wins
        if m and str(y) != c.value[:4]:
            c.value = f"{y:04d}{m.group(1)}"
            c.year = y  # later bare months of the same passage follow it
            if c.day:
                try:
                    c.day = c.day.replace(year=y)
                except ValueError:
                    pass


def _clock_ranges(text: str, L: Grammar, cands: list[Cand]) -> None:
    """"de 10 à 12 h", "entre 14 et 18 heures": the bare first hour of a range is a clock time
    too, written without its unit (the day is given to both by :func:`_date_clocks`)."""
    if L.clock_range_before is None:
        return
    new = []
    for c in cands:
        if c.type != "TIME" or "clock" not in c.attrs or not text[c.start:c.end][:1].isdigit():
            continue
        m = L.clock_range_before.search(text, max(0, c.start - 16), c.start)
        if m is None or any(o.start < m.end("h1") and m.start("h1") < o.end for o in cands):
            continue
        clock = f"{int(m.group('h1')):02d}:00"
        new.append(Cand(m.start("h1"), m.end("h1"), "TIME", f"T{clock}", c.conf, {"clock": clock}, 3))
    if new:
        cands.extend(new)
        cands.sort(key=lambda x: x.start)


def _date_clocks(text: str, a: Anchor | None, cands: list[Cand]) -> None:
    """Clock times take the day of the nearest date in their sentence, else of the day the
    paragraph last named ("They attacked on Tuesday. The first shots came at 6 a.m."), else the
    anchor's day."""
    for c in cands:
        if c.type != "TIME" or "clock" not in c.attrs:
            continue
        lo, hi = sentence_bounds(text, c.start, c.end)
        near = [p for p in cands if p is not c and p.day and lo <= p.start < hi]
        if not near:
            near = [p for p in cands if p.day and p.end <= c.start and c.start - p.end < 300
                    and "\n" not in text[p.end:c.start]][-1:]
        day = None
        if near:
            day = min(near, key=lambda p: (c.start - p.end) if p.end <= c.start
                      else 1.5 * (p.start - c.end) + 1).day  # the date just before, else after
        elif a and a.date:
            day = a.date
        clock = c.attrs.pop("clock")
        c.attrs["clock_merge"] = clock
        if day:
            c.value = f"{fmt_day(day)}T{clock}"
            c.day = day
        else:
            c.value = f"T{clock}"
            c.conf = min(c.conf, 0.5)
            c.attrs["anchor_granularity"] = a.gran if a else None


_MONTH_VALUE = re.compile(r"\d{4}-(?:0[1-9]|1[0-2])")


def _month_of_day_only(text: str, L: Grammar, cands: list[Cand]) -> None:
    """"les 3 et 5 juin" written "le 3 et le 5 juin", "Le 3 juin, ... Le 5, ...": a day named
    without its month takes the month (and year) of the date listed right after it, else of the
    date the paragraph named last."""
    for i, c in enumerate(cands):
        day = c.attrs.pop("day_only", None)
        if day is None:
            continue
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        src = None
        if nxt is not None and nxt.day and "day_only" not in nxt.attrs \
                and L.day_join.fullmatch(text, c.end, nxt.start):
            src = nxt.day
        else:  # the last day or month named ("En mai 1995, ... Le 12, ...": 12 May 1995)
            prev = [p for p in cands[:i] if p.type == "DATE" and (p.day or _MONTH_VALUE.fullmatch(p.value))
                    and c.start - p.end <= 600 and "\n\n" not in text[p.end:c.start]]
            src = (prev[-1].day or dt.date(int(prev[-1].value[:4]), int(prev[-1].value[5:7]), 1)) if prev else None
        if src is None:
            continue
        try:
            d = src.replace(day=day)
        except ValueError:
            continue
        c.value, c.day = fmt_day(d), d
        c.attrs["anchored_on"] = fmt_day(src)


def _offsets_from_story(text: str, cands: list[Cand]) -> None:
    """"a week earlier", "two months earlier": counted back from the date the story named last
    (TimeML's reference time), at the offset's granularity; from the article date without one. A
    report's "a year earlier" counts from a plain date only: after a quarter, a span ("the nine
    months") or another comparison, :func:`_report_quarters` knows the period compared."""
    for i, c in enumerate(cands):
        off = c.attrs.pop("story_offset", None)
        last = next((p for p in reversed(cands[:i]) if p.type in ("DATE", "TIME", "DURATION")), None)
        if off is None or c.attrs.get("year_ago") and (last is None or last.attrs.get("year_ago") or not re.fullmatch(
                r"\d{4}(?:-\d\d(?:-\d\d)?)?", last.value) or last.type == "DURATION"):
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
            elif coarse_value(text, cands[:i], p, unit) is not None:  # "June 1997 ... two weeks earlier"
                c.value, c.day = coarse_value(text, cands[:i], p, unit), None
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


def _resolve_anaphora(text: str, cands: list[Cand]) -> None:
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
            if unit in ("W", "M") and is_coarse(p) and (unit == "W" or len(p.value) == 4) and not any(
                    (q.day if unit == "W" else _MONTH_VALUE.match(q.value)) and same_sentence(text, q, p)
                    for q in cands[:i] if q.end <= p.start):  # not background to a finer date of its sentence
                c.value = f"{p.value[:4]}-{unit}XX" if unit == "W" else f"{p.value[:4]}-XX"  # "June 1997 ... that week"
                c.attrs["anchored_on"] = p.value
                break
            mm = re.match(r"(\d{4})-(\d\d)(?:-\d\d)?$", p.value)
            if unit == "M" and mm and p.type == "DATE":
                y, mo = add_months(int(mm.group(1)), int(mm.group(2)), shift)
                c.value = f"{y:04d}-{mo:02d}"
                break


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
        coarse = coarse_anchor(text, cands[:i], c, prev[-1] if prev else None)
        if coarse is not None:  # "In June 1997 ... the next day": a day of that month, which one unknown
            c.value, c.day = coarse + ("-XX-XX" if len(coarse) == 4 else "-XX") + c.value[10:], None
            c.attrs["anchored_on"] = coarse
            continue
        if prev and wd is not None:  # "the following Monday": the first such day after the last one told
            n = _days_to_weekday(prev[-1].day, *wd)
        if prev and n is not None and (a is None or prev[-1].day != a.date):
            day = prev[-1].day + dt.timedelta(days=n)
            c.value = fmt_day(day) + c.value[10:] if re.match(r"\d{4}-\d\d-\d\d", c.value) else fmt_day(day)
            c.day = day
            c.attrs["anchored_on"] = prev[-1].value


def _day_parts(text: str, a: Anchor | None, cands: list[Cand]) -> None:
    """"en fin de matinée": the part of the nearest day of the sentence ("en fin de journée":
    that day itself)."""
    for c in cands:
        part = c.attrs.pop("part_of_day", None)
        if part is None:
            continue
        lo, hi = sentence_bounds(text, c.start, c.end)
        near = [p for p in cands if p is not c and p.day and lo <= p.start < hi]
        if not near:  # the day the paragraph last named
            near = [p for p in cands if p.day and p.end <= c.start and c.start - p.end < 300
                    and "\n" not in text[p.end:c.start]][-1:]
        day = min(near, key=lambda p: abs(c.start - p.end)).day if near else (a.date if a else None)
        if day:
            c.value, c.day = fmt_day(day) + (f"T{part}" if part else ""), day


_LONG_PERIOD = re.compile(r"P(?:[4-9]|1[0-2])M|P1Y")  # reporting spans longer than a quarter


def _reported_quarter(a: Anchor | None, year: int, q: int, ahead: bool) -> bool:
    """Whether a quarter can be the one a report gives results for: ended before the article's
    month, or begun by it and told in a clause that does not look ahead (a fiscal fourth quarter
    reported in November may be a calendar quarter still running; a forecast's "the third quarter
    of 1990" or "the trend will continue into the fourth quarter" is not what "a year ago" compares
    with)."""
    if a is None or a.m is None:
        return True
    return (year, 3 * q) < (a.y, a.m) or ((year, 3 * q - 2) <= (a.y, a.m) and not ahead)


def _period_a_year_ago(text: str, cands: list[Cand]) -> None:
    """"the quarter a year ago", "the period a year earlier": one expression (fin_q "ago")."""
    i = 0
    while i < len(cands) - 1:
        c, n = cands[i], cands[i + 1]
        if c.attrs.get("fin_q") == "last" and n.attrs.get("year_ago") and not text[c.end:n.start].strip():
            c.end, c.attrs["fin_q"] = n.end, "ago"
            del cands[i + 1]
        i += 1


def _report_quarters(text: str, L: Grammar, a: Anchor | None, cands: list[Cand]) -> None:
    """Financial reports: "a year ago" compares with the same quarter of the previous year; "the
    quarter ended Sept. 30", where the article named no quarter before, is the calendar quarter
    holding its end day. A report's comparison is with the period it last named: after "the nine
    months" or "last year", "a year earlier" is the previous year again, not a quarter; a
    forecast (a quarter not begun by the article's month, a later year) is never that period."""
    last_q = None
    _period_a_year_ago(text, cands)
    for i, c in enumerate(cands):
        compared = c.attrs.pop("compared_year", False)
        fq = c.attrs.pop("fin_q", None)
        if fq == "ago":  # "the quarter a year ago": the report's quarter, a year back
            y, q = last_q or (int(c.value[:4]), c.value[6])
            c.value = f"{y - 1:04d}-Q{q}"
            continue
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        if fq in ("last", "cur") and last_q is None and nxt is not None \
                and L.period_end.fullmatch(text, c.end, nxt.start):  # a stated quarter may be fiscal: it wins
            me = re.match(r"(\d{4})-(\d\d)", nxt.value)
            if me:
                c.value = f"{me.group(1)}-Q{(int(me.group(2)) - 1) // 3 + 1}"
                c.attrs["ends_on"] = nxt.value
                fq = None
        if fq == "year" and last_q is not None:  # "the 1988 quarter": that year's same quarter
            c.value = f"{c.value[:4]}-Q{last_q[1]}"
        elif fq == "last" and last_q is not None:  # "the quarter": the one the report is about
            c.value = f"{last_q[0]:04d}-Q{last_q[1]}"
        if c.attrs.pop("year_ago_q", None):  # a year-ago quarter is never the one reported
            if last_q is not None:
                c.value = f"{last_q[0] - 1:04d}-Q{last_q[1]}"
            continue
        mq = re.fullmatch(r"(\d{4})-Q(\d)", c.value)
        if mq and fq != "year":
            if _reported_quarter(a, int(mq.group(1)), int(mq.group(2)), L.tense(text, c.start, c.end)[0] > 0):
                last_q = (int(mq.group(1)), mq.group(2))
        elif (c.attrs.pop("year_ago", None) or compared) and last_q is not None:
            c.value = f"{last_q[0] - 1:04d}-Q{last_q[1]}"
        elif _LONG_PERIOD.fullmatch(c.value) and c.type == "DURATION" or (
                c.type == "DATE" and re.fullmatch(r"\d{4}", c.value) and fq is None
                and (a is None or int(c.value) <= a.y)):
            last_q = None  # "the nine months", "last year": later comparisons are with that span, a year


def _week_of_day(text: str, L: Grammar, cands: list[Cand]) -> None:
    """"the week of March 6", "la semaine du 6 mars": the week holding the day (TimeML: a week
    value), the words before the day inside the span."""
    for c in cands:
        m = L.week_of.search(text, max(0, c.start - 30), c.start) if c.day and c.type == "DATE" else None
        if m and re.fullmatch(r"\d{4}-\d\d-\d\d", c.value):
            c.start, c.value = m.start(), week_value(c.day)


def _generic_under_a_yearly_set(text: str, cands: list[Cand]) -> None:
    """"chaque année en juin", "every year on May 1": a month or day named without its year in
    the sentence of a yearly frequency is any year's (XXXX-06), not one dated day."""
    yearly = [c for c in cands if c.type == "SET" and c.value == "P1Y" and c.attrs.pop("every", False)]
    for c in cands:
        if not (c.type == "DATE" and c.attrs.get("implicit_year") and c.year is None
                and re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", c.value)):
            continue
        lo, hi = sentence_bounds(text, c.start, c.end)
        if any(lo <= y.start and y.end <= hi for y in yearly):
            c.value, c.day = "XXXX" + c.value[4:], None
            c.attrs["generic"] = True


def _merge_clock_days(text: str, L: Grammar, cands: list[Cand]) -> None:
    """"10 p.m. Wednesday", "midnight Friday", "5 p.m. EST, Nov. 6": one TIME."""
    i = 0
    while i < len(cands) - 1:
        c, n = cands[i], cands[i + 1]
        if L.merge_clock_day and c.type == "TIME" and c.attrs.get("clock_merge") and n.day and n.type == "DATE" \
                and re.fullmatch(r",?\s{1,3}|\s*,\s*", text[c.end:n.start]):
            c.value = f"{fmt_day(n.day)}T{c.attrs['clock_merge']}"
            c.end, c.day = n.end, n.day
            del cands[i + 1]
        i += 1


def _join_left(text: str, rx: re.Pattern | None, c: Cand, lo: int) -> bool:
    """Start ``c`` at a match of ``rx`` that ends right before it (after ``lo``)."""
    if rx is None:
        return False
    m = rx.search(text, max(lo, c.start - 40), c.start)
    if m is None or m.start() < lo:
        return False
    c.start = m.start()
    return True


def _join_determiners(text: str, L: Grammar, cands: list[Cand]) -> None:
    """A definite or demonstrative article right before a date, time or duration is part of it
    ("le [mois de mai]", "la [nuit de samedi]", "ce [début d'année]"), whichever rule found the
    words after it; so is the part of a period it names ("la fin du [premier trimestre]", "la
    deuxième quinzaine de [juin]") and an approximation ("vers le 4 avril"); a weekday set keeps the
    ordinals and article before it ("les deuxième et quatrième jeudis"). Not before other sets, nor
    before PRESENT/PAST/FUTURE_REF words, which are often adjectives of another noun ("la
    [future] loi"), nor before a bare number ("les [15] et 16 juin": the article covers the list)."""
    prev_end = 0
    for c in cands:
        if c.type in ("DATE", "TIME", "DURATION") and not c.value.endswith("_REF") \
                and not text[c.start:c.end].isdigit():
            _join_left(text, L.det_join, c, prev_end)
            if c.type != "DURATION" and _join_left(text, L.mod_join, c, prev_end):
                _join_left(text, L.det_join, c, prev_end)  # "[la] fin du premier trimestre"
        if c.type in ("DATE", "TIME"):
            _join_left(text, L.approx_join, c, prev_end)  # mod APPROX: inside the span
        if c.type == "SET" and c.value.startswith("XXXX-WXX") and _join_left(text, L.ordinal_join, c, prev_end):
            _join_left(text, L.det_join, c, prev_end)  # "[les deuxième et quatrième] jeudis"
            _join_left(text, L.every_join, c, prev_end)  # "[tous] les premiers samedis"
        prev_end = c.end


def _drop_place_names(text: str, L: Grammar, cands: list[Cand]) -> None:
    """Dates that name a street or a school ("rue du 8-Mai-1945", "place du 11 novembre") are
    names, not times."""
    if L.place_name_before is None:
        return
    cands[:] = [c for c in cands if c.type != "DATE"
                or not L.place_name_before.search(text, max(0, c.start - 40), c.start)]


def postprocess(text: str, L: Grammar, a: Anchor | None, cands: list[Cand]) -> None:
    """Every context pass, in order, on the selected candidates (changed in place)."""
    _drop_place_names(text, L, cands)
    add_day_ranges(text, L, cands)
    _carry_years(text, L, a, cands)
    _month_of_day_only(text, L, cands)
    _offsets_from_story(text, cands)
    _clock_ranges(text, L, cands)
    _date_clocks(text, a, cands)
    _resolve_anaphora(text, cands)
    _resolve_narrative(text, L, a, cands)
    _day_parts(text, a, cands)
    _report_quarters(text, L, a, cands)
    _week_of_day(text, L, cands)
    _weekday_of_a_dated_mention(text, L, cands)
    _weekday_pairs_in_order(text, L, a, cands)
    _one_day_per_weekday(cands)
    _one_year_per_month(cands)
    _generic_under_a_yearly_set(text, cands)
    join_parts_of_dated_days(text, L, cands)
    for c in cands:
        c.attrs.pop("implicit_year", None)
        c.attrs.pop("every", None)
        c.attrs.pop("weekday_checked", None)
    _merge_clock_days(text, L, cands)
    for c in cands:
        c.attrs.pop("clock_merge", None)
    _join_determiners(text, L, cands)
