"""Patterns tried only where their alternation matches give the matches a scan per pattern gives."""
from __future__ import annotations

import re

import pytest

from newsweave.compare.regex_offsets import match_starts, matches_from

PATTERNS = [re.compile(p, re.IGNORECASE) for p in
            (r"(?<![\w])minister(?![\w])", r"(?<![\w])deputy minister(?![\w])", r"(?<![\w])mayor\w*",
             r"(?<![\w])vice-?mayor", r"ex-?mayor")]
ALL = re.compile("|".join("(?:" + p.pattern + ")" for p in PATTERNS), re.IGNORECASE)


@pytest.mark.parametrize("text", [
    "The deputy minister met the mayor and the vice-mayor; the ex-mayor stayed home.",
    "Minister Lund and Mayoral candidates spoke; the minister left.",
    "Nothing here names an office.",
    "ministers, administer, ex-mayor",
])
def test_the_same_matches_as_a_scan_per_pattern(text):
    starts = match_starts(ALL, text)
    for pat in PATTERNS:
        assert [m.span() for m in matches_from(pat, text, starts)] == [m.span() for m in pat.finditer(text)]
