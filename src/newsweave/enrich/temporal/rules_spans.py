"""Rules for units of time: relative units ("last year"), offsets ("three days ago"), durations,
frequencies (SETs) and vague references ("recently")."""
from __future__ import annotations

import datetime as dt
import re

from .calendar import add_months, duration, fmt_day, week_value
from .context import Cand, Context
from .registry import rule
from .text import lookup, norm


@rule("relunit", "durvague")
def relative_unit(name: str, m: re.Match, cx: Context) -> Cand | None:
    L, a, text = cx.L, cx.a, cx.text
    s, e = m.start(), m.end()
    gd = m.groupdict()
    if gd.get("unit3"):  # "the year before": anaphoric, one unit from the story's last
        unit3 = lookup(L.units, gd["unit3"])
        if unit3 not in ("Y", "M", "W") or L.is_plural(norm(gd["unit3"])):
            return None
        sign3 = L.T.anaphoric_post[norm(gd["rel3"])]
        c = cx.rel_unit(s, e, unit3, sign3)
        if c is not None:
            c.attrs["anaphoric"], c.attrs["anaphoric_shift"] = unit3, sign3
        return c
    if gd.get("unit4"):  # "the week before last": two units back from the article's
        unit4 = lookup(L.units, gd["unit4"])
        if unit4 not in ("Y", "M", "W", "WE") or L.is_plural(norm(gd["unit4"])):
            return None
        return cx.rel_unit(s, e, unit4, -2)
    unit = lookup(L.units, gd.get("unit") or gd.get("unit2") or "")
    pre = re.search(r"([^\W_]+)\s+$", text[max(0, s - 25):s])
    if gd.get("unit2") and pre and (pre.group(1).isdigit() or norm(pre.group(1)) in L.numbers):
        return None  # "les 4 mois qui viennent": a counted duration (rule "dur")
    relw = norm(gd.get("rel") or gd.get("rel0") or "")
    sign = -1 if relw in L.last else (1 if relw in L.next else 0)
    if unit is None:
        return None
    word = norm(gd.get("unit") or gd.get("unit2") or "")
    plural = L.is_plural(word) and unit not in ("WE",)
    if word in L.invariable_units and relw not in L.this_post and (
            relw.endswith(L.plural_endings or ("\0",)) or L.plural_det.match(text[s:e])):
        plural = True  # "ces derniers mois"
    if unit == "CE" and not plural and gd.get("unit2") and a is not None:  # "le siècle dernier": a century
        return Cand(s, e, "DATE", f"{a.y // 100 + sign:02d}XX", 0.9, {}, 3)
    if unit in ("DE", "CE") and not plural and sign != 0:  # "the past decade": the last ten years
        return Cand(s, e, "DURATION", "P10Y" if unit == "DE" else "P100Y", 0.8, {}, 3)
    if name == "durvague" and not plural and sign < 0 and unit in ("Y", "M", "W", "WE") \
            and norm(text[s:m.start("rel0")]) in L.this:
        return cx.rel_unit(s, e, unit, sign)  # "this past week", "this past weekend": a date
    if name == "durvague" or plural:
        if name == "relunit" and plural and sign == 0:
            return None
        # "the past years", "ces dernières semaines": vague duration / past reference
        if unit in ("H", "MIN", "S"):
            v = f"PTX{unit[0]}"
        elif unit in ("Y", "M", "W", "D"):
            v = f"PX{unit}"
        else:
            return None
        if not plural:
            v = v.replace("X", "1")
        return Cand(s, e, "DURATION", v, 0.7, {}, 2)
    if sign < 0 and not plural and norm(text[s:e]).split()[0] in L.det_words and L.edge_of.match(text, e):
        return None  # "the last day of school", "la dernière semaine de campagne": no date (rule "edgeunit")
    if unit == "D" and sign != 0 and L.narrative_of.match(text, e):
        return None  # "на следующий день после выборов": the day after an event, not a date
    c = cx.rel_unit(s, e, unit, sign)
    if c is not None and unit == "Y" and sign == -1 and L.comparison.search(text, max(0, s - 80), s):
        c.attrs["compared_year"] = True  # "up from $5 million last year": in reports, a year-ago period
    if c is not None and sign == 0 and unit == "D" and relw in L.that:
        c.attrs["narrative"] = 0  # "that same day", "того дня": the story's last day
        c.conf = min(c.conf, 0.7)
    elif c is not None and sign == 0 and unit in ("Y", "M", "W") and (
            relw in L.that or re.search(r"[-‐]là$", text[s:e], re.I)):
        c.attrs["anaphoric"] = unit  # "that year", "cette année-là": the year last mentioned
    elif c is not None and sign != 0 and unit in ("Y", "M", "W") and cx.anaphoric_rel(relw, _after_mod(m, s), e):
        c.attrs["anaphoric"] = unit  # "the following month", "l'année suivante", "the next year, …"
        c.attrs["anaphoric_shift"] = sign
    return c


