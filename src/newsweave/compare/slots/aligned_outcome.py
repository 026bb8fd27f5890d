"""Aligned layer of the *outcome* slot: opposite results of one happening told in aligned clauses.

The family readers of :mod:`.outcome` compare a result only with results of its own family (a
decision approved or rejected, a happening held or called off, an agreement signed or not), and
only where the words of that family are found. Two reports of one happening may tell its result
with words of two families or with words no family reader knows: "the board appointed X" against
"the board postponed the appointment", "the union signed a deal" against "the talks failed", "all
23 miners were rescued" against "one miner died". Such a pair is about one happening when its two
clauses are each other's closest across the two articles (the claims' vectors, as
:func:`.aligned.mutual_pairs` pairs them) and alike by MIN_SIM, or by SHARED_SIM when they name a
participant in common: the alignment stands for the family's subject. A death against "all
rescued" also needs a participant named in both (the dead may be of another group), and a win
against a loss one side named as the subject of both. Each
lead clause's status is read from the family readers' results and from the article's own
language's ``outcome_statuses``; two statuses conflict only as :data:`OPPOSED` lists (a meeting
held is no agreement signed; "no progress" says nothing). The gates of the rule readers stay:
background, provisional, part and denied clauses are left out (a denial is a party's claim), an
article stating both statuses reconciles them, and a later article's status that may follow an
earlier one's (postponed, then appointed; all rescued, then one died) is an update, not a conflict.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import Sequence

import numpy as np
from rapidfuzz import fuzz

from ... import lang
from ...model import Article
from .. import lexicon
from ..claim_records import Claim
from . import words
from .aligned import MIN_SIM, _background, _usable, clause_groups, mutual_pairs
from .happening import DAY, LEAD, other_happenings, states_today
from .outcome import FAMILY, _pending, result_facts
from .records import Side, SlotConflict, SlotFact
from .verdict import BASE, finish
from .winner import _name_before, _team_words

SUBJECT = "aligned:outcome"  # subject prefix of the layer's conflicts (one per group of aligned clauses)
# pairs of statuses that cannot both be true of one happening; the pairs of one family reader
# (held / postponed, approved / rejected) are that reader's to compare, unless a new status is in them
OPPOSED = {frozenset(p) for p in (
    ("appointed", "postponed"), ("appointed", "called_off"), ("appointed", "rejected"),
    ("appointed", "not_appointed"),
    ("signed", "failed"), ("approved", "failed"),
    ("signed", "postponed"), ("signed", "called_off"), ("approved", "postponed"), ("approved", "called_off"),
    ("survived", "died"), ("won", "lost"),
    # a resignation or an offer accepted against refused; a sentence cut on appeal against upheld
    ("accepted", "refused"), ("reduced", "upheld"))}
# (earlier, later): a later article's status that may follow an earlier one's on a later day
FOLLOWS = {("postponed", "appointed"), ("postponed", "approved"), ("postponed", "signed"),
           ("failed", "signed"), ("not_appointed", "appointed"), ("survived", "died")}
# set by hand: two lead clauses of one happening in two languages that tell other details beside
# its result (a count, the place's spelling) fall under MIN_SIM; when they name a participant in
# common (an entity both carry), this much is enough
SHARED_SIM = 0.80
# set by hand: articles published this many days apart or more may tell two stages of one story
UPDATE_DAYS = 2
# characters before a status word where a negation turns it ("no one died", "никто не погиб")
NEGATION_GAP = 20
# a negated status -> its opposite; the other statuses say nothing when negated ("did not fail")
NEGATED = {"died": "survived", "appointed": "not_appointed", "accepted": "refused",
           "in_orbit": "failed"}  # "did not reach orbit": the launch failed
STATUSES = frozenset(s for p in OPPOSED for s in p)
# statuses told of a group of people: a death contradicts "all rescued" only when both clauses
# speak of one group (a rescuer or a driver who died is no trapped miner), by a participant named
# in both
OF_A_GROUP = frozenset(("survived", "died"))
# a side's win or loss: compared only when both clauses name one side as its subject ("Sokil won"
# against "Sokil lost the final"; "Dynamo lost" is no contradiction of "Sokil won")
OF_A_SIDE = frozenset(("won", "lost"))
# set by hand: characters between a side's name and its verb of winning or losing (a German
# perfect puts the time, the place and the object between: "X hat am Sonntag das Finale verloren")
SIDE_REACH = 60


@lru_cache(maxsize=None)
def _patterns(code: str | None) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(status, pattern) of the article's own language (every language's when it has none); a
    win is read with the winner readers' verbs of winning (``outcomes["won"]``)."""
    own = lang.language(code)
    secs = [own.claims] if own is not None and own.claims.outcome_statuses else [l.claims for l in lang.languages()]
    merged: dict[str, list[str]] = defaultdict(list)
    for s in secs:
        for k, frags in {**s.outcome_statuses, "won": s.outcomes.get("won", [])}.items():
            merged[k] += frags
    return tuple((k, re.compile("|".join(f"(?:{f})" for f in v), re.IGNORECASE)) for k, v in merged.items() if v)


