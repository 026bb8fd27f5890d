"""Rules for days and times of day: weekdays, relative days ("hier", "the next day"), parts of
the day, clock times and noon."""
from __future__ import annotations

import datetime as dt
import re

from .calendar import add_months, fmt_day
from .context import DIRECTION, Cand, Context
from .registry import rule
from .text import lookup, norm


def _weekday_date(cx: Context, wd: int, rel: str | None, s: int, e: int) -> tuple[dt.date, float, str]:
    """The day a weekday names, from the anchor day: "last"/"next", else by the tense; with its
    confidence and what chose the way (``DIRECTION``, or "modifier")."""
    L, ad = cx.L, cx.a.date
    delta_back = (ad.weekday() - wd) % 7
    delta_fwd = (wd - ad.weekday()) % 7
    if rel and norm(rel) in L.last:
        return ad - dt.timedelta(days=delta_back or 7), 0.95, "modifier"
    if rel and norm(rel) in L.next:
        return ad + dt.timedelta(days=delta_fwd or 7), 0.95, "modifier"
    # "le procès s'ouvre lundi", "the rules, drafted last year, take effect Saturday": a simple
    # present names what is planned
    direction = L.tense(cx.text, s, e, scheduled=True)[0]
    if rel and norm(rel) in L.this:  # "ce lundi": the Monday of the article's week
        d = ad + dt.timedelta(days=wd - ad.weekday())
        if direction > 0 and d < ad:
            d += dt.timedelta(days=7)
        elif direction < 0 and d > ad:
            d -= dt.timedelta(days=7)
    elif direction > 0:
        d = ad + dt.timedelta(days=delta_fwd)
    else:
        d = ad - dt.timedelta(days=delta_back)
    # a tense cue in the clause says which way; without one the past is a news default, less sure
    return d, 0.85 if direction else 0.75, DIRECTION[direction]


@rule("wd", "partwd")
def weekday(name: str, m: re.Match, cx: Context) -> Cand | None:
    L, a = cx.L, cx.a
    s, e = m.start(), m.end()
    gd = m.groupdict()
    if name == "partwd" and L.part_preposition.match(gd["part"]):
        s = m.start("part") + len(re.match(r"\w+\s+", gd["part"]).group(0))  # "[la nuit de samedi]"
    wdw = gd.get("wd")
    s = _without_day_mod(m, cx, s)
    wd = lookup(L.weekdays, wdw)
    relday = None
    if wd is None:
        relday = lookup(L.days_rel, wdw) if wdw else None
        if relday is None:
            return None
    if wd is not None and L.capitalised and norm(wdw) in L.capitalised and not wdw[:1].isupper():
        return None
    if wd is not None and not gd.get("rel") and not gd.get("rel0") and not (gd.get("part") or "X")[:1].islower() \
            and wdw[:1].isupper() \
            and L.det_before.search(cx.text, max(0, s - 6), s) and re.match(r"\s+[A-Z]", cx.text[e:e + 3]) \
            and not L.det_before.search(cx.text[s:m.start("wd")]):
        nxt = re.match(r"\s+(\w+)", cx.text[e:e + 20])
        if nxt and lookup(L.months, nxt.group(1)) is None:
            return None  # "the Sunday Times", "The Saturday Evening Post": a name
    rel = gd.get("rel") or gd.get("rel0")
    raw_part = gd.get("part") or gd.get("part2")
    part = lookup(L.dayparts, raw_part) if raw_part else None
    if gd.get("pl") or (gd.get("partpl") and not rel):  # "les lundis", "on Mondays", "Monday mornings": a set
        return Cand(s, e, "SET", f"XXXX-WXX-{wd + 1}" + (f"T{part}" if part else ""), 0.8, {}, 3) \
            if wd is not None else None
    if relday is not None:
        val, d, ok = cx.shift_days(relday)
        c = Cand(s, e, "DATE", val, 1.0 if ok else 0.5, {}, 3, day=d)
        if not ok:
            cx.low_conf(c, "day")
    elif a is None or a.date is None:
        val = f"{a.y:04d}-{a.m:02d}" if (a and a.m) else (f"{a.y:04d}" if a else "XXXX-XX-XX")
        c = Cand(s, e, "DATE", val, 0.4, {"weekday": wd}, 3)
        cx.low_conf(c, "day")
        c.conf = min(c.conf, 0.4)
    else:
        d, conf, how = _weekday_date(cx, wd, rel, s, e)
        c = Cand(s, e, "DATE", fmt_day(d), conf, {"direction": how}, 3, day=d)
        if not rel:
            c.attrs["bare_weekday"] = wd
        elif norm(rel) in L.anaphoric_rel:  # "the following Monday": after the story's last day
            c.attrs["narrative_weekday"] = (wd, 1 if norm(rel) in L.next else -1)
    if part:
        c.type = L.part_type
        if c.day or re.fullmatch(r"\d{4}-\d\d-\d\d", c.value):
            c.value = f"{c.value}T{part}"
    return c


