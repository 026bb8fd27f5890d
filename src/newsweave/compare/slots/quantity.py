"""The *how many* slot: quantities with their head-noun class and the interval their modifier
allows ("at least 40", "nearly 300", "1,200" as a round figure, "between 10 and 15"), written
out ("forty-two", "two million") or with a scale word ("3,5 Mio.", "160 тысяч"); the old figure
of a change ("rose from 8 to 12"), what was added ("another 12") and a part ("three of the
dead", "among the passengers were two") are not the count. Compared per head class: an update to a rising toll is not a
conflict."""
from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Callable

from ... import lang
from .. import lexicon
from ..claim_records import Claim
from ...model import Article
from . import words
from .measure import MEASURED, converted, measure_after, slack
from .outcome import score_spans
from .quantity_numbers import TIME_UNITS, _numbers
from .records import Side, SlotConflict, SlotFact
from .verdict import BASE, finish

OPEN = math.inf
_RANGE = re.compile(r"\s*(?:[-–]|\w{1,3})\s*\d{1,3}(?!\d)")  # the rest of a range ("18 and 25")
# the second number of a range: "between 10 and 15", "от 10 до 15", "10-15", "1,000 to 1,500"
_RANGE_END = re.compile(r"\s*(?:([-–])|\w{1,3})\s*(?=\d)")
CURRENCIES = ("euro", "dollar", "rouble", "hryvnia", "zloty", "franc")  # canonical units of amounts of money
# units that make a figure without a head noun an amount of its own ("40 tonnes of crude oil")
AMOUNT_UNITS = CURRENCIES + ("tonne",)
# set by hand: a later article's higher figure is taken for an update of the toll without a word
# marking the earlier one as provisional only while it is less than twice a count of ten or more
# (a toll grows by a part from one day's report to the next; "38 injured" then "80 injured" on
# the following day are two accounts)
UPDATE_RATIO, UPDATE_FROM = 2.0, 10
BEFORE_SPAN, BEFORE_WORDS = 32, 3  # how far before a number its head noun may stand
# ... when a verb of reaching stands right before the number ("the death toll in X rose to 14")
REACH_SPAN, REACH_WORDS = 72, 8
# classes that only a number in this unit can fill
UNIT_CLASSES = {"rise_pct": "percent", "rate_level": "percent", "turnout": "percent"}
# units and counted nouns named after their number, never before it ("60 firefighters";
# "firefighters rescued 40 people" counts the rescued); the NEAR_AFTER ones at most NUMBER_GAP
# words after it ("una sessantina di pompieri", "2 tys. ha"; not "las cuatro de la madrugada ha")
AFTER_ONLY = {"rate_bp", "rate", "area_ha", "responders"}
NEAR_AFTER, NUMBER_GAP = {"area_ha", "responders"}, 1
PEOPLE = "people"  # the class of a count of people the lead gives without a head noun
# what befell the responders counted, named within TOLL_SPAN characters after them
TOLLS, TOLL_SPAN = ("killed", "injured", "missing", "trapped"), 60
MONOTONE = {"killed", "injured", "missing", "evacuated", "arrested", "households", "hospitalised", "treated"}


def _bounds(v: float, mod: str | None, exact_text: bool) -> tuple[float, float, bool]:
    """The interval a figure allows; a modifier without bounds of its own ("exact": "rose to",
    "between"/"from" without a second number) leaves the figure as written."""
    if mod in ("at_least", "more_than"):
        return v, OPEN, False
    if mod == "up_to":
        return 0.0, v, False
    if mod == "nearly":
        return 0.85 * v, v, False
    if mod == "about" or not exact_text:
        d = max(1.0, 0.15 * v)
        return v - d, v + d, False
    if v >= 100 and v % 100 == 0:  # a round figure: "600 residents", "1,200"
        return 0.95 * v, 1.05 * v, True
    return v, v, True


# a head right before another number, a preposition at most between, is that number's head
_NEXT_NUMBER = re.compile(r"\s+(?:(?:of|de|del|della|di|du|von|bei|od|з|від|от|с)\s+)?\d", re.IGNORECASE)


