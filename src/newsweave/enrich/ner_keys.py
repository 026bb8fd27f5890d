"""Keyboard keys named by page chrome ("нажмите Ctrl+Enter", "натисніть Ctrl + Enter",
"appuyez sur Échap", "press Esc"): a recogniser takes the capitalised key names for places or
organisations.  A mention made only of modifier keys ("Ctrl", "Shift"), or of keys joined by a
"+" in the text ("Ctrl+Enter", the "Enter" of "Ctrl + Enter"), names no entity.  A key name that
is also a word of names ("Enter Air", "Alt" in German) is dropped only inside such a chord."""
from __future__ import annotations

import re

from ..model import Article, Mention

# modifier and control keys of PC and Mac keyboards (hand-set: the keys printed on them)
_MODIFIERS = frozenset({"ctrl", "strg", "shift", "esc", "cmd", "altgr"})
_KEYS = _MODIFIERS | frozenset({"alt", "enter", "return", "tab", "del", "delete", "backspace",
                                "option", "fn", "space", "insert", "home", "end"})
_CHORD = re.compile(r"\s*\+\s*")
_PART = re.compile(r"[A-Za-z]+")


def _is_chord(text: str) -> bool:
    parts = _CHORD.split(text.strip())
    return len(parts) >= 2 and all(_PART.fullmatch(p) and p.lower() in _KEYS for p in parts)


def drop_key_names(article: Article, mentions: list[Mention]) -> None:
    """Remove mentions that name keyboard keys (see the module's rule), in place."""
    text = article.text
    keep = []
    for m in mentions:
        t = m.text.strip()
        low = t.lower()
        before = text[max(0, m.start - 3):m.start]
        after = text[m.end:m.end + 3]
        in_chord = low in _KEYS and ("+" in before or "+" in after)
        if low in _MODIFIERS or in_chord or _is_chord(t):
            continue
        keep.append(m)
    mentions[:] = keep
