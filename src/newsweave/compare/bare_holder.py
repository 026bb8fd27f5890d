"""The holder of a title the recogniser did not mark as a person: "Mayor Tamsin Roke", "по словам
мэра Тамары Роковой", "la directrice de l'hôpital Ilona Sart", "the mayor, Tamsin Roke," read
from the capitalised words after the title when no person mention is there (the recogniser drops
unfamiliar names, inflected ones most). Capitalised words right after a linking word ("of New
Zealand", "for Air France", "von Bad Ischl") are the title's complement, not its holder; a place,
a month or a weekday, an acronym, or words inside another mention are no holder either."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from .. import lang
from ..model import Mention
from . import lexicon
from ..enrich.ner_models import morph_parse
from .claim_records import norm_name

_UP = "A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐŁŚŻŹĆŃŠČŽŘ"
_LOW = "a-zß-öø-ÿа-яёіїєґłśżźćńšžčřąęóěůý"
_NAME = r"[" + _UP + r"][" + _LOW + r"'’]+(?:-[" + _UP + r"][" + _LOW + r"'’]+)?"  # "Tamsin", "Jean-Luc"
# set by hand: the words between a title and its holder: lower-case words (a genitive or a complement: "транспорта",
# "de l'hôpital", "of the city"), up to this many
GAP_WORDS = 4
# set by hand: a city this large named by one word before a name is the title's complement
# ("prezydent Krakowa Anna Nowak"); a smaller town's name is more often a given name ("Anna")
LARGE_CITY = 100_000
_AFTER = re.compile(r"(?P<gap>(?:\s*[" + _LOW + r"][" + _LOW + r"-]*(?:['’]|\s+|(?=\s*,))){0," + str(GAP_WORDS) + r"}?)"
                    r"\s*(?P<comma>,\s*)?(?P<name>" + _NAME + r"(?:\s+" + _NAME + r"){1,2})(?![\w'’-])")


@lru_cache(maxsize=None)
def _links(code: str | None) -> str:
    """The linking words and determiners of the article's language (every language's without one):
    "of", "de l'", "für", "the"; another language's "a" is a French verb."""
    own = lang.language(code)
    names = ("role_org_links", "portfolio_links", "apposition_determiners")
    if own is None:
        return "|".join(f"(?:{lexicon.fragments(n)})" for n in names)
    frags = [f for n in names for f in getattr(own.claims, n)]
    return "|".join(f"(?:{f})" for f in sorted(frags, key=len, reverse=True)) or r"(?!x)x"


@lru_cache(maxsize=None)
def _link_start(code: str | None) -> re.Pattern[str]:
    return re.compile(r"\s*(?:" + _links(code) + r")(?:\s+|(?<=['’]))", re.IGNORECASE)


@lru_cache(maxsize=None)
def _link_end(code: str | None) -> re.Pattern[str]:
    """A gap ending with a linking word or an article ("of", "de l'", "for", "von", "the"):
    what follows it is the title's complement."""
    return re.compile(r"(?:^|(?<![\w'’]))(?:" + _links(code) + r")\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Weekdays and months of every language, case-folded: "Montag", "Ende Mai" name no one."""
    out: set[str] = set()
    for l in lang.languages():
        out |= {w.casefold() for w in l.time.weekdays}
        out |= {w.casefold() for w in getattr(l.time, "months", {}) or {}}
    return frozenset(out)


def _place(name: str) -> bool:
    from .slots.gazetteer import lookup  # the gazetteer loads lazily; claims without titles never need it
    return bool(lexicon.find_countries(name)) or bool(lookup(name, ("city", "region", "country")))


def _place_word(word: str) -> bool:
    """Whether one word names a country, a region or a large city itself, in any case ("Krakowa",
    "Francji"), not as part of another place's name ("Marie" in "Sainte-Marie")."""
    from .slots.gazetteer import fold, lookup
    key = fold(word)[:4]
    return any(fold(p.name).startswith(key) and (p.level != "city" or p.population >= LARGE_CITY)
               for p in lookup(word, ("city", "region", "country"))[:3])


def _complement(gap: str, code: str | None) -> bool:
    """Whether the lower-case words between a title and a name are the title's complement: none;
    a linking word first ("de l'hôpital", "of the city", "der Stadt"); or only words naming a
    portfolio or a place's kind ("transportu", "области"), or nouns in the genitive where the
    language has an analyser ("шахты", "лікарні")."""
    from .slots import words  # the slot package imports the claims that import this module
    ws = re.findall(r"[\w'’-]+", gap)
    if not ws or _link_start(code).match(gap):
        return True
    own = lang.language(code)
    morph = own is not None and own.ner.lemmatizer == "pymorphy3"
    for w in ws:
        if list(words.portfolio_index().find(w)) or lexicon.words("place_nouns").fullmatch(w):
            continue
        if morph and any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in morph_parse(w, own.code)[:2]):
            continue
        return False
    return True