def _after_mod(m: re.Match, s: int) -> int:
    """Where the words after an edge modifier start ("Early [the next year]"): the modifier names
    a part of the unit and changes nothing about the unit's anchor."""
    mod = m.groupdict().get("mod")
    if not mod or m.start("mod") != s:
        return s
    i = m.end("mod")
    while i < m.end() and m.string[i].isspace():
        i += 1
    return i


def _singular_unit(cx: Context, raw: str, allowed: tuple[str, ...]) -> str | None:
    """The unit of a singular unit word among ``allowed``, else None."""
    unit = lookup(cx.L.units, raw)
    if unit not in allowed or cx.L.is_plural(norm(raw)):
        return None
    return unit


@rule("modunit")
def modified_unit(name: str, m: re.Match, cx: Context) -> Cand | None:
    """"la fin de l'année", "the end of the month", "the end of the decade": the current unit
    with a modifier."""
    unit = _singular_unit(cx, m.group("unit"), ("Y", "M", "W", "D", "DE", "CE"))
    if unit is None:
        return None
    if unit in ("DE", "CE") and norm(m.group("mod")) in cx.L.shift:
        return None  # "earlier in the century": no decade or century of its own
    if unit == "D" and norm(m.group("mod")) in cx.L.shift:
        return None  # "later in the day": too vague for news timelines (TimeBank leaves it)
    c = cx.rel_unit(m.start(), m.end(), unit, 0)
    if c is not None:
        cx.mod_attr(c, m.group("mod"))
        c.prio = 2
        if unit == "D":
            c.attrs["part_of_day"] = ""  # "dimanche en fin de journée": the day the sentence names
    return c


@rule("ago_pre", "ago_post", "in_pre", "in_future", "later_post")
def offset(name: str, m: re.Match, cx: Context) -> Cand | None:
    s, e = m.start(), m.end()
    gd = m.groupdict()
    unit = lookup(cx.L.units, gd["unit"])
    if unit is None:
        return None
    if gd.get("num") is None and name not in ("ago_post", "later_post") and not gd.get("agodet"):
        return None
    if name == "in_future":
        if unit not in ("Y", "M", "W", "D", "DE") or cx.L.tense(cx.text, s, e) != (1, True):
            return None  # "fell 3% in a year", "will finish in three hours": durations
        s = m.start("approx") if gd.get("approx") else m.start("num")  # "in" stays out of the span
    s2, n = cx.fix_num(m, s)
    if gd.get("num") is None and (gd.get("agodet") or cx.L.is_plural(norm(gd["unit"]))):
        n = None  # "years ago", "weeks from now": no count, a past (future) reference
    if name in ("ago_post", "later_post") and not gd.get("approx"):
        s = s2
    if gd.get("half") and n is not None:
        n += 0.5
    if n is not None and unit == "Y" and not float(n).is_integer():
        unit, n = "M", n * 12  # "il y a un an et demi": eighteen months back, a month
    sign = 1 if name in ("in_pre", "in_future", "later_post") else -1
    if name == "ago_pre" and cx.L.ago_duration_after.match(cx.text, e):
        return Cand(s, e, "DURATION", duration(n, unit), 0.9, {}, 4)  # "voilà deux ans que ...": since then
    if n is None:
        return Cand(s, e, "DATE", "FUTURE_REF" if sign > 0 else "PAST_REF", 0.8, {}, 4)
    c = cx.offset(s, e, unit, sign * n)
    if c and gd.get("approx"):
        c.conf *= 0.8
    if c and name == "ago_post" and norm(gd["post"]) in cx.L.earlier_post:
        c.attrs["story_offset"] = (unit, sign * n)  # "a week earlier": from the story's last date
    return c


