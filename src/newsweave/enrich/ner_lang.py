"""The NER view of the language data: lookup-ready sets and compiled patterns per language.

Built once per language from :class:`newsweave.lang.schema.NerSection` (a language without a
module gets the section defaults: the international name particles and nothing else).  Some cues
are matched whatever the text's language, because names and titles travel between languages
("Mr", "пан", "former", "and"/"и"): those are the union over all languages.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import lang
from ..lang.schema import NerSection

TOKEN = re.compile(r"[^\W\d_][\w]*(?:[-‑'’][\w]+)*", re.UNICODE)


@dataclass(frozen=True)
class NerData:
    """One language's NER data, in the shapes the engines look things up in."""

    section: NerSection
    stop: frozenset[str]
    stop_folded: frozenset[str]  # lower-cased stop words longer than 3 letters
    roles: tuple[str, ...]
    role_first: frozenset[str]  # first word of every role
    conn: frozenset[str]  # connectors + place connectors + international name particles
    place_conn: frozenset[str]  # connectors found inside place names only
    org: tuple[str, ...]
    heads: tuple[str, ...]  # org words + head nouns
    adjective: re.Pattern | None
    lemma_rewrites: tuple[tuple[re.Pattern, str], ...]
    name_inflections: tuple[tuple[re.Pattern, str], ...]


@lru_cache(maxsize=64)
def ner_data(code: str | None) -> NerData:
    found = lang.language(code)
    sec = found.ner if found is not None else NerSection()
    roles = tuple(r.lower() for r in sec.roles)
    org = tuple(w.lower() for w in sec.org_words)
    return NerData(
        section=sec, stop=frozenset(sec.stop),
        stop_folded=frozenset(x.lower() for x in sec.stop if len(x) > 3),
        roles=roles, role_first=frozenset(r.split()[0] for r in roles),
        conn=frozenset(sec.connectors) | frozenset(sec.place_connectors) | frozenset(sec.name_particles),
        place_conn=frozenset(sec.place_connectors), org=org,
        heads=org + tuple(sec.head_nouns),
        adjective=re.compile(sec.adjective_ending) if sec.adjective_ending else None,
        lemma_rewrites=tuple((re.compile(a), b) for a, b in sec.lemma_rewrites),
        name_inflections=tuple((re.compile(a), b) for a, b in sec.name_inflections))


def _alternation(words: set[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class SharedCues:
    """Cues matched in every text, whatever its language (union over all languages)."""

    honorific: re.Pattern  # a form of address at the front of a span ("Mme ", "г-н ")
    conjunction: re.Pattern  # " and " between two people inside one span
    premodifiers: frozenset[str]  # words before a title that belong to it ("former")
    premodifier: re.Pattern | None  # one-word pattern before a title (demonyms: "Finnish")
    articles: frozenset[str]  # articles between a name's comma and its title ("the")


@lru_cache(maxsize=1)
def shared_cues() -> SharedCues:
    secs = [x.ner for x in lang.languages()]
    hon = {h for s in secs for h in s.honorifics}
    conj = {c for s in secs for c in s.conjunctions}
    pats = [s.premodifier_pattern for s in secs if s.premodifier_pattern]
    return SharedCues(
        honorific=re.compile(rf"(?:{_alternation(hon)})\.?\s+(?=[A-ZА-ЯІЇЄҐ])"),
        conjunction=re.compile(rf"\s+(?:{_alternation(conj)})\s+"),
        premodifiers=frozenset(w for s in secs for w in s.role_premodifiers),
        premodifier=re.compile("|".join(f"(?:{p})" for p in pats)) if pats else None,
        articles=frozenset(a for s in secs for a in s.articles))


def is_role_word(word: str, code: str | None) -> bool:
    """A title word of the language (also inflected: up to 3 more letters after a ≥ 4-letter role)."""
    w = word.lower()
    data = ner_data(code)
    for e in data.section.role_endings:
        at = w.rfind(e)
        if at >= 4 and len(w) - at - len(e) <= 3:
            return True
    compounds = data.section.capitalised_nouns  # German: a compound's head is its last part
    for r in data.role_first:
        if w == r or (len(r) >= 4 and w.startswith(r) and len(w) - len(r) <= 3):
            return True
        if compounds and len(r) >= 4 and len(w) - len(r) >= 3 \
                and (w.endswith(r) or w[:-2].endswith(r) and w[-2:] in ("in", "en")):
            return True  # "Geheimdienstchef", "Oppositionsanwalt"
    return False