def _without_day_mod(m: re.Match, cx: Context, s: int) -> int:
    """Where no "early"/"late" word modifies a day (French), a "fin" before it is the noun of a
    verb ("a pris fin [lundi]"): the span starts after it ("plus tôt lundi" keeps its shift)."""
    mod = m.groupdict().get("mod")
    if not (mod and cx.L.T.weekday_without_mod) or norm(mod) in {norm(x) for x in cx.L.T.shift}:
        return s
    s = m.end("mod")
    return s + len(cx.text[s:m.end()]) - len(cx.text[s:m.end()].lstrip())


@rule("relday")
def relative_day(name: str, m: re.Match, cx: Context) -> Cand | None:
    L, text = cx.L, cx.text
    s, e = m.start(), m.end()
    s = _without_day_mod(m, cx, s)
    gd = m.groupdict()
    n = lookup(L.days_rel, gd["rd"])
    if n is None:
        return None
    if norm(gd["rd"]) in L.today_as_ref and not gd.get("part") and (
            re.match(r"\s*,", text[e:e + 3]) and L.tense(text, s, e)[0] == 0
            or L.still_today.match(text, e) or L.still_today_before.search(text, max(0, s - 12), s)
            or L.state_present.search(text, max(0, s - 40), s)):
        # "Aujourd'hui, il vit à Lyon", "aujourd'hui encore", "encore aujourd'hui": nowadays;
        # "..., il a parlé": the day
        return Cand(s, e, L.ref_type, "PRESENT_REF", 0.7, {}, 3)
    val, d, ok = cx.shift_days(n)
    c = Cand(s, e, "DATE", val, 1.0 if ok else 0.5, {}, 3, day=d)
    if not ok:
        cx.low_conf(c, "day")
    if lookup(L.narrative, gd["rd"]) is not None:
        if (norm(gd["rd"]).rsplit(" ", 1)[-1] in L.narrative_relational and re.match(r"\s*\w", text[e:e + 3])) \
                or L.narrative_of.match(text, e):
            return None  # "the day before the vote", "la veille du scrutin": relative to an event
        c.attrs["narrative"] = n  # resolved against the story's previous date (context passes)
        c.conf = min(c.conf, 0.7)
    part = lookup(L.dayparts, gd["part"]) if gd.get("part") else L.relday_part.get(norm(gd["rd"]))
    if part:
        c.type = L.part_type
        if d:
            c.value = f"{val}T{part}"
    return c


@rule("thispart")
def this_part(name: str, m: re.Match, cx: Context) -> Cand | None:
    L = cx.L
    part = lookup(L.dayparts, m.group("part"))
    if part is None or norm(m.group("part")) in L.event_parts:
        return None  # "cette soirée" is a party, not an evening
    val, d, ok = cx.shift_days(0)
    c = Cand(m.start(), m.end(), "TIME", f"{val}T{part}" if d else val, 1.0 if ok else 0.5, {}, 3, day=d)
    if not ok:
        cx.low_conf(c, "day")
    return c


@rule("partalone")
def part_alone(name: str, m: re.Match, cx: Context) -> Cand | None:
    L = cx.L
    gd = m.groupdict()
    part = lookup(L.dayparts, gd["part"]) or lookup(L.dayparts, gd["pre"] + " " + gd["part"])
    if part is None:
        return None
    art = L.part_article.search(gd["pre"])
    s = m.start("pre") + art.start() if art else m.start("part")  # "dans [la soirée]", "en [soirée]"
    return Cand(s, m.end(), L.part_type, f"T{part}", 0.7, {"part_of_day": part}, 1)


@rule("modpart")
def modified_part(name: str, m: re.Match, cx: Context) -> Cand | None:
    L, text = cx.L, cx.text
    if text[m.end("mod") - 1].isalpha() and text[m.end("mod")].isalpha():
        return None  # "midnight" is not "mid" + "night"
    part = lookup(L.dayparts, m.group("part"))
    if part is None or part in ("NI",) and not L.early:
        return None
    c = Cand(m.start(), m.end(), L.part_type, f"T{part}", 0.8, {"part_of_day": part}, 2)
    cx.mod_attr(c, m.group("mod"))
    return c


@rule("wdday")
def weekday_and_day(name: str, m: re.Match, cx: Context) -> Cand | None:
    """"mercredi 12": the anchor's month, then the next, then the previous, whose day matches."""
    a = cx.a
    wd = lookup(cx.L.weekdays, m.group("wd"))
    day = int(m.group("day"))
    if wd is None or not 1 <= day <= 31 or a is None or a.m is None:
        return None
    for k in (0, 1, -1):
        y, mo = add_months(a.y, a.m, k)
        try:
            d = dt.date(y, mo, day)
        except ValueError:
            continue
        if d.weekday() == wd:
            return Cand(m.start(), m.end(), "DATE", fmt_day(d), 0.9, {}, 3, day=d)
    return None


