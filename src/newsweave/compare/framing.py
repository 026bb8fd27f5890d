"""Framing: loaded terms, scare quotes, omissions, and coverage by outlet trait.

* **Loaded terms** come from the ``framing`` section of the article's language
  (``FramingSection.loaded_terms = {loaded: neutral}``; every language's when it has none),
  matched as word starts so inflections count ("régimes", "режима").
* **Scare quotes**: a quoted word or short phrase that no speaker is credited with
  (« libération », "peacekeepers"); speakers come from the article's stored quotes layer.
* **Omissions**: claims carried by most outlets that a given outlet leaves out.
* **Coverage**: the event's articles and outlets broken down by each trait of ``sources.yaml``,
  with blind spots (trait values known in the registry that no article of the event comes from).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Mapping, Sequence

from .. import lang
from ..enrich.quote_spans import find_quote_spans
from ..model import Article
from .alignment import Alignment
from .outlets import OutletRegistry, trait_str

_WORD = re.compile(r"[\w'’-]+")


@dataclass
class FramingHit:
    kind: str  # loaded | scare_quote
    article: str
    source: str
    start: int
    end: int
    text: str
    neutral: str | None = None
    context: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "article": self.article, "source": self.source,
                "start": self.start, "end": self.end, "text": self.text, "neutral": self.neutral,
                "context": self.context}


@dataclass
class Omission:
    source: str
    cluster: str
    claim_text: str
    carried_by: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "cluster": self.cluster, "claim": self.claim_text,
                "carried_by": self.carried_by}


@lru_cache(maxsize=None)
def _loaded_regex(code: str | None) -> list[tuple[re.Pattern[str], str, str]]:
    known = lang.language(code)
    sections = [known.framing] if known is not None and known.framing.loaded_terms else \
        [l.framing for l in lang.languages()]
    out = []
    for section in sections:
        for term, neutral in section.loaded_terms.items():
            body = re.escape(term).replace(r"\ ", r"\s+")
            out.append((re.compile(r"(?<![\w-])" + body + r"[\w-]{0,4}(?![\w])", re.IGNORECASE),
                        term, neutral))
    return out


def _context(text: str, s: int, e: int, width: int = 60) -> str:
    a = max(0, s - width)
    b = min(len(text), e + width)
    return ("…" if a > 0 else "") + " ".join(text[a:b].split()) + ("…" if b < len(text) else "")


def loaded_terms(article: Article) -> list[FramingHit]:
    """Loaded words in the article body (quoted speech included: the outlet chose to print it)."""
    hits: list[FramingHit] = []
    body = article.body_text()
    taken: list[tuple[int, int]] = []
    for pat, term, neutral in _loaded_regex(article.lang):
        for m in pat.finditer(body):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            hits.append(FramingHit("loaded", article.id, article.source or article.id, m.start(),
                                   m.end(), article.text[m.start():m.end()], neutral,
                                   _context(article.text, m.start(), m.end())))
    hits.sort(key=lambda h: h.start)
    return hits


def scare_quotes(article: Article, max_words: int = 3) -> list[FramingHit]:
    """Quoted words or short phrases not credited to a speaker by the article's quotes layer
    (read as stored: without that layer every short quoted phrase counts)."""
    spoken = [(q.start, q.end) for q in article.quotes if q.kind == "direct" and q.speaker]
    body = article.body_spans()
    hits: list[FramingHit] = []
    for s, e in find_quote_spans(article.text):
        if not any(a <= s and e <= b for a, b in body):
            continue
        inner = article.text[s + 1:e - 1].strip()
        words = _WORD.findall(inner)
        if not words or len(words) > max_words or sum(ch.isalpha() for ch in inner) < 2:
            continue
        if any(a <= s and e <= b for a, b in spoken):
            continue
        if re.search(r"[.!?]$", inner):
            continue  # a short sentence quoted, not a contested word
        hits.append(FramingHit("scare_quote", article.id, article.source or article.id, s, e,
                               inner, None, _context(article.text, s, e)))
    return hits


def omissions(alignment: Alignment, sources: Sequence[str], majority: float = 0.5,
              min_carriers: int = 2) -> list[Omission]:
    """Claims carried by at least ``max(min_carriers, ceil(majority * n_sources))`` outlets, for
    each outlet of ``sources`` that does not carry them."""
    srcs = sorted(set(sources))
    if len(srcs) < 3:
        return []
    need = max(min_carriers, math.ceil(majority * len(srcs)))
    by_id = {c.id: c for c in alignment.claims}
    out: list[Omission] = []
    for cl in alignment.clusters:
        if cl.n_sources < need:
            continue
        text = by_id[cl.representative].text
        for s in srcs:
            if s not in cl.sources:
                out.append(Omission(s, cl.id, text, list(cl.sources)))
    return out


def trait_tags(value: str) -> list[str]:
    """The tags of a trait value: "centre, pro-EU" (or a YAML list) is "centre" and "pro-EU", so
    that a blind spot names only what no article covers, never a value that its articles do."""
    return [t.strip() for t in value.split(",") if t.strip()]


# traits an article states itself, used where its outlet is not in the registry
ARTICLE_TRAITS: dict[str, Callable[[Article], str | None]] = {"language": lambda a: a.lang}


def coverage(articles: Sequence[Article], registry: OutletRegistry) -> dict[str, Any]:
    """Breakdown of articles/outlets by trait and blind spots.

    Returns ``{"traits": {trait: {value: {"articles": n, "outlets": [..]}}}, "blind_spots":
    {trait: [tags]}, "unknown": {trait: n}, "unknown_outlets": [..]}``; a blind spot is a tag of a
    trait value known in the registry (see :func:`trait_tags`) that no article's outlet carries.
    An article whose outlet is not in the registry still tells its own language
    (:data:`ARTICLE_TRAITS`); for other traits it is "unknown", and counted in ``unknown`` so that
    a blind spot says how many articles it cannot speak for. A trait no article is known for has
    no blind spot: nothing is known about what its coverage misses.
    """
    traits: dict[str, dict[str, dict[str, Any]]] = {}
    unknown: list[str] = []
    unknown_n: dict[str, int] = {}
    names = registry.trait_names()
    for a in articles:
        o = registry.lookup(a.source, a.url)
        if o is None:
            src = a.source or a.id
            if src not in unknown:
                unknown.append(src)
        for t in names:
            if o is not None and t in o.traits:
                v = trait_str(o.traits[t])
            else:
                v = (ARTICLE_TRAITS[t](a) if t in ARTICLE_TRAITS else None) or "unknown"
            if v == "unknown":
                unknown_n[t] = unknown_n.get(t, 0) + 1
            slot = traits.setdefault(t, {}).setdefault(v, {"articles": 0, "outlets": []})
            slot["articles"] += 1
            label = o.name if o is not None else (a.source or a.id)
            if label not in slot["outlets"]:
                slot["outlets"].append(label)
    blind = {}
    for t in names:
        if unknown_n.get(t, 0) >= len(articles):
            continue
        covered = {tag for v in traits.get(t, {}) for tag in trait_tags(v)}
        missing: list[str] = []
        for v in registry.trait_values(t):
            missing += [tag for tag in trait_tags(v) if tag not in covered and tag not in missing]
        if missing:
            blind[t] = missing
    return {"traits": traits, "blind_spots": blind, "unknown": unknown_n,
            "unknown_outlets": unknown}


def blind_spot_caveat(cov: Mapping[str, Any], trait: str) -> str:
    """" (N articles of unknown <trait>)" after a blind spot that some articles cannot confirm."""
    n = int(cov.get("unknown", {}).get(trait, 0))
    return f" ({n} article{'s' if n != 1 else ''} of unknown {trait})" if n else ""
