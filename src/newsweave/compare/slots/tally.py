"""The vote tally of the *how many* slot: "by 13 votes to 2", "par 12 voix contre 3", "mit 12 zu
3 Stimmen", "12 голосами против 3" (the language's ``vote_tallies``) is one value, the pair of
counts, compared as a pair: "12–3" against "13–2" is a conflict even where a reader of single
figures takes only one count of each article (or none: "votes to 2" reads as a second count of
votes). The pair is unordered: which side a count is on is the outcome slot's business ("passed
12 to 3" / "3 against, 12 for")."""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Callable

from ... import lang
from ...model import Article
from ..claim_records import Claim
from . import words
from .numerals import joined_number
from .records import Side, SlotConflict, SlotFact
from .verdict import BASE, finish

TALLY = "vote tally"


@lru_cache(maxsize=None)
def _patterns(code: str | None) -> tuple[re.Pattern[str], ...]:
    own = lang.language(code)
    return tuple(re.compile(r"(?<![\w])" + p + r"(?![\w])", re.IGNORECASE)
                 for p in (own.claims.vote_tallies if own is not None else []))


def _count(said: str, code: str | None) -> int | None:
    """A count written in digits or as a number word of the language."""
    if said.isdigit():
        return int(said)
    v = words.number_words().get(said.casefold()) or joined_number(said, code)
    return int(v) if v is not None and v == int(v) else None


def tallies(a: Article, c: Claim) -> list[tuple[int, int, int, int]]:
    """(start, end, larger count, smaller count) of each tally the clause writes, in text order."""
    out: list[tuple[int, int, int, int]] = []
    for pat in _patterns(a.lang):
        for m in pat.finditer(a.text, c.start, c.end):
            x, y = _count(m.group("x"), a.lang), _count(m.group("y"), a.lang)
            if x is None or y is None or any(s < m.end() and m.start() < e for s, e, _x, _y in out):
                continue
            out.append((m.start(), m.end(), max(x, y), min(x, y)))
    return sorted(out)


def tally_facts(a: Article, c: Claim, fact: Callable[..., SlotFact], denied: str | None) -> None:
    """The clause's vote tallies as facts of the one subject :data:`TALLY`."""
    for s, e, x, y in tallies(a, c):
        shown = f"{x}–{y}"
        fact("how_many", TALLY, shown, f"{x}-{y}", c, s, e, denied_by=denied, subject_label=TALLY)


def compare_tally(per_art: dict[str, list[SlotFact]]) -> SlotConflict | None:
    """Each article's first tally; an article that also writes the other side's tally reconciles."""
    by_key: dict[str, list[SlotFact]] = defaultdict(list)
    for fs in per_art.values():
        by_key[fs[0].key].append(fs[0])
    if len(by_key) < 2:
        return None
    ranked = sorted(by_key.values(), key=lambda fs: (-len(fs), fs[0].key))
    major = ranked[0]
    keys = {a: {f.key for f in fs} for a, fs in per_art.items()}
    sides = [Side(major[0].value, major)]
    for fs in ranked[1:]:
        keep = [f for f in fs if major[0].key not in keys[f.article]
                and not any(f.key in keys[g.article] for g in major)]
        if keep:
            sides.append(Side(keep[0].value, keep))
    return finish("how_many", TALLY, sides, BASE["how_many"] + 0.05 * (len(major) - 1))