@rule("dayonly")
def day_only(name: str, m: re.Match, cx: Context) -> Cand | None:
    """"le 12", "the 12th": that day of the article's month, or of the month before when the
    day is still to come and the clause is not in the future (of the month after when it is
    gone and the clause is); a date the story names beside it decides later (context passes)."""
    a = cx.a
    day = int(m.group("day"))
    if not 1 <= day <= 31 or a is None or a.m is None or a.d is None:
        return None
    direction = cx.L.verb_direction(cx.text, m.start(), m.end())
    k = -1 if day > a.d and direction <= 0 else (1 if day < a.d and direction > 0 else 0)
    for step in (k, k - 1):  # a month without that day ("le 31" in June): the one before
        y, mo = add_months(a.y, a.m, step)
        try:
            d = dt.date(y, mo, day)
        except ValueError:
            continue
        return Cand(m.start(), m.end(), "DATE", fmt_day(d), 0.6,
                    {"day_only": day, "direction": DIRECTION[direction]}, 2, day=d)
    return None


@rule("clock")
def clock(name: str, m: re.Match, cx: Context) -> Cand | None:  # noqa: C901 - one check per false friend
    L, text = cx.L, cx.text
    s, e = m.start(), m.end()
    gd = m.groupdict()
    hw = gd.get("hw") or gd.get("hw2") or gd.get("hw3")  # "trois heures du matin": an hour written in words
    frac = lookup(L.clock_fractions, gd["frac"]) if gd.get("frac") else None  # "et quart", "half past"
    if gd.get("frac") and frac is None:
        return None
    told = frac is not None or bool(gd.get("mw"))  # minutes written out after or before the hour
    ap = (gd.get("ampm") or gd.get("ampm2") or "").lower().replace(".", "")
    length = L.duration_pre.search(text[max(0, s - 25):s])
    if re.search(r"[^\W\d]{4,}$", text[s:e]) and length:  # "pendant 20 heures": a duration, not a clock time
        return _clock_length(s, e, cx.num(hw or gd.get("h")), gd, frac, cx) if told and not ap else None
    if gd.get("hw") and not ap and (not gd.get("approx") and not L.clock_word_pre.search(text, max(0, s - 30), s)
                                    or re.match(r"\s+(?:de|d['’])\s*[^\W\d]", text[e:e + 8])):  # "à huit heures de route"
        # an hour in words with no "à" before it: a length ("dure une heure et quart"), or the duration rule's
        return _clock_length(s, e, cx.num(hw), gd, frac, cx) if told else None
    if L.clock_block.match(text, e):
        return None  # "with 4:43 left": a game clock
    if re.search(r"^\D*(?:24|4[0-9])\s*[^\W\d]{4,}$", text[s:e]):
        return None  # "24 heures", "48 heures": durations
    h = int(gd.get("h") or gd.get("h2") or (cx.num(hw) if hw else 0) or 0)
    mi = int(gd.get("m") or gd.get("m2") or (cx.num(gd["mw"]) if gd.get("mw") else 0) or 0)
    if frac is not None:
        h, mi = divmod(h * 60 + mi + frac, 60)  # "moins le quart": a quarter before the hour
    if (ap.startswith("p") or ap in L.pm_words) and h < 12:
        h += 12
    if ap.startswith("a") and h == 12:
        h = 0
    if h > 24 or mi > 59:
        return None
    if not ap and not gd.get("approx") and L.clock_duration_pre.search(text, max(0, s - 12), s):
        return Cand(s, e, "DURATION", f"PT{h}H" + (f"{mi}M" if mi else ""), 0.8, {}, 4)  # "en 2 h 05": a time taken
    return Cand(s, e, "TIME", f"T{h:02d}:{mi:02d}", 1.0, {"clock": f"{h:02d}:{mi:02d}"}, 4)


def _clock_length(s: int, e: int, hours: float | None, gd: dict, frac: int | None, cx: Context) -> Cand | None:
    """An hour count with its minutes written out is a length ("une heure et quart": 75 minutes)."""
    if hours is None:
        return None
    total = int(hours * 60) + (frac or 0) + int(cx.num(gd["mw"]) if gd.get("mw") else 0)
    h, mi = divmod(total, 60)  # "deux heures moins le quart": 105 minutes
    return Cand(s, e, "DURATION", f"PT{h}H" + (f"{mi}M" if mi else ""), 0.8, {}, 4)


@rule("noon")
def noon(name: str, m: re.Match, cx: Context) -> Cand | None:
    v = lookup(cx.L.noon, m.group("noon"))
    if v is None:
        return None
    s = m.start("noon")
    if m.group("noon")[:1].isupper() and s > 0 and not re.search(r"(?:^|[.!?\n:]\s*|[\"“«]\s*)$", cx.text[max(0, s - 3):s]):
        return None  # "dans le Midi", "Midi libre", "High Noon": a name
    return Cand(m.start(), m.end(), "TIME", f"T{v}", 1.0, {"clock": v}, 2)
