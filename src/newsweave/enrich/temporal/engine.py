"""The time-expression engine: run every registered rule of a language over a text, select
non-overlapping candidates, apply the context passes and return TIMEX3 records.

:class:`RuleTimexTagger` is the :class:`newsweave.components.TimexTagger` component; it keeps the
compiled grammars of the languages it has seen (state, no I/O).
"""
from __future__ import annotations

import re
from typing import Sequence

from newsweave import lang as languages
from newsweave.lang.schema import TimeSection
from newsweave.model import DateInfo, Timex

from . import rules_calendar, rules_days, rules_periods, rules_spans  # noqa: F401 - register the rules
from .calendar import parse_anchor
from .context import Cand, Context
from .grammar import Grammar
from .passes import postprocess, select
from .registry import RULES, apply
from .roles import assign_roles
from .text import norm

VERSION = "timex-3"
# language-independent: numeric dates, clock times and years only
_FALLBACK = TimeSection(clock_re=r"(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)")
_TRAIL = re.compile(r"[\s,.;:!?»«\"'()\[\]]+$")


def _trim(text: str, c: Cand, L: Grammar) -> None:
    """No trailing punctuation in spans, except the dot of an abbreviation or a closing bracket."""
    t = text[c.start:c.end]
    mt = _TRAIL.search(t)
    if not (mt and mt.start() > 0):
        return
    keep = t[:mt.start()]
    last_word = re.search(r"(\w+)$", keep)
    if mt.group(0).startswith(".") and (re.search(r"\b[a-zA-Z]\.[a-zA-Z]$", keep) or (
            last_word and norm(last_word.group(1)) in L.month_abbr)):
        keep += "."  # "p.m.", "Aug.": the dot belongs to the abbreviation
    if keep.count("(") > keep.count(")") and ")" in mt.group(0):
        keep = t[:t.index(")", mt.start()) + 1]  # close the bracket it opened
    c.end = c.start + len(keep)


class RuleTimexTagger:
    """Rule-based TIMEX3 tagger for every language with a ``TIME`` section in ``lang/``."""

    name = "newsweave.timex.rules"
    version = VERSION
    requires = ("text", "lang", "date", "boilerplate")
    assigns = ("timexes",)

    def __init__(self) -> None:
        self._grammars: dict[str, Grammar] = {}

    def grammar(self, code: str | None) -> Grammar:
        """The compiled grammar of a language (the numeric fallback for unknown languages)."""
        key = code or ""
        g = self._grammars.get(key)
        if g is None:
            info = languages.language(code)
            section = info.time if info is not None and info.time.months else None
            g = Grammar(key, section) if section is not None else self._fallback()
            self._grammars[key] = g
        return g

    def _fallback(self) -> Grammar:
        g = self._grammars.get("\0")
        if g is None:
            g = self._grammars["\0"] = Grammar("xx", _FALLBACK)
        return g

    def tag(self, text: str, lang: str | None, anchor: DateInfo | None,
            spans: Sequence[tuple[int, int]] | None = None) -> list[Timex]:
        """Find time expressions in ``text`` and normalise them to TIMEX3 against ``anchor``.

        ``lang`` is an ISO 639-1 code; an unknown or missing language falls back to
        language-independent numeric dates and years. ``spans`` limits the search to those
        character ranges (e.g. the article body); offsets always index ``text``.
        """
        if not text:
            return []
        L = self.grammar(lang)
        a = parse_anchor(anchor)
        cx = Context(text, L, a)
        cands: list[Cand] = []
        wins = L.windows(text) if len(text) > 400 else [(0, len(text))]
        rule_wins = {k: L.windows(text, rx, 80, 80) for k, rx in L.anchor_rx.items()}
        for name, rx in L.rx:
            if name not in RULES:
                raise KeyError(f"time rule {name!r} has a pattern but no handler")
            kind = L.rule_anchor.get(name)
            for lo, hi in (rule_wins[kind] if kind else wins):
                for m in rx.finditer(text, lo, hi):
                    if m.end() <= m.start():
                        continue
                    try:
                        c = apply(name, m, cx)
                    except (ValueError, OverflowError):
                        c = None  # words that name no calendar day ("31 février"): not a date
                    if c is not None:
                        _trim(text, c, L)
                        cands.append(c)
        sel = select(cands)
        if spans is not None:
            sel = [c for c in sel if any(s0 <= c.start and c.end <= e0 for s0, e0 in spans)]
        postprocess(text, L, a, sel)
        assign_roles(text, L, a, sel)
        return [self._timex(text, c, anchor, a) for c in sel]

    @staticmethod
    def _timex(text: str, c: Cand, anchor: DateInfo | None, a) -> Timex:
        surface = text[c.start:c.end]
        a_conf = anchor.confidence if isinstance(anchor, DateInfo) else 1.0
        if a is not None and a_conf < 1.0 and c.type in ("DATE", "TIME") \
                and not re.search(r"(?<!\d)\d{4}(?!\d)", surface) and re.match(r"\d{4}", c.value):
            # relative to an uncertain (e.g. inferred) article date: carry that uncertainty
            c.conf *= a_conf
            c.attrs["anchor_source"] = anchor.source
        return Timex(start=c.start, end=c.end, text=surface, type=c.type, value=c.value,
                     anchor=a.value if a else None, confidence=round(c.conf, 3), attrs=c.attrs)


_SHARED = RuleTimexTagger()


def default_tagger() -> RuleTimexTagger:
    """The tagger behind the module-level functions (its state is a cache of compiled grammars)."""
    return _SHARED


def extract_timexes(text: str, lang: str | None, anchor: DateInfo | None,
                    spans: list[tuple[int, int]] | None = None) -> list[Timex]:
    """:meth:`RuleTimexTagger.tag` with the shared tagger (the function the pipeline calls)."""
    return _SHARED.tag(text, lang, anchor, spans)
