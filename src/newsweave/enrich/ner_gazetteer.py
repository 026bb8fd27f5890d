"""Name gazetteers shared by entity extraction and resolution.

Two sources, neither derived from any evaluation data:

- **CLDR** (the Unicode Common Locale Data Repository, shipped with the installed ``babel``
  package): country/region names (incl. "European Union", "United Nations", continents) and the
  exemplar cities of time zones, each in many languages.  These give cross-lingual aliases
  (Wielka Brytania = Великобритания = United Kingdom) that no transliteration can find.
- **learned**: names found in the corpus (usually by the model-backed languages) are fed back
  into a :class:`LearnedNames` (state of one recognizer, never of the process), so that the
  rule-based extractors of model-less languages (uk, de, ...) can type a capitalised word and
  accept it at the start of a sentence — cross-lingual propagation.

Keys are :func:`newsweave.link.translit.skeleton` keys with spaces removed, so lookups work across
scripts and spelling conventions.
"""
from __future__ import annotations

import re
import threading
from bisect import bisect_left
from collections import Counter, defaultdict
from functools import lru_cache
from zoneinfo import available_timezones

from rapidfuzz.distance import Levenshtein

from ..link.translit import acronym, script_of, skeleton

# Languages whose CLDR names are loaded (the pipeline's languages + the Slavic eval languages).
CLDR_LANGS = ("en", "fr", "es", "de", "it", "pt", "nl", "ru", "uk", "bg", "cs", "sk", "pl", "sl",
              "hr", "sr")
_GROUPINGS = {"EU": "ORG", "UN": "ORG", "EZ": "MISC"}


# A few very common abbreviations that CLDR does not list (general knowledge, several scripts).
EXTRA_ACRONYMS = {"UK": "GB", "USA": "US", "US": "US", "EU": "EU", "UN": "UN", "США": "US",
                  "САЩ": "US", "ООН": "UN", "ОНН": "UN", "ONZ": "UN", "OSN": "UN", "ONU": "UN"}


