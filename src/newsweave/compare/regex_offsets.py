"""Matching many patterns only where one alternation of them all matches: most clauses hold no
match or one, and trying each pattern at a few offsets is cheaper than scanning the clause once
per pattern (the title reader holds over a thousand)."""
from __future__ import annotations

import re


def match_starts(alternation: re.Pattern[str], text: str) -> list[int]:
    """Every offset where ``alternation`` matches, tried from each offset after the last: a
    pattern that is one of its alternatives can match only at these."""
    out: list[int] = []
    m = alternation.search(text)
    while m is not None:
        out.append(m.start())
        m = alternation.search(text, m.start() + 1)
    return out


def matches_from(pat: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """``pat.finditer(text)`` tried only at ``starts``: the same non-overlapping matches when
    every offset ``pat`` can match at is among them."""
    out: list[re.Match[str]] = []
    end = 0
    for i in starts:
        if i < end:
            continue
        m = pat.match(text, i)
        if m is not None:
            out.append(m)
            end = m.end()
    return out
