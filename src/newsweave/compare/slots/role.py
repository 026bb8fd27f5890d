"""The *who as what* slot: a person's title at the time, and its comparison. A person may hold
two titles (a current and a former office, a title and a function), so two articles conflict only
when the titles cannot both be true at the time: one office against another that no article
gives together with it, one portfolio against another ("transport" / "energy minister"), a
deputy against the full office, two titles in one organisation, or a title called current by one
article and former by another (a clause may tell an office as past without a "former" word:
"who was mayor", "mayor until 2019"). A party office is held beside a public one; two
organisations are apart only when their keys or names can be compared."""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from itertools import combinations
from typing import Callable, Sequence

from anyascii import anyascii
from rapidfuzz import fuzz

from ... import lang
from .. import lexicon
from ..claim_records import Claim, norm_name
from .records import Side, SlotConflict, SlotFact
from . import title
from .title import details
from .verdict import BASE, finish

# titles not compared: vague ones; "adviser", a function held beside a title ("aide to the
# president" and "envoy") whose complement in a genitive may be read as its holder ("aide of X");
# "general", a rank held with any office (a commander, a minister)
VAGUE_ROLES = {"leader", "head", "adviser", "general"}
# a vague title's deputy is as vague as it ("deputy head of X"), but the two are told apart: a
# deputy's office against the full one is compared by itself (:func:`_vague_deputy`); an adviser
# and a general have no deputy's office
VAGUE_DEPUTIES = {lexicon.deputy_of(v): v for v in VAGUE_ROLES - {"adviser", "general"}}
# a profession (a party's lawyer) is held beside any office; it excludes only another title in
# the organisation it serves ("lawyer for the association" / "president of the association")
PROFESSIONS = {"lawyer"}
FORMER = "former:"
PORTFOLIO = "@"  # key separator: "minister@transport"
# the portfolio of a party office ("portavoce del partito", "party leader"): held beside a public office
PARTY = title.PARTY
ORG_NAME = "="  # separates an organisation's entity key from its name in a qualifier
# the deputy's office of a title ("deputy foreign minister", "stellvertretender Minister")
DEPUTY = lexicon.DEPUTY_OF
# offices that one language's word covers in another: never a conflict by themselves. The head of
# a body (of a central bank, of a region whose president English calls its governor, an agency)
# is its "chair", "director" or "governor"; a chair and a chief executive are two offices of a
# company ("presidente" / "amministratore delegato"), except where the title's word covers both
# (the language's ``head_of_body_words``: "prezes", "PDG", a company's "president"): such a title
# is keyed :data:`HEAD_OF_BODY`, near every head's office. A secretary of state is a deputy
# minister in several governments; an ambassador is an envoy; a deputy prime minister usually
# holds a ministry too
HEAD_OF_BODY = "head-of-body"
_HEADS = ("chair", "ceo")
_NEAR_HEADS = (HEAD_OF_BODY, "director", "governor")
NEAR = {frozenset(p) for p in [(x, y) for i, x in enumerate(_NEAR_HEADS) for y in _NEAR_HEADS[i + 1:] + _HEADS]
        + [("secretary-of-state", "deputy-minister"), ("ambassador", "envoy"),
           ("deputy-prime-minister", "minister")]
        # a company's technology or operations officer is a "director" told shortly; a party's
        # lawyer often speaks for it
        + [("cto", "director"), ("coo", "director"), ("lawyer", "spokesperson")]}
# two former offices with other portfolios may both be true (a career): shown, not confident
FORMER_PORTFOLIOS = 0.5
# spellings of one sound across transliterations: Italian "cch" as Cyrillic "кк", Russian "-ская"
# for "-ska", Polish "w"/"cz"/"sz", Russian "g" for Ukrainian "h", "y"/"j" for "i"
_SOUNDS = (("cch", "kk"), ("sch", "sh"), ("cz", "ch"), ("sz", "sh"), ("w", "v"), ("kh", "h"), ("g", "h"),
           ("y", "i"), ("j", "i"), ("ii", "i"), ("ts", "c"), ("skaia", "ska"))
