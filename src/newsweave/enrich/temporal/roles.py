"""Role of every dated mention, set as ``Timex.attrs["role"]``.

* ``publication`` — the article's own date in its header or dateline (first line, before the text);
* ``background`` — a starting point or history: after a "since" cue ("since 2019", "la première
  depuis 2000"), before a possessive ("last year's floods"), a date more than a year before the
  article's date, or a day and month without a year inside a name ("the 25 January revolution",
  "avenida 9 de Julio": the language's name heads), which the article's year would misdate;
* ``planned`` — planned or expected: after a planning cue ("scheduled for"), in a clause whose
  nearest tense cue is future ("will meet on 12 June"), or a date after the article's date;
* ``main`` — the article's main happening: the first remaining date of the text (its lead), and
  every mention of that same date;
* ``reported`` — another happening the article reports.

A *chronology* (three or more lines that open with a written date of distinct days followed by an
entry mark: "9 March: ...", "- 12 juin — ...") lists happenings of the story, however far from
the article's own date: a page kept up to date after it was first dated, or a recap of a year
ago. Its entries (``attrs["entry"]``) are not made planned or background by their distance from
the article's date; only cue words and tense are read, and none is the article's lead (``main``
only when it repeats the lead's day).

``main`` and ``reported`` are the happenings (:data:`HAPPENED`); timelines, event dates and
publication-date inference read only those. Cue words come from the language's TIME section.
"""
from __future__ import annotations

import datetime as dt
import re

from .calendar import Anchor
from .context import Cand
from .grammar import Grammar

HAPPENED = ("main", "reported")
ROLES = ("main", "reported", "planned", "background", "publication")
_DAY = re.compile(r"^(\d{4}|XXXX)(?:-(\d\d)(?:-(\d\d))?)?")
_YEAR = re.compile(r"\d{4}|['’]\d\d\b")
_HEADER = 100  # a date in the first line within this many characters can be the header
_ENTRY_OPEN = re.compile(r"[ \t\-•*·–—]{0,4}")  # what may stand before a chronology entry's date
_ENTRY_MARK = re.compile(r"\s*(?::|[—–]|\.-|-\s)")  # what follows it: "9 March: ...", "9 mars — ..."
_CHRONOLOGY = 3  # entries of distinct days that make a chronology


def _span_days(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last day a TIMEX3 value covers (None: no calendar date)."""
    m = _DAY.match(value or "")
    if not m or m.group(1) == "XXXX":
        return None
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    try:
        if d:
            day = dt.date(y, int(mo), int(d))
            return day, day
        if mo:
            first = dt.date(y, int(mo), 1)
            nxt = dt.date(y + (int(mo) == 12), int(mo) % 12 + 1, 1)
            return first, nxt - dt.timedelta(days=1)
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    except ValueError:
        return None


def _is_header(text: str, c: Cand) -> bool:
    """The mention stands in a short first line or opens a dateline ("PARIS, 4 June —")."""
    nl = text.find("\n", c.end)
    first_line = text[:nl if nl != -1 else len(text)]
    if c.start < _HEADER and nl != -1 and len(first_line.strip()) <= _HEADER \
            and not text[:c.start].strip(" \t\r").count("\n"):
        return len(re.findall(r"\w+", first_line)) <= 12
    return c.start < _HEADER and bool(re.match(r"\s*(?:\(\w+\)\s*)?[—–-]\s", text[c.end:c.end + 12]))


def _is_entry(text: str, c: Cand) -> bool:
    """The candidate opens a chronology entry: a written calendar day at the start of its line,
    followed by an entry mark (a clock time, "ayer" or a weekday alone opens no entry)."""
    if c.type != "DATE" or not re.match(r"\d{4}-\d\d-\d\d$", c.value or "") \
            or not any(ch.isdigit() for ch in text[c.start:c.end]):
        return False
    line_start = text.rfind("\n", 0, c.start) + 1
    return bool(_ENTRY_OPEN.fullmatch(text, line_start, c.start) and _ENTRY_MARK.match(text, c.end))


def chronology_entries(text: str, cands: list[Cand]) -> list[Cand]:
    """The candidates that are entries of a chronology (none when fewer than three distinct days
    open lines: a lone dated line is a dateline or a caption, not a chronology)."""
    entries = [c for c in cands if _is_entry(text, c)]
    return entries if len({c.value for c in entries}) >= _CHRONOLOGY else []


def _names_a_thing(text: str, L: Grammar, c: Cand, before: str, after: str) -> bool:
    """A yearless day inside a name: a revolution, movement, square or street named after it
    (a day written with its number: "ayer" after "la plaza" is no name)."""
    said = text[c.start:c.end]
    if _YEAR.search(said) or not any(ch.isdigit() for ch in said):
        return False
    return bool(L.named_date_before.search(before) or L.named_date_after.match(after))


def role_of(text: str, L: Grammar, a: Anchor | None, c: Cand, entry: bool = False) -> str:
    """The role of one dated candidate (``main`` stands for any happening here); a chronology
    ``entry`` is no header and is read without the article's date."""
    if entry:
        a = None
    elif _is_header(text, c):
        return "publication"
    before = text[max(0, c.start - 60):c.start]
    after = text[c.end:c.end + 20]
    if L.background_before.search(before) or L.background_after.match(after) \
            or _names_a_thing(text, L, c, before, after):
        return "background"
    if L.planned_before.search(before):
        return "planned"
    span = _span_days(c.value)
    ad = a.date if a is not None else None
    if span is not None and ad is not None:
        if span[0] > ad:
            return "planned"
        if span[1] < ad - dt.timedelta(days=365):
            return "background"
    if L.direction(text, c.start, c.end) > 0 and (span is None or ad is None or span[1] >= ad):
        return "planned"
    return "main"


def assign_roles(text: str, L: Grammar, a: Anchor | None, cands: list[Cand]) -> None:
    """Set ``attrs["role"]`` on every DATE/TIME candidate with a calendar value (in place)."""
    main_value = None
    entries = {id(c) for c in chronology_entries(text, cands)}
    for c in sorted(cands, key=lambda c: c.start):
        if c.type not in ("DATE", "TIME") or not _DAY.match(c.value or ""):
            continue
        entry = id(c) in entries
        if entry:
            c.attrs["entry"] = True
        r = role_of(text, L, a, c, entry)
        if r == "main":
            day = c.value[:10]
            if main_value is None and not entry:  # a chronology lists happenings, none its lead
                main_value = day
            elif day != main_value:
                r = "reported"
        c.attrs["role"] = r
