"""Time expressions: find TIMEX3 expressions and normalise them against the article date.

One rule engine shared by all languages; the words come from the ``timex`` section of each
``newsweave.lang.<code>`` module (names starting with ``TIMEX_``; Italian, which has no lang module,
lives in :mod:`newsweave.enrich.timex_it`). Language data names:

``TIMEX_MONTHS``/``TIMEX_WEEKDAYS``/``TIMEX_SEASONS`` name → number/code; ``TIMEX_NUMBERS`` number
words (None = vague "a few"); ``TIMEX_UNITS`` unit word → Y M W D H MIN S DE CE Q HY WE NIGHT;
``TIMEX_DAYS_REL`` "yesterday" → -1; ``TIMEX_DAYPARTS`` "morning" → MO; ``TIMEX_LAST``/``NEXT``/
``THIS`` modifiers; ``TIMEX_DET`` determiners kept in the span (TimeML convention); ``TIMEX_REFS``
phrase → PAST_REF/PRESENT_REF/FUTURE_REF; ``TIMEX_AGO_PRE``/``AGO_POST``/``IN_PRE`` "il y a", "ago",
"dans"; ``TIMEX_APPROX`` modifiers kept in duration spans; ``TIMEX_MID``/``EARLY``/``LATE`` prefixes;
``TIMEX_EVERY`` and ``TIMEX_SET_WORDS`` for SETs; ``TIMEX_ORDINALS``, ``TIMEX_QUARTER_WORDS``,
``TIMEX_HALF_WORDS``, ``TIMEX_CENTURY_WORDS``; ``TIMEX_DECADE_RE`` (groups c, d, w) and
``TIMEX_DECADE_WORDS``; ``TIMEX_YEAR_SUFFIX`` ("года"); ``TIMEX_YEAR2_PREP`` prepositions that
allow two-digit years; ``TIMEX_DATE_ORDER`` "dm"/"md" for numeric dates; ``TIMEX_CLOCK_RE`` (groups
h, m, ampm, approx); ``TIMEX_NOON``; ``TIMEX_NOT_YEAR_AFTER`` words showing a number is a count;
``TIMEX_FUTURE_RE``/``TIMEX_PAST_RE`` tense cues; ``TIMEX_CAPITALISED`` month/weekday names that
count only when capitalised (English "May").

TimeBank conventions (round 2): ``TIMEX_SHIFT`` "earlier"/"later" (matched, left out of the
span); ``TIMEX_AGE_AFTER``/``AGE_BEFORE_STRONG``/``DECADE_NOT_AFTER`` ages that are not durations;
``TIMEX_QUARTER_PRE``/``FISCAL``/``POSSESSIVE`` "the 1988 second quarter", "its fiscal first
quarter"; ``TIMEX_FIN_QUARTER_RE``/``FIN_YEAR_RE`` "the quarter", "the latest period", "the full
year" (financial reports; "the quarter" takes the quarter last named); ``TIMEX_SPELLED_YEAR_RE``
"nineteen ninety-six"; ``TIMEX_EXTRA_TRIGGERS`` words that open a search window;
``TIMEX_NARRATIVE_DAYS`` "la veille", "the next day" (counted from the story's last day);
``TIMEX_THAT``/``ANAPHORIC_REL`` "that year", "the following month" (from the last year/month
named); ``TIMEX_HALF_AFTER`` "deux heures et demie"; ``TIMEX_RANGE_CONJ`` "two to three weeks"
(the low end); ``TIMEX_WHOLE`` "toute la semaine"; ``TIMEX_BARE_PLURAL_DET`` "depuis des mois";
``TIMEX_PART_ALONE``/``EVENT_PARTS`` "dans la soirée" (the day last named), not "cette soirée";
``TIMEX_PM_WORDS`` "9 heures du soir"; ``TIMEX_SEASON_NOT_BEFORE`` "le Printemps arabe";
``TIMEX_SEASON_GENERIC_RE``/``_AFTER_RE`` "en été" = XXXX-SU; ``TIMEX_PAST_ADJACENT_RE`` "annoncées
mercredi" (past); ``TIMEX_FUTURE_PENALTY`` weight of future cues; ``TIMEX_CLOCK_NOT_BEFORE`` game
clocks; ``TIMEX_HALF_NEEDS_YEAR`` "the first half" of a match; ``TIMEX_SET_ARTICLE_AFTER`` "twice a
week" vs "a week"; ``TIMEX_REF_NOT_BEFORE`` "current account". Decades are written ``196X`` and
centuries ``18XX`` (as the TimeBank corpora do).

General coverage (round 3): ``TIMEX_SET_NOUN_BEFORE`` "l'hebdomadaire" (a magazine, not a SET);
``TIMEX_DUR_MOD_VERB`` "a passé deux ans" (a participle left out of the span);
``TIMEX_POSTPOSED_THIS`` "l'année en cours" (the current unit); ``TIMEX_NEXT_VERBAL``/
``NEXT_VERBAL_NOT_BEFORE`` "qui viennent" but not "qui viennent de s'écouler";
``TIMEX_DUR_REL_DET_RE`` a contracted article before "trois derniers mois" ("au cours des", left out
of the span). ``TIMEX_HOLIDAYS`` values ``(0, n)`` are movable feasts n days after Easter Sunday
("Pâques", "la Pentecôte"); a ``hw`` group in ``TIMEX_CLOCK_RE`` reads an hour written in words
("trois heures du matin"); a multi-word part of the day right after a date makes it a TIME
("le 2 juin au soir", "el 3 de junio por la mañana").

Resolution follows news conventions: a bare weekday is the closest such day in the past (today
included) unless a future cue is nearer; a day and month without a year take the year that puts
them nearest the article date in the direction the tense says. When the anchor is only a month or
a year, values are kept at the precision the anchor supports and ``confidence`` drops below 1
(``attrs["anchor_granularity"]`` says why); with no anchor, relative values stay underspecified.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, Iterable

from newsweave.model import DateInfo, Timex

__all__ = ["extract_timexes", "refine_timexes", "infer_publication_date", "date_mentions",
           "timex_date", "VERSION"]

VERSION = "timex-2"
_APOS = "['’]"
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


# ------------------------------------------------------------------------------------- anchors
@dataclass(frozen=True)
class _Anchor:
    y: int
    m: int | None
    d: int | None
    value: str

    @property
    def gran(self) -> str:
        return "day" if self.d else ("month" if self.m else "year")

    @property
    def date(self) -> _dt.date | None:
        return _dt.date(self.y, self.m, self.d) if self.d and self.m else None


def _parse_anchor(anchor: DateInfo | str | None) -> _Anchor | None:
    if anchor is None:
        return None
    v = anchor.value if isinstance(anchor, DateInfo) else str(anchor)
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", v or "")
    if not m:
        return None
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    try:
        if d:
            _dt.date(y, int(mo), int(d))
    except ValueError:
        d = None
    return _Anchor(y, int(mo) if mo else None, int(d) if d else None, m.group(0))


def _fmt_day(d: _dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


# ------------------------------------------------------------------------------------ language
def _alt(words: Iterable[str], plural_s: bool = False) -> str:
    """Regex alternation for words (longest first); apostrophes/spaces/hyphens made flexible."""
    out = []
    for w in sorted(set(words), key=len, reverse=True):
        e = re.escape(w)
        e = re.sub("['’]", _APOS, e)
        e = e.replace(r"\ ", r"\s+").replace(" ", r"\s+")
        e = e.replace(r"\-", "[-‐‑]")
        out.append(e)
    return "(?:" + "|".join(out) + ")" if out else "(?!x)x"


def _strip_accents(s: str) -> str:
    import unicodedata
    return "".join(ch for ch in unicodedata.normalize("NFD", s)
                   if unicodedata.category(ch) != "Mn" or ch in "\u0306\u0308")  # keep й, ї


def _norm(s: str) -> str:
    s = s.lower().replace("’", "'").replace("‐", "-").replace("‑", "-")
    return re.sub(r"\s+", " ", s).strip()


def _lookup(d: dict, s: str) -> Any:
    k = _norm(s).rstrip(".")
    if k in d:
        return d[k]
    return d.get(k.replace("-", " "), d.get(k.replace(" ", "-")))


_B = r"(?<![\w])"  # start boundary
_E = r"(?![\w])"   # end boundary


class _Lang:
    """Compiled rules for one language."""

    def __init__(self, code: str, mod: Any):
        g = lambda name, default: getattr(mod, "TIMEX_" + name, default)  # noqa: E731
        self.code = code
        self.months = {_norm(k): v for k, v in g("MONTHS", {}).items()}
        self.weekdays = {_norm(k): v for k, v in g("WEEKDAYS", {}).items()}
        self.seasons = {_norm(k): v for k, v in g("SEASONS", {}).items()}
        self.numbers = {_norm(k): v for k, v in g("NUMBERS", {}).items()}
        self.units = {_norm(k): v for k, v in g("UNITS", {}).items()}
        self.narrative = {_norm(k): v for k, v in g("NARRATIVE_DAYS", {}).items()}
        self.days_rel = {_norm(k): v for k, v in g("DAYS_REL", {}).items()}
        self.days_rel.update(self.narrative)
        self.dayparts = {_norm(k): v for k, v in g("DAYPARTS", {}).items()}
        self.last = {_norm(x) for x in g("LAST", ())}
        self.next = {_norm(x) for x in g("NEXT", ())}
        self.this = {_norm(x) for x in g("THIS", ())}
        self.refs = {_norm(k): v for k, v in g("REFS", {}).items()}
        self.set_words = {_norm(k): v for k, v in g("SET_WORDS", {}).items()}
        self.ordinals = {_norm(k): v for k, v in g("ORDINALS", {}).items()}
        self.decade_words = {_norm(k): v for k, v in g("DECADE_WORDS", {}).items()}
        self.noon = {_norm(k): v for k, v in g("NOON", {}).items()}
        self.capitalised = {_norm(x) for x in g("CAPITALISED", ())}
        self.month_abbr = {k for k, v in self.months.items()
                           if any(k2 != k and k2.startswith(k) and v2 == v for k2, v2 in self.months.items())}
        self.season_needs_context = {_norm(x) for x in g("SEASON_NEEDS_CONTEXT", ())}
        self.season_context = re.compile(g("SEASON_CONTEXT_RE", r"(?!x)x") + r"\s*$", re.I)
        for dct in (self.months, self.weekdays, self.seasons, self.units, self.days_rel,
                    self.dayparts, self.refs):
            for k, v in list(dct.items()):
                dct.setdefault(_strip_accents(k), v)
                dct.setdefault(_strip_accents(k[:1]) + k[1:], v)  # "Eté" written without its accent
        self.date_order = g("DATE_ORDER", "dm")
        self.not_year_after = set(g("NOT_YEAR_AFTER", ()))
        self.future_re = re.compile(g("FUTURE_RE", r"(?!x)x"), re.I)
        self.past_re = re.compile(g("PAST_RE", r"(?!x)x"), re.I)
        self.pm_words = {_norm(x) for x in g("PM_WORDS", ())}
        self.future_penalty = float(g("FUTURE_PENALTY", 1.0))
        self.past_adjacent = re.compile(g("PAST_ADJACENT_RE", r"(?!x)x"), re.I)
        self.ref_type = g("REF_TYPE", "DATE")
        self.set_adj = {_norm(x) for x in g("SET_ADJ", ())}
        self.articles = {_norm(x) for x in g("ARTICLES", ())}
        self.set_block = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(x) for x in g("SET_NOT_AFTER", ()) or ["(?!x)x"])
                                    + r")\s+$", re.I)
        self.duration_pre = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(x) for x in g("DURATION_PRE", ()) or ["(?!x)x"])
                                       + r")\s+$", re.I)
        self.relday_part = {_norm(k): v for k, v in g("DAYS_REL_PART", {}).items()}
        self.merge_clock_day = g("MERGE_CLOCK_DAY", False)
        self.today_as_ref = {_norm(x) for x in g("TODAY_AS_REF", ())}
        self.part_type = g("PART_TYPE", "TIME")
        self.season_block = re.compile(g("SEASON_NOT_AFTER", r"(?!x)x") + r"\s*$", re.I)
        self.age_before = re.compile(g("AGE_BEFORE", r"(?!x)x") + r"\s*$", re.I)
        self.shift = {_norm(x) for x in g("SHIFT", ())}
        self.season_generic_after = re.compile(g("SEASON_GENERIC_AFTER_RE", r"(?!x)x"), re.I)
        self.season_generic = re.compile(g("SEASON_GENERIC_RE", r"(?!x)x") + r"\s*$", re.I)
        self.set_need_before = re.compile(g("SET_ARTICLE_AFTER", "") + r"\s*$", re.I) if g("SET_ARTICLE_AFTER", "") else None
        self.set_noun_before = re.compile(g("SET_NOUN_BEFORE", r"(?!x)x"), re.I)  # "l'hebdomadaire": a magazine
        self.half_needs_year = {_norm(x) for x in g("HALF_NEEDS_YEAR", ())}
        self.clock_block = re.compile(g("CLOCK_NOT_BEFORE", r"(?!x)x"), re.I)
        self.event_parts = {_norm(x) for x in g("EVENT_PARTS", ())}
        self.season_after_block = re.compile(g("SEASON_NOT_BEFORE", r"(?!x)x"), re.I)
        self.that = {_norm(x) for x in g("THAT", ())}
        self.anaphoric_rel = {_norm(x) for x in g("ANAPHORIC_REL", ())}
        self.ref_block = re.compile(g("REF_NOT_BEFORE", r"(?!x)x"), re.I)
        self.age_strong = re.compile(g("AGE_BEFORE_STRONG", r"(?!x)x") + r"\s*$", re.I)
        self.age_after = re.compile(g("AGE_AFTER", r"(?!x)x"), re.I)
        self.decade_block = re.compile(g("DECADE_NOT_AFTER", r"(?!x)x") + r"\s*$", re.I)
        self.dur_rel_det = re.compile(g("DUR_REL_DET_RE", r"(?!x)x") + r"\s+$", re.I)  # "des trois derniers mois"
        self.next_verbal = {_norm(x) for x in g("NEXT_VERBAL", ())}  # "qui viennent"
        self.next_verbal_block = re.compile(g("NEXT_VERBAL_NOT_BEFORE", r"(?!x)x"), re.I)
        self.this_post = {_norm(x) for x in g("POSTPOSED_THIS", ())}
        self.dur_mod_verb = {_norm(x) for x in g("DUR_MOD_VERB", ())}  # "a passé deux ans"
        self.mid = g("MID", ())
        self.early = g("EARLY", ())
        self.late = g("LATE", ())

        full = [k for k in self.months if k not in self.month_abbr]
        MON = rf"(?:{_alt(full)}|{_alt(self.month_abbr)}\.?)" if self.month_abbr else _alt(self.months)
        WD = _alt(self.weekdays)
        NUMW = _alt(self.numbers)
        NUM = rf"(?:\d+(?:[.,]\d+)?(?:\s+[13]/[24]|\s?[½¼¾])?|{NUMW}(?:[\s-]+(?:{NUMW}))?)"
        UNIT = _alt(self.units)
        DET = "(?:" + "|".join(
            (_alt([d]) + (r"\s*" if d.endswith(("'", "’")) else r"\s+")) for d in g("DET", ())
        ) + ")" if g("DET", ()) else "(?!x)x"
        LAST, NEXT, THIS = _alt(self.last), _alt(self.next), _alt(self.this)
        # words after the noun ("juin dernier", "el martes pasado"); English puts them before
        PLAST = LAST if g("POSTPOSED_REL", True) else "(?!x)x"
        PNEXT = NEXT if g("POSTPOSED_REL", True) else "(?!x)x"
        PTHIS = _alt(g("POSTPOSED_THIS", ())) if g("POSTPOSED_THIS", ()) else "(?!x)x"  # "l'année en cours"
        # "earlier this month", "later yesterday": shifters kept in the span, no MOD value
        MOD = rf"(?P<mod>{_alt(list(self.mid) + list(self.early) + list(self.late) + list(g('SHIFT', ())))})\s*"
        DAYN = r"(?P<day>[0-3]?\d)(?:er|re|st|nd|rd|th|\.|-?го|-?е|º|°)?"
        YEAR = r"(?P<year>(?:1[0-9]|20)\d\d)(?!\d)"
        YSUF = (r"(?:\s*" + _alt(g("YEAR_SUFFIX", ())) + ")?") if g("YEAR_SUFFIX", ()) else ""
        OF = _alt(g("DAY_OF", ()) or ["of"])
        SEAS = _alt(self.seasons)
        PART = _alt(self.dayparts)
        APPROX = _alt(g("APPROX", ()))
        self.rx: list[tuple[str, re.Pattern]] = []

        def add(name: str, pat: str, flags: int = re.I) -> None:
            self.rx.append((name, re.compile(_B + pat + _E, flags)))

        HALF = rf"(?P<half>{g('HALF_AFTER', '')})?" if g("HALF_AFTER", None) else ""  # "deux heures et demie"
        # "February this year", "Oct. 5 last year", "en juin de cette année"
        YUNIT = _alt([k for k, v in self.units.items() if v == "Y"])
        YREL = (rf"\s+(?:{OF}\s+)?(?:(?P<yrel>{THIS}|{LAST}|{NEXT})\s+{YUNIT}(?![\w'’-])|"
                rf"(?:{DET})?{YUNIT}\s+(?P<yrel2>{PLAST}|{PNEXT}))")
        # "le 3 juin au soir": a part of the day right after a date ("dans la soirée" stays apart)
        DPART = _alt([p for p in self.dayparts if " " in p and not p.startswith("dans")] or ["(?!x)x"])
        # explicit dates
        add("dmy", rf"(?:{DET}|{THIS}\s+)?(?:(?P<wd>{WD})[,\s]+(?:{DET})?)?{DAYN}\s*(?:{OF}\s+)?(?P<mon>{MON})"
            rf"(?:,?\s*(?:{OF}\s+)?{YEAR}{YSUF}|{YREL}|\s+(?P<rel>{PLAST}|{PNEXT}))?(?:\s+(?P<dpart>{DPART}))?")
        add("mdy", rf"(?:(?P<wd>{WD}),?\s+)?(?P<mon>{MON})\s+{DAYN}(?:(?:,\s*|\s+){YEAR}|{YREL})?")
        add("my", rf"(?:{MOD})?(?P<mon>{MON})\s*,?\s*(?:{OF}\s+)?{YEAR}{YSUF}")
        # "mai 68", "June '98": a month and a two-digit year
        add("my2", rf"(?P<mon>{MON})\s+['’]?(?P<y2>[4-9]\d)(?!\d|[.,:]\d|\s*(?:%|h\b|{UNIT}))")
        add("iso", r"(?P<year>\d{4})-(?P<mo>\d{2})-(?P<day>\d{2})(?:[T ](?P<h>\d{2}):(?P<mi>\d{2}))?")
        add("num", r"(?P<a>\d{1,2})([./-])(?P<b>\d{1,2})\2(?P<year>\d{4}|\d{2})"
            r"(?:\s*\(?(?P<h>[0-2]?\d)[:h](?P<mi>[0-5]\d)\)?)?")
        MPRE = (r"(?:" + _alt(g("MONTH_PRE", ())) + r"\s*)?") if g("MONTH_PRE", ()) else ""
        add("mon", rf"(?:{MOD})?{MPRE}(?P<mon>{MON})(?:\s+(?:{OF}\s+)?(?:{DET})?(?:(?P<yu0>{UNIT})\s+)?(?P<rel>{PLAST}|{PNEXT})(?:\s+(?P<yu1>{UNIT}))?|{YREL})?")
        add("relmon", rf"(?:{DET})?(?P<rel>{LAST}|{NEXT}|{THIS})\s+(?P<mon>{MON})")
        add("season", rf"(?:{MOD})?(?:(?:{DET})?(?P<rel0>{THIS}|{LAST}|{NEXT})\s+|{DET})?(?P<seas>{SEAS})"
            rf"(?:\s+(?:{OF}\s+)?{YEAR}{YSUF}|\s+(?P<rel>{PLAST}|{PNEXT}))?")
        add("year", rf"(?:{MOD})?(?:(?P<fisc>fiscal|l{_APOS}année|l{_APOS}an|the year)\s*)?{YEAR}{YSUF}")
        add("year2", rf"(?:{_alt(g('YEAR2_PREP', ()))})\s+(?P<y2>[4-9]\d)(?![\d\w%-])(?!\s*(?:%|{UNIT}|[^\W\d_]))")
        add("decade", rf"(?:{MOD})?" + g("DECADE_RE", r"(?!x)x"))
        add("century", rf"(?:{MOD})?(?:{DET})?(?P<ord>[IVXL]+|\d{{1,2}})(?:\s?e|er|ème|eme|éme|è|em|°|th|st|nd|rd|-?(?:й|го|м|му|ого))?\s+"
            rf"(?:{_alt(g('CENTURY_WORDS', ()))})(?:\s+(?:{OF}\s+)?{YEAR})?")
        QPRE = rf"(?:{g('QUARTER_PRE', '(?!x)x')})\s+" if g("QUARTER_PRE", None) else ""
        FISC = rf"(?:(?P<qfisc>{_alt(g('FISCAL', ()))})[\s-]+)?" if g("FISCAL", ()) else ""
        POSS = rf"|{_alt(g('POSSESSIVE', ()))}\s+" if g("POSSESSIVE", ()) else ""
        # "the 1988 second quarter", "next year's first quarter", "its fiscal-first quarter"
        add("quarter", rf"(?:{DET}{POSS})?(?:{QPRE})?(?:(?P<rel0>{THIS}|{LAST}|{NEXT})\s+)?{FISC}(?P<ord>{_alt(self.ordinals)})[\s-]*"
            rf"(?P<q>{_alt(list(g('QUARTER_WORDS', ())) + list(g('HALF_WORDS', ())))})"
            rf"(?:\s+(?:{OF}\s+)?{YEAR}|\s+(?P<rel>{PLAST}|{PNEXT}))?")
        # weekdays and relative days
        WDET = DET if g("DET_BEFORE_WEEKDAY", False) else "(?!x)x"
        add("wd", rf"(?:{MOD})?(?:(?:{DET})?(?P<rel0>{THIS}|{LAST}|{NEXT})\s+|{WDET})?(?P<wd>{WD})(?P<pl>s)?"
            rf"(?:\s*(?P<part>{PART}))?(?:\s+(?P<rel>{PLAST}|{PNEXT}))?")
        add("relday", rf"(?:{MOD})?(?P<rd>{_alt(self.days_rel)})(?:\s+(?P<part>{PART}))?")
        add("thispart", rf"(?:{MOD})?(?P<rel0>{THIS})\s+(?P<part>{PART})")
        if g("PART_ALONE", ()):  # "dans la soirée": a part of the day of the story
            add("partalone", rf"(?P<pre>{_alt(g('PART_ALONE', ()))})\s*(?P<part>{PART})(?!\s+(?:de|du|des|d['’])\b)")
        # "en fin de matinée", "in the late afternoon": a part of the day being reported on
        add("modpart", rf"(?P<mod>{_alt(list(self.mid) + list(self.early) + list(self.late))})\s*(?:{DET})?(?P<part>{PART})")
        add("partwd", rf"(?P<part>{PART})\s+(?:(?:{OF}|du|de)\s+)?(?P<wd>{WD}|{_alt(self.days_rel)})"
            rf"(?:\s+(?:à|au|на|до)\s+{WD}(?=\W))?")  # "la nuit de samedi à dimanche"
        # relative units
        add("relunit", rf"(?:{MOD})?(?:{DET})?(?:(?P<rel0>{THIS}|{LAST}|{NEXT})\s+(?P<unit>{UNIT})(?:-ci|-là)?|"
            rf"(?P<unit2>{UNIT})\s+(?P<rel>{PLAST}|{PNEXT}|{PTHIS}))")
        # "la fin de l'année", "the end of the month": the current unit, with a modifier
        add("modunit", rf"(?P<mod>{_alt(list(self.mid) + list(self.early) + list(self.late) + list(g('SHIFT', ())))})\s*(?:{DET})?(?P<unit>{UNIT})")
        # "mercredi 12": weekday and day number without a month
        add("wdday", rf"(?:{WDET})?(?P<wd>{WD})\s+(?P<day>[0-3]?\d)(?:er)?(?![\d:.,]\d|\s*(?:h\b|{UNIT}|%))")
        add("ago_pre", rf"(?P<pre>{_alt(g('AGO_PRE', ()))})\s+(?:(?P<approx>{APPROX})(?:\s+|(?<=['’])))?(?P<num>{NUM})?\s*(?P<unit>{UNIT})")
        add("ago_post", rf"(?:(?P<approx>{APPROX})(?:\s+|(?<=['’])))?(?P<num>{NUM})?[\s-]*(?P<unit>{UNIT})\s+(?P<post>{_alt(g('AGO_POST', ()))})")
        add("in_pre", rf"(?P<pre>{_alt(g('IN_PRE', ()))})\s+(?:(?P<approx>{APPROX})(?:\s+|(?<=['’])))?(?P<num>{NUM})\s*(?P<unit>{UNIT})")
        DMOD = _alt(list(g("DUR_MOD", ())) + list(self.last) + list(self.next))
        add("dur", rf"(?:(?P<approx>{APPROX})(?:\s+|(?<=['’])))?(?:(?:{DET}|{THIS}\s+)?(?P<rel0>{DMOD})\s+)?(?:{DET}|{THIS}\s+)?"
            rf"(?P<num>{NUM})(?:[\s-]+|(?<=['’]))(?:(?P<rel>{LAST}|{NEXT})\s+)?(?:more\s+)?(?P<unit>{UNIT}){HALF}")
        if g("RANGE_CONJ", ()):  # "deux à trois ans", "two to three weeks": the low end
            add("durrange", rf"(?:(?P<approx>{APPROX})(?:\s+|(?<=['’])))?(?:(?:{DET})?(?P<rel0>{DMOD})\s+)?(?P<num>{NUM})\s+(?:{_alt(g('RANGE_CONJ', ()))})\s+"
                rf"(?P<num2>{NUM})[\s-]+(?P<unit>{UNIT})")
        if g("WHOLE", ()):  # "toute la semaine", "all day": one whole unit
            add("whole", rf"(?P<whole>{_alt(g('WHOLE', ()))})\s*(?P<unit>{UNIT})")
        add("durvague", rf"(?:{DET}|{THIS}\s+)(?P<rel0>{LAST}|{NEXT}|past|coming)\s+(?P<unit>{UNIT})")
        add("clock", g("CLOCK_RE", r"(?!x)x"))
        if g("BARE_PLURAL_PRE", ()):
            BPDET = rf"|(?P<pldet>{_alt(g('BARE_PLURAL_DET', ()))})\s+" if g("BARE_PLURAL_DET", ()) else ""
            add("bareplural", rf"(?:{_alt(g('BARE_PLURAL_PRE', ()))})\s+(?P<core>(?:{DET}{BPDET})?(?P<unit>{UNIT}))")
        add("noon", rf"(?<![-‐‑])(?:(?P<approx>{APPROX})\s+)?(?P<noon>{_alt(self.noon)})")
        self.holidays = {_norm(k): v for k, v in g("HOLIDAYS", {}).items()}
        if self.holidays:
            add("holiday", rf"(?:(?P<rel0>{LAST}|{NEXT}|{THIS})\s+)?(?P<hol>{_alt(self.holidays)})"
                rf"(?:\s+(?:{OF}\s+)?{YEAR}|\s+(?P<rel>{PLAST}|{PNEXT}))?")
        add("every", rf"(?P<every>{_alt(g('EVERY', ()))})\s+(?:(?P<num>{NUM})\s+)?(?:(?P<wd>{WD})s?|(?P<mon>{MON})|"
            rf"(?P<unit>{UNIT})|(?P<part>{PART})|(?P<seas>{SEAS}))")
        add("setw", rf"(?P<setw>{_alt(self.set_words)})")
        if g("FIN_QUARTER_RE", None):  # "the quarter", "the latest period" in financial reports
            add("finq", g("FIN_QUARTER_RE", None))
        if g("FIN_YEAR_RE", None):  # "the full year", "the fiscal year", "year end"
            add("finy", g("FIN_YEAR_RE", None))
        if g("SPELLED_YEAR_RE", None):  # "nineteen ninety-six" (transcripts)
            add("spelledyear", g("SPELLED_YEAR_RE", None))
        add("ref", rf"(?P<ref>{_alt(self.refs)})")
        if g("YEAR_AGO", ()):
            add("yearago", rf"(?P<ya>{_alt(g('YEAR_AGO', ()))})")

        vocab = (list(self.months) + list(self.weekdays) + list(self.seasons) + list(self.units)
                 + list(self.days_rel) + list(self.dayparts) + list(self.refs) + list(self.set_words)
                 + list(self.holidays) + list(self.noon) + list(self.decade_words)
                 + list(g("YEAR_AGO", ())) + list(g("CENTURY_WORDS", ())) + list(g("QUARTER_WORDS", ()))
                 + list(g("EXTRA_TRIGGERS", ())))
        # words that can start or anchor an expression; rules run only in windows around them
        self.trigger = re.compile(r"\d|" + _B + _alt(vocab), re.I)

        # rules that cannot match without one of these words run only in windows around them
        self.anchor_rx = {
            "unit": re.compile(_B + UNIT + _E, re.I),
            "month": re.compile(_B + _alt(self.months), re.I),
            "weekday": re.compile(_B + WD, re.I),
        }
        self.rule_anchor = {
            "dur": "unit", "durrange": "unit", "whole": "unit", "ago_post": "unit", "ago_pre": "unit", "in_pre": "unit",
            "relunit": "unit", "durvague": "unit", "bareplural": "unit", "modunit": "unit",
            "dmy": "month", "mdy": "month", "my": "month", "my2": "month", "mon": "month", "relmon": "month",
            "wd": "weekday", "wdday": "weekday", "partwd": None,
        }

    def windows(self, text: str, rx: re.Pattern | None = None, pad_before: int = 90,
                pad_after: int = 90) -> list[tuple[int, int]]:
        """Merged text windows around trigger words (``rx``, default: any trigger), cut at
        whitespace so that word boundaries inside a window are the real ones."""
        out: list[list[int]] = []
        n = len(text)
        for m in (rx or self.trigger).finditer(text):
            lo, hi = max(0, m.start() - pad_before), min(n, m.end() + pad_after)
            if out and lo <= out[-1][1]:
                out[-1][1] = max(out[-1][1], hi)
            else:
                out.append([lo, hi])
        res: list[tuple[int, int]] = []
        for lo, hi in out:
            while lo > 0 and not text[lo - 1].isspace():
                lo -= 1
            while hi < n and not text[hi].isspace():
                hi += 1
            if res and lo <= res[-1][1]:
                res[-1] = (res[-1][0], max(res[-1][1], hi))
            else:
                res.append((lo, hi))
        return res

    # tense of the clause around [s, e): -1 past, +1 future, 0 unknown
    def direction(self, text: str, s: int, e: int) -> int:
        adj = self.past_adjacent.search(text, max(0, s - 30), s)
        if adj and not self.future_re.search(adj.group(0)):
            return -1
        lo = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s), text.rfind(";", 0, s), s - 250)
        hi_c = [i for i in (text.find(". ", e), text.find("\n", e), text.find(";", e)) if i != -1]
        hi = min(hi_c + [e + 150])
        best, bd = 0, 10 ** 9
        for rx, val in ((self.future_re, 1), (self.past_re, -1)):
            for m in rx.finditer(text, lo + 1, hi):
                if m.start() < e and m.end() > s:
                    continue
                dist = s - m.end() if m.end() <= s else m.start() - e
                dist = dist * 1.0 if m.end() <= s else dist * 1.3  # cues before weigh a bit more
                if val > 0:
                    dist *= self.future_penalty  # news mostly reports the past
                if dist < bd:
                    best, bd = val, dist
        return best


def _load_module(code: str) -> Any:
    if code == "it":
        from newsweave.enrich import timex_it
        return timex_it
    from newsweave import lang as _langs
    return _langs.get(code)


@lru_cache(maxsize=16)
def _get_lang(code: str) -> _Lang | None:
    mod = _load_module(code)
    if mod is None or not getattr(mod, "TIMEX_MONTHS", None):
        return None
    return _Lang(code, mod)


# -------------------------------------------------------------------------------- candidates
@dataclass
class _Cand:
    start: int
    end: int
    type: str
    value: str
    conf: float = 1.0
    attrs: dict[str, Any] = field(default_factory=dict)
    prio: int = 0
    day: _dt.date | None = None  # resolved calendar day, when there is one
    year: int | None = None      # explicit year stated in the expression


class _Ctx:
    def __init__(self, text: str, L: _Lang, anchor: _Anchor | None):
        self.text, self.L, self.a = text, L, anchor

    # -- helpers
    def low_conf(self, c: _Cand, need: str) -> _Cand:
        a = self.a
        if a is None:
            c.conf = min(c.conf, 0.5)
            c.attrs["anchor_granularity"] = None
        elif (need == "day" and a.gran != "day") or (need == "month" and a.gran == "year"):
            c.conf = min(c.conf, 0.5 if a.gran == "month" else 0.35)
            c.attrs["anchor_granularity"] = a.gran
        return c

    def shift_days(self, n: int) -> tuple[str, _dt.date | None, bool]:
        a = self.a
        if a is None:
            return "XXXX-XX-XX", None, False
        if a.date:
            d = a.date + _dt.timedelta(days=n)
            return _fmt_day(d), d, True
        if a.m:
            return f"{a.y:04d}-{a.m:02d}", None, False
        return f"{a.y:04d}", None, False

    def num(self, s: str | None) -> float | None:
        if s is None or not s.strip():
            return 1
        s = _norm(s)
        if re.fullmatch(r"\d+(?:[.,]\d+)?", s):
            return float(s.replace(",", "."))
        mf = re.fullmatch(r"(\d+)(?:\s+([13])/([24])|\s?([½¼¾]))", s)
        if mf:  # "5 1/2 hours"
            frac = int(mf.group(2)) / int(mf.group(3)) if mf.group(2) else {"½": .5, "¼": .25, "¾": .75}[mf.group(4)]
            return int(mf.group(1)) + frac
        v = _lookup(self.L.numbers, s)
        if v is not None or s in self.L.numbers:
            return v
        parts = re.split(r"[\s-]+", s)
        if all(p in self.L.numbers for p in parts) and parts:
            vals = [self.L.numbers[p] for p in parts]
            if None in vals:
                return None
            tot = 0
            for v in vals:
                tot = tot * v if v in (100, 1000) and tot else tot + v
            return tot
        return None

    def fix_num(self, m: re.Match, s: int) -> tuple[int, float | None]:
        """Value of the number group; a compound that does not add up ("a five", "seven a")
        keeps only its last word, and the match start moves to it when nothing precedes."""
        raw = m.group("num")
        if raw is None:
            return s, 1
        parts = re.split(r"[\s-]+", _norm(raw))
        if len(parts) > 1 and not re.fullmatch(r"\d+(?:[.,]\d+)?|\d+\s+[13]/[24]", _norm(raw)):
            vals = [self.L.numbers.get(p, "?") for p in parts]
            ok = (_norm(raw) in self.L.numbers) or (
                len(vals) == 2 and all(isinstance(v, (int, float)) for v in vals)
                and (vals[0] >= 20 and vals[0] % 10 == 0 and vals[1] < 10 or vals[1] in (100, 1000)))
            if not ok:
                last = raw.split()[-1] if " " in raw.strip() else re.split(r"-", raw)[-1]
                start = m.start("num") + raw.rfind(last)
                n = self.num(last)
                if m.start("num") == s:
                    s = start
                return s, n
        return s, self.num(raw)

    def resolve_md(self, mon: int, day: int | None, s: int, e: int, wd: int | None,
                   ctx_year: int | None) -> tuple[int | None, float]:
        """Year for a month (and day) without a year."""
        a = self.a
        if ctx_year:
            return ctx_year, 0.9
        if a is None:
            return None, 0.5
        cands = [a.y - 1, a.y, a.y + 1]
        if wd is not None and day:
            ok = []
            for y in cands:
                try:
                    if _dt.date(y, mon, day).weekday() == wd:
                        ok.append(y)
                except ValueError:
                    pass
            if len(ok) == 1:
                return ok[0], 0.95
        if a.m is None:
            return a.y, 0.6
        direction = self.L.direction(self.text, s, e)
        ad = a.d or 15
        if day is None:  # month granularity: distance in months
            dist = {y: (y * 12 + mon) - (a.y * 12 + a.m) for y in cands}
        else:
            base = _dt.date(a.y, a.m, ad)
            dist = {}
            for y in cands:
                try:
                    dist[y] = (_dt.date(y, mon, min(day, 28 if mon == 2 else day)) - base).days
                except ValueError:
                    pass
        # cost: distance, with the direction the tense (or the news default, the past) prefers
        fut_w = 4.0 if direction < 0 else (0.3 if direction > 0 else (3.0 if day is None else 1.6))
        cost = {y: (abs(v) * (fut_w if v > 0 else 1.0)) for y, v in dist.items()}
        y = min(cost, key=cost.get)
        conf = (0.9 if a.d or day is None else 0.7) * (1.0 if direction else 0.9)
        return y, conf


def _week_value(d: _dt.date) -> str:
    iy, iw, _ = d.isocalendar()
    return f"{iy:04d}-W{iw:02d}"


def _mod_attr(c: _Cand, mod: str | None, L: _Lang) -> None:
    if not mod:
        return
    m = _norm(mod)
    if any(m == _norm(x) or m.startswith(_norm(x).rstrip()) for x in L.mid if _norm(x)):
        c.attrs["mod"] = "MID"
    elif any(m == _norm(x) for x in L.early):
        c.attrs["mod"] = "START"
    elif any(m == _norm(x) for x in L.late):
        c.attrs["mod"] = "END"


def _handle(name: str, m: re.Match, cx: _Ctx) -> _Cand | None:  # noqa: C901 - one place for all rules
    L, a, text = cx.L, cx.a, cx.text
    s, e = m.start(), m.end()
    gd = m.groupdict()
    c: _Cand | None = None
    if gd.get("rel") and _norm(gd["rel"]) in L.next_verbal and L.next_verbal_block.match(text, e):
        return None  # "les heures qui viennent de s'écouler": just past, not coming

    def mon_of(x: str) -> int | None:
        if L.capitalised and _norm(x).rstrip(".") in L.capitalised and not x[:1].isupper():
            return None
        return _lookup(L.months, x)

    if name in ("dmy", "mdy"):
        mon = mon_of(gd["mon"])
        day = int(gd["day"])
        if mon is None or not 1 <= day <= 31:
            return None
        if name == "mdy" and (L.date_order != "md" or (gd["mon"].endswith(".") and len(gd["mon"]) > 5)):
            return None
        wd = _lookup(L.weekdays, gd["wd"]) if gd.get("wd") else None
        rel = _norm(gd.get("rel") or "")
        if gd.get("year"):
            y, conf, yr = int(gd["year"]), 1.0, int(gd["year"])
        elif (gd.get("yrel") or gd.get("yrel2")) and a is not None:
            yrel = _norm(gd.get("yrel") or gd["yrel2"])
            y = a.y + (-1 if yrel in L.last else (1 if yrel in L.next else 0))
            conf, yr = 0.95, y
        elif rel and a is not None and (rel in L.last or rel in L.next):
            ad = (a.m or 6, a.d or 15)
            if rel in L.last:
                y = a.y if (mon, day) <= ad else a.y - 1
            else:
                y = a.y if (mon, day) >= ad else a.y + 1
            conf, yr = 0.95 if a.m else 0.6, None
        else:
            y, conf = cx.resolve_md(mon, day, s, e, wd, None)
            yr = None
        try:
            d = _dt.date(y, mon, day) if y else None
        except ValueError:
            return None
        val = _fmt_day(d) if d else f"XXXX-{mon:02d}-{day:02d}"
        c = _Cand(s, e, "DATE", val, conf, {}, 5, day=d, year=yr)
        dpart = _lookup(L.dayparts, gd["dpart"]) if gd.get("dpart") else None
        if dpart:
            c.type, c.value = "TIME", f"{val}T{dpart}"
        if d is not None and wd is not None and d.weekday() == wd:
            c.attrs["weekday_checked"] = True  # the stated weekday fixed the year
        if not gd.get("year"):
            c.attrs["implicit_year"] = True
            if a is None:
                c.attrs["anchor_granularity"] = None
    elif name == "my":
        mon = mon_of(gd["mon"])
        if mon is None:
            return None
        c = _Cand(s, e, "DATE", f"{int(gd['year']):04d}-{mon:02d}", 1.0, {}, 4, year=int(gd["year"]))
        _mod_attr(c, gd.get("mod"), L)
    elif name == "my2":
        mon = mon_of(gd["mon"])
        if mon is None or (_norm(gd["mon"]) in L.month_abbr and not gd["mon"].endswith(".")):
            return None
        nxt = re.match(r"\s*([^\s\d]+)", text[e:e + 16])
        if nxt and nxt.group(1).rstrip(".,;:") in L.not_year_after:
            return None  # "mai 68 personnes"
        y = 1900 + int(gd["y2"])
        if a and y + 100 <= a.y:
            y += 100
        c = _Cand(s, e, "DATE", f"{y:04d}-{mon:02d}", 0.8, {}, 3, year=y)
    elif name == "iso":
        try:
            d = _dt.date(int(gd["year"]), int(gd["mo"]), int(gd["day"]))
        except ValueError:
            return None
        if gd.get("h"):
            c = _Cand(s, e, "TIME", f"{_fmt_day(d)}T{gd['h']}:{gd['mi']}", 1.0, {}, 6, day=d, year=d.year)
        else:
            c = _Cand(s, e, "DATE", _fmt_day(d), 1.0, {}, 6, day=d, year=d.year)
    elif name == "num":
        x, z = int(gd["a"]), int(gd["b"])
        dd, mm = (x, z) if L.date_order == "dm" else (z, x)
        if mm > 12 and dd <= 12:
            dd, mm = mm, dd
        y = int(gd["year"])
        if y < 100:
            y += 1900 if y >= 50 else 2000
        try:
            d = _dt.date(y, mm, dd)
        except ValueError:
            return None
        if gd.get("h"):
            c = _Cand(s, e, "TIME", f"{_fmt_day(d)}T{int(gd['h']):02d}:{gd['mi']}", 1.0, {}, 6, day=d, year=y)
        else:
            c = _Cand(s, e, "DATE", _fmt_day(d), 1.0, {}, 6, day=d, year=y)
    elif name in ("mon", "relmon"):
        mon = mon_of(gd["mon"])
        if mon is None:
            return None
        # very short or ambiguous month names need a determiner/modifier/preposition context
        raw = gd["mon"]
        if _norm(raw) in L.numbers and not gd.get("rel") and not gd.get("yrel") and not gd.get("yrel2") \
                and re.match(r"\s+[^\W\d_]", text[m.end("mon"):m.end("mon") + 3]) and not raw.endswith("."):
            return None  # "sept manifestants": the number seven
        rel = gd.get("rel")
        if name == "mon" and not rel and not gd.get("mod"):
            before = text[max(0, m.start("mon") - 12):m.start("mon")].lower()
            if len(raw) <= 4 and not re.search(r"(?:\ben|\bin|\bde|\bd'|\bsince|\buntil|\bby|\bof|\bв|\bу|\bim|\bseit|"
                                               r"\bbis|\bal|\bdel|\ba|\bà|\bau|\bet|\band|\bor|\bou|\by|\bund|\bи|\bі|\bto|"
                                               r"\bthrough|\bhasta|\bдо|\bпо|\bfin|\bdébut|\bmi-|\bdepuis|\bdès|\bavant|\baprès|\bpendant|"
                                               r"\bdurant|\bcourant|\bentre|\bbefore|\bafter|\bduring|\bdesde|\bantes|\bnach|"
                                               r"\bvor|\bс|\bпосле|\bпісля|\bз)\s*$", before):
                return None
        yu = gd.get("yu0") or gd.get("yu1")
        if gd.get("yrel") or gd.get("yrel2") or (yu and _lookup(L.units, yu) == "Y"):
            rel = rel or gd.get("yrel") or gd.get("yrel2")
            yrel = _norm(rel)  # "juin de l'an dernier", "June last year"
        else:
            yrel = None
        if a is None:
            val, conf = f"XXXX-{mon:02d}", 0.5
            y = None
        elif yrel is not None:
            y = a.y + (-1 if yrel in L.last else (1 if yrel in L.next else 0))
            conf = 0.95
            val = f"{y:04d}-{mon:02d}"
        else:
            if rel and _norm(rel) in L.last | {_norm(x) for x in ()}:
                y = a.y if (a.m or 12) > mon else a.y - 1
                conf = 0.95 if a.m else 0.6
            elif rel and _norm(rel) in L.next:
                y = a.y if (a.m or 0) < mon else a.y + 1
                conf = 0.95 if a.m else 0.6
            elif rel and _norm(rel) in L.this:
                y, conf = a.y, 0.9
            else:
                y, conf = cx.resolve_md(mon, None, s, e, None, None)
            val = f"{y:04d}-{mon:02d}" if y else f"XXXX-{mon:02d}"
        c = _Cand(s, e, "DATE", val, conf, {}, 3)
        if y and not rel:
            c.attrs["implicit_year"] = True
        _mod_attr(c, gd.get("mod"), L)
    elif name == "season":
        code = _lookup(L.seasons, gd["seas"])
        if code is None:
            return None
        if L.season_after_block.match(text, e) or (
                gd["seas"][:1].isupper() and m.start("seas") == s and s > 0
                and not re.search(r"(?:^|[.!?:»\"]\s*|\n\s*)$", text[max(0, s - 3):s])):
            return None  # "le Printemps arabe", "le Printemps" (a shop): names, not seasons
        if m.start("seas") == s and L.season_block.search(text[max(0, s - 40):s]):
            return None  # "a été" (participle), not the season
        if m.start("seas") == s and _norm(gd["seas"]) in L.season_needs_context and not gd.get("year") \
                and not gd["seas"][:1].isupper() and not L.season_context.search(text[max(0, s - 20):s]):
            return None  # English "fall" as a verb, French "été" as a participle
        rel = gd.get("rel") or gd.get("rel0")
        if gd.get("year"):
            y, conf = int(gd["year"]), 1.0
        elif a is None:
            y, conf = None, 0.5
        else:
            am = a.m or 6
            lo, hi = _SEASON_MONTHS[code]
            cur_started = (am >= lo) if code != "WI" else True
            if rel and _norm(rel) in L.last:
                y = a.y if (am > hi and code != "WI") else a.y - 1
            elif rel and _norm(rel) in L.next:
                y = a.y if am < lo and code != "WI" else a.y + 1
            elif rel and _norm(rel) in L.this:
                y = a.y
            else:
                y = a.y
                if L.direction(text, s, e) < 0 and am < lo and code != "WI":
                    y = a.y - 1
            conf = 0.9 if a.m else 0.6
        if not gd.get("year") and not rel and m.start("seas") == s and (
                L.season_generic.search(text[max(0, s - 25):s]) or L.season_generic_after.match(text, e)):
            y, conf = None, 0.7  # "en été", "été comme hiver": any summer (generic)
        c = _Cand(s, e, "DATE", f"{y:04d}-{code}" if y else f"XXXX-{code}", conf, {}, 3,
                  year=int(gd["year"]) if gd.get("year") else None)
        _mod_attr(c, gd.get("mod"), L)
    elif name == "year":
        y = int(gd["year"])
        if not 1500 <= y <= 2099:
            return None
        after = text[e:e + 16]
        nxt = re.match(r"\s*([^\s\d]+)", after)
        if nxt and (nxt.group(1).rstrip(".,;:") in L.not_year_after or nxt.group(1)[:1] in "%€$£"):
            return None
        before = text[max(0, s - 3):s]
        if re.search(r"[\d.,]\s?$|[$€£#№]\s?$", before) and not re.search(r"[.,]\s$", before):
            return None
        if re.match(r"\s?(?:[.,]\d|\d)", after):
            return None
        if a and (y > a.y + 30):
            return None
        c = _Cand(s, e, "DATE", f"{y:04d}", 1.0, {}, 2, year=y)
        _mod_attr(c, gd.get("mod"), L)
    elif name == "year2":
        y = 1900 + int(gd["y2"])
        if a and a.y >= 2000 and y + 100 <= a.y:
            y += 100
        c = _Cand(m.start("y2"), m.end("y2"), "DATE", f"{y:04d}", 0.8, {}, 1, year=y)
    elif name == "decade":
        if gd.get("w"):
            d = L.decade_words.get(_norm(gd["w"]))
            if d is None:
                return None
            cent = "19"
        else:
            d = int(gd["d"])
            cent = gd.get("c") or ("20" if (a and d * 10 + 2000 <= a.y and d < 3) else "19")
        if L.decade_block.search(text[max(0, s - 20):s]):
            return None  # "in his 30s": an age
        c = _Cand(s, e, "DATE", f"{cent}{d}X", 0.9, {}, 3)  # TimeBank writes decades 196X
    elif name == "century":
        o = gd["ord"]
        n = _roman(o) if re.fullmatch(r"[IVXL]+", o, re.I) else int(o)
        if not n or n > 21:
            return None
        c = _Cand(s, e, "DATE", f"{n - 1:02d}XX", 0.9, {}, 3)  # and centuries 18XX
        _mod_attr(c, gd.get("mod"), L)
    elif name == "quarter":
        n = _lookup(L.ordinals, gd["ord"])
        qword = _norm(gd["q"])
        is_half = any(qword.startswith(_norm(h)[:5]) for h in getattr(_load_module(L.code), "TIMEX_HALF_WORDS", ()))
        if n is None or n > (2 if is_half else 4):
            return None
        if is_half and _norm(gd["q"]) in L.half_needs_year and not (
                gd.get("year") or gd.get("qy") or gd.get("qrel") or gd.get("qago") or gd.get("rel") or gd.get("rel0")
                or gd.get("qfisc")):
            return None  # "the first half" of a match
        code = f"H{n}" if is_half else f"Q{n}"
        rel = gd.get("rel") or gd.get("rel0")
        qrel = _norm(gd.get("qrel") or "")
        if gd.get("year") or gd.get("qy"):
            y, conf = int(gd.get("year") or gd["qy"]), 1.0
        elif a is None:
            y, conf = None, 0.5
        elif qrel or gd.get("qago"):
            y = a.y + (1 if qrel in L.next else (0 if qrel in L.this else -1))
            conf = 0.9
        else:
            cur = ((a.m or 12) - 1) // (6 if is_half else 3) + 1
            y = a.y if n <= cur else a.y - 1
            if rel and _norm(rel) in L.last:
                y = a.y - 1
            elif rel and _norm(rel) in L.next:
                y = a.y + 1
            elif L.direction(text, s, e) > 0 and n >= cur:
                y = a.y
            conf = 0.85
        if re.search(r"\w-\w", text[m.start("ord"):m.end("q")]) and not gd.get("rel0") \
                and not gd.get("qy") and not gd.get("qrel") and not gd.get("qago"):
            s = m.start("qfisc") if gd.get("qfisc") else m.start("ord")  # "the third-quarter results"  # "the third-quarter results": the adjective alone
        c = _Cand(s, e, "DATE", f"{y:04d}-{code}" if y else f"XXXX-{code}", conf, {}, 4)
    elif name in ("wd", "partwd"):
        if name == "partwd" and re.match(r"(?:dans|in|en)\s+", gd["part"], re.I):
            s = m.start("part") + len(re.match(r"\w+\s+", gd["part"]).group(0))  # "[la nuit de samedi]"
        wdw = gd.get("wd")
        wd = _lookup(L.weekdays, wdw)
        relday = None
        if wd is None:
            relday = _lookup(L.days_rel, wdw) if wdw else None
            if relday is None:
                return None
        if wd is not None and L.capitalised and _norm(wdw) in L.capitalised and not wdw[:1].isupper():
            return None
        # "le lundi" followed by a day number is part of a full date (handled by dmy)
        if gd.get("pl"):  # plural weekday ("les lundis", "on Mondays"): a set
            return _Cand(s, e, "SET", f"XXXX-WXX-{wd + 1}", 0.8, {}, 3) if wd is not None else None
        rel = gd.get("rel") or gd.get("rel0")
        part = _lookup(L.dayparts, gd["part"]) if gd.get("part") else None
        if relday is not None:
            val, d, ok = cx.shift_days(relday)
            c = _Cand(s, e, "DATE", val, 1.0 if ok else 0.5, {}, 3, day=d)
            if not ok:
                cx.low_conf(c, "day")
        elif a is None or a.date is None:
            val = f"{a.y:04d}-{a.m:02d}" if (a and a.m) else (f"{a.y:04d}" if a else "XXXX-XX-XX")
            c = _Cand(s, e, "DATE", val, 0.4, {"weekday": wd}, 3)
            cx.low_conf(c, "day")
            c.conf = min(c.conf, 0.4)
        else:
            ad = a.date
            delta_back = (ad.weekday() - wd) % 7
            delta_fwd = (wd - ad.weekday()) % 7
            if rel and _norm(rel) in L.last:
                d = ad - _dt.timedelta(days=delta_back or 7)
                conf = 0.95
            elif rel and _norm(rel) in L.next:
                d = ad + _dt.timedelta(days=delta_fwd or 7)
                conf = 0.95
            else:
                direction = L.direction(text, s, e)
                if rel and _norm(rel) in L.this:  # "ce lundi": the Monday of the article's week
                    d = ad + _dt.timedelta(days=wd - ad.weekday())
                    if direction > 0 and d < ad:
                        d += _dt.timedelta(days=7)
                    elif direction < 0 and d > ad:
                        d -= _dt.timedelta(days=7)
                elif direction > 0:
                    d = ad + _dt.timedelta(days=delta_fwd)
                else:
                    d = ad - _dt.timedelta(days=delta_back)
                conf = 0.85
            c = _Cand(s, e, "DATE", _fmt_day(d), conf, {}, 3, day=d)
        if part and c:
            c.type = L.part_type
            if c.day or re.fullmatch(r"\d{4}-\d\d-\d\d", c.value):
                c.value = f"{c.value}T{part}"
    elif name == "relday":
        n = _lookup(L.days_rel, gd["rd"])
        if n is None:
            return None
        if _norm(gd["rd"]) in L.today_as_ref and not gd.get("part") and re.match(r"\s*,", text[e:e + 3]):
            return _Cand(s, e, L.ref_type, "PRESENT_REF", 0.7, {}, 3)  # "Aujourd'hui, ..." = nowadays
        val, d, ok = cx.shift_days(n)
        c = _Cand(s, e, "DATE", val, 1.0 if ok else 0.5, {}, 3, day=d)
        if not ok:
            cx.low_conf(c, "day")
        if _lookup(L.narrative, gd["rd"]) is not None:
            if _norm(gd["rd"]).endswith((" before", " after")) and re.match(r"\s*\w", text[e:e + 3]):
                return None  # "the day before the vote": relative to an event, not to a date
            c.attrs["narrative"] = n  # resolved against the story's previous date (postprocess)
            c.conf = min(c.conf, 0.7)
        part = _lookup(L.dayparts, gd["part"]) if gd.get("part") else L.relday_part.get(_norm(gd["rd"]))
        if part:
            c.type = L.part_type
            if d:
                c.value = f"{val}T{part}"
    elif name == "thispart":
        part = _lookup(L.dayparts, gd["part"])
        if part is None or _norm(gd["part"]) in L.event_parts:
            return None  # "cette soirée" is a party, not an evening
        val, d, ok = cx.shift_days(0)
        c = _Cand(s, e, "TIME", f"{val}T{part}" if d else val, 1.0 if ok else 0.5, {}, 3, day=d)
        if not ok:
            cx.low_conf(c, "day")
    elif name == "partalone":
        part = _lookup(L.dayparts, gd["part"]) or _lookup(L.dayparts, gd["pre"] + " " + gd["part"])
        if part is None:
            return None
        art = re.search(r"(?<!\w)(?:la|l['’]|the)\s*$", gd["pre"], re.I)
        s = m.start("pre") + art.start() if art else m.start("part")  # "dans [la soirée]", "en [soirée]"
        c = _Cand(s, e, L.part_type, f"T{part}", 0.7, {"part_of_day": part}, 1)
    elif name == "modpart":
        if text[m.end("mod") - 1].isalpha() and text[m.end("mod")].isalpha():
            return None  # "midnight" is not "mid" + "night"
        part = _lookup(L.dayparts, gd["part"])
        if part is None or part in ("NI",) and not L.early:
            return None
        c = _Cand(s, e, L.part_type, f"T{part}", 0.8, {"part_of_day": part}, 2)
        _mod_attr(c, gd.get("mod"), L)
    elif name == "modunit":
        unit = _lookup(L.units, gd["unit"])
        word = _norm(gd["unit"])
        if unit not in ("Y", "M", "W", "D") or (word.endswith(("s", "x")) and word != "mois"):
            return None
        if unit == "D" and _norm(gd["mod"]) in {_norm(x) for x in getattr(_load_module(L.code), "TIMEX_SHIFT", ())}:
            return None  # "later in the day": too vague for news timelines (TimeBank leaves it)
        c = _rel_unit(cx, s, e, unit, 0)
        if c is not None:
            _mod_attr(c, gd.get("mod"), L)
            c.prio = 2
    elif name == "wdday":
        wd = _lookup(L.weekdays, gd["wd"])
        day = int(gd["day"])
        if wd is None or not 1 <= day <= 31 or a is None or a.m is None:
            return None
        best = None
        for k in (0, 1, -1):  # the anchor's month, then the next, then the previous
            y, mo = _add_months(a.y, a.m, k)
            try:
                d = _dt.date(y, mo, day)
            except ValueError:
                continue
            if d.weekday() == wd:
                best = d
                break
        if best is None:
            return None
        c = _Cand(s, e, "DATE", _fmt_day(best), 0.9, {}, 3, day=best)
    elif name in ("relunit", "durvague"):
        unit = _lookup(L.units, gd.get("unit") or gd.get("unit2") or "")
        pre = re.search(r"([^\W_]+)\s+$", text[max(0, s - 25):s])
        if gd.get("unit2") and pre and (pre.group(1).isdigit() or _norm(pre.group(1)) in L.numbers):
            return None  # "les 4 mois qui viennent": a counted duration (rule "dur")
        relw = _norm(gd.get("rel") or gd.get("rel0") or "")
        sign = -1 if (relw in L.last or relw == "past") else (1 if (relw in L.next or relw == "coming") else 0)
        if unit is None:
            return None
        word = _norm(gd.get("unit") or gd.get("unit2") or "")
        plural = word.endswith(("s", "x")) and word not in ("mois", "fois") and unit not in ("WE",)
        if word in ("mois",) and unit == "M" and relw not in L.this_post and (
                relw.endswith("s") or re.match(r"(?:les|ces|des)\s", text[s:e], re.I)):
            plural = True  # "ces derniers mois"
        if unit == "CE" and not plural and gd.get("unit2") and a is not None:  # "le siècle dernier": a century
            return _Cand(s, e, "DATE", f"{a.y // 100 + sign:02d}XX", 0.9, {}, 3)
        if unit in ("DE", "CE") and not plural and sign != 0:  # "the past decade": the last ten years
            return _Cand(s, e, "DURATION", "P10Y" if unit == "DE" else "P100Y", 0.8, {}, 3)
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
            return _Cand(s, e, "DURATION", v, 0.7, {}, 2)
        c = _rel_unit(cx, s, e, unit, sign)
        if c is not None and sign == 0 and unit in ("Y", "M") and (
                relw in L.that or re.search(r"[-‐]là$", text[s:e], re.I)):
            c.attrs["anaphoric"] = unit  # "that year", "cette année-là": the year last mentioned
        elif c is not None and sign != 0 and unit in ("Y", "M") and relw in L.anaphoric_rel:
            c.attrs["anaphoric"] = unit  # "the following month", "l'année suivante"
            c.attrs["anaphoric_shift"] = sign
    elif name in ("ago_pre", "ago_post", "in_pre"):
        unit = _lookup(L.units, gd["unit"])
        if unit is None:
            return None
        if gd.get("num") is None and name != "ago_post":
            return None
        s2, n = cx.fix_num(m, s)
        if name == "ago_post" and not gd.get("approx"):
            s = s2
        sign = 1 if name == "in_pre" else -1
        if n is None:
            return _Cand(s, e, "DATE", "FUTURE_REF" if sign > 0 else "PAST_REF", 0.8, {}, 4)
        c = _offset(cx, s, e, unit, sign * n)
        if c and gd.get("approx"):
            c.conf *= 0.8
    elif name == "dur":
        unit = _lookup(L.units, gd["unit"])
        if unit == "H" and re.search(r"\d\s?[hH]\s?$", text[max(0, s - 6):s]):
            return None  # "14 h 30 heure de Paris": the minutes of a clock time, not "30 heures"
        if gd.get("rel0") and _norm(gd["rel0"]) in L.dur_mod_verb and not text[s:m.start("rel0")].strip():
            s = m.start("num")  # "il a passé deux ans": a participle, not "the past two years"
        if re.fullmatch(r"(?:1[89]|20)\d\d", gd["num"] or "") and not gd.get("approx"):
            return None  # "the 1988 second quarter": a year, not a count
        if re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", gd["num"] or ""):
            return None  # "300,000 last year": a count with a thousands separator
        if gd.get("rel") and not text[s:m.start("num")].strip() and not (
                L.dur_rel_det.search(text[max(0, s - 6):s])):
            return None  # "trois derniers jours" needs its article ("les trois derniers jours", "des ...")
        s, n = cx.fix_num(m, s)
        if text[m.end("num"):m.start("unit")].strip() == "-" and not gd.get("rel") and not gd.get("rel0"):
            s = max(s, m.start("num"))  # "the eight-year war": the adjective alone
        if unit is None or (n is None and gd.get("num") and _norm(gd["num"]) not in L.numbers):
            return None
        if unit in ("WE",):
            return None
        if gd["unit"][:1].isupper() and re.fullmatch(r"\d+", gd["num"] or "") and s > 0 \
                and not re.search(r"[.!?\n]\s*$", text[max(0, s - 3):s]):
            return None  # "20 Minutes", "24 Heures": newspaper names
        if L.age_after.match(text, e):
            return None  # "a 44-year-old doctor", "six years old": an age
        if unit == "S" and _norm(gd["num"] or "") in L.articles and re.match(r"\s+(?!of\b|later\b|ago\b|before\b|after\b|"
                                                                               r"and\b|or\b|to\b|in\b|earlier\b)[a-z]", text[e:e + 12]):
            return None  # "a second mum": the ordinal
        if unit == "Q" and re.match(r"\s+of\b", text[e:e + 4]):
            return None  # "three-quarters of": a fraction
        if unit == "Y" and not gd.get("approx") and not gd.get("rel") and not gd.get("rel0") \
                and (L.age_strong.search(text[max(0, s - 40):s]) or L.age_before.search(text[max(0, s - 40):s])
                     and re.match(r"\s*(?:[,;)]|et\b|and\b|$)", text[e:e + 5])):
            return None  # an age ("Jean Dupont, 37 ans,")
        if gd.get("half") and n is not None:
            n += 0.5
        c = _Cand(s, e, "DURATION", _duration(n, unit), 1.0, {}, 2)
        # a bare number word followed by a unit reading as a noun ("un jour" = one day, fine)
    elif name == "durrange":
        unit = _lookup(L.units, gd["unit"])
        n1, n2 = cx.num(gd["num"]), cx.num(gd["num2"])
        if unit is None or n1 is None or n2 is None or not n1 < n2 or unit in ("WE", "NIGHT"):
            return None
        if gd.get("rel0"):
            return _Cand(s, e, "DURATION", _duration(None, unit), 0.7, {}, 3)
        c = _Cand(s, e, "DURATION", _duration(n1, unit), 0.8, {"range": [_duration(n1, unit), _duration(n2, unit)]}, 3)
    elif name == "whole":
        unit = _lookup(L.units, gd["unit"])
        word = _norm(gd["unit"])
        if unit not in ("Y", "M", "W", "D", "NIGHT", "WE", "H") or (word.endswith(("s", "x")) and word != "mois"):
            return None
        c = _Cand(s, e, "DURATION", _duration(1, unit), 0.8, {}, 0)  # set words ("toute l'année") win ties
    elif name == "bareplural":
        unit = _lookup(L.units, gd["unit"])
        word = _norm(gd["unit"])
        s = m.start("core")
        if unit == "WE" and m.start("unit") > s:  # "over the weekend": the latest weekend
            c = _rel_unit(cx, s, e, "WE", 0)
            if c is not None and a is not None and a.date is not None and a.date.weekday() < 5:
                c = _rel_unit(cx, s, e, "WE", -1)
            return c
        if unit not in ("Y", "M", "W", "D", "DE", "CE", "H") or not word.endswith(("s", "x")) \
                or word == "mois" and not gd.get("pldet"):
            return None
        return _Cand(s, e, "DURATION", _duration(None, unit), 0.7, {}, 1)
    elif name == "clock":
        if re.search(r"[^\W\d]{4,}$", text[s:e]) and L.duration_pre.search(text[max(0, s - 25):s]):
            return None  # "pendant 20 heures": a duration, not a clock time
        if L.clock_block.match(text, e):
            return None  # "with 4:43 left": a game clock
        if re.search(r"^\D*(?:24|4[0-9])\s*[^\W\d]{4,}$", text[s:e]):
            return None  # "24 heures", "48 heures": durations
        h = int(gd.get("h") or gd.get("h2") or (cx.num(gd["hw"]) if gd.get("hw") else 0) or 0)  # "trois heures du matin": words
        mi = int(gd.get("m") or gd.get("m2") or 0)
        ap = (gd.get("ampm") or "").lower().replace(".", "")
        if (ap.startswith("p") or ap in L.pm_words) and h < 12:
            h += 12
        if ap.startswith("a") and h == 12:
            h = 0
        if h > 24 or mi > 59:
            return None
        c = _Cand(s, e, "TIME", f"T{h:02d}:{mi:02d}", 1.0, {"clock": f"{h:02d}:{mi:02d}"}, 4)
    elif name == "noon":
        v = _lookup(L.noon, gd["noon"])
        if v is None:
            return None
        c = _Cand(s, e, "TIME", f"T{v}", 1.0, {"clock": v}, 2)
    elif name == "every":
        if gd.get("wd"):
            wd = _lookup(L.weekdays, gd["wd"].rstrip("s") if _lookup(L.weekdays, gd["wd"]) is None else gd["wd"])
            if wd is None:
                return None
            c = _Cand(s, e, "SET", f"XXXX-WXX-{wd + 1}", 1.0, {}, 4)
        elif gd.get("mon"):
            mon = mon_of(gd["mon"])
            if mon is None:
                return None
            c = _Cand(s, e, "SET", f"XXXX-{mon:02d}", 1.0, {}, 4)
        elif gd.get("unit"):
            unit = _lookup(L.units, gd["unit"])
            n = cx.num(gd.get("num")) if gd.get("num") else 1
            if unit is None or n is None:
                return None
            c = _Cand(s, e, "SET", _duration(n, unit), 1.0, {}, 4)
        elif gd.get("part"):
            part = _lookup(L.dayparts, gd["part"])
            c = _Cand(s, e, "SET", f"XXXX-XX-XXT{part}", 1.0, {}, 4)
        elif gd.get("seas"):
            code = _lookup(L.seasons, gd["seas"])
            c = _Cand(s, e, "SET", f"XXXX-{code}", 1.0, {}, 4)
    elif name == "setw":
        v = _lookup(L.set_words, gd["setw"])
        if v is None:
            return None
        w = _norm(gd["setw"])
        if gd["setw"][:1].isupper() and s > 0 and not re.search(r"(?:^|[.!?\n]\s*|[\"“«]\s*)$", text[max(0, s - 3):s]):
            return None  # "the Daily News", "Us Weekly": names
        if w.split(" ")[0] not in L.articles and L.set_noun_before.search(text[max(0, s - 12):s]):
            return None  # "l'hebdomadaire", "le mensuel": a publication
        if w in L.set_adj and re.match(r"\s+[^\W\d_]", text[e:e + 3]):
            return None  # adjective before a noun ("the annual meeting")
        if w.split(" ")[0] in L.articles and L.set_need_before and not L.set_need_before.search(text[max(0, s - 30):s]):
            return None  # "it has been a week": a duration; "twice a week", "40 hours a week": a set
        if w.split(" ")[0] in L.articles and L.set_block.search(text[max(0, s - 20):s]):
            return None  # "for a year": a duration
        if w.split(" ")[0] in L.articles and re.match(r"\s+(?:after|before|later|earlier|ago)\b", text[e:e + 9]):
            return None  # "a day after": an offset, not a frequency
        if re.search(r"\baverage\s+$", text[max(0, s - 9):s]):
            return None  # "the average daily volume"
        c = _Cand(s, e, "SET", v, 0.9, {}, 3 if w.split(" ")[0] in L.articles else 1)
    elif name == "yearago":  # "a year ago", "year-earlier": the year before (quarter: see context)
        if a is None:
            return _Cand(s, e, "DATE", "PAST_REF", 0.5, {"anchor_granularity": None}, 4)
        c = _Cand(s, e, "DATE", f"{a.y - 1:04d}", 0.9, {"year_ago": True}, 5, year=None)
    elif name == "holiday":
        spec = L.holidays[_norm(gd["hol"])]
        mon = spec[0]
        if mon == 0 and gd["hol"].split()[-1].split("'")[-1].split("’")[-1][:1].islower():
            return None  # "l'ascension sociale": the common noun
        if mon == 0:  # a movable feast: (0, days after Easter Sunday)
            ea = _easter(a.y if a else 2000) + _dt.timedelta(days=spec[1])
            mon = ea.month

        def hday(y: int) -> int:  # (month, day) or (month, weekday, n): n-th weekday of the month
            if spec[0] == 0:
                return (_easter(y) + _dt.timedelta(days=spec[1])).day
            if len(spec) == 2:
                return spec[1]
            if spec[2] < 0:  # counted from the end of the month
                nxt = _dt.date(y + mon // 12, mon % 12 + 1, 1) - _dt.timedelta(days=1)
                return nxt.day - (nxt.weekday() - spec[1]) % 7 - 7 * (-spec[2] - 1)
            first = _dt.date(y, mon, 1).weekday()
            return 1 + (spec[1] - first) % 7 + 7 * (spec[2] - 1)

        rel = _norm(gd.get("rel") or gd.get("rel0") or "")
        if gd.get("year"):
            y, conf = int(gd["year"]), 1.0
        elif a is not None and rel and (rel in L.last or rel in L.next):
            ad = (a.m or 6, a.d or 15)
            y = a.y if ((mon, hday(a.y)) < ad) == (rel in L.last) else a.y + (-1 if rel in L.last else 1)
            conf = 0.95
        else:
            y, conf = cx.resolve_md(mon, hday(a.y if a else 2000), s, e, None, None)
        if y is None:
            if spec[0] == 0:
                return _Cand(s, e, "DATE", "XXXX-XX-XX", 0.5, {}, 3)
            return _Cand(s, e, "DATE", f"XXXX-{mon:02d}" + (f"-{spec[1]:02d}" if len(spec) == 2 else ""), 0.5, {}, 3)
        d = (_easter(y) + _dt.timedelta(days=spec[1])) if spec[0] == 0 else _dt.date(y, mon, hday(y))
        c = _Cand(s, e, "DATE", _fmt_day(d), conf, {}, 3, day=d)
    elif name == "finq":
        if a is None or a.m is None:
            return None
        cur = (a.m - 1) // 3 + 1
        if gd.get("fqcur"):
            y, n = a.y, cur
        else:
            y, n = (a.y, cur - 1) if cur > 1 else (a.y - 1, 4)
        if gd.get("fqy"):
            y = int(gd["fqy"])
        c = _Cand(s, e, "DATE", f"{y:04d}-Q{n}", 0.6, {"fin_q": "year" if gd.get("fqy") else
                                                       ("cur" if gd.get("fqcur") else "last")}, 2)
    elif name == "finy":
        if gd.get("fydur"):
            return _Cand(s, e, "DURATION", "P1Y", 0.7, {}, 2)
        if a is None:
            return None
        c = _Cand(s, e, "DATE", f"{a.y:04d}", 0.8, {}, 2, year=a.y)
        if gd.get("fyend"):
            c.attrs["mod"] = "END"
    elif name == "spelledyear":
        if gd.get("syc"):
            yy = 0 if _norm(gd["syy"]) == "hundred" else cx.num(gd["syy"])
            y = int(gd["syc"] and {"nineteen": 1900, "eighteen": 1800}[_norm(gd["syc"])] + (yy or 0))
        else:
            y = 2000 + int(cx.num(gd["sy2ky"]) or 0) if gd.get("sy2ky") else 2000
        nxt = re.match(r"\s*([^\s\d]+)", text[e:e + 16])
        if nxt and nxt.group(1).rstrip(".,;:") in L.not_year_after:
            return None
        c = _Cand(s, e, "DATE", f"{y:04d}", 0.9, {}, 3, year=y)
    elif name == "ref":
        v = _lookup(L.refs, gd["ref"])
        if v is None or L.ref_block.match(text, e):
            return None
        typ = "DATE"
        c = _Cand(s, e, L.ref_type, v, 0.9, {}, 1)
    if c is not None and gd.get("mod") and c.start == m.start("mod") \
            and _norm(gd["mod"]) in L.shift and name != "modunit":
        c.start = m.end("mod")  # "earlier this week": TimeBank leaves the shifter out
        while c.start < c.end and text[c.start].isspace():
            c.start += 1
    return c


def _easter(y: int) -> _dt.date:
    """Easter Sunday (Gregorian calendar, anonymous algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741
    m = (a + 11 * h + 22 * l) // 451
    mon, day = divmod(h + l - 7 * m + 114, 31)
    return _dt.date(y, mon, day + 1)


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def _roman(s: str) -> int:
    tot, prev = 0, 0
    for ch in reversed(s.upper()):
        v = _ROMAN.get(ch, 0)
        tot = tot - v if v < prev else tot + v
        prev = max(prev, v)
    return tot


def _duration(n: float | None, unit: str) -> str:
    if unit == "NIGHT":
        unit = "D"
    if unit == "Q":
        return f"P{_numstr(n * 3)}M" if n is not None else "PXM"
    if unit == "HY":
        return f"P{_numstr(n * 6)}M" if n is not None else "PXM"
    if unit == "WE":
        return f"P{_numstr(n * 2)}D" if n is not None else "PXD"
    num = "X" if n is None else _numstr(n)
    if unit == "H" and n is not None and not float(n).is_integer() and float(n * 60).is_integer():
        return f"PT{int(n)}H{int(round((n - int(n)) * 60))}M" if int(n) else f"PT{int(round(n * 60))}M"
    if unit in ("H", "MIN", "S"):
        return f"PT{num}{'M' if unit == 'MIN' else unit}"
    return f"P{num}{unit}"


def _numstr(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else str(round(n, 3))


def _rel_unit(cx: _Ctx, s: int, e: int, unit: str, sign: int) -> _Cand | None:
    a = cx.a
    if unit == "Y":
        if a is None:
            return _Cand(s, e, "DATE", "XXXX", 0.5, {"anchor_granularity": None}, 3)
        return _Cand(s, e, "DATE", f"{a.y + sign:04d}", 1.0, {}, 3, year=a.y + sign)
    if unit in ("M",):
        if a is None or a.m is None:
            c = _Cand(s, e, "DATE", f"{a.y:04d}" if a else "XXXX-XX", 0.4, {}, 3)
            return cx.low_conf(c, "month")
        y, m = _add_months(a.y, a.m, sign)
        return _Cand(s, e, "DATE", f"{y:04d}-{m:02d}", 1.0, {}, 3)
    if unit in ("W", "WE"):
        if a is None or a.date is None:
            base = f"{a.y:04d}-{a.m:02d}" if (a and a.m) else (f"{a.y:04d}" if a else "XXXX-WXX")
            c = _Cand(s, e, "DATE", base, 0.4, {}, 3)
            return cx.low_conf(c, "day")
        d = a.date + _dt.timedelta(weeks=sign)
        v = _week_value(d) + ("-WE" if unit == "WE" else "")
        return _Cand(s, e, "DATE", v, 1.0, {}, 3)
    if unit == "D":
        val, d, ok = cx.shift_days(sign)
        c = _Cand(s, e, "DATE", val, 1.0 if ok else 0.5, {}, 3, day=d)
        return c if ok else cx.low_conf(c, "day")
    if unit == "NIGHT":  # "last night", "la nuit dernière", "cette nuit"
        val, d, ok = cx.shift_days(min(sign, 0))
        c = _Cand(s, e, "TIME" if ok else "DATE", f"{val}TNI" if ok else val, 1.0 if ok else 0.5, {}, 3, day=d)
        return c if ok else cx.low_conf(c, "day")
    if unit in ("Q", "HY"):
        if a is None or a.m is None:
            return None
        size = 3 if unit == "Q" else 6
        q = (a.m - 1) // size + sign
        y = a.y + q // (12 // size)
        q = q % (12 // size) + 1
        return _Cand(s, e, "DATE", f"{y:04d}-{'Q' if unit == 'Q' else 'H'}{q}", 1.0, {}, 3)
    if unit == "DE":
        if a is None:
            return None
        return _Cand(s, e, "DATE", f"{(a.y // 10) + sign:03d}X", 0.9, {}, 3)
    if unit == "CE":
        if a is None:
            return None
        return _Cand(s, e, "DATE", f"{(a.y // 100) + sign:02d}XX", 0.9, {}, 3)
    return None


def _offset(cx: _Ctx, s: int, e: int, unit: str, n: float) -> _Cand | None:
    """A date n units away from the anchor ("three days ago" = -3 D), at the unit's granularity."""
    a = cx.a
    if a is None:
        return _Cand(s, e, "DATE", "PAST_REF" if n < 0 else "FUTURE_REF", 0.6,
                     {"anchor_granularity": None, "offset": _duration(abs(n), unit)}, 4)
    n_int = int(round(n))
    if unit in ("D", "W", "NIGHT", "WE"):
        days = n_int * (7 if unit in ("W",) else 1)
        val, d, ok = cx.shift_days(days)
        c = _Cand(s, e, "DATE", val, 0.95 if ok else 0.5, {}, 4, day=d)
        return c if ok else cx.low_conf(c, "day")
    if unit == "M":
        if a.m is None:
            return cx.low_conf(_Cand(s, e, "DATE", f"{a.y:04d}", 0.5, {}, 4), "month")
        y, m = _add_months(a.y, a.m, n_int)
        return _Cand(s, e, "DATE", f"{y:04d}-{m:02d}", 0.95, {}, 4)
    if unit == "Y":
        return _Cand(s, e, "DATE", f"{a.y + n_int:04d}", 0.95, {}, 4)
    if unit in ("DE",):  # "a decade ago": the year ten years back
        return _Cand(s, e, "DATE", f"{a.y + 10 * n_int:04d}", 0.8, {}, 4)
    if unit in ("CE",):
        return _Cand(s, e, "DATE", f"{(a.y + 100 * n_int) // 100:02d}XX", 0.8, {}, 4)
    if unit in ("H", "MIN", "S"):
        val, d, ok = cx.shift_days(0)
        return _Cand(s, e, "TIME", "PAST_REF" if n < 0 else "FUTURE_REF", 0.7, {"day": val}, 4)
    return None


# ------------------------------------------------------------------------------- main entry
def _select(cands: list[_Cand]) -> list[_Cand]:
    """Non-overlapping candidates, longest first (then rule priority, then leftmost)."""
    cands.sort(key=lambda c: (-(c.end - c.start), -c.prio, c.start))
    taken: list[_Cand] = []
    for c in cands:
        if any(c.start < t.end and t.start < c.end for t in taken):
            continue
        taken.append(c)
    taken.sort(key=lambda c: c.start)
    return taken


_ABBR_DOT = re.compile(r"(?<![\w.])[A-Z][a-z]{0,3}$|(?<![\w.])[a-z]$")  # "Dec. 19", "p. m."


def _sentence_bounds(text: str, s: int, e: int) -> tuple[int, int]:
    lo = max(text.rfind("\n", 0, s), text.rfind("! ", 0, s), text.rfind("? ", 0, s))
    i = s
    while True:  # the last full stop that does not end an abbreviation ("Dec.", "Mr.")
        i = text.rfind(". ", 0, i)
        if i <= lo or not _ABBR_DOT.search(text, max(0, i - 5), i):
            lo = max(lo, i)
            break
    his = [i for i in (text.find("\n", e), text.find("! ", e), text.find("? ", e)) if i != -1]
    i = e
    while True:
        i = text.find(". ", i)
        if i == -1 or not _ABBR_DOT.search(text, max(0, i - 5), i):
            break
        i += 1
    if i != -1:
        his.append(i)
    return lo + 1, (min(his) if his else len(text))


_RANGE_BEFORE = re.compile(
    r"(?<![\d\w])(?P<d1>[0-3]?\d)(?:er|st|nd|rd|th|\.)?\s*(?P<conj>au|à|-|–|to|through|al|bis|по|до|"
    r"et|and|y|und|и|і|e|ou|or|o|oder|или|або)\s*(?:le\s+|the\s+|el\s+)?$", re.I)
_RANGE_CONJ = {"au", "à", "-", "–", "to", "through", "al", "bis", "по", "до"}


def _add_day_ranges(text: str, cands: list[_Cand]) -> None:
    """"du 3 au 5 juin", "les 12 et 13 mai": the first day gets the month (and year) of the second;
    ranges are noted in attrs["range"] on both."""
    new = []
    for c in cands:
        if not (c.day and c.type == "DATE" and re.fullmatch(r"\d{4}-\d\d-\d\d", c.value)):
            continue
        m = _RANGE_BEFORE.search(text, max(0, c.start - 20), c.start)
        if not m:
            continue
        d1 = int(m.group("d1"))
        if not 1 <= d1 < c.day.day:
            continue
        if any(o.start < m.end("d1") and m.start("d1") < o.end for o in cands):
            continue
        first = c.day.replace(day=d1)
        n = _Cand(m.start("d1"), m.end("d1"), "DATE", _fmt_day(first), c.conf, {}, 3, day=first)
        if m.group("conj").lower() in _RANGE_CONJ:
            rng = [_fmt_day(first), c.value]
            n.attrs["range"] = rng
            c.attrs["range"] = rng
        new.append(n)
    if new:
        cands.extend(new)
        cands.sort(key=lambda x: x.start)


def _postprocess(text: str, L: _Lang, a: _Anchor | None, cands: list[_Cand]) -> None:
    """Context passes: explicit years mentioned earlier in a sentence fix later bare months;
    clock times take the day of the nearest date in their sentence (or the anchor's day)."""
    _add_day_ranges(text, cands)
    for i, c in enumerate(cands):
        if c.attrs.get("implicit_year") and c.type == "DATE" and not c.attrs.get("weekday_checked"):
            lo, _ = _sentence_bounds(text, c.start, c.end)
            prev = [p for p in cands[:i] if p.start >= lo]
            if prev and prev[-1].year and c.start - prev[-1].end <= 60:
                y = prev[-1].year
                m = re.match(r"^\d{4}(-\d\d(?:-\d\d)?)$", c.value)
                if m and str(y) != c.value[:4] and a is not None and y < a.y \
                        and L.direction(text, c.start, c.end) > 0:
                    m = None  # "in July 1997, will join on March 12": the future wins
                if m and str(y) != c.value[:4]:
                    c.value = f"{y:04d}{m.group(1)}"
                    c.year = y  # later bare months of the same passage follow it
                    if c.day:
                        try:
                            c.day = c.day.replace(year=y)
                        except ValueError:
                            pass
    for i, c in enumerate(cands):
        if c.type != "TIME" or "clock" not in c.attrs:
            continue
        lo, hi = _sentence_bounds(text, c.start, c.end)
        near = [p for p in cands if p is not c and p.day and lo <= p.start < hi]
        day = None
        if near:
            day = min(near, key=lambda p: (c.start - p.end) if p.end <= c.start
                      else 1.5 * (p.start - c.end) + 1).day  # the date just before, else after
        elif a and a.date:
            day = a.date
        clock = c.attrs.pop("clock")
        c.attrs["clock_merge"] = clock
        if day:
            c.value = f"{_fmt_day(day)}T{clock}"
            c.day = day
        else:
            c.value = f"T{clock}"
            cx_conf = 0.5
            c.conf = min(c.conf, cx_conf)
            c.attrs["anchor_granularity"] = a.gran if a else None
    for i, c in enumerate(cands):  # "that year": the year (or month) the story last mentioned
        unit = c.attrs.pop("anaphoric", None)
        shift = c.attrs.pop("anaphoric_shift", 0)
        if unit is None:
            continue
        for p in reversed(cands[:i]):
            if c.start - p.end > 1500:
                break
            if unit == "Y" and p.year:
                c.value, c.year = f"{p.year + shift:04d}", p.year + shift
                break
            mm = re.match(r"(\d{4})-(\d\d)(?:-\d\d)?$", p.value)
            if unit == "M" and mm and p.type == "DATE":
                y, mo = _add_months(int(mm.group(1)), int(mm.group(2)), shift)
                c.value = f"{y:04d}-{mo:02d}"
                break
    for i, c in enumerate(cands):  # "la veille", "the next day": from the story's last day before
        n = c.attrs.pop("narrative", None)
        if n is None:
            continue
        prev = [p for p in cands[:i] if p.day and "narrative" not in p.attrs and c.start - p.end <= 600]
        if prev and (a is None or prev[-1].day != a.date):
            day = prev[-1].day + _dt.timedelta(days=n)
            c.value = _fmt_day(day) + c.value[10:] if re.match(r"\d{4}-\d\d-\d\d", c.value) else _fmt_day(day)
            c.day = day
            c.attrs["anchored_on"] = prev[-1].value
    for c in cands:  # "en fin de matinée": the part of the nearest day of the sentence
        part = c.attrs.pop("part_of_day", None)
        if part is None:
            continue
        lo, hi = _sentence_bounds(text, c.start, c.end)
        near = [p for p in cands if p is not c and p.day and lo <= p.start < hi]
        if not near:  # the day the paragraph last named
            near = [p for p in cands if p.day and p.end <= c.start and c.start - p.end < 300
                    and "\n" not in text[p.end:c.start]][-1:]
        day = min(near, key=lambda p: abs(c.start - p.end)).day if near else (a.date if a else None)
        if day:
            c.value, c.day = f"{_fmt_day(day)}T{part}", day
    # financial reports: "a year ago" compares with the same quarter of the previous year
    last_q = None
    for c in cands:
        fq = c.attrs.pop("fin_q", None)
        if fq == "year" and last_q is not None:  # "the 1988 quarter": that year's same quarter
            c.value = f"{c.value[:4]}-Q{last_q[1]}"
        elif fq == "last" and last_q is not None:  # "the quarter": the one the report is about
            c.value = f"{last_q[0]:04d}-Q{last_q[1]}"
        mq = re.fullmatch(r"(\d{4})-Q(\d)", c.value)
        if mq and fq != "year":
            last_q = (int(mq.group(1)), mq.group(2))
        elif c.attrs.pop("year_ago", None) and last_q is not None:
            c.value = f"{last_q[0] - 1:04d}-Q{last_q[1]}"
    for c in cands:
        c.attrs.pop("implicit_year", None)
        c.attrs.pop("weekday_checked", None)
    # "10 p.m. Wednesday", "midnight Friday", "5 p.m. EST, Nov. 6": one TIME
    i = 0
    while i < len(cands) - 1:
        c, n = cands[i], cands[i + 1]
        if L.merge_clock_day and c.type == "TIME" and c.attrs.get("clock_merge") and n.day and n.type == "DATE" \
                and re.fullmatch(r",?\s{1,3}|\s*,\s*", text[c.end:n.start]):
            c.value = f"{_fmt_day(n.day)}T{c.attrs['clock_merge']}"
            c.end, c.day = n.end, n.day
            del cands[i + 1]
        i += 1
    for c in cands:
        c.attrs.pop("clock_merge", None)


_TRAIL = re.compile(r"[\s,.;:!?»«\"'()\[\]]+$")


def extract_timexes(text: str, lang: str | None, anchor: DateInfo | None,
                    spans: list[tuple[int, int]] | None = None) -> list[Timex]:
    """Find time expressions in ``text`` and normalise them to TIMEX3 against ``anchor``.

    ``lang`` is an ISO 639-1 code (fr en es de ru uk, plus it); an unknown or missing language
    falls back to language-independent numeric dates and years. ``spans`` limits the search to
    those character ranges (e.g. the article body); offsets always index ``text``.
    """
    if not text:
        return []
    L = _get_lang(lang or "") or _fallback_lang()
    a = _parse_anchor(anchor)
    cx = _Ctx(text, L, a)
    cands: list[_Cand] = []
    wins = L.windows(text) if len(text) > 400 else [(0, len(text))]
    rule_wins = {k: L.windows(text, rx, 80, 80) for k, rx in L.anchor_rx.items()}
    for name, rx in L.rx:
        kind = L.rule_anchor.get(name)
        ws = rule_wins[kind] if kind else wins
        for m in (m for lo, hi in ws for m in rx.finditer(text, lo, hi)):
            if m.end() <= m.start():
                continue
            try:
                c = _handle(name, m, cx)
            except (ValueError, TypeError, KeyError, OverflowError):
                c = None
            if c is None:
                continue
            # no trailing punctuation in spans
            t = text[c.start:c.end]
            mt = _TRAIL.search(t)
            if mt and mt.start() > 0:
                keep = t[:mt.start()]
                last_word = re.search(r"(\w+)$", keep)
                if mt.group(0).startswith(".") and (re.search(r"\b[a-zA-Z]\.[a-zA-Z]$", keep) or (
                        last_word and _norm(last_word.group(1)) in L.month_abbr)):
                    keep += "."  # "p.m.", "Aug.": the dot belongs to the abbreviation
                if keep.count("(") > keep.count(")") and ")" in mt.group(0):
                    keep = t[:t.index(")", mt.start()) + 1]  # close the bracket it opened
                c.end = c.start + len(keep)
            cands.append(c)
    sel = _select(cands)
    if spans is not None:
        sel = [c for c in sel if any(s0 <= c.start and c.end <= e0 for s0, e0 in spans)]
    _postprocess(text, L, a, sel)
    out = []
    a_conf = anchor.confidence if isinstance(anchor, DateInfo) else 1.0
    for c in sel:
        surface = text[c.start:c.end]
        if a is not None and a_conf < 1.0 and c.type in ("DATE", "TIME") \
                and not re.search(r"(?<!\d)\d{4}(?!\d)", surface) and re.match(r"\d{4}", c.value):
            # relative to an uncertain (e.g. inferred) article date: carry that uncertainty
            c.conf *= a_conf
            c.attrs["anchor_source"] = anchor.source
        out.append(Timex(start=c.start, end=c.end, text=surface, type=c.type,
                         value=c.value, anchor=a.value if a else None,
                         confidence=round(c.conf, 3), attrs=c.attrs))
    return out


@lru_cache(maxsize=1)
def _fallback_lang() -> _Lang:
    class _Num:  # language-independent: numeric dates, clock times and years only
        TIMEX_CLOCK_RE = r"(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)"
    return _Lang("xx", _Num)


# ------------------------------------------------------------------------------- refinement

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
        out = []
        for t in timexes:
            f = fresh.get((t.start, t.end))
            out.append(f if f is not None else t)
        return out
    out = []
    for t in timexes:
        if t.anchor == anchor.value:
            out.append(t)
            continue
        if re.search(r"(?:1[5-9]|20)\d\d", t.text) or t.type in ("DURATION", "SET"):
            out.append(t)
            continue
        # re-read the expression on its own, in each supported language, keep the first that parses
        new = None
        for code in ([lang] if lang else []) + ["fr", "en", "es", "de", "ru", "uk", "it"]:
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


# ------------------------------------------------------------------------- dates of articles
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


def infer_publication_date(text: str, lang: str | None,
                           timexes: list[Timex] | None = None) -> DateInfo | None:
    """Guess the date of an undated article from its text.

    Cues, strongest first: a date-time stamp near the top ("Mise à jour : 04-06-2025 (09:16)");
    a full date (with year) near the start; a day-and-month next to a reporting verb
    ("a rapporté TASS le 4 juin") whose year comes from an explicit year elsewhere; otherwise the
    latest explicit full date in the text as an upper bound (low confidence).
    """
    if not text:
        return None
    tx = timexes if timexes is not None else extract_timexes(text, lang, None)
    head = min(len(text), max(600, len(text) // 5))
    L = _get_lang(lang or "")
    full = [t for t in tx if re.fullmatch(r"\d{4}-\d\d-\d\d(?:T[\d:]+)?", t.value)]
    # 1. a stamp near the top
    for t in full:
        if t.start < head and re.search(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}", t.text):
            return DateInfo(t.value[:10], "inferred", 0.9, f"date stamp near the top: {t.text!r}")
    years = [int(m.group(0)) for m in re.finditer(r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)", text)]
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
        best = max(explicit, key=lambda t: (t.value[:10] + "-99")[:10])
        conf = {10: 0.3, 7: 0.25}.get(len(best.value[:10]), 0.2)
        return DateInfo(best.value[:10], "inferred", conf,
                        f"latest explicit date {best.text!r} (a lower bound)")
    if years:
        return DateInfo(f"{max(years):04d}", "inferred", 0.2, "latest year in the text")
    return None


_REPORT = {
    "fr": r"rapport[ée]|annonc[ée]|déclar[ée]|indiqu[ée]|affirm[ée]|selon|a (?:dit|écrit)|publi[ée]|communiqu[ée]",
    "en": r"report(?:ed|s)|announc(?:ed|es)|said|says|stated|according to|told|published",
    "es": r"inform[óa]|inform[óa]|anunci[óa]|declar[óa]|dijo|según|public[óa]|report[óa]",
    "de": r"berichte(?:t|te)|meldete?|teilte|sagte|erklärte|laut|zufolge",
    "ru": r"сообщил[аио]?|заявил[аио]?|передает|передаёт|по данным|пишет|сообщает",
    "uk": r"повідомил[аио]?|заявил[аио]?|передає|за даними|пише|повідомляє",
    "it": r"riferit[oa]|annunciat[oa]|dichiarat[oa]|secondo|ha detto|riporta",
}


@lru_cache(maxsize=16)
def _report_re(lang: str | None) -> re.Pattern:
    pats = [_REPORT[lang]] if lang in _REPORT else list(_REPORT.values())
    return re.compile("|".join(f"(?:{p})" for p in pats), re.I)