# two written forms of one first name are at least this close once folded ("Piotr" / "Пётр",
# "Oleksandr" / "Александр"); read only where the surnames differ in form ("Kowalska" /
# "Kowalski"), not where an honorific stands for the first name ("Frau Lenz" / "Eva Lenz")
FIRST_NAMES = 50
# Polish nasal vowels as Cyrillic spells them ("Dąbrowska" / "Домбровська", "Łęcki" / "Ленцкий")
_NASALS = ((re.compile(r"ą(?=[bp])"), "om"), (re.compile(r"ą"), "on"),
           (re.compile(r"ę(?=[bp])"), "em"), (re.compile(r"ę"), "en"))


def who_as_what_facts(c: Claim, fact: Callable[..., SlotFact], denied: str | None,
                      year: int | None = None) -> None:
    """The titles clause ``c`` (of an article of ``year``) gives persons."""
    for r in c.roles:
        d = details(c, r, year)
        if d.function:
            continue  # "chair of the conference": a function beside the person's office
        base = "mayor" if d.mayor else r.role
        deputy = d.deputy and not base.startswith("deputy") and base not in VAGUE_ROLES - set(VAGUE_DEPUTIES.values())
        role = DEPUTY.get(base, "deputy-" + base) if deputy else base
        value = role + (f" ({d.portfolio})" if d.portfolio else "")
        if role in _HEADS and _head_of_body(r.text, c.lang):
            role = HEAD_OF_BODY  # shown as the word's office, compared as near both
        key = role + (PORTFOLIO + d.portfolio if d.portfolio else "")
        former = r.former or d.past
        fact("who_as_what", r.person, ("former " if former else "") + value,
             (FORMER if former else "") + key, c, r.start, r.end, denied_by=denied,
             subject_label=r.person_text, qualifier=_org_label(c, r.org))


@lru_cache(maxsize=None)
def _head_words(code: str | None) -> re.Pattern[str] | None:
    own = lang.language(code)
    frags = own.claims.head_of_body_words if own is not None else []
    return re.compile(r"(?<![\w-])(?:" + "|".join(frags) + r")(?![\w-])", re.IGNORECASE) if frags else None


def _head_of_body(said: str, code: str | None) -> bool:
    """Whether a title's words name a body's head as chair and chief executive at once."""
    pat = _head_words(code)
    return bool(pat and pat.search(said))


def _org_label(c: Claim, org: str | None) -> str | None:
    """A title's organisation: its name key ("n:roubaix"), or its entity key with the name the
    clause gives it ("E5d...=roubaix"), so that an entity and a bare name can be compared."""
    if not org or org.startswith("n:"):
        return org
    name = c.entity_names.get(org)
    return f"{org}{ORG_NAME}{norm_name(name)}" if name else org


def name_words(name: str) -> list[str]:
    """The words of a person's name, folded across scripts and transliterations."""
    low = name.casefold()
    for pat, rep in _NASALS:
        low = pat.sub(rep, low)
    out = []
    for w in re.findall(r"[a-z]+", anyascii(low).replace("'", "")):
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
    wx, wy = name_words(x), name_words(y)
    if not wx or not wy:
        return False
    if wx[-1] != wy[-1] and wx[:-1] and wy[:-1] \
            and not any(fuzz.ratio(a, b) >= FIRST_NAMES for a in wx[:-1] for b in wy[:-1]):
        return False  # "Anna Kowalska" / "Piotr Kowalski": two people, not one name in two forms
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


def _vague(role: str) -> bool:
    """A title too loose to compare with other offices: a vague one or its deputy's office."""
    return role in VAGUE_ROLES or role in VAGUE_DEPUTIES


def _role(key: str) -> str:
    return key.removeprefix(FORMER).split(PORTFOLIO)[0]


def _portfolio(key: str) -> str | None:
    return key.split(PORTFOLIO)[1] if PORTFOLIO in key else None


