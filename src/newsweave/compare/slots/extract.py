"""Slot facts of one analysed article (text, entities, timexes, quotes, claims' facts): each
clause's context (background, provisional, a party's denial, part of a whole) is read once here,
and each slot's module reads its values."""
from __future__ import annotations

from typing import Sequence

from ...model import Article, Mention
from ..claim_records import Claim
from . import words
from .happening import LEAD, count_tail, dates_earlier, lead_facts, states_today
from .outcome import result_facts, score_facts
from .place import site_facts, where_facts
from .quantity import duration_facts, how_many_facts
from .seat import org_venue_facts
from .venue import venue_facts
from .records import SlotFact
from .tally import tally_facts
from .court import court_facts
from .role import who_as_what_facts


def _denier(text: str, s: int, e: int, ments: Sequence[Mention], c: Claim,
            code: str | None) -> str | None:
    m = words.own_cue("denial_cues", code).search(text, s, e)
    if not m:
        return None
    before = [x for x in ments if s <= x.start and x.end <= m.start() and x.type in ("PER", "ORG")]
    if before:
        return before[-1].name or before[-1].text
    after = [x for x in ments if m.end() <= x.start < e and x.type in ("PER", "ORG")]
    if c.speaker:
        return c.speaker
    return (after[0].name or after[0].text) if after else "a party"


def article_facts(article: Article, claims: Sequence[Claim]) -> list[SlotFact]:
    """Every slot fact the article states (``claims``: its clauses with their facts)."""
    a, text = article, article.text
    src = a.source or f"?{a.id}"
    date = a.date.value if a.date else None
    inferred = bool(a.date and a.date.source == "inferred")
    skip = [(t.start, t.end if (n := count_tail(text, t)) is None else n) for t in a.timexes]
    out: list[SlotFact] = []
    bg, part, prov = (words.own_cue(n, a.lang) for n in ("background_cues", "part_cues", "provisional_cues"))

    def fact(slot: str, subject: str, value: str, key: str, c: Claim, s: int, e: int, **kw) -> SlotFact:
        f = SlotFact(slot=slot, subject=subject, value=value, key=key, article=a.id, source=src,
                     start=s, end=e, text=text[s:e], sentence=(c.start, c.end), date=date, date_inferred=inferred,
                     context=" ".join(c.text.split()), **kw)
        out.append(f)
        return f

    for i, c in enumerate(claims):
        background = bool(bg.search(words.own_cue("background_exceptions", a.lang).sub(" ", c.text))) \
            or dates_earlier(a, c)
        denied = _denier(text, c.start, c.end, a.entities, c, a.lang)
        if not background:
            pm = part.search(c.text)  # figures from a part cue on are parts ("3,500, including 1,800 in X")
            how_many_facts(a, c, fact, skip, bool(prov.search(c.text)), denied,
                           c.start + pm.start() if pm else c.end, lead=i < LEAD)
            tally_facts(a, c, fact, denied)
        who_as_what_facts(c, fact, denied, int(date[:4]) if date and date[:4].isdigit() else None)
        where_facts(a, c, fact, background, denied)
        if i < LEAD and not background:
            lead_facts(a, c, fact, denied)
            venue_facts(a, c, fact, denied)
            site_facts(a, c, fact, denied)
            court_facts(a, c, fact, denied)
            org_venue_facts(a, c, fact, denied)
        elif i < LEAD and states_today(a, c):
            result_facts(a, c, fact, denied)  # "acquitted on Tuesday X of taking bribes in 2023"
            tally_facts(a, c, fact, denied)  # "appointed on Wednesday X, director since 2019, by 13 votes to 2"
            duration_facts(c, fact, bool(prov.search(c.text)), denied)  # "won on Sunday in 2:07:55, ... last year's record"
        if (not background or (i < LEAD and states_today(a, c))) and not c.negated:
            score_facts(a, c, fact, denied, lead=i < LEAD)  # "won on Sunday, ... last year's final"
    return out
