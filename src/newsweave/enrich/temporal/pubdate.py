"""Dates of articles: infer the publication date of an undated article from its text, refine
time expressions once a better anchor is known, and read calendar dates off TIMEX3 values."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

from newsweave import lang as languages
from newsweave.model import DateInfo, Timex

from .engine import extract_timexes
from .roles import HAPPENED


def refine_timexes(timexes: list[Timex], anchor: DateInfo, text: str | None = None,
                   lang: str | None = None) -> list[Timex]:
    """Re-normalise relative expressions against a better anchor found later.

    With ``text`` and ``lang`` the expressions are re-extracted and matched by span (exact
    result). Without them, values computed from the old anchor are shifted: a timex whose value
    was underspecified by the old anchor (``confidence`` < 1 and ``anchor_granularity`` set) or
    whose value is a day relative to the old day anchor is recomputed by re-reading its own text.
    Explicit dates (a stated year) are left as they are.
    """
    if text is not None:
        fresh = {(t.start, t.end): t for t in extract_timexes(text, lang, anchor)}
        return [fresh.get((t.start, t.end), t) for t in timexes]
    out = []
    codes = ([lang] if lang else []) + [x.code for x in languages.languages() if x.time.months]
    for t in timexes:
        if t.anchor == anchor.value or re.search(r"(?:1[5-9]|20)\d\d", t.text) or t.type in ("DURATION", "SET"):
            out.append(t)
            continue
        # re-read the expression on its own, in each known language, keep the first that parses
        new = None
        for code in codes:
            got = extract_timexes(t.text, code, anchor)
            if len(got) == 1 and got[0].end - got[0].start == len(t.text.strip()):
                new = got[0]
                break
        if new is None:
            out.append(t)
        else:
            out.append(replace(t, value=new.value, type=new.type, anchor=anchor.value,
                               confidence=new.confidence, attrs=new.attrs))
    return out


def timex_date(value: str) -> str | None:
    """The calendar part of a TIMEX3 value usable on a timeline (YYYY, YYYY-MM or YYYY-MM-DD)."""
    m = re.match(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:$|T|-(?:SU|WI|SP|FA|Q\d|H\d))", value or "")
    if not m:
        return None
    return "-".join(x for x in m.groups() if x)


def date_mentions(article: Any) -> list[tuple[Timex, str]]:
    """(timex, calendar date) for every timex of an article whose value names a date."""
    tx = article.timexes or extract_timexes(article.text, article.lang, article.date)
    out = []
    for t in tx:
        if t.type not in ("DATE", "TIME"):
            continue
        d = timex_date(t.value)
        if d:
            out.append((t, d))
    return out


@lru_cache(maxsize=32)
def _report_re(lang: str | None) -> re.Pattern:
    """Reporting cues of a language (of every language when it is unknown or has none)."""
    info = languages.language(lang)
    pats = [info.time.report_re] if info is not None and info.time.report_re else \
        [x.time.report_re for x in languages.languages() if x.time.report_re]
    return re.compile("|".join(f"(?:{p})" for p in pats) or r"(?!x)x", re.I)


def infer_publication_date(text: str, lang: str | None,
                           timexes: list[Timex] | None = None) -> DateInfo | None:
    """Guess the date of an undated article from its text.

    Cues, strongest first: a date-time stamp near the top ("Mise à jour : 04-06-2025 (09:16)");
    a full date (with year) near the start; a day-and-month next to a reporting verb
    ("a rapporté TASS le 4 juin") whose year comes from an explicit year elsewhere; otherwise the
    latest explicit full date in the text as an upper bound (low confidence).

    Planned and background mentions (``attrs["role"]``) are never used, and the result is never
    later than the latest explicit dated happening the text reports.
    """
    if not text:
        return None
    found = _infer(text, lang, timexes if timexes is not None else extract_timexes(text, lang, None))
    return found


def _infer(text: str, lang: str | None, tx: list[Timex]) -> DateInfo | None:
    every = tx
    tx = [t for t in tx if t.attrs.get("role", "main") in HAPPENED + ("publication",)]
    happened = [t.value[:10] for t in tx if t.attrs.get("role", "main") in HAPPENED
                and re.fullmatch(r"\d{4}(?:-\d\d(?:-\d\d)?)?", t.value[:10])
                and re.search(r"(?:1[5-9]|20)\d\d", t.text)]
    res = _candidate(text, lang, tx, every)
    if res is not None and happened and res.source == "inferred" and "stamp" not in (res.evidence or ""):
        latest = max(happened, key=lambda v: (v + "-99")[:10])
        if res.value[:len(latest)] > latest:
            return DateInfo(latest, "inferred", min(res.confidence, 0.3),
                            f"{res.evidence}; bounded by the latest dated happening {latest}")
    return res


def _candidate(text: str, lang: str | None, tx: list[Timex], every: list[Timex]) -> DateInfo | None:
    head = min(len(text), max(600, len(text) // 5))
    full = [t for t in tx if re.fullmatch(r"\d{4}-\d\d-\d\d(?:T[\d:]+)?", t.value)]
    # 1. a stamp near the top
    for t in full:
        if t.start < head and re.search(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}", t.text):
            return DateInfo(t.value[:10], "inferred", 0.9, f"date stamp near the top: {t.text!r}")
    skip = [(t.start, t.end) for t in every if t not in tx]
    years = [int(m.group(0)) for m in re.finditer(r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)", text)
             if not any(s0 <= m.start() < e0 for s0, e0 in skip)]
    report = _report_re(lang)
    # 2. a day + month mentioned with a reporting verb near the start
    for t in tx:
        if t.start > head or not re.fullmatch(r"(?:\d{4}|XXXX)-\d\d-\d\d", t.value):
            continue
        window = text[max(0, t.start - 80):t.end + 40]
        if report.search(window):
            if t.value.startswith("XXXX"):
                y = max(years) if years else None
                if y is None:
                    continue
                return DateInfo(f"{y:04d}{t.value[4:]}", "inferred", 0.6,
                                f"reporting date {t.text!r}, year from the text")
            return DateInfo(t.value, "inferred", 0.8, f"reporting date {t.text!r}")
    # 3. a full date near the start
    for t in full:
        if t.start < head and t.type == "DATE":
            return DateInfo(t.value[:10], "inferred", 0.5, f"first full date {t.text!r}")
    # 4. the latest explicit date (day, month or year stated with its year): a lower bound
    explicit = [t for t in tx if re.fullmatch(r"\d{4}(?:-\d\d(?:-\d\d)?)?", t.value[:10])
                and re.search(r"(?:1[5-9]|20)\d\d", t.text)]
    if explicit:
        best = max(_coarse_after_fine_dropped(explicit), key=lambda t: (t.value[:10] + "-99")[:10])
        conf = {10: 0.3, 7: 0.25}.get(len(best.value[:10]), 0.2)
        return DateInfo(best.value[:10], "inferred", conf,
                        f"latest explicit date {best.text!r} (a lower bound)")
    if years:
        return DateInfo(f"{max(years):04d}", "inferred", 0.2, "latest year in the text")
    return None


def _coarse_after_fine_dropped(explicit: list[Timex]) -> list[Timex]:
    """A bare year or month later than every day the text dates is a plan or an outlook ("works
    planned for 2032") far more often than the latest thing it reports: it is not a lower bound."""
    fine = [t.value[:10] for t in explicit if len(t.value[:10]) == 10]
    if not fine:
        return explicit
    latest = max(fine)
    return [t for t in explicit if len(t.value[:10]) == 10 or t.value[:10] <= latest[:len(t.value[:10])]]