def _head(text: str, s: int, e: int, c_start: int, reach: bool = False,
          skip: list[tuple[int, int]] = (), code: str | None = None) -> str | None:
    """Head-noun class of the number at [s, e) of ``text``: the nearest head word after it
    (within a few words), else right before it ("magnitude 5.1", "Stärke 5,1", "killed 12"),
    else the head a few words before it, with nothing but words between ("the number of dead
    rose to 1,700", "число погибших превысило 1600"); more words when a verb of reaching
    (``reach``) ends the gap ("la cifra de fallecidos en X ascendió a 14"); time expressions
    (``skip``) in the gap do not count ("выросло в понедельник до 14")."""
    span, most = (REACH_SPAN, REACH_WORDS) if reach else (BEFORE_SPAN, BEFORE_WORDS)
    fallback = None
    after = text[e:e + 40]
    cut = re.search(r"[;:.!?()]|,\s", after)
    after = after[:cut.start()] if cut else after
    before = text[max(c_start, s - span):s]
    heads = words.head_index(code)
    found = [(e2, cls) for _s, e2, cls in heads.find(before) if cls not in AFTER_ONLY]
    if found and not before[found[-1][0]:].strip():
        return found[-1][1]  # "killed 12 people and injured 40"
    for hs, he, cls in heads.find(after):
        if cls in NEAR_AFTER and len(after[:hs].split()) > NUMBER_GAP:
            continue
        if _NEXT_NUMBER.match(text, e + he):
            continue  # "by 58.2 percent on a turnout of 46": the head of the next number
        if cls in ("responders", "attendance", "participants"):  # "four firefighters were slightly injured",
            # "45 runners were treated": a toll of the responders or of the participants
            rest = text[e + he:e + he + TOLL_SPAN]
            stop = re.search(r"[;:.!?()]|,\s", rest)
            tolls = TOLLS if cls == "responders" else TOLLS + ("treated", "hospitalised")
            toll = next((k for _s, _e, k in heads.find(rest[:stop.start()] if stop else rest)
                         if k in tolls), None)
            if toll is not None or cls == "responders":
                return toll or cls
            fallback = cls  # participants: a toll may stand before them ("udzielono pomocy 54 biegaczom")
            break
        return cls
    apposed = _apposed_head(text, e, code)
    if apposed is not None:
        return apposed
    if found:
        g0 = max(c_start, s - span) + found[-1][0]
        gap = "".join(ch for i, ch in enumerate(text[g0:s], g0) if not any(a <= i < b for a, b in skip))
        if found[-1][1] in MEASURED and re.fullmatch(r"\s*,\s*", gap):
            return found[-1][1]  # "the strongest gust, 180 km/h": the measure in apposition
        if not re.search(r"[\d;:.!?()\"«»“”,]", gap) and len(gap.split()) <= most \
                and not any(w.casefold() in words.head_gap_stops() for w in gap.split()) \
                and (fallback is None or found[-1][1] in TOLLS + ("treated", "hospitalised")):
            return found[-1][1]
    return fallback or _counted_head(text, s, c_start, skip, code)


# a counted noun, a comma, then what befell them in apposition, in the counted noun's case in
# Slavic languages ("всіх 32 гірників, заблокованих під землею", "23 горняка, заблокированных в
# шахте"): the participle is the count's head
_APPOSED = re.compile(r"\s+[^\W\d]+,\s+")
APPOSED = TOLLS + ("evacuated", "hospitalised", "arrested")


def _apposed_head(text: str, e: int, code: str | None) -> str | None:
    """The head class of a participle right after the comma that closes the counted noun, in a
    language whose case endings tie the two (``apposed_participle_endings``)."""
    own = lang.language(code)
    ends = tuple(own.claims.apposed_participle_endings) if own is not None else ()
    m = _APPOSED.match(text, e) if ends else None
    if m is None:
        return None
    word = re.match(r"[^\W\d]+", text[m.end():])
    if word is None or not word.group(0).casefold().endswith(ends):
        return None
    hit = next(iter(words.head_index(code).find(word.group(0))), None)
    return hit[2] if hit is not None and hit[0] == 0 and hit[2] in APPOSED else None


