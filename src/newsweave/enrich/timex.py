"""Time expressions: the public facade of :mod:`newsweave.enrich.temporal` (kept for callers)."""
from __future__ import annotations

from newsweave.enrich.temporal import (HAPPENED, ROLES, VERSION, RuleTimexTagger, date_mentions, default_tagger,
                                       extract_timexes, infer_publication_date, refine_timexes,
                                       timex_date)

__all__ = ["RuleTimexTagger", "default_tagger", "extract_timexes", "refine_timexes",
           "infer_publication_date", "date_mentions", "timex_date", "VERSION", "HAPPENED", "ROLES"]
