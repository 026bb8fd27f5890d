"""Rules for explicit calendar dates: day-month(-year), month-year, numeric and ISO dates, bare
months and years, spelled-out years."""
from __future__ import annotations

import datetime as dt
import re

from .calendar import century_of_two_digits, fmt_day
from .context import Cand, Context
from .registry import rule
from .text import lookup, norm


@rule("dmy", "mdy")
def day_month(name: str, m: re.Match, cx: Context) -> Cand | None:
    L, a = cx.L, cx.a
    s, e = m.start(), m.end()
    gd = m.groupdict()
    mon = cx.month_of(gd["mon"])
    day = int(gd["day"]) if gd["day"].isdigit() else 1  # a word for the first ("premier")
    if mon is None or not 1 <= day <= 31:
        return None
    if name == "mdy" and (L.date_order != "md" or (gd["mon"].endswith(".") and len(gd["mon"]) > 5)):
        return None
    wd = lookup(L.weekdays, gd["wd"]) if gd.get("wd") else None
    rel = norm(gd.get("rel") or "")
    how = ""  # set where the tense chose the year
    if gd.get("year"):
        y, conf, yr = int(gd["year"]), 1.0, int(gd["year"])
    elif (gd.get("yrel") or gd.get("yrel2")) and a is not None:
        yrel = norm(gd.get("yrel") or gd["yrel2"])
        y = a.y + (-1 if yrel in L.last else (1 if yrel in L.next else 0))
        conf, yr = 0.95, y
    elif rel and a is not None and (rel in L.last or rel in L.next):
        ad = (a.m or 6, a.d or 15)
        if rel in L.last:
            y = a.y if (mon, day) <= ad else a.y - 1
        else:
            y = a.y if (mon, day) >= ad else a.y + 1
        conf, yr = 0.95 if a.m else 0.6, None
    else:
        y, conf, how = cx.resolve_md(mon, day, s, e, wd)
        yr = None
    try:
        d = dt.date(y, mon, day) if y else None
    except ValueError:
        return None
    val = fmt_day(d) if d else f"XXXX-{mon:02d}-{day:02d}"
    c = Cand(s, e, "DATE", val, conf, {"direction": how} if how else {}, 5, day=d, year=yr)
    dpart = lookup(L.dayparts, gd["dpart"]) if gd.get("dpart") else None
    if dpart:
        c.type, c.value = "TIME", f"{val}T{dpart}"
    if d is not None and wd is not None and d.weekday() == wd:
        c.attrs["weekday_checked"] = True  # the stated weekday fixed the year
    if not gd.get("year"):
        c.attrs["implicit_year"] = True
        if a is None:
            c.attrs["anchor_granularity"] = None
    if d is not None and (gd.get("yrel") or gd.get("yrel2")):
        cx.period_anaphora(c, gd.get("yrel") or gd["yrel2"], of_year=True)
    return c


@rule("my")
def month_year(name: str, m: re.Match, cx: Context) -> Cand | None:
    gd = m.groupdict()
    mon = cx.month_of(gd["mon"])
    if mon is None:
        return None
    c = Cand(m.start(), m.end(), "DATE", f"{int(gd['year']):04d}-{mon:02d}", 1.0, {}, 4, year=int(gd["year"]))
    cx.mod_attr(c, gd.get("mod"))
    return c


def _count_follows(cx: Context, e: int) -> bool:
    """A word after a number that makes it a count ("mai 68 personnes", "1990 euros")."""
    nxt = re.match(r"\s*([^\s\d]+)", cx.text[e:e + 16])
    return bool(nxt and nxt.group(1).rstrip(".,;:") in cx.L.not_year_after)


@rule("my2")
def month_two_digit_year(name: str, m: re.Match, cx: Context) -> Cand | None:
    L, a = cx.L, cx.a
    gd = m.groupdict()
    mon = cx.month_of(gd["mon"])
    if mon is None or (norm(gd["mon"]) in L.month_abbr and not gd["mon"].endswith(".")):
        return None
    if _count_follows(cx, m.end()):
        return None  # "mai 68 personnes"
    y = 1900 + int(gd["y2"])
    if a and y + 100 <= a.y:
        y += 100
    return Cand(m.start(), m.end(), "DATE", f"{y:04d}-{mon:02d}", 0.8, {}, 3, year=y)


def _day_or_time(s: int, e: int, d: dt.date, hour: str | None, minute: str | None) -> Cand:
    if hour:
        return Cand(s, e, "TIME", f"{fmt_day(d)}T{int(hour):02d}:{minute}", 1.0, {}, 6, day=d, year=d.year)
    return Cand(s, e, "DATE", fmt_day(d), 1.0, {}, 6, day=d, year=d.year)


@rule("iso")
def iso_date(name: str, m: re.Match, cx: Context) -> Cand | None:
    gd = m.groupdict()
    try:
        d = dt.date(int(gd["year"]), int(gd["mo"]), int(gd["day"]))
    except ValueError:
        return None
    return _day_or_time(m.start(), m.end(), d, gd.get("h"), gd.get("mi"))


@rule("num")
def numeric_date(name: str, m: re.Match, cx: Context) -> Cand | None:
    gd = m.groupdict()
    x, z = int(gd["a"]), int(gd["b"])
    dd, mm = (x, z) if cx.L.date_order == "dm" else (z, x)
    if mm > 12 and dd <= 12:
        dd, mm = mm, dd
    y = int(gd["year"])
    if y < 100:
        y += 1900 if y >= 50 else 2000
    try:
        d = dt.date(y, mm, dd)
    except ValueError:
        return None
    return _day_or_time(m.start(), m.end(), d, gd.get("h"), gd.get("mi"))