def bare_holder(text: str, base: int, after: int, ments: Sequence[Mention], code: str | None = None
                ) -> tuple[str, str, int, int] | None:
    """(key, name, start, end) of the holder named right after a title ending at ``after`` (an
    offset in the article; ``text`` is the clause starting at ``base``), or None."""
    m = _AFTER.match(text, after - base)
    if m is None:
        return None
    gap = m.group("gap")
    if (m.group("comma") and gap.strip()) or not _complement(gap, code):
        return None  # "met the mayor, X": a verb's object; "the minister met X"
    words = m.group("name").split()
    if gap.strip() and _link_end(code).search(gap.rstrip(" ,")) and not m.group("comma"):
        return None  # "of New Zealand", "for Air France", "of the Andalusian Teaching Union": the complement
    if len(words) == 3 and not m.group("comma") and (words[0].casefold() in _not_names() or _place_word(words[0])):
        words = words[1:]  # "prezydent Krakowa Anna Nowak": the city the title is of, then the holder
    name = " ".join(words)
    s = base + m.end("name") - len(name)
    e = base + m.end("name")
    if any(w.casefold() in _not_names() for w in words) or _place(name):
        return None
    if any(x.start < e and s < x.end for x in ments if x.type != "PER"):
        return None  # another mention's words: an organisation, a place, a work
    return "n:" + norm_name(name), name, s, e


_BEFORE = re.compile(r"(?P<name>" + _NAME + r"(?:\s+" + _NAME + r"){1,2})$")


@lru_cache(maxsize=None)
def _conjunctions(code: str | None) -> frozenset[str]:
    own = lang.language(code)
    return frozenset(w.casefold() for w in (own.ner.conjunctions if own is not None and own.ner.conjunctions
                                             else ("and",)))


@lru_cache(maxsize=None)
def _small_words(code: str | None) -> frozenset[str]:
    """Capitalised small words that open a sentence and name no one ("In", "The", "Dans")."""
    own = lang.language(code)
    if own is None:
        return frozenset()
    c = own.claims
    return frozenset(w.casefold() for w in c.definite_articles + c.apposition_determiners + c.locative_preps
                     + c.near_preps + c.demonstratives + c.place_gap_words if w.replace(" ", "").isalpha())


def bare_holder_before(text: str, base: int, title: int, ments: Sequence[Mention], apposition: re.Pattern[str],
                       code: str | None = None) -> tuple[str, str, int, int] | None:
    """(key, name, start, end) of a holder named before a title in apposition ("Carmen Ruiz,
    deputy general secretary of ..."), the title starting at ``title`` in the clause ``text``;
    the words between the name and the title are an apposition's (``apposition``: a comma, a
    determiner, a few words)."""
    for cut in range(max(0, title - 60), title):
        if not apposition.fullmatch(text, cut, title):
            continue
        if set(re.findall(r"\w+", text[cut:title].casefold())) & _conjunctions(code):
            return None  # "the mayor, X, and the governor": the title after "and" is someone else's
        m = _BEFORE.search(text, max(0, cut - 60), cut)
        if m is None:
            return None
        words = m.group("name").split()
        while words and words[0].casefold() in _small_words(code):
            words = words[1:]  # "In Warsaw", "Dans ..." open a sentence
        if len(words) < 2:
            return None
        name = " ".join(words)
        e = base + m.end("name")
        s = e - len(name)
        if any(w.casefold() in _not_names() or w[-2:] in ("'s", "’s") for w in words) or _place(name) \
                or any(_place(w) for w in words if lexicon.find_countries(w)):
            return None
        if any(x.start < e and s < x.end for x in ments if x.type != "PER"):
            return None
        return "n:" + norm_name(name), name, s, e
    return None