def _is_age(cx: Context, s: int, e: int, strong_only: bool = False, num_start: int = 0) -> bool:
    """Whether a count of years is someone's age; after an approximation ("plus de soixante
    ans") only the cues that always make an age count ("il a", "âgé de")."""
    L, text = cx.L, cx.text
    before = text[max(0, s - 40):s]
    head = L.range_head.search(before)
    if head is not None:  # "les jeunes de 18 à [25 ans]": the cue stands before the range's first count
        before = text[max(0, s - 40):max(0, s - len(before) + head.start())]
    if strong_only:  # before the approximation ("il a plus de"), or with it ("les moins de 25 ans")
        return bool(L.age_strong.search(before) or L.age_strong.search(text[max(0, s - 40):num_start]))
    return bool(L.age_strong.search(before) or L.age_before.search(before) and L.age_end.match(text[e:e + 5]))


@rule("dur")
def counted_duration(name: str, m: re.Match, cx: Context) -> Cand | None:  # noqa: C901 - one check per false friend
    L, text = cx.L, cx.text
    s, e = m.start(), m.end()
    gd = m.groupdict()
    unit = lookup(L.units, gd["unit"])
    if unit == "H" and re.search(r"\d\s?[hH]\s?$", text[max(0, s - 6):s]):
        return None  # "14 h 30 heure de Paris": the minutes of a clock time, not "30 heures"
    if gd.get("rel0") and norm(gd["rel0"]) in L.dur_mod_verb and not text[s:m.start("rel0")].strip():
        s = m.start("num")  # "il a passé deux ans": a participle, not "the past two years"
    if re.fullmatch(r"(?:1[89]|20)\d\d", gd["num"] or "") and not gd.get("approx"):
        return None  # "the 1988 second quarter": a year, not a count
    if norm(gd["num"] or "") in L.articles and L.is_plural(norm(gd["unit"])):
        return None  # "a decades-long feud": the article is not "one" (rule "unitadj")
    if re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", gd["num"] or ""):
        return None  # "300,000 last year": a count with a thousands separator
    if gd.get("rel") and not text[s:m.start("num")].strip() and not (
            L.dur_rel_det.search(text[max(0, s - 6):s])):
        return None  # "trois derniers jours" needs its article ("les trois derniers jours", "des ...")
    s, n = cx.fix_num(m, s)
    if text[m.end("num"):m.start("unit")].strip() == "-" and not gd.get("rel") and not gd.get("rel0"):
        s = max(s, m.start("num"))  # "the eight-year war": the adjective alone
    if unit is None or (n is None and gd.get("num") and norm(gd["num"]) not in L.numbers):
        return None
    if unit in ("WE",):
        return None
    ns = m.start("num")  # the count, not an article before it ("les 24 Heures du Mans")
    if gd["unit"][:1].isupper() and re.fullmatch(r"\d+", gd["num"] or "") and ns > 0 \
            and not re.search(r"[.!?\n]\s*$", text[max(0, ns - 3):ns]):
        return None  # "20 Minutes", "24 Heures": newspaper names
    if L.age_after.match(text, e):
        return None  # "a 44-year-old doctor", "six years old": an age
    if unit == "H" and (re.search(r"\d[:.]$", text[max(0, ns - 2):ns])
                        or re.fullmatch(r"(?:[01]?\d|2[0-3])[:.][0-5]\d", gd["num"] or "")):
        return None  # "a las 9:15 hora local", "11.02 hora peninsular": a clock time and its zone
    if unit == "S" and norm(gd["num"] or "") in L.articles and L.count_follow.match(text[e:e + 12]):
        return None  # "a second mum": the ordinal
    if unit == "Q" and L.fraction.match(text[e:e + 4]):
        return None  # "three-quarters of": a fraction
    if unit == "Y" and not gd.get("rel") and not gd.get("rel0") and _is_age(
            cx, s, e, strong_only=bool(gd.get("approx")), num_start=m.start("num")):
        return None  # an age ("Jean Dupont, 37 ans,", "il a plus de soixante ans")
    if gd.get("half") and n is not None:
        n += 0.5
    if norm(text[s:e]) in L.T.indefinite_day and not L.duration_pre.search(text[max(0, s - 25):s]) \
            and not L.duration_verb.search(text[max(0, s - 25):s]) and L.tense(text, s, e)[0] > 0:
        return Cand(s, e, L.ref_type, "FUTURE_REF", 0.8, {}, 2)  # "will one day be": some day to come
    return Cand(s, e, "DURATION", duration(n, unit), 1.0, {}, 2)