def statuses(a: Article, c: Claim, keep: frozenset[str] = STATUSES) -> list[tuple[int, int, str]]:
    """(start, end, status) in the clause (offsets in the article), in text order: the results the
    family readers give and the statuses of the language's ``outcome_statuses`` (a win or a loss
    only with the side's name before it); only statuses of ``keep``."""
    out: list[tuple[int, int, str]] = []

    def collect(slot: str, subject: str, value: str, key: str, _c: Claim, s: int, e: int, **_kw) -> None:
        if slot == "outcome" and key in FAMILY:
            out.append((s, e, key))

    # the clause-level negation flag is not read: a postponement or a failure is negative itself
    # ("ha rinviato la nomina: la candidatura non ha ottenuto il via libera"); a negation right
    # before a result word still turns it, as the family readers read it
    if keep & FAMILY.keys():  # the family readers' results are wanted (not by the lead statuses)
        result_facts(a, replace(c, negated=False), collect, None)
    for cls, pat in _patterns(a.lang):
        for m in pat.finditer(c.text):
            window = c.text[max(0, m.start() - NEGATION_GAP):m.start()]
            neg = lexicon.is_negated(window, a.lang)
            if neg is not None:
                if cls in NEGATED and not _pending(window, neg.start(), a.lang):  # "not yet appointed": open
                    out.append((c.start + m.start(), c.start + m.end(), NEGATED[cls]))
            elif cls not in OF_A_SIDE or side(a, c, c.start + m.start()) is not None:
                out.append((c.start + m.start(), c.start + m.end(), cls))
            break
    return sorted(x for x in out if x[2] in keep)


def side(a: Article, c: Claim, start: int) -> str | None:
    """The side that won or lost at ``start``: the name right before the verb in its phrase; none
    before a passive ("X was defeated by Y": X lost, as the winner readers read it)."""
    found = _name_before(a, c, start, SIDE_REACH)
    if found is None or words.own_cue("passive_markers", a.lang).search(found[2]):
        return None
    return found[1]


def _one_side(x: str | None, y: str | None) -> bool:
    """Two names of one side, across spellings and scripts (a word in common, folded)."""
    return x is not None and y is not None and \
        any(fuzz.ratio(u, v) >= 80 for u in _team_words(x) for v in _team_words(y))


def _day(a: Article) -> date | None:
    m = DAY.match(a.date.value or "") if a.date else None
    return date.fromisoformat(m.group(1)) if m else None


def _update(x: str, ax: Article, y: str, ay: Article) -> bool:
    """Whether the two statuses are two stages of one story: the later article's may follow the
    earlier's, published UPDATE_DAYS or more apart."""
    dx, dy = _day(ax), _day(ay)
    if dx is None or dy is None or abs((dx - dy).days) < UPDATE_DAYS:
        return False
    return ((x, y) if dx < dy else (y, x)) in FOLLOWS