# how far before a number the head of a count noun may stand ("the number of dead, according
# to the regional governor, stood at 14"), and the most words between them once an inserted
# attribution between commas is dropped
COUNT_SPAN, COUNT_WORDS = 110, 10
_INSERTION = re.compile(r",[^,;:.!?()\d]{1,80},")


@lru_cache(maxsize=None)
def _count_nouns(code: str | None) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """Patterns of a count noun right before a head (at most one word between: "the number of
    people killed", "число погибших") and right after it ("death toll")."""
    frags = words.own_cue("count_nouns", code).pattern
    return (re.compile(r"(?<![\w])" + frags + r"\s+(?:[\w'’]+\s+)?$", re.IGNORECASE),
            re.compile(r"\s*" + frags + r"(?![\w])", re.IGNORECASE))


def _counted_head(text: str, s: int, c_start: int, skip: list[tuple[int, int]], code: str | None) -> str | None:
    """The head of a count noun before the number at ``s`` in its clause, whatever the verb
    between ("Le nombre de morts, selon la préfecture, est passé à 14", "Die Zahl der Toten ist
    nach Angaben der Polizei auf 14 gestiegen"): the last head before the number, a count noun
    right around it, no other number or sentence mark between, an attribution between commas
    dropped, at most COUNT_WORDS words."""
    lo = max(c_start, s - COUNT_SPAN)
    heads = list(words.head_index(code).find(text, lo, s))
    if not heads:
        return None
    hs, he, cls = heads[-1]
    before_pat, after_pat = _count_nouns(code)
    after = after_pat.match(text, he)
    if cls in AFTER_ONLY or not (before_pat.search(text[max(c_start, hs - 40):hs]) or after):
        return None
    g0 = after.end() if after else he
    gap = "".join(ch for i, ch in enumerate(text[g0:s], g0) if not any(a <= i < b for a, b in skip))
    gap = _INSERTION.sub(" ", gap)
    if re.search(r"[\d;:.!?()\"«»“”,]", gap) or len(gap.split()) > COUNT_WORDS:
        return None
    return cls


@lru_cache(maxsize=None)
def _partitive_link(code: str | None) -> re.Pattern[str]:
    return re.compile(r"\s+(?:" + words.own_cue("partitive_links", code).pattern + r")\s+", re.IGNORECASE)


def _partitive(text: str, e: int, code: str | None) -> bool:
    """Whether the number ending at ``e`` counts a part of a whole named by a head noun right
    after a partitive link: "three of the dead", "drei der Verletzten", "трое из погибших"."""
    m = _partitive_link(code).match(text, e)
    if not m:
        return False
    for hs, _he, _cls in words.head_index(code).find(text, m.end(), min(len(text), m.end() + 40)):
        return len(text[m.end():hs].split()) <= 1
    return False


@lru_cache(maxsize=None)
def _among(code: str | None) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])(?:" + words.own_cue("partitive_before", code).pattern + r")\s+(?:\w+\s+)?$",
                      re.IGNORECASE)


def _among_before(text: str, s: int, c_start: int, code: str | None) -> bool:
    """Whether the number at ``s`` counts a part of a whole named before it ("among the
    passengers were two", "среди пострадавших трое детей"): a partitive word, at most one
    word, the head, then at most three words to the number."""
    lo = max(c_start, s - 60)
    heads = list(words.head_index(code).find(text, lo, s))
    if not heads:
        return False
    hs, he, _cls = heads[-1]
    gap = text[he:s]
    return len(gap.split()) <= 3 and not re.search(r"[\d;:.!?,]", gap) \
        and bool(_among(code).search(text[max(c_start, hs - 30):hs]))


def _modifier(text: str, s: int, skip: list[tuple[int, int]] = ()) -> str | None:
    """The modifier ending right before the number at ``s``; a time expression between a verb
    and its preposition is read through ("stieg am Montag auf 14", "wzrosła w poniedziałek do 14")."""
    lo = max(0, s - 60)
    before = text[lo:s]
    for ts, te in sorted(skip, reverse=True):
        if lo <= ts and te <= s:
            before = before[:ts - lo] + before[te - lo:]
    before = re.sub(r"\s+", " ", before)[-30:]
    for mod, pat in words.modifiers():
        if pat.search(before):
            return mod
    return None


