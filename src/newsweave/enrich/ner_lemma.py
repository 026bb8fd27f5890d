"""Base forms of names ("Зеленського" → "Зеленський", "Niemczech" → "Niemcy", "Kowalskiego" →
"Kowalski"), word by word, with the lemmatizer the language section names.

pymorphy3 (ru, uk) knows proper-name grammemes; simplemma (other inflected languages) is a
plain dictionary, so its lemma is kept only when it is evidently a form of the same word.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import lemma_dicts
from .ner_lang import TOKEN, ner_data
from .ner_models import morph, morph_parse

_CYRILLIC = re.compile("[а-яіїєґА-ЯІЇЄҐ]")
_PROPER = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"}


def _pymorphy_lemma(word: str, code: str) -> str:
    an = morph(code)
    parses = morph_parse(word, code)
    if word[:1].isupper() and any("nomn" in p.tag.case for p in parses[:3] if p.tag.case) \
            and not an.word_is_known(word.lower()):
        return word  # an unknown name that may already be nominative: keep it
    if word[:1].isupper() and any("Name" in p.tag.grammemes and p.tag.case == "nomn"
                                  for p in parses[:4]):
        return word  # already a nominative name ("Кая", not the genitive of "Кай")
    best = next((p for p in parses[:4] if _PROPER & set(p.tag.grammemes)), None) or parses[0]
    if word[:1].isupper() and "Name" in best.tag.grammemes and best.tag.number == "plur":
        return word  # a name mention is one person: "Надь" is a surname, not "of the Nadyas"
    lem = best.normal_form
    if word[:1].isupper() and best.tag.number == "plur" and best.tag.case == "gent" \
            and len(lem) == len(word) + 1 and lem.startswith(word.lower()) and lem[-1] in "аяо":
        return word  # a syllable of a foreign name ("Мин", "Тхет") is no genitive plural of
        # "мина", "тхета": a name mention names one person or thing
    if best.tag.POS == "PRTF":  # participle: keep it an adjective ("Соединённые", not "соединить")
        inf = best.inflect({"nomn"})
        lem = inf.word if inf else word.lower()
    if "Fixd" in best.tag.grammemes or "UNKN" in best.tag.grammemes:
        lem = word.lower()
    return lem


def _dictionary_lemma(word: str, code: str) -> str:
    data = ner_data(code)
    sec = data.section
    if word[:1].isupper():
        for rx, base in data.name_inflections:
            if rx.search(word):
                return rx.sub(base, word)
    lem = lemma_dicts.lemmatize(word, code)
    # the dictionary lemma must be a form of this word: a shared stem (consonant alternations
    # of Slavic case endings allowed: Niemczech → Niemcy, Włoszech → Włochy, Brexicie →
    # Brexit), not much longer than the word
    keep = max(sec.lemma_min_stem, len(word) - sec.lemma_free_suffix)
    if len(lem) > len(word) + 1 or lem[:keep].lower() != word[:keep].lower() \
            or (word[:1].isupper() and len(word) <= 4):
        lem = word  # a dictionary lemma that is not a form of this name: keep the word
    if word[:1].isupper():
        for rx, rep in data.lemma_rewrites:
            lem = rx.sub(rep, lem)
    return lem


@lru_cache(maxsize=200_000)
def word_lemma(word: str, code: str | None) -> str:
    """Base form of one word of a name; its case pattern is kept."""
    if len(word) <= 3 and word.islower():
        return word
    lemmatizer = ner_data(code).section.lemmatizer
    if lemmatizer == "pymorphy3" and _CYRILLIC.search(word):
        if word.isupper() and len(word) <= 5:
            return word
        lem = _pymorphy_lemma(word, code)
    elif lemmatizer == "simplemma":
        lem = _dictionary_lemma(word, code)
    else:
        return word
    if word.isupper() and len(word) > 1:
        return lem.upper()
    if word[:1].isupper():
        return "-".join(p[:1].upper() + p[1:] for p in lem.split("-"))
    return lem


def lemmatize(text: str, code: str | None) -> str:
    """Base form of a name, word by word (case pattern of each word kept)."""
    out, pos = [], 0
    oblique = None
    for m in TOKEN.finditer(text):
        out.append(text[pos:m.start()])
        word = m.group()
        lem = word_lemma(word, code)
        if oblique is None:
            oblique = _oblique_masculine_name(word, code)
        elif oblique and lem == word and len(word) >= 3 and word[-1] in "ая":
            # "Золтана Надя": after a man's given name in the genitive, "Надя" is that case of
            # the foreign surname "Надь", not the woman's name the dictionary reads
            lem = word[:-1] + ("ь" if word[-1] == "я" else "")
        out.append(lem)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def _oblique_masculine_name(word: str, code: str | None) -> bool:
    """Is ``word`` a man's given name in the genitive/accusative only (pymorphy3 languages)?"""
    if ner_data(code).section.lemmatizer != "pymorphy3" or not _CYRILLIC.search(word) \
            or not word[:1].isupper():
        return False
    parses = morph_parse(word, code)[:3]
    return bool(parses) and all(p.tag.case in ("gent", "accs") and "Name" in p.tag.grammemes
                                and "masc" in p.tag.grammemes for p in parses)
