"""Text helpers shared by the time rules: word alternations, normalisation, lookups."""
from __future__ import annotations

import re
import unicodedata
from typing import Any, Iterable

APOS = "['’]"
NEVER = r"(?!x)x"  # a regex that never matches (an empty language field)
B = r"(?<![\w])"  # start boundary
E = r"(?![\w])"   # end boundary


def alt(words: Iterable[str]) -> str:
    """Regex alternation for words (longest first); apostrophes/spaces/hyphens made flexible."""
    out = []
    for w in sorted(set(words), key=len, reverse=True):
        e = re.escape(w)
        e = re.sub("['’]", APOS, e)
        e = e.replace(r"\ ", r"\s+").replace(" ", r"\s+")
        e = e.replace(r"\-", "[-‐‑]")
        out.append(e)
    return "(?:" + "|".join(out) + ")" if out else NEVER


def or_never(pattern: str | None) -> str:
    """A language regex fragment, or one that never matches when the field is empty."""
    return pattern or NEVER


def strip_accents(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", s)
                   if unicodedata.category(ch) != "Mn" or ch in "\u0306\u0308")  # keep й, ї


def norm(s: str) -> str:
    s = s.lower().replace("’", "'").replace("‐", "-").replace("‑", "-")
    return re.sub(r"\s+", " ", s).strip()


def lookup(d: dict, s: str) -> Any:
    k = norm(s).rstrip(".")
    if k in d:
        return d[k]
    return d.get(k.replace("-", " "), d.get(k.replace(" ", "-")))


_CLOCK_STOP = re.compile(r"(?<![\w.])[ap]\.m\.\s+(?:(?-i:[a-z]+)\s+)?$", re.I)  # "9 a.m. [on] Thursday"


def clock_stop_before(text: str, s: int) -> int | None:
    """Where the dot of a clock abbreviation right before ``s`` stands ("at 9 a.m. Thursday", "at 9
    a.m. on Thursday"): that dot ends no sentence, so the clause of the expression reaches back past
    it; None otherwise."""
    m = _CLOCK_STOP.search(text, max(0, s - 20), s)
    return m.start() + 3 if m else None

