"""Aligned layer of the *when* slot: the day and the clock time of a happening as two articles'
clauses that tell the same thing (each other's closest among all their clauses - lead clauses for
days -, :func:`aligned.mutual_pairs`) give them.

The rule engine reads each article's lead days on their own, so it cannot tell a later day that
is a follow-up (a statement the next day) from the same happening told on another day, and a
weekday read against an inferred publication date stays uncertain. Two aligned clauses tell one
happening: their days, each resolved against its own article's date, are compared directly
(relative days resolving to the same day agree; a weekday keeps its weekday whatever week an
inferred anchor puts it in; days a week or more apart are two happenings; a night and the next
day are one night; an article's lead day is not set against a day another article tells beside
its own lead). Clock times are compared in UTC (:mod:`.zones`): one instant in two zones
agrees; an approximate time ("gegen 21 Uhr") allows :data:`APPROX_MINUTES`. Background and
planned mentions (the time engine's roles) are left out. Where aligned clauses give one day,
the rule engine's day conflict read from other clauses of those articles is dropped.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Sequence

import numpy as np

from ... import lang
from ...model import Article
from ..claim_records import Claim
from .aligned import clause_groups, mutual_pairs
from .gazetteer import gazetteer
from .place import _countries
from .happening import APART, CLOCK, DAY, LEAD, MIN_CONFIDENCE, NOT_MAIN, STATED_DAY, count_tail
from .records import Side, SlotConflict, SlotFact
from .verdict import BASE, finish
from . import zones

APPROX_MINUTES = 30  # set by hand: "around 9 pm" is within half an hour of 21:00
SKIPPED_ROLES = NOT_MAIN + ("publication",)
NIGHT = re.compile(r"T(?:NI|EV)$")  # a night or an evening: the next day in another zone or telling


@dataclass
class Stamp:
    """A day a clause states for its happening."""

    day: date
    start: int
    end: int
    text: str
    sure: bool  # its day does not rest on an inferred publication date
    weekday: bool  # it names a weekday (its weekday is sure whatever week the anchor gives)
    night: bool
    role: str  # the time engine's: "main" (the article's lead day) or "reported" (another it tells)


@dataclass
class Clock:
    """A clock time a clause states: minutes after midnight, local and (zone known) UTC."""

    local: int
    utc: int | None
    zone: str | None
    start: int
    end: int
    text: str
    approx: bool


def _weekday_named(t_text: str, code: str | None) -> bool:
    own = lang.language(code)
    names = own.time.weekdays if own is not None else {}
    return any(w.startswith(n) for w in re.findall(r"\w+", t_text.casefold()) for n in names if len(n) >= 3)


def counts_days(t_text: str, code: str | None) -> bool:
    """An ordinal count of days ("for a second day", "deuxième jour", "второй день"): the day a
    continuing state has reached, not the day its happening began."""
    own = lang.language(code)
    if own is None or re.search(r"\d", t_text):
        return False
    toks = re.findall(r"\w+", t_text.casefold())
    return any(w in own.time.ordinals for w in toks) and any(own.time.units.get(w) == "D" for w in toks)


def clause_days(a: Article, c: Claim) -> list[Stamp]:
    """Days the clause states (not clock times, background, plans), in text order."""
    inferred = bool(a.date and a.date.source == "inferred")
    out = []
    for t in a.timexes:
        m = DAY.match(t.value or "")
        if not m or t.type not in ("DATE", "TIME") or CLOCK.match(t.value) or t.confidence < MIN_CONFIDENCE \
                or not (c.start <= t.start and t.end <= c.end) or t.attrs.get("role") in SKIPPED_ROLES \
                or count_tail(a.text, t) is not None or counts_days(t.text, a.lang):
            continue
        try:
            d = date.fromisoformat(m.group(1))
        except ValueError:
            continue
        out.append(Stamp(d, t.start, t.end, t.text, not inferred or bool(STATED_DAY.search(t.text)),
                         _weekday_named(t.text, a.lang), bool(NIGHT.search(t.value)),
                         str(t.attrs.get("role", "main"))))
    return sorted(out, key=lambda s: s.start)


def event_zone(arts: Sequence[Article], facts: Sequence[SlotFact]) -> str | None:
    """The zone of the country most of the event's articles name (in their text or as the
    country of the gazetteer place a *where* fact names); None when it is unknown."""
    g = gazetteer()
    named: dict[str, set[str]] = {a.id: set(_countries(a.text)) for a in arts}
    for f in facts:
        if f.slot != "where":
            continue
        p = g.places.get(f.key[1:]) if f.key.startswith("@") else g.resolve(f.value, ("country", "city"))
        if p is not None and p.country and f.article in named:
            named[f.article].add(p.country)
    counts = Counter(c for cs in named.values() for c in cs)
    if not counts:
        return None
    top = counts.most_common(1)[0][0]
    return zones.COUNTRY_ZONE.get(top)


def clause_clocks(a: Article, c: Claim, local: str | None) -> list[Clock]:
    """Clock times the clause states (not background, plans), with their UTC minutes where the
    zone is written or the place's zone (``local``) is known."""
    out = []
    approx = zones.approx_cue(a.lang)
    for t in a.timexes:
        m = re.match(r"^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})", t.value or "")
        if not m or t.type != "TIME" or t.confidence < MIN_CONFIDENCE or not (c.start <= t.start and t.end <= c.end) \
                or t.attrs.get("role") in SKIPPED_ROLES:
            continue
        minutes = int(m.group(2)) * 60 + int(m.group(3))
        digits = re.search(r"\d", t.text)
        zone = zones.zone_after(a.text, t.end, a.lang) or (
            zones.zone_after(t.text, re.search(r"\d[\d.:h\s]*", t.text).end(), a.lang) if digits else None)
        own = local if zone in (None, "local") else zone
        utc = None
        if own is not None:
            try:
                day = date.fromisoformat(m.group(1))
            except ValueError:
                continue
            utc = int(round(minutes - 60 * zones.offset(own, day))) % 1440
        lead_in = t.text[:digits.start()] if digits else ""
        near = bool(approx.search(a.text[max(0, t.start - 30):t.start] + lead_in))
        out.append(Clock(minutes, utc, zone, t.start, t.end, t.text, near))
    return sorted(out, key=lambda k: k.start)


