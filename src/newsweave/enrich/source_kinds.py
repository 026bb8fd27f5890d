"""What kind of source an attribution credits: agency, ministry, embassy, media, official,
anonymous, expert, person (a named individual with no office in the text) or other.

News agencies and well-known outlets are proper names of the world (any script), kept here as
generic data; the words that tell a kind ("ministère", "sources", "газета") come from the
``quotes`` sections of every language, since a text may name a source in another language.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang
from ..text.stems import bounded, stem_regex, union_list, word_regex

# canonical name -> aliases (any script): wire services of the world
AGENCIES: dict[str, list[str]] = {
    "AFP": ["AFP", "Agence France-Presse", "Agence France Presse", "Франс Пресс", "Франс Прес"],
    "Reuters": ["Reuters", "Рейтер", "Рейтерс"],
    "AP": ["AP", "Associated Press", "Ассошиэйтед Пресс", "Ассошіейтед Прес"],
    "TASS": ["TASS", "ТАСС", "ITAR-TASS", "ИТАР-ТАСС"],
    "RIA Novosti": ["RIA Novosti", "RIA", "РИА Новости", "РІА Новини", "РИА"],
    "Interfax": ["Interfax", "Интерфакс", "Інтерфакс", "Interfax-Ukraine", "Інтерфакс-Україна"],
    "KCNA": ["KCNA", "ЦТАК", "Korean Central News Agency", "KCNA Watch"],
    "Yonhap": ["Yonhap", "Йонхап", "Ренхап", "Йонхаб"],
    "Xinhua": ["Xinhua", "Синьхуа", "Сіньхуа", "Chine nouvelle"],
    "Kyodo": ["Kyodo", "Киодо", "Кіодо"],
    "EFE": ["EFE"],
    "Europa Press": ["Europa Press"],
    "dpa": ["dpa", "Deutsche Presse-Agentur"],
    "ANSA": ["ANSA"],
    "Ukrinform": ["Ukrinform", "Укрінформ", "Укринформ"],
    "UNIAN": ["UNIAN", "УНІАН", "УНИАН"],
    "Anadolu": ["Anadolu", "Anadolu Agency", "Анадолу"],
    "Bloomberg": ["Bloomberg", "Блумберг"],
    "PTI": ["PTI", "Press Trust of India"],
    "IRNA": ["IRNA", "ИРНА"],
    "Sputnik": ["Sputnik", "Спутник"],
    "BelTA": ["BelTA", "БелТА"],
    "PAP": ["PAP"],
    "APA": ["APA"],
    "Belga": ["Belga"],
    "Notimex": ["Notimex"],
    "Télam": ["Télam", "Telam"],
    "SANA": ["SANA"],
    "WAFA": ["WAFA"],
    "Kazinform": ["Kazinform", "Казинформ"],
}
# well-known media outlets often cited by name (kind "media"); RBC is media, not a wire
MEDIA_NAMES = [
    "RBC", "РБК", "BBC", "CNN", "Le Monde", "Le Figaro", "Libération", "The New York Times",
    "New York Times", "Washington Post", "The Guardian", "Financial Times", "Wall Street Journal",
    "Kommersant", "Коммерсант", "Izvestia", "Известия", "Vedomosti", "Ведомости", "Meduza",
    "Медуза", "Novaya Gazeta", "Новая газета", "Ukrainska Pravda", "Українська правда",
    "Kyiv Independent", "El País", "El Mundo", "Der Spiegel", "Spiegel", "Die Zeit", "Bild",
    "Süddeutsche Zeitung", "FAZ", "NK News", "Daily NK", "Rodong Sinmun", "Al Jazeera",
    "Politico", "Axios", "Telegram", "RT", "Russia Today", "Euronews", "France 24", "RFI",
    "Deutsche Welle", "DW", "NHK", "CBS", "NBC", "ABC", "Fox News", "Le Parisien",
]
# attribution kinds, checked in this order (an embassy is also "official")
KIND_ORDER = ("embassy", "ministry", "agency", "anonymous", "expert", "official", "media")


@lru_cache(maxsize=1)
def agency_index() -> dict[str, str]:
    """Every alias (case-folded) → canonical agency name."""
    idx = {}
    for canon, aliases in AGENCIES.items():
        for a in aliases + [canon]:
            idx[a.casefold()] = canon
    return idx


@lru_cache(maxsize=1)
def _agency_regex() -> re.Pattern[str]:
    names = sorted(agency_index(), key=len, reverse=True)
    # Cyrillic names take case endings ("Укрінформу", "ТАСС-а"): allow up to two letters
    alts = [re.escape(n) + (r"(?:-?[а-яіїєґ]{1,2})?" if re.search(r"[А-Яа-яІЇЄҐ]", n) else "")
            for n in names]
    return re.compile(r"(?<![\w])(" + "|".join(alts) + r")(?![\w])", re.IGNORECASE)


def find_agency(text: str) -> str | None:
    """Canonical agency name when ``text`` names a news agency (case-sensitive for short
    acronyms so that "ap" or "ria" inside ordinary words do not match)."""
    idx = agency_index()
    for m in _agency_regex().finditer(text):
        s = m.group(1)
        key = s.casefold()
        while key not in idx and len(key) > 2:
            key = key[:-1].rstrip("-")
        if key not in idx:
            continue
        if len(key) <= 4 and s[:len(key)] != s[:len(key)].upper() and key not in ("dpa",):
            continue
        return idx[key]
    return None


@lru_cache(maxsize=1)
def _kind_regexes() -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for kind in KIND_ORDER:
        stems = union_list(l.quotes.source_kinds.get(kind, []) for l in lang.languages())
        if stems:
            out.append((kind, re.compile(bounded(stem_regex(stems)), re.IGNORECASE)))
    return out


@lru_cache(maxsize=1)
def _compound_kinds() -> list[tuple[re.Pattern[str], str]]:
    pairs: dict[str, str] = {}
    for l in lang.languages():
        for stem, kind in l.quotes.compound_kind_stems.items():
            pairs.setdefault(stem, kind)
    return [(re.compile(r"\w" + re.escape(stem), re.IGNORECASE), kind) for stem, kind in pairs.items()]


@lru_cache(maxsize=1)
def _media_regex() -> re.Pattern[str]:
    return word_regex(MEDIA_NAMES)


def source_kind(text: str, entity_type: str | None = None, has_role: bool = False) -> str:
    """agency | ministry | embassy | media | official | anonymous | expert | person | other.

    A person counts as an official when the text gives them an office (``has_role``); a named
    person without one is still a person, not an unknown kind of source."""
    if find_agency(text):
        return "agency"
    for kind, pat in _kind_regexes():
        if pat.search(text):
            return kind
    for pat, kind in _compound_kinds():
        if pat.search(text):
            return kind
    if _media_regex().search(text):
        return "media"
    if entity_type == "PER":
        return "official" if has_role else "person"
    return "other"
