"""Claims: sentence/clause-level statements of an event's articles, with their facts.

:class:`ClaimExtractor` splits one article's body (boilerplate skipped) into sentences, then
clauses at ``;``, and records for each claim its **facts**: entities (the mentions of the
article's entity layer: their entity ids, else normalised names), normalised dates (DATE timexes
of the time layer inside the claim), numbers with canonical units, persons' titles/roles (with the
organisation they belong to), places asserted to be in a country, negation, and who is speaking
when the claim is reported speech (the quotes layer). It reads the stored layers and never runs
NER, time tagging or quote extraction itself: an article without an entity layer gives claims
without entity, role or place facts.

``extract_claims(articles)`` runs it over an event's articles and folds spelling variants of
unresolved names ("koursk" / "kursk") so that facts compare across articles; alignment lives in
:mod:`newsweave.compare.alignment` (re-exported here).
"""
from __future__ import annotations

import re
from typing import Sequence

from rapidfuzz import fuzz

from .. import lang
from ..enrich.ner_models import morph_parse
from ..model import Article, Mention, Timex
from ..text.sentences import sentence_spans
from . import facts, lexicon
from .claim_cache import CLAIMS
from .alignment import Alignment, ClaimCluster, align_claims, embed_claims, same_event
from .claim_records import (Claim, NumberFact, PlaceFact, RoleFact, mention_key, norm_name,
                            place_name_key)

__all__ = ["Alignment", "Claim", "ClaimCluster", "ClaimExtractor", "NumberFact", "PlaceFact",
           "RoleFact", "align_claims", "embed_claims", "extract_claims", "mention_key", "norm_name",
           "place_name_key", "same_event"]

_WORD = re.compile(r"[\w'’-]+")
_DATE_VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def _underspecified(t: Timex) -> bool:
    """A weekday or relative word resolved only to a month or year ("mercredi" → 2025-04, when
    the anchor was a month): too vague to contradict a precise date."""
    if len(t.value) == 10:
        return False
    return not re.search(r"\d", t.text) and not lexicon.words("months").search(t.text)


class ClaimExtractor:
    """The :class:`newsweave.components.ClaimExtractor` of newsweave: claims of one analysed
    article, from its text and stored layers (entities, timexes, quotes, attributions)."""

    name = "newsweave.claims.rules"
    version = "2"
    requires = ("text", "lang", "boilerplate", "entities", "timexes", "quotes", "attributions")
    assigns = ()  # claims are computed on demand for a report, not stored on the article

    def __init__(self, min_words: int = 4) -> None:
        self.min_words = min_words

    def extract(self, article: Article) -> list[Claim]:
        a, text = article, article.text
        ments = list(a.entities)
        keys = {id(m): mention_key(m) for m in ments}
        quotes = list(a.quotes)
        protect = [(q.start, q.end) for q in quotes if q.kind == "direct"]
        timexes = [t for t in a.timexes if t.type == "DATE" and _DATE_VALUE.match(t.value or "")
                   and t.confidence >= 0.6 and not _underspecified(t)]
        all_tx = [(t.start, t.end) for t in a.timexes]
        total = max(1, len(text))
        mask_spans = [(x.start, x.end) for x in a.attributions] + \
                     [q.speaker_span for q in quotes if q.speaker_span]
        claims: list[Claim] = []
        for i, (s, e) in enumerate(_clauses(a, protect)):
            chunk = text[s:e]
            if len(_WORD.findall(chunk)) < self.min_words:
                continue
            cm = [m for m in ments if s <= m.start and m.end <= e]
            c = Claim(id=f"{a.id}#{i}", article=a.id, source=a.source or f"?{a.id}", lang=a.lang,
                      start=s, end=e, text=chunk, core=_core(text, s, e, mask_spans),
                      position=s / total, event=a.event)
            for m in cm:
                k = keys[id(m)]
                if k not in c.entities:
                    c.entities.append(k)
                    c.entity_names[k] = m.name or m.text
            c.dates = [(t.value, t.start, t.end, t.text) for t in timexes if s <= t.start and t.end <= e]
            c.numbers = facts.numbers(chunk, s, [x for x in all_tx if s <= x[0] < e])
            c.roles = facts.roles(chunk, s, _glued_persons(cm, ments, keys, a.lang), keys, a.lang)
            c.roles += _layer_roles(cm, keys, c.roles)
            c.places = facts.places(chunk, s, cm, keys) + facts.anaphoric_places(text, s, e, ments, keys)
            if lexicon.is_negated(c.core, a.lang):
                c.negated = True
                nm = lexicon.is_negated(chunk, a.lang)
                c.negation = (s + nm.start(), s + nm.end()) if nm else (s, e)
            for q in quotes:
                if q.start < e and s < q.end and q.speaker:
                    c.speaker = q.speaker
                    if q.kind == "direct" and (q.end - q.start) >= 0.6 * (e - s):
                        c.quoted = True
            claims.append(c)
        return claims


