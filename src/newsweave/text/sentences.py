"""Sentence splitting with offsets (shared by quote extraction and claim splitting).

Rule-based: a sentence ends at ``. ! ? …`` (optionally followed by closing quotes/brackets) when
the next non-space character starts a new sentence, or at a line break. Abbreviations ("M.",
"Mr.", "т.е.") and single-letter initials do not end sentences, and no split happens inside a
protected span (a direct quote). The abbreviations and the months after an ordinal day ("am 3.
Oktober") come from the ``quotes`` sections of every language (a text may quote another language).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang
from .stems import union_list

_END = re.compile(r"[.!?…]+[»”“\"’')\]]*")
_CLOSERS = "»”“\"’')]"


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(w.casefold() for w in union_list(l.quotes.abbreviations for l in lang.languages()))


@lru_cache(maxsize=1)
def _ordinal_month() -> re.Pattern[str] | None:
    months = union_list(l.quotes.ordinal_day_months for l in lang.languages())
    if not months:
        return None
    return re.compile("(?:" + "|".join(map(re.escape, months)) + r")\b", re.IGNORECASE)


def sentence_spans(text: str, start: int = 0, end: int | None = None,
                   protect: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text[start:end]``, whitespace trimmed."""
    end = len(text) if end is None else end
    protect = sorted(protect or [])
    abbrev, month = _abbreviations(), _ordinal_month()
    cuts: list[int] = []

    def protected(i: int) -> bool:
        for s, e in protect:
            if s < i < e:
                return True
            if s >= i:
                break
        return False

    # line breaks always end a sentence
    for m in re.finditer(r"\n", text[start:end]):
        cuts.append(start + m.end())
    for m in _END.finditer(text, start, end):
        j = m.end()
        if protected(m.start()) and protected(j - 1 if j > m.start() else j):
            continue
        nxt = text[j:j + 3]
        if j < end and not (nxt[:1].isspace() or nxt[:1] == "\n"):
            continue
        k = j
        while k < end and text[k] in " \t\u00a0":
            k += 1
        if k < end and not (text[k].isupper() or text[k].isdigit() or text[k] in "«“„\"‹'‘([—–-"
                            or text[k] == "\n"):
            continue
        if month is not None and m.group(0) == "." and \
                re.search(r"(?<!\d)\d{1,2}$", text[max(start, m.start() - 3):m.start()]) and month.match(text, k):
            continue  # "am 3. Oktober"
        if m.group(0).startswith(".") and len(m.group(0).rstrip(_CLOSERS)) == 1:
            w = re.search(r"(\w+)$", text[max(start, m.start() - 12):m.start()])
            if w:
                word = w.group(1)
                if word.casefold() in abbrev or (len(word) == 1 and word.isupper()):
                    continue
        cuts.append(j)
    cuts = sorted(set(c for c in cuts if start < c < end))
    out, pos = [], start
    for c in cuts + [end]:
        s, e = pos, c
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
        pos = c
    return out

