"""Slot facts of one analysed article (text, entities, timexes, quotes, claims' facts)."""
from __future__ import annotations

import math
import re
from typing import Sequence

from anyascii import anyascii

from ...model import Article, Mention
from .. import facts as claim_facts
from ..claim_records import Claim, norm_name
from . import words
from .records import SlotFact

YEAR = re.compile(r"\d{4}")  # a date that states its year needs no anchor
LEAD = 4  # clauses of the lead that state the main happening's when and outcome
_SCORE = re.compile(r"(?<![\d:.,])(\d{1,2})\s?[-–:]\s?(\d{1,2})(?![\d:]|[.,]\d|\s?(?:h\b|uhr|am\b|pm\b|ч))",
                    re.IGNORECASE)
_NAME_AFTER = re.compile(r"^\s*(?:(?:of|di|de|del|della|dei|der|des|du|d['’])\s+)?"
                         r"([A-ZÀ-ÖØ-ÞА-ЯІЇЄҐŁŚŻŹĆŃ][\w'’-]+)")
_NAME_BEFORE = re.compile(r"([\w'’-]+)\s*$")
_SLAVIC_ADJ = re.compile(r"(?:sk|ck|ськ|ск|цк|owsk)\w*$", re.IGNORECASE)
OPEN = math.inf
CURRENCIES = ("euro", "dollar", "rouble", "hryvnia")  # canonical units of amounts of money


def _bounds(v: float, mod: str | None, exact_text: bool) -> tuple[float, float, bool]:
    if mod in ("at_least", "more_than"):
        return v, OPEN, False
    if mod == "up_to":
        return 0.0, v, False
    if mod == "nearly":
        return 0.85 * v, v, False
    if mod == "about" or not exact_text:
        d = max(1.0, 0.15 * v)
        return v - d, v + d, False
    if v >= 100 and v % 100 == 0:  # a round figure: "600 residents", "1,200"
        return 0.95 * v, 1.05 * v, True
    return v, v, True


def _head(text: str, s: int, e: int) -> str | None:
    """Head-noun class of the number at [s, e) of ``text``: the nearest head word after it
    (within a few words), else right before it ("magnitude 5.1", "Stärke 5,1")."""
    after = text[e:e + 40]
    cut = re.search(r"[;:.!?()]|,\s", after)
    after = after[:cut.start()] if cut else after
    before = text[max(0, s - 22):s]
    found = [(e2, cls) for _s, e2, cls in words.head_index().find(before)]
    if found and not before[found[-1][0]:].strip():
        return found[-1][1]  # "killed 12 people and injured 40"
    for _s, _e, cls in words.head_index().find(after):
        return cls
    for _e, cls in found:
        if cls in ("magnitude", "votes"):
            return cls  # "magnitude of 5.1"
    return None


def _modifier(text: str, s: int) -> str | None:
    before = text[max(0, s - 30):s]
    for mod, pat in words.modifiers():
        if pat.search(before):
            return mod
    return None


def _numbers(c: Claim, skip: list[tuple[int, int]], units: dict[int, str]) -> list[tuple[int, int, float, bool | tuple]]:
    """(start, end, value, written-as-digits or (low, high) of a vague word) of each number of
    the claim, offsets in the article."""
    out: list[tuple[int, int, float, bool | tuple]] = []
    for n in claim_facts.numbers(c.text, c.start, skip):
        if n.unit not in ("year", "day", "hour", "minute"):
            out.append((n.start, n.end, n.value, True))
            if n.unit in CURRENCIES or n.unit in ("person", "soldier"):
                units[n.start] = n.unit
    taken = [(s, e) for s, e, _, _ in out]
    for pat, lo, hi in words.vague_numbers():
        for m in pat.finditer(c.text):
            s, e = c.start + m.start(), c.start + m.end()
            if not any(a < e and s < b for a, b in taken):
                out.append((s, e, (lo + hi) / 2, (lo, hi)))
                taken.append((s, e))
    for pat, v in words.approx_numbers():
        for m in pat.finditer(c.text):
            s, e = c.start + m.start(), c.start + m.end()
            if not any(a < e and s < b for a, b in taken):
                out.append((s, e, v, False))
                taken.append((s, e))
    nw = words.number_words()
    for m in re.finditer(r"(?<![\w'’-])([\w'’]+)(?![\w])", c.text):
        w = m.group(1).casefold()
        s, e = c.start + m.start(), c.start + m.end()
        if w in nw and not any(a < e and s < b for a, b in taken + skip):
            out.append((s, e, nw[w], True))
    return sorted(out)


