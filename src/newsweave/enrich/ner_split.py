"""Cutting a capitalised run that glues two names ("КНДР Кім Чен Ин") into the names it holds."""
from __future__ import annotations

import re

from ..link.translit import script_of
from . import lemma_dicts
from . import ner_gazetteer as gaz
from .ner_lang import ner_data
from .ner_lexicon import _SIMPLEMMA_LANGS, _common_word, _given_name, _morph_type, _morphology, _proper_in_lexicon
from .ner_org_words import type_word_concepts

_ROMAN = re.compile(r"(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def _acronym_of_a_place(head: list[str], tail: list[str], code: str | None) -> bool:
    """An acronym and the one place word after it name one body of that place ("UKC Maribor",
    "PU Celje", "RTV Slovenija"): one acronym that is no gazetteer name itself ("КНДР",
    "NATO" stay names of their own) and a single word the gazetteer knows as a place."""
    if not (len(head) == 1 and len(tail) == 1 and head[0].isupper() and not tail[0].isupper()
            and gaz.lookup(head[0], code) is None):
        return False
    from ..compare.slots.gazetteer import unambiguous  # (cities beyond CLDR's: "Celje")
    return gaz.static_type(tail[0], code) == "LOC" or unambiguous(tail[0], True) is not None


def _split(seq: list[int], toks, code: str | None) -> list[list[int]]:
    """Split a capitalised run that glues two names ("Według Tuska Unia Europejska",
    "України Володимир Зеленський"): at a known gazetteer name, or where pymorphy3 sees a
    place followed by a person."""
    if len(seq) < 2:
        return [seq]
    words = [toks[k][2] for k in seq]
    scripts = [script_of(w) for w in words]
    for k in range(1, len(seq)):  # a change of script: "Пілоти Ryanair"
        if scripts[k] and scripts[k - 1] and scripts[k] != scripts[k - 1]:
            return [part for part in (seq[:k], *_split(seq[k:], toks, code)) if part]
    for k in range(1, len(seq)):  # acronym glued to a name: "КНДР Кім Чен Ин"
        if words[k - 1].isupper() != words[k].isupper() and len(words[k - 1]) > 1 and len(words[k]) > 1 \
                and not _ROMAN.fullmatch(words[k]) \
                and not _acronym_of_a_place(words[:k], words[k:], code):  # a regnal number stays: "Benedykt XVI"
            return [part for part in (seq[:k], *_split(seq[k:], toks, code)) if part]
    if gaz.static_type(" ".join(words), code):
        return [seq]
    for k in range(1, len(seq)):
        if not words[k][:1].isupper():
            continue
        if gaz.static_type(" ".join(words[k:]), code) in ("LOC", "ORG") \
                and (len(words) - k >= 2 or k == 1 and not _proper_in_lexicon(words[0], code)) \
                and not (k == 1 and type_word_concepts(words[0], code) is not None) \
                and not _acronym_of_a_place(words[:k], words[k:], code):
            # (an organisation's type word and its country stay one name: "Pošta Slovenije")
            return [seq[:k], seq[k:]]  # (a given name before a place-like surname: "Jan Kuba")
        if gaz.static_type(" ".join(words[:k]), code) in ("LOC", "ORG") \
                and not words[k].isupper() and len(words) - k >= 2:
            return [seq[:k], seq[k:]]
    if code in _SIMPLEMMA_LANGS and not ner_data(code).section.capitalised_nouns:
        for k in range(1, len(seq) - 1):
            if _person_after_common(words, k, code):
                return [seq[:k], seq[k:]]
    if _morphology(code):
        types = [_morph_type(w, code) for w in words]
        for k in range(1, len(seq)):
            if not words[k][:1].isupper():
                continue  # never split before a particle ("Саїф аль-Іслам")
            if types[k - 1] in ("LOC", "ORG") and types[k] == "PER":
                return [seq[:k], seq[k:]]
            # a given name starts a new person after a word that is no part of a name
            if types[k - 1] is None and _given_name(words[k], code) and not words[k - 1].isupper() \
                    and not ("-" in words[k - 1] and words[k - 1][:1].islower()) \
                    and len(words[k - 1]) > 3:
                # (after a hyphenated particle the name goes on: "Салах ад-Дін Карім"; so after
                # a syllable of an East Asian name: "Пак Со Йон")
                return [seq[:k], *_split(seq[k:], toks, code)]
    return [seq]


def _case_form(word: str, code: str | None) -> bool:
    """A word the lexicon reads as a case form of another ("Lublinie" → "Lublin")."""
    low = word.lower()
    return lemma_dicts.is_known(low, code) and lemma_dicts.lemmatize(low, code).lower() != low


def _person_after_common(words: list[str], k: int, code: str | None) -> bool:
    """Does a person's name start at ``words[k]``, glued after the organisation of a title
    ("prezes Agencji Rezerw Materiałowych Michał Kowal", "Rady Europejskiej Donald Tusk") or
    a place in a case form ("W Nowym Sączu Michał Kowal")?  Two words at least come before
    it, the last a common word of the lexicon, a case form of a name (the words of one
    person's name agree in case) or a code with a digit; two or three capitalised words
    follow, the first no common word, in its base form or unknown to the lexicon: a person
    after a title is named in the nominative, while an institution named after someone holds
    the name in the genitive ("Uniwersytetu Jana Kochanowskiego") and stays."""
    prev, tail = words[k - 1], words[k:]
    if not (_common_word(prev, code) or any(c.isdigit() for c in prev) or _case_form(prev, code)) \
            or not 2 <= len(tail) <= 3:
        return False
    if k < 2:
        return False  # one word before may be a name's own first word ("Ким Чен Ун") or the
        # type word of an institution named after someone ("Instytutu Roberta Kocha")
    if any(not w[:1].isupper() or w.isupper() for w in tail) or _common_word(tail[0], code):
        return False  # (a surname may be a common word too: "Kowalczyk", "Kraska")
    first = tail[0].lower()
    return not lemma_dicts.is_known(first, code) or lemma_dicts.lemmatize(first, code).lower() == first