@rule("mon", "relmon")
def month(name: str, m: re.Match, cx: Context) -> Cand | None:
    L, a, text = cx.L, cx.a, cx.text
    s, e = m.start(), m.end()
    gd = m.groupdict()
    mon = cx.month_of(gd["mon"])
    if mon is None:
        return None
    # very short or ambiguous month names need a determiner/modifier/preposition context
    raw = gd["mon"]
    if norm(raw) in L.numbers and not gd.get("rel") and not gd.get("yrel") and not gd.get("yrel2") \
            and re.match(r"\s+[^\W\d_]", text[m.end("mon"):m.end("mon") + 3]) and not raw.endswith("."):
        return None  # "sept manifestants": the number seven
    if re.search(r"\d[-‐]$", text[max(0, s - 2):s]):
        return None  # "la place du 8-Mai", "avenue du 11-Novembre": a street named after a day
    rel = gd.get("rel")
    if name == "mon" and not rel and not gd.get("mod"):
        before = text[max(0, m.start("mon") - 12):m.start("mon")].lower()
        bare = raw.rstrip(".")
        if len(bare) <= 4 and not L.month_context.search(before):
            return None
        if norm(bare) in L.numbers and L.count_joiner.search(before):
            return None  # "huit à sept.", "six ou sept": a count, not September
        if raw[:1].isupper() and L.det_before.search(re.sub(r"[\"“”‘’'`«]+\s*$", "", before)) \
                and L.month_event_after.match(text, m.end("mon")):
            return None  # "the March on Washington": an event named after its month
        after = re.match(r" ([A-Z][^\W\d_]+)", text[m.end("mon"):m.end("mon") + 30])
        if len(raw) <= 4 and after and norm(raw) in L.capitalised and not (lookup(L.months, after.group(1)) or lookup(L.weekdays, after.group(1))):
            return None  # "for May Smith", "from June Carter": a given name before a surname
    yu = gd.get("yu0") or gd.get("yu1")
    if gd.get("yrel") or gd.get("yrel2") or (yu and lookup(L.units, yu) == "Y"):
        rel = rel or gd.get("yrel") or gd.get("yrel2")
        yrel = norm(rel)  # "juin de l'an dernier", "June last year"
    else:
        yrel = None
    how = ""  # set where the tense chose the year
    if a is None:
        val, conf = f"XXXX-{mon:02d}", 0.5
        y = None
    elif yrel is not None:
        y = a.y + (-1 if yrel in L.last else (1 if yrel in L.next else 0))
        conf = 0.95
        val = f"{y:04d}-{mon:02d}"
    else:
        if rel and norm(rel) in L.last:
            y = a.y if (a.m or 12) > mon else a.y - 1
            conf = 0.95 if a.m else 0.6
        elif rel and norm(rel) in L.next:
            y = a.y if (a.m or 0) < mon else a.y + 1
            conf = 0.95 if a.m else 0.6
        elif rel and norm(rel) in L.this:
            y, conf = a.y, 0.9
        else:
            y, conf, how = cx.resolve_md(mon, None, s, e, None)
        val = f"{y:04d}-{mon:02d}" if y else f"XXXX-{mon:02d}"
    c = Cand(s, e, "DATE", val, conf, {"direction": how} if how else {}, 3)
    if y and not rel:
        c.attrs["implicit_year"] = True
    elif y:
        cx.period_anaphora(c, rel, of_year=yrel is not None)
    cx.mod_attr(c, gd.get("mod"))
    return c


@rule("year")
def year(name: str, m: re.Match, cx: Context) -> Cand | None:
    a, text = cx.a, cx.text
    s, e = m.start(), m.end()
    y = int(m.group("year"))
    if not 1500 <= y <= 2099:
        return None
    after = text[e:e + 16]
    nxt = re.match(r"\s*([^\s\d]+)", after)
    if nxt and (nxt.group(1).rstrip(".,;:)") in cx.L.not_year_after or nxt.group(1)[:1] in "%€$£"):
        return None
    before = text[max(0, s - 3):s]
    if re.search(r"[\d.,]\s?$|[$€£#№]\s?$", before) and not re.search(r"[.,]\s$", before):
        return None
    if re.match(r"\s?(?:[.,]\d|\d)", after):
        return None
    if a and (y > a.y + 30):
        return None
    c = Cand(s, e, "DATE", f"{y:04d}", 1.0, {}, 2, year=y)
    cx.mod_attr(c, m.groupdict().get("mod"))
    return c


@rule("year2")
def two_digit_year(name: str, m: re.Match, cx: Context) -> Cand | None:
    y = century_of_two_digits(m.group("y2") or m.group("y2a"), cx.a.y if cx.a else None)
    s = m.start("y2") if m.group("y2") else m.start("y2a") - 1  # "'97" keeps its apostrophe
    return Cand(s, m.end("y2") if m.group("y2") else m.end("y2a"), "DATE", f"{y:04d}", 0.8, {}, 1, year=y)



@rule("spelledyear")
def spelled_year(name: str, m: re.Match, cx: Context) -> Cand | None:
    L = cx.L
    gd = m.groupdict()
    if gd.get("syc"):
        yy = 0 if norm(gd["syy"]) in L.spelled_zero else cx.num(gd["syy"])
        y = int(gd["syc"] and L.spelled_centuries[norm(gd["syc"])] + (yy or 0))
    else:
        y = 2000 + int(cx.num(gd["sy2ky"]) or 0) if gd.get("sy2ky") else 2000
    if _count_follows(cx, m.end()):
        return None
    mon = cx.month_of(gd["symon"]) if gd.get("symon") else None
    value = f"{y:04d}-{mon:02d}" if mon else f"{y:04d}"
    return Cand(m.start(), m.end(), "DATE", value, 0.9, {}, 4 if mon else 3, year=y)
