"""Names written in quotation marks ("вакцина «Спутник V»", "компании «Пфайзер»"): Russian and
Ukrainian news put product, brand and many company names in quotes, and neither the model nor
the capitalisation rules read them (a capitalised common word, a coined compound).

Quotes also hold slogans, headings and speech, so a quoted text is a name only past a precision
gate: one to four words opening with a capital, no clause punctuation inside, and either a type
noun of the language just before it (``NerSection.quoted_name_cues``: "вакцина", "компания",
which also gives the type) or a name-shaped word inside (a Latin letter in Cyrillic text, a
digit, a capital inside a word or after a hyphen, a word in capitals) or, alone, a word the
lexicon does not know ("«Пфайзер»").  Unquoted occurrences of a name so found, elsewhere in the
same article, are mentions too, and so are coined words with capitals inside ("ЭпиВакКорона",
"Гам-КОВИД-Вак") without quotes."""
from __future__ import annotations

import re

from ..model import Article, Mention
from .ner_lang import TOKEN, ner_data
from .ner_lemma import lemmatize
from .ner_lexicon import lexicon_word

_QUOTED = re.compile(r"[«\"„“]([^«»\"„“”\n]{1,40}?)[»\"“”]")
_CLAUSE = re.compile(r"[,;:!?]|\.\s|\.$")
_CUE_WINDOW = 4  # words between the type noun and the quote ("вакцина от коронавируса «X»")
# a word shaped like a name, not like a phrase: digit, capital inside or after a hyphen,
# a word in capitals, a Latin letter among Cyrillic ones
_SHAPED = re.compile(r"\d|[^\W\d_][A-ZА-ЯЁІЇЄҐ]|[-‑][A-ZА-ЯЁІЇЄҐ]|\b[A-ZА-ЯЁІЇЄҐ]{2,}\b")


# a coined Cyrillic name: capitals inside the word or after a hyphen ("ЭпиВакКорона",
# "Гам-КОВИД-Вак"), which no phrase of common words has
_COINED = re.compile(r"(?<![\w\-‑])[А-ЯЁІЇЄҐ][а-яёіїєґ]+(?:[-‑]?[А-ЯЁІЇЄҐ][А-ЯЁІЇЄҐа-яёіїєґ]*){2,}(?![\w\-‑])")


def _cue_type(text: str, start: int, cues: tuple[tuple[str, str], ...]) -> str | None:
    """The type a type noun just before ``start`` gives ("вакцины" → PRO), else None; the
    words between may not hold clause punctuation."""
    before = text[max(0, start - 80):start]
    cut = max(before.rfind(c) for c in ".!?;:\n")
    words = [w.group().lower() for w in TOKEN.finditer(before[cut + 1:])][-_CUE_WINDOW:]
    for w in reversed(words):
        for stem, typ in cues:
            if w.startswith(stem):
                return typ
    return None


def _name_shaped(inner: str) -> bool:
    """Does the quoted text look like a coined name rather than a phrase of common words?"""
    if _SHAPED.search(inner):
        return True
    cyr = re.search(r"[а-яёіїєґ]", inner, re.IGNORECASE)
    return bool(cyr and re.search(r"[a-z]", inner, re.IGNORECASE))


def quoted_names(article: Article, out: list[Mention],
                 regions: list[tuple[int, int, str | None]]) -> None:
    """Add the quoted names of ``article``'s ``regions`` (start, end, language; boilerplate
    left out) that no mention covers yet (see the module)."""
    found: dict[str, tuple[str, str | None]] = {}  # surface -> (type, lang)
    taken = [(m.start, m.end) for m in out]
    added: list[Mention] = []
    text = article.text
    for rs, rend, code in regions:
        cues = ner_data(code).section.quoted_name_cues
        if cues:
            _region(text, rs, rend, code, cues, found, taken, added)
    # the same name later in the article without its quotes
    for surface, (typ, code) in found.items():
        for rs, rend, _ in regions:
            for m in re.finditer(rf"(?<![\w«\"„“]){re.escape(surface)}(?![\w»\"“”])", text[rs:rend]):
                a, b = rs + m.start(), rs + m.end()
                if not any(x < b and a < y for x, y in taken):
                    added.append(Mention(a, b, surface, typ, lemma=lemmatize(surface, code),
                                         attrs={"lang": code} if code else {}))
                    taken.append((a, b))
    if added:
        out.extend(added)
        out.sort(key=lambda m: (m.start, m.end))


def _region(text: str, rs: int, rend: int, code: str | None, cues: tuple[tuple[str, str], ...],
            found: dict, taken: list, added: list[Mention]) -> None:
    """The quoted names of one region past the gate (appended to ``added``)."""
    for q in _QUOTED.finditer(text, rs, rend):
        inner = q.group(1).strip()
        if not inner:
            continue
        s = q.start(1) + q.group(1).index(inner)
        e = s + len(inner)
        words = inner.split()
        if not inner[:1].isupper() or not 1 <= len(words) <= 4 or _CLAUSE.search(inner):
            continue
        if any(a < e and s < b for a, b in taken):
            continue
        typ = _cue_type(text, q.start(), cues)
        if typ is None and not _name_shaped(inner) \
                and not (len(words) == 1 and not lexicon_word(inner, code)):
            continue
        typ = typ or "PRO"
        found.setdefault(inner, (typ, code))
        added.append(Mention(s, e, inner, typ, lemma=lemmatize(inner, code),
                             attrs={"lang": code} if code else {}))
        taken.append((s, e))
    for c in _COINED.finditer(text, rs, rend):
        s, e = c.span()
        if not any(a < e and s < b for a, b in taken):
            typ = _cue_type(text, s, cues) or "PRO"
            added.append(Mention(s, e, c.group(), typ, lemma=lemmatize(c.group(), code),
                                 attrs={"lang": code} if code else {}))
            taken.append((s, e))