def _days_clash(x: Stamp, y: Stamp) -> bool | None:
    """True: two days of one happening that cannot be the same; False: the same day; None: not
    to be judged (either rests on a guessed anchor, a night and its next day, another happening)."""
    gap = abs((x.day - y.day).days)
    if gap == 0:
        return False
    if x.role != y.role:
        return None  # one article's lead day against a day another tells beside its own lead
    early, late = sorted((x, y), key=lambda s: s.day)
    if gap >= APART or (gap == 1 and early.night and not late.night):
        return None  # another happening; or an evening or a night and the next day's early hours
    for s in (x, y):
        if not s.sure and not (s.weekday and gap % 7):
            return None
    return True


def _published(a: Article) -> date | None:
    m = DAY.match(a.date.value or "") if a.date else None
    return date.fromisoformat(m.group(1)) if m else None


def _today_later(a: Article, x: Stamp, b: Article, y: Stamp) -> bool:
    """Whether the later of the two days is its own article's publication day, written without a
    weekday or a date ("today", "for a second day"), that article no older than the other: what it
    tells may be that day's state of a happening still going on, a follow-up the rule engine
    weighs, not another day of it ("published on Friday" in Friday's paper names its day)."""
    (la, ls), (ea, _es) = sorted(((a, x), (b, y)), key=lambda p: p[1].day, reverse=True)
    pl, pe = _published(la), _published(ea)
    return pl is not None and pe is not None and ls.day == pl and pl >= pe \
        and not ls.weekday and not STATED_DAY.search(ls.text)


