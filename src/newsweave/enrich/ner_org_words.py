"""The translated type words of organisation names ("court", "fund", "world", ...), read from
each language's ``LinkSection.org_glosses``: what one word of a name stands for, whatever its
language, case or compound ("Weltgesundheitsorganisation" → world, health).  Used by the
rule-based recognizer (lower-case type words continue a name: "Fondo monetario
internazionale") and by the entity linker (:mod:`newsweave.link.entity_org_gloss`)."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang as langs
from .ner_lang import ner_data

_INFLECTION = 4  # letters after a stem that an inflected form may add ("организаци-ями")
ELIDED = re.compile(r"^\w{1,4}['’]")  # "l'homme", "dell'uomo"
_DE_LINK = ("es", "en", "s", "n", "")  # German compound linking elements, longest first
_DE_TAIL = re.compile(r"(?:ie|äisch|isch|lich|ig)?(?:e|en|er|es|em|ern|ens|n|s)?")


@lru_cache(maxsize=64)
def _table(code: str | None) -> tuple[tuple[str, str], ...]:
    """(stem, concept) pairs of the language, longest stem first; concept "-" marks a word
    some languages add and others drop ("states", "organisation")."""
    found = langs.language(code)
    pairs = []
    for line in filter(str.strip, (found.link.org_glosses if found else "").splitlines()):
        concept, *stems = line.split()
        pairs += [(s.lower().replace("ё", "е"), concept) for s in stems]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def _compound(word: str, table) -> list[str] | None:
    """Concepts of a German compound read stem by stem, or None unless the whole word is read."""
    out: list[str] = []
    pos = 0
    while True:
        stem = next(((s, c) for s, c in table if word.startswith(s, pos)), None)
        if stem is None:
            return out if out and _DE_TAIL.fullmatch(word[pos:]) else None
        out += stem[1].split("+")
        pos += len(stem[0])
        if _DE_TAIL.fullmatch(word[pos:]):
            return out
        nxt = next((pos + len(k) for k in _DE_LINK if word.startswith(k, pos)
                    and any(word.startswith(s, pos + len(k)) for s, _ in table)), None)
        if nxt is None:
            return None
        pos = nxt


@lru_cache(maxsize=100_000)
def type_word_concepts(word: str, code: str | None, slack: int = _INFLECTION,
                       min_stem: int = 1) -> tuple[str, ...] | None:
    """The concepts one word stands for ("-" for a word to skip), None when the table does not
    read it; ``slack`` letters at most may follow a stem of ``min_stem`` letters or more."""
    low = ELIDED.sub("", word.lower().replace("ё", "е"))
    table = _table(code)
    if not table:
        return None
    if ner_data(code).section.capitalised_nouns:
        found = _compound(low, table)
        return tuple(found) if found else None
    for stem, concept in table:
        if low.startswith(stem) and len(low) - len(stem) <= slack and len(stem) >= min_stem:
            return tuple(concept.split("+"))  # "ministry+health": a clipped compound ("Минздрав")
    return None
