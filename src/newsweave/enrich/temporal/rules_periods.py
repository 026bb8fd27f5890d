"""Rules for periods longer than a month: seasons, decades, centuries, quarters and halves,
holidays, and the quarters and years of financial reports."""
from __future__ import annotations

import datetime as dt
import re

from .calendar import SEASON_MONTHS, century_of_two_digits, easter, fmt_day, roman
from .context import Cand, Context
from .registry import rule
from .text import lookup, norm


@rule("season")
def season(name: str, m: re.Match, cx: Context) -> Cand | None:
    L, a, text = cx.L, cx.a, cx.text
    s, e = m.start(), m.end()
    gd = m.groupdict()
    code = lookup(L.seasons, gd["seas"])
    if code is None:
        return None
    if L.season_after_block.match(text, e) or (
            gd["seas"][:1].isupper() and m.start("seas") == s and s > 0
            and not re.search(r"(?:^|[.!?:»\"]\s*|\n\s*)$", text[max(0, s - 3):s])):
        return None  # "le Printemps arabe", "le Printemps" (a shop): names, not seasons
    if gd["seas"][:1].isupper() and not gd.get("year") and re.match(r"\s+(?:(?:de|du|des|of)\s+)?[A-Z]", text[e:e + 6]):
        return None  # "the Winter Olympics", "le Printemps de Bourges": a capitalised season in a name
    if m.start("seas") == s and L.season_block.search(text[max(0, s - 40):s]):
        return None  # "a été" (participle), not the season
    if m.start("seas") == s and norm(gd["seas"]) in L.season_needs_context and not gd.get("year") \
            and not gd["seas"][:1].isupper() and not L.season_context.search(text[max(0, s - 20):s]):
        return None  # English "fall" as a verb, French "été" as a participle
    rel = gd.get("rel") or gd.get("rel0")
    yrel = gd.get("yrel") or gd.get("yrel2")  # "the spring of last year", "l'été de l'an dernier"
    if gd.get("year") or gd.get("y2a"):
        y, conf = (int(gd["year"]), 1.0) if gd.get("year") else (century_of_two_digits(gd["y2a"], a.y if a else None), 0.9)
    elif a is None:
        y, conf = None, 0.5
    elif yrel:
        rel = yrel
        y, conf = a.y + (-1 if norm(yrel) in L.last else (1 if norm(yrel) in L.next else 0)), 0.95
    else:
        am = a.m or 6
        lo, hi = SEASON_MONTHS[code]
        if rel and norm(rel) in L.last:
            y = a.y if (am > hi and code != "WI") else a.y - 1
        elif rel and norm(rel) in L.next:
            y = a.y if am < lo and code != "WI" else a.y + 1
        elif rel and norm(rel) in L.this:
            y = a.y
        else:
            y, way = a.y, L.verb_direction(text, s, e)
            if way < 0 and am < lo and code != "WI":
                y = a.y - 1
            elif way > 0 and am > hi and code != "WI":
                y = a.y + 1  # "will reopen in the spring", said in November: next spring
        conf = 0.9 if a.m else 0.6
    if not gd.get("year") and not gd.get("y2a") and not rel and m.start("seas") == s and (
            L.season_generic.search(text[max(0, s - 25):s]) or L.season_generic_after.match(text, e)):
        y, conf = None, 0.7  # "en été", "été comme hiver": any summer (generic)
    c = Cand(s, e, "DATE", f"{y:04d}-{code}" if y else f"XXXX-{code}", conf, {}, 3,
             year=int(gd["year"]) if gd.get("year") else None)
    if y and not gd.get("year"):
        cx.period_anaphora(c, rel, of_year=bool(yrel))
    cx.mod_attr(c, gd.get("mod"))
    return c


@rule("decade")
def decade(name: str, m: re.Match, cx: Context) -> Cand | None:
    L, a, text = cx.L, cx.a, cx.text
    s = m.start()
    gd = m.groupdict()
    if gd.get("w"):
        d = L.decade_words.get(norm(gd["w"]))
        if d is None:
            return None
        cent = "19"
    else:
        d = int(gd["d"])
        cent = gd.get("c") or ("20" if (a and d * 10 + 2000 <= a.y and d < 3) else "19")
    if L.decade_block.search(text[max(0, s - 20):s]):
        return None  # "in his 30s": an age
    return Cand(s, m.end(), "DATE", f"{cent}{d}X", 0.9, {}, 3)  # TimeBank writes decades 196X


