"""The *when* slot of the main happening, read from the lead: its day (a relative day resolved
against an inferred publication date is marked as such); the lead's results are read by
:mod:`.outcome`."""
from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from typing import Callable, Sequence

from ...model import Article, Timex
from .. import lexicon
from ..claim_records import Claim
from . import words
from .outcome import result_facts
from .records import SlotFact

# a date that states its day of the month ("Donnerstag, 15. Mai") does not rest on the anchor's day
STATED_DAY = re.compile(r"\d")
DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:T|$)")  # a day, or a time of a day ("mardi soir": 2025-10-21TEV)
CLOCK = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")  # a clock time on a day ("vers 19 h 30": 2026-05-24T19:30)
NOT_MAIN = ("background", "planned")  # time-engine roles of a day that is not the happening's
MIN_CONFIDENCE = 0.6  # the time engine's confidence below which a resolved day is not read
LEAD = 4  # clauses of the lead that state the main happening's when and outcome
# set by hand: reports of one happening give its day within a few days of each other (a relative
# day read against the wrong publication date is one or two off); an article whose day is more
# than a week from the day most articles give reports another happening of the same kind (last
# year's quake, the previous round of talks) that the event's grouping took in
APART = 7


# set by hand: a date in a clause whose last possible day is more than a month before the
# article's publication dates something earlier (an earlier vote, last year's record), whatever
# the syntax that says so ("2019 abgelehnt", "w 2019 roku", "в ноябре 2025 года")
EARLIER_DAYS = 31
SINCE_REACH = 40  # characters after a comparison with the past ("highest since") where its date stands
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_PERIOD = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def _last_day(value: str) -> date | None:
    """The last day a DATE value can be ("2019" -> 31 Dec 2019, "2025-11" -> 30 Nov 2025)."""
    m = _PERIOD.match(value[:10])
    if m is None:
        return None
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    if d:
        return date(y, int(mo), int(d))
    if mo:
        nxt = date(y + (mo == "12"), 1 if mo == "12" else int(mo) + 1, 1)
        return nxt - timedelta(days=1)
    return date(y, 12, 31)


def dates_earlier(a: Article, c: Claim) -> bool:
    """Whether the clause dates something well before its article's publication (a background
    clause, whatever its wording): a date written with its year whose last possible day is more
    than EARLIER_DAYS before the publication day, outside a comparison with the past ("the highest level since
    2014", the language's ``background_exceptions``)."""
    published = a.date.value if a.date and DAY.match(a.date.value or "") else None
    if not published:
        return False
    pub = date.fromisoformat(published[:10])
    kept = [(c.start + m.start(), c.start + m.end() + SINCE_REACH)
            for m in words.own_cue("background_exceptions", a.lang).finditer(c.text)]
    for t in a.timexes:
        if t.type != "DATE" or not (c.start <= t.start and t.end <= c.end) or t.confidence < MIN_CONFIDENCE:
            continue
        if any(s <= t.start < e for s, e in kept) or not _YEAR.search(t.text):
            continue  # a month or a weekday alone: its year is the time engine's guess
        try:
            last = _last_day(t.value or "")
        except ValueError:
            continue
        if last is not None and (pub - last).days > EARLIER_DAYS:
            return True
    return False


def lead_facts(a: Article, c: Claim, fact: Callable[..., SlotFact], denied: str | None) -> None:
    """The day and the results a lead clause (not background) states."""
    guessed_anchor = bool(a.date and a.date.source == "inferred")
    published = a.date.value if a.date and DAY.match(a.date.value or "") else None
    for value, s, e, said in days(a, c):
        later = bool(published) and value > _next_day(published)
        if later and not guessed_anchor:
            continue  # after its own publication: a plan ("the strike set for the 30th"), not the happening
        fact("when", "day", value, value, c, s, e, denied_by=denied, subject_label="day",
             inferred_anchor=guessed_anchor and (later or not STATED_DAY.search(said)))
    result_facts(a, c, fact, denied)


