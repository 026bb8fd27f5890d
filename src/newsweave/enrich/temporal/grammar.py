"""One language's time grammar: the TimeSection words normalised and compiled, with the search
windows and the tense cue used to resolve dates without a year."""
from __future__ import annotations

import re

from newsweave.lang.schema import TimeSection

from .morph import TenseParser, parser_for
from .patterns import build_rules
from .text import B, E, NEVER, alt, clock_stop_before, norm, or_never, strip_accents


def _words(xs) -> set[str]:
    return {norm(x) for x in xs}


def _table(d: dict) -> dict:
    return {norm(k): v for k, v in d.items()}


def _tail(pattern: str, suffix: str = r"\s*$") -> re.Pattern:
    """A language regex matched at the end of a stretch of text (before the expression)."""
    return re.compile(or_never(pattern) + suffix, re.I)


class Grammar:
    """Compiled rules for one language."""

    def __init__(self, code: str, T: TimeSection):
        self.code, self.T = code, T
        self.months = _table(T.months)
        self.weekdays = _table(T.weekdays)
        self.seasons = _table(T.seasons)
        self.numbers = _table(T.numbers)
        self.units = _table(T.units)
        self.narrative = _table(T.narrative_days)
        self.days_rel = _table(T.days_rel)
        self.days_rel.update(self.narrative)
        self.dayparts = _table(T.dayparts)
        self.last, self.next, self.this = _words(T.last), _words(T.next), _words(T.this)
        self.refs = _table(T.refs)
        self.earlier_post = _words(T.earlier_post)
        self.ago_duration_after = re.compile(or_never(T.ago_duration_after_re), re.I)
        self.set_words = _table(T.set_words)
        self.ordinals = _table(T.ordinals)
        self.decade_words = _table(T.decade_words)
        self.noon = _table(T.noon)
        self.holidays = _table(T.holidays)
        self.capitalised = _words(T.capitalised)
        self.month_abbr = {k for k, v in self.months.items()
                           if any(k2 != k and k2.startswith(k) and v2 == v for k2, v2 in self.months.items())}
        self.season_needs_context = _words(T.season_needs_context)
        self.season_context = _tail(T.season_context_re)
        for dct in (self.months, self.weekdays, self.seasons, self.units, self.days_rel,
                    self.dayparts, self.refs):
            for k, v in list(dct.items()):
                dct.setdefault(strip_accents(k), v)
                dct.setdefault(strip_accents(k[:1]) + k[1:], v)  # "Eté" written without its accent
        self.date_order = T.date_order
        self.not_year_after = set(T.not_year_after)
        self.future_re = re.compile(or_never(T.future_re), re.I)
        self.past_re = re.compile(or_never(T.past_re), re.I)
        self.pm_words = _words(T.pm_words)
        self.future_penalty = float(T.future_penalty)
        self.past_adjacent = re.compile(or_never(T.past_adjacent_re), re.I)
        self.period_end = re.compile(or_never(T.period_end_re), re.I)
        self.comparison = _tail(T.comparison_before_re, r"[^.;:!?()]*$")
        self.week_of = _tail(T.week_of_re, "$")
        self.bound_pre = re.compile(or_never(T.bound_pre_re), re.I)
        self.since_pre = _tail(T.since_pre_re)
        self.forward_before = _tail(T.forward_before_re)
        self.background_before = _tail(T.background_before_re)
        self.background_after = re.compile(or_never(T.background_after_re), re.I)
        self.planned_before = _tail(T.planned_before_re)
        self.named_date_before = _tail(T.named_date_before_re)
        self.named_date_after = re.compile(or_never(T.named_date_after_re), re.I)
        self.ref_type = T.ref_type
        self.set_adj = _words(T.set_adj)
        self.articles = _words(T.articles)
        self.set_block = re.compile(B + alt(T.set_not_after) + r"\s+$", re.I)
        self.duration_pre = re.compile(B + alt(T.duration_pre) + r"\s+$", re.I)
        self.aside_open = _tail(T.aside_open_re, r"[^,;:.()]*$") if T.aside_open_re else re.compile(NEVER)
        self.clock_duration_pre = _tail(B + alt(T.clock_duration_pre)) if T.clock_duration_pre else re.compile(NEVER)
        self.duration_verb = _tail(T.duration_verb_re)
        self.relday_part = _table(T.days_rel_part)
        self.merge_clock_day = T.merge_clock_day
        self.today_as_ref = _words(T.today_as_ref)
        self.still_today = re.compile(r"\s+" + alt(T.still_words) + E, re.I) if T.still_words else re.compile(NEVER)
        self.still_today_before = _tail(B + alt(T.still_words)) if T.still_words else re.compile(NEVER)
        self.state_present = _tail(T.state_present_re)
        self.part_type = T.part_type
        self.season_block = _tail(T.season_not_after)
        self.age_before = _tail(T.age_before)
        self.shift = _words(T.shift)
        self.season_generic_after = re.compile(or_never(T.season_generic_after_re), re.I)
        self.season_generic = _tail(T.season_generic_re)
        self.set_need_before = _tail(T.set_article_after) if T.set_article_after else None
        self.set_noun_before = re.compile(or_never(T.set_noun_before), re.I)  # "l'hebdomadaire": a magazine
        self.half_needs_year = _words(T.half_needs_year)
        self.half_words = _words(T.half_words)
        self.clock_block = re.compile(or_never(T.clock_not_before), re.I)
        self.every_before = _tail(B + alt(T.every), r"\s+$") if T.every else re.compile(NEVER)
        self.clock_fractions = _table(T.clock_fractions)
        self.clock_word_pre = _tail(T.clock_word_pre_re)
        self.event_parts = _words(T.event_parts)
        self.season_after_block = re.compile(or_never(T.season_not_before), re.I)
        self.that = _words(T.that)
        self.anaphoric_rel = _words(T.anaphoric_rel)
        self.period_edge = _table(T.period_edge)
        self.det_words = _words(T.det)
        self.edge_of = re.compile(r"\s*(?:" + alt(T.period_edge_of) + r")(?![\w])", re.I)
        self.narrative_next_det = re.compile(alt(T.narrative_next_det) + r"\s", re.I)
        self.ref_block = re.compile(or_never(T.ref_not_before), re.I)
        self.age_strong = _tail(T.age_before_strong)
        self.age_after = re.compile(or_never(T.age_after), re.I)
        self.age_end = re.compile(r"\s*(?:[,;)]|" + alt(T.age_end_words) + r"\b|$)", re.I)
        self.decade_block = _tail(T.decade_not_after)
        self.dur_rel_det = _tail(T.dur_rel_det_re, r"\s+$")  # "des trois derniers mois"
        self.next_verbal = _words(T.next_verbal)  # "qui viennent"
        self.next_verbal_block = re.compile(or_never(T.next_verbal_not_before), re.I)
        self.this_post = _words(T.postposed_this)
        self.dur_mod_verb = _words(T.dur_mod_verb)  # "a passé deux ans"
        self.mid, self.early, self.late = T.mid, T.early, T.late
        self.plural_endings = tuple(T.plural_endings)
        self.plural_units = _words(T.plural_units)
        self.invariable_units = _words(T.invariable_units)
        self.plural_det = re.compile(alt(T.plural_determiners) + r"\s", re.I)
        self.month_context = _tail(B + alt(T.month_context_before))
        self.month_event_after = re.compile(or_never(T.month_event_after_re), re.I)
        self.same_time_context = re.compile(T.same_time_context_re, re.I) if T.same_time_context_re else None
        self.det_before = _tail(B + alt(T.det)) if T.det else re.compile(NEVER)
        self.clock_range_before = re.compile(T.clock_range_before_re + r"$", re.I) if T.clock_range_before_re else None
        self.set_prepositions = _words(T.set_prepositions)
        self.holiday_name_after = re.compile(T.holiday_name_after_re) if T.holiday_name_after_re else None
        self.place_name_before = _tail(T.place_name_before_re, r"$") if T.place_name_before_re else None
        self.approx_join = _tail(B + alt(T.approx_joins), r"\s+$") if T.approx_joins else None
        self.range_head = _tail(r"(?<![\w.,])\d{1,3}\s*" + alt(T.range_conj), r"\s+$")  # "de 18 à [25 ans]"
        if T.det_joins and T.ordinals:  # "les [premiers] mardis", "les [deuxième et quatrième] jeudis"
            ordw = alt(list(T.ordinals) + [w + "s" for w in T.ordinals if w[-1].isalpha()]
                       + [w for w, v in T.period_edge.items() if v < 0])
            self.ordinal_join = _tail(B + rf"{ordw}(?:\s*(?:,|{alt(T.number_and)})\s*{ordw})*", r"\s+$")
            self.every_join = _tail(B + alt([w.split()[0] for w in T.every if " " in w]), r"\s+$")
        else:
            self.ordinal_join = self.every_join = None
        self.det_join = _tail(B + alt(T.det_joins), r"(?:(?<=['’])|\s+)$") if T.det_joins else None
        self.mod_join = _tail(B + T.mod_joins_re, r"$") if T.mod_joins_re else None
        # words joining two counts: before a month name that is also a number ("sept"), a count
        self.count_joiner = _tail(B + alt(set(T.range_conj) | set(T.number_and) | set(T.day_list_conj)
                                          | set(T.day_range_conj) | set(T.period_edge_of)))
        self.part_article = _tail(r"(?<!\w)" + alt(T.part_articles))
        # "la nuit du [3 mai]": a one-word part of the day and its "of" before a date (languages whose
        # parts take their day this way; TimeBank leaves "the night of" out of "Oct. 23")
        one_word_parts = [p for p in T.dayparts if " " not in p]
        self.part_of_date = _tail(rf"(?<![\w'’])(?:{alt(T.det)}\s*)?(?P<part>{alt(one_word_parts)})\s+{alt(T.part_day_of)}",
                                  r"\s+$") if one_word_parts and T.part_day_of and T.det else None
        self.part_preposition = re.compile(alt(T.part_prepositions) + r"\s+", re.I)
        self.narrative_relational = _words(T.narrative_relational)
        self.narrative_of = re.compile(or_never(T.narrative_of_re), re.I)
        self.set_following = re.compile(B + alt(T.set_not_following) + r"\s+$", re.I)
        self.set_offset = re.compile(r"\s+" + alt(T.set_offset_after) + r"\b", re.I)
        self.count_follow = re.compile(r"\s+(?!" + alt(T.count_followers) + r"\b)[a-z]", re.I)
        self.fraction = re.compile(r"\s+" + alt(T.fraction_of) + r"\b", re.I)
        self.spelled_centuries = _table(T.spelled_centuries)
        self.spelled_zero = _words(T.spelled_zero)
        self.report = re.compile(or_never(T.report_re), re.I)
        self.report_present = re.compile(r"(?:" + or_never(T.report_present_re) + r")$", re.I)
        conj = list(T.day_range_conj) + list(T.day_list_conj)
        self.range_before = re.compile(
            r"(?<![\d\w])(?P<dspan>(?P<d1>[0-3]?\d)(?:" + or_never(T.day_suffix_re) + r")?)\.?\s*(?P<conj>-|–|" + alt(conj)
            + r")\s*(?:" + alt(T.day_range_det) + r"\s+)?$", re.I)
        self.range_conj = _words(T.day_range_conj) | {"-", "–"}
        self.day_join = re.compile(r"\s*(?:-|–|" + alt(conj) + r")\s*", re.I)  # "le 3 [et] le 5 juin"

        # the dependency parse that reads the governing verb's tense (None: word window only)
        self.parser: TenseParser | None = parser_for(code) if T.months else None
        self.rx, fragments, vocab = build_rules(self)
        # words that can start or anchor an expression; rules run only in windows around them
        self.trigger = re.compile(r"\d|" + B + alt(vocab), re.I)
        # rules that cannot match without one of these words run only in windows around them
        self.anchor_rx = {
            "unit": re.compile(B + fragments["UNIT"] + E, re.I),
            "month": re.compile(B + alt(self.months), re.I),
            "weekday": re.compile(B + fragments["WD"], re.I),
        }
        self.rule_anchor = {
            "dur": "unit", "durrange": "unit", "whole": "unit", "ago_post": "unit", "ago_pre": "unit", "in_pre": "unit",
            "in_future": "unit", "later_post": "unit",
            "relunit": "unit", "durvague": "unit", "bareplural": "unit", "unitadj": "unit", "edgeunit": None, "modunit": "unit",
            "dmy": "month", "mdy": "month", "my": "month", "my2": "month", "mon": "month", "relmon": "month",
            "wd": "weekday", "wdday": "weekday", "partwd": None,
        }

    def is_plural(self, word: str) -> bool:
        """Whether a (normalised) unit word is a plural form ("jours", "lata")."""
        if word in self.invariable_units:
            return False
        return word in self.plural_units or (bool(self.plural_endings) and word.endswith(self.plural_endings))

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

    # a tensed verb this many words away at most, in the same clause, governs the expression
    # ("took place on", "a été inauguré le"); farther, another verb may stand between
    SURE_PAST_WORDS = 3

    def direction(self, text: str, s: int, e: int) -> int:
        """Tense of the clause around [s, e) from the word window: -1 past, +1 future, 0
        unknown (cheap: for questions asked of every expression, such as its role)."""
        return self.window_tense(text, s, e)[0]

    def verb_direction(self, text: str, s: int, e: int) -> int:
        """:meth:`direction` from the governing verb's tense where the language has a parser
        (for the expressions whose value depends on it: weekdays, seasons, months)."""
        return self.tense(text, s, e)[0]

    def scheduled_present(self, text: str, s: int, e: int) -> bool:
        """Whether a simple present governs the expression right away ("se rend lundi à Rome",
        "the trial opens Monday"): news uses it for what is planned; reporting verbs ("says
        Monday") and languages without a parser are left out."""
        if self.parser is None:
            return False
        verb = self.parser.present(text, s, e)
        return verb is not None and not self.report_present.match(verb.text)

    def tense(self, text: str, s: int, e: int, scheduled: bool = False) -> tuple[int, bool]:
        """Tense of the clause around [s, e) and whether it is sure: the parse's governing verb
        when the language has a parser and it names a tense, else the word window. The parse
        comes first even where a tensed word stands close: in reported speech ("said Friday it
        would ...") and parentheses the nearest word is often not the governing verb.
        ``scheduled``: the question is which side of the article date a date lies on, and a
        simple present governing it (no reporting verb) leans to the future."""
        if self.since_pre.search(text, max(0, s - 30), s):
            return -1, True  # "depuis janvier", "since Monday": a starting point, gone
        if self.parser is None or self.forward_before.search(text, max(0, s - 40), s):
            return self.window_tense(text, s, e)
        got = self.parser.tense(text, s, e, self.future_re)
        if got is None and scheduled and self.T.present_is_scheduled and self.scheduled_present(text, s, e):
            return 1, False  # "the plan, announced in May, takes effect in July": what is planned
        if got is None:
            return self.window_tense(text, s, e)
        if got[1] and got[0] < 0 and self.bound_pre.search(text, max(0, s - 25), s):
            return got[0], False  # an end point after a past verb ("extended to ...") only leans
        return got

    def window_tense(self, text: str, s: int, e: int) -> tuple[int, bool]:
        """Tense of the clause around [s, e) from the nearest tense cue: a verb governing the
        expression (close, no punctuation between) is sure; one farther away, or one before an
        end point ("extended to ..."), only leans; a date something was moved to ("postponed
        until Friday") is in the future whatever the verb's tense."""
        if self.forward_before.search(text, max(0, s - 40), s):
            return 1, True
        adj = self.past_adjacent.search(text, max(0, s - 30), s)
        if adj and not self.future_re.search(adj.group(0)):
            return -1, True
        clock = clock_stop_before(text, s)
        stop = text.rfind(". ", 0, clock if clock is not None else s)  # "at 9 a.m. Thursday": one clause
        lo = max(stop, text.rfind("\n", 0, s), text.rfind(";", 0, s), s - 250)
        hi_c = [i for i in (text.find(". ", e - 1), text.find("\n", e), text.find(";", e)) if i != -1]
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
                    best, bd, near = val, dist, ((m.end(), s) if m.end() <= s else (e, m.start()))
        if best == 0:
            return 0, False
        gap = text[near[0]:near[1]]
        sure = len(gap.split()) <= self.SURE_PAST_WORDS and not re.search(r"[,;:()\"«»“”]", gap) \
            and (best > 0 or not self.bound_pre.search(text, max(0, s - 25), s))
        return best, sure