def _fact(a: Article, c: Claim, subject: str, value: str, key: str, s: int, e: int, label: str) -> SlotFact:
    return SlotFact(slot="when", subject=subject, value=value, key=key, article=a.id,
                    source=a.source or f"?{a.id}", start=s, end=e, text=a.text[s:e], sentence=(c.start, c.end),
                    date=a.date.value if a.date else None, context=" ".join(c.text.split()), subject_label=label)


def _conflict(subject: str, facts: list[SlotFact]) -> SlotConflict | None:
    by_key: dict[str, list[SlotFact]] = defaultdict(list)
    for f in facts:
        by_key[f.key].append(f)
    if len(by_key) < 2:
        return None
    ranked = sorted(by_key.values(), key=lambda fs: (-len(fs), fs[0].key))
    sides = [Side(fs[0].value, fs) for fs in ranked]
    return finish("when", subject, sides, BASE["when"] + 0.05 * (len(ranked[0]) - 1))


def day_conflicts(arts: Sequence[Article], claims: Sequence[Claim], sim: np.ndarray
                  ) -> tuple[list[SlotConflict], dict[str, date]]:
    """Day conflicts of aligned lead clauses, and each article's day where an aligned clause of
    another article gives the same one (an agreed main day)."""
    by_id = {a.id: a for a in arts}
    stamps: dict[int, Stamp] = {}
    idx: dict[str, list[int]] = defaultdict(list)
    pos: dict[str, int] = defaultdict(int)
    for i, c in enumerate(claims):
        a = by_id.get(c.article)
        if a is None:
            continue
        pos[c.article] += 1
        if pos[c.article] > LEAD:
            continue
        idx[c.article].append(i)  # closest among all lead clauses: a day is no reason to align
        ds = clause_days(a, c)
        if len({d.day for d in ds}) == 1:  # a clause of two days tells two things: which aligns is unknown
            stamps[i] = ds[0]
    clash: list[tuple[int, int, float]] = []
    agreed: dict[str, tuple[int, date]] = {}
    for i, j, s in mutual_pairs(idx, sim):
        if i not in stamps or j not in stamps:
            continue
        verdict = _days_clash(stamps[i], stamps[j])
        if verdict and _today_later(by_id[claims[i].article], stamps[i], by_id[claims[j].article], stamps[j]):
            continue
        if verdict:
            clash.append((i, j, s))
        elif verdict is False:
            for k in (i, j):  # an article's agreed day: that of its first clause agreeing
                if k < agreed.get(claims[k].article, (len(claims), None))[0]:
                    agreed[claims[k].article] = (k, stamps[k].day)
    out = []
    for group in clause_groups(clash):
        first: dict[str, int] = {}
        for i in sorted(group):
            first.setdefault(claims[i].article, i)
        facts = []
        for art, i in first.items():
            st, c = stamps[i], claims[i]
            facts.append(_fact(by_id[art], c, "day", st.day.isoformat(), st.day.isoformat(), st.start, st.end, "day"))
        cf = _conflict("day", facts)
        if cf is not None:
            out.append(cf)
    return out, {a: d for a, (_k, d) in agreed.items()}