def _modifier_after(text: str, e: int, code: str | None) -> str | None:
    """The modifier right after the number ending at ``e``, or after its head noun: "20 or so",
    "20-odd", "20 people or more", "20 blessés au moins", "20 с лишним человек"; not one that
    opens the next figure ("20 dead and at least 40 injured")."""
    after = text[e:e + 60]
    for mod, pat in words.modifiers_after(code):
        m = pat.match(after)
        if m and not any(w.casefold() in words.head_gap_stops() for w in m.group(1).split()):
            return mod
    return None


# a time taken written as hours, minutes and seconds ("in 2:07:55", "z czasem 2:07:55"): a race's
# or a record's duration, compared to the second; never a clock time (no clock gives seconds in news)
_DURATION = re.compile(r"(?<![\d:.,])(\d{1,2}):([0-5]\d):([0-5]\d)(?![\d:])")


def duration_facts(c: Claim, fact: Callable[..., SlotFact], provisional: bool, denied: str | None) -> None:
    """The durations written h:mm:ss in the clause, each a fact of the "duration" subject."""
    for m in _DURATION.finditer(c.text):
        secs = float(int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3)))
        fact("how_many", "duration", m.group(0), m.group(0), c, c.start + m.start(), c.start + m.end(),
             low=secs, high=secs, exact=True, provisional=provisional, denied_by=denied,
             subject_label="duration")


