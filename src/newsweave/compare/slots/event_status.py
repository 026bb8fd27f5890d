"""Statuses of the whole happening told in an article's lead, compared article against article.

Some results name their own object and hold for the whole happening, so two reports of one
event need no aligned clauses to contradict each other: "nobody was hurt" against "a patient
died", "the prime minister accepted the resignation" against "refused to accept it", a law
passed as a whole against its first reading. They are
often told in short sentences that claims leave out ("Пострадавших нет.", "Premier przyjął
rezygnację.") or in a clause whose closest match across articles is another fact of the lead.
Each article's first LEAD_SENTENCES sentences are read with the statuses of
:func:`.aligned_outcome.statuses`, with the same gates (background, provisional, part and denied
sentences left out); an article stating both statuses of a pair reconciles them, a later article
published UPDATE_DAYS or more after may tell a later stage (:data:`FOLLOWS`), and articles told
apart as other happenings are not compared.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Sequence

from ...model import Article
from ..claim_records import Claim
from .aligned import _background, _usable
from .aligned_outcome import UPDATE_DAYS, _covered, _day, statuses
from .happening import other_happenings
from .records import Side, SlotConflict, SlotFact
from .verdict import BASE, finish

SUBJECT = "event:outcome"
# pairs of statuses of the whole happening that cannot both be true
OPPOSED = (("unharmed", "died"), ("accepted", "refused"),
           # a bill passed in its last stage (as a whole, sent to the president) against its first reading
           ("final_reading", "first_reading"),
           # a launch that put its payload in orbit against one that failed
           ("in_orbit", "failed"),
           # a strike begun or under way against the same strike called off, suspended or postponed
           ("strike_on", "strike_off"))
# (earlier, later): a later article's status that may follow an earlier one's on a later day
FOLLOWS = {("unharmed", "died"), ("refused", "accepted"), ("first_reading", "final_reading"),
           ("in_orbit", "failed"), ("strike_on", "strike_off")}
KEEP = frozenset(s for p in OPPOSED for s in p)
LEAD_SENTENCES = 5  # sentences of the lead that tell the happening's result (set by hand)
_SENTENCE = re.compile(r"[^.!?…]+(?:[.!?…]+[»”\"]?|$)")


def lead_sentences(a: Article) -> list[Claim]:
    """The article's first LEAD_SENTENCES sentences as bare clauses (offsets in the article)."""
    out: list[Claim] = []
    for m in _SENTENCE.finditer(a.text or ""):
        text = m.group(0).strip()
        if not text:
            continue
        start = m.start() + m.group(0).index(text)
        out.append(Claim(id=f"{a.id}:s{len(out)}", article=a.id, source=a.source or "", lang=a.lang,
                         start=start, end=start + len(text), text=text, core=text))
        if len(out) >= LEAD_SENTENCES:
            break
    return out


def told(a: Article) -> dict[str, SlotFact]:
    """Status -> its first fact in the article's lead (gated sentences left out)."""
    out: dict[str, SlotFact] = {}
    for c in lead_sentences(a):
        if not _usable(a, c) or _background(a, c):
            continue
        for s, e, status in statuses(a, c, KEEP):
            out.setdefault(status, SlotFact(
                slot="outcome", subject=SUBJECT, value=status.replace("_", " "), key=status, article=a.id,
                source=a.source or f"?{a.id}", start=s, end=e, text=a.text[s:e], sentence=(c.start, c.end),
                date=a.date.value if a.date else None, subject_label="outcome", context=" ".join(c.text.split())))
    return out


def status_conflicts(arts: Sequence[Article], facts: Sequence[SlotFact],
                     found: Sequence[SlotConflict]) -> list[SlotConflict]:
    """One conflict per opposed pair of statuses told by different articles of the event (the
    majority side first); none where an outcome conflict of ``found`` already sets the articles apart."""
    apart = other_happenings(facts)
    by_id = {a.id: a for a in arts}
    states = {a.id: told(a) for a in arts}
    out: list[SlotConflict] = []
    for x, y in OPPOSED:
        sides: dict[str, list[SlotFact]] = defaultdict(list)
        for aid, st in states.items():
            if (x in st) != (y in st):  # an article telling both reconciles them
                sides[x if x in st else y].append(st[x] if x in st else st[y])
        if not sides[x] or not sides[y]:
            continue
        keep_x = [f for f in sides[x] if any(_against(f, g, by_id, apart, found) for g in sides[y])]
        keep_y = [g for g in sides[y] if any(_against(f, g, by_id, apart, found) for f in sides[x])]
        if not keep_x or not keep_y:
            continue
        cf = finish("outcome", SUBJECT, [Side(keep_x[0].value, keep_x), Side(keep_y[0].value, keep_y)],
                    BASE["outcome"] + 0.05 * (max(len(keep_x), len(keep_y)) - 1))
        if cf is not None:
            out.append(cf)
    return out


def _against(f: SlotFact, g: SlotFact, by_id: dict[str, Article], apart: set[str],
             found: Sequence[SlotConflict]) -> bool:
    """Whether facts ``f`` and ``g`` of two articles set them against each other: one happening,
    no later stage, not already reported."""
    if (f.article in apart) != (g.article in apart) or _covered(found, f.article, g.article):
        return False
    df, dg = _day(by_id[f.article]), _day(by_id[g.article])
    if df is not None and dg is not None and abs((df - dg).days) >= UPDATE_DAYS:
        pair = (f.key, g.key) if df < dg else (g.key, f.key)
        if pair in FOLLOWS:
            return False
    return True