def _denier(text: str, s: int, e: int, ments: Sequence[Mention], c: Claim) -> str | None:
    m = words.cue("denial_cues").search(text, s, e)
    if not m:
        return None
    before = [x for x in ments if s <= x.start and x.end <= m.start() and x.type in ("PER", "ORG")]
    if before:
        return before[-1].name or before[-1].text
    after = [x for x in ments if m.end() <= x.start < e and x.type in ("PER", "ORG")]
    if c.speaker:
        return c.speaker
    return (after[0].name or after[0].text) if after else "a party"


def _place_key(word: str) -> str:
    return norm_name(anyascii(word))


def article_facts(article: Article, claims: Sequence[Claim]) -> list[SlotFact]:
    """Every slot fact the article states (``claims``: its clauses with their facts)."""
    a, text = article, article.text
    src = a.source or f"?{a.id}"
    date = a.date.value if a.date else None
    skip = [(t.start, t.end) for t in a.timexes]
    out: list[SlotFact] = []
    bg, part, prov = words.cue("background_cues"), words.cue("part_cues"), words.cue("provisional_cues")
    age = words.cue("age_cues")

    def fact(slot: str, subject: str, value: str, key: str, c: Claim, s: int, e: int, **kw) -> SlotFact:
        f = SlotFact(slot=slot, subject=subject, value=value, key=key, article=a.id, source=src,
                     start=s, end=e, text=text[s:e], sentence=(c.start, c.end), date=date,
                     context=" ".join(c.text.split()), **kw)
        out.append(f)
        return f

    for i, c in enumerate(claims):
        background = bool(bg.search(c.text))
        provisional = bool(prov.search(c.text))
        denied = _denier(text, c.start, c.end, a.entities, c)
        # HOW MANY
        if not background and not part.search(c.text):
            units: dict[int, str] = {}
            for s, e, v, digits in _numbers(c, skip, units):
                if age.match(text, e):
                    continue  # "un homme de 54 ans", "a 78-year-old man"
                unit = units.get(s)
                cls = _head(text, s, e) or (f"amount ({unit})" if unit in CURRENCIES else None) \
                    or ("people" if unit in ("person", "soldier") else None)
                if cls is None:
                    continue
                if cls == "rate_bp":
                    cls, v = "rate", v / 100.0
                mod = _modifier(text, s)
                if isinstance(digits, tuple):
                    (lo, hi), exact = digits, False
                else:
                    lo, hi, exact = _bounds(v, mod, digits)
                shown = (f"{v:g}" if v < 1e6 else f"{v:.4g}")
                fact("how_many", cls, shown, shown, c, s, e, low=lo, high=hi, exact=exact,
                     provisional=provisional, denied_by=denied, subject_label=cls)
        # WHO AS WHAT
        for r in c.roles:
            if r.former:
                continue
            fact("who_as_what", r.person, r.role, r.role, c, r.start, r.end, denied_by=denied,
                 subject_label=r.person_text, qualifier=r.org)
        # WHERE: a place in a country
        for p in c.places:
            fact("where", "in-country:" + p.place, p.country, p.country, c, p.start, p.end,
                 denied_by=denied, subject_label=p.place_text)
        if not background:
            _levels(a, c, fact, denied)
        # WHEN and OUTCOME: the lead states the main happening
        if i < LEAD and not background:
            guessed_anchor = bool(a.date and a.date.source == "inferred")
            for value, s, e, said in c.dates:
                if len(value) == 10:
                    fact("when", "day", value, value, c, s, e, denied_by=denied, subject_label="day",
                         inferred_anchor=guessed_anchor and not YEAR.search(said))
            if not _negated(c):
                for cls, pat in words.outcomes():
                    m = pat.search(c.text) if cls != "score" else None
                    if m:
                        s = c.start + m.start()
                        fact("outcome", "result", cls, cls, c, s, c.start + m.end(), denied_by=denied,
                             subject_label="result")
        if not background and not _negated(c):
            if any(p.search(c.text) for k, p in words.outcomes() if k in ("won", "score")):
                for m in _SCORE.finditer(c.text):
                    x, y = sorted((int(m.group(1)), int(m.group(2))), reverse=True)
                    fact("outcome", "score", f"{x}-{y}", f"{x}-{y}", c, c.start + m.start(),
                         c.start + m.end(), denied_by=denied, subject_label="score")
    return out


def _negated(c: Claim) -> bool:
    return c.negated


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