@rule("century")
def century(name: str, m: re.Match, cx: Context) -> Cand | None:
    o = m.group("ord")
    n = roman(o) if re.fullmatch(r"[IVXL]+", o, re.I) else int(o)
    if not n or n > 21:
        return None
    c = Cand(m.start(), m.end(), "DATE", f"{n - 1:02d}XX", 0.9, {}, 3)  # and centuries 18XX
    cx.mod_attr(c, m.groupdict().get("mod"))
    return c


@rule("quarter")
def quarter(name: str, m: re.Match, cx: Context) -> Cand | None:
    L, a, text = cx.L, cx.a, cx.text
    s, e = m.start(), m.end()
    gd = m.groupdict()
    n = lookup(L.ordinals, gd["ord"])
    qword = norm(gd["q"])
    is_half = any(qword.startswith(h[:5]) for h in L.half_words)
    if n is None or n > (2 if is_half else 4):
        return None
    # "of the year", "of next year", "de l'année prochaine": the year is said after the part
    yword = gd.get("qyr") or gd.get("qyr2") or ("" if gd.get("qydet") else None)
    if is_half and qword in L.half_needs_year and not (
            gd.get("year") or gd.get("qy") or gd.get("qrel") or gd.get("qago") or gd.get("rel") or gd.get("rel0")
            or gd.get("qfisc") or gd.get("qfisc2") or yword is not None):
        return None  # "the first half" of a match
    code = f"H{n}" if is_half else f"Q{n}"
    rel = gd.get("rel") or gd.get("rel0")
    qrel = norm(gd.get("qrel") or "")
    yshift = None if yword is None else (1 if norm(yword) in L.next else (-1 if norm(yword) in L.last else 0))
    if gd.get("year") or gd.get("qy"):
        y, conf = int(gd.get("year") or gd["qy"]), 1.0
    elif a is None:
        y, conf = None, 0.5
    elif yshift is not None:
        y, conf = a.y + yshift, 0.85
    elif qrel or gd.get("qago"):
        y = a.y + (1 if qrel in L.next else (0 if qrel in L.this else -1))
        conf = 0.9
    else:
        cur = ((a.m or 12) - 1) // (6 if is_half else 3) + 1
        y = a.y if n <= cur else a.y - 1
        if rel and norm(rel) in L.last:
            y = a.y - 1
        elif rel and norm(rel) in L.next:
            y = a.y + 1
        elif n > cur and L.verb_direction(text, s, e) > 0:  # the tense matters only then
            y = a.y
        conf = 0.85
    if re.search(r"\w-\w", text[m.start("ord"):m.end("q")]) and not gd.get("rel0") \
            and not gd.get("qy") and not gd.get("qrel") and not gd.get("qago"):
        s = m.start("qfisc") if gd.get("qfisc") else m.start("ord")  # "the third-quarter results": the adjective alone
    return Cand(s, e, "DATE", f"{y:04d}-{code}" if y else f"XXXX-{code}", conf, {}, 4)


