"""Transliteration and phonetic name keys for cross-script entity matching.

Three layers, from readable to coarse:

- :func:`romanize` — one readable Latin form (iuliia Wikipedia scheme for Russian, translitua's
  national scheme for Ukrainian, anyascii for anything else).
- :func:`romanizations` — the same name in the conventions of several languages (iuliia
  ``MVD_310_FR`` and Wikipedia for Russian; translitua national, French and German for Ukrainian;
  unidecode/anyascii as generic); used as display variants and for fuzzy comparison.
- :func:`skeleton` — a phonetic-ish key that survives script, spelling convention and most Slavic
  case endings: every sibilant (sh, ch, zh, j as in English/French/Korean romanisation, š, č, ž,
  cz, sz, ш, ч, ж, щ) becomes ``X``; g/h/kh/x-sound become ``G``; s/z/ts/soft c become ``S``;
  k/hard c/q become ``K``; vowels and glides are dropped except an initial vowel, which is kept
  as ``@``; doubled letters are collapsed and a final ``ng`` becomes ``n``.  So "Choïgou"
  (fr), "Shoigu" (en) and "Шойгу" (ru) give the same key, as do "Jong"/"Чен"/"Чон" and
  "Un"/"Ын"/"Ин".  Spelling rules that depend on the writing language (``ch`` is /sh/ in French,
  /tʃ/ in English, /x/ in Czech and German; ``j`` is /y/ in Slavic languages and German) are
  applied per language.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

CYRILLIC_LANGS = {"ru", "uk", "bg", "be", "sr", "mk"}
SLAVIC_LATIN = {"pl", "cs", "sk", "sl", "hr", "bs", "lt", "lv", "hu", "ro"}


def script_of(text: str) -> str | None:
    """'latin' or 'cyrillic' by majority of letters (None when neither wins)."""
    lat = cyr = 0
    for ch in text:
        if ch.isalpha():
            if "\u0400" <= ch <= "\u052f":
                cyr += 1
            elif ch < "\u0250" or "\u1e00" <= ch <= "\u1eff":
                lat += 1
    if lat == cyr:
        return None
    return "latin" if lat > cyr else "cyrillic"


# ---------------------------------------------------------------------------- readable forms

@lru_cache(maxsize=None)
def _iuliia_schemas():
    import iuliia
    return {"wikipedia": iuliia.WIKIPEDIA, "fr": iuliia.MVD_310_FR, "mvd": iuliia.MVD_782,
            "scientific": iuliia.SCIENTIFIC}


@lru_cache(maxsize=200_000)
def romanize(text: str, lang: str | None = None) -> str:
    """One readable Latin spelling of ``text`` (Latin text is returned unchanged)."""
    if script_of(text) != "cyrillic":
        return text
    if lang == "uk" or (lang is None and re.search("[іїєґІЇЄҐ]", text)):
        import translitua
        return translitua.translit(text)
    if lang in (None, "ru", "be"):
        return _iuliia_schemas()["wikipedia"].translate(text)
    return anyascii(text)


def romanizations(text: str, lang: str | None = None) -> set[str]:
    """Several conventional Latin spellings of a Cyrillic name (empty set for Latin text)."""
    if script_of(text) != "cyrillic":
        return set()
    out = {anyascii(text)}
    if lang == "uk" or (lang is None and re.search("[іїєґІЇЄҐ]", text)):
        import translitua
        for table in (translitua.UkrainianKMU, translitua.UkrainianFrench, translitua.UkrainianGerman):
            out.add(translitua.translit(text, table))
    else:
        for sch in _iuliia_schemas().values():
            out.add(sch.translate(text))
    return {o for o in out if o}


# ---------------------------------------------------------------------------- phonetic keys

# Cyrillic letters → intermediate phonetic symbols (upper-case letters are consonant classes).
_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "G", "ґ": "G", "д": "d", "е": "e", "ё": "jo", "є": "e",
    "ж": "X", "з": "S", "и": "i", "і": "i", "ї": "ji", "й": "j", "к": "K", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "S", "т": "t", "у": "u", "ф": "f", "х": "G",
    "ц": "S", "ч": "X", "ш": "X", "щ": "X", "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "ju",
    "я": "ja", "ў": "u", "ђ": "X", "ј": "j", "љ": "l", "њ": "n", "ћ": "X", "џ": "X", "ѓ": "X",
    "ќ": "X", "ѕ": "S",
}
_CYR_DIGRAPHS = [("дж", "X"), ("кс", "KS"), ("тс", "S")]  # дз is d + z, as Latin "dz" ("Беридзе")

# Latin spelling rules per language group (applied in order, on lower-case text).
_LAT_COMMON = [("ß", "ss"), ("ł", "l"), ("đ", "X"), ("ø", "o"), ("æ", "e"), ("œ", "e"),
               ("ph", "f"), ("th", "t")]
_LAT_RULES: dict[str, list[tuple[str, str]]] = {
    "slavic": [("szcz", "X"), ("sz", "X"), ("cz", "X"), ("rz", "X"), ("dż", "X"), ("dź", "X"),
               ("dž", "X"), ("ch", "G"), ("š", "X"), ("č", "X"), ("ć", "X"), ("ž", "X"),
               ("ź", "X"), ("ż", "X"), ("ř", "X"), ("c", "S"), ("w", "v"), ("h", "G"),
               ("x", "KS"), ("q", "K")],
    # (German writes /dʒ/ "dsch": "Dschaudeh" = "Jawdeh" = "Джауде")
    "de": [("dsch", "X"), ("tsch", "X"), ("sch", "X"), ("ch", "G"), ("tz", "S"), ("z", "S"), ("w", "v"),
           ("(?<=[aeiouäöü])h", ""),
           ("x", "KS"), ("ck", "K"), ("c", "K"), ("q", "K"), ("h", "G")],
    "fr": [("tch", "X"), ("dj", "X"), ("ch", "X"), ("sh", "X"), ("j", "X"), ("ou", "u"),
           ("gu(?=[eiyéèêëîï])", "G"), ("g(?=[eiyéèêëîï])", "X"), ("qu", "K"), ("ç", "S"),
           ("c(?=[eiyéèêëîï])", "S"), ("c", "K"), ("kh", "G"), ("x", "KS"), ("w", "v"),
           ("(?<=[aeiou])h(?![aeiouy])", ""), ("h", "G")],  # h kept: transliterated Slavic names
    "es": [("ch", "X"), ("ll", "j"), ("ñ", "nj"), ("j", "G"), ("qu", "K"), ("c(?=[eiy])", "S"),
           ("c", "K"), ("x", "KS"), ("h", ""), ("w", "v")],
    # English and the default for unknown Latin-script languages (also Korean/Chinese romanisation)
    "en": [("tch", "X"), ("dg(?=[eiy])", "X"), ("(?<=[aeiou])g(?=e)", "X"), ("sch", "X"), ("sh", "X"), ("ch", "X"),
           ("zh", "X"), ("dj", "X"), ("dzh", "X"), ("j", "X"), ("kh", "G"), ("gh", "G"),
           ("ck", "K"), ("c(?=[eiy])", "S"), ("c", "K"), ("q", "K"), ("x", "KS"),
           # a w after a vowel and before a consonant closes a diphthong ("Jawdeh" = "Jaoudé"
           # = "Джауде", "Dawson" = "Доусон"): a vowel, not /v/
           ("(?<=[aeo])w(?![aeiouy])", "u"), ("w", "v"),
           ("(?<=[aeiou])h", ""), ("h", "G")],
}
# Readings used only to compare a name with its spellings in other conventions (never a text's
# own key): Italian rules ("Savciuk", "Marcenko", "Gheddafi"), French with its silent final
# consonants ("Bertrand" = "Бертран", "Arnaud" = "Арно"), German with the /f/ of an initial v
# and the /ʃ/ of an initial sp/st ("Vogel" = "Фогель", "Spahn" = "Шпан"), Hungarian and pinyin.
_READINGS: dict[str, list[tuple[str, str]]] = {
    "it~": [("zh", "X"), ("sh", "X"), ("kh", "G"), ("sch", "sK"), ("sc(?=[ei])", "X"),
            ("ch", "K"), ("gh", "G"), ("ci(?=[aou])", "X"), ("c(?=[ei])", "X"),
            ("gi(?=[aou])", "X"), ("g(?=[ei])", "X"), ("gli", "l"), ("gn", "nj"), ("qu", "K"),
            ("c", "K"), ("x", "KS"), ("h", ""), ("w", "v"), ("j", "i")],
    "fr~": [("(?<=[aeiouynr])(?:d|t|s|x|z)$", ""), ("(?<=[aeiou])(?:ds|ts)$", ""),
            *_LAT_RULES["fr"]],
    "de~": [("^v", "f"), ("^s(?=[pt])", "X"), *_LAT_RULES["de"]],
    # Hungarian names as Cyrillic writes them ("Kovács" = "Ковач", "Erzsébet" = "Эржебет")
    "hu~": [("cs", "X"), ("zs", "X"), ("sz", "S"), ("gy", "d"), ("ny", "n"), ("ly", "j"),
            ("s", "X"), ("c", "S"), ("z", "S"), ("w", "v"), ("h", "G"), ("x", "KS")],
    # Chinese pinyin as Russian (Palladius) writes it ("Xiaoming" = "Сяомин", "Yang" = "Ян")
    "zh~": [("zh", "X"), ("ch", "X"), ("sh", "X"), ("x", "S"), ("q", "S"), ("j", "S"),
            ("z", "S"), ("c", "S"), ("ng$", "n"), ("h", "G"), ("w", "v")],
}
READINGS = tuple(_READINGS)
# letters of scientific transliteration and of Czech/Croatian names met in any Latin text
_LAT_TAIL = [("č", "X"), ("š", "X"), ("ž", "X"), ("ć", "X")]
_LAT_COMPILED = {k: [(re.compile(a), b) for a, b in _LAT_COMMON + v + _LAT_TAIL]
                 for k, v in (*_LAT_RULES.items(), *_READINGS.items())}


def _lat_group(lang: str | None) -> str:
    if lang in _READINGS:
        return lang
    if lang in SLAVIC_LATIN:
        return "slavic"
    if lang in ("de", "nl"):
        return "de" if lang == "de" else "en"
    if lang in ("fr", "es"):
        return lang
    if lang in ("it", "pt", "ca"):
        return "es"
    return "en"


_VOWELS = set("aeiouyj")


def _strip_marks(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


@lru_cache(maxsize=300_000)
def skeleton_token(token: str, lang: str | None = None, vowels: bool = False) -> str:
    """Phonetic key of one word (see module docstring); ``vowels=True`` keeps vowels as classes
    (a, e, i, o, u; y → i) for a finer comparison of candidates that share a key."""
    t = token.lower().replace("’", "").replace("'", "").replace("ʼ", "")
    if not t:
        return ""
    if script_of(t) == "cyrillic":
        for a, b in _CYR_DIGRAPHS:
            t = t.replace(a, b)
        t = "".join(_CYR.get(c, c) for c in t)
        t = _strip_marks(t)
    else:
        if t.startswith("eu"):  # Europa/Евро-: eu is read "ev" in Slavic borrowings
            t = "ev" + t[2:]
        for rx, rep in _LAT_COMPILED[_lat_group(lang)]:
            t = rx.sub(rep, t)
        t = anyascii(_strip_marks(t)) if not t.isascii() else t
        t = t.replace("ts", "S").replace("tz", "S")
    out = []
    for i, c in enumerate(t):
        if c in _VOWELS:
            if vowels:
                v = {"y": "i", "j": "i"}.get(c, c)
                if v and not (out and out[-1] == v):
                    out.append(v)
            elif i == 0 and c != "j" and not (c in "yi" and t[1:2] in _VOWELS):
                # an initial vowel, not a glide: Juncker = Юнкер; Yaroslav = Iaroslav = Ярослав
                out.append("@")
            continue
        if not c.isalnum():
            continue
        c = {"s": "S", "z": "S", "k": "K", "g": "G", "c": "K", "q": "K", "w": "v", "x": "KS"}.get(c, c)
        if out and out[-1] == c:
            continue
        out.append(c)
    key = "".join(out)
    if vowels:
        return key.replace("ai", "e").replace("ei", "e").replace("ii", "i")
    if key.endswith("nG") and (len(key) > 2 or t[-2:] == "ng"):
        key = key[:-1]  # Jong/Чон, Yang/Ян, Ying/Ин: a final -ng is written -н in Cyrillic
    return key


_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def skeleton(name: str, lang: str | None = None, vowels: bool = False) -> str:
    """Phonetic key of a multi-word name: word keys joined by spaces (hyphens split words)."""
    return " ".join(k for k in (skeleton_token(w, lang, vowels) for w in _WORD.findall(name)) if k)


def fold(text: str) -> str:
    """Lower-case ASCII form for fuzzy string comparison (any script)."""
    return " ".join(anyascii(_strip_marks(text)).lower().replace("'", "").split())


def acronym(name: str) -> str | None:
    """Initials of a multi-word name in its own script ("Unia Europejska" → "UE"), else None."""
    words = [w for w in _WORD.findall(name) if w[:1].isupper() or len(w) > 3]
    if len(words) < 2:
        return None
    return "".join(w[0].upper() for w in words)