# Standard names CLDR lacks: official long/short names of large countries and the most common
# international institutions, in the pipeline's and the Slavic languages (general world
# knowledge, written by hand; nothing here is taken from evaluation data).  id → (type,
# English name, names by language, acronyms).  Acronyms are only used when unambiguous.
EXTRA_NAMES: dict[str, tuple[str, str, dict[str, list[str]], list[str]]] = {
    "cldr:GB": ("LOC", "United Kingdom", {
        "ru": ["Соединённое Королевство", "Соединенное Королевство"], "uk": ["Сполучене Королівство"],
        "bg": ["Обединено кралство", "Обединеното кралство"], "pl": ["Zjednoczone Królestwo"],
        "cs": ["Spojené království"], "sk": ["Spojené kráľovstvo"], "sl": ["Združeno kraljestvo"],
        "en": ["United Kingdom"], "fr": ["Royaume-Uni"], "de": ["Vereinigtes Königreich"]}, []),
    "cldr:US": ("LOC", "United States", {
        "ru": ["Соединённые Штаты", "Соединенные Штаты"], "uk": ["Сполучені Штати"],
        "bg": ["Съединените щати", "Съединени щати"], "pl": ["Stany Zjednoczone"],
        "cs": ["Spojené státy"], "sl": ["Združene države"], "en": ["United States"]}, ["ZDA", "SAD"]),
    "cldr:DE": ("LOC", "Germany", {"ru": ["Федеративная Республика Германия"],
                                   "pl": ["Republika Federalna Niemiec"]}, ["ФРГ", "ФРН", "RFN", "SRN", "BRD"]),
    "cldr:RU": ("LOC", "Russia", {
        "ru": ["Российская Федерация"], "uk": ["Російська Федерація"], "bg": ["Руска федерация"],
        "pl": ["Federacja Rosyjska"], "cs": ["Ruská federace"], "sl": ["Ruska federacija"],
        "en": ["Russian Federation"]}, ["РФ"]),
    "cldr:CN": ("LOC", "China", {"ru": ["Китайская Народная Республика"], "pl": ["Chińska Republika Ludowa"]},
                ["КНР", "ChRL", "ČLR", "LRK"]),
    "cldr:CZ": ("LOC", "Czechia", {"ru": ["Чешская Республика", "Чехия"], "cs": ["Česká republika"],
                                   "pl": ["Republika Czeska"], "sl": ["Češka republika"],
                                   "bg": ["Чешката република", "Чешка република"]}, ["ČR"]),
    "org:NATO": ("ORG", "NATO", {
        "ru": ["Организация Североатлантического договора", "Североатлантический альянс"],
        "uk": ["Північноатлантичний альянс"], "bg": ["Северноатлантически алианс"],
        "pl": ["Sojusz Północnoatlantycki", "Organizacja Traktatu Północnoatlantyckiego"],
        "cs": ["Severoatlantická aliance"], "sl": ["Severnoatlantsko zavezništvo"],
        "en": ["North Atlantic Treaty Organization"]}, ["NATO", "НАТО", "OTAN"]),
    "org:WHO": ("ORG", "World Health Organization", {
        "ru": ["Всемирная организация здравоохранения"], "uk": ["Всесвітня організація охорони здоров'я"],
        "bg": ["Световна здравна организация", "Световната здравна организация"],
        "pl": ["Światowa Organizacja Zdrowia"], "cs": ["Světová zdravotnická organizace"],
        "sl": ["Svetovna zdravstvena organizacija"], "en": ["World Health Organization"],
        "fr": ["Organisation mondiale de la santé"]}, ["WHO", "ВОЗ", "ВООЗ", "СЗО", "SZO", "OMS"]),
    "org:EC": ("ORG", "European Commission", {
        "ru": ["Европейская комиссия", "Еврокомиссия"], "uk": ["Європейська комісія", "Єврокомісія"],
        "bg": ["Европейска комисия", "Европейската комисия", "Еврокомисия", "Еврокомисията"],
        "pl": ["Komisja Europejska"], "cs": ["Evropská komise"], "sl": ["Evropska komisija"],
        "en": ["European Commission"], "fr": ["Commission européenne"], "de": ["Europäische Kommission"]},
        []),
    "org:EP": ("ORG", "European Parliament", {
        "ru": ["Европейский парламент", "Европарламент"], "uk": ["Європейський парламент", "Європарламент"],
        "bg": ["Европейски парламент", "Европейския парламент", "Европейският парламент", "Европарламент"],
        "pl": ["Parlament Europejski"], "cs": ["Evropský parlament"], "sl": ["Evropski parlament"],
        "en": ["European Parliament"], "fr": ["Parlement européen"], "de": ["Europäisches Parlament"]},
        ["ЕП"]),
    "org:EUCO": ("ORG", "European Council", {
        "ru": ["Европейский совет", "Евросовет"], "uk": ["Європейська рада", "Євросовет"],
        "bg": ["Европейски съвет", "Европейския съвет", "Европейският съвет"],
        "pl": ["Rada Europejska"], "cs": ["Evropská rada"], "sl": ["Evropski svet"],
        "en": ["European Council"], "fr": ["Conseil européen"], "de": ["Europäischer Rat"]}, []),
    "org:UNSC": ("ORG", "United Nations Security Council", {
        "ru": ["Совет Безопасности ООН"], "uk": ["Рада безпеки ООН"], "bg": ["Съвет за сигурност на ООН"],
        "pl": ["Rada Bezpieczeństwa ONZ"], "cs": ["Rada bezpečnosti OSN"], "sl": ["Varnostni svet ZN"]},
        ["СБ ООН"]),
    "org:IMF": ("ORG", "International Monetary Fund", {
        "ru": ["Международный валютный фонд"], "uk": ["Міжнародний валютний фонд"],
        "bg": ["Международен валутен фонд", "Международният валутен фонд"],
        "pl": ["Międzynarodowy Fundusz Walutowy"], "cs": ["Mezinárodní měnový fond"],
        "sl": ["Mednarodni denarni sklad"], "en": ["International Monetary Fund"]},
        ["IMF", "МВФ", "MFW", "MMF", "FMI", "IWF"]),
    "org:OSCE": ("ORG", "OSCE", {}, ["OSCE", "ОБСЕ", "ОБСЄ", "ОССЕ", "OBWE", "OBSE", "OVSE", "OSZE"]),
    "org:EMA": ("ORG", "European Medicines Agency", {
        "ru": ["Европейское агентство лекарственных средств"], "pl": ["Europejska Agencja Leków"],
        "cs": ["Evropská agentura pro léčivé přípravky"], "sl": ["Evropska agencija za zdravila"],
        "bg": ["Европейската агенция по лекарствата"], "en": ["European Medicines Agency"]}, ["EMA"]),
    "org:ECJ": ("ORG", "Court of Justice of the European Union", {
        "pl": ["Trybunał Sprawiedliwości Unii Europejskiej", "Trybunał Sprawiedliwości UE"],
        "cs": ["Soudní dvůr Evropské unie", "Soudní dvůr EU"], "sl": ["Sodišče Evropske unije"],
        "bg": ["Съдът на Европейския съюз", "Съд на Европейския съюз", "Съдът на ЕС", "Съд на ЕС"],
        "ru": ["Суд Европейского союза", "Суд ЕС"], "en": ["Court of Justice of the European Union"]},
        ["TSUE", "SDEU"]),
    "cldr:EU": ("ORG", "European Union", {"ru": ["Евросоюз"], "uk": ["Євросоюз"], "bg": ["Евросъюз"]}, []),
    "org:WTO": ("ORG", "World Trade Organization", {
        "ru": ["Всемирная торговая организация"], "uk": ["Світова організація торгівлі"],
        "bg": ["Световната търговска организация", "Световна търговска организация"],
        "pl": ["Światowa Organizacja Handlu"], "cs": ["Světová obchodní organizace"],
        "sl": ["Svetovna trgovinska organizacija"], "en": ["World Trade Organization"],
        "fr": ["Organisation mondiale du commerce"], "de": ["Welthandelsorganisation"],
        "es": ["Organización Mundial del Comercio"], "it": ["Organizzazione mondiale del commercio"]},
        ["WTO", "ВТО", "СОТ", "OMC"]),
    "org:ECHR": ("ORG", "European Court of Human Rights", {
        "ru": ["Европейский суд по правам человека"], "uk": ["Європейський суд з прав людини"],
        "bg": ["Европейският съд по правата на човека", "Европейски съд по правата на човека"],
        "pl": ["Europejski Trybunał Praw Człowieka"], "cs": ["Evropský soud pro lidská práva"],
        "sl": ["Evropsko sodišče za človekove pravice"], "en": ["European Court of Human Rights"],
        "fr": ["Cour européenne des droits de l'homme"],
        "de": ["Europäischer Gerichtshof für Menschenrechte", "Europäische Gerichtshof für Menschenrechte"],
        "es": ["Tribunal Europeo de Derechos Humanos"], "it": ["Corte europea dei diritti dell'uomo"]},
        ["ECHR", "ЕСПЧ", "ЄСПЛ", "EGMR", "CEDH", "TEDH", "CEDU", "ETPC", "ESLP"]),
    "org:RedCross": ("ORG", "Red Cross", {
        "ru": ["Красный Крест"], "uk": ["Червоний Хрест"], "bg": ["Червеният кръст", "Червения кръст"],
        "pl": ["Czerwony Krzyż"], "cs": ["Červený kříž"], "sl": ["Rdeči križ"], "en": ["Red Cross"],
        "fr": ["Croix-Rouge"], "de": ["Rotes Kreuz", "Rote Kreuz", "Roten Kreuz"], "es": ["Cruz Roja"],
        "it": ["Croce Rossa"]}, []),
    "org:WFP": ("ORG", "World Food Programme", {
        "ru": ["Всемирная продовольственная программа"], "uk": ["Всесвітня продовольча програма"],
        "bg": ["Световната продоволствена програма"], "pl": ["Światowy Program Żywnościowy"],
        "cs": ["Světový potravinový program"], "sl": ["Svetovni program za hrano"],
        "en": ["World Food Programme", "World Food Program"], "fr": ["Programme alimentaire mondial"],
        "de": ["Welternährungsprogramm"], "es": ["Programa Mundial de Alimentos"],
        "it": ["Programma alimentare mondiale"]}, ["WFP"]),
    "org:WMO": ("ORG", "World Meteorological Organization", {
        "ru": ["Всемирная метеорологическая организация"], "uk": ["Всесвітня метеорологічна організація"],
        "bg": ["Световната метеорологична организация"], "pl": ["Światowa Organizacja Meteorologiczna"],
        "cs": ["Světová meteorologická organizace"], "sl": ["Svetovna meteorološka organizacija"],
        "en": ["World Meteorological Organization"], "fr": ["Organisation météorologique mondiale"],
        "de": ["Weltorganisation für Meteorologie"], "es": ["Organización Meteorológica Mundial"],
        "it": ["Organizzazione meteorologica mondiale"]}, ["WMO", "ВМО", "OMM"]),
    "org:WorldBank": ("ORG", "World Bank", {
        "ru": ["Всемирный банк"], "uk": ["Світовий банк"], "bg": ["Световната банка", "Световна банка"],
        "pl": ["Bank Światowy"], "cs": ["Světová banka"], "sl": ["Svetovna banka"], "en": ["World Bank"],
        "fr": ["Banque mondiale"], "de": ["Weltbank"], "es": ["Banco Mundial"], "it": ["Banca Mondiale"]}, []),
    "org:CoE": ("ORG", "Council of Europe", {
        "ru": ["Совет Европы"], "uk": ["Рада Європи"], "bg": ["Съветът на Европа", "Съвет на Европа"],
        "pl": ["Rada Europy"], "cs": ["Rada Evropy"], "sl": ["Svet Evrope"], "en": ["Council of Europe"],
        "fr": ["Conseil de l'Europe"], "de": ["Europarat"], "es": ["Consejo de Europa"],
        "it": ["Consiglio d'Europa"]}, []),
    "org:UNESCO": ("ORG", "UNESCO", {}, ["UNESCO", "ЮНЕСКО"]),
    "org:UNICEF": ("ORG", "UNICEF", {}, ["UNICEF", "ЮНИСЕФ", "ЮНІСЕФ", "УНИЦЕФ"]),
    "org:UNHCR": ("ORG", "UNHCR", {}, ["UNHCR", "УВКБ", "ACNUR"]),
    "org:IAEA": ("ORG", "International Atomic Energy Agency", {
        "en": ["International Atomic Energy Agency"]}, ["IAEA", "МАГАТЭ", "МАГАТЕ", "AIEA", "IAEO", "MAAE"]),
    "org:OECD": ("ORG", "OECD", {}, ["OECD", "ОЭСР", "ОЕСР", "OCDE", "OCSE"]),
    "org:WhiteHouse": ("ORG", "White House", {
        "ru": ["Белый дом"], "uk": ["Білий дім"], "bg": ["Белия дом", "Белият дом"], "pl": ["Biały Dom"],
        "cs": ["Bílý dům"], "sl": ["Bela hiša"], "en": ["White House"], "fr": ["Maison Blanche"],
        "es": ["Casa Blanca"], "it": ["Casa Bianca"], "de": ["Weißes Haus", "Weißen Haus"]}, []),
    "org:Kremlin": ("ORG", "Kremlin", {"ru": ["Кремль"], "uk": ["Кремль"], "bg": ["Кремъл"],
                                        "pl": ["Kreml"], "cs": ["Kreml"], "sl": ["Kremelj"],
                                        "en": ["Kremlin"], "fr": ["Kremlin"], "es": ["Kremlin"],
                                        "it": ["Cremlino"], "de": ["Kreml"]}, []),
}


