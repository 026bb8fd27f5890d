"""What the languages' lexicons say about a capitalised word: a common word or a name.

pymorphy3 (ru, uk) tags names, surnames, places and organisations; simplemma's dictionaries
(bg, cs, pl, sl, ... ) tell a common word by its lower-case lemma.  The rule-based recognizer
(:mod:`ner_rules`) and the resolver ask these questions; they live here so that both read one
answer.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import lemma_dicts
from .ner_gazetteer import LearnedNames
from .ner_lang import ner_data
from .ner_models import morph, morph_parse

# Languages simplemma has a lexicon for (a library capability, used to spot common words).
_SIMPLEMMA_LANGS = {"bg", "cs", "pl", "sl", "sk", "de", "uk", "ru", "fr", "en", "es", "it",
                    "pt", "nl", "lt", "lv", "et", "fi", "sv", "da", "hu", "ro"}
_PROPER = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"}
_CYRILLIC_LOWER = re.compile("[а-яіїєґ]")


def _morphology(code: str | None) -> bool:
    return ner_data(code).section.lemmatizer == "pymorphy3"


def _known_as_written(names: LearnedNames, word: str, code: str | None) -> bool:
    """A word the lexicon also knows as a common word is a name only when the gazetteer holds
    this very spelling (:meth:`LearnedNames.is_known_name` ``exact``); in a language that
    capitalises its nouns the lexicon holds the names too, so the near match still counts."""
    return names.is_known_name(word, code, exact=not ner_data(code).section.capitalised_nouns)


def _pymorphy_tags(word: str, code: str):
    return morph_parse(word, code)


@lru_cache(maxsize=100_000)
def _common_word(word: str, code: str | None) -> bool:
    """Is a capitalised word (met at a sentence start) a common word rather than a name?"""
    if _morphology(code) and _CYRILLIC_LOWER.search(word.lower()):
        parses = _pymorphy_tags(word, code)
        if any(_PROPER & set(p.tag.grammemes) for p in parses):
            return False
        return morph(code).word_is_known(word.lower())
    if code in _SIMPLEMMA_LANGS:
        # the lower-cased form's lemma tells: a common word has a lower-case one ("Rząd" →
        # "rząd"), a given name the dictionary holds keeps its capital ("Jan", "Martin")
        # (a language that capitalises its nouns has capitalised lemmas: any known word counts)
        low = word.lower()
        if not lemma_dicts.is_known(low, code):
            return False
        if ner_data(code).section.capitalised_nouns:
            lem = lemma_dicts.lemmatize(word, code)
            return lem[:1].islower() or lem.lower() == low
        return lemma_dicts.lemmatize(low, code)[:1].islower()
    return False


@lru_cache(maxsize=100_000)
def compound_noun(word: str, code: str | None) -> bool:
    """A language that capitalises its nouns: a compound the dictionary lacks whose head (its
    last part, 4+ letters, after 3+ letters or a hyphen) is a known noun ("Brotmangel",
    "Exportgrenzen", "Armee-Unterhändler"), unless the head is one that forms names of places
    and families ("Lindemann", "Rosenberg", "Wolfsburg")."""
    sec = ner_data(code).section
    if not sec.capitalised_nouns or not word[:1].isupper() or lemma_dicts.is_known(word.lower(), code):
        return False
    low = word.lower()
    cuts = [low.rindex("-") + 1] if "-" in low else range(3, len(low) - 3)
    for i in cuts:
        head = low[i:]
        if len(head) < 4 or not lemma_dicts.is_known(head, code):
            continue
        if any(head.startswith(h) for h in sec.name_compound_heads):
            return False
        front = low[:i].rstrip("-")
        if "-" not in low and not any(
                len(f) >= 3 and (lemma_dicts.is_known(f, code) or compound_noun(f.capitalize(), code))
                for f in {front, *(front[:-len(k)] for k in ("s", "n", "en", "es") if front.endswith(k))}):
            continue  # the front must be a word too ("Brot|mangel"), not a name's syllables ("Baer|bock")
        return lemma_dicts.lemmatize(head.capitalize(), code)[:1].isupper()
    return False


def is_common_word(word: str, code: str | None) -> bool:
    """Whether a capitalised word is a common word of the language's lexicon, not a name
    (public for the entity resolver: a title or noun glued to the front of a person's name)."""
    return _common_word(word, code)


@lru_cache(maxsize=100_000)
def _morph_type(word: str, code: str) -> str | None:
    if not _morphology(code) or not _CYRILLIC_LOWER.search(word.lower()):
        return None
    for p in _pymorphy_tags(word, code)[:2]:
        g = set(p.tag.grammemes)
        if g & {"Name", "Surn", "Patr"}:
            return "PER"
        if "Geox" in g:
            return "LOC"
        if "Orgn" in g:
            return "ORG"
    return None


@lru_cache(maxsize=50_000)
def _given_name(word: str, code: str) -> bool:
    if not _CYRILLIC_LOWER.search(word.lower()):
        return False
    return any("Name" in p.tag.grammemes for p in _pymorphy_tags(word, code))


@lru_cache(maxsize=50_000)
def _proper_in_lexicon(word: str, code: str | None) -> bool:
    """The lexicon holds the word as a proper noun (a given name such as "Jan", "Martin"):
    pymorphy3's Name grammeme, or a simplemma lemma that keeps its capital."""
    if _morphology(code) and _CYRILLIC_LOWER.search(word.lower()):
        return _given_name(word, code)
    if code not in _SIMPLEMMA_LANGS or not lemma_dicts.is_known(word.lower(), code):
        return False
    return lemma_dicts.lemmatize(word.lower(), code)[:1].isupper()


def lexicon_word(word: str, code: str | None) -> bool:
    """Does the language's lexicon know the word (any inflected form, as written or lower-cased)?"""
    return code in _SIMPLEMMA_LANGS and (lemma_dicts.is_known(word, code)
                                         or lemma_dicts.is_known(word.lower(), code))
