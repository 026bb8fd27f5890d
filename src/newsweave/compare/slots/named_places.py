"""Names an article gives places under, apart from the happening's site: seat names ("basée à
Lyon", "the Paris-based promoter": where an organisation is) and every gazetteer place it names
outside person, organisation and work mentions. The *where* readers of ``place`` use both to tell
the happening's place from places mentioned for other reasons."""
from __future__ import annotations

import re
from functools import lru_cache

from ... import lang
from ...model import Article
from . import words
from .gazetteer import LEVELS, Place, gazetteer, lookup
from .place_levels import CAP as _CAP

NOT_SITE = ("PER", "ORG", "MISC", "EVT", "PRO")  # a capitalised word inside one of these is no site


def inflects(code: str | None) -> bool:
    """Whether the language puts case endings on place names (it has a lemmatiser)."""
    own = lang.language(code)
    return bool(own is not None and own.ner.lemmatizer)


_SEAT_NAME = re.compile(_CAP + r"(?:\s+" + _CAP + r"){0,2}")
_NAME_END = re.compile(r"(" + _CAP + r")$")


def seat_spans(a: Article) -> list[tuple[int, int]]:
    """Spans of an article's seat names: a name right after a seat cue of its language ("basée
    à Lyon", "con sede en Bremen", "mit Sitz in Bremen") or right before a seat suffix ("the
    Paris-based promoter"): where an organisation is, not where the happening is."""
    return _seat_spans(a.text, a.lang)


@lru_cache(maxsize=256)
def _seat_spans(text: str, code: str | None) -> list[tuple[int, int]]:
    out = []
    for m in words.own_cue("seat_cues", code).finditer(text):
        n = _SEAT_NAME.match(text, m.end())
        if n:
            out.append((n.start(), n.end()))
    for m in words.own_cue("seat_suffixes", code).finditer(text):
        n = _NAME_END.search(text, max(0, m.start() - 40), m.start())
        if n:
            out.append((n.start(), n.end()))
    return out


def without_seats(a: Article) -> str:
    """The article's text with its seat names blanked: a seat names no place of the happening."""
    text = a.text
    for s, e in seat_spans(a):
        text = text[:s] + " " * (e - s) + text[e:]
    return text


_NAME_RUN = re.compile(_CAP + r"(?:\s+" + _CAP + r"){0,2}")


def named_places(a: Article) -> frozenset[str]:
    """Gazetteer places an article names with a capitalised name anywhere, outside person,
    organisation, event and work mentions (a club's or a firm's city is not named as a place)."""
    spans = tuple(sorted([(m.start, m.end) for m in a.entities if m.type in NOT_SITE] + seat_spans(a)))
    return _named(a.text, spans, inflects(a.lang))


@lru_cache(maxsize=256)
def _named(text: str, spans: tuple[tuple[int, int], ...], endings: bool) -> frozenset[str]:
    out: set[str] = set()
    for m in _NAME_RUN.finditer(text):
        if any(m.start() < e and s < m.end() for s, e in spans):
            continue
        ws = m.group(0).split()
        for n in range(len(ws), 0, -1):
            cand = " ".join(ws[:n])
            hits = read_place(cand, endings) if len(cand) >= 4 else []
            if hits:
                out |= {p.id for p in hits}
                break
    return frozenset(out)


def read_place(name: str, endings: bool = True) -> list[Place]:
    """The places a name may be, a region left out where a city of it bears the name ("in
    Mandalay" is the city, not the Mandalay region)."""
    g = gazetteer()
    hits = lookup(name, LEVELS, endings)[:3]
    cities = [p for p in hits if p.level == "city"]
    return [p for p in hits if p.level != "region" or not any(g.contains(p, c) for c in cities)]