def outcome_conflicts(arts: Sequence[Article], claims: Sequence[Claim], sim: np.ndarray,
                      facts: Sequence[SlotFact], found: Sequence[SlotConflict]) -> list[SlotConflict]:
    """Conflicts of opposite statuses in aligned lead clauses, one per group of aligned clauses
    (majority first); none where an outcome conflict of ``found`` already sets the two articles
    against each other."""
    by_id = {a.id: a for a in arts}
    apart = other_happenings(facts)
    pos: dict[str, int] = defaultdict(int)
    told: dict[int, tuple[int, int, str]] = {}  # clause index -> its first status
    every: dict[str, set[str]] = defaultdict(set)  # every status an article's lead states
    for i, c in enumerate(claims):
        a = by_id.get(c.article)
        if a is None:
            continue
        rank, pos[c.article] = pos[c.article], pos[c.article] + 1
        if rank >= LEAD or not _usable(a, c) or (_background(a, c) and not states_today(a, c)):
            continue  # a background cue in a clause giving the happening's day dates something else in it
        st = statuses(a, c)
        every[c.article] |= {s for _s, _e, s in st}
        if st:
            told[i] = st[0]
    idx: dict[str, list[int]] = defaultdict(list)
    for i in told:
        idx[claims[i].article].append(i)
    pairs = [(i, j, s) for i, j, s in mutual_pairs(dict(idx), sim, SHARED_SIM)
             if s >= MIN_SIM or set(claims[i].entities) & set(claims[j].entities)]
    group_of = {k: min(g) for g in clause_groups(pairs) for k in g}
    opposed = set()
    for i, j, _s in pairs:
        x, y = told[i][2], told[j][2]
        ai, aj = claims[i].article, claims[j].article
        if frozenset((x, y)) not in OPPOSED or (ai in apart) != (aj in apart):
            continue
        if x in OF_A_GROUP and not _one_group(claims[i], claims[j]):
            continue
        if x in OF_A_SIDE and not _one_side(side(by_id[ai], claims[i], told[i][0]),
                                            side(by_id[aj], claims[j], told[j][0])):
            continue
        if y in every[ai] or x in every[aj] or _update(x, by_id[ai], y, by_id[aj]):
            continue  # an article telling both reconciles them; a later stage is an update
        if _covered(found, ai, aj):
            continue
        opposed.add(group_of[i])
    out = []
    for root in sorted(opposed):
        members = sorted(k for k in told if group_of.get(k) == root)
        out += _conflict(root, members, claims, told, by_id)
    return out


def _one_group(x: Claim, y: Claim) -> bool:
    """Whether two clauses speak of one group of people: a participant (an entity: the mine, the
    ship, the village) both name. A head noun of one class in both ("the trapped") is not
    enough: on the tuning half's older events it let one false conflict through."""
    return bool(set(x.entities) & set(y.entities))


def _covered(found: Sequence[SlotConflict], ai: str, aj: str) -> bool:
    """Whether an outcome conflict already reported sets articles ``ai`` and ``aj`` apart."""
    for cf in found:
        if cf.slot != "outcome":
            continue
        side = {a: k for k, s in enumerate(cf.sides) for a in s.articles}
        if ai in side and aj in side and side[ai] != side[aj]:
            return True
    return False


def _conflict(root: int, members: list[int], claims: Sequence[Claim], told: dict[int, tuple[int, int, str]],
              by_id: dict[str, Article]) -> list[SlotConflict]:
    """The conflict of one group of aligned clauses: each article's first status in the group,
    the majority status against the statuses opposed to it."""
    first: dict[str, SlotFact] = {}
    subject = f"{SUBJECT}:{root}"
    for k in members:
        c = claims[k]
        if c.article in first:
            continue
        a = by_id[c.article]
        s, e, status = told[k]
        first[c.article] = SlotFact(slot="outcome", subject=subject, value=status.replace("_", " "), key=status,
                                    article=a.id, source=a.source or f"?{a.id}", start=s, end=e, text=a.text[s:e],
                                    sentence=(c.start, c.end), date=a.date.value if a.date else None,
                                    subject_label="outcome", context=" ".join(c.text.split()))
    by_key: dict[str, list[SlotFact]] = defaultdict(list)
    for f in first.values():
        by_key[f.key].append(f)
    ranked = sorted(by_key.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    major_key, major = ranked[0]
    sides = [Side(major[0].value, major)] + [Side(fs[0].value, fs) for k, fs in ranked[1:]
                                             if frozenset((k, major_key)) in OPPOSED]
    cf = finish("outcome", subject, sides, BASE["outcome"] + 0.05 * (len(major) - 1))
    return [cf] if cf is not None else []