@rule("durrange")
def duration_range(name: str, m: re.Match, cx: Context) -> Cand | None:
    gd = m.groupdict()
    unit = lookup(cx.L.units, gd["unit"])
    n1, n2 = cx.num(gd["num"]), cx.num(gd["num2"])
    if unit is None or n1 is None or n2 is None or not n1 < n2 or unit in ("WE", "NIGHT"):
        return None
    s = m.start()
    if unit == "Y" and not gd.get("rel0") and _is_age(cx, s, m.end()):
        return None  # "les jeunes de 18 à 25 ans": a range of ages
    if gd.get("rel0") and norm(gd["rel0"]) in cx.L.dur_mod_verb and not cx.text[s:m.start("rel0")].strip():
        s = m.start("num")  # "il a passé cinq ou six jours": a participle, not "the past five days"
    elif gd.get("rel0"):
        return Cand(s, m.end(), "DURATION", duration(None, unit), 0.7, {}, 3)
    return Cand(s, m.end(), "DURATION", duration(n1, unit), 0.8,
                {"range": [duration(n1, unit), duration(n2, unit)]}, 3)


@rule("whole")
def whole_unit(name: str, m: re.Match, cx: Context) -> Cand | None:
    unit = _singular_unit(cx, m.group("unit"), ("Y", "M", "W", "D", "NIGHT", "WE", "H"))
    if unit is None:
        return None
    return Cand(m.start(), m.end(), "DURATION", duration(1, unit), 0.8, {}, 0)  # set words ("toute l'année") win ties


@rule("unitadj")
def unit_adjective(name: str, m: re.Match, cx: Context) -> Cand | None:
    """"decades-long", "years-old", "day-long": a unit made an adjective, vague when plural."""
    unit = lookup(cx.L.units, m.group("unit"))
    if unit not in ("Y", "M", "W", "D", "H", "DE", "CE"):
        return None
    n = None if cx.L.is_plural(norm(m.group("unit"))) else 1
    return Cand(m.start(), m.end(), "DURATION", duration(n, unit), 0.8, {}, 2)


