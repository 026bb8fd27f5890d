"""Compiled word lookups for claim facts, built from the ``claims`` sections of ``newsweave.lang``.

No language data here. Claim facts are compared across languages through canonical keys (role,
unit, country), and a sentence may use another language's words, so every lookup except negation
matches the words of all languages together; negation reads the article's own language.
Entries ending in ``*`` are word stems; matching is case-insensitive.
"""
from __future__ import annotations

import re
from functools import lru_cache
from .. import lang
from ..lang.schema import ClaimSection
from ..text.stems import alternation, bounded, stem_regex, union_list, word_regex

# language-independent unit symbols and ISO 4217 codes
UNIT_SYMBOLS: dict[str, list[str]] = {"percent": ["%"], "dollar": ["$", "usd"], "euro": ["€", "eur"],
                                      "rouble": ["₽"], "hryvnia": ["₴"]}


def _sections() -> list[ClaimSection]:
    return [l.claims for l in lang.languages()]


def _words(name: str) -> list[str]:
    return union_list(getattr(s, name) for s in _sections())


def _merged(name: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for s in _sections():
        for key, stems in getattr(s, name).items():
            out.setdefault(key, [])
            out[key] += [x for x in stems if x not in out[key]]
    return out


def _values(name: str) -> dict[str, float]:
    out: dict[str, float] = {}
    for s in _sections():
        for k, v in getattr(s, name).items():
            out.setdefault(k, float(v))
    return out


# ------------------------------------------------------------------ word lists
@lru_cache(maxsize=None)
def words(name: str) -> re.Pattern[str]:
    """Whole-word pattern of a list field of the claims sections (``place_nouns``, ``months``,
    ``including_words``, ``direction_words``)."""
    return word_regex(_words(name))


@lru_cache(maxsize=None)
def word_set(name: str) -> frozenset[str]:
    """Case-folded entries of a list field (``locative_preps``, ``place_gap_words``)."""
    return frozenset(w.casefold() for w in _words(name))


@lru_cache(maxsize=None)
def fragments(name: str) -> str:
    """Alternation of the regex fragments of a list field (``role_org_links``, ``former_words``)."""
    return alternation(_words(name)) if _words(name) else r"(?!x)x"


@lru_cache(maxsize=1)
def month_regex() -> str:
    return stem_regex(_words("months"))


@lru_cache(maxsize=1)
def number_words() -> dict[str, float]:
    """Spelled-out number (case-folded) → value."""
    return {k.casefold(): v for k, v in _values("number_words").items()}


@lru_cache(maxsize=1)
def multipliers() -> list[tuple[re.Pattern[str], float]]:
    """(pattern, factor) for "million", "млрд", ...; the first that matches wins."""
    return [(re.compile(stem_regex([k]), re.IGNORECASE), v) for k, v in _values("multipliers").items()]


@lru_cache(maxsize=1)
def multiplier_regex() -> re.Pattern[str]:
    return re.compile(r"\s*(" + stem_regex(_values("multipliers")) + r")(?![\w])", re.IGNORECASE)


def multiplier_of(word: str) -> float | None:
    for pat, v in multipliers():
        if pat.fullmatch(word):
            return v
    return None


# ------------------------------------------------------------------ countries
@lru_cache(maxsize=1)
def country_patterns() -> list[tuple[str, bool, re.Pattern[str]]]:
    """(country key, is_adjective, pattern) for every country."""
    out = []
    for key, entries in _merged("countries").items():
        names = [e for e in entries if not e.startswith("adj:")]
        adjs = [e[4:] for e in entries if e.startswith("adj:")]
        if names:
            out.append((key, False, word_regex(names)))
        if adjs:
            out.append((key, True, word_regex(adjs)))
    return out


_WORD_START = re.compile(r"(?<![\w])\w")


@lru_cache(maxsize=1)
def _country_openings() -> dict[int, frozenset[str]] | None:
    """The first word (its stem, lower-cased) of every country entry, by length: a match of an
    entry's pattern opens with it. None when an entry opens with no word character (then no text
    can be ruled out this way)."""
    out: dict[int, set[str]] = {}
    for entries in _merged("countries").values():
        for e in entries:
            first = e.removeprefix("adj:").split(" ")[0].rstrip("*")
            if not first or not re.match(r"\w", first):
                return None
            opening = first.lower()
            out.setdefault(len(opening), set()).add(opening)
    return {n: frozenset(v) for n, v in out.items()}


def _may_name_a_country(text: str) -> bool:
    """False only when no word of ``text`` opens as a country entry does: most clauses name no
    country, and this costs one pass instead of a search with each of hundreds of patterns."""
    openings = _country_openings()
    low = text.lower()
    if openings is None or len(low) != len(text):  # a letter whose lower case is longer shifts offsets
        return True
    by_len = tuple(openings.items())
    for m in _WORD_START.finditer(low):
        i = m.start()
        for n, starts in by_len:
            if low[i:i + n] in starts:
                return True
    return False


def find_countries(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, country key, is_adjective) for each country name or adjective in ``text``."""
    if not _may_name_a_country(text):
        return []
    hits = []
    for key, is_adj, pat in country_patterns():
        for m in pat.finditer(text):
            hits.append((m.start(), m.end(), key, is_adj))
    hits.sort()
    out: list[tuple[int, int, str, bool]] = []  # drop hits inside longer ones
    for h in hits:
        if out and h[0] < out[-1][1]:
            if h[1] - h[0] > out[-1][1] - out[-1][0]:
                out[-1] = h
            continue
        out.append(h)
    return out


def country_of_name(name: str) -> str | None:
    """The country key when ``name`` itself names a country ("Ukraine", "Украина")."""
    for key, is_adj, pat in country_patterns():
        if not is_adj and pat.fullmatch(name.strip()):
            return key
    return None


# ------------------------------------------------------------------ roles
# the deputy's office of a title ("deputy foreign minister", "stellvertretender Minister"); any
# other title's deputy is "deputy-" + the title
DEPUTY_OF = {"minister": "deputy-minister", "chair": "vice-chair", "coach": "assistant-coach",
             "rector": "deputy-rector"}


def deputy_of(role: str) -> str:
    """The canonical key of the deputy's office of ``role``."""
    return DEPUTY_OF.get(role, "deputy-" + role)


def is_deputy(role: str) -> bool:
    """Whether a canonical key is itself a deputy's office ("vice-chair", "deputy-rector")."""
    return role in DEPUTY_OF.values() or role.startswith(("deputy-", "vice-", "assistant-"))


@lru_cache(maxsize=1)
def role_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """(canonical role, pattern) longest surface first so "vice-président" wins over "président"."""
    compound = {w.casefold() for w in _words("compound_role_heads")}
    items = [(key, s) for key, stems in _merged("role_heads").items() for s in stems]
    items.sort(key=lambda kv: len(kv[1]), reverse=True)
    out = []
    for key, s in items:
        pat = bounded(stem_regex([s]))
        if s.rstrip("*").casefold() in compound:  # German compounds: "Verteidigungsminister"
            pat = r"(?<![\w])\w*" + stem_regex([s]) + r"(?![\w])"
        out.append((key, re.compile(pat, re.IGNORECASE)))
    return out


def canonical_role(text: str) -> str | None:
    """Canonical role key of the first role word in ``text`` (longest match wins)."""
    best: tuple[int, int, str] | None = None
    for key, pat in role_patterns():
        m = pat.search(text)
        if m and (best is None or m.start() < best[0]
                  or (m.start() == best[0] and m.end() - m.start() > best[1])):
            best = (m.start(), m.end() - m.start(), key)
    return best[2] if best else None


@lru_cache(maxsize=1)
def former_before() -> re.Pattern[str]:
    """A "former" word right before a title ("ex-", "ancien", "бывший")."""
    return re.compile(fragments("former_words") + r"\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def former_in() -> re.Pattern[str]:
    """A "former" word anywhere in a title ("former minister")."""
    return re.compile(r"(?<![\w])" + fragments("former_words"), re.IGNORECASE)


# ------------------------------------------------------------------ units
@lru_cache(maxsize=1)
def _unit_stems() -> dict[str, list[str]]:
    units = _merged("units")
    for key, syms in UNIT_SYMBOLS.items():
        units.setdefault(key, [])
        units[key] += syms
    return units


@lru_cache(maxsize=1)
def unit_patterns() -> list[tuple[str, re.Pattern[str]]]:
    links = _words("unit_links")
    lead = r"^\s*(?:" + "|".join(links) + r")?" if links else r"^\s*"
    out = []
    for key, stems in _unit_stems().items():
        sym = [s for s in stems if not s[0].isalnum()]
        names = [s for s in stems if s[0].isalnum()]
        if names:
            out.append((key, re.compile(lead + bounded(stem_regex(names)), re.IGNORECASE)))
        if sym:
            out.append((key, re.compile(r"^\s*(?:" + "|".join(re.escape(s) for s in sym) + ")")))
    return out


@lru_cache(maxsize=None)
def _unit_words(key: str) -> re.Pattern[str]:
    return word_regex(_unit_stems().get(key, []))


def unit_after(text: str) -> str | None:
    """Canonical unit at the start of ``text`` (the words after a number), else None.
    A count of people qualified right after ("120 people injured", "14 Menschen verletzt")
    takes the qualifier's unit (wounded, dead)."""
    for key, pat in unit_patterns():
        m = pat.match(text)
        if m:
            if key in ("person", "soldier"):
                rest = text[m.end():m.end() + 28]
                for q in ("wounded", "dead"):
                    if _unit_words(q).search(rest):
                        return q
            return key
    return None


# ------------------------------------------------------------------ negation
@lru_cache(maxsize=None)
def _negation(code: str | None) -> tuple[re.Pattern[str], re.Pattern[str] | None] | None:
    known = lang.language(code)
    if known is None or not known.claims.negation:
        return None
    cue = re.compile("|".join(f"(?:{p})" for p in known.claims.negation), re.IGNORECASE)
    neg = known.claims.negated_negatives
    return cue, (re.compile("|".join(neg), re.IGNORECASE) if neg else None)


def is_negated(text: str, code: str | None) -> re.Match[str] | None:
    """The first negation cue of ``text`` that negates its statement, else None
    ("n'exclut pas", "does not rule out": a negated negative verb denies nothing)."""
    pats = _negation(code)
    if pats is None:
        return None
    cue, negatives = pats
    for m in cue.finditer(text):
        window = text[max(0, m.start() - 25):m.end() + 25]
        if negatives is not None and negatives.search(window):
            continue
        return m
    return None