def how_many_facts(a: Article, c: Claim, fact: Callable[..., SlotFact], skip: list[tuple[int, int]],
                   provisional: bool, denied: str | None, parts_from: int, lead: bool) -> None:
    """The quantities the clause ``c`` states before ``parts_from`` (where its parts of a whole
    begin); background clauses are excluded by the caller. A count of people with no head noun
    ("900 people left the cranes") is read in the ``lead`` only: further down, people are
    counted for anything ("a shelter for 400 people", "employs 41,000 people")."""
    text = a.text
    duration_facts(c, fact, provisional, denied)
    skip = skip + score_spans(c, a.lang)
    age = words.cue("age_cues")
    units: dict[int, str] = {}
    nums = _numbers(c, skip, units)
    by_start = {n[0]: n for n in nums}
    found, consumed, plain = [], set(), set()
    for s, e, v, digits in nums:
        if s >= parts_from:
            break
        if s in consumed:
            continue
        rng = _RANGE.match(text, e)
        if age.match(text, e) or (rng and (age.match(text, rng.end()) or lexicon.unit_after(
                text[rng.end():rng.end() + 30]) in TIME_UNITS)):
            continue  # "un homme de 54 ans", "a 78-year-old man", "zwischen 18 und 25 Jahren"
        if _partitive(text, e, a.lang) or _among_before(text, s, c.start, a.lang):
            continue
        mod = None if s in plain else (_modifier(text, s, skip) or _modifier_after(text, e, a.lang))
        span = _range(text, e, v, mod, by_start)
        if span is not None and mod == "from":  # "rose from 8 to 12": 8 is no longer the count
            plain.add(span[0])  # and "до 12" after "с 8" is the new figure, not "up to"
            continue
        if span is not None:
            consumed.add(span[0])
            e_head, bounds = span[1], (v, span[2], False)
        else:
            e_head, bounds = e, None
        unit = units.get(s) or (units.get(span[0]) if span else None)
        cls = _head(text, s, e_head, c.start, mod == "exact", skip, a.lang) or (f"amount ({unit})" if unit in AMOUNT_UNITS else None) \
            or (PEOPLE if lead and unit in ("person", "soldier") else None)
        if cls in (None, "attendance", "participants") and units.get(s) == "percent" and _vote_clause(c):
            cls = "votes"  # "backing it by 58.2 percent", "51,4 % of the participants": a share of the vote
        sl = 0.0
        measure = measure_after(text[e_head:e_head + 40], a.lang) if cls != "magnitude" else None
        if measure is not None:  # "93 miles", "100 degrees Fahrenheit": a measure, not a count
            head = cls
            cls, v = converted(measure, v, head)
            sl = slack(measure)
            if bounds is not None:
                bounds = (v, converted(measure, bounds[1])[1], False)
            if head in MEASURED and mod == "up_to":
                mod = None  # "gusts of up to 180 km/h": the peak measured, not a bound
        found.append((s, e, v, digits, unit, cls, mod, bounds, sl))
    shares = [x for x in found if x[4] == "percent"]
    for s, e, v, digits, unit, cls, mod, bounds, sl in found:
        if unit is None and digits is True and v <= 100 and any(x[0] < s and x[5] == cls for x in shares):
            unit = "percent"  # "54 per cento dei voti contro il 46": the second share, its unit elided
        if cls is None or (cls in UNIT_CLASSES and unit != UNIT_CLASSES[cls]):
            continue
        if mod == "another" and not any(k != cls for _s, _e, k in words.head_index(a.lang).find(text, c.start, s)):
            continue  # "another 12 were killed": what was added, not the count; kept after a
            # figure of another head ("14 dead, another 52 injured")
        if unit == "percent" and len({x[2] for x in found if x[4] == "percent" and x[5] in (cls, None)}) > 1:
            continue  # "2.5% this year and 2% next": a breakdown or a comparison, not the figure
        scale = 1.0
        if cls == "rate_bp":
            cls, v, scale = "rate", v / 100.0, 0.01
        elif unit == "percent" and cls not in UNIT_CLASSES and cls != "rate":
            cls += " (%)"  # "54% of the vote" is not a count of votes
        if bounds is not None:
            lo, hi, exact = bounds[0] * scale, bounds[1] * scale, False
        elif isinstance(digits, tuple):
            (lo, hi), exact = digits, False
        else:
            lo, hi, exact = _bounds(v, mod, digits)
            if unit == "percent" and exact and v == int(v) and v < 100:
                lo, hi, exact = v - 0.5, v + 0.5, False  # "68 %" rounds "68,4 %"
        if sl:
            lo, hi, exact = lo * (1 - sl), hi * (1 + sl), False
        shown = (f"{v:g}" if v < 1e6 else f"{v:.4g}")
        if bounds is not None:
            shown = f"{lo:g}–{hi:g}"
        fact("how_many", cls, shown, shown, c, s, e, low=lo, high=hi, exact=exact,
             provisional=provisional, denied_by=denied, subject_label=cls)


def _vote_clause(c: Claim) -> bool:
    """Whether the clause tells a vote: a noun of votes, a decision approved or rejected, or a
    person elected or winning ("won the mayoral election with 54 percent": a bare share in a
    clause of winning is the winner's share of the vote)."""
    if any(cls == "votes" for _s, _e, cls in words.head_index(c.lang).find(c.text)):
        return True
    return any(k in ("approved", "rejected", "won", "elected", "elected_passive") and p.search(c.text)
               for k, p in words.outcomes())


def _range(text: str, e: int, v: float, mod: str | None,
           numbers: dict[int, tuple]) -> tuple[int, int, float] | None:
    """(start, end, value) of the second number of a range that the number ending at ``e``
    opens: after a range word ("between", "zwischen", "от"; "from" of a change) or with a dash
    ("10-15"), and larger than the first."""
    m = _RANGE_END.match(text, e)
    if not m or (mod not in ("between", "from") and not m.group(1)):
        return None
    nxt = numbers.get(m.end())
    if nxt is None or nxt[2] <= v or isinstance(nxt[3], tuple):
        return None
    return nxt[0], nxt[1], nxt[2]


def _overlap(f: SlotFact, g: SlotFact) -> bool:
    return f.low <= g.high and g.low <= f.high


def _update(lo: SlotFact, hi: SlotFact) -> bool:
    """Whether the lower figure ``lo`` of a rising count is an earlier figure than ``hi``: its
    own wording marks it as provisional, or its article is older (by publication dates the
    articles state: an undated article's inferred day is the happening's, no edition's)."""
    return lo.high < hi.low and (lo.provisional or (bool(
        _published(lo) and _published(hi) and lo.date < hi.date) and _plausible_rise(lo, hi)))