def _clauses(a: Article, protect: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences of the body, split again at semicolons."""
    out: list[tuple[int, int]] = []
    for s, e in a.body_spans():
        for ss, se in sentence_spans(a.text, s, e, protect):
            pos = ss
            for m in re.finditer(r";\s+", a.text[ss:se]):
                out.append((pos, ss + m.start()))
                pos = ss + m.end()
            out.append((pos, se))
    return out


def _given_and_surname(words: list[str], code: str | None) -> bool:
    """Two capitalised words that the morphological analyser reads as a given name and a surname
    in the nominative ("Марек Врублевський"): a person, whatever type the recogniser gave."""
    own = lang.language(code)
    if own is None or own.ner.lemmatizer != "pymorphy3" or len(words) != 2 or not all(w[:1].isupper() for w in words):
        return False
    tags = [[p.tag for p in morph_parse(w, own.code)] for w in words]
    return any("Name" in t.grammemes and t.case == "nomn" for t in tags[0]) \
        and any("Surn" in t.grammemes and t.case == "nomn" for t in tags[1])


def _glued_persons(cm: list[Mention], ments: list[Mention], keys: dict[int, str], code: str | None
                   ) -> list[Mention]:
    """Persons the recogniser glued into a mention of another type ("Sanità Irene Castellví"
    typed ORG after "l'assessora alla"): a non-person mention of three words or more ending with
    the surname of a person the article names elsewhere ("Castellví", "Irene Castellví") holds
    that person's mention at its end (the person's words, two at least), in its place, so that a
    title before it finds its holder (and does not take it for its organisation); so is a mention
    of another type that reads as a given name and a surname (:func:`_given_and_surname`)."""
    persons = {}
    for p in ments:
        if p.type == "PER" and _WORD.findall(p.text):
            persons.setdefault(_WORD.findall(p.text)[-1].casefold(), []).append(p)
    out: list[Mention] = []
    for m in cm:
        words = list(_WORD.finditer(m.text))
        p = None if m.type == "PER" or len(words) < 3 or not all(w.group()[:1].isupper() for w in words[-2:]) \
            else max(persons.get(words[-1].group().casefold(), []), key=lambda x: len(x.text), default=None)
        if p is None:
            named = m.type != "PER" and _given_and_surname([w.group() for w in words], code)
            out.append(Mention(m.start, m.end, m.text, "PER", entity=m.entity, name=m.name) if named else m)
            if named:
                keys[id(out[-1])] = keys[id(m)]
            continue
        start = m.start + words[-max(2, len(_WORD.findall(p.text))):][0].start()
        g = Mention(start, m.end, m.text[start - m.start:], "PER", entity=p.entity, name=p.name)
        keys[id(g)] = keys[id(p)]
        out.append(g)
    return out


# a comma followed by words inside a title the entity layer attached: the name is not its holder
_NEW_PHRASE = re.compile(r",\s*[\w'’-]+")


def _layer_roles(cm: list[Mention], keys: dict[int, str], found: list[RoleFact]) -> list[RoleFact]:
    """Roles the entity layer attached to a mention (``Mention.attrs["roles"]``) that the text
    rules have not ``found`` already."""
    out: list[RoleFact] = []
    for m in cm:
        for r in (m.attrs.get("roles") or []):
            if _NEW_PHRASE.search(str(r)):
                continue  # "secrétaire générale, par 312 voix contre 251 pour X": the name ends another phrase
            rk = lexicon.canonical_role(str(r))
            if rk and not any(x.role == rk and (x.person == keys[id(m)] or x.start < m.end and m.start < x.end)
                              or x.person == keys[id(m)] and str(r).casefold() in x.text.casefold()
                              for x in found + out):  # the text rules read it already, or a longer title
                # holding it ("помощник президента": "президента" names whom the aide serves)
                out.append(RoleFact(person=keys[id(m)], person_text=m.text, role=rk, org=None,
                                    start=m.start, end=m.end, text=str(r),
                                    former=bool(lexicon.former_in().search(str(r)))))
    return out


def extract_claims(articles: Sequence[Article], min_words: int = 4,
                   extractor: ClaimExtractor | None = None) -> list[Claim]:
    """Claims of each article (boilerplate skipped), with their facts; spelling variants of
    unresolved names folded across the articles. Each article's claims are extracted once and
    then read from the process's claim cache (``compare.claim_cache``)."""
    extractor = extractor or ClaimExtractor(min_words=min_words)
    claims = [c for a in articles for c in CLAIMS.claims(extractor, a)]
    canon = _fold_keys([mention_key(m) for a in articles for m in a.entities])
    if canon:
        for c in claims:
            c.entities = list(dict.fromkeys(canon.get(k, k) for k in c.entities))
            c.entity_names = {canon.get(k, k): v for k, v in c.entity_names.items()}
            for r in c.roles:
                r.person = canon.get(r.person, r.person)
                r.org = canon.get(r.org, r.org) if r.org else None
            for p in c.places:
                p.place = canon.get(p.place, p.place)
    return claims


def _fold_keys(keys: list[str]) -> dict[str, str]:
    """Merge unresolved name keys that are spelling variants ("koursk" / "kursk")."""
    names = sorted({k for k in keys if k.startswith("n:")})
    canon: dict[str, str] = {}
    reps: list[str] = []
    for k in names:
        for r in reps:
            a, b = k[2:], r[2:]
            if a == b or (min(len(a), len(b)) >= 4 and fuzz.ratio(a, b) >= 80) or \
                    (len(a.split()) > 1 and a.split()[-1] == b) or (len(b.split()) > 1 and b.split()[-1] == a):
                canon[k] = r
                break
        else:
            reps.append(k)
            canon[k] = k
    return canon


def _core(text: str, s: int, e: int, mask: list[tuple[int, int]]) -> str:
    chars = list(text[s:e])
    for a, b in mask:
        if a < e and s < b:
            for i in range(max(a, s), min(b, e)):
                chars[i - s] = " "
    out = re.sub(r"\s+", " ", "".join(chars)).strip()
    return out or text[s:e]