@rule("holiday")
def holiday(name: str, m: re.Match, cx: Context) -> Cand | None:
    L, a = cx.L, cx.a
    s, e = m.start(), m.end()
    gd = m.groupdict()
    spec = L.holidays[norm(gd["hol"])]
    mon = spec[0]
    head = re.split(r"['’\s]", gd["hol"].strip())
    if mon == 0 and len([w for w in head if w and norm(w) not in L.det_words and norm(w) + "'" not in L.det_words]) == 1 and head[-1][:1].islower():
        return None  # "l'ascension sociale": the common noun ("le vendredi saint" is no noun)
    if L.holiday_name_after is not None and not gd.get("year") and L.holiday_name_after.match(cx.text, e):
        return None  # "Noël Mamère": a given name before a surname, not the feast
    if mon == 0:  # a movable feast: (0, days after Easter Sunday)
        mon = (easter(a.y if a else 2000) + dt.timedelta(days=spec[1])).month

    def hday(y: int) -> int:  # (month, day) or (month, weekday, n): n-th weekday of the month
        if spec[0] == 0:
            return (easter(y) + dt.timedelta(days=spec[1])).day
        if len(spec) == 2:
            return spec[1]
        if spec[2] < 0:  # counted from the end of the month
            nxt = dt.date(y + mon // 12, mon % 12 + 1, 1) - dt.timedelta(days=1)
            return nxt.day - (nxt.weekday() - spec[1]) % 7 - 7 * (-spec[2] - 1)
        first = dt.date(y, mon, 1).weekday()
        return 1 + (spec[1] - first) % 7 + 7 * (spec[2] - 1)

    rel = norm(gd.get("rel") or gd.get("rel0") or "")
    if gd.get("year"):
        y, conf = int(gd["year"]), 1.0
    elif a is not None and rel and (rel in L.last or rel in L.next):
        ad = (a.m or 6, a.d or 15)
        y = a.y if ((mon, hday(a.y)) < ad) == (rel in L.last) else a.y + (-1 if rel in L.last else 1)
        conf = 0.95
    else:
        y, conf, _ = cx.resolve_md(mon, hday(a.y if a else 2000), s, e, None)
    if y is None:
        if spec[0] == 0:
            return Cand(s, e, "DATE", "XXXX-XX-XX", 0.5, {}, 3)
        return Cand(s, e, "DATE", f"XXXX-{mon:02d}" + (f"-{spec[1]:02d}" if len(spec) == 2 else ""), 0.5, {}, 3)
    d = (easter(y) + dt.timedelta(days=spec[1])) if spec[0] == 0 else dt.date(y, mon, hday(y))
    return Cand(s, e, "DATE", fmt_day(d), conf, {}, 3, day=d)


@rule("finq")
def report_quarter(name: str, m: re.Match, cx: Context) -> Cand | None:
    a = cx.a
    gd = m.groupdict()
    if a is None or a.m is None:
        return None
    cur = (a.m - 1) // 3 + 1
    if gd.get("fqcur"):
        y, n = a.y, cur
    else:
        y, n = (a.y, cur - 1) if cur > 1 else (a.y - 1, 4)
    if gd.get("fqy"):
        y = int(gd["fqy"])
    return Cand(m.start(), m.end(), "DATE", f"{y:04d}-Q{n}", 0.6,
                {"fin_q": "year" if gd.get("fqy") else ("cur" if gd.get("fqcur") else "last")}, 2)


@rule("finy")
def report_year(name: str, m: re.Match, cx: Context) -> Cand | None:
    a = cx.a
    gd = m.groupdict()
    if gd.get("fydur"):
        return Cand(m.start(), m.end(), "DURATION", "P1Y", 0.7, {}, 2)
    if a is None:
        return None
    c = Cand(m.start(), m.end(), "DATE", f"{a.y:04d}", 0.8, {}, 2, year=a.y)
    if gd.get("fyend"):
        c.attrs["mod"] = "END"
    return c


@rule("yearago")
def year_ago(name: str, m: re.Match, cx: Context) -> Cand | None:
    """"a year ago", "year-earlier": the year before (in reports: the same quarter, see passes)."""
    a = cx.a
    if a is None:
        return Cand(m.start(), m.end(), "DATE", "PAST_REF", 0.5, {"anchor_granularity": None}, 4)
    if a.m is not None and any(q in norm(m.group(0)) for q in cx.L.T.quarter_words):
        # "the year-ago quarter", "the same quarter last year": a quarter, the report's own (the
        # last one ended) a year back until the article names the quarter it reports (see passes)
        n = (a.y * 4 + (a.m - 1) // 3) - 1 - 4
        return Cand(m.start(), m.end(), "DATE", f"{n // 4:04d}-Q{n % 4 + 1}", 0.8, {"year_ago_q": True}, 5)
    c = Cand(m.start(), m.end(), "DATE", f"{a.y - 1:04d}", 0.9, {"year_ago": True}, 5, year=None)
    if norm(m.group(0)).rsplit(" ", 1)[-1] in cx.L.earlier_post:
        c.attrs["story_offset"] = ("Y", -1)  # "a year earlier" counts from the story's last date, "ago" from now
    return c


@rule("sametime")
def same_time_last_year(name: str, m: re.Match, cx: Context) -> Cand | None:
    """"this time last year", "l'an dernier à la même époque": the article's month a year back."""
    a, L, text = cx.a, cx.L, cx.text
    if a is None or a.m is None:
        return None
    if L.same_time_context is not None:
        lo, hi = max(0, m.start() - 50), min(len(text), m.end() + 50)
        left, right = re.split(r"[.;:!?]", text[lo:m.start()])[-1], re.split(r"[.;:!?]", text[m.end():hi])[0]
        if not (L.same_time_context.search(left) or L.same_time_context.search(right)):
            return None  # "à la même époque" alone: "at that time", no date of its own
    return Cand(m.start(), m.end(), "DATE", f"{a.y - 1:04d}-{a.m:02d}", 0.8, {}, 4)
