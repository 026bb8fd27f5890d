"""Region-level phrases of a clause for the *where* slot: "the province of X", "Provinz X",
"X region", "Одеська область" — the type word and the name it governs (the name is the region's,
not a site's)."""
from __future__ import annotations

import re

from ..claim_records import Claim
from ...model import Article
from . import words

_NAME_AFTER = re.compile(r"^\s*(?:(?:of|di|de|del|della|dei|der|des|du|d['’])\s+)?"
                         r"([A-ZÀ-ÖØ-ÞА-ЯІЇЄҐŁŚŻŹĆŃ][\w'’-]+)")
_NAME_BEFORE = re.compile(r"([\w'’-]+)\s*$")
# a Slavic place adjective ("харківська", "obwód charkowski"): it names a region by its city
SLAVIC_ADJ = re.compile(r"(?:sk|ck|ськ|ск|цк|owsk)\w*$", re.IGNORECASE)


def level_phrases(a: Article, c: Claim) -> list[tuple[str, int, int, str]]:
    """(name, start, end, level) of each region-level phrase of a clause: "the province of X",
    "Provinz X", "X region", "Одеська область" (the span covers the type word and the name)."""
    text = a.text
    out = []
    for ms, me, level in words.level_index(a.lang).find(text, c.start, c.end):
        name = None
        after = _NAME_AFTER.match(text[me:me + 40])
        adj = re.match(r"\s*([\w'’-]+)", text[me:me + 40])
        if after:
            name, s, e = after.group(1), ms, me + after.end()
        elif adj and SLAVIC_ADJ.search(adj.group(1)):
            name, s, e = adj.group(1), ms, me + adj.end()
        else:
            before = _NAME_BEFORE.search(text[max(c.start, ms - 30):ms])
            if before:
                w = before.group(1)
                if w[:1].isupper() or SLAVIC_ADJ.search(w):
                    name, s, e = w, ms - len(before.group(0)), me
        if name and not words.cue("background_cues").search(name):
            out.append((name, s, e, level))
    return out
