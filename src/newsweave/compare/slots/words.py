"""Compiled lookups of the slot fields of the ``claims`` sections (all languages together)."""
from __future__ import annotations

import re
from functools import lru_cache

from ... import lang
from ...text.stems import alternation, bounded, stem_regex, union_list


def _sections():
    return [l.claims for l in lang.languages()]


def sections():
    """The claims sections of every language."""
    return _sections()


def _merged(name: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for s in _sections():
        for k, v in getattr(s, name).items():
            out.setdefault(k, [])
            out[k] += [x for x in v if x not in out[k]]
    return out


@lru_cache(maxsize=None)
def cue(name: str) -> re.Pattern[str]:
    """One pattern of the regex fragments of a list field (never matches when empty)."""
    frags = union_list(getattr(s, name) for s in _sections())
    return re.compile(alternation(frags) if frags else r"(?!x)x", re.IGNORECASE)


@lru_cache(maxsize=None)
def own_cue(name: str, code: str | None) -> re.Pattern[str]:
    """The pattern of a list field in the article's own language: context cues are common words
    that mean something else in another language (French "sera" "will be", Italian "sera"
    "evening"); an unknown language, or one without the field, takes every language's."""
    own = lang.language(code)
    frags = union_list([getattr(own.claims, name)]) if own is not None else []
    return re.compile(alternation(frags), re.IGNORECASE) if frags else cue(name)


_TOKEN = re.compile(r"\w+")


def _phrase(stem: str) -> str:
    """A stem of several words, each of which may be a stem ("miejsc* pracy", "рабоч* мест*")."""
    return r"\s+".join(stem_regex([w]) for w in stem.split())


class StemIndex:
    """Stems of a ``{class: stems}`` field indexed by their first three letters: ``find`` scans
    a text's words and tries only the stems that can start at each (fast on long texts)."""

    def __init__(self, items: list[tuple[str, str]]) -> None:
        self.by_prefix: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
        for cls, stem in sorted(items, key=lambda kv: -len(kv[1])):
            pat = re.compile(_phrase(stem) + r"(?![\w])", re.IGNORECASE)
            # keyed by its first word's first letters: a short first word ("in favour") is a token
            self.by_prefix.setdefault(stem.split()[0][:3].casefold(), []).append((cls, pat))

    def find(self, text: str, start: int = 0, end: int | None = None):
        """(start, end, class) of each stem found in ``text[start:end]``, in order."""
        end = len(text) if end is None else end
        for t in _TOKEN.finditer(text, start, end):
            for cls, pat in self.by_prefix.get(t.group()[:3].casefold(), ()):
                m = pat.match(text, t.start(), end)
                if m:
                    yield m.start(), m.end(), cls
                    break


@lru_cache(maxsize=None)
def head_index(code: str | None = None) -> StemIndex:
    """Head nouns of counts in the article's own language (every language's when it has none):
    a short head of one language is a common word of another (Polish "ha", hectares; Spanish
    and Italian "ha", has)."""
    own = lang.language(code)
    heads = own.claims.quantity_heads if own is not None and own.claims.quantity_heads else None
    return StemIndex([(k, s) for k, stems in (heads or _merged("quantity_heads")).items() for s in stems])


@lru_cache(maxsize=1)
def head_gap_stops() -> frozenset[str]:
    return frozenset(w.casefold() for s in _sections() for w in s.head_gap_stops)


@lru_cache(maxsize=1)
def portfolio_index() -> StemIndex:
    return StemIndex([(k, s) for k, stems in _merged("role_portfolios").items() for s in stems])


@lru_cache(maxsize=None)
def level_index(code: str | None = None) -> StemIndex:
    """Region-level nouns of the article's language (every language's when it has none): a
    stem of one language is another word elsewhere (pl "region*" and de "regionale")."""
    own = lang.language(code)
    if own is not None and own.claims.place_levels:
        return StemIndex([(k, s) for k, stems in own.claims.place_levels.items() for s in stems])
    return StemIndex([(k, s) for k, stems in _merged("place_levels").items() for s in stems])


@lru_cache(maxsize=1)
def modifiers() -> list[tuple[str, re.Pattern[str]]]:
    """(modifier, pattern matching at the end of the text before a number)."""
    items = [(k, _through(f) if k in THROUGH else f) for k, frags in _merged("quantity_modifiers").items()
             for f in frags]
    items.sort(key=lambda kv: -len(kv[1]))
    return [(k, re.compile(r"(?<![\w])(?:" + f + r")\s*$", re.IGNORECASE)) for k, f in items]


# modifiers of a verb of change and its preposition ("rose to", "wzrosła do"), read through up to
# THROUGH_WORDS words between them ("wzrosła według wojewody do 14", "rose overnight to 14")
THROUGH, THROUGH_WORDS = ("exact", "from"), 3
_LAST_WORD = re.compile(r"^(.*\S) (\w+)$")


def _through(frag: str) -> str:
    """The fragment with up to THROUGH_WORDS words allowed before its last word."""
    m = _LAST_WORD.match(frag)
    if m is None:
        return frag
    return m.group(1) + r"(?:\s+[^\W\d][\w'’]*){0,%d}\s+" % THROUGH_WORDS + m.group(2)


@lru_cache(maxsize=None)
def modifiers_after(code: str | None) -> list[tuple[str, re.Pattern[str]]]:
    """(modifier, pattern matching at the start of the text after a number: at most two words of
    its head, then the modifier, no number after it) of the article's language (every
    language's when it has none)."""
    own = lang.language(code)
    secs = [own.claims] if own is not None and own.claims.quantity_modifiers_after else _sections()
    items = [(k, f) for sec in secs for k, frags in sec.quantity_modifiers_after.items() for f in frags]
    items.sort(key=lambda kv: -len(kv[1]))
    return [(k, re.compile(r"^((?:\s+[^\W\d][\w'’-]*){0,2}?)\s*(?:" + f + r")(?![\w])(?!\s*\d)", re.IGNORECASE))
            for k, f in items]


@lru_cache(maxsize=1)
def approx_numbers() -> list[tuple[re.Pattern[str], float]]:
    vals: dict[str, float] = {}
    for s in _sections():
        for k, v in s.approx_numbers.items():
            vals.setdefault(k.casefold(), float(v))
    return [(re.compile(bounded(stem_regex([k])), re.IGNORECASE), v)
            for k, v in sorted(vals.items(), key=lambda kv: -len(kv[0]))]


@lru_cache(maxsize=1)
def number_words() -> dict[str, float]:
    """Spelled-out number (case-folded) -> value, with the case forms each language's
    ``number_inflections`` derive from its listed forms."""
    out: dict[str, float] = {}
    for s in _sections():
        for k, v in s.number_words.items():
            out.setdefault(k.casefold(), float(v))
    for s in _sections():
        for k, v in s.number_words.items():
            for form in inflected(k.casefold(), s.number_inflections):
                out.setdefault(form, float(v))
    return out


def inflected(word: str, rules: dict[str, list[str]]) -> list[str]:
    """The other case forms of a number word by the rule of the longest ending it has."""
    ends = [e for e in rules if word.endswith(e)]
    if not ends:
        return []
    end = max(ends, key=len)
    return [word[:len(word) - len(end)] + x for x in rules[end]]


@lru_cache(maxsize=1)
def outcomes() -> list[tuple[str, re.Pattern[str]]]:
    return [(k, re.compile(alternation(frags), re.IGNORECASE))
            for k, frags in _merged("outcomes").items() if frags]


@lru_cache(maxsize=1)
def outcome_objects() -> list[tuple[str, re.Pattern[str]]]:
    """(family, pattern of the nouns naming its object: a vote, a signing)."""
    return [(k, re.compile(alternation(frags), re.IGNORECASE))
            for k, frags in _merged("outcome_objects").items() if frags]


@lru_cache(maxsize=1)
def vague_numbers() -> list[tuple[re.Pattern[str], float, float]]:
    vals: dict[str, tuple[float, float]] = {}
    for s in _sections():
        for k, (lo, hi) in s.vague_numbers.items():
            vals.setdefault(k.casefold(), (float(lo), float(hi)))
    return [(re.compile(bounded(stem_regex([k])), re.IGNORECASE), lo, hi)
            for k, (lo, hi) in sorted(vals.items(), key=lambda kv: -len(kv[0]))]