def name_key(name: str, lang: str | None = None) -> str:
    return skeleton(name, lang).replace(" ", "")


def vowel_key(name: str, lang: str | None = None) -> str:
    return skeleton(name, lang, vowels=True).replace(" ", "")


def name_forms(name: str) -> list[str]:
    """A CLDR name and the exonyms it holds in parentheses: "Myanmar (Birmania)" gives
    "Myanmar (Birmania)", "Myanmar" and "Birmania", each a name of the place on its own."""
    m = _PAREN.fullmatch(name.strip())
    return [name, m.group(1).strip(), m.group(2).strip()] if m else [name]


_PAREN = re.compile(r"(.+?)\s*\((.+)\)")


@lru_cache(maxsize=1)
def cldr_aliases() -> dict[str, list[tuple[str, str, str, str, str]]]:
    """key → [(cldr id, type, English name, vowel key, language of the name, the name
    case-folded)] (several when a key is ambiguous)."""
    try:  # babel is optional (heavy locale data): imported only when the gazetteer is built
        from babel import Locale
        from babel.dates import get_timezone_location
        from babel.localedata import locale_identifiers
    except ImportError:  # babel missing: no static gazetteer
        return {}
    available = set(locale_identifiers())
    en = Locale("en")
    out: dict[str, list[tuple[str, str, str, str, str, str]]] = defaultdict(list)
    alt: dict[str, set] = defaultdict(set)  # key → {(value, vowel key, lang, form)} of parenthesised forms

    def add(key: str, val: tuple[str, str, str], vkey: str = "", code: str = "",
            form: str = "") -> None:
        if not key or len(key) < 2:
            return
        item = (*val, vkey, code, form.casefold())
        if item not in out[key]:
            out[key].append(item)

    all_zones = available_timezones()
    zones = sorted(z for z in all_zones if "/" in z and z.split("/")[0] in
                   ("Europe", "Asia", "Africa", "America", "Australia", "Pacific", "Atlantic", "Indian"))
    for code in CLDR_LANGS:
        if code not in available:
            continue
        loc = Locale(code)
        for terr, name in loc.territories.items():
            if terr.isdigit() and terr not in ("150", "002", "019", "142", "009"):
                continue  # keep continents only among numeric regions
            ename = en.territories.get(terr, name)
            typ = _GROUPINGS.get(terr, "LOC")
            val = (f"cldr:{terr}", typ, (name_forms(ename) * 2)[1])  # "Myanmar (Burma)" → "Myanmar"
            add(name_key(name, code), val, vowel_key(name, code), code, name)
            for form in name_forms(name)[1:]:
                alt[name_key(form, code)].add((val, vowel_key(form, code), code, form))
            acr = acronym(name)
            if acr and len(acr) >= 2:
                add("^" + acr, val, "", code, name)  # Združene države Amerike → ZDA
        for z in zones:
            city = get_timezone_location(z, locale=code, return_city=True)
            ecity = get_timezone_location(z, locale="en", return_city=True)
            if city:
                add(name_key(city, code), (f"cldr:city:{ecity}", "LOC", ecity), vowel_key(city, code), code, city)
    # a parenthesised part names the place only when it names no other place ("Hong Kong
    # (China)", "Virgin Islands (US)" are qualifiers, "Myanmar (Burma)" an exonym)
    for key, vals in alt.items():
        if key not in out and len({v[0][0] for v in vals}) == 1:
            for val, vkey, code, form in sorted(vals):
                add(key, val, vkey, code, form)
    for eid, (typ, ename, by_lang, acrs) in EXTRA_NAMES.items():
        val = (eid, typ, ename)
        for code, names in by_lang.items():
            for name in names:
                add(name_key(name, code), val, vowel_key(name, code), code, name)
        for acr in acrs:
            add("^" + acr.replace(" ", ""), val)
    for acr, terr in EXTRA_ACRONYMS.items():
        add("^" + acr, (f"cldr:{terr}", _GROUPINGS.get(terr, "LOC"), en.territories.get(terr, terr)))
    return dict(out)