@rule("edgeunit")
def period_edge(name: str, m: re.Match, cx: Context) -> Cand | None:
    """"the last week of May", "the second week of May", "le premier jour de juin", "les derniers
    mois de 2023": the first, n-th or last unit of a named month or year (plural: the period
    itself, its start or end)."""
    L, gd, text = cx.L, m.groupdict(), cx.text
    unit, edge = (lookup(L.units, gd["unit"]) if gd.get("unit") else "D"), lookup(L.period_edge, gd["edge"])
    s, e = m.start(), m.end()
    year = int(gd["eyear"]) if gd.get("eyear") else None
    cur = lookup(L.units, gd["cur"]) if gd.get("cur") else None  # "of the month", "de l'année": the article's
    every = L.every_before.search(text, max(0, s - 12), s)
    if cur == "M" and gd.get("ewd") and (gd.get("cevery") or every):  # "chaque premier lundi du mois"
        return Cand(every.start() if every else s, e, "SET", "P1M", 0.8, {}, 4)
    if cur is not None and (cx.a is None or cx.a.m is None or year is not None or gd.get("cevery")):
        return None
    if gd.get("mon") or cur == "M":
        mon = cx.month_of(gd["mon"]) if gd.get("mon") else cx.a.m
        if mon is None or unit not in ("D", "W"):
            return None
        y, conf = (year, 1.0) if year else (cx.a.y, 0.8) if cur else cx.resolve_md(mon, None, s, e, None)[:2]
        if y is None:
            return None
        first = dt.date(y, mon, 1)
        last = dt.date(*add_months(y, mon, 1), 1) - dt.timedelta(days=1)
        period = f"{y:04d}-{mon:02d}"
    elif cur == "Y":
        y, conf = cx.a.y, 0.8
        if unit not in ("D", "W", "M", "Q", "HY"):
            return None
        first, last, period = dt.date(y, 1, 1), dt.date(y, 12, 31), f"{y:04d}"
    else:
        y, conf = year, 1.0
        if y is None or unit not in ("D", "W", "M", "Q", "HY"):
            return None
        first, last, period = dt.date(y, 1, 1), dt.date(y, 12, 31), f"{y:04d}"
    if gd.get("ewd"):
        return _nth_weekday(s, e, lookup(L.weekdays, gd["ewd"]), edge, first, last, conf, year)
    word = norm(gd["unit"])
    if L.is_plural(word) or (word in L.invariable_units and norm(gd["edge"]).endswith(L.plural_endings or ("\0",))):
        return None if edge > 1 else Cand(s, e, "DATE", period, conf, {"mod": "START" if edge > 0 else "END"}, 4, year=year)
    if edge > {"D": 28, "W": 4, "M": 12, "Q": 4, "HY": 2}[unit]:
        return None
    # the n-th unit from the start ("the second week of March"), or the last one
    day = first + dt.timedelta(days=(edge - 1) * (7 if unit == "W" else 1)) if edge > 0 else last
    n = edge if edge > 0 else {"M": 12, "Q": 4, "HY": 2}.get(unit, 0)
    value = {"D": fmt_day(day), "W": week_value(day), "M": f"{y:04d}-{n:02d}",
             "Q": f"{y:04d}-Q{n}", "HY": f"{y:04d}-H{n}"}[unit]
    return Cand(s, e, "DATE", value, conf, {}, 4, day=day if unit == "D" else None, year=year)


def _nth_weekday(s: int, e: int, wd: int | None, edge: int, first: dt.date, last: dt.date, conf: float,
                 year: int | None) -> Cand | None:
    """"the first Monday of May", "le dernier vendredi d'avril": that weekday counted from the
    period's first day (or back from its last)."""
    if wd is None or edge == 0:
        return None
    if edge > 0:
        day = first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (edge - 1))
    else:
        day = last - dt.timedelta(days=(last.weekday() - wd) % 7)
    if day > last:
        return None  # "the fifth Monday" of a month with four
    return Cand(s, e, "DATE", fmt_day(day), conf, {}, 4, day=day, year=year)


@rule("bareplural")
def bare_plural(name: str, m: re.Match, cx: Context) -> Cand | None:
    """"depuis des mois", "for years": a vague duration; "over the weekend": the latest one."""
    L, a = cx.L, cx.a
    gd = m.groupdict()
    unit = lookup(L.units, gd["unit"])
    word = norm(gd["unit"])
    s, e = m.start("core"), m.end()
    if unit == "WE" and not L.is_plural(word):  # "over the weekend", "au cours du week-end": the latest one, or the coming one
        c = cx.rel_unit(s, e, "WE", 0)
        if c is not None and a is not None and a.date is not None and a.date.weekday() < 5 \
                and L.verb_direction(cx.text, s, e) <= 0:
            c = cx.rel_unit(s, e, "WE", -1)
        return c
    invariable_plural = word in L.invariable_units and gd.get("pldet")
    if unit not in ("Y", "M", "W", "D", "DE", "CE", "H") or not (L.is_plural(word) or invariable_plural):
        return None
    return Cand(s, e, "DURATION", duration(None, unit), 0.7, {}, 1)


@rule("vaguedur")
def vague_duration(name: str, m: re.Match, cx: Context) -> Cand | None:
    """"for a while", "took some time": a length of time no unit measures."""
    v = lookup(cx.L.T.vague_durations, m.group("vd"))
    return None if v is None else Cand(m.start("vd"), m.end("vd"), "DURATION", v, 0.6, {}, 1)


