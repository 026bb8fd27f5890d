"""Publication dates in an article's header lines: "Publié le 3 mars 2024 à 10h", "Updated: March 3, 2024",
"2024-03-03", "Опубликовано: 3 марта 2024". Header words and month names come from every language's
clean section (:mod:`.langdata`); the date shapes are generic.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .langdata import alternation, merged
from .lines import Line

_SEPARATORS = r"[\s,;|()\[\]–—-]*"
_ZONES = r"GMT|UTC|CET|CEST|MSK|EET|EEST|Z|[+-]\d\d:?\d\d|h"  # generic time-zone and hour marks


def _clock() -> str:
    """A clock time after a date, with its words: "à 10h30", "10:30 Uhr", "(17.05 GMT)"."""
    d = merged()
    before = alternation(d.time_prepositions)
    after = alternation(d.time_suffixes + tuple(_ZONES.split("|")))
    return rf"(?:{before}?\s*\(?\d{{1,2}}[:hH.]\d{{2}}(?::\d{{2}})?\)?\s*{after}?)"


@lru_cache(maxsize=1)
def _date_regexes() -> dict[str, re.Pattern[str]]:
    d = merged()
    month = alternation(sorted((re.escape(m) for m in d.months), key=len, reverse=True))
    day_end = alternation(d.day_suffixes + (r"\.",))
    join = rf"(?:{alternation(d.date_joiners)}\s+)?"
    year_end = rf"(?:\s*{alternation(d.year_suffixes)}(?!\w))?" if d.year_suffixes else ""
    year = r"(?:19|20)\d\d"
    date = (
        rf"(?P<iso>(?P<iy>{year})(?:[-/](?P<im>\d{{1,2}})(?:[-/](?P<id>\d{{1,2}}))?)?)(?![\d.])"
        r"(?:T\d\d:\d\d(?::\d\d)?(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?)?"
        rf"|(?P<dmy>(?P<a>\d{{1,2}})[-./](?P<b>\d{{1,2}})[-./](?P<y>{year}))(?!\d){year_end}"
        rf"|(?P<dmony>(?P<d2>\d{{1,2}}){day_end}?\s+{join}(?P<m2>{month})\.?,?\s+{join}(?P<y2>{year}))(?!\d){year_end}"
        rf"|(?P<mdy>(?P<m3>{month})\.?\s+(?P<d3>\d{{1,2}}){day_end}?,?\s+(?P<y3>{year}))(?!\d){year_end}"
        rf"|(?P<my>(?P<m4>{month})\.?\s+{join}(?P<y4>{year}))(?!\d){year_end}"
    )
    strong = alternation(d.date_header_words)
    weak = alternation(d.date_prefixes)
    before = alternation(d.before_date_words)
    # header word(s), optional separator, then a date (after a weekday, maybe)
    head = rf"^(?P<hw>{strong})\b\s*[:\-–—|]?\s*(?:{before}\s+)?(?:\w+,?\s+)??(?P<date>{date})"
    bare = rf"^(?:{weak}\s+)?(?:\w+,?\s+)??(?P<date>{date})"
    residue = rf"^[\s,;:|/()\[\]–—-]*(?:{_clock()}[\s,;|()–—-]*)*$"
    return {"head": re.compile(head, re.I), "bare": re.compile(bare, re.I),
            "residue": re.compile(residue, re.I), "clock": re.compile(rf"{_SEPARATORS}{_clock()}?{_SEPARATORS}", re.I),
            "strong": re.compile(rf"(?<![\w]){strong}\b", re.I)}


def _month_num(name: str) -> int | None:
    return merged().months.get(name.casefold().rstrip("."))


def _mk_date(y: int, m: int | None = None, d: int | None = None) -> str | None:
    if not 1900 <= y <= 2100:
        return None
    if m is None:
        return f"{y:04d}"
    if not 1 <= m <= 12:
        return None
    if d is None:
        return f"{y:04d}-{m:02d}"
    try:
        _dt.date(y, m, d)
    except ValueError:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def parse_date_expr(m: re.Match[str]) -> str | None:
    """Value (YYYY, YYYY-MM or YYYY-MM-DD) of a match of the date regex."""
    g = m.groupdict()
    if g.get("iso"):
        y = int(g["iy"])
        mo = int(g["im"]) if g.get("im") else None
        d = int(g["id"]) if g.get("id") else None
        return _mk_date(y, mo, d)
    if g.get("dmy"):
        a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
        if b > 12 >= a:  # month first (US style) only when day-first is impossible
            a, b = b, a
        return _mk_date(y, b, a)
    if g.get("dmony"):
        mo = _month_num(g["m2"])
        return _mk_date(int(g["y2"]), mo, int(g["d2"])) if mo else None
    if g.get("mdy"):
        mo = _month_num(g["m3"])
        return _mk_date(int(g["y3"]), mo, int(g["d3"])) if mo else None
    if g.get("my"):
        mo = _month_num(g["m4"])
        return _mk_date(int(g["y4"]), mo) if mo else None
    return None


@dataclass
class HeaderDate:
    value: str
    span: tuple[int, int]  # text consumed as metadata (header word + date + time)
    rest: tuple[int, int] | None  # remaining text on the same line (e.g. a title), if any
    # the month-first reading of an all-numeric header whose two first parts could each be the
    # month ("05/02/2013": 5 February day-first, May 2 month-first), else None
    other_order: str | None = None


def other_order(m: re.Match[str]) -> str | None:
    """The month-first reading of a numeric day/month/year match when both readings are dates
    and differ (:func:`parse_date_expr` reads such a date day-first)."""
    g = m.groupdict()
    if not g.get("dmy"):
        return None
    a, b = int(g["a"]), int(g["b"])
    if a == b or a > 12 or b > 12:
        return None
    return _mk_date(int(g["y"]), a, b)


@lru_cache(maxsize=1)
def _named_day_regex() -> re.Pattern[str]:
    """A day written with a month name, with or without its year: "May 2", "2 May", "2. Mai"."""
    d = merged()
    month = alternation(sorted((re.escape(m) for m in d.months), key=len, reverse=True))
    day_end = alternation(d.day_suffixes + (r"\.",))
    join = rf"(?:{alternation(d.date_joiners)}\s+)?"
    return re.compile(rf"(?<![\w.])(?:(?P<m>{month})\.?\s+(?P<d>\d{{1,2}})(?!\d){day_end}?"
                      rf"|(?P<d2>\d{{1,2}}){day_end}?\s+{join}(?P<m2>{month}))(?!\w)", re.I)


def settle_order(hd: HeaderDate, text: str) -> str:
    """The value of a date header, read month-first when the header could be read either way and
    the article names that day (and not the day-first one) with a month name: a report headed
    "05/02/2013" that tells what was said "on May 2" was written on May 2, whatever the
    convention of its outlet. Otherwise the day-first reading stays."""
    if hd.other_order is None:
        return hd.value
    named = set()
    for m in _named_day_regex().finditer(text):
        mo = _month_num(m.group("m") or m.group("m2"))
        if mo:
            named.add((mo, int(m.group("d") or m.group("d2"))))
    def day_month(v: str) -> tuple[int, int]:
        return int(v[5:7]), int(v[8:10])
    if day_month(hd.other_order) in named and day_month(hd.value) not in named:
        return hd.other_order
    return hd.value


def match_date_line(line: Line) -> HeaderDate | None:
    """A date header at the start of ``line`` ("Publié le 3 mars 2024", "date 2024-09 Title ...")."""
    if len(line.text) > 400:
        return None
    rx = _date_regexes()
    for kind in ("head", "bare"):
        m = rx[kind].match(line.text)
        if not m:
            continue
        value = parse_date_expr(m)
        if value is None or (kind == "bare" and len(value) == 4):
            continue
        rest = line.text[m.end():]
        res = rx["residue"].match(rest)
        if res or _second_header(rest):  # the whole line is a date header (maybe "published … - updated …")
            return HeaderDate(value, (line.start, line.end), None, other_order(m))
        if kind == "head":
            # header word + date followed by more text: a title sharing the line, if it starts a new phrase
            r = re.match(r"[\s,;:|–—-]*", rest)
            off = m.end() + (r.end() if r else 0)
            if off < len(line.text) and line.text[off].isupper():
                return HeaderDate(value, (line.start, line.start + m.end()),
                                  (line.start + off, line.end), other_order(m))
    return None


def _second_header(rest: str) -> bool:
    """``rest`` is a time and/or a second date header: "à 17h57 - Mis à jour le 29 septembre 2011"."""
    rx = _date_regexes()
    m = rx["clock"].match(rest)
    tail = rest[m.end():] if m else rest
    if not tail or len(tail) > 120:
        return False
    m2 = rx["head"].match(tail)
    if not m2 or parse_date_expr(m2) is None:
        return False
    return bool(rx["residue"].match(tail[m2.end():]))


def starts_with_header_word(text: str) -> bool:
    """``text`` opens with a date header word ("Publié", "Updated") rather than a bare date."""
    return bool(_date_regexes()["strong"].match(text))


def split_byline_date(line: Line) -> tuple[Line, HeaderDate] | None:
    """'Par Jeanne Dupont Publié le 3 mars 2024 à 10h' → (byline part, date header)."""
    if len(line.text) > 220:
        return None
    for m in _date_regexes()["strong"].finditer(line.text):
        if m.start() < 3:
            continue
        sub = Line(line.start + m.start(), line.end, line.text[m.start():])
        hd = match_date_line(sub)
        if hd is not None and hd.rest is None:
            head = line.text[:m.start()].rstrip(" ,;|–—-")
            return Line(line.start, line.start + len(head), head), hd
    return None