@lru_cache(maxsize=200_000)
def lookup(name: str, lang: str | None = None, *, acronym_only: bool = False) -> tuple[str, str, str] | None:
    """CLDR entry for a name (or an all-caps acronym), else None."""
    table = cldr_aliases()
    if name.isupper() and len(name) <= 6:
        acr = name.replace(".", "")
        if acr in EXTRA_ACRONYMS:  # the usual reading wins over accidental initials
            terr = EXTRA_ACRONYMS[acr]
            return next(h[:3] for h in table["^" + acr] if h[0] == f"cldr:{terr}")
        hit = table.get("^" + acr)
        if hit and len(acr) == 2:
            # two letters are initials of a place name only in the language that writes the
            # name so ("ČR" in Czech; "VC" in a Czech text is no "Vatican City")
            hit = [h for h in hit if not h[4] or h[4] == lang]
        if hit and len({h[0] for h in hit}) == 1:  # an acronym of two places is no evidence
            return hit[0][:3]
        return None
    if acronym_only:
        return None
    key = name_key(name, lang)
    cands = table.get(key)
    if not cands or len(key) < 2:
        return None
    folded = name.casefold()
    if lang and len(key) <= 2:
        # a short name: a text names a place its own language has a name for in that
        # language's way, another language's spelling counts only when written exactly so
        # ("Ziad" is no Italian "Ciad", "Schehade" no Portuguese "Chade" where German says
        # "Tschad"); longer keys are spared (CLDR's own name may be an official one nobody
        # writes: "Республика Корея" beside "Южная Корея")
        named, script = _named_in(), script_of(name)
        cands = [c for c in cands if c[4] in (lang, "") or (c[0], lang, script) not in named
                 or c[5] == folded]
    # a near name of another word count is no spelling of it ("Li Wen" / "Ливан")
    words = _word_count(folded)
    cands = [c for c in cands if not c[5] or c[5] == folded or _word_count(c[5]) == words]
    if not cands:
        return None
    vk = vowel_key(name, lang)
    sim = Levenshtein.normalized_similarity
    best = max(cands, key=lambda c: sim(vk, c[3]))
    floor = 0.75 if len(key) >= 3 else 0.8
    if lang and best[4] != lang and not any(c[4] == lang for c in cands):
        floor = 0.8  # only other languages' names are near: a close match, not an inflection
        # ("Франциск" in Russian is no inflected "Francúzsko")
    if sim(vk, best[3]) < floor:
        return None
    if best[4] == lang and not _inflected_form(name, best[5]):
        return None  # a near name of the same language that is no case form ("Nowy Rok")
    return best[:3]


