"""Happening dates for event linking: day/month/year spans, the date of the happening an article
reports, and the consensus date of a group of articles.

An event's date is what its dated articles agree on; spans keep their granularity so that a
month-only date is compared as a month, and "written after" lower bounds (undated articles that
mention dates) only keep an article away from events long before them.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from ..model import Article

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_HAS_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|2[01]\d\d)(?!\d)|'\d\d\b")
ARTICLE_DATE = "article date"  # source of a happening span that is the article's own date
LEAD = "lead "                 # prefix of the source of a span read from a lead time expression
# a publication date may trail the happening's local day by one (time zones, a dateline written
# the evening before, an overnight report): one day of slack in both rules below
REPORT_LAG_DAYS = 1


@dataclass(frozen=True)
class DateSpan:
    """A closed interval of proleptic ordinal days with the granularity it came from.
    ``after`` spans are lower bounds only ("written after lo"), used for undated articles."""

    lo: int
    hi: int
    granularity: str  # day, month, year, after
    source: str = ""  # why: "article date", "lead timex '...'", ...

    @property
    def width(self) -> int:
        return self.hi - self.lo

    def gap(self, other: "DateSpan") -> int:
        """Days between the spans, 0 when they overlap."""
        return max(0, self.lo - other.hi, other.lo - self.hi)

    def iso(self) -> str:
        d = dt.date.fromordinal(self.lo)
        if self.granularity == "day":
            return d.isoformat()
        if self.granularity == "month":
            return d.strftime("%Y-%m")
        return d.strftime("%Y")


def parse_span(value: str | None, source: str = "") -> DateSpan | None:
    """``YYYY-MM-DD`` / ``YYYY-MM`` / ``YYYY`` (TIMEX3 calendar values) → span; else None."""
    if not value:
        return None
    value = value.strip()
    try:
        if m := _DAY.match(value):
            o = dt.date(int(m[1]), int(m[2]), int(m[3])).toordinal()
            return DateSpan(o, o, "day", source)
        if m := _MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            lo = dt.date(y, mo, 1).toordinal()
            hi = (dt.date(y + (mo == 12), mo % 12 + 1, 1)).toordinal() - 1
            return DateSpan(lo, hi, "month", source)
        if m := _YEAR.match(value):
            y = int(m[1])
            return DateSpan(dt.date(y, 1, 1).toordinal(), dt.date(y, 12, 31).toordinal(), "year", source)
    except ValueError:
        return None
    return None


def happening_date(article: Article, lead_chars: int = 700, lookback_days: int = 10) -> DateSpan | None:
    """Best guess of the date of the happening the article reports.

    * a day-level time expression in the lead (first ``lead_chars`` of the body) that lies within
      ``lookback_days`` before (or one day after) a day-level article date: the news reports that
      day ("on Wednesday" resolved against the article date);
    * else the article date itself;
    * undated article: the first self-contained day-level expression of the lead;
    * else, for an undated article, a lower bound: it cannot be older than the latest absolute
      date it mentions (``after`` span), which is still enough to keep it away from events long
      before that.
    """
    adate = parse_span(article.date.value, ARTICLE_DATE) if article.date else None
    spans = article.body_spans()
    lead_end = spans[0][0] + lead_chars if spans else lead_chars
    lead, rest = [], []
    for tx in article.timexes or []:
        if tx.type != "DATE":
            continue
        if adate is None and tx.anchor is not None and not _HAS_YEAR.search(tx.text):
            # no trustworthy anchor: a relative expression ("on Tuesday") resolved against a
            # guessed date says nothing reliable; only self-contained dates count
            continue
        sp = parse_span(tx.value, f"timex '{tx.text}'")
        if sp is None:
            continue
        (lead if tx.start < lead_end else rest).append((tx.start, sp))
    lead.sort()
    if adate is not None and adate.granularity == "day":
        for _, sp in lead:
            if sp.granularity == "day" and adate.lo - lookback_days <= sp.lo <= adate.lo + 1:
                return DateSpan(sp.lo, sp.hi, "day", f"{LEAD}{sp.source}")
        return adate
    if adate is not None:  # month- or year-level article date
        for _, sp in lead:
            if sp.granularity == "day" and adate.lo <= sp.lo <= adate.hi:
                return DateSpan(sp.lo, sp.hi, "day", f"{LEAD}{sp.source} within {adate.iso()}")
        return adate
    # undated: a self-contained day in the lead is usually the dateline or the happening; a
    # month in the lead is too often background ("treated there since September 2010")
    for _, sp in lead:
        if sp.granularity == "day":
            return DateSpan(sp.lo, sp.hi, "day", f"{LEAD}{sp.source}")
    mentioned = [sp for _, sp in lead + rest if sp.granularity in ("day", "month")]
    if mentioned:
        latest = max(mentioned, key=lambda s: s.lo)
        return DateSpan(latest.lo, 10**7, "after", f"mentions {latest.iso()} ({latest.source})")
    return None


def happening_weekdays(article: Article) -> frozenset[int]:
    """Weekdays (Monday = 0) the article names for its happenings ("on Wednesday"): a check on a
    date taken from elsewhere (its event) when the article itself has no anchor to resolve them.
    Only main mentions count: a reported one is the day someone spoke ("police said Monday"),
    often days after the happening (on the ECB+ tuning topics, counting them made three times as
    many weekday clashes between reports of one happening)."""
    return frozenset(t.attrs["weekday"] for t in article.timexes or []
                     if t.type == "DATE" and isinstance(t.attrs.get("weekday"), int)
                     and t.attrs.get("role", "main") == "main")


def publication_bound(span: DateSpan | None) -> int | None:
    """The last day a happening reported under this span can fall on: the end of the article's
    own date (day or month: the happening precedes its publication) plus the report lag; None
    when the span is not the article's own date (a lead time expression dates the happening
    itself, which may come before or after nothing)."""
    if span is None or span.source != ARTICLE_DATE or span.granularity not in ("day", "month"):
        return None
    return span.hi + REPORT_LAG_DAYS


def lead_day(span: DateSpan | None) -> int | None:
    """The day of a happening read from a lead time expression ("on Monday, 2 June"), else None."""
    if span is None or span.granularity != "day" or not span.source.startswith(LEAD):
        return None
    return span.lo


def reported_after(a: DateSpan | None, b: DateSpan | None) -> bool:
    """One article dates its happening (from its lead) after the other article was published:
    the earlier article cannot report it (a month-dated "May" article and talks "on Monday,
    2 June"). Either way round."""
    for pub, other in ((a, b), (b, a)):
        bound, day = publication_bound(pub), lead_day(other)
        if bound is not None and day is not None and day > bound:
            return True
    return False


def weekday_bits(weekdays: frozenset[int]) -> int:
    """Weekdays (Monday = 0) as a bit set."""
    return sum(1 << w for w in set(weekdays))


def day_weekday_bits(span: DateSpan | None, publication_lag: int) -> int:
    """The weekdays an article could name for a happening dated by this day-level span: a day
    read from a lead time expression is the happening's own, with the report lag either side (a
    lead may date the dateline rather than the happening, and a happening runs on past midnight:
    the arrest the morning after the shooting); an article's own date trails its happening by up
    to ``publication_lag`` days (the time penalty's grace); 0 when the span is not a day."""
    if span is None or span.granularity != "day":
        return 0
    if span.source == ARTICLE_DATE:
        offsets = range(-min(publication_lag, 6), 1)
    else:
        offsets = range(-REPORT_LAG_DAYS, REPORT_LAG_DAYS + 1)
    return sum(1 << ((span.lo - 1 + k) % 7) for k in offsets)


def weekday_clash(a_weekdays: frozenset[int], a: DateSpan | None,
                  b_weekdays: frozenset[int], b: DateSpan | None, publication_lag: int) -> bool:
    """An article without a day-level date that names the weekdays of its happenings ("on
    Wednesday", :func:`happening_weekdays`) against one whose happening falls on none of them:
    different days (an envoy's visit on a Friday and his next one on a Wednesday). Either way
    round; ``*_weekdays`` are only counted for articles without a day-level date."""
    for wk, span, other in ((a_weekdays, a, b), (b_weekdays, b, a)):
        if wk and (span is None or span.granularity != "day"):
            bits = day_weekday_bits(other, publication_lag)
            if bits and not bits & weekday_bits(wk):
                return True
    return False


def consensus_date(dates: list[DateSpan]) -> DateSpan | None:
    """The best-supported happening date: the median of day-level dates when there are any
    (with at least as many day-level as coarser supports agreeing), else the most common month."""
    if not dates:
        return None
    days = sorted(d.lo for d in dates if d.granularity == "day")
    if days:
        mid = days[(len(days) - 1) // 2]
        return DateSpan(mid, mid, "day", f"{len(days)} day-level dates")
    months = Counter((d.lo, d.hi) for d in dates if d.granularity == "month")
    if months:
        (lo, hi), n = months.most_common(1)[0]
        return DateSpan(lo, hi, "month", f"{n} month-level dates")
    years = Counter((d.lo, d.hi) for d in dates)
    (lo, hi), n = years.most_common(1)[0]
    return DateSpan(lo, hi, "year", f"{n} year-level dates")
