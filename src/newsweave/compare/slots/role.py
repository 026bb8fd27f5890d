"""The *who as what* slot: a person's title at the time, and its comparison. A person may hold
two titles (a current and a former office, a title and a function), so two articles conflict only
when neither gives the other's title, when two titles in one organisation exclude each other, or
when one calls a title current that another calls former."""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Callable, Sequence

from anyascii import anyascii
from rapidfuzz import fuzz

from ..claim_records import Claim
from .records import Side, SlotConflict, SlotFact
from .verdict import BASE, finish

# titles not compared: vague ones, and "adviser", a function held beside a title ("aide to the
# president" and "envoy") whose complement in a genitive may be read as its holder ("aide of X")
VAGUE_ROLES = {"leader", "head", "adviser"}
FORMER = "former:"
# spellings of one sound across transliterations: Polish "w"/"cz"/"sz", Russian "g" for
# Ukrainian "h", "y"/"j" for "i"
_SOUNDS = (("sch", "sh"), ("cz", "ch"), ("sz", "sh"), ("w", "v"), ("kh", "h"), ("g", "h"),
           ("y", "i"), ("j", "i"), ("ii", "i"), ("ts", "c"))


def who_as_what_facts(c: Claim, fact: Callable[..., SlotFact], denied: str | None) -> None:
    for r in c.roles:
        key = FORMER + r.role if r.former else r.role
        fact("who_as_what", r.person, ("former " if r.former else "") + r.role, key, c, r.start,
             r.end, denied_by=denied, subject_label=r.person_text, qualifier=r.org)


def _name_words(name: str) -> list[str]:
    """The words of a person's name, folded across scripts and transliterations."""
    out = []
    for w in re.findall(r"[a-z]+", anyascii(name).casefold().replace("'", "")):
        for a, b in _SOUNDS:
            w = w.replace(a, b)
        out.append(w)
    return out


def _close(x: str, y: str) -> bool:
    return min(len(x), len(y)) >= 3 and (x == y or fuzz.ratio(x, y) >= 80)


def same_person(x: str, y: str) -> bool:
    """Two written forms of one person's name ("Kowalczyk" / "Ковальчик", "Hnatiuk" / "Гнатюка"):
    the surname (last word) of one among the words after the first name of the other, which may
    hold a neighbouring word the recogniser took in."""
    wx, wy = _name_words(x), _name_words(y)
    if not wx or not wy:
        return False
    return any(_close(wx[-1], w) for w in wy[1:] or wy) or any(_close(wy[-1], w) for w in wx[1:] or wx)


def fold_persons(facts: Sequence[SlotFact]) -> None:
    """One subject per person across the event's articles: the entity key when two facts share
    it, else the person's name as each article spells it (entity resolution may keep two
    articles' mentions of one person apart)."""
    reps: list[tuple[str, str]] = []  # (subject, name)
    for f in facts:
        if f.slot != "who_as_what":
            continue
        for subject, name in reps:
            if f.subject == subject or same_person(f.subject_label, name):
                f.subject = subject
                break
        else:
            reps.append((f.subject, f.subject_label))


def _same_org(x: str | None, y: str | None) -> bool:
    return bool(x and y) and (x == y or fuzz.token_set_ratio(x[2:], y[2:]) >= 80)


def _org_titles(person: str, roles: dict[str, list[SlotFact]]) -> SlotConflict | None:
    """Two titles in one organisation ("secretary" / "chairman" of the same council) cannot
    both be true, even when one article gives both."""
    facts = [f for fs in roles.values() for f in fs if f.qualifier]
    for f in facts:
        other = [g for g in facts if g.article != f.article and g.key != f.key
                 and _same_org(f.qualifier, g.qualifier)]
        if not other:
            continue
        by_key: dict[str, list[SlotFact]] = defaultdict(list)
        for g in [f] + [g for g in facts if _same_org(f.qualifier, g.qualifier)]:
            if all(x.article != g.article for x in by_key[g.key]):
                by_key[g.key].append(g)
        sides = [Side(k, v) for k, v in by_key.items()]
        return finish("who_as_what", person, sides, BASE["who_as_what"] + 0.05)
    return None


def _current_or_former(person: str, per_art: dict[str, list[SlotFact]]) -> SlotConflict | None:
    """One article gives a title as current, another as former ("mayor" / "ex-mayor"); an
    article that gives both, or two organisations that differ, reconcile them."""
    for a, fs in per_art.items():
        for f in fs:
            if not f.key.startswith(FORMER):
                continue
            role = f.key[len(FORMER):]
            now = [g for b, gs in per_art.items() if b != a for g in gs if g.key == role
                   and not any(h.key == f.key for h in gs)
                   and not (f.qualifier and g.qualifier and not _same_org(f.qualifier, g.qualifier))]
            if now and not any(g.key == role for g in fs):
                firsts = list({g.article: g for g in reversed(now)}.values())
                return finish("who_as_what", person, [Side(role, firsts), Side(f.value, [f])],
                              BASE["who_as_what"])
    return None


def compare_titles(person: str, per_art: dict[str, list[SlotFact]]) -> SlotConflict | None:
    """A person's title: two articles conflict when neither gives the other's current title (a
    person may hold two; a "former" one is not a current title), or when one calls former a
    title the other calls current."""
    roles = {a: [f for f in fs if f.key not in VAGUE_ROLES and not f.key.startswith(FORMER)]
             for a, fs in per_art.items()}
    roles = {a: fs for a, fs in roles.items() if fs}
    org = _org_titles(person, roles)
    if org is not None:
        return org
    by_key: dict[str, list[SlotFact]] = defaultdict(list)
    for a, fs in roles.items():
        by_key[fs[0].key].append(fs[0])
    if len(by_key) < 2:
        return _current_or_former(person, per_art)
    ranked = sorted(by_key.items(), key=lambda kv: -len(kv[1]))
    major_key, major = ranked[0]
    held = {a: {f.key for f in fs} for a, fs in roles.items()}
    sides = [Side(major_key, major)]
    for k, fs in ranked[1:]:
        keep = [f for f in fs if major_key not in held[f.article]
                and not any(k in held[g.article] for g in major)]
        if keep:
            sides.append(Side(k, keep))
    return finish("who_as_what", person, sides, BASE["who_as_what"]) \
        or _current_or_former(person, per_art)