@lru_cache(maxsize=1)
def _named_in() -> frozenset[tuple[str, str, str | None]]:
    """(place id, language, script) of the names the gazetteer holds (a city CLDR leaves in
    English for Ukrainian is no Ukrainian name of it)."""
    return frozenset((c[0], c[4], script_of(c[5])) for cands in cldr_aliases().values()
                     for c in cands if c[4])


_WORD_SEP = re.compile(r"[\s\-‐‑]+")


def _word_count(name: str) -> int:
    """Words of a name, hyphenated parts counted apart ("Нью-Йорк" = "New York")."""
    return sum(1 for w in _WORD_SEP.split(name) if w)


def _inflected_form(name: str, entry: str) -> bool:
    """Could ``name`` be ``entry`` (case-folded) with other case endings?  A case form
    changes a word's end only: each word keeps all but the last two letters of the shorter of
    the two ("Англии" / "Англия", "Číny" / "Čína"), where "Nowy Rok" is no "Nowy Jork".
    Names of another word count or without a recorded form are not judged."""
    words, forms = name.casefold().split(), entry.split()
    if not entry or len(words) != len(forms):
        return True
    for w, f in zip(words, forms):
        n = min(len(w), len(f)) - 2
        if n > 0 and w[:n] != f[:n]:
            return False
    return True


