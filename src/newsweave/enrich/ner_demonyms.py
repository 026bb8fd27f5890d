"""Inhabitant names as mentions of their country ("the Georgians", "les Libanais", "ucranianos",
"украинцы", "Gruzinów").  NER models skip them (they are no proper names in the models' sense)
and several languages write them in lower case, yet a reader of the story counts them as the
country's mentions.  A word is an inhabitant name when it is one of the country's names in the
text's language, cut by at most two letters, followed by one of the language's plural
inhabitant endings (``NerSection.inhabitant_endings``): "Liban|ais", "ливан|цы", "Georgi|ans"
(Georgia), "груз|ин" (Грузия).  Irregular ones ("French", "Franzosen") are not derived.  Each
mention carries ``attrs["demonym"]``, the CLDR id of its country, which the entity resolver
keys on."""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import lru_cache

from ..model import Article, Mention
from . import ner_gazetteer as gaz
from .ner_lang import ner_data

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_COUNTRY = re.compile(r"cldr:[A-Z]{2}$")
_MIN_STEM = 4  # shorter stems begin too many words ("Ind-", "Пер-")


def _norm(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold())
                   if not unicodedata.combining(c))


@lru_cache(maxsize=64)
def _countries(code: str) -> dict[str, set[str]]:
    """A language's one-word country names (normalised) → their CLDR ids."""
    out: dict[str, set[str]] = defaultdict(set)
    for cands in gaz.cldr_aliases().values():
        for cid, typ, _en, _vk, lang, form in cands:
            if lang == code and typ == "LOC" and _COUNTRY.match(cid) and form \
                    and len(_WORD.findall(form)) == 1:
                out[_norm(form)].add(cid)
    return dict(out)


@lru_cache(maxsize=50_000)
def demonym_of(word: str, code: str | None) -> str | None:
    """The CLDR id of the country whose people ``word`` names, else None."""
    if not code:
        return None
    sec = ner_data(code).section
    if not sec.inhabitant_endings or not word[:1].isalpha():
        return None
    if not word[:1].isupper() and not sec.inhabitants_lowercase:
        return None
    if word.isupper() or gaz.spelled_as_entry(word, code):
        return None  # an acronym, or the country itself ("Пакистан")
    low = _norm(word)
    names = _countries(code)
    for end in sorted(sec.inhabitant_endings, key=len, reverse=True):
        end = _norm(end)
        if not low.endswith(end):
            continue
        stem = low[:-len(end)]
        if len(stem) < max(_MIN_STEM, 6 - len(end)):
            continue  # a one-letter ending wants a longer stem ("ucrain-i", not "russ-i")
        whole = {stem + _norm(e) for e in sec.inhabitant_country_endings}
        ids = {cid for name, cids in names.items()
               if name.startswith(stem) and (len(name) - len(stem) <= 2 or name in whole)
               for cid in cids}
        if len(ids) == 1:
            return next(iter(ids))
    return None


def mark_demonyms(article: Article, mentions: list[Mention]) -> None:
    """Tag one-word mentions that are inhabitant names and add those the backend missed, in
    the article's language (mentions stay sorted by offset)."""
    for m in mentions:
        if " " not in m.text.strip():
            cid = demonym_of(m.text.strip(), m.attrs.get("lang") or article.lang)
            if cid is not None:
                m.attrs["demonym"] = cid
                m.type = "LOC"
    code = article.lang
    if not code or not ner_data(code).section.inhabitant_endings:
        return
    taken = [(m.start, m.end) for m in mentions]
    added = []
    for w in _WORD.finditer(article.text):
        if article.text[w.end():w.end() + 1] in ("-", "\u2010", "\u2011"):
            continue  # the first part of a compound ("Ukrainer-Verband")
        cid = demonym_of(w.group(), code)
        if cid is None or any(s < w.end() and w.start() < e for s, e in taken):
            continue
        added.append(Mention(w.start(), w.end(), w.group(), "LOC", lemma=w.group(),
                             attrs={"lang": code, "demonym": cid}))
    if added:
        mentions.extend(added)
        mentions.sort(key=lambda m: (m.start, m.end))


@lru_cache(maxsize=1)
def _entries() -> dict[str, tuple[str, str, str]]:
    return {c[0]: c[:3] for cands in gaz.cldr_aliases().values() for c in cands
            if _COUNTRY.match(c[0])}


def country_entry(cid: str) -> tuple[str, str, str] | None:
    """The gazetteer entry (id, type, English name) of a demonym's country."""
    return _entries().get(cid)