def _fits(x: str, y: str) -> bool:
    """One office told twice: the same role, and no two portfolios that differ."""
    px, py = _portfolio(x), _portfolio(y)
    return _role(x) == _role(y) and (px is None or py is None or px == py)


def _held_together(per_art: dict[str, list[SlotFact]]) -> set[frozenset[str]]:
    """Pairs of titles one article gives the person together: both true, for every article."""
    out: set[frozenset[str]] = set()
    for fs in per_art.values():
        keys = {f.key for f in fs} | {_role(f.key) for f in fs if not f.key.startswith(FORMER)}
        out |= {frozenset(p) for p in combinations(sorted(keys), 2)}
    return out


def _compatible(x: str, y: str, together: set[frozenset[str]]) -> bool:
    """Two titles that can both be true: one office, two an article gives together (with the
    same portfolio), two near offices, or a party office beside a public one."""
    return _fits(x, y) or frozenset((x, y)) in together or bool({_role(x), _role(y)} & PROFESSIONS) or frozenset((_role(x), _role(y))) in NEAR \
        or (_portfolio(x) == PARTY) != (_portfolio(y) == PARTY) \
        or frozenset((_role(x), _role(y))) in together and _portfolio(x) == _portfolio(y)


def _reconciles(key: str, f: SlotFact, h: SlotFact, together: set[frozenset[str]]) -> bool:
    """Whether title ``h`` an article gives reconciles it with title ``key`` (fact ``f``) of
    another: compatible titles, except two head-of-body words of organisations known to differ
    ("director of the finance department" does not tell "president of the government")."""
    if not _compatible(key, h.key, together):
        return False
    near_only = frozenset((_role(key), _role(h.key))) in NEAR and not _fits(key, h.key) \
        and frozenset((key, h.key)) not in together
    return not (near_only and _apart(f.qualifier, h.qualifier))


def _org_parts(x: str) -> tuple[str, str | None]:
    """(key, name) of a qualifier: a name key is its own name; an entity key may carry one."""
    if x.startswith("n:"):
        return x, x[2:]
    key, _, name = x.partition(ORG_NAME)
    return key, name or None


def _same_org(x: str | None, y: str | None) -> bool:
    """One organisation: the same key, or names that match (across scripts, folded)."""
    if not (x and y):
        return False
    (kx, nx), (ky, ny) = _org_parts(x), _org_parts(y)
    return kx == ky or bool(nx and ny) and fuzz.token_set_ratio(nx, ny) >= 80


def _apart(x: str | None, y: str | None) -> bool:
    """Two organisations known to differ: both named, by keys of one kind or by names; an entity
    key without a name and a name key cannot be compared, so they are not known apart."""
    if not (x and y) or _same_org(x, y):
        return False
    (kx, nx), (ky, ny) = _org_parts(x), _org_parts(y)
    return kx.startswith("n:") == ky.startswith("n:") or bool(nx and ny)


def _org_titles(person: str, roles: dict[str, list[SlotFact]]) -> SlotConflict | None:
    """Two titles in one organisation ("secretary" / "chairman" of the same council) cannot
    both be true, even when one article gives both."""
    facts = [f for fs in roles.values() for f in fs if f.qualifier]
    for f in facts:
        other = [g for g in facts if g.article != f.article and not _fits(g.key, f.key)
                 and frozenset((_role(f.key), _role(g.key))) not in NEAR
                 and _same_org(f.qualifier, g.qualifier)]
        if not other:
            continue
        by_key: dict[str, list[SlotFact]] = defaultdict(list)
        for g in [f] + [g for g in facts if _same_org(f.qualifier, g.qualifier)]:
            if all(x.article != g.article for x in by_key[g.key]):
                by_key[g.key].append(g)
        for fs in roles.values():  # articles giving one of the titles without its organisation
            g = fs[0]
            if g.qualifier is None and g.key in by_key and all(x.article != g.article
                                                               for v in by_key.values() for x in v):
                by_key[g.key].append(g)
        sides = [Side(v[0].value, v) for v in by_key.values()]
        return finish("who_as_what", person, sides, BASE["who_as_what"] + 0.05)
    return None


