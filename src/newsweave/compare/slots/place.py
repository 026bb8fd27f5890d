"""The *where* slot: a place in its country, the region or province level of the happening's
place ("the province of X", "X region", "Одеська область"), the happening's site (the city or
venue a lead clause names), and spellings of one place across languages."""
from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Callable, Sequence

from anyascii import anyascii
from rapidfuzz import fuzz

from ..claim_records import Claim, norm_name, place_name_key
from .. import lexicon
from ... import lang
from ...model import Article
from . import words
from .records import SlotFact

_NAME_AFTER = re.compile(r"^\s*(?:(?:of|di|de|del|della|dei|der|des|du|d['’])\s+)?"
                         r"([A-ZÀ-ÖØ-ÞА-ЯІЇЄҐŁŚŻŹĆŃ][\w'’-]+)")
_NAME_BEFORE = re.compile(r"([\w'’-]+)\s*$")
_SLAVIC_ADJ = re.compile(r"(?:sk|ck|ськ|ск|цк|owsk)\w*$", re.IGNORECASE)


def where_facts(a: Article, c: Claim, fact: Callable[..., SlotFact], background: bool,
                denied: str | None) -> None:
    """A place in a country (any clause), and region levels (clauses not in the background)."""
    for p in c.places:
        fact("where", "in-country:" + p.place, p.country, p.country, c, p.start, p.end,
             denied_by=denied, subject_label=p.place_text)
    if not background:
        _levels(a, c, fact, denied)


_CAP = r"[A-ZÀ-ÖØ-ÞА-ЯІЇЄҐŁŚŻŹĆŃ][\w'’-]+"
SITE_TYPES = ("LOC",)  # entity types that name a place (GPE is folded into LOC)
NOT_SITE = ("PER", "ORG", "MISC", "EVT", "PRO")  # a capitalised word inside one of these is no site
_QUOTES = "«»\"“”„‘’'‹›"  # a quoted name is a club's, a ship's or a work's («Сокіл», "Aurora"), not a site
# a compound led by an abbreviation is an organisation or a role ("EU-Gesandte", "UN-Sicherheitsrat")
_ABBR_COMPOUND = re.compile(r"^[A-ZА-ЯІЇЄҐ]{2,}-")
SITE_FUZZ = 75  # set by hand: rapidfuzz ratio of two spellings of one name word across languages ("kongress" / "congreso")


@lru_cache(maxsize=None)
def _after_prep(code: str | None) -> re.Pattern[str]:
    """A capitalised name (one to three words) right after a locative preposition of the
    article's language (every language's when it has none)."""
    own = lang.language(code)
    preps = list(own.claims.locative_preps) if own is not None and own.claims.locative_preps \
        else sorted(lexicon.word_set("locative_preps"))
    alt = "|".join(re.escape(p) for p in sorted(preps, key=len, reverse=True))
    return re.compile(r"(?<![\w])(?i:" + alt + r")\s+(" + _CAP + r"(?:\s+" + _CAP + r"){0,2})")


def site_key(name: str) -> str:
    """Folded name of a site: ASCII, case-folded, generic nouns and name particles dropped."""
    return place_name_key(anyascii(name))


def _of_country(name: str, after: str) -> bool:
    """Whether a country is named in ``name`` or right after it (only spaces between)."""
    return bool(lexicon.find_countries(name)) or any(
        not after[:cs].strip() for cs, *_ in lexicon.find_countries(after))


