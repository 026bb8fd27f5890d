"""The *where* slot: a place in its country, the region or province level of the happening's
place ("the province of X", "X region", "Одеська область"), and spellings of one place across
languages."""
from __future__ import annotations

import re
from typing import Callable, Sequence

from anyascii import anyascii
from rapidfuzz import fuzz

from ..claim_records import Claim, norm_name
from ...model import Article
from . import words
from .records import SlotFact

_NAME_AFTER = re.compile(r"^\s*(?:(?:of|di|de|del|della|dei|der|des|du|d['’])\s+)?"
                         r"([A-ZÀ-ÖØ-ÞА-ЯІЇЄҐŁŚŻŹĆŃ][\w'’-]+)")
_NAME_BEFORE = re.compile(r"([\w'’-]+)\s*$")
_SLAVIC_ADJ = re.compile(r"(?:sk|ck|ськ|ск|цк|owsk)\w*$", re.IGNORECASE)


def where_facts(a: Article, c: Claim, fact: Callable[..., SlotFact], background: bool,
                denied: str | None) -> None:
    """A place in a country (any clause), and region levels (clauses not in the background)."""
    for p in c.places:
        fact("where", "in-country:" + p.place, p.country, p.country, c, p.start, p.end,
             denied_by=denied, subject_label=p.place_text)
    if not background:
        _levels(a, c, fact, denied)


def _place_key(word: str) -> str:
    return norm_name(anyascii(word))


def _levels(a: Article, c: Claim, fact, denied: str | None) -> None:
    """"the province of X", "Provinz X", "X region", "Одеська область": the region/province
    level of the happening's place."""
    text = a.text
    for ms, me, level in words.level_index().find(text, c.start, c.end):
        name = None
        after = _NAME_AFTER.match(text[me:me + 40])
        adj = re.match(r"\s*([\w'’-]+)", text[me:me + 40])
        if after:
            name, s, e = after.group(1), ms, me + after.end()
        elif adj and _SLAVIC_ADJ.search(adj.group(1)):
            name, s, e = adj.group(1), ms, me + adj.end()
        else:
            before = _NAME_BEFORE.search(text[max(c.start, ms - 30):ms])
            if before:
                w = before.group(1)
                if w[:1].isupper() or _SLAVIC_ADJ.search(w):
                    name, s, e = w, ms - len(before.group(0)), me
        if not name or words.cue("background_cues").search(name):
            continue
        key = _place_key(name)
        if len(key) < 3:
            continue
        fact("where", level, name, key, c, s, e, denied_by=denied, subject_label=level)


def same_name(x: str, y: str) -> bool:
    """Spellings of one place name across languages ("koursk" / "kursk", "odeska" / "odesa")."""
    return x[:4] == y[:4] or (min(len(x), len(y)) >= 4 and fuzz.ratio(x, y) >= 75)


def _fold_names(facts: Sequence[SlotFact]) -> None:
    reps: list[str] = []
    for f in facts:
        if f.slot == "where" and not f.subject.startswith("in-country:"):
            for r in reps:
                if _same_name(f.key, r):
                    f.key = r
                    break
            else:
                reps.append(f.key)


def fold_names(facts: Sequence[SlotFact]) -> None:
    """One key per place spelled differently across the event's articles."""
    reps: list[str] = []
    for f in facts:
        if f.slot == "where" and not f.subject.startswith("in-country:"):
            for r in reps:
                if same_name(f.key, r):
                    f.key = r
                    break
            else:
                reps.append(f.key)


def names_place(fs: Sequence[SlotFact], text: str) -> bool:
    """Whether ``text`` names the place of one of the facts (its first five letters)."""
    return any(len(f.key) >= 4 and f.key[:5] in text for f in fs)