@rule("every")
def every(name: str, m: re.Match, cx: Context) -> Cand | None:
    L = cx.L
    s, e = m.start(), m.end()
    gd = m.groupdict()
    if gd.get("wd"):
        wd = lookup(L.weekdays, gd["wd"].rstrip("s") if lookup(L.weekdays, gd["wd"]) is None else gd["wd"])
        part = lookup(L.dayparts, gd["wdpart"]) if gd.get("wdpart") else None  # "every Tuesday morning"
        return None if wd is None else Cand(s, e, "SET", f"XXXX-WXX-{wd + 1}" + (f"T{part}" if part else ""), 1.0, {}, 4)
    if gd.get("mon"):
        mon = cx.month_of(gd["mon"])
        return None if mon is None else Cand(s, e, "SET", f"XXXX-{mon:02d}", 1.0, {}, 4)
    if gd.get("unit"):
        unit = lookup(L.units, gd["unit"])
        n = cx.num(gd.get("num")) if gd.get("num") else (2 if gd.get("other") else 1)
        if unit in ("Y", "M", "W", "D", "H", "MIN") and n is None and norm(gd["num"]) in L.numbers:
            # "every few months": a vague count, a set of unknown period
            return Cand(s, e, "SET", f"PTX{unit[0]}" if unit in ("H", "MIN") else f"PX{unit}", 0.9, {"every": True}, 4)
        if unit is None or n is None:
            return None
        if unit == "WE" and n == 1:
            return Cand(s, e, "SET", "XXXX-WXX-WE", 1.0, {}, 4)  # "every weekend", "tous les week-ends"
        return Cand(s, e, "SET", duration(n, unit), 1.0, {"every": True}, 4)
    if gd.get("part"):
        return Cand(s, e, "SET", f"XXXX-XX-XXT{lookup(L.dayparts, gd['part'])}", 1.0, {}, 4)
    if gd.get("seas"):
        return Cand(s, e, "SET", f"XXXX-{lookup(L.seasons, gd['seas'])}", 1.0, {}, 4)
    return None


@rule("setw")
def set_word(name: str, m: re.Match, cx: Context) -> Cand | None:
    L, text = cx.L, cx.text
    s, e = m.start(), m.end()
    raw = m.group("setw")
    v = lookup(L.set_words, raw)
    if v is None:
        return None
    w = norm(raw)
    article = w.split(" ")[0] in L.articles
    if raw[:1].isupper() and s > 0 and not re.search(r"(?:^|[.!?\n]\s*|[\"“«]\s*)$", text[max(0, s - 3):s]):
        return None  # "the Daily News", "Us Weekly": names
    if not article and L.set_noun_before.search(text[max(0, s - 12):s]):
        return None  # "l'hebdomadaire", "le mensuel": a publication
    if w in L.set_adj and re.match(r"\s+[^\W\d_]", text[e:e + 3]):
        return None  # adjective before a noun ("the annual meeting")
    prev = re.search(r"([^\W_]+)\s+$", text[max(0, s - 20):s])
    if L.is_plural(w) and prev and (prev.group(1).isdigit() or norm(prev.group(1)) in L.numbers
                                    or norm(prev.group(1)) in L.det_words | L.last | L.next | L.this):
        return None  # "three weekends", "the past two weekends": counted or determined, no frequency
    if article and L.set_need_before and not L.set_need_before.search(text[max(0, s - 30):s]):
        return None  # "it has been a week": a duration; "twice a week", "40 hours a week": a set
    if article and L.set_block.search(text[max(0, s - 20):s]):
        return None  # "for a year": a duration
    if L.set_offset.match(text[e:e + 11]):
        return None  # "a day after", "al día siguiente": an offset, not a frequency
    if L.set_following.search(text[max(0, s - 9):s]):
        return None  # "the average daily volume"
    first = re.match(r"\S+\s+", raw)
    if first and norm(first.group(0)) in L.set_prepositions:
        s += first.end()  # "par [semestre]": the preposition stays out of the span
    return Cand(s, e, "SET", v, 0.9, {}, 3 if article else 1)


@rule("ref")
def reference(name: str, m: re.Match, cx: Context) -> Cand | None:
    v = lookup(cx.L.refs, m.group("ref"))
    if v is None or cx.L.ref_block.match(cx.text, m.end()):
        return None
    return Cand(m.start(), m.end(), cx.L.ref_type, v, 0.9, {}, 1)
