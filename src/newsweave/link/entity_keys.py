"""Keys of entity names: the phonetic skeleton of each word after stripping its inflection.

The inflection data (case endings, feminine surname suffixes, suffixed articles) comes from the
language's ``LinkSection``; the skeleton (:mod:`newsweave.link.translit`) makes keys identical
across scripts and spelling conventions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import lang as langs
from ..enrich import lemma_dicts
from ..lang.schema import LinkSection
from .translit import SLAVIC_LATIN, fold, skeleton_token

# a word of a name; an apostrophe between letters stays inside it ("O'Leary", "D’Alema",
# Ukrainian "В'ячеслав"): split there, the key would read "O" as a given name
WORD = re.compile(r"[^\W_]+(?:['’ʼ][^\W_]+)*", re.UNICODE)


@dataclass(frozen=True)
class LinkData:
    """One language's LinkSection with its patterns compiled."""

    section: LinkSection
    case_endings: tuple[str, ...]  # longest first
    feminine: re.Pattern | None
    article: re.Pattern | None
    demonym: re.Pattern | None


def _compiled(rx: str) -> re.Pattern | None:
    return re.compile(rx) if rx else None


@lru_cache(maxsize=64)
def link_data(code: str | None) -> LinkData:
    found = langs.language(code)
    sec = found.link if found is not None else LinkSection()
    return LinkData(sec, tuple(sorted(sec.case_endings, key=len, reverse=True)),
                    _compiled(sec.feminine_surname), _compiled(sec.definite_article),
                    _compiled(sec.demonym_suffix))


@lru_cache(maxsize=1)
def any_demonym() -> re.Pattern | None:
    """Inhabitant-name endings of every language (to tell how demonym-like a node's forms are)."""
    pats = [x.link.demonym_suffix for x in langs.languages() if x.link.demonym_suffix]
    return re.compile("|".join(f"(?:{p})" for p in dict.fromkeys(pats))) if pats else None


def stem(word: str, lang: str | None) -> str:
    """A name word without its case ending ("Kowalskiego" → "Kowalski", "Mayová" → "May")."""
    if lang in SLAVIC_LATIN:
        word = re.sub(r"(?<=\w)['’]\w{1,3}$", "", word)  # Farage'a, Jean-Claude'em
    data = link_data(lang)
    if data.article and len(word) >= 6:
        word = data.article.sub("", word)  # Bulgarian definite article: Брекзитът → Брекзит
    if data.feminine and word[:1].isupper() and not word.isupper():
        word = data.feminine.sub("", word)  # Mayová/Mayové (cs), Mayeva (sl) → May
    if not data.case_endings or len(word) < 6 or word.isupper():
        return word
    low = word.lower()
    for e in data.case_endings:
        if low.endswith(e) and len(word) - len(e) >= 5:
            return word[: len(word) - len(e)]
    return word


def short_stem_key(word: str, lang: str | None) -> str | None:
    """The key of a short inflected name word with its case ending stripped all the same
    ("Ткачем" → key of "Ткач", "Bondarem" → "Bondar"), where :func:`stem` keeps words under
    six letters whole; None when no ending of the language fits or under 3 letters remain."""
    data = link_data(lang)
    low = word.lower()
    for e in data.case_endings:
        if low.endswith(e) and len(word) - len(e) >= 3:
            return skeleton_token(word[: len(word) - len(e)], lang)
    return None


@lru_cache(maxsize=100_000)
def dictionary_lemma(text: str, lang: str) -> str:
    """The plain simplemma lemma of each word, without the extractor's caution about names
    (used only to look a mention up in the gazetteer: "Chin" → "Chiny", "Číny" → "Čína")."""
    out = []
    for w in WORD.findall(text):
        lem = lemma_dicts.lemmatize(w, lang)
        out.append(lem[:1].upper() + lem[1:] if w[:1].isupper() else lem)
    return " ".join(out)


def token_keys(name: str, lang: str | None) -> list[str]:
    """One phonetic key per word of ``name``, inflection stripped."""
    return [k for k in (skeleton_token(stem(w, lang), lang) for w in WORD.findall(name)) if k]


def vowel_key(name: str, lang: str | None) -> str:
    """A finer key that keeps vowel classes (to tell apart candidates sharing a key)."""
    return "".join(skeleton_token(stem(w, lang), lang, True) for w in WORD.findall(name))