def spelled_as_entry(name: str, lang: str | None = None) -> bool:
    """Is ``name`` written as a gazetteer name of its own language is, not only near one or as
    another language writes it?  A common word next to a place name
    ("Samo"/"Samoa", "Eden"/"Aden", Czech "Irská" / Slovene "Irska") passes :func:`lookup`'s
    fuzzy match but is no evidence of a name."""
    if name.isupper() and len(name) <= 6:
        return lookup(name, lang) is not None
    folded = name.casefold()
    return any(c[5] == folded and (lang is None or c[4] in (lang, "")) for c in
               cldr_aliases().get(name_key(name, lang), ()))


@lru_cache(maxsize=64)
def _place_keys(lang: str | None) -> tuple[str, ...]:
    """Sorted keys of the gazetteer's place names as ``lang`` writes them."""
    return tuple(sorted({k for k, cands in cldr_aliases().items() if not k.startswith("^")
                         and any(c[1] == "LOC" and c[4] == lang for c in cands)}))


def begins_place_name(stem: str, lang: str | None) -> bool:
    """Does a gazetteer place name of ``lang`` begin with ``stem`` (key of at least three
    consonants)?  "Pákistán-ská", "Ірланд-ська", "Москов-ский" are adjectives of places."""
    key = name_key(stem, lang)
    if len(key) < 3:
        return False
    keys = _place_keys(lang)
    i = bisect_left(keys, key)
    return i < len(keys) and keys[i].startswith(key)


