"""Accent- and case-folded full-text search for PostgreSQL without the ``unaccent`` extension.

Titles and texts are folded in Python (NFKD, combining diacritics dropped, lower-cased, code point
by code point so that offsets can be mapped back) and indexed with the ``simple`` configuration.
Snippets come from ``ts_headline`` over the folded text and are mapped back onto the original
text, with the same ``\\u0001``/``\\u0002`` highlight markers as SQLite's ``snippet()``.
"""
from __future__ import annotations

import unicodedata

START, STOP = "\u0001", "\u0002"
HEADLINE_OPTS = (f'StartSel="{START}", StopSel="{STOP}", MaxWords=16, MinWords=6, ShortWord=0, '
                 'MaxFragments=1, FragmentDelimiter=" "')

_DIACRITIC_BLOCKS = ((0x0300, 0x036F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF),
                     (0xFE20, 0xFE2F))


def _is_diacritic(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _DIACRITIC_BLOCKS)


class _FoldTable(dict):
    """Code point → its search form (memoised): NFKD, combining diacritics dropped, lower case.
    ``<``, ``>`` and NUL become spaces so that the text-search parser never sees markup (which
    ``ts_headline`` would rewrite) and PostgreSQL never sees a NUL."""

    def __missing__(self, ch: str) -> str:
        out = "".join(c for c in unicodedata.normalize("NFKD", ch) if not _is_diacritic(c)).lower()
        out = out.replace("<", " ").replace(">", " ").replace("\x00", " ")
        self[ch] = out
        return out


_FOLD = _FoldTable()


def fold_for_search(text: str) -> str:
    """The form of ``text`` that is indexed (and of a query that is searched): "Grève" → "greve"."""
    return "".join(map(_FOLD.__getitem__, text))


def _fold_with_map(text: str) -> tuple[str, list[int], list[int]]:
    """:func:`fold_for_search` plus, for each folded code point, the span of ``text`` it came from
    (a dropped diacritic belongs to the character before it)."""
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, ch in enumerate(text):
        f = _FOLD[ch]
        if f:
            parts.append(f)
            starts.extend([i] * len(f))
            ends.extend([i + 1] * len(f))
        elif ends:
            j, s = len(ends) - 1, starts[-1]
            while j >= 0 and starts[j] == s:
                ends[j] = i + 1
                j -= 1
    return "".join(parts), starts, ends


def restore_snippet(text: str, headline: str) -> str:
    """Map ``ts_headline`` output over the folded text back onto the original ``text``: same
    excerpt and markers, original case and accents, ``…`` where the excerpt cuts the text."""
    plain = headline.replace(START, "").replace(STOP, "")
    core = plain.strip()
    if not core:
        return headline
    folded, starts, ends = _fold_with_map(text)
    pos = folded.find(core)
    if pos < 0:  # cannot happen with this fold; keep the folded excerpt rather than nothing
        return headline
    lead = len(plain) - len(plain.lstrip())
    n = len(core)
    o_start, o_end = starts[pos], ends[pos + n - 1]
    marks: list[tuple[int, str]] = []
    k = 0  # index into plain
    for ch in headline:
        if ch in (START, STOP):
            j = min(max(k - lead, 0), n)
            if ch == START:
                o = starts[pos + j] if j < n else o_end
            else:
                o = ends[pos + j - 1] if j > 0 else o_start
            marks.append((o, ch))
        else:
            k += 1
    out, prev = [], o_start
    for o, ch in marks:
        o = min(max(o, prev), o_end)
        out.append(text[prev:o])
        out.append(ch)
        prev = o
    out.append(text[prev:o_end])
    head, tail = text[:o_start], text[o_end:]
    # like SQLite's snippet(): text before the first or after the last word is kept whole,
    # a cut elsewhere is marked with "…"
    head = "…" if any(c.isalnum() for c in head) else head
    tail = "…" if any(c.isalnum() for c in tail) else tail
    return head + "".join(out) + tail