def is_acronym(s: str) -> bool:
    s2 = s.replace(".", "").replace("-", "")
    return 2 <= len(s2) <= 6 and s2.isupper() and s2.isalpha() and " " not in s.strip()


def acronym_node(text: str) -> str:
    """The graph node of an acronym, one for both scripts ("ЕСПЧ" and its initials read off
    "Европейский суд по правам человека" meet as "N|^ESPCH")."""
    return "N|^" + fold(text).upper().replace(".", "").replace("-", "")


def node_key(typ: str, toks: list[str], vkey: str = "") -> str:
    """The graph node of a name: P| multi-word person, S| lone surname, N| other name."""
    if typ == "PER":
        return "P|" + " ".join(toks) if len(toks) >= 2 else "S|" + toks[0]
    # a lone linking vowel of a transliterated name is written or left out at will
    # ("Tehreek-e-Labbaik" / "Tehríke Labajk", "Техрик-и-Лабаик")
    toks = [t for t in toks if t != "@"] or toks
    joined = "".join(toks)
    if len(joined) < 3 and vkey:  # too short to tell apart without its vowels
        return "N|~" + vkey
    # word order varies across languages ("Komisja Europejska" / "Evropská komise")
    return "N|" + "".join(sorted(toks))


_H_AFTER = re.compile(r"(?<=[dgkt])h", re.IGNORECASE)


def loose_token_key(word: str, lang: str | None) -> str:
    """A coarser key for search and candidate lookup: like :func:`token_keys` but with a silent
    ``h`` after d/g/k/t dropped ("Kadhafi" ≈ "Kadafi"), g and k not told apart ("Gheddafi" ≈
    "Kaddafi", Cyrillic г ≈ Latin h/g) and an initial w/v treated as the glide it often
    transliterates ("Witkoff" ≈ "Уиткофф")."""
    w = stem(word, lang)
    if w.isascii():
        w = _H_AFTER.sub("", w)
    k = skeleton_token(w, lang).replace("G", "K")
    k = re.sub(r"(.)\1+", r"\1", k)
    if k[:1] == "v":
        k = "@" + k[1:]
    return k


def name_search_keys(name: str, langs: tuple[str | None, ...]) -> set[tuple[str, ...]]:
    """The loose key sequences of ``name`` read as each language of ``langs`` (so that the case
    endings of any of them are stripped); a search matches a name when one sequence is shared."""
    words = WORD.findall(name)
    out = set()
    for code in langs:
        keys = tuple(k for k in (loose_token_key(w, code) for w in words) if k)
        if keys:
            out.add(keys)
    return out


# the names of the Latin letters as Cyrillic text writes them when it spells an English acronym
# aloud ("Би-би-си" = BBC, "Си-эн-эн" = CNN, "Ен Ю" = NU)
_LETTER_NAMES = {
    "эй": "A", "ей": "A", "би": "B", "бі": "B", "си": "C", "сі": "C", "ди": "D", "ді": "D",
    "эф": "F", "еф": "F", "джи": "G", "эйч": "H", "ейч": "H", "ай": "I", "джей": "J",
    "кей": "K", "эл": "L", "ел": "L", "эм": "M", "ем": "M", "эн": "N", "ен": "N", "оу": "O",
    "пи": "P", "пі": "P", "кью": "Q", "ар": "R", "эс": "S", "ес": "S", "ти": "T", "ті": "T",
    "ю": "U", "ви": "V", "ві": "V", "дабл-ю": "W", "икс": "X", "экс": "X", "екс": "X",
    "уай": "Y", "зет": "Z", "зед": "Z",
}
_SPELLED = re.compile(r"(?:дабл-ю|[а-яіїєґ]{1,4})(?:[-\s](?:дабл-ю|[а-яіїєґ]{1,4})){1,4}")


def spelled_acronym(text: str) -> str | None:
    """The Latin acronym a Cyrillic mention spells with letter names ("Би-би-си" → "BBC",
    "Си Ен Ен" → "CNN"), else None: two to five parts, each a letter's name."""
    low = text.strip().lower()
    if not _SPELLED.fullmatch(low):
        return None
    parts = re.findall(r"дабл-ю|[а-яіїєґ]+", low)
    letters = [_LETTER_NAMES.get(p) for p in parts]
    return "".join(letters) if len(parts) >= 2 and all(letters) else None
