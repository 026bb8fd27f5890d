"""Region-level phrases of a clause for the *where* slot: "the province of X", "Provinz X",
"X region", "Одеська область" — the type word and the name it governs (the name is the region's,
not a site's); a name after a settlement noun ("в городе X"); the letters place names use."""
from __future__ import annotations

import re
from functools import lru_cache

from ... import lang
from ..claim_records import Claim
from ...model import Article
from . import words
from .gazetteer import Place, lookup

_EXTENDED = [chr(c) for c in range(0x100, 0x250)]  # Latin Extended-A and -B: "Č", "Š", "Ő", "ł"
# capital and small letters of the place names of Europe's Latin and Cyrillic scripts
UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐЎ" + "".join(ch for ch in _EXTENDED if ch.isupper())
LOWER = "a-zà-öø-ÿа-яёіїєґў" + "".join(ch for ch in _EXTENDED if ch.islower())
CAP = r"(?:(?:St|Ste|S)\.\s?)?[" + UPPER + r"][\w'’-]+"  # a name's word; "St. Petersburg": a saint's abbreviation leads
_NAME_AFTER = re.compile(r"^\s*(?:(?:of|di|de|del|della|dei|der|des|du|d['’])\s+)?"
                         r"([" + UPPER + r"][\w'’-]+)")
_NAME_BEFORE = re.compile(r"([\w'’-]+)\s*$")
# a Slavic place adjective ("харківська", "obwód charkowski"): it names a region by its city
SLAVIC_ADJ = re.compile(r"(?:sk|ck|ськ|ск|цк|owsk)\w*$", re.IGNORECASE)


def level_phrases(a: Article, c: Claim) -> list[tuple[str, int, int, str]]:
    """(name, start, end, level) of each region-level phrase of a clause: "the province of X",
    "Provinz X", "X region", "Одеська область" (the span covers the type word and the name)."""
    text = a.text
    out = []
    for ms, me, level in words.level_index(a.lang).find(text, c.start, c.end):
        name = None
        after = _NAME_AFTER.match(text[me:me + 40])
        adj = re.match(r"\s*([\w'’-]+)", text[me:me + 40])
        if after:
            name, s, e = after.group(1), ms, me + after.end()
        elif adj and SLAVIC_ADJ.search(adj.group(1)):
            name, s, e = adj.group(1), ms, me + adj.end()
        else:
            before = _NAME_BEFORE.search(text[max(c.start, ms - 30):ms])
            if before:
                w = before.group(1)
                if (w[:1].isupper() or SLAVIC_ADJ.search(w)) and w.casefold() not in _function_words(a.lang):
                    name, s, e = w, ms - len(before.group(0)), me  # not "The region", "Die Region"
        if name and not words.cue("background_cues").search(name):
            out.append((name, s, e, level))
    return out


@lru_cache(maxsize=None)
def _function_words(code: str | None) -> frozenset[str]:
    """Articles, demonstratives and the other small words before a place of the language: a
    capitalised one opens a sentence ("The region", "Die Region"), it names nothing."""
    own = lang.language(code)
    if own is None:
        return frozenset()
    c = own.claims
    return frozenset(w.casefold() for w in c.place_gap_words + c.demonstratives + c.definite_articles
                     if w.isalpha())


@lru_cache(maxsize=None)
def after_town_noun(code: str | None, at_end: bool = False) -> re.Pattern[str]:
    """A capitalised name right after a settlement noun of the language ("в городе Тарвель",
    "w mieście Tarvel", "im Grenzort Tarvel"): the noun's name, in apposition (``at_end``: the
    noun ending a text)."""
    own = lang.language(code)
    nouns = own.claims.town_nouns if own is not None else []
    if not nouns:
        return re.compile(r"(?!x)x")
    name = r"$" if at_end else r"(" + CAP + r"(?:\s+" + CAP + r"){0,2})"
    return re.compile(r"(?<![\w])(?i:" + "|".join(nouns) + r")\s+" + name)


@lru_cache(maxsize=None)
def _tail(code: str | None) -> re.Pattern[str] | None:
    own = lang.language(code)
    parts = own.claims.place_name_particles if own is not None else []
    return re.compile(r"\s(?i:" + "|".join(parts) + r")\s*(" + CAP + r")$") if parts else None


def name_tail(name: str, code: str | None) -> str | None:
    """The name after the last name particle of a site's name of several words ("Mercado
    Central de Zaragoza", "Stadio Comunale di X"): a site is often named after its city."""
    pat = _tail(code)
    m = pat.search(name) if pat is not None else None
    return m.group(1) if m else None


_NAME_RUN = re.compile(CAP + r"(?:\s+" + CAP + r")?")


@lru_cache(maxsize=64)
def region_countries(text: str) -> frozenset[str]:
    """Countries of the regions a text names that no city or country bears the name of
    ("Piemonte", "Aragón", "Silesia"): a tie between two cities of one name goes to them, as
    it goes to a country the text names ("ad Alessandria" in a paper that names Piedmont)."""
    return frozenset(r.country for m in _NAME_RUN.finditer(text) if (r := sole_region(m.group(0))))


def sole_region(name: str, endings: bool = False) -> Place | None:
    """The region a name denotes when the gazetteer knows it as regions of one country only
    (no city, no country of that name): "Piemonte", "Finistère", "Aragón"."""
    hits = lookup(name, ("region", "city", "country"), endings)
    if hits and all(h.level == "region" for h in hits) and len({h.country for h in hits}) == 1:
        return hits[0]
    return None