def _resolved(roles: dict[str, list[SlotFact]]) -> dict[str, SlotFact]:
    """Each article's first title, a title without portfolio taking the one portfolio the other
    articles give that office (it fits it); where they give several, it fits them all and is left
    out."""
    firsts = {a: fs[0] for a, fs in roles.items()}
    ports: dict[str, set[str]] = defaultdict(set)
    for f in firsts.values():
        if _portfolio(f.key):
            ports[_role(f.key)].add(_portfolio(f.key))
    out: dict[str, SlotFact] = {}
    for a, f in firsts.items():
        p = ports.get(_role(f.key), set())
        if _portfolio(f.key) or len(p) <= 1:
            out[a] = f
    return out


def _group_key(f: SlotFact, firsts: dict[str, SlotFact]) -> str:
    """The key an article's title is grouped under: its own, or the portfolio of the office; a
    title covering chair and chief executive, the one of the two the other articles give."""
    if f.key == HEAD_OF_BODY:
        heads = {g.key for g in firsts.values() if g.key in _HEADS}
        return heads.pop() if len(heads) == 1 else f.key
    if _portfolio(f.key):
        return f.key
    same = [g.key for g in firsts.values() if _portfolio(g.key) and _role(g.key) == f.key]
    return same[0] if same else f.key