def _published(f: SlotFact) -> bool:
    """Whether the fact's article states a publication day (not one newsweave inferred)."""
    return bool(f.date and len(f.date) == 10 and not f.date_inferred)


def _plausible_rise(lo: SlotFact, hi: SlotFact) -> bool:
    """Whether a rise from ``lo`` to ``hi`` between two days' reports is small enough to be the
    same toll updated (see UPDATE_RATIO)."""
    return _mid(lo) < UPDATE_FROM or _mid(hi) < UPDATE_RATIO * _mid(lo)


def _mid(f: SlotFact) -> float:
    """The figure a fact's interval stands for: its middle, or its floor when open above."""
    return f.low if f.high == OPEN else (f.low + f.high) / 2


def _earliest(lo: SlotFact, major: list[SlotFact], subject: str) -> bool:
    """A lower figure of a rising count from an article no later than any majority article and
    older than one of them: the first count, which the later reports raised (a same-day
    majority article may be a later edition)."""
    dates = [g.date for g in major]
    if subject not in MONOTONE or not all(_published(f) for f in [lo, *major]):
        return False
    return all(lo.high < g.low and _plausible_rise(lo, g) for g in major) \
        and lo.date <= min(dates) and lo.date < max(dates)


def _compatible(f: SlotFact, g: SlotFact, subject: str) -> bool:
    """Within each other's bounds, or the earlier figure of a rising count; for people counted
    without a head noun, only a lower figure its own wording marks as provisional ("na razie
    25 tys. mieszkańców", "so far 300 people") is an earlier figure."""
    if _overlap(f, g):
        return True
    if subject == PEOPLE:
        return (f.provisional and f.high < g.low) or (g.provisional and g.high < f.low)
    return subject in MONOTONE and (_update(f, g) or _update(g, f))


def compare_quantity(subject: str, per_art: dict[str, list[SlotFact]]) -> SlotConflict | None:
    """Quantities of one head-noun class: each article's first figure; sides are groups of
    figures within each other's bounds (figures that fit several sides are left out); a
    minority figure compatible with every majority figure (an update of a rising count) is
    not a conflict, nor one its article reconciles with a second figure. The articles' own
    figures are compared first: a figure a party denies that no other article gives ("denied
    reports that more than 100 were hurt") makes a disputed conflict only where they agree."""
    plain = [f for fs in per_art.values() for f in fs if not f.denied_by]
    own = {a: kept for a, fs in per_art.items() if (kept := [
        f for f in fs if not f.denied_by or any(_overlap(f, g) for g in plain if g.article != f.article)])}
    return (_quantity_conflict(subject, own) if len(own) > 1 else None) \
        or _quantity_conflict(subject, per_art)


def _quantity_conflict(subject: str, per_art: dict[str, list[SlotFact]]) -> SlotConflict | None:
    first = [fs[0] for fs in per_art.values()]
    allv = {f.article: fs for f, fs in zip(first, per_art.values())}
    sides: list[list[SlotFact]] = []
    for f in sorted(first, key=lambda f: (not f.exact, f.low)):
        fit = [s for s in sides if all(_overlap(f, g) for g in s)]
        if len(fit) == 1:
            fit[0].append(f)
        elif not fit:
            sides.append([f])
    if len(sides) < 2:
        return None
    sides.sort(key=lambda s: -len(s))
    major = sides[0]
    keep = [major]
    for s in sides[1:]:
        s2 = [f for f in s if not any(all(_overlap(x, g) for g in major) for x in allv[f.article][1:])
              and not all(_compatible(f, g, subject) for g in major) and not _earliest(f, major, subject)]
        if s2:
            keep.append(s2)
    if len(keep) < 2:
        return None
    exact = all(any(f.exact for f in s) for s in keep)
    conf = BASE["how_many"] - (0.0 if exact else 0.15) + 0.05 * (len(major) - 1)
    return finish("how_many", subject, [Side(s[0].value, s) for s in keep], conf)