def site_facts(a: Article, c: Claim, fact: Callable[..., SlotFact], denied: str | None) -> None:
    """The happening's site in a lead clause: a place the recogniser names, or a capitalised
    name after a locative preposition ("in Lyon") that no person/organisation mention covers."""
    spans: list[tuple[int, int, str]] = []
    other: list[tuple[int, int]] = [(t.start, t.end) for t in a.timexes]
    for m in a.entities:
        if c.start <= m.start and m.end <= c.end:
            if m.type in SITE_TYPES:
                spans.append((m.start, m.end, m.name or m.text))
            elif m.type in NOT_SITE:
                other.append((m.start, m.end))
    for m in _after_prep(a.lang).finditer(a.text, c.start, c.end):
        s, e = m.start(1), m.end(1)
        if not any(s < oe and os_ < e for os_, oe, *_ in spans + other):
            spans.append((s, e, m.group(1)))
    text = a.text
    for s, e, name in sorted(spans):
        if (s > 0 and text[s - 1] in _QUOTES) or (e < len(text) and text[e] in _QUOTES):
            continue
        # a name holding or followed by a country's name is the country or a thing of it
        # ("Кубок України", "Pucharu Ukrainy", "Banco de España"): not a city or venue
        if _of_country(name, text[e:e + 30]) or lexicon.words("months").search(name) \
                or _ABBR_COMPOUND.match(name):
            continue
        key = site_key(name)
        if len(key) < 4:
            continue
        fact("where", "site", name, key, c, s, e, denied_by=denied, subject_label="site")


def _place_key(word: str) -> str:
    return norm_name(anyascii(word))


def _levels(a: Article, c: Claim, fact, denied: str | None) -> None:
    """"the province of X", "Provinz X", "X region", "Одеська область": the region/province
    level of the happening's place."""
    text = a.text
    for ms, me, level in words.level_index().find(text, c.start, c.end):
        name = None
        after = _NAME_AFTER.match(text[me:me + 40])
        adj = re.match(r"\s*([\w'’-]+)", text[me:me + 40])
        if after:
            name, s, e = after.group(1), ms, me + after.end()
        elif adj and _SLAVIC_ADJ.search(adj.group(1)):
            name, s, e = adj.group(1), ms, me + adj.end()
        else:
            before = _NAME_BEFORE.search(text[max(c.start, ms - 30):ms])
            if before:
                w = before.group(1)
                if w[:1].isupper() or _SLAVIC_ADJ.search(w):
                    name, s, e = w, ms - len(before.group(0)), me
        if not name or words.cue("background_cues").search(name):
            continue
        key = _place_key(name)
        if len(key) < 3:
            continue
        fact("where", level, name, key, c, s, e, denied_by=denied, subject_label=level)


def same_name(x: str, y: str) -> bool:
    """Spellings of one place name across languages ("koursk" / "kursk", "odeska" / "odesa")."""
    return x[:4] == y[:4] or (min(len(x), len(y)) >= 4 and fuzz.ratio(x, y) >= 75)


def fold_names(facts: Sequence[SlotFact]) -> None:
    """One key per place spelled differently across the event's articles."""
    reps: list[str] = []
    for f in facts:
        if f.slot == "where" and not f.subject.startswith("in-country:"):
            for r in reps:
                if same_name(f.key, r):
                    f.key = r
                    break
            else:
                reps.append(f.key)


def names_site(fs: Sequence[SlotFact], text: str) -> bool:
    """Whether ``text`` (ASCII-folded) names the site of one of the facts: a word that is a word
    of the site's name with another ending (a case ending: "krakowie" / "krakow"; not a compound
    that only starts with it: "kremlchef" does not name the Kremlin) or is spelled alike (another
    language's spelling: "krakau", "kongress" / "congreso")."""
    found = {w for w in re.findall(r"\w+", re.sub(r"['’]", "", text)) if len(w) >= 4}
    for f in fs:
        for kw in f.key.split():
            if len(kw) >= 4 and any(_same_stem(w, kw) or fuzz.ratio(w, kw) >= SITE_FUZZ for w in found):
                return True
    return False


ENDING = 3  # letters an inflection or a derived ending adds to a place name ("-owie", "-er")


def _same_stem(w: str, kw: str) -> bool:
    """One word with two endings: a shared start of four letters or more, and at most ENDING
    letters after it on each side."""
    n = len(os.path.commonprefix([w, kw]))
    return n >= 4 and len(w) - n <= ENDING and len(kw) - n <= ENDING


def names_place(fs: Sequence[SlotFact], text: str) -> bool:
    """Whether ``text`` names the place of one of the facts (its first five letters)."""
    return any(len(f.key) >= 4 and f.key[:5] in text for f in fs)