def _current_titles(person: str, per_art: dict[str, list[SlotFact]],
                    together: set[frozenset[str]]) -> SlotConflict | None:
    roles = {a: [f for f in fs if not _vague(_role(f.key)) and not f.key.startswith(FORMER)]
             for a, fs in per_art.items()}
    roles = {a: fs for a, fs in roles.items() if fs}
    org = _org_titles(person, roles)
    if org is not None:
        return org
    firsts = _resolved(roles)
    by_key: dict[str, list[SlotFact]] = defaultdict(list)
    for f in firsts.values():
        by_key[_group_key(f, firsts)].append(f)
    if len(by_key) < 2:
        return None
    ranked = sorted(by_key.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    major_key, major = ranked[0]
    held = {a: list(fs) for a, fs in roles.items()}
    sides = [Side(major[0].value, major)]
    for k, fs in ranked[1:]:
        if _compatible(major_key, k, together):
            continue
        keep = [f for f in fs if not any(_reconciles(major_key, major[0], h, together) for h in held[f.article])
                and not any(_reconciles(k, f, h, together) for g in major for h in held[g.article])]
        if keep:
            sides.append(Side(keep[0].value, keep))
    return finish("who_as_what", person, sides, BASE["who_as_what"])


def _current_or_former(person: str, per_art: dict[str, list[SlotFact]]) -> SlotConflict | None:
    """One article gives a title as current, another as former ("mayor" / "ex-mayor"); an
    article that gives both, or two organisations or portfolios that differ, reconcile them."""
    for a, fs in per_art.items():
        for f in fs:
            if not f.key.startswith(FORMER) or _vague(_role(f.key)):
                continue
            role = f.key[len(FORMER):]
            now = [g for b, gs in per_art.items() if b != a for g in gs
                   if not g.key.startswith(FORMER) and _fits(g.key, role)
                   and not any(h.key.startswith(FORMER) and _fits(h.key, f.key) for h in gs)
                   and not _apart(f.qualifier, g.qualifier)]
            if now and not any(not g.key.startswith(FORMER) and _fits(g.key, role) for g in fs):
                firsts = list({g.article: g for g in reversed(now)}.values())
                formers = [next(h for h in gs if h.key.startswith(FORMER) and _fits(h.key, f.key))
                           for b, gs in per_art.items()
                           if any(h.key.startswith(FORMER) and _fits(h.key, f.key) for h in gs)
                           and not any(not h.key.startswith(FORMER) and _fits(h.key, role) for h in gs)]
                return finish("who_as_what", person, [Side(firsts[0].value, firsts), Side(f.value, formers)],
                              BASE["who_as_what"])
    return None


def _deputy_pair(x: str, y: str) -> bool:
    """One role the deputy's office of the other ("deputy-mayor" / "mayor", "vice-chair" / "chair")."""
    return x == DEPUTY.get(y, "deputy-" + y) or y == DEPUTY.get(x, "deputy-" + x)


def _former_by_key(per_art: dict[str, list[SlotFact]], keep: Callable[[SlotFact], bool]
                   ) -> dict[str, list[SlotFact]]:
    """Each article's first former title that ``keep`` accepts, grouped by key."""
    by_key: dict[str, list[SlotFact]] = defaultdict(list)
    for fs in per_art.values():
        f = next((f for f in fs if f.key.startswith(FORMER) and keep(f)), None)
        if f is not None:
            by_key[f.key].append(f)
    return by_key


def _former_offices(person: str, per_art: dict[str, list[SlotFact]]) -> SlotConflict | None:
    """Two articles giving one person's former office differently. A deputy against the full
    office ("former deputy mayor" / "former mayor"): the article naming the deputy's office would
    have named the higher one, so they conflict, unless one article gives both. One office with
    other portfolios ("former housing" / "former economy minister"): perhaps a career of two
    offices, so shown at a low confidence."""
    passes = ((lambda f: not _vague(_role(f.key)), 1.0,
               lambda k, m: _deputy_pair(_role(k), _role(m)) and _portfolio(k) == _portfolio(m)),
              (lambda f: bool(_portfolio(f.key)), FORMER_PORTFOLIOS, lambda k, m: _role(k) == _role(m)))
    for keep, weight, differ in passes:
        by_key = _former_by_key(per_art, keep)
        keys = sorted(by_key, key=lambda k: (-len(by_key[k]), k))
        for k in keys[1:]:
            major, minor = by_key[keys[0]], by_key[k]
            if differ(k, keys[0]) and not any(any(g.key == k for g in per_art[f.article]) for f in major) \
                    and not any(any(g.key == keys[0] for g in per_art[f.article]) for f in minor):
                return finish("who_as_what", person, [Side(major[0].value, major), Side(minor[0].value, minor)],
                              BASE["who_as_what"] * weight)
    return None


def _vague_deputy(person: str, per_art: dict[str, list[SlotFact]]) -> SlotConflict | None:
    """A vague title against its deputy's office ("head" / "deputy head of the customs post",
    "leader" / "deputy leader"): one article names the deputy, another the head, none both, and
    their organisations are not known to differ."""
    for deputy, full in sorted(VAGUE_DEPUTIES.items()):
        def first(fs: list[SlotFact], role: str) -> SlotFact | None:
            return next((f for f in fs if f.key.split(PORTFOLIO)[0] == role), None)
        lows = {a: f for a, fs in per_art.items() if (f := first(fs, deputy)) and not first(fs, full)}
        highs = {a: f for a, fs in per_art.items() if (f := first(fs, full)) and not first(fs, deputy)}
        lows = {a: f for a, f in lows.items() if not all(_apart(f.qualifier, h.qualifier) for h in highs.values())}
        highs = {a: h for a, h in highs.items() if not all(_apart(f.qualifier, h.qualifier) for f in lows.values())}
        if lows and highs:
            sides = sorted([list(highs.values()), list(lows.values())], key=len, reverse=True)
            return finish("who_as_what", person, [Side(fs[0].value, fs) for fs in sides], BASE["who_as_what"])
    return None


def compare_titles(person: str, per_art: dict[str, list[SlotFact]]) -> SlotConflict | None:
    """A person's titles across articles: current offices that cannot both be true, then a title
    called current by one article and former by another, then former offices (deputy against
    full, other portfolios)."""
    together = _held_together(per_art)
    return _current_titles(person, per_art, together) or _vague_deputy(person, per_art) \
        or _current_or_former(person, per_art) or _former_offices(person, per_art)
