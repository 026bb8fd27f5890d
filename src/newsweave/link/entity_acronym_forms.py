"""Acronyms in the other ways writers spell them: with a case ending ("NIJZ-ja", "WUM-u",
"NATO-m", "МОЗу", "ООНу"), written as a word ("Nijz", "Nato", "Unesco" beside "NIJZ", "NATO",
"UNESCO"), or with a look-alike letter of the other script typed inside ("COVAХ" with a
Cyrillic Х, "СDU" with a Cyrillic С).  Each such form joins the node the corpus's plain acronym
of the same letters mostly has, so the acronym's own evidence (its expansion, its anchor) decides
where it goes; the form never creates a link by itself.

Guards: a form typed a person in most of its mentions is a name ("Ema", "Ina"), not an agency; a
word form ("Nijz") must not be a common word or a gazetteer place of its language and must be
outnumbered two to one by the plain acronym; a form whose node is mostly made of other spellings
is left alone (it would drag them along); a cannot-link guard of the union-find is honoured.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from ..enrich import ner_gazetteer as gaz
from ..enrich.ner_lexicon import is_common_word
from .entity_keys import is_acronym
from .entity_unionfind import GuardedUnionFind

# capital letters of one script drawn like a capital of the other (Unicode confusables)
_CYR = "АВЕКМНОРСТХУІЈЅ"
_LAT = "ABEKMHOPCTXYIJS"
_TO_LATIN = str.maketrans(_CYR, _LAT)
_TO_CYRILLIC = str.maketrans(_LAT, _CYR)
_HYPHENS = "-\u2010\u2011"


def _script_counts(word: str) -> tuple[int, int]:
    lat = sum(1 for c in word if c.isalpha() and c.isascii())
    cyr = sum(1 for c in word if "\u0400" <= c <= "\u04ff")
    return lat, cyr


def one_script(word: str) -> str:
    """``word`` with look-alike capitals of the minority script written in the majority's
    ("COVAХ" → "COVAX"); a word of one script is returned as it is."""
    lat, cyr = _script_counts(word)
    if not lat or not cyr:
        return word
    return word.translate(_TO_LATIN if lat >= cyr else _TO_CYRILLIC)


def acronym_form(text: str) -> tuple[str, str] | None:
    """(the acronym's letters, how it was written) for a spelling of an acronym other than
    its plain capitals: "ending" ("NIJZ-ja", "МОЗу"), "word" ("Nijz") or "glyph" ("COVAХ");
    None for plain acronyms and for anything else.  A word form ("Prague") is only a candidate:
    the corpus must hold the plain acronym of its letters (:func:`join_acronym_forms`)."""
    t = text.strip()
    if not t or " " in t:
        return None
    fixed = one_script(t)
    if fixed != t and is_acronym(fixed):
        return fixed.upper(), "glyph"
    t = fixed
    for h in _HYPHENS:
        head, sep, tail = t.partition(h)
        if sep and 2 <= len(head) <= 6 and head.isalpha() and head.isupper() \
                and 1 <= len(tail) <= 3 and tail.isalpha() and tail.islower():
            return head, "ending"
    caps = len(t) - len(t.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯІЇЄҐ"))
    rest = t[caps:]
    if 3 <= caps <= 6 and 1 <= len(rest) <= 2 and rest.isalpha() and rest.islower():
        return t[:caps], "ending"  # a Cyrillic case ending glued on ("МОЗу", "ЗНОм")
    if caps == 1 and 3 <= len(t) <= 6 and t.isalpha() and rest.islower():
        return t.upper(), "word"
    return None


def join_acronym_forms(items: list, node_of: list[str], info: dict, uf: GuardedUnionFind) -> None:
    """Join each node made of spellings of an acronym to the node that acronym's plain
    capitals mostly have in the corpus (``items``: article, mention, language, base form)."""
    plain: dict[str, Counter] = defaultdict(Counter)  # letters → nodes of the plain acronym
    forms: dict[str, Counter] = defaultdict(Counter)  # node → letters of its acronym forms
    kinds: dict[tuple[str, str], set[str]] = defaultdict(set)
    words_ok: dict[str, bool] = {}
    for j, (_art, m, lang, _base) in enumerate(items):
        node = node_of[j]
        if not node:
            continue
        text = m.text.strip()
        if is_acronym(text) and _script_counts(text)[0] * _script_counts(text)[1] == 0:
            plain[text.upper()][node] += 1
            continue
        found = acronym_form(text)
        if found is None:
            continue
        letters, kind = found
        forms[node][letters] += 1
        kinds[(node, letters)].add(kind)
        if kind == "word":
            ok = words_ok.get(node, True)
            words_ok[node] = ok and not is_common_word(text, lang) and not gaz.lookup(text, lang)
    for node, by_letters in forms.items():
        letters, n = by_letters.most_common(1)[0]
        d = info.get(node)
        targets = plain.get(letters)
        if d is None or not targets or 2 * n < d["n"]:
            continue  # no plain acronym of these letters, or a node of other spellings
        if 2 * d["types"].get("PER", 0) > d["n"]:
            continue  # a person's name ("Ema", "Ina")
        target, c = targets.most_common(1)[0]
        if "word" in kinds[(node, letters)] and (not words_ok.get(node, True) or c < 2 * n):
            continue
        if target != node and not uf.conflict(node, target):
            uf.union(node, target)