def _fmt(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def clock_conflicts(arts: Sequence[Article], claims: Sequence[Claim], sim: np.ndarray,
                    facts: Sequence[SlotFact]) -> list[SlotConflict]:
    """Clock-time conflicts of aligned clauses, compared in UTC where every zone is known, else
    among the clock times of one kind (all zoned, or all local)."""
    by_id = {a.id: a for a in arts}
    local = event_zone(arts, facts)
    clocks: dict[int, list[Clock]] = {}
    idx: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        a = by_id.get(c.article)
        if a is None:
            continue
        idx[c.article].append(i)
        ks = clause_clocks(a, c, local)
        if len(ks) == 1:  # one clock time: two in a clause (opened at 7, closed at 20) tell two things
            clocks[i] = ks
    out = []
    for group in clause_groups([(i, j, s) for i, j, s in mutual_pairs(idx, sim) if i in clocks and j in clocks]):
        per_art: dict[str, list[tuple[int, Clock]]] = defaultdict(list)
        for i in sorted(group):
            per_art[claims[i].article] += [(i, k) for k in clocks[i]]
        if len(per_art) < 2:
            continue
        cf = _clock_conflict(per_art, by_id, claims)
        if cf is not None:
            out.append(cf)
    return out


def _clock_conflict(per_art: dict[str, list[tuple[int, Clock]]], by_id: dict[str, Article],
                    claims: Sequence[Claim]) -> SlotConflict | None:
    """Sides of clock times within tolerance of each other; an article stating a clock time
    that fits the majority as well reconciles."""
    firsts = {a: ks[0] for a, ks in per_art.items()}
    known = {a: v for a, v in firsts.items() if v[1].utc is not None}
    unzoned = {a: v for a, v in firsts.items() if v[1].utc is None and v[1].zone in (None, "local")}
    use, attr = (known, "utc") if len(known) >= len(unzoned) else (unzoned, "local")
    if len(use) < 2:
        return None

    def close(x: Clock, y: Clock) -> bool:
        tol = APPROX_MINUTES if x.approx or y.approx else 0
        d = abs(getattr(x, attr) - getattr(y, attr))
        return min(d, 1440 - d) <= tol
    sides: list[list[str]] = []
    for a, (_i, k) in sorted(use.items(), key=lambda kv: getattr(kv[1][1], attr)):
        fit = [s for s in sides if all(close(k, use[b][1]) for b in s)]
        if len(fit) == 1:
            fit[0].append(a)
        elif not fit:
            sides.append([a])
    if len(sides) < 2:
        return None
    sides.sort(key=lambda s: -len(s))
    major = sides[0]
    kept = [major] + [[a for a in s if not any(getattr(k, attr) is not None and all(close(k, use[b][1]) for b in major)
                                               for _i, k in per_art[a][1:])] for s in sides[1:]]
    facts = []
    for n, s in enumerate(kept):
        for a in s:
            i, k = use[a]
            shown = k.text.strip() + (f" ({_fmt(k.utc)} UTC)" if attr == "utc" else "")
            facts.append(_fact(by_id[a], claims[i], "clock", shown, f"side{n}", k.start, k.end, "time of day"))
    groups: dict[str, list[SlotFact]] = defaultdict(list)
    for f in facts:
        groups[f.key].append(f)
    sides_ = [Side(fs[0].value, fs) for fs in groups.values() if fs]
    if len(sides_) < 2:
        return None
    return finish("when", "time of day", sides_, BASE["when"] + 0.05 * (len(major) - 1))


def merge(out: list[SlotConflict], arts: Sequence[Article], claims: Sequence[Claim], sim: np.ndarray,
          facts: Sequence[SlotFact]) -> list[SlotConflict]:
    """The event's conflicts with the layer's: its day conflicts replace the rule engine's day
    conflicts over the same articles; a rule engine day conflict loses the articles whose aligned
    clauses agree with another side's day (their day was read from another clause)."""
    days, agreed = day_conflicts(arts, claims, sim)
    clocks = clock_conflicts(arts, claims, sim, facts)
    covered = [set(a for s in cf.sides for a in s.articles) for cf in days]
    kept = []
    for cf in out:
        if cf.slot == "when" and cf.subject == "day":
            arts_ = {a for s in cf.sides for a in s.articles}
            if any(len(arts_ & c) >= 2 for c in covered):
                continue
            cf = _without_agreed(cf, agreed)
            if cf is None:
                continue
        kept.append(cf)
    kept += days + clocks
    kept.sort(key=lambda c: (-c.confidence, c.slot, c.subject))
    return kept


def _without_agreed(cf: SlotConflict, agreed: dict[str, date]) -> SlotConflict | None:
    """The conflict less the facts of articles whose agreed day is another side's value."""
    values = [s.value for s in cf.sides]
    sides = []
    for s in cf.sides:
        keep = [f for f in s.facts if not (f.article in agreed and agreed[f.article].isoformat() in values
                                           and agreed[f.article].isoformat() != s.value)]
        if keep:
            sides.append(Side(s.value, keep))
    if len(sides) < 2:
        return None
    cf.sides = sides
    return cf
