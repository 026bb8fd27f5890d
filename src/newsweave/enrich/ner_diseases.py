"""Epidemic disease names as event mentions ("коронавирусом", "covidu-19",
"SARS-CoV-2"): written in lower case, models and capitalisation rules miss them, and a model that
finds "COVID-19" calls it a place or an organisation.  The stems are language data
(``NerSection.disease_stems``); the English section's international names ("covid",
"ebola") are matched in every language.  Each mention carries ``attrs["disease"]``, the disease
it names, which the entity resolver keys on (one entity per disease across languages)."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang
from ..model import Article, Mention
from .ner_lang import ner_data
from .ner_lemma import lemmatize

# a name's tail: the variant number ("-19", " 19", "‑19") or the virus's suffix ("-2")
_TAIL = r"(?:[\s\-‑–]{1,3}(?:19|2|20)\b)?"


@lru_cache(maxsize=64)
def _pattern(code: str | None) -> tuple[re.Pattern, dict[str, str]] | None:
    stems = dict(ner_data(code).section.disease_stems)
    en = lang.language("en")
    if en is not None:
        stems.update(dict(en.ner.disease_stems))
    if not stems:
        return None
    alt = "|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True))
    # (no hyphenated word after the name: "КОВИД-Вак" is a vaccine's name, not the disease)
    rx = re.compile(rf"(?<![^\W\d_])(?:{alt})[^\W\d_]*{_TAIL}(?![\w\-‑])", re.IGNORECASE)
    return rx, stems


def disease_of(word: str, code: str | None) -> str | None:
    """The disease a word names ("koronawirusa" → "covid"), else None."""
    found = _pattern(code)
    if found is None:
        return None
    rx, stems = found
    m = rx.fullmatch(word.strip())
    if m is None:
        return None
    low = word.lower()
    return next(d for s, d in sorted(stems.items(), key=lambda kv: -len(kv[0])) if low.startswith(s))


def mark_diseases(article: Article, mentions: list[Mention]) -> None:
    """Retype mentions that are disease names as EVT and add the disease names the backend
    missed (any case, any inflection), in every language region of the article's mentions."""
    for m in mentions:
        d = disease_of(m.text, m.attrs.get("lang") or article.lang)
        if d is not None:
            m.type = "EVT"
            m.attrs["disease"] = d
    code = article.lang
    found = _pattern(code)
    if found is None:
        return
    rx, _ = found
    taken = sorted((m.start, m.end) for m in mentions)
    added = []
    for bs, be in article.body_spans():
        for hit in rx.finditer(article.text, bs, be):
            s, e = hit.start(), hit.end()
            if any(a < e and s < b for a, b in taken):
                continue
            d = disease_of(hit.group(), code)
            if d is None:
                continue
            surface = hit.group()
            m = Mention(s, e, surface, "EVT", lemma=lemmatize(surface, code),
                        attrs={"lang": code, "disease": d} if code else {"disease": d})
            added.append(m)
    if added:
        mentions.extend(added)
        mentions.sort(key=lambda m: (m.start, m.end))
