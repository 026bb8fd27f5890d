"""Regexes from word lists: entries ending in ``*`` are word stems, spaces match any whitespace."""
from __future__ import annotations

import re
from typing import Iterable


def stem_regex(entries: Iterable[str]) -> str:
    """Alternation for a list of entries (``*`` ending a word = any word characters), longest first.
    An ``adj:`` prefix (country adjectives) is ignored."""
    parts = []
    for e in sorted(set(entries), key=len, reverse=True):
        if e.startswith("adj:"):
            e = e[4:]
        # every word of an entry may be a stem: "asystent* trenera", "главн* тренер*"
        parts.append(r"\s+".join(re.escape(w.rstrip("*")) + (r"[\w'’-]*" if w.endswith("*") else "")
                                  for w in e.split(" ")))
    return "(?:" + "|".join(parts) + ")"


def bounded(pat: str) -> str:
    """``pat`` as a whole word (no word character on either side)."""
    return r"(?<![\w])" + pat + r"(?![\w])"


def word_regex(entries: Iterable[str]) -> re.Pattern[str]:
    """Case-insensitive whole-word pattern for a word list (never matches when it is empty)."""
    entries = list(entries)
    if not entries:
        return re.compile(r"(?!x)x")
    return re.compile(bounded(stem_regex(entries)), re.IGNORECASE)


def alternation(fragments: Iterable[str]) -> str:
    """Regex fragments joined longest first, so that "de la" is tried before "de"."""
    return "(?:" + "|".join(sorted(set(fragments), key=len, reverse=True)) + ")"


def union_list(lists: Iterable[Iterable[str]]) -> list[str]:
    """Entries of several lists, first occurrence kept, in order."""
    return list(dict.fromkeys(x for lst in lists for x in lst))
