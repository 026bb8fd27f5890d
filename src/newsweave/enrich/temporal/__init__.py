"""Time expressions (TIMEX3): a rule engine over per-language data in ``lang/<code>.py`` (``TIME``).

Modules: :mod:`.engine` (the tagger component), :mod:`.patterns` (the regex of every rule),
:mod:`.registry` and ``rules_*`` (the handlers, by kind), :mod:`.passes` (context passes),
:mod:`.grammar` (a language compiled), :mod:`.pubdate` (article dates),
:mod:`.roles` (the role of each dated mention: main, reported, planned, background, publication).

Resolution follows news conventions: a bare weekday is the closest such day in the past (today
included) unless a future cue is nearer; a day and month without a year take the year that puts
them nearest the article date in the direction the tense says. When the anchor is only a month or
a year, values are kept at the precision the anchor supports and ``confidence`` drops below 1
(``attrs["anchor_granularity"]`` says why); with no anchor, relative values stay underspecified.
Decades are written ``196X`` and centuries ``18XX`` (as the TimeBank corpora do).
"""
from __future__ import annotations

from .engine import VERSION, RuleTimexTagger, default_tagger, extract_timexes
from .roles import HAPPENED, ROLES
from .pubdate import date_mentions, infer_publication_date, refine_timexes, timex_date

__all__ = ["RuleTimexTagger", "default_tagger", "extract_timexes", "refine_timexes",
           "infer_publication_date", "date_mentions", "timex_date", "VERSION", "HAPPENED", "ROLES"]