def static_type(name: str, lang: str | None = None) -> str | None:
    """Type of a name the static gazetteer (CLDR + hand-written names) knows, else None."""
    hit = lookup(name, lang)
    return hit[1] if hit else None


class LearnedNames:
    """Names learned from the articles one recognizer has seen, over the static gazetteer.

    Owned by a recognizer instance (and so by the pipeline that made it): two recognizers never
    share what they learned, and a fresh one starts from the static gazetteer only."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: dict[str, Counter] = defaultdict(Counter)  # key → Counter(type)
        self._spellings: set[str] = set()  # the learned names as written (case-folded)

    def __len__(self) -> int:
        return len(self._counts)

    def learn(self, names: list[tuple[str, str, str | None]]) -> None:
        """Add found names (name, type, lang)."""
        with self._lock:
            for name, typ, lang in names:
                k = name_key(name, lang)
                if len(k) >= 2:
                    self._counts[k][typ] += 1
                    self._spellings.add(name.casefold())

    def known_type(self, name: str, lang: str | None = None) -> str | None:
        """Type of a known name (static gazetteer first, then learned), else None."""
        typ = static_type(name, lang)
        if typ:
            return typ
        c = self._counts.get(name_key(name, lang))
        return c.most_common(1)[0][0] if c else None

    def is_known_name(self, name: str, lang: str | None = None, *, exact: bool = False) -> bool:
        """Strong evidence that a capitalised word is a name: the static gazetteer, or learned
        at least twice with a key long enough not to collide with common words.  ``exact``
        (for a word the lexicon knows as a common word): the gazetteer must hold this very
        spelling, not a near one (nor a learned name sharing only its key: "Властите" is no
        "Власти")."""
        k = name_key(name, lang)
        c = self._counts.get(k)
        if c and len(k) >= 4 and sum(c.values()) >= 2 \
                and (not exact or name.casefold() in self._spellings):
            return True
        if exact:
            return spelled_as_entry(name, lang)
        return lookup(name, lang) is not None
