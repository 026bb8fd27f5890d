"""The regex of every time rule, built from one language's TimeSection words.

Rules are listed in a fixed order (ties between equally long candidates of equal priority keep
it); each name has a handler registered in one of the ``rules_*`` modules.
"""
from __future__ import annotations

import re
from typing import Any

from .text import B, E, NEVER, alt, or_never


def build_rules(G: Any) -> tuple[list[tuple[str, re.Pattern]], dict[str, str], list[str]]:
    """(rule name, compiled regex) in order, the shared fragments, and the trigger vocabulary.

    ``G`` is the calling :class:`~.grammar.Grammar` (duck-typed: this module must not import it back).
    """
    T = G.T
    full = [k for k in G.months if k not in G.month_abbr]
    MON = rf"(?:{alt(full)}|{alt(G.month_abbr)}\.?)" if G.month_abbr else alt(G.months)
    WD = alt(G.weekdays)
    NUMW = alt(G.numbers)
    NAND = rf"(?:{alt(T.number_and)}\s+)?" if T.number_and else ""  # "trente et un"
    # a written-out number of up to four words ("trois cent vingt", "two hundred and fifty");
    # Context.fix_num keeps only the words that add up
    NUM = rf"(?:\d+(?:[.,]\d+)?(?:\s+[13]/[24]|\s?[½¼¾])?|{NUMW}(?:[\s-]+{NAND}(?:{NUMW})){{0,3}})"
    UNIT = alt(G.units)
    DET = "(?:" + "|".join(
        (alt([d]) + (r"\s*" if d.endswith(("'", "’")) else r"\s+")) for d in T.det
    ) + ")" if T.det else NEVER
    LAST, NEXT, THIS = alt(G.last), alt(G.next), alt(G.this)
    # words after the noun ("juin dernier", "el martes pasado"); English puts them before
    PLAST = LAST if T.postposed_rel else NEVER
    PNEXT = NEXT if T.postposed_rel else NEVER
    PTHIS = alt(T.postposed_this)  # "l'année en cours"
    MODW = list(G.mid) + list(G.early) + list(G.late)
    # "earlier this month", "later yesterday": shifters kept in the span, no MOD value
    MOD = rf"(?P<mod>{alt(MODW + list(T.shift))})\s*"
    DSUF = "|" + T.day_suffix_re if T.day_suffix_re else ""
    ONE = "|" + alt(T.day_one_words) if T.day_one_words else ""  # "le premier mai"
    DAYN = rf"(?P<day>[0-3]?\d{ONE})(?:\.|º|°{DSUF})?"
    YEAR = r"(?P<year>(?:1[0-9]|20)\d\d)(?!\d)"
    YSUF = (r"(?:\s*" + alt(T.year_suffix) + ")?") if T.year_suffix else ""
    OF = alt(T.day_of)
    SEAS = alt(G.seasons)
    PART = alt(G.dayparts)
    APPROX = alt(T.approx)
    APX = rf"(?:(?P<approx>{APPROX})(?:\s+|(?<=['’])))?"
    rules: list[tuple[str, re.Pattern]] = []

    def add(name: str, pat: str, flags: int = re.I) -> None:
        rules.append((name, re.compile(B + pat + E, flags)))

    HALF = rf"(?P<half>{T.half_after})?" if T.half_after else ""  # "deux heures et demie"
    # "February this year", "Oct. 5 last year", "en juin de cette année"
    YUNIT = alt([k for k, v in G.units.items() if v == "Y"])
    YREL = (rf"\s+(?:{OF}\s+)?(?:(?:{DET})?(?P<yrel>{THIS}|{LAST}|{NEXT})\s+{YUNIT}(?:[-‐]là)?(?![\w'’-])|"
            rf"(?:{DET})?{YUNIT}\s+(?P<yrel2>{PLAST}|{PNEXT}))")
    # "le 3 juin au soir": a part of the day right after a date ("dans la soirée" stays apart)
    not_after = tuple(w + " " for w in T.part_not_after_date)
    DPART = alt([p for p in G.dayparts if " " in p and not (not_after and p.startswith(not_after))] or [NEVER])
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
    MPRE = (r"(?:" + alt(T.month_pre) + r"\s*)?") if T.month_pre else ""
    add("mon", rf"(?:{MOD})?{MPRE}(?P<mon>{MON})(?:\s+(?:{OF}\s+)?(?:{DET})?(?:(?P<yu0>{UNIT})\s+)?"
        rf"(?P<rel>{PLAST}|{PNEXT})(?:\s+(?P<yu1>{UNIT}))?|{YREL})?")
    add("relmon", rf"(?:{DET})?(?P<rel>{LAST}|{NEXT}|{THIS})\s+(?P<mon>{MON})")
    # a year of two digits after an apostrophe ("the summer of '97", "in '97")
    Y2A = r"['’](?P<y2a>\d\d)(?![\d\w])"
    add("season", rf"(?:{MOD})?(?:(?:{DET})?(?P<rel0>{THIS}|{LAST}|{NEXT})\s+|{DET})?(?P<seas>{SEAS})(?:[-‐]là)?"
        rf"(?:\s+(?:{OF}\s+)?(?:{YEAR}{YSUF}|{Y2A})|{YREL}|\s+(?P<rel>{PLAST}|{PNEXT}))?")
    YPRE = rf"(?:(?P<fisc>{alt(T.year_pre)})\s*)?" if T.year_pre else ""
    add("year", rf"(?:{MOD})?{YPRE}{YEAR}{YSUF}")
    add("year2", rf"(?:{alt(T.year2_prep)})\s+(?:(?P<y2>[4-9]\d)(?![\d\w%-])(?!\s*(?:%|{UNIT}|[^\W\d_]))|{Y2A})")
    add("decade", rf"(?:{MOD})?" + or_never(T.decade_re))
    OSUF = rf"(?:{T.ordinal_suffix_re}|°)?" if T.ordinal_suffix_re else "°?"
    add("century", rf"(?:{MOD})?(?:{DET})?(?P<ord>[IVXL]+|\d{{1,2}}){OSUF}\s+"
        rf"(?:{alt(T.century_words)})(?:\s+(?:{OF}\s+)?{YEAR})?")
    QPRE = rf"(?:{T.quarter_pre})\s+" if T.quarter_pre else ""
    FISC = rf"(?:(?P<qfisc>{alt(T.fiscal)})[\s-]+)?" if T.fiscal else ""
    FISC2 = rf"(?:(?P<qfisc2>{alt(T.fiscal)})[\s-]+)?" if T.fiscal else ""  # "the first fiscal quarter"
    POSS = rf"|{alt(T.possessive)}\s+" if T.possessive else ""
    FISCY = rf"(?:{alt(T.fiscal)}\s+)?" if T.fiscal else ""  # "the first half of fiscal 1990"
    # "the 1988 second quarter", "next year's first quarter", "its fiscal-first quarter"
    add("quarter", rf"(?:{DET}{POSS})?(?:{QPRE})?(?:(?P<rel0>{THIS}|{LAST}|{NEXT})\s+)?{FISC}(?P<ord>{alt(G.ordinals)})[\s-]*{FISC2}"
        rf"(?P<q>{alt(list(T.quarter_words) + list(T.half_words))})"
        rf"(?:\s+(?:{OF}\s+)?{FISCY}{YEAR}|\s+(?P<rel>{PLAST}|{PNEXT})"
        rf"|\s+{OF}\s+(?:(?P<qyr>{THIS}|{LAST}|{NEXT})\s+|(?P<qydet>{DET}))(?:{YUNIT})(?:\s+(?P<qyr2>{PLAST}|{PNEXT}))?(?![\w'’-]))?")
    # weekdays and relative days
    WDET = DET if T.det_before_weekday else NEVER
    add("wd", rf"(?:{MOD})?(?:(?:{DET})?(?P<rel0>{THIS}|{LAST}|{NEXT})\s+|{WDET})?(?P<wd>{WD})(?P<pl>s)?"
        rf"(?:\s*(?P<part>{PART})(?P<partpl>s)?)?(?:\s+(?P<rel>{PLAST}|{PNEXT})(?:\s+(?P<part2>{DPART}))?)?")  # "lundi dernier au soir"
    RDAY = alt(G.days_rel)
    add("relday", rf"(?:{MOD})?(?P<rd>{RDAY})(?:\s+(?P<part>{PART}))?")
    add("thispart", rf"(?:{MOD})?(?P<rel0>{THIS})\s+(?P<part>{PART})")
    PCOMP = alt(list(T.day_of) + list(T.part_day_of))  # "la soirée de samedi" is not a lone part
    if T.part_alone:  # "dans la soirée": a part of the day of the story
        add("partalone", rf"(?P<pre>{alt(T.part_alone)})\s*(?P<part>{PART})(?!\s+{PCOMP}\b)")
    # "en fin de matinée", "in the late afternoon": a part of the day being reported on
    add("modpart", rf"(?P<mod>{alt(MODW)})\s*(?:{DET})?(?P<part>{PART})")
    PTO = rf"(?:\s+{alt(T.part_day_to)}\s+{WD}(?=\W))?" if T.part_day_to else ""
    add("partwd", rf"(?P<part>{PART})\s+(?:{PCOMP}\s+)?(?P<wd>{WD}|{RDAY}){PTO}")
    # relative units
    # "the year before", "the month after": the unit before or after the one the story last named
    # (not "the week after the vote", nor "the year before last")
    APOST = rf"|{DET}(?P<unit3>{UNIT})\s+(?P<rel3>{alt(T.anaphoric_post)})(?!\s+[^\W\d_])" if T.anaphoric_post else ""
    BLAST = rf"|{DET}(?P<unit4>{UNIT})\s+{alt(T.before_last)}" if T.before_last else ""  # "the week before last"
    add("relunit", rf"(?:{MOD})?(?:(?:{DET})?(?:(?P<rel0>{THIS}|{LAST}|{NEXT})\s+(?P<unit>{UNIT})(?:-ci|-là)?|"
        rf"(?P<unit2>{UNIT})\s+(?P<rel>{PLAST}|{PNEXT}|{PTHIS})){APOST}{BLAST})")
    # "la fin de l'année", "the end of the month": the current unit, with a modifier
    add("modunit", rf"(?P<mod>{alt(MODW + list(T.shift))})\s*(?:{DET})?(?P<unit>{UNIT})")
    # "mercredi 12": weekday and day number without a month
    add("wdday", rf"(?:{WDET})?(?P<wd>{WD})\s+(?P<day>[0-3]?\d)(?:{or_never(T.day_suffix_re)})?(?![\d:.,]\d|\s*(?:h\b|{UNIT}|%))")
    if T.day_only_re:  # "le 12", "the 12th": a day of the month without its month
        add("dayonly", T.day_only_re)
    AGODET = rf"(?:(?P<agodet>{alt(T.bare_plural_det)})\s+)?" if T.bare_plural_det else ""  # "il y a des mois"
    # offsets may end in a half ("il y a un an et demi", "a year and a half ago")
    add("ago_pre", rf"(?P<pre>{alt(T.ago_pre)})\s+{APX}{AGODET}(?P<num>{NUM})?\s*(?P<unit>{UNIT}){HALF}")
    add("ago_post", rf"{APX}(?P<num>{NUM})?[\s-]*(?P<unit>{UNIT}){HALF}\s+(?P<post>{alt(T.ago_post)})")
    add("in_pre", rf"(?P<pre>{alt(T.in_pre)})\s+{APX}(?P<num>{NUM})\s*(?P<unit>{UNIT}){HALF}")
    if T.in_pre_future:
        add("in_future", rf"(?P<pre>{alt(T.in_pre_future)})\s+{APX}(?P<num>{NUM})\s*(?P<unit>{UNIT})")
    if T.later_post:
        add("later_post", rf"{APX}(?P<num>{NUM})?[\s-]*(?P<unit>{UNIT})\s+(?P<post>{alt(T.later_post)})")
    DMOD = alt(list(T.dur_mod) + list(G.last) + list(G.next))
    MORE = rf"(?:{alt(T.dur_more)}\s+)?" if T.dur_more else ""
    # "les neuf premiers mois": an ordinal after the count, like "the first nine months"
    DMODP = rf"|(?:{alt(T.dur_mod_post)})\s+" if T.dur_mod_post else ""
    add("dur", rf"{APX}(?:(?:{DET}|{THIS}\s+)?(?P<rel0>{DMOD})\s+)?(?:{DET}|{THIS}\s+)?"
        rf"(?P<num>{NUM})(?:[\s-]+|(?<=['’]))(?:(?P<rel>{LAST}|{NEXT})\s+{DMODP})?{MORE}(?P<unit>{UNIT}){HALF}")
    if T.range_conj:  # "deux à trois ans", "two to three weeks": the low end
        add("durrange", rf"{APX}(?:(?:{DET})?(?P<rel0>{DMOD})\s+)?(?P<num>{NUM})\s+(?:{alt(T.range_conj)})\s+"
            rf"(?P<num2>{NUM})[\s-]+(?P<unit>{UNIT})")
    if T.whole:  # "toute la semaine", "all day": one whole unit
        add("whole", rf"(?P<whole>{alt(T.whole)})\s*(?P<unit>{UNIT})")
    add("durvague", rf"(?:{DET}|{THIS}\s+)(?P<rel0>{LAST}|{NEXT})\s+(?P<unit>{UNIT})")
    add("clock", or_never(T.clock_re))
    if T.period_edge:  # "the last week of May", "les premiers jours de mars"
        OFE = "(?:" + "|".join(alt([w]) + (r"\s*" if w.endswith(("'", "’")) else r"\s+")
                               for w in list(T.period_edge_of) + list(T.period_edge_of_the)) + ")"
        # "the first Monday of May", "le dernier jour du mois": a weekday counted in a month, the
        # year or the month of the article ("cur") named by its unit; "of every month": a set
        CUR = alt([k for k, v in G.units.items() if v in ("Y", "M") and not G.is_plural(k)])
        add("edgeunit", rf"(?:{DET})?(?P<edge>{alt(G.period_edge)})\s+(?:(?P<unit>{UNIT})|(?P<ewd>{WD}))\s+{OFE}(?:{DET})?"
            rf"(?:(?P<mon>{MON})\s*,?\s*|(?:(?P<cevery>{alt(T.every)})\s+)?(?P<cur>{CUR})(?![\w'’-]))?(?:{YEAR.replace('<year>', '<eyear>')})?(?<=\w)")
    if T.unit_adj_suffix:  # "a decades-long feud", "a years-old slump" (not after a count: "six-year-old")
        add("unitadj", rf"(?<![\w‐‑-])(?P<unit>{UNIT})[-‐‑](?:{alt(T.unit_adj_suffix)})(?![\w‐‑-])")
    if T.bare_plural_pre:
        BPDET = rf"|(?P<pldet>{alt(T.bare_plural_det)})\s+" if T.bare_plural_det else ""
        BPVERB = rf"|{T.bare_plural_verb_re}" if T.bare_plural_verb_re else ""
        add("bareplural", rf"(?:{alt(T.bare_plural_pre)}{BPVERB})\s+(?P<core>(?:{DET}{BPDET})?(?P<unit>{UNIT}))")
    if T.vague_durations and T.bare_plural_pre:  # "for a while", "took some time"
        VVERB = rf"|{T.bare_plural_verb_re}" if T.bare_plural_verb_re else ""
        add("vaguedur", rf"(?:(?<![\w-]){alt(T.bare_plural_pre)}{VVERB})\s+(?P<vd>{alt(T.vague_durations)})")
    add("noon", rf"(?<![-‐‑])(?:(?P<approx>{APPROX})\s+)?(?P<noon>{alt(G.noon)})")
    if G.holidays:
        add("holiday", rf"(?:(?P<rel0>{LAST}|{NEXT}|{THIS})\s+)?(?P<hol>{alt(G.holidays)})"
            rf"(?:\s+(?:{OF}\s+)?{YEAR}|\s+(?P<rel>{PLAST}|{PNEXT}))?")
    OTHER = rf"|(?P<other>{alt(T.every_other)})\s+" if T.every_other else ""
    # "every morning", "tous les soirs", "every other week"
    add("every", rf"(?P<every>{alt(T.every)})\s+(?:(?P<num>{NUM})\s+{OTHER})?(?:(?P<wd>{WD})s?(?:\s+(?P<wdpart>{PART})s?)?|(?P<mon>{MON})|"
        rf"(?P<unit>{UNIT})|(?P<part>{PART})s?|(?P<seas>{SEAS})s?)")
    add("setw", rf"(?P<setw>{alt(G.set_words)})")
    if T.fin_quarter_re:  # "the quarter", "the latest period" in financial reports
        add("finq", T.fin_quarter_re)
    if T.fin_year_re:  # "the full year", "the fiscal year", "year end"
        add("finy", T.fin_year_re)
    if T.spelled_year_re:  # "nineteen ninety-six", "January nineteen ninety-seven" (transcripts)
        add("spelledyear", rf"(?:(?P<symon>{MON})\s+)?(?:{T.spelled_year_re})")
    add("ref", rf"(?P<ref>{alt(G.refs)})")
    if T.year_ago:
        add("yearago", rf"(?P<ya>{alt(T.year_ago)})")
    if T.same_time_re:  # "this time last year", "à la même époque" (beside "l'an dernier")
        add("sametime", T.same_time_re)

    vocab = (list(G.months) + list(G.weekdays) + list(G.seasons) + list(G.units)
             + list(G.days_rel) + list(G.dayparts) + list(G.refs) + list(G.set_words)
             + list(G.holidays) + list(G.noon) + list(G.decade_words)
             + list(T.year_ago) + list(T.century_words) + list(T.quarter_words)
             + list(T.extra_triggers) + list(T.vague_durations))
    return rules, {"UNIT": UNIT, "WD": WD}, vocab