def states_today(a: Article, c: Claim) -> bool:
    """Whether the clause gives a day within APART days of its article's publication: a clause
    telling the main happening on its day, whose background cue ("in 2023") dates something
    else in it (the offence, an earlier vote), not its result."""
    published = a.date.value if a.date and DAY.match(a.date.value or "") else None
    if not published:
        return False
    pub = date.fromisoformat(published[:10])
    return any(abs((date.fromisoformat(d) - pub).days) <= APART for d, _s, _e, _t in days(a, c))


def _next_day(day: str) -> str:
    """The day after ``day`` (a publication date may be a time zone behind the happening)."""
    return (date.fromisoformat(day[:10]) + timedelta(days=1)).isoformat()


def days(a: Article, c: Claim) -> list[tuple[str, int, int, str]]:
    """(day, start, end, text) of each day the clause states, in text order: dates, and times
    of a day ("Monday evening", "alle 6:50 di questa mattina") as their day; a clock time the
    time engine put on the publication day takes the day the article stated before it; a
    weekday read with the count after it ("Montag 14 Menschen") is no date."""
    out = []
    published = a.date.value if a.date else None
    for t in a.timexes:
        m = DAY.match(t.value or "")
        if m and t.type in ("DATE", "TIME") and t.confidence >= MIN_CONFIDENCE \
                and c.start <= t.start and t.end <= c.end and count_tail(a.text, t) is None:
            day = m.group(1)
            if CLOCK.match(t.value) and day == (t.anchor or published):
                day = _day_before(a, t.start) or day
            out.append((day, t.start, t.end, t.text))
    return sorted(out, key=lambda d: d[1])


def count_tail(text: str, t: Timex) -> int | None:
    """Where a count begins inside a time expression that ends in a bare number followed by a
    counted noun ("am Montag 14 Menschen": a weekday and a count, not the 14th), else None."""
    m = re.search(r"(?<![\d.,])(\d+)\s*$", t.text)
    if m is None:
        return None
    after = text[t.end:t.end + 30]
    return t.start + m.start(1) if lexicon.unit_after(after) or _head_right_after(after) else None


def _head_right_after(after: str) -> bool:
    return any(not after[:hs].strip() for hs, _he, _cls in words.head_index().find(after, 0, min(len(after), 20)))


def _day_before(a: Article, start: int) -> str | None:
    """The day of the last day-stating time expression before ``start`` that is not itself a
    clock time nor background or a plan: "samedi soir ... vers 19 h 30" is Saturday's 19:30,
    though an anchor-only reading puts a bare clock time on the publication day."""
    best: tuple[int, str] | None = None
    for t in a.timexes:
        m = DAY.match(t.value or "")
        if m and t.end <= start and t.type in ("DATE", "TIME") and t.confidence >= MIN_CONFIDENCE \
                and not CLOCK.match(t.value) and t.attrs.get("role") not in NOT_MAIN \
                and (best is None or t.start > best[0]):
            best = (t.start, m.group(1))
    return best[1] if best else None


def other_happenings(facts: Sequence[SlotFact]) -> set[str]:
    """Articles whose day of the happening (their first *when* fact; for an article that states
    none, its publication day) lies more than APART days from the day most articles give: their
    other slots describe another happening, so they are not compared with the rest (their day
    still is). None when no day is given by two articles; of days given by as many articles, the
    earliest is the main one."""
    first: dict[str, date] = {}
    published: dict[str, date] = {}
    for f in facts:
        m = DAY.match(f.value) if f.slot == "when" and f.subject == "day" else None
        if m and f.article not in first:
            first[f.article] = date.fromisoformat(m.group(1))
        p = DAY.match(f.date or "")
        if p and len(f.date or "") == 10:
            published.setdefault(f.article, date.fromisoformat(p.group(1)))
    counts = Counter(first.values())
    top = max(counts.values(), default=0)
    if top < 2:
        return set()
    # two happenings told by as many articles each (two rounds of talks): either is the main one
    main = min(d for d, n in counts.items() if n == top)
    days = {**published, **first}
    return {a for a, d in days.items() if abs((d - main).days) > APART}
